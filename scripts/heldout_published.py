"""Official mode, rule mode and the judge cascade on published benchmark outputs that are not in ../shared: a
held-out check of issues 12 and 15.

    HF_HUB_OFFLINE=1 python scripts/heldout_published.py --mathvista-repo PATH [--mathv-repo PATH] \\
        [--cascade] [--out FILE]

Each PATH is a clone (a work tree or a bare git dir):
- lupantech/MathVista: its `results/*/output_*.json` are the official outputs of more models than
  ../shared holds (weak open models, 2-shot variants with OCR or captions); the leaderboard templates and
  the test-split guesses are left out;
- mathllm/MATH-V: its `outputs/**/<model>.jsonl` with `<model>_result.json` (more open and closed models),
  graded against the benchmark file of ../shared (`data/published/mathvision/test.jsonl`).

Every file that ../shared also holds (a development file; MATH-V's "GPT4-CoT (Text Only)" is the shared
"GPT4-CoT_Text-Only") is left out. A file missing from the clone (a bare mirror may lack its largest
blobs) is skipped and named. Nothing here tunes a rule: these files are kept back to check that rules
written from the tune files carry over.

Per file, with the measures of scripts/reproduce_official.py and scripts/cascade_check.py:
- official mode (`mmeval score --mode official`) against the published verdict of every item;
- rule mode against the official verdicts. MathVista: over items whose response is not empty, the score
  difference and per-sample agreement (targets: within 1.0 point and >= 97% for files that are not
  program-of-thought). MATH-V: the share of official accepts that rule mode misses (target <= 1%; in
  brackets without the accepts the official path itself shows wrong);
- MathVista with `--cascade`: the judge cascade against a replay of the file's own GPT extractions
  (`replay_judge.py`): score difference (target 0.3), share of items judged (10%), agreement (99%).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_check import repo_bytes  # noqa: E402
from reproduce_official import mathv_official, published_verdicts, rule_vs_official, scored_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SKIP_PARTS = ("template", "test_random", "_test_")


def repo_paths(repo: Path, top: str) -> list[str]:
    """Every file under `top` of a clone, from its work tree or from HEAD of a bare git dir."""
    if (repo / top).is_dir():
        return sorted(str(p.relative_to(repo)) for p in (repo / top).rglob("*") if p.is_file())
    listing = subprocess.run(
        ["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "-z", "HEAD", top],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return sorted(p for p in listing.split("\0") if p)


def is_clone(repo: Path, top: str) -> bool:
    return (repo / top).is_dir() or (repo / "HEAD").is_file()


def shared_name(name: str) -> str:
    """MATH-V's repository name of an output file as ../shared spells it: "GPT4-CoT (Text Only).jsonl"
    -> "GPT4-CoT_Text-Only.jsonl"."""
    return re.sub(r"\s*\((.*?)\)", lambda m: "_" + m.group(1).replace(" ", "-"), name)


def mathvista_files(repo: Path, shared: Path) -> tuple[list[str], list[str]]:
    """(held-out output files, development files left out) of a MathVista clone."""
    dev = {p.name for p in (shared / "data/published/mathvista/outputs").glob("output_*.json")}
    files = [
        p
        for p in repo_paths(repo, "results")
        if Path(p).name.startswith("output_") and p.endswith(".json") and not any(s in p for s in SKIP_PARTS)
    ]
    return [p for p in files if Path(p).name not in dev], [p for p in files if Path(p).name in dev]


def mathv_files(repo: Path, shared: Path) -> tuple[list[str], list[str]]:
    """(held-out output files, development files left out) of a MATH-V clone."""
    dev = {p.name for p in (shared / "data/published/mathvision/outputs").glob("*.jsonl")}
    files = [p for p in repo_paths(repo, "outputs") if p.endswith(".jsonl")]
    return (
        [p for p in files if shared_name(Path(p).name) not in dev],
        [p for p in files if shared_name(Path(p).name) in dev],
    )


def check_mathvista(path: Path, cascade: bool) -> dict:
    model = path.stem.removeprefix("output_")
    f = {"benchmark": "mathvista", "model": model, "half": "held-out", "path": path, "data": None}
    out = rule_vs_official(f, scored_rows("mathvista", path, "rule")[1])
    out.pop("disagreements")
    res, rows = scored_rows("mathvista", path, "official")
    published = published_verdicts(path)
    out["official_mode"] = {
        "n_correct": res["n_correct"],
        "published_correct": sum(published.values()),
        "items_differ": sorted(i for i, ok in published.items() if rows[i]["correct"] != ok),
    }
    if cascade:
        from cascade_check import cascade_file, targets

        with tempfile.TemporaryDirectory() as tmp:
            figures = cascade_file(path, Path(tmp))
        figures.pop("disagreements")
        out["cascade"] = {**figures, "targets": targets(figures)}
    return out


def check_mathv(path: Path, data: Path) -> dict:
    f = {"benchmark": "mathvision", "model": path.stem, "half": "held-out", "path": path, "data": data}
    out = rule_vs_official(f, scored_rows("mathvision", path, "rule", data)[1])
    out.pop("disagreements")
    official = mathv_official(f)
    out["official_mode"] = {
        "n_correct": official["mmeval_official"],
        "published_correct": official["published"],
        "items_differ": official["per_item_differences"],
    }
    return out


def fetch(repo: Path, rel: str, into: Path, companion: str | None) -> Path | None:
    """Copy `rel` (and its companion file beside it, when the clone has one) into `into`."""
    data = repo_bytes(repo, rel)
    if data is None:
        return None
    path = into / Path(rel).name
    path.write_bytes(data)
    if companion is not None:
        extra = repo_bytes(repo, str(Path(rel).with_name(companion)))
        if extra is not None:
            (into / companion).write_bytes(extra)
    return path


def mathvista_line(r: dict, cascade: bool) -> str:
    om = r["official_mode"]
    if r["program_of_thought"]:
        target = "n/a (program of thought)"
    else:
        met = abs(r["rule_score"] - r["official_score"]) <= 1.0 and r["agreement"] >= 97.0
        target = "met" if met else "not met"
    line = (f"| {r['model']} | {r['n']} | {r['official_score']:.2f} | {om['n_correct']}/{om['published_correct']}"
            f" ({len(om['items_differ'])}) | {r['rule_score']:.2f} | {r['rule_score'] - r['official_score']:+.2f}"
            f" | {r['agreement']:.2f}% | {target} |")  # fmt: skip
    if cascade:
        c = r["cascade"]
        line += f" {c['cascade_score'] - c['official_score']:+.2f} | {c['judged_share']:.1f}% | {c['agreement']:.2f}% |"
    return line


def mathv_line(r: dict) -> str:
    om = r["official_mode"]
    met = "met" if r["missed_official"] <= 1.0 else ("met excl. official errors" if r["missed_excluding_official_errors"] <= 1.0 else "not met")  # fmt: skip
    return (f"| {r['model']} | {r['n']} | {r['official_score']:.2f} | {om['n_correct']}/{om['published_correct']}"
            f" ({len(om['items_differ'])}) | {r['rule_score']:.2f} | {r['agreement']:.2f}% |"
            f" {r['missed_official']:.2f}% ({r['missed_excluding_official_errors']:.2f}%) | {met} |")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mathvista-repo", type=Path, help="a clone of lupantech/MathVista")
    ap.add_argument("--mathv-repo", type=Path, help="a clone of mathllm/MATH-V")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument(
        "--cascade", action="store_true", help="MathVista: also the judge cascade against a replay"
    )
    ap.add_argument("--out", type=Path, help="write every figure as JSON")
    args = ap.parse_args(argv)
    if args.mathvista_repo is None and args.mathv_repo is None:
        print("error: give --mathvista-repo and/or --mathv-repo (a clone of each)", file=sys.stderr)
        return 2
    if not (args.shared / "data/published").is_dir():
        print(f"error: {args.shared} has no data/published: give --shared (the development files to leave out)",
              file=sys.stderr)  # fmt: skip
        return 2
    for repo, top, name in ((args.mathvista_repo, "results", "lupantech/MathVista"),
                            (args.mathv_repo, "outputs", "mathllm/MATH-V")):  # fmt: skip
        if repo is not None and not is_clone(repo, top):
            print(f"error: {repo} is not a clone of {name}", file=sys.stderr)
            return 2
    report: dict = {"mathvista": [], "mathvision": [], "missing": []}
    with tempfile.TemporaryDirectory() as tmp:
        if args.mathvista_repo is not None:
            files, dev = mathvista_files(args.mathvista_repo, args.shared)
            print(f"MathVista: {len(files)} held-out files ({len(dev)} left out: in ../shared)")
            for rel in files:
                scores = Path(rel).name.replace("output_", "scores_", 1)
                path = fetch(args.mathvista_repo, rel, Path(tmp), scores)
                if path is None:
                    report["missing"].append(rel)
                else:
                    report["mathvista"].append(check_mathvista(path, args.cascade))
        if args.mathv_repo is not None:
            files, dev = mathv_files(args.mathv_repo, args.shared)
            print(f"MATH-V: {len(files)} held-out files ({len(dev)} left out: in ../shared)")
            data = args.shared / "data/published/mathvision/test.jsonl"
            for rel in files:
                path = fetch(args.mathv_repo, rel, Path(tmp), f"{Path(rel).stem}_result.json")
                if path is None or not path.with_name(f"{path.stem}_result.json").is_file():
                    report["missing"].append(rel)
                else:
                    report["mathvision"].append(check_mathv(path, data))
    if report["missing"]:
        print("not in the clone (skipped): " + ", ".join(report["missing"]))
    if report["mathvista"]:
        print("\n| MathVista file | n | official | official mode (items differ) | rule | diff | agreement | rule target |"
              + (" cascade diff | judged | cascade agreement |" if args.cascade else ""))  # fmt: skip
        print("|---" * (11 if args.cascade else 8) + "|")
        for r in report["mathvista"]:
            print(mathvista_line(r, args.cascade))
    if report["mathvision"]:
        print("\n| MATH-V file | n | official | official mode (items differ) | rule | agreement | official accepts missed (excl. official errors) | target |")  # fmt: skip
        print("|---" * 8 + "|")
        for r in report["mathvision"]:
            print(mathv_line(r))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=1, default=str), "utf-8")
        print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
