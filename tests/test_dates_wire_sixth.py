"""Wire-copy phrasings, sixth pass (issue 12): phrasings misread or refused in text not mined before: the English
Wikinews articles of NewsReader MEANTIME (120 articles, 2004-2011, TimeML TIMEX3; CC BY 4.0, read by
bench/cat_timex.py; named by corpus folder and file) and wire copy found on the web (named by agency, dateline
and the page it was read on). Rows as in test_dates_wire.py: expected values are wall times in the publication's
zone ("2009-10-01..2009-11-01" an explicit start and exclusive end)."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import DateError, resolve
from test_dates_wire import assert_reads, at, context_row_ids

NY, LONDON, TOKYO, CHICAGO = "America/New_York", "Europe/London", "Asia/Tokyo", "America/Chicago"

ROWS: list[
    tuple[str, str, datetime, str | None, str, str]
] = []  # (class, text, published, context, expected, precision)


def rows(cls: str, published: datetime, *found: tuple[str, str | None, str, str]) -> None:
    for text, context, expected, precision in found:
        ROWS.append((cls, text, published, context, expected, precision))


# ============================================================ a decade or a year written with two digits (class 6)
# "the '80s" was read, "80s" and "the `90s" were not, and "'82" was refused; a decade so written is the most recent
# of that name begun ("the '80s" in a 1989 story are those years), a year the one within the ninety years before
# the publication's year and the ten after
# MEANTIME corpus_gm/60086_Ford_Taurus_to_be_revived (Wikinews, 2007-02-09): "a design revolution that completely rid
# Detroit of the "boxy" cars of the 70s and 80s" (TimeML: 197, 198)
TAURUS = "leading to a design revolution that completely rid Detroit of the `` boxy '' cars of the 70s and 80s."
rows(
    "two digits",
    at("2007-02-09T12:00", NY),
    ("70s", TAURUS, "1970-01-01..1980-01-01", "decade"),
    ("80s", TAURUS, "1980-01-01..1990-01-01", "decade"),
    ("the 70s and 80s", None, "1970-01-01..1990-01-01", "range"),  # both decades
)
# MEANTIME corpus_stock/115711_Asian_stock_markets_slide (Wikinews, Monday 2008-10-27): "Asian stock markets slide;
# Nikkei at lowest level since '82" (TimeML: 1982)
rows(
    "two digits",
    at("2008-10-27T12:00", TOKYO),
    ("'82", None, "1982-01-01..1983-01-01", "year"),
    ("since '82", None, "1982-01-01..2008-10-27T12:00", "range"),
)
# Marketplace (Nancy Marshall-Genzer, 2019-07-01), https://www.marketplace.org/2019/07/01/whats-changed-since-last-
# record-setting-economic-expansion/: "it was easier to make a living as a blue-collar worker in the '90s" (curly)
rows("two digits", at("2019-07-01T12:00", NY), ("in the \u201990s", None, "1990-01-01..2000-01-01", "decade"))
# The Journal Record (NYT News Service), https://www.questia.com/newspaper/1P2-5726594/expansion-of-1990s-weakest-
# since-ww2 (no date on the page; early 1999 by "an expansion ... that has now lasted eight years"): "And that did not
# happen in the `90s, any more than it had in the `80s." (a backtick for the apostrophe)
rows(
    "two digits",
    at("1999-01-10T12:00", NY),
    ("the `90s", None, "1990-01-01..2000-01-01", "decade"),
    ("the `80s", None, "1980-01-01..1990-01-01", "decade"),
)

# ============================================================ a record over a span: "its lowest in 17 years" (class 2)
# "in 17 years" was read as the year 17 years on (2020 in a 2003 story), silently: after "lowest", "highest", "the
# first time", it is the 17 years up to the publication, as "the past 17 years"
# The Guardian, London, 2003-03-13, http://www.theguardian.com/media/2003/mar/13/reuters.citynews: "sent Reuters ...
# below 100p for the first time in 15 years"; "closed 13p, or 12%, lower at 95.5p - its lowest level in 17 years"
GUARDIAN = at("2003-03-13T18:00", LONDON)
rows(
    "a record over a span",
    GUARDIAN,
    ("for the first time in 15 years", None, "1988-03-13T18:00..2003-03-13T18:00", "range"),
    (
        "in 17 years",
        "closed 13p, or 12%, lower at 95.5p - its lowest level in 17 years.",
        "1986-03-13T18:00..2003-03-13T18:00",
        "range",
    ),
)
# Reuters, London, Wednesday 2010-05-05 (dnaindia.com, "World stocks hit 8-week low on euro zone worries"):
# "Shanghai's key index fell as much as 2% to its lowest in seven months"
rows(
    "a record over a span",
    at("2010-05-05T12:00", LONDON),
    (
        "in seven months",
        "Shanghai's key index fell as much as 2% to its lowest in seven months, suffering from Beijing's weekend moves",
        "2009-10-05T12:00..2010-05-05T12:00",
        "range",
    ),
)

# ============================================================ plans read as plans (class 1): "should", "on track to"
# MEANTIME corpus_gm/127461_Penske_Auto_selected_to_buy_General_Motors (Wikinews, 2009-06-05): "The transaction
# should be completed in October." (TimeML: 2009-10; read before as October 2008)
rows(
    "plans",
    at("2009-06-05T12:00", NY),
    ("October", "The transaction should be completed in October.", "2009-10-01..2009-11-01", "month"),
)
# AP, Washington, 1999-09-06 (amarillo.com, "U.S. on pace to pass own expansion record"): "The country has gone more
# than eight years without a recession ... and is on track to surpass the all-time record of the 1960s expansion in
# February." (read before as February 1999)
rows(
    "plans",
    at("1999-09-06T12:00", NY),
    (
        "in February",
        "The country has gone more than eight years without a recession - a peacetime record - and is on track to "
        "surpass the all-time record of the 1960s expansion in February.",
        "2000-02-01..2000-03-01",
        "month",
    ),
)
# Reuters, London, Wednesday 2020-10-28 (ksaplayers.com, "U.S. goods trade deficit shrinks in September"): "Investors
# were rattled by a media report that France might impose a national lockdown from midnight on Thursday." (AP's
# midnight Thursday: the end of Thursday; read before as the end of last Thursday)
rows(
    "plans",
    at("2020-10-28T10:00", LONDON),
    (
        "from midnight on Thursday",
        "Investors were rattled by a media report that France might impose a national lockdown from midnight on "
        "Thursday.",
        "2020-10-30T00:00..2020-10-30T00:01",
        "minute",
    ),
)
# a plan's own verbs: "must", "is now targeting", "rescheduled for"; a plan that was ("originally set for") is not one
# Florida Today, Cape Canaveral, Thursday 2023-08-24, https://www.floridatoday.com/story/tech/science/space/2023/08/24/
# nasa-spacex-friday-crew-7-astronaut-iss-falcon-9-rocket-launch-kennedy-space-center-florida/70623776007/
FLORIDA_TODAY = at("2023-08-24T12:00", NY)
rows(
    "plans",
    FLORIDA_TODAY,
    (
        "3:50 a.m. EDT Friday",
        "The Dragon topped Falcon 9 rocket must liftoff exactly on time at 3:50 a.m. EDT Friday or delay to another "
        "day.",
        "2023-08-25T03:50..2023-08-25T03:51",
        "minute",
    ),
    (
        "Wednesday night",
        "Wednesday afternoon, SpaceX teams at nearby Cape Canaveral Space Force Station rescheduled the latest Falcon 9 "
        "Starlink mission \u2014 originally set for Wednesday night \u2014 to fly hours after Friday's targeted launch",
        "2023-08-23T20:00..2023-08-24T06:00",
        "night",
    ),
)
# (the same story) "SpaceX teams at Kennedy Space Center are on track to launch a Falcon 9 rocket early Friday" (read
# before as the small hours of the Friday before)
rows(
    "plans",
    FLORIDA_TODAY,
    (
        "early Friday",
        "SpaceX teams at Kennedy Space Center are on track to launch a Falcon 9 rocket early Friday to send the "
        "international roster of four astronauts of NASA's Crew-7 mission on a half-year voyage",
        "2023-08-25T00:00..2023-08-25T06:00",
        "small hours",
    ),
)
# Spaceflight Now, Thursday 2018-06-28, https://spaceflightnow.com/2018/06/28/launch-timeline-for-spacexs-15th-space-
# station-resupply-mission/: "The launch of a Japanese cargo ship ... has been rescheduled for Wednesday due to a poor
# weather forecast" (read before as the Wednesday before)
rows(
    "plans",
    at("2018-06-28T12:00", NY),
    (
        "for Wednesday",
        "The launch of a Japanese cargo ship with more than 4.5 tons of supplies bound for the International Space "
        "Station has been rescheduled for Wednesday due to a poor weather forecast at the mission's island launch base.",
        "2018-07-04",
        "day",
    ),
)
# Florida Today, updated Friday 2020-11-13, https://www.floridatoday.com/story/tech/science/space/2020/11/12/weather-
# good-ula-launch-astronauts-rehearse-spacex-iss-mission/6263893002/: "Update: NASA on Friday confirmed that SpaceX is
# now targeting 7:27 p.m. Sunday for SpaceX's Crew-1 launch"
rows(
    "plans",
    at("2020-11-13T12:00", NY),
    (
        "7:27 p.m. Sunday",
        "Update: NASA on Friday confirmed that SpaceX is now targeting 7:27 p.m. Sunday for SpaceX's Crew-1 launch to "
        "the International Space Station.",
        "2020-11-15T19:27..2020-11-15T19:28",
        "minute",
    ),
)
# BNS, Vilnius, Tuesday 2024-12-03 (delfi.lt, "President may approve new govt on Wednesday"): "Jansonas said that the
# Government's programme should be presented to parliament on Thursday"
rows(
    "plans",
    at("2024-12-03T12:00", "Europe/Vilnius"),
    (
        "on Thursday",
        "Jansonas said that the Government's programme should be presented to parliament on Thursday and its "
        "consideration would likely last a week.",
        "2024-12-05",
        "day",
    ),
)
# a clause of time in the present after a verb that looks ahead ("will ... when they visit ... on Wednesday night")
# Reuters, 2023-08-22 (bworldonline.com, "Inter Miami moves to US Open Cup play versus FC Cincinnati"; a preview four
# days after the Leagues Cup final of Saturday 19 August): "LIONEL MESSI and Inter Miami will play in a major semifinal
# ... when they visit FC Cincinnati on Wednesday night in the US Open Cup."
rows(
    "plans",
    at("2023-08-22T12:00", NY),
    (
        "on Wednesday night",
        "LIONEL MESSI and Inter Miami will play in a major semifinal for the second time in eight days when they visit "
        "FC Cincinnati on Wednesday night in the US Open Cup.",
        "2023-08-23T20:00..2023-08-24T06:00",
        "night",
    ),
)
# AFP, Sunday 2006-12-03 (TE3 silver AFP_ENG_20061203.0193): "Tehran's role in Iraqi affairs will come up for
# discussions when powerful Shiite leader Abdel Aziz al-Hakim meets Bush in Washington on Monday." (TE3 silver: the
# next day; read before as the Monday before)
rows(
    "plans",
    at("2006-12-03T12:00", "Asia/Baghdad"),
    (
        "on Monday",
        "However Tehran's role in Iraqi affairs will come up for discussions when powerful Shiite leader Abdel Aziz "
        "al-Hakim meets Bush in Washington on Monday.",
        "2006-12-04",
        "day",
    ),
)
# AFP, Saturday 2006-12-09 (TE3 silver AFP_ENG_20061209.0080): "The Malaysian said he will be under pressure when the
# tournament starts on Sunday."
rows(
    "plans",
    at("2006-12-09T12:00", "Asia/Qatar"),
    (
        "on Sunday",
        "The Malaysian said he will be under pressure when the tournament starts on Sunday.",
        "2006-12-10",
        "day",
    ),
)


# ============================================================ across the year's end (class 13), and a plan that did not come about
# AP, New York, Saturday 2025-01-04 (semissourian.com, "Trump's sentencing is set for Jan. 10. Here's what could happen
# next"): dates without a year in the first days of a year ("July 11" after "initially set for" was read as July
# 2025: a plan that was is not one; the others were read so before, kept for the boundary)
AP_20250104 = at("2025-01-04T08:00", NY)
rows(
    "year boundary",
    AP_20250104,
    (
        "in May",
        "Trump was convicted in May of 34 felony counts of falsifying his business' records.",
        "2024-05-01..2024-06-01",
        "month",
    ),
    ("the Jan. 10 proceeding", None, "2025-01-10", "day"),
    ("July 11", "Trump's sentencing was initially set for July 11.", "2024-07-11", "day"),
    (
        "late November",
        "the proceeding was postponed twice, eventually landing on a date in late November, after the presidential "
        "election.",
        "2024-11-21..2024-12-01",
        "part of month",
    ),
)
# (DW) Friday 2025-01-03 (mumbai.dywpk.org.uk/sentencing-in-trump-hush-money-case-set-for-january-10): "The sentence
# should have been pronounced as early as mid-September." (read before as September 2025: "as early as" looked ahead)
rows(
    "year boundary",
    at("2025-01-03T18:00", "Europe/Berlin"),
    (
        "as early as mid-September",
        "The sentence should have been pronounced as early as mid-September.",
        "2024-09-11..2024-09-21",
        "part of month",
    ),
    (
        "May of last year",
        "Trump was found guilty in May of last year of illegally concealing $130,000",
        "2024-05-01..2024-06-01",
        "month",
    ),
)

# ============================================================ the period the sentence named (class 12, with the sentence)
# "the same month a year ago" was the publication's month a year back, "the same period last year" the year-earlier
# quarter: with the sentence, the month, quarter or period it named before them, a year back (or in the year said)
# MEANTIME corpus_gm/120578_Automobile_sales_in_the_United_States_down_sharply (Wikinews, 2009-02-03): "Sales of
# automobiles in the United States fell as much as 35% in January, compared to the same month a year ago" (TimeML:
# 2008-01)
rows(
    "the same period",
    at("2009-02-03T12:00", NY),
    (
        "the same month a year ago",
        "Sales of automobiles in the United States fell as much as 35% in January, compared to the same month a year "
        "ago, as manufacturers reported their January sales.",
        "2008-01-01..2008-02-01",
        "month",
    ),
)
# MEANTIME corpus_gm/160257_Ford_US_auto_sales_spike (Wikinews, 2010-03-03): "its sales in the United States rose 43%
# in February compared to the same period last year" (TimeML: 2009-02)
rows(
    "the same period",
    at("2010-03-03T12:00", NY),
    (
        "the same period last year",
        "Ford Motor Company said on Tuesday that its sales in the United States rose 43% in February compared to the "
        "same period last year, as the automaker outsold rivals Toyota and General Motors.",
        "2009-02-01..2009-03-01",
        "month",
    ),
)
# AFP, 2006-12-01 (TE3 silver AFP_ENG_20061201.0410): "In the first nine months of the year, it recorded a pre-tax loss
# of 276 million euros, against 168 million in the same period of 2005" (read before as the third quarter of 2005)
rows(
    "the same period",
    at("2006-12-01T12:00", "Europe/Paris"),
    (
        "the same period of 2005",
        "In the first nine months of the year, it recorded a pre-tax loss of 276 million euros, against 168 million in "
        "the same period of 2005",
        "2005-01-01..2005-10-01",
        "range",
    ),
)
# MEANTIME corpus_gm/31965_GM_posts_first_annual_loss_since_1992 (Wikinews, 2006-01-27): "GM reported losing US$4.8
# billion in the fourth quarter of 2005 and a total loss of $8.6 billion for the entire year." (TimeML: 2005; read
# before as 2006, the year of the report)
rows(
    "the same period",
    at("2006-01-27T12:00", NY),
    (
        "the entire year",
        "GM reported losing US$4.8 billion in the fourth quarter of 2005 and a total loss of $8.6 billion for the "
        "entire year.",
        "2005-01-01..2006-01-01",
        "year",
    ),
)
# the year said after the month the words stop at
# MEANTIME corpus_gm/126361_U.S._automaker_GM_plans_to_close_1,100_dealerships (Wikinews, 2009-05-15): "dealerships
# whose franchises won't be renewed after October of next year will receive a private letter" (the TIMEX3 is "October";
# TimeML: 2010-10; read before as October 2008)
rows(
    "the year after the words",
    at("2009-05-15T12:00", NY),
    (
        "October",
        "Instead, dealerships whose franchises won't be renewed after October of next year will receive a private "
        "letter telling them of the decision.",
        "2010-10-01..2010-11-01",
        "month",
    ),
)


@pytest.mark.parametrize(
    ("cls", "text", "published", "context", "expected", "precision"),
    ROWS,
    ids=context_row_ids(ROWS),
)
def test_wire_copy_sixth(cls, text, published, context, expected, precision):
    assert_reads(resolve(text, published, context=context), expected, published, precision)


# ============================================================ constructed checks (no copy found for these in MEANTIME or on
# the pages searched): each a phrasing read wrong or refused before, kept apart from the rows above, which come from copy
CONSTRUCTED = [
    # "in the weeks ahead", "in the years to come", "in the coming hours": as "in the coming weeks" (refused before)
    ("in the weeks ahead", "2024-11-06T15:00", NY, "2024-11-06T15:00..2024-11-27T15:00", "month"),
    ("in the years to come", "2024-11-06T15:00", NY, "2024-11-06T15:00..2027-11-06T15:00", "range"),
    ("in the coming hours", "2024-11-06T15:00", NY, "2024-11-06T15:00..2024-11-06T18:00", "day"),
    ("the week ahead", "2024-11-10T09:00", NY, "2024-11-11..2024-11-18", "week"),
    # a launch "no earlier than Friday": the coming one (before: the Friday before)
    ("no earlier than Friday", "2024-11-06T15:00", NY, "2024-11-08", "day"),
    # "the '20s" in 2024: the 1920s (the present decade only once half over); "the class of '28": within the ten years ahead
    ("the '20s", "2024-11-06T15:00", NY, "1920-01-01..1930-01-01", "decade"),
    ("the '20s", "2027-11-06T15:00", NY, "2020-01-01..2030-01-01", "decade"),
    ("the class of '28", "2024-11-06T15:00", NY, "2028-01-01..2029-01-01", "year"),
]


@pytest.mark.parametrize(("text", "published", "tz", "expected", "precision"), CONSTRUCTED)
def test_constructed(text, published, tz, expected, precision):
    pub = at(published, tz)
    assert_reads(resolve(text, pub), expected, pub, precision)


# the new look-ahead words stay out of reports of what happened: a verb of motion ("moved to"), what might or must
# have been, a present "is targeting" that is no launch date, a "rescheduled" that is over (each read before as the
# Tuesday before a Wednesday story, and still so)
PAST_STAYS_PAST = [
    "He moved to Kyiv on Tuesday.",
    "Police said the gunman might have fled on Tuesday.",
    "Investigators said the drone must have been launched on Tuesday.",
    "Russia is targeting energy sites, officials said on Tuesday.",
    "The meeting, rescheduled twice, took place on Tuesday.",
]


@pytest.mark.parametrize("sentence", PAST_STAYS_PAST)
def test_past_reports_keep_the_tuesday_before(sentence):
    pub = at("2024-11-20T12:00", NY)  # a Wednesday
    assert_reads(resolve("on Tuesday", pub, context=sentence), "2024-11-19", pub, "day")


def test_in_a_matter_of_days_is_a_length_of_time():
    """Constructed: "in a matter of days" names no time to place (cannot read before)."""
    with pytest.raises(DateError, match="a length of time"):
        resolve("in a matter of days", at("2024-11-06T15:00", NY))


# ============================================================ refused, with a message that says why
REFUSED = [
    # an age, not a decade (read before as the 1970s, or refused as unreadable)
    # Boston Globe, Quincy, 2019-08-07, https://www.bostonglobe.com/metro/2019/08/07/man-his-struck-quincy-police-
    # cruiser/YV1j8Q88HpVf1t3ZLKynGN/story.html: "A man in his late 70s was struck by a police cruiser"
    ("his late 70s", None, "an age"),
    # Global News, Toronto, 2021-05-26, https://globalnews.ca/news/7895619/university-avenue-gerrard-street-collision/:
    # "Police say a man in his 70s was taken to hospital after a collision"
    (
        "70s",
        "Police say a man in his 70s was taken to hospital after a collision in downtown Toronto on Wednesday.",
        "an age",
    ),
    # a temperature, not a decade
    # WUSA9, Washington (wusa9.com, "Very warm Thursday with some storms this evening"): "Thursday is partly cloudy and
    # nearly hot with highs in the mid and upper 80s."; "Temps drop behind this front into the 70s for Friday and Saturday."
    ("the mid and upper 80s", None, "a temperature"),
    ("the 70s", "Temps drop behind this front into the 70s for Friday and Saturday.", "a temperature"),
    # WITN, Greenville NC, 2021-07-28 (witn.com, "Jim's First Alert Forecast"): "Highs will lift to the low 90s Thursday"
    ("the low 90s", None, "a temperature"),
    # a length of time in a report, not "in a week" from now (read before as the day a week on)
    # Reuters, London, 2020-10-28 (ksaplayers.com): "as COVID-19 deaths across Europe rose almost 40% in a week"
    ("in a week", "as COVID-19 deaths across Europe rose almost 40% in a week.", "a length of time"),
]


@pytest.mark.parametrize(("text", "context", "why"), REFUSED)
def test_refused_says_why_sixth(text, context, why):
    with pytest.raises(DateError, match=why):
        resolve(text, at("2020-10-28T10:00", LONDON), context=context)
