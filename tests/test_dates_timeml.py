"""Dates as TimeML-annotated newswire reads them: one section per class of miss found by
``bench/timex_eval.py`` on TempEval-3's TBAQ-cleaned corpus (TimeBank and AQUAINT: WSJ,
AP, NYT, VOA and Xinhua copy, 1989-2000). Each row's source sentence (and file) is in a
comment above it; publication is the document's creation day, read as its midday in UTC,
as the benchmark reads it. ``context`` is the sentence, as an extractor passes it.

Where TimeML's convention contradicts a rule of issue 12 the issue's rule stands and the
row says so (thirds of a month, "a year ago" outside results copy = that day).

Expected values are wall times in UTC: "1989-11-02" is that day, "A..B" an explicit start
and exclusive end.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from dateline.db.dates import PRECISIONS, DateError, publication, resolve

ROWS: list[tuple[str, str, str, str | None, str, str]] = []  # (class, text, dct, context, expected, precision)


def rows(cls: str, dct: str, *found: tuple[str, str | None, str, str]) -> None:
    for text, context, expected, precision in found:
        ROWS.append((cls, text, dct, context, expected, precision))


# ============================================================ a month of this/last/next year
# APW19980219.0476: "But in June last year, the remaining leadership had a falling out, and Pol Pot was arrested."
# APW19980219.0476: "In January this year, British police officers who had been searching for Howes concluded ..."
rows(
    "month of a named year",
    "1998-02-19",
    ("June last year", None, "1997-06-01..1997-07-01", "month"),
    ("in June last year", None, "1997-06-01..1997-07-01", "month"),
    ("January this year", None, "1998-01-01..1998-02-01", "month"),
    ("since June last year", None, "1997-06-01T00:00..1998-02-19T12:00", "range"),
)
# XIE19981203.0008: "The ratification process began in February this year with Canada being the first ..."
rows("month of a named year", "1998-12-03", ("in February this year", None, "1998-02-01..1998-03-01", "month"))

# ============================================================ a year ago in results copy
# wsj_0292 (1989-11-01): "The consumer-products and newsprint company said net rose to $108.8 million,
# or $1.35 a share, from $90.5 million, or $1.12 a share, a year ago."
NET_ROSE = (
    "The consumer-products and newsprint company said net rose to $108.8 million, "
    "or $1.35 a share, from $90.5 million, or $1.12 a share, a year ago."
)
rows(
    "a year ago, results",
    "1989-11-01",
    ("a year ago", NET_ROSE, "1988-07-01..1988-10-01", "quarter"),
    # issue 12: outside a results sentence "a year ago" is that day (TimeML often gives the year)
    ("a year ago", None, "1988-11-01", "day"),
)
# wsj_0171 (1989-11-02): "The Van Nuys, Calif., thrift had net income of $132,000, or three cents a share, a year ago."
THRIFT = "The Van Nuys, Calif., thrift had net income of $132,000, or three cents a share, a year ago."
rows("a year ago, results", "1989-11-02", ("a year ago", THRIFT, "1988-07-01..1988-10-01", "quarter"))
# wsj_0918 (1989-10-26): "... where profit soared to $155 million from $99 million a year earlier."
rows(
    "a year ago, results",
    "1989-10-26",
    (
        "a year earlier",
        "profit soared to $155 million from $99 million a year earlier",
        "1988-07-01..1988-10-01",
        "quarter",
    ),
)
# NYT19980206.0460: "The gain left wages 3.8 percent higher than a year earlier" -- not results: that day
# (issue 12's rule; TimeML gives the year 1997)
WAGES = "The gain left wages 3.8 percent higher than a year earlier, extending a trend"
rows("a year ago, results", "1998-02-06", ("a year earlier", WAGES, "1997-02-06", "day"))

# ============================================================ a quarter looked forward to in results copy
# wsj_0161 (1989-11-02): "Hadson Corp. said it expects to report a third-quarter net loss of $17 million to $19 million"
rows(
    "quarter in results copy",
    "1989-11-02",
    (
        "third-quarter",
        "Hadson Corp. said it expects to report a third-quarter net loss of $17 million to $19 million",
        "1989-07-01..1989-10-01",
        "quarter",
    ),
    # a quarter still to come in results copy is the next one
    ("first-quarter", "The company expects first-quarter profit to fall.", "1990-01-01..1990-04-01", "quarter"),
    ("fourth-quarter", "The company expects fourth-quarter profit to fall.", "1989-10-01..1990-01-01", "quarter"),
)

# ============================================================ parts of a decade
# wsj_1014 (1989-10-26): "a 50% U.S. market share by the mid-1990s"; "the last half of the '80s"
# APW19980219.0476: "when the communist group held power in the late 1970s"
rows(
    "parts of a decade",
    "1989-10-26",
    ("the mid-1990s", None, "1990-01-01..2000-01-01", "decade"),
    ("the late 1970s", None, "1970-01-01..1980-01-01", "decade"),
    ("the early 1980s", None, "1980-01-01..1990-01-01", "decade"),
    ("the last half of the '80s", None, "1980-01-01..1990-01-01", "decade"),
)

# ============================================================ year-end
# wsj_0551 (1989-10-30): "The transaction is expected to close around year end."
# wsj_0006 (1989-11-02): "... expects to obtain regulatory approval and complete the transaction by year-end."
# wsj_1013 (1989-10-26): "... stiffer regulatory requirements that should be in place by year's end."
# TimeML gives these the year, December 31 or December; issue 12 reads the end of the year as December
rows(
    "year-end",
    "1989-10-30",
    ("around year end", None, "1989-12-01..1990-01-01", "month"),
    ("year-end", None, "1989-12-01..1990-01-01", "month"),
    ("by year's end", None, "1989-12-01..1990-01-01", "month"),
    ("at year-end 1988", None, "1988-12-01..1989-01-01", "month"),
    ("last year-end", None, "1988-12-01..1989-01-01", "month"),
    # wsj_0586 (1989-10-30): "The percentage change is since year-end." -- the last one, to the publication
    ("since year-end", None, "1988-12-01T00:00..1989-10-30T12:00", "range"),
)

# ============================================================ N or so ago
# WSJ910225-0066 (1991-02-25): "Then, a week or so ago, Gen. ..."
rows(
    "or so ago",
    "1991-02-25",
    ("a week or so ago", None, "1991-02-18", "day"),
    ("a month or so ago", None, "1991-01-01..1991-02-01", "month"),
)

# ============================================================ named days: Election Day before ``holidays`` lists it, a holiday's week
# NYT19981026.0446 (1998-10-26): "Stopping clinic violence is going to be a major theme of our campaign from now to Election Day."
rows(
    "named days",
    "1998-10-26",
    ("Election Day", None, "1998-11-03", "day"),
    (
        "until Election Day",
        "is going to be a major theme of our campaign from now until Election Day",
        "1998-10-26T12:00..1998-11-04T00:00",
        "range",
    ),
)
rows("named days", "1990-10-01", ("Election Day", None, "1990-11-06", "day"))
# APW20000417.0031 (2000-04-17): "protesters prayed for divine help as Easter week began" (TimeML: 2000-W16, the Monday-to-Sunday week ending on Easter)
rows(
    "named days",
    "2000-04-17",
    ("Easter week", None, "2000-04-17..2000-04-24", "week"),
    ("Christmas week", None, "1999-12-20..1999-12-27", "week"),
    ("Easter weekend", None, "2000-04-22..2000-04-24", "weekend"),
)

# ============================================================ a weekday looked forward to by the words just before it
# APW20000403.0057 (2000-04-03, Monday): "Immigration and Naturalization Service has given the Miami relatives
# until 9 a.m. Tuesday to sign a paper ..."
# NYT20000403.0463 (2000-04-03): "... who could come to the U.S. from Cuba as early as Tuesday."
# NYT20000330.0406 (2000-03-30, Thursday): "Immigration officials postponed until Tuesday morning any action ..."
RELATIVES = "Immigration and Naturalization Service has given the Miami relatives until 9 a.m. Tuesday to sign a paper"
rows(
    "weekday looked forward to",
    "2000-04-03",
    ("9 a.m. Tuesday", RELATIVES, "2000-04-04T09:00", "minute"),
    ("Tuesday", "his father, who could come to the U.S. from Cuba as early as Tuesday.", "2000-04-04", "day"),
    (
        "Tuesday",
        "The group might come to the U.S. as soon as Tuesday, according to media reports.",
        "2000-04-04",
        "day",
    ),
    # in a report of what happened the weekday stays in the past (AP900815-0044's sentence, read on this date)
    ("Tuesday", "Truckloads of goods rolled into Iraq from Jordan on Tuesday.", "2000-03-28", "day"),
)
rows(
    "weekday looked forward to",
    "2000-03-30",
    (
        "Tuesday morning",
        "Immigration officials postponed until Tuesday morning any action on revoking the boy's permission",
        "2000-04-04T06:00..2000-04-04T12:00",
        "morning",
    ),
)

# ============================================================ decades counted from the publication
# NYT19980206.0460: "... some of the earning power they lost to inflation in the last decade."
rows(
    "decade counted from publication",
    "1998-02-06",
    ("the last decade", None, "1980-01-01..1990-01-01", "decade"),
    ("this decade", None, "1990-01-01..2000-01-01", "decade"),
    ("the past decade", None, "1988-02-06..1998-02-07", "decade"),
)

# ============================================================ centuries (TimeML: value 19 is 1900-1999)
# APW19980213.1310 (1998-02-13): "she is a 20th century democrat, understands that the role of the crown ..."
# APW19980219.0476 (1998-02-19): "17 kilometers (10 miles) from Angkor Wat, the fabled 11th century temple"
# wsj_0266 (1989-11-01): "... one of the 10 most significant events in the world of finance in the 20th century."
rows(
    "centuries",
    "1998-02-13",
    ("20th century", None, "1900-01-01..2000-01-01", "century"),
    ("11th century", None, "1000-01-01..1100-01-01", "century"),
    ("the 20th century", None, "1900-01-01..2000-01-01", "century"),
    ("the nineteenth century", None, "1800-01-01..1900-01-01", "century"),
    ("the late 19th century", None, "1800-01-01..1900-01-01", "century"),  # a part: the century, as for decades
    ("the 1800s", None, "1800-01-01..1900-01-01", "century"),  # not the decade 1800-1809
    ("the 1990s", None, "1990-01-01..2000-01-01", "decade"),
    ("last century", None, "1800-01-01..1900-01-01", "century"),
    ("this century", None, "1900-01-01..2000-01-01", "century"),
    ("the past century", None, "1898-02-13..1998-02-14", "century"),
)

# ============================================================ a month abbreviated without its point
# TE3 silver (AFP), AFP_ENG_19970401.0129 (1997-04-01), a table of bankruptcies: "9. Aug 1991 Megumikawa
# 410.00 restaurant ... 12. Oct 1987 Shinwa Kanko Kaihatsu" (read as the year 1991, 1987 before)
rows(
    "month abbreviated without its point",
    "1997-04-01",
    ("Aug 1991", None, "1991-08-01..1991-09-01", "month"),
    ("Oct 1987", None, "1987-10-01..1987-11-01", "month"),
    ("Sept 1996", None, "1996-09-01..1996-10-01", "month"),
    ("since Dec 1996", None, "1996-12-01T00:00..1997-04-01T12:00", "range"),
    ("Sept.30", None, "1996-09-30", "day"),
    ("Oct 5", None, "1996-10-05", "day"),
)

# ============================================================ the first N months or quarters of a year, a year before its season
# TE3 silver (Xinhua): XIN_ENG_20061114.0333 (2006-11-14) "an increase in arrivals in the first nine months
# this year"; XIN_ENG_20051117.0031 (2005-11-17) "increased by 10 percent in the first three quarters of this
# year"; XIN_ENG_20061116.0076 "The fiscal deficit in the first 10 months this year" (all read as the whole year
# before); XIN_ENG_20051114.0007 "mascots of the 2008 summer Olympiad" (read as the summer of 2005 before)
rows(
    "first N months; year before a season",
    "2006-11-14",
    ("the first nine months this year", None, "2006-01-01..2006-10-01", "range"),
    ("the first 10 months this year", None, "2006-01-01..2006-11-01", "range"),
    ("the first three quarters of this year", None, "2006-01-01..2006-10-01", "range"),
    ("the first three quarters last year", None, "2005-01-01..2005-10-01", "range"),
    ("the first two quarters of 1990", None, "1990-01-01..1990-07-01", "half"),
    ("the 2008 summer Olympiad", None, "2008-06-01..2008-09-01", "season"),
)

# ============================================================ the final quarter, the latter half, the end of year, the year 1503
# TE3 silver: AFP_ENG_20061221.0365 "the slowest since the final quarter in 2005"; AFP_ENG_19970423.0292 "two
# new malls in the latter half of the year"; XIN_ENG_20061101.0394 "move forward with a 2016 bid by the end of
# year"; XIN_ENG_20051113.0197 "dates back to the year 1503"; XIN_ENG_20061129.0460 "in the last financial
# year"; AFP_ENG_19970417.0188 "a draft budget for the next fiscal year". Before: refused, the year, or (for
# "the last quarter of 2005") the quarter before the publication's
rows(
    "final quarter, latter half, end of year",
    "2006-11-14",
    ("the final quarter of 2005", None, "2005-10-01..2006-01-01", "quarter"),
    ("the last quarter of 2005", None, "2005-10-01..2006-01-01", "quarter"),
    ("the last quarter", None, "2006-07-01..2006-10-01", "quarter"),  # alone: the one before this
    ("the latter half of 2005", None, "2005-07-01..2006-01-01", "half"),
    ("the latter half of the year", None, "2006-07-01..2007-01-01", "half"),
    ("by the end of year", None, "2006-12-01..2007-01-01", "month"),
    ("the year 1503", None, "1503-01-01..1504-01-01", "year"),
    ("in the last financial year", None, "2005-01-01..2006-01-01", "year"),
    ("the next fiscal year", None, "2007-01-01..2008-01-01", "year"),
)

# ============================================================ decades with an apostrophe (NYT style of the 1990s), tokenized hyphens
# TE3 silver (Xinhua), XIN_ENG_20051103.0225 (2005-11-03): "the Free Trade Zone for the Americas in the 1990's"
# (refused before; "the early 1980's" and "mid-1990's" were read as parts of the years 1980 and 1990)
rows(
    "decades with an apostrophe",
    "2005-11-03",
    ("in the 1990's", None, "1990-01-01..2000-01-01", "decade"),
    ("the early 1980's", None, "1980-01-01..1990-01-01", "decade"),
    ("mid-1990's", None, "1990-01-01..2000-01-01", "decade"),
    ("the '80's", None, "1980-01-01..1990-01-01", "decade"),
    ("the 1800's", None, "1800-01-01..1900-01-01", "century"),
    ("early - 1990", None, "1990-01-01..1990-05-01", "range"),  # a tokenized corpus's hyphen
)

# ============================================================ a quarter or half of this/next/last year
# TE3 silver (Xinhua): XIN_ENG_20051112.0158 (2005-11-12) "to ensure activities in the first quarter of next
# year can proceed" (read as the first quarter of 2005 before); XIN_ENG_20051130.0202 "in the third quarter of
# this year"; XIN_ENG_20061113.0109 "For the third quarter this year"; business copy's "the fourth quarter of
# last year" (read as the third quarter of 2004, the year-earlier quarter, before) and "the second half of last
# year" (read as this year's)
rows(
    "quarter or half of this/next/last year",
    "2005-11-12",
    ("the first quarter of next year", None, "2006-01-01..2006-04-01", "quarter"),
    ("the third quarter of this year", None, "2005-07-01..2005-10-01", "quarter"),
    ("the third quarter this year", None, "2005-07-01..2005-10-01", "quarter"),
    ("the fourth quarter of last year", None, "2004-10-01..2005-01-01", "quarter"),
    ("last year's fourth quarter", None, "2004-10-01..2005-01-01", "quarter"),
    ("the second half of last year", None, "2004-07-01..2005-01-01", "half"),
    ("the first half of next year", None, "2006-01-01..2006-07-01", "half"),
    ("last year's quarter", None, "2004-07-01..2004-10-01", "quarter"),  # no ordinal: the year-earlier quarter
)

# ============================================================ the same month last year; as soon as + weekday
# TE3 silver (Xinhua): XIN_ENG_20051116.0283 (2005-11-16) "8 percent from the same month last year";
# XIN_ENG_20051115.0198 "a rise of 3 percentage points from the same month of last year" (read as the whole
# of last year before). The Packer (2020): "movement and prices in context with the same week a year ago".
rows(
    "same month last year",
    "2005-11-16",
    ("the same month last year", None, "2004-11-01..2004-12-01", "month"),
    ("the same month of last year", None, "2004-11-01..2004-12-01", "month"),
    ("the same week a year ago", None, "2004-11-15..2004-11-22", "week"),
    ("the same day last year", None, "2004-11-16", "day"),
)
# AFP_ENG_20061220.0634 (2006-12-20, Wednesday): "The jury ... was expected to arrive at a verdict as soon as
# Thursday" -- the words themselves look ahead (the past Thursday before, without the sentence)
rows(
    "same month last year",
    "2006-12-20",
    ("as soon as Thursday", None, "2006-12-21", "day"),
    ("no later than Friday", None, "2006-12-22", "day"),
)

# ============================================================ a range across months with a hyphen
# TE3 silver (AFP): AFP_ENG_20061231.0059 (2006-12-31) "Banks will be closed from December 30-January 3";
# AFP_ENG_20061229.0265 "Failures of the July 12-August 14 Lebanon war"; AFP_ENG_20061222.0389 "the UN mission
# for the January 1-October 31 2007 period" (read before as December 3, July 14 and January 31, 2007)
rows(
    "range across months",
    "2006-12-31",
    ("from December 30-January 3", None, "2006-12-30..2007-01-04", "range"),
    ("the July 12-August 14 Lebanon war", None, "2006-07-12..2006-08-15", "range"),
    ("the January 1-October 31 2007 period", None, "2007-01-01..2007-11-01", "range"),
    ("Dec. 30-Jan. 3", None, "2006-12-30..2007-01-04", "range"),
)

# ============================================================ decades and centuries ago
# TE3 silver (AFP), AFP_ENG_19970425.0196 (1997-04-25): "... Swedish deregulatory reforms a decade ago and ..."
# XIN_ENG_20051116.0235 (2005-11-16): "the group renounced violence decades ago" (no number: refused)
rows(
    "decades and centuries ago",
    "1997-04-25",
    ("a decade ago", None, "1987-01-01..1988-01-01", "year"),
    ("two decades ago", None, "1977-01-01..1978-01-01", "year"),
    ("half a century ago", None, "1947-01-01..1948-01-01", "year"),  # dateparser read it as a century ago
    ("a half-century ago", None, "1947-01-01..1948-01-01", "year"),
    ("a century ago", None, "1897-01-01..1898-01-01", "year"),
    ("in two decades", None, "2017-01-01..2018-01-01", "year"),
)

# APW19990507.0207 (1999-05-07, Friday): "Until Thursday, they had not called Kopp a suspect." -- the past
rows(
    "weekday looked forward to",
    "1999-05-07",
    ("Thursday", "Until Thursday, they had not called Kopp a suspect.", "1999-05-06", "day"),
)


# ============================================================ ordinals that are no day of a month
# TE3 silver (AFP): AFP_ENG_19970425.0270 "ceremonies marking the 85th birthday of the late president";
# AFP_ENG_20051215.0658 "picking the starters for the 55th NBA All-Star Game"; AFP_ENG_20061202.0081 "who
# claimed a place in the final on her 20th birthday" (dateparser read them as 1985, 2055 and the 20th)
NOT_DAYS = [
    ("the 85th birthday of the late president", "1997-04-25"),
    ("the 55th NBA All-Star Game", "2005-12-15"),
    ("on her 20th birthday", "2006-12-02"),
    ("the 55th", "2005-12-15"),
]


@pytest.mark.parametrize(("text", "dct"), NOT_DAYS)
def test_an_ordinal_that_is_no_day_is_refused(text, dct):
    with pytest.raises(DateError):
        resolve(text, publication(dct, "UTC"))


def test_an_ordinal_day_of_the_month_is_still_read():
    # "the 18th" (of this month), as dateparser reads it
    assert resolve("on the 18th", publication("2005-12-15", "UTC")).start.isoformat() == "2005-12-18T00:00:00+00:00"


def _expected(expected: str, precision: str) -> tuple[str, str]:
    utc = publication("2000-01-01", "UTC").tzinfo
    if ".." in expected:
        a, b = (datetime.fromisoformat(x).replace(tzinfo=utc) for x in expected.split(".."))
        return a.isoformat(), b.isoformat()
    start = datetime.fromisoformat(expected).replace(tzinfo=utc)
    end = start + ({"minute": timedelta(minutes=1)}.get(precision) or timedelta(days=1))
    return start.isoformat(), end.isoformat()


@pytest.mark.parametrize(
    ("cls", "text", "dct", "context", "expected", "precision"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]}{' +context' if r[3] else ''}" for r in ROWS],
)
def test_timeml_newswire(cls, text, dct, context, expected, precision):
    got = resolve(text, publication(dct, "UTC"), context=context)
    assert (got.start.isoformat(), got.end.isoformat(), got.precision) == (
        *_expected(expected, precision),
        precision,
    ), got.rule
    assert got.precision in PRECISIONS
