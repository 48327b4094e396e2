"""The date phrases of a sentence, each checked by the store's resolver.

Candidates come from patterns for the way news copy writes dates ("overnight on Saturday",
"late Tuesday", "Sept. 26", "last month", "at 10:45 p.m. on Friday", "the 1996 Olympic
bombing"); a candidate is kept only when it holds a calendar word (a month, a weekday,
"yesterday", "week", "ago", a year…), is no quantity, age, name or street number ("Su-34",
"aged 44", "3,000 tons", "the Russell 2000"), and the resolver (``dateline.db.dates.resolve``)
reads it.

dateparser's ``search_dates`` proposed candidates here until stop 30: what it found that the
patterns did not was years standing alone, parts of a day ("in the afternoon") and months after
"as early as" or "the end of", each now a pattern; it cost a process ~0.25 s of CPU on first use
(its language map and time-zone patterns) and ~2 ms a sentence, most of an extraction's time,
and it also proposed "and Jan" (a name), "The March" (a noun) and "at 2082" (an index).

Phrases relative to another event ("two days later", "the next morning") are returned
with ``anchored`` set; ``drafts`` has the resolver read them with the previous dated event as anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..dates import DateError, Interval, resolve

__all__ = ["DateMention", "find_dates", "is_calendar_phrase", "read_anchored", "ANCHORED", "SPAN_ASIDE"]

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:morning|afternoon|evening|night)"
_NUMW = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"
_TIME = (
    r"(?:(?:at|by|around|about|shortly\s+(?:after|before)|just\s+(?:after|before)|after|before)\s+)?"
    r"(?:about\s+|around\s+|approximately\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}:\d{2}|noon|midnight)"
    r"(?:\s+(?:local\s+time|GMT|UTC|[A-Z]{2,4}T))?(?:\s*\([^)]{1,30}\))?"
)
# the small hours or the dawn of a day: "in the early hours of Sunday", "at dawn on Monday"
_DAWN = (
    r"(?:(?:in\s+|during\s+)?the\s+(?:early|small|wee)\s+hours\s+(?:of\s+|on\s+)?|"
    r"(?:at|before|after|just\s+before|just\s+after|shortly\s+before|shortly\s+after)\s+(?:dawn|daybreak|sunrise)\s+(?:on\s+)?)"
)
_WEEKDAY_PHRASE = (
    r"(?:" + _DAWN + r")?"
    r"(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?(?:overnight\s+(?:on\s+|into\s+)?|on\s+the\s+night\s+of\s+)?"
    r"(?:on\s+)?(?:(?:last|next|this|this\s+coming|coming|past|previous)\s+)?" + _WD + r"(?:\s+" + _PART + r")?"
    r"(?:,?\s+" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|,?\s+\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTHS
    + r"(?:,?\s+\d{4})?)?"  # "Saturday 26 November", as UK and AU copy write it
    r"(?:\s+(?:night\s+)?(?:into|to|until)\s+(?:early\s+)?" + _WD + r"(?:\s+" + _PART + r")?)?"
)
# a number after a day that counts something else: "on Nov. 21 to 87 months in prison"
_NOT_A_DAY = r"(?!\s*(?:months?|years?|weeks?|days?|hours?|minutes?|%|percent|people|votes?|seats?)\b)"
_MONTH_DAY = (
    r"(?:" + _DAWN + r")?(?:(?:early|late)\s+(?:on\s+)?)?(?:overnight\s+(?:on\s+|into\s+)?)?"
    r"(?:on\s+(?:the\s+"
    + _PART
    + r"\s+of\s+)?)?(?:"
    + _MONTHS
    + r"\s+\d{1,2}(?:st|nd|rd|th)?(?!\d|:\d)"  # "Nov. 6:" heading a list, not "Nov. 6:30"
    # "Sept. 23 and 24", not "sentenced on Nov. 21 to 87 months"
    r"(?:\s*(?:-|–|to|and)\s*(?:3[01]|[12]\d|0?[1-9])(?![\d:])" + _NOT_A_DAY + r")?"
    r"(?:,?\s+\d{4}(?!\d)|\s+(?:last|this|next)\s+year)?"
    r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTHS
    + r"(?:,?\s+\d{4}(?!\d)|\s+(?:last|this|next)\s+year)?)"
)
# a year or a day written in words, as speech transcripts and older copy write them: "in nineteen ninety-four",
# "in two thousand and three", "the winter of nineteen eighty", "on the fifth of May", "December the thirty-first"
_UNIT_W = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TWO_DIGITS_W = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]" + _UNIT_W + r")?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-]" + _UNIT_W + r")"
)
_YEAR_W = (
    r"(?:(?:eighteen|nineteen)[\s-](?:hundred|" + _TWO_DIGITS_W + r")"
    r"|two[\s-]thousand(?:(?:\s+and)?[\s-](?:" + _TWO_DIGITS_W + r"|" + _UNIT_W + r"))?)(?![\w-])"
)
_ORDINAL_W = (
    r"(?:(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_IN_WORDS = (
    r"(?:on\s+|by\s+)?(?:the\s+"
    + _ORDINAL_W
    + r"\s+of\s+"
    + _MONTHS
    + r"|"
    + _MONTHS
    + r"\s+the\s+"
    + _ORDINAL_W
    + r")(?:,?\s+(?:\d{4}(?!\d)|"
    + _YEAR_W
    + r"))?"
    r"|(?:(?:in|since|by|until|till|through|during|from|before|after)\s+)?(?:the\s+)?"
    r"(?:(?:(?:early|late|mid)[\s-]+)?(?:spring|summer|autumn|fall|winter)\s+of\s+|" + _MONTHS + r",?\s+)?" + _YEAR_W
)
# a year in words is one only after a word of time ("in", "since", "the winter of", a month) and with no noun
# after it: "in two thousand homes", "nineteen people" are counts
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|when|while|as|after|before|until|to|in|on|at|by|for|with|from|during|of|that|which|who|the|a|an"
    r"|he|she|it|they|we|i)\b)[a-z]"
)
_YEAR_W_BARE = re.compile(
    r"(?:(?:in|since|by|until|till|through|during|from|before|after)\s+)?(?:the\s+)?" + _YEAR_W, re.I
)
_YEAR_W_CALENDAR = re.compile(r"\b" + _YEAR_W, re.IGNORECASE)


def _counted_in_words(sentence: str, text: str, a: int, b: int) -> bool:
    """A number in words that counts, not a year: "nineteen people", "in two thousand homes", "the two
    thousand" (a year in words needs a word of time before it or no noun after it)."""
    if _YEAR_W_BARE.fullmatch(text) is None:
        return False  # a day, a month or a season holds it
    if not re.match(r"(?:in|since|by|until|till|through|during|from|before|after)\s", text, re.I):
        return True  # "nineteen ninety-four" alone: a number as likely as a year
    if re.search(r"thousand$", text, re.I):
        return True  # "in two thousand": a count as likely
    return _COUNTED_AFTER.match(sentence[b:]) is not None


