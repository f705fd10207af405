"""Synthetic run folders in the contract's format (docs/contracts.md section 3).

Used by the report's tests and by `scripts/bench_report.py` to exercise the report at scale without
a model. Categories follow each benchmark's official taxonomy so breakdowns look like real ones.
Nothing here is ever presented as a real result: every run is named `synthetic-*` by default.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

__all__ = ["CATEGORY_CHOICES", "write_synthetic_run", "write_synthetic_training_run"]

CATEGORY_CHOICES: dict[str, dict[str, list[str]]] = {
    "mathvista": {
        "task": [
            "figure question answering",
            "geometry problem solving",
            "math word problem",
            "textbook question answering",
            "visual question answering",
        ],
        "skills": [
            "algebraic reasoning",
            "arithmetic reasoning",
            "geometry reasoning",
            "logical reasoning",
            "numeric commonsense",
            "scientific reasoning",
            "statistical reasoning",
        ],
    },
    "mathverse": {
        "version": [
            "Text Dominant",
            "Text Lite",
            "Vision Intensive",
            "Vision Dominant",
            "Vision Only",
        ],
        "subject": ["Plane Geometry", "Solid Geometry", "Functions"],
    },
    "mathvision": {
        "subject": [
            "algebra",
            "analytic geometry",
            "arithmetic",
            "combinatorial geometry",
            "combinatorics",
            "counting",
            "descriptive geometry",
            "graph theory",
            "logic",
            "metric geometry - angle",
            "metric geometry - area",
            "metric geometry - length",
            "solid geometry",
            "statistics",
            "topology",
            "transformation geometry",
        ],
        "level": ["1", "2", "3", "4", "5"],
    },
    "olympiadbench": {
        "subject": ["Math", "Physics"],
        "language": ["English", "Chinese"],
        "modality": ["Text-only", "Multimodal"],
    },
}
SPLITS = {"mathvista": "testmini", "mathverse": "testmini", "mathvision": "test", "olympiadbench": "test"}
_WORDS = "the angle triangle area circle radius value graph shown figure what is find of in a".split()


def _categories(benchmark: str, rng: random.Random) -> dict[str, Any]:
    cats: dict[str, Any] = {}
    for key, values in CATEGORY_CHOICES.get(benchmark, {}).items():
        cats[key] = sorted(rng.sample(values, rng.randint(1, 2))) if key == "skills" else rng.choice(values)
    return cats


def _sample_row(
    benchmark: str, i: int, p_correct: float, rng: random.Random, item_rng: random.Random
) -> dict:
    gold = str(item_rng.randint(1, 99))
    roll = rng.random()
    if roll < p_correct:
        status, extracted = "correct", gold
    elif roll < p_correct + 0.04:
        status, extracted = "no_answer", None
    elif roll < p_correct + 0.05:
        status, extracted = "gold_unparseable", gold
    else:
        status, extracted = "incorrect", str(int(gold) + rng.randint(1, 9))
    steps = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(20, 120)))
    response = f"<think>{steps}</think> The answer is \\boxed{{{extracted}}}." if extracted else steps
    return {
        "key": hashlib.sha1(f"{benchmark}:{i}".encode()).hexdigest(),
        "id": str(i),
        "sample_idx": 0,
        "benchmark": benchmark,
        "split": SPLITS.get(benchmark, "test"),
        "prompt_hash": "synthetic",
        "question": f"Question {i}: " + " ".join(item_rng.choice(_WORDS) for _ in range(25)) + "?",
        "image": None,
        "response": response,
        "extracted": extracted,
        "rule": "boxed" if extracted else None,
        "gold": gold,
        "status": status,
        "correct": status == "correct",
        "reason": {
            "correct": "equal numbers",
            "incorrect": "numbers differ",
            "no_answer": "no answer found",
            "gold_unparseable": "gold did not parse",
        }[status],
        "categories": _categories(benchmark, item_rng),
        "timing_s": round(rng.uniform(0.1, 2.0), 3),
        "tokens": {"prompt": 800, "completion": len(response) // 4},
    }


def write_synthetic_run(
    out_dir: str | Path,
    *,
    model: str = "synthetic-model",
    benchmark: str = "mathvista",
    n: int = 100,
    accuracy: float = 0.5,
    seed: int = 0,
    config: dict[str, Any] | None = None,
    benchmark_version: str = "1",
) -> Path:
    """Write `samples.jsonl` + `results.json` for `n` samples graded correct with probability `accuracy`.

    Items (question, gold, categories) depend only on (benchmark, id), so two synthetic models on the
    same benchmark answer the same items and can be compared pairwise.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{model}:{benchmark}:{seed}")
    rows = [_sample_row(benchmark, i, accuracy, rng, random.Random(f"{benchmark}:{i}")) for i in range(n)]
    with (out / "samples.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)
    scored = [r for r in rows if r["status"] != "gold_unparseable"]
    n_correct = sum(r["correct"] for r in scored)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    cfg = {
        "prompt_template": "official",
        "samples": 1,
        "temperature": 0.0,
        "top_p": 1.0,
        "seed": seed,
        "scoring_mode": "rule",
        "max_new_tokens": 1024,
        **(config or {}),
    }
    results = {
        "run_name": f"{model}-{benchmark}",
        "model": model,
        "backend": "replay",
        "benchmark": benchmark,
        "benchmark_version": benchmark_version,
        "split": SPLITS.get(benchmark, "test"),
        "score": round(100 * n_correct / max(1, len(scored)), 2),
        "n": n,
        "n_correct": n_correct,
        "n_scored": len(scored),
        "status_counts": counts,
        "config": cfg,
        "provenance": {"mmeval_version": "synthetic", "created": "2026-01-01T00:00:00Z"},
    }
    (out / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return out


def write_synthetic_training_run(out_dir: str | Path, *, steps: int = 60, seed: int = 0) -> Path:
    """Write a `metrics.jsonl` whose rewards rise and lengths grow, with an eval line every 20 steps."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    lines = []
    for step in range(1, steps + 1):
        frac = step / steps
        acc = min(1.0, 0.2 + 0.5 * frac + rng.uniform(-0.05, 0.05))
        lines.append(
            {
                "step": step,
                "accuracy_reward": round(acc, 3),
                "accuracy_before_filter": round(acc * 0.8, 3),
                "format_reward": round(min(1.0, 0.5 + frac / 2), 3),
                "reward": round(acc + 0.5 * min(1.0, 0.5 + frac / 2), 3),
                "response_length_mean": round(120 + 200 * frac + rng.uniform(-10, 10), 1),
                "response_length_p10": round(60 + 100 * frac, 1),
                "response_length_p90": round(200 + 320 * frac, 1),
                "reflection_rate": round(0.02 + 0.2 * frac, 3),
                "filtered_fraction": 0.3,
                "lr": 1e-6,
            }
        )
        if step % 20 == 0:
            lines.append({"step": step, "eval/mathvista": round(30 + 10 * frac, 1)})
    (out / "metrics.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return out
