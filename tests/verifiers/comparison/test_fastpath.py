"""The in-process fast path (`fastmath`, `fastcompare`, `fastsets`) against latex2sympy/sympy themselves:
the same LaTeX must mean the same thing, and a decision of the fast path must be the symbolic path's."""

from __future__ import annotations

import json
import time
from fractions import Fraction
from pathlib import Path

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from mmeval.verifiers import GradeConfig, grade_answer
from mmeval.verifiers.comparison import fastmath as fm
from mmeval.verifiers.comparison.fastcompare import fast_compare, value_of
from mmeval.verifiers.comparison.fastsets import read_set
from mmeval.verifiers.comparison.symbolic import parse_latex, symbolic_compare

# Strings whose reading by latex2sympy is easy to get wrong by hand (bare function arguments, `a/bc`,
# `\log` base 10, implicit products, case folding, subscripts on either side of a power).
SAME_READING = [
    r"\sin 2x",
    r"\sin x \cdot y",
    r"\sin \frac{2}{5} \pi",
    r"\sin\theta\cos\theta",
    r"\sin^2 x + \cos^{2} x",
    r"\sin^{-1} x",
    r"\tan^{-1}(x)",
    r"\sin(x)^2",
    r"2 \arcsin \sqrt{a}",
    r"\arccos(1 - 2a)",
    r"\log 8",
    r"\log_{2} 8",
    r"\log_2(x)",
    r"\ln x",
    r"\ln^2 x",
    r"e^{x} \ln x",
    r"{e}^{2}",
    r"\exp(x)",
    r"a/bc",
    r"ab(x-y)^2(ax-ay-b)",
    r"\frac{a}{b}c",
    r"\frac12",
    r"\frac 1 2",
    r"\frac{1}{2}(m+n)",
    r"\sqrt[3]{\frac{5}{12}}",
    r"\sqrt2",
    r"2\sqrt{2}x",
    r"v^2_0 + v_0^2",
    r"x_1^{2} + a_{k-1}",
    r"2Cx^2 + 2(C+1)x + 1",
    r"\pi r^2",
    r"\alpha\beta + \Delta",
    r"|x-1|+|x|",
    r"(-1)^n",
    r"- (2x - 1)^2",
    r"-2^2",
    r"3.5\times10^{-2}",
    r"1:3",
    r"3 \div 4",
    r"x^{-1} + 2^{-1}",
    r"\frac{\sqrt{2}}{2}x",
    r"\cot(t) \cdot \ln(\cos(t)) \cdot e^{-\sec^2(t)}",
    r"\frac{(n-1)!}{k!}",
    r"5!",
    r"\frac{R^2(\pi + \sqrt{3})}{2}",
    r"\sqrt{( (y_1 - y_0)p - (z_1 - z_0)n )^2 + ( (x_1 - x_0)p )^2}",
]


def _sympy_value(expr: sympy.Expr, env: dict[str, complex]) -> complex:
    subs = {
        s: sympy.Float(env[s.name.replace("{", "").replace("}", "").lower()].real, 30)
        for s in expr.free_symbols
    }
    return complex(sympy.N(expr.subs(subs), 30))


@pytest.mark.parametrize("text", SAME_READING)
def test_reads_like_latex2sympy(text):
    node = fm.parse(text)
    assert node is not None, text
    (expr,) = parse_latex(text)
    names = sorted({s.lower() for s in fm.free_symbols(node)})  # latex2sympy folds case; mmeval does not
    env = {s: complex(0.4 + 0.31 * i) for i, s in enumerate(names)}
    ours = fm.evaluate(node, {s: env[s.lower()] for s in fm.free_symbols(node)})
    theirs = _sympy_value(expr, env)
    assert abs(ours - theirs) <= 1e-9 * max(1.0, abs(theirs)), (text, ours, theirs)


@pytest.mark.parametrize(
    "text",
    [
        r"f(x)",  # latex2sympy: a function call
        r"2(3)",  # latex2sympy: 5
        r"x = 1",
        r"(1, 2)",
        r"\text{apples}",
        r"1,000",
        r"2^3^2",
        r"x^23",
        r"\operatorname{sgn} x",
        r"\{1, 2\}",
        r"a \leq b",
        r"60^\circ",
    ],
)
def test_leaves_unusual_forms_to_sympy(text):
    assert fm.parse(text) is None


