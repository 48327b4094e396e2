"""More real files from the tools and their users (tests/data/real and refused, their
sources in tests/data/README.md): what matters in each, beyond importing whole and
round-tripping (tests/test_real_files.py does that for every file in the folder)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from dateline.db import formats, queries, store
from dateline.db.write import write_records
from importing import refused_import, run

DATA = Path(__file__).resolve().parent / "data"
REAL = DATA / "real"
REFUSED = DATA / "refused"


def events(db_path: Path) -> list[dict]:
    """The store's events as a user sees them: ``dateline events --json``."""
    result = run("--db", db_path, "events", "--json")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def load(db_path: Path, path: Path) -> list[dict]:
    with store.new_store_atomically(db_path) as db:
        write_records(db, formats.read_all([path]))
    db = store.open_store(db_path)
    try:
        return list(queries.records(db))
    finally:
        db.close()


def export(db_path: Path, fmt: str, out: Path) -> Path:
    """``out``, written by exporting the store at ``db_path`` as ``fmt``."""
    db = store.open_store(db_path)
    try:
        formats.export_to_file(db, fmt, out)
    finally:
        db.close()
    return out


# --------------------------------------------------------------------------- Timesketch


def test_plaso_psort_dynamic_csv_with_empty_messages(tmp_path):
    """psort's default CSV (datetime with microseconds, Plaso's own `source`, tag "-"):
    Timesketch takes a row whose message is empty (it checks the columns, not the
    cells), and so does dateline."""
    path = REAL / "timesketch-plaso-psort-dynamic.csv"
    assert formats.detect(path) == "timesketch"
    recs = load(tmp_path / "p.db", path)
    assert len(recs) == 13
    empty = [r for r in recs if r["title"] == "(no message)"]
    assert len(empty) == 2 and all(r["summary"] is None for r in empty)
    assert {r["kind"] for r in empty} == {"Added Time"}
    first = empty[0]
    assert first["start"] == "2023-12-26T00:44:43+00:00" and first["attrs"]["timestamp"] == 1703551483954000
    assert first["attrs"]["source"] == "WEBHIST" and first["attrs"]["source_long"] == "Firefox History"
    assert first["source"] == path.name  # Plaso's `source` column is an attribute, not the outlet
    assert all(r["attrs"]["tag"] == "-" for r in recs)  # kept as written: a re-import never undoes tags


