"""Labelled values: `p=3, q=4`, `Ann: 5, Ben: 3`, `Maximum = 2, Minimum = 1` (`labelled_items`).

Extraction reads a short reply made of labelled values as the answer, whole; comparison reads the labels
off (the values are the answer). Both sides use this one reading, so it lives below both.
"""

from __future__ import annotations

import re

from mmeval.verifiers.extraction.normalize import split_top_level, strip_text_macros

__all__ = ["labelled_items"]

# A label: words (`Maximum`, `Ann`, `the area`), or a math name with a subscript, a prime or an argument
# (`p`, `a_{37}`, `\angle A`, `f(n)`, `AB`); never digits or operators outside a subscript.
_LABEL = (
    r"(?:\\text\{[A-Za-z ]+\}|\\mathrm\{[A-Za-z ]+\}|[A-Za-z][A-Za-z ]{0,30}?|\\angle\s*[A-Z]{1,3}|\\[a-zA-Z]+)"
    r"(?:_\{[^{}=]{1,12}\}|_\w)?'?(?:\s*\(\s*[a-z]\s*\))?"
)
_ITEM_RE = re.compile(rf"^\s*({_LABEL})\s*(=|:)\s*([^=:]+?)\s*$")
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
        if m is None or not re.search(r"[\d\\a-zA-Z]", m.group(3)):
            return None
        out.append((re.sub(r"\s+|\\text|\\mathrm|[{}]", "", m.group(1)).lower(), m.group(3)))
    return out
