"""The day words of news copy: relative days, weekdays, dates, clock times, parts of the
day, weeks, months and years. ``read`` turns normalized words into a :data:`Spec`
(what the words say, whatever the publication date); ``place`` puts a spec on the
calendar of one report (its publication moment, zone and direction)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from . import spans
from .model import Context, DateError, Interval
from .words import CLOCK_ZONES as _ZONES
from .words import MONTH_ANY, MONTH_FULL, MONTHS, NUM, WD, WEEKDAYS, month_no, number
from .words import NAMED_ZONES as _NAMED_ZONES
from .words import city_zones as _city_zone_table
from .words import zone_after as _zone_after

# --------------------------------------------------------------------------- what the words say


@dataclass(frozen=True)
class RelDay:
    """today + ``days``"""

    days: int


@dataclass(frozen=True)
class Weekday:
    weekday: int  # Monday = 0
    mode: str  # recent (as written, no word), last, next, this
    week: str | None = None  # a weekday placed in "last"/"this"/"next" week
    since: int | None = None  # "Wednesday night into Thursday": the first weekday (Monday = 0), which places the pair


@dataclass(frozen=True)
class OnDate:
    year: int | None
    month: int
    day: int
    weekday: int | None = None  # "Wednesday, Jan. 7": the weekday written with a date without year


DayAnchor = RelDay | Weekday | OnDate


@dataclass(frozen=True)
class Clock:
    hour: int
    minute: int
    approx: bool  # "about 3 p.m.": the hour
    zone: str | None  # "gmt", "edt", "local"... as written; None = the story's zone
    midnight: bool = False  # "midnight Friday": the end of that day
    side: str = ""  # "shortly before" / "just after" the time: "before", "after"; "" about it


@dataclass(frozen=True)
class AtClock:
    clock: Clock
    anchor: DayAnchor | None
    on_day: bool = False  # the weekday written after "on" ("after midnight on Sunday"): the day the time fell on


@dataclass(frozen=True)
class PartOfDay:
    part: str  # a key of PARTS
    anchor: DayAnchor


@dataclass(frozen=True)
class OnDay:
    anchor: DayAnchor


@dataclass(frozen=True)
class PastN:
    """ "in the past 24 hours": up to the publication; "over the next four years": from it"""

    n: int
    unit: str
    ahead: bool = False


@dataclass(frozen=True)
class Ago:
    n: int  # negative: back
    unit: str


@dataclass(frozen=True)
class NamedSpan:
    """this/last/next/earlier this/later this week, weekend, month, year"""

    unit: str
    rel: str


@dataclass(frozen=True)
class InMonth:
    month: int
    year: int | None
    rel: str


@dataclass(frozen=True)
class InYear:
    year: int


Spec = AtClock | PartOfDay | OnDay | PastN | Ago | NamedSpan | InMonth | InYear


# --------------------------------------------------------------------------- patterns

_TIME_AMPM = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b")
_TIME_24 = re.compile(r"(?<![\d:\-/])(\d{1,2}):(\d{2})(?![\d:])")
# not a market's stretch around noon ("in midday trading Friday", AP, in an entry timed 11:45 a.m.: the day)
_TIME_WORD = re.compile(r"\b(noon|midday|midnight)\b(?!\s+(?:trading|trade|session|deals|dealings)\b)")
_TIME_SAID = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s+(?:o\s*clock\s+)?in\s+the\s+(morning|afternoon|evening|night)\b"
)
# the zone words a wire clock time may carry ("0600 GMT", "1400 local"): for ranges of them ("0600-0800 GMT")
WIRE_ZONE = r"(?:" + "|".join(sorted(list(_ZONES) + list(_NAMED_ZONES), key=len, reverse=True)) + r"|local)"


_TIME_WIRE = re.compile(
    r"(?<![\d:\-/])([01]\d|2[0-3])([0-5]\d)(?=\s*\(?\s*(?:"
    + "|".join(list(_ZONES) + list(_NAMED_ZONES) + ["local", "hrs", "hours", "h"])
    + r")\b)"
)
# "hours" after four figures is a military or wire clock ("at 1000 hours", "1000 hours GMT") only where a clock
# stands: a count of hours ("worked 1000 hours", "after 1000 hours of talks", "more than 1,200 hours") is no time
_HOURS_UNIT = re.compile(
    r"\s*\(?\s*hours\b(?!\s*\(?\s*(?:" + "|".join(list(_ZONES) + list(_NAMED_ZONES)) + r"|local)\b)"
)
_HOURS_COUNTED = re.compile(
    r"^\s*hours\s+(?:of|a|an|per|each|every|in|on\s+end|over|across|worth|long|later|earlier|ago|before|after|from\s+now)\b"
)
_CLOCK_BEFORE = re.compile(
    r"(?:^|\b(?:at|by|from|until|till|(?<!\bup\s)to|between|and|before|after|since|or)|-)\s*"
    r"(?:(?:about|around|approximately|roughly|circa)\s+)?$"
)


_HRS = re.compile(r"\s*(?:hrs|hours)\b(?=\s*\(?\s*\w)")


def _hours_counted(s: str, m: re.Match) -> bool:
    """Whether a wire clock's "hours" is a count of hours, not the clock ("worked 1000 hours")."""
    after = s[m.end() :]
    if not _HOURS_UNIT.match(after):
        return False
    return bool(_HOURS_COUNTED.match(after)) or not _CLOCK_BEFORE.search(s[: m.start()])


