"""The CLI plumbing every `mmeval` command shares: value types, path checks, user-file reading, one-line errors.

Why one module: `run`, `score`, `report`, `train` and `serve-rewards` all take counts, ports, output
folders, checkpoints and user files. Checking them here, before any model loads or any grading starts,
gives every command the same fail-fast behaviour and the same message shape: one line naming the flag
or `file:line` and what was expected, exit code 2, no traceback (`mmeval.cli.main` turns a
`UsageError` into that line).

Stdlib only, on purpose. `mmeval/verifiers/cli.py` does NOT import it: the verifiers import nothing from
the rest of mmeval (docs/architecture.md), so they stay a library one can vendor alone; `verify` keeps
its own few checks (--timeout, --workers, --out, file:line input errors), which are small.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import re
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = [
    "UsageError",
    "positive_int",
    "non_negative_int",
    "port",
    "positive_float",
    "non_negative_float",
    "probability",
    "check_host",
    "bind_error",
    "check_port_free",
    "out_dir",
    "out_file",
    "existing_path",
    "local_checkpoint",
    "check_choice",
    "read_text",
    "read_json",
    "read_jsonl",
    "atomic_write_text",
    "HelpFormatter",
    "reject_inapplicable",
]


class UsageError(ValueError):
    """Bad input from the user (a flag, a path, a file's content): one line, exit code 2, no traceback."""


# ---- argparse value types: a bad value stops parsing with "argument --x: <reason>" ------------------


def _number(text: str, kind: type) -> Any:
    try:
        return kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(  # noqa: B904 - argparse shows only the message
            f"expected {'an integer' if kind is int else 'a number'}, got {text!r}"
        )


def positive_int(text: str) -> int:
    """An integer >= 1 (counts: --samples, --limit, --workers, --max-steps ...)."""
    value = _number(text, int)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return value


def non_negative_int(text: str) -> int:
    """An integer >= 0 (--max-retries, --grade-threads, --eval-every ...)."""
    value = _number(text, int)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
    return value


def port(text: str) -> int:
    """A TCP port 0-65535 (0: the OS picks a free one)."""
    value = _number(text, int)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be a port 0-65535, got {value}")
    return value


def positive_float(text: str) -> float:
    value = _number(text, float)
    if not value > 0:  # also rejects nan
        raise argparse.ArgumentTypeError(f"must be > 0, got {text}")
    return value


def non_negative_float(text: str) -> float:
    value = _number(text, float)
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def probability(text: str) -> float:
    """A number in (0, 1] (--top-p)."""
    value = _number(text, float)
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be in (0, 1], got {text}")
    return value


# ---- network -----------------------------------------------------------------------------------------

_HOSTNAME = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9-]{1,63})*$")


def check_host(host: str, flag: str = "--host") -> str:
    """An IP address, or a host name this machine resolves (a bind address must be one of its own)."""
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    if not _HOSTNAME.match(host):
        raise UsageError(f"{flag} {host!r} is not an IP address or a host name")
    try:
        socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError) as exc:
        raise UsageError(f"{flag} {host!r} does not resolve on this machine ({exc})") from None
    return host


def check_port_free(host: str, number: int, flag: str = "--port") -> None:
    """Fail now, with the flag named, when `host:number` cannot be bound (in use, or not an own address)."""
    if number == 0:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, number))
        except OSError as exc:
            raise bind_error(exc, host, number, flag) from None


def bind_error(exc: OSError, host: str, number: int, flag: str = "--port") -> UsageError:
    """The one-line error for a failed bind of `host:number` (EADDRINUSE on Linux, macOS, Windows)."""
    reason = "already in use" if exc.errno in (98, 48, 10048) else exc.strerror or str(exc)
    return UsageError(f"{flag} {number} on {host}: {reason}; choose another port")


# ---- paths -------------------------------------------------------------------------------------------


def _nearest_existing(path: Path) -> Path:
    for parent in [path, *path.parents]:
        if parent.exists():
            return parent
    return Path(".")


