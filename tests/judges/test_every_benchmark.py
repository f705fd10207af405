"""`score --mode cascade` on every benchmark's fixture, with both judge roles: the rules decide the
answered samples, the judge decides the unfinished one, and its reply alone sets that sample's verdict."""

from __future__ import annotations

import http.server
import json
import threading

import pytest

from mmeval.benchmarks import fixture_path, get_benchmark
from mmeval.benchmarks.registry import list_benchmarks
from mmeval.cli import main as mmeval_main
from mmeval.judges.prompts import answer_form, extractor_prompt
from mmeval.runs.store import load_run


def _judge(reply_for) -> http.server.ThreadingHTTPServer:
    """An OpenAI-compatible chat server whose reply is `reply_for(prompt)`."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            content = reply_for(body["messages"][-1]["content"])
            data = json.dumps({"id": "x", "object": "chat.completion", "model": body["model"], "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}]}).encode()  # fmt: skip
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize("bench_name", list_benchmarks())
@pytest.mark.parametrize("role", ["extract", "verify"])
def test_cascade_on_every_benchmark(tmp_path, bench_name, role):
    bench = get_benchmark(bench_name)
    items = bench.load(None, fixture_path(bench_name), require_images=False)[:3]
    gold_of_first = items[0].gold
    preds = tmp_path / "preds.jsonl"
    unanchored = "First I add 2 and 3 to get 5.\nThen I subtract 1, so 4 or maybe 6 remain"  # for the judge
    lines = [{"id": items[0].id, "response": unanchored}] + [
        {"id": it.id, "response": f"The answer is $\\boxed{{{it.gold}}}$."} for it in items[1:]
    ]
    preds.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    outcomes = {}
    for says in ("right", "wrong"):
        reply = {("extract", "right"): gold_of_first, ("extract", "wrong"): "no such answer 123456",
                 ("verify", "right"): "correct", ("verify", "wrong"): "incorrect"}[(role, says)]  # fmt: skip
        server = _judge(lambda prompt, reply=reply: reply)
        out = tmp_path / f"run-{says}"
        try:
            code = mmeval_main(["score", "--bench", bench_name, "--predictions", str(preds),
                                "--data", str(fixture_path(bench_name)), "--mode", "cascade",
                                "--judge-role", role, "--judge-url", f"http://127.0.0.1:{server.server_address[1]}/v1",
                                "--judge-model", "m", "--no-judge-cache", "--out", str(out)])  # fmt: skip
        finally:
            server.shutdown()
        assert code == 0
        rows = {r["id"]: r for r in load_run(out)[1]}
        assert rows[items[0].id]["decided_by"] == "judge" and rows[items[0].id]["judge_reply"] == reply
        assert all(rows[it.id]["decided_by"] == "rules" and rows[it.id]["correct"] for it in items[1:])
        outcomes[says] = rows[items[0].id]["correct"]
    assert outcomes == {"right": True, "wrong": False}


@pytest.mark.parametrize("bench_name", list_benchmarks())
def test_extractor_asks_for_the_benchmarks_own_answer_form(bench_name):
    """Each benchmark's extractor prompt names the form its scorer reads (an option letter for the
    all-multiple-choice ones), not the generic fallback a newly added benchmark would get."""
    item = get_benchmark(bench_name).load(None, fixture_path(bench_name), require_images=False)[0]
    assert answer_form(bench_name) != answer_form("no-such-benchmark")
    assert answer_form(bench_name) in extractor_prompt(bench_name, item, "The answer is 3.")
