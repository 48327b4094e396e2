"""Words of dates: normalizing news text, the month and weekday names, and which way a
sentence looks (ahead, or back at what happened)."""

from __future__ import annotations

import calendar
import re
from datetime import datetime
from functools import lru_cache

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_ABBR = {
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
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
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
    "several": 3,
    "a few": 3,
    "few": 3,
    "a couple of": 2,
    "couple of": 2,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

MONTH_ANY = r"(?:" + "|".join(sorted(list(MONTHS) + list(MONTH_ABBR), key=len, reverse=True)) + r")"
MONTH_FULL = r"(?:" + "|".join(MONTHS) + r")"
WD = r"(?:" + "|".join(WEEKDAYS) + r")"
NUM = r"(?:\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"  # "a couple of" before "a"


def month_no(word: str) -> int:
    return MONTHS.get(word) or MONTH_ABBR[word]


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word]


_YEAR_END = re.compile(r"\b(?:(this|last|next)\s+)?year(?:'s\s+|\s*-\s*|\s+)end\b(?:\s+(1[89]\d\d|20\d\d)\b)?")


def _year_end(m: re.Match) -> str:
    """ "year-end" is "the end of the year" (of the one named, if any)."""
    return "end of " + (m.group(2) or (f"{m.group(1)} year" if m.group(1) else "the year"))


_ZONE_NAMES = re.compile(
    r"\b(?:(greenwich\s+mean)|(british\s+summer)|(central\s+european(?:\s+summer)?)"
    r"|(eastern|central|mountain|pacific)(?:\s+(standard|daylight))?)\s+time\b"
)


# after a clock time, the US zone without "time" ("8 p.m. Eastern", "1 p.m. (Eastern)", AP and NPR): its abbreviation
_BARE_US_ZONE = re.compile(
    r"(\d\s[ap]m\s+\(?)(eastern|central|mountain|pacific)\b(?!\s+(?:standard\s+|daylight\s+)?time\b)"
)


def _zone_abbr(m: re.Match) -> str:
    """US and European zone names as wire copy spells them out: "Eastern time" (the zone, with
    its DST), "Eastern Standard Time", "Greenwich Mean Time"."""
    if m.group(1):
        return "gmt"
    if m.group(2):
        return "bst"
    if m.group(3):
        return "cest" if "summer" in m.group(3) else "cet"
    kind = {"standard": "s", "daylight": "d"}.get(m.group(5) or "", "")
    return m.group(4)[0] + (kind + "t" if kind else "t")


# weekdays abbreviated with their point: "Tues.", "Thurs." (AP's captions and listings); "Sat.", "Sun." and "Wed." only
# before a date or a time ("Sun., Jan. 5", "Sat. at noon"), being words too ("he sat.", "the Sun.")
_WEEKDAY_SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday"}
_WEEKDAY_SHORT |= {"thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"}
_WEEKDAY_ABBR = re.compile(
    r"\b(mon|tues?|thu(?:rs?)?|fri)\.|\b(?:(sat|sun|wed)\.)(?=\s*(?:,|\s(?:at|on|\d|"
    + "|".join(MONTHS)
    + r"|"
    + "|".join(MONTH_ABBR)
    + r")\b))"
)


# "two and a half years ago" is 30 months ago, "a year and a half ago" 18
_HALF_YEARS = re.compile(
    r"\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\s+years|(?:a|one)\s+year\s+and\s+a\s+half)\b"
)


def _wider(m: re.Match) -> str:
    a, b = m[2], m[3]
    if (a.isdigit() or a in NUMBERS) and (b.isdigit() or b in NUMBERS):
        return f"{m[1]} {max(a, b, key=number)} "
    return m[0]


_DAY_ORDINALS = dict(
    zip(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        range(1, 21),
    )
)
_DAY_ORDINALS |= {f"twenty-{w}": 20 + n for w, n in _DAY_ORDINALS.items() if n < 10}
_DAY_ORDINALS |= {"thirtieth": 30, "thirty-first": 31}
_DAY_ORDINAL = r"(" + "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True)).replace("-", r"[\s-]") + r")"
# a day of a month said in words, as broadcast transcripts and quotes write it: "the fifth of November", "the
# twenty-fourth of February", "June the twelfth", "May first" (not "the fourth of July", the holiday's name)
_ORDINAL_OF_MONTH = re.compile(r"\b(?:the\s+)?" + _DAY_ORDINAL + r"\s+of\s+(?!july\b)(" + MONTH_FULL + r")\b")
_MONTH_ORDINAL = re.compile(
    r"\b(" + MONTH_FULL + r")\s+(?:the\s+)?" + _DAY_ORDINAL + r"\b(?![\s-]+(?:half|quarter|week))"
)


def _day_no(word: str) -> str:
    n = _DAY_ORDINALS[re.sub(r"\s+", "-", word)]
    return f"{n}{'st' if n in (1, 21, 31) else 'nd' if n in (2, 22) else 'rd' if n in (3, 23) else 'th'}"


# "the first of the month", "the 15th of next month": its day ("the first day of the month")
_ORDINAL_OF_THE_MONTH = re.compile(
    r"\bthe\s+(" + _DAY_ORDINAL[1:-1] + r"|\d{1,2}(?:st|nd|rd|th))\s+of\s+(the|this|next|last)\s+month\b"
)


# "from the fifth to the eighth of November": both days
_ORDINAL_PAIR = re.compile(
    r"\b(?:the\s+)?"
    + _DAY_ORDINAL
    + r"\s+(to|and|through|until|till|-)\s+(?:the\s+)?"
    + _DAY_ORDINAL
    + r"(?=\s+of\s+"
    + MONTH_FULL
    + r"\b)"
)


def _spell_day_ordinals(s: str) -> str:
    s = _ORDINAL_PAIR.sub(lambda m: f"{_day_no(m[1])} {m[2]} {_day_no(m[3])}", s)
    s = _ORDINAL_OF_THE_MONTH.sub(lambda m: f"the {m[1]} day of {m[2]} month", s)
    s = _ORDINAL_OF_MONTH.sub(lambda m: f"{_day_no(m[1])} of {m[2]}", s)
    return _MONTH_ORDINAL.sub(lambda m: f"{m[1]} {_day_no(m[2])}", s)


# a loose part of a year or a month, as copy writes it ("the early part of next year", "the closing months of 2024",
# "the final days of June", "the dying days of 2024", "the first weeks of the year", "the last weeks of May"): the
# third (early, mid, late) it names, as "early next year" and "late June" are; days of a year are of its first or last
# month ("late December"), weeks of a year that month, weeks of a month its half
_EARLY_WORDS = r"early|earlier|first|opening"
_LATE_WORDS = r"latter|later|last|final|closing|dying|waning|tail"
_YEAR_X = r"((?:19|20)\d\d|(?:this|last|next|the)\s+year)"
_MONTH_X = r"((?:" + MONTH_FULL + r")(?:\s+(?:19|20)\d\d)?|(?:this|last|next|the)\s+month)"
_LOOSE_PART = re.compile(
    r"\b(?:the\s+)?("
    + _EARLY_WORDS
    + "|"
    + _LATE_WORDS
    + r"|middle)\s+(parts?|months|days|weeks)\s+of\s+(?:"
    + _YEAR_X
    + "|"
    + _MONTH_X
    + r")\b"
)


