"""Disagreement kinds come from replaying the official path on the published record, never a default."""

from mmeval.benchmarks.official.disagreements import (
    GPT_CONTINUATION,
    GPT_UNSTATED_OPTION,
    OFFICIAL_ERRORS,
    UNCLASSIFIED,
    classify,
)


def _vista(**kw):
    base = {"question_type": "multi_choice", "answer_type": "text", "precision": None,
            "choices": ["yes", "no"], "answer": "no", "response": "Periwinkle is not the maximum."}  # fmt: skip
    return {**base, **kw}


def test_mathvista_kinds_follow_the_official_path():
    row = {"status": "correct", "extracted": "A", "correct": False}
    # GPT's "Periwinkle" is no option: the official closest-option mapping decided
    assert "closest option" in classify("mathvista", _vista(extraction="Periwinkle"), row, True)
    assert classify("mathvista", _vista(extraction="N/A"), row, False) == "official: GPT extracted nothing"
    stated = _vista(extraction="A", response="The correct answer is (B) no.")
    assert "differs from the option the response states" in classify("mathvista", stated, row, False)
    # the same letter as rule mode, yet the verdicts differ: no step of the official path explains it
    odd = _vista(extraction="A", choices=["yes", "no"], answer="yes")
    assert classify("mathvista", odd, {"status": "incorrect", "extracted": "A", "correct": False}, True) == (
        "same answer, different verdict: rule-mode comparison vs the official string compare"
    )


def test_a_letter_for_an_option_the_short_reply_never_mentions_is_an_official_error():
    """source: MathVista llava_llama_2_13b 272 (tune): "The clock shows 5:30." extracted as C (4:30)."""
    times = ["9:30", "1:30", "4:30", "5:30", "11:30"]
    record = _vista(choices=times, answer="4:30", response="The clock shows 5:30.", extraction="C")
    rule = {"status": "incorrect", "extracted": "D", "correct": False}
    assert classify("mathvista", record, rule, True) == GPT_UNSTATED_OPTION
    assert GPT_UNSTATED_OPTION in OFFICIAL_ERRORS
    # GPT's letter is an option the reply mentions: no evidence against it
    said = _vista(choices=times, answer="4:30", response="It shows 5:30, or maybe 4:30.", extraction="C")
    assert classify("mathvista", said, rule, True) != GPT_UNSTATED_OPTION
    # rule mode read another option than the one stated, or the reply is a worked solution: not this kind
    other = {**rule, "extracted": "B"}
    assert classify("mathvista", record, other, True) != GPT_UNSTATED_OPTION
    long = _vista(choices=times, answer="4:30", response="Step 1.\nThe clock shows 5:30.", extraction="C")
    assert classify("mathvista", long, rule, True) != GPT_UNSTATED_OPTION
    # "5:30" inside "15:30" is no mention of option 5:30
    part = _vista(choices=times, answer="4:30", response="The train leaves at 15:30.", extraction="C")
    assert classify("mathvista", part, rule, True) != GPT_UNSTATED_OPTION


def _mathv(model_answer, gold="D", options=None, response=""):
    options = options if options is not None else ["$1$", "$2$", "$3$", "$\\frac{1}{900}$", "$5$"]
    return {"model_answer": model_answer, "_gold": gold, "_options": options, "response": response}


def test_mathv_official_errors_are_proven_by_the_official_judge_itself():
    rejected = {"status": "incorrect", "extracted": "1/1024", "correct": False}
    kind = classify("mathvision", _mathv("\\frac{1}{1024}"), rejected, True)
    assert kind in OFFICIAL_ERRORS and "rounding" in kind  # 1/1024 and 1/900 are both 0.00
    # equal even as floats, yet not equal: source MATH-V ChatGPT3.5-CoT 2822 (tune), 1/3 for (3^1008-1)/3^1009
    tie = _mathv("\\frac{1}{3}", gold="\\frac{3^{1008}-1}{3^{1009}}", options=[])
    assert classify("mathvision", tie, rejected, True) in OFFICIAL_ERRORS
    same = _mathv("\\frac{2}{6}", gold="\\frac{1}{3}", options=[])  # truly equal: no official error
    assert classify(
        "mathvision", same, {"status": "incorrect", "extracted": "x", "correct": False}, True
    ) not in (OFFICIAL_ERRORS)
    unit = classify(
        "mathvision", _mathv("1{cm}", gold="1", options=[]), {"extracted": "1", "correct": True}, False
    )
    assert unit.startswith("official: extraction kept a unit")
    other = classify(
        "mathvision", _mathv("7", gold="1", options=[]), {"extracted": "x", "correct": True}, False
    )
    assert other == UNCLASSIFIED


def test_the_split_covers_every_published_output_file_once():
    import json
    from pathlib import Path

    import pytest

    root = Path(__file__).resolve().parents[2]
    shared = root.parent / "shared" / "data" / "published"
    if not shared.is_dir():
        pytest.skip("../shared/data/published not present")
    split = json.loads((root / "tests/benchmarks/data/published_splits.json").read_text(encoding="utf-8"))
    files = {
        "mathvista": {
            p.name[len("output_") : -len(".json")]
            for p in (shared / "mathvista/outputs").glob("output_*.json")
        },
        "mathvision": {p.stem for p in (shared / "mathvision/outputs").glob("*.jsonl")},
    }
    for bench, names in files.items():
        tune, check = split[bench]["tune"], split[bench]["check"]
        assert sorted(tune + check) == sorted(names) and not set(tune) & set(check)
        assert abs(len(tune) - len(check)) <= 1


