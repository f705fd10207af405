"""Replay, as a new user would (each command a subprocess), the mistakes and accidents of issue 13.

    python scripts/newcomer_check.py [--json FILE] [--keep DIR]

1. Bad input: every case must exit 2 with exactly one stderr line that names what was wrong, no
   traceback, and fail fast (before any model loads: no Hub retries).
2. Sampled runs: kill -9 mid-batch, then the same command again, gives byte-identical responses to an
   uninterrupted run (also a run cut after 5 rows with a torn 6th); batch size 1 and 8 give the same
   responses (the batch size is still part of the sample key).
3. One run folder, two writers started together: one clear error naming the holder, no duplicate rows;
   a folder that already holds duplicated rows is re-scored without counting them twice.
4. Details: split inferred from a testmini file, `--resume` into an empty folder says so, `train` says
   how many rows it skipped and prints no FutureWarning, no BrokenPipeError after an openai-backend run,
   `--version`.
Exit code 0 when every check passes. Needs the `hf`, `train` and `openai` extras; offline.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newcomer_cases import bad_input_cases, mmeval, setup_files  # noqa: E402

SAMPLED = ["--samples", "4", "--temperature", "1.0", "--max-new-tokens", "16", "--no-progress"]


def check_bad_input(files: dict) -> list[dict]:
    results = []
    for name, argv, expect in bad_input_cases(files):
        started = time.perf_counter()
        proc = mmeval(*argv, timeout=180)
        seconds = time.perf_counter() - started
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        problems = []
        if proc.returncode != 2:
            problems.append(f"exit {proc.returncode}")
        if "Traceback" in proc.stderr:
            problems.append("traceback")
        if len(lines) != 1:
            problems.append(f"{len(lines)} stderr lines")
        if expect.lower() not in proc.stderr.lower():
            problems.append(f"message lacks {expect!r}")
        if seconds > 60:
            problems.append(f"slow ({seconds:.0f} s)")
        results.append({"check": f"bad input: {name}", "ok": not problems, "seconds": round(seconds, 1),
                        "detail": "; ".join(problems) or (lines[0] if lines else "")})  # fmt: skip
    return results


def _responses(run_dir: Path) -> dict:
    """{(id, sample_idx): response} and the raw row count of a run folder."""
    rows = [json.loads(line) for line in (run_dir / "samples.jsonl").read_text("utf-8").splitlines()]
    return {(r["id"], r["sample_idx"]): r["response"] for r in rows}, len(rows), len({r["key"] for r in rows})


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _kill_mid_batch(argv: list[str], samples: Path, batch: int) -> int:
    """Start the run and SIGKILL it while a batch is half written; returns the rows it left."""
    proc = mmeval(*argv, background=True)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        n = _lines(samples)
        if n % batch:  # mid-batch: some rows of the current batch written, not all
            proc.kill()
            break
        time.sleep(0.001)
    proc.wait()
    return _lines(samples)


def check_sampled_resume(files: dict, root: Path) -> list[dict]:
    base = ["run", "--model", files["model"], "--bench", "mathvista", "--data", files["fixture"], *SAMPLED]
    ref = root / "sampled-ref"
    assert mmeval(*base, "--batch-size", "8", "--out", str(ref)).returncode == 0
    want, n_ref, _ = _responses(ref)
    out = []
    for attempt in range(5):  # a kill that lands exactly on a batch boundary proves less: try again
        killed = root / f"sampled-killed-{attempt}"
        left = _kill_mid_batch(
            [*base, "--batch-size", "8", "--out", str(killed)], killed / "samples.jsonl", 8
        )
        if 0 < left < n_ref and left % 8:
            break
    resumed = mmeval(*base, "--batch-size", "8", "--out", str(killed))
    got, n_rows, n_keys = _responses(killed)
    out.append({"check": "kill -9 mid-batch, resume: byte-identical responses",
                "ok": resumed.returncode == 0 and got == want and n_rows == n_keys == n_ref and 0 < left % 8,
                "detail": f"killed with {left} of {n_ref} rows written (batch 8); after resume {n_rows} rows, "
                f"{sum(got.get(k) == v for k, v in want.items())}/{n_ref} responses identical"})  # fmt: skip
    cut = root / "sampled-cut"
    cut.mkdir()
    head = (ref / "samples.jsonl").read_text("utf-8").splitlines(keepends=True)[:5]
    (cut / "samples.jsonl").write_text("".join(head) + head[0][:40], "utf-8")  # 5 rows and a torn 6th
    resumed = mmeval(*base, "--batch-size", "8", "--out", str(cut))
    got, n_rows, n_keys = _responses(cut)
    out.append({"check": "run cut after 5 rows (+ torn line), resume: byte-identical responses",
                "ok": resumed.returncode == 0 and got == want and n_rows == n_keys == n_ref,
                "detail": f"{sum(got.get(k) == v for k, v in want.items())}/{n_ref} identical, {n_rows} rows"})  # fmt: skip
    bs1 = root / "sampled-bs1"
    proc = mmeval(*base, "--batch-size", "1", "--out", str(bs1))
    got, _, _ = _responses(bs1)
    out.append({"check": "batch size 1 vs 8: same sampled responses", "ok": proc.returncode == 0 and got == want,
                "detail": f"{sum(got.get(k) == v for k, v in want.items())}/{n_ref} identical"})  # fmt: skip
    return out


def check_two_writers(files: dict, root: Path) -> list[dict]:
    shared = root / "two-writers"
    argv = ["run", "--model", files["model"], "--bench", "mathvista", "--data", files["fixture"],
            "--max-new-tokens", "64", "--batch-size", "1", "--no-progress", "--out", str(shared)]  # fmt: skip
    procs = [mmeval(*argv, background=True) for _ in range(2)]
    codes, errs = [], []
    for proc in procs:
        _, err = proc.communicate(timeout=600)
        codes.append(proc.returncode)
        errs.append(err)
    _, n_rows, n_keys = _responses(shared)
    loser = [e for c, e in zip(codes, errs, strict=True) if c == 2]
    ok = sorted(codes) == [0, 2] and n_rows == n_keys == 8 and "in use by pid" in "".join(loser)
    out = [{"check": "two writers, one folder: one clear error, no duplicate", "ok": ok,
            "detail": f"exit codes {codes}; {n_rows} rows, {n_keys} keys; "
            f"{(loser[0].strip().splitlines() or [''])[-1] if loser else 'no error'}"}]  # fmt: skip
    dup = root / "duplicated-rows"
    dup.mkdir()
    text = (shared / "samples.jsonl").read_text("utf-8")
    (dup / "samples.jsonl").write_text(text + text, "utf-8")  # what two writers used to leave
    proc = mmeval(
        "score", "--bench", "mathvista", "--predictions", str(dup), "--data", files["fixture"], "--json"
    )
    n = json.loads(proc.stdout)["n"] if proc.returncode == 0 else None
    out.append({"check": "re-scoring a folder with every row twice counts each once",
                "ok": n == 8, "detail": f"16 rows on disk -> n = {n}"})  # fmt: skip
    return out


def check_details(files: dict, root: Path) -> list[dict]:
    out = []
    proc = mmeval("score", "--bench", "mathvision", "--predictions", files["mathvision_preds"],
                  "--data", files["mathvision_data"], "--json")  # fmt: skip
    split = json.loads(proc.stdout).get("split") if proc.returncode == 0 else proc.stderr[-200:]
    out.append({"check": "testmini file scored without --split is labelled testmini", "ok": split == "testmini",
                "detail": f"split = {split}"})  # fmt: skip
    train = ["train", "--model", files["model"], "--data", files["train_data"], "--num-generations", "2",
             "--per-device-batch-size", "2", "--max-completion-length", "4", "--max-steps", "1", "--cpu"]  # fmt: skip
    proc = mmeval(*train, "--output-dir", str(root / "train-empty"), "--resume", timeout=600)
    err = proc.stderr
    out.append({"check": "train --resume into an empty folder says so", "ok": "no checkpoint-N folder" in err,
                "detail": next((x for x in err.splitlines() if "--resume" in x), f"exit {proc.returncode}")})  # fmt: skip
    line = next((x for x in err.splitlines() if "skipped" in x), "")
    out.append({"check": "train says how many rows it skipped and why", "ok": "skipped" in line and " of " in line,
                "detail": line[:160]})  # fmt: skip
    out.append({"check": "train prints no FutureWarning", "ok": proc.returncode == 0 and "FutureWarning" not in err,
                "detail": f"exit {proc.returncode}"})  # fmt: skip
    proc = mmeval("run", "--model", "served", "--bench", "mathvista", "--data", files["fixture"], "--backend",
                  "openai", "--base-url", files["dead_url"], "--max-retries", "0", "--limit", "2",
                  "--no-progress", "--out", str(root / "openai-dead"))  # fmt: skip
    time.sleep(3)  # the grading zygote outlives the run by a moment: its last words would come now
    out.append({"check": "openai run: no BrokenPipeError/traceback after exit",
                "ok": proc.returncode == 1 and "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr,
                "detail": f"exit {proc.returncode} (2 failed requests, as expected)"})  # fmt: skip
    proc = mmeval("--version")
    out.append({"check": "mmeval --version", "ok": proc.returncode == 0 and proc.stdout.startswith("mmeval "),
                "detail": proc.stdout.strip()})  # fmt: skip
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--keep", help="work folder to keep (default: a temporary one, removed)")
    args = parser.parse_args()
    root = Path(args.keep or tempfile.mkdtemp(prefix="newcomer-"))
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        files = setup_files(root)
        results = check_bad_input(files)
        for check in (check_sampled_resume, check_two_writers, check_details):
            results += check(files, root)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    for r in results:
        print(f"{'PASS' if r['ok'] else 'FAIL'}  {r['check']}: {r['detail']}")
    n_bad = sum(r["check"].startswith("bad input") for r in results)
    passed = sum(r["ok"] for r in results)
    print(
        f"\n{passed}/{len(results)} checks pass ({n_bad} bad-input cases), {time.perf_counter() - started:.0f} s"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
