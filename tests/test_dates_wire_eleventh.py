"""Wire-copy phrasings, eleventh pass (issue 12): ORDINARY daily copy from the five outlets of the held-out set only
(AP, Reuters, AFP, NPR, the BBC): politics, crime and courts, conflict, health, science, business, on ordinary days (no
year's, month's or clock's turn), published in zones of three continents (New York, Kyiv, Jerusalem, London, Tokyo,
Hong Kong, New Delhi, Sydney, Nairobi). Every date or time expression of each story is a row (not the hard ones alone),
so the table shows how such copy is spread; each row names its page, outlet and day, and its interval was written
down before the resolver read it. Expected values are wall times in the publication's zone, as in test_dates_wire.py
("2024-11-26" that day, "2024-11-26T09:00" that minute, "A..B" an explicit start and exclusive end)."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import resolve
from test_dates_wire import assert_reads, at

NY, LONDON, KYIV, JERUSALEM = "America/New_York", "Europe/London", "Europe/Kyiv", "Asia/Jerusalem"
TOKYO, HONG_KONG, DELHI, SYDNEY, NAIROBI = (
    "Asia/Tokyo",
    "Asia/Hong_Kong",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Africa/Nairobi",
)

ROWS: list[tuple[str, str, datetime, str | None, str, str]] = []  # (class, text, published, status, expected, prec.)
P = "planned"


def rows(cls: str, published: datetime, status: str | None, *found: tuple[str, str, str]) -> None:
    for text, expected, precision in found:
        ROWS.append((cls, text, published, status, expected, precision))


# ============================================================ conflict: Kyiv and Jerusalem
# Reuters, KYIV, Wednesday 2024-11-27 07:24 UTC (ca.news.yahoo.com/three-wounded-russian-drone-attack-072425000.html):
# "officials in the Ukrainian capital said on Wednesday", "air defence units were operating in the city after midnight
# on Wednesday", "36 of 89 Russian drones launched overnight", "a record number of drones targeting Ukraine on Tuesday"
REUTERS_KYIV_1127 = at("2024-11-27T09:24", KYIV)
rows(
    "conflict",
    REUTERS_KYIV_1127,
    None,
    ("on Wednesday", "2024-11-27", "day"),
    ("after midnight on Wednesday", "2024-11-27T00:00..2024-11-27T06:00", "small hours"),
    ("overnight", "2024-11-26T20:00..2024-11-27T06:00", "night"),
    ("on Tuesday", "2024-11-26", "day"),
)
# Reuters, KYIV, Wednesday 2024-04-03 (swissinfo.ch/eng/.../74942176): "Russia's overnight attack", "the Ukrainian
# military said on Wednesday", "a Russian missile attack on Tuesday", "reported on Wednesday morning via Telegram"
REUTERS_KYIV_0403 = at("2024-04-03T12:00", KYIV)
rows(
    "conflict",
    REUTERS_KYIV_0403,
    None,
    ("overnight", "2024-04-02T20:00..2024-04-03T06:00", "night"),
    ("on Wednesday", "2024-04-03", "day"),
    ("on Tuesday", "2024-04-02", "day"),
    ("on Wednesday morning", "2024-04-03T06:00..2024-04-03T12:00", "morning"),
)
# Reuters, KYIV, Sunday 2023-05-28 (kslm.news, "largest drone attack on Ukrainian capital ahead of Kyiv Day"): "air
# strikes on Kyiv overnight", "prepared to celebrate the anniversary of its founding on Sunday"
REUTERS_KYIV_DAY = at("2023-05-28T09:00", KYIV)
rows(
    "conflict",
    REUTERS_KYIV_DAY,
    None,
    ("overnight", "2023-05-27T20:00..2023-05-28T06:00", "night"),
    ("on Sunday", "2023-05-28", "day"),
)
# Reuters, KYIV, Friday 2023-12-22 (thestar.com.my/news/world/2023/12/22/...): "in an overnight attack"
rows("conflict", at("2023-12-22T10:00", KYIV), None, ("overnight", "2023-12-21T20:00..2023-12-22T06:00", "night"))
# AP, GAZA CITY, Sunday 2022-08-07 (strathclydefirepreservationgroup.org, "Gaza deaths rise following Israeli
# strikes"): "targets in the Gaza Strip on Sunday", "since Israel's offensive began on Friday", "injured since Friday",
# "an 11-day war with Israel in May 2021", "initial approval to a ceasefire offer earlier on Sunday", "a truce would
# come into effect at 11:30 p.m. local time (8:30 p.m. GMT; 4:30 p.m. EDT)", "with a strike Friday", "followed up
# Saturday"
AP_GAZA_0807 = at("2022-08-07T15:00", JERUSALEM)
rows(
    "conflict",
    AP_GAZA_0807,
    None,
    ("on Sunday", "2022-08-07", "day"),
    ("on Friday", "2022-08-05", "day"),
    ("since Friday", "2022-08-05T00:00..2022-08-07T15:00", "range"),
    ("in May 2021", "2021-05-01..2021-06-01", "month"),
    ("earlier on Sunday", "2022-08-07", "day"),
    ("Friday", "2022-08-05", "day"),
    ("Saturday", "2022-08-06", "day"),
)
rows(
    "conflict",
    AP_GAZA_0807,
    P,
    ("at 11:30 p.m. local time (8:30 p.m. GMT; 4:30 p.m. EDT)", "2022-08-07T23:30", "minute"),
)
# AP, DEIR AL-BALAH, Sunday 2024-12-22 (kyma.com/news/2024/12/22/...): "A strike on a home in central Gaza late
# Saturday", "two people were killed in a strike in the south after midnight"
AP_GAZA_1222 = at("2024-12-22T10:00", JERUSALEM)
rows(
    "conflict",
    AP_GAZA_1222,
    None,
    ("late Saturday", "2024-12-21T18:00..2024-12-22T00:00", "evening"),
    ("after midnight", "2024-12-22T00:00..2024-12-22T06:00", "small hours"),
)
# AP, GAZA CITY, Tuesday 2023-05-09 (hjnews.com): "Israel killed three senior commanders ... early Tuesday"
rows(
    "conflict",
    at("2023-05-09T09:00", JERUSALEM),
    None,
    ("early Tuesday", "2023-05-09T00:00..2023-05-09T06:00", "small hours"),
)
# AP, GAZA CITY, Monday 2021-05-17 (kusi.com): "The strikes Monday came as international diplomats worked"
rows("conflict", at("2021-05-17T08:00", JERUSALEM), None, ("Monday", "2021-05-17", "day"))

# ============================================================ crime and courts: New York
# AP trials page (hosted.ap.org/journalrecord/tags/trials), Friday 2024-04-19: Panama Papers (23:28 EDT) "came to an
# unexpectedly speedy conclusion Friday"; Trump jurors (20:36) "The final jurors were seated Friday", "opening
# statements to begin Monday"; Arizona rancher (20:27) "sent jurors home for the weekend after they failed to reach a
# verdict Friday"; New Hampshire (18:25) "testified Friday"
rows("courts", at("2024-04-19T23:28", NY), None, ("Friday", "2024-04-19", "day"))
AP_TRUMP_JURY = at("2024-04-19T20:36", NY)
rows("courts", AP_TRUMP_JURY, None, ("Friday", "2024-04-19", "day"))
rows("courts", AP_TRUMP_JURY, P, ("Monday", "2024-04-22", "day"))
AP_RANCHER = at("2024-04-19T20:27", NY)
rows("courts", AP_RANCHER, None, ("Friday", "2024-04-19", "day"))
rows("courts", AP_RANCHER, P, ("for the weekend", "2024-04-20..2024-04-22", "weekend"))
rows("courts", at("2024-04-19T18:25", NY), None, ("Friday", "2024-04-19", "day"))
# AP juries page (hosted.ap.org/herald-citizen/tags/juries): Seattle, Saturday 2024-06-22 19:55 EDT "fell on a Seattle
# sidewalk in 2021"; Pelosi, Friday 2024-06-21 21:59 "was convicted Friday"; New York, 15:53 "Prosecutors on Friday
# urged the judge"; Menendez, Thursday 2024-06-20 21:46 "at Sen. Bob Menendez's trial on Thursday"
rows("courts", at("2024-06-22T19:55", NY), None, ("in 2021", "2021-01-01..2022-01-01", "year"))
rows("courts", at("2024-06-21T21:59", NY), None, ("Friday", "2024-06-21", "day"))
rows("courts", at("2024-06-21T15:53", NY), None, ("on Friday", "2024-06-21", "day"))
rows("courts", at("2024-06-20T21:46", NY), None, ("on Thursday", "2024-06-20", "day"))
# AP News Summary at 12:48 a.m. EDT, Friday 2024-05-31 (kstp.com): "He is being sentenced on July 11", "He's holding a
# news conference Friday at his namesake tower"
AP_VERDICT = at("2024-05-31T00:48", NY)
rows("courts", AP_VERDICT, P, ("on July 11", "2024-07-11", "day"), ("Friday", "2024-05-31", "day"))
# AP at 6:40 p.m. EST, Friday 2022-01-07 (hwbhost.com): "A jury convicted the three defendants ... in November", "to go
# to trial on state charges ... on March 7", "federal trial on January 20", "filed a request Friday", "sentenced ...
# on Friday following her second-degree murder conviction"
AP_ARBERY = at("2022-01-07T18:40", NY)
rows(
    "courts",
    AP_ARBERY,
    None,
    ("in November", "2021-11-01..2021-12-01", "month"),
    ("Friday", "2022-01-07", "day"),
    ("on Friday", "2022-01-07", "day"),
)
rows("courts", AP_ARBERY, P, ("on March 7", "2022-03-07", "day"), ("on January 20", "2022-01-20", "day"))
# AP trials page (hosted.ap.org/summitdaily/tags/trials), Monday 2021-04-12: "took the witness stand Monday" (15:17
# EDT), "went on trial on Monday" (14:14), "went on trial Monday in Russia" (12:37)
rows("courts", at("2021-04-12T15:17", NY), None, ("Monday", "2021-04-12", "day"))
rows("courts", at("2021-04-12T14:14", NY), None, ("on Monday", "2021-04-12", "day"))

# ============================================================ protests: Nairobi
# AP, NAIROBI, Tuesday 2020-07-07 (oklahoman.com): "Kenyan police on Tuesday fired tear gas"
rows("protests", at("2020-07-07T15:00", NAIROBI), None, ("on Tuesday", "2020-07-07", "day"))
# AFP, Thursday 2024-06-27 (lbcgroup.tv/news/world-news/780831): "fired tear gas ... in the capital Nairobi on Thursday"
rows("protests", at("2024-06-27T14:00", NAIROBI), None, ("on Thursday", "2024-06-27", "day"))

# ============================================================ markets and business: Tokyo, New Delhi
# Reuters, TOKYO, Tuesday 2013-06-11 (reuters.com, "Nikkei set to extend Monday's sharp rise", Mon Jun 10 7:17pm EDT):
# "expected to open higher on Tuesday", "its biggest one-day rise since March 2011", "futures in Chicago ended ... on
# Monday", "on Friday after a fierce 2-1/2-week selloff", "over a 20-percent drop since May 23", "this year", "announced
# on April 4", "the BOJ rate-setting meeting ending later Tuesday"
REUTERS_NIKKEI_0611 = at("2013-06-11T08:17", TOKYO)
rows(
    "markets",
    REUTERS_NIKKEI_0611,
    None,
    ("since March 2011", "2011-03-01..2013-06-11T08:17", "range"),
    ("on Monday", "2013-06-10", "day"),
    ("on Friday", "2013-06-07", "day"),
    ("since May 23", "2013-05-23..2013-06-11T08:17", "range"),
    ("this year", "2013-01-01..2014-01-01", "year"),
    ("on April 4", "2013-04-04", "day"),
)
rows(
    "markets",
    REUTERS_NIKKEI_0611,
    P,
    ("on Tuesday", "2013-06-11", "day"),
    ("later Tuesday", "2013-06-11", "day"),
)
# Reuters, TOKYO, Tuesday 2013-04-30 (business-standard.com/article/reuters/nikkei-seen-boxed-in-range-...): "expected
# to tread in range on Tuesday", "stunned financial markets earlier this month", "closed at 13,850 on Monday", "the
# Osaka close of 13,950 on Friday", "in early Asian trade on Tuesday", "has risen 12 percent this month", "its best
# April performance since 1993", "since mid-November", "who became prime minister in December", "vastly higher
# profits this financial year" (Honda, Mazda: the year to March)
REUTERS_NIKKEI_0430 = at("2013-04-30T08:30", TOKYO)
rows(
    "markets",
    REUTERS_NIKKEI_0430,
    None,
    ("earlier this month", "2013-04-01..2013-05-01", "month"),
    ("on Monday", "2013-04-29", "day"),
    ("on Friday", "2013-04-26", "day"),
    ("this month", "2013-04-01..2013-05-01", "month"),
    ("since 1993", "1993-01-01..2013-04-30T08:30", "range"),
    ("since mid-November", "2012-11-11..2013-04-30T08:30", "range"),
    ("in December", "2012-12-01..2013-01-01", "month"),
    ("this financial year", "2013-04-01..2014-04-01", "year"),
)
rows(
    "markets",
    REUTERS_NIKKEI_0430,
    P,
    ("on Tuesday", "2013-04-30", "day"),
    ("in early Asian trade on Tuesday", "2013-04-30", "day"),
)
# Reuters, NEW DELHI, Tuesday 2015-03-03 12:20 PM GMT (reuters.com/article/us-india-pm-food-idUSKBN0LZ16Z20150303):
# "Modi told lawmakers in parliament on Tuesday", "urged the government in January", "in the fiscal year that begins in
# April", caption "December 12, 2014"
REUTERS_DELHI_0303 = at("2015-03-03T17:50", DELHI)
rows(
    "politics",
    REUTERS_DELHI_0303,
    None,
    ("on Tuesday", "2015-03-03", "day"),
    ("in January", "2015-01-01..2015-02-01", "month"),
    ("December 12, 2014", "2014-12-12", "day"),
)
rows("politics", REUTERS_DELHI_0303, P, ("the fiscal year that begins in April", "2015-04-01..2016-04-01", "year"))

# ============================================================ politics and security: Hong Kong, Sydney
# AFP, HONG KONG, Sunday 2016-05-15 (dailymail.co.uk/wires/afp/article-3591730): "state media reported Sunday", "during
# next week's visit", "police confirmed the arrest Sunday", "We received a notification from (the) mainland this
# morning", caption "February 9, 2016", "handed back to China by colonial power Britain in 1997", "paralysed parts of
# the city for months in 2014"
AFP_HK_0515 = at("2016-05-15T18:00", HONG_KONG)
rows(
    "politics",
    AFP_HK_0515,
    None,
    ("Sunday", "2016-05-15", "day"),
    ("this morning", "2016-05-15T06:00..2016-05-15T12:00", "morning"),
    ("February 9, 2016", "2016-02-09", "day"),
    ("in 1997", "1997-01-01..1998-01-01", "year"),
    ("in 2014", "2014-01-01..2015-01-01", "year"),
)
rows("politics", AFP_HK_0515, P, ("next week", "2016-05-16..2016-05-23", "week"))
# AP, SYDNEY, Tuesday 2005-11-08 (washingtonpost.com/wp-dyn/content/article/2005/11/07/AR2005110701047): "arrested 17
# terrorism suspects in raids early Tuesday", "next year's Commonwealth Games", "expected to appear in courts ... later
# Tuesday", "Last year, the country's embassy in Jakarta was badly damaged"
AP_SYDNEY_1108 = at("2005-11-08T14:00", SYDNEY)
rows(
    "security",
    AP_SYDNEY_1108,
    None,
    ("early Tuesday", "2005-11-08T00:00..2005-11-08T06:00", "small hours"),
    ("Last year", "2004-01-01..2005-01-01", "year"),
)
rows(
    "security",
    AP_SYDNEY_1108,
    P,
    ("next year", "2006-01-01..2007-01-01", "year"),
    ("later Tuesday", "2005-11-08", "day"),
)
# AP, SYDNEY, Monday 2005-11-14 (bundlebox.blogspot.com/2005/12/sydney-australia-ap-australian-police.html): "in
# December last year", "who faced a Sydney magistrate last week", "released to the media Monday", "in December 2004",
# "to reappear in the Sydney court again on December 5", "a summit of Southeast Asian police chiefs in Jakarta this week"
AP_SYDNEY_1114 = at("2005-11-14T15:00", SYDNEY)
rows(
    "security",
    AP_SYDNEY_1114,
    None,
    ("in December last year", "2004-12-01..2005-01-01", "month"),
    ("last week", "2005-11-07..2005-11-14", "week"),
    ("Monday", "2005-11-14", "day"),
    ("in December 2004", "2004-12-01..2005-01-01", "month"),
)
rows(
    "security",
    AP_SYDNEY_1114,
    P,
    ("on December 5", "2005-12-05", "day"),
    ("this week", "2005-11-14..2005-11-21", "week"),
)
# Reuters via VOA, Tuesday 2014-09-30, Melbourne (voanews.com/a/reu-australia-counter-terrorism-raids-melbourne/
# 2466956.html): "raided a number of properties ... on Tuesday", "Last week, an 18-year-old ... was shot", "Earlier this
# month, more than 800 officers", "killed three people in Baghdad in July", caption "Sept. 25, 2014"
REUTERS_MELB_0930 = at("2014-09-30T16:00", SYDNEY)
rows(
    "security",
    REUTERS_MELB_0930,
    None,
    ("on Tuesday", "2014-09-30", "day"),
    ("Last week", "2014-09-22..2014-09-29", "week"),
    ("Earlier this month", "2014-09-01..2014-10-01", "month"),
    ("in July", "2014-07-01..2014-08-01", "month"),
    ("Sept. 25, 2014", "2014-09-25", "day"),
)
# Reuters, Wednesday 2014-09-24, Melbourne (archives.lincolndailynews.com/2014/Sep/24): "asked to attend a police
# station ... on Tuesday night", "told reporters on Wednesday", "had his passport suspended about a week ago", "Earlier
# this week, Abbott warned", "raided by authorities in 2012"
REUTERS_MELB_0924 = at("2014-09-24T15:00", SYDNEY)
rows(
    "security",
    REUTERS_MELB_0924,
    None,
    ("on Tuesday night", "2014-09-23T20:00..2014-09-24T06:00", "night"),
    ("on Wednesday", "2014-09-24", "day"),
    ("Earlier this week", "2014-09-22..2014-09-29", "week"),
    ("in 2012", "2012-01-01..2013-01-01", "year"),
)

# ============================================================ health: Washington, London
# NPR, Monday 2019-04-29 (npr.org/2019/04/29/718394046): "released the latest national measles count Monday", "declared
# eliminated from our country in 2000"
NPR_MEASLES_0429 = at("2019-04-29T16:00", NY)
rows(
    "health",
    NPR_MEASLES_0429,
    None,
    ("Monday", "2019-04-29", "day"),
    ("in 2000", "2000-01-01..2001-01-01", "year"),
)
# NPR, Monday 2019-04-15 7:39 pm (wcbe.org/post/measles-outbreak-accelerates-health-officials-warn): "Last week the
# U.S. recorded 90 cases", "So far this year", "the total number recorded last year", "the Centers for Disease Control
# ... announced Monday", "since we eliminated the disease in the year 2000", "Ukraine has recorded about 37,000 cases
# this year", "Last week, New York City declared"
NPR_MEASLES_0415 = at("2019-04-15T19:39", NY)
rows(
    "health",
    NPR_MEASLES_0415,
    None,
    ("Last week", "2019-04-08..2019-04-15", "week"),
    ("So far this year", "2019-01-01..2019-04-15T19:39", "range"),
    ("last year", "2018-01-01..2019-01-01", "year"),
    ("Monday", "2019-04-15", "day"),
    ("in the year 2000", "2000-01-01..2001-01-01", "year"),
    ("this year", "2019-01-01..2020-01-01", "year"),
)
# BBC Verify, late June 2025 (findsuperdeals.shop/how-is-your-nhs-hospital-doing-on-waiting-times; the 10-year plan
# "due to be published next week" came out on Thursday 3 July: taken as Friday 2025-06-27): "since the NHS improvement
# plan was announced in January", "had only started to push forward ... in April", "It has not been met since 2015",
# "due to be published next week", "to hit the target by March 2029", "targets to meet by March 2026"; and the same
# piece (europesays.com/uk/217221): "where they need to be by next March", "in April", "up from 58.7% in November"
BBC_NHS_JUNE = at("2025-06-27T06:00", LONDON)
rows(
    "health",
    BBC_NHS_JUNE,
    None,
    ("in January", "2025-01-01..2025-02-01", "month"),
    ("in April", "2025-04-01..2025-05-01", "month"),
    ("since 2015", "2015-01-01..2025-06-27T06:00", "range"),
    ("in November", "2024-11-01..2024-12-01", "month"),
)
rows(
    "health",
    BBC_NHS_JUNE,
    P,
    ("next week", "2025-06-30..2025-07-07", "week"),
    ("by March 2029", "2029-03-01..2029-04-01", "month"),
    ("by March 2026", "2026-03-01..2026-04-01", "month"),
    ("by next March", "2026-03-01..2026-04-01", "month"),
)
# BBC News, Thursday 2025-10-09 (qatarfortoday.com/archives/2510, "NHS waiting list rises for third month in row"):
# "At the end of August the waiting list ... hit 7.41 million", "in May it was 7.36 million", "Over the summer waits
# worsened", "predicted the coming winter would be tough"
BBC_NHS_OCT = at("2025-10-09T09:30", LONDON)
rows(
    "health",
    BBC_NHS_OCT,
    None,
    ("At the end of August", "2025-08-21..2025-09-01", "part of month"),
    ("in May", "2025-05-01..2025-06-01", "month"),
    ("Over the summer", "2025-06-01..2025-09-01", "season"),
)
rows("health", BBC_NHS_OCT, P, ("the coming winter", "2025-12-01..2026-03-01", "season"))

# ============================================================ markets: New York
# AP, Tuesday 2022-09-20 after the close (kalb.com/2022/09/20/stocks-close-lower-ahead-fed-decision-interest-rates):
# "The S&P 500 fell 1.1% Tuesday", "its meeting that ends Wednesday", caption "Monday, May 24, 2021"
AP_STOCKS_0920 = at("2022-09-20T16:30", NY)
rows(
    "markets",
    AP_STOCKS_0920,
    None,
    ("Tuesday", "2022-09-20", "day"),
    ("Monday, May 24, 2021", "2021-05-24", "day"),
)
rows("markets", AP_STOCKS_0920, P, ("Wednesday", "2022-09-21", "day"))
# AP, Monday 2022-09-19 after the close (tnledger.com/editorial/article.aspx?id=157573): "another big interest rate
# increase this week from the Federal Reserve", "The S&P 500 rose 0.7% on Monday", "Markets were looking ahead to
# Wednesday"
AP_STOCKS_0919 = at("2022-09-19T16:30", NY)
rows("markets", AP_STOCKS_0919, None, ("on Monday", "2022-09-19", "day"))
rows("markets", AP_STOCKS_0919, P, ("this week", "2022-09-19..2022-09-26", "week"), ("Wednesday", "2022-09-21", "day"))
# AP, Thursday 2022-08-25 after the close (dailymail.co.uk/wires/ap/article-11147037): "The S&P 500 rose 1.4%
# Thursday", "since tumbling Monday to their worst day in months", "The Fed's chair is scheduled to speak Friday
# morning"
AP_STOCKS_0825 = at("2022-08-25T16:30", NY)
rows("markets", AP_STOCKS_0825, None, ("Thursday", "2022-08-25", "day"), ("Monday", "2022-08-22", "day"))
rows("markets", AP_STOCKS_0825, P, ("Friday morning", "2022-08-26T06:00..2022-08-26T12:00", "morning"))
# Reuters, Tuesday 2016-07-26 about 9:45 a.m. ET (cn.reuters.com/article/usa-stocks-idCNL4N1AC48T): "FOMC begins
# two-day meeting on Tuesday", "Wall Street was little changed on Tuesday morning", "will announce its decision at 2:00
# p.m. ET on Wednesday", "a rate increase in September and a 42.8 percent chance in December", "record highs in the
# past two weeks", "reported earnings as of Monday", "At 9:40 a.m. ET the Dow", "what central bankers have to say
# tomorrow"
REUTERS_STOCKS_0726 = at("2016-07-26T09:45", NY)
rows(
    "markets",
    REUTERS_STOCKS_0726,
    None,
    ("on Tuesday morning", "2016-07-26T06:00..2016-07-26T12:00", "morning"),
    ("in the past two weeks", "2016-07-12T09:45..2016-07-26T09:45", "month"),
    ("as of Monday", "2016-07-25", "day"),
    ("At 9:40 a.m. ET", "2016-07-26T09:40", "minute"),
)
rows(
    "markets",
    REUTERS_STOCKS_0726,
    P,
    ("on Tuesday", "2016-07-26", "day"),
    ("at 2:00 p.m. ET on Wednesday", "2016-07-27T14:00", "minute"),
    ("in September", "2016-09-01..2016-10-01", "month"),
    ("in December", "2016-12-01..2017-01-01", "month"),
    ("tomorrow", "2016-07-27", "day"),
)

# ============================================================ fires: Los Angeles
# AP, LOS ANGELES, Sunday 2017-09-03 (vindyarchives.com/news/2017/sep/04/wildfires-surge-amid-scorching-heat): "ash
# rained down across Los Angeles on Sunday", "Authorities eased evacuation orders for Burbank and Glendale later
# Sunday"
AP_LA_0903 = at("2017-09-03T19:00", "America/Los_Angeles")
rows("fires", AP_LA_0903, None, ("on Sunday", "2017-09-03", "day"), ("later Sunday", "2017-09-03", "day"))
# AP, TRABUCO CANYON, Calif., Tuesday 2024-09-10 (candorium.com/news/20240910044253616): "filled skies east of Los
# Angeles on Tuesday", "Evacuation orders were expanded Tuesday night", "In recent years wildfires have regularly
# burned in and around Wrightwood", "known for its 1930s cabins", "frustration in 2016"
AP_FIRES_0910 = at("2024-09-10T22:00", "America/Los_Angeles")
rows(
    "fires",
    AP_FIRES_0910,
    None,
    ("on Tuesday", "2024-09-10", "day"),
    ("Tuesday night", "2024-09-10T20:00..2024-09-11T06:00", "night"),
    ("In recent years", "2021-09-10T22:00..2024-09-10T22:00", "range"),
    ("1930s", "1930-01-01..1940-01-01", "decade"),
    ("in 2016", "2016-01-01..2017-01-01", "year"),
)
# AP, AGUANGA, Calif., Tuesday 2023-10-31 (teslavision.tv/author/pilot/page/900): "The so-called Highland Fire erupted
# at about 12:45 p.m. Monday", "As of early Tuesday"
AP_FIRES_1031 = at("2023-10-31T07:00", "America/Los_Angeles")
rows(
    "fires",
    AP_FIRES_1031,
    None,
    ("at about 12:45 p.m. Monday", "2023-10-30T12:45", "minute"),
    ("As of early Tuesday", "2023-10-31T00:00..2023-10-31T06:00", "small hours"),
)

# ============================================================ labour: Paris
# BBC News, Thursday 2009-01-29 ("France braces for mass walk-out", newssniffer.co.uk/articles/194720; forum copy of
# Jan 29, 2009): "Last summer, President Nicolas Sarkozy boasted", "With unemployment looking likely to hit 10% by next
# year"
BBC_PARIS_0129 = at("2009-01-29T07:00", "Europe/Paris")
rows("labour", BBC_PARIS_0129, None, ("Last summer", "2008-06-01..2008-09-01", "season"))
rows("labour", BBC_PARIS_0129, P, ("by next year", "2010-01-01..2011-01-01", "year"))

# ============================================================ elections: Johannesburg
# Reuters, MIDRAND, South Africa, Friday 2024-05-31 10:54 UTC (ca.news.yahoo.com/top-anc-official-backs-ramaphosa-
# 105420282.html): "a dismal result in this week's parliamentary election", "governed South Africa since the end of
# apartheid in 1994"
REUTERS_ANC_0531 = at("2024-05-31T12:54", "Africa/Johannesburg")
rows(
    "elections",
    REUTERS_ANC_0531,
    None,
    ("this week", "2024-05-27..2024-06-03", "week"),
    ("in 1994", "1994-01-01..1995-01-01", "year"),
)

# ============================================================ sport: AP
# AP sports brief, Monday 2025-09-08 06:07 (gorgenewscenter.com/2025/09/08/6-07-sports-brief): "a 34-32 victory over
# the New York Jets on Sunday", "Sunday's showdown was the third Grand Slam tournament in a row"
AP_SPORTS_0908 = at("2025-09-08T06:07", "America/Los_Angeles")
rows("sport", AP_SPORTS_0908, None, ("on Sunday", "2025-09-07", "day"), ("Sunday's", "2025-09-07", "day"))
# AP, UNDATED, Sunday 2020-09-13 (kyma.com/sports/2020/09/13/update-on-the-latest-sports-119): "The season opened
# Thursday night in Kansas City", "The Pittsburgh Steelers will visit the New York Giants on Monday night"
AP_SPORTS_0913 = at("2020-09-13T09:00", NY)
rows("sport", AP_SPORTS_0913, None, ("Thursday night", "2020-09-10T20:00..2020-09-11T06:00", "night"))
rows("sport", AP_SPORTS_0913, P, ("on Monday night", "2020-09-14T20:00..2020-09-15T06:00", "night"))
# AP, DENVER, Friday 2016-09-09 (bkd-tv.net/2016/09/13/2016-nfl-week-1-tuesday-morning-qb): "a 21-20 victory over the
# Carolina Panthers Thursday night", caption "Thursday, Sept. 8, 2016, in Denver"
AP_DENVER_0909 = at("2016-09-09T00:30", "America/Denver")
rows(
    "sport",
    AP_DENVER_0909,
    None,
    ("Thursday night", "2016-09-08T20:00..2016-09-09T06:00", "night"),
    ("Thursday, Sept. 8, 2016", "2016-09-08", "day"),
)
# AP, LANDOVER, Md., Monday 2017-09-25 (the100yards.blogspot.com/2017/09): "before the first game of the morning
# Sunday in London", "one of the players at Snyder's side Sunday"
rows("sport", at("2017-09-25T01:00", NY), None, ("Sunday", "2017-09-24", "day"))
# AP "NFL Today, Week 1", Sunday 2018-09-09 (highergroundtimes.com/higher-ground/2018/sep/9/nfl-today-week-1):
# "SCOREBOARD Monday, Sept. 10"
rows("sport", at("2018-09-09T23:30", NY), P, ("Monday, Sept. 10", "2018-09-10", "day"))

# ============================================================ constructed: the year named by its start or its end
# "ending" with a date and no year looks either way, as a date without a year does: on 3 March the financial year
# ending March 31 is the one under way (read before as the year before it); "ended" stays the one over
MARCH_3_DELHI = at("2015-03-03T17:50", DELHI)
rows(
    "year by its ends (constructed)",
    MARCH_3_DELHI,
    None,
    ("in the financial year ending March 31", "2014-04-01..2015-04-01", "year"),
    ("in the year ended March 31", "2013-04-01..2014-04-01", "year"),
    ("in the fiscal year that began in April", "2014-04-01..2015-04-01", "year"),
)
rows(
    "year by its ends (constructed)",
    at("2015-08-10T17:50", DELHI),
    None,
    ("for the quarter ending June 30", "2015-04-01..2015-07-01", "quarter"),
)


@pytest.mark.parametrize(
    ("cls", "text", "published", "status", "expected", "precision"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}" for r in ROWS],
)
def test_wire_phrases_eleventh(cls, text, published, status, expected, precision):
    assert_reads(resolve(text, published, status=status), expected, published, precision)
