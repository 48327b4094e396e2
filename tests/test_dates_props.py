"""Invariants of the date resolver (issue 12), over many publication moments rather than one table row each.

The wire tables (test_dates_wire*.py) check what real copy says on the days it was published; the held-out set sits
on days and zones they never tried. These tests read the same words on every weekday, month ends, 31 December and
1 January, 28 and 29 February of leap and common years, and the days the clocks change in New York, London, Kyiv and
Sydney (southern), with Kolkata (half an hour off UTC) and UTC, at 00:30, 09:00, midday (a publication date alone) and
23:30, and check what must hold whatever the day:

- a week later the same words name the same thing a week later, in wall time (a clock change between the two is
  no reason for "Tuesday night" to begin at 19:00);
- a year later, words of a month and a day without a year name the same days a year later;
- every reading runs forward, with one of the documented precision words, and a clock time's minute or hour is a
  minute or an hour of elapsed time, even in the hour the clocks repeat;
- a report's past words end by the end of its day; a plan starts no earlier than its day; the publication's own
  weekday named bare is that day;
- the same wall publication in another zone reads the same wall interval, and a time given in GMT is one instant
  wherever the story was filed;
- a range covers exactly the days of both its ends, across month and year ends and 29 February, written
  the American or the British way;
- a clock time with a zone named is that zone's wall time; a dated report's GMT time falls by its day, from
  Kiritimati (+14) to Pago Pago (-11); `dateline when` reads as the resolver.

The words themselves (spellings, numbers, sentences, nights in ranges) are test_dates_props_words.py's.
Each failure lists the words, the publication and what was read, so a broken rule shows as the class it is.
Expected values are wall times in the publication's zone, as in test_dates_wire.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from dateline.db.dates import PRECISIONS, DateError, Interval, publication, resolve
from dateline.tui.cli import main
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NY, LONDON, KYIV = "America/New_York", "Europe/London", "Europe/Kyiv"
SYDNEY, KOLKATA = "Australia/Sydney", "Asia/Kolkata"
ZONES = (NY, LONDON, KYIV, SYDNEY, KOLKATA, "UTC")
# the zones furthest from GMT (Kiritimati +14, Pago Pago -11), and a quarter-hour one
FAR_ZONES = ("Pacific/Auckland", "Asia/Kamchatka", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu")

# the days the clocks change (2024 and 2025): forward, then back (Sydney: back in April, forward in October)
CLOCK_CHANGES = {
    NY: (date(2024, 3, 10), date(2024, 11, 3), date(2025, 3, 9), date(2025, 11, 2)),
    LONDON: (date(2024, 3, 31), date(2024, 10, 27), date(2025, 3, 30), date(2025, 10, 26)),
    KYIV: (date(2024, 3, 31), date(2024, 10, 27), date(2025, 3, 30), date(2025, 10, 26)),
    SYDNEY: (date(2024, 4, 7), date(2024, 10, 6), date(2025, 4, 6), date(2025, 10, 5)),
}
WEEK = tuple(date(2024, 6, 3) + timedelta(days=i) for i in range(7))  # Monday 3 June to Sunday 9 June 2024
EDGES = (
    date(2024, 1, 31),
    date(2024, 4, 30),
    date(2023, 12, 31),
    date(2024, 1, 1),
    date(2024, 12, 31),
    date(2025, 1, 1),
    date(2023, 2, 28),  # common year: 1 March follows
    date(2023, 3, 1),
    date(2024, 2, 28),  # leap year: 29 February follows
    date(2024, 2, 29),
    date(2024, 3, 1),
)
DAYS = WEEK + EDGES + tuple(sorted({d for days in CLOCK_CHANGES.values() for d in days}))
TIMES = (time(0, 30), time(9, 0), time(12, 0), time(23, 30))  # 12:00 exactly is a publication date alone
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def publications(days: Iterable[date] = DAYS, times: Iterable[time] = TIMES, zones=ZONES) -> list[datetime]:
    return [datetime.combine(d, t, ZoneInfo(z)) for z in zones for d in days for t in times]


PUBLICATIONS = publications()


def wall(moment: datetime, zone) -> datetime:
    """The wall time a moment shows in a zone (naive: wall times compare as the clock reads)."""
    return moment.astimezone(zone).replace(tzinfo=None)


def read(text: str, published: datetime, planned: bool = False, **kw) -> Interval | None:
    try:
        return resolve(text, published, status="planned" if planned else None, **kw)
    except DateError:
        return None


def shown(iv: Interval | None) -> str:
    return "refused" if iv is None else f"{iv.start.isoformat()} -> {iv.end.isoformat()} {iv.precision} ({iv.rule})"


def at_wall(published: datetime, days: int = 0, years: int = 0) -> datetime:
    """The same wall time in the same zone, ``days`` and ``years`` on."""
    d = published.date() + timedelta(days=days)
    return datetime.combine(d.replace(year=d.year + years), published.timetz().replace(tzinfo=None), published.tzinfo)


ELAPSED = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1)}  # a clock time's lengths, of elapsed time


def assert_none(failures: list[str]) -> None:
    assert not failures, f"{len(failures)} failed, e.g.:\n" + "\n".join(failures[:8])


# ============================================================ a week later
# words of a weekday or counted from the publication: read a week later, the interval is a week later in wall time
WEEKLY = [
    "on Tuesday",
    "Tuesday",
    "on Sunday",
    "last Friday",
    "next Monday",
    "this Tuesday",
    "yesterday",
    "today",
    "tomorrow",
    "two days ago",
    "a week ago",
    "the day before yesterday",
    "this week",
    "last week",
    "next week",
    "the week after next",
    "the weekend after next",
    "the week before last",
    "this time last week",
    "this time next week",
    "earlier this week",
    "later this week",
    "this weekend",
    "last weekend",
    "over the weekend",
    "the end of the week",
    "midweek",
    "the start of next week",
    "overnight on Saturday",
    "overnight",
    "last night",
    "tonight",
    "this morning",
    "early Tuesday",
    "early on Monday",
    "late Tuesday",
    "Tuesday night",
    "Monday morning",
    "Wednesday afternoon",
    "Thursday evening",
    "midnight Friday",
    "shortly before midnight Friday",
    "shortly after midnight Saturday",
    "at 9 a.m. Tuesday",
    "10 p.m. Saturday",
    "at 3 p.m.",
    "by Friday",
    "until Friday",
    "since Monday",
    "from Tuesday to Thursday",
    "Monday or Tuesday",
    "Tuesday or Wednesday night",
    "between 10 p.m. and 2 a.m. Saturday",
    "a week from Friday",
    "Monday week",
    "will vote on Thursday",
    "Sunday's runoff",
    "is expected to make landfall Wednesday evening",
]
# words looked ahead to: read with status=planned
WEEKLY_PLANNED = [
    "on Tuesday",
    "Friday",
    "Sunday",
    "Tuesday night",
    "early Tuesday",
    "Monday morning",
    "next week",
    "this weekend",
    "the weekend",
    "overnight",
    "midnight Friday",
    "at 9 a.m.",
]


def clocks_change(day: date, zone) -> bool:
    """The zone's clocks go forward or back on that day."""
    offset = [datetime.combine(d, time(0), zone).utcoffset() for d in (day, day + timedelta(days=1))]
    return offset[0] != offset[1]


