"""A tiny, randomly initialised Qwen2.5-VL-style checkpoint, built offline in about a second.

Tests, the training smoke runs and the demo need a real image-text-to-text checkpoint that loads with
`AutoModelForImageTextToText` + `AutoProcessor` and generates from an image and a chat, without the
Hugging Face Hub. This module builds one from nothing: a byte-level BPE tokenizer trained with
`tokenizers` on a small built-in math corpus (plus the special tokens Qwen2.5-VL's processor and chat
template use), a sized-down `Qwen2_5_VLConfig`, and the stock Qwen2-VL image/video processors. Its
answers are noise; its value is that every code path (chat template, image tokens, mrope positions,
generation, `transformers serve`) is the real one.

>>> path = build_tiny_model("/tmp/tiny")  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from mmeval._extras import require

__all__ = ["SPECIAL_TOKENS", "CHAT_TEMPLATE", "build_tiny_model"]

# Qwen2.5-VL's special tokens, in its order (the processor looks up image/video pads by name).
SPECIAL_TOKENS = [
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|object_ref_start|>",
    "<|object_ref_end|>",
    "<|box_start|>",
    "<|box_end|>",
    "<|quad_start|>",
    "<|quad_end|>",
    "<|vision_start|>",
    "<|vision_end|>",
    "<|vision_pad|>",
    "<|image_pad|>",
    "<|video_pad|>",
]

# A ChatML template with Qwen2-VL's image/video placeholders, written for this model: system turn
# (default "You are a helpful assistant."), string or list content, generation prompt.
CHAT_TEMPLATE = (
    "{%- if messages[0]['role'] != 'system' -%}"
    "{{ '<|im_start|>system\\nYou are a helpful assistant.<|im_end|>\\n' }}"
    "{%- endif -%}"
    "{%- for message in messages -%}"
    "{{ '<|im_start|>' + message['role'] + '\\n' }}"
    "{%- if message['content'] is string -%}{{ message['content'] }}"
    "{%- else -%}{%- for part in message['content'] -%}"
    "{%- if part['type'] == 'image' or 'image' in part or 'image_url' in part -%}"
    "{{ '<|vision_start|><|image_pad|><|vision_end|>' }}"
    "{%- elif part['type'] == 'video' or 'video' in part -%}"
    "{{ '<|vision_start|><|video_pad|><|vision_end|>' }}"
    "{%- elif 'text' in part -%}{{ part['text'] }}"
    "{%- endif -%}"
    "{%- endfor -%}{%- endif -%}"
    "{{ '<|im_end|>\\n' }}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{ '<|im_start|>assistant\\n' }}{%- endif -%}"
)

# Written for this file: enough math text that BPE learns digits, operators, LaTeX and answer phrases.
_CORPUS = [
    "Question: What is the value of x in the figure? Answer: 12",
    "The area of the triangle is \\frac{1}{2} b h = \\frac{1}{2} \\cdot 6 \\cdot 4 = 12.",
    "Choices: (A) 30 (B) 45 (C) 60 (D) 90. The answer is B.",
    "<think>Angle ABC is 90 degrees, so x = 180 - 90 - 35 = 55.</think><answer>55</answer>",
    "Hence the final answer is \\boxed{\\sqrt{2}} and the perimeter is 2\\pi r.",
    "So the final answer is \\boxed{3.14}. The bar chart shows 7 apples and 9 pears.",
    "Solve 2x + 3 = 11: subtract 3, then divide by 2, giving x = 4.",
    "Let f(x) = x^2 - 5x + 6 = (x - 2)(x - 3); the roots are 2 and 3.",
    "Hint: Please answer the question and provide the correct option letter, e.g., A, B, C, D, at the end.",
    "The probability is 0.25, the mean is 1.5, and the interval is [0, 1).",
    "In the circle with center O, the radius is 5 cm and the chord AB has length 8 cm.",
    "Which of the following is correct? 1 2 3 4 5 6 7 8 9 0 + - * / = < > ( ) [ ] { } ^ _",
]


def _train_tokenizer(vocab_size: int):
    """Byte-level BPE over the built-in corpus; the special tokens come first, as in Qwen's vocab."""
    tokenizers = require("tokenizers", "hf")
    from tokenizers import decoders, models, pre_tokenizers, trainers

    tok = tokenizers.Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_CORPUS * 4, trainer=trainer)
    return tok


def _wrap_tokenizer(tok):
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token=None,
        additional_special_tokens=SPECIAL_TOKENS[1:],
        chat_template=CHAT_TEMPLATE,
        padding_side="left",
        model_max_length=4096,
    )


