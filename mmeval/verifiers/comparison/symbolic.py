"""The symbolic path: math-verify (latex2sympy2_extended + sympy), run only inside a worker process.

Everything here may be slow or hang on hostile input, so `mmeval.verifiers.bounded.pool` runs it in a
killable process. math-verify's own signal-based timeouts are switched off (`parsing_timeout=None`,
`timeout_seconds=None`): signals are the wrong tool (main thread only) and the worker is killed from
outside instead. Results are returned as short strings; a parsed sympy object is never `str()`-ed,
printed or sent back, because printing a huge power tower can itself hang.

What math-verify lacks and is added here: an equation compared with an equation as the same line or
curve (`y = 2x + 1` vs `2x - y + 1 = 0`: proportional `lhs - rhs`, where math-verify compares 0 == 0),
and a gold equation compared with an expression by solving the gold for the one variable the
expression does not use (`xy = 6` vs `6/x`).
"""

from __future__ import annotations

import cmath
import logging
import re
from fractions import Fraction
from functools import lru_cache

import math_verify.grader as _mv_grader
import math_verify.parser as _mv_parser
import sympy
from antlr4.atn.PredictionMode import PredictionMode
from latex2sympy2_extended.latex2sympy2 import NormalizationConfig, _Latex2Sympy
from math_verify import LatexExtractionConfig, parse, verify
from sympy import Rational

from mmeval.verifiers.extraction.normalize import case_clashes, one_letter_names, wrap_bare_args

__all__ = ["symbolic_compare", "parse_latex", "numeric_value", "as_set", "warm_up"]

# We own the timeout (the worker is killed from outside); silence math-verify's "timeout disabled" warning.
_mv_parser.TIMEOUT_WARNING_SHOWN = True
_mv_grader.TIMEOUT_WARNING_SHOWN = True
logging.getLogger("math_verify").setLevel(logging.CRITICAL)
logging.getLogger("latex2sympy2_extended").setLevel(logging.CRITICAL)

# math-verify's default normalisation deletes unit words, and with them variables such as `m`
# (`\\frac{1}{2}m` parses as 1/2); units are stripped before this point instead (see equivalence.py).
_CONFIG = [
    LatexExtractionConfig(
        normalization_config=NormalizationConfig(
            basic_latex=True, units=False, malformed_operators=True, nits=True, boxed="all", equations=False
        )
    )
]


# latex2sympy's ANTLR parser runs in full-context LL mode, which spends most of a parse in
# `adaptivePredict`. ANTLR's documented two-stage strategy is much faster: parse in SLL mode first and
# only when that fails retry in LL mode.
_PREDICTION = {"mode": PredictionMode.LL}
_original_create_parser = _Latex2Sympy.create_parser


def _create_parser(self: _Latex2Sympy, latex_str: str):  # noqa: ANN202 - ANTLR parser type
    parser = _original_create_parser(self, latex_str)
    parser._interp.predictionMode = _PREDICTION["mode"]
    return parser


_Latex2Sympy.create_parser = _create_parser


# `\geq`, `\ge`, `\geqslant` (and the `\le` family) are names to the parse here (`d \geqslant 0` was the
# product d*geqslant*0, which is 0, so `d \geqslant 0` equalled `d \leqslant 0`): spelled `>=` / `<=`, which
# it reads as relations
_GE_RE = re.compile(r"\\(?:geqslant|geq|ge)(?![A-Za-z])")
_LE_RE = re.compile(r"\\(?:leqslant|leq|le)(?![A-Za-z])")


def _parse(text: str) -> tuple:
    if "\\" in text:
        text = _LE_RE.sub(" <= ", _GE_RE.sub(" >= ", text))
    return tuple(
        parse(f"${text}$", extraction_config=_CONFIG, parsing_timeout=None, fallback_mode="no_fallback")
    )


@lru_cache(maxsize=4096)
def parse_latex(text: str) -> tuple:
    """math-verify's parse of `text` as one LaTeX expression (a tuple of sympy objects; empty if none)."""
    _PREDICTION["mode"] = PredictionMode.SLL
    try:
        out = _parse(text)
    finally:
        _PREDICTION["mode"] = PredictionMode.LL
    return out or _parse(text)


