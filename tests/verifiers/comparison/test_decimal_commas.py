"""A decimal written with a comma (`2,74`, `1000,99`, `0,111`), as much of Europe writes it, against the
same decimal with a point; and a currency sign after a value (`12,50 €`).

The form is drawn by the property `decimal_commas` (`mmeval.verifiers.testing.form_strategies`). The rows
below are regression cases from math-verify's own suite (huggingface/Math-Verify `tests/test_all.py`),
all in its check half: the form was written from math-verify's number grammar after the check half showed
that mmeval lacked it, so for this form that half is no longer unseen (see the data README).
"""

from __future__ import annotations

import pytest

from mmeval.verifiers import grade
from mmeval.verifiers.extraction.fallbacks import last_number
from mmeval.verifiers.extraction.numbers import decimal_comma, parse_number


@pytest.mark.parametrize(
    ("gold", "response"),
    [
        ("1000.99", "1000,99"),  # source: Math-Verify tests/test_all.py::test_number_extraction[5]
        ("1,22", "1.22"),  # source: test_number_extraction[6] (the comma on the gold's side)
        ("0,111", "0.111"),  # source: test_number_extraction[17] (a first group of 0 is no thousands group)
    ],
)
def test_math_verify_suite_rows(gold, response):
    verdict = grade(gold, response)
    assert verdict.correct and not verdict.guessed
    assert "decimal comma" in verdict.reason


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2,74", "2.74"),
        ("1000,99", "1000.99"),
        ("0,111", "0.111"),
        ("12,5 m", "12.5 m"),
        ("-3,25", "-3.25"),
        ("1,222", None),  # a thousands separator
        ("12,345", None),
        ("1, 5", None),  # a list: a space after the comma
        ("1,2,3", None),  # a list of three
        ("1,000.99", None),  # a thousands separator before a decimal point
        ("0,0", None),  # a pair of zeros: read as 0.0 it would accept `0`, its first item alone
        ("12,00", None),
        ("x,y", None),
    ],
)
def test_which_commas_are_decimal(text, read):
    assert decimal_comma(text) == read


def test_a_decimal_comma_answers_only_its_own_value():
    assert grade("2.74", "2,74 m").correct
    assert grade("2,74", "2.74").correct
    assert not grade("2.75", "2,74").correct
    assert not grade("1.222", "1,222").correct  # 1,222 is one thousand two hundred and twenty-two
    assert grade("1222", "1,222").correct
    assert not grade("1.5", "1, 5").correct  # a list of two
    assert not grade("(1,5)", "1.5").correct  # a pair
    assert not grade("111", "0,111").correct  # it had been read as the thousands form 111


def test_a_currency_sign_after_the_value():
    assert parse_number("12,50 €") is None  # the comma is read by the comparison, not by the parser
    assert parse_number("12.50 €").value == parse_number("12.5").value
    assert grade("12.5", "12,50 €").correct
    assert grade("12.5", "$12.50$ €").correct
    assert not grade("13.5", "12.50 €").correct


def test_a_sentence_states_a_decimal_comma():
    """A short reply's last number keeps its decimal comma (its last group alone, 74, had been the number);
    a pair in brackets and a list of three stay what they were."""
    for reply in ("The price is 2,74.", "Le prix est 2,74 €.", "the number is not 10 which is 1000,99€"):
        verdict = grade("2.74" if "2,74" in reply else "1000.99", reply)
        assert verdict.correct and verdict.guessed, reply
    assert not grade("74", "The price is 2,74.").correct
    assert not grade("1.2", "The point is (1,2).").correct
    assert grade("3", "The values are 1,2,3.").extracted == "3"


def test_digit_groups_inside_an_expression_are_no_decimal():
    """source: OlympiadBench first release, every solution graded against its own gold
    (`scripts/solution_as_response.py`): a decimal comma stands alone; in a list of triples or of terms it is
    a separator (Chinese_Olympiad_Mathematics:89 had become `-1,1`, English_Olympiad_Mathematics:1789
    `-1,2`); and English_Olympiad_Physics:1000, a solution written with decimal commas, reads `0,44`."""
    assert last_number("满足条件的数列有 3 个: $1,2,3$ 或 $1,2,-2$ 或 $1,-1,1$.") == "1"
    assert last_number("the numbers $2 k-2,2 k-1,2 k$ in the three columns") == "2"
    reply = "$$\\begin{gathered} a \\approx 0,31 \\mathrm{~nm} \\\\ K-K \\approx \\sqrt{2} \\cdot 0,31 \\approx 0,44 \\mathrm{~nm} \\end{gathered}$$"
    assert last_number(reply) == "0,44"
    assert grade("0.44", reply).correct
    assert not grade(
        "0,0", "This value appears as $Le(0,0)$, so $n=k=0$."
    ).correct  # English_Olympiad_Mathematics:3070


def test_a_mantissa_with_a_decimal_comma():
    """source: OlympiadBench first release English_Olympiad_Physics:1006 (`\\approx 3,7 \\cdot 10^{-4}`, whose 7
    had been the number); a mantissa's comma is a decimal comma even before three digits."""
    reply = "$$ \\Delta \\approx \\frac{\\omega^{2} r^{3}}{2 G M} \\approx 3,7 \\cdot 10^{-4} $$"
    assert grade("$3.7 \\times 10^{-4}$", reply).correct
    assert not grade("$3.8 \\times 10^{-4}$", reply).correct
    assert grade("4.471 \\times 10^{-7}", "4,471 \\cdot 10^{-7}").correct
    assert last_number("so the relative change is about 3,7 \\cdot 10^{-4} here") == "3,7 \\cdot 10^{-4}"
    assert decimal_comma("1,234") is None and decimal_comma("1,234 \\times 10^{3}") == "1.234 \\times 10^{3}"


def test_decimal_digits_grouped_by_threes():
    """source: OlympiadBench first release Gaokao_Maths:4494 and :5767 (Chinese textbooks print `0.022 75`,
    `0.682 7`: the digits after the point in groups of three); the parser had read `0.022 75` as a product."""
    assert grade("0.02275", "所以 $P(Y \\leq 980)=\\frac{1-0.954 5}{2}=0.022 75.$").correct
    assert grade("0.0014375", "0.001 437 5").correct
    assert grade("0.0408", "$0.040 8$").correct
    assert not grade("0.0409", "0.040 8").correct
    assert not grade("0.1253", "0.125 3 4").correct  # no grouping by threes: left as it is