_APPROX = re.compile(
    r"\b(?:about|around|approximately|roughly|circa|some time|sometime|shortly|just|soon|a little|"
    r"(?:just\s+|a\s+few\s+)?(?:minutes|moments|seconds))"
    r"(?:\s+(after|before))?(?:\s+at)?\s*$"
)
_AFTER = re.compile(r"\bafter\s*$")
_ISO_DATE = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")
_MD = re.compile(r"\b(" + MONTH_ANY + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:\s+(\d{4})(?![\w-]))?")
_DM = re.compile(r"(?<![\w-])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + MONTH_ANY + r")\b(?:\s+(\d{4})(?![\w-]))?")
_REL_DAY = re.compile(
    r"\b(?:the\s+)?day\s+before\s+yesterday\b|\b(?:the\s+)?day\s+after\s+tomorrow\b"
    r"|\byesterday\b|\btoday\b|\btomorrow\b|\btonight\b|\blast\s+night\b|\bthis\s+(?:morning|afternoon|evening)\b"
)
_WEEKDAY = re.compile(r"\b(?:(this\s+coming|coming|this|last|next|previous|past)\s+)?(" + WD + r")s?\b")
_COUNT_UNIT = r"(minute|hour|day|week|fortnight|month|year|decade|century|centurie)s?"
_AGO = re.compile(
    r"\b(" + NUM + r")\s+" + _COUNT_UNIT + r"\s+(ago|from\s+now|hence)\b"
    r"|\bin\s+(" + NUM + r")\s+" + _COUNT_UNIT + r"(?:\s+time)?\b"
)
# "the past three years", "over the next four years", "the last couple of months" ("the last two
# weeks of December" is a part of December: rules.parts_of_month)
_PAST_N = re.compile(
    r"\b(?:past|last|previous|(next|coming))\s+(" + NUM + r")\s+(hour|day|week|fortnight|month|year|decade)s?\b"
    r"(?!\s+(?:of|before|after|since)\b|\s+in\s+(?:" + MONTH_ANY + r"|\d{4})\b)"
)
_SPAN = re.compile(
    r"\b(earlier\s+this|later\s+this|this\s+coming|the\s+coming|the\s+previous|the\s+past|the\s+next|"
    r"this|last|next|past|previous|coming)\s+(week|weekend|month|year)\b"
    r"|\b(?:over|during|at|on|by|for)\s+the\s+(weekend)\b|^(?:the\s+)?(weekend)$"
    # a sports page's "the weekend's games", "in the weekend's Premier League matches": the weekend, as "the weekend"
    r"|^(?:(?:in|from|after|before|since|during|of)\s+)?the\s+(weekend)\s+s(?:\s+[a-z-]+){1,3}$"
)
# "over the next week" (Reuters: "little reprieve ... could be expected over the next week"), "within the next month",
# "in the next year": the unit counted from the publication, as "over the next four years" is (not next calendar week;
# bare "the next week" may be the week after another event's, and stays the calendar one)
_OVER_THE_NEXT = re.compile(r"(?:over|in|within|during|throughout)\s+the\s+next\s+(week|month|year)")
_IN_WEEK = re.compile(
    r"\b(earlier\s+this|later\s+this|this|last|next|the\s+previous|previous|the\s+following|following)\s+week\b"
    r"|\bweek\s+(?:before|after)\b"
)
_MONTH_WORD = re.compile(r"(?:\b(this|last|next)\s+)?\b(" + MONTH_FULL + r")\b(?:\s+(\d{4})(?![\w-]))?")
_ISO_MONTH = re.compile(r"(?<![\w-])(\d{4})-(0[1-9]|1[0-2])(?![\w-])")
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|of|until|till|through|during|early|mid|late|end|beginning|year|spring|summer|"
    r"autumn|fall|winter|from|before|after)[\s-]+$"
)
_YEAR = re.compile(r"(?<![\w\-/:.])(1[89]\d\d|20\d\d|21\d\d)(?![\w\-/:])")
# a year said as a modifier between a determiner and a noun ("in a 2009 interview", "the 2016 election", "her 1975
# album"), not a count or a street number ("the 2000 people", "a 2000 ton ship", "the 1900 block of Main Street")
_YEAR_MODIFIED = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your)\s+$")
_YEAR_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
_YEAR_PLURAL_EVENTS = frozenset({"olympics", "paralympics", "games", "midterms", "elections", "finals", "playoffs"})
_NOT_YEAR_NOUNS = frozenset(
    "block people percent per point points ton tonne pound mile meter metre kilometer kilometre yard foot feet acre "
    "hectare gallon barrel square cc horsepower hp rpm page word calorie room seat member gram kilogram kilo liter "
    "litre euro dollar yen rupee degree mph km kg ft lb".split()
)


# --------------------------------------------------------------------------- reading


# AFP's and Reuters' local day with the GMT time's own day after it: "late on Monday (0300 GMT Tuesday)" in a New York
# story, "early on Tuesday (2100 GMT Monday)" in a Tokyo one: the GMT clock and its weekday are the instant
_WIRE_CLOCK_DAY = re.compile(r"\b\d{3,4}\s*(?:gmt|utc)\s+(?:on\s+)?(?=" + WD + r"\b)")


def _weekday_anchor(s: str) -> tuple[Weekday | None, re.Match | None, bool]:
    """(anchor, match, joined): the weekday anchor or None; with two weekdays joined by
    into/to/until/and ("Friday into Saturday"), the latter and joined=True; with a wire clock's
    own weekday after it ("late on Monday 0300 gmt tuesday"), that one."""
    found = list(_WEEKDAY.finditer(s))
    if not found:
        return None, None, False
    wire = _WIRE_CLOCK_DAY.search(s)
    if wire and len(found) > 1:
        found = [m for m in found if m.start() == wire.end()] or found
    m, joined = found[0], False
    if len(found) > 1 and re.fullmatch(
        r"\s*(?:night\s+|overnight\s+)?(?:into|to|until|till|and)\s+(?:early\s+)?(?:on\s+)?",
        s[found[0].end() : found[1].start()],
    ):
        m, joined = found[1], True
    mode = (m.group(1) or "").replace("this coming", "coming")
    mode = {"": "recent", "previous": "last", "past": "last", "coming": "next"}.get(mode, mode)
    since = WEEKDAYS[found[0].group(2)] if joined and not found[0].group(1) else None
    return Weekday(WEEKDAYS[m.group(2)], mode, since=since), m, joined