def numeric_value(text: str) -> str | None:
    """The value of a constant expression (`\\sqrt{2} - 1`, `17 + 10\\sqrt{6}`) as a 30-digit decimal
    string, or None when it is not a finite real constant. A Float's text is bounded by its precision."""
    parsed = parse_latex(text)
    if len(parsed) != 1 or not isinstance(parsed[0], sympy.Expr) or parsed[0].free_symbols:
        return None
    value = sympy.N(parsed[0], 30)
    if value.is_Float and value != 0 and not (-400 <= sympy.log(abs(value), 10).evalf(5) <= 400):
        return "inf"  # far beyond any gold the caller accepts; a short text instead of a huge number
    if not (
        value.is_real and value.is_finite and isinstance(value, (sympy.Float, sympy.Integer, sympy.Rational))
    ):
        return None
    return str(value) if not isinstance(value, sympy.Rational) else str(sympy.Float(value, 30))


_BUILDER_RE = re.compile(
    r"^\{\s*([a-zA-Z])\s*(?:\\mid|\||:)\s*(.+?)\}\s*(?:(?:-|\\setminus|\\backslash)\s*\{(.*)\})?$"
)
_OR_RE = re.compile(r"\\text\{\s*or\s*\}|\\(?:lor|vee|cup)(?![a-zA-Z])|\bor\b|,?\s*\\quad")
_RELATION_RE = re.compile(r"<|>|\\(?:le|ge|leq|geq|leqslant|geqslant|lt|gt)(?![a-zA-Z])|\\mid")
_IN_PREFIX_RE = re.compile(r"^[a-zA-Z](?:_\{?\w+\}?)?\s*\\in\s*(?=[\[(])")


def as_set(text: str) -> sympy.Set | None:
    """A set of reals from set-builder notation, (chains of) inequalities joined by "or", intervals and
    their unions: `\\{x | x < 3/2\\} - \\{-6\\}`, `4 < m \\leq 8 \\text{ or } 10 \\leq m < 12`. None if not."""
    text = text.replace("\\{", "{").replace("\\}", "}").strip()
    text = _IN_PREFIX_RE.sub("", text)  # `z \in [1, 2] \cup ...`: the set after it (sympy reads no `\in`)
    m = _BUILDER_RE.match(text)
    if m:
        base = as_set(m.group(2))
        if base is None or not m.group(3):
            return base
        minus = parse_latex("{" + m.group(3) + "}")
        return sympy.Complement(base, minus[0]) if minus and isinstance(minus[0], sympy.FiniteSet) else None
    parts = [p.strip() for p in _OR_RE.split(text) if p.strip()]
    sets = []
    for part in parts:
        parsed = parse_latex(part)
        if len(parsed) != 1:
            return None
        obj = parsed[0]
        if isinstance(obj, sympy.Set):
            sets.append(obj)
        elif isinstance(obj, (sympy.Rel, sympy.And, sympy.Or)) and len(obj.free_symbols) == 1:
            sets.append(_fast_as_set(obj))
        else:
            return None
    return sympy.Union(*sets) if sets else None


_OPEN = {
    sympy.StrictLessThan: (True, "<"),
    sympy.LessThan: (False, "<"),
    sympy.StrictGreaterThan: (True, ">"),
    sympy.GreaterThan: (False, ">"),
}


def _fast_as_set(obj: sympy.Basic) -> sympy.Set:
    """`x < c`, `c <= x`, their And/Or as intervals directly; sympy's `as_set` runs `simplify` and
    periodicity checks that cost hundreds of ms, so it is only the fallback."""
    if isinstance(obj, sympy.And):
        return sympy.Intersection(*[_fast_as_set(a) for a in obj.args])
    if isinstance(obj, sympy.Or):
        return sympy.Union(*[_fast_as_set(a) for a in obj.args])
    if type(obj) in _OPEN:
        strict, op = _OPEN[type(obj)]
        lhs, rhs = obj.lhs, obj.rhs
        if lhs.is_Symbol and rhs.is_number:
            below = op == "<"
            bound = rhs
        elif rhs.is_Symbol and lhs.is_number:
            below = op == ">"
            bound = lhs
        else:
            return obj.as_set()
        if below:
            return sympy.Interval(-sympy.oo, bound, right_open=strict)
        return sympy.Interval(bound, sympy.oo, left_open=strict)
    if isinstance(obj, sympy.Eq) and obj.lhs.is_Symbol and obj.rhs.is_number:
        return sympy.FiniteSet(obj.rhs)
    return obj.as_set()


