"""Real files from ACLED, Timesketch and TimelineJS (tests/data/real, samples, refused; their
sources in tests/data/README.md): each imports whole, goes back out in its own format and
comes in again unchanged in what that format carries; files the tool itself refuses are
refused in the tool's terms."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from pathlib import Path

import json5
import pytest
from dateline.db import formats, queries, store
from dateline.db.formats import timelinejs as tljs
from dateline.db.formats import timesketch as ts
from dateline.db.formats.textfile import is_hxl_row
from dateline.db.write import write_records
from importing import error_line, run

DATA = Path(__file__).resolve().parent / "data"
REAL = DATA / "real"
REFUSED = DATA / "refused"
EVERY_GOOD = sorted(REAL.iterdir()) + sorted((DATA / "samples").iterdir()) + [DATA / "acled-sample.csv"]


def load(db_path: Path, paths, fmt: str = "auto") -> dict[str, dict]:
    with store.new_store_atomically(db_path) as db:
        write_records(db, formats.read_all(paths, fmt))
    db = store.open_store(db_path)
    try:
        return {r["id"]: r for r in queries.records(db)}
    finally:
        db.close()


def rows_in(path: Path) -> int:
    """Records in a real file as the tool that wrote it counts them."""
    if path.suffix in (".json", ".jsonp", ".js"):
        text = tljs.unwrap_jsonp(path.read_text(encoding="utf-8-sig"))
        doc = (
            json5.loads(tljs.constant_templates(text)) if path.suffix == ".js" else json.loads(text)
        )  # a script's object literal
        if isinstance(doc.get("data"), list):  # ACLED's API answer
            return len(doc["data"])
        if "timeline" in doc:
            inner = doc["timeline"]
            items = inner.get("date") or inner.get("events") or inner.get("slides") or []
            eras = inner.get("era") or inner.get("eras") or []
            items = [*items, *([eras] if isinstance(eras, dict) else eras)]  # one era object, or a list
        else:
            items = [*doc["events"], *(doc.get("eras") or [])]
        return sum(1 for item in items if not tljs.unfilled(item))  # an unfilled slide is no event
    if path.suffix == ".jsonl":
        return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    text = path.read_bytes().decode("cp1252" if "cp1252" in path.name else "utf-8-sig")
    rows = [row for row in csv.reader(io.StringIO(text)) if any(c.strip() for c in row) and not is_hxl_row(row)]
    names = [h.strip().lower() for h in rows[0]]
    if "event_id_cnty" in names:  # ACLED: the rows of one event (one per actor, in a monadic file) are one
        at = names.index("event_id_cnty")
        return len([k for k, _ in itertools.groupby(row[at] for row in rows[1:])])
    return len(rows) - 1


EXT = {
    "timelinejs": "json",
    "timesketch": "jsonl",
    "acled": "csv",
    "csv": "csv",
}  # csv: another program's table read as dateline's
EXPORT_AS = {"ged": "jsonl"}  # formats dateline reads and does not write: out, and in again, as its own JSON Lines


@pytest.mark.parametrize("path", EVERY_GOOD, ids=lambda p: p.name)
def test_real_file_imports_whole_and_round_trips(tmp_path, path):
    fmt = formats.detect(path)
    assert fmt in EXT or fmt in EXPORT_AS
    pairs = list(formats.read(path))
    bad = [(w, str(r)) for w, r in pairs if isinstance(r, Exception)]
    assert not bad
    first = load(tmp_path / "a.db", [path])
    title_slide = 1 if any((r["attrs"] or {}).get("timelinejs") == "title" for r in first.values()) else 0
    if path.suffix == ".csv":  # a TimelineJS sheet's title is one of its rows
        title_slide = 0
    assert len(first) == rows_in(path) + title_slide  # every row is an event, none merged
    fmt = EXPORT_AS.get(fmt, fmt)
    out = tmp_path / f"out.{EXT.get(fmt, fmt)}"
    db = store.open_store(tmp_path / "a.db")
    try:
        assert formats.export_to_file(db, fmt, out) == len(first)
    finally:
        db.close()
    assert formats.detect(out) == fmt
    second = load(tmp_path / "b.db", [out])
    assert second.keys() == first.keys()
    for event_id, rec in first.items():
        again = dict(second[event_id])
        if fmt == "timelinejs" and rec["attrs"].get("end_date"):  # an end before the start is not written
            rec = dict(rec, attrs={k: v for k, v in rec["attrs"].items() if k != "end_date"})
        assert again == rec, event_id


def test_export_imported_into_the_same_store_updates_and_adds_nothing(tmp_path):
    for path in [
        REAL / "acled-2016-africa-cp1252.csv",
        REAL / "timelinejs-eras.json",
        DATA / "samples" / "timesketch-evtx-part.csv",
    ]:
        db_path = tmp_path / f"{path.stem}.db"
        before = load(db_path, [path])
        fmt = formats.detect(path)
        out = tmp_path / f"{path.stem}.{EXT[fmt]}"
        assert run("--db", db_path, "export", "--format", fmt, "-o", out).exit_code == 0
        result = run("--db", db_path, "import", out)
        assert result.exit_code == 0, result.output
        db = store.open_store(db_path)
        try:
            after = {r["id"]: r for r in queries.records(db)}
        finally:
            db.close()
        assert after == before


# --------------------------------------------------------------------------- ACLED


def test_acled_windows_1252_export_of_2016(tmp_path):
    path = REAL / "acled-2016-africa-cp1252.csv"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 0, result.output
    assert f"{path}: not UTF-8; read as windows-1252 (--encoding to choose another)" in result.stderr
    recs = {
        json.loads(line)["id"]: json.loads(line)
        for line in run("--db", tmp_path / "a.db", "events", "--json").stdout.splitlines()
    }
    assert len(recs) == 9
    army = recs["2779RTA"]
    assert "The People’s National Army (ANP) discovered" in army["summary"]  # 0x92 is a curly apostrophe
    assert army["source"] == "Algeria Press Service"
    assert army["start"].startswith("2016-02-27") and army["attrs"]["gwno"] == "615"
    douala = next(r for r in recs.values() if r["source"] == "Cameroon Tribune (Yaoundé)")
    assert douala["title"] == "Violence against civilians by Vigilante Militia (Cameroon) in Douala"
    week = next(r for r in recs.values() if r["precision"] == "week")
    assert week["attrs"]["event_date"] and week["end"] > week["start"]


def test_acled_encoding_given(tmp_path):
    path = REAL / "acled-2016-africa-cp1252.csv"
    result = run("--db", tmp_path / "a.db", "import", "--encoding", "latin-1", path)
    assert result.exit_code == 0 and "not UTF-8" not in result.stderr
    result = run("--db", tmp_path / "b.db", "import", "--encoding", "klingon", path)
    assert result.exit_code == 1 and "unknown encoding 'klingon'" in result.stderr


def test_acled_layouts_header_case_and_date_forms(tmp_path):
    old = load(tmp_path / "old.db", [REAL / "acled-2001-uppercase.csv"])  # GWNO, EVENT_DATE 18/04/2001
    assert old["1416RTA"]["start"].startswith("2001-04-18")
    assert old["1416RTA"]["title"] == "Violence against civilians by Police Forces of Algeria in Beni Douala"
    assert old["1416RTA"]["actors"] == ["Police Forces of Algeria (1999-)", "Civilians (Algeria)"]
    assert old["1416RTA"]["source"] == "Associated Press Online" and old["1416RTA"]["killed"] == 1
    assert old["2229RTA"]["attrs"]["ally_actor_1"] == "Berber Ethnic Group (Algeria)"
    api = load(tmp_path / "api.db", [REAL / "acled-api-2016-lowercase.csv"])  # a pandas index column, data_id
    assert api["8188RTA"]["attrs"]["data_id"] == "83522" and "" not in api["8188RTA"]["attrs"]
    assert api["8016RTA"]["precision"] == "week"
    assert "\n" in api["8013RTA"]["summary"] or api["8013RTA"]["summary"].endswith("1 June.")
    today = load(tmp_path / "now.db", [REAL / "acled-export-2024.csv"])  # "01 November 2024", today's columns
    protest = today["YEM93235"]
    assert protest["start"].startswith("2024-11-01")
    assert protest["title"] == "Peaceful protest by Protesters (Yemen) in Dawran ad Daydah"
    assert protest["source"] == "Yemen News Agency (SABA) - Houthi"
    assert protest["attrs"]["disorder_type"] == "Demonstrations" and protest["attrs"]["tags"] == "crowd size=large"


@pytest.mark.parametrize(
    "date,expect",
    [
        ("2024-09-21", "2024-09-21"),
        ("21 September 2024", "2024-09-21"),
        ("14/08/2020", "2020-08-14"),
        ("14/08/2020 00:00:00", "2020-08-14"),
        ("2024-09-21T00:00:00Z", "2024-09-21"),
        ("Sept 21st", "2024-09-21"),
    ],
)
def test_acled_date_forms(tmp_path, date, expect):
    path = tmp_path / "a.csv"
    path.write_text(f"EVENT_ID_CNTY,EVENT_DATE,YEAR,EVENT_TYPE\nX1,{date},2024,Battles\n", encoding="utf-8")
    (rec,) = [r for _, r in formats.read(path)]
    assert rec["start"] == expect


def test_acled_year_alone_and_title_lines(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("(Sample)\n\nevent_id_cnty;event_date;year;event_type\nX1;;2019;Protests\n", encoding="utf-8")
    assert formats.detect(path) == "acled"
    (rec,) = [r for _, r in formats.read(path)]
    assert (rec["start"], rec["precision"]) == ("2019", "year")


def test_acled_export_writes_acled_columns(seed_path, tmp_path):
    out = tmp_path / "seed.csv"
    result = run("--db", seed_path, "export", "--format", "acled", "-o", out)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 11  # the seed's events
    assert list(rows[0])[:4] == ["event_id_cnty", "event_date", "year", "time_precision"]
    toropets = next(r for r in rows if r["event_id_cnty"] == "seed-toropets")
    stored = json.loads(
        next(line for line in run("--db", seed_path, "events", "--json").stdout.splitlines() if "seed-toropets" in line)
    )
    assert toropets["event_date"] == stored["start"][:10] and toropets["time_precision"] == "1"
    assert toropets["location"] == "Toropets" and toropets["country"] == "Russia"
    assert toropets["notes"] == stored["summary"]
    visit = next(r for r in rows if r["event_id_cnty"] == "seed-washington-visit")
    assert visit["time_precision"] == "2"
    assert formats.detect(out) == "acled"


# --------------------------------------------------------------------------- Timesketch


def test_timesketch_timestamps_by_size():
    recs = [r for _, r in formats.read(REAL / "timesketch-csv-timestamp-no-datetime.csv")]
    assert [r["start"] for r in recs] == ["2022-07-24T19:01:01+00:00"] * 3  # seconds, ms and µs
    assert recs[1]["attrs"]["timestamp"] == 1658689261123000 and recs[2]["attrs"]["timestamp"] == 1658689261123456
    as_datetime = [r for _, r in formats.read(REAL / "timesketch-csv-timestamp-as-datetime.csv")]
    assert as_datetime[0]["start"] == "2024-08-12T15:03:14+00:00"  # 1723474994349345 µs in datetime
    assert as_datetime[0]["attrs"]["timestamp"] == 1723474994349345
    assert ts.micros_of_number(1658689261123456789) == 1658689261123456  # nanoseconds
    no_datetime = [r for _, r in formats.read(REAL / "timesketch-validate-no-datetime-timestamps.csv")]
    assert all(not r["start"].startswith("1970") for r in no_datetime)


def test_timesketch_microseconds_survive_export(tmp_path):
    recs = load(tmp_path / "t.db", [REAL / "timesketch-validate-time-precision.csv"])
    db = store.open_store(tmp_path / "t.db")
    out = io.StringIO()
    formats.export(db, "timesketch", out)
    db.close()
    rows = {r["message"]: r for r in map(json.loads, out.getvalue().splitlines())}
    total = rows["total precision in datetime"]
    assert total["datetime"] == "2024-07-24T10:57:02.877297+00:00" and total["timestamp"] == 1721818622877297
    assert len(recs) == 2


def test_timesketch_ids_kept_and_written_back(tmp_path):
    path = tmp_path / "ts.jsonl"
    path.write_text(
        json.dumps({"message": "m", "datetime": "2024-09-21T10:00:00Z", "timestamp_desc": "t", "_id": "AbC123"}) + "\n"
    )
    recs = load(tmp_path / "t.db", [path])
    assert list(recs) == ["AbC123"]
    db = store.open_store(tmp_path / "t.db")
    out = io.StringIO()
    formats.export(db, "timesketch", out)
    db.close()
    assert json.loads(out.getvalue())["id"] == "AbC123"


@pytest.mark.parametrize(
    "name,reason",
    [
        ("timesketch-evtx-fails.csv", "missing Timesketch's required field 'message'"),
        (
            "timesketch-incorrect.csv",
            "missing Timesketch's required fields 'datetime' (or 'timestamp'), 'timestamp_desc'",
        ),
    ],
)
def test_files_timesketch_refuses_are_refused_in_its_terms(tmp_path, name, reason):
    path = REFUSED / name
    result = run("--db", tmp_path / "t.db", "import", path)
    assert result.exit_code == 1
    assert f"{path}:2: {reason}" in result.stderr
    assert "title" not in result.stderr


def test_timesketch_export_of_years_one_and_9999(tmp_path):
    path = tmp_path / "edge.jsonl"
    path.write_text(
        json.dumps({"id": "y1", "title": "Year one", "start": "0001-01-01T00:30:00+03:00"})
        + "\n"
        + json.dumps({"id": "y9999", "title": "Late", "start": "9999-12-31T23:30:00-05:00"})
        + "\n"
    )
    assert run("--db", tmp_path / "e.db", "import", path).exit_code == 0
    result = run("--db", tmp_path / "e.db", "export", "--format", "timesketch")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["datetime"][:4] for r in rows] == ["0001", "9999"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"title": "Last day", "start": "9999-12-31"}) + "\n")
    result = run("--db", tmp_path / "e.db", "import", bad)
    assert result.exit_code == 1 and "date out of range" in result.stderr and "Traceback" not in result.output


# --------------------------------------------------------------------------- TimelineJS


def test_timelinejs_title_slide_and_eras_kept_and_written_back(tmp_path):
    recs = load(tmp_path / "e.db", [REAL / "timelinejs-eras.json"])
    eras = [r for r in recs.values() if r["attrs"].get("timelinejs") == "era"]
    doc_eras = json.loads((REAL / "timelinejs-eras.json").read_text(encoding="utf-8"))["eras"]
    assert len(eras) == len(doc_eras) and {"Era Test 650-700"} <= {e["title"] for e in eras}
    (title,) = [r for r in recs.values() if r["attrs"].get("timelinejs") == "title"]
    assert title["title"] == "Eras Test" and title["summary"].startswith("Events in the 7th century")
    db = store.open_store(tmp_path / "e.db")
    out = io.StringIO()
    formats.export(db, "timelinejs", out)
    db.close()
    doc = json.loads(out.getvalue())
    assert doc["title"]["text"]["headline"] == "Eras Test" and "start_date" not in doc["title"]
    assert len(doc["eras"]) == len(doc_eras) and {"year": 600} in [e["start_date"] for e in doc["eras"]]
    assert len(doc["events"]) == len(recs) - len(doc_eras) - 1


def test_timelinejs_media_fields_survive(tmp_path):
    recs = {r["title"]: r for r in load(tmp_path / "m.db", [REAL / "timelinejs-all-media-types.json"]).values()}
    images = [r for r in recs.values() if r["attrs"].get("media_link_target")]
    assert images and images[0]["attrs"]["media_link"].startswith("https://")
    video = recs["YouTube Videos"]
    assert video["attrs"]["media_caption"] == "the Monkey section of David Van Tieghem's Ear Drums"
    assert video["attrs"]["background_color"] == "#F45B69" and video["kind"] == "Video"
    slide = tljs.to_slide(video)
    assert slide["media"]["caption"] == "the Monkey section of David Van Tieghem&#x27;s Ear Drums"
    assert slide["background"] == {"color": "#F45B69"} and slide["group"] == "Video"


def test_timelinejs2_document_is_imported(tmp_path):
    pairs = list(formats.read(REAL / "timelinejs2-houston.json"))
    assert formats.detect(REAL / "timelinejs2-houston.json") == "timelinejs"
    assert all(isinstance(r, dict) for _, r in pairs) and len(pairs) == 19
    recs = sorted(load(tmp_path / "h.db", [REAL / "timelinejs2-houston.json"]).values(), key=lambda r: r["start"])
    (title,) = [r for r in recs if r["attrs"].get("timelinejs") == "title"]
    assert title["title"] == "Whitney Houston 1963 - 2012"  # what follows <br/> is kept
    assert title["attrs"]["headline"] == "Whitney Houston\n1963 - 2012"
    heritage = next(r for r in recs if r["title"] == "A Musical Heritage")
    assert (
        heritage["start"].startswith("1963-08-09")
        and heritage["attrs"]["media_url"] == "/static/img/examples/houston/family.jpg"
    )
    assert heritage["attrs"]["media_caption"].startswith("Houston's mother")
    out = io.StringIO()
    tljs.write(recs, out)
    doc = json.loads(out.getvalue())
    assert doc["title"]["text"]["headline"] == "Whitney Houston<br>1963 - 2012"
    assert next(e for e in doc["events"] if e["text"]["headline"] == "A Musical Heritage")["media"]["url"] == (
        "/static/img/examples/houston/family.jpg"
    )


def test_timelinejs2_without_a_date_list_says_so(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"timeline": {"headline": "x", "type": "default"}}')
    ((where, err),) = list(formats.read(path))
    assert "TimelineJS2 layout" in str(err) and "broken" not in str(err)


def test_timelinejs_bc_dates_refused_with_reason(tmp_path):
    path = REFUSED / "timelinejs-cosmo-mixed.json"
    result = run("--db", tmp_path / "c.db", "import", path)
    assert result.exit_code == 1
    assert "is before year 1: BC dates cannot be stored" in result.stderr and "Traceback" not in result.output
    result = run("--db", tmp_path / "c.db", "import", "--skip-bad", path)
    assert result.exit_code == 0 and ": 6 new, 0 updated, 0 unchanged, 6 bad" in result.stderr


def test_timelinejs_end_year_alone_written_as_year():
    slide = {"start_date": {"year": 1990, "month": 3, "day": 12}, "end_date": {"year": 1995}, "text": {"headline": "h"}}
    rec = tljs.slide_to_record(slide, "s", tljs.UniqueIds())
    back = tljs.to_slide(dict(rec, end=rec["end"], id="x"))
    assert back["end_date"] == {"year": 1995} and back["start_date"] == {"year": 1990, "month": 3, "day": 12}


# --------------------------------------------------------------------------- TimelineJS export: escaping, URLs, facts


def test_timelinejs_export_escapes_every_text_and_checks_urls():
    rec = {
        "id": "x",
        "title": "<img src=x onerror=alert(1)>",
        "summary": "a <b>",
        "kind": "<script>k</script>",
        "date_text": "<i>Friday</i>",
        "start": "2024-09-21T00:00:00+00:00",
        "end": "2024-09-22T00:00:00+00:00",
        "precision": "day",
        "link": "javascript:alert(1)",
        "place": "Kyiv <b>",
        "lat": 50.45,
        "lon": 30.52,
        "actors": ["A & B"],
        "killed": 3,
        "status": "claimed",
        "quotes": [{"text": "<q>", "speaker": "<s>"}],
        "attrs": {
            "media_caption": "<em>cap</em>",
            "media_credit": "<a href='javascript:x'>c</a>",
            "media_thumbnail": "data:image/png;base64,xx",
            "media_link": "https://example.org/",
            "background_url": "javascript:x",
            "background_color": "red;background:url(x)",
        },
    }
    slide = tljs.to_slide(rec)
    text = json.dumps(slide).replace("&lt;a href", "")
    assert "<img" not in text and "<script" not in text and "<em>" not in text and "<a href" not in text
    urls = json.dumps([slide["media"].get(k) for k in ("url", "thumbnail", "link")])
    assert "javascript:" not in urls and "data:image" not in urls
    assert slide["group"] == "&lt;script&gt;k&lt;/script&gt;" and slide["display_date"] == "&lt;i&gt;Friday&lt;/i&gt;"
    assert (
        slide["media"]["url"] == "" and slide["media"]["link"] == "https://example.org/"
    )  # the javascript: link dropped
    assert "background" not in slide
    assert slide["location"] == {"lat": 50.45, "lon": 30.52, "name": "Kyiv &lt;b&gt;"}
    body = slide["text"]["text"]
    for shown in (
        "Place:</b> Kyiv &lt;b&gt;",
        "Coordinates:</b> 50.45, 30.52",
        "Actors:</b> A &amp; B",
        "Killed:</b> 3",
        "Status:</b> claimed",
    ):
        assert shown in body
    # and read back: the facts return to their fields, not into the summary
    again = tljs.slide_to_record(slide, "s", tljs.UniqueIds())
    assert again["summary"] == "a <b>" and again["place"] == "Kyiv <b>" and again["actors"] == ["A & B"]
    assert (again["killed"], again["status"], again["lat"], again["lon"]) == ("3", "claimed", "50.45", "30.52")


def test_timelinejs_relative_media_url_kept_as_written():
    assert tljs.safe_url("img/a.jpg") == "img/a.jpg" and tljs.safe_url("/static/a.png") == "/static/a.png"
    assert tljs.safe_url("//cdn.example.org/a.png") == "//cdn.example.org/a.png"
    for bad in ("javascript:alert(1)", "data:text/html,x", "vbscript:x", "JaVaScRiPt:x"):
        assert tljs.safe_url(bad) is None


# --------------------------------------------------------------------------- what spreadsheets and other tools make of these files


def test_acled_saved_by_excel_as_unicode_text(tmp_path):
    """Excel's "Unicode text": UTF-16 with a byte order mark, tab-separated."""
    text = (REAL / "acled-2016-africa-cp1252.csv").read_bytes().decode("cp1252")
    rows = list(csv.reader(io.StringIO(text)))
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(rows)
    path = tmp_path / "acled.txt"
    path.write_bytes(out.getvalue().encode("utf-16"))
    assert formats.detect(path) == "acled"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 0, result.output
    assert ": 9 new, 0 updated, 0 unchanged" in result.stderr and "read as UTF-16" in result.stderr
    assert load(tmp_path / "b.db", [path]) == load(tmp_path / "c.db", [REAL / "acled-2016-africa-cp1252.csv"]) | {}


