"""Load test of `mmeval serve-rewards`: a real server process on 127.0.0.1 and N concurrent requests.

    python scripts/reward_server_load.py                  # 500 concurrent requests, 1 pair each
    python scripts/reward_server_load.py --requests 200 --pairs 8 --json load.json

Starts `python -m mmeval serve-rewards --host 127.0.0.1 --port 0` (token from MMEVAL_REWARD_TOKEN),
opens every connection at once (one request per connection, as OpenRLHF's client does) and prints
connection resets, other errors, wrong rewards, p50/p99 latency, requests/s and the server's resident
memory (its own process, and with its grading workers). Loopback only; the run is bounded by
--requests and --timeout and stops by itself. Exit status 1 when any request failed or got a wrong
reward.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import subprocess
import sys
import threading
import time

import psutil

HOST = "127.0.0.1"  # loopback only, by design
PROMPT = "<|im_start|>user\nWhat is {a} + {b}?<|im_end|>\n<|im_start|>assistant\n"


def make_body(i: int, pairs: int) -> tuple[bytes, list[float]]:
    """Request i: `pairs` responses, right on even j and wrong on odd j; the rewards they must get."""
    queries, prompts, labels, expected = [], [], [], []
    for j in range(pairs):
        a, b = i + 1, j + 2
        prompt = PROMPT.format(a=a, b=b)
        answer = a + b if j % 2 == 0 else a + b + 1
        queries.append(f"{prompt}<think>{a} + {b}</think><answer>{answer}</answer><|im_end|>")
        prompts.append(prompt)
        labels.append(str(a + b))
        expected.append(1.5 if j % 2 == 0 else 0.5)
    return json.dumps({"query": queries, "prompts": prompts, "labels": labels}).encode(), expected


async def one_request(port: int, body: bytes, token: str | None, timeout: float) -> tuple[str, float, dict]:
    """(outcome, seconds, json): outcome is ok, reset, http-<status> or error-<kind>."""
    start = time.perf_counter()
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    head = (
        f"POST /get_reward HTTP/1.1\r\nHost: {HOST}:{port}\r\nContent-Type: application/json\r\n"
        f"{auth}Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), timeout)
        try:
            writer.write(head + body)
            await writer.drain()
            raw = await asyncio.wait_for(reader.read(), timeout)
        finally:
            writer.close()
    except (ConnectionResetError, BrokenPipeError, ConnectionAbortedError):
        return "reset", time.perf_counter() - start, {}
    except asyncio.TimeoutError:
        return "error-timeout", time.perf_counter() - start, {}
    except OSError as exc:
        return f"error-{type(exc).__name__}", time.perf_counter() - start, {}
    elapsed = time.perf_counter() - start
    if not raw:
        return "reset", elapsed, {}  # closed without an answer
    header, _, payload = raw.partition(b"\r\n\r\n")
    status = header.split(b" ", 2)[1].decode() if b" " in header else "?"
    if status != "200":
        return f"http-{status}", elapsed, {}
    try:
        return "ok", elapsed, json.loads(payload)
    except ValueError:
        return "error-bad-json", elapsed, {}


def start_server(workers: int | None, token: str | None) -> tuple[subprocess.Popen, int]:
    cmd = [sys.executable, "-m", "mmeval", "serve-rewards", "--host", HOST, "--port", "0"]
    if workers:
        cmd += ["--workers", str(workers)]
    env = dict(os.environ)
    env.pop("MMEVAL_REWARD_TOKEN", None)
    if token:
        env["MMEVAL_REWARD_TOKEN"] = token
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()  # "mmeval reward server on http://127.0.0.1:PORT/get_reward (...)"
    if "reward server on" not in line:
        proc.kill()
        raise SystemExit(f"server did not start: {line}{proc.stderr.read()}")
    port = int(line.split(f"{HOST}:", 1)[1].split("/", 1)[0])
    return proc, port


def watch_memory(pid: int, stop: threading.Event, peak: dict[str, float]) -> None:
    proc = psutil.Process(pid)
    while not stop.is_set():
        try:
            own = proc.memory_info().rss
            total = own + sum(c.memory_info().rss for c in proc.children(recursive=True))
        except psutil.Error:
            return
        peak["server_mb"] = max(peak.get("server_mb", 0.0), own / 2**20)
        peak["with_workers_mb"] = max(peak.get("with_workers_mb", 0.0), total / 2**20)
        stop.wait(0.05)


async def burst(port: int, bodies: list[bytes], token: str | None, timeout: float):
    return await asyncio.gather(*(one_request(port, b, token, timeout) for b in bodies))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=500, help="concurrent requests (max 5000)")
    ap.add_argument("--pairs", type=int, default=1, help="responses per request")
    ap.add_argument("--workers", type=int, help="server --workers")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per request, and for the burst")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    n = max(1, min(args.requests, 5000))
    token = secrets.token_urlsafe(24)
    proc, port = start_server(args.workers, token)
    try:
        server = psutil.Process(proc.pid)
        idle_mb = server.memory_info().rss / 2**20
        work = [make_body(i, args.pairs) for i in range(n)]
        stop, peak = threading.Event(), {}
        watcher = threading.Thread(target=watch_memory, args=(proc.pid, stop, peak), daemon=True)
        watcher.start()
        t0 = time.perf_counter()
        results = asyncio.run(
            asyncio.wait_for(burst(port, [b for b, _ in work], token, args.timeout), args.timeout + 30)
        )
        wall = time.perf_counter() - t0
        stop.set()
        watcher.join()
        torch_loaded = any("torch" in m.path for m in server.memory_maps())
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    outcomes: dict[str, int] = {}
    wrong = 0
    for (outcome, _, answer), (_, expected) in zip(results, work, strict=True):
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if outcome == "ok" and answer.get("rewards") != expected:
            wrong += 1
    latencies = sorted(t for outcome, t, _ in results if outcome == "ok")
    figures = {
        "requests": n,
        "pairs_per_request": args.pairs,
        "ok": outcomes.get("ok", 0),
        "resets": outcomes.get("reset", 0),
        "errors": sum(v for k, v in outcomes.items() if k not in ("ok", "reset")),
        "error_kinds": {k: v for k, v in outcomes.items() if k not in ("ok", "reset")},
        "wrong_rewards": wrong,
        "p50_ms": round(1000 * statistics.median(latencies), 1) if latencies else None,
        "p99_ms": round(1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))], 1)
        if latencies
        else None,
        "wall_s": round(wall, 2),
        "requests_per_s": round(n / wall, 1),
        "pairs_per_s": round(n * args.pairs / wall, 1),
        "server_rss_idle_mb": round(idle_mb, 1),
        "server_rss_peak_mb": round(peak.get("server_mb", idle_mb), 1),
        "server_with_workers_rss_peak_mb": round(peak.get("with_workers_mb", idle_mb), 1),
        "torch_in_server": torch_loaded,
        "cpus": os.cpu_count(),
    }
    for key, value in figures.items():
        print(f"{key:32} {value}")
    if args.json:
        with open(args.json, "w") as out:
            json.dump(figures, out, indent=2)
    failed = figures["resets"] or figures["errors"] or figures["wrong_rewards"] or figures["ok"] != n
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
