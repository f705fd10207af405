"""The `vllm` backend: offline `vllm.LLM` with multimodal chat inputs, tensor and data parallel.

Each prompt becomes an OpenAI-style conversation (images as data URLs) passed to `LLM.chat`, which
applies the checkpoint's chat template and multimodal processor; each prompt gets its own
`SamplingParams` with its own seed, so sampled outputs do not depend on batching.

Data parallel (`data_parallel_size > 1`) runs that many independent engines in spawned worker
processes, each pinned to its own `tensor_parallel_size` GPUs through CUDA_VISIBLE_DEVICES, and splits
every chunk of prompts between them. Not in the test suite (CI installs no vllm); checked against the
real engine by `scripts/check_vllm.py` (vLLM's CPU build on a machine without a GPU, or a GPU machine):
the same prompt token counts as the `transformers` backend, and data parallel 2 giving the very
responses of one engine.
"""

from __future__ import annotations

import atexit
import multiprocessing as mp
import os
import time
from collections.abc import Iterator, Sequence
from typing import Any

from mmeval._extras import require
from mmeval.models.base import (
    BackendError,
    Generation,
    Sampling,
    StreamingBackend,
    openai_messages,
)

__all__ = ["VLLMBackend", "vllm_available"]


def vllm_available() -> bool:
    """True when vllm can be imported and a CUDA GPU is visible (the `auto` backend then picks vllm)."""
    import importlib.util

    if importlib.util.find_spec("vllm") is None:
        return False
    try:
        import torch

        return bool(torch.cuda.is_available())
    except ImportError:
        return False


def _engine(model: str, engine_args: dict[str, Any]):
    vllm = require("vllm", "vllm")
    return vllm.LLM(model=model, **engine_args)


def _run_chunk(llm, conversations: list, params: list[dict]) -> list[tuple]:
    """Generate for one chunk; returns plain tuples (picklable across worker processes)."""
    from vllm import SamplingParams

    sampling = [SamplingParams(**p) for p in params]
    outputs = llm.chat(conversations, sampling, use_tqdm=False)
    return [
        (
            o.outputs[0].text,
            len(o.prompt_token_ids or []),
            len(o.outputs[0].token_ids),
            o.outputs[0].finish_reason,
        )
        for o in outputs
    ]


def _shutdown(llm: Any) -> None:
    """Stop an engine's own processes (vLLM's EngineCore). A spawned worker ends with `os._exit`, which
    skips the exit hooks and finalizers vLLM relies on, so without this its engine outlives the run."""
    engine = getattr(llm, "llm_engine", None)
    for owner in (llm, engine, getattr(engine, "engine_core", None)):
        stop = getattr(owner, "shutdown", None)
        if callable(stop):
            try:
                stop()
            except Exception:  # already stopped or half-started: nothing more to free
                pass
            break