def test_a_workbook_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "acled.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and "save it as CSV first" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("pack", "said"),
    [
        ("gzip", "gzip-compressed: decompress it first (gunzip -k FILE)"),
        ("bz2", "bzip2-compressed: decompress it first (bunzip2 -k FILE)"),
        ("lzma", "xz-compressed: decompress it first (unxz -k FILE)"),
    ],
)
@pytest.mark.parametrize("fmt", ["auto", "acled"])
def test_a_compressed_export_is_refused_with_what_to_do(tmp_path, pack, said, fmt):
    import importlib

    path = tmp_path / "export.csv.packed"
    path.write_bytes(importlib.import_module(pack).compress((REAL / "acled-export-2024.csv").read_bytes()))
    result = run("--db", tmp_path / "a.db", "import", "--format", fmt, path)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == f"Error: {path}:1: {said}"
    assert not (tmp_path / "a.db").exists()


def test_acled_cells_from_r_and_spreadsheets(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "event_id_cnty,event_date,year,event_type,fatalities,latitude,longitude\n"
        "X1,45556,2024,Battles,NA,NA,NA\n"
        'X2,2024-09-21,2024,Battles,unknown,"50,45","30,52"\n',
        encoding="utf-8",
    )
    recs = [r for _, r in formats.read(path)]
    assert recs[0]["start"] == "2024-09-21" and recs[0]["killed"] is None and recs[0]["lat"] is None
    assert recs[1]["attrs"]["fatalities"] == "unknown" and (recs[1]["lat"], recs[1]["lon"]) == ("50.45", "30.52")


