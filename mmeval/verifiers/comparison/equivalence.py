"""Is an extracted answer equivalent to the gold? A chain of small named strategies, cheapest first.

Each strategy returns `(Status, reason)` when it can decide, or None to pass to the next one. The fast
strategies are pure Python and bounded by the input caps (`numbers.py` reads numbers exactly with
`Fraction`); only `symbolic` reaches math-verify/sympy, in a killable worker process with the pair's
time limit (see `bounded.py`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from mmeval.verifiers.bounded.pool import WorkerError, WorkerTimeout, run_bounded
from mmeval.verifiers.comparison.closeness import Context, numbers_close
from mmeval.verifiers.comparison.fastcompare import fast_compare, is_exact, parsed, value_of
from mmeval.verifiers.comparison.fastvalue import evaluate, free_symbols
from mmeval.verifiers.comparison.forms import (
    close_paren,
    graph_of_function,
    matrix_cells,
    order_chain,
    rename_argument,
    rename_bound,
    restated_value,
    reversed_chain,
)
from mmeval.verifiers.comparison.lists import number_lists, open_lists
from mmeval.verifiers.comparison.prepared import Prepared, counted_words, prepare
from mmeval.verifiers.comparison.prose import has_words, is_prose, is_sentence, text_overlap, text_restated
from mmeval.verifiers.comparison.symbolic import numeric_value, symbolic_compare
from mmeval.verifiers.comparison.towers import compare_towers, parse_tower
from mmeval.verifiers.extraction.labels import same_quantity
from mmeval.verifiers.extraction.normalize import (
    canonical,
    case_clashes,
    clean_answer,
    nesting_depth,
    one_letter_names,
    split_top_level,
    strip_text_macros,
)
from mmeval.verifiers.extraction.numbers import (
    MAX_EXPONENT,
    Num,
    decimal_comma,
    parse_number,
)
from mmeval.verifiers.extraction.sentences import REJECTING_WORDS, SCALE_WORDS, denial_after_value
from mmeval.verifiers.extraction.units import Written, compound_quantity, spelled_unit, unit_of, units_differ
from mmeval.verifiers.verdict import GradeConfig, Status

__all__ = ["Context", "Prepared", "STRATEGIES", "compare", "numbers_close", "check_size", "prepare"]

# `Prepared` and `prepare` live in `prepared.py` and are re-exported here (callers import them from either)

Result = tuple[Status, str] | None


def check_size(text: str, config: GradeConfig) -> str | None:
    """Why `text` is too big or too deeply nested to parse, or None if it is fine."""
    if len(text) > config.max_answer_chars:
        return f"{len(text)} chars > max_answer_chars={config.max_answer_chars}"
    depth = nesting_depth(text)
    if depth > config.max_nesting:
        return f"nesting depth {depth} > max_nesting={config.max_nesting}"
    plain = text.replace("\\{", "").replace("\\}", "")
    if plain.count("{") != plain.count("}"):
        return "unbalanced braces"
    return None


# a subscript, which may hold one group (`a_n`, `v_{0}`, `\\tau_{\\text{crit}}`)
_SUBSCRIPT = r"(?:_\{(?:[^{}=]|\{[^{}=]*\})*\}|_\w)"
# a name: a letter or a command (`x`, `\\varphi`), with a subscript, a power and an argument, and it may be a
# change (`\\Delta \\phi_{CD}`: one quantity, not the product of two) or a trigonometric value of one name
# (`\\tan \\beta = \\frac{1}{3}` gives the value of tan beta)
_NAME = rf"(?:\\[Dd]elta\s*(?=[A-Za-z\\])|\\(?:sin|cos|tan|cot|sec|csc)\s*(?=[A-Za-z\\]))?(?:[A-Za-z]|\\[a-zA-Z]+){_SUBSCRIPT}?'{{0,3}}(?:\^(?:\{{[^{{}}=]*\}}|\w))?(?:\s*\([^()=]*\))?"
_ASSIGN_RE = re.compile(rf"^\s*(?:{_NAME}|\(\s*{_NAME}(?:\s*,\s*(?:\\[,;!]\s*)?{_NAME})+\s*\))\s*=(?![=<>])")
_EQ_SPLIT_RE = re.compile(r"(?<![<>!\\])=(?![=<>])")


# A named quantity of a figure: `AB`, `|AB|`, `\\angle ABC`, `S_{MBCN}`, a segment between points with
# subscripts (`B_{1}H`, `A_1B_1`), and their ratios `A:B`, `V_1 : V_2`, `\\frac{NO}{BO}` (upper-case names:
# `xy = 6` is a curve, `AB = 6` a length)
_QUANTITY = (
    r"(?:\|\s*)?(?:\\angle\s*)?(?:[A-Z][A-Za-z]{0,3}(?:_\{[^{}=]*\}|_\w)?"
    r"|[A-Z](?:_\{\w{1,2}\}|_\w)?(?:[A-Z](?:_\{\w{1,2}\}|_\w)?){1,3})(?:\s*\|)?"
)
_NAMED_RE = re.compile(
    rf"^\s*(?:{_QUANTITY}(?:\s*:\s*{_QUANTITY})?|\\frac\s*\{{\s*{_QUANTITY}\s*\}}\s*\{{\s*{_QUANTITY}\s*\}})\s*=(?![=<>])"
)


def _rhs_of_assignment(s: str) -> str:
    """`x = 2` -> `2`; `x = y = 3` -> `3`; `a_n = 2n+1` -> `2n+1`; `|AB| = 1`, `A:B = 1:2` -> the value
    (only names on the left: `a^2 + b = 0` stays an equation)."""
    m = _ASSIGN_RE.match(s) or _NAMED_RE.match(s)
    while m:
        s = s[m.end() :]
        m = _ASSIGN_RE.match(s) or _NAMED_RE.match(s)
    return s.strip()


# a step of reasoning inside an answer's first side (`p \\propto r^{-3} \\Longrightarrow \\frac{p(r_1)}{p(r_0)}`): that
# side is no one quantity
_IMPLIES_RE = re.compile(
    r"\\(?:[Ll]ongrightarrow|[Rr]ightarrow|implies|propto|therefore|because|iff)(?![a-zA-Z])|[⇒→∴∵]"
)


def _sides(s: str) -> list[str]:
    """`s` split at each `=` outside brackets (`P(X=1) = 0.6` has two sides), not in `<=`, `>=`, `==`, `\\leq`."""
    sides: list[str] = []
    depth, start = 0, 0
    for i, c in enumerate(s):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(depth - 1, 0)
        elif (
            c == "="
            and depth == 0
            and s[i - 1 : i] not in ("<", ">", "!", "=", "\\", ":")
            and s[i + 1 : i + 2] not in "=<>"
        ):
            sides.append(s[start:i])
            start = i + 1
    sides.append(s[start:])
    return sides


def _same_cased_names(g_lhs: str, p_lhs: str, gold: str, pred: str) -> bool:
    """Whether two left-hand sides name the same one-letter names, with case counted for a letter whose
    capital and small form are both names of one side (`N=n`: `N` is not `n`; a lone `N` for `n` is)."""
    both = case_clashes(one_letter_names(side) for side in (gold, pred))
    if not both:
        return True
    g_names, p_names = one_letter_names(g_lhs), one_letter_names(p_lhs)
    return [c for c in g_names if c.lower() in both] == [c for c in p_names if c.lower() in both]


# a sequence's term or sum named by its index as a subscript (`a_n`, `a_{n}`, `S_{n+1}`), as an argument (`a(n)`), or
# typed with one index letter after it (`Sn`)
_TERM_RE = re.compile(
    r"\s*([A-Za-z])\s*(?:_\s*(?:\{\s*([nkm](?:\s*[-+]\s*\d)?)\s*\}|([nkm]))|\(\s*([nkm](?:\s*[-+]\s*\d)?)\s*\)|([nkm]))\s*=\s*$"
)


def _same_term(g_lhs: str, p_lhs: str) -> bool:
    """Whether two left-hand sides name one sequence term in two spellings (`S_n =` and `Sn =`, `a_{n} =` and `a(n)
    =`; `a_n = 2n - 1` against `a(n) = 2n - 1` had been another name, a decided reject, where `2n - 1` alone is the
    gold's value)."""
    g, p = _TERM_RE.match(g_lhs), _TERM_RE.match(p_lhs)
    if g is None or p is None:
        return False
    index = lambda m: "".join((m.group(2) or m.group(3) or m.group(4) or m.group(5)).split())  # noqa: E731
    return g.group(1) == p.group(1) and index(g) == index(p)


def _align_equations(gold: str, pred: str) -> tuple[str, str]:
    """Compare values when the equation signs are only naming: `x = 2` vs `2`; `I = q/c` vs `q/c`;
    `80 + 150 = 230` vs `230` (a gold without `=` is compared with the last right-hand side, also after
    the same name on both sides: `A = \\frac{1}{2} ab = 12` vs `A = 12`)."""
    g_eq, p_eq = bool(_EQ_SPLIT_RE.search(gold)), bool(_EQ_SPLIT_RE.search(pred))
    if _CONNECTED_RE.search(gold) or _CONNECTED_RE.search(pred):
        return gold, pred  # `x = 1 \text{ or } x > 5`: a set of values, read as one (`fastsets`)
    if g_eq and p_eq:
        g_rhs, p_rhs = _rhs_of_assignment(gold), _rhs_of_assignment(pred)
        g_lhs, p_lhs = gold[: len(gold) - len(g_rhs)], pred[: len(pred) - len(p_rhs)]
        if (
            g_rhs != gold
            and (canonical(g_lhs) == canonical(p_lhs) or _same_term(g_lhs, p_lhs))
            and _same_cased_names(g_lhs, p_lhs, gold, pred)
        ):
            # the same name on both sides; what the answer gives it may be a computation that ends in the
            # value (`A = \frac{1}{2} ab = 12 cm` for `A = 12`): compared as a gold without `=` is
            return _align_equations(g_rhs, p_rhs)
        g_sides, p_sides = _sides(gold), _sides(pred)
        if (
            len(g_sides) == 2
            and len(p_sides) > 2
            and p_sides[0].strip()
            and not any(_PLAIN_NAME_RE.match(side.strip()) for side in p_sides[1:-1])
            and not any(len(split_top_level(side)) > 1 for side in (*g_sides, *p_sides))
            and not _IMPLIES_RE.search(p_sides[0])
        ):
            # any left-hand side (`x_1+x_2`, `P(X=1)`: no name the two regexes above know) given a computation
            # that ends in a value: the chain states `first = last`, and that is the answer's equation (as a
            # whole, math-verify had compared `x_1+x_2 = 30+30 = 60` with `h = 60` by its last side). A chain
            # of names (`x = y = 3`) states two equations, and is left whole.
            if canonical(g_sides[0]) == canonical(p_sides[0]) and _same_cased_names(
                g_sides[0], p_sides[0], gold, pred
            ):
                return _align_equations(g_sides[1].strip(), p_sides[-1].strip())
            pred = f"{p_sides[0].strip()} = {p_sides[-1].strip()}"
        head = _ASSIGN_RE.match(pred) or _NAMED_RE.match(pred)
        if (
            head is not None
            and (_ASSIGN_RE.match(gold) or _NAMED_RE.match(gold))
            and _EQ_SPLIT_RE.search(p_rhs)
        ):
            # another name given a computation that ends in the gold's value (`v_0 = \frac{1}{2} ab = 12` for
            # `h = 12`) names another quantity, as `v_0 = 12` does: the computation is dropped, not the name
            return gold, f"{pred[: head.end()]} {_EQ_SPLIT_RE.split(p_rhs)[-1].strip()}"
        return gold, pred
    if g_eq:
        return _rhs_of_assignment(gold), pred
    if p_eq:
        last = _EQ_SPLIT_RE.split(pred)[-1].strip()
        return gold, last or pred
    return gold, pred


# a negation in the words before an answer's first math ("It is not $x=5$", "The roots aren't 2 and 3", "Neither
# x=5 nor x=-2"): the values are denied, not given ("x is not equal to 5" is read as `x \neq 5` before it comes here).
# Only with a value after it: an answer in words ("It cannot be determined") is left to the text comparison.
_DENIED_RE = re.compile(
    r"^[^\d=$\\]*?(?:\b(?:not|never|cannot|neither)\b|n[’']t\b)(?=.*?[\d=])", re.IGNORECASE | re.S
)
# a new clause after the denial ("x cannot be -2, so x = 5"): what it states is not denied
_CLAUSE_AFTER_RE = re.compile(r";|\.\s+\S|\b(?:so|thus|hence|therefore|then)\b", re.IGNORECASE)


def _denied(text: str) -> bool:
    """Whether `text` denies the values it names (`_DENIED_RE`, or a denial right after a value: "12 is not the
    answer because 3 x 4 = 12", whose last right-hand side 12 had been the answer), with no new clause after the
    denial."""
    m = _DENIED_RE.match(text)
    end = m.end() if m is not None else denial_after_value(text)
    return end is not None and _CLAUSE_AFTER_RE.search(text, end) is None


def _another_name(gold: str, pred: str) -> str | None:
    """Why the answer names another quantity than the gold (`E_{k} = 60` for `h = 60`: one name given one
    value on each side, the two names different; `f(2) = 3` for `f(1) = 3`, `P(X=2) = 0.6` for `P(X=1) = 0.6`:
    a function or a probability at another point), or None. Without it the pair went to the symbolic path,
    where a name it cannot parse (`E_{k}`) made the answer unparseable, and where math-verify compares two
    equations of a function's values by their right-hand sides."""
    if "=" not in gold or "=" not in pred:
        return None  # (most pairs: no equation to split)
    g_sides, p_sides = _sides(gold), _sides(pred)
    if len(g_sides) != 2 or len(p_sides) != 2:
        return None
    g_name, p_name = g_sides[0].strip(), p_sides[0].strip()
    g_head, p_head = _DERIVED_RE.fullmatch(g_name), _DERIVED_RE.fullmatch(p_name)
    if g_head and p_head and g_head.group(1) == p_head.group(1) and _order(g_head) != _order(p_head):
        # `f'(x) = 2x` for `f(x) = 2x`, `y'` for `y`: a derivative is another function (math-verify compared
        # the two equations by their right-hand sides)
        return f"another derivative ({p_name} for {g_name})"
    kinds = (_name_kind(g_name), _name_kind(p_name))
    if kinds.count(None) == 1 and canonical(g_name) != canonical(p_name):
        # a name on one side, an expression on the other (`E_{k} = 2` for `x_1+x_2 = 2`): another quantity unless
        # the other equation holds the name (`2h = 120` for `h = 60`, `Z = X + Y` for `X + Y = Z` are the symbolic
        # path's to compare)
        name, other = (p_name, gold) if kinds[0] is None else (g_name, pred)
        return None if canonical(name) in canonical(other) else f"another name ({p_name} for {g_name})"
    if canonical(g_name) == canonical(p_name) or None in kinds or kinds == ("figure", "figure"):
        # (`d^2 = b^2`, `\\tan \\theta = 1`, `f(t) = ...` are more than a name; two names of a figure may be one
        # quantity written two ways, `AB` and `BA`: the symbolic path compares them)
        return None
    g_at, p_at = _AT_POINT_RE.fullmatch(g_name), _AT_POINT_RE.fullmatch(p_name)
    if g_at and p_at and g_at.group(1) == p_at.group(1) and _same_point(g_at.group(2), p_at.group(2)):
        return None  # `f(1.0)` is `f(1)`
    return f"another name ({p_name} for {g_name})"


# a function or a probability at a point: a one-letter name and, in brackets, numbers (`f(2)`, `g(1, 2)`) or an
# event of a random variable (`P(X=1)`, `P(\\xi \\geq 2)`); `f(x)` is a function, not a value (`f(x)=x` is
# `f(z)=z`)
_POINT_NUMBER = r"[-−+]?\d+(?:\.\d+)?"
_AT_POINT_RE = re.compile(
    rf"([A-Za-z])\s*\(\s*({_POINT_NUMBER}(?:\s*,\s*{_POINT_NUMBER})*"
    rf"|(?:[A-Z]|\\[a-z]+)\s*(?:=|<|>|\\[lg]eq?(?:slant)?(?![a-z])|≤|≥)\s*{_POINT_NUMBER})\s*\)"
)


_QUANTITY_RE = re.compile(_QUANTITY)
# a function or a name with its derivative's primes (`f'(x)`, `y''`, `f^{\\prime}(t)`, `y^{\\prime \\prime}`) or none
_DERIVED_RE = re.compile(
    r"([A-Za-z](?:_\{\w{1,3}\}|_\w)?)\s*('{0,3}|\^\s*\{\s*(?:\\prime\s*){1,3}\}|\^\s*\\prime)\s*(?:\(\s*[A-Za-z]\s*\))?"
)


def _order(head: re.Match[str]) -> int:
    """How many primes (`'` or `\\prime`) a `_DERIVED_RE` match writes: the derivative's order."""
    return head.group(2).count("'") + head.group(2).count("\\prime")


def _name_kind(side: str) -> str | None:
    """What kind of one quantity a left-hand side names: a name (`h`, `E_{k}`), a value at a point (`f(2)`,
    `P(X=1)`) or a quantity of a figure (`AB`, `A_1B_1`); None for anything else (`x_1+x_2`, `2h`)."""
    if _PLAIN_NAME_RE.match(side):
        return "name"
    if _AT_POINT_RE.fullmatch(side):
        return "point"
    return "figure" if _QUANTITY_RE.fullmatch(side) else None


def _same_point(a: str, b: str) -> bool:
    """Two points written alike, or as numbers of the same values (`1.0, 2` and `1, 2`)."""
    if canonical(a) == canonical(b):
        return True
    try:
        parse = [[Fraction(x.strip().replace("−", "-")) for x in s.split(",")] for s in (a, b)]
    except (ValueError, ZeroDivisionError):
        return False
    return parse[0] == parse[1]


# a letter or a Greek letter's command, with a subscript (`v_{0}`, `E_{k}`, `\\tau_{\\text{crit}}`)
_PLAIN_NAME_RE = re.compile(
    rf"^(?:[A-Za-z]|\\(?!(?:sin|cos|tan|cot|sec|csc|ln|log|exp|[Dd]elta)\b)[a-zA-Z]+){_SUBSCRIPT}?$"
)


# a side whose `=` is one piece among inequalities or alternatives (`a \le -2 \text{ or } a = 1`): its
# last right-hand side is not its value (an answer had been cut to `1`)
_CONNECTED_RE = re.compile(
    r"<|>|\\(?:le|ge|lt|gt|leq|geq|leqslant|geqslant|lor|vee|cup)(?![a-zA-Z])|\\text\{\s*or\s*\}|\bor\b|≤|≥"
)


_MEMBER_RE = re.compile(r"^\s*([a-zA-Z])\s*\\in\s*(?=[\[(]|\\\{|\\left)")


def _membership(gold: str, pred: str) -> tuple[str, str]:
    """`x \\in (0, 1]` is the set `(0, 1]`: the membership is dropped on a side whose other side names the same
    variable's membership or none (sympy had raised on `x \\in (0,1)`, so the answer was unparseable)."""
    g, p = _MEMBER_RE.match(gold), _MEMBER_RE.match(pred)
    if (g and p and g.group(1) != p.group(1)) or not (g or p):
        return gold, pred
    return gold[g.end() :] if g else gold, pred[p.end() :] if p else pred


# a point named by a capital letter (`P(2, 3)`, `A_1(0, -1)`, `M'(1,2,3)`, "point P(2, 3)", 点P(2,3)): its
# coordinates. latex2sympy reads `P(2, 3)` as a function P at (2, 3), never equal to the tuple `(2, 3)`, so a
# named point against a bare one had been incorrect. The name is dropped only where the other side names no
# point: two different names (`A(2, 3)` for `B(2, 3)`) stay as they are.
_POINT_NAME_RE = re.compile(
    r"^\s*(?:(?:[Tt]he\s+)?[Pp]oint\s+|点\s*)?[A-Z](?:_\{?\w{1,3}\}?|'|\^\{?\\prime\}?)?\s*(?=\()"
)


def _named_points(side: str) -> list[str] | None:
    """The coordinates of each point `side` lists by name (`P(2, 3)`, `A(1, 2), B(3, 4)`), or None when
    an item is not a named point of two or more coordinates."""
    points = []
    for item in split_top_level(side):
        m = _POINT_NAME_RE.match(item)
        if m is None or not item[m.end() :].startswith("(") or not item.endswith(")"):
            return None
        coords = item[m.end() :]
        if close_paren(coords, 0) != len(coords) - 1:
            return None  # `P(2)(3)`: the first bracket closes before the end
        if len(split_top_level(coords[1:-1])) < 2:
            return None  # `f(2)`, `P(3)`: a value at a point, not a point's coordinates
        points.append(coords)
    return points


def _named_point(gold: str, pred: str) -> tuple[str, str]:
    """`P(2, 3)` vs `(2, 3)`: the named side as its coordinates, when the other side names no point."""
    if "(" not in gold or "(" not in pred:
        return gold, pred
    g, p = _named_points(gold), _named_points(pred)
    if g is not None and p is None:
        return ", ".join(g), pred
    if p is not None and g is None:
        return gold, ", ".join(p)
    return gold, pred


# a domain condition in brackets after an answer: `a_n=2n-1 (n\in N^*)`, `(x-3)^2+y^2=9 (x\neq 0)`,
# `V=\pi x^{2}(6-3x)(0<x<2)`: a relation inside, and no letter right before the bracket (`P(X>2)` is a
# probability, `f(x>0)` an argument)
# (the match starts at the bracket: `\s*,?\s*` before it had split a run of spaces every way from every start,
# cubic on a long run; the comma and spaces before it are the answer's trailing punctuation, cleaned off)
_CONDITION_RE = re.compile(r"(?:\\left)?\(((?:[^()]|\([^()]{0,80}\)){1,80}?)(?:\\right)?\)\s*$")
_RELATION_INSIDE_RE = re.compile(
    r"\\(?:in|neq?|geq?|leq?|geqslant|leqslant|lt|gt)(?![A-Za-z])|[<>≠≤≥∈]|^\s*[a-z]\s*=\s*\d+\s*,\s*\d"
)


# the same after a comma (or a space after a bracket), for a variable in a set of numbers or an interval: `a_n=n-1, n\in N^{*}` (a renderer
# may have lost the star: `N^`), `[k\pi, \frac{\pi}{2}+k\pi], k\in \mathbf{Z}`, `y=x+1, x\in [4,8]`
_SET_OF_NUMBERS = r"(?:\\(?:mathbb|mathbf|mathrm|boldsymbol)\s*\{\s*(?:\\mathrm\s*\{)?[NZRQ]\}?\s*\}|[NZRQ])"
_COMMA_CONDITION_RE = re.compile(
    r"(?:,|(?<=[\])}])\s)\s*((?:[a-zA-Z]|\\[a-z]+)(?:_\{?\w+\}?)?\s*\\in\s*(?:"
    + _SET_OF_NUMBERS
    + r"(?:\s*\^\s*(?:\{[^{}]{0,3}\}|\*|\+)?)?|[\[(][^()\[\]]{1,60}[\])]))\s*(?:\.\s*)?$"
)


def domain_condition(text: str) -> re.Match[str] | None:
    r"""The domain condition in brackets that closes `text`, or None: a relation on the answer's variable
    (`\in`, `\neq`, `<`, `\geq`, or `n=1,2,3,\ldots`) after a complete answer.

    >>> domain_condition(r"a_n=2n-1(n\in N^{*})").group(1), domain_condition(r"(0, 1)"), domain_condition("P(X>2)")
    ('n\\in N^{*}', None, None)
    >>> domain_condition(r"a_n=n-1,n\in N^").group(1), domain_condition(r"[k\pi, 1+k\pi], k \in \mathbf{Z}").group(1)
    ('n\\in N^', 'k \\in \\mathbf{Z}')
    """
    if "\\in" in text and (m := _COMMA_CONDITION_RE.search(text)) is not None:
        # (after another membership it is the answer's second part: `\mu \in [1, 2], \lambda \in [0, 1]`)
        head = text[: m.start()]
        return m if head.strip() and head.count("{") == head.count("}") and "\\in" not in head else None
    m = _CONDITION_RE.search(text) if ")" in text else None
    if m is None or not _RELATION_INSIDE_RE.search(m.group(1)):
        return None
    if m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha():
        return None  # a letter right before the bracket: `P(X>2)` is a probability, `f(x>0)` an argument
    head = text[: m.start()]
    if not head.strip() or head.count("(") != head.count(")") or head.count("{") != head.count("}"):
        return None
    return m


# one spelling of a condition's pieces: a set of numbers in any dress (`\mathbb{Z}`, `\mathbf{Z}`, `Z`), an
# ellipsis (`\ldots`, `\cdots`, `...`, `…`), a full-width comma
_CONDITION_SPELLINGS = (
    (re.compile(r"\\(?:mathbb|mathbf|mathrm|boldsymbol)\s*\{\s*([NZRQ])\s*\}"), r"\1"),
    (re.compile(r"\\[lc]?dots|\.\.\.|…"), "..."),
    (re.compile(r"，"), ","),
)


# a parameter in a set of whole numbers (`k \in \mathbb{Z}`, `n\in N^{*}`, `n=1,2,3,\ldots`): the condition a
# reader takes as read
_WHOLE_NUMBERS_RE = re.compile(
    r"\s*(?:(?:[a-zA-Z]|\\[a-z]+)(?:_\{?\w+\}?)?\s*\\in\s*(?:\\(?:mathbb|mathbf|mathrm|boldsymbol)\s*\{\s*[NZ]\s*\}|[NZ])"
    r"(?:\s*\^\s*(?:\{[^{}]{0,3}\}|\*|\+)?)?"
    r"|[a-zA-Z]\s*=\s*-?\d\s*[,，]\s*-?\d\s*[,，]\s*(?:\d\s*[,，]\s*)?(?:\\[lc]?dots|\.\.\.|…))\s*$"
)


# the solutions of one variable given by a parameter, in set-builder notation:
# `\{x | x = k\pi + \frac{\pi}{4}, k \in \mathbb{Z}\}` is `x = k\pi + \frac{\pi}{4}, k \in \mathbb{Z}` (the set-builder
# reader in `fastsets` reads relations, not a family of points, and sympy did not parse it)
_PARAMETRISED_SET_RE = re.compile(
    r"^\s*\\\{\s*([a-zA-Z])\s*(?:\\mid|\||:)\s*(\1\s*=\s*[^=<>|]+?[,，]\s*(?:[a-zA-Z]|\\[a-z]+)\s*\\in[^=<>|]+?)\s*\\\}\s*$"
)


def _parametrised_set(text: str) -> str:
    if "\\in" not in text or (m := _PARAMETRISED_SET_RE.match(text)) is None:
        return text
    condition = domain_condition(m.group(2))
    return m.group(2) if condition is not None and _WHOLE_NUMBERS_RE.match(condition.group(1)) else text


def same_condition(gold: str, answer: str) -> bool:
    """Whether two domain conditions are written alike, up to spacing and one spelling of each piece."""
    texts = []
    for text in (gold, answer):
        for pattern, spelling in _CONDITION_SPELLINGS:
            text = pattern.sub(spelling, text)
        texts.append(canonical(text))
    return texts[0] == texts[1]


_CHAIN_RE = re.compile(r"^\s*[A-Za-z](?:_\w)?(?:\s*(?:<|>|\\lt|\\gt)\s*[A-Za-z](?:_\w)?)+\s*$")


def ordering(gold: str, pred: str, ctx: Context) -> Result:
    """A gold ordering of names (`b < a < d < c`) vs a list of the same names in that order (or in
    reverse when the gold uses `>`)."""
    if not _CHAIN_RE.match(gold) or "<" in pred or ">" in pred:
        return None
    names = re.findall(r"[A-Za-z](?:_\w)?", gold)
    listed = [x.strip() for x in split_top_level(clean_answer(pred)) if x.strip()]
    if len(listed) != len(names):
        return None
    if ">" in gold or "\\gt" in gold:
        names = names[::-1]
    if listed == names:
        return Status.CORRECT, "same order"
    return Status.INCORRECT, "different order"


def power_tower(gold: str, pred: str, ctx: Context) -> Result:
    """Integer power towers (`10^{10^{10^{10}}}`): compared by magnitude, never evaluated by sympy."""
    g, p = parse_tower(gold), parse_tower(pred)
    if g is None or p is None or (len(g) < 3 and len(p) < 3):
        return None
    same = compare_towers(g, p)
    if same is None:
        return Status.PRED_UNPARSEABLE, "power towers too large to compare"
    return (Status.CORRECT, "equal power towers") if same else (Status.INCORRECT, "different power towers")


# digits a space keeps apart are two numbers (`1 2` is not 12, `12 34` not 1234); canonical text drops every
# space, so the digit runs are compared first. Groups of three after a space (`12 345`, `0.000 000 001`) and
# bold digits set apart, as contest solutions write them (`\mathbf{5 4 8 \pi}` is 548π), are one number.
def _digit_runs(s: str) -> list[str]:
    s = _BOLD_RE.sub(lambda m: m.group(0).replace(" ", ""), s) if "bf" in s else s
    return _DIGITS_RE.findall(_GROUPED_RE.sub("", s))


_DIGITS_RE = re.compile(r"\d+")
_GROUPED_RE = re.compile(r"(?<=\d) (?=(?:\d{3})+(?!\d))")
_BOLD_RE = re.compile(r"\\(?:mathbf|textbf|boldsymbol)\s*\{(?:[^{}]|\{[^{}]*\})*+\}")


def string_match(gold: str, pred: str, ctx: Context) -> Result:
    if canonical(gold) and canonical(gold) == canonical(pred):
        if (" " in gold or " " in pred) and _digit_runs(gold) != _digit_runs(pred):
            return None  # (canonical text drops spaces: with none on either side the digit runs agree)
        # a one-letter name keeps its case, though the text around it is read without case (`\frac{r}{R}` is
        # not `\frac{R}{r}`; "First Strategy" is "first strategy")
        if one_letter_names(strip_text_macros(gold)) != one_letter_names(strip_text_macros(pred)):
            return None
        return Status.CORRECT, "same text after normalisation"
    return None


# a clock time: `2:30`, `14:05:30`, `10:30 PM`, `10:30 a.m.`, `10 o'clock` (hours to 23, minutes and seconds in two
# digits). The number reader takes `a:b` for a ratio, under which `2:30` and `1:15` are both 1/15.
_CLOCK_RE = re.compile(
    r"^\s*(\d{1,2})(?::([0-5]\d)(?::([0-5]\d))?|\s*o['’]\s*clock)\s*(?:([ap])\.?\s*m\.?)?\s*$", re.IGNORECASE
)
_HALF_DAY = 12 * 3600


def clock_times(text: str) -> frozenset[int] | None:
    """The times of day (seconds after midnight) a clock time can mean: one with AM or PM, past 12, or with a
    leading zero is one time; one from 1 to 12 without any is the two times a clock face shows alike. None when
    `text` is no clock time.

    >>> sorted(clock_times("10:30")), sorted(clock_times("10:30 PM")), clock_times("3:4")
    ([37800, 81000], [81000], None)
    """
    m = _CLOCK_RE.match(strip_text_macros(text) if "\\" in text else text)  # (`2:30 \\text{ PM}`)
    if m is None or (m.group(2) is None and m.group(4) is None and "clock" not in text):
        return None
    hour, minutes, seconds, half = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0), m.group(4)
    if hour > 23 or (half and not 1 <= hour <= 12):
        return None
    rest = minutes * 60 + seconds
    if half:
        return frozenset({(hour % 12) * 3600 + rest + (_HALF_DAY if half.lower() == "p" else 0)})
    if 1 <= hour <= 12 and not m.group(1).startswith("0"):  # (`08:30`, with its zero, is 24 hours' 8:30)
        return frozenset({(hour % 12) * 3600 + rest, (hour % 12) * 3600 + rest + _HALF_DAY})
    return frozenset({hour * 3600 + rest})


