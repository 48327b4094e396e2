"""Dates given only in words, resolved against a publication date before writing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..dates import DateError, publication, resolve
from ..records import RecordError
from .textfile import blank

__all__ = ["publication", "resolve_words", "zone"]  # publication: the resolver's, re-exported


def zone(tz: str | None) -> tzinfo | None:
    if not tz:
        return None
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise DateError(f"unknown time zone '{tz}'") from None


def resolve_words(
    items: Iterable[tuple[str, dict | Exception]], published: datetime | None, tz: str | None
) -> Iterator[tuple[str, dict | Exception]]:
    """Records that give their date only in words (``date_text``, no ``start``) get the
    interval the words mean: against ``published`` if given, else the record's own
    ``published``; in ``tz`` if given, else the publication date's offset."""
    for where, rec in items:
        if isinstance(rec, dict) and blank(rec.get("start")) and not blank(rec.get("date_text")):
            words = str(rec["date_text"])
            try:
                pub = published
                if not blank(rec.get("published")):
                    pub = publication(str(rec["published"]), tz)
                if pub is None:
                    raise RecordError(f"cannot resolve '{words}' without a publication date (use --published)")
                lat = rec.get("lat")
                interval = resolve(
                    words,
                    pub,
                    tz,
                    status=None if blank(rec.get("status")) else str(rec["status"]),
                    latitude=lat if isinstance(lat, (int, float)) else None,
                )
            except (DateError, RecordError) as exc:
                yield where, RecordError(str(exc))
                continue
            start, end = interval.iso()
            rec = dict(rec, start=start, end=end, precision=interval.precision)
        yield where, rec
