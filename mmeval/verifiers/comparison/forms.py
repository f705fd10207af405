r"""Answer forms that say one value in another shape, rewritten before the strategies compare them.

Each is a general rule over the text's shape, never a list of cases, and none evaluates anything:

- labelled values: `p=3, q=4`, `Ann: 5, Ben: 3`, `Maximum = 2, Minimum = 1`, `a_3 = 2 \quad a_{37} = 19`
  (`labelled_items`): the labels name the values, the values are the answer;
- several boxes in one gold: `\boxed{1}, \boxed{2}` is the list `1, 2` (`join_boxes`);
- a function's definition: `f(x) = x^2` and `f(t) = t^2` define one function; the argument is bound by
  the definition, so it may be renamed (`rename_argument`); a free answer variable never is;
- matrices and vectors: `\begin{pmatrix}0.2 \\ 1\end{pmatrix}` as rows of cells (`matrix_cells`);
- plain-text Python-style math: `2**(1/4)`, `sqrt(3)`, `pi` read as the LaTeX they mean (`python_math`);
- an operation on a value in words: "the reciprocal of 2", "twice 3", "2 to the power of 3" (`operation_in_words`);
- one value written twice: `1/2 or 0.5`, `\frac{1}{2} (0.5)`, `\sqrt{2}, about 1.41` (`restated_value`): the two
  forms, which `equivalence.compare` reads as one value only when both equal the other side;
- a chain of order relations read the other way: `c < b < a` says what `a > b > c` says (`order_chain`);
- a set of reals in set-builder notation that states its variable is real: `\{x \in \mathbb{R} | x > 1\}`, `\{x | x >
  1, x \in \mathbb{R}\}` is `\{x | x > 1\}` (`without_real_domain`);
- the solution of a system written as one (`\begin{cases} x=2 \\ y=-1 \end{cases}`, `\left\{\begin{array}{l} x=2 \\ y=-1
  \end{array}\right.`) is its labelled values `x=2, y=-1` (`system_values`);
- a remark in words that closes an answer: `x = 3 \text{ (the only solution)}` is `x = 3`, and `x = 3, x = -1
  \text{ (rejected)}` keeps `x = 3` (`closing_remark`).
"""

from __future__ import annotations

import re

from mmeval.verifiers.extraction.labels import labelled_items, numbered_parts
from mmeval.verifiers.extraction.normalize import find_boxed, primes, split_top_level
from mmeval.verifiers.extraction.sentences import word_number
from mmeval.verifiers.extraction.units import GENERIC_UNIT, unit_of

__all__ = ["labelled_items", "join_boxes", "function_definition", "rename_argument", "matrix_cells"]
__all__ += ["python_math", "labelled_solutions", "bound_names", "rename_bound", "gold_parts", "answer_parts"]
__all__ += ["gold_alternatives", "close_paren", "graph_of_function", "restated_value", "operation_in_words"]
__all__ += ["order_chain", "closing_remark", "without_real_domain", "system_values"]

_ALTERNATIVES_RE = re.compile(r";|\\text\{\s*or\s*\}|\sor\s|\\(?:lor|vee)(?![a-zA-Z])")


def labelled_solutions(text: str) -> str | None:
    """Alternatives of labelled values with the same labels (`p=5, q=2; p=7, q=2`, `x = 1 or x = 2`)
    as the list of their solutions (`(5, 2), (7, 2)`; `1, 2`), else None."""
    groups = [g for g in _ALTERNATIVES_RE.split(text) if g.strip()]
    if len(groups) < 2:
        return None
    parsed = [labelled_items(g, min_items=1) for g in groups]
    if any(p is None for p in parsed):
        return None
    keys = [k for k, _ in parsed[0]]  # type: ignore[index]
    if any([k for k, _ in p] != keys for p in parsed):  # type: ignore[union-attr]
        return None
    if len(keys) == 1:
        return ", ".join(p[0][1] for p in parsed)  # type: ignore[index]
    return ", ".join("(" + ", ".join(v for _, v in p) + ")" for p in parsed)  # type: ignore[union-attr]


_BOUND_RE = re.compile(
    r"\\text\s*\{\s*(?:for|where)\s+(?:some|any|all|every|each|an?)?\s*(?:arbitrary\s+)?"
    r"(?:integers?|reals?|real\s+numbers?|natural\s+numbers?|constants?|parameters?)?\s*\}\s*([a-zA-Z])(?![A-Za-z])"
    r"|(?<![\\A-Za-z])([a-zA-Z])\s*\\in\s*\\mathbb\s*\{?[ZRNQ]"
)
_LETTER_RE = re.compile(r"(?<![\\A-Za-z])[a-zA-Z](?![A-Za-z])")


def bound_names(text: str) -> set[str]:
    """Names a side declares bound: `... \\text{ for some integer } t`, `k \\in \\mathbb{Z}`."""
    return {a or b for a, b in _BOUND_RE.findall(text)}


def rename_bound(gold: str, pred: str, bound: set[str]) -> str:
    """The answer with its one declared-bound name (`bound`, from `bound_names` of the raw answer)
    renamed to the one single-letter name of the gold that the answer lacks (`(3t, 5t)` for some integer
    t vs `(3x, 5x)`); the answer unchanged when that is not exactly the case."""
    g_names, p_names = set(_LETTER_RE.findall(gold)), set(_LETTER_RE.findall(pred))
    todo = [b for b in bound if b in p_names and b not in g_names]
    missing = g_names - p_names
    if len(todo) != 1 or len(missing) != 1:
        return pred
    return _letter(todo[0]).sub(next(iter(missing)), pred)


