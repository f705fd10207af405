"""A value that is no bare number, written without math delimiters: a fraction, a root, pi, a point, an interval, a
set, a polynomial, a power, in plain text, in markdown bold or with sized brackets, closing a sentence or alone on
the last line.

Found by the `math_values` family of `scripts/frame_probes.py` (stop 57: 75 of 1,000 built replies broke a check on
stop 56's rules); none comes from a labelled row. The form is `plain_math_values`
(`mmeval.verifiers.testing.forms_extraction`); these are the cases each rule is written for, and the readings each
must not take.
"""

from __future__ import annotations

import pytest

from mmeval.verifiers import extract_answer, grade
from mmeval.verifiers.extraction.fallbacks import drop_connective, last_number, math_tail
from mmeval.verifiers.extraction.sentences import (
    mixed_words_as_vulgar,
    plain_value_tail,
    plain_view,
    sentence_number,
    word_number,
)

_WORKING = "We have 8 cases in total.\n"


def test_markdown_bold_around_a_plain_value_is_no_part_of_it():
    """ "So the value is **2√3**." had been taken whole (a sentence, unparseable)."""
    v = grade("2\\sqrt{3}", "So the value is **2√3**.")
    assert v.correct and not v.guessed and v.rule == "math_span"
    assert not grade("3", "So the value is **2√3**.").correct
    assert plain_view("It is 2**(1/4).") == "It is 2**(1/4)"  # (Python's power is no bold)


def test_sized_brackets_of_a_stated_value_are_read_as_brackets():
    """ "The minimum value is \\left(2, -1\\right)." had been taken whole."""
    assert grade("(2, -1)", "The minimum value is \\left(2, -1\\right).").correct
    assert grade("[1, 3)", "So the value is **\\left[1, 3\\right)**.").correct
    assert not grade("[1, 3]", "So the value is \\left[1, 3\\right).").correct


def test_a_fraction_with_one_digit_arguments_is_one_value():
    """ "Thus the result is \\tfrac34." had been taken whole: `\\frac34` needs no braces."""
    for reply in (
        "Thus the result is \\tfrac34.",
        "The minimum value is \\frac34.",
        "It equals \\dfrac{3}{4}.",
    ):
        assert grade("\\frac{3}{4}", reply).correct, reply
        assert not grade("4", reply).correct, reply


def test_an_exponent_in_braces_is_part_of_the_value():
    """ "So the value is 2^{1/4}." had been taken whole and "x^{2} - 1" read as its last number, 1."""
    assert grade("2^{1/4}", "So the value is 2^{1/4}.").correct
    assert grade("2^{1/4}", "So the value is 2^{\\frac{1}{4}}.").correct
    assert grade("x^2 - 1", "So the value is x^{2} - 1.").correct
    assert not grade("1", "So the value is x^{2} - 1.").correct


def test_a_root_of_another_index_is_one_value():
    assert plain_value_tail("The value is \\sqrt[4]{2}.") == "\\sqrt[4]{2}"
    assert grade("2^{1/4}", "Thus the result is \\sqrt[4]{2}.").correct


def test_a_product_with_a_times_sign_is_one_value():
    """ "3 × 10^4" had been read as its exponent, and "3 \\times 10^{4}" only as a guess (its last number)."""
    for reply in ("The value is 3 \\times 10^{4}.", "The value is 3 × 10^4.", "The value is 3\\times10^4."):
        v = grade("3 \\times 10^{4}", reply)
        assert v.correct and not v.guessed, reply
        assert not grade("4", reply).correct, reply


def test_a_verb_of_result_states_a_plain_value():
    assert plain_value_tail("We get x^2-1.") == "x^2-1"
    assert plain_value_tail("This gives \\frac{\\sqrt{2}}{2}.") == "\\frac{\\sqrt{2}}{2}"
    assert grade("\\{1, 2\\}", "This gives \\{2, 1\\}.").correct
    assert grade("(2, -1)", "We get (2,-1).").correct


def test_a_tail_that_states_no_value_leaves_the_plain_value():
    """ "We get \\frac{\\sqrt{2}}{2}, which is the final answer." had been taken whole."""
    assert grade("\\frac{\\sqrt{2}}{2}", "We get \\frac{\\sqrt{2}}{2}, which is the final answer.").correct
    assert grade("(2, -1)", "This gives (2,-1) in total.").correct
    assert grade("[1, 3)", "We get [1, 3), which is the final answer.").correct
    assert not grade("3", "We get [1, 3), which is the final answer.").correct


