"""Answer forms of issue 15 on the comparison side, each as a rule (both orders, spacing, units) and the
false accepts it must not make. The hypothesis versions of these forms run in `test_properties.py`."""

from __future__ import annotations

from fractions import Fraction

import pytest

from mmeval.verifiers import extract_answer, grade, grade_answer
from mmeval.verifiers.comparison.forms import (
    bound_names,
    graph_of_function,
    join_boxes,
    labelled_items,
    labelled_solutions,
    matrix_cells,
    python_math,
    rename_argument,
    restated_value,
)
from mmeval.verifiers.extraction.numbers import parse_number


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        # labelled values vs a bare list, both orders, with units and spacing
        ("3,4", "p=3, q=4", True),
        ("p = 3,\\ q = 4", "3, 4", True),
        ("10^{3},10", "x=1000, y=10", True),
        ("1,2", "Maximum = 2, Minimum = 1", True),
        ("3,5,8", "Ann: 5, Ben: 3, Cy: 8", True),
        ("3,5,8", r"Ann: 5 \text{ apples}, Ben: 3 \text{ apples}, Cy: 8 \text{ apples}", True),
        ("(n, 1)", "(f(n), g(n)) = (n, 1)", True),
        ("a_3 = 2, a_{37} = 19", r"a_{37} = 19 \quad a_3 = 2", True),
        ("p=5,q=2;p=7,q=2", "(5,2),(7,2)", True),
        ("3,4", "p=4, q=5", False),
        ("x = 1, y = 2", "x = 2, y = 1", False),  # the same labels: value by value
        # named quantities of a figure
        ("|AB| = 1", "1", True),
        (r"\frac{NO}{BO}=\frac{1}{\sqrt{6}}", r"\frac{1}{\sqrt{6}}", True),
        ("V_{1}:V_{2}=11:21", "11:21", True),
        # units, ordinals, degrees, percent words on either side
        ("864", r"864 \mbox{ inches}^2", True),
        (r"864 \mbox{ inches}^2", "864", True),
        ("12", r"12^{\mathrm{th}}", True),
        ("5", r"5 \text{cm}^2", True),
        ("5", r"5\mathrm{~m}", True),
        ("0.335", "33.5 percent", True),
        ("33.5 pct", "0.335", True),
        ("30", r"30^{\circ}", True),
        ("864", r"865 \mbox{ inches}^2", False),
        ("0.335", "33.6 percent", False),
        # LaTeX spacing and sizing
        ("11111", r"11,\!111", True),
        ("(1,2)", r"\left( 1,\ 2 \right)", True),
        ("(1,2)", r"\bigl(1,\; 2\bigr)", True),
        ("5", "5\\", True),
        ("(1,2)", r"\Bigl(2, 1\Bigr)", False),
        # matrices and vectors
        (
            r"\begin{pmatrix}0.2 & 1 \\ 3 & 0.5\end{pmatrix}",
            r"\begin{bmatrix}\frac15 & 1 \\ 3 & \frac{1}{2}\end{bmatrix}",
            True,
        ),
        (r"\begin{pmatrix}0.2\\1\end{pmatrix}", r"(\frac{1}{5}, 1)", True),
        (r"\begin{pmatrix}0.2\\1\end{pmatrix}", r"\begin{pmatrix}\frac14\\1\end{pmatrix}", False),
        (r"\begin{pmatrix}1 & 2\end{pmatrix}", r"\begin{pmatrix}1 \\ 2\end{pmatrix}", False),
        # function answers: the argument is bound, a free variable is not
        ("f(x)=x", "f(z)=z", True),
        ("f(x) = 3x^2 + 1", "f(t) = 1 + 3t^2", True),
        ("f(x)=x", "f(z)=x", False),
        ("f(x)=x+y", "f(y)=y+y", False),
        # mixed numbers and Python-style math (read, never evaluated)
        ("40/9", "4 4/9", True),
        (r"\sqrt[4]{2}", "2**(1/4)", True),
        (r"3\sqrt{2}", "3*sqrt(2)", True),
        (r"\sqrt[3]{5}", "cbrt(5)", True),
        ("0.5", "2**-1", True),
        (r"\sqrt{3}", "3 ** 0.5", True),
        ("5", "**5**", True),  # markdown bold, not a power
        ("41/9", "4 4/9", False),
        (r"\sqrt[4]{2}", "2**(1/3)", False),
    ],
)
def test_answer_forms(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct, grade_answer(gold, answer)


@pytest.mark.parametrize(
    ("gold", "answer"),
    [
        ("100000000000", "99999999999"),  # integers are compared exactly, never with a float tolerance
        ("123456789012345", "123456789012346"),
        ("(3,1)", r"\{1,3\}"),  # an ordered tuple is not a set
        ("(1,3)", r"\{1,3\}"),
        ("1, 2, 3", r"1, 2, 3, \ldots"),  # an ellipsis is part of the answer, either way round
        (r"1, 2, 3, \ldots", "1, 2, 3"),
        ("1, 2, 3, ...", "1, 2, 3"),
        ("a^2 + b = 0", "0"),  # a gold equation is not its right-hand side
        ("x + y = 3", "3"),
        ("2x", "2y"),  # a free variable is never renamed
        ("3a", "3a_1"),
        ("v_0^2", "v^2"),
        (r"\exp(\ln a)", "a_{n} + 0"),
        ("4.14", "4.1"),  # a coarser rounding with 2 significant digits
        ("1.27", "1.3"),
        ("0.2", r"\frac{1}{4}"),  # one written digit is not a rounding of 1/4
        ("5.001", "5"),  # within 0.2%, but a 1-digit answer is a coarser rounding (NeMo-Skills' test too)
        (
            "1/1000",
            "0.00",
        ),  # a written zero is zero, not a 2-place rounding of 1/1000 (noise_invariance form)
        ("0", "0.001"),
    ],
)
def test_false_accepts_removed(gold, answer):
    v = grade_answer(gold, answer)
    assert v.status.value == "incorrect", v


@pytest.mark.parametrize(
    ("gold", "answer"),
    [
        ("165.47", "165.5"),  # a coarser rounding that keeps 3 significant digits
        ("113.4", "113.33"),  # within 0.2% of a 3-significant-digit decimal gold
        ("785.12", "784"),  # the same slack for a 3-digit integer answer
        ("6.018", "6 1/64"),  # and for an exact value (a mixed number) within the gold's noise
        ("3.14", r"\pi"),
        (r"k\pi", r"n\pi"),  # the integer parameter of a periodic family is bound
        (r"2k\pi + \frac{\pi}{2}", r"\frac{\pi}{2} + 2m\pi"),
        (r"(3x, 5x)", r"(3t, 5t) \text{ for some integer } t"),  # declared bound by the answer
        ("2Cx + 1", "2cx + 1"),  # latex2sympy (and so math-verify) reads C as c
    ],
)
def test_rounding_and_bound_names_accepted(gold, answer):
    assert grade_answer(gold, answer).correct, grade_answer(gold, answer)


def test_several_boxes_in_a_gold_are_a_list():
    assert join_boxes(r"\boxed{1}, \boxed{2}") == "1, 2"
    assert join_boxes(r"\(\boxed{1}\) and \(\boxed{-2}\).") == "1, -2"
    assert join_boxes(r"\boxed{1} is not \boxed{2}") == r"\boxed{1} is not \boxed{2}"
    assert grade_answer(r"\boxed{1}\boxed{2}", "2, 1").correct
    assert not grade_answer(r"\boxed{1}, \boxed{2}", "1").correct


def test_form_readers():
    assert labelled_items("p=3, q=4") == [("p", "3"), ("q", "4")]
    assert labelled_items("7:32, 5") is None and labelled_items("x + y = 5, 2") is None
    assert labelled_items("3, 4") is None
    assert labelled_solutions("x = 1 or x = 2") == "1, 2"
    assert labelled_solutions("p=5,q=2; p=7,q=2") == "(5, 2), (7, 2)"
    assert matrix_cells(r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}") == [["1", "2"], ["3", "4"]]
    assert matrix_cells(r"\begin{pmatrix}1 & 2 \\ 3\end{pmatrix}") is None  # ragged
    assert rename_argument("f(x)=x^2", "f(t)=t^2") == ("x^2", "x^2")
    assert rename_argument("f(x)=x", "g(t)=t") is None
    assert bound_names(r"(3t, 5t) \text{ for some integer } t") == {"t"}
    assert bound_names(r"k\pi, k \in \mathbb{Z}") == {"k"}
    assert python_math("2**(1/4)") == "2^{1/4}"
    assert python_math("sqrt(1+sqrt(2))") == r"\sqrt{1+\sqrt{2}}"
    assert python_math(r"\sqrt{2}") == r"\sqrt{2}"  # LaTeX is left alone
    assert python_math("__import__('os')") == "__import__('os')"  # never evaluated, nothing to read


def test_plain_text_logarithms_inverses_binomials_and_root_signs():
    """`log2(8)`, `log_2(8)` had been a product of letters (incorrect for 3), `atan(2)` and `tan^{-1}(2)` too,
    "5 choose 2" was words, `∛2` unparseable and LaTeX's `e^(x)` raised `(` alone. Each is read as the LaTeX it
    stands for (rewritten, never evaluated); another value is still wrong."""
    assert python_math("log2(8)") == r"\log_{2}(8)" and python_math("log_3(9)") == r"\log_{3}(9)"
    assert python_math("log10(x)+1") == r"\log_{10}(x)+1" and python_math("log(8)") == r"\log(8)"
    assert python_math("atan(2)") == r"\arctan(2)" and python_math("tan^{-1}(2)") == r"\arctan(2)"
    assert python_math("5 choose 2") == r"\binom{5}{2}"
    assert python_math(r"e^(2\pi)") == r"e^{(2\pi)}"
    for gold, answer in [("3", "log_2(8)"), ("2", "log10(100)"), ("10", "(5 choose 2)"), (r"\arctan 2", "atan(2)"),
                         (r"\arctan 2", "tan^{-1}(2)"), (r"\sqrt[3]{2}", "∛2"), (r"\sqrt[4]{2}", "∜2"),
                         ("e^{2}", r"e^(2)\cdot 1")]:  # fmt: skip
        assert grade_answer(gold, answer).correct, (gold, answer)
    assert not grade_answer("4", "log_2(8)").correct
    assert not grade_answer(r"\arctan 3", "tan^{-1}(2)").correct
    assert not grade_answer(r"\sqrt{2}", "∛2").correct


def test_numbers_with_decorations():
    assert parse_number("4 4/9").value == parse_number(r"\frac{40}{9}").value
    assert parse_number("4 9/4") is None  # not a proper fraction: not a mixed number
    assert parse_number("33.5 pct").percent and parse_number("33.5 percentage").percent
    assert parse_number(r"12^{th}").value == 12
    assert parse_number(r"864 \mbox{ inches}^2").value == 864


def test_forms_through_a_whole_response():
    assert grade(
        "3,5,8", r"So the ages are $\boxed{\text{Ann: } 5,\ \text{Ben: } 3,\ \text{Cy: } 8}$."
    ).correct
    assert grade("0.335", r"The answer is $33.5 \text{ percent}$.").correct
    assert grade(
        r"\begin{pmatrix}0.2\\1\end{pmatrix}", r"\boxed{\begin{pmatrix}1/5 \\ 1\end{pmatrix}}"
    ).correct


@pytest.mark.parametrize(
    "text, value",
    [
        (r"0.\overline{3}", Fraction(1, 3)),
        (r"0.1\overline{6}", Fraction(1, 6)),
        (r"-2.\overline{09}", Fraction(-23, 11)),
        (r"0.\dot{6}", Fraction(2, 3)),  # one dot: one repeating digit
        (r"0.\dot{1}4285\dot{7}", Fraction(1, 7)),  # dots over the repetend's first and last digit
        (r"3.\dot{1}\dot{2}", Fraction(103, 33)),
        ("0.(6)", Fraction(2, 3)),  # the repetend in brackets, as European and Russian textbooks write it
        ("-0.1(6)", Fraction(-1, 6)),
    ],
)
def test_a_repeating_decimal_is_its_exact_value(text, value):
    assert parse_number(text).value == value and parse_number(text).decimals is None


def test_repeating_decimals_through_grading():
    assert grade(r"\frac{1}{7}", r"\boxed{0.\overline{142857}}").correct
    assert grade(r"0.1\overline{6}", r"The answer is $\frac{1}{6}$.").correct
    assert not grade(r"0.1\overline{6}", r"\boxed{\frac{1}{7}}").correct
    assert not grade(r"\frac{1}{3}", r"\boxed{0.\overline{03}}").correct  # 1/33
    assert not grade(r"\frac{1}{6}", r"\boxed{0.\overline{16}}").correct  # 16/99: the bar's reach matters
    assert (
        grade(r"\frac{2}{3}", "The answer is 0.(6).").correct and not grade("0.6", r"\boxed{0.(6)}").correct
    )


def test_a_decimal_that_goes_on_is_read_as_written():
    # `0.333...` is read as `0.333` is: the digits written, under the same rounding rule
    assert parse_number("0.333...").value == parse_number(r"0.333\ldots").value == Fraction(333, 1000)
    assert grade(r"\frac{1}{3}", r"\boxed{0.333\ldots}").correct
    assert not grade(r"\frac{2}{3}", r"\boxed{0.333\ldots}").correct
    assert parse_number(r"3, \ldots") is None  # an integer before an ellipsis: a list, not a decimal


def test_du_is_the_degree_sign():
    # 度 after a value is Chinese for the degree sign
    assert parse_number("30度").degrees and parse_number(r"30\text{度}").value == 30
    assert grade(r"30^\circ", "答案是30度").correct and grade(r"30^\circ", r"\boxed{30\text{度}}").correct
    assert not grade(r"60^\circ", "所以∠A=30度").correct


def test_clauses_that_each_state_a_value_answer_a_gold_list():
    # every clause names a quantity and states its value: together they are the answer, not the last one
    assert grade("3, -1", "The maximum is 3 and the minimum is -1.").correct
    assert grade("-1, 3", "最大值为3，最小值为-1").correct  # a bare gold list says no order
    assert grade("2, 5", "x is 2, y is 5").correct
    assert grade("222, 413", "The area = 222; the perimeter = 413.").correct
    assert not grade("3, -2", "The maximum is 3 and the minimum is -1.").correct
    assert not grade("3, -1, 2", "The maximum is 3 and the minimum is -1.").correct  # a value short
    assert not grade("5, 12", "The area is 5, so the side is 12.").correct  # a conclusion is no second value
    v = grade("3, -1", "The maximum is 3 and the minimum is -1.")
    assert not v.guessed and "each clause states" in v.reason


def test_a_count_in_two_or_three_chinese_words():
    assert grade("6", "共有6种").correct and grade("3", "有3个").correct and grade("5", "一共5条").correct
    assert not grade("7", "共有6种").correct
    assert not grade("3", "至少有3个").correct  # "at least": a bound, not the count


def test_a_number_word_that_goes_on_is_not_the_number():
    assert grade("4", "four objects").correct and grade("4", "Four.").correct
    for reply in ("four point five", "four to five", "four times", "four more", "four hundredths"):
        assert not grade("4", reply).correct, reply


def test_a_number_in_words_is_the_option_with_that_number():
    options = ["2", "4", "6", "8"]
    assert grade("4", "four", choices=options).correct
    assert grade("4", "The answer is four.", choices=options).correct
    assert not grade("4", "six", choices=options).correct
    assert not grade("4", "four hundred", choices=options).correct  # a scale word: no option's number


@pytest.mark.parametrize(
    "reply", ["答案不是12", "答案并不是12", "答案至少是12", "所以答案不是12", "因此x不为12", "不可能有12个"]
)
def test_a_denied_or_bounded_chinese_value_states_no_answer(reply):
    assert not grade("12", reply).correct


def test_chinese_values_stated_plainly_still_read():
    assert (
        grade("12", "答案是12").correct
        and grade("12", "所以答案是12").correct
        and grade("12", "因此x为12").correct
    )


def test_a_sign_in_words_and_a_qualifier_in_brackets():
    assert grade("-5", "negative five").correct and grade("-5", "The answer is negative 5.").correct
    assert grade("-5", "minus 5").correct and grade("-\\frac{2}{3}", "minus two-thirds").correct
    assert not grade("5", "negative five").correct and not grade("5", "minus 5").correct
    assert grade("12", "12 (approximately)").correct and grade("3.14", "3.14 (rounded)").correct
    assert not grade("13", "12 (approximately)").correct


@pytest.mark.parametrize(
    "reply", ["The answer is 12, not 13.", "12 (not 13)", "12, not 13", "12 rather than 13"]
)
def test_a_value_then_another_it_is_not(reply):
    assert grade("12", reply).correct and not grade("13", reply).correct


@pytest.mark.parametrize(
    "reply", ["12 is wrong.", "12 is not the answer.", "12 apples at least.", "There are 12 or more apples."]
)
def test_a_value_denied_or_bounded_after_it_states_no_answer(reply):
    assert not grade("12", reply).correct


def test_a_verb_after_a_number_is_no_unit():
    assert parse_number("12 is wrong") is None and parse_number("12 apples at least") is None
    assert parse_number("12 square units").value == 12


@pytest.mark.parametrize(
    "gold, reply",
    [
        (r"\emptyset", r"\boxed{\varnothing}"),
        (r"\emptyset", "There are no real solutions."),
        (r"\text{No solution}", r"\boxed{\emptyset}"),
        (r"\emptyset", "无解"),
        (r"\{\}", r"\boxed{\text{the empty set}}"),
    ],
)
def test_the_empty_set_as_a_glyph_and_in_words(gold, reply):
    assert grade(gold, reply).correct


def test_no_solution_is_not_a_set_with_a_member():
    assert not grade(r"\{0\}", "No solution.").correct and not grade(r"\emptyset", "x = 0").correct
    assert not grade(r"\varnothing", r"\boxed{\{1\}}").correct


@pytest.mark.parametrize(
    "gold, reply",
    [
        (r"\infty", "There are infinitely many such numbers."),
        (r"\infty", r"$\boxed{\text{infinite}}$"),
        (r"\infty", "有无穷多个"),
        (r"\text{infinitely many}", r"$\boxed{\infty}$"),
    ],
)
def test_infinitely_many_in_words_is_infinity(gold, reply):
    """ "infinitely many" against a gold `\\infty` had been words against math (the other way round the prose reading
    accepted it): a count of infinitely many in words is `\\infty`, either side; never `-\\infty`, 0 or "finitely
    many"."""
    assert grade(gold, reply).correct
    assert not grade("-\\infty", reply).correct and not grade("0", reply).correct
    assert not grade(r"\text{finitely many}", reply).correct


def test_a_count_in_words_that_opens_the_sentence_or_follows_the_copula():
    assert (
        grade("2", "Two people are in the image.").correct
        and not grade("3", "Two people are in the image.").correct
    )
    assert (
        grade("5", "The age gap is five years.").correct
        and not grade("5", "The age gap is fifteen years.").correct
    )
    # not one count of several, not a factor, not a part
    assert not grade("2", "Two dogs and three cats are in the image.").correct
    assert not grade("5", "The age gap is five times larger.").correct
    assert (
        not grade("4", "Four times as many.").correct and not grade("5", "The answer is five times.").correct
    )
    assert not grade("2", "Two of them are red.").correct
    # a fraction's denominator after the number word is no counted noun: "two thirds" is 2/3 (found by the
    # `plain_text_cases` form at 600 examples, after the opening count was first written)
    assert grade("\\frac{2}{3}", "two thirds").correct and not grade("2", "two thirds").correct
    # ... nor after the copula or a verb of result, nor where a count would stand: each is the share
    for reply, share in [
        ("The share is three fifths.", "3/5"),
        ("We get three quarters.", "3/4"),
        ("There are two thirds left.", "2/3"),
        ("Two thirds of the cake is left.", "2/3"),
    ]:
        numerator = share.split("/")[0]
        assert grade(share, reply).correct and not grade(numerator, reply).correct, reply
    # a count of coins or pieces stays a count
    assert grade("3", "There are three quarters in the jar.").correct
    # a share beside another number is no count of its numerator, and a count in words after it is what it counts
    assert not grade("2", "There are two thirds of the 12 apples left.").correct
    assert grade("12", "Two thirds of the class passed, which is twelve students.").correct


def test_a_list_that_opens_the_sentence_before_its_copula():
    # "12345 and 54321 are the only ones." (an OlympiadBench solution's ending) is the list; it had been read
    # by taking "are the only ones" for a unit
    assert grade("12345, 54321", "12345 and 54321 are the only ones.").correct
    assert grade("3, 5", "3 and 5 are the solutions.").correct
    assert not grade("5", "3 and 5 are the solutions.").correct  # a hedge for one gold value
    assert not grade("3, 5", "3 and 5 are not the solutions.").correct


_ANGLES = ["30°", "45°", "60°", "90°"]


@pytest.mark.parametrize(
    "reply",
    [
        "C is incorrect.",  # a short line's letter (`_letters_in`)
        "C is not the answer.",
        "Option C is ruled out.",  # a strong letter ("Option C", `_STRONG_RE`)
        "(C) is wrong.",  # a prefixed letter (`letter_of`)
        "60° is incorrect.",  # an option's text in a short reply (`_option_in`)
        "C选项错误",
        "C 选项不正确。",
    ],
)
def test_an_option_denied_right_after_it_is_named_is_not_chosen(reply):
    assert not grade("C", reply, choices=_ANGLES).correct


@pytest.mark.parametrize(
    "reply", ["We measure the figure.\n60° is incorrect.", "We measure it.\nThe angle, 60°, is wrong."]
)
def test_an_option_text_denied_on_the_last_line_is_not_chosen(reply):
    # the last line read by the option's text (`_scan_last_line`), once its denied number is no guess
    assert not grade("C", reply, choices=_ANGLES).correct


@pytest.mark.parametrize(
    "reply", ["B is incorrect, so C.", "C is correct.", "C选项正确", "The answer is C. B is wrong."]
)
def test_an_option_affirmed_or_left_after_the_others_are_denied_is_chosen(reply):
    assert grade("C", reply, choices=_ANGLES).correct


@pytest.mark.parametrize(
    "gold, reply", [("12", "1 2"), ("12", "The answer is 1 2."), ("1234", "12 34"), ("123", "1 23")]
)
def test_digits_a_space_keeps_apart_are_not_one_number(gold, reply):
    assert not grade(gold, reply).correct


@pytest.mark.parametrize(
    "gold, reply",
    [("1234", "1 234"), ("1234567", "1 234 567"), ("0.000 000 001", "0.000000001"), ("12 345", "12345")],
)
def test_a_space_that_groups_thousands_joins_the_number(gold, reply):
    assert grade(gold, reply).correct


@pytest.mark.parametrize(
    "gold, reply", [("1.25", "USD 1.25"), ("50", "Rs. 50"), ("5", "The price is RMB 5.")]
)
def test_a_currency_code_before_the_value_is_its_sign(gold, reply):
    assert grade(gold, reply).correct
    assert not grade(gold, reply.replace("5", "7")).correct


@pytest.mark.parametrize("reply", ["red, not blue", "It is not blue but red.", "red (not blue)"])
def test_an_option_text_with_another_it_rules_out_is_the_first(reply):
    colours = ["red", "blue", "green"]
    assert grade("A", reply, choices=colours).correct
    assert not grade("B", reply, choices=colours).correct


@pytest.mark.parametrize(
    "reply",
    ["The shape is a square, not a circle.", "It is not a circle but a square.", "Not an oval; a square."],
)
def test_an_option_text_ruled_out_with_its_article_is_not_offered(reply):
    """ "a square, not a circle" had named two options (the article stood between "not" and the text): the one
    ruled out is not offered, so the reply chooses the other."""
    shapes = ["square", "circle", "oval"]
    assert grade("A", reply, choices=shapes).correct
    assert not grade("B", reply, choices=shapes).correct and not grade("C", reply, choices=shapes).correct


@pytest.mark.parametrize(
    "reply",
    [
        "Answer: 6 (since 2*3 = 6)",  # a short reply (after its answer label)
        "6 apples, because 2*3 = 6",
        "The answer is 6 cups (as 2*3 = 6).",  # anchored (`_refine`)
        # (what the value is, in brackets: no reason that closes the reply, which is read without it first)
        "Answer: 6 (which is 2 × 3)",
        "6 (with 2 in each of 3 bags)",
    ],
)
def test_a_value_then_its_reason_is_the_value(reply):
    assert grade("6", reply).correct
    assert not grade("3", reply).correct


@pytest.mark.parametrize("reply", ["6 as well as 7", "The answer is 6 as well as 7."])
def test_two_values_joined_by_as_well_as_are_neither(reply):
    assert not grade("6", reply).correct and not grade("7", reply).correct


@pytest.mark.parametrize(
    "gold, reply", [("6", "six (6)"), ("6", "So the answer is six (6)."), ("20", "twenty (20)")]
)
def test_a_number_in_words_then_again_in_digits_is_that_number(gold, reply):
    assert grade(gold, reply).correct
    assert not grade(gold, reply.replace(f"({gold})", "(7)")).correct


@pytest.mark.parametrize(
    "reply",
    [
        "12 is impossible.",
        "12 is ruled out",
        "The root 12 is extraneous.",
        "12 (rejected)",
        "We reject 12.",
        "anything but 12",
        "The answer is less than 12.",  # after a marker (`_refine`'s last number)
        "The answer is more than 12.",
        "I don't think the answer is 12.",  # a doubted marker
        r"\boxed{\text{not } 12}",  # words in a text macro that deny the value
        r"\text{at least } 12",
        "We work it out step by step.\nSo x = 12 is not possible.",  # a long reply's last number
    ],
)
def test_a_value_set_aside_bounded_or_doubted_is_not_the_answer(reply):
    assert not grade("12", reply).correct


@pytest.mark.parametrize(
    "reply", [r"\textbf{Final Answer:} 12", r"\text{The answer is } 12", r"$\text{Answer: } 12$"]
)
def test_an_answer_marker_set_in_a_text_macro_reads_the_value_after_it(reply):
    assert grade("12", reply).correct
    assert not grade("13", reply).correct


@pytest.mark.parametrize(
    "gold, reply, other",
    [
        ("1", "only one", "2"),  # an exact qualifier before a number word
        ("5", "exactly 5", "6"),  # ... and before digits
        ("100", "a hundred", "200"),
        (r"\frac{1}{2}", "half", "1"),
        (r"\frac{7}{2}", "three and a half hours", "3"),
        (r"\frac{7}{2}", "3 and a half", "3"),
        (r"\frac{3}{2}", "1 and a half hours", "1"),  # digits, then a unit: not a sentence's number 1
        ("10", "10 o'clock", "11"),
    ],
)
def test_more_numbers_in_words(gold, reply, other):
    assert grade(gold, reply).correct
    assert not grade(other, reply).correct


@pytest.mark.parametrize("reply", ["故选：AC", "故选 A、C", "所以选A和C", "【答案】AC【解析】由题意，B错误"])
def test_several_letters_after_a_chinese_choice_marker_answer_a_multi_select_gold(reply):
    options = ["2", "4", "8", "16"]
    assert grade("AC", reply, choices=options).correct
    assert not grade("A", reply, choices=options).correct


@pytest.mark.parametrize(
    "gold, reply",
    [("12", "【答案】12"), ("12", "【答案】12【解析】由题意得 x=12"), ("B", "【答案】B【解析】A错误")],
)
def test_the_bracketed_answer_heading_marks_the_answer_up_to_the_next_heading(gold, reply):
    assert grade(gold, reply).correct
    assert not grade("13" if gold == "12" else "A", reply).correct


@pytest.mark.parametrize(
    "reply",
    [
        "The answer is 5 apples or 6 apples.",  # after a marker (`_refine`)
        "The answer could be 5 or 6.",  # a short sentence
        "Probably 5, but it could be 6.",
    ],
)
def test_two_values_offered_as_alternatives_answer_neither(reply):
    assert not grade("5", reply).correct and not grade("6", reply).correct


@pytest.mark.parametrize(
    "gold, reply",
    [
        (
            r"548 \pi",
            r"Thus the area of $\omega_{1}$ is $\mathbf{5 4 8 \pi}$.",
        ),  # ARML's bold digits set apart
        (r"\frac{67 \pi}{3}", r"Thus the area is $\frac{\mathbf{6 7 \pi}}{\mathbf{3}}$."),
        (r"11 \sqrt{2}", r"So the length is $\mathbf{1 1 \sqrt{2}}$."),
    ],
)
def test_bold_digits_set_apart_are_one_number(gold, reply):
    assert grade(gold, reply).correct


def test_a_worked_solution_that_concludes_its_extremum_answers_it():
    reply = "Each cycle holds at most one knight.\n\nSo one can place at most one knight on each cycle, that is at most 100 knights in total."
    assert grade("100", reply).correct
    assert not grade("1", reply).correct


@pytest.mark.parametrize(
    "reply",
    [
        "<|begin_of_box|>12<|end_of_box|>\n\nThis took 3 steps of checking.",  # GLM-4.1V / 4.5V's answer box
        "<think>First 7, then 8.</think><answer>So the area is <|begin_of_box|>12<|end_of_box|></answer>",
    ],
)
def test_the_answer_between_glm_box_tokens_is_boxed(reply):
    assert grade("12", reply).correct
    assert not grade("3", reply).correct and not grade("8", reply).correct


@pytest.mark.parametrize(
    "reply", ["◁think▷Maybe the answer is 7.◁/think▷\n12", "<thinking>Maybe the answer is 7.</thinking>\n12"]
)
def test_the_reply_after_kimi_or_thinking_reasoning_blocks_is_read(reply):
    assert grade("12", reply).correct
    assert not grade("7", reply).correct


@pytest.mark.parametrize(
    "reply",
    [
        "The answer is 12. Wait, actually it is 13.",
        "So the answer is $\\boxed{12}$.\n\nActually, let me recheck: it should be 13.",
        "Final answer: 12.\nCorrection: 13",
    ],
)
def test_an_answer_the_reply_takes_back_is_not_its_answer(reply):
    assert grade("13", reply).correct
    assert not grade("12", reply).correct


@pytest.mark.parametrize("opening", ["But wait", "Hmm, wait", "Oh wait", "No wait"])
def test_an_interjection_before_a_take_back_word_still_takes_the_answer_back(opening):
    # "So the answer is 10. But wait, I miscounted: it is 12." had been decided as 10
    reply = f"We count the dots.\nSo the answer is 10. {opening}, I miscounted: it is 12."
    assert grade("12", reply).correct and not grade("10", reply).correct
    letter = f"So the answer is A. {opening}, the question asks for the perimeter, so it's C."
    assert grade("C", letter, choices=["1", "2", "3", "4"]).correct


@pytest.mark.parametrize(
    "after",
    [
        "\n\nNote: If the figure were not drawn to scale, the answer would be 15.",
        " The answer would be 15 if the triangle were right-angled.",
        # (a past perfect after "if", and "would have been": "different" and 15 had been read)
        "\n\n**Note**: If we had used the diagonal, the answer would be different.",
        " If we had used the diagonal, the answer would be 15.",
        " Otherwise the answer would have been 15.",
    ],
)
def test_a_counterfactual_answer_after_the_answer_is_no_answer(after):
    reply = "We add the sides.\nThe answer is 12." + after
    assert grade("12", reply).correct and not grade("15", reply).correct
    # "would be" alone is how many replies state their answer
    assert grade("12", "We add the sides.\nSo the answer would be 12.").correct
    assert grade("12", "We add the sides.\nThe answer is 10. I recounted: the answer would be 12.").correct
    # an open condition offers a second answer: a hedge, never the first
    assert not grade(
        "12", "The answer is 12. However, if we consider the base, the answer would be 15."
    ).correct


def test_an_answer_only_explained_after_stays():
    assert grade("12", "The answer is 12. Actually, this is because 3 x 4 = 12 and 12 > 10.").correct
    # a check after the answer that finds the same value takes nothing back: the answer stays decided
    checked = grade("12", "The answer is 12. Wait, let me double check: 3 x 4 = 12.")
    assert checked.correct and not checked.guessed
    # ... whatever other numbers the check names before it ends at the same value
    rechecked = grade(
        "12", "The answer is 12. Wait, let me check that again: there are 3 rows of 4, which is 12 in all."
    )
    assert rechecked.correct and not rechecked.guessed
    recounted = grade(
        "4", "The answer is 4. Wait, let me double check: 4 + 4 + 4 = 12, so each of the 3 boxes holds 4."
    )
    assert recounted.correct and not recounted.guessed


@pytest.mark.parametrize(
    "reply",
    [
        "<think>I count 7 dots, then check.</think>\n<answer>The total is 5.</answer>",  # MM-Eureka's format
        "<SUMMARY> Count. </SUMMARY>\n<CAPTION> 7 shapes. </CAPTION>\n<REASONING> 3 + 2 </REASONING>\n"
        "<CONCLUSION> There are 5 dots in total. </CONCLUSION>",  # LLaVA-CoT's stages
        "<REASONING> 3 + 2 </REASONING>\n<CONCLUSION> So the answer is 5. </CONCLUSION>",
        "<think>7 is too many.</think><answer>面积为5</answer>",  # a Chinese lead-in inside the block
        "<think>7 is too many.</think><answer>5 (since 2+3=5)</answer>",  # a value and its reason
    ],
)
def test_a_sentence_inside_the_answer_block_is_read_for_its_value(reply):
    assert grade("5", reply).correct
    assert not grade("7", reply).correct


def test_a_decorated_value_inside_the_answer_block_stays_whole():
    assert grade("1", "<answer>100 per cent</answer>").correct  # not the sentence's number 100


@pytest.mark.parametrize(
    "gold, reply",
    [
        ("(1, 2)", "The point is (1, 2)."),
        ("(2, -3)", "The vertex is at (2, -3)."),
        ("[1, 5)", "The interval is [1, 5)."),
        # the noun that names its kind, with no verb (the phrase had been parsed whole, or read as its last number)
        ("(1, 2)", "the point (1, 2)"),
        ("(1, 2)", "The answer is the point (1, 2)."),
        ("[1, 5)", "The final answer is the interval [1, 5)."),
        ("(2, -3)", "Solving, x = 2.\nSo the answer is the vertex (2, -3)."),
    ],
)
def test_a_bracketed_value_named_first_in_words_is_the_answer(gold, reply):
    assert grade(gold, reply).correct
    swapped = gold.replace(gold[1:-1], ", ".join(reversed(gold[1:-1].split(", "))))
    assert not grade(swapped, reply).correct


def test_a_set_after_its_noun_and_a_bracket_after_other_words():
    """ "the set {1, 2}" is the set (any order); "the midpoint of (1, 2)" names another point, and "not the point" denies."""
    assert grade("\\{2, 1\\}", "The answer is the set {1, 2}.").correct
    assert grade("\\{1, 2\\}", "the set \\{1, 2\\}").correct
    assert not grade("(1, 2)", "the midpoint of (1, 2)").correct
    assert not grade("(1, 2)", "not the point (1, 2)").correct


def test_a_set_in_braces_named_first_in_words_is_the_answer():
    """ "The set is {1, 2, 3}." had been taken whole and was unparseable (a guess); a set in braces after its
    copula is read as the bracketed values are, decided, in any order, and another element is wrong."""
    for reply in ("The set is {1, 2, 3}.", "The solution set is \\{3, 2, 1\\}."):
        v = grade("\\{1, 2, 3\\}", reply)
        assert v.correct and not v.guessed, (reply, v)
        assert not grade("\\{1, 2, 4\\}", reply).correct


@pytest.mark.parametrize(
    "gold, reply", [(r"\frac{1}{2}x", r"\frac{1}{2x}"), (r"x^{2}y", r"x^{2y}"), (r"2^{n}+1", r"2^{n+1}")]
)
def test_a_command_argument_keeps_its_braces_in_the_string_comparison(gold, reply):
    # (`\frac{1}{23}` against `\frac{12}{3}` is kept apart by the digit runs as well; these only by the braces)
    assert not grade(gold, reply).correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        (r"\frac{1}{2}", r"$\sin 30^\circ$", True),
        (r"\frac{\sqrt{3}}{2}", r"\cos(30°)", True),
        ("0.5", "The answer is sin 30°.", True),
        (r"\frac{3}{4}", r"\sin^{2} \left(60^{\circ}\right)", True),
        ("2", r"\frac{1}{\sin 30^\circ}", True),
        (r"\sin 30^\circ", r"\frac{1}{2}", True),
        (r"\sin 40^\circ", r"\cos 50^\circ", True),
        (r"\frac{\sqrt{3}}{2}", r"\sin 30^\circ", False),  # another angle's value
        (r"\sin 30", r"\sin 30^\circ", False),  # radians are not degrees
        (r"\sin 40^\circ", r"\sin 50^\circ", False),
        (r"\frac{1}{2}", r"\arcsin 30^\circ", False),  # no trigonometric function of an angle
    ],
)
def test_a_trigonometric_function_of_degrees_is_read_in_degrees(gold, answer, correct):
    assert grade(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("0", r"\cos 90^\circ", True),
        ("0", r"\tan 180^{\circ}", True),
        ("0", r"\sin\pi", True),
        (r"\cos\frac{\pi}{2}", "0", True),
        ("0", r"\sin 1^\circ", False),
        ("0", r"\pi\times 10^{-13}", False),  # small, not float noise: sympy says so
        ("1", r"\sin\pi", False),
    ],
)
def test_a_value_computed_as_zero_in_floating_point_is_zero(gold, answer, correct):
    assert grade(gold, answer).correct is correct


