"""Wire-copy phrasings, seventh pass (issue 12): an audit from the held-out set's point of view. Sentences of modern
wire copy (AP, Reuters, AFP, NPR, Canadian Press, dpa-AFX...) read on the web pages they were found on (named by
page), each with its publication day and zone, with the words as the table reads them and the sentence around them;
the rows read right before are kept as evidence too. Expected values are wall times in the publication's zone, as in
test_dates_wire.py ("2024-11-01..2024-12-01" an explicit start and exclusive end)."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import DateError, resolve
from test_dates_wire import assert_reads, at, context_row_ids

NY, LONDON, KHARTOUM, JERUSALEM = "America/New_York", "Europe/London", "Africa/Khartoum", "Asia/Jerusalem"
TORONTO, CHICAGO, KYIV = "America/Toronto", "America/Chicago", "Europe/Kyiv"

ROWS: list[
    tuple[str, str, datetime, str | None, str, str]
] = []  # (class, text, published, context, expected, precision)


def rows(cls: str, published: datetime, *found: tuple[str, str | None, str, str]) -> None:
    for text, context, expected, precision in found:
        ROWS.append((cls, text, published, context, expected, precision))


# ============================================================ a weekday in a report of what happened (class 1)
# AP, Washington, Wednesday 2013-06-26 (mprnews.org/story/2013/06/26/politics/obama-briefs-leaders-on-foreign-policy-
# issues)
OBAMA = at("2013-06-26T12:00", NY)
rows(
    "weekday, past",
    OBAMA,
    (
        "Tuesday",
        "President Barack Obama briefed congressional leaders for an hour Tuesday on foreign policy issues",
        "2013-06-25",
        "day",
    ),
)
# USA Today, Washington, Monday 2015-03-23 (pastebn.online mirror of usatoday.com/story/theoval/2015/03/23/obama-
# afghanistan-iran-ashraf-ghani-haider-al-abadi/25214077)
GHANI = at("2015-03-23T12:00", NY)
rows(
    "weekday, past",
    GHANI,
    (
        "on Monday",
        "Ghani, who began his visit to Washington on Monday, is speaking with other high-ranking U.S. officials this "
        "week, including Defense Secretary Ashton Carter and Secretary of State John Kerry.",
        "2015-03-23",
        "day",
    ),
    (
        "Monday",
        "The White House also announced Monday that Obama will meet April 14 at the White House with Iraq Prime "
        "Minister Haider al-Abadi.",
        "2015-03-23",
        "day",
    ),
)
# AP via the Atlanta Journal-Constitution, Monday 2025-05-12 (ajc.com/news/nation-world/white-house-correspondents-
# protest-lack-of-wire-reporters-on-air-force-one/J2AQKASZGNEHPMPDPTVUQHI4CE/)
AJC = at("2025-05-12T15:00", NY)
rows(
    "weekday, past",
    AJC,
    (
        "on Monday",
        "no reporters from either The Associated Press, Bloomberg or Reuters were allowed on Air Force One to cover "
        "President Donald Trump's trip to the Middle East on Monday",
        "2025-05-12",
        "day",
    ),
    (
        "Monday",
        "The group representing White House journalists said Monday it was disturbed that the Trump administration "
        "barred any wire service news reporters from traveling with the president on Air Force One to the Middle East.",
        "2025-05-12",
        "day",
    ),
)
# AP, Lima, Saturday 2016-11-19 (ksl.com/article/42268962, "The Latest: Obama reporters separated from motorcade")
LIMA = at("2016-11-19T23:30", "America/Lima")
rows(
    "weekday, past",
    LIMA,
    (
        "Saturday",
        "Three vans carrying a TV crew, still photographers and wire service and other reporters were became separated "
        "Saturday as Obama departed the gala dinner at Parque de la Reserva.",
        "2016-11-19",
        "day",
    ),
)
# NPR, Wednesday 2017-09-20 (npr.org/sections/thetwo-way/2017/09/20/552284324/hurricane-maria-makes-landfall-in-puerto-
# rico)
MARIA = at("2017-09-20T09:12", NY)
rows(
    "weekday, past",
    MARIA,
    ("on Tuesday", "Gov. Ricardo Rossello told NPR on Tuesday.", "2017-09-19", "day"),
    (
        "on Tuesday",
        "President Donald Trump on Tuesday offered his support via Twitter",
        "2017-09-19",
        "day",
    ),
)
# Reuters, Wednesday 2017-09-20 (reuters.com/article/us-storm-maria-nhc/hurricane-maria-makes-landfall-in-puerto-rico-
# nhc-idUSKCN1BV1BM)
rows(
    "weekday, past",
    MARIA,
    (
        "on Wednesday",
        "Hurricane Maria has made landfall near Yabucoa, Puerto Rico, the U.S. National Hurricane Center (NHC) said on "
        "Wednesday.",
        "2017-09-20",
        "day",
    ),
)
# Scroll.in (Reuters), Wednesday 2017-09-20 (scroll.in/latest/851326)
SCROLL = at("2017-09-20T19:00", "Asia/Kolkata")
rows(
    "weekday, past",
    SCROLL,
    (
        "On Tuesday",
        "On Tuesday, the French overseas territory of Guadeloupe was hit hard by the hurricane that left 80,000 people "
        "without electricity.",
        "2017-09-19",
        "day",
    ),
    (
        "on Tuesday",
        "The French overseas territory of Guadeloupe was hit hard by the hurricane, Reuters reported on Tuesday.",
        "2017-09-19",
        "day",
    ),
)
# Reuters via blouinnews.com, Monday 2014-08-11 07:34 EDT ("Israelis, Palestinians launch fresh three-day ceasefire")
GAZA14 = at("2014-08-11T14:34", JERUSALEM)
rows(
    "weekday, past",
    GAZA14,
    (
        "on Friday",
        "Hamas claimed it fired rockets as far as the Tel Aviv area for the first time since a previous truce expired "
        "on Friday, just minutes before the new truce took hold.",
        "2014-08-08",
        "day",
    ),
    (
        "on Sunday",
        "A senior Israeli government official said on Sunday Israeli negotiators would return to Cairo to resume "
        "indirect talks with the Palestinians, if the truce held",
        "2014-08-10",
        "day",
    ),
    (
        "on Friday",
        "The Palestinian negotiators have remained in Cairo since the last cease-fire expired on Friday.",
        "2014-08-08",
        "day",
    ),
)
# CNN via andisendi.blogspot.com, Monday 2019-05-06 ("Ceasefire appears to take hold in Gaza")
GAZA19 = at("2019-05-06T12:00", JERUSALEM)
rows(
    "weekday, past",
    GAZA19,
    (
        "Friday",
        "At least 23 people were killed in Gaza, including two infants and two pregnant women, in the exchanges that "
        "began Friday, while four people were killed in Israel by rockets.",
        "2019-05-03",
        "day",
    ),
    (
        "Sunday",
        'Israeli Prime Minister Benjamin Netanyahu had warned Sunday that "massive attacks against terrorist elements" '
        "would continue due to the rocket attacks coming from Gaza.",
        "2019-05-05",
        "day",
    ),
)
# Fox Business, Monday 2026-01-26 (foxbusiness.com/lifestyle/thousands-flights-canceled-delayed-nationwide-amid-winter-
# storm-chaos)
FOXB = at("2026-01-26T10:00", NY)
rows(
    "weekday, past",
    FOXB,
    (
        "Sunday",
        "The historic 2,000-mile-wide winter storm peaked Sunday, impacting more than 245 million people from New "
        "Mexico to Maine through Monday morning, FOX Weather reported.",
        "2026-01-25",
        "day",
    ),
    (
        "On Sunday",
        "On Sunday, more than 11,400 flights were canceled nationwide, according to FlightAware.",
        "2026-01-25",
        "day",
    ),
)
# The Philadelphia Inquirer, Tuesday 2014-03-18 (inquirer.com/philly/business/transportation/20140318_Snow_cancels_87_
# PHL_flights.html)
PHL = at("2014-03-18T08:00", NY)
rows(
    "weekday, past",
    PHL,
    (
        "Monday",
        "Philadelphia International Airport had 87 flight cancellations and some delays Monday due to the winter storm.",
        "2014-03-17",
        "day",
    ),
    (
        "Monday",
        "US Airways, Philadelphia's dominant airline, canceled 41 flights Monday, a little less than 10 percent of its "
        "daily departures, said US Airways spokesman Todd Lehmacher.",
        "2014-03-17",
        "day",
    ),
)
# Newsweek, Monday 2022-12-26 (newsweek.com/over-1700-flights-canceled-3000-delayed-monday-amid-deadly-arctic-storm-
# 1769643)
NWK = at("2022-12-26T13:00", NY)
rows(
    "weekday, past",
    NWK,
    (
        "Monday",
        "airlines again canceled hundreds of flights across the country Monday.",
        "2022-12-26",
        "day",
    ),
    (
        "Friday",
        "Hazardous weather forced Buffalo Niagara International Airport to close Friday, as airport officials said high "
        "winds caused snow drifts and low visibility.",
        "2022-12-23",
        "day",
    ),
)

# ============================================================ a weekday in a plan (class 1)
rows(
    "weekday, plan",
    NWK,
    (
        "on Tuesday at 11 a.m.",
        "The airport is scheduled to reopen on Tuesday at 11 a.m.",
        "2022-12-27T11:00",
        "minute",
    ),
)
rows(
    "weekday, plan",
    GAZA14,
    (
        "on Monday",
        "An Israeli official said the Israeli delegation, which left Cairo on Friday morning, would return on Monday if "
        "the cease-fire held overnight",
        "2014-08-11",
        "day",
    ),
)
rows(
    "weekday, plan",
    MARIA,
    (
        "Wednesday morning",
        "The NHC says the eye will continue to move across the U.S. territory Wednesday morning and will move off the "
        "northern coast by afternoon.",
        "2017-09-20T06:00..2017-09-20T12:00",
        "morning",
    ),
)

# ============================================================ since (class 2)
rows(
    "since",
    OBAMA,
    (
        "since March 1",
        "The meeting, in the White House Oval Office, was the first since March 1 among the president, Vice President "
        "Joe Biden, Senate Majority Leader Harry Reid",
        "2013-03-01..2013-06-26T12:00",
        "range",
    ),
)
# lehighvalleylive.com, Wednesday 2017-09-20 (weather/index.ssf/2017/09/devastating_marias_center_make.html)
rows(
    "since",
    MARIA,
    (
        "since 1928",
        "It was the strongest storm to hit the island since 1928, the Miami Herald reported.",
        "1928-01-01..2017-09-20T09:12",
        "range",
    ),
)
# The Herald-Review (AP), Deerfield, Tuesday 2020-10-27 (herald-review.com/business/caterpillar-third-quarter-profit-
# totals-668-million/article_b96333d0-15fd-53c9-baf6-09b98716adac.html)
CAT = at("2020-10-27T12:00", CHICAGO)
rows(
    "since",
    CAT,
    (
        "since the beginning of the year",
        "Caterpillar shares have increased 11% since the beginning of the year, while the Standard & Poor's 500 index "
        "has climbed slightly more than 5%.",
        "2020-01-01..2020-10-27T12:00",
        "range",
    ),
)

# ============================================================ wire clock times (class 4)
rows(
    "clock time",
    MARIA,
    (
        "at 6:15 a.m. ET Wednesday",
        "Maria made landfall in Puerto Rico at 6:15 a.m. ET Wednesday as a Category 4 hurricane",
        "2017-09-20T06:15",
        "minute",
    ),
)
# WSOC-TV (Cox), Wednesday 2025-10-29 (wsoctv.com/news/trending/hurricane-melissa-storm-makes-landfall-cuba/
# J7IKFOFJI5HCNDCKNBWXKXMO3Y/)
MELISSA = at("2025-10-29T08:03", NY)
rows(
    "clock time",
    MELISSA,
    (
        "At 8 a.m. ET on Wednesday",
        "At 8 a.m. ET on Wednesday, the National Hurricane Center reported Melissa's center about 45 miles northwest of "
        "Guantanamo, Cuba",
        "2025-10-29T08:00",
        "minute",
    ),
    (
        "at 3:05 a.m. local time",
        "The center of Melissa hit the coastal town of Chivirico in the municipality of Guama, Santiago de Cuba "
        "province, at 3:05 a.m. local time, according to Cuba's Institute of Meteorology.",
        "2025-10-29T03:05",
        "minute",
    ),
)
# AFP via France 24 (uk.news.yahoo.com/clashes-air-strikes-reported-sudan-203004507.html), Monday 2023-05-22
SUDAN = at("2023-05-22T22:30", KHARTOUM)
rows(
    "clock time",
    SUDAN,
    (
        "shortly after 9:45 pm (1945 GMT)",
        "The witnesses reported combat in north Khartoum, and air strikes in the east of the capital shortly after "
        "9:45 pm (1945 GMT) when the truce was to take effect.",
        "2023-05-22T21:45..2023-05-22T22:45",
        "hour",  # "shortly after" a time: the hour after it, as the README has "shortly after midnight Friday"
    ),
)
# The Jerusalem Post, Monday 2019-05-06 (jpost.com/Breaking-News/Ceasefire-agreement-reached-between-Israel-and-Gaza-
# officials-report-588913)
rows(
    "clock time",
    GAZA19,
    (
        "at 4:30 am Monday",
        "confirmed that the ceasefire went into effect at 4:30 am Monday.",
        "2019-05-06T04:30",
        "minute",
    ),
    (
        "at 4:30 a.m. local time",
        "A spokesman for the Palestinian group Islamic Jihad told CNN that the agreement took effect at 4:30 a.m. local "
        "time in Gaza.",
        "2019-05-06T04:30",
        "minute",
    ),
)
rows(
    "clock time",
    FOXB,
    ("as of 7 a.m. Monday", "while delays reached 8,831 as of 7 a.m. Monday.", "2026-01-26T07:00", "minute"),
)
rows(
    "clock time",
    NWK,
    (
        "as of 11 a.m. ET Monday",
        "More than 1,700 flights within, into or out of the United States were already canceled as of 11 a.m. ET "
        "Monday, according to flight tracking website FlightAware.",
        "2022-12-26T11:00",
        "minute",
    ),
)
# The Motley Fool, Tuesday 2016-11-22 (fool.com/investing/2016/11/22/why-shares-of-dollar-tree-surged-today.aspx)
DLTR = at("2016-11-22T13:00", NY)
rows(
    "clock time",
    DLTR,
    ("At 11:30 a.m. EST", "At 11:30 a.m. EST, the stock was up about 10%.", "2016-11-22T11:30", "minute"),
)

# ============================================================ early Tuesday, parts of a day (class 7)
rows(
    "early Tuesday",
    MELISSA,
    (
        "early Wednesday",
        "Hurricane Melissa made landfall early Wednesday in eastern Cuba as a Category 3 storm",
        "2025-10-29T00:00..2025-10-29T06:00",
        "small hours",
    ),
)
rows(
    "part of a day",
    GAZA14,
    (
        "on Friday morning",
        "An Israeli official said the Israeli delegation, which left Cairo on Friday morning, would return on Monday",
        "2014-08-08T06:00..2014-08-08T12:00",
        "morning",
    ),
)
rows(
    "part of a day",
    GAZA19,
    (
        "on Monday morning",
        "Hamas and Islamic Jihad announced on Monday morning that a ceasefire has been reached with Israel.",
        "2019-05-06T06:00..2019-05-06T12:00",
        "morning",
    ),
)
# AP via the Dayton Daily News, Monday 2026-02-23 (daytondailynews.com/news/nation-world/powerful-winter-storm-roils-
# travel-across-the-us-leading-to-thousands-of-flight-cancellations/ALIRWTGQGVMALCG4LQHM3X5VCY/)
DAYTON = at("2026-02-23T11:00", NY)
rows(
    "part of a day",
    DAYTON,
    (
        "Monday morning",
        "Thousands of flight disruptions piled up Monday morning.",
        "2026-02-23T06:00..2026-02-23T12:00",
        "morning",
    ),
    (
        "As of around 9:30 a.m. ET",
        "As of around 9:30 a.m. ET, nearly 5,500 flights in or out of the U.S. were canceled",
        "2026-02-23T09:30",
        "minute",
    ),
)

# ============================================================ quarters and a year ago (classes 11, 12)
# The Canadian Press via Cornwall Seaway News, Friday 2024-11-01 (cornwallseawaynews.com/ontario-news/shares-in-aecon-
# up-more-than-10-after-q3-results-top-expectations/)
AECON = at("2024-11-01T12:00", TORONTO)
rows(
    "quarter",
    AECON,
    (
        "a year earlier",
        "The company reported a third-quarter profit of $56.5 million or 85 cents per diluted share for the quarter "
        "ended Sept. 30, down from a profit of $133.4 million or $1.63 per diluted share a year earlier.",
        "2023-07-01..2023-10-01",
        "quarter",
    ),
    (
        "in the same quarter last year",
        "Revenue for the quarter totalled $1.28 billion, up from $1.24 billion in the same quarter last year.",
        "2023-07-01..2023-10-01",
        "quarter",
    ),
    ("Nov. 1, 2024", "This report by The Canadian Press was first published Nov. 1, 2024.", "2024-11-01", "day"),
)
# dpa-AFX (RTT News), Dallas, Monday 2014-10-20 (finanznachrichten.de/nachrichten-2014-10/31740566-ti-profit-tops-
# estimate-020.htm)
TXN = at("2014-10-20T17:00", CHICAGO)
rows(
    "quarter",
    TXN,
    (
        "third-quarter",
        "Texas Instruments Inc (TXN) Monday reported third-quarter profit of $826 million or $0.76 per share",
        "2014-07-01..2014-10-01",
        "quarter",
    ),
    (
        "For the fourth quarter",
        "For the fourth quarter, the company forecasts earnings of $0.64 to $0.74 per share",
        "2014-10-01..2015-01-01",
        "quarter",
    ),
    ("Monday", "Texas Instruments Inc (TXN) Monday reported third-quarter profit", "2014-10-20", "day"),
)
rows(
    "quarter",
    DLTR,
    (
        "For the fourth quarter",
        "For the fourth quarter, the company expects revenue between $5.59 billion and $5.69 billion",
        "2016-10-01..2017-01-01",
        "quarter",
    ),
    (
        "on Tuesday",
        "Shares of retailer Dollar Tree (DLTR -0.14%) rose on Tuesday following the company's third-quarter results.",
        "2016-11-22",
        "day",
    ),
)
# The Motley Fool, Tuesday 2013-10-29 (fool.com/investing/general/2013/10/29/defense-contractor-l-3-beats-on-earnings)
LLL = at("2013-10-29T15:00", NY)
rows(
    "quarter",
    LLL,
    (
        "Q3 2012",
        "Operating profit margins at L-3 grew 40 basis points over Q3 2012 levels.",
        "2012-07-01..2012-10-01",
        "quarter",
    ),
    (
        "earlier this year",
        "The 10.5% operating profit margin reported was also ahead of the curve for how L-3 performed earlier this year",
        "2013-01-01..2014-01-01",
        "year",
    ),
    (
        "Tuesday",
        "L-3 Communications (LLL) shares rose in midday trading Tuesday trading, following a Q3 2013 earnings report",
        "2013-10-29",
        "day",
    ),
)
# AP via rubbertest.blogspot.com (businessweek.com), Findlay, Monday 2010-11-01 ("Cooper Tire 3Q profit drops 4.7 pct")
CTB = at("2010-11-01T12:00", NY)
rows(
    "quarter",
    CTB,
    (
        "from the third quarter of 2009",
        "North American tire operations made a $55 million operating profit, up $7 million from the third quarter of "
        "2009, the company said.",
        "2009-07-01..2009-10-01",
        "quarter",
    ),
    (
        "next year",
        "It also said it would increase production next year by 10 percent over this year",
        "2011-01-01..2012-01-01",
        "year",
    ),
    (
        "Monday",
        "Cooper Tire & Rubber Co. said Monday its third-quarter net income fell 4.7 percent",
        "2010-11-01",
        "day",
    ),
)
rows(
    "a year ago",
    CAT,
    (
        "in the last 12 months",
        "The stock has increased 22% in the last 12 months.",
        "2019-10-27T12:00..2020-10-27T12:00",
        "range",
    ),
    (
        "on Tuesday",
        "Caterpillar Inc. on Tuesday reported third-quarter profit of $668 million.",
        "2020-10-27",
        "day",
    ),
)

# ============================================================ a month without a year, a year, a decade (classes 6, 13)
rows(
    "month, no year",
    MELISSA,
    (
        "in August",
        "The others were Hurricane Erin in August and Hurricane Humberto in September.",
        "2025-08-01..2025-09-01",
        "month",
    ),
    ("2005", "The only season with more Category 5s was 2005, when four", "2005-01-01..2006-01-01", "year"),
)
rows(
    "month, no year",
    OBAMA,
    (
        "on July 1",
        "The meeting came as the president is making his case for an immigration overhaul and for avoiding a big "
        "increase in student loan interest rates on July 1.",
        "2013-07-01",
        "day",
    ),
    (
        "earlier this month",
        "from his meetings with Chinese President Xi Jinping earlier this month to his recent session in Northern "
        "Ireland",
        "2013-06-01..2013-07-01",
        "month",
    ),
)
rows(
    "month, no year",
    GHANI,
    ("April 14", "Obama will meet April 14 at the White House", "2015-04-14", "day"),
    (
        "last month",
        "the White House said in announcing the visit last month.",
        "2015-02-01..2015-03-01",
        "month",
    ),
)
rows(
    "month, no year",
    MARIA,
    (
        "in 1932",
        "the last Category 4 storm to make landfall on the island was in 1932, reports the AP.",
        "1932-01-01..1933-01-01",
        "year",
    ),
)
rows(
    "month, no year",
    NWK,
    (
        "on December 23, 2022",
        "Travelers walk through JFK Airport on December 23, 2022, in New York City.",
        "2022-12-23",
        "day",
    ),
)


# ============================================================ more rows, by publication (classes 1, 2, 4, 6, 7, 10, 12, 13)
# the Ukrainian Air Force "starting on Thursday evening" was read as the Thursday after, with the sentence and without
# Liga.net, Kyiv, Friday 2024-10-25 (news.liga.net/en/kiev/news/ukraine-faces-another-night-of-russian-drone-attacks-
# with-falling-debris-reported-in-kyiv)
LIGA = at("2024-10-25T09:00", KYIV)
rows(
    "weekday, past",
    LIGA,
    (
        "starting on Thursday evening",
        "The Air Force reported groups of enemy Shahed drones in various regions of Ukraine starting on Thursday "
        "evening.",
        "2024-10-24T18:00..2024-10-25T00:00",
        "evening",
    ),
    (
        "As of Friday morning",
        "As of Friday morning, Russian strike drones were still being detected in the air",
        "2024-10-25T06:00..2024-10-25T12:00",
        "morning",
    ),
    (
        "October 14",
        "The last night without strike drones was October 14, marking the first time in 48 days",
        "2024-10-14",
        "day",
    ),
)
# Anadolu via turkeyposts.net, Montevideo, Monday 2019-11-25 ("Uruguay's election winner to be announced by Friday")
URUGUAY = at("2019-11-25T12:00", "America/Montevideo")
rows(
    "weekday, plan",
    URUGUAY,
    (
        "by Friday",
        "The Electoral Court said the winner would be announced by Friday given that the margin is as narrow as some "
        "30,000 votes",
        "2019-11-29",
        "day",
    ),
    (
        "on Tuesday",
        "\u201cWe will resume the recount on Tuesday,\u201d head of the Electoral Court Jose Arocena said.",
        "2019-11-26",
        "day",
    ),
    ("on March 1, 2020", "The winner will take office on March 1, 2020 for a five-year term.", "2020-03-01", "day"),
    ("on Sunday", "Uruguay went to polls on Sunday to elect the replacement of Tabare Vasquez", "2019-11-24", "day"),
)
# AP via latestly.com, Montevideo, "Nov 25 (AP)" 2024 (world-news-polls-close-in-uruguays-election-...-6442725.html)
rows(
    "weekday, past",
    at("2024-11-25T10:00", "Asia/Kolkata"),
    (
        "on Sunday",
        "Balloting in Uruguay's runoff election came to a close on Sunday, starting a countdown to the announcement of "
        "official results",
        "2024-11-24",
        "day",
    ),
    (
        "2019",
        "as happened in the contentious 2019 runoff that brought centre-right President Luis Lacalle Pou",
        "2019-01-01..2020-01-01",
        "year",
    ),
)
# Africanews (Reuters), Tunis, Sunday 2019-10-13 (africanews.com/2019/10/13/exit-poll-expected-in-tunisia-s-
# presidential-run-off-poll): GMT converted to the story's zone
TUNIS = at("2019-10-13T21:00", "Africa/Tunis")
rows(
    "clock time",
    TUNIS,
    (
        "at 17:00 GMT on Sunday",
        "In Tunisia, polls closed at 17:00 GMT on Sunday in the second round",
        "2019-10-13T18:00",
        "minute",
    ),
    (
        "As at 14:30 GMT on Sunday",
        "As at 14:30 GMT on Sunday, the electoral commission pegged turn out at 39.2 percent.",
        "2019-10-13T15:30",
        "minute",
    ),
    ("a week ago", "a parliamentary election a week ago.", "2019-10-06", "day"),
    (
        "in September",
        "the poll drew more people than the first round held in September",
        "2019-09-01..2019-10-01",
        "month",
    ),
)
# AP via the Central Maine Morning Sentinel, Sunday 2015-10-25 (centralmaine.com/2015/10/25/around-the-globe-9-nations-
# go-to-vote/)
NINE = at("2015-10-25T23:00", NY)
rows(
    "weekday, past",
    NINE,
    ("on Sunday", "Elections were being held in nine countries around the world on Sunday.", "2015-10-25", "day"),
    (
        "on Sunday",
        "Former Bogota Mayor Enrique Penalosa won a tight race to regain his old job on Sunday, handing a stunning "
        "defeat to Colombia's left",
        "2015-10-25",
        "day",
    ),
    ("Sunday's vote", "The winner of Sunday's vote will face immediate demands for reform.", "2015-10-25", "day"),
    (
        "Sunday night",
        "A TV comic took a commanding lead in early returns Sunday night",
        "2015-10-25T20:00..2015-10-26T06:00",
        "night",
    ),
    ("five years ago", "since a disputed vote five years ago triggered violence", "2010-01-01..2011-01-01", "year"),
    (
        "a December runoff",
        "a December runoff seems inevitable in the impoverished Caribbean nation",
        "2015-12-01..2016-01-01",
        "month",
    ),
)
# France 24 (AFP) via caymanmama.com, Brasilia, Sunday 2022-10-30 ("Lula and Bolsonaro face run-off...")
BRAZIL = at("2022-10-30T09:00", "America/Sao_Paulo")
rows(
    "weekday, past",
    BRAZIL,
    ("Sunday", "Polls opened Sunday in Brazil's presidential election runoff", "2022-10-30", "day"),
    (
        "on October 2",
        "Neither Lula or Bolsonaro gained over 50% of the votes in the first round on October 2",
        "2022-10-02",
        "day",
    ),
    (
        "until 5 p.m.",
        "Voting will continue until 5 p.m. in Brazil's capital, Brasilia",
        "2022-10-30T09:00..2022-10-30T17:00",
        "range",
    ),
)
# dpa via the Spokesman-Review, Kyiv, Wednesday 2024-10-30 (spokesman.com/stories/2024/oct/30/russian-drone-attack-on-
# kyiv-injures-at-least-nine/)
rows(
    "weekday, past",
    at("2024-10-30T12:00", KYIV),
    ("on Wednesday", "military officials reported on Wednesday on the Telegram platform.", "2024-10-30", "day"),
    (
        "in October",
        "This marked the 19th drone attack on the city of 3 million people in October alone.",
        "2024-10-01..2024-11-01",
        "month",
    ),
)
# Ukrainska Pravda, Kyiv, Tuesday 2024-10-15 (pravda.com.ua/eng/news/2024/10/15/7479860/)
rows(
    "clock time",
    at("2024-10-15T23:00", KYIV),
    (
        "on the evening of 15 October",
        "Russian forces launched attack drones on the evening of 15 October",
        "2024-10-15T18:00..2024-10-16T00:00",
        "evening",
    ),
    ("At 22:48", "At 22:48, Klitschko reported Russian attack drones over the capital", "2024-10-15T22:48", "minute"),
)
# Kenyan Post, Friday 2022-10-14 (kenyan-post.com/2022/10/kyiv-comes-under-more-attacks-from-russian-kamikaze-drones-videos/)
rows(
    "weekday, past",
    at("2022-10-14T12:00", "Africa/Nairobi"),
    (
        "on Thursday, October 13",
        "drones to attack the Kyiv and Odesa regions on Thursday, October 13",
        "2022-10-13",
        "day",
    ),
    (
        "on Thursday",
        "Three kamikaze drones hit the district of Bucha, Nebytov said in a Telegram post on Thursday.",
        "2022-10-13",
        "day",
    ),
)
# iHeart (WBRZ, WDSU), Baton Rouge, Friday 2021-04-16 (iheart.com/content/2021-04-16-gov-edwards-declares-state-of-
# emergency-amid-ongoing-storms/)
LOUISIANA = at("2021-04-16T15:00", CHICAGO)
rows(
    "weekday, past",
    LOUISIANA,
    (
        "on Thursday (April 15)",
        "still recovering after overnight storms on Thursday (April 15) knocked out power",
        "2021-04-15",
        "day",
    ),
    (
        "On Tuesday",
        "On Tuesday, a commercial ship capsized off the coast with 19 people on board.",
        "2021-04-13",
        "day",
    ),
    (
        "As of Friday afternoon",
        "As of Friday afternoon, the Coast Guard was continuing to search",
        "2021-04-16T12:00..2021-04-16T18:00",
        "afternoon",
    ),
)
# IBTimes, Wednesday night 2021-09-01 (ibtimes.com/tornado-watch-across-east-coast-effect-until-thursday-flash-flood-
# warnings-still-3286377)
IDA = at("2021-09-01T23:30", NY)
rows(
    "until",
    IDA,
    (
        "until 1 a.m. Thursday",
        "The National Weather Service has extended a tornado watch in several counties in New Jersey ... until 1 a.m. "
        "Thursday.",
        "2021-09-01T23:30..2021-09-02T01:00",
        "range",
    ),
    (
        "at 10 p.m. Wednesday",
        "The tornado watch in the state's other counties ended at 10 p.m. Wednesday.",
        "2021-09-01T22:00",
        "minute",
    ),
    (
        "Wednesday night",
        "Gov. Phil Murphy, D-N.J., declared a state of emergency Wednesday night",
        "2021-09-01T20:00..2021-09-02T06:00",
        "night",
    ),
)
# Reuters, Thursday 2021-05-20 (reuters.com/world/us/heavy-rain-across-texas-louisiana-coasts-cause-significant-flood-
# risk-2021-05-20/)
TEXAS = at("2021-05-20T08:00", CHICAGO)
rows(
    "early Tuesday",
    TEXAS,
    (
        "early Wednesday",
        "At one point early Wednesday, more than 100,000 customers were without power in Texas",
        "2021-05-19T00:00..2021-05-19T06:00",
        "small hours",
    ),
    ("on Wednesday", "the Arkansas Division of Emergency Management said on Wednesday.", "2021-05-19", "day"),
    (
        "on Tuesday",
        "Governor Greg Abbott on Tuesday ordered the Texas State Operations Center (SOC) to expand",
        "2021-05-18",
        "day",
    ),
)
# WAFB, Baton Rouge, Thursday 2017-08-24 (wafb.com/story/36208564/gov-edwards-declares-state-of-emergency-due-to-
# hurricane-harvey); WDTV, Bridgeport, Friday 2023-03-03 (wdtv.com/2023/03/03/state-emergency-effect-all-west-virginia/)
rows(
    "weekday, past",
    at("2017-08-24T18:00", CHICAGO),
    ("Thursday", "Gov. John Bel Edwards held a news conference Thursday", "2017-08-24", "day"),
)
WDTV = at("2023-03-03T11:00", NY)
rows(
    "month, no year",
    WDTV,
    (
        "on Feb. 16",
        "Gov. Jim Justice declared the State of Emergency in response to weather on Feb. 16.",
        "2023-02-16",
        "day",
    ),
    ("Friday", "Justice said Friday the state will remain on guard.", "2023-03-03", "day"),
)
# Times Herald-Record, Middletown NY, Friday 2010-02-26 (recordonline.com/article/20100226/NEWS/100229738)
rows(
    "range",
    at("2010-02-26T10:00", NY),
    (
        "from noon until 5 p.m. on Friday",
        "Sullivan County Manager David Fanslau declared from noon until 5 p.m. on Friday the county will be on a limited "
        "state of emergency.",
        "2010-02-26T12:00..2010-02-26T17:00",
        "range",
    ),
)


# ============================================================ more rows: closures, strikes, deadlines (classes 1, 4, 10)
# a plan put off is over: "postponed earlier plans to reopen FLL on Thursday" was read as the Thursday after
# Local10 (WPLG), Fort Lauderdale, Friday 2023-04-14 (local10.com/news/local/2023/04/14/fll-port-everglades-officials-
# ask-travelers-to-check-with-airlines-cruise-lines-amid-flood-recovery/)
FLL14 = at("2023-04-14T10:00", NY)
FLL_CLOSED = (
    "After the Federal Aviation Administration issued ground stops on flights because of flooding on Wednesday, FLL "
    "closed Thursday and announced plans to reopen at 9 a.m., Friday."
)
rows(
    "weekday, past",
    FLL14,
    (
        "on Thursday",
        "Amid more rain and flooded runways, Broward County officials postponed earlier plans to reopen FLL on "
        "Thursday and at 5 a.m., Friday.",
        "2023-04-13",
        "day",
    ),
    ("on Wednesday", FLL_CLOSED, "2023-04-12", "day"),
    ("Thursday", FLL_CLOSED, "2023-04-13", "day"),
)
# Travel Pulse (classifieds mirror), Thursday 2023-04-13 (travel.classifieds4w.com/article/5222/major-florida-airport-
# remains-closed-after-record-rain-and-flooding): "forced to close on Wednesday"
FLL13 = at("2023-04-13T15:00", NY)
rows(
    "weekday, past",
    FLL13,
    (
        "on Wednesday",
        "Fort Lauderdale-Hollywood International Airport, which was forced to close on Wednesday, said in a statement "
        "on social media that it would remain closed until at least 5 a.m. on Friday.",
        "2023-04-12",
        "day",
    ),
    ("by Friday", "We hope to be operating again by Friday.", "2023-04-14", "day"),
    ("in 1929", "FLL first opened in 1929 as Merle Fogg Field", "1929-01-01..1930-01-01", "year"),
)
# CBS Miami, Thursday 2023-04-13 (cbsnews.com/miami/news/fort-lauderdale-hollywood-international-airport-closed-
# flooding/)
rows(
    "until",
    at("2023-04-13T18:00", NY),
    (
        "until 9 a.m. Friday",
        "Officials said Thursday that Fort Lauderdale-Hollywood International Airport will be closed until 9 a.m. "
        "Friday after extensive flooding",
        "2023-04-13T18:00..2023-04-14T09:00",
        "range",
    ),
    (
        "Thursday",
        "Officials said Thursday that Fort Lauderdale-Hollywood International Airport will be closed",
        "2023-04-13",
        "day",
    ),
)
# FlightGlobal, Houston, Thursday 2019-09-19 (flightglobal.com/safety/houston-airport-closes-due-to-flooding/134396.article)
rows(
    "clock time",
    at("2019-09-19T18:30", CHICAGO),
    (
        "on 19 September",
        "Houston's George Bush Intercontinental airport closed on 19 September due to flooding",
        "2019-09-19",
        "day",
    ),
    ("at 17:00 local time", "the airport said on Twitter at 17:00 local time.", "2019-09-19T17:00", "minute"),
)
# Bloomberg via Daily Maverick, London, Sunday 2024-01-07 (dailymaverick.co.za/article/2024-01-07-london-tube-strike-
# called-off-after-talks-progress-rmt-says/); AFP via unitedstatesnews.online (london-underground-strike-suspended-at-
# last-minute), the same day
TUBE = at("2024-01-07T18:00", LONDON)
TUBE_OFF = (
    "Planned action from Monday to Thursday will no longer go ahead after RMT made progress in discussions with "
    "Transport for London on Sunday, the union said in a statement."
)
rows(
    "range",
    TUBE,
    ("from Monday to Thursday", TUBE_OFF, "2024-01-08..2024-01-12", "range"),
    ("on Sunday", TUBE_OFF, "2024-01-07", "day"),
    (
        "on Friday, Aug. 19, 2022",
        "during a one-day strike by tube workers in London, UK, on Friday, Aug. 19, 2022.",
        "2022-08-19",
        "day",
    ),
    ("on Monday", "meant there would still be disruption to services on Monday.", "2024-01-08", "day"),
    (
        "on Sunday",
        "A strike that threatened to grind London's underground network to a virtual halt for several days was called "
        "off at the last minute on Sunday",
        "2024-01-07",
        "day",
    ),
    (
        "by 1730 GMT on Sunday",
        "warning users to complete their journeys by 1730 GMT on Sunday.",
        "2024-01-07T17:30",
        "minute",
    ),
    (
        "on Tuesday",
        "Junior doctors are due to end their longest consecutive strike in the seven-decade history of Britain's "
        "National Health Service (NHS) on Tuesday.",
        "2024-01-09",
        "day",
    ),
)
# The Star, Sheffield, Thursday 2022-09-08 (thestar.co.uk/news/people/postal-strikes-sheffield-cwu-calls-of-fridays-
# strike-action-out-of-respect-for-queen-elizabeth-ii-3837192)
rows(
    "weekday, plan",
    at("2022-09-08T15:00", LONDON),
    (
        "for Friday, September 9",
        "The Communication Workers Union (CWU) has cancelled all planned strike action scheduled for Friday, September 9",
        "2022-09-09",
        "day",
    ),
)
# Reuters, London, Thursday 2016-12-22 (in.reuters.com/article/iag-strike-ba-idINL5N1EH58N)
BA = at("2016-12-22T12:00", LONDON)
rows(
    "named day",
    BA,
    (
        "on Thursday",
        "British Airways cabin crew have called off a planned Christmas strike, trade union Unite said on Thursday.",
        "2016-12-22",
        "day",
    ),
    ("on Boxing Day", "The planned cabin crew strike on Boxing Day has also been suspended", "2016-12-26", "day"),
    ("on Dec. 16", "had voted on Dec. 16 in favour of strike action in a pay dispute.", "2016-12-16", "day"),
    ("this month", "A number of planned strikes have been called this month.", "2016-12-01..2017-01-01", "month"),
)
# Reuters via Global Times, Monday 2019-03-11 20:58 Beijing (globaltimes.cn/content/1141704.shtml)
BREXIT19 = at("2019-03-11T20:58", "Asia/Shanghai")
rows(
    "weekday, plan",
    BREXIT19,
    (
        "on March 29",
        "Just 18 days before the UK is due to leave the EU on March 29, there is still no ratified divorce deal",
        "2019-03-29",
        "day",
    ),
    ("for Tuesday", "pull a parliamentary vote on her deal planned for Tuesday.", "2019-03-12", "day"),
    (
        "on Tuesday",
        "it seems the second meaningful vote will go ahead on Tuesday but it also seems",
        "2019-03-12",
        "day",
    ),
    (
        "over the weekend",
        "European officials said there had been no breakthrough in talks over the weekend",
        "2019-03-09..2019-03-11",
        "weekend",
    ),
)
# Reuters via the Oman Observer, Luxembourg, Tuesday 2019-10-15 (omanobserver.om/11th-hour-wrangling-to-secure-brexit-deal/)
LUX = at("2019-10-15T12:00", "Europe/Luxembourg")
rows(
    "until",
    LUX,
    ("October 31", "a delay to the October 31 scheduled departure date", "2019-10-31", "day"),
    ("1998", "controls which could undermine the 1998 peace agreement", "1998-01-01..1999-01-01", "year"),
)
# Bloomberg via the Hindu BusinessLine, Tuesday 2020-10-13 (thehindubusinessline.com/news/world/brexit-negotiators-turn-up-
# heat-with-48-hours-till-uk-deadline/article32851286.ece)
rows(
    "weekday, plan",
    at("2020-10-13T12:00", LONDON),
    (
        "on Wednesday",
        "The deadlock is set to continue on Wednesday when Johnson and European Commission President Ursula von der Leyen discuss the impasse",
        "2020-10-14",
        "day",
    ),
    (
        "by Thursday",
        "he will walk away from the negotiations if there is no clear progress by Thursday, when EU leaders hold a summit",
        "2020-10-15",
        "day",
    ),
    ("on Tuesday", "German Chancellor Angela Merkel told a virtual EU conference on Tuesday.", "2020-10-13", "day"),
    (
        "at year-end",
        "would see Britain leave the single market and customs union at year-end without a trade deal",
        "2020-12-01..2021-01-01",
        "month",
    ),
)
# Bloomberg via Business Standard, Monday 2018-10-15 (business-standard.com/article/international/brexit-nov-dec-best-
# opportunity-for-a-deal-says-irish-pm-leo-varadkar-118101501181_1.html)
BS = at("2018-10-15T12:00", "Asia/Kolkata")
rows(
    "weekday, plan",
    BS,
    (
        "on Sunday",
        "on course to miss a key milestone on the road to a Brexit deal after talks hit a roadblock on Sunday.",
        "2018-10-14",
        "day",
    ),
    (
        "on Wednesday",
        "There will be no further attempt to resolve the impasse before the EU summit in the Belgian capital on Wednesday",
        "2018-10-17",
        "day",
    ),
)
# AFP via Siasat, Vienna, Tuesday 2015-07-07 (archive.siasat.com/news/iran-talks-miss-another-deadline-go-all-week-792705/)
VIENNA = at("2015-07-07T20:00", "Europe/Vienna")
rows(
    "until",
    VIENNA,
    (
        "until Friday, July 10",
        "a November 2013 interim accord ... would be extended until Friday, July 10, meaning this is the effective new "
        "deadline.",
        "2015-07-07T20:00..2015-07-11",
        "range",
    ),
    ("a November 2013", "a November 2013 interim accord", "2013-11-01..2013-12-01", "month"),
    ("since 2013", "It was the fifth time since 2013", "2013-01-01..2015-07-07T20:00", "range"),
)


# ============================================================ AP's "X through Y" (class 3); named days, months, years
# "August through October" was read as "through October", from the publication (a July story: 20 July to 31 October)
# AP via the Tampa Bay Times, Washington, Friday 2012-07-20 (tampabay.com/incoming/us-forecast-hot-dry-weather-to-linger-
# into-fall/1241237)
DROUGHT = at("2012-07-20T08:00", NY)
rows(
    "range",
    DROUGHT,
    (
        "for August through October",
        "The National Oceanic and Atmospheric Administration's outlook for August through October shows that nearly "
        "every state likely will have hotter-than-normal temperatures.",
        "2012-08-01..2012-11-01",
        "range",
    ),
    ("Thursday", "federal weather forecasters said Thursday.", "2012-07-19", "day"),
    (
        "last week",
        "the percentage of the country suffering from drought edged up from nearly 51 percent last week to more than "
        "53 percent this week",
        "2012-07-09..2012-07-16",
        "week",
    ),
    (
        "starting Saturday",
        "NOAA is also forecasting more triple-digit temperatures for several days starting Saturday for much of the "
        "Midwest",
        "2012-07-21",
        "day",
    ),
)
# U.S. Drought Monitor summary via TSCRA, Thursday 2020-08-27 (tscra.org/us-drought-monitor-and-summary-aug-29-2020/);
# High Plains Journal, Thursday 2023-08-31 (hpj.com/2023/08/31/heat-continues-to-put-pressure-on-drought-conditions/)
rows(
    "range",
    at("2020-08-27T08:00", CHICAGO),
    (
        "on Thursday (Aug. 27)",
        "is expected, however, to make a Gulf Coast landfall along the border of Louisiana and Texas on Thursday (Aug. "
        "27)",
        "2020-08-27",
        "day",
    ),
    (
        "the August 2019 to July 2020 period",
        "In the Trans Pecos region of West Texas, the August 2019 to July 2020 period was the warmest on record",
        "2019-08-01..2020-08-01",
        "range",
    ),
)
rows(
    "since",
    at("2023-08-31T12:00", CHICAGO),
    (
        "since the beginning of July",
        "reporting rainfall deficits ranging from 3 to 6 inches since the beginning of July.",
        "2023-07-01..2023-08-31T12:00",
        "range",
    ),
    ("last week", "in association with Tropical Storm Harold last week", "2023-08-21..2023-08-28", "week"),
)
# Ukraine's first Christmas on 25 December: France 24 (Reuters) via Yahoo, Monday 2023-12-25 (ca.news.yahoo.com/
# ukrainians-celebrate-christmas-25-december-100341729.html); RFE/RL (rferl.org/a/ukraine-orthodox-church-christmas/
# 32746847.html); Anadolu via Cumhuriyet Daily (cumhuriyetdaily.com/world/ukrainian-orthodox-celebrate-christmas-on-
# december-25-for-the-first-time-2134079)
XMAS = at("2023-12-25T12:00", KYIV)
rows(
    "named day",
    XMAS,
    (
        "on December 24",
        "Orthodox believers attended a Christmas vigil at St. Michael's Golden-Domed Monastery in Kyiv on December 24.",
        "2023-12-24",
        "day",
    ),
    ("In 2019", "In 2019, the Constantinople Patriarchate confirmed the autocephaly", "2019-01-01..2020-01-01", "year"),
    (
        "on Sunday night",
        "In a Christmas message issued on Sunday night, Zelensky said all Ukrainians could unite.",
        "2023-12-24T20:00..2023-12-25T06:00",
        "night",
    ),
    (
        "in July",
        "Ukrainian President Volodymyr Zelensky announced the shift in July",
        "2023-07-01..2023-08-01",
        "month",
    ),
    ("on 25 December", "Ukrainians celebrated Christmas on 25 December for the first time", "2023-12-25", "day"),
    (
        "on Christmas Eve",
        "In his message on Christmas Eve, Zelensky announced that Ukrainians are celebrating Christmas together.",
        "2023-12-24",
        "day",
    ),
    (
        "On January 5, 2019",
        "On January 5, 2019, the Ukrainian Orthodox Church gained independence",
        "2019-01-05",
        "day",
    ),
    (
        "on Sunday",
        "There was a high turnout for the night service held on Sunday across the country.",
        "2023-12-24",
        "day",
    ),
    ("on January 7", "However, many Orthodox Ukrainians will continue to celebrate on January 7.", "2024-01-07", "day"),
)
# AFP via jezzine.com, Odesa, Sunday 2023-12-24 ("Ukrainians move Christmas to December 25 to be far from Moscow");
# AFP via naatforum (news.naatforum.com/threads/ukrainians-mark-orthodox-christmas-on-december-25-in-snub-to-
# russia.78062); africana55radio.com/?p=124275 (the same day)
ODESA = at("2023-12-24T20:00", KYIV)
rows(
    "named day",
    ODESA,
    (
        "on Sunday",
        "Ukrainian Orthodox Christians attended services on Sunday as the country for the first time celebrated",
        "2023-12-24",
        "day",
    ),
    (
        "Sunday evening",
        "in a Christmas message released Sunday evening.",
        "2023-12-24T18:00..2023-12-25T00:00",
        "evening",
    ),
    (
        "in July",
        "Zelensky signed a law in July moving the celebration to December 25",
        "2023-07-01..2023-08-01",
        "month",
    ),
    ("in 2014", "over Moscow's annexation of Crimea in 2014", "2014-01-01..2015-01-01", "year"),
    (
        "on Monday",
        "Many Ukrainians will on Monday celebrate Christmas Day on December 25 for the first time",
        "2023-12-25",
        "day",
    ),
    (
        "since 1917",
        "It is the first time since 1917 that Ukraine will have its Christmas Day on 25 December.",
        "1917-01-01..2023-12-24T20:00",
        "range",
    ),
    ("earlier this year", "after a decree passed earlier this year", "2023-01-01..2024-01-01", "year"),
)
# Thomson Reuters results (PRNewswire), Toronto, Thursday 2026-02-05 (ttm.financial/m/news/2609713013) and Thursday
# 2025-02-06 (au.advfn.com/stock-market/TSX/TRI/stock-news/95383772/)
TRI26 = at("2026-02-05T06:30", TORONTO)
rows(
    "quarter",
    TRI26,
    (
        "the fourth quarter",
        "today reported results for the fourth quarter and full year ended December 31, 2025",
        "2025-10-01..2026-01-01",
        "quarter",
    ),
    ("Last year", "Last year we executed several strategic acquisitions", "2025-01-01..2026-01-01", "year"),
)
rows(
    "quarter",
    at("2025-02-06T06:30", TORONTO),
    (
        "in January 2025",
        "Acquired SafeSend to expand tax automation capabilities for $600 million in January 2025",
        "2025-01-01..2025-02-01",
        "month",
    ),
    (
        "Looking ahead to 2025",
        "Looking ahead to 2025, we continue to focus on investing",
        "2025-01-01..2026-01-01",
        "year",
    ),
)


# ============================================================ AP's present of what is to come; "By" a past moment
# "The president meets Tuesday", "The ... decision arrives Wednesday" were read as the Tuesday and Wednesday before; "By
# 5 p.m. on Wednesday, there were 369 people sheltering" (a Thursday story) as the Wednesday after
rows(
    "weekday, plan",
    GHANI,
    (
        "Tuesday",
        "The president meets Tuesday at the White House with Afghanistan President Ashraf Ghani to discuss the pace of "
        "withdrawal of U.S. troops from that country, among other issues.",
        "2015-03-24",
        "day",
    ),
)
# Rise Investment News (Yahoo Finance), Tuesday 2025-05-06 (riseinvestmentnews.org/fed-interest-rate-decision-market-
# slides-as-trump-tariff-fears-intensify)
FED25 = at("2025-05-06T17:00", NY)
FED_ARRIVES = (
    "The much-anticipated Fed interest rate decision arrives Wednesday as policymakers conclude their two-day meeting "
    "that began Tuesday."
)
rows(
    "weekday, plan",
    FED25,
    ("Wednesday", FED_ARRIVES, "2025-05-07", "day"),
    ("Tuesday", FED_ARRIVES, "2025-05-06", "day"),
    ("on Tuesday", "US stocks declined on Tuesday amid renewed tariff concerns.", "2025-05-06", "day"),
    ("Monday's", "contributing to Monday's retreat by the S&P 500", "2025-05-05", "day"),
)
# The New York Times via southminneapolisnews.com, Thursday 2021-08-19 (nytimes.com/2021/08/19/us/caldor-dixie-fire-
# evacuations.html)
CALDOR = at("2021-08-19T12:00", "America/Los_Angeles")
rows(
    "clock time",
    CALDOR,
    (
        "By 5 p.m. on Wednesday",
        "By 5 p.m. on Wednesday, there were 369 people sheltering at 11 wildfire shelters",
        "2021-08-18T17:00",
        "minute",
    ),
    (
        "As of Wednesday evening",
        "As of Wednesday evening, the uncontained blaze had forced about 23,000 residents",
        "2021-08-18T18:00..2021-08-19T00:00",
        "evening",
    ),
    (
        "in mid-July",
        "The Dixie has so far burned more than 662,000 acres since it emerged in mid-July.",
        "2021-07-11..2021-07-21",
        "part of month",
    ),
    (
        "over the weekend",
        "But the Caldor fire, which began east of Sacramento over the weekend, has changed that equation.",
        "2021-08-14..2021-08-16",
        "weekend",
    ),
)
# KREM (AP), Vancouver WA, Sunday 2019-11-03 (krem.com/article/news/crime/suspect-vancouver-mall-shooting-arrested/
# 283-875ae92e-6643-4508-9914-798069a94650)
VANCOUVER = at("2019-11-03T12:00", "America/Los_Angeles")
rows(
    "part of a day",
    VANCOUVER,
    (
        "on Monday",
        "The man accused of the deadly shooting at Vancouver Mall on Halloween night is scheduled to appear in court on Monday.",
        "2019-11-04",
        "day",
    ),
    (
        "on Halloween night",
        "The man accused of the deadly shooting at Vancouver Mall on Halloween night is scheduled to appear",
        "2019-10-31T20:00..2019-11-01T06:00",
        "night",
    ),
    (
        "Saturday night",
        "He was arrested Saturday night, Vancouver police reported.",
        "2019-11-02T20:00..2019-11-03T06:00",
        "night",
    ),
    (
        "At around 6:17 p.m. Saturday",
        "At around 6:17 p.m. Saturday, with assistance from SWAT, Ward surrendered",
        "2019-11-02T18:17",
        "minute",
    ),
    (
        "Monday afternoon",
        "He's scheduled to make his first court appearance Monday afternoon.",
        "2019-11-04T12:00..2019-11-04T18:00",
        "afternoon",
    ),
    (
        "on Thursday night",
        "when he opened fire during a trick-or-treat event with families at the mall on Thursday night.",
        "2019-10-31T20:00..2019-11-01T06:00",
        "night",
    ),
)
# Eyewitness News, Johannesburg, Sunday 2018-03-04 (ewn.co.za/2018/03/04/pretoria-police-arrest-man-linked-to-on-duty-
# police-officer-murder)
EWN = at("2018-03-04T12:00", "Africa/Johannesburg")
rows(
    "part of a day",
    EWN,
    (
        "on Monday morning",
        "The suspect is expected to appear in the Pretoria Magistrates Court on Monday morning.",
        "2018-03-05T06:00..2018-03-05T12:00",
        "morning",
    ),
    (
        "on Friday night",
        "attacked with a weapon while conducting stop-and-search operations in the city on Friday night.",
        "2018-03-02T20:00..2018-03-03T06:00",
        "night",
    ),
    (
        "on Monday, 05 March 2018",
        "will appear in the Pretoria Magistrate Court on Monday, 05 March 2018.",
        "2018-03-05",
        "day",
    ),
    (
        "last night",
        "The suspect was arrested at a student residence in Sunnyside last night.",
        "2018-03-03T20:00..2018-03-04T06:00",
        "night",
    ),
)
# AP via gantnews.com, Sunday 2016-09-25 (gantnews.com/?p=300643); NPR via CPR (cpr.org/2016/09/25/police-say-suspect-
# in-washington-state-mall-shooting-in-custody/)
CASCADE = at("2016-09-25T15:00", "America/Los_Angeles")
ARRAIGNED = (
    "The lone suspect held in the killing of five people at a Washington state mall will be arraigned Monday and "
    "authorities are working steadily to nail down a motive, a state patrol spokesman said Sunday."
)
rows(
    "weekday, plan",
    CASCADE,
    ("Monday", ARRAIGNED, "2016-09-26", "day"),
    ("Sunday", ARRAIGNED, "2016-09-25", "day"),
    (
        "Friday night",
        "Four women and one man died in the shooting Friday night at a Macy's store",
        "2016-09-23T20:00..2016-09-24T06:00",
        "night",
    ),
    (
        "Saturday night",
        "Cetin was taken into custody Saturday night after a nearly 24-hour manhunt, authorities said.",
        "2016-09-24T20:00..2016-09-25T06:00",
        "night",
    ),
    (
        "on Friday evening",
        "after a gunman opened fire in a crowded mall in small-town Burlington, Wash., on Friday evening.",
        "2016-09-23T18:00..2016-09-24T00:00",
        "evening",
    ),
    (
        "on Saturday morning",
        "As NPR's Merrit Kennedy reported on Saturday morning, police believe he acted alone.",
        "2016-09-24T06:00..2016-09-24T12:00",
        "morning",
    ),
)
# CNBC (Reuters photo) via europesays.com, Tuesday 2025-09-16 (europesays.com/uk/?p=429718)
rows(
    "since",
    at("2025-09-16T17:00", NY),
    (
        "since December",
        "The two-day Fed meeting, which kicked off on Tuesday, is expected to result in a rate cut for the first time "
        "since December.",
        "2024-12-01..2025-09-16T17:00",
        "range",
    ),
    (
        "on Tuesday",
        "Stocks edged slightly lower on Tuesday as investors took some profits ahead of a highly-awaited Federal Reserve interest rate decision.",
        "2025-09-16",
        "day",
    ),
)
# Reuters via lqdfx.com, London, Wednesday 2020-09-16 ("More policy action is expected by investors"): GMT in British
# Summer Time
LQD = at("2020-09-16T12:40", LONDON)
rows(
    "clock time",
    LQD,
    (
        "at 1800 GMT",
        "The Fed will give a statement at 1800 GMT, after its policy meeting.",
        "2020-09-16T19:00",
        "minute",
    ),
    (
        "at 1230 GMT",
        "Investors will also be watching for U.S. retail sales data for August, due at 1230 GMT",
        "2020-09-16T13:30",
        "minute",
    ),
    ("at 1132 GMT", "The dollar index was at 92.879 at 1132 GMT, down 0.3% on the day.", "2020-09-16T12:32", "minute"),
    (
        "the Nov. 3",
        "It is also the last Fed meeting before the Nov. 3 U.S. presidential elections.",
        "2020-11-03",
        "day",
    ),
    ("in June", "improved from the last round of forecasts in June.", "2020-06-01..2020-07-01", "month"),
    (
        "last month",
        "UK inflation dropped to its lowest rate in almost five years last month.",
        "2020-08-01..2020-09-01",
        "month",
    ),
)
# Reuters via Business Recorder, New York, Tuesday 2019-07-30 (brecorder.com/news/amp/513968); Business Standard, Mumbai,
# Wednesday 2017-05-03 (business-standard.com/article/markets/sensex-slips-in-red-nifty-tests-9-300-icici-bank-down-
# ahead-of-q4-117050300306_1.html); CNBC via goldberglawma.com, Tuesday 2015-03-17 ("Wall Street under pressure as Fed
# meeting nears")
rows(
    "month, no year",
    at("2019-07-30T17:00", NY),
    (
        "on Monday",
        "Wall Street's main indexes have had a slow start to the week, retreating on Monday",
        "2019-07-29",
        "day",
    ),
    (
        "since May",
        "a well-telegraphed move to ease policy that has driven stocks higher since May.",
        "2019-05-01..2019-07-30T17:00",
        "range",
    ),
    ("in June", "showed US consumer spending and prices rose moderately in June", "2019-06-01..2019-07-01", "month"),
)
rows(
    "month, no year",
    at("2017-05-03T15:00", "Asia/Kolkata"),
    ("At 2:56 pm", "At 2:56 pm, the S&P BSE Sensex was trading at 29,893 down 27 points", "2017-05-03T14:56", "minute"),
    ("in June", "but may drop hints on the possibility of a rate hike in June.", "2017-06-01..2017-07-01", "month"),
    (
        "since March 2017",
        "across three new project launches since March 2017.",
        "2017-03-01..2017-05-03T15:00",
        "range",
    ),
    ("on May 5", "The IPO, which is the first in this segment, closes on May 5", "2017-05-05", "day"),
)
CNBC15 = at("2015-03-17T08:00", NY)
rows(
    "month, no year",
    CNBC15,
    (
        "as early as June",
        "in a sign that it could start raising interest rates as early as June.",
        "2015-06-01..2015-07-01",
        "month",
    ),
    ("in February", "Housing starts fell 17 percent in February.", "2015-02-01..2015-03-01", "month"),
    (
        "for Tuesday",
        "Company earnings scheduled for Tuesday include FactSet (NYSE: FDS) before market open",
        "2015-03-17",
        "day",
    ),
    ("on Tuesday", "It is election day in Israel on Tuesday and polls suggest the race", "2015-03-17", "day"),
)


# ============================================================ conferences and heat waves: plans, ranges, since, until
# AP, Geneva, Tuesday 2013-12-10 7:25 a.m. (salina.com/news/world/a0579-BC-EU-UN-SyriaPeaceConf-1stLd-Writethru-12-10-
# 0627-clone)
rows(
    "month, no year",
    at("2013-12-10T07:25", NY),
    (
        "January's",
        "Organizers are considering moving the opening of January's Syria peace conference",
        "2014-01-01..2014-02-01",
        "month",
    ),
    (
        "Tuesday",
        "U.N. spokeswoman Corinne Momal-Vanian said Tuesday the Jan. 22 start of the meeting on Syria may need to be moved",
        "2013-12-10",
        "day",
    ),
    ("the Jan. 22", "said Tuesday the Jan. 22 start of the meeting on Syria may need to be moved", "2014-01-22", "day"),
)
# AFP via Business Standard, United Nations, Friday 2013-11-22 (business-standard.com/amp/article/pti-stories/geneva-
# talks-aim-to-agree-syria-peace-conference-date-113112300039_1.html)
GENEVA2 = at("2013-11-22T15:25", NY)
PRESSING = (
    "Russia and the United States have been pressing since May for the followup to a Geneva meeting in June, 2012"
)
rows(
    "since",
    GENEVA2,
    (
        "on Monday",
        "US, Russian and UN envoys will meet in Geneva on Monday aiming to pin down a date",
        "2013-11-25",
        "day",
    ),
    ("since May", PRESSING, "2013-05-01..2013-11-22T15:25", "range"),
    ("in June, 2012", PRESSING, "2012-06-01..2012-07-01", "month"),
    (
        "in mid-December",
        "UN leader Ban is aiming for a conference in mid-December.",
        "2013-12-11..2013-12-21",
        "part of month",
    ),
)
# Chicago Tribune, Washington, Wednesday 1985-07-03 (articles.chicagotribune.com/1985-07-03/news/8502120983_1_grigory-
# romanov-new-soviet-foreign-minister-soviet-leader)
rows(
    "range",
    at("1985-07-03T12:00", CHICAGO),
    (
        "Nov. 19-21",
        "Reagan and Soviet leader Mikhail Gorbachev ... have agreed to meet Nov. 19-21 in Geneva",
        "1985-11-19..1985-11-22",
        "range",
    ),
    (
        "Tuesday",
        "have agreed to meet Nov. 19-21 in Geneva, site of the stalled superpower arms talks, administration officials said Tuesday.",
        "1985-07-02",
        "day",
    ),
    (
        "on Monday",
        "They said the date and place were agreed on Monday after months of diplomatic communications",
        "1985-07-01",
        "day",
    ),
)
# PanARMENIAN.Net, Yerevan, Tuesday 2008-10-07 14:56 (panarmenian.net/m/eng/news/27174)
rows(
    "month, no year",
    at("2008-10-07T14:56", "Asia/Yerevan"),
    ("on Oct. 15", "International talks on the South Caucasus will open in Geneva on Oct. 15.", "2008-10-15", "day"),
)
# AP via AccessWDUN, Tuesday 2013-07-16 (accesswdun.com/article/2013/7/263580)
WDUN = at("2013-07-16T12:00", NY)
rows(
    "until",
    WDUN,
    (
        "until Saturday",
        "expect the current bout of oppressive heat to last a bit longer than the usual three days with relief not arriving until Saturday.",
        "2013-07-16T12:00..2013-07-21",
        "range",
    ),
    ("in June", "following temperatures that blistered the West Coast in June.", "2013-06-01..2013-07-01", "month"),
    ("in 1936", "occurred during the Dust Bowl in 1936.", "1936-01-01..1937-01-01", "year"),
    (
        "on Monday",
        "Texas and Oklahoma on Monday recorded their all-time lowest temperatures for July 15.",
        "2013-07-15",
        "day",
    ),
)
# AP (Tammy Webber) via SEJ, Saturday 2024-06-15 (sej.org/headlines/communities-preparing-heat-wave-across-midwest-and-
# northeast-week)
HEAT = at("2024-06-15T12:00", CHICAGO)
rows(
    "since",
    HEAT,
    (
        "next week",
        "with dangerously hot temperatures in the Midwest and Northeast next week",
        "2024-06-17..2024-06-24",
        "week",
    ),
    (
        "last week",
        "The heat wave follows an earlier-than-usual one in the Southwest last week",
        "2024-06-03..2024-06-10",
        "week",
    ),
    ("last year", "where there were 645 heat-related deaths last year.", "2023-01-01..2024-01-01", "year"),
    ("since 1936", "Last year the U.S. had the most heat waves since 1936.", "1936-01-01..2024-06-15T12:00", "range"),
    (
        "Sunday",
        "The next heat wave will ramp up Sunday in the center of the country before spreading eastward",
        "2024-06-16",
        "day",
    ),
)


# Reuters, Gaza, Monday 2014-08-11: "Israel and the Palestinians held their fire early on Monday at the start of a new
# 72-hour ceasefire" (from 00:01): "early on" + a day is the small hours, as AP's "early Monday" (left in this pass;
# read so since stop 26)
rows(
    "small hours",
    GAZA14,
    (
        "early on Monday",
        "Israel and the Palestinians held their fire early on Monday at the start of a new 72-hour ceasefire",
        "2014-08-11T00:00..2014-08-11T06:00",
        "small hours",
    ),
)


@pytest.mark.parametrize(
    ("cls", "text", "published", "context", "expected", "precision"),
    ROWS,
    ids=context_row_ids(ROWS),
)
def test_wire_copy_seventh(cls, text, published, context, expected, precision):
    assert_reads(resolve(text, published, context=context), expected, published, precision)


# ============================================================ read wrong still, left (each says why)
LEFT = [
    # a summit named earlier in the sentence, with no look-ahead word that governs the days ("a deal must be done by
    # the end of Tuesday to be put forward for approval at the summit in Brussels on Thursday and Friday"): the week
    # before
    (
        "on Thursday and Friday",
        LUX,
        "a deal must be done by the end of Tuesday to be put forward for approval at the summit in Brussels on "
        "Thursday and Friday.",
        "2019-10-17..2019-10-19",
        "range",
    ),
    # "out on Wednesday" after a noun ("its statement, out on Wednesday"): no verb of the plan, the Wednesday before
    (
        "on Wednesday",
        CNBC15,
        "The market expects the central bank to drop the word patience from its statement, out on Wednesday",
        "2015-03-18",
        "day",
    ),
    # an event noun with its month ("before the UK's exit in March", October 2018): March 2018; only the noun says
    # it is to come
    (
        "in March",
        BS,
        "officials on both sides are concerned time is running out to get an agreement before the UK's exit in March.",
        "2019-03-01..2019-04-01",
        "month",
    ),
]


@pytest.mark.parametrize(("text", "published", "context", "expected", "precision"), LEFT)
@pytest.mark.xfail(strict=True, reason="read wrong still: see the comment on the row")
def test_left_seventh(text, published, context, expected, precision):
    assert_reads(resolve(text, published, context=context), expected, published, precision)


# ============================================================ constructed (no copy found): look-ahead words that a verb
# of what happened governs keep a report in the past; each was read as the coming day before (a Thursday story)
PAST_STAYS_PAST = [
    "Flights were canceled due to fog on Tuesday.",
    "Blinken traveled to Brussels to meet NATO allies on Tuesday.",
    "The president flew to Kyiv to visit troops on Tuesday.",
    "The storm, which was expected to weaken, slammed into the coast on Tuesday.",
    # a look-ahead word that names the plan, then the clause's own verb of what happened
    "The deadline passed on Tuesday without a deal.",
    "A planned strike was called off on Tuesday.",
    "The upcoming vote was postponed on Tuesday.",
    "The ship, due to dock in Sydney, caught fire on Tuesday.",
    "Schools began to reopen on Tuesday after the storm.",
    "Officials would not say whether the bodies were recovered on Tuesday.",
    "Officials scrapped plans to reopen the bridge on Tuesday.",
    "He met on Tuesday with the prime minister.",
]
# and the plans they must not take from: an infinitive after a verb of intent, a finite look-ahead word
PLANS_STAY_PLANS = [
    "The two sides agreed to meet on Tuesday.",
    "The court ordered him to close the business on Tuesday.",
    "Blinken is to travel to Brussels to meet NATO allies on Tuesday.",
    "The storm is expected to make landfall on Tuesday.",
    "The deadline was extended to Friday, and the vote is now due on Tuesday.",
    "A planned strike will go ahead on Tuesday.",
    "The ship is due to dock in Sydney on Tuesday.",
    "The talks are due to resume on Tuesday.",
    "The summit, which was postponed last month, will open on Tuesday.",
    "The president meets on Tuesday with the prime minister.",
]


@pytest.mark.parametrize("sentence", PAST_STAYS_PAST)
def test_governed_look_ahead_words_keep_the_past(sentence):
    pub = at("2024-03-14T15:00", NY)  # a Thursday
    assert_reads(resolve("on Tuesday", pub, context=sentence), "2024-03-12", pub, "day")


@pytest.mark.parametrize("sentence", PLANS_STAY_PLANS)
def test_plans_still_look_ahead(sentence):
    pub = at("2024-03-14T15:00", NY)
    assert_reads(resolve("on Tuesday", pub, context=sentence), "2024-03-19", pub, "day")


# constructed: AP's "X through Y" is the range from X, not "through Y" from the publication; a time at its end ends it
THROUGH = [
    ("Monday through Friday", "2024-03-13T09:00", "2024-03-11..2024-03-16", "range"),
    ("June through August", "2024-03-13T09:00", "2023-06-01..2023-09-01", "range"),  # a report: the last ones
    ("Thursday until 9 a.m. Friday", "2024-03-13T09:00", "2024-03-07..2024-03-08T09:00", "range"),
    ("through Friday", "2024-03-13T09:00", "2024-03-13T09:00..2024-03-16", "range"),  # alone: from the publication
]


@pytest.mark.parametrize(("text", "published", "expected", "precision"), THROUGH)
def test_through_is_a_range_from_the_first(text, published, expected, precision):
    pub = at(published, NY)
    assert_reads(resolve(text, pub), expected, pub, precision)


# constructed: "By" a day in a report is that day; in a plan or a deadline, the coming one
BY = [
    ("By Tuesday", "By Tuesday, the fire had burned 1,000 acres.", "2024-03-12"),
    ("by Friday", "Police had arrested 20 people by Friday.", "2024-03-08"),
    ("By Tuesday", "By Tuesday, the fire will have burned 1,000 acres.", "2024-03-19"),
    ("by Friday", "He was ordered to leave by Friday.", "2024-03-15"),
    ("by Friday", "The winner would be announced by Friday.", "2024-03-15"),
]


@pytest.mark.parametrize(("text", "sentence", "expected"), BY)
def test_by_a_day_in_a_report_and_in_a_plan(text, sentence, expected):
    pub = at("2024-03-14T15:00", NY)  # a Thursday
    assert_reads(resolve(text, pub, context=sentence), expected, pub, "day")


# relative to another event (class 9), refused on its own, saying so: PanARMENIAN.Net, 2008-10-07 (as above): "the OSCE,
# UN and EU, will hold a meeting a day earlier"
def test_relative_to_another_event_is_refused_saying_so():
    with pytest.raises(DateError, match="relative to another event"):
        resolve(
            "a day earlier",
            at("2008-10-07T14:56", "Asia/Yerevan"),
            context="the leadership of three international organizations, namely the OSCE, UN and EU, will hold a "
            "meeting a day earlier to consider some cooperation issues.",
        )
