"""MathVista's official rules: unit cases, and the published verdicts of every shipped output file."""

import json
from pathlib import Path

import pytest

from mmeval.benchmarks import get_benchmark
from mmeval.benchmarks.official.mathvista import (
    edit_distance,
    infer_integer_rule,
    normalize_extraction,
    official_correct,
)

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


def _int_record(pid, extraction, prediction, answer_type="integer"):
    return {"pid": pid, "question_type": "free_form", "answer_type": answer_type,
            "extraction": extraction, "prediction": prediction}  # fmt: skip


def test_integer_rule_is_read_off_the_file_records():
    legacy = [_int_record("1", "2.0", None), _int_record("2", "5", "5")]
    current = [_int_record("3", "77.78", "77"), _int_record("4", "N/A", None)]
    assert infer_integer_rule(legacy).rule == "legacy" and infer_integer_rule(legacy).evidence == ("1",)
    assert infer_integer_rule(current).rule == "current" and not infer_integer_rule(current).legacy
    # integer strings, words and float questions tell the two rules apart nowhere
    assert infer_integer_rule([_int_record("5", "7", "7"), _int_record("6", "2.5", "2.5", "float")]).rule == (
        "undetermined"
    )
    assert infer_integer_rule(legacy + current).rule == "conflicting"


ALL_MATHVISTA = ["bard", "chatgpt", "claude", "gpt4", "gpt4_2shot_code", "instruct_blip2_vicuna_13b",
                 "llava_llama_2_13b", "chatgpt_2shot_solution", "claude_2shot_solution"]  # fmt: skip


@pytest.mark.skipif(not PUBLISHED.is_dir(), reason="../shared/data/published/mathvista not present")
@pytest.mark.parametrize("name", ALL_MATHVISTA)
def test_published_verdicts_reproduced_exactly(name):
    bench = get_benchmark("mathvista")
    items = {i.id: i for i in bench.load("testmini", PUBLISHED / "testmini.json", require_images=False)}
    rows = json.loads((PUBLISHED / "outputs" / f"output_{name}.json").read_text())
    bench.prepare_official(list(rows.values()))  # the integer rule this file was scored by
    disagreements = [
        pid
        for pid, r in rows.items()
        if bench.official_score(items[pid], r.get("extraction")) != bool(r.get("true_false", False))
    ]
    assert disagreements == []


@pytest.mark.skipif(not PUBLISHED.is_dir(), reason="../shared/data/published/mathvista not present")
def test_files_scored_by_either_integer_rule_are_told_apart():
    bench = get_benchmark("mathvista")
    rules = {}
    for name in ("gpt4", "gpt4_2shot_code"):
        rows = json.loads((PUBLISHED / "outputs" / f"output_{name}.json").read_text())
        rules[name] = bench.prepare_official(list(rows.values()))["integer_rule"]
    assert rules == {"gpt4": "current", "gpt4_2shot_code": "legacy"}  # "77.78" -> "77"; "2.0" -> None
