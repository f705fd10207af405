"""The shared CLI plumbing (mmeval/_cli.py): value types, path and checkpoint checks, user-file reading with
file:line, atomic writes, and the dispatcher that turns them into one line and exit 2."""

from __future__ import annotations

import argparse
import ast
import os
import socket
from pathlib import Path

import pytest

from mmeval import _cli
from mmeval._cli import UsageError
from mmeval.cli import build_parser, main


@pytest.mark.parametrize(
    "kind, text, reason",
    [
        (_cli.positive_int, "0", "must be >= 1"),
        (_cli.positive_int, "-2", "must be >= 1"),
        (_cli.positive_int, "2.5", "expected an integer"),
        (_cli.non_negative_int, "-1", "must be >= 0"),
        (_cli.port, "70000", "port 0-65535"),
        (_cli.positive_float, "nan", "must be > 0"),
        (_cli.non_negative_float, "-1", "must be >= 0"),
        (_cli.probability, "1.5", "(0, 1]"),
        (_cli.probability, "0", "(0, 1]"),
    ],
)
def test_value_types_reject_with_a_reason(kind, text, reason):
    with pytest.raises(argparse.ArgumentTypeError, match=reason.replace("(", r"\(").replace("]", r"\]")):
        kind(text)


def test_value_types_accept_good_values():
    assert _cli.positive_int("3") == 3 and _cli.non_negative_int("0") == 0 and _cli.port("0") == 0
    assert _cli.probability("1") == 1.0 and _cli.non_negative_float("0") == 0.0


def test_out_dir_and_out_file(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    with pytest.raises(UsageError, match="is a file; expected a folder"):
        _cli.out_dir(a_file)
    with pytest.raises(UsageError, match="cannot be created"):
        _cli.out_dir(a_file / "sub")
    assert _cli.out_dir(tmp_path / "new" / "run") == tmp_path / "new" / "run"
    with pytest.raises(UsageError, match="is a folder; expected a file"):
        _cli.out_file(tmp_path)


def test_local_checkpoint(tmp_path, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(UsageError, match="is a file; expected a checkpoint folder"):
        _cli.local_checkpoint(str(tmp_path / "notes.txt"))
    with pytest.raises(UsageError, match="no config.json"):
        _cli.local_checkpoint(str(tmp_path))
    with pytest.raises(UsageError, match="no such checkpoint folder"):
        _cli.local_checkpoint("nope")  # not owner/name: a local path that is missing
    assert "HF_HUB_OFFLINE" not in os.environ
    (tmp_path / "config.json").write_text("{}")
    assert _cli.local_checkpoint(str(tmp_path)) is True
    assert os.environ["HF_HUB_OFFLINE"] == "1"  # transformers will not retry the Hub for a local folder
    assert _cli.local_checkpoint("Qwen/Qwen2.5-VL-7B-Instruct") is False  # a Hub name: the backend decides


def test_read_text_names_line_and_column_of_a_bad_byte(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": "caf\xe9"}\n')
    with pytest.raises(UsageError, match=r"p.jsonl:2:11: byte 0xe9 is not UTF-8"):
        _cli.read_text(path)
    with pytest.raises(UsageError, match="no such file"):
        _cli.read_text(tmp_path / "missing.json")


def test_read_jsonl_names_the_line_and_what_was_expected(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text('{"a": 1}\n\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"rows.jsonl:3: got a JSON list; expected one row per line"):
        list(_cli.read_jsonl(path, "one row per line"))
    path.write_text('{"a": 1}\n{"a": 2', encoding="utf-8")  # torn last line, as SIGKILL leaves it
    assert [n for n, _ in _cli.read_jsonl(path, torn_tail_ok=True)] == [1]
    with pytest.raises(UsageError, match=r"rows.jsonl:2: expected"):
        list(_cli.read_jsonl(path))


def test_atomic_write_keeps_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    target = tmp_path / "results.json"
    target.write_text("old")

    def broken_replace(src, dst):
        raise OSError("disk gone")

    monkeypatch.setattr(_cli.os, "replace", broken_replace)
    with pytest.raises(OSError):
        _cli.atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["results.json"]  # no temporary file left behind


def test_ports_and_hosts():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        with pytest.raises(UsageError, match="already in use"):
            _cli.check_port_free("127.0.0.1", busy.getsockname()[1])
    with pytest.raises(UsageError, match="not an IP address or a host name"):
        _cli.check_host("bad host!")
    assert _cli.check_host("127.0.0.1") == "127.0.0.1" and _cli.check_host("localhost") == "localhost"


def test_reject_inapplicable():
    args = argparse.Namespace(base_url="http://x/v1", tensor_parallel_size=None)
    with pytest.raises(UsageError, match="--base-url applies to the openai backend, not transformers"):
        _cli.reject_inapplicable(args, {"base_url": ("openai",)}, "transformers", "backend")
    _cli.reject_inapplicable(args, {"tensor_parallel_size": ("vllm",)}, "transformers", "backend")


def test_dispatcher_turns_a_usage_error_into_one_line(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    assert main(["run", "--model", str(notes), "--bench", "mathvista"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "expected a checkpoint folder" in err


def test_parser_errors_are_one_line(capsys):
    assert main(["run", "--model", "m", "--bench", "mathvista", "--samples", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "argument --samples: must be >= 1" in err


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("mmeval 0.")


@pytest.mark.parametrize("command", ["run", "score", "train", "serve-rewards", "report"])
def test_every_option_has_help_text(command):
    parser = build_parser(command)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[command]
    missing = [a.option_strings for a in sub._actions if a.option_strings and not a.help]
    assert missing == []


def test_run_help_shows_defaults():
    parser = build_parser("run")
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices["run"]
    text = sub.format_help()
    text = text[text.index("options:") :]  # past the usage lines
    for flag in ("--max-new-tokens", "--top-p", "--seed"):
        block = text[text.index(f"  {flag}") :].split("\n  -")[0]
        assert "default" in block, f"{flag} help shows no default"


def test_verifiers_do_not_import_the_shared_helper():
    """The verifiers stay a library one can vendor alone: no import of mmeval._cli (or any other mmeval part)."""
    root = Path(_cli.__file__).parent / "verifiers"
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("mmeval._cli"), path