def _loose_part(m: re.Match) -> str:
    side = "mid" if m[1] == "middle" else "early" if re.fullmatch(_EARLY_WORDS, m[1]) else "late"
    unit, year, month = m[2].rstrip("s"), m[3], m[4]
    if side == "mid" and unit != "part":  # "the middle days of June": no third it names
        return m[0]
    if year:
        year = "this year" if year == "the year" else year
        if unit in ("part", "month"):
            return f"{side} {year}"
        edge = "january" if side == "early" else "december"
        return f"{edge} {year}" if unit == "week" else f"{side} {edge} {year}"
    month = "this month" if month == "the month" else month
    if unit in ("part", "day"):
        return f"{side} {month}"
    if unit == "week":
        return f"the {'first' if side == 'early' else 'second'} half of {month}"
    return m[0]  # "the first months of June"


_WINTER_YEARS = re.compile(
    r"\b(?:the\s+)?winter\s+(?:of\s+)?((?:19|20)\d\d)\s*[-/]\s*(\d{2}|\d{4})\b"
    r"|\bthe\s+((?:19|20)\d\d)\s*[-/]\s*(\d{2}|\d{4})\s+winter\b"
)


def _next_year(m: re.Match) -> bool:
    """Whether the two years of a winter ("2022-23", "2022/2023") are one and the next."""
    first, second = (m[1], m[2]) if m[1] else (m[3], m[4])
    return int(second) % 100 == (int(first) + 1) % 100 and (len(second) == 2 or int(second) == int(first) + 1)


# British and Irish copy write a clock with a point ("at 10.35 BST", "14.30 local time", "18.00 Moscow time"): a clock
# when a zone follows it (alone, "10.35" may be a price, a score or a time in a race)
_DOTTED_CLOCK = re.compile(r"(?<![\d.,/])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,])")

_TO_DOTTED = re.compile(r"\s*(?:-|to|and|until|till)\s*(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,])")


def _zone_said(after: str) -> bool:
    """Whether a zone follows a clock, or another clock and a zone ("between 10.00 and 12.00 GMT")."""
    to = _TO_DOTTED.match(after)
    return bool(zone_after().match(after[to.end() :] if to else after))


# the zones a clock time may name: abbreviations (minutes east of UTC), the US zones by their letters, cities' times
CLOCK_ZONES = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "ist": 330,
    "pkt": 300,
    "wib": 420,
    "hkt": 480,
    "sgt": 480,
    "jst": 540,
    "kst": 540,
    "aest": 600,
    "aedt": 660,
    "edt": -240,
    "est": -300,
    "cdt": -300,
    "cst": -360,
    "mdt": -360,
    "mst": -420,
    "pdt": -420,
    "pst": -480,
}
CLOCK_ZONES |= {"akst": -540, "akdt": -480, "hst": -600, "nzst": 720, "nzdt": 780, "sast": 120, "pht": 480, "ict": 420}
CLOCK_ZONES |= {"wat": 60}  # West Africa Time, as Nigerian copy writes it ("at 15.30 WAT")
NAMED_ZONES = {"et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver", "pt": "America/Los_Angeles"}


