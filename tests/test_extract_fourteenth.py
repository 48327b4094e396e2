"""The fourteenth extraction pass: aircraft crashes and stampedes are accidents, who told it after a date is no
title, an agency's tag with no dash or CNN's is no place or actor, a numbered gate is no town, a rolling update's
"Updated 10:45 a.m.:" stamps, evacuation orders, an undated lead told again by what crashed, bodies handed over
are no toll, a weekday told with its Hijri date; and nine real articles (real-sources.md)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateline.db.extract.dates_found import find_dates
from dateline.db.extract.drafts import extract
from dateline.db.extract.run import extract_file
from dateline.db.extract.text import from_text

ARTICLES = Path(__file__).parent / "data" / "articles"
UTC = ZoneInfo("UTC")
WHEN = datetime(2024, 9, 21, 12, tzinfo=UTC)


def drafts(name: str, published: str, tz: str) -> list[dict]:
    return extract_file(ARTICLES / name, published, tz).records()


def of_text(text: str) -> list[dict]:
    return extract(from_text(text), WHEN, "UTC", None).as_json()["drafts"]


# --- kinds: what crashed, a crowd that stampeded ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A helicopter carrying five tourists crashed into a hillside near Queenstown on Friday, killing all aboard.",
            "accident",
        ),
        ("A small plane went down in a field outside Wichita on Thursday, killing the pilot.", "accident"),
        (
            "A cargo plane crashed into the sea near the airport in Abidjan on Saturday, killing four people.",
            "accident",
        ),
        ("At least 12 people were trampled to death in a stampede at a temple in Hathras on Tuesday.", "accident"),
        (
            "Fans stampeded when police fired tear gas outside the stadium in Malang on Saturday, killing 125 people.",
            "accident",
        ),
        # kept: a plane shot down, a drone that crashed into a building, planes that struck, a crash on the road
        ("A Russian warplane was shot down over the Black Sea on Monday, killing two pilots.", "airstrike"),
        ("A drone crashed into an apartment building in Kyiv on Monday, killing two people.", "drone strike"),
        ("Russian planes struck a market in Kupiansk on Monday, killing two people.", "airstrike"),
        ("Two people died in a plane crash near Nairobi on Tuesday, officials said.", "accident"),
        ("Police fired tear gas at protesters in Nairobi on Tuesday, killing two people.", "protest"),
    ],
)
def test_an_aircraft_that_crashed_and_a_stampede_are_accidents(text, kind):
    (d,) = of_text(text)
    assert d["kind"] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Evacuation orders for the Evans Canyon Fire grew again Tuesday afternoon.", "evacuation"),
        ("Level 3 (go now) evacuation orders were extended at about 3:40 p.m. on Tuesday to Selah.", "evacuation"),
        ("Mandatory evacuation orders were issued for Pollock Pines on Tuesday night.", "evacuation"),
        ("Hundreds of residents were evacuated from Paradise on Thursday.", "evacuation"),  # (worked before)
        ("The fire started at 2:30 p.m. Monday eight miles northwest of Naches.", "fire"),
    ],
)
def test_orders_to_leave_told_as_the_subject_are_an_evacuation(text, kind):
    (d,) = of_text(text)
    assert d["kind"] == kind


# --- titles, datelines, places ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Four Moldovan citizens were killed when a cargo plane crashed near the airport in Abidjan, on Saturday, "
            "Ivorian and French officials said.",
            "Four Moldovan citizens were killed when a cargo plane crashed near the airport",
        ),
        (
            "Two soldiers were killed when their convoy hit a mine near Kidal, on Sunday, the army said.",
            "Two soldiers were killed when their convoy hit a mine near Kidal",
        ),
        # (worked before) the attribution with the date in it
        (
            "Russian forces attacked 11 communities in Sumy Oblast, the regional administration reported on Sept. 20.",
            "Russian forces attacked 11 communities in Sumy Oblast",
        ),
    ],
)
def test_who_told_it_after_the_date_is_no_title(text, title):
    (d,) = of_text(text)
    assert d["title"].startswith(title) and not any(w in d["title"] for w in ("said", "reported"))


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        (
            "TEGUCIGALPA, Honduras (AP) Thousands of fans stampeded at the National Stadium on Sunday, killing four.",
            "AP",
        ),
        ("(CNN) — A gunman opened fire at a mall in Dallas on Saturday, killing eight people.", "CNN"),
        ("LAGOS, Nigeria (AP) Gunmen abducted 20 students from a school in Kaduna on Thursday, police said.", "AP"),
        ("ABIDJAN (Reuters) - A cargo plane crashed into the sea on Saturday, killing four people.", "Reuters"),
    ],
)
def test_an_agency_tag_with_no_dash_is_the_dateline(text, not_actor):
    """The tag is the dateline's: not the title's first words, no actor, no place."""
    (d,) = of_text(text)
    assert not d["title"].startswith(("(", "TEGUCIGALPA", "LAGOS", "ABIDJAN"))
    assert not_actor not in d["actors"] and d.get("place") not in ("TEGUCIGALPA", "LAGOS")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Four fans died in a crush at Gate 11 of the National Stadium on Sunday.", None),
        ("Police fired tear gas at Gate 3 of the stadium on Sunday, injuring 20 people.", None),
        ("Two men were arrested in Manchester on Monday.", "Manchester"),  # (worked before)
    ],
)
def test_a_numbered_gate_or_terminal_is_no_town(text, place):
    (d,) = of_text(text)
    assert d.get("place") == place


# --- a rolling update's stamps, how things stood -----------------------------------------------------------------


def test_a_rolling_updates_stamps_head_their_posts_and_an_as_of_time_dates_nothing():
    """ "Updated 10:45 a.m.: Evacuation orders … were expanded Tuesday morning": the stamp is not in the title, and
    "As of 8 a.m. Tuesday, the fire had burned 5,000 acres" does not make the expansion 8 a.m."""
    out = drafts("real-yakima-rolling-update.txt", "2020-09-01T10:45", "America/Los_Angeles")
    first = out[0]
    assert first["title"] == "Evacuation orders for the Evans Canyon Fire were expanded Tuesday morning"
    assert first["kind"] == "evacuation" and first["date_text"] == "Tuesday morning"
    assert first["start"].startswith("2020-09-01T06:00")
    started = next(d for d in out if d["title"].startswith("The fire started"))
    assert started["start"].startswith("2020-08-31T14:30") and started["kind"] == "fire"
    assert not any(d["title"].startswith("Updated") for d in out)


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        ("A fire broke out in Selah on Tuesday morning. As of 8 a.m., it had burned 500 acres.", "on Tuesday morning"),
        ("A fire broke out in Selah on Tuesday morning. By 9 a.m., crews had contained it.", "on Tuesday morning"),
        # (worked before) the time of the happening told before
        (
            "A gunman opened fire in Selah on Saturday afternoon. The shooting began at about 3:30 p.m.",
            "at about 3:30 p.m. on Saturday afternoon",
        ),
    ],
)
def test_a_time_of_how_things_stood_does_not_time_the_happening(text, date_text):
    d = of_text(text)[0]
    assert d["date_text"] == date_text


# --- an undated lead told again by what crashed ------------------------------------------------------------------


def test_an_undated_lead_told_again_by_the_aircraft_is_one_draft():
    out = drafts("real-cnn-hawaii-skydiving.txt", "2019-06-22T06:00", "Pacific/Honolulu")
    crash = out[0]
    assert crash["title"].startswith("A small plane crashed while on a skydiving excursion in Hawaii")
    assert crash["kind"] == "accident" and crash["killed"] == 9
    assert crash["start"].startswith("2019-06-21T18:30")
    assert [d["kind"] for d in out] == ["accident", "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "A bus plunged into a ravine in Nepal, killing 12 people.\n\nThe overcrowded bus went off the road on Friday.",
        "A small plane crashed in Alaska, killing four people.\n\nThe single-engine de Havilland plane went down on Friday.",
        "A ferry sank off Zanzibar, killing 20 people.\n\nThe ferry capsized on Friday evening.",
    ],
)
def test_an_undated_lead_and_its_vehicle_dated_next_are_one_draft(text):
    (d,) = of_text(text)
    assert d["kind"] == "accident" and d["killed"] is not None and d["date_text"]


# --- a statement dated in the lead-in ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "But in a new account of the shooting in a police statement Tuesday night, police did not say officers "
            "tried to stop the vehicle.",
            "statement",
        ),
        ("In a statement late Sunday, the family of the shooting victim asked for privacy.", "statement"),
        ("In a press release on Monday, the company said the hack had been contained.", "statement"),
        # kept: what the statement tells is a happening
        ("In a statement on Friday, the ministry said 12 people were killed in a strike on Kharkiv.", "attack"),
        ("In a statement on Friday, the army said it had repelled an attack near Bakhmut.", "battle"),
    ],
)
def test_a_statement_dated_in_the_lead_in_is_the_statement(text, kind):
    """The date is the statement's: a statement, unless what it tells is a happening."""
    (d,) = of_text(text)
    assert d["kind"] == kind


