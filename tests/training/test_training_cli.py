"""`mmeval train` flags map onto the recipe; bad input exits 2 naming the file and line."""

from __future__ import annotations

from mmeval.cli import build_parser, main
from mmeval.training import Recipe
from mmeval.training.cli import options_from_args, recipe_from_args


def parse(*flags: str):
    return build_parser("train").parse_args(
        ["train", "--model", "m", "--data", "d", "--output-dir", "o", *flags]
    )


def test_defaults_are_the_mm_eureka_recipe():
    assert recipe_from_args(parse()) == Recipe()


def test_flags_map_onto_recipe_and_options():
    args = parse("--pretrained", "--advantage", "rloo", "--lr", "3e-6", "--no-filter", "--num-generations", "4",
                 "--report-to", "tensorboard", "--eval-bench", "mathvista", "--eval-every", "10")  # fmt: skip
    recipe = recipe_from_args(args)
    assert recipe.format_weight == 1.0 and recipe.advantage == "rloo" and recipe.learning_rate == 3e-6
    assert not recipe.difficulty_filter and recipe.num_generations == 4
    options = options_from_args(args)
    assert options.report_to == ("tensorboard",) and options.eval_bench == ("mathvista",)
    assert options.eval_every == 10 and options.use_vllm == "auto"


def test_bad_recipe_and_bad_data_exit_2(tmp_path, tiny_model_dir, capsys):
    base = ["train", "--model", str(tiny_model_dir), "--output-dir", str(tmp_path / "run")]
    assert main([*base, "--data", "x.jsonl", "--filter-low", "0.9", "--filter-high", "0.1"]) == 2
    assert "filter_low <= filter_high" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "q", "answer": "1"}\n{"question": "q"}\n')
    assert main([*base, "--data", str(bad)]) == 2
    assert f"{bad}:2: expected an answer field" in capsys.readouterr().err
    assert main(["train", "--model", str(tmp_path / "none"), "--data", str(bad), "--output-dir", "o"]) == 2


def test_shipped_accelerate_configs_load():
    from pathlib import Path

    from accelerate.commands.config.config_args import ClusterConfig

    configs = sorted((Path(__file__).parents[2] / "configs").glob("*.yaml"))
    kinds = {ClusterConfig.from_yaml_file(str(c)).distributed_type.value for c in configs}
    assert {"MULTI_GPU", "DEEPSPEED", "FSDP"} <= kinds
