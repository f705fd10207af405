"""scripts/gold_as_response.py on OlympiadBench's first-release layout (one JSON list of records per subject,
as `legacy_first_release_data.zip` unpacks), built here from two records in that format: each gold graded
as the reply, and a file that is not a list of records refused with its name."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "gold_as_response.py"

RECORDS = [
    {"id": 1, "question": "Find x.", "final_answer": ["$3$"], "is_multiple_answer": False, "unit": None,
     "answer_type": "Numerical", "error": None},
    {"id": 2, "question": "Find the set.", "final_answer": ["$[-2,1]$"], "is_multiple_answer": False,
     "unit": None, "answer_type": "Interval", "error": None},
]  # fmt: skip


def _run(folder: Path) -> subprocess.CompletedProcess:
    args = [sys.executable, str(SCRIPT), "--bench", "olympiadbench", "--data", str(folder), "--dressed"]
    return subprocess.run(args, capture_output=True, text=True, timeout=300, cwd=ROOT)


def test_first_release_folder_is_read_record_by_record(tmp_path):
    (tmp_path / "Gaokao_Maths.json").write_text(json.dumps(RECORDS), encoding="utf-8")
    (tmp_path / "English_Olympiad_Mathematics.json").write_text(json.dumps(RECORDS[:1]), encoding="utf-8")
    done = _run(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "3 golds; rule mode 3/3 correct" in done.stdout
    assert "official rules 3/3" in done.stdout


def test_a_subject_file_that_is_no_list_of_records_is_named(tmp_path):
    (tmp_path / "Gaokao_Maths.json").write_text(json.dumps(RECORDS), encoding="utf-8")
    (tmp_path / "Gaokao_Physics.json").write_text(json.dumps({"id": 1}), encoding="utf-8")
    done = _run(tmp_path)
    assert done.returncode != 0
    assert "Gaokao_Physics.json" in done.stderr and "Traceback" not in done.stderr
