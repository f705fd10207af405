"""MathVista's official rules for grading an already-extracted answer (lupantech/MathVista,
`evaluation/calculate_score.py`), re-implemented from its documented behaviour.

- multiple choice: a `(X)` letter in the extraction is taken; a letter among the options selects that
  option's text; anything else is mapped to the option with the smallest edit distance;
- integer: `str(int(float(x)))` (the code in the repository, every version; it truncates "7.5" to "7").
  Most published files were scored by an earlier scorer that required an integer string ("2.0" -> None,
  `legacy_integer=True`); which rule scored a file is read from the file's own stored `prediction` next
  to its `extraction` (`infer_integer_rule`);
- float: `str(round(float(x), precision))`;
- list: `str(x)`;
then the normalised prediction and the gold are compared as stripped strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = [
    "normalize_extraction",
    "official_correct",
    "edit_distance",
    "closest_choice",
    "infer_integer_rule",
    "IntegerRule",
]


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


@dataclass(frozen=True)
class IntegerRule:
    """Which integer rule scored a published file: `legacy` (an integer string only: "2.0" -> None),
    `current` (`str(int(float(x)))`: "2.0" -> "2"), `undetermined` (no record tells them apart; both give
    the same verdicts there) or `conflicting` (records say both); `evidence`: the ids that decided it."""

    rule: str
    evidence: tuple[str, ...] = ()

    @property
    def legacy(self) -> bool:
        return self.rule != "current"  # the older rule unless the file shows the newer one


def infer_integer_rule(records: Any) -> IntegerRule:
    """Read the integer rule off a file's own records: an integer question whose extraction is a number
    but not an integer string ("2.0", "77.78") was normalised to None by the older rule and to its
    truncation by the current one; the stored `prediction` says which happened.

    >>> recs = [{"pid": "1", "question_type": "free_form", "answer_type": "integer",
    ...          "extraction": "77.78", "prediction": "77"}]
    >>> infer_integer_rule(recs)
    IntegerRule(rule='current', evidence=('1',))
    """
    votes: dict[str, list[str]] = {"legacy": [], "current": []}
    for i, rec in enumerate(records):
        if not isinstance(rec, dict) or "prediction" not in rec:
            continue
        if rec.get("question_type") == "multi_choice" or rec.get("answer_type") != "integer":
            continue
        extraction = rec.get("extraction")
        if _to_integer(extraction, True) is not None or _to_integer(extraction, False) is None:
            continue  # an integer string, or not a number: both rules agree
        rid = str(rec.get("pid", i))
        if rec["prediction"] is None:
            votes["legacy"].append(rid)
        elif str(rec["prediction"]) == _to_integer(extraction, False):
            votes["current"].append(rid)
    if votes["legacy"] and votes["current"]:
        return IntegerRule("conflicting", tuple(votes["legacy"] + votes["current"]))
    for rule, ids in votes.items():
        if ids:
            return IntegerRule(rule, tuple(ids))
    return IntegerRule("undetermined")
