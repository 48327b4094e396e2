"""Places and actors of drafts on a real wire story.

The text is the opening of an Associated Press story from Havana, 15 January 2000 (AP's
APW20000115.0209, in the AQUAINT part of TempEval-3's TBAQ-cleaned TimeML corpus), quoted
briefly: six of its paragraphs, unchanged.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from dateline.db.extract.drafts import extract
from dateline.db.extract.places import places_of_article
from dateline.db.extract.text import from_text

AP_HAVANA = """HAVANA (AP) --

While state-run television broadcast footage of Cuban exiles protesting in Miami against the repatriation of \
Elian Gonzalez, the Cuban government urged its people to keep up their own demonstrations to ensure the boy's return.

The unusual airing of protests against President Fidel Castro appeared aimed at warning Cuban citizens that South \
Florida exiles could still force the reversal of the U.S. government's decision to return Gonzalez to Cuba.

Castro attended a rally Thursday by media workers at Havana's Palace of Conventions to demand Gonzalez's return. \
For weeks the communist government has held such rallies almost daily.

``The case of Elian is for today's youth what 40 years of the blockade, armed invasions, sabotage and attempts to \
kill President Fidel Castro were for earlier generations,'' said Cuban journalist Luis Baez, who has written several \
books about Cuban emigration to the United States.

After the rally, state television showed the Cuban exiles in the streets of Miami -- some of them carrying signs \
demanding ``Freedom for Elian,'' the same battle cry regularly chanted during rallies on this side of the Florida \
Straits.

Hundreds of Cuban-Americans chanting ``Liberty! Liberty!'' blocked intersections and cut off access to the Port of \
Miami. In one case, riot police had to use tear gas to clear them.
"""


def _drafts():
    article = from_text(AP_HAVANA)
    published = datetime(2000, 1, 15, 12, tzinfo=ZoneInfo("America/Havana"))
    return article, extract(article, published, "America/Havana").records()


def test_no_surname_month_or_chant_is_taken_for_a_town():
    article, _ = _drafts()
    found = places_of_article(article.paragraphs, "Cuba")
    names = {(p.text, p.place.country if p.place else None) for ps in found for p in ps}
    assert names == {
        ("Miami", "United States"),
        ("Florida", "United States"),
        ("U.S.", "United States"),
        ("Cuba", "Cuba"),
        ("Havana", "Cuba"),
        ("United States", "United States"),
    }


def test_the_rally_is_at_havana_and_its_actors_are_people_not_a_day_or_a_country():
    _, drafts = _drafts()
    rally = next(d for d in drafts if "rally Thursday" in d["title"] or d.get("date_text") == "Thursday")
    assert (rally["place"], rally["country"]) == ("Havana", "Cuba")
    # (Luis Baez speaks in its quote, ``…,'' said Cuban journalist Luis Baez: TimeBank's marks are quotes since the
    # thirteenth extraction pass, and who speaks in a draft's quotes is among its actors)
    assert rally["actors"] == ["Fidel Castro", "Elian Gonzalez", "Luis Baez"]
    actors = {a for d in drafts for a in d["actors"]}
    assert not actors & {"United States", "Florida Straits", "Thursday by media"}


def test_a_ruling_named_by_its_weekday_is_the_one_before_though_the_sentence_plans():
    """The same story, further on: "would look for ways" and "by Jan. 14" look ahead, the
    ruling they would get around was Wednesday's, 12 January."""
    article = from_text(
        "HAVANA (AP) --\n\nSaying ``nothing is certain'' about Elian's return, Cuba's government exhorted citizens to "
        "keep rallying, after the boy's relatives in Miami said they would look for ways to get around Wednesday's "
        "ruling by the U.S. Immigration and Naturalization Service to repatriate the child by Jan. 14."
    )
    published = datetime(2000, 1, 15, 12, tzinfo=ZoneInfo("America/Havana"))
    (draft,) = extract(article, published, "America/Havana").records()
    assert (draft["date_text"], draft["start"][:10], draft["status"]) == ("Wednesday", "2000-01-12", "happened")
