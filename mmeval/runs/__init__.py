"""Running and re-scoring benchmarks: the generate-grade loop, run folders (samples.jsonl, results.json), `run`/`score`.

Only the run-folder store is imported eagerly (reports read run folders); the runner and the scorer,
which pull in the benchmarks and the verifiers, load on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from mmeval.runs.store import RunWriter, aggregate, load_run, provenance, read_samples, write_results

_LAZY = {
    "RunConfig": "mmeval.runs.runner",
    "default_run_dir": "mmeval.runs.runner",
    "run_benchmark": "mmeval.runs.runner",
    "SCORING_MODES": "mmeval.runs.scoring",
    "ScoreError": "mmeval.runs.scoring",
    "score_predictions": "mmeval.runs.scoring",
}

__all__ = ["RunWriter", "aggregate", "load_run", "provenance", "read_samples", "write_results", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'mmeval.runs' has no attribute {name!r}")
