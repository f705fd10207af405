"""Equivalence strategies on hand-written pairs: numbers, precision, lists, expressions, equations,
intervals, multiple choice, and the statuses that are not correct/incorrect."""

from pathlib import Path

import pytest

from mmeval.verifiers import GradeConfig, Status, grade, grade_answer
from mmeval.verifiers.comparison.fastsets import read_set


@pytest.mark.parametrize(
    ("gold", "answer"),
    [
        ("0.5", r"\frac{1}{2}"),
        ("1/2", "0.5"),
        ("50\\%", "0.5"),
        ("50\\%", "50"),
        ("1234", "1,234"),
        ("1500", "1.5e3"),
        ("0.0015", r"1.5 \times 10^{-3}"),
        ("2.5", r"2\frac{1}{2}"),
        ("18", "$18"),
        ("7", "7 cm"),
        ("45", r"45^\circ"),
        (r"\frac{2}{3}", "0.67"),
        ("3", "x = 3"),
        (r"\sqrt{2}", "1.41421356"),
        (r"2\pi", r"\pi \cdot 2"),
        ("(1, 2)", "(1,2)"),
        ("1, 2, 3", "3, 2, 1"),
        (r"\{1, 2\}", r"\{2, 1\}"),
        ("y = 2x+1", "2x - y + 1 = 0"),
        (r"x^2 + 2x + 1", "(x+1)^2"),
        (r"[-1, 3]", r"-1 \leq x \leq 3"),
        (r"\begin{pmatrix}1&2\\3&4\end{pmatrix}", r"\begin{pmatrix}1&2\\3&4\end{pmatrix}"),
    ],
)
def test_equivalent(gold, answer):
    v = grade_answer(gold, answer)
    assert v.status == Status.CORRECT, v


@pytest.mark.parametrize(
    ("gold", "answer"),
    [
        ("0.5", "0.51"),
        ("0.5", "0.46"),
        ("3", "2.5"),
        ("1/3", "0.3"),
        ("(1, 2)", "(2, 1)"),
        ("1, 2, 3", "1, 2"),
        ("y = 2x+1", "y = 2x - 1"),
        ("x^2", "x^3"),
        ("[-1, 3]", "(-1, 3)"),
        ("2", "2x"),
        ("30", "29.6"),
        (r"\begin{pmatrix}1&2\\3&4\end{pmatrix}", r"\begin{pmatrix}1&2\\3&5\end{pmatrix}"),
    ],
)
def test_not_equivalent(gold, answer):
    v = grade_answer(gold, answer)
    assert v.status == Status.INCORRECT, v


@pytest.mark.parametrize(
    ("gold", "answer", "ok"),
    [
        (r"10\pi", "31.4", True),  # one place, three significant digits: 0.05% off (had been rejected)
        (r"36\pi", "113.1", True),
        (r"\frac{200}{3}", "66.7", True),
        (r"\sqrt{2}", "1.41", True),  # two places
        (r"\sqrt{2}", "1.4", False),  # one place, two digits: 1% off
        (r"36\pi", "113", False),  # an integer states an exact value
        (r"10\pi", "31.5", False),  # not its rounding
    ],
)
def test_an_exact_gold_written_rounded(gold, answer, ok):
    assert grade_answer(gold, answer).correct is ok


def test_fixed_decimal_precision_and_tolerance():
    assert grade_answer("1.23", "1.234", precision=2).correct
    assert not grade_answer("1.23", "1.236", precision=2).correct
    assert grade_answer("100", "100.5", precision=0.01).correct
    assert not grade_answer("100", "102", precision=0.01).correct


@pytest.mark.parametrize(
    ("gold", "response", "choices", "ok"),
    [
        ("B", "The answer is (B).", None, True),
        ("B", r"\boxed{C}", None, False),
        ("15", "The answer is B.", ["12", "15", "20"], True),
        ("B", "So it is 15.", ["12", "15", "20"], True),
        ("B", "The answer is A, B, C.", ["12", "15", "20"], False),
        ("A", "I would say the answer is absolutely clear: none", None, False),
    ],
)
def test_multiple_choice(gold, response, choices, ok):
    assert grade(gold, response, choices=choices).correct is ok


def test_statuses():
    assert grade("", "1").status == Status.GOLD_UNPARSEABLE
    assert grade("1", "").status == Status.NO_ANSWER
    assert grade("1", "(" * 100 + "1" + ")" * 100).status == Status.PRED_UNPARSEABLE
    assert grade_answer("1", "x" * 5000).status == Status.PRED_UNPARSEABLE


def test_gold_that_does_not_parse_is_never_correct():
    v = grade(r"\frac{", r"\frac{")
    assert not v.correct