# the night between two days, as AFP writes it: "in the night of 21 to 22 November"
_NIGHT_OF_DAYS = (
    r"(?:on\s+)?the\s+"
    + _PART
    + r"\s+of\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTHS
    + r"(?:,?\s+\d{4}(?!\d))?"
)
_MONTH_YEAR = (
    r"(?:(?:in|since|by|until|through|during|from|before|after|as\s+(?:early|late)\s+as)\s+)?"
    r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?"  # "until the end of May"
    r"(?:(?:early|mid|late)[\s-])?(?:(?:last|next|this)\s+)?"
    + _MONTHS
    + r"(?:,?\s+\d{4}(?!\d)|\s+(?:of\s+)?(?:last|this|next)\s+year\b)?"  # "in April of last year"
)
# "between 1980 and 2000", "from 2014 to 2022": the years of a span, neither with "in"
_YEARS = r"(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|until|through)\s+(?:19|20)\d\d(?![\d,.]\d)"
_YEAR = r"(?:in|since|by|until|through|during|before|after|of|early|mid|late)[\s-](?:19|20)\d\d(?![\d,.]\d|['’]s\b)(?!\s*(?:%|percent|tons|people))"
# a decade, or two: "in the 1990s", "the 1980's", "since the late 1980s", "the late 1980s and early 1990s", "the '90s"
# (not "in her 80s": an age; not "the 80s": a temperature)
_DECADE = r"(?:(?:early|mid|late)[\s-]+)?(?:(?<![\w$€£#.,/:-])(?:19|20)\d0['’]?s|['’]\d0s)(?!['’\w-])"
_DECADES = (
    r"(?:(?:in|since|by|until|through|throughout|during|from|before|after|of)\s+)?(?:the\s+)?"
    + _DECADE
    + r"(?:\s*(?:and|to|through|until|-|–)\s*(?:the\s+)?"
    + _DECADE
    + r")?"
)
# a year standing alone, as a noun's: "the 1996 Olympic bombing", "Russia's 2008 war", "In fiscal 1989",
# "For 1988, BellSouth earned…" (not "closed at 2082.1"; a name's number is a `_trap`)
_YEAR_ALONE = (
    r"(?:(?:(?:in|of|from|for|after|before|since|during|until|by)\s+)?(?:the|a|an)\s+|(?:from|for)\s+)?"
    r"(?:fiscal\s+)?(?<![\w$€£#.,/:'’-])(?:19|20)\d\d(?![\w%/:'’-]|[,.]\d)"
    r"(?!\s*(?:GMT|UTC|hours?\b|hrs\b|local\b|[ap]\.?m\b))"  # a clock: "(2018 GMT Sunday)", "about 2000 hours"
)
# a season of the calendar: "last summer", "this past spring", "next fall", "the summer of 2019", "spring 2006",
# "over the summer", "in the spring", "since the fall" (with its preposition: "The fall was…" is a drop; not "the
# fall of Saddam", "since the fall in prices", "his last fall"; not "before winter", which the resolver reads as
# the last winter)
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_SEASON_PREP = r"(?:in|since|by|until|till|through|throughout|during|over|into|before|after|from|for)"
_SEASONS = (
    rf"(?:{_SEASON_PREP}\s+)?(?:(?:early|late)\s+)?"
    rf"(?:(?:this\s+past|this\s+coming|the\s+past|the\s+coming"
    rf"|last|this|next|past|coming)\s+{_SEASON}"
    rf"|(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?{_SEASON}(?:\s+of\s+|,?\s+)(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?(?![\d,.]\d)"
    rf"|{_SEASON}\s+(?:this|next|last)\s+year\b)"  # "summer this year", "spring next year"
    rf"|(?:over|during|since|in|into|by|until|till)\s+the\s+(?:(?:early|late)\s+)?{_SEASON}(?!\s+(?:of|in|from|to|by)\b)"
)
# a season with no year and no "last" or "next": past or to come by its verb ("signed in the summer", "will
# then come in the spring"); the resolver reads it as the last one begun
_BARE_SEASON = re.compile(rf"(?:over|during|in|into|by|until|till)\s+the\s+(?:(?:early|late)\s+)?{_SEASON}", re.I)
# a verb to come in the clause before it: "will", "would", "is going to", "is expected to", "plans to" (not one
# before a clause of its own: "would be reluctant to part with Kaka after losing Shevchenko in the summer")
_TO_COME = re.compile(
    r"\b(?:will|would|shall|going\s+to|(?:expected|due|set|scheduled|planned|likely|hoped|hoping|plans?|aims?)\s+to"
    r"|postponed|delayed|deferred)\b(?:(?!\b(?:after|since|when|because|following|as|that|which|who)\b)[^,;])*$",
    re.I,
)


