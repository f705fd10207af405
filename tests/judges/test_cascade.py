"""`mmeval score --mode cascade` against the replay judge: who decides, the judge's reply deciding the
outcome, the reply cache, and every judge failure (down, timeout, malformed reply) as an error row."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time

import pytest

from mmeval.cli import main as mmeval_main
from mmeval.judges import Cascade, ChatJudge, ReplyCache
from mmeval.runs.scoring import score_predictions
from mmeval.runs.store import load_run

# pid -> (response, the official GPT extraction). "5" and "4" are decided by the rules; "88" is a
# program (rules never run code), "1" a guess among several numbers, "15" names no option.
RESPONSES = {
    "5": ("The answer is (A).", "A"),
    "4": ("There are 4 objects left.", "4"),
    "88": ("angle = 60\nx = 90 - angle\nprint(x)", "30"),
    "1": ("The energy is 0.05 J and k is 750, so d is about 1.2 cm and not 3.4", "1.2"),
    "15": ("The flea, I would say.", "Common water flea"),
}


def _cascade(url: str, cache_dir, **kw) -> Cascade:
    return Cascade(ChatJudge(url, "replay", max_retries=1, backoff_s=0.01, **kw), ReplyCache(cache_dir))


def test_rules_decide_what_they_can_and_the_judge_the_rest(mathvista_outputs, tmp_path, replay_judge):
    path = mathvista_outputs(tmp_path / "output_m.json", RESPONSES)
    server, url, counter = replay_judge.serve(replay_judge.replay_table("mathvista", [path]))
    try:
        res = score_predictions("mathvista", path, mode="cascade", judge=_cascade(url, tmp_path / "c"),
                                out=tmp_path / "run")  # fmt: skip
        rows = {r["id"]: r for r in load_run(tmp_path / "run")[1]}
        assert {i: r["decided_by"] for i, r in rows.items()} == {
            "5": "rules", "4": "rules", "88": "judge", "1": "judge", "15": "judge"}  # fmt: skip
        assert rows["88"]["judge_route"] == "program" and rows["88"]["judge_reply"] == "30"
        assert rows["88"]["status"] == "correct" and rows["88"]["rules_status"] != "correct"
        assert rows["1"]["judge_route"] == "guessed" and rows["1"]["correct"]
        assert rows["15"]["judge_route"] == "no_option" and rows["15"]["extracted"] == "Common water flea"
        assert rows["5"]["judge_reply"] is None and rows["5"]["correct"]
        c = res["cascade"]
        assert (c["judged"], c["judged_share"], c["judge_calls"], c["score"]) == (3, 60.0, 3, 100.0)
        assert c["score_without_judged"] == 100.0 and c["score_rules_only"] < 100.0
        assert counter["requests"] == 3
        # a second scoring asks nothing: every reply comes from the cache, same verdicts
        again = score_predictions("mathvista", path, mode="cascade", judge=_cascade(url, tmp_path / "c"))
        assert again["cascade"]["judge_calls"] == 0 and again["cascade"]["cache"]["hits"] == 3
        assert again["score"] == res["score"] and counter["requests"] == 3
    finally:
        server.shutdown()


def test_the_judges_answer_decides_the_outcome(mathvista_outputs, tmp_path, replay_judge):
    """The same response, two judges: one extracts the gold, one a wrong value; the verdict follows."""
    verdicts = {}
    for name, extraction in (("right", "30"), ("wrong", "60")):
        path = mathvista_outputs(
            tmp_path / f"output_{name}.json", {"88": RESPONSES["88"][:1] + (extraction,)}
        )
        server, url, _ = replay_judge.serve(replay_judge.replay_table("mathvista", [path]))
        try:
            res = score_predictions("mathvista", path, mode="cascade", judge=_cascade(url, tmp_path / name),
                                    out=tmp_path / f"run_{name}")  # fmt: skip
        finally:
            server.shutdown()
        row = load_run(tmp_path / f"run_{name}")[1][0]
        verdicts[name] = (res["score"], row["status"], row["extracted"])
    assert verdicts == {"right": (100.0, "correct", "30"), "wrong": (0.0, "incorrect", "60")}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server(behaviour: str) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if behaviour == "slow":
                time.sleep(2.0)
            body = b"<html>not json</html>" if behaviour == "malformed" else b'{"choices": []}'
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (timeout)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize("failure", ["down", "timeout", "malformed", "empty"])
def test_a_failed_judge_call_is_an_error_row_and_exit_1(mathvista_outputs, tmp_path, capsys, failure):
    path = mathvista_outputs(tmp_path / "output_m.json", RESPONSES)
    server = None if failure == "down" else _server({"timeout": "slow"}.get(failure, failure))
    port = _free_port() if server is None else server.server_address[1]
    out = tmp_path / "run"
    try:
        started = time.monotonic()
        code = mmeval_main(["score", "--bench", "mathvista", "--predictions", str(path), "--mode", "cascade",
                            "--judge-url", f"http://127.0.0.1:{port}/v1", "--judge-model", "m",
                            "--judge-cache", str(tmp_path / "c"), "--judge-timeout", "0.5",
                            "--judge-retries", "1", "--out", str(out)])  # fmt: skip
        elapsed = time.monotonic() - started
    finally:
        if server is not None:
            server.shutdown()
    assert code == 1
    assert "3 samples failed" in capsys.readouterr().err
    rows = {r["id"]: r for r in load_run(out)[1]}
    for pid in ("88", "1", "15"):
        assert rows[pid]["status"] == "error" and not rows[pid]["correct"], rows[pid]
        assert (
            rows[pid]["decided_by"] == "judge" and "gave no usable reply after 2 tries" in rows[pid]["reason"]
        )
    assert rows["5"]["correct"] and rows["4"]["correct"]  # the rules' verdicts stand
    results = json.loads((out / "results.json").read_text())
    assert results["cascade"]["judge_errors"] == 3 and results["status_counts"]["error"] == 3
    assert not (tmp_path / "c" / "replies.jsonl").exists()  # failures are never cached
    if failure == "timeout":
        assert elapsed < 30  # two 0.5 s tries per prompt, not the 2 s the server takes


def test_cascade_needs_a_judge_url(mathvista_outputs, tmp_path, capsys):
    path = mathvista_outputs(tmp_path / "output_m.json", RESPONSES)
    with pytest.raises(SystemExit) as exc:
        mmeval_main(["score", "--bench", "mathvista", "--predictions", str(path), "--mode", "cascade"])
    assert exc.value.code == 2
    assert "--mode cascade needs --judge-url and --judge-model" in capsys.readouterr().err


def test_reply_cache_persists_and_skips_a_torn_line(mathvista_outputs, tmp_path):
    cache = ReplyCache(tmp_path)
    assert cache.get("m", "p") is None
    cache.put("m", "p", "42")
    with (tmp_path / "replies.jsonl").open("a") as f:
        f.write('{"model": "m", "prompt_sh')  # killed mid-write
    again = ReplyCache(tmp_path)
    assert again.get("m", "p") == "42" and again.get("other-model", "p") is None
    assert again.stats()["hits"] == 1 and again.stats()["misses"] == 1


def test_a_reply_stored_after_a_torn_line_survives_the_next_load(tmp_path):
    ReplyCache(tmp_path).put("m", "p", "42")
    with (tmp_path / "replies.jsonl").open("a") as f:
        f.write('{"model": "m", "prompt_sh')  # killed mid-write
    ReplyCache(tmp_path).put("m", "q", "7")  # the resumed run pays for one more reply
    reloaded = ReplyCache(tmp_path)
    assert reloaded.get("m", "q") == "7" and reloaded.get("m", "p") == "42"


def test_the_html_report_shows_the_judged_share_and_both_scores(mathvista_outputs, tmp_path, replay_judge):
    path = mathvista_outputs(tmp_path / "output_m.json", RESPONSES)
    server, url, _ = replay_judge.serve(replay_judge.replay_table("mathvista", [path]))
    try:
        score_predictions(
            "mathvista", path, mode="cascade", judge=_cascade(url, tmp_path / "c"), out=tmp_path / "run"
        )
    finally:
        server.shutdown()
    assert mmeval_main(["report", str(tmp_path / "run"), "-o", str(tmp_path / "r.html")]) == 0
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    section = html[html.index('<section id="cascade">') :].split("</section>")[0]
    # 3 of 5 judged; score 100 with the judge, 100 over the rules' 2, 40 for the rules alone
    assert "3/5 (60.0%)" in section and "<td>100.00</td><td>100.0</td><td>40.0</td>" in section
    assert "program 1" in section and "replay (extract)" in section
