"""scripts/heldout_published.py on small clones in lupantech/MathVista's and mathllm/MATH-V's layouts, built
here from records of ../shared files: held-out files are found, the development files (named as in
../shared, MATH-V's "(Text Only)" spelling included) are left out, and both modes are measured against the
published verdicts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "heldout_published.py"
PUBLISHED = ROOT.parent / "shared" / "data" / "published"
MATHVISTA = PUBLISHED / "mathvista" / "outputs" / "output_bard.json"
MATHV = PUBLISHED / "mathvision" / "outputs" / "Gemini-Pro-CoT.jsonl"

pytestmark = pytest.mark.skipif(not MATHVISTA.is_file(), reason="../shared is not beside the repo")


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=600, env=env
    )


def test_mathvista_held_out_files_are_measured_and_dev_files_left_out(tmp_path):
    records = dict(list(json.loads(MATHVISTA.read_text(encoding="utf-8")).items())[:30])
    results = tmp_path / "clone" / "results"
    for folder, name in (("newmodel", "output_newmodel.json"), ("bard", "output_bard.json"),
                         ("leaderboad_submission_template", "output_testmini_template.json")):  # fmt: skip
        (results / folder).mkdir(parents=True)
        (results / folder / name).write_text(json.dumps(records), encoding="utf-8")
    run = _run("--mathvista-repo", str(tmp_path / "clone"), "--out", str(tmp_path / "out.json"))
    assert run.returncode == 0, run.stderr
    assert "MathVista: 1 held-out files (1 left out: in ../shared)" in run.stdout
    (only,) = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["mathvista"]
    published = sum(bool(r.get("true_false")) for r in records.values())
    assert only["model"] == "newmodel" and only["n"] == 30
    assert only["official_mode"] == {
        "n_correct": published,
        "published_correct": published,
        "items_differ": [],
    }
    assert abs(only["official_score"] - 100.0 * published / 30) < 0.01  # rounded to 2 decimals


def test_mathv_held_out_files_are_measured_and_dev_files_left_out(tmp_path):
    lines = MATHV.read_text(encoding="utf-8").splitlines()[:40]
    correct = sum(json.loads(x)["correct"] for x in lines)
    outputs = tmp_path / "clone" / "outputs" / "open-source" / "New"
    outputs.mkdir(parents=True)
    for name in ("NewModel", "GPT4-CoT (Text Only)"):  # the second is ../shared's GPT4-CoT_Text-Only
        (outputs / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (outputs / f"{name}_result.json").write_text(
            json.dumps({"-all": f"{correct}/40=0"}), encoding="utf-8"
        )
    run = _run("--mathv-repo", str(tmp_path / "clone"), "--out", str(tmp_path / "out.json"))
    assert run.returncode == 0, run.stderr
    assert "MATH-V: 1 held-out files (1 left out: in ../shared)" in run.stdout
    (only,) = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["mathvision"]
    assert only["model"] == "NewModel" and only["n"] == 40
    assert only["official_mode"] == {"n_correct": correct, "published_correct": correct, "items_differ": []}


def test_no_clone_or_not_a_clone_is_a_clear_error(tmp_path):
    run = _run()
    assert run.returncode == 2 and "give --mathvista-repo and/or --mathv-repo" in run.stderr
    run = _run("--mathvista-repo", str(tmp_path))
    assert run.returncode == 2 and "not a clone of lupantech/MathVista" in run.stderr
    run = _run("--mathvista-repo", str(tmp_path), "--shared", str(tmp_path / "nowhere"))
    assert run.returncode == 2 and "has no data/published" in run.stderr
