"""The reward server's ASGI app: OpenRLHF's remote reward protocol over mmeval's verifiers.

`RewardApp` reads and checks each request on the event loop and queues it; one grading thread grades
whatever is queued in one `openrlhf_rewards` (`grade_batch`) call and answers every request of the
batch. `mmeval.training.reward_server` serves it with uvicorn; its docstring says why it is built so.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ServerConfig", "RewardApp", "parse_request", "score_batch", "MAX_BODY_BYTES"]

MAX_BODY_BYTES = 64 * 1024 * 1024
_PARSE_IN_THREAD_BYTES = 256 * 1024  # bodies larger than this are decoded off the event loop


@dataclass(frozen=True)
class ServerConfig:
    accuracy_weight: float = 1.0
    format_weight: float = 0.5
    format_kind: str = "think_answer"
    token: str | None = field(default=None, repr=False)
    workers: int | None = None
    max_batch_pairs: int = 4096

    def reward_config(self):
        from mmeval.verifiers.rewards import RewardConfig

        return RewardConfig(
            accuracy_weight=self.accuracy_weight,
            format_weight=self.format_weight,
            format_kind=self.format_kind,
            workers=self.workers,
        )


def parse_request(payload: Any) -> tuple[list[str], list[str], list[Any]]:
    """(queries, prompts, labels) of one request body; ValueError naming what is wrong."""
    if not isinstance(payload, dict):
        raise ValueError("expected a JSON object with lists 'query', 'prompts' and 'labels'")
    queries, labels = payload.get("query"), payload.get("labels")
    prompts = payload.get("prompts")
    if prompts is None and isinstance(queries, list):
        prompts = [""] * len(queries)
    if not isinstance(queries, list) or not isinstance(labels, list) or not isinstance(prompts, list):
        raise ValueError("expected JSON lists 'query' and 'labels' (and optionally 'prompts')")
    if not (len(queries) == len(labels) == len(prompts)):
        raise ValueError(
            f"lengths differ: query {len(queries)}, prompts {len(prompts)}, labels {len(labels)}"
        )
    if not all(isinstance(x, str) for x in queries + prompts):
        raise ValueError("'query' and 'prompts' must hold strings")
    return queries, prompts, labels


def score_batch(payload: dict[str, Any], config: ServerConfig) -> dict[str, Any]:
    """Grade one request body synchronously (what the server answers for it); ValueError if malformed."""
    from mmeval.verifiers.rewards import openrlhf_rewards

    return openrlhf_rewards([parse_request(payload)], config=config.reward_config())[0]


# ---- the ASGI app ---------------------------------------------------------------------------------


class _HTTPError(Exception):
    def __init__(self, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or []


@dataclass
class _Job:
    request: tuple[list[str], list[str], list[Any]]
    future: asyncio.Future
    pairs: int


class RewardApp:
    """The reward server as an ASGI 3 app (`uvicorn.run(RewardApp(config))`).

    Its grading thread and queue start with the ASGI lifespan (or on the first request when the server
    runs no lifespan) and stop at lifespan shutdown."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self._expected_auth = f"Bearer {config.token}".encode() if config.token else None
        self._rewards = config.reward_config()  # built once: the config is frozen
        self._queue: asyncio.Queue[_Job] | None = None
        self._batcher: asyncio.Task | None = None
        self._executor: ThreadPoolExecutor | None = None

    # -- lifecycle --

    def _start(self) -> None:
        if self._batcher is None:
            self._queue = asyncio.Queue()
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mmeval-grading")
            self._batcher = asyncio.get_running_loop().create_task(self._batch_loop())

    async def startup(self) -> None:
        """Start the grading thread and the verifiers' worker processes (one warm-up batch), so that the
        first requests do not pay the workers' start-up."""
        self._start()
        from mmeval.verifiers.rewards import openrlhf_rewards

        warm = (["<answer>1/2</answer>", "<answer>x^2</answer>"], ["", ""], ["0.5", "x**2"])
        await asyncio.get_running_loop().run_in_executor(
            self._executor, lambda: openrlhf_rewards([warm], config=self._rewards)
        )

    async def shutdown(self) -> None:
        if self._batcher is not None:
            self._batcher.cancel()
            try:
                await self._batcher
            except asyncio.CancelledError:
                pass
            self._batcher = None
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        from mmeval.verifiers.bounded.pool import shutdown

        shutdown()

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:  # noqa: BLE001 - reported to the server, which stops
                    await send({"type": "lifespan.startup.failed", "message": repr(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    # -- grading: one batch at a time, in the grading thread --

    def _grade(self, jobs: list[_Job]) -> list[dict[str, Any]]:
        from mmeval.verifiers.rewards import openrlhf_rewards

        return openrlhf_rewards([job.request for job in jobs], config=self._rewards)

    async def _batch_loop(self) -> None:
        assert self._queue is not None
        loop = asyncio.get_running_loop()
        while True:
            jobs = [await self._queue.get()]
            pairs = jobs[0].pairs
            while pairs < self.config.max_batch_pairs and not self._queue.empty():
                job = self._queue.get_nowait()
                jobs.append(job)
                pairs += job.pairs
            try:
                results = await loop.run_in_executor(self._executor, self._grade, jobs)
                if len(results) != len(jobs):  # never expected; must not stop the loop
                    raise RuntimeError(f"{len(results)} results for {len(jobs)} requests")
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - each waiting request gets a 500
                for job in jobs:
                    if not job.future.done():
                        job.future.set_exception(exc)
                continue
            for job, result in zip(jobs, results, strict=True):
                if not job.future.done():
                    job.future.set_result(result)

    async def grade(self, request: tuple[list[str], list[str], list[Any]]) -> dict[str, Any]:
        """Queue one parsed request and wait for its result (graded with whatever else is queued)."""
        if not request[0]:
            from mmeval.verifiers.rewards import openrlhf_rewards

            return openrlhf_rewards([request], config=self._rewards)[0]
        self._start()
        assert self._queue is not None
        future = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(_Job(request, future, len(request[0])))
        return await future

    # -- HTTP --

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":  # websockets: not spoken here
            return
        try:
            status, body = 200, await self._handle(scope, receive)
            headers: list[tuple[bytes, bytes]] = []
        except _HTTPError as exc:
            status, body, headers = exc.status, {"error": exc.message}, exc.headers
        except Exception as exc:  # noqa: BLE001 - a bug of ours: logged, answered as JSON
            traceback.print_exc(file=sys.stderr)
            status, body, headers = 500, {"error": f"internal error: {type(exc).__name__}: {exc}"}, []
        data = json.dumps(body).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(data)).encode()),
                    *headers,
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})

    async def _handle(self, scope: dict[str, Any], receive: Any) -> dict[str, Any]:
        path = scope["path"].rstrip("/") or "/"
        method = scope["method"]
        if path == "/health":
            if method not in ("GET", "HEAD"):
                raise _HTTPError(405, f"{method} {path}: use GET", [(b"allow", b"GET")])
            return {"status": "ok"}
        if path != "/get_reward":
            raise _HTTPError(404, f"unknown path {scope['path']}; POST /get_reward")
        if method != "POST":
            raise _HTTPError(405, f"{method} {path}: use POST", [(b"allow", b"POST")])
        headers = dict(scope["headers"])
        if self._expected_auth is not None and not hmac.compare_digest(
            headers.get(b"authorization", b""), self._expected_auth
        ):
            raise _HTTPError(401, "missing or wrong bearer token", [(b"www-authenticate", b"Bearer")])
        body = await _read_body(receive, headers.get(b"content-length"))
        try:
            if len(body) > _PARSE_IN_THREAD_BYTES:
                payload = await asyncio.get_running_loop().run_in_executor(None, json.loads, body)
            else:
                payload = json.loads(body)
            request = parse_request(payload)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError included
            raise _HTTPError(400, f"bad request body: {exc}") from None
        return await self.grade(request)


async def _read_body(receive: Any, content_length: bytes | None) -> bytes:
    if content_length is not None:
        try:
            declared = int(content_length)
        except ValueError:
            raise _HTTPError(400, "bad Content-Length header") from None
        if declared > MAX_BODY_BYTES:
            raise _HTTPError(413, f"body must be at most {MAX_BODY_BYTES} bytes, got {declared}")
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _HTTPError(400, "client disconnected")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _HTTPError(413, f"body must be at most {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    if size == 0:
        raise _HTTPError(400, "empty body; expected JSON {query, prompts, labels}")
    return b"".join(chunks)
