"""`--by-benchmark` tables: a row per model, scoring modes side by side, item counts in every cell."""

from __future__ import annotations

import pytest

from mmeval.cli import main
from mmeval.reports import discover
from mmeval.reports.boards import benchmark_boards
from mmeval.reports.synthetic import write_synthetic_run
from mmeval.reports.tables import runs_frame


@pytest.fixture()
def two_modes(tmp_path):
    """Model m: official scoring on 40 items and rule scoring on the first 10; model n: rule on 40."""
    write_synthetic_run(
        tmp_path / "m-official", model="m", n=40, accuracy=0.5, config={"scoring_mode": "official"}
    )
    write_synthetic_run(tmp_path / "m-rule", model="m", n=10, accuracy=0.8, seed=1)
    write_synthetic_run(tmp_path / "n-rule", model="n", n=40, accuracy=0.3)
    return tmp_path


def test_scoring_modes_side_by_side(two_modes):
    runs, _ = discover([two_modes])
    (board,) = benchmark_boards(runs_frame(runs), runs)
    assert board["benchmark"] == "mathvista" and board["modes"] == ["official", "rule"]
    rows = {r["label"]: r["cells"] for r in board["rows"]}
    assert set(rows) == {"m", "n"} and rows["n"][0] is None
    by_dir = {r.path.name: r for r in runs}
    official, rule = rows["m"]
    assert official["score"] == by_dir["m-official"].results["score"] and official["what"] == "40 items"
    assert rule["score"] == by_dir["m-rule"].results["score"] and rule["what"] == "10 items"
    # like for like: the official run's verdicts on exactly the rule run's 10 items
    first10 = [
        s for s in by_dir["m-official"].samples if int(s["id"]) < 10 and s["status"] != "gold_unparseable"
    ]
    expected = 100 * sum(s["correct"] for s in first10) / len(first10)
    assert rule["same_items"] == f"official on these items: {expected:.1f}"
    assert board["notes"] == []  # the rule column's runs differ only in items, shown in each cell


def test_settings_differing_inside_a_column_are_noted(tmp_path):
    write_synthetic_run(tmp_path / "a", model="a", n=20, config={"temperature": 0.0})
    write_synthetic_run(tmp_path / "b", model="b", n=20, config={"temperature": 0.7, "max_new_tokens": 4096})
    runs, _ = discover([tmp_path])
    (board,) = benchmark_boards(runs_frame(runs), runs)
    assert board["notes"] == [
        "rule scoring: runs differ in temperature (0.0, 0.7); max_new_tokens (1024, 4096)"
    ]


def test_one_model_two_settings_in_one_mode_get_two_rows(mixed_runs):
    runs, _ = discover([mixed_runs])
    (board,) = benchmark_boards(runs_frame(runs), runs)
    labels = [r["label"] for r in board["rows"]]
    assert sorted(labels) == [
        "Published 中文模型",
        "qwen-tiny [samples=1, temperature=0.0, top_p=1.0]",
        "qwen-tiny [samples=128, temperature=0.7, top_p=0.95]",
    ]
    assert all(r["cells"][0]["what"] == "8 items" for r in board["rows"])  # 1,024 samples are 8 items


def test_by_benchmark_page(two_modes, tmp_path):
    out = tmp_path / "board.html"
    assert main(["report", str(two_modes), "--by-benchmark", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert 'id="board-mathvista"' in html and 'id="leaderboard"' not in html and 'id="conflicts"' not in html
    assert "official scoring</th>" in html and "rule scoring</th>" in html
