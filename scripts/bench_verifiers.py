"""Agreement and speed of mmeval's grader vs math-verify 0.9.0 on the labelled verification pairs.

Usage:
    python scripts/bench_verifiers.py [--data DIR] [--out bench_verifiers.json] [--disagreements FILE]
                                      [--corrections tests/verifiers/data/mathcheck_label_corrections.jsonl]

For every pair of `DIR/*.jsonl` (`{id, gold, response, label}`), both graders run in this process, one
pair at a time, in the same run: mmeval's `grade(gold, response)` and math-verify's default
`verify(parse("$gold$"), parse(response))` (a short response with no math delimiters is wrapped in
`$...$` too, as math-verify expects LaTeX delimiters). Prints per-file precision/recall/F1, overall
figures on the original labels and on the corrected labels, per-pair latency (p50/p99) and pairs/s,
and `grade_batch` pairs/s on 2 workers (each pair graded whole in a worker process). Writes everything as JSON to `--out`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from mmeval.verifiers import grade, grade_batch  # noqa: E402
from mmeval.verifiers.bounded.pool import default_pool, prestart  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "verification"
DEFAULT_CORRECTIONS = ROOT / "tests" / "verifiers" / "data" / "mathcheck_label_corrections.jsonl"


def load_rows(data_dir: Path) -> list[dict]:
    rows = []
    for path in sorted(data_dir.glob("*.jsonl")):
        for lineno, line in enumerate(path.open(encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                row["gold"], row["response"], row["label"]  # noqa: B018 - required keys
            except (json.JSONDecodeError, KeyError) as exc:
                sys.exit(f"{path}:{lineno}: expected a JSON object with gold, response, label ({exc})")
            row["file"] = path.stem
            rows.append(row)
    return rows


def load_corrections(path: Path) -> dict[str, int]:
    if not path.exists():
        return {}
    out = {}
    for line in path.open(encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            out[row["id"]] = int(row["new_label"])
    return out


def math_verify_grader():
    from math_verify import parse, verify

    def wrap(text: str) -> str:
        delimited = any(t in text for t in ("$", "\\(", "\\[", "\\boxed"))
        return text if delimited or len(text) > 300 else f"${text}$"

    def run(gold: str, response: str) -> bool:
        return bool(verify(parse(f"${gold}$"), parse(wrap(response))))

    return run


def prf(preds: list[bool], labels: list[int]) -> dict:
    tp = sum(p and y == 1 for p, y in zip(preds, labels, strict=True))
    fp = sum(p and y == 0 for p, y in zip(preds, labels, strict=True))
    fn = sum((not p) and y == 1 for p, y in zip(preds, labels, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    acc = sum(p == bool(y) for p, y in zip(preds, labels, strict=True)) / max(len(labels), 1)
    return {
        "n": len(labels),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "accuracy": round(acc, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def timed(fn, rows) -> tuple[list, list[float]]:
    out, lat = [], []
    for row in rows:
        t0 = time.perf_counter()
        out.append(fn(row["gold"], row["response"]))
        lat.append(time.perf_counter() - t0)
    return out, lat


def speed(lat: list[float]) -> dict:
    qs = statistics.quantiles(lat, n=100)
    return {
        "pairs_per_s": round(len(lat) / sum(lat), 1),
        "p50_ms": round(qs[49] * 1000, 2),
        "p99_ms": round(qs[98] * 1000, 2),
        "max_ms": round(max(lat) * 1000, 1),
    }


def agreement(rows, preds, labels_key) -> dict:
    files = sorted({r["file"] for r in rows})
    out = {
        f: prf(
            [p for p, r in zip(preds, rows, strict=True) if r["file"] == f],
            [r[labels_key] for r in rows if r["file"] == f],
        )
        for f in files
    }
    out["overall"] = prf(preds, [r[labels_key] for r in rows])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=Path("bench_verifiers.json"))
    ap.add_argument("--disagreements", type=Path, default=None, help="write pairs where mmeval != label")
    ap.add_argument("--corrections", type=Path, default=DEFAULT_CORRECTIONS)
    ap.add_argument("--batch-workers", type=int, default=2)
    ap.add_argument("--no-math-verify", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: data folder {args.data} not found", file=sys.stderr)
        return 2
    rows = load_rows(args.data)
    fixes = load_corrections(args.corrections)
    for r in rows:
        r["label_corrected"] = fixes.get(r["id"], r["label"])
    prestart(1)  # start the symbolic worker before timing (process start is not a per-pair cost)

    ours, our_lat = timed(lambda g, r: grade(g, r), rows)
    our_ok = [v.correct for v in ours]
    result = {
        "n_pairs": len(rows),
        "corrections": len(fixes),
        "mmeval": {
            "agreement": agreement(rows, our_ok, "label"),
            "agreement_corrected": agreement(rows, our_ok, "label_corrected"),
            "speed": speed(our_lat),
        },
    }
    if not args.no_math_verify:
        mv, mv_lat = timed(math_verify_grader(), rows)
        result["math_verify"] = {
            "agreement": agreement(rows, mv, "label"),
            "agreement_corrected": agreement(rows, mv, "label_corrected"),
            "speed": speed(mv_lat),
        }
        result["speed_ratio"] = round(
            result["mmeval"]["speed"]["pairs_per_s"] / result["math_verify"]["speed"]["pairs_per_s"], 2
        )
    default_pool().shutdown()  # fresh workers (cold caches), started before the clock like the single run's
    default_pool().resize(args.batch_workers)
    prestart(args.batch_workers)
    t0 = time.perf_counter()
    grade_batch(rows, workers=args.batch_workers)
    result["grade_batch"] = {
        "workers": args.batch_workers,
        "pairs_per_s": round(len(rows) / (time.perf_counter() - t0), 1),
    }
    args.out.write_text(json.dumps(result, indent=1))
    if args.disagreements:
        with args.disagreements.open("w", encoding="utf-8") as fh:
            for r, v in zip(rows, ours, strict=True):
                if v.correct != bool(r["label"]):
                    fh.write(
                        json.dumps(
                            {
                                "id": r["id"],
                                "label": r["label"],
                                "gold": r["gold"],
                                "response": r["response"][-400:],
                                **v.to_dict(),
                            }
                        )
                        + "\n"
                    )
    print_table(result)
    return 0


def print_table(result: dict) -> None:
    graders = [g for g in ("mmeval", "math_verify") if g in result]
    for key in ("agreement", "agreement_corrected"):
        print(f"\n{key} ({'original labels' if key == 'agreement' else 'corrected labels'})")
        print(f"{'file':40s} " + " ".join(f"{g + ' P/R/F1':>24s}" for g in graders))
        for f in result["mmeval"][key]:
            cells = [result[g][key][f] for g in graders]
            print(
                f"{f:40s} "
                + " ".join(f"{c['precision']:.3f}/{c['recall']:.3f}/{c['f1']:.3f}".rjust(24) for c in cells)
            )
    print("\nspeed (single process)")
    for g in graders:
        s = result[g]["speed"]
        print(
            f"{g:12s} {s['pairs_per_s']:8.1f} pairs/s  p50 {s['p50_ms']:7.2f} ms  p99 {s['p99_ms']:7.2f} ms"
        )
    if "speed_ratio" in result:
        print(f"ratio mmeval/math-verify: {result['speed_ratio']}x")
    b = result["grade_batch"]
    print(f"grade_batch on {b['workers']} workers: {b['pairs_per_s']} pairs/s")


if __name__ == "__main__":
    raise SystemExit(main())