def join_boxes(gold: str) -> str:
    """A gold with one box means its content (`So the answer is \\[\\boxed{32349}\\]`, a box left in an
    `align*`); a gold made of several boxes and separators only (`\\boxed{1}, \\boxed{2}`, `\\(\\boxed{1}\\)
    and \\(\\boxed{-2}\\)`) is the list of their contents; any other gold is returned unchanged."""
    if "\\boxed" not in gold and "\\fbox" not in gold:
        return gold
    boxes = find_boxed(gold)
    if len(boxes) == 1:
        return boxes[0].strip() or gold  # a gold that boxes one thing (a worked solution) means that thing
    rest = re.sub(r"\\(?:boxed|fbox)\s*\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}", "", gold)
    if not boxes or re.sub(r"\\[()\[\]]|\\(?:begin|end)\{[a-z*]+\}|\$|\band\b|[,;.+\s\\]", "", rest):
        return gold
    return ", ".join(b.strip() for b in boxes)


# a part's own label: "(1) 16", "(2)$$12$$", "①"
_PART_LABEL_RE = re.compile(r"^\s*(?:\(\s*\d{1,2}\s*\)\.?|[①-⑩])\s*")  # "(1)", "(1).", "①"
# words of prose (three letters or more, lower case after the first, not a LaTeX command; `mqU` is a
# product of names): a line of reasoning is not an answer
_PROSE_WORD_RE = re.compile(r"(?<![\\A-Za-z])[A-Za-z][a-z]{2,}(?![A-Za-z])")
_MAX_PARTS = 12
# one line whose parts carry their labels in order: "(1)3;(2)3, quadrilateral;(3)equal"
# (spacing and a closing `$` may come between a part's `;` and the next label: "(1). $-\frac{1}{2} ; \quad$ (2). ...")
_INLINE_LABELS_RE = re.compile(r"^\s*\(\s*1\s*\).*?[;；,，](?:\s|\\quad|\\qquad|\\[,;:! ]|\$)*\(\s*2\s*\)")
_SPACING_END_RE = re.compile(r"(?:\s|\\quad|\\qquad|\\[,;:! ])+$")


def _bare_part(line: str) -> str:
    """One line of a multi-part gold as its answer: its label, math delimiters, a closing ; or , and a
    closing full stop after a word dropped."""
    text = _PART_LABEL_RE.sub("", line).strip()
    text = re.sub(r"(?<=\$)\.$", "", text)  # a full stop after the math: "$\ln 2$."
    text = re.sub(r"^\${1,2}|\${1,2}$", "", text).strip()
    text = _SPACING_END_RE.sub("", text)  # "-\frac{1}{2} ; \quad"
    text = re.sub(r"[;；,，]$", "", text).strip()
    return re.sub(r"(?<=[A-Za-z])\.$", "", text)


# an answer key's note after its answer: another accepted form ("(or fill in $$8.75$$)"), or that the
# answer is one example of many ("(not unique)", "(answer not unique, any value close to it is acceptable)")
_ALSO_RE = re.compile(
    r"^(?P<main>.+?)\s*[(（]\s*or\s+(?:fill\s+in\s+|write\s+)?(?P<also>[^()（）]+?)\s*[)）]\s*\.?$", re.S
)
_EXAMPLE_RE = re.compile(
    r"^(?P<main>.+?)\s*[(（]\s*(?:the\s+)?(?:answer\s+)?(?:is\s+)?not\s+unique\b[^()（）]*[)）]\s*\.?$",
    re.I | re.S,
)


def gold_alternatives(gold: str) -> list[str] | None:
    """The answers a gold accepts when its answer key writes a second form in brackets after the first
    (`$$\\dfrac{35}{4}$$(or fill in $$8.75$$)` -> the two), or marks its answer as one example
    (`$$2.2$$ (not unique)` -> the example alone); None for any other gold. K12's keys are written so."""
    m = _EXAMPLE_RE.match(gold.strip())
    if m and m.group("main").strip():
        return [m.group("main").strip()]
    m = _ALSO_RE.match(gold.strip())
    if m and m.group("main").strip() and re.search(r"[\d$\\]", m.group("also")):
        return [m.group("main").strip(), m.group("also").strip()]
    return None


_LINE_BREAK_RE = re.compile(r"\r?\n")  # not U+2028 and the like


def gold_parts(gold: str) -> list[str] | None:
    """A gold written one answer per line, the answers to a question's blanks in order (K12's fill-in
    golds: "96\n376", "(3,6)\n(7,8)", "(1)$$30$$\n(2)$$24$$", "summer clothing\nwinter clothing"): the
    list of those answers, else None. Each line must be a short answer on its own: not empty once its
    label, `$` delimiters and a closing `;` are dropped, at most 80 characters, no LaTeX environment or
    line break, not ending in an operator, and at most three words of prose (a line of reasoning,
    "∵ ∠AOD = ∠COB (vertically opposite angles are equal), ...", makes the gold a text, not parts).
    Hand-written: math-verify and latex2sympy read one expression per gold, and a newline is whitespace to
    them."""
    lines = [ln for ln in _LINE_BREAK_RE.split(gold.strip()) if ln.strip()]
    if len(lines) == 1 and _INLINE_LABELS_RE.match(lines[0]):  # "(1)3;(2)equal;(3)3, 9": labelled inline
        lines = [p for p in re.split(r"(?=\(\s*\d{1,2}\s*\))", lines[0]) if p.strip()]
    if not 2 <= len(lines) <= _MAX_PARTS:
        return None
    parts = [_bare_part(ln) for ln in lines]
    for part in parts:
        if (
            not re.search(r"[0-9A-Za-z\u4e00-\u9fff]", part)  # control characters, punctuation, a table rule
            or len(part) > 80
            or re.search(r"\\begin|\\end|\\\\|&", part)
            or re.search(r"[=+\-*/^_\\]$", part)
            or len(_PROSE_WORD_RE.findall(re.sub(r"\\[A-Za-z]+", " ", part))) > 3
        ):
            return None
    return parts


