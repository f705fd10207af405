"""`--data` pointing at a local snapshot of a benchmark's Hugging Face dataset repo (`huggingface-cli
download --repo-type dataset ...` or `git clone`): each snapshot is built here from the shipped fixture in
that repo's real layout (README.md `configs:`, parquet shards, an `Image()` column with real image bytes)
and must load through `datasets.load_dataset` with the Hub's own config and split."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from mmeval.benchmarks import DatasetError, fixture_path, get_benchmark
from mmeval.benchmarks.loading import read_json_records

datasets = pytest.importorskip("datasets")

MATHVISTA_CARD = """configs:
- config_name: default
  data_files:
  - split: testmini
    path: data/testmini-*
  - split: test
    path: data/test-*
"""
MATHVERSE_CARD = """configs:
- config_name: testmini
  data_files:
  - split: testmini
    path: testmini.parquet
- config_name: testmini_text_only
  data_files:
  - split: testmini_text_only
    path: testmini_text_only.parquet
"""
OLYMPIAD_CONFIGS = (
    "OE_MM_maths_en_COMP",
    "OE_MM_maths_zh_COMP",
    "OE_MM_physics_en_COMP",
    "OE_TO_maths_en_COMP",
)


@pytest.fixture(autouse=True)
def datasets_cache(tmp_path, monkeypatch):
    """`load_dataset` converts a snapshot into its cache: keep that cache inside the test's folder."""
    cache = tmp_path / "hf_datasets_cache"
    monkeypatch.setenv("HF_DATASETS_CACHE", str(cache))  # for the `python -m mmeval` subprocesses
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", str(cache))


@pytest.fixture
def load_dataset_calls(monkeypatch) -> list[tuple[Any, ...]]:
    """The (path, config, split) of every `datasets.load_dataset` call, passed through unchanged."""
    calls: list[tuple[Any, ...]] = []
    real = datasets.load_dataset

    def spy(path, name=None, *, split=None, **kwargs):
        calls.append((path, name, split))
        return real(path, name, split=split, **kwargs)

    monkeypatch.setattr(datasets, "load_dataset", spy)
    return calls


def _write_card(folder: Path, configs_yaml: str) -> None:
    """A dataset card as on the Hub: YAML front matter with `configs:`, then prose."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text(
        f"---\n{configs_yaml}license: mit\n---\n# Dataset card\n", encoding="utf-8"
    )


def _with_image_bytes(rows: list[dict], root: Path, source: str, target: str) -> list[dict]:
    """Rows whose `target` column holds the bytes of the fixture image named in `source` (None if none)."""
    out = []
    for row in rows:
        rel = row.get(source)
        cell = {"bytes": (root / rel).read_bytes(), "path": Path(rel).name} if rel else None
        out.append({**row, target: cell})
    return out


def _parquet(rows: list[dict], path: Path, image_columns: tuple[str, ...]) -> None:
    ds = datasets.Dataset.from_list(rows)
    for column in image_columns:
        ds = ds.cast_column(column, datasets.Image())
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.to_parquet(str(path))


def _summary(items) -> list[tuple[str, str, list[str] | None, int]]:
    """(id, gold, choices, number of images) of each item."""
    return [(i.id, i.gold, i.choices, len(i.images)) for i in items]


def _expected(name: str, split: str) -> list[tuple[str, str, list[str] | None, int]]:
    """The `_summary` of the shipped fixture, loaded the benchmark's own way (its JSON + image files)."""
    return _summary(get_benchmark(name).load(split, fixture_path(name)))


def _all_real_images(items) -> bool:
    return all(isinstance(img, Image.Image) and min(img.size) > 0 for i in items for img in i.images)


