"""`python -m mmeval run`: evaluate a model on a benchmark and write a resumable run folder.

    python -m mmeval run --model Qwen/Qwen2.5-VL-7B-Instruct --bench mathvista --split testmini
    python -m mmeval run --model ./ckpt --bench mathvista --data ./MathVista --limit 50 --backend transformers
    python -m mmeval run --model served-name --bench mathvision --backend openai --base-url http://host:8000/v1
    python -m mmeval run --model ./ckpt --suite mm-eureka --data-root ./benchmarks   # MM-Eureka's six benchmarks
    python -m mmeval run --model ./ckpt --bench mathvista --data ./MathVista --mode cascade \\
        --judge-url http://127.0.0.1:8001/v1 --judge-model Qwen2.5-7B-Instruct   # rules, then a judge

Exit codes: 0 done; 1 finished but some samples failed (API errors; run the same command again to retry
them; with --mode cascade also failed judge calls); 2 bad input (unknown benchmark, bad flags, missing checkpoint, dataset without images).
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from mmeval._cli import (
    HelpFormatter,
    UsageError,
    check_choice,
    existing_path,
    local_checkpoint,
    non_negative_float,
    non_negative_int,
    out_dir,
    positive_int,
    probability,
    reject_inapplicable,
)
from mmeval._extras import MissingExtraError
from mmeval.models import BACKENDS, BackendError, make_backend, resolve_backend
from mmeval.runs.lock import run_lock
from mmeval.runs.runner import RunConfig, default_run_dir, run_benchmark

__all__ = ["register", "run_command", "check_inputs", "warm_grader"]


# Options that only one backend reads: given with another backend they would be silently ignored.
_BACKEND_ONLY = {
    "base_url": ("openai",),
    "api_key_env": ("openai",),
    "concurrency": ("openai",),
    "max_retries": ("openai",),
    "tensor_parallel_size": ("vllm",),
    "data_parallel_size": ("vllm",),
    "batch_size": ("transformers", "vllm"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("run", help="evaluate a model on a benchmark", description=__doc__,
                              formatter_class=HelpFormatter)  # fmt: skip
    p.add_argument("--model", required=True, help="checkpoint folder, Hub name, or the served model name")
    p.add_argument("--bench", help="benchmark name (mathvista, mathverse, mathvision, wemath, mmk12, ...)")
    p.add_argument("--suite", help="instead of --bench: a paper's benchmarks with its splits (mm-eureka)")
    p.add_argument(
        "--data-root", help="--suite: folder holding each benchmark's local copy as <root>/<benchmark>"
    )
    p.add_argument("--split", help="benchmark split (default: the benchmark's default split)")
    p.add_argument(
        "--data",
        help="local copy: Hub dataset repo snapshot, save_to_disk folder, parquet, or the benchmark's JSON(L)",
    )
    p.add_argument("--backend", choices=BACKENDS, default="auto",
                   help="auto: openai with --base-url, vllm when installed with a GPU, else transformers")  # fmt: skip
    p.add_argument(
        "--base-url", help="openai backend: OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1"
    )
    p.add_argument("--api-key-env", help="openai backend: environment variable holding the API key "
                   "(default OPENAI_API_KEY)")  # fmt: skip
    p.add_argument("--concurrency", type=positive_int, help="openai backend: requests in flight (default 8)")
    p.add_argument("--max-retries", type=non_negative_int,
                   help="openai backend: retries (with backoff) per request (default 5)")  # fmt: skip
    p.add_argument("--template", help="prompt template: official (default), mm-eureka, mm-eureka-qwen, boxed; "
                   "a suite defaults to its paper's")  # fmt: skip
    p.add_argument("--limit", type=positive_int, help="only the first N items (default: all)")
    p.add_argument(
        "--samples", type=positive_int, default=1, help="samples per item (k for pass@k, maj@k, mean@k)"
    )
    p.add_argument("--temperature", type=non_negative_float, default=None,
                   help="sampling temperature (default: 0, greedy; 1.0 with --samples > 1)")  # fmt: skip
    p.add_argument(
        "--top-p", type=probability, default=1.0, help="nucleus sampling: keep tokens up to this mass"
    )
    p.add_argument("--seed", type=int, default=0,
                   help="base seed; each sample draws from a seed derived from it, the item and the sample index")  # fmt: skip
    p.add_argument("--max-new-tokens", type=positive_int, default=1024, help="response length limit (tokens)")
    p.add_argument("--batch-size", type=positive_int,
                   help="transformers: prompts per batch (default 8, part of the sample key); "
                   "vllm: prompts per chunk (default 256)")  # fmt: skip
    p.add_argument("--tensor-parallel-size", type=positive_int, help="vllm: GPUs per engine (default 1)")
    p.add_argument("--data-parallel-size", type=positive_int, help="vllm: independent engines (default 1)")
    p.add_argument("--grade-threads", type=non_negative_int, default=1,
                   help="grading threads beside generation (0: inline)")  # fmt: skip
    p.add_argument("--mode", choices=("rule", "cascade"), default="rule",
                   help="rule (default); cascade: rules first, a judge model for what they leave undecided")  # fmt: skip
    from mmeval.judges.options import add_judge_arguments

    add_judge_arguments(p)
    p.add_argument("--out", help="run folder (default: runs/<model>__<bench>__<split>__<template>...)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run_command)


def _fail(message: str) -> int:
    print(f"mmeval run: error: {message}", file=sys.stderr)
    return 2


def _check_flags(args: argparse.Namespace) -> str | None:
    from mmeval.benchmarks.base import TEMPLATES

    if args.template not in TEMPLATES:
        return f"unknown --template {args.template!r}; expected one of {sorted(TEMPLATES)}"
    if args.samples > 1 and args.temperature == 0:
        return "--samples > 1 with --temperature 0 repeats one answer"
    return None


def check_inputs(args: argparse.Namespace) -> tuple:
    """Every check that needs no model: flags, backend options, benchmark, split, checkpoint, --out.
    Returns (benchmark, backend name, split); raises UsageError (or returns via _fail in the caller)."""
    from mmeval.benchmarks import UnknownBenchmarkError, get_benchmark

    if (problem := _check_flags(args)) is not None:
        raise UsageError(problem)
    try:
        bench = get_benchmark(args.bench)
        backend_name = resolve_backend(args.backend, base_url=args.base_url)
    except (UnknownBenchmarkError, BackendError) as exc:
        raise UsageError(str(exc)) from None
    reject_inapplicable(args, _BACKEND_ONLY, backend_name, "backend")
    split = args.split or bench.default_split
    if bench.splits:
        check_choice(split, bench.splits, f"{bench.name} --split")
    if backend_name != "openai":
        local_checkpoint(args.model)
    if args.out:
        out_dir(args.out)
    if args.data:
        existing_path(args.data, "--data")
    return bench, backend_name, split


def _config(args: argparse.Namespace, backend: str, split: str | None) -> RunConfig:
    temperature = args.temperature if args.temperature is not None else (1.0 if args.samples > 1 else 0.0)
    concurrency = args.concurrency or 8
    batch = args.batch_size or {"vllm": 256, "openai": concurrency}.get(backend, 8)
    options: dict = {}
    if backend == "transformers":
        options = {"batch_size": batch}
    elif backend == "vllm":
        options = {"batch_size": batch, "tensor_parallel_size": args.tensor_parallel_size or 1,
                   "data_parallel_size": args.data_parallel_size or 1, "seed": args.seed}  # fmt: skip
    elif backend == "openai":
        options = {
            "base_url": args.base_url,
            "api_key_env": args.api_key_env or "OPENAI_API_KEY",
            "max_retries": 5 if args.max_retries is None else args.max_retries,
            "concurrency": concurrency,
        }
    return RunConfig(
        model=args.model, benchmark=args.bench, backend=backend, split=split, data=args.data,
        prompt_template=args.template, limit=args.limit, samples=args.samples, temperature=temperature,
        top_p=args.top_p, seed=args.seed, max_new_tokens=args.max_new_tokens, batch_size=batch,
        base_url=args.base_url, backend_options=options,
    )  # fmt: skip


def run_command(args: argparse.Namespace) -> int:
    """Validate everything cheap first, then load the model, then generate/grade/record. Returns the exit
    code: 2 for bad input also when called directly (as `mmeval demo` does), not through the dispatcher."""
    try:
        return _run(args)
    except UsageError as exc:  # bad flags or paths, a locked run folder, a malformed run file
        return _fail(str(exc))


def _run(args: argparse.Namespace) -> int:
    from mmeval.benchmarks import DatasetError

    if args.suite or args.data_root:
        if args.bench or args.data or args.split:
            raise UsageError("--suite runs its own benchmarks and splits: drop --bench/--split/--data "
                             "(use --data-root for local copies)")  # fmt: skip
        if not args.suite:
            raise UsageError("--data-root goes with --suite")
        if getattr(args, "mode", "rule") == "cascade":
            raise UsageError(
                "--mode cascade runs one benchmark at a time: use --bench (or score each run folder)"
            )
        from mmeval.runs.suite import run_suite

        return run_suite(args)
    if not args.bench:
        raise UsageError("--bench (or --suite) is required")
    args.template = args.template or "official"
    if getattr(args, "mode", "rule") == "cascade":
        from mmeval.judges.options import check_judge_args

        if (problem := check_judge_args(args)) is not None:
            return _fail(problem)
    bench, backend_name, split = check_inputs(args)
    try:
        items = bench.load(split, args.data)
    except (DatasetError, FileNotFoundError) as exc:
        return _fail(str(exc))
    if not items:
        return _fail(f"{args.data or bench.name}: no items in split {split!r}")
    items = items[: args.limit] if args.limit else items
    config = _config(args, backend_name, split)
    run_dir = Path(args.out) if args.out else default_run_dir(config)
    with run_lock(run_dir):  # a second writer stops here, before its model loads
        return _load_and_run(args, bench, items, config, backend_name, run_dir)


def _load_and_run(args, bench, items, config, backend_name: str, run_dir: Path) -> int:
    # Start the verifier's worker processes while the model loads (their start-up is seconds on CPU).
    threading.Thread(target=warm_grader, args=(bench, items[0]), daemon=True).start()
    try:
        backend = make_backend(backend_name, args.model, **config.backend_options)
    except (BackendError, MissingExtraError) as exc:
        return _fail(str(exc))
    try:
        results = run_benchmark(
            bench,
            items,
            backend,
            config,
            run_dir,
            progress=not args.no_progress,
            grade_workers=args.grade_threads,
        )
    except BackendError as exc:
        return _fail(f"{exc} (finished samples are saved in {run_dir}; rerun the same command to resume)")
    except KeyboardInterrupt:
        print(f"\ninterrupted; finished samples are saved in {run_dir}: rerun the same command to resume",
              file=sys.stderr)  # fmt: skip
        return 130
    finally:
        backend.close()
    if getattr(args, "mode", "rule") == "cascade":
        results = _cascade(args, bench, items, config, run_dir)
    return _report(results, run_dir)


def _cascade(args, bench, items, config, run_dir: Path) -> dict:
    """`--mode cascade`: the finished run's undecided rows go to the judge (mmeval/runs/cascade_run.py)."""
    from mmeval.judges.options import cascade_from_args
    from mmeval.runs.cascade_run import cascade_run
    from mmeval.runs.runner import plan_units

    keys = {u.key for u in plan_units(bench, items, config)}
    return cascade_run(bench, items, run_dir, keys, cascade_from_args(args), config.samples)


def warm_grader(bench, item) -> None:
    """Grade a throwaway answer (imports) and start a symbolic worker process, so that the first pair that
    needs sympy does not wait for its start-up."""
    from mmeval.verifiers.bounded.pool import prestart

    try:
        bench.score(item, item.gold)
        prestart(1)
    except Exception:  # noqa: BLE001 - a warm-up only; real grading reports its own errors
        pass


def _report(results: dict, run_dir: Path) -> int:
    ci = results.get("ci95") or [float("nan"), float("nan")]
    print(
        f"{results['benchmark']} {results['split']}: {results['score']:.2f}% "
        f"({results['n_correct']}/{results['n_scored']} scored, 95% CI {ci[0]:.1f}-{ci[1]:.1f}) -> {run_dir}"
    )
    print("status: " + ", ".join(f"{k} {v}" for k, v in results["status_counts"].items()))
    for name, value in (results.get("metrics") or {}).items():
        if "@" in name and not name.endswith("@k"):
            print(f"{name}: {value:.2f}")
    if not results["complete"]:
        n_err = results["status_counts"].get("error", 0)
        print(f"{n_err} samples failed; run the same command again to retry them", file=sys.stderr)
        return 1
    return 0
