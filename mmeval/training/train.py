"""`mmeval train`: load a policy and data, wire mmeval's rewards into TRL, train, checkpoint, resume.

The run folder (`output_dir`) holds `metrics.jsonl` (run format, contract section 3),
`mmeval_train_config.json` (resolved recipe + options; also copied into each `checkpoint-N/`),
`skipped_rows.jsonl` (rows rejected before training, with the reason), TRL/transformers checkpoints
(model, optimizer, scheduler, RNG and data position) and the final policy in `final/`.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mmeval._extras import require
from mmeval.training.recipe import Recipe, save_resolved_config

__all__ = ["TrainOptions", "build_grpo_config", "load_processor", "load_model", "reward_functions", "train"]

_VISION_PARAM = re.compile(r"(^|\.)(visual|vision_tower|vision_model|vision_encoder)\.")


@dataclass(frozen=True)
class TrainOptions:
    """Where things are and how to run them (everything that is not a hyperparameter)."""

    model: str
    data: str
    output_dir: str
    resume: bool = False
    system_prompt: str | None = None  # None: the default think/answer instruction; "": none
    limit: int | None = None
    save_steps: int = 50
    save_total_limit: int | None = 3
    logging_steps: int = 1
    report_to: tuple[str, ...] = ()
    use_vllm: str = "auto"  # auto: on when a GPU and vllm are present
    vllm_mode: str = "colocate"
    cpu: bool = False
    gradient_checkpointing: bool | None = None  # None: on with a GPU
    eval_bench: tuple[str, ...] = ()
    eval_data: str | None = None
    eval_limit: int | None = 50
    eval_every: int = 0


def _vllm_enabled(options: TrainOptions) -> bool:
    import torch

    if options.use_vllm == "on":
        return True
    return (
        options.use_vllm == "auto"
        and not options.cpu
        and torch.cuda.is_available()
        and importlib.util.find_spec("vllm") is not None
    )


def build_grpo_config(recipe: Recipe, options: TrainOptions) -> Any:
    """TRL `GRPOConfig` from the recipe (hyperparameters) and the options (I/O, devices, logging)."""
    import torch

    trl = require("trl", "train")
    gpu = torch.cuda.is_available() and not options.cpu
    checkpointing = gpu if options.gradient_checkpointing is None else options.gradient_checkpointing
    # transformers 5.x renamed gradient_checkpointing (a FutureWarning on every run); 4.x knows the old name
    names = {f.name for f in dataclasses.fields(trl.GRPOConfig)}
    key = "activation_checkpointing" if "activation_checkpointing" in names else "gradient_checkpointing"
    return trl.GRPOConfig(
        output_dir=options.output_dir,
        use_cpu=options.cpu,
        bf16=gpu and torch.cuda.is_bf16_supported(),
        **{key: checkpointing},
        use_vllm=_vllm_enabled(options),
        vllm_mode=options.vllm_mode,
        logging_steps=options.logging_steps,
        save_steps=options.save_steps,
        save_total_limit=options.save_total_limit,
        report_to=list(options.report_to) or "none",
        remove_unused_columns=False,  # the reward functions read `answer` and `choices`
        **recipe.to_grpo_kwargs(),
    )


def load_processor(path: str) -> Any:
    """The checkpoint's processor, padding on the left (TRL generates from left-padded prompts)."""
    transformers = require("transformers", "hf")
    return transformers.AutoProcessor.from_pretrained(path, padding_side="left")


def load_model(path: str, freeze_vision: bool, dtype: Any = None) -> Any:
    """The policy from a local path; the vision tower frozen when asked (MM-Eureka freezes it)."""
    transformers = require("transformers", "hf")
    model = transformers.AutoModelForImageTextToText.from_pretrained(path, dtype=dtype or "auto")
    if freeze_vision:
        frozen = 0
        for name, parameter in model.named_parameters():
            if _VISION_PARAM.search(name):
                parameter.requires_grad_(False)
                frozen += 1
        if not frozen:
            raise ValueError(f"{path}: no vision-tower parameters found to freeze; pass --no-freeze-vision")
    return model


def reward_functions(recipe: Recipe) -> list[Any]:
    """[accuracy, format] from `mmeval.verifiers.rewards`, unweighted (0/1 accuracy, 0-1 format score).

    The recipe's weights go to TRL's `reward_weights` instead, so the filter and the metrics read raw
    accuracy while the advantage uses `accuracy_weight * accuracy + format_weight * format`.
    """
    from mmeval.verifiers.rewards import RewardConfig, make_trl_rewards

    return make_trl_rewards(
        RewardConfig(accuracy_weight=1.0, format_weight=1.0, format_kind=recipe.format_kind)
    )


