"""The analyst's desk: bookmarks, tags and notes on events, and saved filters.

They live in their own tables keyed by the event's id, with no foreign key to
``events``: a re-import of the source or an edit of the event (an upsert by id) leaves
them where they are, and deleting an event leaves the choice of what becomes of its
notes to the caller (``notes_of`` says what there is, ``move_notes`` and
``drop_desk`` act). Notes are Markdown text, searched with FTS5 (``notes_fts``).

Every read works on a store without these tables (an older store opened read-only):
it finds nothing.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime

from .reader import Readable

TOKENIZE = "unicode61 remove_diacritics 2"

_TABLES = (
    "CREATE TABLE bookmarks (event_id TEXT PRIMARY KEY, created TEXT NOT NULL)",
    "CREATE TABLE tags (event_id TEXT NOT NULL, tag TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY (event_id, tag))",
    "CREATE INDEX tags_tag ON tags(tag)",
    "CREATE TABLE notes (event_id TEXT PRIMARY KEY, text TEXT NOT NULL, updated TEXT NOT NULL)",
    f"CREATE VIRTUAL TABLE notes_fts USING FTS5 (text, tokenize='{TOKENIZE}', content='notes', content_rowid='rowid')",
    "CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN\n"
    "  INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text);\nEND",
    "CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN\n"
    "  INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);\nEND",
    "CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN\n"
    "  INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);\n"
    "  INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text);\nEND",
    "CREATE TABLE saved_filters (name TEXT PRIMARY KEY, spec TEXT NOT NULL)",
    # what the filters compare, case-insensitively, with the day for the per-day counts
    "CREATE INDEX events_kind ON events(kind COLLATE NOCASE, day)",
    "CREATE INDEX events_place ON events(place COLLATE NOCASE, day)",
    "CREATE INDEX events_country ON events(country COLLATE NOCASE, day)",
)


EVENT_FTS_COLUMNS = ("title", "summary", "place", "actors")


def _event_fts() -> tuple[str, ...]:
    """events_fts again, with the actors: search finds events by who is named in them.
    No prefix index (unlike quotes_fts): it would double the index's build time in an
    import, and events hold fewer words than their quotes (measured at 100k events, a
    typed prefix takes 1-2 ms without one)."""
    cols = ", ".join(f'"{c}"' for c in EVENT_FTS_COLUMNS)
    new = ", ".join(f'new."{c}"' for c in EVENT_FTS_COLUMNS)
    old = ", ".join(f'old."{c}"' for c in EVENT_FTS_COLUMNS)
    return (
        "DROP TRIGGER IF EXISTS events_ai",
        "DROP TRIGGER IF EXISTS events_ad",
        "DROP TRIGGER IF EXISTS events_au",
        "DROP TABLE IF EXISTS events_fts",
        f"CREATE VIRTUAL TABLE events_fts USING FTS5 ({cols}, tokenize='{TOKENIZE}', content='events')",
        f'CREATE TRIGGER "events_ai" AFTER INSERT ON "events" BEGIN\n'
        f'  INSERT INTO "events_fts" (rowid, {cols}) VALUES (new.rowid, {new});\nEND',
        f'CREATE TRIGGER "events_ad" AFTER DELETE ON "events" BEGIN\n'
        f'  INSERT INTO "events_fts" ("events_fts", rowid, {cols}) VALUES(\'delete\', old.rowid, {old});\nEND',
        f'CREATE TRIGGER "events_au" AFTER UPDATE ON "events" BEGIN\n'
        f'  INSERT INTO "events_fts" ("events_fts", rowid, {cols}) VALUES(\'delete\', old.rowid, {old});\n'
        f'  INSERT INTO "events_fts" (rowid, {cols}) VALUES (new.rowid, {new});\nEND',
        "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",
    )


def create_tables(db: Readable | sqlite3.Connection) -> None:
    """The desk's tables (schema migration ``_v5_desk``), and events_fts made again
    with actors and prefix indexes; one statement at a time so that the migration's
    transaction stays open."""
    for sql in (*_TABLES, *_event_fts()):
        db.execute(sql)


def ready(db: Readable | sqlite3.Connection) -> bool:
    """Whether the store has the desk's tables."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'notes_fts'").fetchone() is not None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _conn(db: Readable | sqlite3.Connection) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn


