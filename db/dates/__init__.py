"""Resolve the dates of news reports, as written, into intervals: the one resolver.

A report says "overnight on Saturday", "at 1215 GMT", "since March 1, 2014", "the third
quarter" or "will fly to Warsaw on Tuesday"; ``resolve`` turns those words and the
report's publication moment into an :class:`Interval` (aware start, exclusive aware end,
precision, and the rule that read it). Every path that reads dates calls it: imports
(``db/formats``, ``db/records.interval_of``), the seed, go to date and ``--from/--to``
(``parse_when``), ``dateline when``; ``publication`` is the one way to read a
publication date (a day alone is midday in the source's zone).

The order of reading: ISO 8601; words relative to another event (refused without an
anchor); since / until / ranges; named days (``holidays``, dateutil's easter); quarters
and fiscal years; seasons, decades, thirds of months and years; the day words of
``core``; dateparser (``languages=['en']``, ``RELATIVE_BASE``) where the rules stop.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..text import quoted
from . import anchored, core, elsewhere, feasts, loose, named, parts, rules, sentence, spans
from .fallback import from_dateparser
from .iso import ISO_TEXT, interval_for_iso
from .model import PRECISIONS, Context, DateError, Interval, cannot, quote
from .words import (
    DURATION,
    MONTH_ANY,
    NOT_DATES,
    VAGUE,
    clause_looks_forward,
    event_after,
    later_tomorrow,
    looks_back,
    looks_forward,
    looks_forward_after,
    normalize,
    not_forward,
    present_plan,
    started_back,
    the_new_week,
)

__all__ = [
    "PRECISIONS",
    "Interval",
    "DateError",
    "resolve",
    "parse_when",
    "interval_for_iso",
    "publication",
    "zone_named",
]

_FINANCIAL = ("GB", "IN", "AU", "NZ", "PK")
# the words of a year that is a government's (Britain, India, Australia), not a company's
# "Q3FY24" too; PTI's "last fiscal"
_GOVERNMENT_YEAR = re.compile(r"\bfinancial\s+year|(?<![a-z])fy\s*'?\d|\bfiscal\b", re.I)
# Japan's "financial year" (Reuters, Tokyo: Honda's and Mazda's "this financial year", the year to March) is April's;
# its "fiscal 2024" and "FY2025/26" stay calendar years, as the issue has them
_FINANCIAL_WORDS_ONLY = ("JP",)
_FINANCIAL_YEAR = re.compile(r"\bfinancial\s+year", re.I)

# fiscal years that do not follow the calendar: the month they begin, by country
FISCAL_START = {"US": 10, "GB": 4, "UK": 4, "JP": 4, "IN": 4, "CA": 4, "AU": 7, "NZ": 7, "EG": 7, "PK": 7}


def _financial_year(zone_country: str, text: str) -> bool:
    """The words name the financial year of the zone's country, where copy calls it that."""
    if zone_country in _FINANCIAL_WORDS_ONLY:
        return bool(_FINANCIAL_YEAR.search(text))
    return zone_country in _FINANCIAL and bool(_GOVERNMENT_YEAR.search(text))


@lru_cache(maxsize=64)
def zone_named(tz: str) -> tzinfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise DateError(f"unknown time zone {quoted(tz)}") from None


def _zone_table(name: str) -> list[list[str]]:
    """The rows of a table of the tz database (zone1970.tab, zone.tab), as columns; [] when
    the system has none."""
    import zoneinfo

    for root in zoneinfo.TZPATH:
        try:
            with open(f"{root}/{name}", encoding="utf-8") as f:
                return [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
        except OSError:
            continue
    return []


@lru_cache(maxsize=1)
def _latitudes() -> dict[str, float]:
    """Latitude of each tz database zone (its zone1970.tab), for the hemisphere's seasons."""
    found: dict[str, float] = {}
    for cols in _zone_table("zone1970.tab"):
        m = re.match(r"([+-])(\d\d)", cols[1]) if len(cols) >= 3 else None
        if m:
            found[cols[2]] = (1 if m.group(1) == "+" else -1) * float(m.group(2))
    return found


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """The country (ISO code) of each tz database zone (its zone.tab)."""
    return {cols[2]: cols[0] for cols in _zone_table("zone.tab") if len(cols) >= 3}


def _zone_country(zone: tzinfo) -> str:
    key = getattr(zone, "key", None)
    if not isinstance(key, str):
        return ""
    return _zone_countries().get({"Europe/Kiev": "Europe/Kyiv"}.get(key, key), "")


def _south(zone: tzinfo) -> bool:
    key = getattr(zone, "key", None)
    return isinstance(key, str) and _latitudes().get(key, 0.0) < 0


def publication(text: str, tz: str | None = None) -> datetime:
    """The moment a publication date names. A bare day is its midday in ``tz`` (a report
    is dated, not timed); a moment without offset is in ``tz``, else UTC; other words are
    read relative to now."""
    value = str(text).strip()
    place = zone_named(tz) if tz else UTC
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{8}", value):
            return datetime.combine(interval_for_iso(value).start.date(), time(12), place)
        try:
            moment = datetime.fromisoformat(value.replace("z", "Z"))
        except ValueError:
            return parse_when(value, datetime.now(place))
    except (OverflowError, ValueError) as exc:
        if isinstance(exc, DateError):
            raise
        raise cannot(value, "publication date") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=place)


