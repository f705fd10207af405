"""Words said of a value, answer forms of issue 15 (stop 51): a name and its property in words (`n \\text{ is even}`,
"$f$ is increasing"), a statement after a value (`12 \\text{ is the maximum}`), a negation in prose, and words of one
sense around a value (`4 \\text{ more}`). The hypothesis versions run in `test_properties.py` (`named_properties`,
`value_statements`, `opposite_senses`); these are the cases each rule is written for and the false accepts it removes
(`n \\text{ is odd}` had been graded correct for `n \\text{ is even}`: both had been read as `n`)."""

from __future__ import annotations

import pytest

from mmeval.verifiers import grade, grade_answer


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        # the other property, as a text box or a sentence: wrong (each had been correct)
        ("n \\text{ is even}", "n \\text{ is odd}", False),
        ("x \\text{ is positive}", "x \\text{ is negative}", False),
        ("f \\text{ is increasing}", "f \\text{ is decreasing}", False),
        ("\\alpha \\mathrm{ is acute}", "\\alpha \\text{ is obtuse}", False),
        ("n \\text{ is even}", "n", False),  # the name alone states nothing
        ("n \\text{ is even}", "m \\text{ is even}", False),
        # the same property, stated or bare, either side the gold
        ("n \\text{ is even}", "n \\text{ is even}", True),
        ("n \\text{ is even}", "n is even", True),
        ("n \\text{ is even}", "even", True),
        ("n \\text{ is even}", "\\text{even}", True),
        ("even", "n \\text{ is even}", True),
        ("a_n \\text{ is an arithmetic sequence}", "a_n is an arithmetic sequence", True),
        ("a_n \\text{ is an arithmetic sequence}", "a_n is a geometric sequence", False),
        # a name's property is its answer, read as words (framed), never as a statement dropped after a value
        ("n \\text{ is an even number}", "n \\text{ is even}", True),
        ("f \\text{ is an odd function}", "f \\text{ is odd}", True),
        # the name and its property with no verb, in either order
        ("n \\text{ is odd}", "all odd n", True),
        ("n \\text{ is odd}", "n odd", True),
        ("odd", "\\text{all odd } n", True),
        ("p \\text{ is prime}", "all prime p", True),
        ("n \\text{ is odd}", "all even n", False),
        ("p \\text{ is prime}", "all prime q", False),
        ("\\cos x", "\\cos x", True),  # a function before a name is no property
        ("n \\text{ is odd}", "\\cos n", False),
        # a qualifier after a value is still dropped
        ("R=1", "R=1 \\text{ is both necessary and sufficient}", True),
        ("(3t, 5t)", "(3t, 5t) \\text{ for some integer } t", True),
    ],
)
def test_a_name_and_its_property_in_words(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("even", "$n$ is even.", True),  # the name had been read alone, the reply's only math
        ("\\text{odd}", "The number $n$ is odd", True),
        ("convergent", "$f$ is convergent.", True),
        ("odd", "$n$ is even.", False),
        ("even", "$n$ is not even.", False),
        ("even", "$n$ is even or odd.", False),
        ("x", "The unknown is $x$.", True),  # a name after the verb is the answer still
    ],
)
def test_a_reply_naming_a_property(gold, reply, correct):
    v = grade(gold, reply)
    assert v.correct is correct, v
    if correct and "$n$" in reply:
        assert v.extracted.startswith("n is ") and not v.guessed


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        # another statement about the same value: wrong (each had been correct, the statement dropped on both sides)
        ("12 \\text{ is the maximum}", "12 \\text{ is the minimum}", False),
        ("3 \\text{ is prime}", "3 \\text{ is composite}", False),
        ("x=2 \\text{ is a root}", "x=2 \\text{ is not a root}", False),
        (
            "R=1 \\text{ is both necessary and sufficient}",
            "R=1 \\text{ is necessary but not sufficient}",
            False,
        ),
        (
            "R=1 \\text{ is sufficient but not necessary}",
            "R=1 \\text{ is necessary but not sufficient}",
            False,
        ),
        # the same statement reworded, or left out by one side
        ("R=1 \\text{ is both necessary and sufficient}", "R=1 \\text{ is sufficient and necessary}", True),
        ("12 \\text{ is the maximum}", "12 \\text{ is the maximum value}", True),
        ("12 \\text{ is the maximum}", "12", True),
        ("12", "12 \\text{ is the minimum}", True),
        ("12 \\text{ is the answer}", "12 \\text{ is the final answer}", True),
        ("12 \\text{ is correct}", "12 \\text{ is the right answer}", True),  # words that say nothing of 12
        # a condition is no statement about the value: still dropped
        ("(3t, 5t) \\text{ for some integer } t", "(3t, 5t) \\text{ for any integer } t", True),
        # prose with a negation: the negated word must be the gold's
        ("\\text{sufficient but not necessary}", "necessary but not sufficient", False),
        ("\\text{A is sufficient but not necessary for B}", "A is necessary but not sufficient for B", False),
        ("\\text{not necessary}", "not sufficient", False),
        ("\\text{sufficient but not necessary}", "sufficient, not necessary", True),
        ("\\text{No, it is not possible}", "No", True),  # a bare "No" negates no word of its own
    ],
)
def test_a_statement_about_a_value(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        # the same number in the opposite sense: wrong (each had been correct, the words dropped as unit text)
        ("4 \\text{ more}", "4 \\text{ fewer}", False),
        ("3 \\text{ units to the left}", "3 \\text{ units to the right}", False),
        ("\\text{maximum } 12", "\\text{minimum } 12", False),
        ("3 \\text{ boys}", "3 \\text{ girls}", False),
        ("\\text{a profit of } 40", "\\text{a loss of } 40", False),
        ("4 \\text{ more}", "4 less", False),  # (words after a number outside a text box)
        # the same words, the number alone, or other words that may name the same thing: the number decides
        ("4 \\text{ more}", "4 \\text{ more}", True),
        ("4 \\text{ more}", "4", True),
        ("5 \\text{ red balls}", "5 \\text{ balls}", True),
        ("12 \\text{ sweets}", "12 \\text{ candies}", True),
        ("5 \\text{ students}", "5 \\text{ people}", True),
        ("4 \\text{ more}", "5 \\text{ more}", False),
        # a comparison around the number: its sides swapped is wrong, its words reordered on one side is not
        ("20 \\text{ more boys than girls}", "20 \\text{ more girls than boys}", False),
        ("20 \\text{ more boys than girls}", "20 \\text{ boys more than girls}", True),
        ("20 \\text{ more thanks}", "20 \\text{ thanks more}", True),  # ("thanks" holds no "than")
    ],
)
def test_words_of_opposite_sense_around_a_value(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        # what a one-sentence reply says is possible or exists is its yes or no
        ("\\text{No}", "It is impossible.", True),
        ("\\text{Yes}", "It is impossible.", False),
        ("\\text{Yes}", "Such a configuration exists.", True),
        ("\\text{No}", "Such a configuration does not exist.", True),
        ("No", "There is no such number.", True),
        ("No", "This cannot be done.", True),
        ("\\text{No}", "We tried all cases.\nTherefore, it is impossible.", True),
        # qualified, or math in it: no plain yes or no
        ("Yes", "It is possible only if n is even.", False),
        ("Yes", "It is not always possible.", False),
        ("Yes", "x = 3 exists", False),
        # a yes or no in Chinese, against a Chinese or an English gold
        ("\\text{是}", "是的，可以。", True),
        ("\\text{否}", "不存在这样的数。", True),
        ("否", "不是", True),  # (a bare Chinese gold does not parse as math)
        ("否", "是的", False),
        ("No", "不可能。", True),
        ("\\text{不存在}", "存在", False),
        ("是", "It is possible.", True),
        ("Yes", "是3", False),  # a longer sentence is no yes
        ("是", "是偶数", False),
    ],
)
def test_a_yes_or_no_said_as_what_is_possible(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        # each side framed its own way: the words left, in order, decide
        ("\\text{The first player wins}", "The first player has a winning strategy.", True),
        ("\\text{right triangle}", "It is a right-angled triangle.", True),
        ("\\text{The first player wins}", "The second player has a winning strategy.", False),
        ("\\text{Petya wins}", "Vasya has a winning strategy", False),
        ("\\text{odd function}", "even function", False),
        ("\\text{Petya wins}", "Petya cannot win", False),
        ("\\text{Petya wins}", "Petya and Vasya win", False),  # another name left: not the same words
    ],
)
def test_words_framed_their_own_way_on_each_side(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        # an angle and its period in degrees, against radians (sympy had read `^\circ` as a power of `circ`)
        ("\\frac{\\pi}{3} + 2k\\pi", "60^\\circ + 360^\\circ k", True),
        ("\\frac{\\pi}{3} + 2k\\pi", "60° + k \\cdot 360°", True),
        ("x = 60^{\\circ} + 360^{\\circ} k", "x = \\frac{\\pi}{3} + 2k\\pi", True),
        ("\\frac{\\pi}{3} + \\pi", "60^\\circ + 180^\\circ", True),
        ("\\frac{\\pi}{3} + 2k\\pi", "60^\\circ + 180^\\circ k", False),
        ("\\frac{\\pi}{3} + \\pi", "60^\\circ + 181^\\circ", False),
    ],
)
def test_an_expression_in_degrees_against_radians(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        # a comparison's sides keep their places (each wrong one had been correct: its words all occur in the gold)
        ("\\text{Bob gets more candies than Alice}", "Bob", True),
        ("\\text{Bob gets more candies than Alice}", "Alice", False),
        ("\\text{Bob gets more candies than Alice}", "Alice gets more candies than Bob", False),
        ("\\text{Tom is taller than Jim}", "Jim", False),
        # a condition the gold holds under is part of it
        ("\\text{Alice wins if n is even, Bob otherwise}", "Bob", False),
        ("\\text{Alice wins if n is even, Bob otherwise}", "Alice", False),
        ("\\text{Alice wins if n is even, Bob otherwise}", "Alice if n is even, otherwise Bob", True),
        ("\\text{The first player wins when n is odd}", "The first player wins", False),
        ("\\text{The first player wins when n is odd}", "when n is odd", True),
        ("\\text{Petya will receive the last token}", "Petya", True),
    ],
)
def test_a_prose_gold_answered_with_its_words(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct
