"""The zygote's warm-up forms are real mathematics to the parser: a form that no longer parses (or
compares) would silently stop warming the caches its workers inherit."""

import pytest

from mmeval.verifiers.comparison.symbolic import _WARM_PARSE, _WARM_UP, parse_latex, symbolic_compare


@pytest.mark.parametrize("text", _WARM_PARSE + [t for pair in _WARM_UP for t in pair])
def test_every_warm_up_text_parses(text):
    assert parse_latex(text), text


@pytest.mark.parametrize(("gold", "answer"), _WARM_UP)
def test_every_warm_up_pair_gets_a_verdict(gold, answer):
    """Compared to the end (sympy's paths for it run), not stopped by an error or an unparseable side."""
    status, reason = symbolic_compare(gold, answer)
    assert status in ("correct", "incorrect"), reason
