"""Resolve the dates of news reports, as written, into intervals.

A report says "overnight on Saturday", "in a press briefing on Friday" or "next week";
``resolve`` turns those words and the report's publication datetime into an
:class:`Interval` (aware start, exclusive aware end, precision). Common news phrasing is
read by the rules below; what they do not cover goes to dateparser (``languages=['en']``,
``RELATIVE_BASE`` = the publication time), with guards against its known faults
("next week" read as base + 7 days, "Sept. 26" cut to "Sept", "Su-34" read as 2034).

Only stdlib and dateparser; no UI imports.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["PRECISIONS", "Interval", "DateError", "resolve", "parse_when", "interval_for_iso"]

PRECISIONS = ("minute", "hour", "night", "morning", "afternoon", "evening", "day", "weekend", "week", "month", "year")


@dataclass(frozen=True)
class Interval:
    start: datetime  # aware
    end: datetime  # aware, exclusive
    precision: str

    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(timespec="seconds"), self.end.isoformat(timespec="seconds")


class DateError(ValueError):
    """A date that cannot be read; the message is one readable line."""


def _quote(text: object) -> str:
    one = " ".join(str(text).split())
    return one if len(one) <= 80 else one[:77] + "..."


def _cannot(text: object, what: str = "date") -> DateError:
    return DateError(f"cannot read {what} '{_quote(text)}'")


# --------------------------------------------------------------------------- words

_MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
_MONTHS = {k.lower(): v for k, v in _MONTHS.items()}
_MONTH_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

_MONTH_ANY = r"(?:" + "|".join(sorted(list(_MONTHS) + list(_MONTH_ABBR), key=len, reverse=True)) + r")"
_MONTH_FULL = r"(?:" + "|".join(_MONTHS) + r")"
_WD = r"(?:" + "|".join(_WEEKDAYS) + r")"
_NUM = r"(?:\d+|" + "|".join(_NUMBERS) + r")"


def _month_no(word: str) -> int:
    return _MONTHS.get(word) or _MONTH_ABBR[word]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


@lru_cache(maxsize=65536)
def _normalize(text: str) -> str:
    s = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", " ")
    s = re.sub(r"(\d)\s*([ap])\.?\s?m\b\.?", r"\1 \2m", s)  # 10:45 p.m. -> 10:45 pm
    s = re.sub(
        r"\b(" + "|".join(_MONTH_ABBR) + r")\.", lambda m: calendar.month_name[_MONTH_ABBR[m.group(1)]].lower(), s
    )
    s = re.sub(r"\b(\d{1,2})\.(\d{2}) ([ap]m)\b", r"\1:\2 \3", s)  # 10.45 pm
    s = re.sub(r"(?<=\d),(?=\d{3})", "", s)
    s = re.sub(r"(?<=\d)\.(?=\d)", "/", s)  # 26.09.2024 -> 26/09/2024, for dateparser
    s = re.sub(r"\b(mid|early|late)-", r"\1 ", s)  # mid-2023, mid-October  # 2,000 -> 2000 (a number, not two)
    s = re.sub(r"[^\w:\-/+ ]+", " ", s)
    return " ".join(s.split())


# Things that look like numbers dateparser takes for dates but are not: Su-34, F-16, 12-year-old.
_NOT_DATES = re.compile(r"\b[a-z]+-\d+\w*\b|\b\d+-(?:year|month|week|day|hour)s?-old\b|\b\d+-[a-z]+\b")


# --------------------------------------------------------------------------- spec


class _Spec(NamedTuple):
    """What the words say, independent of the publication date."""

    kind: str  # "time", "past", "part", "day", "ago", "span", "month", "year"
    anchor: tuple | None = None  # ("rel", n) | ("wd", weekday, mode) | ("date", y|None, m, d)
    part: str | None = None  # night_end, night_start, early_hours, morning, early, late, afternoon, evening
    clock: tuple | None = None  # (hour, minute, approx, utc)
    span: tuple | None = None  # (unit, rel) or ("ago", n, unit) or (month, year|None, rel) or (year,)
    week: str | None = None  # a weekday placed in "last"/"this"/"next" week


_TIME_AMPM = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b")
_TIME_24 = re.compile(r"(?<![\d:\-])(\d{1,2}):(\d{2})(?![\d:])")
_TIME_WORD = re.compile(r"\b(noon|midday|midnight)\b")
_APPROX = re.compile(
    r"\b(?:about|around|approximately|roughly|circa|some time|sometime|shortly|just|soon)"
    r"(?:\s+(?:after|before))?(?:\s+at)?\s*$"
)
_UTC = re.compile(r"^\s*(?:utc|gmt|z)\b")

_ISO_DATE = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")
_MD = re.compile(r"\b(" + _MONTH_ANY + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:\s+(\d{4})(?![\w-]))?")
_DM = re.compile(r"(?<![\w-])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_ANY + r")\b(?:\s+(\d{4})(?![\w-]))?")
_REL_DAY = re.compile(
    r"\b(?:the\s+)?day\s+before\s+yesterday\b|\b(?:the\s+)?day\s+after\s+tomorrow\b"
    r"|\byesterday\b|\btoday\b|\btomorrow\b|\btonight\b|\blast\s+night\b|\bthis\s+(?:morning|afternoon|evening)\b"
)
_WEEKDAY = re.compile(r"\b(?:(this\s+coming|coming|this|last|next|previous|past)\s+)?(" + _WD + r")s?\b")
_AGO = re.compile(
    r"\b(" + _NUM + r")\s+(minute|hour|day|week|fortnight|month|year)s?\s+(ago|from\s+now)\b"
    r"|\bin\s+(" + _NUM + r")\s+(minute|hour|day|week|fortnight|month|year)s?\b"
)
_PAST_N = re.compile(r"\b(?:past|last|previous)\s+(" + _NUM + r")\s+(hour|day|week)s?\b")
_SPAN = re.compile(
    r"\b(earlier\s+this|later\s+this|this\s+coming|the\s+coming|the\s+previous|the\s+past|the\s+next|"
    r"this|last|next|past|previous|coming)\s+(week|weekend|month|year)\b"
    r"|\b(?:over|during|at|on)\s+the\s+(weekend)\b|^(?:the\s+)?(weekend)$"
)
_IN_WEEK = re.compile(
    r"\b(earlier\s+this|later\s+this|this|last|next|the\s+previous|previous|the\s+following|following)\s+week\b"
    r"|\bweek\s+(?:before|after)\b"
)
_MONTH_WORD = re.compile(r"(?:\b(this|last|next)\s+)?\b(" + _MONTH_FULL + r")\b(?:\s+(\d{4})(?![\w-]))?")
_ISO_MONTH = re.compile(r"(?<![\w-])(\d{4})-(0[1-9]|1[0-2])(?![\w-])")
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|of|until|till|through|during|early|mid|late|end|beginning|year|spring|summer|"
    r"autumn|fall|winter|from|before|after)[\s-]+$"
)
_YEAR = re.compile(r"(?<![\w\-/:.])(1[89]\d\d|20\d\d|21\d\d)(?![\w\-/:])")


def _weekday_anchor(s: str):
    """(anchor, match, joined): the weekday anchor or None; with two weekdays joined by
    into/to/until/and ("Friday into Saturday"), the latter and joined=True."""
    found = list(_WEEKDAY.finditer(s))
    if not found:
        return None, None, False
    m, joined = found[0], False
    if len(found) > 1 and re.fullmatch(
        r"\s*(?:night\s+|overnight\s+)?(?:into|to|until|till|and)\s+(?:early\s+)?(?:on\s+)?",
        s[found[0].end() : found[1].start()],
    ):
        m, joined = found[1], True
    mode = (m.group(1) or "").replace("this coming", "coming")
    mode = {"": "recent", "previous": "last", "past": "last", "coming": "next"}.get(mode, mode)
    return ("wd", _WEEKDAYS[m.group(2)], mode), m, joined


def _date_anchor(s: str):
    m = _ISO_DATE.search(s)
    if m:
        return ("date", int(m.group(1)), int(m.group(2)), int(m.group(3))), m
    for rx, mi, di in ((_MD, 1, 2), (_DM, 2, 1)):
        m = rx.search(s)
        if m:
            y = int(m.group(3)) if m.group(3) else None
            return ("date", y, _month_no(m.group(mi)), int(m.group(di))), m
    return None, None


@lru_cache(maxsize=65536)
def _analyse(s: str) -> _Spec | None:
    """Read normalized words into a spec, or None when no rule applies."""
    if not s:
        return None
    s = _NOT_DATES.sub(" ", s)
    s = " ".join(s.split())
    if not s:
        return None

    # a day: relative word, explicit date or weekday
    anchor = part = None
    rel = _REL_DAY.search(s)
    date_a, date_m = _date_anchor(s)
    wd_a, wd_m, joined = _weekday_anchor(s)
    joined = joined and not rel and not date_a
    if rel:
        w = rel.group(0)
        if "before yesterday" in w:
            anchor = ("rel", -2)
        elif "after tomorrow" in w:
            anchor = ("rel", 2)
        elif w == "yesterday":
            anchor = ("rel", -1)
        elif w == "tomorrow":
            anchor = ("rel", 1)
        elif w == "tonight":
            anchor, part = ("rel", 0), "night_start"
        elif w.startswith("last"):
            anchor, part = ("rel", 0), "night_end"
        elif w.startswith("this"):
            anchor, part = ("rel", 0), w.split()[1]
        else:
            anchor = ("rel", 0)
    elif date_a:
        anchor = date_a
    elif wd_a:
        anchor = wd_a
    anchor_m = date_m if (date_a and not rel) else wd_m if (wd_a and not rel and not date_a) else rel

    # a weekday in a given week: "on Friday last week", "Tuesday of next week"
    week = None
    if anchor and anchor[0] == "wd" and anchor[2] == "recent":
        wk = _IN_WEEK.search(s)
        if wk:
            g = (wk.group(1) or "").replace("the ", "")
            week = {"previous": "last", "following": "next", "earlier this": "this", "later this": "this"}.get(g, g)
            if not g:
                week = "last" if "before" in wk.group(0) else "next"

    # a clock time
    clock = None
    for rx in (_TIME_AMPM, _TIME_24, _TIME_WORD):
        m = rx.search(s)
        if not m:
            continue
        if rx is _TIME_WORD:
            h, mi = (0, 0) if m.group(1) == "midnight" else (12, 0)
        elif rx is _TIME_AMPM:
            h, mi = int(m.group(1)), int(m.group(2) or 0)
            if not 1 <= h <= 12 or mi > 59:
                continue
            h = h % 12 + (12 if m.group(3) == "pm" else 0)
        else:
            h, mi = int(m.group(1)), int(m.group(2))
            if h > 23 or mi > 59:
                continue
        approx = bool(_APPROX.search(s[: m.start()]))
        utc = bool(_UTC.match(s[m.end() :]))
        clock = (h, mi, approx, utc)
        break
    if clock:
        return _Spec("time", anchor=anchor, clock=clock, week=week)

    # a part of the day
    if part is None:
        night_of = None
        if anchor_m is not None:
            after = s[anchor_m.end() :]
            before = s[: anchor_m.start()]
            if re.match(r"\s*(?:night|overnight)\b", after) or re.search(r"\bnight\s+of\s+(?:the\s+)?$", before):
                night_of = "night_start"
            elif re.search(r"\bovernight\b", s) or re.search(r"\b(?:into|until|till)\s+$", before):
                night_of = "night_end"
            elif re.search(r"\bearly\s+hours\s+of\s+(?:the\s+)?$", before):
                night_of = "early_hours"
        if joined and re.search(r"\b(?:night|overnight)\b", s):
            night_of = "night_end"  # "Friday to Saturday night", "overnight Friday into Saturday"
        if night_of:
            part = night_of
        elif re.search(r"\b(?:overnight|during\s+the\s+night|in\s+the\s+night|at\s+night|nighttime|night-time)\b", s):
            part = "night_end" if anchor is None else "night_start"
        elif re.search(r"\bin\s+the\s+early\s+hours\b", s):
            part = "early_hours"
        elif re.search(r"\bmorning\b", s):
            part = "morning"
        elif re.search(r"\bafternoon\b", s):
            part = "afternoon"
        elif re.search(r"\bevening\b", s):
            part = "evening"
        elif anchor is not None and re.search(r"\blate\s+(?:on\s+)?(?:the\s+)?$", s[: anchor_m.start()]):
            part = "late"
        elif anchor is not None and re.search(r"\bearly\s+(?:on\s+)?(?:the\s+)?$", s[: anchor_m.start()]):
            part = "early"
    if part:
        if anchor is None:
            anchor = ("rel", 0)
        return _Spec("part", anchor=anchor, part=part, week=week)
    if anchor:
        return _Spec("day", anchor=anchor, week=week)

    m = _PAST_N.search(s)
    if m:
        return _Spec("past", span=(_number(m.group(1)), m.group(2)))

    m = _AGO.search(s)
    if m:
        if m.group(1):
            n, unit, way = _number(m.group(1)), m.group(2), m.group(3)
            sign = -1 if way == "ago" else 1
        else:
            n, unit, sign = _number(m.group(4)), m.group(5), 1
        if unit == "fortnight":
            n, unit = n * 2, "week"
        return _Spec("ago", span=("ago", sign * n, unit))

    m = _SPAN.search(s)
    if m:
        if m.group(1):
            rel_w = " ".join(m.group(1).split()).replace("the ", "")
            rel_w = {
                "this coming": "next",
                "coming": "next",
                "previous": "last",
                "earlier this": "earlier",
                "later this": "later",
            }.get(rel_w, rel_w)
            return _Spec("span", span=(m.group(2), rel_w))
        return _Spec("span", span=("weekend", "the"))

    m = _ISO_MONTH.search(s)
    if m:
        return _Spec("month", span=(int(m.group(2)), int(m.group(1)), ""))
    for m in _MONTH_WORD.finditer(s):
        word = m.group(2)
        if word == "may" and not (
            m.group(1)
            or m.group(3)
            or s == "may"
            or re.search(r"\b(?:in|early|mid|late|since|until|by|of|end|beginning|during)[\s-]+$", s[: m.start()])
        ):
            continue
        return _Spec("month", span=(_MONTHS[word], int(m.group(3)) if m.group(3) else None, m.group(1) or ""))

    for m in _YEAR.finditer(s):  # a year alone, or after a word that introduces one ("in 2023"), not "2000 tons"
        if s == m.group(0) or _YEAR_BEFORE.search(s[: m.start()]) or not s[m.end() :].strip():
            return _Spec("year", span=(int(m.group(1)),))
    return None


# --------------------------------------------------------------------------- resolving


def _at(d: date, zone: tzinfo, h: int = 0, mi: int = 0) -> datetime:
    return datetime.combine(d, time(h, mi), tzinfo=zone)


def _day(d: date, zone: tzinfo, precision: str = "day") -> Interval:
    return Interval(_at(d, zone), _at(d + timedelta(days=1), zone), precision)


def _month_start(y: int, m: int) -> date:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return date(y, m, 1)


def _month(y: int, m: int, zone: tzinfo) -> Interval:
    start = _month_start(y, m)
    return Interval(_at(start, zone), _at(_month_start(y, m + 1), zone), "month")


def _year(y: int, zone: tzinfo) -> Interval:
    return Interval(_at(date(y, 1, 1), zone), _at(date(y + 1, 1, 1), zone), "year")


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _anchor_day(anchor: tuple, pub: date, week: str | None) -> date:
    kind = anchor[0]
    if kind == "rel":
        return pub + timedelta(days=anchor[1])
    if kind == "wd":
        wd, mode = anchor[1], anchor[2]
        if week:
            monday = _monday(pub) + timedelta(weeks={"last": -1, "this": 0, "next": 1}[week])
            return monday + timedelta(days=wd)
        if mode == "recent":
            return pub - timedelta(days=(pub.weekday() - wd) % 7)
        if mode == "last":
            return pub - timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
        if mode == "next":
            return pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
        return pub + timedelta(days=(wd - pub.weekday()) % 7)  # "this": on or after
    _, y, m, d = anchor
    if y is not None:
        try:
            return date(y, m, d)
        except ValueError:
            raise _cannot(f"{y}-{m:02d}-{d:02d}") from None
    best = None
    for yy in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cand = date(yy, m, d)
        except ValueError:
            continue
        if best is None or abs((cand - pub).days) < abs((best - pub).days):
            best = cand
    if best is None:  # 29 February far from a leap year
        for yy in range(pub.year, pub.year - 8, -1):
            if calendar.isleap(yy) and m == 2 and d == 29:
                return date(yy, 2, 29)
        raise _cannot(f"{m:02d}-{d:02d}")
    return best


_PARTS = {  # part -> (start day offset, start hour, end day offset, end hour, precision)
    "night_end": (-1, 20, 0, 6, "night"),
    "night_start": (0, 20, 1, 6, "night"),
    "early_hours": (0, 0, 0, 6, "night"),
    "morning": (0, 6, 0, 12, "morning"),
    "early": (0, 0, 0, 12, "morning"),
    "afternoon": (0, 12, 0, 18, "afternoon"),
    "evening": (0, 18, 1, 0, "evening"),
    "late": (0, 18, 1, 0, "evening"),
}


def _apply(spec: _Spec, pub: datetime, zone: tzinfo, text: str) -> Interval:
    today = pub.date()
    if spec.kind == "time":
        h, mi, approx, utc = spec.clock
        d = _anchor_day(spec.anchor, today, spec.week) if spec.anchor else today
        start = datetime.combine(d, time(h, mi), tzinfo=UTC if utc else zone).astimezone(zone)
        return Interval(
            start,
            start + timedelta(hours=1) if approx else start + timedelta(minutes=1),
            "hour" if approx else "minute",
        )
    if spec.kind == "part":
        d = _anchor_day(spec.anchor, today, spec.week)
        d0, h0, d1, h1, precision = _PARTS[spec.part]
        return Interval(_at(d + timedelta(days=d0), zone, h0), _at(d + timedelta(days=d1), zone, h1), precision)
    if spec.kind == "day":
        return _day(_anchor_day(spec.anchor, today, spec.week), zone)
    if spec.kind == "ago":
        _, n, unit = spec.span
        if unit == "minute":
            start = (pub + timedelta(minutes=n)).replace(second=0, microsecond=0)
            return Interval(start, start + timedelta(minutes=1), "minute")
        if unit == "hour":
            start = (pub + timedelta(hours=n)).replace(minute=0, second=0, microsecond=0)
            return Interval(start, start + timedelta(hours=1), "hour")
        if unit in ("day", "week"):
            return _day(today + timedelta(days=n * (7 if unit == "week" else 1)), zone)
        if unit == "month":
            return _month(today.year, today.month + n, zone)
        return _year(today.year + n, zone)
    if spec.kind == "past":  # "in the past 24 hours": up to the publication time
        n, unit = spec.span
        delta = timedelta(hours=n) if unit == "hour" else timedelta(days=n * (7 if unit == "week" else 1))
        end = pub.replace(second=0, microsecond=0)
        precision = (
            "day"
            if delta <= timedelta(days=1)
            else "week"
            if delta <= timedelta(days=7)
            else "month"
            if delta <= timedelta(days=31)
            else "year"
        )
        return Interval(end - delta, end, precision)
    if spec.kind == "span":
        unit, rel = spec.span
        tomorrow = today + timedelta(days=1)
        if unit in ("week", "weekend"):
            monday = _monday(today)
            if unit == "weekend":
                if rel == "the":  # "over the weekend": this one if it has begun, else the last
                    rel = "this" if today.weekday() >= 5 else "last"
                shift = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
                sat = monday + timedelta(weeks=shift, days=5)
                return Interval(_at(sat, zone), _at(sat + timedelta(days=2), zone), "weekend")
            if rel == "past":
                return Interval(_at(today - timedelta(days=6), zone), _at(tomorrow, zone), "week")
            if rel == "earlier":
                return Interval(_at(monday, zone), _at(max(today, monday + timedelta(days=1)), zone), "week")
            if rel == "later":
                end = monday + timedelta(days=7)
                return Interval(_at(min(tomorrow, end - timedelta(days=1)), zone), _at(end, zone), "week")
            start = monday + timedelta(weeks={"last": -1, "next": 1}.get(rel, 0))
            return Interval(_at(start, zone), _at(start + timedelta(days=7), zone), "week")
        if unit == "month":
            first = today.replace(day=1)
            if rel == "past":
                back = _month_start(today.year, today.month - 1)
                day = min(today.day, calendar.monthrange(back.year, back.month)[1])
                return Interval(_at(back.replace(day=day), zone), _at(tomorrow, zone), "month")
            if rel == "earlier":
                return Interval(_at(first, zone), _at(max(today, first + timedelta(days=1)), zone), "month")
            if rel == "later":
                end = _month_start(today.year, today.month + 1)
                return Interval(_at(min(tomorrow, end - timedelta(days=1)), zone), _at(end, zone), "month")
            return _month(today.year, today.month + {"last": -1, "next": 1}.get(rel, 0), zone)
        # year
        first = date(today.year, 1, 1)
        if rel == "past":
            try:
                back = today.replace(year=today.year - 1)
            except ValueError:  # 29 February
                back = date(today.year - 1, 2, 28)
            return Interval(_at(back, zone), _at(tomorrow, zone), "year")
        if rel == "earlier":
            return Interval(_at(first, zone), _at(max(today, first + timedelta(days=1)), zone), "year")
        if rel == "later":
            end = date(today.year + 1, 1, 1)
            return Interval(_at(min(tomorrow, end - timedelta(days=1)), zone), _at(end, zone), "year")
        return _year(today.year + {"last": -1, "next": 1}.get(rel, 0), zone)
    if spec.kind == "month":
        m, y, rel = spec.span
        if y is None:
            here = today.year * 12 + today.month - 1
            if rel == "this":
                y = today.year
            elif rel == "last":
                y = today.year if m < today.month else today.year - 1
            elif rel == "next":
                y = today.year if m > today.month else today.year + 1
            else:  # the nearest such month, the past one on a tie
                y = min((today.year - 1, today.year, today.year + 1), key=lambda yy: (abs(yy * 12 + m - 1 - here), yy))
        return _month(y, m, zone)
    if spec.kind == "year":
        return _year(spec.span[0], zone)
    raise _cannot(text)


# --------------------------------------------------------------------------- dateparser fallback

_DATE_HINT = re.compile(
    r"\b(?:" + _MONTH_ANY + r"|" + _WD + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"today|yesterday|tomorrow|now|ago|later|earlier|hence|\d+(?:st|nd|rd|th))\b"
    r"|\d{1,4}[/.]\d{1,2}[/.]\d{1,4}"
)


@lru_cache(maxsize=256)
def _parser(base: datetime):
    from dateparser.date import DateDataParser  # imported lazily: the rules above need none of it

    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False})


@lru_cache(maxsize=16384)
def _dateparser(s: str, base: datetime):
    """(naive or aware datetime, precision) from dateparser, or None. ``base`` is naive local time."""
    s = " ".join(_NOT_DATES.sub(" ", s).split())
    if not s or not _DATE_HINT.search(s):
        return None
    data = _parser(base).get_date_data(s)
    phrase = s
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


def _from_dateparser(s: str, pub: datetime, zone: tzinfo) -> Interval | None:
    got = _dateparser(s, pub.replace(tzinfo=None, microsecond=0))
    if got is None:
        return None
    when, precision = got
    when = when.replace(tzinfo=zone) if when.tzinfo is None else when.astimezone(zone)
    d = when.date()
    if precision == "minute":
        start = when.replace(second=0, microsecond=0)
        return Interval(start, start + timedelta(minutes=1), "minute")
    if precision == "month":
        return _month(d.year, d.month, zone)
    if precision == "year":
        return _year(d.year, zone)
    return _day(d, zone)


# --------------------------------------------------------------------------- public


@lru_cache(maxsize=64)
def _zone(tz: str) -> tzinfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise DateError(f"unknown time zone '{_quote(tz)}'") from None


def resolve(text: str, published: datetime, tz: str | None = None) -> Interval:
    """The interval the words ``text`` mean in a report published at ``published``
    (read in ``tz`` if given, else in published's own time zone)."""
    if not isinstance(text, str) or not text.strip():
        raise _cannot(text if isinstance(text, str) else repr(text))
    if not isinstance(published, datetime):
        raise DateError(f"publication date must be a datetime, not '{_quote(published)}'")
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    # equal aware datetimes may be in different zones: the key holds the wall time and zone too
    return _resolve(text, published, tz, published.isoformat(), published.tzinfo)


@lru_cache(maxsize=65536)
def _resolve(text: str, published: datetime, tz: str | None, _wall: str, _zone_key: tzinfo) -> Interval:
    """``resolve`` once its arguments are checked: cached, since an import meets the
    same words with the same publication date again and again (dateparser is slow)."""
    zone = _zone(tz) if tz else published.tzinfo
    pub = published.astimezone(zone)
    if _ISO_TEXT.fullmatch(text.strip()):
        return interval_for_iso(text.strip(), zone=zone)
    s = _normalize(text)
    spec = _analyse(s)
    if spec is not None:
        return _apply(spec, pub, zone, text)
    iv = _from_dateparser(s, pub, zone)
    if iv is None:
        raise _cannot(text)
    return iv


def parse_when(text: str, base: datetime | None = None) -> datetime:
    """The aware start of the moment ``text`` names, relative to ``base`` (default now):
    "2024-09-21", "20 Sep 2024", "26 Sep", "next thursday", "last friday". A date
    without a time is 00:00 of that day in base's time zone."""
    if base is None:
        base = datetime.now().astimezone()
    elif base.tzinfo is None:
        base = base.replace(tzinfo=UTC)
    if not isinstance(text, str) or not text.strip():
        raise _cannot(text if isinstance(text, str) else repr(text))
    try:
        return resolve(text, base).start
    except DateError:
        raise _cannot(text) from None


_ISO_TEXT = re.compile(
    r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?", re.IGNORECASE
)
_ISO_ONLY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


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
            raise _cannot(value, "ISO date") from None
    m = _ISO_ONLY.fullmatch(v)
    try:
        if m:
            y, mo, d = m.group(1), m.group(2), m.group(3)
            if d:
                return _at(date(int(y), int(mo), int(d)), zone), "day"
            if mo:
                return _at(date(int(y), int(mo), 1), zone), "month"
            return _at(date(int(y), 1, 1), zone), "year"
        when = datetime.fromisoformat(v)
    except ValueError:
        raise _cannot(value, "ISO date") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=zone)
    return when, "minute"


