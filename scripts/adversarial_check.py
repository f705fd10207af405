"""Grade the adversarial corpus in three modes and print per-input max latency and peak RSS.

    python scripts/adversarial_check.py                       # all inputs, 1.5 s per-pair limit
    python scripts/adversarial_check.py --timeout 5 --json out.json --category tower

Modes: `main` (grade() one pair after another in the main thread), `thread` (grade() from a
ThreadPoolExecutor of --workers threads), `batch` (one grade_batch over the whole corpus; its per-pair latency is not
observable, so it reports the batch's wall time against the bound ceil(n / workers) * (limit + 1 s)).
Every pair must return within its limit + 1 s; the marker file the injection strings try to create
must never appear; peak RSS is sampled for this process and its grading workers.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from mmeval.verifiers import GradeConfig, grade, grade_batch
from mmeval.verifiers.bounded.pool import default_pool, prestart
from mmeval.verifiers.testing.adversarial import PeakRss, load_corpus, time_pairs

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "verifiers" / "data" / "adversarial.jsonl"


def _status(result: object) -> str:
    return result.status.value if hasattr(result, "status") else f"raised {type(result).__name__}"


def run_mode(mode: str, rows: list[dict], config: GradeConfig, workers: int) -> dict:
    """Latencies, statuses and peak RSS of one mode over `rows`."""

    def one(row: dict) -> object:
        start = time.perf_counter()
        print(f"{mode} start {row['id']}", file=sys.stderr, flush=True)  # names the culprit of a freeze
        verdict = grade(row["gold"], row["response"], config=config)
        print(f"{mode} done  {row['id']} {time.perf_counter() - start:.3f}s", file=sys.stderr, flush=True)
        return verdict

    # The grading worker's one-time start-up (imports, warm parser) is not part of any pair's time.
    default_pool().resize(workers)
    prestart(1 if mode == "main" else workers)
    with PeakRss() as rss:
        start = time.perf_counter()
        if mode == "batch":
            verdicts = grade_batch(rows, workers=workers, config=config)
            timed = [(math.nan, v) for v in verdicts]
        else:
            timed = time_pairs(rows, one, threads=workers if mode == "thread" else 0)
        wall = time.perf_counter() - start
    return {
        "wall_s": wall,
        "latencies": [t for t, _ in timed],
        "statuses": [_status(r) for _, r in timed],
        "rss": {"parent_mb": rss.parent_mb, "child_mb": rss.child_mb, "total_mb": rss.total_mb},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--timeout", type=float, default=1.5, help="per-pair limit in seconds")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument(
        "--modes", nargs="+", default=["main", "thread", "batch"], choices=["main", "thread", "batch"]
    )
    ap.add_argument("--category", action="append", help="only these corpus categories")
    ap.add_argument("--skip", action="append", default=[], help="leave out the input with this id")
    ap.add_argument("--only", action="append", default=[], help="only the inputs with these ids")
    ap.add_argument("--json", type=Path, help="also write the full measurements here")
    args = ap.parse_args(argv)

    # the marker's folder is removed when the check ends, whatever its verdict
    with tempfile.TemporaryDirectory(prefix="mmeval-adv-") as folder:
        return _check(args, Path(folder) / "pwned")


def _check(args: argparse.Namespace, marker: Path) -> int:
    rows = load_corpus(args.corpus, marker=str(marker))
    if args.category:
        rows = [r for r in rows if r["category"] in args.category]
    rows = [r for r in rows if r["id"] not in args.skip and (not args.only or r["id"] in args.only)]
    config = GradeConfig(timeout_s=args.timeout)
    bound = args.timeout + 1.0
    results = {mode: run_mode(mode, rows, config, args.workers) for mode in args.modes}

    print(f"{'input':40s} " + " ".join(f"{m + ' s':>9s}" for m in args.modes if m != "batch") + "  status")
    worst_ok = True
    for i, row in enumerate(rows):
        lat = [results[m]["latencies"][i] for m in args.modes if m != "batch"]
        worst_ok &= all(t <= bound for t in lat)
        flag = "  OVER LIMIT" if any(t > bound for t in lat) else ""
        status = results[args.modes[0]]["statuses"][i]
        print(f"{row['id'][:40]:40s} " + " ".join(f"{t:9.3f}" for t in lat) + f"  {status}{flag}")

    print(f"\n{len(rows)} inputs, per-pair limit {args.timeout} s (bound {bound} s)")
    for mode, r in results.items():
        lat = [t for t in r["latencies"] if not math.isnan(t)]
        extra = f"max latency {max(lat):.3f} s" if lat else ""
        if mode == "batch":
            batch_bound = math.ceil(len(rows) / args.workers) * bound
            extra = f"batch bound {batch_bound:.1f} s"
            worst_ok &= r["wall_s"] <= batch_bound
        counts = Counter(r["statuses"])
        print(
            f"{mode:6s}: wall {r['wall_s']:7.2f} s  {extra}  peak RSS parent {r['rss']['parent_mb']:.0f} MB, "
            f"largest worker {r['rss']['child_mb']:.0f} MB, total {r['rss']['total_mb']:.0f} MB  "
            f"statuses {dict(counts)}"
        )
    injected = marker.exists()
    print(f"injection marker created: {injected}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "ids": [r["id"] for r in rows],
                    "timeout_s": args.timeout,
                    "results": results,
                    "marker_created": injected,
                },
                indent=1,
            )
        )
    raised = sorted({s for r in results.values() for s in r["statuses"] if s.startswith("raised")})
    if raised:
        print(f"grading raised: {', '.join(raised)}")
    ok = worst_ok and not injected and not raised
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
