r"""Fast equivalence for the common symbolic cases, in this process and in microseconds.

Expressions, tuples, equations and sets of reals written with the subset that `fastmath` reads are
compared numerically: expressions at a few positive points (an identity test that sympy's `simplify`
cannot always do and that costs far less), equations as the same curve (`lhs - rhs` in a constant ratio),
inequalities and intervals as unions of intervals with numeric endpoints. The functions decide only
when the numbers are clear; otherwise they return None and the caller uses math-verify/sympy in a
worker process (`symbolic.py`), which keeps the last word on everything unusual.
"""

from __future__ import annotations

import re
from fractions import Fraction

from mmeval.verifiers.comparison import fastmath as fm
from mmeval.verifiers.comparison.fastsets import (
    collection_items,
    compare_chains,
    compare_collections,
    compare_sets,
    kinked,
)
from mmeval.verifiers.extraction.normalize import case_clashes, split_top_level, wrap_bare_args

__all__ = ["value_of", "is_exact", "fast_compare", "parsed"]

_POINTS = (3 / 7, 5 / 11, 7 / 13, 2 / 3, 9 / 17, 4 / 19)
_SAME = 1e-9  # relative difference below which two values agree
_DIFFERENT = 1e-6  # relative difference above which they clearly differ (in between: undecided)
_MAX_SYMBOLS = 12
_LARGE = 1e12
# Below this magnitude a difference is measured against the values themselves, not against 1: floats carry
# absolute noise near 1e-16 (an identity that cancels, `\sin^2 x + \cos^2 x - 1`), so two small values that
# differ relatively (`10^{-10} x` and `10^{-11} x`, once both "equal" within 1e-9) are left to sympy, whose
# evaluation follows the cancellation
_SMALL = 1e-6
_PARSE_CACHE: dict[str, fm.Node | None] = {}


def _parse(text: str) -> fm.Node | None:
    if text not in _PARSE_CACHE:
        if len(_PARSE_CACHE) > 4096:
            _PARSE_CACHE.clear()
        _PARSE_CACHE[text] = fm.parse(text)
    return _PARSE_CACHE[text]


def parsed(text: str) -> fm.Node | None:
    """`text` read by the fast reader, from the cache the fast path fills (None when it does not read it)."""
    try:
        return _parse(text)
    except RecursionError:
        return None


def _relative(a: complex, b: complex) -> float:
    return abs(a - b) / max(1.0, abs(a), abs(b))


def value_of(text: str) -> Fraction | str | None:
    try:
        return _value_of(text)
    except RecursionError:  # a tree deeper than the stack (long products): not for the fast path
        return None


def is_exact(text: str) -> bool:
    """Whether `text` is rational arithmetic that `value_of` computes exactly (not in floats)."""
    node = _parse(text)
    return node is not None and not fm.free_symbols(node) and fm.exact_value(node) is not None


def _value_of(text: str) -> Fraction | str | None:
    """The real value of a constant expression (exact when it is rational arithmetic), or "inf" when it
    is finite but beyond 1e100, "symbols" when it has free symbols, "nonreal" when it is not a finite real
    number, and None when the fast parser does not read it."""
    node = _parse(text)
    if node is None:
        return None
    if fm.free_symbols(node):
        return "symbols"
    exact = fm.exact_value(node)
    if exact is not None:
        return exact
    try:
        value = fm.evaluate(node, {})
    except fm.Undefined as exc:
        return "inf" if "not finite" in str(exc) or "overflow" in str(exc) else "nonreal"
    if abs(value.imag) > 1e-12 * max(1.0, abs(value.real)):
        return "nonreal"
    return Fraction(repr(value.real))


def _points(names: list[str], negative: bool = False):
    """Sample points: positive values (square roots and logarithms stay real); with `negative`, also
    the same points negated, so that `|x|` and `x` are told apart."""
    signs = (1, -1) if negative else (1,)
    for sign in signs:
        for k in range(len(_POINTS)):
            yield {
                s: complex(sign * (_POINTS[(k + i) % len(_POINTS)] + 0.37 * i)) for i, s in enumerate(names)
            }


def _has_abs(node: fm.Node) -> bool:
    return node[0] == "abs" or any(isinstance(c, tuple) and _has_abs(c) for c in node[1:])


_INTEGER_NAMES = {"k", "n", "m"}


