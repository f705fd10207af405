"""`mmeval report` as a command: Markdown, CSV, --compare, and exit code 2 on bad input."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from scipy import stats

from mmeval.cli import main
from mmeval.reports import load_run_folder
from mmeval.reports.compare import compare_runs


def _rows(path):
    return [json.loads(line) for line in (path / "samples.jsonl").read_text().splitlines()]


def test_markdown_table(synthetic_runs, capsys):
    assert main(["report", str(synthetic_runs), "--format", "md"]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0]
    assert header == "| model | mathvision/test | mathvista/testmini ⚠ | average |"
    alpha = load_run_folder(synthetic_runs / "alpha-mathvista").results
    row = next(line for line in out.splitlines() if line.startswith("| alpha |"))
    assert f"{alpha['score']:.1f} (" in row
    assert "⚠ mathvista/testmini: runs differ in temperature (0.0, 0.7)." in out


def test_csv_one_row_per_run(synthetic_runs, tmp_path):
    out = tmp_path / "board.csv"
    assert main(["report", str(synthetic_runs), "--format", "csv", "-o", str(out)]) == 0
    df = pd.read_csv(out)
    assert len(df) == 7
    for rec in df.itertuples():
        results = json.loads((synthetic_runs / rec.path.split("/")[-1] / "results.json").read_text())
        assert rec.score == pytest.approx(results["score"], abs=1e-3)
        assert rec.temperature == results["config"]["temperature"]
    assert {"ci_low", "ci_high", "scoring_mode", "prompt_template", "benchmark_version"} <= set(df.columns)


def test_compare_counts_flips_and_runs_mcnemar(synthetic_runs, capsys):
    a_dir, b_dir = synthetic_runs / "alpha-mathvista", synthetic_runs / "beta-mathvista"
    a = {r["id"]: r["correct"] for r in _rows(a_dir) if r["status"] != "gold_unparseable"}
    b = {r["id"]: r["correct"] for r in _rows(b_dir) if r["status"] != "gold_unparseable"}
    common = sorted(a.keys() & b.keys())
    lost = [i for i in common if a[i] and not b[i]]
    gained = [i for i in common if b[i] and not a[i]]
    c = compare_runs(load_run_folder(a_dir), load_run_folder(b_dir))
    assert sorted(r["id"] for r in c.only_a) == lost and sorted(r["id"] for r in c.only_b) == gained
    assert c.n_paired == len(common)
    assert c.delta == pytest.approx(
        100 * (sum(b[i] for i in common) - sum(a[i] for i in common)) / len(common)
    )
    expected = stats.chi2.sf((abs(len(lost) - len(gained)) - 1) ** 2 / (len(lost) + len(gained)), 1)
    assert c.test.p_value == pytest.approx(expected)
    assert (
        main(["report", str(a_dir), str(b_dir), "--format", "md", "--compare", str(a_dir), str(b_dir)]) == 0
    )
    err = capsys.readouterr().err
    assert f"flipped: {len(gained)} now right, {len(lost)} now wrong" in err


def test_compare_refuses_two_benchmarks(synthetic_runs, capsys):
    a, b = synthetic_runs / "alpha-mathvista", synthetic_runs / "alpha-mathvision"
    assert main(["report", str(a), "--compare", str(a), str(b), "-o", "/dev/null"]) == 2
    assert "two runs of one benchmark" in capsys.readouterr().err


def test_bad_input_exits_2_with_file_and_line(tmp_path, capsys):
    run = tmp_path / "run"
    run.mkdir()
    (run / "results.json").write_text('{"benchmark": "mathvista",\n "score": }')
    assert main(["report", str(run), "--format", "csv"]) == 2
    assert f"{run / 'results.json'}:2" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing"), "--format", "md"]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["md", "csv", "html"])
def test_mixed_runs_report_in_every_format(mixed_runs, tmp_path, fmt, capsys):
    """`mmeval report` on a greedy run, a sampled run and a re-scored published output of one benchmark."""
    out = tmp_path / f"board.{fmt}"
    assert main(["report", str(mixed_runs), "--format", fmt, "-o", str(out)]) == 0, capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert "Published 中文模型" in text
    if fmt == "md":
        assert "max_new_tokens (1024, –)" in text and "temperature (0.0, 0.7, –)" in text
    if fmt == "csv":
        df = pd.read_csv(out)
        assert sorted(df["items"]) == [8, 8, 8] and sorted(df["n"]) == [8, 8, 1024]


def test_training_only_page_is_titled_for_training(synthetic_runs, tmp_path):
    out = tmp_path / "train.html"
    assert main(["report", str(synthetic_runs / "train"), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<title>mmeval training runs</title>" in html and "leaderboard</title>" not in html
    out2 = tmp_path / "all.html"
    assert main(["report", str(synthetic_runs), "-o", str(out2)]) == 0
    assert "<title>mmeval leaderboard</title>" in out2.read_text(encoding="utf-8")
