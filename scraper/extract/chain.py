"""The extraction chain: never trust one extractor blindly.

    platform parser -> generic extractor -> trafilatura -> best field by field

The portal's platform parser reads the page first, if its own layout is on
the page (`Parser.layout`). Its result is checked (`extract.quality`); when
every check passes, that is the answer, and nothing else runs: most pages of
a known platform cost one parse plus the checks. Otherwise the generic
extractor reads the page, and trafilatura (through our body pass, so images,
captions and credits are still read) when a title or a body is still
implausible. Each group of fields (the title; the date; the body with what
is read from it) is then taken from the first extractor, in that order,
whose answer for it passes the checks: a platform title with a generic body
is a normal outcome.

Every answer says which extractor produced each field (`extracted_by`) and
how much to trust it (`quality`, with `quality_reasons`):
  ok        the first extractor's answer passed every check;
  degraded  a check failed, a fallback was needed, or the platform's layout
            was not on the page: the fields are the best plausible ones;
  failed    no extractor gave a plausible title or body.
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from ward_scraper.extract import dates, quality
from ward_scraper.extract.platforms import detect_platform, generic, get_parser
from ward_scraper.extract.platforms.base import ARTICLE_FIELDS, Extraction, ParseContext, Parser, empty_value
from ward_scraper.extract.trafilatura_reader import TrafilaturaReader
from ward_scraper.util.page import Page
from ward_scraper.util.text import match_key

OK, DEGRADED, FAILED = "ok", "degraded", "failed"
# `extracted_by` of a date read from the page's "Ngày đăng: …" label by the last check.
PRINTED_LABEL = "printed label"
# `extracted_by` of a date (or its time) taken from a date line beside the headline by the last check.
PRINTED_BESIDE_HEADLINE = "printed beside the headline"
# `extracted_by` of a day counted back from a relative time under the headline ("3 ngày trước").
COUNTED_BACK = "counted back from a relative time"
# Fields that come together: those read from the body come from one extractor.
GROUPS = {
    "title": ("title",),
    "published_at": ("published_at",),
    "body": ("lead", "body_text", "body_html", "images", "attachments", "credit_line", "authors",
             "source_unit", "credits"),
    "category": ("category",),
}
# A title or a body that fails its checks everywhere fails the extraction.
ESSENTIAL = ("title", "body")
assert sorted(name for group in GROUPS.values() for name in group) == sorted(ARTICLE_FIELDS), \
    "every article field belongs to one group of the chain"


@dataclass
class _Attempt:
    extractor: str
    extraction: Extraction
    problems: dict[str, list[str]]      # group -> reasons (only failing groups)
    parser: Parser | None = None        # None: a partial reading that cannot be run again
    date_shown: bool = False            # its date is printed with the article (not from a URL or far away)


def extract(page: Page, parser: Parser | None = None, evidence: list[str] = ()) -> Extraction:
    """The article fields of `page` with their quality verdict and provenance.

    `parser` is the portal's platform parser; None detects it from the page
    (`evidence` is what detection said, when the caller detected already).
    The answer's fields are the article fields plus `quality`,
    `quality_reasons` and `extracted_by` (fields.py, Origin.CHECKED)."""
    if parser is None:
        name, evidence = detect_platform(page)
        parser = get_parser(name)
    # Detection found a known platform's clues in a layout it lacks ("... layout unknown").
    reasons = [f"platform layout unknown: {item}" for item in evidence] if parser.name == "generic" else []
    facts = quality.page_facts(page)
    attempts: list[_Attempt] = []
    if parser.name != "generic":
        if parser.layout(page) is None:
            reasons.append(f"{parser.name}: its layout is not on this page")
        else:
            attempts.append(_attempt(parser, page, facts))
            if not attempts[0].problems:
                published_at = attempts[0].extraction.fields["published_at"]
                if not published_at:
                    # The platform's date line is not where it looks: the generic
                    # reading of the date may find it. Only its date can be taken:
                    # the platform's title and body passed, and the generic
                    # reading reads no category, so its body pass is not run.
                    attempts.append(_date_attempt(page, facts))
                elif len(published_at) == len("yyyy-mm-dd") and (
                        published_at == dates.date_from_url(page.url) or _shows_a_clock(page)):
                    # A day (from the URL or the markup) without the time the page
                    # may show elsewhere: the generic reading of the date may have it
                    # (none where the page prints no time at all, most such pages:
                    # but a day from the URL it may still correct).
                    attempts.append(_date_attempt(page, facts))
                return _answer(attempts, reasons, facts)
    if attempts and "body" not in attempts[0].problems:
        # The platform's body passed its checks: the answer's body is the platform's
        # whatever the generic reading's, so that reading's body pass is not run.
        attempts.append(_title_and_date_attempt(page, facts))
    else:
        attempts.append(_attempt(get_parser("generic"), page, facts))
    if any(_pick(attempts, group) is None for group in ESSENTIAL):
        attempts.append(_attempt(TrafilaturaReader(), page, facts))
    return _answer(attempts, reasons, facts)


# Every time of day a reader takes holds one of these: a clock ("08:35", "16h30",
# "8g30", "14 giờ 05"; an ISO value's "T08:35") or a Unix time in a data- attribute.
# (Both open with a digit, written once: the search then skips to the page's digits
# in C, where two alternatives were each tried at every character, 2.7 times the time.)
_CLOCK_OR_EPOCH = re.compile(r"\d(?:\s*(?::|h|g|giờ)\s*\d\d|\d{9})", re.I)


def _shows_a_clock(page: Page) -> bool:
    return _CLOCK_OR_EPOCH.search(page.html) is not None


def _attempt(parser: Parser, page: Page, facts: quality.PageFacts) -> _Attempt:
    extraction = parser.parse(page)
    return _Attempt(parser.name, extraction, quality.problems(extraction.fields, facts), parser)


# How a field read alone by a partial attempt is checked.
_FIELD_CHECKS = {"title": quality.title_problems, "published_at": quality.date_problems}


def _partial_attempt(page: Page, facts: quality.PageFacts, names: tuple[str, ...],
                     date_shown: bool = False) -> _Attempt:
    """The generic extractor's `names` fields alone ("published_at", or the
    title and the date), read without its body pass (most of a parse): the
    other fields are left empty and are not checked, so that only these can
    be taken from it, as from a whole reading. `date_shown` asks whether its
    date is printed with the article."""
    context = ParseContext(get_parser("generic"), page)
    fields = {name: empty_value(name) for name in ARTICLE_FIELDS}
    for name in names:
        fields[name] = context.value(name)
    checked = {name: _FIELD_CHECKS[name](fields[name], facts) for name in names}
    return _Attempt("generic", Extraction(fields, context.errors, context.doubts),
                    {group: reasons for group, reasons in checked.items() if reasons},
                    date_shown=date_shown and "published_at" not in context.errors
                    and generic.date_shown_with_the_article(context))


def _date_attempt(page: Page, facts: quality.PageFacts) -> _Attempt:
    """The generic date alone: for a platform answer without a date, or with a day but no time."""
    return _partial_attempt(page, facts, ("published_at",), date_shown=True)


def _title_and_date_attempt(page: Page, facts: quality.PageFacts) -> _Attempt:
    """The generic title and date alone: where the platform's answer failed a
    check of its title or its date but not of its body (its body answers first).
    Its date, when printed with the article, corrects a day the platform read
    from the URL alone."""
    return _partial_attempt(page, facts, ("title", "published_at"), date_shown=True)


def _pick(attempts: list[_Attempt], group: str) -> _Attempt | None:
    """The first attempt whose answer for `group` is there and plausible."""
    for attempt in attempts:
        if group not in attempt.problems and _has_value(attempt, group):
            return attempt
    return None


def _has_value(attempt: _Attempt, group: str) -> bool:
    fields = attempt.extraction.fields
    if group == "body":
        return bool(fields["body_text"] or fields["attachments"])
    return bool(fields[GROUPS[group][0]])


def _fallback(attempts: list[_Attempt], group: str) -> _Attempt:
    """No plausible answer: the first that has one at all, else the first."""
    return next((attempt for attempt in attempts if _has_value(attempt, group)), attempts[0])


def _answer(attempts: list[_Attempt], reasons: list[str], facts: quality.PageFacts) -> Extraction:
    for index, attempt in enumerate(attempts):
        # A later extractor's doubts count only for what it was asked for: a
        # group no earlier extractor answered plausibly (the generic reading
        # run for a platform page's missing date does not judge its title).
        reasons += [f"{attempt.extractor}: {reason}" for group in attempt.problems
                    if index == 0 or _pick(attempts[:index], group) is None
                    for reason in attempt.problems[group]]
    fields: dict = {}
    errors: dict[str, str] = {}
    came_from: dict[str, _Attempt] = {}     # field -> the reading it was taken from
    verdict = DEGRADED if reasons else OK
    for group, names in GROUPS.items():
        chosen = _pick(attempts, group)
        if chosen is attempts[0] and group == "published_at" and _read_another_layout(chosen):
            # (Its layout is not this page's: its date is some other block's, a related item's.)
            chosen = _pick(attempts[1:], group) or chosen
        if chosen is None:
            if group in ESSENTIAL:
                verdict = FAILED
            chosen = _fallback(attempts, group)
        if group == "body":
            chosen = _read_with_the_title(chosen, fields["title"], facts)
        for name in names:
            fields[name] = chosen.extraction.fields[name]
            came_from[name] = chosen
            if name in chosen.extraction.errors:
                errors[name] = chosen.extraction.errors[name]
    _keep_the_time(fields, attempts, came_from, facts.page.url)
    fields["title"] = generic.untruncated_title(facts.page, fields["title"])
    extracted_by = {name: attempt.extractor for name, attempt in came_from.items()}
    # The doubts of the reading each field finally came from (not of those it replaced).
    parser_doubts = [f"{attempt.extractor}: {reason}" for name, attempt in came_from.items()
                     for reason in attempt.extraction.doubts.get(name, ())]
    if parser_doubts:
        reasons += list(dict.fromkeys(parser_doubts))
        verdict = DEGRADED if verdict == OK else verdict
    doubts = _title_doubts(fields, came_from["title"], facts)
    if doubts:
        reasons += doubts
        verdict = DEGRADED if verdict == OK else verdict
        # The generic reading's headline, where it says what the page's name says, is likelier the article's.
        agreeing = _title_agreeing_with_the_page(came_from["title"], facts)
        if agreeing:
            fields["title"], extracted_by["title"] = agreeing, "generic"
            reasons.append(f"title {agreeing!r} taken from the generic reading: it agrees with the page's own name")
    doubts = quality.answer_date_problems(fields["published_at"], facts)
    if doubts:
        reasons += doubts
        verdict = DEGRADED if verdict == OK else verdict
        # No extractor read it, but the page prints it behind a publish label: take that.
        printed = quality.printed_publish_date(facts)
        if printed:
            fields["published_at"] = printed = dates.with_markup_time(facts.page, printed)
            extracted_by["published_at"] = PRINTED_LABEL
            reasons.append(f"publish date {printed} taken from the page's printed label")
    else:
        doubts, printed = quality.headline_date_problems(fields, facts)
        if doubts:
            reasons += doubts
            verdict = DEGRADED if verdict == OK else verdict
        if printed:
            # No reader took the date (or its time) the headline's date line shows: take it, in doubt.
            fields["published_at"] = printed
            extracted_by["published_at"] = PRINTED_BESIDE_HEADLINE
            reasons.append(f"publish date {printed} taken from the line beside the headline")
    if not fields["published_at"] and (relative := quality.relative_publish_day(fields, facts)):
        # The page prints no date but "Đăng 3 ngày trước": the day it counts back to, in doubt
        # (the clock it was served at is not known: "2 giờ trước" just after midnight was yesterday).
        fields["published_at"], extracted_by["published_at"] = relative[1], COUNTED_BACK
        tooltip = ", its time from the stamp's tooltip" if len(relative[1]) > len("yyyy-mm-dd") else ""
        reasons.append(f"publish date {relative[1]} counted back from {relative[0]!r} and the day the page "
                       f"was served ({facts.today.isoformat()}){tooltip}")
        verdict = DEGRADED if verdict == OK else verdict
    if not fields["published_at"] and not any(reason.startswith(quality.NO_DATE_REASON) for reason in reasons):
        # An article without its day is incomplete in an archive read by date, whether its page
        # prints none (some home-made pages and print views) or no reader found the one it prints.
        reasons.append(quality.NO_DATE_REASON)
        verdict = DEGRADED if verdict == OK else verdict
    fields.update(quality=verdict, quality_reasons=reasons, extracted_by=extracted_by)
    return Extraction(fields=fields, errors=errors)


def _title_doubts(fields: dict, reader: _Attempt, facts: quality.PageFacts) -> list[str]:
    """The answer's title against the page's own name for itself, unless its
    platform's `<title>` names a page of the portal, not the article."""
    if reader.parser is not None and not reader.parser.title_tag_names_the_article:
        return []
    return quality.answer_title_problems(fields["title"], facts)


