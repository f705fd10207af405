"""The benchmark surface every module implements: `Item`, `Prompt`, `Benchmark` (docs/contracts.md section 2).

A benchmark turns dataset records into `Item`s, builds a `Prompt` for an item under a template
(`official` = the authors' prompt; reasoning formats such as `mm-eureka`), grades a raw response with
`mmeval.verifiers.grade` (`score`), grades an already-extracted answer with the authors' own rules
(`official_score`), and names the categories an item is broken down by (`categories`).
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mmeval.benchmarks.loading import DatasetError, load_records, resolve_images

if TYPE_CHECKING:
    from mmeval.verifiers import Verdict

__all__ = [
    "Item",
    "Prompt",
    "Benchmark",
    "DatasetError",
    "TEMPLATES",
    "MM_EUREKA_SYSTEM",
    "MM_EUREKA_QWEN_SYSTEM",
    "BOXED_INSTRUCTION",
]

# MM-Eureka's (R1-style) system prompt: reasoning in <think>, final answer in <answer>.
MM_EUREKA_SYSTEM = (
    "A conversation between User and Assistant. The user asks a question, and the Assistant solves it. "
    "The assistant first thinks about the reasoning process in the mind and then provides the user with "
    "the answer. The reasoning process and answer are enclosed within <think> </think> and <answer> "
    "</answer> tags, respectively, i.e., <think> reasoning process here </think><answer> answer here "
    "</answer>."
)
BOXED_INSTRUCTION = "Please reason step by step, and put your final answer within \\boxed{}."
# The system prompt of MM-Eureka's Qwen-era evaluation scripts (ModalMinds/MM-EUREKA `eval/*/evaluate_*.py`,
# `SYSTEM_PROMPT_32B`, which every script sends, for the 7B model too; Apache-2.0). Kept character for
# character, typos and the doubled backslashes of its source string included, so that a run reproduces it.
MM_EUREKA_QWEN_SYSTEM = (
    "Solve the question. The user asks a question, and you solves it. You first thinks about the reasoning "
    "process in the mind and then provides the user with the answer. The answer is in latex format and "
    "wrapped in $...$. The final answer must be wrapped using the \\\\boxed{} command. Th answer should be "
    "enclosed within <answer> </answer> tags, i.e., Since $1+1=2$, so the answer is $2$. <answer> The answer "
    "is $\\\\boxed{2}$ </answer>, which means the final answer assistant's output should start with <answer> "
    "and end with </answer>."
)

# template name -> one-line description (shown by `mmeval run --help`).
TEMPLATES: dict[str, str] = {
    "official": "the benchmark authors' own prompt",
    "mm-eureka": "MM-Eureka's system prompt: <think>...</think><answer>...</answer>",
    "mm-eureka-qwen": "MM-Eureka's Qwen-era evaluation: its system prompt + the query its scripts send",
    "boxed": "question + 'reason step by step, final answer in \\boxed{}'",
}


@dataclass(frozen=True)
class Item:
    """One benchmark problem. `meta` keeps every official field of the record (for breakdowns/output)."""

    id: str
    question: str
    gold: str
    choices: list[str] | None = None
    answer_type: str | None = None
    precision: float | int | None = None
    tolerance: float | list[float] | None = None  # absolute, per gold item for a list (OlympiadBench)
    images: list[Any] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Prompt:
    """What a backend sends: optional system text, the user text, and the images (PIL or paths), in order."""

    text: str
    images: list[Any] = field(default_factory=list)
    system: str | None = None

    def messages(self) -> list[dict[str, Any]]:
        """Chat messages in the transformers/OpenAI content-part shape: images first, then the text."""
        content: list[dict[str, Any]] = [{"type": "image", "image": img} for img in self.images]
        content.append({"type": "text", "text": self.text})
        msgs: list[dict[str, Any]] = []
        if self.system:
            msgs.append({"role": "system", "content": [{"type": "text", "text": self.system}]})
        msgs.append({"role": "user", "content": content})
        return msgs

    def hash(self) -> str:
        """sha1 of the system text, user text and image identities (an image file's content digest, so a
        data folder that moves or is named by another path keeps its hashes; size+mode+pixel digest of
        an in-memory image)."""
        ids = [_image_identity(img) for img in self.images]
        blob = json.dumps([self.system, self.text, ids], ensure_ascii=False)
        return hashlib.sha1(blob.encode("utf-8")).hexdigest()


def _image_identity(img: Any) -> str:
    if isinstance(img, (str, Path)):
        path = Path(img)
        try:
            stat = path.stat()
        except OSError:  # not readable here: the path is all there is
            return str(img)
        return _file_digest(str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    size, mode = getattr(img, "size", None), getattr(img, "mode", None)
    try:  # a small digest of the pixels, so two different in-memory images never share a hash
        digest = hashlib.sha1(img.tobytes()[:65536]).hexdigest()[:12]
    except Exception:  # not a PIL image: fall back to its type
        digest = type(img).__name__
    return f"{size}:{mode}:{digest}"


@functools.lru_cache(maxsize=4096)
def _file_digest(path: str, size: int, mtime_ns: int) -> str:
    """Content digest of an image file (cached per path, size and mtime: k samples read it once)."""
    with open(path, "rb") as fh:
        return f"file:{size}:{hashlib.sha1(fh.read()).hexdigest()[:16]}"


class Benchmark:
    """Base class: subclasses set the class attributes and implement `to_item`, `official_prompt`,
    `official_score` and `categories`. `load`, `prompt` and `score` are shared."""

    name: str = ""
    version: str = "1"
    splits: tuple[str, ...] = ()
    default_split: str = ""
    hf_path: str = ""
    multimodal: bool = True
    image_fields: tuple[str, ...] = ("image",)

    # --- loading -------------------------------------------------------------------------------------
    def load(
        self, split: str | None = None, data: str | Path | None = None, *, require_images: bool = True
    ) -> list[Item]:
        """Items of `split` from the Hub (`data=None`) or a local copy (a snapshot of the Hub repo, a
        save_to_disk folder, parquet, the benchmark's JSON/JSONL + image folder). With `require_images`,
        an item whose record names an image that cannot be found raises `DatasetError` (a multimodal run
        without images is meaningless)."""
        split = split or self.default_split
        if self.splits and split not in self.splits and data is None:
            raise DatasetError(f"{self.name}: unknown split {split!r}; expected one of {list(self.splits)}")
        records, image_root = load_records(
            data,
            split=split,
            hf_path=self.hf_path,
            hf_config=self.hf_config(split),
            hub_split=self.hf_split(split),  # the Hub and a snapshot of its repo name splits their way
        )
        where = data if data is not None else self.hf_path
        return self.items_from_records(records, image_root, where=where, require_images=require_images)

    def items_from_records(
        self, records: list[dict[str, Any]], image_root: Path | None, *, where: Any, require_images: bool
    ) -> list[Item]:
        """`Item`s of loaded records, images resolved under `image_root`; a record that names an image
        that cannot be found raises `DatasetError` when `require_images`."""
        items = []
        for i, rec in enumerate(records):
            images = resolve_images(rec, self.image_fields, image_root)
            item = self.to_item(rec, images)
            if require_images and self.multimodal and self.needs_image(rec) and not item.images:
                raise DatasetError(
                    f"{where}: record {i} (id {item.id}) names an image but none was found "
                    f"(expected the image columns {list(self.image_fields)} or files under {image_root}); "
                    "a multimodal benchmark needs its images"
                )
            items.append(item)
        return items

    def hf_config(self, split: str) -> str | None:
        """The Hub config name for `split` (None when the dataset has a single config)."""
        return None

    def hf_split(self, split: str) -> str:
        """The Hub split name for mmeval's `split` (OlympiadBench: configs are splits, each has `train`)."""
        return split

    def needs_image(self, record: dict[str, Any]) -> bool:
        """Whether this record should have an image (text-only versions do not)."""
        return any(record.get(f) for f in self.image_fields)

    def to_item(self, record: dict[str, Any], images: list[Any]) -> Item:
        raise NotImplementedError

    # --- prompting -----------------------------------------------------------------------------------
    def prompt(self, item: Item, template: str = "official") -> Prompt:
        """The prompt for `item` under `template` (see `TEMPLATES`)."""
        if template == "official":
            return Prompt(self.official_prompt(item), list(item.images))
        if template == "mm-eureka":
            return Prompt(self.plain_question(item), list(item.images), system=MM_EUREKA_SYSTEM)
        if template == "mm-eureka-qwen":
            return Prompt(self.mm_eureka_query(item), list(item.images), system=MM_EUREKA_QWEN_SYSTEM)
        if template == "boxed":
            return Prompt(f"{self.plain_question(item)}\n{BOXED_INSTRUCTION}", list(item.images))
        raise ValueError(f"unknown prompt template {template!r}; expected one of {sorted(TEMPLATES)}")

    def official_prompt(self, item: Item) -> str:
        raise NotImplementedError

    def mm_eureka_query(self, item: Item) -> str:
        """The user text MM-Eureka's evaluation scripts send for `item` (default: the plain question)."""
        return self.plain_question(item)

    def plain_question(self, item: Item) -> str:
        """The question with its options listed as `(A) text`, without any answer-format instruction."""
        if not item.choices:
            return item.question
        opts = "\n".join(f"({chr(65 + i)}) {c}" for i, c in enumerate(item.choices))
        return f"{item.question}\nChoices:\n{opts}"

    # --- scoring -------------------------------------------------------------------------------------
    def score(self, item: Item, response: str) -> Verdict:
        """Grade a raw response with mmeval's verifiers (extraction + equivalence, bounded)."""
        from mmeval.verifiers import grade

        return grade(**self.grade_kwargs(item), response=response)

    def grade_kwargs(self, item: Item) -> dict[str, Any]:
        """The keyword arguments `grade`/`grade_batch` need for `item` (minus the response)."""
        return {
            "gold": item.gold,
            "choices": item.choices,
            "answer_type": item.answer_type,
            "precision": item.precision,
            "tolerance": item.tolerance,
        }

    def official_score(self, item: Item, extraction: Any) -> bool:
        raise NotImplementedError

    def categories(self, item: Item) -> dict[str, str | list[str]]:
        raise NotImplementedError

    # --- what a result means ---------------------------------------------------------------------------
    def subset(self, split: str) -> str:
        """The part of the benchmark that `split` covers, in words (OlympiadBench: one config)."""
        return "all"

    def protocol(self, split: str | None, template: str, scoring_mode: str) -> dict[str, str]:
        """How a result was obtained: split, subset, prompt template, scoring mode, benchmark version.
        Saved in every results.json so that a table can tell results of different protocols apart."""
        split = split or self.default_split
        return {
            "benchmark": self.name,
            "split": split,
            "subset": self.subset(split),
            "template": template,
            "scoring_mode": scoring_mode,
            "version": str(self.version),
        }

    def summary_metrics(self, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The benchmark's own headline metrics computed from graded sample rows (each with `id`,
        `correct`, `categories`), beside plain accuracy; None when accuracy is all it reports."""
        return None
