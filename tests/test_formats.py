"""db.formats: every format read field by field, written back, and the Markdown chronology."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from dateline.db import formats, queries, store
from dateline.db.formats import timelinejs as tljs
from dateline.db.unique_ids import UniqueIds
from dateline.db.write import write_records

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"
DATA = Path(__file__).resolve().parent / "data"
TWAIN = SAMPLES / "timelinejs-marktwain.json"
WOMEN = SAMPLES / "timelinejs-women-in-computing.json"
EVTX = SAMPLES / "timesketch-evtx-part.csv"
SIGMA = SAMPLES / "timesketch-sigma-events.csv"
ACLED = DATA / "acled-sample.csv"


def records_of(path: Path, fmt: str = "auto", source: str | None = None) -> list[dict]:
    pairs = list(formats.read(path, fmt, source))
    bad = [(w, r) for w, r in pairs if isinstance(r, Exception)]
    assert not bad, bad
    return [r for _, r in pairs]


def stored(tmp_path: Path, *paths: Path) -> list[dict]:
    """Import into a new store and read back the records as the store keeps them."""
    with store.new_store_atomically(tmp_path / "t.db") as db:
        write_records(db, formats.read_all(paths))
    db = store.open_store(tmp_path / "t.db")
    try:
        return list(queries.records(db))
    finally:
        db.close()


def by_title(recs: list[dict], title: str) -> dict:
    (found,) = [r for r in recs if r["title"] == title]
    return found


def test_formats_are_found_from_content(tmp_path):
    assert formats.detect(TWAIN) == formats.detect(WOMEN) == "timelinejs"
    assert formats.detect(EVTX) == formats.detect(SIGMA) == "timesketch"
    assert formats.detect(ACLED) == "acled"
    jl = tmp_path / "a.jsonl"
    jl.write_text('{"title": "x", "start": "2024-09-21"}\n')
    assert formats.detect(jl) == "jsonl"
    ts = tmp_path / "t.jsonl"
    ts.write_text('{"message": "m", "datetime": "2024-09-21T10:00:00Z", "timestamp_desc": "Event"}\n')
    assert formats.detect(ts) == "timesketch"
    c = tmp_path / "a.csv"
    c.write_text("title,start\nx,2024-09-21\n")
    assert formats.detect(c) == "csv"


# --------------------------------------------------------------------------- TimelineJS


def test_twain_imports_whole(tmp_path):
    recs = stored(tmp_path, TWAIN)
    assert len(recs) == 18  # 17 slides and the title slide
    (title,) = [r for r in recs if r["attrs"].get("timelinejs") == "title"]
    assert title["summary"].startswith("Samuel Langhorne Clemens") or title["attrs"].get("media_url") or title["link"]
    hannibal = by_title(recs, "Hannibal, Missouri")
    assert hannibal["start"] == "1920-01-05T06:45:56+00:00"
    assert hannibal["end"] == "1923-01-05T06:46:56+00:00"  # the end minute counts
    assert hannibal["precision"] == "minute"
    assert hannibal["place"] == "Florida, Missouri" and hannibal["lat"] == 39.501711
    assert hannibal["link"] == "http://instagram.com/p/lEPdm4J20m/"
    assert hannibal["summary"].startswith("Moves to Hannibal, Missouri")
    overview = [
        r
        for r in recs
        if r["title"].startswith("Samuel Langhorne Clemens (November 30, 1835") and not r["attrs"].get("timelinejs")
    ]
    assert overview[0]["start"] == "1908-05-13T00:00:00+00:00" and overview[0]["precision"] == "day"
    started = by_title(recs, "Get started!")
    assert (started["start"], started["end"], started["precision"]) == (
        "2014-01-01T00:00:00+00:00",
        "2015-01-01T00:00:00+00:00",
        "year",
    )
    # slides without headline or text are titled by their media caption, and all are kept
    assert {"a Youtube video", "a tweet", "another youtube video"} <= {r["title"] for r in recs}
    assert {r["source"] for r in recs} == {"timelinejs-marktwain.json"}  # its title slide has no headline


def test_women_in_computing_partial_dates_and_html(tmp_path):
    recs = stored(tmp_path, WOMEN)
    assert len(recs) == 11  # 10 slides and the title slide, with its text and background
    (title,) = [r for r in recs if r["attrs"].get("timelinejs") == "title"]
    assert title["title"] == "Women in Computing" and title["attrs"]["background_url"].startswith("https://")
    assert {r["source"] for r in recs} == {"Women in Computing"}  # the title slide's headline
    recursion = by_title(recs, "Rózsa Péter writes recursion")
    assert (recursion["start"], recursion["end"], recursion["precision"]) == (
        "1951-01-01T00:00:00+00:00",
        "1952-01-01T00:00:00+00:00",
        "year",
    )
    eniac = by_title(recs, "...And the women who made it work")
    assert (eniac["start"], eniac["end"], eniac["precision"]) == (
        "1943-07-01T00:00:00+00:00",
        "1947-01-01T00:00:00+00:00",
        "month",
    )  # to the end of 1946
    ada = by_title(recs, "Ada Lovelace")
    assert ada["precision"] == "day" and ada["end"] == "1852-11-28T00:00:00+00:00"
    assert "Take Ada Lovelace: Daughter of Lord Byron" in ada["summary"]
    assert "<" not in ada["summary"]
    assert 'demonstrates a simple "image" media type.' in ada["summary"]
    clarke = by_title(recs, "Edith Clarke: Bucking the Trend")
    assert clarke["quotes"][0]["text"].startswith("There is no demand for women engineers")
    assert clarke["quotes"][0]["speaker"].startswith("Edith Clarke, first female professor")


def test_timelinejs_events_keep_their_line(tmp_path):
    wheres = [w for w, _ in formats.read(WOMEN)]
    assert wheres[0] == f"{WOMEN}:2"
    assert wheres == sorted(wheres, key=lambda w: int(w.rsplit(":", 1)[1]))


_LITERAL = """{
  title: {text: {headline: 'Floods'}},  // the title slide
  events: [
    /* the first */ {start_date: {year: 2024, month: 9}, text: {headline: 'Rain', text: "it's <b>wet</b>"},},
    {start_date: {year: '2024', month: '10', day: '2'}, text: {headline: "Dam breaks"}},
  ],
}"""


@pytest.mark.parametrize(
    "before,after",
    [
        ("var timeline_data = ", ";\n"),
        ("// data\nstoryjs_jsonp_data = ", ";"),
        ("window.timeline = ", "\nnew TL.Timeline('timeline-embed', window.timeline);\n"),
        ("export default ", ";\n"),
        ("/* made by hand */\nexport const DATA = ", "\n"),
        ("callback(", ");"),
        (
            "document.addEventListener('DOMContentLoaded', function () {\n  var opts = {debug: true};\n  const d = ",
            ";\n});",
        ),
    ],
)
def test_timelinejs_object_literal_in_any_script(tmp_path, before, after):
    """The ways a script names TimelineJS's object (a variable, JSONP, a module's export,
    a callback, inside a function after another object, code after it): each imports
    as JavaScript reads the object, every event on its line of the file."""
    path = tmp_path / "t.js"
    path.write_text(before + _LITERAL + after, encoding="utf-8")
    assert formats.detect(path) == "timelinejs"
    first = before.count("\n")
    got = [(int(w.rsplit(":", 1)[1]) - first, r["title"], r["start"]) for w, r in formats.read(path)]
    assert got == [(4, "Rain", "2024-09"), (5, "Dam breaks", "2024-10-02")]
    assert {r["source"] for _, r in formats.read(path)} == {"Floods"}  # a title slide of a headline only


def test_timelinejs_bc_and_early_years(tmp_path):
    path = tmp_path / "years.json"
    path.write_text(
        json.dumps(
            {
                "events": [
                    {"start_date": {"year": -500}, "text": {"headline": "Before"}},
                    {"start_date": {"year": 835, "month": 3}, "text": {"headline": "Early"}},
                    {"start_date": {"year": ""}, "text": {"headline": "No year"}},
                ]
            },
            indent=1,
        )
    )
    pairs = list(formats.read(path))
    assert "BC dates cannot be stored" in str(pairs[0][1])
    assert pairs[1][1]["start"] == "0835-03" and pairs[1][1]["precision"] == "month"
    assert str(pairs[2][1]) == "missing required field 'start_date.year'"


# --------------------------------------------------------------------------- Timesketch


def test_evtx_imports_without_loss(tmp_path):
    recs = stored(tmp_path, EVTX)
    with EVTX.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(recs) == len(rows) == 13
    for row in rows:  # every row is one event, every column kept as it was
        kept = {k: v for k, v in row.items() if k not in ("message", "datetime", "timestamp_desc") and v}
        kept["timestamp"] = int(row["timestamp"])
        matches = [
            r
            for r in recs
            if r["summary"] == row["message"] and r["kind"] == row["timestamp_desc"] and r["attrs"] == kept
        ]
        assert len(matches) == 1
    first = [r for r in recs if r["attrs"]["record_number"] == "12050" and r["kind"] == "Creation Time"][0]
    assert first["title"].startswith("[7036 / 0x1b7c] Source Name: Service Control Manager")
    assert "Strings: ['Windows Modules Installer', 'stopped', " in first["summary"]
    assert first["start"] == "2012-03-14T04:17:38+00:00" and first["precision"] == "minute"
    assert '\n    <Data Name="param1">Windows Modules Installer</Data>\n' in first["attrs"]["xml_string"]


def test_evtx_lines_are_where_records_start():
    wheres = [int(w.rsplit(":", 1)[1]) for w, _ in formats.read(EVTX)]
    text = EVTX.read_text(encoding="utf-8").splitlines()
    assert wheres[0] == 2
    for line in wheres:  # each record starts with the timeline id column
        assert text[line - 1].split(",")[1] == "WKS-WIN764BITB.shieldbase.local"


def test_sigma_events(tmp_path):
    recs = stored(tmp_path, SIGMA)
    assert [r["title"] for r in recs] == [
        "A message",
        "Another message",
        "Yet more messages",
        "Install: zmap:amd64 (1.1.0-1) [Commandline: apt-get install zmap]",
    ]
    assert [r["start"] for r in recs] == [
        "2015-07-24T19:01:01+00:00",
        "2015-07-24T19:01:02+00:00",
        "2015-07-24T19:01:03+00:00",
        "2015-07-24T19:01:03+00:00",
    ]
    assert all("timestamp" not in r["attrs"] for r in recs)  # whole seconds: the start holds them
    assert recs[0]["kind"] == "Write time" and recs[0]["attrs"]["extra_field_1"] == "foo"
    assert recs[3]["kind"] == "foo" and recs[3]["attrs"]["parser"] == "apt_history"
    assert "command" not in recs[0]["attrs"]  # empty cells are not kept


def test_timesketch_jsonl_timestamp_stands_in_for_datetime(tmp_path):
    path = tmp_path / "ts.jsonl"
    path.write_text(
        json.dumps(
            {
                "message": "Logon\nsecond line",
                "timestamp": 1726912800123456,
                "timestamp_desc": "Event Time",
                "user": "alice",
                "count": 3,
            }
        )
        + "\n"
        + json.dumps({"message": "No time", "timestamp_desc": "x"})
        + "\n"
        + json.dumps({"message": "No desc", "datetime": "2024-09-21T10:00:00Z"})
        + "\n"
    )
    pairs = list(formats.read(path))
    rec = pairs[0][1]
    assert rec["title"] == "Logon" and rec["summary"] == "Logon\nsecond line"
    assert rec["start"] == "2024-09-21T10:00:00+00:00"
    assert rec["attrs"] == {"timestamp": 1726912800123456, "user": "alice", "count": 3}  # its microseconds
    assert str(pairs[1][1]) == "missing Timesketch's required field 'datetime' (or 'timestamp')"
    assert pairs[1][0] == f"{path}:2"
    assert str(pairs[2][1]) == "missing Timesketch's required field 'timestamp_desc'"


def test_timesketch_export_keeps_the_timestamps(tmp_path):
    with store.new_store_atomically(tmp_path / "t.db") as db:
        write_records(db, formats.read(SIGMA))
        out = io.StringIO()
        assert formats.export(db, "timesketch", out) == 4
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["timestamp"] for r in rows] == [1437764461000000, 1437764462000000, 1437764463000000, 1437764463000000]
    assert rows[0]["message"] == "A message" and rows[0]["timestamp_desc"] == "Write time"
    assert rows[0]["datetime"] == "2015-07-24T19:01:01+00:00" and rows[0]["extra_field_1"] == "foo"


def test_timesketch_export_of_seed(seed_db):
    out = io.StringIO()
    formats.export(seed_db, "timesketch", out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(rows) == 11
    for row in rows:
        assert {"message", "datetime", "timestamp", "timestamp_desc"} <= set(row)
        when = datetime.fromisoformat(row["datetime"])
        assert int(when.timestamp() * 1_000_000) == row["timestamp"]
    # flat, but for Timesketch's own `tag`: a list of strings, as Timesketch writes it
    assert all(not isinstance(v, (dict, list)) for row in rows for k, v in row.items() if k != "tag")
    assert all(row["tag"] == [] for row in rows)  # the seed has no tags and no bookmark


# --------------------------------------------------------------------------- ACLED


def test_acled_sample(tmp_path):
    recs = {r["id"]: r for r in stored(tmp_path, ACLED)}
    assert len(recs) == 4
    strike = recs["UKR900001"]
    assert strike["title"] == "Air/drone strike by Military Forces of Ukraine in Toropets"
    assert strike["kind"] == "Explosions/Remote violence"
    assert (strike["start"], strike["precision"]) == ("2024-09-21T00:00:00+00:00", "day")
    assert strike["place"] == "Toropets" and strike["region"] == "Tver" and strike["country"] == "Russia"
    assert strike["lat"] == 56.4966 and strike["killed"] == 0
    assert strike["actors"] == ["Military Forces of Ukraine (2019-)"]
    assert strike["summary"].endswith("secondary detonations. [size=no report]")
    assert strike["source"] == "Ministry of Defence of Ukraine; Ukrainska Pravda"  # the outlet
    assert "source" not in strike["attrs"]
    shelling = recs["UKR900002"]  # "21 September 2024"
    assert shelling["start"].startswith("2024-09-21") and shelling["killed"] == 2
    assert shelling["actors"] == ["Military Forces of Russia (2000-)", "Civilians (Ukraine)"]
    assert '""' not in shelling["summary"] and '"including a child"' in shelling["summary"]
    clash = recs["UKR900003"]  # 20-09-2024, precision 2: the Monday to Sunday week
    assert (clash["start"], clash["end"], clash["precision"]) == (
        "2024-09-16T00:00:00+00:00",
        "2024-09-23T00:00:00+00:00",
        "week",
    )
    protest = recs["UKR900004"]  # precision 3: the month
    assert (protest["start"], protest["end"], protest["precision"]) == (
        "2024-09-01T00:00:00+00:00",
        "2024-10-01T00:00:00+00:00",
        "month",
    )


def test_acled_bad_rows(tmp_path):
    path = tmp_path / "acled.csv"
    header = ACLED.read_text().splitlines()[0]
    path.write_text(
        header
        + "\n"
        + "X1,sometime,2024,1,,Battles,Armed clash"
        + ",," * 12
        + "\n"
        + "X2,2024-09-21,2024,7,,Battles,Armed clash\n"
        + ",2024-09-21,2024,1,,Battles,Armed clash\n"
    )
    pairs = list(formats.read(path))
    assert [w for w, _ in pairs] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "cannot read event_date 'sometime'" in str(pairs[0][1])
    assert "time_precision must be 1, 2 or 3" in str(pairs[1][1])
    assert str(pairs[2][1]) == "missing required field 'event_id_cnty'"


# --------------------------------------------------------------------------- dateline's own, and writing


def test_dateline_csv_round_trip(seed_db, tmp_path):
    out = tmp_path / "seed.csv"
    assert formats.export_to_file(seed_db, "csv", out) == 11
    recs = stored(tmp_path, out)
    originals = list(queries.records(seed_db))
    for rec, orig in zip(recs, originals):
        assert rec == dict(orig, quotes=[])  # quotes are not in CSV; all else is


def test_words_resolved_against_publication_date():
    pairs = [
        ("f:1", {"title": "a", "date_text": "on Monday"}),
        ("f:2", {"title": "b", "date_text": "last month", "published": "2024-09-21"}),
        ("f:3", {"title": "c", "date_text": "on Monday"}),
    ]
    pub = formats.publication("2024-09-21T12:00:00+03:00")
    ((_, a),) = list(formats.resolve_words(pairs[:1], pub, None))
    assert (a["start"], a["precision"]) == ("2024-09-16T00:00:00+03:00", "day")
    (_, b), (_, c) = list(formats.resolve_words(pairs[1:], None, "Europe/Kyiv"))
    assert (b["start"], b["end"]) == ("2024-08-01T00:00:00+03:00", "2024-09-01T00:00:00+03:00")
    assert "without a publication date" in str(c)


def test_query_selects_by_event_text_and_quotes(seed_db):
    assert "seed-drone-raid" in formats.matching_ids(seed_db, "drones")
    by_speaker = formats.matching_ids(seed_db, "Kondratyev")
    assert by_speaker and all(i in {r["id"] for r in queries.records(seed_db)} for i in by_speaker)
    assert formats.matching_ids(seed_db, 'AND OR "(') == []  # never FTS syntax


def test_markdown_chronology(seed_db):
    out = io.StringIO()
    assert formats.export(seed_db, "markdown", out) == 11
    text = out.getvalue()
    assert text.startswith("# 20–29 September 2024\n")  # the span of the events
    assert "## Friday 20 September 2024" in text and "## Week of 23–29 September 2024" in text
    assert (
        "> The falling debris of one \\[drone\\] caused a fire that spread to explosive objects which detonated" in text
    )
    assert "> — Veniamin Kondratyev" in text
    assert "- **When:** “overnight on Saturday”, the night of 20–21 September 2024, 8 p.m. to 6 a.m. Kyiv time" in text
    assert text.index("## Friday 20 September 2024") < text.index("## Night of 20–21 September 2024")


def test_markdown_quote_cannot_break_out():
    block = formats.markdown.event_block(
        {
            "title": "T\n# not a heading",
            "start": "2024-09-21T00:00:00+00:00",
            "end": "2024-09-22T00:00:00+00:00",
            "precision": "day",
            "quotes": [{"text": "one\n\n## two\n- three", "speaker": "S"}],
        }
    )
    assert block.startswith("### T # not a heading\n")  # one line: a "#" inside it is text
    assert "> one\n>\n> \\## two\n> \\- three\n>\n> — S" in block


def test_timelinejs_export_re_imports(seed_db, tmp_path):
    path = tmp_path / "seed.json"
    assert formats.export_to_file(seed_db, "timelinejs", path) == 11
    doc = json.loads(path.read_text())
    assert doc["title"]["text"]["headline"].startswith("Zelenskyy hopes for quick US action")
    assert all(isinstance(e["start_date"]["year"], int) for e in doc["events"])
    recs = {r["id"]: r for r in stored(tmp_path, path)}
    originals = {r["id"]: r for r in queries.records(seed_db)}
    assert recs.keys() == originals.keys()
    for event_id, orig in originals.items():
        rec = recs[event_id]
        assert rec["title"] == orig["title"]
        assert [q["text"] for q in rec["quotes"]] == [q["text"] for q in orig["quotes"]]
        assert rec["start"][:10] == orig["start"][:10]
        if orig["precision"] == "day":
            assert (rec["start"][:10], rec["precision"]) == (orig["start"][:10], "day")
    visit = recs["seed-washington-visit"]  # a week: its days
    assert visit["start"][:10] == originals["seed-washington-visit"]["start"][:10]


def test_timelinejs_dates_written_back_by_precision():
    base = {"id": "x", "title": "a & <b>", "summary": None}
    year = tljs.to_slide(
        dict(base, start="1951-01-01T00:00:00+00:00", end="1952-01-01T00:00:00+00:00", precision="year")
    )
    assert year["start_date"] == {"year": 1951} and "end_date" not in year
    assert year["text"]["headline"] == "a &amp; &lt;b&gt;"
    month = tljs.to_slide(
        dict(base, start="1943-07-01T00:00:00+00:00", end="1947-01-01T00:00:00+00:00", precision="month")
    )
    assert month["start_date"] == {"year": 1943, "month": 7} and month["end_date"] == {"year": 1946, "month": 12}
    minute = tljs.to_slide(
        dict(base, start="2024-09-21T10:15:00+03:00", end="2024-09-21T10:16:00+03:00", precision="minute")
    )
    assert minute["start_date"] == {
        "year": 2024,
        "month": 9,
        "day": 21,
        "hour": 10,
        "minute": 15,
        "utc_offset": "+03:00",
    }
    week = tljs.to_slide(
        dict(base, start="2024-09-23T00:00:00+03:00", end="2024-09-30T00:00:00+03:00", precision="week")
    )
    assert week["start_date"] == {"year": 2024, "month": 9, "day": 23, "utc_offset": "+03:00"}
    assert week["end_date"] == {"year": 2024, "month": 9, "day": 29, "utc_offset": "+03:00"}


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        ("2024-09-20T00:00:00+03:00", "2024-09-21T00:00:00+03:00", "day"),
        ("2024-09-01T00:00:00+03:00", "2024-10-01T00:00:00+03:00", "month"),
        ("2024-01-01T00:00:00-05:00", "2025-01-01T00:00:00-05:00", "year"),
        ("2024-03-09T00:00:00+05:30", "2024-03-12T00:00:00+05:30", "day"),
    ],
)
def test_a_day_exported_to_timelinejs_comes_back_in_its_zone(start, end, precision):
    """A day in Kyiv written to TimelineJS came back as UTC's day (three hours off): the
    export now writes the offset beside days, months and years too, and the import reads
    a day with an offset in that zone."""
    slide = tljs.to_slide(
        {"id": "x", "title": "t", "summary": None, "start": start, "end": end, "precision": precision}
    )
    rec = tljs.slide_to_record(slide, "s", UniqueIds())
    assert isinstance(rec, dict)
    assert datetime.fromisoformat(rec["start"]) == datetime.fromisoformat(start)
    assert rec["precision"] == precision


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('{"events": null}', "its 'events' is null, not a list of slides"),
        ('{\n  "title": {"text": {"headline": "Empty"}},\n  "events": null\n}\n', "its 'events' is null"),
        ('{"events": {"e1": {"title": "A"}}}', "its 'events' is an object, not a list of slides"),
        ('{"events": {"start_date": {"year": 2020}, "text": {"headline": "A"}}}', "its 'events' is one slide"),
        ('{"events": "none"}', "its 'events' is a text"),
    ],
)
def test_a_json_document_whose_events_is_no_list_is_refused_saying_what_it_is(tmp_path, text, said):
    """``events`` that is null or an object was read as dateline's JSON Lines and refused
    as "missing required field 'title'" (or, over several lines, with a jq line that led
    to that); now as what it is, once."""
    path = tmp_path / "t.json"
    path.write_text(text, encoding="utf-8")
    assert formats.detect(path) == "timelinejs"
    ((where, err),) = list(formats.read(path))
    assert where == f"{path}:1" and isinstance(err, Exception) and said in str(err)
    assert "title" not in str(err)
