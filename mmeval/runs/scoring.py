"""Score predictions against a benchmark's golds, in rule, official, judge or cascade mode (behind `mmeval score`).

Cascade mode grades by rule mode first and sends only the undecided samples to a judge model
(`mmeval.judges.cascade`); `judge` is then a `Cascade`.

`score_predictions` returns a results object in the run format (docs/contracts.md section 3) and,
with `out`, writes the run folder (`samples.jsonl` + `results.json`) through `mmeval.runs.store`.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mmeval.benchmarks.base import Benchmark, DatasetError, Item
from mmeval.benchmarks.registry import UnknownBenchmarkError, get_benchmark
from mmeval.runs.predictions import Prediction, PredictionsError, read_predictions

__all__ = ["SCORING_MODES", "ScoreError", "score_predictions", "official_extraction", "rule_rows"]

SCORING_MODES = ("rule", "official", "judge", "cascade")
ScoreError = (UnknownBenchmarkError, DatasetError, PredictionsError)


def score_predictions(
    bench_name: str,
    predictions: str | Path,
    *,
    data: str | Path | None = None,
    split: str | None = None,
    mode: str = "rule",
    out: str | Path | None = None,
    model: str | None = None,
    workers: int | None = None,
    judge: Any = None,
) -> dict[str, Any]:
    """Grade every prediction; the results dict (score in percent) with `timing` (read/grade seconds)."""
    if mode not in SCORING_MODES:
        raise DatasetError(f"unknown scoring mode {mode!r}; expected one of {list(SCORING_MODES)}")
    t0 = time.perf_counter()
    bench = get_benchmark(bench_name)
    split = split or bench.default_split
    preds = read_predictions(predictions)
    if not preds:
        raise PredictionsError(f"{predictions}: no predictions in the file")
    items = _items(bench, preds, data, split, predictions)
    t1 = time.perf_counter()
    if all(not items[p.id].gold for p in preds):
        return _submission(bench, preds, items, split, predictions, out, model)
    # official mode: a benchmark may read which version of its official rules scored this file from the
    # file's own records (MathVista's integer rule); the inference is recorded in the results
    prepare = getattr(bench, "prepare_official", None) if mode in ("official", "cascade") else None
    official_rules = prepare([p.record for p in preds]) if prepare is not None else None
    rows = _grade(bench, preds, items, mode, workers, judge)
    t2 = time.perf_counter()
    for row, pred in zip(rows, preds, strict=True):
        row.update(_row_fields(bench, split, items[pred.id], pred, mode, predictions))
    timing = {"read_s": t1 - t0, "grade_s": t2 - t1}
    extra = {"official_rules": official_rules} if official_rules is not None else {}
    if mode == "cascade":
        from mmeval.judges.cascade import cascade_summary

        extra["cascade"] = cascade_summary(judge, rows)
    return _results(bench, split, rows, mode, predictions, data, out, model, timing, extra)


def _items(bench: Benchmark, preds: list[Prediction], data: Any, split: str, path: Any) -> dict[str, Item]:
    """Golds: from `data` when given, else from the predictions records themselves (MathVista outputs,
    MathVerse templates carry the problem), else the Hub (fails offline with a hint to pass --data)."""
    if data is None and all(p.has_gold for p in preds):
        items = {}
        for p in preds:
            try:
                items[p.id] = bench.to_item(p.record, [])
            except (KeyError, TypeError, ValueError) as exc:
                raise PredictionsError(
                    f"{path}: record {p.id}: not a {bench.name} problem record ({exc})"
                ) from exc
    else:
        try:
            items = {it.id: it for it in bench.load(split, data, require_images=False)}
        except DatasetError as exc:
            hint = "" if data else f" ({path} has no gold answers: pass --data with the benchmark file)"
            raise DatasetError(f"{exc}{hint}") from exc
    missing = [p.id for p in preds if p.id not in items]
    if missing:
        raise DatasetError(
            f"{path}: {len(missing)} prediction ids not in the gold data {data or bench.hf_path} "
            f"(first: {missing[:5]}); is --data the right benchmark file/split?"
        )
    return items


def _grade(
    bench: Benchmark, preds: list[Prediction], items: dict[str, Item], mode: str, workers: Any, judge: Any
) -> list[dict]:
    if mode == "official":
        with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
            return list(pool.map(lambda p: _official_row(bench, items[p.id], p), preds))
    failed = [p.record.get("status") == "error" for p in preds]
    rows = rule_rows(bench, [items[p.id] for p in preds], [p.response for p in preds], workers, failed)
    if mode == "cascade":
        return judge.apply(bench, [items[p.id] for p in preds], [p.response for p in preds], rows)
    if mode == "judge":
        with ThreadPoolExecutor(max_workers=min(workers or 8, 32)) as pool:
            rows = list(
                pool.map(lambda rp: _judge_row(judge, items[rp[1].id], *rp), zip(rows, preds, strict=True))
            )
    return rows


def rule_rows(
    bench: Benchmark, items: list[Item], responses: list[str], workers: Any = None, failed: Any = None
) -> list[dict]:
    """Rule-mode verdict rows (with `guessed`) in input order; `failed[i]` marks a failed generation,
    which stays an unscored `error` row."""
    from mmeval.verifiers import grade_batch

    requests = [{**bench.grade_kwargs(item), "response": r} for item, r in zip(items, responses, strict=True)]
    rows = [v.to_dict() for v in grade_batch(requests, workers=workers)]
    for row, bad in zip(rows, failed or [False] * len(rows), strict=True):
        if bad:  # a failed generation in an mmeval run stays unscored
            row.update(status="error", correct=False, reason="generation failed in the original run")
    refine = getattr(bench, "refine_rule_row", None)  # benchmark-specific completion (MathVista options)
    if refine is not None:
        rows = [refine(item, r, row) for item, r, row in zip(items, responses, rows, strict=True)]
    return rows


def official_extraction(bench: Benchmark, item: Item, pred: Prediction) -> tuple[Any, str]:
    """What the official rules grade, and where it came from: the published extraction when the file
    has one; else the official rule-based extraction of the response (MATH-V, OlympiadBench, We-Math,
    DynaMath); else (MathVista, MathVerse: the official extractor is GPT; MMK12, K12: a GPT judge)
    mmeval's own extraction of the response."""
    if pred.has_extraction:
        return pred.extraction, "published_extraction"
    if bench.name in ("mathvision", "wemath", "dynamath"):
        return bench.official_extract(pred.response), "official_extraction"
    if bench.name == "olympiadbench":
        return bench.official_extract(pred.response, item), "official_extraction"
    from mmeval.verifiers import extract_answer

    return extract_answer(pred.response, choices=item.choices).answer, "mmeval_extraction"


