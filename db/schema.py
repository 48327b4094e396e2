"""The store's schema: tables, indexes, full-text search and migrations.

The schema version lives in ``PRAGMA user_version``. ``migrate`` brings any older
dateline store up to ``SCHEMA_VERSION``; each step is one function in ``MIGRATIONS``.
"""

from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 1
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

FTS_OPTIONS = {"fts_version": "FTS5", "create_triggers": True, "tokenize": "unicode61 remove_diacritics 2"}


def _v1(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {"id": str, "title": str, "publisher": str, "published": str, "tz": str, "url": str, "text": str},
        pk="id",
    )
    db["events"].create(EVENT_COLUMNS, pk="id", not_null={"title", "start", "end", "t0", "t1", "day"})
    db["quotes"].create(
        {"id": int, "event_id": str, "n": int, "text": str, "speaker": str, "role": str, "paragraph": int},
        pk="id",
        foreign_keys=[("event_id", "events", "id")],
        not_null={"event_id", "text"},
    )
    db["days"].create({"day": str, "n": int}, pk="day")
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
    db["quotes"].enable_fts(["text", "speaker"], **FTS_OPTIONS)
    db["events"].enable_fts(["title", "summary", "place"], **FTS_OPTIONS)


MIGRATIONS = {1: _v1}


def version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every migration above the store's version, each in its own transaction."""
    current = version(db)
    for target in range(current + 1, SCHEMA_VERSION + 1):
        with db.conn:
            MIGRATIONS[target](db)
            db.execute(f"PRAGMA user_version = {target}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
