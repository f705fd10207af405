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


def test_a_denied_truth_value_stays_unread():
    """ "This statement is not true." names "true"; the options' reading takes no denied text (a reject, not a guess)."""
    assert not grade("True", "This statement is not true.").correct