def _date_anchor(s: str) -> tuple[OnDate | None, re.Match | None]:
    m = _ISO_DATE.search(s)
    if m:
        return OnDate(int(m.group(1)), int(m.group(2)), int(m.group(3))), m
    for rx, mi, di in ((_MD, 1, 2), (_DM, 2, 1)):
        m = rx.search(s)
        if m:
            y = int(m.group(3)) if m.group(3) else None
            return OnDate(y, month_no(m.group(mi)), int(m.group(di))), m
    return None, None


def explicit_date(s: str) -> bool:
    """Whether the words write out a day of a month ("July 14", "14 July", "2020-07-14")."""
    return _date_anchor(s)[0] is not None


def _rel_anchor(word: str) -> tuple[RelDay, str | None]:
    """The day of a relative word, and the part of the day it names."""
    if "before yesterday" in word:
        return RelDay(-2), None
    if "after tomorrow" in word:
        return RelDay(2), None
    if word == "yesterday":
        return RelDay(-1), None
    if word == "tomorrow":
        return RelDay(1), None
    if word == "tonight":
        return RelDay(0), "night_start"
    if word.startswith("last"):
        return RelDay(0), "night_end"
    if word.startswith("this"):
        return RelDay(0), word.split()[1]
    return RelDay(0), None


def _in_week(s: str) -> str | None:
    """ "on Friday last week", "Tuesday of next week": the week a weekday is in."""
    wk = _IN_WEEK.search(s)
    if not wk:
        return None
    g = (wk.group(1) or "").replace("the ", "")
    if not g:
        return "last" if "before" in wk.group(0) else "next"
    return {"previous": "last", "following": "next", "earlier this": "this", "later this": "this"}.get(g, g)


def _clock(s: str, has_day: bool, near: int | None = None) -> Clock | None:
    """The clock time of the words: when a day is named at ``near``, the one written next to it
    ("5:18 a.m. local time (2018 GMT Sunday)": Sunday is the GMT time's day); else the first that
    names a zone of its own ("at 9 a.m. (0600 GMT)", "16:30 local time (1330 GMT)": the story's
    zone may not be the dateline's, the GMT time is the instant either way); else the first written."""
    clocks = _clocks(s, has_day)
    if not clocks:
        return None
    if near is not None and len(clocks) > 1:
        return min(clocks, key=lambda c: min(abs(near - c[0]), abs(near - c[1])))[2]
    first = clocks[0][2]
    zoned = next((c for _, _, c in clocks if c.zone not in (None, "local")), first)
    if zoned is not first and first.approx and not zoned.approx:  # "around 10 p.m. local time (1900 GMT)"
        zoned = replace(zoned, approx=True, side=first.side)
    return zoned


def _clocks(s: str, has_day: bool) -> list[tuple[int, int, Clock]]:
    said = _TIME_SAID.search(s)
    if said:  # "4 in the morning", "8 in the evening"
        h, mi = int(said.group(1)), int(said.group(2) or 0)
        if 1 <= h <= 12 and mi < 60:
            pm = said.group(3) in ("afternoon", "evening") or (said.group(3) == "night" and h >= 6)
            return [
                (
                    said.start(),
                    said.end(),
                    Clock(h % 12 + (12 if pm else 0), mi, bool(_APPROX.search(s[: said.start()])), None),
                )
            ]
    clocks: list[tuple[int, int, Clock]] = []
    found = []
    for rx in (_TIME_WIRE, _TIME_AMPM, _TIME_24, _TIME_WORD):
        found += [(m.start(), rx, m) for m in rx.finditer(s)]
    for _, rx, m in sorted(found, key=lambda f: f[0]):
        midnight = False
        if rx is _TIME_WORD:
            h, mi = (0, 0) if m.group(1) == "midnight" else (12, 0)
            midnight = m.group(1) == "midnight" and has_day
        elif rx is _TIME_AMPM:
            h, mi = int(m.group(1)), int(m.group(2) or 0)
            if not 1 <= h <= 12 or mi > 59:
                continue
            h = h % 12 + (12 if m.group(3) == "pm" else 0)
        else:
            h, mi = int(m.group(1)), int(m.group(2))
            if h > 23 or mi > 59 or (rx is _TIME_WIRE and _hours_counted(s, m)):
                continue
        near = _APPROX.search(s[: m.start()])
        # "after midnight" with no "shortly": some time in the small hours that follow it (Reuters, Kyiv: "air defence
        # units were operating in the city after midnight on Wednesday")
        after = "after" if rx is _TIME_WORD and h == 0 and not near and _AFTER.search(s[: m.start()]) else ""
        unit = _HRS.match(s, m.end()) if rx is _TIME_WIRE else None  # "1000 hours GMT", "0600 hrs local time"
        at_zone = unit.end() if unit else m.end()
        z = _zone_after().match(s[at_zone:])
        zone = (
            None if not z else ("local" if z.group(1) else " ".join(z.group(2).split()) if z.group(2) else z.group(3))
        )
        end = at_zone + z.end() if z else m.end()
        clocks.append((m.start(), end, Clock(h, mi, bool(near), zone, midnight, near[1] or "" if near else after)))
    return clocks


# a day's light and meals as copy times by them: dawn's other names (as "at dawn", the small hours: AP's "before
# dawn"); lunchtime (BBC, Guardian, Irish Times: "on Friday lunchtime", "at lunchtime"), midday to two; the fall of
# night (AP, Reuters, Al Jazeera: "at dusk", "after nightfall", "at sunset on Friday"), the evening
_FIRST_LIGHT = re.compile(r"\b(?:at|before|by)\s+(?:first\s+light|sunrise|sun-?up)\b")
_LUNCHTIME = re.compile(r"\blunch\s*-?\s*time\b|\b(?:at|over|during|around|by)\s+lunch\b")
_DUSK = re.compile(
    r"(?<!\bbefore\s)(?<!\buntil\s)(?<!\btill\s)\b(?:sunset|sundown|dusk|nightfall|twilight)\b"
    r"|\bafter\s+(?:the\s+)?sun\s+(?:sets|set|goes\s+down|went\s+down)\b"
)


