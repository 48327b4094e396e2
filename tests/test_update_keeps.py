"""An import that updates events leaves alone what its format does not carry.

A CSV has no quotes, ACLED no injured or link, TimelineJS no actors or casualties: an
update from such a file changes the fields it has and keeps the rest, quotes included.
A format that does carry a field replaces it (an empty cell clears it)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.tui.cli import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def events(db: Path) -> dict[str, dict]:
    result = run("--db", db, "events", "--json")
    assert result.exit_code == 0, result.output
    return {rec["id"]: rec for rec in map(json.loads, result.stdout.splitlines())}


def quote_count(db: Path) -> int:
    result = run("--db", db, "quotes", "--json")
    assert result.exit_code == 0, result.output
    return len(result.stdout.splitlines())


def test_seed_csv_export_imported_back_changes_nothing(seed_path, tmp_path):
    before = events(seed_path)
    out = tmp_path / "seed.csv"
    assert run("--db", seed_path, "export", "--format", "csv", "-o", out).exit_code == 0
    result = run("--db", seed_path, "import", out)
    assert result.exit_code == 0, result.output
    assert events(seed_path) == before
    assert quote_count(seed_path) == 9


def test_csv_edit_of_one_field_keeps_the_quotes(seed_path, tmp_path):
    out = tmp_path / "seed.csv"
    assert run("--db", seed_path, "export", "--format", "csv", "-o", out).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    target = next(r for r in rows if r["id"] == "seed-toropets")
    before = events(seed_path)["seed-toropets"]
    assert len(before["quotes"]) == 2
    target["title"] = "Toropets depot hit (edited)"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerow(target)
    edited = tmp_path / "edited.csv"
    edited.write_text(buf.getvalue(), encoding="utf-8")
    assert run("--db", seed_path, "import", edited).exit_code == 0
    after = events(seed_path)["seed-toropets"]
    assert after["title"] == "Toropets depot hit (edited)"
    assert after["quotes"] == before["quotes"]
    assert {k: v for k, v in after.items() if k != "title"} == {k: v for k, v in before.items() if k != "title"}
    assert quote_count(seed_path) == 9


def test_csv_with_fewer_columns_updates_only_those(seed_path, tmp_path):
    before = events(seed_path)["seed-kharkiv"]
    small = tmp_path / "small.csv"
    small.write_text(
        f"id,title,start,injured\nseed-kharkiv,Kharkiv airstrikes,{before['start']},16\n", encoding="utf-8"
    )
    assert run("--db", seed_path, "import", small).exit_code == 0
    after = events(seed_path)["seed-kharkiv"]
    assert after["injured"] == 16 and after["title"] == "Kharkiv airstrikes"
    for field in ("summary", "place", "country", "actors", "quotes", "source", "published", "date_text", "excerpt"):
        assert after[field] == before[field], field


def test_an_empty_csv_cell_clears_its_field(seed_path, tmp_path):
    before = events(seed_path)["seed-kharkiv"]
    assert before["place"]
    small = tmp_path / "small.csv"
    small.write_text(f"id,title,start,place\nseed-kharkiv,{before['title']},{before['start']},\n", encoding="utf-8")
    assert run("--db", seed_path, "import", small).exit_code == 0
    assert events(seed_path)["seed-kharkiv"]["place"] is None


def test_jsonl_carries_quotes_and_replaces_them(seed_path, tmp_path):
    rec = events(seed_path)["seed-toropets"]
    rec["quotes"] = [{"text": "Only this one now", "speaker": "Editor"}]
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert run("--db", seed_path, "import", path).exit_code == 0
    assert events(seed_path)["seed-toropets"]["quotes"] == [{"text": "Only this one now", "speaker": "Editor"}]


def test_jsonl_without_a_quotes_key_keeps_them(seed_path, tmp_path):
    rec = events(seed_path)["seed-toropets"]
    quotes = rec.pop("quotes")
    rec.pop("attrs")
    rec["title"] = "Renamed"
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert run("--db", seed_path, "import", path).exit_code == 0
    after = events(seed_path)["seed-toropets"]
    assert after["title"] == "Renamed" and after["quotes"] == quotes


def test_acled_update_keeps_what_acled_has_no_column_for(seed_path, tmp_path):
    rec = events(seed_path)["seed-toropets"]
    rec.update(id="UKR1", link="https://example.org/kharkiv", injured=15, excerpt="A paragraph.")
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert run("--db", seed_path, "import", path).exit_code == 0
    acled = tmp_path / "acled.csv"
    acled.write_text(
        "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,"
        "location,latitude,longitude,source,notes,fatalities\n"
        "UKR1,2024-09-20,1,Explosions/Remote violence,Air/drone strike,Military Forces of Russia,,Ukraine,"
        "Kharkiv,Kharkiv,49.99,36.23,AP,Airstrikes hit Kharkiv.,0\n",
        encoding="utf-8",
    )
    result = run("--db", seed_path, "import", acled)
    assert result.exit_code == 0, result.output
    after = events(seed_path)["UKR1"]
    assert after["summary"] == "Airstrikes hit Kharkiv."
    assert after["quotes"] == rec["quotes"] and after["quotes"]
    assert after["link"] == "https://example.org/kharkiv"
    assert after["injured"] == 15
    assert after["excerpt"] == "A paragraph."


@pytest.mark.parametrize(
    "field", ["place", "region", "country", "actors", "killed", "injured", "lat", "lon", "excerpt", "paragraph"]
)
def test_timelinejs_round_trip_keeps_fields_it_has_no_place_for(seed_path, tmp_path, field):
    before = events(seed_path)
    out = tmp_path / "seed.json"
    assert run("--db", seed_path, "export", "--format", "timelinejs", "-o", out).exit_code == 0
    assert run("--db", seed_path, "import", "--format", "timelinejs", out).exit_code == 0
    after = events(seed_path)
    for event_id, rec in before.items():
        assert after[event_id][field] == rec[field], (event_id, field)
    assert quote_count(seed_path) == 9


def test_an_import_without_a_source_names_the_file(tmp_path):
    db = tmp_path / "s.db"
    path = tmp_path / "colleague.csv"
    path.write_text("title,start\nSomething happened,2024-09-20\n", encoding="utf-8")
    assert run("--db", db, "import", "--published", "2024-09-21", path).exit_code == 0
    (rec,) = events(db).values()
    assert rec["source"] == "colleague.csv"
    assert rec["published"].startswith("2024-09-21")


def test_seed_timesketch_export_imported_back_changes_nothing(seed_path, tmp_path):
    """The rows keep dateline's id and fields: the same events are updated, none added."""
    before = events(seed_path)
    out = tmp_path / "seed.jsonl"
    assert run("--db", seed_path, "export", "--format", "timesketch", "-o", out).exit_code == 0
    result = run("--db", seed_path, "import", out)
    assert result.exit_code == 0, result.output
    assert ": 0 new, 0 updated, 11 unchanged" in result.stderr
    assert events(seed_path) == before
    assert quote_count(seed_path) == 9


