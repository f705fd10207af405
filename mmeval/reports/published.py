"""The published model outputs shipped in `mmeval/data/published/`, re-scored into run folders.

Official mode applies the benchmark's official rules (`Benchmark.official_score`) to the published
official extraction (MathVista's extraction was made by GPT-4 and cannot be redone offline; MATH-V's
is rule-based and is recomputed from the response); rule mode grades the raw response with mmeval's
verifiers (`grade_batch` with `Benchmark.grade_kwargs`). Both write the contract's run format, so the
report reads them like any other run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["PUBLISHED", "PublishedOutput", "published_root", "score_published"]


def published_root() -> Path:
    """`mmeval/data/published` inside the installed package."""
    return Path(__file__).resolve().parent.parent / "data" / "published"


@dataclass(frozen=True)
class PublishedOutput:
    """One published outputs file, the dataset file it answers, and the official score file."""

    model: str
    benchmark: str
    split: str
    outputs: str  # relative to published_root()
    data: str
    official: str

    def official_score(self) -> tuple[int, int]:
        """(correct, total) as the authors published them (scores_*.json / *_result.json)."""
        data = json.loads((published_root() / self.official).read_text(encoding="utf-8"))
        if "average" in data:  # MathVista scores_<model>.json
            return int(data["average"]["correct"]), int(data["average"]["total"])
        match = re.fullmatch(r"(\d+)/(\d+)=.*", str(data["-all"]))  # MATH-V: "537/3040=17.66%"
        if not match:
            raise ValueError(f"{self.official}: unexpected '-all' entry {data['-all']!r}")
        return int(match.group(1)), int(match.group(2))

    def records(self) -> list[dict[str, Any]]:
        """The published per-item records: MathVista's dict pid -> record, MATH-V's JSON lines."""
        path = published_root() / self.outputs
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        return list(json.loads(text).values())


PUBLISHED = (
    PublishedOutput("Multimodal Bard", "mathvista", "testmini", "mathvista/outputs/output_bard.json",
                    "mathvista/testmini.json", "mathvista/outputs/scores_bard.json"),
    PublishedOutput("GPT-4 (zero-shot, text only)", "mathvista", "testmini", "mathvista/outputs/output_gpt4.json",
                    "mathvista/testmini.json", "mathvista/outputs/scores_gpt4.json"),
    PublishedOutput("Gemini-Pro (CoT)", "mathvision", "test", "mathvision/outputs/Gemini-Pro-CoT.jsonl",
                    "mathvision/test.jsonl", "mathvision/outputs/Gemini-Pro-CoT_result.json"),
    PublishedOutput("GPT-4 (CoT, text only)", "mathvision", "test", "mathvision/outputs/GPT4-CoT_Text-Only.jsonl",
                    "mathvision/test.jsonl", "mathvision/outputs/GPT4-CoT_Text-Only_result.json"),
)  # fmt: skip


def _official_extraction(pub: PublishedOutput, bench: Any, record: dict[str, Any]) -> Any:
    """What the official rules grade: MathVista's published GPT-4 extraction; for MATH-V the official
    rule-based extraction recomputed from the raw response."""
    if pub.benchmark == "mathvista":
        return record.get("extraction")
    extract = getattr(bench, "official_extract", None)
    if extract is None:
        from mmeval.benchmarks.official.mathvision import official_extract as extract
    return extract(str(record.get("response") or ""))


def _official_verdict(pub: PublishedOutput, bench: Any, item: Any, record: dict[str, Any]) -> dict[str, Any]:
    extraction = _official_extraction(pub, bench, record)
    ok = bool(bench.official_score(item, extraction))
    return {"status": "correct" if ok else "incorrect", "extracted": None if extraction is None else str(extraction),
            "rule": "official", "reason": "official rules"}  # fmt: skip


def _rows(pub: PublishedOutput, mode: str, limit: int | None, workers: int | None) -> list[dict[str, Any]]:
    from mmeval.benchmarks import get_benchmark
    from mmeval.verifiers import grade_batch

    bench = get_benchmark(pub.benchmark)
    items = {it.id: it for it in bench.load(pub.split, published_root() / pub.data, require_images=False)}
    records = pub.records()[:limit] if limit else pub.records()
    pairs = [(items[str(r.get("pid", r.get("id")))], r) for r in records]
    if mode == "rule":
        requests = [{**bench.grade_kwargs(it), "response": str(r.get("response") or "")} for it, r in pairs]
        verdicts = [v.to_dict() for v in grade_batch(requests, workers=workers)]
    else:
        # threads: the official numeric checks run in the benchmark's killable worker processes
        with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
            verdicts = list(pool.map(lambda pair: _official_verdict(pub, bench, *pair), pairs))
    rows = []
    for (it, r), v in zip(pairs, verdicts, strict=True):
        status = getattr(v["status"], "value", v["status"])
        rows.append(
            {
                "key": hashlib.sha1(f"{pub.outputs}|{mode}|{it.id}".encode()).hexdigest(),
                "id": it.id,
                "sample_idx": 0,
                "benchmark": pub.benchmark,
                "split": pub.split,
                "prompt_hash": None,
                "question": it.question,
                "image": None,
                "response": str(r.get("response") or ""),
                "extracted": v.get("extracted"),
                "rule": v.get("rule"),
                "gold": it.gold,
                "status": status,
                "correct": status == "correct",
                "reason": v.get("reason", ""),
                "categories": bench.categories(it),
            }
        )
    return rows


def score_published(
    pub: PublishedOutput,
    mode: str,
    out_dir: str | Path,
    *,
    limit: int | None = None,
    workers: int | None = None,
) -> dict[str, Any]:
    """Re-score `pub` in `mode` ("official" or "rule"), write a run folder, return its results."""
    from mmeval.benchmarks import get_benchmark
    from mmeval.benchmarks.runs import RunWriter, aggregate, provenance, write_results

    if mode not in ("official", "rule"):
        raise ValueError(f"mode must be 'official' or 'rule', got {mode!r}")
    rows = _rows(pub, mode, limit, workers)
    out = Path(out_dir)
    if (out / "samples.jsonl").exists():
        (out / "samples.jsonl").unlink()  # re-scoring is cheap; never mix with an earlier scoring
    RunWriter(out).extend(rows)
    version = str(get_benchmark(pub.benchmark).version)
    config = {"prompt_template": "published", "samples": 1, "temperature": None, "scoring_mode": mode,
              "limit": limit, "outputs": pub.outputs}  # fmt: skip
    results = {
        "run_name": out.name, "model": pub.model, "backend": "replay", "benchmark": pub.benchmark,
        "benchmark_version": version, "split": pub.split if not limit else f"{pub.split} (first {limit})",
        **aggregate(rows), "config": config, "provenance": provenance(config),
    }  # fmt: skip
    write_results(out, results)
    return results
