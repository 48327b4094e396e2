"""Counts for the pictures: events per hour, day, week, month or year (the histogram and
the header's day strip), read without going through every event.

Day and coarser units come from the ``days`` table (kept by triggers: one row per day
that has events); hours from a range of the ``(t0, t1)`` index, which holds only the
events of the hours asked for. A filter (an SQL condition on ``events`` with its
parameters; the table is aliased ``e``, as ``db.filters.Filter.where`` names it) can
narrow either: then the counts come from ``events`` through the index on ``day``.

A bucket is an integer: for hours, hours since the epoch in a fixed offset; for days,
the day's ordinal; for weeks, the ordinal of its Monday divided by 7; for months,
``year * 12 + month - 1``; for years, the year.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import UTC, date, datetime, timedelta, timezone

from .reader import Readable

UNITS = ("hour", "day", "week", "month", "year")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def bounds(unit: str, tz: timezone) -> tuple[int, int]:
    """The first and last bucket a window may show (years 2 to 9998: dates stay dates)."""
    return (
        bucket_of(unit, datetime(2, 1, 1, tzinfo=tz), tz),
        bucket_of(unit, datetime(9998, 12, 1, tzinfo=tz), tz),
    )


def bucket_of_day(unit: str, day: date) -> int:
    if unit == "day":
        return day.toordinal()
    if unit == "week":
        return (day.toordinal() - day.weekday()) // 7
    if unit == "month":
        return day.year * 12 + day.month - 1
    if unit == "year":
        return day.year
    raise ValueError(unit)


def bucket_of(unit: str, moment: datetime, tz: timezone) -> int:
    """The bucket holding ``moment`` (hours counted in ``tz``; days as ``moment``'s own
    calendar day, as the timeline groups it)."""
    if unit == "hour":
        return int(moment.timestamp() + _offset(tz)) // 3600
    return bucket_of_day(unit, moment.date())


def first_day(unit: str, bucket: int) -> date:
    """The first day of a day-or-coarser bucket."""
    if unit == "day":
        return date.fromordinal(bucket)
    if unit == "week":
        return date.fromordinal(bucket * 7)
    if unit == "month":
        return date(bucket // 12, bucket % 12 + 1, 1)
    if unit == "year":
        return date(bucket, 1, 1)
    raise ValueError(unit)


def bucket_start(unit: str, bucket: int, tz: timezone) -> datetime:
    """When a bucket begins (midnight in ``tz`` for days and coarser)."""
    if unit == "hour":
        return (EPOCH + timedelta(seconds=bucket * 3600 - _offset(tz))).astimezone(tz)
    return datetime.combine(first_day(unit, bucket), datetime.min.time(), tz)


def label(unit: str, bucket: int, tz: timezone) -> str:
    """A short name for a bucket: "21 Sep 03h", "Sat 21 Sep", "w/c 16 Sep", "Sep 2024", "2024"."""
    start = bucket_start(unit, bucket, tz)
    if unit == "hour":
        return start.strftime("%d %b %Hh")
    if unit == "day":
        return start.strftime("%a %d %b %Y")
    if unit == "week":
        return "week of " + start.strftime("%d %b %Y")
    if unit == "month":
        return start.strftime("%b %Y")
    return start.strftime("%Y")


def _offset(tz: timezone) -> int:
    delta = tz.utcoffset(None)
    return int(delta.total_seconds()) if delta is not None else 0


def _filtered(where: str | None) -> str:
    return f" AND ({where})" if where else ""


def _day_sql(unit: str) -> str:
    """The SQL expression of a day's bucket key from a ``day`` column (YYYY-MM-DD)."""
    if unit == "day":
        return "day"
    if unit == "week":  # its Monday
        return "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')"
    if unit == "month":
        return "substr(day, 1, 7)"
    if unit == "year":
        return "substr(day, 1, 4)"
    raise ValueError(unit)


