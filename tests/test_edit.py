"""Changing the store by hand (db.edit): checks, history and undo across restarts, edited
events left alone by a re-import, accepted drafts in one transaction, old stores migrate."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from dateline.db import edit, queries, schema, seed, store
from dateline.db.extract.run import extract_file
from dateline.tui.cli import main


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "x.db"
    with store.new_store_atomically(p) as db:
        seed.build(db)
    return p


def test_edit_remove_and_undo_across_restarts(path):
    db = store.open_store(path, write=True)
    rec = edit.record(db, "seed-kharkiv")
    edit.save(db, {**rec, "title": "Kharkiv hit", "injured": 16}, event_id="seed-kharkiv")
    assert edit.remove(db, "seed-toropets")
    db.close()
    db = store.open_store(path, write=True)  # a restart
    assert edit.record(db, "seed-toropets") is None
    assert edit.undo(db) == "Undid removing “Missile depot near Toropets destroyed”"
    assert edit.record(db, "seed-toropets")["quotes"][0]["speaker"] == "UK Ministry of Defence"
    assert edit.record(db, "seed-kharkiv")["injured"] == 16 and edit.is_edited(db, "seed-kharkiv")
    assert edit.record(db, "seed-kharkiv")["attrs"]["edited"].startswith("by hand, ")
    assert edit.undo(db) == "Undid the edit of “Kharkiv hit”"
    back = edit.record(db, "seed-kharkiv")
    assert (back["title"], back["injured"]) == ("Russian airstrikes injure at least 15 in Kharkiv", 15)
    assert not edit.is_edited(db, "seed-kharkiv")
    assert edit.undo(db) is None


def test_a_bad_change_is_refused_and_writes_nothing(path):
    db = store.open_store(path, write=True)
    rec = edit.record(db, "seed-kharkiv")
    with pytest.raises(edit.RecordError, match="cannot read ISO date '2024-13-45'"):
        edit.save(db, {**rec, "start": "2024-13-45"}, event_id="seed-kharkiv")
    with pytest.raises(edit.RecordError, match="title"):
        edit.save(db, {**rec, "title": " "}, event_id="seed-kharkiv")
    assert edit.record(db, "seed-kharkiv") == rec and edit.last_change(db) is None


def test_a_place_typed_by_hand_is_put_on_the_map(path):
    db = store.open_store(path, write=True)
    new_id = edit.save(
        db,
        {"title": "Shelling reported", "date_text": "2024-09-20", "place": "Zaporizhzhia", "published": "2024-09-21"},
    )
    added = edit.record(db, new_id)
    assert (round(added["lat"], 1), round(added["lon"], 1)) == (47.9, 35.1)
    assert added["attrs"]["coords_from"] == "gazetteer"
    # moved to another town: the gazetteer's point for the old one goes, the new one's comes
    edit.save(db, {**added, "place": "Odesa"}, event_id=new_id)
    moved = edit.record(db, new_id)
    assert (round(moved["lat"], 1), round(moved["lon"], 1)) == (46.5, 30.7)
    # a point the source gave stays when the place's spelling is mended
    rec = edit.record(db, "seed-kharkiv")
    edit.save(db, {**rec, "lat": 50.0, "lon": 36.25, "attrs": {}}, event_id="seed-kharkiv")
    edit.save(db, {**edit.record(db, "seed-kharkiv"), "place": "Kharkiv city"}, event_id="seed-kharkiv")
    kept = edit.record(db, "seed-kharkiv")
    assert (kept["lat"], kept["lon"], kept["place"]) == (50.0, 36.25, "Kharkiv city")
    # a place the gazetteer does not know: no point, and no stale one
    edit.save(db, {**moved, "place": "a field outside the village"}, event_id=new_id)
    unknown = edit.record(db, new_id)
    assert unknown["lat"] is None and "coords_from" not in unknown["attrs"]


def test_reimport_leaves_hand_edited_events_alone(path, tmp_path):
    db = store.open_store(path, write=True)
    rec = edit.record(db, "seed-kharkiv")
    edit.save(db, {**rec, "title": "Mine"}, event_id="seed-kharkiv")
    db.close()
    export = tmp_path / "all.jsonl"
    export.write_text(
        "\n".join(json.dumps({**r, "title": r["title"] + " (wire)"}) for r in queries.records(store.open_store(path)))
        + "\n"
    )
    res = CliRunner().invoke(main, ["--db", str(path), "import", str(export)])
    assert res.exit_code == 0, res.output
    assert "0 new, 10 updated, 0 unchanged, 1 left alone (changed by hand)" in res.output
    db = store.open_store(path)
    assert edit.record(db, "seed-kharkiv")["title"] == "Mine"
    assert edit.record(db, "seed-toropets")["title"].endswith("(wire)")


def test_accept_writes_source_paragraphs_events_and_quotes_in_one_go(path):
    db = store.open_store(path, write=True)
    x = extract_file(seed_article(), "2024-09-21", "Europe/Kyiv", "AP extract")
    doc = x.as_json()
    doc["source"]["title"] = "Ukraine's drones hit arms depots deep in Russia"  # a page's headline
    written, alone = edit.accept(db, x.records(), doc["source"], x.article.paragraphs)
    assert (written, alone) == (len(x.drafts), 0)
    kr = next(r for r in x.records() if r.get("place") == "Kryvyi Rih")
    stored = edit.record(db, kr["id"])
    assert stored["paragraph"] == 8 and stored["killed"] == 3
    text, title, publisher = db.execute(
        "SELECT text, title, publisher FROM sources WHERE id = ?", [stored["source_id"]]
    ).fetchone()
    assert text.split("\n\n")[stored["paragraph"] - 1].startswith("As Ukraine ramps up")
    # the article's headline stays its title: the outlet (--source) is its publisher, not its title
    assert (title, publisher) == ("Ukraine's drones hit arms depots deep in Russia", "AP extract")
    assert edit.undo(db) == f"Undid accepting {written} events"
    assert edit.record(db, kr["id"]) is None
    bad = [{**x.records()[0], "start": "nonsense"}]
    with pytest.raises(edit.RecordError, match="draft 1"):
        edit.accept(db, bad, doc["source"], x.article.paragraphs)


def test_a_store_before_the_history_migrates_to_it(path):
    db = store.open_store(path, write=True)
    for t in ("history", "edited", "reviews"):
        db.execute(f"DROP TABLE {t}")
    db.execute("PRAGMA user_version = 5")  # v6 added the history
    db.close()
    db = store.open_store(path, write=True)
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert edit.remove(db, "seed-kharkiv") and edit.undo(db)


def seed_article():
    from pathlib import Path

    return Path(__file__).parent.parent / "db" / "seed" / "article.txt"