@lru_cache(maxsize=1)
def city_zones() -> dict[str, str]:
    """A city's time, as copy writes it ("11:42 Moscow time", "8 p.m. Beijing time"): the tz database's cities,
    and the capitals it files under another city."""
    from zoneinfo import available_timezones

    cities = {"beijing": "Asia/Shanghai", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata"}
    cities |= {"mumbai": "Asia/Kolkata", "washington": "America/New_York", "abu dhabi": "Asia/Dubai"}
    cities |= {"tel aviv": "Asia/Jerusalem", "kiev": "Europe/Kyiv", "mecca": "Asia/Riyadh", "jeddah": "Asia/Riyadh"}
    # a country of one zone, as Indian and Asian copy writes it ("10 pm UK time", Kyodo's "9 a.m. Japan time")
    cities |= {"uk": "Europe/London", "british": "Europe/London", "britain": "Europe/London"}
    cities |= {"japan": "Asia/Tokyo", "korea": "Asia/Seoul", "south korea": "Asia/Seoul", "india": "Asia/Kolkata"}
    # AP and Reuters: "8 a.m. Israel time", "noon Iran time", "11 a.m. Hawaii time"; countries (and states) of one zone
    cities |= {"israel": "Asia/Jerusalem", "israeli": "Asia/Jerusalem", "iran": "Asia/Tehran", "ukraine": "Europe/Kyiv"}
    cities |= {
        "turkey": "Europe/Istanbul",
        "egypt": "Africa/Cairo",
        "pakistan": "Asia/Karachi",
        "china": "Asia/Shanghai",
    }
    cities |= {
        "taiwan": "Asia/Taipei",
        "thailand": "Asia/Bangkok",
        "vietnam": "Asia/Ho_Chi_Minh",
        "france": "Europe/Paris",
    }
    cities |= {"germany": "Europe/Berlin", "italy": "Europe/Rome", "poland": "Europe/Warsaw", "greece": "Europe/Athens"}
    cities |= {
        "ireland": "Europe/Dublin",
        "irish": "Europe/Dublin",
        "nigeria": "Africa/Lagos",
        "kenya": "Africa/Nairobi",
    }
    cities |= {"south africa": "Africa/Johannesburg", "new zealand": "Pacific/Auckland", "philippine": "Asia/Manila"}
    cities |= {"philippines": "Asia/Manila", "lebanon": "Asia/Beirut", "syria": "Asia/Damascus", "iraq": "Asia/Baghdad"}
    cities |= {"saudi": "Asia/Riyadh", "qatar": "Asia/Qatar", "uae": "Asia/Dubai", "hawaii": "Pacific/Honolulu"}
    cities |= {
        "alaska": "America/Anchorage",
        "venezuela": "America/Caracas",
        "peru": "America/Lima",
        "cuba": "America/Havana",
    }
    # a country's time by its adjective (Polish and Ukrainian copy in English: "just after 10.00 Polish time", "18:00
    # Ukrainian time"; Kyodo's "Japanese time"), countries of one zone
    cities |= {
        "polish": "Europe/Warsaw",
        "ukrainian": "Europe/Kyiv",
        "german": "Europe/Berlin",
        "french": "Europe/Paris",
    }
    cities |= {
        "italian": "Europe/Rome",
        "spanish": "Europe/Madrid",
        "dutch": "Europe/Amsterdam",
        "greek": "Europe/Athens",
    }
    cities |= {"turkish": "Europe/Istanbul", "japanese": "Asia/Tokyo", "korean": "Asia/Seoul", "iranian": "Asia/Tehran"}
    cities |= {
        "egyptian": "Africa/Cairo",
        "pakistani": "Asia/Karachi",
        "chinese": "Asia/Shanghai",
        "swiss": "Europe/Zurich",
    }
    cities |= {
        "austrian": "Europe/Vienna",
        "czech": "Europe/Prague",
        "hungarian": "Europe/Budapest",
        "thai": "Asia/Bangkok",
    }
    cities |= {"romanian": "Europe/Bucharest", "finnish": "Europe/Helsinki", "swedish": "Europe/Stockholm"}
    cities |= {"norwegian": "Europe/Oslo", "danish": "Europe/Copenhagen", "belgian": "Europe/Brussels"}
    cities |= {"nigerian": "Africa/Lagos", "kenyan": "Africa/Nairobi", "saudi arabian": "Asia/Riyadh"}
    regions = ("Europe", "Asia", "Africa", "America", "Australia", "Atlantic", "Indian", "Pacific")
    for name in available_timezones():
        region, _, city = name.partition("/")
        if region in regions and city and "/" not in city and city != "Easter":
            cities.setdefault(city.replace("_", " ").lower(), name)
    return cities


@lru_cache(maxsize=1)
def zone_after() -> re.Pattern:
    """The zone written after a clock time: "local time", a city's time, an abbreviation (built on first use: the
    tz database's city names are read from disk)."""
    cities = sorted((re.escape(c).replace(r"\ ", r"\s+") for c in city_zones()), key=len, reverse=True)
    return re.compile(
        r"^\s*\(?\s*(?:(local)(?:\s+time)?|("
        + "|".join(cities)
        + r")\s+time|("
        + "|".join(list(CLOCK_ZONES) + list(NAMED_ZONES))
        + r"))\b"
    )


# weekend and Monday copy (Reuters' and AFP's week-ahead pieces, BBC business): "in the new week", "early in the new
# week", "at the start of the new week": the week after the publication's; on a Monday the one that began that day
_NEW_WEEK = re.compile(r"\b(?:in\s+)?the\s+new\s+week\b")


def the_new_week(s: str, weekday: int) -> str:
    """ "the new week" as "next week", or "this week" in a Monday story (``weekday`` 0)."""
    return _NEW_WEEK.sub("this week" if weekday == 0 else "next week", s)


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", " ")
    s = re.sub(r"(\d)\s*([ap])\.?\s?m\b\.?", r"\1 \2m", s)  # 10:45 p.m. -> 10:45 pm
    # Oct. 5, and without the point before a number: "Oct 1987", "since Dec 2019", "Sept 5"
    s = re.sub(
        r"\b(" + "|".join(MONTH_ABBR) + r")(?:\.|\b(?=\s*\d))",
        lambda m: calendar.month_name[MONTH_ABBR[m.group(1)]].lower() + " ",
        s,
    )
    # CrisisWatch, ACLED: "Mid-Sept", "late Oct", "early Dec," (no point, no number after): the month's name
    s = re.sub(
        r"\b(early|mid|late)([\s-]+)(" + "|".join(MONTH_ABBR) + r")\b(?!\.)",
        lambda m: f"{m[1]}{m[2]}{calendar.month_name[MONTH_ABBR[m[3]]].lower()}",
        s,
    )
    # "early in the month", "late in the month", "mid-month": that third of this month
    s = re.sub(r"\b(early|late)\s+in\s+the\s+month\b", r"\1 this month", s)
    s = re.sub(r"\bmid[\s-]+month\b", "mid this month", s)
    s = _WEEKDAY_ABBR.sub(
        lambda m: _WEEKDAY_SHORT[m.group(1) or m.group(2)] + " ", s
    )  # "Tues., Jan. 7", "on Thurs. at 3 p.m."
    # British and Indian copy: "on Monday last", "on Tuesday next": the last Monday, the next Tuesday
    s = re.sub(r"\b(" + WD + r")\s+(last|next)\b(?=\s*(?:$|[,;:)]))", r"\2 \1", s)
    s = re.sub(r"\b(\d{1,2})\.(\d{2}) ([ap]m)\b", r"\1:\2 \3", s)  # 10.45 pm
    # 2,000 -> 2000 (a number, not two); "1,200 hours" stays a count of hours, not the clock 1200 hours
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\s+hours\b))", "", s)
    s = _spell_day_ordinals(s)  # "the fifth of November", "June the twelfth", "May first": days of a month
    s = re.sub(r"\b(" + MONTH_FULL + r")\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b", r"\1 \2", s)  # BBC: "March the 3rd"
    # Indian results copy: "Q3FY24", "Q2 FY25", "FY'25": the quarter of that fiscal year, the year written in full
    # once the publication places it (``resolve`` reads yy25)
    s = re.sub(r"\bq([1-4])(?=fy)", r"q\1 ", s)
    s = re.sub(r"\bfy\s*'?(\d\d)\b(?![-/]\d)", r"fy yy\1", s)
    s = re.sub(r"(?<![\w/])w/c(?![\w/])", "week commencing", s)  # British: "w/c 21 October"
    # PTI: "last fiscal", "this fiscal", "the current fiscal": the fiscal year
    s = re.sub(r"\b(this|current|last|previous|next|coming)\s+fiscal\s*$", r"\1 fiscal year", s)
    # Ukrainian style: "on the night of 9-10 September": the night that begins on the first day
    s = re.sub(
        r"\bnight\s+of\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|into)\s*\d{1,2}(?:st|nd|rd|th)?\s+(" + MONTH_FULL + r")\b",
        r"night of \1 \2",
        s,
    )
    # "overnight June 29-30", "overnight on 29-30 March" (Reuters, AFP): the night that begins on the first day, as
    # "the night of 29-30 March" (not the night that ends on the first, as "overnight on Saturday" is)
    s = re.sub(
        r"\bovernight\s+(?:on\s+|of\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|into)\s*\d{1,2}(?:st|nd|rd|th)?\s+("
        + MONTH_FULL
        + r")|("
        + MONTH_FULL
        + r")\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|into)\s*\d{1,2}(?:st|nd|rd|th)?)\b",
        lambda m: f"night of {m[1]} {m[2]}" if m[1] else f"night of {m[4]} {m[3]}",
        s,
    )
    # BBC: "in the early hours of this morning" is today's small hours, not its morning; AP: "in the early morning
    # hours of Sunday" the small hours too
    s = re.sub(r"\b(early|small|wee)\s+hours\s+of\s+this\s+morning\b", r"\1 hours of today", s)
    s = re.sub(r"\b(?:the\s+)?early[\s-]+morning\s+hours\b", "the early hours", s)
    # "this week and next": both
    s = re.sub(r"\bthis\s+(week|month|year)\s+and\s+next\b(?!\s+(?:week|month|year)\b)", r"this \1 and next \1", s)
    # Ukrinform: "over the past day", "in the last day": the 24 hours to the publication (not "the last day of")
    s = re.sub(r"\b(over|in|during|for)\s+the\s+(?:past|last)\s+day\s*$", r"\1 the past 24 hours", s)
    s = re.sub(r"\b(\d+)-hour\s+period\b", r"\1 hour period", s)  # Kyodo: "the 24-hour period through noon": hours
    # a date written with dots is day first wherever it is written ("05.11.2024", German, Russian, Ukrainian copy)
    s = re.sub(
        r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\d.])",
        lambda m: f"{int(m[1])} {calendar.month_name[int(m[2])].lower()} {m[3]}",
        s,
    )
    s = _DOTTED_CLOCK.sub(lambda m: f"{m[1]}:{m[2]}" if _zone_said(m.string[m.end() :]) else m[0], s)
    s = re.sub(r"(?<=\d)\.(?=\d)", "/", s)  # 26.09.2024 -> 26/09/2024, for dateparser
    # Kyiv Independent, Reuters: "the winter of 2022-2023", "the 2022-23 winter", "winter 2023/24": the one winter
    # that spans the two years, as "the winter of 2022" is (not the two years)
    s = _WINTER_YEARS.sub(lambda m: f"the winter of {m[1] or m[3]}" if _next_year(m) else m[0], s)
    s = _LOOSE_PART.sub(_loose_part, s)
    s = re.sub(r"\b(mid|early|late)\s*-\s*", r"\1 ", s)  # mid-2023, mid-October, "early - 1990" as tokenized
    # Reuters: "end-2024", "at end-June", "by end-year": the end of it
    s = re.sub(r"\bend-(?=(?:" + MONTH_FULL + r"|year|month|quarter|(?:19|20)\d\d)\b)", "the end of ", s)
    s = re.sub(r"\bthe end of (year|month|quarter)\b", r"the end of the \1", s)
    s = re.sub(r"(\d0)\s?'s\b", r"\1s", s)  # the 1980's (NYT style until 2000s), the '80's
    # the '80s, the 70s: a decade written with two digits (its rule puts it on the calendar: the last one over)
    s = re.sub(r"(?<![\w'])'\s?(\d0)s\b", r"\1s", s)
    # since '82, the class of '09: a year written with two digits (``resolve`` places it near the publication)
    s = re.sub(r"(?<![\w'])'(\d\d)\b(?!\s*(?:s|%|percent)\b)", r"yy\1", s)
    s = _YEAR_END.sub(_year_end, s)  # year-end, year's end, last year-end 1988
    s = re.sub(r"\b(" + MONTH_FULL + r")\s+of\s+(?=(?:1[0-9]|20)\d\d\b)", r"\1 ", s)  # May of 1998
    s = re.sub(r"\bmid\s*-?\s*week\s+(next|last|this)\s+week\b", r"the middle of \1 week", s)  # midweek next week
    # "this past March" is the last March over, "this coming March" the next (as "last March", "next March")
    s = re.sub(
        r"\bthis\s+(past|coming)\s+(?=" + MONTH_FULL + r"\b)", lambda m: "last " if m[1] == "past" else "next ", s
    )
    s = _HALF_YEARS.sub(lambda m: f"{12 * NUMBERS.get(m[1], 0) + 6 if m[1] else 18} months", s)  # 2 1/2 years ago
    s = re.sub(r"\bhalf\s+a\s+year\b", "6 months", s)
    s = re.sub(r"\ba\s+matter\s+of\s+(?=(?:minute|hour|day|week|month|year)s\b)", "", s)  # in a matter of days
    s = re.sub(
        r"\b(past|last|next|coming)\s+(half|quarter)[\s-]century\b",
        lambda m: f"{m[1]} {50 if m[2] == 'half' else 25} years",
        s,
    )
    s = re.sub(r"\bthe\s+(?:rest|remainder|balance)\s+of\s+(?:the|this)\s+(week|month|year)\b", r"later this \1", s)
    s = re.sub(r"\bthe\s+current\s+(week|month|quarter|decade|century)\b", r"this \1", s)
    s = re.sub(r"\bforthcoming\s+(?=(?:week|month|year)\b)", "coming ", s)
    s = re.sub(r"\bthe\s+(year|month)\s+so\s+far\b", r"so far this \1", s)
    # "the next two or three months", "the next 24 to 48 hours" (PAGASA, NWS): the wider, three, 48
    s = re.sub(
        r"\b(past|last|previous|next|coming)\s+(\w+)(?:\s+(?:or|to)\s+|\s*-\s*)(\w+)\s+(?=(?:hour|day|week|month|year)s?\b)",
        _wider,
        s,
    )
    s = re.sub(r"\b(past|last|previous|next|coming)\s+fortnight\b", r"\1 2 weeks", s)  # the past fortnight
    # "in recent days", "in the coming weeks", "in past months", "in recent three years" (Xinhua): as "the
    # past few days", "the next few weeks" (a few is three), counted from the publication
    s = re.sub(
        r"\b(?:the\s+)?(?:most\s+)?recent\s+(" + NUM + r"\s+)?(?=(?:day|week|month|year|decade)s\b)",
        lambda m: f"the past {m[1] or 'few '}",
        s,
    )
    # "in the weeks ahead", "in the years to come", "in the coming hours": as "the next few weeks"
    s = re.sub(r"\b(?:the\s+)?(day|week|month|year|decade|hour)s\s+(?:ahead|to\s+come)\b", r"the coming \1s", s)
    s = re.sub(r"\bthe\s+(week|month|year)\s+ahead\b", r"the coming \1", s)  # "the week ahead"
    s = re.sub(r"\bthe\s+weekend\s+ahead\b", "this weekend", s)
    s = re.sub(r"\b(?:the\s+)?(?:upcoming|coming)\s+(?=(?:day|week|month|year|decade|hour)s\b)", "the next few ", s)
    s = re.sub(r"\b(past|next)\s+(?=(?:day|week|month|year|decade|hour)s\b)", r"\1 few ", s)
    s = re.sub(r"^(?:currently|at\s+present|presently|for\s+now|right\s+now|as\s+of\s+now)$", "now", s)
    # "effective immediately", "with immediate effect" (British, Indian notices): the publication's minute, as "now"
    s = re.sub(r"^(?:effective|with\s+effect)\s+(?:immediately|forthwith)$|^with\s+immediate\s+effect$", "now", s)
    s = re.sub(r"\s+or\s+so\b(?=\s+(?:ago|earlier|later|before|after)\b)", "", s)  # a week or so ago
    s = re.sub(  # half a century ago: 50 years ago; a quarter of a century (a quarter-century) ago: 25
        r"\b(?:(?:half\s+a|a\s+half)[\s-]+(century|decade)|a\s+quarter(?:\s+of\s+a)?[\s-]+century)"
        r"(?=\s+(?:ago|from\s+now|hence)\b)",
        lambda m: "25 years" if not m[1] else "50 years" if m[1] == "century" else "5 years",
        s,
    )
    # British: "a week last Monday", "a fortnight last Saturday", "a week yesterday": counted back from that day, as
    # "a week ago Monday" is (before: the last Monday itself, and yesterday)
    s = re.sub(
        r"\b(a|one|two|three|\d+)\s+(week|fortnight)s?\s+(?:ago\s+)?(?:last\s+(" + WD + r")|(yesterday))\b",
        lambda m: f"{(2 if m[2] == 'fortnight' else 1) * number(m[1])} weeks ago " + (f"last {m[3]}" if m[3] else m[4]),
        s,
    )
    # "the week just gone", "the year just ended", "the quarter just past" (British, Australian): the last one; "the
    # weekend just gone" the one before the publication, as "this past weekend" (before: refused)
    s = re.sub(r"\bthe\s+(week|month|quarter|year)\s+just\s+(?:gone|past|ended|finished)\b", r"last \1", s)
    s = re.sub(r"\bthe\s+weekend\s+just\s+(?:gone|past|ended|finished)\b", "this past weekend", s)
    # British: "a week on Monday", "a week today", "Monday week", "next Tuesday week": a week from that day
    s = re.sub(
        r"\b(a|one|two|three|\d+)\s+(week|fortnight)s?\s+(?:on\s+)?(today|tomorrow|" + WD + r")\b",
        lambda m: f"{2 * number(m[1])} weeks from {m[3]}" if m[2] == "fortnight" else f"{m[1]} {m[2]} from {m[3]}",
        s,
    )
    # "last Monday week" is a week before last Monday (before: a week on from the coming Monday)
    s = re.sub(r"\blast\s+(" + WD + r")\s+week\b(?!\s*(?:s\b|end|of\b|-))", r"1 weeks ago last \1", s)
    s = re.sub(r"\b((?:next\s+|this\s+)?" + WD + r")\s+week\b(?!\s*(?:s\b|end|of\b|-))", r"a week from \1", s)
    # Reuters: "FY2025/26" is the two years as "fiscal 2025/26" is; "2H24", "1Q25", "3Q": Q3, H2 and their years
    s = re.sub(r"\bfy\s*((?:19|20)\d\d)\s*([/-])\s*(\d\d)\b", r"fiscal \1\2\3", s)
    s = re.sub(r"\b([1-4])q(?:\s*'?(\d\d))?\b", lambda m: f"q{m[1]}" + (f" 20{m[2]}" if m[2] else ""), s)
    s = re.sub(r"\b([12])h'?(\d\d)\b", r"h\1 20\2", s)  # "2H24" (a bare "1h" is an hour)
    s = _ZONE_NAMES.sub(_zone_abbr, s)  # 5 p.m. Eastern time -> 5 pm et
    s = _BARE_US_ZONE.sub(lambda m: m.group(1) + m.group(2)[0] + "t", s)  # 8 p.m. Eastern -> 8 pm et
    s = re.sub(r"(?<=[a-z])'ll\b", " will", s)  # "we'll", "they'll": will
    s = re.sub(r"[^\w:\-/+' ]+", " ", s)
    s = re.sub(r"'(?!s\b)", " ", s)  # keep only the possessive 's
    s = s.replace("'s", " s")
    s = spell_years(" ".join(s.split()))
    # and "May of nineteen ninety-four", its year said in words (nineteenth pass: read as this May before)
    s = re.sub(r"\b(" + MONTH_FULL + r")\s+of\s+(?=(?:1[0-9]|20)\d\d\b)", r"\1 ", s)
    return spell_numbers(s)


