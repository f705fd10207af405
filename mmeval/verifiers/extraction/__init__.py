"""Finding the answer: where in a response the final answer is, option letters, format checks, text clean-up, exact numbers."""

from mmeval.verifiers.extraction.answer import extract_answer, extract_candidate, is_refusal, last_number
from mmeval.verifiers.extraction.choices import letter_of, letters_for, match_choice
from mmeval.verifiers.extraction.formats import FORMAT_KINDS, check_format
from mmeval.verifiers.extraction.numbers import Num, parse_number

__all__ = [
    "FORMAT_KINDS",
    "check_format",
    "extract_answer",
    "extract_candidate",
    "is_refusal",
    "last_number",
    "letter_of",
    "letters_for",
    "match_choice",
    "Num",
    "parse_number",
]
