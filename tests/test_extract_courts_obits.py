"""Drafts of court reports, obituaries, election results, a wire live page and a rolling disaster
update (tests/data/articles/, written for these tests in the manner of BBC, AP, Reuters and AFP
copy), as a user reviewing them sees them: each happening's date and precision, place, people,
toll and whether it happened or is planned. One test a class of misreading."""

from __future__ import annotations

from pathlib import Path

from dateline.db.extract.casualties import casualties
from dateline.db.extract.run import extract_file

ARTICLES = Path(__file__).parent / "data" / "articles"

PUBLISHED = {
    "court-remand-bbc.txt": ("2024-11-26T18:00:00+00:00", "Europe/London"),
    "court-sentencing-ap.txt": ("2024-11-26T17:00:00-05:00", "America/New_York"),
    "obituary-reuters.txt": ("2024-11-25T14:00:00+00:00", "Europe/Dublin"),
    "obituary-ap-athlete.txt": ("2024-12-02T16:00:00-05:00", "America/New_York"),
    "election-runoff-afp.txt": ("2024-12-03T22:00:00+02:00", "Africa/Blantyre"),
    "liveblog-gmt-reuters.txt": ("2024-11-30T19:30:00+00:00", "Europe/Belgrade"),
    "disaster-rolling-update.txt": ("2024-09-12T18:00:00+07:00", "Asia/Ho_Chi_Minh"),
    "guardian-live-storm.txt": ("2024-12-07T18:05:00+00:00", "Europe/London"),
}


def drafts(name: str) -> list[dict]:
    return extract_file(ARTICLES / name, *PUBLISHED[name]).records()


def titled(ds: list[dict], words: str) -> dict:
    return next(d for d in ds if words in d["title"])


def when(d: dict) -> tuple[str, str, str]:
    return d["start"][:16], d["end"][:16], d["precision"]


def test_a_court_story_tells_each_step_on_its_own_day():
    """ "was arrested on Saturday and charged on Monday evening with murder": two drafts (the charge
    was lost: "charged" told no happening); the hearing happened, the next hearing and the trial
    are planned, on their days."""
    ds = drafts("court-remand-bbc.txt")
    arrest = titled(ds, "arrested on Saturday")
    assert (arrest["kind"], when(arrest)) == ("arrest", ("2024-11-23T00:00", "2024-11-24T00:00", "day"))
    # the undated lead ("A 24-year-old man has been charged with murder after…": no date found) is
    # the charge the third paragraph dates; its toll is the stabbing's, not the charge's
    charge = ds[0]
    assert charge["title"].startswith("A 24-year-old man has been charged with murder")
    assert when(charge) == ("2024-11-25T18:00", "2024-11-26T00:00", "evening")
    assert (charge["kind"], charge["place"], charge["killed"]) == ("court", "Leeds", None)
    assert all(d.get("start") for d in ds)
    hearing = titled(ds, "Magistrates' Court on Tuesday")
    assert (hearing["kind"], hearing["status"], hearing["start"][:10]) == ("court", "happened", "2024-11-26")
    crown, trial = titled(ds, "Crown Court on 29 November"), titled(ds, "trial date")
    assert (crown["status"], crown["start"][:10]) == ("planned", "2024-11-29")
    # a court named after its town is in that town (it was no place)
    assert (hearing["place"], crown["place"], crown["country"]) == ("Leeds", "Leeds", "United Kingdom")
    assert (trial["status"], trial["start"][:10], trial["precision"]) == ("planned", "2025-06-09", "day")


def test_a_court_or_an_airport_named_after_its_town_places_it():
    """ "at Leeds Magistrates' Court", "at Manchester Airport": the town; "Superior Court", "the
    Supreme Court" name none."""
    from dateline.db.extract.places import find_places

    def towns(sentence: str) -> list[str]:
        return [p.text for p in find_places(sentence, "GB") if p.kind == "city"]

    assert towns("He appeared at Leeds Magistrates' Court on Tuesday.") == ["Leeds"]
    assert towns("He was arrested at Manchester Airport on Friday.") == ["Manchester"]
    assert towns("He is scheduled to appear in Superior Court on Dec. 12.") == []
    assert towns("The Supreme Court ruled on Friday.") == []


