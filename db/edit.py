"""Changing the store by hand: add, edit and remove events, undo, accept reviewed drafts.

Every change goes through the import's checks (``records.row_tuples``) and is written
in one transaction with its entry in ``history`` (the record before and after), so ``undo``
puts back the last change, also after a restart. An event changed by hand is listed in
``edited``: accepting its article again, or importing a file with the same id, leaves it
as it is (``accept`` and ``write.write_records`` say how many they left alone).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from . import queries, store
from .gazetteer import LOOKED_UP, fill_coordinates
from .reader import Readable
from .records import RecordError, row_tuples, source_id_for
from .write import _INSERT_QUOTE, _UPSERT_EVENT, _UPSERT_SOURCE

__all__ = [
    "RecordError",
    "writer",
    "record",
    "check",
    "save",
    "remove",
    "undo",
    "last_change",
    "last_change_events",
    "accept",
    "is_edited",
    "edited_ids",
    "save_review",
    "load_review",
    "drop_review",
]

_UPSERT_SOURCE_FULL = (
    "INSERT INTO sources (id, title, publisher, published, tz, url, text) VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET title = coalesce(excluded.title, title), "
    "publisher = coalesce(excluded.publisher, publisher), published = coalesce(excluded.published, published), "
    "tz = coalesce(excluded.tz, tz), url = coalesce(excluded.url, url), text = coalesce(excluded.text, text)"
)


def _path(db: Readable) -> str:
    return next(f for _, name, f in db.execute("PRAGMA database_list").fetchall() if name == "main")


def writer(db: Readable) -> Readable:
    """A connection that may write to the store ``db`` reads (migrated if older)."""
    if not db.execute("PRAGMA query_only").fetchone()[0] and _has_history(db):
        return db
    return store.open_store(_path(db), write=True)


def _has_history(db: Readable) -> bool:
    return bool(db.execute("SELECT 1 FROM sqlite_master WHERE name = 'history'").fetchone())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record(db: Readable, event_id: str) -> dict | None:
    """The stored record of one event (what ``events --json`` prints), or None."""
    rec = queries.event_detail(db, event_id)
    if rec is None:
        return None
    rec.pop("publisher", None)
    rec.pop("url", None)
    return rec


def publication(db: Readable, rec: dict | None) -> tuple[str | None, str | None]:
    """(publication date, time zone) of an event's source, as stored: what its date words
    are read against."""
    if not rec or not rec.get("source_id"):
        return (rec or {}).get("published"), None
    row = db.execute("SELECT published, tz FROM sources WHERE id = ?", [rec["source_id"]]).fetchone()
    return (row[0], row[1]) if row else (rec.get("published"), None)


def check(rec: dict, published: datetime | None = None, tz: str | None = None) -> None:
    """Raise RecordError (one line) when ``rec`` could not be stored."""
    row_tuples(rec, published, tz)


def _put(conn: sqlite3.Connection, rec: dict, published: datetime | None, tz: str | None) -> str:
    event, quotes, source = row_tuples(rec, published, tz)
    if source:
        conn.execute(_UPSERT_SOURCE, source)
    conn.execute("DELETE FROM quotes WHERE event_id = ?", [event[0]])
    conn.execute(_UPSERT_EVENT, event)
    conn.executemany(_INSERT_QUOTE, quotes)
    return event[0]


def _log(conn: sqlite3.Connection, batch: int, action: str, event_id: str, before, after) -> None:
    conn.execute(
        "INSERT INTO history (at, action, event_id, batch, before, after) VALUES (?, ?, ?, ?, ?, ?)",
        [_now(), action, event_id, batch, json.dumps(before) if before else None, json.dumps(after) if after else None],
    )


def _batch(conn: sqlite3.Connection) -> int:
    return (conn.execute("SELECT max(batch) FROM history").fetchone()[0] or 0) + 1


class _Tx:
    def __init__(self, db: Readable) -> None:
        self.conn = db.conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, kind, exc, tb) -> None:
        self.conn.execute("ROLLBACK" if kind else "COMMIT")


def save(
    db: Readable,
    rec: dict,
    *,
    event_id: str | None = None,
    published: datetime | None = None,
    tz: str | None = None,
) -> str:
    """Add (``event_id`` None) or change the event ``event_id``; its id is kept. Marks it
    edited. Raises RecordError, writing nothing, when the record does not pass."""
    rec = dict(rec)
    if event_id:
        rec["id"] = event_id
    # marked where a reader sees it (the detail, exports); the ``edited`` table is what
    # imports go by
    rec["attrs"] = {**(rec.get("attrs") or {}), "edited": f"by hand, {_now()[:16].replace('T', ' ')} UTC"}
    before = record(db, event_id) if event_id else None
    rec = _placed(rec, before)
    row_tuples(rec, published, tz)  # checked before the transaction opens
    with _Tx(db) as conn:
        new_id = _put(conn, rec, published, tz)
        conn.execute(
            "INSERT INTO edited (event_id, at) VALUES (?, ?) ON CONFLICT(event_id) DO UPDATE SET at = excluded.at",
            [new_id, _now()],
        )
        after = _stored(conn, db, new_id)
        _log(conn, _batch(conn), "edit" if before else "add", new_id, before, after)
    return new_id


def _placed(rec: dict, before: dict | None) -> dict:
    """A place typed by hand gets the gazetteer's coordinates when it has none (as an import's
    does); when the place changes, coordinates the gazetteer gave the old one go with it (a
    pair from the source or typed stays: a place's spelling mended keeps its point)."""
    attrs = rec.get("attrs") if isinstance(rec.get("attrs"), dict) else None
    moved = before is not None and (before.get("place") or None) != (rec.get("place") or None)
    if moved and attrs is not None and attrs.get("coords_from") == LOOKED_UP:
        rec = dict(rec, lat=None, lon=None, attrs={k: v for k, v in attrs.items() if k != "coords_from"})
    return next(fill_coordinates([("", rec)]))[1]  # type: ignore[return-value]


def _stored(conn: sqlite3.Connection, db: Readable, event_id: str) -> dict | None:
    return record(db, event_id)


def remove(db: Readable, event_id: str) -> bool:
    """Remove an event (and its quotes); False when there is none with that id."""
    before = record(db, event_id)
    if before is None:
        return False
    with _Tx(db) as conn:
        conn.execute("DELETE FROM events WHERE id = ?", [event_id])
        _log(conn, _batch(conn), "remove", event_id, before, None)
    return True


def last_change(db: Readable) -> tuple[str, str, int] | None:
    """(action, title, how many events) of the change ``undo`` would take back."""
    if not _has_history(db):
        return None
    row = db.execute("SELECT max(batch) FROM history").fetchone()
    if row is None or row[0] is None:
        return None
    rows = db.execute("SELECT action, before, after FROM history WHERE batch = ?", [row[0]]).fetchall()
    action, before, after = rows[-1]
    title = json.loads(after or before or "{}").get("title") or ""
    return action, title, len(rows)


def last_change_events(db: Readable) -> list[str]:
    """The ids of the events the change ``undo`` would take back, in the order it made them."""
    if not _has_history(db):
        return []
    rows = db.execute(
        "SELECT event_id FROM history WHERE batch = (SELECT max(batch) FROM history) ORDER BY id"
    ).fetchall()
    return [r[0] for r in rows]


def undo(db: Readable) -> str | None:
    """Take back the last change (every event of it); a sentence saying what, or None."""
    change = last_change(db)
    if change is None:
        return None
    with _Tx(db) as conn:
        batch = conn.execute("SELECT max(batch) FROM history").fetchone()[0]
        rows = conn.execute(
            "SELECT id, event_id, before FROM history WHERE batch = ? ORDER BY id DESC", [batch]
        ).fetchall()
        for _, event_id, before in rows:
            if before:
                _put(conn, json.loads(before), None, None)
            else:
                conn.execute("DELETE FROM events WHERE id = ?", [event_id])
        conn.execute("DELETE FROM history WHERE batch = ?", [batch])
        for _, event_id, _ in rows:  # edited only while a change by hand of it remains
            if not conn.execute(
                "SELECT 1 FROM history WHERE event_id = ? AND action IN ('add', 'edit')", [event_id]
            ).fetchone():
                conn.execute("DELETE FROM edited WHERE event_id = ?", [event_id])
    action, title, n = change
    what = {"add": "adding", "edit": "the edit of", "remove": "removing", "accept": "accepting"}.get(action, action)
    if n > 1:
        return f"Undid {what} {n} events"
    return f"Undid {what} “{title}”"


def is_edited(db: Readable, event_id: str) -> bool:
    if not _has_history(db):
        return False
    return bool(db.execute("SELECT 1 FROM edited WHERE event_id = ?", [event_id]).fetchone())


def edited_ids(db: Readable | sqlite3.Connection) -> set[str]:
    try:
        return {r[0] for r in db.execute("SELECT event_id FROM edited").fetchall()}
    except sqlite3.OperationalError:  # a store from before history
        return set()


def accept(
    db: Readable,
    records: list[dict],
    source: dict,
    paragraphs: list[str],
    published: datetime | None = None,
    tz: str | None = None,
) -> tuple[int, int]:
    """Write reviewed drafts in one transaction: the article as a source with its text
    (paragraphs separated by blank lines; each event's ``paragraph`` counts them from 1),
    each event with its quotes. Events changed by hand are left alone. Returns (written,
    left alone). Raises RecordError naming the draft, writing nothing, if one does not pass."""
    sid = source.get("id") or source_id_for(source.get("title") or source.get("name"))
    rows = []
    for n, rec in enumerate(records, 1):
        rec = {k: v for k, v in rec.items() if k != "evidence"}
        rec["source_id"] = sid
        rec["source"] = source.get("name") or source.get("title")
        try:
            row_tuples(rec, published, tz)
        except RecordError as exc:
            raise RecordError(f"draft {n} ({rec.get('title')}): {exc}") from None
        rows.append(rec)
    kept = edited_ids(db)
    written = alone = 0
    with _Tx(db) as conn:
        batch = _batch(conn)
        for rec in rows:
            rid = row_tuples(rec, published, tz)[0][0]
            if rid in kept:
                alone += 1
                continue
            before = record(db, rid)
            _put(conn, rec, published, tz)
            _log(conn, batch, "accept", rid, before, record(db, rid))
            written += 1
        # after the events, whose own source names (the outlet, "AP") would otherwise stand
        # for the article's headline
        conn.execute(
            _UPSERT_SOURCE_FULL,
            [
                sid,
                source.get("title") or source.get("name"),
                source.get("publisher") or source.get("site") or source.get("name"),
                source.get("published"),
                source.get("tz"),
                source.get("url"),
                "\n\n".join(paragraphs),
            ],
        )
    return written, alone


def save_review(db: Readable, path: str, state: dict) -> None:
    with _Tx(db) as conn:
        conn.execute(
            "INSERT INTO reviews (path, at, state) VALUES (?, ?, ?) "
            "ON CONFLICT(path) DO UPDATE SET at = excluded.at, state = excluded.state",
            [path, _now(), json.dumps(state)],
        )


def load_review(db: Readable, path: str) -> dict | None:
    if not _has_history(db):
        return None
    row = db.execute("SELECT state FROM reviews WHERE path = ?", [path]).fetchone()
    return json.loads(row[0]) if row else None


def drop_review(db: Readable, path: str) -> None:
    with _Tx(db) as conn:
        conn.execute("DELETE FROM reviews WHERE path = ?", [path])
