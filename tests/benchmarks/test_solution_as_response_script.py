"""scripts/solution_as_response.py on small folders in GAOKAO-Bench's and OlympiadBench's formats, built here:
each solution graded against its own gold, what a rule decided but did not grade correct listed, and a file
not in its format refused with its name (exit 2, no traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "solution_as_response.py"

GAOKAO = {
    "keywords": "2010-2022_Math_I_Fill-in-the-Blank",
    "example": [
        {"index": 0, "answer": "$8 \\sqrt{3}$\n", "analysis": "解: ... 体积为 $8 \\sqrt{3}$.\n\n故答案为: $8 \\sqrt{3}$\n"},
        {"index": 1, "answer": "2\n", "analysis": "解: 由题意 ... 故选 D.\n"},  # a fill-in gold, "so choose D"
    ],
}  # fmt: skip
OLYMPIAD = [
    {"id": 7, "final_answer": ["$262$"], "solution": ["With $T=67$, the answer is therefore $\\mathbf{2 6 2}$."]},
    {"id": 8, "final_answer": ["$3$", "$4$"], "solution": ["two answers: not read by this check"]},
]  # fmt: skip


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


def test_solutions_are_graded_against_their_own_golds(tmp_path):
    gk, ob = tmp_path / "gaokao", tmp_path / "ob"
    gk.mkdir()
    ob.mkdir()
    (gk / "2010-2022_Math_I_Fill-in-the-Blank.json").write_text(json.dumps(GAOKAO), encoding="utf-8")
    (ob / "English_Olympiad_Mathematics.json").write_text(json.dumps(OLYMPIAD), encoding="utf-8")
    out = tmp_path / "out.json"
    done = _run("--gaokao", str(gk), "--olympiadbench", str(ob), "--json", str(out))
    assert done.returncode == 0, done.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["gaokao"]["pairs"] == 2 and figures["olympiadbench"]["pairs"] == 1
    assert figures["gaokao"]["counts"].get("decided correct") == 1
    assert figures["olympiadbench"]["counts"] == {"decided correct": 1}
    wrong = figures["gaokao"]["decided_wrong"]
    assert [(w["id"], w["extracted"]) for w in wrong] == [("2010-2022_Math_I_Fill-in-the-Blank:1", "D")]


def test_a_file_not_in_its_format_is_named(tmp_path):
    (tmp_path / "2010-2022_Math_II_Fill-in-the-Blank.json").write_text("[1, 2]", encoding="utf-8")
    done = _run("--gaokao", str(tmp_path))
    assert done.returncode == 2
    assert "2010-2022_Math_II_Fill-in-the-Blank.json: expected a GAOKAO-Bench object" in done.stderr
    assert "Traceback" not in done.stderr
    (tmp_path / "2010-2022_Math_II_Fill-in-the-Blank.json").unlink()
    (tmp_path / "Gaokao_Maths.json").write_text("{not json", encoding="utf-8")
    done = _run("--olympiadbench", str(tmp_path))
    assert done.returncode == 2 and "Gaokao_Maths.json: not readable JSON" in done.stderr
