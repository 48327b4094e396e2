"""``dateline import --column FIELD=COLUMN``: another program's CSV or JSON, its columns
named as dateline's fields, read as the user sees it (``events --json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dateline.tui import cli
from importing import error_line, refused_import, run
from test_real_files_tools import events


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_help_shows_the_option():
    result = run("import", "--help")
    assert result.exit_code == 0
    assert "--column FIELD=COLUMN" in result.output and "--column title=event" in result.output


def test_a_newsroom_csv_with_its_own_columns_imports(tmp_path):
    """``date,event,source``: refused naming its columns and the option; with the option,
    each row is an event dated by its ``date``, its ``source`` (a field of dateline's by
    name) the outlet."""
    path = write(
        tmp_path / "desk.csv",
        "date,event,source\n2024-09-20,Drones hit Toropets depot,Reuters\n2024-09-21,Kharkiv shelled,AP\n",
    )
    refused = run("--db", tmp_path / "a.db", "import", path)
    assert refused.exit_code == 1 and "its columns: date, event, source; --column title=COLUMN" in refused.stderr
    result = run("--db", tmp_path / "a.db", "import", path, "--column", "title=event", "--column", "start=date")
    assert result.exit_code == 0 and "2 new, 0 updated, 0 unchanged" in result.output
    recs = events(tmp_path / "a.db")
    assert [(r["title"], r["start"][:10], r["source"]) for r in recs] == [
        ("Drones hit Toropets depot", "2024-09-20", "Reuters"),
        ("Kharkiv shelled", "2024-09-21", "AP"),
    ]


def test_upper_case_columns_a_place_and_the_rest_kept_as_attributes(tmp_path):
    """``ID,DATE,NAME,EVENT``: a column is found but for its case (``start=date``); ID is
    dateline's id already (as a spreadsheet heads it); the columns not named are kept."""
    path = write(
        tmp_path / "log.csv",
        "ID,DATE,NAME,EVENT,DESK\nk1,2024-09-20,Kharkiv,Airstrike on a residential block,Europe\n"
        "o1,2024-09-21,Odesa,Drones hit the port,\n",
    )
    mapping = ("--column", "start=date", "--column", "place=NAME", "--column", "title=EVENT")
    result = run("--db", tmp_path / "a.db", "import", "--tz", "Europe/Kyiv", path, *mapping)
    assert result.exit_code == 0, result.output
    recs = {r["id"]: r for r in events(tmp_path / "a.db")}
    assert recs["k1"]["title"] == "Airstrike on a residential block" and recs["k1"]["place"] == "Kharkiv"
    assert recs["k1"]["start"] == "2024-09-20T00:00:00+03:00" and recs["k1"]["lat"] is not None  # the gazetteer's
    assert recs["k1"]["attrs"]["DESK"] == "Europe" and "DESK" not in recs["o1"]["attrs"]  # (an empty cell)


def test_a_column_named_as_a_field_another_column_is_given_to_is_kept(tmp_path):
    """``--column title=headline`` beside a ``title`` column of the file's own: the
    headline is the title, the file's title an attribute of that name."""
    path = write(tmp_path / "t.csv", "title,headline,when\nslug-1,Port of Odesa hit,2024-09-21\n")
    result = run("--db", tmp_path / "a.db", "import", path, "--column", "title=headline", "--column", "start=when")
    assert result.exit_code == 0, result.output
    (rec,) = events(tmp_path / "a.db")
    assert rec["title"] == "Port of Odesa hit" and rec["attrs"] == {"title": "slug-1"}


@pytest.mark.parametrize("layout", ["lines", "array", "pretty", "object"])
def test_json_records_with_when_and_what_import(tmp_path, layout):
    """Records with ``when``/``what``/``where`` as JSON Lines, a JSON array, objects over
    several lines one after another (``jq '.[]'`` without -c), or an object's list: all
    import with the same options, the same ids; other fields kept as attributes."""
    records = [
        {"when": "2024-09-20T06:00:00+03:00", "what": "Drones hit Toropets depot", "where": "Toropets", "n": 1},
        {"when": "2024-09-21", "what": "Kharkiv shelled", "where": "Kharkiv", "tags": ["verify"]},
    ]
    text = {
        "lines": "".join(json.dumps(r) + "\n" for r in records),
        "array": json.dumps(records, indent=2),
        "pretty": "".join(json.dumps(r, indent=2) + "\n" for r in records),
        "object": json.dumps({"meta": {"n": 2}, "items": records}, indent=1),
    }[layout]
    path = write(tmp_path / "feed.json", text)
    mapping = ("--column", "start=when", "--column", "title=what", "--column", "place=where")
    result = run("--db", tmp_path / "a.db", "import", "--tz", "Europe/Kyiv", path, *mapping)
    assert result.exit_code == 0 and "2 new, 0 updated, 0 unchanged" in result.output, result.output
    recs = events(tmp_path / "a.db")
    assert [(r["title"], r["start"], r["place"]) for r in recs] == [
        ("Drones hit Toropets depot", "2024-09-20T06:00:00+03:00", "Toropets"),
        ("Kharkiv shelled", "2024-09-21T00:00:00+03:00", "Kharkiv"),
    ]
    assert recs[0]["attrs"]["n"] == 1 and recs[1]["tags"] == ["verify"]  # a field of dateline's by name
    again = run("--db", tmp_path / "a.db", "import", "--tz", "Europe/Kyiv", path, *mapping)
    assert again.exit_code == 0 and "0 new, 0 updated, 2 unchanged" in again.output
    assert [r["id"] for r in events(tmp_path / "a.db")] == [r["id"] for r in recs]


