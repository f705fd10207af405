"""One side of a comparison, normalised once: `prepare(text)` -> `Prepared` (cleaned text, its labelled
values and the names it declares bound), which `equivalence.compare` then reads without normalising again.

Split from `equivalence.py` (the strategy chain). Everything here is a linear regex pass or a call into
`forms.py` / `normalize.py`; nothing parses mathematics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mmeval.verifiers.comparison.forms import (
    bound_names,
    closing_remark,
    join_boxes,
    labelled_items,
    labelled_solutions,
    numbered_parts,
    operation_in_words,
    python_math,
    system_values,
    without_real_domain,
)
from mmeval.verifiers.extraction.labels import word_label
from mmeval.verifiers.extraction.normalize import clean_answer, memo
from mmeval.verifiers.extraction.sentences import relation_in_signs
from mmeval.verifiers.extraction.units import (
    CJK_UNIT,
    GENERIC_UNIT,
    Written,
    compound_quantity,
    unit_before_approx_dropped,
    unit_of,
)

__all__ = ["Prepared", "prepare"]

# A trailing unit in a text macro, squared or cubed outside it (`\\mbox{ inches}^2`); percent and degree
# words are not units (they change the value) and stay for the number reader.
# The unit may be squared inside the macro too (`\mathrm{cm^{2}}`), or in siunitx's `\unit{}` / `\si{}`.
_UNIT_TEXT_RE = re.compile(
    r"(?<=[\d}a-zA-Z)])\s*\\(?:text|mathrm|mbox|unit|si)\s*\{\s*~?\s*"
    r"(?!(?:percent|per\s*cent|pct|deg|degrees?)\b)[A-Za-z][A-Za-z\s./^\d~]*(?:\^\s*\{\s*[23]\s*\})?\s*\}"
    r"(?:\^\s*\{?\s*[23]\s*\}?)?\s*$"
)


# (it starts at a white-space run's first character only, and the run before a comma and after it are
# two: `\s*,?\s*` had split one run every way at every start, cubic on a long run)
_QUALIFIER_RE = re.compile(
    r"(?!(?<=\s)\s)(?:\s*,)?\s*\\(?:text|mbox|mathrm)\s*\{\s*(?:is|are|where|for|when|if|which|with|as)\b.*$",
    re.DOTALL,
)


_LEADING_TEXT_RE = re.compile(r"^\s*\\(?:text|mbox|mathrm)\s*\{\s*[A-Za-z][A-Za-z\s,:]*\}\s*(?=\S)")


# words that deny or bound what follows (`\text{not } 12`, `\text{at least } 5`): never dropped as a lead-in
_DENYING_WORDS_RE = re.compile(
    r"\b(?:not|no|never|less|more|fewer|greater|smaller|larger|least|most|than|under|over|above|below|except|but)\b",
    re.IGNORECASE,
)


def _strip_leading_text(s: str) -> str:
    """`\\text{only } x = 0` -> `x = 0`: words before the mathematical answer (not words that deny or bound it)."""
    m = _LEADING_TEXT_RE.match(s)
    if m is None or _DENYING_WORDS_RE.search(m.group()):
        return s
    out = s[m.end() :]
    return out if re.search(r"[\d=]", out) else s


# a name and what it is, in words (`n \\text{ is even}`, `f \\text{ is increasing}`): a statement, not a qualifier
_ONE_NAME = (
    r"(?:[A-Za-z]|\\[a-z]+)(?:_\{?\w+\}?)?"  # a one-letter name or a Greek letter, maybe with a subscript
)
_NAMED_PROPERTY_RE = re.compile(
    rf"\s*({_ONE_NAME})\s*\\(?:text|mbox|mathrm)\s*\{{\s*(?:is|are)\s+([A-Za-z][A-Za-z -]*?)\s*\}}\s*"
)


def _strip_qualifier(s: str) -> str:
    """`R=1 \\text{ is both necessary and ...}` -> `R=1`; `(3t, 5t) \\text{ for some integer } t` ->
    `(3t, 5t)`: a trailing clause in words after a mathematical answer. After a name alone the clause is the
    answer: `n \\text{ is even}` is `n = even`, as "n is even" is (`_NAMED_IS_RE`), never the bare `n`."""
    m = _QUALIFIER_RE.search(s)
    if m is None or "\\end{" in m.group():  # `\\text{if } x<0` inside `cases` is a row's condition
        return s
    if (named := _NAMED_PROPERTY_RE.fullmatch(s)) is not None:  # (`n \\text{ is odd}` had been `n` too)
        signed = relation_in_signs(
            f"{named.group(1)} is {named.group(2)}"
        )  # (`x \\text{ is positive}`: `x > 0`)
        return (
            signed
            if signed != f"{named.group(1)} is {named.group(2)}"
            else f"{named.group(1)} = {named.group(2)}"
        )
    out = s[: m.start()].strip()
    return out if out and re.search(r"[\d=]|\\[a-z]+|[a-zA-Z]", out) else s


# a statement about the value, in a text box after it (`12 \\text{ is the minimum}`), and the words it says nothing
# with (`\\text{ is the final answer}` says nothing of 12)
_STATEMENT_RE = re.compile(r"\s*,?\s*\\(?:text|mbox|mathrm)\s*\{\s*(?:is|are)\s+([^{}]*)\}", re.IGNORECASE)
_SAYS_NOTHING = frozenset("the a an both also final answer value result required correct right true".split())


def _statement_said(s: str) -> tuple[str, ...] | None:
    """The words of the statement `_strip_qualifier` drops after a value (`R=1 \\text{ is both necessary and
    sufficient}` -> ("necessary", "and", "sufficient")), without the words that say nothing; None when the clause
    is a condition ("for some integer"), or says nothing."""
    m = _QUALIFIER_RE.search(s)
    stated = _STATEMENT_RE.match(m.group()) if m else None
    if stated is None:
        return None
    words = tuple(w for w in re.findall(r"[a-z]+", stated.group(1).lower()) if w not in _SAYS_NOTHING)
    return words or None


# a number and words after it, not in a text box ("5 oranges", "4 less"): the number is read without them
_PLAIN_COUNTED_RE = re.compile(r"\s*-?\d[\d.,/]*\s+([A-Za-z][A-Za-z ]{0,60})")
# words that name nothing counted, and a few short forms of words that do
_COUNTS_NOTHING = frozenset("the a an of in total all altogether only exactly and".split())
_SHORT_FORMS = {
    "sq": "square",
    "cu": "cubic",
    "deg": "degree",
    "hr": "hour",
    "min": "minute",
    "sec": "second",
}


def counted_words(text: str) -> frozenset[str] | None:
    """The words of `text` (ASCII letters; a plural's `s` dropped, a short form spelled out) that name what a value
    counts, or None when it has none."""
    out = set()
    for w in re.findall(r"[a-z]+", text.lower()):  # (a text box's own name, `text`, is on both sides alike)
        if w in _COUNTS_NOTHING:
            continue
        w = _SHORT_FORMS.get(w, w)
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(out) or None


# "units" with no name, squared or cubed outside the word (`113.097 units ^{2}`, MathVerse's `units $^{2}$`)
_GENERIC_UNITS_RE = re.compile(
    rf"(?:(?<=[\d}}])|(?<=\\pi))\s*{GENERIC_UNIT}\s*(?:\^\s*\{{?\s*[23]\s*\}}?)?\s*$",
    re.IGNORECASE,
)


# a Chinese unit after the value, bare or in a text macro (`2\\sqrt{3}厘米`, `\\frac{5}{2}\\text{平方厘米}`)
_CJK_UNIT_TEXT_RE = re.compile(
    rf"(?<=[\d}}a-zA-Z)])\s*(?:\\(?:text|mathrm|mbox)\s*\{{\s*{CJK_UNIT}\s*\}}|{CJK_UNIT})\s*$"
)


_DIGIT_RE = re.compile(r"\d|\\pi(?![A-Za-z])")  # (a value is left: a digit, or pi, `\pi \text{ units}`)


def _strip_unit_text(s: str) -> str:
    """`5.4 \\text{ square units}` -> `5.4`; `2x \\text{ m}` -> `2x` (a trailing unit in `\\text{}`);
    `113.097 units ^{2}` -> `113.097`; `2\\sqrt{3}\\text{厘米}` -> `2\\sqrt{3}`."""
    out = _GENERIC_UNITS_RE.sub("", _CJK_UNIT_TEXT_RE.sub("", _UNIT_TEXT_RE.sub("", s))).strip()
    if _HALF_DAY_RE.search(s):
        return s  # `2:30 \text{ PM}`: a half of the day is part of a clock time, not its unit
    return out if out and _DIGIT_RE.search(out) else s


_HALF_DAY_RE = re.compile(r"\d:[0-5]\d\s*(?:\\(?:text|mathrm|mbox)\s*\{\s*)?[AaPp]\.?\s*[Mm]\.?\s*\}?\s*$")


# `a_3 = 2 \\quad a_{37} = 19`: a quad between labelled values separates them (cleaning drops it)
_QUAD_RE = re.compile(r"(?<=[^\s,])\s*\\q?quad(?![a-zA-Z])\s*(?=[^\s,]+\s*[=:])")


@dataclass(frozen=True)
class Prepared:
    """One side of a comparison, normalised once (`prepare`) and passed on as it is.

    `text`: the cleaned form the strategies read (math delimiters, boxes and noise gone, Python-style
    math as LaTeX, a leading word, a trailing qualifier or unit text dropped); `solved`: `text` with
    alternatives of labelled values as the list of their solutions (`x = 1 or x = 2` -> `1, 2`);
    `labels`: the labelled values of `solved` (`p=3, q=4` -> (("p", "3"), ("q", "4"))), or None;
    `bound`: the names the answer declares bound (`... \\text{ for some integer } t`; never for a gold);
    `unit`: the value and the unit written after it (`units.unit_of`, read before unit text is dropped), or None;
    `said`: the words of a statement about the value dropped after it (`12 \\text{ is the minimum}` -> ("minimum",)),
    or None; `counted`: the text around a value that may name what it counts, dropped as unit text or a lead-in
    (`5 \\text{ red balls}`, `\\text{maximum } 12`), when no unit is read, or None; its words (`counted_words`) are read
    only when both sides have some.
    """

    text: str
    solved: str
    labels: tuple[tuple[str, str], ...] | None
    bound: frozenset[str]
    unit: Written | None = None
    said: tuple[str, ...] | None = None
    counted: str | None = None


def prepare(text: str, *, gold: bool = False) -> Prepared:
    """Normalise one side for `compare`: a `\\quad` between labelled values separates them, a gold made of
    several boxes is their list (`forms.join_boxes`), then clean-up, and leading words, qualifiers and unit
    text dropped unless the text is labelled values. `clean_answer` runs here even on
    an answer that extraction already cleaned: it is not idempotent (`5.\\,` -> `5.` -> `5`) and the
    verdicts rely on this pass (a memo hit, so it costs a lookup). A pure function of the text, remembered
    (`normalize.memo`; `Prepared` is immutable): a gold is prepared once for all the answers to it."""
    return _prepare_gold(text) if gold else _prepare_answer(text)


@memo
def _prepare_gold(text: str) -> Prepared:
    return _prepared(text, gold=True)


@memo
def _prepare_answer(text: str) -> Prepared:
    return _prepared(text, gold=False)


# the variant glyphs of a Greek letter, which name the same quantity (`\varepsilon_0` is `\epsilon_0`)
_VARIANT_GREEK_RE = re.compile(r"\\var(epsilon|theta|phi|rho|sigma|kappa)(?![A-Za-z])")


# `x is 5`, `n equals 12`: a one-letter name stated in words is the equation `x = 5` (sympy had read the
# words as a product of letters); `sentences.quantity_value` leaves such a sentence whole for this reading
# (each clause of several: "x is 3 and y is 4" is `x = 3 and y = 4`, whose labels a tuple gold is read by)
_NAMED_IS_RE = re.compile(
    r"(^\s*|[,;]\s*|\s+and\s+)((?:[A-Za-z]|\\[a-z]+)(?:_\{?\w+\}?)?)\s+(?:is|equals)\s+(?=\S)"
)


# a one-letter name and a property of numbers or functions, in either order, with no verb ("all odd n", "odd n", "n
# odd", "all prime p"): the statement "n is odd" (the words had been read as a product of letters). A closed list
# of properties: other words before a name are functions or operators (`\cos x`, "max n", "det A")
_PROPERTY_WORDS = (
    r"(?:odd|even|prime|composite|positive|negative|non-?negative|non-?positive|non-?zero|rational|irrational"
    r"|increasing|decreasing|convergent|divergent|acute|obtuse)"
)
_PROPERTY_OF_NAME_RE = re.compile(
    rf"\s*(?:\\text\s*\{{\s*)?(?:(?:all|any|every)\s+)?(?P<p1>{_PROPERTY_WORDS})\s*\}}?\s*(?P<n1>{_ONE_NAME})\s*"
    rf"|\s*(?P<n2>{_ONE_NAME})\s*(?:\\text\s*\{{\s*)?(?P<p2>{_PROPERTY_WORDS})\s*\}}?\s*",
    re.IGNORECASE,
)


# `$\frac{9}{4}$m`, `$200 \sqrt{3}$ m`: words after the closing `$` are text, not a factor of the math: a unit
# there is unit text (`\text{m}`), however short (cleaning drops the `$`, and `200 \sqrt{3} m` read as a
# product with a variable m)
_UNIT_OUTSIDE_RE = re.compile(r"^\s*\$([^$]+)\$[ \t]*([A-Za-zΩμ][A-Za-z/^{}0-9·. ]{0,24}?)[ \t]*\.?\s*$")


def _unit_outside_math(text: str) -> str:
    m = _UNIT_OUTSIDE_RE.match(text)
    if m is None or unit_of(text) is None:
        return text
    return f"{m.group(1)} \\text{{ {m.group(2)}}}"


# 或 / 或者 ("or") between math on both sides (ASCII: `5或x`, `)或(`), never inside Chinese words (或许 "perhaps");
# `x=5或x=-1` had been compared by its last right-hand side, -1
_CJK_OR_RE = re.compile(r"(?<=[A-Za-z0-9)}\]])[ \t]*或者?[ \t]*(?=[A-Za-z0-9\\(\[{-])")


# the set of all real numbers in words ("all real numbers", "x can be any real number", 全体实数): the set `\mathbb{R}`
# (sympy had no reading of the words, and `x \in \mathbb{R}` against them was unparseable)
def _whole_answer(words: str) -> re.Pattern[str]:
    """A regex for an answer that is only `words`, perhaps in `\\text{}` and with a full stop."""
    return re.compile(rf"^\s*(?:\\text\{{\s*)?(?:{words})\s*\}}?\s*\.?\s*$", re.IGNORECASE)


_ALL_REALS_RE = _whole_answer(
    # (after a connective or a set named in words: "So x can be any real number.", "The domain is all real numbers.")
    r"(?:(?:so|thus|therefore|hence),?\s+)?"
    r"(?:(?:the\s+)?(?:domain|range|solution\s+set|solution)(?:\s+of\s+(?:[a-z]|f\s*\(\s*x\s*\)|the\s+function))?\s+is\s+)?"
    r"(?:[a-z]\s+(?:is|can\s+be)\s+)?(?:the\s+set\s+of\s+)?(?:all|any|every)\s+real(?:\s+numbers?|s)?"
    r"|(?:全体|一切)?实数(?:集)?"
)


# no solution in words ("no solution", "There are no real solutions.", "the empty set", 无解, 空集): the empty set,
# as a solution set is written (`\emptyset` against "No solution" had been text against math, never equal)
_NO_SOLUTION_RE = _whole_answer(
    r"(?:there\s+(?:is|are)\s+|it\s+has\s+|the\s+equation\s+has\s+)?no\s+(?:real\s+)?(?:solutions?|roots?)"
    r"|(?:the\s+)?empty\s+set|(?:方程)?无(?:实数)?解|空集"
)


# infinity in words, the whole answer ("infinity", "infinite", "infinitely many", "There are infinitely many such
# numbers.", 无穷多个): `\infty`, as a count or a limit is written (against a gold `\infty` the words had been text
# against math, never equal; the other way round, the prose reading had accepted them)
_INFINITE_RE = _whole_answer(
    r"(?:there\s+(?:are|is)\s+)?(?:infinitely\s+many(?:\s+[A-Za-z]+){0,3}|infinity|infinite(?:ly\s+many)?)"
    r"|(?:有)?无(?:穷|限)(?:多)?(?:个)?"
)


# a share in words, the whole answer: "3 out of 5", "3 out of 5 students", "1 in 4", "a 1 in 4 chance" (the
# number reader saw words, and a sentence's last number was M, so "1 in 4" had been accepted for a gold 4)
_SHARE_RE = re.compile(
    r"^\s*(?:an?\s+)?(\d+)\s+(?:out\s+of\s+(\d+)(?:\s+[A-Za-z]+){0,3}|in\s+(\d+)(?:\s+(?:chances?|odds))?)\s*\.?\s*$",
    re.IGNORECASE,
)


# Combinations and arrangements as Chinese textbooks write them (`C_5^2`, `C_{5}^{2}`, `\mathrm{C}_5^2`, `A_5^2`)
# and as `{}_5C_2` / `^5C_2` are written elsewhere: latex2sympy reads a letter with an index and a power
# (`C_5^2` = C_5 squared), so `C_5^2` never equalled 10. Rewritten only with whole numbers, k <= n <= 999, before
# anything else reads the text (unit text would take `\mathrm{C}` for a unit).
_ARG = r"(?:\{\s*(\d{1,3})\s*\}|(\d))"
_COMBINATORIC_RE = re.compile(
    rf"(?<![A-Za-z\\])(?:\\mathrm\s*\{{\s*([CA])\s*\}}|([CA]))\s*_\s*{_ARG}\s*\^\s*{_ARG}(?!\d)"
    rf"|(?:\{{\s*\}})?(?:\^|_)\s*{_ARG}\s*C\s*_\s*{_ARG}"
)


def combinatorics(s: str) -> str:
    """`C_5^2` -> `\\binom{5}{2}`, `A_5^2` -> `\\frac{5!}{3!}`, `{}_5C_2` -> `\\binom{5}{2}`; `s` unchanged when it has
    none (or k > n).

    >>> combinatorics("C_5^2+A_{4}^{2}"), combinatorics("C_2^5")
    ('\\\\binom{5}{2}+\\\\frac{4!}{2!}', 'C_2^5')
    """
    if "C" not in s and "A" not in s:
        return s

    def rewrite(m: re.Match[str]) -> str:
        g = m.groups()
        if g[0] or g[1]:
            kind, n, k = g[0] or g[1], int(g[2] or g[3]), int(g[4] or g[5])
        else:
            kind, n, k = "C", int(g[6] or g[7]), int(g[8] or g[9])
        if k > n:
            return m.group(0)
        # a product written side by side (`2C_5^2`, `C_4^2 C_2^1`) gets its sign: latex2sympy adds a number and
        # a `\binom` beside it (`2\binom{4}{2}` is 8), as it adds the parts of a mixed number
        times = "\\cdot " if re.search(r"[\d})]\s*$", s[: m.start()]) else ""
        return times + (f"\\binom{{{n}}}{{{k}}}" if kind == "C" else f"\\frac{{{n}!}}{{{n - k}!}}")

    return _COMBINATORIC_RE.sub(rewrite, s)


def _prepared(text: str, *, gold: bool) -> Prepared:
    text = combinatorics(text)
    if "\\begin" in text and (system := system_values(text)) is not None:
        text = system  # `\begin{cases} x=2 \\ y=-1 \end{cases}`: the labelled values `x=2, y=-1`
    if "(" in text and (parts := numbered_parts(text)) is not None:  # "(1) 2 (2) 3": the list `2, 3`
        text = ", ".join(parts)
    if (share := _SHARE_RE.match(text)) is not None and int(share.group(2) or share.group(3)) != 0:
        text = f"\\frac{{{share.group(1)}}}{{{share.group(2) or share.group(3)}}}"
    if _ALL_REALS_RE.match(text):
        text = "\\mathbb{R}"
    elif _NO_SOLUTION_RE.match(text):
        text = "\\emptyset"
    elif ("nfinit" in text or "无" in text) and _INFINITE_RE.match(text):
        text = "\\infty"
    if not gold and (remark := closing_remark(text)) is not None:
        text = remark[0]  # `x = 3 \text{ (the only solution)}`: the answer, without the remark that closes it
    text = _unit_outside_math(_QUAD_RE.sub(",", text))
    bound = frozenset() if gold else frozenset(bound_names(text))
    cleaned = operation_in_words(python_math(clean_answer(join_boxes(text) if gold else text)))
    cleaned = relation_in_signs(cleaned)
    if "approx" in cleaned or "≈" in cleaned:  # (`5\\sqrt{2} cm \\approx 7.07 cm`: the unit once, after both)
        cleaned = unit_before_approx_dropped(cleaned)
    if "\\var" in cleaned:  # `\varepsilon_0` for `\epsilon_0`, `\varphi` for `\phi`: one letter's two glyphs
        cleaned = _VARIANT_GREEK_RE.sub(r"\\\1", cleaned)
    cleaned = without_real_domain(cleaned)  # `\{x \in \mathbb{R} | x > 1\}` is `\{x | x > 1\}`
    if (
        " " in cleaned and (named := _PROPERTY_OF_NAME_RE.fullmatch(cleaned)) is not None
    ):  # "all odd n": `n = odd`; "all positive k": `k > 0`, as "k is positive" reads
        name, prop = named.group("n1") or named.group("n2"), named.group("p1") or named.group("p2")
        signed = relation_in_signs(f"{name} is {prop}")
        cleaned = signed if signed != f"{name} is {prop}" else f"{name} = {prop}"
    cleaned = _NAMED_IS_RE.sub(r"\1\2 = ", cleaned)
    if (
        "或" in cleaned
    ):  # `x=5或x=-1`: Chinese "or" between two pieces of math is the word (for the comparison only)
        cleaned = _CJK_OR_RE.sub(" or ", cleaned)
    solutions, items = labelled_solutions(cleaned), labelled_items(cleaned)
    if solutions or items:  # `\\text{Ann: } 5, ...`: the leading text is a label, not words before the answer
        solved = solutions or cleaned
        labels = labelled_items(solutions) if solutions else items
        unit = None
    elif (named := word_label(cleaned)) is not None:  # `Volume = 452.389 cubic units`: its value
        value = _strip_qualifier(named[1])
        unit = unit_of(value)
        solved = _strip_unit_text(value)
        return Prepared(cleaned, solved, ((named[0], value),), bound, unit)  # the value with its unit
    elif compound_quantity(cleaned) is not None:
        solved, labels, unit = cleaned, None, None  # "2 h 30 min": one quantity in parts, its units all kept
    else:
        before = _strip_leading_text(cleaned)
        # the words dropped around the value, kept aside for `compare`: a lead-in (`\\text{maximum } `), a statement
        # after it (`\\text{ is the minimum}`; not a name's property, whose words are the answer), unit text (each
        # looked at only when something was dropped: `is not`, as each step returns its text itself when it drops
        # nothing)
        lead = (
            cleaned[: len(cleaned) - len(before)]
            if before is not cleaned and cleaned.endswith(before)
            else ""
        )
        cleaned = _strip_qualifier(before)
        said = None
        if cleaned is not before and _NAMED_PROPERTY_RE.fullmatch(before) is None:
            said = _statement_said(before)
        unit = unit_of(cleaned)
        with_text = cleaned
        cleaned = _strip_unit_text(cleaned)
        tail = plain = None
        if unit is None and cleaned is not with_text and with_text.startswith(cleaned):
            tail = with_text[len(cleaned) :]  # (`\\text{ red balls}`)
        elif unit is None and " " in cleaned:
            plain = _PLAIN_COUNTED_RE.fullmatch(cleaned)  # ("5 oranges")
        counted = f"{lead} {tail or ''} {plain.group(1) if plain else ''}" if lead or tail or plain else None
        solved = labelled_solutions(cleaned) or cleaned
        labels = labelled_items(solved)
        return Prepared(cleaned, solved, tuple(labels) if labels else None, bound, unit, said, counted)
    return Prepared(cleaned, solved, tuple(labels) if labels else None, bound, unit)