def _renaming(gs: set[str], ps: set[str], periodic: bool = False) -> dict[str, str] | None:
    """The answer's symbols renamed to the gold's where only a bound name differs: the integer parameter
    of a periodic family (`k\\pi` vs `n\\pi`, both sides with pi), as the symbolic path does; letter
    case (`C` vs `c`), which latex2sympy does not tell apart (so neither does the sympy path). A free
    answer variable is never renamed (`2x` vs `2y`, `3a` vs `3a_1`, `v_0^2` vs `v^2` are different
    answers: they are compared as they are, over the symbols of both sides). None only when a side has an
    ellipsis the other lacks (`1 + \\cdots + n`: not a value to sample; left to the symbolic path)."""
    extra_p, extra_g = ps - gs, gs - ps
    if fm.DOTS in extra_p | extra_g:
        return None
    # a letter whose capital and small form both name symbols of one side keeps its case (`T_a` is not
    # `t_a` where `t` is a name too), as the sympy path keeps them apart (`symbolic._distinct_cases`)
    clash = case_clashes((gs, ps))
    if not any(s[0].lower() in clash for s in extra_p):  # latex2sympy reads `C` as `c`: the sympy path too
        by_case = {s: [t for t in extra_g if t.lower() == s.lower()] for s in extra_p}
        matches = {s: m[0] for s, m in by_case.items() if len(m) == 1}
        if len(matches) == len(extra_p) == len(set(matches.values())):
            return matches
    if periodic and len(extra_p) == 1 == len(extra_g) and (extra_p | extra_g) <= _INTEGER_NAMES:
        return {next(iter(extra_p)): next(iter(extra_g))}
    return {}


def _has_pi(node: fm.Node) -> bool:
    return node == ("const", "pi") or any(isinstance(c, tuple) and _has_pi(c) for c in node[1:])


def _has_number(node: fm.Node) -> bool:
    return node[0] in ("num", "const") or any(isinstance(c, tuple) and _has_number(c) for c in node[1:])


def _compare_nodes(g: fm.Node, p: fm.Node, rename: dict[str, str] | None = None) -> bool | None:
    """True/False when the expressions clearly agree/differ at the sample points, else None. Symbols
    of the answer are renamed by `rename` (default: `_renaming`); a constant gold is compared with the
    answer's values at every point."""
    gs, ps = fm.free_symbols(g), fm.free_symbols(p)
    if rename is None:
        rename = _renaming(gs, ps, _has_pi(g) and _has_pi(p))
        if rename is None:
            return None
    names = sorted(gs | {rename.get(s, s) for s in ps})
    if len(names) > _MAX_SYMBOLS:
        return None
    agree = 0
    for env in _points(names, _has_abs(g) or _has_abs(p)) if names else [{}]:
        try:
            gv = fm.evaluate(g, env)
            pv = fm.evaluate(p, {s: env[rename.get(s, s)] for s in ps})
        except fm.Undefined:
            continue
        if max(abs(gv), abs(pv)) > _LARGE:
            continue  # near a pole (`\\tan` at pi/2 is 1.6e16 in floats): not evidence either way
        rel = _relative(gv, pv)
        if rel > _DIFFERENT:
            return False
        if rel > _SAME:
            return None
        small = max(abs(gv), abs(pv))
        if small < _SMALL and abs(gv - pv) > _SAME * small:
            return None
        agree += 1
    return agree >= (3 if names else 1) or None


def _same_curve(g: tuple[fm.Node, fm.Node], p: tuple[fm.Node, fm.Node]) -> bool | None:
    """Two equations describe the same set when `lhs - rhs` of one is a constant nonzero multiple of the
    other's (checked at the sample points)."""
    gd, pd = ("add", g[0], ("neg", g[1])), ("add", p[0], ("neg", p[1]))
    gs, ps = fm.free_symbols(gd), fm.free_symbols(pd)
    if gs != ps or not gs or len(gs) > _MAX_SYMBOLS:
        return None
    names = sorted(gs)
    ratios = []
    # negative points too when a side takes an absolute value: `|y| = E` is `y = E` wherever y > 0
    bent = _has_abs(gd) or _has_abs(pd)
    for env in _points(names, bent):
        try:
            gv, pv = fm.evaluate(gd, env), fm.evaluate(pd, env)
        except fm.Undefined:
            continue
        if abs(gv) < 1e-12 or abs(pv) < 1e-12:
            return None  # an identity, or a point on the curve: let sympy decide
        ratios.append(gv / pv)
    if len(ratios) < 3:
        return None
    spread = max(_relative(r, ratios[0]) for r in ratios)
    if spread <= _SAME:
        return True
    # no constant factor, yet `y = 0` and `|y| = 0` are one set: with an absolute value, left to sympy
    return False if spread > _DIFFERENT and not bent else None


