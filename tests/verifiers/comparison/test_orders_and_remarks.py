"""Two answer forms of issue 15 written as rules (stop 50): a chain of order relations read from its other end, and a
remark in words that closes an answer (a neutral note, or one that rejects a value). The hypothesis versions run in
`test_properties.py` (`order_chains`, `closing_remarks`); these are the cases each rule is written for and the false
accepts it must not make."""

from __future__ import annotations

import pytest

from mmeval.verifiers import grade, grade_answer
from mmeval.verifiers.comparison.forms import closing_remark, order_chain, system_values, without_real_domain


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("a > b > c", "c < b < a", True),
        ("c < b < a", "a > b > c", True),
        ("a \\geq b > c", "c < b \\leq a", True),
        ("a \\geqslant b > c", "c<b≤a", True),
        ("b > a > c", "c < a < b", True),
        ("x > 2", "2 < x", True),
        ("-1 < x < 3", "3 > x > -1", True),
        # the operands compared as values, not as text
        ("\\log_2 3 > 1 > \\frac{1}{2}", "0.5 < 1 < \\log_{2} 3", True),
        # another order, another strictness, the operands reversed with their signs kept
        ("a > b > c", "c < a < b", False),
        ("a > c > b", "c < b < a", False),
        ("a \\geq b > c", "c < b < a", False),
        ("a > b > c", "c > b > a", False),
        ("a > b > c", "c>b>a", False),
        ("a > b > c", "c < b > a", False),
    ],
)
def test_an_order_chain_read_from_its_other_end(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct, (gold, answer)


def test_order_chain_reads_one_way_chains_outside_brackets_only():
    assert order_chain("a > b \\geq c") == (["a", "b", "c"], [(">", True), (">", False)])
    assert order_chain("c <= b < a") == (["c", "b", "a"], [("<", False), ("<", True)])
    assert order_chain("\\{x | x > 1\\}") is None  # a relation inside braces is the set's, not a chain
    assert order_chain("a < b > c") is None
    assert order_chain("3") is None


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        # a neutral note goes
        ("3", "x = 3 \\text{ (the only solution)}", True),
        ("3", "3 \\text{ (positive root)}", True),
        ("3", "x = 3 (\\text{the only valid solution})", True),
        ("\\frac{1}{2}", "\\frac{1}{2} \\quad (in lowest terms)", True),
        # a rejecting remark takes the value before it out, after a comma, "or" or 或
        ("3", "x = 3, x = -1 \\text{ (rejected)}", True),
        ("3", "x = 3 \\text{ or } x = -1 \\text{ (rejected)}", True),
        ("3", "x = 3 or x = -1 (discarded)", True),
        ("-1", "x = 3, x = -1 \\text{ (rejected)}", False),
        ("3, -1", "x = 3 \\text{ or } x = -1 \\text{ (rejected)}", False),
        ("-1", "x = -1 \\text{ (rejected)}", False),  # the reply's only value, rejected: no answer
        # or names the rejected value inside the brackets
        ("3", "x = 3 \\quad (x = -1 \\text{ is rejected})", True),
        ("-1", "x = 3 \\quad (x = -1 \\text{ is rejected})", False),
        # a remark that denies, hedges or scales stays (and the answer with it is no bare value)
        ("5", "5 (wrong)", False),
        ("5", "5 \\text{ (not valid)}", False),
        ("5", "5 (maybe)", False),
        ("5000", "5 (in thousands)", False),
        ("5", "5 (in thousands)", False),
        ("5", "5 (each)", False),
        ("(-9, 0)", "x lies between -9 and 0 (inclusive)", False),  # which ends it holds is the answer's
        ("[-9, 0]", "x lies between -9 and 0 (inclusive)", True),
    ],
)
def test_a_closing_remark(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct, (gold, answer, grade_answer(gold, answer).reason)


def test_a_closing_remark_in_a_reply():
    assert grade("3", "$x = 3 \\text{ (the only solution)}$").correct
    assert grade("3", "So $x = 3$ or $x = -1$ (rejected).").correct
    assert not grade("-1", "So $x = 3$ or $x = -1$ (rejected).").correct


def test_closing_remark_keeps_options_units_and_conditions():
    assert closing_remark("(C)") is None
    assert closing_remark("7 (cm)") is None  # a unit of two letters is the unit readers' (`units.py`)
    assert closing_remark("a_n = 2n - 1 (n \\geq 1)") is None  # a condition (`equivalence.domain_condition`)
    assert closing_remark("x = 3 \\text{ (the only solution)}") == ("x = 3", "the only solution")
    assert closing_remark("x = 3, x = -1 (舍去)") == ("x = 3", "舍去")


@pytest.mark.parametrize(
    ("gold", "response", "correct"),
    [
        # "not" then a value is a value denied ("12 (not 13)"); "not valid" denies the value itself
        ("12", "12 (not 13)", True),
        ("12", "$12 (not 13)$", True),
        ("19", "$19 (not valid)$", False),
        ("19", "19 (not valid)", False),
        ("19", "x = 19 (rejected)", False),
        # a rejected value in brackets is a value: `\text{` never is ("x = 16, x = -16 (\text{discarded})" had kept both)
        ("16, -16", "x = 16, x = -16 (\\text{discarded})", False),
        ("16", "x = 16, x = -16 (\\text{discarded})", True),
    ],
)
def test_a_reply_that_denies_or_rejects_its_value(gold, response, correct):
    assert grade(gold, response).correct is correct, (gold, response, grade(gold, response).reason)


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("(1, +\\infty)", "\\{x \\in \\mathbb{R} | x > 1\\}", True),
        ("(1, +\\infty)", "\\{x \\in \\mathbb{R} \\mid x > 1\\}", True),
        ("(1, +\\infty)", "\\{x \\mid x > 1, x \\in \\mathbb{R}\\}", True),
        ("\\{x \\in \\mathbb{R} | x > 1\\}", "(1, \\infty)", True),
        ("(-\\infty, 1) \\cup (1, +\\infty)", "\\{x | x \\in R, x \\neq 1\\}", True),
        ("(2, +\\infty)", "\\{x \\in \\mathbb{R} | x > 1\\}", False),
        ("(1, +\\infty)", "\\{x \\in \\mathbb{Z} | x > 1\\}", False),  # whole numbers are no interval
    ],
)
def test_a_set_builder_that_states_its_variable_is_real(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct, (gold, answer, grade_answer(gold, answer).reason)


def test_without_real_domain_drops_the_reals_only():
    assert without_real_domain("\\{x \\in \\mathbb{R} | x > 1\\}") == "\\{x | x > 1\\}"
    assert without_real_domain("\\{x \\in \\mathbb{Z} | x > 1\\}") == "\\{x \\in \\mathbb{Z} | x > 1\\}"
    assert without_real_domain("x \\in \\mathbb{R}") == "x \\in \\mathbb{R}"  # no set-builder


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("(2, -1)", "\\begin{cases} x=2 \\\\ y=-1 \\end{cases}", True),
        ("\\begin{cases} x=2 \\\\ y=-1 \\end{cases}", "(2, -1)", True),
        ("(2, -1)", "\\left\\{\\begin{array}{l} x=2 \\\\ y=-1 \\end{array}\\right.", True),
        ("x = 2, y = -1", "\\left\\{ \\begin{array}{c} x &= 2 \\\\ y &= -1 \\end{array} \\right.", True),
        ("x=2, y=-1", "\\begin{cases} y=-1 \\\\ x=2 \\end{cases}", True),
        ("x=2, y=-1", "\\begin{cases} x=-1 \\\\ y=2 \\end{cases}", False),  # swapped under their labels
        ("(-1, 2)", "\\begin{cases} x=2 \\\\ y=-3 \\end{cases}", False),
        ("(2, -1)", "\\begin{cases} x+y=1 \\\\ x-y=3 \\end{cases}", False),  # a system still to solve
    ],
)
def test_a_solution_written_as_a_system(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct, (gold, answer, grade_answer(gold, answer).reason)


def test_system_values_reads_rows_of_one_name_and_one_value():
    assert system_values("\\begin{cases} x=2 \\\\ y=-1 \\end{cases}") == "x=2, y=-1"
    assert system_values("\\begin{cases} x>1 \\\\ y=2 \\end{cases}") is None
    assert (
        system_values("\\begin{cases} x=1 \\\\ x=2 \\end{cases}") is None
    )  # one name twice: no solution's values
    assert system_values("\\begin{cases} x=1 \\end{cases}") is None
    # a row that is no `name = value` makes the whole no solution's values, though two other rows are
    assert system_values("\\begin{cases} x=2 \\\\ y>1 \\\\ z=3 \\end{cases}") is None
    assert not grade_answer("(2, 3)", "\\begin{cases} x=2 \\\\ y>1 \\\\ z=3 \\end{cases}").correct


@pytest.mark.parametrize(
    ("gold", "response", "correct"),
    [
        # a sentence before labelled values is no label: the labels are the values' names
        ("x=4, y=6", "The solution is $x = 6, y = 4$.", False),
        ("x=6, y=4", "The solution is $x = 6, y = 4$.", True),
        ("x=4, y=6", "The solution is x = 6, y = 4.", False),
        ("1, 2", "Maximum = 2, Minimum = 1", True),
        # the class an answer in words names, whole ("all even numbers" for "even"), never another class
        ("\\text{even}", "\\text{all even numbers}", True),
        ("even", "all even integers", True),
        ("odd", "all even integers", False),
        ("even", "not all even integers", False),
        # a number in words set in a text box
        ("2", "\\text{two}", True),
        ("3", "\\text{two}", False),
        ("4", "\\textbf{four objects}", True),
    ],
)
def test_labels_and_words_in_a_reply(gold, response, correct):
    assert grade(gold, response).correct is correct, (gold, response, grade(gold, response).reason)


@pytest.mark.parametrize(
    ("gold", "response", "correct"),
    [
        # a reason in brackets after the value a sentence states: the value, never the reason's numbers
        ("12", "The length is 12 (since 5 + 7 = 12).", True),
        ("12", "In conclusion, the length is 12 cm (because AB = 5 and BC = 7).", True),
        ("5", "The length is 12 (since 5 + 7 = 12).", False),
        # (a reason the closing-reason reading leaves: one that runs past its sentence, or an exclamation after it)
        ("12", "The length is 12 (by the rule that 5 + 7 = 12. It holds).", True),
        ("12", "The length is 12 (since 5 + 7 = 12)!", True),
        ("12", "We count them.\n\nIn conclusion, the total is 12 cm (because there are 3 rows of 4).", True),
        ("3", "We count them.\n\nIn conclusion, the total is 12 cm (because there are 3 rows of 4).", False),
        # "is the solution to the problem": the marker after its answer, with the problem it solves named
        ("3", "x = 3 is the solution to the problem.", True),
        ("3", "So x = 3 is the only solution of the equation.", True),
        ("4", "x = 3 is the solution to the problem.", False),
        # a sign in words before a number in words
        # a number in words in brackets is the value again, which must agree: never a remark dropped
        ("3", "The answer is 3 (four).", False),
        ("3", "3 \\text{ (four)}", False),
        ("3", "The answer is 3 (three).", True),
        # an extremum's value after the condition it holds under, never the condition's value
        ("-1", "当x=1时，函数取得最小值-1", True),
        ("1", "当x=1时，函数取得最小值-1", False),
        ("-1", "When x = 1, the minimum value is -1.", True),
        ("1", "When x = 1, the minimum value is -1.", False),
        # 舍去 alone rejects the value before it; "舍去负值" names another value it rejects
        ("3", "x=3（舍去负值）", True),
        ("3", "x=3或x=-3（舍去）", True),
        ("-3", "x=3或x=-3（舍去）", False),
        ("-2", "The slope is negative two.", True),
        ("-2", "The slope is minus two.", True),
        ("2", "The slope is negative two.", False),
    ],
)
def test_reasons_markers_and_signs_in_a_sentence(gold, response, correct):
    assert grade(gold, response).correct is correct, (gold, response, grade(gold, response).reason)


@pytest.mark.parametrize(
    ("gold", "response", "correct"),
    [
        # a temperature: its number, in degrees Celsius however the sign is typed; never another scale's
        ("25", "25°C", True),
        ("25", "25 ℃", True),
        ("25^\\circ \\mathrm{C}", "25 ^\\circ C", True),
        ("-5", "The temperature is -5°C.", True),
        ("25^\\circ C", "25°F", False),
        ("25 \\mathrm{~K}", "25°C", False),
        ("25^\\circ \\mathrm{C}", "\\boxed{25^{\\circ}F}", False),
        ("30^\\circ", "30°", True),  # an angle's degrees stay degrees
    ],
)
def test_a_temperature(gold, response, correct):
    assert grade(gold, response).correct is correct, (gold, response, grade(gold, response).reason)


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("\\frac{q}{4\\pi\\varepsilon_0 r^2}", "\\frac{q}{4 \\pi \\epsilon_0 r^2}", True),
        ("\\frac{q}{4\\pi\\epsilon_0 r^2}", "\\frac{q}{4 \\pi \\varepsilon_{0} r^2}", True),
        ("\\varphi", "\\phi", True),
        ("\\frac{q}{4\\pi\\varepsilon_0 r^2}", "\\frac{q}{2 \\pi \\epsilon_0 r^2}", False),
        ("\\varphi", "\\theta", False),
    ],
)
def test_a_greek_letters_variant_glyph_is_that_letter(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct, (gold, answer, grade_answer(gold, answer).reason)