def _key_bucket(unit: str, key: str) -> int:
    if unit in ("day", "week"):
        return bucket_of_day(unit, date.fromisoformat(key))
    if unit == "month":
        return int(key[:4]) * 12 + int(key[5:7]) - 1
    return int(key)


def counts(
    db: Readable,
    unit: str,
    first: int,
    n: int,
    tz: timezone = UTC,
    where: str | None = None,
    params: tuple | list = (),
) -> list[int]:
    """Events in each of the ``n`` buckets from bucket ``first`` on. ``where`` and
    ``params``: an optional condition on ``events`` (a filter) and its parameters."""
    if n <= 0:
        return []
    out = [0] * n
    if unit == "hour":
        lo = first * 3600 - _offset(tz)
        hi = lo + n * 3600
        rows = db.execute(
            f"SELECT (t0 - ?) / 3600, count(*) FROM events e WHERE t0 >= ? AND t0 < ?{_filtered(where)} GROUP BY 1",
            (lo, lo, hi, *params),
        ).fetchall()
        for k, c in rows:
            out[k] += c
        return out
    start = first_day(unit, first).isoformat()
    end = first_day(unit, first + n).isoformat()
    if where:
        sql = f"SELECT {_day_sql(unit)}, count(*) FROM events e WHERE day >= ? AND day < ?{_filtered(where)} GROUP BY 1"
        args: tuple = (start, end, *params)
    else:
        sql = f"SELECT {_day_sql(unit)}, sum(n) FROM days WHERE day >= ? AND day < ? GROUP BY 1"
        args = (start, end)
    for key, c in db.execute(sql, args).fetchall():
        k = _key_bucket(unit, key) - first
        if 0 <= k < n:
            out[k] += c
    return out


def span(days: list[tuple[str, int]], unit: str) -> tuple[int, int] | None:
    """The first and last bucket that hold a day of ``days`` (the timeline's days)."""
    if not days:
        return None
    return bucket_of_day(unit, date.fromisoformat(days[0][0])), bucket_of_day(unit, date.fromisoformat(days[-1][0]))


def spread(days: list[tuple[str, int]], width: int, span: tuple[int, int] | None = None) -> list[int]:
    """Events per stretch of calendar time, ``width`` stretches from the first day of
    ``days`` to the last (days without events are gaps): the header's day strip.
    ``span``: the first and last day (ordinals) the strip covers instead (a filter's
    days shown within the store's)."""
    counts = [0] * max(width, 0)
    if not days or width <= 0:
        return counts
    if span is None:
        span = (date.fromisoformat(days[0][0]).toordinal(), date.fromisoformat(days[-1][0]).toordinal())
    first = span[0]
    total = span[1] - first + 1
    for day, n in days:
        for cell in cells(date.fromisoformat(day).toordinal() - first, total, width):
            counts[cell] += n
    return counts


def cells(k: int, total: int, width: int) -> range:
    """The cells of a ``width``-wide strip over ``total`` days that day number ``k`` takes."""
    lo = k * width // total
    hi = (k + 1) * width // total
    return range(lo, max(hi, lo + 1))


def first_day_from(days: list[str], day: date) -> int | None:
    """The index in ``days`` (sorted YYYY-MM-DD) of the first day on or after ``day``."""
    i = bisect_left(days, day.isoformat())
    return i if i < len(days) else None


def first_at_or_after(
    db: Readable, moment: datetime, where: str | None = None, params: tuple | list = ()
) -> str | None:
    """The id of the first event (by start) that starts at ``moment`` or later."""
    row = db.execute(
        f"SELECT id FROM events e WHERE t0 >= ?{_filtered(where)} ORDER BY t0, rowid LIMIT 1",
        (int(moment.timestamp()), *params),
    ).fetchone()
    return row[0] if row else None


def fixed_zone(iso: str | None) -> timezone:
    """The fixed offset an ISO 8601 moment carries (UTC without one)."""
    if iso:
        moment = datetime.fromisoformat(iso)
        if moment.tzinfo is not None:
            offset = moment.utcoffset() or timedelta(0)
            return timezone(offset)
    return UTC
