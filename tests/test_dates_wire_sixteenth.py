"""Wire-copy phrasings, sixteenth pass (issue 12): the leads the fourteenth and fifteenth passes left (a state's day by
its name, "later Monday" in a Sunday-evening story, "3/6" without a year), then a probe of about 600 phrasings in the
styles of desks the earlier tables covered little: market reports (Reuters, AP, Bloomberg, AAP), weather and disaster
desks (NWS-based AP copy, PAGASA-based Philippine copy), sports fixtures (BBC Sport, AAP, NZ Herald, AP), the Islamic and
Hindu calendars and South and South-East Asian names of feasts (PTI, Dawn, The Jakarta Post, The Star, Anadolu,
Kathmandu Post), courts (PA, AAP, AP) and AFP's "(1500 GMT)". Each class that read wrong or was refused has a section
here; the last section keeps the nearest phrasings that already read right at the same moments, so that no fix moves
them. The rows are constructed in the manner of the desks each group names, not quotations of named stories. Each
interval is the one an editor would give, in dateline's precision words; expected values are wall times in the
publication's zone, as in test_dates_wire.py."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import DateError, resolve
from test_dates_wire import assert_reads, at

PERTH, MELBOURNE, SYDNEY, BRISBANE = "Australia/Perth", "Australia/Melbourne", "Australia/Sydney", "Australia/Brisbane"
ADELAIDE, DARWIN, TORONTO, EDMONTON = "Australia/Adelaide", "Australia/Darwin", "America/Toronto", "America/Edmonton"
LONDON, NY, CHICAGO, PARIS, TOKYO = "Europe/London", "America/New_York", "America/Chicago", "Europe/Paris", "Asia/Tokyo"
KOLKATA, KARACHI, JAKARTA, KL = "Asia/Kolkata", "Asia/Karachi", "Asia/Jakarta", "Asia/Kuala_Lumpur"
ISTANBUL, KATHMANDU, BANGKOK, SHANGHAI = "Europe/Istanbul", "Asia/Kathmandu", "Asia/Bangkok", "Asia/Shanghai"
AUCKLAND, MANILA, RIYADH, DHAKA = "Pacific/Auckland", "Asia/Manila", "Asia/Riyadh", "Asia/Dhaka"

ROWS: list[tuple[str, str, datetime, str | None, str, str]] = []  # (class, text, published, status, expected, prec.)
P = "planned"

# publication moments
PERTH_THU_MAY30 = at("2024-05-30T09:00", PERTH)  # Thursday before WA Day (Monday 3 June)
PERTH_FRI_MAY31 = at("2024-05-31T17:00", PERTH)  # Friday, a month's last day, the long weekend about to begin
MELB_MON_OCT28 = at("2024-10-28T09:00", MELBOURNE)  # Monday, eight days before the Cup
MELB_SUN_OCT6 = at("2024-10-06T20:00", MELBOURNE)  # Sunday evening, the day Victorian clocks went forward
SYDNEY_MON_SEP30 = at("2024-09-30T09:00", SYDNEY)  # Monday, a month's last day, a week before Labour Day
SYDNEY_THU_SEP26 = at("2024-09-26T09:00", SYDNEY)  # Thursday, eleven days before Labour Day
ADELAIDE_TUE_OCT1 = at("2024-10-01T09:00", ADELAIDE)  # Tuesday, a month's first day
DARWIN_SAT_JUL20 = at("2024-07-20T09:00", DARWIN)  # Saturday, a fortnight before Picnic Day
BRISBANE_TUE_JUL30 = at("2024-07-30T09:00", BRISBANE)  # Tuesday, a fortnight before the Ekka holiday
TORONTO_SAT_JUL20 = at("2024-07-20T09:00", TORONTO)  # Saturday, a fortnight before the Civic Holiday
EDMONTON_THU_FEB1 = at("2024-02-01T09:00", EDMONTON)  # Thursday, a month's first day, before Family Day
NY_SUN_2030 = at("2024-06-02T20:30", NY)  # Sunday evening, AP's evening cycle
NY_SUN_NOV3 = at("2024-11-03T20:00", NY)  # Sunday evening, the day US clocks went back
NY_SUN_DEC31 = at("2023-12-31T21:00", NY)  # Sunday evening, New Year's Eve
LONDON_SUN_MAR31 = at("2024-03-31T21:30", LONDON)  # Sunday evening, the day UK clocks went forward (Easter Day)
LONDON_SUN_2130 = at("2024-06-02T21:30", LONDON)  # Sunday, late evening
LONDON_MON_0900 = at("2024-06-03T09:00", LONDON)  # Monday morning
SYDNEY_MON_0900 = at("2024-06-03T09:00", SYDNEY)  # Monday morning
KOLKATA_MON_DEC30 = at("2024-12-30T10:00", KOLKATA)  # Monday, the year's last week
NY_MON_0900 = at("2024-06-03T09:00", NY)  # Monday morning
NY_THU_JAN2 = at("2025-01-02T09:00", NY)  # Thursday, the year's second day
NY_MON_1730 = at("2024-06-03T17:30", NY)  # Monday, after Wall Street's close
NY_TUE_JAN2 = at("2024-01-02T17:00", NY)  # Tuesday, the first session of 2024
TOKYO_TUE_0930 = at("2024-06-04T09:30", TOKYO)  # Tuesday, Tokyo's morning session
TOKYO_MON_JAN6 = at("2025-01-06T11:00", TOKYO)  # Monday, Tokyo's first session of 2025
LONDON_MON_1645 = at("2024-06-03T16:45", LONDON)  # Monday, after the London close
LONDON_TUE_APR2 = at("2024-04-02T17:00", LONDON)  # Tuesday after Easter Monday, the day after UK clocks went forward
SYDNEY_FRI_1630 = at("2024-05-31T16:30", SYDNEY)  # Friday, a month's last day, after the ASX close
LONDON_FRI_MAY31 = at("2024-05-31T17:00", LONDON)  # Friday, a month's last day
AUCKLAND_SAT_JUN1 = at("2024-06-01T20:00", AUCKLAND)  # Saturday evening, a month's first day
MELB_FRI_SEP27 = at("2024-09-27T09:00", MELBOURNE)  # Friday, the AFL grand final's eve
NY_FRI_FEB9 = at("2024-02-09T10:00", NY)  # Friday before the Super Bowl
LONDON_WED_1500 = at("2024-06-05T15:00", LONDON)  # Wednesday afternoon
SYDNEY_WED_1500 = at("2024-06-05T15:00", SYDNEY)  # Wednesday afternoon
NY_WED_1500 = at("2024-06-05T15:00", NY)  # Wednesday afternoon
KOLKATA_FRI_MAY31 = at("2024-05-31T18:00", KOLKATA)  # Friday, a month's last day
JAKARTA_MON_APR1 = at("2024-04-01T10:00", JAKARTA)  # Monday, nine days before Lebaran
KL_MON_APR1 = at("2024-04-01T10:00", KL)  # Monday, nine days before Hari Raya
ISTANBUL_MON_JUN10 = at("2024-06-10T10:00", ISTANBUL)  # Monday, six days before Kurban Bayrami
KOLKATA_TUE_NOV5 = at("2024-11-05T10:00", KOLKATA)  # Tuesday after Diwali
KARACHI_THU_FEB20 = at("2025-02-20T10:00", KARACHI)  # Thursday, nine days before Ramazan
KATHMANDU_TUE_OCT1 = at("2024-10-01T10:00", KATHMANDU)  # Tuesday, a month's first day, before Dashain
JAKARTA_FRI_MAR1 = at("2024-03-01T10:00", JAKARTA)  # Friday, a month's first day, before Nyepi
BANGKOK_MON_APR1 = at("2024-04-01T10:00", BANGKOK)  # Monday, a month's first day, before Songkran
SHANGHAI_SAT_JAN20 = at("2024-01-20T10:00", SHANGHAI)  # Saturday, three weeks before the Spring Festival
CHICAGO_WED_0600 = at("2024-06-05T06:00", CHICAGO)  # Wednesday morning forecast
LONDON_SUN_OCT27 = at("2024-10-27T09:00", LONDON)  # Sunday, the day UK clocks went back
SYDNEY_SUN_OCT6 = at("2024-10-06T07:00", SYDNEY)  # Sunday, the day Sydney clocks went forward
NY_SAT_DEC31 = at("2022-12-31T08:00", NY)  # Saturday, New Year's Eve
LONDON_MON_JUN3 = at("2024-06-03T09:00", LONDON)  # Monday sports pages
LONDON_SAT_JUN1 = at("2024-06-01T11:00", LONDON)  # Saturday, a month's first day
PARIS_WED_1800 = at("2024-06-05T18:00", PARIS)  # Wednesday evening
PARIS_SUN_OCT27 = at("2024-10-27T11:00", PARIS)  # Sunday, the day EU clocks went back
BANGKOK_WED_1000 = at("2024-06-05T10:00", BANGKOK)  # Wednesday morning
MANILA_SAT_NOV16 = at("2024-11-16T11:00", MANILA)  # Saturday, Typhoon Man-yi's landfall weekend
RIYADH_TUE_MAR5 = at("2024-03-05T10:00", RIYADH)  # Tuesday, before Ramadan
DHAKA_MON_JUN10 = at("2024-06-10T10:00", DHAKA)  # Monday, before Eid al-Adha
BERLIN_MON_MAY27 = at("2024-05-27T10:00", "Europe/Berlin")  # Monday, three days before Corpus Christi
ZURICH_MON_MAY27 = at("2024-05-27T10:00", "Europe/Zurich")  # Monday, three days before Corpus Christi
LONDON_MON_MAY20 = at("2024-05-20T09:00", LONDON)  # Monday, a week before the late May bank holiday
LONDON_TUE_MAY28 = at("2024-05-28T09:00", LONDON)  # Tuesday after the late May bank holiday
RIYADH_SUN_APR7 = at("2024-04-07T23:30", RIYADH)  # Sunday, late, in Ramadan's last ten days
DHAKA_MON_MAR10 = at("2025-03-10T10:00", DHAKA)  # Monday, in Ramadan
RIYADH_SAT_JUN1 = at("2024-06-01T10:00", RIYADH)  # Saturday, before the Hajj
KOLKATA_TUE_OCT15 = at("2024-10-15T10:00", KOLKATA)  # Tuesday, five days before Karwa Chauth
NY_TUE_DEC31 = at("2024-12-31T17:00", NY)  # Tuesday, the year's last session just closed
NY_FRI_1700 = at("2024-06-07T17:00", NY)  # Friday, the week's last session just closed
NY_TUE_1000 = at("2024-06-04T10:00", NY)  # Tuesday morning
TOKYO_TUE_1200 = at("2024-06-04T12:00", TOKYO)  # Tuesday noon
PARIS_SUN_MAR31 = at("2024-03-31T12:00", PARIS)  # Sunday, the day EU clocks went forward
LONDON_TUE_1200 = at("2024-06-04T12:00", LONDON)  # Tuesday midday
NY_TUE_NOV5 = at("2024-11-05T12:00", NY)  # Tuesday, two days after US clocks went back
NY_TUE_0700 = at("2024-06-04T07:00", NY)  # Tuesday, the morning wrap before the open
NY_FRI_JUL5 = at("2024-07-05T06:30", NY)  # Friday after Independence Day, before the open
TOKYO_TUE_0830 = at("2024-06-04T08:30", TOKYO)  # Tuesday, before Tokyo's open
TOKYO_MON_JUN3 = at("2024-06-03T09:00", TOKYO)  # Monday, a quarter into the Japanese fiscal year
KOLKATA_MON_AUG5 = at("2024-08-05T09:00", KOLKATA)  # Monday
LONDON_WED_OCT30 = at("2024-10-30T09:00", LONDON)  # Wednesday, a week before the US election
NY_WED_OCT30 = at("2024-10-30T09:00", NY)  # Wednesday, a week before the US election


def rows(cls: str, published: datetime, status: str | None, *found: tuple[str, str, str]) -> None:
    for text, expected, precision in found:
        ROWS.append((cls, text, published, status, expected, precision))


# ============================================================ a state's day
# Before: refused ("Melbourne Cup Day", "the WA Day long weekend", "Labour Day" in Sydney, "the Ekka", "Civic Holiday" in
# Toronto), or a year out ("the Labour Day long weekend" eleven days before it: last year's, as an unnamed long weekend
# more than a week off is). A state's or province's own day is read from ``holidays``' calendar of the story's state
# (the zone's city), then, in Australia and Canada, of the first state that keeps it ("the Melbourne Cup" in a Sydney
# story is Victoria's Tuesday); copy's short names are that day ("WA Day": Western Australia Day; "the Ekka": the Royal
# Queensland Show; "the Melbourne Cup": Melbourne Cup Day). A named long weekend comes once a year, so it is the coming
# one within 75 days, as its holiday is; the Melbourne Cup's long weekend runs Saturday to the Tuesday.
# constructed, in the style of AAP, The Age, WAtoday, Brisbane Times, the NT News, CBC and the Edmonton Journal
rows(
    "a state's day",
    PERTH_THU_MAY30,
    None,
    ("WA Day", "2024-06-03", "day"),
    ("on WA Day", "2024-06-03", "day"),
    ("the WA Day long weekend", "2024-06-01..2024-06-04", "weekend"),
    ("over the WA Day long weekend", "2024-06-01..2024-06-04", "weekend"),
    ("Western Australia Day", "2024-06-03", "day"),
    ("the Melbourne Cup", "2023-11-07", "day"),  # in a report, the last: the next is more than 75 days off
)
rows(
    "a state's day",
    PERTH_FRI_MAY31,
    None,
    ("the WA Day long weekend", "2024-06-01..2024-06-04", "weekend"),
    ("WA Day", "2024-06-03", "day"),
)
rows(
    "a state's day",
    MELB_MON_OCT28,
    None,
    ("Melbourne Cup Day", "2024-11-05", "day"),
    ("on Melbourne Cup day", "2024-11-05", "day"),
    ("the Melbourne Cup", "2024-11-05", "day"),
    ("the Melbourne Cup long weekend", "2024-11-02..2024-11-06", "weekend"),
    ("Labour Day", "2024-03-11", "day"),
    ("the Friday before the AFL Grand Final", "2024-09-27", "day"),
)
rows(
    "a state's day",
    MELB_SUN_OCT6,
    None,
    ("Melbourne Cup Day", "2024-11-05", "day"),
    ("the Melbourne Cup long weekend", "2024-11-02..2024-11-06", "weekend"),
)
rows(
    "a state's day",
    SYDNEY_THU_SEP26,
    None,
    ("Labour Day", "2024-10-07", "day"),
    ("the Labour Day long weekend", "2024-10-05..2024-10-08", "weekend"),
    ("Melbourne Cup Day", "2024-11-05", "day"),
    ("the Melbourne Cup", "2024-11-05", "day"),
)
rows(
    "a state's day",
    SYDNEY_MON_SEP30,
    None,
    ("the Labour Day long weekend", "2024-10-05..2024-10-08", "weekend"),
    ("on Labour Day", "2024-10-07", "day"),
)
rows(
    "a state's day",
    ADELAIDE_TUE_OCT1,
    None,
    ("the Labour Day long weekend", "2024-10-05..2024-10-08", "weekend"),
    ("Proclamation Day", "2023-12-26", "day"),
)
rows("a state's day", DARWIN_SAT_JUL20, None, ("the Picnic Day long weekend", "2024-08-03..2024-08-06", "weekend"))
rows(
    "a state's day",
    BRISBANE_TUE_JUL30,
    None,
    ("the Ekka", "2024-08-14", "day"),
    ("the Ekka holiday", "2024-08-14", "day"),
    ("the Ekka public holiday", "2024-08-14", "day"),
)
rows(
    "a state's day",
    TORONTO_SAT_JUL20,
    None,
    ("the Civic Holiday", "2024-08-05", "day"),
    ("the Civic Holiday long weekend", "2024-08-03..2024-08-06", "weekend"),
)
rows(
    "a state's day", EDMONTON_THU_FEB1, None, ("Family Day", "2024-02-19", "day"), ("Heritage Day", "2023-08-07", "day")
)
# Germany's and Switzerland's Corpus Christi is kept by some states and cantons only (not Berlin's, not Zurich's);
# copy in those cities names it all the same
rows(
    "a state's day",
    BERLIN_MON_MAY27,
    None,
    ("Corpus Christi", "2024-05-30", "day"),
    ("on Corpus Christi", "2024-05-30", "day"),
    ("Reformation Day", "2023-10-31", "day"),
)
rows("a state's day", ZURICH_MON_MAY27, None, ("Corpus Christi", "2024-05-30", "day"))


# ============================================================ later Monday, in Sunday evening's story
# Before: the Monday six days back. AP's evening cycle writes a Sunday-evening story for Monday's papers, and "later
# Monday" in it is the coming day, the next one; from 18:00 only (in the morning "later Monday" follows a Monday told
# before, as "charged later Monday" does), and only the day after the publication's.
# constructed, in the style of AP's evening cycle and Reuters' "later on Monday"
rows(
    "later the next day",
    NY_SUN_2030,
    None,
    ("later Monday", "2024-06-03", "day"),
    ("later on Monday", "2024-06-03", "day"),
)
rows("later the next day", NY_SUN_NOV3, None, ("later Monday", "2024-11-04", "day"))
rows("later the next day", NY_SUN_DEC31, None, ("later Monday", "2024-01-01", "day"))
rows(
    "later the next day",
    LONDON_SUN_MAR31,
    None,
    ("later Monday", "2024-04-01", "day"),
    ("later on Monday", "2024-04-01", "day"),
)
rows("later the next day", LONDON_SUN_2130, None, ("later Monday", "2024-06-03", "day"))


# ============================================================ a day and month in numbers
# Before: refused ("on 3/6", "on 12/25"), or the weekday alone ("Wednesday 6/5" in a Monday 3 June story: the Wednesday
# before, 29 May; "Friday 5/7" in London: 31 May, not 5 July). Indian, Australian and British listings and AP's sports
# agate write a day and month without a year ("Monday 3/6", "on 5/6"): a date where "on" or a weekday makes it one, in
# the story's country's order (day first outside the US), read as the date in words (the most recent, or within 75
# days ahead). "3/6" alone may be a fraction, a score or an over ("won 3/6") and stays unread.
# constructed, in the style of PTI, ABC and AP listings
rows(
    "numbers without a year",
    LONDON_MON_0900,
    None,
    ("on 3/6", "2024-06-03", "day"),
    ("on Monday 3/6", "2024-06-03", "day"),
    ("Monday 3/6", "2024-06-03", "day"),
    ("on 5/7", "2024-07-05", "day"),
    ("Friday 5/7", "2024-07-05", "day"),
    ("on 28/5", "2024-05-28", "day"),
)
# with the weekday short, as listings write it ("Mon 3/6", "Tues 4/6": dateparser read them month first, 6 March)
rows(
    "numbers without a year",
    LONDON_MON_0900,
    None,
    ("on Mon 3/6", "2024-06-03", "day"),
    ("Sun 2/6", "2024-06-02", "day"),
    ("Tues 4/6", "2024-06-04", "day"),
    ("Thurs 6/6", "2024-06-06", "day"),
)
rows(
    "numbers without a year",
    SYDNEY_MON_0900,
    None,
    ("on 3/6", "2024-06-03", "day"),
    ("Wednesday 5/6", "2024-06-05", "day"),
    ("on 31/5", "2024-05-31", "day"),
)
rows(
    "numbers without a year",
    NY_MON_0900,
    None,
    ("on 6/3", "2024-06-03", "day"),
    ("Wednesday 6/5", "2024-06-05", "day"),
    ("on 5/28", "2024-05-28", "day"),
    ("on 3/6", "2024-03-06", "day"),
)
rows(
    "numbers without a year",
    KOLKATA_MON_DEC30,
    None,
    ("on 2/1", "2025-01-02", "day"),
    ("on 25/12", "2024-12-25", "day"),
    ("Thursday 2/1", "2025-01-02", "day"),
)
rows(
    "numbers without a year", NY_THU_JAN2, None, ("on 12/31", "2024-12-31", "day"), ("Friday 1/3", "2025-01-03", "day")
)


# ============================================================ a market's session
# Before: refused ("in early Asian trade", "at Wall Street's close", "at the open", "in late trading", "in premarket
# trading", "in the previous session"). A market report's session with no day named is the publication's day, the one
# it reports, as AP's "in midday trading Friday" is that Friday (a "session" only with its market named: "in the New
# York session"; parliament's "during the session" is none); the hour is not read (exchanges keep other hours, and Asian trade that a New York story reports begins at
# 20:00 there, on its day). "the previous session" is the trading day before the publication's on the calendar of the
# story's exchange (holidays' NYSE, JPX, LSE calendars): the Friday in a Monday story, 29 December 2023 on 2 January
# 2024, Tokyo's 30 December 2024 on 6 January 2025.
# constructed, in the style of Reuters', AP's, Bloomberg's and AAP's market reports
rows(
    "a market's session",
    NY_MON_1730,
    None,
    ("in early Asian trade", "2024-06-03", "day"),
    ("at Wall Street's close", "2024-06-03", "day"),
    ("at the close", "2024-06-03", "day"),
    ("at the open", "2024-06-03", "day"),
    ("at the opening bell", "2024-06-03", "day"),
    ("in late European trading", "2024-06-03", "day"),
    ("in late trading", "2024-06-03", "day"),
    ("in early trading", "2024-06-03", "day"),
    ("in after-hours trading", "2024-06-03", "day"),
    ("in premarket trading", "2024-06-03", "day"),
    ("in the last hour of trading", "2024-06-03", "day"),
    ("in the previous session", "2024-05-31", "day"),
    ("in the prior session", "2024-05-31", "day"),
)
rows(
    "a market's session",
    NY_TUE_JAN2,
    None,
    ("in the previous session", "2023-12-29", "day"),
    ("at the close", "2024-01-02", "day"),
)
rows(
    "a market's session",
    TOKYO_TUE_0930,
    None,
    ("in early Asian trade", "2024-06-04", "day"),
    ("in early trade", "2024-06-04", "day"),
    ("at the start of trade", "2024-06-04", "day"),
    ("in the previous session", "2024-06-03", "day"),
)
rows("a market's session", TOKYO_MON_JAN6, None, ("in the previous session", "2024-12-30", "day"))
rows(
    "a market's session",
    LONDON_MON_1645,
    None,
    ("in late European trading", "2024-06-03", "day"),
    ("at the London close", "2024-06-03", "day"),
    ("in London trading", "2024-06-03", "day"),
    ("by the close", "2024-06-03", "day"),
)
rows("a market's session", LONDON_TUE_APR2, None, ("in the previous session", "2024-03-28", "day"))
# "after the bell", "in Asian hours": the publication's day; the year's or week's first or last session: that trading
# day, as "the last trading day of 2024" is (refused before; "the last trading session of 2024" was the year)
rows(
    "a market's session",
    NY_TUE_DEC31,
    None,
    ("in the year's final trading session", "2024-12-31", "day"),
    ("in the last trading session of the year", "2024-12-31", "day"),
    ("in the last trading session of 2024", "2024-12-31", "day"),
    ("the first trading session of 2025", "2025-01-02", "day"),
)
rows(
    "a market's session",
    NY_FRI_1700,
    None,
    ("in the final trading session of the week", "2024-06-07", "day"),
    ("after the bell", "2024-06-07", "day"),
    ("before the bell", "2024-06-07", "day"),
    ("in Asian hours", "2024-06-07", "day"),
    ("in the New York session", "2024-06-07", "day"),
    ("during the London session", "2024-06-07", "day"),
)
# a morning wrap filed before its own market opens (before 09:00): "at the close", "in late trading", "after the bell",
# "at Wall Street's close" in a New York story are the last session's (the day before the 4 July holiday on the 5th);
# the open and premarket trading stay the day's, and another zone's market ("in late Asian trade") the publication's day
rows(
    "a market's session",
    NY_TUE_0700,
    None,
    ("at the close", "2024-06-03", "day"),
    ("in late trading", "2024-06-03", "day"),
    ("after the bell", "2024-06-03", "day"),
    ("at Wall Street's close", "2024-06-03", "day"),
    ("at the open", "2024-06-04", "day"),
    ("in premarket trading", "2024-06-04", "day"),
    ("in late Asian trade", "2024-06-04", "day"),
)
rows("a market's session", NY_FRI_JUL5, None, ("at the close", "2024-07-03", "day"))
rows("a market's session", TOKYO_TUE_0830, None, ("at the close", "2024-06-03", "day"))
rows(
    "a market's session",
    TOKYO_MON_JAN6,
    None,
    ("the first trading session of the year", "2025-01-06", "day"),
    ("in the year's first trading session", "2025-01-06", "day"),
)
rows(
    "a market's session",
    SYDNEY_FRI_1630,
    None,
    ("at the close of trade", "2024-05-31", "day"),
    ("in early trade", "2024-05-31", "day"),
    ("at the local close", "2024-05-31", "day"),
)


# ============================================================ a fixture's day
# Before: the weekday before ("Wednesday's quarterfinal" in a Monday story: the Wednesday five days back; "Sunday's
# Super Bowl" on the Friday before it: the Sunday before). A fixture named by its weekday with 's is one to come, as
# "Sunday's final" and "Saturday's game" already were: quarterfinals, semifinals, deciders, derbies, openers, grand
# finals, the Super Bowl, a fight, a Grand Prix.
# constructed, in the style of BBC Sport, AAP, the NZ Herald and AP sports
rows(
    "a fixture's day",
    LONDON_MON_JUN3,
    None,
    ("Wednesday's quarterfinal", "2024-06-05", "day"),
    ("Tuesday's semi-final", "2024-06-04", "day"),
    ("Saturday's derby", "2024-06-08", "day"),
    ("Thursday's decider", "2024-06-06", "day"),
    ("Friday's opener", "2024-06-07", "day"),
)
rows(
    "a fixture's day",
    MELB_FRI_SEP27,
    None,
    ("Saturday's grand final", "2024-09-28", "day"),
    ("Sunday's Grand Prix", "2024-09-29", "day"),
)
rows(
    "a fixture's day",
    NY_FRI_FEB9,
    None,
    ("Sunday's Super Bowl", "2024-02-11", "day"),
    ("Saturday's title fight", "2024-02-10", "day"),
    ("Tuesday's semifinal", "2024-02-13", "day"),
)
rows("a fixture's day", AUCKLAND_SAT_JUN1, None, ("Wednesday's semifinal", "2024-06-05", "day"))
rows(
    "a fixture's day",
    LONDON_MON_JUN3,
    None,
    ("Tuesday's first leg", "2024-06-04", "day"),
    ("Wednesday's return leg", "2024-06-05", "day"),
)


# ============================================================ a court's next date
# Before: the day before ("the case was adjourned to Friday" in a Wednesday story: the Friday before; "remanded to
# appear on Monday", "set a hearing for Friday" likewise). A court's next date is to come: "adjourned to", "remanded
# to", "bailed to", "to appear", "to reappear", "set a hearing for" look ahead, as "adjourned until" and "will appear"
# already did ("sentencing was adjourned to September" in June was last September).
# constructed, in the style of PA, AAP, PTI and AP court copy
rows(
    "a court's next date",
    LONDON_WED_1500,
    None,
    ("adjourned to Friday", "2024-06-07", "day"),
    ("the case was adjourned to Friday", "2024-06-07", "day"),
    ("was remanded in custody to appear on Friday", "2024-06-07", "day"),
    ("was bailed to Thursday", "2024-06-06", "day"),
    ("bailed to June 20", "2024-06-20", "day"),
    ("the inquest was adjourned to Tuesday", "2024-06-11", "day"),
    ("sentencing was adjourned to September", "2024-09-01..2024-10-01", "month"),
)
rows(
    "a court's next date",
    SYDNEY_WED_1500,
    None,
    ("is due to reappear on Friday", "2024-06-07", "day"),
    ("to reappear in court on Monday", "2024-06-10", "day"),
)
rows(
    "a court's next date",
    NY_WED_1500,
    None,
    ("set a hearing for Friday", "2024-06-07", "day"),
    ("the judge set a sentencing hearing for Tuesday", "2024-06-11", "day"),
)
rows(
    "a court's next date",
    KOLKATA_FRI_MAY31,
    None,
    ("adjourned to Monday", "2024-06-03", "day"),
    ("adjourned the hearing to Tuesday", "2024-06-04", "day"),
)


# ============================================================ a feast by its name in print
# Before: refused ("Lebaran", "Idul Fitri", "Hari Raya Aidilfitri", "Hari Raya Haji", "Kurban Bayrami", "the holy month
# of Ramazan", "Bhai Dooj", "Baisakhi", "Chhath Puja", "Dashain", "Tihar", "Nyepi", "Vesak", "Songkran"). The day is the one ``holidays`` gives the story's country (its
# Eid, its Diwali calendar), by the name and the transliteration copy prints: "Lebaran" and "Hari Raya" are Eid al-Fitr,
# "Hari Raya Haji" and "Kurban Bayrami" Eid al-Adha, "Ramazan" Ramadan, "Chhath Puja" the day holidays names
# "Pratihar Shashthi or Surya Shashthi (Chhath Puja)", "Dashain" Bijaya Dashami, "Nyepi" the Day of Silence.
# constructed, in the style of The Jakarta Post, Antara, The Star, Anadolu, PTI, Dawn, the Kathmandu Post, the Bangkok
# Post and Xinhua
rows(
    "a feast by its name in print",
    JAKARTA_MON_APR1,
    None,
    ("Lebaran", "2024-04-10", "day"),
    ("Idul Fitri", "2024-04-10", "day"),
    ("the Lebaran holiday", "2024-04-10", "day"),
    ("ahead of Lebaran", "2024-04-10", "day"),
)
rows(
    "a feast by its name in print",
    KL_MON_APR1,
    None,
    ("Hari Raya Aidilfitri", "2024-04-10", "day"),
    ("Hari Raya", "2024-04-10", "day"),
    ("Hari Raya Haji", "2023-06-29", "day"),
)
rows(
    "a feast by its name in print",
    ISTANBUL_MON_JUN10,
    None,
    ("Kurban Bayrami", "2024-06-16", "day"),
    ("Kurban Bayramı", "2024-06-16", "day"),
)
rows(
    "a feast by its name in print",
    KOLKATA_TUE_NOV5,
    None,
    ("Bhai Dooj", "2024-11-03", "day"),
    ("Chhath Puja", "2024-11-07", "day"),
    ("Baisakhi", "2024-04-13", "day"),
    ("Guru Nanak Jayanti", "2024-11-15", "day"),
    ("Maha Shivratri", "2024-03-08", "day"),
    ("Eid-e-Milad", "2024-09-16", "day"),
)
rows(
    "a feast by its name in print",
    KARACHI_THU_FEB20,
    None,
    ("the holy month of Ramazan", "2025-03-01..2025-03-30", "range"),
    ("Ramzan", "2025-03-01..2025-03-30", "range"),
    ("the start of Ramazan", "2025-03-01", "day"),
    ("Eid Milad-un-Nabi", "2024-09-17", "day"),
)
rows(
    "a feast by its name in print",
    KATHMANDU_TUE_OCT1,
    None,
    ("Dashain", "2024-10-12", "day"),
    ("Tihar", "2024-11-04", "day"),
)
rows("a feast by its name in print", JAKARTA_FRI_MAR1, None, ("Nyepi", "2024-03-11", "day"))
rows("a feast by its name in print", BANGKOK_MON_APR1, None, ("Songkran", "2024-04-13", "day"))
rows("a feast by its name in print", RIYADH_SAT_JUN1, None, ("Arafat Day", "2024-06-15", "day"))
rows("a feast by its name in print", KOLKATA_TUE_OCT15, None, ("Karwa Chauth", "2024-10-20", "day"))


# ============================================================ part of Ramadan
# Before: the whole month ("the last 10 days of Ramadan", "the first 10 days of Ramazan": 29 or 30 days). AP's and
# Al Jazeera's "the last 10 days of Ramadan" (the nights of Laylat al-Qadr) count out its days as "the last 10 days of
# December" does: a named span of a month's length or less is counted like a month.
# constructed, in the style of AP, Al Jazeera and the Daily Star (Dhaka)
rows(
    "part of Ramadan",
    RIYADH_TUE_MAR5,
    None,
    ("the last 10 days of Ramadan", "2024-03-31..2024-04-10", "range"),
    ("the first 10 days of Ramadan", "2024-03-11..2024-03-21", "range"),
    ("the last ten days of the holy month of Ramadan", "2024-03-31..2024-04-10", "range"),
)
rows("part of Ramadan", RIYADH_SUN_APR7, None, ("the last 10 days of Ramadan", "2024-03-31..2024-04-10", "range"))
rows(
    "part of Ramadan",
    DHAKA_MON_MAR10,
    None,
    ("the last 10 days of Ramadan", "2025-03-20..2025-03-30", "range"),
    ("the first 10 days of Ramazan", "2025-03-01..2025-03-11", "range"),
)


# "during Ramadan last year", "last year's Ramadan" in an October story: that year's (before: this year's, the most
# recent); "last Ramadan" stays the most recent
rows(
    "part of Ramadan",
    KOLKATA_TUE_NOV5,
    None,
    ("during Ramadan last year", "2023-03-23..2023-04-22", "range"),
    ("last year's Ramadan", "2023-03-23..2023-04-22", "range"),
    ("Ramadan next year", "2025-03-01..2025-03-30", "range"),
)


# ============================================================ the late May bank holiday
# Before: the early May one ("the late May bank holiday" matched "May bank holiday": 6 May 2024). BBC and PA copy's
# "the late May bank holiday" is the Spring Bank Holiday, the last Monday of May (holidays GB, England).
# constructed, in the style of BBC/PA travel and weather copy
rows(
    "the late May bank holiday",
    LONDON_MON_MAY20,
    None,
    ("the late May bank holiday", "2024-05-27", "day"),
    ("the late May bank holiday weekend", "2024-05-25..2024-05-28", "weekend"),
)
rows("the late May bank holiday", LONDON_TUE_MAY28, None, ("over the late May bank holiday", "2024-05-27", "day"))
rows("the late May bank holiday", LONDON_MON_JUN3, None, ("the late May bank holiday", "2024-05-27", "day"))


# ============================================================ one night begun on the publication's weekday
# Before: a week early ("Wednesday night into Thursday morning", "late Wednesday into early Thursday", "overnight
# Wednesday into Thursday" in a Wednesday-morning story: the night of 29-30 May), though "Wednesday night" alone was
# that night. A night into the next day is placed by its first day, and the publication's own weekday is that day, as
# for the day alone; ranges of more days in a report stay the last one over ("from Monday to Wednesday" on a Monday).
# constructed, in the style of AP's NWS-based weather copy and the BBC's and ABC's forecasts
rows(
    "a night begun that day",
    CHICAGO_WED_0600,
    None,
    ("Wednesday night into Thursday morning", "2024-06-05T20:00..2024-06-06T12:00", "range"),
    ("late Wednesday into early Thursday", "2024-06-05T18:00..2024-06-06T06:00", "range"),
    ("overnight Wednesday into Thursday", "2024-06-05T20:00..2024-06-06T06:00", "night"),
    ("Wednesday night to Thursday", "2024-06-05T20:00..2024-06-06T06:00", "night"),
)
rows(
    "a night begun that day",
    LONDON_SUN_OCT27,
    None,
    ("Sunday night into Monday morning", "2024-10-27T20:00..2024-10-28T12:00", "range"),
    ("overnight Sunday into Monday", "2024-10-27T20:00..2024-10-28T06:00", "night"),
    ("late Sunday into early Monday", "2024-10-27T18:00..2024-10-28T06:00", "range"),
)
rows(
    "a night begun that day",
    SYDNEY_SUN_OCT6,
    None,
    ("overnight Sunday into Monday", "2024-10-06T20:00..2024-10-07T06:00", "night"),
    ("Sunday night into Monday morning", "2024-10-06T20:00..2024-10-07T12:00", "range"),
)
rows(
    "a night begun that day",
    NY_SAT_DEC31,
    None,
    ("overnight Saturday into Sunday", "2022-12-31T20:00..2023-01-01T06:00", "night"),
    ("late Saturday into early Sunday", "2022-12-31T18:00..2023-01-01T06:00", "range"),
)


# ============================================================ the weekend's games
# Before: refused ("the weekend's games", "in the weekend's Premier League matches"). A Monday sports page's "the
# weekend's games" is the weekend "the weekend" names: the one under way on a Saturday or Sunday, else the last.
# constructed, in the style of BBC Sport, the Guardian and AAP
rows(
    "the weekend's games",
    LONDON_MON_JUN3,
    None,
    ("the weekend's games", "2024-06-01..2024-06-03", "weekend"),
    ("the weekend's matches", "2024-06-01..2024-06-03", "weekend"),
    ("in the weekend's Premier League matches", "2024-06-01..2024-06-03", "weekend"),
)
rows("the weekend's games", LONDON_SAT_JUN1, None, ("the weekend's fixtures", "2024-06-01..2024-06-03", "weekend"))
rows("the weekend's games", AUCKLAND_SAT_JUN1, None, ("the weekend's games", "2024-06-01..2024-06-03", "weekend"))


# ============================================================ a wire clock's own day
# Before: the local day's ("late on Monday (0300 GMT Tuesday)" in New York: 23:00 on Sunday, the GMT time put on the
# Monday; "early on Tuesday (2100 GMT Monday)" in Tokyo: 06:00 on Wednesday). AFP and Reuters write the local day, then
# the GMT time with its own day: that clock and its weekday are the instant, read in the story's zone.
# constructed, in the style of AFP and Reuters
rows(
    "a wire clock's own day",
    NY_TUE_1000,
    None,
    ("late on Monday (0300 GMT Tuesday)", "2024-06-03T23:00", "minute"),
    ("late Monday (0300 GMT Tuesday)", "2024-06-03T23:00", "minute"),
)
rows(
    "a wire clock's own day",
    TOKYO_TUE_1200,
    None,
    ("early on Tuesday (2100 GMT Monday)", "2024-06-04T06:00", "minute"),
    ("on Tuesday morning (2300 GMT Monday)", "2024-06-04T08:00", "minute"),
)
rows(
    "a wire clock's own day", PARIS_SUN_MAR31, None, ("early on Sunday (0030 GMT Sunday)", "2024-03-31T01:30", "minute")
)
rows("a wire clock's own day", NY_TUE_NOV5, None, ("late on Sunday (0400 GMT Monday)", "2024-11-03T23:00", "minute"))


# ============================================================ one day, two parts
# Before: a week's span or more ("Monday afternoon or evening" on a Tuesday: Monday noon to Wednesday, the evening read
# alone as the publication's; "Sunday afternoon or evening" in a Saturday story: 10 to 17 November). The day is said once
# for both parts (PAGASA-based and NWS-based copy): that day's two parts, as "Monday afternoon or Monday evening".
# constructed, in the style of AP, the Inquirer and the Met Office's forecasts
rows(
    "one day, two parts",
    LONDON_TUE_1200,
    None,
    ("Monday afternoon or evening", "2024-06-03T12:00..2024-06-04T00:00", "range"),
    ("Monday morning or afternoon", "2024-06-03T06:00..2024-06-03T18:00", "range"),
    ("on Monday afternoon or evening", "2024-06-03T12:00..2024-06-04T00:00", "range"),
)
rows(
    "one day, two parts",
    MANILA_SAT_NOV16,
    None,
    ("Sunday afternoon or evening", "2024-11-10T12:00..2024-11-11T00:00", "range"),
)
rows(
    "one day, two parts",
    MANILA_SAT_NOV16,
    P,
    ("Sunday afternoon or evening", "2024-11-17T12:00..2024-11-18T00:00", "range"),
)


# ============================================================ the next 24 to 48 hours
# Before: refused ("in the next 24 to 48 hours", "the next 24-48 hours"). Weather desks' counts given as a range read as
# "the next two or three years" already did: the wider count, from the publication.
# constructed, in the style of PAGASA-based and NWS-based copy
rows(
    "the next 24 to 48 hours",
    MANILA_SAT_NOV16,
    None,
    ("in the next 24 to 48 hours", "2024-11-16T11:00..2024-11-18T11:00", "week"),
    ("the next 24-48 hours", "2024-11-16T11:00..2024-11-18T11:00", "week"),
    ("over the next two to three days", "2024-11-16T11:00..2024-11-19T11:00", "week"),
    ("the past two to three weeks", "2024-10-26T11:00..2024-11-16T11:00", "month"),
)


# ============================================================ results' and courts' month words
# Before: "the April-September half" (Nikkei, Kyodo results copy) was April alone; "on the 15th instant" (PTI court
# copy: this month's 15th) was refused. The months from one to the other, as "the April-September period" already was;
# "instant" is the publication's month, as "on the 15th" alone already read.
# constructed, in the style of Kyodo, the Nikkei and PTI
rows(
    "results' and courts' month words",
    TOKYO_MON_JUN3,
    None,
    ("the April-September half", "2024-04-01..2024-10-01", "range"),
    ("the October-March half", "2023-10-01..2024-04-01", "range"),
)
rows(
    "results' and courts' month words",
    KOLKATA_MON_AUG5,
    None,
    ("on the 15th instant", "2024-08-15", "day"),
    ("the 2nd instant", "2024-08-02", "day"),
)


# ============================================================ read as before
# The nearest phrasings, at the same moments, that already read right and must not move: the leads' "up to 1000 hours"
# (until 10:00), "mid-morning", "early afternoon" and "late morning" (the whole part of the day: a third of a morning
# has no precision word, and `range` would claim an edge no editor agrees on), "as of Monday" (in a report the Monday
# just gone), AFP's local time with GMT after it, the calendars' days, the weather desk's spans and the courts' "until".
rows(
    "read as before",
    PERTH_THU_MAY30,
    None,
    ("up to 1000 hours", "2024-05-30T09:00..2024-05-30T10:00", "range"),
    ("from 0600 hours up to 1000 hours", "2024-05-30T06:00..2024-05-30T10:00", "range"),
    ("the Western Australia Day long weekend", "2024-06-01..2024-06-04", "weekend"),
)
rows(
    "read as before",
    LONDON_MON_0900,
    None,
    ("mid-morning", "2024-06-03T06:00..2024-06-03T12:00", "morning"),
    ("late morning", "2024-06-03T06:00..2024-06-03T12:00", "morning"),
    ("early afternoon", "2024-06-03T12:00..2024-06-03T18:00", "afternoon"),
    ("mid-afternoon", "2024-06-03T12:00..2024-06-03T18:00", "afternoon"),
    ("early evening", "2024-06-03T18:00..2024-06-04T00:00", "evening"),
    ("mid-morning Tuesday", "2024-05-28T06:00..2024-05-28T12:00", "morning"),
    ("early Tuesday afternoon", "2024-05-28T12:00..2024-05-28T18:00", "afternoon"),
    ("as of Monday", "2024-06-03", "day"),
    ("as of Friday", "2024-05-31", "day"),
    ("3/6/2024", "2024-06-03", "day"),
)
rows(
    "read as before",
    LONDON_SUN_2130,
    None,
    ("as of Monday", "2024-05-27", "day"),
    ("later Sunday", "2024-06-02", "day"),
    ("later today", "2024-06-02", "day"),
)
rows(
    "read as before",
    NY_SUN_2030,
    None,
    ("later Sunday", "2024-06-02", "day"),
    ("later Tuesday", "2024-05-28", "day"),
)
rows("read as before", NY_SUN_2030, P, ("later Monday", "2024-06-03", "day"))
rows(
    "read as before",
    NY_MON_1730,
    None,
    ("in afternoon trading", "2024-06-03T12:00..2024-06-03T18:00", "afternoon"),
    ("in morning trade", "2024-06-03T06:00..2024-06-03T12:00", "morning"),
    ("at the close on Friday", "2024-05-31", "day"),
    ("Friday's close", "2024-05-31", "day"),
    ("since Friday's close", "2024-05-31T00:00..2024-06-03T17:30", "range"),
    ("so far this year", "2024-01-01T00:00..2024-06-03T17:30", "range"),
    ("year-to-date", "2024-01-01T00:00..2024-06-03T17:30", "range"),
    ("in Monday's session", "2024-06-03", "day"),
)
rows(
    "read as before",
    TOKYO_TUE_0930,
    None,
    ("in Tokyo morning trade", "2024-06-04T06:00..2024-06-04T12:00", "morning"),
    ("on Wall Street overnight", "2024-06-03T20:00..2024-06-04T06:00", "night"),
    ("in the afternoon session", "2024-06-04T12:00..2024-06-04T18:00", "afternoon"),
)
rows(
    "read as before",
    CHICAGO_WED_0600,
    None,
    ("through the weekend", "2024-06-05T06:00..2024-06-10T00:00", "range"),
    ("overnight into Wednesday", "2024-06-04T20:00..2024-06-05T06:00", "night"),
    ("through Friday", "2024-06-05T06:00..2024-06-08T00:00", "range"),
    ("later this week", "2024-06-06..2024-06-10", "week"),
    ("by the weekend", "2024-06-08..2024-06-10", "weekend"),
    ("tonight", "2024-06-05T20:00..2024-06-06T06:00", "night"),
    ("Wednesday into Thursday", "2024-06-05..2024-06-07", "range"),
    ("Tuesday night into Wednesday morning", "2024-06-04T20:00..2024-06-05T12:00", "range"),
    ("late Tuesday into early Wednesday", "2024-06-04T18:00..2024-06-05T06:00", "range"),
    ("since Sunday", "2024-06-02T00:00..2024-06-05T06:00", "range"),
    ("in the past 24 hours", "2024-06-04T06:00..2024-06-05T06:00", "day"),
)
rows(
    "read as before",
    CHICAGO_WED_0600,
    P,
    ("Wednesday night into Thursday morning", "2024-06-05T20:00..2024-06-06T12:00", "range"),
    ("overnight into Thursday", "2024-06-05T20:00..2024-06-06T06:00", "night"),
)
rows(
    "read as before",
    MANILA_SAT_NOV16,
    None,
    ("by Sunday", "2024-11-17", "day"),
    ("overnight into Sunday", "2024-11-09T20:00..2024-11-10T06:00", "night"),
)
rows(
    "read as before",
    LONDON_MON_JUN3,
    None,
    ("Sunday's final", "2024-06-09", "day"),
    ("last Sunday's final", "2024-06-02", "day"),
    ("this weekend's games", "2024-06-08..2024-06-10", "weekend"),
    ("next weekend's fixtures", "2024-06-15..2024-06-17", "weekend"),
    ("at the weekend", "2024-06-01..2024-06-03", "weekend"),
)
rows("read as before", LONDON_FRI_MAY31, None, ("Saturday's Champions League final", "2024-06-01", "day"))
rows(
    "read as before",
    RIYADH_TUE_MAR5,
    None,
    ("the first day of Ramadan", "2024-03-11", "day"),
    ("the holy month of Ramadan", "2024-03-11..2024-04-10", "range"),
    ("Eid al-Fitr", "2024-04-10", "day"),
)
rows(
    "read as before",
    KARACHI_THU_FEB20,
    None,
    ("Eid ul Fitr", "2025-03-31", "day"),
    ("Ramadan", "2025-03-01..2025-03-30", "range"),
)
rows(
    "read as before", DHAKA_MON_JUN10, None, ("Eid-ul-Azha", "2024-06-17", "day"), ("Eid al-Adha", "2024-06-17", "day")
)
rows(
    "read as before",
    LONDON_MON_MAY20,
    None,
    ("the early May bank holiday", "2024-05-06", "day"),
    ("over the early May bank holiday weekend", "2024-05-04..2024-05-07", "weekend"),
    ("the Spring bank holiday", "2024-05-27", "day"),
)
rows(
    "read as before",
    RIYADH_SAT_JUN1,
    None,
    ("the Day of Arafah", "2024-06-15", "day"),
    ("Ramadan", "2024-03-11..2024-04-10", "range"),
    ("the start of Ramadan", "2024-03-11", "day"),
)
rows(
    "read as before",
    TOKYO_MON_JUN3,
    None,
    ("the April-September period", "2024-04-01..2024-10-01", "range"),
    ("the April-June quarter", "2024-04-01..2024-07-01", "quarter"),
)
rows("read as before", KOLKATA_MON_AUG5, None, ("on the 15th", "2024-08-15", "day"))
rows(
    "read as before",
    KOLKATA_TUE_NOV5,
    None,
    ("last Ramadan", "2024-03-11..2024-04-10", "range"),
    ("Ramadan this year", "2024-03-11..2024-04-10", "range"),
)
rows("read as before", NY_MON_0900, None, ("on Mon 6/3", "2024-06-03", "day"), ("Mon., 6/3", "2024-06-03", "day"))
rows(
    "read as before",
    LONDON_WED_OCT30,
    None,
    ("the US election day", "2024-11-05", "day"),
    ("the presidential election night", "2024-11-05T20:00..2024-11-06T06:00", "night"),
)
rows(
    "read as before",
    NY_WED_OCT30,
    None,
    ("Election Day", "2024-11-05", "day"),
    ("on election night", "2024-11-05T20:00..2024-11-06T06:00", "night"),
)
rows(
    "read as before",
    NY_TUE_1000,
    None,
    ("0300 GMT Tuesday", "2024-06-03T23:00", "minute"),
    ("at 11 pm Monday (0300 GMT Tuesday)", "2024-06-03T23:00", "minute"),
)
rows(
    "read as before",
    TOKYO_TUE_1200,
    None,
    ("2100 GMT Monday", "2024-06-04T06:00", "minute"),
    ("at 6 am Tuesday (2100 GMT Monday)", "2024-06-04T06:00", "minute"),
)
rows(
    "read as before",
    LONDON_TUE_1200,
    None,
    ("Tuesday morning or afternoon", "2024-06-04T06:00..2024-06-04T18:00", "range"),
    ("late Monday or early Tuesday", "2024-06-03T18:00..2024-06-04T06:00", "range"),
)
rows(
    "read as before",
    MANILA_SAT_NOV16,
    None,
    ("the next two or three years", "2024-11-16T11:00..2027-11-16T11:00", "range"),
)
rows(
    "read as before",
    NY_TUE_DEC31,
    None,
    ("the last trading day of 2024", "2024-12-31", "day"),
    ("in Tuesday's session", "2024-12-31", "day"),
)
rows(
    "read as before",
    KOLKATA_TUE_NOV5,
    None,
    ("Diwali", "2024-10-31", "day"),
    ("Onam", "2024-09-15", "day"),
    ("Bhai Duj", "2024-11-03", "day"),
    ("Vaisakhi", "2024-04-13", "day"),
)
rows(
    "read as before",
    SHANGHAI_SAT_JAN20,
    None,
    ("Chinese New Year", "2024-02-10", "day"),
    ("the Spring Festival", "2024-02-10", "day"),  # now by CN's own name for it; before, Singapore's Lunar New Year
    ("the Spring Festival holiday", "2024-02-10", "day"),
)
rows(
    "read as before",
    LONDON_WED_1500,
    None,
    ("was remanded until Friday", "2024-06-05T15:00..2024-06-08T00:00", "range"),
    ("adjourned until Friday", "2024-06-05T15:00..2024-06-08T00:00", "range"),
    ("will appear again on Friday", "2024-06-07", "day"),
    ("adjourned to next week", "2024-06-10..2024-06-17", "week"),
    ("adjourned to next month", "2024-07-01..2024-08-01", "month"),
)
rows(
    "read as before",
    PARIS_WED_1800,
    None,
    ("at 5:00 pm (1500 GMT)", "2024-06-05T17:00", "minute"),
    ("at 1700 (1500 GMT)", "2024-06-05T17:00", "minute"),
    ("around 11:00 am (0900 GMT) on Tuesday", "2024-06-04T11:00", "minute"),
    ("at 8:00 am (0600 GMT) Tuesday", "2024-06-04T08:00", "minute"),
    ("at 10:30 pm (2030 GMT)", "2024-06-04T22:30", "minute"),
    ("at 0700 GMT", "2024-06-05T09:00", "minute"),
    ("on Tuesday at 1400 GMT", "2024-06-04T16:00", "minute"),
)
rows(
    "read as before",
    BANGKOK_WED_1000,
    None,
    ("at 9:00 am (0200 GMT)", "2024-06-05T09:00", "minute"),
    ("at 11 pm (1600 GMT) Tuesday", "2024-06-04T23:00", "minute"),
)
rows(
    "read as before",
    LONDON_MON_0900,
    None,
    ("from Monday to Wednesday", "2024-05-27..2024-05-30", "range"),
    ("from Monday evening to Wednesday", "2024-05-27T18:00..2024-05-30T00:00", "range"),
)

# with the sentence, as the extractor gives it (the weekday taken alone): a fixture's day looks ahead from its noun
# after the words ("in Wednesday's quarterfinal": the Wednesday before; now the coming one), unless a verb of what
# happened stands in the sentence ("Chelsea beat Arsenal in Wednesday's quarterfinal", TimeML's "In Sunday's debate
# against Vacco, Spitzer attacked him": the day before, as it was); a court's next date from the words before it
CONTEXT_ROWS: list[tuple[str, str, datetime, str, str]] = [  # (text, sentence, published, expected, precision)
    ("Wednesday", "Chelsea face Arsenal in Wednesday's quarterfinal.", LONDON_MON_JUN3, "2024-06-05", "day"),
    ("Wednesday's", "Chelsea face Arsenal in Wednesday's quarterfinal.", LONDON_MON_JUN3, "2024-06-05", "day"),
    (
        "Tuesday",
        "Fans are queuing for tickets to Tuesday's semi-final at Wembley.",
        LONDON_MON_JUN3,
        "2024-06-04",
        "day",
    ),
    ("Sunday", "Millions are expected to watch Sunday's Super Bowl.", NY_FRI_FEB9, "2024-02-11", "day"),
    ("Wednesday", "Chelsea beat Arsenal in Wednesday's quarterfinal.", LONDON_MON_JUN3, "2024-05-29", "day"),
    ("Saturday", "Fans celebrated after Saturday's final.", LONDON_MON_JUN3, "2024-06-01", "day"),
    ("Sunday", "In Sunday's debate, the senator attacked him.", LONDON_MON_JUN3, "2024-06-02", "day"),
    ("Friday", "The case was adjourned to Friday.", LONDON_WED_1500, "2024-06-07", "day"),
    (
        "Friday",
        "He was remanded in custody to appear at Westminster Magistrates' Court on Friday.",
        LONDON_WED_1500,
        "2024-06-07",
        "day",
    ),
    ("Thursday", "She was bailed to appear before magistrates on Thursday.", LONDON_WED_1500, "2024-06-06", "day"),
    ("Friday", "The judge set a hearing for Friday.", NY_WED_1500, "2024-06-07", "day"),
    ("later Monday", "The president is to speak later Monday.", NY_SUN_2030, "2024-06-03", "day"),
    ("in early Asian trade", "The dollar slipped in early Asian trade.", NY_MON_1730, "2024-06-03", "day"),
    ("on 5/7", "The festival opens on 5/7 in Hyde Park.", LONDON_MON_0900, "2024-07-05", "day"),
    ("Election Day", "Americans vote on Election Day.", LONDON_WED_OCT30, "2024-11-05", "day"),
    # the court's words with no date right after them name no next date: the day of what was done, as before
    ("on Friday", "He was remanded to jail on Friday.", LONDON_WED_1500, "2024-05-31", "day"),
    ("on Friday", "She was bailed to her home address on Friday.", LONDON_WED_1500, "2024-05-31", "day"),
]

# refused, as before: no day the calendar or the words place
REFUSED = [
    ("3/6", LONDON_MON_0900),  # a fraction, a score, an over
    ("won 3/6", SYDNEY_MON_0900),
    ("from 3/6", LONDON_MON_0900),  # a range's first side, its other side not given
    ("the Super Bowl", NY_FRI_FEB9),  # an event, not a calendar's day
    ("adjourned to a date to be fixed", LONDON_WED_1500),
    # a day two provinces keep on other days (Heritage Day: Alberta's August, Nova Scotia's February), in Toronto
    ("Heritage Day", TORONTO_SAT_JUL20),
    # a state's day in a story of no known country (UTC): no state's calendar to read
    ("Heritage Day", at("2024-06-03T09:00", "UTC")),
    # a session alone may be parliament's: no market's day
    ("during the session", NY_MON_1730),
    ("at the end of the session", NY_MON_1730),
    ("the last session of the year", NY_TUE_DEC31),
    ("Eid", RIYADH_TUE_MAR5),  # two feasts: say which
    ("Navratri", KOLKATA_TUE_NOV5),  # not in holidays' Indian calendar
    # a British story's election day is Britain's, which no calendar places (before: the US one, 5 November)
    ("election day", LONDON_WED_OCT30),
    ("on election night", LONDON_WED_OCT30),
]


def test_each_class_in_zones_and_at_awkward_moments():
    assert {r[0] for r in ROWS} == {
        "a state's day",
        "later the next day",
        "numbers without a year",
        "a market's session",
        "a fixture's day",
        "a court's next date",
        "a feast by its name in print",
        "a night begun that day",
        "the weekend's games",
        "part of Ramadan",
        "the late May bank holiday",
        "a wire clock's own day",
        "one day, two parts",
        "the next 24 to 48 hours",
        "results' and courts' month words",
        "read as before",
    }
    assert len(ROWS) >= 200
    zones = {str(r[2].tzinfo) for r in ROWS}
    assert {PERTH, MELBOURNE, SYDNEY, LONDON, NY, TOKYO, KOLKATA, JAKARTA, PARIS, CHICAGO} <= zones


@pytest.mark.parametrize(
    ("cls", "text", "published", "status", "expected", "precision"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}" for r in ROWS],
)
def test_wire_phrases_sixteenth(cls, text, published, status, expected, precision):
    assert_reads(resolve(text, published, status=status), expected, published, precision)


@pytest.mark.parametrize(
    ("text", "sentence", "published", "expected", "precision"), CONTEXT_ROWS, ids=[r[1] for r in CONTEXT_ROWS]
)
def test_wire_phrases_sixteenth_in_their_sentence(text, sentence, published, expected, precision):
    assert_reads(resolve(text, published, context=sentence), expected, published, precision)


def test_a_score_in_its_sentence_stays_unread():
    with pytest.raises(DateError):
        resolve("3/6", LONDON_MON_0900, context="England won the toss and were 3/6 at lunch.")


@pytest.mark.parametrize(("text", "published"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_as_before(text, published):
    with pytest.raises(DateError):
        resolve(text, published)
