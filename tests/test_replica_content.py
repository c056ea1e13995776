"""The replica's generated content: deterministic, realistic in shape, and its
ground truth (authors, source unit, body) consistent with what it publishes."""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from dataclasses import astuple
from datetime import datetime

import pytest

from ward_replica import topics
from ward_replica.generate import ArticleWriter, build_portal, slugify, vn_money, vn_number
from ward_replica.portals import PORTALS, portals

EDITION_1 = portals(1)
EDITION_2 = portals(2)
ALL_ARTICLES = [(portal, article) for portal in EDITION_1 for article in portal.articles]


def test_builds_are_deterministic():
    assert portals(1) == EDITION_1
    assert portals(2) == EDITION_2


def test_every_portal_has_enough_articles_over_several_sections():
    for portal in EDITION_1:
        assert len(portal.articles) >= 60, portal.slug
        used = Counter(article.section for article in portal.articles)
        assert len(used) >= 2, portal.slug
        assert set(used) <= {section.key for section in portal.sections}


def test_articles_are_newest_first_with_unique_ids_slugs_and_titles():
    for portal in EDITION_1 + EDITION_2:
        keys = [(a.published, a.id) for a in portal.articles]
        assert keys == sorted(keys, reverse=True), portal.slug
        for attribute in ("id", "slug", "title"):
            values = [getattr(a, attribute) for a in portal.articles]
            assert len(set(values)) == len(values), (portal.slug, attribute)


def test_ids_grow_with_the_publication_date():
    for portal in EDITION_1 + EDITION_2:
        by_date = sorted(portal.articles, key=lambda a: (a.published, a.id))
        assert [a.id for a in by_date] == sorted(a.id for a in portal.articles), portal.slug


def test_several_articles_share_a_date_and_some_have_no_time():
    for portal in EDITION_1:
        per_day = Counter(article.published.date() for article in portal.articles)
        assert sum(count > 1 for count in per_day.values()) >= 3, portal.slug
        timed = sum(article.has_time for article in portal.articles)
        assert 0.5 < timed / len(portal.articles) < 0.9, portal.slug
    for _, article in ALL_ARTICLES:
        assert datetime(2025, 7, 1) <= article.published < datetime(2026, 11, 21)
        assert article.published.second == 0 and article.published.microsecond == 0


def test_credit_ground_truth_matches_the_credit_line():
    forms = Counter()
    for portal, article in ALL_ARTICLES:
        line = article.credit_line
        if line is None:
            assert article.authors == [] and article.source_unit is None
            continue
        for author in article.authors:
            assert author in line, (line, author)
        if article.source_unit is not None:
            assert article.source_unit in line, line
        assert article.authors or article.source_unit, line
        forms[re.sub(r"[^\W\d_]+", "w", line)] += 1
    assert len(forms) >= 8, forms        # many credit shapes, not one


def test_credit_forms_follow_the_spec_style():
    nukeviet = next(p for p in EDITION_1 if p.platform == "nukeviet")
    credits = [a.credit_line for a in nukeviet.articles if a.credit_line]
    assert all(line.startswith(("Tác giả bài viết: ", "Nguồn tin: ")) for line in credits)
    assert any("\nNguồn tin: " in line for line in credits)
    plain = [a for p in EDITION_1 if p.platform != "nukeviet" for a in p.articles]
    assert any(a.credit_line == "BBT" and a.source_unit == "BBT" for a in plain)
    assert any(a.credit_line and a.credit_line.isupper() and a.source_unit == a.credit_line for a in plain)
    assert sum(a.credit_line is None for a in plain) / len(plain) < 0.2


def test_all_text_is_nfc():
    for _, article in ALL_ARTICLES:
        texts = [article.title, article.lead, article.credit_line, *article.paragraphs, *article.authors,
                 article.source_unit, *(image.caption for image in article.images),
                 *(attachment.title for attachment in article.attachments)]
        for text in filter(None, texts):
            assert unicodedata.normalize("NFC", text) == text, text


def test_paragraphs_are_single_prose_paragraphs_without_end_marks():
    for _, article in ALL_ARTICLES:
        assert 3 <= len(article.paragraphs) <= 8
        assert 150 <= len(article.body_text.split()) <= 600, article.title
        for paragraph in article.paragraphs:
            assert "\n" not in paragraph and "./." not in paragraph and "{" not in paragraph
            assert paragraph == paragraph.strip() and paragraph[0].isupper(), paragraph
        assert article.end_mark in (None, "./.", "/.")


def test_leads_differ_from_the_first_paragraph():
    with_lead = [a for _, a in ALL_ARTICLES if a.lead is not None]
    assert 0.55 < len(with_lead) / len(ALL_ARTICLES) < 0.85
    for article in with_lead:
        assert article.lead != article.paragraphs[0]
        assert article.lead not in article.paragraphs