def _season_by_tense(sentence: str, text: str, a: int, published: datetime, tz: str | None) -> Interval | None:
    """The interval of a season with no year when its verb is still to come: the one under way, or the
    one to begin next ("would begin production in the spring", written in December: next spring)."""
    if _BARE_SEASON.fullmatch(text) is None or not _TO_COME.search(sentence[:a]):
        return None
    return resolve(text, published, tz, status="planned")  # the resolver's reading looking ahead


# a season naming a kind of thing, not a time: "summer camp", "winter wheat", "the spring offensive", "the
# winter break", "summer time" (a clock); and a season in a name ("the Summer Olympics", "the Spring Festival",
# "the Prague Spring of 1968")
_SEASON_KIND = re.compile(
    r"^(?:['’]s)?\s+(?:camps?|schools?|break|holidays?|vacations?|recess|sessions?|term|semester|olympics|games"
    r"|festivals?|offensives?|counteroffensives?|counter-offensives?|campaigns?|wheat|barley|crops?|solstice|equinox"
    r"|transfers?|market|league|palace|capital|residences?|resorts?|retreats?|homes?|house|cottage|tours?|collections?"
    r"|fashion|clothes|clothing|tires|tyres|coats?|jackets?|sales|season|internships?|jobs?|programs?|programmes?"
    r"|courses?|classes|training|exercises?|drills|war|squash|rolls?|time|blockbusters?|movies?|reading|intake"
    r"|exams?|uniforms?|sports|water)\b",
    re.IGNORECASE,
)
_SEASON_WORD = re.compile(r"\b" + _SEASON + r"\b", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"\b(?:his|her|its|their|my|our|your|the|a)\s+$", re.IGNORECASE)
_SEASON_NAMED = re.compile(r"\b(?:Spring|Summer|Autumn|Fall|Winter)\b")


