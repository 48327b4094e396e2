"""UCDP GED (the Uppsala Conflict Data Program's Georeferenced Event Dataset) imports as
its events: told by its header, its dates read as days however written (midnight
datetimes too), its last day counted (dateline's end is exclusive), the precision by
date_prec, a title an analyst reads, the deaths, sources and ids kept. Real files are in
tests/data/real (ged-*); these rows cover the forms around them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from dateline.db import formats
from importing import refused_import, run

REAL = Path(__file__).resolve().parent / "data" / "real"
HEADER = (
    "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,"
    "dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,"
    "number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,"
    "where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,"
    "region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,"
    "high,low,gwnoa,gwnob"
).split(",")
ROW = {
    "id": "544431",
    "relid": "UKR-2023-1-14341-36",
    "year": "2023",
    "active_year": "1",
    "code_status": "Clear",
    "type_of_violence": "1",
    "conflict_name": "Russia - Ukraine",
    "dyad_name": "Government of Russia (Soviet Union) - Government of Ukraine",
    "side_a": "Government of Russia (Soviet Union)",
    "side_b": "Government of Ukraine",
    "number_of_sources": "2",
    "source_article": "Ukrainska Pravda,2023-03-04,Shelling of Kherson;Reuters,2023-03-04,Kherson shelled",
    "source_office": "Ukrainska Pravda;Reuters",
    "source_date": "2023-03-04;2023-03-04",
    "source_headline": "Shelling of Kherson;Kherson shelled",
    "where_prec": "1",
    "where_coordinates": "Kherson city",
    "where_description": "Kherson city, Korabelnyi district",
    "adm_1": "Kherson oblast",
    "latitude": "46.635417",
    "longitude": "32.616867",
    "country": "Ukraine",
    "region": "Europe",
    "event_clarity": "1",
    "date_prec": "1",
    "date_start": "2023-03-04 00:00:00.000",
    "date_end": "2023-03-04 00:00:00.000",
    "deaths_a": "0",
    "deaths_b": "0",
    "deaths_civilians": "3",
    "deaths_unknown": "0",
    "best": "3",
    "high": "4",
    "low": "3",
}


def ged_file(tmp_path: Path, rows: list[dict], name: str = "GEDEvent_v24_1.csv", delimiter: str = ",") -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=HEADER, delimiter=delimiter, lineterminator="\r\n", restval="")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    path = tmp_path / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def records(path: Path) -> dict[str, dict]:
    pairs = list(formats.read(path))
    bad = [(w, str(r)) for w, r in pairs if isinstance(r, Exception)]
    assert not bad
    return {r["id"]: r for _, r in pairs if isinstance(r, dict)}


def stored(db: Path) -> dict[str, dict]:
    return {
        json.loads(line)["id"]: json.loads(line) for line in run("--db", db, "events", "--json").stdout.splitlines()
    }


def test_ged_is_told_by_its_header_and_imports_without_column(tmp_path):
    path = ged_file(tmp_path, [ROW])
    assert formats.detect(path) == "ged"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 0, result.output
    rec = stored(tmp_path / "a.db")["544431"]
    assert (
        rec["title"]
        == "State-based conflict between Government of Russia (Soviet Union) and Government of Ukraine in Kherson city"
    )
    assert (rec["start"], rec["end"], rec["precision"]) == (
        "2023-03-04T00:00:00+00:00",
        "2023-03-05T00:00:00+00:00",
        "day",
    )
    assert (rec["place"], rec["region"], rec["country"]) == ("Kherson city", "Kherson oblast", "Ukraine")
    assert (rec["lat"], rec["lon"], rec["killed"]) == (46.635417, 32.616867, 3)
    assert rec["actors"] == ["Government of Russia (Soviet Union)", "Government of Ukraine"]
    assert rec["kind"] == "state-based conflict" and rec["source"] == "Ukrainska Pravda;Reuters"
    assert rec["summary"] == "Shelling of Kherson;Kherson shelled"
    attrs = rec["attrs"]
    assert (attrs["low"], attrs["high"], attrs["deaths_civilians"], attrs["deaths_a"]) == ("3", "4", "3", "0")
    assert attrs["source_article"].startswith("Ukrainska Pravda,2023-03-04") and attrs["relid"] == "UKR-2023-1-14341-36"
    assert attrs["where_description"] == "Kherson city, Korabelnyi district" and attrs["date_prec"] == "1"


@pytest.mark.parametrize(
    "start,end,expect_start,expect_end",
    [
        ("2023-03-04 00:00:00.000", "2023-03-04 00:00:00.000", "2023-03-04", "2023-03-05"),  # the download's CSV
        ("2023-03-04", "2023-03-04", "2023-03-04", "2023-03-05"),  # older releases, HDX
        ("2023-03-04 00:00:00", "2023-03-06 00:00:00", "2023-03-04", "2023-03-07"),  # pandas' to_csv
        ("2023-03-04T00:00:00Z", "2023-03-06T00:00:00Z", "2023-03-04", "2023-03-07"),  # the API's JSON, flattened
        ("04/03/2023", "06/03/2023", "2023-03-04", "2023-03-07"),  # a spreadsheet, day first
        ("2023-03-04", "", "2023-03-04", "2023-03-05"),  # no end: the one day
    ],
)
def test_ged_dates_are_days_and_the_last_one_counts(tmp_path, start, end, expect_start, expect_end):
    rec = records(ged_file(tmp_path, [dict(ROW, date_start=start, date_end=end)]))["544431"]
    assert (rec["start"], rec["end"]) == (expect_start, expect_end)


def test_ged_month_first_dates_of_a_spreadsheet_set_to_the_us(tmp_path):
    rows = [
        dict(ROW, id="1", date_start="3/4/2023", date_end="3/4/2023"),
        dict(ROW, id="2", date_start="3/25/2023", date_end="3/26/2023"),  # reads only month first
    ]
    recs = records(ged_file(tmp_path, rows))
    assert (recs["1"]["start"], recs["1"]["end"]) == ("2023-03-04", "2023-03-05")
    assert (recs["2"]["start"], recs["2"]["end"]) == ("2023-03-25", "2023-03-27")


@pytest.mark.parametrize(
    "prec,start,end,precision",
    [
        ("1", "2023-03-04", "2023-03-04", "day"),
        ("1", "2023-03-04", "2023-03-06", "day"),  # three days, each known
        ("2", "2023-03-04", "2023-03-07", "part of week"),
        ("3", "2023-03-06", "2023-03-12", "week"),
        ("4", "2023-03-01", "2023-03-31", "month"),
        ("5", "2023-01-01", "2023-06-30", "year"),
        ("", "2023-03-04", "2023-03-04", "day"),
        ("", "2023-03-04", "2023-03-09", "range"),
    ],
)
def test_ged_precision_by_date_prec_over_the_whole_window(tmp_path, prec, start, end, precision):
    rec = records(ged_file(tmp_path, [dict(ROW, date_prec=prec, date_start=start, date_end=end)]))["544431"]
    assert rec["precision"] == precision
    assert rec["start"] == start
    db = tmp_path / "a.db"
    assert run("--db", db, "import", tmp_path / "GEDEvent_v24_1.csv").exit_code == 0
    got = stored(db)["544431"]
    assert got["precision"] == precision and got["start"].startswith(start)
    last = got["end"][:10]
    assert last > end  # the end is the day after the last, which the window holds


@pytest.mark.parametrize(
    "changes,title",
    [
        (
            {},
            "State-based conflict between Government of Russia (Soviet Union) and Government of Ukraine in Kherson city",
        ),
        (
            {"type_of_violence": "2", "side_a": "Supporters of Awami League", "side_b": "Supporters of BNP"},
            "Non-state conflict between Supporters of Awami League and Supporters of BNP in Kherson city",
        ),
        (
            {"type_of_violence": "3", "side_a": "IS", "side_b": "Civilians"},
            "One-sided violence by IS in Kherson city",
        ),
        (
            {"where_coordinates": ""},
            "State-based conflict between Government of Russia (Soviet Union) and Government of Ukraine in Kherson oblast",
        ),
        (
            {"where_coordinates": "", "adm_1": ""},
            "State-based conflict between Government of Russia (Soviet Union) and Government of Ukraine in Ukraine",
        ),
        ({"side_b": ""}, "State-based conflict by Government of Russia (Soviet Union) in Kherson city"),
        (
            {"side_a": "", "side_b": "", "type_of_violence": ""},
            "Organized violence: Government of Russia (Soviet Union) - Government of Ukraine in Kherson city",
        ),
    ],
)
def test_ged_titles_say_what_between_whom_where(tmp_path, changes, title):
    rec = records(ged_file(tmp_path, [dict(ROW, **changes)]))["544431"]
    assert rec["title"] == title


def test_ged_reimport_of_a_newer_release_updates_by_id(tmp_path):
    db = tmp_path / "a.db"
    first = ged_file(tmp_path, [ROW, dict(ROW, id="544432", where_coordinates="Beryslav town")])
    assert run("--db", db, "import", first).exit_code == 0
    again = run("--db", db, "import", first)
    assert again.exit_code == 0 and "0 new, 0 updated, 2 unchanged" in again.stderr
    newer = ged_file(tmp_path, [dict(ROW, best="5", high="6"), dict(ROW, id="544432")], name="GEDEvent_v25_1.csv")
    result = run("--db", db, "import", newer)
    assert result.exit_code == 0 and "0 new, 2 updated, 0 unchanged" in result.stderr
    recs = stored(db)
    assert recs["544431"]["killed"] == 5 and recs["544431"]["attrs"]["high"] == "6"
    assert recs["544432"]["place"] == "Kherson city"


def test_ged_semicolons_na_cells_and_the_candidate_release(tmp_path):
    """A European spreadsheet's semicolons, R's NA cells, the monthly candidate file's name."""
    row = dict(ROW, deaths_unknown="NA", source_headline="NA", where_description="NA")
    rec = records(ged_file(tmp_path, [row], name="GEDEvent_v25_0_9.csv", delimiter=";"))["544431"]
    assert rec["summary"] is None and "deaths_unknown" not in rec["attrs"]
    assert rec["killed"] == "3" and rec["start"] == "2023-03-04"