def test_values_are_exact_when_rational_and_bounded_otherwise():
    assert value_of(r"\frac{31031}{7776}") == Fraction(31031, 7776)
    assert value_of(r"\sqrt{\frac{9}{16}}") == Fraction(3, 4)
    assert value_of(r"2^{10} - 1") == 1023
    assert value_of(r"x + 1") == "symbols"
    assert value_of(r"\sqrt{-1}") == "nonreal"
    assert value_of(r"10^{10^{10}}") == "inf"  # never a 10-billion-digit integer
    assert abs(float(value_of(r"\frac{\sqrt{2}}{2}")) - 2**0.5 / 2) < 1e-15


def test_unbounded_looking_inputs_stay_cheap():
    for text in [
        r"10^{10^{10^{10}}}",
        r"9^{9^{9^{9}}}",
        "(" * 25 + "x" + ")" * 25,
        r"\frac{1}{" * 20 + "x" + "}" * 20,
        "+".join(["x"] * 500),
        r"170! + 171!",
    ]:
        start = time.perf_counter()
        node = fm.parse(text)
        if node is not None:
            fm.exact_value(node)
            try:
                fm.evaluate(node, {s: 0.5 + 0j for s in fm.free_symbols(node)})
            except fm.Undefined:
                pass
        # each takes milliseconds (a power tower is never expanded, 170! is computed once); 1 s allows a
        # loaded CI machine and still fails on a 10-billion-digit integer or an exponential walk
        assert time.perf_counter() - start < 1.0, text


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (r"\frac{\sqrt{5} + 1}{2}", r"\frac{1 + \sqrt{5}}{2}", "correct"),
        (r"\frac{\sqrt{5} + 1}{2}", r"\frac{1 + \sqrt{3}}{2}", "incorrect"),
        (r"-8(x-3)", r"-8x + 24", "correct"),
        (r"-8(x-3)", r"-8x - 24", "incorrect"),
        (r"x^2+y^2=1", r"1-x^{2}-y^{2}=0", "correct"),
        (r"x^2+y^2=1", r"x^{2}-y^{2}=1", "incorrect"),
        (r"xy = 6", r"\frac{6}{x}", "correct"),
        (r"\rho\sin\theta = \sqrt{3}", r"\sqrt{3} \csc \theta", "correct"),
        (r"\rho\sin\theta = \sqrt{3}", r"\sqrt{3} \sin \theta", "incorrect"),
        (r"(2, \pi /2)", r"(2, \frac{\pi}{2})", "correct"),
        (r"[- \frac{3\pi}{8}, \frac{\pi}{8}]", r"( -\frac{3\pi}{8}, \frac{\pi}{8} )", "incorrect"),
        (r"(-32 + 3x, 64 - 5x)", r"(-32 + 3t, 64 - 5t)", "incorrect"),  # a free name is not renamed
        (r"2x", r"2y", "incorrect"),
        (r"3a", r"3a_1", "incorrect"),
        (r"v_0^2", r"v^2", "incorrect"),
        (r"\exp(\ln a)", r"a_{n} + 0", "incorrect"),
        (r"2k\pi + \frac{\pi}{2}", r"\frac{\pi}{2} + 2m\pi", "correct"),  # a bound parameter is
        (r"k\pi", r"n\pi", "correct"),
        (r"k\pi", r"2n\pi", "incorrect"),
        (r"0, \pm 1, \pm 2", r"\{-2, -1, 0, 1, 2\}", "correct"),
        (r"(2,1),(3,1)", r"(3,1),(2,1)", "correct"),
        (
            r"\tan \frac{7\pi}{5} > \sin \frac{2\pi}{5}",
            r"\sin \frac{2}{5} \pi < \tan \frac{7}{5} \pi",
            "correct",
        ),
        (r"1 + 2 + \cdots + n", r"n + \cdots + 2 + 1", "correct"),
        (r"260", r"6x", "incorrect"),
        (r"2Cx^2 + 2(C+1)x + 1", r"2c x^2 + (2 + 2c)x + 1", "correct"),
        # found by scripts/fuzz_fastpath.py's equation pairs: sympy solved an equation with a float
        # numerically (`\pi` became 3.14159..., so it differed)
        (r"y = \theta + 0.5 b + \pi", r"\theta + 0.5 b + \pi", "correct"),
        (r"y = |b - 0.5|", r"|b - 0.5|", "correct"),
        # a gold's `\pm` inside a tuple: math-verify reads `\pm 3` but not `(\pm 3, 0)`; both sides expanded
        (r"(\pm 3, 0)", r"(3, 0), (-3, 0)", "correct"),
        (r"(\pm \sqrt{2}, 0)", r"(-\sqrt{2}, 0), (\sqrt{2}, 0)", "correct"),
    ],
)
def test_fast_compare_decides_like_the_symbolic_path(gold, pred, expected):
    fast = fast_compare(gold, pred)
    assert fast is not None and fast[0] == expected, fast
    full = symbolic_compare(gold, pred)
    if full[0] in ("correct", "incorrect"):
        assert full[0] == expected, full


