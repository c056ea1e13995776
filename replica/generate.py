"""Generate a replica portal's articles from its PortalSpec, deterministically.

Every random choice comes from a `random.Random` seeded with the portal slug
(never the global RNG, the clock or `hash()`), so two builds are equal and
the server, the tests and the benchmarks all see the same portal.

Edition 1 is the portal as first crawled. Edition N (N >= 2) is the same
portal some weeks later: a few articles edited (one paragraph changed), a few
removed, a few new ones published. Each later edition draws from its own seed
and starts from a copy of the previous one, so edition 1 never depends on
which edition was asked for.
"""
from __future__ import annotations

import copy
import random
import re
import unicodedata
from dataclasses import fields, is_dataclass
from datetime import date, datetime, timedelta

from ward_replica import topics
from ward_replica.content import PortalSpec, ReplicaArticle, ReplicaAttachment, ReplicaImage, ReplicaPortal

SEED = "ward-archive"
FIRST_DAY = date(2025, 7, 1)
LAST_DAY = date(2026, 11, 20)
SLUG_LENGTH = 80
# Centrally governed cities are "thành phố", the rest "tỉnh".
_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Huế", "Cần Thơ"}
_DOCUMENT_KINDS = {"plan": ("Kế hoạch", "KH"), "decision": ("Quyết định", "QĐ"), "notice": ("Thông báo", "TB")}


def build_portal(spec: PortalSpec, edition: int = 1) -> ReplicaPortal:
    """The portal `spec` describes, as it stands in `edition` (1: first crawl)."""
    articles = _first_edition(spec)
    for number in range(2, edition + 1):
        articles = _next_edition(spec, articles, number)
    return ReplicaPortal(slug=spec.slug, ward_name=spec.ward_name, ward_code=spec.ward_code,
                         province=spec.province, platform=spec.platform, sections=list(spec.sections),
                         articles=_newest_first(articles), edition=edition)


def _first_edition(spec: PortalSpec) -> list[ReplicaArticle]:
    rng = random.Random(f"{SEED}:{spec.slug}")
    writer = ArticleWriter(spec, rng)
    count = rng.randint(64, 72)
    next_id = rng.randint(120000, 480000)
    articles = []
    for published in _publication_times(rng, count, FIRST_DAY, LAST_DAY):
        articles.append(writer.article(next_id, published))
        next_id += rng.randint(1, 60)
    return articles


def _next_edition(spec: PortalSpec, previous: list[ReplicaArticle], number: int) -> list[ReplicaArticle]:
    rng = random.Random(f"{SEED}:{spec.slug}:edition:{number}")
    articles = copy.deepcopy(previous)
    removed = {a.id for a in rng.sample(articles, max(1, round(len(articles) * 0.05)))}
    articles = [a for a in articles if a.id not in removed]
    writer = ArticleWriter(spec, rng, taken_titles={a.title.lower() for a in previous},
                           taken_slugs={a.slug for a in previous},
                           taken_files={f.path for a in previous for f in a.attachments})
    for article in rng.sample(articles, max(1, round(len(articles) * 0.10))):
        writer.edit(article)
    newest = max(a.published for a in articles).date()
    next_id = max(a.id for a in previous) + rng.randint(1, 60)
    for published in _publication_times(rng, 5, newest + timedelta(days=1), newest + timedelta(days=24)):
        articles.append(writer.article(next_id, published))
        next_id += rng.randint(1, 60)
    return articles


def _newest_first(articles: list[ReplicaArticle]) -> list[ReplicaArticle]:
    return sorted(articles, key=lambda a: (a.published, a.id), reverse=True)