@pytest.mark.parametrize(
    "changes,says",
    [
        ({"date_start": ""}, "missing required field 'date_start'"),
        ({"date_start": "sometime in March"}, "cannot read date_start 'sometime in March'"),
        ({"date_end": "2023-03-01"}, "date_end 2023-03-01 is before date_start 2023-03-04"),
        ({"id": "", "relid": ""}, "missing required field 'id'"),
    ],
)
def test_ged_bad_rows_say_which_column(tmp_path, changes, says):
    path = ged_file(tmp_path, [dict(ROW, **changes)])
    line = refused_import(tmp_path / "a.db", path)
    assert line.startswith(f"Error: {path}:2: {says}")


def test_ged_lookalikes_keep_their_formats(tmp_path):
    """dateline's CSV that has GED's columns beside its title is dateline's; ACLED's is ACLED's."""
    own = tmp_path / "own.csv"
    own.write_text("title,start,date_start,date_end,date_prec,type_of_violence\nShelling,2023-03-04,,,,1\n")
    assert formats.detect(own) == "csv"
    assert formats.detect(REAL / "acled-export-2024.csv") == "acled"
    for path in sorted(REAL.glob("ged-*.csv")):
        assert formats.detect(path) == "ged", path


def test_ged_days_are_the_import_zones_days(tmp_path):
    """With --tz, each day of the window is that zone's day, the last one whole."""
    path = ged_file(tmp_path, [dict(ROW, date_prec="2", date_start="2023-03-04", date_end="2023-03-06")])
    db = tmp_path / "a.db"
    assert run("--db", db, "import", "--tz", "Europe/Kyiv", path).exit_code == 0
    rec = stored(db)["544431"]
    assert (rec["start"], rec["end"]) == ("2023-03-04T00:00:00+02:00", "2023-03-07T00:00:00+02:00")