def _official_row(bench: Benchmark, item: Item, pred: Prediction) -> dict[str, Any]:
    extraction, source = official_extraction(bench, item, pred)
    if extraction is None or str(extraction).strip() == "":
        status = "no_answer"
    else:
        status = "correct" if bench.official_score(item, extraction) else "incorrect"
    extracted = None if extraction is None else str(extraction)
    return {"status": status, "correct": status == "correct", "extracted": extracted, "rule": source,
            "reason": f"official {bench.name} rules on the {source.replace('_', ' ')}", "gold": item.gold}  # fmt: skip


def _judge_row(judge: Any, item: Item, row: dict[str, Any], pred: Prediction) -> dict[str, Any]:
    from mmeval.judges.client import JudgeError

    answer = row.get("extracted") or pred.response[-500:]
    try:
        ok = judge.judge(item.question, str(item.meta.get("answer", item.gold)), answer)
    except JudgeError as exc:
        return {**row, "status": "error", "correct": False, "reason": str(exc)}
    return {**row, "status": "correct" if ok else "incorrect", "correct": ok, "rule": "judge",
            "reason": f"judge {judge.model}: {'consistent' if ok else 'not consistent'}"}  # fmt: skip


def _row_fields(
    bench: Benchmark, split: str, item: Item, pred: Prediction, mode: str, path: Any
) -> dict[str, Any]:
    key = f"{bench.name}|{bench.version}|{item.id}|{pred.sample_idx}|{mode}|{Path(path).name}"
    return {
        "key": hashlib.sha1(key.encode("utf-8")).hexdigest(),
        "id": item.id,
        "sample_idx": pred.sample_idx,
        "benchmark": bench.name,
        "split": split,
        "prompt_hash": pred.record.get("prompt_hash"),
        "question": item.question,
        "image": None,
        "response": pred.response,
        "gold": item.gold,
        "categories": bench.categories(item),
    }


def _results(bench, split, rows, mode, predictions, data, out, model, timing, extra=None) -> dict[str, Any]:
    from mmeval.runs.store import aggregate, benchmark_metrics, provenance, write_run_folder

    k = 1 + max(r["sample_idx"] for r in rows)
    config = {"scoring_mode": mode, "predictions": str(predictions), "data": None if data is None else str(data),
              "prompt_template": "replay", "samples": k}  # fmt: skip
    n = len(rows)
    results = {
        "run_name": Path(out).name if out else Path(predictions).stem,
        "model": model or Path(predictions).stem,
        "backend": "replay",
        "benchmark": bench.name,
        "benchmark_version": str(bench.version),
        "split": split,
        **aggregate(rows, samples_per_item=k),
        "protocol": {**bench.protocol(split, "replay", mode), "n_items": len({r["id"] for r in rows})},
        **benchmark_metrics(bench, rows),
        "config": config,
        "provenance": provenance(config),
        "timing": {
            **{k2: round(v, 3) for k2, v in timing.items()},
            "rows_per_s": round(n / max(timing["grade_s"], 1e-9), 1),
        },
        **(extra or {}),
    }
    if out:
        _check_out(out, predictions)
        write_run_folder(out, rows, results)
        results["run_dir"] = str(out)
    return results


def _check_out(out: Any, predictions: Any) -> None:
    pred_dir = Path(predictions) if Path(predictions).is_dir() else Path(predictions).parent
    if Path(out).resolve() == pred_dir.resolve() and (Path(out) / "samples.jsonl").exists():
        raise DatasetError(f"--out {out} is the run being scored; choose another folder")


def _submission(bench, preds, items, split, predictions, out, model) -> dict[str, Any]:
    """No golds (MathVista test): the official submission file (problem fields + response + extraction)."""
    from mmeval.verifiers import extract_answer

    records = {}
    for p in preds:
        item = items[p.id]
        extraction = (
            p.extraction if p.has_extraction else extract_answer(p.response, choices=item.choices).answer
        )
        records[item.id] = {**item.meta, "response": p.response, "extraction": extraction}
    target = Path(out or ".") / f"submission_{bench.name}_{split}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(records, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return {"benchmark": bench.name, "split": split, "model": model or Path(predictions).stem,
            "config": {"scoring_mode": "submission"}, "n": len(records), "submission": str(target)}  # fmt: skip