MAX_WORDS = 300  # characters: the longest range written out in full is about 120


def resolve(
    text: str,
    published: datetime,
    tz: str | None = None,
    *,
    status: str | None = None,
    anchor: Interval | None = None,
    fiscal_year_start: int | None = None,
    country: str | None = None,
    context: str | None = None,
    latitude: float | None = None,
) -> Interval:
    """The interval the words ``text`` mean in a report published at ``published`` (read
    in ``tz`` if given, else in published's own time zone). ``status="planned"`` reads
    the words as looking ahead; ``anchor`` is the event that "two days later" follows
    (without one such words are refused); ``fiscal_year_start`` (a month) or ``country``
    say which fiscal calendar "fiscal 2025" is in (default: the calendar year);
    ``latitude`` (of the place, when known) picks the hemisphere of "in the winter"
    (else the zone's, else the north);
    ``context`` is the sentence the words stand in (an extractor has it): the words just
    before them may look ahead ("will fly to Warsaw on Tuesday"), and a sentence about
    results makes "a year ago" the same quarter a year back. The interval's ``rule``
    says what read the words."""
    if not isinstance(text, str) or not text.strip():
        raise cannot(text if isinstance(text, str) else repr(text))
    if len(text) > MAX_WORDS:  # a field of another kind, or a whole text: the rules split at every "and" and "to"
        raise DateError(f"too long to be a date ({len(text):,} characters, at most {MAX_WORDS}): '{quote(text)}'")
    if not isinstance(published, datetime):
        raise DateError(f"publication date must be a datetime, not '{quote(published)}'")
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    if context and _ORDINAL.fullmatch(text.strip()):
        _not_an_ordinal_of(text.strip(), context)
    if (
        context
        and text.strip() in ("may", "march")
        and re.match(r"\s+(?:not\s+)?[a-z]", context[context.find(text) + len(text) :])
    ):
        raise DateError(f"'{quote(text)}' is a verb here, not a date: not the month ('may be', 'march on')")
    if context and text.strip().lower() == "fall" and _FALL_VERB.match(context[context.find(text) + len(text) :]):
        raise DateError(f"'{quote(text)}' is a fall of something here, not a date: not autumn ('fall by', 'fall in')")
    if context and _LUNAR.match(context[context.find(text) + len(text) :] if text in context else ""):
        raise DateError(
            f"'{quote(text)}' is a date of the lunar calendar, not the Gregorian: give the date it falls on"
        )
    if context and sentence.SHORT_DECADE.search(text):
        sentence.not_a_decade(text, context)
    got = sentence.read(text, published, tz, context, fiscal_year_start, resolve, _lead_in)
    if got is not None:
        return got
    if context and started_back(text, context):  # "reported drones ... starting on Thursday evening", "By 5 p.m. on
        # Wednesday, there were...": what was done
        lead = _lead_in(text, context)
        text = re.sub(r"^\s*(?:starting|beginning|by)\s+", "", text, flags=re.I)
        context = None
    else:
        lead = _lead_in(text, context) if context else ""
    if context and status != "planned" and sentence.done_act(text, context):
        # "get around Wednesday's ruling by the INS to repatriate the child by Jan. 14": the ruling is done; the
        # sentence's plan is not its day's (the results cues after " | " stay), nor is an event noun's ("it won
        # Saturday's election"): the day alone is read
        lead = lead.partition(" | ")[1] + lead.partition(" | ")[2]
        context = None
        text = re.sub(r"\s*['\u2019]s\s.*$", "", text, flags=re.S) or text
    if context and not country and named.us_election_in(text, context):
        country = "US"  # "Americans vote on Election Day" in a London story: the US one, as the sentence says
    fiscal = fiscal_year_start or FISCAL_START.get((country or "").upper(), 0)
    if not fiscal:
        # no country given: the words of a government's year ("this financial year", "FY24", "FY2024-25") take the
        # zone's where copy calls it the financial year (India's April, Australia's July); elsewhere, and "fiscal
        # 2024", the calendar year, as the issue has it (a Tokyo "FY2025/26" is both years, and a bare "1997-98" in an Indian story too, as TimeML has it)
        zone_country = "" if country else _zone_country(zone_named(tz) if tz else published.tzinfo or UTC)
        fiscal = FISCAL_START.get(zone_country, 1) if _financial_year(zone_country, text) else 1
    if not 1 <= fiscal <= 12:
        raise DateError(f"fiscal year start must be a month 1-12, not {fiscal}")
    try:
        # equal aware datetimes may be in different zones: the key holds the wall time and zone too
        return _resolve(
            text,
            published,
            tz,
            published.isoformat(),
            published.tzinfo,
            (status or "").lower(),
            anchor,
            fiscal,
            lead,
            None if latitude is None else latitude < 0,
            (country or "").upper(),
            (
                looks_forward_after(text, context)
                or _governed_forward(text, context)
                or present_plan(text, context)
                or event_after(text, context)
            )
            if context
            else False,
            _deadline(text, context) if context else False,
        )
    except DateError:
        raise
    except (OverflowError, ValueError):  # the ends of the calendar
        raise DateError(f"date out of range: '{quote(text)}'") from None


