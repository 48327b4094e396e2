"""Days wire copy places by another day or unit: "a week ago Friday", "a year ago this month",
"the week before Christmas", "the first weekend of December", "the 15th", "the turn of the
century"; "the year before" (another event's); and what the calendar cannot place, refused with
a reason: a sport's or trade's season ("this season", "last season"), an event's weekday ("Super
Tuesday", "Black Monday"). Each rule takes normalized words and a :class:`Context` and gives an
:class:`Interval` or None, as in ``rules``."""

from __future__ import annotations

import calendar
import dataclasses
import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from . import spans
from .model import Context, DateError, Interval, quote
from .rules import Sub, month_days, needs_anchor
from .words import MONTH_ANY, NUM, ORDINALS, WD, WEEKDAYS, month_no, number

_SHIFT = {"week": lambda n: relativedelta(weeks=n), "month": lambda n: relativedelta(months=n)}
_SHIFT["year"] = lambda n: relativedelta(years=n)

# "a week ago Friday" (AP): the Friday a week before the last one; "two weeks ago Sunday", "a year ago
# today", "a year ago this month" (that month, a year back), "a year ago this week"
_AGO_FROM = re.compile(
    r"\b(" + NUM + r")\s+(week|month|year)s?\s+ago\s+(?:(last|this\s+past|on)\s+)?"
    r"(today|yesterday|" + WD + r"|this\s+(?:week|month|spring|summer|autumn|fall|winter))\b"
)


def _read(text: str, ctx: Context, sub: Sub) -> Interval | None:
    """What ``text`` (the words a phrase is counted from) names, or None when the
    resolver reads nothing there (a phrase that is no date of this kind)."""
    try:
        return sub(text, ctx)
    except DateError:
        return None