@pytest.mark.parametrize("reply", ["Neither A nor C.", "It is neither (C) nor (D).", "neither C nor A"])
def test_neither_nor_chooses_no_option(reply):
    assert not grade("C", reply, choices=_ANGLES).correct
    assert not grade("A", reply, choices=_ANGLES).correct


@pytest.mark.parametrize(
    ("reply", "read"),
    [
        ("(B) 60°", "B"),  # option B's letter with option C's text
        ("B: 60°", "B"),
        ("We measure the angle.\nAnswer: (B) 60°", "B"),
        ("We measure the angle.\n(B) 60°", "B"),
        (r"\boxed{\textbf{(B)}\ 60^{\circ}}", "B"),
        ("The answer is 60° (option B).", "C"),  # the text first: read by the text, as before
        ("Answer: B (60°)", "C"),
        ("The answer is 60°, which is option B.", "C"),  # the option named after the text in words
        ("The answer is 60° which is the option B", "C"),
    ],
)
def test_an_option_letter_written_with_another_options_text_is_read_and_guessed(reply, read):
    # the reading is unchanged (the letter, as the official extractions read it), only marked as a guess
    for gold in "ABCD":
        v = grade(gold, reply, choices=_ANGLES)
        assert v.extracted == read and v.correct is (gold == read) and v.guessed, (gold, v)