def test_fast_paths_work_without_the_symbolic_worker():
    cfg = GradeConfig(symbolic=False)
    assert grade("1/2", r"\boxed{0.5}", config=cfg).correct
    assert grade("(1, 2)", "(1, 2)", config=cfg).correct


@pytest.mark.parametrize(
    "injection",
    [
        "__import__('os').system('touch /tmp/mmeval_pwned')",
        "eval('1+1')",
        "exec('import os')",
        "lambda: __import__('os')",
        "().__class__.__bases__[0].__subclasses__()",
    ],
)
def test_injection_strings_are_inert(injection, tmp_path):
    v = grade("2", rf"\boxed{{{injection}}}")
    assert v.status != Status.CORRECT
    assert not Path("/tmp/mmeval_pwned").exists()


def test_prepare_is_remembered_per_side():
    """A gold is prepared once for all its answers, and the gold's and the answer's preparations of one
    text are kept apart (only a gold made of boxes is read as their list)."""
    from mmeval.verifiers.comparison.equivalence import prepare

    text = r"\boxed{1}, \boxed{2}"
    assert prepare(text, gold=True) is prepare(text, gold=True)
    assert prepare(text, gold=True).text == "1, 2"
    assert prepare(text).text != "1, 2"
    assert prepare(text, gold=True).text == "1, 2"


# Found by a check that gives each gold, changed in meaning (one digit, the base of a numeral), as the reply
def test_numerals_in_different_bases_are_different_answers():
    assert not grade("$204_5$", "$204_6$").correct  # the parser drops the base: both were 204
    assert grade("$204_5$", "$204_{5}$").correct
    assert not grade("1112112_3", "1112122_3").correct


def test_exact_rationals_are_compared_exactly_not_rounded():
    # math-verify rounds to 6 places: 1/3^1009 and 1/4^1009 are both 0.000000
    assert not grade("\\frac{3^{1008}-1}{3^{1009}}", "\\frac{3^{1008}-1}{4^{1009}}").correct
    assert not grade("\\frac{1}{3^{1009}}", "\\frac{1}{4^{1009}}").correct
    assert grade("\\frac{3^{1008}-1}{3^{1009}}", "\\frac{3^{1008}-1}{3 \\cdot 3^{1008}}").correct


# Found by scripts/near_miss_check.py (each gold changed in meaning, given as the reply, was accepted)
def test_an_interval_end_open_or_closed_is_part_of_the_answer():
    assert not grade("(-2,1]", "(-2,1)").correct
    assert not grade("[0, 3]", "(0, 3]").correct
    assert grade("(-2,1]", "(-2, 1]").correct


def test_a_one_letter_variable_after_a_number_is_no_unit():
    assert not grade("0.75 x^2", "0.75 x^{3}").correct  # `x^2` had been a unit, so both were 0.75
    assert grade("0.75 x^2", "0.75x^2").correct
    assert grade("5 m^2", "5").correct  # an SI unit still is one


def test_a_prose_answer_keeps_its_relations_and_constants():
    gold = "When x<=3 $f(x)=-x+1$, when x>3, $f(x)=x-5$"
    assert not grade(gold, gold.replace("x<=3", "x>=3")).correct
    assert grade(gold, gold.replace("x<=3", "x \\leq 3")).correct
    sector = "Area of sector $=6 \\pi \\mathrm{cm}^{2}$"
    assert not grade(sector, "Area of sector $=6 \\mathrm{cm}^{2}$").correct
    prose = "The sector has area $6 \\pi$ square centimeters"  # prose, no named value: only its marks differ
    assert not grade(prose, "The sector has area $6$ square centimeters").correct


def test_a_prose_or_named_answer_keeps_its_math_in_order():
    gold = "All pairs $(n, k)$ such that $n \\leqslant k \\leqslant \\frac{3 n+1}{2}$"
    assert not grade(gold, gold.replace("\\frac{3 n+1}{2}", "\\frac{2}{3 n+1}")).correct
    assert grade(gold, "All pairs $(n,k)$ such that $n \\le k \\le \\frac{3n+1}{2}$").correct
    assert grade(gold, "$n \\leq k \\leq \\frac{3n+1}{2}$").correct
    # a three-letter product of names made the gold "prose"
    assert not grade("\\frac{qBa}{m}", "\\frac{m}{qBa}").correct