def test_a_number_of_the_subject_is_no_value_before_a_plain_value():
    """ "The area of triangle 2 is x^{2} - 1." had been read as 1; a value stated before is still two values."""
    assert grade("x^2 - 1", "The area of triangle 2 is x^{2} - 1.").correct
    assert not grade("2", "The area of triangle 2 is x^{2} - 1.").correct
    assert grade("(2, -1)", "The area of triangle 2 is \\left(2, -1\\right).").correct
    assert extract_answer("Since AB is 4, BC is 2√3.").rule != "math_span"
    assert "bracketed" not in extract_answer("Since AB is 4 the point is (1, 2).").reason


@pytest.mark.parametrize("span", ["\\(12\\)", "$12$", "\\(-5\\)", "\\(60°\\)"])
def test_a_number_of_the_subject_is_no_value_before_one_math_span(span):
    """ "The area of triangle 2 is \\(12\\)." had been taken whole: the subject's 2 made the span no single value."""
    gold = {"\\(12\\)": "12", "$12$": "12", "\\(-5\\)": "-5", "\\(60°\\)": "60^\\circ"}[span]
    reply = f"The area of triangle 2 is {span}."
    assert grade(gold, reply).correct
    assert not grade("2", reply).correct
    # (a value stated before the span: not its one value)
    assert "only math" not in extract_answer(f"Since AB is 4, the area is {span}.").reason


def test_the_last_sentence_of_a_worked_reply_states_a_plain_value():
    """ "...\\nSo the value is x^{2} - 1." had been read as its last number, 1 (a guess either way)."""
    v = grade("x^2 - 1", _WORKING + "So the value is x^{2} - 1.")
    assert v.correct and v.guessed and v.rule == "last_math"
    assert not grade("1", _WORKING + "So the value is x^{2} - 1.").correct


def test_the_last_sentence_of_a_worked_reply_states_a_bracketed_value():
    v = grade("[1, 3)", _WORKING + "Thus the result is [1, 3).")
    assert v.correct and v.guessed
    assert grade("(2, -1)", _WORKING + "The area of triangle 2 is **(2, -1)**.").correct
    assert not grade("3", _WORKING + "Thus the result is [1, 3).").correct


def test_a_half_open_interval_alone_on_the_last_line():
    """ "...\\n[1, 3)" had been read as 3: its brackets were counted apart and did not pair."""
    assert math_tail(_WORKING + "[1, 3)") == "[1, 3)"
    assert grade("[1, 3)", _WORKING + "[1, 3)").correct


def test_a_bare_last_line_after_a_short_working_is_the_answer():
    """A working of few words ("Since $a = 7$ and $b = 9$, we substitute.") had left its last line unread."""
    working = "Since $a = 7$ and $b = 9$, we substitute.\n"
    assert grade("x^2 - 1", working + "**x^{2} - 1**").correct
    assert grade("(2, -1)", working + "(2, -1)").correct
    assert grade("2^{1/4}", working + "2^{\\frac{1}{4}}").correct
    assert not grade("9", working + "(2, -1)").correct


def test_a_labelled_last_line_is_no_bare_answer():
    """A few-shot's option line ("(L) 360") is no answer line: the label is never part of a reading."""
    ext = extract_answer("Choices:\n(L) 360")
    assert "(L)" not in (ext.answer or "")


def test_pythons_sqrt_is_part_of_a_plain_value():
    """ "The area of triangle 2 is 2 sqrt(3)." had been taken whole: `sqrt` was a word, not a root."""
    assert plain_value_tail("The area of triangle 2 is 2 sqrt(3).") == "2 sqrt(3)"
    assert grade("2\\sqrt{3}", "The value is **2 sqrt(3)**.").correct
    assert not grade("3", "The value is **2 sqrt(3)**.").correct


def test_a_connective_then_a_bold_value():
    assert grade("2\\sqrt{3}", "Hence, **2 sqrt(3)**.").correct
    assert grade("\\frac{3}{4}", "Hence, **\\frac34**.").correct


def test_a_function_name_before_its_argument_is_math_after_a_connective():
    assert drop_connective("So, 2 sqrt(3).") == "2 sqrt(3)."
    assert drop_connective("So, 2 times more.") == "So, 2 times more."
    assert grade("2\\sqrt{3}", "Hence, 2 sqrt(3).").correct


