"""Record every verdict of `grade` on a fixed large set of pairs, or compare two recordings.

Usage:
    python scripts/verdict_oracle.py record OUT.jsonl [--shared ../shared] [--math-verify-repo PATH]
    python scripts/verdict_oracle.py compare BEFORE.jsonl AFTER.jsonl

Why: a change meant to keep every verdict (a speed-up, a refactor) is checked by recording the verdicts
before and after it on the same tree state and comparing them; `compare` exits 1 on any difference.

The pairs, in a fixed order:
- every labelled pair of `SHARED/data/verification/*.jsonl` (`grade(gold, response)`);
- math-verify's own regression suite (`scripts/mathverify_suite.py`, read from a local clone given by
  `--math-verify-repo` or `MATH_VERIFY_REPO`, skipped with a notice when neither is given), with
  `precision=` the row's `float_rounding` as `scripts/bench_verifiers.py` grades them;
- every published MATH-V and MathVista response of `SHARED/data/published` with the benchmark's own
  `grade_kwargs` (the golds, options and precision `mmeval score` passes in rule mode).

Each line of OUT is one pair's key and its verdict: status, correct, extracted, rule, reason, guessed
(or the exception `grade` raised). The last line printed is the SHA-256 digest of the whole file.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("status", "correct", "extracted", "rule", "reason", "guessed")


def _jsonl(path: str) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if line.strip():
                yield i, json.loads(line)


SHARED = ROOT.parent / "shared"  # the default `--shared` of the scripts that read the shared data


def no_shared_data(shared: Path, script: str) -> bool:
    """True, after saying which folder is missing, when `shared` has no data folder (a script then exits 2)."""
    if (shared / "data").is_dir():
        return False
    print(f"{Path(script).name}: {shared}/data not found: expected the shared data folder (--shared ../shared)",
          file=sys.stderr)  # fmt: skip
    return True


def pairs(shared: Path, mv_repo: Path | None) -> Iterator[tuple[str, dict, object]]:
    """(key, grade keyword arguments without the response, response) for every pair, in a fixed order."""
    for path in sorted(glob.glob(str(shared / "data/verification/*.jsonl"))):
        for i, r in _jsonl(path):
            yield f"{Path(path).name}:{i}", {"gold": r["gold"]}, r["response"]
    if mv_repo is not None:
        from mathverify_suite import load_cases

        for r in load_cases(mv_repo)[0]:
            precision = r["options"].get("precision", 6)
            kw = {"gold": r["gold"], "precision": None if precision == 6 else precision}
            yield f"suite:{r['id']}", kw, r["response"]
    from mmeval.benchmarks.mathvision import MathVision
    from mmeval.benchmarks.mathvista import MathVista

    mv = MathVision()
    items = {
        str(r["id"]): mv.grade_kwargs(mv.to_item(r, []))
        for _, r in _jsonl(str(shared / "data/published/mathvision/test.jsonl"))
    }
    for path in sorted(glob.glob(str(shared / "data/published/mathvision/outputs/*.jsonl"))):
        for i, r in _jsonl(path):
            yield f"{Path(path).name}:{i}", items[str(r["id"])], r.get("response")
    vs = MathVista()
    for path in sorted(glob.glob(str(shared / "data/published/mathvista/outputs/output_*.json"))):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        for k, r in data.items():
            yield f"{Path(path).name}:{k}", vs.grade_kwargs(vs.to_item(r, [])), r.get("response")


def record(out: Path, shared: Path, mv_repo: Path | None) -> int:
    from mmeval.verifiers import grade

    n, t0, digest = 0, time.perf_counter(), hashlib.sha256()
    with out.open("w", encoding="utf-8") as fh:
        for key, kw, response in pairs(shared, mv_repo):
            try:
                d = grade(response=response if isinstance(response, str) else "", **kw).to_dict()
                row = {"key": key, **{f: d[f] for f in FIELDS}}
            except Exception as exc:  # noqa: BLE001 - an exception is a verdict to keep, too
                row = {"key": key, "error": f"{type(exc).__name__}: {exc}"}
            line = json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"
            fh.write(line)
            digest.update(line.encode())
            n += 1
    dt = time.perf_counter() - t0
    print(f"{n} pairs in {dt:.0f} s ({n / dt:.0f} pairs/s) -> {out}", file=sys.stderr)
    print(f"sha256 {digest.hexdigest()}")
    return 0


def compare(a: Path, b: Path) -> int:
    rows = [[json.loads(x) for x in p.open(encoding="utf-8")] for p in (a, b)]
    if [r["key"] for r in rows[0]] != [r["key"] for r in rows[1]]:
        print(f"different pairs: {len(rows[0])} in {a}, {len(rows[1])} in {b}")
        return 1
    diff = [(x, y) for x, y in zip(*rows, strict=True) if x != y]
    for x, y in diff[:20]:
        print(f"{x['key']}:\n  before {json.dumps(x, ensure_ascii=False)[:300]}\n  after  "
              f"{json.dumps(y, ensure_ascii=False)[:300]}")  # fmt: skip
    print(f"{len(rows[0])} pairs, {len(diff)} verdicts differ" + ("" if diff else " (identical)"))
    return 1 if diff else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    rec.add_argument("--math-verify-repo", type=Path, default=os.environ.get("MATH_VERIFY_REPO"))
    cmp = sub.add_parser("compare")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "compare":
        for p in (args.before, args.after):
            if not p.is_file():
                print(f"error: {p}: no such recording", file=sys.stderr)
                return 2
        return compare(args.before, args.after)
    if not (args.shared / "data").is_dir():
        print(f"error: {args.shared}: no data folder (give --shared)", file=sys.stderr)
        return 2
    if args.math_verify_repo is None:
        print("math-verify suite: skipped (give --math-verify-repo or MATH_VERIFY_REPO)", file=sys.stderr)
    elif not Path(args.math_verify_repo).exists():
        print(f"error: --math-verify-repo {args.math_verify_repo}: not found", file=sys.stderr)
        return 2
    return record(args.out, args.shared, args.math_verify_repo)


if __name__ == "__main__":
    raise SystemExit(main())