def test_timesketch_datetime_written_otherwise(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        "message,datetime,timestamp_desc\na,Jul 24 2015 19:01:01 UTC,Write time\nb,1234 19:01:01,Write time\n"
    )
    pairs = list(formats.read(path))
    assert pairs[0][1]["start"] == "2015-07-24T19:01:01+00:00"
    assert str(pairs[1][1]) == "cannot read datetime '1234 19:01:01' (ISO 8601 expected)"


def test_timelinejs_slides_sharing_a_unique_id_are_both_kept(tmp_path):
    path = tmp_path / "t.json"
    slide = {"start_date": {"year": 2000}, "text": {"headline": "h"}, "unique_id": "same"}
    path.write_text(json.dumps({"events": [slide, dict(slide, start_date=2001)]}))
    recs = load(tmp_path / "t.db", [path])
    assert sorted(recs) == ["same", "same-2"] and recs["same-2"]["start"].startswith("2001")


def test_acled_extract_with_few_columns(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("event_id_cnty,event_date,latitude,longitude,fatalities\nUKR1,2024-09-21,50.45,30.52,2\n")
    ((_, rec),) = list(formats.read(path))
    assert rec["title"] == "ACLED event UKR1" and rec["killed"] == "2" and rec["start"] == "2024-09-21"


def test_acled_api_answer_as_json(tmp_path):
    """What ACLED's API returns (`_format=json`): {"status", "success", "count", "data": [...]}."""
    text = (REAL / "acled-export-2024.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        row["year"], row["fatalities"], row["event_date"] = int(row["year"]), int(row["fatalities"]), "2024-11-01"
    api = tmp_path / "acled.json"
    api.write_text(json.dumps({"status": 200, "success": True, "count": len(rows), "data": rows}, indent=2))
    assert formats.detect(api) == "acled"
    from_json = load(tmp_path / "j.db", [api])
    from_csv = load(tmp_path / "c.db", [REAL / "acled-export-2024.csv"])
    assert from_json.keys() == from_csv.keys() == {"PSE62716", "YEM93235"}
    for event_id, rec in from_json.items():
        assert {k: v for k, v in rec.items() if k not in ("source_id",)} == {
            k: v for k, v in from_csv[event_id].items() if k not in ("source_id",)
        }
    wheres = [w for w, _ in formats.read(api)]
    assert wheres[0].endswith(":7") or wheres[0].rsplit(":", 1)[1].isdigit()
    lines = tmp_path / "acled.jsonl"
    lines.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert formats.detect(lines) == "acled" and load(tmp_path / "l.db", [lines]).keys() == from_csv.keys()


def test_acled_file_that_cannot_be_read_says_where(tmp_path):
    path = REAL / "acled-2016-africa-cp1252.csv"
    result = run("--db", tmp_path / "a.db", "import", "--encoding", "utf-8", path)
    assert result.exit_code == 1
    assert f"{path}:7: not UTF-8 text (byte 0x92 on line 7)" in result.stderr


def test_timelinejs_end_year_alone_of_a_real_file(tmp_path):
    women = DATA / "samples" / "timelinejs-women-in-computing.json"
    load(tmp_path / "w.db", [women])
    db = store.open_store(tmp_path / "w.db")
    out = io.StringIO()
    formats.export(db, "timelinejs", out)
    db.close()
    eniac = next(e for e in json.loads(out.getvalue())["events"] if "made it work" in e["text"]["headline"])
    assert eniac["start_date"] == {"year": 1943, "month": 7} and eniac["end_date"] == {"year": 1946}


def test_acled_files_joined_with_their_headers(tmp_path):
    one = (REAL / "acled-2001-uppercase.csv").read_text(encoding="utf-8")
    path = tmp_path / "joined.csv"
    path.write_text(one + one.replace("RTA,", "RTB,"), encoding="utf-8")
    assert len(load(tmp_path / "j.db", [path])) == 8


def test_acled_monadic_file_one_event_per_id_with_every_actor(tmp_path):
    """ACLED's monadic layout (no actor2): one row per actor, one after another."""
    recs = load(tmp_path / "m.db", [REAL / "acled-2024-excel-dates.csv"])
    event = recs["BGD28032"]
    assert event["actors"] == ["Rioters (Bangladesh)", "Civilians (Bangladesh)"]
    assert (
        event["attrs"]["inter1"] == "Rioters; Civilians"
        and event["attrs"]["assoc_actor_1"] == "Hindu Group (Bangladesh)"
    )
    assert event["start"].startswith("2024-08-05")  # 5-Aug-24


def test_timelinejs_sheet_saved_as_csv(tmp_path):
    """TimelineJS's spreadsheet template (its own sample, as TimelineJS3 tests read it)."""
    sheet = REAL / "timelinejs-sheet-women-in-computing.csv"
    assert formats.detect(sheet) == "timelinejs"
    from_sheet = {r["title"]: r for r in load(tmp_path / "s.db", [sheet]).values()}
    from_json = {
        r["title"]: r
        for r in load(tmp_path / "j.db", [DATA / "samples" / "timelinejs-women-in-computing.json"]).values()
    }
    assert from_sheet.keys() == from_json.keys()
    for title, rec in from_sheet.items():
        other = from_json[title]
        assert (rec["start"], rec["end"], rec["precision"]) == (other["start"], other["end"], other["precision"]), title
    assert from_sheet["Women in Computing"]["attrs"]["timelinejs"] == "title"
    assert from_sheet["Ada Lovelace"]["attrs"]["media_credit"] == "Wikimedia Commons"


def test_timelinejs_dates_count_on_as_javascript_does(tmp_path):
    """TimelineJS shows 30 February as 1 March (JavaScript's Date): so does dateline."""
    path = tmp_path / "t.json"
    slides = [
        {"start_date": {"year": 2021, "month": 2, "day": 30}, "text": {"headline": "a"}},
        {"start_date": {"year": 2021, "month": 13}, "text": {"headline": "b"}},
        {"start_date": {"year": 2021, "month": 4, "day": 31, "hour": 24, "minute": 0}, "text": {"headline": "c"}},
    ]
    path.write_text(json.dumps({"events": slides}))
    recs = {r["title"]: r for _, r in formats.read(path)}
    assert recs["a"]["start"] == "2021-03-02" and recs["b"]["start"] == "2022-01"
    assert recs["c"]["start"].startswith("2021-05-02T00:00")


# --------------------------------------------------------------------------- a fourth pass of real files


def test_timesketch_time_written_with_dashes_is_read_not_misread(tmp_path):
    """Timesketch's own test file of a datetime "notice the - instead of :" (05-07-28):
    dateutil (and pandas, for Timesketch then) read "-07-28" as offsets and gave 05:00
    without a word; the time is 05:07:28, as the row's timestamp (µs) says too."""
    path = REAL / "timesketch-validate-date-events-dashed-time.csv"
    recs = {r["title"]: r for r in load(tmp_path / "t.db", [path]).values()}
    assert recs["78Vh3h7"]["start"] == "2022-11-10T05:07:28+00:00"
    assert recs["78Vh3h7"]["attrs"]["timestamp"] == 1668056848119860  # the same second, to the µs
    assert recs["Time offset large"]["start"] == "2022-11-09T05:07:28+00:00"  # a day off its timestamp: the datetime
    assert recs["Time offset large"]["attrs"] == {"data_type": "Foobar"}
    for written, expect in [
        ("2022-11-10 05.07.28.5 UTC", "2022-11-10T05:07:28+00:00"),
        ("24-10-2013 01-21-28 +09:00", "2013-10-24T01:21:28+09:00"),
    ]:
        assert (
            ts.row_to_record({"message": "m", "datetime": written, "timestamp_desc": "t"}, "s", ts.UniqueIds())["start"]
            == expect
        )
    # a time dateutil would read otherwise than written is refused, not guessed
    err = ts.row_to_record(
        {"message": "m", "datetime": "2022-11-10T05-07+00:00", "timestamp_desc": "t"}, "s", ts.UniqueIds()
    )
    assert str(err) == "cannot read datetime '2022-11-10T05-07+00:00' (ISO 8601 expected)"


def test_acled_extract_without_ids_from_the_r_package(tmp_path):
    """ACLED through the R package acled.api, a subset of its columns written with
    write.csv (a row-name column, every text quoted, CRLF): no event_id_cnty, no data_id,
    no notes or actors. It was refused as no reader's; its rows are events, their ids made
    from their content, the same at every import."""
    path = REAL / "acled-2022-burkina-acled-api-r-no-ids.csv"
    assert formats.detect(path) == "acled"
    recs = {r["title"]: r for r in load(tmp_path / "a.db", [path]).values()}
    attack = recs["Attack in Komsilga"]
    assert attack["start"].startswith("2022-09-21") and attack["precision"] == "day"
    assert (attack["killed"], attack["kind"]) == (14, "Violence against civilians")
    assert attack["source"] == "Whatsapp; Infowakat; Sahel Security Alerts; AIB (Burkina Faso)"
    assert attack["summary"] is None and "year" not in attack["attrs"] and "" not in attack["attrs"]
    assert attack["attrs"]["timestamp"] == "1664217575" and attack["attrs"]["admin3"] == "Zimtenga"
    db = tmp_path / "a.db"
    assert ": 0 new, 0 updated, 5 unchanged" in run("--db", db, "import", path).stderr
    # a file with an id column still needs the id in every row
    sheet = tmp_path / "s.csv"
    sheet.write_text("event_id_cnty,event_date,event_type\n,2024-09-21,Battles\n", encoding="utf-8")
    ((_, err),) = list(formats.read(sheet))
    assert str(err) == "missing required field 'event_id_cnty'"
    # an export of an event without a summary writes its title as notes: read back as no summary
    out = tmp_path / "out.csv"
    assert run("--db", db, "export", "--format", "acled", "-o", out).exit_code == 0
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows[attack["id"]]["notes"] == "Attack in Komsilga" and rows[attack["id"]]["year"] == "2022"
    assert load(tmp_path / "b.db", [out])[attack["id"]]["summary"] is None


def test_timesketch_event_two_envelopes_down_is_named_with_its_jq_path(tmp_path):
    """LimaCharlie keeps Hayabusa's timesketch-verbose rows as events of its own,
    ``{"event": {..., "results": {datetime, message, timestamp_desc, ...}}, "routing": ...}``
    (the shape of its Hayabusa extension's documentation): refused as dateline JSONL
    without a title before; now named where the event is, with the jq line that lifts it
    out, and what that line writes imports."""
    results = {
        "Channel": "Sec",
        "EventID": "4625",
        "Details": "Type: 3 - NETWORK ¦ SrcIP: 185.161.248.147",
        "Level": "med",
        "datetime": "2024-03-20 21:50:55.930385+00:00",
        "message": "Failed Logon From Public IP",
        "timestamp_desc": "hayabusa",
    }
    line = {"event": {"event": "hayabusa_event", "results": results}, "routing": {"event_time": 1711071722721}}
    path = tmp_path / "lc.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    assert formats.detect(path) == "timesketch"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and "title" not in result.stderr
    assert "are inside 'event.results'" in result.stderr and "jq -c '.event.results' FILE" in result.stderr
    assert ts.jq_path(("_source", "odd-key")) == '._source."odd-key"'
    lifted = tmp_path / "lifted.jsonl"
    lifted.write_text(json.dumps(results, ensure_ascii=False) + "\n", encoding="utf-8")
    (rec,) = load(tmp_path / "b.db", [lifted]).values()
    assert rec["title"] == "Failed Logon From Public IP" and rec["start"] == "2024-03-20T21:50:55+00:00"
    assert rec["attrs"]["Details"] == "Type: 3 - NETWORK ¦ SrcIP: 185.161.248.147"


def test_timelinejs_document_assigned_to_a_javascript_variable_with_a_bom(tmp_path):
    """A site's own TimelineJS data as a .js file: ``var timeline_json_data = {...}``
    (no semicolon) behind a UTF-8 byte order mark, years as strings, empty hour and
    minute strings, a title slide with media and text (dated at the first event),
    TimelineJS2's ``thumb`` and a background ``opacity`` (TimelineJS3 reads neither)."""
    path = REAL / "timelinejs-js-variable-bom.js"
    assert formats.detect(path) == "timelinejs"
    recs = {r["title"]: r for r in load(tmp_path / "j.db", [path]).values()}
    assert len(recs) == 13 and recs["Title Param."]["attrs"] == {"timelinejs": "title", "undated": True}
    assert recs["Title Param."]["start"].startswith("1604-01-05")  # the first event's day
    assert sum(1 for r in recs.values() if r["attrs"].get("timelinejs") == "era") == 4
    assert recs["Livy dies"]["start"] == "1711-01-10T16:45:56+00:00"
    twain = recs["Mark Twain JSON"]
    assert (twain["start"][:10], twain["end"][:10], twain["precision"]) == ("1700-01-05", "1700-06-08", "day")
    assert (twain["place"], twain["lat"], twain["lon"]) == ("Florida, Missouri", 39.491711, -91.79326)
    assert twain["summary"].startswith("Samuel Langhorne Clemens (November 30, 1835 – April 21, 1910)")
    assert twain["attrs"]["type"] == "overview" and twain["attrs"]["location_zoom"] == 12


def test_timelinejs_written_by_a_jira_exporter(tmp_path):
    """AtlTimelinesMoo (Perl) writes a Jira issue's history as ``var timeline_json =``
    with keys in any order (end_date before start_date), ``start_datetime: null``, CSS
    colour names as backgrounds, ``<br>`` between lines and a title slide that is only a
    linked headline: the source's name."""
    path = REAL / "timelinejs-jira-generated-perl.js"
    recs = sorted(load(tmp_path / "j.db", [path]).values(), key=lambda r: (r["start"], r["title"]))
    assert len(recs) == 9 and {r["source"] for r in recs} == {"MW-1646: Documentation for how to use cpprove"}
    first = recs[0]
    assert (first["title"], first["start"], first["end"]) == (
        "Assignee: George Baugh",
        "2015-11-10T13:03:00+00:00",
        "2015-11-10T13:05:00+00:00",  # the end minute, inclusive
    )
    assert first["kind"] == "assignee" and first["attrs"]["background_color"] == "seagreen"
    comment = next(r for r in recs if r["title"] == "Comment added by George Baugh")
    assert comment["summary"].splitlines()[-1] == "All updated to reflect current reality."
    assert len(comment["summary"].splitlines()) == 6 and "start_datetime" not in comment["attrs"]


def test_timelinejs_as_a_javascript_module_object_literal(tmp_path):
    """A site's TimelineJS data as a JavaScript module: a comment, ``export const
    TIMELINE_DATA = {...};``, names without quotes beside quoted ones, a title slide
    with media. It was refused as "JavaScript, not JSON" (the browser runs it and
    TimelineJS shows it); now each slide is an event, on its line of the file."""
    path = REAL / "timelinejs-js-export-const-object-literal.js"
    assert formats.detect(path) == "timelinejs"
    pairs = list(formats.read(path))
    assert [w.rsplit(":", 1)[1] for w, _ in pairs] == ["3", "14", "21", "28", "35", "42"]
    recs = {r["title"]: r for r in load(tmp_path / "m.db", [path]).values()}
    assert list(recs)[0] == "Inside the AGI revolution 2022 - 2024" and len(recs) == 6
    title = recs["Inside the AGI revolution 2022 - 2024"]
    assert title["attrs"]["timelinejs"] == "title" and title["attrs"]["media_caption"] == "TIME 100 AI 2023 Cover"
    assert [(r["start"][:10], r["precision"]) for t, r in recs.items() if t != title["title"]] == [
        ("2022-11-30", "day"),
        ("2023-02-17", "day"),
        ("2023-02-24", "day"),
        ("2023-03-22", "day"),  # "day" in quotes, month and year not
        ("2024-12-20", "day"),
    ]
    assert recs["FLI letter"]["summary"] == 'Future of Life Institute puts out "Pause Giant AI Experiments"'
    assert {r["source"] for r in recs.values()} == {"Inside the AGI revolution 2022 - 2024"}


@pytest.mark.parametrize(
    "change,line,said",
    [
        (('headline: "FLI letter"', 'headline: "FLI " + "letter"'), 38, "strings joined with '+' (column 34)"),
        (
            ('headline: "FLI letter"', 'headline: createLink("https://futureoflife.org", "FLI letter")'),
            38,
            "a function call, createLink(...) (column 27)",
        ),
        (('headline: "FLI letter"', "headline: TITLES.fli"), 38, "a variable, TITLES.fli (column 27)"),
        (('year: "2024"', "year: 2024 month"), 43, 'broken JavaScript object: Unexpected "m" (column 38)'),
    ],
)
def test_javascript_that_computes_timelinejs_data_is_refused_on_its_line(tmp_path, change, line, said):
    """What a script's object computes (strings joined with +, a function's result, a
    variable) dateline cannot know, and a broken object it cannot read: refused in one
    line, on the line of the file, naming it, not as broken JSON."""
    text = (REAL / "timelinejs-js-export-const-object-literal.js").read_text(encoding="utf-8")
    path = tmp_path / "data.js"
    path.write_text(text.replace(*change), encoding="utf-8")
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and "JSON.parse" not in result.stderr
    message = error_line(result)
    assert message.startswith(f"Error: {path}:{line}: ")
    assert said in message
    if "broken" not in said:
        assert "JSON.stringify(TIMELINE_DATA) in a browser's console writes it as JSON" in message


def test_a_javascript_module_whose_events_name_a_variable_is_refused_on_its_line(tmp_path):
    """The same site's module a few days later names two objects, its categories and
    then the timeline, whose events name a category by a variable (``category:
    CATEGORIES.CULTURE``), which only running the script gives: the timeline's object is
    the one read (it names ``events``), and refused once, on the variable's line, saying
    how to write the data as JSON; nothing imported."""
    path = REFUSED / "timelinejs-js-module-two-objects-variables.js"
    assert formats.detect(path) == "timelinejs"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and "JSON.parse" not in result.stderr
    message = error_line(result)
    assert message == (
        f"Error: {path}:30: JavaScript that computes the data: a variable, CATEGORIES.CULTURE (column 23); dateline "
        "reads a script's object only when it is written out: JSON.stringify(TIMELINE_DATA) in a browser's console "
        "writes it as JSON"
    )
    assert not (tmp_path / "a.db").exists()


def test_timelinejs2_inside_a_function_with_createstoryjs_after_it(tmp_path):
    """A personal site's TimelineJS2 page script: the data is a variable inside a
    function (``var initTimeline = function () { var timelineContent = {...}``), then
    ``createStoryJS({type: 'timeline', source: timelineContent, ...})``, whose options
    are an object literal. It was taken for a CSV ("its columns: var initTimeline =
    function () {"); now the object that names the timeline is read, the code around it
    passed over."""
    path = REAL / "timelinejs2-js-function-createstoryjs.js"
    assert formats.detect(path) == "timelinejs"
    assert [w.rsplit(":", 1)[1] for w, _ in formats.read(path)] == ["3", "15", "28"]
    recs = {r["title"]: r for r in load(tmp_path / "p.db", [path]).values()}
    title = recs["Philuren: Coffe drinkers, software tinkers"]  # "Philuren: <br> Coffe drinkers..."
    assert title["attrs"]["timelinejs"] == "title" and title["link"] == "http://sprinkle.se"
    sony = recs["Sony Mobile Reaearch, Advanced Enabler Lab"]
    assert (sony["start"][:10], sony["end"][:10], sony["kind"]) == ("2012-06-10", "2013-02-02", "phifflarn")
    assert recs["Camera Based Gesture Detection For Android Devices"]["attrs"]["classname"] == "thesis"


def test_timelinejs2_in_a_document_ready_handler_after_an_options_object(tmp_path):
    """A site's script: ``$(document).ready(function () { var option = {...}; var data =
    {"timeline": ...} })``: an object literal of options first (no timeline in it), then
    the TimelineJS2 document. It was taken for a CSV; the object that names the
    timeline is the one read, on its lines of the file."""
    path = REAL / "timelinejs2-js-document-ready-options-first.js"
    assert formats.detect(path) == "timelinejs"
    assert [w.rsplit(":", 1)[1] for w, _ in formats.read(path)] == ["14", "24", "35"]
    recs = {r["title"]: r for r in load(tmp_path / "r.db", [path]).values()}
    assert [(t, r["start"][:10]) for t, r in recs.items()] == [
        ("30 Technologies in 30 Days -- By Shekhar Gulati", "2013-10-29"),
        ("Day 1: Bower--Manage Your Client Side Dependencies", "2013-10-29"),
        ("Day 2: AngularJS--Getting My Head Around AngularJS", "2013-10-30"),
    ]
    assert recs["Day 2: AngularJS--Getting My Head Around AngularJS"]["link"].endswith("angularjs-from-30k-feet.png")


def test_timesketch_timestamps_off_by_the_writers_local_time(tmp_path):
    """osint_to_timesketch writes the datetime as VirusTotal gives it (UTC) and the
    timestamp in milliseconds through time.mktime, in the machine's local time: an hour
    off in winter, two in summer. Timesketch keeps the datetime; so does dateline."""
    recs = sorted(
        load(tmp_path / "o.db", [REAL / "timesketch-osint-vt-ms-timestamps-local.csv"]).values(),
        key=lambda r: r["start"],
    )
    assert [r["start"] for r in recs] == [
        "2017-05-19T00:00:00+00:00",
        "2018-12-12T07:34:41+00:00",
        "2018-12-17T07:35:51+00:00",
    ]
    assert recs[1]["kind"] == "VT_Domain_to_ip" and recs[1]["attrs"] == {
        "attribution": "APT0815",
        "report": "http://anyurl.com",
    }


def test_timesketch_artemis_fsevents_lists_and_an_unset_time(tmp_path):
    """Artemis's timeline without metadata: one FsEvents record as four lines (one per
    timestamp_desc), a JSON list in ``flags``, integers, Artemis's ``source`` (the file
    read: an attribute, not the event's source) and 1970-01-01, the source's creation
    time it could not tell (Timesketch keeps it too)."""
    path = REAL / "timesketch-artemis-fsevents-no-metadata.jsonl"
    recs = {r["kind"]: r for r in load(tmp_path / "a.db", [path]).values()}
    assert sorted(recs) == ["Source Accessed", "Source Changed", "Source Created", "Source Modified"]
    created = recs["Source Created"]
    assert created["start"] == "1970-01-01T00:00:00+00:00" and created["title"] == "/Volumes/Preboot"
    assert created["attrs"]["flags"] == ["Removed", "IsDirectory", "Mount", "Unmount"]
    assert created["attrs"]["event_id"] == 163140 and created["attrs"]["source"].endswith("/0000000000027d79")
    assert created["source"] == path.name


def test_plaso_psort_of_an_ntfs_image(tmp_path):
    """psort's dynamic CSV of the M57 "charlie" USB image: a T in the datetime, the pe,
    mft, olecf and usnjrnl parsers, a PE compile time of 1992, two spaces inside a USN
    message (the summary keeps them, the title is one line)."""
    recs = {
        r["attrs"]["parser"]: r
        for r in load(tmp_path / "p.db", [REAL / "timesketch-plaso-psort-ntfs-m57.csv"]).values()
    }
    assert sorted(recs) == ["mft", "olecf/olecf_default", "pe", "usnjrnl"]
    assert recs["pe"]["start"] == "1992-06-19T22:22:17+00:00" and "timestamp" not in recs["pe"]["attrs"]
    assert recs["mft"]["attrs"]["timestamp"] == 1257741841886934
    usn = recs["usnjrnl"]
    assert "Update source:  Update reason: USN_REASON_FILE_CREATE" in usn["summary"]
    assert (
        usn["title"] == " ".join(usn["summary"].split()) and usn["attrs"]["display_name"] == "TSK:/$Extend/$UsnJrnl:$J"
    )


def test_csv_whose_lines_end_in_a_carriage_return_alone(tmp_path):
    """Excel for Mac's "CSV (Macintosh)" (and old Mac editors) end lines with a bare
    carriage return; a line break inside a cell stays a line feed. Such a file was one
    long line, refused with Python's "new-line character seen in unquoted field"; now its
    lines are read where they end."""
    text = (REAL / "acled-2015-asia-month-names.csv").read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert any("\n" in cell for row in rows for cell in row)  # notes over several lines
    out = io.StringIO()
    csv.writer(out, lineterminator="\r").writerows(rows)
    path = tmp_path / "acled-mac.csv"
    path.write_bytes(out.getvalue().encode("utf-8"))
    assert formats.detect(path) == "acled"
    assert load(tmp_path / "m.db", [path]) == load(tmp_path / "o.db", [REAL / "acled-2015-asia-month-names.csv"])
    # a real file of another timeline tool so written: refused naming its columns, not as broken
    refused = REFUSED / "timelinesetter-csv-cr-line-ends.csv"
    result = run("--db", tmp_path / "t.db", "import", refused)
    assert result.exit_code == 1 and "Traceback" not in result.output and "new-line character" not in result.stderr
    assert f"{refused}:1: no 'title' column" in result.stderr and "its columns: date, link, html" in result.stderr


@pytest.mark.parametrize(
    "written,why",
    [
        ("0000-00-00T00:00:00.000000+00:00", "a time not set"),
        ("Invalid", "a time it could not read"),  # psort --dynamic-time, as Plaso's own test expects it
        ("Not set", "a time not set"),
        ("Never", "a time that is never"),
    ],
)
def test_plaso_datetimes_that_are_no_time_are_bad_rows_that_say_so(written, why):
    """psort writes "0000-00-00T00:00:00.000000+00:00" for a time not set, and with
    --dynamic-time dfdatetime's semantic times ("Invalid", "Not set", "Never"), which
    Timesketch drops: a bad row saying so, not "ISO 8601 expected"."""
    row = {"datetime": written, "timestamp_desc": "Expiration Time", "message": "m", "parser": "winreg"}
    err = ts.row_to_record(row, "s", ts.UniqueIds())
    assert str(err) == f"datetime '{written}' is no date (Plaso writes it for {why}; Timesketch drops the row)"


@pytest.mark.parametrize("sep", ["|", ";", "\t"])
def test_acled_saved_with_another_separator(tmp_path, sep):
    """ACLED's notes are full of commas, so users save it separated by pipes (pandas'
    sep="|"), semicolons or tabs. The ACLED reader told its separator among comma,
    semicolon and tab only: a pipe file was read as comma-separated and refused at line 3
    for "missing event_date"; it now reads the separator as every reader does."""
    original = REAL / "acled-export-2024.csv"
    rows = list(csv.reader(io.StringIO(original.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, delimiter=sep, lineterminator="\n").writerows(rows)
    path = tmp_path / "acled.csv"
    path.write_text(("(ACLED export)\n" if sep == "|" else "") + out.getvalue(), encoding="utf-8")
    assert formats.detect(path) == "acled"
    assert load(tmp_path / "s.db", [path]) == load(tmp_path / "o.db", [original])


def test_windows_1252_file_whose_only_other_letter_is_a_no_break_space(tmp_path):
    """The ACLED API rows saved by pandas, then by Excel on Windows (Windows-1252): their
    only byte beyond ASCII is a no-break space (0xA0). charset-normalizer's language score
    named a DOS code page, cp775, which reads it as "Ā": Windows-1252, which reads the
    file with less mess, is preferred."""
    original = REAL / "acled-api-2016-lowercase.csv"
    text = original.read_text(encoding="utf-8-sig")
    assert {c for c in text if ord(c) > 127} == {"\xa0"}
    path = tmp_path / "acled-1252.csv"
    path.write_bytes(text.encode("cp1252"))
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 0 and "read as windows-1252" in result.stderr
    assert load(tmp_path / "b.db", [path]) == load(tmp_path / "c.db", [original])


@pytest.mark.parametrize(
    "name",
    [
        "samples/timesketch-sigma-events.csv",
        "real/acled-export-2024.csv",
        "real/timelinejs-sheet-women-in-computing.csv",
    ],
)
def test_csv_written_by_windows_powershell_export_csv(tmp_path, name):
    """Windows PowerShell's Export-Csv (and ConvertTo-Csv) writes "#TYPE
    System.Management.Automation.PSCustomObject" above the header unless told
    -NoTypeInformation, every cell quoted, CRLF; -UseCulture on a German system separates
    with semicolons. The type line was taken for a header of one column ("4 fields but the
    header names 1"); it is passed over, and the file imports as the original does."""
    original = DATA / name
    rows = list(csv.reader(io.StringIO(original.read_text(encoding="utf-8-sig"))))
    for sep in (",", ";"):
        out = io.StringIO()
        out.write("#TYPE System.Management.Automation.PSCustomObject\r\n")
        csv.writer(out, delimiter=sep, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
        path = tmp_path / f"ps{sep == ';'}.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        assert formats.detect(path) == formats.detect(original)
        got = load(tmp_path / f"p{sep == ';'}.db", [path])
        want = load(tmp_path / "o.db", [original])
        if formats.detect(original) == "timesketch":  # ids made from the file name and the row
            assert sorted(r["start"] for r in got.values()) == sorted(r["start"] for r in want.values())
            assert sorted(r["title"] for r in got.values()) == sorted(r["title"] for r in want.values())
        else:
            assert got == want


def test_json_lines_written_otherwise_are_refused_saying_how(tmp_path):
    """Two ways a "JSON Lines" file comes out otherwise: objects over several lines each
    (jq '.[]' without -c, json.dump with indent), refused at its "{" for "Expecting
    property name"; and the objects of an array without its brackets, a comma ending each
    line, refused for "Extra data". Timesketch refuses both; so does dateline, saying how
    to write the file."""
    rows = [
        json.loads(line)
        for line in (REAL / "timesketch-sigma-events.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    pretty = tmp_path / "pretty.jsonl"
    pretty.write_text("\n" + "".join(json.dumps(r, indent=2) + "\n" for r in rows), encoding="utf-8")
    result = run("--db", tmp_path / "a.db", "import", pretty)
    assert result.exit_code == 1 and "Expecting property name" not in result.stderr
    assert f"{pretty}:2: a JSON object over several lines, not JSON Lines (one object a line" in result.stderr
    assert "jq -c . FILE writes it so" in result.stderr
    commas = tmp_path / "commas.jsonl"
    commas.write_text("".join(json.dumps(r) + ",\n" for r in rows), encoding="utf-8")
    result = run("--db", tmp_path / "b.db", "import", commas)
    assert result.exit_code == 1 and "Extra data" not in result.stderr
    assert f"{commas}:1: a comma after the object" in result.stderr and "remove the commas" in result.stderr
    fixed = tmp_path / "fixed.jsonl"
    fixed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert len(load(tmp_path / "c.db", [fixed])) == len(rows)


def test_timelinejs_as_a_javascript_object_literal_imports_as_the_browser_reads_it(tmp_path):
    """A page's script may hand TimelineJS an object literal (``var data = {events:
    [...]}``: names without quotes, strings in single quotes, trailing commas, comments),
    which the browser runs and TimelineJS shows. It was refused as "JavaScript, not
    JSON"; now it imports as the same document written as JSON does, each event on its
    own line of the file."""
    real = (REAL / "timelinejs-jira-generated-perl.js").read_text(encoding="utf-8")
    literal = re.sub(r'"(\w+)" :', r"\1:", real)  # the same document with its names unquoted
    literal = literal.replace('"Assignee: George Baugh"', "'Assignee: George Baugh'")
    literal = "// Jira's history of MW-1646\n" + literal.replace("\n      }\n   ]", "\n      },  // the last\n   ]")
    assert literal.count("\n") == real.count("\n") + 1
    path = tmp_path / "data.js"
    path.write_text(literal, encoding="utf-8")
    assert formats.detect(path) == "timelinejs"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 0, result.output
    as_json = [(int(w.rsplit(":", 1)[1]) + 1, r) for w, r in formats.read(REAL / "timelinejs-jira-generated-perl.js")]
    as_literal = [(int(w.rsplit(":", 1)[1]), r) for w, r in formats.read(path)]
    assert as_literal == as_json and len(as_literal) == 9


def test_a_json_file_with_javascript_in_it_is_refused_saying_timelinejs_refuses_it_too(tmp_path):
    """A .json file (no script around its object) is read as TimelineJS reads it, with
    the browser's JSON.parse: names without quotes or strings in single quotes are
    refused, on their line, saying so (it was taken for JSON Lines when its names had
    no quotes)."""
    real = tljs.unwrap_jsonp((REAL / "timelinejs-jira-generated-perl.js").read_text(encoding="utf-8")).lstrip()
    path = tmp_path / "data.json"
    path.write_text(re.sub(r'"(\w+)" :', r"\1:", real), encoding="utf-8")
    assert formats.detect(path) == "timelinejs"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and "JSON Lines" not in result.stderr
    assert f"{path}:2: JavaScript, not JSON: the name 'title' has no quotes (column 4)" in result.stderr
    assert "the browser's JSON.parse, which refuses it too" in result.stderr
    quoted = tmp_path / "single.json"
    quoted.write_text(real.replace('"Assignee: George Baugh"', "'Assignee: George Baugh'"), encoding="utf-8")
    result = run("--db", tmp_path / "b.db", "import", quoted)
    assert "JavaScript, not JSON: a string in single quotes" in result.stderr


def test_timelinejs_rows_labelled_by_slides_with_a_hidden_date(tmp_path):
    """A Hundred Years' War timeline: one group a row (kings of England and of France,
    notables, events), each row labelled by a slide dated 900 whose display_date "."
    hides the date (kept as written, not shown as the date's words: "When: ." said
    nothing); an era with a day-precise end; local media paths."""
    recs = list(load(tmp_path / "h.db", [REAL / "timelinejs-hundred-years-war-groups.json"]).values())
    labels = [r for r in recs if r["attrs"].get("display_date") == "."]
    assert len(labels) == 5 and all(r["start"].startswith("0900-01-01") for r in labels)
    assert all(r["date_text"] is None for r in labels)
    assert {r["kind"] for r in labels} == {
        "Kings of England",
        "Kings of France",
        "Notable of England",
        "Notable of France",
        "Events",
    }
    orleans = next(r for r in recs if r["title"] == "Siege of Orléans")
    assert (orleans["start"][:10], orleans["end"][:10]) == ("1428-10-12", "1429-05-09")
    assert orleans["attrs"]["media_url"] == "./media/Events/1428-10-12_Siege_of_Orleans.jpg"
    (era,) = [r for r in recs if r["attrs"].get("timelinejs") == "era"]
    assert era["end"].startswith("1453-07-18") and era["attrs"]["end_precision"] == "day"


def test_an_events_list_of_another_program_is_refused_once(tmp_path):
    """A school project's timeline.json has an "events" list, of its own objects (unit,
    name, begin, end: years BC as negative numbers), which TimelineJS cannot show either:
    refused once naming their fields, not once an event for a missing start_date.year."""
    path = REFUSED / "timelinejs-lookalike-events-without-slides.json"
    assert formats.detect(path) == "timelinejs"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and result.stderr.count("start_date") == 1
    skipped = run("--db", tmp_path / "b.db", "import", "--skip-bad", path)
    assert skipped.exit_code == 1 and "nothing imported: the file was refused; the store is as it was" in skipped.stderr
    assert (
        f"{path}:1: not a TimelineJS file: its events have no start_date or text "
        "(their fields: unit, name, type, begin, end, region, shift, description, …)"
    ) in result.stderr


def test_windows_1252_file_a_dos_code_page_would_read_otherwise(tmp_path):
    """The Hundred Years' War timeline saved in Windows-1252 (é, è, ê, –):
    charset-normalizer's language score put DOS's cp850 first, which reads "Orléans" as
    "OrlÚans"; Windows-1252 reads it with no more mess, and no spreadsheet or export
    writes a DOS code page: it is preferred."""
    original = REAL / "timelinejs-hundred-years-war-groups.json"
    path = tmp_path / "hyw-1252.json"
    path.write_bytes(original.read_text(encoding="utf-8").encode("cp1252"))
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 0 and "read as windows-1252" in result.stderr
    titles = {r["title"] for r in load(tmp_path / "b.db", [path]).values()}
    assert "Siege of Orléans" in titles and not any("Ú" in t for t in titles)


def test_acled_saved_by_excel_for_mac_as_csv_macintosh(tmp_path):
    """Excel for Mac's "CSV (Macintosh)": Mac OS Roman, lines ending in a bare carriage
    return. charset-normalizer knows no Mac OS Roman and named Windows-1250 ("People’s"
    became "PeopleŐs"); a file whose lines end so is read as Mac OS Roman."""
    original = REAL / "acled-2016-africa-cp1252.csv"
    rows = list(csv.reader(io.StringIO(original.read_bytes().decode("cp1252"))))
    out = io.StringIO()
    csv.writer(out, lineterminator="\r").writerows(rows)
    path = tmp_path / "acled-mac.csv"
    path.write_bytes(out.getvalue().encode("mac_roman"))
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 0 and "read as Mac OS Roman" in result.stderr
    assert load(tmp_path / "b.db", [path]) == load(tmp_path / "c.db", [original])