def test_mathvista_gpt_letter_is_an_official_error_only_when_letter_and_text_agree():
    """source: MathVista llava_llama_2_13b 79 (tune): "The correct answer is (C) 60°." with option C = 60°
    and GPT's extraction B is an official error; a reply whose letter and value disagree is not."""
    row = {"status": "correct", "extracted": "C", "correct": True}
    choices = ["30°", "45°", "60°", "70°"]
    both = _vista(choices=choices, answer="60°", extraction="B", response="The correct answer is (C) 60°.")
    assert classify("mathvista", both, row, False) in OFFICIAL_ERRORS
    clash = _vista(choices=choices, answer="60°", extraction="B", response="The correct answer is (C) 45°.")
    kind = classify("mathvista", clash, row, False)
    assert kind not in OFFICIAL_ERRORS and "differs from the option the response states" in kind


def test_mathvista_a_refusal_gpt_read_as_an_option_is_its_own_kind():
    """source: MathVista claude_2shot_solution 24 (tune), shortened: the reply declines, GPT extracted "B"."""
    reply = "There is insufficient context to determine if Periwinkle is the maximum. I cannot definitively answer."
    row = {"status": "correct", "extracted": "A", "correct": False, "rule": "official_closest_option"}
    kind = classify("mathvista", _vista(extraction="B", response=reply), row, True)
    assert (
        kind.startswith("official: GPT read an option into a reply that declines")
        and kind not in OFFICIAL_ERRORS
    )
    answered = _vista(extraction="B", response=reply + " The best answer is (B).")  # it answers after all
    assert not classify("mathvista", answered, row, True).startswith("official: GPT read an option")


def test_mathvista_gpt_reading_a_made_up_follow_up_question_is_an_official_error():
    """source: MathVista claude_2shot_solution 732 (tune), shortened: the reply answers A, then asks and
    answers a question of its own; GPT extracted that question's 595."""
    reply = (
        "The grasshopper relies on plants.\n\nThe correct option is A - Grasshopper.\n\n"
        "Question: What is 85 + 510?\n\nSolution: 85 + 510 = 595."
    )
    record = _vista(choices=["Grasshopper", "Snake"], answer="Grasshopper", extraction="595", response=reply)
    row = {"status": "correct", "extracted": "A", "correct": True, "rule": "choice_letter"}
    kind = classify("mathvista", record, row, False)
    assert kind == GPT_CONTINUATION and kind in OFFICIAL_ERRORS
    # the same value in the reply's own answer before the follow-up: not evidence of a misread
    own = {**record, "response": "So 595 is the count.\n\nQuestion: What is 85 + 510?\n\n85 + 510 = 595."}
    assert "made up" not in classify("mathvista", own, row, False)
    # a bare letter says nothing about where GPT read it
    letter = {**record, "extraction": "B"}
    assert "made up" not in classify("mathvista", letter, row, False)


def test_mathv_extraction_that_kept_a_math_delimiter():
    """source: MATH-V Gemini-Pro 2903 (check): the official extraction `25\\pi\\)` is the gold once the `\\)`
    the extraction kept is dropped; the official judge could not parse it."""
    accepted = {"status": "correct", "extracted": "25\\pi", "correct": True}
    kind = classify("mathvision", _mathv("25\\pi\\)", gold="25\\pi", options=[]), accepted, False)
    assert "kept a math delimiter" in kind
    # without the delimiter the same answer is some other kind
    assert "delimiter" not in classify(
        "mathvision", _mathv("24\\pi", gold="25\\pi", options=[]), accepted, False
    )


def test_mathv_extraction_that_ran_past_a_closing_delimiter_into_a_unit():
    """source: MATH-V Gemini-Pro 2954 (check): the official extraction `2\\pi\\)inches` is the gold up to the
    `\\)` it ran past (into the unit after it); with the delimiter dropped whole it is `2\\piinches`."""
    accepted = {"status": "correct", "extracted": "2 \\pi", "correct": True}
    kind = classify("mathvision", _mathv("2\\pi\\)inches", gold="2\\pi", options=[]), accepted, False)
    assert "kept a math delimiter" in kind
    other = classify("mathvision", _mathv("3\\pi\\)inches", gold="2\\pi", options=[]), accepted, False)
    assert "delimiter" not in other


def test_mathv_extraction_that_garbled_a_bold_letter_kept_markup():
    """source: MATH-V GPT4-CoT_Text-Only 1817 (check): `\\boxed{\\textbf{(1)}}` extracted as `bf{(1)}`."""
    accepted = {"status": "correct", "extracted": "\\textbf{(1)}", "correct": True}
    kind = classify("mathvision", _mathv("bf{(1)}", gold="1", options=[]), accepted, False)
    assert "kept markup" in kind
    assert "markup" not in classify("mathvision", _mathv("(1)", gold="1", options=[]), accepted, False)


def test_a_letter_gpt_took_from_a_made_up_question_is_an_official_error():
    """GPT's letter is the answer of a question the reply made up after answering with another letter
    (MathVista claude_2shot_solution 635: "The answer is B. Question: ... Therefore, the answer is D.")."""
    choices = ["2", "3", "4", "5"]
    reply = (
        "Area is 1.5.\n\nThe answer is B.\n\nQuestion: How many pencils?\nSo 5.\nTherefore, the answer is D."
    )
    record = _vista(choices=choices, answer="3", response=reply, extraction="D")
    row = {"status": "correct", "extracted": "B", "correct": True}
    assert classify("mathvista", record, row, False) == GPT_CONTINUATION
    assert GPT_CONTINUATION in OFFICIAL_ERRORS
    # the same letter as the reply's own answer, or a reply with no answer before the made-up question: no
    assert classify("mathvista", {**record, "extraction": "B"}, row, False) != GPT_CONTINUATION
    unanswered = reply.replace("The answer is B.", "Let me see.")
    assert classify("mathvista", {**record, "response": unanswered}, row, False) != GPT_CONTINUATION
