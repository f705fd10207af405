"""Values a sentence lists with "and" (as with "or" or commas), and a tail after a list that states no value.

Found by the `listed_values` family of `scripts/frame_probes.py` (stop 57: 102 of 1,000 built replies broke a check
on stop 56's rules); none comes from a labelled row.
"""

from __future__ import annotations

from mmeval.verifiers import grade, grade_answer


def test_values_listed_with_and_are_a_collection():
    """ "-\\sqrt{2} and \\sqrt{2}" had been one item against the gold's two ("different items")."""
    assert grade_answer("-\\sqrt{2}, \\sqrt{2}", "-\\sqrt{2} and \\sqrt{2}").correct
    assert grade_answer("\\{\\sqrt{2}, 3\\}", "3 and \\sqrt{2}").correct
    assert not grade_answer("\\sqrt{2}", "\\sqrt{2} and 3").correct
    assert not grade_answer("\\sqrt{2}, 3", "\\sqrt{2} and 4").correct
    reply = "The roots are $-\\sqrt{2}$ and $\\sqrt{2}$."
    assert grade("\\{-\\sqrt{2}, \\sqrt{2}\\}", reply).correct
    assert not grade("\\sqrt{2}", reply).correct


def test_relations_joined_by_and_stay_one_set():
    assert grade_answer("(0, 1)", "x > 0 and x < 1").correct
    assert not grade_answer("(0, 2)", "x > 0 and x < 1").correct


def test_a_plural_answer_tail_after_a_list_states_nothing():
    """ "Hence $x=2$ or $x=3$, which are the answers." had been taken whole."""
    reply = "Hence $x=2$ or $x=3$, which are the answers."
    assert grade("2, 3", reply).correct
    assert grade("x = 3 \\text{ or } x = 2", reply).correct
    assert not grade("3", reply).correct


def test_spans_of_pi_are_listed_values():
    """ "The roots are $\\pi$ and $2\\pi$." had been read as its last span, 2\\pi: a span with no digit listed nothing."""
    reply = "The roots are $\\pi$ and $2\\pi$."
    assert grade("\\pi, 2\\pi", reply).correct
    assert not grade("2\\pi", reply).correct
