"""`mmeval score`: published formats, run folders, official/rule modes, submission files, bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mmeval.benchmarks import fixture_path
from mmeval.benchmarks.official.mathverse import judge_prompt, parse_judgement, quick_match
from mmeval.runs.scoring import score_predictions
from mmeval.runs.store import load_run

PUBLISHED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "published"


def _score(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mmeval", "score", *args], capture_output=True, text=True)


def _mathvista_outputs(tmp_path: Path, responses: dict[str, tuple[str, str]]) -> Path:
    """A MathVista output_*.json over the fixture problems: pid -> (response, extraction)."""
    records = json.loads((fixture_path("mathvista") / "testmini.json").read_text(encoding="utf-8"))
    out = {pid: {**records[pid], "response": r, "extraction": e} for pid, (r, e) in responses.items()}
    path = tmp_path / "output_model.json"
    path.write_text(json.dumps(out), encoding="utf-8")
    return path


def test_official_and_rule_modes_on_a_mathvista_output_file(tmp_path):
    path = _mathvista_outputs(
        tmp_path,
        {
            "5": ("The answer is (A).", "A"),
            "1": ("d = 1.2 cm", "1.21"),
            "4": ("I think 7.", "7"),
            "506": ("...", ""),
        },
    )
    proc = _score("--bench", "mathvista", "--predictions", str(path), "--mode", "official", "--json")
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout)
    assert (res["n"], res["n_correct"], res["score"]) == (4, 2, 50.0)
    assert res["status_counts"] == {"correct": 2, "incorrect": 1, "no_answer": 1}
    assert res["breakdowns"]["question_type"]["multi_choice"] == {"n": 1, "correct": 1, "score": 100.0}
    rule = score_predictions("mathvista", path)
    assert rule["config"]["scoring_mode"] == "rule" and rule["n_correct"] == 2  # (A) and 1.2


def test_out_writes_a_run_folder_that_scores_again(tmp_path):
    path = _mathvista_outputs(tmp_path, {"5": ("(A)", "A"), "3": ("答案是 C", "C")})
    res = score_predictions("mathvista", path, mode="official", out=tmp_path / "run")
    results, rows = load_run(tmp_path / "run")
    assert results["score"] == res["score"] == 100.0 and len(rows) == 2
    assert {r["id"] for r in rows} == {"5", "3"} and all(r["categories"]["skills"] for r in rows)
    # an mmeval run folder is itself a predictions file (golds from --data)
    again = score_predictions("mathvista", tmp_path / "run", data=fixture_path("mathvista"))
    assert again["n_correct"] == 2


def test_predictions_without_golds_need_data(tmp_path):
    preds = tmp_path / "model.jsonl"
    preds.write_text(
        '{"id": "4", "response": "\\\\boxed{6}"}\n{"id": "6", "response": "(D)"}\n', encoding="utf-8"
    )
    proc = _score("--bench", "mathvision", "--predictions", str(preds))
    assert proc.returncode == 2 and "pass --data" in proc.stderr
    data = fixture_path("mathvision") / "testmini.jsonl"
    assert score_predictions("mathvision", preds, data=data)["n_correct"] == 2
    assert score_predictions("mathvision", preds, data=data, mode="official")["n_correct"] == 2


def test_bad_input_exits_2_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "4", "response": "6"}\nnot json\n', encoding="utf-8")
    proc = _score(
        "--bench", "mathvision", "--predictions", str(bad), "--data", str(fixture_path("mathvision"))
    )
    assert proc.returncode == 2 and f"{bad}:2" in proc.stderr
    noid = tmp_path / "noid.jsonl"
    noid.write_text('{"response": "6"}\n', encoding="utf-8")
    proc = _score("--bench", "mathvision", "--predictions", str(noid))
    assert proc.returncode == 2 and "no item id" in proc.stderr
    proc = _score("--bench", "mathvistaa", "--predictions", str(bad))
    assert proc.returncode == 2 and "mathvista" in proc.stderr and "olympiadbench" in proc.stderr
    stray = tmp_path / "stray.jsonl"
    stray.write_text('{"id": "99999", "response": "6"}\n', encoding="utf-8")
    proc = _score(
        "--bench", "mathvision", "--predictions", str(stray), "--data", str(fixture_path("mathvision"))
    )
    assert proc.returncode == 2 and "not in the gold data" in proc.stderr


def test_items_without_answers_give_a_submission_file(tmp_path):
    records = json.loads((fixture_path("mathvista") / "testmini.json").read_text(encoding="utf-8"))
    test = {pid: {**r, "answer": ""} for pid, r in records.items()}
    (tmp_path / "test.json").write_text(json.dumps(test), encoding="utf-8")
    preds = tmp_path / "preds.jsonl"
    preds.write_text(
        "".join(json.dumps({"id": pid, "response": "The answer is (B)."}) + "\n" for pid in test)
    )
    res = score_predictions(
        "mathvista", preds, data=tmp_path / "test.json", split="test", out=tmp_path / "sub"
    )
    submission = json.loads(Path(res["submission"]).read_text(encoding="utf-8"))
    assert set(submission) == set(test) and submission["5"]["extraction"] == "B"


def test_mathverse_quick_match_and_judge_prompt_parsing():
    assert quick_match("B", "B") and not quick_match("B", "B:2√3") and not quick_match("B", None)
    prompt = judge_prompt("What is 1+1?", "2", "two")
    assert "[Standard Answer]: 2" in prompt and prompt.rstrip().endswith("Judgement:")
    assert parse_judgement("Judgement: 1") is True
    assert parse_judgement("0") is False
    assert parse_judgement("The answers differ. Judgement: 0") is False
    assert parse_judgement("I cannot tell") is None


@pytest.mark.skipif(not PUBLISHED.is_dir(), reason="../shared/data/published not present")
def test_published_mathvista_file_reproduces_its_official_score():
    res = score_predictions(
        "mathvista", PUBLISHED / "mathvista" / "outputs" / "output_gpt4_2shot_code.json", mode="official"
    )
    published = json.loads((PUBLISHED / "mathvista" / "outputs" / "scores_gpt4_2shot_code.json").read_text())
    assert res["n_correct"] == published["average"]["correct"] == 260
    for name, table in published.items():
        if name == "average":
            continue
        mine = res["breakdowns"][name]
        assert {v: c["correct"] for v, c in table.items()} == {v: mine[v]["correct"] for v in table}, name
