"""Real files of the twelfth pass (tests/data/real and refused, their sources in
tests/data/README.md): UCDP GED's files as UCDP and HDX publish them, cloud audit logs
(refused in one line naming what makes a timeline of them), and the error of an import
whose every row is bad, which no longer offers --skip-bad. Each class with several rows,
and the nearby forms that already worked kept as rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dateline.db import formats
from importing import refused_import, run
from test_real_files_tools import REAL, REFUSED, events

ROLLED_BACK = "nothing imported; the store is as it was"
HINT = "(--skip-bad imports the good rows)"

# --------------------------------------------------------------------------- UCDP GED


def by_id(db: Path, *paths: Path) -> dict[str, dict]:
    result = run("--db", db, "import", *paths)
    assert result.exit_code == 0, result.output
    return {r["id"]: r for r in events(db)}


def test_ged_191_as_ucdp_released_it(tmp_path):
    """GED 19.1's CSV (Myanmar and Bangladesh): every date_prec from 1 to 5, a source
    field over two lines, several outlets; each window from its first day to the end of
    its last."""
    recs = by_id(tmp_path / "a.db", REAL / "ged-191-myanmar-bangladesh-dates-prec-1-to-5.csv")
    assert len(recs) == 7
    expect = {
        "73855": ("1989-09-30", "1989-10-01", "day"),
        "209980": ("2015-05-11", "2015-05-13", "part of week"),
        "50157": ("2000-07-01", "2000-07-08", "week"),
        "49230": ("2007-02-01", "2007-03-01", "month"),
        "51025": ("2007-01-01", "2007-05-16", "year"),
    }
    for event_id, (start, end, precision) in expect.items():
        rec = recs[event_id]
        assert (rec["start"][:10], rec["end"][:10], rec["precision"]) == (start, end, precision), event_id
    kokang = recs["209406"]
    assert kokang["title"] == "State-based conflict between Government of Myanmar (Burma) and MNDAA in Laukkaing Town"
    assert (kokang["killed"], kokang["attrs"]["low"], kokang["attrs"]["high"]) == (2, "0", "24")
    assert kokang["source"].startswith("Associated Press Newswires;MRTV English Channel")
    assert "\n" in kokang["attrs"]["source_original"] or kokang["attrs"]["number_of_sources"] == "4"
    assert recs["73855"]["title"] == "One-sided violence by JSS/SB in Rangamati town"
    assert recs["73855"]["attrs"]["deaths_civilians"] == "6" and recs["73855"]["kind"] == "one-sided violence"


def test_ged_country_file_of_hdx_with_hashtags(tmp_path):
    """HDX's Bangladesh file: the HXL row passed over, a three-day window whose clarity is
    2, an event with best 0 and high 1 (no one known killed, one perhaps)."""
    path = REAL / "ged-hdx-bangladesh-hxl-hashtags.csv"
    assert formats.detect(path) == "ged"
    recs = by_id(tmp_path / "a.db", path)
    assert len(recs) == 5
    window = recs["73666"]
    assert (window["start"][:10], window["end"][:10], window["precision"]) == (
        "1991-06-22",
        "1991-06-25",
        "part of week",
    )
    assert window["attrs"]["event_clarity"] == "2" and window["killed"] == 5
    assert (recs["74731"]["killed"], recs["74731"]["attrs"]["high"]) == (0, "1")
    assert recs["72633"]["place"] == "Bangladesh" and recs["72633"]["attrs"]["deaths_unknown"] == "1"
    assert recs["73443"]["title"] == (
        "Non-state conflict between Supporters of Awami League and Supporters of BNP in Dhaka city"
    )


def test_ged_download_layout_with_midnight_datetimes_and_a_newer_release(tmp_path):
    """Today's 49 columns (relid, where_description, dset ids) with midnight datetimes,
    read as days; the same events in GED 19.1's file update them (ids kept)."""
    db = tmp_path / "a.db"
    built = REAL / "ged-built-v25-layout-midnight-datetimes-crlf.csv"
    recs = by_id(db, built)
    assert len(recs) == 4
    rec = recs["209980"]
    assert (rec["start"], rec["end"]) == ("2015-05-11T00:00:00+00:00", "2015-05-13T00:00:00+00:00")
    assert rec["attrs"]["relid"] == "MYA-2015-1-906-1" and rec["attrs"]["code_status"] == "Clear"
    assert rec["attrs"]["where_description"] == "Laukkaing town, Kokang Self-Administered Zone"
    again = run("--db", db, "import", built)
    assert "0 new, 0 updated, 4 unchanged" in again.stderr
    older = run("--db", db, "import", REAL / "ged-191-myanmar-bangladesh-dates-prec-1-to-5.csv")
    assert "3 new, 4 updated, 0 unchanged" in older.stderr  # the four events again, without today's columns


