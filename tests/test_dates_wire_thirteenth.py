"""Wire-copy phrasings, thirteenth pass (issue 12): the classes the twelve earlier tables left, found by trying some 1,000
phrasings the way AP, Reuters, AFP, the BBC, NPR, the Guardian, Al Jazeera and the Kyiv Independent write them,
published in London, Paris, Kyiv, Moscow, Jerusalem, Tehran, Seoul, Bangkok, Tokyo, Sydney, Dublin and New York, on
month, year and DST boundaries (Kyiv on 30 March 2025, when EU clocks went forward; London on 27 October 2024 and New
York on 3 November 2024, when clocks went back; Tokyo on 30 December 2024; Paris on 30 June 2025, the last day of a
month and a half-year). Each section is a class that read wrong before this pass, nearly always without saying so; its
comment names the kind of copy the phrasing comes from. The rows are phrasings of the kinds those desks write, not
quotations of named stories (but the two AFP sentences from TE3 silver, named); each interval is the one an editor
would give, in dateline's precision words. Expected values are wall times in the publication's zone, as in
test_dates_wire.py ("2024-11-26" that day, "2024-11-26T09:00" that minute, "A..B" an explicit start and exclusive
end)."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import DateError, resolve
from test_dates_wire import assert_reads, at

NY, LONDON, PARIS, KYIV = "America/New_York", "Europe/London", "Europe/Paris", "Europe/Kyiv"
MOSCOW, JERUSALEM, TEHRAN, SEOUL = "Europe/Moscow", "Asia/Jerusalem", "Asia/Tehran", "Asia/Seoul"
BANGKOK, TOKYO, SYDNEY, SHANGHAI = "Asia/Bangkok", "Asia/Tokyo", "Australia/Sydney", "Asia/Shanghai"

ROWS: list[tuple[str, str, datetime, str | None, str, str]] = []  # (class, text, published, status, expected, prec.)
P = "planned"

# publication moments
PARIS_MON_JUN30 = at("2025-06-30T18:00", PARIS)  # Monday, the last day of June and of the first half-year
LONDON_MON = at("2025-03-31T09:00", LONDON)  # Monday, the day after UK clocks went forward
LONDON_WED = at("2024-11-20T09:00", LONDON)  # Wednesday morning
LONDON_SUN_FALLBACK = at("2024-10-27T09:00", LONDON)  # Sunday, the day UK clocks went back
KYIV_SUN_SPRING = at("2025-03-30T09:00", KYIV)  # Sunday, the day EU clocks went forward
NY_SUN_FALLBACK = at("2024-11-03T09:00", NY)  # Sunday, the day US clocks went back
NY_MON_NOV3 = at("2025-11-03T10:00", NY)  # Monday, the eve of an election day
TOKYO_MON_DEC30 = at("2024-12-30T20:00", TOKYO)  # Monday, the year's last working day
SYDNEY_MON_JUN30 = at("2025-06-30T12:00", SYDNEY)  # Monday, midwinter in the south


def rows(cls: str, published: datetime, status: str | None, *found: tuple[str, str, str]) -> None:
    for text, expected, precision in found:
        ROWS.append((cls, text, published, status, expected, precision))


# ============================================================ the Nth weekday of a month
# Before: the weekday alone, the most recent or the next ("on the last Friday of May" in June was the last Friday of
# June). AP and Reuters copy of meetings and rules ("the Fed meets on the first Tuesday in May", "held on the last
# Friday of the month"), US and British holiday rules ("the first Monday in September"), school-calendar copy
rows(
    "nth weekday of a month",
    PARIS_MON_JUN30,
    None,
    ("on the last Friday of May", "2025-05-30", "day"),
    ("on the first Monday of June", "2025-06-02", "day"),
    ("the third Thursday of November 2024", "2024-11-21", "day"),
    ("the first Sunday of the month", "2025-06-01", "day"),
)
rows(
    "nth weekday of a month",
    PARIS_MON_JUN30,
    P,
    ("on the first Monday in October", "2025-10-06", "day"),
    ("the second Tuesday of next month", "2025-07-08", "day"),
    ("the last Wednesday of July", "2025-07-30", "day"),
)
rows(
    "nth weekday of a month",
    NY_SUN_FALLBACK,
    P,
    ("the first Tuesday in December", "2024-12-03", "day"),
    ("on the fourth Thursday of November", "2024-11-28", "day"),
)
rows("nth weekday of a month", TOKYO_MON_DEC30, P, ("the second Monday of January", "2025-01-13", "day"))
# the weekend of it stays as it was read (fifth pass): the Nth Saturday and the Sunday after
rows("nth weekday of a month", PARIS_MON_JUN30, None, ("the last weekend of May", "2025-05-31..2025-06-02", "weekend"))

# ============================================================ since + a loose span
# Before: "since the turn of the century" was the turn itself (1999-2000), "since the start of the decade" its first
# year, "since the holiday season" the season: "since" was lost. Reuters and Guardian economics copy ("the biggest rise
# since the turn of the century", "since the start of the decade"), retail copy ("since the holiday season")
rows(
    "since a loose span",
    PARIS_MON_JUN30,
    None,
    ("since the turn of the century", "1999-01-01..2025-06-30T18:00", "range"),
    ("since the turn of the millennium", "1999-01-01..2025-06-30T18:00", "range"),
    ("since the turn of the year", "2024-12-01..2025-06-30T18:00", "range"),
    ("since the start of the decade", "2020-01-01..2025-06-30T18:00", "range"),
    ("since the holiday season", "2024-11-28..2025-06-30T18:00", "range"),
    ("since the second half of the 20th century", "1950-01-01..2025-06-30T18:00", "range"),
)
rows(
    "since a loose span", KYIV_SUN_SPRING, None, ("since the turn of the year", "2024-12-01..2025-03-30T09:00", "range")
)

# ============================================================ a day of a month said in words
# Before: the whole month ("the fifth of November", "the twelfth of June") or refused ("May first"). BBC and NPR
# transcripts and quotes ("on the twenty-fourth of February", "June the twelfth"), British copy of Bonfire Night ("the
# fifth of November"), columns; "the first of the month" (rent and benefits copy) is that month's first day
rows(
    "day of a month in words",
    PARIS_MON_JUN30,
    None,
    ("the fifth of November", "2024-11-05", "day"),
    ("the first of May", "2025-05-01", "day"),
    ("the twelfth of June", "2025-06-12", "day"),
    ("June the twelfth", "2025-06-12", "day"),
    ("May first", "2025-05-01", "day"),
    ("the twenty-fourth of February", "2025-02-24", "day"),
    ("the twenty fourth of February 2022", "2022-02-24", "day"),
    ("on the thirty-first of December", "2024-12-31", "day"),
    ("the first of the month", "2025-06-01", "day"),
    ("the 15th of last month", "2025-05-15", "day"),
    ("the fourth of July", "2025-07-04", "day"),
)
rows(
    "day of a month in words",
    PARIS_MON_JUN30,
    P,
    ("the first of next month", "2025-07-01", "day"),
    ("the 15th of next month", "2025-07-15", "day"),
)
rows("day of a month in words", KYIV_SUN_SPRING, None, ("the twenty-fourth of February", "2025-02-24", "day"))

# ============================================================ days of a month, the month said once, at the end
# Before: "from the 5th to the 8th of November" ran from the 5th of the publication's month to 8 November, "from the
# 5th of November to the 8th" from 5 November to the 8th of the publication's month. British event and court copy
# ("the festival runs from the 5th to the 8th of November", "from the 5th of November to the 8th")
rows(
    "day range, month once",
    PARIS_MON_JUN30,
    None,
    ("from the 5th to the 8th of November", "2024-11-05..2024-11-09", "range"),
    ("from the 5th to the 8th of November 2024", "2024-11-05..2024-11-09", "range"),
    ("between the 5th and the 8th of November", "2024-11-05..2024-11-09", "range"),
    ("from November 5th to the 8th", "2024-11-05..2024-11-09", "range"),
    ("from the fifth to the eighth of November", "2024-11-05..2024-11-09", "range"),
    ("from the 5th of November to the 8th", "2024-11-05..2024-11-09", "range"),
)
rows(
    "day range, month once", KYIV_SUN_SPRING, P, ("from the 5th to the 8th of April", "2025-04-05..2025-04-09", "range")
)

# ============================================================ a part of a century
# Before: the half or quarter of the publication's year ("the first half of the 20th century" was January-June 2025),
# or the whole century ("the last decade of the 20th century"). Guardian and BBC features and obituaries, AFP history
# copy ("in the first half of the 20th century", "the last quarter of the 20th century", "the first decade of this
# century"); counted as TimeML counts the century (the 20th is 1900-1999)
rows(
    "part of a century",
    PARIS_MON_JUN30,
    None,
    ("the first half of the 20th century", "1900-01-01..1950-01-01", "range"),
    ("the second half of the 19th century", "1850-01-01..1900-01-01", "range"),
    ("the latter half of the 1800s", "1850-01-01..1900-01-01", "range"),
    ("the first quarter of this century", "2000-01-01..2025-01-01", "range"),
    ("in the last quarter of the 20th century", "1975-01-01..2000-01-01", "range"),
    ("the first decade of this century", "2000-01-01..2010-01-01", "decade"),
    ("the last decade of the 20th century", "1990-01-01..2000-01-01", "decade"),
    ("the second half of last century", "1950-01-01..2000-01-01", "range"),
)
# a quarter of a century ago: 25 years (before: "a century ago", 1925; or refused)
rows(
    "part of a century",
    PARIS_MON_JUN30,
    None,
    ("a quarter of a century ago", "2000-01-01..2001-01-01", "year"),
    ("a quarter-century ago", "2000-01-01..2001-01-01", "year"),
    ("more than a quarter of a century ago", "2000-01-01..2001-01-01", "year"),
)
# the half and the quarter of a year stay as they were
rows("part of a century", PARIS_MON_JUN30, P, ("the first half of next year", "2026-01-01..2026-07-01", "half"))

# ============================================================ N years ago this season
# Before: this season ("25 years ago this summer" was this summer). Anniversary copy (AP "Today in History", BBC and
# Guardian: "it was 25 years ago this summer that...", "10 years ago this winter")
rows(
    "years ago this season",
    PARIS_MON_JUN30,
    None,
    ("25 years ago this summer", "2000-06-01..2000-09-01", "season"),
    ("a year ago this spring", "2024-03-01..2024-06-01", "season"),
    ("10 years ago this winter", "2014-12-01..2015-03-01", "season"),
)
# in Sydney the winter is June-August
rows("years ago this season", SYDNEY_MON_JUN30, None, ("10 years ago this winter", "2015-06-01..2015-09-01", "season"))

# ============================================================ overnight + two days
# Before: the night that ended on the first day ("overnight June 29-30" was the night of 28-29). Reuters and AFP war
# and weather copy ("Russia launched drones overnight on March 29-30", "overnight on 29-30 June"), as Ukrainian copy's
# "the night of 29-30 March" already was
rows(
    "overnight two days",
    PARIS_MON_JUN30,
    None,
    ("overnight on June 29-30", "2025-06-29T20:00..2025-06-30T06:00", "night"),
    ("overnight June 29-30", "2025-06-29T20:00..2025-06-30T06:00", "night"),
    ("overnight on 29-30 June", "2025-06-29T20:00..2025-06-30T06:00", "night"),
    ("overnight 29 to 30 June", "2025-06-29T20:00..2025-06-30T06:00", "night"),
)
# the night the EU clocks went forward: ten hours of wall time, nine elapsed
rows(
    "overnight two days",
    KYIV_SUN_SPRING,
    None,
    ("overnight on March 29-30", "2025-03-29T20:00..2025-03-30T06:00", "night"),
    ("overnight March 29-30", "2025-03-29T20:00..2025-03-30T06:00", "night"),
)
# "overnight on Saturday" stays the night that ends on that day (the issue's own example)
rows("overnight two days", KYIV_SUN_SPRING, None, ("overnight Saturday", "2025-03-28T20:00..2025-03-29T06:00", "night"))

# ============================================================ the eve of a named day
# Before: the day itself ("on the eve of Yom Kippur" was Yom Kippur, "Thanksgiving eve" Thanksgiving, "Lunar New
# Year's Eve" the New Year). AP and Times of Israel copy ("on the eve of Yom Kippur", "Passover eve"), US travel copy
# ("Thanksgiving eve, the busiest night"), Xinhua and AFP ("Lunar New Year's Eve"), TASS and Kyiv copy ("on the eve of
# Victory Day"), Reuters politics ("on the eve of Tuesday's vote"). Christmas Eve and New Year's Eve are days of their
# own, as before
rows(
    "eve of a named day",
    at("2025-09-20T10:00", JERUSALEM),
    P,
    ("on the eve of Yom Kippur", "2025-10-01", "day"),
    ("Yom Kippur eve", "2025-10-01", "day"),
    ("Rosh Hashanah eve", "2025-09-22", "day"),
)
rows(
    "eve of a named day",
    at("2025-11-20T10:00", NY),
    P,
    ("Thanksgiving eve", "2025-11-26", "day"),
    ("on Thanksgiving Eve", "2025-11-26", "day"),
)
rows(
    "eve of a named day",
    at("2025-01-20T10:00", SHANGHAI),
    P,
    ("Lunar New Year's Eve", "2025-01-28", "day"),
    ("on the eve of the Lunar New Year", "2025-01-28", "day"),
)
rows("eve of a named day", at("2025-05-05T10:00", MOSCOW), P, ("on the eve of Victory Day", "2025-05-08", "day"))
rows("eve of a named day", at("2025-01-03T10:00", MOSCOW), P, ("Orthodox Christmas Eve", "2025-01-06", "day"))
rows("eve of a named day", at("2025-03-20T10:00", NY), P, ("on the eve of Passover", "2025-04-12", "day"))
rows("eve of a named day", NY_MON_NOV3, P, ("on the eve of Tuesday's vote", "2025-11-03", "day"))
rows(
    "eve of a named day",
    at("2025-12-20T10:00", NY),
    P,
    ("Christmas Eve", "2025-12-24", "day"),
    ("on New Year's Eve", "2025-12-31", "day"),
)

# ============================================================ a people's or a faith's new year
# Before: 1 January ("the Persian New Year" in March was the next New Year's Day). AP and Al Jazeera copy from Iran
# and its diaspora ("celebrations of Nowruz, the Persian New Year"), AP religion copy ("the Jewish New Year"), Yonhap
# and AFP ("the Korean New Year holiday"), Reuters Bangkok ("Thai New Year"): that calendar's day, from ``holidays``
rows(
    "calendar new year",
    at("2025-03-10T10:00", TEHRAN),
    P,
    ("the Persian New Year", "2025-03-21", "day"),
)
rows(
    "calendar new year",
    at("2025-03-10T10:00", NY),
    P,
    ("the Persian New Year", "2025-03-21", "day"),
    ("the Iranian New Year", "2025-03-21", "day"),
)
rows("calendar new year", at("2025-09-10T10:00", NY), P, ("the Jewish New Year", "2025-09-23", "day"))
rows("calendar new year", at("2025-09-30T10:00", NY), None, ("the Jewish New Year", "2025-09-23", "day"))
rows("calendar new year", at("2025-01-10T10:00", SEOUL), P, ("the Korean New Year", "2025-01-29", "day"))
rows("calendar new year", at("2025-04-01T10:00", BANGKOK), P, ("Thai New Year", "2025-04-13", "day"))
rows("calendar new year", at("2025-09-10T10:00", NY), P, ("on the eve of the Jewish New Year", "2025-09-22", "day"))

# ============================================================ the small hours of this morning
# Before: the morning, 06:00-12:00. BBC and Guardian live pages ("a fire broke out in the early hours of this
# morning"), AP ("in the early morning hours of Sunday", shootings and fires at 1 to 4 a.m.)
rows(
    "small hours of this morning",
    LONDON_WED,
    None,
    ("in the early hours of this morning", "2024-11-20T00:00..2024-11-20T06:00", "small hours"),
    ("in the small hours of this morning", "2024-11-20T00:00..2024-11-20T06:00", "small hours"),
    ("in the early morning hours of Tuesday", "2024-11-19T00:00..2024-11-19T06:00", "small hours"),
    ("in the early morning hours", "2024-11-20T00:00..2024-11-20T06:00", "small hours"),
)
# the day UK clocks went back: the small hours have seven hours of elapsed time, their walls 00:00-06:00
rows(
    "small hours of this morning",
    LONDON_SUN_FALLBACK,
    None,
    ("in the early hours of this morning", "2024-10-27T00:00..2024-10-27T06:00", "small hours"),
)
rows(
    "small hours of this morning",
    NY_SUN_FALLBACK,
    None,
    ("in the early morning hours of Sunday", "2024-11-03T00:00..2024-11-03T06:00", "small hours"),
)

# ============================================================ a loose part of a year or a month
# Before: the whole year or month ("the closing months of 2024" was 2024, "the final days of June" June), or refused
# ("the latter part of the year"). Reuters and Bloomberg economics copy ("in the latter part of the year", "the early
# part of next year", "the closing months of 2024"), AP and BBC ("in the dying days of 2024", "the final days of
# June", "the first weeks of the year"): the third they name, as "late 2024" and "late June" are; days of a year are
# of its first or last month, weeks of a year that month, weeks of a month its half
rows(
    "loose part of a unit",
    PARIS_MON_JUN30,
    None,
    ("in the latter part of the year", "2025-09-01..2026-01-01", "range"),
    ("the first part of the year", "2025-01-01..2025-05-01", "range"),
    ("the middle part of the year", "2025-05-01..2025-09-01", "range"),
    ("the closing months of the year", "2025-09-01..2026-01-01", "range"),
    ("the final months of 2024", "2024-09-01..2025-01-01", "range"),
    ("the early months of 2024", "2024-01-01..2024-05-01", "range"),
    ("the last months of 1999", "1999-09-01..2000-01-01", "range"),
    ("the final days of June", "2025-06-21..2025-07-01", "part of month"),
    ("the first days of July", "2025-07-01..2025-07-11", "part of month"),
    ("the closing days of May", "2025-05-21..2025-06-01", "part of month"),
    ("in the final days of last month", "2025-05-21..2025-06-01", "part of month"),
    ("the latter part of May", "2025-05-21..2025-06-01", "part of month"),
    ("the early part of the month", "2025-06-01..2025-06-11", "part of month"),
    ("in the dying days of 2024", "2024-12-21..2025-01-01", "part of month"),
    ("the last days of last year", "2024-12-21..2025-01-01", "part of month"),
    ("the first weeks of the year", "2025-01-01..2025-02-01", "month"),
    ("in the early weeks of 2025", "2025-01-01..2025-02-01", "month"),
    ("the final weeks of last year", "2024-12-01..2025-01-01", "month"),
    ("in the last weeks of May", "2025-05-16..2025-06-01", "part of month"),
)
rows(
    "loose part of a unit",
    PARIS_MON_JUN30,
    P,
    ("the latter part of next year", "2026-09-01..2027-01-01", "range"),
    ("the early part of next year", "2026-01-01..2026-05-01", "range"),
)
rows(
    "loose part of a unit",
    TOKYO_MON_DEC30,
    None,
    ("in the final days of the year", "2024-12-21..2025-01-01", "part of month"),
    ("the closing months of the year", "2024-09-01..2025-01-01", "range"),
)
# "at the start of the new year": its first third, as "early in the new year" (before: New Year's Day)
rows(
    "loose part of a unit",
    TOKYO_MON_DEC30,
    P,
    ("at the start of the new year", "2025-01-01..2025-05-01", "range"),
    ("by the beginning of the new year", "2025-01-01..2025-05-01", "range"),
)

# ============================================================ more of the same classes, in other zones and on boundaries
# BBC and Guardian (London, the day UK clocks went back): the clock change's own rule ("the last Sunday in March"),
# Remembrance copy ("the second Sunday of November")
rows(
    "nth weekday of a month",
    LONDON_SUN_FALLBACK,
    None,
    ("the last Sunday of October", "2024-10-27", "day"),
    ("the second Sunday of November", "2024-11-10", "day"),
)
rows(
    "nth weekday of a month",
    LONDON_SUN_FALLBACK,
    P,
    ("the last Sunday in March", "2025-03-30", "day"),
    ("the first Thursday of next month", "2024-11-07", "day"),
)
rows("nth weekday of a month", KYIV_SUN_SPRING, None, ("the last Sunday of March", "2025-03-30", "day"))
rows("nth weekday of a month", KYIV_SUN_SPRING, P, ("the first Monday of April", "2025-04-07", "day"))
rows("nth weekday of a month", TOKYO_MON_DEC30, None, ("the last Friday of December", "2024-12-27", "day"))
rows("nth weekday of a month", TOKYO_MON_DEC30, P, ("the last Friday of January", "2025-01-31", "day"))
# AAP (Sydney): the Melbourne Cup, "the first Tuesday in November"
rows(
    "nth weekday of a month",
    SYDNEY_MON_JUN30,
    None,
    ("the first Tuesday in June", "2025-06-03", "day"),
)
rows("nth weekday of a month", SYDNEY_MON_JUN30, P, ("the first Tuesday in November", "2025-11-04", "day"))
rows(
    "since a loose span",
    NY_SUN_FALLBACK,
    None,
    ("since the turn of the century", "1999-01-01..2024-11-03T09:00", "range"),
    ("since the start of the decade", "2020-01-01..2024-11-03T09:00", "range"),
)
rows(
    "since a loose span", TOKYO_MON_DEC30, None, ("since the turn of the year", "2024-12-01..2024-12-30T20:00", "range")
)
rows(
    "day of a month in words",
    NY_SUN_FALLBACK,
    None,
    ("the fifth of November", "2024-11-05", "day"),
    ("the twenty-second of October", "2024-10-22", "day"),
)
rows("day of a month in words", LONDON_WED, None, ("the fifth of November", "2024-11-05", "day"))
rows("day of a month in words", TOKYO_MON_DEC30, None, ("the twenty-fifth of December", "2024-12-25", "day"))
rows("day of a month in words", TOKYO_MON_DEC30, P, ("the fifteenth of January", "2025-01-15", "day"))
rows(
    "part of a century",
    NY_SUN_FALLBACK,
    None,
    ("the first half of the 20th century", "1900-01-01..1950-01-01", "range"),
    ("a quarter century ago", "1999-01-01..2000-01-01", "year"),
)
rows("years ago this season", NY_SUN_FALLBACK, None, ("20 years ago this fall", "2004-09-01..2004-12-01", "season"))
rows("years ago this season", SYDNEY_MON_JUN30, None, ("25 years ago this summer", "1999-12-01..2000-03-01", "season"))
rows(
    "overnight two days",
    TOKYO_MON_DEC30,
    None,
    ("overnight December 29-30", "2024-12-29T20:00..2024-12-30T06:00", "night"),
)
rows(
    "overnight two days", LONDON_WED, None, ("overnight 17-18 November", "2024-11-17T20:00..2024-11-18T06:00", "night")
)
# Kyiv Independent and Ukrinform: "on the eve of Independence Day" (24 August, ``holidays`` UA)
rows(
    "eve of a named day",
    at("2025-08-20T10:00", KYIV),
    P,
    ("on the eve of Independence Day", "2025-08-23", "day"),
    ("Independence Day eve", "2025-08-23", "day"),
)
rows("eve of a named day", LONDON_WED, P, ("on the eve of Remembrance Sunday", "2025-11-08", "day"))
rows("calendar new year", at("2025-04-01T10:00", BANGKOK), P, ("the Khmer New Year", "2025-04-14", "day"))
rows("calendar new year", at("2025-04-01T10:00", "Asia/Dhaka"), P, ("Bengali New Year", "2025-04-14", "day"))
rows("calendar new year", at("2025-04-01T10:00", NY), P, ("Nepali New Year", "2025-04-14", "day"))
rows(
    "loose part of a unit",
    NY_SUN_FALLBACK,
    None,
    ("the closing months of the year", "2024-09-01..2025-01-01", "range"),
    ("the latter part of the year", "2024-09-01..2025-01-01", "range"),
    ("the final days of October", "2024-10-21..2024-11-01", "part of month"),
)
rows("loose part of a unit", NY_SUN_FALLBACK, P, ("the early part of next year", "2025-01-01..2025-05-01", "range"))
rows(
    "loose part of a unit",
    LONDON_WED,
    None,
    ("in the closing days of October", "2024-10-21..2024-11-01", "part of month"),
)
rows("loose part of a unit", LONDON_WED, P, ("the early part of next month", "2024-12-01..2024-12-11", "part of month"))
rows("loose part of a unit", TOKYO_MON_DEC30, None, ("the first months of the year", "2024-01-01..2024-05-01", "range"))
rows("loose part of a unit", TOKYO_MON_DEC30, P, ("the first weeks of next year", "2025-01-01..2025-02-01", "month"))

# ============================================================ the bank holiday, unnamed
# Before: refused ("the bank holiday weekend"), or the coming Monday, bank holiday or not ("bank holiday Monday" in a
# Monday story was that day). BBC, Guardian and Irish Times copy of traffic, weather and crowds ("over the bank holiday
# weekend", "on bank holiday Monday"): England's calendar (``holidays`` GB, ENG), Ireland's in an Irish story
LONDON_THU_MAY22 = at("2025-05-22T09:00", LONDON)  # the Thursday before the spring bank holiday
rows(
    "bank holiday",
    LONDON_MON,
    P,
    ("on the bank holiday Monday", "2025-04-21", "day"),
    ("bank holiday Monday", "2025-04-21", "day"),
    ("over the bank holiday weekend", "2025-04-19..2025-04-22", "weekend"),
    ("the bank holiday", "2025-04-18", "day"),
)
rows(
    "bank holiday",
    at("2025-05-06T09:00", LONDON),
    None,
    ("over the bank holiday weekend", "2025-05-03..2025-05-06", "weekend"),
    ("on bank holiday Monday", "2025-05-05", "day"),
)
rows(
    "bank holiday",
    LONDON_THU_MAY22,
    None,
    ("over the bank holiday weekend", "2025-05-24..2025-05-27", "weekend"),
    ("last bank holiday", "2025-05-05", "day"),
)
rows("bank holiday", LONDON_THU_MAY22, P, ("the next bank holiday", "2025-05-26", "day"))
rows(
    "bank holiday",
    at("2025-08-06T09:00", "Europe/Dublin"),
    None,
    ("over the bank holiday weekend", "2025-08-02..2025-08-05", "weekend"),
)
rows("bank holiday", at("2025-12-20T10:00", LONDON), P, ("the bank holiday", "2025-12-25", "day"))

# ============================================================ clock ranges written with the day first, or in wire time
# Before: "9 a.m.-5 p.m. Tuesday" was 9 p.m. Tuesday (the "a.m.-5" taken for a model number), "Tuesday from 7 a.m. to 8
# p.m." the coming Saturday's hours (the day lost), "between 0600 and 0800 GMT" began in the year 600, "0600-0800 GMT
# Thursday" ran a week. AP's listings and advisories ("Saturday, Nov. 2, from 10 a.m. to 2 p.m.", "polls are open
# Tuesday from 7 a.m. to 8 p.m."), Reuters' and AFP's wire times ("between 0600 and 0800 GMT")
NY_FRI_NOV1 = at("2024-11-01T10:00", NY)  # Friday, the last before US clocks went back
rows(
    "clock ranges",
    NY_FRI_NOV1,
    P,
    ("9 a.m.-5 p.m. Tuesday", "2024-11-05T09:00..2024-11-05T17:00", "range"),
    ("Tuesday from 7 a.m. to 8 p.m.", "2024-11-05T07:00..2024-11-05T20:00", "range"),
    ("on Nov. 5 between 9 a.m. and noon", "2024-11-05T09:00..2024-11-05T12:00", "range"),
    ("Saturday, Nov. 2, from 10 a.m. to 2 p.m.", "2024-11-02T10:00..2024-11-02T14:00", "range"),
    ("Saturday from noon to 4 p.m.", "2024-11-02T12:00..2024-11-02T16:00", "range"),
)
rows(
    "clock ranges",
    NY_FRI_NOV1,
    None,
    ("Thursday between 2 and 4 p.m.", "2024-10-31T14:00..2024-10-31T16:00", "range"),
    ("between 0600 and 0800 GMT", "2024-11-01T02:00..2024-11-01T04:00", "range"),
    ("0600-0800 GMT", "2024-11-01T02:00..2024-11-01T04:00", "range"),
    ("0600-0800 GMT Thursday", "2024-10-31T02:00..2024-10-31T04:00", "range"),
    ("between 2200 and 0200 GMT", "2024-10-31T18:00..2024-10-31T22:00", "range"),
)
rows(
    "clock ranges", KYIV_SUN_SPRING, None, ("between 0300 and 0500 GMT", "2025-03-30T06:00..2025-03-30T08:00", "range")
)

# ============================================================ a country's time
# Before: the zone dropped, the clock read in the story's zone ("8 a.m. Israel time" in a New York story was 8 a.m.
# there). AP and Reuters from the Middle East ("at 8 a.m. Israel time", "noon Iran time"), AP from Hawaii and Alaska
# ("11 a.m. Hawaii time", "HST", "AKST")
rows(
    "country time",
    NY_FRI_NOV1,
    None,
    ("at 8 a.m. Israel time", "2024-11-01T02:00", "minute"),
    ("at noon Iran time", "2024-11-01T04:30", "minute"),
    ("at 11 a.m. Hawaii time", "2024-10-31T17:00", "minute"),
    ("at 11 a.m. HST", "2024-10-31T17:00", "minute"),
    ("at 11 a.m. AKST", "2024-10-31T16:00", "minute"),
    ("at 9 p.m. Ukraine time", "2024-10-31T15:00", "minute"),
)

# ============================================================ a day copy names otherwise than ``holidays`` does
# Before: refused ("Bastille Day", "VE Day", "Indigenous Peoples' Day"). AFP and Reuters Paris ("the Bastille Day
# parade"), BBC and Guardian anniversaries ("the 80th anniversary of VE Day"), AP ("Indigenous Peoples' Day"), Kyiv copy
# ("the Day of Remembrance and Victory", 8 May since 2023)
rows(
    "named otherwise",
    at("2025-07-10T10:00", PARIS),
    P,
    ("Bastille Day", "2025-07-14", "day"),
    ("the Bastille Day parade", "2025-07-14", "day"),
    ("on the eve of Bastille Day", "2025-07-13", "day"),
)
rows("named otherwise", at("2025-07-20T10:00", PARIS), None, ("on Bastille Day", "2025-07-14", "day"))
rows(
    "named otherwise",
    at("2025-05-01T10:00", LONDON),
    P,
    ("VE Day", "2025-05-08", "day"),
    ("the 80th anniversary of VE Day", "2025-05-08", "day"),
)
rows("named otherwise", at("2025-10-08T10:00", NY), P, ("Indigenous Peoples' Day", "2025-10-13", "day"))
rows("named otherwise", at("2025-05-06T10:00", KYIV), P, ("Day of Remembrance and Victory", "2025-05-08", "day"))

# ============================================================ a winter of two years; seasons with the year said once
# Before: the two whole years ("the winter of 2022-2023"), or the last summer ("in the summer and autumn of 2023" in
# 2025 was the summer of 2024). Kyiv Independent and Reuters energy copy ("Ukraine's grid survived the winter of
# 2022-2023", "the 2022-23 winter"), BBC and AFP ("in the summer and autumn of 2023")
KYIV_THU_FEB20 = at("2025-02-20T10:00", KYIV)
rows(
    "winter of two years",
    KYIV_THU_FEB20,
    None,
    ("in the winter of 2022-2023", "2022-12-01..2023-03-01", "season"),
    ("the 2022-23 winter", "2022-12-01..2023-03-01", "season"),
    ("winter 2023/24", "2023-12-01..2024-03-01", "season"),
    ("in the summer and autumn of 2023", "2023-06-01..2023-12-01", "range"),
    ("in spring and summer 2023", "2023-03-01..2023-09-01", "range"),
)

# ============================================================ a date in numbers
# Before: month first everywhere (dateparser's order), so "05/11/2024" in a London story was 11 May and "05.11.2024" in a
# Berlin one too. British, Irish, Indian and Australian copy and police appeals write the day first ("on 05/11/2024");
# dots are day first wherever they are written (German, Russian, Ukrainian copy); US copy writes the month first, and
# a story whose country is not known keeps dateparser's order. Where one order only makes a date, that one
rows(
    "date in numbers",
    LONDON_WED,
    None,
    ("05/11/2024", "2024-11-05", "day"),
    ("5/11/24", "2024-11-05", "day"),
    ("on 12/11/2024", "2024-11-12", "day"),
    ("25/12/2023", "2023-12-25", "day"),
    ("5.11.2024", "2024-11-05", "day"),
)
rows("date in numbers", at("2024-11-20T09:00", "Asia/Kolkata"), None, ("12/11/2024", "2024-11-12", "day"))
rows("date in numbers", at("2024-11-20T09:00", SYDNEY), None, ("12/11/2024", "2024-11-12", "day"))
rows("date in numbers", at("2024-11-20T09:00", "Europe/Berlin"), None, ("05.11.2024", "2024-11-05", "day"))
rows(
    "date in numbers",
    at("2024-11-20T09:00", NY),
    None,
    ("05/11/2024", "2024-05-11", "day"),
    ("11/12/2024", "2024-11-12", "day"),
    ("12/25/2023", "2023-12-25", "day"),
    ("05.11.2024", "2024-11-05", "day"),
)

# ============================================================ full weeks, a year's first weekend, trading and business days
# Before: "the first full week of January" was the week of 1 January (30 December to 5 January), "the first weekend of
# the year" refused, "the last trading day of 2024" the whole year. AP and Reuters markets copy ("on the last trading
# day of 2024", "the first trading day of the year"), US and British business copy ("the first business day of next
# month", "the first working day of the year"), AP ("the first full week of January"): the NYSE's calendar for trading
# in a US story (``holidays.financial_holidays``), else the country's public holidays
NY_THU_JAN2 = at("2025-01-02T09:00", NY)
rows(
    "working days, full weeks",
    NY_THU_JAN2,
    None,
    ("the last trading day of 2024", "2024-12-31", "day"),
    ("the first trading day of the year", "2025-01-02", "day"),
    ("the last full week of December", "2024-12-23..2024-12-30", "week"),
    ("the last Friday of 2024", "2024-12-27", "day"),
    ("the first weekend of the year", "2025-01-04..2025-01-06", "weekend"),
)
rows(
    "working days, full weeks",
    NY_THU_JAN2,
    P,
    ("the first full week of January", "2025-01-06..2025-01-13", "week"),
    ("the second full week of January", "2025-01-13..2025-01-20", "week"),
    ("the last business day of the month", "2025-01-31", "day"),
    ("the first business day of next month", "2025-02-03", "day"),
    ("the first Monday of the year", "2025-01-06", "day"),
)
rows(
    "working days, full weeks",
    at("2025-01-02T09:00", LONDON),
    None,
    ("the first working day of the year", "2025-01-02", "day"),
)
rows(
    "working days, full weeks", PARIS_MON_JUN30, None, ("the last full week of June", "2025-06-23..2025-06-30", "week")
)
rows("working days, full weeks", PARIS_MON_JUN30, P, ("the first full week of July", "2025-07-07..2025-07-14", "week"))

# ============================================================ read as before (the nearest rows of classes fixed earlier)
# British idioms, wire clock times and ranges that a reader of these tables might think this pass touched: they read as
# the earlier passes made them (BBC, Reuters, AFP, AP)
rows(
    "as before",
    LONDON_WED,
    None,
    ("at the weekend", "2024-11-16..2024-11-18", "weekend"),
    ("late on Tuesday", "2024-11-19T18:00..2024-11-20T00:00", "evening"),
    ("before dawn on Tuesday", "2024-11-19T00:00..2024-11-19T06:00", "small hours"),
    ("at dawn on Sunday", "2024-11-17T00:00..2024-11-17T06:00", "small hours"),
    ("the day before yesterday", "2024-11-18", "day"),
    ("Tuesday, Nov. 5,", "2024-11-05", "day"),
    ("5th of November", "2024-11-05", "day"),
    ("between 1 and 3 March", "2024-03-01..2024-03-04", "range"),
    ("from 2014 to 2022", "2014-01-01..2023-01-01", "range"),
    ("2019-20", "2019-01-01..2021-01-01", "range"),
)
rows(
    "as before",
    KYIV_SUN_SPRING,
    None,
    ("at 0400 GMT", "2025-03-30T07:00", "minute"),
    ("at 11 p.m. Kyiv time on Saturday", "2025-03-29T23:00", "minute"),
    ("on the night of 29-30 March", "2025-03-29T20:00..2025-03-30T06:00", "night"),
    ("from 10 p.m. Saturday until 5 a.m. Sunday", "2025-03-29T22:00..2025-03-30T05:00", "range"),
)
rows(
    "as before",
    NY_SUN_FALLBACK,
    None,
    ("at 0530 GMT", "2024-11-03T01:30", "minute"),
    ("at 10 p.m. PT Saturday", "2024-11-03T01:00", "minute"),
)


# ============================================================ a part of an abbreviated month, and of "the month"
# Before: "Mid-Sept" was the whole of September (dateparser), "late Oct" was refused, "early in the month" too.
# International Crisis Group's CrisisWatch and ACLED's overviews write the month short, without its point, and the
# part of "the month" a monthly report covers
KYIV_OCT1 = at("2024-10-01T12:00", KYIV)  # a monthly report on September, published on the 1st
rows(
    "part of an abbreviated month",
    KYIV_OCT1,
    None,
    ("Mid-Sept", "2024-09-11..2024-09-21", "part of month"),
    ("early Sept", "2024-09-01..2024-09-11", "part of month"),
    ("late-Aug", "2024-08-21..2024-09-01", "part of month"),
    ("early in the month", "2024-10-01..2024-10-11", "part of month"),
    ("late in the month", "2024-10-21..2024-11-01", "part of month"),
    ("mid-month", "2024-10-11..2024-10-21", "part of month"),
)
rows(
    "part of an abbreviated month",
    NY_SUN_FALLBACK,
    None,
    ("in mid-Oct", "2024-10-11..2024-10-21", "part of month"),
    ("late Oct", "2024-10-21..2024-11-01", "part of month"),
)


# ============================================================ with the sentence: a timetable's present tense looks ahead
# Before: the weekday before ("Voters go to the polls on Thursday" in a Monday story was the Thursday gone). British and
# wire copy writes what is timetabled in the present ("goes to the polls", "appears in court", "comes into force",
# "takes effect", "polls open at 7am"); a report of it is in the past ("went", "appeared", "came into force"), which
# keeps the day before. Two are AFP's, from TE3 silver (AFP_ENG_20051213.0029, AFP_ENG_20051216.0342), the rest of the
# kinds BBC, Guardian and Reuters write
WITH_SENTENCE = [
    (
        "on Thursday",
        at("2005-12-13T12:00", "Asia/Baghdad"),
        "Iraq goes to the polls on Thursday to elect its first full-term parliament.",
        "2005-12-15",
    ),
    (
        "on Monday",
        at("2005-12-16T12:00", LONDON),
        "The Civil Partnership Act comes into force on Monday in Northern Ireland.",
        "2005-12-19",
    ),
    ("Thursday", LONDON_MON, "Voters go to the polls on Thursday.", "2025-04-03"),
    ("Thursday", LONDON_MON, "Voters went to the polls on Thursday.", "2025-03-27"),
    ("Thursday", LONDON_MON, "He appears in court on Thursday.", "2025-04-03"),
    ("Thursday", LONDON_MON, "He appeared in court on Thursday.", "2025-03-27"),
    ("Thursday", LONDON_MON, "He faces trial on Thursday.", "2025-04-03"),
    ("Thursday", LONDON_MON, "The new rules take effect on Thursday.", "2025-04-03"),
    ("Thursday", LONDON_MON, "The new rules took effect on Thursday.", "2025-03-27"),
    ("Thursday", LONDON_MON, "It comes into force on Thursday.", "2025-04-03"),
    ("Thursday", LONDON_MON, "It came into force on Thursday.", "2025-03-27"),
    ("Thursday", LONDON_MON, "Parliament returns on Thursday after the Easter recess.", "2025-04-03"),
    ("Thursday", LONDON_MON, "Ministers meet again on Thursday.", "2025-04-03"),
    ("Thursday", LONDON_MON, "Tickets go on sale on Thursday.", "2025-04-03"),
    ("Thursday", LONDON_MON, "The results are out on Thursday.", "2025-04-03"),
    ("Thursday", LONDON_MON, "The Bank of England announces its decision on Thursday.", "2025-04-03"),
    ("Thursday", LONDON_MON, "The Bank of England announced its decision on Thursday.", "2025-03-27"),
    ("7am on Thursday", LONDON_MON, "Polls open at 7am on Thursday.", "2025-04-03T07:00"),
    ("Thursday", NY_MON_NOV3, "Talks resumed on Thursday, officials said on Monday.", "2025-10-30"),
]


@pytest.mark.parametrize(("text", "published", "context", "expected"), WITH_SENTENCE, ids=[r[2] for r in WITH_SENTENCE])
def test_timetable_present_with_sentence(text, published, context, expected):
    precision = "minute" if "T" in expected else "day"
    assert_reads(resolve(text, published, context=context), expected, published, precision)


# ============================================================ refused, saying why (before: "cannot read" or a wrong day)
REFUSED = [
    # AP and Reuters diplomacy: the eve of what the calendar does not place
    ("on the eve of the summit", NY_MON_NOV3, "the day before another event"),
    ("on the eve of the anniversary", NY_MON_NOV3, "the day before another event"),
    # a calendar's new year no library here places (Russia's "Old New Year", 14 January, is no holiday there)
    ("the Orthodox New Year", at("2025-01-10T10:00", MOSCOW), "calendar's new year"),
    # there is none
    ("the fifth Monday of February", PARIS_MON_JUN30, "there is no fifth monday"),
]


@pytest.mark.parametrize(("text", "published", "says"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_thirteenth(text, published, says):
    with pytest.raises(DateError, match=says):
        resolve(text, published, status=P)


def test_the_table_covers_each_class_in_zones_and_boundaries():
    classes = {r[0] for r in ROWS}
    assert len(classes) >= 11 and len(ROWS) >= 150
    zones = {str(r[2].tzinfo) for r in ROWS}
    assert {NY, LONDON, PARIS, KYIV, TOKYO} <= zones
    moments = {r[2] for r in ROWS}
    assert {KYIV_SUN_SPRING, NY_SUN_FALLBACK, LONDON_SUN_FALLBACK, TOKYO_MON_DEC30, PARIS_MON_JUN30} <= moments


@pytest.mark.parametrize(
    ("cls", "text", "published", "status", "expected", "precision"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}" for r in ROWS],
)
def test_wire_phrases_thirteenth(cls, text, published, status, expected, precision):
    assert_reads(resolve(text, published, status=status), expected, published, precision)