def test_mix_of_title_case_images_attachments_and_end_marks():
    articles = [a for _, a in ALL_ARTICLES]
    share = lambda test: sum(map(test, articles)) / len(articles)   # noqa: E731
    assert 0.1 < share(lambda a: a.title.isupper()) < 0.3
    assert 0.1 < share(lambda a: bool(a.attachments)) < 0.4
    assert 0.3 < share(lambda a: a.end_mark is not None) < 0.5
    images = [image for a in articles for image in a.images]
    assert 0.15 < sum(image.caption is None for image in images) / len(images) < 0.4
    assert max(len(a.images) for a in articles) == 4 and min(len(a.images) for a in articles) == 0


def test_media_paths_sit_in_the_spec_folder_of_the_publication_month():
    specs = {spec.slug: spec for spec in PORTALS}
    for portal, article in ALL_ARTICLES:
        folder = specs[portal.slug].media_dir.format(yyyy=article.published.year,
                                                     mm=f"{article.published.month:02d}")
        for image in article.images:
            assert image.path.startswith(folder + "/") and image.path.endswith(".jpg")
            assert -1 <= image.after_paragraph < len(article.paragraphs)
        for attachment in article.attachments:
            assert attachment.path.startswith(folder + "/") and attachment.path.endswith(".pdf")
            assert re.fullmatch(r"(Kế hoạch|Quyết định|Thông báo) số \d+/(KH|QĐ|TB)-UBND", attachment.title)
    for portal in EDITION_2:
        paths = [f.path for a in portal.articles for f in a.images + a.attachments]
        assert len(paths) == len(set(paths)), portal.slug


def test_texts_name_the_ward_and_its_hamlets():
    for spec, portal in zip(PORTALS, EDITION_1):
        text = " ".join(a.body_text for a in portal.articles)
        assert spec.ward_name.split(" ", 1)[1] in text
        assert sum(hamlet in text for hamlet in spec.hamlets) >= 3, spec.slug


def test_edition_two_edits_removes_and_adds_articles():
    for first, second in zip(EDITION_1, EDITION_2):
        assert second.edition == 2
        old = {a.id: a for a in first.articles}
        new = {a.id: a for a in second.articles}
        removed, added = set(old) - set(new), set(new) - set(old)
        assert 1 <= len(removed) <= 0.08 * len(old)
        assert len(added) == 5
        assert min(new[i].published for i in added) > max(a.published for a in first.articles)
        edited = [i for i in set(old) & set(new) if old[i] != new[i]]
        assert 0.05 * len(old) <= len(edited) <= 0.15 * len(old)
        for article_id in edited:
            before, after = old[article_id], new[article_id]
            changed = [i for i, (b, a) in enumerate(zip(before.paragraphs, after.paragraphs)) if b != a]
            assert len(changed) == 1 and len(before.paragraphs) == len(after.paragraphs)
            assert astuple(before)[:5] == astuple(after)[:5]      # id, section, slug, title, lead


def test_edition_one_does_not_depend_on_later_editions():
    spec = PORTALS[0]
    assert build_portal(spec, 1).articles == EDITION_1[0].articles
    build_portal(spec, 3)
    assert build_portal(spec, 1) == EDITION_1[0]
    third = build_portal(spec, 3)
    assert len(third.articles) > len(EDITION_2[0].articles) - 10


def test_every_template_fills_from_a_writer_context():
    writer = ArticleWriter(PORTALS[0], random.Random(1))
    context = writer.context(datetime(2025, 12, 30, 9, 0))
    assert topics.PLACEHOLDERS <= set(context) | set(type(context).NUMBERS)
    templates = topics.WHEN + topics.EDIT_ADDITIONS + [t for group in topics.FOLLOW_UPS.values() for t in group]
    for topic in topics.TOPICS:
        for entry in [topic, *topic.get("variants", [])]:
            for key in ("titles", "leads", "openings", "body", "closings", "captions"):
                templates += entry.get(key, [])
        merged = [{**topic, **variant} for variant in topic.get("variants", [{}])]
        for entry in merged:
            assert all(entry.get(key) for key in ("titles", "leads", "openings", "body", "closings")), topic["key"]
    for template in templates:
        filled = template.format_map(context)
        assert "{" not in filled and "}" not in filled, template


@pytest.mark.parametrize("text, slug", [
    ("Phường Bình Lộc trao 1.250 phần quà Tết", "phuong-binh-loc-trao-1-250-phan-qua-tet"),
    ("ĐẠI HỘI ĐẢNG BỘ XÃ THẠCH HÀ: Đoàn kết - Đổi mới", "dai-hoi-dang-bo-xa-thach-ha-doan-ket-doi-moi"),
])
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_slugs_are_ascii_and_short():
    for _, article in ALL_ARTICLES:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", article.slug) and len(article.slug) <= 80
        base = slugify(article.title)
        assert article.slug == base or re.fullmatch(r"[a-z0-9-]+-\d", article.slug) and base.startswith(
            article.slug.rsplit("-", 1)[0]), (article.slug, base)


def test_vietnamese_number_formats():
    assert vn_number(1000) == "1.000"
    assert vn_money(6_000_000) == "6.000.000 đồng"
    assert vn_money(1_100_000_000) == "1,1 tỷ đồng"
    assert vn_money(2_000_000_000) == "2 tỷ đồng"
