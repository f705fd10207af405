"""An absolute tolerance (`grade(..., tolerance=)`): OlympiadBench's `error`, one number or one per gold
item of a list, compared exactly (the decimal text of the tolerance, not its binary float)."""

import pytest

from mmeval.verifiers import grade, grade_answer, grade_batch


def test_a_scalar_tolerance_accepts_within_and_rejects_beyond():
    gold, answer = r"7 \times 10^{35}", r"7.1 \cdot 10^{35}"
    assert not grade(gold, answer).correct  # no tolerance: a different number
    assert grade(gold, answer, tolerance=1e34).correct  # exactly at the bound (1e34 as a float is below it)
    assert not grade(gold, answer, tolerance=[1e33]).correct  # a list of one is that number


def test_a_tolerance_per_gold_item_goes_with_its_item_in_any_order():
    gold, answer = r"7 \times 10^{35}, 0.002", r"0.001, 7.1 \cdot 10^{35}"
    assert grade(gold, answer, tolerance=[1e34, 1e-3]).correct
    assert not grade(gold, answer, tolerance=[1e-3, 1e34]).correct  # each bound belongs to its own item
    assert not grade(gold, answer, tolerance=[1e34, 1e-3, 1.0]).correct  # a list of another length: exact


def test_tolerance_reaches_grade_answer_and_batch_workers():
    assert grade_answer("0.003, 5.233", "0.002, 5.234", tolerance=1e-3).correct
    batch = [
        {"gold": "5.2", "response": "5.3", "tolerance": 0.1},
        {"gold": "5.2", "response": "5.3"},
    ]
    assert [v.correct for v in grade_batch(batch, workers=1)] == [True, False]


@pytest.mark.parametrize("bad", [-1.0, "1e-3", [1e-3, "x"], [], True])
def test_a_bad_tolerance_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="tolerance must be a number"):
        grade("1", "1", tolerance=bad)


def test_small_values_are_compared_relatively_at_sample_points():
    # an absolute 1e-9 had made every expression below 1e-9 equal to every other and to 0
    assert not grade("10^{-10} x", "10^{-11} x").correct
    assert not grade("\\frac{1}{10^{12}} x", "0").correct
    assert not grade("2 \\times 10^(-10)", "2 \\times 10^(-11)").correct
    assert grade("10^{-10} x", "\\frac{x}{10^{10}}").correct
    # identities that cancel in floating point still agree (sympy follows the cancellation)
    assert grade("0", "\\sin^2 x + \\cos^2 x - 1").correct
    assert grade("(x+1000)^2", "x^2 + 2000x + 1000000").correct


def test_values_beyond_a_float_are_no_evidence_of_equality():
    # `2^{2014} x` is inf as a float at every sample point, and inf - 4 is no larger than inf: the
    # relative test had passed, so a constant answer equalled it (found by swapping a MATH-V pair's sides)
    assert not grade_answer("2^{2014} x", "4").correct
    assert not grade_answer("2^2014 x 3^2014", "4").correct
    assert not grade_answer("x 2^{3000}", "x 2^{3001}").correct
    assert grade_answer("2^{3000} x", "2^{2999} \\cdot 2x").correct  # still equal, by sympy
