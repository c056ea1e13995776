"""`ward-archive discover --province P`: find the ward portals of a province.

No public list of ward portal addresses exists, so we read the one place
that has them: the province portal. The steps (docs/discovery.md):

1. Read the province portal's home page and directory pages (HubSpider):
   every link with the words a reader sees next to it.
2. Match links to the province's units (the official list): the link's
   text names the unit; a link that names none is matched by its host's
   first label, the unit's ASCII slug, unless two units of the province
   share that slug (then only a name can decide, and the link is reported).
3. For units still without a working site, propose the naming rule's host,
   `<slug>.<province portal domain>`, if the name resolves at all.
4. Verify every candidate with `probe`, one after another (so one request
   at a time per server, with the crawl's robots.txt and delays): the home
   page answers, a platform is detected, news sections are found, and the
   site does not name another unit.

Only verified sites become registry rows (with their evidence); every other
unit is reported with what was tried.
"""
from __future__ import annotations

import csv
import socket
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.utils.reactor import install_reactor
from twisted.internet import defer
from twisted.python.failure import Failure

from ward_archive.crawl_runner import crawl_settings
from ward_archive.probe import province_named, registry_row
from ward_archive.storage.wards import Unit, same_name, unit_registry
from ward_scraper.crawl.hostmap import NO_SUCH_HOST, mapped_address
from ward_scraper.crawl.registry import COLUMNS
from ward_scraper.crawl.spiders.hub import HubSpider
from ward_scraper.crawl.spiders.probe import ProbeSpider
from ward_scraper.util.urls import path_and_query
from ward_scraper.util.wardnames import name_key, ward_slug

# Province portals follow `<province slug>.gov.vn` (dongnai.gov.vn); these do not.
PORTAL_EXCEPTIONS = {"Hồ Chí Minh": "https://hochiminhcity.gov.vn/"}
# Discovery asks each server for one page at a time, however many sub-sites it hosts.
POLITE = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1,
          "DOWNLOAD_SLOTS": {"loopback": {"concurrency": 1, "delay": 0.0, "jitter": 0.0,
                                          "randomize_delay": False, "backoff": 0.05}}}
REGISTRY_COLUMNS = (*COLUMNS, "status", "evidence")


class DiscoveryError(ValueError):
    """Discovery cannot start (an unknown province); the message is one line."""


@dataclass
class Candidate:
    unit: Unit
    url: str
    how: str                      # "link" (the hub links it) or "naming rule"
    link_text: str = ""


@dataclass
class Outcome:
    """What discovery learnt about one unit."""
    unit: Unit
    verified: dict | None = None  # the evidence, once a candidate passed
    archived: dict | None = None  # the archive's registry row, when --db already has its portal
    tried: list[dict] = field(default_factory=list)  # {url, how, why} of candidates that failed


def province_of(name: str) -> tuple[str, str]:
    """(province code, short name) for 'Đồng Nai', 'Thành phố Đồng Nai' or a code ('75')."""
    registry = unit_registry()
    code = name if name.isdigit() else registry.province_code(name)
    units = registry.in_province(code) if code else []
    if not units:
        raise DiscoveryError(f"{name!r} is not one of the 34 provinces (e.g. 'Đồng Nai' or its code '75')")
    return code, province_named(units[0].province_name) or units[0].province_name


def province_portal(province: str) -> str:
    """The naming rule's address of a province portal."""
    return PORTAL_EXCEPTIONS.get(province) or f"https://{ward_slug(province)}.gov.vn/"


# ---- matching -----------------------------------------------------------------

def units_named(text: str, units: list[Unit]) -> list[Unit]:
    """The units whose full name ('Xã Lộc Thạnh') the text contains as whole
    words, tone marks included; the longest names win ('Tân Phú Trung' over
    'Tân Phú')."""
    words = f" {name_key(text)} "
    named = [unit for unit in units if f" {name_key(unit.name)} " in words]
    longest = max((len(name_key(unit.name)) for unit in named), default=0)
    return [unit for unit in named if len(name_key(unit.name)) == longest]


