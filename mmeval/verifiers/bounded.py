"""Run a function in a persistent, killable worker process with a wall-clock limit.

Why not math-verify's own timeout: it uses `signal.alarm`, which only works in the main thread, and a
stuck sympy call (e.g. `str()` of a power tower) cannot be interrupted from inside the process anyway.
Here each call goes to a worker process over a pipe; if no reply arrives before the deadline the worker
is killed (SIGKILL) and a fresh one replaces it on the next call. Callers in any thread are fine: a
pool hands each caller its own worker, and waiting for a free worker counts against the same deadline.

Workers come from the `forkserver` start method (never `fork` from a threaded parent) with the
symbolic module preloaded, so a replacement starts in tens of milliseconds.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from collections.abc import Callable
from typing import Any

__all__ = ["WorkerTimeout", "WorkerError", "WorkerPool", "default_pool", "run_bounded", "shutdown"]

_PRELOAD = ["mmeval.verifiers.symbolic"]
_MEMORY_LIMIT_BYTES = 4 * 1024**3


class WorkerTimeout(Exception):
    """The call did not finish before its deadline; the worker running it was killed."""


class WorkerError(Exception):
    """The function raised in the worker (message is the exception's type and a short text)."""


def _serve(conn: Any) -> None:
    """Worker loop: receive (fn, args), send ("ok", result) or ("err", text)."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_LIMIT_BYTES, _MEMORY_LIMIT_BYTES))
    except (ImportError, ValueError, OSError):  # not on this platform / already lower
        pass
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        fn, args = msg
        try:
            reply = ("ok", fn(*args))
        except BaseException as exc:  # noqa: BLE001 - report every failure, including MemoryError
            reply = ("err", f"{type(exc).__name__}: {str(exc)[:200]}")
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


def _context() -> mp.context.BaseContext:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return mp.get_context("spawn")


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child,), daemon=True, name="mmeval-verifier")
        self.proc.start()
        child.close()

    def call(self, fn: Callable[..., Any], args: tuple, timeout: float) -> Any:
        self.conn.send((fn, args))
        if not self.conn.poll(max(timeout, 0.0)):
            self.kill()
            raise WorkerTimeout(f"no result within {timeout:.2f}s; worker killed")
        try:
            kind, value = self.conn.recv()
        except (EOFError, OSError) as exc:  # the worker died (e.g. killed by the OOM killer)
            self.kill()
            raise WorkerError(f"worker died: {type(exc).__name__}") from None
        if kind == "err":
            raise WorkerError(value)
        return value

    def alive(self) -> bool:
        return self.proc.is_alive()

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(timeout=1.0)
        finally:
            self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.proc.join(timeout=0.5)
        if self.proc.is_alive():
            self.kill()


class WorkerPool:
    """Up to `max_workers` persistent workers shared by all threads of this process."""

    def __init__(self, max_workers: int | None = None) -> None:
        self.max_workers = max_workers or max(2, os.cpu_count() or 2)
        self._idle: list[_Worker] = []
        self._n = 0
        self._cond = threading.Condition()
        self._ctx: mp.context.BaseContext | None = None
        self._pid = os.getpid()

    def _checkout(self, deadline: float) -> _Worker:
        with self._cond:
            if os.getpid() != self._pid:  # forked child: the parent's workers are not ours
                self._idle, self._n, self._pid = [], 0, os.getpid()
            while True:
                while self._idle:
                    worker = self._idle.pop()
                    if worker.alive():
                        return worker
                    self._n -= 1
                if self._n < self.max_workers:
                    self._n += 1
                    break
                left = deadline - time.monotonic()
                if left <= 0 or not self._cond.wait(timeout=left):
                    raise WorkerTimeout("no free worker before the deadline")
        try:
            if self._ctx is None:
                self._ctx = _context()
            return _Worker(self._ctx)
        except BaseException:
            with self._cond:
                self._n -= 1
                self._cond.notify()
            raise

    def _release(self, worker: _Worker, healthy: bool) -> None:
        with self._cond:
            if healthy:
                self._idle.append(worker)
            else:
                self._n -= 1
            self._cond.notify()

    def run(self, fn: Callable[..., Any], args: tuple, timeout_s: float) -> Any:
        """Call `fn(*args)` in a worker; raise WorkerTimeout after `timeout_s` seconds (wall clock)."""
        deadline = time.monotonic() + timeout_s
        worker = self._checkout(deadline)
        healthy = False
        try:
            result = worker.call(fn, args, deadline - time.monotonic())
            healthy = True
            return result
        except WorkerError:
            healthy = worker.alive() and not worker.conn.closed
            raise
        finally:
            self._release(worker, healthy)

    def resize(self, max_workers: int) -> None:
        with self._cond:
            self.max_workers = max(self.max_workers, max_workers)
            self._cond.notify_all()

    def shutdown(self) -> None:
        with self._cond:
            idle, self._idle = self._idle, []
            self._n -= len(idle)
        for worker in idle:
            worker.stop()


_POOL: WorkerPool | None = None
_POOL_LOCK = threading.Lock()


def default_pool() -> WorkerPool:
    """The process-wide pool (created on first use)."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = WorkerPool()
        return _POOL


def run_bounded(fn: Callable[..., Any], args: tuple, timeout_s: float) -> Any:
    """`default_pool().run(fn, args, timeout_s)`."""
    return default_pool().run(fn, args, timeout_s)


def shutdown() -> None:
    """Stop the idle workers of the default pool (they are daemons and die with the process anyway)."""
    if _POOL is not None:
        _POOL.shutdown()
