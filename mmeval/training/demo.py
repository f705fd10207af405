"""A synthetic digit task a tiny random policy sometimes gets right: the CPU smoke test's data.

Each 56x56 image shows one digit drawn large in white on a background colour of its own; the prompt asks
which digit is shown; the gold is the digit. The randomly initialised tiny Qwen2.5-VL
(`mmeval.models.tiny_model`) emits a digit now and then by chance, so mmeval's accuracy reward is
sometimes 1 and some groups are informative: the difficulty filter keeps them and the policy gets a
gradient. K12-style problems would leave every group all-wrong (filtered, loss 0).
`scripts/learning_signal.py` trains on the same task for 200 steps and shows the policy learning it.

    python -m mmeval.training.demo /tmp/digits   # writes /tmp/digits/train.jsonl and digit_N.png
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from mmeval._extras import require

__all__ = ["write_digit_task"]

COLOURS = [(200, 30, 30), (30, 140, 40), (40, 60, 200), (160, 40, 160), (200, 140, 20)]


def write_digit_task(
    folder: str | Path, digits: tuple[int, ...] = (1, 2, 3), n_rows: int = 64, seed: int = 0
) -> Path:
    """Digit images and `train.jsonl` of plain rows `{id, question, image, answer}`; returns the JSONL."""
    pil_image = require("PIL.Image", "data")
    from PIL import ImageDraw, ImageFont

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    font = ImageFont.load_default(size=40)
    for d in digits:
        image = pil_image.new("RGB", (56, 56), COLOURS[d % len(COLOURS)])
        ImageDraw.Draw(image).text((16, 4), str(d), fill=(255, 255, 255), font=font)
        image.save(folder / f"digit_{d}.png")
    rng = random.Random(seed)
    rows = []
    for i in range(n_rows):
        d = rng.choice(digits)
        rows.append({"id": f"digit-{i}", "question": "Which digit is shown?", "image": f"digit_{d}.png",
                     "answer": str(d)})  # fmt: skip
    path = folder / "train.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


if __name__ == "__main__":  # python -m mmeval.training.demo OUT_DIR [--rows N] [--seed S]
    import argparse

    parser = argparse.ArgumentParser(prog="python -m mmeval.training.demo")
    parser.add_argument("out_dir")
    parser.add_argument("--rows", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(write_digit_task(args.out_dir, n_rows=args.rows, seed=args.seed))
