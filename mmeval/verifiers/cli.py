"""`python -m mmeval verify`: grade one answer, or a JSONL file of (gold, response[, label]) pairs.

    python -m mmeval verify --gold "1/2" --pred "so the answer is \\boxed{0.5}"
    python -m mmeval verify pairs.jsonl --json --out verdicts.jsonl --workers 2 --timeout 5

A file row is `{"gold": ..., "response": ..., "label": 0|1 (optional), "choices": [...] (optional),
"answer_type": ... (optional), "precision": ... (optional), "tolerance": number or list (optional)}`. With labels, precision/recall/F1 treat
"graded correct" as the positive prediction. Malformed input exits 2 naming the file:line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from mmeval.verifiers import GradeConfig, Status, Verdict, grade, grade_batch
from mmeval.verifiers.bounded.pool import default_pool, prestart
from mmeval.verifiers.verdict import ANSWER_TYPES

__all__ = ["register", "load_pairs", "summarize", "InputError"]

_TYPES = [t for t in ANSWER_TYPES if t]


class InputError(ValueError):
    """Malformed input; the message names the file:line and what was expected."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "verify",
        help="grade one answer (--gold/--pred) or a JSONL file of pairs",
        description="Grade one answer against a gold (--gold/--pred), or every row of a JSONL file of "
        '{"gold", "response", "label"?, "choices"?, "answer_type"?, "precision"?, "tolerance"?} objects.',
    )
    p.add_argument("pairs", nargs="?", help="JSONL file of pairs (omit to grade --gold/--pred)")
    p.add_argument("--gold", help="the gold answer")
    p.add_argument("--pred", "--response", dest="pred", help="the model response (or just its final answer)")
    p.add_argument("--choices", nargs="+", metavar="TEXT", help="option texts in letter order (A, B, ...)")
    p.add_argument("--answer-type", choices=_TYPES, help="answer type (default: auto)")
    p.add_argument("--precision", type=float, help="decimals to round both sides to (MathVista style)")
    p.add_argument(
        "--tolerance",
        type=float,
        nargs="+",
        metavar="ABS",
        help="absolute tolerance, or one per gold item of a list (OlympiadBench's error)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.add_argument("--out", type=Path, help="write one verdict per row (JSONL, input order)")
    p.add_argument("--workers", type=int, default=None, help="grading processes (default: all cores)")
    p.add_argument("--timeout", type=float, default=5.0, help="per-pair time limit in seconds (default 5)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"mmeval verify: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    if args.timeout <= 0:
        return _fail(f"--timeout must be > 0 seconds, got {args.timeout}")
    if args.workers is not None and args.workers < 1:
        return _fail(f"--workers must be >= 1, got {args.workers}")
    # Checked before grading starts (the shared checks in mmeval/_cli.py are not imported here: the
    # verifiers import nothing from the rest of mmeval).
    if args.out is not None and (args.out.is_dir() or not args.out.parent.is_dir()):
        return _fail(f"--out {args.out}: expected a file in an existing folder")
    if args.tolerance is not None and any(t < 0 for t in args.tolerance):
        return _fail(f"--tolerance must be >= 0, got {' '.join(map(str, args.tolerance))}")
    config = GradeConfig(timeout_s=args.timeout)
    if args.pairs is None:
        if args.gold is None or args.pred is None:
            return _fail("give a JSONL file of pairs, or both --gold and --pred")
        return _verify_one(args, config)
    if args.gold is not None or args.pred is not None:
        return _fail("give either a JSONL file or --gold/--pred, not both")
    try:
        rows = load_pairs(Path(args.pairs))
    except InputError as exc:
        return _fail(str(exc))
    return _verify_file(rows, args, config)


def _precision(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


def _verify_one(args: argparse.Namespace, config: GradeConfig) -> int:
    verdict = grade(
        args.gold,
        args.pred,
        choices=args.choices,
        answer_type=args.answer_type,
        precision=_precision(args.precision),
        tolerance=args.tolerance,
        config=config,
    )
    if args.json:
        print(json.dumps(verdict.to_dict(), ensure_ascii=False))
    else:
        found = (
            f"extracted {verdict.extracted!r} by rule {verdict.rule}" if verdict.extracted is not None else ""
        )
        print(f"{verdict.status.value}" + (f"  ({found})" if found else ""))
        print(f"reason: {verdict.reason}")
    if args.out:
        args.out.write_text(json.dumps(verdict.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


# ---- file mode -----------------------------------------------------------------------------------


def _check_row(row: Any, where: str) -> dict[str, Any]:
    """Validate one parsed row; raise InputError saying what was expected."""
    if not isinstance(row, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(row).__name__}")
    for key in ("gold", "response"):
        if key not in row:
            raise InputError(f"{where}: missing key {key!r} (expected gold, response, optional label)")
    if not isinstance(row["response"], str):
        raise InputError(f"{where}: 'response' must be a string, got {type(row['response']).__name__}")
    if not isinstance(row["gold"], (str, int, float)) or isinstance(row["gold"], bool):
        raise InputError(f"{where}: 'gold' must be a string or a number, got {type(row['gold']).__name__}")
    label = row.get("label")
    if label is not None and label not in (0, 1):  # True/False compare equal to 1/0
        raise InputError(f"{where}: 'label' must be 0, 1, true or false, got {label!r}")
    choices = row.get("choices")
    if choices is not None and not (isinstance(choices, list) and all(isinstance(c, str) for c in choices)):
        raise InputError(f"{where}: 'choices' must be a list of strings, got {choices!r:.80}")
    if row.get("answer_type") not in ANSWER_TYPES:
        raise InputError(
            f"{where}: 'answer_type' must be one of {_TYPES} or null, got {row['answer_type']!r}"
        )
    prec = row.get("precision")
    if prec is not None and (isinstance(prec, bool) or not isinstance(prec, (int, float))):
        raise InputError(f"{where}: 'precision' must be a number or null, got {prec!r}")
    tol = row.get("tolerance")
    values = tol if isinstance(tol, list) else [tol]
    if tol is not None and (
        not values or any(isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0 for v in values)
    ):
        raise InputError(
            f"{where}: 'tolerance' must be a number >= 0, a list of them, or null, got {tol!r:.80}"
        )
    return row


def load_pairs(path: Path) -> list[dict[str, Any]]:
    """Read and validate a JSONL file of pairs (blank lines skipped). Raises InputError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file (expected a JSONL file of pairs)") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: byte 0x{exc.object[exc.start]:02x} is not UTF-8; expected UTF-8 text"
        ) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{where}: invalid JSON ({exc.msg} at column {exc.colno}); expected one object per line"
            ) from None
        rows.append(_check_row(row, where) | {"_line": lineno})
    if not rows:
        raise InputError(f"{path}: no rows (expected one JSON object per line)")
    return rows


def summarize(verdicts: list[Verdict], labels: list[int | None], elapsed_s: float) -> dict[str, Any]:
    """n, accuracy (share graded correct), agreement/precision/recall/F1 against labels, status counts."""
    n = len(verdicts)
    counts = Counter(v.status.value for v in verdicts)
    labeled = [(v.correct, bool(y)) for v, y in zip(verdicts, labels, strict=True) if y is not None]
    tp = sum(p and y for p, y in labeled)
    fp = sum(p and not y for p, y in labeled)
    fn = sum(y and not p for p, y in labeled)
    precision = tp / (tp + fp) if labeled and tp + fp else (None if not labeled else 0.0)
    recall = tp / (tp + fn) if labeled and tp + fn else (None if not labeled else 0.0)
    f1 = (
        2 * precision * recall / (precision + recall)
        if precision and recall
        else (None if not labeled else 0.0)
    )
    return {
        "n": n,
        "accuracy": counts["correct"] / n if n else 0.0,
        "n_labeled": len(labeled),
        "agreement": sum(p == y for p, y in labeled) / len(labeled) if labeled else None,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "pairs_per_s": n / elapsed_s if elapsed_s > 0 else None,
        "elapsed_s": round(elapsed_s, 3),
        "status_counts": {s.value: counts.get(s.value, 0) for s in Status},
    }


def _print_text(summary: dict[str, Any]) -> None:
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{100 * x:.1f}%"

    print(
        f"pairs: {summary['n']}  graded correct: {pct(summary['accuracy'])}  "
        f"({summary['pairs_per_s']:.1f} pairs/s)"
    )
    if summary["n_labeled"]:
        print(
            f"against {summary['n_labeled']} labels: agreement {pct(summary['agreement'])}  "
            f"precision {pct(summary['precision'])}  recall {pct(summary['recall'])}  F1 {pct(summary['f1'])}"
        )
    print("statuses: " + "  ".join(f"{k} {v}" for k, v in summary["status_counts"].items() if v))


def _verify_file(rows: list[dict[str, Any]], args: argparse.Namespace, config: GradeConfig) -> int:
    items = [
        {
            "gold": r["gold"] if isinstance(r["gold"], str) else str(r["gold"]),
            "response": r["response"],
            "choices": r.get("choices"),
            "answer_type": r.get("answer_type"),
            "precision": _precision(r.get("precision")),
            "tolerance": r.get("tolerance"),
        }
        for r in rows
    ]
    workers = args.workers or os.cpu_count() or 1
    start = time.perf_counter()
    default_pool().resize(workers)  # start the grading processes before the clock: pairs/s is the
    prestart(workers)  # grading rate; their start-up is reported as startup_s
    startup_s = time.perf_counter() - start
    start = time.perf_counter()
    verdicts = grade_batch(items, workers=workers, config=config, progress=not args.no_progress)
    summary = summarize(verdicts, [r.get("label") for r in rows], time.perf_counter() - start)
    summary["startup_s"] = round(startup_s, 3)
    if args.out:
        _write_verdicts(args.out, rows, verdicts)
    if args.json:
        print(json.dumps(summary))
    else:
        _print_text(summary)
    return 0


def _write_verdicts(path: Path, rows: list[dict[str, Any]], verdicts: list[Verdict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row, verdict in zip(rows, verdicts, strict=True):
            out = {"line": row["_line"], **({"id": row["id"]} if "id" in row else {}), **verdict.to_dict()}
            if row.get("label") is not None:
                out["label"] = int(row["label"])
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
