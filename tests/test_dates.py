"""db.dates: dates as written in news reports, resolved against the publication date."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateline.db.dates import PRECISIONS, DateError, Interval, interval_for_iso, parse_when, resolve

KYIV = ZoneInfo("Europe/Kyiv")
UTC = UTC


def kyiv(y, m, d, h=12, mi=0):
    return datetime(y, m, d, h, mi, tzinfo=KYIV)


def utc(y, m, d, h=12, mi=0):
    return datetime(y, m, d, h, mi, tzinfo=UTC)


SEED = kyiv(2024, 9, 21)  # Saturday 21 September 2024, noon in Kyiv (+03:00)
NIGHT = ("2024-09-20T20:00:00+03:00", "2024-09-21T06:00:00+03:00", "night")
FRIDAY = ("2024-09-20T00:00:00+03:00", "2024-09-21T00:00:00+03:00", "day")
SEP26 = ("2024-09-26T00:00:00+03:00", "2024-09-27T00:00:00+03:00", "day")

CASES = [
    # --- the seed article
    ("overnight on Saturday", SEED, *NIGHT),
    ("overnight", SEED, *NIGHT),
    ("during an overnight strike", SEED, *NIGHT),
    ("overnight strike", SEED, *NIGHT),
    ("in a press briefing on Friday", SEED, *FRIDAY),
    ("on Friday", SEED, *FRIDAY),
    ("next week", SEED, "2024-09-23T00:00:00+03:00", "2024-09-30T00:00:00+03:00", "week"),
    # --- nights
    ("overnight into Saturday", SEED, *NIGHT),
    ("overnight Friday into Saturday", SEED, *NIGHT),
    ("Friday to Saturday night", SEED, *NIGHT),
    ("Friday night", SEED, *NIGHT),
    ("last night", SEED, *NIGHT),
    ("Saturday night", SEED, "2024-09-21T20:00:00+03:00", "2024-09-22T06:00:00+03:00", "night"),
    ("tonight", SEED, "2024-09-21T20:00:00+03:00", "2024-09-22T06:00:00+03:00", "night"),
    ("on the night of Sept. 18", SEED, "2024-09-18T20:00:00+03:00", "2024-09-19T06:00:00+03:00", "night"),
    ("in the early hours of Saturday", SEED, "2024-09-21T00:00:00+03:00", "2024-09-21T06:00:00+03:00", "small hours"),
    ("overnight on Monday", utc(2024, 1, 1, 9), "2023-12-31T20:00:00+00:00", "2024-01-01T06:00:00+00:00", "night"),
    ("overnight", utc(2025, 1, 1, 9), "2024-12-31T20:00:00+00:00", "2025-01-01T06:00:00+00:00", "night"),
    # the night clocks went back in Kyiv (27 Oct 2024, 04:00 -> 03:00)
    ("overnight on Sunday", kyiv(2024, 10, 27), "2024-10-26T20:00:00+03:00", "2024-10-27T06:00:00+02:00", "night"),
    # --- weekdays: the most recent on or before publication; next = first after
    ("Friday", SEED, *FRIDAY),
    ("on Monday", SEED, "2024-09-16T00:00:00+03:00", "2024-09-17T00:00:00+03:00", "day"),
    ("Saturday", SEED, "2024-09-21T00:00:00+03:00", "2024-09-22T00:00:00+03:00", "day"),
    ("last Friday", SEED, *FRIDAY),
    ("last Saturday", SEED, "2024-09-14T00:00:00+03:00", "2024-09-15T00:00:00+03:00", "day"),
    ("next Friday", SEED, "2024-09-27T00:00:00+03:00", "2024-09-28T00:00:00+03:00", "day"),
    ("next Saturday", SEED, "2024-09-28T00:00:00+03:00", "2024-09-29T00:00:00+03:00", "day"),
    ("on Friday last week", SEED, "2024-09-13T00:00:00+03:00", "2024-09-14T00:00:00+03:00", "day"),
    ("Tuesday of next week", SEED, "2024-09-24T00:00:00+03:00", "2024-09-25T00:00:00+03:00", "day"),
    ("on Tuesday", utc(2025, 1, 1), "2024-12-31T00:00:00+00:00", "2025-01-01T00:00:00+00:00", "day"),
    ("a 12-year-old boy was killed on Friday", SEED, *FRIDAY),
    # --- parts of a day
    ("late on Tuesday", SEED, "2024-09-17T18:00:00+03:00", "2024-09-18T00:00:00+03:00", "evening"),
    # "early on" + a day is the small hours, as AP's "early Tuesday" (real copy in the wire tables: Reuters' ceasefire
    # "early on Monday" from 00:01, AP's bar shooting "early on Sunday" at 12:45 a.m.)
    ("early on Tuesday", SEED, "2024-09-17T00:00:00+03:00", "2024-09-17T06:00:00+03:00", "small hours"),
    ("Tuesday morning", SEED, "2024-09-17T06:00:00+03:00", "2024-09-17T12:00:00+03:00", "morning"),
    ("Tuesday afternoon", SEED, "2024-09-17T12:00:00+03:00", "2024-09-17T18:00:00+03:00", "afternoon"),
    ("Tuesday evening", SEED, "2024-09-17T18:00:00+03:00", "2024-09-18T00:00:00+03:00", "evening"),
    ("this morning", SEED, "2024-09-21T06:00:00+03:00", "2024-09-21T12:00:00+03:00", "morning"),
    ("yesterday afternoon", SEED, "2024-09-20T12:00:00+03:00", "2024-09-20T18:00:00+03:00", "afternoon"),
    ("late yesterday", utc(2024, 3, 1), "2024-02-29T18:00:00+00:00", "2024-03-01T00:00:00+00:00", "evening"),
    # --- clock times
    ("at 22:45 on Friday", SEED, "2024-09-20T22:45:00+03:00", "2024-09-20T22:46:00+03:00", "minute"),
    ("10:45 p.m. Friday", SEED, "2024-09-20T22:45:00+03:00", "2024-09-20T22:46:00+03:00", "minute"),
    ("at 7 a.m. on Sept. 26", SEED, "2024-09-26T07:00:00+03:00", "2024-09-26T07:01:00+03:00", "minute"),
    ("about 3 p.m.", SEED, "2024-09-21T15:00:00+03:00", "2024-09-21T16:00:00+03:00", "hour"),
    ("around midnight", SEED, "2024-09-21T00:00:00+03:00", "2024-09-21T01:00:00+03:00", "hour"),
    ("14:00 GMT on Friday", SEED, "2024-09-20T17:00:00+03:00", "2024-09-20T17:01:00+03:00", "minute"),
    ("3 hours ago", SEED, "2024-09-21T09:00:00+03:00", "2024-09-21T10:00:00+03:00", "hour"),
    ("in the past 24 hours", SEED, "2024-09-20T12:00:00+03:00", "2024-09-21T12:00:00+03:00", "day"),
    ("over the last three days", SEED, "2024-09-18T12:00:00+03:00", "2024-09-21T12:00:00+03:00", "week"),
    # --- days
    ("today", SEED, "2024-09-21T00:00:00+03:00", "2024-09-22T00:00:00+03:00", "day"),
    ("yesterday", SEED, *FRIDAY),
    ("tomorrow", SEED, "2024-09-22T00:00:00+03:00", "2024-09-23T00:00:00+03:00", "day"),
    ("the day before yesterday", SEED, "2024-09-19T00:00:00+03:00", "2024-09-20T00:00:00+03:00", "day"),
    ("two days ago", SEED, "2024-09-19T00:00:00+03:00", "2024-09-20T00:00:00+03:00", "day"),
    ("in three days", SEED, "2024-09-24T00:00:00+03:00", "2024-09-25T00:00:00+03:00", "day"),
    ("yesterday", utc(2025, 1, 1), "2024-12-31T00:00:00+00:00", "2025-01-01T00:00:00+00:00", "day"),
    ("yesterday", utc(2024, 3, 1), "2024-02-29T00:00:00+00:00", "2024-03-01T00:00:00+00:00", "day"),
    ("tomorrow", utc(2024, 2, 29), "2024-03-01T00:00:00+00:00", "2024-03-02T00:00:00+00:00", "day"),
    ("Feb. 29", utc(2024, 3, 10), "2024-02-29T00:00:00+00:00", "2024-03-01T00:00:00+00:00", "day"),
    # AP style month abbreviations; a missing year is the one nearest the publication
    ("on Sept. 26", SEED, *SEP26),
    ("Sept. 26", SEED, *SEP26),
    ("Sep 26, 2024", SEED, *SEP26),
    ("26 September", SEED, *SEP26),
    ("September 26th", SEED, *SEP26),
    ("2024-09-26", SEED, *SEP26),
    ("Su-34 fighter jets struck on Sept. 26", SEED, *SEP26),
    ("F-16s were seen on Aug. 5", SEED, "2024-08-05T00:00:00+03:00", "2024-08-06T00:00:00+03:00", "day"),
    ("Dec. 30", utc(2025, 1, 2), "2024-12-30T00:00:00+00:00", "2024-12-31T00:00:00+00:00", "day"),
    ("Jan. 3", utc(2024, 12, 30), "2025-01-03T00:00:00+00:00", "2025-01-04T00:00:00+00:00", "day"),
    ("Nov. 5, 2023", SEED, "2023-11-05T00:00:00+02:00", "2023-11-06T00:00:00+02:00", "day"),
    ("on 26.09.2024", SEED, *SEP26),  # left to dateparser
    # --- weeks and weekends (Monday to Sunday)
    ("this week", SEED, "2024-09-16T00:00:00+03:00", "2024-09-23T00:00:00+03:00", "week"),
    ("earlier this week", SEED, "2024-09-16T00:00:00+03:00", "2024-09-23T00:00:00+03:00", "week"),  # the week (TimeML)
    ("earlier this week", utc(2024, 9, 16), "2024-09-16T00:00:00+00:00", "2024-09-23T00:00:00+00:00", "week"),
    ("last week", SEED, "2024-09-09T00:00:00+03:00", "2024-09-16T00:00:00+03:00", "week"),
    ("last week", utc(2025, 1, 6), "2024-12-30T00:00:00+00:00", "2025-01-06T00:00:00+00:00", "week"),
    ("next week", utc(2024, 12, 29), "2024-12-30T00:00:00+00:00", "2025-01-06T00:00:00+00:00", "week"),
    ("next week", kyiv(2024, 9, 22, 23, 59), "2024-09-23T00:00:00+03:00", "2024-09-30T00:00:00+03:00", "week"),
    ("this weekend", SEED, "2024-09-21T00:00:00+03:00", "2024-09-23T00:00:00+03:00", "weekend"),
    ("this weekend", kyiv(2024, 9, 18), "2024-09-21T00:00:00+03:00", "2024-09-23T00:00:00+03:00", "weekend"),
    ("last weekend", SEED, "2024-09-14T00:00:00+03:00", "2024-09-16T00:00:00+03:00", "weekend"),
    ("over the weekend", kyiv(2024, 9, 23), "2024-09-21T00:00:00+03:00", "2024-09-23T00:00:00+03:00", "weekend"),
    ("next weekend", utc(2024, 12, 27), "2025-01-04T00:00:00+00:00", "2025-01-06T00:00:00+00:00", "weekend"),
    # --- months
    ("last month", utc(2024, 12, 2), "2024-11-01T00:00:00+00:00", "2024-12-01T00:00:00+00:00", "month"),
    ("last month", utc(2025, 1, 15), "2024-12-01T00:00:00+00:00", "2025-01-01T00:00:00+00:00", "month"),
    ("last month", utc(2024, 3, 15), "2024-02-01T00:00:00+00:00", "2024-03-01T00:00:00+00:00", "month"),
    ("this month", SEED, "2024-09-01T00:00:00+03:00", "2024-10-01T00:00:00+03:00", "month"),
    ("next month", utc(2024, 12, 31), "2025-01-01T00:00:00+00:00", "2025-02-01T00:00:00+00:00", "month"),
    ("next month", SEED, "2024-10-01T00:00:00+03:00", "2024-11-01T00:00:00+02:00", "month"),
    ("in March", SEED, "2024-03-01T00:00:00+02:00", "2024-04-01T00:00:00+03:00", "month"),
    ("in January", utc(2024, 12, 20), "2025-01-01T00:00:00+00:00", "2025-02-01T00:00:00+00:00", "month"),
    ("March 2024", SEED, "2024-03-01T00:00:00+02:00", "2024-04-01T00:00:00+03:00", "month"),
    # thirds of a month (issue 12, class 6): mid = 11th to 20th
    ("mid-October", SEED, "2024-10-11T00:00:00+03:00", "2024-10-21T00:00:00+03:00", "part of month"),
    ("in May", SEED, "2024-05-01T00:00:00+03:00", "2024-06-01T00:00:00+03:00", "month"),
    # --- years
    ("2023", SEED, "2023-01-01T00:00:00+02:00", "2024-01-01T00:00:00+02:00", "year"),
    ("in 2023", SEED, "2023-01-01T00:00:00+02:00", "2024-01-01T00:00:00+02:00", "year"),
    ("last year", SEED, "2023-01-01T00:00:00+02:00", "2024-01-01T00:00:00+02:00", "year"),
    ("last year", utc(2025, 1, 1), "2024-01-01T00:00:00+00:00", "2025-01-01T00:00:00+00:00", "year"),
    ("this year", utc(2024, 2, 29), "2024-01-01T00:00:00+00:00", "2025-01-01T00:00:00+00:00", "year"),
]


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "precision"), CASES, ids=[f"{c[0]}@{c[1]:%Y-%m-%d}" for c in CASES]
)
def test_resolve(text, published, start, end, precision):
    got = resolve(text, published)
    assert (*got.iso(), got.precision) == (start, end, precision)
    assert got.precision in PRECISIONS
    assert got.start.tzinfo is not None and got.end.tzinfo is not None and got.start < got.end


def test_resolve_in_the_given_time_zone():
    # 22:30 UTC on Friday is already Saturday 01:30 in Kyiv
    published = datetime(2024, 9, 20, 22, 30, tzinfo=UTC)
    assert resolve("today", published, "Europe/Kyiv").iso() == (
        "2024-09-21T00:00:00+03:00",
        "2024-09-22T00:00:00+03:00",
    )
    assert resolve("today", published).iso() == ("2024-09-20T00:00:00+00:00", "2024-09-21T00:00:00+00:00")
    assert resolve("overnight on Saturday", published, "Europe/Kyiv").iso() == NIGHT[:2]
    # as the seed loader calls it: a date-only publication read as UTC midnight, words in Kyiv time
    assert resolve("overnight on Saturday", interval_for_iso("2024-09-21").start, "Europe/Kyiv").iso() == NIGHT[:2]


def test_resolve_repeats_and_varies_with_the_publication():
    # results are cached by words, never by publication date
    assert resolve("yesterday", utc(2024, 9, 21)).iso()[0] == "2024-09-20T00:00:00+00:00"
    assert resolve("yesterday", utc(2024, 9, 22)).iso()[0] == "2024-09-21T00:00:00+00:00"
    assert resolve("the 26th", utc(2024, 9, 21)).iso()[0] == "2024-09-26T00:00:00+00:00"
    assert resolve("the 26th", utc(2024, 10, 21)).iso()[0] == "2024-10-26T00:00:00+00:00"


@pytest.mark.parametrize(
    "text",
    [
        "blah",
        "",
        "   ",
        "F-16",
        "Su-34",
        "12-year-old",
        "2,000 tons",
        "officials may decide",
        "Covid-19",
    ],
)
def test_unreadable_dates_raise(text):
    with pytest.raises(DateError) as exc:
        resolve(text, SEED)
    message = str(exc.value)
    assert message.startswith("cannot read date '") and "\n" not in message


def test_date_error_message_is_one_line_quoting_the_text():
    with pytest.raises(DateError, match=r"^cannot read date 'blah'$"):
        resolve("blah", SEED)
    with pytest.raises(DateError) as exc:
        resolve("no\ndate\nhere", SEED)
    assert str(exc.value) == "cannot read date 'no date here'"
    assert isinstance(exc.value, ValueError)
    with pytest.raises(DateError, match="unknown time zone 'Mars/Olympus'"):
        resolve("today", SEED, "Mars/Olympus")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-09-21", "2024-09-21T00:00:00+03:00"),
        ("20 Sep 2024", "2024-09-20T00:00:00+03:00"),
        ("26 Sep", "2024-09-26T00:00:00+03:00"),
        ("Sept. 26", "2024-09-26T00:00:00+03:00"),
        ("next thursday", "2024-09-26T00:00:00+03:00"),
        ("last friday", "2024-09-20T00:00:00+03:00"),
        ("next thu", "2024-09-26T00:00:00+03:00"),
        ("yesterday", "2024-09-20T00:00:00+03:00"),
        ("next week", "2024-09-23T00:00:00+03:00"),
        ("2024-09", "2024-09-01T00:00:00+03:00"),
        ("2024-09-20T22:45:00+03:00", "2024-09-20T22:45:00+03:00"),
        ("2024-09-20T22:45", "2024-09-20T22:45:00+03:00"),
    ],
)
def test_parse_when(text, expected):
    got = parse_when(text, SEED)
    assert got.isoformat() == expected
    assert got.tzinfo is not None


def test_parse_when_defaults_to_now():
    got = parse_when("today")
    assert got.tzinfo is not None
    assert abs(datetime.now(timezone.utc) - got) < timedelta(days=1, hours=1)
    assert (got.hour, got.minute, got.second) == (0, 0, 0)


@pytest.mark.parametrize("text", ["blah", "", "F-16", "32 Sep 2024"])
def test_parse_when_errors(text):
    with pytest.raises(DateError):
        parse_when(text, SEED)


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("2024-09-20", None, None, ("2024-09-20T00:00:00+00:00", "2024-09-21T00:00:00+00:00", "day")),
        ("2024-09", None, None, ("2024-09-01T00:00:00+00:00", "2024-10-01T00:00:00+00:00", "month")),
        ("2024-02", None, None, ("2024-02-01T00:00:00+00:00", "2024-03-01T00:00:00+00:00", "month")),
        ("2024-12", None, None, ("2024-12-01T00:00:00+00:00", "2025-01-01T00:00:00+00:00", "month")),
        ("2024", None, None, ("2024-01-01T00:00:00+00:00", "2025-01-01T00:00:00+00:00", "year")),
        ("2024-09-20T22:45:00+03:00", None, None, ("2024-09-20T22:45:00+03:00", "2024-09-20T22:46:00+03:00", "minute")),
        ("2024-09-20T22:45", None, None, ("2024-09-20T22:45:00+00:00", "2024-09-20T22:46:00+00:00", "minute")),
        ("2024-09-20T22:45:00Z", None, None, ("2024-09-20T22:45:00+00:00", "2024-09-20T22:46:00+00:00", "minute")),
        ("2024-09-20T14:00:00+03:00", None, "hour", ("2024-09-20T14:00:00+03:00", "2024-09-20T15:00:00+03:00", "hour")),
        ("2024-09-16", None, "week", ("2024-09-16T00:00:00+00:00", "2024-09-23T00:00:00+00:00", "week")),
        (
            "2024-09-20T20:00:00+03:00",
            "2024-09-21T06:00:00+03:00",
            "night",
            ("2024-09-20T20:00:00+03:00", "2024-09-21T06:00:00+03:00", "night"),
        ),
        (
            "2024-09-20T20:00:00+03:00",
            "2024-09-21T06:00:00+03:00",
            None,
            ("2024-09-20T20:00:00+03:00", "2024-09-21T06:00:00+03:00", "night"),
        ),
        ("2024-09-23", "2024-09-30", None, ("2024-09-23T00:00:00+00:00", "2024-09-30T00:00:00+00:00", "week")),
        ("2024-09-20", "2024-09-21", None, ("2024-09-20T00:00:00+00:00", "2024-09-21T00:00:00+00:00", "day")),
        ("2024-09-20", "2024-09-20", None, ("2024-09-20T00:00:00+00:00", "2024-09-21T00:00:00+00:00", "day")),
        ("2024-09", "2024-09", None, ("2024-09-01T00:00:00+00:00", "2024-10-01T00:00:00+00:00", "month")),
        ("2024-09-20", "", None, ("2024-09-20T00:00:00+00:00", "2024-09-21T00:00:00+00:00", "day")),
    ],
)
def test_interval_for_iso(start, end, precision, expected):
    got = interval_for_iso(start, end, precision)
    assert (*got.iso(), got.precision) == expected


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        ("2024-13-01", None, None),
        ("2024-02-30", None, None),
        ("yesterday", None, None),
        ("", None, None),
        ("2024-09-21", "2024-09-20", None),
        ("2024-09-20", None, "fortnight"),
    ],
)
def test_interval_for_iso_errors(start, end, precision):
    with pytest.raises(DateError):
        interval_for_iso(start, end, precision)


def test_interval_is_frozen_and_iso_has_seconds_and_offset():
    iv = Interval(kyiv(2024, 9, 20, 20, 0), kyiv(2024, 9, 21, 6, 0), "night")
    assert iv.iso() == NIGHT[:2]
    with pytest.raises(AttributeError):
        iv.precision = "day"  # type: ignore[misc]


def test_many_resolves_are_fast():
    words = [
        "overnight on Saturday",
        "overnight",
        "in a press briefing on Friday",
        "next week",
        "last month",
        "Sept. 26",
        "10:45 p.m. Friday",
        "yesterday",
    ]
    for i in range(20_000):
        resolve(words[i % len(words)], SEED + timedelta(hours=i % 3000))


def test_the_resolver_imports_only_stdlib_dateparser_holidays_and_dateutil():
    roots = set()
    for path in (Path(__file__).resolve().parents[1] / "db" / "dates").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                roots |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level:
                roots.add((node.module or "").split(".")[0])
    assert roots <= {
        "__future__",
        "calendar",
        "collections",
        "re",
        "dataclasses",
        "datetime",
        "functools",
        "typing",
        "zoneinfo",
        "dateparser",
        "holidays",
        "dateutil",
    }
