r"""Sets of reals without sympy: inequalities (`-1 \leq a < 3`, `x > 2 \text{ or } x < -1`), intervals
and their unions (`(-\infty, -3) \cup (3, +\infty)`), set-builder notation (`\{x | 2 < x < 3\}`) and
finite sets, each read into a sorted union of intervals with float endpoints and compared.

Why by hand: parsing these with latex2sympy and comparing with sympy's set algebra costs 50-300 ms a
pair (see `fastmath.py`); here it is pure Python over `fastmath` trees. Anything this module does not
read (symbolic endpoints such as `k\pi`, `\neq`, set differences) returns None and goes to sympy.
"""

from __future__ import annotations

import math
import re

from mmeval.verifiers.comparison import fastmath as fm
from mmeval.verifiers.extraction.normalize import braces_balanced, split_top_level

__all__ = ["compare_sets", "read_set", "compare_chains", "collection_items", "compare_collections"]

Interval = tuple[float, bool, float, bool]  # (low, low_closed, high, high_closed)

_OR_RE = re.compile(r"\\text\{\s*or\s*\}|\\(?:lor|vee|cup|cupdot|sqcup)(?![a-zA-Z])|\bor\b")
_REL_RE = re.compile(
    r"(<=|>=|!=|<|>|\\(?:leqslant|geqslant|leq|geq|le|ge|lt|gt|neq|ne)(?![a-zA-Z])|(?<![<>!\\])=)"
)
_OPS = {"<": "<", "\\lt": "<", ">": ">", "\\gt": ">", "=": "=", "!=": "!=", "\\neq": "!=", "\\ne": "!="}
_OPS.update({k: "<=" for k in ("<=", "\\le", "\\leq", "\\leqslant")})
_OPS.update({k: ">=" for k in (">=", "\\ge", "\\geq", "\\geqslant")})
_BUILDER_RE = re.compile(r"^\\\{\s*([a-zA-Z])\s*(?:\\mid|\||:)\s*(.+)\\\}$", re.DOTALL)
_MINUS_RE = re.compile(r"^(.*\\\})\s*(?:-|\\setminus|\\backslash)\s*\\\{(.*)\\\}$", re.DOTALL)
# `\mathbb{R} \setminus \{1\}`, `(0, 3) \setminus \{1\}`: the reals, or an interval, without points
_WITHOUT_RE = re.compile(r"^(.*?)\s*(?:\\setminus|\\backslash)\s*\\\{(.*)\\\}$", re.DOTALL)
_REALS_RE = re.compile(r"^\s*\\(?:mathbb|mathbf|mathrm)\s*\{\s*R\s*\}\s*$|^\s*R\s*$")
# relations that hold together: `x > 0 \text{ and } x \neq 1`, `x>1 \land x<3`, `x > 1, x < 3`, `x>1且x<3`
# ("x = 1 and x = 2" lists two solutions: as an intersection it is empty, and an empty set is not read)
_AND_RE = re.compile(r"\\text\{\s*and\s*\}|\\(?:land|wedge)(?![a-zA-Z])|\band\b|且|,")
_IN_RE = re.compile(r"^\s*[a-zA-Z]\s*\\in\s*")
_SIGNALS = re.compile(
    r"<|>|!=|\\(?:le|ge|leq|geq|leqslant|geqslant|lt|gt|neq|ne|cup|cupdot|sqcup)(?![a-zA-Z])"
)
_INF = math.inf
_TOL = 1e-9


def _number(text: str) -> float | None:
    """A constant endpoint (`-\\infty`, `+\\infty`, `\\frac{\\sqrt{5}-1}{2}`), or None."""
    t = text.strip()
    bare = t.lstrip("+-").strip()
    if bare in ("\\infty", "\\inf", "∞"):
        return -_INF if t.startswith("-") else _INF
    node = fm.parse(t)
    if node is None or fm.free_symbols(node):
        return None
    try:
        v = fm.evaluate(node, {})
    except fm.Undefined:
        return None
    return v.real if abs(v.imag) <= 1e-12 * max(1.0, abs(v.real)) else None


def _interval(text: str) -> list[Interval] | None:
    t = text.strip()
    if t.startswith("\\{") and t.endswith("\\}"):  # a finite set of points
        points = [_number(x) for x in split_top_level(t[2:-2])]
        if any(x is None or math.isinf(x) for x in points):
            return None
        return [(x, True, x, True) for x in points]  # type: ignore[misc]
    if len(t) < 2 or t[0] not in "([" or t[-1] not in ")]":
        return None
    ends = split_top_level(t[1:-1])
    if len(ends) != 2:
        return None
    lo, hi = _number(ends[0]), _number(ends[1])
    if lo is None or hi is None or lo > hi:
        return None
    return [(lo, t[0] == "[" and lo != -_INF, hi, t[-1] == "]" and hi != _INF)]