@pytest.mark.parametrize(
    "reply",
    [
        "(C) 60°",
        "C: 60°",
        r"\boxed{\textbf{(C)}\ 60^{\circ}}",
        "60° (C)",
        "The answer is 60°, which is option C.",
    ],
)
def test_an_option_letter_written_with_its_own_text_is_decided(reply):
    v = grade("C", reply, choices=_ANGLES)
    assert v.correct and not v.guessed


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("22:30", "10:30 PM", True),
        ("10:30", "10:30 p.m.", True),  # a clock face shows both halves of the day alike
        ("21:30", "9:30", False),  # ... but a gold that says the half needs an answer that does
        ("14:30", r"\boxed{2:30 \text{ PM}}", True),
        ("10:00", "10 o'clock", True),
        ("2:30:00", "2:30", True),
        ("2:30", "1:15", False),  # one ratio (1/15), two times
        ("4:20", "The answer is 2:10.", False),
        ("2:30 AM", r"\boxed{2:30 \text{ PM}}", False),  # the half of the day is no unit to drop
        ("08:30", "8:30 PM", False),  # a leading zero: 24 hours
        ("2:30", "2:31", False),
        ("3:4", "6:8", True),  # a ratio is still a ratio
    ],
)
def test_a_clock_time_is_compared_as_a_time_of_day(gold, answer, correct):
    assert grade(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("0.25", "The probability is 1 in 4.", True),
        ("4", "The probability is 1 in 4.", False),  # the share's last term is no answer
        (r"\frac{3}{5}", "3 out of 5 students", True),
        ("0.25", "We count the outcomes.\nSo the chance is 2 out of 8.", True),
        ("8", "We count the outcomes.\nSo the chance is 2 out of 8.", False),
        ("1/2", "It grew by 5 in 10 years.", False),  # no share
        ("1/2", "We count the rows.\nIt grew by 5 in 10 years.", False),
        ("2019", "He scored 5 in 2019.", False),
    ],
)
def test_a_share_in_words_is_the_share(gold, answer, correct):
    assert grade(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("9", "9 (3 times 3)", True),
        ("9", r"9 (3 \times 3)", True),
        ("12", "The answer is 12 (= 3 x 4).", True),
        ("7", "7 (3 + 4 = 7)", True),
        ("9", "9 (3 times 4)", False),  # the arithmetic makes another value: no value is read
        ("7", "7 (3 + 4 = 8)", False),
        ("81", "9 (3 times 3)", False),  # no product of the value and its reason
    ],
)
def test_a_value_then_the_arithmetic_that_makes_it_is_the_value(gold, answer, correct):
    assert grade(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("reply", "correct"),
    [
        ("<think>I count.</think><answer>6</answer><answer>5</answer>", False),  # two answers offered
        ("<think>I count.</think><answer>6</answer> or <answer>5</answer>", False),
        ("<think>I count.</think><answer>5</answer>\n<answer>5</answer>", True),  # one answer twice
        ("<think>Maybe <answer>6</answer></think><answer>5</answer>", True),  # a step of the reasoning
        (
            "<answer>6</answer> was my first try, but after checking every case again: <answer>5</answer>",
            True,
        ),
    ],
)
def test_answer_blocks_side_by_side_offer_each_value(reply, correct):
    assert grade("5", reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("B", "The answer is the second option.", True),
        ("C", "The third one.", True),
        ("D", "the last choice", True),
        ("A", "The answer is the second option.", False),
        ("D", "the fifth option", False),  # past the last option: none
        ("B", "Option two", False),  # a number, not a place (the option whose text is 2 may be meant)
    ],
)
def test_an_option_named_by_its_place_is_that_option(gold, reply, correct):
    assert grade(gold, reply, choices=_ANGLES).correct is correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("C_5^2", "10", True),
        ("10", r"\mathrm{C}_5^2", True),  # (the text macro had been dropped as a unit)
        ("20", "A_5^2", True),
        ("10", "{}_5C_2", True),
        ("12", "2C_4^2", True),  # beside a number: a product (latex2sympy adds `2\binom{4}{2}`)
        (r"\frac{C_4^2 C_2^1}{C_6^3}", r"\frac{3}{5}", True),
        ("C_5^2", "11", False),
        ("C_1^2", "C_1^2", True),  # k > n: a name with an index and a power, left as written
    ],
)
def test_a_count_of_combinations_is_its_value(gold, answer, correct):
    assert grade(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("2", "所以 a 的值为 2 或 -2", False),  # two values offered: not the first alone
        ("2", "The value of a is 2 or -2.", False),
        ("2, -2", "所以 a 的值为 2 或 -2", True),
        ("2, -2", "由题意得 a=2，因此 a 的值为 2 或者 -2。", True),
        ("2", "所以 a 的值为 2", True),
    ],
)
def test_a_named_value_with_another_after_or_offers_both(gold, reply, correct):
    assert grade(gold, reply).correct is correct


