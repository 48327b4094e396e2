"""One story about time zones: each event keeps its source's zone; a time without a zone
is read in the store's zone (its newest source's) or --tz, and what is written says it."""

from __future__ import annotations

import json
from datetime import datetime

from click.testing import CliRunner
from dateline.db import queries, store, zones
from dateline.tui.cli import main
from test_app import app_for, detail_text


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def ids(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_the_seed_store_is_in_kyiv_time(seed_db):
    assert zones.store_zone(seed_db) == "Europe/Kyiv"
    assert zones.zone_name("Europe/Kyiv") == "Kyiv time"
    assert zones.zone_name("America/New_York") == "New York time"
    assert zones.zone_name(None, datetime.fromisoformat("2024-09-20T20:00:00+03:00")) == "UTC+03:00"
    assert zones.zone_name("UTC") == "UTC"


def test_from_and_to_read_a_bare_time_in_the_stores_zone(seed_path):
    # 19:00 Kyiv time is before the night's 20:00 start; 19:00 UTC (22:00 in Kyiv) is not
    assert ids(run("--db", seed_path, "events", "--to", "2024-09-20 19:00", "--json")) == ["seed-briefing"]
    with_utc = ids(run("--db", seed_path, "events", "--to", "2024-09-20 19:00", "--tz", "UTC", "--json"))
    assert "seed-drone-raid" in with_utc and "seed-briefing" in with_utc
    # a time with its own offset is that moment, whatever the store's zone
    assert ids(run("--db", seed_path, "events", "--to", "2024-09-20T19:00:00+03:00", "--json")) == ["seed-briefing"]
    # export reads them the same way
    result = run("--db", seed_path, "export", "--to", "2024-09-20 19:00")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["seed-briefing"]


def test_an_unknown_tz_is_one_line(seed_path):
    result = run("--db", seed_path, "events", "--tz", "Mars/Olympus")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: unknown time zone 'Mars/Olympus'"


def test_text_and_json_output_say_the_offset(seed_path):
    result = run("--db", seed_path, "events")
    assert "2024-09-20 20:00 +03:00  night" in result.stdout
    first = json.loads(run("--db", seed_path, "events", "--json").stdout.splitlines()[0])
    assert first["start"].endswith("+03:00") and first["end"].endswith("+03:00")


def test_an_import_without_zones_is_read_in_the_stores_zone_and_says_so(seed_path, tmp_path):
    csv = tmp_path / "colleague.csv"
    csv.write_text("id,title,start\nc1,Late fire,2024-09-20 22:00\nc2,Offset given,2024-09-20T22:00:00Z\n")
    result = run("--db", seed_path, "import", csv)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "1 event gave no time zone: read in Europe/Kyiv, the store's zone (its newest source's); --tz ZONE to say which"
    )
    starts = {
        json.loads(line)["id"]: json.loads(line)["start"]
        for line in run("--db", seed_path, "events", "--json").stdout.splitlines()
    }
    assert starts["c1"] == "2024-09-20T22:00:00+03:00"  # beside the Kyiv-time events, not in UTC
    assert starts["c2"] == "2024-09-20T22:00:00+00:00"  # its own zone kept
    # with --tz nothing is assumed, and nothing said
    other = tmp_path / "other.csv"
    other.write_text("id,title,start\nd1,Elsewhere,2024-09-20 22:00\n")
    result = run("--db", seed_path, "import", "--tz", "Europe/London", other)
    assert len(result.stderr.splitlines()) == 1
    db = store.open_store(seed_path)
    assert db.execute("SELECT start FROM events WHERE id = 'd1'").fetchone() == ("2024-09-20T22:00:00+01:00",)
    assert db.execute("SELECT tz FROM sources WHERE title = 'other.csv'").fetchone() == ("Europe/London",)
    db.close()


async def test_go_to_date_and_the_detail_use_the_stores_zone(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        base = queries.base_date(app.db, app.zone)
        assert (str(base.tzinfo), base.hour) == ("Europe/Kyiv", 12)
        await pilot.press("j")
        await pilot.pause()
        assert "2024-09-20T20:00:00+03:00 → 2024-09-21T06:00:00+03:00 · Kyiv time" in detail_text(app)