# --------------------------------------------------------------------------- cloud logs

CLOUD = [
    ("plaso-aws-cloudtrail-lookup-events.jsonl", "AWS CloudTrail events (EventTime, EventName, CloudTrailEvent)"),
    ("aws-cloudtrail-s3-log-records.json", "AWS CloudTrail's log (records of eventTime, eventSource, eventName…)"),
    ("plaso-azure-activity-log.jsonl", "Azure activity log records (event_timestamp, operation_name, resource_id…)"),
    ("plaso-gcp-logging.jsonl", "Google Cloud logging entries (logName, timestamp, protoPayload…)"),
    ("gcp-gcloud-logging-read-json-array.json", "Google Cloud logging entries (logName, timestamp, protoPayload…)"),
    ("plaso-microsoft365-audit-log.jsonl", "Microsoft 365 unified audit log records (CreationTime, Operation"),
    (
        "m365-unified-audit-log-search-export.csv",
        "Microsoft 365's unified audit log (CreationDate, Operations, AuditData)",
    ),
]


@pytest.mark.parametrize("name,what", CLOUD, ids=[c[0] for c in CLOUD])
def test_cloud_logs_are_refused_in_one_line_naming_what_makes_a_timeline(tmp_path, name, what):
    path = REFUSED / name
    line = refused_import(tmp_path / "a.db", path)
    assert line.startswith(f"Error: {path}:1: {what}")
    assert "not a timeline" in line and ("psort.py -o json_line" in line or "--column title=" in line)
    assert "no 'title'" not in line  # not the generic hint for another program's table
    assert not (tmp_path / "a.db").exists()


def test_cloud_logs_in_an_array_or_envelope_name_the_jq_line(tmp_path):
    gcp = refused_import(tmp_path / "a.db", REFUSED / "gcp-gcloud-logging-read-json-array.json")
    assert "jq -c '.[]' FILE > FILE.jsonl" in gcp
    trail = refused_import(tmp_path / "a.db", REFUSED / "aws-cloudtrail-s3-log-records.json")
    assert "jq -c '.Records[]' FILE > FILE.jsonl" in trail


@pytest.mark.parametrize(
    "name,columns,count",
    [
        ("plaso-aws-cloudtrail-lookup-events.jsonl", ["title=EventName", "start=EventTime"], 2),
        ("plaso-microsoft365-audit-log.jsonl", ["title=Operation", "start=CreationTime"], 4),
        ("m365-unified-audit-log-search-export.csv", ["title=Operations", "start=CreationDate"], 4),
    ],
)
def test_the_column_mapping_a_cloud_log_refusal_names_imports_it(tmp_path, name, columns, count):
    args = [a for c in columns for a in ("--column", c)]
    result = run("--db", tmp_path / "a.db", "import", REFUSED / name, *args, "--tz", "UTC")
    assert result.exit_code == 0, result.output
    assert f"{count} new" in result.stderr


def test_cloud_trail_records_as_json_lines_import_with_the_named_columns(tmp_path):
    """What the refusal of CloudTrail's Records says to do, done: its records as JSON
    Lines, then --column."""
    doc = json.loads((REFUSED / "aws-cloudtrail-s3-log-records.json").read_text())
    lines = tmp_path / "trail.jsonl"
    lines.write_text("".join(json.dumps(r) + "\n" for r in doc["Records"]))
    line = refused_import(tmp_path / "a.db", lines)
    assert "import it with --column title=eventName --column start=eventTime" in line and "jq" not in line
    result = run(
        "--db", tmp_path / "a.db", "import", lines, "--column", "title=eventName", "--column", "start=eventTime"
    )
    assert result.exit_code == 0 and "2 new" in result.stderr
    titles = sorted(r["title"] for r in events(tmp_path / "a.db"))
    assert titles == ["DescribeInstances", "TerminateInstances"]


