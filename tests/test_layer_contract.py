"""No module escapes the layer check: import-linter only checks the modules a
layers contract names, so a new top-level module of ward_archive or
ward_scraper left out of it could import anything."""
import tomllib

import pytest

from tests.conftest import ROOT

# The folders the packages install from (pyproject.toml's package-dir).
FOLDERS = {"ward_archive": ROOT / "archive", "ward_scraper": ROOT / "scraper"}


def layered_modules() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    return {name.strip() for layer in contract["layers"] for name in layer.split(":")}


def top_level_modules(package: str) -> list[str]:
    folder = FOLDERS[package]
    modules = [path.stem for path in folder.glob("*.py") if path.stem != "__init__"]
    packages = [path.parent.name for path in folder.glob("*/__init__.py")]
    return [f"{package}.{name}" for name in sorted(modules + packages)]


@pytest.mark.parametrize("package", sorted(FOLDERS))
def test_every_top_level_module_is_in_a_layer(package):
    modules = top_level_modules(package)
    assert modules, f"no modules found for {package}"
    assert [module for module in modules if module not in layered_modules()] == []