# The one unknown of a relation: `x`, `a_1`, or a function's value `f(x)` (`0 < f(x) < 1` is the range)
_VARIABLE_RE = re.compile(r"\s*[a-zA-Z](?:_\{?\w+\}?)?(?:\s*\(\s*[a-z]\s*\))?\s*")


def _relation(text: str, names: set[str]) -> list[Interval] | None:
    """A chain `a < x <= b`, `x > c`, `x = c` over one variable into an interval."""
    parts = _REL_RE.split(text)
    items, ops = parts[0::2], [_OPS[o] for o in parts[1::2]]
    if not ops or len(ops) > 2:
        return None
    variable = [i for i, x in enumerate(items) if _VARIABLE_RE.fullmatch(x)]
    if not variable and len(ops) == 1:
        return _linear_relation(items, ops[0], names)
    if len(variable) != 1 or ("!=" in ops and len(ops) != 1):
        return None
    v = variable[0]
    names.add(items[v].strip())
    if ops == ["!="]:  # `x \\neq c`: the reals without c
        value = _number(items[1 - v])
        return (
            None
            if value is None or math.isinf(value)
            else [(-_INF, False, value, False), (value, False, _INF, False)]
        )
    lo, lo_closed, hi, hi_closed = -_INF, False, _INF, False
    for i, op in enumerate(ops):
        other = i if i != v else i + 1  # the constant on the other side of this operator
        value = _number(items[other])
        if value is None or not (i == v or i + 1 == v):
            return None
        if op == "=":
            lo = hi = value
            lo_closed = hi_closed = True
            continue
        below = (op in ("<", "<=")) == (other > v)  # the constant is an upper bound
        closed = op in ("<=", ">=")
        if below:
            hi, hi_closed = value, closed
        else:
            lo, lo_closed = value, closed
    return [(lo, lo_closed and lo != -_INF, hi, hi_closed and hi != _INF)]


_FLIP_OP = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=", "!=": "!="}


def kinked(node: fm.Node, name: str) -> bool:
    """`name` occurs inside `|...|`, a root or a fractional power: a function that can be linear at every
    sample point and still bend somewhere (`|2x + 6|` is linear for x > -3, `\\sqrt{(2x+5)^2}` likewise)."""
    op = node[0]
    if op in ("abs", "root") or (op == "pow" and not (node[2][0] == "num" and node[2][1].denominator == 1)):
        return name in fm.free_symbols(node)
    return any(isinstance(c, tuple) and kinked(c, name) for c in node[1:])


def _linear_relation(items: list[str], op: str, names: set[str]) -> list[Interval] | None:
    """`-x > -1`, `2x + 1 \\le 7`: one side linear in the one unknown, the other a constant, solved for the
    unknown (the inequality flips with a negative slope). None unless exactly that."""
    nodes = [fm.parse(x) for x in items]
    if any(n is None for n in nodes):
        return None
    symbols = [fm.free_symbols(n) for n in nodes]  # type: ignore[arg-type]
    side = [i for i, sy in enumerate(symbols) if sy]
    if len(side) != 1 or len(symbols[side[0]]) != 1 or fm.DOTS in symbols[side[0]]:
        return None
    name, node, other = next(iter(symbols[side[0]])), nodes[side[0]], 1 - side[0]
    if kinked(node, name):  # type: ignore[arg-type]
        return None
    try:
        f0, f1, f2 = (fm.evaluate(node, {name: complex(t)}).real for t in (0.0, 1.0, 2.0))  # type: ignore[arg-type]
        c = fm.evaluate(nodes[other], {}).real  # type: ignore[arg-type]
    except fm.Undefined:
        return None
    slope = f1 - f0
    if abs(slope) < 1e-9 or abs((f2 - f1) - slope) > 1e-9 * max(1.0, abs(slope)):
        return None  # not linear: left to sympy
    bound = (c - f0) / slope
    if side[0] == 1:
        op = _FLIP_OP[op]  # written `c op f(x)`: read as `f(x) op' c`
    if slope < 0:
        op = _FLIP_OP[op]
    names.add(name)
    if op == "=":
        return [(bound, True, bound, True)]
    if op == "!=":
        return [(-_INF, False, bound, False), (bound, False, _INF, False)]
    if op in ("<", "<="):
        return [(-_INF, False, bound, op == "<=")]
    return [(bound, op == ">=", _INF, False)]


