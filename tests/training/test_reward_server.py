"""`mmeval serve-rewards`: real HTTP requests in OpenRLHF's remote reward protocol."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest

from mmeval.training.reward_server import ServerConfig, make_server

PROMPT = "<|im_start|>user\nWhat is 6 * 7?<|im_end|>\n<|im_start|>assistant\n"


@pytest.fixture
def server_url():
    servers = []

    def start(config: ServerConfig) -> str:
        server = make_server("127.0.0.1", 0, config)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def post(url: str, body: bytes | dict, token: str | None = None) -> tuple[int, dict]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_get_reward_grades_a_batch(server_url):
    url = server_url(ServerConfig()) + "/get_reward"
    responses = [
        "<think>6 * 7 = 42</think><answer>42</answer><|im_end|>",  # right, well formatted
        "The answer is 42.",  # right, no tags
        "<think>6 * 7 = 48</think><answer>48</answer>",  # wrong, well formatted
    ]
    body = {"query": [PROMPT + r for r in responses], "prompts": [PROMPT] * 3, "labels": ["42", "42", "42"]}
    status, result = post(url, body)
    assert status == 200
    assert result["scores"] == [1.0, 1.0, 0.0]
    assert result["rewards"] == [1.5, 1.0, 0.5]  # accuracy 1.0 + format 0.5 (instruct weights)
    assert result["extra_logs"]["accuracy_reward"] == pytest.approx(2 / 3)


def test_unparseable_gold_is_never_rewarded(server_url):
    url = server_url(ServerConfig(format_weight=0.0)) + "/get_reward"
    status, result = post(url, {"query": ["x" * 2000], "prompts": [""], "labels": ["x" * 2000]})
    assert status == 200 and result["rewards"] == [0.0] and result["extra_logs"]["gold_unparseable"] == 1.0


def test_bearer_token_is_required_when_set(server_url):
    url = server_url(ServerConfig(token="s3cret")) + "/get_reward"
    body = {"query": ["42"], "prompts": [""], "labels": ["42"]}
    assert post(url, body)[0] == 401
    assert post(url, body, token="wrong")[0] == 401
    status, result = post(url, body, token="s3cret")
    assert status == 200 and result["scores"] == [1.0]


def test_bad_requests_get_clear_errors(server_url):
    base = server_url(ServerConfig())
    status, result = post(base + "/get_reward", {"query": ["a", "b"], "labels": ["1"]})
    assert status == 400 and "lengths differ" in result["error"]
    status, result = post(base + "/get_reward", b"{not json")
    assert status == 400
    assert post(base + "/other", {"query": []})[0] == 404
    with urllib.request.urlopen(base + "/health", timeout=10) as response:
        assert json.loads(response.read()) == {"status": "ok"}


def test_cli_serves_on_loopback_by_default():
    from mmeval.cli import build_parser

    args = build_parser("serve-rewards").parse_args(["serve-rewards", "--port", "0"])
    assert args.host == "127.0.0.1" and args.token is None and args.func.__name__ == "_run_serve"