def _worker(rank: int, gpus: str, model: str, engine_args: dict, conn) -> None:
    """One data-parallel engine. Replies ("ok", results) or ("error", message); ends on None or when
    the parent's end of the pipe closes (the parent died), so no engine outlives its run."""
    os.environ["CUDA_VISIBLE_DEVICES"] = gpus
    try:
        llm = _engine(model, engine_args)
    except Exception as exc:
        conn.send(("error", f"engine {rank} (GPUs {gpus}) failed to start: {type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None))
    try:
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                return
            if job is None:
                return
            try:
                conn.send(("ok", _run_chunk(llm, *job)))
            except Exception as exc:
                conn.send(("error", f"engine {rank} (GPUs {gpus}): {type(exc).__name__}: {exc}"))
    finally:
        _shutdown(llm)


def _reply(conn, rank: int) -> Any:
    """A worker's answer, or a BackendError when it failed or died (its own traceback is on stderr)."""
    try:
        kind, payload = conn.recv()
    except (EOFError, OSError):
        raise BackendError(f"vllm data-parallel engine {rank} exited (see its error above)") from None
    if kind == "error":
        raise BackendError(f"vllm data-parallel {payload}")
    return payload


class VLLMBackend(StreamingBackend):
    name = "vllm"

    def __init__(
        self,
        model: str,
        *,
        tensor_parallel_size: int = 1,
        data_parallel_size: int = 1,
        batch_size: int = 256,
        max_images: int = 8,
        max_model_len: int | None = None,
        gpu_memory_utilization: float = 0.9,
        seed: int = 0,
    ) -> None:
        require("vllm", "vllm")
        self.model_name = model
        self.batch_size = max(1, batch_size)
        engine_args: dict[str, Any] = {
            "tensor_parallel_size": tensor_parallel_size,
            "limit_mm_per_prompt": {"image": max_images},
            "gpu_memory_utilization": gpu_memory_utilization,
            "seed": seed,
        }
        if max_model_len:
            engine_args["max_model_len"] = max_model_len
        self._llm = None
        self._workers: list[tuple[Any, Any]] = []
        if data_parallel_size <= 1:
            self._llm = _engine(model, engine_args)
            return
        ctx = mp.get_context("spawn")
        visible = os.environ.get("CUDA_VISIBLE_DEVICES")
        devices = (
            visible.split(",")
            if visible
            else [str(i) for i in range(data_parallel_size * tensor_parallel_size)]
        )
        if len(devices) < data_parallel_size * tensor_parallel_size:
            raise BackendError(
                f"data parallel {data_parallel_size} x tensor parallel {tensor_parallel_size} needs "
                f"{data_parallel_size * tensor_parallel_size} GPUs; CUDA_VISIBLE_DEVICES has {len(devices)}"
            )
        # Not daemonic: a vLLM engine starts processes of its own, which a daemonic process may not.
        # `close` (also at interpreter exit) stops them; a worker whose parent died sees its pipe close.
        atexit.register(self.close)
        for rank in range(data_parallel_size):
            gpus = ",".join(devices[rank * tensor_parallel_size : (rank + 1) * tensor_parallel_size])
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=_worker, args=(rank, gpus, model, engine_args, child))
            proc.start()
            child.close()  # the parent keeps only its own end: a dead worker then reads as EOF here
            self._workers.append((proc, parent))
        try:
            for rank, (_, conn) in enumerate(self._workers):
                _reply(conn, rank)  # wait until every engine has loaded
        except BackendError:
            self.close()
            raise

    def stream(
        self, prompts: Sequence[Any], sampling: Sampling, seeds: Sequence[int] | None = None
    ) -> Iterator[tuple[int, Generation]]:
        for start in range(0, len(prompts), self.batch_size):
            chunk = list(prompts[start : start + self.batch_size])
            started = time.perf_counter()
            conversations = [openai_messages(p) for p in chunk]
            params = [
                self._params(sampling, seeds[start + i] if seeds else sampling.seed)
                for i in range(len(chunk))
            ]
            results = self._generate(conversations, params)
            per_sample = (time.perf_counter() - started) / max(1, len(chunk))
            for i, (text, n_prompt, n_completion, finish) in enumerate(results):
                yield start + i, Generation(text, n_prompt, n_completion, per_sample, finish)

    @staticmethod
    def _params(sampling: Sampling, seed: int) -> dict[str, Any]:
        if sampling.greedy:
            return {"temperature": 0.0, "max_tokens": sampling.max_new_tokens}
        return {
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
            "max_tokens": sampling.max_new_tokens,
            "seed": seed,
        }

    def _generate(self, conversations: list, params: list[dict]) -> list[tuple]:
        if self._llm is not None:
            return _run_chunk(self._llm, conversations, params)
        n = len(self._workers)
        shards = [(conversations[r::n], params[r::n]) for r in range(n)]
        for (_, conn), shard in zip(self._workers, shards, strict=True):
            conn.send(shard)
        parts = [_reply(conn, rank) for rank, (_, conn) in enumerate(self._workers)]
        results: list[tuple] = [()] * len(conversations)
        for r, part in enumerate(parts):
            results[r::n] = part
        return results

    def close(self) -> None:
        if self._llm is not None:
            llm, self._llm = self._llm, None
            _shutdown(llm)
        workers, self._workers = self._workers, []
        for _, conn in workers:
            try:
                conn.send(None)
            except (BrokenPipeError, OSError):
                pass  # already gone
        for proc, conn in workers:
            proc.join(timeout=60)
            if proc.is_alive():
                proc.terminate()
                proc.join(timeout=10)
            conn.close()