def _part_of_day(s: str, anchor: DayAnchor | None, anchor_m: re.Match | None, joined: bool) -> str | None:
    night_of = None
    if anchor_m is not None:
        after, before = s[anchor_m.end() :], s[: anchor_m.start()]
        if (
            re.match(r"\s*(?:night|overnight)\b", after)
            or re.search(r"\bnight\s+of\s+(?:the\s+)?$", before)
            # "Saturday night, December 18": the weekday's night, the date its day
            or re.search(r"\b" + WD + r"\s+night\s*,?\s*(?:the\s+)?$", before)
        ):
            night_of = "night_start"
        elif re.search(r"\bovernight\b", s) or re.search(r"\b(?:into|until|till)\s+$", before):
            night_of = "night_end"
        elif re.search(r"\bearly\s+hours\s+of\s+(?:the\s+)?$", before):
            night_of = "early_hours"
    if joined and re.search(r"\b(?:night|overnight)\b", s):
        night_of = "night_end"  # "Friday to Saturday night", "overnight Friday into Saturday"
    if night_of:
        return night_of
    if re.search(
        r"\b(?:overnight|(?:during|throughout|through)\s+the\s+night|in\s+the\s+night|at\s+night|nighttime|night-time"
        r"|all\s+night(?:\s+long)?)\b",
        s,
    ):
        return "overnight" if anchor is None else "night_start"
    if re.search(r"\bin\s+the\s+(?:early|small|wee)\s+hours\b", s):
        return "early_hours"
    if re.search(
        r"\b(?:pre-?dawn|before\s+dawn|at\s+dawn|at\s+daybreak|before\s+daybreak|small\s+hours|wee\s+hours)\b", s
    ) or _FIRST_LIGHT.search(s):
        return "small_hours"
    if _LUNCHTIME.search(s):
        return "lunchtime"
    if _DUSK.search(s):
        return "evening"
    if re.search(r"\bmorning\b", s):
        return "morning"
    if re.search(r"\bafternoon\b", s):
        return "afternoon"
    if re.search(r"\bevening\b", s):
        return "evening"
    if anchor is not None and anchor_m is not None:
        before = s[: anchor_m.start()]
        before = re.sub(r"\b" + WD + r"\s*$", "", before)  # "late Monday, May 26": the date is the anchor
        if re.search(r"\blate\s+(?:on\s+)?(?:the\s+)?$", before):
            return "late"
        if re.search(r"\bearly\s+(?:on\s+)?(?:the\s+)?$", before):
            # AP: "early Tuesday" is the small hours; so is Reuters' and AP's "early on Monday" ("held their fire early
            # on Monday at the start of a new 72-hour ceasefire", the truce from 00:01; "shot outside a bar early on
            # Sunday", at 12:45 a.m.; Sputnik's results "early on June 9"), real copy in the wire tables
            return "small_hours"
    return None


def _next_to(s: str, a: re.Match | None, b: re.Match | None) -> bool:
    """Whether a weekday and a date are written together ("Wednesday, Jan. 7", "Thursday (Dec 26)")."""
    if a is None or b is None:
        return False
    first, second = (a, b) if a.start() < b.start() else (b, a)
    return bool(re.fullmatch(r"[\s,(]*(?:the\s+)?", s[first.end() : second.start()]))


def _day_spec(s: str) -> Spec | None:
    """A day, and maybe a clock time or part of it."""
    rel = _REL_DAY.search(s)
    date_a, date_m = _date_anchor(s)
    wd_a, wd_m, joined = _weekday_anchor(s)
    joined = joined and not rel and not date_a
    anchor: DayAnchor | None
    anchor_m: re.Match | None
    part = None
    if rel:
        anchor, part = _rel_anchor(rel.group(0))
        anchor_m = rel
    elif date_a:
        anchor, anchor_m = date_a, date_m
        if wd_a and date_a.year is None and wd_a.mode == "recent" and _next_to(s, wd_m, date_m):
            anchor = replace(date_a, weekday=wd_a.weekday)
    elif wd_a:
        week = _in_week(s) if wd_a.mode == "recent" else None
        anchor, anchor_m = Weekday(wd_a.weekday, wd_a.mode, week, wd_a.since), wd_m
    else:
        anchor, anchor_m = None, None
    clock = _clock(s, anchor is not None, anchor_m.start() if anchor_m is not None and not rel else None)
    if clock:
        on_day = isinstance(anchor, Weekday) and anchor_m is not None and s[: anchor_m.start()].endswith("on ")
        return AtClock(clock, anchor, on_day)
    if part is None:
        part = _part_of_day(s, anchor, anchor_m, joined)
    if part:
        return PartOfDay(part, anchor or RelDay(0))
    if anchor:
        return OnDay(anchor)
    return None


def _span_spec(s: str) -> Spec | None:
    """Spans counted from the publication: "the past 24 hours", "two weeks ago", "next month"."""
    m = _PAST_N.search(s)
    if m:
        return PastN(number(m.group(2)), m.group(3), bool(m.group(1)))
    m = _AGO.search(s)
    if m:
        if m.group(1):
            n, unit = number(m.group(1)), m.group(2)
            sign = -1 if m.group(3) == "ago" else 1
        else:
            n, unit, sign = number(m.group(4)), m.group(5), 1
        if unit == "fortnight":
            n, unit = n * 2, "week"
        elif unit in ("decade", "century", "centurie"):  # "two decades ago", "a century ago": that year
            n, unit = n * (10 if unit == "decade" else 100), "year"
        return Ago(sign * n, unit)
    m = _OVER_THE_NEXT.fullmatch(s)
    if m:  # "over the next week", "within the next month": the one unit from the publication, as "the next 7 days"
        return PastN(1, m.group(1), True)
    m = re.search(r"\bthe\s+(week|weekend|month|year)\s+(before\s+last|after\s+next)\b", s)
    if m:  # "the week before last", "the year before last": two back; "the week after next": two on
        return NamedSpan(m.group(1), " ".join(m.group(2).split()))
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
            return NamedSpan(m.group(2), rel_w)
        return NamedSpan("weekend", "the")
    return None


