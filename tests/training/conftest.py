"""Training-test data: a few real K12 problems (MM-Eureka's K12 test set, Apache-2.0, copied from
ModalMinds/MM-EUREKA `eval/k12/k12.json`) written in MM-Eureka's row formats, with real K12 images
(the downscaled copies shipped in `mmeval/data/fixtures/mathvista/images`, same source and licence)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mmeval

FIXTURE_IMAGES = Path(mmeval.__file__).parent / "data" / "fixtures" / "mathvista" / "images"

K12_ROWS = [
    {
        "id": "256989c1-5212-40b6-adde-6fa2d2cc452c",
        "question": "As shown in the figure, in triangle ABC, ∠C = 90°, point D is on BC, DE ⊥ AB at E, and AE = EB, DE = DC, then the measure of ∠B is.",
        "answer": "30°",
    },
    {
        "id": "6ebe2caa-0fb1-4b3b-9453-eef91f5cc6b7",
        "question": "As shown in the figure, AB is the diameter of circle O, and the chord CD is parallel to AB. If angle ABC = 65°, then angle ACD = ______.",
        "answer": "25°.",
    },
    {
        "id": "dff9a53c-ee62-4ddf-9fec-9848adf5d156",
        "question": "The three views of a certain quadrilateral pyramid are shown in the diagram, then the volume of this quadrilateral pyramid is___.",
        "answer": "$$3$$",
    },
    {
        "id": "39a4a149-bc16-4bdd-99b8-7f8a81427e84",
        "question": "As shown in the figure, ∠ACD is an exterior angle of triangle ABC. If ∠ACD=125°, ∠A=75°, then find ∠B=°.",
        "answer": "50",
    },
]


def _images() -> list[Path]:
    return sorted(FIXTURE_IMAGES.glob("*.jpg"))


def write_qwen_rows(path: Path, rows: list[dict] | None = None, system: str | None = None) -> Path:
    """MM-Eureka Qwen style: {id, message (JSON string of the chat, images as file:// paths), answer}."""
    images = _images()
    lines = []
    for i, row in enumerate(rows or K12_ROWS):
        content = [
            {"type": "image", "image": f"file://{images[i % len(images)]}"},
            {"type": "text", "text": row["question"]},
        ]
        chat = ([{"role": "system", "content": system}] if system else []) + [
            {"role": "user", "content": content}
        ]
        lines.append(json.dumps({"id": row["id"], "message": json.dumps(chat), "answer": row["answer"]}))
    path.write_text("\n".join(lines) + "\n")
    return path


def write_internvl_rows(path: Path, rows: list[dict] | None = None) -> Path:
    """MM-Eureka InternVL style: {id, conversations, answer, image_urls}."""
    images = _images()
    lines = []
    for i, row in enumerate(rows or K12_ROWS):
        conversations = [{"from": "human", "value": "<image>\n" + row["question"]}]
        record = {"id": row["id"], "conversations": conversations, "answer": row["answer"]}
        record["image_urls"] = [f"file://{images[i % len(images)]}"]
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def qwen_rows(tmp_path: Path) -> Path:
    return write_qwen_rows(tmp_path / "qwen.jsonl")
