"""We-Math's four-dimensional metrics and DynaMath's official rules and worst-case accuracy, on
hand-computed cases and on outputs scored by the authors' own code (data files in tests/benchmarks/data/,
sources inside them and in NOTICE.md there)."""

from __future__ import annotations

import csv
import doctest
import json
from pathlib import Path

import pytest

from mmeval.benchmarks import fixture_path, get_benchmark
from mmeval.benchmarks.official import dynamath as dyn
from mmeval.benchmarks.official import wemath as wm

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("module", [wm, dyn, "mmeval.benchmarks.options"])
def test_doctests(module):
    import importlib

    mod = importlib.import_module(module) if isinstance(module, str) else module
    assert doctest.testmod(mod).failed == 0


def _hand_groups():
    """Five problems worked by hand: CM (all right), a loose-CM/strict-RM case, RM (all steps wrong),
    IG (steps right, composite wrong) and IK (a step wrong, composite wrong)."""
    rows = [("2steps_1", "2steps_1", True), ("2steps_1", "2steps_2", True), ("2steps_1", "2steps_multi", True),
            ("2steps_2", "2steps_1", True), ("2steps_2", "2steps_2", False), ("2steps_2", "2steps_multi", True),
            ("2steps_3", "2steps_1", False), ("2steps_3", "2steps_2", False), ("2steps_3", "2steps_multi", True),
            ("3steps_1", "3steps_1", True), ("3steps_1", "3steps_2", True), ("3steps_1", "3steps_3", True),
            ("3steps_1", "3steps_multi", False),
            ("3steps_2", "3steps_1", True), ("3steps_2", "3steps_2", False), ("3steps_2", "3steps_3", True),
            ("3steps_2", "3steps_multi", False)]  # fmt: skip
    return wm.group_outcomes(rows)


def test_wemath_four_dimensional_hand_computed():
    m = wm.four_dimensional(_hand_groups())
    assert m["counts"] == {"IK": 1, "IG": 1, "CM_strict": 1, "CM_loose": 2, "RM_strict": 2, "RM_loose": 1}
    # score = (5 - 0.5*IG - RM - IK) / 5
    assert m["strict"]["score"] == pytest.approx(100 * (5 - 0.5 - 2 - 1) / 5)  # 30.0
    assert m["loose"]["score"] == pytest.approx(100 * (5 - 0.5 - 1 - 1) / 5)  # 50.0
    assert m["strict"]["RM"] == pytest.approx(100 * 2 / 3) and m["loose"]["RM"] == pytest.approx(100 / 3)
    assert m["strict"]["IK"] == m["loose"]["IK"] == pytest.approx(20.0)
    acc = wm.step_accuracy(_hand_groups())
    assert acc == {"S1": pytest.approx(100 * 8 / 12), "S2": 100.0, "S3": 0.0}


def test_wemath_missing_results_are_neither_right_nor_wrong():
    groups = wm.group_outcomes([("2steps_9", "2steps_1", True), ("2steps_9", "2steps_multi", False)])
    assert groups["2steps_9"].steps == (True, None)
    assert wm.four_dimensional(groups)["counts"]["IG"] == 0  # step 2 unknown: not "all right"
    assert wm.group_outcomes([("2steps_9", "2steps_2", True)]) == {}  # no step 1: dropped, as the merge does


@pytest.mark.parametrize(
    "reply, letter",
    [("<Thought process>: ... <Answer>: B", "B"), ("<Answer>: <C. 12 cm>", "C"), ("Answer: (C)", None),
     ("The answer is D.", None), ("Answer A, not Answer E", "E"), ("", None)],
)  # fmt: skip
def test_wemath_official_extraction(reply, letter):
    assert wm.extract_option(reply) == letter


def test_wemath_matches_its_official_code_on_testmini_outputs():
    doc = json.loads((DATA / "wemath_official_crosscheck.json").read_text(encoding="utf-8"))
    rows = [(pid, key, wm.extract_option(reply) == gold) for pid, key, gold, reply, _ in doc["rows"]]
    groups = wm.group_outcomes(rows)
    m = wm.four_dimensional(groups, total=525)
    official = doc["official"]
    assert m["counts"] == official["counts"]
    assert f"{m['strict']['score']:.2f}%" == official["score_strict"]
    assert f"{m['loose']['score']:.2f}%" == official["score_loose"]
    for name, value in official["rates"].items():
        dim, _, mode = name.partition("_")
        assert f"{m[mode or 'strict'][dim]:.2f}%" == value, name
    acc = wm.step_accuracy(groups)
    assert [f"{acc[k]:.2f}%" for k in ("S1", "S2", "S3")] == [official[k] for k in ("S1", "S2", "S3")]
    steps = [
        (pid, key, concept, wm.extract_option(reply) == gold)
        for pid, key, gold, reply, concept in doc["rows"]
    ]
    domains = wm.domain_accuracy(steps)
    assert {d: f"{v:.2f}%" for d, v in domains.items()} == official["domains"]