def test_a_bad_record_of_a_json_array_is_said_at_the_line_of_its_brace(tmp_path):
    path = write(
        tmp_path / "a.json",
        '[\n  {"what": "A", "when": "2024-01-01"},\n  {"what": "B",\n   "when": "someday soon"}\n]\n',
    )
    result = run("--db", tmp_path / "a.db", "import", path, "--column", "title=what", "--column", "start=when")
    assert result.exit_code == 1 and f"{path}:3: " in result.stderr and not (tmp_path / "a.db").exists()


def test_a_json_object_with_several_lists_of_records_is_refused_naming_them(tmp_path):
    path = write(tmp_path / "a.json", json.dumps({"news": [{"a": 1}], "people": [{"b": 2}]}, indent=1))
    result = run("--db", tmp_path / "a.db", "import", path, "--column", "title=a", "--column", "start=b")
    assert result.exit_code == 1
    assert "a JSON object with several lists of records (news, people): jq -c '.news[]' FILE" in result.stderr


def test_a_field_only_later_json_lines_have_is_found(tmp_path):
    lines = [{"what": f"Event {i}", "when": "2024-01-01"} for i in range(1001)]
    lines[-1]["where"] = "Kyiv"
    path = write(tmp_path / "a.jsonl", "".join(json.dumps(r) + "\n" for r in lines))
    mapping = ("--column", "title=what", "--column", "start=when", "--column", "place=where")
    result = run("--db", tmp_path / "a.db", "import", path, *mapping)
    assert result.exit_code == 0 and "1,001 new" in result.output, result.output


@pytest.mark.parametrize(
    ("name", "text", "columns"),
    [
        ("a.csv", "date,event\n2024-01-01,A\n", "date, event"),
        ("a.jsonl", '{"date": "2024-01-01", "event": "A"}\n', "date, event"),
        ("a.json", '[{"date": "2024-01-01", "event": "A"}, {"date": "2024-01-02", "what": "B"}]', "date, event, what"),
    ],
)
def test_a_column_the_file_lacks_stops_the_import_naming_its_columns(tmp_path, name, text, columns):
    """A mapping naming a column the file does not have: one line naming the file's
    columns, exit 1 even with --skip-bad, nothing written (an earlier file of the same
    import neither, a store that did not exist is not made)."""
    path = write(tmp_path / name, text)
    good = write(tmp_path / "good.csv", "date,headline\n2024-01-01,Fine\n")
    for skip in ((), ("--skip-bad",)):
        result = run("--db", tmp_path / "a.db", "import", *skip, good, path, "--column", "title=headline")
        assert result.exit_code == 1 and not (tmp_path / "a.db").exists()
        line = error_line(result)
        assert (
            line == f"Error: {path}: --column title=headline: the file has no column 'headline'; its columns: {columns}"
        )
    assert (
        run("--db", tmp_path / "b.db", "import", good, "--column", "title=headline", "--column", "start=date").exit_code
        == 0
    )
    before = events(tmp_path / "b.db")
    result = run(
        "--db", tmp_path / "b.db", "import", good, path, "--column", "title=headline", "--column", "start=date"
    )
    assert result.exit_code == 1 and events(tmp_path / "b.db") == before