def _advance(start: datetime, precision: str) -> datetime:
    if precision == "year":
        return (
            start.replace(year=start.year + 1)
            if not (start.month == 2 and start.day == 29)
            else start.replace(year=start.year + 1, day=28)
        )
    if precision == "month":
        nxt = _month_start(start.year, start.month + 1)
        day = min(start.day, calendar.monthrange(nxt.year, nxt.month)[1])
        return start.replace(year=nxt.year, month=nxt.month, day=day)
    return start + _STEPS[precision]


_STEPS = {
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "night": timedelta(hours=10),
    "morning": timedelta(hours=6),
    "afternoon": timedelta(hours=6),
    "evening": timedelta(hours=6),
    "day": timedelta(days=1),
    "weekend": timedelta(days=2),
    "week": timedelta(days=7),
}


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
    """The interval of already-ISO dates, without dateparser. "2024-09-20" is a day,
    "2024-09" a month, "2024" a year, a datetime a minute (or ``precision``); an explicit
    ``end`` is kept (a date-only end not after the start counts inclusively). Naive
    values are UTC (or ``zone``)."""
    zone = zone or UTC
    if precision is not None and precision not in PRECISIONS:
        raise DateError(f"unknown precision '{_quote(precision)}'")
    if not isinstance(start, str) or not start.strip():
        raise _cannot(start, "ISO date")
    t0, natural = _iso_point(start, zone)
    if end is not None and str(end).strip():
        t1, end_natural = _iso_point(str(end), zone)
        if end_natural in ("day", "month", "year") and t1 <= t0:
            t1 = _advance(t1, end_natural)  # "2024-09-20".."2024-09-20": that whole day
        if t1 <= t0:
            raise DateError(f"date range ends before it starts: '{_quote(start)}' to '{_quote(end)}'")
        return Interval(t0, t1, precision or (natural if _advance(t0, natural) == t1 else _guess_precision(t0, t1)))
    return Interval(t0, _advance(t0, precision or natural), precision or natural)
