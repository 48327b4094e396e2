"""Sets of events an export can be asked for, by id: a day's (the timeline's day group)."""

from __future__ import annotations

from .reader import Readable


def day_of(db: Readable, event_id: str) -> str | None:
    """The timeline day (YYYY-MM-DD) an event stands under."""
    row = db.execute("SELECT day FROM events WHERE id = ?", [event_id]).fetchone()
    return row[0] if row else None


def day_ids(db: Readable, day: str) -> list[str]:
    """The ids of the events under one timeline day, in timeline order (the day index)."""
    return [r[0] for r in db.execute("SELECT id FROM events WHERE day = ? ORDER BY t0, rowid", [day])]