_MONTH_OF_YEAR = re.compile(r"\b(" + MONTH_FULL + r")\s+(?:of\s+)?(this|last|next)\s+year\b")


def _month_of_year_spec(s: str) -> Spec | None:
    """ "June last year", "January this year": the month, not the year "last year" names."""
    m = _MONTH_OF_YEAR.search(s)
    if m is None:
        return None
    return InMonth(MONTHS[m.group(1)], None, {"this": "this", "last": "last year", "next": "next year"}[m.group(2)])


def _month_or_year_spec(s: str) -> Spec | None:
    m = _ISO_MONTH.search(s)
    if m:
        return InMonth(int(m.group(2)), int(m.group(1)), "")
    got = _month_of_year_spec(s)
    if got is not None:
        return got
    for m in _MONTH_WORD.finditer(s):
        word = m.group(2)
        if word == "may" and not (
            m.group(1)
            or m.group(3)
            or s == "may"
            or re.search(r"\b(?:in|early|mid|late|since|until|by|of|end|beginning|during)[\s-]+$", s[: m.start()])
        ):
            continue
        return InMonth(MONTHS[word], int(m.group(3)) if m.group(3) else None, m.group(1) or "")
    m = re.search(r"\bthe\s+year\s+(\d{3,4})(?![\w\-/:])", s)  # "the year 1503", "in the year 325"
    if m and int(m.group(1)) > 0:
        return InYear(int(m.group(1)))
    for m in _YEAR.finditer(s):  # a year alone, or after a word that introduces one ("in 2023"), not "2000 tons"
        if s == m.group(0) or _YEAR_BEFORE.search(s[: m.start()]) or not s[m.end() :].strip() or _year_modifies(s, m):
            return InYear(int(m.group(1)))
    return None


def _year_modifies(s: str, m: re.Match) -> bool:
    """Whether the year ``m`` stands as a modifier of the noun after it ("a 2009 interview")."""
    noun = _YEAR_NOUN_AFTER.match(s, m.end())
    if not noun or not _YEAR_MODIFIED.search(s[: m.start()]):
        return False
    word = noun.group(1)
    if word in _NOT_YEAR_NOUNS:
        return False
    return not word.endswith("s") or word in _YEAR_PLURAL_EVENTS


@lru_cache(maxsize=65536)
def read(s: str) -> Spec | None:
    """Normalized words (``words.normalize``, with NOT_DATES taken out) as a spec, or
    None when no rule here applies."""
    if not s:
        return None
    return _day_spec(s) or _month_of_year_spec(s) or _span_spec(s) or _month_or_year_spec(s)


# --------------------------------------------------------------------------- placing

MINUTE, HOUR = timedelta(minutes=1), timedelta(hours=1)  # the lengths of a clock time's minute and hour, elapsed
NEAR_MONTH = spans.NEAR_DAYS  # a month without year that begins this soon is the coming one


PARTS = {  # part -> (start day offset, start hour, end day offset, end hour, precision, rule)
    "night_end": (-1, 20, 0, 6, "night", "night rule: the night that ends on that day (20:00-06:00)"),
    "night_start": (0, 20, 1, 6, "night", "night rule: the night that begins on that day (20:00-06:00)"),
    "overnight": (
        -1,
        20,
        0,
        6,
        "night",
        "night rule: overnight alone is the night that ends on that day (20:00-06:00)",
    ),
    "early_hours": (0, 0, 0, 6, "small hours", "early hours rule: the small hours, 00:00-06:00"),
    "small_hours": (0, 0, 0, 6, "small hours", "small hours (AP's early + day, before dawn): 00:00-06:00"),
    "morning": (0, 6, 0, 12, "morning", "part of day: morning 06:00-12:00"),
    "lunchtime": (0, 12, 0, 14, "range", 'part of day: lunchtime 12:00-14:00 (a range: "hour" would say ±1 hour)'),
    "afternoon": (0, 12, 0, 18, "afternoon", "part of day: afternoon 12:00-18:00"),
    "evening": (0, 18, 1, 0, "evening", "part of day: evening 18:00-24:00"),
    "late": (0, 18, 1, 0, "evening", "part of day: late on = 18:00-24:00"),
}


def _weekday_day(a: Weekday, today: date, forward: bool) -> date:
    wd = a.weekday
    if a.week:
        return spans.monday(today) + timedelta(weeks={"last": -1, "this": 0, "next": 1}[a.week], days=wd)
    if a.mode == "recent" and a.since is not None:  # "Wednesday night into Thursday": placed by its first day
        first = _weekday_day(Weekday(a.since, "recent"), today, forward)
        return first + timedelta(days=(wd - a.since) % 7)
    if a.mode == "recent":
        if forward:  # the next such day, the publication's own weekday being that day
            return today + timedelta(days=(wd - today.weekday()) % 7)
        return today - timedelta(days=(today.weekday() - wd) % 7)
    if a.mode == "last":
        return today - timedelta(days=(today.weekday() - wd - 1) % 7 + 1)
    if a.mode == "next":
        return today + timedelta(days=(wd - today.weekday() - 1) % 7 + 1)
    return today + timedelta(days=(wd - today.weekday()) % 7)  # "this": on or after


def _no_such_day(month: int, day: int, year: int | None = None) -> DateError:
    """ "Sept. 31", "Feb. 30, 2023": said as the calendar has it, not as the words were rewritten."""
    name = calendar.month_name[month] if 1 <= month <= 12 else f"month {month}"
    return DateError(f"there is no {name} {day}" + (f" in {year}" if year is not None else ""))


