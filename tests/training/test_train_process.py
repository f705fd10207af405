"""`python -m mmeval train` as a real process: the README's CPU smoke test, which must train something.

The command is the README's (tiny random model, the digit demo task, mmeval's own rewards) plus
`--no-freeze-vision`: the vision tower's weights must then move with the language model's (the
in-process end-to-end test checks the default, frozen, case).
"""

from __future__ import annotations

import json

import pytest
from safetensors.torch import load_file

from mmeval.training.demo import write_digit_task

pytestmark = pytest.mark.slow

SMOKE_FLAGS = ["--cpu", "--max-steps", "2", "--num-generations", "8", "--per-device-batch-size", "64",
               "--max-completion-length", "16", "--lr", "1e-4", "--warmup-ratio", "0"]  # fmt: skip


def test_train_process_trains_and_writes_the_run_folder(tmp_path, tiny_model_dir, harness):
    data = write_digit_task(tmp_path / "digits")
    run = tmp_path / "rl"
    proc = harness.run_cli("train", "--model", str(tiny_model_dir), "--data", str(data), "--output-dir", str(run),
                   *SMOKE_FLAGS, "--no-freeze-vision", timeout=900)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"final policy: {run / 'final'}" in proc.stdout

    rows = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in rows] == [1, 2]
    # Each step the random policy got a few digits right: some group was mixed, kept and trained on.
    for row in rows:
        assert 0 < row["accuracy_before_filter"] < 1 and row["filtered_fraction"] < 1
        assert (
            row["accuracy_reward"] > row["accuracy_before_filter"]
        )  # the kept groups are the right-ish ones

    final = run / "final"
    assert (final / "processor_config.json").exists() and (final / "tokenizer.json").exists()
    saved = json.loads((final / "mmeval_train_config.json").read_text())
    assert saved["recipe"]["freeze_vision"] is False and saved["run"]["train_rows"] == 64
    before, after = load_file(tiny_model_dir / "model.safetensors"), load_file(final / "model.safetensors")
    changed = {name for name in before if not (before[name] == after[name]).all()}
    visual = {name for name in before if ".visual." in f".{name}"}
    assert changed & visual and changed - visual  # --no-freeze-vision: both towers trained