def answer_parts(answer: str, boxes: list[str]) -> list[str]:
    """An answer as the parts it gives, in order: the final boxes when there are several ("\\boxed{96},
    \\boxed{376}", the same value boxed twice included), else its lines when it is written one short
    answer per line as such a gold is, else the answer split on its top-level `;`, or else its top-level
    commas ("96; 376", "(3,6), (7,8)"); each part's own label dropped."""
    if len(boxes) > 1:
        items = boxes
    elif not boxes and (lines := gold_parts(answer)) is not None:  # one part per line, as the gold
        items = lines
    else:
        text = boxes[0] if boxes else answer
        items = numbered_parts(text) if "(" in text else None  # "(1) 2 (2) 3"
        if items is None:
            items = split_top_level(text, ";") if ";" in text else split_top_level(text, ",")
    return [_bare_part(p) for p in items if p.strip()]


_DEFINITION_RE = re.compile(r"^\s*([A-Za-z]'{0,3})\s*\(\s*([a-z])\s*\)\s*=\s*(.+)$", re.DOTALL)


def function_definition(text: str) -> tuple[str, str, str] | None:
    """`f(x) = x^2` -> ("f", "x", "x^2"), a derivative too (`f'(t) = 2t`, `f^{\\prime}(t) = 2t` -> ("f'", "t", "2t")),
    else None."""
    m = _DEFINITION_RE.match(primes(text))
    return (m.group(1), m.group(2), m.group(3)) if m and "=" not in m.group(3) else None


def _letter(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\\A-Za-z]){name}(?![A-Za-z])")


def rename_argument(gold: str, pred: str) -> tuple[str, str] | None:
    """Both sides define the same function with differently named arguments (`f(x)=x` vs `f(z)=z`):
    the two bodies with the answer's argument renamed to the gold's. None when they are not such a pair
    or when the gold's argument name already occurs in the answer's body (the renaming would merge two
    names)."""
    g, p = function_definition(gold), function_definition(pred)
    if g is None or p is None or g[0] != p[0] or g[1] == p[1]:
        return None
    if _letter(g[1]).search(p[2]):
        return None
    return g[2], _letter(p[1]).sub(g[1], p[2])


_GRAPH_RE = re.compile(r"\s*y\s*=\s*([^=]+)")


def graph_of_function(gold: str, pred: str) -> tuple[str, str] | None:
    """One side defines a function (`f(x) = 2x + 1`), the other is the equation of its graph (`y = 2x + 1`): one
    function, so the two bodies (gold's first), or None. A derivative (`f'(x) = 2x`) is another function, and a
    body that holds `y` (or a function of `y`) is no graph's."""
    g, p = function_definition(gold), function_definition(pred)
    if (g is None) == (p is None):
        return None
    defined, graph = (g, _GRAPH_RE.fullmatch(pred)) if g is not None else (p, _GRAPH_RE.fullmatch(gold))
    if (
        graph is None
        or "'" in defined[0]
        or defined[1] == "y"
        or _letter("y").search(defined[2] + graph.group(1))
    ):
        return None
    return (defined[2], graph.group(1).strip()) if g is not None else (graph.group(1).strip(), defined[2])


# One value written twice, the second form restating the first: "1/2 or 0.5", "1/2, i.e. 0.5", "25%, that is 0.25",
# "\\sqrt{2}, about 1.41", "\\frac{1}{2} (0.5)", "12 (or twelve)". Read only between two bare values (math with no
# letters but its commands, or a number in words after the first): a name, a unit or a word makes it another form
# (`x = 1 or x = 2` is two solutions), and a third value a hedge. Brackets with no word need a space before them:
# `2(3)` is a product.
_RESTATING_RE = re.compile(
    r"\s*(?:,\s*)?(?:\bor\b|\\text\{\s*or\s*\})\s*(?:(?:about|approximately|roughly)\s+)?"
    r"|\s*,\s*(?:i\.\s?e\.,?|that\s+is,?|which\s+is(?:\s+about)?|about|approximately|roughly)\s*"
)
_RESTATED_IN_BRACKETS_RE = re.compile(
    r"([^()]+?)(?:\s*\(\s*(?:(?:or|i\.\s?e\.,?|that\s+is,?|about|approximately|roughly)\s+|≈\s*|\\approx\s*)|\s+\(\s*)"
    r"([^()]+?)\s*\)\s*\.?"
)
# (a comma only as a thousands separator: `1,000`; each token one character or one command, so nothing backtracks)
_BARE_VALUE_RE = re.compile(r"(?:\\[A-Za-z]+|\d,(?=\d{3}(?!\d))|[\d.{}^/+\-*%\\\s])+")
_VALUE_MARK_RE = re.compile(r"\d|\\pi(?![A-Za-z])")
_MAX_RESTATED = 80


def _bare_value(text: str) -> bool:
    return _BARE_VALUE_RE.fullmatch(text) is not None and _VALUE_MARK_RE.search(text) is not None


# units with no name ("square units", "sq units", "cubic units", "units"), which the unit vocabulary does not read
_UNITS_WORD_RE = re.compile(rf"(.+?)\s+({GENERIC_UNIT})", re.IGNORECASE)


