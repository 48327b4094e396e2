"""One story about time zones, told the same way by every command and screen.

- Each event keeps its source's zone: its start and end are stored with the offset
  they were given or resolved in, and shown in it.
- The store's zone is the zone of its newest source (``sources.tz`` of the latest
  publication), else UTC. ``--tz`` overrides it for one command.
- A time without a zone (``--from "2024-09-20 20:00"``, go to date, a CSV cell without an
  offset, an ISO date) is read in the store's zone; an import that has to do so says
  which zone it assumed, on stderr.
- What dateline writes says the zone: offsets in JSON and CSV; "Kyiv time" (the zone's
  city) or "UTC+03:00" in Markdown and the detail pane.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from .reader import Readable

__all__ = ["store_zone", "zone_of", "zone_name", "read_when", "has_zone"]


def zone_of(tz: str | None) -> tzinfo | None:
    """The zone named ``tz`` ("Europe/Kyiv", "UTC"), or None for none; an unknown name is
    a ``DateError`` (the resolver's ``zone_named``)."""
    from .dates import zone_named

    return zone_named(tz) if tz else None


def store_zone(db: Readable) -> str | None:
    """The zone of the store's newest source that names one (by publication date), or None."""
    row = db.execute(
        "SELECT tz FROM sources WHERE tz IS NOT NULL AND tz != '' ORDER BY published IS NULL, published DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def zone_name(tz: str | None, moment: datetime | None = None) -> str:
    """How a zone reads in text: "Kyiv time" for Europe/Kyiv, "UTC" for UTC, else the
    offset of ``moment`` ("UTC+03:00")."""
    if tz and tz.upper() not in ("UTC", "ETC/UTC", "Z") and "/" in tz and not tz.startswith("Etc/"):
        return tz.rsplit("/", 1)[1].replace("_", " ") + " time"
    if tz and tz.upper() in ("UTC", "ETC/UTC", "Z"):
        return "UTC"
    if moment is None or moment.utcoffset() is None:
        return "UTC"
    off = moment.strftime("%z")
    return "UTC" if off in ("+0000", "") else f"UTC{off[:3]}:{off[3:]}"


def read_when(text: str, tz: str | None) -> datetime:
    """A --from/--to or go-to-date value: relative words count from now, and a time
    without a zone is in ``tz`` (the store's zone, or --tz), else UTC."""
    from .dates import parse_when

    zone = zone_of(tz) or UTC
    return parse_when(text, datetime.now(zone))


def has_zone(iso: str) -> bool:
    """Whether an ISO date string carries its own offset (a date alone has none)."""
    s = iso.strip()
    if len(s) <= 10 or "T" not in s.upper() and " " not in s:
        return False
    tail = s[10:]
    return tail.endswith(("Z", "z")) or "+" in tail or "-" in tail
