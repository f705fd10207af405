"""Read a predictions file for `mmeval score`: an mmeval run, or a benchmark's published output format.

Accepted (the format is recognised from the content):
- an mmeval run folder or its `samples.jsonl` (`id`, `sample_idx`, `response`);
- MathVista `output_<model>.json` (dict pid -> problem fields + `response`, `extraction`): golds inside;
- MathVerse submission templates (list of problem records + `model_answer`): golds inside;
- MATH-V `outputs/<model>.jsonl` (`id`, `response`, `model_answer`, `correct`): no golds, needs `--data`;
- any JSON/JSONL of `{"id": ..., "response": ...}` records (+ `--data` for the golds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmeval._cli import UsageError, read_json, read_jsonl

__all__ = ["Prediction", "PredictionsError", "read_predictions"]

_ID_KEYS = ("id", "pid", "sample_index")
_RESPONSE_KEYS = ("response", "model_answer", "raw_output", "output")
_GOLD_KEYS = ("answer", "final_answer")


class PredictionsError(UsageError):
    """A malformed predictions file; the message names the file, the line and what was expected."""


@dataclass(frozen=True)
class Prediction:
    """One model output: the item id, the raw response, the published extraction (if any), the
    sample index, and the full record (which carries the golds in self-contained formats)."""

    id: str
    response: str
    extraction: Any = None
    sample_idx: int = 0
    record: dict[str, Any] = field(default_factory=dict)
    has_extraction: bool = False

    @property
    def has_gold(self) -> bool:
        return any(k in self.record for k in _GOLD_KEYS)


def read_predictions(path: str | Path) -> list[Prediction]:
    """All predictions in `path` (see the module docstring), in file order.

    An mmeval run's samples.jsonl is read as the run reads it (a sample written twice counts once, the
    newest row wins). Otherwise an item id with the same sample index twice is an error naming both
    places: scoring it would count that answer twice."""
    path = Path(path)
    if path.is_dir():
        path = path / "samples.jsonl"
    if not path.exists():
        raise PredictionsError(f"{path}: no such file (expected a predictions file or an mmeval run folder)")
    try:
        if path.name == "samples.jsonl":
            from mmeval.runs.store import read_samples

            located = [(f"{path}: row {i + 1}", rec) for i, rec in enumerate(read_samples(path))]
        elif path.suffix == ".jsonl":
            located = [(f"{path}:{line}", rec) for line, rec in read_jsonl(path, "one prediction per line")]
        else:
            located = _json_records(path)
    except UsageError as exc:
        raise PredictionsError(str(exc)) from None
    preds = [_prediction(rec, where) for where, rec in located]
    _check_unique(preds, [where for where, _ in located])
    return preds


def _json_records(path: Path) -> list[tuple[str, Any]]:
    obj = read_json(path, "a list of records or a dict of id -> record")
    if isinstance(obj, dict) and all(isinstance(v, dict) for v in obj.values()):
        records = [{"pid": k, **v} if not any(i in v for i in _ID_KEYS) else v for k, v in obj.items()]
    elif isinstance(obj, list):
        records = obj
    else:
        raise PredictionsError(f"{path}:1: expected a list of records or a dict of id -> record")
    return [(f"{path}: record {i}", rec) for i, rec in enumerate(records)]


def _check_unique(preds: list[Prediction], places: list[str]) -> None:
    first: dict[tuple[str, int], int] = {}
    for i, pred in enumerate(preds):
        j = first.setdefault((pred.id, pred.sample_idx), i)
        if j != i:
            raise PredictionsError(
                f"{places[i]}: duplicate id {pred.id!r} (sample {pred.sample_idx}), first at {places[j]}; "
                "each item's answer may appear once per sample index"
            )


def _prediction(record: Any, where: str) -> Prediction:
    if not isinstance(record, dict):
        raise PredictionsError(f"{where}: expected a JSON object, got {type(record).__name__}")
    item_id = next((record[k] for k in _ID_KEYS if record.get(k) not in (None, "")), None)
    if item_id is None:
        raise PredictionsError(f"{where}: no item id (expected one of {list(_ID_KEYS)})")
    if record.get("status") == "error":  # an mmeval run row for a failed generation: not a model answer
        response = None
    else:
        response = next((record[k] for k in _RESPONSE_KEYS if k in record), None)
    if response is None and "extraction" not in record and record.get("status") != "error":
        raise PredictionsError(f"{where}: no model output (expected one of {list(_RESPONSE_KEYS)})")
    extraction_key = (
        "extraction" if "extraction" in record else "model_answer" if "response" in record else None
    )
    return Prediction(
        id=str(item_id),
        response="" if response is None else str(response),
        extraction=record.get(extraction_key) if extraction_key else None,
        sample_idx=_sample_idx(record.get("sample_idx"), where),
        record=record,
        has_extraction=extraction_key is not None and extraction_key in record,
    )


def _sample_idx(value: Any, where: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise PredictionsError(f"{where}: 'sample_idx' is {value!r}; expected an integer >= 0")
    return value
