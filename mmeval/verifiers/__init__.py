"""mmeval.verifiers: answer extraction, equivalence and format checks that are right, bounded and fast.

>>> from mmeval.verifiers import grade
>>> grade("1/2", r"... so the answer is $\\boxed{\\frac{1}{2}}$").status.value
'correct'
"""

from mmeval.verifiers.extraction.answer import extract_answer
from mmeval.verifiers.extraction.formats import check_format
from mmeval.verifiers.grading import grade, grade_answer, grade_batch
from mmeval.verifiers.verdict import Extraction, FormatCheck, GradeConfig, GradeRequest, Status, Verdict

__all__ = [
    "Verdict",
    "Status",
    "Extraction",
    "GradeConfig",
    "GradeRequest",
    "FormatCheck",
    "extract_answer",
    "grade_answer",
    "grade",
    "grade_batch",
    "check_format",
]