def _value_and_unit(part: str) -> tuple[str, str]:
    """(value, unit) of a form of a restated value: `7.07 cm` -> ('7.07', 'cm'), `12.57 square units` -> ('12.57',
    'square units'); a bare value, or anything else, with no unit."""
    if _bare_value(part):
        return part, ""
    written = unit_of(part)
    if written is not None:
        return written.value, written.tail
    named = _UNITS_WORD_RE.fullmatch(part)
    return (named.group(1), named.group(2)) if named is not None else (part, "")


def restated_value(text: str) -> tuple[str, str, bool] | None:
    """The two forms of one value written twice (`1/2 or 0.5` -> ('1/2', '0.5', False)), and whether the second is
    said to be an approximation ("about", "approximately", "roughly", `\\approx` after a comma or in brackets), or
    None. The second may be a number in words ("12 (or twelve)" -> ('12', '12', False)). Whether the two are equal
    is for the caller.

    >>> restated_value("1/2 or 0.5"), restated_value("\\\\frac{1}{2} (0.5)"), restated_value("12 (or twelve)")
    (('1/2', '0.5', False), ('\\\\frac{1}{2}', '0.5', False), ('12', '12', False))
    >>> restated_value("\\\\sqrt{2}, about 1.41"), restated_value("x = 1 or x = 2"), restated_value("1 or 2 or 3")
    (('\\\\sqrt{2}', '1.41', True), None, None)
    >>> restated_value("5 (cm)"), restated_value("2(3)")
    (None, None)
    >>> restated_value("BC = 5\\\\sqrt{2} (about 7.07)")
    ('BC = 5\\\\sqrt{2}', '7.07', True)
    >>> restated_value("12.57 square units (4\\\\pi)"), restated_value("5 cm (or 50 mm)")
    (('12.57', '4\\\\pi \\\\text{ square units}', False), None)
    """
    if len(text) > _MAX_RESTATED or ("(" not in text and "," not in text and "or" not in text):
        return None  # (most answers hold no joint: one look, no regex)
    if not _VALUE_MARK_RE.search(text):
        return None
    # (a name set equal to the value first, "BC = 5\\sqrt{2} (about 7.07)": the first form keeps it, and the
    # comparison reads its right-hand side as for any answer that names its value)
    named = _NAME_IS_RE.match(text)
    name, text = (named.group(0), text[named.end() :]) if named is not None else ("", text)
    brackets = _RESTATED_IN_BRACKETS_RE.fullmatch(text.strip())
    parts = list(brackets.groups()) if brackets is not None else _RESTATING_RE.split(text.strip().rstrip("."))
    if len(parts) != 2:
        return None
    first, second = (part.strip() for part in parts)
    # a unit after either form, or the same unit after both, is written once, after the second form ("5√2 cm (about
    # 7.07 cm)", "12.57 square units (4π)"): the unit of both (two units make two quantities: `5 cm or 50 mm`)
    (first, first_unit), (second, unit) = _value_and_unit(first), _value_and_unit(second)
    if first_unit and unit and first_unit.replace(" ", "") != unit.replace(" ", ""):
        return None
    unit = unit or first_unit
    if not _bare_value(first):
        return None
    if not _bare_value(second):
        second = word_number(second) or ""
        if not second or " " in second:  # ("five hundred" is `5 hundred`: a scale word, read elsewhere)
            return None
    joint = brackets.group(0) if brackets is not None else _RESTATING_RE.search(text).group(0)
    # (the unit in a text macro: `\\sqrt{2} m` alone may be a product with a variable m)
    second = f"{second} \\text{{ {unit}}}" if unit else second
    return name + first, second, _APPROXIMATELY_RE.search(joint) is not None


_APPROXIMATELY_RE = re.compile(r"about|approximately|roughly|≈|\\approx")
# a one-letter or segment name (`x`, `BC`, `x_1`, `\\theta`) and its `=`, perhaps after a connective ("So BC ="),
# before a restated value
_NAME_IS_RE = re.compile(
    r"\s*(?:(?:so|thus|hence|therefore),?\s+)?(?:[A-Za-z]{1,3}|\\[a-z]+)(?:_\{?\w+\}?)?\s*=\s*(?=[^=]*$)",
    re.IGNORECASE,
)


