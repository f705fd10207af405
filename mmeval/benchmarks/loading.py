"""Read benchmark records from the Hub or a local copy, and find each record's images.

Local copies (`--data PATH`), so that runs work without the Hub:
- a snapshot of the benchmark's Hugging Face dataset repo (`huggingface-cli download --repo-type dataset
  AI4Math/MathVista --local-dir MathVista`, or a `git clone`): a folder whose `README.md` declares
  `configs:`, or with parquet/arrow files under `data/`; read by `datasets.load_dataset` with the same
  config and split as the Hub (MathVerse `testmini`/`testmini`, OlympiadBench `<config>`/`train`);
- a folder written by `datasets`' `save_to_disk` (a `Dataset` or a `DatasetDict` holding the split);
- a parquet file, or a folder holding `<split>.parquet`;
- the benchmark's own JSON (a list, or a dict keyed by id as MathVista's `testmini.json`) or JSONL,
  with image paths relative to the file's folder (or a folder holding `<split>.json[l]`).
Relative image paths resolve under the folder (a snapshot's own folder for its `image` strings)."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path
from typing import Any

from mmeval._cli import UsageError, read_text

__all__ = ["DatasetError", "load_records", "resolve_images", "read_json_records", "fixture_path"]


# files that sit next to benchmark data but are not records (MathVista's prompts and sources)
_NOT_DATA = {"query.json", "source.json", "dataset_info.json", "state.json", "dataset_dict.json"}


class DatasetError(ValueError):
    """A dataset that cannot be used: missing file, wrong format, missing images. CLI exit code 2."""


def load_records(
    data: str | Path | None,
    *,
    split: str,
    hf_path: str,
    hf_config: str | None = None,
    hub_split: str | None = None,
) -> tuple[list[dict[str, Any]], Path | None]:
    """The split's records as dicts, and the folder image paths are relative to (None for the Hub).

    `split` names local files (`<split>.parquet`, a saved DatasetDict's key); the Hub and a snapshot
    of its repo take `hf_config` and `hub_split` (default `split`), as `datasets.load_dataset` does."""
    if data is None:
        return _load_dataset(hf_path, hf_config, hub_split or split), None
    path = Path(data)
    if not path.exists():
        raise DatasetError(f"{path}: no such file or folder")
    if path.is_dir():
        if (path / "dataset_info.json").exists() or (path / "dataset_dict.json").exists():
            return _load_from_disk(path, split), path
        if _is_hub_snapshot(path):
            return _load_dataset(path, hf_config, hub_split or split), path
        for name in (f"{split}.parquet", f"{split}.jsonl", f"{split}.json"):
            if (path / name).exists():
                return load_records(path / name, split=split, hf_path=hf_path, hf_config=hf_config)
        candidates = [p for p in sorted(path.iterdir()) if p.suffix in (".parquet", ".jsonl", ".json")]
        candidates = [p for p in candidates if p.name not in _NOT_DATA]
        if len(candidates) == 1:  # a folder holding one benchmark file (e.g. a fixture): that file, any split
            return load_records(candidates[0], split=split, hf_path=hf_path, hf_config=hf_config)
        raise DatasetError(
            f"{path}: expected a Hugging Face dataset repo snapshot (README.md with configs:, or data/*.parquet),"
            f" a save_to_disk folder or a file {split}.parquet / {split}.jsonl / {split}.json"
            f" (found {[p.name for p in candidates]})"
        )
    if path.suffix == ".parquet":
        return _load_parquet(path), path.parent
    if path.suffix in (".json", ".jsonl"):
        return read_json_records(path), path.parent
    raise DatasetError(f"{path}: unsupported file type {path.suffix!r}; expected .json, .jsonl or .parquet")


# a `configs:` key in a dataset card's YAML front matter (the block between the first two `---` lines)
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", flags=re.S)
_CONFIGS_KEY = re.compile(r"^configs\s*:", flags=re.M)


def _is_hub_snapshot(folder: Path) -> bool:
    """Whether `folder` is a local copy of a Hugging Face dataset repo (what `load_dataset(folder)` reads):
    its `README.md` declares `configs:`, or `data/` holds parquet/arrow files (MATH-V's `data/test-*`)."""
    readme = folder / "README.md"
    if readme.is_file():
        front = _FRONT_MATTER.match(readme.read_text(encoding="utf-8", errors="replace"))
        if front and _CONFIGS_KEY.search(front.group(1)):
            return True
    data = folder / "data"
    return data.is_dir() and any(p.suffix in (".parquet", ".arrow") for p in data.rglob("*"))


def _load_dataset(source: str | Path, hf_config: str | None, split: str) -> list[dict[str, Any]]:
    """`datasets.load_dataset(source, hf_config, split=split)`: `source` is a Hub name or a snapshot
    folder of that Hub repo, read the same way (its card's `configs:`, else its `data/` file names)."""
    from mmeval._extras import require

    datasets = require("datasets", "data")
    try:
        ds = datasets.load_dataset(str(source), hf_config, split=split)
    except Exception as exc:
        # network, unknown config or split, offline mode: say what failed and how to avoid it
        asked = f"config {hf_config or 'default'!r}, split {split!r}"
        if isinstance(source, Path):
            raise DatasetError(
                f"{source}: could not load {asked} from this dataset repo snapshot "
                f"({_snapshot_contents(datasets, source)}): {exc}"
            ) from exc
        raise DatasetError(
            f"could not load {source} ({asked}) from the Hub: {exc}; pass --data PATH to use a local copy"
        ) from exc
    return [dict(r) for r in ds]


def _snapshot_contents(datasets: Any, folder: Path) -> str:
    """The configs and splits `datasets` finds in a snapshot: "has config 'default' with splits [...]"."""
    try:
        configs = datasets.get_dataset_config_names(str(folder))
        return "has " + "; ".join(
            f"config {c!r} with splits {datasets.get_dataset_split_names(str(folder), c)}" for c in configs
        )
    except Exception:  # the load's own error follows: only hint at the usual cause
        return (
            "its configs and splits could not be listed: does every data file pattern of its README.md "
            "configs: match files? (a partial download does not)"
        )


def _load_from_disk(path: Path, split: str) -> list[dict[str, Any]]:
    from mmeval._extras import require

    datasets = require("datasets", "data")
    ds = datasets.load_from_disk(str(path))
    if isinstance(ds, datasets.DatasetDict):
        if split not in ds:
            raise DatasetError(f"{path}: split {split!r} not in the saved DatasetDict (has {list(ds)})")
        ds = ds[split]
    return [dict(r) for r in ds]


def _load_parquet(path: Path) -> list[dict[str, Any]]:
    from mmeval._extras import require

    pd = require("pandas", "data")
    try:
        frame = pd.read_parquet(path)
    except Exception as exc:
        raise DatasetError(f"{path}: not a readable parquet file: {exc}") from exc
    return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def _plain(value: Any) -> Any:
    """numpy arrays/scalars from pandas -> Python lists/scalars (choices come back as arrays)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def read_json_records(path: str | Path) -> list[dict[str, Any]]:
    """Records of a JSON list, a JSON dict keyed by id (values are the records) or a JSONL file.

    Errors name the file and line: a malformed file is exit code 2, never a traceback."""
    path = Path(path)
    try:  # the shared reader names file:line:column of a non-UTF-8 byte
        text = read_text(path, "the benchmark's JSON/JSONL records")
    except UsageError as exc:
        raise DatasetError(str(exc)) from None
    if path.suffix == ".jsonl":
        rows = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(
                    f"{path}:{lineno}: not valid JSON ({exc.msg}); expected one object per line"
                ) from exc
            if not isinstance(row, dict):
                raise DatasetError(f"{path}:{lineno}: expected a JSON object, got {type(row).__name__}")
            rows.append(row)
        return rows
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    if isinstance(obj, dict):
        if all(isinstance(v, dict) for v in obj.values()):
            return list(obj.values())
        raise DatasetError(f"{path}: expected a list of records or a dict of id -> record")
    if not isinstance(obj, list) or not all(isinstance(r, dict) for r in obj):
        raise DatasetError(f"{path}: expected a list of JSON objects")
    return obj


def resolve_images(record: dict[str, Any], fields: tuple[str, ...], root: Path | None) -> list[Any]:
    """The record's images, in field order: PIL images as they are, `{"bytes"/"path"}` dicts decoded,
    relative paths resolved under `root` (kept as paths, opened lazily by the backend). Missing -> skipped.
    A path column whose decoded column gave an image is that image again (`_DECODED_COLUMNS`): skipped."""
    images: list[Any] = []
    decoded: set[str] = set()
    for name in fields:
        value = record.get(name)
        if value is None or value == "" or name in decoded:
            continue
        if isinstance(value, dict):
            img = _from_dict(value, root)
        elif isinstance(value, (str, os.PathLike)):
            img = _existing(Path(value), root)
        else:
            img = value  # a PIL image (Hub rows, save_to_disk) or similar
        if img is not None:
            images.append(img)
            decoded.update(_DECODED_COLUMNS.get(name, ()))
    return images


# Hub copies of MathVista and MATH-V hold each image twice: the pixels (`decoded_image`) and the path of
# the same file in their `images.zip` (`image`); once that archive is unpacked both would be found.
_DECODED_COLUMNS = {"decoded_image": ("image",)}


def _from_dict(value: dict[str, Any], root: Path | None) -> Any:
    if value.get("bytes"):
        from mmeval._extras import require

        image_mod = require("PIL.Image", "data")
        return image_mod.open(io.BytesIO(value["bytes"]))
    if value.get("path"):
        return _existing(Path(value["path"]), root)
    return None


def _existing(path: Path, root: Path | None) -> Path | None:
    for candidate in ([path] if path.is_absolute() else []) + ([root / path] if root else []):
        if candidate.is_file():
            return candidate
    return None


def fixture_path(benchmark: str) -> Path:
    """The folder of the small fixture shipped for `benchmark` (`mmeval/data/fixtures/<benchmark>`)."""
    path = Path(__file__).resolve().parent.parent / "data" / "fixtures" / benchmark
    if not path.is_dir():
        raise DatasetError(f"no fixture shipped for {benchmark!r} (looked in {path})")
    return path