def mathvista_snapshot(folder: Path) -> Path:
    """AI4Math/MathVista: README configs, `data/testmini-00000-of-00001-<hash>.parquet`, the test split in
    two shards, and the top-level JSON files and `images.zip` that are not the records."""
    root = fixture_path("mathvista")
    rows = _with_image_bytes(read_json_records(root / "testmini.json"), root, "image", "decoded_image")
    _write_card(folder, MATHVISTA_CARD)
    _parquet(rows, folder / "data" / "testmini-00000-of-00001-725687bf7a18d64b.parquet", ("decoded_image",))
    test_rows = [{**r, "answer": ""} for r in rows]  # the test split's answers are withheld
    for shard, part in enumerate((test_rows[:4], test_rows[4:])):
        _parquet(
            part, folder / "data" / f"test-0000{shard}-of-00002-6b81bd7f7e2065e6.parquet", ("decoded_image",)
        )
    (folder / "annot_testmini.json").write_text(
        json.dumps({r["pid"]: r for r in read_json_records(root / "testmini.json")}), encoding="utf-8"
    )
    (folder / "source.json").write_text(json.dumps({"1": {"source": "SciBench"}}), encoding="utf-8")
    with zipfile.ZipFile(folder / "images.zip", "w") as zf:
        zf.write(root / "images" / "1.jpg", "images/1.jpg")
    return folder


def mathvision_snapshot(folder: Path, splits: tuple[str, ...] = ("testmini", "test")) -> Path:
    """MathLLMs/MathVision: `data/<split>-00000-of-00001-<hash>.parquet` (splits from the file names)."""
    root = fixture_path("mathvision")
    rows = _with_image_bytes(read_json_records(root / "testmini.jsonl"), root, "image", "decoded_image")
    for split in splits:
        _parquet(
            rows, folder / "data" / f"{split}-00000-of-00001-3532b8d3f1b4047a.parquet", ("decoded_image",)
        )
    return folder


def test_mathvista_snapshot_loads_with_images_and_queries(tmp_path, load_dataset_calls):
    folder = mathvista_snapshot(tmp_path / "MathVista")
    bench = get_benchmark("mathvista")
    items = bench.load("testmini", folder)
    assert load_dataset_calls == [(str(folder), None, "testmini")]
    assert _summary(items) == _expected("mathvista", "testmini")
    assert _all_real_images(items)
    queries = {
        pid: r["query"]
        for pid, r in json.loads((fixture_path("mathvista") / "testmini.json").read_text()).items()
    }
    assert [bench.prompt(i).text for i in items] == [queries[i.id] for i in items]  # the snapshot's own query
    test = bench.load("test", folder)  # two shards; `data/test-*` must not take the testmini shard
    assert [i.id for i in test] == [i.id for i in items] and {i.gold for i in test} == {""}


def test_mathvision_snapshot_without_a_card_loads_each_split(tmp_path, load_dataset_calls):
    folder = mathvision_snapshot(tmp_path / "MathVision")
    items = get_benchmark("mathvision").load("testmini", folder)
    assert load_dataset_calls == [(str(folder), None, "testmini")]
    assert _summary(items) == _expected("mathvision", "testmini")
    assert _all_real_images(items)
    assert len(get_benchmark("mathvision").load("test", folder)) == len(items)


def test_image_paths_in_a_snapshot_resolve_under_its_folder(tmp_path):
    """A snapshot with image path strings (no decoded column) and the images unpacked beside it."""
    root, folder = fixture_path("mathvision"), tmp_path / "MathVision"
    _parquet(
        read_json_records(root / "testmini.jsonl"), folder / "data" / "testmini-00000-of-00001.parquet", ()
    )
    shutil.copytree(root / "images", folder / "images")
    items = get_benchmark("mathvision").load("testmini", folder)
    assert [img for i in items for img in i.images] == [folder / "images" / f"{i.id}.jpg" for i in items]


def test_mathverse_snapshot_uses_the_config_named_after_the_split(tmp_path, load_dataset_calls):
    root, folder = fixture_path("mathverse"), tmp_path / "MathVerse"
    _write_card(folder, MATHVERSE_CARD)
    rows = _with_image_bytes(read_json_records(root / "testmini.json"), root, "image", "image")
    _parquet(rows, folder / "testmini.parquet", ("image",))
    _parquet(read_json_records(root / "testmini_text_only.json"), folder / "testmini_text_only.parquet", ())
    bench = get_benchmark("mathverse")
    for split in ("testmini", "testmini_text_only"):
        items = bench.load(split, folder)
        assert _summary(items) == _expected("mathverse", split)
        assert _all_real_images(items)
    assert load_dataset_calls == [(str(folder), s, s) for s in ("testmini", "testmini_text_only")]


