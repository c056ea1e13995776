"""Per-portal bookkeeping of one crawl: pages, outcomes and logged errors.

The spider and the pipeline both report here; when an archive is attached,
every error is written to `crawl_errors` at once (so a crash loses no log)
and the per-portal counts land in `crawl_runs` when the crawl closes.
"""
from __future__ import annotations

import logging
from collections import Counter, defaultdict

log = logging.getLogger("ward-archive")


class CrawlLedger:
    def __init__(self, run_id: str, archive=None, retry_attempts: int = 3, retry_backoff: float = 6 * 3600):
        self.run_id = run_id
        self.archive = archive
        # the retry budget of a failed article URL (WARD_RETRY_ATTEMPTS, WARD_RETRY_BACKOFF)
        self.retry_attempts = retry_attempts
        self.retry_backoff = retry_backoff
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.error_kinds: dict[str, Counter] = defaultdict(Counter)
        self._run_rows: dict[str, int] = {}
        self._sections: dict[str, int] = {}
        # portal health (WARD_HEALTH_MAX_BAD_SHARE, WARD_HEALTH_MIN_ARTICLES)
        self.max_bad_share = 0.5
        self.min_articles = 5
        self._health_checked = False

    def open_portal(self, slug: str, sections: int | None = None) -> None:
        self.counts[slug]  # every crawled portal appears in the summary, even with 0 pages
        if sections is not None:
            self._sections[slug] = sections
        if self.archive is not None and slug not in self._run_rows:
            self._run_rows[slug] = self.archive.start_run(self.run_id, slug)

    def page(self, slug: str) -> None:
        self.counts[slug]["pages_fetched"] += 1

    def outcome(self, slug: str, outcome: str, count: int = 1) -> None:
        self.counts[slug][outcome] += count

    def article_read(self, slug: str, quality: str | None) -> None:
        """An article the crawl read: stored with this extraction verdict
        (ok / degraded / failed), or None when it could not be read at all."""
        self.counts[slug][f"quality_{quality}" if quality else "unreadable"] += 1

    def check_health(self) -> None:
        """A portal that yields nothing, or mostly bad extractions, is an error
        of its own (`portal_unhealthy`): a quiet portal and a broken reading of
        one must not look alike. Once per crawl, before its summary."""
        if self._health_checked:
            return
        self._health_checked = True
        for slug, counts in list(self.counts.items()):
            sections, empty = self._sections.get(slug), self.error_kinds[slug]["empty_section"]
            if sections and empty >= sections:
                self._log(slug, slug, "portal_unhealthy",
                          f"none of its {sections} sections listed an article: check the registry's "
                          "listing paths (`ward-archive probe`)", "page")
            bad = counts["quality_degraded"] + counts["quality_failed"] + counts["unreadable"]
            read = bad + counts["quality_ok"]
            if read >= self.min_articles and bad > self.max_bad_share * read:
                self._log(slug, slug, "portal_unhealthy",
                          f"{bad} of {read} articles read could not be read or came out degraded "
                          f"(more than {self.max_bad_share:.0%}): its layout may be one the parsers do not know",
                          "page")

    def error(self, slug: str, url: str, kind: str, message: str, target: str = "page",
              section: str | None = None) -> None:
        """`target`: what failed: `article` (an article never archived: retried
        by later crawls within its budget, see record_failure), `recheck` (an
        archived article), `listing` or `page`. `section`: the listing that
        linked the article, when known."""
        self._log(slug, url, kind, message, target)
        if target == "article" and self.archive is not None:
            gave_up = self.archive.record_failure(slug, url, f"{kind}: {message}", self.retry_attempts,
                                                  self.retry_backoff, section)
            if gave_up:
                self._log(slug, url, "gave_up", f"failed {self.retry_attempts} times, not requested again; "
                                                f"last: {kind}: {message}", target)

    def _log(self, slug: str, url: str, kind: str, message: str, target: str) -> None:
        self.counts[slug]["errors"] += 1
        self.error_kinds[slug][kind] += 1
        log.warning("%s: %s %s: %s", slug, kind, url, message)
        if self.archive is not None:
            self.archive.log_error(self.run_id, slug, url, kind, message, target)

    def failed_links(self, linked: dict[str, str], unlinked: list[str]) -> None:
        """Failed article URLs the listings of this crawl linked (url -> section),
        and those a complete read of their section no longer linked."""
        if self.archive is not None and (linked or unlinked):
            self.archive.note_failed_links(linked, unlinked)

    def section_complete(self, slug: str, listing_url: str) -> None:
        if self.archive is not None:
            self.archive.mark_section_complete(slug, listing_url)

    def close(self, reason: str) -> None:
        if reason == "finished":
            self.check_health()
        if self.archive is None:
            return
        for slug, row_id in self._run_rows.items():
            counts = self.counts[slug]
            status = "interrupted" if reason != "finished" else ("errors" if counts["errors"] else "ok")
            self.archive.finish_run(row_id, counts, status)

    def summary(self) -> dict:
        portals = {slug: dict(counts) for slug, counts in self.counts.items()}
        totals = Counter()
        for counts in self.counts.values():
            totals.update(counts)
        return {"run_id": self.run_id, "portals": portals, "totals": dict(totals),
                "error_kinds": {slug: dict(kinds) for slug, kinds in self.error_kinds.items() if kinds}}