def same_reading(a: Interval, zone_a, b: Interval, zone_b, days: int = 0) -> bool:
    """``b`` reads as ``a`` does, ``days`` on: its start at the same wall time, and its end too, except that a minute
    or an hour is one of elapsed time ("shortly after midnight Saturday" on the night London's clocks go forward is
    00:00 GMT to 02:00 BST) and a clock time on the day the clocks change is left out (2:30 a.m. on the night they go
    forward is the instant it would have been, 3:30)."""
    if a.precision in ELAPSED and any(
        clocks_change(iv.start.astimezone(z).date(), z) for iv, z in ((a, zone_a), (b, zone_b))
    ):
        return a.precision == b.precision
    if a.precision in ELAPSED:
        same_end = b.end.astimezone(UTC) - b.start.astimezone(UTC) == ELAPSED[a.precision]
    else:
        same_end = wall(b.end, zone_b) == wall(a.end, zone_a) + timedelta(days=days)
    return (
        wall(b.start, zone_b) == wall(a.start, zone_a) + timedelta(days=days)
        and same_end
        and a.precision == b.precision
    )


def week_shift_failures(text: str, planned: bool, pubs: Iterable[datetime]) -> list[str]:
    failures = []
    for published in pubs:
        zone = published.tzinfo
        a, b = read(text, published, planned), read(text, at_wall(published, days=7), planned)
        if a is None and b is None:
            continue
        if a is None or b is None or not same_reading(a, zone, b, zone, days=7):
            failures.append(f"{text!r} @ {published.isoformat()}: {shown(a)} / a week later {shown(b)}")
    return failures