def test_timesketch_empty_message_or_desc_is_taken_a_missing_column_is_not(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text(
        json.dumps({"message": "", "datetime": "2024-09-21T10:00:00Z", "timestamp_desc": ""})
        + "\n"
        + json.dumps({"datetime": "2024-09-21T10:00:00Z", "timestamp_desc": "Event Time"})
        + "\n"
    )
    (first, second) = [r for _, r in formats.read(path)]
    assert first["title"] == "(no message)" and first["summary"] is None and first["kind"] is None
    assert str(second) == "missing Timesketch's required field 'message'"
    sheet = tmp_path / "t.csv"
    sheet.write_text("message,datetime\nhello,2024-09-21T10:00:00Z\n")
    ((_, err),) = list(formats.read(sheet, "timesketch"))
    assert str(err) == "missing Timesketch's required field 'timestamp_desc'"


def test_timesketch_end_to_end_evtx_with_labels_and_repeated_rows(tmp_path):
    path = REAL / "timesketch-evtx-direct-label.csv"
    recs = load(tmp_path / "e.db", path)
    assert len(recs) == 13  # 6 distinct rows, 3 of them repeated (2, 4 and 4 times): every row is an event
    assert sorted(r["id"].rsplit("-", 1)[1] for r in recs if "-" in r["id"]) == ["2", "2", "2", "3", "3", "4", "4"]
    assert {r["start"] for r in recs} == {"2012-03-14T04:17:38+00:00", "2012-03-14T04:17:43+00:00"}
    assert {r["attrs"]["timestamp"] for r in recs} == {1331698658276340, 1331698663354562, 1331698663354563}
    # Timesketch's export writes a sketch's labels, its star among them: kept as written
    assert sorted(r["attrs"]["label"] for r in recs).count("['__ts_star']") == 2
    assert {r["attrs"]["label"] for r in recs} == {"[]", "['__ts_star']"}


def test_timesketch_offsets_without_colon_and_years_timesketch_drops(tmp_path):
    recs = load(tmp_path / "c.db", REAL / "timesketch-validate-timestamp-conversion.csv")  # +0000, a space before it
    starts = sorted(r["start"] for r in recs)
    assert starts == ["2012-03-14T04:17:38+00:00", "2015-07-25T02:01:01+00:00", "2022-07-24T19:01:01+00:00"]
    assert {r["kind"] for r in recs} == {"Time Logged", "Logging"}
    far = {
        r["attrs"]["data_type"]: r["start"]
        for r in load(tmp_path / "f.db", REAL / "timesketch-validate-time-out-of-range.csv")
    }
    assert far == {
        "csv_very_old_event": "1601-01-01T00:00:00+00:00",  # Timesketch drops years before 1700; dateline keeps them
        "csv_very_future_event": "2227-12-31T23:01:01+00:00",
    }


def test_timesketch_row_with_a_date_it_cannot_read_is_a_bad_row(tmp_path):
    """Timesketch drops the row it cannot date ("1234 19:01:01") with a warning; dateline
    stops at it, or imports the rest with --skip-bad."""
    path = REFUSED / "timesketch-invalid-datetime.csv"
    result = run("--db", tmp_path / "t.db", "import", path)
    assert result.exit_code == 1
    assert f"{path}:5: cannot read datetime '1234 19:01:01' (ISO 8601 expected)" in result.stderr
    result = run("--db", tmp_path / "t.db", "import", "--skip-bad", path)
    assert result.exit_code == 0 and ": 3 new, 0 updated, 0 unchanged, 1 bad" in result.stderr


@pytest.mark.parametrize("sep", [";", "|", "\t"])
def test_timesketch_csv_with_the_separators_its_upload_form_offers(tmp_path, sep):
    """Timesketch's upload form reads a CSV separated by commas, semicolons or pipes."""
    path = tmp_path / "t.csv"
    rows = [
        ["message", "datetime", "timestamp_desc", "tag"],
        ["Logon, then logoff", "2024-09-21T10:00:00Z", "Event Time", "-"],
    ]
    path.write_text("".join(sep.join(r) + "\n" for r in rows), encoding="utf-8")
    assert formats.detect(path) == "timesketch"
    ((_, rec),) = list(formats.read(path))
    assert rec["title"] == "Logon, then logoff" and rec["kind"] == "Event Time"
    assert rec["start"] == "2024-09-21T10:00:00+00:00" and rec["attrs"] == {"tag": "-"}


def test_plaso_l2tcsv_is_refused_as_timesketch_refuses_it(tmp_path):
    """Plaso's legacy l2tcsv (as its own test expects it written) has none of Timesketch's
    columns: refused in Timesketch's terms, with the psort output that would do."""
    path = REFUSED / "timesketch-plaso-l2tcsv.csv"
    assert formats.detect(path) == "timesketch"
    result = run("--db", tmp_path / "t.db", "import", path)
    assert result.exit_code == 1
    assert f"{path}:1: Plaso's l2tcsv (date, time, timezone, MACB…), which Timesketch refuses too" in result.stderr
    assert "psort -o dynamic" in result.stderr and "'title'" not in result.stderr


def test_plaso_time_not_set_is_a_bad_row_that_says_so(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "datetime,timestamp_desc,source,source_long,message,parser,display_name,tag\n"
        "0000-00-00T00:00:00.000000+00:00,Not a time,LOG,Foo,A thing,p,d,-\n"
        "2020-01-01T00:00:00+00:00,Creation Time,LOG,Foo,B thing,p,d,-\n",
        encoding="utf-8",
    )
    (bad, good) = [r for _, r in formats.read(path)]
    assert "is no date (Plaso writes it for a time not set; Timesketch drops the row)" in str(bad)
    assert good["title"] == "B thing"


def test_timesketch_timestamp_as_a_spreadsheet_writes_it(tmp_path):
    """A timestamp a spreadsheet saved in exponent form (pandas reads it, so Timesketch does)."""
    path = tmp_path / "e.csv"
    path.write_text("message,timestamp,timestamp_desc\nA,1.437764461E+15,Write time\n", encoding="utf-8")
    ((_, rec),) = list(formats.read(path))
    assert rec["start"] == "2015-07-24T19:01:01+00:00"


def test_timesketch_jsonl_whose_first_line_is_longer_than_the_head(tmp_path):
    """A Plaso or Velociraptor JSON line can carry a whole script block (PowerShell's
    4104 events): the first line alone may be longer than the part of the file format
    detection reads, and is still Timesketch's, not a broken dateline record."""
    path = tmp_path / "long.jsonl"
    rows = [
        {"message": "ScriptBlock " + "x" * 300_000, "datetime": "2021-03-04T05:06:07.123Z", "timestamp_desc": "E"},
        {"message": "short", "datetime": "2021-03-04 05:06:08", "timestamp_desc": "E"},
    ]
    path.write_text("".join(json.dumps(r) + "\r\n" for r in rows), encoding="utf-8")
    assert formats.detect(path) == "timesketch"
    (first, second) = [r for _, r in formats.read(path)]
    assert first["title"].startswith("ScriptBlock x") and len(first["summary"]) == 300_012
    assert first["start"] == "2021-03-04T05:06:07+00:00" and first["attrs"] == {"timestamp": 1614834367123000}
    assert second["start"] == "2021-03-04T05:06:08+00:00"  # a space, no offset: UTC
    wide = tmp_path / "wide.jsonl"  # the same as Windows' "Unicode" (UTF-16 with its mark)
    wide.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    assert formats.detect(wide) == "timesketch"


def test_plaso_json_line_without_datetime_with_nested_path_specs(tmp_path):
    """psort -o json_line writes no `datetime`: the timestamp (µs), Plaso's date_time and
    path specs as nested objects, kept as they are."""
    path = REAL / "timesketch-plaso-json-line.jsonl"
    assert formats.detect(path) == "timesketch"
    (rec,) = load(tmp_path / "j.db", path)
    assert rec["start"] == "2012-06-27T18:17:01+00:00" and rec["kind"] == "Unknown Time"
    assert rec["title"] == "Reporter <CRON> PID: |8442| (pam_unix(cron:session): session closed for user root)"
    assert rec["attrs"]["pathspec"]["parent"] == {
        "__type__": "PathSpec",
        "location": "/cases/image.dd",
        "type_indicator": "OS",
    }
    assert rec["attrs"]["date_time"]["timestamp"] == 1340821021000000
    assert rec["attrs"]["text"].endswith("session\n closed for user root)")
    assert "timestamp" not in rec["attrs"]  # a whole second: the start holds it


def test_timesketch_event_inside_an_envelope_is_refused_with_what_to_do(tmp_path):
    """Artemis's timelines with metadata (and an Elasticsearch export of a Timesketch
    index, `_source`) carry the event one level down; Timesketch reads the top level
    only and refuses them, and so does dateline, saying where the event is."""
    path = REFUSED / "timesketch-artemis-metadata-envelope.jsonl"
    assert formats.detect(path) == "timesketch"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1
    assert (
        f"{path}:1: Timesketch's fields (message, datetime, timestamp_desc) are inside 'data', not at the top "
        "level where Timesketch reads them: jq -c '.data' FILE writes a file that imports"
    ) in result.stderr
    assert "'title'" not in result.stderr
    dump = tmp_path / "es.jsonl"
    hit = {"message": "Logon", "datetime": "2012-03-14T04:17:38+00:00", "timestamp_desc": "Event Recorded"}
    dump.write_text(json.dumps({"_index": "ts", "_id": "x1", "_source": hit}) + "\n", encoding="utf-8")
    ((_, err),) = list(formats.read(dump))
    assert str(err).startswith("Timesketch's fields (message, datetime, timestamp_desc) are inside '_source'")
    fixed = tmp_path / "fixed.jsonl"
    fixed.write_text(
        "".join(json.dumps(json.loads(x)["data"]) + "\n" for x in path.read_text(encoding="utf-8").splitlines()),
        encoding="utf-8",
    )
    recs = load(tmp_path / "f.db", fixed)  # what the jq line writes imports
    assert sorted(r["start"] for r in recs) == [
        "2024-07-25T23:48:13+00:00",
        "2024-09-26T01:57:44+00:00",
        "2024-11-10T04:39:20+00:00",
    ]
    assert recs[0]["attrs"]["flags"] == ["Removed", "IsDirectory", "Mount", "Unmount"]


ZIRCOLITE_RULE = "ca2092a1-c273-4878-9b4b-0d60115bf5ea"


def zircolite_line(host: str, when: str, command: str) -> str:
    """A line as Zircolite's Timesketch template (templates/exportForTimesketch.tmpl)
    writes a match: the rule's title as message, the rule's id as `id` in every match,
    then the event's own fields."""
    return json.dumps(
        {
            "message": "Suspicious Encoded PowerShell Command Line",
            "datetime": when,
            "timestamp_desc": "Event time",
            "title": "Suspicious Encoded PowerShell Command Line",
            "id": ZIRCOLITE_RULE,
            "description": "Detects suspicious powershell process starts with base64 encoded commands",
            "rule_level": "high",
            "SystemTime": when,
            "EventID": 1,
            "Computer": host,
            "CommandLine": command,
        },
        separators=(",", ":"),
    )


def test_zircolite_rule_ids_are_no_event_ids(tmp_path):
    """Zircolite's Timesketch template writes the rule's id as `id` in every match: an
    `id` that repeats in a file names no event. Two hosts' files are six events, not
    three overwritten by the next file; the rule's id stays an attribute."""
    paths = []
    for host in ("WKS01", "WKS02"):
        path = tmp_path / f"{host}.jsonl"
        path.write_text(
            zircolite_line(host, "2024-01-15T10:30:00.000Z", "powershell.exe -enc SGVsbG8=")
            + "\n"
            + zircolite_line(host, "2024-01-15T10:35:12.123Z", "powershell.exe -enc AAAA")
            + "\n",
            encoding="utf-8",
        )
        paths.append(path)
    db = tmp_path / "z.db"
    for path in paths:
        result = run("--db", db, "import", path)
        assert result.exit_code == 0 and ": 2 new, 0 updated" in result.stderr
    store_db = store.open_store(db)
    recs = list(queries.records(store_db))
    store_db.close()
    assert len(recs) == 4 and all(r["id"] != ZIRCOLITE_RULE for r in recs)
    assert {r["attrs"]["Computer"] for r in recs} == {"WKS01", "WKS02"}
    assert all(r["attrs"]["id"] == ZIRCOLITE_RULE for r in recs)
    assert run("--db", db, "import", paths[0]).stderr.count(": 0 new, 0 updated, 2 unchanged") == 1
    sheet = tmp_path / "ids.csv"  # an id column whose values do not repeat is the events' id, as before
    sheet.write_text("message,datetime,timestamp_desc,id\nA,2024-01-15T10:30:00Z,E,a1\nB,2024-01-15T10:31:00Z,E,b2\n")
    assert [r["id"] for _, r in formats.read(sheet)] == ["a1", "b2"]
    sheet.write_text("message,datetime,timestamp_desc,id\nA,2024-01-15T10:30:00Z,E,r1\nB,2024-01-15T10:31:00Z,E,r1\n")
    assert [r["attrs"]["id"] for _, r in formats.read(sheet)] == ["r1", "r1"]


@pytest.mark.parametrize(
    "stamps,expect",
    [
        # Hayabusa's --European-time: day first, told by 24-10-2013; 05-10-2013 is 5 October
        (["05-10-2013 01:21:28.000 +09:00", "24-10-2013 01:21:28.000 +09:00"], ["2013-10-05", "2013-10-24"]),
        # its --US-time: month first, told by 10-24-2013
        (["10-05-2013 01:21:28.000 AM +09:00", "10-24-2013 01:21:28.000 PM +09:00"], ["2013-10-05", "2013-10-24"]),
        # nothing tells: month first, as dateutil (and so Timesketch) reads it
        (["05-10-2013 01:21:28.000 +09:00"], ["2013-05-10"]),
        # its default and --ISO-8601: not numeric day and month, read as they are
        (["2013-10-24 01:21:28.000 +09:00", "2013-10-23T16:21:28.123456Z"], ["2013-10-24", "2013-10-23"]),
    ],
)
def test_hayabusa_timesketch_profile_dates_read_in_the_one_order_of_their_file(tmp_path, stamps, expect):
    """Hayabusa's timesketch-minimal/-verbose profiles (datetime, timestamp_desc "hayabusa",
    message = the rule's title) write the time as its options say; a file has one order
    of day and month, told by a date that reads only one way."""
    for suffix in ("csv", "jsonl"):
        path = tmp_path / f"h.{suffix}"
        rows = [
            {"datetime": s, "timestamp_desc": "hayabusa", "message": "Logon (Network)", "Level": "info"} for s in stamps
        ]
        if suffix == "csv":
            lines = ['"datetime","timestamp_desc","message","Level"'] + [
                ",".join(f'"{r[k]}"' for k in ("datetime", "timestamp_desc", "message", "Level")) for r in rows
            ]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        assert formats.detect(path) == "timesketch"
        assert [r["start"][:10] for _, r in formats.read(path)] == expect, suffix


@pytest.mark.parametrize("indent", [None, 2])
def test_a_json_array_of_events_is_refused_once_with_the_command_that_makes_json_lines(tmp_path, indent):
    """Timesketch reads a .json upload line by line, as JSON Lines, and refuses an array
    of events; dateline says so once (not "broken JSON" at its "[") with the jq line."""
    rows = [
        {"message": "A thing", "datetime": "2021-03-04T05:06:07+00:00", "timestamp_desc": "Write"},
        {"message": "B thing", "datetime": "2021-03-05T05:06:07+00:00", "timestamp_desc": "Write"},
    ]
    path = tmp_path / "events.json"
    path.write_text(json.dumps(rows, indent=indent), encoding="utf-8")
    assert formats.detect(path) == "timesketch"
    ((where, err),) = list(formats.read(path))
    assert where == f"{path}:1" and str(err) == (
        "a JSON array, not JSON Lines (one object a line, as Timesketch reads them): jq -c '.[]' FILE writes it so"
    )
    own = tmp_path / "own.jsonl"
    own.write_text(json.dumps([{"title": "x", "start": "2020"}], indent=indent), encoding="utf-8")
    ((_, err),) = list(formats.read(own))
    assert str(err).startswith("a JSON array, not JSON Lines (one object a line): jq")


def test_a_csv_no_reader_knows_is_refused_once_naming_its_columns(tmp_path):
    """EvtxECmd's CSV (KAPE's event log module), as users try it: none of the columns
    of dateline's, Timesketch's or ACLED's CSV. One error at its header, not one per row
    (with --skip-bad, a whole log of them)."""
    path = tmp_path / "evtx.csv"
    path.write_text(
        "RecordNumber,EventRecordId,TimeCreated,EventId,Level,Provider,Channel,Computer,MapDescription\r\n"
        "1,1,2021-03-04 05:06:07.1234567,4624,LogAlways,Microsoft-Windows-Security-Auditing,Security,W,Logon\r\n"
        "2,2,2021-03-04 05:06:08.1234567,4634,LogAlways,Microsoft-Windows-Security-Auditing,Security,W,Logoff\r\n",
        encoding="utf-8",
    )
    result = run("--db", tmp_path / "e.db", "import", "--skip-bad", path)
    assert f"{path}:1: no 'title' column: not dateline's CSV (title and start or date_text)" in result.stderr
    assert "its columns: RecordNumber, EventRecordId, TimeCreated, EventId, Level, Provider, …" in result.stderr
    assert result.exit_code == 1 and "nothing imported: the file was refused; the store is as it was" in result.stderr


def test_dateline_csv_columns_headed_as_a_spreadsheet_heads_them(tmp_path):
    """ "Title", "Start", "Date Text" (a spreadsheet's headings) are dateline's fields;
    a column with the field's own name wins."""
    path = tmp_path / "s.csv"
    path.write_text("Title,Start,Date Text,Place\nA fire,2024-09-21,on Saturday,Kyiv\n", encoding="utf-8")
    ((_, rec),) = list(formats.read(path))
    assert (rec["title"], rec["start"], rec["date_text"], rec["place"]) == (
        "A fire",
        "2024-09-21",
        "on Saturday",
        "Kyiv",
    )
    assert "attrs" not in rec
    path.write_text("title,Title,start\nOurs,Theirs,2024-09-21\n", encoding="utf-8")
    ((_, rec),) = list(formats.read(path))
    assert rec["title"] == "Ours" and rec["attrs"] == {"Title": "Theirs"}


def test_plaso_psort_json_is_refused_naming_json_line(tmp_path):
    """psort -o json writes one object whose members are the events ({"event_0": ...}),
    which Timesketch (reading line by line) cannot read: refused once, naming the psort
    output that imports; what jq makes of it imports."""
    path = REFUSED / "timesketch-plaso-psort-json.json"
    assert formats.detect(path) == "timesketch"
    result = run("--db", tmp_path / "p.db", "import", path)
    assert result.exit_code == 1
    assert f"{path}:1: Plaso's psort -o json (one object of event_0, event_1, …)" in result.stderr
    assert "psort -o json_line (or jq -c '.[]' FILE)" in result.stderr
    lines = tmp_path / "p.jsonl"
    lines.write_text(
        "".join(json.dumps(e) + "\n" for e in json.loads(path.read_text(encoding="utf-8")).values()),
        encoding="utf-8",
    )
    (rec,) = load(tmp_path / "l.db", lines)
    assert rec["start"] == "2012-06-27T18:17:01+00:00" and rec["kind"] == "Unknown Time"


def test_csv_files_joined_with_their_headers(tmp_path):
    """Hayabusa's CSVs of several hosts joined as they are (cat a.csv b.csv, the second
    with Excel's BOM): the header again is no row (Timesketch drops it as a row it cannot
    date; dateline passes it over)."""
    one = '"datetime","timestamp_desc","message"\n"2021-03-04 05:06:07.000 +09:00","hayabusa","A"\n'
    two = '\ufeff"datetime","timestamp_desc","message"\n"2021-03-05 05:06:07.000 +09:00","hayabusa","B"\n'
    path = tmp_path / "all.csv"
    path.write_text(one + two + one, encoding="utf-8")
    pairs = list(formats.read(path))
    assert [w.rsplit(":", 1)[1] for w, _ in pairs] == ["2", "4", "6"]
    assert [r["title"] for _, r in pairs] == ["A", "B", "A"]
    assert [r["start"] for _, r in pairs][1] == "2021-03-05T05:06:07+09:00"


# --------------------------------------------------------------------------- TimelineJS


def test_timelinejs2_jsonp_as_timelinejs2_loads_it(tmp_path):
    """TimelineJS2's examples load `storyjs_jsonp_data = {...}` from a .jsonp file."""
    path = REAL / "timelinejs2-example-jsonp.jsonp"
    assert formats.detect(path) == "timelinejs"
    pairs = list(formats.read(path))
    assert all(isinstance(r, dict) for _, r in pairs) and len(pairs) == 22  # the title and 21 dates
    assert pairs[0][0] == f"{path}:2" and pairs[1][0] == f"{path}:10"  # its startDate line, as in the file
    recs = {r["title"]: r for r in load(tmp_path / "j.db", path)}
    assert recs["Sh*t People Say"]["attrs"]["timelinejs"] == "title"
    politicians = recs["Sh*t Politicians Say"]
    assert politicians["start"].startswith("2012-01-26") and politicians["end"].startswith("2012-01-28")
    assert politicians["link"] == "http://youtu.be/u4XpeU9erbg"
    again = tmp_path / "back.jsonp"
    again.write_text("callback(" + path.read_text(encoding="utf-8").split("=", 1)[1].rstrip().rstrip(";") + ");\n")
    assert len(list(formats.read(again))) == 22


def test_timelinejs2_times_css_class_and_equal_end(tmp_path):
    recs = {r["title"]: r for r in load(tmp_path / "u.db", REAL / "timelinejs2-utc-firefox-times.json")}
    shirts = recs["1896"]  # "1896,9,10,12,06"
    assert (shirts["start"], shirts["precision"]) == ("1896-09-10T12:06:00+00:00", "minute")
    factory = recs["1899"]  # an endDate equal to the startDate: that day
    assert (factory["start"], factory["end"], factory["precision"]) == (
        "1899-09-10T00:00:00+00:00",
        "1899-09-11T00:00:00+00:00",
        "day",
    )
    assert recs["1920-1930"]["end"] == "1930-09-11T00:00:00+00:00"
    assert recs["1869"]["attrs"]["classname"] == "myuniqueclassnamegoeshere"
    db = store.open_store(tmp_path / "u.db")
    out = tmp_path / "u.json"
    formats.export_to_file(db, "timelinejs", out)
    db.close()
    slides = json.loads(out.read_text())["events"]
    assert [s["classname"] for s in slides if "classname" in s] == ["myuniqueclassnamegoeshere"]


def test_timelinejs2_era_tag_and_html_headlines(tmp_path):
    recs = load(tmp_path / "m.db", REAL / "timelinejs2-model-era-tag.json")
    (era,) = [r for r in recs if r["attrs"].get("timelinejs") == "era"]
    assert era["kind"] == "This is Optional"
    db = store.open_store(tmp_path / "m.db")
    out = tmp_path / "m.json"
    formats.export_to_file(db, "timelinejs", out)
    db.close()
    assert json.loads(out.read_text())["eras"][0]["group"] == "This is Optional"  # TimelineJS3 passes it over
    titles = {r["title"] for r in load(tmp_path / "h.db", REAL / "timelinejs2-extra-html.json")}
    assert "Buying a vacuum through Amazon" in titles  # "<b>Amazon</b>"
    assert "Buying a vacuum through an alliance between Amazon and GoVacuum" in titles  # "<br /> "


# --------------------------------------------------------------------------- ACLED


def test_acled_written_by_r_with_na_cells(tmp_path):
    """An export read into R and written back (write.csv): every empty cell is NA."""
    recs = {r["id"]: r for r in load(tmp_path / "b.db", REAL / "acled-2022-benin-r-na.csv")}
    assert len(recs) == 5
    displaced = recs["BEN892"]
    assert displaced["actors"] == ["Civilians (Benin)"]  # actor2 NA: none
    assert "admin3" not in displaced["attrs"] and "tags" not in displaced["attrs"]
    assert all(r["attrs"].get(k) != "NA" for r in recs.values() for k in r["attrs"])
    assert displaced["attrs"]["assoc_actor_1"] == "Refugees/IDPs (Benin)"
    abduction = recs["BEN889"]  # time_precision 2, 18 December 2022 (a Sunday): its Monday-Sunday week
    assert (abduction["start"], abduction["end"], abduction["precision"]) == (
        "2022-12-12T00:00:00+00:00",
        "2022-12-19T00:00:00+00:00",
        "week",
    )
    assert abduction["attrs"]["event_date"] == "2022-12-18"
    assert recs["BEN888"]["attrs"]["tags"] == "crowd size=no report"


def test_acled_2025_layout_with_interaction_in_words(tmp_path):
    """ACLED's layout since 2024 writes inter1, inter2 and interaction as words."""
    recs = {r["id"]: r for r in load(tmp_path / "s.db", REAL / "acled-2025-somalia-interaction-words.csv")}
    strike = recs["SOM49639"]
    assert strike["title"] == "Air/drone strike by Military Forces of the United States in Buuraha Cali Miskat"
    assert strike["attrs"]["inter1"] == "External/Other forces" and strike["attrs"]["inter2"] == "Rebel group"
    assert strike["attrs"]["interaction"] == "Rebel group-External/Other forces" and strike["killed"] == 3
    assert strike["start"] == "2025-04-01T00:00:00+00:00"
    abduction = recs["SOM49672"]
    assert abduction["attrs"]["assoc_actor_1"] == "SSC: Sool, Sanaag and Cayn Militia"  # a comma, quoted
    assert recs["SOM50400"]["precision"] == "week" and recs["SOM50400"]["attrs"]["interaction"] == "Protesters only"


def test_acled_with_population_exposure(tmp_path):
    """ACLED's population exposure option adds `population_best` (empty for some events)."""
    recs = {r["id"]: r for r in load(tmp_path / "p.db", REAL / "acled-2024-ukraine-population-best.csv")}
    assert len(recs) == 4
    strike = recs["UKR147481"]
    assert strike["attrs"]["population_best"] == "96999" and strike["start"] == "2024-02-07T00:00:00+00:00"
    assert strike["actors"] == ["Military Forces of Russia (2000-) Air Force", "Civilians (Ukraine)"]
    assert "population_best" not in recs["UKR146649"]["attrs"]
    assert all("\r" not in (r["summary"] or "") for r in recs.values())


def test_acled_aggregated_data_is_refused_as_counts_not_events(tmp_path):
    """ACLED's aggregated data counts events by week and region (saved from its
    spreadsheet, month first): no event is there to import, and dateline says so."""
    path = REFUSED / "acled-aggregated-weekly-middle-east.csv"
    assert formats.detect(path) == "acled"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1
    assert f"{path}:1: ACLED's aggregated data (events counted by week and region), not events" in result.stderr
    assert not (tmp_path / "a.db").exists()


def test_acled_asia_2015_layout(tmp_path):
    """ACLED Asia's 2015 file: `01-January-2015`, ids like 1BNG, the old event types
    ("Riots/Protests", "Battle-No change of territory"), notes over several lines, CRLF."""
    recs = {r["id"]: r for r in load(tmp_path / "a.db", REAL / "acled-2015-asia-month-names.csv")}
    assert len(recs) == 4
    riot = recs["1BNG"]
    assert riot["start"] == "2015-01-01T00:00:00+00:00" and riot["precision"] == "day"
    assert riot["title"] == "Riots/Protests by Rioters (Bangladesh) in Bagachra"
    assert riot["summary"].count("\n") == 5 and "\r" not in riot["summary"]
    assert riot["attrs"]["ally_actor_1"] == "AL: Awami League" and riot["attrs"]["gwno"] == "771"
    assert recs["4BNG"]["kind"] == "Battle-No change of territory"
    burned = recs["49MYA"]  # time_precision 3: the month
    assert (burned["start"], burned["precision"], burned["attrs"]["event_date"]) == (
        "2015-01-01T00:00:00+00:00",
        "month",
        "2015-01-25",
    )
    assert recs["1170BNG"]["precision"] == "week"


def test_acled_from_hdx_with_its_hxl_hashtag_row(tmp_path):
    """HDX's ACLED files carry HXL hashtags (#event+code, #date+occurred) in the row
    below the header: a description of the columns, passed over, not a bad row."""
    path = REAL / "acled-hdx-hxl-hashtags.csv"
    assert formats.detect(path) == "acled"
    pairs = list(formats.read(path))
    assert [w.rsplit(":", 1)[1] for w, _ in pairs] == ["3", "4"]  # the lines the events stand on
    recs = {r["id"]: r for r in load(tmp_path / "h.db", path)}
    assert recs.keys() == {"1416RTA", "2231RTA"}
    assert recs["1416RTA"]["start"] == "2001-04-18T00:00:00+00:00" and recs["1416RTA"]["place"] == "Beni Douala"
    assert "#" not in json.dumps(list(recs.values()))


def test_a_row_of_hashtags_elsewhere_is_a_row(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("message,datetime,timestamp_desc\n#tag,2024-09-21T10:00:00Z,Event Time\n", encoding="utf-8")
    ((_, rec),) = list(formats.read(path))
    assert rec["title"] == "#tag"  # a hashtag in a message, the date not one: a record


@pytest.mark.parametrize(
    "dates,expect",
    [
        (["11/1/2024", "11/23/2024"], ["2024-11-01", "2024-11-23"]),  # a spreadsheet set to the US: month first
        (["01/11/2024", "23/11/2024"], ["2024-11-01", "2024-11-23"]),  # elsewhere: day first
        (["01/11/2024", "02/11/2024"], ["2024-11-01", "2024-11-02"]),  # nothing tells: day first, as before
        (["11-1-24", "11-23-24"], ["2024-11-01", "2024-11-23"]),
    ],
)
def test_acled_numeric_dates_read_in_the_one_order_of_their_file(tmp_path, dates, expect):
    """An ACLED export opened in a spreadsheet and saved again has its dates in the
    spreadsheet's order; a file has one order, told by a date that reads only one way."""
    path = tmp_path / "a.csv"
    rows = "".join(f"X{i},{d},2024,1,Protests\n" for i, d in enumerate(dates))
    path.write_text("event_id_cnty,event_date,year,time_precision,event_type\n" + rows, encoding="utf-8")
    assert [r["start"] for _, r in formats.read(path)] == expect


def test_timelinejs_from_knight_labs_timelineng_authoring_tool(tmp_path):
    """TimelineNG (Knight Lab's rebuild of TimelineJS) writes TimelineJS3 JSON with
    generated unique_ids, HTML captions and credits, and a `settings` block."""
    recs = {r["id"]: r for r in load(tmp_path / "n.db", REAL / "timelinejs-ng-authoring-en.json")}
    assert len(recs) == 7 and recs["title"]["attrs"]["timelinejs"] == "title"
    assert recs["title"]["title"] == "Ink & Type"  # "Ink &amp; Type"
    press = recs["eu4g6w79"]
    assert (press["start"], press["precision"], press["source"]) == ("1440-01-01T00:00:00+00:00", "year", "Ink & Type")
    assert press["attrs"]["media_caption"].startswith("Peter Small demonstrating")  # <p> dropped
    assert press["attrs"]["media_credit"] == "vlasta2 via Wikimedia Commons"  # the link's words
    assert recs["e7legiry"]["attrs"]["background_color"] == "#0b3d3a"


def test_timelinejs_display_date_of_a_date_object(tmp_path):
    """TimelineJS3 (and TimelineNG) let a date object say how it is shown; the slide's
    own display_date, when there is one, wins, as in TimelineJS."""
    path = tmp_path / "t.json"
    slides = [
        {"start_date": {"year": 1969, "display_date": "The Moon Landing"}, "text": {"headline": "a"}},
        {
            "start_date": {"year": 1914, "display_date": "1914"},
            "end_date": {"year": 1918, "display_date": "1918"},
            "text": {"headline": "b"},
        },
        {"start_date": {"year": 1969, "display_date": "x"}, "display_date": "Summer", "text": {"headline": "c"}},
    ]
    path.write_text(json.dumps({"events": slides}))
    recs = {r["title"]: r for _, r in formats.read(path)}
    assert recs["a"]["date_text"] == "The Moon Landing" and recs["a"]["start"] == "1969"
    assert recs["b"]["date_text"] == "1914 — 1918" and recs["c"]["date_text"] == "Summer"


def test_timelinejs_first_sheet_template_with_iso_date_and_time(tmp_path):
    """The first template's Start Date takes what TimelineJS's parseDate takes, an ISO
    8601 date with a time among it."""
    path = tmp_path / "s.csv"
    path.write_text(
        "Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag\n"
        "2014-08-20T10:30:00,,Opening,,,,,,,\n8/20/2014 2:30 PM,,Talk,,,,,,,\n",
        encoding="utf-8",
    )
    recs = {r["title"]: r for _, r in formats.read(path)}
    assert recs["Opening"]["start"].startswith("2014-08-20T10:30") and recs["Opening"]["precision"] == "minute"
    assert recs["Talk"]["start"].startswith("2014-08-20T14:30")


def test_timelinejs_from_the_streamlit_timeline_component(tmp_path):
    """streamlit-timeline (a Streamlit component around TimelineJS) ships its example:
    a blank line before the JSON, `<br>` in headlines, month and day as strings,
    Vimeo and YouTube media."""
    path = REAL / "timelinejs-streamlit-example.json"
    assert formats.detect(path) == "timelinejs"
    recs = {r["title"]: r for r in load(tmp_path / "s.db", path)}
    assert recs["Welcome to Streamlit Timeline"]["attrs"]["timelinejs"] == "title"
    howto = recs["TimelineJS Easy-to-make, beautiful timelines."]  # "TimelineJS<br>Easy-to-make..."
    assert (howto["start"], howto["precision"], howto["link"]) == (
        "2016-01-01T00:00:00+00:00",
        "month",
        "https://vimeo.com/143407878",
    )
    assert howto["attrs"]["media_caption"] == "How to Use TimelineJS (credits)"
    components = recs["Streamlit Components version 0.63.0"]
    assert components["start"] == "2020-07-13T00:00:00+00:00" and components["precision"] == "day"
    assert all(r["source"] == "Welcome to Streamlit Timeline" for r in recs.values())


@pytest.mark.parametrize(
    "tail,line,what",
    [
        ('{"start_date": {"year": 2019}, "text": {"headline": "a"}},\n  ]\n}\n', 3, "a comma before ']'"),
        ('{"start_date": {"year": 2019,}, "text": {"headline": "a"}}\n  ]\n}\n', 3, "a comma before '}'"),
        ('// the first slide\n  {"start_date": {"year": 2019}}\n  ]\n}\n', 3, "a comment"),
    ],
)
def test_timelinejs_trailing_comma_or_comment_is_named(tmp_path, tail, line, what):
    """Hand-written timelines are JavaScript more than JSON: a trailing comma or a
    comment, which TimelineJS's JSON.parse refuses as well. The error names it, on its line."""
    path = tmp_path / "t.json"
    path.write_text('{"title": {"text": {"headline": "T"}},\n "events": [\n  ' + tail, encoding="utf-8")
    message = refused_import(tmp_path / "t.db", path)
    assert message.startswith(f"Error: {path}:{line}: broken JSON: {what}")
    assert "TimelineJS (the browser's JSON.parse) refuses the file too" in message


@pytest.mark.parametrize("sep", ["\t", ";"])
def test_timelinejs_sheet_saved_as_tsv_or_with_semicolons(tmp_path, sep):
    """Google Sheets downloads the template as "Tab-separated values" too, and a
    spreadsheet set to a language with decimal commas saves CSV with semicolons."""
    rows = list(csv.reader(io.StringIO((REAL / "timelinejs-sheet-women-in-computing.csv").read_text(encoding="utf-8"))))
    path = tmp_path / "sheet.txt"
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f, delimiter=sep).writerows(rows[:4])
    assert formats.detect(path) == "timelinejs"
    recs = {r["title"]: r for _, r in formats.read(path)}
    assert list(recs) == ["Women in Computing", "Ada Lovelace", "Edith Clarke: Bucking the Trend"]
    assert recs["Ada Lovelace"]["start"].startswith("1815-12-10") and recs["Ada Lovelace"]["end"].startswith(
        "1852-11-28"
    )
    own = tmp_path / "own.csv"
    own.write_text(f"title{sep}start{sep}lat{sep}lon\nA fire{sep}2024-09-21{sep}50,45{sep}30,52\n", encoding="utf-8")
    ((_, rec),) = list(formats.read(own))
    assert rec["title"] == "A fire" and rec["start"] == "2024-09-21"
    if sep == ";":  # decimal commas go with semicolons
        assert (rec["lat"], rec["lon"]) == ("50.45", "30.52")


def test_a_git_lfs_pointer_is_refused_saying_where_the_file_is(tmp_path):
    """A data repository cloned without Git LFS leaves pointers where the CSVs were
    (ACLED's Kaggle file here): said so, not taken for a CSV without a title column."""
    path = REFUSED / "acled-git-lfs-pointer.csv"
    result = run("--db", tmp_path / "l.db", "import", path)
    assert result.exit_code == 1
    assert f"{path}:1: a Git LFS pointer, not the file itself: fetch the file with git lfs pull" in result.stderr
    assert not (tmp_path / "l.db").exists()


# --------------------------------------------------------------------------- Excel's separator line


@pytest.mark.parametrize(
    "name",
    ["acled-export-2024.csv", "timelinejs-sheet-women-in-computing.csv", "timesketch-csv-timestamp-as-datetime.csv"],
)
def test_a_csv_saved_by_excel_with_its_sep_line_imports_as_the_original(tmp_path, name):
    """Excel set to a language with decimal commas saves semicolons, and may write "sep=;"
    above the header to say so: the same events as the file it was saved from."""
    path = REAL / name
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    saved = tmp_path / f"excel-{name}"
    saved.write_text("sep=;\r\n" + out.getvalue(), encoding="utf-8")
    assert formats.detect(saved) == formats.detect(path)

    def seen(recs: list[dict]) -> list[tuple]:
        return [(r["title"], r["start"], r["end"], r["place"]) for r in recs]

    assert seen(load(tmp_path / "a.db", saved)) == seen(load(tmp_path / "b.db", path))


# --------------------------------------------------------------------------- pass 4


def test_timesketch_jsonl_with_a_message_and_no_time_is_refused_in_its_terms(tmp_path):
    """Timesketch's own broken JSONL (messages only, a line that is not JSON): a line with
    Timesketch's message and no title is read as Timesketch's, so the refusal names what
    Timesketch needs (datetime, timestamp_desc), not dateline's title."""
    path = REFUSED / "timesketch-invalid-jsonl.jsonl"
    assert formats.detect(path) == "timesketch"
    result = run("--db", tmp_path / "t.db", "import", path)
    assert result.exit_code == 1
    assert f"{path}:1: missing Timesketch's required fields 'datetime' (or 'timestamp'), 'timestamp_desc'" in (
        result.stderr
    )
    assert "title" not in result.stderr
    result = run("--db", tmp_path / "t.db", "import", "--skip-bad", path)
    assert f"{path}:2: broken JSON" in result.stderr and "3 bad" in result.stderr + result.stdout


def test_timesketch_jsonl_of_dateline_is_still_dateline(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"title": "T", "start": "2024-01-02", "message": "a field"}) + "\n")
    assert formats.detect(path) == "jsonl"


