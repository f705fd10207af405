"""Lazy imports of optional dependencies, with an error that names the extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtraError(ImportError):
    """An optional dependency is missing; the message says which `pip install mmeval[extra]` fixes it."""


def require(module: str, extra: str) -> ModuleType:
    """Import `module` or raise MissingExtraError naming the extra that provides it.

    >>> require("json", "core").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError(
            f"{module!r} is needed for this feature: pip install 'mmeval[{extra}]' ({exc})"
        ) from exc