def complex_numbers(gold: str, pred: str, ctx: Context) -> Result:
    """A gold written as a complex number, `a + bi` (its only letter `i`, and `i` to the first power: `1+2i`, `-3i`),
    against an answer whose only letter is `i` (`i(2-i)`, `(2+i)^2`, `\\frac{1+i}{1-i}`): both evaluated with `i` the
    imaginary unit (the symbolic path read `i` as a variable, so `i(2-i)` was `2i - i^2`, never `1+2i`). None for
    anything else: a gold in other letters, or an `i` squared in the gold, may be an index."""
    if "i" not in gold or "i" not in pred or len(gold) > 60 or len(pred) > 200:
        return None
    g, p = parsed(gold), parsed(pred)
    if g is None or p is None or free_symbols(g) != {"i"} or not free_symbols(p) <= {"i"}:
        return None
    try:
        at = [evaluate(g, {"i": complex(t)}) for t in (1, 2, 3)]
        if abs((at[2] - at[1]) - (at[1] - at[0])) > 1e-9 or abs(at[1] - at[0]) < 1e-12:
            return None  # not `a + bi`: `i` squared, or no `i` term at all
        g_value, p_value = evaluate(g, {"i": 1j}), evaluate(p, {"i": 1j})
    except (ArithmeticError, ValueError, OverflowError, RecursionError):
        return None
    if abs(g_value - p_value) <= 1e-9 * max(1.0, abs(g_value), abs(p_value)):
        return Status.CORRECT, "the same complex number (i the imaginary unit)"
    return Status.INCORRECT, "another complex number (i the imaginary unit)"


