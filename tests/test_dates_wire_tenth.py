"""Wire-copy phrasings, tenth pass (issue 12): an audit of BOUNDARIES, from the five outlets of the held-out set only
(AP, Reuters, AFP, NPR, the BBC): phrases in stories published in the last days of December and the first of January
("last year", "this year", "Dec. 30", "Jan. 2", "New Year's Eve", "on Monday" across the year), on the last or first
day of a month, on or next to the days clocks change (the US, Europe, Sydney, Santiago), in zones of three continents,
and late at night or early in the morning (a 23:04 or a 00:30 story). Each row names the page it comes from, its
outlet and its day; the interval was written down before the resolver read it. Rows read right before the pass are
kept as evidence too. Then, with the sentence: a weekday's act that is done ("get around Wednesday's ruling", AP 2000)
against one to come ("Wednesday's summit"), and "the second half of the year" (of the publication's year).
Expected values are wall times in the publication's zone, as in test_dates_wire.py ("2024-11-26" that day,
"2024-11-26T09:00" that minute, "A..B" an explicit start and exclusive end)."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import resolve
from test_dates_wire import assert_reads, at, context_row_ids

NY, LONDON, SANTIAGO, SYDNEY = "America/New_York", "Europe/London", "America/Santiago", "Australia/Sydney"
LA = "America/Los_Angeles"

ROWS: list[tuple[str, str, datetime, str | None, str, str]] = []  # (class, text, published, status, expected, prec.)
P = "planned"


def rows(cls: str, published: datetime, status: str | None, *found: tuple[str, str, str]) -> None:
    for text, expected, precision in found:
        ROWS.append((cls, text, published, status, expected, precision))


# ============================================================ the year's turn: the last days of December
# AP News in Brief at 11:04 p.m. EST, Tuesday 2024-12-31 (newspressnow.com/news/national-world/2024/12/31/
# ap-news-in-brief-at-1104-p-m-est-5): "the streets were buzzing with excitement Tuesday as Syrians welcomed in a new
# year", "who lost their homes and loved ones in 2024 saw little hope that 2025 would bring an end"
AP_NYE_2304 = at("2024-12-31T23:04", NY)
rows(
    "year's turn",
    AP_NYE_2304,
    None,
    ("Tuesday", "2024-12-31", "day"),
    ("in 2024", "2024-01-01..2025-01-01", "year"),
)
rows("year's turn", AP_NYE_2304, P, ("2025", "2025-01-01..2026-01-01", "year"))
# AP News in Brief at 6:04 p.m. EST, Wednesday 2025-12-31 (smdailyjournal.com, "Drummers pound in the new year"):
# "after two gunmen targeted a Hannukah celebration at Bondi Beach on Dec. 14", "National Guard members arrived in New
# Orleans Tuesday"
AP_NYE_1804 = at("2025-12-31T18:04", NY)
rows(
    "year's turn",
    AP_NYE_1804,
    None,
    ("on Dec. 14", "2025-12-14", "day"),
    ("Tuesday", "2025-12-30", "day"),
)
# BBC News (via thefuse.co.za/news/eLsy4gq), "UK prepares for New Year celebrations", Wednesday 2025-12-31 20:11 GMT:
# "they will be in force between midnight and noon on 2 January", "shut the park from 20:00 GMT on 30 December until
# 06:00 on New Year's Day", "a Met Office yellow warning for wind ... from 21:00 GMT Wednesday to 09:00 Thursday", "On
# Friday an area of snow showers will move across", "fatally stabbed there during the New Year's Eve fireworks viewing
# in 2023", "to mark the end of 2025"
BBC_NYE_2011 = at("2025-12-31T20:11", LONDON)
rows(
    "year's turn",
    BBC_NYE_2011,
    P,
    ("between midnight and noon on 2 January", "2026-01-02T00:00..2026-01-02T12:00", "range"),
    ("from 21:00 GMT Wednesday to 09:00 Thursday", "2025-12-31T21:00..2026-01-01T09:00", "range"),
    ("On Friday", "2026-01-02", "day"),
)
rows(
    "year's turn",
    BBC_NYE_2011,
    None,
    ("from 20:00 GMT on 30 December until 06:00 on New Year's Day", "2025-12-30T20:00..2026-01-01T06:00", "range"),
    ("in 2023", "2023-01-01..2024-01-01", "year"),
    ("the end of 2025", "2025-12-01..2026-01-01", "month"),
)
# BBC News at 23:00 GMT, Sunday 2017-12-31 (archive.org BBCNEWS_20171231_230000): "the fireworks which kick off as big
# ben chimes at midnight", "the blaze broke out on the third floor ... earlier this evening"
BBC_NYE_2300 = at("2017-12-31T23:00", LONDON)
rows("year's turn, late", BBC_NYE_2300, P, ("at midnight", "2018-01-01T00:00", "minute"))
rows("year's turn, late", BBC_NYE_2300, None, ("earlier this evening", "2017-12-31T18:00..2018-01-01T00:00", "evening"))
# BBC News at 19:00 GMT, Saturday 2016-12-31 (archive.org BBCNEWS_20161231_190000): "100,000 people will pack the
# viewing areas over the next six hours to see in 2017"; at 20:00 (BBCNEWS_20161231_200000): "of course, last year,
# things went slightly awry", "why you'll have to wait a little bit longer to welcome in the new year tonight"
BBC_NYE_1900 = at("2016-12-31T19:00", LONDON)
rows(
    "year's turn",
    BBC_NYE_1900,
    P,
    ("over the next six hours", "2016-12-31T19:00..2017-01-01T01:00", "day"),
    ("2017", "2017-01-01..2018-01-01", "year"),
)
BBC_NYE_2000 = at("2016-12-31T20:00", LONDON)
rows("year's turn", BBC_NYE_2000, None, ("last year", "2015-01-01..2016-01-01", "year"))
# BBC News at 19:00 GMT, Friday 2021-12-31 (archive.org BBCNEWS_20211231_190000): "the nhs warns of significant
# pressure in the coming weeks", "i checked this morning", "get a lateral flow test today"
BBC_NYE_2021 = at("2021-12-31T19:00", LONDON)
rows(
    "year's turn",
    BBC_NYE_2021,
    None,
    ("this morning", "2021-12-31T06:00..2021-12-31T12:00", "morning"),
    ("today", "2021-12-31", "day"),
)
rows("year's turn", BBC_NYE_2021, P, ("in the coming weeks", "2021-12-31T19:00..2022-01-21T19:00", "month"))
# BBC Breakfast 06:00 GMT, Sunday 2023-12-31 (archive.org BBCNEWS_20231231_060000_Breakfast): "it's new year's eve,
# sunday 31st december", "new restrictions on xl bully dogs comes into force ... today", "given the number of people
# who were disrupted yesterday", "a number of attacks on people in recent years"
BBC_BREAKFAST_NYE = at("2023-12-31T06:00", LONDON)
rows(
    "year's turn, early",
    BBC_BREAKFAST_NYE,
    None,
    ("Sunday 31st December", "2023-12-31", "day"),
    ("today", "2023-12-31", "day"),
    ("yesterday", "2023-12-30", "day"),
    ("in recent years", "2020-12-31T06:00..2023-12-31T06:00", "range"),
)
rows("year's turn, early", BBC_BREAKFAST_NYE, None, ("New Year's Eve", "2023-12-31", "day"))
# BBC Breakfast 06:00 GMT, Saturday 2023-12-30 (BBCNEWS_20231230_060000_Breakfast): "it's saturday, 30 december. our
# main story: the new year's honours list has been published"
rows("year's turn, early", at("2023-12-30T06:00", LONDON), None, ("Saturday, 30 December", "2023-12-30", "day"))

# ============================================================ the year's turn: the first days of January
# AP, wjpa.com news archive, Wednesday 2025-01-01 08:22 and 05:08 EST: "The FBI says it is investigating early
# Wednesday's attack as a terrorist act", "The FBI said the attack occurred early Wednesday"
rows(
    "year's turn, early",
    at("2025-01-01T08:22", NY),
    None,
    ("early Wednesday's attack", "2025-01-01T00:00..2025-01-01T06:00", "small hours"),
)
rows(
    "year's turn, early",
    at("2025-01-01T05:08", NY),
    None,
    ("early Wednesday", "2025-01-01T00:00..2025-01-01T06:00", "small hours"),
)
# AP News in Brief at 11:04 p.m. EST, Monday 2018-01-01 (news957.com): "President Donald Trump returned to the White
# House on Monday night", "a New Year's Eve bash", "North Korean leader Kim Jong Un said Monday", "to host ... at Camp
# David next weekend to map out the 2018 legislative agenda"
AP_JAN1_2304 = at("2018-01-01T23:04", NY)
rows(
    "year's turn, late",
    AP_JAN1_2304,
    None,
    ("on Monday night", "2018-01-01T20:00..2018-01-02T06:00", "night"),
    ("Monday", "2018-01-01", "day"),
    ("New Year's Eve", "2017-12-31", "day"),
)
# BBC Breakfast 06:00 GMT, Monday 2024-01-01 (BBCNEWS_20240101_060000_Breakfast): "good morning and happy new year -
# it's monday first january", "we have planned this since july", "a team of 75 who have been working over the last four
# days"
BBC_JAN1_0600 = at("2024-01-01T06:00", LONDON)
rows(
    "year's turn, early",
    BBC_JAN1_0600,
    None,
    ("Monday first January", "2024-01-01", "day"),
    ("since July", "2023-07-01..2024-01-01T06:00", "range"),
    ("over the last four days", "2023-12-28T06:00..2024-01-01T06:00", "week"),
)
# Reuters (longportapp.com/news/271362939), "GLOBAL MARKETS-Wall Street ends mixed at the top of the new year", NEW
# YORK, Jan 2 2026 (a Friday), after the close: "the dollar firmed on Friday, the first trading day of 2026", "Stocks
# made strong gains in 2025"
REUTERS_JAN2 = at("2026-01-02T16:45", NY)
rows(
    "year's turn",
    REUTERS_JAN2,
    None,
    ("on Friday", "2026-01-02", "day"),
    ("in 2025", "2025-01-01..2026-01-01", "year"),
)
# Reuters (link4din.com), "S&P 500, Nasdaq see muted start to 2026 after last year's robust gains", Jan 2 2026: "At
# 12:19 p.m. ET, the Dow Jones Industrial Average rose", "having notched a double-digit rise in 2025", "will set the
# tone for global markets in 2026", "we actually see in the second half of this year that interest rates go" down
REUTERS_JAN2_NOON = at("2026-01-02T12:30", NY)
rows(
    "year's turn",
    REUTERS_JAN2_NOON,
    None,
    ("At 12:19 p.m. ET", "2026-01-02T12:19", "minute"),
    ("in 2025", "2025-01-01..2026-01-01", "year"),
)
rows(
    "year's turn",
    REUTERS_JAN2_NOON,
    P,
    ("in 2026", "2026-01-01..2027-01-01", "year"),
    ("in the second half of this year", "2026-07-01..2027-01-01", "half"),
)
# Reuters LIVE MARKETS, "Party like it's 2022", Tuesday 2022-01-04 (0756 GMT) (ksaplayers.com): "financial markets had a
# party of their own on the first day of trading of 2022. A new record high was set on Monday", "their highest since
# March 2020", "Asian stocks were upbeat on Tuesday"
REUTERS_JAN4 = at("2022-01-04T07:56", LONDON)
rows(
    "year's turn, early",
    REUTERS_JAN4,
    None,
    ("0756 GMT", "2022-01-04T07:56", "minute"),
    ("on Monday", "2022-01-03", "day"),
    ("on Tuesday", "2022-01-04", "day"),
    ("since March 2020", "2020-03-01..2022-01-04T07:56", "range"),
)
# Reuters (theepochtimes.com, "Wall Street Shows Confidence to Start the New Year"), BOSTON, Monday 2022-01-03: "U.S.
# and European equity markets powering higher on Monday", "The S&P index surged nearly 28 percent last year", "with
# investors expecting a series of interest rate rises this year", "hopes of a further demand recovery in 2022"
REUTERS_JAN3 = at("2022-01-03T16:00", NY)
rows(
    "year's turn",
    REUTERS_JAN3,
    None,
    ("on Monday", "2022-01-03", "day"),
    ("last year", "2021-01-01..2022-01-01", "year"),
)
rows(
    "year's turn",
    REUTERS_JAN3,
    P,
    ("this year", "2022-01-01..2023-01-01", "year"),
    ("in 2022", "2022-01-01..2023-01-01", "year"),
)
# BBC News at Ten, Friday 2025-01-03 22:00 GMT (archive.org BBCNEWS_20250103_220000): "the strain on the health service
# this winter is the worst in 10 years", "next week could be especially tough", "5,000 people being treated in
# hospital in england with flu last sunday", "at the same time last year"
BBC_TEN_JAN3 = at("2025-01-03T22:00", LONDON)
rows(
    "year's turn, late",
    BBC_TEN_JAN3,
    None,
    ("this winter", "2024-12-01..2025-03-01", "season"),
    ("last Sunday", "2024-12-29", "day"),
    ("the same time last year", "2024-01-03", "day"),
)
rows("year's turn, late", BBC_TEN_JAN3, P, ("next week", "2025-01-06..2025-01-13", "week"))

# ============================================================ the days clocks change, and the days next to them
# AP News Summary at 4:23 p.m. EST, Sunday 2024-11-03, the day US clocks went back (kstp.com/?p=3418094): "declared
# that Tuesday's election offers voters the chance", "keep up with key times Tuesday in those states", "after 2020
# loss"
AP_FALLBACK = at("2024-11-03T16:23", NY)
rows(
    "clock change",
    AP_FALLBACK,
    None,
    ("Tuesday's election", "2024-11-05", "day"),
    ("Election Day", "2024-11-05", "day"),
    ("2020", "2020-01-01..2021-01-01", "year"),
)
rows("clock change", AP_FALLBACK, P, ("Tuesday", "2024-11-05", "day"))
# AP, "The Latest", Monday 2024-11-04, the day after (wftv.com): "Kamala Harris will spend all of Monday in
# Pennsylvania", "attacked the U.S. Capitol on Jan. 6, 2021", "from election week through the inauguration in
# January", "By the end of early in-person voting Friday", "the state is prepared for Tuesday's election"
AP_NOV4 = at("2024-11-04T12:00", NY)
rows(
    "clock change",
    AP_NOV4,
    None,
    ("Monday", "2024-11-04", "day"),
    ("on Jan. 6, 2021", "2021-01-06", "day"),
    ("Friday", "2024-11-01", "day"),
    ("Tuesday's election", "2024-11-05", "day"),
)
rows("clock change", AP_NOV4, P, ("in January", "2025-01-01..2025-02-01", "month"))
# AP, "What to watch over the final weekend", Friday 2024-11-01, the first of a month (kyma.com): "Here's what we're
# watching on the final weekend before Election Day, which is Tuesday"
rows("first of a month", at("2024-11-01T12:00", NY), P, ("Tuesday", "2024-11-05", "day"))
# BBC live page, Storm Ciaran, Thursday 2023-11-02 (feeds.bbci.co.uk/news/live/uk-67285052), four days after Europe's
# clocks went back: at 11:32 GMT "further disruption ... this afternoon", "Winds continue to ease across the south
# tonight, but it will be blustery for all tomorrow"; at 15:04 "some people believe that's what happened last night";
# at 18:46 "no longer have a yellow weather warning issued for Thursday evening and Friday"; at 08:08 a caption "on
# November 2, 2023"
CIARAN_1132 = at("2023-11-02T11:32", LONDON)
rows(
    "clock change (after)",
    CIARAN_1132,
    P,
    ("this afternoon", "2023-11-02T12:00..2023-11-02T18:00", "afternoon"),
    ("tomorrow", "2023-11-03", "day"),
)
rows(
    "clock change (after)",
    at("2023-11-02T15:04", LONDON),
    None,
    ("last night", "2023-11-01T20:00..2023-11-02T06:00", "night"),
)
rows(
    "clock change (after)",
    at("2023-11-02T18:46", LONDON),
    None,
    ("Thursday evening", "2023-11-02T18:00..2023-11-03T00:00", "evening"),
)
rows("clock change (after)", at("2023-11-02T08:08", LONDON), None, ("on November 2, 2023", "2023-11-02", "day"))
# BBC live page, Storm Ciaran aftermath, Friday 2023-11-03 (feeds.bbci.co.uk/news/live/uk-england-67307938): at 16:49
# GMT "as we tracked Storm Ciaran yesterday and looked at its aftermath today", "heavy rain today and tomorrow", "a
# yellow rain warning is in place until 17:00 GMT today"; at 11:40 "Gales through the English Channel on Saturday";
# the summary "heavy rain on Friday and Saturday"
CIARAN_FRI = at("2023-11-03T16:49", LONDON)
rows(
    "clock change (after)",
    CIARAN_FRI,
    None,
    ("yesterday", "2023-11-02", "day"),
    ("today", "2023-11-03", "day"),
    ("until 17:00 GMT today", "2023-11-03T16:49..2023-11-03T17:00", "range"),
)
rows("clock change (after)", CIARAN_FRI, P, ("tomorrow", "2023-11-04", "day"))
rows("clock change (after)", at("2023-11-03T11:40", LONDON), P, ("on Saturday", "2023-11-04", "day"))
rows(
    "clock change (after)",
    at("2023-11-03T11:40", LONDON),
    P,
    ("on Friday and Saturday", "2023-11-03..2023-11-05", "range"),
)

# BBC News at 10:30 GMT, Sunday 2024-10-27, the day Europe's clocks went back (archive.org BBCNEWS_20241027_103000):
# "king charles is expected to return to his normal schedule of trips abroad next year", "the chancellor says she will
# deliver a budget 'for the strivers' this week" (the budget came on Wednesday the 30th), "what's ahead for the next six
# months when it's going to be cold"
BBC_FALLBACK = at("2024-10-27T10:30", LONDON)
rows(
    "clock change",
    BBC_FALLBACK,
    P,
    ("next year", "2025-01-01..2026-01-01", "year"),
    ("this week", "2024-10-28..2024-11-04", "week"),
    ("for the next six months", "2024-10-27T10:30..2025-04-27T10:30", "range"),
)
# BBC News at 21:00 GMT the same day (BBCNEWS_20241027_210000): "his military's air strike on iran on friday night
# achieved all its objectives", "israel's bombing of military sites this week was an evil act", "at a memorial ceremony
# for israeli victims today"
BBC_FALLBACK_2100 = at("2024-10-27T21:00", LONDON)
rows(
    "clock change, late",
    BBC_FALLBACK_2100,
    None,
    ("on Friday night", "2024-10-25T20:00..2024-10-26T06:00", "night"),
    ("this week", "2024-10-21..2024-10-28", "week"),
    ("today", "2024-10-27", "day"),
)
# BBC News at 10:30 BST, Sunday 2024-03-31, Easter Day and the day Europe's clocks went forward
# (archive.org BBCNEWS_20240331_093000): "millions of workers in the uk will see their pay increase tomorrow", "pope
# francis ... easter sunday mass"; at 19:00 BST (BBCNEWS_20240331_180000): "he will go undergo surgery on sunday for a
# hernia", "this operation that i'm undergoing tonight"
BBC_SPRING = at("2024-03-31T10:30", LONDON)
rows("clock change", BBC_SPRING, P, ("tomorrow", "2024-04-01", "day"))
rows("clock change", BBC_SPRING, None, ("Easter Sunday", "2024-03-31", "day"))
BBC_SPRING_1900 = at("2024-03-31T19:00", LONDON)
rows(
    "clock change",
    BBC_SPRING_1900,
    P,
    ("on Sunday", "2024-03-31", "day"),
    ("tonight", "2024-03-31T20:00..2024-04-01T06:00", "night"),
)
# BBC The Papers at 22:30 BST, Easter Sunday 2021-04-04, a week after the clocks went forward
# (archive.org BBCNEWS_20210404_213000_The_Papers): "in northern areas, friday will turn cold again", "a look at
# tomorrow mornings papers", "a 47-year-old man has been charged after last night's violence in northern ireland"
BBC_PAPERS = at("2021-04-04T22:30", LONDON)
rows("late", BBC_PAPERS, P, ("Friday", "2021-04-09", "day"), ("tomorrow", "2021-04-05", "day"))
rows("late", BBC_PAPERS, None, ("last night", "2021-04-03T20:00..2021-04-04T06:00", "night"))
# BBC News at 23:00 BST, Wednesday 2024-08-21 (archive.org BBCNEWS_20240821_220000): "the luxury british yacht the
# bayesian, which sank off sicily on monday", "divers will tomorrow resume their search", "five more bodies found today"
BBC_2300 = at("2024-08-21T23:00", LONDON)
rows("late", BBC_2300, None, ("on Monday", "2024-08-19", "day"), ("today", "2024-08-21", "day"))
rows("late", BBC_2300, P, ("tomorrow", "2024-08-22", "day"))

# ============================================================ southern hemisphere: Santiago (three continents)
# AFP (Javier Torres with Paula Bustamante, plawiuk.blogspot.com), "Wildfires scorch central Chile, death toll tops
# 110", Santiago, Monday 2024-02-05 (Chile on summer time): "climbed to at least 112 people on Sunday", "the fast-paced
# inferno that raged over a hillside Friday", "The Interior Ministry said late Sunday", "temperatures soaring to 40
# degrees Celsius ... over the weekend", "since a 2010 earthquake"; AFP (philstar.com) "after he flew over the affected
# area in a helicopter Saturday afternoon", caption "on February 3, 2024"
AFP_CHILE = at("2024-02-05T01:30", SANTIAGO)
rows(
    "southern zone, early",
    AFP_CHILE,
    None,
    ("on Sunday", "2024-02-04", "day"),
    ("Friday", "2024-02-02", "day"),
    ("over the weekend", "2024-02-03..2024-02-05", "weekend"),
    ("Saturday afternoon", "2024-02-03T12:00..2024-02-03T18:00", "afternoon"),
    ("on February 3, 2024", "2024-02-03", "day"),
    ("2010", "2010-01-01..2011-01-01", "year"),
)
# AP (tbsnews.net, via UNB), "Death toll from Chile wildfires reaches 131", Tuesday 2024-02-06: "increased to 131 on
# Tuesday", "The fires began Friday", "the 2023 Pan American Games"
AP_CHILE = at("2024-02-06T21:00", SANTIAGO)
rows("southern zone", AP_CHILE, None, ("on Tuesday", "2024-02-06", "day"), ("began Friday", "2024-02-02", "day"))
# AP (ds-nestor.com), "Earthquake Sways Buildings in Santiago, Chile", Monday 2019-11-04, the first Monday of a month,
# eight weeks after Chile's clocks went forward: "caused buildings to sway in Chile's capital on Monday", "Last month
# police responded to stone-throwing demonstrators"
AP_SANTIAGO_NOV = at("2019-11-04T19:00", SANTIAGO)
rows(
    "first days of a month",
    AP_SANTIAGO_NOV,
    None,
    ("on Monday", "2019-11-04", "day"),
    ("Last month", "2019-10-01..2019-11-01", "month"),
)
# AFP (millichronicle.com), "Mega-rally marks Chile protests third week", Santiago, late Monday 2019-11-04: "Pinera held
# talks with opposition parties last week", "20 people have died in unrest since the protests began on October 20",
# "Protesters organized rallies on Monday"
AFP_SANTIAGO_LATE = at("2019-11-04T23:30", SANTIAGO)
rows(
    "first days of a month, late",
    AFP_SANTIAGO_LATE,
    None,
    ("last week", "2019-10-28..2019-11-04", "week"),
    ("on October 20", "2019-10-20", "day"),
    ("on Monday", "2019-11-04", "day"),
)
# AFP (channelstv.com), "Chile Reports First Coronavirus Death", Santiago, Saturday 2020-03-21, two weeks before Chile's
# clocks went back: "health authorities said Saturday", "103 new cases had been reported in the last 24 hours", "On
# Wednesday, President Sebastian Pinera declared a 'state of catastrophe'", "Earlier this week Pinera closed Chile's
# borders", "anti-government protests that began in October", caption "on March 20, 2020"
AFP_CHILE_MAR = at("2020-03-21T18:00", SANTIAGO)
rows(
    "southern zone",
    AFP_CHILE_MAR,
    None,
    ("Saturday", "2020-03-21", "day"),
    ("in the last 24 hours", "2020-03-20T18:00..2020-03-21T18:00", "day"),
    ("On Wednesday", "2020-03-18", "day"),
    ("Earlier this week", "2020-03-16..2020-03-23", "week"),
    ("in October", "2019-10-01..2019-11-01", "month"),
    ("on March 20, 2020", "2020-03-20", "day"),
)


# ============================================================ NPR: the turn of the year, early in the morning
# NPR Morning Edition (ktep.org/npr-news?page=1189), Monday 2012-12-24 4:30 a.m.: "There are reports of explosions in
# Damascus today", "an airstrike yesterday on a bakery", "Police in the Indian capital New Delhi had to break up a
# second day of protests Sunday", "talks to Steve Inskeep about his economic forecasts for 2013"
NPR_XMAS_EVE = at("2012-12-24T04:30", NY)
rows(
    "NPR, early",
    NPR_XMAS_EVE,
    None,
    ("today", "2012-12-24", "day"),
    ("yesterday", "2012-12-23", "day"),
    ("Sunday", "2012-12-23", "day"),
)
rows("NPR, early", NPR_XMAS_EVE, P, ("for 2013", "2013-01-01..2014-01-01", "year"))
# NPR Morning Edition (krwg.org/programs/morning-edition?page=124), Friday 2012-12-07 2:55 a.m.: "Superstorm Sandy Could
# Hurt November's Job Report"
rows("NPR, early", at("2012-12-07T02:55", NY), None, ("November", "2012-11-01..2012-12-01", "month"))
# NPR Morning Edition (nhpr.org/programs/morning-edition?page=240), Friday 2013-01-04 6:47 a.m.: "Sunday is Three Kings
# Day and in Mexico some bakers are celebrating in a big way"
rows("NPR, early", at("2013-01-04T06:47", NY), P, ("Sunday", "2013-01-06", "day"))
# NPR (iowapublicradio.org/programs/morning-edition?page=118), Thursday 2013-01-10 11:11 a.m. Pacific: "And this morning
# here in Los Angeles the nominations for the 85th Academy Awards were announced"
rows("NPR", at("2013-01-10T11:11", LA), None, ("this morning", "2013-01-10T06:00..2013-01-10T12:00", "morning"))
# NPR transcripts index, Friday 2021-12-31 (npr.org/transcripts?range=2021-01-01...2021-12-31): "Energy got a lot more
# expensive in 2021", "Compared to this time last year, we're all paying a lot more", "celebrates the best of 2021"
NPR_NYE_2021 = at("2021-12-31T17:00", NY)
rows(
    "NPR, year's turn",
    NPR_NYE_2021,
    None,
    ("in 2021", "2021-01-01..2022-01-01", "year"),
    ("this time last year", "2020-12-31", "day"),
)
# NPR transcripts index, Thursday 2020-12-31: "truckers are trying to cross the border before rules change in the new
# year"
rows("NPR, year's turn", at("2020-12-31T17:00", NY), P, ("in the new year", "2021-01-01..2022-01-01", "year"))

# ============================================================ Sydney and Melbourne on summer time (three continents)
# Reuters (archives.lincolndailynews.com/2019/Nov/09), "Australian bushfires kill three", MELBOURNE, Saturday
# 2019-11-09, five weeks after the clocks went forward: "authorities said on Saturday", "a woman died after being
# found suffering from burns on Friday", "At least four other people remain unaccounted for on Saturday evening",
# "Scott Morrison saying on Saturday afternoon", "little reprieve in fire conditions could be expected over the next
# week"
REUTERS_MELB = at("2019-11-09T21:00", "Australia/Melbourne")
rows(
    "southern summer time, late",
    REUTERS_MELB,
    None,
    ("on Saturday", "2019-11-09", "day"),
    ("on Friday", "2019-11-08", "day"),
    ("on Saturday evening", "2019-11-09T18:00..2019-11-10T00:00", "evening"),
    ("on Saturday afternoon", "2019-11-09T12:00..2019-11-09T18:00", "afternoon"),
)
rows(
    "southern summer time, late", REUTERS_MELB, P, ("over the next week", "2019-11-09T21:00..2019-11-16T21:00", "week")
)
# Reuters (via windlasstrade-hk.tech), "Bushfires hit emergency level on Sydney's outskirts", Saturday 2019-12-21:
# "fuelled massive bushfires across Australia's New South Wales state on Saturday", "Close to 100 fires were burning
# across NSW on Saturday afternoon", "Just days out from Christmas"
REUTERS_SYD_DEC = at("2019-12-21T17:00", SYDNEY)
rows(
    "southern summer time",
    REUTERS_SYD_DEC,
    None,
    ("on Saturday", "2019-12-21", "day"),
    ("on Saturday afternoon", "2019-12-21T12:00..2019-12-21T18:00", "afternoon"),
)
rows("southern summer time", REUTERS_SYD_DEC, P, ("Christmas", "2019-12-25", "day"))
# Reuters (forextv.com), "Dangerous conditions fuel bushfires across southeast Australia", Saturday 2020-01-04 early,
# Sydney (filed 3 January in New York): "Australian firefighters were set for a dangerous day on Saturday"
rows("southern summer time, early", at("2020-01-04T06:30", SYDNEY), P, ("on Saturday", "2020-01-04", "day"))

# ============================================================ the year's turn: a weekday back across it
# AP (ksl.com/article/32933576), "New Year's on Times Square ... Manila slum destroyed by fire", Thursday 2015-01-01:
# "firecrackers set off by children started a huge fire in a metropolitan Manila slum Thursday", "Four of the bodies
# were loaded onto a transport carrier Thursday morning", "stepped down from his remaining board memberships on
# Wednesday", "a step toward a 2016 presidential bid"
AP_JAN1_2015 = at("2015-01-01T14:00", "America/Denver")
rows(
    "year's turn",
    AP_JAN1_2015,
    None,
    ("Thursday", "2015-01-01", "day"),
    ("Thursday morning", "2015-01-01T06:00..2015-01-01T12:00", "morning"),
    ("on Wednesday", "2014-12-31", "day"),
)
rows("year's turn", AP_JAN1_2015, P, ("2016", "2016-01-01..2017-01-01", "year"))
# AP (pressreader.com, Arkansas Democrat-Gazette 2018-01-01), "New Year starts cold in NYC", Monday 2018-01-01:
# "packed into a frigid Times Square on Sunday to mark the start of 2018", "after a year that saw several fatal attacks
# ..., including one in Times Square last spring", "When the first ball drop happened in 1907"
AP_JAN1_2018 = at("2018-01-01T06:00", NY)
rows(
    "year's turn, early",
    AP_JAN1_2018,
    None,
    ("on Sunday", "2017-12-31", "day"),
    ("last spring", "2017-03-01..2017-06-01", "season"),
    ("in 1907", "1907-01-01..1908-01-01", "year"),
)
# AP (ksl.com/article/42733646), "New Year revelry begins...Baghdad bombings...SKorea protest", Saturday 2016-12-31:
# "to ring in the New Year at midnight with the iconic ball drop", "the most beloved entertainers who died in 2016",
# "Even on New Year's Eve, large crowds of South Koreans gathered today"
AP_NYE_2016 = at("2016-12-31T10:00", "America/Denver")
rows("year's turn", AP_NYE_2016, P, ("at midnight", "2017-01-01T00:00", "minute"))
rows(
    "year's turn",
    AP_NYE_2016,
    None,
    ("in 2016", "2016-01-01..2017-01-01", "year"),
    ("today", "2016-12-31", "day"),
    ("New Year's Eve", "2016-12-31", "day"),
)
# AP summaries (newson6.com/story/37162789), Saturday 2017-12-30: "some _ but not all _ sales of the drug for
# recreational use on Jan. 1"
rows("year's turn", at("2017-12-30T12:00", NY), P, ("on Jan. 1", "2018-01-01", "day"))
rows("year's turn", at("2017-12-30T12:00", NY), None, ("on Jan. 1", "2018-01-01", "day"))

# ============================================================ the first days of a month, a deadline in it (AP, 2000)
# AP (apnews.com/55593c57cc59d4595eda5514b24347ff), "INS Says Boy Should Go Back to Cuba", MIAMI, Thursday
# 2000-01-06: "Attorney General Janet Reno virtually closed the door today", "Wednesday's decision was denounced by
# lawyers for the boy's U.S. relatives", "during this morning's rush hour", "He was found Thanksgiving Day clinging to
# an inner tube"
AP_ELIAN = at("2000-01-06T15:00", NY)
rows(
    "first days of the year",
    AP_ELIAN,
    None,
    ("today", "2000-01-06", "day"),
    ("Wednesday's decision", "2000-01-05", "day"),
    ("this morning", "2000-01-06T06:00..2000-01-06T12:00", "morning"),
    ("Thanksgiving Day", "1999-11-25", "day"),
)
# AP (lubbockonline.com/stories/011100), "Judge: Elian to stay in U.S. until March", MIAMI, Monday evening 2000-01-10:
# "A Florida judge on Monday ordered 6-year-old Elian Gonzalez to remain in the United States until March", "a federal
# government order that he be sent back to Cuba by Friday", "The order requires Elian to remain in the area until the
# March 6 hearing", "the Immigration and Naturalization Service ruled last week"
AP_ELIAN_JAN10 = at("2000-01-10T20:00", NY)
rows(
    "first days of the year",
    AP_ELIAN_JAN10,
    None,
    ("on Monday", "2000-01-10", "day"),
    ("until March", "2000-01-10T20:00..2000-04-01", "range"),
    ("last week", "2000-01-03..2000-01-10", "week"),
)
rows(
    "first days of the year",
    AP_ELIAN_JAN10,
    P,
    ("by Friday", "2000-01-14", "day"),
    ("the March 6 hearing", "2000-03-06", "day"),
)

# ============================================================ constructed (no copy found in the time), marked
# the same act awaited by the words right before it is the coming one: Fed-week copy, "positioning ahead of
# Wednesday's decision" written on a Monday
rows(
    "awaited act (constructed)",
    at("2026-03-16T09:00", NY),
    None,
    ("ahead of Wednesday's decision", "2026-03-18", "day"),
)
# "of the year" is the publication's year (a March story: this July-December), as "the year" and "the first nine months
# of the year" are; bare "the second half" and "the fourth quarter" keep results copy's reading (the last one begun)
MARCH_2024 = at("2024-03-15T12:00", NY)
rows(
    "of the year (constructed)",
    MARCH_2024,
    None,
    ("in the second half of the year", "2024-07-01..2025-01-01", "half"),
    ("the first half of the year", "2024-01-01..2024-07-01", "half"),
    ("the third quarter of the year", "2024-07-01..2024-10-01", "quarter"),
    ("the last quarter of the year", "2024-10-01..2025-01-01", "quarter"),
    ("later in the year", "2024-03-16..2025-01-01", "year"),
    ("the second half", "2023-07-01..2024-01-01", "half"),
    ("the fourth quarter", "2023-10-01..2024-01-01", "quarter"),
)
rows(
    "of the year (constructed)",
    at("2024-08-15T12:00", NY),
    None,
    ("the first half of the year", "2024-01-01..2024-07-01", "half"),
    ("the second half of the year", "2024-07-01..2025-01-01", "half"),
)


@pytest.mark.parametrize(
    ("cls", "text", "published", "status", "expected", "precision"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}{' planned' if r[3] else ''}" for r in ROWS],
)
def test_wire_phrases_tenth(cls, text, published, status, expected, precision):
    assert_reads(resolve(text, published, status=status), expected, published, precision)


# ============================================================ with the sentence: a weekday's act that is done
SENTENCES: list[tuple[str, str, datetime, str, str, str]] = []  # (class, text, published, sentence, expected, prec.)


def sentences(cls: str, published: datetime, *found: tuple[str, str, str, str]) -> None:
    for text, sentence, expected, precision in found:
        SENTENCES.append((cls, text, published, sentence, expected, precision))


# AP, Thursday 2000-01-06 (the Elian Gonzalez story; the INS ruled on Wednesday 5 January): "would" and "by Jan. 14"
# look ahead, but the ruling named by its weekday is done (read before as the Wednesday after, 12 January)
ELIAN = "they would look for ways to get around Wednesday's ruling by the INS to repatriate the child by Jan. 14"
sentences(
    "done act",
    AP_ELIAN,
    ("Wednesday's ruling", ELIAN, "2000-01-05", "day"),
    ("Wednesday", ELIAN, "2000-01-05", "day"),
    ("by Jan. 14", ELIAN, "2000-01-14", "day"),
    (
        "Wednesday's decision",
        "Wednesday's decision was denounced by lawyers for the boy's U.S. relatives, who asked Reno to reverse it and "
        "planned to ask a federal judge for a restraining order.",
        "2000-01-05",
        "day",
    ),
)
# AP, Wednesday 2025-01-01 08:22 (wjpa.com): "The FBI says it is investigating early Wednesday's attack as a terrorist
# act and does not believe the driver acted alone."
sentences(
    "done act",
    at("2025-01-01T08:22", NY),
    (
        "early Wednesday's attack",
        "The FBI says it is investigating early Wednesday's attack as a terrorist act and does not believe the driver "
        "acted alone.",
        "2025-01-01T00:00..2025-01-01T06:00",
        "small hours",
    ),
)
# the other way: an event a story before it names by its weekday (AP, 2024-11-03 and 2024-11-04)
sentences(
    "event to come",
    AP_FALLBACK,
    (
        "Tuesday's election",
        "declared that Tuesday's election offers voters the chance to reject \u201cchaos, fear and hate\u201d",
        "2024-11-05",
        "day",
    ),
)
sentences(
    "event to come",
    AP_NOV4,
    (
        "Tuesday's election",
        "The state is prepared for Tuesday's election and he's confident things will go smoothly",
        "2024-11-05",
        "day",
    ),
)
# BBC News at 21:00 GMT, Sunday 2024-10-27 (archive.org BBCNEWS_20241027_210000): an event a verb of what happened
# takes ("won") is over, though a story before it would name it the same way
sentences(
    "done act",
    BBC_FALLBACK_2100,
    (
        "saturday's election",
        "the georgian president has rejected the ruling party's announcement that it won saturday's election, saying "
        "the country had been the victim of a russian special operation.",
        "2024-10-26",
        "day",
    ),
)
# constructed: the act awaited, and an event to come, in a sentence that plans (Fed-week and summit copy)
sentences(
    "awaited act (constructed)",
    at("2026-03-16T09:00", NY),
    (
        "Wednesday's decision",
        "Traders will stay cautious ahead of Wednesday's decision by the Fed.",
        "2026-03-18",
        "day",
    ),
    ("Wednesday's summit", "Leaders will meet again after Wednesday's summit.", "2026-03-18", "day"),
)
# "the second half of the year" in a sentence that looks ahead, and in one of results: the publication's year, unless
# results copy names a part not begun (January: last year's)
sentences(
    "of the year (constructed)",
    MARCH_2024,
    (
        "in the second half of the year",
        "The central bank is expected to cut rates in the second half of the year.",
        "2024-07-01..2025-01-01",
        "half",
    ),
)
sentences(
    "of the year (constructed)",
    at("2024-01-25T12:00", NY),
    (
        "in the fourth quarter of the year",
        "Net profit rose 5% in the fourth quarter of the year, the company said.",
        "2023-10-01..2024-01-01",
        "quarter",
    ),
)
# Reuters, Jan 2 2026 (link4din.com): "So I would imagine that we actually see in the second half of this year that
# interest rates go" down
sentences(
    "of the year",
    REUTERS_JAN2_NOON,
    (
        "in the second half of this year",
        "So I would imagine that we actually see in the second half of this year that interest rates go down",
        "2026-07-01..2027-01-01",
        "half",
    ),
)


@pytest.mark.parametrize(
    ("cls", "text", "published", "context", "expected", "precision"),
    SENTENCES,
    ids=context_row_ids(SENTENCES),
)
def test_wire_sentences_tenth(cls, text, published, context, expected, precision):
    assert_reads(resolve(text, published, context=context), expected, published, precision)


# ============================================================ read wrong still, left (each says why)
LEFT = [
    # AP News in Brief at 11:04 p.m. EST, Monday 2018-01-01 (news957.com): "He plans to host Senate Majority Leader
    # Mitch McConnell ... and House Speaker Paul Ryan ... at Camp David next weekend" (they met there on Saturday 6
    # January): said on a Monday, AP's "next weekend" is the coming one; the resolver keeps the weekend of next week
    # (13-14 January), as "next week" is the week after this one. Either is said; left
    ("next weekend", AP_JAN1_2304, P, "2018-01-06..2018-01-08", "weekend"),
]


@pytest.mark.parametrize(("text", "published", "status", "expected", "precision"), LEFT)
@pytest.mark.xfail(strict=True, reason="read wrong still: see the comment on the row")
def test_left_tenth(text, published, status, expected, precision):
    assert_reads(resolve(text, published, status=status), expected, published, precision)
