"""Issue 8, failures 5 and 6, against the hostile portal (tests/hostile_portal.py):

  5. endless retries: a listing of thousands of bogus article links cost a
     request each, and every later crawl requested them all again, even once
     no listing linked them;
  6. takeover by redirect: article links of one portal that redirect to
     another portal's articles re-owned them, flipping on every crawl.

Real crawls (`ward-archive crawl` in a child process) over real HTTP on
loopback, into a real SQLite archive."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.conftest import run_cli
from tests.hostile_portal import PAGED_LINKS, HostilePortal
from tests.test_integrity import query

HEADER = "slug,ward_name,ward_code,province,platform,base_url,listing_paths\n"


def registry(tmp_path, name: str, *rows: str):
    path = tmp_path / f"{name}.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def crawl(registry_file, db, *settings: str, full: bool = False):
    args = ["crawl", "--portals", registry_file, "--db", db, "-s", "LOG_LEVEL=WARNING"]
    for setting in settings:
        args += ["-s", setting]
    result = run_cli(*args, *(["--full"] if full else []), timeout=300)
    assert result.returncode in (0, 1), result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


def requested(portal: HostilePortal, prefix: str) -> dict[str, int]:
    """path -> times requested, for the article paths under `prefix`."""
    return {path: hits for path, hits in portal.hits.items() if path.startswith(prefix)}


# ---- 5. caps on new article links ---------------------------------------------

def test_a_section_is_read_up_to_its_caps_per_page_and_per_section(tmp_path):
    db = tmp_path / "a.db"
    with HostilePortal() as portal:
        crawl(registry(tmp_path, "loi", portal.registry_row(listing_paths="/loi/")), db,
              "WARD_MAX_LINKS_PER_PAGE=30", "WARD_MAX_NEW_ARTICLES_PER_SECTION=50")
        hits = portal.hits
    # page 1: 30 (page cap); page 2: 20 more (section cap); page 3 never read
    assert len(requested(portal, "/loi/bai-viet-")) == 50
    assert sum(requested(portal, "/loi/bai-viet-").values()) == 50
    assert hits["/loi/"] == 2
    base = f"{portal.base}/loi/"
    assert sorted(query(db, "SELECT url, target, message FROM crawl_errors WHERE kind = 'link_cap'")) == [
        (base, "listing", f"WARD_MAX_LINKS_PER_PAGE=30 reached for page {base}: 30 new article links "
                          f"requested from this page, {PAGED_LINKS - 30} left for a later crawl"),
        (f"{base}?trang=2", "listing", f"WARD_MAX_NEW_ARTICLES_PER_SECTION=50 reached for section {base}: "
                                       f"20 new article links requested from this page, "
                                       f"{PAGED_LINKS - 20} left for a later crawl"),
    ]
    # links left over mean the section was not read to its end
    assert query(db, "SELECT count(*) FROM sections") == [(0,)]


def test_a_portal_is_read_up_to_its_cap_over_all_its_sections(tmp_path):
    db = tmp_path / "a.db"
    with HostilePortal() as portal:
        result = crawl(registry(tmp_path, "two", portal.registry_row(listing_paths="/thong-bao/ /loi/")), db,
                       "WARD_MAX_NEW_ARTICLES_PER_PORTAL=120")
    # 2,000 + 300 bogus links; the page cap (200 by default) is not what stops them
    assert sum(requested(portal, "/thong-bao/bai-viet-").values()) + \
        sum(requested(portal, "/loi/bai-viet-").values()) == 120
    [(message,)] = query(db, "SELECT message FROM crawl_errors WHERE kind = 'link_cap'")
    assert message.startswith("WARD_MAX_NEW_ARTICLES_PER_PORTAL=120 reached for portal hostile: ")
    assert '"links_over_cap"' in result.stdout


# ---- 5. a retry budget per failed URL ---------------------------------------

def test_failed_urls_no_listing_links_any_more_are_not_requested_again(tmp_path):
    db = tmp_path / "a.db"
    with HostilePortal() as portal:
        rows = registry(tmp_path, "bogus", portal.registry_row(listing_paths="/thong-bao/"))
        crawl(rows, db, "WARD_MAX_LINKS_PER_PAGE=40")
        assert sum(requested(portal, "/thong-bao/bai-viet-").values()) == 40
        assert query(db, "SELECT count(*), min(attempts), max(attempts), min(section) FROM failed_urls") == [
            (40, 1, 1, f"{portal.base}/thong-bao/")]

        portal.bogus_linked = False   # the portal stops linking them
        portal.hits.clear()
        crawl(rows, db, "WARD_MAX_LINKS_PER_PAGE=40")
        assert requested(portal, "/thong-bao/") == {"/thong-bao/": 1}
    assert query(db, "SELECT count(*) FROM failed_urls WHERE unlinked_at IS NOT NULL AND attempts = 1") == [(40,)]


def test_a_url_that_keeps_failing_is_given_up_after_its_attempts(tmp_path):
    db = tmp_path / "a.db"
    first_five = [f"/thong-bao/bai-viet-{10_000 + n}.html" for n in range(5)]
    with HostilePortal() as portal:
        rows = registry(tmp_path, "bogus", portal.registry_row(listing_paths="/thong-bao/"))
        for _ in range(4):
            crawl(rows, db, "WARD_MAX_LINKS_PER_PAGE=5", "WARD_RETRY_ATTEMPTS=3", "WARD_RETRY_BACKOFF=0")
        hits = requested(portal, "/thong-bao/bai-viet-")
    # three attempts each, then given up; the 4th crawl's cap went to the next five links
    assert {path: hits[path] for path in first_five} == dict.fromkeys(first_five, 3)
    assert sum(hits.values()) == 5 * 3 + 5
    gave_up = query(db, "SELECT url, target, message FROM crawl_errors WHERE kind = 'gave_up' ORDER BY url")
    assert gave_up == [(portal.base + path, "article", "failed 3 times, not requested again; last: http_404: HTTP 404")
                       for path in first_five]
    assert query(db, "SELECT count(*) FROM failed_urls WHERE gave_up_at IS NOT NULL AND attempts = 3") == [(5,)]


def test_failed_urls_are_retried_with_backoff_across_crawls(tmp_path):
    db = tmp_path / "a.db"
    with HostilePortal() as portal:
        rows = registry(tmp_path, "bogus", portal.registry_row(listing_paths="/thong-bao/"))
        crawl(rows, db, "WARD_MAX_LINKS_PER_PAGE=5", "WARD_RETRY_BACKOFF=3600")
        crawl(rows, db, "WARD_MAX_LINKS_PER_PAGE=5", "WARD_RETRY_BACKOFF=3600")   # the first retry: at once
        before_third = datetime.now(timezone.utc)
        crawl(rows, db, "WARD_MAX_LINKS_PER_PAGE=5", "WARD_RETRY_BACKOFF=3600")   # waiting out the backoff
        hits = requested(portal, "/thong-bao/bai-viet-")
    assert sorted(hits.values()) == [1] * 5 + [2] * 5
    waiting = query(db, "SELECT next_attempt_at, last_linked_at, unlinked_at, gave_up_at FROM failed_urls "
                        "WHERE attempts = 2")
    assert len(waiting) == 5
    for next_attempt_at, last_linked_at, unlinked_at, gave_up_at in waiting:
        wait = datetime.strptime(next_attempt_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) - before_third
        assert timedelta(minutes=55) < wait <= timedelta(hours=1)
        assert last_linked_at >= before_third.strftime("%Y-%m-%dT%H:%M:%SZ")  # still linked, only waiting
        assert unlinked_at is None and gave_up_at is None


# ---- 6. takeover by redirect ------------------------------------------------

def test_links_redirecting_to_another_portal_never_re_own_its_articles(tmp_path):
    with HostilePortal() as owner, HostilePortal(other_base=owner.base) as taker:
        owner_rows = registry(tmp_path, "owner", owner.registry_row("owner", "/tin-moi/"))
        # read with another parser than the owner's, the same page makes another version
        taker_rows = registry(tmp_path, "taker", f"taker,Phường Chiếm,,Hà Nội,wordpress,{taker.base}/,/chuyen/\n")
        owned = {f"{owner.base}/tin-tuc/bai-viet-{n}.html" for n in range(6)}
        for order in ((owner_rows, taker_rows), (taker_rows, owner_rows)):
            db = tmp_path / f"{order[0].stem}-first.db"
            for full in (False, True):
                for rows in order:
                    crawl(rows, db, full=full)
            assert query(db, "SELECT portal, count(*) FROM articles GROUP BY portal") == [("owner", 6)]
            assert {url for (url,) in query(db, "SELECT canonical_url FROM articles")} == owned
            assert query(db, "SELECT count(*) FROM article_versions") == [(0,)]
            redirects = query(db, "SELECT portal, url, target, message FROM crawl_errors "
                                  "WHERE kind = 'cross_portal_redirect'")
            assert len(redirects) == 12, redirects  # six links, two crawls
            for portal, url, target, message in redirects:
                n = url.rsplit("-", 1)[1].strip("/")
                assert (portal, url, target) == ("taker", f"{taker.base}/chuyen-bai-viet-{n}/", "article")
                assert message == (f"redirected from {url} to {owner.base}/tin-tuc/bai-viet-{n}.html, "
                                   f"another host than {taker.base}/: not archived under taker")


def test_the_store_refuses_to_move_an_article_to_another_portal_on_one_host(tmp_path):
    """Two portals on one server: the host check cannot tell them apart, the
    archive keeps the first owner and the crawl logs the refusal."""
    db = tmp_path / "a.db"
    with HostilePortal() as portal:
        portal.other_base = portal.base   # /chuyen-bai-viet-N/ -> this portal's own articles
        first = registry(tmp_path, "first", portal.registry_row("first", "/tin-moi/"))
        second = registry(tmp_path, "second", f"second,Phường Hai,,Hà Nội,wordpress,{portal.base}/,/chuyen/\n")
        crawl(first, db)
        crawl(second, db)
    assert query(db, "SELECT portal, count(*) FROM articles GROUP BY portal") == [("first", 6)]
    assert query(db, "SELECT count(*) FROM article_versions") == [(0,)]
    conflicts = query(db, "SELECT portal, message FROM crawl_errors WHERE kind = 'portal_conflict'")
    assert len(conflicts) == 6
    for slug, message in conflicts:
        assert slug == "second" and message.endswith("belongs to portal first, not to second: not stored")