def test_plaso_json_line_with_local_time_keeps_plaso_fields(tmp_path):
    """Plaso's json_line of syslog (local time, no datetime): the time is Plaso's
    timestamp (as Timesketch shows it), Plaso's date_time and path spec are kept."""
    recs = {r["summary"]: r for r in load(tmp_path / "a.db", REAL / "timesketch-plaso-json-line-local-time.jsonl")}
    login = next(r for s, r in recs.items() if s.startswith("Successful login of user: admin"))
    assert login["start"] == "2022-10-08T18:10:33+00:00" and login["kind"] == "Content Modification Time"
    assert login["attrs"]["date_time"]["is_local_time"] is True
    assert login["attrs"]["pid"] == 4896 and login["attrs"]["username"] == "admin"


def test_timesketch_id_column_and_a_38k_field(tmp_path):
    recs = {r["id"]: r for r in load(tmp_path / "a.db", REAL / "timesketch-large-field-event.jsonl")}
    assert "test-uuid-00001" in recs
    big = next(r for r in recs.values() if "FeatureVector" in r["attrs"])
    assert len(big["attrs"]["FeatureVector"]) == 38000  # whole


def test_timelinejs_media_that_is_text_survives_export(tmp_path):
    """A generated TimelineJS sheet whose headline holds an unquoted comma: the row splits
    as Google Sheets splits it, and the text that lands in Media (no URL) is written back
    as text, read again as text."""
    recs = load(tmp_path / "a.db", REAL / "timelinejs-sheet-nyt-generated.csv")
    rating = next(r for r in recs if r["title"] == "For Trump")
    assert rating["attrs"]["media"].startswith("Donald J. Trump embellished")
    assert rating["start"].startswith("2017-01-24T18:30")
    out = export(tmp_path / "a.db", "timelinejs", tmp_path / "o.json")
    again = next(r for r in load(tmp_path / "b.db", out) if r["title"] == "For Trump")
    assert again["attrs"]["media"] == rating["attrs"]["media"] and "media_url" not in again["attrs"]


