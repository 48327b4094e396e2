"""Readings that need the sentence the words stand in, where the words alone would read
wrong: a record over a span ("its lowest in 17 years"), a length of time in a report
("rose 40% in a week", refused), the year said after a month ("October of next year"),
the year of a quarter named before ("for the entire year"), the period named before
"the same period last year"; a weekday named by its act done ("get around Wednesday's ruling"); and a two-digit
decade that is an age or a temperature.
``resolve`` (the package's) and its ``lead_in`` are passed in: this module is below it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from dateutil.relativedelta import relativedelta

from .model import DateError, Interval, quote
from .words import MONTH_ANY, NUM, WD, ends_in_past_verb, looks_back, looks_forward, normalize, number

# a record over a span up to the publication ("its lowest level in 17 years", "the highest in a decade", "for the
# first time in 15 years"; in its sentence, "fell ... to its lowest in seven months"): not "in 17 years" from now
_RECORDS = (
    r"first\s+time|(?:the\s+)?(?:lowest|highest|biggest|largest|smallest|best|worst|strongest|weakest|fastest|"
    r"slowest|steepest|sharpest|deepest|hottest|coldest|wettest|driest|deadliest|most|least|longest|shortest)"
)
_RECORD_IN = re.compile(
    r"(?:.*\b(" + _RECORDS + r")\b(?:\s+\w+){0,3}\s+)?in\s+(" + NUM + r")\s+"
    r"(day|week|month|year|decade|centur(?:y|ie))s?"
)
_RECORD_BEFORE = re.compile(r"\b(?:" + _RECORDS + r")\b(?:\s+[\w$%.,]+){0,3}\s*$")


# "for the entire year", "the full year", "the whole year"
_WHOLE_YEAR = re.compile(r"(?:(?:for|in|over|during)\s+)?the\s+(?:entire|whole|full)\s+year")
# the year said right after a month: "dealerships whose franchises won't be renewed after October of next year"
_OF_YEAR = re.compile(r"\s+of\s+(next|last|this)\s+year\b", re.I)
# "the same month a year ago", "the same period last year", "the same period of 2005": the period the sentence named
# before it ("sales fell 35% in January, compared to the same month a year ago": January, a year back; "in the first
# nine months of the year ... against 168 million in the same period of 2005": January-September 2005)
_SAME_PERIOD = re.compile(
    r"(?:in\s+|over\s+|during\s+|from\s+|for\s+)?the\s+same\s+(month|period|quarter)\s+(?:of\s+)?"
    r"(last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+previous\s+year|the\s+year\s+before|(?:(19\d\d|20\d\d)))"
)
_PERIODS_NAMED = {
    "month": re.compile(r"\b" + MONTH_ANY + r"\b(?:\s+(?:19|20)\d\d\b)?", re.I),
    "quarter": re.compile(
        r"\b(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter\b(?:\s+of\s+(?:19|20)\d\d)?",
        re.I,
    ),
    "period": re.compile(
        r"\b(?:the\s+)?(?:first|last|final)\s+(?:\w+\s+)?(?:months|weeks|quarter|half)\b"
        r"(?:\s+of\s+(?:the\s+year|this\s+year|(?:19|20)\d\d))?"
        r"|\b(?:the\s+)?(?:first|second|third|fourth|final|last)[\s-]+(?:quarter|half)\b(?:\s+of\s+(?:19|20)\d\d)?"
        r"|\b" + MONTH_ANY + r"\b(?:\s*-\s*" + MONTH_ANY + r"\b)?(?:\s+(?:19|20)\d\d\b)?",
        re.I,
    ),
}


def _period_before(text: str, context: str, kind: str) -> str | None:
    """The last month, quarter or period the sentence names before ``text`` (``None`` when it names none)."""
    at = context.find(text)
    if at <= 0:
        return None
    before = re.split(r"(?<=[.!?])\s+", context[:at])[-1]
    found = list(_PERIODS_NAMED[kind].finditer(before))
    return found[-1].group(0).strip() if found else None


def read(
    text: str,
    published: datetime,
    tz: str | None,
    context: str | None,
    fiscal_year_start: int | None,
    resolve: Callable[..., Interval],
    lead_in: Callable[[str, str], str],
) -> Interval | None:
    """What the words mean read with the sentence they stand in, where the words alone would read wrong: a record
    over a span ("its lowest in 17 years"), a length of time in a report ("rose 40% in a week", refused), the year
    said after a month ("October of next year"), the year of a quarter named before ("for the entire year"), the
    period named before "the same period last year"; ``None`` when none applies."""
    in_units = _RECORD_IN.fullmatch(normalize(text))
    if in_units and (
        in_units[1]
        or (
            context
            and _RECORD_BEFORE.search(normalize(context[: max(context.find(text), 0)]))
            and not looks_forward(lead_in(text, context).split(" | ")[0])  # "the largest ... will ... in two weeks"
        )
    ):
        # "its lowest level in 17 years", "for the first time in 15 years": the 17 years up to the publication
        unit = "centuries" if in_units[3].startswith("centur") else in_units[3] + "s"
        iv = resolve(f"the past {number(in_units[2])} {unit}", published, tz)
        return replace(iv, rule=f"a record (the first time, the lowest) in N units: {iv.rule}")
    if in_units and context:
        lead = lead_in(text, context).split(" | ")[0]
        if looks_back(lead) and not looks_forward(lead):  # "deaths rose almost 40% in a week": not a week from now
            raise DateError(f"'{quote(text)}' is a length of time here (what happened within it), not a date")
    if context and re.fullmatch(r"(?:in\s+)?" + MONTH_ANY, normalize(text)):
        at = context.find(text)
        of_year = _OF_YEAR.match(context[at + len(text) :]) if at >= 0 else None
        if of_year:  # "after October of next year" where the words are "October": the year the sentence says
            iv = resolve(f"{text} of {of_year[1].lower()} year", published, tz)
            return replace(iv, rule=f"{iv.rule} (the year after the words in the sentence)")
    if context and _WHOLE_YEAR.fullmatch(normalize(text)):
        at = context.find(text)
        named_years = re.findall(
            r"\b(?:the\s+)?(?:first|second|third|fourth|final|last)[\s-]+quarter\s+of\s+((?:19|20)\d\d)\b",
            re.split(r"(?<=[.!?])\s+", context[: max(at, 0)])[-1],
            re.I,
        )
        if (
            named_years
        ):  # "a loss in the fourth quarter of 2005 and a total loss of $8.6 billion for the entire year": 2005
            iv = resolve(named_years[-1], published, tz)
            return replace(iv, rule=f"the whole year of the quarter the sentence named before it ({named_years[-1]})")
    if context and (same := _SAME_PERIOD.fullmatch(normalize(text))):
        named_before = _period_before(text, context, same[1])
        if named_before:
            try:
                base = resolve(named_before, published, tz, context=context, fiscal_year_start=fiscal_year_start)
            except DateError:
                base = None
            if base is not None and base.precision in ("month", "quarter", "half", "range") and base.end <= published:
                years = base.start.year - int(same[3]) if same[3] else 1
                back = relativedelta(years=years)
                return replace(
                    base,
                    start=(base.start.replace(tzinfo=None) - back).replace(tzinfo=base.start.tzinfo),
                    end=(base.end.replace(tzinfo=None) - back).replace(tzinfo=base.end.tzinfo),
                    rule=f"the same {same[1]} as '{named_before}' before it in the sentence, "
                    + ("a year back" if years == 1 else f"{years} years back"),
                )
    return None


# a decade written with two digits ("the '70s", "80s") is an age after a possessive ("a man in his 70s") and a
# temperature in a sentence of the weather ("highs in the 80s", "temperatures in the 90s")
SHORT_DECADE = re.compile(r"(?<![\w$])'?\d0'?s\b")
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|its|my|your|our|aged?)\s+(?:early\s+|mid-?\s*|late\s+)?$", re.I)
_WEATHER = re.compile(r"\b(?:temperatures?|temps|degrees|highs|lows|fahrenheit|celsius|thermometers?)\b|°", re.I)


def not_a_decade(text: str, context: str) -> None:
    at = context.find(text)
    if at >= 0 and _AGE_BEFORE.search(context[:at]):
        raise DateError(f"'{quote(text)}' is an age here, not a decade: no date")
    if "'" not in text and _WEATHER.search(context):  # "the '80s": a decade
        raise DateError(f"'{quote(text)}' is a temperature here, not a decade: no date")


# a weekday's act that is over once named: "get around Wednesday's ruling by the INS" (AP, 2000) is the Wednesday
# before, though "would" and "by Jan. 14" look ahead in the sentence; unlike "Wednesday's summit/vote/runoff/match",
# which a story before it names as well (unless a verb of what happened takes it: "it won Saturday's election"). Awaited by the words right before it ("ahead of Wednesday's ruling",
# "awaiting Thursday's verdict"), it is the coming one still.
_DONE_ACTS = (
    r"ruling|rulings|decision|decisions|verdict|verdicts|judgment|judgement|sentence|acquittal|conviction|"
    r"announcement|statement|remarks|comments|admission|resignation|ouster|dismissal|firing|"
    r"attack|attacks|killing|killings|shooting|shootings|stabbing|bombing|bombings|blast|explosion|massacre|"
    r"assassination|ambush|raid|raids|airstrike|airstrikes|assault|murder|murders|crash|collision|derailment|"
    r"quake|earthquake|tremor|landslide|collapse|arrest|arrests|seizure|capture|death|deaths|defeat|victory|loss|win|"
    r"upset|incident|accident|outage|sell-off|selloff|plunge|slump|retreat|downgrade"
)
# words between the day and the act that make it a plan ("Wednesday's expected ruling")
_NOT_DONE = r"(?!(?:expected|planned|scheduled|proposed|upcoming|awaited|likely|possible|anticipated)\b)"
_DONE_ACT_AFTER = re.compile(r"\s*['\u2019]s\s+(?:" + _NOT_DONE + r"[\w-]+\s+){0,3}?(?:" + _DONE_ACTS + r")\b", re.I)
_DONE_ACT_WORDS = re.compile(
    r"\b(?:" + WD + r"|yesterday|last\s+night)\s+s\s+(?:" + _NOT_DONE + r"[\w-]+\s+){0,3}?(?:" + _DONE_ACTS + r")\b"
)
_AWAITED = re.compile(
    r"\b(?:ahead\s+of|before|awaiting|awaits|await|awaited|wait(?:ing|s)?\s+for|run-?up\s+to|lead-?up\s+to|pending|"
    r"expected|upcoming|forthcoming|scheduled|planned|due|prepar(?:e|es|ing)\s+for|brac(?:e|es|ing)\s+for)\s*$"
)


def done_act(text: str, context: str) -> bool:
    """Whether the words are a day named by its act done ("Wednesday's ruling", or "Wednesday" with "'s ruling" after
    it in the sentence), or by any event that a verb of what happened takes right before it ("announced that it won
    Saturday's election", BBC), not awaited by the words right before it: a report of it, whatever the sentence
    plans."""
    at = context.find(text)
    if at < 0:
        return False
    s, after = normalize(text), context[at + len(text) :]
    before = " ".join(normalize(context[:at]).split())
    bare_day = re.fullmatch(r"(?:on\s+)?" + WD, s)
    named = _DONE_ACT_WORDS.search(s) or (bare_day and _DONE_ACT_AFTER.match(after))
    possessive = re.match(WD + r"\s+s\s+\w", s) or (bare_day and re.match(r"\s*['\u2019]s\s+\w", after))
    if not named and not (possessive and (ends_in_past_verb(before) or _past_verb_then_place(before))):
        return False
    return not _AWAITED.search(before)


# a fixture told as played: a verb of what happened, a few words (its object), then "in", "at" or "of" the day's event ("Spain
# beat England in Saturday's final", "He scored twice in Saturday's match", AP and BBC Sport the day after)
_PLAYED = re.compile(r"(?<![-\w])(?:beat|drew|upset|overcame)$")
_MODAL = {"will", "would", "should", "can", "could", "may", "might"}


def _past_verb_then_place(before: str) -> bool:
    """Whether the clause before a possessive day ends on a verb of what happened, up to six words (its object) and
    "in", "at" or "of", with no modal or infinitive between."""
    words = before.split()
    if not words or words[-1] not in ("in", "at", "during", "of"):
        return False
    for k in range(1, min(8, len(words))):
        head = " ".join(words[:-k])
        if ends_in_past_verb(head) or _PLAYED.search(head):
            near = " ".join(words[-k - 3 :])
            return not (_MODAL & set(near.split()) or re.search(r"\bto\s+(?!\d)", near))
    return False
