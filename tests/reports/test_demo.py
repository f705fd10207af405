"""`mmeval demo` end to end: printed official rows equal the published official scores, and every
item's official-mode verdict equals the published per-item verdict."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from mmeval.benchmarks import list_benchmarks
from mmeval.reports import discover
from mmeval.reports.boards import benchmark_boards
from mmeval.reports.published import PUBLISHED, published_root
from mmeval.reports.tables import runs_frame

pytestmark = pytest.mark.slow
RULE_ITEMS = 5
ROW = re.compile(
    r"^(?P<model>.+?)\s{2,}(?P<bench>\S+)\s+(?P<pub>[\d.]+ \(\d+/\d+\))\s+(?P<ours>[\d.]+ \(\d+/\d+\)) (?P<eq>[=≠])"
)


def _published_official(path: str) -> tuple[int, int]:
    """The official score read straight from the shipped file (independently of mmeval's parser)."""
    data = json.loads((published_root() / path).read_text())
    if "average" in data:
        return data["average"]["correct"], data["average"]["total"]
    correct, total = data["-all"].split("=")[0].split("/")
    return int(correct), int(total)


def _published_verdicts(pub) -> dict[str, bool]:
    """Per-item official verdicts as published: MathVista `true_false`, MATH-V `correct`."""
    return {
        str(r.get("pid", r.get("id"))): bool(r.get("true_false", r.get("correct"))) for r in pub.records()
    }


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mmeval", "demo", "--out", str(out), "--rule-items", str(RULE_ITEMS), "--tiny-items", "1"],
        capture_output=True, text=True, timeout=500, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out, proc.stdout


def test_printed_official_rows_equal_official_scores(demo):
    _, stdout = demo
    rows = {(m["model"].strip(), m["bench"]): m for m in map(ROW.match, stdout.splitlines()) if m}
    expected = {
        (p.model, f"{p.benchmark}/{p.split}"): p for p in PUBLISHED if p.benchmark in list_benchmarks()
    }
    assert set(rows) == set(expected), stdout
    assert {b for _, b in rows} >= {"mathvista/testmini"}
    for key, m in rows.items():
        correct, total = _published_official(expected[key].official)
        assert m["pub"] == m["ours"] == f"{100 * correct / total:.2f} ({correct}/{total})"
        assert m["eq"] == "="
    assert "tiny model (random weights)" in stdout
    assert "official mode reproduces every published official score: yes" in stdout


def test_every_official_verdict_matches_the_published_one(demo):
    out, _ = demo
    runs, _ = discover([out / "runs"])
    official = {r.config.get("predictions"): r for r in runs if r.config.get("scoring_mode") == "official"}
    for pub in PUBLISHED:
        if pub.benchmark not in list_benchmarks():
            continue
        run = official[pub.outputs]
        assert {s["id"]: s["correct"] for s in run.samples} == _published_verdicts(pub), pub.outputs


def test_demo_writes_a_self_contained_leaderboard(demo):
    out, _ = demo
    html = (out / "leaderboard.html").read_text()
    assert "McNemar" in html and "Multimodal Bard" in html and "tiny-model" in html
    assert "<script src" not in html and "<link" not in html
    runs, _ = discover([out / "runs"])
    tiny = [r for r in runs if r.model == "tiny-model"]
    assert tiny and all(s["image"] for r in tiny for s in r.samples)  # real images went through the model


def test_demo_page_is_one_table_per_benchmark_official_and_rule_side_by_side(demo):
    """Not one sparse models x benchmarks table under an 'unlike settings' warning: per benchmark, a row
    per model with its official-mode and rule-mode scores side by side, each cell with its item count."""
    out, _ = demo
    html = (out / "leaderboard.html").read_text()
    runs, _ = discover([out / "runs"])
    boards = {b["benchmark"]: b for b in benchmark_boards(runs_frame(runs), runs)}
    assert set(boards) == {r.results["benchmark"] for r in runs}
    assert html.count('class="sortable board"') == len(boards)
    assert 'id="leaderboard"' not in html and 'id="conflicts"' not in html
    for pub in PUBLISHED:
        if pub.benchmark not in list_benchmarks():
            continue
        board = boards[pub.benchmark]
        assert board["modes"] == ["official", "rule"]
        official, rule = next(r["cells"] for r in board["rows"] if r["label"] == pub.model)
        correct, total = _published_official(pub.official)
        assert round(official["score"], 2) == round(100 * correct / total, 2)
        assert official["what"].startswith(f"{total} items") and rule["what"].startswith(
            f"{RULE_ITEMS} items"
        )
        assert rule["same_items"].startswith("official on these items: ")