def clock(gold: str, pred: str, ctx: Context) -> Result:
    """Two clock times: correct when every time the answer can mean is one the gold can (`10:30 PM` for `22:30`;
    for a gold read off a clock face, `10:30`, either half of the day); a clock face's `9:30` does not answer
    `21:30`, which says which half it is. Never two times whose hours and minutes make one ratio (`2:30` and
    `1:15`)."""
    g, p = clock_times(gold), clock_times(pred)
    if g is None or p is None:
        return None
    if p <= g:
        return Status.CORRECT, "the same time of day"
    if p & g:
        return Status.INCORRECT, "a time that does not say which half of the day, for a gold that does"
    return Status.INCORRECT, "another time of day"


# a thousand or a million abbreviated after an answer's number ("1.5k", "2M", "$2M"), against a gold number: that
# number ("1.5k" had been no number, words against 1500). Never on the gold's side, and never a count in thousands
# (as "1.5 thousand" is for 1.5): in math `4k` is 4 times k
_SCALE_SUFFIX_RE = re.compile(r"^(\s*[-−]?[$€£¥]?\s*\d[\d,]*(?:\.\d+)?)([kKM])\s*$")


def _scale_suffix(text: str, ctx: Context) -> Num | None:
    m = _SCALE_SUFFIX_RE.match(text)
    num = parse_number(m.group(1), max_digits=ctx.config.max_number_digits) if m is not None else None
    if num is None or num.percent:
        return None
    return replace(
        num, value=num.value * (10**6 if m.group(2) == "M" else 10**3), decimals=None, sci_digits=None
    )


