"""Installable anywhere: the built wheel, installed (not editable) into a fresh
virtualenv, runs `ward-archive demo --no-serve` and `ward-archive serve` from a
folder that is not the checkout, and the served archive answers a search.

Dependencies come from pip's cache and the configured package indexes; the
wheel is built from a copy of the checkout, so no build/ or *.egg-info lands
in the working tree.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import venv
import zipfile
from pathlib import Path

import pytest

from ward_archive.cli import USAGE
from tests.conftest import ROOT, free_port

pytestmark = pytest.mark.e2e

# What a wheel is built from: pyproject.toml's package-dir folders and the readme.
SOURCES = ["pyproject.toml", "README.md", "scraper", "archive", "datasette", "replica"]
SEARCH = "uy ban nhan dan"  # typed without diacritics, as a researcher would


def clean_env() -> dict:
    """The environment without anything pointing into the checkout or its venv."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run(*args, cwd, timeout=600) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=clean_env(), capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", tmp / "dist", source, cwd=tmp)
    [built] = (tmp / "dist").glob("ward_archive-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The bin/ folder of a fresh virtualenv with the wheel installed."""
    env_dir = tmp_path_factory.mktemp("venv") / "venv"
    venv.create(env_dir, with_pip=True)  # no system site-packages
    bin_dir = env_dir / "bin"
    run(bin_dir / "python", "-m", "pip", "install", "--quiet", wheel, cwd=env_dir)
    return bin_dir


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory) -> Path:
    """A working folder that is not the checkout."""
    return tmp_path_factory.mktemp("elsewhere")


def test_the_wheel_carries_the_data_and_the_plugin_entry_points(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        [entry_points] = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        entry_points = archive.read(entry_points).decode()
    assert {"ward_datasette/metadata.yml", "ward_datasette/templates/row.html",
            "ward_scraper/crawl/portals.csv", "ward_archive/storage/abbreviations.csv"} <= names
    assert {n.split("/")[0] for n in names if "/" in n and ".dist-info" not in n} == {
        "ward_scraper", "ward_archive", "ward_datasette", "ward_replica"}
    assert "[datasette]" in entry_points and "ward_datasette.plugins.ward_search" in entry_points
    assert "ward-archive = ward_archive.cli:cli" in entry_points


def test_the_installed_package_is_not_the_checkout(installed, elsewhere):
    result = run(installed / "python", "-c", "import ward_archive, ward_datasette.plugins as p; "
                 "print(ward_archive.__file__); print(p.__file__)", cwd=elsewhere)
    for path in result.stdout.split():
        assert Path(path).is_relative_to(installed.parent) and not Path(path).is_relative_to(ROOT), path


def test_demo_then_serve_answers_a_search(installed, elsewhere):
    demo = run(installed / "ward-archive", "demo", "--no-serve", "--db", "ward/archive.db", cwd=elsewhere)
    assert "7 portals" in demo.stdout and (elsewhere / "ward" / "archive.db").is_file()

    port = free_port()
    server = subprocess.Popen([installed / "ward-archive", "serve", "--db", "ward/archive.db", "--port", str(port)],
                              cwd=elsewhere, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/archive"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + ".json", timeout=5).read()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, server.stdout.read().decode()
                time.sleep(0.2)
        query = urllib.parse.quote(SEARCH)

        def get(path):
            with urllib.request.urlopen(base + path, timeout=30) as response:
                return response.read().decode()

        # The table's search box: metadata.yml names the folded index, the
        # ward_search plugin (found by its entry point) rewrites the query.
        rows = json.loads(get(f"/articles.json?_search={query}&_shape=array"))
        assert rows and all(row["title"] for row in rows)
        # The canned search query calls the plugin's SQL functions.
        hits = json.loads(get(f"/search.json?q={query}&_shape=array"))
        assert hits and "<mark>" in hits[0]["snippet"]
        # An article's page, linked from the table, comes from our row.html.
        [row_link] = re.findall(r'href="/archive/articles/([^"?]+)"', get("/articles?_size=1"))[:1]
        assert 'class="ward-article"' in get(f"/articles/{row_link}")
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_eval_outside_a_checkout_is_one_line(installed, elsewhere):
    result = subprocess.run([installed / "ward-archive", "eval"], cwd=elsewhere, env=clean_env(),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == USAGE and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "the gold set comes with a checkout" in result.stderr