def _title_agreeing_with_the_page(reader: _Attempt, facts: quality.PageFacts) -> str | None:
    """The generic reading's title, when another extractor's was doubted and
    this one passes the checks and agrees with the page's name."""
    if reader.extractor == "generic":
        return None
    other = _partial_attempt(facts.page, facts, ("title",))
    title = other.extraction.fields["title"]
    if "title" in other.problems or not title or quality.answer_title_problems(title, facts):
        return None
    return generic.untruncated_title(facts.page, title)


def _read_with_the_title(attempt: _Attempt, title: str | None, facts: quality.PageFacts) -> _Attempt:
    """The body's extractor read the page with another title than the answer's
    (or none): it could not tell the headline, its date line and the sapo from
    the text at the body's top. Read its body again with the answer's title."""
    own_title = attempt.extraction.fields["title"]
    if attempt.parser is None or not title or match_key(own_title or "") == match_key(title):
        return attempt
    again = attempt.parser.parse(facts.page, given={"title": title})
    problems = quality.problems(again.fields, facts)
    if "body" in problems and "body" not in attempt.problems:
        return attempt      # read again, the body fails a check the first reading passed: keep that one
    return _Attempt(attempt.extractor, again, problems, attempt.parser)


def _read_another_layout(attempt: _Attempt) -> bool:
    """A platform's reading that found neither the headline nor the text: it
    read a layout that is not the page's."""
    return attempt.parser is not None and attempt.extractor != "generic" and {"title", "body"} <= attempt.problems.keys()


def _keep_the_time(fields: dict, attempts: list[_Attempt], came_from: dict[str, _Attempt], url: str) -> None:
    """A day without a time, where another extractor read the same day with
    its time: the page shows the time, keep it. A day read from the URL alone
    (a folder named by the day the page was made) gives way to the day
    another extractor read on the page."""
    day = fields["published_at"]
    if not day or len(day) != 10:
        return
    from_url = day == dates.date_from_url(url)
    for attempt in attempts:
        other = attempt.extraction.fields["published_at"]
        if not other or "published_at" in attempt.problems:
            continue
        if (len(other) > 10 and other[:10] == day) or (from_url and attempt.date_shown and other[:10] != day):
            fields["published_at"] = other
            came_from["published_at"] = attempt
            return