# --------------------------------------------------------------------------- pass 5


def test_hayabusa_own_csv_timeline_imports_as_its_timesketch_profile_writes_it(tmp_path):
    """Hayabusa's csv-timeline (Timestamp, RuleTitle, Level, Details…), which analysts
    keep, reads as its timesketch profile writes the same rows: the Timestamp is the
    datetime (its +09:00 kept), the RuleTitle the message, "hayabusa" the kind; two rows
    that differ only in the file they came from stay two events."""
    path = REAL / "hayabusa-csv-timeline-v1-local-offset.csv"
    assert formats.detect(path) == "timesketch"
    recs = load(tmp_path / "h.db", path)
    assert len(recs) == 10 and {r["kind"] for r in recs} == {"hayabusa"}
    first = recs[0]
    assert first["title"] == "Logon Type 0 - System" and first["start"] == "2013-10-24T01:16:13+09:00"
    assert first["attrs"]["timestamp"] == 1382544973843000  # the milliseconds the start drops
    assert first["attrs"]["Level"] == "informational" and first["attrs"]["Details"] == "Bootup"
    assert "Timestamp" not in first["attrs"] and "RuleTitle" not in first["attrs"]
    created = [r for r in recs if r["title"] == "Local user account created"]
    assert len({r["id"] for r in created}) == 2
    assert {r["attrs"]["FilePath"].rsplit("/", 1)[1] for r in created} == {
        "new-user-security.evtx",
        "many-events-security.evtx",
    }
    service = next(r for r in recs if r["title"] == "Malicious service installed")
    assert service["attrs"]["Details"].startswith("Service: SYyGmEHvgHiGYApk  :  Path: %COMSPEC%")
    assert service["attrs"]["Details"].endswith("[System.Diagnostics.Process]::Start($s);")  # its commas kept