def test_real_ap_philadelphia_new_account_is_a_statement():
    out = drafts("real-ap-philadelphia-account.txt", "2023-08-17T12:00", "America/New_York")
    new = next(d for d in out if d["date_text"] == "Tuesday night")
    assert new["kind"] == "statement" and new["start"].startswith("2023-08-15T20:00")
    assert next(d for d in out if "12:30" in d["date_text"])["kind"] == "shooting"


# --- a happening placed outside a city, then in the town there ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "A man was shot dead outside Denver on Sunday, police said.\n\nThe victim was shot twice in Aurora, the "
            "sheriff said.",
            ["Aurora"],
        ),
        (
            "A man was shot dead near Denver on Sunday, police said.\n\nHe was shot twice in Lakewood, the sheriff said.",
            ["Lakewood"],
        ),
        # kept apart: another happening, another kind, no "outside", a town far off
        (
            "A man was shot dead outside Denver on Sunday, police said.\n\nAnother man was shot in Aurora, the "
            "sheriff said.",
            ["Denver", "Aurora"],
        ),
        (
            "A man was shot dead outside Denver on Sunday, police said.\n\nA second man was stabbed in Boulder, the "
            "sheriff said.",
            ["Denver", "Boulder"],
        ),
        (
            "A man was shot dead in Denver on Sunday, police said.\n\nThe victim was shot twice in Aurora, the sheriff said.",
            ["Denver", "Aurora"],
        ),
        (
            "A man was shot dead outside Denver on Sunday, police said.\n\nA woman was shot in Colorado Springs, the "
            "sheriff said.",
            ["Denver", "Colorado Springs"],
        ),
    ],
)
def test_a_town_named_after_the_lead_placed_it_outside_a_city_is_the_same_happening(text, places):
    assert [d.get("place") for d in of_text(text)] == places


