"""Any text typed into a search is searched for, never parsed as FTS5 syntax."""

from __future__ import annotations

import pytest
from dateline.db import queries
from dateline.db.search import fts_query


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        '"unclosed',
        "[drone]",
        "[/",
        "AND",
        "OR NOT",
        "Su-34",
        "Russia's",
        "*",
        "**",
        "NEAR(a b)",
        "a:b",
        "(",
        ")",
        "^",
        "-",
        "+",
        "drone AND",
        "'",
        "{x}",
        "col:word",
        "ünïcödé",
        "\x1b[31m",
    ],
)
def test_any_text_is_a_valid_search(seed_db, text):
    queries.search_quotes(seed_db, text)  # must not raise
    queries.search_quotes(seed_db, text, prefix_last=True)


def test_words_must_all_match_and_phrases_keep_order(seed_db):
    hits = queries.search_quotes(seed_db, "debris drone")
    assert [h.speaker for h in hits] == ["Veniamin Kondratyev"]
    assert queries.search_quotes(seed_db, '"drone debris"') == []
    assert len(queries.search_quotes(seed_db, '"falling debris"')) == 1


def test_brackets_and_hyphens_are_text(seed_db):
    assert [h.plain for h in queries.search_quotes(seed_db, "[drone]")][0].startswith(
        "The falling debris of one [drone]"
    )
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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("drone", '"drone"'),
        ("Su-34", '"Su 34"'),
        ("dron*", '"dron"*'),
        ('"a phrase" word', '"a phrase" AND "word"'),
        ("AND OR", '"AND" AND "OR"'),
        ("*", None),
        ("", None),
    ],
)
def test_fts_query(text, expected):
    assert fts_query(text) == expected


def test_one_letter_as_typed_is_a_word_until_the_second_letter():
    assert fts_query("s", prefix_last=True) == '"s"'
    assert fts_query("sa", prefix_last=True) == '"sa"*'
    assert fts_query("drone s", prefix_last=True) == '"drone" AND "s"'
    assert fts_query("s*") == '"s"*'  # asked for in so many words: still a prefix


def _store_with_quotes(path, texts):
    from dateline.db import store
    from dateline.db.write import write_records

    with store.new_store_atomically(path) as db:
        write_records(
            db,
            [
                (
                    f"t:{i}",
                    {
                        "id": f"e{i:03d}",
                        "title": f"E{i}",
                        "start": "2024-01-01",
                        "quotes": [{"text": t, "speaker": "S"}],
                    },
                )
                for i, t in enumerate(texts)
            ],
        )
    return store.open_store(path)


def test_bounded_ranking_finds_every_match_when_there_are_few(seed_db):
    for word in ("drone", "said", "zelenskyy", "debris drone", "escal*"):
        bounded = queries.search_quotes(seed_db, word, limit=100)
        full = queries.search_quotes(seed_db, word, limit=100, candidates=None)
        assert {(h.text, h.event_id) for h in bounded} == {(h.text, h.event_id) for h in full}  # marks too


def test_bounded_ranking_is_best_first(tmp_path):
    filler = ["alpha filler words here to make it long enough"] * 40
    db = _store_with_quotes(
        tmp_path / "r.db",
        filler
        + [
            "alpha beta once in a rather long quote with many other words in it",
            "beta beta alpha",
            "alpha alpha beta",
        ],
    )
    # the word twice in a short quote first; a longer quote with it once last
    hits = queries.search_quotes(db, "beta")
    assert [h.plain for h in hits][0] == "beta beta alpha"
    assert hits[-1].plain.startswith("alpha beta once")
    # two words: the rarer one weighs more (beta is in 3 quotes, alpha in all)
    hits = queries.search_quotes(db, "alpha beta")
    assert hits[0].plain == "beta beta alpha"
    assert queries.HIGHLIGHT[0] + "beta" + queries.HIGHLIGHT[1] in hits[0].text
    # only the newest `candidates` matches are ranked when there are more
    newest = queries.search_quotes(db, "alpha", limit=5, candidates=5)
    assert len(newest) == 5 and {h.event_id for h in newest} == {f"e{i:03d}" for i in range(38, 43)}
    db.close()