def _season_trap(sentence: str, a: int, b: int) -> bool:
    """A season that is a kind of thing or in a name: "summer camp", "the Spring Festival", "Indian summer"."""
    word = _SEASON_WORD.search(sentence, a, b)
    if word is None:
        return False
    if _SEASON_KIND.match(sentence[word.end() :]) or re.search(r"\bIndian\s+$", sentence[: word.start()]):
        return True
    if re.match(r"(?:last|next|past)\s", sentence[a:b], re.IGNORECASE) and _OWNER_BEFORE.search(sentence[:a]):
        return True  # "his last fall", "the last winter of the war"
    if _SEASON_NAMED.fullmatch(word.group(0)):  # "the Summer Olympics", "the Arab Spring", "the Prague Spring"
        after = re.match(r"\s+[A-Z][a-z]", sentence[word.end() :])
        before = re.search(r"(?<=\S)\s*[A-Z][a-z]+\s+$", sentence[: word.start()])
        return after is not None or before is not None
    return False


# a part of a day with no day named, or a clock time in it: "A second quake struck in the afternoon", "at
# around 8:30 in the morning": the day of the happening told before, as "that afternoon" is
_PART_OF_DAY = (
    r"(?:(?:at|by|around|about|shortly\s+(?:after|before))\s+){0,2}\d{1,2}(?:[:.]\d{2})?\s+in\s+the\s+"
    r"(?:morning|afternoon|evening)|(?:in|during)\s+the\s+(?:morning|afternoon|evening)"
)
_RELATIVE = (
    r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:early\s+|late\s+)?yesterday(?:\s+"
    + _PART
    + r")?"
    r"|today|tomorrow(?:\s+" + _PART + r")?|tonight|last\s+night|overnight|this\s+(?:morning|afternoon|evening)"
    r"|(?:earlier|later)\s+(?:this|last|next)\s+(?:week|month|year)|(?:earlier|later)\s+in\s+the\s+(?:week|month)"
    r"|(?:over\s+|during\s+|at\s+)?(?:the\s+|this\s+|last\s+|next\s+)(?:coming\s+|past\s+|previous\s+)?(?:weekend)"
    r"|(?:last|next|this|past|previous|coming|the\s+coming)\s+(?:week|month|year)"
    r"|" + _NUMW + r"\s+(?:days?|weeks?|months?|years?|hours?)\s+ago"
    r"|(?:in\s+the\s+)?(?:past|last)\s+" + _NUMW + r"\s+(?:days|weeks|hours)"
    # "over the past day", "in the last 24 hours" (not "the last day of the summit": with its preposition)
    r"|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|48\s+hours)(?!\s+of\b)"
    r"|(?:within|in)\s+" + _NUMW + r"\s+(?:days?|weeks?|months?)(?!\s+(?:of|after|before))"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?)"
)
# a clock time before "that morning", "that day": "at around 8:30 that morning", "by 11 p.m. that night"
_CLOCK = (
    r"(?:(?:at|by|around|about|shortly\s+(?:after|before)|just\s+(?:after|before))\s+){0,2}"
    r"(?:\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?|noon|midnight)\s+"
)
# relative to another event, not to the publication date
ANCHORED = re.compile(
    r"\b(?:(" + _NUMW + r")\s+(days?|weeks?|hours?|months?)\s+(later|earlier|before|after(?:wards)?)"
    r"|(?:the\s+(next|following|previous)|(following))\s+(day|morning|afternoon|evening|night|week)"
    r"|(?:the\s+)?day\s+(before|after)"
    # the day of the event told before: "that afternoon", "later that day", "later in the evening"
    r"|(?:" + _CLOCK + r")?(?:later\s+|earlier\s+)?that\s+(?:same\s+)?(day|morning|afternoon|evening|night)"
    r"|(?:later|earlier)\s+in\s+the\s+(day|morning|afternoon|evening)|"
    + _PART_OF_DAY
    # a part of the month told before, as CrisisWatch's monthly entries write it: "Early month, …"
    + r"|(early|mid|late)[\s-]month)\b",
    re.IGNORECASE,
)
_PART_OF_MONTH = re.compile(r"^(early|mid|late)[\s-]month$", re.IGNORECASE)