_TENS = {"ten": 1, "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_ELEVENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16}
_ELEVENS |= {"seventeen": 17, "eighteen": 18, "nineteen": 19}
# the two last digits of a year said in words: "ninety-four", "oh five", "ten", "nineteen", "twenty-three"
_YY = (
    r"(?:oh[\s-](?P<oh>" + "|".join(_UNITS) + r")|(?P<teen>" + "|".join(_ELEVENS) + r")"
    r"|(?P<tens>" + "|".join(t for t in _TENS if t != "ten") + r")(?:[\s-](?P<unit>" + "|".join(_UNITS) + r"))?)"
)
# nineteenth pass: a year as transcripts and older copy say it. "nineteen ninety-four", "nineteen oh five",
# "eighteen hundred", "two thousand and ten" (read "two thousand" before: 2000), "twenty twenty-three", "twenty ten"
# ("twenty" and a year's last two from ten up: a count of twenty is never followed by one)
_SPELLED_YEAR = re.compile(
    r"\b(?P<c>nineteen|eighteen)\s+(?:(?P<hundred>hundred)|" + _YY + r")\b(?!-)"
    r"|\btwo\s+thousand(?:(?:\s+and)?\s+(?:(?P<u2>"
    + "|".join(_UNITS)
    + r")|"
    + _YY.replace("?P<", "?P<k")
    + r"))?\b(?!-)"
    r"|\btwenty\s+(?:" + _YY.replace("?P<", "?P<w").replace("oh[\\s-]", "oh[\\s-]") + r")\b(?!-)"
    r"|\bthe\s+(?P<decade>"
    + "|".join(t + "ies" if t != "ten" else "tens" for t in _TENS).replace("tyies", "ties")
    + r")\b"
)


def _yy(m: re.Match, k: str = "") -> int | None:
    """The last two digits of a year said in words, from the groups named with prefix ``k``; None if none matched."""
    if m.group(k + "oh"):
        return _UNITS[m.group(k + "oh")]
    if m.group(k + "teen"):
        return _ELEVENS[m.group(k + "teen")]
    if m.group(k + "tens"):
        return 10 * _TENS[m.group(k + "tens")] + _UNITS.get(m.group(k + "unit") or "", 0)
    return None


def _spelled(m: re.Match) -> str:
    """Years said in words, as broadcast transcripts write them: "nineteen ninety-six"."""
    if m.group("c"):
        century = 1900 if m.group("c") == "nineteen" else 1800
        return str(century + (0 if m.group("hundred") else _yy(m) or 0))
    if m.group("decade"):  # "the nineties"
        d = m.group("decade")
        return f"the 19{_TENS[d[:-3] + 'y' if d.endswith('ies') else d[:-1]]}0s"
    if m.group(0).startswith("twenty"):
        return str(2000 + (_yy(m, "w") or 0))
    return str(2000 + (_UNITS[m.group("u2")] if m.group("u2") else _yy(m, "k") or 0))


def spell_years(s: str) -> str:
    return _SPELLED_YEAR.sub(_spelled, s)


# numbers written out above twelve, as copy spells them at a sentence's start ("Twenty-five years ago, ...") and in
# quotes ("in the past fifteen years"): digits, so that every rule that counts reads them, and "five years ago" is no
# part of "twenty-five years ago"; "a dozen", "a hundred" too. After the years said in words ("nineteen ninety-six").
_TEENS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_SPELLED_NUMBER = re.compile(
    r"\b(?:("
    + "|".join(_TEENS)
    + r")|("
    + "|".join(t for t in _TENS if t != "ten")
    + r")(?:[\s-]("
    + "|".join(_UNITS)
    + r"))?)\b(?!-)|\b(?:a|one)\s+(dozen|hundred)\b"
)


def _spelled_number(m: re.Match) -> str:
    if m.group(1):
        return str(_TEENS[m.group(1)])
    if m.group(2):
        return str(10 * _TENS[m.group(2)] + _UNITS.get(m.group(3) or "", 0))
    return "12" if m.group(4) == "dozen" else "100"


def spell_numbers(s: str) -> str:
    return _SPELLED_NUMBER.sub(_spelled_number, s)


# Things that look like numbers dateparser takes for dates but are not: Su-34, F-16, 12-year-old.
NOT_DATES = re.compile(  # (not a month and the day after it: "13 May-15 May"; nor a spreadsheet's "11-Mar-15")
    r"(?<!\d-)\b(?!q[1-4]\b|h[12]\b|fy|[ap]m-\d|(?:noon|midday|midnight)-\d|"
    + MONTH_ANY
    + r"-\d{1,2}\s+"
    + MONTH_ANY
    + r"\b)[a-z]+-\d+\w*\b|\b\d+-(?:year|month|week|day|hour)s?-old\b"
    r"|\b\d+-(?!quarter\b|half\b|" + MONTH_ANY + r"\b)[a-z]+\b"
)

# Which way the words look. An event a story names by its weekday before it happens ("Sunday's runoff"); a done act
# ("Wednesday's decision", "Friday's announcement") is not one (tenth pass: sentence.done_act)
_EVENT_NOUNS = (
    r"summit|vote|voting|election|elections|runoff|run-off|meeting|meetings|talks|deadline|debate|referendum|"
    r"hearing|match|game|final|race|visit|ceremony|inauguration|launch|poll|polls|conference|session|trial|"
    r"rally|parade|opening|sentencing|auction|festival|celebration|premiere|deal|ballot|caucus|primary|primaries|"
    r"kickoff|start|event|review|speech|address|swearing-in|"
    # sports fixtures (BBC Sport, AP, AAP: "Wednesday's quarterfinal", "Sunday's Super Bowl", "Saturday's derby")
    r"quarterfinal|quarter-final|quarter final|semifinal|semi-final|semi final|semis|decider|showdown|derby|fixture|"
    r"opener|rematch|grand final|super bowl|playoff|play-off|bout|title fight|grand prix|first leg|second leg|"
    r"return leg"
)
FORWARD = re.compile(
    r"\b(?:will|won t|wont|shall|going to|is to|are to|was to|were to|is due|are due|due to|due on|due|"
    r"plans? to|planning|planned|plans|expected|expects|scheduled|set to|set for|is set|are set|should(?! have)|on track to|"
    r"might(?! have)|must(?! have)|now\s+targeting|rescheduled(?=\s+(?:for|to)\b|\s*(?:\||$))|postponed to|postponed for|"
    r"pushed back to|delayed to|delayed until|no earlier than|"
    # courts (PA, AAP, PTI: "the case was adjourned to Friday", "remanded to appear on Monday", "bailed to June 20"),
    # with the date right after (or the words ending there); not "remanded to jail on Friday", "bailed to her home"
    r"(?:adjourned (?:the (?:\w+ )?\w+ )?(?:to|till)|remanded to|bailed to)(?=\s+(?:(?:on|next|this|the)\s+)?(?:"
    + WD
    + r"|"
    + MONTH_ANY
    + r"|\d|tomorrow|next\b|later\b)|\s*$)|to appear|due to appear|to reappear|reconvene|reconvenes|"
    r"set (?:a|the|another|a new) (?:\w+ )?(?:hearing|trial|date|court date|sentencing) for|"
    r"ahead of|deadline|upcoming|forthcoming|to be held|would|is slated|slated|intends to|hopes to|aims to|"
    r"intend to|intending to|hope to|hoping to|aim to|aiming to|"
    r"no later than|as soon as|as early as|"
    r"in time for|starting|begins|opens|reopen|reopens|resume|resumes|to take place|takes place|is coming|are coming|"
    r"effective|with effect from|w e f|"  # "effective Friday", Indian "with effect from (w.e.f.) Monday"
    r"heads to|is heading|are heading|run up to|run-up to|lead-up to|leading up to|countdown to|"
    r"convenes|to meet|to visit|to travel|to vote|to hold|to begin|to start|to end|to open|to close)\b"
    r"|\bby\s+(?:the\s+)?(?:end\s+of\s+)?(?:next\s+|this\s+|mid\s+|early\s+|late\s+)?(?:"
    + WD
    + r"|"
    + MONTH_ANY
    + r"|\d{1,2}(?::\d\d)?\s*[ap]m\b|(?:19|20)\d\d\b|(?:first|second|third|fourth|final)\s+(?:quarter|half)\b|weekend\b"
    r"|tomorrow|tonight|midnight|noon)"  # "by 5 pm", "by 2030", "by the second quarter"; not "by 64 cents"
    r"|\b(?:" + WD + r"|tomorrow|tonight) s (?:\w+ ){0,2}(?:" + _EVENT_NOUNS + r")\b"
    # dpa, Reuters: "at the next regular meeting in November", "the next round of talks on Monday": the one to come
    r"|\b(?:the|its|their|a)\s+next\s+(?:\w+\s+){0,3}(?:" + _EVENT_NOUNS + r")\s+(?:in|on|at)\b"
)
PAST = re.compile(
    r"\b(?:was|were|had|did|has been|have been|said|says|told|killed|died|ago|earlier|previous|happened|"
    r"occurred|struck|hit|attacked|fired|launched|arrested|announced|reported|took place|came|went|began|"
    r"ended|fell|rose|won|lost|met|held|signed|left|arrived|visited|shot|wounded|injured|destroyed|"
    r"damaged|seized|captured|closed|opened|resigned|elected|approved|passed|voted|released|issued|"
    r"last)\b"
)


# A date before the verb that looks ahead: "On Tuesday, the league plans to...", "Friday's vote will..."
# (the clause after the words, up to a verb of what happened or the next clause)
_AFTER_FORWARD = re.compile(
    r"\b(?:will|shall|is to|are to|is going to|are going to|plans to|intends to|aims to|hopes to|"
    r"(?:is|are)\s+(?:expected|scheduled|due|set|slated)\s+to)\b"
)
# the clause after the words ends at the next clause ("..., which is expected to", "and will be buried")
_CLAUSE_END = re.compile(r"\b(?:and|but|while|whereas|although|though|because|after|since|that|which|who)\b|[;:]")
# a verb of what happened, or a clause that begins before the words ("since he took over on July 31",
# "which kicked off on Oct. 18", "who underwent surgery in November", "rebuffed the US stand on Tuesday")
_BACK_BEFORE = re.compile(
    r"\b(?:since|who|which|whose|when|where|after|as|because|if|took|underwent|gave|made|saw|brought|sent|"
    r"spent|kept|found|became|ran|sought|fought|chose|broke|stood|spoke|wrote|flew|grew|knew|paid|sold|built)\b"
    r"|\b(?!(?:scheduled|planned|expected|slated|proposed|united|based|related|limited|armed|hundred)\b)\w{3,}ed\b"
)


# after the words, a verb in -ed is one with its object or preposition ("Annan called on nations to
# show political will"), not an adjective ("unleaded petrol will be available")
_DID_AFTER = re.compile(
    r"\b\w{3,}ed\s+(?:on|in|at|to|for|by|the|a|an|his|her|its|their|up|off|out|over|plans|that)\b|"
    r"\b(?:took|underwent|gave|made|saw|brought|sent|found|became|sought|chose|spoke|wrote|paid|sold|built)\b"
)


def _told_back(s: str) -> bool:
    return looks_back(s) or bool(_BACK_BEFORE.search(s))


def looks_forward_after(text: str, context: str) -> bool:
    """Whether the clause right after ``text`` in ``context`` looks ahead ("On Tuesday, the
    league plans to...", "Sunday's election will..."), when no verb of what happened comes
    before it or before the words in their clause ("On Tuesday, police said they will...",
    "said Tuesday that it will...", "who underwent surgery in July, will..." keep the past)."""
    at = context.find(text)
    if at < 0:
        return False
    sentence = re.split(r"[.!?][\"')\u201d]*\s+", context[:at])[-1]  # a context of two sentences: the last
    if _told_back((" " + " ".join(normalize(sentence).split())).split(" that ")[-1]):
        return False
    after = re.split(r"(?<=[.!?])\s", context[at + len(text) :], maxsplit=1)[0]
    after = _CLAUSE_END.split(after, maxsplit=1)[0]
    words = " ".join(normalize(after).split()[:8])
    m = _AFTER_FORWARD.search(words)
    return m is not None and not looks_back(words[: m.start()]) and not _DID_AFTER.search(words[: m.start()])


# not a look ahead: "lower-than-expected earnings", "as expected", "unexpectedly"; a plan in the past perfect ("It had
# been due to expire Friday evening", "previously had been scheduled to expire at midnight Friday": TimeML, the
# Friday before)
_NOT_FORWARD = re.compile(
    r"\b(?:than|as)[\s-]+(?:had\s+been\s+|was\s+|were\s+)?(?:expected|planned|scheduled)\b"
    r"|\bhad\s+(?:been\s+)?(?:due|scheduled|expected|set|slated|planned|planning)\b(?:\s+(?:to|for|on)\b)?"
    r"|\b(?:originally|previously|initially|first)\s+(?:been\s+)?(?:due|scheduled|expected|set|slated|planned|targeted|"
    r"targeting)\b(?:\s+(?:to|for|on)\b)?"
    # a plan given up or put off ("officials postponed earlier plans to reopen FLL on Thursday", "scrapped plans to"):
    # the day it was for is over (seventh pass; read before as the Thursday after)
    r"|\b(?:earlier|previous|original|initial|prior)\s+plans?\b"
    # a change that has taken effect ("became effective Friday", "had been effective from Monday"): the day is over
    r"|\b(?:became|was|were|had\s+been|has\s+been|have\s+been)\s+effective\b(?:\s+from\b)?"
    r"|\b(?P<undo>scrapped|abandoned|shelved|cancell?ed|dropped|postponed)\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+)?"
    r"plans?\b"
)


def not_forward(s: str) -> str:
    """The words with the look-ahead words that look at no plan to come taken out."""
    return _NOT_FORWARD.sub(lambda m: f" {m['undo']} " if m["undo"] else " ", s)  # the verb that gave it up stays


# AP's evening cycle: a story sent on Sunday evening for Monday's papers writes "later Monday" for the day after, and
# "early Thursday" in a story sent at 23:00 on a Wednesday is the small hours under way or to come (in Gaza, Kyiv or
# Tokyo they have begun; last week's Thursday, six days back, is not what an evening desk calls "early Thursday")
_LATER_ON_DAY = re.compile(
    r"^(?:later|early|(?:in\s+the\s+)?(?:early|small|wee)\s+hours\s+(?:of|on))\s+(?:on\s+)?(?:the\s+)?(" + WD + r")\b"
    r"(?!\s+(?:morning|afternoon|evening|night)\b)"
)


def later_tomorrow(s: str, pub: datetime) -> bool:
    """Whether "later Monday" or "early Monday" in an evening story (from 18:00) names the next day: the weekday after
    the publication's."""
    m = _LATER_ON_DAY.match(s)
    return m is not None and pub.hour >= 18 and WEEKDAYS[m.group(1)] == (pub.weekday() + 1) % 7


def looks_forward(s: str) -> bool:
    return bool(FORWARD.search(not_forward(s)))


def looks_back(s: str) -> bool:
    return bool(PAST.search(s))


# A length of time with no time named ("for six months", "within 10 years", "for years"): not a date
DURATION = re.compile(
    r"(?:(?:for|over|during|within|of|in|after|by|lasting|nearly|almost|about|some|more\s+than|the)\s+)*"
    r"(?:(?:whole|entire|full|first|final|past|last|next)\s+)?(?:" + NUM + r"\s+)?(?:more\s+)?"
    r"(?:minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie|half[\s-]+century)s?"
)

# Words that say only which side of the publication something is: "recently", "soon", "in the past"
VAGUE = re.compile(
    r"(?:until\s+|only\s+|very\s+|more\s+|most\s+|quite\s+)*(?:recently|lately|soon|shortly|formerly|previously|"
    r"nowadays|these\s+days|in\s+the\s+(?:near\s+|distant\s+)?(?:future|past)"
    r"|(?:since\s+)?(?:many\s+|some\s+)?(?:months|years|decades|centuries)\s+ago"  # "decades ago": no count, no time
    r"|(?:in\s+)?(?:the\s+)?(?:previous|past|earlier|prior)\s+years|(?:at|on)\s+weekends)"  # "in previous years"
)


# The clause before the words looks ahead only when its look-ahead word governs them. Two kinds do not (seventh
# pass, each read before as the coming day in a report of what happened):
# - a look-ahead word that takes its time from a verb of what happened before it: an infinitive of purpose or a cause
#   ("forced Buffalo Niagara International Airport to close Friday", "travelled to Brussels to meet NATO allies on
#   Tuesday", "flights were canceled due to fog on Tuesday"),
#   unless that verb is one of intent, whose infinitive is the plan ("agreed to meet on Friday", "ordered him to close
#   the business on Monday");
# - one in a clause that closed before a verb of what happened ("The storm, which was expected to weaken, slammed
#   into the coast on Tuesday"); not "as soon as" with a past verb after it, which may be reported speech
#   ("likely to buy its stock as soon as trading opened Monday": TimeML, the Monday after).
_NON_FINITE = re.compile(
    r"\b(?:to (?:meet|visit|travel|vote|hold|begin|start|end|open|close|reopen|resume)|due to|starting|as soon as|"
    r"in time for)\b"
)
_FINITE = re.compile(
    r"\b(?:will|won t|wont|shall|going to|is|are|am|be|plans?|planning|planned|expects|expected|scheduled|set|should|"
    r"might|must|would|intends|hopes|aims|slated|deadline|upcoming|forthcoming|ahead of)\b"
)
_PAST_VERB = re.compile(
    r"\b(?:killed|died|happened|occurred|struck|hit|attacked|fired|launched|arrested|reported|came|went|began|ended|"
    r"fell|rose|won|lost|met|held|signed|left|arrived|visited|shot|wounded|injured|destroyed|damaged|seized|captured|"
    r"closed|opened|resigned|released|issued|took|gave|made|saw|brought|sent|spent|kept|found|became|ran|fought|broke|"
    r"stood|spoke|wrote|flew|grew|knew|paid|sold|built|led|forced|travell?ed|headed|rushed|returned|gathered|"
    r"canceled|cancelled|delayed|suspended|halted|shut|slammed|moved|crossed|used|prompted|caused|helped|caught|threw|"
    r"drove|fled|hid|sank|froze|stole|shook|passed|"
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )"
    r"(?!(?:scheduled|planned|expected|slated|proposed|united|based|related|limited|armed|hundred|need|speed|feed|"
    r"seed|deed|indeed|bed|shed|red)\b)[a-z]{3,}ed)\b"
)


