"""Golds of several blanks, one answer per line (`forms.gold_parts`), graded part by part in order, and
siunitx / physics quantity macros read as a value and its unit. Rows marked `source` are K12 golds
(`../shared/data/benchmarks/k12/k12.json`, MM-Eureka's K12 test set), shortened where noted."""

from __future__ import annotations

import pytest

from mmeval.verifiers import grade, grade_answer
from mmeval.verifiers.comparison.forms import answer_parts, gold_alternatives, gold_parts


def test_a_gold_of_short_lines_is_its_parts_and_prose_is_not():
    assert gold_parts("96\n376") == ["96", "376"]
    assert gold_parts("(1)$$30$$\n(2)$$24$$") == ["30", "24"]  # labels and delimiters dropped
    assert gold_parts("2;\nx<-\\sqrt{2} or 0<x<1") == ["2", "x<-\\sqrt{2} or 0<x<1"]
    assert gold_parts("(1)3;(2)equal;(3)3, 9") == ["3", "equal", "3, 9"]  # labelled on one line
    assert gold_parts("96") is None and gold_parts("96, 376") is None  # one line: the list rules read it
    assert gold_parts("\\begin{cases} x=1 \\\\\n y=2 \\end{cases}") is None  # an environment
    assert gold_parts("The area is 5 and so\nthe perimeter is the sum of the sides") is None  # prose
    assert gold_parts("x = 2 +\n3") is None  # a line ending in an operator continues on the next
    assert gold_parts("4\u20282") is None  # only a newline separates parts, not U+2028 and the like
    assert gold_parts("\x01\x02\n\x0b\x0c") is None  # control characters are no answer
    assert gold_parts("甲分厂\n乙分厂") == ["甲分厂", "乙分厂"]  # words in Chinese are answers too
    assert gold_parts("| X | 0 | 20 |\n| :--: | ---- | ---- |\n| P | 0.2 | 0.8 |") is None  # a table
    # source: OlympiadBench Gaokao_Physics 8046: names written together (`mqU`, `qB`) are not prose
    two = "$\\frac{\\sqrt{2mqU}}{qB}$\n$\\frac{\\sqrt{2mqU}}{qB}-\\sqrt{\\frac{2mU}{qB^2}-d^2}$"
    assert gold_parts(two) == [
        "\\frac{\\sqrt{2mqU}}{qB}",
        "\\frac{\\sqrt{2mqU}}{qB}-\\sqrt{\\frac{2mU}{qB^2}-d^2}",
    ]


def test_answer_parts_come_from_boxes_lines_or_separators():
    assert answer_parts("6", ["6", "6"]) == ["6", "6"]  # the same value boxed twice is two parts
    assert answer_parts("96; 376", []) == ["96", "376"]
    assert answer_parts("(3,6), (7,8)", []) == ["(3,6)", "(7,8)"]
    assert answer_parts("96\n376", []) == ["96", "376"]


@pytest.mark.parametrize(
    ("source", "gold", "response", "correct"),
    [
        ("k12 9021adc4", "96\n376", "So $x = \\boxed{96}$ and $y = \\boxed{376}$.", True),
        ("k12 9021adc4", "96\n376", "\\boxed{376}, \\boxed{96}", False),  # the blanks swapped
        ("k12 9021adc4", "96\n376", "\\boxed{96}", False),  # one blank left out
        ("k12 9021adc4", "96\n376", "96\n376", True),  # the gold as the reply
        ("k12 e55844f0", "6\n6", "\\boxed{6}\n\\boxed{6}", True),
        ("k12 d79b80d9", "(3,6)\n(7,8)", "\\boxed{(3,6); (7,8)}", True),
        ("k12 d79b80d9", "(3,6)\n(7,8)", "\\boxed{(3,6); (8,7)}", False),
        (
            "k12 8c33dcc7",
            "summer clothing\nwinter clothing",
            "\\boxed{summer clothing}, \\boxed{winter clothing}",
            True,
        ),
        (
            "k12 8c33dcc7",
            "summer clothing\nwinter clothing",
            "\\boxed{winter clothing}, \\boxed{summer clothing}",
            False,
        ),
        (
            "k12 0f6438dc",
            "(1)3;(2)3, quadrilateral;(3)equal;(4)3, 9;(5)3.",
            "(1)3;(2)3, quadrilateral;(3)equal;(4)3, 9;(5)3.",
            True,
        ),
        (
            "k12 688d31b9, two of four parts",
            "(1)$$30\\ \\unit{cm^{2}}$$\n(2)$$\\quantity{24}{cm^{2}}$$",
            "\\boxed{30 \\text{ cm}^2}, \\boxed{24}",
            True,
        ),
    ],
)
def test_k12_multi_part_golds(source, gold, response, correct):
    assert grade(gold, response).correct is correct, source


def test_option_letters_on_several_lines_are_a_set_of_options():
    """source: MathVerse testmini 440 and 555 (golds `C\nD`, `A\nC`: two options right)."""
    assert grade_answer("C\nD", "C, D").correct
    assert grade_answer("C\nD", "D; C").correct  # options in any order
    assert not grade_answer("C\nD", "C").correct
    assert not grade_answer("A\nC", "A, B").correct


