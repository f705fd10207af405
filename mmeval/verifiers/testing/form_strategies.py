r"""Hypothesis strategies for answer forms: one answer written in another shape, both orders.

Each strategy draws `Case`s whose verdict is true by construction (values are exact `Fraction`s or
integers; a negative case changes a value, the order of a tuple, or a name). A form is tested on the
gold side and on the answer side ("both orders"), with and without units and LaTeX spacing:

- `labelled_value_cases`: `p=3, q=4` / `Ann: 5, Ben: 3` / `Maximum = 2, Minimum = 1` vs `3, 4`;
- `stated_value_cases`: clauses that each state a value ("The maximum is 3 and the minimum is -1.",
  "最大值为3，最小值为-1", "x is 2, y is 5") vs `3, -1`;
- `decorated_number_cases`: units (`\text{ cm}`, `\text{cm}^2`, `\mbox{ inches}^2`, `\mathrm{~m}`; in
  Chinese `平方厘米`, `\text{个}`, `米/秒`),
  ordinals (`12^{\mathrm{th}}`, `12th`), percent words (`33.5 percent`, `pct`), degrees, a qualifier
  (`approximately 3.5`, `\approx 3.5`) or a preposition (`In 2019`), a wrapper that decorates it (`\underline{12}`,
  `\textcolor{red}{12}`, `<b>12</b>`, `***12***`), the number again in words or digits (`5 (five)`, `five (5)`) and a currency's sign or code
  before it (`USD 1.25`, `Rs. 50`), a percent or degree mark after the box that holds the number
  (`$\boxed{50}\%$` is 0.5); the digits split by a space that groups no thousands (`1 23`) are wrong;
- `unit_cases`: a value with units on both sides, one unit spelled two ways (`\text{ cm}^2`, `\mathrm{~cm}^{2}`,
  `square centimeters`, `cm²`; `m/s^2`, `m s^{-2}`, `meters per second squared`) or units of another
  dimension or size (`cm^2` vs `cm^3`, `cm` vs `m`);
- `trig_degree_cases`: a trigonometric function of an angle in degrees (`\sin 30^\circ`, `\cos(45°)`,
  `sin 60°`, `\tan^{2} 60^{\circ}`) vs its exact value, either side the gold; another angle, or the angle
  read in radians, is wrong;
- `clock_time_cases`: a clock time in 24 hours, with AM/PM (`10:30 PM`, `10:30 p.m.`, `2:30 \text{ PM}`) or
  as on a clock face (`22:30` for `10:30`); another time, the other half of the day, a clock face's reading for
  a gold that says the half (`9:30` for `21:30`), or a time whose hours and minutes make the same ratio
  (`1:15` for `2:30`) is wrong;
- `ratio_cases`: a ratio of three or four parts vs the same ratio scaled (`2:4:6` for `1:2:3`); its parts in
  another order, one changed or one left out is wrong;
- `combinatorics_cases`: combinations and arrangements as Chinese textbooks write them (`C_5^2`, `C_{5}^{2}`,
  `\mathrm{C}_5^2`, `A_5^2`) or as `{}_5C_2`, alone, times a number or in a fraction, vs their value; another
  value is wrong;
- `restated_word_cases`: a short gold in words ("odd", "Petya", "ellipse", "Yes") answered by a phrase that frames
  it ("odd function", "Petya has a winning strategy", "The locus is an ellipse", "Yes, it is possible"); another
  word, a negation, a name added or a qualified yes is not the gold;
- `degree_minute_cases`: an angle in degrees and minutes (and seconds) (`30^\circ 15'`, `30°15′36″`,
  `30^{\circ}15^{\prime}`) vs its decimal degrees (`30.25^\circ`) or radians, either side the gold; other
  minutes, or the minutes dropped, are wrong;
- `named_point_cases`: a point named by a capital letter (`P(2, 3)`, `A_1(0, -1)`, "point P(2, 3)", 点P(2, 3)) vs
  its bare coordinates, either side the gold; a changed or swapped coordinate, or two names, is wrong;
- `complex_number_cases`: a complex number `a + bi` vs the same number as an expression in `i` (`i(2-i)`, `(2+i)^2`),
  the gold written `a + bi`; another number is wrong;
- `rounded_exact_cases`: an exact gold (`10\\pi`, `5\\sqrt{2}`, `\\frac{200}{3}`) answered by its decimal rounded
  (`31.4`, `7.07`, `66.7`): accepted to two places or more, or to one place with three significant digits or more;
  a coarser rounding (`1.4` for `\\sqrt{2}`, an integer), or another last digit, grades incorrect;
- `restated_value_cases`: one value written twice, the second form restating the first ("1/2 or 0.5", "25\%, i.e.
  0.25", `\sqrt{2}, about 1.41`, "12 (or twelve)"), either side the gold; a hedge between two values is wrong;
- `spacing_cases`: `\,` `\ ` `\;` `\!` (also `11,\!111`), `\left( \right)`, `\bigl( \bigr)`, a stray `\`;
- `matrix_cases`: matrices and vectors whose entries are equal numbers written differently;
- `function_cases`: `f(x) = ...` vs `f(t) = ...` (a bound argument), and a free variable renamed;
- `plain_text_cases`: mixed numbers (`4 4/9`) and Python-style math (`2**(1/4)`, `sqrt(3)`);
- `multi_part_cases`: a gold of several blanks, one answer per line (`96\n376`, `(1)$$30$$\n(2)$$24$$`) or
  labelled on one line (`(1)3;(2)equal`, `(1). $a ; \quad$ (2). $b$.`), vs one box per part, one box of `;`-separated parts, or lines;
- `set_cases`: a set of reals as intervals and points (`(-\infty, -2] \cup \{1\}`), as relations joined by
  "or" (`x \le -2 \text{ or } x = 1`) or in set-builder notation, either side the gold; a negative flips
  one end's bracket, moves a point or drops a piece;
- `false_accept_cases`: forms that look alike and are not (large integers one apart, a tuple against
  a set, a list against the list with `\ldots`, an equation against its right-hand side, a free
  variable renamed, a decimal gold rounded to 2 significant digits);
- `order_chain_cases`: a chain of order relations (`a > b > c`, `\log_2 3 > 1 \geq \frac{1}{2}`) read from its other
  end (`c < b < a`), either side the gold, in any spelling of its relations; another order, a relation of
  other strictness, or the chain reversed without flipping its signs is wrong;
- `system_cases`: a system's solution written as a system, one unknown per row (`\begin{cases} x=2 \\ y=-1 \end{cases}`,
  `\left\{\begin{array}{l} ... \end{array}\right.`), against a tuple or labelled values, either side the gold; another
  value, two values swapped, or a system of equations still to solve is wrong;
- `closing_remark_cases`: an answer closed by a remark in words (`x = 3 \text{ (the only solution)}`, `3 (positive
  root)`) or by one that rejects a value (`x = 3, x = -1 \text{ (rejected)}`, `x = 3 \quad (x = -1 \text{ is
  rejected})`); the rejected value is not the answer, and a remark that denies, hedges or scales is kept;
- `named_property_cases`: a name and its property in words (`n \\text{ is even}`, "f is increasing"), against the
  property alone or the sentence, either side the gold; the other property, another name, or the name alone is wrong;
- `value_statement_cases`: a value with a statement about it in a text box (`12 \\text{ is the maximum}`), left out
  or reworded by the answer; another statement, another value, or a negation moved to the other word is wrong;
- `opposite_sense_cases`: a value with words of one sense around it (`4 \\text{ more}`, `\\text{maximum } 12`); the
  opposite word (`4 \\text{ fewer}`) is wrong, the number alone is the answer;
- `prose_gold_cases`: a gold sentence in words (a comparison, a winner under a condition) against an answer made of its
  words: the comparison's subject is the answer, its other side, the sides swapped or a name without its condition is
  wrong;
- `statement_cases`: a gold written as a sentence stated back, bare or after an answer marker, its math
  delimiters and relations spelled another way; a negative changes a word, the bound, a relation's direction,
  or swaps two names.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import strategies as st

from mmeval.verifiers.testing.strategies import Case, exact_decimal, number_forms

__all__ = [
    "labelled_value_cases",
    "stated_value_cases",
    "decorated_number_cases",
    "unit_cases",
    "exact_value_unit_cases",
    "approx_statement_cases",
    "decimal_comma_cases",
    "scale_word_cases",
    "trig_degree_cases",
    "clock_time_cases",
    "ratio_cases",
    "combinatorics_cases",
    "named_computation_cases",
    "approximation_cases",
    "condition_cases",
    "restated_word_cases",
    "degree_minute_cases",
    "named_point_cases",
    "complex_number_cases",
    "restated_value_cases",
    "rounded_exact_cases",
    "spacing_cases",
    "matrix_cases",
    "function_cases",
    "plain_text_cases",
    "false_accept_cases",
    "multi_part_cases",
    "set_cases",
    "statement_cases",
    "order_chain_cases",
    "closing_remark_cases",
    "named_property_cases",
    "value_statement_cases",
    "opposite_sense_cases",
    "prose_gold_cases",
    "system_cases",
]

_LABEL_SETS = (
    ("p", "q", "r", "s"),
    ("x", "y", "z", "w"),
    ("Ann", "Ben", "Cy", "Dee"),
    ("Maximum", "Minimum", "Mean", "Range"),
    ("a_1", "a_2", "a_3", "a_4"),
    ("\\Delta t", "\\Delta \\phi", "\\Delta E", "\\delta x"),  # a change of one name is one quantity
    ("\\tan \\beta", "\\sin \\alpha", "\\cos \\theta", "\\tan A"),  # a trigonometric value of one name
)
_UNITS = (
    r" \text{ cm}",
    r"\text{ cm}",
    r" \text{cm}^2",
    r" \mbox{ inches}^2",
    r"\mathrm{~m}",
    r" \text{ m}^{3}",
)
_UNITS += (" cm", " kg", r" \text{ square units}")
# the unit squared inside its macro, and siunitx's unit macros
_UNITS += (r" \mathrm{cm^{2}}", r"\ \unit{cm^{2}}", r" \si{m}")
# Chinese units and measure words, bare or in a text macro, with and without a space
_UNITS += ("平方厘米", " 厘米", r"\text{个}", r"\ \text{千克}", "米/秒", " 元", r"\text{平方米}")
_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


_DRESSES = ("{x}", "\\boxed{{{x}}}", "The answer is ${x}$.", "$\\boxed{{{x}}}$", "<answer>{x}</answer>")
# Anchored dresses only: a bare list or a matrix as a whole response is left to extraction's own tests
_ANCHORED = ("\\boxed{{{x}}}", "$\\boxed{{{x}}}$", "<answer>{x}</answer>", "Final answer: $\\boxed{{{x}}}$")
# Labelled values are read as the answer even as the whole reply ("Maximum = 2, Minimum = 1.")
_LABELLED = (*_ANCHORED, "{x}", "{x}.")


def _far(draw: st.DrawFn, v: Fraction | int) -> Fraction:
    """A shift that makes `v` another answer under every documented tolerance (a decimal gold of 3+
    significant digits accepts 0.2% of slack): at least 1 and at least 2% of `v`."""
    return max(Fraction(1), abs(Fraction(v)) / 50) * draw(st.sampled_from([1, -1, 3]))


def _dress(draw: st.DrawFn, x: str, dresses: tuple[str, ...] = _DRESSES) -> str:
    return draw(st.sampled_from(dresses)).format(x=x)


def _one_changed(draw: st.DrawFn, values: list[int]) -> tuple[list[int], bool]:
    """`values` as shown, and whether they are the same: a negative changes one value to one none of them is."""
    same = draw(st.booleans())
    shown = list(values)
    if not same:
        i = draw(st.integers(0, len(values) - 1))
        shown[i] = shown[i] + int(_far(draw, shown[i]))
        if shown[i] in values:
            shown[i] = max(values) + 1
    return shown, same


def _join(draw: st.DrawFn, items: list[str]) -> str:
    return draw(st.sampled_from([", ", ",", " , ", ",\\ ", ",\\, "])).join(items)


@st.composite
def labelled_value_cases(draw: st.DrawFn) -> Case:
    """Labelled values vs the bare list of the values, either side the gold; a negative changes one
    value. The bare list may be in another order (a bare gold list says no order)."""
    n = draw(st.integers(2, 4))
    values = draw(st.lists(st.integers(-50, 1200), min_size=n, max_size=n, unique=True))
    labels = draw(st.sampled_from(_LABEL_SETS))[:n]
    sep = draw(st.sampled_from(["=", " = ", ": ", ":"]))
    if sep.strip() == ":" and labels[0] in ("x", "p", "a_1"):
        sep = " = "  # `x: 3` reads as a ratio to nobody, but `=` is how such names are written
    unit = draw(st.sampled_from(["", "", *(_UNITS[:3])]))
    shown, same = _one_changed(draw, values)
    labelled = _join(draw, [f"{label}{sep}{v}{unit}" for label, v in zip(labels, shown, strict=True)])
    bare_values = sorted(values) if draw(st.booleans()) else values
    bare = _join(
        draw, [draw(st.sampled_from(number_forms(Fraction(v), percent=False)[:2])) for v in bare_values]
    )
    if draw(st.booleans()):  # both orders: the labelled side is the answer, or the gold
        return Case(bare, _dress(draw, labelled, _LABELLED), same, why="labelled values answer a bare list")
    return Case(labelled, _dress(draw, bare, _ANCHORED), same, why="a bare list answers labelled values")


_STATED_NAMES = (  # names a sentence states values of, in English (after "The") and in Chinese
    ("maximum", "minimum", "mean", "range"),
    ("area", "perimeter", "height", "width"),
    ("最大值", "最小值", "平均值", "周长"),
)
_STATED_JOINTS = (" and ", ", ", ", and ", "; ", "，", "；")


@st.composite
def stated_value_cases(draw: st.DrawFn) -> Case:
    """A one-line reply of clauses that each state one value ("The maximum is 3 and the minimum is -1.",
    "最大值为3，最小值为-1", "x is 2, y is 5") vs the bare list of the values, in that order or another, or, named by
    letters, vs the ordered tuple of them; a negative changes one value, swaps the tuple, or the gold has one value
    more than the clauses state."""
    n = draw(st.integers(2, 4))
    values = draw(st.lists(st.integers(-50, 1200), min_size=n, max_size=n, unique=True))
    kind = draw(st.sampled_from(["words", "letters"]))
    names = draw(st.sampled_from(_STATED_NAMES)) if kind == "words" else ("x", "y", "z", "w")
    chinese = names[0] == "最大值"
    copula = draw(st.sampled_from(["为", "是", "等于"] if chinese else [" is ", " equals ", " = "]))
    shown, same = _one_changed(draw, values)
    dollar = draw(st.booleans())
    clauses = [
        f"{'' if chinese or kind == 'letters' else 'the '}{name}{copula}{f'${v}$' if dollar else v}"
        for name, v in zip(names[:n], shown, strict=True)
    ]
    reply = draw(st.sampled_from(_STATED_JOINTS[4:] if chinese else _STATED_JOINTS[:4])).join(clauses)
    reply = (reply[0].upper() + reply[1:] if kind == "words" else reply) + draw(
        st.sampled_from(["", ".", "。" if chinese else "."])
    )
    if kind == "letters" and copula != " = " and ";" not in reply and draw(st.integers(0, 2)) == 0:
        # the ordered tuple of the named values ("x is 3 and y is 4" for `(3, 4)`; the clauses had been words
        # against it): the values in the names' order; the order swapped is another point (not after semicolons:
        # `x = 3; y = 4` is not read as labelled values, `;` separating a gold's solutions)
        swap = n == 2 and draw(st.booleans())
        tuple_values = values[::-1] if swap else values
        return Case(
            f"({', '.join(map(str, tuple_values))})", reply, same and not swap, why=f"a tuple: {reply!r}"
        )
    gold_values = sorted(values) if draw(st.booleans()) else values
    if same and draw(st.integers(0, 3)) == 0:  # the gold has one value the reply never states
        return Case(", ".join(map(str, [*gold_values, max(values) + 7])), reply, False, why="a value short")
    return Case(", ".join(map(str, gold_values)), reply, same, why="each clause states one of the values")


_NAMES = (
    "A",
    "h",
    "v_{0}",
    "\\tau_{\\text{crit}}",
    "E_{k}",
    "S_{\\triangle ABC}",
    "B_{1}H",
    "A_1B_1",
    "P(X=1)",
    "P(X=2)",
    "f(2)",
    "x_1+x_2",
)
_COMPUTATIONS = (
    "\\frac{1}{2} a b",
    "\\frac{2 d}{\\cos r}",
    "m g h",
    "\\sqrt{2 g h}",
    "\\frac{R C}{R+r} \\log 2",
)


@st.composite
def named_computation_cases(draw: st.DrawFn) -> Case:
    """A gold that names a value (`h = 8.4 mm`, a segment `B_{1}H = 8.4`, a value at a point `P(X=1) = 0.6`, a sum
    `x_1+x_2 = 6`) answered by the same name given a
    computation that ends in a value (`h = \\frac{2 d}{\\cos r} = 8.4 mm`, `A = \\frac{1}{2} ab = 12 cm`): the value decides. Another
    value, or the value under another name, grades incorrect."""
    v = draw(
        st.sampled_from(
            number_forms(Fraction(draw(st.integers(2, 900)), draw(st.sampled_from([1, 5, 10]))))[:2]
        )
    )
    name, other_name = draw(st.lists(st.sampled_from(_NAMES), min_size=2, max_size=2, unique=True))
    kind = draw(st.sampled_from(["same", "same", "other_value", "other_name"]))
    unit = draw(st.sampled_from(["", " mm", " cm", "\\mathrm{~m}", " s"]))
    shown = v
    if kind == "other_value":
        shown = f"{v}+{draw(st.integers(1, 9))}00"  # (far: a decimal gold allows its rounding noise)
    spacing = draw(st.sampled_from(["=", " = "]))
    answer_name = other_name if kind == "other_name" else name
    answer = f"{answer_name}{spacing}{draw(st.sampled_from(_COMPUTATIONS))}{spacing}{shown}{unit}"
    gold = f"{name}{spacing}{v}{draw(st.sampled_from(['', unit]))}"
    return Case(f"${gold}$", _dress(draw, f"${answer}$", ("{x}", "The answer is {x}.", "So {x}.")), kind == "same",
                why=answer)  # fmt: skip


_APPROXIMATED = (  # (exact expression, its approximation to first order, that approximation with a slip)
    ("p-\\hbar q", "m v-\\frac{\\hbar \\omega_{L}}{c}", "m v+\\frac{\\hbar \\omega_{L}}{c}"),
    (
        "\\frac{p^{2}}{2 m}+\\hbar \\omega_{0}",
        "\\frac{m v^{2}}{2}+\\hbar \\omega_{L}",
        "\\frac{m v^{2}}{2}-\\hbar \\omega_{L}",
    ),
    ("\\sin \\theta", "\\theta", "2\\theta"),
    ("\\sqrt{1+x}", "1+\\frac{x}{2}", "1+2x"),
    (
        "\\hbar \\omega_{0}\\left(1+\\frac{v}{c}\\right)",
        "\\hbar \\omega_{L}(1+2 \\frac{v}{c})",
        "\\hbar \\omega_{L}(1-2 \\frac{v}{c})",
    ),
)


@st.composite
def approximation_cases(draw: st.DrawFn) -> Case:
    """A symbolic gold (`m v-\\frac{\\hbar \\omega_L}{c}`) answered by a named computation that ends in an
    approximation (`p_{at}=p-\\hbar q \\approx m v-\\frac{\\hbar \\omega_L}{c}`, as physics answers to first
    order are written): the expression after the last `\\approx` decides; that expression with a slip (a
    sign, a factor) grades incorrect."""
    exact, approx, slip = draw(st.sampled_from(_APPROXIMATED))
    name = draw(st.sampled_from(["p_{a t}", "\\varepsilon_{p h}", "y", "E_{k}", ""]))
    same = draw(st.booleans())
    sp = draw(st.sampled_from(["", " "]))
    head = f"{name}{sp}={sp}{exact}" if name else exact
    answer = f"{head}{sp}\\approx {approx if same else slip}"  # (`\\approxm` would be another command)
    return Case(f"${approx}$", _dress(draw, f"${answer}$", ("{x}", "Final answer: {x}", "So {x}.")), same,
                why=answer)  # fmt: skip


_CONDITIONS = (  # each row: one condition, spelled several ways (after a bracket or a comma)
    (" (n\\in N^{*})", "(n \\in \\mathbb{N}^{*})", ", n\\in \\mathbf{N}^{*}"),
    ("(n=1,2,3,\\ldots)", " (n=1, 2, 3, ...)", "(n=1，2，3，\\cdots)"),
    (" (k\\in Z)", ", k \\in \\mathbb{Z}", "(k\\in \\mathbf{Z})"),
    ("(0<x<2)", " (0 < x < 2)", "\\left(0<x<2\\right)"),
)
_CONDITIONED = (
    "a_n=2n-1",
    "T=\\frac{\\pi L}{2 n v_0}",
    "y=\\frac{2}{5}\\sin \\frac{\\pi}{6}x+1",
    "[2k-\\frac{1}{4}, 2k+\\frac{3}{4}]",
)


@st.composite
def condition_cases(draw: st.DrawFn) -> Case:
    """An answer with a domain condition (`a_n=2n-1 (n\\in N^*)`, `T=... (n=1,2,3,\\ldots)`, `[...], k\\in Z`),
    either side the gold: the same answer with the same condition spelled another way grades correct, and
    so does the same answer where the gold states no condition; another condition or another answer
    grades incorrect. A gold's condition the answer leaves out is taken as read where it puts a parameter in
    the whole numbers (`k\\in Z`, `n=1,2,3,\\ldots`) and is part of the gold otherwise (`0<x<2`)."""
    i = draw(st.integers(0, len(_CONDITIONED) - 1))
    row = draw(st.integers(0, len(_CONDITIONS) - 1))
    kinds = [
        "same",
        "same",
        "gold_has_none",
        "answer_has_none",
        "other_condition",
        "other_answer",
        "set_builder",
    ]
    kind = draw(st.sampled_from(kinds))
    if kind == "set_builder":  # `\{x | x = k\pi + \frac{\pi}{4}, k \in \mathbb{Z}\}`: the family it names
        a, b = draw(st.integers(1, 3)), draw(st.sampled_from([3, 4, 6]))
        c = b if draw(st.booleans()) else b + 6  # (another period's offset: another family)
        k = "k\\pi" if a == 1 else f"{a}k\\pi"
        member = draw(st.sampled_from([", k \\in \\mathbb{Z}", ",k\\in Z", ", k \\in \\mathbf{Z}"]))
        bar = draw(st.sampled_from([" | ", "\\mid ", ": "]))
        family = f"{k} + \\frac{{\\pi}}{{{b}}}"
        other = draw(
            st.sampled_from([f"\\frac{{\\pi}}{{{c}}} + {k}", f"x = \\frac{{\\pi}}{{{c}}}+{k}{member}"])
        )
        gold, reply = f"\\{{x{bar}x = {family}{member}\\}}", other
        if draw(st.booleans()):
            gold, reply = reply, gold
        return Case(f"${gold}$", _dress(draw, f"${reply}$", ("{x}", "The answer is {x}.")), c == b,
                    why=f"set_builder: {gold} / {reply}")  # fmt: skip
    answer = _CONDITIONED[i]
    shown = (
        answer.replace("-1", "+3")
        .replace("+1", "+5")
        .replace("\\pi L", "\\pi R")
        .replace("frac{3}{4}", "frac{5}{4}")
    )
    condition = draw(st.sampled_from(_CONDITIONS[row]))
    other_row = (row + draw(st.integers(1, len(_CONDITIONS) - 1))) % len(_CONDITIONS)
    answer_condition = draw(st.sampled_from(_CONDITIONS[other_row if kind == "other_condition" else row]))
    gold = answer if kind == "gold_has_none" else answer + condition
    reply = (shown if kind == "other_answer" else answer) + (
        "" if kind == "answer_has_none" else answer_condition
    )
    whole_numbers = row < 3  # (the rows above: `n \in N^*`, `n=1,2,3,...`, `k \in Z`; then an interval)
    correct = kind in ("same", "gold_has_none") or (kind == "answer_has_none" and whole_numbers)
    return Case(f"${gold}$", _dress(draw, f"${reply}$", ("{x}", "The answer is {x}.", "所以 {x}")),
                correct, why=f"{kind}: {reply}")  # fmt: skip


@st.composite
def degree_minute_cases(draw: st.DrawFn) -> Case:
    """An angle in degrees and minutes (and seconds), in several spellings, against the same angle in decimal
    degrees or in radians, either side the gold; a negative changes the minutes by thirty or drops them."""
    d, m = draw(st.integers(0, 179)), 3 * draw(st.integers(1, 19))  # (m/60 is a terminating decimal)
    sec = 36 * draw(st.integers(0, 1))
    deg = draw(st.sampled_from(["^\\circ ", "^{\\circ}", "°", "^\\circ"]))
    minute = draw(st.sampled_from(["'", "′", "^{\\prime}"]))
    second = draw(st.sampled_from(["''", "″"])) if sec else ""
    value = Fraction(d) + Fraction(m, 60) + Fraction(sec, 3600)
    kind = draw(st.sampled_from(["same", "same", "radians", "other_minute", "no_minutes"]))
    # (half a degree: a decimal gold accepts a finer answer that rounds to it, and one within 0.2% of it,
    # `closeness.APPROX_REL_TOL`)
    shown_m = (m + 30 if m + 30 < 60 else m - 30) if kind == "other_minute" else m
    dms = f"{d}{deg}{shown_m}{minute}" + (f" {sec}{second}" if sec else "")
    if (
        kind == "no_minutes"
    ):  # (the angle as the gold: a decimal gold would accept its rounding, `100` for 100.05)
        return Case(f"${dms}$", _dress(draw, f"${d}{deg.strip()}$", ("{x}", "The angle is {x}.")), False,
                    why=f"no_minutes: {d} for {dms}")  # fmt: skip
    if kind == "radians":
        other = f"\\frac{{{value.numerator}\\pi}}{{{180 * value.denominator}}}"
    else:
        other = exact_decimal(value) + draw(st.sampled_from(["^\\circ", "°", "^{\\circ}", " degrees"]))
    gold, answer = (dms, other) if draw(st.booleans()) else (other, dms)
    return Case(f"${gold}$", _dress(draw, f"${answer}$", ("{x}", "The angle is {x}.")), kind in ("same", "radians"),
                why=f"{kind}: {answer} for {gold}")  # fmt: skip


_POINT_NAMES = ("P", "A", "M", "Q", "B_1", "P_{0}", "A'", "C^{\\prime}")


@st.composite
def named_point_cases(draw: st.DrawFn) -> Case:
    """A point named by a capital letter (`P(2, 3)`, `A_1(0, -1)`, `M'(1, 2, 3)`, "point P(2, 3)", 点P(2, 3), one
    or two points) against its bare coordinates, either side the gold. Negatives: a coordinate changed, the
    coordinates swapped, or two different names for the same coordinates."""
    count, dims = draw(st.integers(1, 2)), draw(st.integers(2, 3))
    coords = [draw(st.lists(st.integers(-9, 9), min_size=dims, max_size=dims)) for _ in range(count)]
    kind = draw(st.sampled_from(["same", "same", "same", "changed", "swapped", "other_name"]))
    if kind == "swapped" and coords[0][0] == coords[0][1]:
        kind = "same"
    shown = [list(c) for c in coords]
    if kind == "changed":
        shown[0][-1] += draw(st.sampled_from([1, -1, 3]))
    elif kind == "swapped":
        shown[0][0], shown[0][1] = shown[0][1], shown[0][0]
    space = draw(st.sampled_from([", ", ","]))
    left, right = draw(st.sampled_from([("(", ")"), ("\\left(", "\\right)")]))
    names = draw(st.lists(st.sampled_from(_POINT_NAMES), min_size=count, max_size=count, unique=True))

    def points(values: list[list[int]], first: str | None = None) -> str:
        named = [first or names[0], *names[1:]]
        return ", ".join(
            f"{n}{left}{space.join(map(str, c))}{right}" for n, c in zip(named, values, strict=True)
        )

    bare = ", ".join(f"{left}{space.join(map(str, c))}{right}" for c in coords)
    if kind == "other_name":  # both sides named, the first point by different letters
        bare = points(coords, "R")
    answer, gold = f"${points(shown)}$", f"${bare}$"
    if draw(st.booleans()):  # the named point is the gold
        answer, gold = (
            f"${bare.replace('R', names[0]) if kind == 'other_name' else bare}$",
            f"${points(shown)}$",
        )
        if kind == "other_name":
            answer, gold = f"${points(shown)}$", f"${bare}$"
    plain = answer.strip("$")
    if count == 1 and left == "(" and "{" not in plain and "^" not in plain and draw(st.booleans()):
        # in plain text, no math delimiters: "The intersection point is P(2, 3).", "P is located at (2, 3)."
        frame = draw(
            st.sampled_from(["The point is {x}.", "The intersection point is {x}.", "It is located at {x}"])
        )
        return Case(gold, frame.format(x=plain), kind == "same", why=f"{kind}: {plain} in words for {gold}")
    dress = ("{x}", "The answer is {x}.", "The coordinates are {x}.")
    if "R" not in gold and draw(st.booleans()):  # the name in words before the math
        dress = ("point {x}", "点{x}", "The point is {x}.")
    return Case(gold, _dress(draw, answer, dress), kind == "same", why=f"{kind}: {answer} for {gold}")


@st.composite
def complex_number_cases(draw: st.DrawFn) -> Case:
    """A complex number written `a + bi` as the gold, answered by an expression in `i` that equals it with `i` the
    imaginary unit (`i(2-i)` for `1+2i`, `(2+i)^2` for `3+4i`, `\\frac{1+i}{1-i}` for `i`), or `a + bi` in another
    order; a negative changes the real or the imaginary part (`1+3i`, `2+i` for `1+2i`)."""
    a, b, c, d = (draw(st.integers(-5, 5)) for _ in range(4))
    kind = draw(st.sampled_from(["product", "square", "reordered"]))
    if kind == "product" or (kind == "square" and a == 0 and b == 0):
        b = b or 1
        expression, value = f"({a}+{b}i)({c}+{d}i)", complex(a, b) * complex(c, d)
    elif kind == "square":
        expression, value = f"({a}+{b}i)^2", complex(a, b) ** 2
    else:
        b = b or 1
        expression, value = f"{b}i+{a}", complex(a, b)
    re_part, im_part = int(value.real), int(value.imag)
    if im_part == 0:
        im_part, expression = 1, f"{expression}+i"
    same = draw(st.booleans())
    if not same:
        if draw(st.booleans()):
            re_part += draw(st.sampled_from([1, -1, 2]))
        else:
            im_part += draw(st.sampled_from([1, -1, 2]))
    gold = f"{re_part}{'+' if im_part > 0 else '-'}{abs(im_part)}i".replace("+1i", "+i").replace("-1i", "-i")
    answer = expression.replace("+-", "-")
    return Case(gold, _dress(draw, f"${answer}$", ("{x}", "The answer is {x}.", "\\boxed{{{x}}}")), same,
                why=f"{kind}: {answer} for {gold}")  # fmt: skip


@st.composite
def restated_value_cases(draw: st.DrawFn) -> Case:
    """One value written twice, the second form restating the first ("1/2 or 0.5", `\\frac{3}{4} (0.75)`, "25\\%, i.e.
    0.25", "\\sqrt{2}, about 1.41", "12 (or twelve)"), against one form alone, either side the gold; a second form
    of another value is a hedge between two values (wrong against either, in either order, in one span or in two),
    and another value is wrong. A value as a decimal and as a percent ("0.4 (40\\%)") answers the percent's number
    (40): one of its forms is written as the gold is, and the two are one value."""
    kind = draw(st.sampled_from(["fraction", "percent", "root", "word", "percent_number"]))
    approx = False
    if kind == "root":
        k = draw(st.sampled_from([2, 3, 5, 6, 7, 10]))
        places = draw(st.integers(2, 3))
        forms, value = [f"\\sqrt{{{k}}}", f"{k**0.5:.{places}f}"], Fraction(k)  # (value: the square)
        approx, other = True, [f"\\sqrt{{{k + 1}}}", f"{(k + 1) ** 0.5:.{places}f}"]
    elif kind == "word":
        n = draw(st.integers(1, 12))
        forms, value = [str(n), _WORDS[n - 1]], Fraction(n)
        other = [str(n + 1), _WORDS[n % 12]] if n < 12 else [str(n - 1), _WORDS[n - 2]]
    else:
        q = draw(st.sampled_from([2, 4, 5, 8, 20, 25]))
        p = draw(st.integers(1, q - 1).filter(lambda p, q=q: Fraction(p, q).denominator == q))
        value = Fraction(p, q)
        first = draw(st.sampled_from([f"\\frac{{{p}}}{{{q}}}", f"{p}/{q}"]))
        shift = Fraction(1, q * 2) if q * 2 in (4, 8, 10, 16, 40, 50) else Fraction(1, 100)
        second = exact_decimal(value)
        if kind in ("percent", "percent_number") and exact_decimal(value * 100) is not None:
            first = f"{exact_decimal(value * 100)}\\%"
        forms, other = [first, second], [exact_decimal(value + shift)] * 2
        if kind == "percent_number" and draw(st.booleans()):  # (the decimal first: "0.4 (40\\%)")
            forms = forms[::-1]
    joins = [" or ", ", or ", ", i.e. ", ", that is, ", " (or {b})", " ({b})"]
    if kind == "word":  # (a restatement in words: "12 (twelve)", "12 or twelve")
        joins = [" or ", " (or {b})", " ({b})", ", i.e. "]
    if (
        approx
    ):  # (an exact value with a wrong approximation is read by its exact value, as `\\approx` is: not drawn)
        joins = [", about ", ", approximately ", " (about {b})", " (approximately {b})", ", roughly "]
        other = [other[0], other[1]]
    join = draw(st.sampled_from(joins))

    def written(a: str, b: str) -> str:
        return a + (join.format(b=b) if "{b}" in join else join + b)

    side = draw(st.sampled_from(["answer", "gold"])) if kind != "percent_number" else "answer"
    same = draw(st.booleans())
    if kind == "percent_number":
        percent = next(f for f in forms if f.endswith("\\%"))
        pair = forms if same else [percent if f == percent else other[0] for f in forms]  # (a hedge)
        answer = written(*pair)
        reply = _dress(draw, answer, ("{x}", "The answer is {x}.", "${x}$", "The share is {x}."))
        return Case(percent.removesuffix("\\%"), reply, same, why=f"{kind}: {reply!r} for {percent!r}")
    if side == "answer":
        # (a hedge: the first form right, the second of another value)
        answer = written(forms[0], forms[1] if same else other[1])
        if approx and not same:
            answer = written(other[0], other[1])
        elif (
            not same and kind != "word" and draw(st.booleans())
        ):  # (the hedge's other value first, the gold's last)
            answer = written(other[0], forms[1])
        gold = forms[draw(st.integers(0, 1))] if kind != "word" else forms[0]
        reply = _dress(draw, answer, ("{x}", "The answer is {x}.", "${x}$"))
        if kind == "word":
            reply = _dress(draw, answer, ("{x}", "The answer is {x}."))
        elif join in (" or ", ", or ") and not approx and draw(st.booleans()):
            # (the last sentence of a worked solution, each form in math of its own: "$\frac{4}{10}$ or $\frac{3}{5}$"
            # is a hedge there too, not its last span)
            a, b = answer.split(join)
            reply = f"We count the cases in turn.\n\nThus the value is ${a}${join}${b}$."
        return Case(gold, reply, same, why=f"{kind}: {reply!r} for {gold!r}")
    gold = written(forms[0], forms[1])
    answer = forms[0] if same else other[0]
    return Case(gold, _dress(draw, f"${answer}$", ("{x}", "The answer is {x}.")), same,
                why=f"{kind} gold: {answer!r} for {gold!r}")  # fmt: skip


_WORD_GOLDS = (  # (gold, the frames that say it, another gold of its kind)
    ("odd", ("{g} function", "The function is {g}.", "an {g} function"), "even"),
    ("increasing", ("monotonically {g}", "strictly {g}", "The sequence is {g}"), "decreasing"),
    ("isosceles", ("{g} triangle", "The triangle is {g}", "an {g} triangle"), "equilateral"),
    ("ellipse", ("The locus is an {g}", "an {g}", "The trajectory is an {g}."), "hyperbola"),
    ("parallel", ("The lines are {g}", "{g} lines", "They are {g}."), "perpendicular"),
    ("Petya", ("{g} wins", "{g} has a winning strategy", "{g} can always win", "The winner is {g}"), "Vasya"),
    ("second player", ("The {g} wins", "the {g} has a winning strategy", "{g} wins"), "first player"),
    ("even", ("all {g} numbers", "{g} integers", "all {g} integers"), "odd"),
)
_YES_REST = ("it is possible", "it can be done", "there is such a number", "such a triangle exists")
_ZH_YES = ("是的，可以。", "是", "可以", "存在。", "能")
_ZH_NO = ("不可能。", "否", "不存在这样的数。", "不能", "不是")
_NO_REST = (
    "it is not possible",
    "it cannot be done",
    "there is no such number",
    "such a triangle does not exist",
)


@st.composite
def restated_word_cases(draw: st.DrawFn) -> Case:
    """A short gold in words answered by a phrase that frames it (`text_restated`): "odd" by "odd function",
    "Petya" by "Petya has a winning strategy", "ellipse" by "The locus is an ellipse", "even" by "all even numbers",
    "Yes" by "Yes, it is possible", "It is possible." or "是的，可以。" (a gold "是" too), a phrase by another frame of the
    same words ("The second player wins" by "the second player has a winning strategy"). Negatives: another word of the kind in the same frame, the frame with the gold negated or another
    name added ("Petya loses", "Vasya wins, not Petya"), the other of yes and no, a yes that a qualifier
    takes back ("Yes, but only if n is even"). The framed phrase may be the gold ("B wins" answered "B")."""
    gold_in = draw(st.sampled_from(["{g}", "\\text{{{g}}}", "$\\text{{{g}}}$"]))
    answer_in = draw(st.sampled_from(["{a}", "\\text{{{a}}}", "$\\text{{{a}}}$", "\\boxed{{\\text{{{a}}}}}"]))
    if draw(st.integers(0, 3)) == 0:
        gold = draw(st.sampled_from(["Yes", "No"]))
        kind = draw(st.sampled_from(["same", "same", "other", "qualified"]))
        said = gold if kind != "other" else {"Yes": "No", "No": "Yes"}[gold]
        rest = draw(st.sampled_from(_YES_REST if said == "Yes" else _NO_REST))
        if kind == "qualified":
            rest += draw(st.sampled_from([", but only if n is even", " unless n = 1", " only when n is odd"]))
        answer = f"{said}{draw(st.sampled_from([', ', '. ', '; ']))}{rest}"
        if kind != "qualified" and draw(st.booleans()):  # the sentence alone, no yes or no before it
            answer = rest[0].upper() + rest[1:] + draw(st.sampled_from([".", ""]))
        if kind != "qualified" and draw(st.integers(0, 2)) == 0:  # a yes or no in Chinese, either side
            answer = draw(st.sampled_from(_ZH_YES if said == "Yes" else _ZH_NO))
            if draw(st.booleans()):
                gold_in = draw(st.sampled_from(["{g}", "\\text{{{g}}}"]))
                gold = {"Yes": "是", "No": "否"}[gold]
        return Case(
            gold_in.format(g=gold), answer_in.format(a=answer), kind == "same", why=f"{kind}: {answer}"
        )
    gold, frames, other = draw(st.sampled_from(_WORD_GOLDS))
    frame = draw(st.sampled_from(frames))
    kind = draw(st.sampled_from(["same", "same", "other", "negated", "named"]))
    said = other if kind == "other" else gold
    answer = frame.format(g=said)
    if kind == "negated":
        answer = draw(st.sampled_from([f"not {said}", f"neither {said} nor {other}", f"{said} cannot win"]))
    if kind == "named":
        answer = draw(st.sampled_from([f"{said} or {other}", f"{other}, not {said}", f"{said} and {other}"]))
    if kind in ("same", "other") and draw(st.booleans()):  # the framed phrase as the gold ("B wins" for "B")
        gold, answer = frame.format(g=gold), said
    elif kind in ("same", "other") and gold != "even" and draw(st.booleans()):
        # each side framed its own way ("The second player wins" for "the second player has a winning strategy")
        gold = draw(st.sampled_from([f for f in frames if f != frame])).format(g=gold)
    return Case(gold_in.format(g=gold), answer_in.format(a=answer), kind == "same", why=f"{kind}: {answer}")


def _decorations(draw: st.DrawFn, v: Fraction) -> tuple[str, Fraction]:
    """A decorated form of some value and the value it means."""
    kinds = ["unit", "degrees", "percent", "qualified", "currency", "wrapped"] + (
        ["ordinal"] if v.denominator == 1 and v > 0 else []
    )
    kinds += ["in_words"] if v.denominator == 1 and 0 < v <= len(_WORDS) else []
    kind = draw(st.sampled_from(kinds))
    plain = draw(
        st.sampled_from([f for f in number_forms(v, percent=False) if "times" not in f and "cdot" not in f])
    )
    if kind == "qualified":  # "approximately 3.5", "\\approx 3.5", "3.5 (rounded)": the value answered
        if draw(st.booleans()):
            return plain + draw(
                st.sampled_from(
                    [
                        " (approximately)",
                        " (rounded)",
                        " (approx.)",
                        " (exact)",
                        " [to 2 d.p.]",
                        ", rounded",
                        ", to 3 significant figures",
                        " (to the nearest integer)",
                        " (in simplest form)",
                    ]
                )  # fmt: skip
            ), v
        lead = ["approximately ", "about ", "roughly ", "\\approx ", "≈", "exactly ", "only ", "In ", "at "]
        return draw(st.sampled_from(lead)) + plain, v  # ("In 2019.": a preposition of time or place)
    if (
        kind == "wrapped"
    ):  # an underline (a blank filled in), a colour, HTML or markdown emphasis: no part of it
        wrap = draw(st.sampled_from(["\\underline{{{x}}}", "\\underline{{\\hspace{{1cm}}{x}\\hspace{{1cm}}}}",
                                     "\\textcolor{{red}}{{{x}}}", "<b>{x}</b>", "<strong>{x}</strong>", "***{x}***",
                                     "__{x}__", "\\boldsymbol{{{x}}}"]))  # fmt: skip
        return wrap.format(x=plain), v
    if kind == "currency" and "{" not in plain:  # a currency's sign or code before the value ("USD 1.25")
        return draw(st.sampled_from(["USD ", "Rs. ", "RMB ", "EUR ", "€", "£", "\\$"])) + plain, v
    if kind == "in_words":  # "5 (five)" or "five (5)": the same number again, in words or in digits
        if draw(st.booleans()):
            return f"{_WORDS[v.numerator - 1]} ({v.numerator})", v
        return f"{v.numerator} ({_WORDS[v.numerator - 1]})", v
    if kind == "unit":
        if "{" not in plain and draw(st.booleans()):  # siunitx / physics: `\qty{24}{cm}`, `\num{24}`
            macro = draw(
                st.sampled_from(
                    [
                        "\\qty{{{x}}}{{cm}}",
                        "\\SI{{{x}}}{{m}}",
                        "\\quantity{{{x}}}{{cm^{{2}}}}",
                        "\\num{{{x}}}",
                    ]
                )
            )
            return macro.format(x=plain), v
        return plain + draw(st.sampled_from(_UNITS)), v
    if kind == "degrees":
        # (and the degree sign's look-alikes: "30º", "30˚")
        return plain + draw(
            st.sampled_from(["^\\circ", "^{\\circ}", "°", " degrees", "度", "\\text{度}", "º", "˚"])
        ), v
    if kind == "ordinal":
        n = v.numerator
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n % 100 not in (11, 12, 13) else 0, "th")
        return str(n) + draw(
            st.sampled_from([suffix, f"^{{{suffix}}}", f"^{{\\mathrm{{{suffix}}}}}", f"^\\text{{{suffix}}}"])
        ), v
    pct = exact_decimal(v * 100)
    if pct is None:
        return plain + draw(st.sampled_from(_UNITS)), v
    return pct + draw(st.sampled_from([" percent", " pct", "\\%", " per cent"])), v


@st.composite
def decorated_number_cases(draw: st.DrawFn) -> Case:
    """A number with a unit, an ordinal, degrees, a percent word or a currency vs the plain number (either side
    the gold); a negative uses another value with the same decoration, or the number's digits split by a
    space that groups no thousands (`1 23` is not 123)."""
    v = draw(st.builds(Fraction, st.integers(1, 2000), st.sampled_from([1, 1, 2, 4, 5, 10])))
    digits = str(v.numerator)
    if (
        draw(st.integers(0, 5)) == 0
    ):  # a mark after the box: the boxed number's ("$\boxed{50}\%$" is 0.5, not 50)
        n = draw(st.integers(1, 99))
        if draw(st.booleans()):
            mark, value = draw(st.sampled_from(["\\%", "%", " \\%"])), exact_decimal(Fraction(n, 100))
        else:
            mark, value = draw(st.sampled_from(["^\\circ", "^{\\circ}", "°"])), f"\\frac{{{n}\\pi}}{{180}}"
        said = draw(
            st.sampled_from(
                ["The answer is $\\boxed{{{n}}}{m}$.", "\\boxed{{{n}}}{m}", "So $x = \\boxed{{{n}}}{m}$"]
            )
        )
        right = draw(st.booleans())
        gold = value if right else str(n + 1)
        return Case(
            str(gold), said.format(n=n, m=mark), right, why="a mark after the box is the boxed number's"
        )
    if v.denominator == 1 and len(digits) > 1 and draw(st.integers(0, 4)) == 0:
        cut = draw(st.integers(1, len(digits) - 1))
        if (len(digits) - cut) % 3:
            split = f"{digits[:cut]} {digits[cut:]}"
            return Case(digits, _dress(draw, split), False, why="digits a space keeps apart are two numbers")
    same = draw(st.booleans())
    other = v if same else v + _far(draw, v)
    decorated, _ = _decorations(draw, other)  # means `other` ("33.5 percent" means 0.335)
    plain = draw(st.sampled_from(number_forms(v, percent=False)[:3]))
    if draw(st.booleans()):
        # two-word decorations ("per cent") only behind an anchor: taking a bare reply apart is extraction's
        dresses = _ANCHORED if " per " in decorated else _DRESSES
        return Case(
            plain, _dress(draw, decorated, dresses), same, why="a decorated number answers a plain one"
        )
    return Case(decorated, _dress(draw, plain), same, why="a plain number answers a decorated gold")


# one unit in several spellings each; the groups differ from each other in dimension or in size
# a unit, a smaller one of its dimension, and how many of the smaller make one of the larger
_CONVERSIONS = (
    (" cm", " mm", 10),
    (" m", " cm", 100),
    (" km", " m", 1000),
    (" kg", " g", 1000),
    (" m^2", " cm^2", 10000),
    (" h", " min", 60),
    (" m/s", " km/h", Fraction(18, 5)),
)
_UNIT_SPELLINGS = (
    (
        " cm^2",
        r"\text{ cm}^2",
        r"\mathrm{~cm}^{2}",
        " square centimeters",
        " cm²",
        r"\,\text{cm}^{2}",
        " sq cm",
    ),
    (" m^2", r"\text{ m}^{2}", " square meters", " m²"),
    (" cm^3", " cubic centimeters", " mL", " ml", r"\mathrm{~cm}^{3}"),
    (" cm", r"\text{ cm}", r"\mathrm{~cm}", " centimeters"),
    (" m", r"\ \text{m}", " meters", " metres"),
    (
        " m/s^2",
        r"\mathrm{~m} / \mathrm{s}^{2}",
        " m s^{-2}",
        " meters per second squared",
        r" \text{m/s}^2",
        r" \frac{\mathrm{m}}{\mathrm{s}^{2}}",
        r"\,\text{m}\cdot\text{s}^{-2}",
    ),
    (
        " m/s",
        r"\mathrm{~m} / \mathrm{s}",
        " m s^{-1}",
        " meters per second",
        r"\frac{\text{m}}{\text{s}}",
        r"\,\text{m}\cdot\text{s}^{-1}",  # (a product glued to a macro: `\cdot\text{s}` is no `\cdots`)
        r" \mathrm{m}\cdot\mathrm{s}^{-1}",
    ),
    (" km/h", " km per hour", " kilometers per hour", r"\ \mathrm{km/h}", r" \frac{\mathrm{km}}{\mathrm{h}}"),
    (" kg/m^3", r" \frac{\mathrm{kg}}{\mathrm{m}^{3}}", r"\mathrm{~kg} / \mathrm{m}^{3}", " kg m^{-3}"),
    (" K/m", r" \frac{\mathrm{K}}{\mathrm{m}}", r"\,\mathrm{K} / \mathrm{m}"),
    (" N", r"\text{ N}", " newtons", " kg m/s^2"),
    (" J", " N m", " joules", r"\mathrm{~J}"),
    (" kg", r"\text{ kg}", " kilograms"),
    (" g", r"\text{ g}", " grams"),
    (" h", " hours", " hrs", r"\text{ h}"),
    (" min", " minutes", r"\text{ min}"),
    (r" \AA", " Å", r"\ \AA", r"\mathring{A}"),
    (" dollars", r"\text{ dollars}", " dollar"),
    (" cents", r"\text{ cents}"),
)


@st.composite
def unit_cases(draw: st.DrawFn) -> Case:
    """A value with units on both sides, either side the gold: the same unit spelled another way grades
    correct, and so does the same quantity in another unit of its dimension (`240 mm` for `24 cm`); the same
    number in units of another dimension or size (`cm^2` vs `cm^3`, `cm` vs `m`) grades incorrect, and so does
    another value in the same unit. One quantity in parts ("2 hours 30 minutes", "1 m 75 cm"), alone or in a sentence
    that goes on after it ("It is 1 m 75 cm long."), is its total in its smaller unit, its larger unit or with a unit (`150`, `2.5`, `150 minutes`); its last part or another total is
    not. A conversion that does not come out even is answered rounded to two decimals (`27.78 m/s` for `100 km/h`).
    A note after the value may name its unit ("12 (unit: cm)", "12（单位：厘米）"), and a Chinese unit is read as its
    Latin one ("12厘米" is `12 cm`, not `12 km`). A temperature in degrees Celsius (`25°C`, `25 ℃`, `25^\\circ C`) is
    its number, and no temperature on another scale (`25°F`, `25 K`).
    """
    v = draw(st.builds(Fraction, st.integers(1, 2000), st.sampled_from([1, 1, 2, 4, 5, 10])))
    if draw(st.integers(0, 7)) == 0:  # a temperature: `25°C`, `25 ℃`, `25^\circ C` is 25 in degrees Celsius
        t = draw(st.integers(-40, 400))
        spell = {"C": ["{t}°C", "{t} ℃", "{t}^\\circ C", "{t}^{{\\circ}}\\mathrm{{C}}"], "F": ["{t}°F", "{t}^\\circ F"],
                 "K": ["{t} K", "{t} \\mathrm{{K}}"]}  # fmt: skip
        g_scale, a_scale = draw(st.sampled_from("CFK")), draw(st.sampled_from("CCFK"))
        gold = draw(st.sampled_from(spell[g_scale] + ["{t}"])).format(t=t)
        answer = draw(st.sampled_from(spell[a_scale])).format(t=t)
        right = gold == str(t) or g_scale == a_scale
        if draw(st.booleans()):  # another value in the same scale
            answer, right = draw(st.sampled_from(spell[a_scale])).format(t=t + 1), False
        return Case(
            gold, _dress(draw, answer, ("{x}", "The answer is {x}.")), right, why=f"{answer} for {gold}"
        )
    if (
        draw(st.integers(0, 7)) == 0
    ):  # a conversion that does not come out even, rounded: `27.78 m/s` for `100 km/h`
        k = draw(st.integers(1, 300))
        exact = Fraction(k * 5, 18)  # (k km/h in m/s)
        shown = round(float(exact), 2)
        off = draw(st.sampled_from([0, 0, 0.1, -0.1]))
        gold, answer = f"{k} \\mathrm{{~km/h}}", f"{shown + off:.2f} m/s"
        return Case(
            gold,
            _dress(draw, answer, ("{x}", "The answer is {x}.")),
            off == 0,
            why=f"rounded: {answer} for {gold}",
        )
    if (
        draw(st.integers(0, 7)) == 0
    ):  # a note after the value names its unit: "12 (unit: cm)", "12（单位：厘米）"
        n = draw(st.integers(1, 500))
        note, unit = draw(st.sampled_from([(" (unit: cm)", "cm"), (" (units: m^2)", "m^2"), (" (units)", ""),
                                           ("（单位：厘米）", "cm"), ("(单位:米)", "m")]))  # fmt: skip
        right = draw(st.booleans())
        gold = draw(st.sampled_from([str(n), f"{n} {unit}".strip()])) if right else str(n + 1)
        if not right and unit and draw(st.booleans()):  # the same number in another unit
            gold = f"{n} {draw(st.sampled_from(['km', 'mm', 'kg']))}{'^2' if '^2' in unit else ''}"
        reply = draw(st.sampled_from(["{x}", "The answer is {x}.", "答案：{x}"])).format(x=f"{n}{note}")
        if (
            draw(st.integers(0, 2)) == 0
        ):  # a Chinese unit after the value: "12厘米" is `12 cm`, no answer to `12 km`
            zh = {"cm": "厘米", "m^2": "平方米", "m": "米"}.get(unit)
            reply = f"{n}{zh}" if zh else reply
        return Case(gold, reply, right, why=f"a unit in a note: {reply!r} for {gold}")
    if draw(st.integers(0, 5)) == 0:  # one quantity in parts: "2 hours 30 minutes", "1 m 75 cm"
        big, small, per = draw(st.sampled_from([("hours", "minutes", 60), ("h", "min", 60), ("m", "cm", 100),
                                                ("minutes", "seconds", 60), ("feet", "inches", 12)]))  # fmt: skip
        whole, rest = draw(st.integers(1, 9)), draw(st.integers(1, per - 1))
        joint = draw(st.sampled_from([" ", " and ", ", "]))
        parts = f"{whole} {big}{joint}{rest} {small}"
        total = whole * per + rest
        kind = draw(st.sampled_from(["small", "big", "with_unit", "last_part", "off"]))
        gold = {
            "small": str(total),
            "big": number_forms(Fraction(total, per), percent=False)[0],
            "with_unit": f"{total} {small}",
            "last_part": str(rest),
            "off": str(total + per),
        }[kind]
        # (or in a sentence that goes on after it: "It takes 2 hours 30 minutes in all.", "He is 5 feet 6 inches tall.")
        reply = draw(st.sampled_from(["{x}", "The answer is {x}.", "The total is {x}.", "It takes {x} in all.",
                                      "It is {x} long.", "That makes {x} altogether"])).format(x=parts)  # fmt: skip
        if kind == "big" and "/" in gold:  # (a share of the larger unit only as a fraction: `\frac{5}{2}`)
            gold = f"\\frac{{{total}}}{{{per}}}"
        return Case(gold, reply, kind in ("small", "big", "with_unit"), why=f"{kind}: {reply!r} for {gold}")
    if (
        draw(st.integers(0, 3)) == 0
    ):  # the same quantity in another unit of its dimension (`240 mm` for `24 cm`)
        big, small, factor = draw(st.sampled_from(_CONVERSIONS))
        kind = draw(st.sampled_from(["converted", "converted", "unconverted", "off"]))
        shown = (
            v * factor
            if kind == "converted"
            else v
            if kind == "unconverted"
            else v * factor + _far(draw, v * factor)
        )
        gold = _with_unit(draw, number_forms(v, percent=False)[0], (big,))
        answer = _with_unit(draw, number_forms(shown, percent=False)[0], (small,))
        if draw(st.booleans()):  # (either side the gold)
            gold, answer = answer, gold
        return Case(gold, _dress(draw, answer, ("{x}", "The answer is {x}.")), kind == "converted",
                    why=f"{kind}: {answer} for {gold}")  # fmt: skip
    i = draw(st.integers(0, len(_UNIT_SPELLINGS) - 1))
    kind = draw(st.sampled_from(["same", "same", "other_unit", "other_value"]))
    j = i if kind != "other_unit" else draw(st.integers(0, len(_UNIT_SPELLINGS) - 1).filter(lambda k: k != i))
    w = v if kind != "other_value" else v + _far(draw, v)
    one = _with_unit(draw, draw(st.sampled_from(number_forms(v, percent=False)[:2])), _UNIT_SPELLINGS[i])
    other = _with_unit(draw, draw(st.sampled_from(number_forms(w, percent=False)[:2])), _UNIT_SPELLINGS[j])
    gold, answer = (one, other) if draw(st.booleans()) else (other, one)
    why = {"same": "one unit spelled two ways", "other_unit": "units of another dimension or size"}
    dresses = ("{x}", "The answer is {x}.", "Final answer: {x}") if "$" in answer else _DRESSES
    return Case(
        gold,
        _dress(draw, answer, dresses),
        kind == "same",
        why=why.get(kind, "another value in the same unit"),
    )


@st.composite
def exact_value_unit_cases(draw: st.DrawFn) -> Case:
    """An exact value (`12\\pi`, `3\\sqrt{5}`, `\\frac{640\\sqrt{3}}{3}`) with a spelled unit (`cm^3`, `cm`,
    `mm^{2}`, `kg`) on one side or both, bare, in brackets (`12\\pi (cm^3)`), named (`V=...`), or in a sentence
    with the unit after the math
    (`The volume is $12\\pi$ cm$^3$.`): the same value grades correct, another value incorrect. A unit on
    one side only is read off, as it is after a number."""
    k, m, n = draw(st.integers(2, 60)), draw(st.sampled_from([2, 3, 5, 6, 7])), draw(st.integers(2, 9))
    shape = draw(st.sampled_from(["pi", "root", "fraction"]))

    def exact(c: int) -> str:
        return {
            "pi": f"{c}\\pi",
            "root": f"{c}\\sqrt{{{m}}}",
            "fraction": f"\\frac{{{c}\\sqrt{{{m}}}}}{{{n}}}",
        }[shape]

    value = exact(k)
    same = draw(st.booleans())
    other = value if same else exact(k + 1)
    unit = draw(
        st.sampled_from(
            [
                (" cm^3", " cm$^3$", " cm³"),
                (" cm", " cm", " cm"),
                (" mm^{2}", " mm$^{2}$", " mm²"),
                (" kg", " kg", " kg"),
            ]
        )
    )
    where = draw(st.sampled_from(["answer", "gold", "both"]))
    gold = value + (unit[0] if where in ("gold", "both") else "")
    with_unit = where in ("answer", "both")
    dress = draw(st.sampled_from(["bare", "named", "sentence"]))
    if dress == "sentence" and with_unit:
        answer = f"The value is ${other}${draw(st.sampled_from(unit))}."
    elif dress == "named":
        answer = f"$V={other}{unit[0] if with_unit else ''}$"
    elif with_unit and draw(
        st.booleans()
    ):  # the unit in brackets, as Chinese textbooks write it: `12\pi (cm^3)`
        answer = f"{other}{draw(st.sampled_from(['', ' ']))}({unit[0].strip()})"
    else:
        answer = other + (unit[0] if with_unit else "")
    return Case(gold, answer, same, why=f"{where}: {answer!r}")


@st.composite
def approx_statement_cases(draw: st.DrawFn) -> Case:
    """A computation stated to be about a value (`3\\times 17+0.4\\approx 51`, `x=\\frac{103}{2}\\approx 52`,
    with `≈` or `\\approx`, a percent or not): the stated value against a gold of that value grades correct
    (whatever the computation's exact value), against another value incorrect. A name stated to be about a decimal
    (`x \\approx 3.46`, "AB ≈ 3.46 cm") against an exact gold (`2\\sqrt{3}`) grades as that decimal alone does: its value
    rounded to the decimal's places is correct, another decimal incorrect. An exact value and its decimal each with one
    unit (`5\\sqrt{2} cm \\approx 7.07 cm`, "12.57 square units (4π)", "√2 cm (about 1.41 cm)"), in LaTeX or in plain text
    inside a sentence ("The value is 5√2 cm ≈ 7.07 cm, which is the final answer."), is that value in that unit: another
    value, or the same number in another unit (`7.07 m`), is incorrect."""
    if draw(st.integers(0, 4)) == 0:  # an exact value and its decimal, each with the unit
        k = draw(st.integers(2, 50).filter(lambda n: int(n**0.5) ** 2 != n))
        c = draw(st.integers(1, 5))
        exact, value = f"{c if c > 1 else ''}\\sqrt{{{k}}}", c * k**0.5
        unit = draw(st.sampled_from(["cm", "m", "\\text{ cm}", "square units"]))
        decimal = f"{value:.2f}"
        answer = draw(st.sampled_from(["{e} {u} \\approx {d} {u}", "{e} {u} ≈ {d} {u}", "{e} {u} (about {d} {u})",
                                       "{d} {u} ({e} {u})"])).format(e=exact, d=decimal, u=unit)  # fmt: skip
        if "\\" not in unit and draw(st.booleans()):  # in plain text, the root as a glyph, inside a sentence
            shown = f"{c if c > 1 else ''}√{k}"
            answer = answer.replace(exact, shown).replace("\\approx", "≈")
            answer = draw(st.sampled_from(["The value is {a}, which is the final answer.", "So BC = {a}.",
                                           "Therefore, the length is {a}"])).format(a=answer)  # fmt: skip
        kind = draw(st.sampled_from(["exact", "decimal", "other_value", "other_unit"]))
        if kind == "other_unit" and unit != "square units":  # the same number in another unit of length
            gold = f"{decimal} {'km' if 'cm' not in unit else 'm'}"
        elif kind == "other_value":
            gold = f"{c + 1}\\sqrt{{{k}}}"
        else:
            gold = exact if kind != "decimal" else decimal
        return Case(gold, answer, kind in ("exact", "decimal") or gold in (exact, decimal), why=answer)
    if draw(st.integers(0, 3)) == 0:  # a name about a decimal, against an exact value
        k = draw(st.integers(2, 50).filter(lambda n: int(n**0.5) ** 2 != n))
        c = draw(st.integers(1, 5))
        places = draw(st.integers(2, 4))
        same = draw(st.booleans())
        value = c * k**0.5 + (0 if same else draw(st.sampled_from([-0.2, 0.3, 1.0])))
        name = draw(st.sampled_from(["x", "AB", "d_{AB}", "So AB", "BC"]))
        sign = draw(st.sampled_from(["\\approx ", " ≈ ", "\\approx"]))
        unit = draw(st.sampled_from(["", " cm", " \\text{ cm}"]))
        answer = f"{name}{sign}{value:.{places}f}{unit}"
        gold = f"{c if c > 1 else ''}\\sqrt{{{k}}}"
        return Case(
            gold,
            draw(st.sampled_from(["{x}", "${x}$", "Final answer: ${x}$"])).format(x=answer),
            same,
            why=answer,
        )
    a, b = draw(st.integers(2, 40)), draw(st.integers(2, 40))
    tenths = draw(st.integers(1, 4))
    stated = a * b
    computation = draw(st.sampled_from([f"{a}\\times {b}+0.{tenths}", f"{a}\\times {b}-0.{tenths}"]))
    sign = draw(st.sampled_from(["\\approx", "\\approx ", " ≈ "]))
    name = draw(st.sampled_from(["", "x=", "E(X)="]))
    percent = draw(st.sampled_from(["", "\\%"]))
    same = draw(st.booleans())
    gold = (
        f"{stated if same else stated + 1 + stated // 10}{percent}"  # (far from the computation's value too)
    )
    answer = f"{name}{computation}{sign}{stated}{percent}"
    return Case(
        gold, draw(st.sampled_from(["{x}", "The answer is ${x}$."])).format(x=answer), same, why=answer
    )


@st.composite
def decimal_comma_cases(draw: st.DrawFn) -> Case:
    """A decimal written as other countries write it, against the same decimal with a point, either side the
    gold: with a comma (`2,74`, `1000,99`, `0,111`, in a mantissa `3,7 \\cdot 10^{-4}`), or with its digits
    after the point grouped by threes (`0.040 8`, `0.001 437 5`), with a unit or currency, spaced or not,
    grades correct. Another decimal grades incorrect, and so does a comma that is a thousands separator
    (`1,234` is not 1.234) or a list's (`1, 5` is not 1.5)."""
    whole = draw(st.integers(0, 99999))
    frac = draw(st.from_regex(r"[0-9]{0,3}[1-9]", fullmatch=True))
    if len(frac) == 3 and 0 < whole < 1000:
        whole += 1000  # `12,345` would be a thousands group, not a decimal comma
    kind = draw(st.sampled_from(["same", "grouped", "scientific", "other", "thousands", "list"]))
    dot = f"{whole}.{frac}"
    comma = f"{whole},{frac}"
    if kind == "other":
        dot = f"{2 * whole + 1}.{frac}"  # far apart: a decimal gold allows its rounding noise
    elif kind == "thousands":
        whole, frac = draw(st.integers(1, 999)), draw(st.from_regex(r"[0-9]{3}", fullmatch=True))
        dot, comma = f"{whole}.{frac}", f"{whole},{frac}"
    elif kind == "list":
        comma = f"{whole}, {frac}"
    elif kind == "grouped":
        frac = draw(st.from_regex(r"[0-9]{3}[0-9 ]{0,6}[1-9]", fullmatch=True)).replace(" ", "")
        dot = f"{whole}.{frac}"
        comma = f"{whole}." + " ".join(frac[i : i + 3] for i in range(0, len(frac), 3))
    elif kind == "scientific":
        power = f" \\cdot 10^{{{draw(st.integers(-9, 9))}}}"
        dot = f"{whole % 10}.{frac}{power.replace('cdot', 'times')}"
        comma = f"{whole % 10},{frac}{power}"
    unit = draw(st.sampled_from(["", " m", " cm^2", "\\text{ kg}", " €"]))
    comma_side = draw(st.sampled_from(["{x}{u}", "${x}{u}$", "{x}\\,{u}"])).format(x=comma, u=unit)
    dot_side = f"{dot}{unit}"
    gold, answer = (dot_side, comma_side) if draw(st.booleans()) else (comma_side, dot_side)
    return Case(gold, answer, kind in ("same", "grouped", "scientific"), why=f"{comma} ({kind}) vs {dot}")


_SCALE_WORDS = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9}


@st.composite
def scale_word_cases(draw: st.DrawFn) -> Case:
    """A number with a scale word (`2.5 billion`, `75 thousand dollars`, in a sentence or alone; in an answer also
    abbreviated, `2.5k`, `67.3M`, which makes its number only) answers the
    number it makes (`2500000000`) and the number alone (the gold counted in billions), either side the gold;
    a scaled value the answer does not make (`2.51` billion for `2.5 billion`) grades incorrect."""
    word = draw(st.sampled_from(sorted(_SCALE_WORDS)))
    tenths = draw(st.integers(11, 999).filter(lambda t: t % 10))  # a decimal with one place: 2.5, 67.3
    value = f"{tenths // 10}.{tenths % 10}"
    made = str(tenths * 10 ** (_SCALE_WORDS[word] - 1))
    kind = draw(st.sampled_from(["made", "counted", "other"]))
    other = str(tenths * 10 ** (_SCALE_WORDS[word] - 1) + 10 ** max(_SCALE_WORDS[word] - 2, 0))
    stated = f"{value} {word}{draw(st.sampled_from(['', ' dollars', ' people']))}"
    scaled = draw(st.sampled_from(["{x}", "The total is {x}.", "Answer: {x}"])).format(x=stated)
    bare = {"made": made, "counted": value, "other": other}[kind]
    if word in ("thousand", "million") and kind != "counted" and draw(st.integers(0, 2)) == 0:
        # abbreviated in an answer: "2.5k", "67.3M" (never a count in thousands, nor a gold: in math `4k` is 4 times k)
        stated = f"{value}{draw(st.sampled_from(['k', 'K'])) if word == 'thousand' else 'M'}"
        scaled = draw(st.sampled_from(["{x}", "The total is {x}.", "Answer: {x}"])).format(x=stated)
        return Case(bare, scaled, kind != "other", why=f"{stated} vs {bare}")
    if draw(st.booleans()):
        return Case(bare, scaled, kind != "other", why=f"{stated} vs {bare}")
    return Case(stated, bare, kind != "other", why=f"{bare} vs {stated}")


# angles in degrees and their exact sine, cosine and tangent as (sign, square of the value), None where undefined
_TRIG_SQUARES = {
    30: ((1, Fraction(1, 4)), (1, Fraction(3, 4)), (1, Fraction(1, 3))),
    45: ((1, Fraction(1, 2)), (1, Fraction(1, 2)), (1, Fraction(1))),
    60: ((1, Fraction(3, 4)), (1, Fraction(1, 4)), (1, Fraction(3))),
    90: ((1, Fraction(1)), (1, Fraction(0)), None),
    120: ((1, Fraction(3, 4)), (-1, Fraction(1, 4)), (-1, Fraction(3))),
    135: ((1, Fraction(1, 2)), (-1, Fraction(1, 2)), (-1, Fraction(1))),
    150: ((1, Fraction(1, 4)), (-1, Fraction(3, 4)), (-1, Fraction(1, 3))),
    180: ((1, Fraction(0)), (-1, Fraction(1)), (1, Fraction(0))),
}
_TRIG_NAMES = ("sin", "cos", "tan")


def _root_text(sign: int, square: Fraction) -> str:
    """The exact value whose square is `square` (a square of a rational or 1/2, 3/4, 1/3, 3), as LaTeX."""
    if square == 0:
        return "0"
    minus = "-" if sign < 0 else ""
    n, d = square.numerator, square.denominator
    root_n, root_d = round(n**0.5), round(d**0.5)
    if root_n**2 == n and root_d**2 == d:
        return minus + (str(root_n) if root_d == 1 else f"\\frac{{{root_n}}}{{{root_d}}}")
    if root_d**2 == d:  # sqrt(n) / root_d
        return minus + (f"\\sqrt{{{n}}}" if root_d == 1 else f"\\frac{{\\sqrt{{{n}}}}}{{{root_d}}}")
    return minus + f"\\frac{{\\sqrt{{{n * d}}}}}{{{d}}}"  # sqrt(n/d) = sqrt(n d) / d


def _square_text(square: Fraction) -> str:
    return (
        str(square.numerator)
        if square.denominator == 1
        else f"\\frac{{{square.numerator}}}{{{square.denominator}}}"
    )


@st.composite
def trig_degree_cases(draw: st.DrawFn) -> Case:
    """A trigonometric function of an angle in degrees (`\\sin 30^\\circ`, `\\cos(45°)`, `sin 60°`, squared as
    `\\tan^{2} 60^{\\circ}`) vs its exact value, either side the gold: correct. Another angle's value, or the
    same angle read in radians (`\\sin 30`), is incorrect. And an angle with its period, in degrees against radians
    (`60^\\circ + 360^\\circ k` for `\\frac{\\pi}{3} + 2k\\pi`): another angle or period is incorrect."""
    if draw(st.integers(0, 3)) == 0:
        return draw(_periodic_angle_cases())
    angle = draw(st.sampled_from(sorted(_TRIG_SQUARES)))
    i = draw(st.sampled_from([i for i in range(3) if _TRIG_SQUARES[angle][i] is not None]))
    name, squared = _TRIG_NAMES[i], draw(st.booleans())
    degree = draw(st.sampled_from(["^\\circ", "^{\\circ}", "°", " ^ \\circ"]))
    arg = draw(st.sampled_from(["{a}{d}", "({a}{d})", "\\left({a}{d}\\right)", "{{{a}{d}}}"])).format(
        a=angle, d=degree
    )
    plain = degree == "°" and not arg.startswith(("\\", "{"))  # `sin 30°`, `cos(45°)`: no LaTeX at all
    macro = draw(st.sampled_from([f"\\{name}", f"\\{name} "] + ([f"{name} "] if plain else [])))
    power = draw(st.sampled_from(["^2", "^{2}"])) if squared else ""
    expression = f"{macro.rstrip()}{power} {arg}" if squared else f"{macro}{arg}"

    def value(a: int) -> str:
        sign, square = _TRIG_SQUARES[a][i]  # type: ignore[misc]
        return _square_text(square) if squared else _root_text(sign, square)

    kind = draw(st.sampled_from(["same", "same", "other", "radians"]))
    if kind == "radians":
        target = f"\\{name}{power} {angle}"
    elif kind == "other":
        others = [a for a in _TRIG_SQUARES if _TRIG_SQUARES[a][i] is not None and value(a) != value(angle)]
        target = value(draw(st.sampled_from(sorted(others))))
    else:
        target = value(angle)
    wrap = draw(st.sampled_from(["{x}", "${x}$", "\\boxed{{{x}}}", "The answer is ${x}$."]))
    if draw(st.booleans()):
        return Case(
            target, wrap.format(x=expression), kind == "same", why=f"{kind}: {expression} vs {target}"
        )
    return Case(expression, wrap.format(x=target), kind == "same", why=f"{kind}: {target} vs {expression}")


def _radians_text(degrees: int) -> str:
    r"""`degrees` in radians as a multiple of pi: 60 -> `\frac{\pi}{3}`, 135 -> `\frac{3\pi}{4}`, 180 -> `\pi`."""
    v = Fraction(degrees, 180)
    top = "\\pi" if v.numerator == 1 else f"{v.numerator}\\pi"
    return top if v.denominator == 1 else f"\\frac{{{top}}}{{{v.denominator}}}"


@st.composite
def _periodic_angle_cases(draw: st.DrawFn) -> Case:
    """An angle and its period in degrees (`60^\\circ + 360^\\circ k`) against the same in radians."""
    angle = draw(st.sampled_from([30, 45, 60, 90, 120, 135, 150]))
    period = draw(st.sampled_from([180, 360]))
    kind = draw(st.sampled_from(["same", "same", "other_angle", "other_period"]))
    deg = draw(st.sampled_from(["^\\circ", "^{\\circ}", "°"]))
    said_angle = angle if kind != "other_angle" else angle + 15
    said_period = period if kind != "other_period" else 540 - period
    form = draw(st.sampled_from(["{a}{d} + {p}{d} k", "{a}{d} + k \\cdot {p}{d}", "{a}{d} + {p}{d} n"]))
    degrees = form.format(a=said_angle, d=deg, p=said_period)
    letter = "n" if form.endswith("n") else "k"
    radians = f"{_radians_text(angle)} + {'2' if period == 360 else ''}{letter}\\pi"
    if draw(st.booleans()):
        return Case(radians, degrees, kind == "same", why=f"{kind}: {degrees} for {radians}")
    return Case(degrees, radians, kind == "same", why=f"{kind}: {radians} for {degrees}")


def _clock_text(draw: st.DrawFn, hour: int, minute: int, style: str) -> tuple[str, bool]:
    """A time of day written in 24 hours, with a half of the day, or as a clock face shows it (no half), and
    whether the text says which half of the day: `22:30`, `08:30` (a leading zero) and `10:30 PM` do; `10:30`
    does not (a clock face's reading, or 24 hours)."""
    if style == "24h":
        if hour >= 13 or hour == 0:
            return (
                f"{hour}:{minute:02d}" if hour and draw(st.booleans()) else f"{hour:02d}:{minute:02d}"
            ), True
        if hour < 10:
            return f"{hour:02d}:{minute:02d}", True
    shown = hour % 12 or 12
    if style != "half":
        return f"{shown}:{minute:02d}", False
    half = draw(st.sampled_from(["AM", "am", "a.m.", "A.M."] if hour < 12 else ["PM", "pm", "p.m.", "P.M."]))
    form = draw(st.sampled_from(["{t} {h}", "{t}{h}", "{t} \\text{{ {h}}}"]))
    return form.format(t=f"{shown}:{minute:02d}", h=half), True


@st.composite
def clock_time_cases(draw: st.DrawFn) -> Case:
    """A time of day written two ways, either side the gold: in 24 hours (`22:30`, `08:30`), with AM/PM
    (`10:30 PM`, `10:30 p.m.`, `10:30 \\text{ PM}`) or as a clock face shows it (`10:30`: a gold so written
    stands for both halves of the day): correct. Another minute, the other half of the day, a clock face's
    reading for a gold that says the half (`9:30` for `21:30`), or a time whose hours and minutes make the same
    ratio (`1:15` for `2:30`, both 1/15 as numbers): incorrect."""
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    styles = ("24h", "half", "face")
    g_style, p_style = draw(st.sampled_from(styles)), draw(st.sampled_from(styles))
    kind = draw(st.sampled_from(["same", "same", "minute", "half", "ratio"]))
    other_hour, other_minute = hour, minute
    if kind == "minute":
        other_minute = (minute + draw(st.integers(1, 59))) % 60
    elif kind == "half":
        other_hour = (hour + 12) % 24
    elif kind == "ratio" and 2 <= hour <= 8 and hour % 2 == 0 and minute % 2 == 0 and minute >= 20:
        other_hour, other_minute = hour // 2, minute // 2  # `4:30` -> `2:15`: one ratio, two times
        g_style = p_style = "face"
    first, first_says = _clock_text(draw, hour, minute, g_style)
    second, second_says = _clock_text(draw, other_hour, other_minute, p_style)
    if draw(st.booleans()):  # either side the gold
        first, first_says, second, second_says = second, second_says, first, first_says
    same_face = (hour % 12, minute) == (other_hour % 12, other_minute)
    if first_says and second_says:
        same = (other_hour, other_minute) == (hour, minute)
    else:  # a clock face's reading answers a gold that does not say the half of the day, and no gold that does
        same = same_face and not (first_says and not second_says)
    wraps = ["{t}", "The answer is {t}.", "\\boxed{{{t}}}", "${t}$"]
    if (
        "\\" not in second
    ):  # (and in a sentence with no marker, read by its last number: "The clock shows 2:30 PM.")
        end = "" if second.endswith(".") else "."
        wraps += [f"The clock shows {{t}}{end}", f"Step 1: read the hands.\nThe time is {{t}}{end}"]
    wrap = draw(st.sampled_from(wraps))
    return Case(first, wrap.format(t=second), same, why=f"{kind}: {second} for {first}")


@st.composite
def ratio_cases(draw: st.DrawFn) -> Case:
    """A ratio of three or four parts (`1:2:3`, `2 : 4 : 6`) vs the same ratio scaled (`2:4:6` for `1:2:3`, `1:2:3`
    for `3:6:9`), either side the gold: correct; its parts in another order, one part changed, or a part left out:
    incorrect. (No two-digit minutes and seconds: `1:05:30` reads as a time.)"""
    size = draw(st.integers(3, 4))
    parts = draw(
        st.lists(st.integers(1, 9), min_size=size, max_size=size).filter(lambda ps: len(set(ps)) > 1)
    )
    kind = draw(st.sampled_from(["scaled", "scaled", "order", "changed", "fewer"]))
    if kind == "scaled":
        factor = draw(st.integers(1, 3))
        if size == 3 and min(parts[1:]) * factor >= 10:
            factor = 1  # (two two-digit parts after the first read as minutes and seconds)
        other = [part * factor for part in parts]
    elif kind == "order":
        other = draw(st.permutations(parts).filter(lambda ps: list(ps) != parts))
    elif kind == "changed":
        at = draw(st.integers(0, size - 1))
        other = [*parts[:at], parts[at] + draw(st.integers(1, 5)), *parts[at + 1 :]]
    else:
        other = parts[:-1]
    sep = draw(st.sampled_from([":", " : "]))
    first, second = sep.join(map(str, parts)), sep.join(map(str, other))
    if draw(st.booleans()):  # either side the gold
        first, second = second, first
    wrap = draw(st.sampled_from(["{t}", "\\boxed{{{t}}}", "${t}$", "The answer is {t}."]))
    return Case(first, wrap.format(t=second), kind == "scaled", why=f"{kind}: {second} for {first}")


@st.composite
def combinatorics_cases(draw: st.DrawFn) -> Case:
    """A count of combinations or arrangements written `C_5^2`, `C_{5}^{2}`, `\\mathrm{C}_5^2`, `{}_5C_2`, `^5C_2` or
    `A_5^2` (alone, times a whole number written beside it, or over another count) vs its value, either side the
    gold: correct; a value one off: incorrect."""
    import math

    n = draw(st.integers(2, 12))
    k = draw(st.integers(1, n))
    kind = draw(st.sampled_from(["C", "A"]))
    value = math.comb(n, k) if kind == "C" else math.perm(n, k)
    if kind == "C":
        spelled = draw(
            st.sampled_from(
                ["C_{n}^{k}", "C_{{{n}}}^{{{k}}}", "\\mathrm{{C}}_{n}^{k}", "{{}}_{n}C_{k}", "^{n}C_{k}"]
            )
        )
    else:
        spelled = draw(st.sampled_from(["A_{n}^{k}", "A_{{{n}}}^{{{k}}}", "\\mathrm{{A}}_{n}^{k}"]))
    if n >= 10 and "{{{n}}}" not in spelled:  # two digits need braces
        spelled = spelled.replace("_{n}", "_{{{n}}}").replace("^{n}", "^{{{n}}}")
    if k >= 10 and "^{k}" in spelled:
        spelled = spelled.replace("^{k}", "^{{{k}}}")
    if k >= 10 and "C_{k}" in spelled:
        spelled = spelled.replace("C_{k}", "C_{{{k}}}")
    expression = spelled.format(n=n, k=k)
    prefixed = spelled.startswith(
        ("{{}}", "^")
    )  # (`2^5C_2` is no product: a factor goes before the letter forms)
    shape = draw(st.sampled_from(["alone", "over"] if prefixed else ["alone", "times", "over"]))
    if shape == "times":
        factor = draw(st.integers(2, 9))
        expression, value = f"{factor}{expression}", factor * value
    elif shape == "over":
        expression, value = f"\\frac{{{expression}}}{{{value * 2}}}", Fraction(1, 2)
    same = draw(st.booleans())
    stated = value if same else value + 1
    stated_text = (
        str(stated)
        if not isinstance(stated, Fraction)
        else f"\\frac{{{stated.numerator}}}{{{stated.denominator}}}"
    )
    if draw(st.booleans()):
        return Case(expression, stated_text, same, why=f"{stated_text} for {expression}")
    return Case(stated_text, f"${expression}$", same, why=f"{expression} for {stated_text}")


def _with_unit(draw: st.DrawFn, value: str, spellings: tuple[str, ...]) -> str:
    """`value` and one spelling of its unit; a unit in plain letters may follow the value's math, outside
    it (`$\\frac{9}{4}$m`, `$200$ cm`: text after the closing `$`)."""
    unit = draw(st.sampled_from(spellings))
    if re.fullmatch(r" ?[A-Za-z/ ]+", unit) and draw(st.booleans()):
        return f"${value}${draw(st.sampled_from([unit, unit.strip()]))}"
    return value + unit


_OPEN = (
    ("(", ")"),
    ("\\left(", "\\right)"),
    ("\\bigl(", "\\bigr)"),
    ("\\Bigl(", "\\Bigr)"),
    ("\\left( ", " \\right)"),
    ("\\langle ", " \\rangle"),  # a vector in angle brackets
    ("\\left\\langle", "\\right\\rangle"),
    ("⟨", "⟩"),
)
_SPACES = ("", " ", "\\,", "\\ ", "\\;", "\\!", "\\quad ")


@st.composite
def spacing_cases(draw: st.DrawFn) -> Case:
    """A tuple (or a vector in angle brackets, or a number with a `,\\!` thousands separator) with LaTeX spacing, sizing and a stray
    trailing backslash vs the plain form, either side the gold; a negative swaps two different entries
    or changes the number. Euler's number and the imaginary unit set upright (`2\\mathrm{e}^{2}`, `1+\\mathrm{i}`)
    are e and i: another coefficient is wrong, and so is the bare coefficient (`2` for `2\\mathrm{e}`). A Greek
    letter's variant glyph is that letter (`\\varepsilon_0` for `\\epsilon_0`, `\\varphi` for `\\phi`)."""
    same = draw(st.booleans())
    if draw(st.integers(0, 4)) == 0:  # `\mathrm{e}`, `\mathrm{i}`
        k = draw(st.integers(2, 9))
        forms = [("{k}e^{{2}}", "{k}\\mathrm{{e}}^{{2}}"), ("{k}+i", "{k}+\\mathrm{{i}}"),
                 ("e^{{-{k}}}", "\\mathrm{{e}}^{{-{k}}}"), ("{k}e", "{k}\\mathrm{{e}}")]  # fmt: skip
        plain, upright = draw(st.sampled_from(forms))
        kind = draw(st.sampled_from(["same", "same", "other", "bare"]))
        gold = str(k) if kind == "bare" else plain.format(k=k)
        answer = upright.format(k=k if kind != "other" else k + 1)
        if kind != "bare" and draw(st.booleans()):
            gold, answer = answer, gold
        return Case(gold, _dress(draw, answer), kind == "same", why=f"upright constants: {kind}: {answer}")
    if draw(st.integers(0, 5)) == 0:  # a Greek letter's variant glyph: `\varepsilon_0` is `\epsilon_0`
        k = draw(st.integers(2, 9))
        letter = draw(st.sampled_from(["epsilon", "theta", "phi", "rho", "sigma"]))
        plain = f"\\frac{{q}}{{{k} \\pi \\{letter}_0 r^2}}"
        variant = plain.replace(f"\\{letter}", f"\\var{letter}")
        kind = draw(st.sampled_from(["same", "same", "other"]))
        answer = variant if kind == "same" else variant.replace(f"{{{k} ", f"{{{k + 1} ")
        gold = plain
        if kind == "same" and draw(st.booleans()):  # (the variant glyph in the gold)
            gold, answer = variant, plain
        return Case(gold, _dress(draw, answer), kind == "same", why=f"variant glyph: {kind}: {answer}")
    if draw(st.booleans()):
        n = draw(st.integers(1000, 10**9))
        other = n if same else n + draw(st.sampled_from([1, 10, 1000]))
        text = f"{other:,}".replace(",", draw(st.sampled_from([",\\!", ",\\! ", "{,}"])))
        plain = str(n)
    else:
        a, b = draw(st.lists(st.integers(-20, 20), min_size=2, max_size=2, unique=True))
        x, y = (a, b) if same else (b, a)
        left, right = draw(st.sampled_from(_OPEN))
        sp = [draw(st.sampled_from(_SPACES)) for _ in range(3)]
        text = f"{left}{sp[0]}{x},{sp[1]}{y}{sp[2]}{right}"
        plain = f"({a}, {b})"
    if draw(st.booleans()):  # a stray `\` ends a bare answer; a LaTeX line break `\\` ends a boxed one
        tail = draw(st.sampled_from(["", " \\\\"]))
        answer = text + "\\" if draw(st.booleans()) else _dress(draw, text + tail)
        return Case(plain, answer, same, why="spacing and sizing are not part of the answer")
    return Case(text, _dress(draw, plain), same, why="spacing and sizing in the gold are not part of it")


def _cell_forms(v: Fraction) -> list[str]:
    return [f for f in number_forms(v, percent=False) if "times" not in f and "cdot" not in f]


@st.composite
def matrix_cases(draw: st.DrawFn) -> Case:
    """A matrix (or a column vector against a tuple, or a matrix as a list of lists: `[[0.2, 1], [3, 4]]`) whose
    entries are the same numbers written differently (`0.2` vs `\\frac{1}{5}`); a negative changes one entry."""
    rows, cols = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    if rows * cols == 1:
        cols = 2
    cells = draw(
        st.lists(
            st.builds(Fraction, st.integers(-9, 9), st.sampled_from([1, 2, 4, 5])),
            min_size=rows * cols,
            max_size=rows * cols,
        )
    )
    same = draw(st.booleans())
    other = list(cells)
    if not same:
        i = draw(st.integers(0, len(cells) - 1))
        other[i] += draw(st.sampled_from([1, Fraction(1, 2), -3]))

    def matrix(values: list[Fraction]) -> str:
        env = draw(st.sampled_from(["pmatrix", "bmatrix"]))
        body = " \\\\ ".join(
            " & ".join(draw(st.sampled_from(_cell_forms(values[r * cols + c]))) for c in range(cols))
            for r in range(rows)
        )
        return f"\\begin{{{env}}} {body} \\end{{{env}}}"

    def nested(values: list[Fraction]) -> str:  # as code writes it: `[[1, 2], [3, 4]]`, `((1, 2), (3, 4))`
        opening, closing = draw(st.sampled_from(["[]", "()"]))
        sep = draw(st.sampled_from([", ", ","]))
        return (
            opening
            + sep.join(
                opening
                + sep.join(draw(st.sampled_from(_cell_forms(values[r * cols + c]))) for c in range(cols))
                + closing
                for r in range(rows)
            )
            + closing
        )

    gold = matrix(cells)
    if cols == 1 and draw(st.booleans()):  # a column vector answered by a tuple
        answer = "(" + ", ".join(draw(st.sampled_from(_cell_forms(v))) for v in other) + ")"
    elif rows >= 2 and draw(st.booleans()):
        answer = nested(other)
    else:
        answer = matrix(other)
    if draw(st.booleans()):
        gold, answer = answer, gold
    return Case(gold, _dress(draw, answer, _ANCHORED), same, why="matrices entry by entry")


_BODIES = ("{a}{v}^2 + {b}", "{a}{v} + {b}", "\\frac{{{a}}}{{{v}}} + {b}", "{a}{v}^3 - {b}{v}")


@st.composite
def function_cases(draw: st.DrawFn) -> Case:
    """`f(x) = body(x)` vs `f(t) = body(t)`: the argument of a definition is bound, so its name is free, and a
    derivative's primes may be written as a power (`f'(x)`, `f^{\\prime}(t)`); a negative changes a coefficient,
    the order of the derivative (`f(x)` for `f'(x)`, either side the gold), or renames the free variable of a bare
    expression (`2x + 1` vs `2y + 1` are two answers). The equation of its graph (`y = 2x + 1`) is the function;
    with a coefficient changed it is not. A sequence's term is one name in any spelling (`a_n`, `a_{n}`, `a(n)`, `Sn`
    for `S_n`), and the range of its index after it ("... for all $n \\geq 1$.") is the answer's condition, not its
    answer."""
    body = draw(st.sampled_from(_BODIES))
    a, b = draw(st.integers(2, 9)), draw(st.integers(1, 9))
    f = draw(st.sampled_from(["f", "g", "h"]))
    x, t = draw(st.lists(st.sampled_from(["x", "t", "z", "n", "u"]), min_size=2, max_size=2, unique=True))
    kind = draw(
        st.sampled_from(["same", "coefficient", "free", "derivative", "graph", "graph_changed", "term"])
    )
    if kind == "term":  # a sequence's term named three ways: `a_n`, `a_{n}`, `a(n)` (`S_n` also typed `Sn`)
        name = draw(st.sampled_from(["a", "b", "S", "T"]))
        spellings = [f"{name}_n", f"{name}_{{n}}", f"{name}(n)"] + ([f"{name}n"] if name.isupper() else [])
        one, two = draw(st.lists(st.sampled_from(spellings), min_size=2, max_size=2, unique=True))
        if one == f"{name}n":
            one, two = two, one  # (the typed `Sn` is the answer's: a gold writes the subscript)
        same = draw(st.booleans())
        gold = f"{one} = " + body.format(a=a, b=b, v="n")
        answer = f"{two} = " + body.format(a=a if same else a + 1, b=b, v="n")
        if (
            draw(st.integers(0, 3)) == 0
        ):  # the index's range after it: "... for all $n \geq 1$." (the answer's condition)
            condition = draw(st.sampled_from(["n \\geq 1", "n \\ge 2", "n > 0", "n \\in \\mathbb{N}^*"]))
            lead = draw(st.sampled_from(["We conclude that", "Therefore", "So"]))
            reply = f"{lead} ${answer}$ for {draw(st.sampled_from(['all', 'every', 'all integers']))} ${condition}$."
            return Case(gold, reply, same, why=f"a sequence term for a range of its index: {reply}")
        return Case(gold, _dress(draw, answer), same, why=f"a sequence term: {answer} for {gold}")
    if kind.startswith("graph"):  # the equation of the function's graph, `y = 2x + 1` for `f(x) = 2x + 1`
        defined = f"{f}(x) = " + body.format(a=a, b=b, v="x")
        graph = "y = " + body.format(a=a + (kind == "graph_changed"), b=b, v="x")
        pair = (defined, graph) if draw(st.booleans()) else (graph, defined)
        return Case(pair[0], _dress(draw, pair[1]), kind == "graph", why=f"{kind}: {pair[1]} for {pair[0]}")
    order = draw(st.integers(0, 2))
    head, other_head = f + "'" * order, f + "'" * draw(st.integers(0, 2).filter(lambda k: k != order))
    if order and draw(st.booleans()):  # the answer writes its primes as a power
        answer_head = f + "^{" + " ".join(["\\prime"] * order) + "}"
    else:
        answer_head = head
    gold = f"{head}({x}) = " + body.format(a=a, b=b, v=x)
    if kind == "same":
        stated = f"{answer_head}({t}) = " + body.format(a=a, b=b, v=t)
        if draw(st.integers(0, 3)) == 0:  # the domain it holds on, after it: "... for all real $t$."
            domain = draw(
                st.sampled_from(
                    [f"for all real ${t}$", f"for every ${t} \\in \\mathbb{{R}}$", f"for all ${t}$"]
                )
            )
            lead = draw(st.sampled_from(["The only solution is", "Therefore", "So we get"]))
            return Case(
                gold, f"{lead} ${stated}$ {domain}.", True, why=f"bound argument, then its domain: {domain}"
            )
        return Case(gold, _dress(draw, stated), True, why="bound argument")
    if kind == "derivative":  # the same body given to the function or another of its derivatives
        other = f"{other_head}({x}) = " + body.format(a=a, b=b, v=x)
        pair = (gold, other) if draw(st.booleans()) else (other, gold)
        return Case(pair[0], _dress(draw, pair[1]), False, why="another derivative")
    if kind == "coefficient":
        return Case(
            gold, _dress(draw, f"{f}({t}) = " + body.format(a=a + 1, b=b, v=t)), False, why="other function"
        )
    return Case(
        body.format(a=a, b=b, v=x),
        _dress(draw, body.format(a=a, b=b, v=t)),
        False,
        why="free variable renamed",
    )


_RADICALS = (
    ("2**(1/{k})", "\\sqrt[{k}]{{2}}"),
    ("sqrt({k})", "\\sqrt{{{k}}}"),
    ("{k}*sqrt(2)", "{k}\\sqrt{{2}}"),
    # a logarithm to a base, an inverse function, a binomial coefficient, a cube root sign
    ("log2({k})", "\\log_{{2}} {k}"),
    ("log_3({k})", "\\log_{{3}} {k}"),
    ("log10({k})", "\\log_{{10}} {k}"),
    ("atan({k})", "\\arctan {k}"),
    ("tan^{{-1}}({k})", "\\arctan {k}"),
    ("asin(1/{k})", "\\arcsin \\frac{{1}}{{{k}}}"),
    ("{k} choose 2", "\\binom{{{k}}}{{2}}"),
    ("∛{k}", "\\sqrt[3]{{{k}}}"),
    # a negative power with no braces (`10^-3`, `x^-1`: had been unparseable)
    ("{k}^-2", "\\frac{{1}}{{{k}^{{2}}}}"),
    ("10^-{k}", "10^{{-{k}}}"),
)


@st.composite
def plain_text_cases(draw: st.DrawFn) -> Case:
    """Numbers in words ("four objects", "only four", "a hundred", "half", "three and a half hours", "10 o'clock";
    not "four point five", "four to ten"; "four" among options `3, 4, 5`; a sign in words, "negative five",
    "minus 5"),
    mixed numbers (`4 4/9` = 40/9), fractions in words ("two-thirds", "a quarter": never their numerator) and
    Python-style math (`2**(1/4)`, `sqrt(3)`, `log2(8)`, `atan(2)`, `tan^{-1}(2)`, "5 choose 2", `∛2`, `10^-3`: read,
    never run), powers in Unicode superscripts (`10⁶`, `6.02 × 10²³`, `10⁻³`), a percent in words ("fifty percent")
    vs the LaTeX gold; a negative uses another value."""
    same = draw(st.booleans())
    if draw(st.integers(0, 9)) == 0:  # a percent in words: "fifty percent", "twenty-five per cent"
        tens = draw(
            st.sampled_from([("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60)])
        )
        unit = draw(st.sampled_from([("", 0), ("-five", 5), ("-two", 2)]))
        value = tens[1] + unit[1]
        text = f"{tens[0]}{unit[0]} {draw(st.sampled_from(['percent', 'per cent', 'Percent']))}"
        shown = value if same else value + draw(st.sampled_from([1, 10]))
        gold = draw(st.sampled_from([f"{shown}\\%", f"{shown / 100:g}"]))
        return Case(gold, text, same, why="a percent in words")
    if draw(st.integers(0, 7)) == 0:  # a power in Unicode superscripts: "10⁶", "2¹⁰", "6.02 × 10²³", "10⁻³"
        base, exp = (
            draw(st.sampled_from([2, 3, 10])),
            draw(st.integers(-12, 25).filter(lambda e: e not in (0, 1))),
        )
        sup = str(exp).translate(str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"))
        mantissa = draw(st.sampled_from(["", "6.02 × ", "1.5 × "])) if base == 10 else ""
        shown = exp if same else exp + draw(st.sampled_from([1, -1, 10]))
        times = mantissa.replace("×", "\\times")
        gold = f"{times}{base}^{{{shown}}}"
        return Case(gold, f"{mantissa}{base}{sup}", same, why="a power in Unicode superscripts")
    if draw(st.integers(0, 4)) == 0:  # a number word, or one that goes on as another quantity
        n = draw(st.integers(2, 9))
        word = draw(st.sampled_from([_WORDS[n - 1], _WORDS[n - 1].capitalize()]))
        if draw(st.integers(0, 2)) == 0:  # a sign in words: "negative five", "minus 5"
            text = draw(st.sampled_from(["negative ", "minus ", "Negative "])) + draw(
                st.sampled_from([word, str(n)])
            )
            return Case(str(-n) if same else str(n), text, same, why="a sign in words")
        if same:
            text = word + draw(st.sampled_from(["", " objects", " people", "."]))
            text = draw(st.sampled_from(["", "only ", "exactly ", "just "])) + text  # an exact qualifier
        else:
            text = word + draw(st.sampled_from([" point five", " to ten", " times", " more", " hundredths"]))
        choices = [str(n - 1), str(n), str(n + 1)] if draw(st.booleans()) else None
        return Case(str(n), text, same, choices=choices, why="a number in words")
    if draw(st.integers(0, 5)) == 0:  # "a hundred", "half", "three and a half (hours)", "10 o'clock"
        n = draw(st.integers(1, 9))
        text, value = draw(
            st.sampled_from(
                [
                    ("a hundred", Fraction(100)),
                    ("a thousand", Fraction(1000)),
                    ("half", Fraction(1, 2)),
                    (f"{_WORDS[n - 1]} and a half", n + Fraction(1, 2)),
                    (f"{n} and a half hours", n + Fraction(1, 2)),
                    (f"{n} o'clock", Fraction(n)),
                    (f"{n + 1} o’clock", Fraction(n + 1)),
                ]
            )  # fmt: skip
        )
        gold = value if same else value + draw(st.sampled_from([1, 2, Fraction(1, 2)]))
        shown = str(gold) if gold.denominator == 1 else f"\\frac{{{gold.numerator}}}{{{gold.denominator}}}"
        return Case(shown, _dress(draw, text), same, why="a number in words")
    if draw(st.integers(0, 2)) == 0:
        q = draw(st.integers(2, 10))
        p = draw(st.integers(1, min(q - 1, 9)))
        names = {2: "half", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
                 10: "tenth"}  # fmt: skip
        name = names[q] + ("s" if p > 1 and q > 2 else "")
        if q == 4 and draw(st.booleans()):
            name = "quarter" + ("s" if p > 1 else "")
        number = _WORDS[p - 1] if p > 1 or draw(st.booleans()) else "a"
        text = f"{number}{' ' if number == 'a' else draw(st.sampled_from(['-', ' ']))}{name}"
        gold = f"\\frac{{{p}}}{{{q}}}" if same else str(p)  # the numerator alone is no reading of it
        return Case(gold, _dress(draw, text), same, why="a fraction in words")
    if draw(st.booleans()):
        whole, q = draw(st.integers(1, 20)), draw(st.integers(2, 12))
        p = draw(st.integers(1, q - 1))
        v = whole + Fraction(p, q)
        shown = v if same else v + 1
        text = f"{int(shown)} {shown.numerator % shown.denominator}/{shown.denominator}"
        if shown.denominator == 1:
            text = str(shown.numerator)
        gold = f"\\frac{{{v.numerator}}}{{{v.denominator}}}"
        return Case(gold, _dress(draw, text), same, why="a mixed number")
    python, latex = draw(st.sampled_from(_RADICALS))
    k = draw(st.integers(3, 7))
    k_shown = k if same else k + 1
    return Case(latex.format(k=k), _dress(draw, python.format(k=k_shown)), same, why="Python-style math")


@st.composite
def false_accept_cases(draw: st.DrawFn) -> Case:
    """Pairs that look alike and are different answers: every one must grade incorrect."""
    kind = draw(
        st.sampled_from(
            ["big", "tuple_set", "ellipsis", "equation", "rename", "rounding", "regrouped", "small", "near"]
            + ["side_by_side", "huge"]
        )
    )
    if kind == "huge":  # values beyond a float at every sample point (inf there) are no evidence of equality
        base, n, k = draw(st.integers(2, 9)), draw(st.integers(1100, 3000)), draw(st.integers(1, 99))
        v = draw(st.sampled_from(["x", "a b", "t^{2}"]))
        one, other = draw(
            st.sampled_from(
                [(f"{base}^{{{n}}} {v}", str(k)), (f"{base}^{{{n}}} {v}", f"{base}^{{{n + 1}}} {v}")]
            )
        )
        gold, answer = (one, other) if draw(st.booleans()) else (other, one)
        return Case(gold, _dress(draw, answer), False, why="values beyond a float")
    if kind == "side_by_side":  # whole numbers side by side: a label, a product, never their sum
        a, b = draw(st.integers(1, 9)), draw(st.integers(1, 99))
        answer = draw(st.sampled_from([f"({a}) {b}", f"{a}({b})", f"{a} {b}", f"({a})({b})"]))
        return Case(str(a + b), _dress(draw, answer), False, why="numbers side by side are not their sum")
    if kind == "near":  # an interval's end, a numeral's base, a name's case, a spaced digit group
        a, b = sorted(draw(st.lists(st.integers(-9, 9), min_size=2, max_size=2, unique=True)))
        n, base = draw(st.integers(10, 999)), draw(st.integers(2, 9))
        small, capital = draw(st.sampled_from([("r", "R"), ("h", "H"), ("a", "A"), ("m", "M")]))
        k = draw(st.integers(1, 998))
        pairs = [
            (f"({a}, {b}]", f"({a}, {b})"),
            (f"[{a}, {b}]", f"({a}, {b}]"),
            (f"{n}_{base}", f"{n}_{base + 1}"),
            (f"\\frac{{{small}}}{{{capital}}}", f"\\frac{{{capital}}}{{{small}}}"),
            (f"{capital}={small}", f"{small}={small}"),  # a label's case, where both cases are names
            (f"{capital}_{{a}} + {small}", f"{small}_{{a}} + {small}"),
            (f"{k} 000", f"{k + 1} 000"),  # each had been read as a product with 0
            (f"x < {abs(b) + 1}", f"|x| < {abs(b) + 1}"),  # `|x|` is linear at 0, 1, 2 only
        ]
        one, other = draw(st.sampled_from(pairs))
        gold, answer = (one, other) if draw(st.booleans()) else (other, one)
        return Case(gold, _dress(draw, answer), False, why="a near miss")
    if kind == "small":  # values below 1e-6 differ relatively, never within an absolute tolerance
        k, v = draw(st.integers(7, 14)), draw(st.sampled_from(["x", "a b", "\\sqrt{t}"]))
        one, other = draw(
            st.sampled_from(
                [(f"10^{{-{k}}} {v}", f"10^{{-{k + 1}}} {v}"), (f"\\frac{{{v}}}{{10^{{{k}}}}}", "0")]
            )
        )
        gold, answer = (one, other) if draw(st.booleans()) else (other, one)
        return Case(gold, _dress(draw, answer), False, why="small values that differ")
    if (
        kind == "regrouped"
    ):  # the same digits, a brace (or the reach of `√`) moved: `\frac{1}{23}`, `\frac{12}{3}`
        a, b, c = (str(d) for d in draw(st.lists(st.integers(1, 9), min_size=3, max_size=3)))
        pairs = [(f"\\frac{{{a}}}{{{b}{c}}}", f"\\frac{{{a}{b}}}{{{c}}}"), (f"x^{{{a}{b}}}", f"x^{{{a}}}{b}")]
        if 10 * int(a) + int(b) != int(b) ** 2 * int(a):  # sqrt(10a + b) = b sqrt(a) would be the same value
            pairs += [(f"\\sqrt{{{a}{b}}}", f"\\sqrt{{{a}}}{b}"), (f"√{a}{b}", f"\\sqrt{{{a}}} \\cdot {b}")]
        one, other = draw(st.sampled_from(pairs))
        gold, answer = (one, other) if draw(st.booleans()) else (other, one)
        return Case(gold, _dress(draw, answer), False, why="the same digits grouped differently")
    if kind == "big":
        n = draw(st.integers(10**10, 10**15))
        return Case(
            str(n), _dress(draw, str(n + draw(st.sampled_from([1, -1, 2])))), False, why="integers one apart"
        )
    if kind == "tuple_set":
        a, b = draw(st.lists(st.integers(-9, 9), min_size=2, max_size=2, unique=True))
        lo, hi = sorted((a, b))
        return Case(
            f"({hi}, {lo})", _dress(draw, f"\\{{{lo}, {hi}\\}}"), False, why="an ordered tuple is not a set"
        )
    if kind == "ellipsis":
        items = ", ".join(str(i) for i in range(1, draw(st.integers(3, 5)) + 1))
        dots = draw(st.sampled_from(["\\ldots", "\\dots", "\\cdots", "..."]))
        gold, answer = (items, f"{items}, {dots}") if draw(st.booleans()) else (f"{items}, {dots}", items)
        return Case(gold, _dress(draw, answer), False, why="an ellipsis is part of the answer")
    if kind == "equation":
        c = draw(st.integers(0, 9))
        lhs = draw(st.sampled_from(["a^2 + b", "x + y", "2x - y", "m n"]))
        return Case(f"{lhs} = {c}", _dress(draw, str(c)), False, why="an equation is not its right-hand side")
    if kind == "rename":
        a = draw(st.integers(2, 9))
        x, y = draw(st.sampled_from([("x", "y"), ("a", "a_1"), ("v_0", "v"), ("t", "s")]))
        power = draw(st.sampled_from(["", "^2"]))
        return Case(f"{a}{x}{power}", _dress(draw, f"{a}{y}{power}"), False, why="a free variable renamed")
    # x.yz with z in 3..7: the 1-decimal rounding is 0.03-0.05 away, beyond the 0.2% slack of such a gold
    whole, tenth, hundredth = draw(st.integers(1, 8)), draw(st.integers(0, 9)), draw(st.integers(3, 7))
    gold = f"{whole}.{tenth}{hundredth}"
    coarse = round(Fraction(gold), 1)
    return Case(
        gold, _dress(draw, format(float(coarse), ".1f")), False, why="2 significant digits for a 3-digit gold"
    )


_PART_WORDS = ("acute", "north", "east", "equal", "circle", "summer clothing", "winter clothing")


def _part_value(kind: str, v: int) -> object:
    """What a part of kind `kind` drawn from `v` means (`_part`): two parts that mean the same thing make a
    swap of them no change."""
    if kind == "word":
        return _PART_WORDS[v % len(_PART_WORDS)]
    if kind == "tuple":
        return (v, v + 3)
    return Fraction(v, 4) if kind == "fraction" else Fraction(v)


def _part(draw: st.DrawFn, kind: str, v: int) -> tuple[str, str]:
    """(gold form, answer form) of one blank's answer of value `v` (a word for kind "word")."""
    if kind == "word":
        word = _PART_WORDS[v % len(_PART_WORDS)]
        return word, word
    if kind == "tuple":
        return f"({v},{v + 3})", f"({v}, {v + 3})"
    if kind == "fraction":
        q = Fraction(v, 4)
        forms = number_forms(q, percent=False)[:2]
        return draw(st.sampled_from(forms)), draw(st.sampled_from(forms))
    return str(v), draw(st.sampled_from(number_forms(Fraction(v), percent=False)[:2]))


@st.composite
def multi_part_cases(draw: st.DrawFn) -> Case:
    """A gold of several blanks written one answer per line, as K12's fill-in golds are ("96\\n376",
    "(1)$$30$$\\n(2)$$24$$"), or labelled on one line ("(1)3;(2)equal"), vs an answer that gives every part in
    order: one box per part (side by side, or each after its own working), one box of `;`-separated
    parts, one bare line per part, or each part after its label on one line ("(1) 96 (2) 376", "① 96 ② 376"). A negative swaps
    two different parts, leaves the last one out, or changes one number."""
    n = draw(st.integers(2, 5))
    kinds = draw(
        st.lists(st.sampled_from(["int", "int", "fraction", "tuple", "word"]), min_size=n, max_size=n)
    )
    vals = draw(st.lists(st.integers(1, 400), min_size=n, max_size=n, unique=True))
    if len({_part_value(k, v) for k, v in zip(kinds, vals, strict=True)}) < n:
        kinds = ["int"] * n  # two parts alike (two words, 1 and 4/4): a swap must change the answer
    pairs = [_part(draw, k, v) for k, v in zip(kinds, vals, strict=True)]
    gold_forms, shown = [g for g, _ in pairs], [a for _, a in pairs]
    same = draw(st.booleans())
    if not same:
        mode = draw(st.sampled_from(["swap", "drop", "change"]))
        numbers = [i for i, k in enumerate(kinds) if k == "int"]
        if mode == "change" and numbers:
            i = draw(st.sampled_from(numbers))
            shown[i] = str(vals[i] + int(_far(draw, vals[i])))
        elif mode == "drop":
            shown = shown[:-1]
        else:
            shown[0], shown[1] = shown[1], shown[0]
    layout = draw(
        st.sampled_from(["lines", "labelled", "dollars", "labelled_dollars", "inline", "inline_dotted"])
    )
    if layout.startswith("inline") and any(";" in g for g in gold_forms):
        layout = "labelled"
    gold = {
        "lines": "\n".join(gold_forms),
        "labelled": "\n".join(f"({i}) {g}" for i, g in enumerate(gold_forms, 1)),
        "dollars": "\n".join(f"${g}$" for g in gold_forms),
        "labelled_dollars": "\n".join(f"({i})$${g}$$" for i, g in enumerate(gold_forms, 1)),
        "inline": ";".join(f"({i}){g}" for i, g in enumerate(gold_forms, 1)),
        # GAOKAO-Bench's fill-in golds: "(1). $-\frac{1}{2} ; \quad$ (2). $\ln 2$."
        "inline_dotted": " ".join(f"({i}). ${g} ; \\quad$" for i, g in enumerate(gold_forms, 1))[
            : -len(" ; \\quad$")
        ]
        + "$.",
    }[layout]
    style = draw(
        st.sampled_from(["boxes", "boxes_lines", "one_box", "bare_lines", "prose", "worked", "labels_inline"])
    )
    series = draw(st.sampled_from([[f"({i})" for i in range(1, 6)], ["(a)", "(b)", "(c)", "(d)", "(e)"],
                                   ["(i)", "(ii)", "(iii)", "(iv)", "(v)"], ["(Ⅰ)", "(Ⅱ)", "(Ⅲ)", "(Ⅳ)", "(Ⅴ)"],
                                   ["①", "②", "③", "④", "⑤"]]))  # fmt: skip
    sep = draw(st.sampled_from([" ", "; ", ", "]))
    boxes = [f"\\boxed{{{a}}}" for a in shown]
    response = {
        "boxes": ", ".join(boxes),
        "boxes_lines": "\n".join(boxes),
        "one_box": f"\\boxed{{{'; '.join(shown)}}}",
        "bare_lines": "\n".join(shown),
        "prose": "So the blanks are " + " and ".join(boxes) + ".",
        "worked": "\n".join(
            f"({i}) Working through this part step by step, the value we need is ${b}$."
            for i, b in enumerate(boxes, 1)
        ),
        # each part after its label on one line, no box: "(1) 96 (2) 376", "(a) 96; (b) 376"
        "labels_inline": sep.join(f"{label} {a}" for label, a in zip(series, shown, strict=False)),
    }[style]
    return Case(gold, response, same, why=f"a gold of {n} parts ({layout}) answered part by part ({style})")


_LESS = (("<", "\\lt "), ("\\le", "\\leq", "\\leqslant", "≤"))  # open, closed
_MORE = ((">", "\\gt "), ("\\ge", "\\geq", "\\geqslant", "≥"))
_OR = (" \\text{ or } ", " or ", " \\text{or} ", " \\lor ", "或", " 或 ")  # (或: Chinese "or")
_AND = (" \\text{ and } ", " and ", " \\land ", " \\wedge ", ", ", "且")  # (且: Chinese "and")


def _interval_text(draw: st.DrawFn, piece: tuple) -> str:
    lo, hi, lo_closed, hi_closed = piece
    if lo == hi:
        return f"\\{{{lo}\\}}"
    left = draw(st.sampled_from(["-\\infty", "-\\infin", "-∞"])) if lo is None else str(lo)
    right = draw(st.sampled_from(["\\infty", "+\\infty", "+\\infin"])) if hi is None else str(hi)
    return (
        ("[" if lo_closed else "(")
        + f"{left},{draw(st.sampled_from(['', ' ']))}{right}"
        + ("]" if hi_closed else ")")
    )


def _relation_text(draw: st.DrawFn, piece: tuple, name: str) -> str:
    lo, hi, lo_closed, hi_closed = piece
    if lo == hi:
        return f"{name} = {lo}"
    if lo is None:
        return f"{name} {draw(st.sampled_from(_LESS[hi_closed]))} {hi}"
    if hi is None:
        return f"{name} {draw(st.sampled_from(_MORE[lo_closed]))} {lo}"
    if draw(st.integers(0, 2)) == 0:  # two inequalities that hold together: `x > 1 \text{ and } x \le 3`
        low = f"{name} {draw(st.sampled_from(_MORE[lo_closed]))} {lo}"
        high = f"{name} {draw(st.sampled_from(_LESS[hi_closed]))} {hi}"
        first, second = (low, high) if draw(st.booleans()) else (high, low)
        return draw(st.sampled_from(_AND)).join((first, second))
    return f"{lo} {draw(st.sampled_from(_LESS[lo_closed]))} {name} {draw(st.sampled_from(_LESS[hi_closed]))} {hi}"


def _set_text(draw: st.DrawFn, pieces: list[tuple], name: str) -> str:
    style = draw(st.sampled_from(["intervals", "intervals", "in", "relations", "builder", "listed"]))
    if style == "listed" and len(pieces) > 1 and all(p[0] != p[1] for p in pieces):
        # the intervals listed ("(-\\infty, 1) \\text{ and } (2, +\\infty)", "(-\\infty, 1), (2, +\\infty)"): their union
        joint = draw(st.sampled_from([" \\text{ and } ", " and ", ", ", ",", " \\text{and} "]))
        return joint.join(_interval_text(draw, p) for p in pieces)
    if style == "builder" and len(pieces) == 1:
        # the variable's domain, the reals, stated or not: `\\{x \\in \\mathbb{R} \\mid ...\\}`, `\\{x \\mid ..., x \\in R\\}`
        reals = draw(st.sampled_from(["\\mathbb{R}", "R", "\\mathbf{R}"]))
        head, tail = draw(
            st.sampled_from([(name, ""), (f"{name} \\in {reals}", ""), (name, f", {name} \\in {reals}")])
        )
        return f"\\{{{head} \\mid {_relation_text(draw, pieces[0], name)}{tail}\\}}"
    if style in ("relations", "builder"):
        return draw(st.sampled_from(_OR)).join(_relation_text(draw, p, name) for p in pieces)
    union = " \\cup ".join(_interval_text(draw, p) for p in pieces)
    return f"{name} \\in {union}" if style == "in" else union


_INFINITELY_MANY = (
    "infinitely many",
    "There are infinitely many such numbers.",
    "infinite",
    "infinity",
    "无穷多个",
)


@st.composite
def set_cases(draw: st.DrawFn) -> Case:
    """One set of reals (one or two pieces: intervals, open or closed at each end, bounded or not, and
    points) written two ways, either side the gold; a negative flips a finite end's bracket, moves a
    point outside the set or drops a piece. The whole real line also in words ("all real numbers", 全体实数),
    against a half-line as the negative; the empty set as a glyph and in words ("no solution", 无解), against a
    set with a member. Two values of opposite sign as `\\pm a`, `a, -a` or `a or -a` (`\\text{ or }`, 或); a
    negative changes one of them. The reals without a point (`\\mathbb{R} \\setminus \\{1\\}`, `x \\neq 1`); a
    bounded piece also as two inequalities that hold together (`x > 1 \\text{ and } x \\le 3`, `x>1, x<3`, 且). A
    half-line in words after its name ("x is greater than 2", "all x at least 2", "all real numbers less than 2") against
    the relation in signs, and a range in words ("x is between 1 and 3", strict; "x ranges from 1 to 3", "... between 1
    and 3 (inclusive)", closed) against the interval; a negative changes its strictness, its direction or its bound.
    Intervals typed in plain text ("(-inf, 2) U (3, oo)", "The solution set is (-∞, 2)."), against the set or an end;
    two intervals listed ("(-\\infty, 1) \\text{ and } (2, +\\infty)", "(-\\infty, 1), (2, +\\infty)") as their union;
    an infinity in words ("negative infinity", "The limit is infinity.") against its sign or 0, and a count of
    infinitely many in words ("There are infinitely many such numbers.", "infinite", 无穷多个), either side, against
    `\\infty` (`-\\infty`, 0 or "finitely many" as the negatives)."""
    if draw(st.integers(0, 7)) == 0:  # `\pm 2`, `2, -2`, `2 or -2`
        values = ["2", "3", "\\sqrt{3}", "\\frac{1}{2}", "2\\sqrt{2}"]
        k, other = draw(st.lists(st.sampled_from(values), min_size=2, max_size=2, unique=True))
        both = ["\\pm {a}", "x=\\pm {a}"]  # (one value for both signs)
        pairs = ["{a}, -{b}", "-{b}, {a}", "{a} or -{b}", "-{b} or {a}", "{a} \\text{{ or }} -{b}"]
        gold = draw(st.sampled_from(both + pairs)).format(a=k, b=k)
        same = draw(st.booleans())
        spelled = draw(st.sampled_from(both + pairs) if same else st.sampled_from(pairs))
        answer = spelled.format(a=k, b=k if same else other)
        if draw(st.booleans()):
            gold, answer = answer, gold
        return Case(gold, answer, same, why=f"plus or minus: {answer} for {gold}")
    if draw(st.integers(0, 11)) == 0:  # an infinity in words ("negative infinity", "The limit is infinity.")
        sign = draw(st.sampled_from(["", "-"]))
        said = draw(st.sampled_from(["{w}infinity", "The limit is {w}infinity.", "It tends to {w}infinity."]))
        words = "" if not sign else draw(st.sampled_from(["negative ", "minus "]))
        if not sign and draw(st.booleans()):
            words = "positive " if "{w}infinity" == said else ""
        right = draw(st.booleans())
        gold = f"{sign}\\infty" if right else draw(st.sampled_from([f"{'' if sign else '-'}\\infty", "0"]))
        reply = said.format(w=words)
        return Case(gold, reply, right, why=f"an infinity in words: {reply!r} for {gold}")
    if (
        draw(st.integers(0, 9)) == 0
    ):  # a count of infinitely many in words, either side ("infinite", 无穷多个)
        reply, right = draw(st.sampled_from(_INFINITELY_MANY)), draw(st.booleans())
        gold = "\\infty" if right else draw(st.sampled_from(["-\\infty", "0", "\\text{finitely many}"]))
        if draw(st.booleans()):
            gold, reply = _dress(draw, reply.rstrip("."), ("\\text{{{x}}}", "{x}")), f"$\\boxed{{{gold}}}$"
        return Case(gold, reply, right, why=f"infinitely many in words: {reply!r} for {gold}")
    if draw(st.integers(0, 5)) == 0:
        spellings = ("\\mathbb{R}", "(-\\infty, +\\infty)", "x \\in \\mathbb{R}", "all real numbers",
                     "\\text{all real numbers}", "x can be any real number", "全体实数",
                     # (a set named in words first: "The domain is all real numbers.")
                     "The domain is all real numbers.", "So x can be any real number.",
                     "The domain of f is the set of all real numbers.")  # fmt: skip
        one, two = draw(st.lists(st.sampled_from(spellings), min_size=2, max_size=2, unique=True))
        if draw(st.booleans()):
            return Case(one, _dress(draw, two), True, why="all real numbers")
        k = draw(st.integers(-9, 9))
        half = draw(st.sampled_from([f"({k}, +\\infty)", f"(-\\infty, {k}]", f"x > {k}"]))
        gold, answer = (one, half) if draw(st.booleans()) else (half, one)
        return Case(gold, _dress(draw, answer), False, why="a half-line is not the real line")
    if draw(st.integers(0, 6)) == 0:  # the empty set, as a glyph and in words ("no solution", 无解)
        spellings = ("\\emptyset", "\\varnothing", "∅", "\\{\\}", "\\text{no solution}", "No solution",
                     "There are no real solutions.", "the empty set", "无解")  # fmt: skip
        one, two = draw(st.lists(st.sampled_from(spellings), min_size=2, max_size=2, unique=True))
        if draw(st.booleans()):
            return Case(one, _dress(draw, two, ("{x}", "\\boxed{{{x}}}")), True, why="the empty set")
        k = draw(st.integers(-9, 9))
        some = draw(st.sampled_from([f"\\{{{k}\\}}", f"({k}, +\\infty)", f"x = {k}"]))
        gold, answer = (one, some) if draw(st.booleans()) else (some, one)
        return Case(gold, _dress(draw, answer, ("{x}", "\\boxed{{{x}}}")), False, why="a set with a member")
    if draw(st.integers(0, 7)) == 0:  # the reals without one point: `\mathbb{R} \setminus \{1\}`, `x \neq 1`
        k = draw(st.integers(-9, 9))
        spellings = ["\\mathbb{{R}} \\setminus \\{{{k}\\}}", "x \\neq {k}", "(-\\infty, {k}) \\cup ({k}, +\\infty)",
                     "\\{{x \\mid x \\neq {k}\\}}", "x \\ne {k}"]  # fmt: skip
        one, two = draw(st.lists(st.sampled_from(spellings), min_size=2, max_size=2, unique=True))
        same = draw(st.booleans())
        return Case(one.format(k=k), _dress(draw, two.format(k=k if same else k + 10)), same,
                    why=f"the reals without a point: {two}")  # fmt: skip
    if (
        draw(st.integers(0, 7)) == 0
    ):  # a half-line in words after its name: "x is greater than 2", "all x at least 2"
        k, name = draw(st.integers(-9, 9)), draw(st.sampled_from(["x", "a", "t"]))
        words = {">": ["greater than", "more than"], "\\geq": ["at least", "greater than or equal to", "no less than"],
                 "<": ["less than", "smaller than"], "\\leq": ["at most", "less than or equal to", "no more than"]}  # fmt: skip
        sign = draw(st.sampled_from(sorted(words)))
        said = f"{draw(st.sampled_from(['{n} is ', 'all {n} ', '{n} ']))}{draw(st.sampled_from(words[sign]))} {k}"
        if (
            draw(st.integers(0, 3)) == 0
        ):  # a sign in words: "x is positive", "a must be non-negative" (the bound 0)
            k = 0
            signs = {">": "positive", "<": "negative", "\\geq": "non-negative", "\\leq": "non-positive"}
            said = f"{{n}} {draw(st.sampled_from(['is', 'must be']))} {signs[sign]}"
        kind = draw(st.sampled_from(["same", "same", "strictness", "direction", "bound"]))
        flipped = {">": "<", "<": ">", "\\geq": "\\leq", "\\leq": "\\geq"}
        strict = {">": "\\geq", "\\geq": ">", "<": "\\leq", "\\leq": "<"}
        shown = {"same": sign, "strictness": strict[sign], "direction": flipped[sign], "bound": sign}[kind]
        gold = f"{name} {shown} {k + 11 if kind == 'bound' else k}"
        said = said.format(n=name)
        if draw(st.integers(0, 2)) == 0:  # a range in words: "x is between 1 and 3", "x ranges from 1 to 3"
            lo, hi = sorted(draw(st.lists(st.integers(-9, 9), min_size=2, max_size=2, unique=True)))
            way = draw(st.sampled_from(["between", "between_inclusive", "from"]))
            said = {"between": f"{name} is between {lo} and {hi}", "from": f"{name} ranges from {lo} to {hi}",
                    "between_inclusive": f"{name} lies between {lo} and {hi} (inclusive)"}[way]  # fmt: skip
            if draw(
                st.booleans()
            ):  # (a set named in words: "The range is from -1 to 1.", "The domain is between ...")
                said = said.replace(f"{name} ranges", "The range is").replace(f"{name} ", "The domain ", 1)
            closed = way != "between"
            kind = draw(st.sampled_from(["same", "same", "strictness", "bound"]))
            ends = "[]" if closed != (kind == "strictness") else "()"
            gold = f"{ends[0]}{lo}, {hi + 11 if kind == 'bound' else hi}{ends[1]}"
            return Case(gold, _dress(draw, said), kind == "same", why=f"{kind}: {said!r} for {gold}")
        if (
            draw(st.integers(0, 3)) == 0 and name == "x"
        ):  # "all real numbers less than 2": a relation of no name
            said = f"all real numbers {draw(st.sampled_from(words[sign]))} {k}"
        return Case(gold, _dress(draw, said), kind == "same", why=f"{kind}: {said!r} for {gold}")
    n = draw(st.integers(1, 2))
    ends = sorted(draw(st.lists(st.integers(-9, 9), min_size=2 * n, max_size=2 * n, unique=True)))
    pieces = []
    for i in range(n):
        lo, hi = ends[2 * i], ends[2 * i + 1]
        if n == 2 and draw(st.booleans()):
            pieces.append((lo, lo, True, True))  # a point
            continue
        lo_closed, hi_closed = draw(st.booleans()), draw(st.booleans())
        unbounded = draw(st.sampled_from(["", "", "lo", "hi"]))
        if i == 0 and unbounded == "lo":
            lo, lo_closed = None, False
        if i == n - 1 and unbounded == "hi" and lo is not None:
            hi, hi_closed = None, False
        pieces.append((lo, hi, lo_closed, hi_closed))
    same = draw(st.booleans())
    other = list(pieces)
    if not same:
        k = draw(st.integers(0, n - 1))
        lo, hi, lo_closed, hi_closed = other[k]
        if lo == hi:
            other[k] = (lo + 20, lo + 20, True, True)  # a point outside every piece
        elif n == 2 and draw(st.booleans()):
            del other[k]
        elif lo is not None and (hi is None or draw(st.booleans())):
            other[k] = (lo, hi, not lo_closed, hi_closed)
        else:
            other[k] = (lo, hi, lo_closed, not hi_closed)
    name = draw(st.sampled_from(["x", "a", "t", "m"]))
    if all(p[0] != p[1] for p in pieces + other) and draw(st.integers(0, 3)) == 0:
        # typed in plain text: "(-inf, 2) U (3, oo)", "(-∞, 2) ∪ [3, ∞)", perhaps in a sentence ("The solution set is
        # (-∞, 2)."; read as its 2 it had been correct for a gold 2)
        plain = draw(st.sampled_from([" U ", " ∪ ", "U", " \\cup "])).join(
            _plain_interval(draw, p) for p in other
        )
        said = draw(st.sampled_from(["{x}", "The solution set is {x}.", "{n} ∈ {x}"])).format(x=plain, n=name)
        if same and draw(st.integers(0, 3)) == 0 and pieces[-1][1] is not None:  # a bound is no value
            return Case(str(pieces[-1][1]), said, False, why=f"an interval's end: {said!r}")
        return Case(_set_text(draw, pieces, name), said, same, why=f"in plain text: {said!r}")
    one, two = _set_text(draw, pieces, name), _set_text(draw, other, name)
    gold, answer = (one, two) if draw(st.booleans()) else (two, one)
    return Case(gold, _dress(draw, answer), same, why="one set of reals" if same else "another set of reals")


def _plain_interval(draw: st.DrawFn, piece: tuple) -> str:
    lo, hi, lo_closed, hi_closed = piece
    left = draw(st.sampled_from(["-∞", "-inf", "-oo", "-infinity"])) if lo is None else str(lo)
    right = draw(st.sampled_from(["∞", "+∞", "inf", "oo", "infinity"])) if hi is None else str(hi)
    return ("[" if lo_closed else "(") + f"{left}, {right}" + ("]" if hi_closed else ")")


# prose golds no rule reads as math: a quality, a name, a relation, a bound, and a clause (OlympiadBench's
# "All odd $n \geqslant 3$", "$n$ can be any multiple of 9", "The game ends in a draw when $n=1,2,4,6$")
_QUALITIES = ("odd", "even", "prime", "positive", "composite", "square-free")
_STATEMENT_NAMES = ("n", "k", "m", "d", "p")
_STATEMENT_RELATIONS = {  # each relation, spelled every way a reply writes it; the first is the gold's
    "ge": ("\\geqslant", "\\geq", "\\ge", "≥", ">="),
    "le": ("\\leqslant", "\\leq", "\\le", "≤", "<="),
    "gt": (">", "\\gt"),
    "lt": ("<", "\\lt"),
}
_CLAUSES = (
    "where ${a}$ is any {q} integer",
    "for every {q} ${a}$",
    "and ${a}$ can be any {q} number",
    "otherwise the second player wins",
    "",
)
_STATEMENT_DRESSES = (
    "{g}",
    "The answer is {g}.",
    "**Answer:** {g}",
    "Final answer: {g}",
    "So the answer is: {g}",
)


def _statement(parts: dict, spell: dict, inline: tuple[str, str], capital: bool) -> str:
    o, c = inline
    lead = "All" if capital else "all"
    main = f"{lead} {parts['q']} {o}{parts['n']} {spell[parts['rel']]} {parts['v']}{c}"
    clause = parts["clause"].format(a=parts["a"], q=parts["q2"])
    clause = clause.replace("$", "\x00").replace("\x00", o, 1).replace("\x00", c, 1) if clause else ""
    return f"{main}, {clause}" if clause else main


@st.composite
def statement_cases(draw: st.DrawFn) -> Case:
    r"""A gold written as a sentence (`All odd $n \geqslant 3$, where $d$ is any positive integer`) stated
    back: bare or after an answer marker, its math in `$...$` or `\(...\)`, each relation spelled another
    way (`\geqslant`, `\geq`, `≥`), the first word capitalised or not. A negative changes one thing: a
    word (odd for even), the bound, the relation's direction, or the two names swapped."""
    names = draw(st.lists(st.sampled_from(_STATEMENT_NAMES), min_size=2, max_size=2, unique=True))
    parts = {
        "q": draw(st.sampled_from(_QUALITIES)),
        "q2": draw(st.sampled_from(_QUALITIES)),
        "n": names[0],
        "a": names[1],
        "rel": draw(st.sampled_from(sorted(_STATEMENT_RELATIONS))),
        "v": draw(st.integers(0, 99)),
        "clause": draw(st.sampled_from(_CLAUSES)),
    }
    gold_spell = {k: v[0] for k, v in _STATEMENT_RELATIONS.items()}
    gold = _statement(parts, gold_spell, ("$", "$"), True)
    same = draw(st.booleans())
    other = dict(parts)
    if not same:
        change = draw(st.sampled_from(["word", "bound", "relation", "names"]))
        if change == "word":
            other["q"] = draw(st.sampled_from([q for q in _QUALITIES if q not in (parts["q"], parts["q2"])]))
        elif change == "bound":
            other["v"] = parts["v"] + draw(st.integers(1, 9))
        elif change == "relation":
            other["rel"] = {"ge": "le", "le": "ge", "gt": "lt", "lt": "gt"}[parts["rel"]]
        else:
            other["n"], other["a"] = parts["a"], parts["n"]
            if not parts["clause"] or "{a}" not in parts["clause"]:
                other["clause"] = _CLAUSES[0]  # both names written, so the swap shows
                parts["clause"] = _CLAUSES[0]
                gold = _statement(parts, gold_spell, ("$", "$"), True)
    spell = {k: draw(st.sampled_from(v)) for k, v in _STATEMENT_RELATIONS.items()}
    inline = draw(st.sampled_from([("$", "$"), ("\\(", "\\)"), ("$ ", " $")]))
    stated = _statement(other, spell, inline, draw(st.booleans()))
    response = draw(st.sampled_from(_STATEMENT_DRESSES)).format(g=stated)
    return Case(gold, response, same, why="the gold's own sentence" if same else "one thing of it changed")


# exact values and the decimals they stand for (the value to more places than any answer writes)
_EXACT_VALUES = (
    ("\\pi", "3.14159265358979"),
    ("\\sqrt{2}", "1.41421356237310"),
    ("\\sqrt{3}", "1.73205080756888"),
    ("\\sqrt{5}", "2.23606797749979"),
    ("e", "2.71828182845905"),
)


@st.composite
def rounded_exact_cases(draw: st.DrawFn) -> Case:
    """An exact gold (`k\\pi`, `k\\sqrt{2}`, `\\frac{p}{3}`) answered by its decimal rounded to 0-3 places: correct to
    two places or more, or to one place with three significant digits or more (`31.4` for `10\\pi`, 0.05% off;
    these had been rejected while `1.41` for `\\sqrt{2}`, 0.3% off, was accepted), incorrect to one place with two
    significant digits (`1.4` for `\\sqrt{2}`) or as an integer (`31` for `10\\pi`: an integer answer states an
    exact value); the rounding with its last digit moved by two grades incorrect."""
    k = draw(st.sampled_from([1, 2, 3, 5, 10, 12, 36, 100]))
    if draw(st.integers(0, 3)) == 0:
        p = draw(st.integers(1, 400).filter(lambda n: n % 3))
        gold, value = f"\\frac{{{p}}}{{3}}", Decimal(p) / Decimal(3)
    else:
        name, digits = draw(st.sampled_from(_EXACT_VALUES))
        gold, value = (name if k == 1 else f"{k}{name}"), Decimal(k) * Decimal(digits)
    places = draw(st.integers(0, 3))
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    significant = len(str(abs(rounded)).replace(".", "").lstrip("0"))
    ok = places >= 2 or (places == 1 and significant >= 3)
    if draw(st.integers(0, 3)) == 0:  # another last digit (two units away: no rounding or truncation of it)
        rounded += Decimal(2).scaleb(-places)
        ok = False
    answer = draw(st.sampled_from(["{x}", "The answer is {x}.", "\\boxed{{{x}}}", "\\approx {x}"])).format(
        x=rounded
    )
    return Case(gold, answer, ok, why=f"{rounded} ({places} places, {significant} digits) for {gold}")


_CHAIN_LT = ("<", "\\lt", "<")
_CHAIN_LE = ("\\le", "\\leq", "\\leqslant", "≤", "<=")
_CHAIN_GT = (">", "\\gt", ">")
_CHAIN_GE = ("\\ge", "\\geq", "\\geqslant", "≥", ">=")
_CHAIN_OPERANDS = (
    ("a", "b", "c", "d"),
    ("x", "y", "z", "w"),
    ("\\log_2 3", "1", "\\frac{1}{2}", "0"),
    ("m", "n", "p", "q"),
    ("\\sin 1", "\\cos 1", "\\tan 1", "1"),
)


def _relation(draw: st.DrawFn, way: str, strict: bool) -> str:
    if way == ">":
        return draw(st.sampled_from(_CHAIN_GT if strict else _CHAIN_GE))
    return draw(st.sampled_from(_CHAIN_LT if strict else _CHAIN_LE))


def _chain(draw: st.DrawFn, operands: list[str], way: str, strict: list[bool]) -> str:
    space = draw(st.sampled_from(["", " "]))
    out = operands[0]
    for operand, s in zip(operands[1:], strict, strict=True):
        relation = _relation(draw, way, s)
        after = " " if relation.startswith("\\") else space  # (`\\gtb` is no relation)
        out += f"{space}{relation}{after}{operand}"
    return out


@st.composite
def order_chain_cases(draw: st.DrawFn) -> Case:
    """An order of two to four quantities as a chain of relations one way (`a > b \\geq c`), answered by the same chain
    read from its other end (`c \\leq b < a`), either side the gold; a negative swaps two operands, changes one
    relation's strictness, or reverses the operands without flipping the signs (`c > b > a`)."""
    names = draw(st.sampled_from(_CHAIN_OPERANDS))
    n = draw(st.integers(2, 4))
    if names[0] == "\\log_2 3":  # (a true order of values: the operands stay in their order)
        operands = list(names[:n])
    else:
        operands = draw(st.permutations(names[:n]))
    strict = [draw(st.booleans()) for _ in range(n - 1)]
    way = draw(st.sampled_from([">", "<"]))
    back = "<" if way == ">" else ">"
    gold = _chain(draw, operands, way, strict)
    kind = draw(st.sampled_from(["reversed", "reversed", "swapped", "strictness", "unflipped"]))
    reverse, rstrict, rway = operands[::-1], strict[::-1], back
    if kind == "swapped":
        i = draw(st.integers(0, n - 2))
        reverse = reverse[:i] + [reverse[i + 1], reverse[i]] + reverse[i + 2 :]
    elif kind == "strictness":
        i = draw(st.integers(0, n - 2))
        rstrict = rstrict[:i] + [not rstrict[i]] + rstrict[i + 1 :]
    elif kind == "unflipped":
        rway = way
    answer = _chain(draw, reverse, rway, rstrict)
    if draw(st.booleans()):
        gold, answer = answer, gold
    answer = draw(st.sampled_from(["{x}", "${x}$", "\\boxed{{{x}}}", "The order is ${x}$."])).format(x=answer)
    return Case(gold, answer, kind == "reversed", why=f"{kind}: {answer!r} for {gold!r}")


_NEUTRAL_REMARKS = ("the only solution", "positive root", "the only valid solution", "taking the positive root",
                    "simplified", "in lowest terms", "the smallest such value", "exact value")  # fmt: skip
_REJECTING_REMARKS = ("rejected", "discarded", "extraneous", "invalid", "not valid", "舍去")
_KEPT_REMARKS = ("wrong", "not valid", "incorrect", "in thousands", "maybe", "impossible", "each")


def _remark(draw: st.DrawFn, words: str) -> str:
    shapes = ["\\text{{ ({w})}}", "\\text{{({w})}}", " ({w})", " (\\text{{{w}}})", " \\quad ({w})"]
    return " " * draw(st.integers(0, 1)) + draw(st.sampled_from(shapes)).format(w=words)


@st.composite
def closing_remark_cases(draw: st.DrawFn) -> Case:
    """A value closed by a remark in words: a neutral note (`x = 3 \\text{ (the only solution)}`, `3 (positive root)`)
    leaves the value the answer; a rejecting remark after the last of two values (`x = 3, x = -1 \\text{ (rejected)}`,
    `x = 3 \\text{ or } x = -1 (舍去)`) leaves the first, or names the rejected value inside the brackets (`x = 3 \\quad
    (x = -1 \\text{ is rejected})`); the rejected value is never the answer, nor the pair both, and a remark that
    denies, hedges or scales (`5 (wrong)`) is not dropped."""
    a = draw(st.integers(1, 40))
    b = -draw(st.integers(1, 40))
    named = draw(st.booleans())
    value = (lambda v: f"x = {v}") if named else str
    kind = draw(st.sampled_from(["neutral", "rejecting", "inside", "kept"]))
    if kind == "neutral":
        answer = value(a) + _remark(draw, draw(st.sampled_from(_NEUTRAL_REMARKS)))
    elif kind == "rejecting":
        join = draw(st.sampled_from([", ", " \\text{ or } ", " or ", "或"]))
        answer = value(a) + join + value(b) + _remark(draw, draw(st.sampled_from(_REJECTING_REMARKS)))
    elif kind == "inside":
        answer = value(a) + draw(st.sampled_from([" \\quad ", " "])) + f"(x = {b} \\text{{ is rejected}})"
    else:
        answer = value(a) + _remark(draw, draw(st.sampled_from(_KEPT_REMARKS)))
    target = draw(st.sampled_from(["a", "b", "both"]))
    gold = {"a": str(a), "b": str(b), "both": f"{a}, {b}"}[target]
    right = target == "a" and kind != "kept"
    return Case(
        gold, draw(st.sampled_from(["{x}", "${x}$"])).format(x=answer), right, why=f"{kind}: {answer!r}"
    )


# a property in words and its opposite (`named_property_cases`)
_PROPERTIES = (
    ("even", "odd"),
    ("positive", "negative"),
    ("increasing", "decreasing"),
    ("prime", "composite"),
    ("rational", "irrational"),
    ("acute", "obtuse"),
    ("convergent", "divergent"),
    ("an arithmetic sequence", "a geometric sequence"),
)


def _without_verb(prop: str, name: str) -> list[str]:
    """A one-word property and a one-letter name with no verb between ("all odd n", "odd n", "n odd")."""
    if " " in prop or len(name) > 1:
        return []
    return [f"all {prop} {name}", f"{prop} {name}", f"{name} {prop}", f"\\text{{all {prop} }} {name}"]


@st.composite
def named_property_cases(draw: st.DrawFn) -> Case:
    """A name and its property in words, the property a text box after the name (`n \\text{ is even}`) or the
    sentence "n is even": the same as the property alone ("even"), with the name and no verb ("all even n", "n
    even") and as the sentence, either side the gold; the other property (`n \\text{ is odd}`), another name, or the
    name alone (`n`) is wrong."""
    name = draw(st.sampled_from(["n", "x", "f", "k", "a_n", "a_{1}", "\\alpha", "m"]))
    prop, other = draw(st.sampled_from(_PROPERTIES))
    if draw(st.booleans()):
        prop, other = other, prop

    def stated(p: str, who: str = name) -> str:
        return draw(
            st.sampled_from(
                [
                    f"{who} \\text{{ is {p}}}",
                    f"{who}\\text{{ is {p} }}",
                    f"{who} \\mathrm{{ is {p}}}",
                    f"${who}$ is {p}",
                    f"{who} is {p}" if "\\" not in who else f"${who}$ is {p}",
                ]
            )
        )

    kind = draw(st.sampled_from(["same", "same", "bare", "other", "other_bare", "name_alone", "other_name"]))
    gold = stated(prop)
    answer = {
        "same": lambda: stated(prop),
        "bare": lambda: draw(st.sampled_from([prop, f"\\text{{{prop}}}"] + _without_verb(prop, name))),
        "other": lambda: stated(other),
        "other_bare": lambda: draw(
            st.sampled_from([other, f"\\text{{{other}}}"] + _without_verb(other, name))
        ),
        "name_alone": lambda: name,
        "other_name": lambda: stated(prop, "y" if name != "y" else "z"),
    }[kind]()
    if kind in ("same", "other", "bare", "other_bare") and draw(st.booleans()):
        gold, answer = answer, gold  # (the sentence answers a gold that is the property alone)
    if kind in ("other_name",) and draw(st.booleans()):
        gold, answer = answer, gold
    return Case(gold, answer, kind in ("same", "bare"), why=f"{kind}: {gold!r} / {answer!r}")


# statements about a value, each with one that says otherwise (`value_statement_cases`)
_STATEMENTS = (
    ("the maximum", "the minimum"),
    ("a root", "not a root"),
    ("prime", "composite"),
    ("both necessary and sufficient", "necessary but not sufficient"),
    ("sufficient but not necessary", "necessary but not sufficient"),
    ("the largest", "the smallest"),
)
# the same statement in other words: the order of words joined by "and", a word that says nothing added
_SAME_STATEMENT = {
    "both necessary and sufficient": ["sufficient and necessary", "necessary and sufficient"],
    "the maximum": ["the maximum value", "the maximum"],
    "a root": ["a root"],
}


_DENIALS = ("not the answer", "wrong", "not possible", "incorrect", "not the solution", "extraneous")


@st.composite
def value_statement_cases(draw: st.DrawFn) -> Case:
    """A value with a statement about it in a text box (`12 \\text{ is the maximum}`), and a prose answer in words
    with a negation in it ("sufficient but not necessary"). The statement may be left out by the answer, or said
    in other words (`\\text{ is sufficient and necessary}` for "both necessary and sufficient"); another statement
    (`12 \\text{ is the minimum}`), another value, a statement that takes the value back (`12 \\text{ is not the
    answer}`, `\\text{ is wrong}`) or the negation moved to the other word ("necessary but not sufficient" for
    "sufficient but not necessary") is wrong."""
    said, other = draw(st.sampled_from(_STATEMENTS))
    if draw(st.booleans()):
        said, other = other, said
    if draw(st.integers(0, 3)) == 0:  # the statement alone, as prose: the negated word is what it says
        if " not " not in said or " not " not in other:
            said, other = "sufficient but not necessary", "necessary but not sufficient"
        right = draw(st.booleans())
        gold = draw(st.sampled_from(["\\text{{{s}}}", "{s}"])).format(s=said)
        answer = draw(st.sampled_from(["{s}", "\\text{{{s}}}", "It is {s}."])).format(
            s=said if right else other
        )
        return Case(gold, answer, right, why=f"prose: {answer!r}")
    v = draw(st.integers(2, 60))
    value = draw(st.sampled_from(["{v}", "x = {v}", "x={v}"]))
    box = draw(
        st.sampled_from(
            ["\\text{{ is {s}}}", "\\text{{ is {s} }}", "\\mathrm{{ is {s}}}", ", \\text{{ is {s}}}"]
        )
    )

    def stated(v_: int, s_: str | None) -> str:
        return value.format(v=v_) + ("" if s_ is None else " " + box.format(s=s_))

    kind = draw(
        st.sampled_from(["same", "reworded", "left_out", "answer_only", "other", "other_value", "denied"])
    )
    gold = stated(v, said if kind not in ("answer_only", "denied") else None)
    answer = {
        "same": lambda: stated(v, said),
        "reworded": lambda: stated(v, draw(st.sampled_from(_SAME_STATEMENT.get(said, [said])))),
        "left_out": lambda: stated(v, None),
        "answer_only": lambda: stated(v, said),
        "other": lambda: stated(v, other),
        "other_value": lambda: stated(v + 1, said),
        # the statement takes the value back (`12 \text{ is not the answer}`): no answer of that value
        "denied": lambda: stated(v, draw(st.sampled_from(_DENIALS))),
    }[kind]()
    return Case(gold, answer, kind not in ("other", "other_value", "denied"), why=f"{kind}: {answer!r}")


_PEOPLE = ("Alice", "Bob", "Petya", "Vasya", "Tom", "Jim")
_COMPARISONS = ("{a} gets more candies than {b}", "{a} is taller than {b}", "{a} finishes earlier than {b}")
_WIN_CONDITIONS = ("if n is even", "when n is odd", "unless n = 1", "if the board has an odd number of cells")


@st.composite
def prose_gold_cases(draw: st.DrawFn) -> Case:
    """A gold sentence in words, and an answer that uses its words: the subject of a comparison ("Bob" for "Bob gets
    more candies than Alice") or the whole sentence is the answer; the comparison's other side ("Alice"), the
    sides swapped, or a name without the condition the gold holds under ("Alice" for "Alice wins if n is even,
    Bob otherwise") is wrong."""
    a, b = draw(st.lists(st.sampled_from(_PEOPLE), min_size=2, max_size=2, unique=True))
    wrap = draw(st.sampled_from(["{x}", "\\text{{{x}}}"]))
    if draw(st.booleans()):
        gold = draw(st.sampled_from(_COMPARISONS)).format(a=a, b=b)
        kind = draw(st.sampled_from(["subject", "whole", "object", "swapped"]))
        answer = {
            "subject": a,
            "whole": gold,
            "object": b,
            "swapped": gold.replace(a, "#").replace(b, a).replace("#", b),
        }[kind]
        return Case(wrap.format(x=gold), answer, kind in ("subject", "whole"), why=f"{kind}: {answer!r}")
    condition = draw(st.sampled_from(_WIN_CONDITIONS))
    gold = f"{a} wins {condition}, {b} otherwise"
    kind = draw(st.sampled_from(["whole", "first", "second"]))
    answer = {"whole": gold, "first": a, "second": b}[kind]
    return Case(wrap.format(x=gold), answer, kind == "whole", why=f"{kind}: {answer!r}")


# a value's words of opposite sense, in the frame each is written in (`opposite_sense_cases`)
_OPPOSITE_FRAMES = (
    ("more", "fewer", "{v} \\text{{ {w}}}"),
    ("more", "less", "{v} \\text{{ {w}}}"),
    ("left", "right", "{v} \\text{{ units to the {w}}}"),
    ("north", "south", "{v} \\text{{ steps {w}}}"),
    ("maximum", "minimum", "\\text{{{w} }} {v}"),
    ("boys", "girls", "{v} \\text{{ {w}}}"),
    ("profit", "loss", "\\text{{a {w} of }} {v}"),
    ("above", "below", "{v} \\text{{ {w} sea level}}"),
    # (the comparison's sides swapped: "more girls than boys" for "more boys than girls")
    ("boys than girls", "girls than boys", "{v} \\text{{ more {w}}}"),
)


@st.composite
def opposite_sense_cases(draw: st.DrawFn) -> Case:
    """A value with words of one sense around it (`4 \\text{ more}`, `3 \\text{ units to the left}`, `\\text{maximum }
    12`, `20 \\text{ more boys than girls}`): the same words, or the number alone on one side, is the answer; the
    opposite word (`4 \\text{ fewer}`), the comparison's sides swapped, or another number is wrong."""
    a, b, frame = draw(st.sampled_from(_OPPOSITE_FRAMES))
    word, opposite = (a, b) if draw(st.booleans()) else (b, a)
    v = draw(st.integers(2, 90))
    kind = draw(st.sampled_from(["same", "same", "bare", "opposite", "opposite", "other_value"]))
    gold = frame.format(v=v, w=word)
    answer = {
        "same": lambda: frame.format(v=v, w=word),
        "bare": lambda: str(v),
        "opposite": lambda: frame.format(v=v, w=opposite),
        "other_value": lambda: frame.format(v=v + 1, w=word),
    }[kind]()
    if draw(st.booleans()):
        gold, answer = answer, gold
    return Case(gold, answer, kind in ("same", "bare"), why=f"{kind}: {gold!r} / {answer!r}")


_SYSTEM_NAMES = (("x", "y", "z"), ("a", "b", "c"), ("m", "n", "p"))


def _system_text(draw: st.DrawFn, names: tuple[str, ...], vals: list[str]) -> str:
    rows = " \\\\ ".join(
        f"{n}{draw(st.sampled_from(['=', ' = ']))}{v}" for n, v in zip(names, vals, strict=True)
    )
    return draw(
        st.sampled_from(
            [
                f"\\begin{{cases}} {rows} \\end{{cases}}",
                f"\\left\\{{\\begin{{array}}{{l}} {rows} \\end{{array}}\\right.",
                f"\\begin{{cases}}{rows.replace('=', '&=')}\\end{{cases}}",
            ]
        )
    )


@st.composite
def system_cases(draw: st.DrawFn) -> Case:
    """The solution of a system in two or three unknowns written as a system, one `name = value` per row, against the
    same values as a tuple or as labelled values, either side the gold; a negative changes one value, swaps two
    different values under their labels, or writes the system still to solve (`x + y = 1 \\\\ x - y = 3`)."""
    names = draw(st.sampled_from(_SYSTEM_NAMES))[: draw(st.integers(2, 3))]
    nums = draw(st.lists(st.integers(-9, 9), min_size=len(names), max_size=len(names), unique=True))
    vals = [draw(st.sampled_from([str(v), f"\\frac{{{2 * v}}}{{2}}"])) if v else "0" for v in nums]
    kind = draw(st.sampled_from(["same", "same", "changed", "swapped", "unsolved"]))
    other = [str(v) for v in nums]
    if kind == "changed":
        i = draw(st.integers(0, len(nums) - 1))
        other[i] = str(nums[i] + draw(st.sampled_from([1, -1, 10])))
    elif kind == "swapped":
        other[0], other[1] = other[1], other[0]
    # (two values swapped only under labels: a bare list against labelled values is compared as a set of numbers,
    # as `Maximum = 2, Minimum = 1` is `1, 2`)
    style = "labelled" if kind == "swapped" else draw(st.sampled_from(["tuple", "labelled"]))
    if style == "tuple":
        flat = f"({', '.join(other)})"
    else:
        flat = ", ".join(f"{n} = {v}" for n, v in zip(names, other, strict=True))
    if kind == "unsolved":
        system = (
            "\\begin{cases} "
            + f"{names[0]} + {names[1]} = {nums[0] + nums[1]} \\\\ {names[0]} - {names[1]} = {nums[0] - nums[1]}"
            + " \\end{cases}"
        )
        if len(names) == 3:
            flat = (
                f"({', '.join(other[:2])})"
                if style == "tuple"
                else ", ".join(f"{n} = {v}" for n, v in zip(names[:2], other[:2], strict=True))
            )
    else:
        system = _system_text(draw, names, vals)
    # (a system still to solve only as the answer: as a gold it is no answer at all, and grades unparseable)
    gold, answer = (flat, system) if kind == "unsolved" or draw(st.booleans()) else (system, flat)
    answer = draw(st.sampled_from(["{x}", "${x}$", "The solution is ${x}$."])).format(x=answer)
    return Case(gold, answer, kind == "same", why=f"{kind}: {answer!r} for {gold!r}")