def _publication_times(rng: random.Random, count: int, first: date, last: date) -> list[datetime]:
    """`count` publication times, oldest first. Some days carry two or three
    articles (ward portals post in bursts); about 70% show a time of day, the
    rest are date-only (00:00)."""
    span = (last - first).days + 1
    distinct = max(1, min(span, count - max(1, count // 5)))
    days = rng.sample(range(span), distinct)
    days += rng.choices(days, k=count - distinct)
    times = []
    for offset in sorted(days):
        day = datetime.combine(first + timedelta(days=offset), datetime.min.time())
        if rng.random() < 0.7:
            day = day.replace(hour=rng.randint(7, 21), minute=rng.randrange(60))
        times.append(day)
    return sorted(times)


# ---- text helpers -----------------------------------------------------------------

def vn_number(value: int) -> str:
    """1250 -> "1.250": Vietnamese writes "." between thousands."""
    return f"{value:,}".replace(",", ".")


def vn_money(value: int) -> str:
    """6000000 -> "6.000.000 đồng"; 1100000000 -> "1,1 tỷ đồng"."""
    if value >= 1_000_000_000:
        billions = f"{value / 1_000_000_000:.1f}".replace(".", ",").replace(",0", "")
        return f"{billions} tỷ đồng"
    return f"{vn_number(value)} đồng"


def slugify(text: str) -> str:
    """ASCII slug: accents dropped, đ -> d, words joined by "-", at most 80 characters."""
    folded = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    ascii_text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > SLUG_LENGTH:
        slug = slug[:SLUG_LENGTH + 1].rsplit("-", 1)[0]
    return slug


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _nfc(value):
    """NFC-normalise every string inside an article (lists and dataclasses included)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(item) for item in value]
    if is_dataclass(value):
        for item in fields(value):
            setattr(value, item.name, _nfc(getattr(value, item.name)))
    return value


class _Context(dict):
    """Template values; a number placeholder ("{n_mid}", "{money_total}") draws a
    new value at each use, so one text does not repeat the same figure."""

    NUMBERS = {
        "n_small": lambda rng: str(rng.randint(3, 12)),
        "n_small2": lambda rng: str(rng.randint(2, 9)),
        "n_mid": lambda rng: str(rng.randint(25, 180)),
        "n_mid2": lambda rng: str(rng.randint(120, 480)),
        "n_big": lambda rng: vn_number(rng.randrange(500, 2600, 10)),
        "money": lambda rng: vn_money(rng.randrange(200_000, 1_500_001, 100_000)),
        "money_total": lambda rng: vn_money(rng.choice([rng.randrange(15, 950) * 1_000_000,
                                                        rng.randrange(11, 45) * 100_000_000])),
        "percent": lambda rng: f"{rng.uniform(85, 99.9):.1f}".replace(".", ","),
    }

    def __init__(self, rng: random.Random, values: dict[str, str]):
        super().__init__(values)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        if key in self.NUMBERS:
            return self.NUMBERS[key](self.rng)
        raise KeyError(key)


# ---- people ------------------------------------------------------------------------

class People:
    """The ward's officials and the reporters who sign its news, fixed per portal
    (the same chairman appears in every article, as on a real portal)."""

    def __init__(self, spec: PortalSpec):
        rng = random.Random(f"{SEED}:{spec.slug}:people")
        kind = spec.ward_name.split()[0].lower()
        names: set[str] = set()
        self.officials: dict[str, tuple[str, str]] = {}
        for role, position in topics.POSITIONS.items():
            name = self._new_name(rng, names)
            rank = rng.choice(topics.RANKS[role]) + " " if role in topics.RANKS else ""
            self.officials[role] = (rank + name, position.format(kind=kind))
        self.guest = (self._new_name(rng, names), rng.choice(topics.GUEST_POSITIONS))
        reporters: set[str] = set()
        while len(reporters) < 5:
            first, second = rng.choice(topics.BYLINE_FIRST), rng.choice(topics.BYLINE_SECOND)
            if first != second:
                reporters.add(f"{first} {second}")
        self.reporters = sorted(reporters)

    def address(self, role: str) -> str:
        """How a text names the official: "đồng chí Đào Đại Giang", or the rank
        alone for officers ("Thượng tá Lý Hoàng Giang")."""
        name = self.officials[role][0]
        return name if role in topics.RANKS else f"đồng chí {name}"

    @staticmethod
    def _new_name(rng: random.Random, taken: set[str]) -> str:
        while True:
            surname, middle = rng.choice(topics.SURNAMES), rng.choice(topics.MIDDLE_NAMES)
            name = f"{surname} {middle} {rng.choice(topics.GIVEN_NAMES)}"
            if name not in taken:
                taken.add(name)
                return name


# ---- articles ----------------------------------------------------------------------

class ArticleWriter:
    """Writes one article at a time for a portal, drawing from the given RNG."""

    def __init__(self, spec: PortalSpec, rng: random.Random,
                 taken_titles: set[str] | None = None, taken_slugs: set[str] | None = None,
                 taken_files: set[str] | None = None):
        self.spec = spec
        self.rng = rng
        self.people = People(spec)
        self.kind = spec.ward_name.split()[0].lower()             # "phường" / "xã"
        self.ward = f"{self.kind} {spec.ward_name.split(' ', 1)[1]}"
        province_kind = "thành phố" if spec.province in _CITIES else "tỉnh"
        self.province = f"{province_kind} {spec.province}"
        self.party_committee = ("Thành ủy " if province_kind == "thành phố" else "Tỉnh ủy ") + spec.province
        self.taken_titles = taken_titles if taken_titles is not None else set()   # lower case
        self.taken_slugs = taken_slugs if taken_slugs is not None else set()
        self.taken_files = taken_files if taken_files is not None else set()   # attachment paths
        self.section_keys = [section.key for section in spec.sections]

    # -- the article --

    def article(self, article_id: int, published: datetime) -> ReplicaArticle:
        rng = self.rng
        section, topic = self._section_and_topic(published.date())
        context = self.context(published)
        title = self._title(topic, context)
        paragraphs = self._paragraphs(topic, context)
        credit_line, authors, unit = self._credit()
        slug = self._unique_slug(title)
        shown_title = title.upper() if rng.random() < 0.2 else title
        article = ReplicaArticle(
            id=article_id,
            section=section,
            slug=slug, title=shown_title,
            lead=self._fill(rng.choice(topic["leads"]), context) if rng.random() < 0.7 else None,
            paragraphs=paragraphs, published=published,
            credit_line=credit_line, authors=authors, source_unit=unit,
            images=self._images(topic, context, slug, article_id, published, len(paragraphs)),
            attachments=self._attachments(topic, section, context, published),
            views=rng.randint(40, 4800),
            end_mark=rng.choice(["./.", "./.", "./.", "/."]) if rng.random() < 0.4 else None,
        )
        return _nfc(article)

    def edit(self, article: ReplicaArticle) -> None:
        """Change one paragraph of a published article (a correction or an addition)."""
        context = self.context(article.published)
        index = self.rng.randrange(len(article.paragraphs))
        addition = self._fill(self.rng.choice(topics.EDIT_ADDITIONS), context)
        article.paragraphs = list(article.paragraphs)
        article.paragraphs[index] = unicodedata.normalize("NFC", f"{article.paragraphs[index]} {addition}")

    def _section_and_topic(self, day: date) -> tuple[str, dict]:
        """A section first (the first, main one weighs 1.5, the others 1), then a
        topic of that season filed under it, so every section gets articles."""
        candidates = {key: [t for t in topics.TOPICS if self._variants(t, day) and key in t["sections"]]
                      for key in self.section_keys}
        keys = [key for key in self.section_keys if candidates[key]]
        weights = [1.5 if key == self.section_keys[0] else 1.0 for key in keys]
        section = self.rng.choices(keys, weights=weights)[0]
        topic = self.rng.choice(candidates[section])
        return section, self.rng.choice(self._variants(topic, day))

    def _variants(self, topic: dict, day: date) -> list[dict]:
        """The topic's variants (a variant's keys override the topic's) that fit
        the day's month and year and the kind of unit; [] when none does."""
        def fits(entry):
            return ((not entry.get("months") or day.month in entry["months"])
                    and (not entry.get("years") or day.year in entry["years"])
                    and (not entry.get("kinds") or self.kind in entry["kinds"]))
        merged = [{**topic, **variant} for variant in topic.get("variants", [{}])]
        return [entry for entry in merged if fits(entry)]

    def context(self, published: datetime) -> dict[str, str]:
        """Values for every placeholder of topics.PLACEHOLDERS."""
        rng = self.rng
        event = published.date() - timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
        padded = rng.random() < 0.5
        event_date = f"{event.day:02d}/{event.month:02d}/{event.year}" if padded else \
            f"{event.day}/{event.month}/{event.year}"
        hamlet, hamlet2 = rng.sample(self.spec.hamlets, 2)
        separator = rng.choice([" – ", " – ", ", ", " - "])
        officials = {role: f"{self.people.address(role)}{separator}{position}"
                     for role, (_, position) in self.people.officials.items()}
        leader_role = rng.choice(["chair", "chair", "secretary", "vice"])
        indicators = rng.randint(15, 22)
        values = {
            "When": rng.choice(topics.WHEN).format(date=event_date), "date": event_date,
            "year": str(event.year), "next_year": str(event.year + 1), "month": str(event.month),
            "month_year": f"{event.month}/{event.year}",
            "ward": self.ward, "Ward": _capitalise(self.ward), "kind": self.kind, "Kind": _capitalise(self.kind),
            "hamlet": hamlet, "Hamlet": _capitalise(hamlet), "hamlet2": hamlet2, "province": self.province,
            "party_committee": self.party_committee,
            "leader": officials[leader_role],
            "leader_name": self.people.address(leader_role),
            "ratio": f"{indicators - rng.randint(0, 2)}/{indicators}",
        }
        values.update({role: text for role, text in officials.items() if role in topics.PLACEHOLDERS})
        for kind in _DOCUMENT_KINDS:
            number, reference = self._document(kind, event)
            values[f"{kind}_no"], values[f"{kind}_ref"] = number, reference
        return _Context(rng, values)

    def _document(self, kind: str, event: date) -> tuple[str, str]:
        """("Kế hoạch số 45/KH-UBND", "Kế hoạch số 45/KH-UBND ngày 23/8/2025"): the
        number grows through the year, as a register's numbers do."""
        signed = event - timedelta(days=self.rng.randint(3, 20))
        number = max(1, int(signed.timetuple().tm_yday * self.rng.uniform(0.6, 1.4)))
        name, code = _DOCUMENT_KINDS[kind]
        label = f"{name} số {number}/{code}-UBND"
        return label, f"{label} ngày {signed.day}/{signed.month}/{signed.year}"

    @staticmethod
    def _fill(template: str, context: dict[str, str]) -> str:
        """A template filled in; a sentence that opens with a placeholder
        ("{leader} phát biểu ...") still starts with a capital."""
        return _capitalise(template.format_map(context))

    def _title(self, topic: dict, context: dict[str, str]) -> str:
        """A title no other article of the portal has (re-drawing the template
        and the hamlet before falling back to naming the date)."""
        for _ in range(12):
            title = self._fill(self.rng.choice(topic["titles"]), context)
            if title.lower() not in self.taken_titles:
                break
            context["hamlet"], context["hamlet2"] = self.rng.sample(self.spec.hamlets, 2)
            context["Hamlet"] = _capitalise(context["hamlet"])
        else:
            title = f"{title} ngày {context['date']}"
        self.taken_titles.add(title.lower())
        return title

    def _unique_slug(self, title: str) -> str:
        """slugify(title), with "-2", "-3" ... when taken (as WordPress does): two
        long titles can share their first 80 characters."""
        slug, number = slugify(title), 2
        while slug in self.taken_slugs:
            suffix = f"-{number}"
            slug = slugify(title)[:SLUG_LENGTH - len(suffix)].rstrip("-") + suffix
            number += 1
        self.taken_slugs.add(slug)
        return slug

    def _paragraphs(self, topic: dict, context: dict[str, str]) -> list[str]:
        """Opening, attendees, 1+ body paragraphs in their written order, closing:
        3 to 8 paragraphs and at least 150 words."""
        rng = self.rng
        head = [self._fill(rng.choice(topic["openings"]), context)]
        if topic["attendees"]:
            head.append(self._attendees(context))
        body_pool = topic["body"]
        chosen = sorted(rng.sample(range(len(body_pool)), rng.randint(1, len(body_pool))))
        closing = [self._fill(rng.choice(topic["closings"]), context)] if rng.random() < 0.8 else []

        follow_ups = list(topics.FOLLOW_UPS["event" if topic["attendees"] else "notice"])
        rng.shuffle(follow_ups)

        def assemble():
            return head + [self._fill(body_pool[i], context) for i in chosen] + extra + closing

        extra: list[str] = []
        paragraphs = assemble()
        while len(" ".join(paragraphs).split()) < 150 or len(paragraphs) < 3:
            missing = [i for i in range(len(body_pool)) if i not in chosen]
            if missing:
                chosen = sorted(chosen + [rng.choice(missing)])
            elif not closing:
                closing = [self._fill(rng.choice(topic["closings"]), context)]
            elif follow_ups:
                extra.append(self._fill(follow_ups.pop(), context))
            else:
                break
            paragraphs = assemble()
        return paragraphs[:8]

    def _attendees(self, context: dict[str, str]) -> str:
        """"Tham dự có đồng chí A – Bí thư ...; đồng chí B – Chủ tịch ...; cùng ..." (portals.md 4.4)."""
        rng = self.rng
        roles = ["secretary", "chair", "standing", "vice", "council_vice", "front"]
        present = sorted(rng.sample(range(len(roles)), rng.randint(2, 4)))
        separator = " – " if " – " in context["leader"] else ", " if ", " in context["leader"] else " - "
        chain = []
        if rng.random() < 0.25:
            name, position = self.people.guest
            chain.append(f"đồng chí {name}{separator}{position.format(province=self.province, party_committee=self.party_committee)}")
        for index in present:
            chain.append(f"{self.people.address(roles[index])}{separator}{self.people.officials[roles[index]][1]}")
        tail = rng.choice(topics.ATTENDEE_TAILS).format(kind=self.kind)
        intro = rng.choice(topics.ATTENDEE_INTROS)
        return f"{intro} {'; '.join(chain)}; {tail}."

    def _images(self, topic, context, slug, article_id, published, paragraph_count) -> list[ReplicaImage]:
        rng = self.rng
        captions = [self._fill(c, context) for c in topic["captions"]]
        weights = [15, 30, 25, 18, 12] if captions else [75, 25, 0, 0, 0]
        # Not many more photos than captions: a caption-less photo is the exception.
        count = min(rng.choices(range(5), weights=weights)[0], len(captions) + 1)
        rng.shuffle(captions)
        folder = self._media_folder(published)
        stem = "-".join(slug.split("-")[:5])
        # Mostly after a paragraph; now and then above the first one (-1).
        places = sorted(-1 if rng.random() < 0.1 else rng.randrange(paragraph_count) for _ in range(count))
        images = []
        for number, place in enumerate(places, start=1):
            caption = captions.pop() if captions and rng.random() < 0.75 else None
            images.append(ReplicaImage(path=f"{folder}/{stem}-{article_id}-{number}.jpg",
                                       caption=caption, after_paragraph=place))
        return images

    def _attachments(self, topic, section, context, published) -> list[ReplicaAttachment]:
        rng = self.rng
        kinds = list(topic["documents"])
        chance = 0.65 if section == "thong-bao" else 0.15
        if not kinds or rng.random() >= chance:
            return []
        kinds = kinds[:rng.randint(1, min(2, len(kinds)))]
        if len(kinds) == 1 and rng.random() < 0.2:
            kinds.append("decision" if kinds[0] != "decision" else "plan")
        attachments = []
        for kind in kinds:
            title = context[f"{kind}_no"]
            name = f"{self._media_folder(published)}/{slugify(title)}-{published.year}"
            while f"{name}.pdf" in self.taken_files:
                name += "-1"
            self.taken_files.add(f"{name}.pdf")
            attachments.append(ReplicaAttachment(path=f"{name}.pdf", title=title))
        return attachments

    def _media_folder(self, published: datetime) -> str:
        return self.spec.media_dir.format(yyyy=published.year, mm=f"{published.month:02d}")

    # -- credits (portals.md section 3) --

    def _credit(self) -> tuple[str | None, list[str], str | None]:
        """(credit_line, authors, source_unit): a credit in one of the real forms,
        with the split the archive is expected to make of it."""
        rng = self.rng
        name = rng.choice(self.people.reporters)
        unit = rng.choice(topics.CREDIT_UNITS).format(kind=self.kind)
        if self.spec.credit_style == "nukeviet":
            form = rng.choices(["both", "author", "source", "none"], weights=[70, 12, 8, 10])[0]
            return {
                "both": (f"Tác giả bài viết: {name}\nNguồn tin: {unit}", [name], unit),
                "author": (f"Tác giả bài viết: {name}", [name], None),
                "source": (f"Nguồn tin: {unit}", [], unit),
                "none": (None, [], None),
            }[form]
        other = rng.choice([r for r in self.people.reporters if r != name])
        bracket_unit = rng.choice(topics.CREDIT_BRACKET_UNITS).format(kind=self.kind)
        abbreviation = rng.choice(topics.CREDIT_ABBREVIATIONS)
        signature = self.spec.ward_name.replace(self.spec.ward_name.split()[0], f"Ủy ban nhân dân {self.kind}", 1)
        forms = [
            (14, (f"{name} - {unit}", [name], unit)),
            (8, (f"Tin, ảnh: {abbreviation}", [], abbreviation)),
            (8, (f"Tin, ảnh: {name}", [name], None)),
            (5, ("BBT", [], "BBT")),
            (18, (name, [name], None)),
            (7, (name.upper(), [name.upper()], None)),
            (5, (f"{name}; Trung tâm VH, TT-TT", [name], "Trung tâm VH, TT-TT")),
            (7, (f"{name} ({bracket_unit})", [name], bracket_unit)),
            (6, (signature.upper(), [], signature.upper())),
            (6, (f"Tin: {name} - Ảnh: {other}", [name], None)),   # authors: the writers
            (10, (None, [], None)),
        ]
        return rng.choices([form for _, form in forms], weights=[weight for weight, _ in forms])[0]