def test_a_derivative_of_another_quantity_is_another_answer():
    # sympy takes d(y)/d(x) of two free symbols as 0: both equations were `0 = f`
    gold = "\\frac{d y}{d x}=-\\sqrt{x^{2}-1}"
    assert not grade(gold, "\\frac{d x}{d y}=-\\sqrt{x^{2}-1}").correct
    assert grade(gold, "\\frac{dy}{dx} = -\\sqrt{x^2-1}").correct
    # source: OlympiadBench first release, English_Olympiad_Physics id 1078 (its gold, turned over)
    ray = "\\frac{d y}{d x}=-\\sqrt{(\\frac{n(y)}{n_{0} \\sin i_{0}})^{2}-1}"
    assert not grade(ray, ray.replace("\\frac{d y}{d x}", "\\frac{d x}{d y}")).correct


def test_shared_derivatives_are_compared_as_names_not_as_zero():
    # sympy evaluated both derivatives to 0, so the sign between the terms did not count
    # (source: OlympiadBench first release, English_Olympiad_Physics 1462, near-miss `plus_minus` rewrite)
    gold = "v \\frac{\\mathrm{d} \\rho}{\\mathrm{d} x}+\\rho \\frac{\\mathrm{d} v}{\\mathrm{~d} x}=0"
    assert not grade(gold, gold.replace("}+\\rho", "}-\\rho")).correct
    assert not grade(gold, "v \\frac{d \\rho}{d x}-\\rho \\frac{d v}{d x}=0").correct
    assert grade(gold, "\\rho \\frac{d v}{d x} + v \\frac{d \\rho}{d x}=0").correct
    assert grade(gold, "v \\frac{d \\rho}{d x}+\\rho \\frac{d v}{d x}=0").correct  # `\\mathrm{~d}` is `d`


def test_a_step_function_is_not_compared_at_a_few_points():
    # floor(sqrt(n-1)) and floor(cbrt(n-1)) agree near the sample points (English_Olympiad_Mathematics 1974,
    # near-miss `cube_root` rewrite)
    assert not grade("\\lfloor\\sqrt{n-1}\\rfloor", "\\lfloor\\sqrt[3]{n-1}\\rfloor").correct
    assert grade("\\lfloor n/2 \\rfloor", "\\left\\lfloor \\frac{n}{2} \\right\\rfloor").correct


def test_the_case_of_a_one_letter_name_is_part_of_it():
    # the string comparison lowered the case of everything: `\frac{r}{R}` was `\frac{R}{r}`
    assert not grade("\\frac{r}{R}", "\\frac{R}{r}").correct
    assert not grade("\\sqrt{\\frac{h}{H}}", "\\sqrt{\\frac{H}{h}}").correct
    assert grade("\\text{First Strategy}", "first strategy").correct  # text is still read without case
    assert not grade("\\frac{BlE}{mR}", "\\frac{mR}{BlE}").correct  # one word among math is no prose


def test_a_capital_and_a_small_letter_that_are_both_names_stay_two_names():
    # the parser reads `R` as `r`: the gold `\frac{r}{R} = ...` had been `1 = ...`
    # (source: OlympiadBench first release, Gaokao_Maths id 6948, its gold turned over)
    gold = "\\frac{r}{R}=\\frac{5}{13}, 1690000\\pi"
    assert not grade(gold, "\\frac{R}{r}=\\frac{5}{13}, 1690000\\pi").correct
    assert grade(gold, "\\frac{r}{R} = \\frac{5}{13}, 1690000 \\pi").correct
    assert grade("2n", "2N").correct  # a lone capital for a small letter is the same name, by design


def test_a_label_keeps_its_case_where_both_cases_are_names():
    # the left-hand sides were compared without case, so `N=n` was `n=n` (OlympiadBench first release,
    # English_Olympiad_Mathematics 2212 and English_Olympiad_Physics 1509 / 1121, near-miss `case` rewrite)
    assert not grade("N=n", "n=n").correct
    assert not grade("I_{i}(L)=0", "i_{i}(L)=0").correct
    assert grade("I_{i}(L)=0", "I_{i}(L) = 0").correct
    assert grade("N = 5", "n = 5").correct  # a lone capital for a small letter is the same name, by design


def test_a_subscripted_name_keeps_its_case_where_its_letter_names_another_symbol():
    # the fast path renamed `t_a` to the gold's `T_a` by case, though `t` is a name of the gold too
    # (English_Olympiad_Physics 1480: `T_{a} e^{2 R t / 5 V}`)
    assert not grade("T_{a} e^{2 R t / 5 V}", "t_{a} e^{2 R t / 5 V}").correct
    assert not grade("T_{a} + t", "t_{a} + t").correct
    assert grade("T_a", "t_a").correct  # no other name with that letter: the same name, by design
    assert grade("C x", "c x").correct