@pytest.mark.parametrize("text", WEEKLY)
def test_a_week_later_a_weekday_phrase_reads_a_week_later(text):
    assert_none(week_shift_failures(text, False, PUBLICATIONS))


@pytest.mark.parametrize("text", WEEKLY_PLANNED)
def test_a_week_later_a_planned_weekday_phrase_reads_a_week_later(text):
    assert_none(week_shift_failures(text, True, PUBLICATIONS))


# a time given in GMT is fixed to UTC, not to the wall clock, and its weekday is GMT's: published seven days of UTC
# later, it is the same GMT time seven days later (0930 GMT is 5:30 a.m. in New York in March after the change, 4:30
# the week before). A week on in wall time is not always a week on in GMT: 00:30 BST on a Sunday is still Saturday in
# GMT, so a report's "at 2100 GMT on Sunday" is the Sunday before, the evening to come being no report yet.
GMT_WEEKLY = ["0930 GMT on Friday", "1215 GMT Tuesday", "at 2100 GMT on Sunday", "last Tuesday at 0930 GMT"]


@pytest.mark.parametrize("text", GMT_WEEKLY)
@pytest.mark.parametrize("planned", [False, True])
def test_a_week_later_a_gmt_time_on_a_weekday_is_seven_days_of_utc_later(text, planned):
    failures = []
    for published in PUBLICATIONS:
        week_on = (published.astimezone(UTC) + timedelta(days=7)).astimezone(published.tzinfo)
        a, b = read(text, published, planned), read(text, week_on, planned)
        assert a is not None and b is not None, (text, published)
        if (b.start.astimezone(UTC) - a.start.astimezone(UTC)) != timedelta(days=7):
            failures.append(f"{text!r} @ {published.isoformat()}: {shown(a)} / a week later {shown(b)}")
    assert_none(failures)


# ============================================================ a year later
# a month and a day without a year: a year on, the same days a year on. Weeks and weekends are left out (the first
# weekend of December falls on other dates each year), as are the words that name a year ("fiscal 2025") and 29
# February, which most years have not.
YEARLY = [
    "in March",
    "on March 3",
    "March 3",
    "Oct. 14-16",
    "Dec. 30-Jan. 2",
    "mid-November",
    "late November",
    "early March",
    "late last year",
    "early next year",
    "the third quarter",
    "the first quarter",
    "in December",
    "in January",
    "in September",
    "on Jan. 1",
    "Dec. 31",
    "last March",
    "next March",
    "last year",
    "next year",
    "the first half",
    "the second half of February",
    "from June 2 to June 4",
    "between June 2 and June 4",
    "March 3 to 5",
    "the end of the year",
    "this summer",
    "last winter",
    "in the spring",
    "by March",
    "until March 3",
    "the first two weeks of January",
    "the last 10 days of December",
    "January-November",
    "from January to November",
    "the year to September",
    "the same month last year",
    "two months ago",
    "June last year",
]


@pytest.mark.parametrize("text", YEARLY)
@pytest.mark.parametrize("planned", [False, True])
def test_a_year_later_a_month_and_day_phrase_reads_a_year_later(text, planned):
    failures = []
    pubs = [p for p in publications(times=(time(9), time(12))) if (p.month, p.day) != (2, 29)]
    for published in pubs:
        zone = published.tzinfo
        a = read(text, published, planned)
        assert a is not None, (text, published)
        for years in (1, 2, 4):
            b = read(text, at_wall(published, years=years), planned)
            start, end = wall(a.start, zone), wall(a.end, zone)
            if b is None or (wall(b.start, zone), wall(b.end, zone), b.precision) != (
                start.replace(year=start.year + years),
                end.replace(year=end.year + years),
                a.precision,
            ):
                failures.append(f"{text!r} @ {published.isoformat()}: {shown(a)} / {years} years later {shown(b)}")
    assert_none(failures)


