"""The top-level CLI: every component's command is listed, and misuse exits 2."""

import subprocess
import sys

from mmeval.cli import COMMAND_MODULES


def test_help_lists_every_command():
    out = subprocess.run(
        [sys.executable, "-m", "mmeval", "--help"], capture_output=True, text=True, check=True
    )
    for command in COMMAND_MODULES:
        assert command in out.stdout


def test_unknown_command_exits_2():
    proc = subprocess.run([sys.executable, "-m", "mmeval", "frobnicate"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "invalid choice" in proc.stderr


def test_verifiers_import_nothing_from_other_components():
    code = (
        "import sys, mmeval.verifiers, mmeval.verifiers.rewards, mmeval.verifiers.testing;"
        "bad=[m for m in sys.modules if m.startswith(('mmeval.benchmarks','mmeval.training','mmeval.reports'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
