"""Search over everything a user may remember of an event: its quotes, its title,
summary, place and actors, and the analyst's notes on it (each through FTS5).

``search`` returns ``Hit``s marked with what matched (``quote``, ``event``, ``note``):
the quotes as ``queries.search_quotes`` ranks them, then events and notes, newest
first (FTS5 reads them in rowid order and stops at the limit, so a common word costs
no more than a rare one).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import desk, queries
from .queries import HIGHLIGHT, QuoteHit
from .reader import Readable
from .search import fts_query

KINDS = ("quote", "event", "note")


@dataclass(frozen=True)
class Hit:
    kind: str  # "quote", "event" or "note"
    text: str  # what matched, HIGHLIGHT marks around the matched words
    event_id: str
    event_title: str  # marked too, for an event hit
    start: str
    precision: str
    speaker: str | None = None
    role: str | None = None

    @property
    def plain(self) -> str:
        return self.text.replace(HIGHLIGHT[0], "").replace(HIGHLIGHT[1], "")

    @property
    def plain_title(self) -> str:
        return self.event_title.replace(HIGHLIGHT[0], "").replace(HIGHLIGHT[1], "")

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "text": self.plain,
            "speaker": self.speaker,
            "event_id": self.event_id,
            "event_title": self.plain_title,
            "start": self.start,
        }


def _quote_hit(h: QuoteHit) -> Hit:
    return Hit("quote", h.text, h.event_id, h.event_title, h.start, h.precision, h.speaker, h.role)


def search_events(db: Readable, text: str, *, limit: int = 50, prefix_last: bool = False) -> list[Hit]:
    """Events whose title, summary, place or actors match ``text``, newest first."""
    query = fts_query(text, prefix_last=prefix_last)
    if query is None:
        return []
    m0, m1 = HIGHLIGHT
    summary = f"snippet(events_fts, 1, '{m0}', '{m1}', '…', 24)"
    sql = (
        f"SELECT highlight(events_fts, 0, '{m0}', '{m1}'), {summary}, highlight(events_fts, 2, '{m0}', '{m1}'), "
        "e.id, e.start, e.precision FROM events_fts f JOIN events e ON e.rowid = f.rowid "
        "WHERE events_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?"
    )
    hits = []
    for title, summ, place, event_id, start, precision in db.execute(sql, (query, limit)):
        marked = [t for t in (summ, place) if t and m0 in t]
        hits.append(Hit("event", " · ".join(marked) or (summ or ""), event_id, title, start, precision))
    return hits


def search_notes(db: Readable, text: str, *, limit: int = 50, prefix_last: bool = False) -> list[Hit]:
    """Notes that match ``text``, newest first."""
    if not desk.ready(db):
        return []
    query = fts_query(text, prefix_last=prefix_last)
    if query is None:
        return []
    m0, m1 = HIGHLIGHT
    sql = (
        f"SELECT snippet(notes_fts, 0, '{m0}', '{m1}', '…', 24), n.event_id, coalesce(e.title, n.event_id), "
        "coalesce(e.start, ''), coalesce(e.precision, '') FROM notes_fts f JOIN notes n ON n.rowid = f.rowid "
        "LEFT JOIN events e ON e.id = n.event_id WHERE notes_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?"
    )
    return [Hit("note", *r) for r in db.execute(sql, (query, limit))]


def search(
    db: Readable,
    text: str,
    *,
    limit: int = 50,
    prefix_last: bool = False,
    candidates: int | None = 500,
    kinds: tuple[str, ...] = KINDS,
) -> list[Hit]:
    """Quotes, events and notes matching ``text`` (any text: never FTS5 syntax): up to
    ``limit`` of each kind, quotes first (best first), then notes, then events."""
    hits: list[Hit] = []
    if "quote" in kinds:
        quotes = queries.search_quotes(db, text, limit=limit, candidates=candidates, prefix_last=prefix_last)
        hits += [_quote_hit(h) for h in quotes]
    if "note" in kinds:
        hits += search_notes(db, text, limit=limit, prefix_last=prefix_last)
    if "event" in kinds:
        hits += search_events(db, text, limit=limit, prefix_last=prefix_last)
    return hits