@pytest.mark.parametrize(
    ("gold", "pred"),
    [(r"y = \sin^2 \theta", r"|y| = \sin^2 \theta"), (r"y = (x_1)^{2}", r"|y| = (x_1)^{2}")],
)
def test_an_absolute_value_equation_is_not_the_plain_one(gold, pred):
    """`|y| = E` is `y = E` only where y > 0: the same-curve test had sampled positive points only (found by
    scripts/fuzz_fastpath.py's equation pairs); with an absolute value the fast path only ever accepts."""
    assert fast_compare(gold, pred) is None
    assert symbolic_compare(gold, pred)[0] == "incorrect"
    assert not grade_answer(gold, pred).correct and not grade_answer(pred, gold).correct
    assert fast_compare("|y| = x^2", "|y| - x^2 = 0") == ("correct", "same equation up to a constant factor")


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        (r"-1 \leqslant a \leqslant 3", r"[-1, 3]", True),
        (r"-1 \leqslant a \leqslant 3", r"[-1, 4]", False),
        (r"4 < m \leq 8 \text{ or } 10 \leq m < 12", r"(4, 8] \cup [10, 12)", True),
        (r"\{x | x < \frac{3}{2}\} - \{-6\}", r"(-\infty, -6) \cup (-6, \frac{3}{2})", True),
        (r"a \leqslant -2 \text{ or } a = 1", r"(-\infty, -2] \cup \{1\}", True),
        (r"\frac{-1+\sqrt{5}}{2} < m < \frac{3}{2}", r"( \frac{\sqrt{5} - 1}{2}, \frac{3}{2} )", True),
        (r"x > 2", r"(2, +\infty)", True),
        (r"x > 2", r"[2, +\infty)", False),
        (r"(0, 1) \cup [1, 2]", r"(0, 2]", True),
        # inequalities that hold together ("and", a comma, \land, 且), and the reals without a point
        (r"x > 1 \text{ and } x < 3", r"(1, 3)", True),
        (r"x > 1, x \leq 3", r"(1, 3]", True),
        (r"x>1 \land x<3", r"(1, 4)", False),
        (r"x > 0 \text{ and } x \neq 1", r"(0, 1) \cup (1, +\infty)", True),
        (r"\{x | x > 0, x \neq 1\}", r"(0, +\infty)", False),
        (r"x \geq 2且x<5", r"[2, 5)", True),
        (r"\mathbb{R} \setminus \{1\}", r"x \neq 1", True),
        (r"(0, 3) \setminus \{1\}", r"(0, 1) \cup (1, 3)", True),
        (r"\mathbb{R} \setminus \{1\}", r"x \neq 2", False),
    ],
)
def test_sets_of_reals(gold, pred, same):
    g, p = read_set(gold), read_set(pred)
    assert g is not None and p is not None
    assert (g == p) is same