def test_digit_groups_after_a_space_are_one_number():
    # the parser read `84 000` as 84 * 0: `84 000` and `85 000` were both 0
    # (source: OlympiadBench first release, Gaokao_Maths id 5841, its gold with one digit changed)
    assert not grade("84 000.", "85 000.").correct
    assert grade("84 000", "84000").correct
    assert grade("84 000", "8.4 \\times 10^{4}").correct  # read as a number, not only as the same text
    assert grade("12 345.5", "12345.5").correct
    assert not grade("1 000 000", "1 000 001").correct


def test_a_set_written_with_or_is_read_whole_on_either_side():
    """`a \\le -2 \\text{ or } a = 1` is a set of reals: its `=` is one piece, not a label whose right-hand
    side is the value (the answer had been cut to `1` and the gold to `-2 or ...`), and `\\lor` joins
    pieces as "or" does (found by grading decided pairs with their sides swapped; `set_cases`)."""
    union = r"(-\infty, -2] \cup \{1\}"
    assert grade_answer(union, r"a \leqslant -2 \text{ or } a = 1").correct
    assert grade_answer(r"a \leqslant -2 \text{ or } a = 1", union).correct
    assert not grade_answer(r"(-\infty, -2) \cup \{1\}", r"a \le -2 \text{ or } a = 1").correct
    assert not grade_answer("1", r"a \le -2 \text{ or } a = 1").correct
    assert grade_answer(r"x = -8 \lor x = 7", r"x = -8 \text{ or } x = 7").correct
    assert grade_answer(r"m = 2 \vee m = 7", r"\{2\} \cup \{7\}").correct
    assert not grade_answer(r"x = -8 \lor x = 7", r"x = -8 \text{ or } x = 6").correct
    assert grade_answer("3", "x + 1 = 3").correct  # a lone equation's right-hand side, as before


def test_intervals_listed_are_their_union():
    """Built probe (stop 49): two intervals listed, joined by "and" or a comma, against their union had been compared
    as text (a decided reject, either way round); they hold the same points. A list with another piece, or with a
    bracket turned, is another set; a list whose items are not all intervals is not read as one."""
    union = r"(-\infty, 1) \cup (2, +\infty)"
    for listed in (
        r"(-\infty, 1) \text{ and } (2, +\infty)",
        r"(-\infty, 1) and (2, +\infty)",
        r"(2, +\infty), (-\infty, 1)",
    ):
        assert grade_answer(union, listed).correct, listed
        assert grade_answer(listed, union).correct, listed
    assert not grade_answer(union, r"(-\infty, 1] \text{ and } (2, +\infty)").correct
    assert not grade_answer(union, r"(-\infty, 1) \text{ and } (3, +\infty)").correct
    assert not grade_answer(r"(1, 2)", r"(1, 2) \text{ and } (3, 4)").correct
    assert read_set(r"(1, 2) \text{ and } x > 3") is None


def test_a_sequence_term_is_one_name_in_any_spelling():
    """Built probe (stop 49): `a(n) = 2n - 1` for `a_n = 2n - 1`, and `Sn = n^2` for `S_n = n^2`, had been another
    name (a decided reject), though `2n - 1` alone is correct. Another letter, another index, another body: wrong."""
    assert grade_answer("a_n = 2n - 1", "a(n) = 2n - 1").correct
    assert grade_answer("a(n) = 2n - 1", "a_{n} = 2n - 1").correct
    assert grade_answer("S_n = n^2", "Sn = n^2").correct
    assert grade_answer("a_{n+1} = 2n", "a(n+1) = 2n").correct
    assert not grade_answer("a_n = 2n - 1", "b(n) = 2n - 1").correct
    assert not grade_answer("a_n = 2n - 1", "a(k) = 2n - 1").correct
    assert not grade_answer("a_n = 2n - 1", "a(n) = 2n + 1").correct


def test_a_relation_is_linear_on_both_sides_of_zero_or_left_to_sympy():
    """`|x| < 2` is not `x < 2`: the fast reader had checked linearity at 0, 1 and 2 only, where `|x|`
    and `\\sqrt{x^2}` are `x` (found by grading decided pairs with their sides swapped); a variable inside
    `|...|`, a root or a fractional power is never read as linear."""
    assert not grade_answer("x < 2", "|x| < 2").correct
    assert not grade_answer(r"(-\infty, 2)", "|x| < 2").correct
    assert not grade_answer(r"x \ge 1", r"\sqrt{x^2} \ge 1").correct
    assert grade_answer("(-2, 2)", "|x| < 2").correct
    assert grade_answer(r"|x| > 2", r"x < -2 \text{ or } x > 2").correct
    assert grade_answer("x > -1", "-x < 1").correct and grade_answer("x < 3", "2x + 1 < 7").correct
    # linear wherever it is sampled, yet bent: `|2x + 6|` is linear for x > -3 (scripts/fuzz_fastpath.py)
    assert not grade_answer(r"1 \geq |2x + 6|", r"x \leq \frac{-5}{2}").correct
    assert not grade_answer(r"\sqrt{(2x + 9)^2} \geq -7", r"\frac{-16}{2} \leq x").correct
    # a gold equation with the missing variable inside `|...|` has two solutions
    assert not grade_answer(r"|y| = \frac{6}{x}", r"\frac{6}{x}").correct
    assert grade_answer(r"xy = 6", r"\frac{6}{x}").correct


