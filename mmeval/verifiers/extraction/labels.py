"""Labelled values: `p=3, q=4`, `Ann: 5, Ben: 3`, `Maximum = 2, Minimum = 1` (`labelled_items`).

Extraction reads a short reply made of labelled values as the answer, whole; comparison reads the labels
off (the values are the answer). Both sides use this one reading, so it lives below both.
"""

from __future__ import annotations

import re

from mmeval.verifiers.extraction.normalize import FUNCTION_NAMES, split_top_level, strip_text_macros

__all__ = ["labelled_items", "numbered_parts", "word_label", "same_quantity"]

# A label: words (`Maximum`, `Ann`, `the area`), or a math name with a subscript, a prime or an argument
# (`p`, `a_{37}`, `\angle A`, `f(n)`, `AB`); never digits or operators outside a subscript.
_LABEL = (
    r"(?:\\text\{[A-Za-z ]+\}|\\mathrm\{[A-Za-z ]+\}|[A-Za-z][A-Za-z ]{0,30}?|\\angle\s*[A-Z]{1,3}"
    # a change or a trigonometric value of one name (`\Delta \phi`, `\tan \beta`): one quantity
    r"|\\(?:[Dd]elta|sin|cos|tan|cot|sec|csc)\s*(?:\\[a-zA-Z]+|[A-Za-z](?![A-Za-z]))|\\[a-zA-Z]+)"
    r"(?:_\{[^{}=]{1,12}\}|_\w)?'?(?:\s*\(\s*[a-z]\s*\))?"
)
_ITEM_RE = re.compile(rf"^\s*({_LABEL})\s*(=|:)\s*([^=:]+?)\s*$")
# a verb in a label: the words before it are a sentence that leads in to the values, not their name
_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|be|equals?|becomes?|gives?|gets?|get|have|has|find|found|obtain)\b", re.I
)
_SEPARATORS_RE = re.compile(r"\\q?quad|\\text\{\s*and\s*\}|\sand\s")


def labelled_items(text: str, min_items: int = 2) -> list[tuple[str, str]] | None:
    """`p=3, q=4` -> [("p", "3"), ("q", "4")]; None unless there are >= `min_items` items and every one
    is `label = value` or `label: value` (so `7:32`, `x + y = 5` or a bare list are never labels)."""
    items = [x for x in split_top_level(_SEPARATORS_RE.sub(",", text)) if x]
    if len(items) < min_items:
        return None
    out = []
    for item in items:
        m = _ITEM_RE.match(strip_text_macros(item))  # `\\text{Ann: } 5` is `Ann: 5`
        if m is None or not re.search(r"[\d\\a-zA-Z]", m.group(3)) or _VERB_RE.search(m.group(1)):
            return None  # (a label with a verb is a sentence: "The solution is x = 6, y = 4" had the label "thesolutionisx")
        out.append((re.sub(r"\s+|\\text|\\mathrm|[{}]", "", m.group(1)).lower(), m.group(3)))
    return out


# a quantity named in words, then its value: "Volume = 452.389 cubic units", "Surface Area = 2827.43 cm^2",
# "Weekly water intake = 15.5 Litres" (MathVerse writes golds so); at most six words, one of them a word of
# three letters or more that is no function name, no digit in the name, a digit in the value
_WORD_LABEL_RE = re.compile(
    r"^\s*((?:\\text\s*\{)?[A-Za-z][A-Za-z.'’]*(?:\s+[A-Za-z][A-Za-z.'’]*){0,5}\}?)\s*=\s*(?=[^=]*\d)([^=]+)$"
)
_FUNCTION_WORDS = FUNCTION_NAMES | {"mod", "lim", "det"}
# a quantity's name abbreviated in capitals, each with its full stop (`S.A.`, `T.S.A.`, `L.S.A.`)
_ABBREVIATION_RE = re.compile(r"(?:[A-Z]\.){2,4}")


_LABEL_BRACES_RE = re.compile(r"\\text\s*\{|[{}]")


def word_label(text: str) -> tuple[str, str] | None:
    r"""(the label's words, lower case, spaces dropped; the value) of a value a quantity's name in words
    precedes (`Volume = 452.389 cubic units` -> ("volume", "452.389 cubic units")), else None: a name in
    letters (`x = 5`, `AB = 5`, `\sin x = 1`) is an equation the comparison reads."""
    m = _WORD_LABEL_RE.match(text)
    if m is None:
        return None
    label = _LABEL_BRACES_RE.sub("", m.group(1))
    if _ABBREVIATION_RE.fullmatch(label.strip()):  # `S.A. = 1209.84`: a name abbreviated in capitals
        return label.replace(".", "").strip().lower(), m.group(2).strip()
    words = [w.strip(".'’").lower() for w in label.split()]
    if not any(len(w) >= 3 and w.isalpha() and w not in _FUNCTION_WORDS for w in words):
        return None
    if any(len(w) == 1 for w in label.split()):  # "decreasing at x = 3": an equation in the letter x
        return None
    if re.search(r"(?<![A-Za-z\\])(?:is|are|was|were|equals?|at|of|when)(?![A-Za-z])", m.group(2)):
        return None  # "... theta=3*pi/2 is 0": the value goes on as a sentence
    return "".join(words), m.group(2).strip()


def same_quantity(a: str, b: str) -> bool:
    """Whether two word labels (as `word_label` gives them) may name one quantity: one's letters are
    the other's or run inside it (`area` in `surfacearea`), so a fuller name is no other quantity."""
    return a in b or b in a


# the labels of a question's parts, in order: "(1) 2 (2) 3", "(a) 2; (b) 3", "(i) 2, (ii) 3", "(Ⅰ) 2 (Ⅱ) 3", "① 2 ② 3"
_PART_SERIES = (
    [f"({n})" for n in range(1, 11)],
    [f"({c})" for c in "abcdefgh"],
    ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"],
    [f"({c})" for c in "ⅠⅡⅢⅣⅤⅥ"],
    list("①②③④⑤⑥⑦⑧⑨⑩"),
)
_PART_LABEL_AT_RE = re.compile(r"\(\s*(?:\d{1,2}|[a-h]|i{1,3}|iv|vi?|[ⅠⅡⅢⅣⅤⅥ])\s*\)|[①-⑩]")


def numbered_parts(text: str) -> list[str] | None:
    """The values of an answer given part by part under labels in order ("(1) 2 (2) 3", "(a) 2; (b) 3", "(Ⅰ) 2 (Ⅱ) 3"),
    or None: its labels had been read as numbers side by side with the values.

    >>> numbered_parts("(1) 2 (2) 3"), numbered_parts("(a) 2; (b) x+1"), numbered_parts("(2) 2 (3) 3")
    (['2', '3'], ['2', 'x+1'], None)
    """
    labels = list(_PART_LABEL_AT_RE.finditer(text))
    if len(labels) < 2 or labels[0].start() != len(text) - len(text.lstrip()):
        return None
    names = [re.sub(r"\s", "", m.group(0)) for m in labels]
    if not any(series[: len(names)] == names for series in _PART_SERIES):
        return None
    values = []
    for m, end in zip(labels, [*[x.start() for x in labels[1:]], len(text)], strict=True):
        value = text[m.end() : end].strip().rstrip(";,，；").strip()
        if not value or len(value) > 80:
            return None
        values.append(value)
    return values