def _compare_sets(gold: str, pred: str) -> tuple[str, str] | None:
    """Sets vs inequalities (only when at least one side is written as relations)."""
    if not (_RELATION_RE.search(gold) or _RELATION_RE.search(pred)):
        return None
    try:  # the answer first: when it is no set, the gold's (often costly) set is not needed
        p = as_set(pred)
        g = as_set(gold) if p is not None else None
    except (TypeError, ValueError, NotImplementedError):  # `z \\in [..] \\cup [..]`: sympy cannot
        return None
    if g is None or p is None:
        return None
    same = _same_set(_float_ends(g), _float_ends(p))
    return ("correct", "same set of reals") if same else ("incorrect", "different sets of reals")


def _same_set(a: sympy.Set, b: sympy.Set) -> bool:
    return sympy.Complement(a, b) == sympy.EmptySet and sympy.Complement(b, a) == sympy.EmptySet


def _float_ends(s: sympy.Set) -> sympy.Set:
    """Endpoints as 15-digit floats, so that `(-1+sqrt(5))/2` and `(sqrt(5)-1)/2` compare equal."""
    return s.replace(
        lambda e: isinstance(e, sympy.Expr) and e.is_number and not e.is_Atom and e.is_real,
        lambda e: sympy.Float(sympy.N(e, 20), 15),
    )


_POINTS = (Rational(3, 7), Rational(5, 11), Rational(7, 13), Rational(2, 3), Rational(9, 17))


def _same_at_points(g: sympy.Expr, p: sympy.Expr) -> bool | None:
    """Compare two expressions at a few rational points (per symbol, shifted by its index): an identity
    test that sympy's `simplify` often cannot do (`cot t ln(cos t)` forms) and that costs far less.
    True when equal at >= 3 points where both are finite, False at the first point where they differ,
    None when it does not apply (no symbols, more than 4, or symbols the gold lacks)."""
    symbols = sorted(g.free_symbols | p.free_symbols, key=lambda s: s.name)
    if not symbols or len(symbols) > 4 or not p.free_symbols <= g.free_symbols:
        return None
    steps = (sympy.floor, sympy.ceiling, sympy.frac, sympy.sign, sympy.Heaviside)
    if any(e.has(*steps) for e in (g, p)):
        return None  # a step function is constant near a few points: `\lfloor\sqrt{n-1}\rfloor` = `\lfloor\sqrt[3]{n-1}\rfloor` there
    agree = 0
    signs = (1, -1) if g.has(sympy.Abs) or p.has(sympy.Abs) else (1,)  # `|x|` vs `x` differ below 0
    for sign, k in ((sign, k) for sign in signs for k in range(len(_POINTS))):
        sub = {s: sign * (_POINTS[(k + i) % len(_POINTS)] + i) for i, s in enumerate(symbols)}
        # Evaluated numerically at the point, never substituted exactly: an exact `subs` of rationals into
        # `(c a^n)^n` builds rational powers that sympy takes minutes over (`fuzz_fastpath.py --seed 404`),
        # and raised on others (`\sqrt[3]{\sec(0.5)/x_1}`: "'Float' object has no attribute
        # '_eval_is_extended_real'", seed 23). `evalf(subs=...)` does neither on 23,000 fuzzed expressions.
        gv = g.evalf(20, subs=sub)
        pv = p.evalf(20, subs=sub)
        if (
            not (gv.is_number and pv.is_number)
            or gv.has(sympy.zoo, sympy.nan)
            or pv.has(sympy.zoo, sympy.nan)
        ):
            continue
        gc, pc = complex(gv), complex(pv)
        if not (cmath.isfinite(gc) and cmath.isfinite(pc)):
            continue  # beyond a float (`2^{2014} x` is inf there, and inf - 4 is no larger than inf): no evidence
        # relative to the values, not to 1 (`10^{-10} x` and `10^{-11} x` differ); evalf follows a
        # cancellation (an identity gives about 1e-130), so the floor for noise can be tiny
        if abs(gc - pc) > 1e-9 * max(abs(gc), abs(pc)) + 1e-30:
            return False
        agree += 1
    return True if agree >= 3 else None