def api_event(**changes) -> dict:
    """ROW as UCDP's API gives an event: numbers as numbers, empty fields null, dates as
    midnight datetimes."""
    numbers = {"id", "year", "active_year", "type_of_violence", "number_of_sources", "where_prec", "event_clarity"}
    numbers |= {"date_prec", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low"}
    event: dict = {k: None for k in HEADER}
    for key, value in dict(ROW, **changes).items():
        event[key] = float(value) if key in ("latitude", "longitude") else int(value) if key in numbers else value
    event["date_start"] = event["date_start"][:10] + "T00:00:00"
    event["date_end"] = event["date_end"][:10] + "T00:00:00"
    return event


@pytest.mark.parametrize("shape", ["api-answer", "list", "json-lines"])
def test_ged_as_ucdps_api_gives_it(tmp_path, shape):
    """UCDP's API answer (``{"TotalCount": …, "Result": [...]}``), a list of its events and
    JSON Lines of them: read as the CSV is, nulls empty, numbers as written."""
    events_ = [api_event(), api_event(id="544432", date_prec="3", date_end="2023-03-10", best="0", high="2")]
    path = tmp_path / ("ged.jsonl" if shape == "json-lines" else "ged.json")
    if shape == "api-answer":
        path.write_text(json.dumps({"TotalCount": 2, "TotalPages": 1, "NextPageUrl": "", "Result": events_}, indent=2))
    elif shape == "list":
        path.write_text(json.dumps(events_))
    else:
        path.write_text("".join(json.dumps(e) + "\n" for e in events_))
    assert formats.detect(path) == "ged"
    db = tmp_path / "a.db"
    result = run("--db", db, "import", path)
    assert result.exit_code == 0 and "2 new" in result.stderr
    recs = stored(db)
    assert recs["544431"]["title"] == (
        "State-based conflict between Government of Russia (Soviet Union) and Government of Ukraine in Kherson city"
    )
    assert (recs["544431"]["end"], recs["544431"]["killed"]) == ("2023-03-05T00:00:00+00:00", 3)
    week = recs["544432"]
    assert (week["end"], week["precision"], week["killed"]) == ("2023-03-11T00:00:00+00:00", "week", 0)
    assert "gwnob" not in week["attrs"] and week["attrs"]["high"] == "2"


@pytest.mark.parametrize("count", [0, "0"])
def test_ged_api_answer_with_no_events_says_the_query_matched_none(tmp_path, count):
    path = tmp_path / "ged.json"
    path.write_text(json.dumps({"TotalCount": count, "TotalPages": 0, "NextPageUrl": "", "Result": []}))
    line = refused_import(tmp_path / "a.db", path)
    assert line.startswith(f"Error: {path}:1: UCDP's API answer with no events ('Result' is an empty list")
    assert "the query matched none" in line and "--column" not in line


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_ged_as_excel_saves_it_byte_order_mark_upper_case_header(tmp_path, delimiter):
    """HDX's real file saved again by a spreadsheet: a byte order mark, the header in
    capitals, another separator: the same events."""
    rows = list(csv.reader(io.StringIO((REAL / "ged-hdx-bangladesh-hxl-hashtags.csv").read_text(encoding="utf-8"))))
    rows[0] = [name.upper() for name in rows[0]]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "conflict_data_bgd.csv"
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    assert formats.detect(path) == "ged"
    recs, same = records(path), records(REAL / "ged-hdx-bangladesh-hxl-hashtags.csv")
    assert recs.keys() == same.keys() and len(recs) == 5
    for event_id, rec in recs.items():
        assert dict(rec, source=None) == dict(same[event_id], source=None), event_id
