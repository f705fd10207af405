"""The cascade end to end against a real `transformers serve` of the tiny model on 127.0.0.1: `mmeval run
--mode cascade` generates with it and asks it as the judge, then `mmeval score --mode cascade` asks it about
unanchored replies. The tiny model's replies are noise, but the request and response path is real, and each
judged row must be exactly what the judge's own reply gives: the same prompt sent again returns the recorded
reply, and grading that reply gives the verdict. (An empty generation goes to the judge too: the official
MathVista verdict of an empty response is what GPT's extraction made of it.)"""

from __future__ import annotations

import json

import pytest

from mmeval.benchmarks import get_benchmark
from mmeval.judges import ChatJudge
from mmeval.judges.cascade import grade_extraction
from mmeval.judges.prompts import extractor_prompt, parse_extraction
from mmeval.runs.store import load_run

pytestmark = pytest.mark.slow


def test_run_mode_cascade_against_a_served_tiny_model(tiny_openai_server, harness, tmp_path):
    base_url, model = tiny_openai_server
    out, cache = tmp_path / "run", tmp_path / "judge_cache"
    judge_args = ["--mode", "cascade", "--judge-url", base_url, "--judge-model", model, "--judge-cache", str(cache),
                  "--judge-concurrency", "2", "--judge-max-tokens", "24"]  # fmt: skip
    args = ["run", "--model", model, "--bench", "mathvista", "--data", str(harness.mathvista_fixture()),
            "--backend", "openai", "--base-url", base_url, "--limit", "4", "--max-new-tokens", "6",
            "--concurrency", "2", "--no-progress", "--out", str(out), *judge_args]  # fmt: skip
    proc = harness.run_cli(*args)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results, rows = load_run(out)
    assert results["config"]["scoring_mode"] == "cascade" and len(rows) == 4
    # the tiny model's few tokens often decode to nothing: an empty response is the judge's to read
    assert all(r["decided_by"] == "judge" for r in rows if not r["response"].strip())

    # its generations, and unanchored replies in place of the empty ones, scored against it as the judge
    unanchored = "First I add 2 and 3 to get 5.\nThen I subtract 1, so 4 or maybe 6 remain"
    preds = tmp_path / "preds.jsonl"
    preds.write_text(
        "\n".join(json.dumps({"id": r["id"], "response": r["response"] or unanchored}) for r in rows)
    )
    scored = tmp_path / "scored"
    score_args = ["score", "--bench", "mathvista", "--predictions", str(preds), "--data",
                  str(harness.mathvista_fixture()), "--out", str(scored), *judge_args]  # fmt: skip
    proc = harness.run_cli(*score_args)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results, rows = load_run(scored)
    summary = results["cascade"]
    judged = [r for r in rows if r["decided_by"] == "judge"]
    assert judged, "an unanchored reply with several numbers is left to the judge"
    assert summary["judged"] == len(judged) and summary["judge_calls"] >= 1 and summary["judge_errors"] == 0
    assert summary["judge_model"] == model and summary["cache"]["stored"] == summary["judge_calls"]

    bench = get_benchmark("mathvista")
    items = {it.id: it for it in bench.load("testmini", harness.mathvista_fixture(), require_images=False)}
    judge = ChatJudge(base_url, model, max_tokens=24)
    for row in judged:
        item = items[row["id"]]
        reply = judge.complete(extractor_prompt("mathvista", item, row["response"]))
        assert reply == row["judge_reply"]  # the recorded reply is the server's reply to that prompt
        assert row["correct"] == grade_extraction(bench, item, parse_extraction(reply))
        assert row["extracted"] == parse_extraction(reply) and row["rule"] == "judge_extract"

    # the same command again: every judge reply from the cache, same verdicts
    again = harness.run_cli(*score_args)
    assert again.returncode == 0, again.stderr[-3000:]
    results2, rows2 = load_run(scored)
    assert results2["cascade"]["judge_calls"] == 0
    prompts = {extractor_prompt("mathvista", items[r["id"]], r["response"]) for r in judged}
    assert results2["cascade"]["cache"]["hits"] == len(prompts)
    assert [(r["id"], r["status"]) for r in rows2] == [(r["id"], r["status"]) for r in rows]
    assert json.loads((scored / "results.json").read_text())["score"] == results["score"]
