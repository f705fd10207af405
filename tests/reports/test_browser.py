"""The generated HTML in a real headless chromium: numbers, sorting, drill-down filters, no console errors."""

from __future__ import annotations

import json

import pytest

from mmeval.cli import main
from mmeval.reports import discover
from mmeval.reports.tables import leaderboard, runs_frame

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(synthetic_runs, tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "leaderboard.html"
    a, b = synthetic_runs / "alpha-mathvista", synthetic_runs / "beta-mathvista"
    assert main(["report", str(synthetic_runs), "-o", str(out), "--compare", str(a), str(b)]) == 0
    return out


@pytest.fixture()
def opened(page, report):
    errors: list[str] = []
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.set_viewport_size({"width": 1300, "height": 900})
    page.goto(report.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    yield page
    assert errors == [], errors
    # self-contained: nothing but the file itself and inline data is ever fetched
    assert all(u.startswith(("file:", "data:", "blob:")) for u in requests), requests


def _column(page, index: int) -> list[str]:
    return page.eval_on_selector_all(
        "#leaderboard tbody tr", f"rows => rows.map(r => r.cells[{index}].dataset.v)"
    )


def test_leaderboard_numbers_and_sorting(opened, synthetic_runs, tmp_path):
    page = opened
    table = leaderboard(runs_frame(discover([synthetic_runs])[0]))
    labels = page.eval_on_selector_all("#leaderboard tbody tr", "rows => rows.map(r => r.dataset.label)")
    assert labels == list(table.index)
    headers = page.eval_on_selector_all("#leaderboard thead th", "ths => ths.map(t => t.textContent.trim())")
    col = headers.index("mathvision/test")
    shown = page.locator("#leaderboard tbody tr[data-label='gamma'] td").nth(col).locator(".v").inner_text()
    assert shown == f"{table.at['gamma', 'mathvision/test']:.1f}"
    assert "⚠" in headers[headers.index("mathvista/testmini ⚠")]  # unlike temperatures flagged
    vista = headers.index("mathvista/testmini ⚠")
    best = page.eval_on_selector_all(
        "#leaderboard tbody tr",
        f"rows => rows.filter(r => r.cells[{vista}].classList.contains('best')).map(r => r.dataset.label)",
    )
    assert best == [table["mathvista/testmini"].idxmax()]

    page.locator("#leaderboard thead th", has_text="mathvision/test").click()
    desc = [float(v) for v in _column(page, col) if v]
    assert desc == sorted(desc, reverse=True) and _column(page, col)[-1] == ""  # missing sorts last
    page.locator("#leaderboard thead th", has_text="mathvision/test").click()
    asc = [float(v) for v in _column(page, col) if v]
    assert asc == sorted(asc)
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=False)
    print(f"screenshot: {shot}")


def test_drilldown_filters_search_and_paging(opened, synthetic_runs):
    page = opened
    first = page.locator("#dd-run").input_value()
    run_dir = runs_frame(discover([synthetic_runs])[0]).loc[int(first), "path"]
    rows = [json.loads(x) for x in open(f"{run_dir}/samples.jsonl")]
    assert page.locator("#dd-rows tr").count() == 50  # first page only
    assert page.locator("#dd-count").inner_text() == f"{len(rows)} of {len(rows)} samples"

    page.select_option("#dd-status", "incorrect")
    n_wrong = sum(r["status"] == "incorrect" for r in rows)
    assert page.locator("#dd-count").inner_text() == f"{n_wrong} of {len(rows)} samples"
    statuses = page.eval_on_selector_all("#dd-rows tr", "rows => rows.map(r => r.dataset.status)")
    assert set(statuses) == {"incorrect"}

    page.select_option("#dd-status", "")
    cat = "task=geometry problem solving" if "mathvista" in run_dir else "level=3"
    page.select_option("#dd-cat", label=cat)
    key, value = cat.split("=")
    expected = sum(value == r["categories"][key] for r in rows)
    assert page.locator("#dd-count").inner_text() == f"{expected} of {len(rows)} samples"

    page.select_option("#dd-cat", "")
    page.fill("#dd-search", rows[7]["question"][:20])
    page.wait_for_function("document.getElementById('dd-count').textContent.startsWith('1 of')")
    assert page.locator("#dd-rows tr td").first.inner_text() == rows[7]["id"]

    page.fill("#dd-search", "")
    page.wait_for_function(f"document.getElementById('dd-count').textContent.startsWith('{len(rows)} of')")
    page.click("#dd-next")
    assert page.locator("#dd-page").inner_text() == f"page 2 / {-(-len(rows) // 50)}"
    assert page.locator("#dd-rows tr td").first.inner_text() == rows[50]["id"]


def test_clicking_a_cell_opens_its_run(opened):
    page = opened
    cell = page.locator("#leaderboard tbody tr[data-label='beta'] td[data-run]").first
    run = cell.get_attribute("data-run")
    cell.click()
    page.wait_for_function(f"document.getElementById('dd-run').value === '{run}'")
    assert "beta" in page.locator("#dd-run option:checked").inner_text()


def test_comparison_and_training_sections(opened):
    page = opened
    summary = page.locator(".cmp-summary").inner_text()
    assert "McNemar" in summary and "paired samples" in summary
    assert page.locator("#training svg").count() == 1
    assert page.locator("#breakdowns svg").count() >= 4
