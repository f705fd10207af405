"""`mmeval demo` end to end, and the published re-scoring it relies on."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from mmeval.reports import load_run_folder
from mmeval.reports.published import PUBLISHED, published_root, score_published

pytestmark = pytest.mark.slow
ROW = re.compile(
    r"^(?P<model>.+?)\s{2,}(?P<bench>\S+)\s+(?P<pub>[\d.]+ \(\d+/\d+\))\s+(?P<ours>[\d.]+ \(\d+/\d+\)) (?P<eq>[=≠])"
)


def _published_official(path: str) -> tuple[int, int]:
    """Read the official score straight from the shipped file (independently of mmeval's parser)."""
    data = json.loads((published_root() / path).read_text())
    if "average" in data:
        return data["average"]["correct"], data["average"]["total"]
    correct, total = data["-all"].split("=")[0].split("/")
    return int(correct), int(total)


@pytest.mark.parametrize("pub", [p for p in PUBLISHED if p.benchmark == "mathvista"], ids=lambda p: p.model)
def test_official_mode_matches_every_published_verdict(pub, tmp_path):
    """Not just the total: each item's official-mode verdict equals the published `true_false`."""
    score_published(pub, "official", tmp_path / "run")
    run = load_run_folder(tmp_path / "run")
    published = {str(r["pid"]): bool(r["true_false"]) for r in pub.records()}
    assert {r["id"]: r["correct"] for r in run.samples} == published
    assert (run.results["n_correct"], run.results["n_scored"]) == _published_official(pub.official)


def test_demo_prints_official_rows_equal_to_official_scores(tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mmeval", "demo", "--out", str(tmp_path / "demo"), "--rule-items", "10",
         "--tiny-items", "2"],
        capture_output=True, text=True, timeout=400, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    rows = {(m["model"].strip(), m["bench"]): m for m in map(ROW.match, proc.stdout.splitlines()) if m}
    expected = {(p.model, f"{p.benchmark}/{p.split}"): p for p in PUBLISHED}
    assert rows, proc.stdout
    for key, m in rows.items():
        correct, total = _published_official(expected[key].official)
        assert m["pub"] == m["ours"] == f"{100 * correct / total:.2f} ({correct}/{total})"
        assert m["eq"] == "="
    assert {k[1] for k in rows} >= {"mathvista/testmini"}
    assert "tiny model (random weights)" in proc.stdout
    html = (tmp_path / "demo" / "leaderboard.html").read_text()
    assert "McNemar" in html and "Multimodal Bard" in html
    assert "<script src" not in html and "<link" not in html  # self-contained
