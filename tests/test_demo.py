"""The demo store: `dateline demo` makes the same synthetic store for the same seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.db import demo, queries, store
from dateline.tui.cli import main

N = 2000


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run("demo", "--events", str(N), "--db", str(path), "--seed", "7")
    assert result.exit_code == 0, result.output
    return path


def events_head(path: Path, lines: int = 40) -> bytes:
    result = run("--db", str(path), "events", "--json")
    assert result.exit_code == 0
    return b"\n".join(result.stdout_bytes.split(b"\n")[:lines])


def test_counts(demo_store: Path):
    db = store.open_store(demo_store)
    s = queries.summary(db)
    assert s.events == N
    assert s.quotes >= N
    assert db.execute("SELECT sum(n) FROM days").fetchone()[0] == N
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == N
    # every event has at least one quote
    assert db.execute("SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM quotes)").fetchone()[0] == 0
    kinds = {r[0] for r in db.execute("SELECT DISTINCT kind FROM events")}
    assert {"drone strike", "missile strike", "statement", "visit"} <= kinds
    statuses = dict(db.execute("SELECT status, count(*) FROM events GROUP BY status").fetchall())
    assert statuses["happened"] > statuses["claimed"] > statuses["planned"] > 0
    precisions = {r[0] for r in db.execute("SELECT DISTINCT precision FROM events")}
    assert {"minute", "day", "night", "week", "month"} <= precisions
    db.close()


def test_spread_over_years(demo_store: Path):
    db = store.open_store(demo_store)
    years = {r[0] for r in db.execute("SELECT DISTINCT substr(day, 1, 4) FROM events")}
    assert len(years) >= 9
    db.close()


def test_quote_vocabulary(demo_store: Path):
    db = store.open_store(demo_store)
    total = queries.summary(db).quotes
    with_said = len(queries.search_quotes(db, "said", limit=100000, candidates=None))
    assert with_said > total * 0.6  # a common word: in most quotes
    rare = queries.search_quotes(db, demo.RARE[0], limit=1000, candidates=None)
    assert len(rare) < total * 0.02  # a rare word
    assert queries.search_quotes(db, demo.RARE[0][:3], limit=10, prefix_last=True)
    db.close()


def test_same_seed_same_store(demo_store: Path, tmp_path: Path):
    again = tmp_path / "again.db"
    assert run("demo", "--events", str(N), "--db", str(again), "--seed", "7").exit_code == 0
    a, b = store.open_store(demo_store), store.open_store(again)
    ids = "SELECT id FROM events ORDER BY day, t0, rowid"
    assert a.execute(ids).fetchall() == b.execute(ids).fetchall()
    a.close(), b.close()
    assert events_head(demo_store) == events_head(again)
    other = tmp_path / "other.db"
    assert run("demo", "--events", str(N), "--db", str(other), "--seed", "8").exit_code == 0
    assert events_head(other) != events_head(demo_store)


def test_bulk_load_equals_plain_load(tmp_path: Path):
    """The bulk path (triggers dropped, indexes rebuilt) stores what the plain one does."""
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    for path, fast in ((plain, False), (bulk, True)):
        with store.new_store_atomically(path) as db:
            demo.build(db, 500, 3, bulk=fast, background=fast)
    a, b = store.open_store(plain), store.open_store(bulk)
    for sql in (
        "SELECT * FROM days ORDER BY day",
        "SELECT rowid, * FROM events ORDER BY rowid",
        "SELECT * FROM quotes ORDER BY id",
    ):
        assert a.execute(sql).fetchall() == b.execute(sql).fetchall()
    for word in ("said", demo.RARE[5], "Kharkiv"):
        assert queries.search_quotes(a, word, limit=1000, candidates=None) == queries.search_quotes(
            b, word, limit=1000, candidates=None
        )
    # the triggers are back: later writes keep the indexes in step
    names = lambda db: sorted(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    assert names(a) == names(b)
    a.close(), b.close()


def test_refuses_existing_path(demo_store: Path):
    before = demo_store.read_bytes()
    result = run("demo", "--events", "10", "--db", str(demo_store))
    assert result.exit_code == 1
    assert "exists" in result.output and len(result.output.strip().splitlines()) == 1
    assert demo_store.read_bytes() == before
