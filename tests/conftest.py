"""Shared fixtures: the tiny Qwen2.5-VL-style checkpoint (built once per session, offline) and a real
OpenAI-compatible server (`transformers serve`) on 127.0.0.1 serving it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path to a tiny randomly initialised Qwen2.5-VL checkpoint (model + processor), built once."""
    from mmeval.models.tiny_model import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny_model"), seed=0)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def tiny_openai_server(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """`transformers serve` on 127.0.0.1 with the tiny checkpoint preloaded; yields (base_url, model name)."""
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    cmd = [sys.executable, "-m", "transformers.cli.transformers", "serve", str(tiny_model_dir),
           "--host", "127.0.0.1", "--port", str(port), "--device", "cpu"]  # fmt: skip
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"transformers serve exited with {proc.returncode}: {log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"transformers serve not ready after 120 s: {log.read_text()[-2000:]}")
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/v1", str(tiny_model_dir)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def mathvista_fixture() -> Path:
    from mmeval.benchmarks import fixture_path

    return Path(fixture_path("mathvista"))


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """`python -m mmeval <args>` in a subprocess (offline), capturing output."""
    # One torch thread: on a loaded 2-core machine the tiny model generates ~10x faster than with two.
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "mmeval", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)  # fmt: skip


def tiny_run_args(model: Path, out: Path, *extra: str) -> list[str]:
    """The `mmeval run` flags the harness end-to-end and resume tests share (greedy, 8 new tokens)."""
    return ["run", "--model", str(model), "--bench", "mathvista", "--data", str(mathvista_fixture()),
            "--backend", "transformers", "--max-new-tokens", "8", "--batch-size", "1", "--no-progress",
            "--out", str(out), *extra]  # fmt: skip


@pytest.fixture(scope="session")
def tiny_mathvista_run(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """One uninterrupted `mmeval run` of the tiny model on the MathVista fixture: (run_dir, process)."""
    out = tmp_path_factory.mktemp("runs") / "uninterrupted"
    proc = run_cli(*tiny_run_args(tiny_model_dir, out))
    return out, proc


@pytest.fixture
def one_torch_thread():
    """One torch thread for an in-process run of the tiny model (as `run_cli` sets for subprocesses)."""
    torch = pytest.importorskip("torch")
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def harness():
    """Helpers for the harness tests: run_cli, tiny_run_args, mathvista_fixture."""
    from types import SimpleNamespace

    return SimpleNamespace(run_cli=run_cli, tiny_run_args=tiny_run_args, mathvista_fixture=mathvista_fixture)