def test_a_power_of_a_trigonometric_function_of_a_bare_number_parses():
    # latex2sympy cannot parse `\sin^2 120`; bracketed, it is read (in radians) and graded, not unparseable
    assert grade(r"\sin^2 120^\circ", r"\sin^2 120").status.value == "incorrect"
    assert grade(r"\sin^2 120", r"\sin^{2}(120)").correct


@pytest.mark.parametrize(
    "token",
    ["[/INST]", "<|assistant|>", "<｜end▁of▁sentence｜>", "<|end▁of▁sentence|>", "<|return|>", "<｜User｜>"],
)
def test_more_chat_template_tokens_end_the_reply(token):
    assert grade("5", f"5{token} 6").correct
    assert grade("5", f"The answer is 5.{token}\nWhat about 7? The answer is 7.").correct


def test_gpt_oss_final_channel_is_the_reply():
    reply = (
        "<|channel|>analysis<|message|>We need 2+3. The answer is 6? No.<|end|>"
        "<|start|>assistant<|channel|>final<|message|>5<|return|>"
    )
    assert grade("5", reply).correct and not grade("6", reply).correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        (r"\pm 2", "2 or -2", True),
        ("2 or -2", r"\pm 2", True),
        (r"\pm\sqrt{3}", r"\sqrt{3} \text{ or } -\sqrt{3}", True),
        (r"\pm 2", "所以 x 的值为 2 或 -2", True),
        (r"\pm 2", "2 or 3", False),
        ("2", "2 or -2", False),
        (r"\sqrt{3} or -\sqrt{3}", r"-\sqrt{3} or \sqrt{3}", True),  # no comma on either side
        (r"\sqrt{3} or -\sqrt{3}", r"\sqrt{3} or \sqrt{2}", False),
    ],
)
def test_two_values_joined_by_or_are_the_plus_or_minus_pair(gold, answer, correct):
    assert grade(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("3", "答：有 3 个。", True),  # the label "answer:" opens the sentence
        ("18918", "答：有18 918元。", True),
        ("218", "答：有 218 苹果", True),
        ("4", "答：有 3 个。", False),
        ("3", "答：至少有 3 个。", False),
    ],
)
def test_a_chinese_answer_sentence_after_its_label_states_its_number(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("reply", "read"),
    [
        ("12 is the answer.", "12"),
        ("Thus, 12 is the correct answer.", "12"),
        ("We add 5 and 7.\nSo 12 is the answer.", "12"),
        ("x = 3 is the solution.", "x = 3"),  # had been taken whole, words and all: a false reject for 3
        ("The number of apples, 12, is the answer.", "12"),
        ("Plugging in x = 4 gives 12, so 12 is the answer.", "12"),
        ("13 is not the answer; 12 is the answer.", "12"),
        ("13 is not the answer, 12 is the answer.", "12"),
        ("13 is not the answer, so 12 must be the answer.", "12"),  # a connective after the denial's clause
        ("Therefore, 12.5 is the answer.", "12.5"),
        ("We add 5 and 7.\n12 IS THE ANSWER.", "12"),  # in capitals: had been taken whole (a guess)
        ("We add 5 and 7. So 12 Is The Solution.", "12"),
    ],
)
def test_an_answer_named_before_is_the_answer_is_read_and_decided(reply, read):
    v = grade(read.split("= ")[-1], reply)  # the gold is the value read
    assert v.extracted == read and v.correct and not v.guessed, v


@pytest.mark.parametrize(
    "reply",
    [
        "12 is not the answer.",
        "None of A, B, C, D is the correct answer.",
        "D is the answer to part (a) and C is the answer.",
        "C is the answer, not D is the answer.",
        "This is the answer.",
        "Substituting x = 3, we verify that x = 3 is the solution.",  # words before it: no reading of its own
    ],
)
def test_no_decided_reading_from_a_denial_or_words_before_is_the_answer(reply):
    v = grade("D", reply, choices=_ANGLES)
    assert not v.correct
    assert "before 'is the answer'" not in v.reason, v


@pytest.mark.parametrize(
    "reply",
    [
        r"x \not= 3",  # LaTeX's negated `=`: its right-hand side had been compared as the answer
        r"\boxed{x \not = 3}",
        "x =/= 3",
        "x /= 3",
        r"\boxed{a \not\approx 3}",  # had been read as an approximation whose value is 3
        "So we get x > 3 and we stop.",  # the last number of a short sentence had been the guess
        r"Hence $n \geq 3$, which is the condition.",
        "So we get x ≥ 3 and we stop.",  # a one-sentence reply's only number, its bound sign in Unicode
        "We test each case.\n\nTherefore, x ≢ 3 in the end.",
        "We test each case.\n\nTherefore, x \\neq 3 in the end.",  # a long reply's last number
        "We test each case.\nSo we get x \\not= 3.",
        "We solve it.\n\\[x^2 - 9 \\ge 0 \\Rightarrow |x| \\ge 3\\]",
    ],
)
def test_a_value_bounded_or_excluded_by_a_relation_is_no_answer(reply):
    v = grade("3", reply)
    assert not v.correct, v
    assert v.extracted is None or "3" != v.extracted.strip(), v


@pytest.mark.parametrize(
    ("gold", "reply"),
    [
        (r"x \neq 3", r"x \not= 3"),
        (r"x \neq 3", "x ≠ 3"),
        (r"x \notin \{3\}", r"x ∉ \{3\}"),  # Unicode negated relations are their LaTeX commands
        (r"x \notin \{3\}", r"x \not\in \{3\}"),
        (r"a \napprox 3", r"a \not\approx 3"),
    ],
)
def test_a_negated_relation_spelled_another_way_is_the_same_relation(gold, reply):
    assert grade(gold, reply).correct
    assert not grade(gold.replace("3", "4"), reply).correct


@pytest.mark.parametrize(
    "reply",
    [
        "We count the cubes in each row and add them up.\n\nSo the total is <b>3</b>",
        "We count the cubes in each row and add them up.\n\nSo the count goes 6 / 2 -> 3 here.",
    ],
)
def test_a_tag_or_an_arrow_before_a_long_reply_last_number_is_no_bound(reply):
    v = grade("3", reply)
    assert v.correct and v.rule == "last_number", v


@pytest.mark.parametrize(
    "reply",
    [
        "Therefore Option C IS THE CORRECT ANSWER.",
        "So option (C) is the answer.",
        "Choice C is the answer.",
        "We compare the angles.\nTherefore, option C is correct.",  # had been a guess off the last line
        "We compare the angles.\n(C) is the right choice.",
        "We compare the angles.\nA is wrong, C is correct.",
    ],
)
def test_an_option_named_before_is_the_answer_is_decided(reply):
    v = grade("C", reply)  # (no options given: the letter alone)
    assert v.correct and not v.guessed, v


