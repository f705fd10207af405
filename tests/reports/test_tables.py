"""Leaderboard aggregation, settings conflicts, breakdowns, statistics and loader errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scipy import stats

from mmeval.reports import ReportInputError, discover, load_run_folder, mcnemar, wilson_interval
from mmeval.reports.synthetic import write_synthetic_run
from mmeval.reports.tables import (
    breakdown,
    column_setting_conflicts,
    crosstab,
    leaderboard,
    runs_frame,
    setting_text,
)


def _expected_score(path):
    rows = [json.loads(line) for line in (path / "samples.jsonl").read_text().splitlines()]
    scored = [r for r in rows if r["status"] != "gold_unparseable"]
    return 100 * sum(r["correct"] for r in scored) / len(scored)


def test_leaderboard_scores_match_samples(synthetic_runs):
    runs, training = discover([synthetic_runs])
    assert len(runs) == 7 and len(training) == 1
    table = leaderboard(runs_frame(runs))
    assert table.at["alpha", "mathvista/testmini"] == pytest.approx(
        _expected_score(synthetic_runs / "alpha-mathvista"), abs=0.01
    )
    # best average first; alpha (0.7 accuracy) leads, and delta's average covers one benchmark
    assert table.index[0] == "alpha" and table["average"].is_monotonic_decreasing
    assert table.loc["delta", "benchmarks"] == 1
    assert table.at["beta", "average"] == pytest.approx(
        table.loc["beta", ["mathvista/testmini", "mathvision/test"]].mean()
    )


def test_unlike_settings_are_flagged(synthetic_runs):
    runs, _ = discover([synthetic_runs])
    conflicts = column_setting_conflicts(runs_frame(runs))
    assert conflicts == {"mathvista/testmini": {"temperature": ["0.0", "0.7"]}}


def test_mixed_settings_of_one_benchmark(mixed_runs):
    """A greedy run, a sampled run and a re-scored published output (no generation settings): values of
    mixed types and missing ones compare, sort and label (pandas 3 raised TypeError here)."""
    runs, _ = discover([mixed_runs])
    frame = runs_frame(runs)
    assert column_setting_conflicts(frame) == {
        "mathvista/testmini": {
            "prompt_template": ["official", "replay"],
            "samples": ["1", "128"],
            "temperature": ["0.0", "0.7", "–"],
            "top_p": ["0.95", "1.0", "–"],
            "max_new_tokens": ["1024", "–"],
        }
    }
    assert sorted(frame["label"]) == [
        "Published 中文模型",
        "qwen-tiny [samples=1, temperature=0.0, top_p=1.0]",
        "qwen-tiny [samples=128, temperature=0.7, top_p=0.95]",
    ]
    sampled = frame.set_index("run_name").loc["sampled"]
    assert (sampled["n"], sampled["items"]) == (8 * 128, 8)  # items are items, not samples


# Each setting named here by hand (not read from SETTING_KEYS): dropping one from the check fails its case.
@pytest.mark.parametrize(
    ("key", "a", "b"),
    [
        ("temperature", 0.0, 0.7),
        ("top_p", 1.0, 0.9),
        ("max_new_tokens", 1024, 4096),
        ("samples", 1, 8),
        ("prompt_template", "official", "cot"),
        ("scoring_mode", "rule", "official"),
    ],
)
def test_each_generation_setting_is_checked(tmp_path, key, a, b):
    write_synthetic_run(tmp_path / "a", model="m1", n=20, config={key: a})
    write_synthetic_run(tmp_path / "b", model="m2", n=20, config={key: b})
    conflicts = column_setting_conflicts(runs_frame(discover([tmp_path])[0]))
    assert conflicts == {"mathvista/testmini": {key: sorted([setting_text(key, a), setting_text(key, b)])}}


def test_item_count_and_version_differences_are_checked(tmp_path):
    write_synthetic_run(tmp_path / "full", model="m1", n=30)
    write_synthetic_run(tmp_path / "subset", model="m2", n=10, benchmark_version="2")
    conflicts = column_setting_conflicts(runs_frame(discover([tmp_path])[0]))
    assert conflicts == {"mathvista/testmini": {"benchmark_version": ["1", "2"], "items": ["10", "30"]}}


def test_same_model_two_settings_get_two_labels(tmp_path):
    write_synthetic_run(tmp_path / "a", model="m", n=50, config={"scoring_mode": "official"})
    write_synthetic_run(tmp_path / "b", model="m", n=50, config={"scoring_mode": "rule"})
    labels = set(runs_frame(discover([tmp_path])[0])["label"])
    assert labels == {"m [scoring_mode=official]", "m [scoring_mode=rule]"}


def test_breakdown_counts_multi_valued_skills_in_each(synthetic_runs):
    run = load_run_folder(synthetic_runs / "alpha-mathvista")
    table = breakdown([run], ["alpha"], "skills")
    n_skill_mentions = sum(
        len(r["categories"]["skills"]) for r in run.samples if r["status"] != "gold_unparseable"
    )
    assert table["n"]["alpha"].sum() == n_skill_mentions
    ct = crosstab(load_run_folder(synthetic_runs / "alpha-mathvision"), "subject", "level")
    values = ct.stack().dropna()
    assert list(ct.columns) == ["1", "2", "3", "4", "5"] and values.between(0, 100).all() and len(values) > 40


def test_wilson_matches_scipy():
    low, high = wilson_interval(37, 120)
    ci = stats.binomtest(37, 120).proportion_ci(confidence_level=0.95, method="wilson")
    assert (low, high) == pytest.approx((100 * ci.low, 100 * ci.high), abs=1e-4)


def test_mcnemar_exact_and_chi2():
    assert mcnemar(8, 2).p_value == pytest.approx(stats.binomtest(8, 10, 0.5).pvalue)
    assert mcnemar(8, 2).method == "exact binomial"
    big = mcnemar(40, 20)
    assert big.method.startswith("chi-square") and big.p_value == pytest.approx(stats.chi2.sf(19**2 / 60, 1))
    assert not mcnemar(5, 5).significant


def test_bad_input_names_file_and_line(tmp_path):
    run = write_synthetic_run(tmp_path / "r", n=5)
    lines = (run / "samples.jsonl").read_text().splitlines()
    lines[1] = "{not json"
    (run / "samples.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.raises(ReportInputError, match=r"samples.jsonl:2"):
        load_run_folder(run)
    (run / "samples.jsonl").write_text(json.dumps({"id": "1"}) + "\n")
    with pytest.raises(ReportInputError, match=r"row 1: missing key\(s\) \['status'\]"):
        load_run_folder(run)
    with pytest.raises(ReportInputError, match="no such file"):
        discover([tmp_path / "nowhere"])


def test_run_killed_before_results_still_reports(tmp_path):
    run = write_synthetic_run(tmp_path / "killed", n=30)
    expected = _expected_score(run)
    (run / "results.json").unlink()
    with (run / "samples.jsonl").open("a") as fh:
        fh.write('{"id": "torn", "sta')  # a write cut by SIGKILL
    loaded = load_run_folder(run)
    assert loaded.results["benchmark"] == "mathvista" and len(loaded.samples) == 30
    assert runs_frame([loaded]).at[0, "score"] == pytest.approx(expected, abs=0.01)


def test_drilldown_payload_round_trip_keeps_the_answer_end():
    import base64
    import gzip

    from mmeval.reports.drilldown import encode_payload, run_payload, truncate
    from mmeval.reports.loading import Run

    long = "step " * 2000 + "so the answer is \\boxed{42}"
    assert truncate(long).endswith("\\boxed{42}") and len(truncate(long)) < len(long)
    run = Run(path=Path("."), results={"benchmark": "mathvista", "score": 0},
              samples=[{"id": "7", "status": "correct", "response": long, "categories": {"skills": ["a", "b"]}}])  # fmt: skip
    payload = json.loads(gzip.decompress(base64.b64decode(encode_payload(run_payload(run)))))
    row = payload["rows"][0]
    assert row[0] == "7" and payload["statuses"][row[5]] == "correct"
    assert [payload["cats"][i] for i in row[7]] == ["skills=a", "skills=b"]


def test_training_chart_shows_accuracy_before_filter_beside_the_reward():
    from mmeval.reports.charts import training_chart

    rows = [
        {"step": 1, "accuracy_reward": 0.5, "accuracy_before_filter": 0.1, "format_reward": 1.0},
        {"step": 2, "accuracy_reward": 0.5, "accuracy_before_filter": 0.4, "format_reward": 1.0},
    ]
    svg = training_chart(rows, "run")
    assert "accuracy_before_filter" in svg and "accuracy_reward" in svg
    without = training_chart(
        [{"step": 1, "accuracy_reward": 0.5}, {"step": 2, "accuracy_reward": 0.6}], "run"
    )
    assert "accuracy_before_filter" not in without
