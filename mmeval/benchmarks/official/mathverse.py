"""MathVerse's official scoring steps (ZrrSkywalker/MathVerse `evaluation/`), and an optional judge model.

The official pipeline asks GPT to extract the answer from a response, then asks GPT whether the
extraction is consistent with the standard answer (1/0). Its one rule-based step is the quick match
(`quick_match`: the extraction equals the answer string). `JudgeClient` plays the judge on any
OpenAI-compatible endpoint (a local vLLM/SGLang server or a hosted API); its prompt is mmeval's own
wording of the same task (question, standard answer, model answer; reply 1 or 0), not the official
few-shot text, so judge scores are close to, not identical with, official GPT scores.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from typing import Any

__all__ = ["quick_match", "judge_prompt", "parse_judgement", "JudgeClient", "JudgeError"]

_JUDGEMENT = re.compile(r"(?:judge?ment\s*[:：]?\s*)?\b([01])\b", flags=re.I)


def quick_match(answer: str, extraction: Any) -> bool:
    """The official rule: the extracted answer is exactly the standard answer."""
    return extraction is not None and str(extraction) == str(answer)


def judge_prompt(question: str, answer: str, extraction: str) -> str:
    """The judge request: is the model's answer consistent with the standard answer?"""
    return (
        "You compare a model's answer with the standard answer to a math question.\n"
        "For multiple choice, they are consistent only if they name the same option. Otherwise they are "
        "consistent if they express the same value or result, possibly in a different form or unit "
        "(for example 0.5 m and 50 cm). A missing or empty model answer is never consistent.\n"
        "Reply with a single digit: 1 if consistent, 0 if not.\n\n"
        f"[Question]: {question}\n[Standard Answer]: {answer}\n[Model Answer]: {extraction}\nJudgement:"
    )


def parse_judgement(text: str) -> bool | None:
    """1/0 from the judge's reply (the last standalone digit after an optional "Judgement:"), or None."""
    found = _JUDGEMENT.findall(text or "")
    return None if not found else found[-1] == "1"


class JudgeError(RuntimeError):
    """The judge endpoint kept failing or never answered with 1 or 0."""


@dataclass
class JudgeClient:
    """A judge model on an OpenAI-compatible endpoint. The API key is read from `api_key_env`
    (default `OPENAI_API_KEY`; a local server needs none) and never logged."""

    base_url: str
    model: str
    api_key_env: str = "OPENAI_API_KEY"
    max_retries: int = 4
    timeout_s: float = 60.0

    def __post_init__(self) -> None:
        from mmeval._extras import require

        openai = require("openai", "openai")
        key = os.environ.get(self.api_key_env) or "EMPTY"
        self._client = openai.OpenAI(
            base_url=self.base_url, api_key=key, timeout=self.timeout_s, max_retries=0
        )

    def judge(self, question: str, answer: str, extraction: str) -> bool:
        """True/False from the judge; retries (with backoff) on API errors and unparseable replies."""
        prompt = judge_prompt(question, answer, extraction)
        last = ""
        for attempt in range(self.max_retries + 1):
            try:
                reply = self._client.chat.completions.create(
                    model=self.model,
                    messages=[{"role": "user", "content": prompt}],
                    temperature=0.0,
                    max_tokens=8,
                )
                last = reply.choices[0].message.content or ""
                verdict = parse_judgement(last)
                if verdict is not None:
                    return verdict
            except Exception as exc:  # network / 429 / 5xx: back off and retry; never scored as wrong
                last = f"{type(exc).__name__}: {str(exc)[:200]}"
            time.sleep(min(2**attempt, 30) * 0.5)
        raise JudgeError(
            f"judge {self.model} at {self.base_url} gave no 1/0 after {self.max_retries + 1} tries: {last!r}"
        )