# An operation on a value in words, the whole answer ("the reciprocal of 2", "twice 3", "half of 12", "2 to the power of
# 3", "20% of 50", "one fifth of 5", "the cube root of 8"): the expression it names. `python_math` reads plain-text
# math written with symbols; these are written with words, which sympy had read as a product of letters (and
# extraction had taken the last number: "It is twice 3." graded correct for 3)
_OPERAND = r"[-−]?\d+(?:\.\d+)?(?:/\d+)?|\\pi|π|pi|e"
# (the words a one-sentence answer opens with: "It is twice 3.", "So the value is the square of 3.", "The area is ...")
_LEAD = (
    r"(?:(?:so|thus|therefore|hence),?\s+)?"
    r"(?:(?:(?:it|that|this)\s+is|it's|(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s+(?:is|equals))\s+)?"
)
_OPERATION_WORDS = (
    (rf"(?:the\s+)?(?:reciprocal|multiplicative\s+inverse)\s+of\s+({_OPERAND})", "\\frac{{1}}{{{0}}}"),
    (rf"(?:the\s+)?(?:negative|opposite|additive\s+inverse)\s+of\s+({_OPERAND})", "-({0})"),
    (rf"(?:the\s+)?square\s+root\s+of\s+({_OPERAND})", "\\sqrt{{{0}}}"),
    (rf"(?:the\s+)?cube\s+root\s+of\s+({_OPERAND})", "\\sqrt[3]{{{0}}}"),
    # ("root 2", "square root 2", "5 root 2", "5 times the square root of 2": a root said aloud)
    (rf"(?:the\s+)?(?:square\s+)?root\s+({_OPERAND})", "\\sqrt{{{0}}}"),
    (
        rf"({_OPERAND})\s+(?:times\s+(?:the\s+)?)?(?:square\s+root(?:\s+of)?|root)\s+({_OPERAND})",
        "({0}) \\cdot \\sqrt{{{1}}}",
    ),
    (rf"(?:the\s+)?square\s+of\s+({_OPERAND})", "({0})^{{2}}"),
    (rf"(?:the\s+)?cube\s+of\s+({_OPERAND})", "({0})^{{3}}"),
    (rf"half\s+of\s+({_OPERAND})", "\\frac{{{0}}}{{2}}"),
    (rf"(?:twice|double)\s+({_OPERAND})", "2 \\cdot ({0})"),
    (rf"(?:thrice|triple)\s+({_OPERAND})", "3 \\cdot ({0})"),
    (rf"({_OPERAND})\s+(?:(?:raised\s+)?to\s+the\s+power\s+of|raised\s+to)\s+({_OPERAND})", "({0})^{{{1}}}"),
    (rf"({_OPERAND})\s+times\s+({_OPERAND})", "({0}) \\cdot ({1})"),
    (rf"({_OPERAND})\s*(?:\\?%|percent|per\s+cent)\s+of\s+({_OPERAND})", "\\frac{{{0}}}{{100}} \\cdot ({1})"),
)
_OPERATION_WORDS_RE = [
    (re.compile(rf"^\s*{_LEAD}{words}\s*\.?\s*$", re.IGNORECASE), latex) for words, latex in _OPERATION_WORDS
]
# a share of a value in words: "one fifth of 5", "two thirds of 12" (the share read by `word_number`)
_SHARE_OF_RE = re.compile(
    rf"^\s*{_LEAD}((?:one|a|two|three|four|five)\s+(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?))\s+of\s+({_OPERAND})\s*\.?\s*$",
    re.IGNORECASE,
)


_OPERATION_HINT_RE = re.compile(
    r"\b(?:of|twice|thrice|double|triple|times|power|raised|root)\b", re.IGNORECASE
)


def operation_in_words(text: str) -> str:
    """`text` with an operation on a value in words, the whole answer, written in LaTeX, or `text` unchanged.

    >>> operation_in_words("the reciprocal of 2"), operation_in_words("twice 3"), operation_in_words("2 to the power of 3")
    ('\\\\frac{1}{2}', '2 \\\\cdot (3)', '(2)^{3}')
    >>> operation_in_words("one fifth of 5"), operation_in_words("the reciprocal of x")
    ('\\\\frac{1}{5} \\\\cdot (5)', 'the reciprocal of x')
    """
    # (one search first: most answers hold none of the words)
    if len(text) > 80 or not _OPERATION_HINT_RE.search(text):
        return text
    for regex, latex in _OPERATION_WORDS_RE:
        if (m := regex.match(text)) is not None:
            return latex.format(*(_latex_operand(g) for g in m.groups()))
    if (share := _SHARE_OF_RE.match(text)) is not None and (part := word_number(share.group(1))) is not None:
        num, _, den = part.partition("/")
        return f"\\frac{{{num}}}{{{den or 1}}} \\cdot ({_latex_operand(share.group(2))})"
    return text


def _latex_operand(operand: str) -> str:
    operand = operand.replace("−", "-")
    if operand.lower() in ("pi", "π"):
        return "\\pi"
    if "/" in operand:
        num, den = operand.split("/")
        return f"\\frac{{{num}}}{{{den}}}"
    return operand


_ENV_RE = re.compile(
    r"^[(\[]?\s*\\begin\{([pbvBV]?matrix|array)\}(?:\{[lcr|\s]*\})?(.*)\\end\{\1\}\s*[)\]]?$", re.DOTALL
)


def matrix_cells(text: str) -> list[list[str]] | None:
    """The rows of cells of a matrix environment (`pmatrix`, `bmatrix`, `array`...; one level, outer
    brackets allowed), or None."""
    m = _ENV_RE.match(text.strip())
    if m is None or "\\begin" in m.group(2):
        return None
    rows = [r for r in (x.strip() for x in m.group(2).split("\\\\")) if r]
    cells = [[c.strip() for c in r.split("&")] for r in rows]
    if not cells or len({len(r) for r in cells}) != 1 or any(not c for r in cells for c in r):
        return None
    return cells


_PY_FUNC_RE = re.compile(
    r"(?<![\\A-Za-z])(sqrt|cbrt|exp|log_?\{?\d{1,3}\}?|log|ln|sin|cos|tan|arcsin|arccos|arctan|asin|acos|atan)\s*\("
)
_PY_NAMES = {"asin": "arcsin", "acos": "arccos", "atan": "arctan"}  # (and `log2`, `log_2`: `\log_{2}`)
# an inverse written as a power in plain text (`tan^{-1}(2)`, `sin^-1(x)`): the inverse function, as in LaTeX
_PY_INVERSE_RE = re.compile(r"(?<![\\A-Za-z])(sin|cos|tan)\s*\^\s*(?:\{\s*-\s*1\s*\}|-\s*1)\s*(?=\()")
# "5 choose 2", "(5 choose 2)": the binomial coefficient
_CHOOSE_RE = re.compile(r"^\s*\(?\s*(\d{1,4})\s+choose\s+(\d{1,4})\s*\)?\s*$", re.IGNORECASE)
_PY_PI_RE = re.compile(r"(?<![\\A-Za-z])pi(?![A-Za-z])")
_PY_POW_RE = re.compile(r"(?<=[\w)])\s*\*\*\s*(?=[\w(.-])")  # `2**(1/4)`, `x ** 2`; never markdown `**bold**`


