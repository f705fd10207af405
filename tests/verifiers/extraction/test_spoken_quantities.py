"""A one-sentence reply's quantity spelled in words, as a mixed number, in e-notation or with a LaTeX-dressed unit,
after a copula, a verb of result or "costs", perhaps after a subject's own number and before a tail that states no
value (form `spoken_quantities`; the `quantities` family of scripts/frame_probes.py). Built sentences, none from a
labelled row."""

import pytest

from mmeval.verifiers import grade
from mmeval.verifiers.extraction.sentences import sentence_number


@pytest.mark.parametrize(
    ("reply", "gold"),
    [
        ("It costs one quarter.", "1/4"),
        ("It costs three.", "3"),
        ("This yields one half.", "1/2"),
        ("We get one half in total.", "1/2"),
        ("The value is one quarter, which is the final answer.", "1/4"),
    ],
)
def test_a_number_in_words_after_costs_or_a_verb_of_result_and_before_a_tail(reply, gold):
    assert grade(gold, reply).correct


def test_a_share_after_a_verb_of_result_is_no_count_of_its_numerator():
    assert sentence_number("This gives one quarter.") == "1/4"
    assert not grade("1", "This gives one quarter.").correct


@pytest.mark.parametrize(
    ("reply", "gold", "name"),
    [
        ("The measure of angle 2 is one quarter.", "1/4", "2"),
        ("The measure of angle 3 is negative 4.", "-4", "3"),
        ("The area of rectangle 5 is minus 7, which is the final answer.", "-7", "5"),
        ("The measure of angle 2 is 1.2 thousand.", "1200", "2"),
        ("The area of rectangle 6 is twelve, which is the final answer.", "12", "6"),
    ],
)
def test_a_subjects_own_number_names_it_and_the_copula_states_the_value(reply, gold, name):
    assert grade(gold, reply).correct
    assert not grade(name, reply).correct


def test_a_subject_number_reading_needs_a_value_right_after_the_copula():
    # (a passive verb after the copula states no value: the bound's year is not the answer)
    assert sentence_number("Only 10 people were born after 1928.") == "10"
    # (a value stated before the copula's: which one answers is the question's to say)
    assert not grade("5", "Angle 1 is 30 and angle 2 is five.").correct


@pytest.mark.parametrize(
    ("reply", "gold"),
    [
        ("It costs 3.5 \\mathrm{cm}.", "3.5"),
        ("We get 3.5 \\mathrm{cm} in total.", "3.5"),
        ("The value is 8 \\text{ m}, which is the final answer.", "8"),
        ("We get 25 \\% in total.", "25%"),
    ],
)
def test_a_unit_or_percent_sign_dressed_as_latex_after_a_number_is_that_unit(reply, gold):
    assert grade(gold, reply).correct


def test_a_mixed_number_with_a_vulgar_fraction_is_one_value_with_its_unit():
    for reply in ("It costs 3½ cm.", "Therefore, 3½ cm.", "The measure of angle 2 is 3½ cm."):
        assert grade("7/2", reply).correct, reply
        assert not grade("3", reply).correct, reply
    assert not grade("2", "The measure of angle 2 is 3½ cm.").correct


def test_e_notation_is_one_number():
    assert grade("1200", "It costs 1.2e3.").correct
    assert grade("1200", "The measure of angle 2 is 1.2e3.").correct
    assert not grade("2", "The measure of angle 2 is 1.2e3.").correct
    assert not grade("1.2", "It costs 1.2e3.").correct


def test_a_count_that_is_a_mixed_number_is_one_value():
    assert grade("3/2", "There are 1 1/2 pies.").correct
    assert not grade("1", "There are 1 1/2 pies.").correct
    assert not grade("4", "There are 4 4/9 people.").correct
    # (a fraction glued to a word after it is that word's: "1/2-inch")
    assert grade("5", "There are 5 1/2-inch pipes.").correct


def test_a_mixed_number_the_sentence_states_is_one_value():
    assert grade("3/2", "It costs 1 1/2 altogether.").correct
    assert not grade("1", "It costs 1 1/2 altogether.").correct
    assert grade("40/9", "The measure of angle 8 is 4 4/9 altogether.").correct


@pytest.mark.parametrize(
    ("reply", "gold", "other"),
    [
        ("So the total is one million.", "1000000", "1000"),
        ("Therefore, twelve hundred.", "1200", "120"),
        ("There are three thousand people.", "3000", "300"),
        ("The total is twenty-five thousand.", "25000", "25000000"),
    ],
)
def test_a_number_word_and_its_scale_word_in_a_sentence(reply, gold, other):
    verdict = grade(gold, reply)
    assert verdict.correct and verdict.rule == "sentence_number"
    assert not grade(other, reply).correct


def test_a_dozen_is_twelve_and_half_a_dozen_no_dozen():
    assert grade("12", "There are a dozen eggs.").correct
    assert not grade("1", "There are a dozen eggs.").correct
    assert not grade("12", "There are half a dozen eggs.").correct
