"""Writing records into a store: one transaction per import, upsert by id."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterable

import sqlite_utils

from .records import RecordError, to_rows
from .schema import EVENT_COLUMNS

_EVENT_COLS = list(EVENT_COLUMNS)
_UPSERT_EVENT = (
    f"INSERT INTO events ({', '.join(f'[{c}]' for c in _EVENT_COLS)}) "
    f"VALUES ({', '.join('?' for _ in _EVENT_COLS)}) "
    f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'[{c}] = excluded.[{c}]' for c in _EVENT_COLS[1:])}"
)
_INSERT_QUOTE = "INSERT INTO quotes (event_id, n, text, speaker, role, paragraph) VALUES (?, ?, ?, ?, ?, ?)"
_UPSERT_SOURCE = (
    "INSERT INTO sources (id, title, published) VALUES (?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET title = coalesce(excluded.title, title), "
    "published = coalesce(excluded.published, published)"
)
BATCH = 2000


@dataclass
class BadLine:
    where: str  # "FILE:LINE"
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class ImportFailed(Exception):
    """The import was rolled back; ``bad`` says where and why."""

    def __init__(self, bad: BadLine):
        super().__init__(str(bad))
        self.bad = bad


@dataclass
class ImportResult:
    written: int = 0
    bad: list[BadLine] = field(default_factory=list)


def _insert_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, sql) of the triggers that keep the full-text indexes and the per-day
    counts in step: what a bulk load drops and rebuilds the effect of at the end."""
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('events', 'quotes') "
        "AND (sql LIKE '%\\_fts%' ESCAPE '\\' OR name = 'events_days_ai') ORDER BY name"
    ).fetchall()


def _fts_tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('events_fts', 'quotes_fts') ORDER BY name"
    ).fetchall()]


def write_records(
    db: sqlite_utils.Database,
    records: Iterable[tuple[str, dict | Exception]],
    *,
    published: datetime | None = None,
    tz: str | None = None,
    skip_bad: bool = False,
    progress: Callable[[int], None] | None = None,
    bulk: bool = False,
) -> ImportResult:
    """Write ``(where, record)`` pairs in one transaction.

    A reader puts an exception in place of a record it could not read. The first bad
    record rolls everything back (``ImportFailed``) unless ``skip_bad``, which writes the
    rest and lists every bad one.

    ``bulk`` is for filling a fresh, empty store fast: the triggers that keep the
    full-text indexes and the per-day counts in step are dropped for the load, and the
    indexes and counts rebuilt at the end, inside the same transaction. On a store that
    has events already it is ignored.
    """
    result = ImportResult()
    conn = db.conn
    events: list[tuple] = []
    quotes: list[tuple] = []
    sources: dict[str, tuple] = {}
    ids: list[tuple] = []

    def flush() -> None:
        if sources:
            conn.executemany(_UPSERT_SOURCE, list(sources.values()))
            sources.clear()
        conn.executemany("DELETE FROM quotes WHERE event_id = ?", ids)
        conn.executemany(_UPSERT_EVENT, events)
        conn.executemany(_INSERT_QUOTE, quotes)
        if progress:
            progress(len(events))
        events.clear(), quotes.clear(), ids.clear()

    if bulk and conn.execute("SELECT 1 FROM events UNION ALL SELECT 1 FROM days LIMIT 1").fetchone():
        bulk = False
    conn.execute("BEGIN IMMEDIATE")
    try:
        triggers = _insert_triggers(conn) if bulk else []
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER [{name}]")
        for where, rec in records:
            try:
                if isinstance(rec, Exception):
                    raise rec
                event, event_quotes, source = to_rows(rec, published, tz)
            except (RecordError, ValueError) as exc:
                bad = BadLine(where, str(exc))
                if not skip_bad:
                    raise ImportFailed(bad) from None
                result.bad.append(bad)
                continue
            if source:
                sources[source["id"]] = (source["id"], source["title"], source["published"])
            events.append(tuple(event[c] for c in _EVENT_COLS))
            ids.append((event["id"],))
            quotes.extend((q["event_id"], q["n"], q["text"], q["speaker"], q["role"], q["paragraph"]) for q in event_quotes)
            result.written += 1
            if len(events) >= BATCH:
                flush()
        flush()
        if triggers:
            conn.execute("INSERT INTO days(day, n) SELECT day, count(*) FROM events GROUP BY day")
            for table in _fts_tables(conn):
                conn.execute(f"INSERT INTO [{table}]([{table}]) VALUES('rebuild')")
            for _, sql in triggers:
                conn.execute(sql)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return result