def test_a_connective_before_a_bare_last_line_after_a_short_working():
    """ "Step 1: $18 - 6 = 12$.\\nHence x^2-1." had been read as its last number, -1 (a working of two words)."""
    reply = "Step 1: $18 - 6 = 12$.\nHence x^2-1."
    assert grade("x^2 - 1", reply).correct
    assert not grade("1", reply).correct and not grade("12", reply).correct
    assert grade("\\{1, 2\\}", "Step 1: $18 - 6 = 12$.\nHence \\{2, 1\\}.").correct


def test_a_check_that_names_nothing_is_a_closing_remark():
    """ "This matches the expected result." after the value had hidden it; a check naming an option is no remark."""
    reply = "Step 1: $18 - 6 = 12$.\nHence x^2-1.\nThis matches the expected result."
    assert grade("x^2 - 1", reply).correct
    named = "Let me check each option.\nThis matches option B."
    assert grade("B", named, choices=["2", "4", "6", "8"]).correct


@pytest.mark.parametrize(
    ("reply", "value", "part"),
    [
        ("It takes 2 and a half hours.", "\\frac{5}{2}", "2"),
        ("The answer is 2 and a half hours.", "\\frac{5}{2}", "2"),
        ("It takes two and a half hours in total.", "2.5", "2"),
        ("The answer is one and a quarter.", "1.25", "1"),
        ("So we need three and two thirds cups.", "\\frac{11}{3}", "3"),
    ],
)
def test_a_mixed_number_in_words_is_one_value(reply, value, part):
    """ "It takes 2 and a half hours." had been correct for a gold 2 (its whole part) and wrong for 5/2."""
    assert grade(value, reply).correct
    assert not grade(part, reply).correct


def test_a_mixed_number_needs_a_fraction_it_can_write():
    assert mixed_words_as_vulgar("2 and two half") == "2 and two half"
    assert mixed_words_as_vulgar("apples and a half") == "apples and a half"
    assert mixed_words_as_vulgar("3 and three quarters") == "3¾"


def test_a_compound_number_with_and_is_its_count():
    """ "The answer is one hundred and five." had been words (the gold 105 wrong)."""
    assert grade("105", "The answer is one hundred and five.").correct
    assert not grade("5", "The answer is one hundred and five.").correct
    assert word_number("one hundred and five of them") is None


def test_a_tail_after_a_number_in_words_states_nothing():
    """ "The answer is forty-two hours, which is the final answer." had been words."""
    assert grade("42", "The answer is forty-two hours, which is the final answer.").correct
    assert not grade("2", "The answer is forty-two hours, which is the final answer.").correct


def test_a_two_letter_metric_unit_against_its_number_leaves_the_number():
    """ "The length of side 2 is 3.5cm." had been read as 2: the glued "3.5cm" was no number to the sentence readers."""
    reply = "The length of side 2 is 3.5cm."
    assert grade("3.5", reply).correct
    assert not grade("2", reply).correct
    assert grade("12", "The area of triangle 2 is 12cm^2.").correct
    # (a name's digits and a one-letter unit stay as written: "x2cm", "40m" may be minutes)
    assert extract_answer("So 3h 40m.").answer != "3h 40 m"


@pytest.mark.parametrize("reply", ["It costs 614.89m^2.", "It costs 614.89m².", "The volume is 614.89m^{3}."])
def test_a_one_letter_unit_with_a_power_against_its_number_is_metres(reply):
    # ("It costs 614.89m^2." had been taken whole: a power makes the one letter a unit, square metres, not minutes)
    assert grade("614.89", reply).correct
    assert not grade("614", reply).correct
    assert not grade("614.89 cm^2", reply).correct


def test_costs_states_a_plain_value():
    assert plain_value_tail("It costs 1/4.") == "1/4"
    assert grade("\\frac{1}{4}", "It costs 1/4.").correct


def test_a_degree_sign_in_latex_is_part_of_a_plain_value():
    """ "We get 45^\\circ in total." had been taken whole."""
    assert plain_value_tail("We get 45^\\circ in total.") == "45^\\circ"
    assert grade("45", "It costs 45^\\circ.").correct
    assert not grade("4", "We get 45^\\circ in total.").correct