def read_set(text: str) -> list[Interval] | None:
    """The union of intervals that `text` describes (merged and sorted), or None when not read."""
    t = text.strip()
    removed: list[float] = []
    m = _MINUS_RE.match(t) or _WITHOUT_RE.match(t)
    if m:
        points = [_number(x) for x in split_top_level(m.group(2))]
        if any(x is None for x in points):
            return None
        t, removed = m.group(1).strip(), points  # type: ignore[assignment]
    m = _BUILDER_RE.match(t)
    if m:
        t = m.group(2)
    t = _IN_RE.sub("", t)
    names: set[str] = set()
    out: list[Interval] = []
    for part in (p.strip() for p in _OR_RE.split(t)):
        if not part:
            continue
        got = _conjunction(part, names) if part[0] not in "([" and _AND_RE.search(part) else None
        if got is None:
            got = _interval(part) if part[0] in "([" or part.startswith("\\{") else _relation(part, names)
        if got is None and part[0] in "([":
            got = _interval_list(part)
        if got is None and _REALS_RE.match(part):
            got = [(-_INF, False, _INF, False)]
        if got is None:
            return None
        out.extend(got)
    if not out or len(names) > 1:
        return None
    for x in removed:
        out = [piece for iv in out for piece in _punch(iv, x)]
    return _merge(out)


# "and" between intervals in a list (`(-\\infty, 1) \\text{ and } (2, +\\infty)`)
_LIST_AND_RE = re.compile(r"\\text\{\s*and\s*\}|\band\b|和|及")


def _interval_list(text: str) -> list[Interval] | None:
    """Two or more intervals listed, joined by "and" or commas (`(-\\infty, 1) \\text{ and } (2, +\\infty)`,
    `(-\\infty, 1), (2, +\\infty)`): the union of their points, as the same intervals joined by `\\cup` (the list
    had been read as no set, and compared as text with the union: a decided reject), or None. Only where the
    other side is read as a set: `compare_sets` is asked only when a side has relations or `\\cup`."""
    pieces = [p.strip() for chunk in _LIST_AND_RE.split(text) for p in split_top_level(chunk)]
    if len(pieces) < 2:
        return None
    out: list[Interval] = []
    for piece in pieces:
        got = _interval(piece)
        if got is None:
            return None
        out.extend(got)
    return out


def _conjunction(text: str, names: set[str]) -> list[Interval] | None:
    """Inequalities on one unknown joined by "and" (or a comma): the intersection of their sets, or None."""
    pieces = [x.strip() for x in _AND_RE.split(text)]
    if len(pieces) < 2 or not all(pieces):
        return None
    out: list[Interval] = [(-_INF, False, _INF, False)]
    for piece in pieces:
        got = _relation(piece, names)
        if got is None:
            return None
        out = [x for a in out for b in got if (x := _intersect(a, b)) is not None]
    return out


def _intersect(a: Interval, b: Interval) -> Interval | None:
    lo, lc = max((a[0], a[1]), (b[0], b[1]), key=lambda e: (e[0], not e[1]))
    hi, hc = min((a[2], a[3]), (b[2], b[3]), key=lambda e: (e[0], e[1]))
    return None if lo > hi or (lo == hi and not (lc and hc)) else (lo, lc, hi, hc)


def _punch(iv: Interval, x: float) -> list[Interval]:
    """The interval without the point x."""
    lo, lc, hi, hc = iv
    if x < lo or x > hi or (x == lo and not lc) or (x == hi and not hc):
        return [iv]
    return [(lo, lc, x, False), (x, False, hi, hc)]


def _merge(intervals: list[Interval]) -> list[Interval]:
    intervals = sorted(intervals, key=lambda x: (x[0], not x[1]))
    merged: list[Interval] = []
    for lo, lc, hi, hc in intervals:
        if lo > hi or (lo == hi and not (lc and hc)):
            continue  # empty
        if merged:
            plo, plc, phi, phc = merged[-1]
            if lo < phi or (lo == phi and (lc or phc)):
                if hi > phi or (hi == phi and hc):
                    merged[-1] = (plo, plc, hi, hc if hi > phi else (hc or phc))
                continue
        merged.append((lo, lc, hi, hc))
    return merged


