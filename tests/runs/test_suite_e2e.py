"""End to end on CPU, offline, through the tiny model: `mmeval run --suite mm-eureka` on the shipped
fixtures (covers wemath and mmk12 beside the four), `mmeval run` on the k12 and dynamath fixtures, and
`mmeval report --table mm-eureka` over the suite's folder."""

from __future__ import annotations

import json

import pytest

from mmeval.benchmarks import fixture_path
from mmeval.cli import main as mmeval_main
from mmeval.runs.store import load_run
from mmeval.runs.suite import SUITES

pytestmark = pytest.mark.slow

TINY = ["--backend", "transformers", "--max-new-tokens", "6", "--batch-size", "4", "--no-progress"]


@pytest.fixture
def suite_run(tiny_model_dir, tmp_path, capsys, one_torch_thread):
    out = tmp_path / "suite"
    root = fixture_path("mathvista").parent
    args = ["run", "--suite", "mm-eureka", "--model", str(tiny_model_dir), "--data-root", str(root),
            "--limit", "3", "--out", str(out), *TINY]  # fmt: skip
    code = mmeval_main(args)
    return out, code, capsys.readouterr()


def test_suite_runs_every_entry_it_has_data_for(suite_run):
    out, code, captured = suite_run
    # the fixture has no OE_TO_physics_en_COMP: that entry is skipped and named, so the exit code is 1
    assert code == 1 and "skipped olympiadbench OE_TO_physics_en_COMP" in captured.err
    expected = {f"{e.benchmark}__{e.split}" for e in SUITES["mm-eureka"].entries} - {
        "olympiadbench__OE_TO_physics_en_COMP"
    }
    assert {p.name for p in out.iterdir()} == expected
    for name in expected:
        results, rows = load_run(out / name)
        assert results["protocol"]["template"] == "mm-eureka-qwen" == results["config"]["prompt_template"]
        assert results["protocol"]["scoring_mode"] == "rule" and results["protocol"]["n_items"] == len(rows)
        assert results["protocol"]["benchmark"] == results["benchmark"]
    wemath, rows = load_run(out / "wemath__testmini")
    assert {"strict", "loose", "counts", "step_accuracy"} <= set(wemath["benchmark_metrics"])
    mmk12, _ = load_run(out / "mmk12__test")
    assert set(mmk12["breakdowns"]["subject"]) <= {"math", "physics", "chemistry", "biology"}
    assert "table: mmeval report --table mm-eureka" in captured.out


def test_table_over_the_suite_folder(suite_run, capsys):
    out, _, _ = suite_run
    assert mmeval_main(["report", "--table", "mm-eureka", str(out)]) == 0
    text = capsys.readouterr().out
    row = next(line for line in text.splitlines() if "(this run)" in line and "MMK12" not in line)
    assert row.count("[") >= 12 and "missing" not in row  # six columns, each a score, a CI and a flag
    assert "configs OE_MM_maths_en_COMP+OE_MM_physics_en_COMP+OE_TO_maths_en_COMP" in text
    assert "3 items (paper: 2000)" in text


@pytest.mark.parametrize("bench, metric", [("k12", None), ("dynamath", "worst_case")])
def test_k12_and_dynamath_fixture_runs(tiny_model_dir, tmp_path, bench, metric, one_torch_thread):
    out = tmp_path / bench
    args = ["run", "--bench", bench, "--model", str(tiny_model_dir), "--data", str(fixture_path(bench)),
            "--template", "mm-eureka", "--out", str(out), *TINY]  # fmt: skip
    assert mmeval_main(args) == 0
    results, rows = load_run(out)
    assert results["n"] == len(rows) == len(get_items(bench)) and results["complete"]
    assert results["protocol"] == {**results["protocol"], "benchmark": bench, "template": "mm-eureka"}
    if metric:
        m = results["benchmark_metrics"]
        assert m["n_seeds"] == 3 and m["variants_per_seed"] == [3]
        assert m[metric] <= m["average_case"]
    json.dumps(results)  # JSON-safe


def get_items(bench):
    from mmeval.benchmarks import get_benchmark

    b = get_benchmark(bench)
    return b.load(b.default_split, fixture_path(bench))


@pytest.mark.parametrize(
    "extra, message",
    [(["--suite", "nosuch"], "unknown --suite 'nosuch'"),
     (["--suite", "mm-eureka", "--bench", "mathvista"], "drop --bench"),
     (["--data-root", "."], "--data-root goes with --suite"),
     ([], "--bench (or --suite) is required"),
     (["--suite", "mm-eureka", "--data-root", "/no/such/folder"], "no such folder")],
)  # fmt: skip
def test_suite_usage_errors_exit_2(tmp_path, capsys, extra, message):
    (tmp_path / "config.json").write_text("{}")
    assert mmeval_main(["run", "--model", str(tmp_path), "--backend", "transformers", *extra]) == 2
    assert message in capsys.readouterr().err
