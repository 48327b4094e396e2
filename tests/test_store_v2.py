"""Schema v2: a v1 store migrates and keeps its data; the (t0, t1) index serves go-to-date;
the counts table stays right; a v1 store opened read-only still reads."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.db import demo, queries, schema, store
from dateline.db.write import write_records
from dateline.tui.cli import main

TABLES = (
    "SELECT * FROM events ORDER BY rowid",
    "SELECT * FROM quotes ORDER BY id",
    "SELECT * FROM sources ORDER BY id",
    "SELECT * FROM days ORDER BY day",
)


def make_v1_store(path: Path, n: int = 300, seed: int = 5) -> None:
    """A store as dateline wrote it before v2: schema v1 only, filled with demo events."""
    db = store._connect(path)
    db.execute("PRAGMA journal_mode = DELETE")
    schema._v1(db)
    db.execute("PRAGMA user_version = 1")
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    write_records(db, demo.records(n, seed))
    db.close()


def snapshot(db) -> list[list[tuple]]:
    return [db.execute(sql).fetchall() for sql in TABLES]


def objects(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master")}


def true_counts(db) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in schema.COUNTED}


def assert_counts_right(db) -> None:
    assert dict(db.execute("SELECT name, n FROM counts").fetchall()) == true_counts(db)
    s = queries.summary(db)
    assert (s.events, s.quotes, s.sources) == tuple(true_counts(db).values())
    assert db.execute("SELECT sum(n) FROM days").fetchone()[0] == s.events


@pytest.fixture
def v1_path(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    make_v1_store(path)
    return path


def test_v1_store_migrates_to_v2_and_keeps_its_data(v1_path: Path):
    old = store.open_store(v1_path)
    assert schema.version(old) == 1
    before = snapshot(old)
    hits_before = queries.search_quotes(old, "said", limit=1000, candidates=None)
    old.close()

    db = store.open_store(v1_path, write=True)
    assert schema.version(db) == schema.SCHEMA_VERSION  # v2, then later steps
    assert snapshot(db) == before
    assert {"events_t0_t1", "counts", "counts_quotes_ai", "quotes_fts"} <= objects(db)
    assert "events_t0" not in objects(db)
    fts_sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()[0]
    assert f"prefix='{schema.PREFIX}'" in fts_sql
    assert_counts_right(db)
    # the rebuilt full-text index finds what the old one did, and its triggers still work
    assert queries.search_quotes(db, "said", limit=1000, candidates=None) == hits_before
    assert dict(db.execute("SELECT k, v FROM quotes_fts_config").fetchall())["hashsize"] == schema.FTS_HASHSIZE
    write_records(
        db,
        [
            (
                "new:1",
                {
                    "id": "new-1",
                    "title": "New",
                    "start": "2030-01-01",
                    "quotes": [{"text": "zyxwv unmistakable", "speaker": "Q"}],
                },
            )
        ],
    )
    assert [h.event_id for h in queries.search_quotes(db, "zyxwv")] == ["new-1"]
    assert_counts_right(db)
    db.close()
    # opening it again changes nothing
    again = store.open_store(v1_path, write=True)
    assert schema.version(again) == schema.SCHEMA_VERSION
    again.close()


def test_v1_store_read_only_still_reads(v1_path: Path):
    db = store.open_store(v1_path)
    assert schema.version(db) == 1 and "counts" not in objects(db)
    s = queries.summary(db)
    assert (s.events, s.quotes, s.sources) == tuple(true_counts(db).values())
    assert queries.search_quotes(db, "sai", prefix_last=True)
    assert queries.search_quotes(db, "said city")
    first_day = db.execute("SELECT min(day) FROM days").fetchone()[0]
    assert queries.first_reaching(db, datetime.fromisoformat(first_day).replace(tzinfo=UTC)) is not None
    db.close()
    assert schema.version(store.open_store(v1_path)) == 1  # reading never migrates


def test_a_failed_migration_leaves_the_v1_store(v1_path: Path, monkeypatch: pytest.MonkeyPatch):
    def broken(db):
        db.execute("CREATE INDEX events_t0_t1 ON events(t0, t1)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(schema.MIGRATIONS, 2, broken)
    with pytest.raises(store.StoreError):
        store.open_store(v1_path, write=True)
    db = store.open_store(v1_path)
    assert schema.version(db) == 1 and "events_t0_t1" not in objects(db)
    db.close()


def test_go_to_date_reads_the_t0_t1_index(seed_db):
    plan = " ".join(r[3] for r in seed_db.execute("EXPLAIN QUERY PLAN " + queries.UNDER_WAY_SQL, (0, 1, 1)))
    assert "USING INDEX events_t0_t1 (t0>? AND t0<?)" in plan
    plan = " ".join(r[3] for r in seed_db.execute("EXPLAIN QUERY PLAN " + queries.LATER_SQL, (0,)))
    assert "events_t0_t1" in plan
    # the t1 test is made on the index: only events still under way are read from the table
    ops = [r[1] for r in seed_db.execute("EXPLAIN " + queries.UNDER_WAY_SQL, (0, 1, 1))]
    assert "DeferredSeek" in ops


def test_counts_follow_import_reimport_and_delete(seed_path: Path, tmp_path: Path):
    db = store.open_store(seed_path, write=True)
    assert_counts_right(db)
    db.close()
    lines = "\n".join(
        '{"id": "c%d", "title": "T%d", "start": "2031-02-0%d", "source": "S%d", '
        '"quotes": [{"text": "one %d"}, {"text": "two %d"}]}' % (i, i, i, i % 2, i, i)
        for i in range(1, 5)
    )
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text(lines + "\n", encoding="utf-8")
    run = lambda *a: CliRunner().invoke(main, ["--db", str(seed_path), *a], catch_exceptions=False)  # noqa: E731
    assert run("import", str(jsonl)).exit_code == 0
    db = store.open_store(seed_path, write=True)
    assert_counts_right(db)
    first = true_counts(db)
    db.close()
    assert run("import", str(jsonl)).exit_code == 0  # again: nothing changes
    db = store.open_store(seed_path, write=True)
    assert true_counts(db) == first
    assert_counts_right(db)
    with db.conn:
        db.execute("DELETE FROM events WHERE id = 'c1'")  # its quotes go with it
        db.execute("DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM events WHERE source_id IS NOT NULL)")
    assert true_counts(db)["quotes"] == first["quotes"] - 2
    assert_counts_right(db)
    db.close()


def test_new_store_is_v2_with_counts(tmp_path: Path):
    path = tmp_path / "new.db"
    with store.new_store_atomically(path) as db:
        demo.build(db, 200, 1)
    db = store.open_store(path)
    assert schema.version(db) == schema.SCHEMA_VERSION
    assert_counts_right(db)
    db.close()
