"""The tiny checkpoint loads with the Auto classes offline and generates from an image + text chat."""

from __future__ import annotations

import hashlib

import pytest

pytestmark = pytest.mark.slow

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
Image = pytest.importorskip("PIL.Image")


def _chat(processor, image, text: str):
    messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": text}]}]
    prompt = processor.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    return prompt, processor(text=[prompt], images=[image], return_tensors="pt")


def test_size_and_files(tiny_model_dir):
    names = {p.name for p in tiny_model_dir.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "processor_config.json"} <= names
    assert any(n.startswith("chat_template") for n in names)
    weights = (tiny_model_dir / "model.safetensors").stat().st_size
    assert 50_000 < weights < 1_000_000, weights


def test_loads_and_generates_from_image_and_text(tiny_model_dir):
    model = transformers.AutoModelForImageTextToText.from_pretrained(tiny_model_dir).eval()
    processor = transformers.AutoProcessor.from_pretrained(tiny_model_dir)
    prompt, inputs = _chat(processor, Image.new("RGB", (120, 90), (200, 30, 30)), "What is x?")
    assert prompt.startswith("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n")
    assert prompt.endswith("<|im_start|>assistant\n")
    image_id = model.config.image_token_id
    n_image_tokens = int((inputs["input_ids"] == image_id).sum())
    assert n_image_tokens == int(inputs["image_grid_thw"].prod()) // 4  # 2x2 spatial merge
    assert 1 <= n_image_tokens <= 16
    with torch.no_grad():
        out = model.generate(**inputs, max_new_tokens=5, do_sample=False)
    assert out.shape[1] > inputs["input_ids"].shape[1]
    assert isinstance(processor.batch_decode(out, skip_special_tokens=True)[0], str)


def test_the_image_changes_the_logits(tiny_model_dir):
    """The vision tower is wired in: two different images give different next-token logits."""
    model = transformers.AutoModelForImageTextToText.from_pretrained(tiny_model_dir).eval()
    processor = transformers.AutoProcessor.from_pretrained(tiny_model_dir)
    logits = []
    for colour in [(0, 0, 0), (255, 255, 255)]:
        _, inputs = _chat(processor, Image.new("RGB", (56, 56), colour), "x")
        with torch.no_grad():
            logits.append(model(**inputs).logits[0, -1])
    assert not torch.allclose(logits[0], logits[1])


def test_build_is_deterministic(tmp_path, tiny_model_dir):
    from mmeval.models.tiny_model import build_tiny_model

    again = build_tiny_model(tmp_path / "again", seed=0)
    for name in ["model.safetensors", "tokenizer.json"]:
        a = hashlib.sha1((tiny_model_dir / name).read_bytes()).hexdigest()
        b = hashlib.sha1((again / name).read_bytes()).hexdigest()
        assert a == b, name


def test_a_wider_build_keeps_the_rope_split_valid(tmp_path):
    """`--hidden/--heads` (vLLM's CPU attention wants head_dim >= 32): mrope_section sums to head_dim/2
    in Qwen2.5-VL's proportions, and the model still loads and generates from an image."""
    import json
    import subprocess
    import sys

    from mmeval.models.tiny_model import _mrope_section

    assert _mrope_section(128) == [16, 24, 24]  # the real Qwen2.5-VL-7B split
    assert _mrope_section(16) == [2, 3, 3]  # the default tiny model's
    out = tmp_path / "wide"
    cmd = [sys.executable, "-m", "mmeval.models.tiny_model", str(out), "--hidden", "128", "--heads", "2"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    text = json.loads((out / "config.json").read_text())["text_config"]
    assert text["hidden_size"] == 128 and sum(text["rope_parameters"]["mrope_section"]) == 32
    model = transformers.AutoModelForImageTextToText.from_pretrained(out).eval()
    processor = transformers.AutoProcessor.from_pretrained(out)
    _, inputs = _chat(processor, Image.new("RGB", (84, 84), (10, 200, 10)), "What is x?")
    with torch.no_grad():
        generated = model.generate(**inputs, max_new_tokens=3, do_sample=False)
    assert generated.shape[1] > inputs["input_ids"].shape[1]