def test_a_set_after_its_name_in_is_the_set():
    """`z \\in [-2, -1] \\cup [1, 2]` is the set after `\\in`: the sympy path could not read it, so
    `1 \\le |z| \\le 2` was rejected one way round and accepted the other (`scripts/swap_check.py`)."""
    union = r"z \in [-\frac{3}{2}, -1] \cup [1, \frac{3}{2}]"
    assert grade_answer(union, r"1\leq|z|\leq \frac{3}{2}").correct
    assert grade_answer(r"1\leq|z|\leq \frac{3}{2}", union).correct
    assert not grade_answer(union, r"1\leq|z|< \frac{3}{2}").correct
    assert grade_answer(r"x \in (-2, 2)", "|x| < 2").correct
    assert not grade_answer(r"x \in (-2, 2)", r"|x| \le 2").correct


def test_membership_in_a_set_is_the_set():
    """`x \\in (0, 1]` is the set `(0, 1]`: sympy had raised on `x \\in (0,1)` (unparseable, found by the
    `set_spellings` property at 600 examples); the membership is dropped where the other side names the same
    variable's or none."""
    assert not grade_answer(r"x \in (0,1]", r"x \in (0,1)").correct
    assert grade_answer(r"x \in (0,1]", r"x \in (0, 1]").correct
    assert grade_answer(r"x \in (0,1]", r"(0,1]").correct and grade_answer(r"(0,1]", r"x \in (0,1]").correct
    assert grade_answer(r"x \in (0,1]", r"0 < x \le 1").correct
    assert grade_answer(r"x \in (0,1]", r"x \in (0,1)").status.value == "incorrect"


def test_as_set_reads_the_set_after_a_membership_prefix():
    """`symbolic.as_set` is public: `z \\in [1, 2] \\cup [3, 4]` is the set after the `\\in` (grading strips
    `x \\in` earlier, in `equivalence._membership`, so only a direct call shows this)."""
    from mmeval.verifiers.comparison.symbolic import as_set

    assert as_set("z \\in [1, 2] \\cup [3, 4]") == as_set("[1, 2] \\cup [3, 4]") is not None


def test_a_value_at_another_point_is_another_quantity():
    """Found by probing the form `named_computation_cases` with values at points: math-verify compares two
    equations of a function's (or a probability's) values by their right-hand sides, so `f(2) = 3` answered
    `f(1) = 3`. A point is numbers or an event (`X=1`); `f(x)` is a function, so its argument's name is free."""
    assert not grade("$f(1)=3$", "$f(2)=3$").correct
    assert grade("$f(1)=3$", "$f(1.0)=3$").correct
    assert not grade("$P(X=1)=0.6$", "$P(X=2)=0.6$").correct
    assert not grade("$P(X=1)=0.6$", r"$P(X=2)=\frac{3}{5}=0.6$").correct
    assert grade("$P(X=1)=0.6$", r"$P(X=1)=\frac{3}{5}=0.6$").correct
    assert not grade("$h=60$", "$P(X=1)=60$").correct
    assert not grade("$A=6$", "$AB=6$").correct
    assert grade("$f(x)=x$", "$f(z)=z$").correct
    assert grade("$AB=6$", "$BA=6$").correct  # two names of a figure: compared, not told apart by spelling


def test_a_scale_word_is_a_unit_or_the_number_it_makes():
    """Found by probing numbers with words after them: a scale word was dropped as a unit, so `2 million` did
    not answer `2000000` (it answers `2` still: a gold counted in millions), and a sentence's reading lost it."""
    assert grade("2000000", "Answer: 2 million").correct
    assert grade("2", "Answer: 2 million").correct
    assert grade("2500000000", "The revenue was 2.5 billion dollars.").correct
    assert not grade("2510000000", "The revenue was 2.5 billion dollars.").correct
    assert not grade("3001", "3 thousand").correct
    assert grade("3 thousand", "3000").correct


def test_an_angle_is_not_a_percent_and_a_cent_is_not_a_dollar():
    """Found by probing decorated numbers: each side dropped its sign (`60°`, `60%`) or its unit word (`5 cents`,
    `5 dollars`) and the bare values were equal."""
    assert not grade("$60^\\circ$", "$60\\%$").correct
    assert not grade("$60\\%$", "60°").correct
    assert grade("$60\\%$", "0.6").correct and grade("$60^\\circ$", "60").correct
    assert not grade("5 dollars", "5 cents").correct
    assert grade("25 cents", "The answer is 25 cents.").correct


