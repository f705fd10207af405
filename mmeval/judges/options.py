"""The judge flags shared by `mmeval score` and `mmeval run` (`--mode cascade`), and the `Cascade` they build."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

__all__ = ["add_judge_arguments", "cascade_from_args", "check_judge_args"]


def add_judge_arguments(p: argparse.ArgumentParser, *, with_url: bool = True) -> None:
    """--judge-url/--judge-model/--judge-key-env (when `with_url`) and the cascade's own settings."""
    if with_url:
        p.add_argument("--judge-url", help="judge/cascade mode: base URL of an OpenAI-compatible server")
        p.add_argument("--judge-model", help="judge/cascade mode: model name on that server")
        p.add_argument(
            "--judge-key-env",
            default="OPENAI_API_KEY",
            help="environment variable holding the judge's API key",
        )
    p.add_argument("--judge-role", choices=("extract", "verify"), default="extract",
                   help="cascade: the judge extracts the answer (graded by the official rules) or says "
                        "correct/incorrect/invalid")  # fmt: skip
    p.add_argument(
        "--judge-cache",
        help="cascade: reply cache folder (default $MMEVAL_JUDGE_CACHE or ~/.cache/mmeval/judge)",
    )
    p.add_argument("--no-judge-cache", action="store_true", help="cascade: ask the judge every time")
    p.add_argument("--judge-concurrency", type=int, default=8, help="cascade: judge requests in flight")
    p.add_argument("--judge-timeout", type=float, default=60.0, help="cascade: seconds per judge request")
    p.add_argument("--judge-retries", type=int, default=4, help="cascade: retries per request (with backoff)")
    p.add_argument("--judge-max-tokens", type=int, default=256, help="cascade: most tokens in a judge reply")


def check_judge_args(args: argparse.Namespace) -> str | None:
    """A one-line problem with the judge flags, or None."""
    if not (args.judge_url and args.judge_model):
        return f"--mode {args.mode} needs --judge-url and --judge-model"
    if (
        args.judge_concurrency < 1
        or args.judge_timeout <= 0
        or args.judge_retries < 0
        or args.judge_max_tokens < 1
    ):
        return "--judge-concurrency and --judge-max-tokens must be >= 1, --judge-timeout > 0, --judge-retries >= 0"
    if args.judge_cache and Path(args.judge_cache).exists() and not Path(args.judge_cache).is_dir():
        return f"--judge-cache {args.judge_cache}: not a folder (the cache is <folder>/replies.jsonl)"
    return None


def cascade_from_args(args: argparse.Namespace) -> Any:
    """The `Cascade` the flags describe (judge client, reply cache, role)."""
    from mmeval.judges.cache import ReplyCache
    from mmeval.judges.cascade import Cascade
    from mmeval.judges.client import ChatJudge

    judge = ChatJudge(args.judge_url, args.judge_model, api_key_env=args.judge_key_env,
                      max_retries=args.judge_retries, timeout_s=args.judge_timeout,
                      concurrency=args.judge_concurrency, max_tokens=args.judge_max_tokens)  # fmt: skip
    cache = None if args.no_judge_cache else ReplyCache(args.judge_cache)
    return Cascade(judge, cache, role=args.judge_role)
