"""The blind sets stay blind: each batch's halves are the seeded draw written
down in tests/blind/README.md, and `eval` reports a held-out half as means only
(a tuning-only batch, written to be studied whole, has no held-out half).

Only file names of the held-out halves are read here, never their pages.
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from ward_scraper.extract import evaluate

BLIND = Path(__file__).parent / "blind"
# Batch folder -> the seed of its draw. The draw names the held-out half:
# random.Random(seed).sample(sorted page names of the batch, 15).
DRAWS = {"pages": 20261204, "pages-2": 20261205, "pages-3": 20261206}
HALF = 15
# Batches written to be studied whole: a tuning half only, never a held-out one.
TUNING_ONLY = ("pages-4", "pages-5", "pages-6", "pages-8", "pages-9", "pages-11", "pages-12", "pages-14", "pages-15",
               "pages-17", "pages-18", "pages-19", "pages-22", "pages-23", "pages-24", "pages-26", "pages-27",
               "pages-29", "pages-30", "pages-34", "pages-35", "pages-36",
               "pages-39", "pages-40", "pages-41", "pages-43", "pages-44", "pages-49", "pages-50", "pages-51",
               "pages-52", "pages-53", "pages-54", "pages-56", "pages-57", "pages-58", "pages-59", "pages-60",
               "pages-62", "pages-63", "pages-66", "pages-67", "pages-70", "pages-71", "pages-72",
               "pages-75", "pages-76", "pages-77", "pages-80", "pages-81", "pages-84", "pages-85", "pages-88", "pages-89", "pages-92",
               "pages-96", "pages-97", "pages-98", "pages-102", "pages-103", "pages-106", "pages-107", "pages-109",
               "pages-110", "pages-111", "pages-112", "pages-113", "pages-117", "pages-118", "pages-119",
               "pages-122", "pages-123", "pages-124", "pages-125", "pages-129", "pages-130", "pages-131",
               "pages-137", "pages-138", "pages-139", "pages-140", "pages-145", "pages-146", "pages-147",
               "pages-151", "pages-152", "pages-153", "pages-154", "pages-159", "pages-160", "pages-161", "pages-162",
               "pages-163", "pages-164", "pages-165", "pages-166", "pages-169", "pages-170", "pages-173", "pages-174",
               "pages-177", "pages-179", "pages-181", "pages-183", "pages-185", "pages-187", "pages-189", "pages-191",
               "pages-193", "pages-195", "pages-197", "pages-199", "pages-201", "pages-203", "pages-205", "pages-207",
               "pages-208", "pages-210", "pages-212", "pages-214", "pages-215", "pages-217", "pages-219", "pages-221",
               "pages-223", "pages-225", "pages-227", "pages-228", "pages-230", "pages-232", "pages-234", "pages-236",
               "pages-238", "pages-240", "pages-242", "pages-244", "pages-246", "pages-248",
               "pages-250", "pages-252", "pages-254", "pages-256", "pages-258", "pages-260", "pages-262",
               "pages-264", "pages-266", "pages-268", "pages-270", "pages-272", "pages-274", "pages-276",
               "pages-278", "pages-280", "pages-282", "pages-284", "pages-286", "pages-288",
               "pages-290", "pages-292", "pages-294", "pages-296", "pages-298", "pages-300", "pages-302",
               "pages-304", "pages-306", "pages-308", "pages-310", "pages-312", "pages-314",
               "pages-316", "pages-318", "pages-320", "pages-322", "pages-324", "pages-326", "pages-328",
               "pages-330", "pages-332", "pages-334", "pages-336", "pages-338", "pages-340", "pages-342",
               "pages-344", "pages-346", "pages-348", "pages-350", "pages-352", "pages-354",
               "pages-356", "pages-358", "pages-360", "pages-362", "pages-364", "pages-366",
               "pages-368", "pages-370", "pages-372", "pages-374", "pages-376")
# Batches written to be scored only, never looked at: a held-out half only.
HELDOUT_ONLY = ("pages-7", "pages-10", "pages-13", "pages-16", "pages-20", "pages-21", "pages-25", "pages-28",
                "pages-31", "pages-32", "pages-33", "pages-37", "pages-38", "pages-42",
                "pages-45", "pages-46", "pages-47", "pages-48", "pages-55", "pages-61", "pages-64",
                "pages-65", "pages-68", "pages-69", "pages-73", "pages-74",
                "pages-78", "pages-79", "pages-82", "pages-83", "pages-86", "pages-87",
                "pages-90", "pages-91", "pages-93", "pages-94", "pages-95", "pages-99", "pages-100", "pages-101",
                "pages-104", "pages-105", "pages-108", "pages-114", "pages-115", "pages-116", "pages-120",
                "pages-121", "pages-126", "pages-127", "pages-128", "pages-132", "pages-133", "pages-134",
                "pages-135", "pages-136", "pages-141", "pages-142", "pages-143", "pages-144", "pages-148", "pages-149",
                "pages-150", "pages-155", "pages-156", "pages-157", "pages-158", "pages-167", "pages-168",
                "pages-171", "pages-172", "pages-175", "pages-176", "pages-178", "pages-180", "pages-182",
                "pages-184", "pages-186", "pages-188", "pages-190", "pages-192", "pages-194",
                "pages-196", "pages-198", "pages-200", "pages-202", "pages-204", "pages-206", "pages-209", "pages-211",
                "pages-213", "pages-216", "pages-218", "pages-220", "pages-222", "pages-224", "pages-226", "pages-229",
                "pages-231", "pages-233", "pages-235", "pages-237", "pages-239", "pages-241", "pages-243", "pages-245",
                "pages-247", "pages-249", "pages-257", "pages-259", "pages-261", "pages-263", "pages-265", "pages-267",
                "pages-269", "pages-271", "pages-281", "pages-283", "pages-285",
                "pages-287", "pages-291", "pages-293", "pages-295", "pages-297", "pages-299", "pages-301",
                "pages-303", "pages-305", "pages-307", "pages-309", "pages-311", "pages-313", "pages-315",
                "pages-317", "pages-319", "pages-321", "pages-323", "pages-325", "pages-327", "pages-329",
                "pages-331", "pages-333", "pages-335", "pages-337", "pages-339", "pages-341", "pages-343",
                "pages-345", "pages-347", "pages-349", "pages-351", "pages-353", "pages-355",
                "pages-357", "pages-359", "pages-361", "pages-363", "pages-365", "pages-367",
                "pages-369", "pages-371", "pages-373", "pages-375", "pages-377")


def page_names(folder: Path) -> set[str]:
    return {path.stem for path in folder.glob("*.html")}


@pytest.mark.parametrize("batch", sorted(DRAWS))
def test_each_batch_is_split_by_its_seeded_draw(batch):
    folder = BLIND / batch
    tuning, heldout = page_names(folder / "tuning"), page_names(folder / "heldout")
    assert len(tuning) == len(heldout) == HALF and not tuning & heldout
    assert set(random.Random(DRAWS[batch]).sample(sorted(tuning | heldout), HALF)) == heldout


@pytest.mark.parametrize("batch", sorted(DRAWS) + list(TUNING_ONLY) + list(HELDOUT_ONLY))
def test_every_blind_page_has_its_expectations(batch):
    assert page_names(BLIND / batch / "tuning") | page_names(BLIND / batch / "heldout")
    for half in ("tuning", "heldout"):
        folder = BLIND / batch / half
        assert {path.stem for path in folder.glob("*.json")} == page_names(folder)


@pytest.mark.parametrize("batch", TUNING_ONLY)
def test_a_tuning_only_batch_has_no_held_out_half_and_is_scored(batch):
    assert page_names(BLIND / batch / "tuning") and not (BLIND / batch / "heldout").exists()
    assert batch in {folder.name for _, folder in evaluate.BLIND_BATCHES}


@pytest.mark.parametrize("batch", HELDOUT_ONLY)
def test_a_held_out_only_batch_has_no_tuning_half_and_is_scored(batch):
    assert page_names(BLIND / batch / "heldout") and not (BLIND / batch / "tuning").exists()
    assert batch in {folder.name for _, folder in evaluate.BLIND_BATCHES}


def test_eval_reports_every_batch_and_names_no_held_out_page(tmp_path):
    """A small batch made of gold pages: its tuning half is reported per page,
    its held-out half only as means."""
    gold = evaluate.load_gold()
    batch = tmp_path / "batch"
    for half, pages in (("tuning", gold[:2]), ("heldout", gold[2:4])):
        (batch / half).mkdir(parents=True)
        for page in pages:
            for path in (page.html_path, page.html_path.with_suffix(".json")):
                shutil.copy(path, batch / half / f"{page.platform}-{path.name}")
    gold_dir = tmp_path / "gold" / gold[0].platform
    gold_dir.mkdir(parents=True)
    for path in (gold[0].html_path, gold[0].html_path.with_suffix(".json")):
        shutil.copy(path, gold_dir)

    tuning_only = tmp_path / "tuning-only"
    (tuning_only / "tuning").mkdir(parents=True)
    for path in (gold[4].html_path, gold[4].html_path.with_suffix(".json")):
        shutil.copy(path, tuning_only / "tuning" / path.name)

    heldout_only = tmp_path / "heldout-only"
    (heldout_only / "heldout").mkdir(parents=True)
    for path in (gold[5].html_path, gold[5].html_path.with_suffix(".json")):
        shutil.copy(path, heldout_only / "heldout" / path.name)

    text = evaluate.report(gold_dir.parent, [("batch x", batch), ("batch y", tuning_only), ("batch z", heldout_only)])

    assert "blind batch x, tuning set: 2 pages" in text
    assert "blind batch x, held-out set: 2 pages" in text and evaluate.HELDOUT_NOTE in text
    heldout_part = text.split("held-out set: 2 pages")[1]
    assert "pages with body F1 below trafilatura's:" in heldout_part
    assert "pages with an empty body (F1 < 0.05): 0 of 2" in heldout_part
    for page in gold[2:4]:
        assert page.name not in text
    assert "blind batch y, tuning set: 1 pages" in text and f"blind batch y: {evaluate.TUNING_ONLY_NOTE}" in text
    assert "blind batch z, held-out set: 1 pages" in text
    pooled = text.split("== all held-out sets pooled: 3 pages")[1]
    assert "pages with an empty body (F1 < 0.05): 0 of 3" in pooled
    assert gold[5].name not in text


def test_held_out_pages_have_names_of_their_own_so_the_pooled_score_counts_each_once():
    names = [path.stem for batch in BLIND.glob("pages*") for path in (batch / "heldout").glob("*.html")]
    assert len(names) == len(set(names)) >= 165


def test_a_wrong_field_under_an_ok_verdict_is_counted_as_unflagged():
    """`eval` counts the silent failures: a wrong title, date or body whose
    verdict still says ok (a degraded or failed verdict has flagged it)."""
    [page] = evaluate.load_gold()[:1]
    right = dict(page.expected, quality="ok")

    def extractor_answering(**changes):
        return lambda gold: dict(right, **changes)

    assert evaluate.unflagged_errors(evaluate.evaluate([page], extractor_answering())) == 0
    wrong_title = extractor_answering(title="Trang chủ")
    assert evaluate.unflagged_errors(evaluate.evaluate([page], wrong_title)) == 1
    flagged = extractor_answering(title="Trang chủ", quality="degraded")
    assert evaluate.unflagged_errors(evaluate.evaluate([page], flagged)) == 0
    wrong_body = extractor_answering(body_text="Lượt xem: 12")
    assert evaluate.unflagged_errors(evaluate.evaluate([page], wrong_body)) == 1
    assert "but verdict ok: 1 of 1" in "\n".join(evaluate._comparison(
        evaluate.evaluate([page], wrong_body), evaluate.evaluate([page], extractor_answering())))
