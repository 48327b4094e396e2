"""Extraction, seventh pass: whose "the statement" is, a military's count of the enemy's losses,
states held since a date, "he" in a clause of its own, a street before "told police". One test a
class of misreading, each asserting what the reviewer gets."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from dateline.db.extract.drafts import extract
from dateline.db.extract.run import extract_file
from dateline.db.extract.text import Article

ARTICLES = Path(__file__).parent / "data" / "articles"
PUBLISHED = datetime(2024, 12, 3, 12, tzinfo=ZoneInfo("UTC"))


def drafts(name: str, published: str, tz: str) -> list[dict]:
    return extract_file(ARTICLES / name, published, tz).records()


def of(*paragraphs: str) -> list[dict]:
    return extract(Article(paragraphs=list(paragraphs)), PUBLISHED, "UTC").records()


def titled(ds: list[dict], words: str) -> dict:
    (d,) = [d for d in ds if words in d["title"]]
    return d


def speakers(ds: list[dict]) -> dict[str, str | None]:
    return {q["text"]: q["speaker"] for d in ds for q in d["quotes"]}


def test_a_quote_the_statement_or_the_army_said_is_the_organisation_named_as_its_author():
    """ "…," the statement said, five paragraphs after "IDF statement: …" and "The following is
    the statement of the IDF Spokesperson", had no speaker; "…," the army said in a statement
    after "The Lebanese army said…" was "speaker not named: army". Each is the organisation."""
    idf = drafts("idf-statement.txt", "2024-12-02T23:45:00+02:00", "Asia/Jerusalem")
    said = speakers(idf)
    assert (
        said[
            "The State of Israel is committed to the ceasefire understandings, but will act against any threat to its citizens"
        ]
        == "IDF"
    )
    assert said["Hezbollah bears full responsibility for the violation."] == "IDF"
    assert said["If Hezbollah fires, we will strike Lebanon's state institutions"] == "Israel Katz"
    assert "Lebanese army" in titled(idf, "Lebanese army said")["actors"]
    army = of(
        "The Lebanese army said on Monday that it had deployed troops to Marjayoun.",
        '"Our troops will stay," the army said in a statement on Monday.',
        "Israel's military said on Tuesday that it struck 12 targets in Gaza.",
        '"We will keep going," the army said on Tuesday.',
    )
    assert speakers(army) == {"Our troops will stay": "Lebanese army", "We will keep going": "Israel's military"}
    framed = of(
        "Ministry of Health statement: strikes on Khan Younis",
        "Strikes on Khan Younis on Monday killed 12 people.",
        "Rescuers searched the rubble on Monday night.",
        "Two hospitals stopped working on Monday.",
        '"The toll will rise," the statement said.',
    )
    assert speakers(framed) == {"The toll will rise": "Ministry of Health"}
    headed = of(
        "Statement by the Ministry of Foreign Affairs",
        "Rescuers worked on Monday night in Kherson.",
        "Talks were held on Monday.",
        '"This must stop," the statement read.',
    )
    assert speakers(headed) == {"This must stop": "Ministry of Foreign Affairs"}
    issued = of(
        "The statement, issued by the Sudanese army on Monday, said 40 fighters were killed.",
        '"We will respond," the statement said.',
    )
    assert speakers(issued) == {"We will respond": "Sudanese army"}
    # no organisation named: none guessed, and "The army said" alone is no actor "army"
    (bare,) = of('"We will keep going," the army said in a statement on Monday.')
    assert bare["quotes"][0]["speaker"] is None and "army" not in bare["actors"]
    assert (
        "Peruvian army"
        not in titled(drafts("obituary-general.txt", "2024-11-27T12:00:00-05:00", "America/Lima"), "died")["actors"]
    )


def test_a_militarys_count_of_the_enemys_losses_is_its_claim_and_own_losses_stay_reported():
    """Ukraine's General Staff's daily update ("our soldiers neutralised 229 occupiers … 119 were
    killed"), "Russia has lost 1,200 troops over the past day, the General Staff said" were
    happened; they are claimed, by the military body that counts them (the update's heading when
    the sentence names none). A side's own losses stay what they were."""
    staff = drafts("general-staff-losses.txt", "2024-12-03T08:30:00+02:00", "Europe/Kyiv")
    assault = titled(staff, "46 assaults")
    assert (assault["status"], assault["killed"]) == ("claimed", 119)
    assert assault["claimed_by"].startswith("General Staff")
    assert titled(staff, "198 combat engagements")["status"] == "happened"  # no loss counted
    lost, ukrainian, own, officials = of(
        "Russia has lost 1,200 troops over the past day, Ukraine's General Staff said on Tuesday.",
        "According to the Ukrainian military, Russian forces lost 1,500 troops on Monday.",
        "Ukraine lost 12 soldiers on Monday, Ukraine's General Staff said.",
        "Israel lost 12 soldiers on Monday, officials said.",
    )
    assert (lost["status"], lost["claimed_by"]) == ("claimed", "General Staff")
    assert (ukrainian["status"], ukrainian["claimed_by"]) == ("claimed", "Ukrainian military")
    assert own["status"] == officials["status"] == "happened"


def test_a_state_held_since_a_date_is_no_happening_but_a_happening_since_then_is():
    """ "MSF has worked in Sudan since 1979", "The group has operated in the region since 2012"
    were drafts dated 1979 and 2012; background, they are none. "has been shelled since Monday"
    stays a happening."""
    msf = drafts("msf-press-release.txt", "2024-11-29T10:00:00+02:00", "Africa/Khartoum")
    assert not [d for d in msf if "since 1979" in d["title"]]
    ds = of(
        "The group has operated in the region since 2012.",
        "Aid workers have lived in the camp since 2019.",
        "The UN has been present in Mali since 2013.",
        "MSF has been working in Chad since 1981.",
        "The charity has been in Syria since 2011.",
        "Kharkiv has been shelled since Monday.",
        "He has been in custody since Monday.",
    )
    assert [(d["title"], d["status"]) for d in ds] == [
        ("Kharkiv has been shelled since Monday", "happened"),
        ("He has been in custody since Monday", "happened"),
    ]


def test_he_opening_a_clause_of_its_own_is_the_person_named_before():
    """ "…said on Wednesday that Salvatierra had "served the nation…" and that he would be buried
    … on Friday" was titled "He would be buried…"; the clause's "he" is the one named before it."""
    obituary = drafts("obituary-general.txt", "2024-11-27T12:00:00-05:00", "America/Lima")
    assert titled(obituary, "buried")["title"].startswith("Salvatierra would be buried")
    assert titled(obituary, "Chorrillos")["title"].startswith("Salvatierra graduated")
    doj = drafts("doj-indictment.txt", "2024-11-26T14:00:00-06:00", "America/Chicago")
    assert titled(doj, "initial appearance")["title"].startswith("Okafor made his initial appearance")


def test_a_street_or_a_name_before_told_police_is_no_organisation():
    """ "A resident of Cedar Lane told police…" had the actor "Cedar Lane told police"; the verb
    and its object are no part of a name."""
    blotter = drafts("police-blotter.txt", "2024-12-03T06:00:00-05:00", "America/New_York")
    assert not [a for d in blotter for a in d["actors"] if "police" in a]
    smith, street = of(
        "John Smith told police on Monday that his car was stolen.",
        "A man on Main Street called police on Monday after a break-in.",
    )
    assert smith["actors"] == ["John Smith"] and street["actors"] == []