# a clock time no clock shows: an hour past 24 or a minute past 59 ("25:00", "3:75"), 24 with
# minutes, or an hour of 0 or past 12 before a.m./p.m. ("13 p.m."); a date written with dots
# ("30.12.2024") is none of these
_NO_SUCH_TIME = re.compile(
    r"(?<![\d:.])(?:(?:(?:2[5-9]|[3-9]\d):\d{2}|24:(?!00)\d{2}|\d{1,2}:[6-9]\d)(?![\d:.])"
    r"|(?:0|1[3-9]|2\d)(?::\d{2})?\s*[ap]\.?\s?m\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _resolve(
    text: str,
    published: datetime,
    tz: str | None,
    _wall: str,
    _zone_key: tzinfo,
    status: str,
    anchor: Interval | None,
    fiscal: int,
    lead_in: str = "",
    south: bool | None = None,
    country: str = "",
    trail_forward: bool = False,
    deadline: bool = False,
) -> Interval:
    """``resolve`` once its arguments are checked: cached, since an import meets the
    same words with the same publication date again and again (dateparser is slow)."""
    zone = zone_named(tz) if tz else published.tzinfo
    assert zone is not None
    pub = published.astimezone(zone)
    if ISO_TEXT.fullmatch(text.strip()) and not _YEAR_PAIR.fullmatch(text.strip()):
        return interval_for_iso(text.strip(), zone=zone)
    bad = _NO_SUCH_TIME.search(text)
    if bad:  # "yesterday 25:00", "at 3:75 p.m.", "13 p.m. Friday": not read as the day alone
        raise DateError(f"there is no time {bad.group(0).strip()!r} in '{quote(text)}'")
    s = " ".join(NOT_DATES.sub(" ", normalize(text)).split())
    s = _TWO_DIGIT_YEAR.sub(lambda m: str(spans.full_year(int(m[1]), pub.year)), s)  # "since '82"
    s = the_new_week(s, pub.weekday())
    forward = status == "planned" or (
        (
            looks_forward(s)
            or clause_looks_forward(lead_in.split(" | ")[0])
            or bool(_LEAD_FORWARD.search(lead_in.split(" | ")[0]))
            or trail_forward
            or later_tomorrow(s, pub)
        )
        # what should have happened and did not ("The sentence should have been pronounced as early as mid-September")
        and not _COUNTERFACTUAL.search(lead_in.split(" | ")[0])
    )
    results = bool(_RESULTS.search(lead_in))
    south = _south(zone) if south is None else south  # the place's hemisphere, else the zone's
    country = "GB" if country == "UK" else country or _zone_country(zone)
    ctx = Context(pub, zone, forward, False, anchor, south, fiscal, results, country, status == "planned")
    iv = _read(s, ctx)
    clause = lead_in.split(" | ")[0]
    if iv is not None and not forward and deadline and re.match(MONTH_ANY + r"\b", s):
        # a deadline ("to pay down the loan by February"): the next one, unless the last ended within the 75 days
        # before ("to repatriate the child by Jan. 14" the day after) or the clause is of what had happened
        ahead = _read(s, replace(ctx, forward=True))
        if ahead is not None and iv.end < pub - timedelta(days=spans.NEAR_DAYS) and not re.search(r"\bhad\b", clause):
            iv = replace(ahead, rule=f"by + a month or date, a deadline: {ahead.rule}")
    if iv is None:
        if DURATION.fullmatch(s):
            raise DateError(f"'{quote(text)}' is a length of time, not a date: it names no time to place")
        if VAGUE.fullmatch(s):
            raise DateError(f"'{quote(text)}' names no time, only a side of the publication: give the date it means")
        raise cannot(text)
    return iv