def _eq_expr(rel: sympy.Basic) -> sympy.Expr:
    return sympy.expand(rel.lhs - rel.rhs)


def _same_curve(gold: sympy.Eq, pred: sympy.Eq) -> bool:
    """Two equations describe the same set: `lhs - rhs` differ by a nonzero constant factor."""
    g, p = _eq_expr(gold), _eq_expr(pred)
    names = _opaque_names(g.atoms(sympy.Derivative) | p.atoms(sympy.Derivative))
    g, p = g.xreplace(names), p.xreplace(names)
    if g == 0 or p == 0:
        return g == p
    ratio = sympy.simplify(g / p)
    return bool(ratio.is_number and ratio != 0 and ratio.is_finite)


def _solve_gold_for_missing(gold: sympy.Eq, pred: sympy.Expr) -> bool | None:
    """Gold `F(x, y) = 0`, pred an expression without `y`: compare pred with the unique solution for y."""
    missing = [s for s in gold.free_symbols if s not in pred.free_symbols]
    if len(missing) != 1:
        return None
    # floats as the rationals they write, on both sides: with a float in the equation sympy solves
    # numerically and turns `\pi` into 3.14159... (`y = 0.5 b + \pi` vs `0.5 b + \pi` had differed)
    gold, pred = _rational_floats(gold), _rational_floats(pred)
    sols = sympy.solve(gold, missing[0])
    if len(sols) != 1:
        return None
    return bool(sympy.simplify(sols[0] - pred) == 0)


def _rational_floats(e: sympy.Basic) -> sympy.Basic:
    return e.xreplace({f: sympy.Rational(str(f)) for f in e.atoms(sympy.Float)})


# Sums, integrals and products stay unevaluated; `simplify` of their ratio costs seconds and decides nothing
# math-verify has not already decided.
_UNEVALUATED = (sympy.Sum, sympy.Integral, sympy.Product)


def _is_plain_eq(x: object) -> bool:
    return isinstance(x, sympy.Equality) and not (isinstance(x.lhs, sympy.Symbol) and x.rhs.is_number)


_INTEGER_NAMES = {"k", "n", "m"}


def _expand_pm(s: str, limit: int = 3) -> str:
    """`(\\pm a, 0)` -> `(a, 0), (-a, 0)`: every sign choice, as a list (at most `limit` signs)."""
    n = s.count("\\pm")
    if n == 0 or n > limit:
        return s
    variants = []
    for mask in range(2**n):
        parts = s.split("\\pm")
        out = parts[0]
        for i, part in enumerate(parts[1:]):
            out += ("+" if not (mask >> i) & 1 else "-") + part
        variants.append(out)
    return ", ".join(variants)


def _rename_symbols(g: sympy.Basic, p: sympy.Basic) -> sympy.Basic | None:
    """Rename a bound name only: the integer parameter of a periodic family (`k\\pi` vs `n\\pi`, pi on
    both sides). A free answer variable is never renamed (`2x` vs `2y` are different answers)."""
    gs, ps = g.free_symbols, p.free_symbols
    extra_p, extra_g = ps - gs, gs - ps
    if len(extra_p) != 1 or len(extra_g) != 1 or not (g.has(sympy.pi) and p.has(sympy.pi)):
        return None
    sp, sg = next(iter(extra_p)), next(iter(extra_g))
    if sp.name not in _INTEGER_NAMES or sg.name not in _INTEGER_NAMES:
        return None
    return p.xreplace({sp: sg})


