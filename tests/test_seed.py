"""The default store: the seed article's events, dates and every quote."""

from __future__ import annotations

import re
from pathlib import Path

from dateline.db import queries
from dateline.db.seed import load

ARTICLE = (Path(__file__).resolve().parents[1] / "db" / "seed" / "article.txt").read_text(encoding="utf-8")


def by_id(db) -> dict[str, dict]:
    return {rec["id"]: rec for rec in queries.records(db)}


def test_the_seed_has_the_events_the_article_reports(seed_db):
    events = by_id(seed_db)
    assert set(events) == {
        "seed-drone-raid",
        "seed-tons-claim",
        "seed-toropets",
        "seed-tikhoretsk",
        "seed-tikhoretsk-version",
        "seed-evacuation",
        "seed-intercept-claim",
        "seed-briefing",
        "seed-kryvyi-rih",
        "seed-kharkiv",
        "seed-washington-visit",
    }
    raid = events["seed-drone-raid"]
    assert raid["date_text"] == "overnight on Saturday"
    assert "over 100 drones" in raid["summary"] and "Crimea" in raid["summary"]
    assert raid["status"] == "happened"  # Russian outlets and the Defense Ministry report it too
    assert "Toropets" in events["seed-toropets"]["place"] and events["seed-toropets"]["region"] == "Tver region"
    assert events["seed-tikhoretsk"]["region"] == "Krasnodar region"
    assert "101" in events["seed-intercept-claim"]["title"]
    assert events["seed-evacuation"]["kind"] == "evacuation"


def test_what_the_article_gives_as_claimed_said_or_according_to_is_a_claim_by_whom(seed_db):
    """The article: the General Staff "claimed ... stating that 'at least 2,000 tons'",
    the Defense Ministry "claimed to have intercepted 101", state media "reported that
    air defenses had intercepted" (the governor: debris "caused a fire")."""
    events = by_id(seed_db)
    claims = {i: (e["status"], e["claimed_by"]) for i, e in events.items() if e["status"] == "claimed"}
    assert claims == {
        "seed-tons-claim": ("claimed", "Ukrainian General Staff"),
        "seed-intercept-claim": ("claimed", "Russian Defense Ministry"),
        "seed-tikhoretsk-version": ("claimed", "Russian state media; Governor Veniamin Kondratyev"),
    }
    # each claim's own words are in the paragraph it comes from, with the verb that makes it one
    for event_id, verb in [
        ("seed-tons-claim", "claimed responsibility"),
        ("seed-intercept-claim", "claimed to have intercepted 101"),
        ("seed-tikhoretsk-version", "state media reported that air defenses had intercepted"),
    ]:
        assert verb in events[event_id]["excerpt"], event_id
    assert [q["text"] for q in events["seed-tons-claim"]["quotes"]] == ["at least 2,000 tons"]
    assert events["seed-tikhoretsk-version"]["quotes"][0]["speaker"] == "Veniamin Kondratyev"
    # the facts stay facts: the fire burned, whoever's account of its cause
    assert events["seed-tikhoretsk"]["status"] == "happened" and "downed" not in events["seed-tikhoretsk"]["title"]
    assert all(e["claimed_by"] is None for e in events.values() if e["status"] != "claimed")


def test_seed_dates_resolve_as_the_seed_readme_says(seed_db):
    events = by_id(seed_db)
    night = ("2024-09-20T20:00:00+03:00", "2024-09-21T06:00:00+03:00", "night")
    for event_id in (
        "seed-drone-raid",
        "seed-tons-claim",
        "seed-toropets",
        "seed-tikhoretsk",
        "seed-tikhoretsk-version",
        "seed-kryvyi-rih",
        "seed-kharkiv",
    ):
        rec = events[event_id]
        assert (rec["start"], rec["end"], rec["precision"]) == night, event_id
    briefing = events["seed-briefing"]
    assert (briefing["start"], briefing["end"], briefing["precision"]) == (
        "2024-09-20T00:00:00+03:00",
        "2024-09-21T00:00:00+03:00",
        "day",
    )
    assert briefing["date_text"] == "in a press briefing on Friday"
    visit = events["seed-washington-visit"]
    assert (visit["start"], visit["end"], visit["precision"], visit["status"]) == (
        "2024-09-23T00:00:00+03:00",
        "2024-09-30T00:00:00+03:00",
        "week",
        "planned",
    )
    assert visit["date_text"] == "next week"


def test_casualties_and_places(seed_db):
    events = by_id(seed_db)
    kr = events["seed-kryvyi-rih"]
    assert (kr["killed"], kr["injured"], kr["place"]) == (3, 3, "Kryvyi Rih")
    assert "12-year-old boy and two elderly women" in kr["summary"]
    kh = events["seed-kharkiv"]
    assert (kh["injured"], kh["killed"], kh["place"]) == (15, None, "Kharkiv")
    assert kh["date_text"] is None  # the article gives no date words for it


def test_every_quoted_passage_is_a_quote_with_its_speaker(seed_db):
    quotes = list(queries.all_quotes(seed_db))
    stored = {q.plain: q.speaker for q in quotes}
    passages = [m.rstrip(",") for m in re.findall(r'"([^"]+)"', ARTICLE)]
    assert len(passages) == 9  # "victory plan" is quoted twice, in two paragraphs
    assert sorted(q.plain for q in quotes) == sorted(passages)
    for passage in passages:
        assert passage in stored, passage
        assert stored[passage], passage
    assert (
        stored["The falling debris of one [drone] caused a fire that spread to explosive objects which detonated"]
        == "Veniamin Kondratyev"
    )
    assert stored["at least 2,000 tons"] == "Ukrainian General Staff"


def test_each_event_keeps_its_source_paragraph(seed_db):
    source, events, text = load()
    for rec in queries.records(seed_db):
        assert rec["excerpt"] and rec["excerpt"] in text, rec["id"]
        assert rec["source"] == source["title"]
        assert rec["published"] == "2024-09-21"
