"""`mmeval train` (MM-Eureka recipe on TRL) and `mmeval serve-rewards` (OpenRLHF remote reward server).

Every `train` flag maps onto one field of `Recipe` (hyperparameters) or `TrainOptions` (I/O and devices);
defaults are the recipe's, so `mmeval train --model M --data D --output-dir O` is MM-Eureka's setting.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields

from mmeval._cli import (
    UsageError,
    bind_error,
    check_host,
    existing_path,
    local_checkpoint,
    non_negative_float,
    non_negative_int,
    out_dir,
    port,
    positive_float,
    positive_int,
    probability,
)
from mmeval.training.recipe import ADVANTAGES, Recipe

__all__ = ["register", "recipe_from_args", "options_from_args"]


def steps(text: str) -> int:
    """--max-steps: -1 (train --epochs over the data) or a positive count; 0 would still train a step."""
    if text.strip() == "-1":
        return -1
    try:
        return positive_int(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"must be -1 (use --epochs) or >= 1, got {text}") from None


_DEFAULT = Recipe()

# flag -> (Recipe field, type, help)
_RECIPE_FLAGS = {
    "--num-generations": ("num_generations", positive_int, "samples per prompt"),
    "--temperature": ("temperature", positive_float, "sampling temperature"),
    "--top-p": ("top_p", probability, "nucleus sampling"),
    "--beta": ("beta", non_negative_float, "KL coefficient (0: no reference model)"),
    "--clip": ("clip_epsilon", non_negative_float, "PPO clip range"),
    "--lr": ("learning_rate", non_negative_float, "peak learning rate"),
    "--lr-scheduler": ("lr_scheduler", str, "transformers scheduler name"),
    "--warmup-ratio": ("warmup_ratio", non_negative_float, "fraction of steps of linear warmup"),
    "--max-prompt-length": (
        "max_prompt_length",
        positive_int,
        "skip rows whose prompt text is longer (tokens)",
    ),
    "--max-completion-length": ("max_completion_length", positive_int, "response length limit (tokens)"),
    "--accuracy-weight": ("accuracy_weight", non_negative_float, "weight of the accuracy reward"),
    "--format-weight": (
        "format_weight",
        non_negative_float,
        "weight of the format reward (0.5 instruct, 1.0 pretrained)",
    ),
    "--filter-low": ("filter_low", float, "drop groups with mean accuracy below this"),
    "--filter-high": ("filter_high", float, "drop groups with mean accuracy above this"),
    "--filter-oversample": (
        "filter_oversample",
        positive_int,
        "prompts drawn per step, as a multiple of the batch",
    ),
    "--per-device-batch-size": (
        "per_device_batch_size",
        positive_int,
        "completions per device per micro-step",
    ),
    "--grad-accum": ("gradient_accumulation_steps", positive_int, "gradient accumulation steps"),
    "--num-iterations": ("num_iterations", positive_int, "PPO epochs per generation batch"),
    "--max-steps": ("max_steps", steps, "optimizer steps (-1: --epochs over the data)"),
    "--epochs": ("num_epochs", non_negative_float, "passes over the data when --max-steps is -1"),
    "--seed": ("seed", int, "random seed"),
}


def _add_train(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "train",
        help="rule-based RL (MM-Eureka recipe) on TRL's GRPOTrainer",
        description="Rule-based RL with mmeval's verifiers as rewards (accuracy + format), online "
        "difficulty filtering and MM-Eureka's defaults. Launch with `accelerate launch -m mmeval train` "
        "for several GPUs.",
    )
    p.add_argument("--model", required=True, help="local checkpoint (image-text-to-text model + processor)")
    p.add_argument(
        "--data",
        required=True,
        help="JSON/JSONL (MM-Eureka Qwen or InternVL rows, or plain rows) or datasets dir",
    )
    p.add_argument("--output-dir", required=True, help="run folder: metrics.jsonl, checkpoints, final/")
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint in --output-dir")
    for flag, (name, kind, text) in _RECIPE_FLAGS.items():
        p.add_argument(
            flag, dest=name, type=kind, default=getattr(_DEFAULT, name), help=f"{text} (default: %(default)s)"
        )
    p.add_argument(
        "--advantage", choices=ADVANTAGES, default=_DEFAULT.advantage, help="grpo (group mean/std) or rloo"
    )
    p.add_argument(
        "--pretrained", action="store_true", help="pretrained (non-instruct) base: format weight 1.0"
    )
    p.add_argument(
        "--no-filter", dest="difficulty_filter", action="store_false", help="disable difficulty filtering"
    )
    p.add_argument(
        "--no-freeze-vision", dest="freeze_vision", action="store_false", help="train the vision tower too"
    )
    p.add_argument("--system-prompt", help="replace mmeval's think/answer instruction")
    p.add_argument("--limit", type=positive_int, help="use only the first N usable rows")
    p.add_argument("--save-steps", type=positive_int, default=50, help="checkpoint every N steps")
    p.add_argument(
        "--report-to", nargs="*", default=[], choices=["tensorboard", "wandb"], help="extra loggers"
    )
    p.add_argument(
        "--use-vllm", choices=["auto", "on", "off"], default="auto", help="vLLM generation (auto: GPU + vllm)"
    )
    p.add_argument("--vllm-mode", choices=["colocate", "server"], default="colocate", help="TRL's vLLM mode")
    p.add_argument("--cpu", action="store_true", help="force CPU")
    p.add_argument(
        "--eval-bench", nargs="*", default=[], help="benchmarks to evaluate the policy on during training"
    )
    p.add_argument("--eval-data", help="local data for --eval-bench (path as for `mmeval run --data`)")
    p.add_argument("--eval-limit", type=positive_int, default=50, help="items per evaluation")
    p.add_argument("--eval-every", type=non_negative_int, default=0, help="evaluate every N steps (0: never)")
    p.set_defaults(func=_run_train)


def recipe_from_args(args: argparse.Namespace) -> Recipe:
    """The Recipe the flags describe (`--pretrained` sets the format weight to 1.0 unless given)."""
    values = {f.name: getattr(args, f.name) for f in fields(Recipe) if hasattr(args, f.name)}
    if args.pretrained and values.get("format_weight") == _DEFAULT.format_weight:
        values["format_weight"] = 1.0
    return Recipe(**values)


def options_from_args(args: argparse.Namespace):
    from mmeval.training.train import TrainOptions

    return TrainOptions(
        model=args.model,
        data=args.data,
        output_dir=args.output_dir,
        resume=args.resume,
        system_prompt=args.system_prompt,
        limit=args.limit,
        save_steps=args.save_steps,
        report_to=tuple(args.report_to),
        use_vllm=args.use_vllm,
        vllm_mode=args.vllm_mode,
        cpu=args.cpu,
        eval_bench=tuple(args.eval_bench),
        eval_data=args.eval_data,
        eval_limit=args.eval_limit,
        eval_every=args.eval_every,
    )


def check_train_inputs(args: argparse.Namespace) -> None:
    """Everything `train` can check before it reads data or loads a model (which take minutes)."""
    from mmeval.benchmarks import UnknownBenchmarkError, get_benchmark

    local_checkpoint(args.model)
    existing_path(args.data, "--data")
    out_dir(args.output_dir, "--output-dir")
    for name in args.eval_bench:
        try:
            get_benchmark(name)
        except UnknownBenchmarkError as exc:
            raise UsageError(f"--eval-bench: {exc}") from None
    if args.eval_data:
        existing_path(args.eval_data, "--eval-data")
    if args.eval_bench and not args.eval_every:
        raise UsageError("--eval-bench needs --eval-every N (steps between evaluations)")


def _run_train(args: argparse.Namespace) -> int:
    from mmeval.training.data import DataError

    try:
        recipe = recipe_from_args(args)
    except ValueError as exc:
        print(f"mmeval train: {exc}", file=sys.stderr)
        return 2
    check_train_inputs(args)
    from mmeval.training.train import train

    try:
        final = train(recipe, options_from_args(args))
    except (DataError, OSError, ValueError) as exc:  # bad data, a missing checkpoint, a bad setting
        print(f"mmeval train: {exc}", file=sys.stderr)
        return 2
    print(f"final policy: {final}")
    return 0


def _add_serve(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve-rewards",
        help="HTTP reward server speaking OpenRLHF's remote reward protocol",
        description="POST /get_reward {query, prompts, labels} -> {rewards, scores, extra_logs}; use with "
        "OpenRLHF's --remote_rm_url http://HOST:PORT/get_reward. An ASGI app served by uvicorn "
        "(pip install 'mmeval[serve-rewards]'). Bearer token: from the MMEVAL_REWARD_TOKEN environment "
        "variable or --token-file (unset: no token).",
    )
    p.add_argument("--host", default="127.0.0.1", help="bind address (default: loopback only)")
    p.add_argument("--port", type=port, default=5000, help="port (0: pick a free one; default: %(default)s)")
    p.add_argument(
        "--token-file",
        help="file holding the bearer token that requests must send (overrides MMEVAL_REWARD_TOKEN)",
    )
    p.add_argument(
        "--token",
        help="deprecated: the token on the command line is visible to every user in `ps`; "
        "use MMEVAL_REWARD_TOKEN or --token-file",
    )
    p.add_argument("--workers", type=positive_int, help="grading worker processes (default: one per core)")
    p.add_argument("--accuracy-weight", type=non_negative_float, default=1.0,
                   help="weight of the accuracy reward (default: %(default)s)")  # fmt: skip
    p.add_argument("--format-weight", type=non_negative_float, default=0.5,
                   help="weight of the format reward (default: %(default)s)")  # fmt: skip
    p.set_defaults(func=_run_serve)


def _run_serve(args: argparse.Namespace) -> int:
    from mmeval._extras import MissingExtraError, require
    from mmeval.training.reward_server import TOKEN_ENV, ServerConfig, bind, is_loopback, resolve_token, serve

    check_host(args.host)
    if args.accuracy_weight == 0 and args.format_weight == 0:
        raise UsageError("--accuracy-weight and --format-weight are both 0: every reward would be 0")
    token = resolve_token(args.token, args.token_file)
    try:
        require("uvicorn", "serve-rewards")
    except MissingExtraError as exc:
        raise UsageError(str(exc)) from None
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        raise bind_error(exc, args.host, args.port) from None
    if token is None and not is_loopback(args.host):
        print(f"mmeval serve-rewards: warning: serving on {args.host} without a token; anyone who "
              f"reaches it can use it (set {TOKEN_ENV} or --token-file)", file=sys.stderr)  # fmt: skip
    config = ServerConfig(
        accuracy_weight=args.accuracy_weight,
        format_weight=args.format_weight,
        token=token,
        workers=args.workers,
    )
    return serve(sock, config)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `train` and `serve-rewards` (skipping any name the dispatcher already holds)."""
    for name, add in (("train", _add_train), ("serve-rewards", _add_serve)):
        if name not in subparsers.choices:
            add(subparsers)