def test_a_stabbing_victim_who_died_at_the_scene_is_one_dead():
    """ "a father of three was stabbed to death" was 3 dead (his children counted), and "…was found
    with stab wounds … and died at the scene, … Police said" a statement with no dead."""
    assert casualties("A man has been charged after a father of three was stabbed to death in Leeds.") == (1, None)
    assert casualties("He was found with stab wounds and died at the scene.") == (1, None)
    assert casualties("They died at the scene.") == (None, None)
    ds = drafts("court-remand-bbc.txt")
    found = titled(ds, "found with stab wounds")
    assert (found["kind"], found["killed"], when(found)) == (
        "attack",
        1,
        ("2024-11-22T23:00", "2024-11-23T00:00", "hour"),
    )
    vigil = titled(ds, "vigil")
    assert vigil["title"].startswith("A vigil attended by about 200 people")  # not "And a vigil"
    assert (vigil["attrs"]["crowd"], vigil["killed"], vigil["injured"]) == ("about 200", None, None)


def test_a_lead_whose_who_clause_has_its_own_date_is_two_happenings():
    """ "A former warehouse worker who shot and killed three co-workers … in 2022 was sentenced
    Tuesday to life": one draft dated 2022, a court; it is the shooting in 2022 (3 dead, 2 hurt) and
    the sentence on Tuesday. "…, who had been fired two weeks earlier, returned … on the morning of
    March 14, 2022" is that morning (it was two weeks before another draft), and "about two hours
    after the shooting" two hours after the shooting's morning, not after the draft before it."""
    ds = drafts("court-sentencing-ap.txt")
    shooting, sentence = ds[0], ds[1]
    assert shooting["title"].startswith("A former warehouse worker shot and killed three co-workers")
    assert (shooting["kind"], shooting["killed"], shooting["injured"], shooting["precision"]) == (
        "shooting",
        3,
        2,
        "year",
    )
    assert sentence["title"].startswith("A former warehouse worker was sentenced Tuesday")
    assert (sentence["kind"], when(sentence)) == ("court", ("2024-11-26T00:00", "2024-11-27T00:00", "day"))
    morning = next(d for d in ds if d["start"].startswith("2022-03-14T06"))
    assert (morning["kind"], morning["precision"]) == ("shooting", "morning")
    assert morning["title"].startswith("Hammond returned to the distribution center")  # was "Returned to…"
    arrest = titled(ds, "arrested about two hours after")
    assert (arrest["start"][:13], arrest["place"]) == ("2022-03-14T08", "Grove City")
    assert titled(ds, "Two workers died at the scene")["killed"] == 3  # "and a third died in a hospital"
    conviction = titled(ds, "A jury convicted him")  # "…, a month after a jury convicted him": a month before
    assert (conviction["kind"], conviction["start"][:10]) == ("court", "2024-10-26")
    walsh = titled(ds, "trial is set for Jan. 13")
    assert (walsh["status"], walsh["start"][:10]) == ("planned", "2025-01-13")


def test_an_ordinal_counts_everyone_before_it():
    """ "Two workers died at the scene and a third died in a hospital" is 3, "A 15th victim died"
    15 (they counted 2 and none)."""
    assert casualties("Two workers died at the scene and a third died in a hospital the next day.") == (3, None)
    assert casualties("A 15th victim died in hospital on November 17.") == (15, None)
    assert casualties("The second round will be held on December 22.") == (None, None)
    # the perfect of dying counts ("have died" counted nobody), not the perfect of killing others
    assert casualties("At least 15 people have died in the floods.") == (15, None)
    assert casualties("Three militants have killed two soldiers.") == (2, None)