def test_olympiadbench_snapshot_reads_each_config_train_split(tmp_path, load_dataset_calls):
    root, folder = fixture_path("olympiadbench"), tmp_path / "OlympiadBench"
    card = "configs:\n" + "".join(
        f"- config_name: {c}\n  data_files: OlympiadBench/{c}/{c}.parquet\n" for c in OLYMPIAD_CONFIGS
    )
    _write_card(folder, card)
    columns = tuple(f"image_{n}" for n in range(1, 6))
    for config in OLYMPIAD_CONFIGS:
        rows = read_json_records(root / f"{config}.json")
        for column in columns:
            rows = _with_image_bytes(rows, root, column, column)
        _parquet(rows, folder / "OlympiadBench" / config / f"{config}.parquet", columns)
    bench = get_benchmark("olympiadbench")
    for config in OLYMPIAD_CONFIGS:
        items = bench.load(config, folder)
        assert _summary(items) == _expected("olympiadbench", config), config
        assert _all_real_images(items)
    assert load_dataset_calls == [(str(folder), c, "train") for c in OLYMPIAD_CONFIGS]
    with pytest.raises(DatasetError, match=r"config 'OE_MM_physics_zh_CEE'.*OE_MM_maths_en_COMP"):
        bench.load("OE_MM_physics_zh_CEE", folder)  # a config the snapshot does not have: say which it has


def _score(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mmeval", "score", *args], capture_output=True, text=True)


def test_score_with_a_snapshot_as_data(tmp_path):
    folder = mathvision_snapshot(tmp_path / "MathVision")
    golds = {i.id: i.gold for i in get_benchmark("mathvision").load("testmini", fixture_path("mathvision"))}
    right = sorted(golds)[:5]
    preds = tmp_path / "preds.jsonl"
    lines = [{"id": i, "response": f"\\boxed{{{g if i in right else 'no idea'}}}"} for i, g in golds.items()]
    preds.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    proc = _score("--bench", "mathvision", "--split", "testmini", "--predictions", str(preds),
                  "--data", str(folder), "--json")  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    res = json.loads(proc.stdout)
    assert (res["n"], res["n_correct"]) == (8, 5)


def test_snapshot_without_the_split_is_exit_2_naming_what_it_has(tmp_path):
    folder = mathvision_snapshot(tmp_path / "MathVision", splits=("testmini",))
    preds = tmp_path / "preds.jsonl"
    preds.write_text(json.dumps({"id": "4", "response": "6"}) + "\n", encoding="utf-8")
    proc = _score(
        "--bench", "mathvision", "--split", "test", "--predictions", str(preds), "--data", str(folder)
    )
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert str(folder) in proc.stderr and "split 'test'" in proc.stderr
    assert "with splits ['testmini']" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_partial_snapshot_error_points_at_missing_files(tmp_path):
    folder = mathvista_snapshot(tmp_path / "MathVista")
    for shard in (folder / "data").glob("test-*"):  # only testmini downloaded; the card still lists test
        shard.unlink()
    with pytest.raises(
        DatasetError, match=r"MathVista: could not load config 'default', split 'testmini'.*partial"
    ):
        get_benchmark("mathvista").load("testmini", folder)


def test_unpacked_images_zip_does_not_double_the_images(tmp_path):
    """The snapshot's `images.zip` unpacked beside it: `image` paths exist, but they are `decoded_image`."""
    folder = mathvista_snapshot(tmp_path / "MathVista")
    shutil.copytree(fixture_path("mathvista") / "images", folder / "images")
    items = get_benchmark("mathvista").load("testmini", folder)
    assert [len(i.images) for i in items] == [1] * 8 and _all_real_images(items)
