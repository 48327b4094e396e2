"""Choosing the events an export writes: by time and by a full-text query."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..queries import records
from ..reader import Readable
from ..search import fts_query


def matching_ids(db: Readable, text: str) -> list[str]:
    """Ids of events whose title, summary, place or actors, or one of whose quotes (text or
    speaker), match ``text`` (plain words, never FTS5 syntax)."""
    query = fts_query(text)
    if query is None:
        return []
    rows = db.execute(
        "SELECT id FROM events WHERE rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) "
        "UNION SELECT q.event_id FROM quotes q WHERE q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)",
        (query, query),
    ).fetchall()
    return [r[0] for r in rows]


def selected(
    db: Readable,
    start: datetime | None = None,
    end: datetime | None = None,
    query: str | None = None,
    ids: list[str] | None = None,
    where: tuple[str, list] | None = None,
) -> Iterator[dict]:
    """Full records in timeline order, between two moments, matching ``query`` if
    given, among ``ids`` if given, and the condition ``where`` (of a ``db.filters.Filter``)."""
    if query is not None:
        found = matching_ids(db, query)
        ids = found if ids is None else [i for i in found if i in set(ids)]
    return records(db, start, end, ids=ids, where=where)