def test_swapped_parts_are_a_wrong_answer_not_an_unreadable_one():
    """A tuple's blank answered with a word is not comparable on its own (`pred_unparseable`), but the
    parts swapped are a wrong answer: a part that is wrong decides before one that could not be compared."""
    v = grade("(104,107)\nnorth", "north\n(104, 107)")
    assert v.status.value == "incorrect", v.reason


def test_one_box_per_blank_with_working_between_them():
    """A worked reply boxes each blank where it finds it; as many boxes as the gold has parts are those
    parts, however much prose lies between them (for a single answer, a box followed by prose is an
    intermediate result and dropped)."""
    reply = (
        "(1) The first number is the sum of the sides, so it is $\\boxed{96}$.\n"
        "(2) For the second we multiply the area by four and add the rest, giving $\\boxed{376}$."
    )
    assert grade("96\n376", reply).correct
    assert not grade("376\n96", reply).correct
    assert not grade("96\n376\n5", reply).correct  # a blank left unanswered


def test_grade_answer_compares_parts_too():
    assert grade_answer("96\n376", "96, 376").correct
    assert not grade_answer("96\n376", "376, 96").correct
    assert grade_answer("96\n376", "96\n376").correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("24", "\\qty{24}{cm^2}", True),
        ("24", "\\SI{24}{cm}", True),
        ("24", "\\quantity{24}{cm^{2}}", True),
        ("10500", "\\num{10500}", True),
        ("10500", "\\number{10500}", True),
        ("30", "30\\ \\unit{cm^{2}}", True),
        ("30", "30 \\si{m}", True),
        ("24", "24 \\mathrm{cm^{2}}", True),  # a unit squared inside its macro
        ("24", "\\SI{25}{cm}", False),
        ("24", "25 \\mathrm{cm^{2}}", False),
    ],
)
def test_quantity_macros_and_units_squared_inside_their_macro(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct
    assert grade_answer(answer, gold).correct is correct  # either side the gold


# An answer key's note after its answer (K12): a second accepted form in brackets, or "(not unique)".
@pytest.mark.parametrize(
    ("source", "gold", "response", "correct"),
    [
        ("k12:0e6ed77d", "$$\\dfrac{35}{4}$$(or fill in $$8.75$$)", "The answer is 8.75.", True),
        ("k12:0e6ed77d", "$$\\dfrac{35}{4}$$(or fill in $$8.75$$)", "\\boxed{\\frac{35}{4}}", True),
        ("k12:0e6ed77d", "$$\\dfrac{35}{4}$$(or fill in $$8.75$$)", "\\boxed{8.5}", False),
        ("k12:a6948233", "$$x \\geqslant 2$$(or $$x > 2$$)", "\\boxed{x > 2}", True),
        ("k12:a6948233", "$$x \\geqslant 2$$(or $$x > 2$$)", "\\boxed{x < 2}", False),
        (
            "k12:82a49a3e",
            "$$2.2$$ (not unique, any value close to it is acceptable)",
            "So it is $2.2$.",
            True,
        ),
        ("k12:555caf3e", "$$BD=CE$$ (not unique)", "\\boxed{BD = CE}", True),
    ],
)
def test_k12_keys_with_another_form_or_an_example(source, gold, response, correct):
    assert grade(gold, response).correct is correct, source


def test_gold_alternatives_reads_only_a_bracketed_note():
    assert gold_alternatives("$$\\dfrac{35}{4}$$(or fill in $$8.75$$)") == ["$$\\dfrac{35}{4}$$", "$$8.75$$"]
    assert gold_alternatives("$$2.2$$ (not unique)") == ["$$2.2$$"]
    assert gold_alternatives("x = 1 or x = 2") is None  # a solution set, not a note
    assert gold_alternatives("5 (or five)") is None  # a word is no second form of a number


def test_parts_after_their_labels_on_one_line():
    """ "(1) 2 (2) 3" had been read as numbers side by side (its labels and values), incorrect for the list `2, 3`
    and for a gold of two lines; "(Ⅰ) 375 (Ⅱ) summer clothing" was read as its number. Parts after their labels in
    order ((1), (a), (i), (Ⅰ)) are the answer's parts: the list of their values, each compared with its gold part."""
    assert grade("2, 3", "(1) 2 (2) 3").correct
    assert grade("2, 3", "(a) 2; (b) 3").correct
    assert grade("2\n3", "The answer: (i) 2, (ii) 3").correct
    assert grade("(1) 375\n(2) summer clothing", "(Ⅰ) 375 (Ⅱ) summer clothing").correct
    assert not grade("3\n2", "(1) 2 (2) 3").correct  # parts in order
    assert not grade("2", "(1) 2 (2) 3").correct
    assert not grade("2, 3", "(2) 2 (3) 3").correct  # labels that do not start the series are no parts
