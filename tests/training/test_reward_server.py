"""`mmeval serve-rewards` as a real process: real HTTP requests in OpenRLHF's remote reward protocol.

The server runs as `python -m mmeval serve-rewards --host 127.0.0.1 --port 0` with its token in
MMEVAL_REWARD_TOKEN; every request goes over loopback TCP. A `sitecustomize` hook on the server's
PYTHONPATH writes the server's `sys.modules` at exit, so that "imports no torch" is checked in the
server process itself.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest
from reward_server_proc import TOKEN, start_server

PROMPT = "<|im_start|>user\nWhat is 6 * 7?<|im_end|>\n<|im_start|>assistant\n"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("reward_server"), "--workers", "2")
    yield srv
    srv.stop()


def body(responses: list[str], labels: list[str]) -> dict:
    return {"query": [PROMPT + r for r in responses], "prompts": [PROMPT] * len(responses), "labels": labels}


def test_rewards_for_a_right_and_a_wrong_answer(server):
    status, result = server.post(
        body(
            [
                "<think>6 * 7 = 42</think><answer>42</answer><|im_end|>",  # right, well formatted
                "The answer is 42.",  # right, no tags
                "<think>6 * 7 = 48</think><answer>48</answer>",  # wrong, well formatted
            ],
            ["42", "42", "42"],
        )
    )
    assert status == 200
    assert result["scores"] == [1.0, 1.0, 0.0]
    assert result["rewards"] == [1.5, 1.0, 0.5]  # accuracy 1.0 + format 0.5 (instruct weights)
    assert result["extra_logs"]["accuracy_reward"] == pytest.approx(2 / 3)
    assert result["extra_logs"]["format_reward"] == pytest.approx(2 / 3)


def test_unparseable_gold_is_never_rewarded(server):
    status, result = server.post({"query": ["x" * 2000], "prompts": [""], "labels": ["x" * 2000]})
    assert status == 200 and result["rewards"] == [0.0] and result["extra_logs"]["gold_unparseable"] == 1.0


def test_token_from_the_environment_is_required(server):
    request = body(["<answer>42</answer>"], ["42"])
    assert server.post(request, token=None) == (401, {"error": "missing or wrong bearer token"})
    assert server.post(request, token="wrong")[0] == 401
    status, result = server.post(request, token=TOKEN)
    assert status == 200 and result["scores"] == [1.0]


def test_bad_requests_get_clear_json_errors(server):
    status, result = server.post({"query": ["a", "b"], "labels": ["1"]})
    assert status == 400 and "lengths differ" in result["error"]
    status, result = server.post(b"{not json")
    assert status == 400 and "bad request body" in result["error"]
    status, result = server.post({"query": [1], "labels": ["1"]})
    assert status == 400 and "strings" in result["error"]
    status, result = server.post(b"\xff\xfe")
    assert status == 400
    assert server.request("POST", "/other", {"query": []})[0] == 404
    assert server.request("GET", "/get_reward")[0] == 405
    assert server.request("GET", "/health", token=None) == (200, {"status": "ok"})
    status, result = server.post({"query": [], "prompts": [], "labels": []})
    assert status == 200 and result["rewards"] == [] and result["scores"] == []


def test_an_oversized_body_is_refused_before_it_is_read(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(
            b"POST /get_reward HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN.encode() + b"\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"
        )
        reply = b""
        while b"}" not in reply and (chunk := sock.recv(4096)):  # headers, then the JSON body
            reply += chunk
        reply = reply.decode()
    assert reply.startswith("HTTP/1.1 413") and "at most" in reply


def test_a_concurrent_burst_of_100_requests_all_succeed(server):
    n = 100
    barrier = threading.Barrier(n)

    def one(i: int) -> tuple[int, list[float], list[float]]:
        right, wrong = str(i), str(i + 1)
        request = body(
            [f"<think>x</think><answer>{right}</answer>", f"<answer>{wrong}</answer>"], [right] * 2
        )
        barrier.wait(timeout=60)
        status, result = server.post(request)
        return status, result.get("rewards"), result.get("scores")

    with ThreadPoolExecutor(max_workers=n) as pool:
        results = list(pool.map(one, range(n)))
    assert [r[0] for r in results] == [200] * n
    assert all(rewards == [1.5, 0.0] and scores == [1.0, 0.0] for _, rewards, scores in results)
    rss_mb = psutil.Process(server.proc.pid).memory_info().rss / 2**20
    assert rss_mb < 200, f"server resident memory {rss_mb:.0f} MB"


def test_the_server_imports_no_torch_and_stops_cleanly(tmp_path):
    srv = start_server(tmp_path, "--workers", "1", "--format-weight", "1.0", token=None)
    try:
        status, result = srv.post(body(["<think>6*7</think><answer>42</answer>"], ["42"]), token=None)
        assert status == 200 and result["rewards"] == [2.0]
        maps = Path(f"/proc/{srv.proc.pid}/maps")
        if maps.exists():
            assert "torch" not in maps.read_text()
        assert psutil.Process(srv.proc.pid).memory_info().rss < 200 * 2**20
    finally:
        code, stderr = srv.stop(signal.SIGTERM)
    assert code == 0, stderr
    assert "Traceback" not in stderr
    modules = srv.modules()
    assert "mmeval.verifiers.rewards" in modules and "uvicorn" in modules
    assert not [m for m in modules if m == "torch" or m.startswith("torch.")]


# ---- flags: one line, exit 2, before any work ---------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (["--workers", "0"], "--workers: must be >= 1"),
        (["--accuracy-weight", "-1"], "--accuracy-weight: must be >= 0"),
        (["--accuracy-weight", "0", "--format-weight", "0"], "both 0"),
        (["--port", "70000"], "--port: must be a port 0-65535"),
        (["--port", "http"], "--port: expected an integer"),
        (["--host", "not a host!"], "--host 'not a host!' is not an IP address or a host name"),
        (["--host", "nosuch.invalid"], "does not resolve"),
        (["--token-file", "/nonexistent/token"], "--token-file /nonexistent/token"),
        (["--token", "a", "--token-file", "b"], "not both"),
    ],
)
def test_bad_flags_fail_in_one_line(args, message, capsys, monkeypatch):
    from mmeval.cli import main

    monkeypatch.delenv("MMEVAL_REWARD_TOKEN", raising=False)
    assert main(["serve-rewards", "--port", "0", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_empty_token_in_the_environment_is_an_error(capsys, monkeypatch):
    from mmeval.cli import main

    monkeypatch.setenv("MMEVAL_REWARD_TOKEN", "  ")
    assert main(["serve-rewards", "--port", "0"]) == 2
    assert "MMEVAL_REWARD_TOKEN is empty" in capsys.readouterr().err


def test_token_sources(tmp_path, capsys):
    from mmeval.training.reward_server import resolve_token

    assert resolve_token(None, None, {}) is None
    assert resolve_token(None, None, {"MMEVAL_REWARD_TOKEN": "abc\n"}) == "abc"
    path = tmp_path / "token"
    path.write_text("s3cret\n")
    path.chmod(0o600)
    assert resolve_token(None, str(path), {"MMEVAL_REWARD_TOKEN": "x"}) == "s3cret"
    assert capsys.readouterr().err == ""
    path.chmod(0o644)
    resolve_token(None, str(path), {})
    assert "readable by other users" in capsys.readouterr().err
    assert resolve_token("t0k", None, {}) == "t0k"
    assert "visible to every user in `ps`" in capsys.readouterr().err


def test_a_port_in_use_fails_in_one_line_as_a_process():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "mmeval", "serve-rewards", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert proc.returncode == 2, proc.stderr
    assert (
        proc.stderr
        == f"mmeval serve-rewards: error: --port {port} on 127.0.0.1: already in use; choose another port\n"
    )
    assert time.monotonic() - started < 30


def test_cli_serves_on_loopback_by_default():
    from mmeval.cli import build_parser

    args = build_parser("serve-rewards").parse_args(["serve-rewards"])
    assert args.host == "127.0.0.1" and args.token is None and args.token_file is None


def test_requests_that_arrive_while_grading_are_graded_together():
    """The ASGI app in-process: 20 concurrent requests, right and wrong, take at most 2 grade_batch calls."""
    import asyncio
    import json

    from mmeval.training.reward_server import RewardApp, ServerConfig

    app = RewardApp(ServerConfig(workers=1))
    batches: list[int] = []
    grade = app._grade
    app._grade = lambda jobs: (batches.append(sum(j.pairs for j in jobs)), grade(jobs))[1]

    async def call(i: int) -> tuple[int, dict]:
        request = body([f"<answer>{i}</answer>", f"<answer>{i + 1}</answer>"], [str(i), str(i)])
        messages = [{"type": "http.request", "body": json.dumps(request).encode(), "more_body": False}]
        sent: list[dict] = []

        async def receive():
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "method": "POST", "path": "/get_reward", "headers": []}
        await app(scope, receive, send)
        return sent[0]["status"], json.loads(sent[1]["body"])

    async def burst():
        try:
            return await asyncio.gather(*(call(i) for i in range(20)))
        finally:
            await app.shutdown()

    with ThreadPoolExecutor(max_workers=1) as pool:  # a loop of its own (see test_rewards.py)
        results = pool.submit(asyncio.run, burst()).result()
    assert all(status == 200 and r["scores"] == [1.0, 0.0] for status, r in results)
    assert sum(batches) == 40 and len(batches) <= 2, batches
