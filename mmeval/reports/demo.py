"""`mmeval demo`: the README's first command; offline, no GPU, meant to take under a minute after install.

1. re-scores the published model outputs shipped in `mmeval/data/published/` (MathVista testmini,
   MATH-Vision test) in official mode (all items) and in mmeval's rule mode (the first N items);
2. builds the tiny random-weight Qwen2.5-VL checkpoint and runs it end to end through the harness on
   the bundled fixture items (real images);
3. writes the HTML leaderboard of all these runs (with a paired official-vs-rule comparison);
4. prints where everything is and the scores next to the official ones; exits 1 if an official-mode
   score differs from the published official score.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

__all__ = ["demo_command", "register"]

FIXTURE_BENCHMARKS = ("mathvista", "mathvision", "mathverse", "olympiadbench")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `demo` command."""
    p = subparsers.add_parser(
        "demo",
        help="offline demo: re-score shipped outputs, run a tiny model, write a leaderboard",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--out", default="mmeval-demo", help="output folder (default ./mmeval-demo)")
    p.add_argument("--rule-items", type=int, default=50,
                   help="items per published file graded in rule mode (default 50; 0 = all, minutes on CPU)")  # fmt: skip
    p.add_argument("--tiny-items", type=int, default=4, help="fixture items per benchmark for the tiny model")
    p.add_argument("--skip-tiny", action="store_true", help="skip the tiny-model run (no torch needed)")
    p.set_defaults(func=demo_command)


class _Steps:
    """Prints what the demo is doing, with the elapsed time."""

    def __init__(self) -> None:
        self.start = time.perf_counter()

    def say(self, text: str) -> None:
        print(f"[{time.perf_counter() - self.start:5.1f}s] {text}", flush=True)


def _rescore_published(runs_dir: Path, rule_items: int, steps: _Steps) -> list[dict[str, Any]]:
    from mmeval.benchmarks import UnknownBenchmarkError
    from mmeval.reports.published import PUBLISHED, score_published

    table = []
    for pub in PUBLISHED:
        slug = "".join(c if c.isalnum() else "-" for c in pub.model.lower()).strip("-")
        try:
            steps.say(f"official mode: {pub.model} on {pub.benchmark} {pub.split} ({pub.outputs})")
            official = score_published(pub, "official", runs_dir / f"{pub.benchmark}-{slug}-official")
            steps.say(f"rule mode ({rule_items or 'all'} items): {pub.model} on {pub.benchmark}")
            rule = score_published(
                pub, "rule", runs_dir / f"{pub.benchmark}-{slug}-rule", limit=rule_items or None
            )
        except UnknownBenchmarkError as exc:
            steps.say(f"skipped {pub.benchmark}: {exc}")
            continue
        table.append({"pub": pub, "official": official, "rule": rule, "slug": slug})
    return table


def _run_tiny_model(out: Path, runs_dir: Path, n_items: int, steps: _Steps) -> list[dict[str, Any]]:
    """Build the tiny checkpoint and run it through `mmeval run` on each shipped fixture."""
    from mmeval._extras import require
    from mmeval.benchmarks import DatasetError, fixture_path
    from mmeval.models.tiny_model import build_tiny_model
    from mmeval.runs.run_command import register as register_run
    from mmeval.runs.store import load_run

    torch = require("torch", "hf")
    torch.set_num_threads(1)  # a model this small runs fastest on one thread, and leaves cores for grading
    steps.say("building the tiny random-weight Qwen2.5-VL checkpoint")
    model = build_tiny_model(out / "tiny-model", seed=0)
    parser = argparse.ArgumentParser(prog="mmeval")
    register_run(parser.add_subparsers())
    done = []
    for bench in FIXTURE_BENCHMARKS:
        try:
            data = fixture_path(bench)
        except DatasetError:
            continue
        run_dir = runs_dir / f"{bench}-tiny-model"
        steps.say(f"tiny model on {n_items} {bench} fixture items (real images) via `mmeval run`")
        args = parser.parse_args(["run", "--model", str(model), "--bench", bench, "--data", str(data),
                                  "--backend", "transformers", "--limit", str(n_items), "--max-new-tokens", "16",
                                  "--batch-size", "1", "--no-progress", "--out", str(run_dir)])  # fmt: skip
        if args.func(args) == 0:
            done.append({"benchmark": bench, "results": load_run(run_dir)[0]})
    return done


def _fmt(correct: int, total: int) -> str:
    return f"{100 * correct / total:.2f} ({correct}/{total})" if total else "–"


def _official_on_subset(row: dict[str, Any]) -> str:
    """The official-mode score on exactly the items graded in rule mode (a like-for-like comparison)."""
    from mmeval.runs.store import load_run

    rule_ids = {r["id"] for r in load_run(row["rule_dir"])[1]}
    official = [r for r in load_run(row["official_dir"])[1] if r["id"] in rule_ids]
    return _fmt(sum(r["correct"] for r in official), len(official))


def _print_table(table: list[dict[str, Any]], tiny: list[dict[str, Any]], rule_items: int) -> bool:
    """The scores next to the official ones; returns whether every official-mode score matches."""
    all_match = True
    subset = f"first {rule_items}" if rule_items else "all"
    print(f"\n{'model':29} {'benchmark':20} {'published official':>19} {'mmeval official mode':>22}  "
          f"{'rule mode (' + subset + ')':>19} {'official, same items':>20}")  # fmt: skip
    for row in table:
        pub, off, rule = row["pub"], row["official"], row["rule"]
        correct, total = pub.official_score()
        match = off["n_correct"] == correct and off["n_scored"] == total
        all_match &= match
        print(f"{pub.model:29} {pub.benchmark + '/' + pub.split:20} {_fmt(correct, total):>19} "
              f"{_fmt(off['n_correct'], off['n_scored']):>22} {'=' if match else '≠'} "
              f"{_fmt(rule['n_correct'], rule['n_scored']):>19} {_official_on_subset(row):>20}")  # fmt: skip
    for t in tiny:
        r = t["results"]
        print(f"{'tiny model (random weights)':29} {t['benchmark'] + ' fixture':20} {'–':>19} {'–':>22}  "
              f"{_fmt(r['n_correct'], r['n_scored']):>19} {'–':>20}")  # fmt: skip
    return all_match


def _write_report(out: Path, runs_dir: Path, table: list[dict[str, Any]], steps: _Steps) -> Path:
    from mmeval.reports.compare import compare_runs
    from mmeval.reports.loading import discover
    from mmeval.reports.render import ReportOptions, render_html
    from mmeval.reports.tables import runs_frame

    runs, training = discover([runs_dir])
    labels = dict(zip((r.path.resolve() for r in runs), runs_frame(runs)["label"], strict=True))
    comparisons = []
    for row in table[:1]:  # one paired example: the same outputs under the official rules vs mmeval's rules
        a = next(r for r in runs if r.path.resolve() == row["official_dir"].resolve())
        b = next(r for r in runs if r.path.resolve() == row["rule_dir"].resolve())
        comparisons.append(compare_runs(a, b, labels[a.path.resolve()], labels[b.path.resolve()]))
    steps.say(f"writing the leaderboard ({len(runs)} runs)")
    # one table per benchmark, official and rule scoring side by side (each cell says how many items)
    opts = ReportOptions(title="mmeval demo leaderboard", comparisons=comparisons, by_benchmark=True)
    return render_html(runs, training, out / "leaderboard.html", opts)


def demo_command(args: argparse.Namespace) -> int:
    """Run the four steps; exit 0 when every official-mode score equals the published one."""
    from mmeval._extras import MissingExtraError
    from mmeval.reports.cli import missing_report_extra

    if (missing := missing_report_extra()) is not None:
        print(f"mmeval demo: {missing}", file=sys.stderr)
        return 2
    steps = _Steps()
    out = Path(args.out)
    runs_dir = out / "runs"
    if args.rule_items < 0 or args.tiny_items < 1:
        print("mmeval demo: --rule-items must be >= 0 and --tiny-items >= 1", file=sys.stderr)
        return 2
    steps.say(f"mmeval demo -> {out.resolve()}")
    steps.say("step 1/3: re-scoring the published outputs shipped in mmeval/data/published")
    table = _rescore_published(runs_dir, args.rule_items, steps)
    for row in table:
        row["official_dir"] = runs_dir / f"{row['pub'].benchmark}-{row['slug']}-official"
        row["rule_dir"] = runs_dir / f"{row['pub'].benchmark}-{row['slug']}-rule"
    tiny = []
    if not args.skip_tiny:
        steps.say("step 2/3: the tiny model, end to end through the harness")
        try:
            tiny = _run_tiny_model(out, runs_dir, args.tiny_items, steps)
        except MissingExtraError as exc:
            steps.say(f"skipped the tiny model: {exc}")
    steps.say("step 3/3: the leaderboard")
    html = _write_report(out, runs_dir, table, steps)
    all_match = _print_table(table, tiny, args.rule_items)
    print(f"\nofficial mode reproduces every published official score: {'yes' if all_match else 'NO'}")
    print(f"leaderboard: {html.resolve()}  (open it in a browser; it needs no network)")
    print(f"run folders: {runs_dir.resolve()}")
    steps.say("done")
    return 0 if all_match else 1