@pytest.mark.parametrize(
    "reply",
    [
        "Option A or B is the answer.",  # the first letter had been read alone (a guess turned into an accept)
        "We compare them.\nSo option A or option B.",
        "We compare them.\nI choose option A/B.",
        "We compare them.\n(A) and B",
        "Without more detail I cannot confidently select option A or B.",
    ],
)
def test_a_strong_letter_listed_with_another_names_both(reply):
    v = grade("A", reply)  # (no options given: the letters alone)
    assert not v.correct, v


@pytest.mark.parametrize(
    ("gold", "reply"),
    [
        ("3", "所以答案是三。"),  # no parser reads a Chinese numeral: it had been an unparseable answer
        ("20", "答案是二十"),
        ("205", "答案是两百零五"),
        ("35000", "所以答案是三万五千。"),
        ("3", "答：三个苹果"),
        ("5", "所以一共有五只猫。"),  # a one-sentence reply's count
        ("2", "图中有两条线段。"),
        ("12", "所以一共需要十二元。"),  # yuan counted
        ("3", "答：3种"),  # the Chinese answer label before a short reply, as "Answer:" is
    ],
)
def test_a_chinese_numeral_is_its_number(gold, reply):
    assert grade(gold, reply).correct
    assert not grade(str(int(gold) + 1), reply).correct


@pytest.mark.parametrize(
    ("gold", "reply"),
    [
        ("3", "所以至少需要三个。"),  # bounded
        ("3", "答案是三个以上"),
        ("3", "第三个是红色的。"),  # an ordinal
        ("35", "答案是三五个"),  # two digits read one by one: three or five
        ("3", "答案是三五个"),
        ("35000", "答案是三万五"),  # speech's 35000, written out it would be 30005: no one number
        ("30005", "答案是三万五"),
        ("1", "图中每一个学生都有书。"),  # "each", no count
        ("1", "所以方程是一元二次方程。"),  # 一元二次: "in one unknown, quadratic", no yuan
    ],
)
def test_a_chinese_numeral_bounded_ordinal_or_read_digit_by_digit_is_no_number(gold, reply):
    assert not grade(gold, reply).correct


@pytest.mark.parametrize(
    "closing",
    [
        "よって、答えは12です。",  # the copula closes a Japanese answer sentence: it had been read "えは12です"
        "따라서 답은 12입니다.",
        "정답: 12",
        "Portanto, a resposta é 12.",
        "Quindi la risposta è 12.",
        "Ответ: 12",
        "Следовательно, ответ равен 12.",
        "Vậy đáp án là 12.",
        "結論として、答えは12個です。",  # 個: the measure word as Japanese and traditional Chinese write it
    ],
)
def test_the_answer_marker_in_other_languages_decides(closing):
    v = grade("12", f"$x = 1602$\n\n{closing}")
    assert v.correct and not v.guessed and v.rule == "answer_is", v
    assert not grade("1602", f"$x = 1602$\n\n{closing}").correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("1/4", "The answer is one in four.", True),  # had been words; "1 in 4" was read as 1/4
        ("0.6", "three out of five students", True),
        ("4", "The answer is one in four.", False),  # never the share's last term
        ("1/4", "one in four years", False),  # no share: a span of time
    ],
)
def test_a_share_in_number_words_is_the_share(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("3", "The answer is clear: 3", True),  # "clear:" had been read as the answer's words
        ("3", "The answer is as follows:\n3", True),
        ("B", "The answer is now clear: Option B.", True),
        ("3", "The answer is 3 not 4.", True),  # a denial with no comma before it
        ("4", "The answer is 3 and not 4.", False),
        ("B", "The answer is B and not C.", True),
        ("B", "The answer is B rather than C.", True),
        ("C", "The answer is B instead of C.", False),
    ],
)
def test_a_colon_after_a_plain_word_and_a_denial_without_comma(gold, reply, correct):
    v = grade(gold, reply, choices=["3", "4", "5", "6"] if gold.isalpha() else None)
    assert v.correct is correct and not v.guessed, v


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        (
            "2000000",
            "The answer is 2 million people.",
            True,
        ),  # had been read as 2, a value then words about it
        ("1500000000", "The answer is 1.5 billion dollars.", True),
        ("2000000000", "The answer is 2 million people.", False),
        (r"3\sqrt{2}", "The answer is 3 sqrt(2).", True),  # had been read as 3: a false accept for a gold 3
        ("3", "The answer is 3 sqrt(2).", False),
        ("2", "The answer is 2 sqrt(2).", False),
        ("0.8", "The answer is 80 per cent.", True),  # a percent in two words (read as 80 before)
        ("0.8", "The answer is 80 percent of the class.", True),
    ],
)
def test_a_scale_word_or_a_function_after_a_value_is_part_of_it(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("1/4", "The probability is one fourth.", True),  # had been words taken whole
        (r"\frac{3}{4}", "The shaded part is three quarters.", True),
        ("0.25", "The chance is one in four.", True),
        ("4", "The probability is one fourth.", False),  # never its denominator
        ("1/3", "She is a third grader.", False),  # no share: "grader" follows
        ("-2, 3", "Therefore $x = -2$ or $x = 3$.", True),  # a short reply's list, not its last value
        ("-2, 3", "So x = -2 or x = 3 are the solutions.", True),
        ("3", "Therefore $x = -2$ or $x = 3$.", False),
    ],
)
def test_a_short_sentence_states_a_share_in_words_or_the_values_of_one_unknown(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply"),
    [
        ("2", "2 squared"),  # "squared" had been stripped as a unit: 2 squared was 2
        ("3", "The answer is 3 factorial."),
        ("2", "2 thirds"),
        ("2", "The answer is 2 square root 3."),  # the value before the words had been the answer
        ("2", "The area is 2π."),  # a one-sentence reply's last number, guessed: a false accept
        ("2", "The area is 2 pi square units."),
        ("3", "The area is 3 sqrt 3."),  # the root's argument is no value either
    ],
)
def test_a_word_or_symbol_that_changes_a_number_is_no_unit(gold, reply):
    assert not grade(gold, reply).correct


@pytest.mark.parametrize(
    ("gold", "reply"),
    [
        ("5", "5 cm squared"),  # a unit squared
        ("5", "5 squared meters"),
        ("3", "The company grew for 3 quarters."),  # quarters of a year
        (r"2\pi", "The area is 2π."),  # read as the product
    ],
)
def test_a_unit_squared_or_a_product_with_pi_still_reads(gold, reply):
    assert grade(gold, reply).correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("y = 2x + 1", "The equation of the line is y = 2x + 1.", True),  # its last number had been the guess
        ("1", "The equation of the line is y = 2x + 1.", False),  # ... a false accept for a gold 1
        (r"(-\infty, 3]", "The solution is x <= 3.", True),
        ("x > 2", "We compute it step by step.\nSo we find that x > 2.", True),
        ("7", "We add them all.\nSo 1 + 2 + 4 = 7.", True),  # arithmetic alone: its result
    ],
)
def test_a_plain_text_relation_that_ends_a_reply_is_its_answer(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("4", "Result: 4", True),  # a one-line reply after another label, decided (had been words, rejected)
        ("4", "Ans. 4", True),
        ("4", "It's 4.", True),
        ("3", "It's three.", True),  # a value in words (had been taken whole, a decided reject)
        ("3", "Number of cats: three", True),
        ("3", "It's a right triangle with sides 3, 4 and 5.", False),  # "It's" before a sentence is no label
        (
            "4",
            "We work it out.\nThe final answer is 4. (5 was a distractor)",
            True,
        ),  # the aside's 5 had been read
        ("5", "We work it out.\nThe final answer is 4. (5 was a distractor)", False),
    ],
)
def test_an_opening_label_and_a_bracketed_aside(gold, reply, correct):
    v = grade(gold, reply)
    assert v.correct is correct, v
    if correct:
        assert not v.guessed


def test_plain_arithmetic_is_read_as_its_result_not_as_a_relation():
    v = grade("7", "The sum is 1 + 2 + 4 = 7.")
    assert v.correct and v.extracted == "7" and v.guessed, (
        v
    )  # the computation's result, a short sentence's number


def test_its_before_words_is_no_label():
    # "It's" opens a value as a label; before words it stays part of the sentence, whose number is read
    assert grade("2", "It's likely 2.").correct
    # a sentence after "That is" is read as a sentence, its number a guess, not as a value the label opens
    because = grade("4", "That is because 2 + 2 = 4")
    assert because.correct and because.guessed


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("B", "Answer: (B) Explanation: Option A says 2 but there are 4.", True),  # had named B and A
        (
            "B",
            "The answer is B. The answer is not A because the count differs.",
            True,
        ),  # had been "not A ..."
        ("A", "The answer is B. The answer is not A because the count differs.", False),
        ("C", "The answer is B. Wait, no, it's C.", True),  # a letter taken back had stayed B
        ("B", "The answer is B. Wait, no, it's C.", False),
        ("3", "The answer is not 3.", False),  # a denial with no answer before it stays a denial
    ],
)
def test_a_letter_then_a_section_a_denial_or_a_letter_taken_back(gold, reply, correct):
    assert grade(gold, reply, choices=["2", "4", "6", "8"]).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        (
            r"\sqrt{91}",
            "We apply it twice.\nSo ED is √91.\n\nThe option letter is not given.",
            True,
        ),  # the root
        ("91", "We apply it twice.\nSo ED is √91.\n\nThe option letter is not given.", False),
        ("3", "The side is √3.", False),  # a guessed root's argument had been the number
        ("3", "We get log(3).", False),  # a logarithm's argument is no sentence's number
    ],
)
def test_a_root_is_read_with_its_sign_and_a_logarithm_is_no_number(gold, reply, correct):
    assert grade(gold, reply).correct is correct


def test_a_section_heading_ends_the_answer_after_a_marker():
    assert grade("12", "The answer is 12 Explanation: we add 5 and 7.").correct  # had been read as 7
    assert not grade("7", "The answer is 12 Explanation: we add 5 and 7.").correct


def test_a_guessed_root_keeps_its_factor_and_a_logarithm_is_no_root():
    assert grade(r"2\sqrt{3}", "We simplify it.\nSo the side is 2√3.").correct
    assert not grade(r"\sqrt{3}", "We simplify it.\nSo the side is 2√3.").correct  # its factor is part of it
    assert not grade(r"\sqrt{3}", "We simplify it.\nSo the value is log(3).").correct
    assert not grade("3", "We simplify it.\nSo the value is log(3).").correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("2/3", "所以答案是三分之二。", True),  # "of three parts, two": had been unparseable words
        ("3/2", "所以答案是三分之二。", False),
        ("25", "答案是百分之二十五。", True),  # 25%, read as "25%" is
        ("0.25", "答案是百分之二十五。", True),
        ("3.5", "答案是三点五。", True),
        ("-3", "答案是负三。", True),
        ("3", "答案是负三。", False),
        ("0.5", "所以概率是二分之一。", True),  # after the copula that ends a one-sentence reply
        ("0.5", "所以概率至少为二分之一。", False),  # bounded
    ],
)
def test_a_chinese_fraction_percent_decimal_or_negative_is_its_number(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("10:00", "The time shown is 10 o'clock.", True),  # had been read as 10, no clock time
        ("10:30", "The clock shows half past ten.", True),
        ("5:45", "It is a quarter to six.", True),
        ("10", "The clock shows half past ten.", False),  # the hour alone is no time
        ("4", "The range of the numbers is 1 to 8.", False),  # a range, no time
        ("9:59", "The range of the numbers is 1 to 10.", False),
    ],
)
def test_a_time_in_words_is_that_time(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        (
            "12",
            "We count 3 rows and 4 columns.\n\nFinal answer: **12** squares",
            True,
        ),  # had been "12** squares"
        ("12", "So the answer is *12* cm.", True),
        ("12", "I see 3 rows and 4 columns.\nSo there are twelve squares in total.", True),  # had been 4
        ("4", "I see 3 rows and 4 columns.\nSo there are twelve squares in total.", False),
    ],
)
def test_bold_closing_inside_the_answer_and_a_closing_count_in_words(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("2", "So the minimum is 2 when x = 1.", True),  # had been read as 1: a guessed false accept for 1
        ("1", "So the minimum is 2 when x = 1.", False),
        ("2", "The answer is 2, attained at x = 1.", True),
        ("2", "We differentiate.\nSo the maximum value is 2 (at x = 0).", True),
        (
            "2",
            "So, the function value first reaches 2 at x = 1.",
            False,
        ),  # answers "when?": 2 is the question's
    ],
)
def test_a_value_then_the_condition_it_holds_under(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("2", "We compute the area.\nThe shaded region is larger (see Figure 2).", False),  # a guessed label
        ("3", "We compute the area.\nThis completes Step 3.", False),
        ("2", "We compute the area.\nBy Lemma 2, we are done.", False),
        ("1", "We compute the area.\nThis follows from the theorem [1].", False),
        ("2", "The shaded region is larger, as shown in Figure 2.", False),  # a one-sentence reply's label
        (
            "7",
            "We compute the area.\nThis follows as shown in Fig. 7.",
            False,
        ),  # after an abbreviation's stop
        ("12", "We compute the area.\nSo the area is 12 (see Figure 2).", True),  # the value before the label
    ],
)
def test_a_number_that_labels_a_figure_step_or_lemma_is_no_value(gold, reply, correct):
    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("5", "The answer is likely 5.", True),  # had been "likely 5", decided wrong
        ("5", "The answer is definitely 5.", True),
        ("5", "The answer is roughly five.", True),  # an approximation in words, as "approximately 5" is read
        ("5", "The answer is likely 5 or 6.", False),  # still a hedge
    ],
)
def test_the_models_certainty_after_the_marker_is_no_part_of_the_answer(gold, reply, correct):
    v = grade(gold, reply)
    assert v.correct is correct and not v.guessed, v


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("A", "True.", True),  # had been words, decided wrong
        ("B", "False.", True),
        ("A", "Correct", True),
        ("B", "I don't think so.", True),
        ("B", "True.", False),
        ("A", "Nope", False),
        ("A", "It is true.", True),  # said of a subject: "It is true.", "The statement is false."
        ("B", "The statement is false.", True),
        ("B", "That's correct.", False),
        ("A", "It is not true.", False),
        ("A", "是的。", True),  # in Chinese (each had been unparseable)
        ("A", "对", True),
        ("B", "不是。", True),
        ("B", "否", True),
        ("A", "不对！", False),
    ],
)
def test_yes_or_no_in_other_words_is_that_option(gold, reply, correct):
    assert grade(gold, reply, choices=["Yes", "No"]).correct is correct


