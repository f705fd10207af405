"""Model backends for `mmeval run`: transformers (CPU/GPU), vllm (offline engine), openai (any server).

A backend implements `generate(prompts, sampling, seeds=None) -> list[Generation]`; heavy libraries are
imported only when that backend is built, with an error naming the extra to install.
"""

from __future__ import annotations

from typing import Any

from mmeval.models.base import (
    Backend,
    BackendError,
    Generation,
    Sampling,
    StreamingBackend,
    image_data_url,
    load_image,
    openai_messages,
)

__all__ = [
    "BACKENDS",
    "Backend",
    "BackendError",
    "Generation",
    "Sampling",
    "StreamingBackend",
    "image_data_url",
    "load_image",
    "make_backend",
    "openai_messages",
    "resolve_backend",
]

BACKENDS = ("auto", "transformers", "vllm", "openai")


def resolve_backend(name: str, *, base_url: str | None = None) -> str:
    """`auto` -> openai when a --base-url is given, vllm when vllm and a GPU are present, else transformers."""
    if name != "auto":
        if name not in BACKENDS:
            raise BackendError(f"unknown backend {name!r}; expected one of {list(BACKENDS)}")
        return name
    if base_url:
        return "openai"
    from mmeval.models.vllm_backend import vllm_available

    return "vllm" if vllm_available() else "transformers"


def make_backend(name: str, model: str, **options: Any) -> StreamingBackend:
    """Build backend `name` ("transformers", "vllm" or "openai") for `model`; options go to its constructor."""
    if name == "transformers":
        from mmeval.models.transformers_backend import TransformersBackend

        return TransformersBackend(model, **options)
    if name == "vllm":
        from mmeval.models.vllm_backend import VLLMBackend

        return VLLMBackend(model, **options)
    if name == "openai":
        from mmeval.models.openai_backend import OpenAIBackend

        return OpenAIBackend(model, **options)
    raise BackendError(f"unknown backend {name!r}; expected one of {list(BACKENDS[1:])}")
