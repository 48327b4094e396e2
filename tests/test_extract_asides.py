"""Decades as dates, and a date in an aside about a noun (stop 31): what a user reviewing the drafts
sees. A decade is a date candidate ("in the late 1980s and early 1990s", "since the 1990s", "the
2010s"); one that describes a person or a thing ("…, who made his fortune in Russia in the 1990s,
has governed since 2012") dates nothing the sentence tells; a year or a day in an aside about the
subject is a draft of its own, never the sentence's news ("Ruth Adeyemi, who won Olympic gold … in
1964 …, has died": the death is the lead's, dated by the paragraph that dates it)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateline.db.extract.dates_found import find_dates
from dateline.db.extract.drafts import extract
from dateline.db.extract.run import extract_file
from dateline.db.extract.text import Article

ARTICLES = Path(__file__).parent / "data" / "articles"
UTC = ZoneInfo("UTC")
PUBLISHED = datetime(2024, 11, 27, 12, tzinfo=UTC)


def drafts_of(text: str) -> list[dict]:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return extract(Article(paragraphs), PUBLISHED, "UTC").records()


def titled(ds: list[dict], words: str) -> dict:
    return next(d for d in ds if words in d["title"])


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end", "precision"),
    [
        ("It grew in the late 1980s and early 1990s.", "in the late 1980s and early 1990s", "1980", "2000", "range"),
        ("Prices have risen since the 1990s.", "since the 1990s", "1990", "2024", "range"),
        ("The 2010s were hard for the region.", "The 2010s", "2010", "2020", "decade"),
        ("In the '90s, the band toured Europe.", "In the '90s", "1990", "2000", "decade"),
        ("The 1960s and 1970s saw the city grow.", "The 1960s and 1970s", "1960", "1980", "range"),
        (
            "Sales fell in the late 1970's and early 1980's.",
            "in the late 1970's and early 1980's",
            "1970",
            "1990",
            "range",
        ),
    ],
)
def test_a_decade_is_a_date_candidate(sentence, words, start, end, precision):
    (found,) = find_dates(sentence, PUBLISHED, "UTC")
    assert found.text == words
    assert found.interval is not None
    assert (found.interval.start.year, found.interval.end.year) == (int(start), int(end))
    assert found.interval.precision == precision


@pytest.mark.parametrize(
    "sentence", ["She is in her 80s.", "Temperatures were in the 80s.", "The airline flew 747s.", "It cost $1980s."]
)
def test_an_age_a_temperature_or_a_plural_is_no_decade(sentence):
    assert not find_dates(sentence, PUBLISHED, "UTC")


def test_a_decade_in_the_sentences_own_clause_dates_it():
    (d,) = drafts_of("In the late 1980s and early 1990s, the city was the scene of fierce fighting.")
    assert (d["title"], d["start"][:4], d["end"][:4], d["precision"]) == (
        "The city was the scene of fierce fighting",
        "1980",
        "2000",
        "range",
    )


def test_a_decade_to_come_is_a_forecast_not_a_plan():
    """ "foresees the need for … throughout the 1990s" (WSJ, 1989) made a planned draft of a decade."""
    assert not drafts_of("The company expects demand for its chips to double in the 2030s.")


def test_a_decade_in_an_aside_about_the_subject_is_no_date_of_the_sentence():
    """Before, "Jorge Salvatierra, the retired Peruvian army general who commanded the campaign …
    in the 1990s and was later convicted…, died on Tuesday" was a court draft of the 1990s and a
    second draft "Died on Tuesday at a military hospital in Lima"."""
    obituary = extract_file(ARTICLES / "obituary-general.txt", "2024-11-27T12:00:00-05:00", "America/Lima").records()
    death = obituary[0]
    assert (death["title"], death["kind"], death["start"][:10], death["place"]) == (
        "Jorge Salvatierra died on Tuesday",
        "event",
        "2024-11-26",
        "Lima",
    )
    assert not [d for d in obituary if d["precision"] in ("decade", "range") and d["start"][:3] == "199"]
    explainer = extract_file(
        ARTICLES / "guardian-explainer.txt", "2024-12-03T07:00:00+00:00", "Europe/London"
    ).records()
    governed = titled(explainer, "has governed since 2012")
    # "who made his fortune in Russia in the 1990s": neither the date nor the place is the party's
    assert (governed["start"][:4], governed.get("place")) == ("2012", None)
    assert not [d for d in explainer if d["start"] and d["start"][:4] == "1990"]


def test_a_decade_in_a_relative_clause_is_what_the_noun_was_then():
    ds = drafts_of(
        "Her brother Delfin, who was imprisoned as an activist in the 1960s, followed in 1979.\n\n"
        "Coleco Industries Inc., a once high-flying toy maker whose stock peaked at $65 a share in the early "
        "1980s, filed a reorganization plan on Monday."
    )
    assert [(d["title"], d["start"][:10]) for d in ds] == [
        ("Her brother Delfin followed in 1979", "1979-01-01"),
        ("Coleco Industries Inc. filed a reorganization plan on Monday", "2024-11-25"),
    ]


def test_an_undated_lead_whose_aside_has_a_year_is_the_death_the_next_paragraph_dates():
    """ "Ruth Adeyemi, who won Olympic gold in the 100 meters in 1964 and later became…, has died"
    was titled and dated by its aside (1964), and the death was a second draft, "Adeyemi died Sunday"."""
    ds = extract_file(ARTICLES / "obituary-ap-athlete.txt", "2024-12-02T16:00:00-05:00", "America/New_York").records()
    death = ds[0]
    assert (death["title"], death["start"][:10], death["place"]) == ("Ruth Adeyemi has died", "2024-12-01", "Atlanta")
    assert len([d for d in ds if "died" in d["title"] and "Adeyemi" in d["title"]]) == 1
    gold = ds[1]  # the aside: a happening of its own, in the background, and said so
    assert (gold["title"], gold["start"][:4]) == ("Ruth Adeyemi won Olympic gold in the 100 meters in 1964", "1964")
    assert "told in an aside" in gold["attrs"]["date"]


def test_an_aside_with_its_own_date_is_its_own_draft_and_the_news_keeps_its_title():
    ds = drafts_of(
        "A man who stabbed two people in Leeds in 2021 has been jailed for life.\n\n"
        "Jorge Salvatierra, the retired general who commanded the campaign in Ayacucho in 1992, died on Tuesday.\n\n"
        "Poland, the Czech Republic and Hungary, who were invited to join NATO in Madrid in July 1997, will "
        "officially join NATO on March 12."
    )
    jailed = titled(ds, "jailed")
    # the sentence's news: no date here, no place of the stabbing, a court's kind
    assert (jailed["title"], jailed.get("start"), jailed.get("place"), jailed["kind"]) == (
        "A man has been jailed for life",
        None,
        None,
        "court",
    )
    stabbing = titled(ds, "stabbed")
    assert (stabbing["title"], stabbing["start"][:4], stabbing["place"]) == (
        "A man stabbed two people in Leeds in 2021",
        "2021",
        "Leeds",
    )
    died = titled(ds, "died on Tuesday")
    assert (died["title"], died["start"][:10], died.get("place")) == (
        "Jorge Salvatierra died on Tuesday",
        "2024-11-26",
        None,
    )  # not Ayacucho
    assert titled(ds, "commanded")["title"] == "Jorge Salvatierra commanded the campaign in Ayacucho in 1992"
    assert titled(ds, "invited")["title"].startswith("Poland, the Czech Republic and Hungary were invited")
    assert titled(ds, "will officially join")["title"].startswith("Poland, the Czech Republic and Hungary will")


def test_a_plan_in_an_aside_is_its_own_draft_and_a_state_is_none():
    """A plan told in the aside stays a draft, planned ("who is due to meet Biden next week"); a state
    told there ("who is not working for anyone in this year's campaign") is not split from the sentence."""
    ds = drafts_of("Zelenskiy, who is due to meet Biden next week, urged allies to send more air defence systems.")
    assert [(d["title"], d["status"]) for d in ds] == [("Zelenskiy is due to meet Biden next week", "planned")]
    ds = drafts_of("David Eichenbaum, who is not working for anyone in this year's campaign, said the race was close.")
    assert not [d for d in ds if "told in an aside" in str(d["attrs"])]


# ------------------------------------------------------------------ art10's leftovers


def test_a_saying_dated_whose_words_tell_no_happening_is_a_statement():
    """ "European Union observers said on Friday that the vote had been "generally well run"" was a
    vote; what was said tells a happening it keeps its kind ("…said Friday that the team made
    surprise visits to a number of sites" is a visit; "…said on Monday that its forces had captured
    the village" a claim of a capture)."""
    ds = extract_file(ARTICLES / "election-runoff-afp.txt", "2024-12-03T22:00:00+02:00", "Africa/Blantyre").records()
    observers = titled(ds, "observers said on Friday")
    assert (observers["kind"], observers["start"][:10]) == ("statement", "2024-11-29")
    ds = drafts_of(
        "The agency said Friday that team no. 225 made surprise visits to a number of sites.\n\n"
        "The court said on Monday that the election had been fair."
    )
    assert [d["kind"] for d in ds] == ["visit", "statement"]


def test_a_rule_in_force_named_with_its_year_is_no_happening():
    """ "Under a 2020 court ruling, a candidate must win more than half of the votes cast" was a
    court's draft of 2020: the sentence tells the rule, not the ruling."""
    ds = extract_file(ARTICLES / "election-runoff-afp.txt", "2024-12-03T22:00:00+02:00", "Africa/Blantyre").records()
    assert not [d for d in ds if d["start"] and d["start"][:4] == "2020"]
    assert titled(ds, "second round will be held")["start"][:10] == "2024-12-22"
    ds = drafts_of("Under the 2015 agreement, inspectors are allowed to visit any site. Troops left on Monday.")
    assert [d["start"][:10] for d in ds] == ["2024-11-25"]


def test_a_disaster_is_its_own_kind_not_its_causes():
    """ "The landslide swept through Lang Nu … after days of torrential rain brought by Typhoon Yagi, the
    strongest storm to hit the country in decades" was a storm."""
    ds = extract_file(
        ARTICLES / "disaster-rolling-update.txt", "2024-09-12T18:00:00+07:00", "Asia/Ho_Chi_Minh"
    ).records()
    assert titled(ds, "The landslide swept")["kind"] == "flood"  # a landslide is the flood family's
    assert titled(ds, "Yagi made landfall")["kind"] == "storm"
    ds = drafts_of("Flooding caused by Storm Boris killed 20 people in Poland on Monday.")
    assert ds[0]["kind"] == "flood"


# ------------------------------------------------------------------ what analysts read


def test_an_isw_daily_assessment_as_an_analyst_reviews_it():
    """An ISW daily assessment (tests/data/articles/isw-daily-kursk.txt, written for this test): its
    note on the data cut-off made two drafts ("ISW will cover subsequent reports in the December 3 …"
    a planned battle); its Key Takeaways told the night's drone attack a second time; "Apti Alaudinov,
    the commander of the Chechen Akhmat Spetsnaz forces who fought in both Chechen wars in the 1990s,
    claimed…" was claimed by the Spetsnaz; the governor's aside ("who took office in May 2024") dated
    his claim, a drone strike of May 2024; "has sought to portray the war … since the early 2000s" is
    no happening, nor is a 2023 law."""
    ds = extract_file(ARTICLES / "isw-daily-kursk.txt", "2024-12-02T20:00:00-05:00", "America/New_York").records()
    assert not [d for d in ds if d["paragraph"] == 1]  # "Note: The data cut-off…"
    night = [d for d in ds if d["kind"] == "drone strike" and "Shahed" in d["title"]]
    assert len(night) == 1  # the takeaway is the body's paragraph, told again
    assert (night[0]["precision"], night[0]["start"][:10], night[0]["injured"]) == ("night", "2024-12-01", 2)
    alaudinov = titled(ds, "Apti Alaudinov claimed")
    assert (alaudinov["status"], alaudinov["claimed_by"], alaudinov["start"][:10]) == (
        "claimed",
        "Apti Alaudinov",
        "2024-12-02",
    )
    assert titled(ds, "milbloggers claimed")["status"] == "claimed"
    plekhovo = titled(ds, "advanced east of Plekhovo")
    assert plekhovo["start"][:10] == "2024-12-01" and "then or before" in plekhovo["attrs"]["date"]
    depot = titled(ds, "oil depot")
    assert (depot["kind"], depot["place"], depot["status"]) == ("drone strike", "Rostov Oblast", "happened")
    assert any("Slyusar" in e["text"] for e in depot["evidence"])  # the governor's claim joins the strike
    office = titled(ds, "took office")
    assert (office["title"], office["start"][:7], office["kind"]) == (
        "Yuri Slyusar took office in May 2024",
        "2024-05",
        "event",
    )
    assert "told in an aside" in office["attrs"]["date"]
    assert not [d for d in ds if d["start"][:4] in ("2000", "2023") or d["precision"] == "decade"]
    # what Syrskyi said, when it makes no draft of its own ("that Russian forces conducted 45 assaults … over
    # the past week"), stays in the saying's title (it was "…Syrskyi stated on December 1")
    assert titled(ds, "stated on December 1 that Russian forces conducted 45 assaults")["kind"] == "statement"
    # two statements by Syrskyi on December 1, each with its own words: both stay
    assert len([d for d in ds if d["kind"] == "statement" and "Syrskyi" in d["title"]]) == 2


def test_an_ocha_situation_report_as_an_analyst_reviews_it():
    """An OCHA situation report on Sudan (tests/data/articles/ocha-sitrep-sudan.txt, written for this
    test): its HIGHLIGHTS tell again the body's drone strikes and convoy (one draft each, with the
    body's toll: 15 killed and 30 injured); "The Humanitarian Coordinator …, who visited Port Sudan in
    October, said on 27 November…" is two drafts, the visit and the statement (the statement was
    lost: "said" is no happening); "…where hundreds of thousands of people have lived in displacement
    camps since the early 2000s" is no draft; the siege told in an aside ("El Fasher, which the RSF
    have besieged since May, is the last major city…") is its own draft, said to be an aside."""
    ds = extract_file(ARTICLES / "ocha-sitrep-sudan.txt", "2024-11-28T18:00:00+02:00", "Africa/Khartoum").records()
    strikes = [d for d in ds if d["kind"] == "drone strike"]
    assert len(strikes) == 1
    assert (strikes[0]["start"][:10], strikes[0]["place"], strikes[0]["killed"], strikes[0]["injured"]) == (
        "2024-11-24",
        "El Fasher",
        15,
        30,
    )
    assert len([d for d in ds if "convoy of 28 trucks" in d["title"]]) == 1
    visit, said = titled(ds, "visited Port Sudan"), titled(ds, "said on 27 November")
    assert (visit["kind"], visit["start"][:7]) == ("visit", "2024-10")
    assert (said["kind"], said["start"][:10]) == ("statement", "2024-11-27")
    assert not [d for d in ds if d["start"][:4] == "2000"]
    siege = titled(ds, "besieged since May")
    assert (siege["start"][:10], siege["precision"], siege["place"]) == ("2024-05-01", "range", "El Fasher")
    assert "told in an aside" in siege["attrs"]["date"]
    wfp = titled(ds, "WFP plans")
    assert (wfp["status"], wfp["start"][:10], wfp["precision"]) == ("planned", "2024-12-02", "week")


def test_a_clause_with_no_commas_about_the_subject_is_its_own_draft():
    """ "The last surviving member of the team which first conquered Everest in 1953 has died…" was a
    draft of 1953 titled by its subject and clause (BBC, 2013, in TE3-platinum), and the death a second
    draft; "A man who stabbed two people … in 2019 pleaded guilty … on Thursday" is two happenings."""
    ds = drafts_of(
        "The last surviving member of the team which first conquered Everest in 1953 has died in a nursing home.\n\n"
        "George Lowe, 89, died in Ripley on Wednesday after a long illness."
    )
    assert [(d["title"], d["start"][:10]) for d in ds] == [
        ("The last surviving member of the team has died in a nursing home", "2024-11-27"),
        ("The team first conquered Everest in 1953", "1953-01-01"),
    ]
    ds = drafts_of("A man who stabbed two people in Leeds in 2019 pleaded guilty to murder on Thursday.")
    assert [(d["title"], d["kind"], d["start"][:4]) for d in ds] == [
        ("A man stabbed two people in Leeds in 2019", "attack", "2019"),
        ("A man pleaded guilty to murder on Thursday", "court", "2024"),
    ]


def test_one_of_a_group_after_a_clause_with_no_commas_is_not_dated_by_the_clause():
    """ "A nurse who was critically injured in the 1998 … bombing in Birmingham, Ala., was among those
    who attended…" (AP, 1999, in TBAQ) was a 1998 draft titled "A nurse who was critically injured in
    the 1998": the bombing is the nurse's past, told in an aside, and her attending has no date here."""
    ds = drafts_of(
        "A nurse who was critically injured in the 1998 abortion clinic bombing in Birmingham, Ala., was among "
        "those who attended the interfaith ceremony at a Presbyterian church."
    )
    assert [(d["title"], d["kind"], d["start"][:4], d["place"]) for d in ds] == [
        (
            "A nurse was critically injured in the 1998 abortion clinic bombing in Birmingham",
            "bombing",
            "1998",
            "Birmingham",
        ),
    ]
    assert "told in an aside" in ds[0]["attrs"]["date"]
    assert "A nurse was among those who attended" in ds[0]["attrs"]["date"]


def test_an_aside_whose_span_has_an_aside_of_its_own_is_one_draft_over_the_span():
    """ "Jan Kavan, who lived in London from 1968, when the Soviets invaded Czechoslovakia, until 1989,
    said…" (NYT, 1999, in TBAQ) was a draft of 1968 alone, titled "The Czech foreign minister, who lived
    in London from 1968": the span runs to 1989, and the saying has no date here."""
    ds = drafts_of(
        "The Czech foreign minister, Jan Kavan, who lived in London from 1968, when the Soviets invaded "
        "Czechoslovakia, until 1989, said he had remained buoyant during his years as an emigre."
    )
    assert [(d["title"], d["start"][:4], d["end"][:4], d["place"]) for d in ds] == [
        ("Jan Kavan lived in London from 1968 until 1989", "1968", "1990", "London"),
    ]
    assert "told in an aside" in ds[0]["attrs"]["date"]
    pub = datetime(1999, 3, 12, 12, tzinfo=UTC)
    (d,) = find_dates("He was jailed from 2001, when the coup failed, until 2005.", pub, "UTC")
    assert (d.text, d.interval.start.year, d.interval.end.year) == (
        "from 2001, when the coup failed, until 2005",
        2001,
        2006,
    )


def test_a_season_in_a_clause_with_no_commas_dates_the_clause_not_the_plea():
    """ "A New York man who was accused of faking his death last summer pleaded guilty … Thursday" (CNN,
    2013, in TE3-platinum) was one draft of Thursday titled by the whole sentence: "last summer" was no
    date candidate. It is the accusation, last summer, and the plea, Thursday."""
    ds = drafts_of(
        "A New York man who was accused of faking his death last summer pleaded guilty to a conspiracy charge Thursday."
    )
    assert [(d["title"], d["start"][:10], d["precision"]) for d in ds] == [
        ("A New York man was accused of faking his death last summer", "2024-06-01", "season"),
        ("A New York man pleaded guilty to a conspiracy charge Thursday", "2024-11-21", "day"),
    ]
