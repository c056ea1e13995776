"""`python -m ward_archive ...` is the same as the `ward-archive` command."""
from ward_archive.cli import cli

cli()
