"""Intervals of dates already in ISO 8601, without dateparser."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta, tzinfo

from . import spans
from .model import PRECISIONS, DateError, Interval, cannot, quote

ISO_TEXT = re.compile(
    r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?|\d{8}", re.IGNORECASE
)
_ISO_ONLY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|(\d{4})(\d{2})(\d{2})")


def _iso_point(value: str, zone: tzinfo) -> tuple[datetime, str]:
    """(aware start, natural precision) of one ISO value."""
    v = value.strip()
    if (
        len(v) == 10
        and v[4] == "-"
        and v[7] == "-"
        and v.isascii()
        and v[:4].isdigit()
        and v[5:7].isdigit()
        and v[8:].isdigit()
    ):  # the common YYYY-MM-DD, without the regex
        try:
            return datetime(int(v[:4]), int(v[5:7]), int(v[8:]), tzinfo=zone), "day"
        except ValueError:
            raise cannot(value, "ISO date") from None
    m = _ISO_ONLY.fullmatch(v)
    try:
        if m:
            if m.group(4):  # the basic format, 20240101: a day
                return spans.at(date(int(m.group(4)), int(m.group(5)), int(m.group(6))), zone), "day"
            y, mo, d = m.group(1), m.group(2), m.group(3)
            if d:
                return spans.at(date(int(y), int(mo), int(d)), zone), "day"
            if mo:
                return spans.at(date(int(y), int(mo), 1), zone), "month"
            return spans.at(date(int(y), 1, 1), zone), "year"
        when = datetime.fromisoformat(v)
    except ValueError:
        raise cannot(value, "ISO date") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=zone)
    return when, "minute"


_STEPS = {
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "small hours": timedelta(hours=6),
    "night": timedelta(hours=10),
    "morning": timedelta(hours=6),
    "afternoon": timedelta(hours=6),
    "evening": timedelta(hours=6),
    "day": timedelta(days=1),
    "weekend": timedelta(days=2),
    "week": timedelta(days=7),
    "part of month": timedelta(days=10),
}
_MONTHS_OF = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}


def _advance(start: datetime, precision: str) -> datetime:
    if precision in _MONTHS_OF:
        nxt = spans.month_start(start.year, start.month + _MONTHS_OF[precision])
        day = min(start.day, calendar.monthrange(nxt.year, nxt.month)[1])
        return start.replace(year=nxt.year, month=nxt.month, day=day)
    return start + _STEPS.get(precision, timedelta(days=1))


def _guess_precision(start: datetime, end: datetime) -> str:
    span = end - start
    if span <= timedelta(minutes=1):
        return "minute"
    if span <= timedelta(hours=1):
        return "hour"
    if span <= timedelta(hours=12) and start.hour >= 18 and end.date() > start.date():
        return "night"
    if span <= timedelta(days=1, hours=1):
        return "day"
    if span <= timedelta(days=2, hours=1) and start.weekday() == 5:
        return "weekend"
    if span <= timedelta(days=7, hours=1):
        return "week"
    if span <= timedelta(days=31, hours=1):
        return "month"
    return "year"


def interval_for_iso(
    start: str, end: str | None = None, precision: str | None = None, *, zone: tzinfo | None = None
) -> Interval:
    """The interval of already-ISO dates, without dateparser. "2024-09-20" (or 20240920)
    is a day, "2024-09" a month, "2024" a year, a datetime a minute (or ``precision``);
    an explicit ``end`` is kept (a date-only end not after the start counts inclusively).
    Naive values are UTC (or ``zone``). The ends of the calendar (year 1, 9999-12-31)
    are stored when they fit and refused with a DateError when they do not."""
    try:
        return _interval_for_iso(start, end, precision, zone)
    except DateError:
        raise
    except (OverflowError, ValueError):
        raise DateError(f"date out of range: '{quote(start)}'" + (f" to '{quote(end)}'" if end else "")) from None


def _interval_for_iso(start: str, end: str | None, precision: str | None, zone: tzinfo | None) -> Interval:
    zone = zone or UTC
    if precision is not None and precision not in PRECISIONS:
        raise DateError(f"unknown precision '{quote(precision)}'")
    if not isinstance(start, str) or not start.strip():
        raise cannot(start, "ISO date")
    t0, natural = _iso_point(start, zone)
    if end is not None and str(end).strip():
        t1, end_natural = _iso_point(str(end), zone)
        if end_natural in ("day", "month", "year") and t1 <= t0:
            t1 = _advance(t1, end_natural)  # "2024-09-20".."2024-09-20": that whole day
        if t1 <= t0:
            raise DateError(f"date range ends before it starts: '{quote(start)}' to '{quote(end)}'")
        return Interval(
            t0, t1, precision or (natural if _advance(t0, natural) == t1 else _guess_precision(t0, t1)), "ISO 8601"
        )
    return Interval(t0, _advance(t0, precision or natural), precision or natural, "ISO 8601")
