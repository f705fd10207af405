"""The generated HTML in a real headless chromium: numbers, sorting, drill-down filters, no console errors."""

from __future__ import annotations

import json

import pytest

from mmeval.cli import main
from mmeval.reports import discover
from mmeval.reports.synthetic import write_synthetic_run
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


# ---- layout at a 1400 px window, and Chinese text drawn with a CJK font (not tofu boxes) ----
WINDOW = 1400
CJK_LABEL = "Published 中文模型"  # the model name of the re-scored run in `mixed_runs`
CJK_FAMILY_WORDS = ("CJK", "Han", "PingFang", "Hiragino", "YaHei", "WenQuanYi")


@pytest.fixture(scope="module")
def mixed_report(synthetic_runs, mixed_runs, tmp_path_factory):
    """Synthetic runs, a greedy, a sampled and a re-scored run of one benchmark (CJK model name), and six
    checkpoints whose names have no break point, one on an OlympiadBench split named like the real ones."""
    extra = tmp_path_factory.mktemp("checkpoints")
    name = "/ckpt/Qwen2.5-VL-7B-Instruct-mmeval-grpo-lr1e-6-checkpoint-{}"
    for i in range(1, 7):
        write_synthetic_run(extra / f"ck{i}", model=name.format(1200 * i), n=60, accuracy=0.1 * i)
    olymp = write_synthetic_run(extra / "olymp", model=name.format(7200), benchmark="olympiadbench", n=30)
    results = json.loads((olymp / "results.json").read_text())
    (olymp / "results.json").write_text(json.dumps({**results, "split": "OE_MM_maths_en_COMP"}))
    out = tmp_path_factory.mktemp("html") / "mixed.html"
    assert main(["report", str(synthetic_runs), str(mixed_runs), str(extra), "-o", str(out)]) == 0
    return out


@pytest.fixture()
def at_1400(page, mixed_report):
    page.set_viewport_size({"width": WINDOW, "height": 900})
    page.goto(mixed_report.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    return page


def test_nothing_wider_than_a_1400px_window(at_1400):
    page = at_1400
    assert page.evaluate("document.documentElement.scrollWidth") <= WINDOW
    too_wide = page.eval_on_selector_all(
        "table",
        f"ts => ts.filter(t => t.getBoundingClientRect().right > {WINDOW}).map(t => t.className || t.id)",
    )
    assert too_wide == []


def test_folder_and_response_columns_keep_their_width(at_1400):
    page = at_1400
    # each folder name on one line (its text's line boxes: a Range's client rects), in a column >= 100 px
    folders = page.eval_on_selector_all(
        ".settings td.path",
        """tds => tds.map(td => { const r = document.createRange(); r.selectNodeContents(td);
                                 return [td.getBoundingClientRect().width, r.getClientRects().length]; })""",
    )
    assert folders and all(w >= 100 and lines == 1 for w, lines in folders), folders
    widths = page.eval_on_selector_all(
        "#dd-table thead th",
        "ths => Object.fromEntries(ths.map(t => [t.textContent, t.getBoundingClientRect().width]))",
    )
    assert widths["response"] >= 0.3 * WINDOW and widths["question"] >= 0.18 * WINDOW, widths
    # short cells are clamped, with the whole text on hover
    clipped = page.eval_on_selector_all(
        "#dd-rows td.clip", "tds => tds.map(td => [td.title, td.textContent])"
    )
    assert clipped and all(title == text for title, text in clipped if text)


def test_chart_text_is_inside_its_chart(at_1400):
    """Colorbar labels, rotated run names and legends are drawn inside the SVG, not clipped by it."""
    page = at_1400
    outside = page.eval_on_selector_all(
        "#breakdowns details[open] .chart svg",
        """svgs => svgs.flatMap(svg => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()])
              .filter(([s, r]) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
              .map(([s]) => s);
        })""",
    )
    assert page.locator("#breakdowns details[open] .chart svg").count() >= 4
    assert outside == []


def test_chinese_text_is_drawn_with_a_cjk_font_the_page_names(at_1400):
    """The fonts chromium really used for the glyphs (DevTools' CSS.getPlatformFontsForNode): the CJK
    characters come from a CJK font named in the page's own font stack. Without a CJK font installed
    (tofu boxes), or without the CJK families in the CSS (chromium then falls back to Noto Sans CJK JP,
    Japanese glyph forms), this fails. CI installs fonts-noto-cjk (.ci/run)."""
    page = at_1400
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send(
        "DOM.querySelector", {"nodeId": root, "selector": f"#leaderboard td.label[data-v='{CJK_LABEL}']"}
    )
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    stack = page.evaluate("getComputedStyle(document.body).fontFamily")
    cjk = [
        f for f in fonts if f["familyName"] in stack and any(w in f["familyName"] for w in CJK_FAMILY_WORDS)
    ]
    n_cjk = sum(1 for ch in CJK_LABEL if ord(ch) > 0x2E80)
    assert sum(f["glyphCount"] for f in cjk) == n_cjk, (
        f"CJK glyphs drawn by {fonts}, page font stack {stack}; install a CJK font (apt-get install fonts-noto-cjk)"
    )
