"""scripts/near_miss_check.py: every free-form gold of the shared data changed in meaning (a digit, a fraction
turned over, a sign, a brace moved, an interval's end, a relation, a base, a power of ten), given as the
reply, grades not correct. The whole run takes seconds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCRIPT = ROOT / "scripts" / "near_miss_check.py"


def test_no_gold_changed_in_meaning_is_accepted():
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--shared", str(SHARED)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = {line.split()[0]: line for line in proc.stdout.splitlines() if "changed golds" in line}
    assert {"digit", "frac_over", "sign", "brace_moved", "bracket", "relation"} <= set(lines)
    assert int(lines["digit"].split()[1]) > 300  # the rewrites reach the golds, not a handful
    assert all(" 0 accepted" in line for line in lines.values())


def test_an_accepted_near_miss_is_reported():
    """The check can fail: a rewrite that keeps the meaning (a box) is counted as accepted."""
    proc = subprocess.run(
        [sys.executable, "-c",
         "import sys; sys.path.insert(0, 'scripts'); import near_miss_check as m; "
         "m.REWRITES = {'boxed': lambda g: '\\\\boxed{' + g + '}'}; "
         f"sys.exit(m.main(['--shared', {str(SHARED)!r}, '--every', '50']))"],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "boxed" in proc.stdout and " 0 accepted" not in proc.stdout