def close_paren(s: str, start: int) -> int | None:
    """The index of the `)` that closes the `(` at `start`, or None."""
    depth = 0
    for i in range(start, len(s)):
        depth += s[i] == "("
        depth -= s[i] == ")"
        if depth == 0:
            return i
    return None


_NEGATIVE_POWER_RE = re.compile(r"\^[ \t]*-[ \t]*(\d+(?:\.\d+)?)(?![\d.])")


def python_math(text: str) -> str:
    """`2**(1/4)` -> `2^{1/4}`, `sqrt(3)` -> `\\sqrt{3}`, `cbrt(x)` -> `\\sqrt[3]{x}`, `sin(x)` ->
    `\\sin(x)`, `pi` -> `\\pi`, `log2(8)` -> `\\log_{2}(8)`, `atan(2)` and `tan^{-1}(2)` -> `\\arctan(2)`, `10^-3` ->
    `10^{-3}`, "5 choose 2"
    -> `\\binom{5}{2}`: plain-text math read as LaTeX (the text is rewritten, never evaluated); in LaTeX, a power in
    brackets is braced (`e^(i\\pi)` -> `e^{(i\\pi)}`).
    Text without these marks is returned unchanged."""
    if (choose := _CHOOSE_RE.match(text)) is not None:
        return f"\\binom{{{choose.group(1)}}}{{{choose.group(2)}}}"
    # `10^-3`, `x^-1`: a negative power with no braces (it had been unparseable)
    if "^" in text and "-" in text:
        text = _NEGATIVE_POWER_RE.sub(r"^{-\1}", text)
    # `e^(i\pi)`: LaTeX, whose `^(` raises "(" alone to the power
    if "^" in text and "(" in text and "\\" in text:
        return _bracketed_powers(text)
    if "\\" not in text and "^" in text and _PY_INVERSE_RE.search(text):
        text = _PY_INVERSE_RE.sub(r"arc\1", text)
    if "\\" in text or not (_PY_POW_RE.search(text) or _PY_FUNC_RE.search(text) or _PY_PI_RE.search(text)):
        return text
    s = re.sub(r"\^\s*(-?\d+(?:\.\d+)?)", r"^{\1}", _PY_POW_RE.sub("^", text))  # `2**-1` is 2^{-1}
    s = _PY_PI_RE.sub(r"\\pi ", s)
    for _ in range(50):  # one call or power a round, innermost last; bounded by the text's length
        m = _PY_FUNC_RE.search(s) or re.search(r"\^\s*\(", s)
        if m is None:
            break
        open_at = m.end() - 1
        close = close_paren(s, open_at)
        if close is None:
            return text
        inner = s[open_at + 1 : close]
        if m.group(0).startswith("^"):
            s = f"{s[: m.start()]}^{{{inner}}}{s[close + 1 :]}"
        elif m.group(1) in ("sqrt", "cbrt"):
            index = "[3]" if m.group(1) == "cbrt" else ""
            s = f"{s[: m.start()]}\\sqrt{index}{{{inner}}}{s[close + 1 :]}"
        else:
            name = _PY_NAMES.get(m.group(1), m.group(1))
            if name[:3] == "log" and (base := re.sub(r"\D", "", name)):
                name = f"log_{{{base}}}"
            s = f"{s[: m.start()]}\\{name}\\left({inner}\\right){s[close + 1 :]}"
    return s.replace("\\left(", "(").replace("\\right)", ")")


def _bracketed_powers(text: str) -> str:
    """`e^(i\\pi)` -> `e^{(i\\pi)}`: each power in brackets, braced (bounded by the text's length)."""
    s = text
    for _ in range(20):
        m = re.search(r"\^\s*\((?!\s*\))", s)
        if m is None:
            break
        close = close_paren(s, m.end() - 1)
        if close is None:
            return text
        s = f"{s[: m.start()]}^{{{s[m.end() - 1 : close + 1]}}}{s[close + 1 :]}"
    return s


# an order relation: `<`, `\le`, `\geqslant`, `≥`, `>=` (`\left<` and `\langle` are brackets, not relations)
_ORDER_RE = re.compile(r"\\(?:geqslant|leqslant|geq?|leq?|gt|lt)(?![A-Za-z])|(?<!\\left)(?<!\\right)[<>≤≥]=?")


def order_chain(text: str) -> tuple[list[str], list[tuple[str, bool]]] | None:
    r"""The operands and relations of a chain of order relations all one way (`a > b \geq c`), each relation as
    (`<` or `>`, strict), or None: no relation outside brackets, or relations both ways (`a < b > c` is no
    chain), or an empty operand.

    >>> order_chain(r"a > b \geq c")
    (['a', 'b', 'c'], [('>', True), ('>', False)])
    >>> order_chain(r"\{x | x > 1\}") is None, order_chain("a < b > c") is None
    (True, True)
    """
    operands, relations, start, depth = [], [], 0, 0
    marks = {m.start(): m for m in _ORDER_RE.finditer(text)}
    if not marks:
        return None
    for i, c in enumerate(text):
        depth += (c in "([{") - (c in ")]}")
        m = marks.get(i)
        if m is None or depth:
            continue
        word = m.group(0)
        way = ">" if word[0] in ">≥" or word.startswith("\\g") else "<"
        strict = word in ("<", ">", "\\gt", "\\lt")
        operands.append(text[start:i].strip())
        relations.append((way, strict))
        start = m.end()
    operands.append(text[start:].strip())
    if not relations or not all(operands) or len({way for way, _ in relations}) != 1:
        return None
    return operands, relations


