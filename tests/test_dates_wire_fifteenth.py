"""Wire-copy phrasings, fifteenth pass (issue 12): the everyday relative phrasing of wire, British, Irish, Australian,
New Zealand and Indian copy, tried in many zones and at awkward publication moments (just after midnight, late evening,
Sunday and Monday, a month's and a year's last day, DST days). Of the forty-odd candidates tried, five classes read
wrong or were refused; each has a section here, and a last section keeps the nearest phrasings that already read right
at those moments, so that no fix moves them. The rows are constructed in the manner of the desks each group names
(BBC/PA, Guardian, ABC, RNZ, PTI and ANI, AP and Reuters), not quotations of named stories: the pages corpus gave no
dated wire sentence with these phrasings in the time given. Each interval is the one an editor would give, in dateline's
precision words; expected values are wall times in the publication's zone, as in test_dates_wire.py."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateline.db.dates import resolve
from test_dates_wire import assert_reads, at

LONDON, DUBLIN, SYDNEY, AUCKLAND = "Europe/London", "Europe/Dublin", "Australia/Sydney", "Pacific/Auckland"
KOLKATA, NY, TORONTO, JOBURG = "Asia/Kolkata", "America/New_York", "America/Toronto", "Africa/Johannesburg"

ROWS: list[tuple[str, str, datetime, str | None, str, str]] = []  # (class, text, published, status, expected, prec.)
P = "planned"

# publication moments
LONDON_MON_0010 = at("2024-06-03T00:10", LONDON)  # Monday, just after midnight
LONDON_SUN_2130 = at("2024-06-02T21:30", LONDON)  # Sunday, late evening
LONDON_MON_MAR31 = at("2025-03-31T09:00", LONDON)  # Monday, the day after UK clocks went forward; a month's last day
DUBLIN_SUN_OCT27 = at("2024-10-27T18:00", DUBLIN)  # Sunday, the day Irish clocks went back
SYDNEY_MON_0900 = at("2024-06-03T09:00", SYDNEY)  # Monday morning
SYDNEY_SUN_OCT6 = at("2024-10-06T20:00", SYDNEY)  # Sunday evening, the day Sydney clocks went forward
AUCKLAND_TUE_DEC31 = at("2024-12-31T23:30", AUCKLAND)  # Tuesday, New Year's Eve, half an hour to midnight
DELHI_TUE_2200 = at("2024-06-04T22:00", KOLKATA)  # Tuesday, late evening
DELHI_WED_JAN1 = at("2025-01-01T00:20", KOLKATA)  # Wednesday, just after midnight on New Year's Day
NY_SUN_0900 = at("2024-06-02T09:00", NY)  # Sunday morning
NY_SUN_NOV3 = at("2024-11-03T09:00", NY)  # Sunday, the day US clocks went back
TORONTO_MON_0005 = at("2024-09-02T00:05", TORONTO)  # Monday (Labour Day), five minutes after midnight
JOBURG_SAT_0830 = at("2024-06-01T08:30", JOBURG)  # Saturday morning, a month's first day


def rows(cls: str, published: datetime, status: str | None, *found: tuple[str, str, str]) -> None:
    for text, expected, precision in found:
        ROWS.append((cls, text, published, status, expected, precision))


# ============================================================ a week (a fortnight) last Monday, a week yesterday
# Before: the day itself ("a week last Monday" was last Monday, "a week yesterday" yesterday, "a fortnight last
# Saturday" last Saturday): the count was dropped; "last Monday week" was a week on from the coming Monday. British and
# Irish copy (police appeals, court reports, the Guardian's and the Irish Times' "the incident happened a week last
# Saturday") count back from the day named, as AP's "a week ago Monday" does; "last Monday" said on a Monday is the one
# before (as "last Monday" alone reads), so "a week last Monday" on a Monday is two weeks back.
# constructed, in the style of BBC/PA and Irish Times court and police copy
rows(
    "a week last day",
    LONDON_MON_0010,
    None,
    ("a week last Monday", "2024-05-20", "day"),
    ("a week last Saturday", "2024-05-25", "day"),
    ("a fortnight last Saturday", "2024-05-18", "day"),
    ("a week yesterday", "2024-05-26", "day"),
    ("a fortnight yesterday", "2024-05-19", "day"),
    ("a week ago last Monday", "2024-05-20", "day"),
)
rows(
    "a week last day",
    LONDON_SUN_2130,
    None,
    ("a week last Monday", "2024-05-20", "day"),
    ("a week last Friday", "2024-05-24", "day"),
    ("a week yesterday", "2024-05-25", "day"),
    ("two weeks last Thursday", "2024-05-16", "day"),
)
rows(
    "a week last day",
    DUBLIN_SUN_OCT27,
    None,
    ("a week last Saturday", "2024-10-19", "day"),
    ("a fortnight last Tuesday", "2024-10-08", "day"),
    ("a week yesterday", "2024-10-19", "day"),
)
rows(
    "a week last day",
    SYDNEY_MON_0900,
    None,
    ("a week last Sunday", "2024-05-26", "day"),
    ("a week last Wednesday", "2024-05-22", "day"),
)
rows(
    "a week last day",
    DELHI_TUE_2200,
    None,
    ("a week last Monday", "2024-05-27", "day"),
    ("a week yesterday", "2024-05-27", "day"),
    ("a fortnight last Friday", "2024-05-17", "day"),
)
rows(
    "a week last day",
    AUCKLAND_TUE_DEC31,
    None,
    ("a week last Tuesday", "2024-12-17", "day"),
    ("a week yesterday", "2024-12-23", "day"),
)
# "last Monday week" (British: a week before last Monday): before, a week on from the coming Monday
rows(
    "a week last day",
    LONDON_SUN_2130,
    None,
    ("last Sunday week", "2024-05-19", "day"),
    ("last Thursday week", "2024-05-23", "day"),
)
rows(
    "a week last day",
    DELHI_TUE_2200,
    None,
    ("last Monday week", "2024-05-27", "day"),
    ("last Tuesday week", "2024-05-21", "day"),
)
rows("a week last day", SYDNEY_MON_0900, None, ("last Saturday week", "2024-05-25", "day"))
rows(
    "a week last day",
    TORONTO_MON_0005,
    None,
    ("a week last Saturday", "2024-08-24", "day"),
    ("a week yesterday", "2024-08-25", "day"),
)
rows(
    "a week last day",
    JOBURG_SAT_0830,
    None,
    ("a week last Saturday", "2024-05-18", "day"),
    ("a fortnight yesterday", "2024-05-17", "day"),
)


# ============================================================ the week (month, quarter, year) just gone
# Before: refused ("the week just gone", "the year just ended", "the weekend just gone"). Australian, New Zealand and
# British copy (ABC's and RNZ's market wraps, "the quarter just ended" in results copy, a Monday sports page's "the
# weekend just gone") name the last whole unit: "last week", "last year", "this past weekend".
# constructed, in the style of ABC, RNZ and Guardian business and sports copy
rows(
    "just gone",
    SYDNEY_MON_0900,
    None,
    ("the week just gone", "2024-05-27..2024-06-03", "week"),
    ("the weekend just gone", "2024-06-01..2024-06-03", "weekend"),
    ("the month just gone", "2024-05-01..2024-06-01", "month"),
    ("the quarter just ended", "2024-01-01..2024-04-01", "quarter"),
    ("the week just past", "2024-05-27..2024-06-03", "week"),
)
rows(
    "just gone",
    LONDON_MON_0010,
    None,
    ("the weekend just gone", "2024-06-01..2024-06-03", "weekend"),
    ("the week just ended", "2024-05-27..2024-06-03", "week"),
    ("the month just ended", "2024-05-01..2024-06-01", "month"),
)
rows(
    "just gone",
    DELHI_WED_JAN1,
    None,
    ("the year just gone", "2024-01-01..2025-01-01", "year"),
    ("the year just ended", "2024-01-01..2025-01-01", "year"),
    ("the month just gone", "2024-12-01..2025-01-01", "month"),
    ("the quarter just ended", "2024-10-01..2025-01-01", "quarter"),
)
rows(
    "just gone",
    LONDON_MON_MAR31,
    None,
    ("the weekend just gone", "2025-03-29..2025-03-31", "weekend"),
    ("the week just gone", "2025-03-24..2025-03-31", "week"),
)
rows("just gone", AUCKLAND_TUE_DEC31, None, ("the week just gone", "2024-12-23..2024-12-30", "week"))
rows(
    "just gone",
    TORONTO_MON_0005,
    None,
    ("the weekend just past", "2024-08-31..2024-09-02", "weekend"),
    ("the month just ended", "2024-08-01..2024-09-01", "month"),
)


# ============================================================ effective Friday, with effect from Monday
# Before: the day before the publication ("effective Friday" in a Monday story was the Friday before, "with effect
# from Monday" in a Sunday story the Monday six days back). AP's and Reuters' "effective Friday" and Indian copy's
# "with effect from Monday" (w.e.f.) announce a change to come, as "starting Monday" does; a change that has taken
# effect ("became effective Friday", "was effective from Monday") stays the one before.
# constructed, in the style of AP, Reuters, PTI and ANI notices
rows(
    "effective a day",
    LONDON_SUN_2130,
    None,
    ("effective Friday", "2024-06-07", "day"),
    ("effective from Monday", "2024-06-03", "day"),
    ("with effect from Monday", "2024-06-03", "day"),
    ("became effective Friday", "2024-05-31", "day"),
)
rows(
    "effective a day",
    DELHI_TUE_2200,
    None,
    ("with effect from Monday", "2024-06-10", "day"),
    ("w.e.f. Monday", "2024-06-10", "day"),
    ("with effect from Saturday", "2024-06-08", "day"),
    ("effective from July 1", "2024-07-01", "day"),
    ("was effective from Monday", "2024-06-03", "day"),
)
rows(
    "effective a day",
    NY_SUN_0900,
    None,
    ("effective Friday", "2024-06-07", "day"),
    ("effective Monday", "2024-06-03", "day"),
    ("effective Sunday", "2024-06-02", "day"),
    ("effective July 1", "2024-07-01", "day"),
)
rows(
    "effective a day",
    NY_SUN_NOV3,
    None,
    ("effective Tuesday", "2024-11-05", "day"),
    ("became effective Friday", "2024-11-01", "day"),
)
rows(
    "effective a day",
    JOBURG_SAT_0830,
    None,
    ("effective Monday", "2024-06-03", "day"),
    ("with effect from Wednesday", "2024-06-05", "day"),
)


# ============================================================ effective immediately
# Before: refused ("effective immediately", "with immediate effect"). AP's "effective immediately" and British and
# Indian copy's "resigned with immediate effect" name the publication's minute, as "now" and "currently" do.
# constructed, in the style of AP, BBC/PA and PTI copy
rows(
    "immediately",
    LONDON_SUN_2130,
    None,
    ("with immediate effect", "2024-06-02T21:30", "minute"),
    ("effective immediately", "2024-06-02T21:30", "minute"),
)
rows(
    "immediately",
    DELHI_TUE_2200,
    None,
    ("with immediate effect", "2024-06-04T22:00", "minute"),
    ("with effect immediately", "2024-06-04T22:00", "minute"),
)
rows("immediately", NY_SUN_NOV3, None, ("effective immediately", "2024-11-03T09:00", "minute"))
rows("immediately", SYDNEY_SUN_OCT6, None, ("effective immediately", "2024-10-06T20:00", "minute"))


# ============================================================ after midnight on a weekday, its end over
# Before: in a story published after the day's end, "just after midnight on Sunday" was the hour after Sunday's end
# (Monday's first hour), and the same words published on the Sunday evening Sunday's first hour. AP writes "shortly
# after midnight Saturday" for the end of Saturday (the 1988 Gilbert alert, test_dates_wire_more.py), without "on";
# British, Irish, Australian, Indian and Reuters copy write the weekday after "on" ("the crash happened just after
# midnight on Sunday", "air defence units were operating after midnight on Wednesday") and mean the day the time fell
# on, as "after midnight on March 12" already read. AP's form is unchanged (the last rows).
# constructed, in the style of BBC/PA, ABC, PTI and Reuters copy
rows(
    "after midnight on a day",
    LONDON_MON_0010,
    None,
    ("just after midnight on Sunday", "2024-06-02T00:00..2024-06-02T01:00", "hour"),
    ("shortly after midnight on Saturday", "2024-06-01T00:00..2024-06-01T01:00", "hour"),
    ("after midnight on Sunday", "2024-06-02T00:00..2024-06-02T06:00", "small hours"),
    ("shortly after midnight Sunday", "2024-06-03T00:00..2024-06-03T01:00", "hour"),
)
rows(
    "after midnight on a day",
    SYDNEY_MON_0900,
    None,
    ("just after midnight on Sunday", "2024-06-02T00:00..2024-06-02T01:00", "hour"),
    ("soon after midnight on Saturday", "2024-06-01T00:00..2024-06-01T01:00", "hour"),
)
rows(
    "after midnight on a day",
    DELHI_TUE_2200,
    None,
    ("shortly after midnight on Monday", "2024-06-03T00:00..2024-06-03T01:00", "hour"),
    ("after midnight on Sunday", "2024-06-02T00:00..2024-06-02T06:00", "small hours"),
)
rows(
    "after midnight on a day",
    DUBLIN_SUN_OCT27,
    None,
    ("just after midnight on Saturday", "2024-10-26T00:00..2024-10-26T01:00", "hour"),
    ("just after midnight on Sunday", "2024-10-27T00:00..2024-10-27T01:00", "hour"),
)
rows(
    "after midnight on a day",
    LONDON_SUN_2130,
    None,
    ("just after midnight on Sunday", "2024-06-02T00:00..2024-06-02T01:00", "hour"),
    ("shortly before midnight on Saturday", "2024-06-01T23:00..2024-06-02T00:00", "hour"),
)


# ============================================================ read as before: the candidates tried that read right
# The rest of the brief's candidates, at the same awkward moments: kept so that no fix here moves them.
# constructed, in the style of BBC/PA, ABC and PTI copy
rows(
    "read as before",
    LONDON_MON_0010,
    None,
    ("Monday week", "2024-06-10", "day"),
    ("a week on Monday", "2024-06-10", "day"),
    ("a week today", "2024-06-10", "day"),
    ("a fortnight ago", "2024-05-20", "day"),
    ("in a fortnight", "2024-06-17", "day"),
    ("the week before last", "2024-05-20..2024-05-27", "week"),
    ("the weekend before last", "2024-05-25..2024-05-27", "weekend"),
    ("the day before yesterday", "2024-06-01", "day"),
    ("eight days ago", "2024-05-26", "day"),
    ("last night", "2024-06-02T20:00..2024-06-03T06:00", "night"),
    ("overnight", "2024-06-02T20:00..2024-06-03T06:00", "night"),
    ("at the weekend", "2024-06-01..2024-06-03", "weekend"),
    ("this past weekend", "2024-06-01..2024-06-03", "weekend"),
    ("a week ago Monday", "2024-05-27", "day"),
    ("in the early hours of Sunday", "2024-06-02T00:00..2024-06-02T06:00", "small hours"),
)
rows(
    "read as before",
    LONDON_SUN_2130,
    None,
    ("the day after tomorrow", "2024-06-04", "day"),
    ("this time last year", "2023-06-02", "day"),
    ("this morning", "2024-06-02T06:00..2024-06-02T12:00", "morning"),
    ("the week before last", "2024-05-13..2024-05-20", "week"),
    ("this weekend", "2024-06-01..2024-06-03", "weekend"),
    ("a week tomorrow", "2024-06-10", "day"),
)
rows(
    "read as before",
    SYDNEY_MON_0900,
    P,
    ("this weekend", "2024-06-08..2024-06-10", "weekend"),
    ("at the weekend", "2024-06-08..2024-06-10", "weekend"),
    ("by the end of next week", "2024-06-14..2024-06-17", "part of week"),
    ("no later than Friday", "2024-06-07", "day"),
    ("in two weeks' time", "2024-06-17", "day"),
)
rows(
    "read as before",
    DELHI_TUE_2200,
    None,
    ("on Monday night (IST)", "2024-06-03T20:00..2024-06-04T06:00", "night"),
    ("late on Tuesday", "2024-06-04T18:00..2024-06-05T00:00", "evening"),
    ("the intervening night of Monday and Tuesday", "2024-06-03T20:00..2024-06-04T06:00", "night"),
    ("at 10.30pm IST on Monday", "2024-06-03T22:30", "minute"),
    ("Monday week", "2024-06-17", "day"),
    ("3/6/2024", "2024-06-03", "day"),
    ("2024/06/03", "2024-06-03", "day"),
    ("3.6.2024", "2024-06-03", "day"),
)
rows(
    "read as before",
    NY_SUN_0900,
    None,
    ("3/6/2024", "2024-03-06", "day"),
    ("Saturday evening local time", "2024-06-01T18:00..2024-06-02T00:00", "evening"),
    ("the weekend before last", "2024-05-18..2024-05-20", "weekend"),
    ("starting Monday", "2024-06-03", "day"),
)


def test_each_class_in_zones_and_at_awkward_moments():
    assert {r[0] for r in ROWS} == {
        "a week last day",
        "just gone",
        "effective a day",
        "immediately",
        "after midnight on a day",
        "read as before",
    }
    assert len(ROWS) >= 100
    zones = {str(r[2].tzinfo) for r in ROWS}
    assert {LONDON, DUBLIN, SYDNEY, AUCKLAND, KOLKATA, NY, TORONTO, JOBURG} <= zones


@pytest.mark.parametrize(
    ("cls", "text", "published", "status", "expected", "precision"),
    ROWS,
    ids=[f"{r[0]}: {r[1]}@{r[2]:%Y-%m-%dT%H:%M%z}" for r in ROWS],
)
def test_wire_phrases_fifteenth(cls, text, published, status, expected, precision):
    assert_reads(resolve(text, published, status=status), expected, published, precision)
