"""The store's schema: tables, indexes, full-text search and migrations.

The schema version lives in ``PRAGMA user_version``. ``migrate`` brings any older
dateline store up to ``SCHEMA_VERSION``; each step is one function in ``MIGRATIONS``.
A store opened read-only is not migrated: the queries read a v1 store too.

v2 adds, for speed at a million events:

- ``events_t0_t1`` on ``(t0, t1)`` (replacing ``events_t0``): finding the events under
  way at a moment reads only the index;
- ``quotes_fts`` rebuilt with prefix indexes (``PREFIX``), so search as you type does
  not merge the doclists of every word that starts with what was typed;
- ``counts``: how many events, quotes and sources, kept by triggers, so the header
  does not count a million quotes.

v3 (``_v3_geocells``) adds ``geocells``, located events per 0.1° cell, for the map.

v4 (``_v4_source_file``) adds ``sources.file``, the file an import read the source's
events from, and ``events.claimed_by``, who claims an event whose status is claimed.

v5 (``_v5_desk``) adds the analyst's desk (``db/desk.py``): bookmarks, tags, notes with
``notes_fts``, saved filters, case-insensitive indexes for the filters, and
``events_fts`` made again to cover the actors.
v6 (``_v6_history``) adds ``history`` (changes made in the browser, to undo them),
``edited`` (events changed by hand, which a re-import leaves alone) and ``reviews``.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from .reader import Readable

if TYPE_CHECKING:
    import sqlite_utils

SCHEMA_VERSION = 6
APPLICATION_ID = 0x44544C4E  # "DTLN": marks a file as a dateline store

EVENT_COLUMNS = {
    "id": str,
    "title": str,
    "summary": str,
    "kind": str,
    "status": str,
    "date_text": str,
    "start": str,  # ISO 8601 with offset, as resolved
    "end": str,  # exclusive end, ISO 8601 with offset
    "precision": str,
    "t0": int,  # epoch seconds of start: what the indexes order by
    "t1": int,  # epoch seconds of end
    "day": str,  # YYYY-MM-DD of start in its own offset: the timeline's day group
    "place": str,
    "region": str,
    "country": str,
    "lat": float,
    "lon": float,
    "actors": str,  # JSON list
    "killed": int,
    "injured": int,
    "source_id": str,
    "paragraph": int,
    "excerpt": str,  # the source paragraph the event comes from
    "link": str,
    "attrs": str,  # JSON object: other fields an import kept
}
EVENT_COLUMNS_V1 = dict(EVENT_COLUMNS)  # the events table as v1 made it
EVENT_COLUMNS["claimed_by"] = str  # v3: who claims it (a claimed event's source of the claim)

FTS_OPTIONS: dict[str, Any] = {
    "fts_version": "FTS5",
    "create_triggers": True,
    "tokenize": "unicode61 remove_diacritics 2",
}
PREFIX = "2 3"  # prefix lengths (characters) quotes_fts keeps an index for (longer ones: see queries)
FTS_HASHSIZE = 1048576  # FTS5's default memory for pending terms; a bulk load raises it for a while
BULK_HASHSIZE = 64 * 1048576
COUNTED = ("events", "quotes", "sources")  # the tables whose rows ``counts`` keeps the number of


def _v1(db: sqlite_utils.Database) -> None:
    db.table("sources").create(
        {"id": str, "title": str, "publisher": str, "published": str, "tz": str, "url": str, "text": str},
        pk="id",
    )
    db.table("events").create(EVENT_COLUMNS_V1, pk="id", not_null={"title", "start", "end", "t0", "t1", "day"})
    db.table("quotes").create(
        {"id": int, "event_id": str, "n": int, "text": str, "speaker": str, "role": str, "paragraph": int},
        pk="id",
        foreign_keys=[("event_id", "events", "id")],
        not_null={"event_id", "text"},
    )
    db.table("days").create({"day": str, "n": int}, pk="day")
    db.execute("CREATE INDEX events_order ON events(day, t0)")
    db.execute("CREATE INDEX events_t0 ON events(t0)")
    db.execute("CREATE INDEX events_span ON events(t1 - t0)")
    db.execute("CREATE INDEX quotes_event ON quotes(event_id, n)")
    # per-day counts kept in step with the events, so the timeline never counts 1M rows
    db.executescript(
        """
        CREATE TRIGGER events_days_ai AFTER INSERT ON events BEGIN
          INSERT INTO days(day, n) VALUES (new.day, 1)
            ON CONFLICT(day) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER events_days_ad AFTER DELETE ON events BEGIN
          UPDATE days SET n = n - 1 WHERE day = old.day;
          DELETE FROM days WHERE day = old.day AND n <= 0;
        END;
        CREATE TRIGGER events_days_au AFTER UPDATE OF day ON events WHEN old.day IS NOT new.day BEGIN
          UPDATE days SET n = n - 1 WHERE day = old.day;
          DELETE FROM days WHERE day = old.day AND n <= 0;
          INSERT INTO days(day, n) VALUES (new.day, 1)
            ON CONFLICT(day) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER events_quotes_ad AFTER DELETE ON events BEGIN
          DELETE FROM quotes WHERE event_id = old.id;
        END;
        """
    )
    db.table("quotes").enable_fts(["text", "speaker"], **FTS_OPTIONS)
    db.table("events").enable_fts(["title", "summary", "place"], **FTS_OPTIONS)


def set_fts_hashsize(db: sqlite_utils.Database | sqlite3.Connection, table: str, size: int) -> None:
    db.execute(f"INSERT INTO [{table}]([{table}], rank) VALUES ('hashsize', {int(size)})")


FTS_AUTOMERGE = 4  # FTS5's default: merge segments as they are written (a bulk load sets 0)


def set_fts_automerge(db: sqlite_utils.Database | sqlite3.Connection, table: str, n: int) -> None:
    db.execute(f"INSERT INTO [{table}]([{table}], rank) VALUES ('automerge', {int(n)})")


def count_triggers() -> list[tuple[str, str]]:
    """(name, sql) of the triggers that keep ``counts`` in step."""
    found = []
    for t in COUNTED:
        found.append(
            (
                f"counts_{t}_ai",
                f"CREATE TRIGGER counts_{t}_ai AFTER INSERT ON {t} BEGIN\n"
                f"  UPDATE counts SET n = n + 1 WHERE name = '{t}';\nEND",
            )
        )
        found.append(
            (
                f"counts_{t}_ad",
                f"CREATE TRIGGER counts_{t}_ad AFTER DELETE ON {t} BEGIN\n"
                f"  UPDATE counts SET n = n - 1 WHERE name = '{t}';\nEND",
            )
        )
    return found


def recount(db: sqlite_utils.Database | sqlite3.Connection) -> None:
    """Set ``counts`` from the tables themselves (after a bulk load, or to repair)."""
    for t in COUNTED:
        db.execute(
            f"INSERT INTO counts(name, n) VALUES ('{t}', (SELECT count(*) FROM {t})) "
            "ON CONFLICT(name) DO UPDATE SET n = excluded.n"
        )


def _v2(db: sqlite_utils.Database) -> None:
    db.execute("CREATE INDEX events_t0_t1 ON events(t0, t1)")
    db.execute("DROP INDEX events_t0")  # (t0, t1) orders by t0 just as well
    # the FTS5 table cannot take new options: drop it and build it again from quotes
    # (its triggers on quotes name it, and work on the new one)
    db.execute("DROP TABLE quotes_fts")
    db.execute(
        "CREATE VIRTUAL TABLE quotes_fts USING FTS5 (text, speaker, tokenize='unicode61 remove_diacritics 2', "
        f"content='quotes', content_rowid='id', prefix='{PREFIX}')"
    )
    set_fts_hashsize(db, "quotes_fts", BULK_HASHSIZE)  # fewer, larger segments: faster to build and to read
    db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
    set_fts_hashsize(db, "quotes_fts", FTS_HASHSIZE)
    db.execute("CREATE TABLE counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL)")
    recount(db)
    for _, sql in count_triggers():  # one execute each: executescript would commit the migration
        db.execute(sql)


GEO_RES = 10  # geocells per degree: a cell is 0.1° of latitude by 0.1° of longitude
# a located event's cell: row from 90°S up (0..1799), column from 180°W east (0..3599)
GEO_ROW = f"min(max(CAST((new.lat + 90) * {GEO_RES} AS INTEGER), 0), {180 * GEO_RES - 1})"
GEO_COL = f"min(max(CAST((new.lon + 180) * {GEO_RES} AS INTEGER), 0), {360 * GEO_RES - 1})"


def geocell_triggers() -> list[tuple[str, str]]:
    """(name, sql) of the triggers that keep ``geocells`` in step with the events."""
    row, col = GEO_ROW, GEO_COL
    old_row, old_col = row.replace("new.", "old."), col.replace("new.", "old.")
    add = f"INSERT INTO geocells(r, c, n) VALUES ({row}, {col}, 1) ON CONFLICT(r, c) DO UPDATE SET n = n + 1;"
    remove = (
        f"UPDATE geocells SET n = n - 1 WHERE r = {old_row} AND c = {old_col};\n"
        f"  DELETE FROM geocells WHERE r = {old_row} AND c = {old_col} AND n <= 0;"
    )
    located, was_located = "new.lat IS NOT NULL AND new.lon IS NOT NULL", "old.lat IS NOT NULL AND old.lon IS NOT NULL"
    return [
        (
            "events_geocells_ai",
            f"CREATE TRIGGER events_geocells_ai AFTER INSERT ON events WHEN {located} BEGIN\n  {add}\nEND",
        ),
        (
            "events_geocells_ad",
            f"CREATE TRIGGER events_geocells_ad AFTER DELETE ON events WHEN {was_located} BEGIN\n  {remove}\nEND",
        ),
        (
            "events_geocells_au_old",
            f"CREATE TRIGGER events_geocells_au_old AFTER UPDATE OF lat, lon ON events WHEN {was_located} BEGIN\n  {remove}\nEND",
        ),
        (
            "events_geocells_au_new",
            f"CREATE TRIGGER events_geocells_au_new AFTER UPDATE OF lat, lon ON events WHEN {located} BEGIN\n  {add}\nEND",
        ),
    ]


def recount_geocells(db: sqlite_utils.Database | sqlite3.Connection) -> None:
    """Set ``geocells`` from the events themselves (after a bulk load, or to repair)."""
    db.execute("DELETE FROM geocells")
    row, col = GEO_ROW.replace("new.", ""), GEO_COL.replace("new.", "")
    db.execute(
        f"INSERT INTO geocells(r, c, n) SELECT {row}, {col}, count(*) FROM events "
        "WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2"
    )


def _v3_geocells(db: sqlite_utils.Database) -> None:
    """``geocells``: located events per 0.1° cell, kept by triggers, so the map draws
    from a count per cell at any size of store (as the timeline does from ``days``)."""
    db.execute(
        "CREATE TABLE geocells (r INTEGER NOT NULL, c INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (r, c)) WITHOUT ROWID"
    )
    recount_geocells(db)
    for _, sql in geocell_triggers():
        db.execute(sql)


def _v4_source_file(db: sqlite_utils.Database) -> None:
    """The file a source's events were imported from (``sources.file``), and who claims
    an event (``events.claimed_by``)."""
    db.execute("ALTER TABLE sources ADD COLUMN file TEXT")
    db.execute("ALTER TABLE events ADD COLUMN claimed_by TEXT")


def _v5_desk(db: sqlite_utils.Database) -> None:
    """The analyst's desk: bookmarks, tags and notes, keyed by event id (no foreign key:
    they outlive a re-import or an edit of their event, and a deletion asks about them),
    the notes searchable by FTS5; saved filters; indexes for the filters on the fields
    an analyst narrows by most (kind, place, country), case-insensitive as filters compare."""
    from .desk import create_tables

    create_tables(db)


def _v6_history(db: sqlite_utils.Database) -> None:
    """Changes made in the browser, to undo them (across restarts); the events changed by
    hand, which a re-import leaves alone; reviews of articles under way."""
    db.execute(
        "CREATE TABLE history (id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, "
        "event_id TEXT NOT NULL, batch INTEGER, before TEXT, after TEXT)"
    )
    db.execute("CREATE TABLE edited (event_id TEXT PRIMARY KEY, at TEXT NOT NULL)")
    db.execute("CREATE TABLE reviews (path TEXT PRIMARY KEY, at TEXT NOT NULL, state TEXT NOT NULL)")


MIGRATIONS = {1: _v1, 2: _v2, 3: _v3_geocells, 4: _v4_source_file, 5: _v5_desk, 6: _v6_history}


def version(db: Readable) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every migration above the store's version, each in its own transaction."""
    current = version(db)
    for target in range(current + 1, SCHEMA_VERSION + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[target](db)
            db.execute(f"PRAGMA user_version = {target}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
        if db.conn.in_transaction:  # v1 goes through sqlite-utils, whose executescript commits on its way
            db.execute("COMMIT")
