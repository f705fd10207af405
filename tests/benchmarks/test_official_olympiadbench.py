"""OlympiadBench's official judge (re-implemented): all 36 official judge examples, tolerances,
multiple answers, the official extraction and prompt."""

import json
from pathlib import Path

import pytest

from mmeval.benchmarks import fixture_path, get_benchmark
from mmeval.benchmarks.official.olympiadbench import extract_final_answer, judge, parse_tolerance

EXAMPLES = (
    Path(__file__).resolve().parents[2].parent
    / "shared" / "data" / "benchmarks" / "olympiadbench" / "scoring_examples.json"
)  # fmt: skip


def _cases():
    if not EXAMPLES.exists():
        return []
    out = []
    for example in json.loads(EXAMPLES.read_text(encoding="utf-8")):
        for ans in example["Ans"]:
            precision = ans.get("precision", 1e-8)
            precision = [float(p) for p in precision] if isinstance(precision, list) else float(precision)
            out.append((example["GT"], ans["answer"], precision, ans["equal"]))
    return out


@pytest.mark.skipif(not EXAMPLES.exists(), reason="../shared olympiadbench scoring_examples.json not present")
def test_there_are_36_official_examples():
    assert len(_cases()) == 36


@pytest.mark.parametrize(("gold", "answer", "precision", "equal"), _cases())
def test_official_judge_examples(gold, answer, precision, equal):
    assert judge(gold, answer, precision) is equal


@pytest.mark.parametrize(
    ("gold", "answer", "tolerance", "equal"),
    [
        ("79.67", "79.6", 0.1, True),
        ("79.67", "79.5", 0.1, False),
        ("0.25", "25", 1e-8, True),  # a percentage written as a number (official: gold x100 accepted)
        ("7,4", "4, 7", 1e-8, True),  # multiple answers pair in any order
        ("7,4", "7", 1e-8, False),
        ("x=\\pm 2", "2, -2", 1e-8, True),  # an equation is compared by its right-hand side
        ("\\pm 2", "2,-2", 1e-8, True),
        ("[1,2)", "[1,2)", 1e-8, True),
        ("[1,2)", "(1,2)", 1e-8, False),
        ("2x+1", "1+2x", 1e-8, True),
        ("\\boxed{3", "3", 1e-8, False),  # mismatched braces
    ],
)
def test_judge_rules(gold, answer, tolerance, equal):
    assert judge(gold, answer, tolerance) is equal


def test_tolerance_and_extraction():
    assert parse_tolerance(None) == 1e-8 and parse_tolerance("1e-1") == 0.1
    assert parse_tolerance("1e-2,,1e-1") == [0.01, 1e-8, 0.1]
    text = "work...\nSo the final answer is \\boxed{12}.\nSo the final answer is \\boxed{13}."
    assert extract_final_answer(text) == "\\boxed{13}."
    assert extract_final_answer("所以最终答案是\\boxed{5}。", chinese=True) == "\\boxed{5}。"
    assert extract_final_answer("no marker \\boxed{5}") == "no marker \\boxed{5}"


def test_fixture_configs_prompts_and_official_scores():
    bench = get_benchmark("olympiadbench")
    for config in (
        "OE_MM_maths_en_COMP",
        "OE_MM_physics_en_COMP",
        "OE_MM_maths_zh_COMP",
        "OE_TO_maths_en_COMP",
    ):
        for item in bench.load(config, fixture_path("olympiadbench")):
            prompt = bench.prompt(item)
            chinese = item.meta["language"] == "Chinese"
            assert ("所以最终答案是" if chinese else "So the final answer is \\boxed{") in prompt.text
            assert prompt.system and item.question in prompt.text
            if item.meta.get("unit"):
                assert "unit" in prompt.text or "单位" in prompt.text
            gold = item.gold.strip("$")
            marker = "所以最终答案是" if chinese else "So the final answer is "
            response = f"Reasoning ...\n{marker}\\boxed{{{gold}}}."
            assert bench.official_score(item, bench.official_extract(response, item)), item.id
            assert bench.categories(item)["modality"] in ("Multimodal", "Text-only")


@pytest.mark.parametrize(
    ("final_answer", "error", "multiple", "inside", "beyond"),
    [
        (r"7 \times 10^{35}", "1e34", False, r"7.1 \cdot 10^{35}", r"7.2 \cdot 10^{35}"),
        (
            r"7 \times 10^{35}, 0.002",
            "1e34,1e-3",
            True,
            r"0.001, 7.1 \cdot 10^{35}",
            r"0.0005, 7.1 \cdot 10^{35}",
        ),
    ],
)
def test_rule_mode_applies_the_items_absolute_tolerance(final_answer, error, multiple, inside, beyond):
    """Rule mode grades with the item's `error` as the official judge does: absolute, per answer of a
    multiple-answer item, for golds in scientific notation too (not only plain decimals)."""
    bench = get_benchmark("olympiadbench")
    record = {"id": 1, "question": "q", "final_answer": [final_answer], "error": error}
    item = bench.to_item({**record, "is_multiple_answer": multiple, "answer_type": "Numerical"}, [])
    assert bench.score(item, f"So the final answer is \\boxed{{{inside}}}").correct
    assert not bench.score(item, f"So the final answer is \\boxed{{{beyond}}}").correct
    assert bench.official_score(item, bench.official_extract(f"So the final answer is {inside}", item))
