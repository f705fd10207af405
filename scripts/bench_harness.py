"""How much time `mmeval run` spends around generation: the harness's overhead, per sample.

Runs the real runner (prompting, generation, grading, thumbnails, fsynced JSONL appends, results) on
the shipped MathVista fixture with the tiny checkpoint and the transformers backend, timing the time
spent inside the backend separately from everything else. With a random tiny model generation is
very cheap, so this is an upper bound on the overhead's share for any real model.

    python scripts/bench_harness.py                       # builds the tiny model in a temp folder
    python scripts/bench_harness.py --samples 4 --max-new-tokens 16 --threads 1

No GPU on the machine this was written on: vLLM throughput is not measured here.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")


class TimedBackend:
    """Wraps a backend's `stream`, adding up the wall time spent inside it (i.e. in generation)."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.seconds = inner, inner.name, 0.0

    def stream(self, prompts, sampling, seeds=None):
        it = iter(self.inner.stream(prompts, sampling, seeds))
        while True:
            started = time.perf_counter()
            try:
                out = next(it)
            except StopIteration:
                self.seconds += time.perf_counter() - started
                return
            self.seconds += time.perf_counter() - started
            yield out


def _append_cost(n: int = 200) -> float:
    """Seconds per RunWriter.append (JSON line + flush + fsync) for a typical row."""
    from mmeval.runs.store import RunWriter

    with tempfile.TemporaryDirectory() as tmp:
        writer = RunWriter(tmp)
        row = {"key": "", "response": "x" * 400, "categories": {"task": "t", "skills": ["a", "b"]}}
        started = time.perf_counter()
        for i in range(n):
            writer.append({**row, "key": str(i)})
        return (time.perf_counter() - started) / n


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", help="checkpoint folder (default: build the tiny model)")
    parser.add_argument("--samples", type=int, default=4, help="samples per fixture item (temperature 1.0)")
    parser.add_argument("--max-new-tokens", type=int, default=16)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    parser.add_argument(
        "--grade-workers", type=int, default=1, help="grading threads beside generation (0: inline)"
    )
    args = parser.parse_args()

    import torch

    from mmeval.benchmarks import fixture_path, get_benchmark
    from mmeval.models import make_backend
    from mmeval.models.tiny_model import build_tiny_model
    from mmeval.runs.run_command import warm_grader
    from mmeval.runs.runner import RunConfig, run_benchmark

    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model or str(build_tiny_model(Path(tmp) / "tiny"))
        bench = get_benchmark("mathvista")
        items = bench.load("testmini", fixture_path("mathvista"))
        warm_grader(bench, items[0])  # start the grader's workers outside the timed region
        backend = TimedBackend(make_backend("transformers", model, batch_size=args.batch_size))
        config = RunConfig(model=model, benchmark="mathvista", backend="transformers", split="testmini",
                           samples=args.samples, temperature=1.0 if args.samples > 1 else 0.0,
                           max_new_tokens=args.max_new_tokens, batch_size=args.batch_size)  # fmt: skip
        started = time.perf_counter()
        results = run_benchmark(bench, items, backend, config, Path(tmp) / "run", progress=False,
                               grade_workers=args.grade_workers)  # fmt: skip
        total = time.perf_counter() - started
        from mmeval.runs.store import load_run

        _, rows = load_run(Path(tmp) / "run")
    n = len(rows)
    grading = sum(r.get("grade_s") or 0.0 for r in rows)
    append = _append_cost()
    print("command: python " + " ".join([sys.argv[0], *sys.argv[1:]]))
    print(f"machine: {os.cpu_count()} CPUs, torch threads {args.threads}, no GPU (vLLM not measured)")
    print(f"samples: {n} ({len(items)} items x {args.samples}), max_new_tokens {args.max_new_tokens}, "
          f"batch {args.batch_size}, grading threads {args.grade_workers}, score {results['score']:.1f}%")  # fmt: skip
    print("statuses: " + ", ".join(f"{k} {v}" for k, v in results["status_counts"].items()))
    print(f"total wall time          {total:8.2f} s   {1000 * total / n:8.1f} ms/sample")
    print(f"  in generation          {backend.seconds:8.2f} s   {1000 * backend.seconds / n:8.1f} ms/sample"
          f"   ({100 * backend.seconds / total:.1f}% of total)")  # fmt: skip
    overhead = total - backend.seconds
    print(f"  harness overhead       {overhead:8.2f} s   {1000 * overhead / n:8.1f} ms/sample"
          f"   ({100 * overhead / total:.1f}% of total)")  # fmt: skip
    print(f"    of which grading     {grading:8.2f} s   {1000 * grading / n:8.1f} ms/sample")
    print(f"    JSONL append+fsync   (micro-benchmark)  {1000 * append:8.2f} ms/sample")
    return 0


if __name__ == "__main__":
    sys.exit(main())
