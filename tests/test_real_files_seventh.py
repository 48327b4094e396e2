"""Real files of the seventh pass (tests/data/real and refused, their sources in
tests/data/README.md): what a user gets from each, beyond importing whole and
round-tripping (tests/test_real_files.py does that for every file in the folder)."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.db import formats
from dateline.db.formats import timesketch as ts
from test_real_files_tools import REAL, REFUSED, export, load, run  # the earlier passes' helpers

# --------------------------------------------------------------------------- Timesketch


def test_timesketch_cli_search_jsonl_keeps_the_microseconds_of_its_timestamp(tmp_path):
    """`timesketch search --output-format jsonl` (pandas's to_json) writes the datetime as
    epoch **milliseconds**; the timestamp beside it keeps the microseconds, which tell
    apart two events of the same millisecond: they were cut to the millisecond."""
    path = REAL / "timesketch-cli-search-jsonl-epoch-ms.jsonl"
    assert formats.detect(path) == "timesketch"
    recs = load(tmp_path / "t.db", path)
    assert len(recs) == 5
    stamps = sorted(r["attrs"]["timestamp"] for r in recs)
    assert stamps == [1331698658276340] * 2 + [1331698663354562] * 2 + [1331698663354563]
    assert {r["start"] for r in recs} == {"2012-03-14T04:17:38+00:00", "2012-03-14T04:17:43+00:00"}
    assert all("datetime" not in r["attrs"] for r in recs)
    out = export(tmp_path / "t.db", "timesketch", tmp_path / "out.jsonl")
    assert "2012-03-14T04:17:43.354563+00:00" in out.read_text(encoding="utf-8")


def test_a_number_in_datetime_takes_the_timestamp_in_its_own_unit_only():
    """A datetime in seconds or milliseconds is refined by a timestamp in that same second
    or millisecond, as a datetime written to the second is; not by one outside it."""
    ms = 1331698663354
    assert ts._moment({"datetime": ms, "timestamp": 1331698663354563})[1] == 1331698663354563
    assert ts._moment({"datetime": str(ms), "timestamp": "1331698663354563"})[1] == 1331698663354563
    assert ts._moment({"datetime": ms, "timestamp": 1331698663355000})[1] == ms * 1000  # another ms
    assert ts._moment({"datetime": 1331698663, "timestamp": 1331698663354563})[1] == 1331698663354563
    assert ts._moment({"datetime": 1331698663, "timestamp": 123456789})[1] == 1331698663_000000
    assert ts._moment({"datetime": 1331698663354563, "timestamp": 1331698663354999})[1] == 1331698663354563
    assert ts._moment({"datetime": 1331698663.5, "timestamp": 1331698663900000})[1] == 1331698663_500000


# --------------------------------------------------------------------------- ACLED


def test_acled_aggregated_weeks_with_the_counts_cut_away_are_refused(tmp_path):
    """ACLED's aggregated data cut to five columns (WEEK renamed event_date, the centroid
    as latitude/longitude, EVENTS gone): every date a Saturday, where ACLED's weeks begin.
    Was imported as one event a row on that Saturday (13,584 of them); now refused as
    counts, not events, the store unchanged."""
    path = REFUSED / "acled-aggregated-weeks-renamed-no-counts.csv"
    assert formats.detect(path) == "acled"
    db = tmp_path / "a.db"
    result = run("--db", db, "import", path)
    assert result.exit_code == 1
    assert f"{path}:1: every event_date is a Saturday (12 weeks), as ACLED's weeks begin" in result.stderr
    assert "ACLED's aggregated data (events counted by week and region), not events" in result.stderr
    assert not db.exists()
    skipped = run("--db", db, "import", "--skip-bad", path)
    assert skipped.exit_code == 1 and "nothing imported: the file was refused; the store is as it was" in skipped.output
    assert not db.exists()


def test_an_extract_of_events_on_other_days_or_few_weeks_still_imports(tmp_path):
    """Only an extract without ids whose dates are all Saturdays, eight weeks or more, is
    taken for weeks: events on other days, or a few Saturdays, are events."""
    header = "event_date,latitude,longitude,fatalities,event_type\n"
    saturdays = [f"2018-{m:02d}-{d:02d}" for m, d in [(3, 3), (4, 7), (4, 21), (5, 5), (5, 12), (9, 1), (9, 22)]]
    few = tmp_path / "few.csv"
    few.write_text(header + "".join(f"{d},40.4,44.2,0,Protests\n" for d in saturdays))
    assert len(load(tmp_path / "f.db", few)) == 7
    mixed = tmp_path / "mixed.csv"
    days = [*saturdays, "2018-12-22", "2019-03-16", "2019-03-17"]  # a Sunday among them
    mixed.write_text(header + "".join(f"{d},40.4,44.2,0,Protests\n" for d in days))
    assert len(load(tmp_path / "m.db", mixed)) == 10
    ided = tmp_path / "ided.csv"  # with ACLED's ids: events, whatever their days
    ided.write_text(
        "event_id_cnty," + header + "".join(f"ARM{i},{d},40.4,44.2,0,Protests\n" for i, d in enumerate(days[:9]))
    )
    assert len(load(tmp_path / "i.db", ided)) == 9


# --------------------------------------------------------------------------- TimelineJS

SHEET_HEADER = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
    "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
)


def export_again(tmp_path: Path, db_path: Path) -> tuple[dict, list[dict]]:
    out = export(db_path, "timelinejs", tmp_path / "again.json")
    return json.loads(out.read_text(encoding="utf-8")), load(tmp_path / "again.db", out)


def test_timelinejs2_dates_own_fields_are_kept_and_written_back(tmp_path):
    """A site's TimelineJS2 dates carry fields of their own (`id`, the article's `url`),
    which TimelineJS passes over: they were lost on import; now kept as attributes, and
    written back into the slides of an export, which import again the same."""
    path = REAL / "timelinejs2-js-document-ready-options-first.js"
    recs = {r["title"]: r for r in load(tmp_path / "t.db", path)}
    day1 = next(r for t, r in recs.items() if "Day 1" in t)
    assert day1["attrs"]["url"] == "https://www.openshift.com/blogs/day-1-bower-manage-your-client-side-dependencies"
    assert day1["attrs"]["id"] == "528cb57de4b015e760ed06be"
    doc, again = export_again(tmp_path, tmp_path / "t.db")
    slide = next(s for s in doc["events"] if "Day 1" in s["text"]["headline"])
    assert slide["url"] == day1["attrs"]["url"] and slide["id"] == day1["attrs"]["id"]
    assert {r["id"]: r["attrs"] for r in again} == {r["id"]: r["attrs"] for r in recs.values()}


def test_timelinejs_sheet_columns_beyond_the_template_are_kept(tmp_path):
    """A newsroom's sheet with columns of its own after the template's (a source, a place):
    TimelineJS shows none of them, and they were dropped; now kept under their names, the
    event's id unchanged (made without them, as before), an era's too."""
    path = tmp_path / "sheet.csv"
    path.write_text(
        SHEET_HEADER + ",Fuente,Lugar\n"
        ",,,,,,,,,Cronología,Introducción,,,,,title,,,,\n"
        "2019,10,18,,,,,,18 de octubre,Estallido social,Protestas,,,,,,Chile,,https://example.org/a,Santiago\n"
        "2019,10,18,,2020,3,18,,,Meses de protestas,,,,,,era,,,,Chile\n",
        encoding="utf-8",
    )
    recs = {r["title"]: r for r in load(tmp_path / "s.db", path)}
    event, era = recs["Estallido social"], recs["Meses de protestas"]
    assert event["attrs"]["Fuente"] == "https://example.org/a" and event["attrs"]["Lugar"] == "Santiago"
    assert era["attrs"]["Lugar"] == "Chile" and "Fuente" not in era["attrs"]
    plain = tmp_path / "plain.csv"  # the same rows without the columns: the same ids
    plain.write_text(
        SHEET_HEADER + "\n,,,,,,,,,Cronología,Introducción,,,,,title,,,\n"
        "2019,10,18,,,,,,18 de octubre,Estallido social,Protestas,,,,,,Chile,\n"
        "2019,10,18,,2020,3,18,,,Meses de protestas,,,,,,era,,\n",
        encoding="utf-8",
    )
    assert {r["id"] for r in load(tmp_path / "p.db", plain)} == {r["id"] for r in recs.values()}
    doc, again = export_again(tmp_path, tmp_path / "s.db")
    assert doc["eras"][0]["Lugar"] == "Chile"
    assert {r["id"]: r["attrs"] for r in again} == {r["id"]: r["attrs"] for r in recs.values()}


def test_a_slide_field_named_as_dateline_s_own_attribute_does_not_replace_it(tmp_path):
    """A JSON slide's own fields are kept, but not under a name the import gives a
    meaning (``timelinejs``, ``media_url``...): the slide's role and media stay."""
    path = tmp_path / "t.json"
    path.write_text(
        json.dumps(
            {
                "events": [
                    {
                        "start_date": {"year": 2001},
                        "text": {"headline": "A"},
                        "media": {"url": "img/a.jpg"},
                        "timelinejs": "title",
                        "media_url": "x",
                        "note": "kept",
                        "flag": True,
                        "nested": {"a": 1},
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    (rec,) = load(tmp_path / "t.db", path)
    assert rec["attrs"] == {  # an object of the slide's own is kept too (the eleventh pass: a program's coords)
        "media_url": "img/a.jpg",
        "note": "kept",
        "nested": {"a": 1},
        "timelinejs_fields": ["note", "nested"],
    }


# --------------------------------------------------------------------------- archives


def test_a_zip_of_an_export_is_refused_naming_the_file_to_import(tmp_path):
    """Timesketch's exports (a sketch's, a search's ``to_file``) are ZIPs holding a CSV
    beside their METADATA: was refused as "a spreadsheet workbook (or a zip) ... save it
    as CSV first"; now the archive's files are named, and the one that imports."""
    import zipfile

    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("METADATA", "{}")
        archive.write(REAL / "timesketch-evtx-direct-label.csv", "query_results.csv")
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and not (tmp_path / "a.db").exists()
    assert (
        f"{path}:1: a ZIP archive of METADATA, query_results.csv, not text: "
        "extract it (unzip FILE) and import query_results.csv"
    ) in result.stderr
    book = tmp_path / "book.xlsx"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert (
        "a spreadsheet workbook (or a zip), not text: save it as CSV first"
        in run("--db", tmp_path / "b.db", "import", book).stderr
    )
    images = tmp_path / "media.zip"
    with zipfile.ZipFile(images, "w") as archive:
        archive.writestr("a.jpg", b"\xff\xd8")
    assert (
        "a ZIP archive of a.jpg, none of them a CSV or JSON file"
        in run("--db", tmp_path / "c.db", "import", images).stderr
    )
