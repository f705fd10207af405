"""Learning signal: `mmeval train` teaches the tiny random VLM to read a digit drawn in an image, on CPU.

Task (synthetic, written by `mmeval.training.demo`, the CPU smoke test's data too): each image shows one digit from `--digits` drawn large in white on a
background colour of its own; the prompt asks which digit is shown; the gold is the digit. The reward is
mmeval's verifier accuracy (plus the format reward at weight 0, logged only): a completion earns 1.0 when
the verifier extracts the right number from it. The randomly initialised policy first has to learn to emit
a digit at all (rare in a 400-token vocabulary), then to emit the one in the image.

It runs the real pipeline (`mmeval.training.train.train`: data preparation, TRL GRPOTrainer, difficulty
filter, metrics.jsonl) with a recipe scaled for a tiny model: short completions, a large learning rate.
Not a CI test: about 10 minutes on 2 CPU cores.

    python scripts/learning_signal.py --out docs/learning_signal
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def make_task(folder: Path, digits: list[int], n_rows: int, seed: int) -> Path:
    """Images of digits and a JSONL of plain rows {id, question, image, answer} (`mmeval.training.demo`)."""
    from mmeval.training.demo import write_digit_task

    return write_digit_task(folder, tuple(digits), n_rows=n_rows, seed=seed)


def cached_rewards(recipe) -> list:
    """mmeval's [accuracy, format] rewards with a cache: grading is deterministic and this task's
    one-token responses repeat, so each distinct (response, gold) pair is graded once."""

    from mmeval.training.train import reward_functions

    accuracy, format_ = reward_functions(recipe)

    @functools.cache
    def one(text: str, gold: str) -> float:
        return accuracy([[{"role": "assistant", "content": text}]], answer=[gold])[0]

    def accuracy_reward(completions, answer, **kwargs):
        return [one(c[-1]["content"], a) for c, a in zip(completions, answer, strict=True)]

    return [accuracy_reward, format_]


def summarise(metrics_path: Path, window: int) -> dict:
    rows = [json.loads(line) for line in metrics_path.read_text().splitlines()]
    rows = [r for r in rows if r.get("accuracy_before_filter") is not None]
    acc = [r["accuracy_before_filter"] for r in rows]

    def mean(xs):
        return round(sum(xs) / len(xs), 3) if xs else None

    return {
        "steps": len(rows),
        f"accuracy_first_{window}_steps": mean(acc[:window]),
        f"accuracy_last_{window}_steps": mean(acc[-window:]),
        "filtered_fraction_mean": mean([r["filtered_fraction"] for r in rows]),
    }


def plot(metrics_path: Path, out_png: Path, window: int = 10) -> None:
    """Accuracy before filtering (with a moving average), filtered fraction and entropy against step."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [json.loads(line) for line in metrics_path.read_text().splitlines()]
    rows = [r for r in rows if r.get("accuracy_before_filter") is not None]
    steps = [r["step"] for r in rows]
    acc = [r["accuracy_before_filter"] for r in rows]
    smooth = [
        sum(acc[max(0, i - window + 1) : i + 1]) / len(acc[max(0, i - window + 1) : i + 1])
        for i in range(len(acc))
    ]
    fig, axes = plt.subplots(1, 3, figsize=(12, 3.2), layout="constrained")
    axes[0].plot(steps, acc, alpha=0.35, label="per step")
    axes[0].plot(steps, smooth, label=f"{window}-step mean")
    axes[0].set_title("accuracy reward (all samples, before filter)", fontsize=10)
    axes[0].legend(fontsize=8)
    axes[1].plot(steps, [r["filtered_fraction"] for r in rows])
    axes[1].set_title("filtered fraction of groups", fontsize=10)
    axes[2].plot(steps, [r.get("entropy") for r in rows])
    axes[2].set_title("policy entropy (nats/token)", fontsize=10)
    for ax in axes:
        ax.set_xlabel("step", fontsize=8)
        ax.grid(alpha=0.3)
    fig.savefig(out_png, dpi=110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", default="docs/learning_signal", help="where metrics.jsonl and summary.json go"
    )
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--digits", default="1,2,3")
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--plot-only", action="store_true", help="redraw the figure from --out/metrics.jsonl")
    args = parser.parse_args(argv)
    if args.plot_only:
        plot(Path(args.out) / "metrics.jsonl", Path(args.out) / "learning_signal.png")
        return 0

    from mmeval.models.tiny_model import build_tiny_model
    from mmeval.training import Recipe
    from mmeval.training.train import TrainOptions, train

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    digits = [int(d) for d in args.digits.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        model = build_tiny_model(tmp / "tiny", seed=args.seed)
        data = make_task(tmp / "task", digits, n_rows=1024, seed=args.seed)
        recipe = Recipe(
            num_generations=8,
            per_device_batch_size=32,  # 4 prompts x 8 samples per step (x2 drawn for the filter)
            max_completion_length=1,  # answer with one token: the digit
            learning_rate=args.lr,
            warmup_ratio=0.0,
            lr_scheduler="constant",
            format_weight=0.0,
            max_steps=args.steps,
            seed=args.seed,
        )
        options = TrainOptions(
            model=str(model),
            data=str(data),
            output_dir=str(tmp / "run"),
            system_prompt="",
            cpu=True,
            save_steps=10**6,
            save_total_limit=1,
        )
        start = time.time()
        train(recipe, options, reward_funcs=cached_rewards(recipe))
        elapsed = time.time() - start
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu_s = usage.ru_utime + usage.ru_stime
        (out / "metrics.jsonl").write_text((tmp / "run" / "metrics.jsonl").read_text())
    summary = {
        **summarise(out / "metrics.jsonl", window=30),
        "wall_s": round(elapsed, 1),
        "cpu_s": round(cpu_s, 1),
        "recipe": vars(args),
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    plot(out / "metrics.jsonl", out / "learning_signal.png")
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
