"""`python -m archive ...` is the same as the `ward-archive` command."""
from .cli import cli

cli()
