"""scripts/heldout_mathvista.py on a small clone in lupantech/MathVista's layout, built here from records
of a ../shared file: held-out files are found, the development files (named as in ../shared) are left out,
and both modes are measured against the published verdicts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "heldout_mathvista.py"
SHARED = ROOT.parent / "shared"
SOURCE = SHARED / "data/published/mathvista/outputs/output_bard.json"


@pytest.mark.skipif(not SOURCE.is_file(), reason="../shared is not beside the repo")
def test_held_out_files_are_measured_and_dev_files_left_out(tmp_path):
    records = json.loads(SOURCE.read_text(encoding="utf-8"))
    some = dict(list(records.items())[:30])
    results = tmp_path / "clone" / "results"
    (results / "newmodel").mkdir(parents=True)
    (results / "newmodel" / "output_newmodel.json").write_text(json.dumps(some), encoding="utf-8")
    (results / "bard").mkdir()
    (results / "bard" / "output_bard.json").write_text(json.dumps(some), encoding="utf-8")  # a dev file
    (results / "leaderboad_submission_template").mkdir()
    (results / "leaderboad_submission_template" / "output_testmini_template.json").write_text("{}")
    out_json = tmp_path / "heldout.json"
    cmd = [sys.executable, str(SCRIPT), "--mathvista-repo", str(tmp_path / "clone"), "--out", str(out_json)]
    run = subprocess.run(
        cmd, capture_output=True, text=True, timeout=600, env=dict(os.environ, HF_HUB_OFFLINE="1")
    )
    assert run.returncode == 0, run.stderr
    assert "1 held-out files (1 left out: in ../shared)" in run.stdout
    (only,) = json.loads(out_json.read_text(encoding="utf-8"))["files"]
    published = sum(bool(r.get("true_false")) for r in some.values())
    assert only["model"] == "newmodel" and only["n"] == 30
    assert only["official_mode"]["published_correct"] == published
    assert only["official_mode"]["n_correct"] == published and only["official_mode"]["items_differ"] == []
    assert abs(only["official_score"] - 100.0 * published / 30) < 0.01  # rounded to 2 decimals


def test_not_a_clone_is_a_clear_error(tmp_path):
    run = subprocess.run([sys.executable, str(SCRIPT), "--mathvista-repo", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 2 and "not a clone of lupantech/MathVista" in run.stderr