def _write(db: Readable | sqlite3.Connection, statements: Iterable[tuple[str, tuple]]) -> None:
    conn = _conn(db)
    with conn:  # one transaction
        for sql, args in statements:
            conn.execute(sql, args)


# --------------------------------------------------------------------------- bookmarks


def is_bookmarked(db: Readable, event_id: str) -> bool:
    if not ready(db):
        return False
    return db.execute("SELECT 1 FROM bookmarks WHERE event_id = ?", (event_id,)).fetchone() is not None


def set_bookmark(db: Readable, event_id: str, on: bool = True) -> None:
    if on:
        _write(db, [("INSERT OR IGNORE INTO bookmarks(event_id, created) VALUES (?, ?)", (event_id, _now()))])
    else:
        _write(db, [("DELETE FROM bookmarks WHERE event_id = ?", (event_id,))])


def toggle_bookmark(db: Readable, event_id: str) -> bool:
    """Bookmark the event, or take its bookmark off; whether it is bookmarked now."""
    on = not is_bookmarked(db, event_id)
    set_bookmark(db, event_id, on)
    return on


def bookmarked_ids(db: Readable, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are bookmarked."""
    ids = list(ids)
    if not ids or not ready(db):
        return set()
    rows = db.execute(
        "SELECT event_id FROM bookmarks WHERE event_id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
    )
    return {r[0] for r in rows}


def bookmarked_all(db: Readable) -> set[str]:
    """The ids of every bookmarked event (what the timeline marks)."""
    if not ready(db):
        return set()
    return {r[0] for r in db.execute("SELECT event_id FROM bookmarks")}


def bookmarks(db: Readable) -> list[tuple[str, str, str]]:
    """Every bookmarked event that is in the store: (id, start, title), in time order."""
    if not ready(db):
        return []
    return db.execute(
        "SELECT e.id, e.start, e.title FROM bookmarks b JOIN events e ON e.id = b.event_id "
        "ORDER BY e.day, e.t0, e.rowid"
    ).fetchall()


# --------------------------------------------------------------------------- tags


def clean_tag(tag: str) -> str:
    """A tag as stored: trimmed, inner spaces as dashes, no leading #."""
    return "-".join(tag.strip().lstrip("#").split())


def tags_typed(text: str) -> list[str]:
    """The tags in what was typed, as stored: "verify, geo" and "verify; geo" are two
    (a list as it is written; a comma kept inside one tag split it in two on its way
    back from TimelineJS, a semicolon from CSV), "needs source" one (#needs-source)."""
    return list(dict.fromkeys(t for t in (clean_tag(part) for part in re.split(r"[,;]", text)) if t))


def tags_of(db: Readable, event_id: str) -> list[str]:
    if not ready(db):
        return []
    return [r[0] for r in db.execute("SELECT tag FROM tags WHERE event_id = ? ORDER BY tag", (event_id,))]


def add_tags(db: Readable, event_id: str, tags: Iterable[str]) -> None:
    rows = [("INSERT OR IGNORE INTO tags(event_id, tag) VALUES (?, ?)", (event_id, t)) for t in map(clean_tag, tags)]
    _write(db, [r for r in rows if r[1][1]])


def remove_tags(db: Readable, event_id: str, tags: Iterable[str]) -> None:
    _write(db, [("DELETE FROM tags WHERE event_id = ? AND tag = ?", (event_id, clean_tag(t))) for t in tags])


def toggle_tag(db: Readable, event_id: str, tag: str) -> bool:
    """Add the tag, or take it off if the event has it; whether the event has it now."""
    tag = clean_tag(tag)
    if not tag:
        return False
    has = tag.casefold() in {t.casefold() for t in tags_of(db, event_id)}
    (remove_tags if has else add_tags)(db, event_id, [tag])
    return not has


def set_tags(db: Readable, event_id: str, tags: Iterable[str]) -> None:
    """Replace the event's tags."""
    wanted = [t for t in dict.fromkeys(map(clean_tag, tags)) if t]
    _write(
        db,
        [("DELETE FROM tags WHERE event_id = ?", (event_id,))]
        + [("INSERT OR IGNORE INTO tags(event_id, tag) VALUES (?, ?)", (event_id, t)) for t in wanted],
    )


def all_tags(db: Readable) -> list[tuple[str, int]]:
    """Every tag in use and on how many events, most used first."""
    if not ready(db):
        return []
    return db.execute("SELECT tag, count(*) AS n FROM tags GROUP BY tag ORDER BY n DESC, tag").fetchall()


# --------------------------------------------------------------------------- notes


def note_of(db: Readable, event_id: str) -> str | None:
    if not ready(db):
        return None
    row = db.execute("SELECT text FROM notes WHERE event_id = ?", (event_id,)).fetchone()
    return row[0] if row else None


def set_note(db: Readable, event_id: str, text: str | None) -> None:
    """Write the event's note; an empty text deletes it."""
    if text is None or not text.strip():
        _write(db, [("DELETE FROM notes WHERE event_id = ?", (event_id,))])
        return
    _write(
        db,
        [
            (
                "INSERT INTO notes(event_id, text, updated) VALUES (?, ?, ?) "
                "ON CONFLICT(event_id) DO UPDATE SET text = excluded.text, updated = excluded.updated",
                (event_id, text.rstrip(), _now()),
            )
        ],
    )


def notes_of(db: Readable, ids: Iterable[str]) -> dict[str, str]:
    """The notes of these events (what a deletion must ask about): id -> text."""
    ids = list(ids)
    if not ids or not ready(db):
        return {}
    return dict(
        db.execute(
            "SELECT event_id, text FROM notes WHERE event_id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
        ).fetchall()
    )


def move_notes(db: Readable, from_id: str, to_id: str) -> bool:
    """Move an event's note, bookmark and tags to another event (say, before the first
    is deleted): the note is added under any the other has. Whether there was a note."""
    text = note_of(db, from_id)
    statements: list[tuple[str, tuple]] = []
    if text is not None:
        there = note_of(db, to_id)
        statements.append(("DELETE FROM notes WHERE event_id = ?", (from_id,)))
        merged = f"{there}\n\n{text}" if there else text
        statements.append(
            (
                "INSERT INTO notes(event_id, text, updated) VALUES (?, ?, ?) "
                "ON CONFLICT(event_id) DO UPDATE SET text = excluded.text, updated = excluded.updated",
                (to_id, merged, _now()),
            )
        )
    statements += [
        ("INSERT OR IGNORE INTO tags(event_id, tag) SELECT ?, tag FROM tags WHERE event_id = ?", (to_id, from_id)),
        ("DELETE FROM tags WHERE event_id = ?", (from_id,)),
        (
            "INSERT OR IGNORE INTO bookmarks(event_id, created) SELECT ?, created FROM bookmarks WHERE event_id = ?",
            (to_id, from_id),
        ),
        ("DELETE FROM bookmarks WHERE event_id = ?", (from_id,)),
    ]
    _write(db, statements)
    return text is not None


def drop_desk(db: Readable, event_id: str) -> None:
    """Forget the event's note, tags and bookmark (its deletion, notes not kept)."""
    _write(db, [(f"DELETE FROM {t} WHERE event_id = ?", (event_id,)) for t in ("notes", "tags", "bookmarks")])


def orphans(db: Readable) -> list[str]:
    """Ids that have a note, tag or bookmark but no event (kept after a deletion, or
    waiting for a re-import)."""
    if not ready(db):
        return []
    return [
        r[0]
        for r in db.execute(
            "SELECT event_id FROM (SELECT event_id FROM notes UNION SELECT event_id FROM tags "
            "UNION SELECT event_id FROM bookmarks) WHERE event_id NOT IN (SELECT id FROM events) ORDER BY event_id"
        )
    ]


# --------------------------------------------------------------------------- all at once


def everything(db: Readable) -> tuple[set[str], dict[str, list[str]], dict[str, str]] | None:
    """Every bookmark, tag and note at once (what an export of many events needs):
    (bookmarked ids, id -> tags, id -> note); None in a store without the desk's tables."""
    if not ready(db):
        return None
    tags: dict[str, list[str]] = {}
    for event_id, tag in db.execute("SELECT event_id, tag FROM tags ORDER BY event_id, tag"):
        tags.setdefault(event_id, []).append(tag)
    return (
        {r[0] for r in db.execute("SELECT event_id FROM bookmarks")},
        tags,
        dict(db.execute("SELECT event_id, text FROM notes").fetchall()),
    )


def desk_of(db: Readable, event_id: str) -> dict:
    """{bookmarked, tags, notes} of one event, as records carry them."""
    return {
        "bookmarked": is_bookmarked(db, event_id),
        "tags": tags_of(db, event_id),
        "notes": note_of(db, event_id),
    }


def apply_record(db: Readable | sqlite3.Connection, event_id: str, rec: dict) -> None:
    """Set what a record carries of ``bookmarked``, ``tags`` and ``notes`` (a key the
    record lacks leaves that part alone), inside the caller's transaction."""
    conn = _conn(db)
    if "bookmarked" in rec:
        value = rec["bookmarked"]
        on = value.strip().lower() in ("1", "true", "yes", "y") if isinstance(value, str) else bool(value)
        if on:
            conn.execute("INSERT OR IGNORE INTO bookmarks(event_id, created) VALUES (?, ?)", (event_id, _now()))
        else:
            conn.execute("DELETE FROM bookmarks WHERE event_id = ?", (event_id,))
    if "tags" in rec:
        tags = rec["tags"] or []
        if isinstance(tags, str):
            tags = [t for t in tags.replace(",", ";").split(";")]
        conn.execute("DELETE FROM tags WHERE event_id = ?", (event_id,))
        for tag in dict.fromkeys(clean_tag(str(t)) for t in tags):
            if tag:
                conn.execute("INSERT OR IGNORE INTO tags(event_id, tag) VALUES (?, ?)", (event_id, tag))
    if "notes" in rec:
        text = rec["notes"]
        if text is None or not str(text).strip():
            conn.execute("DELETE FROM notes WHERE event_id = ?", (event_id,))
        else:
            conn.execute(
                "INSERT INTO notes(event_id, text, updated) VALUES (?, ?, ?) "
                "ON CONFLICT(event_id) DO UPDATE SET text = excluded.text, updated = excluded.updated",
                (event_id, str(text).rstrip(), _now()),
            )


# --------------------------------------------------------------------------- saved filters


def save_filter(db: Readable, name: str, spec: dict) -> None:
    _write(
        db,
        [
            (
                "INSERT INTO saved_filters(name, spec) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET spec = excluded.spec",
                (name.strip(), json.dumps(spec, ensure_ascii=False, sort_keys=True)),
            )
        ],
    )


def saved_filters(db: Readable) -> list[tuple[str, dict]]:
    if not ready(db):
        return []
    return [(name, json.loads(spec)) for name, spec in db.execute("SELECT name, spec FROM saved_filters ORDER BY name")]


def delete_filter(db: Readable, name: str) -> None:
    _write(db, [("DELETE FROM saved_filters WHERE name = ?", (name,))])