def test_all_real_numbers_in_words_is_the_real_line():
    """Found by probing set answers: "all real numbers" against `x \\in \\mathbb{R}` was unparseable (sympy subtracted
    the set from a symbol)."""
    assert grade("$x\\in\\mathbb{R}$", "all real numbers").correct
    assert grade("$(-\\infty,+\\infty)$", "x can be any real number.").correct
    assert grade("全体实数", "$\\mathbb{R}$").correct
    assert not grade("$(0,+\\infty)$", "all real numbers").correct
    assert not grade("$\\mathbb{R}$", "all real numbers except 0").correct


def test_a_vector_in_angle_brackets_is_its_tuple():
    """Found by probing vector answers: `\\langle 1, 2 \\rangle` did not parse, so it never answered `(1, 2)`; an
    inner product (`\\langle u, v \\rangle = 0`) is no vector."""
    assert grade("$(1,2)$", "$\\langle 1,2\\rangle$").correct
    assert grade("$(1,2,3)$", "⟨1, 2, 3⟩").correct
    assert not grade("$(1,2)$", "$\\left\\langle 2, 1 \\right\\rangle$").correct
    assert grade("$0$", "$\\langle u, v\\rangle = 0$").correct


def test_a_fraction_in_words_is_the_fraction():
    """Found by probing number words: "two-thirds" was read as 2 (its numerator, the rest taken as a unit word),
    so it answered `2` and never `\\frac{2}{3}`; "five hundred" lost its scale word."""
    assert not grade("2", "two-thirds").correct
    assert grade("\\frac{2}{3}", "two-thirds").correct
    assert grade("0.75", "three-fourths").correct
    assert grade("\\frac{1}{4}", "a quarter").correct
    assert grade("500", "five hundred").correct
    assert grade("4", "four objects").correct


def test_chinese_or_between_math_is_or():
    """Found by probing Chinese replies: `x=5或x=-1` was compared by its last right-hand side, so it answered `-1`
    (decided); 或 ("or") between two pieces of math is the word or, and the two values are a list."""
    assert not grade("-1", "x=5或x=-1").correct
    assert grade("5,-1", "x=5或x=-1").correct
    assert grade("$(-\\infty,1)\\cup(2,+\\infty)$", "x<1或x>2").correct
    assert not grade("5", "x=5或许是对的").correct  # (或许, "perhaps", is a word)


def test_a_derivative_is_another_function():
    """Found by probing equations whose left-hand sides name other quantities: math-verify compares `f'(x) = 2x`
    with `f(x) = 2x` by their right-hand sides. A prime written as a power (`f^{\\prime}`) is the same prime, and
    a derivative's argument is bound like a function's."""
    assert not grade("$f'(x)=2x$", "$f(x)=2x$").correct
    assert not grade("$f(x)=x^2$", "$f'(x)=x^2$").correct
    assert not grade("$y'=2x$", "$y=2x$").correct
    assert not grade("$f''(x)=2$", "$f'(x)=2$").correct
    assert grade("$f'(x)=2x$", r"$f^{\prime}(x)=2x$").correct
    assert grade("$f'(x)=2x$", "$f'(t)=2t$").correct
    assert grade("$y'=3$", r"$y^{\prime}=3$").correct
    assert grade("$f'(x)=2x$", "$2x$").correct


def test_any_left_hand_side_given_a_computation_that_ends_in_the_value():
    """A chain `first = ... = last` states `first = last`, whatever its first side (`x_1+x_2`, `P(X=1)`): as a whole,
    math-verify compared it by its last side, so another quantity given the gold's value was accepted."""
    assert grade("$x_1+x_2=60$", "$x_1+x_2=30+30=60$").correct
    assert not grade("$x_1+x_2=60$", "$x_1+x_2=30+30=61$").correct
    assert not grade("$h=60$", r"$x_1+x_2=\frac{1}{2} a b=60$").correct
    assert not grade("$h = 60$", r"$P(X=1) = \frac{1}{2} a b = 60$").correct
    # a name against an expression of other names is another quantity; an equation with its sides swapped is not
    assert grade("$X+Y=Z$", "$Z=X+Y$").correct  # (source: MATH-V ChatGPT3.5-CoT_Text+Image-Caption 273)
    assert grade("$x_1+x_2=2$", r"$E_{k}=\frac{1}{2} a b=2$").status == Status.INCORRECT  # (not unparseable)