_EQ_RE = re.compile(r"(?<![<>!\\])=(?![=<>])")
_RELATION_RE = re.compile(r"<|>|\\(?:le|ge|leq|geq|leqslant|geqslant|lt|gt|neq|ne|approx|in|mid)(?![a-zA-Z])")


def _equation(text: str) -> tuple[fm.Node, fm.Node] | None:
    sides = _EQ_RE.split(text)
    if len(sides) != 2 or _RELATION_RE.search(text):
        return None
    lhs, rhs = _parse(sides[0]), _parse(sides[1])
    if lhs is None or rhs is None:
        return None
    if (lhs[0] == "sym" and not fm.free_symbols(rhs)) or (rhs[0] == "sym" and not fm.free_symbols(lhs)):
        return None  # `x = 2`: a value, not a curve (left to the symbolic path)
    return lhs, rhs


def _equation_vs_value(g: tuple[fm.Node, fm.Node], p: fm.Node) -> bool | None:
    """A gold equation vs an expression: an identity (`(1/a : ...) = (a+1)(a-1)`) is compared through its
    right-hand side; an equation linear in the one variable the answer lacks (`\\rho \\sin\\theta =
    \\sqrt{3}` vs `\\sqrt{3}\\csc\\theta`, `xy = 6` vs `6/x`) through its unique solution."""
    diff = ("add", g[0], ("neg", g[1]))
    gs, ps = fm.free_symbols(diff), fm.free_symbols(p)
    missing = sorted(gs - ps)
    if not ps and len(missing) > 1 and fm.DOTS not in missing and len(gs) <= _MAX_SYMBOLS:
        return False  # a number does not solve `x + y = 3` for anything: it is not the gold's right side
    if not ps <= gs or len(gs) > _MAX_SYMBOLS or len(missing) > 1 or fm.DOTS in missing:
        return None
    if not missing:
        identity = _compare_nodes(g[0], g[1])
        return _compare_nodes(g[1], p) if identity else None
    y, others = missing[0], sorted(ps)
    if kinked(diff, y):
        return None  # `|y| = 6/x`: two solutions, however linear it looks at the sample points
    agree = 0
    for env in _points(others):
        try:
            f0, f1, f2 = (fm.evaluate(diff, {**env, y: complex(t)}) for t in (0.0, 1.0, 2.0))
            target = fm.evaluate(p, env)
        except fm.Undefined:
            continue
        slope = f1 - f0
        if abs(slope) < 1e-9 or _relative(f2 - f1, slope) > _SAME:
            return None  # not linear in y here: the solution may not be unique
        rel = _relative(-f0 / slope, target)
        if rel > _DIFFERENT:
            return False
        if rel > _SAME:
            return None
        agree += 1
    return agree >= 3 or None


def _bracketed(text: str) -> tuple[str, list[str]] | None:
    """`(a, b, c)` -> ("()", [a, b, c]) when the outer brackets enclose the whole text."""
    text = text.strip()
    if len(text) < 2 or text[0] not in "([" or text[-1] not in ")]":
        return None
    depth = 0
    for i, c in enumerate(text):
        depth += c in "([{"
        depth -= c in ")]}"
        if depth == 0 and i < len(text) - 1:
            return None
    return text[0] + text[-1], split_top_level(text[1:-1])


def _compare_tuples(gold: str, pred: str, rename: dict[str, str] | None = None) -> bool | None:
    """Tuples in the same brackets item by item; two intervals (a `[` or `]` on either side) also by
    their brackets: `[a, b]` is not `(a, b)`."""
    g, p = _bracketed(gold), _bracketed(pred)
    if g is None or p is None or len(g[1]) != len(p[1]) or len(g[1]) < 2:
        return None
    if g[0] != p[0]:  # intervals with different ends (math-verify reads `[a, b]` as an interval too)
        if len(g[1]) != 2 or _compare_items(g[1], p[1], rename) is None:
            return None
        return False
    return _compare_items(g[1], p[1], rename)


def _infinity(text: str) -> int:
    t = text.replace(" ", "")
    return {"\\infty": 1, "+\\infty": 1, "-\\infty": -1}.get(t, 0)


