"""scripts/metamorphic_check.py: rewrites of real replies and golds that cannot change their meaning (a chat
template's end token, Windows line ends, a closed <think> block before the reply, no-break and zero-width
spaces, `\\dfrac`, `\\left(`, a full stop, an opening `Answer:` label, `（C）`, `√97`) change no verdict, on
the shared labelled pairs and published responses. The whole set is 34,907 pairs (216 s for 37 rewrites on 2
cores); the test runs every 20th of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCRIPT = ROOT / "scripts" / "metamorphic_check.py"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--shared", str(SHARED), *args],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip


def test_meaning_preserving_rewrites_change_no_verdict():
    proc = _run("--every", "20")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = {line.split()[0]: line for line in proc.stdout.splitlines() if "verdicts changed" in line}
    assert {"eos", "crlf", "think", "nbsp", "zero_width", "gold_nbsp", "gold_dollars"} <= set(lines)
    assert {"answer_label", "fullwidth_parens", "root_sign", "gold_root_sign"} <= set(lines)
    assert all(" 0 verdicts changed" in line for line in lines.values())


def test_a_rewrite_that_changes_meaning_is_reported(tmp_path):
    """The check can fail: a rewrite that is not neutral (an extra digit after every reply) is counted."""
    proc = subprocess.run(
        [sys.executable, "-c",
         "import sys; sys.path.insert(0, 'scripts'); import metamorphic_check as m; "
         "m.REPLY = {'digit': lambda r, i: r + ' 7'}; m.GOLD = {}; "
         f"sys.exit(m.main(['--shared', {str(SHARED)!r}, '--limit', '300']))"],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "digit" in proc.stdout and " 0 verdicts changed" not in proc.stdout