# ============================================================ every reading
CLOCK = [
    "at 1:30 a.m.",
    "at 2:30 a.m.",
    "about 1 a.m.",
    "around 1:15 a.m.",
    "at 0130 GMT",
    "0600 GMT",
    "0100 GMT",
    "1:30 a.m. EST",
    "2 a.m. ET",
    "at 1:30 a.m. local time",
    "shortly before midnight",
    "shortly after midnight",
    "at midnight",
    "at 11:45 p.m.",
    "three hours ago",
    "30 minutes ago",
    "the past 24 hours",
    "the next 24 hours",
    "between 1 and 3 a.m.",
    "about 1 a.m. Sunday",
    "around midnight Saturday",
    "shortly after midnight Sunday",
    "midnight Saturday",
]


def clock_change_instants() -> list[datetime]:
    """Every quarter of an hour (at :07, :22, ...) of the days the clocks change, in the zone that changes:
    the hour skipped and both runs of the hour repeated."""
    found = []
    for name, days in CLOCK_CHANGES.items():
        zone = ZoneInfo(name)
        for d in days[:2]:
            midnight = datetime.combine(d, time(0), zone).astimezone(UTC)
            found += [(midnight + timedelta(minutes=15 * k + 7)).astimezone(zone) for k in range(26 * 4)]
    return found


def shape_failures(text: str, published: datetime, planned: bool) -> list[str]:
    iv = read(text, published, planned)
    if iv is None:
        return []
    length = iv.end.astimezone(UTC) - iv.start.astimezone(UTC)
    if length <= timedelta(0) or iv.precision not in PRECISIONS or ELAPSED.get(iv.precision, length) != length:
        return [f"{text!r} @ {published.isoformat()} (fold {published.fold}): {shown(iv)}, {length} long"]
    return []


@pytest.mark.parametrize("text", CLOCK)
def test_a_clock_time_on_a_clock_change_day_is_a_minute_or_hour_that_runs_forward(text):
    # 0600 GMT on the day New York's clocks go back is 1:00 a.m. EST, the second 1:00; a minute on is 1:01 EST, not
    # 1:01 EDT an hour earlier
    failures = []
    for published in clock_change_instants():
        for planned in (False, True):
            failures += shape_failures(text, published, planned)
    assert_none(failures)


@pytest.mark.parametrize("text", WEEKLY + YEARLY)
def test_every_reading_runs_forward_with_a_documented_precision(text):
    failures = []
    for published in PUBLICATIONS:
        for planned in (False, True):
            failures += shape_failures(text, published, planned)
    assert_none(failures)


@pytest.mark.parametrize("text", ["0600 GMT", "at 0130 GMT", "1:30 a.m. EST", "about 1 a.m.", "at 1:15 a.m."])
def test_a_reported_clock_time_is_never_after_the_publication(text):
    """ "a time later than a timed publication, in a report, is the day before", in instants: in the repeated hour
    the wall clock reads the same twice, and 06:00 GMT (1:00 a.m. EST) is after a story timed 1:07 a.m. EDT."""
    failures = []
    for published in clock_change_instants():
        iv = read(text, published)
        if iv is None or iv.start.astimezone(UTC) > published.astimezone(UTC):
            failures.append(f"{text!r} @ {published.isoformat()} (fold {published.fold}): {shown(iv)}")
    assert_none(failures)


# ============================================================ reports and plans keep to their side
# words of what happened: they end by the end of the publication's day. Left out, as the README has them: a weekday's
# night ("Tuesday night" on Tuesday is the night it begins), "midnight Friday" (the end of Friday), the units the
# publication stands in ("this week", "earlier this month": the whole unit), and dates without a year within 75 days
# ahead (AP leaves out this year's); and "early" with the next day's weekday in an evening story (from 18:00: "early
# Sunday" sent at 23:30 on a Saturday), the small hours under way where the story happened or to come, as
# test_dates_props_words.py holds (the eighteenth pass; before, last week's Sunday, six days back).
PAST = [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
    "Monday",
    "last Friday",
    "early Sunday",
    "Saturday morning",
    "Thursday evening",
    "late Tuesday",
    "yesterday",
    "last night",
    "two days ago",
    "a week ago",
    "last week",
    "last weekend",
    "last month",
    "last year",
    "a year ago",
    "a month ago",
    "two weeks ago",
    "the past week",
    "the past month",
    "the past 24 hours",
    "in recent days",
    "this morning",
    "overnight",
    "at 9 a.m.",
    "at 10 p.m.",
    "1215 GMT",
    "shortly before midnight",
    "last March",
    "this past March",
    "this past December",
    "late last year",
]
SINCE = ["since January", "since Monday", "since March 3", "since 2020", "since last week", "since Oct. 14"]


