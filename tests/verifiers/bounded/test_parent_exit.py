"""A program that ends while a grading worker is still starting (a `run --backend openai` that finishes
before its warm-up) leaves no BrokenPipeError traceback from the zygote on the user's terminal."""

from __future__ import annotations

import os
import subprocess
import sys
import time

EXIT_DURING_WARM_UP = """
import threading, time
from mmeval.verifiers.bounded.pool import prestart
threading.Thread(target=prestart, args=(1,), daemon=True).start()
time.sleep(0.3)  # the zygote is still importing sympy: it will answer a parent that is gone
"""


def test_no_traceback_when_the_parent_exits_during_warm_up():
    # stderr is a pipe the zygote inherits: communicate() waits until the zygote has closed it too,
    # so anything it prints after its parent is gone is captured here.
    proc = subprocess.run([sys.executable, "-c", EXIT_DURING_WARM_UP], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr and "BrokenPipeError" not in proc.stderr, proc.stderr


KILLED_MID_JOB = """
import os, signal, threading, time
from mmeval.verifiers.bounded.pool import WorkerPool
pool = WorkerPool(max_workers=1)
pool.run(abs, (-1,), timeout_s=120)  # a worker, started and ready
threading.Thread(target=pool.run, args=(time.sleep, (300,), 600), daemon=True).start()
time.sleep(1.5)  # the worker is now mid-job: killed here, its caller never cuts it at the time limit
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_worker_mid_job_dies_with_a_killed_caller():
    """A caller killed while its worker is busy (a long symbolic step) must not leave that worker running:
    the zygote exits on the closed socket and the kernel kills the worker with it."""
    before = _workers()
    proc = subprocess.run([sys.executable, "-c", KILLED_MID_JOB], capture_output=True, text=True, timeout=90)
    assert proc.returncode == -9, proc.stderr
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _workers() - before:
        time.sleep(0.2)
    assert not _workers() - before, "a worker outlived its killed caller"


def _workers() -> set[int]:
    """The pids of every zygote or worker process running now (read from /proc)."""
    found = set()
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/cmdline", "rb") as f:
                    if b"zygote_main" in f.read():
                        found.add(int(name))
            except OSError:
                continue
    return found