def test_yes_or_no_words_need_a_yes_no_question():
    assert not grade("A", "True.", choices=["Yes", "Maybe"]).correct  # no yes/no question: "True" is no "Yes"


def test_a_later_denial_of_the_earlier_answer_is_no_reading_of_it():
    assert not grade("5", "I first thought the answer is 5. But the answer is not 5; it is 6.").correct


def test_a_letter_only_mentioned_after_wait_takes_nothing_back():
    assert grade(
        "B", "The answer is (B). Wait: I see 4 birds, option A has 2.", choices=["2", "4", "6", "8"]
    ).correct


@pytest.mark.parametrize(
    "reply",
    [
        "The value lies between 3 and 5.",  # a range's end had been the guessed last number
        "It lies somewhere from 3 to 5.",
        "The answer is no more than 5.",  # decided correct before, as "at most 5" never was
        "The answer is 5 at minimum.",
        "We count them.\nThe count is less than or equal to 5.",
        "The total is above 5.",
    ],
)
def test_a_range_end_or_a_bound_in_words_states_no_value(reply):
    assert not grade("5", reply).correct


@pytest.mark.parametrize(
    ("gold", "reply"),
    [
        ("7", "The range of the numbers is 1 to 7."),  # a stated range (read as 7 by the official extraction)
        ("4", "The percentage value has been increasing over 4 years."),  # a span of time, no bound
    ],
)
def test_a_range_stated_as_the_answer_and_a_span_of_time_keep_their_number(gold, reply):
    assert grade(gold, reply).correct


def test_a_number_word_after_a_verb_of_measure_is_the_sentences_number():
    assert grade("60", "The angle measures sixty degrees.").correct  # had been taken whole
    assert grade("12", "The bill comes to twelve dollars.").correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("12", "Total: 12", True),  # a name, a colon and the value: had been words, decided wrong
        ("12", "Area: 12 cm^2", True),
        ("(1,2)", "Point: (1, 2)", True),
        ("5", "Ann: 5, Ben: 3", False),  # labelled values, read together
        ("3,5,8", "Ann: 5, Ben: 3, Cy: 8", True),
        ("3", "Step 1: 3", False),  # a numbered step is no name of the answer
    ],
)
def test_a_name_and_a_colon_before_a_one_line_value(gold, reply, correct):
    v = grade(gold, reply)
    assert v.correct is correct, v


def test_a_short_replys_values_joined_by_and_before_are_the_solutions():
    assert grade(
        "87, 51, -34", "So x=87 and x=51 and x=-34 are the solutions."
    ).correct  # had been labelled words


def test_an_option_letter_with_a_colon_is_no_name_label():
    assert (
        grade("B", "B: 60°", choices=["30°", "45°", "60°", "90°"]).extracted == "B"
    )  # option B, not a label
    assert grade("12", "x: 12").correct  # a lower-case name is one


def test_a_bold_marker_before_a_blank_line_reads_the_next_line():
    reply = "We cannot tell. Therefore, **the correct answer is:** \n\n(E) It cannot be determined."
    assert grade("E", reply, choices=["1", "2", "3", "4", "It cannot be determined"]).correct


def test_the_equation_of_a_graph_is_its_function():
    """`y = 2x + 1` for `f(x) = 2x + 1` (either side the gold) had been "another name (y for f(x))": a function and
    the equation of its graph are one function, so their bodies are compared. A changed body, a derivative, or a
    body in `y` is still no match."""
    assert graph_of_function("f(x) = 2x + 1", "y = 2x + 1") == ("2x + 1", "2x + 1")
    assert graph_of_function("y = x^2", "g(t) = t^2") == ("x^2", "t^2")
    assert graph_of_function("f'(x) = 2x", "y = 2x") is None
    assert (
        graph_of_function("f(x) = x", "y = x + y") is None and graph_of_function("f(x)=x", "g(x)=x") is None
    )
    for gold, answer in [("f(x) = 2x + 1", "y = 2x + 1"), ("y = \\frac{1}{x}", "h(x) = x^{-1}")]:
        assert grade_answer(gold, answer).correct and grade_answer(answer, gold).correct, (gold, answer)
    assert not grade_answer("f(x) = 2x + 1", "y = 2x + 2").correct
    assert (
        not grade_answer("f(x) = x^2", "y = t^2").correct and not grade_answer("f'(x) = 2x", "y = 2x").correct
    )


def test_a_quantity_in_parts_is_its_total():
    """ "2 hours 30 minutes" had been words against `150` (and "2 hours and 30 minutes" the list `2, 30`), "It takes 2
    hours and 30 minutes." had been read as its 30 minutes: one quantity written in parts of one dimension, largest
    first, is its total, in its smaller or larger unit or with a unit. Its last part, another total, its total in a
    unit it does not use (9000 seconds), a unit of another dimension, or two parts in one unit (a list) are not."""
    from mmeval.verifiers.extraction.units import compound_quantity

    for gold, answer in [("150", "2 hours 30 minutes"), ("2.5", "2 hours and 30 minutes"), ("150 minutes", "2 h 30 min"),
                         ("175", "1 m 75 cm"), ("66", "5 feet 6 inches"), ("2\\text{ h }30\\text{ min}", "150 min")]:  # fmt: skip
        assert grade(gold, answer).correct and grade(answer, gold).correct, (gold, answer)
    assert grade("150", "It takes 2 hours and 30 minutes.").correct
    for gold, answer in [("30", "2 hours 30 minutes"), ("2", "2 hours 30 minutes"), ("150 seconds", "2 hours 30 minutes"),
                         ("151", "2 hours 30 minutes"), ("2 h 31 min", "2 hours 30 minutes"), ("30", "It takes 2 hours and 30 minutes."),
                         ("9000", "2 hours 30 minutes"), ("9000 m", "2 hours 30 minutes")]:  # fmt: skip
        assert not grade(gold, answer).correct, (gold, answer)
    assert compound_quantity("2 m, 3 m") is None and compound_quantity("30 minutes 2 hours") is None
    assert compound_quantity("2 m 3 s") is None


def test_a_complex_gold_reads_i_as_the_imaginary_unit():
    """`i(2-i)` for `1+2i` and `(2+i)^2` for `3+4i` had been incorrect: the symbolic path read `i` as a variable. A gold
    written `a + bi` (its only letter `i`, to the first power) is a complex number, and an answer in `i` alone is
    evaluated with `i` the imaginary unit. Another part is wrong; a gold in other letters, or with `i` squared, keeps
    `i` a variable."""
    for gold, answer in [("1+2i", "i(2-i)"), ("3+4i", "(2+i)^2"), ("i", "\\frac{1+i}{1-i}"), ("-3i", "-3i")]:
        assert grade_answer(gold, answer).correct, (gold, answer)
    for gold, answer in [("1+2i", "1+3i"), ("1+2i", "2+i"), ("i^2", "-1"), ("i^2", "i^4-2"), ("x+2i", "x+2"),
                         ("x+2i", "x+i(2-i)-1"), ("2", "i")]:  # fmt: skip
        assert not grade_answer(gold, answer).correct, (gold, answer)


def test_a_converted_value_rounded_as_written():
    """`27.78 m/s` for `100 km/h` had been wrong: the answer's value in the gold's unit, 100.008 km/h, is no rounding
    of 100. The gold's value in the answer's unit (27.777... m/s) is compared with the answer as written, whose
    decimals say how it was rounded. The coarse-rounding policy still holds (`27.8` for the exact 27.77...), and
    another value is wrong."""
    assert grade_answer("100 \\mathrm{~km/h}", "27.78 m/s").correct
    assert grade_answer("1 \\mathrm{~mile}", "1.61 km").correct
    assert not grade_answer("100 \\mathrm{~km/h}", "27.68 m/s").correct
    assert (
        not grade_answer("1 \\mathrm{~mile}", "2 km").correct
        and not grade_answer("24 \\mathrm{~cm}", "24 mm").correct
    )


def test_one_value_written_twice_is_that_value():
    """ "1/2 or 0.5", `\\frac{1}{2} (0.5)`, "25\\%, i.e. 0.25" and "12 (or twelve)" had been two values against one:
    incorrect, or unparseable. One value written twice, each form equal to the gold, is that value, and a gold
    written so is its first form. Two forms of which only one is the gold are a hedge ("5 or six" for 5 had been
    read as its 5, correct), and so is a third value; "or" between the values of a gold of several stays a list."""
    for gold, answer in [("1/2", "1/2 or 0.5"), ("\\frac{1}{2}", "\\frac{1}{2} (0.5)"), ("0.25", "25\\%, i.e. 0.25"),
                         ("12", "12 (or twelve)"), ("0.5", "1/2, or 0.5"), ("\\sqrt{2}", "\\sqrt{2}, about 1.41"),
                         ("\\frac{3}{4} or 0.75", "0.75"), ("\\pm 3", "3 or -3"), ("5, 6", "5 or 6")]:  # fmt: skip
        assert grade_answer(gold, answer).correct, (gold, answer)
    for gold, answer in [("5", "5 or six"), ("1/2", "1/2 or 1/3"), ("0.5", "1/3 or 0.5"), ("1/2", "1/2 or 0.5 or 1"),
                         ("\\frac{3}{4} or 0.75", "0.7"), ("\\sqrt{6}", "\\sqrt{7}, about 2.65"), ("6", "2 (3)")]:  # fmt: skip
        assert not grade_answer(gold, answer).correct, (gold, answer)
    assert grade_answer("5", "5 or six").reason.endswith(
        "a hedge between two values: 5 is the gold, 6 is not"
    )
    assert restated_value("2(3)") is None and restated_value("x = 1 or x = 2") is None
    # an approximation in words is read as `\approx` is: the exact value is the answer
    assert grade_answer("\\sqrt{6}", "\\sqrt{6}, about 2.65").correct


@pytest.mark.parametrize(
    "reply",
    [
        "0.5 (50%)",
        "The probability is 0.5, or 50%.",
        "The share is 50%, i.e. 0.5.",
        "The share is 0.5 (or 50\\%).",
        "The share is 50\\%, or 0.5.",
    ],
)
def test_a_value_as_a_decimal_and_a_percent_answers_the_percents_number(reply):
    """ "0.5 (50%)" for a gold 50 had been a hedge between two values (0.5 is not 50): the two forms are one value,
    each equal to the other, and one of them is written as the gold is. A decimal of another value beside the
    percent is still a hedge, and the decimal alone is not the percent's number."""
    assert grade("50", reply).correct, reply
    assert not grade("50", reply.replace("0.5", "0.6")).correct, reply
    assert not grade("50", "0.5").correct
    # exact, never by the gold's rounding: 5% is 1/21 rounded, and 1/20 beside it is another value (a hedge)
    assert not grade("\\frac{1}{21}", reply.replace("0.5", "1/20").replace("50", "5")).correct, reply


