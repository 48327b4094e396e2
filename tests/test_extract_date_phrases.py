"""The date phrases extraction finds by its own patterns where dateparser's search_dates used to
propose them (stop 30): a year standing alone, a month after "as early as" or "the end of", a
part of a day with no day named; and what is no date though it looks like one. And a clock time
"that morning" or "that night", read on the day of the happening told before. Sentences in
the styles of AP, Reuters and the Wall Street Journal (the TimeBank and MEANTIME stories these
classes were found in)."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateline.db.dates import resolve
from dateline.db.extract.dates_found import find_dates, read_anchored

PUB = datetime(2024, 9, 21, 12, tzinfo=ZoneInfo("America/New_York"))
TZ = "America/New_York"


def found(sentence: str) -> list[tuple[str, str, str, str]]:
    return [
        (d.text, d.interval.start.date().isoformat(), d.interval.end.date().isoformat(), d.interval.precision)
        for d in find_dates(sentence, PUB, TZ)
        if d.interval is not None
    ]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("He is also charged in the 1996 Olympic bombing that killed one person.", "1996"),
        ("Memories of Russia's 2008 war with Georgia loom large.", "2008"),
        ("Mali's junta, which seized power in a 2020 coup, has struggled to contain the violence.", "2020"),
        ("That 1978 resolution calls for Israel's withdrawal from the zone.", "1978"),
        ("For 1988, BellSouth earned $1.7 billion, or $3.51 a share.", "1988"),
        ("In fiscal 1989, Elco earned $7.8 million.", "1989"),
        ("The sanctions were imposed on Iraq after its 1990 invasion of Kuwait.", "1990"),
    ],
)
def test_a_year_standing_alone_is_that_year(sentence: str, year: str) -> None:
    ((_, start, end, precision),) = found(sentence)
    assert (start, end, precision) == (f"{year}-01-01", f"{int(year) + 1}-01-01", "year")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Russell 2000 index of smaller companies dropped by four percent.",
        "Farkas set up a joint venture called Orion 1980, making satellite parts.",
        "The FT 100-share index shed 47.3 points to close at 2082.1.",
        "The Nasdaq reached 2020.90 points after gaining 1.59%.",
        "Each right entitles the holder to buy bonds due 1993 and warrants.",
        "The quake struck at 5:18 a.m. local time (2018 GMT).",
        "Volunteers spent about 2000 hours clearing the rubble.",
        "About 2000 people marched through the capital.",
        "Police said 1,999 ballots were found in a warehouse.",
        "Ministers of Hungary and Jan Kavan of the Czech Republic signed the documents.",
        "The March accession will let the three countries sign the summit documents.",
    ],
)
def test_a_number_of_a_name_an_index_a_bond_or_a_crowd_is_no_date(sentence: str) -> None:
    assert found(sentence) == []


def test_months_after_as_early_as_and_the_end_of_and_a_span_whose_second_part_opens_with_through() -> None:
    assert found("The first test flight may take place as early as March, officials said.") == [
        ("as early as March", "2025-03-01", "2025-04-01", "month")
    ]
    ((text, start, end, precision),) = found("GM has until the end of May to restructure.")
    assert (text, end, precision) == ("until the end of May", "2025-06-01", "range")
    assert found("The indictment alleges that from January 2021 through May 2023 they moved the money.") == [
        ("from January 2021 through May 2023", "2021-01-01", "2023-06-01", "year")
    ]


def test_a_part_of_a_day_with_no_day_named_is_the_day_of_the_happening_before() -> None:
    (d,) = find_dates("A second quake of magnitude 7.5 struck in the afternoon.", PUB, TZ)
    assert d.anchored and d.text == "in the afternoon"
    (d,) = find_dates("Shells landed at around 8:30 in the morning, the charity said.", PUB, TZ)
    assert d.anchored and d.text == "at around 8:30 in the morning"


def test_extracting_an_article_does_not_load_dateparsers_search() -> None:
    """Its language map and time-zone patterns cost a process ~0.25 s on first use."""
    article = Path(__file__).parent / "data" / "articles" / "reuters-quake.txt"
    code = (
        "import sys\n"
        "from dateline.db.extract.run import extract_file\n"
        f"r = extract_file({str(article)!r}, '2023-02-06T16:00:00+03:00', 'Europe/Istanbul')\n"
        "print(len(r.drafts), 'dateparser.search' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["2", "False"]


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        ("Police arrived at 11:40 p.m. that night.", "2024-09-16T23:40", "2024-09-16T23:41", "minute"),
        ("Shells landed at around 8:30 that morning.", "2024-09-16T08:30", "2024-09-16T08:31", "minute"),
        ("A second blast came at 2 a.m. that night.", "2024-09-17T02:00", "2024-09-17T02:01", "minute"),
        ("The border post reopened at noon that day.", "2024-09-16T12:00", "2024-09-16T12:01", "minute"),
        ("A second quake struck in the afternoon.", "2024-09-16T12:00", "2024-09-16T18:00", "afternoon"),
    ],
)
def test_a_clock_that_morning_is_that_minute_of_the_day_of_the_happening_before(
    sentence: str, start: str, end: str, precision: str
) -> None:
    """BBC/Reuters narrative style: the happening before was on Monday 16 September."""
    london = "Europe/London"
    pub = datetime(2024, 9, 21, 12, tzinfo=ZoneInfo(london))
    monday = resolve("on Monday", pub, london)
    (d,) = find_dates(sentence, pub, london)
    assert d.anchored
    iv = read_anchored(d.text, pub, london, monday)
    assert (iv.start.strftime("%Y-%m-%dT%H:%M"), iv.end.strftime("%Y-%m-%dT%H:%M"), iv.precision) == (
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    ("sentence", "text", "start"),
    [
        ("A New York man who faked his death last summer pleaded guilty.", "last summer", "2024-06-01"),
        ("The stock began trading this spring at $14 apiece.", "this spring", "2024-03-01"),
        ("It snowed heavily in Kyiv last winter.", "last winter", "2023-12-01"),
        ("The plant is due to open next autumn.", "next autumn", "2025-09-01"),
        ("The talks will resume next fall.", "next fall", "2025-09-01"),
        ("The bridge was built in the summer of 2019.", "in the summer of 2019", "2019-06-01"),
        ("Talks stalled in fall 2005.", "in fall 2005", "2005-09-01"),
        ("Competitors offered deeper discounts over the summer.", "over the summer", "2024-06-01"),
        ("A strike began this past spring.", "this past spring", "2024-03-01"),
    ],
)
def test_a_season_is_a_date(sentence: str, text: str, start: str) -> None:
    assert [(t, s) for t, s, _, _ in found(sentence)] == [(text, start)]


@pytest.mark.parametrize(
    "sentence",
    [
        "She spent two weeks at summer camp.",
        "In the summer camp season, the lake fills up.",
        "Since the Arab Spring, protests have spread across the region.",
        "Families gathered for the Spring Festival.",
        "He competed in the Summer Olympics.",
        "Farmers in Kansas planted winter wheat.",
        "Russia is preparing a spring offensive.",
        "The army regrouped during the spring offensive.",
        "Parliament broke up for the winter break.",
        "We enjoyed an Indian summer.",
        "The fall of Saddam Hussein changed Iraq.",
        "The fall was steep.",
        "Shares rebounded since the fall in prices.",
        "Since his last fall, he has walked with a cane.",
        "He will spring into action.",
    ],
)
def test_a_season_as_a_kind_a_name_a_drop_or_with_no_tense_is_no_date(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # published 21 September 2024 (in the northern autumn): a season with no year is the last one begun…
        ("Chelsea signed him in the summer.", "2024-06-01"),
        ("The ordination in the spring led the pope to protest.", "2024-03-01"),
        ("Milan would be reluctant to sell Kaka after losing Shevchenko in the summer.", "2024-06-01"),
        # …unless its verb is still to come: the one under way, or the next to begin
        ("The official announcement will then come in the spring.", "2025-03-01"),
        ("The studio would begin production in the winter.", "2024-12-01"),
        ("The talks were postponed until the next session in the fall.", "2024-09-01"),
        ("The firm is expected to list its shares in the summer.", "2025-06-01"),
    ],
)
def test_a_season_with_no_year_is_past_or_to_come_by_its_verb(sentence: str, start: str) -> None:
    assert [s for _, s, _, _ in found(sentence)] == [start]


def test_a_season_of_this_or_next_year_is_found_whole() -> None:
    """Reuters/AP business style: "this year" after a season names the season's year, not the year."""
    pub = datetime(2013, 3, 22, 12, tzinfo=ZoneInfo("UTC"))
    got = [
        (d.text, d.interval.start.date().isoformat(), d.interval.precision)
        for s in ("A decision is expected in summer this year.", "The plant opens in spring next year.")
        for d in find_dates(s, pub, "UTC")
        if d.interval is not None
    ]
    assert got == [("in summer this year", "2013-06-01", "season"), ("in spring next year", "2014-03-01", "season")]
