"""What an import says it did ("5 new, 2 updated, 3 unchanged, 1 bad") and the file a
source came from, kept with the source and shown in the detail and the header."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.db import queries, schema, store
from importing import run
from test_app import app_for, detail_text


def jsonl(path: Path, *records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def ev(n: int, **more) -> dict:
    return {"id": f"e{n}", "title": f"Event {n}", "start": f"2024-09-{n:02d}", "source": "Desk", **more}


def test_the_summary_counts_new_updated_unchanged_and_bad(tmp_path):
    db = tmp_path / "s.db"
    first = jsonl(tmp_path / "a.jsonl", *[ev(n, quotes=[{"text": f"q{n}"}]) for n in range(1, 6)])
    result = run("--db", db, "import", first)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == f"imported {first} into {db}: 5 new, 0 updated, 0 unchanged"

    second = jsonl(
        tmp_path / "b.jsonl",
        ev(1, quotes=[{"text": "q1"}]),  # the same
        ev(2, quotes=[{"text": "q2"}]),  # the same
        ev(3, title="Event 3, rewritten", quotes=[{"text": "q3"}]),  # a field changed
        ev(4, quotes=[{"text": "q4, another quote"}]),  # only its quote changed
        {"id": "e5", "title": "Event 5", "start": "2024-09-05", "source": "Desk"},  # no quotes: keeps them
        ev(6),
        ev(7),
        {"id": "bad", "title": "No date"},
    )
    result = run("--db", db, "import", "--skip-bad", second)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == f"imported {second} into {db}: 2 new, 2 updated, 3 unchanged, 1 bad"
    # importing it again changes nothing
    result = run("--db", db, "import", "--skip-bad", second)
    assert result.stderr.splitlines()[-1].endswith(": 0 new, 0 updated, 7 unchanged, 1 bad")


def test_the_file_is_kept_with_its_source_and_shown(tmp_path):
    db = tmp_path / "s.db"
    csv = tmp_path / "colleague.csv"
    csv.write_text("title,start\nDepot fire,2024-09-21T03:00:00+03:00\n", encoding="utf-8")
    assert run("--db", db, "import", csv).exit_code == 0
    opened = store.open_store(db)
    (source,) = opened.execute("SELECT title, file FROM sources").fetchall()
    assert source == ("colleague.csv", str(csv.resolve()))
    assert queries.summary(opened).sources == 1
    (rec,) = list(queries.records(opened))
    detail = queries.event_detail(opened, rec["id"])
    assert detail["source"] == "colleague.csv" and detail["source_file"] == str(csv.resolve())
    opened.close()


async def test_the_detail_says_which_file_an_event_came_from(seed_path, tmp_path):
    csv = tmp_path / "colleague.csv"
    csv.write_text("id,title,start\nc1,A colleague's event,2024-09-19T10:00:00+03:00\n", encoding="utf-8")
    assert run("--db", seed_path, "import", csv).exit_code == 0
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        text = detail_text(app)
        assert "A colleague's event" in text and "colleague.csv" in text
        assert "imported from /" in text and text.endswith("colleague.csv")
        header = " ".join(str(app.query_one("#header").render()).split())
        assert "2 sources" in header


def test_a_store_before_source_files_migrates_and_keeps_its_rows(seed_path):
    db = store.open_store(seed_path, write=True)
    assert schema.version(db) == schema.SCHEMA_VERSION
    db.close()
    # make it a v3 store again, as an older dateline left it
    raw = store._connect(seed_path)
    raw.execute("ALTER TABLE events DROP COLUMN claimed_by")
    raw.execute("ALTER TABLE sources DROP COLUMN file")
    for sql in (  # and without the desk (v5), which came after
        "DROP TABLE notes",
        "DROP TABLE notes_fts",
        "DROP TABLE tags",
        "DROP TABLE bookmarks",
        "DROP TABLE saved_filters",
        "DROP INDEX events_kind",
        "DROP INDEX events_place",
        "DROP INDEX events_country",
    ):
        raw.execute(sql)
    for table in ("history", "edited", "reviews"):  # and without the history (v6)
        raw.execute(f"DROP TABLE {table}")
    raw.execute("PRAGMA user_version = 3")  # (v3 added the map's geocells, kept here)
    before = [tuple(r) for r in raw.execute("SELECT id, title, status FROM events ORDER BY id")]
    raw.close()
    old = store.open_store(seed_path)  # read-only: not migrated, still reads
    assert queries.event_detail(old, "seed-kharkiv")["source_file"] is None
    old.close()
    db = store.open_store(seed_path, write=True)
    assert schema.version(db) == schema.SCHEMA_VERSION
    assert [tuple(r) for r in db.execute("SELECT id, title, status FROM events ORDER BY id")] == before
    assert {c.name for c in db["sources"].columns} >= {"file"} and "claimed_by" in db["events"].columns_dict
    db.close()


def test_a_file_of_mostly_bad_rows_shows_the_first_hundred_and_counts_the_rest(tmp_path, monkeypatch):
    """A Plaso-like timeline whose rows mostly have no time: --skip-bad imports the good
    rows, prints the first bad lines (each FILE:LINE: why) and counts the rest, instead of
    holding and printing every one."""
    from dateline.db import write

    monkeypatch.setattr(write, "BATCH", 7)  # bad rows come over in many batches of their own
    rows = [{"id": "bad", "title": f"No date {n}"} for n in range(250)] + [ev(1), ev(2)]
    path = jsonl(tmp_path / "mostly-bad.jsonl", *rows)
    db = tmp_path / "s.db"
    result = run("--db", db, "import", "--skip-bad", path)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    shown_bad = [line for line in lines if line.startswith(f"{path}:")]
    assert (
        len(shown_bad) == 100 and shown_bad[0].startswith(f"{path}:1: ") and shown_bad[-1].startswith(f"{path}:100: ")
    )
    assert "… and 150 more bad lines not shown (the first 100 are above)" in lines
    assert lines[-1] == f"imported {path} into {db}: 2 new, 0 updated, 0 unchanged, 250 bad"