def test_the_same_name_given_a_computation_that_ends_in_the_value():
    r"""source: OlympiadBench first release (every solution graded against its own gold): English_Olympiad_Physics:1211
    (`\tau_{\text {crit }}=\frac{...}{...} C \log(...)=9.36 \cdot 10^{-7} s` for `\tau_{\text {crit }}=9.36 \cdot
    10^{-7}`: a subscript holding a group had made the name no name) and Gaokao_Physics:8116 (`h=...=8.4 mm` for
    `h=8.4 mm`). The answer's last right-hand side is compared, as for a gold without `=`."""
    reply = r"$\tau_{\text {crit }}=\frac{R_{\text {off }} R}{R_{\text {off }}+R} C \log (\frac{U}{V})=9.36 \cdot 10^{-7} s$"
    assert grade(r"$\tau_{\text {crit }}=9.36 \cdot 10^{-7}$", reply).correct
    assert not grade(r"$\tau_{\text {crit }}=9.46 \cdot 10^{-7}$", reply).correct
    # two names whose subscripts hold a group: another name, decided (not an unparseable answer)
    other = grade(r"$\tau_{\text {crit }}=9.36$", r"$E_{\text {k }}=9.36$")
    assert other.status == Status.INCORRECT and "another name" in other.reason
    assert grade("$A=12$", r"$A=\frac{1}{2} ab=12 cm$").correct
    assert not grade("$A=13$", r"$A=\frac{1}{2} ab=12 cm$").correct
    assert not grade("$B=12$", r"$A=\frac{1}{2} ab=12$").correct  # another name
    # found by the property `named_computations`: math-verify read the chain by its last side and the gold by
    # its right-hand side, so another name given the gold's value was accepted (as `v_0 = 12` is not)
    assert not grade("$h=258/5$", r"$v_{0}=\frac{1}{2} a b=258/5$").correct
    # the same through a chain that names another quantity on the way (`x`), which the general chain reading leaves whole
    assert not grade("$h=12$", r"$v_{0}=x=\frac{1}{2} a b=12$").correct
    # a segment between points with subscripts is a name (source: GAOKAO-Bench Math, every solution graded
    # against its own gold: Gaokao_Maths:4387), and another name given the value is still another quantity:
    # `A_1B_1` was no name, and math-verify accepted the chain below by its last side
    chain = r"$B_{1}H= \frac{1}{2} B_{1}C_{1}= \frac{1}{2} BC= \frac{1}{2}$"
    assert grade(r"$B_1H=\frac{1}{2}$", chain).correct
    assert not grade(r"$B_1H=\frac{1}{3}$", chain).correct
    assert not grade("$h=60$", r"$A_1B_1 = \frac{R C}{R+r} \log 2 = 60$").correct
    assert grade("$A_1B_1=60$", r"$A_1B_1 = \frac{R C}{R+r} \log 2 = 60$").correct
    assert grade("$A_1B_1=3$", "3").correct  # the segment named, its value given bare
    verdict = grade(
        "$h=60$", "$E_{k}=60 s$"
    )  # `E_{k}` does not parse as math: the answer had been unparseable
    assert (verdict.status, verdict.reason.split("; ")[-1]) == (
        Status.INCORRECT,
        "another name (E_{k} for h)",
    )


def test_infin_is_infinity():
    r"""source: OlympiadBench first release Gaokao_Maths:5673 and :5871 (golds `(4, +\infin)`, `(1, +\infin)`: KaTeX
    writes infinity `\infin` too; the golds had not parsed)."""
    assert grade(r"$(4, +\infin)$", r"$\{m|m>4\}$").correct
    assert grade(r"$(-\infin, +\infin)$", r"(-\infty,\infty)").correct
    assert not grade(r"$(5, +\infin)$", r"(4,+\infty)").correct


def test_an_approximation_stated_last_answers_a_symbolic_gold():
    r"""source: OlympiadBench first release English_Olympiad_Physics:1251 and :1257 (first-order answers written
    `p_{a t}=p-\hbar q \approx m v-\frac{\hbar \omega_{L}}{c}`): the expression after the last `\approx` is the
    answer to a symbolic gold, as a number there already was; a slip in it is wrong."""
    reply = r"$p_{a t}=p-\hbar q \approx m v-\frac{\hbar \omega_{L}}{c}$"
    assert grade(r"$m v-\frac{\hbar \omega_{L}}{c}$", reply).correct
    assert not grade(r"$m v+\frac{\hbar \omega_{L}}{c}$", reply).correct
    chain = r"$\varepsilon_{p h} \approx \hbar \omega_{0}(1+\frac{v}{c}) \approx \hbar \omega_{L}(1+2 \frac{v}{c})$"
    assert grade(r"$\hbar \omega_{L}\left(1+2 \frac{v}{c}\right)$", chain).correct
    assert not grade(r"$\hbar \omega_{L}\left(1+3 \frac{v}{c}\right)$", chain).correct
    assert not grade(r"$\sqrt{3}$", r"$x = \sqrt{2} \approx 1.414$").correct


