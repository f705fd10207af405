"""The published model outputs shipped in `mmeval/data/published/`, re-scored into run folders.

Scoring is the harness's replay (`mmeval score`, `mmeval.runs.scoring.score_predictions`):
official mode applies the benchmark's official rules to the published official extraction (MathVista's
GPT-4 extraction, MATH-V's `model_answer`); rule mode grades the raw response with mmeval's verifiers.
Both write the contract's run format, so the report reads them like any other run.
"""

from __future__ import annotations

import json
import re
import tempfile
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


def _subset_file(pub: PublishedOutput, limit: int, folder: Path) -> Path:
    """The first `limit` records of the outputs file, in the same format (for a quick rule-mode run)."""
    source = published_root() / pub.outputs
    target = folder / f"first{limit}_{source.name}"
    if source.suffix == ".jsonl":
        lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
        target.write_text("\n".join(lines[:limit]) + "\n", encoding="utf-8")
    else:
        records = json.loads(source.read_text(encoding="utf-8"))
        target.write_text(json.dumps(dict(list(records.items())[:limit])), encoding="utf-8")
    return target


def score_published(
    pub: PublishedOutput,
    mode: str,
    out_dir: str | Path,
    *,
    limit: int | None = None,
    workers: int | None = None,
) -> dict[str, Any]:
    """Re-score `pub` in `mode` ("official" or "rule") with the harness's replay scorer
    (`mmeval.runs.scoring.score_predictions`), write a run folder, return its results.

    With `limit`, only the first `limit` items are scored, and the run's split says so, so that the
    report never puts a subset in the same column as the full benchmark.
    """
    from mmeval.runs.scoring import score_predictions
    from mmeval.runs.store import write_results

    out = Path(out_dir)
    with tempfile.TemporaryDirectory() as tmp:
        predictions = _subset_file(pub, limit, Path(tmp)) if limit else published_root() / pub.outputs
        results = score_predictions(pub.benchmark, predictions, data=published_root() / pub.data, split=pub.split,
                                    mode=mode, out=out, model=pub.model, workers=workers)  # fmt: skip
    results.pop("run_dir", None)
    results["config"] = {**results["config"], "predictions": pub.outputs, "data": pub.data, "limit": limit,
                         "prompt_template": "published"}  # fmt: skip
    if limit:
        results["split"] = f"{pub.split} (first {limit})"
    write_results(out, results)
    return results