def reversed_chain(
    chain: tuple[list[str], list[tuple[str, bool]]],
) -> tuple[list[str], list[tuple[str, bool]]]:
    """The same chain read from its other end: `c < b < a` for `a > b > c`."""
    operands, relations = chain
    return operands[::-1], [("<" if way == ">" else ">", strict) for way, strict in relations[::-1]]


# a remark in brackets that closes an answer, in words only: `\text{ (the only solution)}`, `(\text{rejected})`,
# `(positive root)`; a remark with a digit or a relation is a condition or an aside (`equivalence.domain_condition`,
# `restated_value`), not this
_REMARK_RE = re.compile(
    r"(?:\s|\\quad|\\qquad|\\[,;: ])*"
    r"(?:\\text\{\s*[(（]\s*([^(){}（）\d=<>\\$]{2,60}?)\s*[)）]\s*\}"
    r"|[(（]\s*\\text\{\s*([^(){}（）\d=<>\\$]{2,60}?)\s*\}\s*[)）]"
    r"|[(（]\s*([A-Za-z][A-Za-z ,'-]{1,60}?|舍去?|不合题意|舍去?[负正][值根解]|[负正][值根解]舍去?)\s*[)）])"
    r"\s*[.。]?\s*$"
)
# a remark that rejects the value before it ("rejected", "discarded", "extraneous", "舍去")
# (舍去 alone rejects the value before it; "舍去负值", "负根舍去" name the value they reject, another one)
_REJECTING_RE = re.compile(
    r"\s*(?:is\s+)?(?:reject|discard|extraneous|invalid|not\s+valid|exclud|舍去?$|不合)", re.I
)
# a remark that is no neutral note on the value: a denial, a hedge, a condition, an estimate, a scale, which ends an
# interval holds ("(inclusive)"), a share ("(each)") or another value
_NOT_NEUTRAL_RE = re.compile(
    r"\b(?:not|no|nor|or|n't|never|none|wrong|incorrect|false|fails?|too|impossible|unless|except|if|otherwise|"
    r"maybe|perhaps|probably|possibly|guess\w*|assum\w*|approx\w*|roughly|about|around|nearly|almost|estimat\w*|"
    r"wait|check\w*|contradict\w*|reject\w*|discard\w*|extraneous|invalid|exclud\w*|and|plus|minus|times|per|"
    r"thousands?|hundreds?|millions?|billions?|dozens?|inclusive\w*|exclusive\w*|includ\w*|open|closed|strict\w*|"
    r"endpoints?|ends?|each|every|total|altogether|combined|respectively|apiece|"
    r"percent|degrees?|radians?)\b",
    re.I,
)


# a value in brackets that the answer rejects, after its answer: `x = 3 (x = -1 \text{ is rejected})`
_REJECTED_INSIDE_RE = re.compile(
    r"(?:\s|\\quad|\\qquad|\\[,;: ])*[(（]\s*(?P<inner>(?:\$[^$]{1,40}\$|[^()（）$]{1,40}?)\s*(?:\\text\{\s*)?"
    r"(?:is\s+|was\s+)?(?:rejected|discarded|extraneous|invalid|舍去)[^(){}（）]{0,30}\}?)\s*[)）]\s*[.。]?\s*$",
    re.I,
)
# the last of several values: after a comma, "or", 或
_LAST_ITEM_RE = re.compile(r"^(.*\S)\s*(?:,|\s(?:or|或)\s|或)\s*[^,]*$")
_TEXT_OR_RE = re.compile(r"\\text\{\s*(or|或)\s*\}")


def _whole(head: str) -> bool:
    """Whether the answer before a remark is one whole answer: not empty, its braces and brackets all closed."""
    return bool(head) and head.count("{") == head.count("}") and head.count("(") == head.count(")")


def closing_remark(text: str) -> tuple[str, str] | None:
    r"""(the answer without it, the remark) for an answer closed by a remark in words (`_REMARK_RE`) or by a value in
    brackets it rejects (`_REJECTED_INSIDE_RE`), else None. A neutral note goes (`(the only solution)`); a remark that
    rejects the value before it goes with that value, when another value stays (`x = 3, x = -1 (rejected)`); any
    other remark (a denial, a hedge, a scale, a unit: `_NOT_NEUTRAL_RE`) stays, and so None.

    >>> closing_remark(r"x = 3 \text{ (the only solution)}")
    ('x = 3', 'the only solution')
    >>> closing_remark(r"x = 3, x = -1 \text{ (rejected)}"), closing_remark(r"x = -1 \text{ (rejected)}")
    (('x = 3', 'rejected'), None)
    >>> closing_remark(r"x = 3 \quad (x = -1 \text{ is rejected})")
    ('x = 3', 'x = -1 \\text{ is rejected}')
    >>> closing_remark("5 (in thousands)") is None, closing_remark("(C)") is None, closing_remark("7 (cm)") is None
    (True, True, True)
    >>> closing_remark("3 (four)") is None, closing_remark(r"3 \text{ (three)}") is None
    (True, True)
    """
    if not text.rstrip(" .。").endswith((")", "）", "}")):
        return None
    m = _REMARK_RE.search(text)
    if m is None:
        inside = _REJECTED_INSIDE_RE.search(text)
        head = text[: inside.start()].strip() if inside else ""
        return (head, inside.group("inner")) if _whole(head) else None
    head, remark = text[: m.start()].strip(), next(g for g in m.groups() if g is not None).strip()
    if not _whole(head):
        return None
    if _REJECTING_RE.match(remark):
        kept = _LAST_ITEM_RE.match(_TEXT_OR_RE.sub(r" \1 ", head))
        return (kept.group(1), remark) if kept else None
    if _NOT_NEUTRAL_RE.search(remark) or not re.search(r"[A-Za-z]{3}|[^\x00-\x7f]", remark):
        return None  # (a lone letter or two, `(C)`, `(cm)`, is an option or a unit, not a remark)
    if any(word_number(word) is not None for word in re.split(r"[\s,-]+", remark) if word):
        return None  # a number in words is the value again (`3 (three)`), which must agree: `restated_value` reads it
    return head, remark