def _close(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= _TOL * max(1.0, abs(a), abs(b))


def compare_sets(gold: str, pred: str) -> bool | None:
    """Same set of reals? Only when a side is written with relations or `\\cup` (a pair of bare
    intervals is left to the tuple/interval logic of the symbolic path). None when not read."""
    if not (_SIGNALS.search(gold) or _SIGNALS.search(pred)):
        return None
    g, p = read_set(gold), read_set(pred)
    if g is None or p is None:
        return None
    if len(g) != len(p):
        return False
    for (a, ac, b, bc), (c, cc, d, dc) in zip(g, p, strict=True):
        if not (_close(a, c) and _close(b, d)) or ac != cc or bc != dc:
            return False
    return True


_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}


def _chain(text: str) -> tuple[list[fm.Node], list[str]] | None:
    """`\\tan a > \\sin b > \\cos c` of constants: (items, operators), or None."""
    parts = _REL_RE.split(text)
    items, ops = parts[0::2], [_OPS[o] for o in parts[1::2]]
    if not ops or "=" in ops or "!=" in ops:
        return None
    nodes = [fm.parse(x) for x in items]
    if any(n is None or fm.free_symbols(n) for n in nodes):
        return None
    return nodes, ops  # type: ignore[return-value]


def _same_value(a: fm.Node, b: fm.Node) -> bool | None:
    try:
        x, y = fm.evaluate(a, {}), fm.evaluate(b, {})
    except fm.Undefined:
        return None
    return abs(x - y) <= _TOL * max(1.0, abs(x), abs(y))


def compare_chains(gold: str, pred: str) -> bool | None:
    """Two chains of relations between constants (`\\tan\\frac{7\\pi}{5} > \\sin\\frac{2\\pi}{5} > ...`):
    the same values in the same order (read either way round). None unless both are such chains."""
    g, p = _chain(gold), _chain(pred)
    if g is None or p is None:
        return None
    candidates = [p, (p[0][::-1], [_FLIP[o] for o in p[1][::-1]])]
    for nodes, ops in candidates:
        if ops != g[1] or len(nodes) != len(g[0]):
            continue
        same = [_same_value(a, b) for a, b in zip(g[0], nodes, strict=True)]
        if None in same:
            return None
        if all(same):
            return True
    return False


_ASSIGNED_RE = re.compile(r"^\s*[A-Za-z](?:_\{?\w+\}?)?\s*=(?![=<>])\s*")
_MAX_ITEMS = 32


# ("\\sqrt{2} and -\\sqrt{2}": the roots a sentence lists with "and", as "or" lists them)
_OR_ITEMS_RE = re.compile(r"\s*(?:\\text\s*\{\s*(?:or|and)\s*\}|\b(?:or|and)\b)\s*")


def collection_items(text: str) -> list[str] | None:
    """The items of `a, b, c`, `a or b` or `\\{a, b, c\\}` with `\\pm` expanded (`\\pm 1` -> `1`, `-1`), or None."""
    t = text.strip()
    if t.startswith("\\{") and t.endswith("\\}"):
        t = t[2:-2]
    elif t.startswith("{") and t.endswith("}") and braces_balanced(t[1:-1]):
        t = t[1:-1]  # `{-2021, 2021}`: set braces written without their backslashes
    out: list[str] = []
    t = _OR_ITEMS_RE.sub(", ", t)  # `2 or -2` lists the same two items as `2, -2` (and `\pm 2`)
    for item in split_top_level(t):
        item = _ASSIGNED_RE.sub("", item)
        n = item.count("\\pm")
        if n > 3 or "\\mp" in item:
            return None
        for mask in range(2**n):
            pieces = item.split("\\pm")
            variant = pieces[0] + "".join(
                ("-" if (mask >> i) & 1 else "+") + piece for i, piece in enumerate(pieces[1:])
            )
            out.append(re.sub(r"([(,]\s*)\+", r"\1", variant).lstrip("+ "))
    return out if 0 < len(out) <= _MAX_ITEMS else None


def compare_collections(g: list[str], p: list[str], same_item) -> bool | None:  # noqa: ANN001 - a callable
    """Two unordered collections (items from `collection_items`) as sets: each item of one side equals an
    item of the other, by `same_item(a, b) -> bool | None`. None when an item cannot be decided."""
    if len(g) < 2 and len(p) < 2:
        return None
    for left, right, flip in ((g, p, False), (p, g, True)):
        for a in left:
            verdicts = [same_item(b, a) if flip else same_item(a, b) for b in right]
            if True in verdicts:
                continue
            return False if all(v is False for v in verdicts) else None
    return True