def test_an_obituary_is_the_death_not_the_birth_nor_a_statement():
    """ "Born in Derry in 1940, …" made a draft of the birth; "…died aged 84 on Sunday, his publisher
    said" and "…died Sunday at her home…, her daughter … said Monday" were statements; "the Good
    Friday Agreement in 1998" was dated the Friday before publication."""
    keane = drafts("obituary-reuters.txt")
    death = keane[0]
    assert (death["title"], death["kind"], when(death)) == (
        "Eamon Keane died aged 84 on Sunday",
        "event",
        ("2024-11-24T00:00", "2024-11-25T00:00", "day"),
    )
    assert death["killed"] is None  # a death of old age is no toll
    assert not [d for d in keane if d["start"] and d["start"][:4] == "1940"]
    assert titled(keane, "Faber & Faber said")["kind"] == "statement"  # the day it was announced
    agreement = next(d for d in keane if "Good Friday" in d["summary"])
    assert agreement["start"][:4] == "1998"
    seanad = next(
        d for d in keane if d["start"][:4] == "2002"
    )  # "…, the Seanad, from 2002 to 2007": not "From 2002 to 2007"
    assert (seanad["title"], seanad["precision"], seanad["end"][:4]) == (
        "Keane served in Ireland's upper house of parliament",
        "range",
        "2008",
    )
    funeral = titled(keane, "funeral")
    assert (funeral["status"], funeral["start"][:10], funeral["place"]) == ("planned", "2024-11-29", "Dalkey")
    adeyemi = drafts("obituary-ap-athlete.txt")
    died = titled(adeyemi, "Ruth Adeyemi has died")  # the lead, dated by "Adeyemi died Sunday"
    assert (died["kind"], died["start"][:10], died["place"]) == ("event", "2024-12-01", "Atlanta")
    assert not [d for d in adeyemi if d["start"][:4] == "1940"]
    memorial = titled(adeyemi, "memorial service")
    assert (memorial["status"], memorial["start"][:10]) == ("planned", "2024-12-07")


def test_election_results_polls_runoff_and_the_clashes_after():
    """Polls closed on Thursday at 6 pm; the runoff on December 22 is planned; "Police arrested 31
    people, and two officers were injured": 2 injured and 31 arrested noted, not 33 injured; "Two
    more people died in hospital on Monday" is 2 more, on Monday."""
    ds = drafts("election-runoff-afp.txt")
    polls = titled(ds, "Polls closed")
    assert (polls["kind"], polls["start"][:16]) == ("vote", "2024-11-28T18:00")
    runoff = titled(ds, "runoff")
    assert (runoff["status"], runoff["start"][:10]) == ("planned", "2024-12-22")
    second = titled(ds, "second round will be held")  # a vote, not a statement
    assert (second["kind"], second["status"], second["start"][:10]) == ("vote", "planned", "2024-12-22")
    clashes = titled(ds, "tear gas")
    assert (clashes["place"], clashes["injured"], clashes["attrs"]["arrested"]) == ("Mzuzu", 2, "31")
    assert clashes["precision"] == "night"
    assert (titled(ds, "man was killed")["killed"], titled(ds, "Two more people died")["killed"]) == (1, 2)
    rally = titled(ds, "tens of thousands of supporters")
    assert rally["attrs"]["crowd"] == "tens of thousands, no number given"
    assert not [d for d in ds if (d.get("killed") or 0) > 3 or (d.get("injured") or 0) > 3]


def test_a_wire_live_page_with_gmt_stamps_is_read_post_by_post():
    """Reuters' live pages head each post with "1542 GMT": they were no stamps, and the first post's
    detentions had no date; the greeting ("Good morning and welcome to our live coverage of today's
    protests") was a protest; "The concrete canopy … collapsed, killing 14" an attack."""
    ds = drafts("liveblog-gmt-reuters.txt")
    detained = titled(ds, "Police have detained")
    assert (detained["kind"], detained["start"][:10], detained["injured"]) == ("arrest", "2024-11-30", 2)
    assert detained["attrs"]["arrested"] == "at least 12"
    assert "1915 GMT" in detained["attrs"]["date"]
    estimate = titled(ds, "estimated the crowd at 35,000")  # a crowd's count is the post's news, noted
    assert (estimate["attrs"]["crowd"], estimate["start"][:10], estimate["killed"]) == ("35,000", "2024-11-30", None)
    march = titled(ds, "marched through central Belgrade")
    assert when(march) == ("2024-11-30T12:00", "2024-11-30T18:00", "afternoon")
    assert march["attrs"]["crowd"] == "tens of thousands, no number given"
    assert not [d for d in ds if "welcome" in d["title"].lower()]
    canopy = titled(ds, "canopy")
    assert (canopy["kind"], canopy["killed"], canopy["start"][:10]) == ("accident", 14, "2024-11-01")
    address = titled(ds, "address the nation")
    assert (address["status"], address["start"][:10]) == ("planned", "2024-12-01")


