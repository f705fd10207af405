"""`python -m mmeval verify`, run as a user runs it (a subprocess): verdicts, metrics, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mmeval.cli import main
from mmeval.verifiers import Status

ROOT = Path(__file__).resolve().parents[2]


def verify(*args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    return subprocess.run(
        [sys.executable, "-m", "mmeval", "verify", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
    )


def verify_in_process(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    """The same command through `mmeval.cli.main` in this process (no interpreter start-up)."""
    try:
        code = main(["verify", *args])
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


ROWS = [
    {"id": "a", "gold": "1/2", "response": "so the answer is \\boxed{0.5}", "label": 1},  # TP
    {"id": "b", "gold": "3", "response": "The answer is 4.", "label": 0},  # TN
    {"id": "c", "gold": "B", "response": "The answer is (B)", "choices": ["3", "4"], "label": 1},  # TP
    {"id": "d", "gold": 12, "response": "", "label": 1},  # FN (no answer)
    {"id": "e", "gold": "7", "response": "\\boxed{7}", "label": False},  # FP (label says wrong)
    {"id": "f", "gold": "3.14159", "response": "\\boxed{3.14}", "precision": 2, "answer_type": "float"},
]


def test_single_pair_in_process(capsys):
    code, out, _ = verify_in_process(
        capsys, "--gold", "3", "--pred", "The answer is 4.", "--answer-type", "integer", "--json"
    )
    assert code == 0 and json.loads(out)["status"] == "incorrect"


def test_response_is_the_same_flag_as_pred(capsys):
    # a pairs file names the field "response"; the flag accepts that name too
    code, out, _ = verify_in_process(capsys, "--gold", "4", "--response", "The answer is 4.", "--json")
    assert code == 0 and json.loads(out)["status"] == "correct"


def test_single_pair_text_and_json():
    out = verify("--gold", "1/2", "--pred", "so the answer is \\boxed{0.5}")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("correct") and "boxed" in out.stdout
    out = verify("--gold", "B", "--pred", "The answer is (B)", "--choices", "3", "4", "5", "--json")
    verdict = json.loads(out.stdout)
    assert verdict["status"] == "correct" and verdict["extracted"] == "B" and verdict["rule"]


def test_file_metrics_json_and_out_order(tmp_path):
    pairs = write_jsonl(tmp_path / "pairs.jsonl", ROWS)
    out_file = tmp_path / "verdicts.jsonl"
    out = verify(str(pairs), "--json", "--out", str(out_file), "--workers", "2", "--timeout", "3")
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    for key in ("n", "accuracy", "precision", "recall", "f1", "pairs_per_s", "status_counts"):
        assert key in summary
    assert set(summary["status_counts"]) == {s.value for s in Status}
    verdicts = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert [v["id"] for v in verdicts] == [r["id"] for r in ROWS]  # input order
    assert [v["status"] for v in verdicts] == [
        "correct",
        "incorrect",
        "correct",
        "no_answer",
        "correct",
        "correct",
    ]
    # 5 labeled rows: TP a, c; TN b; FN d; FP e
    assert summary["n"] == 6 and summary["n_labeled"] == 5
    assert summary["accuracy"] == pytest.approx(4 / 6)
    assert summary["precision"] == pytest.approx(2 / 3) and summary["recall"] == pytest.approx(2 / 3)
    assert summary["f1"] == pytest.approx(2 / 3)
    assert summary["status_counts"]["correct"] == 4 and summary["status_counts"]["no_answer"] == 1


def test_file_text_output_and_progress_on_stderr(tmp_path):
    pairs = write_jsonl(
        tmp_path / "pairs.jsonl", [{k: v for k, v in r.items() if k != "label"} for r in ROWS]
    )
    out = verify(str(pairs), "--workers", "1")
    assert out.returncode == 0, out.stderr
    assert "pairs: 6" in out.stdout and "precision" not in out.stdout  # no labels, no P/R/F1
    assert "grading" in out.stderr  # the tqdm bar
    out = verify(str(pairs), "--json", "--no-progress")
    summary = json.loads(out.stdout)
    assert summary["precision"] is None and summary["f1"] is None and out.stderr == ""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("{not json", "invalid JSON"),
        ('["gold", "response"]', "expected a JSON object"),
        ('{"gold": "1"}', "missing key 'response'"),
        ('{"gold": "1", "response": 2}', "'response' must be a string"),
        ('{"gold": null, "response": "2"}', "'gold' must be a string or a number"),
        ('{"gold": "1", "response": "1", "label": "yes"}', "'label' must be 0, 1"),
        ('{"gold": "1", "response": "1", "choices": "AB"}', "'choices' must be a list of strings"),
        ('{"gold": "1", "response": "1", "answer_type": "number"}', "'answer_type' must be one of"),
        ('{"gold": "1", "response": "1", "precision": "2"}', "'precision' must be a number"),
        ('{"gold": "1", "response": "1", "tolerance": [0.1, "x"]}', "'tolerance' must be a number >= 0"),
        ('{"gold": "1", "response": "1", "tolerance": -0.1}', "'tolerance' must be a number >= 0"),
    ],
)
def test_malformed_rows_exit_2_with_file_and_line(tmp_path, capsys, line, expected):
    pairs = write_jsonl(tmp_path / "bad.jsonl", [ROWS[0], "", line])
    code, out, err = verify_in_process(capsys, str(pairs), "--no-progress")
    assert code == 2
    assert f"{pairs}:3:" in err and expected in err
    assert out == ""


def test_malformed_file_exits_2_from_the_command_line(tmp_path):
    pairs = write_jsonl(tmp_path / "bad.jsonl", [ROWS[0], '{"gold": "1"}'])
    out = verify(str(pairs))
    assert out.returncode == 2 and f"{pairs}:2: missing key 'response'" in out.stderr and out.stdout == ""


def test_bad_invocations_exit_2(tmp_path, capsys):
    assert verify_in_process(capsys)[0] == 2  # neither a file nor --gold/--pred
    assert verify_in_process(capsys, "--gold", "1")[0] == 2
    code, _, err = verify_in_process(capsys, str(tmp_path / "nope.jsonl"))
    assert code == 2 and "no such file" in err
    empty = write_jsonl(tmp_path / "empty.jsonl", [""])
    assert "no rows" in verify_in_process(capsys, str(empty))[2]
    assert verify_in_process(capsys, "--gold", "1", "--pred", "1", "--timeout", "0")[0] == 2
    assert verify_in_process(capsys, "--gold", "1", "--pred", "1", "--answer-type", "bogus")[0] == 2
    assert verify_in_process(capsys, str(empty), "--gold", "1", "--pred", "1")[0] == 2


def test_tolerance_from_rows_and_the_command_line(tmp_path, capsys):
    """An absolute tolerance per row (OlympiadBench's `error`) or per call; a negative one exits 2."""
    rows = [{"gold": "5.2", "response": "5.3", "tolerance": 0.1}, {"gold": "5.2", "response": "5.3"}]
    out = tmp_path / "v.jsonl"
    code, _, _ = verify_in_process(capsys, str(write_jsonl(tmp_path / "t.jsonl", rows)), "--out", str(out))
    assert code == 0
    assert [json.loads(x)["correct"] for x in out.read_text().splitlines()] == [True, False]
    gold, pred = r"7 \times 10^{35}, 0.002", r"0.001, 7.1 \cdot 10^{35}"
    within = verify_in_process(
        capsys, "--gold", gold, "--pred", pred, "--tolerance", "1e34", "1e-3", "--json"
    )
    assert json.loads(within[1])["status"] == "correct"
    assert (
        json.loads(verify_in_process(capsys, "--gold", gold, "--pred", pred, "--json")[1])["status"]
        == "incorrect"
    )
    code, _, err = verify_in_process(capsys, "--gold", "1", "--pred", "1", "--tolerance", "-1")
    assert code == 2 and "--tolerance must be >= 0" in err