def test_hayabusa_json_timeline_lines_too(tmp_path):
    """Hayabusa's json-timeline -L writes the same fields as JSON Lines, Details an object."""
    path = tmp_path / "h.jsonl"
    row = {
        "Timestamp": "2022-11-28 18:48:24.526 +09:00",
        "RuleTitle": "Service Terminated",
        "Level": "low",
        "Computer": "PC1",
        "Channel": "System",
        "EventID": 7023,
        "Details": {"Svc": "Windows Update"},
    }
    path.write_text(json.dumps(row) + "\n")
    assert formats.detect(path) == "timesketch"
    (rec,) = load(tmp_path / "h.db", path)
    assert (rec["title"], rec["kind"], rec["start"]) == ("Service Terminated", "hayabusa", "2022-11-28T18:48:24+09:00")
    assert rec["attrs"]["Details"] == {"Svc": "Windows Update"} and rec["attrs"]["EventID"] == 7023


@pytest.mark.parametrize(
    "name,what",
    [
        ("chainsaw-search-windows-events.jsonl", "Event.System…, as Chainsaw's search and evtx_dump write them"),
        ("chainsaw-search-windows-events-array.json", "Event.System…, as Chainsaw's search and evtx_dump write them"),
        ("hayabusa-test-nxlog-windows-events.jsonl", "EventID, Channel…, as NXLog and SIEM exports write them"),
    ],
)
def test_windows_event_log_records_are_refused_as_such(tmp_path, name, what):
    """Raw Windows event records (Chainsaw's search --jsonl and --json, NXLog's JSON that
    Hayabusa reads) are no timeline, and Timesketch refuses them too: said so, naming the
    tools that make one, not "missing required field 'title'" (nor, for the array, a jq
    line that only leads to that)."""
    path = REFUSED / name
    assert formats.detect(path) == "timesketch"
    message = refused_import(tmp_path / "w.db", path)
    assert message == (
        f"Error: {path}:1: Windows event log records ({what}), not a timeline: Timesketch refuses them too "
        "(no message, datetime, timestamp_desc); make a timeline of them with Hayabusa (csv-timeline or "
        "json-timeline) or Plaso (psort -o json_line)"
    )
    assert not (tmp_path / "w.db").exists()