def ends_in_past_verb(s: str) -> bool:
    """Whether the (normalized) words end on a verb of what happened ("the party announced it won", "rejected")."""
    return bool(re.search(r"(?<![-\w])" + _PAST_VERB.pattern + r"\s*$", s))


# verbs of intent: the infinitive after them is the plan ("agreed to meet", "voted to hold")
_INTENT = re.compile(
    r"\b(?:agreed|decided|voted|pledged|promised|vowed|announced|called|asked|urged|ordered|told|threatened|offered|"
    r"invited|sought|hoped|wanted|needed|planned|proposed|requested|demanded|warned|signaled|signalled|indicated|"
    r"declined|refused|chose|expected|scheduled|prepared|arranged|moved|set|allowed|authorized|approved|instructed|"
    r"directed|ruled|appealed|encouraged|pressed|pushed|lobbied|tried|attempted)\b"
)
_RELATIVE = re.compile(r"\b(?:which|who|that|whose)\b")
# look-ahead words that name the plan, not a verb of it: a verb of what happened after them is the clause's own ("The
# deadline passed on Tuesday", "A planned strike was called off on Tuesday", "The upcoming vote was postponed")
_NOMINAL = re.compile(r"deadline|upcoming|forthcoming|planned|scheduled|slated|due")


def _non_finite(s: str, m: re.Match) -> bool:
    return bool(_NON_FINITE.fullmatch(m.group(0))) or s[: m.start()].endswith("to ")  # "began to reopen"


