"""`python -m mmeval serve-rewards` as a real process for tests (not a test module itself).

A `sitecustomize` hook on the server's PYTHONPATH writes the server's `sys.modules` at exit, so that
tests can check what the server process imported."""

from __future__ import annotations

import http.client
import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

TOKEN = "test-token-7f3a9c"
HOOK = """\
import atexit, os, sys
def _dump():
    path = os.environ.get("MMEVAL_TEST_MODULES_DIR")
    if path:
        with open(os.path.join(path, f"modules-{os.getpid()}.txt"), "w") as out:
            out.write("\\n".join(sorted(sys.modules)))
atexit.register(_dump)
"""


class Server:
    def __init__(self, proc: subprocess.Popen, port: int, modules_dir: Path):
        self.proc, self.port, self.modules_dir = proc, port, modules_dir

    def request(
        self, method: str, path: str, body: bytes | dict | None = None, token: str | None = TOKEN
    ) -> tuple[int, dict]:
        data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            conn.request(method, path, body=data, headers=headers)
            response = conn.getresponse()
            return response.status, json.loads(response.read())
        finally:
            conn.close()

    def post(self, body: bytes | dict, token: str | None = TOKEN) -> tuple[int, dict]:
        return self.request("POST", "/get_reward", body, token)

    def stop(self, sig: int = signal.SIGINT) -> tuple[int, str]:
        self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        return self.proc.returncode, self.proc.stderr.read()

    def modules(self) -> set[str]:
        return set((self.modules_dir / f"modules-{self.proc.pid}.txt").read_text().split())


def start_server(tmp_path: Path, *args: str, token: str | None = TOKEN) -> Server:
    (tmp_path / "sitecustomize.py").write_text(HOOK)
    env = {k: v for k, v in os.environ.items() if k != "MMEVAL_REWARD_TOKEN"}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), *filter(None, [env.get("PYTHONPATH")])])
    env["MMEVAL_TEST_MODULES_DIR"] = str(tmp_path)
    if token:
        env["MMEVAL_REWARD_TOKEN"] = token
    cmd = [sys.executable, "-m", "mmeval", "serve-rewards", "--host", "127.0.0.1", "--port", "0", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    ready, _, _ = select.select([proc.stdout], [], [], 120)
    line = proc.stdout.readline() if ready else ""
    if "reward server on http://127.0.0.1:" not in line:
        proc.kill()
        pytest.fail(f"serve-rewards did not start: {line!r} {proc.stderr.read()[-2000:]}")
    port = int(line.split("127.0.0.1:", 1)[1].split("/", 1)[0])
    return Server(proc, port, tmp_path)
