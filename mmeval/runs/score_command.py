"""`mmeval score`: grade an existing predictions file (an mmeval run or a published output format).

    python -m mmeval score --bench mathvista --predictions output_bard.json --mode official
    python -m mmeval score --bench mathvision --predictions Gemini-Pro.jsonl --data test.jsonl --json
    python -m mmeval score --bench mathverse --predictions run/ --data testmini.json \\
        --mode judge --judge-url http://127.0.0.1:8000/v1 --judge-model Qwen2.5-7B-Instruct
    python -m mmeval score --bench mathvista --predictions output_bard.json --mode cascade \\
        --judge-url http://127.0.0.1:8000/v1 --judge-model Qwen2.5-7B-Instruct --judge-cache judge_cache

Modes: `rule` (default) extracts from the raw responses with mmeval's verifiers; `official` grades the
published extraction (MathVista `extraction`, MATH-V `model_answer`) with the benchmark's official
rules, or recomputes the official rule-based extraction from the response (MATH-V, OlympiadBench);
`judge` asks a judge model on an OpenAI-compatible endpoint (MathVerse's official method, any model);
`cascade` grades by rule mode and asks the judge only about the samples the rules did not decide
(`--judge-role extract|verify`, replies cached in `--judge-cache`; results say who decided each row).
A predictions file whose items have no gold answers (MathVista `test`) gives a submission file.
Bad input (unknown benchmark, malformed file, missing golds) exits 2 with the file, line and reason;
exit 1 when some samples got no verdict (judge errors), as `run` does for failed API calls.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from mmeval._cli import UsageError, check_choice, existing_path, out_dir, positive_int
from mmeval.runs.scoring import SCORING_MODES, ScoreError, score_predictions

__all__ = ["register", "main", "format_summary"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `score` command."""
    p = subparsers.add_parser(
        "score",
        help="grade an existing predictions file (mmeval run or published formats)",
        description=__doc__.split("\n\n", 1)[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    p.add_argument(
        "--bench", required=True, help="benchmark name (mathvista, mathverse, mathvision, olympiadbench)"
    )
    p.add_argument("--predictions", required=True, help="predictions file, or an mmeval run folder")
    p.add_argument(
        "--data",
        help="gold answers: local benchmark copy (Hub repo snapshot, save_to_disk folder, parquet, JSON/JSONL)",
    )
    p.add_argument(
        "--split",
        help="split (OlympiadBench: config name); default: the split recorded in an mmeval run, else one "
        "named in the --data or predictions file name (testmini.json), else the benchmark's default",
    )
    p.add_argument(
        "--mode", choices=SCORING_MODES, default="rule", help="rule (default), official, judge or cascade"
    )
    p.add_argument(
        "--json", action="store_true", help="print the results object (score in percent) to stdout"
    )
    p.add_argument("--out", help="write a run folder (samples.jsonl + results.json) here")
    p.add_argument("--model", help="model name for the results (default: the predictions file name)")
    p.add_argument(
        "--workers", type=positive_int, default=None, help="grading processes (default: all cores)"
    )
    from mmeval.judges.options import add_judge_arguments

    add_judge_arguments(p)
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    """Run `score`; returns the exit code (2 for bad input)."""
    started = time.perf_counter()
    split = check_inputs(args)
    try:
        results = score_predictions(
            args.bench,
            args.predictions,
            data=args.data,
            split=split,
            mode=args.mode,
            out=args.out,
            model=args.model,
            workers=args.workers,
            judge=_judge(args),
        )
    except ScoreError as exc:
        print(f"mmeval score: {exc}", file=sys.stderr)
        return 2
    results.setdefault("timing", {})["total_s"] = round(time.perf_counter() - started, 3)
    if args.json:
        json.dump(results, sys.stdout, indent=2, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        print(format_summary(results))
    failed = (results.get("status_counts") or {}).get("error", 0)
    if failed:  # as `run`: finished, but some samples have no verdict (judge errors); never scored
        print(
            f"mmeval score: {failed} samples failed (see their reason); score again to retry", file=sys.stderr
        )
        return 1
    return 0


def check_inputs(args: argparse.Namespace) -> str | None:
    """Paths and the split, before anything is graded; returns the split to score (None: default)."""
    from mmeval.benchmarks import UnknownBenchmarkError, get_benchmark

    try:
        bench = get_benchmark(args.bench)
    except UnknownBenchmarkError as exc:
        raise UsageError(str(exc)) from None
    existing_path(args.predictions, "--predictions")
    if args.data:
        existing_path(args.data, "--data")
    if args.out:
        out_dir(args.out)
    split = args.split or infer_split(bench, args.predictions, args.data)
    if split is not None and bench.splits:
        check_choice(split, bench.splits, f"{bench.name} --split")
    return split


def infer_split(bench: Any, predictions: str, data: str | None) -> str | None:
    """The split the files say, when --split is not given: the `split` an mmeval run recorded in its rows,
    else a split name that is a whole word of the --data or predictions file name (the longest, so that
    `testmini.json` is testmini, not test). None: the benchmark's default."""
    run_rows = Path(predictions) / "samples.jsonl" if Path(predictions).is_dir() else Path(predictions)
    if run_rows.name == "samples.jsonl" and run_rows.exists():
        from mmeval.runs.store import read_samples

        recorded = {r.get("split") for r in read_samples(run_rows)} - {None}
        if len(recorded) == 1:
            return recorded.pop()
    for path in filter(None, (data, predictions)):
        words = set(re.split(r"[^A-Za-z0-9]+", Path(path).stem)) | set(
            re.split(r"[^A-Za-z0-9_]+", Path(path).stem)
        )
        named = sorted((s for s in bench.splits if s in words), key=len, reverse=True)
        if named:
            return named[0]
    return None


def _judge(args: argparse.Namespace) -> Any:
    if args.mode not in ("judge", "cascade"):
        return None
    from mmeval.judges.options import cascade_from_args, check_judge_args

    if (problem := check_judge_args(args)) is not None:
        print(f"mmeval score: {problem}", file=sys.stderr)
        raise SystemExit(2)
    if args.mode == "cascade":
        return cascade_from_args(args)
    from mmeval.benchmarks.official.mathverse import JudgeClient

    return JudgeClient(args.judge_url, args.judge_model, api_key_env=args.judge_key_env)


def format_summary(results: dict[str, Any]) -> str:
    """A few readable lines: the score, the counts, each breakdown's values."""
    head = f"{results['benchmark']} {results['split']} ({results['config']['scoring_mode']} mode), {results['model']}"
    if "submission" in results:
        return f"{head}: no gold answers; submission file written to {results['submission']}"
    low, high = results.get("ci95") or (None, None)
    ci = f", 95% CI {low:.1f}-{high:.1f}" if low is not None else ""
    lines = [
        f"{head}: {results['score']:.2f}% ({results['n_correct']}/{results['n_scored']} scored{ci})",
        "statuses: " + ", ".join(f"{k} {v}" for k, v in results["status_counts"].items()),
    ]
    if results.get("cascade"):
        c = results["cascade"]
        lines.append(
            f"cascade: judge {c['judge_model']} decided {c['judged']}/{c['n']} ({c['judged_share']}%); "
            f"score without judged samples {c['score_without_judged']}, rules only {c['score_rules_only']}; "
            f"{c['judge_calls']} judge calls, {(c['cache'] or {}).get('hits', 0)} cache hits"
        )
    for name, values in results.get("breakdowns", {}).items():
        cells = ", ".join(f"{v} {c['score']:.1f} ({c['n']})" for v, c in list(values.items())[:12])
        more = f", ... ({len(values)} values)" if len(values) > 12 else ""
        lines.append(f"  {name}: {cells}{more}")
    if results.get("run_dir"):
        lines.append(f"run folder: {Path(results['run_dir'])}")
    return "\n".join(lines)
