"""Drafts of real news excerpts (tests/data/articles/real-*.txt; sources in real-sources.md),
read as a reviewing analyst reads them."""

from __future__ import annotations

from pathlib import Path

from dateline.db.extract.casualties import casualties, crowds
from dateline.db.extract.run import extract_file

ARTICLES = Path(__file__).parent / "data" / "articles"


def drafts(name: str, published: str, tz: str) -> list[dict]:
    return extract_file(ARTICLES / name, published, tz).records()


def test_counts_of_people_the_wire_writes_in_words_and_phrases():
    """Counts the drafts missed on real copy: a place between the people and their verb, a hundred
    in words, people being treated for injuries, a second verb of the same subject, bodies."""
    assert casualties("Three rescuers in Kharkiv were killed when Russia struck a building.") == (3, None)
    assert casualties("More than a hundred people were injured.") == (None, 100)
    assert casualties("Nearly 400 people were being treated for injuries in hospitals.") == (None, 400)
    assert casualties("At least 42 people were swept away by raging floodwaters and drowned.")[0] == 42
    assert casualties("At least 13 bodies, mostly of children, were dug up Friday.")[0] == 13
    assert casualties("killing at least two dozen people") == (24, None)
    assert casualties("a 12-year-old boy and his mother were killed") == (2, None)


def test_a_crowd_in_words_is_no_number_but_the_reviewer_reads_it():
    """ "Dozens of other people have been injured": no count (None), the words noted on the draft."""
    assert casualties("Hundreds were wounded.") == (None, None)
    assert crowds("the attack killed dozens of people and wounded scores more") == ("dozens", "scores")
    assert crowds("Dozens of other people have been injured.") == (None, "dozens")
    dam = drafts("real-ap-india-dam.txt", "2019-07-03T12:00:00+05:30", "Asia/Kolkata")
    assert any(d["attrs"].get("injured") == "dozens, no number given" for d in dam)


def test_real_kharkiv_rescuers_are_counted():
    ds = drafts("real-ap-kharkiv-rescuers.txt", "2024-04-04T12:00:00+03:00", "Europe/Kyiv")
    rescuers = next(d for d in ds if d["title"].startswith("Three rescuers"))
    # "Another 14-story building was hit by a drone, killing a 69-year-old woman": one more dead
    assert (rescuers["killed"], rescuers["injured"]) == (4, 6)


def test_a_count_with_no_violence_in_a_disaster_story_is_the_disasters():
    """ "nearly 400 people were being treated for injuries", "At least 13 bodies … were dug up"
    after drafts of a quake or a flood were attacks; "swept away by raging floodwaters" a flood."""
    quake = drafts("real-reuters-italy-quake.txt", "2016-08-26T12:00:00+02:00", "Europe/Rome")
    assert {d["kind"] for d in quake} == {"earthquake"}
    assert any(d["injured"] == 400 for d in quake)
    storm = drafts("real-ap-philippines-storm.txt", "2022-10-29T12:00:00+08:00", "Asia/Manila")
    assert [(d["kind"], d["killed"]) for d in storm] == [("flood", 50), ("flood", 42), ("flood", 13)]


def test_an_aside_after_a_town_and_its_country_is_no_subject():
    """ "A Russian drone strike on Kharkiv, Ukraine's second largest city, killed…" was titled
    "Ukraine's second largest city killed…": a comma before a country's possessive is an aside's."""
    ds = drafts("real-ap-kharkiv-drone.txt", "2024-02-10T12:00:00+02:00", "Europe/Kyiv")
    assert ds[0]["title"] == "A Russian drone strike on Kharkiv killed at least seven people overnight"
    assert (ds[0]["killed"], ds[0]["start"][:10], ds[0]["place"]) == (7, "2024-02-09", "Kharkiv")


def test_a_speaker_named_after_a_countrys_role_who_published_it():
    """ "…," Ukraine' human rights chief, Dmytro Lubinets, published on Telegram: speaker not
    found before; the role may open with a country's possessive, and publishing on a channel says it."""
    ds = drafts("real-ap-kharkiv-rescuers.txt", "2024-04-04T12:00:00+03:00", "Europe/Kyiv")
    quotes = [q for d in ds for q in d["quotes"]]
    assert [(q["speaker"], q["role"]) for q in quotes] == [("Dmytro Lubinets", "Ukraine’ human rights chief")]


def test_a_title_keeps_the_noun_a_possessive_date_owns_and_drops_the_span_of_an_after():
    """ "…which was leveled by Wednesday's quake and where…" was titled "…leveled by Wednesday";
    "faded on Friday three days after a powerful earthquake hit" was "…faded on Friday three days"."""
    quake = drafts("real-reuters-italy-quake.txt", "2016-08-26T12:00:00+02:00", "Europe/Rome")
    assert quake[0]["title"] == "Hopes of finding more survivors faded on Friday"
    assert quake[1]["title"].endswith("which was leveled by Wednesday’s quake")
    assert quake[1]["start"][:10] == "2016-08-24"


def test_a_dam_breach_is_a_flood_and_a_running_toll_since_a_day_is_not_its_own():
    """ "The Tiware dam breached late Tuesday, said …" was a statement, with the 34 deaths that
    "Heavy monsoon rains in Maharashtra have led to … since Monday night" (a state's running count)."""
    dam = drafts("real-ap-india-dam.txt", "2019-07-03T12:00:00+05:30", "Asia/Kolkata")
    breach = next(d for d in dam if d["title"].startswith("The Tiware dam breached"))
    assert (breach["kind"], breach["killed"], breach["start"][:10]) == ("flood", 12, "2019-07-02")
    assert all(d["killed"] != 34 for d in dam)


