"""MathVerse's official scoring steps (ZrrSkywalker/MathVerse `evaluation/`), and an optional judge model.

The official pipeline asks GPT to extract the answer from a response, then asks GPT whether the
extraction is consistent with the standard answer (1/0). Its one rule-based step is the quick match
(`quick_match`: the extraction equals the answer string). `JudgeClient` plays the judge on any
OpenAI-compatible endpoint (a local vLLM/SGLang server or a hosted API); its prompt is mmeval's own
wording of the same task (question, standard answer, model answer; reply 1 or 0), not the official
few-shot text, so judge scores are close to, not identical with, official GPT scores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mmeval.judges.client import ChatJudge, JudgeError

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


@dataclass
class JudgeClient(ChatJudge):
    """A judge model on an OpenAI-compatible endpoint (`mmeval.judges.client.ChatJudge`: key from
    `api_key_env`, default `OPENAI_API_KEY`, never logged; timeouts, retries with backoff)."""

    max_tokens: int = 8

    def judge(self, question: str, answer: str, extraction: str) -> bool:
        """True/False from the judge; retries (with backoff) on API errors and replies without 1/0."""
        try:
            reply = self.complete(
                judge_prompt(question, answer, extraction), accept=lambda t: parse_judgement(t) is not None
            )
        except JudgeError as exc:
            raise JudgeError(
                f"judge {self.model} at {self.base_url} gave no 1/0 after {self.max_retries + 1} tries "
                f"({str(exc).split(' tries: ', 1)[-1]})"
            ) from exc
        return bool(parse_judgement(reply))
