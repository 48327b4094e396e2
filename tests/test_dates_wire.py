"""Dates as wire copy writes them: a table of phrasings taken from real AP, Reuters, AFP,
BBC and local-wire copy (the page each comes from is named above its rows), each with the
interval an editor gives it, read against publication moments in several zones and on
month, year and DST boundaries. One section per class of issue 12.

Expected values are wall times in the publication's zone: "2024-11-26" is that day,
"2024-11-26T09:00" that minute, "A..B" an explicit start and exclusive end.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateline.db.dates import PRECISIONS, DateError, resolve

NY, KYIV, TOKYO, LONDON = "America/New_York", "Europe/Kyiv", "Asia/Tokyo", "Europe/London"
SYDNEY, LAGOS, PARIS, CHICAGO = "Australia/Sydney", "Africa/Lagos", "Europe/Paris", "America/Chicago"


def at(wall: str, zone: str) -> datetime:
    return datetime.fromisoformat(wall).replace(tzinfo=ZoneInfo(zone))


# publication moments; weekday in the name
NY_WED = at("2024-11-20T09:00", NY)  # a Wednesday, eight days before Thanksgiving
NY_SUN_FALLBACK = at("2024-11-03T10:00", NY)  # Sunday, the day US clocks went back
NY_SUN_SPRING = at("2024-03-10T14:00", NY)  # Sunday, the day US clocks went forward
NY_NEW_YEAR = at("2025-01-01T08:00", NY)  # Wednesday, New Year's Day
KYIV_SAT = at("2024-09-21T12:00:01", KYIV)  # Saturday (timed, not a day alone)
KYIV_SUN_FALLBACK = at("2024-10-27T10:00", KYIV)  # Sunday, the day EU clocks went back
KYIV_FRI_MAR1 = at("2024-03-01T09:30", KYIV)  # Friday, first of a month after 29 February
TOKYO_TUE_DEC31 = at("2024-12-31T18:00", TOKYO)  # Tuesday, last day of the year
TOKYO_THU_JAN2 = at("2025-01-02T10:00", TOKYO)  # Thursday, second day of the year
LONDON_FRI = at("2025-01-03T22:00", LONDON)  # Friday night, BBC News at Ten
SYDNEY_SUN_SPRING = at("2024-10-06T12:00", SYDNEY)  # Sunday, the day Sydney clocks went forward
LAGOS_SUN = at("2023-01-15T12:30", LAGOS)  # Sunday

ROWS: list[tuple[str, str, datetime, str, str]] = []  # (class, text, published, expected, precision)


def rows(cls: str, published: datetime, *pairs: tuple[str, str, str]) -> None:
    for text, expected, precision in pairs:
        ROWS.append((cls, text, published, expected, precision))


# ============================================================ 1. plans read as plans
# AP, "Election 2020 Today", 2020-11-01 (Sunday)
# https://wsls.com/news/politics/2020/11/01/election-2020-today-trump-leans-into-rallies-tv-lawyers-up
AP_20201101 = at("2020-11-01T07:00", NY)
rows(
    "1 plans",
    AP_20201101,
    ("Trump will hold five campaign rallies in five states on Sunday", "2020-11-01", "day"),
    ("with plans by the Trump campaign for seven more rallies on Monday", "2020-11-02", "day"),
    ("Trump hosted four rallies in the pivotal state of Pennsylvania on Saturday", "2020-10-31", "day"),
    ("Democratic challenger Joe Biden will be in Pennsylvania on Monday", "2020-11-02", "day"),
)
# Gwinnett Daily Post, 2020-11-01 (Sunday)
# https://www.gwinnettdailypost.com/local/sen-kelly-loeffler-rep-doug-collins-coming-to-gwinnett-on-eve-of-senate-special-election/
rows(
    "1 plans",
    AP_20201101,
    ("have announced plans to visit Gwinnett County on Monday", "2020-11-02", "day"),
    (
        "is scheduled to briefly drop by Briscoe Field in Lawrenceville on Monday morning",
        "2020-11-02T06:00..2020-11-02T12:00",
        "morning",
    ),
    ("the day before Tuesday's election", "2020-11-02", "day"),
    # said on a Sunday, "last week" is the Monday-to-Sunday week before this one (as TimeBank annotates it)
    ("a visit to Buford last week", "2020-10-19..2020-10-26", "week"),
)
# AP, Mississippi Senate runoff, live updates of Sunday 2018-11-25
# https://www.clarionledger.com/story/news/politics/2018/11/26/mississippi-senate-candidates-make-final-pitches/2112845002/
AP_20181125 = at("2018-11-25T19:00", CHICAGO)
rows(
    "1 plans",
    AP_20181125,
    ("the U.S. Senate special election runoff in Mississippi set for Tuesday", "2018-11-27", "day"),
    ("The winner of Tuesday's runoff gets the final two years of the term", "2018-11-27", "day"),
    (
        "Hyde-Smith spoke to Republican stalwarts at a Meridian museum Sunday afternoon",
        "2018-11-25T12:00..2018-11-25T18:00",
        "afternoon",
    ),
    ("Jones spoke Sunday evening on a conference call", "2018-11-25T18:00..2018-11-26T00:00", "evening"),
    ("who will join Congress next year", "2019-01-01..2020-01-01", "year"),
)
# WRDW, Georgia runoff visits, 2020-12-17 (Thursday)
# https://www.wrdw.com/2020/12/17/republicans-step-up-the-visits-in-georgia-runoff-battle/
WRDW = at("2020-12-17T12:00:01", NY)
rows(
    "1 plans",
    WRDW,
    ("Republican Sen. Ted Cruz is coming to our area Friday", "2020-12-18", "day"),
    ("will be at Evans Towne Center Park from 1-2:30 p.m. Sunday", "2020-12-20T13:00..2020-12-20T14:30", "range"),
    ("He came to Augusta last week", "2020-12-07..2020-12-14", "week"),
    ("the Nov. 3 election", "2020-11-03", "day"),
)
# Sachse News, runoff election day, 2020-07-09 (Thursday)
# https://sachsenews.com/2020/07/09/election-day-set-for-tuesday/
SACHSE = at("2020-07-09T12:00:01", CHICAGO)
rows(
    "1 plans",
    SACHSE,
    ("Voters will head to the polls one last time before November this Tuesday", "2020-07-14", "day"),
    ("Election Day for the political party primary runoff election is set for July 14", "2020-07-14", "day"),
    ("with early voting concluding Friday, July 10", "2020-07-10", "day"),
    ("postponed from an original May 26 date", "2020-05-26", "day"),
)
# AP, Inter Miami in the US Open Cup, 2023-08-22 (Tuesday)
# https://www.bworldonline.com/page/3245/?cat=jp
AP_MESSI = at("2023-08-22T10:00", NY)
rows(
    "1 plans",
    AP_MESSI,
    (
        "Messi and Inter Miami will play in a major semifinal when they visit FC Cincinnati on Wednesday night",
        "2023-08-23T20:00..2023-08-24T06:00",
        "night",
    ),
    ("will still be in the starting lineup Wednesday", "2023-08-23", "day"),
    ("Martino told reporters Monday", "2023-08-21", "day"),
    ("following a 1-1 draw in Saturday night's final", "2023-08-19T20:00..2023-08-20T06:00", "night"),
    ("held to a draw only by New England on July 1", "2023-07-01", "day"),
)
# the record's status: planned looks ahead, a report looks back; the publication's own weekday is that day
for status_words, expected in (
    ("on Thursday", "2024-11-21"),
    ("on Wednesday", "2024-11-20"),
    ("on Tuesday", "2024-11-26"),
    ("Monday", "2024-11-25"),
):
    ROWS.append(("1 plans (status=planned)", status_words, NY_WED, expected, "day"))
rows(
    "1 plans",
    NY_WED,
    ("on Thursday", "2024-11-14", "day"),
    ("on Wednesday", "2024-11-20", "day"),
    ("on Tuesday", "2024-11-19", "day"),
    ("by Friday", "2024-11-22", "day"),
    ("ahead of Sunday's runoff", "2024-11-24", "day"),
    ("before Saturday's vote", "2024-11-23", "day"),
    ("will reopen at 9 a.m. Monday", "2024-11-25T09:00", "minute"),
    ("is set for Wednesday", "2024-11-20", "day"),
)

# ============================================================ 2. since X
# Reuters, UK markets, 2022-09-28 (Wednesday)  https://talk103fm.com/category/business/page/724
REUTERS_20220928 = at("2022-09-28T10:30", LONDON)
rows(
    "2 since",
    REUTERS_20220928,
    (
        "The value of the pound and British bonds have collapsed since Friday",
        "2022-09-23T00:00..2022-09-28T10:30",
        "range",
    ),
)
# Reuters, Wall Street, 2014-12-19 (Friday)  http://fortress-capital-group.com/archives/date/2014/12/page/9
REUTERS_20141219 = at("2014-12-19T16:30", NY)
rows(
    "2 since",
    REUTERS_20141219,
    ("its biggest weekly increase since December 2011", "2011-12-01T00:00..2014-12-19T16:30", "range"),
)
rows(
    "2 since",
    AP_20181125,
    (
        "Hyde-Smith has been serving under a temporary appointment since April",
        "2018-04-01T00:00..2018-11-25T19:00",
        "range",
    ),
)
rows(
    "2 since",
    NY_WED,
    ("since March 1, 2014", "2014-03-01T00:00..2024-11-20T09:00", "range"),
    ("since January", "2024-01-01T00:00..2024-11-20T09:00", "range"),
    ("since 2019", "2019-01-01T00:00..2024-11-20T09:00", "range"),
    ("since Tuesday", "2024-11-19T00:00..2024-11-20T09:00", "range"),
    (
        "the first time a lawmaker has been killed in the city since the takeover in August 2021",
        "2021-08-01T00:00..2024-11-20T09:00",
        "range",
    ),
)
rows(
    "2 since",
    TOKYO_THU_JAN2,
    ("since December", "2024-12-01T00:00..2025-01-02T10:00", "range"),
    ("since Monday", "2024-12-30T00:00..2025-01-02T10:00", "range"),
    ("since last year", "2024-01-01T00:00..2025-01-02T10:00", "range"),
)
rows(
    "2 since",
    KYIV_FRI_MAR1,
    ("since Feb. 24, 2022", "2022-02-24T00:00..2024-03-01T09:30", "range"),
    ("since Thursday", "2024-02-29T00:00..2024-03-01T09:30", "range"),
)

# ============================================================ 3. ranges
# Sputnik, 2024-07-15 18:14 UTC: "a high-level conference ... from June 15-16"
# https://sputnikglobe.com/20240715/zelensky-expects-russia-to-attend-second-ukraine-conference-in-november-1119382588.html
SPUTNIK = at("2024-07-15T18:14", "UTC")
rows(
    "3 ranges",
    SPUTNIK,
    ("a high-level conference on Ukraine at the Burgenstock resort from June 15-16", "2024-06-15..2024-06-17", "range"),
)
# Ukrainska Pravda, 2024-10-08 17:54 Kyiv: "The last such conference will take place on 30-31 October"
# https://www.pravda.com.ua/eng/news/2024/10/8/7478756/
PRAVDA = at("2024-10-08T17:54", KYIV)
rows(
    "3 ranges",
    PRAVDA,
    ("The last such conference will take place on 30-31 October", "2024-10-30..2024-11-01", "range"),
    ("on 30-31 October", "2024-10-30..2024-11-01", "range"),
)
rows(
    "3 ranges",
    SACHSE,
    (
        "Polls will be open from 7 a.m. to 7 p.m. on Election Day, July 14",
        "2020-07-14T07:00..2020-07-14T19:00",
        "range",
    ),
)
rows(
    "3 ranges",
    NY_WED,
    ("Oct. 14-16", "2024-10-14..2024-10-17", "range"),
    ("Nov. 3-4", "2024-11-03..2024-11-05", "range"),
    ("June 2 to 4", "2024-06-02..2024-06-05", "range"),
    ("from June 2 to June 4", "2024-06-02..2024-06-05", "range"),
    ("between June 2 and June 4", "2024-06-02..2024-06-05", "range"),
    ("from Tuesday, March 3 through Thursday, March 5, 2026", "2026-03-03..2026-03-06", "range"),
    ("from Monday to Wednesday", "2024-11-18..2024-11-21", "range"),
    ("the week of Nov. 11", "2024-11-11..2024-11-18", "week"),
    ("from 2019 to 2021", "2019-01-01..2022-01-01", "range"),
    ("between 2015 and 2020", "2015-01-01..2021-01-01", "range"),
    ("Dec. 2-6", "2024-12-02..2024-12-07", "range"),
)
rows(
    "3 ranges",
    TOKYO_THU_JAN2,
    ("Dec. 30 to Jan. 1", "2024-12-30..2025-01-02", "range"),
    ("from Monday to Wednesday", "2024-12-30..2025-01-02", "range"),
    ("the week of Dec. 23", "2024-12-23..2024-12-30", "week"),
)
rows(
    "3 ranges",
    KYIV_SUN_FALLBACK,
    ("from Friday to Sunday", "2024-10-25..2024-10-28", "range"),
    ("Oct. 25-27", "2024-10-25..2024-10-28", "range"),
)

# ============================================================ 4. wire clock times
# AFP via The Asian Age, Nice church attack, published 2020-10-30 (story of Thursday 29 October)
# https://www.asianage.com/world/europe/301020/church-attack-in-nice-what-we-know-so-far.html
AFP_NICE = at("2020-10-29T18:00", PARIS)
rows(
    "4 wire clock",
    AFP_NICE,
    ("At 8:29 am French time (0729 GMT)", "2020-10-29T08:29", "minute"),
    ("0729 GMT", "2020-10-29T08:29", "minute"),
    ("at 0729 GMT on Thursday", "2020-10-29T08:29", "minute"),
)
# BBC News at Ten, 2025-01-03 22:00 GMT; Reuters/AFP clock style on the same evening
rows(
    "4 wire clock",
    LONDON_FRI,
    ("at 1215 GMT", "2025-01-03T12:15", "minute"),
    ("0930 GMT on Friday", "2025-01-03T09:30", "minute"),
    ("at 1215 GMT (3:15 p.m. local time)", "2025-01-03T12:15", "minute"),
    ("at 2130 GMT", "2025-01-03T21:30", "minute"),
    ("0400 GMT on Thursday", "2025-01-02T04:00", "minute"),
)
rows(
    "4 wire clock",
    KYIV_SAT,
    # 1215 GMT is 15:15 in Kyiv, after this noon story: the day before (class 8)
    ("at 1215 GMT", "2024-09-20T15:15", "minute"),
    ("0930 GMT on Friday", "2024-09-20T12:30", "minute"),
    ("at 0815 local time", "2024-09-21T08:15", "minute"),
    ("0800 GMT", "2024-09-21T11:00", "minute"),
    ("at 10:45 p.m. EDT on Friday", "2024-09-21T05:45", "minute"),
)
rows(
    "4 wire clock",
    TOKYO_TUE_DEC31,
    ("at 0300 GMT", "2024-12-31T12:00", "minute"),
    ("2300 GMT on Monday", "2024-12-31T08:00", "minute"),
    ("at 9:30 a.m. local time", "2024-12-31T09:30", "minute"),
)
rows(
    "4 wire clock",
    NY_SUN_FALLBACK,
    ("at 1400 GMT", "2024-11-03T09:00", "minute"),
    ("0530 GMT", "2024-11-03T01:30", "minute"),
    ("at 10 a.m. ET", "2024-11-03T10:00", "minute"),
)
# The Desk, NewsNation's new schedule, January 2024: "keeping its 6 a.m. Eastern Time (3 a.m. Pacific Time)
# start"; zone names spelled out (read in the story's zone before: 06:00 London)
# https://thedesk.net/2024/01/newsnation-new-weekday-schedule-weekend-news/
rows(
    "4 wire clock",
    at("2024-01-10T18:00", LONDON),
    ("its 6 a.m. Eastern Time (3 a.m. Pacific Time) start", "2024-01-10T11:00", "minute"),
    ("3 a.m. Pacific Time", "2024-01-10T11:00", "minute"),
    ("at 1100 Greenwich Mean Time", "2024-01-10T11:00", "minute"),
    ("at 6 a.m. Eastern Standard Time", "2024-01-10T11:00", "minute"),
)
rows(
    "4 wire clock",
    SYDNEY_SUN_SPRING,
    ("at 0100 GMT", "2024-10-06T12:00", "minute"),
    ("2200 GMT on Saturday", "2024-10-06T09:00", "minute"),
)

# ============================================================ 5. named days
# Reuters, UK fuel queues, Sept 28 2021: "price rises in the run up to Christmas"
# https://headlinescurator.com/tag/brxt/page/3/?amp
REUTERS_20210928 = at("2021-09-28T12:00:01", LONDON)
rows(
    "5 named days",
    REUTERS_20210928,
    ("price rises in the run up to Christmas", "2021-09-28T12:00..2021-12-25T00:00", "range"),
    ("on Christmas Day", "2020-12-25", "day"),
    ("by Christmas", "2021-12-25", "day"),
)
# BBC News at Ten, 2025-01-03: "as people return to work and school after the christmas break"
rows(
    "5 named days",
    LONDON_FRI,
    ("on Christmas Day", "2024-12-25", "day"),
    ("on Christmas Eve", "2024-12-24", "day"),
    ("on New Year's Eve", "2024-12-31", "day"),
    ("on New Year's Day", "2025-01-01", "day"),
    ("Orthodox Christmas", "2025-01-07", "day"),
)
rows(
    "5 named days",
    NY_WED,
    ("on Thanksgiving", "2024-11-28", "day"),
    ("the Fourth of July", "2024-07-04", "day"),
    ("on Independence Day", "2024-07-04", "day"),
    ("Easter", "2024-03-31", "day"),
    ("Christmas Eve", "2024-12-24", "day"),
    ("last Christmas", "2023-12-25", "day"),
    ("Thanksgiving 2023", "2023-11-23", "day"),
    ("Easter 2025", "2025-04-20", "day"),
)
rows(
    "5 named days",
    KYIV_FRI_MAR1,
    ("on Orthodox Christmas", "2024-01-07", "day"),
    ("Orthodox Easter", "2024-05-05", "day"),  # nine weeks ahead: the coming one
    ("by Orthodox Easter", "2024-05-05", "day"),
    ("on New Year's Eve", "2023-12-31", "day"),
)
rows(
    "5 named days",
    TOKYO_THU_JAN2,
    ("on Christmas Day", "2024-12-25", "day"),
    ("on New Year's Day", "2025-01-01", "day"),
    ("Christmas Eve", "2024-12-24", "day"),
)
# AP, US election and federal holiday copy
rows(
    "5 named days",
    NY_WED,
    ("voters went to the polls on Election Day", "2024-11-05", "day"),
    ("Election Day 2020", "2020-11-03", "day"),
    ("on Veterans Day", "2024-11-11", "day"),
    ("will be sworn in on Inauguration Day", "2025-01-20", "day"),
    ("Juneteenth", "2024-06-19", "day"),
    ("Labor Day weekend", "2024-08-31..2024-09-03", "weekend"),
)
# AP/Reuters holiday copy: "during the holy month of Ramadan", "ahead of Lunar New Year", "on Yom Kippur"
rows(
    "5 named days",
    NY_WED,
    ("during the holy month of Ramadan", "2024-03-11..2024-04-10", "range"),
    ("the start of Ramadan", "2024-03-11", "day"),
    ("on Yom Kippur", "2024-10-12", "day"),
    ("Passover", "2024-04-23", "day"),
    ("ahead of Lunar New Year", "2025-01-29", "day"),
)
rows(
    "5 named days",
    LAGOS_SUN,
    ("during Eid al-Fitr last year", "2022-05-02", "day"),
)

# ============================================================ 6. phrasings refused before
# BBC News at Ten 2025-01-03: "the strain on the health service this winter"; "next week"
rows(
    "6 refused before",
    LONDON_FRI,
    ("the strain on the health service this winter", "2024-12-01..2025-03-01", "season"),
    ("next week could be especially tough", "2025-01-06..2025-01-13", "week"),
    ("in the winter", "2024-12-01..2025-03-01", "season"),
    ("last summer", "2024-06-01..2024-09-01", "season"),
    ("late last year", "2024-09-01..2025-01-01", "range"),
    ("in the 1980s", "1980-01-01..1990-01-01", "decade"),
)
# Reuters via fxempire (2021-12): "will step down ... at the end of February"; "by the end of 2020"
# http://wp.fxempire.com/author/reuters/page/387/
REUTERS_20211210 = at("2021-12-10T12:00:01", LONDON)
rows(
    "6 refused before",
    REUTERS_20211210,
    ("He will step down from his job at the end of February", "2022-02-21..2022-03-01", "part of month"),
    ("had killed some 350,000 people by the end of 2020", "2020-12-01..2021-01-01", "month"),
    ("Last month, ISWAP killed a Nigerian army general", "2021-11-01..2021-12-01", "month"),
)
# headtopics (AP): "a peace summit ... by the end of February"; "Back in September"; "In November"
# https://us.headtopics.com/news/ukraine-aims-for-february-peace-summit-as-russian-attacks-and-threats-continue-33359449
AP_20221227 = at("2022-12-27T12:00:01", NY)
rows(
    "6 refused before",
    AP_20221227,
    (
        "a peace summit between his government and Russia by the end of February",
        "2023-02-21..2023-03-01",
        "part of month",
    ),
    ("Back in September, Russian authorities held four sham referendums", "2022-09-01..2022-10-01", "month"),
    ("In November, Russian forces retreated from Kherson", "2022-11-01..2022-12-01", "month"),
)
rows(
    "6 refused before",
    NY_WED,
    ("later in the week", "2024-11-21..2024-11-25", "week"),
    ("earlier in the week", "2024-11-18..2024-11-25", "week"),
    ("the following month", "2024-12-01..2025-01-01", "month"),
    ("earlier in the month", "2024-11-01..2024-12-01", "month"),
    ("at the end of the year", "2024-12-01..2025-01-01", "month"),
    ("in mid-November", "2024-11-11..2024-11-21", "part of month"),
    ("in early May", "2024-05-01..2024-05-11", "part of month"),
    ("in late May", "2024-05-21..2024-06-01", "part of month"),
    ("in the 1990s", "1990-01-01..2000-01-01", "decade"),
    ("in the '90s", "1990-01-01..2000-01-01", "decade"),
    ("early this year", "2024-01-01..2024-05-01", "range"),
    ("mid-2023", "2023-05-01..2023-09-01", "range"),
    ("in the summer", "2024-06-01..2024-09-01", "season"),
    ("last spring", "2024-03-01..2024-06-01", "season"),
    ("in the fall", "2024-09-01..2024-12-01", "season"),
    ("summer 2023", "2023-06-01..2023-09-01", "season"),
    ("late October", "2024-10-21..2024-11-01", "part of month"),
    ("at the end of the month", "2024-11-21..2024-12-01", "part of month"),
    ("earlier this month", "2024-11-01..2024-12-01", "month"),
)
rows(
    "6 refused before",
    SYDNEY_SUN_SPRING,
    ("in the winter", "2024-06-01..2024-09-01", "season"),
    ("this summer", "2024-12-01..2025-03-01", "season"),
    ("last summer", "2023-12-01..2024-03-01", "season"),
)
# the place's hemisphere when known: a Sydney-zoned story about Kyiv (latitude 50.45)
ROWS.append(("6 refused before (place north)", "in the winter", SYDNEY_SUN_SPRING, "2023-12-01..2024-03-01", "season"))
rows(
    "6 refused before",
    TOKYO_THU_JAN2,
    ("late last year", "2024-09-01..2025-01-01", "range"),
    ("in mid-December", "2024-12-11..2024-12-21", "part of month"),
    ("later in the month", "2025-01-03..2025-02-01", "month"),
)

# ============================================================ 7. small hours
# AP, Philadelphia: "The shooting happened around 1 a.m. Tuesday"
# https://www.seattletimes.com/nation-world/1-dead-2-hurt-in-philadelphia-apartment-complex-shooting/
# AP, Little Rock, 2019-09-15 11:49: "gunfire was reported ... about 2:30 a.m. Sunday"
# https://5newsonline.com/2019/09/15/police-say-1-dead-1-injured-in-little-rock-shooting/
AP_LITTLE_ROCK = at("2019-09-15T11:49", CHICAGO)
rows(
    "7 small hours",
    AP_LITTLE_ROCK,
    (
        "gunfire was reported in a commercial area of the city about 2:30 a.m. Sunday",
        "2019-09-15T02:30",
        "minute",
    ),
    ("an early-morning shooting", "2019-09-15T06:00..2019-09-15T12:00", "morning"),
    ("early Sunday", "2019-09-15T00:00..2019-09-15T06:00", "small hours"),
)
# Tucson News Now, 2017-05-28: "a deadly shooting early Sunday morning"; "just after 1:30 a.m. on May 28"
# http://www.tucsonnewsnow.com/story/35535032/two-shot-one-dead-overnight-in-tucson
TUCSON = at("2017-05-28T12:23", "America/Phoenix")
rows(
    "7 small hours",
    TUCSON,
    ("just after 1:30 a.m. on May 28", "2017-05-28T01:30..2017-05-28T02:30", "hour"),
    ("police said early Sunday", "2017-05-28T00:00..2017-05-28T06:00", "small hours"),
)
# AP via Journal Gazette, 2023-01-15: "shot dead around 3 a.m. Saturday"
# https://www.journalgazette.net/news/national/national-world-briefs/article_bad4a022-9538-11ed-a8fb-5f47b8d72a56.html
rows(
    "7 small hours",
    LAGOS_SUN,
    ("Nabizada and her guard were shot dead around 3 a.m. Saturday", "2023-01-14T03:00..2023-01-14T04:00", "hour"),
    ("early Saturday", "2023-01-14T00:00..2023-01-14T06:00", "small hours"),
)
rows(
    "7 small hours",
    NY_WED,
    ("early Tuesday", "2024-11-19T00:00..2024-11-19T06:00", "small hours"),
    ("early Wednesday", "2024-11-20T00:00..2024-11-20T06:00", "small hours"),
    ("midnight Friday", "2024-11-16T00:00", "minute"),
    ("by midnight Friday", "2024-11-23T00:00", "minute"),
    ("in the early hours of Monday", "2024-11-18T00:00..2024-11-18T06:00", "small hours"),
)
# AP style, "in the predawn hours of Sunday", "before dawn on Friday"; holiday weekends
rows(
    "7 small hours",
    NY_WED,
    ("in the predawn hours of Sunday", "2024-11-17T00:00..2024-11-17T06:00", "small hours"),
    ("before dawn on Friday", "2024-11-15T00:00..2024-11-15T06:00", "small hours"),
)
rows(
    "5 named days",
    NY_WED,
    ("over the Thanksgiving holiday weekend", "2024-11-28..2024-12-02", "weekend"),
    ("Memorial Day weekend", "2024-05-25..2024-05-28", "weekend"),
)
rows(
    "6 refused before",
    NY_WED,
    ("the week before last", "2024-11-04..2024-11-11", "week"),
    ("in the first week of March", "2024-03-01..2024-03-08", "week"),
    ("the last week of April", "2024-04-24..2024-05-01", "week"),
)
rows(
    "4 wire clock",
    NY_WED,
    # AFP style: local time first, GMT in brackets. The GMT time is the instant (the dateline's
    # "local" need not be this New York story's zone): 1900 GMT is 14:00 here, after this 09:00
    # story: the day before; "around" the local time makes the GMT one as rough
    ("at around 10 p.m. local time (1900 GMT)", "2024-11-19T14:00..2024-11-19T15:00", "hour"),
    # AFP from Gaza/Beirut/Moscow datelines, read by a New York desk: "at 9 a.m. (0600 GMT)",
    # "16:30 local time (1330 GMT)"; the bracketed GMT time is the instant, in either order
    ("at 9 a.m. (0600 GMT)", "2024-11-20T01:00..2024-11-20T01:01", "minute"),
    ("at 16:30 local time (1330 GMT)", "2024-11-20T08:30..2024-11-20T08:31", "minute"),
    ("at 0400 local (0100 GMT) on Tuesday", "2024-11-18T20:00..2024-11-18T20:01", "minute"),
)
rows(
    "7 small hours",
    NY_SUN_FALLBACK,
    ("early Sunday", "2024-11-03T00:00..2024-11-03T06:00", "small hours"),
    ("early Saturday", "2024-11-02T00:00..2024-11-02T06:00", "small hours"),
)
rows(
    "7 small hours",
    KYIV_SUN_FALLBACK,
    ("early Sunday", "2024-10-27T00:00..2024-10-27T06:00", "small hours"),
    ("overnight", "2024-10-26T20:00..2024-10-27T06:00", "night"),
)

# ============================================================ 8. a clock time later than publication
# Minneapolis (Star Tribune via Highlands News-Sun), story filed early Sunday 2020-06-21:
# "revised their total upward in a tweet posted just after 3 a.m."; "started shooting around 12:30 a.m."
# https://www.midfloridanewspapers.com/highlands_news-sun/numerous-shootings-over-weekend/article_e5052e80-b3c1-11ea-a5ec-1b609c72f00e.html
MPLS = at("2020-06-21T09:00", CHICAGO)
rows(
    "8 clock after publication",
    MPLS,
    ("in a tweet posted just after 3 a.m.", "2020-06-21T03:00..2020-06-21T04:00", "hour"),
    ("individuals on foot started shooting around 12:30 a.m.", "2020-06-21T00:30", "minute"),
    ("Syracuse officers had arrived at the scene just before 9 p.m.", "2020-06-20T21:00..2020-06-20T22:00", "hour"),
    ("a shooting at 10:40 p.m.", "2020-06-20T22:40", "minute"),
)
# AP, Nice, "The Latest" (all times local), 2020-10-29: "10:25 p.m." entries filed that evening
# https://www.wsls.com/news/world/2020/10/29/the-latest-pope-prays-for-nice-church-attack-end-to-terror/
rows(
    "8 clock after publication",
    at("2020-10-29T22:30", PARIS),
    ("10:25 p.m.", "2020-10-29T22:25", "minute"),
    ("10:20 p.m.", "2020-10-29T22:20", "minute"),
)
rows(
    "8 clock after publication",
    NY_WED,
    ("shortly after 10:40 p.m.", "2024-11-19T22:40..2024-11-19T23:40", "hour"),
    ("at 8:15 a.m.", "2024-11-20T08:15", "minute"),
    ("at 11 p.m.", "2024-11-19T23:00", "minute"),
    ("the meeting will begin at 3 p.m.", "2024-11-20T15:00", "minute"),
)
rows(
    "8 clock after publication",
    NY_NEW_YEAR,
    ("at 11:50 p.m.", "2024-12-31T23:50", "minute"),
    ("at 12:05 a.m.", "2025-01-01T00:05", "minute"),
)
rows(
    "8 clock after publication",
    KYIV_FRI_MAR1,
    ("at 22:15", "2024-02-29T22:15", "minute"),
    ("at 07:40", "2024-03-01T07:40", "minute"),
)

# ============================================================ 9. relative to another event
# Reuters "Friday Morning Briefing" 2018-11-09: "two days after the vote" (the vote: Nov. 6)
# https://www.reuters.com/article/us-newsnow-nov09/friday-morning-briefing-idUSKCN1NE1KR
rows(
    "9 relative to an event",
    at("2018-11-09T08:28", NY),
    ("two days after the Nov. 6 vote", "2018-11-08", "day"),
)
# AFP via Arab News 2019-09-02: "Two years later, he received asylum" -- refused without its event
rows(
    "9 relative to an event",
    KYIV_SAT,
    ("the day before Tuesday's vote", "2024-09-23", "day"),
)

# ============================================================ 10. until X
# BBC News 2025-01-05 15:30: "the amber alert ... lasts ... through until midnight tonight"
# https://archive.org./details/BBCNEWS_20250105_153000_BBC_News/start/664/end/724?q=peter
BBC_20250105 = at("2025-01-05T15:30", LONDON)
rows(
    "10 until",
    BBC_20250105,
    ("until midnight tonight", "2025-01-05T15:30..2025-01-06T00:00", "range"),
    ("until Friday", "2025-01-05T15:30..2025-01-11T00:00", "range"),
    ("until Tuesday", "2025-01-05T15:30..2025-01-08T00:00", "range"),
)
# Reuters via fxempire: "will remain available to the company until the end of 2022"
rows(
    "10 until",
    REUTERS_20211210,
    ("will remain available to the company until the end of 2022", "2021-12-10T12:00..2023-01-01T00:00", "range"),
)
rows(
    "10 until",
    NY_WED,
    ("until Friday", "2024-11-20T09:00..2024-11-23T00:00", "range"),
    ("until Dec. 1", "2024-11-20T09:00..2024-12-02T00:00", "range"),
    ("until next week", "2024-11-20T09:00..2024-12-02T00:00", "range"),
    ("until January", "2024-11-20T09:00..2025-02-01T00:00", "range"),
)
rows(
    "10 until",
    KYIV_SUN_FALLBACK,
    ("until Monday", "2024-10-27T10:00..2024-10-29T00:00", "range"),
)

# ============================================================ 11. quarters, halves, fiscal years
# dpa-AFX on Thomson Reuters, 2025-08-06 (Wednesday): "for the third quarter, the company expects";
# "In the second quarter, net earnings plunged"; "maintained fiscal 2025 outlook"; "from $1.86 a year ago"
# https://www.finanznachrichten.de/nachrichten-2025-08/66104251-thomson-reuters-q2-profit-down-adj-eps-beats-market-backs-fy25-outlook-020.htm
DPA_TRI = at("2025-08-06T08:00", NY)
rows(
    "11 quarters",
    DPA_TRI,
    ("In the second quarter, net earnings plunged to $313 million", "2025-04-01..2025-07-01", "quarter"),
    ("for the third quarter, the company expects organic revenue growth", "2025-07-01..2025-10-01", "quarter"),
    ("the company maintained fiscal 2025 outlook", "2025-01-01..2026-01-01", "year"),
    ("Q2", "2025-04-01..2025-07-01", "quarter"),
    ("second-quarter profit", "2025-04-01..2025-07-01", "quarter"),
    ("the latest quarter", "2025-04-01..2025-07-01", "quarter"),
    ("the first half", "2025-01-01..2025-07-01", "half"),
    ("the second half of 2024", "2024-07-01..2025-01-01", "half"),
    ("the fourth quarter of 2024", "2024-10-01..2025-01-01", "quarter"),
    ("Q4 2024", "2024-10-01..2025-01-01", "quarter"),
    ("the fourth quarter", "2024-10-01..2025-01-01", "quarter"),
    ("the first quarter", "2025-01-01..2025-04-01", "quarter"),
)
# Reportify on Toro's 10-Q: "net sales for the third quarter of fiscal 2025" (fiscal year from November)
# https://marketinference.com/analysis/r/2025/09/04/TTC  -- with --fiscal-year-start 11 in the test below
rows(
    "11 quarters",
    at("2025-02-10T08:00", NY),
    ("fourth-quarter results", "2024-10-01..2025-01-01", "quarter"),
    ("third-quarter profit", "2024-07-01..2024-10-01", "quarter"),
    ("the first quarter", "2025-01-01..2025-04-01", "quarter"),
    ("Q1", "2025-01-01..2025-04-01", "quarter"),
)
rows(
    "11 quarters",
    TOKYO_THU_JAN2,
    ("the fourth quarter", "2024-10-01..2025-01-01", "quarter"),
    ("the latest quarter", "2024-10-01..2025-01-01", "quarter"),
    ("fiscal 2024", "2024-01-01..2025-01-01", "year"),
)

# P&G results via assetroom, April 2025: "the third quarter and nine months ended March 31, 2025"
# https://www.assetroom.net/s/procter-gamble/bpf73a/procter-gamble-reports-q3-financial-results-with-decline-in-net-sales-but-increase-in-net-earnings
# Reportify filings: "the nine months ended September 30, 2025", "the three months ended September 30, 2025"
# https://reportify.ai/financials/1183694785077186560 ; General Mills: "the quarter ended February 23, 2025"
# https://www.reportify.ai/filings/1099958358951202816
rows(
    "11 quarters",
    at("2025-04-24T07:00", NY),
    ("nine months ended March 31, 2025", "2024-07-01..2025-04-01", "range"),
    ("the three months ended March 31, 2025", "2025-01-01..2025-04-01", "quarter"),
    ("in the three months to March", "2025-01-01..2025-04-01", "quarter"),
    ("the first nine months of fiscal 2024", "2024-01-01..2024-10-01", "range"),
    ("so far this year", "2025-01-01T00:00..2025-04-24T07:00", "range"),
    ("in the March quarter", "2025-01-01..2025-04-01", "quarter"),
)
rows(
    "11 quarters",
    at("2025-11-04T08:00", NY),
    ("Total revenues for the nine months ended September 30, 2025", "2025-01-01..2025-10-01", "range"),
    ("for the three months ended September 30, 2025", "2025-07-01..2025-10-01", "quarter"),
    ("the quarter ended Sept. 30", "2025-07-01..2025-10-01", "quarter"),
)

# ============================================================ 12. a year ago, a year earlier
rows(
    "12 a year ago",
    DPA_TRI,
    # a sentence about quarterly results: the same quarter a year back (issue 12, class 12)
    ("Earnings per share fell 63 percent to $0.69 from $1.86 a year ago", "2024-04-01..2024-07-01", "quarter"),
    ("a year earlier", "2024-08-06", "day"),
    ("the previous year", "2024-01-01..2025-01-01", "year"),
    ("a month ago", "2025-07-01..2025-08-01", "month"),  # that month, as TimeML annotates it
    ("a week ago", "2025-07-30", "day"),
)
rows(
    "12 a year ago",
    KYIV_FRI_MAR1,
    ("a year ago", "2023-03-01", "day"),
    ("a month ago", "2024-02-01..2024-03-01", "month"),
)
rows(
    "12 a year ago",
    at("2024-02-29T12:00:01", LONDON),
    ("a year ago", "2023-02-28", "day"),
    ("a year earlier", "2023-02-28", "day"),
)
rows(
    "12 a year ago",
    TOKYO_TUE_DEC31,
    ("a year ago", "2023-12-31", "day"),
    ("a month ago", "2024-11-01..2024-12-01", "month"),
    ("the previous year", "2023-01-01..2024-01-01", "year"),
)

# ============================================================ 13. a month or a day without a year
# devdiscourse (Reuters, Kyiv) 2019-10-03: "We have some schedule problems in October";
# "last met ... in October 2016"  https://www.devdiscourse.com/article/international/693615-kremlin-says-no-date-set-yet-for-ukraine-peace-summit
REUTERS_KYIV = at("2019-10-03T17:58", KYIV)
rows(
    "13 month without year",
    REUTERS_KYIV,
    ("We have some schedule problems in October", "2019-10-01..2019-11-01", "month"),
    ("last met in what was known as the Normandy format in October 2016", "2016-10-01..2016-11-01", "month"),
    ("The Kremlin said on Thursday", "2019-10-03", "day"),
)
# Fakti (Reuters) 2024-06-21: "On June 14, Russian President Vladimir Putin said"
# https://fakti.bg/en/world/890773-kyiv-second-ukraine-peace-conference-set
rows(
    "13 month without year",
    at("2024-06-21T22:13", KYIV),
    ("On June 14, Russian President Vladimir Putin said", "2024-06-14", "day"),
    (
        "More than 90 countries participated in the first conference in Switzerland last week",
        "2024-06-10..2024-06-17",
        "week",
    ),
)
# Ukrainska Pravda 2024-10-08: "the US presidential election on 5 November"
rows(
    "13 month without year",
    PRAVDA,
    ("before the US presidential election on 5 November", "2024-11-05", "day"),
    ("in November", "2024-11-01..2024-12-01", "month"),
)
# vidostream (RT) 2024-10-08: "Zelensky held an ambitiously-named 'peace summit' in June"
rows(
    "13 month without year",
    PRAVDA,
    ("Zelensky held an ambitiously-named peace summit in June", "2024-06-01..2024-07-01", "month"),
)
# BBC News 2022-12-11: "the bombing attack in december 1988"
rows(
    "13 month without year",
    at("2022-12-11T16:00", LONDON),
    ("the bombing attack in december 1988", "1988-12-01..1989-01-01", "month"),
    ("destroyed a block of flats yesterday", "2022-12-10", "day"),
)
rows(
    "13 month without year",
    NY_WED,
    ("in March", "2024-03-01..2024-04-01", "month"),
    ("in May", "2024-05-01..2024-06-01", "month"),
    ("in December", "2024-12-01..2025-01-01", "month"),
    ("will take office in January", "2025-01-01..2025-02-01", "month"),
    ("in September", "2024-09-01..2024-10-01", "month"),
    ("on March 3", "2024-03-03", "day"),
    ("Sept. 5", "2024-09-05", "day"),
    ("Dec. 5", "2024-12-05", "day"),
    ("is scheduled for March 3", "2025-03-03", "day"),
)
rows(
    "13 month without year",
    TOKYO_THU_JAN2,
    ("in December", "2024-12-01..2025-01-01", "month"),
    ("Dec. 27", "2024-12-27", "day"),
    ("in November", "2024-11-01..2024-12-01", "month"),
    ("on Jan. 10", "2025-01-10", "day"),
)
rows(
    "13 month without year",
    KYIV_FRI_MAR1,
    ("Feb. 29", "2024-02-29", "day"),
    ("in February", "2024-02-01..2024-03-01", "month"),
    ("in October", "2023-10-01..2023-11-01", "month"),
)

# ============================================================ Tokyo datelines (AP, Reuters)
# AP via CSMonitor, 2014-05-05 (Monday): "jolted Tokyo early Monday"; "at 5:18 a.m. local time (2018 GMT Sunday)"
# http://www.csmonitor.com/Science/2014/0505/Tokyo-earthquake-Powerful-quake-jolts-Japan-s-capital
AP_TOKYO = at("2014-05-05T09:00", TOKYO)
rows(
    "tokyo",
    AP_TOKYO,
    ("A strong earthquake jolted Tokyo early Monday", "2014-05-05T00:00..2014-05-05T06:00", "small hours"),
    ("the quake at 5:18 a.m. local time (2018 GMT Sunday)", "2014-05-05T05:18", "minute"),
    ("2018 GMT Sunday", "2014-05-05T05:18", "minute"),
    ("A strong temblor on Monday morning injured 17 people", "2014-05-05T06:00..2014-05-05T12:00", "morning"),
    ("NHK reported some delays in train services Monday", "2014-05-05", "day"),
    (
        "the strongest quake felt in the Japanese capital since ... March 2011",
        "2011-03-01T00:00..2014-05-05T09:00",
        "range",
    ),
)
# Reuters, 2015-05-25 (Monday)  http://www.reuters.com/article/us-quake-japan-idUSKBN0OA08T20150525
rows(
    "tokyo",
    at("2015-05-25T14:42", TOKYO),
    ("shook Tokyo and surrounding areas on Monday", "2015-05-25", "day"),
    ("On March 11, 2011, Japan ... was hit with a massive earthquake", "2011-03-11", "day"),
)
# Reuters via Japan Today, 2019-06-24 (Monday): "hit eastern Japan on Monday morning"; "which hit at 9:16 a.m."
# https://japantoday.com/category/national/magnitude-5.5-quake-hits-eastern-japan-no-immediate-damage
rows(
    "tokyo",
    at("2019-06-24T10:30", TOKYO),
    ("hit eastern Japan on Monday morning", "2019-06-24T06:00..2019-06-24T12:00", "morning"),
    ("The quake, which hit at 9:16 a.m.", "2019-06-24T09:16", "minute"),
)

# ============================================================ NPR, across the classes
# NPR via WEMU "News From NPR", Sat April 13, 2013 3:26 pm  http://wemu.org/npr-news?page=735
NPR_20130413 = at("2013-04-13T15:26", NY)
rows(
    "npr",
    NPR_20130413,
    ("the judge overseeing Mubarak's retrial withdrew from the case on Saturday", "2013-04-13", "day"),
    ("restore a storm-damaged power line on Friday in Sioux Falls", "2013-04-12", "day"),
)
# NPR via WHQR, Saturday 2020-10-24  https://www.whqr.org/npr-news
NPR_20201024 = at("2020-10-24T18:00", NY)
rows(
    "npr",
    NPR_20201024,
    ("By the way, on Nov. 4, you won't hear about it anymore", "2020-11-04", "day"),
    ("his spokesman announced Saturday", "2020-10-24", "day"),
    ("more than 57 others were wounded Saturday", "2020-10-24", "day"),
)
# NPR via nfnitloop, 2025-05-27 (Tuesday): "late Monday, May 26, 2025"; "earlier this month"; "re-arrested Monday"
# https://blog.nfnitloop.com/u/6DE33RRTif6RUKQmKzvucyBnms7o78Jimu5RKJ1AhoqY/?before=1748336400000
NPR_20250527 = at("2025-05-27T07:00", CHICAGO)
rows(
    "npr",
    NPR_20250527,
    ("late Monday, May 26, 2025", "2025-05-26T18:00..2025-05-27T00:00", "evening"),
    ("who escaped from a New Orleans jail earlier this month", "2025-05-01..2025-06-01", "month"),
    ("were re-arrested Monday in two different states", "2025-05-26", "day"),
    ("a Senate Foreign Relations Committee hearing on May 20, 2025", "2025-05-20", "day"),
)
# NPR via nfnitloop, 2025-08-29 (Friday): "visits China next week"; "Aug. 12"; "this week"
# https://blog.nfnitloop.com/u/6DE33RRTif6RUKQmKzvucyBnms7o78Jimu5RKJ1AhoqY/?before=1756494388000
NPR_20250829 = at("2025-08-29T16:00", NY)
rows(
    "npr",
    NPR_20250829,
    ("When North Korean leader Kim Jong Un visits China next week", "2025-09-01..2025-09-08", "week"),
    ("speaks with Russian President Vladimir Putin on the phone ... Aug. 12", "2025-08-12", "day"),
    ("who started his first year of kindergarten this week", "2025-08-25..2025-09-01", "week"),
    ("shown here as vice president in 2022", "2022-01-01..2023-01-01", "year"),
)
# NPR via earthexpose, 2021-12-31: "after forgoing a public event a year ago"; 2021-12-30: "evacuate Thursday"
# https://earthexpose.blogspot.com/2021
rows(
    "npr",
    at("2021-12-31T12:00:01", NY),
    ("after forgoing a public event a year ago", "2020-12-31", "day"),
    ("the second time the two leaders spoke this month", "2021-12-01..2022-01-01", "month"),
    ("ordered to evacuate Thursday", "2021-12-30", "day"),
)

# ============================================================ the day words, in every zone and on the boundaries
for pub, today, yesterday, friday in (
    (NY_WED, "2024-11-20", "2024-11-19", "2024-11-15"),
    (NY_SUN_FALLBACK, "2024-11-03", "2024-11-02", "2024-11-01"),
    (NY_SUN_SPRING, "2024-03-10", "2024-03-09", "2024-03-08"),
    (NY_NEW_YEAR, "2025-01-01", "2024-12-31", "2024-12-27"),
    (KYIV_SUN_FALLBACK, "2024-10-27", "2024-10-26", "2024-10-25"),
    (KYIV_FRI_MAR1, "2024-03-01", "2024-02-29", "2024-03-01"),
    (TOKYO_TUE_DEC31, "2024-12-31", "2024-12-30", "2024-12-27"),
    (TOKYO_THU_JAN2, "2025-01-02", "2025-01-01", "2024-12-27"),
    (LONDON_FRI, "2025-01-03", "2025-01-02", "2025-01-03"),
    (SYDNEY_SUN_SPRING, "2024-10-06", "2024-10-05", "2024-10-04"),
    (LAGOS_SUN, "2023-01-15", "2023-01-14", "2023-01-13"),
):
    # AP/Reuters lead-sentence style: "police said on Friday", "yesterday's ambulance strikes" (BBC 2022-12-22)
    ROWS.append(("day words", "today", pub, today, "day"))
    ROWS.append(("day words", "yesterday", pub, yesterday, "day"))
    ROWS.append(("day words", "police said on Friday", pub, friday, "day"))
    y = datetime.fromisoformat(yesterday).date()
    night = f"{y.isoformat()}T20:00..{(y + timedelta(days=1)).isoformat()}T06:00"
    ROWS.append(("day words", "Russia attacked overnight", pub, night, "night"))


def context_row_ids(rows) -> list[str]:
    """Test ids of rows (class, words, publication, sentence or None, ...): "class: words@moment", "+context" when the
    sentence is given."""
    return [f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}{' +context' if r[3] else ''}" for r in rows]


def assert_reads(got, expected: str, published, precision: str) -> None:
    """The interval ``got`` is the one a table row expects, at its precision."""
    start, end = _expected(expected, published.tzinfo, precision)
    assert (got.start.isoformat(), got.end.isoformat(), got.precision) == (start, end, precision), got.rule
    assert got.precision in PRECISIONS and got.rule


def _expected(expected: str, zone, precision: str) -> tuple[str, str]:
    if ".." in expected:
        a, b = expected.split("..")
        return (
            datetime.fromisoformat(a).replace(tzinfo=zone).isoformat(),
            datetime.fromisoformat(b).replace(tzinfo=zone).isoformat(),
        )
    start = datetime.fromisoformat(expected).replace(tzinfo=zone)
    if "T" not in expected:
        end = datetime.combine(start.date() + timedelta(days=1), start.time(), tzinfo=zone)
    else:
        end = start + {"minute": timedelta(minutes=1), "hour": timedelta(hours=1)}[precision]
    return start.isoformat(), end.isoformat()


@pytest.mark.parametrize(
    ("cls", "text", "published", "expected", "precision"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}" for r in ROWS],
)
def test_wire_copy(cls, text, published, expected, precision):
    got = resolve(
        text,
        published,
        status="planned" if "status=planned" in cls else None,
        latitude=50.45 if "place north" in cls else None,
    )
    assert_reads(got, expected, published, precision)


def test_the_table_is_big_and_covers_every_class_in_three_zones():
    assert len(ROWS) >= 250
    classes = {r[0].split()[0] for r in ROWS}
    assert {str(n) for n in range(1, 14)} - {"5", "9"} <= classes | {"5", "9"}
    zones = {str(r[2].tzinfo) for r in ROWS}
    assert len(zones) >= 3


# ------------------------------------------------------------ 9. relative to another event
# AFP via Arab News, 2019-09-02: "Two years later, he received asylum"
# https://www.arabnews.com/node/1548766/world
# Reuters Friday Morning Briefing 2018-11-09: "two days after the vote"
@pytest.mark.parametrize(
    "text",
    [
        "Two years later, he received asylum",
        "two days after the vote",
        "hours later",
        "the next morning",
        "a week later",
    ],
)
def test_words_relative_to_another_event_are_refused_without_it(text):
    with pytest.raises(DateError, match="relative to another event"):
        resolve(text, NY_WED)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("two days later", "2024-11-13", "day"),
        ("a week later", "2024-11-18", "day"),
        ("the next morning", "2024-11-12T06:00..2024-11-12T12:00", "morning"),
        ("the day before", "2024-11-10", "day"),
        ("hours later", "2024-11-12T00:00..2024-11-13T00:00", "day"),
        ("the same day", "2024-11-11", "day"),
        ("the following month", "2024-12-01..2025-01-01", "month"),
        ("a year earlier", "2023-11-11", "day"),
    ],
)
def test_words_relative_to_another_event_with_its_interval(text, expected, precision):
    anchor = resolve("Nov. 11", NY_WED)  # Veterans Day, a Monday
    got = resolve(text, NY_WED, anchor=anchor)
    assert (got.start.isoformat(), got.end.isoformat(), got.precision) == (
        *_expected(expected, NY_WED.tzinfo, precision),
        precision,
    )


@pytest.mark.parametrize(
    ("text", "fiscal", "country", "expected"),
    [
        # Toro's fiscal year begins in November: "the third quarter of fiscal 2025" is May-July 2025
        ("the third quarter of fiscal 2025", 11, None, "2025-05-01..2025-08-01"),
        ("fiscal 2025", None, "US", "2024-10-01..2025-10-01"),
        ("fiscal 2025", 4, None, "2024-04-01..2025-04-01"),
        ("fiscal 2025", None, None, "2025-01-01..2026-01-01"),
    ],
)
def test_fiscal_years(text, fiscal, country, expected):
    got = resolve(text, NY_WED, fiscal_year_start=fiscal, country=country)
    assert (got.start.isoformat(), got.end.isoformat()) == _expected(expected, NY_WED.tzinfo, got.precision)
