"""Spans wire copy names loosely: "in the new year", "the holiday season", "the end of the
decade", "Tuesday or Wednesday night"; and the words that only another event places ("that
year", "earlier in the day", "in the following days"), refused without one. Each rule takes
normalized words and a :class:`Context` and gives an :class:`Interval` or None, as in ``rules``."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import spans
from .model import Context, Interval
from .named import _christmas, _holiday
from .rules import Sub, needs_anchor, part_of
from .words import WD, number

# "in the new year", "early in the new year": the year about to begin (the one just begun in a
# January or February story); not the holiday ("the new year holiday", "new year's eve", "cards for
# the New Year", "during the new year festival")
# "at the start of the new year", "by the beginning of the new year": its first third, as "early in the new year"
_NEW_YEAR = re.compile(
    r"\b(?:(?:(early|late)\s+)?(?:in|into)|(?:(?:at|by|from|around|until|till)\s+)?the\s+(start|beginning)\s+of)"
    r"\s+the\s+new\s+year\b"
    r"(?!\s*(?:s\b|eve|day|holiday|celebration|festival|party|message|address|greeting))"
)


def new_year(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _NEW_YEAR.search(s)
    if not m:
        return None
    y = ctx.pub.year + (0 if ctx.pub.month <= 2 else 1)
    part = m.group(1) or ("early" if m.group(2) else None)
    if part and re.search(r"\s(?:or|and|to|through|until|till)\s", s[: m.start()] + " "):
        # nineteenth pass: Reuters, AP "by the end of the year or early in the new year": the range over both sides,
        # the new year's part read in its place (before: its first third alone)
        got = sub(s[: m.start()] + f"{part} {y}" + s[m.end() :], ctx)
        if got is not None and got.precision == "range":
            return replace(got, rule=f"the new year: {y}; {got.rule}")
    if part:
        got = sub(f"{part} {y}", ctx)
        return replace(got, rule=f"the new year: {y}; {got.rule}") if got else None
    return spans.year(y, ctx.zone, "the new year: the year about to begin (in January-February, the one begun)")


# "the holiday season": from (US) Thanksgiving to New Year's Day, as US retail and travel copy means it
_HOLIDAY_SEASON = re.compile(
    r"\b(?:(this|last|next|past|coming|the)\s+(?:(?:year|year\s+s)\s+)?)?(?:christmas\s+)?holiday(?:\s+shopping)?\s+season\b"
)


def holiday_season(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _HOLIDAY_SEASON.search(s)
    if not m:
        return None

    def of(y: int) -> Interval | None:
        first = _holiday("US", y, "Thanksgiving")
        if first is None:
            return None
        rule = "the holiday season: Thanksgiving (holidays: US) to New Year's Day"
        return spans.days(first, date(y + 1, 1, 2), ctx.zone, "range", rule)

    rel, pub = m.group(1), ctx.pub
    found = [iv for y in range(pub.year - 2, pub.year + 2) if (iv := of(y)) is not None]
    if rel in ("last", "past"):
        return [iv for iv in found if iv.end <= pub][-1]
    if rel in ("next", "coming"):
        return [iv for iv in found if iv.start > pub][0]
    return spans.pick(of, ctx)


# the days of Christmas as British, Irish and Australian copy (and AP's "over the holidays") says them: "over Christmas"
# the three days, Christmas Eve to Boxing Day; "the Christmas period", "the festive period", "over the festive
# season", "the Christmas break", "over the holidays" (said from November to January) the days off to the new year,
# Christmas Eve to New Year's Day. Where Christmas is 7 January (Moscow, Belgrade), the Eve to 8 January, and the
# new year's holidays from 1 January to Christmas
_OVER_CHRISTMAS = re.compile(
    r"^(?:(?:over|across|during|throughout)\s+)(?:the\s+)?(this|last|next|past|coming)?\s*(?:christmas|xmas)$"
)
_CHRISTMAS_PERIOD = re.compile(
    r"^(?:(?:over|across|during|throughout|for|in|into|before|after|until|by|since|from)\s+)?(?:the\s+)?"
    r"(?:(this|last|next|past|coming)\s+(?:year\s+s\s+)?)?"
    r"(?:(?:christmas|xmas)(?:\s+and\s+new\s+year)?|festive)\s+(?:period|holidays?|break|season|fortnight)$"
    r"|^(?:(?:over|during|throughout|for|in|into|before|after|until|by)\s+)?the\s+(holidays)$"
)


def christmas_period(s: str, ctx: Context, sub: Sub) -> Interval | None:
    three = _OVER_CHRISTMAS.match(s)
    m = three or _CHRISTMAS_PERIOD.match(s)
    if not m:
        return None
    if m.group(m.lastindex or 1) == "holidays" and ctx.pub.month not in (11, 12, 1):
        return None  # "over the holidays" in July is a summer's
    rule, christmas = _christmas(ctx.country)

    def of(y: int) -> Interval | None:
        day = christmas(y)
        if day is None:
            return None
        if three:  # the Eve, the day, the day after
            return spans.days(day - timedelta(days=1), day + timedelta(days=2), ctx.zone, "range", what)
        if day.month == 1:  # Christmas on 7 January: the new year's holidays, from New Year's Day to it
            return spans.days(date(day.year, 1, 1), day + timedelta(days=1), ctx.zone, "range", what)
        return spans.days(day - timedelta(days=1), date(y + 1, 1, 2), ctx.zone, "range", what)

    what = (
        "over Christmas: its Eve to the day after" if three else "the Christmas period: to or from New Year's Day"
    ) + (f"; {rule}")
    rel, pub = m.group(1), ctx.pub
    found = [iv for y in range(pub.year - 2, pub.year + 2) if (iv := of(y)) is not None]
    if rel in ("last", "past"):
        return [iv for iv in found if iv.end <= pub][-1]
    if rel in ("next", "coming"):
        return [iv for iv in found if iv.start > pub][0]
    return spans.pick(of, ctx)


# "the end of the decade": its last year, as the end of the year is December; the end of the
# century its last decade; "the beginning of the decade" its first year
_END_OF = re.compile(r"\b(?:the\s+)?(end|close|turn|beginning|start)\s+of\s+(the|this|next|last)\s+(decade|century)\b")


def end_of_decade(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _END_OF.search(s)
    if not m:
        return None
    size = 10 if m.group(3) == "decade" else 100
    first = ctx.pub.year // size * size + {"next": size, "last": -size}.get(m.group(2), 0)
    if m.group(1) in ("beginning", "start"):
        if size == 10:
            return spans.year(first, ctx.zone, "the beginning of the decade: its first year")
        return spans.decade(first, ctx.zone, "the beginning of the century: its first decade")
    if size == 10:
        return spans.year(
            first + 9, ctx.zone, "the end of the decade: its last year (as the end of a year is December)"
        )
    return spans.decade(first + 90, ctx.zone, "the end of the century: its last decade")


# "Tuesday or Wednesday night": either night, so both
_TWO_NIGHTS = re.compile(r"\b(" + WD + r")\s+(?:or|and)\s+(" + WD + r")\s+(morning|afternoon|evening|night)\b")


# "Sunday afternoon or evening", "Monday morning or afternoon" (PAGASA-based and NWS-based copy): both parts of that
# one day, the day said once (the second part was read alone, on the publication's day: a week's span)
_ONE_DAY_TWO_PARTS = re.compile(
    r"\b(" + WD + r")\s+(morning|afternoon|evening|night)\s+(or|and|to|into)\s+(morning|afternoon|evening|night)\b"
)


def either_part_of_day(s: str, ctx: Context, sub: Sub) -> Interval | None:
    one = _ONE_DAY_TWO_PARTS.search(s)
    if one:
        day, first, joint, second = one.groups()
        return sub(f"{s[: one.start()]}{day} {first} {joint} {day} {second}{s[one.end() :]}", ctx)
    m = _TWO_NIGHTS.search(s)
    if not m:
        return None
    part = m.group(3)
    a = sub(s[: m.start()] + f"{m.group(1)} {part}" + s[m.end() :], ctx)
    b = sub(s[: m.start()] + f"{m.group(2)} {part}" + s[m.end() :], ctx)
    if a is None or b is None:
        return None
    week = timedelta(days=7)
    if b.start < a.start and ctx.forward:  # "will arrive Tuesday or Wednesday night" on a Wednesday: next week's
        b = replace(b, start=b.start + week, end=b.end + week)
    elif b.start < a.start:  # looking back: the first night the week before the second
        a = replace(a, start=a.start - week, end=a.end - week)
    return Interval(a.start, b.end, "range", f"either {part}, so both: {a.rule}")


# "into the weekend" (weather desks' "rain will linger into the weekend", AP's "protests stretched into the weekend"):
# the weekend a spell runs on to; looking ahead, or from a Thursday to a Sunday (a spell under way), this one; told
# from a Monday to a Wednesday, the last
_INTO_WEEKEND = re.compile(r"^(?:well\s+|on\s+)?into\s+(?:the\s+)?weekend$")


def into_weekend(s: str, ctx: Context, sub: Sub) -> Interval | None:
    if not _INTO_WEEKEND.match(s):
        return None
    this = ctx.forward or ctx.pub.weekday() >= 3
    got = sub("this weekend" if this else "the weekend", ctx)
    return None if got is None else replace(got, rule=f"into the weekend: the one a spell runs on to; {got.rule}")


# Words only another event places: "that year", "the same week", "earlier in the day", "in the
# following days" (issue 12, class 9); a day, a range or a unit of the anchor when there is one
_ANAPHORA = re.compile(
    r"\b(?:(that|the\s+same)\s+(week|month|year)(?!\s+(?:of|in|ago|last|this|next|a\s+year|earlier|before|after)\b)"
    r"|(earlier|later)\s+(?:in\s+)?the\s+(day|evening|morning|afternoon)|(?:during|in|throughout)\s+the\s+(day)$"
    r"|(?:in\s+|over\s+|during\s+|for\s+)?the\s+(following|ensuing|subsequent)\s+(?:(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|few|\d+)\s+)?(days|weeks|months|years))\b"
)


def anaphora(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _ANAPHORA.search(s)
    if not m:
        return None
    a = ctx.anchor
    if a is None and m.group(6) == "following" and ctx.forward:
        # "In the following five years, we will take measures" (Xinhua): looking ahead, the next five years
        n = re.search(r"\b(two|three|four|five|six|seven|eight|nine|ten|few|\d+)\s+\w+$", m.group(0))
        got = sub(f"the next {n.group(1) if n else 'few'} {m.group(7)}", ctx)
        if got is not None:
            return replace(got, rule=f"the following N units, looking ahead: {got.rule}")
    if a is None:
        raise needs_anchor(s)
    z, first = ctx.zone, a.start.astimezone(ctx.zone).date()
    rule = "relative to the anchor event"
    if m.group(2) == "year":
        return spans.year(first.year, z, rule)
    if m.group(2) == "month":
        return spans.month(first.year, first.month, z, rule)
    if m.group(2) == "week":
        mon = spans.monday(first)
        return spans.days(mon, mon + timedelta(days=7), z, "week", rule)
    if m.group(4) and m.group(4) != "day":  # "later in the afternoon", "earlier in the morning": that part of its day
        return part_of(first, m.group(4), z, rule + ": that part of its day")
    if m.group(4) or m.group(5):
        return spans.day(first, z, rule=rule)
    n = re.search(r"\b(two|three|four|five|six|seven|eight|nine|ten|few|\d+)\s+\w+$", m.group(0))
    if n:  # "the following two weeks": that many after the anchor (a few is three)
        count = 3 if n.group(1) == "few" else number(n.group(1))
        unit = {"days": timedelta(days=1), "weeks": timedelta(weeks=1), "months": timedelta(days=31)}.get(
            m.group(7), timedelta(days=365)
        )
        return Interval(a.end, a.end + count * unit, "range", rule + ": in the following N days/weeks/months")
    span = timedelta(days={"days": 7, "weeks": 31, "months": 92}.get(m.group(7), 3 * 365))
    return Interval(a.end, a.end + span, "range", rule + ": in the following days/weeks")