def test_a_matrix_written_as_a_list_of_lists():
    """A matrix as code writes it (`[[1,2],[3,4]]`, `((1, 2), (3, 4))`) against a matrix environment had been
    compared whole and rejected. It is read row by row, cell by cell, against an environment only; rows of
    another length, a row in other brackets or another entry are not the matrix."""
    env = "\\begin{pmatrix} \\frac{1}{5} & 2 \\\\ 3 & 4 \\end{pmatrix}"
    assert grade_answer(env, "[[0.2, 2], [3, 4]]").correct
    assert grade_answer("[[0.2,2],[3,4]]", env).correct
    assert grade_answer(env, "((1/5, 2), (3, 4))").correct
    assert not grade_answer(env, "[[0.2, 2], [4, 3]]").correct
    assert not grade_answer(env, "[[0.2, 2, 3], [3, 4, 5]]").correct
    assert grade_answer(env, "[[0.2, 2], [3, 4, 5]]").status == Status.INCORRECT  # ragged rows: no matrix
    assert not grade_answer(env, "[[0.2, 2], (3, 4)]").correct


def test_an_environment_name_is_no_word_of_a_reply():
    """A reply that is a bare matrix environment (`\\begin{bmatrix} ... \\end{bmatrix}`) had been a guess: its
    environment's name counted as two words of prose. It is a bare answer, decided."""
    v = grade(
        "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}"
    )
    assert v.correct and not v.guessed


def test_euler_number_and_the_imaginary_unit_set_upright():
    """`\\mathrm{e}` and `\\mathrm{i}` (ISO style) had been read as unit text and dropped: `2\\mathrm{e}` was graded
    correct for a gold 2, and `\\mathrm{e}^{-1}` did not parse. They are the constants e and i."""
    assert not grade_answer("2", "2\\mathrm{e}").correct
    assert not grade_answer("2", "2\\mathrm{i}").correct
    assert grade_answer("e^{-1}", "\\mathrm{e}^{-1}").correct
    assert grade_answer("1+i", "1+\\mathrm{i}").correct
    assert grade_answer("2 \\mathrm{m}", "2 m").correct  # other upright letters are still units


def test_a_point_named_by_a_capital_letter_is_its_coordinates():
    """`P(2, 3)` against `(2, 3)` had been incorrect: latex2sympy reads the name and the bracket as a function P at
    (2, 3). A point named by a capital letter (with an index or a prime, after "point" or 点) is its coordinates
    where the other side names no point; swapped or other coordinates, a lower-case function, one coordinate, or
    two different names are not read so."""
    assert grade_answer("(2,3)", "P(2, 3)").correct
    assert grade_answer("P(2,3)", "(2, 3)").correct
    assert grade_answer("(1,-2,3)", "M'\\left(1, -2, 3\\right)").correct
    assert grade_answer("(0,-1)", "A_1(0,-1)").correct
    assert grade("$(2,3)$", "The answer is point $P(2, 3)$.").correct
    assert grade_answer("(1,2), (3,4)", "A(1,2), B(3,4)").correct
    assert grade_answer("(\\frac{1}{2}, -\\sqrt{3})", "Q(\\frac{1}{2}, -\\sqrt{3})").correct
    assert not grade_answer("(2,3)", "P(3, 2)").correct
    assert not grade_answer("(2,3)", "P(2, 4)").correct
    assert not grade_answer("(2,3)", "f(2, 3)").correct  # a function's value at (2, 3)
    assert not grade_answer("(3)", "P(3)").correct  # one coordinate: a value at a point
    assert not grade_answer("A(2,3)", "B(2,3)").correct  # another point's name
    assert not grade_answer("(2,3)", "P(2)(3)").correct


def test_bare_braces_around_math_are_a_group_not_a_set():
    """`${1,3}$` renders as "1,3": in math, braces without a backslash only group (a set is `\\{1,3\\}`), so it had
    wrongly been an unordered set against the tuple `(1,3)`. Source: the tune half of math-verify's own test suite
    (`$(1,3)$` vs `${1,3}$`, labelled equal). In plain text, "The set is {1, 3}." is still a set."""
    assert grade("$(1,3)$", "${1,3}$").correct
    assert not grade("$(3,1)$", "${1,3}$").correct
    assert grade("\\{1,3\\}", "$\\{3,1\\}$").correct
    assert not grade("(3,1)", "The set is \\{1, 3\\}.").correct