def read_anchored(text: str, published: datetime, tz: str | None, anchor: Interval) -> Interval:
    """The interval of an anchored phrase, read after the event ``anchor``: the resolver's,
    but "Early month", "Mid-month", "Late month" are a third of the anchor's month (the resolver
    reads them in the month of the publication, the month after a monthly report's). The resolver
    reads the rest with its anchor: "in the afternoon", "at 4 in the morning" on the anchor's day
    (the morning after a night), "at around 8:30 that morning"."""
    part = _PART_OF_MONTH.match(text.strip())
    if part is not None:
        return resolve(f"{part.group(1)} {anchor.start:%B %Y}", published, tz)
    return resolve(text, published, tz, anchor=anchor)


# a day told again in brackets after a time or a day, as police releases write it: "Just after 8.30am (Saturday
# 26 November)", "on Sunday (August 4)", "today (Sunday 27 November 2022)"
_BRACKETED = (
    rf"(?:(?:{_TIME})\s*|(?:{_WEEKDAY_PHRASE}|(?:on\s+)?(?:early\s+|late\s+)?(?:yesterday|today|tonight|tomorrow)"
    rf"(?:\s+{_PART})?|this\s+{_PART})\s+)\(\s*(?:{_WEEKDAY_PHRASE}|{_MONTH_DAY})\s*\)"
)