def clause_looks_forward(clause: str) -> bool:
    """Whether the (normalized) clause just before the words looks ahead to them: ``looks_forward``, narrowed to the
    look-ahead words that govern the words (see above)."""
    s = not_forward(clause)
    found = list(FORWARD.finditer(s))
    if not found:
        return False
    first, last = found[0], found[-1]
    after = re.sub(r"\b(?:be|been|being)\s+\w+", " ", s[last.end() :])  # "will be held": the plan's own verb
    did_after = re.search(r"(?<![-\w])" + _PAST_VERB.pattern, after)
    object_of_it = re.search(r"\b(?:to|until|till|for|by|before|from|into)\s*$", s)  # "was postponed to Tuesday"
    closed = (
        _RELATIVE.search(s[: last.start()])
        or re.match(r"\s*to\s+[a-z]+\s+(?<!-)" + _PAST_VERB.pattern, after)
        or re.search(r"\b(?:which|who|whose|whether)\b", after)  # "would not say whether they were recovered"
        # not "as soon as", whose past may be reported speech ("likely to buy its stock as soon as trading opened
        # Monday": TimeML, the Monday after)
        or (
            (_non_finite(s, last) or _NOMINAL.fullmatch(last.group(0)))
            and last.group(0) != "as soon as"
            and not object_of_it
        )
    )
    if closed and did_after:
        return False  # "which was expected to weaken slammed into the coast", "the deadline passed"
    if all(_non_finite(s, m) for m in found) and not _FINITE.search(s[: first.start()]):
        before = s[: first.start()]
        verbs = list(_PAST_VERB.finditer(before))
        if verbs and not _INTENT.fullmatch(verbs[-1].group(0)):
            return False  # "forced the airport to close", "were canceled due to fog"
    return True


