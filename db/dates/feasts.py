"""Seasons and feasts of several days, and their parts, as wire copy writes them: "Lent", "Holy Week", "Golden Week",
"the Tet holiday", "the Hajj" (spans of days a maintained library places: dateutil's Easter, ``holidays``' Japanese,
Vietnamese and Saudi calendars); "the close of Ramadan", "the last days of Ramadan", "the first week of Ramadan",
"mid-Ramadan", "the start of Lent" (the part of such a span the words name); "Eid" alone in the month around one of the
two feasts (that one); and the feasts no library places ("Obon", "Navratri", "Durga Puja"), refused with a reason.
Each rule takes normalized words and a :class:`Context` and gives an :class:`Interval` or None, as in ``rules``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from . import spans
from .model import Context, DateError, Interval, quote
from .rules import Sub
from .words import WD, WEEKDAYS

_YEAR = r"(?:\s+(?:of\s+)?(1[89]\d\d|20\d\d|21\d\d))?"


def _not_in_calendars(s: str, what: str) -> DateError:
    """The words name a feast the calendars here do not place in that year ("Golden Week 1800", "Ramadan 2199")."""
    return DateError(f"'{quote(s)}': {what.split(' (')[0]} is not in the calendars here for that year: give its dates")


def _easter(y: int) -> date:
    from dateutil.easter import EASTER_WESTERN, easter

    return easter(y, EASTER_WESTERN)


def _lent(y: int) -> tuple[date, date] | None:
    """Ash Wednesday to Holy Saturday (dateutil's Easter less 46 days, to Easter)."""
    return _easter(y) - timedelta(days=46), _easter(y)


def _holy_week(y: int) -> tuple[date, date] | None:
    """Palm Sunday to Holy Saturday (dateutil's Easter less 7 days, to Easter)."""
    return _easter(y) - timedelta(days=7), _easter(y)


def _days_named(country: str, y: int, name: str) -> list[date]:
    import holidays

    return sorted(
        d
        for d, names in holidays.country_holidays(country, years=y).items()
        if any(name in n for n in names.split("; "))
    )


def _run(days: list[date], around: date) -> tuple[date, date]:
    """The days next to each other in ``days`` that hold ``around``: first, and the day after the last."""
    first = last = around
    while first - timedelta(days=1) in days:
        first -= timedelta(days=1)
    while last + timedelta(days=1) in days:
        last += timedelta(days=1)
    return first, last + timedelta(days=1)


def _golden_week(y: int) -> tuple[date, date] | None:
    """Japan's holidays from Showa Day (29 April) to Children's Day (5 May), with its substitute holiday (holidays JP)."""
    import holidays

    cal = holidays.country_holidays("JP", years=y)
    showa = next((d for d, n in cal.items() if "Showa Day" in n), None)
    children = next((d for d, n in cal.items() if "Children's Day" in n), None)
    if showa is None or children is None:
        return None
    last = children
    while last + timedelta(days=1) in cal and last + timedelta(days=1) <= date(y, 5, 7):
        last += timedelta(days=1)
    return showa, last + timedelta(days=1)


def _tet_holiday(y: int) -> tuple[date, date] | None:
    """Vietnam's days off around the Lunar New Year (holidays VN: its eve and the days counted from it)."""
    import holidays

    cal = holidays.country_holidays("VN", years=y)
    day = next((d for d, n in cal.items() if "Lunar New Year" in n.split("; ")), None)
    return None if day is None else _run(_days_named("VN", y, "Lunar New Year"), day)


def _hajj(y: int) -> tuple[date, date] | None:
    """The days of the pilgrimage, 8 to 13 Dhu al-Hijjah: from the day before the Day of Arafah (holidays SA) for six."""
    arafah = next(iter(_days_named("SA", y, "Day of Arafah")), None)
    return None if arafah is None else (arafah - timedelta(days=1), arafah + timedelta(days=5))


# phrase -> (rule, the span of a year: first day, day after the last)
_SPANS: list[tuple[re.Pattern, str, Callable[[int], tuple[date, date] | None]]] = [
    (
        re.compile(r"\b(?:the\s+)?holy\s+week\b|\bsemana\s+santa\b"),
        "Holy Week (dateutil.easter: Palm Sunday to Holy Saturday)",
        _holy_week,
    ),
    (
        re.compile(r"\b(?:the\s+)?(?:season\s+of\s+)?lent(?:en\s+season)?\b"),
        "Lent (dateutil.easter: Ash Wednesday to Holy Saturday)",
        _lent,
    ),
    (
        re.compile(r"\b(?:the\s+)?golden\s+week(?:\s+(?:holidays?|holiday\s+period|break))?\b"),
        "Golden Week (holidays: JP, Showa Day to Children's Day)",
        _golden_week,
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?:(?:week[\s-]long|\w+[\s-]day|official|annual|long)\s+)?"
            # nineteenth pass: VnExpress, Xinhua and AFP gloss it in brackets: "the Tet (Lunar New Year) holiday",
            # "the Lunar New Year (Tet) holidays" (the brackets are gone after normalizing)
            r"(?:tet\s+lunar\s+new\s+year|lunar\s+new\s+year\s+tet|tet|lunar\s+new\s+year)\s+"
            r"(?:holidays?|break|holiday\s+period|vacation)\b"
        ),
        "the Tet holiday (holidays: VN, its days off around the Lunar New Year)",
        _tet_holiday,
    ),
    (
        re.compile(r"\b(?:the\s+)?(?:annual\s+)?(?:hajj|haj)(?:\s+(?:pilgrimage|season))?\b"),
        "the Hajj (holidays: SA, from the day before the Day of Arafah: 8-13 Dhu al-Hijjah)",
        _hajj,
    ),
]
# "last year's Hajj", "Golden Week last year", "the Hajj of 2023": that year's
_SPAN_WORDS = re.compile(
    r"^(?:(?:in|during|over|throughout|for|at|ahead\s+of|before|after|until|till|since|by)\s+)?"
    r"(?:(?P<before>this|last|next)\s+year\s+s\s+|this\s+|last\s+|next\s+)?(?P<name>.+?)"
    r"(?:\s+(?:of\s+)?(?P<year>1[89]\d\d|20\d\d|21\d\d)|\s+(?P<after>this|last|next)\s+year)?$"
)
_YEAR_OFFSET = {"this": 0, "last": -1, "next": 1}