_IN_WORDS_RX = re.compile(rf"\b(?:{_IN_WORDS})", re.IGNORECASE)
_PATTERNS = [
    re.compile(rf"\b(?:{_NIGHT_OF_DAYS})", re.IGNORECASE),
    re.compile(rf"(?:{_BRACKETED})", re.IGNORECASE),
    _IN_WORDS_RX,
    re.compile(rf"(?:{_TIME}\s+)?(?:{_WEEKDAY_PHRASE})(?:,?\s+{_TIME})?", re.IGNORECASE),
    re.compile(rf"(?:{_TIME}\s+)?(?:{_MONTH_DAY})(?:,?\s+{_TIME})?", re.IGNORECASE),
    re.compile(rf"\b(?:{_SEASONS})(?![\w-])", re.IGNORECASE),
    # a month of the year before or after, before "last year" alone takes its words: "in April of last year"
    re.compile(rf"\b(?:{_MONTH_YEAR})(?<=year)\b", re.IGNORECASE),
    re.compile(rf"(?:{_TIME}\s+)?\b(?:{_RELATIVE})\b(?:,?\s+{_TIME})?", re.IGNORECASE),
    re.compile(rf"\b(?:{_YEARS})\b", re.IGNORECASE),
    re.compile(rf"\b(?:{_MONTH_YEAR})\b", re.IGNORECASE),
    re.compile(rf"\b(?:{_YEAR})\b", re.IGNORECASE),
    re.compile(rf"(?:\b|(?=['’]))(?:{_DECADES})", re.IGNORECASE),
    re.compile(rf"\b(?:{_YEAR_ALONE})", re.IGNORECASE),
]
_CAL_MONTH = re.compile(r"\b" + _MONTHS.replace(r"\.?", "") + r"\b")  # as written: "march" is no month
_CALENDAR = re.compile(
    r"\b(?:" + _WD + r"|yesterday|today|tomorrow|tonight|overnight|weekend"
    r"|week|month|year|ago|night|morning|evening|afternoon)\b|\d{4}-\d{2}-\d{2}|(?<![\w-])(?:19|20)\d\d(?![\w-])|(?<![\w-])(?:19|20)\d0['’]?s\b|['’]\d0s\b"
    r"|\b(?:past|last|previous)\s+(?:[\w\-]+\s+)?(?:days?|hours|weeks|months|years)\b",  # "over the past day"
    re.IGNORECASE,
)
# a month name that is another word unless a day, a year or a time word is beside it
_AMBIGUOUS_MONTH = re.compile(
    r"^(may|march|jan|mar|aug|sept?|oct|dec)\.?$",  # alone: "May" opening a sentence is a verb
    re.IGNORECASE,
)
_TRAP_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s*cent|tons?|tonnes?|kilomet|km|miles?|meters?|metres?|feet|people|drones?|missiles?"
    r"|rockets?|troops|soldiers|civilians|dollars|euros?|years?\s+old|-year-old|st\b|street|avenue|road"
    # "today's youth", "in today's dollars", "tomorrow's leaders": the present or future in general, no day
    r"|['’]s\s+(?:youth|young|world|generations?|children|kids|society|societies|economy|dollars|money|terms"
    r"|standards|prices|technology|politics|leaders|men|women|people|students|parents|culture|era|age|times))",
    re.IGNORECASE,
)
_TRAP_BEFORE = re.compile(r"(?:aged|age|no\.|number|[A-Za-z]-|\+|\$|€|£|\d[-.\s])\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    text: str  # the words as written
    start: int  # offsets in the sentence
    end: int
    interval: Interval | None  # None for an anchored phrase (resolved on another event)
    anchored: bool = False


def is_calendar_phrase(text: str) -> bool:
    """Whether ``text`` has a word only a date has: what every candidate must pass."""
    if not _CALENDAR.search(text) and not _CAL_MONTH.search(text) and not _YEAR_W_CALENDAR.search(text):
        return False
    if _AMBIGUOUS_MONTH.match(text.strip()):
        return False  # "May", "in March" alone: a verb, a noun, or a month with no more to go on
    return True


# a day inside a name, between two of its capitalised words: "the Good Friday Agreement", "the
# Bloody Sunday Inquiry", "The Sunday Times" (not "Easter Monday", "On Friday Trump said")
_NAME_BEFORE = re.compile(
    r"(?:(?<=[\w,;] )(?!(?:On|By|Since|Until|Last|Next|This|Early|Late|Every|Each)\b)[A-Z][a-z]+|(?<![\w])[Tt]he)\s+$"
)
_NAME_AFTER = re.compile(r"\s+(?!(?:" + _MONTHS + r"|" + _WD + r"|Morning|Afternoon|Evening|Night)\b)[A-Z][a-z]+\b")


def _trap(sentence: str, a: int, b: int) -> bool:
    """A number in a name, a quantity, an age, a phone or street number; a day in a name."""
    if _TRAP_AFTER.match(sentence[b:]) or _season_trap(sentence, a, b):
        return True
    if _BARE_YEAR.fullmatch(sentence[a:b]) and _NAMED_NUMBER.search(sentence[:a]):
        return True  # "the Russell 2000 index", "a joint venture called Orion 1980", "bonds due 1993"
    if (
        not re.search(r"\d", sentence[a:b])  # "the Aug. 7 Embassy bombings", "the 1996 Olympic bombing" are dates
        and (_NAME_BEFORE.search(sentence[:a]) or re.match(r"[Tt]he\s", sentence[a:b]))
        and _NAME_AFTER.match(sentence[b:])
    ):
        return True
    # a number before a date that opens with its preposition is no part of it: "rose to 217 on Sunday"
    return not _OPENS_WITH_PREPOSITION.match(sentence[a:b]) and bool(_TRAP_BEFORE.search(sentence[max(0, a - 8) : a]))


_OPENS_WITH_PREPOSITION = re.compile(r"(?:on|since|until|till|during|through|from|to|by|in)\s+\S", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
# a name or a bond before a bare year: a capitalised word not the sentence's first ("Russia's 2008 war" is a
# year), or "due"
_NAMED_NUMBER = re.compile(r"(?<=\S)\s+(?!(?:In|For|From|Since|By|Of|And|The)\s+$)[A-Z][\w&.-]*\s+$|\bdue\s+$")


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < y and x < b for x, y in spans)


def find_dates(
    sentence: str,
    published: datetime,
    tz: str | None = None,
    masked: list[tuple[int, int]] | None = None,
) -> list[DateMention]:
    """The date phrases of ``sentence`` outside the ``masked`` spans (quoted words), in order."""
    masked = masked or []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def take(text: str, a: int, b: int) -> None:
        """A phrase the resolver reads is a mention, and its span is taken."""
        try:
            iv = _season_by_tense(sentence, text, a, published, tz) or resolve(text, published, tz)
        except DateError:
            return
        found.append(DateMention(text, a, b, iv))
        taken.append((a, b))

    for m in ANCHORED.finditer(sentence):
        if _overlaps(masked, m.start(), m.end()):
            continue
        found.append(DateMention(m.group(0), m.start(), m.end(), None, True))
        taken.append(m.span())
    for rx in _PATTERNS:
        for m in rx.finditer(sentence):
            a, b = m.span()
            text = m.group(0).strip(" ,")
            b = a + len(m.group(0).rstrip(" ,"))
            if not text or _overlaps(taken, a, b) or _overlaps(masked, a, b):
                continue
            if not (is_calendar_phrase(text) or _SEASON_WORD.search(text)) or _trap(sentence, a, b):
                continue
            if rx is _IN_WORDS_RX and _counted_in_words(sentence, text, a, b):
                continue
            take(text, a, b)
    found = _weekday_beside_hijri(sentence, sorted(found, key=lambda d: d.start))
    return _ranges(sentence, [_widened(sentence, d, published, tz) for d in found])


# a date of the Islamic calendar, by its year (1300-1499 of the Hijra) and what names it: "1 Shawwal 1445 AH",
# "Dhu al-Qi'dah 29, 1445 AH", "10 Muharram 1446"
_HIJRI = r"(?:\d{1,2}\s+)?[A-Z][\w'’ʿ]*(?:[\s\-](?:al|ul|el|[A-Z][\w'’ʿ]*)){0,3},?\s+(?:\d{1,2},?\s+)?1[34]\d\d(?:\s*(?:AH|A\.H\.?|Hijri))?"
_WEEKDAY_ONLY = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)
_HIJRI_BETWEEN = re.compile(r"[\s,(]*" + _HIJRI + r"[\s,)]*")