# A number after a closing brace (`\frac{xb}{2} 0.5`): latex2sympy reads `{0}.5`, a product with 0, so
# the product is written out (`\cdot`) before parsing, as the fast path reads it
_JUXTAPOSED_RE = re.compile(
    r"(\\(?:begin|end|text|mathrm|mbox|operatorname)\s*\{[^{}]*\}|\\[A-Za-z]+\s*[_^]\s*\{[^{}]*\}|\})\s+(?=\d)"
)


def _juxtaposed(s: str) -> str:
    """`\\frac{a}{b} 0.5` -> `\\frac{a}{b} \\cdot 0.5`; an environment's or a text macro's own braces
    (`\\begin{pmatrix} 1 & 2`, `\\text{ cm} 2`) and a function's base or power before its argument
    (`\\log_{2} 8`, `\\sin^{2} 30`) are left as they are."""
    return _JUXTAPOSED_RE.sub(lambda m: m.group(0) if m.group(1) != "}" else "} \\cdot ", s)


_EXACT_BITS = 1 << 15  # an exact value larger than this many bits is not computed (`10^{10^{10}}`)


def _exact_rational(e: sympy.Basic) -> Fraction | None:
    """The exact value of a tree of integers and rationals under +, *, and integer powers, or None (any
    symbol, float or function, or a value over `_EXACT_BITS` bits). Python integers, never sympy's
    evaluation: the sizes are checked before each power is taken."""
    try:
        return _exact(e)
    except (_TooBig, ZeroDivisionError):
        return None


class _TooBig(Exception):
    pass


def _exact(e: sympy.Basic) -> Fraction:
    if isinstance(e, sympy.Rational):
        return Fraction(int(e.p), int(e.q))
    if isinstance(e, sympy.Add):
        return sum((_exact(a) for a in e.args), Fraction(0))
    if isinstance(e, sympy.Mul):
        out = Fraction(1)
        for a in e.args:
            out *= _exact(a)
            if max(out.numerator.bit_length(), out.denominator.bit_length()) > _EXACT_BITS:
                raise _TooBig
        return out
    if isinstance(e, sympy.Pow) and isinstance(e.exp, sympy.Integer):
        base, n = _exact(e.base), int(e.exp)
        size = max(base.numerator.bit_length(), base.denominator.bit_length())
        if size * abs(n) > _EXACT_BITS:
            raise _TooBig
        return base**n
    raise _TooBig


def _verify(g: tuple, p: tuple, float_rounding: int) -> bool:
    """math-verify's verdict, except that two answers with different derivatives are never equal, and the
    derivatives they share are compared as opaque names: sympy evaluates the derivative of one free symbol
    by another to 0, so `\\frac{dy}{dx} = f` and `\\frac{dx}{dy} = f` were the same equation."""
    derivatives = _derivatives(g)
    if derivatives != _derivatives(p):
        return False
    if derivatives:  # each derivative an opaque symbol, or `v y' + y v' = 0` and `v y' - y v' = 0` agree
        names = _opaque_names(derivatives)
        g = tuple(e.xreplace(names) if isinstance(e, sympy.Basic) else e for e in g)
        p = tuple(e.xreplace(names) if isinstance(e, sympy.Basic) else e for e in p)
    return bool(verify(list(g), list(p), float_rounding=float_rounding, timeout_seconds=None))


def _opaque_names(derivatives: set) -> dict:
    """A fresh symbol for each derivative: sympy evaluates `d(rho)/d(x)` of two free symbols to 0."""
    return {d: sympy.Symbol(f"_derivative_{i}") for i, d in enumerate(sorted(derivatives, key=str))}


def _derivatives(parsed: tuple) -> set:
    return {d for e in parsed if isinstance(e, sympy.Basic) for d in e.atoms(sympy.Derivative)}


_SPARE_NAMES = ("\\zeta", "\\eta", "\\kappa", "\\xi", "\\chi", "\\psi", "\\nu", "\\tau")