@pytest.mark.parametrize("text", PAST)
def test_a_report_never_ends_after_its_day(text):
    failures = []
    for published in PUBLICATIONS:
        if text.startswith("early ") and published.hour >= 18 and text.endswith(f"{published + timedelta(days=1):%A}"):
            continue  # the small hours after the publication's evening
        iv = read(text, published)
        day_end = datetime.combine(published.date() + timedelta(days=1), time(0), published.tzinfo)
        if iv is None or iv.end.astimezone(UTC) > day_end.astimezone(UTC):
            failures.append(f"{text!r} @ {published.isoformat()}: {shown(iv)}")
    assert_none(failures)


@pytest.mark.parametrize("text", SINCE)
def test_since_runs_to_the_publication(text):
    failures = []
    for published in PUBLICATIONS:
        iv = read(text, published)
        if iv is None or iv.end != published.replace(second=0, microsecond=0) or iv.start >= published:
            failures.append(f"{text!r} @ {published.isoformat()}: {shown(iv)}")
    assert_none(failures)


# plans start no earlier than the publication's day. Left out: words of a unit the publication stands in ("in
# December" planned in December is this December), "overnight" before 06:00 (the night under way), "this weekend"
# on a Sunday.
PLANNED = [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
    "Friday night",
    "early Sunday",
    "Saturday morning",
    "Tuesday night",
    "late Tuesday",
    "midnight Friday",
    "tomorrow",
    "tonight",
    "this evening",
    "next week",
    "next month",
    "next year",
    "early next year",
    "next Tuesday",
    "this coming March",
    "in the coming days",
    "on March 3",
    "Oct. 14",
    "Dec. 31",
    "Jan. 1",
    "Feb. 29",
    "at 9 a.m.",
    "at 10 p.m.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_a_plan_never_starts_before_its_day(text):
    failures = []
    for published in PUBLICATIONS:
        iv = read(text, published, planned=True)
        day_start = datetime.combine(published.date(), time(0), published.tzinfo)
        if iv is None or iv.start.astimezone(UTC) < day_start.astimezone(UTC):
            failures.append(f"{text!r} @ {published.isoformat()}: {shown(iv)}")
    assert_none(failures)


def test_feb_29_looked_ahead_to_is_the_next_one_however_far():
    # the next 29 February after June 2024 is in 2028, four years on
    got = resolve("Feb. 29", datetime(2024, 6, 3, 9, tzinfo=ZoneInfo(NY)), status="planned")
    assert got.start.isoformat() == "2028-02-29T00:00:00-05:00"


@pytest.mark.parametrize("planned", [False, True])
def test_the_publications_own_weekday_named_bare_is_that_day(planned):
    failures = []
    for published in PUBLICATIONS:
        for text in (f"{published:%A}", f"on {published:%A}"):
            iv = read(text, published, planned)
            day = datetime.combine(published.date(), time(0))
            if iv is None or (wall(iv.start, published.tzinfo), wall(iv.end, published.tzinfo)) != (
                day,
                day + timedelta(days=1),
            ):
                failures.append(f"{text!r} @ {published.isoformat()}: {shown(iv)}")
    assert_none(failures)


# ============================================================ zones
# the same wall publication in another zone: the same wall interval. Left out, as zone-specific by rule: seasons (the
# hemisphere), named days (the country's calendar: Orthodox Christmas in Kyiv), fiscal years (the country's), times
# with a zone or "local time", and hours counted from the publication (elapsed: across a clock change 24 hours are not
# a wall day).
ZONE_FREE = [t for t in WEEKLY + YEARLY if not any(w in t for w in ("summer", "winter", "spring"))]


@pytest.mark.parametrize("text", ZONE_FREE)
def test_the_same_wall_publication_in_any_zone_reads_the_same_wall_interval(text):
    failures = []
    for published in publications(zones=(NY,)):
        base = read(text, published)
        for other in ZONES[1:]:
            there = published.replace(tzinfo=ZoneInfo(other))
            if wall(there, there.tzinfo) != there.replace(tzinfo=None) or wall(published, published.tzinfo) != (
                published.replace(tzinfo=None)
            ):
                continue  # a wall time the clocks skip in one of the two zones
            got = read(text, there)
            if base is None and got is None:
                continue
            if base is None or got is None or not same_reading(base, published.tzinfo, got, there.tzinfo):
                failures.append(f"{text!r} @ {published.isoformat()}: {shown(base)} / in {other}: {shown(got)}")
    assert_none(failures)


# a time given in GMT is one instant whichever zone the story was filed in, while the story's day is GMT's day too
# (else "0930 GMT" is of the story's own day: the README's "converted to the story's zone")
GMT = [
    "1215 GMT",
    "12:15 GMT",
    "1215 UTC",
    "0930 GMT on Friday",
    "at 0930 GMT on Friday",
    "0930 GMT Friday",
    "0600 GMT",
    "at 2300 GMT",
    "0001 GMT",
    "1215 GMT Tuesday",
    "at 9 a.m. (0600 GMT)",
    "at 2100 GMT on Sunday",
    "0400 GMT Thursday",
]


@pytest.mark.parametrize("text", GMT)
@pytest.mark.parametrize("planned", [False, True])
def test_a_gmt_time_is_the_same_instant_wherever_the_story_was_filed(text, planned):
    failures = []
    for d in DAYS:
        for hour in (10, 13, 16, 21, 23):
            instant = datetime.combine(d, time(hour, 5), UTC)
            found = {}
            for name in ZONES:
                published = instant.astimezone(ZoneInfo(name))
                if published.date() != instant.date():
                    continue
                iv = read(text, published, planned)
                assert iv is not None, (text, published)
                found[name] = iv
            instants = {(iv.start.astimezone(UTC), iv.end.astimezone(UTC)) for iv in found.values()}
            if len(instants) != 1:
                failures.append(
                    f"{text!r} @ {instant.isoformat()}: " + "; ".join(f"{z} {shown(iv)}" for z, iv in found.items())
                )
            gmt = next(iter(instants))[0]
            if "(" not in text and f"{gmt:%H%M}" not in text.replace(":", ""):
                failures.append(f"{text!r} @ {instant.isoformat()}: read as {gmt:%H%M} GMT")
    assert_none(failures)


# ============================================================ ranges
ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
FORMS = (
    "{a}-{b}",
    "{a} to {b}",
    "from {a} to {b}",
    "between {a} and {b}",
    "{a} through {b}",
    "{a}–{b}",
    "{a} and {b}",
)
SAME_MONTH_FORMS = ("{a}-{bd}", "{ad}-{bd} {month}", "from {ad} to {bd} {month}")
SPANS = [
    (date(2023, 12, 30), date(2024, 1, 2)),
    (date(2024, 2, 27), date(2024, 3, 2)),  # leap year: 27, 28, 29 February, 1 and 2 March
    (date(2023, 2, 27), date(2023, 3, 2)),
    (date(2024, 2, 28), date(2024, 2, 29)),
    (date(2024, 10, 14), date(2024, 10, 16)),
    (date(2024, 6, 2), date(2024, 6, 4)),
    (date(2024, 4, 29), date(2024, 5, 2)),
    (date(2024, 12, 31), date(2025, 1, 1)),
    (date(2025, 3, 30), date(2025, 4, 3)),
    (date(2025, 11, 28), date(2025, 12, 3)),
]


def range_texts(first: date, last: date) -> list[str]:
    a, b = f"{ABBR[first.month - 1]} {first.day}", f"{ABBR[last.month - 1]} {last.day}"
    texts = [form.format(a=a, b=b) for form in FORMS]
    # British, day then month: "28 September-2 October" (the hyphen was taken for part of a word, "September-2")
    texts += [form.format(a=f"{first.day} {first:%B}", b=f"{last.day} {last:%B}") for form in FORMS]
    # with their years: "17 December 2024-26 January 2025" ("2024-26" was read as the years 2024 to 2026)
    texts += [
        f"{first.day} {first:%B %Y}-{last.day} {last:%B %Y}",
        f"{first:%B} {first.day}, {first.year}-{b}, {last.year}",
    ]
    if first.month == last.month:
        month = f"{first:%B}"
        texts += [f.format(a=a, ad=first.day, bd=last.day, month=month) for f in SAME_MONTH_FORMS]
    return texts


@pytest.mark.parametrize(("first", "last"), SPANS, ids=[f"{a}..{b}" for a, b in SPANS])
def test_a_range_covers_exactly_both_ends_days(first, last):
    """Read in a report a day and three weeks after it ends, and as a plan a day and three weeks before it begins."""
    failures = []
    expected = (datetime.combine(first, time(0)), datetime.combine(last + timedelta(days=1), time(0)), "range")
    for text in range_texts(first, last):
        for name in ZONES:
            zone = ZoneInfo(name)
            for published, planned in [
                (datetime.combine(last + timedelta(days=1), time(9), zone), False),
                (datetime.combine(last + timedelta(days=21), time(9), zone), False),
                (datetime.combine(first - timedelta(days=1), time(9), zone), True),
                (datetime.combine(first - timedelta(days=21), time(9), zone), True),
            ]:
                iv = read(text, published, planned)
                if iv is None or (wall(iv.start, zone), wall(iv.end, zone), iv.precision) != expected:
                    failures.append(f"{text!r} @ {published.isoformat()} planned={planned}: {shown(iv)}")
    assert_none(failures)


# ============================================================ the clock change, as a user reads it
def test_0600_gmt_on_the_night_new_york_clocks_go_back():
    ny = ZoneInfo(NY)
    # filed at 10:05 GMT (5:05 a.m. EST): 0600 GMT was 1:00 a.m. EST, the second 1:00, a minute long
    got = resolve("0600 GMT", datetime(2024, 11, 3, 5, 5, tzinfo=ny))
    assert (got.start.isoformat(), got.end.isoformat()) == ("2024-11-03T01:00:00-05:00", "2024-11-03T01:01:00-05:00")
    # filed at 1:07 a.m. EDT (05:07 GMT): 0600 GMT is still to come, so a report's is the day before's
    got = resolve("0600 GMT", datetime(2024, 11, 3, 1, 7, tzinfo=ny))
    assert got.start.isoformat() == "2024-11-02T02:00:00-04:00", got.rule


def test_about_1_am_on_the_night_the_clocks_go_back_is_one_hour():
    got = resolve("about 1 a.m.", datetime(2024, 11, 3, 1, 37, tzinfo=ZoneInfo(NY)))
    assert (got.start.isoformat(), got.end.isoformat(), got.precision) == (
        "2024-11-03T01:00:00-04:00",
        "2024-11-03T01:00:00-05:00",
        "hour",
    )


# ============================================================ Hypothesis: any publication
LEADS = ("", "on ", "last ", "next ", "this ", "early ", "late ", "early on ", "since ", "until ", "by ", "from ")
TAILS = (
    "",
    " morning",
    " afternoon",
    " evening",
    " night",
    " at 3 p.m.",
    " at noon",
    " around midnight",
    " and Tuesday",
)
weekday_phrases = st.builds(
    lambda a, w, b: a + w + b, st.sampled_from(LEADS), st.sampled_from(WEEKDAYS), st.sampled_from(TAILS)
)
any_publication = st.builds(
    lambda d, minutes, zone: datetime.combine(d, time(0), ZoneInfo(zone)) + timedelta(minutes=minutes),
    st.dates(date(2001, 1, 1), date(2034, 12, 31)),  # the years the holidays package knows
    st.integers(0, 24 * 60 - 1),
    st.sampled_from(
        ZONES + ("America/Los_Angeles", "Asia/Tokyo", "America/Sao_Paulo") + FAR_ZONES + ("Pacific/Chatham",)
    ),
)
HYPOTHESIS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@HYPOTHESIS
@given(text=weekday_phrases, published=any_publication, planned=st.booleans())
def test_any_weekday_phrase_on_any_publication_reads_a_week_later_a_week_on(text, published, planned):
    assert week_shift_failures(text, planned, [published]) == []
    assert shape_failures(text, published, planned) == []


@HYPOTHESIS
@given(
    text=st.sampled_from(CLOCK + GMT),
    published=st.sampled_from(clock_change_instants()),
    planned=st.booleans(),
)
def test_any_clock_time_in_a_clock_change_runs_forward(text, published, planned):
    assert shape_failures(text, published, planned) == []


# ============================================================ clock times in a named zone
# a clock time with a zone named is that zone's wall time on the day said (with the zone's own clock change: "ET" is
# EDT in summer), whichever zone the story was filed in
NAMED_ZONES = {
    "ET": NY,
    "Eastern": NY,
    "Eastern time": NY,
    "EDT": "-04:00",
    "EST": "-05:00",
    "PT": "America/Los_Angeles",
    "Pacific": "America/Los_Angeles",
    "CT": "America/Chicago",
    "GMT": "+00:00",
    "BST": "+01:00",
    "CET": "+01:00",
    "Moscow time": "Europe/Moscow",
    "Kyiv time": KYIV,
    "London time": LONDON,
    "IST": "+05:30",
    "JST": "+09:00",
}
AT_ZONE_FORMS = ("at {t} {z} on {d}", "{t} {z} {d}", "{d} at {t} {z}", "{t} ({z}) on {d}", "{d}, {t} {z}")


def zone_of(name: str):
    spelled = NAMED_ZONES[name]
    if "/" in spelled:
        return ZoneInfo(spelled)
    sign = 1 if spelled[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(spelled[1:3]), minutes=int(spelled[4:])))