def out_dir(path: str | Path, flag: str = "--out") -> Path:
    """A folder to write into: it may not exist yet, but it is not a file and can be created."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise UsageError(f"{flag} {path} is a file; expected a folder (existing or new)")
    base = _nearest_existing(path)
    if not base.is_dir():
        raise UsageError(f"{flag} {path}: {base} is a file, so the folder cannot be created")
    if not os.access(base, os.W_OK):
        raise UsageError(f"{flag} {path}: {base} is not writable")
    return path


def out_file(path: str | Path, flag: str = "--out") -> Path:
    """A file to write: not an existing folder, and its folder can be created."""
    path = Path(path)
    if path.is_dir():
        raise UsageError(f"{flag} {path} is a folder; expected a file name")
    out_dir(path.parent, flag=f"{flag} {path}: folder")
    return path


def existing_path(path: str | Path, flag: str, *, kind: str = "any") -> Path:
    """A path that must exist; `kind` "file" or "dir" also checks what it is."""
    path = Path(path)
    if not path.exists():
        raise UsageError(f"{flag} {path}: no such {'folder' if kind == 'dir' else 'file or folder'}")
    if kind == "file" and not path.is_file():
        raise UsageError(f"{flag} {path} is a folder; expected a file")
    if kind == "dir" and not path.is_dir():
        raise UsageError(f"{flag} {path} is a file; expected a folder")
    return path


def _looks_local(model: str) -> bool:
    """A Hub name is exactly `owner/name`; anything else (./x, /x, a/b/c, notes.txt) is a local path."""
    return Path(model).is_absolute() or model.startswith((".", "~")) or model.count("/") != 1


def local_checkpoint(model: str, flag: str = "--model", *, allow_hub: bool = True) -> bool:
    """Check `model` before anything loads it; return True when it is a local checkpoint folder.

    A local checkpoint must be a folder with config.json. For one, HF_HUB_OFFLINE=1 is set so that
    transformers never spends minutes retrying the Hub over a file it could not find locally. A Hub name
    (`owner/name`, no such local path) passes when `allow_hub`; the backend then loads or says why not.
    """
    path = Path(model).expanduser()
    if path.exists():
        if not path.is_dir():
            raise UsageError(f"{flag} {model} is a file; expected a checkpoint folder (with config.json)")
        if not (path / "config.json").is_file():
            raise UsageError(f"{flag} {model}: not a checkpoint folder (no config.json in it)")
        os.environ["HF_HUB_OFFLINE"] = "1"
        return True
    if _looks_local(model) or not allow_hub:
        raise UsageError(f"{flag} {model}: no such checkpoint folder")
    return False


def check_choice(value: str, choices: Any, what: str) -> str:
    """`value` must be one of `choices` (e.g. a benchmark's splits)."""
    choices = list(choices)
    if value not in choices:
        raise UsageError(f"unknown {what} {value!r}; expected one of {choices}")
    return value


# ---- reading user files: every error names file:line and what was expected ----------------------------


def read_text(path: str | Path, what: str = "text") -> str:
    """The file's text; a missing file or a non-UTF-8 byte raises UsageError naming `file:line:column`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file (expected {what})") from None
    except IsADirectoryError:
        raise UsageError(f"{path} is a folder (expected {what})") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = data[exc.start : exc.start + 1].hex()
        raise UsageError(
            f"{path}:{line}:{column}: byte 0x{byte} is not UTF-8; expected {what} encoded as UTF-8"
        ) from None


def read_json(path: str | Path, what: str = "a JSON document") -> Any:
    """Parse a whole JSON file; errors name `file:line` and what was expected."""
    text = read_text(path, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}:{exc.lineno}: expected {what} (invalid JSON: {exc.msg})") from None


def read_jsonl(path: str | Path, what: str = "one JSON object per line", *, torn_tail_ok: bool = False
               ) -> Iterator[tuple[int, dict]]:  # fmt: skip
    """(line number, object) for each non-blank line. With `torn_tail_ok`, an unparsable last line with no
    newline after it (a write cut by SIGKILL) is skipped rather than reported."""
    text = read_text(path, what)
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            if torn_tail_ok and number == len(lines):
                return
            raise UsageError(f"{path}:{number}: expected {what} (invalid JSON: {exc.msg})") from None
        if not isinstance(obj, dict):
            raise UsageError(f"{path}:{number}: got a JSON {type(obj).__name__}; expected {what}")
        yield number, obj


# ---- writing -----------------------------------------------------------------------------------------


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write `text` to `path` through a temporary file in the same folder, fsync and rename: a reader (or
    a kill) sees the old file or the new one, never a half-written one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the description's layout and appends "(default: X)" to every option whose help does not
    already say its default (a None default is left out: such help says what happens instead)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if (
            "default" in text
            or any(action.default is x for x in (None, argparse.SUPPRESS, False))  # not `in`: 0 == False
            or not action.option_strings
            or action.nargs == 0
        ):
            return text
        return f"{text} (default: %(default)s)"


def reject_inapplicable(args: Any, applies: dict[str, tuple[str, ...]], chosen: str, what: str) -> None:
    """Options given on the command line that the chosen `what` (e.g. the backend) would silently ignore.

    `applies` maps an option's dest to the choices it applies to; an option counts as given when its
    value is not None (so such options default to None and are resolved later)."""
    for dest, choices in applies.items():
        if getattr(args, dest, None) is not None and chosen not in choices:
            flag = "--" + dest.replace("_", "-")
            raise UsageError(f"{flag} applies to the {' and '.join(choices)} {what}, not {chosen}")
