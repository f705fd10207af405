"""scripts/heldout_check.py reads each held-out source in its repository's own format (test files through
`ast`, never run) and prints both graders' P / R / F1; built here as small work trees in those formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "heldout_check.py"

NEMO_TEST = """
import pytest
from nemo_skills.evaluation.math_grader import math_equal

@pytest.mark.parametrize("output_pair", [(5, 5.0), ("1/2", 0.5), (5 / 2, "\\\\frac{5}{2}")], ids=str)
def test_correct_examples(output_pair):
    assert math_equal(*output_pair)

@pytest.mark.parametrize("output_pair", [(5, 6), (0, None)], ids=str)
def test_incorrect_examples(output_pair):
    assert not math_equal(*output_pair)
"""

HENDRYCKS_TEST = """
class TestIsEquiv(unittest.TestCase):
    def test_half(self):
        test_in = "1/2"
        test_out = "\\\\frac{1}{2}"
        self.assertTrue(is_equiv(test_in, test_out))

    def test_units2(self):
        test_in = "10\\\\text{ units}"
        test_out = "100 "
        self.assertFalse(is_equiv(test_in, test_out))
"""


MARIO_TEST = """
class TestIsEquiv(unittest.TestCase):
    def test_units(self):
        test_in = "10\\\\text{ units}"
        test_out = "10 "
        self.assertTrue(_test_is_equiv(test_in, test_out, verbose=True))

        test_in = "10\\\\text{ units}"
        test_out = "100 "
        self.assertFalse(_test_is_not_equiv(test_in, test_out, verbose=True))

    def test_helper_only(self):
        self.assertTrue(True)
"""


def _tree(root: Path) -> Path:
    (root / "tests").mkdir(parents=True)
    (root / "tests" / "test_math_equal.py").write_text(NEMO_TEST)
    (root / "modeling").mkdir()
    (root / "modeling" / "math_equivalence_test.py").write_text(HENDRYCKS_TEST)
    (root / "math_evaluation" / "tests").mkdir(parents=True)
    (root / "math_evaluation" / "tests" / "test_is_equiv.py").write_text(MARIO_TEST)
    (root / "benchmarks").mkdir()
    hv = [
        {"split": "benchmarks", "ground_truth": "$\\frac{1}{2}$", "fn_output": "0.5", "tn_output": "2"},
        {"split": "big_math", "ground_truth": "3", "fn_output": "3", "tn_output": "4"},  # the shared split
    ]
    (root / "benchmarks" / "HardVerify-Math.json").write_text(json.dumps(hv))
    geo = [
        {"task_type": "solving", "group_id": "0", "question_type": "seed_question", "answer": 145.0},
        {"task_type": "outcome_judging", "group_id": "0", "question_type": "seed_question",
         "solution": "Step 1: ...\n\nThe answer is ∠BOC = 145°.", "answer": "Correct"},
        {"task_type": "outcome_judging", "group_id": "0", "question_type": "seed_question",
         "solution": "Step 1: ...\n\nThe answer is 35°.", "answer": "Incorrect"},
    ]  # fmt: skip
    (root / "geo_checklist.json").write_text(json.dumps(geo, ensure_ascii=False))
    return root


def test_every_source_is_read_in_its_own_format(tmp_path):
    root = _tree(tmp_path / "repo")
    args = [
        "--tinyv-repo",
        "--mathcheck-repo",
        "--nemo-skills-repo",
        "--hendrycks-math-repo",
        "--mario-eval-repo",
    ]
    cmd = [sys.executable, str(SCRIPT)] + [x for a in args for x in (a, str(root))]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    rows = {line.split(" | ")[0].strip("| "): line.split(" | ")[1:] for line in out.stdout.splitlines()}
    # 1 problem of the benchmarks split -> 2 pairs (big_math is left out); both graded right by mmeval
    assert rows["HardVerify-Math, split benchmarks"][:2] == ["2 (0)", "1.000 / 1.000 / 1.000"]
    assert rows["MathCheck-GEO outcome judging"][:2] == ["2 (0)", "1.000 / 1.000 / 1.000"]
    # 2 literal pairs in both orders = 4 rows; `5 / 2` (not a literal) and the None pair are skipped
    assert rows["NeMo-Skills test_math_equal (both orders)"][0] == "6 (2)"
    assert rows["hendrycks/math is_equiv tests"][:2] == ["2 (0)", "1.000 / 1.000 / 1.000"]
    # two pairs in one method, read in order (the second must differ); a method with no pair is skipped
    assert rows["MARIO_EVAL is_equiv tests"][:2] == ["2 (1)", "1.000 / 1.000 / 1.000"]


def test_no_source_is_a_clear_error():
    out = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "give at least one clone" in out.stderr and not out.stdout


def test_a_clone_without_the_source_file_is_a_clear_error(tmp_path):
    cmd = [sys.executable, str(SCRIPT), "--hendrycks-math-repo", str(tmp_path)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "modeling/math_equivalence_test.py is not in" in out.stderr
    assert "Traceback" not in out.stderr
