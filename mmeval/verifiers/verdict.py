"""Result and configuration types of the verifier library: `Status`, `Verdict`, `Extraction`, `GradeConfig`.

Graders return a `Verdict` (a status, not a bool) so that callers can tell a wrong answer from a
missing one, an unparseable gold (excluded from scores, never counted correct) or a timeout.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

__all__ = ["Status", "Verdict", "Extraction", "GradeConfig", "FormatCheck", "GradeRequest", "ANSWER_TYPES"]

ANSWER_TYPES = (
    None,
    "multiple_choice",
    "integer",
    "float",
    "text",
    "list",
    "expression",
    "equation",
    "interval",
    "tuple",
)


class Status(str, Enum):
    """Outcome of grading one (gold, response) pair."""

    CORRECT = "correct"
    INCORRECT = "incorrect"
    NO_ANSWER = "no_answer"
    PRED_UNPARSEABLE = "pred_unparseable"
    GOLD_UNPARSEABLE = "gold_unparseable"
    TIMEOUT = "timeout"

    def __str__(self) -> str:  # so f-strings and JSON show "correct", not "Status.CORRECT"
        return self.value


@dataclass(frozen=True)
class Extraction:
    """The answer found in a response, the rule that found it, and why (or why nothing was found)."""

    answer: str | None
    rule: str | None
    reason: str = ""
    raw: str | None = None  # the text the rule matched, before clean-up / choice mapping
    # True when no anchor marked the answer and a fallback picked it: the last number of a reply
    # (`last_number`), its last line (`last_line`), a number set in bold (`bold`), the number a short
    # sentence states (`sentence_number`), the value after a closing 所以/因此 (`conclusion`), the bare value a
    # reply opens with before it explains it (`first_line`), a sentence
    # taken whole (`whole` with two or more words), or an option letter read off such an answer or the
    # last line; MathVista rule mode's closest-option mapping too. The rules only guessed: see
    # `Verdict.guessed`. Anchored answers (answer tag, box, "final answer", "the answer is", a short
    # reply's only math span, an option letter opening the reply) are decided.
    guessed: bool = False

    @property
    def found(self) -> bool:
        return self.answer is not None


@dataclass(frozen=True)
class Verdict:
    """A graded pair: `status`, the `extracted` answer, the extraction `rule`, a short `reason`, the `gold`,
    and whether the rules only `guessed` the answer (see `Extraction.guessed`)."""

    status: Status
    extracted: str | None
    rule: str | None
    reason: str
    gold: str
    # The rules only guessed the answer (a fallback extraction, no anchor such as a box, an answer tag or
    # "the answer is"): a judge cascade sends such verdicts onwards; rewards and reports can count them.
    guessed: bool = False

    @property
    def correct(self) -> bool:
        return self.status == Status.CORRECT

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict (status as its string value, `correct` included)."""
        out = asdict(self)
        out["status"] = self.status.value
        out["correct"] = self.correct
        return out


@dataclass(frozen=True)
class GradeConfig:
    """How grading behaves. All limits apply before any parsing.

    - `timeout_s`: wall-clock limit per pair for the symbolic step (enforced by killing a worker process).
    - `max_response_chars`: longer responses are searched only in their last `max_response_chars` chars.
    - `max_answer_chars` / `max_nesting`: an extracted answer (or gold) beyond these is not parsed.
    - `rel_tol`: relative tolerance for numbers that are not exactly equal (0 means exact only).
    - `symbolic`: allow the math-verify/sympy path (in a worker process); False keeps only the fast paths.
    - `mode`: "strict" (default) or "lenient"; lenient accepts an answer that *contains* the gold
      option text and compares decimals rounded to the gold's precision in both directions.
    """

    timeout_s: float = 5.0
    max_response_chars: int = 50_000
    max_answer_chars: int = 1_000
    max_nesting: int = 30
    max_number_digits: int = 400
    rel_tol: float = 1e-6
    symbolic: bool = True
    mode: str = "strict"

    def __post_init__(self) -> None:
        if self.timeout_s <= 0:
            raise ValueError(f"GradeConfig.timeout_s must be > 0, got {self.timeout_s!r}")
        if self.mode not in ("strict", "lenient"):
            raise ValueError(f"GradeConfig.mode must be 'strict' or 'lenient', got {self.mode!r}")


@dataclass(frozen=True)
class FormatCheck:
    """Result of a format check: a score in [0, 1] and the reason."""

    score: float
    reason: str


@dataclass(frozen=True)
class GradeRequest:
    """One pair for `grade_batch` (dicts with the same keys are accepted too)."""

    gold: str
    response: str
    choices: list[str] | None = None
    answer_type: str | None = None
    precision: float | int | None = None
    tolerance: float | list[float] | None = None
    meta: dict[str, Any] = field(default_factory=dict)
