"""The interface speaks Vietnamese by default and English on request
(datasette/plugins/ward_i18n.py), and every string our templates ask for has
its Vietnamese."""
import re
import urllib.request
from pathlib import Path

import pytest

from ward_datasette.plugins import ward_i18n

TEMPLATES = Path(__file__).resolve().parents[1] / "datasette" / "templates"
# t("...") or t('...') in a template: the English key.
ASKED = re.compile(r"""\bt\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")


def asked_strings() -> dict[str, str]:
    found = {}
    for template in sorted(TEMPLATES.glob("*.html")):
        for double, single in ASKED.findall(template.read_text(encoding="utf-8")):
            found[double or single] = template.name
    return found


def test_every_string_a_template_asks_for_has_its_vietnamese():
    import importlib.metadata

    for entry in importlib.metadata.entry_points(group="datasette"):
        if entry.value.startswith("ward_datasette."):
            entry.load()   # each plugin registers the strings of its pages
    asked = asked_strings()
    assert asked, "no template uses t() any more: this test guards nothing"
    missing = {text: name for text, name in asked.items() if text not in ward_i18n.MESSAGES}
    assert not missing, missing


def test_translate_fills_values_in_either_language():
    ward_i18n.register({"{n} people": "{n} người"})
    assert ward_i18n.translate("{n} people", "vi", n=3) == "3 người"
    assert ward_i18n.translate("{n} people", "en", n=3) == "3 people"


@pytest.mark.e2e
def test_pages_are_vietnamese_by_default_english_on_request_and_the_choice_is_kept(datasette):
    assert "Người giữ chức vụ theo phường" in datasette.get("/-/officials/archive").decode()
    with urllib.request.urlopen(f"{datasette.base}/-/officials/archive?lang=en") as response:
        assert "Office holders by ward" in response.read().decode()
        cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("ward_lang=en;")
    request = urllib.request.Request(f"{datasette.base}/-/officials/archive", headers={"Cookie": "ward_lang=en"})
    with urllib.request.urlopen(request) as response:
        assert "Office holders by ward" in response.read().decode()