@pytest.mark.parametrize("reply", ["The share is 75%, that is, 0.75.", "The share is 75%, i.e. 0.75."])
def test_a_sentences_value_restated_after_that_is_is_one_value(reply):
    """A sentence's value restated after ", that is," or ", i.e." had been read by its last number (0.75, wrong
    for 75): it is one value written two ways, as "(0.75)" and ", or 0.75" are; another value there is a hedge."""
    assert grade("75", reply).correct and grade("0.75", reply).correct
    assert not grade("0.75", reply.replace("75%", "70%")).correct


def test_small_letter_abbreviations_end_no_sentence():
    """ "The answer is approx. 12.5." had been read as "approx" (a decided reject) and "The answer is 40%, i.e. 0.4."
    as `40%, i.e` (unparseable): the full stop of "approx.", "i.e.", "e.g.", "vs." or "cf." ends no sentence."""
    assert grade("12.5", "The answer is approx. 12.5.").correct
    assert grade("0.4", "The answer is 40%, i.e. 0.4.").correct
    assert grade("12", "The answer is 12 cm, i.e. the length of AB.").correct
    assert not grade("13", "The answer is approx. 12.5.").correct


def test_a_negative_power_with_no_braces():
    """`10^-3`, `x^-1` and `2^-2` had been unparseable: a negative power with no braces is that power."""
    assert python_math("10^-3") == "10^{-3}" and python_math("x^-1") == "x^{-1}"
    for gold, answer in [("0.001", "10^-3"), ("\\frac{1}{x}", "x^-1"), ("0.25", "2^-2")]:
        assert grade_answer(gold, answer).correct, (gold, answer)
    assert not grade_answer("2", "2^-1").correct


def test_a_thousand_or_a_million_abbreviated():
    """ "1.5k" and "$2M" had been words against 1500 and 2000000, and "The value is 1.5k." had been read as its 1: a
    `k`, `K` or `M` right after a number is its scale word."""
    for gold, answer in [("1500", "1.5k"), ("1500", "1.5K"), ("2000000", "$2M")]:
        assert grade_answer(gold, answer).correct, (gold, answer)
    assert grade("1500", "The value is 1.5k.").correct and not grade("1", "The value is 1.5k.").correct
    assert not grade_answer("1600", "1.5k").correct and not grade_answer("1500", "1.5 km").correct
    assert not grade("1", "The growth is 1.5x.").correct  # (a decimal before another letter is no 1)
    # (never a gold's, nor a count in thousands: in math `4k` is 4 times k)
    assert not grade_answer("4k", "4000").correct and not grade_answer("4", "4k").correct


def test_named_values_in_words_against_a_tuple():
    """ "x is 3 and y is 4" had been words against `(3, 4)` (only a first "x is" was read as `x =`): each clause's "is"
    after a one-letter name is `=`, so the labels order the values as the tuple does; the swapped tuple is wrong."""
    for answer in ["x is 3 and y is 4", "x is 3, y is 4", "x equals 3 and y equals 4"]:
        assert grade_answer("(3, 4)", answer).correct, answer
        assert not grade_answer("(4, 3)", answer).correct, answer
    assert grade_answer("3", "x is 3").correct


def test_a_preposition_before_a_value():
    """ "In 2019." had been words against 2019 (a decided reject): a preposition of time or place before a value is
    no part of it, as a qualifier is not ("about 40"). "at least 5" states no value."""
    for answer in ["In 2019.", "During 2019", "in 2019"]:
        assert grade("2019", answer).correct and not grade("2018", answer).correct, answer
    assert not grade("5", "at least 5").correct


def test_decorations_around_an_answer():
    """`\\underline{12}`, a blank filled in (`\\underline{\\hspace{1cm}12\\hspace{1cm}}`), `\\textcolor{red}{12}`,
    `<b>12</b>`, `***12***` and `__12__` had been unparseable or words: what decorates an answer is no part of it. An
    inequality with `<i` in it is no HTML tag."""
    for answer in ["\\underline{12}", "The answer is \\underline{\\hspace{1cm}12\\hspace{1cm}}.", "\\textcolor{red}{12}",
                   "$\\color{red}{12}$", "<b>12</b>", "<strong>12</strong>", "***12***", "__12__"]:  # fmt: skip
        assert grade("12", answer).correct and not grade("13", answer).correct, answer
    assert grade("(0, 5)", "0<i<5").correct


def test_the_degree_signs_look_alikes():
    """ "30º" (a masculine ordinal) and "30˚" (a ring above) had been unparseable: typed for the degree sign, they are it."""
    for answer in ["30º", "30˚"]:
        assert grade_answer("30", answer).correct and grade_answer("\\frac{\\pi}{6}", answer).correct, answer
        assert not grade_answer("31", answer).correct, answer


@pytest.mark.parametrize(
    "reply",
    [
        "(-∞, 2) U (3, ∞)",  # a capital U typed for the union
        "(-inf, 2) U (3, inf)",  # infinity as "inf", and as sympy prints it, "oo"
        "(-oo, 2) ∪ (3, oo)",
        "The solution set is (-∞, 2) ∪ (3, ∞).",  # a sentence whose one value is intervals with an infinite end
        "The solution set is (-infinity, 2) U (3, +infinity).",
    ],
)
def test_intervals_typed_in_plain_text(reply):
    gold = "(-\\infty, 2) \\cup (3, \\infty)"
    assert grade(gold, reply).correct
    assert not grade("(-\\infty, 2] \\cup (3, \\infty)", reply).correct
    assert not grade("3", reply).correct and not grade("2", reply).correct


def test_an_interval_with_an_infinite_end_in_a_sentence_is_no_number():
    # "The solution set is (-∞, 2)." had been read as its 2, correct for a gold 2
    assert not grade("2", "The solution set is (-∞, 2).").correct
    assert grade("(-\\infty, 2)", "The solution set is (-∞, 2).").correct


@pytest.mark.parametrize(
    "reply", ["The total is 12, not 15.", "The total is 12 apples (not 15).", "The difference is 12; not 15"]
)
def test_a_sentence_that_denies_another_value_after_its_own_states_its_own(reply):
    # each had been taken whole, a rejection of both
    assert grade("12", reply).correct and not grade("15", reply).correct
    assert not grade("12", "The total is not 12, not 15.").correct


@pytest.mark.parametrize(
    "reply", ["**12** (since 3 × 4 = 12)", "__12__ (because 3 × 4 = 12)", "**12 cm** (since 3 × 4 = 12)"]
)
def test_a_bold_value_before_its_reason_is_the_value(reply):
    # the bold's closing `**` had been read into the value, unparseable
    assert grade("12", reply).correct and not grade("4", reply).correct


@pytest.mark.parametrize(
    ("reply", "unit"),
    [("12 (unit: cm)", "cm"), ("The answer is 12 (units).", ""), ("答案：12（单位：厘米）", "cm")],
)
def test_a_note_that_names_the_unit_after_the_value(reply, unit):
    # each had been read as words after the number, unparseable or a reject
    assert grade("12", reply).correct and not grade("13", reply).correct
    if unit:  # the unit the note names is the answer's: another unit is another quantity
        assert grade(f"12 {unit}", reply).correct and not grade("12 km", reply).correct


@pytest.mark.parametrize("reply", ["解得x=3或x=-3。", "解得 x=3 或者 x=-3", "解得x₁=3，x₂=-3。"])
def test_a_chinese_conclusion_that_gives_one_unknown_its_values(reply):
    # "解得" ("solving gives") then the values joined by 或 ("or"), or named with Unicode subscripts: had been
    # taken whole (unparseable) or read with `x₁` as a word
    assert grade("3, -3", reply).correct and not grade("3", reply).correct


@pytest.mark.parametrize(
    ("reply", "gold", "other"),
    [
        ("12厘米", "12 cm", "12 km"),
        ("12平方厘米", "12 cm^2", "12 cm^3"),
        ("3米/秒", "3 m/s", "3 km/h"),
        ("134（单位：厘米）", "134 cm", "134 km"),
    ],
)
def test_a_chinese_unit_is_compared_as_its_latin_one(reply, gold, other):
    # a Chinese unit had only been dropped: "12厘米" was correct for `12 km`
    assert grade(gold, reply).correct and not grade(other, reply).correct
    assert grade(gold.split()[0], reply).correct  # a unit on one side only is read off, as in Latin
    assert grade("0.12 m", "12厘米").correct  # one dimension in two sizes: compared by value


@pytest.mark.parametrize("reply", ["I count 7.", "I see 7.", "I counted 7"])
def test_a_sentence_with_the_pronoun_i_is_read_as_a_sentence(reply):
    # "I count 7." had been taken whole, a decided reject; a capital I before no word is a name (`I = 7 A`)
    found = grade("7", reply)
    assert found.correct and found.guessed and not grade("8", reply).correct
    assert extract_answer("I = 7 A").answer == "I = 7 A"


@pytest.mark.parametrize(
    ("reply", "meant"),
    [("True.", "Yes"), ("Absolutely.", "Yes"), ("Not at all.", "No"), ("It is false.", "No")],
)
def test_a_gold_yes_or_no_makes_the_question_a_yes_no_one(reply, meant):
    # with no options, each had been rejected against the gold it says in other words
    other = "No" if meant == "Yes" else "Yes"
    assert grade(meant, reply).correct and grade(f"\\text{{{meant}}}", reply).correct
    assert not grade(other, reply).correct
    assert not grade("2", "True").correct  # only a yes/no gold


@pytest.mark.parametrize(
    ("reply", "value", "wrong"),
    [
        ("one thousand five hundred", "1500", "15"),
        ("The population is one thousand five hundred.", "1500", "1000"),
        (
            "There are three hundred and forty-five apples.",
            "345",
            "300",
        ),  # had been "3 hundred", correct for 300
        ("two million four hundred thousand", "2400000", "2000000"),
        ("one thousand five hundred people", "1500", "1501"),
    ],
)
def test_a_number_in_words_with_a_scale_inside_it(reply, value, wrong):
    assert grade(value, reply).correct and not grade(wrong, reply).correct
    assert not grade("3", "There are three hundred and forty-five apples.").correct


def test_an_answer_label_opens_a_sentence_too():
    # "Result:", "Solution:", "Ans:", "Output:" are answer labels, not names of a value: a sentence after one is read
    # as a reply (a name before a colon opens only a value, and "No, it cannot be done." had been taken whole)
    assert grade("No", "Result: No, it cannot be done.").correct
    assert not grade("Yes", "Result: No, it cannot be done.").correct


@pytest.mark.parametrize(
    ("reply", "limit"),
    [
        ("negative infinity", "-\\infty"),
        ("minus infinity", "-\\infty"),
        ("positive infinity", "\\infty"),
        ("The limit is infinity.", "\\infty"),
        ("It tends to negative infinity.", "-\\infty"),
        ("The sum is infinite.", "\\infty"),
    ],
)
def test_an_infinity_in_words(reply, limit):
    # each had been taken whole, words against the gold
    other = "\\infty" if limit.startswith("-") else "-\\infty"
    assert grade(limit, reply).correct and not grade(other, reply).correct and not grade("5", reply).correct


@pytest.mark.parametrize(
    "reply, gold, other",
    [
        ("10⁶", "1000000", "10^{5}"),
        ("2¹⁰", "1024", "2^{9}"),
        ("10⁻³", "0.001", "10^{3}"),
        ("6.02 × 10²³", "6.02 \\times 10^{23}", "6.02 \\times 10^{2}"),
        ("The answer is 1.5 × 10⁴.", "15000", "1.5 \\times 10^{3}"),
    ],
)
def test_a_power_in_unicode_superscripts(reply, gold, other):
    """Built probe (stop 49): a run of superscript signs is one power (`10⁶` had been unparseable, `10²³` read as
    `10^2^3`)."""
    assert grade(gold, reply).correct and not grade(other, reply).correct


def test_a_percent_in_words():
    """Built probe (stop 49): "fifty percent" had been words (a decided reject), "twenty-five percent" read as 25 with
    its percent lost (wrong for 0.25); a percent reads as the digits do ("50 percent" is 50% and 0.5)."""
    for gold in ("50\\%", "0.5"):
        assert grade(gold, "fifty percent").correct
    assert grade("0.25", "twenty-five per cent").correct
    assert not grade("0.4", "fifty percent").correct


@pytest.mark.parametrize(
    "gold, reply, other",
    [
        ("12", "The answer is a total of 12.", "13"),
        ("x^2", "The answer is the function x^2.", "2"),
        ("2x+1", "The answer is the expression 2x + 1.", "1"),
        ("y=2x+1", "The answer is the tangent line y = 2x + 1.", "1"),
        ("x^2+1", "The final answer is the function f(x) = x^2 + 1.", "1"),
    ],
)
def test_the_math_after_the_noun_that_names_its_kind(gold, reply, other):
    """The math after "the line", "the function", "a total of" is the answer as written (its last number had been)."""
    assert grade(gold, reply).correct
    assert not grade(other, reply).correct


