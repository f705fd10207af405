"""Training rows for `mmeval train`: MM-Eureka's JSON/JSONL formats and `datasets` datasets.

Accepted inputs (one row = one prompt with its gold answer):

- **Qwen style** (MM-Eureka's Qwen2.5-VL data): `{"id", "message", "answer"}`, `message` a JSON string of
  a chat whose content parts are `{"type": "image", "image": "file:///path.png"}` and `{"type": "text", ...}`.
- **InternVL style**: `{"id", "conversations", "answer", "image_urls"}`, `conversations` a list of
  `{"role", "content"}` (or `{"from", "value"}`) turns, `<image>` markers in the text.
- **Plain rows** (any JSON/JSONL file, or a `datasets` dataset saved to disk / loadable by name offline)
  with a question column (`question`/`problem`/`query`/`prompt`), an answer column (`answer`/`solution`/
  `gold`) and optionally an image column (`image`/`images`/`image_path`/`decoded_image`), plus `choices`.

Each row becomes `{"id", "prompt", "images", "answer", "choices"}`: a conversational prompt with string
content (TRL inserts the image placeholders), the images (PIL or paths, decoded by `datasets`), and the gold.
Rows whose gold answer does not parse (the verifier says `gold_unparseable`) or whose prompt text is longer
than `max_prompt_length` tokens are reported and skipped: they are never rewarded. Multi-image rows keep
their images in order, placed before the question text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmeval._cli import UsageError, read_json, read_jsonl

__all__ = [
    "DEFAULT_SYSTEM_PROMPT",
    "DataError",
    "PreparedData",
    "read_rows",
    "normalise_row",
    "prepare_dataset",
]

DEFAULT_SYSTEM_PROMPT = (
    "Solve the problem shown to you. First reason step by step inside <think> </think>, then give only "
    "the final answer inside <answer> </answer>, for example: <think> reasoning </think><answer> 42 </answer>."
)
QUESTION_KEYS = ("question", "problem", "query", "prompt")
ANSWER_KEYS = ("answer", "solution", "gold")
IMAGE_KEYS = ("images", "image", "image_path", "decoded_image", "image_urls")


class DataError(UsageError):
    """A training file or row is malformed; the message names the file, the line and what was expected
    (a UsageError: one line, exit 2)."""


@dataclass
class PreparedData:
    """Rows ready for TRL plus what was skipped and why."""

    rows: list[dict[str, Any]]
    skipped: list[dict[str, str]] = field(default_factory=list)


def read_rows(path: str | Path) -> Iterable[tuple[str, dict[str, Any]]]:
    """Yield `(location, row)` from a .json (list) or .jsonl file, or from a `datasets` directory/name."""
    path = Path(path)
    try:  # the shared readers name file:line, non-UTF-8 bytes included
        if path.suffix == ".jsonl":
            for number, row in read_jsonl(path, "one JSON object per line"):
                yield f"{path}:{number}", row
            return
        if path.suffix == ".json":
            data = read_json(path, "a JSON list of rows (or an object of rows)")
    except UsageError as exc:
        raise DataError(str(exc)) from None
    if path.suffix == ".json":
        if isinstance(data, dict):
            data = list(data.values())
        if not isinstance(data, list):
            raise DataError(f"{path}: expected a JSON list of rows (or an object of rows)")
        for number, row in enumerate(data):
            yield f"{path}[{number}]", row
    else:
        yield from _read_hf_dataset(str(path))


def _read_hf_dataset(name: str) -> Iterable[tuple[str, dict[str, Any]]]:
    from datasets import DatasetDict, load_dataset, load_from_disk

    dataset = load_from_disk(name) if Path(name).is_dir() else load_dataset(name, split="train")
    if isinstance(dataset, DatasetDict):
        dataset = dataset["train"] if "train" in dataset else next(iter(dataset.values()))
    for number, row in enumerate(dataset):
        yield f"{name}[{number}]", row


def _strip_file_url(url: str, base: Path) -> str:
    path = url[len("file://") :] if url.startswith("file://") else url
    return str(path if Path(path).is_absolute() else base / path)


def normalise_row(row: dict[str, Any], where: str, base: Path, system_prompt: str | None) -> dict[str, Any]:
    """One input row (any accepted format) as `{"id", "prompt", "images", "answer", "choices"}`."""
    if not isinstance(row, dict):
        raise DataError(f"{where}: expected a JSON object, got {type(row).__name__}")
    answer = next((row[k] for k in ANSWER_KEYS if row.get(k) not in (None, "")), None)
    if answer is None:
        raise DataError(f"{where}: expected an answer field ({', '.join(ANSWER_KEYS)})")
    if "message" in row:
        messages, images = _qwen_messages(row["message"], where, base)
    elif "conversations" in row:
        messages = _internvl_messages(row["conversations"], where)
        images = [_strip_file_url(u, base) for u in row.get("image_urls") or []]
    else:
        question = next((row[k] for k in QUESTION_KEYS if isinstance(row.get(k), str)), None)
        if question is None:
            raise DataError(
                f"{where}: expected 'message', 'conversations' or a question field ({QUESTION_KEYS})"
            )
        messages = [{"role": "user", "content": question}]
        images = _plain_images(row, base)
    if system_prompt and messages[0]["role"] != "system":
        messages = [{"role": "system", "content": system_prompt}, *messages]
    choices = row.get("choices") or None
    return {
        "id": str(row.get("id", row.get("pid", where))),
        "prompt": messages,
        "images": images,
        "answer": str(answer),
        "choices": [str(c) for c in choices] if choices else None,
    }


def _qwen_messages(message: Any, where: str, base: Path) -> tuple[list[dict], list[str]]:
    try:
        chat = json.loads(message) if isinstance(message, str) else message
    except json.JSONDecodeError as exc:
        raise DataError(f"{where}: 'message' must be a JSON string of chat turns ({exc.msg})") from exc
    if not isinstance(chat, list):
        raise DataError(f"{where}: 'message' must decode to a list of chat turns")
    messages, images = [], []
    for turn in chat:
        content = turn.get("content", "")
        if isinstance(content, list):
            texts = []
            for part in content:
                if part.get("type") == "image" or "image" in part:
                    images.append(_strip_file_url(str(part.get("image") or part.get("url")), base))
                elif "text" in part:
                    texts.append(part["text"])
            content = "\n".join(texts)
        messages.append({"role": turn.get("role", "user"), "content": content})
    return messages, images


def _internvl_messages(conversations: Any, where: str) -> list[dict]:
    if not isinstance(conversations, list) or not conversations:
        raise DataError(f"{where}: 'conversations' must be a non-empty list of turns")
    roles = {"human": "user", "gpt": "assistant", "system": "system"}
    messages = []
    for turn in conversations:
        role = turn.get("role") or roles.get(turn.get("from", ""), "user")
        text = str(turn.get("content", turn.get("value", ""))).replace("<image>", "").strip()
        messages.append({"role": role, "content": text})
    return messages


def _plain_images(row: dict[str, Any], base: Path) -> list:
    for key in IMAGE_KEYS:
        value = row.get(key)
        if value is None or value == []:
            continue
        values = value if isinstance(value, list) else [value]
        return [_strip_file_url(v, base) if isinstance(v, str) else v for v in values]
    return []


def _skip_reason(row: dict[str, Any], tokenizer: Any, max_prompt_length: int | None) -> str | None:
    from mmeval.verifiers import Status, grade_answer

    verdict = grade_answer(row["answer"], row["answer"], choices=row["choices"])
    if verdict.status == Status.GOLD_UNPARSEABLE:
        return f"gold answer does not parse: {verdict.reason}"
    if verdict.status == Status.TIMEOUT:  # a gold that cannot even be compared with itself in time
        return f"gold answer could not be checked: {verdict.reason}"
    missing = [p for p in row["images"] if isinstance(p, str) and not Path(p).is_file()]
    if missing:
        return f"image file not found: {missing[0]}"
    if tokenizer is not None and max_prompt_length:
        text = "\n".join(m["content"] for m in row["prompt"])
        n_tokens = len(tokenizer(text, add_special_tokens=False)["input_ids"])
        if n_tokens > max_prompt_length:
            return f"prompt text has {n_tokens} tokens > max_prompt_length {max_prompt_length}"
    return None


def skip_reasons(skipped: list[dict[str, str]]) -> str:
    """Why rows were skipped, grouped: "450 x prompt text has N tokens > max_prompt_length N; 5 x image ..."."""
    import re
    from collections import Counter

    kinds = Counter(re.sub(r"\d+", "N", row["reason"].split(":")[0]) for row in skipped)
    return "; ".join(f"{n} x {kind}" for kind, n in kinds.most_common())


def prepare_dataset(
    path: str | Path,
    *,
    tokenizer: Any = None,
    max_prompt_length: int | None = None,
    system_prompt: str | None = DEFAULT_SYSTEM_PROMPT,
    limit: int | None = None,
) -> tuple[Any, PreparedData]:
    """Read, normalise and check training rows; return a `datasets.Dataset` for TRL and the report.

    Images stay lazy: paths are decoded to PIL by `datasets` when a batch is drawn.
    """
    from datasets import Dataset, Features, Image, List, Value

    base = Path(path).parent if Path(path).suffix in (".json", ".jsonl") else Path(path)
    prepared = PreparedData(rows=[])
    for where, raw in read_rows(path):
        if limit is not None and len(prepared.rows) >= limit:
            break
        row = normalise_row(raw, where, base, system_prompt)
        reason = _skip_reason(row, tokenizer, max_prompt_length)
        if reason:
            prepared.skipped.append({"where": where, "id": row["id"], "reason": reason})
        else:
            prepared.rows.append(row)
    if not prepared.rows:
        n = len(prepared.skipped)
        raise DataError(
            f"{path}: no usable training rows (all {n} skipped: {skip_reasons(prepared.skipped)})"
        )
    features = Features(
        {
            "id": Value("string"),
            "prompt": List({"role": Value("string"), "content": Value("string")}),
            "images": List(Image()),
            "answer": Value("string"),
            "choices": List(Value("string")),
        }
    )
    return Dataset.from_list(prepared.rows, features=features), prepared
