"""Run folders (docs/contracts.md section 6): append/resume, torn lines, aggregation, results, provenance."""

from __future__ import annotations

import json
import math

import pytest

from mmeval.runs.metrics import pass_at_k, wilson_interval
from mmeval.runs.store import (
    RunFormatError,
    RunWriter,
    aggregate,
    load_run,
    provenance,
    read_samples,
    write_results,
)


def _row(i, status="correct", sample_idx=0, extracted="A", **extra):
    return {
        "key": f"k{i}-{sample_idx}",
        "id": str(i),
        "sample_idx": sample_idx,
        "status": status,
        "correct": status == "correct",
        "extracted": extracted,
        **extra,
    }


def test_append_and_reload(tmp_path):
    w = RunWriter(tmp_path / "run")
    w.append(_row(1))
    w.append(_row(2, "incorrect"))
    again = RunWriter(tmp_path / "run")
    assert again.done_keys() == {"k1-0", "k2-0"}
    assert [r["id"] for r in again.rows()] == ["1", "2"]
    with pytest.raises(ValueError, match="key"):
        again.append({"id": "3"})


def test_extend_writes_many_rows_at_once(tmp_path):
    w = RunWriter(tmp_path)
    w.extend([_row(i) for i in range(5)])
    assert RunWriter(tmp_path).done_keys() == {f"k{i}-0" for i in range(5)}
    with pytest.raises(ValueError, match="key"):
        w.extend([{"id": "x"}])


def test_torn_last_line_is_ignored_and_repaired(tmp_path):
    w = RunWriter(tmp_path)
    w.append(_row(1))
    with open(w.path, "a", encoding="utf-8") as f:
        f.write('{"key": "k2-0", "id": "2", "sta')  # SIGKILL mid-write
    assert [r["id"] for r in read_samples(w.path)] == ["1"]
    resumed = RunWriter(tmp_path)
    assert resumed.done_keys() == {"k1-0"}
    resumed.append(_row(2))
    lines = w.path.read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["1", "2"]


def test_complete_row_without_newline_is_kept(tmp_path):
    (tmp_path / "samples.jsonl").write_text(json.dumps(_row(1)))
    w = RunWriter(tmp_path)
    w.append(_row(2))
    assert [r["id"] for r in read_samples(w.path)] == ["1", "2"]


def test_bad_middle_line_names_file_and_line(tmp_path):
    path = tmp_path / "samples.jsonl"
    path.write_text(json.dumps(_row(1)) + "\nnot json\n" + json.dumps(_row(2)) + "\n")
    with pytest.raises(RunFormatError, match=r"samples.jsonl:2"):
        read_samples(path)


def test_errors_are_retried_and_newest_row_wins(tmp_path):
    w = RunWriter(tmp_path)
    w.append(_row(1, "error", extracted=None, error="HTTP 503"))
    assert w.done_keys() == set()
    w.append(_row(1, "correct"))
    assert RunWriter(tmp_path).done_keys() == {"k1-0"}
    assert [r["status"] for r in read_samples(w.path)] == ["correct"]


def test_aggregate_counts_breakdowns_and_exclusions():
    rows = [
        _row(1, categories={"task": "FQA", "skills": ["ALG", "ARI"]}),
        _row(2, "incorrect", categories={"task": "FQA", "skills": ["ALG"]}),
        _row(3, "no_answer", categories={"task": "GPS", "skills": []}),
        _row(4, "gold_unparseable", categories={"task": "GPS", "skills": ["GEO"]}),
        _row(5, "error", categories={"task": "GPS"}),
    ]
    res = aggregate(rows)
    assert (res["n"], res["n_scored"], res["n_correct"]) == (5, 3, 1)
    assert res["score"] == pytest.approx(100 / 3)
    assert res["status_counts"] == {
        "correct": 1, "error": 1, "gold_unparseable": 1, "incorrect": 1, "no_answer": 1,
    }  # fmt: skip
    assert res["breakdowns"]["task"] == {
        "FQA": {"n": 2, "correct": 1, "score": 50.0},
        "GPS": {"n": 1, "correct": 0, "score": 0.0},
    }
    assert res["breakdowns"]["skills"]["ALG"] == {"n": 2, "correct": 1, "score": 50.0}
    assert res["breakdowns"]["skills"]["ARI"]["n"] == 1
    assert "GEO" not in res["breakdowns"]["skills"]  # its only row was unscored
    lo, hi = res["ci95"]
    assert lo < res["score"] < hi
    assert "metrics" not in res


def test_aggregate_empty():
    res = aggregate([])
    assert res["n"] == 0 and res["score"] == 0.0 and res["ci95"] is None


def test_wilson_against_known_values():
    assert wilson_interval(50, 100) == [40.38, 59.62]
    assert wilson_interval(0, 10)[0] == 0.0
    assert wilson_interval(10, 10)[1] == 100.0


def test_pass_at_k_estimator():
    assert pass_at_k(4, 2, 1) == pytest.approx(0.5)
    assert pass_at_k(4, 2, 2) == pytest.approx(1 - math.comb(2, 2) / math.comb(4, 2))
    assert pass_at_k(4, 0, 4) == 0.0


def test_multi_sample_metrics():
    rows = [
        # item 1: 1 of 4 correct; majority answer "B" is wrong
        _row(1, "correct", 0, "A"),
        _row(1, "incorrect", 1, "B"),
        _row(1, "incorrect", 2, "B"),
        _row(1, "incorrect", 3, "C"),
        # item 2: 3 of 4 correct
        _row(2, "correct", 0, "7"),
        _row(2, "correct", 1, "7"),
        _row(2, "incorrect", 2, None),
        _row(2, "correct", 3, "7"),
    ]
    res = aggregate(rows, samples_per_item=4)
    m = res["metrics"]
    assert res["score"] == pytest.approx(50.0)
    assert m["mean@4"] == pytest.approx(50.0) and m["mean@k"] == m["mean@4"]
    assert m["pass@1"] == pytest.approx(50.0)
    assert m["pass@4"] == pytest.approx(100.0)
    assert m["pass@2"] == pytest.approx(100 * (0.5 + 1.0) / 2)
    assert m["maj@4"] == pytest.approx(50.0)
    assert m["k"] == 4


def test_write_results_is_atomic_and_load_run(tmp_path):
    w = RunWriter(tmp_path)
    w.append(_row(1))
    partial, rows = load_run(tmp_path)
    assert partial["incomplete"] is True and partial["n"] == 1 and len(rows) == 1
    write_results(tmp_path, {"score": 100.0, "n": 1})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.json", "samples.jsonl"]
    results, rows = load_run(tmp_path)
    assert results == {"score": 100.0, "n": 1}
    with pytest.raises(FileNotFoundError, match="not a run folder"):
        load_run(tmp_path / "nope")
    (tmp_path / "results.json").write_text("{\n  oops")
    with pytest.raises(RunFormatError, match="results.json:2"):
        load_run(tmp_path)


def test_provenance():
    p = provenance({"seed": 3, "samples": 1})
    assert p["config"] == {"seed": 3, "samples": 1}
    assert p["mmeval_version"] and p["created"].endswith("+00:00")
    assert "transformers" in p["packages"] and "sympy" in p["packages"]
    assert p["git_hash"] is None or len(p["git_hash"].split("-")[0]) == 40
    json.dumps(p)
