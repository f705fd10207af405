"""`score --mode judge` (MathVerse's two-stage GPT judging with any chat model as the judge): the judge's
reply alone sets each verdict. The same responses are scored against two replay judges that answer the
same prompts oppositely; each row must follow its judge, and a judge that answers no 1/0 is an error."""

from __future__ import annotations

import hashlib
import json

import pytest

from mmeval.benchmarks import fixture_path
from mmeval.benchmarks.official.mathverse import judge_prompt
from mmeval.runs.store import load_run

# Answers no rule reads as the gold, so the verdict cannot come from the quick match.
RESPONSE = "After some thought, the answer is {}."
NOT_THE_GOLD = ["the same as before", "hard to say"]


def _records():
    records = json.loads((fixture_path("mathverse") / "testmini.json").read_text(encoding="utf-8"))
    return records[:2]


def _score(harness, tmp_path, url, name):
    preds = tmp_path / f"{name}.jsonl"
    rows = [
        {"id": r["sample_index"], "response": RESPONSE.format(a)}
        for r, a in zip(_records(), NOT_THE_GOLD, strict=True)
    ]
    preds.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / f"{name}-out"
    proc = harness.run_cli(
        "score", "--bench", "mathverse", "--predictions", str(preds), "--data", str(fixture_path("mathverse")),
        "--mode", "judge", "--judge-url", url, "--judge-model", "replay", "--out", str(out),
    )  # fmt: skip
    return proc, load_run(out)[1]


def _table(replies: list[str]) -> dict[str, str]:
    """{sha256(judge prompt): reply} for the two records, in order."""
    table = {}
    for record, answer, reply in zip(_records(), NOT_THE_GOLD, replies, strict=True):
        prompt = judge_prompt(record["question"], record["answer"], answer)
        table[hashlib.sha256(prompt.encode("utf-8")).hexdigest()] = reply
    return table


@pytest.mark.parametrize("replies", [["Judgement: 1", "Judgement: 0"], ["Judgement: 0", "Judgement: 1"]])
def test_each_verdict_is_the_judges(replay_judge, harness, tmp_path, replies):
    server, url, counter = replay_judge.serve(_table(replies))
    try:
        proc, rows = _score(harness, tmp_path, url, "judged")
    finally:
        server.shutdown()
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert counter["unknown"] == 0 and counter["requests"] == 2  # both answers reached the judge
    by_id = {str(r["id"]): r for r in rows}
    for record, reply in zip(_records(), replies, strict=True):
        row = by_id[str(record["sample_index"])]
        assert row["rule"] == "judge" and row["correct"] is reply.endswith("1"), row


def test_a_judge_without_a_verdict_is_an_error_row(replay_judge, harness, tmp_path):
    server, url, _ = replay_judge.serve(_table(["I cannot tell.", "Judgement: 1"]))
    try:
        proc, rows = _score(harness, tmp_path, url, "undecided")
    finally:
        server.shutdown()
    assert proc.returncode == 1  # some samples got no verdict
    statuses = sorted(r["status"] for r in rows)
    assert statuses == ["correct", "error"], rows
