"""DynaMath's official rule-based scoring (DynaMath/DynaMath `evaluation/*_json_eval.py`), re-implemented
from its behaviour, and its headline metrics.

The official prompt asks for a JSON reply with a `solution` and a `short answer`. Extraction: the reply
cut to its outermost `{...}` with backslashes removed, parsed as JSON; when that fails, the short
answer is the reply's last line without its last character. Judging the short answer:
- `float` items: a reply made only of digits is read as it is; otherwise its first space-separated word,
  where `<x>π` means x times pi; right when within 0.001 of the gold;
- `multiple choice`: a one-character answer must equal the gold letter; a longer one is right when the
  gold letter occurs in its first three characters ("(B) 12" is right for B);
- any other type: right when the gold string occurs in the answer.
Anything that cannot be read is wrong.

Headline metrics (the paper's): average-case accuracy over all concrete questions, and worst-case
accuracy over seed questions, where a seed counts only when every one of its variants is right.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

__all__ = ["extract_short_answer", "official_correct", "dynamath_metrics", "TOLERANCE"]

TOLERANCE = 0.001


def _json_part(text: str) -> str:
    """The reply cut to its outermost braces, without backslashes (the official `preprocess`)."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return text
    return text[start : end + 1].replace("\\", "")


def extract_short_answer(response: str) -> str:
    """The official short answer of a raw reply (see the module docstring).

    >>> extract_short_answer('{"solution": "2+2", "short answer": "4"}')
    '4'
    >>> extract_short_answer("so it is 12.\\nAnswer: 12.")
    'Answer: 12'
    """
    try:
        parsed = json.loads(_json_part(response), strict=False)
        if isinstance(parsed, dict):
            return str(parsed.get("short answer"))
    except (ValueError, RecursionError):
        pass
    return response.split("\n")[-1][:-1]


def _as_number(answer: str) -> float:
    if answer.isdigit():
        return float(answer)
    word = answer.split(" ")[0]
    if "\u03c0" in word:
        return float(word.split("\u03c0")[0]) * math.pi
    return float(word)


def official_correct(answer: Any, gold: str, answer_type: str) -> bool:
    """The official verdict on an extracted short answer."""
    if answer is None:
        return False
    answer, gold = str(answer), str(gold)
    try:
        if answer_type == "float":
            return abs(_as_number(answer) - float(gold)) <= TOLERANCE
        if answer_type == "multiple choice":
            return answer == gold if len(answer) == 1 else gold in answer[0:3]
        return gold in answer
    except (ValueError, OverflowError):
        return False


def dynamath_metrics(rows: Iterable[tuple[str, str, bool]]) -> dict[str, Any]:
    """(seed id, variant, correct) rows -> average-case and worst-case accuracy (percent), the
    paper's reasoning robustness (worst / average), per-variant accuracy and counts."""
    by_seed: dict[str, list[bool]] = defaultdict(list)
    by_variant: dict[str, list[bool]] = defaultdict(list)
    for seed, variant, correct in rows:
        by_seed[seed].append(bool(correct))
        by_variant[str(variant)].append(bool(correct))
    n = sum(len(v) for v in by_seed.values())
    right = sum(sum(v) for v in by_seed.values())
    worst = sum(all(v) for v in by_seed.values())
    average = 100.0 * right / n if n else None
    worst_case = 100.0 * worst / len(by_seed) if by_seed else None
    return {
        "average_case": average,
        "worst_case": worst_case,
        "reasoning_robustness": worst_case / average if average else None,
        "n_questions": n,
        "n_seeds": len(by_seed),
        "n_seeds_all_right": worst,
        "variants_per_seed": sorted({len(v) for v in by_seed.values()}),
        "per_variant": {
            k: 100.0 * sum(v) / len(v) for k, v in sorted(by_variant.items(), key=_variant_order)
        },
    }


def _variant_order(entry: tuple[str, list[bool]]) -> tuple[int, str]:
    key = entry[0]
    digits = "".join(c for c in key if c.isdigit())
    return (int(digits) if digits else 0, key)
