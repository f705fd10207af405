"""The openai backend against a real OpenAI-compatible server (`transformers serve` with the tiny model),
and its failure handling against a local endpoint that only ever fails."""

from __future__ import annotations

import http.server
import threading

import pytest

from mmeval.benchmarks.base import Prompt
from mmeval.models import BackendError, Sampling, make_backend

pytestmark = pytest.mark.slow
Image = pytest.importorskip("PIL.Image")
pytest.importorskip("openai")


def test_real_server_generates_with_usage_and_uses_the_image(tiny_openai_server, tiny_model_dir):
    from transformers import AutoProcessor

    base_url, model = tiny_openai_server
    backend = make_backend("openai", model, base_url=base_url, concurrency=2)
    image = Image.new("RGB", (112, 84), (10, 200, 30))
    prompts = [
        Prompt("What is x?", [image]),
        Prompt("What is x?", []),
        Prompt("Hi", [image], system="Be brief."),
    ]
    gens = backend.generate(prompts, Sampling(max_new_tokens=4))
    backend.close()
    for gen in gens:
        assert gen.error is None and isinstance(gen.text, str)
        assert gen.prompt_tokens > 0 and 1 <= gen.completion_tokens <= 4
        assert gen.timing_s > 0
    # The data URL image really reaches the model: the prompt grows by exactly its image tokens.
    processor = AutoProcessor.from_pretrained(tiny_model_dir)
    grid = processor.image_processor(images=[image], return_tensors="pt")["image_grid_thw"][0]
    n_image_tokens = int(grid.prod()) // processor.image_processor.merge_size**2
    assert gens[0].prompt_tokens - gens[1].prompt_tokens == n_image_tokens + 2  # + vision start/end


class _FailingHandler(http.server.BaseHTTPRequestHandler):
    status = 503
    seen: list[dict] = []

    def do_POST(self):  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).seen.append({"auth": self.headers.get("Authorization")})
        body = b'{"error": {"message": "overloaded"}}'
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def failing_server():
    def start(status: int):
        handler = type("Handler", (_FailingHandler,), {"status": status, "seen": []})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/v1", handler

    servers: list = []
    yield start
    for server in servers:
        server.shutdown()


def test_5xx_is_retried_then_recorded_as_an_error_not_an_answer(failing_server, monkeypatch):
    monkeypatch.setenv("MMEVAL_TEST_KEY", "sk-test-secret-123")
    url, handler = failing_server(503)
    from mmeval.models.openai_backend import OpenAIBackend

    backend = OpenAIBackend("m", base_url=url, api_key_env="MMEVAL_TEST_KEY", max_retries=2, concurrency=1)
    [gen] = backend.generate([Prompt("q", [])], Sampling(max_new_tokens=4))
    assert gen.error is not None and "503" in gen.error and gen.text == ""
    assert len(handler.seen) == 3  # one try + two retries with backoff
    assert handler.seen[0]["auth"] == "Bearer sk-test-secret-123"  # the key is used ...
    assert "sk-test-secret" not in gen.error  # ... and never echoed


def test_auth_error_stops_the_run(failing_server, monkeypatch):
    monkeypatch.setenv("MMEVAL_TEST_KEY", "sk-test-secret-123")
    url, _ = failing_server(401)
    backend = make_backend("openai", "m", base_url=url, api_key_env="MMEVAL_TEST_KEY", max_retries=0)
    with pytest.raises(BackendError, match="AuthenticationError") as info:
        backend.generate([Prompt("q", [])], Sampling(max_new_tokens=4))
    assert "sk-test-secret" not in str(info.value)


def test_hosted_api_without_a_key_is_refused(monkeypatch):
    monkeypatch.delenv("MMEVAL_NO_SUCH_KEY", raising=False)
    with pytest.raises(BackendError, match="MMEVAL_NO_SUCH_KEY"):
        make_backend("openai", "gpt-4o", api_key_env="MMEVAL_NO_SUCH_KEY")