def named_span(s: str, ctx: Context, sub: Sub) -> Interval | None:
    """ "Lent", "during Holy Week", "the Golden Week holidays", "the Tet holiday", "the Hajj": the span's days, the year
    chosen as a named day's is (the most recent begun in a report, the next looking ahead)."""
    m = _SPAN_WORDS.match(s)
    if m is None:
        return None
    for rx, rule, span_of in _SPANS:
        if not rx.fullmatch(m.group("name")):
            continue

        def make(
            y: int, span_of: Callable[[int], tuple[date, date] | None] = span_of, rule: str = rule, z=ctx.zone
        ) -> Interval | None:
            try:
                got = span_of(y)
            except (KeyError, NotImplementedError, ValueError):
                return None
            return None if got is None else spans.days(got[0], got[1], z, "range", rule)

        lead = s[: m.start("name")]
        of_year = m.group("before") or m.group("after")
        if m.group("year"):
            iv = make(int(m.group("year")))
        elif of_year:
            iv = make(ctx.pub.year + _YEAR_OFFSET[of_year])
        elif re.search(r"\blast\b", lead):
            iv = spans.pick(make, replace(ctx, past=True, forward=False))
        elif re.search(r"\bnext\b|ahead of|until|till|before", lead):
            iv = spans.pick(make, replace(ctx, forward=True))
        else:
            iv = spans.pick(make, ctx)
        if iv is None:
            raise _not_in_calendars(s, rule)
        if re.match(r"since\b", lead):
            return None  # "since Lent": the rules of since read the span alone
        return iv  # "after Golden Week", as "after Christmas" is read: the span it names
    return None


# the part of a season or feast of days the words name: "the start of Lent" (its first day), "the close of Ramadan",
# "the last days of Ramadan" (its last ten days, as "the end of Ramadan" is), "the first days of Ramadan" (its first
# ten), "mid-Ramadan" (its middle ten), "the first week of Ramadan" (its first seven days, not the calendar week)
_PART = re.compile(
    r"^(?:(?:in|during|at|near|towards?|around|over)\s+)?(?:the\s+)?(?:very\s+)?(?P<w>start|beginning|onset|dawn|"
    r"first\s+days|opening\s+days|early\s+days|first\s+week|opening\s+week|end|close|closing\s+days|last\s+days|"
    r"final\s+days|dying\s+days|closing\s+stages|last\s+week|final\s+week|closing\s+week|middle|midpoint|mid\s+point|"
    r"halfway\s+point|height)\s+of\s+(?P<x>.+)$|^(?:(?:in|during|by|around)\s+)?mid\s+(?P<mid>.+)$"
)
_FEAST_NAME = re.compile(
    r"(?:(?:this\s+|last\s+|next\s+|the\s+)?(?:(?:holy|muslim|islamic|fasting)\s+)*(?:month\s+of\s+)?"
    r"(?:ramadan|ramazan|ramzan|ramadhan)|(?:the\s+)?(?:season\s+of\s+)?lent|(?:the\s+)?holy\s+week|"
    r"(?:the\s+)?golden\s+week|(?:the\s+)?(?:tet(?:\s+lunar\s+new\s+year)?|lunar\s+new\s+year(?:\s+tet)?)\s+(?:holidays?|break)|(?:the\s+)?(?:hajj|haj)"
    r"(?:\s+(?:pilgrimage|season))?|hanukkah|hanukah|chanukah)" + _YEAR
)
_FIRST = ("start", "beginning", "onset", "dawn")
_EARLY = ("first days", "opening days", "early days")
_LATE = ("end", "close", "closing days", "last days", "final days", "dying days", "closing stages")
_WEEK = {"first week": 1, "opening week": 1, "last week": -1, "final week": -1, "closing week": -1}


