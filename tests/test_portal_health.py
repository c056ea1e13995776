"""Portal health (issue 10, item 4): a portal that yields nothing, or mostly
bad extractions, is an error of its own, counted and shown by `summary`."""
from __future__ import annotations

import pytest

from tests.conftest import run_cli
from tests.hostile_portal import ARTICLES, HostilePortal
from tests.test_hostile_crawl import error_rows, query, run_crawl, write_registry


@pytest.mark.e2e
def test_a_portal_whose_sections_list_nothing_or_whose_articles_read_as_nothing_is_unhealthy(tmp_path):
    db = tmp_path / "a.db"
    with HostilePortal() as portal:
        healthy = portal.registry_row("healthy", "/tin-moi/")
        # the wrong parser for this portal: its listing shows no article link that parser knows
        blind = portal.registry_row("blind", "/tin-moi/?ban=2").replace(",generic,", ",sharepoint,")
        empty = portal.registry_row("empty", "/rong/")
        result = run_crawl(write_registry(tmp_path / "portals.csv", healthy, blind, empty), db)
    assert result.returncode == 1, result.stderr[-2000:]
    errors = error_rows(db)
    unhealthy = {url: message for url, message in errors["portal_unhealthy"]}
    assert set(unhealthy) == {"blind", "empty"}
    assert "none of its 1 sections listed an article" in unhealthy["blind"]
    assert f"{ARTICLES} of {ARTICLES} articles read could not be read or came out degraded" in unhealthy["empty"]
    assert [url for url, _ in errors["empty_section"]] == [f"{portal.base}/tin-moi/?ban=2"]
    # the empty pages are kept, flagged: the chain judged them `failed` (a menu is no body)
    runs = {portal: rest for portal, *rest in query(db, "SELECT portal, articles_degraded, articles_unreadable "
                                                        "FROM crawl_runs")}
    assert runs == {"healthy": [0, 0], "blind": [0, 0], "empty": [ARTICLES, 0]}
    assert query(db, "SELECT DISTINCT quality FROM articles WHERE portal = 'empty'") == [("failed",)]

    report = run_cli("summary", "--db", db)
    assert report.returncode == 0, report.stderr
    lines = {line.split()[0]: line for line in report.stdout.splitlines() if line.startswith("  ") and
             line.split()[0] in ("healthy", "blind", "empty")}
    assert "UNHEALTHY" in lines["blind"] and "1 empty section" in lines["blind"]
    assert "UNHEALTHY" in lines["empty"] and f"{ARTICLES} degraded" in lines["empty"]
    assert "UNHEALTHY" not in lines["healthy"] and f"{ARTICLES} new" in lines["healthy"]
    assert "none of its 1 sections listed an article" in report.stdout


@pytest.mark.unit
def test_health_counts_unreadable_articles_and_needs_enough_of_them():
    from ward_scraper.crawl.ledger import CrawlLedger

    ledger = CrawlLedger("run")
    ledger.open_portal("few", sections=1)
    ledger.open_portal("broken", sections=2)
    for _ in range(4):
        ledger.article_read("few", None)          # below WARD_HEALTH_MIN_ARTICLES: no verdict
    for quality in (None, None, None, "ok", "degraded", "ok"):
        ledger.article_read("broken", quality)    # 4 of 6 bad
    ledger.check_health()
    ledger.check_health()                         # once per crawl
    assert dict(ledger.error_kinds["broken"]) == {"portal_unhealthy": 1}
    assert not ledger.error_kinds["few"]["portal_unhealthy"]
    assert ledger.counts["broken"]["unreadable"] == 3