@pytest.mark.parametrize(
    ("reply", "gold", "part"),
    [
        ("The expanded form is x² + 2x + 1.", "x^2+2x+1", "1"),
        ("The derivative is 3x².", "3x^2", "3"),
        ("The derivative is x³.", "x^3", "3"),
    ],
)
def test_a_superscript_glyph_in_plain_text_is_a_power(reply, gold, part):
    # (the glyph had left the math unread: "x² + 2x + 1" was read as its last number 1, "3x²" as 3)
    assert grade(gold, reply).correct
    assert not grade(part, reply).correct


@pytest.mark.parametrize(
    ("reply", "gold", "other"),
    [
        ("The area is π cm².", r"\pi", "2"),
        ("The area is 2√5 m².", r"2\sqrt{5}", "2"),
        ("It costs 3.5 cm^2.", "3.5", "2"),
        ("The value is 3.5 m³, which is the final answer.", "3.5", "3"),
        ("The value is 4π cm² ≈ 12.57 cm², which is the final answer.", r"4\pi", "2"),
        ("The value is 5√2 ≈ 7.07.", r"5\sqrt{2}", "7"),
    ],
)
def test_a_unit_power_after_a_value_is_the_units(reply, gold, other):
    # (a superscript glyph is a power in the reply text; after a unit it is the unit's, not math: "π cm²" had been read
    # as its power 2 once glyphs became powers)
    verdict = grade(gold, reply)
    assert verdict.correct
    assert not grade(other, reply).correct


def test_a_caret_power_after_a_number_is_a_units_only_for_a_unit():
    assert sentence_number("It costs 3.5 cm^2.") == "3.5 cm²"
    assert sentence_number("There are 3 x^2 terms.") is None  # (x is no unit: a name's power, math)


@pytest.mark.parametrize(
    "reply", ["The slope is ½.", "It is ½ of the cake.", "The value of k is ½, which is the final answer."]
)
def test_a_vulgar_fraction_on_its_own_in_prose_is_that_fraction(reply):
    # (the glyph had become `\frac{1}{2}`, math inside a sentence: the sentence was taken whole)
    assert grade(r"\frac{1}{2}", reply).correct
    assert not grade("2", reply).correct


@pytest.mark.parametrize("reply", ["The slope is 1⁄3.", "So the answer is 1 ⁄ 3.", "Therefore, m = 1∕3."])
def test_a_fraction_slash_is_a_slash(reply):
    # (U+2044 and U+2215: "1⁄3" had been unparseable, or read as its last number 3, a guessed accept for 3)
    assert grade(r"\frac{1}{3}", reply).correct
    assert not grade("3", reply).correct


def test_a_vulgar_fraction_as_a_power_or_a_factor_keeps_its_place():
    # (as "1/2" it would read as another value: `2^1/2` is 1, not the root of 2)
    assert not grade("1", "So the answer is 2^½.").correct
    assert grade(
        r"\sqrt{2}", "So the answer is 2^½."
    ).correct  # (the power one group: it had been unparseable)
    assert grade(r"\frac{x}{2}", "So the answer is ½x.").correct
    assert grade(r"2\frac{1}{2}", "It takes 2½ hours.").correct  # (after a digit: a mixed number's)


def test_a_fraction_slash_in_a_gold_is_a_slash():
    assert grade("8⁄5", "1.6").correct  # (the gold had been unparseable)
    assert not grade("8⁄5", "5").correct


@pytest.mark.parametrize("reply", ["The change is –8.", "x = –8", "So the answer is (–8)."])
def test_an_en_dash_against_a_number_is_its_sign(reply):
    # (the readers had read 8: a guessed accept for a gold 8)
    assert grade("-8", reply).correct
    assert not grade("8", reply).correct


def test_an_en_dash_between_numbers_or_after_a_label_is_no_sign():
    assert grade("8", "Answer – 8").correct
    assert extract_answer("It is on pages 3–5.").answer != "It is on pages 3--5"
    assert not grade("-5", "It is on pages 3–5.").correct
    assert not grade("-5", "The range is 3–5.").correct  # (a range: not its end with a sign)


@pytest.mark.parametrize(
    ("reply", "last"), [("The range is 3-5.", "5"), ("Most cars get about 40-50 mpg.", "50")]
)
def test_a_hyphen_against_the_number_before_it_is_no_sign(reply, last):
    # (a range or a difference: its end had been read as negative, "-5", "-50")
    assert last_number(reply) == last
    assert not grade(f"-{last}", reply).correct
    assert last_number("So the value is -5.") == "-5"
