"""The exit codes are documented where a user looks: every command's --help
and the README's table; only errors a user can cause lose their traceback."""
import re

import pytest
from click.testing import CliRunner

from ward_archive import cli as cli_module
from ward_archive.cli import FAILED, INTERRUPTED, LOCKED, OK, UNAVAILABLE, USAGE, cli
from tests.conftest import ROOT

EXIT_CODES = {OK, FAILED, USAGE, UNAVAILABLE, LOCKED, INTERRUPTED}


@pytest.mark.parametrize("command", [[]] + [[name] for name in sorted(cli.commands)])
def test_every_help_lists_the_exit_codes(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    listed = {int(code) for code in re.findall(r"^\s+(\d+)\s", result.output.split("Exit codes:")[1], re.M)}
    assert listed == EXIT_CODES


def test_the_readme_table_lists_the_exit_codes():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Exit codes")[1].split("\n#")[0]
    assert {int(code) for code in re.findall(r"^\| (\d+) \|", section, re.M)} == EXIT_CODES


def test_a_bug_keeps_its_traceback():
    # Only errors a user's input can cause become one line; the rest are bugs.
    assert cli_module.explain(ZeroDivisionError("division by zero")) is None
    assert cli_module.explain(FileNotFoundError(2, "No such file or directory", "x.html")) == (
        "x.html: No such file or directory", USAGE)


def test_the_command_alone_prints_the_help():
    result = CliRunner().invoke(cli, [])
    assert result.output.startswith("Usage: ") and "Exit codes:" in result.output
    assert "error:" not in result.output