# a year written with two digits ("since '82", "the class of '09"; normalize writes it yy82): the one within the
# ninety years before the publication's year and the ten after (in 2008 '82 is 1982, in 2024 '28 is 2028)
_TWO_DIGIT_YEAR = re.compile(r"\byy(\d\d)\b")


# a plan that was and did not come about: "should have been pronounced", "could have happened", "was to have"
_COUNTERFACTUAL = re.compile(r"\b(?:should|could|would|might|must|ought\s+to|was\s+to|were\s+to)\s+have\b")
# "1997-98": no month is 98, so two years (a season, a fiscal year), not ISO 8601's year and month
_YEAR_PAIR = re.compile(r"\d{4}-(?:1[3-9]|[2-9]\d)")

# the clause ends just before the words on a word that looks ahead to them: "has given the relatives
# until 9 a.m. Tuesday", "could come as soon as Tuesday", "postponed until Tuesday morning"
# (not a sentence that opens on it: "Until Thursday, they had not called Kopp a suspect")
_LEAD_FORWARD = re.compile(r"\w\s+(?:until|till|as soon as|as early as|no later than)$")
# a deadline: "to pay down $5 billion of a $6 billion bridge loan by February." (not "caused by March floods")
_BY_BEFORE = re.compile(r"\w\s+by\s+$")
_CLAUSE_AFTER = re.compile(
    r"\s*(?:$|[^\w\s]|(?:and|or|but|when|if|at|in|to|this|next|so|as|after|before|under)\b)", re.I
)


def _deadline(text: str, context: str) -> bool:
    """Whether the words stand right after "by" and end their clause ("... by February.", "by Nov. 21, which")."""
    at = context.find(text)
    return at > 0 and bool(_BY_BEFORE.search(context[:at])) and bool(_CLAUSE_AFTER.match(context[at + len(text) :]))


_RESULTS = re.compile(
    r"\b(?:quarter|quarterly|earnings|earned|profit|profits|revenue|revenues|sales|net income|per share|results|"
    r"operating income|loss|losses|margin|ebitda|a share|net)\b"
)


# "the 15th" alone is a day of the month; in its sentence, followed by a noun, an ordinal of that
# ("the 4th Summit of the Americas", "the 18th green", "since the 9th Asian Games")
_ORDINAL = re.compile(r"(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)", re.I)
_AFTER_DAY = re.compile(
    r"\s*(?:$|[^\w\s]|(?:of|in|at|on|and|or|to|through|until|till|when|this|next|last|that|as|before|after|but|"
    r"was|is|will|with|for|from)\b)",
    re.I,
)


# "to fall by 6.5 percent", "the fall in prices", "the fall of Baghdad": no season
_FALL_VERB = re.compile(r"\s+(?:by|in|of(?!\s+(?:19|20)\d\d)|from|to|since|back|sharply|further|below|under)\b", re.I)

# "the fifth day of May on China's lunar calendar", "the 15th day of the first month of the lunar year"
_LUNAR = re.compile(r"[^.;]{0,30}\blunar\s+(?:calendar|year|month)\b", re.I)


def _not_an_ordinal_of(text: str, context: str) -> None:
    at = context.find(text)
    if at >= 0 and not _AFTER_DAY.match(context[at + len(text) :]):
        noun = context[at + len(text) :].split()[0]
        raise DateError(
            f"'{quote(text)}' is an ordinal of what follows it ('{quote(noun)}'), not a date: not a day of the month"
        )


