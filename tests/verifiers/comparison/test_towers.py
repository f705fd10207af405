"""Power towers are compared by magnitude, instantly, without sympy."""

import time

import pytest

from mmeval.verifiers import Status, grade_answer
from mmeval.verifiers.comparison.towers import compare_towers, parse_tower


@pytest.mark.parametrize(
    ("text", "tower"),
    [("10^{10^{10^{10}}}", [10, 10, 10, 10]), ("9^9^9", [9, 9, 9]), ("{2}^{{3}}", [2, 3]), ("x^2", None)],
)
def test_parse(text, tower):
    assert parse_tower(text) == tower


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ([2, 2, 2], [16], True),
        ([9, 9, 9], [9, 387420489], True),
        ([10, 10, 10, 10], [10, 10], False),
        ([10, 10, 10, 10], [10, 10, 10, 11], False),
        ([3, 3, 3], [7625597484987], True),
        ([3, 3, 3], [7625597484986], False),
    ],
)
def test_compare(gold, pred, same):
    assert compare_towers(gold, pred) is same


def test_grading_a_tower_is_instant():
    t0 = time.monotonic()
    assert grade_answer("10^{10^{10^{10}}}", "10^{10}").status == Status.INCORRECT
    assert grade_answer("2^{2^{2}}", "16").status == Status.CORRECT
    assert time.monotonic() - t0 < 0.5
