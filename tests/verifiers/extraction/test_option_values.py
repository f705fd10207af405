"""An option's value stated in another form than its text, in a frame that leads in, concludes or remarks that it
matches (the `option_values` family of scripts/frame_probes.py). Built replies, none from a labelled row."""

import pytest

from mmeval.verifiers import grade
from mmeval.verifiers.extraction.fallbacks import drop_connective
from mmeval.verifiers.extraction.sentences import plain_view

FRACTIONS = ["$\\frac{1}{2}$", "$\\frac{1}{3}$", "$\\frac{2}{3}$", "$\\frac{3}{4}$"]
TRENDS = ["increase", "decrease", "stay the same", "cannot be determined"]


def test_a_remark_that_the_value_matches_the_option_is_no_part_of_it():
    assert plain_view("We get \\frac23, which matches the option.") == "We get \\frac23"
    assert grade("C", "We get \\frac23, which matches the option.", choices=FRACTIONS).correct
    assert not grade("12", "We get 2\\sqrt{3}, which agrees with one of the choices.").correct
    assert grade("2\\sqrt{3}", "We get 2\\sqrt{3}, which agrees with one of the choices.").correct


@pytest.mark.parametrize(
    "lead", ["Looking at the figure, ", "Based on the graph, ", "According to the table, "]
)
def test_where_the_value_was_read_is_no_part_of_it(lead):
    assert drop_connective(f"{lead}2 sqrt(3)") == "2 sqrt(3)"
    assert grade("2\\sqrt{3}", f"{lead}2 sqrt(3).").correct
    assert not grade("3", f"{lead}2 sqrt(3).").correct


def test_a_division_sign_in_a_plain_value():
    assert grade("C", "So it is 2÷3.", choices=FRACTIONS).correct
    assert not grade("3", "Therefore, the correct choice is 2÷3.").correct


@pytest.mark.parametrize("reply", ["It decreases.", "The population will be decreasing.", "Decreased."])
def test_a_one_word_option_inflected_as_a_verb(reply):
    assert grade("B", reply, choices=TRENDS).correct
    assert not grade("A", reply, choices=TRENDS).correct


def test_an_inflected_option_denied_or_beside_another_is_none():
    assert not grade("B", "It does not decrease.", choices=TRENDS).correct
    assert not grade("B", "It is not decreasing.", choices=TRENDS).correct
    for gold in ("A", "B"):
        assert not grade(gold, "It increases first and then decreases.", choices=TRENDS).correct


def test_a_short_option_is_not_read_inside_a_longer_word():
    # ("card" is no inflection of option "car", nor "icing" of option "ice": only options of four letters or more
    # are read inflected)
    assert not grade("A", "The card is red.", choices=["car", "bus", "van", "bike"]).correct
    assert not grade("A", "The cake has icing.", choices=["ice", "water", "steam", "fog"]).correct


def test_an_option_stem_alone_is_another_word():
    # ("Sam" is no inflection of option "same")
    options = ["more", "less", "same", "none"]
    assert not grade("C", "Sam has the most apples.", choices=options).correct
    assert grade("C", "They stay the same.", choices=options).correct