# the clause the words stand in, back to its start: a verb that looks ahead governs them ("the hurricane is expected
# to make landfall in southwest Florida, likely as a Category 4 storm with 130 mph winds Wednesday evening"; "is
# forecast to move over central Florida Wednesday night"), unless a verb of what happened comes between
_PASSIVE = re.compile(r"\b(?:be|been|being)\s+(?:\w+ly\s+)?\w+\b")
_IRREGULAR_PAST = re.compile(
    r"\b(?:took|gave|made|saw|brought|sent|spent|kept|found|became|ran|sought|fought|chose|broke|stood|spoke|wrote|"
    r"flew|grew|knew|paid|sold|built|began|fell|rose|won|lost|met|held|left|shot|hit|struck|led|told|said)\b"
)
_ABBREVIATED = re.compile(
    r"\b(?:[ap]\.m|[A-Z]|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Capt|Jr|Sr|Inc|Corp|Co|No)\."
)
_DID_AFTER_VERB = re.compile(
    r"\b(?!(?:scheduled|planned|expected|slated|proposed|united|based|related|limited|armed|hundred)\b)\w{3,}ed\b"
)
_CLAUSE_START = re.compile(
    r"[.;:!?\"]\s|\b(?:said|says|told|according\s+to|but|while|although|which|who|whose|after|"
    r"since|because|when|where|that)\b"
)
_GOVERNS_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:expected|forecast|due|scheduled|set|slated|likely|projected|poised)\s+to|"
    r"(?:is|are)\s+(?:expected|scheduled|due|set|slated)\s+(?:for|in|on|at|by|early|late)|"
    r"(?:plans|planning|intends?|intending|aims?|aiming|hopes?|hoping)\s+to|(?:is|are)\s+to|(?:is|are)\s+on\s+track\s+to|should(?!\s+have))\b"
)


_WHEN = re.compile(r"when|once|until|before|after|if", re.I)
# the verb a look-ahead governs, right after it ("will hit", "is expected to quickly shut"), not "be" of a passive
_PLAN_VERB = re.compile(
    r"^\s*(?:(?:not|also|then|only|now|soon|still|again|\w+ly)\s+)*(?!(?:be|been|being|have)\b)\w+\b"
)


def _did(seg: str) -> bool:
    """Whether the words have a verb of what happened ("when he arrived", "after it was postponed")."""
    active = _PASSIVE.sub(" ", seg)
    return bool(looks_back(active) or _DID_AFTER_VERB.search(active) or _IRREGULAR_PAST.search(active))


def _governed_forward(text: str, context: str) -> bool:
    at = context.find(text)
    if at < 0:
        return False
    before = _ABBREVIATED.sub(lambda m: m[0][:-1], context[:at])  # "1 a.m. Monday", "U.S. officials": no full stop
    starts = list(_CLAUSE_START.finditer(" " + before))
    clause = (" " + before)[starts[-1].end() :] if starts else " " + before
    words = normalize(clause).split()[-25:]
    seg = " ".join(not_forward(" ".join(words)).split())  # "postponed earlier plans to reopen FLL on Thursday"
    found = list(_GOVERNS_AHEAD.finditer(seg))
    if not found and starts and _WHEN.fullmatch(starts[-1].group(0)) and not _did(seg):
        # "will play ... when they visit FC Cincinnati on Wednesday night": a clause of time in the present after a
        # verb that looks ahead is in the time it looks to
        head = (" " + before)[starts[-2].end() if len(starts) > 1 else 0 : starts[-1].start()]
        if _GOVERNS_AHEAD.search(" ".join(normalize(head).split()[-25:])):
            return True
    if not found:
        return False
    rest = seg[found[-1].end() :]
    tail = context[
        at + len(text) :
    ]  # a verb right after ("on Monday criticised"), not after a comma ("officials said")
    after = (
        "" if re.match(r"\s*[,.;:!?\"'\u201d)]", tail) else " ".join(normalize(tail).split()[:3])
    )  # "and on Monday criticised the proceedings"
    # a verb of what happened between ("up from 8 cents paid on Tuesday") or just after ("and on Monday criticised")
    # "will be made", "is expected to be announced", "is forecast to hit the coast": the plan's own verb, never one of
    # what happened however it is spelled ("hit", "shut", "proceed")
    active = _PASSIVE.sub(" ", _PLAN_VERB.sub(" ", rest, count=1))
    done = looks_back(active) or _DID_AFTER_VERB.search(active) or _IRREGULAR_PAST.search(active)
    return not (done or looks_back(after) or _DID_AFTER_VERB.search(after))


