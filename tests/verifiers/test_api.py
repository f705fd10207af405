"""The public API of mmeval.verifiers as written in docs/contracts.md section 1."""

import json

import mmeval.verifiers as V
from mmeval.verifiers import GradeConfig, Status, Verdict, grade, grade_answer, grade_batch


def test_public_names():
    for name in [
        "Verdict",
        "Status",
        "Extraction",
        "GradeConfig",
        "extract_answer",
        "grade_answer",
        "grade",
        "grade_batch",
        "check_format",
    ]:
        assert name in V.__all__ and hasattr(V, name)


def test_status_values():
    assert {s.value for s in Status} == {
        "correct",
        "incorrect",
        "no_answer",
        "pred_unparseable",
        "gold_unparseable",
        "timeout",
    }


def test_verdict_to_dict_is_json_safe():
    v = grade("18", "The answer is $18.")
    d = v.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["status"] == "correct" and d["correct"] is True and d["rule"] == "answer_is"
    assert isinstance(v, Verdict) and v.correct


def test_grade_answer_compares_extracted_answer():
    assert grade_answer("1/2", r"\frac{1}{2}").correct
    assert grade_answer("1/2", "0.6").status == Status.INCORRECT
    assert grade_answer("", "1").status == Status.GOLD_UNPARSEABLE
    assert grade_answer("1", None).status == Status.NO_ANSWER


def test_grade_batch_keeps_input_order():
    items = [{"gold": str(i), "response": f"The answer is {i if i % 3 else i + 1}."} for i in range(30)]
    out = grade_batch(items, workers=2)
    assert [v.gold for v in out] == [str(i) for i in range(30)]
    assert [v.correct for v in out] == [i % 3 != 0 for i in range(30)]


def test_grade_config_validates():
    try:
        GradeConfig(timeout_s=0)
    except ValueError as exc:
        assert "timeout_s" in str(exc)
    else:
        raise AssertionError("timeout_s=0 accepted")


def test_a_gold_with_its_letter_set_in_a_macro():
    """AMC answer keys write `\\textbf{(C) } 12` or `\\mathrm{(C)}\\ 12`: the letter alone, and the option's value,
    had been graded incorrect against it. It is a letter and its option's text, as "(C) 12" is."""
    for answer in ["C", "(C)", "12", "The answer is (C).", "$\\boxed{\\textbf{(C) } 12}$"]:
        assert grade("\\textbf{(C) } 12", answer).correct, answer
    assert grade("$\\mathrm{(B)}\\ \\frac{1}{2}$", "0.5").correct
    for answer in ["B", "13", "(D)"]:
        assert not grade("\\textbf{(C) } 12", answer).correct, answer