def _compare_items(
    g_items: list[str], p_items: list[str], rename: dict[str, str] | None = None
) -> bool | None:
    """Items in order; the answer's symbols renamed once for all items (`rename`, default `_renaming`)."""
    pairs = []
    for a, b in zip(g_items, p_items, strict=True):
        if _infinity(a) or _infinity(b):
            pairs.append((_infinity(a), _infinity(b)))
            continue
        ga, pb = _parse(a), _parse(b)
        if ga is None or pb is None:
            return None
        pairs.append((ga, pb))
    nodes = [x for x in pairs if isinstance(x[0], tuple) and isinstance(x[1], tuple)]
    gs = set().union(*(fm.free_symbols(a) for a, _ in nodes))
    ps = set().union(*(fm.free_symbols(b) for _, b in nodes))
    if rename is None:
        rename = _renaming(gs, ps, any(_has_pi(a) for a, _ in nodes) and any(_has_pi(b) for _, b in nodes))
        if rename is None:
            return None
    verdicts = [a == b if isinstance(a, int) else _compare_nodes(a, b, rename) for a, b in pairs]
    if False in verdicts:
        return False
    return True if all(verdicts) else None


def _compare_equations(gold: str, pred: str) -> tuple[str, str] | None:
    g_eq = _equation(gold)
    if g_eq is None:
        return None
    if not _EQ_RE.search(pred):
        p = _parse(pred)
        same = _equation_vs_value(g_eq, p) if p is not None else None
        if same is None:
            return None
        return (
            ("correct", "the answer solves the gold equation")
            if same
            else ("incorrect", "not the gold equation's solution")
        )
    p_eq = _equation(pred)
    same = _same_curve(g_eq, p_eq) if p_eq else None
    if same is None:
        return None
    return (
        ("correct", "same equation up to a constant factor") if same else ("incorrect", "different equations")
    )


def _symbols_of(texts: list[str]) -> set[str] | None:
    out: set[str] = set()
    for text in texts:
        inner = _bracketed(text)
        for part in inner[1] if inner else [text]:
            if _infinity(part):
                continue
            node = _parse(part)
            if node is None:
                return None
            out |= fm.free_symbols(node)
    return out


def _compare_collection(gold: str, pred: str) -> bool | None:
    """Unordered collections (see `fastsets.compare_collections`), with one renaming for all items."""
    g_items, p_items = collection_items(gold), collection_items(pred)
    if g_items is None or p_items is None:
        return None
    gs, ps = _symbols_of(g_items), _symbols_of(p_items)
    periodic = any("\\pi" in item for item in g_items) and any("\\pi" in item for item in p_items)
    rename = _renaming(gs, ps, periodic) if gs is not None and ps is not None else None
    if rename is None:
        return None

    def same_item(a: str, b: str) -> bool | None:
        if a.startswith(("(", "[")) and "," in a:
            return _compare_tuples(a, b, rename)
        ga, pb = _parse(a), _parse(b)
        return _compare_nodes(ga, pb, rename) if ga is not None and pb is not None else None

    return compare_collections(g_items, p_items, same_item)


_OR_WORD_RE = re.compile(r"\bor\b")  # `\sqrt{3} or -\sqrt{3}`: a collection, as `\sqrt{3}, -\sqrt{3}` is


def fast_compare(gold: str, pred: str) -> tuple[str, str] | None:
    """("correct" | "incorrect", reason) when the fast path can decide, else None."""
    try:
        return _fast_compare(gold, pred)
    except RecursionError:  # a tree deeper than the stack (long products): not for the fast path
        return None


def _fast_compare(gold: str, pred: str) -> tuple[str, str] | None:
    gold, pred = wrap_bare_args(gold), wrap_bare_args(pred)  # as the symbolic path reads them

    by_sets = compare_sets(gold, pred)
    if by_sets is not None:
        return ("correct", "same set of reals") if by_sets else ("incorrect", "different sets of reals")
    if (
        "," in gold
        or "," in pred
        or "\\pm" in gold
        or "\\pm" in pred
        or _OR_WORD_RE.search(gold)
        or _OR_WORD_RE.search(pred)
    ):
        same = _compare_tuples(gold, pred)
        if same is None:
            same = _compare_collection(gold, pred)
        if same is not None:
            return ("correct", "same items") if same else ("incorrect", "different items")
    if _EQ_RE.search(gold) or _EQ_RE.search(pred):
        return _compare_equations(gold, pred)
    chains = compare_chains(gold, pred)
    if chains is not None:
        return ("correct", "same chain of relations") if chains else ("incorrect", "different relations")
    g, p = _parse(gold), _parse(pred)
    same = _compare_nodes(g, p) if g is not None and p is not None else None
    if same is None:
        return None
    return ("correct", "equal at sample points") if same else ("incorrect", "differs at sample points")
