"""The analyst's desk in the exports that are not dateline's own: the Markdown chronology
(a star, the tags, the note after the source line), Timesketch JSONL (Timesketch's `tag`
list, a bookmark as the tag "bookmarked", the note as the `notes` attribute; back on
import) and TimelineJS (tags, bookmark and note in the slide's text; back on import)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.db import desk, queries, store
from dateline.tui.cli import main

from tests.interop.timesketch_validate import read_and_validate_jsonl
from tests.test_interop_tools import browser, render, site  # noqa: F401  (fixtures: Chromium, the page)

RAID = "seed-drone-raid"  # an event of the README's Markdown night
NOTE = "# Sources\n\n- AP, [drone] footage <b>x</b>\n- a second line, with, commas"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def marked(seed_path: Path) -> Path:
    """The seed with one event bookmarked, tagged and noted."""
    db = store.open_store(seed_path, write=True)
    desk.set_bookmark(db, RAID)
    desk.set_tags(db, RAID, ["verify", "geo"])
    desk.set_note(db, RAID, NOTE)
    db.close()
    return seed_path


def export(db: Path, fmt: str, out: Path, *more) -> str:
    result = run("--db", db, "export", "--format", fmt, "-o", out, *more)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def desk_after_import(tmp_path: Path, fmt: str, path: Path) -> dict[str, dict]:
    fresh = tmp_path / f"fresh-{fmt}.db"
    result = run("--db", fresh, "import", "--format", fmt, path)
    assert result.exit_code == 0, result.output
    db = store.open_store(fresh)
    try:
        return {r["id"]: {k: r[k] for k in ("bookmarked", "tags", "notes", "summary")} for r in queries.records(db)}
    finally:
        db.close()


# --------------------------------------------------------------------------- Markdown


def test_markdown_star_tags_and_the_note_after_the_source(marked: Path, tmp_path: Path):
    text = export(marked, "markdown", tmp_path / "c.md")
    start = text.index("### ★ Over 100 Ukrainian drones hit arms depots in Russia\n")
    block = text[start : text.index("\n### ", start + 1)]
    assert "- **Who:** Ukrainian General Staff; Russian Defense Ministry\n- **Tags:** geo, verify\n" in block
    source = block.index("\nSource: AP, 21 Sep 2024")
    # the analyst's words after the source, escaped like every other text: they read as written
    assert block[source:].endswith(
        "\n\n**Note:** \\# Sources\n\n\\- AP, \\[drone\\] footage \\<b\\>x\\</b\\>\n\\- a second line, with, commas\n"
    )
    assert text.count("★") == 1 and text.count("**Tags:**") == 1 and text.count("**Note:**") == 1


def test_markdown_of_events_without_a_desk_is_as_before(marked: Path, seed_path: Path, tmp_path: Path):
    db = store.open_store(marked, write=True)
    desk.drop_desk(db, RAID)
    db.close()
    text = export(marked, "markdown", tmp_path / "c.md")
    assert "★" not in text and "**Tags:**" not in text and "**Note:**" not in text
    assert "### Over 100 Ukrainian drones hit arms depots in Russia\n" in text


def test_markdown_note_cannot_become_markup_or_a_control_character(marked: Path, tmp_path: Path):
    db = store.open_store(marked, write=True)
    desk.set_note(db, RAID, "## not a heading\n> not a quote\x1b[31m red\x07 [link](javascript:x)")
    desk.set_tags(db, RAID, ["*bold*", "a_b"])
    db.close()
    text = export(marked, "markdown", tmp_path / "c.md")
    assert "**Note:** \\## not a heading\n\\> not a quote red \\[link\\](javascript:x)\n" in text
    assert "\x1b" not in text and "\x07" not in text and "[31m" not in text
    assert "- **Tags:** \\*bold\\*, a\\_b\n" in text


# --------------------------------------------------------------------------- Timesketch


def test_timesketch_rows_carry_tags_bookmark_and_note(marked: Path, tmp_path: Path):
    out = tmp_path / "t.jsonl"
    export(marked, "timesketch", out)
    with out.open(encoding="utf-8") as f:
        rows = {r["id"]: r for r in read_and_validate_jsonl(f)}  # Timesketch's own reading
    assert rows[RAID]["tag"] == ["geo", "verify", "bookmarked"]
    assert rows[RAID]["notes"] == NOTE
    assert rows["seed-briefing"]["tag"] == [] and "notes" not in rows["seed-briefing"]


def test_timesketch_round_trip_keeps_tags_bookmark_and_note(marked: Path, tmp_path: Path):
    out = tmp_path / "t.jsonl"
    first = export(marked, "timesketch", out)
    back = desk_after_import(tmp_path, "timesketch", out)
    assert (back[RAID]["bookmarked"], back[RAID]["tags"], back[RAID]["notes"]) == (True, ["geo", "verify"], NOTE)
    assert NOTE not in (back[RAID]["summary"] or "")
    assert (back["seed-briefing"]["bookmarked"], back["seed-briefing"]["tags"]) == (False, [])
    again = export(tmp_path / "fresh-timesketch.db", "timesketch", tmp_path / "t2.jsonl")
    assert again == first  # byte for byte


def test_timesketch_tags_changed_in_timesketch_come_back(marked: Path, tmp_path: Path):
    """A tag added and the star's tag taken off in Timesketch, then its export (Timesketch
    also adds its own `_id`) imported into the store: the store follows."""
    out = tmp_path / "t.jsonl"
    rows = [json.loads(line) for line in export(marked, "timesketch", out).splitlines()]
    for row in rows:
        row["_id"] = "ts-" + row["id"]
        if row["id"] == RAID:
            row["tag"] = ["geo", "suspicious"]
            del row["notes"]
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = run("--db", marked, "import", "--format", "timesketch", out)
    assert result.exit_code == 0 and "1 updated" in result.output, result.output
    db = store.open_store(marked)
    assert desk.desk_of(db, RAID) == {"bookmarked": False, "tags": ["geo", "suspicious"], "notes": None}
    db.close()


def test_timesketch_csv_tag_column_as_timesketch_reads_it(marked: Path, tmp_path: Path):
    """A dateline row in CSV: `tag` as Timesketch writes it there (a JSON list, or words
    between commas)."""
    head = "message,datetime,timestamp_desc,id,title,start,precision,tag\n"
    rows = [
        'A,2024-09-21T10:00:00+00:00,Event,csv-1,A,2024-09-21T10:00:00+00:00,minute,"[""geo"", ""bookmarked""]"\n',
        'B,2024-09-21T11:00:00+00:00,Event,csv-2,B,2024-09-21T11:00:00+00:00,minute,"verify,geo"\n',
    ]
    path = tmp_path / "t.csv"
    path.write_text(head + "".join(rows), encoding="utf-8")
    back = desk_after_import(tmp_path, "timesketch", path)
    assert (back["csv-1"]["bookmarked"], back["csv-1"]["tags"]) == (True, ["geo"])
    assert (back["csv-2"]["bookmarked"], back["csv-2"]["tags"]) == (False, ["geo", "verify"])


# --------------------------------------------------------------------------- TimelineJS


def slide_of(doc: dict, event_id: str) -> dict:
    return next(s for s in doc["events"] if s["unique_id"] == event_id)


def test_timelinejs_slide_text_carries_tags_bookmark_and_note(marked: Path, tmp_path: Path):
    doc = json.loads(export(marked, "timelinejs", tmp_path / "t.json"))
    slide = slide_of(doc, RAID)
    text = slide["text"]["text"]
    assert '<p data-dateline="tags"><b>Tags:</b> geo, verify</p>' in text
    assert '<p data-dateline="bookmarked"><b>★ Bookmarked</b></p>' in text
    assert (
        '<p data-dateline="notes"><b>Note:</b> # Sources<br><br>- AP, [drone] footage &lt;b&gt;x&lt;/b&gt;'
        "<br>- a second line, with, commas</p>"
    ) in text
    assert slide["group"] == "drone strike"  # the group stays the kind: one row per kind
    assert "Tags:" not in slide_of(doc, "seed-briefing")["text"]["text"]


def test_timelinejs_round_trip_keeps_tags_bookmark_and_note(marked: Path, tmp_path: Path):
    out = tmp_path / "t.json"
    first = export(marked, "timelinejs", out)
    back = desk_after_import(tmp_path, "timelinejs", out)
    assert (back[RAID]["bookmarked"], back[RAID]["tags"], back[RAID]["notes"]) == (True, ["geo", "verify"], NOTE)
    assert "Sources" not in (back[RAID]["summary"] or "") and "Bookmarked" not in (back[RAID]["summary"] or "")
    assert export(tmp_path / "fresh-timelinejs.db", "timelinejs", tmp_path / "t2.json") == first


def test_timelinejs_shows_the_desk_as_text_in_the_browser(browser, site, marked: Path, tmp_path: Path):  # noqa: F811
    db = store.open_store(marked, write=True)
    desk.set_note(db, RAID, "<img src=x onerror=\"document.title='pwned'\"> seen on video")
    db.close()
    out = tmp_path / "t.json"
    export(marked, "timelinejs", out)
    texts: list[str] = []
    result, errors = render(browser, site, out, texts=texts)
    assert errors == [] and result["valid"] and result["slides"] == 12, result
    raid = next(t for t in texts if "Tags: geo, verify" in t)
    assert "★ Bookmarked" in raid
    # the note's markup is shown as the characters it is made of, never run
    assert "Note: <img src=x onerror=\"document.title='pwned'\"> seen on video" in raid


def test_a_timesketch_files_own_tags_stay_its_attribute_through_a_round_trip(tmp_path: Path):
    """Tags Timesketch wrote (a row dateline did not write) stay the row's attribute `tag`:
    a re-import of Timesketch's file never undoes what was marked in dateline, and
    dateline's export of the event imported back changes nothing."""
    source = tmp_path / "ts.jsonl"
    row = {"message": "Logon", "datetime": "2024-09-21T10:00:00+00:00", "timestamp_desc": "Event", "_id": "ts-1"}
    source.write_text(json.dumps(dict(row, tag=["suspicious"])) + "\n", encoding="utf-8")
    db_path = tmp_path / "s.db"
    assert run("--db", db_path, "import", source).exit_code == 0
    assert run("--db", db_path, "tag", "ts-1", "verify").exit_code == 0
    assert run("--db", db_path, "bookmark", "ts-1").exit_code == 0
    assert "1 unchanged" in run("--db", db_path, "import", source).output
    out = tmp_path / "back.jsonl"
    exported = json.loads(export(db_path, "timesketch", out))
    assert (exported["tag"], exported["attrs.tag"]) == (["verify", "bookmarked"], ["suspicious"])
    assert "0 updated, 1 unchanged" in run("--db", db_path, "import", out).output
    db = store.open_store(db_path)
    rec = next(queries.records(db))
    db.close()
    assert (rec["bookmarked"], rec["tags"], rec["attrs"]["tag"]) == (True, ["verify"], ["suspicious"])