def test_values_joined_by_and_are_not_one_set():
    """ "x = 1 and x = 2" lists two solutions, and "x > 1, y < 3" bounds two unknowns: neither is read as the
    intersection of its pieces."""
    assert read_set("x = 1 \\text{ and } x = 2") is None
    assert read_set("x > 1, y < 3") is None


def test_symbolic_off_still_uses_the_fast_path():
    config = GradeConfig(symbolic=False)
    assert grade_answer(r"\frac{\pi}{6}", r"\frac{30\pi}{180}", config=config).correct
    assert not grade_answer(r"\frac{\pi}{6}", r"\frac{60\pi}{180}", config=config).correct


# Random expressions: the same value in two surface forms is always "correct"; a shifted one never is.
_ATOMS = st.sampled_from(["x", "y", "2", "3", r"\pi", r"\sqrt{2}", r"\frac{1}{3}"])


def _expr(depth: int = 2) -> st.SearchStrategy[str]:
    if depth == 0:
        return _ATOMS
    sub = _expr(depth - 1)
    return st.one_of(
        _ATOMS,
        st.tuples(sub, sub).map(lambda t: f"({t[0]}) + ({t[1]})"),
        st.tuples(sub, sub).map(lambda t: f"({t[0]}) \\cdot ({t[1]})"),
        st.tuples(sub, sub).map(lambda t: f"\\frac{{{t[0]}}}{{{t[1]}}}"),
        sub.map(lambda a: f"\\sin({a})"),
        sub.map(lambda a: f"({a})^{{2}}"),
    )


@settings(max_examples=150, deadline=None)
@given(_expr(), _expr())
def test_random_identities_and_non_identities(a, b):
    sum_ab, sum_ba = f"({a}) + ({b})", f"({b}) + ({a})"
    fast = fast_compare(sum_ab, sum_ba)
    assert fast is None or fast[0] == "correct"
    shifted = fast_compare(sum_ab, f"{sum_ba} + 1")
    assert shifted is None or shifted[0] == "incorrect"


def test_fast_path_matches_the_symbolic_path_on_real_pairs():
    """Every pair of the shipped regression corpus that the fast path decides, it decides as sympy does,
    sympy run now (a stored verdict would go stale as the symbolic path changes)."""
    path = Path(__file__).parents[1] / "data" / "fastpath_pairs.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    assert len(rows) >= 40
    decided = compared = 0
    for row in rows:
        fast = fast_compare(row["gold"], row["pred"])
        if fast is None:
            continue
        decided += 1
        full = symbolic_compare(row["gold"], row["pred"])
        if full[0] in (
            "correct",
            "incorrect",
        ):  # sympy may give up (unparseable, too big): nothing to compare
            compared += 1
            assert fast[0] == full[0], (row, fast, full)
    assert decided >= 0.8 * len(rows) and compared >= 0.8 * decided


def test_deep_or_long_inputs_never_raise():
    import threading

    texts = [
        " ".join(["x"] * 599),
        "-" * 300 + "x",
        r"\sqrt{" * 28 + "x" + "}" * 28,
        "x^{" * 28 + "2" + "}" * 28,
    ]
    errors = []

    def run():
        for text in texts:
            try:
                fast_compare(text, text + " + 1")
                value_of(text)
            except Exception as exc:  # noqa: BLE001 - the point of the test
                errors.append((text[:20], exc))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    run()
    assert not errors


def test_one_renaming_for_a_whole_collection():
    gold = ", ".join(rf"\sqrt{{{i}}} + \sin(x_{i})" for i in range(4))
    shifted = ", ".join(rf"\sqrt{{{i}}} + \sin(x_{(i + 1) % 4})" for i in range(4))
    assert fast_compare(gold, shifted) != ("correct", "same items")
    assert fast_compare(r"x, 2x", r"t, 2t") == ("incorrect", "different items")  # t is free: not renamed
    assert fast_compare(r"k\pi, 2k\pi", r"n\pi, 2n\pi") == ("correct", "same items")
    assert fast_compare(r"(x, y)", r"(a, a)") == ("incorrect", "different items")  # other free names


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        (r"\frac{\pi}{6}", "30 degrees", True),
        (r"\frac{\pi}{6}", "30 deg", True),
        (r"\frac{\pi}{6}", r"30^\circ", True),
        (r"30^\circ", r"\frac{\pi}{6}", True),
        (r"\frac{\pi}{6}", "30", False),  # a bare number is not an angle in degrees
        (r"\frac{\pi}{6}", "60 degrees", False),
    ],
)
def test_degrees_in_any_dress_vs_radians(gold, answer, correct):
    assert grade_answer(gold, answer).correct is correct