def anchor_day(anchor: DayAnchor, ctx: Context) -> date:
    today = ctx.pub.date()
    if isinstance(anchor, RelDay):
        return today + timedelta(days=anchor.days)
    if isinstance(anchor, Weekday):
        return _weekday_day(anchor, today, ctx.forward)
    if anchor.year is not None:
        try:
            return date(anchor.year, anchor.month, anchor.day)
        except ValueError:
            raise _no_such_day(anchor.month, anchor.day, anchor.year) from None
    m, d = anchor.month, anchor.day

    def make(y: int) -> Interval | None:
        try:
            return spans.day(date(y, m, d), ctx.zone)
        except ValueError:
            return None

    try:
        got = spans.pick(make, ctx).start.date()
    except ValueError:
        raise _no_such_day(m, d) from None
    if anchor.weekday is not None and got.weekday() != anchor.weekday:
        # the year picked gives the date another weekday: the year next to it where the two agree
        # ("Wednesday, Jan. 7" in an October 2025 story is 2026's, beyond the 75 days ahead)
        agree = [iv.start.date() for y in (got.year - 1, got.year + 1) if (iv := make(y)) is not None]
        agree = [x for x in agree if x.weekday() == anchor.weekday]
        if agree:
            return min(agree, key=lambda x: abs((x - today).days))
    return got


def _clock_zone(name: str | None, zone: tzinfo) -> tzinfo:
    if name is None or name == "local":
        return zone
    if name in _NAMED_ZONES:
        return ZoneInfo(_NAMED_ZONES[name])
    if name in _city_zone_table():
        return ZoneInfo(_city_zone_table()[name])
    return UTC if _ZONES[name] == 0 else timezone(timedelta(minutes=_ZONES[name]), name.upper())


def _dated_only(pub: datetime) -> bool:
    """A publication at midday exactly is a date alone, which any time of that day fits."""
    return (pub.hour, pub.minute, pub.second, pub.microsecond) == (12, 0, 0, 0)


def _clock_instant(d: date, hm: time, there: tzinfo, zone: tzinfo) -> datetime:
    """The instant of a clock time on a day, in ``zone``: a time the clocks skipped (2:30 a.m. on the night they go
    forward) is the instant it would have been, shown as the wall time after the jump (3:30), so that an hour from it
    is an hour long."""
    return datetime.combine(d, hm, tzinfo=there).astimezone(UTC).astimezone(zone)


def _at_clock(spec: AtClock, ctx: Context) -> Interval:
    c = spec.clock
    there = _clock_zone(c.zone, ctx.zone)
    zone_word = (
        f" {c.zone.upper() if c.zone == 'uk' else c.zone.title()} time"
        if c.zone in _city_zone_table()
        else f" {c.zone.upper()}"
        if c.zone and c.zone != "local"
        else " local time"
        if c.zone
        else ""
    )
    if spec.anchor is not None:
        d = anchor_day(spec.anchor, Context(ctx.pub.astimezone(there), there, ctx.forward, ctx.past))
        if c.midnight:
            return _midnight(d, c, there, ctx, isinstance(spec.anchor, OnDate) or spec.on_day)
        rule = f"clock time{zone_word} on that day"
    else:
        d = ctx.pub.astimezone(there).date()
        rule = f"clock time{zone_word}, day of publication"
    # "shortly before midnight": the last hour of the day, 23:00-24:00, not the first of the
    # next ("just before 9 p.m." stays the hour from 9, the day being right either way)
    late = c.approx and c.side == "before" and (c.hour, c.minute) == (0, 0)
    hm = time(23, 0) if late else time(c.hour, c.minute)
    start = _clock_instant(d, hm, there, ctx.zone)
    dated_only = _dated_only(ctx.pub)
    if spec.anchor is None and dated_only and not ctx.forward and _after_its_day(start, ctx):
        d -= timedelta(days=1)
        start = _clock_instant(d, hm, there, ctx.zone)
    # the last hour of a day is over only at its end, when nothing dated that day is published
    if spec.anchor is None and spans.is_after(start, ctx.pub) and not ctx.forward and (late or not dated_only):
        # a report of what happened, timed before this clock time: the day before (a
        # publication at midday exactly is a date alone, which any time of that day fits)
        start = _clock_instant(d - timedelta(days=1), hm, there, ctx.zone)
        rule = f"clock time{zone_word} later than publication: the day before"
    elif spec.anchor is None and spans.is_after(ctx.pub, start) and ctx.forward and not late and not dated_only:
        # looking ahead, timed after this clock time: the day after ("the fireworks which kick off as Big Ben
        # chimes at midnight" at 23:00 on 31 December, BBC: the midnight to come)
        start = _clock_instant(d + timedelta(days=1), hm, there, ctx.zone)
        rule = f"clock time{zone_word} earlier than publication, looking ahead: the day after"
    if late:
        return Interval(start, spans.later(start, HOUR), "hour", rule + " (shortly before midnight: its last hour)")
    if c.side == "after" and not c.approx:
        return _small_hours_after(start, rule)
    if c.approx and c.side == "before" and c.minute:
        # nineteenth pass: "shortly before 12:30 p.m.", "just before 8.45am" name a minute the event came before,
        # so the hour to it, not the hour from it, which would hold no moment the words allow; an o'clock hour
        # ("shortly before 9am") stays the hour from it as three earlier tables read it: "9am" there stands for
        # about nine, the hour a reader files it under, and the day is right either way
        return Interval(spans.later(start, -HOUR), start, "hour", rule + " (shortly before a minute: the hour to it)")
    if c.approx and not (c.side == "" and c.minute):  # "around 7:15 p.m." keeps the minute it names
        return Interval(start, spans.later(start, HOUR), "hour", rule + " (about: the hour)")
    return Interval(
        start, spans.later(start, MINUTE), "minute", rule + (" (about: the minute named)" if c.approx else "")
    )


def _after_its_day(start: datetime, ctx: Context) -> bool:
    """A clock time of another zone, on the day the publication is in there, falls after the publication's own day: a
    report from Kamchatka or Wellington dated 3 June (midday there is midnight GMT) cannot tell of 12:15 GMT on 3 June,
    the next day there; its "1215 GMT" is 00:15 on 3 June (12:15 GMT on 2 June)."""
    return start.astimezone(ctx.zone).date() > ctx.pub.date()


