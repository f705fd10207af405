"""A program that ends while a grading worker is still starting (a `run --backend openai` that finishes
before its warm-up) leaves no BrokenPipeError traceback from the zygote on the user's terminal."""

from __future__ import annotations

import subprocess
import sys

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
