"""Chronologies (wire timelines, factboxes, "key moments" lists): each entry opens with its
date, and an entry without a year takes the running one. The articles in
tests/data/articles/ named *timeline* were written for these tests, in the shapes Reuters,
AP, BBC and live pages give them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateline.db.extract.chronology import entries, head
from dateline.db.extract.run import extract_file

ARTICLES = Path(__file__).parent / "data" / "articles"


def drafts_of(name: str, published: str, tz: str | None = None) -> list[dict]:
    return extract_file(ARTICLES / name, published, tz).records()


def by_date(drafts: list[dict]) -> dict[str, dict]:
    return {d["date_text"]: d for d in drafts}


def test_wire_timeline_entries_are_titled_by_what_follows_their_date_and_carry_the_year():
    """Reuters style: "April 15, 2023 - Fighting erupts…", then "June 14 - …" with no year
    (2023, not the June before the publication), "Dec. 18" (2023, not the December to come,
    though the entry is in the present tense), "JAN 2024" in capitals, a colon after the date."""
    ds = by_date(drafts_of("reuters-timeline-sudan.txt", "2024-11-01T12:00:00+00:00", "UTC"))
    assert list(ds) == [
        "April 15, 2023",
        "May 20, 2023",
        "June 14",
        "Dec. 18",
        "JAN 2024",
        "March 12, 2024",
        "Oct. 25, 2024",
    ]
    assert ds["April 15, 2023"]["title"].startswith("Fighting erupts in Khartoum between the army")
    assert ds["June 14"]["title"].startswith("West Darfur Governor Khamis Abbakar is killed")
    assert ds["June 14"]["start"] == "2023-06-14T00:00:00+00:00"
    assert ds["Dec. 18"]["start"] == "2023-12-18T00:00:00+00:00"
    assert ds["Dec. 18"]["title"] == "The RSF takes control of Wad Madani"
    assert "2023, from 'May 20, 2023'" in ds["Dec. 18"]["attrs"]["date"]
    assert (ds["JAN 2024"]["start"], ds["JAN 2024"]["precision"]) == ("2024-01-01T00:00:00+00:00", "month")
    assert ds["JAN 2024"]["title"] == "The army says it has recaptured parts of Omdurman"
    assert ds["March 12, 2024"]["title"] == "Ramadan begins with no truce"  # not "The U.N. said"
    assert {d["status"] for d in ds.values()} == {"happened"}
    assert ds["Oct. 25, 2024"]["killed"] == 124


def test_a_chronology_newest_first_on_single_lines():
    """Entries a line each (no blank line between), newest first: a month without a year is the
    last one on or before the entry above it; a range and a year alone are entries too; an
    entry is its own happening, not joined to another in the same city."""
    ds = by_date(drafts_of("timeline-newest-first.txt", "2024-10-02T10:00:00+03:00", "Asia/Beirut"))
    assert list(ds) == ["Oct. 1, 2024", "Sept. 27", "Sept. 17-18", "July 30", "Dec. 31", "2023"]
    assert ds["Sept. 27"]["start"].startswith("2024-09-27")
    assert (ds["Sept. 17-18"]["start"][:10], ds["Sept. 17-18"]["end"][:10]) == ("2024-09-17", "2024-09-19")
    assert ds["July 30"]["title"] == "Israel kills senior commander Fuad Shukr in Beirut"
    assert ds["Dec. 31"]["start"].startswith("2023-12-31")
    assert ds["2023"]["precision"] == "year"
    assert all(d["status"] == "happened" for d in ds.values())


def test_a_day_told_hour_by_hour_in_gmt():
    """Live-page style: "0930 GMT - Turnout reaches…": the minute, on the day of the entry before."""
    ds = by_date(drafts_of("timeline-election-day-gmt.txt", "2024-10-26T23:00:00+00:00", "UTC"))
    assert [d["start"] for d in ds.values()] == [
        "2024-10-26T06:00:00+00:00",
        "2024-10-26T09:30:00+00:00",
        "2024-10-26T18:00:00+00:00",
        "2024-10-26T22:15:00+00:00",
    ]
    assert ds["0930 GMT"]["precision"] == "minute"
    assert ds["0930 GMT"]["title"] == "Turnout reaches 12 percent"
    assert ds["2215 GMT"]["place"] == "Tbilisi"


def test_markdown_bullets_and_bold_dates():
    """BBC style in Markdown: "- **2 March**: Russian forces capture Kherson…"."""
    ds = by_date(drafts_of("bbc-timeline-bullets.md", "2024-11-01T12:00:00+00:00", "UTC"))
    assert list(ds) == ["24 February 2022", "2 March", "30 September", "11 November", "6 June 2023", "August 2024"]
    assert ds["2 March"]["start"] == "2022-03-02T00:00:00+00:00"
    assert ds["11 November"]["start"] == "2022-11-11T00:00:00+00:00"
    assert ds["2 March"]["summary"].startswith("2 March: Russian forces capture Kherson")  # no "- **"
    assert ds["6 June 2023"]["title"] == "The Kakhovka dam is destroyed"


@pytest.mark.parametrize(
    "paragraph",
    [
        "KYIV, Sept 21 (Reuters) - Russian drones attacked the city overnight.",  # a wire dateline
        "The 12th - a quiet day - passed without shelling.",
        "2,000 - the number of drones launched since January.",
        "UPDATE 2: The ministry said the strike killed five.",
        "Residents said: the shelling went on all night.",
        "Sept. 21-22 are the days the talks were planned for.",  # no dash or colon after the date
    ],
)
def test_paragraphs_that_do_not_open_with_a_date(paragraph):
    assert head(paragraph) is None


def test_one_dated_paragraph_is_no_chronology():
    pub = datetime(2024, 9, 21, 12, tzinfo=ZoneInfo("UTC"))
    one = ["Sept. 20 - Russian drones hit Kharkiv.", "Officials said five people were hurt."]
    assert entries(one, pub) == {}
    two = [*one, "Sept. 21 - Drones hit Kyiv."]
    assert [e.text for e in entries(two, pub).values()] == ["Sept. 20", "Sept. 21"]


def test_a_live_page_dates_what_each_post_tells_by_the_post():
    """Guardian style live page (tests/data/articles/guardian-live-posts.txt, written for this
    test): a stamp alone ("10:35 BST", "Updated at 08.12 BST") heads the paragraphs after it.
    A post's words count from when it was posted; what it tells with no date is on its day
    and says so; a post never joins a happening of another post; "23:40 BST" on a page
    published at 11:00 is the evening before."""
    ds = drafts_of("guardian-live-posts.txt", "2024-09-02T11:00:00+01:00", "Europe/London")
    assert [(d["date_text"], d["start"], d["precision"]) for d in ds] == [
        ("overnight", "2024-09-01T20:00:00+01:00", "night"),
        (None, "2024-09-02T00:00:00+01:00", "day"),
        (None, "2024-09-02T00:00:00+01:00", "day"),
        (None, "2024-09-01T00:00:00+01:00", "day"),
    ]
    assert [d["place"] for d in ds] == ["Kyiv", "Novohrodivka", "Bryansk region", "Odesa"]
    assert "post of '08.12 BST'" in ds[2]["attrs"]["date"]
    assert ds[2]["title"].startswith("A fire broke out at an oil depot")
    assert not any(d["title"].endswith("BST") for d in ds)  # a stamp is no happening


@pytest.mark.parametrize("name", ["timeline-date-headings.md"])
def test_dates_as_headings_above_their_entries(name, tmp_path):
    """A timeline whose dates are headings of their own ("## April 15, 2023", or a bold line
    "**April 15, 2023**" in plain text) above the paragraph that tells what happened: each entry
    is titled by that paragraph and dated by its heading, the year carried as before; a heading
    makes no draft of its own."""
    for path in (ARTICLES / name, tmp_path / "bold.txt"):
        if path.parent == tmp_path:
            text = (ARTICLES / name).read_text()
            path.write_text("\n".join(f"**{x[3:]}**" if x.startswith("## ") else x for x in text.splitlines()))
        ds = by_date(extract_file(path, "2024-11-01T12:00:00+00:00", "UTC").records())
        assert list(ds)[1:] == ["April 15, 2023", "May 20, 2023", "June 14", "2024"]
        assert ds["June 14"]["start"] == "2023-06-14T00:00:00+00:00"
        assert ds["June 14"]["title"] == "West Darfur Governor Khamis Abbakar is killed"
        assert ds["April 15, 2023"]["title"] == "Fighting erupts in Khartoum between the army and the RSF"
        assert not [d for d in ds.values() if d["title"] in ("April 15", "June 14", "2024")]


def test_a_wikipedia_timeline_under_month_headings_dates_each_paragraph_by_its_own_day():
    """Wikipedia's "Timeline of …" (tests/data/articles/timeline-wikipedia.md, written for this
    test): "## March 2024" heads paragraphs that open "On 2 March, …", "On 3 March, …": each is
    its own day, in the heading's year (not the heading's whole month), titled by what follows
    the comma; "This is a timeline of events during the 2024 Haiti crisis" makes no draft."""
    ds = by_date(drafts_of("timeline-wikipedia.md", "2025-05-01T12:00:00+00:00", "America/Port-au-Prince"))
    assert list(ds) == ["On 29 February", "On 2 March", "On 3 March", "On 11 March", "On 25 April"]
    assert [ds[k]["start"][:10] for k in ds] == ["2024-02-29", "2024-03-02", "2024-03-03", "2024-03-11", "2024-04-25"]
    assert {d["precision"] for d in ds.values()} == {"day"}
    assert ds["On 2 March"]["title"] == "Gangs stormed the National Penitentiary and freed about 3,700 inmates"
    assert "2024, from 'March 2024'" in ds["On 3 March"]["attrs"]["date"]
    assert ds["On 29 February"]["killed"] == 4


def test_a_factbox_whose_entries_name_their_country_first():
    """Reuters FACTBOX (tests/data/articles/reuters-factbox-coups.txt, written for this test):
    "* MALI - August 2020: Soldiers detain…": the country in capitals, then the date, then what
    happened, which is the title (not "* MALI - August 2020")."""
    ds = by_date(drafts_of("reuters-factbox-coups.txt", "2023-08-30T12:00:00+00:00", "UTC"))
    assert list(ds) == ["on Wednesday", "August 2020", "April 2021", "September 2021", "January 2022", "July 2023"]
    assert ds["August 2020"]["title"] == "Soldiers detain President Ibrahim Boubacar Keita"
    assert ds["July 2023"]["title"] == "Presidential guards detain President Mohamed Bazoum"
    assert (ds["April 2021"]["start"][:10], ds["April 2021"]["precision"]) == ("2021-04-01", "month")


def test_crisiswatch_parts_of_the_month_and_one_paragraph_of_several_happenings():
    """International Crisis Group's CrisisWatch entry (tests/data/articles/crisiswatch-burkina.txt,
    written for this test), published on 1 October about September: "Early month", "Late month"
    are thirds of the month told before (September, not the October of the publication); a
    paragraph that tells several dated happenings lends none of them another's weapon ("militants
    ambushed an army convoy…, killing at least 27" is no drone strike for the drone strikes of
    "Mid-Sept"), nor another's kind ("authorities suspended the radio station" is no abduction)."""
    ds = by_date(drafts_of("crisiswatch-burkina.txt", "2024-10-01T09:00:00+00:00", "Africa/Ouagadougou"))
    early, late = ds["Early month"], ds["Late month"]
    assert (early["start"][:10], early["end"][:10], early["precision"]) == ("2024-09-01", "2024-09-11", "part of month")
    assert (late["start"][:10], late["end"][:10]) == ("2024-09-21", "2024-10-01")
    assert early["title"] == "Suspected Islamic State Sahel Province fighters raided villages around Seytenga"
    assert early["place"] == "Seno province"  # "Islamic State Sahel Province" is a group, no region
    # "Seno" is among the other names of Sanaa, Yemen: the province is in the article's country
    assert (early["country"], ds["Mid-Sept"]["country"]) == ("Burkina Faso", "Burkina Faso")
    assert late["kind"] == "abduction"
    ambush = ds["On 5 Sept"]
    assert (ambush["kind"], ambush["killed"], ambush["place"]) == ("attack", 27, "Djibo")
    assert ds["Mid-Sept"]["kind"] == "drone strike"
    assert ds["On 12 Sept"]["kind"] != "abduction"


def test_a_day_by_day_look_whose_entries_hold_a_clock_time():
    """AP's "how the storm unfolded, day by day" (tests/data/articles/ap-week-day-by-day.txt,
    written for this test): "Wednesday, 8:30 p.m.: Milton makes landfall…" is an entry though its
    head holds a colon of its own, titled by what follows (not "As a Category 3 hurricane");
    "At least 10 people are confirmed dead, and…" is titled from its start (not "And more
    than 3 million…") and counts its dead."""
    ds = by_date(drafts_of("ap-week-day-by-day.txt", "2024-10-11T18:00:00-04:00", "America/New_York"))
    assert list(ds) == ["this week", "Sunday, Oct. 6", "Monday", "Wednesday, 8:30 p.m.", "Thursday"]
    landfall = ds["Wednesday, 8:30 p.m."]
    assert (landfall["start"], landfall["precision"]) == ("2024-10-09T20:30:00-04:00", "minute")
    assert landfall["title"] == "Milton makes landfall near Siesta Key as a Category 3 hurricane"
    thursday = ds["Thursday"]
    assert thursday["title"].startswith("At least 10 people are confirmed dead")
    assert thursday["killed"] == 10