def test_timesketch_rows_that_keep_windows_fields_are_still_events(tmp_path):
    """Hayabusa's timesketch profile keeps EventID and Channel beside the message: events."""
    path = tmp_path / "t.jsonl"
    row = {"message": "Logon", "datetime": "2024-01-01T10:00:00Z", "timestamp_desc": "hayabusa", "EventID": 4624}
    path.write_text(json.dumps(dict(row, Channel="Sec")) + "\n")
    (rec,) = load(tmp_path / "t.db", path)
    assert rec["title"] == "Logon" and rec["attrs"]["Channel"] == "Sec"


def test_timelinejs2_as_a_javascript_variable_in_chinese_with_months(tmp_path):
    """A blog's TimelineJS2 data as `var json = {"timeline": …}` (no semicolon, tabs),
    Chinese text, dates of a month ("2016,12" to "2017,05"), a title without a date."""
    path = REAL / "timelinejs2-js-variable-chinese-months.js"
    assert formats.detect(path) == "timelinejs"
    recs = load(tmp_path / "c.db", path)
    title = next(r for r in recs if r["attrs"].get("timelinejs") == "title")
    assert title["title"] == "天才，是1%的灵感加上99%动手能力。——某web前端工程师"
    assert title["attrs"]["media_url"] == "./img/dcgs.jpg" and title["attrs"]["undated"] is True
    first = min((r for r in recs if r is not title), key=lambda r: r["start"])
    assert (first["start"], first["end"]) == ("2016-12-01T00:00:00+00:00", "2017-06-01T00:00:00+00:00")
    assert first["precision"] == "month" and first["summary"].startswith("一不小心踩进前端的大坑")


def test_timelinejs_headline_that_is_a_link_keeps_the_link(tmp_path):
    """Sites link each slide to its page or article by its headline (a Jekyll projects
    page: `<a href='abetterpen'>A Better Pen</a>`): the title is the link's text, the
    link is kept (and is the event's link when it has none), and an export writes the
    headline as a link again, so the file comes back as it went out."""
    doc = {
        "title": {"text": {"headline": "Awesome Stuff Taylor's Done", "text": "Explore the detail pages"}},
        "events": [
            {
                "media": {"url": "https://res.cloudinary.com/p/betterPenPrototype.png", "caption": "Rendering."},
                "start_date": {"year": "2013", "month": "12", "day": "23"},
                "end_date": {"year": "2015", "month": "5"},
                "text": {"headline": "<a href='abetterpen'>A Better Pen</a>", "text": "I'm a pen snob."},
            },
            {
                "start_date": {"year": "2014", "month": "3"},
                "text": {"headline": '<a href="https://example.org/a?x=1&amp;y=2" target="_blank">Ruling</a> (AP)'},
            },
            {"start_date": {"year": "2014"}, "text": {"headline": "<a href='javascript:alert(1)'>Not kept</a>"}},
        ],
    }
    path = tmp_path / "t.json"
    path.write_text(json.dumps(doc))
    recs = {r["title"]: r for r in load(tmp_path / "a.db", path)}
    pen, ruling, bad = recs["A Better Pen"], recs["Ruling (AP)"], recs["Not kept"]
    assert pen["attrs"]["headline_link"] == "abetterpen"  # relative: kept as written, not the event's link
    assert pen["link"] == "https://res.cloudinary.com/p/betterPenPrototype.png"
    assert ruling["link"] == ruling["attrs"]["headline_link"] == "https://example.org/a?x=1&y=2"
    assert "headline_link" not in bad["attrs"] and bad["link"] is None
    out = export(tmp_path / "a.db", "timelinejs", tmp_path / "o.json")
    slides = {s["unique_id"]: s for s in json.loads(out.read_text())["events"]}
    assert slides[ruling["id"]]["text"]["headline"] == '<a href="https://example.org/a?x=1&amp;y=2">Ruling (AP)</a>'
    assert "media" not in slides[ruling["id"]]  # the headline carries its link: no media made of it
    again = {r["id"]: r for r in load(tmp_path / "b.db", out)}
    assert all(again[r["id"]] == r for r in recs.values())


def test_timelinejs_russian_news_with_display_dates_and_no_title_headline(tmp_path):
    """A Moscow newsroom's timeline of hoax bomb calls (Python's json.dumps, Cyrillic
    escaped): `display_date` in words ("13 сентября", a typo "сентябя" kept as written),
    slides without a headline (the text's first line titles them), media credits that
    are the articles' addresses, `&quot;` in the title slide's text, which has no
    headline (so the file names the source)."""
    path = REAL / "timelinejs-russian-news-display-dates.json"
    recs = load(tmp_path / "r.db", path)
    assert len(recs) == 30  # 29 slides and the title slide, which has text
    title = next(r for r in recs if r["attrs"].get("timelinejs") == "title")
    assert title["summary"].startswith('На таймлайне представлены основные дни "фейково-телефонной" атаки.')
    assert title["source"] == path.name and title["attrs"]["no_headline"] is True
    first = next(r for r in recs if r["date_text"] == "13 сентября")
    assert first["start"] == "2017-09-13T00:00:00+00:00" and first["title"] == "У меня зазвонил телефон. - Кто говорит?"
    assert first["attrs"]["media_credit"].split("\n") == [
        "http://www.interfax.ru/moscow/578976",
        "https://cdn5.img.ria.ru/images/150471/00/1504710025.jpg",
    ]
    assert next(r for r in recs if r["start"].startswith("2017-09-21"))["date_text"] == "21 сентябя"
    untitled = next(r for r in recs if r["start"].startswith("2017-09-22"))
    assert untitled["attrs"]["no_headline"] is True
    assert untitled["title"].startswith('"Мишенями" телефонных террористов 22 сентября')


