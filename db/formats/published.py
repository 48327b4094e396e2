"""Dates given only in words, resolved against a publication date before writing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..dates import DateError, parse_when, resolve
from ..records import RecordError
from ..text import quoted
from .textfile import blank

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


def zone(tz: str | None) -> tzinfo | None:
    if not tz:
        return None
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise DateError(f"unknown time zone {quoted(tz)}") from None


def publication(text: str, tz: str | None = None) -> datetime:
    """The moment a publication date names. A bare day is its midday (a report is dated,
    not timed); a moment without offset is in ``tz``, else UTC; other words are read
    relative to now."""
    value = str(text).strip()
    place = zone(tz) or UTC
    if _DATE_ONLY.fullmatch(value):
        return datetime.combine(datetime.fromisoformat(value).date(), time(12), place)
    try:
        moment = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return parse_when(value, datetime.now(place))
    return moment if moment.tzinfo else moment.replace(tzinfo=place)


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
                if pub is None and not blank(rec.get("published")):
                    pub = publication(str(rec["published"]), tz)
                if pub is None:
                    raise RecordError(f"cannot resolve {quoted(words)} without a publication date (use --published)")
                interval = resolve(words, pub, tz)
            except (DateError, RecordError) as exc:
                yield where, RecordError(str(exc))
                continue
            start, end = interval.iso()
            rec = dict(rec, start=start, end=end, precision=interval.precision)
        yield where, rec
