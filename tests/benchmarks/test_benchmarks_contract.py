"""One contract test over every registered benchmark: its shipped fixture loads (with images), every
template builds a prompt, and each item's own gold answer, given as a response, grades correct both
with mmeval's verifiers (rule mode) and with the benchmark's official rules."""

import pytest

from mmeval.benchmarks import TEMPLATES, Item, Prompt, fixture_path, get_benchmark, list_benchmarks


def _fixture_items(name: str) -> list[Item]:
    bench = get_benchmark(name)
    split = getattr(bench, "fixture_split", None) or bench.default_split
    return bench.load(split, fixture_path(name))


def test_all_four_benchmarks_are_registered():
    assert {"mathvista", "mathverse", "mathvision", "olympiadbench"} <= set(list_benchmarks())


def test_mm_eureka_table_benchmarks_are_registered():
    assert {"wemath", "mmk12", "k12", "dynamath"} <= set(list_benchmarks())


@pytest.mark.parametrize("name", list_benchmarks())
def test_protocol_states_how_a_result_was_obtained(name):
    bench = get_benchmark(name)
    protocol = bench.protocol(None, "mm-eureka-qwen", "rule")
    assert protocol == {"benchmark": name, "split": bench.default_split, "subset": protocol["subset"],
                        "template": "mm-eureka-qwen", "scoring_mode": "rule", "version": str(bench.version)}  # fmt: skip
    assert protocol["subset"]


@pytest.mark.parametrize("name", list_benchmarks())
def test_fixture_loads_with_images_and_metadata(name):
    bench = get_benchmark(name)
    items = _fixture_items(name)
    assert 5 <= len(items) <= 12
    assert len({i.id for i in items}) == len(items)
    assert bench.version and bench.splits and bench.default_split in bench.splits
    assert any(i.images for i in items), "a multimodal fixture needs real images"
    for item in items:
        assert item.gold and (item.question or item.images)  # MathVerse "Vision Only": all in the image
        cats = bench.categories(item)
        assert cats and all(isinstance(v, (str, list)) for v in cats.values())


@pytest.mark.parametrize("name", list_benchmarks())
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_template_builds_a_prompt(name, template):
    bench = get_benchmark(name)
    for item in _fixture_items(name):
        prompt = bench.prompt(item, template)
        assert isinstance(prompt, Prompt) and prompt.text.strip()
        assert prompt.images == list(item.images)
        assert len(prompt.hash()) == 40
        assert prompt.messages()[-1]["content"][-1] == {"type": "text", "text": prompt.text}
    with pytest.raises(ValueError, match="official"):
        bench.prompt(item, "no-such-template")


@pytest.mark.parametrize("name", list_benchmarks())
def test_gold_as_response_is_correct(name):
    bench = get_benchmark(name)
    for item in _fixture_items(name):
        verdict = bench.score(item, item.gold)
        assert verdict.correct, (item.id, item.gold, verdict)
        assert bench.official_score(item, item.gold), (item.id, item.gold)


@pytest.mark.parametrize("name", list_benchmarks())
def test_a_wrong_answer_is_not_correct(name):
    bench = get_benchmark(name)
    item = _fixture_items(name)[0]
    assert not bench.score(item, "The answer is \\boxed{123456789}").correct
    assert not bench.official_score(item, "123456789")


def test_prompt_hash_follows_image_content_not_path(tmp_path):
    """A data folder that moves (or is named by another path) keeps its prompt hashes, so a run resumes;
    an image whose pixels change gets a new hash."""
    import shutil

    bench = get_benchmark("mathvista")
    copy = tmp_path / "elsewhere"
    shutil.copytree(fixture_path("mathvista"), copy)
    here = {
        i.id: bench.prompt(i, "official").hash() for i in bench.load("testmini", fixture_path("mathvista"))
    }
    moved_items = bench.load("testmini", copy)
    assert {i.id: bench.prompt(i, "official").hash() for i in moved_items} == here
    item = next(i for i in moved_items if i.images)
    path = item.images[0]
    path.write_bytes(path.read_bytes() + b"\0")  # same path, different file
    assert bench.prompt(item, "official").hash() != here[item.id]