def test_a_prefix_longer_than_the_prefix_index_is_found_through_it(tmp_path):
    """'said' as typed: candidates come from the 3-letter index ("sai"*), only quotes with
    a word starting "said" are kept, and a "saint" next to it is not marked."""
    texts = ["the saint said so", "a saint alone", "saidy is a name", "nothing here"]
    texts += ["saint " + str(i) for i in range(60)]  # newer: the newest 'sai' matches are all saints
    texts += ["he said it again"]
    db = _store_with_quotes(tmp_path / "p.db", texts)
    assert queries._indexed_prefix(db, '"said"*', [(["said"], True)]) is not None
    hits = queries.search_quotes(db, "said", prefix_last=True)
    assert {h.plain for h in hits} == {"the saint said so", "saidy is a name", "he said it again"}
    saint = next(h for h in hits if h.plain == "the saint said so")
    m0, m1 = queries.HIGHLIGHT
    assert saint.text == f"the saint {m0}said{m1} so"
    # the newest 20 'sai' matches are saints only: the full prefix query finds the rest
    few = queries.search_quotes(db, "said", prefix_last=True, candidates=20)
    assert {h.plain for h in few} == {h.plain for h in hits}
    # with another word
    assert [h.plain for h in queries.search_quotes(db, "saint said", prefix_last=True)] == ["the saint said so"]
    db.close()


@pytest.mark.parametrize("text", ["s*", "k*", "z*", "debris s*", "ś*"])
def test_a_one_letter_prefix_finds_what_fts5_finds(seed_db, text):
    """'s*' has no prefix index: the newest quotes are read instead of FTS5 merging every
    s-word's list; what is found, and marked, is what FTS5 itself finds."""
    bounded = queries.search_quotes(seed_db, text, limit=100)
    full = queries.search_quotes(seed_db, text, limit=100, candidates=None)
    assert {(h.text, h.event_id) for h in bounded} == {(h.text, h.event_id) for h in full}
    if text != "ś*":  # (folded as FTS5 folds it: the same as "s*")
        assert bounded or text == "z*"


def test_a_one_letter_prefix_reads_the_newest_quotes_or_asks_fts5_when_rare(tmp_path, monkeypatch):
    texts = [f"plain words {i}" for i in range(30)] + ["xylophone solo"] + [f"Sirens sounded {i}" for i in range(30)]
    db = _store_with_quotes(tmp_path / "one.db", texts)
    m0, m1 = queries.HIGHLIGHT
    monkeypatch.setattr(queries, "SCAN_BATCH", 10)
    monkeypatch.setattr(queries, "SCAN_PROBE", 20)
    asked = []
    execute = db.execute
    monkeypatch.setattr(db, "execute", lambda sql, *a: asked.append(sql) or execute(sql, *a))
    # common: found by reading quotes, newest first, every s-word marked
    hits = queries.search_quotes(db, "s*", limit=5)
    assert [h.plain for h in hits] == [f"Sirens sounded {i}" for i in (29, 28, 27, 26, 25)]  # two s-words
    assert hits[0].text == f"{m0}Sirens{m1} {m0}sounded{m1} 29"
    assert not any("MATCH" in sql for sql in asked)
    # rare among the newest: FTS5 is asked, and finds the one there is
    asked.clear()
    assert [h.plain for h in queries.search_quotes(db, "x*", limit=5)] == ["xylophone solo"]
    assert any("MATCH" in sql for sql in asked)
    db.close()


def test_a_result_keeps_the_spaces_between_matched_words(tmp_path):
    """Words matched side by side ("Sirens sounded" for s*) are two highlighted words with
    a space between, as written, and text around them is still cleaned of escapes."""
    from dateline.tui.components.search import MATCH_STYLE, hit_text

    db = _store_with_quotes(tmp_path / "adj.db", ["Sirens  sounded \x1b[31mover the city", "plain words"])
    hit = next(h for h in queries.search_quotes(db, "s*") if h.plain.startswith("Sirens"))
    shown = hit_text(hit, "s*")
    assert shown.plain.startswith("“Sirens sounded over the city”")
    marked = [shown.plain[span.start : span.end] for span in shown.spans if span.style == MATCH_STYLE]
    assert marked[:2] == ["Sirens", "sounded"]
    db.close()
