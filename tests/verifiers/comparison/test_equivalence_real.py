"""Regression cases from real data (HardVerify-Math, OlympiadBench scoring examples, MathCheck-GSM),
stored with their `source` in data/regression_real.jsonl (Math-Verify style)."""

import json
from pathlib import Path

import pytest

from mmeval.verifiers import grade

CASES = [
    json.loads(line)
    for line in (Path(__file__).parents[1] / "data" / "regression_real.jsonl").open(encoding="utf-8")
]


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['source'][:30]}" for i, c in enumerate(CASES)])
def test_real_case(case):
    verdict = grade(case["gold"], case["response"])
    assert verdict.status.value == case["expected"], (case, verdict)
