"""Generate, grade and record: the loop behind `mmeval run`.

Every (item, sample index) is a unit of work with a key: the sha1 of the benchmark name and version,
item id, sample index, prompt hash, generation config (model, backend, max tokens, temperature, top-p;
transformers: batch size) and seed. A sample's seed comes from its own key, so its draw does not depend
on which other samples run beside it. Units whose key is already in the run's samples.jsonl are skipped, so a killed run resumes
where it stopped on the next identical command; each finished sample is graded and appended at once.
Results are aggregated only over the current command's keys, so rows left by another config in the
same folder never leak into its score.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mmeval.models.base import Generation, Sampling, StreamingBackend
from mmeval.runs.lock import run_lock
from mmeval.runs.store import ERROR_STATUS, RunWriter, aggregate, benchmark_metrics, provenance, write_results

__all__ = [
    "RunConfig", "WorkUnit", "sample_key", "plan_units", "units_to_generate", "run_benchmark", "default_run_dir",
]  # fmt: skip

THUMBNAIL_SIDE = 256


@dataclass(frozen=True)
class RunConfig:
    """The resolved settings of one run (saved in results.json as `config`)."""

    model: str
    benchmark: str
    backend: str
    split: str | None = None
    data: str | None = None
    prompt_template: str = "official"
    limit: int | None = None
    samples: int = 1
    temperature: float = 0.0
    top_p: float = 1.0
    seed: int = 0
    max_new_tokens: int = 1024
    batch_size: int = 8
    base_url: str | None = None
    scoring_mode: str = "rule"
    backend_options: dict[str, Any] = field(default_factory=dict)

    def sampling(self) -> Sampling:
        return Sampling(self.max_new_tokens, self.temperature, self.top_p, self.seed)

    def generation_config(self) -> dict[str, Any]:
        """What changes a response, apart from the prompt and seed (part of every sample key).

        transformers: the batch size too. Each sample draws from its own seeded generator, but the left
        padding a batch adds can change a model's logits in the last bits (bf16 kernels on GPU), so two
        batch sizes are two settings; kills and resumes keep each sample in its batch (`units_to_generate`).
        """
        gen = {
            "model": self.model,
            "backend": self.backend,
            "max_new_tokens": self.max_new_tokens,
            "temperature": self.temperature,
            "top_p": self.top_p,
        }
        if self.backend == "transformers":
            gen["batch_size"] = self.batch_size
        return gen


@dataclass(frozen=True)
class WorkUnit:
    item: Any
    sample_idx: int
    prompt: Any
    key: str
    seed: int
    prompt_hash: str | None = None  # computed once in plan_units (it digests image content)


def sample_key(
    benchmark: str, version: str, item_id: str, sample_idx: int, prompt_hash: str, gen: dict, seed: int
) -> str:
    blob = json.dumps([benchmark, version, item_id, sample_idx, prompt_hash, gen, seed], sort_keys=True)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()


def _unit_seed(seed: int, item_id: str, sample_idx: int) -> int:
    """A per-sample seed, so sample j of item i gets the same draw however the run was batched or resumed."""
    digest = hashlib.sha1(f"{seed}:{item_id}:{sample_idx}".encode()).hexdigest()
    return int(digest[:8], 16)


def plan_units(bench: Any, items: list, config: RunConfig) -> list[WorkUnit]:
    """All (item, sample) units of the run, in item order."""
    gen = config.generation_config()
    units = []
    for item in items:
        prompt = bench.prompt(item, config.prompt_template)
        phash = prompt.hash()
        for j in range(config.samples):
            key = sample_key(bench.name, str(bench.version), item.id, j, phash, gen, config.seed)
            units.append(WorkUnit(item, j, prompt, key, _unit_seed(config.seed, item.id, j), phash))
    return units


def default_run_dir(config: RunConfig, root: str | Path = "runs") -> Path:
    """A folder name made only of the flags, so running the same command again resumes into it."""
    model = Path(config.model.rstrip("/")).name or "model"
    parts = [model, config.benchmark, config.split or "default", config.prompt_template]
    if config.samples > 1 or config.temperature > 0:
        parts.append(f"k{config.samples}-t{config.temperature:g}-p{config.top_p:g}-s{config.seed}")
    if config.limit:
        parts.append(f"n{config.limit}")
    return Path(root) / "__".join(p.replace("/", "_") for p in parts)


def _thumbnail(item: Any, run_dir: Path) -> str | None:
    """Save a small JPEG of the item's first image under images/ in the run; return its relative path."""
    if not item.images:
        return None
    name = hashlib.sha1(item.id.encode()).hexdigest()[:16] + ".jpg"
    rel = Path("images") / name
    target = run_dir / rel
    if not target.exists():
        from mmeval.models.base import load_image

        try:
            img = load_image(item.images[0]).copy()
        except (OSError, TypeError, ValueError):
            return None
        img.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        target.parent.mkdir(exist_ok=True)
        img.save(target, format="JPEG", quality=80)
    return rel.as_posix()


