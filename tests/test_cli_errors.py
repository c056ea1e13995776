"""A newcomer's mistakes end in one line on stderr and a documented exit code,
never a traceback; a mistyped archive path is never created. Each command runs
as a child process, as a user would run it."""
import json
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ward_archive.cli import INTERRUPTED, UNAVAILABLE, USAGE
from tests.conftest import ROOT, free_port, run_cli

pytestmark = pytest.mark.e2e


def assert_one_line_error(result, code: int, *fragments: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.fixture
def busy_port():
    """A loopback port something else already listens on."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


@pytest.fixture
def not_an_archive(tmp_path) -> Path:
    path = tmp_path / "portals.csv"
    path.write_text("slug,ward_name\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["summary"], ["show-raw", "https://example.vn/a.html"], ["serve"],
                                     ["export", "--out", "{tmp}/out"]])
def test_a_mistyped_db_is_neither_created_nor_a_traceback(command, tmp_path):
    mistyped = tmp_path / "data" / "archve.db"
    result = run_cli(*[part.format(tmp=tmp_path) for part in command], "--db", mistyped)
    assert_one_line_error(result, USAGE, str(mistyped))
    assert not mistyped.exists() and not mistyped.parent.exists()


@pytest.mark.parametrize("command", ["summary", "show-raw https://example.vn/a.html"])
def test_a_db_that_is_no_archive(command, not_an_archive):
    result = run_cli(*command.split(), "--db", not_an_archive)
    assert_one_line_error(result, USAGE, "the archive cannot be read: file is not a database")


@pytest.mark.parametrize("command", [["serve", "--db", "{archive}"], ["serve", "--public", "--db", "{archive}"],
                                     ["demo", "--db", "{tmp}/demo.db"]])
def test_a_busy_datasette_port(command, busy_port, not_an_archive, tmp_path):
    args = [part.format(archive=not_an_archive, tmp=tmp_path) for part in command]
    result = run_cli(*args, "--port", busy_port, timeout=60)
    assert_one_line_error(result, UNAVAILABLE, f"127.0.0.1:{busy_port}", "Address already in use",
                          "choose another --port")
    assert not (tmp_path / "demo.db").exists()


@pytest.mark.parametrize("command", [["replica", "--port"], ["demo", "--no-serve", "--db", "{tmp}/d.db",
                                                             "--replica-port"]])
def test_a_busy_replica_port(command, busy_port, tmp_path):
    result = run_cli(*[part.format(tmp=tmp_path) for part in command], busy_port, timeout=60)
    assert_one_line_error(result, UNAVAILABLE, "already in use")
    assert not (tmp_path / "d.db").exists()


@pytest.mark.parametrize("command", ["detect", "extract"])
def test_a_missing_file(command, tmp_path):
    result = run_cli(command, tmp_path / "saved.html")
    assert_one_line_error(result, USAGE, f"{tmp_path / 'saved.html'}: No such file or directory")


@pytest.mark.parametrize("command", ["detect", "extract"])
def test_an_unreachable_url(command):
    url = f"http://127.0.0.1:{free_port()}/tin-tuc/bai-viet.html"  # nothing listens there
    result = run_cli(command, url, timeout=120)
    assert_one_line_error(result, UNAVAILABLE, f"cannot fetch {url}: Connection refused")


def test_an_unknown_platform():
    page = ROOT / "tests" / "gold" / "nukeviet" / "xuandong-tiep-xuc-cu-tri.html"
    result = run_cli("extract", page, "--platform", "drupal")
    assert_one_line_error(result, USAGE, "unknown platform 'drupal'", "nukeviet", "auto")


def test_a_registry_that_does_not_exist(tmp_path):
    result = run_cli("crawl", "--portals", tmp_path / "portal.csv", "--db", tmp_path / "a.db")
    assert_one_line_error(result, USAGE, "registry file not found")
    assert not (tmp_path / "a.db").exists()


def test_an_unknown_option_is_one_line_pointing_at_help():
    result = run_cli("summary", "--dbb", "x.db")
    assert_one_line_error(result, USAGE, "No such option '--dbb'", "summary --help")


def test_eval_without_gold_pages(tmp_path):
    result = run_cli("eval", "--gold", tmp_path)
    assert_one_line_error(result, USAGE, "no gold pages", f"in {tmp_path}")


def test_ctrl_c_is_one_line():
    page = ROOT / "tests" / "gold" / "nukeviet" / "xuandong-tiep-xuc-cu-tri.html"
    # (Ctrl-C's default restored in the child: a shell's background job, as CI may run this suite,
    # hands its children SIGINT ignored, and Python then never raises KeyboardInterrupt.)
    batch = subprocess.Popen([sys.executable, "-m", "ward_archive", "extract", "--batch", "-"], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    batch.stdin.write(f"{page}\thttps://xuandong.example.vn/a.html\n")
    batch.stdin.flush()
    assert json.loads(batch.stdout.readline())["title"]  # done with line 1, waiting for line 2
    batch.send_signal(signal.SIGINT)
    stdout, stderr = batch.communicate(timeout=30)
    assert_one_line_error(subprocess.CompletedProcess(batch.args, batch.returncode, stdout, stderr),
                          INTERRUPTED, "interrupted")
