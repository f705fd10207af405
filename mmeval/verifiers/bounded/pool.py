"""Run a function in a persistent, killable worker process with a wall-clock limit.

Why not math-verify's own timeout: it uses `signal.alarm`, which only works in the main thread, and a
stuck sympy call (e.g. `str()` of a power tower) cannot be interrupted from inside the process anyway.
Here each call goes to a worker process over a pipe; if no reply arrives before the deadline the worker
is killed (SIGKILL) and a fresh one replaces it on the next call. Callers in any thread are fine: a
pool hands each caller its own worker, and waiting for a free worker counts against the same deadline.

Workers are forked by a zygote process that imported sympy/math-verify once (see `_zygote.py`), so
a replacement is ready in milliseconds, and each worker serves many calls.
"""

from __future__ import annotations

import importlib
import os
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from mmeval.verifiers.bounded._zygote import Zygote

__all__ = [
    "WorkerTimeout",
    "WorkerError",
    "WorkerPool",
    "default_pool",
    "prestart",
    "run_bounded",
    "shutdown",
]

_PRELOAD = ["mmeval.verifiers.comparison.symbolic"]
_MEMORY_LIMIT_BYTES = 4 * 1024**3
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # so workers import this very mmeval


class WorkerTimeout(Exception):
    """The call did not finish before its deadline; the worker running it was killed."""


class WorkerError(Exception):
    """The function raised in the worker (message is the exception's type and a short text)."""


_IN_WORKER = False  # True inside a worker: bounded calls run directly (the worker itself is killable)


def _serve(conn_in: Any, conn_out: Any) -> None:
    """Worker loop: receive (fn, args), send ("ok", result) or ("err", text)."""
    global _IN_WORKER
    _IN_WORKER = True
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_LIMIT_BYTES, _MEMORY_LIMIT_BYTES))
    except (ImportError, ValueError, OSError):  # not on this platform / already lower
        pass
    for module in _PRELOAD:
        importlib.import_module(module)
    try:
        conn_out.send(("ready", None))
    except (BrokenPipeError, OSError):  # the parent is gone already
        return
    while True:
        try:
            msg = conn_in.recv()
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
            conn_out.send(reply)
        except (BrokenPipeError, OSError):
            return


def worker_main(fd_in: int, fd_out: int) -> None:
    """Entry point of a worker process (`python -c ...`); nothing may print to the protocol pipe."""
    _serve(Connection(fd_in, writable=False), Connection(fd_out, readable=False))


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [_PACKAGE_ROOT, env.get("PYTHONPATH")]))
    return env


_ZYGOTE: Zygote | None = None
_ZYGOTE_LOCK = threading.Lock()


def _zygote() -> Zygote:
    global _ZYGOTE
    with _ZYGOTE_LOCK:
        if _ZYGOTE is None or not _ZYGOTE.alive() or _ZYGOTE.pid_owner != os.getpid():
            _ZYGOTE = Zygote(_PRELOAD, "mmeval.verifiers.bounded.pool.worker_main", _env(), 120.0)
            _ZYGOTE.pid_owner = os.getpid()
        return _ZYGOTE


