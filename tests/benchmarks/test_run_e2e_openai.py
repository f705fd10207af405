"""`python -m mmeval run --backend openai` against a real OpenAI-compatible server on 127.0.0.1
(`transformers serve` with the tiny checkpoint), compared with the transformers-backend run."""

from __future__ import annotations

import pytest

from mmeval.benchmarks.runs import load_run

pytestmark = pytest.mark.slow


def test_openai_backend_run_end_to_end(tiny_openai_server, tiny_mathvista_run, harness, tmp_path):
    base_url, model = tiny_openai_server
    out = tmp_path / "openai-run"
    proc = harness.run_cli(
        "run", "--model", model, "--bench", "mathvista", "--data", str(harness.mathvista_fixture()),
        "--backend", "openai", "--base-url", base_url, "--limit", "3", "--max-new-tokens", "4",
        "--concurrency", "2", "--no-progress", "--out", str(out),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    results, rows = load_run(out)
    assert results["backend"] == "openai" and results["complete"] is True
    assert results["n"] == 3 and sum(results["status_counts"].values()) == 3
    assert "error" not in results["status_counts"]
    assert results["config"]["base_url"] == base_url
    for row in rows:
        assert isinstance(row["response"], str) and row["status"] != "error"
        assert 1 <= row["tokens"]["completion"] <= 4
    # Same checkpoint, same chat template, same images: the server saw exactly the prompts the
    # transformers backend built (image tokens included).
    _, ref_rows = load_run(tiny_mathvista_run[0])
    ref_prompt_tokens = {r["id"]: r["tokens"]["prompt"] for r in ref_rows}
    assert {r["id"]: r["tokens"]["prompt"] for r in rows} == {
        r["id"]: ref_prompt_tokens[r["id"]] for r in rows
    }