@pytest.mark.parametrize(
    "line,fmt",
    [
        # a timeline's event that keeps a log's fields beside its message is a timeline
        (
            {
                "message": "gcp",
                "datetime": "2021-10-19T02:57:47Z",
                "timestamp_desc": "Event",
                "logName": "x",
                "textPayload": "y",
                "timestamp": 1,
            },
            "timesketch",
        ),
        # dateline's own records with a title, whatever else they hold
        (
            {
                "title": "Deploy",
                "start": "2024-01-02",
                "eventTime": "x",
                "eventSource": "y",
                "eventName": "z",
                "eventVersion": "1",
            },
            "jsonl",
        ),
        (
            {
                "title": "Login",
                "start": "2024-01-02",
                "CreationTime": "x",
                "Id": "1",
                "OrganizationId": "o",
                "Operation": "p",
            },
            "jsonl",
        ),
        # ACLED's events as JSON Lines
        ({"event_id_cnty": "X1", "event_date": "2024-01-02", "event_type": "Battles"}, "acled"),
    ],
)
def test_nearby_json_keeps_its_format(tmp_path, line, fmt):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(line) + "\n")
    assert formats.detect(path) == fmt


def test_windows_event_records_are_still_refused_as_before(tmp_path):
    line = refused_import(tmp_path / "a.db", REFUSED / "hayabusa-test-nxlog-windows-events.jsonl")
    assert "Windows event log records" in line and "Hayabusa" in line


# --------------------------------------------------------------------------- every row bad


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


ALL_BAD = [
    ("dateline-csv", "rows.csv", "title,start\nA,someday\nB,2024-13-45\nC,\n", 3),
    ("dateline-jsonl", "rows.jsonl", '{"title": "A", "start": "someday"}\n{"title": "B"}\n', 2),
    (
        "acled",
        "acled.csv",
        "event_id_cnty,event_date,year,event_type\nX1,someday,,Battles\nX2,,,Protests\n",
        2,
    ),
    (
        "ged",
        "GEDEvent_v24_1.csv",
        "id,type_of_violence,date_prec,date_start,date_end,best\n1,1,1,someday,,2\n2,1,1,,,1\n3,3,1,2024-02-01,2024-01-01,1\n",
        3,
    ),
    ("mapped", "desk.csv", "date,event\nsomeday,Bridge collapses\nlater,Fire\n", 2),
]


@pytest.mark.parametrize("kind,name,text,rows", ALL_BAD, ids=[c[0] for c in ALL_BAD])
def test_a_file_whose_every_row_is_bad_does_not_offer_skip_bad(tmp_path, kind, name, text, rows):
    path = write(tmp_path / name, text)
    args = ["--column", "title=event", "--column", "start=date"] if kind == "mapped" else []
    result = run("--db", tmp_path / "a.db", "import", path, *args)
    assert result.exit_code == 1
    last = result.stderr.splitlines()[-1]
    assert last == f"{ROLLED_BACK} (every one of the {rows} rows of the file is bad: --skip-bad would import none)"
    assert HINT not in result.stderr and not (tmp_path / "a.db").exists()


@pytest.mark.parametrize(
    "name,text",
    [
        ("rows.csv", "title,start\nA,someday\nB,2024-01-02\n"),  # the good row last
        ("rows.jsonl", '{"title": "A"}\n{"title": "B", "start": "2024-01-02"}\n'),
        (
            "GEDEvent_v24_1.csv",
            "id,type_of_violence,date_prec,date_start,date_end,best\n1,1,1,someday,,2\n2,1,1,2024-01-02,,1\n",
        ),
    ],
)
def test_a_file_with_a_good_row_still_offers_skip_bad(tmp_path, name, text):
    path = write(tmp_path / name, text)
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and result.stderr.splitlines()[-1] == f"{ROLLED_BACK} {HINT}"
    skipped = run("--db", tmp_path / "a.db", "import", "--skip-bad", "--tz", "UTC", path)
    assert skipped.exit_code == 0 and "1 new" in skipped.stderr


def test_every_row_of_several_files_bad_or_a_good_one_in_the_second(tmp_path):
    bad = write(tmp_path / "a.csv", "title,start\nA,someday\n")
    worse = write(tmp_path / "b.csv", "title,start\nB,never\nC,\n")
    result = run("--db", tmp_path / "a.db", "import", bad, worse)
    assert result.stderr.splitlines()[-1] == (
        f"{ROLLED_BACK} (every one of the 3 rows of the 2 files is bad: --skip-bad would import none)"
    )
    good = write(tmp_path / "c.csv", "title,start\nD,2024-01-02\n")
    result = run("--db", tmp_path / "a.db", "import", bad, good)
    assert result.stderr.splitlines()[-1] == f"{ROLLED_BACK} {HINT}"


def test_a_one_row_file_whose_row_is_bad_offers_nothing(tmp_path):
    path = write(tmp_path / "one.csv", "title,start\nA,someday\n")
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.stderr.splitlines()[-1] == ROLLED_BACK