def match_links(links: list[tuple[str, str]], units: list[Unit], domain: str) -> tuple[list[Candidate], list[dict]]:
    """Candidates from the hub's links, and the links that could not be
    decided (a shared slug and no name, or two names)."""
    candidates: dict[tuple[str, str], Candidate] = {}
    undecided = []
    for text, url in links:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        named = units_named(text, units)
        if len(named) > 1:
            undecided.append({"text": text, "url": url, "why": "the text names " + ", ".join(u.name for u in named)})
            continue
        if not named and host.endswith("." + domain):
            named = [unit for unit in units if unit.slug == host.split(".")[0]]
            if len(named) > 1:
                undecided.append({"text": text, "url": url, "why": f"slug {named[0].slug!r} is shared by "
                                  + " and ".join(u.name for u in named) + "; the text names neither"})
                continue
        if named and host != domain:
            candidates.setdefault((named[0].code, _site(url)), Candidate(named[0], _site(url), "link", text))
    return list(candidates.values()), undecided


def naming_rule_candidate(unit: Unit, portal_url: str) -> Candidate:
    parts = urlsplit(portal_url)
    netloc = parts.netloc.removeprefix("www.")
    return Candidate(unit, f"{parts.scheme}://{unit.slug}.{netloc}/", "naming rule")


