"""Rules for what the day words alone do not cover: spans between two dates (ranges,
"since", "until"), words relative to another event, quarters and fiscal years, seasons,
decades, thirds of months and years, "a year ago". Each rule takes normalized words and
a :class:`Context` and gives an :class:`Interval` or None; ``sub`` reads part of the words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from . import spans
from .core import WIRE_ZONE
from .model import Context, DateError, Interval, quote
from .words import MONTH_ANY, MONTH_FULL, MONTHS, NUM, ORDINALS, WD, WEEKDAYS, month_no, number

Sub = Callable[[str, Context], Interval | None]

_YEAR_RX = r"(1[89]\d\d|20\d\d|21\d\d)"

# --------------------------------------------------------------------------- relative to another event

_EVENT_REL = re.compile(
    r"\b(?:("
    + NUM
    + r"|several|a few|few|some)\s+(minute|hour|day|week|month|year)s?\s+(later|after|afterwards|earlier|before)"
    r"|(hours|days|weeks|months|years|moments|minutes)\s+(?:later|afterwards|after(?!\s+(?:midnight|noon|midday|\d)))"
    r"|(?:the\s+)?(next|following|previous)\s+(day|morning|afternoon|evening|night)"
    r"|(?:the\s+)?(day|night|morning|evening)\s+(before|after)(?!\s+(?:yesterday|tomorrow))"
    r"|(?:the\s+)?(same)\s+(day|night|morning|afternoon|evening)(?!\s+(?:of\s+)?(?:last\s+year|a\s+year\s+ago))|\b(that)\s+(day|night|morning|afternoon|evening))\b"
)
_PART_OF = {"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night_start"}


def _inline_anchor(s: str, m: re.Match, ctx: Context, sub: Sub) -> Interval | None:
    """ "the day before Tuesday's election", "two days after the Nov. 3 vote": the event
    named after the words, when it reads as a date."""
    rest = s[m.end() :].strip()
    if not rest or not (m.group(3) or m.group(8)):
        return None
    try:
        return sub(rest, ctx)
    except DateError:
        return None


def needs_anchor(s: str) -> DateError:
    """The refusal of words that another event places, when none is given (issue 12, class 9)."""
    return DateError(
        f"'{quote(s)}' is relative to another event, not to the publication: "
        "give the record the event it follows (after: EVENT_ID)"
    )


def part_of(day: date, part: str, z: tzinfo, rule: str) -> Interval:
    """The part of ``day`` a word names ("morning", "evening", "night": the night begun that day)."""
    from .core import PARTS

    d0, h0, d1, h1, precision, _ = PARTS[_PART_OF[part]]
    return Interval(
        spans.at(day + timedelta(days=d0), z, h0), spans.at(day + timedelta(days=d1), z, h1), precision, rule
    )


def relative_to_event(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "two days later", "the next morning", "hours later", "the day before": counted from
    the event they follow (``ctx.anchor``); without one they cannot be read. With a clock
    ("8:30 a.m. that day", "at 2 a.m. that night") the minute in that day (or part)."""
    iv = _relative_to_event(s, ctx, sub)
    m = _EVENT_REL.search(s)
    if iv is None or m is None or iv.precision in ("minute", "hour", "range"):
        return iv
    return clock_within(s[: m.start()] + s[m.end() :], iv, ctx, sub) or iv


# the part of the day of the event told before, said without "that": "Police arrived at 3 p.m. Monday. In the evening,
# ...", "at 4 in the morning", "during the night" (AP, PA and court chronologies)
_PART_OF_ITS_DAY = re.compile(
    r"^(?:(.+?)\s+)?(?:in|during)\s+the\s+(morning|afternoon|evening|night)$|^(?:(.+?)\s+)?(?:at|by)\s+(night)$"
)