def started_back(text: str, context: str) -> bool:
    """Whether "starting" or "by" at the head of the words starts or bounds what the sentence reports as done ("The
    Air Force reported groups of enemy Shahed drones ... starting on Thursday evening": the Thursday before; "By 5 p.m.
    on Wednesday, there were 369 people sheltering": that Wednesday), not a plan ("a four-day match starting
    Thursday", "would be announced by Friday", "ordered to leave by Friday": the coming one): a verb of what happened
    in the sentence before them (not followed by an infinitive the words may bound), or, when they open the sentence,
    after them; and no look-ahead word in either."""
    at = context.find(text)
    head = re.match(r"(starting|beginning|by)\b", text.strip(), re.I)
    if at < 0 or not head:
        return False
    before = normalize(re.split(r"[.!?][\"')\u201d]*\s+", context[:at])[-1])
    after = normalize(re.split(r"(?<=[.!?])\s", context[at + len(text) :], maxsplit=1)[0])
    if looks_forward(before) or looks_forward(after):
        return False
    if not before.strip():  # "By 5 p.m. on Wednesday, there were 369 people sheltering"
        return head[1].lower() == "by" and bool(_PAST_VERB.search(after) or re.search(r"\b(?:was|were|had)\b", after))
    verbs = list(_PAST_VERB.finditer(before))
    return bool(verbs) and not re.search(r"\bto\s+[a-z]+\b", before[verbs[-1].end() :])


