"""Wire-copy phrasings, nineteenth pass (issue 12): the leads the eighteenth left and what real copy around them writes.
Years said in words as transcripts and older copy write them ("twenty twenty-three", "nineteen oh five", "two thousand
and ten", "in May of nineteen ninety-four"); a date "of last year" ("on 5 May of last year"); a minute a thing came
shortly before ("just before 5:30 p.m." in a Fox 9 story, "shortly before 12:30 p.m."); a day told by another city's
clock (Kyodo's and Jiji's Tokyo currency reports: "in New York late Monday afternoon", "In New York on Wednesday", AFP's
"in New York Friday afternoon"; "Monday in Washington" in a Sydney story); the Sabbath ("over Shabbat", "the Sabbath");
the Tet holiday glossed in brackets ("the Tet (Lunar New Year) holiday", VnExpress and Xinhua); Hanukkah's first week;
"by the end of the year or early in the new year" (Reuters). Each class has a section, with its source; the last keeps
the nearest phrasings that already read right. Rows marked "constructed" are written in the manner of the desks named,
not quoted. Expected values are wall times in the publication's zone, as in test_dates_wire.py."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import resolve
from test_dates_wire import assert_reads, at

NY, CHICAGO, LONDON, SYDNEY, TOKYO = (
    "America/New_York",
    "America/Chicago",
    "Europe/London",
    "Australia/Sydney",
    "Asia/Tokyo",
)
KOLKATA, JERUSALEM, HCMC = "Asia/Kolkata", "Asia/Jerusalem", "Asia/Ho_Chi_Minh"
P = "planned"

# publication moments
NY_WED_0900 = at("2024-06-05T09:00", NY)  # Wednesday morning
NY_WED_1400 = at("2024-06-05T14:00", NY)  # Wednesday afternoon
NY_SAT_1500 = at(
    "2024-06-08T15:00", NY
)  # Saturday afternoon (Fox 29, Philadelphia: a shooting "just after 12:30 p.m.")
NY_SAT_2200 = at("2024-06-08T22:00", NY)  # Saturday night, Shabbat just over
NY_THU_JAN2 = at("2025-01-02T09:00", NY)  # Thursday, the year's second day
NY_FRI_DEC20 = at("2024-12-20T10:00", NY)  # six days before Hanukkah's first day
NY_MON_FEB23 = at("1998-02-23T12:00", NY)  # CNN, 23 February 1998 (TimeBank CNN19980223.1130.0960)
CHICAGO_MON_APR15 = at("2024-04-15T10:00", CHICAGO)  # Fox 9, "Girl found dead in Iowa", Monday 15 April 2024
LONDON_MON_MAR31 = at("2025-03-31T10:00", LONDON)  # Monday, the day after UK clocks went forward
LONDON_TUE_NOV5 = at("2024-11-05T09:00", LONDON)  # Tuesday, two months before the year's end
SYDNEY_TUE_1000 = at("2024-06-04T10:00", SYDNEY)  # Tuesday morning, Washington's Monday evening
KOLKATA_WED_2030 = at("2024-06-05T20:30", KOLKATA)  # Wednesday evening
TOKYO_TUE_JUL22 = at("2025-07-22T12:00", TOKYO)  # Kyodo, "Tokyo stocks edge up as PM Ishiba vows to stay on"
TOKYO_THU_JUN27 = at("2024-06-27T12:00", TOKYO)  # Jiji, "Dollar Firm in Tokyo after Hitting 37-Yr High in N.Y."
TOKYO_THU_JAN10 = at("2002-01-10T07:00", TOKYO)  # Japan Times, "Officials' remarks send dollar to brief 39-month high"
TOKYO_MON_OCT28 = at("2013-10-28T16:00", TOKYO)  # AFP, "Tokyo stocks up 2.19 percent"
TOKYO_MON_SEP30 = at("2013-09-30T16:00", TOKYO)  # AFP, "Tokyo stocks end 2.06% lower"
TOKYO_TUE_1200 = at("2024-06-04T12:00", TOKYO)  # Tuesday noon, London's small hours
JERUSALEM_SUN_0900 = at("2024-06-02T09:00", JERUSALEM)  # Sunday morning, the first working day after Shabbat
JERUSALEM_WED_1000 = at("2024-06-05T10:00", JERUSALEM)  # Wednesday
JERUSALEM_FRI_1000 = at("2024-06-07T10:00", JERUSALEM)  # Friday morning, before Shabbat
JERUSALEM_WED_DEC20 = at("2023-12-20T10:00", JERUSALEM)  # five days after Hanukkah
HCMC_SAT_JAN20 = at("2024-01-20T10:00", HCMC)  # three weeks before Tet
HCMC_WED_FEB1 = at("2017-02-01T19:00", HCMC)  # VnExpress, "On Vietnamese roads, death didn't take a holiday"
KARACHI_WED_JUN21 = at("2023-06-21T20:00", "Asia/Karachi")  # IANS, ex-PTI minister arrested ("in April last year")
JERUSALEM_TUE_APR28 = at("2020-04-28T15:00", JERUSALEM)  # JTA, "Woman, 62, stabbed in apparent terror attack"
PHOENIX_SUN_APR13 = at("2025-04-13T18:44", "America/Phoenix")  # AP, Fountain Hills wrong-way crash
SAN_ANGELO_SUN_JUL27 = at("2014-07-27T14:00", CHICAGO)  # San Angelo LIVE, four-vehicle crash ("early Sunday afternoon")

ROWS: list[tuple[str, str, datetime, str | None, str, str]] = []  # (class, text, published, status, expected, prec.)


def rows(cls: str, *items: tuple[str, datetime, str | None, str, str]) -> None:
    for text, published, status, expected, precision in items:
        ROWS.append((cls, text, published, status, expected, precision))


# ============================================================ years said in words
# Decision: a year said as broadcast transcripts and older copy say it is that year: "twenty twenty-three" (2023),
# "nineteen oh five" (1905), "two thousand and ten" (2010; before: 2000, the "and ten" dropped), "twenty ten" (2010);
# "twenty" and a year's last two from "ten" up, since a count of twenty is never followed by one ("twenty minutes" is
# none). Extraction finds these in a sentence only after a word of time (db/extract); the resolver reads them alone.
# Before: "twenty twenty-three" and "nineteen oh five" refused, "in two thousand and ten" 2000, "in May of nineteen
# ninety-four" this May. Constructed in the manner of CNN and NPR transcripts (the TimeBank CNN files write years so).
rows(
    "a year said in words",
    ("in twenty twenty-three", NY_WED_0900, None, "2023-01-01..2024-01-01", "year"),
    ("twenty twenty-three", NY_WED_0900, None, "2023-01-01..2024-01-01", "year"),
    ("in twenty nineteen", NY_WED_0900, None, "2019-01-01..2020-01-01", "year"),
    ("since twenty twenty", NY_WED_0900, None, "2020-01-01T00:00..2024-06-05T09:00", "range"),
    ("in nineteen oh five", NY_WED_0900, None, "1905-01-01..1906-01-01", "year"),
    ("in two thousand and ten", NY_WED_0900, None, "2010-01-01..2011-01-01", "year"),
    ("in two thousand and eight", NY_WED_0900, None, "2008-01-01..2009-01-01", "year"),
    ("in two thousand twelve", NY_WED_0900, None, "2012-01-01..2013-01-01", "year"),
    ("in twenty ten", NY_WED_0900, None, "2010-01-01..2011-01-01", "year"),
    ("in May of twenty twenty-two", NY_WED_0900, None, "2022-05-01..2022-06-01", "month"),
    ("in the fall of twenty twenty-two", NY_WED_0900, None, "2022-09-01..2022-12-01", "season"),
    ("by twenty thirty", NY_WED_0900, P, "2030-01-01..2031-01-01", "year"),
    ("in twenty twenty-six", NY_WED_0900, P, "2026-01-01..2027-01-01", "year"),
    ("in twenty twenty-four", NY_THU_JAN2, None, "2024-01-01..2025-01-01", "year"),
    ("twenty twenty-two", SYDNEY_TUE_1000, None, "2022-01-01..2023-01-01", "year"),
    ("in two thousand and five", LONDON_MON_MAR31, None, "2005-01-01..2006-01-01", "year"),
    ("in two thousand and sixteen", KOLKATA_WED_2030, None, "2016-01-01..2017-01-01", "year"),
    ("in June of nineteen ninety-four", NY_WED_0900, None, "1994-06-01..1994-07-01", "month"),
    ("on the fifth of May, twenty twenty-one", NY_WED_0900, None, "2021-05-05", "day"),
)

# ============================================================ a date of last year, with "of"
# "on 5 May of last year" (Indian and Gulf copy, PTI and WAM) was this year's 5 May; "on May 5 of last year" too. It is
# the date of that year, as "5 May last year" was. Constructed in the manner of PTI and Reuters.
rows(
    "a date of last year",
    ("on 5 May of last year", LONDON_MON_MAR31, None, "2024-05-05", "day"),
    ("on 5 May of last year", SYDNEY_TUE_1000, None, "2023-05-05", "day"),
    ("on the 3rd of March of last year", LONDON_MON_MAR31, None, "2024-03-03", "day"),
    ("on May 5 of last year", KOLKATA_WED_2030, None, "2023-05-05", "day"),
    ("on Dec. 31 of last year", NY_THU_JAN2, None, "2024-12-31", "day"),
    ("on December 30 of last year", NY_THU_JAN2, None, "2024-12-30", "day"),
    ("March 14 of this year", SYDNEY_TUE_1000, None, "2024-03-14", "day"),
)

# ============================================================ shortly before a minute
# Decision: "shortly before 12:30 p.m.", "just before 5:30 p.m." name a minute the event came before: the hour to it
# (11:30-12:30), not the hour from it, which holds no moment the words allow (before: 12:30-13:30). "just after 8.30am"
# stays the hour from it. An o'clock hour ("shortly before 9am") keeps the hour from it, as the eighth and fifteenth
# tables decided and three tables hold: "9am" there is about nine, the hour a reader files it under. Fox 9 (Eldora,
# Iowa: "a reported shooting just before 5:30 p.m.", on the Sunday, in a Monday story); the rest constructed (AP, PTI).
rows(
    "shortly before a minute",
    ("just before 5:30 p.m. on Sunday", CHICAGO_MON_APR15, None, "2024-04-14T16:30..2024-04-14T17:30", "hour"),
    ("just before 5:30 p.m. Sunday", CHICAGO_MON_APR15, None, "2024-04-14T16:30..2024-04-14T17:30", "hour"),
    ("shortly before 12:30 p.m.", NY_WED_1400, None, "2024-06-05T11:30..2024-06-05T12:30", "hour"),
    ("just before 12:30 p.m.", NY_WED_1400, None, "2024-06-05T11:30..2024-06-05T12:30", "hour"),
    ("just before 1:45 p.m. Tuesday", NY_WED_1400, None, "2024-06-04T12:45..2024-06-04T13:45", "hour"),
    ("just before 12:30 p.m. Saturday", NY_SAT_1500, None, "2024-06-08T11:30..2024-06-08T12:30", "hour"),
    ("just before 8.45am", SYDNEY_TUE_1000, None, "2024-06-04T07:45..2024-06-04T08:45", "hour"),
    ("just before 12.30 pm", KOLKATA_WED_2030, None, "2024-06-05T11:30..2024-06-05T12:30", "hour"),
    ("shortly before 6.15 pm", KOLKATA_WED_2030, None, "2024-06-05T17:15..2024-06-05T18:15", "hour"),
)

# ============================================================ a day by another city's clock
# Decision: copy filed far from the place names the day the place lived ("in New York late Monday afternoon" in
# Kyodo's Tokyo noon report; "In New York on Wednesday" in Jiji's): the words are read by that city's clock, at the
# publication moment seen there, and given in the story's zone (before: the story's own Monday, half a day off).
# A city in the story's zone reads as before. Kyodo 22 July 2025 ("in New York at 5 p.m. Monday", "in New York late
# Monday afternoon"); Jiji 27 June 2024; Japan Times (Jiji) 10 January 2002 ("at 5 p.m. Tuesday in New York"); AFP
# Tokyo 28 October and 30 September 2013 ("in New York Friday afternoon", "in New York Friday"); the rest constructed.
rows(
    "a day by another city's clock",
    ("in New York at 5 p.m. Monday", TOKYO_TUE_JUL22, None, "2025-07-22T06:00", "minute"),
    ("in New York late Monday afternoon", TOKYO_TUE_JUL22, None, "2025-07-22T01:00..2025-07-22T07:00", "afternoon"),
    ("in New York late Monday", TOKYO_TUE_JUL22, None, "2025-07-22T07:00..2025-07-22T13:00", "evening"),
    ("In New York on Wednesday", TOKYO_THU_JUN27, None, "2024-06-26T13:00..2024-06-27T13:00", "day"),
    ("late Wednesday in New York", TOKYO_THU_JUN27, None, "2024-06-27T07:00..2024-06-27T13:00", "evening"),
    ("at 5 p.m. Tuesday in New York", TOKYO_THU_JAN10, None, "2002-01-09T07:00", "minute"),
    ("in New York Friday afternoon", TOKYO_MON_OCT28, None, "2013-10-26T01:00..2013-10-26T07:00", "afternoon"),
    ("in New York Friday", TOKYO_MON_OCT28, None, "2013-10-25T13:00..2013-10-26T13:00", "day"),
    ("in New York Friday", TOKYO_MON_SEP30, None, "2013-09-27T13:00..2013-09-28T13:00", "day"),
    ("early Tuesday in London", TOKYO_TUE_1200, None, "2024-06-04T08:00..2024-06-04T14:00", "small hours"),
    ("at 8 p.m. in New York", TOKYO_TUE_1200, None, "2024-06-04T09:00", "minute"),
    ("late Monday New York time", TOKYO_TUE_1200, None, "2024-06-04T07:00..2024-06-04T13:00", "evening"),
    ("Monday in Washington", SYDNEY_TUE_1000, None, "2024-06-03T14:00..2024-06-04T14:00", "day"),
    ("on Monday in Washington", SYDNEY_TUE_1000, None, "2024-06-03T14:00..2024-06-04T14:00", "day"),
    ("late Monday in Washington", SYDNEY_TUE_1000, None, "2024-06-04T08:00..2024-06-04T14:00", "evening"),
    ("late Sunday in New York", LONDON_MON_MAR31, None, "2025-03-30T23:00..2025-03-31T05:00", "evening"),
    ("in Brussels on Monday", LONDON_MON_MAR31, None, "2025-03-30T23:00..2025-03-31T23:00", "day"),
)

# ============================================================ the Sabbath
# Decision: "over Shabbat", "on Shabbat", "the Sabbath" are a span by the weekday, from Friday 18:00 (about when
# candles are lit; the place's sunset is not known) to the end of Saturday, precision "range"; which one, as "on
# Friday" is read (the last in a report, a Saturday story's own; the coming one in a plan). Before: refused.
# Constructed in the manner of Times of Israel, JNS and AP Jerusalem copy ("police said over Shabbat", "protests
# planned for Shabbat", Matzav's "tomorrow, on Shabbos").
rows(
    "the Sabbath",
    ("over Shabbat", JERUSALEM_SUN_0900, None, "2024-05-31T18:00..2024-06-02T00:00", "range"),
    ("on Shabbat", JERUSALEM_SUN_0900, None, "2024-05-31T18:00..2024-06-02T00:00", "range"),
    ("during Shabbat", JERUSALEM_SUN_0900, None, "2024-05-31T18:00..2024-06-02T00:00", "range"),
    ("the Sabbath", JERUSALEM_WED_1000, None, "2024-05-31T18:00..2024-06-02T00:00", "range"),
    ("last Shabbat", JERUSALEM_WED_1000, None, "2024-05-31T18:00..2024-06-02T00:00", "range"),
    ("on Shabbat", JERUSALEM_FRI_1000, P, "2024-06-07T18:00..2024-06-09T00:00", "range"),
    ("over Shabbos", JERUSALEM_FRI_1000, P, "2024-06-07T18:00..2024-06-09T00:00", "range"),
    ("over Shabbat", NY_SAT_2200, None, "2024-06-07T18:00..2024-06-09T00:00", "range"),
    ("on the Sabbath", NY_SAT_2200, None, "2024-06-07T18:00..2024-06-09T00:00", "range"),
    ("on Shabbat", LONDON_MON_MAR31, None, "2025-03-28T18:00..2025-03-30T00:00", "range"),
)

# ============================================================ a feast glossed in brackets; Hanukkah's first week
# "the Tet (Lunar New Year) holiday" (VnExpress, Xinhua, AFP Hanoi) was Lunar New Year's Day alone (the brackets broke
# the name): the days off, as "the Tet holiday" is. "the first week of Hanukkah" was the calendar week around it: its
# first seven days, as "the first week of Ramadan" is (a feast of eight days has one).
rows(
    "a feast glossed or in its weeks",
    ("the Tet (Lunar New Year) holiday", HCMC_SAT_JAN20, None, "2024-02-08..2024-02-15", "range"),
    ("the Lunar New Year (Tet) holidays", HCMC_SAT_JAN20, None, "2024-02-08..2024-02-15", "range"),
    ("the nine-day Tet (Lunar New Year) holiday", HCMC_SAT_JAN20, None, "2024-02-08..2024-02-15", "range"),
    ("the Tet (Lunar New Year) holiday", HCMC_WED_FEB1, None, "2017-01-26..2017-02-02", "range"),
    ("during the Lunar New Year (Tet) holidays", HCMC_WED_FEB1, None, "2017-01-26..2017-02-02", "range"),
    ("the first week of Hanukkah", JERUSALEM_WED_DEC20, None, "2023-12-08..2023-12-15", "range"),
    ("during the first week of Hanukkah", JERUSALEM_WED_DEC20, None, "2023-12-08..2023-12-15", "range"),
    ("the first week of Hanukkah", NY_FRI_DEC20, None, "2024-12-26..2025-01-02", "range"),
)

# ============================================================ one side or the other of the new year
# "by the end of the year or early in the new year" (Reuters, of deals and rulings) read its second side alone: the
# range over both, from December to the end of the new year's first third, as "... or early next year" is.
rows(
    "a range into the new year",
    ("by the end of the year or early in the new year", NY_WED_1400, None, "2024-12-01..2025-05-01", "range"),
    ("by the end of the year or early in the new year", LONDON_TUE_NOV5, None, "2024-12-01..2025-05-01", "range"),
    ("late this year or early in the new year", SYDNEY_TUE_1000, None, "2024-09-01..2025-05-01", "range"),
)

# ============================================================ read as before
# The nearest phrasings that already read right, kept so no fix moves them. "the winter of nineteen ninety-four"
# (TimeBank CNN19980223: oil "saw in the winter of nineteen ninety-four", annotated 1994-WI) stays December 1994 to
# February 1995, as TimeML's value is scored here (see the README for what this pass left); in Sydney the southern
# winter of that year. "the night of Tuesday November 14" is the whole day; "the night of November 14" the night.
rows(
    "read as before",
    ("in nineteen ninety-four", NY_WED_0900, None, "1994-01-01..1995-01-01", "year"),
    ("in nineteen eighty-four", LONDON_MON_MAR31, None, "1984-01-01..1985-01-01", "year"),
    ("the summer of two thousand and three", NY_WED_0900, None, "2003-06-01..2003-09-01", "season"),
    ("twenty-five years ago", NY_WED_0900, None, "1999-01-01..2000-01-01", "year"),
    ("in twenty minutes", NY_WED_0900, None, "2024-06-05T09:20", "minute"),
    ("the nineties", NY_WED_0900, None, "1990-01-01..2000-01-01", "decade"),
    ("the winter of nineteen ninety-four", NY_MON_FEB23, None, "1994-12-01..1995-03-01", "season"),
    ("the winter of 1994", SYDNEY_TUE_1000, None, "1994-06-01..1994-09-01", "season"),
    ("in April of last year", LONDON_MON_MAR31, None, "2024-04-01..2024-05-01", "month"),
    ("5 May last year", LONDON_MON_MAR31, None, "2024-05-05", "day"),
    ("in May of this year", LONDON_MON_MAR31, None, "2025-05-01..2025-06-01", "month"),
    ("in December of last year", NY_THU_JAN2, None, "2024-12-01..2025-01-01", "month"),
    ("the night of Tuesday November 14", NY_WED_1400, None, "2023-11-14", "day"),
    ("the night of November 14", NY_WED_1400, None, "2023-11-14T20:00..2023-11-15T06:00", "night"),
    ("shortly after 12:30 p.m.", NY_WED_1400, None, "2024-06-05T12:30..2024-06-05T13:30", "hour"),
    ("Saturday, just after 12:30 p.m.", NY_SAT_1500, None, "2024-06-08T12:30..2024-06-08T13:30", "hour"),
    ("shortly after 5:30 p.m. Sunday", CHICAGO_MON_APR15, None, "2024-04-14T17:30..2024-04-14T18:30", "hour"),
    ("just after 8.30am", SYDNEY_TUE_1000, None, "2024-06-04T08:30..2024-06-04T09:30", "hour"),
    ("shortly before 9am", SYDNEY_TUE_1000, None, "2024-06-04T09:00..2024-06-04T10:00", "hour"),
    ("shortly before midnight", NY_WED_1400, None, "2024-06-04T23:00..2024-06-05T00:00", "hour"),
    ("Monday in Washington", NY_WED_0900, None, "2024-06-03", "day"),
    ("late Tuesday in Tokyo", TOKYO_THU_JAN10, None, "2002-01-08T18:00..2002-01-09T00:00", "evening"),
    ("at 5 p.m. Wednesday", TOKYO_THU_JUN27, None, "2024-06-26T17:00", "minute"),
    ("Monday", TOKYO_TUE_JUL22, None, "2025-07-21", "day"),
    ("the Tet holiday", HCMC_SAT_JAN20, None, "2024-02-08..2024-02-15", "range"),
    ("the end of Hanukkah", NY_FRI_DEC20, None, "2025-01-02", "day"),
    ("Hanukkah", JERUSALEM_WED_DEC20, None, "2023-12-08..2023-12-16", "range"),
    ("by the end of the year or early next year", NY_WED_0900, None, "2024-12-01..2025-05-01", "range"),
    ("early in the new year", NY_WED_0900, None, "2025-01-01..2025-05-01", "range"),
    ("friday night", JERUSALEM_WED_1000, None, "2024-05-31T20:00..2024-06-01T06:00", "night"),
    ("in April last year", KARACHI_WED_JUN21, None, "2022-04-01..2022-05-01", "month"),
    ("in the early hours of Wednesday", KARACHI_WED_JUN21, None, "2023-06-21T00:00..2023-06-21T06:00", "small hours"),
    ("on Tuesday morning", JERUSALEM_TUE_APR28, None, "2020-04-28T06:00..2020-04-28T12:00", "morning"),
    ("around 4:30 a.m. Sunday", PHOENIX_SUN_APR13, None, "2025-04-13T04:30", "minute"),
    ("early Sunday", PHOENIX_SUN_APR13, None, "2025-04-13T00:00..2025-04-13T06:00", "small hours"),
    ("early Sunday afternoon", SAN_ANGELO_SUN_JUL27, None, "2014-07-27T12:00..2014-07-27T18:00", "afternoon"),
    ("at 12:25 p.m.", SAN_ANGELO_SUN_JUL27, None, "2014-07-27T12:25", "minute"),
)


def test_each_class_in_zones_and_at_awkward_moments():
    assert {r[0] for r in ROWS} == {
        "a year said in words",
        "a date of last year",
        "shortly before a minute",
        "a day by another city's clock",
        "the Sabbath",
        "a feast glossed or in its weeks",
        "a range into the new year",
        "read as before",
    }
    assert len(ROWS) >= 100
    zones = {str(r[2].tzinfo) for r in ROWS}
    assert {NY, LONDON, SYDNEY, TOKYO, KOLKATA, CHICAGO, JERUSALEM, HCMC} <= zones


@pytest.mark.parametrize(
    ("cls", "text", "published", "status", "expected", "precision"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}" for r in ROWS],
)
def test_wire_phrases_nineteenth(cls, text, published, status, expected, precision):
    assert_reads(resolve(text, published, status=status), expected, published, precision)
