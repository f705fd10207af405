"""Golds no rule reads as math (sentences, case analyses, Chinese prose), stated back; and the readings the
gold-as-response check on OlympiadBench's first release found wrong (`scripts/gold_as_response.py --bench
olympiadbench --data /tmp/ob/data --dressed`). Each source is an OlympiadBench item id; the rules are
general, and `statement_cases`, `unit_cases` and `labelled_value_cases` draw them as forms."""

from __future__ import annotations

import pytest

from mmeval.verifiers import grade, grade_answer
from mmeval.verifiers.comparison.prose import same_statement, statement_tokens, words_changed
from mmeval.verifiers.extraction.answer import stated_texts
from mmeval.verifiers.extraction.sentences import quantity_value

ODD = r"All odd $n \geqslant 3$"  # English_Olympiad_Mathematics:1795
MULTIPLE = r"$n$ can be any multiple of 9"  # English_Olympiad_Mathematics:1849
CHINESE = "甲的为4.05，乙的为6"  # Gaokao_Maths:3792


def test_statement_tokens_drop_layout_and_spell_relations_one_way():
    assert statement_tokens(ODD) == ("all", "odd", "n", "≥", "3")
    assert statement_tokens(r"all odd \(n \ge 3\).") == statement_tokens(ODD)
    assert statement_tokens(r"**All odd $ n >= 3 $**") == statement_tokens(ODD)
    assert statement_tokens("ABC") == ("ABC",)  # three points, not a word to lower


@pytest.mark.parametrize(
    "reply",
    [
        r"All even $n \geqslant 3$",  # a word
        r"All odd $n \geqslant 4$",  # the bound
        r"All odd $n \leqslant 3$",  # the relation's direction
        r"All odd $m \geqslant 3$",  # the name
        r"Odd $n \geqslant 3$",  # a word dropped
        r"All odd $n \geqslant 3$ and more",  # words added
        r"All odd $3 \geqslant n$",  # the same tokens in another order
    ],
)
def test_one_change_is_another_statement(reply):
    assert not same_statement(ODD, reply)


def test_an_empty_or_markup_gold_states_nothing():
    assert not same_statement("$$", "$$")  # Gaokao_Physics:7429
    assert not same_statement("**", "**")


def test_stated_texts_are_the_reply_and_all_after_its_last_marker():
    assert stated_texts(f"The answer is {ODD}.") == [f"The answer is {ODD}.", f"{ODD}."]
    assert stated_texts(f"We compute it.\n\n**Answer:** {ODD}")[1] == ODD
    assert stated_texts("x" * 5000) == []  # longer than max_answer_chars


@pytest.mark.parametrize("gold", [ODD, MULTIPLE, CHINESE, "| X | 0 | 1 |\n|---|---|---|\n| P | 0.3 | 0.7 |"])
@pytest.mark.parametrize("dress", ["{g}", "The answer is {g}.", "We compute it.\n\n**Answer:** {g}"])
def test_a_gold_stated_back_is_correct(gold, dress):
    v = grade(gold, dress.format(g=gold))
    assert v.correct, v
    assert not v.guessed


def test_the_statement_reading_names_itself():
    v = grade(MULTIPLE, f"The answer is {MULTIPLE}.")
    assert (v.rule, v.reason) == (
        "statement",
        "after its last answer marker, the reply states the gold's own text",
    )
    assert grade(MULTIPLE, MULTIPLE).reason == "the reply states the gold's own text"


@pytest.mark.parametrize(
    "reply",
    [
        r"The answer is $n$ can be any multiple of 8.",
        r"The answer is $m$ can be any multiple of 9.",
        r"The answer is $n$ cannot be any multiple of 9.",
        "The answer is 甲的为4.05，乙的为7.",
    ],
)
def test_a_changed_statement_is_not_correct(reply):
    gold = CHINESE if "甲" in reply else MULTIPLE
    assert not grade(gold, reply).correct


def test_a_bare_value_gold_is_left_to_the_rules():
    # the statement reading is for golds with words, lines or no parse: `2` vs "2." is the rules' verdict
    assert grade("24", "The answer is 32.").status.value == "incorrect"


def test_words_around_a_math_span_are_part_of_a_prose_answer():
    gold = r"All positive $d < 3$, otherwise the second player wins"
    assert not grade(gold, r"all odd $d < 3$, otherwise the second player wins").correct
    # (with "otherwise" the span alone is no answer either: the gold's condition is not in it; without, the span's
    # words are the gold's, and the words around it decide)
    gold = r"All positive $d < 3$, and the second player wins"
    v = grade(gold, r"all odd $d < 3$, and the second player wins")
    assert not v.correct and "other words (odd)" in v.reason
    assert words_changed(gold, r"all odd $d < 3$") == ["odd"]
    # filler around a value shares no word with the gold: nothing changed
    assert words_changed("The area is 5 square units", r"So we get $5$") == []