def test_a_rolling_disaster_update_counts_its_days_and_its_disaster():
    """ "The death toll from a landslide … rose to 38 on Thursday" was an attack; "Yagi made landfall
    … It killed at least 21 people" an attack; "By Wednesday evening, 30 bodies had been pulled from
    the mud" a draft of 30 dead (how far a count had gone, as "recovered by Tuesday")."""
    ds = drafts("disaster-rolling-update.txt")
    toll = ds[0]
    assert (toll["kind"], toll["killed"], toll["start"][:10]) == ("flood", 38, "2024-09-12")
    assert "the day of the toll" in toll["attrs"]["date"]
    # "The landslide swept through Lang Nu, …, early on Tuesday morning after days of torrential rain":
    # the clause the date ends, not "After days of torrential rain brought by Typhoon Yagi"
    swept = titled(ds, "The landslide swept through Lang Nu")
    assert (swept["start"][:13], swept["precision"], swept["place"]) == ("2024-09-10T06", "morning", "Lao Cai province")
    assert titled(ds, "8 more bodies")["killed"] == 8
    assert not [d for d in ds if d.get("killed") == 30]
    assert titled(ds, "made landfall")["kind"] == "storm"
    bus = titled(ds, "passenger bus")
    assert (bus["killed"], bus["start"][:10], bus["place"]) == (20, "2024-09-09", "Lao Cai")
    evacuated = titled(ds, "evacuated")
    assert (evacuated["kind"], evacuated["precision"]) == ("evacuation", "night")


def test_a_storm_live_page_told_newest_first():
    """The Guardian's live page, newest post first: the deaths its posts report with no date are on
    the post's day, at the clock time a sentence of the post gives ("at about 11.20am when the tree
    came down", posted at 16.42; not "a warning in place from 3am until 11am"); a tree that killed a
    driver is the storm's (the headline's: "Storm Darragh live: …"), not an attack; "A man in his 40s
    has died" is one dead, "Two passengers were taken to hospital with minor injuries" two hurt;
    "The Met Office has lifted its red weather warning" is no meeting; the page's close ("That's
    where we'll wrap up our live coverage for today") makes no draft."""
    ds = drafts("guardian-live-storm.txt")
    lancashire = titled(ds, "A second man has died")
    assert (lancashire["kind"], lancashire["killed"], lancashire["place"]) == ("storm", 2, "Preston")
    assert when(lancashire) == ("2024-12-07T11:20", "2024-12-07T12:20", "hour")
    assert "16.42 GMT" in lancashire["attrs"]["date"]
    bradford = titled(ds, "A man in his 40s has died")
    assert (bradford["kind"], bradford["killed"], bradford["injured"], bradford["place"]) == ("storm", 1, 2, "Bradford")
    assert bradford["start"][:13] == "2024-12-07T09"
    warning = titled(ds, "lifted its red weather warning")
    assert (warning["kind"], warning["precision"]) == ("event", "day")
    assert not [d for d in ds if "wrap up" in d["title"] or "welcome" in d["title"].lower()]
    gusts = titled(ds, "Gusts of 96mph")
    assert (gusts["kind"], gusts["precision"], gusts["start"][:10]) == ("storm", "night", "2024-12-06")
    rail = titled(ds, "Rail services")
    assert (rail["status"], rail["start"][:10]) == ("planned", "2024-12-08")
