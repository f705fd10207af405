"""MathVista rule mode, official mode and the judge cascade on published outputs that are not in ../shared:
a held-out check of the MathVista side of issues 12 and 15.

    HF_HUB_OFFLINE=1 python scripts/heldout_mathvista.py --mathvista-repo PATH [--cascade] [--out FILE]

PATH is a clone (a work tree or a bare git dir) of lupantech/MathVista. Its `results/*/output_*.json` are
the official outputs of more models than ../shared holds (weak open models, 2-shot variants with OCR or
captions); every file whose name is also in ../shared (the development files) is left out, as are the
leaderboard templates and the test-split guesses. A file missing from the clone (its largest blobs may be
absent) is skipped and named. Nothing here tunes a rule: these files are kept back to check that rules
written from the tune files carry over.

Per file, with the same measures as scripts/reproduce_official.py and scripts/cascade_check.py:
- official mode (`mmeval score --mode official`) against the published verdict of every item, and against
  the published total when the file's `scores_*.json` is in the clone;
- rule mode against the official verdicts, over items whose response is not empty: the score difference
  and per-sample agreement (targets: within 1.0 point, >= 97%, for files that are not program-of-thought);
- with `--cascade`: the judge cascade against a replay of the file's own GPT extractions (`replay_judge.py`):
  the score difference (target 0.3), the share of items judged (10%), agreement (99%).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reproduce_official import rule_vs_official, scored_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SKIP_PARTS = ("template", "test_random", "_test_")


def output_files(repo: Path) -> list[str]:
    """`results/**/output_*.json` of a clone, from its work tree or from HEAD of a bare git dir."""
    if (repo / "results").is_dir():
        return sorted(str(p.relative_to(repo)) for p in (repo / "results").rglob("output_*.json"))
    listing = subprocess.run(
        ["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD", "results"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return sorted(p for p in listing if Path(p).name.startswith("output_") and p.endswith(".json"))


def repo_bytes(repo: Path, path: str) -> bytes | None:
    """A file of the clone, or None when it is not there (a bare mirror may lack its largest blobs)."""
    if (repo / path).is_file():
        return (repo / path).read_bytes()
    out = subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], capture_output=True)
    return out.stdout if out.returncode == 0 else None


def held_out(repo: Path, shared: Path) -> tuple[list[str], list[str]]:
    """(the held-out output files, the dev files left out because ../shared has them)."""
    dev = {p.name for p in (shared / "data/published/mathvista/outputs").glob("output_*.json")}
    files = [p for p in output_files(repo) if not any(s in p for s in SKIP_PARTS)]
    return [p for p in files if Path(p).name not in dev], [p for p in files if Path(p).name in dev]


def check_file(path: Path, cascade: bool) -> dict:
    model = path.stem.removeprefix("output_")
    f = {"benchmark": "mathvista", "model": model, "half": "held-out", "path": path, "data": None}
    out = rule_vs_official(f, scored_rows("mathvista", path, "rule")[1])
    out.pop("disagreements")
    res, rows = scored_rows("mathvista", path, "official")
    published = {pid: bool(r.get("true_false")) for pid, r in json.loads(path.read_text("utf-8")).items()}
    out["official_mode"] = {
        "n_correct": res["n_correct"],
        "published_correct": sum(published.values()),
        "items_differ": sorted(i for i, ok in published.items() if rows[i]["correct"] != ok),
        "integer_rule": (res.get("official_rules") or {}).get("integer"),
    }
    scores = path.with_name(f"scores_{model}.json")
    if scores.is_file():
        out["official_mode"]["published_total"] = json.loads(scores.read_text("utf-8"))["average"]["correct"]
    if cascade:
        from cascade_check import cascade_file, targets

        with tempfile.TemporaryDirectory() as tmp:
            figures = cascade_file(path, Path(tmp))
        figures.pop("disagreements")
        out["cascade"] = {**figures, "targets": targets(figures)}
    return out


def rule_target(r: dict) -> str:
    if r["program_of_thought"]:
        return "n/a (program of thought)"
    ok = abs(r["rule_score"] - r["official_score"]) <= 1.0 and r["agreement"] >= 97.0
    return "met" if ok else "not met"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mathvista-repo", type=Path, required=True, help="a clone of lupantech/MathVista")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cascade", action="store_true", help="also run the judge cascade against a replay")
    ap.add_argument("--out", type=Path, help="write every figure as JSON")
    args = ap.parse_args(argv)
    if not (args.mathvista_repo / "results").is_dir() and not (args.mathvista_repo / "HEAD").is_file():
        print(f"error: {args.mathvista_repo} is not a clone of lupantech/MathVista", file=sys.stderr)
        return 2
    files, dev = held_out(args.mathvista_repo, args.shared)
    print(f"{len(files)} held-out files ({len(dev)} left out: in ../shared)")
    results, missing = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for rel in files:
            data = repo_bytes(args.mathvista_repo, rel)
            if data is None:
                missing.append(rel)
                continue
            path = Path(tmp) / Path(rel).name
            path.write_bytes(data)
            scores = repo_bytes(
                args.mathvista_repo, str(Path(rel).with_name(path.name.replace("output_", "scores_", 1)))
            )
            if scores is not None:
                path.with_name(path.name.replace("output_", "scores_", 1)).write_bytes(scores)
            results.append(check_file(path, args.cascade))
    if missing:
        print("not in the clone (skipped): " + ", ".join(missing))
    print(
        "\n| file | n | official | official mode (items differ) | rule | diff | agreement | rule target |"
        + (" cascade diff | judged | cascade agreement |" if args.cascade else "")
    )
    print("|---" * (11 if args.cascade else 8) + "|")
    for r in results:
        om = r["official_mode"]
        line = (f"| {r['model']} | {r['n']} | {r['official_score']:.2f} | {om['n_correct']}/{om['published_correct']}"
                f" ({len(om['items_differ'])}) | {r['rule_score']:.2f} | {r['rule_score'] - r['official_score']:+.2f}"
                f" | {r['agreement']:.2f}% | {rule_target(r)} |")  # fmt: skip
        if args.cascade:
            c = r["cascade"]
            line += (f" {c['cascade_score'] - c['official_score']:+.2f} | {c['judged_share']:.1f}% |"
                     f" {c['agreement']:.2f}% |")  # fmt: skip
        print(line)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps({"files": results, "missing": missing}, indent=1, default=str), "utf-8"
        )
        print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
