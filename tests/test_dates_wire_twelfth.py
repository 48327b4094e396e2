"""Wire-copy phrasings, twelfth pass (issue 12): the desks the eleventh did not sample, from the five outlets of the
held-out set only (AP, Reuters, AFP, NPR, the BBC): weather and transport (storm timings, rail strikes), space launches,
obituaries, local crime and police, markets (Tokyo's early trade, New York's session), culture (exhibitions, festivals),
published in zones of three continents (New York, Chicago, Phoenix, Los Angeles, London, Paris, Dundee, Tokyo,
Ouagadougou), one of them on the day US clocks went forward. Every date or time expression of each story is a row,
so the table shows how such copy is spread; each row names its page, outlet and day, and its interval was written down
before the resolver read it. Expected values are wall times in the publication's zone, as in test_dates_wire.py
("2024-11-26" that day, "2024-11-26T09:00" that minute, "A..B" an explicit start and exclusive end)."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import resolve
from test_dates_wire import assert_reads, at

NY, CHICAGO, PHOENIX, LA = "America/New_York", "America/Chicago", "America/Phoenix", "America/Los_Angeles"
LONDON, PARIS, TOKYO, OUAGADOUGOU = "Europe/London", "Europe/Paris", "Asia/Tokyo", "Africa/Ouagadougou"

ROWS: list[tuple[str, str, datetime, str | None, str, str]] = []  # (class, text, published, status, expected, prec.)
P = "planned"


def rows(cls: str, published: datetime, status: str | None, *found: tuple[str, str, str]) -> None:
    for text, expected, precision in found:
        ROWS.append((cls, text, published, status, expected, precision))


# ============================================================ weather and transport
# AP (Ben Nuckols and Seth Borenstein), Friday 2016-01-22 (toronto.citynews.ca/2016/01/22/flights-northeastern-u-s-
# delayed-cancelled-advance-storm): "a powerful storm set to hit the U.S. East Coast Friday night", "would shut down
# entirely late Friday night and remain closed through Sunday", "The snowfall, expected to continue from late Friday"
AP_BLIZZARD = at("2016-01-22T11:00", NY)
rows(
    "weather",
    AP_BLIZZARD,
    P,
    ("Friday night", "2016-01-22T20:00..2016-01-23T06:00", "night"),
    ("through Sunday", "2016-01-22T11:00..2016-01-25T00:00", "range"),
    ("late Friday", "2016-01-22T18:00..2016-01-23T00:00", "evening"),
)
# BBC News, Monday 2022-06-20 (live page, feeds.bbci.co.uk/news/live/uk-61862313): "Train services ... are running on a
# severely reduced timetable from this evening ahead of the national strike tomorrow", "The three-day walkout - on
# Tuesday, Thursday and Saturday", "A strike will also take place on the London Underground on Tuesday, with effects felt
# into Wednesday morning", entry "published at 13:20 British Summer Time 20 June 2022"
BBC_RAIL_0620 = at("2022-06-20T13:20", LONDON)
rows(
    "transport",
    BBC_RAIL_0620,
    P,
    ("this evening", "2022-06-20T18:00..2022-06-21T00:00", "evening"),
    ("tomorrow", "2022-06-21", "day"),
    ("on Tuesday", "2022-06-21", "day"),
    ("Wednesday morning", "2022-06-22T06:00..2022-06-22T12:00", "morning"),
)
rows("transport", BBC_RAIL_0620, None, ("13:20 British Summer Time 20 June 2022", "2022-06-20T13:20", "minute"))
# BBC News explainer, Monday 2022-06-20 (newssniffer.co.uk/articles/2320076, bbc.co.uk/news/business-61634959):
# "A special timetable from 20 to 26 June has been published", "The strikes are on Tuesday, Thursday and Saturday"
rows(
    "transport",
    at("2022-06-20T09:00", LONDON),
    P,
    ("from 20 to 26 June", "2022-06-20..2022-06-27", "range"),
    ("on Tuesday", "2022-06-21", "day"),
)
# BBC News, Tuesday 2022-06-21 evening (live page, feeds.bbci.co.uk/news/live/uk-61827345): "Thanks for joining our live
# coverage of today's rail strikes", "The RMT and rail bosses plan to hold fresh talks on Wednesday", "We'll be back
# with coverage of Thursday's strikes - pending the outcome of tomorrow's talks"
BBC_RAIL_0621 = at("2022-06-21T20:00", LONDON)
rows("transport", BBC_RAIL_0621, None, ("today's", "2022-06-21", "day"))
rows(
    "transport",
    BBC_RAIL_0621,
    P,
    ("on Wednesday", "2022-06-22", "day"),
    ("Thursday's", "2022-06-23", "day"),
    ("tomorrow's", "2022-06-22", "day"),
)
# BBC News, Monday 2022-07-25 ("Train strikes: People told not to travel by rail during walkouts", feeds.bbci.co.uk/
# news/business-62291452; read the same published on the Tuesday): "will walk out on Wednesday", "the biggest rail
# strikes in 30 years over three days in June", "Further RMT strikes are also planned for 18 and 20 August"
BBC_RAIL_0725 = at("2022-07-25T10:00", LONDON)
rows("transport", BBC_RAIL_0725, P, ("on Wednesday", "2022-07-27", "day"))
rows("transport", BBC_RAIL_0725, None, ("in June", "2022-06-01..2022-07-01", "month"))

# Reuters, Tuesday 2018-10-09 (reuters.com/article/us-storm-michael-nhc-atlantic, "Michael to be major hurricane when
# it hits Florida"): "when it makes landfall in northwestern Florida on Wednesday", "said in its latest advisory on the
# storm on Tuesday", "At 2 p.m. ET (1800 GMT), the center of Michael was located"
REUTERS_MICHAEL = at("2018-10-09T15:10", NY)
rows("weather", REUTERS_MICHAEL, P, ("on Wednesday", "2018-10-10", "day"))
rows(
    "weather",
    REUTERS_MICHAEL,
    None,
    ("on Tuesday", "2018-10-09", "day"),
    ("At 2 p.m. ET (1800 GMT)", "2018-10-09T14:00", "minute"),
)
# NPR, Tuesday 2020-08-25, "Updated at 11:20 a.m. ET" (reporter.am, "Hurricane Laura forms"): "when it strikes near
# the Louisiana-Texas border late Wednesday or early Thursday", "Laura was declared a hurricane Tuesday morning"
NPR_LAURA = at("2020-08-25T11:20", NY)
rows("weather", NPR_LAURA, None, ("Updated at 11:20 a.m. ET", "2020-08-25T11:20", "minute"))
rows("weather", NPR_LAURA, P, ("late Wednesday or early Thursday", "2020-08-26T18:00..2020-08-27T06:00", "range"))
rows("weather", NPR_LAURA, None, ("Tuesday morning", "2020-08-25T06:00..2020-08-25T12:00", "morning"))
# AP, GALVESTON, Texas, Wednesday 2020-08-26 (cadplaza.com, "Laura becomes catastrophic Category 4 storm"): "Laura is
# expected to strike Wednesday night into Thursday morning", "Tropical storm winds reached the coast of Louisiana
# Wednesday afternoon"
AP_LAURA = at("2020-08-26T16:00", CHICAGO)
rows("weather", AP_LAURA, P, ("Wednesday night into Thursday morning", "2020-08-26T20:00..2020-08-27T12:00", "range"))
rows("weather", AP_LAURA, None, ("Wednesday afternoon", "2020-08-26T12:00..2020-08-26T18:00", "afternoon"))
# AFP, TOKYO, Tuesday 2024-08-27 16:49 Dubai time (khaleejtimes.com and hindustantimes.com, "Typhoon disrupts travel,
# brings heavy rain in Japan"): "heading for southern Japan on Tuesday", "On Tuesday morning, heavy rain prompted the
# suspension of the bullet train", "with services resuming at 9.15am", "would cancel 116 domestic flights Tuesday and
# Wednesday", "68 domestic flights from Wednesday to Friday", "expected to veer towards ... Kyushu later this week",
# "Typhoon Ampil, which disrupted hundreds of flights and trains this month", "a study released last month"
AFP_SHANSHAN = at("2024-08-27T21:49", TOKYO)
rows(
    "weather",
    AFP_SHANSHAN,
    None,
    ("on Tuesday", "2024-08-27", "day"),
    ("On Tuesday morning", "2024-08-27T06:00..2024-08-27T12:00", "morning"),
    ("at 9.15am", "2024-08-27T09:15", "minute"),
    ("this month", "2024-08-01..2024-09-01", "month"),
    ("last month", "2024-07-01..2024-08-01", "month"),
)
rows(
    "weather",
    AFP_SHANSHAN,
    P,
    ("Tuesday and Wednesday", "2024-08-27..2024-08-29", "range"),
    ("from Wednesday to Friday", "2024-08-28..2024-08-31", "range"),
    ("later this week", "2024-08-28..2024-09-02", "week"),
)
# Reuters, TOKYO, Sunday 2019-09-08 (cyprus-mail.com/2019/09/08, "Tokyo cancels flights, trains ahead of Typhoon
# Faxai"): "Japan braced for Typhoon Faxai on Sunday", "heavy rain expected to hit the region overnight", "could dump as
# much as 300 millimetres of rain in the next 24 hours", "more flights would be cancelled on Monday"
REUTERS_FAXAI = at("2019-09-08T15:00", TOKYO)
rows("weather", REUTERS_FAXAI, None, ("on Sunday", "2019-09-08", "day"))
rows(
    "weather",
    REUTERS_FAXAI,
    P,
    ("overnight", "2019-09-08T20:00..2019-09-09T06:00", "night"),
    ("in the next 24 hours", "2019-09-08T15:00..2019-09-09T15:00", "day"),
    ("on Monday", "2019-09-09", "day"),
)

# ============================================================ space
# AP "The Latest", CAPE CANAVERAL, Saturday 2017-02-18 (dailymail.co.uk/wires/ap/article-4237574): "scheduled for
# liftoff Saturday", "Last-minute rocket trouble forced SpaceX to halt Saturday's countdown", "The next launch attempt
# could come as early as Sunday morning", "Liftoff is scheduled for 10:01 a.m.", "where the shuttle program ended in
# 2011", "SpaceX's first Florida launch since last summer's rocket explosion", caption "Saturday, Feb. 18, 2017"
AP_SPACEX_0218 = at("2017-02-18T10:15", NY)
rows(
    "space",
    AP_SPACEX_0218,
    None,
    ("Saturday's", "2017-02-18", "day"),
    ("in 2011", "2011-01-01..2012-01-01", "year"),
    ("last summer's", "2016-06-01..2016-09-01", "season"),
    ("Saturday, Feb. 18, 2017", "2017-02-18", "day"),
)
rows("space", AP_SPACEX_0218, P, ("as early as Sunday morning", "2017-02-19T06:00..2017-02-19T12:00", "morning"))
rows("space", at("2017-02-18T07:00", NY), P, ("Liftoff is scheduled for 10:01 a.m.", "2017-02-18T10:01", "minute"))
# AP, CAPE CANAVERAL, Thursday 2016-02-25 (newstalkflorida.com/news/jacksonville/spacex-scrubs-launch-from-cape-
# canaveral; SES-9): "all set to launch a commercial broadcasting satellite Thursday night", "Wednesday's attempt was
# also a no-go", "a launch accident last summer", "SpaceX scored a rocket landing at Cape Canaveral ... in December"
AP_SES9 = at("2016-02-25T19:30", NY)
rows(
    "space",
    AP_SES9,
    None,
    ("Thursday night", "2016-02-25T20:00..2016-02-26T06:00", "night"),
    ("Wednesday's", "2016-02-24", "day"),
    ("last summer", "2015-06-01..2015-09-01", "season"),
    ("in December", "2015-12-01..2016-01-01", "month"),
)
# AP, CAPE CANAVERAL, Monday 2022-08-29 (gjsentinel.com, "NASA scrubs launch of new moon rocket"): "called off the
# launch ... Monday", "The next launch attempt will not take place until Friday at the earliest"
AP_ARTEMIS = at("2022-08-29T12:00", NY)
rows("space", AP_ARTEMIS, None, ("Monday", "2022-08-29", "day"))
rows("space", AP_ARTEMIS, P, ("Friday", "2022-09-02", "day"))

# ============================================================ obituaries
# AP, LOS ANGELES, Wednesday 2020-12-30 (Dawn Wells): "died Wednesday of causes related to COVID-19", caption "died
# early Wednesday, Dec. 30, 2020", "on the 1960s sitcom", "In this 1965 file photo"
AP_WELLS = at("2020-12-30T15:00", LA)
rows(
    "obituaries",
    AP_WELLS,
    None,
    ("Wednesday", "2020-12-30", "day"),
    ("early Wednesday, Dec. 30, 2020", "2020-12-30T00:00..2020-12-30T06:00", "small hours"),
    ("the 1960s", "1960-01-01..1970-01-01", "decade"),
    ("1965", "1965-01-01..1966-01-01", "year"),
)
# AP, DUNDEE, Scotland, Sunday 2020-12-27 (newspressnow.com notable deaths, Jim McLean): "McLean's death was announced
# by the club on Dec. 26", "led Dundee United to its only domestic league title in 1983", "22 years as United's manager
# from 1971", "In 1987, United beat Barcelona"
AP_MCLEAN = at("2020-12-27T12:00", LONDON)
rows(
    "obituaries",
    AP_MCLEAN,
    None,
    ("on Dec. 26", "2020-12-26", "day"),
    ("in 1983", "1983-01-01..1984-01-01", "year"),
    ("In 1987", "1987-01-01..1988-01-01", "year"),
)
# NPR, Tuesday 2018-04-17 (wysu.org, "NPR's Carl Kasell dies at 84"): "Kasell died Tuesday", "he said in a 2009
# interview", "In 1975, Kasell joined NPR"
NPR_KASELL = at("2018-04-17T15:00", NY)
rows(
    "obituaries",
    NPR_KASELL,
    None,
    ("Tuesday", "2018-04-17", "day"),
    ("in a 2009 interview", "2009-01-01..2010-01-01", "year"),
    ("In 1975", "1975-01-01..1976-01-01", "year"),
)
# NPR remembrances (wfdd.org/tags/remembrances), February 2015: Hesburgh, Friday 2015-02-27 "Hesburgh died Thursday";
# Eugenie Clark, Wednesday 2015-02-25 "Clark died Wednesday at the age of 92"; Philip Levine, Sunday 2015-02-15 "He died
# Feb. 14 in Fresno", "In 1991, Levine spoke with Terry Gross"; Harris Wittels, Thursday 2015-02-19 "who died
# Thursday"; Lesley Gore, Tuesday 2015-02-17 "She died Monday at the age of 68", "released in 2005"
rows("obituaries", at("2015-02-27T16:00", NY), None, ("died Thursday", "2015-02-26", "day"))
rows("obituaries", at("2015-02-25T17:00", NY), None, ("Wednesday", "2015-02-25", "day"))
NPR_LEVINE = at("2015-02-15T12:00", NY)
rows(
    "obituaries",
    NPR_LEVINE,
    None,
    ("Feb. 14", "2015-02-14", "day"),
    ("In 1991", "1991-01-01..1992-01-01", "year"),
)
rows("obituaries", at("2015-02-19T18:00", NY), None, ("Thursday", "2015-02-19", "day"))
NPR_GORE = at("2015-02-17T09:00", NY)
rows(
    "obituaries",
    NPR_GORE,
    None,
    ("Monday", "2015-02-16", "day"),
    ("in 2005", "2005-01-01..2006-01-01", "year"),
)

# NPR (Neda Ulaby), Wednesday 2020-05-27 (wcbe.org/people/neda-ulaby, Larry Kramer): "In the early 1980s, Kramer
# witnessed hundreds, then thousands of gay men die", "Kramer died Wednesday morning of pneumonia in Manhattan"
NPR_KRAMER = at("2020-05-27T17:00", NY)
rows(
    "obituaries",
    NPR_KRAMER,
    None,
    ("In the early 1980s", "1980-01-01..1990-01-01", "decade"),
    ("Wednesday morning", "2020-05-27T06:00..2020-05-27T12:00", "morning"),
)

# ============================================================ anniversaries
# BBC News video, Thursday 2013-01-17 (feeds.bbci.co.uk/news/av/entertainment-arts-21055554, "BBC Breakfast celebrates
# 30 years on air"): "30 years ago things changed ..., when the first edition of Breakfast Time was broadcast on 17
# January 1983"
BBC_BREAKFAST = at("2013-01-17T08:00", LONDON)
rows(
    "anniversaries",
    BBC_BREAKFAST,
    None,
    ("30 years ago", "1983-01-01..1984-01-01", "year"),
    ("on 17 January 1983", "1983-01-17", "day"),
)
# BBC News video, Thursday 2021-03-11 (bbc.com/news/av/world-56362734 and its YouTube text): "Thirty years ago, the BBC
# launched its first international television channel", "thirty years ago on 11 March 1991"
BBC_WORLD_30 = at("2021-03-11T10:00", LONDON)
rows(
    "anniversaries",
    BBC_WORLD_30,
    None,
    ("Thirty years ago", "1991-01-01..1992-01-01", "year"),
    ("on 11 March 1991", "1991-03-11", "day"),
)

# ============================================================ crime and police
# AP, MESA, Ariz., Sunday 2022-06-05 (newsbreak.com, "Police: 2 dead, 2 injured after shooting outside a Mesa bar"):
# "a shooting outside a Mesa bar early Sunday", "called out to the scene of the shooting about 2:30 a.m. Sunday"
AP_MESA = at("2022-06-05T11:00", PHOENIX)
rows(
    "police",
    AP_MESA,
    None,
    ("early Sunday", "2022-06-05T00:00..2022-06-05T06:00", "small hours"),
    ("about 2:30 a.m. Sunday", "2022-06-05T02:30", "minute"),
)
# AP, BIRMINGHAM, Ala., Sunday 2023-05-21 (deccanherald.com): "shot and wounded outside an Alabama bar early on
# Sunday", "The shooting was reported around 12:45 am"
AP_BIRMINGHAM = at("2023-05-21T05:52", CHICAGO)
rows("police", AP_BIRMINGHAM, None, ("around 12:45 am", "2023-05-21T00:45", "minute"))
# AP, MILWAUKEE, Sunday 2020-03-08, the day US clocks went forward (680news.com/2020/03/08/milwaukee-bar-fight-
# shooting): "A shooting that erupted during a bar fight in Milwaukee early Sunday", "the fight broke out inside the bar
# just before 2 a.m. Sunday": there was no 2 a.m. that night; "just before" a time is the hour from it, as the first
# table reads "just before 9 p.m." (written down first as the hour before it, 01:00-03:00 wall, before that row was
# seen), and the hour from a skipped 2 a.m. is the hour from the instant it would have been, 3 a.m. CDT (read before as
# a zero-length interval from a wall time that never was)
AP_MILWAUKEE = at("2020-03-08T12:00", CHICAGO)
rows(
    "police",
    AP_MILWAUKEE,
    None,
    ("early Sunday", "2020-03-08T00:00..2020-03-08T06:00", "small hours"),
    ("just before 2 a.m. Sunday", "2020-03-08T03:00..2020-03-08T04:00", "hour"),
)

# NPR, Sunday 2015-03-15, "Updated at 3:45 p.m." (wfdd.org/story/arrest-made-shooting-two-officers-ferguson-police-
# say): "the shooting of two officers during a protest in Ferguson, Mo., last week", "Williams, who was arrested at
# 10:30 p.m. Saturday", "the two officers were shot shortly after midnight on March 12", "shot dead in Ferguson ... last
# August", "In a statement today, Holder said"
NPR_FERGUSON = at("2015-03-15T15:45", NY)
rows(
    "police",
    NPR_FERGUSON,
    None,
    ("Updated at 3:45 p.m.", "2015-03-15T15:45", "minute"),
    ("at 10:30 p.m. Saturday", "2015-03-14T22:30", "minute"),
    ("shortly after midnight on March 12", "2015-03-12T00:00..2015-03-12T01:00", "hour"),
    ("last August", "2014-08-01..2014-09-01", "month"),
    ("today", "2015-03-15", "day"),
)

# ============================================================ markets: Tokyo and New York
# Reuters, TOKYO, Tuesday 2012-08-07 (cn.reuters.com/article/markets-japan-stocks-idCNL4E8J700G20120807): "steadied in
# early trade on Tuesday after the previous session's sharp rally and ahead of this week's Bank of Japan policy meeting"
REUTERS_TOKYO_0807 = at("2012-08-07T09:20", TOKYO)
rows("markets", REUTERS_TOKYO_0807, None, ("in early trade on Tuesday", "2012-08-07", "day"))
rows("markets", REUTERS_TOKYO_0807, P, ("this week's", "2012-08-06..2012-08-13", "week"))
# Reuters, TOKYO, Tuesday 2012-07-17 (uk.reuters.com ...idUKL4E8IH00A20120717): "ticked down in early trade on Tuesday
# as the yen's gains against the dollar during a market holiday the previous day", "snapped a six-day losing steak on
# Friday", "Japanese markets were closed on Monday for a national holiday"
REUTERS_TOKYO_0717 = at("2012-07-17T09:20", TOKYO)
rows(
    "markets",
    REUTERS_TOKYO_0717,
    None,
    ("in early trade on Tuesday", "2012-07-17", "day"),
    ("on Friday", "2012-07-13", "day"),
    ("on Monday", "2012-07-16", "day"),
)
# Reuters, TOKYO, Friday 2012-03-16 (in.reuters.com ...idINL4E8EG00C20120316): "ticked down in early trade on Friday",
# "after their sharp rally the day before", "after hitting an eight-month closing high in the previous session"
REUTERS_TOKYO_0316 = at("2012-03-16T09:20", TOKYO)
rows("markets", REUTERS_TOKYO_0316, None, ("in early trade on Friday", "2012-03-16", "day"))
# Reuters, TOKYO, Tuesday 2025-06-03 (financetom.com, "Japan's Nikkei edges higher as chips gain"): "edged up in early
# trading on Tuesday", "as of 0127 GMT", "wants countries to provide their best offer ... by Wednesday", "Bessent said
# on Sunday", "Monday saw an angry rejection", "a one-week high of 142.40 per dollar on Tuesday"
REUTERS_TOKYO_0603 = at("2025-06-03T10:40", TOKYO)
rows(
    "markets",
    REUTERS_TOKYO_0603,
    None,
    ("in early trading on Tuesday", "2025-06-03", "day"),
    ("as of 0127 GMT", "2025-06-03T10:27", "minute"),
    ("on Sunday", "2025-06-01", "day"),
    ("Monday", "2025-06-02", "day"),
    ("on Tuesday", "2025-06-03", "day"),
)
rows("markets", REUTERS_TOKYO_0603, P, ("by Wednesday", "2025-06-04", "day"))
# Reuters, TOKYO, Tuesday 2012-05-22 (in.reuters.com ...idINL3E8GM03E20120522): "rose in early trade on Tuesday,
# continuing Monday's technical correction", "after last week's flurry of aggressive selling", "a 57 billion yen
# operating loss for the year just ended", "a two-day Bank of Japan policy meeting beginning on Tuesday", "the asset
# purchase programme announced on April 27"
REUTERS_TOKYO_0522 = at("2012-05-22T09:20", TOKYO)
rows(
    "markets",
    REUTERS_TOKYO_0522,
    None,
    ("in early trade on Tuesday", "2012-05-22", "day"),
    ("Monday's", "2012-05-21", "day"),
    ("last week's", "2012-05-14..2012-05-21", "week"),
    ("beginning on Tuesday", "2012-05-22", "day"),
    ("on April 27", "2012-04-27", "day"),
)
# Reuters, TOKYO, Tuesday 2012-01-10 (cn.reuters.com ...idCNL3E8CA00C20120110): "edged up a tad on Tuesday"
rows("markets", at("2012-01-10T11:00", TOKYO), None, ("on Tuesday", "2012-01-10", "day"))
# AP "Markets Right Now", NEW YORK, Friday 2018-08-03 (wtop.com/asia/2018/08/markets-right-now-stocks-edge-higher-
# after-july-jobs-report; "all times local"): entries "4:00 p.m.", "11:45 a.m.", "9:35 a.m."; "U.S. stocks are closing
# higher after the Labor Department said hiring remained solid in July", "posted some of the biggest gains Friday",
# "the biggest gains in midday trading Friday"
AP_MARKETS_0803 = at("2018-08-03T16:00", NY)
rows(
    "markets",
    AP_MARKETS_0803,
    None,
    ("4:00 p.m.", "2018-08-03T16:00", "minute"),
    ("11:45 a.m.", "2018-08-03T11:45", "minute"),
    ("9:35 a.m.", "2018-08-03T09:35", "minute"),
    ("in July", "2018-07-01..2018-08-01", "month"),
    ("Friday", "2018-08-03", "day"),
    ("in midday trading Friday", "2018-08-03", "day"),
)
# Reuters, NEW YORK, Friday 2013-05-31 (reuters.com/article/markets-usa-stocks-data-idUSL2N0EC0PV20130531): "trimming
# much of their earlier losses on Friday, after data showed business activity in the Midwest picked up in May"
REUTERS_NY_0531 = at("2013-05-31T10:05", NY)
rows(
    "markets",
    REUTERS_NY_0531,
    None,
    ("on Friday", "2013-05-31", "day"),
    ("in May", "2013-05-01..2013-06-01", "month"),
)
# Reuters, NEW YORK, Monday 2017-04-10 (business-standard.com, "Wall Street edges higher late; helped by energy"):
# "higher in choppy trading Monday", "ahead of quarterly earnings later this week", "earnings ... estimated to have
# risen 10.1 percent in the first three months of the year", "scheduled to report earnings on Thursday", "At 2:53 p.m.
# ET"
REUTERS_NY_0410 = at("2017-04-10T15:37", NY)
rows(
    "markets",
    REUTERS_NY_0410,
    None,
    ("Monday", "2017-04-10", "day"),
    ("the first three months of the year", "2017-01-01..2017-04-01", "quarter"),
    ("At 2:53 p.m. ET", "2017-04-10T14:53", "minute"),
)
rows("markets", REUTERS_NY_0410, P, ("on Thursday", "2017-04-13", "day"))

# ============================================================ culture: Paris and Ouagadougou
# AFP, PARIS, Monday 2019-10-21 (tellerreport.com, "Final preparations at the Louvre for the Leonardo da Vinci
# exhibition"): "The exhibition ..., which opens Thursday at the Louvre", "museum teams were able to discover Friday the
# exhibition"
AFP_LOUVRE_1021 = at("2019-10-21T12:00", PARIS)
rows("culture", AFP_LOUVRE_1021, P, ("opens Thursday", "2019-10-24", "day"))
rows("culture", AFP_LOUVRE_1021, None, ("Friday", "2019-10-18", "day"))
# AFP, PARIS, Thursday 2019-10-24 (tellerreport.com, "The great Leonardo da Vinci retrospective opens at the Louvre"):
# "162 works ... are on display this Thursday", "the exhibition, which will last until February 24"
AFP_LOUVRE_1024 = at("2019-10-24T09:00", PARIS)
rows("culture", AFP_LOUVRE_1024, None, ("this Thursday", "2019-10-24", "day"))
rows("culture", AFP_LOUVRE_1024, P, ("until February 24", "2019-10-24T09:00..2020-02-25T00:00", "range"))
# AFP, OUAGADOUGOU, Sunday 2023-02-26 (geo.tv/latest/473075): "Africa's biggest film festival kicked off in Burkina
# Faso on Saturday", "The festival is due to run until March 4"
AFP_FESPACO = at("2023-02-26T10:00", OUAGADOUGOU)
rows("culture", AFP_FESPACO, None, ("on Saturday", "2023-02-25", "day"))
rows("culture", AFP_FESPACO, P, ("until March 4", "2023-02-26T10:00..2023-03-05T00:00", "range"))


# ============================================================ read wrong still, left (each says why)
LEFT = [
    # Reuters, Tokyo, 2012-07-17 and 2012-03-16: "a market holiday the previous day", "their sharp rally the day before":
    # the day before the story's own day; the resolver refuses "the day before" without the event it follows (the
    # first table's rule, the eighth pass's Ukrinform row); with the sentence the day named in it is that event
    ("the previous day", REUTERS_TOKYO_0717, None, "2012-07-16", "day"),
    ("the day before", REUTERS_TOKYO_0316, None, "2012-03-15", "day"),
    # NPR, Sunday 2015-03-15: "the shooting of two officers during a protest in Ferguson, Mo., last week" (Thursday the
    # 12th): the week then ending; the resolver reads the ISO week before, as TimeML annotates "last week" in AP and
    # AFP stories of a Sunday (APW19980301.0720, AFP_ENG_20061203.0010: made the week then ending, seven went wrong)
    ("last week", NPR_FERGUSON, None, "2015-03-09..2015-03-16", "week"),
]


# AP, Birmingham, Sunday 2023-05-21: "shot and wounded outside an Alabama bar early on Sunday" (the shooting at 12:45
# a.m.): the small hours, as AP's "early Sunday" (left in this pass; read so since stop 26)
rows("police", AP_BIRMINGHAM, None, ("early on Sunday", "2023-05-21T00:00..2023-05-21T06:00", "small hours"))


@pytest.mark.parametrize(("text", "published", "status", "expected", "precision"), LEFT)
@pytest.mark.xfail(strict=True, reason="read wrong still: see the comment on the row")
def test_left_twelfth(text, published, status, expected, precision):
    assert_reads(resolve(text, published, status=status), expected, published, precision)


@pytest.mark.parametrize(
    ("cls", "text", "published", "status", "expected", "precision"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}" for r in ROWS],
)
def test_wire_phrases_twelfth(cls, text, published, status, expected, precision):
    assert_reads(resolve(text, published, status=status), expected, published, precision)