def numeric(gold: str, pred: str, ctx: Context) -> Result:
    g = parse_number(gold, max_digits=ctx.config.max_number_digits)
    if g is None:
        return None
    p = parse_number(pred, max_digits=ctx.config.max_number_digits)
    if p is None and (suffixed := _scale_suffix(pred, ctx)) is not None:
        same = numbers_close(g, suffixed, ctx)
        return (
            (Status.CORRECT, "equal numbers (k or M as a number)")
            if same
            else (Status.INCORRECT, "different numbers")
        )
    if p is None:
        return None
    if numbers_close(g, p, ctx):
        return Status.CORRECT, "equal numbers"
    # `2 million` for `2000000`: a scale word is read as a unit above (the gold counted in millions), and here as
    # the number it makes
    (g_scaled, g_word), (p_scaled, p_word) = _scaled(gold, g), _scaled(pred, p)
    for g_num, p_num, word in ((g, p_scaled, p_word), (g_scaled, p, g_word)):
        if word is not None and numbers_close(g_num, p_num, ctx):
            return Status.CORRECT, f"equal numbers ({word} as a number)"
    return Status.INCORRECT, "different numbers"


# a number and its scale word (`2 million`, `2.5 billion dollars`)
_SCALE_WORD_RE = re.compile(r"^\s*[-−]?\d[\d,]*(?:\.\d+)?\s*(" + "|".join(SCALE_WORDS) + r")\b", re.I)


def _scaled(text: str, num: Num) -> tuple[Num, str | None]:
    """`num` times the scale word `text` writes after it, an exact value (`2.5 billion` is 2,500,000,000, no
    rounding slack), and that word; `num` and None when there is none (or `num` is a percent)."""
    scale = None if num.percent else _SCALE_WORD_RE.match(text)
    if scale is None:
        return num, None
    word = scale.group(1).lower()
    return replace(num, value=num.value * SCALE_WORDS[word], decimals=None, sci_digits=None), word


def decimal_commas(gold: str, pred: str, ctx: Context) -> Result:
    """One side a number written with a decimal comma (`1,22`, `2,74 m`, `0,111`), the other one number:
    the comma is a decimal point. Read as a list, that side has two items and could never
    answer one number, so this is the one reading under which the sides can agree."""
    g_read, p_read = decimal_comma(gold), decimal_comma(pred)
    if (g_read is None) == (p_read is None):
        return None
    out = numeric(g_read or gold, p_read or pred, ctx)
    return (out[0], f"{out[1]} (a decimal comma)") if out else None


def _vector(text: str) -> list[list[str]] | None:
    """A matrix's cells, or a bracketed tuple as one row (so a column vector can answer a tuple)."""
    cells = matrix_cells(text)
    if cells is not None:
        return cells
    t = text.strip()
    if len(t) >= 2 and t[0] in "([" and t[-1] in ")]" and nesting_depth(t[1:-1]) < nesting_depth(t):
        items = split_top_level(t[1:-1])
        return [items] if len(items) >= 2 and all(items) else None
    return None


def _nested_rows(text: str) -> list[list[str]] | None:
    """The rows of a matrix written as a list of lists (`[[1,2],[3,4]]`, `((1, 2), (3, 4))`), or None: two or
    more rows, each in the outer list's brackets, all of one length."""
    t = text.strip()
    if len(t) < 4 or t[0] not in "([" or t[-1] != {"(": ")", "[": "]"}[t[0]]:
        return None
    rows = split_top_level(t[1:-1])
    if len(rows) < 2 or any(len(r := x.strip()) < 2 or r[0] != t[0] or r[-1] != t[-1] for x in rows):
        return None
    cells = [[c.strip() for c in split_top_level(r.strip()[1:-1])] for r in rows]
    return cells if len({len(r) for r in cells}) == 1 and all(c for r in cells for c in r) else None


MAX_CELLS = 64  # entries compared one by one; a larger matrix goes to the bounded symbolic path whole