def _lead_in(text: str, context: str) -> str:
    """The words of ``context`` that bear on ``text``: the clause just before it (after
    the last "said"/"told"/";"), for direction, and the sentence, for results cues;
    normalized, as one string ("" when the text is not found in the context)."""
    c, t = normalize(context), normalize(text)
    at = c.find(t)
    if at < 0:
        return ""
    before = c[:at].split()
    clause = before[-8:]
    for i in range(len(clause) - 1, -1, -1):
        if clause[i] in ("said", "says", "told", "announced", "reported"):
            clause = clause[i + 1 :]
            break
    # "net rose to $108.8 million, or $1.35 a share, from $90.5 million ... a year ago"
    # (outside the words themselves: "the third quarter" alone is no sentence about results)
    sentence_cues = " ".join(m.group(0) for m in _RESULTS.finditer(c[:at] + " " + c[at + len(t) :]))
    return " ".join(clause) + (" | " + sentence_cues if sentence_cues else "")


def _sub(s: str, ctx: Context) -> Interval | None:
    """A part of the words (one side of a range, what follows "since")."""
    s = s.strip()
    if not s:
        return None
    if ISO_TEXT.fullmatch(s):
        return interval_for_iso(s, zone=ctx.zone)
    return _read(s, ctx)


_RULES = (
    rules.since,  # first: "since the turn of the century" is from it, not it
    elsewhere.day_elsewhere,
    rules.part_of_century,
    anchored.eve_of,
    feasts.unplaced_feast,
    feasts.named_span,
    feasts.part_of_feast,
    feasts.nth_weekday_of_feast,
    feasts.chand_raat,
    feasts.shabbat,
    anchored.numeric_date,
    anchored.day_month_year_dashed,
    anchored.working_day,
    anchored.market_session,
    named.calendar_new_year,
    named.known_as,
    named.bank_holiday,
    named.long_weekend,
    anchored.event_weekday,
    anchored.recurring,
    anchored.weekdays_ago,
    feasts.bare_eid,
    loose.anaphora,
    loose.into_weekend,
    loose.new_year,
    loose.holiday_season,
    loose.christmas_period,
    anchored.sports_season,
    anchored.turn_of,
    loose.end_of_decade,
    anchored.ago_from_day,
    anchored.unit_before,
    anchored.weekday_before,
    anchored.nth_weekend,
    anchored.day_of_month,
    anchored.days_of_month,
    anchored.nth_day_of,
    anchored.nth_day_of_event,
    anchored.units_before,
    anchored.within_ahead,
    loose.either_part_of_day,
    parts.date_of_named_year,
    rules.from_day,
    rules.weekend_of,
    rules.hours_to,
    rules.relative_to_event,
    rules.part_of_its_day,
    rules.until,
    rules.date_range,
    anchored.nth_week_of_year,
    rules.nth_week,
    rules.week_of,
)
_CALENDAR_RULES = (
    parts.parts_of_month,
    rules.months_to,
    rules.reported_periods,
    rules.quarters,
    rules.centuries,
    rules.parts_of_week,
    rules.seasons_decades_thirds,
)


def _read(s: str, ctx: Context) -> Interval | None:
    for rule in _RULES:
        iv = rule(s, ctx, _sub)
        if iv is not None:
            return iv
    iv = named.named_day(s, ctx)
    if iv is not None:
        return _with_part_of_named_day(s, iv, ctx)
    for rule in _CALENDAR_RULES:
        iv = rule(s, ctx, _sub)
        if iv is not None:
            return iv
    spec = core.read(s)
    if spec is not None:
        return core.place(spec, ctx)
    return from_dateparser(s, ctx.pub, ctx.zone)


def _with_part_of_named_day(s: str, iv: Interval, ctx: Context) -> Interval:
    """ "on Christmas morning", "at 9 a.m. on Christmas Day": the named day as anchor."""
    d = iv.start.date()
    part = re.search(r"\b(morning|afternoon|evening|night)\b", s)
    if part and part.group(1) == "night" and not re.search(r"\b(?:clock|\d{1,2}\s*[ap]m|midnight|noon)\b", s):
        s = part.group(1)  # "Christmas night", "election night": the night that begins on that day
    spec = core.read(f"{d.isoformat()} {s}")
    if isinstance(spec, (core.AtClock, core.PartOfDay)):
        got = core.place(spec, ctx)
        return replace(got, rule=f"{iv.rule}; {got.rule}")
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
        raise cannot(text if isinstance(text, str) else repr(text))
    try:
        return resolve(text, base).start
    except DateError as exc:
        if str(exc).startswith("date out of range"):
            raise
        raise cannot(text) from None