class _Worker:
    """One worker process talking over two pipes, forked by the zygote (see `_zygote.py`): a
    replacement for a killed worker is ready in milliseconds, and the caller's `__main__` is never
    re-imported (as `multiprocessing`'s spawn/forkserver would do). It is not `fork`ed from the
    caller either, which is unsafe in threaded programs."""

    def __init__(self) -> None:
        self.pid, fd_out, fd_in = _zygote().spawn()
        self.out = Connection(fd_out, readable=False)
        self.inp = Connection(fd_in, writable=False)
        self.closed = False
        self.ready = False

    def wait_ready(self, timeout: float) -> None:
        """Wait for the start-up handshake (imports done); start-up is not part of any pair's time."""
        if self.ready:
            return
        if not self.inp.poll(timeout):
            self.kill()
            raise WorkerError(f"worker did not start within {timeout:.0f}s")
        try:
            self.inp.recv()
        except (EOFError, OSError):
            self.kill()
            raise WorkerError("worker died while starting") from None
        self.ready = True

    def call(self, fn: Callable[..., Any], args: tuple, timeout: float) -> Any:
        try:
            self.out.send((fn, args))
        except (BrokenPipeError, OSError):
            self.kill()
            raise WorkerError("worker is gone") from None
        if not self.inp.poll(max(timeout, 0.0)):
            self.kill()
            raise WorkerTimeout(f"no result within {timeout:.2f}s; worker killed")
        try:
            kind, value = self.inp.recv()
        except (EOFError, OSError) as exc:  # the worker died (e.g. killed by the OOM killer)
            self.kill()
            raise WorkerError(f"worker died: {type(exc).__name__}") from None
        if kind == "err":
            raise WorkerError(value)
        return value

    def alive(self) -> bool:
        if self.closed:
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        return True

    def kill(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            os.kill(self.pid, signal.SIGKILL)  # the zygote reaps it (SIGCHLD ignored there)
        except ProcessLookupError:
            pass
        self.out.close()
        self.inp.close()

    def stop(self) -> None:
        try:
            self.out.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.kill()


class WorkerPool:
    """Up to `max_workers` persistent workers shared by all threads of this process."""

    def __init__(self, max_workers: int | None = None, startup_timeout_s: float = 120.0) -> None:
        self.max_workers = max_workers or max(2, os.cpu_count() or 2)
        self.startup_timeout_s = startup_timeout_s
        self._idle: list[_Worker] = []
        self._n = 0
        self._cond = threading.Condition()
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
            return _Worker()
        except BaseException:
            with self._cond:
                self._n -= 1
                self._cond.notify()
            raise

    def _release(self, worker: _Worker, healthy: bool) -> None:
        replacement = None
        if not healthy:
            try:  # start the replacement now (outside the lock) so that it is ready by the next call
                replacement = _Worker()
            except OSError:
                replacement = None
        with self._cond:
            if healthy:
                self._idle.append(worker)
            elif replacement is not None:
                self._idle.insert(0, replacement)
            else:
                self._n -= 1
            self._cond.notify()

    def run(self, fn: Callable[..., Any], args: tuple, timeout_s: float) -> Any:
        """Call `fn(*args)` in a worker; raise WorkerTimeout after `timeout_s` seconds (wall clock).

        A worker's one-time start-up (importing sympy, up to `startup_timeout_s`) happens before the
        pair's clock starts; replacements for killed workers are started at once, in the background."""
        worker = self._checkout(time.monotonic() + timeout_s)
        healthy = False
        try:
            worker.wait_ready(self.startup_timeout_s)
            result = worker.call(fn, args, timeout_s)
            healthy = True
            return result
        except WorkerError:
            healthy = worker.alive()
            raise
        finally:
            self._release(worker, healthy)

    def prestart(self, n: int = 1) -> None:
        """Start up to `n` workers now and wait until they are ready (imports done), so that the first
        pairs that need sympy do not wait for a worker's start-up."""
        started = []
        for _ in range(n):
            with self._cond:
                if self._n >= self.max_workers:
                    break
                self._n += 1
            started.append(_Worker())
        for worker in started:
            try:
                worker.wait_ready(self.startup_timeout_s)
            finally:
                self._release(worker, worker.ready)

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
    """`default_pool().run(fn, args, timeout_s)`; inside a worker (a whole pair graded there by
    `grade_batch`), `fn` runs directly: the caller that started this worker bounds it by killing it."""
    if _IN_WORKER:
        try:
            return fn(*args)
        except Exception as exc:  # noqa: BLE001 - reported like a failure in a worker
            raise WorkerError(f"{type(exc).__name__}: {str(exc)[:200]}") from None
    return default_pool().run(fn, args, timeout_s)


def prestart(n: int = 1) -> None:
    """`default_pool().prestart(n)`: have `n` symbolic workers ready before grading starts."""
    default_pool().prestart(n)


def shutdown() -> None:
    """Stop the idle workers of the default pool (they are daemons and die with the process anyway)."""
    if _POOL is not None:
        _POOL.shutdown()
