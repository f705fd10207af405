"""Evaluation during training: score the current policy on benchmark slices through the harness.

Every `--eval-every` steps the policy is saved to `<output_dir>/eval/policy-step-N/` (model + processor)
and each `--eval-bench` benchmark is run on it with the harness's transformers backend (greedy, the
benchmark's official prompt, the first `--eval-limit` items of `--eval-data` or the Hub split), writing
an ordinary run folder `<output_dir>/eval/<bench>-step-N/` (samples.jsonl + results.json). The saved
policy is deleted afterwards; the run folders stay. Loading a second copy of the policy costs memory
on a GPU: keep `--eval-limit` small or evaluate checkpoints offline with `mmeval run` instead.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["policy_evaluator", "evaluate_checkpoint"]


def evaluate_checkpoint(
    model_dir: str | Path,
    benchmark: str,
    run_dir: str | Path,
    *,
    data: str | None = None,
    limit: int | None = 50,
    max_new_tokens: int = 1024,
    batch_size: int = 8,
) -> dict[str, Any]:
    """Run one benchmark slice on a saved checkpoint with the harness; return results.json's content."""
    from mmeval.benchmarks import get_benchmark
    from mmeval.models import make_backend
    from mmeval.runs.runner import RunConfig, run_benchmark

    bench = get_benchmark(benchmark)
    split = bench.default_split
    items = bench.load(split, data)
    items = items[:limit] if limit else items
    config = RunConfig(
        model=str(model_dir),
        benchmark=benchmark,
        backend="transformers",
        split=split,
        data=data,
        limit=limit,
        max_new_tokens=max_new_tokens,
        batch_size=batch_size,
        backend_options={"batch_size": batch_size},
    )
    backend = make_backend("transformers", str(model_dir), batch_size=batch_size)
    try:
        return run_benchmark(bench, items, backend, config, run_dir, progress=False)
    finally:
        backend.close()


def policy_evaluator(
    options: Any, processor: Any, max_new_tokens: int = 1024
) -> Callable[[Any, int], dict[str, float]]:
    """`evaluate(model, step) -> {benchmark: score}` for `EvalCallback`, from the train options."""
    root = Path(options.output_dir) / "eval"

    def evaluate(model: Any, step: int) -> dict[str, float]:
        policy = root / f"policy-step-{step}"
        getattr(model, "module", model).save_pretrained(policy)
        processor.save_pretrained(policy)
        scores = {}
        try:
            for name in options.eval_bench:
                results = evaluate_checkpoint(
                    policy,
                    name,
                    root / f"{name}-step-{step}",
                    data=options.eval_data,
                    limit=options.eval_limit,
                    max_new_tokens=max_new_tokens,
                )
                scores[name] = results["score"]
        finally:
            shutil.rmtree(policy, ignore_errors=True)
        return scores

    return evaluate
