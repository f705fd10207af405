"""`mmeval report RUN_OR_FOLDER... -o reports/leaderboard.html [--compare A B] [--format html|md|csv]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mmeval._cli import existing_path, non_negative_int, out_file
from mmeval.reports.loading import ReportInputError, Run, discover, load_run_folder

__all__ = ["missing_report_extra", "register", "report_command"]

DEFAULT_OUT = {"html": "reports/leaderboard.html", "md": "-", "csv": "-"}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `report` command."""
    p = subparsers.add_parser(
        "report",
        help="render runs as one self-contained HTML leaderboard",
        description="Render run folders (results.json + samples.jsonl, or training metrics.jsonl) as one "
        "self-contained HTML leaderboard, or as a Markdown/CSV table.",
    )
    p.add_argument(
        "paths", nargs="+", metavar="RUN_OR_FOLDER", help="run folders, or folders searched for runs"
    )
    p.add_argument(
        "-o",
        "--out",
        help="output file ('-' = stdout); default reports/leaderboard.html for html, stdout otherwise",
    )
    p.add_argument(
        "--format", choices=["html", "md", "csv"], default="html", help="output format (default: html)"
    )
    p.add_argument(
        "--compare", nargs=2, metavar=("A", "B"), help="paired comparison of run folder A with run folder B"
    )
    p.add_argument(
        "--by-benchmark",
        action="store_true",
        help="html: one table per benchmark with the scoring modes (official, rule) side by side, "
        "instead of one models x benchmarks table",
    )
    p.add_argument(
        "--title",
        help="page title (default 'mmeval leaderboard', or 'mmeval training runs' for training runs only)",
    )
    p.add_argument("--table", choices=["mm-eureka"],
                   help="print a paper's results table (published rows + these runs, with CIs); -o x.html renders it")  # fmt: skip
    p.add_argument(
        "--max-thumbnails",
        type=non_negative_int,
        default=2000,
        help="cap on embedded image thumbnails (default 2000)",
    )
    p.set_defaults(func=report_command)


def missing_report_extra() -> str | None:
    """The message naming the `report` extra when one of its packages is missing, else None."""
    from mmeval._extras import MissingExtraError, require

    try:
        for module in ("pandas", "jinja2", "matplotlib", "scipy"):
            require(module, "report")
    except MissingExtraError as exc:
        return str(exc)
    return None


def _find(runs: list[Run], path: str) -> Run:
    target = Path(path).resolve()
    for run in runs:
        if run.path.resolve() == target:
            return run
    run = load_run_folder(path)
    runs.append(run)
    return run


def _paper_table(args: argparse.Namespace) -> int:
    from mmeval.reports.paper_table import build_table, find_results, render_html, render_markdown

    try:
        table = build_table(args.table, find_results(args.paths))
    except (FileNotFoundError, ValueError) as exc:
        print(f"mmeval report: {exc}", file=sys.stderr)
        return 2
    if not args.out or args.out == "-":
        sys.stdout.write(render_markdown(table))
        return 0
    text = render_html(table) if args.out.endswith(".html") else render_markdown(table)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def report_command(args: argparse.Namespace) -> int:
    """Load, aggregate, write; bad input exits 2 with the file and what was expected."""
    if args.table:
        return _paper_table(args)
    if (missing := missing_report_extra()) is not None:
        print(f"mmeval report: {missing}", file=sys.stderr)
        return 2
    for path in args.paths:
        existing_path(path, "RUN_OR_FOLDER")
    if args.out and args.out != "-":
        out_file(args.out, "-o")
    from mmeval.reports.compare import compare_runs
    from mmeval.reports.export import to_csv, to_markdown
    from mmeval.reports.tables import runs_frame

    try:
        runs, training = discover(args.paths)
        comparisons = []
        if args.compare:
            run_a, run_b = _find(runs, args.compare[0]), _find(runs, args.compare[1])
            labels = dict(zip(map(id, runs), runs_frame(runs)["label"], strict=True))
            comparisons.append(compare_runs(run_a, run_b, labels[id(run_a)], labels[id(run_b)]))
    except ReportInputError as exc:
        print(f"mmeval report: {exc}", file=sys.stderr)
        return 2
    for c in comparisons:
        print(c.summary(), file=sys.stderr)
    out = args.out or DEFAULT_OUT[args.format]
    if args.format == "html":
        from mmeval.reports.render import ReportOptions, render_html

        if out == "-":
            print("mmeval report: --format html needs a file for -o", file=sys.stderr)
            return 2
        opts = ReportOptions(title=args.title, max_thumbnails=args.max_thumbnails, comparisons=comparisons,
                             by_benchmark=args.by_benchmark)  # fmt: skip
        path = render_html(runs, training, out, opts)
        size = path.stat().st_size
        print(
            f"wrote {path} ({size / 1e6:.2f} MB; {len(runs)} runs, {len(training)} training runs)",
            file=sys.stderr,
        )
        return 0
    if not runs:
        print(
            "mmeval report: md/csv need evaluation runs (results.json); found only training metrics",
            file=sys.stderr,
        )
        return 2
    text = to_markdown(runs, comparisons) if args.format == "md" else to_csv(runs)
    if out == "-":
        sys.stdout.write(text)
    else:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text, encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)
    return 0