def matrices(gold: str, pred: str, ctx: Context) -> Result:
    """Matrices cell by cell (each cell compared by the whole chain: `0.2` vs `\frac{1}{5}`); the
    environment (`pmatrix`, `bmatrix`, `array`) is notation. A vector (one row or one column) also
    answers a tuple of the same entries in order."""
    g, p = matrix_cells(gold), matrix_cells(pred)
    if g is None and p is None:
        return None
    if (g is None) != (p is None):  # `[[1,2],[3,4]]` as code writes a matrix, against an environment
        g, p = g or _nested_rows(gold), p or _nested_rows(pred)
    if g is None or p is None:
        g, p = g or _vector(gold), p or _vector(pred)
        if g is None or p is None:
            return None
        if min(len(g), len(g[0])) != 1 or min(len(p), len(p[0])) != 1:
            return None  # a vector against a tuple only (a row or a column of entries)
        g, p = [[c for r in g for c in r]], [[c for r in p for c in r]]
    if len(g) != len(p) or len(g[0]) != len(p[0]):
        return Status.INCORRECT, "a matrix of another shape"
    if len(g) * len(g[0]) > MAX_CELLS:
        return None
    for g_row, p_row in zip(g, p, strict=True):
        for a, b in zip(g_row, p_row, strict=True):
            status, reason = compare(a, b, ctx)
            if status != Status.CORRECT:
                return (
                    (Status.INCORRECT, f"an entry differs ({reason})") if status == Status.INCORRECT else None
                )
    return Status.CORRECT, "same entries"


def _to_radians(s: str) -> str:
    """`120^\\circ` -> `\\frac{120\\pi}{180}` when the text is one number of degrees; in an expression each angle in
    degrees so (`60^\\circ + 360^\\circ k` -> `(\\frac{60\\pi}{180}) + (\\frac{360\\pi}{180}) k`: a periodic solution
    written in degrees); else unchanged."""
    num = parse_number(s)
    if num is None or not num.degrees:
        if "circ" in s or "°" in s:  # (sympy reads `^\\circ` as a power of a symbol `circ`)
            return _DEGREES_RE.sub(lambda m: f"(\\frac{{{m.group(1)}\\pi}}{{180}})", s)
        return s
    v = num.value
    return f"\\frac{{{v.numerator}\\pi}}{{{180 * v.denominator}}}"


# far above double precision's noise around zero (1e-16), far below any answer
FLOAT_NOISE = Fraction(1, 10**12)


def _float_noise(value: Num | str | None) -> bool:
    """Whether a value computed in floating point is within its noise of zero (`\\sin\\pi` is 1.2e-16)."""
    return isinstance(value, Num) and value.approx and abs(value.value) <= FLOAT_NOISE


def _bounded_num(value: str) -> Num | None:
    """A worker's decimal string as an exact Num, or None when its exponent is beyond the digit caps
    (turning `1e+1000000000` into a Fraction would build a gigantic integer in this process)."""
    try:
        d = Decimal(value)
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite() or abs(d.adjusted()) > MAX_EXPONENT:
        return None
    return Num(Fraction(d), None, approx=True)


def _worker(fn, args: tuple, ctx: Context, deadline: float) -> tuple[str, str] | Status | str | None:
    """Run `fn` in a worker with what is left of the pair's time (all calls of a pair share one limit)."""
    left = deadline - time.monotonic()
    if left <= 0:
        return Status.TIMEOUT
    try:
        return run_bounded(fn, args, left)
    except WorkerTimeout:
        return Status.TIMEOUT
    except WorkerError as exc:
        return f"failed: {exc}"


def _value(text: str, ctx: Context, deadline: float) -> Num | Status | str | None:
    """The value of a constant expression: a Num, "far" (beyond any gold), Status.TIMEOUT, or None when
    it is not a finite real constant. The fast reader first; sympy in a worker when it cannot read it."""
    fast = value_of(text)
    if isinstance(fast, Fraction):
        return Num(fast, None, approx=not is_exact(text))
    if fast == "inf":
        return "far"
    if fast is not None or not ctx.config.symbolic:  # has symbols / not real: no value
        return None
    value = _worker(numeric_value, (text,), ctx, deadline)
    if value == Status.TIMEOUT:
        return Status.TIMEOUT
    if not isinstance(value, str) or value.startswith("failed"):
        return None
    return _bounded_num(value) or "far"


_SUBSCRIPT_RE = re.compile(r"_\{(?:[^{}]|\{[^{}]*\})*\}")
_DIGIT_RE = re.compile(r"\d")
_APPROX_RE = re.compile(r"\\approx(?![A-Za-z])|≈")
_NAME_ONLY_RE = re.compile(r"^\s*\\?[A-Za-z]+(?:\s*[A-Za-z])?(?:_\{?\w+\}?)?\s*$")


def _exact_part(gold: str) -> str:
    """`\\frac{1+\\sqrt{97}}{8} \\approx 1.36` -> the exact expression; `\\Delta p \\approx X` -> `X`."""
    if "\\approx" not in gold:
        return gold
    parts = [p.strip() for p in gold.split("\\approx")]
    parts = [p for p in parts if p and (p in ("\\pi", "e") or not _NAME_ONLY_RE.match(p))]
    exact = [p for p in parts if parse_number(p) is None]
    return (exact or parts or [gold])[0]


# Whole numbers side by side with only spaces or brackets between (`2 3`, `2(3)`, `(1) 20`, `(1)\\frac{1}{2}`):
# a label and a value, a product, or two answers. latex2sympy reads them as a mixed number and adds them
# (`(1) 20` is 21, `2(3)` is 5), so such a side is never read as one value. A mixed number written as one
# (`2 \\frac{1}{2}`, `3 1/2`) and products it reads as products (`4(8.5)`, `2^{12} 13`) are not matched.
_INT = r"(?<![\d.^_{])\d+"
_SIDE_BY_SIDE_RE = re.compile(
    rf"{_INT}\s+\d+(?![\d.]|\s*/)|{_INT}\s*\(\s*\d+\s*\)|\(\s*\d+\s*\)\s*(?:\(\s*)?(?:\d|\\frac)"
)


# A trigonometric function of an angle in degrees (`\sin 30^\circ`, `\cos(45°)`, `\tan^{2} 60^{\circ}`):
# latex2sympy, and so math-verify, drops the degree sign and reads the angle in radians (`\sin 30^\circ` is
# sin(30) = -0.988, and equal to a gold `\sin 30`), so the angle is written in radians first. The
# bracket around the angle is matched in pairs; an angle that is not a plain number is left as it is.
_DEG = r"(\d+(?:\.\d+)?)\s*(?:\^\s*(?:\{\s*\\circ\s*\}|\\circ)|°)"
# a number of degrees anywhere in an expression (`_to_radians`), not inside a longer number
_DEGREES_RE = re.compile(r"(?<![\d.])" + _DEG)
_TRIG_DEGREES_RE = re.compile(
    r"(?:\\|(?<![A-Za-z\\]))((?:sin|cos|tan|cot|sec|csc)(?![A-Za-z])(?:\s*\^\s*(?:\{\s*\d\s*\}|\d))?)\s*"
    rf"(?:\(\s*{_DEG}\s*\)|\\left\s*\(\s*{_DEG}\s*\\right\s*\)|\{{\s*{_DEG}\s*\}}|{_DEG})"
)


# a power of a trigonometric function of a bare number (`\sin^2 120`): latex2sympy cannot parse it, so the number is
# bracketed (`\sin^2(120)`), as `\sin 120` is read
_TRIG_POWER_BARE_RE = re.compile(
    r"(\\(?:sin|cos|tan|cot|sec|csc)\s*\^\s*(?:\{\s*\d\s*\}|\d))\s*(\d+(?:\.\d+)?)(?![\d.]|\s*(?:\^|°|\\circ))"
)


def trig_degrees_in_radians(s: str) -> str:
    """`\\sin 30^\\circ` -> `\\sin(\\frac{30\\pi}{180})`: each trigonometric function's angle in degrees, in
    radians (and a power's bare number bracketed, `\\sin^2 120` -> `\\sin^2(120)`); `s` unchanged when it has none.

    >>> trig_degrees_in_radians(r"2\\cos^{2} 45^{\\circ}")
    '2\\\\cos^{2}(\\\\frac{45\\\\pi}{180})'
    """
    if "^" in s and _TRIG_POWER_BARE_RE.search(s):
        s = _TRIG_POWER_BARE_RE.sub(r"\1(\2)", s)
    if "circ" not in s and "°" not in s:
        return s

    def radians(m: re.Match[str]) -> str:
        angle = next(g for g in m.groups()[1:] if g is not None)
        return f"\\{m.group(1)}(\\frac{{{angle}\\pi}}{{180}})"  # (`sin 30°` in plain text too)

    return _TRIG_DEGREES_RE.sub(radians, s)


