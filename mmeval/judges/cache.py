"""Judge replies on disk, keyed by (judge model, sha256 of the prompt): a re-score asks nothing again.

One JSON line per reply (`{"model", "prompt_sha256", "reply"}`) in `<dir>/replies.jsonl`, appended and
flushed as each reply arrives, so a killed run keeps what it paid for and the file can be read, diffed or
shipped with a result to replay it. Only usable replies are stored (failures are retried next time).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

__all__ = ["ReplyCache", "prompt_sha256", "default_cache_dir"]


def prompt_sha256(prompt: str) -> str:
    return hashlib.sha256(prompt.encode("utf-8")).hexdigest()


def default_cache_dir() -> Path:
    """`$MMEVAL_JUDGE_CACHE`, else `~/.cache/mmeval/judge`."""
    env = os.environ.get("MMEVAL_JUDGE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "mmeval" / "judge"


class ReplyCache:
    """A thread-safe reply store with hit/miss counters (`hits`, `misses`, `stored`)."""

    FILE = "replies.jsonl"

    def __init__(self, directory: str | Path | None = None) -> None:
        self.path = Path(directory or default_cache_dir()) / self.FILE
        self._lock = threading.Lock()
        self._replies: dict[tuple[str, str], str] = {}
        self.hits = self.misses = self.stored = 0
        # a torn last line (killed mid-write) has no newline: the next reply must start a line of its own,
        # or it would be glued to the fragment and lost on the next load
        self._torn = False
        if self.path.exists():
            text = self.path.read_text(encoding="utf-8")
            self._torn = bool(text) and not text.endswith("\n")
            for line in text.splitlines():
                try:
                    entry = json.loads(line)
                    self._replies[(entry["model"], entry["prompt_sha256"])] = entry["reply"]
                except (ValueError, KeyError, TypeError):
                    continue  # a torn last line (killed mid-write) is skipped

    def get(self, model: str, prompt: str) -> str | None:
        with self._lock:
            reply = self._replies.get((model, prompt_sha256(prompt)))
            if reply is None:
                self.misses += 1
            else:
                self.hits += 1
            return reply

    def put(self, model: str, prompt: str, reply: str) -> None:
        entry = {"model": model, "prompt_sha256": prompt_sha256(prompt), "reply": reply}
        with self._lock:
            self._replies[(model, entry["prompt_sha256"])] = reply
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as f:
                f.write(("\n" if self._torn else "") + json.dumps(entry, ensure_ascii=False) + "\n")
                f.flush()
            self._torn = False
            self.stored += 1

    def stats(self) -> dict[str, object]:
        return {"path": str(self.path), "hits": self.hits, "misses": self.misses, "stored": self.stored}