def test_wemath_summary_metrics_from_run_rows():
    bench = get_benchmark("wemath")
    items = bench.load("testmini", fixture_path("wemath"))
    rows = [{"id": i.id, "sample_idx": 0, "correct": not i.id.endswith(":2")} for i in items]
    m = bench.summary_metrics(rows)
    # fixture: two 2-step problems (step 2 wrong, composite right: RM strict, CM loose) and one
    # 3-step problem (step 2 wrong, composite right: the same)
    assert m["counts"]["RM_strict"] == 3 and m["counts"]["CM_loose"] == 3 and m["total"] == 3
    assert m["loose"]["score"] == 100.0 and m["strict"]["score"] == 0.0


@pytest.mark.parametrize(
    "answer, gold, kind, right",
    [("2.094", "2.0944", "float", True), ("2.1", "2.0944", "float", False), ("2π", "6.2832", "float", True),
     ("π", "3.1416", "float", False), ("12 cm", "12", "float", True), ("12", "12.0", "float", True),
     ("B", "B", "multiple choice", True), ("(B) no", "B", "multiple choice", True),
     ("The answer is B", "B", "multiple choice", False), ("May.", "May", "text", True),
     ("June", "May", "text", False), (None, "4", "float", False)],
)  # fmt: skip
def test_dynamath_official_rules(answer, gold, kind, right):
    assert dyn.official_correct(answer, gold, kind) is right


def test_dynamath_worst_case_needs_every_variant():
    rows = [("1", v, True) for v in "123"] + [("2", "1", True), ("2", "2", False), ("2", "3", True)]
    m = dyn.dynamath_metrics(rows)
    assert m["average_case"] == pytest.approx(100 * 5 / 6) and m["worst_case"] == 50.0
    assert m["per_variant"] == {"1": 100.0, "2": 50.0, "3": 100.0}


def test_dynamath_metrics_reproduce_the_published_gpt4o_table():
    """DynaMath's published GPT-4o result table (501 seeds x 10 variants, correct/fail per cell) carries
    its own per-variant totals and per-question counts; the metrics must reproduce them."""
    with open(DATA / "dynamath_GPT4o-result.csv", newline="", encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    header, body = table[0], [r for r in table[1:] if r and r[0].startswith("Q")]
    per_variant_row = next(r for r in table if r[0] == "# of correct per variant")
    rows = [(r[0], header[j].split()[-1], r[j] == "correct") for r in body for j in range(1, 11)]
    m = dyn.dynamath_metrics(rows)
    assert m["n_seeds"] == 501 and m["n_questions"] == 5010
    assert [round(m["per_variant"][str(k)] * 501 / 100) for k in range(1, 11)] == [
        int(x) for x in per_variant_row[1:11]
    ]
    assert all(sum(c == "correct" for c in r[1:11]) == int(r[11]) for r in body)
    assert m["n_seeds_all_right"] == sum(int(r[11]) == 10 for r in body)
    assert m["average_case"] == pytest.approx(100 * sum(int(x) for x in per_variant_row[1:11]) / 5010)


def test_dynamath_summary_from_fixture_rows():
    bench = get_benchmark("dynamath")
    items = bench.load("test", fixture_path("dynamath"))
    assert {i.meta["variant"] for i in items} == {"1", "2", "3"}
    rows = [{"id": i.id, "correct": i.id != "2_v3"} for i in items]
    m = bench.summary_metrics(rows)
    assert m["worst_case"] == pytest.approx(200 / 3) and m["average_case"] == pytest.approx(800 / 9)


def test_score_official_mode_uses_the_official_extraction_and_metrics(tmp_path):
    """`mmeval score --mode official` on We-Math replies: the official letter extraction, and the
    four-dimensional metrics in results.json (worked by hand for the fixture's three problems)."""
    from mmeval.runs.scoring import score_predictions

    records = json.loads((fixture_path("wemath") / "testmini.json").read_text(encoding="utf-8"))
    lines = []
    for i, rec in enumerate(
        records
    ):  # every third reply picks A: 2steps_1:1, 2steps_10:2, 3steps_1:1 and :multi wrong
        letter = "A" if i % 3 == 0 else rec["answer"]
        item_id = f"{rec['ID']}:{rec['key'].split('_')[-1]}"
        lines.append(json.dumps({"id": item_id, "response": f"<Thought process>: ... <Answer>: {letter}"}))
    preds = tmp_path / "preds.jsonl"
    preds.write_text("\n".join(lines) + "\n")
    results = score_predictions("wemath", preds, data=fixture_path("wemath"), mode="official")
    assert results["n_correct"] == 6 and results["protocol"]["scoring_mode"] == "official"
    m = results["benchmark_metrics"]
    assert m["counts"] == {"IK": 1, "IG": 0, "CM_strict": 0, "CM_loose": 2, "RM_strict": 2, "RM_loose": 0}
    assert m["strict"]["score"] == 0.0 and m["loose"]["score"] == pytest.approx(200 / 3)
