"""Gold-as-response check: every item's own gold answer, given as the model's reply, must grade correct,
in rule mode (mmeval's verifiers) and with the benchmark's official rules. Golds that do not parse, and
any other gold that does not grade correct, are listed.

    python scripts/gold_as_response.py --bench k12 --data ../shared/data/benchmarks/k12/k12.json
    python scripts/gold_as_response.py --bench wemath --data /tmp/wemath/testmini.json
    python scripts/gold_as_response.py --bench dynamath --data "/tmp/dynamath/10trials"
    python scripts/gold_as_response.py --bench olympiadbench --data /tmp/ob/data   # the first release, unzipped

Full data is read from the path (images are not needed); only small fixtures are committed.
Prints one summary line and the failures; `--json FILE` also writes them. Exit 1 when any gold fails.
`--dressed` also gives each one-line gold that grades correct after the usual answer markers ("The answer is
...", a box, "Final answer:", inline math, a closed `<think>` block, "**Answer:**") and lists those graded
wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from mmeval.benchmarks import DatasetError, get_benchmark
from mmeval.verifiers import grade_batch

# `--dressed`: each gold that grades correct bare, on one line, also after the usual answer markers
DRESSES = (
    "The answer is {g}.",
    "\\boxed{{{g}}}",
    "Final answer: {g}",
    "So the answer is ${g}$.",
    "<think>We work it out.</think>\n{g}",
    "We compute it step by step.\n\n**Answer:** {g}",
)


def dressed(bench, items, verdicts, workers: int) -> dict:
    """The golds that grade correct bare and sit on one line, each in every dress of DRESSES (the `$...$`
    dress only for a gold with no `$` of its own): how many replies, and those graded wrong."""
    ok = [i for i, v in zip(items, verdicts, strict=True) if v.correct and "\n" not in i.gold]
    shown = [(i, d) for i in ok for d in DRESSES if not ("$" in i.gold and "${g}$" in d)]
    out = grade_batch(
        [{**bench.grade_kwargs(i), "response": d.format(g=i.gold)} for i, d in shown], workers=workers
    )
    wrong = [
        {"id": i.id, "gold": i.gold, "dress": d, "status": v.status.value, "extracted": v.extracted}
        for (i, d), v in zip(shown, out, strict=True)
        if not v.correct
    ]
    return {"replies": len(shown), "wrong": wrong}


def first_release_items(bench, folder: Path) -> list:
    """OlympiadBench's first release (`legacy_first_release_data.zip` in ../shared, unzipped): one JSON list
    of records per subject (`Gaokao_Maths.json`, ...), in the same record format as the Hub's configs, so
    each record becomes an item by the benchmark's own `to_item`."""
    items = []
    for path in sorted(folder.glob("*.json")):
        try:
            records = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise DatasetError(f"{path}: not a JSON list of records ({exc})") from exc
        if not isinstance(records, list) or not all(
            isinstance(r, dict) and "final_answer" in r for r in records
        ):
            raise DatasetError(f"{path}: expected a JSON list of records with `final_answer`")
        items += [bench.to_item({**r, "id": f"{path.stem}:{r.get('id')}"}, []) for r in records]
    return items


def check(bench_name: str, data: str, split: str | None, workers: int, with_dresses: bool = False) -> dict:
    bench = get_benchmark(bench_name)
    folder = Path(data)
    if bench_name == "olympiadbench" and folder.is_dir() and (folder / "Gaokao_Maths.json").is_file():
        items = first_release_items(bench, folder)  # the first release's layout
    else:
        items = bench.load(split or bench.default_split, data, require_images=False)
    started = time.perf_counter()
    verdicts = grade_batch([{**bench.grade_kwargs(i), "response": i.gold} for i in items], workers=workers)
    rule_s = time.perf_counter() - started
    statuses = Counter(v.status.value for v in verdicts)
    failures = [
        {"id": i.id, "gold": i.gold, "status": v.status.value, "extracted": v.extracted, "reason": v.reason}
        for i, v in zip(items, verdicts, strict=True)
        if not v.correct
    ]
    official_wrong = [{"id": i.id, "gold": i.gold} for i in items if not bench.official_score(i, i.gold)]
    report_dressed = dressed(bench, items, verdicts, workers) if with_dresses else None
    return {
        "dressed": report_dressed,
        "benchmark": bench.name,
        "benchmark_version": bench.version,
        "data": data,
        "n": len(items),
        "rule_correct": statuses.get("correct", 0),
        "rule_statuses": dict(statuses),
        "gold_unparseable": [f for f in failures if f["status"] == "gold_unparseable"],
        "other_failures": [f for f in failures if f["status"] != "gold_unparseable"],
        "official_correct": len(items) - len(official_wrong),
        "official_failures": official_wrong,
        "rule_grade_s": round(rule_s, 1),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bench", required=True)
    p.add_argument("--data", required=True, help="the benchmark's full data (file or folder)")
    p.add_argument("--split")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--json", help="also write the whole report here")
    p.add_argument(
        "--dressed", action="store_true", help="also each one-line gold after the usual answer markers"
    )
    args = p.parse_args(argv)
    try:
        report = check(args.bench, args.data, args.split, args.workers, args.dressed)
    except (DatasetError, KeyError) as exc:
        print(f"gold_as_response: {exc}", file=sys.stderr)
        return 2
    n = report["n"]
    print(
        f"{report['benchmark']} v{report['benchmark_version']}: {n} golds; rule mode {report['rule_correct']}/{n}"
        f" correct ({len(report['gold_unparseable'])} gold_unparseable, {len(report['other_failures'])} other);"
        f" official rules {report['official_correct']}/{n}; {report['rule_grade_s']} s"
    )
    for f in report["gold_unparseable"] + report["other_failures"]:
        print(f"  rule {f['status']}: {f['id']}: {f['gold'][:90]!r} ({f['reason'][:80]})")
    for f in report["official_failures"]:
        print(f"  official wrong: {f['id']}: {f['gold'][:90]!r}")
    if report["dressed"] is not None:
        wrong = report["dressed"]["wrong"]
        print(
            f"dressed: {report['dressed']['replies']} replies (a gold after an answer marker), {len(wrong)} wrong"
        )
        for f in wrong:
            print(
                f"  dressed {f['status']}: {f['id']}: {f['dress']!r} with {f['gold'][:70]!r} -> {f['extracted']!r}"
            )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=1, ensure_ascii=False)
    dressed_ok = report["dressed"] is None or not report["dressed"]["wrong"]
    return 0 if report["rule_correct"] == n and report["official_correct"] == n and dressed_ok else 1


if __name__ == "__main__":
    sys.exit(main())
