r"""Format checks for RL rewards and response hygiene; each returns a `FormatCheck(score, reason)`.

- `think_answer`: exactly one `<think>...</think>` block followed by exactly one `<answer>...</answer>`
  block and nothing else (MM-Eureka's format reward).
- `think_prefilled`: the same, for a completion whose chat template already opened `<think>` in the prompt
  (DeepSeek-R1 distills, thinking templates): the completion continues that block, so it holds `</think>`
  then one `<answer>...</answer>` block and no `<think>` of its own (`think_answer` would score every such
  completion 0, a constant reward that teaches nothing).
- `boxed`: exactly one `\boxed{}` answer.
- `length`: the response fits `max_chars` characters (score falls linearly to 0 at twice the budget).
- `language`: the answer text is written in `language` ("en" or "zh"), judged by the share of CJK
  letters among all letters.
"""

from __future__ import annotations

import re

from mmeval.verifiers.extraction.normalize import CJK_CHARS, find_boxed
from mmeval.verifiers.verdict import FormatCheck

__all__ = ["check_format", "FORMAT_KINDS"]

FORMAT_KINDS = ("think_answer", "think_prefilled", "boxed", "length", "language")
_THINK_ANSWER_RE = re.compile(r"\s*<think>(.*?)</think>\s*<answer>(.*?)</answer>\s*", re.DOTALL)
_CJK_RE = re.compile(f"[{CJK_CHARS}]")
_LATIN_RE = re.compile(r"[A-Za-z]")


def _think_answer(text: str) -> FormatCheck:
    counts = {tag: text.count(tag) for tag in ("<think>", "</think>", "<answer>", "</answer>")}
    if any(n != 1 for n in counts.values()):
        bad = ", ".join(f"{t} x{n}" for t, n in counts.items() if n != 1)
        return FormatCheck(0.0, f"each tag must appear exactly once ({bad})")
    m = _THINK_ANSWER_RE.fullmatch(text)
    if m is None:
        return FormatCheck(
            0.0, "expected <think>...</think> then <answer>...</answer> and nothing around them"
        )
    if not m.group(2).strip():
        return FormatCheck(0.0, "empty <answer> block")
    return FormatCheck(1.0, "one <think> block followed by one <answer> block")


def _think_prefilled(text: str) -> FormatCheck:
    if "<think>" in text:
        return FormatCheck(0.0, "the prompt opened <think>; the completion opens another")
    check = _think_answer("<think>" + text)
    return FormatCheck(
        check.score, check.reason.replace("one <think> block", "the prompt's <think> block closed")
    )


def _boxed(text: str) -> FormatCheck:
    n = len(find_boxed(text))
    if n == 1:
        return FormatCheck(1.0, "exactly one boxed answer")
    return FormatCheck(0.0, f"{n} boxed answers, expected exactly one")


def _length(text: str, max_chars: int | None) -> FormatCheck:
    if max_chars is None or max_chars <= 0:
        raise ValueError("kind='length' needs max_chars > 0")
    n = len(text)
    if n <= max_chars:
        return FormatCheck(1.0, f"{n} chars within the budget of {max_chars}")
    score = max(0.0, 1.0 - (n - max_chars) / max_chars)
    return FormatCheck(round(score, 4), f"{n} chars over the budget of {max_chars}")


def _language(text: str, language: str | None) -> FormatCheck:
    if language not in ("en", "zh"):
        raise ValueError(f"kind='language' needs language='en' or 'zh', got {language!r}")
    m = re.search(r"<answer>(.*?)</answer>", text, re.DOTALL)
    body = re.sub(r"\$[^$]*\$|\\[a-zA-Z]+", " ", m.group(1) if m else text)  # math is not language
    cjk, latin = len(_CJK_RE.findall(body)), len(_LATIN_RE.findall(body))
    if cjk + latin == 0:
        return FormatCheck(1.0, "no letters to judge (math only)")
    share = cjk / (cjk + latin) if language == "zh" else latin / (cjk + latin)
    ok = share >= 0.5
    return FormatCheck(1.0 if ok else 0.0, f"{share:.0%} of the letters are {language}")


def check_format(
    response: str,
    *,
    kind: str = "think_answer",
    max_chars: int | None = None,
    language: str | None = None,
) -> FormatCheck:
    """Check one format property of `response` (see the module docstring for the kinds)."""
    if not isinstance(response, str):
        return FormatCheck(0.0, f"response is {type(response).__name__}, not str")
    if kind == "think_answer":
        return _think_answer(response)
    if kind == "think_prefilled":
        return _think_prefilled(response)
    if kind == "boxed":
        return _boxed(response)
    if kind == "length":
        return _length(response, max_chars)
    if kind == "language":
        return _language(response, language)
    raise ValueError(f"unknown format kind {kind!r}; expected one of {FORMAT_KINDS}")
