"""A "zygote": one helper process that imports sympy/math-verify once and forks ready workers on demand.

Why: a worker killed for running past its time limit must be replaced at once. Starting a fresh
Python that imports sympy takes one to several seconds on a loaded machine; forking the zygote takes
milliseconds. The zygote is single-threaded, so `fork` is safe there (it is not safe in the caller,
which may run threads), and it is started as a plain `python -c` subprocess, so the caller's
`__main__` module is never re-imported (which `multiprocessing`'s spawn/forkserver would do).

Protocol over a Unix socket pair: the parent sends b"S" with two pipe fds attached (the worker's
input and output); the zygote forks, the child serves on those fds, and the zygote answers with the
child's pid (4 bytes). The zygote ignores SIGCHLD so that killed workers are reaped automatically.
"""

from __future__ import annotations

import gc
import importlib
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
from collections.abc import Callable

__all__ = ["Zygote", "zygote_main"]


def zygote_main(sock_fd: int, preload: list[str], serve: str) -> None:
    """Entry point of the zygote process (`python -c ...`)."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it closes the socket
    for module in preload:
        mod = importlib.import_module(module)
        if hasattr(mod, "warm_up"):
            mod.warm_up()
    # Everything loaded so far (sympy, the parser and its warm caches) lives as long as the process: moved
    # out of the garbage collector's sight, a worker's collections do not walk it again and again, and its
    # memory pages stay shared with the zygote after the fork (the use `gc.freeze` is documented for).
    gc.collect()
    gc.freeze()
    module_name, func_name = serve.rsplit(".", 1)
    serve_fn: Callable[[int, int], None] = getattr(importlib.import_module(module_name), func_name)
    sock = socket.socket(fileno=sock_fd)
    # The parent may exit at any moment (a run that ends while a worker is being pre-started): a write
    # to its closed socket then means "stop", quietly, not a BrokenPipeError traceback on its terminal.
    try:
        sock.sendall(b"R")
    except OSError:
        os._exit(0)
    while True:
        try:
            msg, fds, _flags, _addr = socket.recv_fds(sock, 16, 2)
        except OSError:
            os._exit(0)
        if not msg or len(fds) != 2:
            os._exit(0)
        zygote = os.getpid()
        pid = os.fork()
        if pid == 0:  # the worker
            _die_with_parent(zygote)
            sock.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends a worker at once, silently
            try:
                serve_fn(fds[0], fds[1])
            finally:
                os._exit(0)
        for fd in fds:
            os.close(fd)
        try:
            sock.sendall(struct.pack("!i", pid))
        except OSError:
            os._exit(0)


def _die_with_parent(parent: int) -> None:
    """Ask the kernel (Linux `prctl(PR_SET_PDEATHSIG)`) to kill this worker when the zygote exits, as the
    zygote does when its caller is gone. Without it, a caller killed while a worker was mid-job (a symbolic
    step the caller would have cut at its time limit) left that worker running at full CPU with no one to
    stop it. Elsewhere the call is skipped: a worker still ends when it next reads its closed pipe."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the zygote was already gone before the call
        os._exit(0)


class Zygote:
    """Parent-side handle of a zygote process; `spawn()` returns (pid, fd to write, fd to read)."""

    def __init__(self, preload: list[str], serve: str, env: dict[str, str], startup_timeout_s: float) -> None:
        self._lock = threading.Lock()
        parent, child = socket.socketpair()
        code = (
            "from mmeval.verifiers.bounded._zygote import zygote_main; "
            f"zygote_main({child.fileno()}, {preload!r}, {serve!r})"
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code],
            pass_fds=(child.fileno(),),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=env,
        )
        child.close()
        self.sock = parent
        self.sock.settimeout(startup_timeout_s)
        self._ready = False
        self.pid_owner = os.getpid()

    def alive(self) -> bool:
        return self.proc.poll() is None

    def spawn(self) -> tuple[int, int, int]:
        """Fork a worker; raise OSError if the zygote is gone or does not answer."""
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        try:
            with self._lock:
                if not self._ready:
                    if self.sock.recv(1) != b"R":
                        raise OSError("zygote did not start")
                    self._ready = True
                    self.sock.settimeout(10.0)
                socket.send_fds(self.sock, [b"S"], [to_child_r, from_child_w])
                data = b""
                while len(data) < 4:
                    chunk = self.sock.recv(4 - len(data))
                    if not chunk:
                        raise OSError("zygote closed the socket")
                    data += chunk
        except BaseException:
            for fd in (to_child_w, from_child_r):
                os.close(fd)
            raise
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        return struct.unpack("!i", data)[0], to_child_w, from_child_r

    def close(self) -> None:
        try:
            self.sock.close()
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