def ago_from_day(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _AGO_FROM.search(s)
    if not m:
        return None
    back = _SHIFT[m.group(2)](-number(m.group(1)))
    today, z, what = ctx.pub.date(), ctx.zone, m.group(4)
    rule = f"N {m.group(2)}s ago + a day or unit: the last {what} (or this), {m.group(1)} {m.group(2)}(s) back"
    if what == "this month":
        first = today.replace(day=1) + back
        return spans.month(first.year, first.month, z, rule)
    if what.startswith("this ") and what[5:] in spans.SEASONS:  # "25 years ago this summer": that summer
        season = _read(what, ctx, sub)
        if season is None or m.group(2) != "year":
            return None
        first = season.start.astimezone(z).date()
        return spans.season(first.year - number(m.group(1)), what[5:], z, ctx.south, rule)
    if what == "this week":
        mon = spans.monday(today + back)
        return spans.days(mon, mon + timedelta(days=7), z, "week", rule)
    if what in ("today", "yesterday"):
        base = today - timedelta(days=1 if what == "yesterday" else 0)
    else:  # the weekday as a report names it: the most recent (the publication's own is that day, but "last
        # Monday" said on a Monday is the one before, as "a week last Monday" is a week before that one)
        base = today - timedelta(days=(today.weekday() - WEEKDAYS[what]) % 7 or (7 if m.group(3) == "last" else 0))
    return spans.day(base + back, z, rule=rule)


# "the week before Christmas", "the month after the Nov. 3 vote": the seven days (a month) before the
# day named, or after it; bare ("the year before", "the month after") another event's
_UNIT_BEFORE = re.compile(
    r"^(?:(?:in|during|over|for)\s+)?the\s+(week|month|year|decade)\s+(before|after|earlier|later)$"
)
_UNIT_BEFORE_X = re.compile(
    r"^(?:(?:in|during|over|for)\s+)?the\s+(week|month)\s+(before|after|preceding|following)\s+(.+)$"
)


def unit_before(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _UNIT_BEFORE.match(s)
    if m:
        a = ctx.anchor
        if a is None:
            raise needs_anchor(s)
        unit, sign = m.group(1), -1 if m.group(2) in ("before", "earlier") else 1
        first = a.start.astimezone(ctx.zone).date()
        rule = f"the {unit} {m.group(2)}: relative to the anchor event"
        if unit == "week":
            mon = spans.monday(first) + timedelta(weeks=sign)
            return spans.days(mon, mon + timedelta(days=7), ctx.zone, "week", rule)
        if unit == "month":
            ms = spans.month_start(first.year, first.month + sign)
            return spans.month(ms.year, ms.month, ctx.zone, rule)
        if unit == "year":
            return spans.year(first.year + sign, ctx.zone, rule)
        return spans.decade(first.year // 10 * 10 + 10 * sign, ctx.zone, rule)
    m = _UNIT_BEFORE_X.match(s)
    if not m:
        return None
    iv = _read(m.group(3), ctx, sub)
    if iv is None or iv.precision not in ("day", "weekend") and not iv.rule.startswith(("Hanukkah", "Ramadan")):
        return None
    z, size = ctx.zone, m.group(1)
    rule = f"the {size} {m.group(2)} a day: the {'seven days' if size == 'week' else 'month'} next to it"
    if m.group(2) in ("before", "preceding"):
        last = iv.start.astimezone(z).date()
        first = last - (timedelta(days=7) if size == "week" else relativedelta(months=1))
        return spans.days(first, last, z, size, rule)
    first = iv.end.astimezone(z).date()
    return spans.days(first, first + (timedelta(days=7) if size == "week" else relativedelta(months=1)), z, size, rule)


# "the first weekend of December", "the last weekend in November": the Nth (or last) Saturday of the
# month and the Sunday after it; "the last Friday of May", "the first Monday in October", "the second
# Tuesday of next month" (AP, Reuters: a meeting's or a holiday's rule): the Nth (or last) such weekday
_NTH_WEEKEND = re.compile(
    r"\b(?:the\s+)?(first|second|third|fourth|fifth|last|final)\s+(weekend|" + WD + r")\s+(?:of|in)\s+(.+)$"
)
_FIFTH = {"fifth": 5} | ORDINALS


def nth_weekend(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _NTH_WEEKEND.search(s)
    if not m:
        return None
    last = m.group(1) in ("last", "final")
    month = month_days("this month" if m.group(3) == "the month" else m.group(3), ctx, sub) or _end_month_of_year(
        m.group(3), last, ctx, sub
    )
    if month is None:
        return None
    first, after = month
    weekend = m.group(2) == "weekend"
    wd = 5 if weekend else WEEKDAYS[m.group(2)]
    if last:
        end = after - timedelta(days=1)
        day = end - timedelta(days=(end.weekday() - wd) % 7)
    else:
        day = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (_FIFTH[m.group(1)] - 1))
        if day >= after:  # "the fifth Monday of February": there is none
            raise DateError(f"there is no {m.group(1)} {m.group(2)} in that month: '{quote(s)}'")
    if not weekend:
        return spans.day(day, ctx.zone, rule="the nth weekday of a month: its nth (or last) such day")
    rule = "the nth weekend of a month: its nth (or last) Saturday and the Sunday after"
    return spans.days(day, day + timedelta(days=2), ctx.zone, "weekend", rule)


def _end_month_of_year(words: str, last: bool, ctx: Context, sub: Sub) -> tuple[date, date] | None:
    """ "the first weekend of the year", "the last Friday of 2024": January (December) of the year the words name."""
    year = _read("this year" if words == "the year" else words, ctx, sub)
    if year is None or year.precision != "year":
        return None
    y = year.start.astimezone(ctx.zone).year
    return (date(y, 12, 1), date(y + 1, 1, 1)) if last else (date(y, 1, 1), date(y, 2, 1))


# "the last trading day of 2024", "the first business day of the month", "the first working day of the year": the
# first (last) weekday of it that is no holiday: for trading, the calendar of the exchange of the story's country
# (the NYSE's in a US story or one of no known country), else the country's public holidays (``holidays``)
# the exchange a story's country trades on, for its trading days (``holidays``' exchange calendars): Tokyo's closes 31
# December to 3 January, Frankfurt's Xetra on 24 and 31 December, Seoul's on 31 December, days no public calendar has
_EXCHANGE = {
    "US": "XNYS",
    "GB": "XLON",
    "JP": "XJPX",
    "DE": "XETR",
    "FR": "XPAR",
    "NL": "XAMS",
    "BE": "XBRU",
    "IT": "XMIL",
    "PT": "XLIS",
    "IE": "XDUB",
    "NO": "XOSL",
    "GR": "XATH",
    "ES": "XMAD",
    "CH": "XSWX",
    "PL": "XWAR",
    "TR": "XIST",
    "HK": "XHKG",
    "KR": "XKRX",
    "CN": "XSHG",
    "TW": "XTAI",
    "SG": "XSES",
    "IN": "XNSE",
    "PK": "XKAR",
    "SA": "XSAU",
    "AU": "XASX",
    "NZ": "XNZE",
    "CA": "XTSE",
    "BR": "BVMF",
    "MX": "XMEX",
    "AR": "XBUE",
    "CO": "XBOG",
    "ZA": "XJSE",
}
_WORKING_DAY = re.compile(
    r"^(?:on\s+)?(?:the\s+)?(first|last|final)\s+(trading|business|working)\s+day\s+(?:of|in)\s+(.+)$"
)


def working_day(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _WORKING_DAY.match(s)
    if not m:
        return None
    import holidays  # (only here: importing it takes ~0.2 s, all of its countries with the first calendar)

    words = {"the year": "this year", "the month": "this month", "the week": "this week"}.get(m.group(3), m.group(3))
    words = "in the new year" if words == "the new year" else words
    whole = _read(words, ctx, sub)
    if whole is None or whole.precision not in ("year", "month", "quarter", "week"):
        return None
    first, after = whole.start.astimezone(ctx.zone).date(), whole.end.astimezone(ctx.zone).date()
    years = range(first.year, after.year + 1)
    exchange = _EXCHANGE.get(ctx.country or "US") if m.group(2) == "trading" else None
    if exchange:
        off, calendar = holidays.financial_holidays(exchange, years=years), exchange
    else:
        off, calendar = holidays.country_holidays(ctx.country or "US", years=years), ctx.country or "US"
    step = -1 if m.group(1) in ("last", "final") else 1
    day = after - timedelta(days=1) if step < 0 else first
    while first <= day < after:
        if day.weekday() < 5 and day not in off:
            rule = f"the {m.group(1)} {m.group(2)} day: a weekday that is no holiday (holidays: {calendar})"
            return spans.day(day, ctx.zone, rule=rule)
        day += timedelta(days=step)
    return None


# a market report's session with no day named (Reuters, AP, Bloomberg: "in early Asian trade", "at Wall Street's close",
# "in late European trading", "at the open", "in premarket trading"): the publication's day, the session it reports, as
# AP's "in midday trading Friday" is that Friday; a finer part is not read (exchanges open at other hours); in a morning
# wrap filed before the story's own market opens, its close is the last session's. "in the previous (prior) session":
# the trading day before the publication's, by the calendar of the story's exchange. Parts of the day ("in afternoon
# trading") and nights ("in overnight trading") keep their own readings
_MARKET_NAMES = (
    r"asian|european|u\s*s|american|london|tokyo|wall\s+street|new\s+york|hong\s+kong|sydney|shanghai|frankfurt|paris|"
    r"mumbai"
)
_MARKET = r"(?:(?:" + _MARKET_NAMES + r"|local|share|stock|futures|bond|currency|forex|oil|market)(?:\s+s)?\s+)*"
_SESSION = re.compile(
    r"^(?:(?:in|at|by|near|toward|towards|into|before|after|during|from|shortly\s+after|just\s+after|soon\s+after)\s+)?"
    r"(?:the\s+)?(?:(?:first|second|last|final)\s+(?:half|hour|minutes|\d+\s+minutes)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:early|late|mid|midday|thin|light|heavy|choppy|volatile|holiday[\s-]+thinned|after[\s-]*hours|"
    r"pre[\s-]*market|extended|final|opening|closing)\s+)*" + _MARKET + r"(?:trade|trading|dealings|close|open|"
    r"opening\s+bell|closing\s+bell|(?:close|end|start)\s+of\s+(?:the\s+)?(?:trade|trading|day\s+s\s+trade))$"
    r"|^(?:after|before)\s+the\s+(?:opening\s+|closing\s+)?bell$|^(?:in|during)\s+" + _MARKET + r"hours$"
    # a session only with its market named ("in the New York session"): parliament's "during the session" is none
    r"|^(?:in|during|at)\s+(?:the\s+)?(?:(?:early|late|mid|final)\s+)?" + _MARKET.replace(")*", ")+", 1) + r"session$"
)
# "in the year's final trading session", "the last trading session of the week": that trading day (a "session" alone
# may be parliament's)
_NTH_SESSION = re.compile(
    r"^(?:(?:in|on|at)\s+)?(?:the\s+)?(?:(year|week|month|quarter)\s+s\s+)?(first|last|final)\s+trading\s+"
    r"session(?:\s+(?:of|in)\s+(.+))?$"
)
_PREVIOUS_SESSION = re.compile(
    r"^(?:(?:in|at|from|since|on)\s+)?(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:trading\s+)?(?:session|trading\s+day)$"
)


def market_session(s: str, ctx: Context, sub: Sub) -> Interval | None:
    nth = _NTH_SESSION.match(s)
    if nth and (nth.group(1) or nth.group(3)):
        return working_day(f"the {nth.group(2)} trading day of {nth.group(3) or 'the ' + nth.group(1)}", ctx, sub)
    if _SESSION.match(s) and ctx.pub.hour < _OPENS and _OWN_CLOSE.search(s) and _own_market(s, ctx):
        # a morning wrap's "at the close", "in late trading", "after the bell" (the story's own market, filed before
        # it opens): the last session's
        return _trading_day_before(ctx, "a market's close told before the open: the last session's")
    if _SESSION.match(s) and not _own_market(s, ctx):
        return _their_session(s, ctx)
    if _SESSION.match(s):
        return spans.day(ctx.pub.date(), ctx.zone, rule="a market's session, no day named: the publication's day")
    if not _PREVIOUS_SESSION.match(s):
        return None
    return _trading_day_before(ctx, "the previous session: the trading day before the publication's")


_OPENS = 9  # before 09:00 local no session of the day has closed
_OWN_CLOSE = re.compile(r"\b(?:close|closing|late|after[\s-]*hours|end|bell)\b(?<!opening bell)")
_MARKET_NAMED = re.compile(r"\b(?:" + _MARKET_NAMES + r")\b")
# a market the story's country trades on, by the names copy gives it ("Wall Street" in a New York story)
# (and its region's: "in early Asian trading" in a Sydney or Tokyo story is the day's own session)
_OWN_MARKET = {
    "US": r"u\s*s|american|wall\s+street|new\s+york",
    "GB": "london|european",
    "JP": "tokyo|asian",
    "AU": "sydney|asian",
    "NZ": "asian",
    "HK": r"hong\s+kong|asian",
    "CN": "shanghai|asian",
    "SG": "asian",
    "DE": "frankfurt|european",
    "FR": "paris|european",
    "IN": "mumbai",
}


def _own_market(s: str, ctx: Context) -> bool:
    """Whether the market the words name, if any, is the story's own ("at the close", "at Wall Street's close" in a New
    York story), not one that closes in another zone ("in late Asian trade")."""
    named = _MARKET_NAMED.findall(s)
    own = _OWN_MARKET.get(ctx.country or "US")
    return not named or (own is not None and all(re.fullmatch(own, n) for n in named))


# where a market named in copy trades: its zone and its exchange's calendar (holidays' financial calendars)
_MARKET_PLACE = {
    "u s": ("America/New_York", "XNYS"),
    "us": ("America/New_York", "XNYS"),
    "american": ("America/New_York", "XNYS"),
    "wall street": ("America/New_York", "XNYS"),
    "new york": ("America/New_York", "XNYS"),
    "london": ("Europe/London", "XLON"),
    "european": ("Europe/London", "XLON"),
    "frankfurt": ("Europe/Berlin", "XETR"),
    "paris": ("Europe/Paris", "XPAR"),
    "tokyo": ("Asia/Tokyo", "XJPX"),
    "asian": ("Asia/Tokyo", "XJPX"),
    "hong kong": ("Asia/Hong_Kong", ""),
    "shanghai": ("Asia/Shanghai", ""),
    "sydney": ("Australia/Sydney", "XASX"),
    "mumbai": ("Asia/Kolkata", "XNSE"),
}
_OPENING = re.compile(r"\b(?:open|opening|pre[\s-]*market|start)\b")


def _their_session(s: str, ctx: Context) -> Interval:
    """Another zone's market with no day named ("at Wall Street's close" in a Sydney or London morning wrap, "in late
    Asian trade" in a New York evening story): the session it last held by its own clock (the day it trades now, or
    the trading day before when it has not opened; its open and premarket trading the coming one), given as that day
    in the story's calendar."""
    import holidays

    name = " ".join(_MARKET_NAMED.findall(s)[0].split())
    zone_name, exchange = _MARKET_PLACE.get(name, ("", ""))
    if not zone_name:
        return spans.day(ctx.pub.date(), ctx.zone, rule="a market's session, no day named: the publication's day")
    there = ctx.pub.astimezone(ZoneInfo(zone_name))
    day = there.date()
    off = holidays.financial_holidays(exchange, years=(day.year - 1, day.year, day.year + 1)) if exchange else {}
    opening = bool(_OPENING.search(s)) and not _OWN_CLOSE.search(s)
    if there.hour < _OPENS and not opening:
        day -= timedelta(days=1)
    step = 1 if opening else -1
    while day.weekday() >= 5 or day in off:
        day += timedelta(days=step)
    rule = f"another zone's market ({zone_name}), no day named: the session it last held by its clock"
    return spans.day(day, ctx.zone, rule=f"{rule} (holidays: {exchange or 'weekends only'})")


def _trading_day_before(ctx: Context, why: str) -> Interval:
    """The trading day before the publication's, on the calendar of the story's exchange (weekends and its holidays)."""
    import holidays

    exchange = _EXCHANGE.get(ctx.country or "US")
    day = ctx.pub.date() - timedelta(days=1)
    off = holidays.financial_holidays(exchange, years=(day.year - 1, day.year)) if exchange else {}
    while day.weekday() >= 5 or day in off:
        day -= timedelta(days=1)
    return spans.day(day, ctx.zone, rule=f"{why} (holidays: {exchange or 'weekends only'})")


# "on the 15th", "the 1st": the day of the publication's month (the next month's, looking ahead past it)
# (Indian court copy's "the 15th instant": this month's)
_DAY_OF_MONTH = re.compile(r"^(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+(?:instant|inst))?$")


def day_of_month(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _DAY_OF_MONTH.match(s)
    if not m:
        return None
    n, today = int(m.group(1)), ctx.pub.date()
    if not 1 <= n <= 31:
        return None
    y, mo = today.year, today.month
    if ctx.forward and n < today.day:
        nxt = spans.month_start(y, mo + 1)
        y, mo = nxt.year, nxt.month
    if n > spans.days_in_month(y, mo):
        return None
    rule = "day of the month alone: the publication's month" + (" (looking ahead: the next)" if ctx.forward else "")
    return spans.day(date(y, mo, n), ctx.zone, rule=rule)


# "the turn of the century": the last year of one and the first of the next, nearest the publication
# (TimeML counts the 20th century as 1900-1999); "the turn of the year": December and January
_TURN = re.compile(r"\b(?:the\s+)?turn\s+of\s+(?:the|this)\s+(century|millennium|year)\b")


def turn_of(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _TURN.search(s)
    if not m:
        return None
    z, pub = ctx.zone, ctx.pub
    if m.group(1) == "year":
        y = pub.year if pub.month >= 7 else pub.year - 1
        return spans.days(date(y, 12, 1), date(y + 1, 2, 1), z, "range", "the turn of the year: December and January")
    size = 100 if m.group(1) == "century" else 1000
    y = (pub.year + size // 2) // size * size
    rule = f"the turn of the {m.group(1)}: the last year of one and the first of the next, nearest the publication"
    return spans.days(date(y - 1, 1, 1), date(y + 1, 1, 1), z, "range", rule)


# a season of a sport or trade ("this season", "last season", "the end of the season", "in 12 seasons",
# "the rainy season", "the tourist season"): which months depends on the sport, the league, the place
_SEASON = re.compile(r"\bseasons?\b")
_CALENDAR_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter|holiday|\d{4}\s*[-/]\s*\d{2,4})\b")


def sports_season(s: str, ctx: Context, sub: Sub) -> Interval | None:
    if not _SEASON.search(s) or _CALENDAR_SEASON.search(s):
        return None
    raise DateError(
        f"'{quote(s)}' is a season of a sport, trade or climate, not of the calendar: "
        "its months depend on which, so give the dates it spans"
    )


# an event's name with a weekday in it: not the weekday a report means ("Super Tuesday", "Black Monday")
_EVENT_WEEKDAY = re.compile(r"\b(?:super|bloody|black|selection|super\s+bowl)\s+(?!friday\b)(" + WD + r")\b")


def event_weekday(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _EVENT_WEEKDAY.search(s)
    if not m:
        return None
    raise DateError(f"'{quote(s)}' names an event, not a day the calendar places: give the date it was (or will be)")


# "on the fourth day", "the second day", "on the final day", "on the day": of an event (a visit, a
# trial, a tournament) another record places
_NTH_DAY = re.compile(
    r"^(?:(?:on|for|after|by|in|during)\s+)?(?:the\s+)?(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|final|opening|closing|\d{1,3}(?:st|nd|rd|th))\s+)?(day|week|night|morning)$"
    r"|^on\s+the\s+(last)\s+(day)$"
)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def nth_day_of_event(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _NTH_DAY.match(s)
    if m and m.group(3):  # "on the last day" (of an event; "in the last day" is the past 24 hours)
        word, unit = "final", "day"
    elif not m or (m.group(1) is None and (m.group(2) != "day" or not s.split()[-2:-1] == ["the"])):
        return None  # "the week", "day" alone are lengths of time
    else:
        word, unit = m.group(1) or "first", m.group(2)
    a = ctx.anchor
    if a is None:
        raise needs_anchor(s)
    z = ctx.zone
    if word in ("final", "closing"):
        d = (a.end - timedelta(microseconds=1)).astimezone(z).date()
        return spans.day(d, z, rule="the final day: the anchor event's last day")
    n = _ORDINAL_WORDS.index(word) + 1 if word in _ORDINAL_WORDS else 1 if word == "opening" else int(word[:-2])
    first = a.start.astimezone(z).date()
    rule = f"the nth {unit}: counted from the anchor event's first day"
    if unit == "week":
        start = first + timedelta(weeks=n - 1)
        return spans.days(start, start + timedelta(days=7), z, "week", rule)
    d = first + timedelta(days=n - 1)
    if unit == "day":
        return spans.day(d, z, rule=rule)
    if unit == "night":
        return Interval(spans.at(d, z, 20), spans.at(d + timedelta(days=1), z, 6), "night", rule)
    return Interval(spans.at(d, z, 6), spans.at(d, z, 12), "morning", rule)


# "will be built within five years": looking ahead (the words before it, or status=planned), the N units
# from the publication, as "within the next five years"; else a length of time (refused as one)
_WITHIN = re.compile(r"^within\s+(?:the\s+)?(" + NUM + r")\s+(hour|day|week|month|year|decade)s?$")


def within_ahead(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _WITHIN.match(s)
    if not m or not ctx.forward:
        return None
    n = number(m.group(1))
    got = sub(f"within the next {n} {m.group(2)}s", ctx)
    if got is None:
        return None
    return Interval(got.start, got.end, got.precision, f"within N units, looking ahead: {got.rule}")


# "the Friday before Christmas", "the Monday after Easter", "the weekend before the Nov. 3 vote": the
# nearest such day (weekend) on the named day's side
_WEEKDAY_BEFORE = re.compile(r"^(?:(?:on|over|during)\s+)?the\s+(" + WD + r"|weekend)\s+(before|after)\s+(.+)$")


def weekday_before(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _WEEKDAY_BEFORE.match(s)
    if not m:
        return None
    iv = _read(m.group(3), ctx, sub)
    if iv is None or iv.precision != "day":
        return None
    z, day = ctx.zone, iv.start.astimezone(ctx.zone).date()
    wd = 5 if m.group(1) == "weekend" else WEEKDAYS[m.group(1)]
    if m.group(2) == "before":
        d = day - timedelta(days=(day.weekday() - wd - 1) % 7 + 1)
    else:
        d = day + timedelta(days=(wd - day.weekday() - 1) % 7 + 1)
    rule = f"the {m.group(1)} {m.group(2)} a day: the nearest on that side"
    if m.group(1) == "weekend":
        return spans.days(d, d + timedelta(days=2), z, "weekend", rule)
    return spans.day(d, z, rule=rule)


# Xinhua: "24 to 27 of this month", "the 15th of next month": days of the month named by its place
_DAYS_OF_MONTH = re.compile(
    r"^(?:(?:on|from|between|during)\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|to|and|through|until|till)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?)?\s+of\s+(this|next|last|the)\s+month$"
)


def days_of_month(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _DAYS_OF_MONTH.match(s)
    if not m:
        return None
    today = ctx.pub.date()
    ms = spans.month_start(today.year, today.month + {"next": 1, "last": -1}.get(m.group(3), 0))
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    if not 1 <= first <= last <= spans.days_in_month(ms.year, ms.month):
        return None
    rule = f"day(s) of {m.group(3)} month"
    if first == last:
        return spans.day(ms.replace(day=first), ctx.zone, rule=rule)
    return spans.days(ms.replace(day=first), ms.replace(day=last) + timedelta(days=1), ctx.zone, "range", rule)


# "the fifth day of May", "the 10th day of the month", "the 100th day of the year": that day of it
_NTH_DAY_OF = re.compile(
    r"^(?:(?:on|by|until)\s+)?the\s+(" + "|".join(_ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th))\s+day\s+of\s+(.+)$"
)


_FEAST_RULE = re.compile(
    r"\(holidays: [A-Z]{2}|^Eid alone|^(?:Tet|Lunar New Year|Chinese New Year|Eid al-|Diwali|Christmas)"
)


def nth_day_of(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _NTH_DAY_OF.match(s)
    if not m or s.startswith(("by", "until")):
        return None
    word, rest = m.group(1), {"the month": "this month", "the year": "this year"}.get(m.group(2), m.group(2))
    n = _ORDINAL_WORDS.index(word) + 1 if word in _ORDINAL_WORDS else int(word[:-2])
    iv = _read(rest, ctx, sub)
    if iv is None and not re.search(r"\d", rest):  # "the second day of the visit": of another event
        a = ctx.anchor
        if a is None:
            raise needs_anchor(s)
        d = a.start.astimezone(ctx.zone).date() + timedelta(days=n - 1)
        return spans.day(d, ctx.zone, rule="the nth day of an event: counted from the anchor event's first day")
    # a feast's day counted on from it ("the third day of Tet", "the second day of Eid al-Fitr", Kyodo's and VnExpress's
    # "the fourth day of the Lunar New Year"): its first day and on, within the ten days such feasts are kept
    feast_day = iv is not None and iv.precision == "day" and bool(_FEAST_RULE.search(iv.rule)) and 1 <= n <= 10
    if (
        iv is None
        or iv.precision not in ("month", "year", "quarter")
        and not iv.rule.startswith(("Ramadan", "Hanukkah"))
        and not feast_day
    ):
        return None
    if n == 1 and iv.rule.startswith("Ramadan"):
        return None  # "the first day of Ramadan": a named day of its own (holidays)
    first = iv.start.astimezone(ctx.zone).date()
    d = first + timedelta(days=n - 1)
    if n < 1 or (spans.at(d, ctx.zone) >= iv.end and not feast_day):
        return None
    if feast_day:
        return spans.day(d, ctx.zone, rule=f"the nth day of a feast: counted on from its first ({iv.rule})")
    return spans.day(
        d,
        ctx.zone,
        rule=f"the nth day of a {iv.rule.split(' (')[0] if iv.precision == 'range' else iv.precision}: its day",
    )


# "in the days before", "months before", "weeks earlier": the few units before the event they follow
_UNITS_BEFORE = re.compile(
    r"^(?:in\s+|during\s+|over\s+)?(?:the\s+)?(days|weeks|months|years)\s+(?:before|earlier|prior)$"
)


def units_before(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _UNITS_BEFORE.match(s)
    if not m:
        return None
    a = ctx.anchor
    if a is None:
        raise needs_anchor(s)
    span = timedelta(days={"days": 7, "weeks": 31, "months": 92}.get(m.group(1), 3 * 365))  # a few: three
    return Interval(a.start - span, a.start, "range", "relative to the anchor event: in the days/weeks before it")


# "the 12th week of the year", "the first week of 2025": its days 7(n-1)+1 to 7n, as "the second week of
# November" is its 8th to 14th (before: the week of 1 January)
_NTH_WEEK_OF_YEAR = re.compile(
    r"^(?:(?:in|during|by|from)\s+)?(?:the\s+)?("
    + "|".join(_ORDINAL_WORDS)
    + r"|last|final|\d{1,2}(?:st|nd|rd|th))\s+week\s+of\s+(.+)$"
)


def nth_week_of_year(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _NTH_WEEK_OF_YEAR.match(s)
    if not m:
        return None
    rest = {"the year": "this year"}.get(m.group(2), m.group(2))
    iv = _read(rest, ctx, sub)
    if iv is None or iv.precision != "year":
        return None
    word, after = m.group(1), iv.end.astimezone(ctx.zone).date()
    rule = "the nth week of a year: its days"
    if word in ("last", "final"):  # "the last week of the year": its last seven days
        return spans.days(after - timedelta(days=7), after, ctx.zone, "week", rule)
    n = _ORDINAL_WORDS.index(word) + 1 if word in _ORDINAL_WORDS else int(word[:-2])
    first = iv.start.astimezone(ctx.zone).date() + timedelta(weeks=n - 1)
    if n < 1 or first >= after:
        raise DateError(f"'{quote(s)}': the year has no such week")
    return spans.days(first, min(first + timedelta(days=7), after), ctx.zone, "week", rule)


# what recurs names no one time: "every Sunday", "on Sundays", "each year", "twice a month", "daily"
_RECURRING = re.compile(
    r"^(?:on\s+)?(?:every|each)\s+(?:other\s+)?(?:" + WD + r"|day|week|weekend|month|year|morning|evening|night)$"
    r"|^(?:on\s+|at\s+)?(?:" + WD + r")s(?:\s+and\s+(?:" + WD + r")s)?$|^(?:at\s+)?weekends$"
    r"|^(?:once|twice|three\s+times|several\s+times)\s+(?:a|per|every)\s+(?:day|week|month|year)$"
    r"|^(?:daily|weekly|monthly|yearly|annually|nightly|hourly|fortnightly|biweekly|quarterly)$"
)


def recurring(s: str, ctx: Context, sub: Sub) -> Interval | None:
    if not _RECURRING.match(s):
        return None
    raise DateError(f"'{quote(s)}' names a time that recurs, no one date: give the one meant")


# "three Sundays ago", "two weekends ago": the most recent such day (weekend) counted back
_N_DAYS_AGO = re.compile(r"^(" + NUM + r")\s+(" + WD + r"|weekend)s\s+ago$")


def weekdays_ago(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _N_DAYS_AGO.match(s)
    if not m:
        return None
    n, today, z = number(m.group(1)), ctx.pub.date(), ctx.zone
    if m.group(2) == "weekend":  # one weekend ago is the last one over (or under way)
        sat = today - timedelta(days=(today.weekday() - 5) % 7) - timedelta(weeks=n - 1)
        return spans.days(sat, sat + timedelta(days=2), z, "weekend", "N weekends ago: counted back from the last")
    back = (today.weekday() - WEEKDAYS[m.group(2)]) % 7 or 7  # "ago": today's weekday is not one ago
    d = today - timedelta(days=back) - timedelta(weeks=n - 1)
    return spans.day(d, z, rule="N weekdays ago: the most recent, counted back")


# "on the eve of Yom Kippur", "Thanksgiving eve", "Lunar New Year's Eve", "the eve of Victory Day", "on the eve of
# Tuesday's vote": the day before the day named (Christmas Eve and New Year's Eve are days of their own); the eve
# of what the calendar does not place ("on the eve of the summit") is refused, saying so
_EVE_OF = re.compile(r"^(?:(?:on|in|at)\s+)?(?:the\s+)?eve\s+of\s+(?:the\s+)?(.+)$")
_NAMED_EVE = re.compile(r"^(?:(?:on|in|at)\s+)?(?:the\s+)?(.+?)(?:\s+s)?\s+eve$")
_OWN_EVE = re.compile(r"^(?:the\s+)?(?:christmas|new\s+year|new\s+years|all\s+hallows|hallows)$")


def eve_of(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _EVE_OF.match(s) or _NAMED_EVE.match(s)
    if not m or _OWN_EVE.match(m.group(1)):
        return None
    iv = _read(m.group(1), ctx, sub)
    if iv is None or iv.precision not in ("day", "range") or iv.end - iv.start > timedelta(days=31):
        if m.re is _EVE_OF:
            raise DateError(
                f"'{quote(s)}' is the day before another event ('{quote(m.group(1))}'), not a date the calendar "
                "places: give that event's date"
            )
        return None
    first = iv.start.astimezone(ctx.zone).date()
    return spans.day(first - timedelta(days=1), ctx.zone, rule=f"the eve of a day: the day before ({iv.rule})")


# a date written in numbers with slashes: day first ("05/11/2024" is 5 November in a London, Paris, Delhi or Sydney
# story), month first where the story's country writes it so (the US) or is not known (as dateparser reads it); where
# only one order makes a date ("25/12/2024", "12/25/2024") that one
_NUMERIC_DATE = re.compile(r"^(?:on\s+)?(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")
_MONTH_FIRST = ("", "US", "PH", "FM", "PW", "MH")


def _numeric_day(a: int, b: int, y: int, ctx: Context) -> tuple[date, str] | None:
    """The day "a/b/y" names in the story's country's order (the other where only it makes a date), and the order."""
    month_first = ctx.country in _MONTH_FIRST
    orders = [(b, a), (a, b)] if month_first else [(a, b), (b, a)]
    for day, month in orders:
        if 1 <= month <= 12 and 1 <= day <= spans.days_in_month(y, month):
            first = "month first" if (month, day) == (a, b) and (a != b or month_first) else "day first"
            return date(y, month, day), first
    return None


WEEKDAY_NAMES = {name[:3]: name for name in WEEKDAYS}

# a date in numbers with a clock or a part of the day ("On 24/4/2021 at about 0600hrs", Nigerian police statements;
# "on 05/11/2024 at 10.35pm", British police appeals): the clock on that day, not on the publication's
_NUMERIC_DATE_IN = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


# a day and month in numbers with no year ("on 3/6", "Monday 3/6", "Wed 5/6": PTI, ABC and AP listings): a date only
# where the words make it one (after "on" or a weekday), in the story's country's order, and then read as "on 3 June"
# (the most recent in a report, the coming one looking ahead or within 75 days); alone "3/6" may be a fraction, a score
# or a count ("won 3/6") and stays unread
_WD_SHORT = r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"  # "Mon 3/6" (normalize spells out "Wed." only)
_NUMERIC_NO_YEAR = re.compile(r"^((?:on\s+)?(?:(?:" + WD + r"|" + _WD_SHORT + r")\s+)?|on\s+)(\d{1,2})/(\d{1,2})$")


def _numeric_no_year(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _NUMERIC_NO_YEAR.match(s)
    if not m or not m.group(1).strip():
        return None
    found = _numeric_day(int(m.group(2)), int(m.group(3)), 2024, ctx)  # a leap year: 29/2 is a date
    if found is None:
        return None
    day, lead = found[0], m.group(1)
    short = re.search(r"\b(?:" + _WD_SHORT + r")\s+$", lead)
    if short:  # "mon" as the weekday it is
        lead = lead[: short.start()] + WEEKDAY_NAMES[short.group(0).strip()[:3]] + " "
    got = sub(f"{lead}{calendar.month_name[day.month].lower()} {day.day}", ctx)
    if got is None:
        return None
    return dataclasses.replace(
        got, rule=f"a date in numbers, {found[1]} ({ctx.country or 'country not known'}): {got.rule}"
    )


# a day, a month's abbreviation and a year with hyphens, as spreadsheets export dates ("11-Mar-15", "3-Jun-24",
# "11-Mar-2015": Excel's d-mmm-yy, a CSV's date column): that day; two digits are the year within the ninety before the
# publication's year and the ten after ("35" in 2024 is 1935, "34" is 2034), as "since '82" is read; with a clock
# ("3-Jun-24 14:30", "at 9 a.m. on 3-Jun-24") the clock on that day, read as "3 June 2024"
_DAY_MON_YEAR = re.compile(r"(?<![\w-])(\d{1,2})-(" + MONTH_ANY + r")-(\d{4}|\d{2})(?![\w-])")


def day_month_year_dashed(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _DAY_MON_YEAR.search(s)
    if not m:
        return None
    y = int(m.group(3)) if len(m.group(3)) == 4 else spans.full_year(int(m.group(3)), ctx.pub.year)
    month, day = month_no(m.group(2)), int(m.group(1))
    if not 1 <= day <= spans.days_in_month(y, month):
        raise DateError(f"there is no day {day} in that month: '{quote(s)}'")
    rule = "a date as spreadsheets write it (d-mmm-yy)"
    if re.fullmatch(r"(?:on\s+)?", s[: m.start()]) and not s[m.end() :].strip():
        return spans.day(date(y, month, day), ctx.zone, rule=f"{rule}: that day")
    got = sub(f"{s[: m.start()]}{day} {calendar.month_name[month].lower()} {y}{s[m.end() :]}", ctx)
    return None if got is None else dataclasses.replace(got, rule=f"{rule}: {got.rule}")


def numeric_date(s: str, ctx: Context, sub: Sub) -> Interval | None:
    got = _numeric_no_year(s, ctx, sub)
    if got is not None:
        return got
    m = _NUMERIC_DATE.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = spans.full_year(y, ctx.pub.year) if len(m.group(3)) == 2 else y
        found = _numeric_day(a, b, y, ctx)
        if found is None:
            return None
        rule = f"a date in numbers, {found[1]} ({ctx.country or 'country not known'})"
        return spans.day(found[0], ctx.zone, rule=rule)
    m = _NUMERIC_DATE_IN.search(s)
    if not m:
        return None
    found = _numeric_day(int(m.group(1)), int(m.group(2)), int(m.group(3)), ctx)
    if found is None:
        return None
    day = found[0]
    words = f"{s[: m.start()]}{day.day} {calendar.month_name[day.month].lower()} {day.year}{s[m.end() :]}"
    got = sub(words, ctx)
    if got is None or got.rule.startswith("a date in numbers"):
        return got
    return dataclasses.replace(
        got, rule=f"a date in numbers, {found[1]} ({ctx.country or 'country not known'}): {got.rule}"
    )
