"""Parts of a month or a quarter that wire copy counts out: "the first two weeks of January",
"the last 10 days of December", "the first day of the month", "the second half of the
month", "the week ended Dec. 8", "the end of the quarter" (the months of a year are
``rules.months_to``'s); and a date whose year is said in words ("June 23 last year")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import spans
from .model import Context, Interval
from .rules import Sub
from .words import MONTH_ANY, NUM, number

_COUNTED = re.compile(
    r"\b(?:the\s+)?(first|last|final|closing|opening)\s+(?:("
    + NUM
    + r")\s+(days|weeks|nights)|(day))\s+(?:of|in)\s+(.+)$"
)
_HALF_OF = re.compile(r"\b(?:the\s+)?(first|second|latter|last)\s+half\s+of\s+(.+)$")
_QUARTER_END = re.compile(r"\b(?:the\s+)?end\s+of\s+((?:the\s+|this\s+)?(?:current\s+)?quarter\b|.*\bquarter\b.*)$")
_FEAST_END = re.compile(r"\b(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(.+)$")
_WEEK_ENDED = re.compile(r"\b(?:the\s+)?week\s+(?:ended|ending|to)\s+(.+)$")
_THE_UNIT = {"the month": "this month", "the year": "this year"}


def _whole(words: str, ctx: Context, sub: Sub, precision: str) -> tuple[date, date] | None:
    """The first day and the day after the last of what ``words`` name, if it is a ``precision``."""
    words = words.strip()
    iv = sub(_THE_UNIT.get(words, words), ctx)
    if iv is None or iv.precision != precision:
        return None
    return iv.start.astimezone(ctx.zone).date(), iv.end.astimezone(ctx.zone).date()


def _month_long(words: str, ctx: Context, sub: Sub) -> tuple[date, date] | None:
    """A named span of a month's length or less ("Ramadan", "Hanukkah"), for "the last 10 days of Ramadan" (the nights
    AP and Al Jazeera count towards Laylat al-Qadr)."""
    got = _whole(words, ctx, sub, "range")
    return got if got is not None and (got[1] - got[0]).days <= 31 else None


def parts_of_month(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "the first two weeks of January" (its days 1-14), "the last 10 days of December", "the
    first day of the month", "the first half of the month" (days 1-15; the second half, 16 to
    the end), "the end of the quarter" (its last month), "the week ended Dec. 8" (the seven
    days to it)."""
    z = ctx.zone
    m = _COUNTED.search(s)
    if m:
        # "the last ten nights of Ramadan": the nights of its last ten days, counted as those days
        n, unit = (number(m.group(2)), m.group(3).rstrip("s").replace("night", "day")) if m.group(2) else (1, "day")
        whole = (
            _whole(m.group(5), ctx, sub, "month")
            or (_whole(m.group(5), ctx, sub, "year") if m.group(4) else None)
            or _month_long(m.group(5), ctx, sub)
        )
        days = n * (7 if unit == "week" else 1)
        if whole is None or not 1 <= days <= (whole[1] - whole[0]).days:
            return None
        first, after = whole
        start = after - timedelta(days=days) if m.group(1) in ("last", "final", "closing") else first
        rule = f"the {m.group(1)} N {unit}s of a month (or year): its days"
        return spans.days(start, start + timedelta(days=days), z, "day" if days == 1 else "range", rule)
    m = _HALF_OF.search(s)
    if m:
        whole = _whole(m.group(2), ctx, sub, "month")
        if whole is None:
            return None
        first, after = whole
        mid = first + timedelta(days=15)
        start, end = (first, mid) if m.group(1) == "first" else (mid, after)
        return spans.days(start, end, z, "part of month", "half of a month: days 1-15, or 16 to the end")
    m = _QUARTER_END.search(s)
    if m:  # "before the end of the quarter" (this one), "the end of the third quarter": its last month
        today = ctx.pub.date()
        if m.group(1).rstrip().endswith("quarter") and not re.search(
            r"\d|first|second|third|fourth|last|next", m.group(1)
        ):
            last = spans.month_start(today.year, (today.month - 1) // 3 * 3 + 3)
        else:
            q = sub(m.group(1), ctx)
            if q is None or q.precision != "quarter":
                return None
            last = (q.end - timedelta(days=1)).astimezone(z).date()
        return spans.month(
            last.year, last.month, z, "the end of the quarter: its last month (as the year's is December)"
        )
    m = _FEAST_END.search(s)
    feast = _month_long(m.group(1), ctx, sub) if m else None
    if feast is not None and (feast[1] - feast[0]).days > 20:  # "the end of Ramadan": its last ten days
        rule = "the end of a month-long feast: its last ten days (as a month's end is its last third)"
        return spans.days(feast[1] - timedelta(days=10), feast[1], z, "range", rule)
    m = _WEEK_ENDED.search(s)
    if m:
        iv = sub(m.group(1), ctx)
        if iv is None or iv.precision != "day":
            return None
        last = iv.start.astimezone(z).date()
        rule = "the week ended X: the seven days to it"
        return spans.days(last - timedelta(days=6), last + timedelta(days=1), z, "range", rule)
    return None


_DATE_OF_YEAR = re.compile(
    r"\b((?:" + MONTH_ANY + r")\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MONTH_ANY + r"))"
    r"(?!\d)\s*,?\s+(?:of\s+)?(this|last|next)\s+year\b"
)


def date_of_named_year(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "June 23 last year", "Aug. 17 this year", "on 5 May of last year": the date in that year (read as this year's
    date without one before: "June 23 last year" in April was the coming June)."""
    m = _DATE_OF_YEAR.search(s)
    if not m:
        return None
    y = ctx.pub.year + {"this": 0, "last": -1, "next": 1}[m.group(2)]
    got = sub(s[: m.start()] + f"{m.group(1)} {y}" + s[m.end() :], ctx)
    return None if got is None else replace(got, rule=f"date of {m.group(2)} year: {y}; {got.rule}")
