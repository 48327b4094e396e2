"""What can still be read from a damaged store: ``dateline export`` goes on past the
pages that fail, and ``dateline check`` says what SQLite's integrity check found."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from .reader import Readable
from .records import from_row
from .store import is_damage


@dataclass
class Salvage:
    """What a read of a damaged store met: the error, events and quotes it could not read."""

    damage: str | None = None
    lost_events: int = 0
    lost_quotes: int = 0  # quote rows (read from the table itself when their index fails)


def _row(db: Readable, sql: str, args: tuple) -> dict | None:
    cursor = db.execute(sql, args)
    row = cursor.fetchone()
    return None if row is None else dict(zip([d[0] for d in cursor.description], row))


def _last_rowid(db: Readable, table: str = "events") -> int:
    """The largest rowid of ``table``, or a bound on it when the table's last pages fail."""
    try:
        return db.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        pages, size = (db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
        return pages * size // 40  # no event row is smaller than this


def readable_records(
    db: Readable,
    start: datetime | None,
    end: datetime | None,
    ids: list[str] | None,
    report: Salvage,
    done: set[str],
) -> Iterator[dict]:
    """Every event that can be read, one by one in rowid order, except those in ``done``
    (already written); within ``start``/``end`` and among ``ids`` if given."""
    lo = int(start.timestamp()) if start is not None else None
    hi = int(end.timestamp()) if end is not None else None
    wanted = set(ids) if ids is not None else None
    try:
        sources = {r["id"]: r for r in db.query("SELECT id, title, published FROM sources")}
    except sqlite3.DatabaseError:
        sources = {}
    by_event: dict[str, list[dict]] | None = None
    for rowid in range(1, _last_rowid(db) + 1):
        try:
            row = _row(db, "SELECT * FROM events WHERE rowid = ?", (rowid,))
        except sqlite3.DatabaseError:
            report.lost_events += 1
            continue
        if row is None or row["id"] in done or (wanted is not None and row["id"] not in wanted):
            continue
        if (lo is not None and (row["t1"] or 0) <= lo) or (hi is not None and (row["t0"] or 0) >= hi):
            continue
        try:
            if by_event is None:
                quotes = list(db.query("SELECT * FROM quotes WHERE event_id = ? ORDER BY n", [row["id"]]))
            else:
                quotes = by_event.get(row["id"], [])
        except sqlite3.DatabaseError:
            by_event = _quotes_by_event(db, report)  # the index fails: read the table row by row, once
            quotes = by_event.get(row["id"], [])
        done.add(row["id"])
        yield from_row(row, quotes, sources.get(row["source_id"]))


def _quotes_by_event(db: Readable, report: Salvage) -> dict[str, list[dict]]:
    by_event: dict[str, list[dict]] = {}
    for rowid in range(1, _last_rowid(db, "quotes") + 1):
        try:
            q = _row(db, "SELECT * FROM quotes WHERE rowid = ?", (rowid,))
        except sqlite3.DatabaseError:
            report.lost_quotes += 1
            continue
        if q is not None:
            by_event.setdefault(q["event_id"], []).append(q)
    for quotes in by_event.values():
        quotes.sort(key=lambda q: q["n"])
    return by_event


def records_or_salvage(
    db: Readable,
    start: datetime | None,
    end: datetime | None,
    query: str | None,
    report: Salvage,
    chosen: Iterable[dict] | None = None,
) -> Iterator[dict]:
    """The export's records in timeline order (``chosen``, else those between ``start``
    and ``end`` matching ``query``); if the store turns out damaged on the way, the rest
    of what can be read (see ``readable_records``), and ``report`` says so."""
    from .formats.select import matching_ids
    from .queries import records

    done: set[str] = set()
    ids: list[str] | None = None
    try:
        ids = matching_ids(db, query) if query is not None else None
        for rec in chosen if chosen is not None else records(db, start, end, ids=ids):
            done.add(rec["id"])
            yield rec
        return
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        report.damage = str(exc)
    if query is not None and ids is None:
        raise sqlite3.DatabaseError(f"{report.damage}: the search index cannot be read; export without --query")
    yield from readable_records(db, start, end, ids, report, done)


def integrity(db: Readable, limit: int = 100) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong (empty when the store is sound)."""
    try:
        rows = [r[0] for r in db.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows
