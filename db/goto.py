"""Go to a date: the first event of that day, and the long events that are ongoing then.

A week- or month-long event that reaches the day (a visit "next week") does not pull the
jump back to where it starts: it is listed as ongoing, and the jump goes to the first
event of the day itself (or to one under way then, such as a night that reaches into
the morning). Only when nothing else comes on or after the day does the jump go to the
latest-starting long event reaching it.
"""

from __future__ import annotations

from datetime import datetime

from .queries import _ROW_COLS, Row, Where, _rows, longest_span
from .reader import Readable

LONG = 26 * 3600  # an event longer than a day (and an hour of slack) counts as long

_SHORT_UNDER_WAY = (
    f"SELECT {_ROW_COLS} FROM events e WHERE e.t0 >= ? AND e.t0 <= ? AND e.t1 > ? AND e.t1 - e.t0 <= {LONG} "
    "ORDER BY e.day, e.t0, e.rowid LIMIT 1"
)
# on or after: a long event that starts at the very moment asked (a week from its Monday's
# midnight) is neither under way before it (ongoing) nor short; ``queries.LATER_SQL``
# (strictly after) missed it, and go to "2024-09-23" said there was no event then
_STARTS_THEN_OR_LATER = f"SELECT {_ROW_COLS} FROM events e WHERE e.t0 >= ? ORDER BY e.t0, e.rowid LIMIT 1"
_LONG_UNDER_WAY = (
    f"SELECT {_ROW_COLS} FROM events e WHERE e.t0 >= ? AND e.t0 < ? AND e.t1 > ? AND e.t1 - e.t0 > {LONG} "
    "ORDER BY e.t0 DESC, e.rowid DESC LIMIT ?"
)


def _narrowed(sql: str, where: Where | None) -> tuple[str, list]:
    """``sql`` (on ``events e``) with a filter's condition added before its ORDER BY."""
    if not where:
        return sql, []
    head, _, tail = sql.partition(" ORDER BY ")
    return f"{head} AND ({where[0]}) ORDER BY {tail}", list(where[1])


def ongoing(db: Readable, when: datetime, limit: int = 5, where: Where | None = None) -> list[Row]:
    """Long events (more than a day) under way at ``when`` that began before it, the
    latest-starting first (those a filter's condition ``where`` keeps, given one)."""
    t = int(when.timestamp())
    sql, args = _narrowed(_LONG_UNDER_WAY, where)
    return _rows(db.execute(sql.replace("LIMIT ?", f"LIMIT {int(limit)}"), (t - longest_span(db), t, t, *args)))


def target(db: Readable, when: datetime, where: Where | None = None) -> Row | None:
    """The event go to date selects for ``when``: the first one in timeline order that
    is under way then and no longer than a day, or starts after it; else the latest
    long event reaching it (among those a filter's condition ``where`` keeps, given one)."""
    t = int(when.timestamp())
    short, args = _narrowed(_SHORT_UNDER_WAY, where)
    later, _ = _narrowed(_STARTS_THEN_OR_LATER, where)
    found = _rows(db.execute(short, (t - LONG, t, t, *args))) + _rows(db.execute(later, (t, *args)))
    if found:
        return min(found, key=lambda r: r.key)
    long = ongoing(db, when, 1, where)
    return long[0] if long else None