def symbolic(gold: str, pred: str, ctx: Context) -> Result:
    """Constant expressions vs a numeric gold by value (with the gold's rounding); then the fast numeric
    comparison (`fastcompare.py`); then math-verify/sympy in the worker. Degrees are turned into radians
    when the other side uses pi. A side with numbers side by side is not read (`_SIDE_BY_SIDE_RE`)."""
    deadline = ctx.deadline or time.monotonic() + ctx.config.timeout_s
    if _SIDE_BY_SIDE_RE.search(gold):
        return Status.GOLD_UNPARSEABLE, "numbers side by side in the gold (a label, a product or two answers)"
    if _SIDE_BY_SIDE_RE.search(pred):  # not one value, so not the gold's (incorrect, as the value path said)
        return Status.INCORRECT, "numbers side by side (a label, a product or two answers)"
    gold, pred = trig_degrees_in_radians(gold), trig_degrees_in_radians(pred)
    if "\\pi" in gold:  # degrees in any dress (`30^\\circ`, `30°`, `30 degrees`) vs radians
        pred = _to_radians(pred)
    elif "\\pi" in pred:
        gold = _to_radians(gold)
    gold = _exact_part(gold)
    g_num = parse_number(gold, max_digits=ctx.config.max_number_digits)
    if g_num is not None and ("\\approx" in pred or "≈" in pred):
        # `3\times 10 + 74.2 \approx 104`: the value the answer states last, rounded, is its answer; a unit in
        # words after it (`\approx 515.83 \text{ joules}`, `4.1411 \mathrm{rad}/\mathrm{s}`) is read by the parser
        *head, last = _APPROX_RE.split(pred)
        last = decimal_comma(last.strip()) or last.strip()  # `\approx 0,44 nm`
        stated = parse_number(last, max_digits=ctx.config.max_number_digits)
        head_words = has_words(_SUBSCRIPT_RE.sub("", "".join(head)))  # (`v_{\text{final}}` is a name)
        # (a unit on both sides must be the same: `x \approx 7.07 cm` is no `7.07 m`, whose number the parser reads)
        other_unit = stated is not None and units_differ(unit_of(gold), unit_of(last))
        if stated is not None and not head_words and not other_unit and numbers_close(g_num, stated, ctx):
            return (
                Status.CORRECT,
                "the value the answer states after its last \\approx matches the gold number",
            )
    if g_num is None and ("\\approx" in pred or "≈" in pred) and _APPROX_RE.search(gold) is None:
        # `p_{at} = p - \hbar q \approx m v - \frac{\hbar \omega_L}{c}`: an approximation the answer states last
        # is its answer, as for a number above (a physics answer to first order); compared as the rest of
        # this strategy compares, and only ever to accept: the whole answer is still compared after it
        *head, last = _APPROX_RE.split(pred)
        last = last.strip()
        stated = (
            parse_number(decimal_comma(last) or last, max_digits=ctx.config.max_number_digits)
            if last
            else None
        )
        if stated is not None and stated.decimals is not None and head:
            # `x \approx 3.46`, "AB ≈ 3.46 cm" for `2\sqrt{3}`: a name's value rounded, read as the decimal alone is
            # (the gold's value rounded to the answer's decimals); not after digits (`3\sqrt{2} \approx 3.46`
            # states another exact value first, compared whole below)
            named = "".join(head)
            if not _DIGIT_RE.search(named) and not has_words(_SUBSCRIPT_RE.sub("", named)):
                g_val = _value(gold, ctx, deadline)
                if isinstance(g_val, Num) and numbers_close(g_val, stated, ctx):
                    return (
                        Status.CORRECT,
                        "the decimal the answer states after its last \\approx matches the gold's value",
                    )
        if head and last and stated is None and not has_words(last):
            found = symbolic(gold, last, ctx)
            if found is not None and found[0] == Status.CORRECT:
                return Status.CORRECT, f"the expression the answer states after its last \\approx: {found[1]}"
    if g_num is not None and has_words(pred):
        return Status.INCORRECT, "the answer is words; the gold is a number"
    if g_num is not None:
        p_val = _value(pred, ctx, deadline)
        if p_val == Status.TIMEOUT:
            return Status.TIMEOUT, f"evaluating the answer took over {ctx.config.timeout_s}s"
        if p_val == "far":
            return Status.INCORRECT, "the answer's value is far outside the gold's range"
        if isinstance(p_val, Num):
            if numbers_close(g_num, p_val, ctx):
                return Status.CORRECT, "the answer's value matches the gold number"
            if not (_float_noise(p_val) and g_num.value == 0):
                return Status.INCORRECT, "the answer's value differs from the gold number"
            # a value computed in floating point within its noise of a zero gold (`\sin\pi` is 1.2e-16):
            # zero or not, sympy decides below, exactly
    p_num = parse_number(pred, max_digits=ctx.config.max_number_digits)
    if g_num is None and p_num is not None and p_num.decimals is not None:
        g_val = _value(gold, ctx, deadline)
        if g_val == Status.TIMEOUT:
            return Status.TIMEOUT, f"evaluating the gold took over {ctx.config.timeout_s}s"
        if g_val is not None:
            if isinstance(g_val, Num) and numbers_close(g_val, p_num, ctx):
                return Status.CORRECT, "the answer's number matches the gold's value"
            if not (_float_noise(g_val) and p_num.value == 0):  # (as above, the sides swapped)
                return Status.INCORRECT, "the answer's number differs from the gold's value"
    fast = fast_compare(gold, pred)
    if fast is not None:
        return Status(fast[0]), fast[1]
    if not ctx.config.symbolic:
        return Status.INCORRECT, "no fast strategy decided and the symbolic path is off"
    if is_sentence(gold):  # the text strategy found the answer's words absent; sympy would read a product
        return Status.INCORRECT, "the gold is a sentence and the answer does not say it"
    out = _worker(symbolic_compare, (gold, pred), ctx, deadline)
    if out == Status.TIMEOUT:
        return Status.TIMEOUT, f"symbolic comparison took over {ctx.config.timeout_s}s; worker killed"
    if isinstance(out, str):
        return Status.PRED_UNPARSEABLE, f"symbolic comparison {out}"
    status, reason = out
    if status == "gold_unparseable" and is_prose(gold):
        return Status.INCORRECT, "gold is text and the answer does not match it"
    return Status(status), reason


STRATEGIES: list[tuple[str, Callable[[str, str, Context], Result]]] = [
    ("string", string_match),
    ("ordering", ordering),
    ("power_tower", power_tower),
    ("clock", clock),
    ("numeric", numeric),
    ("decimal_commas", decimal_commas),
    ("open_lists", open_lists),
    ("number_lists", number_lists),
    ("matrices", matrices),
    ("restated_text", text_restated),
    ("text", text_overlap),
    ("complex", complex_numbers),
    ("symbolic", symbolic),
]


def _labelled(gold: Prepared, pred: Prepared, ctx: Context) -> tuple[str, str] | tuple[Status, str]:
    """Labelled values (`p=3, q=4`, `Ann: 5, Ben: 3`): with the same labels on both sides, value by value
    under each label; otherwise a labelled side is the list of its values (`p=3, q=4` vs `3, 4`)."""
    g, p = gold.labels, pred.labels
    # a quantity named in words on each side, the two names of different quantities (`Area = 12`, `Volume = 12`)
    if g and p and len(g) == len(p) == 1 and not same_quantity(g[0][0], p[0][0]):
        return Status.INCORRECT, f"another quantity named ({p[0][0]} for {g[0][0]})"
    if g and p:
        g_keys, p_keys = [k for k, _ in g], [k for k, _ in p]
        if len(set(g_keys)) == len(g_keys) and sorted(g_keys) == sorted(p_keys):
            answer = dict(p)
            for key, value in g:
                status, reason = compare(value, answer[key], ctx)
                if status != Status.CORRECT:
                    return status, f"{key}: {reason}"
            return Status.CORRECT, "the same value under every label"
    # one quantity named in words (`Volume = 452 cubic units`) is its value, its unit read off (`Prepared.unit`)
    g_text = ", ".join(v for _, v in g) if g and len(g) > 1 else gold.solved
    return g_text, (", ".join(v for _, v in p) if p and len(p) > 1 else pred.solved)


def _compound(
    g_text: str, p_text: str, g_unit: Written | None, p_unit: Written | None, ctx: Context
) -> Result:
    """A quantity written in parts ("2 hours 30 minutes", "1 m 75 cm") on one side: against another such quantity
    or a value with a unit of its dimension, the totals compared; against a bare number, that number in one of
    its parts' units (`150` or `2.5` for "2 hours 30 minutes": the gold does not say which unit it counts in). None
    when neither side is one (the parts had been read as a list of two numbers, or as words)."""
    g_parts, p_parts = compound_quantity(g_text), compound_quantity(p_text)
    if g_parts is None and p_parts is None:
        return None
    if g_parts is not None and p_parts is not None:
        same = g_parts.dims == p_parts.dims and g_parts.total == p_parts.total
        return (
            (Status.CORRECT, "the same quantity in parts") if same else (Status.INCORRECT, "another quantity")
        )
    parts, other, other_unit = (g_parts, p_text, p_unit) if g_parts is not None else (p_parts, g_text, g_unit)
    assert parts is not None
    if other_unit is not None:  # `150 minutes`: the totals, in SI units
        value = parse_number(other_unit.value, max_digits=ctx.config.max_number_digits)
        if value is None or other_unit.unit[0] != parts.dims:
            return Status.INCORRECT, "another dimension than the quantity in parts"
        totals = [Num(value.value * other_unit.unit[1], value.decimals)]
        exact = [Num(parts.total, None)]
    else:
        value = parse_number(other, max_digits=ctx.config.max_number_digits)
        if value is None:
            return None
        totals, exact = [value], [Num(parts.total / scale, None) for scale in parts.scales]
    for number in totals:
        for whole in exact:
            gold_side, answer_side = (whole, number) if g_parts is not None else (number, whole)
            if numbers_close(gold_side, answer_side, ctx):
                return Status.CORRECT, "the quantity in parts, in one of its units"
    return Status.INCORRECT, "not the quantity in parts in any of its units"


# a name against 0 (`x > 0`, `a_n \\geq 0`: what "x is positive" reads as) and a sign in words alone ("positive",
# `\\text{non-negative}`): the property of the name the other side states
_SIGN_AGAINST_ZERO_RE = re.compile(
    r"\s*(?:[A-Za-z]|\\[a-z]+)(?:_\{?\w+\}?)?\s*(>|<|\\geq?|\\leq?|≥|≤)\s*0\s*"
)
_SIGN_WORD_ALONE_RE = re.compile(
    r"\s*(?:\\text\{\s*)?(non-?negative|non-?positive|positive|negative)\s*\}?\s*\.?\s*", re.I
)
_SIGN_OF_RELATION = {">": "positive", "<": "negative", "\\geq": "nonnegative", "\\ge": "nonnegative",
                     "≥": "nonnegative", "\\leq": "nonpositive", "\\le": "nonpositive", "≤": "nonpositive"}  # fmt: skip


# one name compared with a value (`x > 0`, `n \\leq 3`; what "x is positive" and "n is at most 3" read as)
_ONE_NAME_RELATION_RE = re.compile(
    r"\s*((?:[A-Za-z]|\\[a-z]+)(?:_\{?\w+\}?)?)\s*(>|<|\\geq?|\\leq?|\\gt|\\lt|≥|≤)\s*([^<>≤≥=\\]+?)\s*"
)