# AP's present tense of what is to come, right before a weekday: "The president meets Tuesday with...", "The Fed
# decision arrives Wednesday" (a report's verb would be in the past: "met Tuesday"); verbs that are seldom nouns
# ("votes", "returns", "talks" are, and are left out)
_PRESENT_PLAN = re.compile(
    r"\b(?:meets|arrives|visits|travels|testifies|speaks|departs|lands|hosts|decides|unveils|expires|kicks\s+off|"
    r"takes\s+office|goes\s+on\s+trial)\s*$"
)


# British and wire copy's present of a timetable, a few words before "on" + the weekday: "Voters go to the polls on
# Thursday", "He appears in court on Thursday", "Polls open at 7am on Thursday", "The new rules take effect on
# Thursday", "Parliament returns on Thursday after the Easter recess" (a report's verb is in the past: "went", "took")
_TIMETABLE_PRESENT = re.compile(
    r"\b(?:go(?:es)?\s+to\s+the\s+polls|appears?\s+(?:in|before)|faces?\s+(?:trial|a\s+vote|a\s+hearing)|"
    r"(?:take|takes)\s+effect|(?:come|comes)\s+into\s+(?:force|effect)|go(?:es)?\s+on\s+sale|kicks?\s+off|"
    r"(?:polls|schools|shops|markets|parliament|talks|the\s+\w+)\s+(?:open|opens|close|closes|reopen|reopens|return|"
    r"returns|resume|resumes)|meet\s+again|meets\s+again|returns\s+to|is\s+out|are\s+out|"
    r"(?:announces?|publishes?|unveils?|reports?)\s+(?:its|their|the)\s+(?:decision|results|verdict|findings|report))"
    r"(?:\s+(?!(?:said|says|told|that|which|who|and|but|when|after|before|since)\b)[\w']+){0,5}?"
    r"(?:\s+(?:on|at))?\s*$"
)


def event_after(text: str, context: str) -> bool:
    """Whether a weekday the extractor took alone is an event's to come in its sentence ("in Wednesday's quarterfinal",
    "ahead of Sunday's runoff"), as the words "Wednesday's quarterfinal" are, with no verb of what happened before it."""
    at = context.find(text)
    words = normalize(text)
    if at < 0 or not re.fullmatch(r"(?:on\s+)?(?:" + WD + r"|tomorrow|tonight)(?:\s+s)?", words):
        return False
    after = normalize(context[at + len(text) :])
    if not words.endswith(" s") and not after.startswith("s "):
        return False
    before = normalize(re.split(r"[.!?][\"')\u201d]*\s+", context[:at])[-1])
    rest = normalize(re.split(r"(?<=[.!?])\s", context[at + len(text) :], maxsplit=1)[0])
    noun = re.match(r"(?:s\s+)?(?:\w+\s+){0,2}(?:" + _EVENT_NOUNS + r")\b", after)
    # a verb of what happened anywhere in the sentence ("In Sunday's debate, Spitzer attacked him": TimeML, the Sunday
    # before; "Chelsea beat Arsenal in Wednesday's quarterfinal") keeps the day before
    told = f"{before} {rest}"
    return noun is not None and not (
        looks_back(told) or _PAST_VERB.search(told) or _BACK_BEFORE.search(told) or _SPORTS_PAST.search(told)
    )


# a result told in the present-looking past of sports copy: "beat", "drew", "edged", "thrashed", "upset"
_SPORTS_PAST = re.compile(r"\b(?:beat|drew|edged|thrashed|upset|routed|swept|crushed)\b")


def present_plan(text: str, context: str) -> bool:
    """Whether the verb right before a weekday is AP's present of what is to come ("meets Tuesday", "arrives
    Wednesday", "goes to the polls on Thursday"), with no verb of what happened earlier in its sentence."""
    at = context.find(text)
    if at <= 0 or not re.fullmatch(
        r"(?:(?:at\s+)?\d{1,2}(?::\d\d)?\s*[ap]m\s+)?(?:on\s+)?" + WD + r"(?:\s+(?:morning|afternoon|evening|night))?",
        normalize(text),
    ):
        return False
    before = normalize(re.split(r"[.!?][\"')\u201d]*\s+", context[:at])[-1])
    did = re.search(r"(?<![-\w])" + _PAST_VERB.pattern, before)  # not "the much-anticipated decision arrives"
    timetable = _PRESENT_PLAN.search(before) or _TIMETABLE_PRESENT.search(before)
    return bool(timetable) and not did and not looks_back(before)
