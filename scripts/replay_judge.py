"""A replay judge: an OpenAI-compatible chat server on 127.0.0.1 that answers the cascade's judge requests
with what the official pipeline's GPT judge answered, read from published output files.

    python scripts/replay_judge.py ../shared/data/published/mathvista/outputs/output_bard.json --port 8011
    python -m mmeval score --bench mathvista --predictions .../output_bard.json --mode cascade \\
        --judge-url http://127.0.0.1:8011/v1 --judge-model replay-gpt4 --judge-cache /tmp/judge_cache

For every published record it builds the exact prompts the cascade would send about that response
(`mmeval.judges.prompts`: extractor and verifier) and answers an extractor prompt with the record's
published GPT `extraction` (MATH-V: `model_answer`), a verifier prompt with its published verdict
(`correct`/`incorrect`). A cascade run against it on a MathVista file is what the cascade would give with
the official GPT-4 extractions as its judge. A prompt it does not know gets HTTP 404 (an `error` row in
the cascade, never a made-up answer). Standard library only; `serve()` starts it in a thread for tests.
"""

from __future__ import annotations

import argparse
import hashlib
import http.server
import json
import sys
import threading
from pathlib import Path
from typing import Any

from mmeval.benchmarks import get_benchmark
from mmeval.judges.prompts import extractor_prompt, verifier_prompt
from mmeval.runs.predictions import read_predictions

__all__ = ["replay_table", "serve"]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def replay_table(bench_name: str, files: list[Path], data: Path | None = None) -> ReplayTable:
    """{sha256(prompt): reply} for the extractor and verifier prompts about every record of `files`."""
    bench = get_benchmark(bench_name)
    golds = {it.id: it for it in bench.load(None, data, require_images=False)} if data else {}
    table = ReplayTable()
    ambiguous = set()
    for path in files:
        for pred in read_predictions(path):
            item = golds.get(pred.id) or bench.to_item(pred.record, [])
            if pred.has_extraction:
                extraction = "" if pred.extraction is None else str(pred.extraction)
                key = _sha(extractor_prompt(bench.name, item, pred.response))
                if table.get(key, extraction) != extraction:
                    ambiguous.add(key)
                table[key] = extraction
            verdict = pred.record.get("true_false", pred.record.get("correct"))
            if verdict is not None:
                table[_sha(verifier_prompt(bench.name, item, pred.response))] = (
                    "correct" if verdict else "incorrect"
                )
    table.ambiguous = len(ambiguous)
    return table


class ReplayTable(dict):
    """{sha256(prompt): reply}; `ambiguous`: prompts that got two different published extractions (the
    same question and response on two items, extracted differently by GPT): the replay gives the last."""

    ambiguous: int = 0


class _Handler(http.server.BaseHTTPRequestHandler):
    table: dict[str, str] = {}
    counter: dict[str, int] = {}

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _send(self, code: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._send(200, {"object": "list", "data": [{"id": "replay", "object": "model"}]})

    def do_POST(self) -> None:  # noqa: N802
        if not self.path.rstrip("/").endswith("/chat/completions"):
            return self._send(404, {"error": {"message": f"no route {self.path}"}})
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        prompt = (body.get("messages") or [{}])[-1].get("content", "")
        self.counter["requests"] = self.counter.get("requests", 0) + 1
        reply = self.table.get(_sha(prompt if isinstance(prompt, str) else json.dumps(prompt)))
        if reply is None:
            self.counter["unknown"] = self.counter.get("unknown", 0) + 1
            return self._send(
                404, {"error": {"message": "replay judge: no published answer for this prompt"}}
            )
        message = {"role": "assistant", "content": reply}
        self._send(200, {"id": "replay", "object": "chat.completion", "model": body.get("model", "replay"),
                         "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                         "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}})  # fmt: skip


def serve(
    table: dict[str, str], port: int = 0
) -> tuple[http.server.ThreadingHTTPServer, str, dict[str, int]]:
    """Start the replay server in a daemon thread: (server, base URL, request counter)."""
    counter: dict[str, int] = {"requests": 0, "unknown": 0}
    handler = type("ReplayHandler", (_Handler,), {"table": table, "counter": counter})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/v1", counter


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "files", nargs="+", type=Path, help="published output files (MathVista output_*.json)"
    )
    parser.add_argument("--bench", default="mathvista")
    parser.add_argument("--data", type=Path, help="gold file for outputs without golds (MATH-V test.jsonl)")
    parser.add_argument("--port", type=int, default=8011)
    args = parser.parse_args()
    missing = [str(f) for f in args.files if not f.exists()]
    if missing:
        print(f"replay_judge: no such file: {missing[0]}", file=sys.stderr)
        return 2
    server, url, _ = serve(replay_table(args.bench, args.files, args.data), args.port)
    print(f"replay judge on {url} ({len(args.files)} files)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