def test_real_reuters_utah_officer_is_one_shooting_in_holladay():
    """ "…a car crash outside of Salt Lake City" | "…shot three times in Holladay": one shooting, in Holladay."""
    (d,) = drafts("real-reuters-utah-officer.txt", "2016-01-18T03:17", "America/Denver")
    assert d["kind"] == "shooting" and d["place"] == "Holladay" and (d["killed"], d["injured"]) == (1, 1)
    assert d["start"].startswith("2016-01-17") and "Salt Lake City" in d["attrs"]["place"]


# --- bodies handed over ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Hamas handed over the bodies of four hostages on Thursday, the army said.", None),
        ("Israel returned the bodies of 45 Palestinians to Gaza on Monday.", None),
        ("Hamas is set to hand over the bodies of four more Israeli hostages next week.", None),
        # kept: bodies found are the dead of the happening
        ("Rescuers recovered the bodies of 12 people from the rubble in Antakya on Tuesday.", 12),
        ("The bodies of 15 people were found in a mass grave near Izium on Friday.", 15),
    ],
)
def test_bodies_handed_over_are_no_toll(text, killed):
    (d,) = of_text(text)
    assert d["killed"] == killed


# --- a weekday told with its Hijri date --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Eid al-Fitr fell on Wednesday, 1 Shawwal 1445 AH, April 10, 2024.", [("April 10, 2024", "2024-04-10")]),
        ("Eid al-Fitr fell on Wednesday (1 Shawwal 1445), April 10.", [("April 10", "2024-04-10")]),
        ("Ashura was marked on Tuesday, 10 Muharram 1446 AH, July 16.", [("July 16", "2024-07-16")]),
        # (worked before) the Hijri date after the Gregorian one, and the weekday with its date
        ("Eid al-Adha falls on Sunday, June 16 (Dhul Hijjah 10, 1445 AH).", [("on Sunday, June 16", "2024-06-16")]),
        ("Eid al-Fitr fell on Wednesday, April 10, 2024.", [("on Wednesday, April 10, 2024", "2024-04-10")]),
        # not a Hijri date between: both kept
        ("He arrived on Monday, Paris time, March 3.", [("on Monday", "2024-09-16"), ("March 3", "2024-03-03")]),
    ],
)
def test_a_weekday_told_with_its_hijri_date_is_the_gregorian_dates_day(sentence, found):
    assert [(d.text, d.interval.iso()[0][:10]) for d in find_dates(sentence, WHEN, "UTC") if d.interval] == found


