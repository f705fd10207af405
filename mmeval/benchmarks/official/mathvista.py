"""MathVista's official rules for grading an already-extracted answer (lupantech/MathVista,
`evaluation/calculate_score.py`), re-implemented from its documented behaviour.

- multiple choice: a `(X)` letter in the extraction is taken; a letter among the options selects that
  option's text; anything else is mapped to the option with the smallest edit distance;
- integer: `str(int(float(x)))` (the current code; it truncates "7.5" to "7"). The published verdicts
  came from an earlier version that required an integer string (`legacy_integer=True`, see MANIFEST);
- float: `str(round(float(x), precision))`;
- list: `str(x)`;
then the normalised prediction and the gold are compared as stripped strings.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["normalize_extraction", "official_correct", "edit_distance", "closest_choice"]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert/delete/substitute = 1), as `Levenshtein.distance` computes it.

    Written by hand: a dozen lines instead of a compiled dependency for the one place it is needed.

    >>> edit_distance("kitten", "sitting")
    3
    """
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def closest_choice(prediction: str, choices: list[str]) -> str:
    """The option with the smallest edit distance to `prediction` (first one on ties)."""
    distances = [edit_distance(prediction, c) for c in choices]
    return choices[distances.index(min(distances))]


def normalize_extraction(
    extraction: Any,
    *,
    choices: list[str] | None,
    question_type: str,
    answer_type: str,
    precision: float | int | None,
    legacy_integer: bool = False,
) -> str | None:
    """The official normalised prediction for an extraction, or None when it does not parse."""
    if question_type == "multi_choice":
        text = (
            extraction.strip()
            if isinstance(extraction, str)
            else ("" if extraction is None else str(extraction))
        )
        letters = re.findall(r"\(([a-zA-Z])\)", text)
        if letters:
            text = letters[0].upper()
        choices = [str(c) for c in (choices or [])]
        letters_in_order = [chr(ord("A") + i) for i in range(len(choices))]
        if text in letters_in_order:
            return choices[letters_in_order.index(text)]
        return closest_choice(text, choices) if choices else None
    if extraction is None:
        return None
    if answer_type == "integer":
        return _to_integer(extraction, legacy_integer)
    if answer_type == "float":
        try:
            return str(round(float(extraction), int(precision or 0)))
        except (TypeError, ValueError, OverflowError):
            return None
    if answer_type == "list":
        return str(extraction)
    return str(extraction)


def _to_integer(extraction: Any, legacy: bool) -> str | None:
    try:
        return str(int(extraction)) if legacy else str(int(float(extraction)))
    except (TypeError, ValueError, OverflowError):
        return None


def official_correct(prediction: str | None, answer: Any) -> bool:
    """The official comparison: equal as stripped strings (a None prediction is wrong)."""
    if prediction is None:
        return False
    return str(prediction).strip() == str(answer).strip()
