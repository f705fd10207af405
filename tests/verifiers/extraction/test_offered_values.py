"""A reply that offers two values or options and chooses none: no value in it is graded correct (the `hedges` form;
the `offered` family of scripts/frame_probes.py). Built replies, none from a labelled row."""

import pytest

from mmeval.verifiers import grade
from mmeval.verifiers.extraction.sentences import bound_before, offers_alternatives

CHOICES = ["30°", "45°", "60°", "90°"]


@pytest.mark.parametrize(
    ("reply", "end"),
    [
        ("Somewhere between 3/4 and 2/3.", "2/3"),
        ("Somewhere between 45° and 60°.", "60"),
        ("Somewhere between 20 cm and 74 cm.", "74"),
    ],
)
def test_the_second_end_of_a_range_is_no_answer(reply, end):
    assert bound_before(reply, end)
    assert not grade(end, reply).correct


@pytest.mark.parametrize(
    "reply",
    [
        "It's hard to say, 45° or 60°.",
        "I'm not sure; maybe 12, maybe 15.",
        "Perhaps 3/4; perhaps 2/3.",
        "I'm not sure; possibly 12, possibly 15.",
    ],
)
def test_two_values_offered_with_a_sign_or_each_hedged(reply):
    assert offers_alternatives(reply)
    for value in ("60", "15", "2/3", "45", "12", "3/4"):
        assert not grade(value, reply).correct, value


def test_one_hedged_value_alone_is_no_alternative():
    assert not offers_alternatives("Maybe 12 apples are left.")


def test_two_hedged_options_choose_neither():
    for gold in ("B", "C"):
        assert not grade(gold, "I'm not sure; maybe B, maybe C.", choices=CHOICES).correct
    assert grade("B", "The answer is B. Maybe C would also work, but B is best.", choices=CHOICES).correct


def test_alternatives_listed_before_the_sentence_that_chooses_one_are_no_hedge():
    reply = "The third angle is either 60°, 65°, or 70°. Using the formula, we find that it is 65°."
    assert grade("65", reply).correct
    assert not grade("70", reply).correct
    # (alternatives in the last sentence with a number still are: "It could be 5 or 6. I'm not sure.")
    assert not grade("6", "It could be 5 or 6. I'm not sure.").correct


@pytest.mark.parametrize(
    "reply",
    [
        "It is at least B.",
        "It is more than (B).",
        "At least (B).",
        "The angle is at least 45°.",
        "It exceeds 45°.",
    ],
)
def test_an_option_only_bounded_is_not_chosen(reply):
    for gold in "ABCD":
        assert not grade(gold, reply, choices=CHOICES).correct, gold


@pytest.mark.parametrize("reply", ["It is more than (-2).", "The value exceeds 12.", "It exceeded 12."])
def test_a_value_only_bounded_in_brackets_or_by_exceeds_is_no_answer(reply):
    for gold in ("-2", "12"):
        assert not grade(gold, reply).correct, gold


def test_an_option_chosen_beside_a_bound_on_another_is_still_chosen():
    assert grade("B", "B, which is more than A.", choices=CHOICES).correct
    assert grade("B", "The answer is (B), not (C).", choices=CHOICES).correct
    assert not grade("C", "The answer is (B), not (C).", choices=CHOICES).correct
