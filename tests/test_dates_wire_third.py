"""Wire-copy phrasings, third pass (issue 12): conventions taken from TimeML where the issue
says nothing and the annotators of TempEval-3's TBAQ agree, and phrasings the resolver
refused in a sample of TE3 silver documents. Rows as in test_dates_wire.py: the copy each
phrasing comes from is named above its rows (TE3 silver is Gigaword AFP, Xinhua, AP and NYT
wire copy, automatically annotated; the file name is the story's); expected values are wall
times in the publication's zone ("2005-12-12" is that day, "A..B" an explicit start and
exclusive end)."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import PRECISIONS, resolve
from test_dates_wire import _expected, at

BELGRADE, LONDON, BEIJING, BRUSSELS = "Europe/Belgrade", "Europe/London", "Asia/Shanghai", "Europe/Brussels"
KATHMANDU, MANILA, NY, SYDNEY = "Asia/Kathmandu", "Asia/Manila", "America/New_York", "Australia/Sydney"

ROWS: list[tuple[str, str, datetime, str, str]] = []  # (class, text, published, expected, precision)


def rows(cls: str, published: datetime, *found: tuple[str, str, str]) -> None:
    for text, expected, precision in found:
        ROWS.append((cls, text, published, expected, precision))


# ============================================================ "earlier this year/month/week": the whole unit
# TimeML annotates the unit (TBAQ: 12 of 12, 11 with mod=START; TE3 silver 43 of 43); before, the
# start of the unit up to the publication.
# AFP, Belgrade, 2005-12-12 (TE3 silver AFP_ENG_20051212.0342): "One of the accused died in custody earlier
# this year."
rows(
    "earlier this",
    at("2005-12-12T14:00", BELGRADE),
    ("died in custody earlier this year", "2005-01-01..2006-01-01", "year"),
)
# AFP, London, 2006-12-19 (AFP_ENG_20061219.0439): "since the first naked corpse was found in the countryside
# earlier this month"
rows(
    "earlier this",
    at("2006-12-19T16:00", LONDON),
    ("the first naked corpse was found in the countryside earlier this month", "2006-12-01..2007-01-01", "month"),
)
# Xinhua, 2005-11-02, a Wednesday (XIN_ENG_20051102.0342): "Preparatory meetings for the summit were held
# earlier this week."
rows(
    "earlier this",
    at("2005-11-02T09:00", BEIJING),
    ("Preparatory meetings for the summit were held earlier this week", "2005-10-31..2005-11-07", "week"),
)
# WSJ, 1989-10-26 (TBAQ wsj_0918): "herbicide use ... was delayed earlier in the year by heavy rains"; on the
# first of a month (wsj_0356, 1989-11-01: "Earlier this month, a group led by three of the company's directors")
rows(
    "earlier this",
    at("1989-10-26T12:00", NY),
    ("was delayed earlier in the year by heavy rains", "1989-01-01..1990-01-01", "year"),
)
rows("earlier this", at("1989-11-01T12:00", NY), ("Earlier this month", "1989-11-01..1989-12-01", "month"))

# ============================================================ "the past year": the last calendar year
# TimeML annotates the calendar year before (TBAQ: 2 of 2, VOA 1998, WSJ 1989; TE3 silver 8 of 8); before,
# the twelve months to the publication. "the past week/month" stay the seven days / month to it (no
# annotator's word on them in TBAQ or TE3-platinum).
# AFP, Beijing, 1997-04-07 (AFP_ENG_19970407.0354): "In the past year, we have been happy to see that ...
# France and China have made great progress"
rows("past year", at("1997-04-07T18:00", BEIJING), ("In the past year", "1996-01-01..1997-01-01", "year"))
# Xinhua, Brussels, 2005-11-04 (XIN_ENG_20051104.0238): "the Dutch air force lost some 80 million euro worth of
# equipment in the past year"
rows(
    "past year",
    at("2005-11-04T10:00", BRUSSELS),
    ("lost some 80 million euro worth of equipment in the past year", "2004-01-01..2005-01-01", "year"),
)
# a publication on 1 January (New Year's Day, Sydney): the year that ended the night before
rows("past year", at("2025-01-01T08:00", SYDNEY), ("the past year", "2024-01-01..2025-01-01", "year"))

# ============================================================ "around 7:15 p.m.": the minute it names
# ("about 3 p.m.", a round hour, stays the hour; "shortly after 10:40 p.m." the hour after it)
# NYT, 1998-02-12 (TBAQ NYT19980212.0019): "The men appeared in the store ... around 7:15 p.m."
rows(
    "around a minute",
    at("1998-02-12T23:00", NY),
    ("The men appeared in the store around 7:15 p.m.", "1998-02-12T19:15", "minute"),
)
# Xinhua, Kathmandu, 2005-11-16 (XIN_ENG_20051115.0394): "The accident took place at around 5:30 p.m. local
# time (1145 GMT)": Nepal is UTC+5:45
rows(
    "around a minute",
    at("2005-11-16T20:00", KATHMANDU),
    ("The accident took place at around 5:30 p.m. local time", "2005-11-16T17:30", "minute"),
)
# Xinhua, Manila, 2005-11-23 (XIN_ENG_20051123.0137): "RPC-727, crashed at around 1:30 p.m. in Alabat island"
rows(
    "around a minute",
    at("2005-11-23T18:00", MANILA),
    ("crashed at around 1:30 p.m. in Alabat island", "2005-11-23T13:30", "minute"),
)


@pytest.mark.parametrize(
    ("cls", "text", "published", "expected", "precision"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}" for r in ROWS],
)
def test_wire_copy_third(cls, text, published, expected, precision):
    got = resolve(text, published)
    start, end = _expected(expected, published.tzinfo, precision)
    assert (got.start.isoformat(), got.end.isoformat(), got.precision) == (start, end, precision), got.rule
    assert got.precision in PRECISIONS and got.rule