def test_a_column_the_file_lacks_stops_an_import_read_in_a_second_process(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "PARALLEL_IMPORT_BYTES", 0)
    path = write(tmp_path / "a.csv", "date,event\n2024-01-01,A\n")
    result = run("--db", tmp_path / "a.db", "import", path, "--column", "title=headline")
    assert result.exit_code == 1 and "the file has no column 'headline'; its columns: date, event" in result.stderr
    assert not (tmp_path / "a.db").exists()
    result = run("--db", tmp_path / "a.db", "import", path, "--column", "title=event", "--column", "start=date")
    assert result.exit_code == 0 and [r["title"] for r in events(tmp_path / "a.db")] == ["A"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--column", "title"), "Error: --column title: write FIELD=COLUMN, e.g. --column title=event"),
        (
            ("--column", "headline=event"),
            "Error: --column headline=event: dateline has no field 'headline' (its fields: id,",
        ),
        (
            ("--column", "title=a", "--column", "title=b"),
            "Error: --column title=b: 'title' is given twice (--column title=a)",
        ),
        (
            ("--column", "title=a", "--column", "summary=a"),
            "Error: --column summary=a: column 'a' is given to 'title' already",
        ),
        (
            ("--column", "title=a", "--format", "acled"),
            "Error: --column reads CSV and JSON files (--format auto, csv or jsonl), not --format acled",
        ),
    ],
)
def test_a_mapping_that_cannot_be_used_is_one_line(tmp_path, args, said):
    path = write(tmp_path / "a.csv", "a,b\nA,2024-01-01\n")
    line = refused_import(tmp_path / "a.db", path, *args)
    assert not (tmp_path / "a.db").exists()
    assert line.startswith(said)


def test_timelinejs_in_a_script_has_no_columns(tmp_path):
    path = write(
        tmp_path / "t.js", 'var data = {"events": [{"start_date": {"year": 2020}, "text": {"headline": "A"}}]};\n'
    )
    result = run("--db", tmp_path / "a.db", "import", path, "--column", "title=headline")
    assert result.exit_code == 1 and "TimelineJS data in a script or page, not a table: --column names" in result.stderr


def test_json_with_no_record_says_what_spoils_it_not_the_mapping(tmp_path):
    for name, text, said in [
        ("a.jsonl", '{"what": "A",\n', ":1: "),
        ("a.json", '[{"what": "A", "when": }]', ":1: broken JSON"),
        ("b.json", "[1, 2]", ":1: a record must be a JSON object"),
    ]:
        path = write(tmp_path / name, text)
        result = run("--db", tmp_path / "a.db", "import", path, "--column", "title=what")
        assert result.exit_code == 1 and f"{path}{said}" in result.stderr and "--column" not in result.stderr


def test_json_lines_of_another_program_s_records_name_the_option(tmp_path):
    """A line whose record has none of title, start and date_text was "missing required
    field 'title'"; now it names its fields and the options that import them."""
    path = write(tmp_path / "a.jsonl", '{"when": "2024-01-01", "what": "A"}\n')
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1
    assert (
        f"{path}:1: another program's record (its fields: when, what), not dateline's (title, and start or "
        "date_text): --column title=FIELD --column start=FIELD (or date_text=FIELD) imports them, naming theirs"
    ) in result.stderr
    result = run("--db", tmp_path / "a.db", "import", path, "--column", "title=what", "--column", "start=when")
    assert result.exit_code == 0 and [r["title"] for r in events(tmp_path / "a.db")] == ["A"]


def test_a_row_s_own_publication_and_source_win_over_the_options(tmp_path):
    """Words are read against the row's own publication date (``published=pubdate``),
    else --published; the row's outlet (``source=outlet``) names its source."""
    path = write(
        tmp_path / "p.csv",
        "headline,when,outlet,pubdate\nKharkiv shelled,on Friday,AP,2024-09-21\nOdesa port hit,yesterday,Reuters,\n",
    )
    mapping = ("--column", "title=headline", "--column", "date_text=when", "--column", "source=outlet")
    mapping += ("--column", "published=pubdate")
    args = ("import", path, *mapping, "--published", "2024-09-10", "--tz", "Europe/Kyiv", "--source", "desk")
    result = run("--db", tmp_path / "a.db", *args)
    assert result.exit_code == 0, result.output
    recs = {r["title"]: r for r in events(tmp_path / "a.db")}
    assert (recs["Kharkiv shelled"]["start"], recs["Kharkiv shelled"]["source"]) == ("2024-09-20T00:00:00+03:00", "AP")
    assert (recs["Odesa port hit"]["start"], recs["Odesa port hit"]["source"]) == (
        "2024-09-09T00:00:00+03:00",
        "Reuters",
    )


def test_records_over_several_lines_with_lists_of_their_own_stay_records(tmp_path):
    """Records written over several lines (``jq '.[]'``) whose links are a list of
    objects: each is a record, not a holder of records (the mapping's columns are its own)."""
    records = [
        {"what": "A", "when": "2024-01-01", "links": [{"url": "https://example.org/a"}]},
        {"what": "B", "when": "2024-01-02", "links": [{"url": "https://example.org/b"}]},
    ]
    path = write(tmp_path / "a.json", "".join(json.dumps(r, indent=2) + "\n" for r in records))
    result = run("--db", tmp_path / "a.db", "import", path, "--column", "title=what", "--column", "start=when")
    assert result.exit_code == 0, result.output
    recs = events(tmp_path / "a.db")
    assert [r["title"] for r in recs] == ["A", "B"]
    assert recs[0]["attrs"]["links"] == [{"url": "https://example.org/a"}]
