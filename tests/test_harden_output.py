"""What leaves the program is as safe as what it shows: exports to a terminal, JSON,
error messages that quote input, CSV that reads back whole, the files exports write."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.tui.cli import main
from terminal import TITLE, Terminal, dateline_argv, needs_tmux

OSC_TITLE = "\x1b]0;PWNED\x07"
OSC_CLIP = "\x1b]52;c;c3RvbGVu\x07"  # "stolen" into the clipboard
C1_OSC = "\x9d2;C1PWNED\x9c"
HOSTILE = {
    "id": "evil-1",
    "title": f"Depot burns {OSC_TITLE}{OSC_CLIP}after strike",
    "summary": f"Line one\x1b[2J\x1b[H{C1_OSC} and a carriage\rreturn; DEL\x7f; NEL\x85; bidi \u202eevil",
    "start": "2024-09-21",
    "place": "Toropets\x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\",
    "source": "Test",
    "quotes": [{"text": f"We were {OSC_CLIP}hit \x9b31mred", "speaker": f"Mayor{OSC_TITLE}"}],
}
RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def run(*args, **kw):
    return CliRunner().invoke(main, [str(a) for a in args], **kw)


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    src = tmp_path / "hostile.jsonl"
    src.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = tmp_path / "hostile.db"
    result = run("--db", db, "import", src)
    assert result.exit_code == 0, result.output
    return db


# --------------------------------------------------------------------------- JSON


@pytest.mark.parametrize(
    "args",
    [("events", "--json"), ("export", "--format", "jsonl"), ("quotes", "--json"), ("quotes", "hit", "--json")],
    ids=" ".join,
)
def test_json_output_escapes_c0_and_c1_controls_and_reads_back_the_same(hostile_db, args):
    result = run("--db", hostile_db, *args)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert not RAW_CONTROL.search(result.stdout), "a raw control character in JSON output"
    assert "\u202e" not in result.stdout and ("\\u0085" in result.stdout or "\\u009b" in result.stdout)
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    if args[0] == "quotes":
        assert objs[0]["text"] == HOSTILE["quotes"][0]["text"]
        assert objs[0]["speaker"] == HOSTILE["quotes"][0]["speaker"]
    else:
        assert objs[0]["title"] == HOSTILE["title"] and objs[0]["summary"] == HOSTILE["summary"]


def test_jsonl_export_imports_back_to_the_same_bytes(hostile_db, tmp_path):
    first = run("--db", hostile_db, "export").stdout
    (tmp_path / "out.jsonl").write_text(first, encoding="utf-8")
    again = tmp_path / "again.db"
    assert run("--db", again, "import", tmp_path / "out.jsonl").exit_code == 0
    assert run("--db", again, "export").stdout == first


# --------------------------------------------------------------------------- a real terminal


@needs_tmux
@pytest.mark.parametrize("fmt", ["markdown", "csv", "jsonl", "timesketch", "timelinejs"])
def test_export_to_a_terminal_sets_no_title_no_clipboard_and_shows_the_text(hostile_db, tmp_path, fmt):
    term = Terminal(tmp_path, 200, 50)
    try:
        term.start(dateline_argv("--db", str(hostile_db), "export", "--format", fmt))
        assert term.wait_end() == 0
        screen = term.screen()
        assert term.title() == TITLE, "the export set the terminal's title"
        assert term.clipboard() == "", "the export set the clipboard"
        assert "Depot burns" in screen and "after strike" in screen, screen
    finally:
        term.close()


@needs_tmux
def test_events_to_a_terminal_sets_no_title(hostile_db, tmp_path):
    term = Terminal(tmp_path, 200, 50)
    try:
        term.start(dateline_argv("--db", str(hostile_db), "events"))
        assert term.wait_end() == 0
        assert term.title() == TITLE and term.clipboard() == ""
    finally:
        term.close()


HOSTILE_ROWS = [
    {"title": "t", "start": f"2024-09-21{OSC_TITLE}{OSC_CLIP}"},
    {"title": "t", "start": "2024-09-21", "precision": f"day{OSC_TITLE}{OSC_CLIP}"},
    {"title": "t", "date_text": f"on Monday{OSC_TITLE}{OSC_CLIP}"},
    {"title": "t", "start": "2024-09-21", "status": f"rumoured{OSC_TITLE}{OSC_CLIP}"},
    {"title": "t", "start": "2024-09-21", "killed": f"many{OSC_TITLE}{OSC_CLIP}"},
]


@needs_tmux
@pytest.mark.parametrize("row", HOSTILE_ROWS, ids=lambda r: next(k for k in r if k != "title"))
def test_an_import_error_quoting_input_shows_it_escaped_in_a_terminal(tmp_path, row):
    src = tmp_path / "bad.jsonl"
    src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    term = Terminal(tmp_path, 200, 20)
    try:
        term.start(dateline_argv("--db", str(tmp_path / "x.db"), "import", str(src)))
        assert term.wait_end() == 1
        screen = term.screen()
        assert term.title() == TITLE, "the error message set the terminal's title"
        assert term.clipboard() == ""
        assert "\\x1b]0;" in screen and "\\x07" in screen, screen
    finally:
        term.close()


@pytest.mark.parametrize("row", HOSTILE_ROWS, ids=lambda r: next(k for k in r if k != "title"))
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_every_import_error_quoting_input_is_escaped(tmp_path, row, fmt):
    if fmt == "csv":
        import csv

        with open(tmp_path / "bad.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(row))
            w.writeheader()
            w.writerow(row)
        src = tmp_path / "bad.csv"
    else:
        src = tmp_path / "bad.jsonl"
        src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    for extra in ([], ["--skip-bad"]):
        result = run("--db", tmp_path / "x.db", "import", *extra, src)
        assert "\x1b" not in result.stderr and "\\x1b" in result.stderr, result.stderr
        assert result.stderr.startswith("Error: " if not extra else str(src))


def test_click_messages_quoting_what_was_typed_are_escaped(tmp_path, seed_path):
    for args in (
        ["export", "--format", f"md{OSC_TITLE}"],
        ["import", str(tmp_path / f"missing{OSC_TITLE}.csv")],
        ["import", "--tz", f"Mars{OSC_TITLE}", str(Path(__file__))],
        ["events", "--from", f"not a date{OSC_TITLE}"],
    ):
        result = run("--db", seed_path, *args)
        assert result.exit_code in (1, 2), result.output
        assert "\x1b" not in result.output and "\\x1b" in result.output, result.output


# --------------------------------------------------------------------------- CSV


def test_csv_with_a_bare_carriage_return_reads_back_whole(hostile_db, tmp_path):
    out = tmp_path / "out.csv"
    assert run("--db", hostile_db, "export", "--format", "csv", "-o", out).exit_code == 0
    again = tmp_path / "again.db"
    result = run("--db", again, "import", out)
    assert result.exit_code == 0, result.output
    rec = json.loads(run("--db", again, "events", "--json").stdout)
    assert rec["summary"] == HOSTILE["summary"] and rec["title"] == HOSTILE["title"]
    assert run("--db", again, "export", "--format", "csv").stdout == out.read_bytes().decode()


def test_skip_bad_keeps_the_rows_after_a_broken_csv_line(tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(b'title,start\nfirst,2024-09-01\nbroken,2024-09-02\rtail\nthird,2024-09-03\n"fourth",2024-09-04\n')
    db = tmp_path / "x.db"
    strict = run("--db", db, "import", src)
    assert strict.exit_code == 1 and f"{src}:3: broken CSV" in strict.stderr
    result = run("--db", db, "import", "--skip-bad", src)
    assert result.exit_code == 0, result.output
    assert f"{src}:3: broken CSV" in result.stderr
    assert ": 3 new, 0 updated, 0 unchanged, 1 bad" in result.stderr
    titles = [json.loads(x)["title"] for x in run("--db", db, "events", "--json").stdout.splitlines()]
    assert titles == ["first", "third", "fourth"]


# --------------------------------------------------------------------------- files written


@pytest.fixture
def umask():
    old = os.umask(0o022)
    yield lambda m: os.umask(m)
    os.umask(old)


def test_an_export_gets_the_umasks_mode(seed_path, tmp_path, umask):
    umask(0o022)
    assert run("--db", seed_path, "export", "-o", tmp_path / "a.jsonl").exit_code == 0
    assert (tmp_path / "a.jsonl").stat().st_mode & 0o777 == 0o644
    umask(0o027)
    assert run("--db", seed_path, "export", "-o", tmp_path / "b.jsonl").exit_code == 0
    assert (tmp_path / "b.jsonl").stat().st_mode & 0o777 == 0o640


def test_an_overwritten_export_keeps_its_mode(seed_path, tmp_path, umask):
    umask(0o077)
    out = tmp_path / "shared.md"
    out.write_text("old")
    out.chmod(0o644)
    assert run("--db", seed_path, "export", "--format", "markdown", "-o", out).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o644 and out.read_text() != "old"


def test_an_export_into_a_missing_folder_is_one_line_and_makes_no_folder(seed_path, tmp_path):
    result = run("--db", seed_path, "export", "-o", tmp_path / "typo" / "deeper" / "a.jsonl")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'typo' / 'deeper'}: no such folder (make it first)"
    assert not (tmp_path / "typo").exists()


def test_an_export_through_a_symlink_writes_its_target_and_keeps_the_link(seed_path, tmp_path, umask):
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "chronology.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    result = run("--db", seed_path, "export", "--format", "markdown", "-o", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith("# ")
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["chronology.md"]
