"""The `openai` backend: any OpenAI-compatible chat server (vLLM `serve`, SGLang, `transformers serve`,
hosted APIs). Images go as data URLs; requests run with bounded concurrency.

Retries: the `openai` client's own retry loop (exponential backoff with jitter, honouring Retry-After)
handles 408/409/429/5xx, timeouts and dropped connections, `max_retries` times. A request that still
fails becomes a `Generation` with `error` set: the runner records an error row that is never graded
and is retried when the same command runs again. Errors that no retry can fix (bad key, no such
model) stop the run with `BackendError`. The API key is read from the environment and never logged.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

from mmeval._extras import require
from mmeval.models.base import (
    BackendError,
    Generation,
    Sampling,
    StreamingBackend,
    openai_messages,
)

__all__ = ["OpenAIBackend"]


class OpenAIBackend(StreamingBackend):
    name = "openai"

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key_env: str = "OPENAI_API_KEY",
        concurrency: int = 8,
        max_retries: int = 5,
        timeout_s: float = 600.0,
    ) -> None:
        self.openai = require("openai", "openai")
        key = os.environ.get(api_key_env)
        if not key:
            if base_url is None:
                raise BackendError(
                    f"the openai backend needs an API key in the environment variable {api_key_env}"
                )
            key = "EMPTY"  # local servers (vLLM, transformers serve) accept any key
        self.model_name = model
        self.batch_size = max(1, concurrency)
        self.client = self.openai.OpenAI(
            base_url=base_url, api_key=key, max_retries=max_retries, timeout=timeout_s
        )

    def stream(
        self, prompts: Sequence[Any], sampling: Sampling, seeds: Sequence[int] | None = None
    ) -> Iterator[tuple[int, Generation]]:
        with ThreadPoolExecutor(max_workers=self.batch_size) as pool:
            futures = {
                pool.submit(self._request, prompt, sampling, seeds[i] if seeds else sampling.seed): i
                for i, prompt in enumerate(prompts)
            }
            try:
                for future in as_completed(futures):
                    yield futures[future], future.result()
            finally:
                for future in futures:
                    future.cancel()

    def _request(self, prompt: Any, sampling: Sampling, seed: int) -> Generation:
        openai = self.openai
        kwargs: dict[str, Any] = {
            "model": self.model_name,
            "messages": openai_messages(prompt),
            "max_tokens": sampling.max_new_tokens,
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
            "seed": seed,
        }
        started = time.perf_counter()
        try:
            resp = self.client.chat.completions.create(**kwargs)
        except (openai.AuthenticationError, openai.PermissionDeniedError, openai.NotFoundError) as exc:
            raise BackendError(
                f"{self.client.base_url}: {type(exc).__name__} (HTTP {exc.status_code}); check --model, "
                "--base-url and the API key variable"
            ) from exc
        except openai.APIStatusError as exc:
            return self._failed(started, f"HTTP {exc.status_code} ({type(exc).__name__}) after retries")
        except openai.APIError as exc:  # timeouts, connection errors
            return self._failed(started, f"{type(exc).__name__} after retries: {exc}")
        choice = resp.choices[0] if resp.choices else None
        usage = resp.usage
        return Generation(
            text=(choice.message.content if choice and choice.message else None) or "",
            prompt_tokens=usage.prompt_tokens if usage else None,
            completion_tokens=usage.completion_tokens if usage else None,
            timing_s=time.perf_counter() - started,
            finish_reason=choice.finish_reason if choice else None,
        )

    @staticmethod
    def _failed(started: float, message: str) -> Generation:
        return Generation(text="", timing_s=time.perf_counter() - started, error=message[:500])

    def close(self) -> None:
        self.client.close()