# --- the real articles --------------------------------------------------------------------------------------------


def test_real_reuters_abidjan_plane_crash():
    (d,) = drafts("real-reuters-abidjan-plane.txt", "2017-10-14T12:00", "Africa/Abidjan")
    assert d["title"].startswith("Four Moldovan citizens were killed and two others were injured")
    assert d["kind"] == "accident" and (d["killed"], d["injured"]) == (4, 2)
    assert d.get("place") == "Abidjan" and d["start"].startswith("2017-10-14")


def test_real_ap_honduras_stampede():
    (d,) = drafts("real-ap-honduras-stampede.txt", "2017-05-28T20:00", "America/Tegucigalpa")
    assert d["kind"] == "accident" and d["killed"] == 4 and d["start"].startswith("2017-05-28")
    assert "AP" not in d["actors"] and d.get("place") not in ("TEGUCIGALPA", "Gate")


def test_real_ap_southend_plane_crash():
    out = drafts("real-ap-southend-plane.txt", "2025-07-14T12:00", "Europe/London")
    crash = next(d for d in out if d["date_text"] == "Sunday")
    assert crash["kind"] == "accident" and crash["start"].startswith("2025-07-13")
    melbourne = next(d for d in out if d.get("place") == "Melbourne")
    assert melbourne["kind"] == "accident" and melbourne["start"].startswith("2017")


def test_real_yakima_wildfire_update():
    out = drafts("real-yakima-evans-canyon.txt", "2020-09-01T18:00", "America/Los_Angeles")
    assert out[0]["kind"] == "evacuation" and out[0]["date_text"] == "Tuesday afternoon"
    assert out[0]["start"].startswith("2020-09-01T12:00")
    started = next(d for d in out if d["title"].startswith("The fire started"))
    assert started["start"].startswith("2020-08-31T14:30") and started["kind"] == "fire"


def test_real_gaza_hostage_release_counts_no_dead_from_bodies_handed_over():
    out = drafts("real-gaza-six-hostages.txt", "2025-02-22T18:00", "Asia/Jerusalem")
    assert out[0]["start"].startswith("2025-02-22") and out[0]["status"] == "happened"
    planned = next(d for d in out if d["date_text"] == "next week")
    assert planned["status"] == "planned" and planned["start"].startswith("2025-02-24")
    assert all(d["killed"] is None for d in out)


def test_real_frontier_cyberattack_detection_and_filing_dates():
    out = drafts("real-cyberdaily-frontier.txt", "2024-04-17T12:00", "Australia/Sydney")
    assert sorted(d["start"][:10] for d in out) == ["2024-04-14", "2024-04-15"]