def test_timesketch_row_of_500_columns_timesketch_cannot_map(tmp_path):
    """Timesketch's test of its field limit: one event with 500 columns of its own,
    which OpenSearch's mapping refuses; dateline keeps them all."""
    (rec,) = load(tmp_path / "m.db", REAL / "timesketch-mapping-limit-500-fields.csv")
    assert rec["kind"] == "Mapping Limit Test" and rec["start"] == "2023-10-27T10:00:00+00:00"
    assert len(rec["attrs"]) == 500 and set(rec["attrs"].values()) == {"some_value"}


def test_timesketch_jsonl_with_timeline_ids_and_a_broken_line(tmp_path):
    """Timesketch's end-to-end file for __timeline_id (its third line lacks a quote):
    the broken line is named, the store unchanged; --skip-bad imports the other two,
    their __timeline_id kept."""
    path = REFUSED / "timesketch-timeline-id-broken-line.jsonl"
    result = run("--db", tmp_path / "t.db", "import", path)
    assert result.exit_code == 1 and not (tmp_path / "t.db").exists()
    assert f"{path}:3: broken JSON: Expecting property name enclosed in double quotes (column 22)" in result.stderr
    result = run("--db", tmp_path / "t.db", "import", "--skip-bad", path)
    assert result.exit_code == 0 and ": 2 new, 0 updated, 0 unchanged, 1 bad" in result.stderr
    db = store.open_store(tmp_path / "t.db")
    try:
        recs = list(queries.records(db))
    finally:
        db.close()
    assert sorted(r["attrs"]["__timeline_id"] for r in recs) == [0, 1]


def test_a_jekyll_template_of_timelinejs_data_is_refused_as_such(tmp_path):
    """CollectionBuilder (and other Jekyll sites) keep assets/data/timelinejs.json as a
    template: front matter, then Liquid that writes the JSON when the site is built. A
    clone holds the template: said so, with where the data is, not as a CSV whose
    column is '---'."""
    path = REFUSED / "timelinejs-jekyll-liquid-template.json"
    message = refused_import(tmp_path / "j.db", path)
    assert not (tmp_path / "j.db").exists()
    assert message == (
        f"Error: {path}:1: a Jekyll template (front matter and Liquid tags), not the data it makes: build the site "
        "(jekyll build) and import the file it writes under _site/"
    )
    braces = tmp_path / "b.jsonl"  # Liquid-like text in a record is a record's text
    braces.write_text(json.dumps({"title": "---", "start": "2024-01-02", "summary": "{{ site.title }} {% if x %}"}))
    assert formats.detect(braces) == "jsonl"
    sheet = tmp_path / "s.csv"  # a line of dashes above a header, no Liquid: not a template
    sheet.write_text("---\ntitle,start\nA,2024-01-02\n---\n")
    assert formats.detect(sheet) == "csv"


@pytest.mark.parametrize("name", ["timesketch-plaso-tln.txt", "timesketch-plaso-l2ttln.txt"])
def test_plaso_tln_is_refused_as_timesketch_refuses_it(tmp_path, name):
    """Plaso's psort -o tln and -o l2ttln (pipes between Time, Source, Host, User,
    Description…, as its own tests expect them written): refused in Timesketch's terms,
    like l2tcsv, not as dateline's CSV nor as "a text, not a table"."""
    path = REFUSED / name
    assert formats.detect(path) == "timesketch"
    message = refused_import(tmp_path / "t.db", path)
    assert not (tmp_path / "t.db").exists()
    assert message == (
        f"Error: {path}:1: Plaso's TLN (Time|Source|Host|User|Description…), which Timesketch refuses too (no "
        "message, datetime, timestamp_desc): write the timeline with psort -o dynamic or -o json_line"
    )


def test_timelinejs_display_date_that_hides_the_date_is_not_the_dates_words(tmp_path):
    """A display_date of "." or "-" (a timeline's group labels, the Hundred Years' War
    file's) hides the slide's date in TimelineJS: kept, and written back, but not shown
    as the date's words; words and numbers are ("c. 1337", "13 сентября")."""
    doc = {
        "events": [
            {"start_date": {"year": 900}, "display_date": ".", "text": {"headline": "Kings"}},
            {"start_date": {"year": 901, "display_date": "-"}, "text": {"headline": "Queens"}},
            {"start_date": {"year": 1337}, "display_date": "c. 1337", "text": {"headline": "War"}},
        ]
    }
    path = tmp_path / "t.json"
    path.write_text(json.dumps(doc))
    recs = {r["title"]: r for r in load(tmp_path / "a.db", path)}
    assert (recs["Kings"]["date_text"], recs["Kings"]["attrs"]["display_date"]) == (None, ".")
    assert (recs["Queens"]["date_text"], recs["Queens"]["attrs"]["display_date"]) == (None, "-")
    assert recs["War"]["date_text"] == "c. 1337" and "display_date" not in recs["War"]["attrs"]
    out = export(tmp_path / "a.db", "timelinejs", tmp_path / "o.json")
    shown = {s["text"]["headline"]: s.get("display_date") for s in json.loads(out.read_text())["events"]}
    assert shown == {"Kings": ".", "Queens": "-", "War": "c. 1337"}


def test_timelinejs2_dates_month_first_with_slashes_and_an_era(tmp_path):
    """A study plan written for TimelineJS2 in one line: startDate "5/12/2015" (month
    first, as TimelineJS2's date parser reads it), endDate equal to the start, quoted
    words in headlines, an era of years "2000" to "2020"."""
    recs = load(tmp_path / "s.db", REAL / "timelinejs2-month-first-slashes-era.json")
    assert len(recs) == 12  # 10 dates, the era and the title
    days = sorted({r["start"][:10] for r in recs if not r["attrs"].get("timelinejs")})
    assert days == ["2015-05-12", "2015-05-13", "2015-05-15", "2015-05-16"]
    (era,) = [r for r in recs if r["attrs"].get("timelinejs") == "era"]
    assert (era["start"][:10], era["end"][:10], era["title"]) == ("2000-01-01", "2021-01-01", "era headline")
    assert any(r["title"] == 'Test "Very Easy" words 1' for r in recs)


ZIRCOLITE_DETECTIONS = [  # as Zircolite writes detected_events.json (its tests' sample_detection_results)
    {
        "title": "Suspicious PowerShell Command",
        "id": "test-rule-001",
        "description": "Detects suspicious PowerShell commands",
        "sigmafile": "test_rule.yml",
        "sigma": ["SELECT * FROM logs WHERE CommandLine LIKE '%powershell%'"],
        "rule_level": "high",
        "tags": ["attack.execution", "attack.t1059.001"],
        "count": 2,
        "matches": [
            {"row_id": 1, "SystemTime": "2021-05-25T12:04:22.4718838Z", "CommandLine": "powershell.exe -c whoami"},
            {"row_id": 2, "SystemTime": "2021-05-25T12:04:25.1Z", "CommandLine": "powershell.exe -enc ab"},
        ],
    },
    {
        "title": "File Download Via Bitsadmin",
        "id": "d059842b-6b9d-4ed1-b5c3-5b89143c6ede",
        "description": "Detects usage of bitsadmin downloading a file",
        "sigmafile": "proc_creation_win_bitsadmin_download.yml",
        "rule_level": "medium",
        "tags": ["attack.t1197"],
        "count": 1,
        "matches": [{"row_id": 7, "Computer": "swachchhanda"}],
    },
]


