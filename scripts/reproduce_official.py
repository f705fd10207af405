"""Reproduce the official benchmark scores with `mmeval score`, and measure rule mode against them.

    HF_HUB_OFFLINE=1 python scripts/reproduce_official.py [--shared ../shared] [--out out/reproduce_official.json]

All 17 published MathVista and MATH-V output files, each on its side of the fixed tune/check split
(tests/benchmarks/data/published_splits.json); every figure is printed per file and per half.
1. Official mode on every published outputs file in ../shared/data/published: the overall score,
   every breakdown table (MathVista scores_*.json, MATH-V *_result.json) and every per-item verdict
   against the published ones (MathVista: the integer rule inferred from the file, see official_rules);
   OlympiadBench's 36 official judge examples; MathVerse's text-only items and submission templates.
2. Rule mode (mmeval's verifiers on the raw responses): per file, the score next to the official one,
   the per-sample agreement, the share of official accepts rule mode misses, and every disagreement
   labelled by evidence (mmeval.benchmarks.official.disagreements; "unclassified" when none applies).
3. Throughput of `mmeval score` on the 3040-row MATH-V file (rows/s and the share of time in grading).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from mmeval.benchmarks import get_benchmark  # noqa: E402
from mmeval.benchmarks.official.disagreements import OFFICIAL_ERRORS, classify  # noqa: E402
from mmeval.benchmarks.official.mathvision import official_extract  # noqa: E402
from mmeval.benchmarks.official.olympiadbench import judge  # noqa: E402
from mmeval.runs.scoring import score_predictions  # noqa: E402
from mmeval.runs.store import load_run  # noqa: E402

SPLITS = Path(__file__).resolve().parents[1] / "tests" / "benchmarks" / "data" / "published_splits.json"


def published_files(pub_root: Path) -> list[dict]:
    """Every published output file with its tune/check half (tests/benchmarks/data/published_splits.json)."""
    splits = json.loads(SPLITS.read_text(encoding="utf-8"))
    files = []
    for bench in ("mathvista", "mathvision"):
        for half in ("tune", "check"):
            for model in splits[bench][half]:
                name = f"output_{model}.json" if bench == "mathvista" else f"{model}.jsonl"
                data = None if bench == "mathvista" else pub_root / bench / "test.jsonl"
                files.append({"benchmark": bench, "model": model, "half": half, "data": data,
                              "path": pub_root / bench / "outputs" / name})  # fmt: skip
    return files


def scored_rows(bench: str, predictions: Path, mode: str, data: Path | None = None) -> tuple[dict, dict]:
    """(results, {id: row}) of `mmeval score` in `mode`, through a temporary run folder."""
    with tempfile.TemporaryDirectory() as tmp:
        res = score_predictions(bench, predictions, data=data, mode=mode, out=Path(tmp) / "run")
        rows = {r["id"]: r for r in load_run(Path(tmp) / "run")[1]}
    return res, rows


def official_part(files: list[dict]) -> list[dict]:
    """Official mode on every file: its score and every breakdown against the published ones, and each
    item whose verdict differs from the published one."""
    return [(mathvista_official if f["benchmark"] == "mathvista" else mathv_official)(f) for f in files]


def mathvista_official(f: dict) -> dict:
    res, rows = scored_rows("mathvista", f["path"], "official")
    published = json.loads(f["path"].with_name(f"scores_{f['model']}.json").read_text(encoding="utf-8"))
    tables = {k: v for k, v in published.items() if k != "average"}
    mismatched = [
        f"{cat}/{val}"
        for cat, table in tables.items()
        for val, cell in table.items()
        if (res["breakdowns"].get(cat, {}).get(val) or {}).get("correct") != cell["correct"]
        or res["breakdowns"][cat][val]["n"] != cell["total"]
    ]
    official = published_verdicts(f["path"])
    return {"benchmark": "mathvista", "model": f["model"], "half": f["half"],
            "published": published["average"]["correct"], "mmeval_official": res["n_correct"], "n": res["n"],
            "per_item_differences": [i for i, ok in official.items() if rows[i]["correct"] != ok],
            "official_rules": res.get("official_rules"), "breakdown_cells": sum(map(len, tables.values())),
            "breakdown_mismatches": mismatched}  # fmt: skip


def mathv_official(f: dict) -> dict:
    res, rows = scored_rows("mathvision", f["path"], "official", f["data"])
    lines = [json.loads(x) for x in f["path"].open(encoding="utf-8")]
    published = json.loads(f["path"].with_name(f"{f['model']}_result.json").read_text(encoding="utf-8"))
    correct_all = int(re.match(r"(\d+)/", published["-all"]).group(1))
    differ = [x["id"] for x in lines if rows[x["id"]]["correct"] != x["correct"]]
    extraction_differs = [x["id"] for x in lines if official_extract(x["response"]) != x["model_answer"]]
    return {"benchmark": "mathvision", "model": f["model"], "half": f["half"], "published": correct_all,
            "mmeval_official": res["n_correct"], "n": res["n"], "per_item_differences": differ,
            "extraction_differences": extraction_differs,
            "breakdown_mismatches": mathv_breakdowns(res, published, differ)}  # fmt: skip


def mathv_breakdowns(res: dict, published: dict, differ: list[str]) -> list[str]:
    """Subject and level cells that differ from the published *_result.json (expected only where an
    item's verdict differs)."""
    mine = {
        **{f"-level{k}": v for k, v in res["breakdowns"]["level"].items()},
        **res["breakdowns"]["subject"],
    }
    bad = []
    for key, cell in mine.items():
        if key in published and not str(published[key]).startswith(f"{cell['correct']}/{cell['n']}="):
            bad.append(f"{key}: published {published[key]}, mmeval {cell['correct']}/{cell['n']}")
    return bad


def olympiadbench_examples(shared: Path) -> dict:
    examples = json.loads(
        (shared / "data/benchmarks/olympiadbench/scoring_examples.json").read_text(encoding="utf-8")
    )
    cases = [(e["GT"], a) for e in examples for a in e["Ans"]]
    passed = 0
    for gold, ans in cases:
        precision = ans.get("precision", 1e-8)
        precision = [float(p) for p in precision] if isinstance(precision, list) else float(precision)
        passed += judge(gold, ans["answer"], precision) is ans["equal"]
    return {"passed": passed, "total": len(cases)}


def mathverse_checks(shared: Path) -> dict:
    bench = get_benchmark("mathverse")
    base = shared / "data/benchmarks/mathverse"
    items = bench.load("testmini_text_only", base / "testmini_text_only.json")
    statuses: dict[str, int] = {}
    for item in items:
        status = bench.score(item, item.gold).status.value
        statuses[status] = statuses.get(status, 0) + 1
    prompts_ok = sum(bench.prompt(i).text == i.meta["query_wo"] for i in items)
    templates = {}
    for name in ("output_testmini.json", "output_testmini_text_only.json"):
        res, rows = scored_rows("mathverse", base / name, "rule")
        templates[name] = [
            {
                "id": r["id"],
                "version": r["categories"]["version"],
                "status": r["status"],
                "extracted": r["extracted"],
            }
            for r in rows.values()
        ]
    return {"text_only_items": len(items), "gold_as_response": statuses, "official_prompt_is_query_wo": prompts_ok,
            "templates_rule_mode": templates}  # fmt: skip


def rule_part(files: list[dict], grade_file=None) -> list[dict]:
    """Rule mode on every file against the published official verdicts. `grade_file(bench, path, data)`
    returns {id: row} (default: `mmeval score` in rule mode), so another grading (a judge cascade) can be
    measured the same way."""
    grade_file = grade_file or (lambda bench, path, data: scored_rows(bench, path, "rule", data)[1])
    return [rule_vs_official(f, grade_file(f["benchmark"], f["path"], f["data"])) for f in files]


def rule_vs_official(f: dict, rows: dict[str, dict]) -> dict:
    """Scores, agreement and labelled disagreements of one file. MathVista counts only items whose response
    is not empty (an empty response's official verdict is GPT's guess); MATH-V counts every item, and
    `missed_official` is the share of the items the official judge accepts that rule mode rejects."""
    bench = f["benchmark"]
    official = published_verdicts(f["path"])
    records = published_records(f["path"], f["data"])
    ids = [i for i in official if bench != "mathvista" or str(records[i].get("response") or "").strip()]
    agree = sum(rows[i]["correct"] == official[i] for i in ids)
    accepted = [i for i in ids if official[i]]
    missed = [i for i in accepted if not rows[i]["correct"]]
    disagreements = [
        {"id": i, "official": official[i], "rule": rows[i]["correct"], "status": rows[i]["status"],
         "gold": rows[i]["gold"], "extracted": rows[i]["extracted"], "rule_name": rows[i]["rule"],
         "guessed": rows[i].get("guessed", False),
         "official_extraction": records[i].get("extraction", records[i].get("model_answer")),
         "kind": classify(bench, records[i], rows[i], official[i]),
         "response_tail": (rows[i]["response"] or "")[-200:]}
        for i in ids if rows[i]["correct"] != official[i]
    ]  # fmt: skip
    kinds: dict[str, int] = {}
    for d in disagreements:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    n = len(ids)
    return {"benchmark": bench, "model": f["model"], "half": f["half"], "n": n,
            "official_score": round(100.0 * sum(official[i] for i in ids) / n, 2),
            "rule_score": round(100.0 * sum(rows[i]["correct"] for i in ids) / n, 2),
            "agreement": round(100.0 * agree / n, 2),
            "missed_official": round(100.0 * len(missed) / max(len(accepted), 1), 2),
            # the same, without the official accepts shown wrong by the official path itself (2-decimal
            # rounding of a different value, a variable named like the gold letter)
            "missed_excluding_official_errors": missed_excluding_official_errors(accepted, disagreements),
            # MathVista: agreement without the items whose official verdict the record itself shows wrong
            # (GPT's extracted letter is not the option the response names by letter and text)
            "agreement_excluding_official_errors": agreement_excluding_official_errors(n, agree, disagreements),
            "program_of_thought": is_program_of_thought(records),
            "disagreement_kinds": dict(sorted(kinds.items(), key=lambda kv: -kv[1])),
            "disagreements": disagreements}  # fmt: skip


def agreement_excluding_official_errors(n: int, agree: int, disagreements: list[dict]) -> float:
    """Per-sample agreement over the items whose official verdict is not shown wrong by its own record
    (OFFICIAL_ERRORS); every such item is a disagreement, so it leaves the count and not the agreements."""
    errors = sum(d["kind"] in OFFICIAL_ERRORS for d in disagreements)
    return round(100.0 * agree / max(n - errors, 1), 2)


def missed_excluding_official_errors(accepted: list[str], disagreements: list[dict]) -> float:
    """The share of official accepts rule mode misses, leaving out the accepts that the official path
    itself shows wrong (OFFICIAL_ERRORS: a different value equal after 2-decimal rounding, a variable
    named like the gold letter)."""
    errors = {d["id"] for d in disagreements if d["official"] and d["kind"] in OFFICIAL_ERRORS}
    missed = sum(d["official"] and d["id"] not in errors for d in disagreements)
    return round(100.0 * missed / max(len(accepted) - len(errors), 1), 2)


def is_program_of_thought(records: dict[str, dict]) -> bool:
    """A file whose responses are mostly programs (the official answer is the executed output)."""
    code = sum(
        bool(re.search(r"^\s*(?:print\(|def |import )", str(r.get("response") or ""), re.M))
        for r in records.values()
    )
    return code > len(records) / 2


def published_records(path: Path, data: Path | None = None) -> dict[str, dict]:
    """{id: record}; MATH-V records get the gold (`_gold`, `_options`) from the benchmark file."""
    if path.suffix != ".jsonl":
        return json.loads(path.read_text(encoding="utf-8"))
    golds = {str(r["id"]): r for r in map(json.loads, data.open(encoding="utf-8"))} if data else {}
    records = {}
    for r in map(json.loads, path.open(encoding="utf-8")):
        g = golds.get(str(r["id"]), {})
        records[str(r["id"])] = {**r, "_gold": str(g.get("answer", "")), "_options": g.get("options") or []}
    return records


def published_verdicts(path: Path) -> dict[str, bool]:
    """{id: the published official verdict} (MathVista `true_false`, MATH-V `correct`)."""
    if path.suffix == ".jsonl":
        return {str(r["id"]): bool(r["correct"]) for r in map(json.loads, path.open(encoding="utf-8"))}
    return {
        pid: bool(r.get("true_false", False))
        for pid, r in json.loads(path.read_text(encoding="utf-8")).items()
    }


def throughput(pub: Path) -> dict:
    out = {}
    for mode in ("rule", "official"):
        t0 = time.perf_counter()
        res = score_predictions(
            "mathvision", pub / "outputs/Gemini-Pro-CoT.jsonl", data=pub / "test.jsonl", mode=mode
        )
        total = time.perf_counter() - t0
        out[mode] = {"rows": res["n"], "total_s": round(total, 2), "rows_per_s": round(res["n"] / total, 1),
                     "grading_share": round(res["timing"]["grade_s"] / total, 3)}  # fmt: skip
    out["cpu_cores"] = os.cpu_count()
    out["load_avg_1m"] = round(os.getloadavg()[0], 2)
    return out


def targets(r: dict) -> dict:
    """The issue's targets for one file: MathVista (not program-of-thought) within 1.0 point and >= 97%
    agreement; MATH-V misses <= 1% of the items the official judge accepts."""
    if r["benchmark"] == "mathvista":
        if r["program_of_thought"]:
            return {"applies": False}
        # scores are percentages at 2 decimals: compare the diff at that precision (16.1 - 15.1 is
        # 1.0000000000000018 in floating point)
        within = round(abs(r["rule_score"] - r["official_score"]), 2) <= 1.0
        ok = within and r["agreement"] >= 97.0
        ok_ex = within and r["agreement_excluding_official_errors"] >= 97.0
        return {"applies": True, "met": ok, "met_excluding_official_errors": ok_ex}
    else:
        ok = r["missed_official"] <= 1.0
        return {
            "applies": True,
            "met": ok,
            "met_excluding_official_errors": r["missed_excluding_official_errors"] <= 1.0,
        }


def halves(rule: list[dict]) -> dict:
    """Per benchmark and half: files meeting the targets, mean |diff|, pooled agreement and misses."""
    out = {}
    for bench in ("mathvista", "mathvision"):
        for half in ("tune", "check"):
            rs = [r for r in rule if r["benchmark"] == bench and r["half"] == half]
            scored = [r for r in rs if targets(r)["applies"]]
            n = sum(r["n"] for r in rs)
            out[f"{bench}/{half}"] = {
                "files": len(rs), "targets_met": sum(targets(r)["met"] for r in scored), "targeted": len(scored),
                "agreement": round(sum(r["agreement"] * r["n"] for r in rs) / max(n, 1), 2),
                "mean_abs_diff": round(sum(abs(r["rule_score"] - r["official_score"]) for r in scored)
                                       / max(len(scored), 1), 2),
                "unclassified": sum(r["disagreement_kinds"].get("unclassified", 0) for r in rs),
            }  # fmt: skip
    return out


def print_report(report: dict) -> None:
    print("1. Official mode vs published official verdicts (correct answers)")
    print(f"{'benchmark':11} {'half':5} {'model':36} {'published':>9} {'mmeval':>7}  breakdowns / notes")
    for r in report["official"]:
        cells = r.get("breakdown_cells")
        bad = r["breakdown_mismatches"]
        match = f"{cells - len(bad)}/{cells} cells" if cells else f"{len(bad)} mismatched cells"
        extra = f"  items differing: {r['per_item_differences']}" if r["per_item_differences"] else ""
        if r.get("official_rules"):
            extra += f"  integer rule: {r['official_rules']['integer_rule']}"
        if r.get("extraction_differences"):
            extra += f"  extraction differs: {r['extraction_differences']}"
        print(f"{r['benchmark']:11} {r['half']:5} {r['model']:36} {r['published']:>9} {r['mmeval_official']:>7}  {match}{extra}")  # fmt: skip
    ob = report["olympiadbench_examples"]
    print(f"OlympiadBench judge examples: {ob['passed']}/{ob['total']}")
    mv = report["mathverse"]
    print(f"MathVerse text-only: {mv['text_only_items']} items, gold as response -> {mv['gold_as_response']}; "
          f"official prompt == query_wo for {mv['official_prompt_is_query_wo']}")  # fmt: skip
    print("\n2. Rule mode (raw responses, mmeval verifiers) vs official verdicts")
    print(f"{'benchmark':11} {'half':5} {'model':36} {'n':>5} {'official':>8} {'rule':>7} {'diff':>6} "
          f"{'agree':>7} {'missed':>7}  target")  # fmt: skip
    for r in report["rule"]:
        t = targets(r)
        mark = "n/a (program of thought)" if not t["applies"] else ("met" if t["met"] else "NOT met")
        if r["benchmark"] == "mathvision":
            mark += f" (excluding official errors: {r['missed_excluding_official_errors']:.2f}%)"
        elif t["applies"]:
            ex = "met" if t["met_excluding_official_errors"] else "not met"
            mark += f" (excluding official errors: agreement {r['agreement_excluding_official_errors']:.2f}%, {ex})"
        print(f"{r['benchmark']:11} {r['half']:5} {r['model']:36} {r['n']:>5} {r['official_score']:>8.2f} "
              f"{r['rule_score']:>7.2f} {r['rule_score'] - r['official_score']:>+6.2f} {r['agreement']:>6.2f}% "
              f"{r['missed_official']:>6.2f}%  {mark}")  # fmt: skip
        for kind, count in r["disagreement_kinds"].items():
            print(f"{'':55} {count:>4}  {kind}")
    print("\nPer half")
    for key, h in report.get("halves", {}).items():
        print(f"  {key:16} targets met {h['targets_met']}/{h['targeted']}, agreement {h['agreement']}%, "
              f"mean |diff| {h['mean_abs_diff']}, unclassified {h['unclassified']}")  # fmt: skip
    if "throughput" in report:
        print("\n3. mmeval score throughput on the 3040-row MATH-V file (Gemini-Pro-CoT)")
        for mode, t in report["throughput"].items():
            if isinstance(t, dict):
                print(f"  {mode:8} {t['rows_per_s']:>7} rows/s  ({t['total_s']} s, {100 * t['grading_share']:.0f}% in grading)")  # fmt: skip
        print(
            f"  ({report['throughput']['cpu_cores']} cores, load average {report['throughput']['load_avg_1m']})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--out", default="out/reproduce_official.json")
    parser.add_argument("--skip-rule", action="store_true", help="skip part 2 (the slowest)")
    parser.add_argument("--skip-throughput", action="store_true", help="skip part 3")
    parser.add_argument("--cascade", action="store_true",
                        help="part 4: the judge cascade against a replay of the official GPT judge (cascade_check.py)")  # fmt: skip
    args = parser.parse_args()
    shared = Path(args.shared)
    pub = shared / "data" / "published"
    if not pub.is_dir():
        print(f"{pub}: not found (pass --shared)", file=sys.stderr)
        return 2
    files = published_files(pub)
    report = {
        "official": official_part(files),
        "olympiadbench_examples": olympiadbench_examples(shared),
        "mathverse": mathverse_checks(shared),
        "rule": [] if args.skip_rule else rule_part(files),
    }
    report["halves"] = halves(report["rule"])
    if not args.skip_throughput:
        report["throughput"] = throughput(pub / "mathvision")
    print_report(report)
    if args.cascade:  # part 4 lives in its own module (scripts/cascade_check.py)
        import cascade_check

        report["cascade"] = cascade_check.cascade_part(shared)
        print()
        cascade_check.print_cascade(report["cascade"])
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
