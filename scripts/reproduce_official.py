"""Reproduce the official benchmark scores with `mmeval score`, and measure rule mode against them.

    HF_HUB_OFFLINE=1 python scripts/reproduce_official.py [--shared ../shared] [--out out/reproduce_official.json]

1. Official mode on every published outputs file in ../shared/data/published: the overall score and
   every breakdown table (MathVista scores_*.json, MATH-V *_result.json) against the published ones;
   OlympiadBench's 36 official judge examples; MathVerse's text-only items and submission templates.
2. Rule mode (mmeval's verifiers on the raw responses): per model, the score next to the official one
   and the per-sample agreement with the official verdicts; disagreements are written to the JSON.
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
from mmeval.benchmarks.official.mathvista import normalize_extraction, official_correct  # noqa: E402
from mmeval.benchmarks.official.olympiadbench import judge  # noqa: E402
from mmeval.runs.scoring import score_predictions  # noqa: E402
from mmeval.runs.store import load_run  # noqa: E402
from mmeval.verifiers.extraction.answer import is_refusal  # noqa: E402

MATHVISTA = ["bard", "chatgpt", "claude", "gpt4", "gpt4_2shot_code"]
MATHV = ["ChatGPT3.5-CoT_Text+Image-Caption", "GPT4-CoT_Text-Only", "Gemini-Pro-CoT", "Gemini-Pro"]


def scored_rows(bench: str, predictions: Path, mode: str, data: Path | None = None) -> tuple[dict, dict]:
    """(results, {id: row}) of `mmeval score` in `mode`, through a temporary run folder."""
    with tempfile.TemporaryDirectory() as tmp:
        res = score_predictions(bench, predictions, data=data, mode=mode, out=Path(tmp) / "run")
        rows = {r["id"]: r for r in load_run(Path(tmp) / "run")[1]}
    return res, rows


def mathvista_official(pub: Path) -> list[dict]:
    out = []
    for name in MATHVISTA:
        res, rows = scored_rows("mathvista", pub / "outputs" / f"output_{name}.json", "official")
        published = json.loads((pub / "outputs" / f"scores_{name}.json").read_text(encoding="utf-8"))
        tables = {k: v for k, v in published.items() if k != "average"}
        mismatched = [
            f"{cat}/{val}"
            for cat, table in tables.items()
            for val, cell in table.items()
            if (res["breakdowns"].get(cat, {}).get(val) or {}).get("correct") != cell["correct"]
            or res["breakdowns"][cat][val]["n"] != cell["total"]
        ]
        out.append({
            "benchmark": "mathvista", "model": name, "published": published["average"]["correct"],
            "mmeval_official": res["n_correct"], "n": res["n"], "breakdown_cells": sum(map(len, tables.values())),
            "breakdown_mismatches": mismatched, "current_code_rescore": current_code_mathvista(pub, name),
        })  # fmt: skip
    return out


def current_code_mathvista(pub: Path, name: str) -> int:
    """The score under the current official code (integer extractions truncated), for the MANIFEST quirk."""
    records = json.loads((pub / "outputs" / f"output_{name}.json").read_text(encoding="utf-8")).values()
    return sum(
        official_correct(
            normalize_extraction(r.get("extraction"), choices=r["choices"], question_type=r["question_type"],
                                 answer_type=r["answer_type"], precision=r["precision"]),
            r["answer"],
        )
        for r in records
    )  # fmt: skip


def mathv_official(pub: Path) -> list[dict]:
    out = []
    for name in MATHV:
        res, rows = scored_rows(
            "mathvision", pub / "outputs" / f"{name}.jsonl", "official", pub / "test.jsonl"
        )
        lines = [json.loads(x) for x in (pub / "outputs" / f"{name}.jsonl").open(encoding="utf-8")]
        published = json.loads((pub / "outputs" / f"{name}_result.json").read_text(encoding="utf-8"))
        correct_all = int(re.match(r"(\d+)/", published["-all"]).group(1))
        differ = [x["id"] for x in lines if rows[x["id"]]["correct"] != x["correct"]]
        out.append({"benchmark": "mathvision", "model": name, "published": correct_all,
                    "mmeval_official": res["n_correct"], "n": res["n"], "per_item_differences": differ,
                    "breakdown_mismatches": mathv_breakdowns(res, published, differ)})  # fmt: skip
    return out


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


def rule_vs_official(pub_root: Path) -> list[dict]:
    jobs = [("mathvista", pub_root / "mathvista/outputs" / f"output_{m}.json", None, m) for m in MATHVISTA]
    jobs += [
        ("mathvision", pub_root / "mathvision/outputs" / f"{m}.jsonl", pub_root / "mathvision/test.jsonl", m)
        for m in MATHV
    ]
    out = []
    for bench, path, data, model in jobs:
        official = published_verdicts(path)
        res, rows = scored_rows(bench, path, "rule", data)
        agree = sum(rows[i]["correct"] == ok for i, ok in official.items())
        records = published_records(path)
        disagreements = [
            {"id": i, "official": ok, "rule": rows[i]["correct"], "status": rows[i]["status"],
             "gold": rows[i]["gold"], "extracted": rows[i]["extracted"],
             "official_extraction": records[i].get("extraction", records[i].get("model_answer")),
             "kind": disagreement_kind(bench, model, ok, rows[i], records[i]),
             "response_tail": rows[i]["response"][-160:]}
            for i, ok in official.items() if rows[i]["correct"] != ok
        ]  # fmt: skip
        kinds: dict[str, int] = {}
        for d in disagreements:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
        official_score = 100.0 * sum(official.values()) / len(official)
        out.append({"benchmark": bench, "model": model, "official_score": round(official_score, 2),
                    "disagreement_kinds": dict(sorted(kinds.items(), key=lambda kv: -kv[1])),
                    "rule_score": round(100.0 * res["n_correct"] / res["n"], 2), "n": res["n"],
                    "agreement": round(100.0 * agree / len(official), 2), "disagreements": disagreements})  # fmt: skip
    return out


def published_records(path: Path) -> dict[str, dict]:
    if path.suffix == ".jsonl":
        return {str(r["id"]): r for r in map(json.loads, path.open(encoding="utf-8"))}
    return json.loads(path.read_text(encoding="utf-8"))


def disagreement_kind(bench: str, model: str, official_ok: bool, row: dict, record: dict) -> str:
    """A coarse label for one disagreement, to read them by kind (the JSON keeps every case)."""
    if bench == "mathvista" and model.endswith("code"):
        return "official extraction is the executed program's output, not in the response text"
    extraction = str(record.get("extraction", record.get("model_answer")) or "").strip()
    if bench == "mathvista" and record.get("choices") and is_refusal(row["response"] or ""):
        return "official: a refusal, scored by the official closest-option mapping of what GPT extracted"
    if official_ok:
        choices = record.get("choices") or []
        letters = [chr(65 + i) for i in range(len(choices))]
        if bench == "mathvista" and choices and extraction not in letters + choices and "(" not in extraction:
            return (
                "official: a non-option extraction mapped to the closest option (edit distance) hit the gold"
            )
        if row["status"] in ("no_answer", "pred_unparseable"):
            return "rule: no final answer found in the response"
        return "rule: a different final answer extracted than the official one"
    if bench == "mathvision" and ("text{(" in row["response"] or "textbf{(" in row["response"]):
        return "official: \\boxed{\\text{(X) ...}} letter missed by the official extraction"
    letter_gold = re.fullmatch(r"[A-E]", row["gold"] or "")
    if bench == "mathvision" and letter_gold and not re.fullmatch(r"[A-E]", row["extracted"] or ""):
        return (
            "an option's value or text instead of its letter: mmeval compares it with the option, "
            "the official judge wants the letter"
        )
    if bench == "mathvision":
        return "official: extraction or judge missed an answer mmeval accepts"
    return "rule: accepted an answer the official GPT extraction/judge did not"


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


def print_report(report: dict) -> None:
    print("1. Official mode vs published official scores (correct answers)")
    print(f"{'benchmark':11} {'model':36} {'published':>9} {'mmeval':>7}  breakdown cells matching")
    for r in report["official"]:
        cells = r.get("breakdown_cells")
        match = (
            f"{cells - len(r['breakdown_mismatches'])}/{cells}"
            if cells
            else f"{len(r['breakdown_mismatches'])} mismatched cells"
        )
        extra = f"  items differing: {r['per_item_differences']}" if r.get("per_item_differences") else ""
        if r.get("current_code_rescore") not in (None, r["published"]):
            extra += f"  (current official code would give {r['current_code_rescore']})"
        print(
            f"{r['benchmark']:11} {r['model']:36} {r['published']:>9} {r['mmeval_official']:>7}  {match}{extra}"
        )
    ob = report["olympiadbench_examples"]
    print(f"OlympiadBench judge examples: {ob['passed']}/{ob['total']}")
    mv = report["mathverse"]
    print(f"MathVerse text-only: {mv['text_only_items']} items, gold as response -> {mv['gold_as_response']}; "
          f"official prompt == query_wo for {mv['official_prompt_is_query_wo']}")  # fmt: skip
    print("\n2. Rule mode (raw responses, mmeval verifiers) vs official verdicts")
    print(
        f"{'benchmark':11} {'model':36} {'official':>8} {'rule':>7} {'diff':>6} {'agreement':>9}  disagreements"
    )
    for r in report["rule"]:
        diff = r["rule_score"] - r["official_score"]
        print(f"{r['benchmark']:11} {r['model']:36} {r['official_score']:>8.2f} {r['rule_score']:>7.2f} "
              f"{diff:>+6.2f} {r['agreement']:>8.2f}%  {len(r['disagreements'])}")  # fmt: skip
        for kind, count in r["disagreement_kinds"].items():
            print(f"{'':49} {count:>4}  {kind}")
    print("\n3. mmeval score throughput on the 3040-row MATH-V file (Gemini-Pro-CoT)")
    for mode, t in report["throughput"].items():
        if isinstance(t, dict):
            print(
                f"  {mode:8} {t['rows_per_s']:>7} rows/s  ({t['total_s']} s, {100 * t['grading_share']:.0f}% in grading)"
            )
    print(
        f"  ({report['throughput']['cpu_cores']} cores, load average {report['throughput']['load_avg_1m']})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--out", default="out/reproduce_official.json")
    parser.add_argument("--skip-rule", action="store_true", help="skip part 2 (the slowest)")
    args = parser.parse_args()
    shared = Path(args.shared)
    pub = shared / "data" / "published"
    if not pub.is_dir():
        print(f"{pub}: not found (pass --shared)", file=sys.stderr)
        return 2
    report = {
        "official": mathvista_official(pub / "mathvista") + mathv_official(pub / "mathvision"),
        "olympiadbench_examples": olympiadbench_examples(shared),
        "mathverse": mathverse_checks(shared),
        "rule": [] if args.skip_rule else rule_vs_official(pub),
        "throughput": throughput(pub / "mathvision"),
    }
    print_report(report)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