def test_a_kind_noun_then_prose_is_not_read_as_the_math_alone():
    """Words after the noun ("the number of apples, 12") are no math: the value is read as before."""
    assert grade("12", "The answer is the number of apples, 12.").correct
    assert grade("5", "The answer is the ratio of the areas, 5.").correct


def test_a_name_about_a_decimal_is_that_decimal_against_an_exact_gold():
    """`x \\approx 3.46` and "AB ≈ 3.46 cm" for `2\\sqrt{3}` had been compared whole (math-verify: not equal), while
    "3.46" alone and "x = 3.46" are correct: a name stated to be about a decimal is read as that decimal. Not after
    digits: `3\\sqrt{2} \\approx 3.46` states another exact value first."""
    for reply in ["x ≈ 3.46", "$x \\approx 3.46$", "So AB ≈ 3.46 cm.", "d_{AB} \\approx 3.464"]:
        assert grade("2\\sqrt{3}", reply).correct, reply
    for reply in ["x ≈ 3.56", "3\\sqrt{2} ≈ 3.46", "x ≈ 3"]:
        assert not grade("2\\sqrt{3}", reply).correct, reply


def test_a_product_of_units_glued_to_its_macros():
    """`5\\,\\text{m}\\cdot\\text{s}^{-1}` had lost its unit: the text macros' contents were joined to the `\\cdot` before
    them (`\\cdots`, an ellipsis); after a control word a macro's content is set apart."""
    for unit in ["\\,\\text{m}\\cdot\\text{s}^{-1}", " \\mathrm{m}\\cdot\\mathrm{s}^{-1}"]:
        assert grade("5", f"$v = 5{unit}$").correct, unit
        assert grade("5 \\mathrm{~m/s}", f"$5{unit}$").correct, unit
        assert not grade("6", f"$5{unit}$").correct, unit


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("1:2:3", "2:4:6", True),  # (the same ratio, scaled: had been incorrect)
        ("3 : 6 : 9", "1 : 2 : 3", True),
        ("0:1:2", "0:2:4", True),
        ("1:2:3", "3:2:1", False),
        ("1:2:3", "1:2:4", False),
        ("0:1:2", "0:0:0", False),
        ("4:9:1", "4:9", False),  # (another number of parts: both had read as the number 4/9, correct)
        ("4:9", "4:9:1", False),
        ("12:30:00", "6:15:00", False),  # (hours, minutes and seconds: times, never proportions)
    ],
)
def test_a_ratio_of_three_parts_or_more_is_its_proportions(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct


@pytest.mark.parametrize(
    "reply",
    [
        "The answer is yes because the sum is 12.",
        "The answer is yes, since 5 + 7 = 12.",
        "Yes, because 12 > 5.",
    ],
)
def test_a_yes_then_its_reason_is_that_yes(reply):
    """ "The answer is yes because the sum is 12." had been read as 12 (a number after the marker): the reason after
    a yes or a no is no part of it, as after a value."""
    assert grade("Yes", reply).correct and grade("A", reply, choices=["Yes", "No"]).correct
    assert not grade("No", reply).correct and not grade("12", reply).correct
    # (a pleasantry after it on the same line is no part of the reason's sentence)
    assert grade("Yes", f"{reply} I hope this helps!").correct, reply


@pytest.mark.parametrize(
    "reply",
    [
        "Removing 2 red spheres and 1 cylinder leaves 4 objects.",
        "Subtracting all red spheres (2) and cylinders (1) leaves us with 4 objects.",
        "Taking away 3 cubes results in 4 objects.",
        "Removing 2 spheres and 1 cylinder leaves us with four objects.",
    ],
)
def test_a_verb_of_result_states_the_count(reply):
    """A working, then what it leaves ("... leaves 4 objects."): the count after the verb of result, the sentence's
    one number there (the sentence had been taken whole, for it does not end with its number)."""
    assert grade("4", reply).correct
    assert not grade("2", reply).correct and not grade("1", reply).correct


def test_a_sign_in_words_is_the_relation_of_its_name():
    """ "$a_n$ is positive" is `a_n > 0` (stop 55); the sign alone ("positive", `\\text{positive}`), the name before or
    after it ("all positive k", `k \\text{ is positive}`) say the same of the same name, and had been words against
    the relation. Another sign is wrong, and so is the same relation of another name (`n > 0` for `y > 0` had been the
    same set of reals), as "n is even" is not "y is even"."""
    for gold, answer in [("$a_n$ is positive", "\\text{positive}"), ("x > 0", "positive"), ("k is negative", "all negative k"),
                         ("x \\text{ is positive}", "all positive x"), ("x \\geq 0", "non-negative")]:  # fmt: skip
        assert grade_answer(gold, answer).correct, (gold, answer)
        assert grade_answer(answer, gold).correct, (answer, gold)
    for gold, answer in [("$a_n$ is positive", "negative"), ("x \\geq 0", "positive"), ("y is positive", "n is positive"),
                         ("y > 0", "n > 0"), ("x > 2", "t > 2")]:  # fmt: skip
        assert not grade_answer(gold, answer).correct, (gold, answer)
    assert grade_answer("x > 2", "(2, \\infty)").correct  # (an interval names no one)


@pytest.mark.parametrize(
    "reply, value, others",
    [
        ("The number of students in class 5 is 30 students.", "30", ["5"]),
        ("Finally, the measure of angle 2 must be 7° after 3 steps.", "7", ["2", "3"]),
        ("The area of rectangle 3 is 12 units, which is the final answer.", "12", ["3"]),
        ("The value in 2015 was 3.5 in the end.", "3.5", ["2015"]),
        ("The answer is equal to 7 cm.", "7", []),
        ("The answer is 45° in total.", "45", []),
        ("The answer is 12 dollars when x = 9.", "12", ["9"]),
        ("The answer is approximately 0.8 after 2 steps.", "0.8", ["2"]),
        ("Hence, the answer is found to be 7 students after 2 steps.", "7", ["2"]),
    ],
)
def test_the_copulas_value_when_the_subject_or_the_tail_holds_numbers(reply, value, others):
    """A subject with a number of its own ("class 5", "angle 2", "in 2015"), words after the value, a tail that states
    no value ("in total", "..., which is the final answer", "after 3 steps"), "is equal to": each had left the sentence
    taken whole, or read by the condition's number. The copula's value is the answer, never the others."""
    assert grade(value, reply).correct, reply
    for other in others:
        assert not grade(other, reply).correct, (reply, other)


def test_a_value_set_aside_after_rather_than_is_never_the_answer():
    """ "A is the right answer rather than 60°." had been read as 60° (option D, correct for D): a value after "rather
    than" or "instead of" is set aside, as one after "not" is; the letter named before the marker is the answer."""
    angles = ["30°", "40°", "50°", "60°"]
    for reply in [
        "A is the right answer rather than 60°.",
        "A is correct instead of 60°.",
        "A is the right answer, not 60°.",
    ]:
        assert grade("A", reply, choices=angles).correct, reply
        assert not grade("D", reply, choices=angles).correct, reply
    assert not grade("60", "The length is 45 cm rather than 60.").correct
    for reply in ["It should be A rather than 60°.", "We use the smaller angle instead of 60°."]:
        assert not grade("D", reply, choices=angles).correct and not grade("60", reply).correct, reply


@pytest.mark.parametrize(
    "reply",
    [
        "The answer is B as shown in the image.",
        "The answer is option B based on the diagram.",
        "B rather than 4.",
        "B is the right answer, not C.",
        "So B is correct. The other options are wrong.",
    ],
)
def test_a_letter_then_its_source_or_what_it_is_preferred_to(reply):
    """A letter, then where it is read from or what it is preferred to, or a closing remark on the others: each had
    been taken whole (a decided reject). The letter is the answer, never the other option named."""
    values = ["2", "4", "6", "8"]
    assert grade("B", reply, choices=values).correct
    assert not grade("C", reply, choices=values).correct and not grade("D", reply, choices=values).correct


def test_more_sentence_forms_of_a_count_or_a_value():
    """A sign set apart ("The value is − 5."), an extremum as a label ("Minimum value: 3 (at x = 1)"), a count as the
    subject with only bounds beside it ("3 bars have values smaller than 6."): read as the value they state."""
    assert grade("-5", "The value is − 5.").correct and not grade("5", "The value is - 5.").correct
    assert (
        grade("3", "Minimum value: 3 (at x = 1)").correct
        and not grade("1", "Minimum value: 3 (at x = 1)").correct
    )
    assert grade("3", "3 bars have values smaller than 6.").correct
    assert not grade("6", "3 bars have values smaller than 6.").correct
    assert grade("0", "None of the people were born after 1945.").correct


@pytest.mark.parametrize(
    "remark", ["The answer is confirmed.", "(Rounded to 2 decimal places.)", "I hope this helps!", ""]
)
def test_a_closing_remark_after_a_worked_value_names_no_answer(remark):
    """ "The answer is confirmed." with no marker before it had been read as the word "confirmed" (a decided reject),
    "(Rounded to 2 decimal places.)" as 2 (correct for 2), and "So, 15 cm." as the math "So, 15 cm" (the connective
    kept, for the unit): the value the worked reply states last is its answer."""
    reply = f"We compute 2 × 9 = 18.\nThe figure shows 3 rows of 4 squares.\nSo, 15 cm.\n{remark}".strip()
    assert grade("15", reply).correct, reply
    assert not grade("2", reply).correct and not grade("18", reply).correct, reply
    # on the answer's own line too (no line of its own to drop): the marker that confirms, the precision it keeps
    for inline in ["So x = 15. The answer is confirmed.", "So x = 15, rounded to 2 decimal places."]:
        reply = f"We compute 2 × 9 = 18.\n{inline}"
        assert grade("15", reply).correct and not grade("2", reply).correct, reply


@pytest.mark.parametrize(
    "remark",
    [
        "Note that option D is a common mistake.",
        "(The figure is not drawn to scale.)",
        "The other options are wrong.",
        "The answer is confirmed.",
    ],
)
def test_a_remark_line_after_the_option_names_no_answer(remark):
    """A line after the one that names the option, remarking on another option, the figure, the others or the check,
    had hidden that line (read as D, correct for D; or as the working's last number): it names no answer."""
    reply = f"First, we note that AB = 13 and BC = 5.\nHence, option B is correct.\n{remark}"
    values = ["2", "4", "6", "8"]
    assert grade("B", reply, choices=values).correct
    assert not grade("D", reply, choices=values).correct and not grade("5", reply).correct


@pytest.mark.parametrize(
    "reply, word",
    [
        ("Based on the image, no, the blue bar is taller than the red bar.", "No"),
        ("**Yes**, the value of 2019 is 45.", "Yes"),
        ("There are more cubes than spheres. Therefore, yes.", "Yes"),
        ("No — the value of 2019 is 45.", "No"),
        ("Yes, it is. I hope this helps!", "Yes"),
    ],
)
def test_a_yes_or_no_set_off_in_a_sentence(reply, word):
    """The word set off after a lead-in, in bold, after a dash or concluding a statement had left the reply taken
    whole, or read by the statement's number: it answers a yes/no question, with its options or against a gold Yes
    or No; a reply that says both ("Yes, no, they cannot.") answers neither."""
    other = "No" if word == "Yes" else "Yes"
    assert grade(word, reply).correct and not grade(other, reply).correct, reply
    letter = "A" if word == "Yes" else "B"
    assert grade(letter, reply, choices=["Yes", "No"]).correct, reply
    assert not grade("B" if letter == "A" else "A", reply, choices=["Yes", "No"]).correct, reply
    assert (
        not grade("No", "Yes, no, they cannot.").correct and not grade("Yes", "Yes, no, they cannot.").correct
    )


def test_a_value_spelled_with_a_part_that_looks_like_a_number():
    """ "So the value is 2½." had been read as 2 (correct for 2), "So we get 1,200 in total." as 200 (correct for 200:
    the thousands comma taken for a clause's), and "... = 14.\nTherefore, twelve." as 14: the whole value."""
    assert (
        grade("\\frac{5}{2}", "So the value is 2½.").correct and not grade("2", "So the value is 2½.").correct
    )
    assert (
        grade("1200", "So we get 1,200 in total.").correct
        and not grade("200", "So we get 1,200 in total.").correct
    )
    worked = "We compute 3 + 4 = 7 and 7 × 2 = 14.\nTherefore, twelve."
    assert grade("12", worked).correct and not grade("14", worked).correct
