"""mmeval.reports: self-contained HTML leaderboards, Markdown/CSV tables, paired comparisons and the demo.

>>> from mmeval.reports import wilson_interval
>>> [round(x, 1) for x in wilson_interval(8, 10)]
[49.0, 94.3]
"""

from mmeval.reports.loading import ReportInputError, Run, TrainingRun, discover, load_run_folder
from mmeval.reports.stats import McNemar, mcnemar, wilson_interval

__all__ = [
    "McNemar",
    "ReportInputError",
    "Run",
    "TrainingRun",
    "discover",
    "load_run_folder",
    "mcnemar",
    "wilson_interval",
]