def _relation_of_another_name(g_text: str, p_text: str) -> str | None:
    """Why `n > 0` is no answer for `y > 0`: one name compared with the same value on each side, the names different
    (the relation of a name in words, "n is positive", is a statement about that name, as "n is even" is; the two
    had been the same set of reals). None for any other pair: an interval names no one (`(0, \\infty)` is `x > 0`)."""
    g, p = _ONE_NAME_RELATION_RE.fullmatch(g_text), _ONE_NAME_RELATION_RE.fullmatch(p_text)
    if g is None or p is None or canonical(g.group(1)) == canonical(p.group(1)):
        return None
    if g.group(2) != p.group(2) or canonical(g.group(3)) != canonical(p.group(3)):
        return None
    return f"another name ({p.group(1)} for {g.group(1)})"


def _sign_word_against_zero(g_text: str, p_text: str) -> tuple[Status, str] | None:
    """A sign in words alone against a name compared with 0, either side the gold ("positive" for "$x$ is positive",
    read as `x > 0`; it had been words against a relation): correct when the relation is the sign's, else
    incorrect. None for any other pair."""
    for relation, word in ((g_text, p_text), (p_text, g_text)):
        r, w = _SIGN_AGAINST_ZERO_RE.fullmatch(relation), _SIGN_WORD_ALONE_RE.fullmatch(word)
        if r is not None and w is not None:
            same = _SIGN_OF_RELATION[r.group(1)] == w.group(1).lower().replace("-", "")
            return (Status.CORRECT, "the sign the relation with 0 states") if same else (
                Status.INCORRECT, "another sign than the relation with 0 states")  # fmt: skip
    return None


def _percent_and_its_number(g_text: str, percent: str, other: str, ctx: Context) -> bool:
    """Whether `percent` is a percent whose number is exactly the gold's (`50\\%` for 50) and `other` is exactly its
    value (0.5): one value, written as a decimal and as a percent. Exact: a rounding of the gold (`5\\%` for 1/21,
    which the gold's rounding rule accepts) beside its decimal (`1/20`) stays a hedge."""
    digits = ctx.config.max_number_digits
    p, o, g = (parse_number(t, max_digits=digits) for t in (percent, other, g_text))
    return (
        p is not None and o is not None and g is not None
        and p.percent and not o.percent and not g.percent
        and p.value == g.value and o.value == p.value / 100
    )  # fmt: skip


def _restated(g_text: str, p_text: str, ctx: Context) -> tuple[Status, str] | None:
    """One value written twice (`1/2 or 0.5`, `\\frac{1}{2} (0.5)`, `\\sqrt{2}, about 1.41`; `forms.restated_value`):
    an answer is correct when both its forms equal the gold, and wrong when only one does (a hedge); one whose second
    form is an approximation in words is read as `\\approx` is; a gold is its first form when its second is an
    approximation or equals it. None when neither side is such, when no form of the answer is
    the gold, or when the gold's forms differ: the strategies then compare the texts as they are."""
    answer, gold = restated_value(p_text), restated_value(g_text)
    if answer is not None and answer[2] and gold is None:
        # `\\sqrt{2}, about 1.41`: an approximation in words is read as `\\approx` is
        return compare(g_text, f"{answer[0]} \\approx {answer[1]}", ctx)
    if answer is not None and gold is None:
        first, second = compare(g_text, answer[0], ctx), compare(g_text, answer[1], ctx)
        if first[0] == Status.CORRECT and second[0] == Status.CORRECT:
            return (
                Status.CORRECT,
                f"one value written two ways ({answer[0]}; {answer[1]}), each the gold: {first[1]}",
            )
        if Status.CORRECT in (first[0], second[0]):
            # `5 or six` for 5 had been read as its 5: two values offered, one of them the gold, is a hedge
            right, wrong = answer[:2] if first[0] == Status.CORRECT else answer[1::-1]
            if _percent_and_its_number(g_text, right, wrong, ctx):
                # `0.5 (50\\%)` for 50: the two forms are one value, and the percent is the gold's number; a hedge
                # offers two different values
                return (
                    Status.CORRECT,
                    f"one value written two ways ({answer[0]}; {answer[1]}), {right} as the gold writes it",
                )
            return Status.INCORRECT, f"a hedge between two values: {right} is the gold, {wrong} is not"
    if (
        gold is not None
        and answer is None
        and (gold[2] or compare(gold[0], gold[1], ctx)[0] == Status.CORRECT)
    ):
        status, reason = compare(gold[0], p_text, ctx)
        return status, f"the gold's value written two ways ({gold[0]}; {gold[1]}), its first: {reason}"
    return None


def _reversed_order(g_text: str, p_text: str, ctx: Context) -> tuple[Status, str] | None:
    """CORRECT when the answer is the gold's chain of order relations read from its other end (`c < b < a` for `a > b >
    c`: `forms.order_chain`), each relation as strict as the gold's and each operand equal to the gold's; else None
    (the other strategies read it: a chain one way is no set of reals sympy compares once it has two unknowns)."""
    g_chain = order_chain(g_text)  # (None at once for a text with no order relation: most golds)
    p_chain = order_chain(p_text) if g_chain is not None else None
    if g_chain is None or p_chain is None or g_chain[1][0][0] == p_chain[1][0][0]:
        return None
    operands, relations = reversed_chain(p_chain)
    if relations != g_chain[1]:
        return None
    for g_operand, p_operand in zip(g_chain[0], operands, strict=True):
        if g_operand != p_operand and compare(g_operand, p_operand, ctx)[0] != Status.CORRECT:
            return None
    return Status.CORRECT, "the same order relations, read from the other end"


# words of opposite sense around a value (`_opposite`), each pair both ways
_OPPOSITE_PAIRS = (
    ("more", "fewer"), ("more", "less"), ("greater", "less"), ("left", "right"), ("up", "down"),
    ("north", "south"), ("east", "west"), ("maximum", "minimum"), ("max", "min"), ("largest", "smallest"),
    ("increase", "decrease"), ("increased", "decreased"), ("above", "below"), ("before", "after"),
    ("clockwise", "counterclockwise"), ("clockwise", "anticlockwise"), ("profit", "loss"), ("gain", "loss"),
    ("inside", "outside"), ("upward", "downward"), ("forward", "backward"), ("ahead", "behind"),
    ("older", "younger"), ("taller", "shorter"), ("heavier", "lighter"), ("faster", "slower"),
    ("earlier", "later"), ("boy", "girl"), ("man", "woman"), ("male", "female"), ("positive", "negative"),
)  # fmt: skip


