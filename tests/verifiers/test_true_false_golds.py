"""A gold "True" or "False" with no options is read as its two options would read it (found by a probe at stop 57:
"The statement is false since 3 > 2." had been taken whole, "True, because 2 + 2 = 4." read as 4). The form is
`true_false_golds` (`mmeval.verifiers.testing.forms_extraction`)."""

from __future__ import annotations

import pytest

from mmeval.verifiers import grade


@pytest.mark.parametrize(
    ("gold", "reply"),
    [
        ("True", "The statement is true."),
        ("True", "True, because 2 + 2 = 4."),
        ("False", "The statement is false since 3 > 2."),
        ("False", "No, this is false."),
        ("\\text{False}", "So the claim is false."),
    ],
)
def test_a_true_or_false_gold_reads_the_word_the_reply_says(gold, reply):
    v = grade(gold, reply)
    assert v.correct and v.extracted in ("True", "False")
    other = "False" if "True" in gold else "True"
    assert not grade(other, reply).correct


def test_a_bare_letter_is_no_truth_value():
    """Option letters are the two options' labels, not what a reply without options says."""
    assert not grade("True", "A").correct
    assert not grade("False", "B").correct


@pytest.mark.parametrize(
    ("reply", "meant"),
    [
        ("This statement is not true.", "False"),
        ("The claim is not false, since 3 > 2.", "True"),
        ("So it is not true because the sides differ.", "False"),
    ],
)
def test_a_denied_truth_value_is_the_other(reply, meant):
    """ "This statement is not true." had been taken whole: it names "true", which the options' reading leaves out."""
    v = grade(meant, reply)
    assert v.correct and v.guessed and v.extracted == meant
    assert not grade("True" if meant == "False" else "False", reply).correct


def test_a_truth_value_denied_of_a_clause_stays_unread():
    """ "It is not true that x > 3." denies the clause, not the statement the question asks about."""
    assert not grade("False", "It is not true that x > 3.").correct
    assert not grade("True", "It is not true that x > 3.").correct