def _mrope_section(head_dim: int) -> list[int]:
    """Temporal/height/width rotary split of head_dim / 2 in Qwen2.5-VL's proportions (128 -> [16, 24, 24])."""
    half = head_dim // 2
    temporal = half // 4
    height = (half - temporal) // 2
    return [temporal, height, half - temporal - height]


def _config(tokenizer, hidden: int = 32, heads: int = 2):
    """Qwen2.5-VL config sized down; mrope_section must sum to head_dim / 2 (by default 16 / 2 = 8)."""
    from transformers import Qwen2_5_VLConfig

    if hidden % heads or (hidden // heads) % 4:
        raise ValueError(f"hidden {hidden} / heads {heads} must give a head_dim divisible by 4")
    ids = tokenizer.convert_tokens_to_ids
    text = {
        "vocab_size": len(tokenizer),
        "hidden_size": hidden,
        "intermediate_size": 2 * hidden,
        "num_hidden_layers": 2,
        "num_attention_heads": heads,
        "num_key_value_heads": 1,
        "max_position_embeddings": 4096,
        "rope_parameters": {
            "rope_type": "default",
            "rope_theta": 10000.0,
            "mrope_section": _mrope_section(hidden // heads),
        },
        "bos_token_id": ids("<|endoftext|>"),
        "eos_token_id": ids("<|im_end|>"),
        "pad_token_id": ids("<|endoftext|>"),
    }
    vision = {
        "depth": 2,
        "hidden_size": hidden,
        "intermediate_size": 2 * hidden,
        "num_heads": heads,
        "out_hidden_size": hidden,
        "fullatt_block_indexes": [1],
        "patch_size": 14,
        "spatial_merge_size": 2,
        "temporal_patch_size": 2,
        "window_size": 112,
    }
    return Qwen2_5_VLConfig(
        text_config=text,
        vision_config=vision,
        image_token_id=ids("<|image_pad|>"),
        video_token_id=ids("<|video_pad|>"),
        vision_start_token_id=ids("<|vision_start|>"),
        vision_end_token_id=ids("<|vision_end|>"),
        tie_word_embeddings=True,
    )


def _processor(tokenizer):
    """Stock Qwen2.5-VL processor; at most 16 image tokens per image keeps CPU generation fast."""
    from transformers import Qwen2_5_VLProcessor, Qwen2VLImageProcessor, Qwen2VLVideoProcessor

    image = Qwen2VLImageProcessor(min_pixels=28 * 28 * 4, max_pixels=28 * 28 * 16)
    video = Qwen2VLVideoProcessor(min_pixels=28 * 28 * 4, max_pixels=28 * 28 * 16)
    return Qwen2_5_VLProcessor(
        image_processor=image, tokenizer=tokenizer, video_processor=video, chat_template=CHAT_TEMPLATE
    )


def build_tiny_model(
    out_dir: str | Path, seed: int = 0, vocab_size: int = 400, hidden: int = 32, heads: int = 2
) -> Path:
    """Build and save the tiny checkpoint (model + processor + chat template) in `out_dir`; return it.

    Deterministic for a given seed. Loads offline with `AutoModelForImageTextToText.from_pretrained`
    and `AutoProcessor.from_pretrained`; weights are about 100-300 KB of float32 at the default size.
    `hidden`/`heads` set the width (head_dim = hidden / heads; vLLM's CPU attention wants 32 or more).
    """
    torch = require("torch", "hf")
    transformers = require("transformers", "hf")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = _wrap_tokenizer(_train_tokenizer(vocab_size))
    config = _config(tokenizer, hidden=hidden, heads=heads)
    torch.manual_seed(seed)
    model = transformers.Qwen2_5_VLForConditionalGeneration(config).eval()
    model.generation_config = transformers.GenerationConfig(
        eos_token_id=config.text_config.eos_token_id,
        pad_token_id=config.text_config.pad_token_id,
        bos_token_id=config.text_config.bos_token_id,
        do_sample=False,
    )
    model.save_pretrained(out)
    _processor(tokenizer).save_pretrained(out)
    return out


if __name__ == "__main__":  # python -m mmeval.models.tiny_model OUT_DIR [--seed S] [--hidden H --heads N]
    import argparse

    parser = argparse.ArgumentParser(prog="python -m mmeval.models.tiny_model")
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--hidden", type=int, default=32)
    parser.add_argument("--heads", type=int, default=2)
    args = parser.parse_args()
    print(build_tiny_model(args.out_dir, seed=args.seed, hidden=args.hidden, heads=args.heads))
