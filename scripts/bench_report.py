"""Render a report of 10 runs x 4 benchmarks x 3000 synthetic samples; print seconds and HTML size.

    python scripts/bench_report.py [--models 10] [--samples 3000] [--browser]

Synthetic runs (mmeval.reports.synthetic) are written to a temporary folder first (not timed); the
timing (wall clock, and this process's CPU time, which a busy machine does not inflate) covers loading every run, aggregating, drawing the charts and writing the HTML. With
--browser it also opens the file in headless chromium and times until the first run's samples are
decoded and drawn.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from mmeval.reports.loading import discover  # noqa: E402
from mmeval.reports.render import render_html  # noqa: E402
from mmeval.reports.synthetic import write_synthetic_run  # noqa: E402

BENCHMARKS = ("mathvista", "mathverse", "mathvision", "olympiadbench")


def _browser_seconds(html: Path) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(html.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=120_000)
        seconds = time.perf_counter() - start
        browser.close()
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", type=int, default=10)
    ap.add_argument("--samples", type=int, default=3000)
    ap.add_argument("--browser", action="store_true", help="also time opening the page in chromium")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for m in range(args.models):
            for bench in BENCHMARKS:
                write_synthetic_run(
                    root / "runs" / f"model{m}-{bench}",
                    model=f"synthetic-model-{m}",
                    benchmark=bench,
                    n=args.samples,
                    accuracy=0.3 + 0.04 * m,
                )
        start, cpu_start = time.perf_counter(), time.process_time()
        runs, training = discover([root / "runs"])
        loaded = time.perf_counter()
        out = render_html(runs, training, root / "leaderboard.html")
        done, cpu = time.perf_counter(), time.process_time() - cpu_start
        n_samples = sum(len(r.samples) for r in runs)
        size = out.stat().st_size
        print(
            f"runs: {len(runs)} ({args.models} models x {len(BENCHMARKS)} benchmarks), samples: {n_samples}"
        )
        print(
            f"load: {loaded - start:.1f} s, aggregate + charts + HTML: {done - loaded:.1f} s, "
            f"total: {done - start:.1f} s wall, {cpu:.1f} s CPU (one process)"
        )
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"HTML size: {size / 1e6:.1f} MB ({size / n_samples:.0f} bytes per sample)")
        if args.browser:
            print(f"chromium: page open until first run's samples drawn: {_browser_seconds(out):.1f} s")


if __name__ == "__main__":
    main()
