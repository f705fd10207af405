"""MathVista's official rules: unit cases, and the published verdicts of every shipped output file."""

import json
from pathlib import Path

import pytest

from mmeval.benchmarks import get_benchmark
from mmeval.benchmarks.official.mathvista import edit_distance, normalize_extraction, official_correct

PUBLISHED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "published" / "mathvista"


def _norm(extraction, **kw):
    base = {"choices": None, "question_type": "free_form", "answer_type": "integer", "precision": None}
    return normalize_extraction(extraction, **{**base, **kw})


def test_edit_distance():
    assert edit_distance("", "abc") == 3
    assert edit_distance("flaw", "lawn") == 2
    assert edit_distance("same", "same") == 0


@pytest.mark.parametrize(
    ("extraction", "expected"),
    [("B", "102"), ("(C) 107", "107"), ("(c)", "107"), ("101", "102"), ("122 degrees", "122"), ("", "97")],
)
def test_multiple_choice_maps_letters_and_closest_text(extraction, expected):
    choices = ["97", "102", "107", "122"]
    assert _norm(extraction, choices=choices, question_type="multi_choice", answer_type="text") == expected


def test_integer_current_and_legacy_rules():
    assert _norm("7.5") == "7"  # current official code truncates
    assert _norm("7.5", legacy_integer=True) is None  # the published verdicts' rule
    assert _norm(" 12 ", legacy_integer=True) == "12"
    assert _norm("twelve") is None


def test_float_rounds_to_precision_and_list_is_a_string():
    assert _norm("1.234", answer_type="float", precision=1) == "1.2"
    assert _norm("3", answer_type="float", precision=2) == "3.0"
    assert _norm([2014, 2016], answer_type="list") == "[2014, 2016]"
    assert official_correct("1.2", "1.2 ") and not official_correct(None, "1")


@pytest.mark.skipif(not PUBLISHED.is_dir(), reason="../shared/data/published/mathvista not present")
@pytest.mark.parametrize("name", ["bard", "chatgpt", "claude", "gpt4", "gpt4_2shot_code"])
def test_published_verdicts_reproduced_exactly(name):
    bench = get_benchmark("mathvista")
    items = {i.id: i for i in bench.load("testmini", PUBLISHED / "testmini.json", require_images=False)}
    rows = json.loads((PUBLISHED / "outputs" / f"output_{name}.json").read_text())
    disagreements = [
        pid
        for pid, r in rows.items()
        if bench.official_score(items[pid], r.get("extraction")) != bool(r.get("true_false", False))
    ]
    assert disagreements == []
