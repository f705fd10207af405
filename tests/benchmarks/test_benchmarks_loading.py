"""Loaders: the benchmark's own JSON/JSONL + image folder, a `save_to_disk` copy and a parquet copy
(both built here from the shipped fixture with `datasets`), and clear errors for bad data."""

import json

import pytest
from PIL import Image

from mmeval.benchmarks import DatasetError, fixture_path, get_benchmark
from mmeval.benchmarks.loading import read_json_records


def _hub_style_dataset(name: str, split: str, image_column: str):
    """The fixture as the Hub serves it: records plus a decoded image column."""
    import datasets

    bench = get_benchmark(name)
    items = bench.load(split, fixture_path(name))
    rows = [{**item.meta, image_column: Image.open(item.images[0]).convert("RGB")} for item in items]
    if name == "mathvista":  # the Hub copy has no local image paths
        rows = [{**r, "image": f"images/{r['pid']}.jpg", "choices": r["choices"] or []} for r in rows]
    ds = datasets.Dataset.from_list(rows)
    return ds.cast_column(image_column, datasets.Image()), items


@pytest.mark.parametrize(
    ("name", "split", "column"),
    [("mathvista", "testmini", "decoded_image"), ("mathvision", "testmini", "decoded_image")],
)
def test_save_to_disk_copy_loads_with_images(tmp_path, name, split, column):
    import datasets

    ds, items = _hub_style_dataset(name, split, column)
    datasets.DatasetDict({split: ds}).save_to_disk(str(tmp_path / "copy"))
    loaded = get_benchmark(name).load(split, tmp_path / "copy")
    assert [i.id for i in loaded] == [i.id for i in items]
    assert [i.gold for i in loaded] == [i.gold for i in items]
    assert all(isinstance(i.images[0], Image.Image) for i in loaded)
    bench = get_benchmark(name)
    assert all(bench.score(i, i.gold).correct for i in loaded)


def test_parquet_copy_loads_images_from_bytes(tmp_path):
    ds, items = _hub_style_dataset("mathvista", "testmini", "decoded_image")
    ds.to_parquet(str(tmp_path / "testmini.parquet"))
    bench = get_benchmark("mathvista")
    for data in (tmp_path / "testmini.parquet", tmp_path):  # the file, or a folder holding <split>.parquet
        loaded = bench.load("testmini", data)
        assert [i.id for i in loaded] == [i.id for i in items]
        assert all(isinstance(i.images[0], Image.Image) for i in loaded)
        assert loaded[0].choices is None and loaded[1].choices == items[1].choices


def test_dataset_without_images_is_a_clear_error(tmp_path):
    src = fixture_path("mathvision") / "testmini.jsonl"
    (tmp_path / "testmini.jsonl").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")  # no images/
    bench = get_benchmark("mathvision")
    with pytest.raises(DatasetError, match="names an image but none was found"):
        bench.load("testmini", tmp_path / "testmini.jsonl")
    assert len(bench.load("testmini", tmp_path / "testmini.jsonl", require_images=False)) == 8  # scoring only


def test_malformed_files_name_file_and_line(tmp_path):
    bad = tmp_path / "test.jsonl"
    bad.write_text('{"id": "1"}\n{"id": 2,\n', encoding="utf-8")
    with pytest.raises(DatasetError, match=r"test\.jsonl:2: not valid JSON"):
        read_json_records(bad)
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"a": 1}), encoding="utf-8")
    with pytest.raises(DatasetError, match="expected a list of records"):
        read_json_records(odd)
    with pytest.raises(DatasetError, match="no such file"):
        get_benchmark("mathvista").load("testmini", tmp_path / "missing.json")
    with pytest.raises(DatasetError, match="unsupported file type"):
        (tmp_path / "x.csv").write_text("a,b\n", encoding="utf-8")
        get_benchmark("mathvista").load("testmini", tmp_path / "x.csv")


def test_unknown_split_and_hub_without_network():
    bench = get_benchmark("mathvision")
    with pytest.raises(DatasetError, match="unknown split 'dev'"):
        bench.load("dev")
    with pytest.raises(DatasetError, match="pass --data PATH"):
        bench.load("testmini")  # HF_HUB_OFFLINE=1 in tests: the Hub path fails with a hint


def test_query_json_beside_a_local_mathvista_copy(tmp_path):
    records = json.loads((fixture_path("mathvista") / "testmini.json").read_text(encoding="utf-8"))
    queries = {pid: r.pop("query") for pid, r in records.items()}
    (tmp_path / "testmini.json").write_text(json.dumps(records), encoding="utf-8")
    bench = get_benchmark("mathvista")
    items = bench.load("testmini", tmp_path / "testmini.json", require_images=False)
    with pytest.raises(DatasetError, match="query"):
        bench.prompt(items[0])
    (tmp_path / "query.json").write_text(json.dumps(queries), encoding="utf-8")
    items = bench.load("testmini", tmp_path / "testmini.json", require_images=False)
    assert bench.prompt(items[0]).text == queries[items[0].id]
