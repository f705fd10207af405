"""scripts/option_text_check.py: every MATH-V and MathVista option's text given as the reply grades correct
exactly when it is the gold option. The only wrong verdicts left are options that are themselves one-letter
forms (`(b)`, `E`, `$\\text{B}$`: read as the letter, as the official MathVista normalisation reads them) and
MathVista pid 781, whose options C and D are both `18`."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONE_LETTER = re.compile(r"^\(?[A-Za-z]\)?$|^\$\\text\{[A-Z]\}\$$")


def test_only_one_letter_options_and_a_duplicated_option_are_misread():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "option_text_check.py"), "--shared", str(ROOT.parent / "shared"),
         "--show", "1000"],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
    )  # fmt: skip
    head = proc.stdout.splitlines()[0]
    assert int(head.split()[0]) > 29_000, head
    examples = re.findall(r"^\s+(\S+): option [A-E] '(.*)' \(gold [A-E]\)", proc.stdout, flags=re.M)
    assert len(examples) == int(re.search(r"(\d+) wrong verdicts", head).group(1))
    for source, text in examples:
        assert source == "mathvista:781" or ONE_LETTER.match(text.replace("\\\\", "\\")), (source, text)
