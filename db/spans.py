"""Whether an interval is one unit of its precision: a day, a night, a week, a month…

Most intervals are (words read by the resolver give one unit), but a record may carry an
end of its own at the precision of its start: a TimelineJS slide from July 1943 to 1946 at
month precision, a life from 1815 to 1852 at day precision. Words for such an interval
name both ends (the detail pane, the Markdown chronology), never its first unit alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta


def one_unit(start: datetime, end: datetime, precision: str) -> bool:
    """Whether ``start``–``end`` (exclusive) is one unit of ``precision``, by the calendar
    (a week over a change of clocks is one week)."""
    last = end - timedelta(seconds=1)
    if precision == "minute":
        return end - start <= timedelta(minutes=1)
    if precision == "hour":
        return end - start <= timedelta(hours=2)
    if precision in ("morning", "afternoon", "evening", "day"):
        return last.date() == start.date()
    if precision == "night":
        return (last.date() - start.date()).days <= 1
    if precision in ("week", "weekend"):
        return (last.date() - start.date()).days < 7
    if precision == "month":
        return (last.year, last.month) == (start.year, start.month)
    if precision == "year":
        return last.year == start.year
    return True  # the others are said from both ends anyway


def days_between(first: date, last: date, month: Callable[[date], str]) -> str:
    """The days from ``first`` to ``last`` (both in), said once where they share it, with
    ``month`` naming a date's month: "1–10 Sep 2024", "28 September – 3 October 2024",
    "1 Dec 2022 – 28 Feb 2023" (the detail pane's short months, the Markdown chronology's
    long ones)."""
    if first == last:
        return f"{first.day} {month(first)} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {month(last)} {last.year}"
    if first.year == last.year:
        return f"{first.day} {month(first)} – {last.day} {month(last)} {last.year}"
    return f"{first.day} {month(first)} {first.year} – {last.day} {month(last)} {last.year}"