def _site(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def resolves(host: str, host_map: dict) -> bool:
    """Whether the name exists at all (WARD_HOST_MAP first, then DNS): a unit
    with no site costs a DNS lookup, never a request to a server."""
    address = mapped_address(host, host_map)
    if address is not None:
        return address != NO_SUCH_HOST
    try:
        socket.getaddrinfo(host, None)
    except OSError:
        return False
    return True


# ---- verification --------------------------------------------------------------

def verdict(candidate: Candidate, report: dict, home_text: str, units: list[Unit]) -> tuple[dict | None, str]:
    """(evidence, "") when the probe shows a working ward portal of the
    candidate's unit; (None, why) otherwise."""
    if not home_text:
        errors = "; ".join(error["error"] for error in report["errors"][:2]) or "no answer"
        return None, f"home page not read: {errors}"
    if not report["sections"]:
        return None, "no news section with articles found"
    row = registry_row(report, home_text)
    named = row["ward_name"]
    other = [unit for unit in units if named and same_name(named, unit.name) and unit.code != candidate.unit.code]
    if other:
        return None, f"the site names {other[0].name}, another unit"
    shared_slug = [unit for unit in units if unit.slug == candidate.unit.slug and unit.code != candidate.unit.code]
    if candidate.how == "naming rule" and shared_slug and not (named and same_name(named, candidate.unit.name)):
        return None, f"slug shared with {shared_slug[0].name} and the site does not name {candidate.unit.name}"
    return {"host": urlsplit(candidate.url).netloc, "how": candidate.how, "link_text": candidate.link_text,
            "platform": report["platform"], "platform_evidence": report["evidence"],
            "site_names": named, "sections": [section["url"] for section in report["sections"]],
            "registry_row": {**row, "ward_name": candidate.unit.name, "ward_code": candidate.unit.code}}, ""


def discover(province: str, portal_url: str | None = None, overrides: dict | None = None,
             log_level: str = "WARNING", archived: dict[str, dict] | None = None) -> dict:
    """Run discovery for one province; return the report (see report_text).
    `archived`: the archive's registry rows by slug; units that have one are
    not looked for again. Scrapy's reactor cannot be restarted: once per process."""
    code, name = province_of(province)
    portal_url = portal_url or province_portal(name)
    units = sorted(unit_registry().in_province(code), key=lambda unit: unit.code)
    settings = crawl_settings("", log_level, {**POLITE, **(overrides or {})})
    host_map = settings.getdict("WARD_HOST_MAP")
    outcomes = {unit.code: Outcome(unit) for unit in units}
    for row in (archived or {}).values():
        if row.get("ward_code") in outcomes:
            outcomes[row["ward_code"]].archived = row
    result: dict = {"province": name, "province_code": code, "portal": portal_url}
    process = CrawlerProcess(settings)

    @defer.inlineCallbacks
    def steps():
        hub = process.create_crawler(HubSpider)
        yield process.crawl(hub, url=portal_url)
        domain = (urlsplit(portal_url).hostname or "").removeprefix("www.")
        candidates, result["undecided_links"] = match_links(hub.spider.links, units, domain)
        result.update(links_read=len(hub.spider.links), hub_errors=hub.spider.errors)
        yield from _verify_all(process, candidates, outcomes, units, host_map)
        missing = [candidate for unit in units if not outcomes[unit.code].verified and not outcomes[unit.code].archived
                   for candidate in [naming_rule_candidate(unit, portal_url)]
                   if candidate.url not in {tried["url"] for tried in outcomes[unit.code].tried}]
        yield from _verify_all(process, missing, outcomes, units, host_map)

    _run(process, steps)
    result["verified"] = [{"code": o.unit.code, "name": o.unit.name, **o.verified}
                          for o in outcomes.values() if o.verified]
    result["archived"] = [{"code": o.unit.code, "name": o.unit.name, "slug": o.archived["slug"],
                           "base_url": o.archived["base_url"]} for o in outcomes.values() if o.archived]
    result["missing"] = [{"code": o.unit.code, "name": o.unit.name, "tried": o.tried}
                         for o in outcomes.values() if not o.verified and not o.archived]
    return result


def _verify_all(process, candidates, outcomes, units, host_map):
    """Probe the candidates one after another (a generator for `steps`)."""
    owner = {urlsplit(row["base_url"]).netloc: o.unit
             for o in outcomes.values() for row in [o.archived or (o.verified or {}).get("registry_row")] if row}
    for candidate in candidates:
        outcome = outcomes[candidate.unit.code]
        netloc = urlsplit(candidate.url).netloc
        if outcome.verified or outcome.archived:
            continue
        if netloc in owner:
            outcome.tried.append({"url": candidate.url, "how": candidate.how,
                                  "why": f"the portal of {owner[netloc].name}"})
            continue
        if not resolves(urlsplit(candidate.url).hostname or "", host_map):
            outcome.tried.append({"url": candidate.url, "how": candidate.how, "why": "no such host"})
            continue
        crawler = process.create_crawler(ProbeSpider)
        yield process.crawl(crawler, url=candidate.url, articles=1)
        evidence, why = verdict(candidate, crawler.spider.report, crawler.spider.home_text, units)
        if evidence:
            outcome.verified = evidence
            owner[netloc] = candidate.unit
        else:
            outcome.tried.append({"url": candidate.url, "how": candidate.how, "why": why})


def _run(process: CrawlerProcess, steps) -> None:
    """Run `steps` (crawls one after another) on one reactor, then stop it;
    an exception inside is raised here."""
    failure = []

    def done(outcome):
        if isinstance(outcome, Failure):
            failure.append(outcome)
        from twisted.internet import reactor
        reactor.stop()

    # The reactor the settings name must be the one installed before any
    # crawl starts (CrawlerProcess installs it only in start()).
    install_reactor(process.settings["TWISTED_REACTOR"])
    from twisted.internet import reactor
    reactor.callWhenRunning(lambda: steps().addBoth(done))
    process.start(stop_after_crawl=False)
    if failure:
        failure[0].raiseException()


# ---- output -------------------------------------------------------------------

def registry_rows(report: dict) -> list[dict]:
    """One registry row per verified portal: status `verified` and its evidence."""
    rows = []
    for found in report["verified"]:
        row = dict(found["registry_row"], province=report["province"], status="verified")
        row["evidence"] = "; ".join(filter(None, (
            f"linked as {found['link_text']!r}" if found["link_text"] else "naming rule",
            f"platform {found['platform']}", f"site names {found['site_names']!r}" if found["site_names"] else "",
            "sections " + " ".join(path_and_query(url) for url in found["sections"]))))
        rows.append(row)
    return rows


def write_registry(report: dict, path) -> int:
    rows = registry_rows(report)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=REGISTRY_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def report_text(report: dict) -> str:
    lines = [f"province  {report['province']} ({report['province_code']}), portal {report['portal']}",
             f"links     {report['links_read']} read"]
    lines += [f"  hub page not read: {error['url']}: {error['error']}" for error in report["hub_errors"]]
    lines += [f"  undecided: {link['text']!r} {link['url']}: {link['why']}" for link in report["undecided_links"]]
    lines.append(f"verified  {len(report['verified'])} ward portals")
    for found in report["verified"]:
        how = f"linked as {found['link_text']!r}" if found["how"] == "link" else "naming rule"
        lines.append(f"  {found['code']} {found['name']:<24} {found['host']}  {found['platform']}, "
                     f"{len(found['sections'])} sections, {how}")
    if report["archived"]:
        lines.append(f"archived  {len(report['archived'])} units whose portal the archive has (not looked for)")
        lines += [f"  {unit['code']} {unit['name']:<24} {unit['slug']} {unit['base_url']}" for unit in report["archived"]]
    lines.append(f"missing   {len(report['missing'])} units without a portal found")
    for unit in report["missing"]:
        tried = "; ".join(f"{t['url']} ({t['how']}): {t['why']}" for t in unit["tried"]) or "nothing to try"
        lines.append(f"  {unit['code']} {unit['name']:<24} {tried}")
    return "\n".join(lines)


__all__ = ["discover", "DiscoveryError", "report_text", "write_registry", "registry_rows", "units_named",
           "match_links", "province_portal"]
