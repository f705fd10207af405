"""`python -m mmeval run`: evaluate a model on a benchmark and write a resumable run folder.

    python -m mmeval run --model Qwen/Qwen2.5-VL-7B-Instruct --bench mathvista --split testmini
    python -m mmeval run --model ./ckpt --bench mathvista --data ./MathVista --limit 50 --backend transformers
    python -m mmeval run --model served-name --bench mathvision --backend openai --base-url http://host:8000/v1

Exit codes: 0 done; 1 finished but some samples failed (API errors; run the same command again to retry
them); 2 bad input (unknown benchmark, bad flags, missing checkpoint, dataset without images).
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from mmeval._extras import MissingExtraError
from mmeval.models import BACKENDS, BackendError, make_backend, resolve_backend
from mmeval.runs.runner import RunConfig, default_run_dir, run_benchmark

__all__ = ["register", "run_command", "warm_grader"]


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("run", help="evaluate a model on a benchmark", description=__doc__,
                              formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("--model", required=True, help="checkpoint folder, Hub name, or the served model name")
    p.add_argument("--bench", required=True, help="benchmark name (mathvista, mathverse, mathvision, ...)")
    p.add_argument("--split", help="benchmark split (default: the benchmark's default split)")
    p.add_argument(
        "--data",
        help="local copy: Hub dataset repo snapshot, save_to_disk folder, parquet, or the benchmark's JSON(L)",
    )
    p.add_argument("--backend", choices=BACKENDS, default="auto",
                   help="auto: openai with --base-url, vllm when installed with a GPU, else transformers")  # fmt: skip
    p.add_argument("--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1")
    p.add_argument("--api-key-env", default="OPENAI_API_KEY", help="environment variable holding the API key")
    p.add_argument("--concurrency", type=int, default=8, help="openai backend: requests in flight")
    p.add_argument(
        "--max-retries", type=int, default=5, help="openai backend: retries (with backoff) per request"
    )
    p.add_argument("--template", default="official", help="prompt template: official, mm-eureka, boxed")
    p.add_argument("--limit", type=int, help="only the first N items")
    p.add_argument("--samples", type=int, default=1, help="samples per item (k for pass@k, maj@k, mean@k)")
    p.add_argument("--temperature", type=float, default=None, help="default 0 (greedy); 1.0 with --samples>1")
    p.add_argument("--top-p", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--max-new-tokens", type=int, default=1024)
    p.add_argument(
        "--batch-size", type=int, default=None, help="transformers: 8; vllm: 256 prompts per chunk"
    )
    p.add_argument("--tensor-parallel-size", type=int, default=1, help="vllm: GPUs per engine")
    p.add_argument("--data-parallel-size", type=int, default=1, help="vllm: independent engines")
    p.add_argument(
        "--grade-threads", type=int, default=1, help="grading threads beside generation (0: inline)"
    )
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
    checks = [
        (args.samples < 1, "--samples must be >= 1"),
        (args.limit is not None and args.limit < 1, "--limit must be >= 1"),
        (args.max_new_tokens < 1, "--max-new-tokens must be >= 1"),
        (args.temperature is not None and args.temperature < 0, "--temperature must be >= 0"),
        (not 0 < args.top_p <= 1, "--top-p must be in (0, 1]"),
        (args.batch_size is not None and args.batch_size < 1, "--batch-size must be >= 1"),
        (args.concurrency < 1, "--concurrency must be >= 1"),
        (args.max_retries < 0, "--max-retries must be >= 0"),
        (args.samples > 1 and args.temperature == 0, "--samples > 1 with --temperature 0 repeats one answer"),
    ]
    return next((msg for bad, msg in checks if bad), None)


def _check_checkpoint(model: str) -> str | None:
    path = Path(model)
    looks_local = path.is_absolute() or model.startswith(".") or model.count("/") != 1
    if path.exists():
        if path.is_dir() and not (path / "config.json").exists():
            return f"{model}: not a checkpoint folder (no config.json)"
        return None
    if looks_local:
        return f"{model}: no such checkpoint folder"
    return None  # a Hub name: the backend loads it (or says why not)


def _config(args: argparse.Namespace, backend: str, split: str | None) -> RunConfig:
    temperature = args.temperature if args.temperature is not None else (1.0 if args.samples > 1 else 0.0)
    batch = args.batch_size or {"vllm": 256, "openai": args.concurrency}.get(backend, 8)
    options: dict = {}
    if backend == "transformers":
        options = {"batch_size": batch}
    elif backend == "vllm":
        options = {"batch_size": batch, "tensor_parallel_size": args.tensor_parallel_size,
                   "data_parallel_size": args.data_parallel_size, "seed": args.seed}  # fmt: skip
    elif backend == "openai":
        options = {
            "base_url": args.base_url,
            "api_key_env": args.api_key_env,
            "max_retries": args.max_retries,
            "concurrency": args.concurrency,
        }
    return RunConfig(
        model=args.model, benchmark=args.bench, backend=backend, split=split, data=args.data,
        prompt_template=args.template, limit=args.limit, samples=args.samples, temperature=temperature,
        top_p=args.top_p, seed=args.seed, max_new_tokens=args.max_new_tokens, batch_size=batch,
        base_url=args.base_url, backend_options=options,
    )  # fmt: skip


def run_command(args: argparse.Namespace) -> int:
    """Validate everything cheap first, then load the model, then generate/grade/record."""
    from mmeval.benchmarks import DatasetError, UnknownBenchmarkError, get_benchmark

    if (problem := _check_flags(args)) is not None:
        return _fail(problem)
    try:
        bench = get_benchmark(args.bench)
        backend_name = resolve_backend(args.backend, base_url=args.base_url)
    except (UnknownBenchmarkError, BackendError) as exc:
        return _fail(str(exc))
    if backend_name != "openai" and (problem := _check_checkpoint(args.model)) is not None:
        return _fail(problem)
    split = args.split or bench.default_split
    try:
        items = bench.load(split, args.data)
    except (DatasetError, FileNotFoundError) as exc:
        return _fail(str(exc))
    if not items:
        return _fail(f"{args.data or bench.name}: no items in split {split!r}")
    items = items[: args.limit] if args.limit else items
    config = _config(args, backend_name, split)
    run_dir = Path(args.out) if args.out else default_run_dir(config)
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
    return _report(results, run_dir)


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
