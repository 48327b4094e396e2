"""dateparser, the base reader for what the rules do not cover (``languages=['en']``,
``RELATIVE_BASE`` = the publication time), with guards against its known faults."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache

from . import spans
from .model import Interval
from .words import MONTH_ANY, NOT_DATES, WD

_DATE_HINT = re.compile(
    r"\b(?:" + MONTH_ANY + r"|" + WD + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"today|yesterday|tomorrow|now|ago|later|earlier|hence|\d+(?:st|nd|rd|th))\b"
    r"|\d{1,4}[/.]\d{1,2}[/.]\d{1,4}"
)


# ordinals that are not days of a month: no month has a 32nd; "his 85th birthday", "the 3rd round"
_NOT_A_DAY = re.compile(
    r"\b(?:\d{3,}|3[2-9]|[4-9]\d)(?:st|nd|rd|th)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?!(?:of|at|in|on|and|or|to|through|until|till|from|this|next|last|after|before)\b"
    r"|(?:" + MONTH_ANY + r"|" + WD + r")\b)[a-z]+"
)


@lru_cache(maxsize=256)
def _parser(base: datetime):
    from dateparser.date import DateDataParser  # imported lazily: the rules need none of it

    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False})


@lru_cache(maxsize=16384)
def _dateparser(s: str, base: datetime) -> tuple[datetime, str] | None:
    """(naive or aware datetime, precision) from dateparser, or None. ``base`` is naive local time."""
    s = " ".join(_NOT_A_DAY.sub(" ", NOT_DATES.sub(" ", s)).split())
    if not s or not _DATE_HINT.search(s):
        return None
    data = _parser(base).get_date_data(s)
    if data["date_obj"] is None:
        from dateparser.search import search_dates

        found = search_dates(s, languages=["en"], settings={"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False})
        for phrase, _ in found or ():
            if _DATE_HINT.search(phrase.lower()) and not re.fullmatch(r"\W*\w{1,3}\W*", phrase):
                data = _parser(base).get_date_data(phrase)
                if data["date_obj"] is not None:
                    break
        else:
            return None
    if data["date_obj"] is None:
        return None
    parts = data["parts"] or ()
    if "time" in parts:
        precision = "minute"
    elif "day" in parts:
        precision = "day"
    elif "month" in parts:
        precision = "month"
    elif "year" in parts:
        precision = "year"
    else:
        precision = "day"
    return data["date_obj"], precision


def from_dateparser(s: str, pub: datetime, zone: tzinfo) -> Interval | None:
    got = _dateparser(s, pub.replace(tzinfo=None, microsecond=0))
    if got is None:
        return None
    when, precision = got
    when = when.replace(tzinfo=zone) if when.tzinfo is None else when.astimezone(zone)
    d = when.date()
    rule = "dateparser (languages=['en'], RELATIVE_BASE=publication)"
    if precision == "minute":
        start = when.replace(second=0, microsecond=0)
        return Interval(start, spans.later(start, timedelta(minutes=1)), "minute", rule)
    if precision == "month":
        return spans.month(d.year, d.month, zone, rule)
    if precision == "year":
        return spans.year(d.year, zone, rule)
    return spans.day(d, zone, rule=rule)