def _distinct_cases(gold: str, pred: str) -> tuple[str, str]:
    """`gold` and `pred` with each capital one-letter name whose small letter is also a name of the same side
    written as a spare Greek name: the parser reads `R` as `r` (a lone `N` for `n` is read as the same name by design),
    so `\\frac{r}{R}` had been 1 and `T_a e^{t}` the same as `t_a e^{t}`."""
    # within one side: `C` in the gold for the reply's `c` is one name
    clashes = {c.upper() for c in case_clashes(one_letter_names(side) for side in (gold, pred))}
    spare = [n for n in _SPARE_NAMES if n not in gold and n not in pred]
    for letter, name in zip(sorted(clashes), spare, strict=False):
        swap = re.compile(rf"(?<![\\A-Za-z]){letter}(?![A-Za-z])")
        gold, pred = swap.sub(lambda _m, n=name: n + " ", gold), swap.sub(lambda _m, n=name: n + " ", pred)
    return gold, pred


# a numeral in a base, `1112112_3`, `204_{5}` (digits and letters, as in `A3F_{16}`)
_BASED_RE = re.compile(r"\s*([0-9A-Z]+)_\{?(\d+)\}?\s*")


def symbolic_compare(gold: str, pred: str, float_rounding: int = 6) -> tuple[str, str]:
    """Compare two cleaned answer strings. Returns (status, reason) with status one of
    "correct", "incorrect", "gold_unparseable", "pred_unparseable"."""
    gold, pred = _distinct_cases(gold, pred)
    bases = _BASED_RE.fullmatch(gold), _BASED_RE.fullmatch(pred)
    if bases[0] and bases[1]:  # `204_5` vs `204_6`: the parser drops the base, so both were 204
        same = bases[0].groups() == bases[1].groups()
        return (
            ("correct", "the same numeral in the same base") if same else ("incorrect", "different numerals")
        )
    # `\pm` expanded on both sides: math-verify reads `\pm 3` but not `(\pm 3, 0)` (scripts/fuzz_fastpath.py)
    gold, pred = _expand_pm(_juxtaposed(wrap_bare_args(gold))), _expand_pm(_juxtaposed(wrap_bare_args(pred)))
    by_sets = _compare_sets(gold, pred)
    if by_sets is not None:
        return by_sets
    g = parse_latex(gold)
    if not g:
        return "gold_unparseable", "gold does not parse as math"
    p = parse_latex(pred)
    if not p:
        return "pred_unparseable", "answer does not parse as math"
    g0, p0 = g[0], p[0]
    # math-verify compares numbers rounded to `float_rounding` places: `1/3^{1009}` and `1/4^{1009}` (both
    # 0.000000) were equal; two exact rationals are equal only when they are the same number
    g_exact, p_exact = (_exact_rational(g0), _exact_rational(p0)) if len(g) == len(p) == 1 else (None, None)
    if g_exact is not None and p_exact is not None:
        return (
            ("correct", "equal exact values")
            if g_exact == p_exact
            else ("incorrect", "different exact values")
        )
    verified = None  # math-verify's verdict once asked (never asked twice: it can cost seconds)
    if _is_plain_eq(g0) and _is_plain_eq(p0):
        verified = _verify(g, p, float_rounding)
        if verified:
            return "correct", "symbolically equal (math-verify)"
        same_derivatives = _derivatives(g) == _derivatives(p)
        if same_derivatives and not (g0.has(*_UNEVALUATED) or p0.has(*_UNEVALUATED)) and _same_curve(g0, p0):
            return "correct", "same equation up to a constant factor"
    elif _is_plain_eq(g0) and isinstance(p0, sympy.Expr):
        if sympy.simplify(g0.lhs - g0.rhs) == 0 and sympy.simplify(p0 - g0.rhs) == 0:
            return "correct", "the gold is an identity and the answer is its value"
        same = _solve_gold_for_missing(g0, p0)
        if same:
            return "correct", "gold equation solved for the missing variable"
        # not solvable for one missing variable: math-verify would compare the answer with the
        # right-hand side alone (`X + Y = Z` vs `Z`), which is not what the gold says
        return "incorrect", "differs from the gold equation's solution"
    at_points = None
    if len(g) == 1 and len(p) == 1 and isinstance(g0, sympy.Expr) and isinstance(p0, sympy.Expr):
        at_points = _same_at_points(g0, p0)  # cheap, so before math-verify's simplify
        if at_points:
            return "correct", "equal at sample points"
    if at_points is None and verified is None:
        verified = _verify(g, p, float_rounding)
    if at_points is None and verified:
        return "correct", "symbolically equal (math-verify)"
    renamed = _rename_symbols(g0, p0) if isinstance(g0, sympy.Basic) and isinstance(p0, sympy.Basic) else None
    if renamed is not None and verify([g0], [renamed], float_rounding=float_rounding, timeout_seconds=None):
        return "correct", "equal after renaming a parameter"
    return "incorrect", "differs at sample points" if at_points is False else "not equal (math-verify)"


