"""A judge model behind any OpenAI-compatible chat endpoint (vLLM, `transformers serve`, a hosted API).

One client for every judge use in mmeval: MathVerse's judge mode (`benchmarks/official/mathverse.py`
builds on it), the cascade's extractor and verifier (`judges/cascade.py`) and the RL reward cascade
(`judges/rewards.py`). What it adds over a bare SDK call: a key read from an environment variable
(never logged), a per-request timeout, retries with exponential backoff on transport errors, HTTP
errors and replies the caller cannot read (`accept`), and a bounded number of requests in flight.
Failures raise `JudgeError` with the last reply or error: a caller records that as an `error` row,
never as a wrong answer.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ChatJudge", "JudgeError"]


class JudgeError(RuntimeError):
    """The judge endpoint kept failing (down, timing out, malformed or unreadable replies)."""


@dataclass
class ChatJudge:
    """`complete(prompt)` -> the judge's reply text; `complete_many(prompts)` with `concurrency` in flight.

    `max_retries` retries after the first try, sleeping `backoff_s * 2**attempt` (at most 30 s) between
    tries; `timeout_s` bounds each HTTP request. Temperature 0: the same prompt should give the same reply
    (the on-disk cache makes that exact)."""

    base_url: str
    model: str
    api_key_env: str = "OPENAI_API_KEY"
    max_retries: int = 4
    timeout_s: float = 60.0
    concurrency: int = 8
    backoff_s: float = 0.5
    max_tokens: int = 256
    _client: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        from mmeval._extras import require

        openai = require("openai", "openai")
        key = os.environ.get(self.api_key_env) or "EMPTY"  # a local server needs none
        self._client = openai.OpenAI(
            base_url=self.base_url, api_key=key, timeout=self.timeout_s, max_retries=0
        )

    def complete(
        self, prompt: str, *, max_tokens: int | None = None, accept: Callable[[str], bool] | None = None
    ) -> str:
        """The reply to one user message; retried until `accept(reply)` (default: any reply)."""
        last = ""
        for attempt in range(self.max_retries + 1):
            if attempt:
                time.sleep(min(self.backoff_s * 2 ** (attempt - 1), 30.0))
            try:
                reply = self._client.chat.completions.create(
                    model=self.model,
                    messages=[{"role": "user", "content": prompt}],
                    temperature=0.0,
                    max_tokens=max_tokens or self.max_tokens,
                )
                text = reply.choices[0].message.content
                if not isinstance(text, str):
                    raise TypeError(f"reply has no message content: {str(reply)[:200]}")
            except Exception as exc:  # noqa: BLE001 - network / 429 / 5xx / malformed body: retry
                last = f"{type(exc).__name__}: {str(exc)[:200]}"
                continue
            if accept is None or accept(text):
                return text
            last = text
        raise JudgeError(
            f"judge {self.model} at {self.base_url} gave no usable reply after {self.max_retries + 1} "
            f"tries: {last[:300]!r}"
        )

    def complete_many(
        self,
        prompts: Sequence[str],
        *,
        max_tokens: int | None = None,
        accept: Callable[[str], bool] | None = None,
    ) -> list[str | JudgeError]:
        """Replies in input order; a prompt whose calls all failed gives its `JudgeError` in its place."""

        def one(prompt: str) -> str | JudgeError:
            try:
                return self.complete(prompt, max_tokens=max_tokens, accept=accept)
            except JudgeError as exc:
                return exc

        if len(prompts) <= 1:
            return [one(p) for p in prompts]
        with ThreadPoolExecutor(max_workers=max(1, min(self.concurrency, len(prompts)))) as pool:
            return list(pool.map(one, prompts))
