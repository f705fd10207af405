"""Property-based testing of answer graders, as a feature: hypothesis strategies (one value in many
surface forms, option letters in many dresses, verdict-preserving noise), properties any grader must
hold, and an adversarial corpus format.

Needs hypothesis (`pip install 'mmeval[dev]'`).

>>> from mmeval.verifiers import grade
>>> from mmeval.verifiers.testing import check_grader
>>> check_grader(grade, max_examples=5, properties=["gold_matches_itself"]).ok
True
"""

from mmeval._extras import require

require("hypothesis", "dev")

from mmeval.verifiers.testing.adversarial import PeakRss, expand, load_corpus, time_pairs  # noqa: E402
from mmeval.verifiers.testing.form_strategies import (  # noqa: E402
    approx_statement_cases,
    approximation_cases,
    clock_time_cases,
    closing_remark_cases,
    combinatorics_cases,
    complex_number_cases,
    condition_cases,
    decimal_comma_cases,
    decorated_number_cases,
    degree_minute_cases,
    exact_value_unit_cases,
    false_accept_cases,
    function_cases,
    labelled_value_cases,
    matrix_cases,
    multi_part_cases,
    named_computation_cases,
    named_point_cases,
    named_property_cases,
    order_chain_cases,
    plain_text_cases,
    restated_value_cases,
    restated_word_cases,
    rounded_exact_cases,
    scale_word_cases,
    set_cases,
    spacing_cases,
    stated_value_cases,
    statement_cases,
    system_cases,
    trig_degree_cases,
    unit_cases,
    value_statement_cases,
)
from mmeval.verifiers.testing.forms_extraction import EXTRACTION_FORMS  # noqa: E402
from mmeval.verifiers.testing.properties import (  # noqa: E402
    PROPERTIES,
    PROPERTY_NAMES,
    GraderReport,
    Property,
    assert_grader_properties,
    check_grader,
    outcome,
    run_property,
)
from mmeval.verifiers.testing.strategies import (  # noqa: E402
    LETTER_DRESSES,
    Case,
    answer_dresses,
    chain_of_thought,
    distinct_values,
    exact_decimal,
    gold_forms,
    letter_dresses,
    mc_questions,
    noise,
    number_forms,
    values,
)

__all__ = [
    "PROPERTIES",
    "PROPERTY_NAMES",
    "GraderReport",
    "Property",
    "assert_grader_properties",
    "check_grader",
    "outcome",
    "run_property",
    "LETTER_DRESSES",
    "Case",
    "answer_dresses",
    "chain_of_thought",
    "distinct_values",
    "exact_decimal",
    "gold_forms",
    "letter_dresses",
    "mc_questions",
    "noise",
    "number_forms",
    "values",
    "labelled_value_cases",
    "stated_value_cases",
    "decorated_number_cases",
    "unit_cases",
    "exact_value_unit_cases",
    "approx_statement_cases",
    "decimal_comma_cases",
    "scale_word_cases",
    "trig_degree_cases",
    "clock_time_cases",
    "combinatorics_cases",
    "named_computation_cases",
    "approximation_cases",
    "condition_cases",
    "restated_word_cases",
    "degree_minute_cases",
    "named_point_cases",
    "complex_number_cases",
    "restated_value_cases",
    "rounded_exact_cases",
    "set_cases",
    "spacing_cases",
    "order_chain_cases",
    "closing_remark_cases",
    "named_property_cases",
    "value_statement_cases",
    "system_cases",
    "matrix_cases",
    "function_cases",
    "plain_text_cases",
    "false_accept_cases",
    "multi_part_cases",
    "statement_cases",
    "expand",
    "load_corpus",
    "time_pairs",
    "PeakRss",
    "EXTRACTION_FORMS",
]