def _write_skipped(output_dir: Path, skipped: list[dict[str, str]]) -> None:
    with (output_dir / "skipped_rows.jsonl").open("w") as handle:
        for row in skipped:
            handle.write(json.dumps(row) + "\n")


def skipped_summary(prepared: Any, details: Path) -> str:
    """One line: how many rows were skipped, out of how many, and why (reasons grouped, numbers elided)."""
    from mmeval.training.data import skip_reasons

    total = len(prepared.rows) + len(prepared.skipped)
    n = len(prepared.skipped)
    return (
        f"mmeval train: skipped {n} of {total} rows ({skip_reasons(prepared.skipped)}); details in {details}"
    )


def _resume_checkpoint(options: TrainOptions) -> str | None:
    from transformers.trainer_utils import get_last_checkpoint

    if not options.resume:
        return None
    found = get_last_checkpoint(options.output_dir) if Path(options.output_dir).is_dir() else None
    if found is None:
        print(f"mmeval train: --resume: no checkpoint-N folder in {options.output_dir}; starting from step 0",
              file=sys.stderr)  # fmt: skip
    return found


def train(recipe: Recipe, options: TrainOptions, reward_funcs: list[Any] | None = None) -> Path:
    """Run (or resume) training; return the folder of the final policy.

    `reward_funcs` replaces `reward_functions(recipe)` ([accuracy, format], in that order: the filter
    reads the first one as accuracy).
    """
    from mmeval.training.data import DEFAULT_SYSTEM_PROMPT, prepare_dataset, read_rows

    if Path(options.data).suffix in (".json", ".jsonl"):  # a bad file fails in a second, before TRL loads
        for _ in read_rows(options.data):
            pass
    from mmeval.training.callbacks import EvalCallback, RunLogCallback
    from mmeval.training.metrics import MetricsFile
    from mmeval.training.trainer import EurekaGRPOTrainer

    # TRL 1.16 reads `model.is_gradient_checkpointing`, deprecated in transformers 5.x: not ours to fix
    warnings.filterwarnings(
        "ignore", message=r"`is_gradient_checkpointing` is deprecated", category=FutureWarning
    )
    output_dir = Path(options.output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    checkpoint = _resume_checkpoint(options)
    processor = load_processor(options.model)
    dataset, prepared = prepare_dataset(
        options.data,
        tokenizer=getattr(processor, "tokenizer", processor),
        max_prompt_length=recipe.max_prompt_length,
        system_prompt=DEFAULT_SYSTEM_PROMPT if options.system_prompt is None else options.system_prompt,
        limit=options.limit,
    )
    _write_skipped(output_dir, prepared.skipped)
    if prepared.skipped:
        print(skipped_summary(prepared, output_dir / "skipped_rows.jsonl"), file=sys.stderr)
    run_info = {
        **dataclasses.asdict(options),
        "train_rows": len(prepared.rows),
        "skipped_rows": len(prepared.skipped),
    }
    save_resolved_config(output_dir, recipe, run_info)
    model = load_model(options.model, recipe.freeze_vision)  # after the data: bad input fails fast
    metrics = MetricsFile(output_dir / "metrics.jsonl")
    metrics.truncate_after(int(Path(checkpoint).name.split("-")[-1]) if checkpoint else 0)
    callbacks = [RunLogCallback(metrics, recipe, run_info)]
    if options.eval_bench and options.eval_every:
        from mmeval.training.evaluation import policy_evaluator

        evaluate = policy_evaluator(options, processor, recipe.max_completion_length)
        callbacks.append(EvalCallback(metrics, options.eval_every, evaluate))
    trainer = EurekaGRPOTrainer(
        model=model,
        args=build_grpo_config(recipe, options),
        train_dataset=dataset,
        processing_class=processor,
        reward_funcs=reward_funcs or reward_functions(recipe),
        callbacks=callbacks,
        recipe=recipe,
    )
    trainer.train(resume_from_checkpoint=checkpoint)
    final = output_dir / "final"
    trainer.save_model(str(final))
    if trainer.accelerator.is_main_process:
        processor.save_pretrained(final)
        save_resolved_config(final, recipe, run_info)
    return final
