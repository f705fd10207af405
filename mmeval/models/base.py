"""What every backend shares: sampling settings, one generation's result, the protocol, image helpers.

A backend turns a list of `Prompt`s (system text, user text, images) into one `Generation` per prompt.
`stream` yields `(index, Generation)` as results finish, so the runner can append each sample to the
run's JSONL the moment it exists; `generate` collects them in input order.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from mmeval.benchmarks.base import Prompt

__all__ = [
    "Sampling",
    "Generation",
    "Backend",
    "BackendError",
    "StreamingBackend",
    "load_image",
    "image_data_url",
    "openai_messages",
]


class BackendError(RuntimeError):
    """A backend cannot start or cannot be used as asked (bad checkpoint, missing key): exit code 2."""


@dataclass(frozen=True)
class Sampling:
    """Generation settings. temperature 0 means greedy; `seed` is the run's base seed."""

    max_new_tokens: int = 1024
    temperature: float = 0.0
    top_p: float = 1.0
    seed: int = 0

    @property
    def greedy(self) -> bool:
        return self.temperature <= 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Generation:
    """One response. `error` is set (and `text` empty) when the backend failed on this prompt: the runner
    records it as an error row, which is never graded and is retried on resume."""

    text: str
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    timing_s: float | None = None
    finish_reason: str | None = None
    error: str | None = None


@runtime_checkable
class Backend(Protocol):
    name: str

    def generate(
        self, prompts: Sequence[Prompt], sampling: Sampling, seeds: Sequence[int] | None = None
    ) -> list[Generation]: ...


class StreamingBackend:
    """Base class: subclasses implement `stream`; `generate` returns its results in input order."""

    name = "base"
    batch_size = 1

    def stream(
        self, prompts: Sequence[Prompt], sampling: Sampling, seeds: Sequence[int] | None = None
    ) -> Iterator[tuple[int, Generation]]:
        raise NotImplementedError

    def generate(
        self, prompts: Sequence[Prompt], sampling: Sampling, seeds: Sequence[int] | None = None
    ) -> list[Generation]:
        """One Generation per prompt, in input order. `seeds` (one per prompt) make sampling reproducible."""
        out: list[Generation | None] = [None] * len(prompts)
        for i, gen in self.stream(prompts, sampling, seeds):
            out[i] = gen
        return [g if g is not None else Generation("", error="no result") for g in out]

    def close(self) -> None:
        """Release resources (servers, worker processes); default: nothing."""


def load_image(image: Any):
    """A PIL RGB image from a PIL image, a path, or raw bytes."""
    from PIL import Image

    if isinstance(image, (str, Path)):
        with Image.open(image) as im:
            return im.convert("RGB")
    if isinstance(image, (bytes, bytearray)):
        with Image.open(io.BytesIO(image)) as im:
            return im.convert("RGB")
    if isinstance(image, dict) and image.get("bytes"):  # datasets' Image feature, undecoded
        return load_image(image["bytes"])
    if hasattr(image, "convert"):
        return image.convert("RGB") if image.mode != "RGB" else image
    raise TypeError(f"not an image: {type(image).__name__}")


def image_data_url(image: Any, max_side: int | None = None, fmt: str = "PNG") -> str:
    """Encode an image as a `data:image/...;base64,` URL (optionally shrunk so its longer side <= max_side)."""
    img = load_image(image)
    if max_side and max(img.size) > max_side:
        img = img.copy()
        img.thumbnail((max_side, max_side))
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    mime = "jpeg" if fmt.upper() in ("JPG", "JPEG") else fmt.lower()
    return f"data:image/{mime};base64,{base64.b64encode(buf.getvalue()).decode('ascii')}"


def openai_messages(prompt: Prompt) -> list[dict[str, Any]]:
    """OpenAI chat messages for a prompt: images as data URLs (image parts first), then the text."""
    content: list[dict[str, Any]] = [
        {"type": "image_url", "image_url": {"url": image_data_url(img)}} for img in prompt.images
    ]
    content.append({"type": "text", "text": prompt.text})
    messages: list[dict[str, Any]] = []
    if prompt.system:
        messages.append({"role": "system", "content": prompt.system})
    messages.append({"role": "user", "content": content})
    return messages