def _weekday_beside_hijri(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` less a weekday told with the Islamic date, then the Gregorian one ("on Wednesday, 1 Shawwal 1445 AH,
    April 10, 2024"): the day is the Gregorian date's, not the Wednesday before publication."""
    out = []
    for d, nxt in zip(found, [*found[1:], None]):
        gap = _HIJRI_BETWEEN.fullmatch(sentence, d.end, nxt.start) if nxt is not None else None
        if gap is None or not _WEEKDAY_ONLY.fullmatch(d.text) or nxt is None or nxt.interval is None:
            out.append(d)
    return out


# the words around a date that make it a span: "since 10 September", "23 and 24 September",
# "Sept. 23 and 24" (what the resolver reads whole, and the patterns find only in part)
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:and|&|-|–|to)\s*$")
_DAY_AFTER = re.compile(r"^\s*(?:and|&|-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d)" + _NOT_A_DAY)


def _widened(sentence: str, d: DateMention, published: datetime, tz: str | None) -> DateMention:
    """``d`` with the words around it that make it a span, when the resolver reads them so."""
    if d.interval is None or d.anchored:
        return d
    a, b = d.start, d.end
    before, after = sentence[max(0, a - 12) : a], sentence[b : b + 12]
    if (m := _SINCE_BEFORE.search(before)) is not None:
        a -= len(before) - m.start()
    elif d.text[:1].isdigit() and (m := _DAY_BEFORE.search(before)) is not None:
        a -= len(before) - m.start()
    elif d.text[-1:].isdigit() and (m := _DAY_AFTER.match(after)) is not None and not _trap(sentence, a, b + m.end()):
        b += m.end()
    if (a, b) == (d.start, d.end):
        return d
    try:
        iv = resolve(sentence[a:b], published, tz)
    except DateError:
        return d
    return DateMention(sentence[a:b], a, b, iv)


_OPENS_A_RANGE = re.compile(r"(?:to|until|till|through|thru|into)\b", re.IGNORECASE)
# an aside about a span's start between its ends: "from 1968, when the Soviets invaded Czechoslovakia, until 1989"
SPAN_ASIDE = re.compile(r",\s+(?:when|as|after|before|where)\s[^,;()]{1,80},", re.IGNORECASE)
_RANGE_GAP = re.compile(
    rf"^(?:{SPAN_ASIDE.pattern})?"
    r"\s*(?:-|–|—|to|until|till|through|thru|and|into)\s*(?:early\s+|late\s+)?$",
    re.IGNORECASE,
)


def _ranges(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """ "from Sept. 3 to Sept. 6", "between Monday and Wednesday": one interval over both."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        ia, ib = a.interval, b.interval if b else None
        if b is not None and ia is not None and ib is not None:
            # the range's word may open the second phrase: "from January 2021" "through May 2023"
            opens = _OPENS_A_RANGE.match(b.text)
            gap = sentence[a.end : b.start + (opens.end() if opens else 0)]
            lead = sentence[max(0, a.start - 9) : a.start]
            if (
                _RANGE_GAP.match(gap)
                and (
                    re.search(r"\b(?:from|between)\s*$", lead, re.IGNORECASE)
                    or re.match(r"(?:from|between)\s", a.text, re.IGNORECASE)  # "from January 2021 through May 2023"
                    or gap.strip() in ("-", "–")
                )
                and ia.start < ib.end
            ):
                word = re.search(r"(?:from|between)?\s*$", lead, re.IGNORECASE)
                begin = a.start - (len(word.group(0)) if word else 0)
                iv = Interval(ia.start, ib.end, _span_precision(ia, ib))
                out.append(DateMention(sentence[begin : b.end].strip(), begin, b.end, iv))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _span_precision(a: Interval, b: Interval) -> str:
    days = (b.end - a.start).days
    if days <= 1:
        return a.precision if a.precision == b.precision else "day"
    if days <= 7:
        return "week"
    if days <= 31:
        return "month"
    if days > 366 or (a.start.month, a.start.day, b.end.month, b.end.day) == (1, 1, 1, 1):
        return "year"
    return "range"  # "between April and June 2024": three months, as the resolver says such a span