# Forms that exercise most of latex2sympy's grammar. ANTLR builds its prediction caches lazily, so the
# first parse of each construct is 10-100x slower than later ones; the zygote runs these once before
# forking workers, and every worker inherits the warm caches.
_WARM_UP = [
    (r"\frac{1}{2}", r"0.5"),
    (r"\sqrt{2} + 1", r"1 + \sqrt{2}"),
    (r"x^2 + 2x + 1", r"(x+1)^2"),
    (r"y = 2x + 1", r"2x - y + 1 = 0"),
    (r"xy = 6", r"\frac{6}{x}"),
    (r"(1, 2)", r"(1,2)"),
    (r"[-1, 3)", r"-1 \leq x < 3"),
    (r"(-\infty, 1] \cup [2, \infty)", r"x \le 1 \text{ or } x \ge 2"),
    (r"\{1, 2\}", r"\{2, 1\}"),
    (r"\frac{\pi}{6}", r"\sin^{-1}(\frac{1}{2})"),
    (r"e^{x} \ln x", r"\ln(x) e^x"),
    (r"\begin{pmatrix}1&2\\3&4\end{pmatrix}", r"\begin{bmatrix}1&2\\3&4\end{bmatrix}"),
    (r"a_n = 2n + 1", r"2n+1"),
    (r"\cos^{2}\theta + \sin^2 \theta", r"1"),
    (r"\log_{2} 8", r"3"),
    (r"\dfrac{3\pi}{4}", r"\frac{3}{4}\pi"),
    (r"10\%", r"0.1"),
    (r"\binom{5}{2}", r"10"),
    (r"5!", r"120"),
    (r"|x - 1|", r"\left| x-1 \right|"),
    (r"\arctan(1)", r"\frac{\pi}{4}"),
    (r"\int_0^1 x dx", r"\frac{1}{2}"),
    # sums with bounds over products of indexed names (and their value at sample points: sympy's sums),
    # an absolute-value chain against a union of intervals with set membership (sympy's sets)
    (r"\sum_{i=1}^{n} a_i b_{n-i}", r"\sum_{j=1}^{n} b_{n-j} a_j"),
    (r"2 \leq |t| \leq \frac{5}{2}", r"t \in [-\frac{5}{2}, -2] \cup [2, \frac{5}{2}]"),
]


# Parsed only (the parser's prediction states; no sympy work): function application, a number in a base,
# tuples separated by semicolons or commas, a set of negative numbers, matrix products and sums, an
# equation with an approximation
_WARM_PARSE = [
    r"g(a)",
    r"1011_2",
    r"(1;2;3),(4;-5;6)",
    r"(1, 2, 3), (4, -5, 6)",
    r"\{-1, -2, -3\}",
    r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix} \begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}",
    r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix} + \begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}",
    r"x = 1 + 2 \approx 3",
]


def warm_up() -> None:
    """Parse and compare the `_WARM_UP` pairs and parse the `_WARM_PARSE` texts once (errors ignored:
    only the caches matter)."""
    for gold, pred in _WARM_UP:
        try:
            symbolic_compare(gold, pred)
        except Exception:  # noqa: BLE001, S112 - a warm-up failure only means a colder cache
            continue
    for text in _WARM_PARSE:
        try:
            parse_latex(text)
        except Exception:  # noqa: BLE001, S112 - as above
            continue
    parse_latex.cache_clear()
