"""The files and bad-input cases `newcomer_check.py` replays (kept apart so the check itself stays short).

Each case is (name, argv, text the one-line error must contain). All are mistakes a new user makes on a
first day: a file where a folder is expected, a typo in a split, a flag the chosen backend ignores,
non-UTF-8 bytes, wrong JSON types, a busy port.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "OMP_NUM_THREADS": "1",
       "TOKENIZERS_PARALLELISM": "false"}  # fmt: skip
_HELD: list[socket.socket] = []  # sockets kept open for the "port in use" case


def mmeval(*argv: str, timeout: float = 900, background: bool = False):
    """`python -m mmeval ARGV` as a user runs it: a subprocess, offline."""
    cmd = [sys.executable, "-m", "mmeval", *argv]
    if background:
        return subprocess.Popen(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=timeout)


def _write_jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def _busy_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    _HELD.append(sock)
    return sock.getsockname()[1]


def _closed_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/v1"


def setup_files(root: Path) -> dict:
    """The tiny checkpoint, the shipped fixtures and the broken files the cases use."""
    from mmeval.benchmarks import fixture_path
    from mmeval.models.tiny_model import build_tiny_model

    fixture = Path(fixture_path("mathvista"))
    ids = [str(r["pid"]) for r in json.loads((fixture / "testmini.json").read_text("utf-8")).values()]
    f = {"model": str(build_tiny_model(root / "tiny")), "fixture": str(fixture), "root": root}
    f["notes"] = root / "notes.txt"
    f["notes"].write_text("my notes\n", encoding="utf-8")
    f["preds"] = _write_jsonl(root / "preds.jsonl", [{"id": i, "response": "The answer is 1."} for i in ids])
    f["dup_preds"] = _write_jsonl(root / "dup.jsonl", [{"id": i, "response": "1"} for i in [*ids, ids[2]]])
    latin = root / "latin1.jsonl"
    latin.write_bytes(b'{"id": "1", "response": "ok"}\n{"id": "3", "response": "caf\xe9"}\n')
    f["latin1"] = str(latin)
    (root / "latin1-data.json").write_bytes(b'[{"pid": "1", "question": "caf\xe9?", "answer": "1"}]')
    f["latin_data"] = str(root / "latin1-data.json")
    bad_run = root / "bad-types-run"
    bad_run.mkdir()
    _write_jsonl(bad_run / "samples.jsonl", [{"key": "k1", "id": "1", "sample_idx": 0, "response": "1",
                                              "status": "correct", "correct": True, "categories": "geometry"}])  # fmt: skip
    f["bad_run"] = str(bad_run)
    bad_results = root / "bad-results-run"
    bad_results.mkdir()
    shutil.copy(bad_run / "samples.jsonl", bad_results / "samples.jsonl")
    (bad_results / "samples.jsonl").write_text('{"key": "k1", "id": "1", "response": "1"}\n', "utf-8")
    (bad_results / "results.json").write_text(json.dumps({"model": "m", "benchmark": "mathvista",
                                                          "score": "high"}), "utf-8")  # fmt: skip
    f["bad_results"] = str(bad_results)
    latin_run = root / "latin1-run"
    latin_run.mkdir()
    (latin_run / "samples.jsonl").write_bytes(b'{"key": "k1", "id": "1", "response": "caf\xe9"}\n')
    (latin_run / "results.json").write_text(
        json.dumps({"model": "m", "benchmark": "mathvista", "score": 0}), "utf-8"
    )
    f["latin_run"] = str(latin_run)
    f["afile"] = str(f["notes"])
    f["train_data"] = _train_rows(root)
    latin_train = root / "train-latin1.jsonl"
    latin_train.write_bytes(b'{"id": "1", "question": "caf\xe9?", "answer": "1"}\n')
    f["latin_train"] = str(latin_train)
    mv = Path(fixture_path("mathvision"))
    f["mathvision_data"] = str(mv / "testmini.jsonl")
    mv_ids = [
        json.loads(x)["id"] for x in (mv / "testmini.jsonl").read_text("utf-8").splitlines() if x.strip()
    ]
    f["mathvision_preds"] = _write_jsonl(
        root / "gemini_outputs.jsonl", [{"id": i, "response": "A"} for i in mv_ids]
    )
    f["busy_port"] = str(_busy_port())
    f["dead_url"] = _closed_url()
    return f


def _train_rows(root: Path) -> str:
    """The shipped K12 rows (images made absolute) and two rows whose image is missing (to be skipped)."""
    from mmeval.benchmarks import fixture_path

    k12 = Path(fixture_path("k12"))
    rows = json.loads((k12 / "k12.json").read_text("utf-8"))
    for row in rows:
        row["image_path"] = str(k12 / row["image_path"])
    rows += [{**rows[0], "id": f"lost-{i}", "image_path": str(root / f"lost-{i}.png")} for i in range(2)]
    path = root / "train.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    return str(path)


def bad_input_cases(f: dict) -> list[tuple[str, list[str], str]]:
    run = ["run", "--bench", "mathvista", "--data", f["fixture"], "--no-progress"]
    good = [*run, "--model", f["model"]]
    score = ["score", "--bench", "mathvista", "--data", f["fixture"]]
    train = ["train", "--model", f["model"], "--data", f["train_data"], "--cpu"]
    out = str(f["root"] / "o")
    serve = ["serve-rewards"]
    return [
        ("run --model is a text file", [*run, "--model", str(f["notes"])], "expected a checkpoint folder"),
        ("run --model does not exist", [*run, "--model", "nope"], "no such checkpoint folder"),
        ("run --out is a file", [*good, "--out", f["afile"]], "is a file"),
        ("run --split nosuch", [*good, "--split", "nosuch"], "unknown mathvista --split 'nosuch'"),
        (
            "run --base-url with transformers",
            [*good, "--backend", "transformers", "--base-url", "http://x/v1"],
            "--base-url applies to the openai backend",
        ),
        (
            "run --tensor-parallel-size with transformers",
            [*good, "--backend", "transformers", "--tensor-parallel-size", "2"],
            "--tensor-parallel-size applies",
        ),
        ("run --bench nosuch", ["run", "--model", f["model"], "--bench", "nosuch"], "nosuch"),
        ("run --samples 0", [*good, "--samples", "0"], "--samples: must be >= 1"),
        ("run --limit -3", [*good, "--limit", "-3"], "--limit: must be >= 1"),
        ("run --top-p 1.5", [*good, "--top-p", "1.5"], "--top-p: must be in (0, 1]"),
        ("run --max-new-tokens abc", [*good, "--max-new-tokens", "abc"], "expected an integer"),
        (
            "run --data with non-UTF-8 bytes",
            ["run", "--model", f["model"], "--bench", "mathvista", "--data", f["latin_data"]],
            "latin1-data.json:1:",
        ),
        (
            "score --workers -2",
            [*score, "--predictions", f["preds"], "--workers", "-2"],
            "--workers: must be >= 1",
        ),
        ("score non-UTF-8 predictions", [*score, "--predictions", f["latin1"]], "latin1.jsonl:2:"),
        ("score duplicate ids", [*score, "--predictions", f["dup_preds"]], "duplicate id"),
        (
            "score run folder with wrong JSON types",
            [*score, "--predictions", f["bad_run"]],
            "field 'categories' is a JSON str",
        ),
        (
            "score --split nosuch",
            [*score, "--predictions", f["preds"], "--split", "nosuch"],
            "unknown mathvista",
        ),
        ("score --out is a file", [*score, "--predictions", f["preds"], "--out", f["afile"]], "is a file"),
        ("score missing predictions", [*score, "--predictions", "nope.jsonl"], "nope.jsonl: no such"),
        ("report non-UTF-8 run file", ["report", f["latin_run"], "-o", out + ".html"], "not UTF-8"),
        (
            "report wrong JSON type in results.json",
            ["report", f["bad_results"], "-o", out + ".html"],
            "field 'score' is a JSON str",
        ),
        ("report -o is a folder", ["report", f["bad_run"], "-o", str(f["root"])], "is a folder"),
        (
            "train --model does not exist",
            ["train", "--model", "nope", "--data", f["train_data"], "--output-dir", out],
            "no such checkpoint folder",
        ),  # fmt: skip
        (
            "train --model is a text file",
            ["train", "--model", str(f["notes"]), "--data", f["train_data"], "--output-dir", out],
            "expected a checkpoint folder",
        ),  # fmt: skip
        ("train --max-steps 0", [*train, "--output-dir", out, "--max-steps", "0"], "--max-steps: must be -1"),
        (
            "train --eval-bench nosuch",
            [*train, "--output-dir", out, "--eval-bench", "nosuch", "--eval-every", "1"],
            "--eval-bench",
        ),
        (
            "train non-UTF-8 data",
            ["train", "--model", f["model"], "--data", f["latin_train"], "--output-dir", out],
            "train-latin1.jsonl:1:",
        ),
        ("train --output-dir is a file", [*train, "--output-dir", f["afile"]], "is a file"),
        ("serve-rewards --port 70000", [*serve, "--port", "70000"], "--port: must be a port"),
        ("serve-rewards port in use", [*serve, "--port", f["busy_port"]], "already in use"),
        ("serve-rewards --host bad", [*serve, "--host", "no such host!", "--port", "0"], "--host"),
        ("serve-rewards --workers 0", [*serve, "--workers", "0"], "--workers: must be >= 1"),
        (
            "serve-rewards --accuracy-weight -1",
            [*serve, "--accuracy-weight", "-1"],
            "--accuracy-weight: must be >= 0",
        ),
        ("verify --out is a folder", ["verify", f["preds"], "--out", str(f["root"])], "--out"),
        ("verify non-UTF-8 file", ["verify", f["latin1"]], "latin1.jsonl:2"),
        ("misspelt option", [*good, "--temprature", "1"], "unrecognized arguments"),
    ]
