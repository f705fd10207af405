"""The `transformers` backend: any image-text-to-text checkpoint, batched, on CPU or GPU.

Loads `AutoModelForImageTextToText` + `AutoProcessor`, renders each prompt with the checkpoint's own
chat template (`processor.apply_chat_template`, which also places and preprocesses the images), pads on
the left and calls `generate`.

Sampling is per sample: each row of a batch draws its tokens from its own `torch.Generator` seeded with
that sample's seed (`_RowSampler`, a logits processor that samples and leaves one token for greedy
search to take), so a sample's randomness does not depend on its batch neighbours or on where a resumed
run restarts. What batching can still change (padding's effect on logits in the last bits) is handled
by the runner: the batch size is in the sample key, and resumed runs keep the batches an uninterrupted
run forms (`aligned_batches`).
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from mmeval._extras import require
from mmeval.models.base import BackendError, Generation, Sampling, StreamingBackend, load_image

__all__ = ["TransformersBackend"]


class _RowSampler:
    """Temperature + top-p sampling with one generator per row; returns scores where only the drawn token
    is finite, so `generate`'s greedy step picks it. Rows that already finished keep drawing from their
    own generator, which changes nothing for them and nothing for the others."""

    def __init__(self, torch: Any, generators: list, temperature: float, top_p: float) -> None:
        self.torch, self.generators = torch, generators
        self.temperature, self.top_p = temperature, top_p

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        torch = self.torch
        probs = torch.softmax(scores.float() / self.temperature, dim=-1)
        if self.top_p < 1.0:
            ordered, order = probs.sort(dim=-1, descending=True)
            outside = ordered.cumsum(dim=-1) - ordered > self.top_p  # the top token always stays
            probs = probs.scatter(-1, order, ordered.masked_fill(outside, 0.0))
        drawn = torch.cat(
            [torch.multinomial(probs[i], 1, generator=g) for i, g in enumerate(self.generators)]
        )
        out = torch.full_like(scores, float("-inf"))
        out[torch.arange(len(drawn), device=scores.device), drawn] = 0.0
        return out


class TransformersBackend(StreamingBackend):
    name = "transformers"
    aligned_batches = True  # padding makes a response depend on its batch: resume whole batches

    def __init__(
        self, model: str, *, batch_size: int = 8, device: str | None = None, dtype: str | None = None
    ) -> None:
        self.torch = require("torch", "hf")
        transformers = require("transformers", "hf")
        self.model_name = model
        self.batch_size = max(1, batch_size)
        self.device = device or ("cuda" if self.torch.cuda.is_available() else "cpu")
        torch_dtype = dtype or ("bfloat16" if self.device.startswith("cuda") else "float32")
        try:
            self.processor = transformers.AutoProcessor.from_pretrained(model)
            self.model = transformers.AutoModelForImageTextToText.from_pretrained(model, dtype=torch_dtype)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            hint = "" if Path(model).exists() else " (no such folder; offline, a Hub name must be cached)"
            raise BackendError(
                f"cannot load checkpoint {model!r} with AutoModelForImageTextToText/AutoProcessor{hint}: {exc}"
            ) from exc
        self.model.to(self.device).eval()
        tokenizer = getattr(self.processor, "tokenizer", self.processor)
        tokenizer.padding_side = "left"
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        eos = self.model.generation_config.eos_token_id
        self.eos_ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])

    def stream(
        self, prompts: Sequence[Any], sampling: Sampling, seeds: Sequence[int] | None = None
    ) -> Iterator[tuple[int, Generation]]:
        for start in range(0, len(prompts), self.batch_size):
            batch = list(prompts[start : start + self.batch_size])
            batch_seeds = list(seeds[start : start + len(batch)]) if seeds else [sampling.seed] * len(batch)
            for offset, gen in enumerate(self._generate_batch(batch, sampling, batch_seeds)):
                yield start + offset, gen

    def _inputs(self, prompts: list[Any]):
        conversations = []
        for prompt in prompts:
            messages = prompt.messages()
            for message in messages:
                for part in message["content"]:
                    if part.get("type") == "image":
                        part["image"] = load_image(part["image"])
            conversations.append(messages)
        # transformers 5 takes processor options in `processor_kwargs`; 4.x took them as keywords.
        params = inspect.signature(self.processor.apply_chat_template).parameters
        extra = {"processor_kwargs": {"padding": True}} if "processor_kwargs" in params else {"padding": True}
        return self.processor.apply_chat_template(
            conversations,
            add_generation_prompt=True,
            tokenize=True,
            return_dict=True,
            return_tensors="pt",
            **extra,
        ).to(self.device)

    def _generate_batch(self, prompts: list[Any], sampling: Sampling, seeds: list[int]) -> list[Generation]:
        torch = self.torch
        started = time.perf_counter()
        inputs = self._inputs(prompts)
        # Greedy search throughout; sampling is done by _RowSampler, one seeded generator per row.
        kwargs: dict[str, Any] = {"max_new_tokens": sampling.max_new_tokens, "do_sample": False}
        if not sampling.greedy:
            from transformers import LogitsProcessorList

            generators = [torch.Generator(device=self.device).manual_seed(int(s)) for s in seeds]
            sampler = _RowSampler(torch, generators, sampling.temperature, sampling.top_p)
            kwargs["logits_processor"] = LogitsProcessorList([sampler])
        with torch.inference_mode():
            out = self.model.generate(**inputs, **kwargs, pad_token_id=self.pad_id)
        prompt_len = inputs["input_ids"].shape[1]
        new_tokens = out[:, prompt_len:].tolist()
        texts = self.processor.batch_decode(out[:, prompt_len:], skip_special_tokens=True)
        per_sample = (time.perf_counter() - started) / len(prompts)
        gens = []
        for i, text in enumerate(texts):
            n_completion, finished = self._completion_length(new_tokens[i])
            gens.append(
                Generation(
                    text=text,
                    prompt_tokens=int(inputs["attention_mask"][i].sum()),
                    completion_tokens=n_completion,
                    timing_s=per_sample,
                    finish_reason="stop" if finished else "length",
                )
            )
        return gens

    def _completion_length(self, tokens: list[int]) -> tuple[int, bool]:
        """Tokens generated up to and including the first EOS (padding after it is not counted)."""
        for pos, tok in enumerate(tokens):
            if tok in self.eos_ids:
                return pos + 1, True
        return len(tokens), False  # only finished rows get padded, so an unfinished row has no padding
