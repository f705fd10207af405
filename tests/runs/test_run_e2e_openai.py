"""`python -m mmeval run --backend openai` against a real OpenAI-compatible server on 127.0.0.1
(`transformers serve` with the tiny checkpoint), compared with the transformers-backend run."""

from __future__ import annotations

import pytest

from mmeval.runs.store import load_run

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


def test_failed_requests_are_errors_then_retried_on_resume(tiny_openai_server, harness, tmp_path, capsys):
    """A server that only fails: every sample is an `error` row (not a wrong answer), exit code 1.
    The same command against a working server then fills in exactly those samples."""
    import http.server
    import threading

    from mmeval.cli import main as mmeval_main

    class Failing(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Failing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url, model = tiny_openai_server
    out = tmp_path / "flaky"
    args = ["run", "--model", model, "--bench", "mathvista", "--data", str(harness.mathvista_fixture()),
            "--backend", "openai", "--limit", "2", "--max-new-tokens", "4", "--max-retries", "0",
            "--no-progress", "--out", str(out)]  # fmt: skip
    try:
        assert mmeval_main([*args, "--base-url", f"http://127.0.0.1:{server.server_address[1]}/v1"]) == 1
    finally:
        server.shutdown()
    results, rows = load_run(out)
    assert results["status_counts"] == {"error": 2} and results["n_scored"] == 0
    assert results["complete"] is False and all(r["correct"] is False for r in rows)
    assert "run the same command again" in capsys.readouterr().err

    assert mmeval_main([*args, "--base-url", base_url]) == 0
    results, rows = load_run(out)
    assert results["complete"] is True and "error" not in results["status_counts"]
    assert results["n"] == 2 and results["n_scored"] == 2
    assert len((out / "samples.jsonl").read_text().splitlines()) == 4  # 2 error rows kept, 2 newer rows win


def test_mathverse_judge_mode_asks_a_real_server(tiny_openai_server, harness, tmp_path):
    """`score --mode judge` sends each answer to a judge model on a real OpenAI-compatible server and
    records what came back. The tiny random model seldom replies 1 or 0, so each row is a verdict from
    the judge or a judge error quoting the judge's own reply: never a failed request or a crash."""
    import json

    from mmeval.benchmarks import fixture_path

    base_url, model = tiny_openai_server
    fixture = fixture_path("mathverse")
    records = json.loads((fixture / "testmini.json").read_text(encoding="utf-8"))[:2]
    preds = tmp_path / "preds.jsonl"
    lines = [
        json.dumps({"id": r["sample_index"], "response": f"So the answer is {r['answer']}."}) for r in records
    ]
    preds.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "judged"
    proc = harness.run_cli(
        "score", "--bench", "mathverse", "--predictions", str(preds), "--data", str(fixture),
        "--mode", "judge", "--judge-url", base_url, "--judge-model", model, "--out", str(out),
    )  # fmt: skip
    results, rows = load_run(out)
    assert results["config"]["scoring_mode"] == "judge" and len(rows) == 2
    failed = sum(row["status"] == "error" for row in rows)
    assert proc.returncode == (1 if failed else 0), proc.stderr[-3000:]  # as `run`: exit 1 when some failed
    for row in rows:
        if row["status"] == "error":  # the judge answered, but not with 1 or 0 (five tries)
            assert f"judge {model} at {base_url} gave no 1/0" in row["reason"], row
            assert not any(e in row["reason"] for e in ("Connection", "ServerError", "BadRequest")), row
        else:
            assert row["status"] in ("correct", "incorrect") and row["rule"] == "judge", row
            assert row["reason"].startswith(f"judge {model}: "), row