def test_zircolite_detections_import_as_its_timesketch_template_writes_them(tmp_path):
    """Zircolite's detected_events.json (rules, each with the events it matched) was
    refused as a JSON array, with a jq line that led to records without a date. It
    reads as Zircolite's Timesketch template writes it: one event a match, the rule's
    title its message, the match's SystemTime its time (7 digits of a second), the rule's
    id an attribute (it repeats); a match without SystemTime is a bad row at its rule's
    line."""
    path = tmp_path / "detected_events.json"
    path.write_text(json.dumps(ZIRCOLITE_DETECTIONS, indent=2))
    assert formats.detect(path) == "timesketch"
    result = run("--db", tmp_path / "z.db", "import", path)
    assert result.exit_code == 1 and not (tmp_path / "z.db").exists()
    lines = path.read_text().splitlines()
    rule = next(i for i, x in enumerate(lines) if "File Download Via Bitsadmin" in x)  # the line after its "{"
    assert f"{path}:{rule}: missing Timesketch's required field 'datetime' (or 'timestamp')" in result.stderr
    result = run("--db", tmp_path / "z.db", "import", "--skip-bad", path)
    assert result.exit_code == 0 and ": 2 new, 0 updated, 0 unchanged, 1 bad" in result.stderr
    db = store.open_store(tmp_path / "z.db")
    try:
        recs = sorted(queries.records(db), key=lambda r: r["start"])
        out = tmp_path / "z.jsonl"
        formats.export_to_file(db, "timesketch", out)
    finally:
        db.close()
    assert [r["start"] for r in recs] == ["2021-05-25T12:04:22+00:00", "2021-05-25T12:04:25+00:00"]
    first = recs[0]
    assert (first["title"], first["kind"]) == ("Suspicious PowerShell Command", "Event time")
    assert first["attrs"]["id"] == "test-rule-001" and first["id"] != "test-rule-001"
    assert first["attrs"]["rule_level"] == "high" and first["attrs"]["timestamp"] == 1621944262471883
    assert first["attrs"]["CommandLine"] == "powershell.exe -c whoami"
    again = {r["id"]: r for r in load(tmp_path / "again.db", out)}
    assert all(again[r["id"]] == r for r in recs)


def test_timelinejs_background_photo_caption_and_credit_are_kept(tmp_path):
    """A law school's timeline of universal jurisdiction (trials, conventions): some
    slides have a background photo instead of media, with a caption and a credit that
    TimelineJS does not show; they were lost, and are kept (and written back), like a
    media's; a credit's link (the photo's page), which was lost too, is kept and written
    back as a link. Accents, curly quotes, relative image paths, a stray '>' after a
    credit's link."""
    path = REAL / "timelinejs-justice-background-credits.json"
    recs = {r["title"]: r for r in load(tmp_path / "j.db", path)}
    princeton = recs["Princeton Principles finalized"]
    assert princeton["attrs"] == {
        "background_url": "images/timeline/princeton_2001.jpg",
        "background_caption": "Princeton School of Public and International Affairs (where the principles were finalized)",
        "background_credit": "Credit:Paul VanDerWerf",
        "background_credit_link": "https://www.flickr.com/photos/12357841@N02/50088621441",
    }
    assert princeton["start"] == "2001-01-27T00:00:00+00:00"
    habre = recs["Conviction of Hissène Habré"]
    assert habre["attrs"]["media_url"] == "images/timeline/habre2016.png" and "Rwanda" not in habre["summary"]
    petrovsky = recs["Conviction of Yan Petrovsky"]["attrs"]
    assert petrovsky["media_credit"] == "Credit:Radio Free Europe/Radio Liberty>"
    assert petrovsky["media_credit_link"].startswith("https://www.rferl.org/a/ukraine-russia-far-right-militia")
    out = export(tmp_path / "j.db", "timelinejs", tmp_path / "o.json")
    slide = next(s for s in json.loads(out.read_text())["events"] if s["unique_id"] == princeton["id"])
    assert slide["background"]["credit"] == (
        '<a href="https://www.flickr.com/photos/12357841@N02/50088621441">Credit:Paul VanDerWerf</a>'
    )


def test_timelinejs_french_dates_in_words_inside_start_date(tmp_path):
    """A French newsroom draft: the date's words inside start_date ("15 avril 2002"), a
    title slide whose headline is empty (the file names the source), two slides with the
    same headline and picture (two events)."""
    path = REAL / "timelinejs-french-start-display-date.json"
    recs = sorted(load(tmp_path / "f.db", path), key=lambda r: r["start"])
    assert [(r["start"][:10], r["date_text"]) for r in recs] == [
        ("2002-04-15", "15 avril 2002"),
        ("2016-07-15", "15 juillet 2016"),
    ]
    assert {r["title"] for r in recs} == {"Attentat de Nice - Tweet de Manuel Valls"}
    assert {r["source"] for r in recs} == {path.name}


def test_an_sqlite_database_is_refused_as_such_plaso_storage_first(tmp_path):
    """Plaso's storage file (.plaso: an SQLite database), which analysts upload to
    Timesketch as it is (Timesketch runs psort on it), was read as a broken CSV ("new-line
    character seen in unquoted field", line 2). It is refused as a database, naming the
    psort line that writes a timeline that imports; so is any SQLite file."""
    path = REFUSED / "timesketch-plaso-storage-first-page.plaso"
    for fmt in ("auto", "timesketch"):
        message = refused_import(tmp_path / "p.db", "--format", fmt, path)
        assert not (tmp_path / "p.db").exists()
        assert message == (
            f"Error: {path}:1: an SQLite database, not text: Plaso's storage file (.plaso), which Timesketch runs "
            "psort on, becomes a timeline that imports with psort -o json_line -w FILE.jsonl; a dateline store "
            "opens with --db"
        )


def test_a_windows_event_log_file_is_refused_naming_what_makes_a_timeline(tmp_path):
    """A raw .evtx (Chainsaw's test sample) was refused as "not UTF-8 text (byte 0x80)",
    pointing at --encoding: it is an event log, which Hayabusa or Plaso make a timeline of."""
    path = REFUSED / "chainsaw-security-sample-first-chunk.evtx"
    result = run("--db", tmp_path / "e.db", "import", path)
    assert result.exit_code == 1 and not (tmp_path / "e.db").exists()
    assert f"{path}:1: a Windows event log (.evtx), not text: make a timeline of it with Hayabusa" in result.stderr
    assert "encoding" not in result.stderr


def test_timelinejs_export_keeps_a_time_that_is_not_utc(tmp_path):
    """Hayabusa's times are the analyst's (+09:00). A TimelineJS export wrote their wall
    clock with no zone and the import read it as UTC: the same store took every event 9
    hours later ("10 updated"). The export now writes the offset beside the time
    (utc_offset, which TimelineJS passes over, showing the time as written), and the
    import reads it; a UTC time is written as before."""
    db_path = tmp_path / "h.db"
    assert run("--db", db_path, "import", REAL / "hayabusa-csv-timeline-v1-local-offset.csv").exit_code == 0
    out = tmp_path / "h.json"
    assert run("--db", db_path, "export", "--format", "timelinejs", "-o", out).exit_code == 0
    first = json.loads(out.read_text())["events"][0]["start_date"]
    assert first == {
        "year": 2013,
        "month": 10,
        "day": 24,
        "hour": 1,
        "minute": 16,
        "second": 13,
        "utc_offset": "+09:00",
    }
    result = run("--db", db_path, "import", out)
    assert result.exit_code == 0 and ": 0 new, 0 updated, 10 unchanged" in result.stderr
    path = tmp_path / "t.json"
    slide = {"text": {"headline": "Shift"}, "start_date": {"year": 2024, "month": 3, "day": 30, "hour": 23}}
    slide["start_date"]["utc_offset"] = "+01:00"
    slide["end_date"] = {"year": 2024, "month": 3, "day": 31, "hour": 4, "utc_offset": "+02:00"}  # a DST change
    path.write_text(json.dumps({"events": [slide]}))
    recs = {r["title"]: r for _, r in formats.read(path)}
    assert (recs["Shift"]["start"], recs["Shift"]["end"]) == ("2024-03-30T23:00:00+01:00", "2024-03-31T05:00:00+02:00")
    slide["start_date"]["utc_offset"] = "CET"
    path.write_text(json.dumps({"events": [slide]}))
    ((_, err),) = list(formats.read(path))
    assert str(err) == "cannot read start_date.utc_offset 'CET' (+HH:MM)"


def test_timelinejs_export_of_a_title_without_a_headline_keeps_the_source(tmp_path):
    """A title slide with text and no headline names no source, so the file's name is
    it. The export wrote no name, and the store took its own export as "30 updated", every
    event's source renamed after the exported file. The name goes out as the document's
    `source` (TimelineJS reads only title, events, eras and scale) and comes back."""
    db_path = tmp_path / "r.db"
    path = REAL / "timelinejs-russian-news-display-dates.json"
    assert run("--db", db_path, "import", path).exit_code == 0
    out = tmp_path / "out.json"
    assert run("--db", db_path, "export", "--format", "timelinejs", "-o", out).exit_code == 0
    doc = json.loads(out.read_text())
    assert doc["source"] == path.name and doc["title"]["text"]["headline"] == ""
    result = run("--db", db_path, "import", out)
    assert result.exit_code == 0 and ": 0 new, 0 updated, 30 unchanged" in result.stderr
    named = tmp_path / "named.json"  # a title's headline names the source before a document's own
    named.write_text(json.dumps(dict(doc, title={"text": {"headline": "Hoaxes", "text": "t"}})))
    assert {r["source"] for _, r in formats.read(named)} == {"Hoaxes"}
