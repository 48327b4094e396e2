"""Invariants of the date resolver (issue 12), part two: the words. One time spelled other ways reads the same; a
number written out reads as its digits; a sentence of what happened makes the words a report and one that looks ahead
a plan; a night at one end of a range of days moves only that end; the unit after next is the next one's next; the
first or last months of a fiscal year are of that year. Over the publications of test_dates_props.py (every weekday,
month and year ends, 28 and 29 February, clock-change days, six zones)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateline.db.dates import resolve
from test_dates_props import (
    EDGES,
    KOLKATA,
    LONDON,
    NY,
    PUBLICATIONS,
    WEEK,
    WEEKDAYS,
    assert_none,
    publications,
    read,
    shown,
    wall,
)


# ============================================================ fiscal years
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the first nine months of fiscal 2024", ("2023-04-01", "2024-01-01")),
        ("the first six months of fiscal 2024", ("2023-04-01", "2023-10-01")),
        ("the last three months of fiscal 2024", ("2024-01-01", "2024-04-01")),
        ("the final three months of fiscal 2025", ("2025-01-01", "2025-04-01")),
    ],
)
def test_the_first_or_last_months_of_a_fiscal_year_are_of_that_year(text, expected):
    """Of a year that begins in April (fiscal_year_start=4, or a British or Indian story's "fiscal"), the first
    nine months run April to December, not January to September of the calendar year."""
    got = resolve(text, datetime(2025, 6, 2, 9, tzinfo=ZoneInfo(NY)), fiscal_year_start=4)
    assert (got.start.date().isoformat(), got.end.date().isoformat()) == expected, got.rule


def test_the_first_months_of_a_calendar_year_are_unchanged():
    got = resolve("the first nine months of 2024", datetime(2025, 6, 2, 9, tzinfo=ZoneInfo(NY)))
    assert (got.start.date().isoformat(), got.end.date().isoformat(), got.precision) == (
        "2024-01-01",
        "2024-10-01",
        "range",
    )


# ============================================================ numbers in words
ONES = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen".split()
ONES += "seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def spelled(n: int) -> str:
    """1 to 99 as copy writes them out: "seven", "fifteen", "twenty-five"."""
    if n < 20:
        return ONES[n - 1]
    return TENS[n // 10 - 2] + (f"-{ONES[n % 10 - 1]}" if n % 10 else "")


COUNTED = ["{} days ago", "{} weeks ago", "{} months ago", "{} years ago", "in {} days", "the past {} years"]
COUNTED += ["over the next {} months", "in the last {} days", "{} years from now"]


@pytest.mark.parametrize("template", COUNTED)
def test_a_number_written_out_reads_as_its_digits(template):
    """ "Twenty-five years ago, ..." opens a sentence as "25 years ago" would stand in it (it was read as five years
    ago: the rule saw "five"); "in the past fifteen years" was refused."""
    failures = []
    for published in publications(days=(date(2024, 6, 3), date(2024, 2, 29)), times=(time(9),), zones=(NY, KOLKATA)):
        for n in range(1, 100):
            words, digits = read(template.format(spelled(n)), published), read(template.format(n), published)
            if (
                words is None
                or digits is None
                or (words.start, words.end, words.precision)
                != (
                    digits.start,
                    digits.end,
                    digits.precision,
                )
            ):
                failures.append(
                    f"{template.format(spelled(n))!r} @ {published.isoformat()}: {shown(words)} / {shown(digits)}"
                )
    assert_none(failures)


def test_years_said_in_words_stay_years():
    published = datetime(2024, 6, 3, 9, tzinfo=ZoneInfo(NY))
    assert resolve("nineteen ninety-six", published).start.year == 1996
    assert resolve("the nineties", published).start.year == 1990
    assert resolve("the twenty-first century", published).start.year == 2000


# ============================================================ one date, other spellings
# ways copy writes the same time: each reads as the first of its group on every publication, in a report and a plan
SPELLINGS = [
    [
        "Tuesday at 3 p.m.",
        "3 p.m. Tuesday",
        "3 p.m. on Tuesday",
        "at 3 p.m. on Tuesday",
        "Tuesday, 3 p.m.",
        "Tuesday at 3pm",
        "Tuesday at 3 PM",
        "Tuesday at 15:00",
        "Tuesday at 3:00 p.m.",
        "TUESDAY AT 3 P.M.",
        "on Tues. at 3 p.m.",
        "3pm on Tuesday",
    ],
    [
        "Tuesday morning",
        "on Tuesday morning",
        "Tuesday in the morning",
        "on the morning of Tuesday",
        "Tuesday morning,",
    ],
    ["Tuesday night", "on Tuesday night", "on the night of Tuesday"],
    ["early Tuesday", "early on Tuesday"],
    ["in the early hours of Tuesday", "in the small hours of Tuesday"],
    [
        "March 3 at 3 p.m.",
        "3 p.m. March 3",
        "at 3 p.m. on March 3",
        "March 3, 3 p.m.",
        "3 March at 15:00",
        "3pm on March 3",
    ],
    ["March 3", "on March 3", "March 3rd", "3 March", "3rd March", "the 3rd of March", "Mar. 3", "Mar 3", "march 3"],
    ["in March", "March", "during March"],
    ["yesterday", "Yesterday", "YESTERDAY", "yesterday's"],
    ["noon Tuesday", "at noon on Tuesday", "Tuesday at noon", "12 p.m. Tuesday", "Tuesday at 12:00"],
    ["last Tuesday", "this past Tuesday", "on Tuesday last", "Tuesday last"],
    ["next Tuesday", "on Tuesday next", "Tuesday next"],
    ["the middle of next week", "midweek next week", "mid-week next week"],  # "next week" was dropped: this week's
    ["a week ago", "this time last week", "this time a week ago"],  # "this time last week" was the whole week
    ["a year ago", "this time last year", "the same time last year"],
    ["last March", "this past March"],  # "this past March" in December was the March to come
    ["next December", "this coming December"],
    ["Thursday", "Thurs.", "on Thurs.", "Thu."],
    ["March 3-5", "March 3 to 5", "March 3 through 5", "from March 3 to 5", "between March 3 and 5", "3-5 March"],
    [
        "March 3-5",
        "3 to 5 March",
        "March 3–5",
        "March 3 until March 5",
        "March 3rd to 5th",
        "between March 3 and March 5",
    ],
    ["2 a.m.", "2am", "2 AM", "02:00", "2:00 a.m.", "at 2 a.m."],
    ["9:30 a.m.", "9.30am", "9:30am", "09:30", "9.30 a.m.", "9:30 in the morning"],
]


@pytest.mark.parametrize("group", SPELLINGS, ids=[g[0] + " ..." for g in SPELLINGS])
def test_one_time_spelled_other_ways_reads_the_same(group):
    failures = []
    for published in publications(times=(time(9), time(12), time(20))):
        for planned in (False, True):
            first = read(group[0], published, planned)
            assert first is not None, (group[0], published)
            for text in group[1:]:
                got = read(text, published, planned)
                if got is None or (got.start, got.end, got.precision) != (first.start, first.end, first.precision):
                    failures.append(f"{text!r} @ {published.isoformat()}: {shown(got)} / {group[0]!r}: {shown(first)}")
    assert_none(failures)


# ============================================================ the sentence around the words
# given the sentence (as an extractor gives it), words in a sentence of what happened read as a report, and in one
# that looks ahead as a plan (status=planned), on every publication. Left out: "by Friday" (a deadline alone, the
# most recent in a clause of what happened) and results copy ("is due to report earnings the third quarter": the
# quarter just over, whose results come out weeks after it).
IN_SENTENCE = [
    "on Tuesday",
    "Tuesday",
    "on Friday",
    "Sunday",
    "Tuesday night",
    "early Tuesday",
    "Monday morning",
    "late Tuesday",
    "Thursday evening",
    "at 9 a.m. Tuesday",
    "on March 3",
    "in March",
    "on Oct. 14",
    "Oct. 14-16",
    "on Dec. 31",
    "in December",
    "in January",
    "mid-November",
    "from Tuesday to Thursday",
    "next week",
    "this weekend",
]
REPORTED = [
    "The president visited Kyiv {}.",
    "{}, the president visited Kyiv.",
    "Police said the attack happened {}.",
    "Officials said {} that three people died.",
    "Protesters gathered in the square {}, witnesses said.",
    "He was arrested {} and charged with murder.",
    "The storm hit the coast {}, killing two.",
    "Russian forces launched a missile attack on Kyiv {}.",
    "Prices hit a record high {}.",
    "The company cut 200 jobs {}.",
    "The army shut the border {}.",
    "He quit the party {}.",
]
LOOKING_AHEAD = [
    "The president will visit Kyiv {}.",
    "{}, the president will visit Kyiv.",
    "The president is expected to visit Kyiv {}.",
    "The talks are scheduled for {}.",
    "Voters will head to the polls {}.",
    "The storm is forecast to hit the coast {}.",
    "The plant is expected to shut {}.",
    "The government is expected to set a new target {}.",
    "Officials said the storm would hit the coast {}.",
    "Organisers hope to finish the race {}.",
    "The airline will cut 200 flights {}.",
    "The law is set to take effect {}.",
]


def in_sentence(template: str, text: str) -> tuple[str, str]:
    """The words as they stand in the sentence (capitalised when it opens on them), and the sentence."""
    words = text[0].upper() + text[1:] if template.startswith("{}") else text
    return words, template.format(words)


@pytest.mark.parametrize("template", REPORTED + LOOKING_AHEAD)
def test_a_sentence_of_what_happened_reads_as_a_report_one_looking_ahead_as_a_plan(template):
    planned = template in LOOKING_AHEAD
    failures = []
    for published in publications(days=WEEK + EDGES, times=(time(9), time(18))):
        for text in IN_SENTENCE:
            expected = read(text, published, planned)
            words, sentence = in_sentence(template, text)
            got = read(words, published, context=sentence)
            if got is None or expected is None or (got.start, got.end) != (expected.start, expected.end):
                failures.append(f"{sentence!r} @ {published.isoformat()}: {shown(got)} / expected {shown(expected)}")
    assert_none(failures)


def test_the_words_alone_are_no_sentence_about_results():
    # "the third quarter" looked ahead to in October is next year's; only a sentence about results ("to report
    # earnings") keeps the quarter just over, whose results are still to come
    published = datetime(2024, 10, 27, 9, tzinfo=ZoneInfo(LONDON))
    got = resolve("the third quarter", published, context="The president will visit Kyiv the third quarter.")
    assert got.start.date().isoformat() == "2025-07-01", got.rule
    got = resolve("the third quarter", published, context="The company is due to report earnings the third quarter.")
    assert got.start.date().isoformat() == "2024-07-01", got.rule


# ============================================================ a night at one end of a range
# "from Friday night to Sunday" is the range "from Friday evening to Sunday" begun two hours later, at 20:00; "from
# Friday to Sunday night" the range "from Friday to Sunday" run on to 06:00 on Monday (both were read as one night)
def test_a_night_at_one_end_of_a_range_of_days_moves_only_that_end():
    failures = []
    for published in publications(days=WEEK + EDGES, times=(time(9),)):
        zone = published.tzinfo
        for first in range(7):
            for on in (2, 3, 4):
                x, y = WEEKDAYS[first], WEEKDAYS[(first + on) % 7]
                for planned in (False, True):
                    evening, days = (
                        read(f"from {x} evening to {y}", published, planned),
                        read(f"from {x} to {y}", published, planned),
                    )
                    for text, start, end in (
                        (
                            f"from {x} night to {y}",
                            wall(evening.start, zone) + timedelta(hours=2),
                            wall(evening.end, zone),
                        ),
                        (
                            f"{x} night through {y}",
                            wall(evening.start, zone) + timedelta(hours=2),
                            wall(evening.end, zone),
                        ),
                        (f"from {x} to {y} night", wall(days.start, zone), wall(days.end, zone) + timedelta(hours=6)),
                    ):
                        got = read(text, published, planned)
                        if got is None or (wall(got.start, zone), wall(got.end, zone)) != (start, end):
                            failures.append(f"{text!r} @ {published.isoformat()} planned={planned}: {shown(got)}")
    assert_none(failures)


@pytest.mark.parametrize("text", ["Friday night into Saturday", "Friday night to Saturday", "Sunday night into Monday"])
def test_a_night_into_the_next_day_stays_the_night(text):
    published = datetime(2024, 6, 5, 12, tzinfo=ZoneInfo(LONDON))  # a Wednesday
    assert resolve(text, published).precision == "night"


# ============================================================ the unit after next
@pytest.mark.parametrize(
    ("text", "one_on", "unit"),
    [
        ("the week after next", "next week", "week"),
        ("the weekend after next", "next weekend", "week"),
        ("the month after next", "next month", "month"),
        ("the year after next", "next year", "year"),
    ],
)
def test_the_unit_after_next_is_the_next_ones_next(text, one_on, unit):
    """ "the week after next" was refused (as "the week before last" was read)."""
    failures = []
    for published in PUBLICATIONS:
        zone = published.tzinfo
        got, next_one = read(text, published), read(one_on, published)
        start = wall(next_one.start, zone)
        if unit == "week":
            expected = start + timedelta(days=7)
        else:
            expected = (
                start.replace(year=start.year + 1)
                if unit == "year"
                else datetime.combine(date(start.year + start.month // 12, start.month % 12 + 1, 1), time(0))
            )
        if got is None or wall(got.start, zone) != expected or got.precision != next_one.precision:
            failures.append(f"{text!r} @ {published.isoformat()}: {shown(got)} / {one_on!r}: {shown(next_one)}")
    assert_none(failures)


# ============================================================ thirteenth pass: eves, since, words for days, nights
NAMED_DAYS = ("Thanksgiving", "Yom Kippur", "Passover", "Diwali", "Easter", "Good Friday", "Bastille Day")


@pytest.mark.parametrize("name", NAMED_DAYS)
def test_the_eve_of_a_named_day_is_the_day_before_it(name):
    """ "on the eve of X" and "X eve" are the day before the day X reads as, at every publication."""
    for published in PUBLICATIONS[::7]:
        day = read(name, published, planned=True)
        if day is None:
            continue
        for words in (f"on the eve of {name}", f"{name} eve"):
            eve = read(words, published, planned=True)
            assert eve is not None and eve.precision == "day", (words, published, shown(eve))
            assert wall(eve.start, published.tzinfo).date() == wall(day.start, published.tzinfo).date() - timedelta(
                days=1
            ), (words, published, shown(eve), shown(day))


@pytest.mark.parametrize("span", ["the turn of the century", "the start of the decade", "the second half of 2019"])
def test_since_a_span_begins_where_the_span_does_and_ends_at_the_publication(span):
    for published in PUBLICATIONS[::5]:
        whole, since = read(span, published), read(f"since {span}", published)
        if whole is None or whole.start >= published:
            continue
        assert since is not None and since.start == whole.start, (span, published, shown(since), shown(whole))
        assert since.end == published.replace(second=0, microsecond=0), (span, published, shown(since))


DAY_WORDS = {1: "first", 2: "second", 3: "third", 5: "fifth", 12: "twelfth", 21: "twenty-first", 24: "twenty-fourth"}


@pytest.mark.parametrize(("n", "word"), sorted(DAY_WORDS.items()))
def test_a_day_of_a_month_in_words_reads_as_its_number(n, word):
    """ "the fifth of November" is "5 November", "June the twelfth" "June 12", at every publication."""
    for published in PUBLICATIONS[::9]:
        for words, digits in ((f"the {word} of November", f"{n} November"), (f"June the {word}", f"June {n}")):
            got, want = read(words, published), read(digits, published)
            assert want is not None and got is not None, (words, published)
            assert (got.start, got.end, got.precision) == (want.start, want.end, want.precision), (words, published)


def test_overnight_two_days_is_the_night_between_them():
    """ "overnight on 9-10 March" and "overnight March 9-10" are "the night of 9-10 March", across clock changes."""
    for published in PUBLICATIONS[::3]:
        night = read("the night of 9-10 March", published)
        for words in ("overnight on 9-10 March", "overnight March 9-10", "overnight 9 to 10 March"):
            got = read(words, published)
            assert got is not None and night is not None, (words, published)
            assert (got.start, got.end, got.precision) == (night.start, night.end, "night"), (words, published)


# ============================================================ a clock with a point (fourteenth pass)
@pytest.mark.parametrize("zone", ["BST", "GMT", "CET", "local time", "Moscow time", "WAT"])
def test_a_clock_with_a_point_and_a_zone_reads_as_with_a_colon(zone):
    """ "at 10.35 BST" is "at 10:35 BST", every minute of the day, at every publication (clock-change days too); a
    range with the zone said once ("between 10.00 and 12.00 GMT") as the same with colons."""
    for published in PUBLICATIONS[::7]:
        for h, mi in ((0, 5), (1, 30), (9, 15), (10, 35), (12, 0), (14, 30), (18, 45), (23, 59)):
            for dotted, colon in (
                (f"at {h}.{mi:02d} {zone}", f"at {h}:{mi:02d} {zone}"),
                (f"between {h}.{mi:02d} and 23.59 {zone}", f"between {h}:{mi:02d} and 23:59 {zone}"),
            ):
                got, want = read(dotted, published), read(colon, published)
                assert want is not None and got is not None, (dotted, published)
                assert (got.start, got.end, got.precision) == (want.start, want.end, want.precision), (
                    dotted,
                    published,
                )


def test_a_holiday_weekend_holds_the_weekend_and_the_holiday():
    """ "the Easter weekend", "Memorial Day weekend": the Saturday and Sunday and the day named, whatever the zone."""
    for published in PUBLICATIONS[::5]:
        for words, day in (("the Easter weekend", "Easter"), ("Memorial Day weekend", "Memorial Day")):
            got, named = read(words, published), read(day, published)
            assert got is not None and named is not None, (words, published)
            assert got.precision == "weekend" and got.start <= named.start and named.end <= got.end, (words, published)
            days = {(got.start + timedelta(days=d)).weekday() for d in range((got.end - got.start).days)}
            assert {5, 6} <= days, (words, published)


# ============================================================ fourteenth pass, part two
CLOCK_ENDS = [("10am", "noon"), ("9 a.m.", "noon"), ("noon", "2pm"), ("midday", "3pm"), ("8pm", "midnight")]
CLOCK_ENDS += [("midnight", "6am"), ("9am", "5pm"), ("10 a.m.", "2 p.m.")]


@pytest.mark.parametrize(("first", "last"), CLOCK_ENDS, ids=[f"{a}-{b}" for a, b in CLOCK_ENDS])
def test_a_clock_range_with_a_hyphen_reads_as_from_one_to_the_other(first, last):
    """ "10am-noon on Friday" is "from 10am to noon on Friday" (it was noon alone), with a word at either end, with a
    day or without, at every publication (clock-change days too), in a report or a plan; a range either way."""
    failures = []
    for published in PUBLICATIONS[::5]:
        for day in ("", " on Friday", " Sunday"):
            for planned in (False, True):
                got = read(f"{first}-{last}{day}", published, planned)
                want = read(f"from {first} to {last}{day}", published, planned)
                if (
                    want is None
                    or got is None
                    or (got.start, got.end, got.precision) != (want.start, want.end, "range")
                ):
                    failures.append(f"{first}-{last}{day} @ {published.isoformat()}: {shown(got)} != {shown(want)}")
    assert_none(failures)


COUNTED_HOURS = ["worked 1000 hours", "after 1000 hours of talks", "more than 1,200 hours", "logged 1500 hours"]
COUNTED_HOURS += ["spent about 2000 hours", "nearly 1800 hours a year", "over 1,000 hours of footage"]


@pytest.mark.parametrize("text", COUNTED_HOURS)
def test_a_count_of_hours_is_no_clock(text):
    """A number of hours counted ("worked 1000 hours") names no time: never the clock 10:00 (nor any other)."""
    failures = [
        f"{text} @ {published.isoformat()}: {shown(got)}"
        for published in PUBLICATIONS[::11]
        if (got := read(text, published)) is not None and got.precision in ("minute", "hour")
    ]
    assert_none(failures)


@pytest.mark.parametrize("text", ["at 1000 hours", "at 0600 hours", "at 1000 hrs", "by 1800 hours", "1000 hrs"])
def test_a_wire_clock_in_hours_stays_the_clock(text):
    """ "at 1000 hours" is "at 10:00", "at 1000 hrs" too, wherever and whenever it is read."""
    digits = re.search(r"\d{4}", text)
    assert digits is not None
    colon = f"{text[: digits.start()]}{digits[0][:2]}:{digits[0][2:]}"
    failures = []
    for published in PUBLICATIONS[::7]:
        got, want = read(text, published), read(colon, published)
        if want is None or got is None or (got.start, got.end, got.precision) != (want.start, want.end, want.precision):
            failures.append(f"{text} @ {published.isoformat()}: {shown(got)} != {shown(want)}")
    assert_none(failures)


@pytest.mark.parametrize("words", ["in the new week", "early in the new week", "the new week"])
def test_the_new_week_is_the_next_one_or_on_a_monday_this_one(words):
    """ "in the new week" is the week after the publication's ("next week"); in a Monday story the week that began
    that day ("this week"), at every publication."""
    failures = []
    for published in PUBLICATIONS[::3]:
        got = read(words, published)
        want = read("this week" if published.weekday() == 0 else "next week", published)
        if want is None or got is None or (got.start, got.end, got.precision) != (want.start, want.end, "week"):
            failures.append(f"{words} @ {published.isoformat()}: {shown(got)} != {shown(want)}")
    assert_none(failures)


INTO_NEXT = ["Saturday and into early Sunday", "Friday night and into Saturday morning", "Sunday and into Monday"]


@pytest.mark.parametrize("span", INTO_NEXT)
def test_through_a_day_and_into_the_next_in_a_report_is_the_days_named(span):
    """In a report, "through Saturday and into early Sunday" is "Saturday and into early Sunday" (it ran from the
    publication to the next Saturday's); in a plan it runs from the publication to the same end."""
    failures = []
    for published in PUBLICATIONS[::4]:
        got, want = read(f"through {span}", published), read(span, published)
        if want is None or got is None or (got.start, got.end) != (want.start, want.end):
            failures.append(f"through {span} @ {published.isoformat()}: {shown(got)} != {shown(want)}")
        plan = read(f"through {span}", published, planned=True)
        ahead = read(span, published, planned=True)
        if plan is None or ahead is None or plan.end != ahead.end or plan.start > ahead.start:
            failures.append(f"through {span} planned @ {published.isoformat()}: {shown(plan)} vs {shown(ahead)}")
    assert_none(failures)


STATE_HOLIDAYS = [
    ("Australia/Melbourne", "the King's Birthday long weekend", "VIC", "King's Birthday|Queen's Birthday"),
    ("Australia/Perth", "the King's Birthday long weekend", "WA", "King's Birthday|Queen's Birthday"),
    ("Australia/Brisbane", "the Labour Day long weekend", "QLD", "Labor Day"),
    ("Australia/Perth", "the Labour Day long weekend", "WA", "Labor Day"),
    ("Australia/Sydney", "the Labour Day long weekend", "NSW", "Labor Day"),
    ("America/Toronto", "the Family Day long weekend", "ON", "Family Day"),
]


@pytest.mark.parametrize(
    ("zone", "words", "state", "name"), STATE_HOLIDAYS, ids=[f"{z}: {w}" for z, w, _, _ in STATE_HOLIDAYS]
)
def test_a_states_named_long_weekend_holds_that_states_holiday(zone, words, state, name):
    """ "the King's Birthday long weekend" in a Melbourne story holds Victoria's King's Birthday (June), in a Perth
    one Western Australia's (September; the Queen's before 2023): a weekend of three days or more with that holiday (``holidays``, the state
    of the zone's city), through the years, in a report and a plan."""
    import holidays

    country = "CA" if zone.startswith("America/") else "AU"
    failures = []
    for d in (date(2023, 1, 2), date(2024, 3, 1), date(2024, 6, 3), date(2024, 9, 30), date(2025, 5, 30)):
        for t in (time(0, 30), time(12), time(23, 30)):
            published = datetime.combine(d, t, ZoneInfo(zone))
            for planned in (False, True):
                got = read(words, published, planned)
                cal = holidays.country_holidays(country, subdiv=state, years=range(d.year - 1, d.year + 2))
                named = {day for day, n in cal.items() if set(name.split("|")) & set(n.split("; "))}
                if got is None:
                    failures.append(f"{words} @ {published.isoformat()}: refused")
                    continue
                days = {(got.start + timedelta(days=i)).date() for i in range((got.end - got.start).days)}
                if got.precision != "weekend" or len(days) < 3 or not days & named:
                    failures.append(f"{words} @ {published.isoformat()}: {shown(got)}")
    assert_none(failures)


# ============================================================ fifteenth pass: counted back from a day, just gone, effective
@pytest.mark.parametrize(("count", "weeks"), [("a week", 1), ("a fortnight", 2), ("two weeks", 2)])
@pytest.mark.parametrize("day", ["Monday", "Saturday", "yesterday"])
def test_a_week_last_day_is_that_many_weeks_before_it(count, weeks, day):
    """ "a week last Monday" and "a fortnight yesterday" (British) are the day "last Monday" ("yesterday") reads as,
    that many weeks back, at every publication (before: the day itself)."""
    said = day if day == "yesterday" else f"last {day}"
    failures = []
    for published in PUBLICATIONS[::3]:
        zone = published.tzinfo
        got, base = read(f"{count} {said}", published), read(said, published)
        expected = wall(base.start, zone) - timedelta(weeks=weeks) if base else None
        if got is None or wall(got.start, zone) != expected or got.precision != "day":
            failures.append(f"{count} {said!r} @ {published.isoformat()}: {shown(got)} / {said!r}: {shown(base)}")
    assert_none(failures)


@pytest.mark.parametrize("day", WEEKDAYS)
def test_last_monday_week_is_a_week_last_monday(day):
    """ "last Monday week" (British) is "a week last Monday", a week before last Monday (before: a week after the
    coming one)."""
    for published in PUBLICATIONS[::7]:
        got, same = read(f"last {day} week", published), read(f"a week last {day}", published)
        assert got is not None and same is not None, published
        assert (got.start, got.end, got.precision) == (same.start, same.end, same.precision), published


@pytest.mark.parametrize("unit", ["week", "weekend", "month", "quarter", "year"])
@pytest.mark.parametrize("gone", ["just gone", "just past", "just ended"])
def test_the_unit_just_gone_is_the_last_one(unit, gone):
    """ "the week just gone", "the year just ended" read as "last week", "last year"; "the weekend just gone" as "this
    past weekend" (before: refused)."""
    same = "this past weekend" if unit == "weekend" else f"last {unit}"
    for published in PUBLICATIONS[::5]:
        got, last = read(f"the {unit} {gone}", published), read(same, published)
        assert got is not None and last is not None, published
        assert (got.start, got.end, got.precision) == (last.start, last.end, last.precision), published


@pytest.mark.parametrize("day", WEEKDAYS)
@pytest.mark.parametrize("words", ["effective", "effective from", "with effect from"])
def test_effective_a_day_looks_ahead_as_starting_does(words, day):
    """ "effective Friday", "with effect from Monday" announce a change to come: the day "starting Friday" reads as."""
    for published in PUBLICATIONS[::11]:
        got, starting = read(f"{words} {day}", published), read(f"starting {day}", published)
        assert (got.start, got.end, got.precision) == (starting.start, starting.end, starting.precision), published


@pytest.mark.parametrize("day", ["Saturday", "Sunday", "Wednesday"])
@pytest.mark.parametrize("words", ["just after midnight on", "shortly after midnight on", "after midnight on"])
def test_after_midnight_on_a_weekday_is_in_that_day(words, day):
    """ "just after midnight on Sunday" (British, Reuters: the weekday after "on") begins at the midnight that begins
    the day "on Sunday" reads as, whether or not that day is over (before: the hour after its end once it was)."""
    failures = []
    for published in PUBLICATIONS[::3]:
        zone = published.tzinfo
        got, the_day = read(f"{words} {day}", published), read(f"on {day}", published)
        if got is None or the_day is None or wall(got.start, zone) != wall(the_day.start, zone):
            failures.append(f"{words} {day} @ {published.isoformat()}: {shown(got)} / on {day}: {shown(the_day)}")
    assert_none(failures)


# ============================================================ sixteenth pass: numbers without a year, a night begun
# that day, later the next day, a court's next date, a fixture's day
@pytest.mark.parametrize(("day", "month"), [(3, 6), (28, 2), (29, 2), (1, 1), (31, 12), (5, 11), (13, 7)])
@pytest.mark.parametrize("lead", ["on", "on Monday", "Friday"])
def test_a_day_and_month_in_numbers_reads_as_the_date_in_words(lead, day, month):
    """ "on 3/6" (day first in London, Sydney and Kolkata; month first in New York) reads as "on 3 June" does, and
    with a weekday as "Friday 3 June" does; "3/6" alone stays unread (a fraction, a score)."""
    failures = []
    for published in PUBLICATIONS[::4]:
        month_first = str(published.tzinfo) in (NY, "UTC")  # the US, or no country known: month first
        numbers = f"{lead} {month}/{day}" if month_first else f"{lead} {day}/{month}"
        got = read(numbers, published)
        words = read(f"{lead} {date(2024, month, day):%B} {day}", published)
        if got is None or words is None or (got.start, got.end) != (words.start, words.end):
            failures.append(f"{numbers!r} @ {published.isoformat()}: {shown(got)} / in words: {shown(words)}")
        if read(f"{day}/{month}", published) is not None:
            failures.append(f"'{day}/{month}' alone @ {published.isoformat()} was read")
    assert_none(failures)


@pytest.mark.parametrize("words", ["{} night into {} morning", "overnight {} into {}", "late {} into early {}"])
def test_a_night_begun_on_the_publications_weekday_is_that_night(words):
    """A night into the next day, its first day the publication's own weekday, begins that evening, as "Tuesday night"
    on a Tuesday does (before: a week early, the night before the most recent second day)."""
    failures = []
    for published in PUBLICATIONS:
        zone, first = published.tzinfo, published.astimezone(published.tzinfo).weekday()
        text = words.format(WEEKDAYS[first], WEEKDAYS[(first + 1) % 7])
        got = read(text, published)
        if got is None or wall(got.start, zone).date() != wall(published, zone).date():
            failures.append(f"{text!r} @ {published.isoformat()}: {shown(got)}")
    assert_none(failures)


@pytest.mark.parametrize("lead", ["later", "early", "early on", "in the early hours of"])
def test_later_the_next_weekday_in_an_evening_story_is_the_next_day(lead):
    """ "later Monday" in a story from 18:00 on a Sunday is the Monday after; in the morning, as "Monday" alone reads.
    So is "early Monday" (the eighteenth pass): AP's evening cycle writes the small hours of the place, under way in
    Gaza or Tokyo when New York's Sunday evening is not over, and they are the next small hours, not a week back; a
    report's words at 09:00 keep to the past."""
    failures = []
    for published in publications(days=WEEK + EDGES, times=(time(9), time(18, 30), time(23, 30))):
        zone, pub_day = published.tzinfo, wall(published, published.tzinfo).date()
        tomorrow = WEEKDAYS[(pub_day.weekday() + 1) % 7]
        got, alone = read(f"{lead} {tomorrow}", published), read(tomorrow, published)
        expected = pub_day + timedelta(days=1) if published.hour >= 18 else wall(alone.start, zone).date()
        if got is None or wall(got.start, zone).date() != expected:
            failures.append(f"{lead} {tomorrow} @ {published.isoformat()}: {shown(got)}")
        if lead != "later" and got is not None and got.precision != "small hours":
            failures.append(f"{lead} {tomorrow} @ {published.isoformat()}: {shown(got)}")
    assert_none(failures)


@pytest.mark.parametrize("day", WEEKDAYS)
@pytest.mark.parametrize(
    "words", ["adjourned to", "the case was adjourned to", "remanded to appear on", "bailed to", "Saturday's final and"]
)
def test_a_courts_next_date_and_a_fixture_look_ahead(words, day):
    """A court's next date ("adjourned to Friday", "bailed to Monday") reads as "on Friday" looking ahead does, in a
    report too; so does a fixture named with 's ("Wednesday's semifinal")."""
    failures = []
    for published in PUBLICATIONS[::7]:
        text = f"{day}'s semifinal" if words.startswith("Saturday") else f"{words} {day}"
        got, ahead = read(text, published), read(f"on {day}", published, planned=True)
        if got is None or (got.start, got.end) != (ahead.start, ahead.end):
            failures.append(f"{text!r} @ {published.isoformat()}: {shown(got)} / ahead: {shown(ahead)}")
    assert_none(failures)