def test_a_family_counted_across_an_aside_between_dashes():
    """ "a family of five — including children aged 7, 4 and nine months — burned alive" counted nobody."""
    sentence = "Bolvinov said a family of five — including children aged 7, 4 and nine months — burned alive."
    assert casualties(sentence) == (5, None)
    assert casualties("A family of four were killed in the strike.") == (4, None)
    assert casualties("The strike — the third this week — killed 4 people.") == (4, None)


def test_a_place_named_by_its_countrys_adjective(tmp_path):
    """Wire copy names a place by its country's adjective: "the central Philippine province of
    Leyte" is Leyte province in the Philippines, "the Nigerian state of Borno" is in Nigeria
    (not the dateline's country), "the Syrian capital" is Damascus, and "a hard-hit southern
    Philippine province" is somewhere in the Philippines; "Syrian" alone is no place (the
    gazetteer knows a hamlet of that name in Yemen)."""
    article = tmp_path / "adjectives.txt"
    article.write_text(
        "MANILA (AP) — A landslide buried a village in the central Philippine province of Leyte on Saturday, "
        "killing at least 12 people, officials said.\n\n"
        "Separately, an explosion hit a market in the Syrian capital on Friday, killing three people.\n\n"
        "Flooding in the Nigerian state of Borno on Thursday forced 5,000 people from their homes.\n\n"
        "Floods on Friday killed 20 people in a hard-hit southern Philippine province.\n\n"
        "Syrian forces shelled a village on Wednesday, killing two people.\n",
        encoding="utf-8",
    )
    got = [
        (d.get("place"), d.get("region"), d.get("country"))
        for d in extract_file(article, "2024-10-26T12:00+08:00", "Asia/Manila").as_json()["drafts"]
    ]
    assert got == [
        ("Leyte province", "Leyte province", "Philippines"),
        ("Damascus", None, "Syria"),
        ("Borno state", "Borno state", "Nigeria"),
        ("Philippines", None, "Philippines"),
        (None, None, None),
    ]


def test_counts_of_others_are_added_to_those_told_before():
    """ "killed three soldiers … and two more died in hospital" is 5 (it was 3: the larger count);
    "Two more died", "Another 64 people were wounded" add to the draft's count; a total ("bringing
    the death toll to 12") and a list ("his mother and 10 other people") add nothing."""
    from dateline.db.extract.casualties import counts_others

    assert casualties("The attack killed three soldiers on Monday, and two more died in hospital.") == (5, None)
    assert casualties("Two more died in hospital.") == (2, None)
    assert casualties("Two of the wounded later died in hospital.") == (2, None)
    assert casualties("a boat wreck that killed his mother and 10 other people") == (11, None)
    assert casualties("A further three people died, bringing the death toll to 12.") == (12, None)
    assert counts_others("Two more died in hospital.") == (True, False)
    assert counts_others("Another 64 people were wounded.") == (False, True)
    assert counts_others("He said two other adults were killed by the blaze.") == (True, False)
    assert counts_others("A further three people died, bringing the death toll to 12.") == (False, False)
    assert counts_others("Three others were injured.") == (False, False)


def test_the_last_paragraphs_count_goes_to_the_happening_it_names_again():
    """The story's last paragraph ("a family of five … burned alive … as the fire raged. Two other
    adults were killed by the blaze in another house") landed on the draft before it (four injured
    in Odesa: 5 killed); it is the fire's, told in the second paragraph, and 5 + 2 is the lead's 7."""
    ds = drafts("real-ap-kharkiv-drone.txt", "2024-02-10T12:00:00+02:00", "Europe/Kyiv")
    fire = next(d for d in ds if "massive fire" in d["summary"])
    odesa = next(d for d in ds if d.get("place") == "Odesa")
    assert (fire["killed"], odesa["killed"], odesa["injured"]) == (7, None, 4)
    assert any("family of five" in e["text"] for e in fire["evidence"])


def test_arrests_and_crowds_are_no_casualties_and_are_noted():
    """ "Police detained 120 protesters, and 3 officers were injured" was 123 injured; the arrested
    and a crowd's size have no field: the draft notes them as written (attrs "arrested", "crowd")."""
    from dateline.db.extract.casualties import arrested_and_crowd

    assert casualties("Police detained 120 protesters, and 3 officers were injured.") == (None, 3)
    assert arrested_and_crowd("Police detained 120 protesters, and 3 officers were injured.") == ("120", None)
    assert arrested_and_crowd("Some 40,000 people marched through the capital.") == (None, "some 40,000")
    assert arrested_and_crowd("Tens of thousands rallied.")[1] is None  # no people word: not sure it is a crowd
    assert arrested_and_crowd("Tens of thousands of people rallied.") == (None, "tens of thousands, no number given")
    assert arrested_and_crowd("Police put the crowd at 12,000.") == (None, "12,000")
    assert arrested_and_crowd("A 25-year-old man was arrested.") == (None, None)  # the happening, not a count
    assert arrested_and_crowd("About 24,000 students attended the supervision sites.") == (None, None)
    assert casualties("More than 200 demonstrators were arrested.") == (None, None)
    # the organisers' count joins the march it counts, beside the reporter's words
    pensions = extract_file(ARTICLES / "protest-pensions.txt", "2024-11-30T20:00:00+01:00", "Europe/Madrid").records()
    march = next(d for d in pensions if d["title"].startswith("Tens of thousands of people marched"))
    assert march["attrs"]["crowd"] == "tens of thousands, no number given; 200,000"