def _small_hours_after(midnight: datetime, rule: str) -> Interval:
    """ "after midnight": the small hours that follow it (midnight to 6 a.m.)."""
    return Interval(midnight, midnight + timedelta(hours=6), "small hours", rule + " (after midnight: the small hours)")


def _midnight(d: date, c: Clock, there: tzinfo, ctx: Context, calendar_date: bool = False) -> Interval:
    """Midnight with a day, as AP writes it: "midnight Friday" is the end of Friday; "shortly
    before midnight Friday" is Friday's last hour; "shortly after midnight Friday" (AP, 1988:
    an alert "shortly after midnight Saturday" after a storm strengthened "Saturday night")
    and "around midnight Friday" are the hour after Friday's end (as "about 3 p.m." is the
    hour from 3). After midnight of a day whose end is still to come, in a report of what happened, is after the
    midnight that begins it (Reuters, Kyiv, Wednesday 09:24: "operating in the city after midnight on Wednesday"), and
    so is after midnight of a calendar date, which names the day the time fell on (NPR: "the two officers were shot
    shortly after midnight on March 12"), and of a weekday written after "on", as British, Irish and Reuters copy write
    it and AP does not ("the crash happened just after midnight on Sunday", in a Monday story: Sunday's first hour)."""
    zone = ctx.zone
    end = datetime.combine(d + timedelta(days=1), time(0, 0), tzinfo=there).astimezone(zone)
    to_come = end > ctx.pub and not ctx.forward and not _dated_only(ctx.pub)
    if c.side == "after" and (to_come or calendar_date):
        begins = datetime.combine(d, time(0, 0), tzinfo=there).astimezone(zone)
        if not c.approx:
            return _small_hours_after(begins, "midnight rule: after midnight + day, its end to come: the one it begins")
        return Interval(
            begins, spans.later(begins, HOUR), "hour", "midnight rule: shortly after midnight + day, its end to come"
        )
    if c.side == "after" and not c.approx:
        return _small_hours_after(end, "midnight rule: after midnight + day = the small hours after its end")
    if c.approx and c.side == "before":
        return Interval(
            spans.later(end, -HOUR), end, "hour", "midnight rule: shortly before midnight + day = its last hour"
        )
    if c.approx:
        return Interval(
            end, spans.later(end, HOUR), "hour", "midnight rule: about/after midnight + day = the hour after its end"
        )
    return Interval(end, spans.later(end, MINUTE), "minute", "deadline rule: midnight + day = end of day")


def _part(spec: PartOfDay, ctx: Context) -> Interval:
    d = anchor_day(spec.anchor, ctx)
    d0, h0, d1, h1, precision, rule = PARTS[spec.part]
    if spec.part == "overnight" and ctx.forward and ctx.pub.hour >= 6:
        # looked ahead to from the day ("heavy rain expected to hit the region overnight", Reuters, Tokyo, at 15:00):
        # the night to come, not the one over
        d0, h0, d1, h1, precision, _ = PARTS["night_start"]
        rule = "night rule: overnight looked ahead to from the day is the night that begins on it (20:00-06:00)"
    z = ctx.zone
    return Interval(spans.at(d + timedelta(days=d0), z, h0), spans.at(d + timedelta(days=d1), z, h1), precision, rule)


def _ago(spec: Ago, ctx: Context) -> Interval:
    pub, today, n, unit, z = ctx.pub, ctx.pub.date(), spec.n, spec.unit, ctx.zone
    rule = "count from publication"
    if unit in ("minute", "hour"):  # elapsed time: "three hours ago" across a clock change is three of them
        size = MINUTE if unit == "minute" else HOUR
        moment = spans.later(pub, n * size)
        start = moment.replace(second=0, microsecond=0) if unit == "minute" else _hour_of(moment)
        return Interval(start, spans.later(start, size), unit, rule)
    if unit in ("day", "week"):
        return spans.day(today + timedelta(days=n * (7 if unit == "week" else 1)), z, rule=rule)
    if unit == "month":  # "two months ago": that month ("a month ago" is a day: rules.seasons_decades_thirds)
        return spans.month(today.year, today.month + n, z, rule + ": that month")
    return spans.year(today.year + n, z, rule + ": that year")


def _hour_of(moment: datetime) -> datetime:
    """The start of the clock hour a moment is in (the zone's offsets are whole or half hours from
    UTC: the hour is taken in UTC and shifted, so the repeated hour of a clock change stays apart)."""
    u = moment.astimezone(UTC)
    off = moment.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60) % 60
    start = u.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)
    if start > u:
        start -= timedelta(hours=1)
    return start.astimezone(moment.tzinfo)


_N_UNITS = {
    "hour": relativedelta(hours=1),
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "fortnight": relativedelta(weeks=2),
    "month": relativedelta(months=1),
    "year": relativedelta(years=1),
    "decade": relativedelta(years=10),
}


def span_precision(delta: timedelta) -> str:
    """The precision of a span counted in units: `day` up to 24 hours, `week` up to seven days, `month` up to 31,
    `range` beyond."""
    if delta <= timedelta(days=1):
        return "day"
    if delta <= timedelta(days=7):
        return "week"
    return "month" if delta <= timedelta(days=31) else "range"


def _past_n(spec: PastN, ctx: Context) -> Interval:
    """The N units up to the publication ("the past three years"), or from it ("the next
    100 days"); calendar months and years, so "the past six months" of 31 August begins on
    the last day of February."""
    at = ctx.pub.replace(second=0, microsecond=0)
    if spec.unit == "hour":  # elapsed hours: "the past 24 hours" across a clock change is still 24 of them
        delta = timedelta(hours=spec.n)
        start, end = (at, spans.later(at, delta)) if spec.ahead else (spans.later(at, -delta), at)
    else:
        step = _N_UNITS[spec.unit] * spec.n
        start, end = (at, at + step) if spec.ahead else (at - step, at)
        delta = end - start
    precision = span_precision(delta)
    rule = "the next N units: from publication" if spec.ahead else "the past N units: up to publication"
    return Interval(start, end, precision, rule)