def part_of_its_day(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "in the afternoon", "at 4 in the morning", "during the night" after another event (``ctx.anchor``) of a day or
    less: that part of its day (the morning after its night), and the clock in it; without one (or after a longer
    event), None: the publication's, as before."""
    m = _PART_OF_ITS_DAY.match(s)
    a = ctx.anchor
    if m is None or a is None or a.end - a.start > timedelta(days=1):
        return None
    clock, part = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    if clock and not re.fullmatch(
        r"(?:(?:at|by|around|about|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)*"
        r"\d{1,2}(?:[:./]\d{2})?(?:\s+o\s*clock)?",
        clock,
    ):
        return None
    day = a.start.astimezone(ctx.zone).date()
    if a.precision in ("night", "small hours") and part == "morning":
        day = (a.end - timedelta(microseconds=1)).astimezone(ctx.zone).date()
    iv = part_of(day, part, ctx.zone, "a part of the day of the event told before")
    return clock_within(clock, iv, ctx, sub) if clock else iv


def clock_within(rest: str, iv: Interval, ctx: Context, sub: Sub) -> Interval | None:
    """The clock ``rest`` names, in the day or part of a day ``iv`` (another event's "that
    morning", "the next day"): on its first day, twelve hours on when "8:30" is told of an
    evening, a day on when "2 a.m." is told of a night; None when ``rest`` has no clock."""
    rest = re.sub(r"\s+(?:on|of)$", "", " ".join(rest.split()))
    if not _CLOCKS.search(rest):
        given = _bare_hour_in(rest, iv.precision)
        if given is None:
            return None
        rest = given
    day = iv.start.astimezone(ctx.zone).date()
    got = sub(f"{rest} {day:%B} {day.day} {day.year}".lower(), ctx)
    if got is None or got.precision not in ("minute", "hour"):
        return None
    steps = [timedelta(0), timedelta(hours=12), timedelta(days=1)]
    if re.search(r"\b(?:am|pm)\b", rest):
        steps.remove(timedelta(hours=12))
    for step in steps:
        if iv.start <= got.start + step < iv.end:
            got = replace(got, start=got.start + step, end=got.end + step)
            break
    return replace(got, rule=f"a clock in another event's day or part: {got.rule}")


# a bare hour before the part of the day it is told of: "shortly after 8 that evening", "at 6 that morning", "around 10
# that night", "by 5.30 that afternoon" (AP, PA and court copy write the hour alone when the part says which half)
_BARE_HOUR = re.compile(r"(?<![\d:.,/-])(\d{1,2})(?:[:./]([0-5]\d))?(?:\s+o\s*clock)?$")


def _bare_hour_in(rest: str, part: str) -> str | None:
    """``rest`` with its bare hour given the half of the day ``part`` (a precision) says: 8 of an evening is 8 pm, 2 of
    a night 2 am, 10 of a night 10 pm, 12 of a night midnight; None without one, or told of a whole day."""
    m = _BARE_HOUR.search(rest)
    if m is None or part not in ("morning", "afternoon", "evening", "night"):
        return None
    h, minute = int(m.group(1)), m.group(2) or "00"
    if not 1 <= h <= 12 or (part == "morning" and h == 12):
        return None
    if part == "night" and h == 12 and minute == "00":
        clock = "midnight"
    else:
        half = "am" if part == "morning" or (part == "night" and (h < 6 or h == 12)) else "pm"
        clock = f"{h}:{minute} {half}"
    return rest[: m.start()] + clock


def _relative_to_event(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _EVENT_REL.search(s)
    if not m:
        return None
    inline = _inline_anchor(s, m, ctx, sub)  # "a week before Christmas", "a week before next Tuesday"
    if (
        inline is None
        and ctx.anchor is None
        and m.group(2) in ("year", "month", "week")
        and m.group(1) in ("a", "an", "one")
        and m.group(3) in ("earlier", "before")
    ):
        return None  # "a year earlier" with nothing to follow: counted from the publication (class 12)
    if inline is not None:
        ctx = replace(ctx, anchor=inline)
    elif ctx.anchor is None:
        raise needs_anchor(s)
    a = ctx.anchor
    assert a is not None
    z = ctx.zone
    first = a.start.astimezone(z).date()
    last = (a.end - timedelta(microseconds=1)).astimezone(z).date()
    rule = "relative to the anchor event"
    if m.group(2):
        word = m.group(1)
        n = (
            number(word)
            if word in ("a", "an") or word.isdigit() or word not in ("several", "a few", "few", "some")
            else 3
        )
        if word in ("several", "a few", "few", "some"):
            n = 3
        sign = 1 if m.group(3) in ("later", "after", "afterwards") else -1
        unit = m.group(2)
        if unit in ("minute", "hour"):
            size = timedelta(minutes=1) if unit == "minute" else timedelta(hours=1)
            start = spans.later(a.start, sign * n * size)
            return Interval(start, spans.later(start, size), unit, rule)
        base = last if sign > 0 else first
        if unit == "year":
            y = base.year + sign * n
            d = base.replace(year=y) if not (base.month == 2 and base.day == 29) else date(y, 2, 28)
        elif unit == "month":
            ms = spans.month_start(base.year, base.month + sign * n)
            d = ms.replace(day=min(base.day, spans.days_in_month(ms.year, ms.month)))
        else:
            d = base + timedelta(days=sign * n * (7 if unit == "week" else 1))
        return spans.day(d, z, rule=rule)
    if m.group(4):
        unit = m.group(4)
        if unit in ("hours", "moments", "minutes"):
            return Interval(a.end, a.end + timedelta(days=1), "day", rule + ": within the day after")
        span = timedelta(days={"days": 7, "weeks": 31, "months": 92}.get(unit, 3 * 365))  # a few: three
        return Interval(a.end, a.end + span, "range", rule + ": in the following days/weeks/months/years")
    if m.group(5):
        step = -1 if m.group(5) == "previous" else 1
        d = (last if step > 0 else first) + timedelta(days=step)
        part = m.group(6)
        if part == "day":
            return spans.day(d, z, rule=rule)
        return part_of(d, part, z, rule)
    if m.group(7):
        step = -1 if m.group(8) == "before" else 1
        d = (last if step > 0 else first) + timedelta(days=step)
        part = m.group(7)
        if part == "day":
            return spans.day(d, z, rule=rule)
        if part == "night" and step < 0:
            return Interval(spans.at(d, z, 20), spans.at(d + timedelta(days=1), z, 6), "night", rule)
        return part_of(d, part, z, rule)
    part = m.group(10) or m.group(12)
    if part == "day":
        return spans.day(first, z, rule=rule)
    return part_of(first, part, z, rule)


# --------------------------------------------------------------------------- a week from Friday

_FROM_DAY = re.compile(
    r"\b(" + NUM + r")\s+(day|week|month|year)s?\s+from\s+(?!now\b)((?:today|tomorrow|yesterday|tonight|"
    r"(?:this\s+|next\s+|last\s+)?"
    + WD
    + r"|"
    + MONTH_ANY
    + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+"
    + MONTH_ANY
    + r")\b.*)$"
)


def from_day(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "a week from Friday", "two weeks from Monday", "a week from today": counted on from
    that day (looking ahead: the coming Friday)."""
    m = _FROM_DAY.search(s)
    if not m:
        return None
    before = s[: m.start()].split()
    if (
        m.group(1) in ("a", "an")
        and before
        and (before[-1] in ("once", "twice", "thrice", "times") or before[-1].endswith("s") or before[-1].isdigit())
    ):
        return None  # a rate: "two rapid coronavirus tests a week from Friday" (BBC) is "from Friday"
    iv = sub(m.group(3), replace(ctx, forward=True, past=False))
    if iv is None or iv.precision != "day":
        return None
    n, unit, d = number(m.group(1)), m.group(2), iv.start.astimezone(ctx.zone).date()
    if unit in ("day", "week"):
        d = d + timedelta(days=n * (7 if unit == "week" else 1))
    else:
        months = n * (12 if unit == "year" else 1)
        ms = spans.month_start(d.year, d.month + months)
        d = ms.replace(day=min(d.day, spans.days_in_month(ms.year, ms.month)))
    return spans.day(d, ctx.zone, rule=f"N {unit}s from a day: counted on from it")


# --------------------------------------------------------------------------- ranges, since, until

_DAY_RANGE_MD = re.compile(
    r"\b("
    + MONTH_ANY
    + r")\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|through|thru|and|until|till)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|am|pm))(?:\s+(\d{4}))?"
)
_DAY_RANGE_DM = re.compile(
    r"(?<![\w-])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|and|until|till)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
    + MONTH_ANY
    + r")\b(?:\s+(\d{4}))?"
)
_CONNECT = re.compile(
    r"\s+(?:-|to|through|thru|until|till|and|into|or)\s+|(?<=\d)-(?=\d)"  # "Monday or Tuesday": either, so both
    r"|(?<=day)-(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day)"  # "Monday-Wednesday", not "year-earlier"
    r"|(?<=\d)-(?=" + MONTH_ANY + r"\b)"  # "Dec. 30-Jan. 2"
    r"|(?<=[a-z])-(?=\d{1,2}\s+" + MONTH_ANY + r"\b)"  # British: "28 September-2 October"
    # a clock range with a word at one end ("10am-noon on Friday", "noon-2pm", "8pm-midnight", "midnight-6am")
    r"|(?<=\b[ap]m)-(?=(?:noon|midday|midnight)\b|\d)|(?:(?<=\bnoon)|(?<=\bmidday))-(?=\d|midnight\b)"
    r"|(?<=\bmidnight)-(?=\d|noon\b)"
)
# 1997-98, 2006/07 (not "17 December 2024-26 January 2025": a day of a month)
_YEARS = re.compile(
    r"\b" + _YEAR_RX + r"\s*(?:-|/|to|through|and)\s*(\d{2}|\d{4})\b(?![/.-]\d)(?!\s+" + MONTH_ANY + r"\b)"
)


def _spread(a: Interval, b: Interval, rule: str) -> Interval:
    return Interval(a.start, b.end, "range", rule)


# a wire clock's zone, or the "hrs" of British, Indian and military copy ("from 0010 hrs to 0900 hrs on Friday 12
# December", the Met Office via ITV; "at 1530 hrs", PTI): a clock either way
_WIRE_ZONE_OR_HRS = r"(?:" + WIRE_ZONE + r"|hrs|hours)"
_TIME_RANGE = re.compile(
    r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:-|to|until|till|and)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b"
)
_CLOCKS = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|midday)\b"
    r"|(?<![\d:/.-])(?:[01]\d|2[0-3])[0-5]\d\s+"
    + _WIRE_ZONE_OR_HRS
    + r"\b"  # Reuters' "0600 GMT", the Met Office's "0900 hrs"
)


# Reuters and AFP: "between 0600 and 0800 GMT", "0600-0800 GMT": the zone said once, for both times
_WIRE_RANGE = re.compile(
    r"(?<![\d:/.-])([01]\d|2[0-3])([0-5]\d)\s*(-|to|and|until|till)\s*([01]\d|2[0-3])([0-5]\d)\s+("
    + _WIRE_ZONE_OR_HRS
    + r")\b"
)
# "Tuesday from 7 a.m. to 8 p.m.", "on Nov. 5 between 9 am and noon": the day said first, as "from 7 a.m. to 8 p.m.
# Tuesday" (the day after the times) is read
_ONE_DAY = re.compile(r"\b(?:" + WD + r"|today|tomorrow|yesterday|tonight|" + MONTH_ANY + r")\b")
_DAY_THEN_TIMES = re.compile(r"^(?:on\s+)?(?!from\b|between\b)([^,]+?),?\s+((?:from|between)\s+.+)$")


def _expand_time_ranges(s: str) -> str:
    def one(m: re.Match) -> str:
        left = f"{m[1]}{':' + m[2] if m[2] else ''} {m[3] or m[6]}"
        return f"{left} to {m[4]}{':' + m[5] if m[5] else ''} {m[6]}"

    s = _WIRE_RANGE.sub(lambda m: f"{m[1]}{m[2]} {m[6]} {'to' if m[3] == '-' else m[3]} {m[4]}{m[5]} {m[6]}", s)
    s = _TIME_RANGE.sub(one, s)
    m = _DAY_THEN_TIMES.match(s)
    if m and _ONE_DAY.search(m[1]) and not _CLOCKS.search(m[1]) and len(_CLOCKS.findall(m[2])) == 2:
        s = f"{m[2]} {m[1]}"
    return s


# "January-November", "the January-October period", Japanese results copy's "the April-September half": the months from
# one to the other ("the April-June quarter" is the quarters' rule's)
_MONTH_PAIR = re.compile(
    r"\b(?:the\s+)?("
    + MONTH_ANY
    + r")\.?\s*-\s*("
    + MONTH_ANY
    + r")\b\.?(?!\s*\d{1,2}\b|\s+quarter\b)(?:\s+(?:period|half)\b)?"
)


# British: "from the 5th of November to the 8th": the second day is of the first's month
_DAY_RANGE_DM_DAY = re.compile(
    r"(?<![\w-])(\d{1,2}(?:st|nd|rd|th)?)\s+(?:of\s+)?("
    + MONTH_ANY
    + r")\b(\s+\d{4})?\s+(to|until|till|through|and)\s+"
    r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\b|" + MONTH_ANY + r"\b|:|am\b|pm\b))"
)


# BBC and Guardian strike and travel copy: "on 21, 23 and 25 June", "on Tuesday 21, Thursday 23 and Saturday 25 June",
# "on 3-4 and 6-7 January", AP's "June 21, 23 and 25": days of one month listed, the month said once: from the first
# to the end of the last (as "21-25 June")
_DAY_LIST_DM = re.compile(
    r"(?<![\w-])(?:(?:" + WD + r")\s+)?(\d{1,2})(?:st|nd|rd|th)?"
    r"((?:(?:\s*-\s*|\s+and\s+|\s+)(?:(?:"
    + WD
    + r")\s+)?\d{1,2}(?:st|nd|rd|th)?(?![\d:])){1,})\s+(?:of\s+)?("
    + MONTH_ANY
    + r")\b"
)
_DAY_LIST_MD = re.compile(
    r"\b("
    + MONTH_ANY
    + r")\s+(\d{1,2})(?:st|nd|rd|th)?((?:(?:\s*-\s*|\s+and\s+|\s+)\d{1,2}(?:st|nd|rd|th)?(?![\d:])(?!\s*[ap]m\b)){2,})"
)


_WEEKDAY_NAMED = re.compile(r"(?:" + WD + r")\s")


def _listed_days(first: str, rest: str) -> tuple[str, str] | None:
    """The first and last of days listed ("21", ", 23 and 25"), when they come in order."""
    days = [int(first), *(int(d) for d in re.findall(r"\d{1,2}", rest))]
    return (str(days[0]), str(days[-1])) if days == sorted(days) and len(set(days)) == len(days) else None


def _days_listed(s: str) -> str:
    def dm(m: re.Match) -> str:
        ends = _listed_days(m[1], m[2])
        if not ends or (len(re.findall(r"\d{1,2}", m[2])) < 2 and not _WEEKDAY_NAMED.match(m[0])):
            return m[0]  # two days without weekdays: read as a range already ("13 and 14 December")
        return f"{ends[0]} {m[3]} to {ends[1]} {m[3]}"

    def md(m: re.Match) -> str:
        ends = _listed_days(m[2], m[3])
        return f"{m[1]} {ends[0]} to {m[1]} {ends[1]}" if ends else m[0]

    return _DAY_LIST_MD.sub(md, _DAY_LIST_DM.sub(dm, s))


def _expand_day_ranges(s: str) -> str:
    s = _expand_time_ranges(s)
    s = _days_listed(s)
    s = _DAY_RANGE_DM_DAY.sub(lambda m: f"{m[1]} {m[2]}{m[3] or ''} {m[4]} {m[5]} {m[2]}{m[3] or ''}", s)
    s = _MONTH_PAIR.sub(lambda m: f"from {m[1]} to {m[2]}", s)
    s = _DAY_RANGE_MD.sub(
        lambda m: f"{m[1]} {m[2]}{' ' + m[4] if m[4] else ''} to {m[1]} {m[3]}{' ' + m[4] if m[4] else ''}", s
    )
    return _DAY_RANGE_DM.sub(
        lambda m: f"{m[1]} {m[3]}{' ' + m[4] if m[4] else ''} to {m[2]} {m[3]}{' ' + m[4] if m[4] else ''}", s
    )


# a range is read by trying each "to", "and", "-"... as the split and reading both sides, which
# may be ranges in turn: the tries double with each one more ("x to x to x ..." of 10 took 3 s)
MOST_CONNECTORS = 6  # the most a range written out has is three ("from 2006-07 to 2008-09")


def _read_ahead(a: Interval, b: Interval, ctx: Context) -> bool:
    """Whether a range's left side was read ahead of the publication, its right side back: not so for one night begun on
    the publication's own weekday ("late Wednesday into early Thursday" on a Wednesday: that day, as "late Wednesday"
    alone is), only for the days after it."""
    first, pub_day = a.start.astimezone(ctx.zone).date(), ctx.pub.astimezone(ctx.zone).date()
    one_night = first == pub_day and (b.start.astimezone(ctx.zone).date() - first).days % 7 == 1
    return ctx.pub < a.start and not one_night


def _two_sides(s: str, ctx: Context, sub: Sub) -> tuple[Interval, Interval] | None:
    connectors = list(_CONNECT.finditer(s))
    if len(connectors) > MOST_CONNECTORS:  # not a range: a list, or not dates at all
        return None
    for c in connectors:
        left, right = s[: c.start()].strip(), s[c.end() :].strip()
        if not left or not right:
            continue
        try:
            a, b = sub(left, ctx), sub(right, ctx)
        except DateError:
            continue
        if a is None or b is None:
            continue
        day_once = False
        if _CLOCKS.search(left) and _CLOCKS.search(right):  # "1 pm to 2:30 pm sunday": the day is said once
            day_words = _CLOCKS.sub(" ", right).strip()
            if day_words and not re.sub(r"^at\b", "", _CLOCKS.sub(" ", left).strip()).strip():
                # "at 08:00 until 22:00 on Sunday" (Eskom) as "from"
                try:
                    a = sub(f"{left} {day_words}", ctx) or a
                    day_once = True
                except DateError:
                    pass
        if (day_once or re.search(r"\bmidnight\b", left)) and b.start < a.start <= b.start + timedelta(days=1):
            # the day said once is the second time's: "between 10 p.m. and 2 a.m. Saturday" begins on
            # Friday evening; "between midnight and 11 p.m. Saturday" at the midnight that begins Saturday
            a = replace(a, start=a.start - timedelta(days=1), end=a.end - timedelta(days=1))
        year_right = re.search(r"\b(1[89]\d\d|20\d\d|21\d\d|(?:this|last|next)\s+year)\s*$", right)
        if (
            year_right
            and not re.search(r"\b(?:1[89]|2[01])\d\d\b|\byear\b", left)
            and a.precision in ("day", "month", "season")
        ):
            try:  # "March 3 through March 5, 2026", "January to October this year", "the summer and autumn of 2023"
                a = sub(f"{left} {year_right.group(1)}", ctx) or a
                if a.start >= b.end and year_right.group(1).isdigit():
                    # "20 December - 28 January 2025": the year is the second date's, the first in the year before
                    a = sub(f"{left} {int(year_right.group(1)) - 1}", ctx) or a
            except DateError:
                pass
        months = a.precision == b.precision == "month"
        if b.end <= a.start and not ctx.forward and b.start <= ctx.pub and (_read_ahead(a, b, ctx) or months):
            # "from January to November" in a December report: the left side was read ahead (AP
            # leaves this year out of near dates), the right one back: the range is the one just over
            # (in a January report too: "the January-November period" is last year's); "from February
            # 3 to March 18" in a December story is the coming one: the last ended long ago
            try:
                a2 = sub(left, replace(ctx, pub=b.start, past=True))
            except DateError:
                a2 = None
            if a2 is not None and a2.end <= b.start and ctx.pub - b.end <= timedelta(days=spans.NEAR_DAYS):
                return a2, b
        if b.end <= a.start:  # "from Friday to Monday", "Dec. 30 to Jan. 2": the right side is later
            try:
                b2 = sub(right, replace(ctx, pub=a.start, forward=True, past=False))
            except DateError:
                b2 = None
            if b2 is None or b2.end <= a.start:
                continue
            b = b2
        return a, b
    return None


_BETWEEN = re.compile(r"^(?:.*?\b)?(?:from|between)\s+(.+)$")
_NIGHTS = re.compile(r"\b(?:night|overnight)\b")
# a night that is one end of a range, named by its clock time or its day ("at 10pm on Tuesday night until 5am on
# Wednesday morning", Eskom; "from the afternoon of Sept. 16 through the night of Sept. 17", the Asahi)
_TIMED_NIGHT = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b.*\bnight\b|\bthe\s+(?:morning|afternoon|evening|night)\s+of\b.*"
    r"\s(?:to|through|thru|until|till)\s+the\s+(?:morning|afternoon|evening|night)\s+of\b"
)


# a night at one end of a range of days: "from Friday night to Sunday", "Friday through Sunday night", "Friday night
# and Saturday", "Monday night to Tuesday night" (a night into the next day alone, "Friday night to Saturday", stays
# the night, as "Friday night into Saturday")
_NIGHT_SPAN = re.compile(
    r"^(?:from\s+)?(" + WD + r")(\s+night)?\s+(to|through|thru|until|till|and|-)\s+(" + WD + r")(\s+night)?$"
)


def _night_spans_days(t: str) -> bool:
    m = _NIGHT_SPAN.match(t.strip())
    if m is None or not (m.group(2) or m.group(5)):
        return False
    days_on = (WEEKDAYS[m.group(4)] - WEEKDAYS[m.group(1)]) % 7
    return m.group(3) == "and" or days_on >= 2 or bool(m.group(2) and m.group(5))


_NIGHT_TO_MORNING = re.compile(
    r"^(?:.*?\b)?(?:from\s+)?(overnight|tonight|\S+\s+night)"
    r"\s+(?:and(?:\s+(?:into|until|till|to))?|until|till|to|into|through)\s+(\S+\s+morning)$"
)
_WEEKDAYS_THEN_DATES = re.compile(
    r"^(?:.*?\b)?(?:from\s+)?"
    + WD
    + r"\s+(?:to|through|thru|until|till|-)\s+"
    + WD
    + r"\s*,?\s+((?:"
    + MONTH_ANY
    + r"\b|\d).*\d.*)$"
)


_WEEKDAY_RANGE = re.compile(
    r"^(?:from\s+)?" + WD + r"(?:\s+night)?\s+(?:to|through|thru|until|till|-)\s+" + WD + r"(?:\s+night)?$"
)


def date_range(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "Oct. 14-16", "June 2 to 4", "between June 2 and June 4", "from Tuesday to Thursday"."""
    got = _date_range(s, ctx, sub)
    if got is not None and not ctx.forward and _WEEKDAY_RANGE.match(s.strip()):
        # a report: "transported 108,000 vehicles from Thursday to Monday" in a Thursday story is the range just over,
        # not one that begins that day and ends days after (one under way, begun before the day, stays)
        day_start = ctx.pub.replace(hour=0, minute=0, second=0, microsecond=0)
        if got.start >= day_start and got.end - timedelta(days=1) > ctx.pub:
            start, end = (_a_week_before(moment, ctx.zone) for moment in (got.start, got.end))
            got = Interval(start, end, "range", "weekday range in a report: the last one over")
    return got


def _a_week_before(moment: datetime, zone: tzinfo) -> datetime:
    """The same wall time a week before (a night's 20:00 and 06:00 stay)."""
    return (moment.astimezone(zone).replace(tzinfo=None) - timedelta(days=7)).replace(tzinfo=zone)


def _date_range(s: str, ctx: Context, sub: Sub) -> Interval | None:
    t = _expand_day_ranges(s)
    m = _WEEKDAYS_THEN_DATES.match(t)
    if m:  # "from Thursday to Sunday, June 5 to 8": the dates say which days
        got = date_range(m.group(1), ctx, sub)
        if got is not None:
            return got
    if _MONTHS_TO.search(t):  # "the year to September": the twelve months (months_to), not January to September
        return None
    m = _YEARS.search(t)
    if m:
        y0, y1 = int(m.group(1)), m.group(2)
        y1n = int(y1) if len(y1) == 4 else y0 // 100 * 100 + int(y1)
        if y1n == y0 + 1 and ctx.fiscal_start != 1 and ctx.country != "US":
            # "2022-23", "FY2024-25" where the fiscal year is not the calendar's (India, Australia, Britain): that
            # fiscal year, as their statistics and budgets write it
            first = spans.month_start(y0, ctx.fiscal_start)
            return spans.days(first, spans.month_start(y0 + 1, ctx.fiscal_start), ctx.zone, "year", "a fiscal year")
        if y1n > y0:
            return Interval(spans.year(y0, ctx.zone).start, spans.year(y1n, ctx.zone).end, "range", "range of years")
    m = _NIGHT_TO_MORNING.match(t)
    if (
        m
    ):  # "from Friday night until Saturday morning", "overnight and into Friday morning": the night, then the morning
        morning = sub(m.group(2), ctx)
        if morning is not None and morning.precision == "morning":
            day = morning.start.astimezone(ctx.zone).date()
            night = sub(m.group(1), ctx) if m.group(1) != "overnight" else None
            if night is None or night.precision != "night":
                night = spans.days(day - timedelta(days=1), day, ctx.zone, "night")
                night = replace(night, start=night.start + timedelta(hours=20))
            elif morning.end <= night.start:  # "Wednesday night into Thursday morning" on the Wednesday: the next
                morning = sub(m.group(2), replace(ctx, pub=night.start, forward=True, past=False)) or morning
            if night.start < morning.end <= night.start + timedelta(days=2):
                return Interval(night.start, morning.end, "range", "range: from the night to the end of the morning")
    if not _CONNECT.search(t) or (_NIGHTS.search(s) and not _TIMED_NIGHT.search(t) and not _night_spans_days(t)):
        return None
    b = _BETWEEN.match(t)
    body = b.group(1) if b else t
    sides = _two_sides(body, ctx, sub)
    if sides is None:
        return None
    a, z = sides
    if a.precision in ("minute", "hour") and z.precision == "minute":  # "from 7 a.m. to 7 p.m.": up to the second time
        end = z.start
        if end <= a.start:  # "from 10 p.m. to 2 a.m.": into the next day
            end = end + timedelta(days=1)
        if end <= a.start:
            return None
        return Interval(a.start, end, "range", "range: from the first time to the second")
    if z.precision == "minute" and z.start > a.start:  # "Thursday until 9 a.m. Friday": up to that moment
        return Interval(a.start, z.start, "range", "range: from the first to the moment of the last")
    return _spread(a, z, "range: from the first to the end of the last")


_NTH_WEEK = re.compile(r"\b(?:the\s+)?(first|second|third|fourth|last|final)\s+(full\s+)?week\s+of\s+(.+)$")


def month_days(text: str, ctx: Context, sub: Sub) -> tuple[date, date] | None:
    """(first day, the day after the last) of the month ``text`` names ("March", "next
    month"), or None when it names no month."""
    iv = sub(text, ctx)
    if iv is None or iv.precision != "month":
        return None
    return iv.start.astimezone(ctx.zone).date(), iv.end.astimezone(ctx.zone).date()


def nth_week(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "the first week of March": its days 1-7; "the last week of April": its last seven; "the first full week of
    January" (AP, Reuters): its first Monday-to-Sunday week wholly in the month, "the last full week" its last."""
    m = _NTH_WEEK.search(s)
    if not m:
        return None
    month = month_days(m.group(3), ctx, sub)
    if month is None:
        return None
    first, after = month
    last = m.group(1) in ("last", "final")
    if m.group(2):  # a full week: Monday to Sunday
        mon = after - timedelta(days=7 + after.weekday()) if last else first + timedelta(days=-first.weekday() % 7)
        start = mon if last else mon + timedelta(days=7 * (ORDINALS[m.group(1)] - 1))
        if start + timedelta(days=7) > after:
            return None
        return spans.days(
            start, start + timedelta(days=7), ctx.zone, "week", "the nth full week of a month: Monday-Sunday"
        )
    start = after - timedelta(days=7) if last else first + timedelta(days=7 * (ORDINALS[m.group(1)] - 1))
    return spans.days(
        start, min(start + timedelta(days=7), after), ctx.zone, "week", "the nth week of a month: its days"
    )


_WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+(.+)$")  # British "w/c"


def week_of(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "the week of Feb. 10": Monday to Sunday of the week that day is in."""
    m = _WEEK_OF.search(s)
    if not m:
        return None
    iv = sub(m.group(1), ctx)
    if iv is None:
        return None
    d = iv.start.astimezone(ctx.zone).date()
    if d.weekday() == 6:  # a Sunday: the week that begins with it (US calendars)
        return spans.days(d, d + timedelta(days=7), ctx.zone, "week", "the week of a Sunday: Sunday to Saturday")
    mon = spans.monday(d)
    return spans.days(mon, mon + timedelta(days=7), ctx.zone, "week", "the week of X: Monday to Sunday")


_WEEKEND_OF = re.compile(r"\b(?:the\s+)?weekend\s+of\s+(?!the\b)(.+)$")


def weekend_of(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "the weekend of Oct. 14": the weekend with that day in it, or after it (a Monday is
    the end of a long weekend, a Friday its start); "the weekend of October 12-13": those days."""
    m = _WEEKEND_OF.search(s)
    if not m:
        return None
    iv = sub(m.group(1), ctx)
    if iv is None or iv.precision not in ("day", "range") or iv.end - iv.start > timedelta(days=4):
        return None
    if iv.precision == "range":
        return replace(iv, precision="weekend", rule="the weekend of two dates: those days")
    first, until = spans.weekend_of(iv.start.astimezone(ctx.zone).date())
    return spans.days(first, until, ctx.zone, "weekend", "the weekend of a day: with it, or the one after")


# forecasts and rain totals: "in the 24 hours to noon Thursday", "over a 24-hour period through 6 a.m. Tuesday",
# "within the 24-hour period ending at noon on July 29" (Kyodo, the Mainichi): the hours that end at that moment
_HOURS_TO = re.compile(
    r"\b(?:the|a)\s+(" + NUM + r")[\s-]hours?(?:\s+period)?\s+"
    r"(?:to|through|thru|up\s+to|until|till|ending|ended|that\s+ends?)(?:\s+at)?\s+(.+)$"
)


def hours_to(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "the 24 hours to noon Thursday": the N elapsed hours that end at a clock time."""
    from .core import span_precision

    m = _HOURS_TO.search(s)
    if not m:
        return None
    end = sub(m.group(2), ctx)
    if end is None or end.precision not in ("minute", "hour"):
        return None
    hours = timedelta(hours=number(m.group(1)))
    start = (end.start.astimezone(UTC) - hours).astimezone(ctx.zone)  # elapsed hours, across a clock change too
    return Interval(start, end.start, span_precision(hours), "N hours to a moment: those that end at it")


_SINCE = re.compile(r"\bsince\s+(.+)$")
_UNTIL = re.compile(r"\b(?:(?:in\s+the\s+)?(run|lead)[\s-]up\s+to|until|till|til|through|up\s+to)\s+(.+)$")


def since(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "since March 1, 2014": from then to the publication."""
    m = _SINCE.search(s)
    if not m:
        return None
    iv = sub(m.group(1), replace(ctx, forward=False, past=True))
    if iv is None:
        return None
    end = ctx.pub.replace(second=0, microsecond=0)
    if iv.start >= end:
        return None
    return Interval(iv.start, max(end, iv.start + timedelta(minutes=1)), "range", "since X: from X to the publication")


_INTO_NEXT = re.compile(r"\s\band\s+(?:on\s+)?into\s+\S")  # "Saturday and into early Sunday"


def until(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "until Friday": from the publication to the end of Friday."""
    if re.search(r"\b(?:from|between|since)\b", s) or _MONTHS_TO.search(s):  # "the year through June"
        return None
    m = _UNTIL.search(s)
    if not m:
        return None
    if not ctx.forward and not m.group(1) and not s[: m.start()].strip():
        got = sub(m.group(2), ctx) if _INTO_NEXT.search(m.group(2)) else None
        if got is not None:
            # a report: "the storm raged through Saturday and into early Sunday" is the days it names, as "Saturday
            # and into early Sunday" is, not from the publication to the next Saturday
            return replace(got, rule=got.rule + " (through X and into Y, in a report: X into Y)")
    head = re.sub(r"^(?:for|in|during|over|on)\s+", "", s[: m.start()].strip())
    if head and not m.group(1) and re.match(r"\s*(?:through|thru|until|till|til)\b", s[m.start() :]):
        # AP's "August through October", "Monday through Friday": a range from the first (date_range reads it), not
        # from the publication (seventh pass: "the outlook for August through October" in July began at once)
        if sub(head, replace(ctx, forward=True, past=False)) is not None:
            return None
    iv = sub(m.group(2), replace(ctx, forward=True, past=False))
    if iv is None:
        return None
    start = ctx.pub.replace(second=0, microsecond=0)
    if m.group(1) and iv.start > start:  # "in the run-up to Christmas": the time before it
        return Interval(start, iv.start, "range", "the run-up to X: from the publication to X")
    if iv.end <= start:
        return replace(iv, rule="until X, X already past: X")
    if iv.precision == "minute":  # "until midnight tonight": up to that moment
        end = max(iv.start, start + timedelta(minutes=1))
        return Interval(start, end, "range", "until a moment: from the publication to it")
    return Interval(min(start, iv.start), iv.end, "range", "until X: from the publication to the end of X")


# --------------------------------------------------------------------------- quarters, halves, fiscal years

_QUARTER = re.compile(
    r"\b(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last(?=[\s-]+quarter\s+of\s+(?:the\s+year|(?:fiscal\s+)?\d{4})))[\s-]+quarter|q([1-4]))\b"
    r"(?:\s+(?:of\s+)?(?:(?:fiscal|fy)\s*(?:year\s+)?)?" + _YEAR_RX + r")?"
)
_HALF = re.compile(
    r"\b(?:(first|second|last|latter)[\s-]+half|h([12])|(first)\s+two\s+quarters)\b(?:\s+(?:of\s+)?(?:(?:fiscal|fy)\s*(?:year\s+)?)?"
    + _YEAR_RX
    + r")?"
)
_OF_THE_YEAR = re.compile(r"\s+of\s+(?:the\s+|this\s+)(?:current\s+)?(?:calendar\s+|fiscal\s+|financial\s+)?year\b")
_LATEST_Q = re.compile(r"\b(?:latest|last|previous|most recent|past|recent|current|this|next|coming)\s+quarter\b")
_FISCAL = re.compile(r"\b(?:fiscal(?:\s+year)?|fy)\s*(?:(\d{4})|'?(\d{2}))\b")
_YEAR_AGO = re.compile(r"\b(?:a|one)\s+year\s+(?:ago|earlier|before)|\byear[\s-]+(?:ago|earlier)\b")


REPORTING_DAYS = 45  # results of a quarter come out within about six weeks of its end


def _fiscal_year_first(y: int, ctx: Context) -> tuple[int, int]:
    """(year, month) a fiscal year named Y begins: named for the year it ends in."""
    if ctx.fiscal_start == 1:
        return y, 1
    return y - 1, ctx.fiscal_start


_REPORT_Q = re.compile(
    r"^(?:the\s+|that\s+|this\s+)?(?:latest\s+|most\s+recent\s+|current\s+|recent\s+)?(?:fiscal\s+)?(quarter|period)$"
)
_YEAR_AGO_Q = re.compile(
    r"\b(?:year[\s-]+(?:earlier|ago)|comparable|corresponding|same|last\s+year\s+s)\b.*\b(?:quarter|period)\b"
    r"|\b(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year)\b"
    r"|^(?:the\s+)?year[\s-]+(?:earlier|ago)$"
)
_YEAR_OF_Q = re.compile(
    r"\bthe\s+" + _YEAR_RX + r"\s+(?:(first|second|third|fourth)\s+)?(?:fiscal\s+)?(quarter|period)\b"
)
_ORD = r"(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter)"
_REL_YEAR_Q = re.compile(  # "next year's first quarter", "the fourth quarter of last year", "the first half next year"
    r"\b(this|next|last)\s+year\s+s\s+" + _ORD + r"[\s-]+(quarter|half)\b"
    r"|\b" + _ORD + r"[\s-]+(quarter|half)\s+(?:of\s+)?(this|next|last)\s+year\b"
)
_REL_FISCAL_Q = re.compile(  # PTI: "the second quarter last fiscal", "the first half of this fiscal year"
    r"\b" + _ORD + r"[\s-]+(quarter|half)\s+(?:of\s+)?(?:the\s+)?(this|current|next|last|previous)\s+"
    r"(?:fiscal|financial\s+year)(?:\s+year)?\b"
)
_THE_YEAR = re.compile(
    r"^(?:(?:in|during|for|over|through)\s+)?(?:the\s+)?(?:(full|current|this|whole|entire)\s+)?(?:(fiscal|financial|budget|calendar)\s+)?year$"
    r"|^(?:(?:in|during|for|over)\s+)?(?:the\s+)?(latest|last|previous|prior|next|coming)\s+(?:fiscal|financial|budget)\s+year$"
)


def _latest_done_quarter(ctx: Context) -> int:
    """The last quarter over by the publication, as year * 4 + (quarter - 1)."""
    today = ctx.pub.date()
    return today.year * 4 + (today.month - 1) // 3 - 1


def reported_periods(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """Earnings copy: "the quarter" (the last one over), "the year-earlier quarter",
    "the 1988 third quarter", "next year's first quarter", "the full year"."""
    z = ctx.zone
    m = _REPORT_Q.match(s)
    if m:
        q = _latest_done_quarter(ctx) + (1 if re.match(r"(?:this|current)\b", s) or "current" in s else 0)
        return spans.quarter(q // 4, q % 4 + 1, z, "the quarter of a report: the last one over")
    m = _REL_FISCAL_Q.search(s)
    if m:
        nth, unit, rel = m.group(1), m.group(2), m.group(3)
        fs = ctx.fiscal_start
        y = ctx.pub.year - (1 if ctx.pub.month < fs else 0)  # the fiscal year under way begins in y
        y += {"next": 1, "last": -1, "previous": -1}.get(rel, 0)
        n = ORDINALS.get(nth) or (4 if unit == "quarter" else 2)
        make = spans.quarter if unit == "quarter" else spans.half
        return make(y, n, z, f"{unit} of this/next/last fiscal year (from month {fs})", fs)
    m = _REL_YEAR_Q.search(s)
    if m:
        rel, nth, unit = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(4), m.group(5))
        y = ctx.pub.year + {"this": 0, "next": 1, "last": -1}[rel]
        n = ORDINALS.get(nth) or (4 if unit == "quarter" else 2)  # the final/last quarter, the latter half
        make = spans.quarter if unit == "quarter" else spans.half
        return make(y, n, z, f"{unit} of this/next/last year")
    if _YEAR_AGO_Q.search(s):
        q = _latest_done_quarter(ctx) - 4
        return spans.quarter(q // 4, q % 4 + 1, z, "the year-earlier quarter: the last one over, a year back")
    m = _YEAR_OF_Q.search(s)
    if m:
        y = int(m.group(1))
        n = ORDINALS[m.group(2)] if m.group(2) else _latest_done_quarter(ctx) % 4 + 1
        return spans.quarter(y, n, z, "quarter of a named year")
    m = _THE_YEAR.match(s)
    if m:
        shift = {None: 0, "next": 1, "coming": 1}.get(m.group(3), -1)  # the next/last fiscal year
        y = ctx.pub.year + shift
        if (m.group(2) in ("fiscal", "financial", "budget") or shift) and ctx.fiscal_start != 1:
            y0, m0 = _fiscal_year_first(y + (1 if ctx.pub.month >= ctx.fiscal_start else 0), ctx)
            return spans.days(spans.month_start(y0, m0), spans.month_start(y0 + 1, m0), z, "year", "the fiscal year")
        rule = {0: "the year of a report: this one", 1: "the next fiscal year"}.get(shift, "the last fiscal year")
        return spans.year(y, z, rule)
    return None


# (Jiji, Kyodo, AAP: "the year that ended in March", "the quarter which ends in June", "the 12 months that ended in
# March": as "ended", "ending")
_THAT = r"(?:(?:that|which)\s+(?:will\s+)?)?"
_MONTHS_TO = re.compile(
    r"\b(?:the\s+)?(three|six|nine|twelve|3|6|9|12)\s+months?\s+"
    + _THAT
    + r"(?:to|ended|ending|ends|end|through|until)"
    r"\s+(.+)$|\b(?:the\s+)?(quarter|half|year)\s+" + _THAT + r"(?:to|ended|ending|ends|end|through)\s+(.+)$"
)
# "the fiscal year that begins in April" (Reuters, New Delhi), "the financial year starting July 1": the twelve months
# from that month; "begins"/"will start" look ahead, "began" back
_YEAR_FROM = re.compile(
    r"\b(?:the\s+)?(?:(?:fiscal|financial|business|budget)\s+)?year\s+(?:that\s+|which\s+)?(?:will\s+)?"
    r"(begins?|starts?|began|started|beginning|starting)\s+(?:in\s+|on\s+)?(.+)$"
)
_FIRST_MONTHS = re.compile(
    r"\b(?:the\s+)?(first|last|final)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
    r"(months|quarters)\s+(?:of\s+)?(.+)$"
)
# "In the first 10 months, the Labor Department received ..." (Xinhua): of the year, the last such over
_FIRST_MONTHS_BARE = re.compile(
    r"^(?:(?:in|during|for|over)\s+)?the\s+first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
    r"(months|quarters)$"
)
_MONTH_QUARTER = re.compile(
    r"\b(?:the\s+)?(" + MONTH_FULL + r")\s+(?:((?:19|20)\d\d)\s+)?quarter\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?"
)
_SO_FAR = re.compile(r"\b(?:so\s+far\s+this\s+(year|month)|(year|month)[\s-]+to[\s-]+date)\b")
_N_MONTHS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_N_MONTHS |= {"eleven": 11, "twelve": 12}
_SPAN_WORD = {3: "quarter", 6: "half", 12: "year"}


def months_to(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """Business copy: "the three months to September", "the nine months ended Sept. 30",
    "the quarter ended Sept. 30", "the September quarter", "the first nine months of 2024",
    "so far this year"."""
    z = ctx.zone
    m = _MONTHS_TO.search(s)
    if m:
        n = int(m.group(1)) if m.group(1) and m.group(1).isdigit() else _N_MONTHS.get(m.group(1) or "", 0)
        n = n or {"quarter": 3, "half": 6, "year": 12}[m.group(3)]
        # "ended", "to": a period over; "ending March 31" may be the one under way (Indian copy, 3 March: "the
        # financial year ending March 31" ends this month), so its date is read as any date without a year is
        ending = re.search(r"\b(?:ending|ends|end)\s+" + re.escape(m.group(2) or m.group(4)) + "$", s)
        if re.search(r"\b(?:ends|will\s+end)\s+", s):  # "the year that ends in March": the one under way
            ctx = replace(ctx, forward=True)
        iv = (
            None
            if _SO_FAR.search(s)
            else sub(m.group(2) or m.group(4), ctx if ending else replace(ctx, past=not ctx.forward))
        )
        if iv is not None:
            last = (iv.end - timedelta(microseconds=1)).astimezone(z).date()
            start = spans.month_start(last.year, last.month - n + 1)
            after = spans.month_start(last.year, last.month + 1)
            rule = "N months to X: the N calendar months ending with X's"
            return spans.days(start, after, z, _SPAN_WORD.get(n, "range"), rule)
    m = _YEAR_FROM.search(s)
    if m:
        way = {"began": replace(ctx, forward=False, past=True), "started": replace(ctx, forward=False, past=True)}
        iv = sub(m.group(2), way.get(m.group(1), replace(ctx, forward=True) if m.group(1)[-1] != "g" else ctx))
        if iv is not None and iv.precision in ("month", "day"):
            first = iv.start.astimezone(z).date()
            start = spans.month_start(first.year, first.month) if iv.precision == "month" else first
            after = spans.month_start(first.year + 1, first.month) + timedelta(days=start.day - 1)
            return spans.days(start, after, z, "year", "the year that begins in X: twelve months from it")
    m = _FIRST_MONTHS.search(s)
    if m:
        n = (int(m.group(2)) if m.group(2).isdigit() else _N_MONTHS[m.group(2)]) * (
            3 if m.group(3) == "quarters" else 1
        )
        whole = "this year" if m.group(4).strip() == "the year" else m.group(4)
        iv = sub(whole, ctx) if n <= 12 else None  # "the first nine months this year", "the first three quarters"
        if iv is not None and iv.precision == "year":
            # of the year read, a fiscal one too: "the first nine months of fiscal 2024" with April's are April-December
            # 2023, "the final three months of the year" October-December
            first = iv.start.astimezone(z).date()
            if m.group(1) == "first":
                first_n = "the first N months of a year"
                after = spans.month_start(first.year, first.month + n)
                return spans.days(first, after, z, _SPAN_WORD.get(n, "range"), first_n)
            last_n = "the last N months of a year"
            after = spans.month_start(first.year, first.month + 12)
            return spans.days(
                spans.month_start(first.year, first.month + 12 - n), after, z, _SPAN_WORD.get(n, "range"), last_n
            )
    m = _FIRST_MONTHS_BARE.match(s)
    if m:
        n = (int(m.group(1)) if m.group(1).isdigit() else _N_MONTHS[m.group(1)]) * (
            3 if m.group(2) == "quarters" else 1
        )
        if 1 <= n <= 12:
            y = ctx.pub.year
            if not ctx.forward and spans.at(spans.month_start(y, 1 + n), z) > ctx.pub:
                y -= 1  # not over yet this year: last year's (looking ahead: this year's)
            first_n = "the first N months, no year: of the last year they are over in"
            return spans.days(date(y, 1, 1), spans.month_start(y, 1 + n), z, _SPAN_WORD.get(n, "range"), first_n)
    m = _MONTH_QUARTER.search(s)
    if m:  # "the September quarter": the quarter that ends in September
        mo = MONTHS[m.group(1)]
        year = m.group(2) or m.group(3)
        if year:  # "the December 2022 quarter", "the June quarter 2023" (Australian statistics)
            y = int(year)
            iv = spans.days(spans.month_start(y, mo - 2), spans.month_start(y, mo + 1), z, "quarter")
            return replace(iv, rule="the quarter that ends in that month")
        iv = spans.pick(
            lambda y: spans.days(spans.month_start(y, mo - 2), spans.month_start(y, mo + 1), z, "quarter"),
            replace(ctx, past=not ctx.forward),
            near_days=0,
        )
        return replace(iv, rule="the quarter that ends in that month")
    m = _SO_FAR.search(s)
    if m:
        unit = m.group(1) or m.group(2)
        today = ctx.pub.date()
        first = date(today.year, 1, 1) if unit == "year" else today.replace(day=1)
        end = ctx.pub.replace(second=0, microsecond=0)
        return Interval(
            spans.at(first, z),
            max(end, spans.at(first, z) + timedelta(minutes=1)),
            "range",
            f"so far this {unit}: to the publication",
        )
    return None


def quarters(s: str, ctx: Context, sub: Sub) -> Interval | None:
    z = ctx.zone
    m = None if _DECADE.search(s) else _QUARTER.search(s) or _HALF.search(s)  # "the last half of the '80s"
    if m:
        is_q = m.re is _QUARTER
        if is_q:
            n = (4 if m.group(1) in ("final", "last") else ORDINALS[m.group(1)]) if m.group(1) else int(m.group(2))
            year = m.group(3)
        else:  # "first half", "H2", "the last half", "the first two quarters"
            n = (
                1
                if m.group(3)
                else (2 if m.group(1) in ("last", "latter") else ORDINALS[m.group(1)])
                if m.group(1) or m.group(3)
                else int(m.group(2))
            )
            year = m.group(4)
        fiscal = bool(re.search(r"\b(?:fiscal|fy|financial\s+year)", s)) and ctx.fiscal_start != 1
        make = spans.quarter if is_q else spans.half
        what = "quarter" if is_q else "half"
        if year:
            y, first = _fiscal_year_first(int(year), ctx) if fiscal else (int(year), 1)
            of_what = f"fiscal {year} (from month {first}, named for its end)" if first != 1 else "a year"
            return make(y, n, z, f"{what} of {of_what}", first)

        if _OF_THE_YEAR.match(s, m.end()):
            # "the second half of the year", "the third quarter of the year": of the publication's year, as "the
            # year" (the year of a report) and "the first nine months of the year" are; the fiscal year under way
            # where the words say fiscal and the calendar is one; in results copy looking back, a part not begun yet
            # is last year's ("profit rose in the fourth quarter of the year" in January)
            y = ctx.pub.year - (1 if fiscal and ctx.pub.month < ctx.fiscal_start else 0)
            first = ctx.fiscal_start if fiscal else 1
            iv = make(y, n, z, f"{what} of the year: the publication's" + (" (fiscal)" if fiscal else ""), first)
            if ctx.results and not ctx.forward and iv.start > ctx.pub:
                iv = make(y - 1, n, z, f"{what} of the year in results copy, not begun: last year's", first)
            return iv

        def of(y: int) -> Interval:
            return make(y, n, z, "", 1)

        if ctx.forward and ctx.results:
            # "expects to report a third-quarter net loss" a month after that quarter: results
            # come out in the weeks after a quarter ends, so the one over lately still counts
            late = ctx.pub - timedelta(days=REPORTING_DAYS)
            iv = next(q for q in map(of, range(ctx.pub.year - 1, ctx.pub.year + 2)) if q.end > late)
        else:
            iv = spans.pick(of, replace(ctx, past=not ctx.forward), near_days=0)
        if _YEAR_AGO.search(s):
            iv = make(iv.start.year - 1, n, z, "", 1)
        return replace(
            iv, rule=f"{what} without year: the most recent begun" if not ctx.forward else f"{what}: the next"
        )
    m = _LATEST_Q.search(s)
    if m:
        today = ctx.pub.date()
        q_now = (today.month - 1) // 3 + 1
        word = m.group(0).split()[0]
        shift = {"this": 0, "current": 0, "next": 1, "coming": 1}.get(word, -1)
        q = today.year * 4 + q_now - 1 + shift
        if _YEAR_AGO.search(s):
            q -= 4
        return spans.quarter(q // 4, q % 4 + 1, z, "quarter counted from publication")
    m = _FISCAL.search(s)
    if m:
        y = int(m.group(1)) if m.group(1) else 2000 + int(m.group(2))
        y0, m0 = _fiscal_year_first(y, ctx)
        iv = spans.days(spans.month_start(y0, m0), spans.month_start(y0 + 1, m0), z, "year")
        cal = "the calendar year" if ctx.fiscal_start == 1 else f"from month {ctx.fiscal_start}, named for its end"
        return replace(iv, rule=f"fiscal year: {cal}")
    return None


# --------------------------------------------------------------------------- seasons, decades, thirds, year ago

_SEASON = re.compile(
    r"\b(?:" + _YEAR_RX + r"\s+)?(?:(this|last|next|past|coming|previous)\s+)?(spring|summer|autumn|fall|winter)\b"
    r"(?:\s+(?:of\s+)?" + _YEAR_RX + r"|\s+(this|next|last)\s+year\b)?"  # "summer this year", "spring next year"
)
# "fall" is autumn only as a season is written ("this fall", "in the fall", "the fall of 2012", "late fall"), not a
# decline or an overthrow ("the fall of Baghdad", "a fall in prices", "the third successive fall")
_FALL_SEASON = re.compile(
    r"^(?:(?:in|during|by|until|since|through|over|before|after|from|for|of|this\s+past)\s+)?(?:the\s+)?"
    r"(?:(?:this|last|next|past|coming|previous)\s+)?(?:(?:early|late|mid)\s+)?fall(?:\s+(?:of\s+)?" + _YEAR_RX + r")?$"
    r"|^(?:(?:in|during|by)\s+)?(?:the\s+)?" + _YEAR_RX + r"\s+fall$"
)
# a season in the name of an event: "the Arab Spring", "the Prague Spring"
_NAMED_SEASON = re.compile(
    r"\b(?:arab|prague|beijing|seoul|damascus|tehran|african|persian|islamic|jasmine)\s+spring\b"
)
_DECADE = re.compile(r"\b(?:the\s+)?(?:(early|mid|late)\s+)?(1[89]\d0|20\d0|(?<![\d$])\d0)s\b")
# "in his 70s", "their late 80s", "aged in her 90s": an age, not a decade
_AGE_DECADE = re.compile(r"\b(?:his|her|their|its|my|your|our|aged?)\s+(?:early\s+|mid\s+|late\s+)?\d0s\b")
# "highs in the upper 80s", "the low 90s": a temperature (or an age), never a decade
_LOW_UPPER = re.compile(r"\b(?:low|lower|upper)\s+\d0s\b")
_REL_DECADE = re.compile(r"\b(this|last|previous|next|coming|past|current)\s+decade\b")
_THIRD_MONTH = re.compile(
    r"\b(early|mid|middle of|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of)\s+"
    r"(?:(this|last|next|the)\s+)?(?:(" + MONTH_FULL + r")|month)\b(?:\s+" + _YEAR_RX + r")?"
)
_THIRD_YEAR = re.compile(
    r"\b(early|mid|middle of|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of)"
    r"\s+(?:(?:(this|last|next|the|that)\s+)?year|" + _YEAR_RX + r")\b"
)
_IN_THE_WEEK = re.compile(r"\b(later|earlier)\s+in\s+the\s+(week|month|year)\b")
_FOLLOWING = re.compile(r"\bthe\s+(following|previous|preceding|prior)\s+(week|month|year)\b")
_RESULTS_WORDS = re.compile(
    r"\b(?:quarter|quarterly|earnings|profit|profits|revenue|revenues|sales|net income|per share|results)\b"
)
_AGO_UNIT = re.compile(r"\b(?:a|one)\s+(year|month|week)\s+(ago|earlier|before)\b")
_THIS_TIME = re.compile(
    r"\b(?:this|that|the\s+same|about\s+this|around\s+this)\s+time\s+"
    r"(?:(last|next)\s+(year|month|week)|a\s+(year|month|week)\s+ago)\b"
)
_SAME_LAST_YEAR = re.compile(r"\b(?:the\s+)?same\s+(day|week|month)\s+(?:of\s+)?(?:a\s+year\s+ago|last\s+year)\b")


def _third_word(w: str) -> str:
    if w.startswith("early") or "beginning" in w or "start" in w:
        return "early"
    if w.startswith("mid") or "middle" in w:
        return "mid"
    return "late"


_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_NTH = {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)} | {"twenty-first": 21, "twenty first": 21}
_CENTURY = re.compile(
    r"\b(?:(early|mid|late)\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|("
    + "|".join(sorted(_NTH, key=len, reverse=True))
    + r"))[\s-]+century\b(?!\s+(?:bc|b\s+c|bce|before))"
    r"|\b(?:the\s+)?(?:(early|mid|late)\s+)?(1[0-9]00)s\b"
)
_REL_CENTURY = re.compile(r"\b(this|last|previous|next|coming|past|current|present)\s+century\b")


def _same_day_on(today: date, unit: str, sign: int) -> date:
    """The publication's day a week, month or year on (``sign`` 1) or back (-1); the month's last day where the month
    is shorter, 28 February for 29 February."""
    if unit == "week":
        return today + timedelta(weeks=sign)
    if unit == "year":
        return _years_back(today, -sign)
    first = spans.month_start(today.year, today.month + sign)
    return first.replace(day=min(today.day, spans.days_in_month(first.year, first.month)))


def _years_back(d: date, n: int) -> date:
    """The same day n years back (28 February for a 29th)."""
    return d.replace(year=d.year - n) if not (d.month == 2 and d.day == 29) else date(d.year - n, 2, 28)


def centuries(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "the 20th century", "the nineteenth century", "the 1800s": its hundred years as TimeML
    counts them (the 20th century is 1900-1999, value 19); "last century" the calendar century
    before this one, "the past century" the hundred years to the publication. A part of a
    century is the century, as TimeML annotates it (and as this reads a part of a decade)."""
    z, today = ctx.zone, ctx.pub.date()
    m = _CENTURY.search(s)
    if m:
        if m.group(5):  # "the 1800s"
            return spans.century(int(m.group(5)), z, "the X00s: that century")
        n = int(m.group(2)) if m.group(2) else _NTH[" ".join(m.group(3).split())]
        if not 1 <= n <= 21:
            return None
        return spans.century((n - 1) * 100, z, "the Nth century: its hundred years (TimeML: the 20th is 1900-1999)")
    m = _REL_CENTURY.search(s)
    return _counted(m.group(1), today, 100, ctx) if m else None


# "the first half of the 20th century" (1900-1949), "the last quarter of the 20th century" (1975-1999), "the first
# decade of this century" (2000-2009): a part of a century, counted as TimeML counts the century (1900-1999); not
# the half or the quarter of the publication's year
_PART_OF_CENTURY = re.compile(
    r"^(?:(?:in|during|over|throughout|for|of)\s+)?(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|last|final|latter|closing|opening)\s+(half|quarter|decade)\s+of\s+(.+\bcentury|the\s+1\d00s)$"
)
_CENTURY_PART_YEARS = {"half": 50, "quarter": 25, "decade": 10}


def part_of_century(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _PART_OF_CENTURY.match(s)
    if not m:
        return None
    whole = sub("this century" if m.group(3) == "the century" else m.group(3), ctx)
    if whole is None or whole.precision != "century":
        return None
    size = _CENTURY_PART_YEARS[m.group(2)]
    count = 100 // size
    n = count if m.group(1) in ("last", "final", "latter", "closing") else _NTH.get(m.group(1), 1)
    if n > count:
        return None
    y = whole.start.astimezone(ctx.zone).year + (n - 1) * size
    rule = f"a part of a century: its {m.group(1)} {m.group(2)} ({size} years)"
    return spans.days(date(y, 1, 1), date(y + size, 1, 1), ctx.zone, "decade" if size == 10 else "range", rule)


def _counted(word: str, today: date, years: int, ctx: Context) -> Interval:
    """ "the last decade", "this century": the calendar decade or century before, after or
    with the publication's; "the past decade": the ten years up to the publication."""
    name = "decade" if years == 10 else "century"
    if word == "past":
        rule = f"the past {name}: the {years} years to the publication"
        return spans.days(_years_back(today, years), today + timedelta(days=1), ctx.zone, name, rule)
    y = today.year // years * years + {"last": -years, "previous": -years, "next": years, "coming": years}.get(word, 0)
    return spans.days(date(y, 1, 1), date(y + years, 1, 1), ctx.zone, name, f"{name} counted from the publication's")


_PART_OF_WEEK = re.compile(
    r"\b(?:the\s+)?(end|start|beginning|middle)\s+of\s+(?:(the|next|last|the\s+following|the\s+previous)\s+)week\b"
    r"|\b(mid)[\s-]?week\b"
)
_WEEK_PARTS = {"start": (0, 2), "beginning": (0, 2), "middle": (2, 4), "mid": (2, 4), "end": (4, 7)}


def parts_of_week(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "the end of the week" (Friday to Sunday), "the start of next week" (Monday and
    Tuesday), "midweek" (Wednesday and Thursday): part of the publication's week, or of the
    next or last ("early this week", "the end of this week" stay the week, as TimeML annotates them.)"""
    z, today = ctx.zone, ctx.pub.date()
    m = _PART_OF_WEEK.search(s)
    if m:
        rel = " ".join((m.group(2) or "the").split())
        shift = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(rel, 0)
        first, after = _WEEK_PARTS[m.group(1) or m.group(3)]
        mon = spans.monday(today) + timedelta(weeks=shift)
        rule = "part of a week: Monday-Tuesday, Wednesday-Thursday, Friday-Sunday"
        return spans.days(mon + timedelta(days=first), mon + timedelta(days=after), z, "part of week", rule)
    return None


def seasons_decades_thirds(s: str, ctx: Context, sub: Sub) -> Interval | None:
    z, today = ctx.zone, ctx.pub.date()
    m = _THIRD_MONTH.search(s)
    if m:
        third = _third_word(m.group(1))
        rel, name, y = m.group(2), m.group(3), m.group(4)
        if name is None:  # "the end of the month", "early next month"
            shift = {"last": -1, "next": 1}.get(rel or "", 0)
            ms = spans.month_start(today.year, today.month + shift)
            return spans.month_third(ms.year, ms.month, third, z, "third of the month: 1-10, 11-20, 21-end")
        mo = MONTHS[name]
        if y:
            return spans.month_third(int(y), mo, third, z, "third of the month: 1-10, 11-20, 21-end")
        iv = spans.pick(lambda yy: spans.month(yy, mo, z), ctx, near_days=spans.NEAR_DAYS)
        return spans.month_third(iv.start.year, mo, third, z, "third of a month without year (1-10, 11-20, 21-end)")
    m = _THIRD_YEAR.search(s)
    if m:
        third = _third_word(m.group(1))
        if m.group(3):
            y = int(m.group(3))
        else:
            y = today.year + {"last": -1, "next": 1}.get(m.group(2), 0)
        if "end of" in m.group(1):
            if ctx.past and m.group(2) in ("the", "that") and today.month < 12:  # "since year-end": the last one
                return spans.month(y - 1, 12, z, "the end of the year, looking back: last December")
            return spans.month(y, 12, z, "the end of the year: December")
        return spans.year_third(y, third, z, "third of the year: Jan-Apr, May-Aug, Sep-Dec")
    m = _DECADE.search(s)
    if m and len(m.group(2)) == 2 and _AGE_DECADE.search(s):
        raise DateError(f"'{quote(s)}' is an age, not a decade: no date")
    if m and len(m.group(2)) == 2 and _LOW_UPPER.search(s):
        raise DateError(f"'{quote(s)}' is a temperature or an age (the low, the upper), not a decade: no date")
    if m:
        y = int(m.group(2))
        if y < 100:  # "the '70s", "80s": the most recent decade of that name begun, the present one once half over
            now = today.year // 10 * 10  # ("the last half of the '80s" in 1989: these; "the '20s" in 2024: 1920-29)
            y = now - (now % 100 - y) % 100
            y -= 100 if y == now and today.year - now < 5 else 0
            return spans.decade(
                y, z, "decade written with two digits: the most recent of that name (the present one once half over)"
            )
        if m.group(1):  # "the late 1970s": TimeML gives the decade (value 197, mod END)
            return spans.decade(y, z, "part of a decade: the decade, as TimeML annotates it")
        return spans.decade(y, z, "decade")
    m = _REL_DECADE.search(s)
    if m:  # "the last decade": the calendar decade before this one (TimeML); "the past decade": ten years to now
        return _counted(m.group(1), today, 10, ctx)
    m = _SEASON.search(s)
    if m and m.group(1) and re.search(r"\b" + MONTH_FULL + r"\s+$", s[: m.start()]):
        m = None  # "the February 2006 Winter Olympics": the month of that year, not a winter
    if m and m.group(3) == "fall" and not _FALL_SEASON.match(s):
        m = None  # "the fall of Baghdad", "a fall in prices", "the third successive fall": not autumn
    if m and _NAMED_SEASON.search(s):
        raise DateError(f"'{quote(s)}' names an event, not a season the calendar places: give the date it was")
    if m:
        rel, name, y = m.group(2), m.group(3), m.group(4) or m.group(1)  # "winter 1968", "the 1968 winter"
        if m.group(5):  # "summer this year", "spring next year": that year's, as "summer 2013" is
            y = str(today.year + {"last": -1, "next": 1}.get(m.group(5), 0))
        side = "southern" if ctx.south else "northern"
        rule = f"season ({side} hemisphere, meteorological)"
        if y:
            if (
                name == "winter"
                and not ctx.south
                and re.search(r"\bwinter\s+(?:olympics|games|paralympics|olympiad)\b", s)
            ):
                # "the 2014 Winter Olympics" (February 2014): the winter that ends in that year
                return spans.season(
                    int(y) - 1, name, z, ctx.south, rule + "; Winter Games: the winter ending that year"
                )
            return spans.season(int(y), name, z, ctx.south, rule)
        found = [spans.season(yy, name, z, ctx.south) for yy in range(today.year - 2, today.year + 2)]
        pub = ctx.pub
        if rel in ("last", "past", "previous"):
            iv = [iv for iv in found if iv.end <= pub][-1]
        elif rel in ("next", "coming"):
            iv = [iv for iv in found if iv.start > pub][0]
        elif rel == "this" and ctx.forward:  # a plan: the one under way, else the coming one ("will reopen this
            # winter" in May: December to February after)
            iv = [iv for iv in found if iv.end > pub][0]
        elif rel == "this":  # the one under way, else of those in this calendar year the nearer (TimeML's YYYY-SU):
            # "this summer" in January is the coming one, "this winter" in April the one just over
            year = [iv for iv in found if iv.start.year <= today.year <= (iv.end - timedelta(days=1)).year] or found
            iv = min(
                year,
                key=lambda iv: (0 if iv.start <= pub < iv.end else 1, min(abs(iv.start - pub), abs(iv.end - pub))),
            )
        elif ctx.forward:
            iv = [iv for iv in found if iv.end > pub][0]
        else:
            iv = [iv for iv in found if iv.start <= pub][-1]
        return replace(iv, rule=rule)
    m = _IN_THE_WEEK.search(s)
    if m:
        return sub(f"{m.group(1)} this {m.group(2)}", ctx)
    m = _FOLLOWING.search(s)
    if m:
        unit, back = m.group(2), m.group(1) != "following"
        if ctx.anchor is not None:
            base = ctx.anchor.start.astimezone(z).date()
            if unit == "week":
                mon = spans.monday(base) + timedelta(weeks=-1 if back else 1)
                return spans.days(mon, mon + timedelta(days=7), z, "week", "relative to the anchor event")
            if unit == "month":
                return spans.month(base.year, base.month + (-1 if back else 1), z, "relative to the anchor event")
            return spans.year(base.year + (-1 if back else 1), z, "relative to the anchor event")
        got = sub(("last " if back else "next ") + unit, ctx)
        return None if got is None else replace(got, rule=f"the {m.group(1)} {unit}: counted from publication")
    m = _THIS_TIME.search(s)
    if m:  # "this time last year", "this time next week": the publication's day a year (month, week) back or ahead
        way, unit = m.group(1) or "last", m.group(2) or m.group(3)
        d = _same_day_on(today, unit, -1 if way == "last" else 1)
        side = "back" if way == "last" else "ahead"
        return spans.day(d, z, rule=f"this time {way} {unit}: the same day a {unit} {side}")
    m = _SAME_LAST_YEAR.search(s)
    if m:  # "the same month last year": the publication's month (week, day) a year back
        back = _years_back(today, 1)
        rule = f"the same {m.group(1)} last year"
        if m.group(1) == "month":
            return spans.month(back.year, back.month, z, rule)
        if m.group(1) == "week":
            mon = spans.monday(back)
            return spans.days(mon, mon + timedelta(days=7), z, "week", rule)
        return spans.day(back, z, rule=rule)
    m = _AGO_UNIT.search(s)
    if m:
        unit = m.group(1)
        if unit == "year" and ctx.anchor is None and (ctx.results or _RESULTS_WORDS.search(s)):
            q = _latest_done_quarter(ctx) - 4  # "from $1.86 a year ago": the same quarter, a year back
            return spans.quarter(q // 4, q % 4 + 1, z, "a year ago in results copy: the same quarter a year back")
        if ctx.anchor is not None:
            base = ctx.anchor.start.astimezone(z).date()
            rule = "a year/month/week before the anchor event"
        else:
            base, rule = today, "a year/month/week before the publication: that day"
        if unit == "week":
            return spans.day(base - timedelta(days=7), z, rule=rule)
        if unit == "month" and ctx.anchor is None and m.group(2) == "ago":  # "a month ago": that month
            return spans.month(today.year, today.month - 1, z, "a month ago: the month before the publication's")
        if unit == "month":
            ms = spans.month_start(base.year, base.month - 1)
            return spans.day(ms.replace(day=min(base.day, spans.days_in_month(ms.year, ms.month))), z, rule=rule)
        d = base.replace(year=base.year - 1) if not (base.month == 2 and base.day == 29) else date(base.year - 1, 2, 28)
        return spans.day(d, z, rule=rule)
    if re.search(r"\bthe\s+(?:previous|prior|preceding)\s+year\b", s):
        return spans.year(today.year - 1, z, "the previous year")
    return None


__all__ = [
    "Sub",
    "centuries",
    "date_range",
    "from_day",
    "weekend_of",
    "parts_of_week",
    "quarters",
    "relative_to_event",
    "seasons_decades_thirds",
    "since",
    "until",
    "MONTH_ANY",
    "WD",
    "month_no",
]
