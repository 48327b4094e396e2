"""Extraction never fails on an article, whatever its words: properties over text made of the
pieces its rules look for (dates, names, "which" and "who" clauses, lists, quotes, tolls,
commas of towns and countries), shuffled, and over any text at all."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from dateline.db.extract.drafts import extract
from dateline.db.extract.text import from_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PUBLISHED = datetime(2024, 9, 21, 12, tzinfo=ZoneInfo("Europe/Kyiv"))

PIECES = [
    "KYIV, Ukraine (AP) —",
    "Russia launched",
    "South Africa on Friday condemned",
    "Egypt, Qatar and the US are due to host talks",
    "the bombing of the U.S. embassy in Nairobi,",
    "which killed 247 people on Aug. 7",
    "who was rescued Nov. 25",
    "which Google launched this week",
    "in Mogadishu, Somalia, on Monday,",
    "killing at least five",
    "Three soldiers and a civilian were killed",
    "a woman and her two children",
    "No one was hurt.",
    "It was the ninth attack on the grid this year.",
    "More than 39,700 people have been killed in Gaza since then.",
    "The strike came two days after a missile attack on Sunday damaged a terminal",
    "The strike hit the school during dawn prayers on Saturday,",
    "The quake hit at 4:17 a.m. (0117 GMT) near the city of Gaziantep,",
    "Russia's Defense Ministry claimed on Wednesday that its forces had destroyed a depot",
    "Hezbollah said it fired dozens of rockets",
    "the regional military administration reported on Sept. 22.",
    "in the village of Myropillia",
    "in the western region of Lviv,",
    "Sumy Oblast",
    '"We will not leave," said Nino, a 24-year-old student.',
    '"This is unacceptable," the statement said.',
    'The mayor said: "The city will rebuild."',
    "until 2028",
    "in the early hours of Sunday",
    "that afternoon",
    "later that day",
    "on 7 October last year",
    "Five of the wounded were in critical condition on Sunday.",
    "[drone] \x1b]0;title\x07",
    ",",
    ".",
    "\n\n",
    "and",
    "who",
    "which",
]


def _drafts(text: str) -> list[dict]:
    return extract(from_text(text), PUBLISHED, "Europe/Kyiv").records()


def _well_formed(drafts: list[dict]) -> None:
    for d in drafts:
        assert d["title"] and "\n" not in d["title"]
        if d.get("start"):
            assert datetime.fromisoformat(d["start"]) < datetime.fromisoformat(d["end"])
        for key in ("killed", "injured"):
            assert d.get(key) is None or d[key] >= 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25))
def test_any_arrangement_of_the_pieces_the_rules_read_is_drafted_without_fail(pieces):
    _well_formed(_drafts(" ".join(pieces)))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_at_all_is_drafted_without_fail(text):
    _well_formed(_drafts(text))