# how many weeks, months or years on "last week", "the week after next" are
_UNITS_ON = {"last": -1, "past": -1, "next": 1, "before last": -2, "after next": 2}


def _named_span(spec: NamedSpan, ctx: Context) -> Interval:
    unit, rel, today, z = spec.unit, spec.rel, ctx.pub.date(), ctx.zone
    tomorrow = today + timedelta(days=1)
    rule = f"{unit} counted from publication"
    if unit in ("week", "weekend"):
        monday = spans.monday(today)
        if unit == "weekend":
            if rel == "the":  # "over the weekend": this one if it has begun, else the last (or next)
                rel = "this" if today.weekday() >= 5 or ctx.forward else "last"  # ahead: the coming one
            shift = _UNITS_ON.get(rel, 0)
            sat = monday + timedelta(weeks=shift, days=5)
            return spans.days(sat, sat + timedelta(days=2), z, "weekend", rule)
        if rel == "past":
            return spans.days(today - timedelta(days=6), tomorrow, z, "week", rule)
        if rel == "earlier":  # "earlier this week": the week, as TimeML annotates it (as "early this week")
            return spans.days(monday, monday + timedelta(days=7), z, "week", rule + " (earlier this: the whole unit)")
        if rel == "later":
            if today.weekday() == 6:  # "later in the week" on a Sunday: the week about to begin (AP, Ian, 25 Sep 2022)
                return spans.days(
                    tomorrow, tomorrow + timedelta(days=7), z, "week", rule + " (on a Sunday: the coming one)"
                )
            end = monday + timedelta(days=7)
            return spans.days(min(tomorrow, end - timedelta(days=1)), end, z, "week", rule)
        if rel == "this" and ctx.planned and today.weekday() == 6:
            # a plan for "this week" on a Sunday ("she will deliver a budget this week", BBC, 27 October 2024, the
            # budget on the 30th): the week about to begin, as "later in the week" on a Sunday is. Only for a record
            # of a plan: TE3 silver annotates "the budget ... is to be approved by parliament this week" (AFP, Sunday
            # 27 April 1997) as the week then ending, and a look-ahead word in the sentence leaves it so
            return spans.days(
                tomorrow, tomorrow + timedelta(days=7), z, "week", rule + " (on a Sunday, ahead: the coming one)"
            )
        start = monday + timedelta(weeks=_UNITS_ON.get(rel, 0))
        return spans.days(start, start + timedelta(days=7), z, "week", rule)
    if unit == "month":
        if rel == "past":
            back = spans.month_start(today.year, today.month - 1)
            d = min(today.day, spans.days_in_month(back.year, back.month))
            return spans.days(back.replace(day=d), tomorrow, z, "month", rule)
        if rel == "earlier":
            return spans.month(today.year, today.month, z, rule + " (earlier this: the whole unit)")
        if rel == "later":
            end = spans.month_start(today.year, today.month + 1)
            return spans.days(min(tomorrow, end - timedelta(days=1)), end, z, "month", rule)
        return spans.month(today.year, today.month + _UNITS_ON.get(rel, 0), z, rule)
    if rel == "past":  # "the past year": the last calendar year, as TimeML annotates it (TBAQ 2 of 2)
        return spans.year(today.year - 1, z, rule + " (the past year: the last calendar year)")
    if rel == "earlier":
        return spans.year(today.year, z, rule + " (earlier this: the whole unit)")
    if rel == "later":
        end = date(today.year + 1, 1, 1)
        return spans.days(min(tomorrow, end - timedelta(days=1)), end, z, "year", rule)
    return spans.year(today.year + _UNITS_ON.get(rel, 0), z, rule)


def _in_month(spec: InMonth, ctx: Context) -> Interval:
    m, y, rel, today, z = spec.month, spec.year, spec.rel, ctx.pub.date(), ctx.zone
    if y is not None:
        return spans.month(y, m, z, "month and year")
    if rel == "this":
        return spans.month(today.year, m, z, "this + month: this year's")
    if rel in ("last year", "next year"):
        return spans.month(today.year + (1 if rel == "next year" else -1), m, z, "month of last/next year")
    if rel == "last":
        return spans.month(today.year if m < today.month else today.year - 1, m, z, "last + month: the one before")
    if rel == "next":
        return spans.month(today.year if m > today.month else today.year + 1, m, z, "next + month: the one after")
    way = "ahead: the next" if ctx.forward else "the most recent (or beginning within 75 days)"
    return replace(
        spans.pick(lambda yy: spans.month(yy, m, z), ctx, near_days=NEAR_MONTH), rule=f"month without year: {way}"
    )


def place(spec: Spec, ctx: Context) -> Interval:
    """The interval a spec names in one report."""
    if isinstance(spec, AtClock):
        return _at_clock(spec, ctx)
    if isinstance(spec, PartOfDay):
        return _part(spec, ctx)
    if isinstance(spec, OnDay):
        d = anchor_day(spec.anchor, ctx)
        a = spec.anchor
        if isinstance(a, Weekday) and a.mode == "recent" and not a.week:
            rule = "weekday, looking ahead: the next" if ctx.forward else "weekday: the most recent"
        elif isinstance(a, OnDate) and a.year is None:
            rule = "date without year: " + ("the next" if ctx.forward else "the most recent (or within 75 days ahead)")
            if a.weekday is not None and d.weekday() == a.weekday:
                rule += "; with its weekday, the year they agree in"
        else:
            rule = "day words"
        return spans.day(d, ctx.zone, rule=rule)
    if isinstance(spec, Ago):
        return _ago(spec, ctx)
    if isinstance(spec, PastN):
        return _past_n(spec, ctx)
    if isinstance(spec, NamedSpan):
        return _named_span(spec, ctx)
    if isinstance(spec, InMonth):
        return _in_month(spec, ctx)
    return spans.year(spec.year, ctx.zone, "a year")
