"""A reply in another language whose working ends in a clause or a label that states its value (form
`foreign_closings`; the `languages` family of scripts/frame_probes.py). Built replies, none from a labelled row."""

import pytest

from mmeval.verifiers import grade
from mmeval.verifiers.extraction.sentences import chinese_sentence_number
from mmeval.verifiers.extraction.units import unit_of


@pytest.mark.parametrize(
    ("reply", "stated"),
    [
        ("结果为12", "12"),
        ("因为 3 + 4 = 7，结果为12。", "12"),
        ("因为 3 + 4 = 7，x的值是12厘米。", "12厘米"),
        ("3 + 4 = 7。结果为$\\frac{3}{4}$。", "\\frac{3}{4}"),
    ],
)
def test_a_chinese_clause_that_states_one_value_after_its_copula(reply, stated):
    assert chinese_sentence_number(reply) == stated
    assert not grade("7", reply).correct


@pytest.mark.parametrize(
    "reply", ["因为 3 + 4 = 7，结果不是12。", "结果至少为12。", "因为 $3 + 4 = 7$，结果不是$\\frac{3}{4}$。"]
)
def test_a_denied_or_bounded_chinese_value_is_no_answer(reply):
    assert not grade("12", reply).correct
    assert not grade("\\frac{3}{4}", reply).correct


@pytest.mark.parametrize("mark", ["。", "。\n", "，", "；", "\n", ", "])
def test_the_chinese_answer_label_after_a_sentence_a_clause_or_a_line_is_decided(mark):
    reply = f"因为 3 + 4 = 7{mark}答：12"
    verdict = grade("12", reply)
    assert verdict.correct and not verdict.guessed and verdict.rule == "answer_is"
    assert not grade("7", reply).correct


def test_the_answer_label_inside_a_word_is_no_marker():
    # ("回答" is "reply", "解答" "solution": the label is 答 after a mark, never the end of a word)
    assert grade("12", "回答：3 + 4 = 7，所以是 12").rule != "answer_is"


def test_the_chinese_answer_label_after_a_sentence_and_answer_should_be():
    assert grade("12", "3 + 4 = 7。答：12").correct
    assert not grade("7", "3 + 4 = 7。答：12").correct
    should = grade("3/4", "3 + 4 = 7。答案应该是$\\frac{3}{4}$。")
    assert should.correct and not should.guessed  # ("the answer should be": a marker, decided)


def test_a_value_with_words_in_chinese_before_it_is_no_value_and_unit():
    assert unit_of("结果为12 cm") is None
    assert unit_of("12 cm") is not None
    assert grade("12", "3 + 4 = 7。结果为12 cm").correct


@pytest.mark.parametrize("reply", ["El resultado es 3/4.", "Die Lösung lautet 3/4."])
def test_a_romance_or_german_copula_before_a_plain_value(reply):
    assert grade("0.75", reply).correct
    assert not grade("3", reply).correct


def test_a_spanish_sentence_of_one_long_word_is_still_a_sentence():
    assert grade("12", "El resultado es 12.").correct


def test_russian_answer_right_before_its_value():
    assert grade("12", "Имеем 3 + 4 = 7. Следовательно, ответ 12.").correct
    assert not grade("7", "Имеем 3 + 4 = 7. Следовательно, ответ 12.").correct
