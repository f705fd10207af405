"""An HTTP reward server speaking OpenRLHF's remote reward protocol, graded by mmeval's verifiers.

OpenRLHF (`--remote_rm_url http://HOST:PORT/get_reward`) POSTs `{"query": [...], "prompts": [...],
"labels": [...]}` where each query is the prompt text followed by the response; the server answers
`{"rewards": [...], "scores": [...], "extra_logs": {...}}`. The scoring is the verifiers' OpenRLHF adapter
(`mmeval.verifiers.rewards.reward_func`): `rewards` = accuracy_weight * accuracy + format_weight * format,
`scores` = the accuracy alone (OpenRLHF's dynamic filtering reads it), `extra_logs` the batch means of
accuracy, format and gold-unparseable. A gold that does not parse is rewarded 0 (never 1). The whole
batch is graded in one `grade_batch` call (parallel, each pair bounded by the verifiers' timeout).

Stdlib only (`ThreadingHTTPServer`): bound to 127.0.0.1 unless told otherwise; with a token, requests
need `Authorization: Bearer <token>`. `GET /health` answers `{"status": "ok"}`.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["ServerConfig", "score_batch", "make_server", "serve", "MAX_BODY_BYTES"]

MAX_BODY_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ServerConfig:
    accuracy_weight: float = 1.0
    format_weight: float = 0.5
    format_kind: str = "think_answer"
    token: str | None = None
    workers: int | None = None


def _as_list(value: Any) -> Any:
    return value.tolist() if hasattr(value, "tolist") else value


def score_batch(payload: dict[str, Any], config: ServerConfig) -> dict[str, Any]:
    """Grade one OpenRLHF request body with `mmeval.verifiers.rewards.reward_func` (one `grade_batch`
    call for the whole batch); raises ValueError on a malformed body."""
    from mmeval.verifiers.rewards import RewardConfig, reward_func

    queries, labels = payload.get("query"), payload.get("labels")
    prompts = payload.get("prompts")
    if prompts is None and isinstance(queries, list):
        prompts = [""] * len(queries)
    if not isinstance(queries, list) or not isinstance(labels, list) or not isinstance(prompts, list):
        raise ValueError("expected JSON lists 'query' and 'labels' (and optionally 'prompts')")
    if not (len(queries) == len(labels) == len(prompts)):
        raise ValueError(
            f"lengths differ: query {len(queries)}, prompts {len(prompts)}, labels {len(labels)}"
        )
    if not all(isinstance(x, str) for x in queries + prompts):
        raise ValueError("'query' and 'prompts' must hold strings")
    reward_config = RewardConfig(
        accuracy_weight=config.accuracy_weight,
        format_weight=config.format_weight,
        format_kind=config.format_kind,
        workers=config.workers,
    )
    result = reward_func(queries, prompts, labels, config=reward_config)
    return {
        "rewards": _as_list(result["rewards"]),
        "scores": _as_list(result["scores"]),
        "extra_logs": {k: _as_list(v) for k, v in result["extra_logs"].items()},
    }


class _Handler(BaseHTTPRequestHandler):
    server_version = "mmeval-rewards/1"
    config: ServerConfig

    def _send(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> bool:
        if not self.config.token:
            return True
        given = self.headers.get("Authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {self.config.token}".encode())

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.rstrip("/") == "/health":
            self._send(200, {"status": "ok"})
        else:
            self._send(404, {"error": f"unknown path {self.path}; POST /get_reward"})

    def do_POST(self) -> None:  # noqa: N802
        if self.path.rstrip("/") != "/get_reward":
            return self._send(404, {"error": f"unknown path {self.path}; POST /get_reward"})
        if not self._authorised():
            return self._send(401, {"error": "missing or wrong bearer token"})
        length = int(self.headers.get("Content-Length") or 0)
        if length <= 0 or length > MAX_BODY_BYTES:
            return self._send(
                413 if length > 0 else 400, {"error": f"body must be 1..{MAX_BODY_BYTES} bytes"}
            )
        try:
            payload = json.loads(self.rfile.read(length))
            if not isinstance(payload, dict):
                raise ValueError("expected a JSON object")
            result = score_batch(payload, self.config)
        except (ValueError, json.JSONDecodeError) as exc:
            return self._send(400, {"error": str(exc)})
        self._send(200, result)

    def log_message(self, format: str, *args: Any) -> None:  # quieter than the default per-request line
        pass


def make_server(host: str, port: int, config: ServerConfig) -> ThreadingHTTPServer:
    """A ready (not yet serving) server; `server.server_address` has the bound port."""
    handler = type("RewardHandler", (_Handler,), {"config": config})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def serve(host: str, port: int, config: ServerConfig) -> None:
    """Serve until interrupted."""
    server = make_server(host, port, config)
    bound_host, bound_port = server.server_address[:2]
    auth = "bearer token required" if config.token else "no token"
    print(f"mmeval reward server on http://{bound_host}:{bound_port}/get_reward ({auth})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
