"""The command line: JSON output, filters, and one clear line for every error."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from dateline.db import store
from dateline.tui.cli import main

EVENT_KEYS = {
    "id",
    "title",
    "summary",
    "kind",
    "status",
    "date_text",
    "start",
    "end",
    "precision",
    "place",
    "killed",
    "injured",
    "source",
}


def run(*args: str, env: dict | None = None):
    result = CliRunner().invoke(main, list(args), env=env)
    return result


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_events_json_in_time_order(seed_path):
    result = run("--db", str(seed_path), "events", "--json")
    assert result.exit_code == 0, result.output
    events = json_lines(result.output)
    assert len(events) == 11
    assert all(EVENT_KEYS <= set(e) for e in events)
    days_and_starts = [(e["start"][:10], e["start"]) for e in events]
    assert days_and_starts == sorted(days_and_starts)
    assert events[0]["id"] == "seed-briefing"
    assert events[-1]["id"] == "seed-washington-visit"


def test_events_between_dates(seed_path):
    result = run("--db", str(seed_path), "events", "--from", "2024-09-22", "--json")
    assert [e["id"] for e in json_lines(result.output)] == ["seed-washington-visit"]
    result = run("--db", str(seed_path), "events", "--to", "20 Sep 2024", "--json")
    ids = [e["id"] for e in json_lines(result.output)]
    assert "seed-briefing" in ids and "seed-washington-visit" not in ids
    # the visit's week holds the 26th
    result = run("--db", str(seed_path), "events", "--from", "2024-09-26", "--to", "2024-09-26", "--json")
    assert [e["id"] for e in json_lines(result.output)] == ["seed-washington-visit"]


def test_events_as_text(seed_path):
    result = run("--db", str(seed_path), "events")
    assert result.exit_code == 0
    assert "Zelenskyy to visit Washington with his victory plan (planned) — Washington" in result.output


def test_quotes_all_in_time_order_and_by_query(seed_path):
    result = run("--db", str(seed_path), "quotes", "--json")
    quotes = json_lines(result.output)
    assert len(quotes) == 9
    assert {"text", "speaker", "event_id", "event_title", "start"} <= set(quotes[0])
    result = run("--db", str(seed_path), "quotes", "drone", "--json")
    hits = json_lines(result.output)
    assert hits[0]["speaker"] == "Veniamin Kondratyev"
    assert "[drone]" in hits[0]["text"]


@pytest.mark.parametrize("query", ['"', "[drone", "AND", "Su-34", "Russia's", "*", "NOT", "a OR", "(x"])
def test_any_query_is_accepted(seed_path, query):
    result = run("--db", str(seed_path), "quotes", query, "--json")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.startswith("dateline, version ")


def one_error_line(result) -> str:
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_missing_store_is_one_line_and_not_created(tmp_path):
    path = tmp_path / "nope.db"
    line = one_error_line(run("--db", str(path), "events"))
    assert "no store at" in line and "nope.db" in line
    assert not path.exists()
    one_error_line(run("--db", str(path), "quotes", "x"))
    assert not path.exists()


def test_a_file_that_is_not_a_store(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("just some notes\n")
    assert "is not a dateline store" in one_error_line(run("--db", str(text), "events"))
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert "is not a dateline store" in one_error_line(run("--db", str(other), "events", "--json"))
    assert "directory" in one_error_line(run("--db", str(tmp_path), "events"))


def test_unreadable_store(seed_path):
    seed_path.chmod(0)
    try:
        if seed_path.open("rb"):  # root reads anything: nothing to test then
            pytest.skip("running as a user who can read any file")
    except PermissionError:
        assert "permission denied" in one_error_line(run("--db", str(seed_path), "events"))
    finally:
        seed_path.chmod(0o644)


def test_a_date_that_cannot_be_read(seed_path):
    line = one_error_line(run("--db", str(seed_path), "events", "--from", "the day after never"))
    assert "the day after never" in line


def test_env_var_picks_the_store(seed_path):
    result = run("events", "--json", env={"DATELINE_DB": str(seed_path)})
    assert len(json_lines(result.output)) == 11


@pytest.mark.parametrize(
    "args",
    [
        ("events", "--json", "--db", "{db}"),
        ("events", "--db={db}", "--json"),
        ("events", "--json", "--db", "{db}", "--read-only"),
        ("--db", "/nowhere/else.db", "events", "--db", "{db}", "--json"),  # the last one given wins
    ],
)
def test_store_options_may_follow_the_command(seed_path, args):
    result = run(*(a.format(db=seed_path) for a in args))
    assert result.exit_code == 0, result.output
    assert len(json_lines(result.output)) == 11


def test_an_import_after_the_command_writes_to_the_store_named_there(tmp_path):
    data = tmp_path / "one.jsonl"
    data.write_text('{"title": "Talks", "date_text": "2024-09-20", "published": "2024-09-21"}\n')
    target = tmp_path / "mine.db"
    result = run("import", str(data), "--db", str(target))
    assert result.exit_code == 0, result.output
    assert [e["title"] for e in json_lines(run("--db", str(target), "events", "--json").output)] == ["Talks"]


def test_a_command_with_its_own_db_option_keeps_it(tmp_path):
    target = tmp_path / "demo.db"
    result = run("--db", str(tmp_path / "other.db"), "demo", "--events", "3", "--db", str(target))
    assert result.exit_code == 0, result.output
    assert target.exists() and not (tmp_path / "other.db").exists()


def test_default_store_is_built_from_the_seed_on_first_use(tmp_path):
    from dateline.db.store import default_path

    path = default_path()
    assert str(path).startswith(str(tmp_path))  # conftest points the data dir into tmp
    assert not path.exists()
    result = run("events", "--json")
    assert result.exit_code == 0
    assert len(json_lines(result.output)) == 11
    assert path.exists()
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".building")]


def test_text_output_keeps_escape_sequences_from_the_terminal(tmp_path):
    from dateline.db.write import write_records

    path = tmp_path / "hostile.db"
    db = store.create_store(path)
    write_records(
        db,
        [
            (
                "test:1",
                {
                    "id": "x",
                    "title": "\x1b]0;pwned\x07Depot \x1b[31mhit\x1b[0m [Reuters]",
                    "start": "2024-01-02",
                    "place": "Kyiv\x07",
                    "quotes": [{"text": "It \x1b[2Jburned [drone]", "speaker": "\x1b[1mGovernor"}],
                },
            )
        ],
    )
    db.close()
    events = run("--db", str(path), "events")
    assert "Depot hit [Reuters] — Kyiv" in events.output and "\x1b" not in events.output
    quotes = run("--db", str(path), "quotes")
    assert "“It burned [drone]” — Governor" in quotes.output and "\x1b" not in quotes.output
    raw = json_lines(run("--db", str(path), "events", "--json").output)[0]
    assert raw["title"].startswith("\x1b]0;pwned")  # JSON keeps the data as stored