def test_timesketch_edit_of_a_message_keeps_the_rest(seed_path, tmp_path):
    out = tmp_path / "seed.jsonl"
    assert run("--db", seed_path, "export", "--format", "timesketch", "-o", out).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    row = next(r for r in rows if r["id"] == "seed-toropets")
    before = events(seed_path)["seed-toropets"]
    row["message"] = row["title"] + "\n\nAn analyst's correction."
    for key in ("place", "actors", "quotes", "killed"):  # a tool that drops columns
        row.pop(key, None)
    edited = tmp_path / "edited.jsonl"
    edited.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert run("--db", seed_path, "import", edited).exit_code == 0
    after = events(seed_path)["seed-toropets"]
    assert after["summary"] == "An analyst's correction."
    for field in ("title", "place", "actors", "quotes", "killed", "start", "precision", "source", "lat"):
        assert after[field] == before[field], field


def test_timesketch_row_with_an_id_updates_that_event(seed_path, tmp_path):
    """A plain Timesketch row (no dateline fields) with the event's id changes what
    Timesketch carries (message, time, timestamp_desc) and keeps the rest."""
    before = events(seed_path)["seed-kharkiv"]
    path = tmp_path / "ts.csv"
    path.write_text(
        "message,datetime,timestamp_desc,_id\nKharkiv strikes,2024-09-20T21:15:00+00:00,Report time,seed-kharkiv\n",
        encoding="utf-8",
    )
    assert run("--db", seed_path, "import", path).exit_code == 0
    after = events(seed_path)
    assert len(after) == 11
    rec = after["seed-kharkiv"]
    assert (rec["title"], rec["kind"], rec["start"]) == ("Kharkiv strikes", "Report time", "2024-09-20T21:15:00+00:00")
    for field in ("place", "actors", "quotes", "killed", "injured", "country", "source", "published"):
        assert rec[field] == before[field], field


def test_timesketch_export_back_from_timesketch_keeps_dateline_ids(seed_path, tmp_path):
    """Rows exported by dateline, loaded into Timesketch and exported from it again carry
    Timesketch's own _id too: dateline's id still names the event."""
    out = tmp_path / "seed.jsonl"
    assert run("--db", seed_path, "export", "--format", "timesketch", "-o", out).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    back = tmp_path / "from-timesketch.jsonl"
    back.write_text(
        "".join(json.dumps(dict(r, _id=f"os-{n}", _index="idx", label="[]")) + "\n" for n, r in enumerate(rows)),
        encoding="utf-8",
    )
    before = events(seed_path)
    assert run("--db", seed_path, "import", back).exit_code == 0
    after = events(seed_path)
    assert after.keys() == before.keys()
    assert all(after[k]["title"] == before[k]["title"] and after[k]["quotes"] == before[k]["quotes"] for k in before)