def test_quantity_value_keeps_a_value_that_goes_on_as_a_command():
    # stripping every backslash after the value had cut these to their first number
    assert quantity_value(r"$\Omega=-\frac{3}{5} \frac{G M_{\odot}^{2}}{R_{\odot}}$") is None  # Physics:1068
    assert quantity_value(r"$\varphi_{\max }=2 \sqrt{\frac{\sigma r}{ \varepsilon_{0}}}$") is None  # :1169
    assert quantity_value(r"$\tau_{\text {crit }}=9.36 \cdot 10^{-7}$") is None  # :1211
    assert quantity_value("AC is 6.0 cm long") == "6.0"
    gold = r"$\varphi_{\max }=2 \sqrt{\frac{\sigma r}{ \varepsilon_{0}}}$"
    assert grade(gold, f"The answer is {gold}.").correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        (r"\Delta \phi_{C D}=0", "0", True),  # English_Olympiad_Physics:1082
        (r"\Delta \phi=\frac{2 \pi \Delta A}{h}", r"\frac{2 \pi \Delta A}{h}", True),  # :1081
        (r"\tan \beta =\frac{1}{3}", r"\frac{1}{3}", True),  # Gaokao_Physics:7786
        (r"\tan \beta =\frac{1}{3}", r"\frac{1}{2}", False),
        (r"\Delta t = 5", "6", False),
        ("a^2 + b = 0", "0", False),  # an equation, not a name: still not its right-hand side
    ],
)
def test_a_change_or_a_trigonometric_value_of_one_name_is_a_name(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct


def test_labels_that_are_a_change_or_a_trigonometric_value_of_one_name():
    gold = r"\Delta t: -10 \text{ cm}, \Delta \phi: 109 \text{ cm}"
    assert grade_answer(gold, "-10, 109").correct
    assert not grade_answer(gold, "-10, 108").correct
    assert grade_answer("197, -47", r"\tan \beta=197 \text{ cm}, \sin \alpha=-47 \text{ cm}").correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        (r"$\frac{9}{4}$m", r"\frac{9}{4}", True),  # Gaokao_Physics:8025
        (r"$200 \sqrt{3}$ m", r"200 \sqrt{3}", True),  # English_Olympiad_Mathematics:2264
        (r"$\frac{9}{4}$m", r"The answer is $\frac{9}{4}$m.", True),
        (r"$\frac{9}{4}$m", r"\frac{9}{4} \text{ cm}", False),
        (r"$\frac{9}{4}$m", r"\frac{9}{2}", False),
        ("93 kg", "The answer is $93.0$N m.", False),  # the unit after the math is the answer's
    ],
)
def test_a_unit_after_the_math_is_the_values_unit(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        # Gaokao_Maths:5496: labelled values, not the value after the last `=`
        (
            r"$\lambda =\frac{2}{3}$, $\mu =-\frac{1}{3}.$",
            r"The answer is $\lambda =\frac{2}{3}$, $\mu =-\frac{1}{3}$.",
            True,
        ),
        (
            r"$\lambda =\frac{2}{3}$, $\mu =-\frac{1}{3}.$",
            r"The answer is $\lambda =\frac{2}{3}$, $\mu =-\frac{2}{3}$.",
            False,
        ),
        # English_Olympiad_Physics:1065: bare values after the span close the line: one list
        (r"$\frac{1}{3}$ , 0", r"The answer is $\frac{1}{3}$ , 0.", True),
        (r"$\frac{1}{3}$ , 0", r"The answer is $\frac{1}{3}$ , 1.", False),
        ("5", r"The answer is $5$, 6 and 7 are wrong.", True),
    ],
)
def test_what_follows_the_answers_math(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("reply", "extracted"),
    [
        ("The area of the figure is 400.57 cm^2.", "400.57 cm^2"),  # the `unit_powers` form
        ("The answer is the area of the figure, 400.57 cm^2.", "400.57"),
        ("The area of the figure is 114m^2.", "114 m^2"),  # the unit written apart from the value
        ("It is more than 4 cm^2 wide.", None),  # a bound, no value
    ],
)
def test_a_unit_power_is_never_the_value(reply, extracted):
    v = grade("400.57" if "400" in reply else "114", reply)
    if extracted is None:
        assert not v.correct
    else:
        assert v.extracted == extracted and v.correct


def test_a_letter_glued_to_a_bracket_is_a_call_not_options():
    options = ["1", "2", "3"]
    assert not grade("A", "P(A)", choices=options).correct
    assert not grade("A", "The answer is P(A).", choices=options).correct
    assert grade("A", "(A)", choices=options).correct
    assert not grade("A", "(A), (B)", choices=options).correct  # a list of options still names two


def test_a_units_own_words_are_no_prose():
    # scripts/metamorphic_check.py's `unit_words` rewrite: `m²` and "square meters" give one verdict
    for unit in ("m²", " square meters"):
        assert not grade("1000.99", f"not it's not 10 it's 1,000.99{unit}").correct
        assert grade("1000.99", f"so the number is 10 which is 1,000.99{unit}").correct


def test_a_name_abbreviated_in_capitals_is_a_word_label():
    # stop 30 left `S.A. = 1209.84` unread as a named quantity: as a gold it did not parse
    assert grade(r"S.A. $=1209.84$", "1209.84").correct
    assert grade("1209.84", "The answer is S.A. $= 1209.84$ square units.").correct
    assert not grade(r"S.A. $=1209.84$", "Volume = 1209.84").correct
    assert not grade(r"S.A. $=1209.84$", "1300").correct


def test_a_relation_reversed_in_a_prose_gold_is_another_statement():
    """Found by the property `statements` at 600 examples: "all odd $d \\leqslant 0$" had been correct for "All
    odd $d \\geqslant 0$". The parse that compares such spans read `\\geqslant` as a name (d*geqslant*0, which is
    0) and so found both sides equal to 0."""
    gold = "All odd $d \\geqslant 0$"
    assert not grade(gold, "all odd $d \\leqslant 0$").correct
    assert not grade("All odd $d \\geq 3$", "all odd $d \\le 3$").correct
    assert grade(gold, "all odd $d \\geq 0$").correct