# the set of real numbers in its spellings, as the domain of a set-builder's variable
_REALS = r"(?:\\(?:mathbb|mathbf|mathrm|Bbb|boldsymbol)\s*\{\s*R\s*\}|\\R(?![A-Za-z])|R(?![A-Za-z]))"
_DOMAIN_HEAD_RE = re.compile(rf"^(\s*\\\{{\s*[a-zA-Z])\s*\\in\s*{_REALS}\s*(?=\\mid(?![A-Za-z])|\||:)")
_DOMAIN_LAST_RE = re.compile(
    rf"\s*(?:,|;|\\text\{{\s*and\s*\}}|\band\b|\\(?:land|wedge)(?![A-Za-z]))\s*[a-zA-Z]\s*\\in\s*{_REALS}\s*(?=\\\}}\s*$)"
)
_DOMAIN_FIRST_RE = re.compile(
    rf"(\\mid(?![A-Za-z])|\||:)\s*[a-zA-Z]\s*\\in\s*{_REALS}\s*(?:,|;|\\text\{{\s*and\s*\}}|\band\b|\\(?:land|wedge)(?![A-Za-z]))\s*"
)


def without_real_domain(text: str) -> str:
    r"""A set-builder's statement that its variable is real dropped: `\{x \in \mathbb{R} | x > 1\}` and `\{x | x > 1,
    x \in \mathbb{R}\}` are `\{x | x > 1\}` (the set readers know sets of reals only, and read neither); any other
    domain (`\mathbb{Z}`, `[0, 1]`) stays. `text` unchanged when it is no set-builder.

    >>> without_real_domain(r"\{x \in \mathbb{R} \mid x > 1\}"), without_real_domain(r"\{x | x \in R, x \neq 1\}")
    ('\\{x \\mid x > 1\\}', '\\{x | x \\neq 1\\}')
    >>> without_real_domain(r"\{x \in \mathbb{Z} | x > 1\}")
    '\\{x \\in \\mathbb{Z} | x > 1\\}'
    """
    if not text.lstrip().startswith("\\{") or "\\in" not in text:
        return text
    text = _DOMAIN_HEAD_RE.sub(r"\1 ", text, count=1)
    text = _DOMAIN_LAST_RE.sub("", text, count=1)
    return _DOMAIN_FIRST_RE.sub(r"\1 ", text, count=1)


# a system's brace around rows, as `cases` or as an `array` after `\left\{` (`\right.` closing it), the whole text
_SYSTEM_RE = re.compile(
    r"^\s*(?:\\left\s*\\\{\s*|\\\{\s*)?\\begin\{(cases|array|aligned|matrix)\}(?:\s*\{[lcr|\s]*\})?(.*?)\\end\{\1\}"
    r"(?:\s*\\right\s*\.)?\s*[.。]?\s*$",
    re.DOTALL,
)
_ROW_VALUE_RE = re.compile(r"^\s*((?:[A-Za-z]|\\[a-z]+)(?:_\{?\w{1,3}\}?)?)\s*=\s*([^=<>]+?)\s*$")


def system_values(text: str) -> str | None:
    r"""The labelled values of a system's solution written as a system, one unknown per row (`\begin{cases} x=2 \\ y=-1
    \end{cases}`, `\left\{\begin{array}{l} x=2 \\ y=-1 \end{array}\right.`): `x=2, y=-1`, as a line of labelled values
    is compared; None when `text` is no such system, or a row is no `name = value` (a system of equations to solve,
    of inequalities, or with a name given twice).

    >>> system_values(r"\begin{cases} x=2 \\ y=-1 \end{cases}"), system_values(r"\left\{\begin{array}{l}a = 1, \\ b = \frac{1}{2}\end{array}\right.")
    ('x=2, y=-1', 'a=1, b=\\frac{1}{2}')
    >>> system_values(r"\begin{cases} x+y=1 \\ x-y=3 \end{cases}") is None, system_values(r"\begin{cases} x>1 \\ y=2 \end{cases}") is None
    (True, True)
    """
    m = _SYSTEM_RE.match(text)
    if m is None:
        return None
    rows = [
        row.replace("&", " ").strip().rstrip(",;，；.")
        for row in re.split(r"\\\\(?:\[[^\]]*\])?", m.group(2))
    ]
    rows = [row for row in rows if row.strip()]
    pairs = [_ROW_VALUE_RE.match(row) for row in rows]
    if len(pairs) < 2 or any(p is None for p in pairs):
        return None
    names = [p.group(1) for p in pairs]
    if len(set(names)) != len(names):
        return None
    return ", ".join(f"{p.group(1)}={p.group(2).strip()}" for p in pairs)