def part_of_feast(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _PART.match(s)
    if m is None:
        return None
    which, words = ("middle", m.group("mid")) if m.group("mid") else (" ".join(m.group("w").split()), m.group("x"))
    if not _FEAST_NAME.fullmatch(words):
        return None
    whole = _read_or_none(words, ctx, sub)
    if whole is None or whole.precision != "range":
        raise _not_in_calendars(s, words)
    z = ctx.zone
    first, after = whole.start.astimezone(z).date(), whole.end.astimezone(z).date()
    n = (after - first).days
    rule = f"the {which} of {whole.rule}"
    if which in _FIRST:
        return spans.day(first, z, rule=f"{rule}: its first day")
    if which in _WEEK:  # nineteenth pass: Hanukkah's eight days have a first week (before: the calendar week)
        if n < 8:
            return None
        start = first if _WEEK[which] > 0 else after - timedelta(days=7)
        return spans.days(start, start + timedelta(days=7), z, "range", f"{rule}: its seven days")
    if n <= 20 and which in ("end", "close"):  # "the end of Hanukkah": a feast of days ends on its last
        return spans.day(after - timedelta(days=1), z, rule=f"{rule}: its last day")
    if n <= 20:
        return None
    if n > 31:  # "the end of Lent": liturgy and copy disagree where a long season's end begins
        raise DateError(
            f"'{quote(s)}': the {which} of a season of {n} days is no part a calendar places (only a month-long "
            "feast's thirds are read): give the dates"
        )
    if which in _EARLY:
        return spans.days(first, first + timedelta(days=10), z, "range", f"{rule}: its first ten days")
    if which in _LATE:
        return spans.days(after - timedelta(days=10), after, z, "range", f"{rule}: its last ten days")
    # the middle, mid-Ramadan, its height: the ten days between the first and the last ten
    return spans.days(first + timedelta(days=10), after - timedelta(days=10), z, "range", f"{rule}: its middle days")


# "Eid" alone names two feasts a year; in the season that leads to one of them copy means that one: "on the eve of
# Eid" in a story from the fast is Eid al-Fitr's (from the first day of Ramadan to Eid's third day), and from the first
# of Dhu al-Hijjah (nine days before the Day of Arafah) to Eid al-Adha's fourth day, Eid al-Adha; elsewhere refused
_EID = re.compile(
    r"^(?:(?:on|after|before|during|for|since|until|ahead\s+of|over)\s+)?(?:the\s+)?eid(?:\s+(?:holidays?|festival|"
    r"celebrations?|break|prayers))?$"
)


def _read_or_none(words: str, ctx: Context, sub: Sub) -> Interval | None:
    try:
        return sub(words, ctx)
    except DateError:
        return None


def _eid_of_the_season(ctx: Context, sub: Sub) -> tuple[str, bool] | None:
    """Which Eid the publication's season names, and whether it is still to come; None outside both seasons."""
    pub = ctx.pub
    fast = _read_or_none("ramadan", ctx, sub)
    if fast is not None and fast.start <= pub < fast.end + timedelta(days=3):
        return "eid al fitr", pub < fast.end
    for ahead in (True, False):
        adha = _read_or_none("eid al adha", replace(ctx, forward=ahead, past=not ahead), sub)
        if adha is not None and adha.start - timedelta(days=10) <= pub < adha.start + timedelta(days=4):
            return "eid al adha", pub < adha.start
    return None


def bare_eid(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = re.search(r"\beid\b", s)
    if not _EID.match(s) or m is None:
        return None
    season = _eid_of_the_season(ctx, sub)
    if season is not None:
        name, ahead = season
        got = sub(s[: m.start()] + name + s[m.end() :], replace(ctx, forward=ahead, past=not ahead))
        if got is not None:
            return replace(got, rule=f"Eid alone, in the season of {name}: that one; {got.rule}")
    raise DateError(f"'{quote(s)}' names two feasts a year, Eid al-Fitr and Eid al-Adha: say which")


# feasts of the lunisolar calendars that ``holidays`` does not place in any country's calendar: refused with a reason,
# not read as something else ("Obon" was dateparser's guess of nothing; "the Bon festival")
_UNPLACED = re.compile(
    r"\b(obon|o\s+bon|bon\s+festival|navratri|navaratri|durga\s+puja|durgotsav|chhath\s+puja\s+week|chuseok\s+week)\b"
)


def unplaced_feast(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _UNPLACED.search(s)
    if m is None:
        return None
    raise DateError(
        f"'{quote(s)}' names {m.group(1).title()}, which no maintained calendar here places (holidays has no such day "
        "for any country): give its dates"
    )


# "the last Friday of Ramadan" (the Jumu'atul-Wida prayers at al-Aqsa), "the third Friday of the holy month": that
# weekday counted within the feast's days (before: the whole month)
_NTH_WEEKDAY_OF = re.compile(
    r"^(?:(?:on|since|until|before|after|by)\s+)?(?:the\s+)?(first|second|third|fourth|fifth|last|final)\s+("
    + WD
    + r")\s+"
    r"(?:of|in)\s+(.+)$"
)
_NTHS = ("first", "second", "third", "fourth", "fifth")


def nth_weekday_of_feast(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _NTH_WEEKDAY_OF.match(s)
    if m is None or not _FEAST_NAME.fullmatch(m.group(3)):
        return None
    whole = _read_or_none(m.group(3), ctx, sub)
    if whole is None or whole.precision != "range":
        raise _not_in_calendars(s, m.group(3))
    z = ctx.zone
    first, after = whole.start.astimezone(z).date(), whole.end.astimezone(z).date()
    found = [first + timedelta(days=i) for i in range((after - first).days)]
    found = [d for d in found if d.weekday() == WEEKDAYS[m.group(2)]]
    n = -1 if m.group(1) in ("last", "final") else _NTHS.index(m.group(1))
    if not -len(found) <= n < len(found):
        raise DateError(f"'{quote(s)}': {whole.rule.split(' (')[0]} has no {m.group(1)} {m.group(2).title()}")
    day = found[n]
    got = spans.day(day, z, rule=f"the {m.group(1)} {m.group(2).title()} of {whole.rule}")
    lead = re.match(r"(since|until|before|after|by)\s", s)
    return None if lead else got


# South Asian copy's "Chand Raat" (the night the Shawwal moon is sighted): the night before Eid al-Fitr
_CHAND_RAAT = re.compile(r"^(?:(?:on|during|for|ahead\s+of|before)\s+)?(?:the\s+)?(?:cha+nd|chan)\s+raat$")


def chand_raat(s: str, ctx: Context, sub: Sub) -> Interval | None:
    if not _CHAND_RAAT.match(s):
        return None
    got = sub("the night before eid al fitr", replace(ctx, forward=ctx.forward or s.startswith(("ahead", "before"))))
    return None if got is None else replace(got, rule=f"Chand Raat: the night before Eid al-Fitr ({got.rule})")


# nineteenth pass: the Sabbath as copy from Jerusalem and about Jewish communities writes it ("over Shabbat", "on
# Shabbat", "the Sabbath", "last Shabbat"): a span by the weekday, from Friday's evening (18:00, the hour about which
# candles are lit; the sunset of the place is not known) to the end of Saturday (nightfall, the day's end), precision
# "range". Which one: the Friday the weekday rules give ("on Friday" in a report, "next Friday" looking ahead), so a
# Saturday story's "on Shabbat" is today's; "Shabbat" alone in the middle of a sentence of a Christian "Sabbath" is
# the same weekend's Saturday and Sunday no reader would choose between, and stays this reading.
_SHABBAT = re.compile(
    r"^(?:(?:on|over|during|for|since|until|till|before|after|ahead\s+of|through|throughout|by)\s+)?"
    r"(?:(?P<rel>this|last|next|the\s+coming|the\s+last|the\s+past)\s+)?(?:the\s+)?(?:jewish\s+)?"
    r"(?:shabbat|shabbos|sabbath|shabbath)(?:\s+(?:day|weekend))?$"
)


def shabbat(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _SHABBAT.match(s)
    if m is None:
        return None
    lead = s.split()[0]
    if lead in ("since", "until", "till", "before", "after", "by"):
        return None  # the rules of since and until read the span alone
    rel = (m.group("rel") or "").replace("the coming", "next").replace("the last", "last").replace("the past", "last")
    ahead = ctx.forward or rel == "next" or lead == "ahead"
    friday = sub(f"{rel} friday".strip(), replace(ctx, forward=ahead) if ahead else ctx)
    if friday is None or friday.precision != "day":
        return None
    d = friday.start.astimezone(ctx.zone).date()
    rule = f"Shabbat: Friday 18:00 to the end of Saturday ({friday.rule})"
    return Interval(spans.at(d, ctx.zone, 18), spans.at(d + timedelta(days=2), ctx.zone), "range", rule)