def _both_ways(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Each word's opposites, from pairs read both ways."""
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {w: frozenset(o) for w, o in out.items()}


_OPPOSITE = _both_ways(_OPPOSITE_PAIRS)


def _opposite(gold: frozenset[str] | None, pred: frozenset[str] | None) -> tuple[str, str] | None:
    """A word of the gold's and its opposite in the answer's words (("more", "fewer")), neither on both sides."""
    if not gold or not pred:
        return None
    for w in sorted(gold - pred):
        for o in sorted(_OPPOSITE.get(w, ())):
            if o in pred and o not in gold:
                return w, o
    return None


def _sides_swapped(gold: str, pred: str) -> bool:
    """Whether two comparisons around a value hold the same words with other words on each side of their "than"
    ("more girls than boys" for "more boys than girls"; "boys more than girls" keeps its sides)."""
    g, p = re.findall(r"[a-z]+", gold.lower()), re.findall(r"[a-z]+", pred.lower())
    if sorted(g) != sorted(p) or "than" not in g:  # (the word itself: "thanks" holds no comparison)
        return False
    g_at, p_at = g.index("than"), p.index("than")
    return set(g[:g_at]) != set(p[:p_at]) or set(g[g_at:]) != set(p[p_at:])


_NEGATING = frozenset({"not", "no", "neither", "nor", "never", "but"})
# a statement after a value that takes the value back: a word that rejects it, or "not" before what an answer is
_REJECTING = frozenset(w.split()[0] for w in REJECTING_WORDS)
_WHAT_AN_ANSWER_IS = frozenset({"answer", "solution", "correct", "right", "possible", "valid", "true", "it"})


def _denies_its_value(said: tuple[str, ...]) -> bool:
    """Whether a statement after a value takes the value back ("is wrong", "is not the answer", "is not possible")."""
    if _REJECTING & set(said):
        return True
    # ("is not the answer" is said as `not` alone: "the answer" says nothing of its own)
    return any(
        w == "not" and (i == len(said) - 1 or _WHAT_AN_ANSWER_IS & set(said[i + 1 : i + 3]))
        for i, w in enumerate(said)
    )


def _says_the_same(gold: tuple[str, ...], pred: tuple[str, ...]) -> bool:
    """Whether two statements about a value say the same: the same words, in any order unless one negates or
    contrasts ("necessary and sufficient" is "sufficient and necessary"; "sufficient but not necessary" is not
    "necessary but not sufficient")."""
    if gold == pred:
        return True
    return not (_NEGATING & (set(gold) | set(pred))) and sorted(gold) == sorted(pred)


# a ratio of three parts or more, in numbers ("1:2:3", "2 : 4 : 6", "1.5:3:4.5"); a clock time's two-digit
# minutes and seconds ("1:05:30", "12:30:00") are no parts of one
_RATIO_PARTS_RE = re.compile(r"\s*\d{1,6}(?:\.\d{1,6})?(?:\s*:\s*\d{1,6}(?:\.\d{1,6})?){1,9}\s*")
_CLOCK_PARTS_RE = re.compile(r"\d{1,2}(?::\d\d){2}")


def _same_proportions(gold: str, pred: str) -> tuple[Status, str] | None:
    """`2:4:6` for `1:2:3`: ratios of three parts or more are the same when each part of one is the same multiple
    of the other's; one of another number of parts is another ratio (`4:9` for `4:9:1`, which had been correct: both
    read as the number 4/9); None unless both are ratios in numbers, one of them of three parts or more (two parts
    are compared as the number `a/b` is).
    Hand-written: math-verify reads `a:b:c` as divisions one after another (`4:9:1` as 4/9), and sympy has no
    ratio."""
    if not _RATIO_PARTS_RE.fullmatch(gold) or not _RATIO_PARTS_RE.fullmatch(pred):
        return None
    g_text, p_text = gold.replace(" ", ""), pred.replace(" ", "")
    if _CLOCK_PARTS_RE.fullmatch(g_text) or _CLOCK_PARTS_RE.fullmatch(p_text):
        return None  # (hours, minutes and seconds: compared as times, never as proportions)
    g_parts = [Fraction(x) for x in g_text.split(":")]
    p_parts = [Fraction(x) for x in p_text.split(":")]
    if len(g_parts) != len(p_parts):
        return Status.INCORRECT, f"ratio: {len(p_parts)} parts, gold has {len(g_parts)}"
    first = next((i for i, part in enumerate(g_parts) if part), None)
    if first is None:
        return None
    scale = p_parts[first] / g_parts[first]
    if scale and all(p == g * scale for g, p in zip(g_parts, p_parts, strict=True)):
        return Status.CORRECT, "ratio: the same proportions"
    return Status.INCORRECT, "ratio: other proportions"


def compare(gold: str | Prepared, pred: str | Prepared, ctx: Context) -> tuple[Status, str]:
    """Run the strategy chain on the two sides, each `prepare`d once (a side given as text is prepared
    here; nested comparisons prepare only the new pieces they compare: list items, labelled values,
    matrix cells). Units written after a value on both sides must agree (`units.py`). Labelled values are
    read as their values (see `forms.py`); two definitions of one
    function are compared by their bodies with the argument renamed; when only one side is an assignment
    (`x = 2` vs `2`, `a_n = 2n+1` vs `2n+1`) that side is compared by its right-hand side. All nested
    comparisons of a pair share one deadline."""
    if ctx.deadline is None:
        ctx = replace(ctx, deadline=time.monotonic() + ctx.config.timeout_s)
    g = gold if isinstance(gold, Prepared) else prepare(gold, gold=True)
    p = pred if isinstance(pred, Prepared) else prepare(pred)
    if _denied(p.text) and not _denied(g.text):
        # (the last right-hand side of "It is not x=5", and math-verify's reading of the math alone, had been
        # the answer)
        return Status.INCORRECT, "the answer denies the values it names"
    if g.said and p.said and not _says_the_same(g.said, p.said):
        # `12 \text{ is the minimum}` for `12 \text{ is the maximum}`: each side says what its value is, and they
        # say different things (the statement had been dropped from both as a qualifier, and 12 matched 12)
        return (
            Status.INCORRECT,
            f"another statement about the value ({' '.join(p.said)} for {' '.join(g.said)})",
        )
    if p.said and not g.said and _denies_its_value(p.said):
        # `12 \text{ is not the answer}`, `12 \text{ is wrong}`: the statement after the value takes it back (it had been
        # dropped as a qualifier, and 12 matched 12)
        return Status.INCORRECT, f"the answer denies its value ({' '.join(p.said)})"
    if (
        g.counted and p.counted
    ):  # (the words dropped from both sides around a value, as unit text or a lead-in)
        if opposite := _opposite(counted_words(g.counted), counted_words(p.counted)):
            # `4 \text{ fewer}` for `4 \text{ more}`, `3 \text{ to the right}` for `3 \text{ to the left}`: the same
            # number in the opposite sense. Only opposites: other words that differ may name the same thing
            # ("jelly candies" and "marmalade candies" in two translations)
            return Status.INCORRECT, f"the value in the opposite sense ({opposite[1]} for {opposite[0]})"
        if _sides_swapped(g.counted, p.counted):
            # `20 \text{ more girls than boys}` for `20 \text{ more boys than girls}`: the same words, the
            # comparison's sides the other way round
            return Status.INCORRECT, "the value compares the same things the other way round"
    labelled = _labelled(g, p, ctx)
    if isinstance(labelled[0], Status):
        return labelled[0], f"labels: {labelled[1]}"
    g_text, p_text = labelled
    restated = _restated(g_text, p_text, ctx)
    if restated is not None:
        return restated
    if ("0" in g_text or "0" in p_text) and (signed := _sign_word_against_zero(g_text, p_text)) is not None:
        return signed
    if (renamed := _relation_of_another_name(g_text, p_text)) is not None:
        return Status.INCORRECT, renamed
    if (g_text.count(":") >= 2 or p_text.count(":") >= 2) and (
        proportions := _same_proportions(g_text, p_text)
    ) is not None:
        return proportions
    g_text, p_text = _parametrised_set(g_text), _parametrised_set(p_text)
    condition = domain_condition(p_text)
    g_condition = domain_condition(g_text)
    if condition is None and g_condition is not None:
        # `k\pi + \frac{\pi}{4}, k \in \mathbb{Z}` answered `\frac{\pi}{4} + k\pi`: a parameter's set of whole
        # numbers goes without saying, so the answers are compared without it (the other way round above); any
        # other condition the answer leaves out (`x \in [4, 8]`) is part of the gold, and the rest is still
        # compared, so an answer with another value is incorrect for its value, never unparseable
        status, reason = compare(g_text[: g_condition.start()], p_text, ctx)
        left_out = g_condition.group(1).strip()
        if not _WHOLE_NUMBERS_RE.match(g_condition.group(1)):
            if status == Status.CORRECT:
                return Status.INCORRECT, f"the gold's condition ({left_out}) is not in the answer"
            return status, f"{reason} (and the gold's condition ({left_out}) is not in the answer)"
        return status, f"{reason} (the gold's condition ({left_out}) goes without saying)"
    if condition is not None and g_condition is None:
        # `a_n=2n-1 (n\in N^*)` for `a_n=2n-1`: the gold states no domain, so the answer's own is not compared
        status, reason = compare(g_text, p_text[: condition.start()], ctx)
        return status, f"{reason} (the answer's condition ({condition.group(1).strip()}) is not in the gold)"
    if condition is not None and g_condition is not None:
        # both state one (`T = \frac{\pi L}{2nv_0} (n=1, 2, 3, \ldots)`, `[...], k\in Z` for `[...] (k\in Z)`):
        # the answers are compared without them, and the conditions as written, in one spelling
        status, reason = compare(g_text[: g_condition.start()], p_text[: condition.start()], ctx)
        if status == Status.CORRECT and same_condition(g_condition.group(1), condition.group(1)):
            return status, f"{reason} (the same condition)"
        if status == Status.CORRECT:
            return (
                Status.INCORRECT,
                f"another condition ({condition.group(1).strip()} for {g_condition.group(1).strip()})",
            )
        return status, reason
    chained = _reversed_order(g_text, p_text, ctx)
    if chained is not None:
        return chained
    # (`f(z) = z` for `f(x) = x`; `y = 2x + 1` for `f(x) = 2x + 1`: the bodies compared)
    g_text, p_text = rename_argument(g_text, p_text) or graph_of_function(g_text, p_text) or (g_text, p_text)
    g_text, p_text = _membership(*_align_equations(g_text, p_text))
    g_text, p_text = _named_point(g_text, p_text)
    other = _another_name(g_text, p_text)
    if other is not None:
        return Status.INCORRECT, other
    g_unit = unit_of(g_text) or (g.unit if g_text == g.solved else None)
    p_unit = unit_of(p_text) or (p.unit if p_text == p.solved else None)
    parts = _compound(g_text, p_text, g_unit, p_unit, ctx) if " " in g_text + p_text else None
    if parts is not None:  # "2 hours 30 minutes" for `150 minutes`, `150` or `2.5`
        return parts
    other_units = units_differ(g_unit, p_unit)
    if other_units and g_unit.unit[0] == p_unit.unit[0]:
        # the same dimension in another size (`240 mm` for `24 cm`, `0.24 m`): the answer's value in the gold's
        # unit is compared (units here differ by a scale only: no offset, such as degrees Celsius, is read)
        ratio = p_unit.unit[1] / g_unit.unit[1]
        factor = (
            str(ratio) if ratio.denominator == 1 else f"\\frac{{{ratio.numerator}}}{{{ratio.denominator}}}"
        )
        # (each side of an approximation scaled: `1+2 \\approx 3 cm` for `3 m` had been read as its last value, 3, in m)
        scaled = " \\approx ".join(
            f"{factor} \\cdot ({part.strip()})" for part in _APPROX_RE.split(p_unit.value)
        )
        status, reason = compare(g_unit.value, scaled, ctx)
        if status != Status.CORRECT:
            # and the gold's value in the answer's unit, against the answer as written: `27.78 m/s` is `100 km/h`
            # (27.777... m/s) rounded to the decimals it shows, though 27.78 m/s is 100.008 km/h; as one exact
            # fraction, so that the number readers, not sympy, judge the rounding
            g_num = parse_number(g_unit.value, max_digits=ctx.config.max_number_digits)
            if g_num is not None:
                back = g_num.value / ratio
                status, reason = compare(
                    f"\\frac{{{back.numerator}}}{{{back.denominator}}}", p_unit.value, ctx
                )
        if status == Status.CORRECT:
            return (
                status,
                f"units: the answer's value in the gold's unit ({p_unit.tail} -> {g_unit.tail}): {reason}",
            )
        return Status.INCORRECT, f"units: {other_units}, and its value in the gold's unit differs"
    if other_units:  # `1 m/s^3` for `1 m/s^2`: the value readers below compare the numbers only
        return Status.INCORRECT, f"units: {other_units}"
    if g_unit and p_unit:  # the same units on both sides (`m/s^2`, `m s^{-2}`): compare the values
        g_text, p_text = g_unit.value, p_unit.value
    elif p_unit and spelled_unit(p_unit.tail) and not g_text.rstrip().endswith(p_unit.tail):
        p_text = p_unit.value  # `12\pi cm^{3}` for `12\pi` (a number's unit is read later)
    elif g_unit and spelled_unit(g_unit.tail) and not p_text.rstrip().endswith(g_unit.tail):
        g_text = g_unit.value  # (not for `h \approx 12.9 cm` against `12.9 cm`: the same unit on both)
    if p.bound:
        p_text = rename_bound(g_text, p_text, set(p.bound))
    for name, strategy in STRATEGIES:
        out = strategy(g_text, p_text, ctx)
        if out is not None:
            return out[0], f"{name}: {out[1]}"
    return Status.INCORRECT, "not equivalent"
