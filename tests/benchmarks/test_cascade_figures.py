"""`scripts/cascade_check.py`'s per-file figures: the score difference from the official one is also given
over the items whose official verdict the published record shows wrong (`OFFICIAL_ERRORS`), left out."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
_spec = importlib.util.spec_from_file_location("cascade_check", ROOT / "scripts" / "cascade_check.py")
cascade_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cascade_check)

_BASE = {"question_type": "multi_choice", "answer_type": "text", "precision": None, "choices": ["2", "3", "4", "5"],
         "answer": "3", "question": "Find x."}  # fmt: skip


def _row(correct: bool, extracted: str, response: str) -> dict:
    return {"correct": correct, "decided_by": "rules", "rule": "choice_letter", "extracted": extracted,
            "gold": "3", "response": response}  # fmt: skip


def test_the_difference_leaves_out_verdicts_the_record_shows_wrong(tmp_path: Path):
    # item 1: the reply answers B (= 3, the gold), then makes up a question; GPT took that question's D
    made_up = "The answer is B.\n\nQuestion: How many pens?\nSo 5.\nTherefore, the answer is D."
    records = {
        "1": {**_BASE, "response": made_up, "extraction": "D", "true_false": False},
        "2": {**_BASE, "response": "The answer is A.", "extraction": "A", "true_false": False},
        "3": {**_BASE, "response": "The answer is B.", "extraction": "B", "true_false": True},
    }
    path = tmp_path / "output_model.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    rows = {"1": _row(True, "B", made_up), "2": _row(False, "A", "The answer is A."),
            "3": _row(True, "B", "The answer is B.")}  # fmt: skip
    cascade = {"score_rules_only": 66.67, "score_without_judged": 66.67, "judged_routes": {}, "judge_errors": 0,
               "judge_calls": 0, "cache": {"hits": 0}}  # fmt: skip
    res = {"score": 66.67, "cascade": cascade}
    f = cascade_check._figures(path, [(res, rows, {}), (res, rows, {"requests": 0})])
    assert f["official_errors"] == ["1"]
    assert round(f["cascade_score"] - f["official_score"], 2) == 33.34  # item 1 counts against the official
    assert f["diff_excluding_official_errors"] == 0.0  # items 2 and 3 agree
    targets = cascade_check.targets(f)
    assert targets["diff<=0.3"] is False and targets["diff<=0.3 excl. official errors"] is True


def test_a_difference_of_exactly_three_tenths_is_within_target():
    base = {"program_of_thought": False, "judged_share": 5.0, "agreement": 99.5,
            "agreement_excluding_official_errors": 99.5, "second_run_calls": 0, "second_run_same_score": True}  # fmt: skip
    f = {**base, "cascade_score": 26.5, "official_score": 26.8, "diff_excluding_official_errors": -0.3}
    assert (
        cascade_check.targets(f)["diff<=0.3"] and cascade_check.targets(f)["diff<=0.3 excl. official errors"]
    )
    assert not cascade_check.targets({**f, "cascade_score": 26.49})["diff<=0.3"]
