"""Issue 15's extraction-side answer forms, as hypothesis forms (mmeval.verifiers.testing.forms_extraction):
every generated case must get its constructed verdict, and no guess may turn into an accept it should not."""

import pytest
from hypothesis import HealthCheck, given, settings

from mmeval.verifiers import grade
from mmeval.verifiers.testing import EXTRACTION_FORMS, Case


def _grade(case: Case):
    return grade(case.gold, case.response, choices=list(case.choices) if case.choices else None)


@pytest.mark.parametrize("name", sorted(EXTRACTION_FORMS))
def test_each_form_gets_its_constructed_verdict(name):
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(EXTRACTION_FORMS[name]())
    def check(case: Case):
        v = _grade(case)
        assert v.correct is case.expect_correct, (case, v)

    check()


@settings(max_examples=80, deadline=None)
@given(EXTRACTION_FORMS["hedges"]() | EXTRACTION_FORMS["unreadable"]())
def test_no_guess_turns_into_an_accept(case: Case):
    v = _grade(case)
    assert not v.correct, (case, v)
    if case.why.startswith(("too deep", "a program")):
        assert v.extracted is None  # no fallback reads a number out of them


def test_fallbacks_say_they_guessed_and_anchors_do_not():
    assert grade("2", "Long text.\n\nWe add 5 and then get 2 at the end of it.").guessed
    assert grade("4", "I count four objects.").guessed  # a sentence's number
    assert grade("B", "Hmm, let me think.\nI would go with B").guessed  # a letter off the last line
    assert not grade("4", "The answer is 4.").guessed
    assert not grade("4", r"so \boxed{4}").guessed
    assert not grade("x<3", r"We find that $x \lt 3$.").guessed  # the reply's only math