@pytest.mark.parametrize("name", NAMED_ZONES)
def test_a_clock_time_in_a_named_zone_is_that_zones_wall_time(name):
    failures = []
    for filed in ZONES:
        for day in (date(2024, 1, 17), date(2024, 7, 3), date(2024, 11, 1), date(2025, 3, 12)):
            published = datetime.combine(day + timedelta(days=9), time(12), ZoneInfo(filed))
            said = f"{ABBR[day.month - 1]} {day.day}"
            for clock, hm in (("7:15 p.m.", time(19, 15)), ("8 a.m.", time(8)), ("11:45 p.m.", time(23, 45))):
                expected = datetime.combine(day, hm, zone_of(name)).astimezone(UTC)
                for form in AT_ZONE_FORMS:
                    text = form.format(t=clock, z=name, d=said)
                    got = read(text, published)
                    if got is None or got.start.astimezone(UTC) != expected:
                        failures.append(f"{text!r} @ {published.isoformat()}: {shown(got)}, expected {expected}")
    assert_none(failures)


# the zones furthest from GMT, and a quarter-hour one: a report dated, not timed (midday), tells of a GMT time that
# falls by the end of its day (Wellington in June is twelve hours ahead: midday there is midnight GMT, and "1215 GMT"
# on the same GMT day is after the story's day there)
@pytest.mark.parametrize("zone", FAR_ZONES + ZONES)
def test_a_dated_reports_gmt_time_is_not_after_its_day(zone):
    failures = []
    for day in DAYS:
        published = datetime.combine(day, time(12), ZoneInfo(zone))  # a publication date alone
        day_end = datetime.combine(day + timedelta(days=1), time(0), published.tzinfo)
        for text in ("1215 GMT", "0001 GMT", "2359 GMT", "at 9 a.m. (0600 GMT)", "0930 UTC"):
            got = read(text, published)
            if got is None or got.end.astimezone(UTC) > day_end.astimezone(UTC):
                failures.append(f"{text!r} @ {published.isoformat()}: {shown(got)}")
    assert_none(failures)


# ============================================================ dateline when
@pytest.mark.parametrize("zone", ZONES)
def test_dateline_when_reads_as_resolve_on_a_day_alone(zone):
    """`dateline when "PHRASE" --published DAY --tz ZONE [--planned] --json`: the publication day alone is its midday
    in the zone, and the reading is the resolver's, on clock-change days too."""
    failures = []
    for day in (date(2024, 6, 4), *CLOCK_CHANGES.get(zone, ())[:2], date(2024, 12, 31)):
        for text, planned in (("on Tuesday", True), ("early Sunday", False), ("0930 GMT on Friday", False)):
            args = ["when", text, "--published", day.isoformat(), "--tz", zone, "--json"] + (["--planned"] * planned)
            got = json.loads(CliRunner().invoke(main, args).stdout)
            iv = resolve(text, publication(day.isoformat(), zone), status="planned" if planned else None)
            if (got["start"], got["end"], got["precision"]) != (iv.start.isoformat(), iv.end.isoformat(), iv.precision):
                failures.append(f"{' '.join(args)}: {got} / resolve: {shown(iv)}")
    assert_none(failures)
