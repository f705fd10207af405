"""`mmeval report --table mm-eureka`: the paper's rows as published, runs beside them with CIs, missing
columns shown as missing, and columns whose protocol differs from the paper's flagged."""

from __future__ import annotations

import json

import pytest

from mmeval.cli import main as mmeval_main
from mmeval.reports.paper_table import build_table, published, render_html, render_markdown


def _run(benchmark, split, n_correct, n, *, template="mm-eureka-qwen", subset="all", metrics=None):
    return {
        "model": "/ckpt/my-model", "benchmark": benchmark, "split": split, "n": n, "n_correct": n_correct,
        "n_scored": n, "score": 100 * n_correct / n,
        "protocol": {"benchmark": benchmark, "split": split, "subset": subset, "template": template,
                     "scoring_mode": "rule", "version": "1", "n_items": n},
        **({"benchmark_metrics": metrics} if metrics else {}),
    }  # fmt: skip


def _row(table, label):
    return next(cells for name, cells in table.rows if name == label)


def test_published_rows_are_the_readme_numbers():
    """The four rows the issue quotes from the MM-EUREKA README."""
    doc = published("mm-eureka")
    values = {r["model"]: [r["values"][c]["value"] for c in doc["columns"]] for r in doc["rows"]}
    assert doc["columns"] == ["MathVista", "MathVerse", "MathVision", "OlympiadBench", "WeMath", "MMK12"]
    assert values["MM-Eureka-Qwen-7B"] == [73.0, 50.3, 26.9, 20.1, 66.1, 64.5]
    assert values["Qwen-2.5-VL-7B"] == [68.2, 47.9, 25.4, 20.2, 62.1, 53.6]
    assert values["MM-Eureka-Qwen-32B"] == [74.8, 56.5, 34.4, 35.9, 73.4, 72.2]
    assert values["MM-Eureka-CPGD-Qwen-7B"] == [74.0, 50.6, 28.3, 21.4, 68.3, 65.3]
    assert "azaj01/MM-EUREKA" in doc["source"]["repository"]


def test_a_column_without_a_run_is_missing_never_zero():
    table = build_table("mm-eureka", [_run("mmk12", "test", 1000, 2000)])
    cells = _row(table, "my-model (this run)")
    assert [c.text for c in cells[:5]] == ["missing"] * 5
    assert cells[5].text.startswith("50.0 [47.8, 52.2]")


def test_olympiadbench_pools_its_configs_and_flags_a_partial_subset():
    runs = [_run("olympiadbench", "OE_MM_maths_en_COMP", 3, 10, subset="OE_MM_maths_en_COMP"),
            _run("olympiadbench", "OE_TO_physics_en_COMP", 1, 10, subset="OE_TO_physics_en_COMP")]  # fmt: skip
    table = build_table("mm-eureka", runs)
    cell = _row(table, "my-model (this run)")[3]
    assert cell.text.startswith("20.0 [") and cell.flags
    note = next(n for n in table.notes if "OlympiadBench" in n)
    assert "configs OE_MM_maths_en_COMP+OE_TO_physics_en_COMP" in note


def test_flags_name_every_difference_from_the_paper_protocol():
    full = _run("mathvista", "testmini", 700, 1000)
    other = {**_run("mathverse", "testmini", 10, 20, template="official")}
    table = build_table("mm-eureka", [full, other])
    vista = next(n for n in table.notes if n.split("] ")[1].startswith("MathVista"))
    verse = next(n for n in table.notes if "MathVerse" in n)
    assert (
        "items" not in vista and "template" not in vista and "scoring rule" in vista
    )  # only scoring differs
    assert "20 items (paper: 3940)" in verse and "template official" in verse


def test_wemath_shows_the_loose_score_with_a_ci():
    metrics = {"total": 4, "counts": {"IK": 1, "IG": 1, "RM_loose": 0, "RM_strict": 1, "CM_loose": 2,
                                      "CM_strict": 1}, "loose": {"score": 62.5}}  # fmt: skip
    table = build_table("mm-eureka", [_run("wemath", "testmini", 5, 10, metrics=metrics)])
    assert _row(table, "my-model (this run)")[4].text.startswith("62.5 [")  # (2*1 + 0.5 + 0) / 4


def test_report_command_prints_and_renders(tmp_path, capsys):
    run_dir = tmp_path / "runs" / "mmk12__test"
    run_dir.mkdir(parents=True)
    result = _run("mmk12", "test", 3, 8)
    result["breakdowns"] = {"subject": {"math": {"n": 2, "correct": 1, "score": 50.0}}}
    (run_dir / "results.json").write_text(json.dumps(result))
    assert mmeval_main(["report", "--table", "mm-eureka", str(tmp_path / "runs")]) == 0
    out = capsys.readouterr().out
    assert "| my-model (this run) | missing |" in out and "MMK12 by subject" in out
    assert "| MM-Eureka-Qwen-7B (published) | 73.0 | 50.3 | 26.9 | 20.1 | 66.1 | 64.5 |" in out
    html_path = tmp_path / "table.html"
    assert mmeval_main(["report", "--table", "mm-eureka", str(tmp_path / "runs"), "-o", str(html_path)]) == 0
    page = html_path.read_text()
    assert page.startswith("<!doctype html>") and 'class="missing"' in page
    assert render_markdown(build_table("mm-eureka", [])).count("(published)") == 14
    assert "<table>" in render_html(build_table("mm-eureka", []))


@pytest.mark.parametrize("bad", ["/no/such/run", "table.json"])
def test_bad_input_exits_2(tmp_path, capsys, bad):
    path = tmp_path / bad if not bad.startswith("/") else bad
    if bad == "table.json":
        (tmp_path / "results.json").write_text("{not json")
        path = tmp_path
    assert mmeval_main(["report", "--table", "mm-eureka", str(path)]) == 2
    assert "mmeval report:" in capsys.readouterr().err
