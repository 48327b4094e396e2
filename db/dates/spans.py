"""Calendar spans as intervals in a zone: days, weeks, months, thirds, seasons, quarters,
years, decades; and which year a date without one is in."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from .model import Context, Interval

# how far ahead a date or month without a year may be and still be this one, not last year's
NEAR_DAYS = 75


def at(d: date, zone: tzinfo, h: int = 0, mi: int = 0) -> datetime:
    return datetime.combine(d, time(h, mi), tzinfo=zone)


def later(moment: datetime, length: timedelta) -> datetime:
    """The moment ``length`` of elapsed time after ``moment``, in its zone. Python adds a timedelta to the wall time
    and forgets which of a repeated hour's two wall times was meant: a minute from 1:00 a.m. EST on the night US clocks
    go back (the second 1:00) came out as 1:01 a.m. EDT, an hour before it."""
    return (moment.astimezone(UTC) + length).astimezone(moment.tzinfo)


def is_after(a: datetime, b: datetime) -> bool:
    """``a`` is a later instant than ``b``. Two times of one zone compare by their wall times, which the repeated hour
    of a clock change leaves equal or reversed (06:00 GMT is 1:00 a.m. EST, after 1:07 a.m. EDT)."""
    return a.astimezone(UTC) > b.astimezone(UTC)


def day(d: date, zone: tzinfo, precision: str = "day", rule: str = "") -> Interval:
    return Interval(at(d, zone), at(d + timedelta(days=1), zone), precision, rule)


def days(first: date, after_last: date, zone: tzinfo, precision: str, rule: str = "") -> Interval:
    return Interval(at(first, zone), at(after_last, zone), precision, rule)


def full_year(yy: int, now: int) -> int:
    """A year written with two digits: the one within the ninety years before ``now`` and the ten after."""
    return now + 10 - (now + 10 - yy) % 100


def month_start(y: int, m: int) -> date:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return date(y, m, 1)


def month(y: int, m: int, zone: tzinfo, rule: str = "") -> Interval:
    return days(month_start(y, m), month_start(y, m + 1), zone, "month", rule)


def month_third(y: int, m: int, third: str, zone: tzinfo, rule: str = "") -> Interval:
    """early = 1-10, mid = 11-20, late = 21 to the end."""
    first = month_start(y, m)
    bounds = {"early": (0, 10), "mid": (10, 20), "late": (20, None)}[third]
    start = first + timedelta(days=bounds[0])
    end = first + timedelta(days=bounds[1]) if bounds[1] is not None else month_start(y, m + 1)
    return days(start, end, zone, "part of month", rule)


def year(y: int, zone: tzinfo, rule: str = "") -> Interval:
    return days(date(y, 1, 1), date(y + 1, 1, 1), zone, "year", rule)


def year_third(y: int, third: str, zone: tzinfo, rule: str = "") -> Interval:
    """early = January-April, mid = May-August, late = September-December: a range (the
    precision words have no third of a year)."""
    m0 = {"early": 1, "mid": 5, "late": 9}[third]
    return days(month_start(y, m0), month_start(y, m0 + 4), zone, "range", rule)


def quarter(y: int, q: int, zone: tzinfo, rule: str = "", first_month: int = 1) -> Interval:
    m0 = first_month + 3 * (q - 1)
    return days(month_start(y, m0), month_start(y, m0 + 3), zone, "quarter", rule)


def half(y: int, h: int, zone: tzinfo, rule: str = "", first_month: int = 1) -> Interval:
    m0 = first_month + 6 * (h - 1)
    return days(month_start(y, m0), month_start(y, m0 + 6), zone, "half", rule)


def decade(y: int, zone: tzinfo, rule: str = "") -> Interval:
    return days(date(y, 1, 1), date(y + 10, 1, 1), zone, "decade", rule)


def century(y: int, zone: tzinfo, rule: str = "") -> Interval:
    return days(date(y, 1, 1), date(y + 100, 1, 1), zone, "century", rule)


SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def season(y: int, name: str, zone: tzinfo, south: bool, rule: str = "") -> Interval:
    """Meteorological seasons of three months; in the south, six months on. The winter of
    a year begins in its December (north) or June (south)."""
    m0 = SEASONS[name] + (6 if south else 0)
    if m0 > 12:
        m0 -= 12
    return days(month_start(y, m0), month_start(y, m0 + 3), zone, "season", rule)


def weekend_of(d: date) -> tuple[date, date]:
    """(first day, day after the last) of the weekend a day names ("Memorial Day weekend",
    "the weekend of Oct. 14"): a Monday, Saturday to Monday; a Thursday or Friday, to the
    Sunday after; a Saturday or Sunday, Saturday and Sunday; Tuesday or Wednesday, the
    weekend after."""
    wd = d.weekday()
    if wd == 0:
        return d - timedelta(days=2), d + timedelta(days=1)
    if wd in (3, 4):
        return d, d + timedelta(days=7 - wd)
    if wd == 6:
        return d - timedelta(days=1), d + timedelta(days=1)
    first = d + timedelta(days=(5 - wd) % 7)
    return first, first + timedelta(days=2)


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def pick(make: Callable[[int], Interval | None], ctx: Context, near_days: int = NEAR_DAYS) -> Interval:
    """The interval ``make(year)`` for the right year when the words give none: looking
    ahead, the first not yet over; reporting, the most recent begun by the publication;
    else (AP style: the year is left out in the current year) the most recent begun,
    unless one begins within ``near_days`` ahead."""
    pub = ctx.pub
    # up to four years on: the next 29 February may be that far
    found = [iv for y in range(pub.year - 2, pub.year + 5) if (iv := make(y)) is not None]
    if not found:
        raise ValueError("no such date")
    ahead = [iv for iv in found if iv.end > pub]
    begun = [iv for iv in found if iv.start <= pub]
    if ctx.forward and ahead:
        return ahead[0]
    if ctx.past and begun:  # "since January": strictly the one begun
        return begun[-1]
    if ahead:
        soonest = min((iv for iv in ahead if iv.start > pub), key=lambda iv: iv.start, default=None)
        if soonest is not None and soonest.start - pub <= timedelta(days=near_days):
            if not begun or begun[-1].end <= pub:
                return soonest
    if begun:
        return begun[-1]
    return found[0]


def days_in_month(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]