@pytest.mark.parametrize(
    ("gold", "answer"),
    [
        ("x", "y"),  # two names, not one renamed
        (r"\text{Art}", "T"),
        (r"X+Y=Z", "Z"),  # an equation's right-hand side is not its solution
        (r"Q=\sqrt{S \cdot s}", "Q = S"),  # S and s are two quantities
        (r"|a|", "a"),
    ],
)
def test_no_false_matches(gold, answer):
    assert not grade_answer(gold, answer).correct


def test_several_lines_are_not_one_product():
    assert fm.parse("C\nD") is None
    # a gold of two lines is two parts (`forms.gold_parts`), here a set of options: one of them is wrong
    assert grade_answer("C\nD", "C").status.value == "incorrect"
    assert grade_answer("C\nD", "C D").status.value == "incorrect"  # not the product C·D either


def test_sympy_path_survives_a_substitution_sympy_itself_fails_on():
    """Found by `scripts/fuzz_fastpath.py --seed 23`: substituting a point into `\\sqrt[3]{\\sec(0.5)/x_1}`
    raised inside sympy ("'Float' object has no attribute '_eval_is_extended_real'"); the point is now
    evaluated numerically (`evalf(subs=...)`), which does not raise, and the comparison is decided."""
    from mmeval.verifiers.comparison.symbolic import symbolic_compare

    gold = "\\sqrt[3]{\\sec(0.5)/x_1}"
    assert symbolic_compare(gold, gold + " + 0")[0] == "correct"
    assert symbolic_compare(gold, gold + " + 1")[0] == "incorrect"


@pytest.mark.timeout(60)  # the exact substitution took minutes (not a speed figure: a hang)
def test_sympy_path_evaluates_sample_points_numerically():
    """Found by `scripts/fuzz_fastpath.py --seed 404`: an exact `subs` of a rational point into
    `(a^n / \\sqrt[3]{0.5})^n` builds rational powers sympy takes minutes over; the point is evaluated
    numerically (`evalf(subs=...)`) and the comparison is decided."""
    from mmeval.verifiers.comparison.symbolic import symbolic_compare

    gold = "((a)^{n}/\\sqrt[3]{0.5})^{n}"
    assert symbolic_compare(gold, gold + " + 0") == ("correct", "equal at sample points")
    assert symbolic_compare(gold, gold + " + 1")[0] == "incorrect"


def test_sympy_path_reads_a_number_after_a_closing_brace_as_a_product():
    """Found by `scripts/fuzz_fastpath.py --seed 23`: latex2sympy reads `\\frac{x b}{2} 0.5` as `{0}.5`, a
    product with 0, so `x` vanished and `x` renamed to `y` was "symbolically equal"; the fast path reads
    the product, and now so does the sympy path. An environment's own braces are left alone."""
    from mmeval.verifiers.comparison.symbolic import _juxtaposed, symbolic_compare

    gold = "\\frac{x \\cdot b}{\\sqrt[3]{\\theta}} 0.5 + 2 - 0.5 - a"
    assert symbolic_compare(gold, gold.replace("x", "y"))[0] == "incorrect"
    assert symbolic_compare(gold, f"1 \\cdot ({gold})")[0] == "correct"
    assert _juxtaposed("\\begin{pmatrix} 1 & 2 \\end{pmatrix}") == "\\begin{pmatrix} 1 & 2 \\end{pmatrix}"
    assert _juxtaposed("\\log_{2} 8") == "\\log_{2} 8"  # a function's base before its argument
    assert symbolic_compare("3", "\\log_{2} 8")[0] == "correct"
