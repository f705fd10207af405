"""An HTTP reward server speaking OpenRLHF's remote reward protocol, graded by mmeval's verifiers.

OpenRLHF (`--remote_rm_url http://HOST:PORT/get_reward`) POSTs `{"query": [...], "prompts": [...],
"labels": [...]}` where each query is the prompt text followed by the response; the server answers
`{"rewards": [...], "scores": [...], "extra_logs": {...}}`. The scoring is the verifiers' OpenRLHF adapter
(`mmeval.verifiers.rewards.openrlhf_rewards`, the list form of `reward_func`): `rewards` =
accuracy_weight * accuracy + format_weight * format, `scores` = the accuracy alone (OpenRLHF's dynamic
filtering reads it), `extra_logs` the request's means of accuracy, format and gold-unparseable. A gold
that does not parse is rewarded 0 (never 1). `GET /health` answers `{"status": "ok"}`.

How it holds load (`RewardApp`, a plain ASGI app served by uvicorn):
- uvicorn's asyncio server accepts connections with a listen backlog of 2048 and parses HTTP; the
  event loop only reads bodies, checks them and answers, so no connection waits on grading.
- Grading is CPU-bound, so it runs off the event loop in ONE grading thread. Requests that arrive while
  it grades are queued and graded together in the next `grade_batch` call (up to `max_batch_pairs`
  pairs), which spreads them over the verifiers' worker processes; each pair stays bounded by the
  verifiers' per-pair timeout. One batch at a time keeps the pairs of a burst from competing for
  workers (a pair waiting for a worker would count against its own timeout).
- Nothing here imports torch: the reward path is `mmeval.verifiers` only (about 60 MB resident).

Bad requests get a JSON `{"error": ...}` with 400 (malformed body), 401 (bearer token missing or
wrong), 404 (unknown path), 405 (wrong method) or 413 (body over `MAX_BODY_BYTES`).
"""

from __future__ import annotations

import ipaddress
import os
import signal
import socket
import stat
import sys
import threading
from collections.abc import Mapping
from typing import Any

from mmeval._cli import UsageError
from mmeval.training.reward_app import MAX_BODY_BYTES, RewardApp, ServerConfig, parse_request, score_batch

__all__ = [
    "ServerConfig",
    "RewardApp",
    "parse_request",
    "score_batch",
    "bind",
    "serve",
    "resolve_token",
    "is_loopback",
    "TOKEN_ENV",
    "MAX_BODY_BYTES",
]


# ---- token and address -------------------------------------------------------------------------

TOKEN_ENV = "MMEVAL_REWARD_TOKEN"


def _check_token(token: str, source: str) -> str:
    token = token.strip()
    if not token:
        raise UsageError(f"{source} is empty; give a token or leave it unset for no token")
    if not all(33 <= ord(c) < 127 for c in token):
        raise UsageError(
            f"{source}: the token must be printable ASCII without spaces (it is sent in a header)"
        )
    return token


def resolve_token(
    token: str | None, token_file: str | None, environ: Mapping[str, str] | None = None
) -> str | None:
    """The bearer token: --token-file, else --token (deprecated, warned), else $MMEVAL_REWARD_TOKEN;
    UsageError (one line) for a file that cannot be read, an empty token or one unfit for a header."""
    environ = os.environ if environ is None else environ
    if token_file and token:
        raise UsageError("give the token once: --token-file or --token, not both")
    if token_file:
        path = token_file
        try:
            with open(path, "rb") as handle:
                mode = os.fstat(handle.fileno()).st_mode
                if not stat.S_ISREG(mode):
                    raise UsageError(f"--token-file {path}: not a regular file")
                raw = handle.read(4096)
        except OSError as exc:
            raise UsageError(f"--token-file {path}: {exc.strerror or exc}") from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"--token-file {path}: not UTF-8 text") from None
        token = _check_token(text, f"--token-file {path}")
        if mode & 0o077:
            print(f"mmeval serve-rewards: warning: --token-file {path} is readable by other users "
                  f"(mode {stat.S_IMODE(mode):o}); chmod 600 it", file=sys.stderr)  # fmt: skip
        return token
    if token is not None:
        print("mmeval serve-rewards: warning: --token is visible to every user in `ps`; "
              f"use {TOKEN_ENV}=... or --token-file", file=sys.stderr)  # fmt: skip
        return _check_token(token, "--token")
    if TOKEN_ENV in environ:
        return _check_token(environ[TOKEN_ENV], TOKEN_ENV)
    return None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# ---- serving ------------------------------------------------------------------------------------


def bind(host: str, port: int) -> socket.socket:
    """A socket bound to host:port (0: a free port), ready to hand to uvicorn; OSError if it cannot."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def serve(sock: socket.socket, config: ServerConfig, *, backlog: int = 2048) -> int:
    """Serve on the bound socket until SIGINT/SIGTERM (in-flight requests are answered first); the exit
    code: 0, or 1 when the server could not start (uvicorn has logged why)."""
    import uvicorn

    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    auth = "bearer token required" if config.token else "no token"
    ready = f"mmeval reward server on http://{shown}:{bound_port}/get_reward ({auth})"

    class _Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                print(ready, flush=True)

    uvicorn_config = uvicorn.Config(
        RewardApp(config),
        lifespan="on",
        log_level="warning",
        access_log=False,
        backlog=backlog,
        timeout_keep_alive=30,
        timeout_graceful_shutdown=30,
        server_header=False,
        proxy_headers=False,
    )
    # uvicorn answers in-flight requests on SIGINT/SIGTERM, then re-raises the signal: end quietly (exit 0).
    stop_quietly = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stop) if stop_quietly else None
    server = _Server(uvicorn_config)
    try:
        server.run(sockets=[sock])
    except (KeyboardInterrupt, _Stopped):
        pass
    finally:
        if stop_quietly:
            signal.signal(signal.SIGTERM, previous)
        sock.close()
    return 0 if server.started else 1


class _Stopped(Exception):
    pass


def _stop(signum: int, frame: Any) -> None:
    raise _Stopped
