"""More wire-copy phrasings (issue 12, second pass): named days by the story's country,
midnight, parts of a week and of the year, "a week from Friday", clock ranges, "this time
last year". Rows as in test_dates_wire.py: the page each phrasing comes from is named above
its rows; expected values are wall times in the publication's zone ("2024-11-26" is that
day, "A..B" an explicit start and exclusive end)."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import resolve
from test_dates_wire import assert_reads, at

NY, KYIV, LONDON, MOSCOW = "America/New_York", "Europe/Kyiv", "Europe/London", "Europe/Moscow"
ROME, KOLKATA, TOKYO, CHICAGO = "Europe/Rome", "Asia/Kolkata", "Asia/Tokyo", "America/Chicago"

ROWS: list[
    tuple[str, str, datetime, str, str, str | None]
] = []  # (class, text, published, expected, precision, country)


def rows(cls: str, published: datetime, *found: tuple[str, str, str], country: str | None = None) -> None:
    for text, expected, precision in found:
        ROWS.append((cls, text, published, expected, precision, country))


# ============================================================ named days by the story's country
# NPR via businessremark.com, 2022-08-22: "Ukraine's independence day celebrations won't have the usual fanfare"
rows("named", at("2022-08-22T05:00", KYIV), ("Ukraine's independence day celebrations", "2022-08-24", "day"))
# DW via sepoy.net, 2022-08-24 (Kyiv): "fears that Russia could step up its attacks on Independence Day"
rows("named", at("2022-08-24T10:00", KYIV), ("could step up its attacks on Independence Day", "2022-08-24", "day"))
# the same day named from elsewhere: "the Independence Day of Ukraine" in a New York story
rows("named", at("2022-08-20T09:00", NY), ("the Independence Day of Ukraine", "2022-08-24", "day"))
# The Independent via newsbreak.com, 2022 (London, Friday before the clocks went forward on 27 March):
# "On Sunday, people across the UK will celebrate Mother's Day ... the US ... won't celebrate until 8 May"
rows(
    "named",
    at("2022-03-25T12:00:01", LONDON),
    ("people across the UK will celebrate Mother's Day", "2022-03-27", "day"),
)
rows(
    "named",
    at("2022-03-25T12:00:01", LONDON),
    ("won't celebrate Mother's Day until", "2022-05-08", "day"),
    country="US",
)
# Reuters via bdnews24.com, 2023-05-09 (Moscow): "Putin struck a rousing note in his Victory Day speech"
rows(
    "named",
    at("2023-05-09T15:00", MOSCOW),
    ("Putin struck a rousing note in his Victory Day speech", "2023-05-09", "day"),
)
# Reuters pictures "Global Diwali", 2012-11-12 (Mumbai): "a wholesale flower market ahead of Diwali in Kolkata"
rows("named", at("2012-11-12T12:00:01", KOLKATA), ("a wholesale flower market ahead of Diwali", "2012-11-13", "day"))
# AFP, 2006-12-20 (Washington; TE3 silver AFP_ENG_20061220.0701): "a menorah to mark Hanukkah" (eight days)
rows("named", at("2006-12-20T12:00", NY), ("a menorah to mark Hanukkah", "2006-12-16..2006-12-24", "range"))
# the same words on New Year's Eve in Tokyo: the eight days run across the year boundary
rows("named", at("2024-12-31T18:00", TOKYO), ("a menorah to mark Hanukkah", "2024-12-26..2025-01-03", "range"))
# AP, early March 2025 (Vatican City; the pope in hospital since Feb. 14, read here as of Monday 3 March):
# "Lent begins with Ash Wednesday and leads up to Easter on April 20"
rows("named", at("2025-03-03T12:00:01", ROME), ("Ash Wednesday", "2025-03-05", "day"))
# AP via krdo.com, 2023-02-22 (Rome), as a Tokyo paper carried it the next Thursday evening:
# "Francis had to forego participating in the traditional Ash Wednesday procession"
rows("named", at("2023-03-02T18:00", TOKYO), ("the traditional Ash Wednesday procession", "2023-02-22", "day"))
# Newser, 2020-06-20: "to commemorate Father's Day and Prince William's 38th birthday, both of which fall on Sunday"
rows("named", at("2020-06-20T12:00:01", NY), ("to commemorate Father's Day", "2020-06-21", "day"))

# ============================================================ midnight (AP: "midnight Saturday" is the end of Saturday)
# AP, "Hurricane Gilbert heads toward Dominican coast", filed 09-11 (1988) 03:48, Santo Domingo: "Tropical storm
# Gilbert ... strengthened into a hurricane Saturday night"; "Cabral said in a television alert shortly after
# midnight Saturday": the hour after Saturday's end
DOMINGO = "America/Santo_Domingo"
rows(
    "midnight",
    at("1988-09-11T03:48", DOMINGO),
    ("said in a television alert shortly after midnight Saturday", "1988-09-11T00:00..1988-09-11T01:00", "hour"),
)
# AFP, Seoul, Dec 7, 2005 (TE3 silver AFP_ENG_20051207.0065; the strike began on Thursday 8 December):
# "pilots ... said they would strike from shortly after midnight Wednesday"
rows(
    "midnight",
    at("2005-12-07T12:00", "Asia/Seoul"),
    ("they would strike from shortly after midnight Wednesday", "2005-12-08T00:00..2005-12-08T01:00", "hour"),
)
# Xinhua, Paris, 2006-11-17, a date alone (TE3 silver XIN_ENG_20061117.0007; the Socialist vote was on Thursday):
# "Royal ... acknowledged victory shortly before midnight": the last hour of the day before
rows(
    "midnight",
    at("2006-11-17T12:00", "Europe/Paris"),
    ("acknowledged victory shortly before midnight", "2006-11-16T23:00..2006-11-17T00:00", "hour"),
)
# the same words across a year boundary and on the night EU clocks went back (Sunday 27 October 2024)
rows(
    "midnight",
    at("2025-01-01T08:00", NY),
    ("acknowledged victory shortly before midnight", "2024-12-31T23:00..2025-01-01T00:00", "hour"),
    ("shortly before midnight on Tuesday", "2024-12-31T23:00..2025-01-01T00:00", "hour"),
)
rows(
    "midnight",
    at("2024-10-27T10:00", KYIV),
    ("said in a television alert shortly after midnight Saturday", "2024-10-27T00:00..2024-10-27T01:00", "hour"),
)
# Chicago Sun-Times, "1 killed, 5 wounded in Saturday shootings" (undated page; read as of the Sunday after,
# 2 June 2019): "between about midnight and 11 p.m. Saturday": the midnight that begins Saturday
rows(
    "midnight",
    at("2019-06-02T01:00", CHICAGO),
    ("between about midnight and 11 p.m. Saturday", "2019-06-01T00:00..2019-06-01T23:00", "range"),
)

# ============================================================ a week from Friday: counted on from that day
# The American Prospect, "Tue. Oct. 30 electoral vote predictor" (2012): "election day is a week from today"
rows("from day", at("2012-10-30T09:00", NY), ("a week from today", "2012-11-06", "day"))
# MIT 6.824 lecture 1 notes (published course notes, spring 2020, read on Tuesday 4 February):
# "first lab is due a week from Friday"
rows("from day", at("2020-02-04T10:00", NY), ("first lab is due a week from Friday", "2020-02-14", "day"))
# the same words across a year boundary (Tokyo, New Year's Eve) and in a Kyiv week with the EU clocks going back
rows(
    "from day",
    at("2024-12-31T18:00", TOKYO),
    ("a week from today", "2025-01-07", "day"),
    ("first lab is due a week from Friday", "2025-01-10", "day"),
    ("two weeks from Monday", "2025-01-20", "day"),
)
rows("from day", at("2024-10-24T10:00", KYIV), ("a week from tomorrow", "2024-11-01", "day"))

# ============================================================ parts of a week: Mon-Tue, Wed-Thu, Fri-Sun
# AFP, Berkeley, Dec 13, 2006 (Wednesday; TE3 silver AFP_ENG_20061213.0054):
# "Detailed regulations will be crafted in Berkeley after the ordinance becomes law at the end of the week"
rows(
    "part of week",
    at("2006-12-13T12:00", "America/Los_Angeles"),
    ("after the ordinance becomes law at the end of the week", "2006-12-15..2006-12-18", "part of week"),
)
# AFP, Vatican City, Dec 2, 2006 (Saturday; AFP_ENG_20061202.0254), across the month boundary:
# "The ordination was announced at the start of the week by China's Catholic Church"
rows(
    "part of week",
    at("2006-12-02T12:00", ROME),
    ("The ordination was announced at the start of the week", "2006-11-27..2006-11-29", "part of week"),
)
# AFP, Nantes, Dec 12, 2006 (AFP_ENG_20061212.0696): "Georges Eo revealed at the start of the week"
rows(
    "part of week",
    at("2006-12-12T12:00", "Europe/Paris"),
    ("Georges Eo revealed at the start of the week", "2006-12-11..2006-12-13", "part of week"),
)
# AFP, Biaro, Zaire, April 29, 1997 (AFP_ENG_19970429.0591):
# "Some 30,000 people had been housed in Biaro until the beginning of last week"
rows(
    "part of week",
    at("1997-04-29T12:00", "Africa/Lubumbashi"),
    ("had been housed in Biaro until the beginning of last week", "1997-04-21..1997-04-23", "part of week"),
)
# Xinhua, Grozny, 2005-11-27 (Sunday; XIN_ENG_20051127.0170), across the month boundary:
# "official results will only be available by the end of next week"
rows(
    "part of week",
    at("2005-11-27T12:00", MOSCOW),
    ("official results will only be available by the end of next week", "2005-12-02..2005-12-05", "part of week"),
)
# Xinhua, London, 2005-11-27 (XIN_ENG_20051127.0191): "they looked jaded after their midweek Uefa Cup trip"
rows(
    "part of week",
    at("2005-11-27T12:00", LONDON),
    ("they looked jaded after their midweek Uefa Cup trip", "2005-11-23..2005-11-25", "part of week"),
)
# AFP, Madrid, 2005-12-10 (AFP_ENG_20051209.0133): "The Champions League loss to Olympiakos in midweek"
rows(
    "part of week",
    at("2005-12-10T12:00", "Europe/Madrid"),
    ("The Champions League loss to Olympiakos in midweek", "2005-12-07..2005-12-09", "part of week"),
)

# ============================================================ clock ranges ("and" after "between"; the day said once)
# No dated wire copy with these found in the time given (pages, TE3 silver, TBAQ): the phrasings are
# issue 12's own list, read against publications in three zones, one on a month boundary.
rows(
    "clock range",
    at("2024-11-13T09:00", NY),
    ("between 1 and 3 p.m.", "2024-11-12T13:00..2024-11-12T15:00", "range"),
    ("between 10 p.m. and 2 a.m. Saturday", "2024-11-08T22:00..2024-11-09T02:00", "range"),
)
rows(
    "clock range",
    at("2024-10-01T18:00", TOKYO),
    ("between 9 and 11 a.m.", "2024-10-01T09:00..2024-10-01T11:00", "range"),
    ("between 10 p.m. and 2 a.m. Sunday", "2024-09-28T22:00..2024-09-29T02:00", "range"),
)
rows(
    "clock range",
    at("2024-03-03T12:00:01", LONDON),
    ("between 11 a.m. and 1 p.m. Saturday", "2024-03-02T11:00..2024-03-02T13:00", "range"),
)

# ============================================================ the weekend of a day
# Hilltromper (Santa Cruz), "Ultimate October Weekend", 2019 (read as of Thursday 10 October):
# "The weekend of October 12-13 includes some multi-day goodies"
rows(
    "weekend of",
    at("2019-10-10T12:00:01", "America/Los_Angeles"),
    ("The weekend of October 12-13 includes some multi-day goodies", "2019-10-12..2019-10-14", "weekend"),
)
# The Amherst Student, "If I May: When is Halloweekend?", October 2018 (Halloween on a Wednesday; read as of
# Wednesday 24 October): "the weekend of Nov. 2 is a plain, regular old weekend" (a Friday: Friday to Sunday)
rows(
    "weekend of",
    at("2018-10-24T12:00:01", NY),
    ("the weekend of Nov. 2 is a plain, regular old weekend", "2018-11-02..2018-11-05", "weekend"),
)
# issue 12's example, read in Kyiv on the Sunday EU clocks went back (14 October 2024 was a Monday:
# the long weekend that ends with it)
rows("weekend of", at("2024-10-27T10:00", KYIV), ("the weekend of Oct. 14", "2024-10-12..2024-10-15", "weekend"))

# ============================================================ this time last year
# AFP, Washington, Dec 18, 2006 (TE3 silver AFP_ENG_20061218.0011):
# "a program to get us out of there ... by this time next year"
rows(
    "this time",
    at("2006-12-18T12:00", NY),
    ("a program to get us out of there by this time next year", "2007-12-18", "day"),
)
# AFP, Beijing, April 8, 1997 (AFP_ENG_19970408.0277), Amnesty in Geneva:
# "they (China) said the same thing at the same time last year"
rows(
    "this time",
    at("1997-04-08T12:00", "Europe/Zurich"),
    ("they said the same thing at the same time last year", "1996-04-08", "day"),
)
# the same words on a leap day (Tokyo): a year back is 28 February
rows(
    "this time",
    at("2024-02-29T09:00", TOKYO),
    ("they said the same thing at the same time last year", "2023-02-28", "day"),
)


@pytest.mark.parametrize(
    ("cls", "text", "published", "expected", "precision", "country"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}" for r in ROWS],
)
def test_wire_copy_more(cls, text, published, expected, precision, country):
    assert_reads(resolve(text, published, country=country), expected, published, precision)


def test_the_rule_says_which_country_a_mothers_day_is():
    assert "US" in resolve("Mother's Day", at("2024-05-01T09:00", TOKYO)).rule
    assert "GB" in resolve("Mother's Day", at("2024-03-01T09:00", LONDON)).rule


def test_a_rate_a_week_is_no_week_from_a_day():
    # BBC, 2021-04-05: "Everyone in England is to be given access to two rapid coronavirus tests a week from
    # Friday": twice a week, from Friday (9 April), not a week after it
    text = "Everyone in England is to be given access to two rapid coronavirus tests a week from Friday"
    got = resolve(text, at("2021-04-05T10:00", LONDON))
    assert got.start.date().isoformat() == "2021-04-09" and got.precision == "day"
