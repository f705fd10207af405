"""One writer per run folder: an advisory lock (`.lock`) held for as long as a command writes there.

Why: two `mmeval run` (or `score --out`) into one folder would both append every sample, and the
folder would hold each twice. The second writer now stops at once with a one-line error naming the
holder (pid, host, start time, command).

How: `fcntl.flock` on `<run>/.lock`. The kernel drops the lock when its holder exits, however it exits
(SIGKILL included), so a lock left by a dead process is never "stale": the next writer simply gets it,
and the holder details it finds in the file are overwritten. The lock is re-entrant within a process
(the `run` command takes it before loading the model, the runner takes it again). Where `fcntl` is
missing (Windows) the lock is a no-op. On network file systems flock may be local to one machine.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from mmeval._cli import UsageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["LOCK_FILE", "RunLockedError", "run_lock"]

LOCK_FILE = ".lock"
_HELD: dict[Path, tuple[int, int]] = {}  # resolved folder -> (fd, depth), for this process
_GUARD = threading.Lock()


class RunLockedError(UsageError):
    """Another live process is writing this run folder."""


def _holder(fd: int) -> str:
    try:
        info = json.loads(os.pread(fd, 4096, 0).decode("utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    if not info:
        return "another process"
    return (f"pid {info.get('pid')} on {info.get('host')} since {info.get('started')} "
            f"({info.get('command', '?')})")  # fmt: skip


def _acquire(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _holder(fd)
        for _ in range(40):  # the holder writes its details just after taking the lock: give it 1 s
            if holder != "another process":
                break
            time.sleep(0.025)
            holder = _holder(fd)
        os.close(fd)
        raise RunLockedError(
            f"run folder {folder} is in use by {holder}; wait for it to finish or choose another --out"
        ) from None
    info = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": " ".join(["mmeval", *sys.argv[1:]])[:300] if sys.argv else "mmeval",
    }
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
    return fd


@contextmanager
def run_lock(run_dir: str | Path) -> Iterator[Path]:
    """Hold the folder's lock for the `with` block; raise RunLockedError when a live process holds it."""
    folder = Path(run_dir)
    if fcntl is None:
        yield folder
        return
    key = folder.resolve()
    with _GUARD:
        fd, depth = _HELD.get(key, (-1, 0))
        if depth == 0:
            fd = _acquire(folder)
        _HELD[key] = (fd, depth + 1)
    try:
        yield folder
    finally:
        with _GUARD:
            fd, depth = _HELD.pop(key)
            if depth > 1:
                _HELD[key] = (fd, depth - 1)
            else:
                os.ftruncate(fd, 0)  # no holder details left behind for a later reader
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
