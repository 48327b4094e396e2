"""Any text typed into a search is searched for, never parsed as FTS5 syntax."""

from __future__ import annotations

import pytest

from db import queries
from db.search import fts_query


@pytest.mark.parametrize("text", [
    '"', '""', '"unclosed', "[drone]", "[/", "AND", "OR NOT", "Su-34", "Russia's", "*", "**", "NEAR(a b)",
    "a:b", "(", ")", "^", "-", "+", "drone AND", "'", "{x}", "col:word", "ünïcödé", "\x1b[31m",
])
def test_any_text_is_a_valid_search(seed_db, text):
    queries.search_quotes(seed_db, text)  # must not raise
    queries.search_quotes(seed_db, text, prefix_last=True)


def test_words_must_all_match_and_phrases_keep_order(seed_db):
    hits = queries.search_quotes(seed_db, "debris drone")
    assert [h.speaker for h in hits] == ["Veniamin Kondratyev"]
    assert queries.search_quotes(seed_db, '"drone debris"') == []
    assert len(queries.search_quotes(seed_db, '"falling debris"')) == 1


def test_brackets_and_hyphens_are_text(seed_db):
    assert [h.plain for h in queries.search_quotes(seed_db, "[drone]")][0].startswith("The falling debris of one [drone]")
    assert queries.search_quotes(seed_db, "long-range")[0].speaker == "Volodymyr Zelenskyy"


def test_prefix_search_as_you_type(seed_db):
    assert queries.search_quotes(seed_db, "escal") == []
    hits = queries.search_quotes(seed_db, "escal", prefix_last=True)
    assert len(hits) == 1 and "escalation" in hits[0].plain
    assert len(queries.search_quotes(seed_db, "escal*")) == 1


def test_matches_are_marked_for_highlighting(seed_db):
    hit = queries.search_quotes(seed_db, "ordnance")[0]
    assert queries.HIGHLIGHT[0] + "ordnance" + queries.HIGHLIGHT[1] in hit.text


def test_speaker_is_searched_too(seed_db):
    assert {h.speaker for h in queries.search_quotes(seed_db, "Kondratyev")} == {"Veniamin Kondratyev"}


@pytest.mark.parametrize("text, expected", [
    ("drone", '"drone"'),
    ("Su-34", '"Su 34"'),
    ("dron*", '"dron"*'),
    ('"a phrase" word', '"a phrase" AND "word"'),
    ("AND OR", '"AND" AND "OR"'),
    ("*", None),
    ("", None),
])
def test_fts_query(text, expected):
    assert fts_query(text) == expected
