"""`detect_platform` on the WordPress, Joomla and unknown (generic) families.

Each platform helper tests detection of its own family next to its parser;
this file covers F6, F7, the fallback and the rule that decides between
platforms: a page's own generator meta beats weaker, shared signals.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ward_replica.generate import build_portal
from ward_replica.portals import PORTALS
from ward_replica.sites import SITES
from ward_scraper.util.page import Page
from ward_scraper.extract.platforms import PARSERS, detect_platform

FROZEN = Path(__file__).parent / "gold"


def frozen_pages(family: str) -> list[str]:
    return sorted(path.stem for path in (FROZEN / family).glob("*.html"))


def frozen_page(family: str, name: str) -> Page:
    meta = json.loads((FROZEN / family / f"{name}.json").read_text(encoding="utf-8"))
    return Page.from_bytes(meta["url"], (FROZEN / family / f"{name}.html").read_bytes())


@pytest.mark.parametrize("family, name", [(family, name) for family in ("wordpress", "joomla")
                                          for name in frozen_pages(family)])
def test_frozen_pages_are_detected_with_decisive_evidence(family, name):
    platform, evidence = detect_platform(frozen_page(family, name))
    assert platform == family
    decisive = ("generator", "/wp-content/", "api.w.org", "Joomla asset")
    assert any(marker in item for item in evidence for marker in decisive), evidence


@pytest.mark.parametrize("name", frozen_pages("generic"))
def test_unknown_regional_layouts_fall_back_to_generic(name):
    assert detect_platform(frozen_page("generic", name)) == ("generic", [])


@pytest.mark.parametrize("family, name", [("wordpress", "mttq-quan5-hoi-nghi-nhan-dan"),
                                          ("joomla", "hoaminh-nghi-quyet-to-dan-pho")])
def test_evidence_is_readable_sentences(family, name):
    _, evidence = detect_platform(frozen_page(family, name))
    assert len(evidence) >= 3
    for item in evidence:
        assert isinstance(item, str) and len(item) >= 10 and "<Element" not in item and "\n" not in item


def test_wordpress_without_generator_meta_is_found_by_its_assets():
    page = frozen_page("wordpress", "tuyentruyen-tan-binh-dan-chu-co-so")
    assert page.meta("generator") is None
    assert detect_platform(page)[0] == "wordpress"


def test_joomla_15_generator_string():
    platform, evidence = detect_platform(frozen_page("joomla", "hoinongdan-j15-tong-ket"))
    assert platform == "joomla" and evidence[0] == 'meta generator "Joomla! 1.5 - Open Source Content Management"'


def test_families_do_not_claim_each_other():
    wordpress, joomla = PARSERS["wordpress"], PARSERS["joomla"]
    for name in frozen_pages("wordpress"):
        assert joomla.detect(frozen_page("wordpress", name)) == []
    for name in frozen_pages("joomla"):
        assert wordpress.detect(frozen_page("joomla", name)) == []


def test_theme_markup_alone_is_not_wordpress():
    html = ('<html><body><article class="post"><h1 class="entry-title">Tiêu đề</h1>'
            '<div class="entry-content"><p>Nội dung</p></div></article></body></html>')
    assert PARSERS["wordpress"].detect(Page("https://x.gov.vn/tieu-de-bai-viet/", html)) == []


def test_com_content_markup_alone_is_not_joomla():
    html = '<html><body><div class="item-page"><dl class="article-info"></dl><p>Nội dung</p></div></body></html>'
    assert PARSERS["joomla"].detect(Page("https://x.gov.vn/index.php/a/12-b", html)) == []


def test_the_generator_meta_beats_more_numerous_weak_signals():
    """A Joomla page whose view counter and links look like another platform's."""
    links = "".join(f'<a href="/tin-tuc/bai-viet-so-{n}-{100000 + n}">Bài viết số {n}</a>' for n in range(5))
    html = ('<html><head><meta name="generator" content="Joomla! - Open Source Content Management" /></head>'
            f'<body><img src="/b.png" alt="image banner" />{links}<p>Lượt xem: 12</p>'
            '<div class="item-page"><p>Nội dung</p></div></body></html>')
    page = Page("https://x.gov.vn/tin-tuc/bai-viet-so-9-100009", html)
    others = [len(PARSERS[name].detect(page)) for name in PARSERS if name not in ("joomla", "generic")]
    assert max(others) > len(PARSERS["joomla"].detect(page))      # more, but weaker, evidence elsewhere
    assert detect_platform(page)[0] == "joomla"


def test_an_empty_page_is_generic():
    assert detect_platform(Page("https://x.gov.vn/", "")) == ("generic", [])


@pytest.mark.parametrize("platform", ["wordpress", "joomla"])
def test_replica_pages_are_detected(platform):
    spec = next(spec for spec in PORTALS if spec.platform == platform)
    site = SITES[platform](build_portal(spec))
    article = site.portal.articles[0]
    for path in (site.article_path(article), site.listing_paths()[0]):
        response = site.handle(path, "")
        page = Page.from_bytes("http://127.0.0.1:8768" + path, response.body, "utf-8")
        assert detect_platform(page)[0] == platform, path