def _row(bench: Any, unit: WorkUnit, gen: Generation, config: RunConfig, image: str | None) -> dict:
    item = unit.item
    row: dict[str, Any] = {
        "key": unit.key,
        "id": item.id,
        "sample_idx": unit.sample_idx,
        "benchmark": bench.name,
        "split": config.split,
        "prompt_hash": unit.prompt_hash or unit.prompt.hash(),
        "question": item.question,
        "image": image,
        "response": gen.text,
        "gold": item.gold,
        "categories": bench.categories(item),
        "timing_s": round(gen.timing_s or 0.0, 4),
        "tokens": {"prompt": gen.prompt_tokens, "completion": gen.completion_tokens},
        "finish_reason": gen.finish_reason,
        "seed": unit.seed,
    }
    if gen.error is not None:  # an API/generation failure: recorded, never graded, retried on resume
        row.update(extracted=None, rule=None, status=ERROR_STATUS, correct=False, reason=gen.error)
        return row
    started = time.perf_counter()
    verdict = bench.score(item, gen.text)
    status = getattr(verdict.status, "value", verdict.status)
    row.update(
        extracted=verdict.extracted,
        rule=verdict.rule,
        status=status,
        correct=bool(verdict.correct),
        reason=verdict.reason,
        grade_s=round(time.perf_counter() - started, 4),
    )
    return row


def run_benchmark(
    bench: Any,
    items: list,
    backend: StreamingBackend,
    config: RunConfig,
    run_dir: str | Path,
    *,
    progress: bool = True,
    on_row: Callable[[dict], None] | None = None,
    grade_workers: int = 1,
) -> dict:
    """Run every pending unit, append each graded row, then write and return results.json's content.

    The folder is locked for the whole call (a second writer fails at once, see `runs/lock.py`)."""
    run_dir = Path(run_dir)
    with run_lock(run_dir):
        writer = RunWriter(run_dir)
        units = plan_units(bench, items, config)
        done = writer.done_keys()
        keys = {u.key for u in units}
        earlier = [r for r in writer.rows() if r.get("key") in done and r.get("key") in keys]
        recorder = _Recorder(writer, len(units), earlier, progress=progress, on_row=on_row)
        _generate_and_grade(bench, units, done, backend, config, run_dir, recorder, grade_workers)
        recorder.close()
        rows = [r for r in writer.rows() if r.get("key") in keys]
        results = _results(bench, backend, config, run_dir, rows)
        write_results(run_dir, results)
    return results


def units_to_generate(units: list[WorkUnit], done: set[str], backend: Any) -> list[WorkUnit]:
    """The units to send to the backend: the pending ones, or, for a backend whose output depends on
    which prompts share a batch (`aligned_batches`: padding in transformers), every unit of each fixed
    batch (positions i*b .. i*b+b-1 of the full plan) that holds a pending one. A resumed run then
    generates each pending sample in the very batch an uninterrupted run would have; the units already
    done are regenerated for that purpose only and not written again."""
    pending = [i for i, u in enumerate(units) if u.key not in done]
    if not getattr(backend, "aligned_batches", False):
        return [units[i] for i in pending]
    size = max(1, int(backend.batch_size))
    batches = dict.fromkeys(i // size for i in pending)
    return [units[i] for b in batches for i in range(b * size, min((b + 1) * size, len(units)))]


def _generate_and_grade(bench, units, done, backend, config, run_dir, recorder, grade_workers) -> None:
    todo = units_to_generate(units, done, backend)
    gens = backend.stream([u.prompt for u in todo], config.sampling(), [u.seed for u in todo])
    # Grading runs in `grade_workers` threads while generation goes on (0: grade inline, serially).
    with ThreadPoolExecutor(max_workers=max(1, grade_workers)) as pool:
        futures = []
        for index, gen in gens:
            unit = todo[index]
            if unit.key in done:  # regenerated only to keep its batch as it was
                continue
            job = (bench, unit, gen, config, _thumbnail(unit.item, run_dir))
            if grade_workers <= 0:
                recorder.grade_and_append(*job)
            else:
                futures.append(pool.submit(recorder.grade_and_append, *job))
        for future in futures:
            future.result()  # re-raise any grading/writing error


class _Recorder:
    """Grades a generation, appends its row and advances the progress bar; safe to call from threads."""

    def __init__(self, writer: RunWriter, total: int, earlier: list[dict], *, progress: bool, on_row) -> None:
        self.writer, self.on_row = writer, on_row
        self.n_seen = len(earlier)
        self.n_correct = sum(bool(r.get("correct")) for r in earlier)
        self.bar = _progress_bar(total, self.n_seen, enabled=progress)
        self.lock = threading.Lock()

    def grade_and_append(self, bench: Any, unit: WorkUnit, gen: Generation, config: RunConfig, image) -> None:
        row = _row(bench, unit, gen, config, image)
        self.writer.append(row)
        with self.lock:
            self.n_seen += 1
            self.n_correct += bool(row["correct"])
            if self.on_row is not None:
                self.on_row(row)
            self.bar.update(1)
            self.bar.set_postfix(acc=f"{100 * self.n_correct / self.n_seen:.1f}%", refresh=False)

    def close(self) -> None:
        self.bar.close()


def _results(bench: Any, backend: Any, config: RunConfig, run_dir: Path, rows: list[dict]) -> dict:
    cfg = asdict(config)
    cfg["benchmark_version"] = str(bench.version)
    return {
        "run_name": run_dir.name,
        "model": config.model,
        "backend": backend.name,
        "benchmark": bench.name,
        "benchmark_version": str(bench.version),
        "split": config.split,
        **aggregate(rows, samples_per_item=config.samples),
        "complete": not any(r.get("status") == ERROR_STATUS for r in rows),
        # what the number means (split, subset, template, scoring, version) and the benchmark's own metrics
        "protocol": {
            **bench.protocol(config.split, config.prompt_template, config.scoring_mode),
            "n_items": len({r.get("id") for r in rows}),
        },
        **benchmark_metrics(bench, rows),
        "config": cfg,
        "provenance": provenance(cfg),
    }


def _progress_bar(total: int, initial: int, *, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, initial=initial, unit="sample", dynamic_ncols=True, disable=not enabled)
