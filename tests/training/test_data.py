"""MM-Eureka row formats -> TRL rows; bad golds skipped with a reason; malformed files name the line."""

from __future__ import annotations

import json

import pytest
from conftest import K12_ROWS, write_internvl_rows, write_qwen_rows

from mmeval.training.data import DEFAULT_SYSTEM_PROMPT, DataError, normalise_row, prepare_dataset


def test_qwen_style_rows_become_trl_rows(tmp_path):
    path = write_qwen_rows(tmp_path / "q.jsonl", system="Think first.")
    dataset, report = prepare_dataset(path)
    assert len(dataset) == len(K12_ROWS) and not report.skipped
    row = dataset[0]
    assert row["prompt"][0] == {"role": "system", "content": "Think first."}  # the row's own system turn kept
    assert row["prompt"][1]["role"] == "user" and row["prompt"][1]["content"] == K12_ROWS[0]["question"]
    assert row["answer"] == K12_ROWS[0]["answer"]
    assert len(row["images"]) == 1 and row["images"][0].size[0] > 0  # decoded to PIL by datasets


def test_internvl_style_rows_strip_image_markers_and_add_the_system_prompt(tmp_path):
    dataset, _ = prepare_dataset(write_internvl_rows(tmp_path / "i.jsonl"))
    first = dataset[0]
    assert first["prompt"][0] == {"role": "system", "content": DEFAULT_SYSTEM_PROMPT}
    assert "<image>" not in first["prompt"][1]["content"]
    assert len(first["images"]) == 1


def test_plain_rows_with_relative_image_paths(tmp_path):
    from conftest import FIXTURE_IMAGES

    (tmp_path / "img.jpg").write_bytes(next(FIXTURE_IMAGES.glob("*.jpg")).read_bytes())
    rows = [{"problem": "What is 2+2?", "solution": "4", "image": "img.jpg", "choices": ["3", "4"]}]
    (tmp_path / "plain.json").write_text(json.dumps(rows))
    dataset, _ = prepare_dataset(tmp_path / "plain.json", system_prompt="")
    assert dataset[0]["prompt"] == [{"role": "user", "content": "What is 2+2?"}]
    assert dataset[0]["choices"] == ["3", "4"] and dataset[0]["answer"] == "4"


def test_unparseable_gold_and_missing_image_are_reported_and_skipped(tmp_path):
    rows = [*K12_ROWS, {"id": "bad-gold", "question": "q", "answer": "9" * 2000}]
    path = write_qwen_rows(tmp_path / "q.jsonl", rows=rows)
    lines = path.read_text().splitlines()
    broken = json.loads(lines[0])
    broken["id"] = "no-image"
    broken["message"] = broken["message"].replace("file://", "file:///nonexistent")
    path.write_text("\n".join([*lines, json.dumps(broken)]) + "\n")
    dataset, report = prepare_dataset(path)
    assert len(dataset) == len(K12_ROWS)
    reasons = {s["id"]: s["reason"] for s in report.skipped}
    assert reasons["bad-gold"].startswith("gold answer does not parse")
    assert reasons["no-image"].startswith("image file not found")


def test_long_prompts_are_skipped_by_token_count(tmp_path, tiny_model_dir):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    rows = [*K12_ROWS, {"id": "long", "question": "x + 1 = 2. " * 400, "answer": "1"}]
    _, report = prepare_dataset(
        write_qwen_rows(tmp_path / "q.jsonl", rows=rows), tokenizer=tokenizer, max_prompt_length=300
    )
    assert [s["id"] for s in report.skipped] == ["long"]


def test_malformed_input_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "question": "q", "answer": "1"}\n{not json}\n')
    with pytest.raises(DataError, match=r"bad.jsonl:2: expected one JSON object per line"):
        prepare_dataset(path)
    with pytest.raises(DataError, match=r"where: expected an answer field"):
        normalise_row({"question": "q"}, "where", tmp_path, None)
    with pytest.raises(DataError, match="'message' must be a JSON string"):
        normalise_row({"message": "[oops", "answer": "1"}, "w", tmp_path, None)
