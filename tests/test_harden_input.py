"""Input at the edges: every row that cannot be stored is a bad row with its line, which
--skip-bad skips; never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.db import formats, store
from dateline.db.write import ImportFailed, write_records
from dateline.tui.cli import main

GOOD = '{"title": "good", "start": "2024-09-01"}'
EDGES = {
    "deep list": '{"title": "deep", "start": "2024-09-02", "attrs": {"x": ' + "[" * 100_000 + "]" * 100_000 + "}}",
    "deep attrs": '{"title": "deep", "start": "2024-09-02", "attrs": ' + '{"a": ' * 5000 + "1" + "}" * 5001,
    "killed 10**30": '{"title": "big", "start": "2024-09-02", "killed": 1000000000000000000000000000000}',
    "injured as text 10**30": '{"title": "big", "start": "2024-09-02", "injured": "1000000000000000000000000000000"}',
    "quote paragraph 2**63": '{"title": "big", "start": "2024-09-02", "quotes": [{"text": "a", "paragraph": 9223372036854775808}]}',
    "5000 digits": '{"title": "big", "start": "2024-09-02", "killed": ' + "9" * 5000 + "}",
    "lat Infinity": '{"title": "far", "start": "2024-09-02", "lat": Infinity, "lon": 1}',
    "lon NaN": '{"title": "far", "start": "2024-09-02", "lat": 1, "lon": NaN}',
    "lat -Infinity text": '{"title": "far", "start": "2024-09-02", "lat": "-Infinity"}',
    "lon 1e999": '{"title": "far", "start": "2024-09-02", "lon": 1e999}',
    "lat 10**400 int": '{"title": "far", "start": "2024-09-02", "lat": 1' + "0" * 400 + "}",
}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("line", EDGES.values(), ids=EDGES.keys())
def test_an_edge_row_is_a_bad_row_with_its_line_and_skip_bad_skips_it(tmp_path, line):
    src = tmp_path / "in.jsonl"
    src.write_text(f"{GOOD}\n{line}\n{GOOD.replace('good', 'after')}\n", encoding="utf-8")
    db = tmp_path / "x.db"
    strict = run("--db", db, "import", src)
    assert strict.exit_code == 1, strict.output
    assert strict.stderr.startswith(f"Error: {src}:2: "), strict.stderr
    assert "Traceback" not in strict.output and not db.exists()
    result = run("--db", db, "import", "--skip-bad", src)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"{src}:2: ") and ": 2 new, 0 updated, 0 unchanged, 1 bad" in result.stderr
    titles = [json.loads(x)["title"] for x in run("--db", db, "events", "--json").stdout.splitlines()]
    assert titles == ["good", "after"]


def test_the_reason_says_what_is_wrong(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(EDGES.values()) + "\n", encoding="utf-8")
    result = run("--db", tmp_path / "x.db", "import", "--skip-bad", src)
    reasons = [line.split(": ", 1)[1] for line in result.stderr.splitlines()[:-1]]
    assert reasons[0] == reasons[1] == "JSON nested too deeply"
    assert reasons[2] == "field 'killed' is too large (31 digits)"
    assert reasons[3] == "field 'injured' is too large (31 digits)"
    assert reasons[6].startswith("field 'lat' must be a finite number")
    assert reasons[7].startswith("field 'lon' must be a finite number")
    assert all(len(r) < 200 for r in reasons), reasons


@pytest.mark.parametrize("cell", ["nan", "inf", "-Infinity", "1e999"])
def test_csv_coordinates_that_are_not_finite_are_bad_rows(tmp_path, cell):
    src = tmp_path / "in.csv"
    src.write_text(f"title,start,lat,lon\ngood,2024-09-01,1,2\nfar,2024-09-02,{cell},3\n", encoding="utf-8")
    result = run("--db", tmp_path / "x.db", "import", "--skip-bad", src)
    assert result.exit_code == 0 and f"{src}:3: field 'lat' must be" in result.stderr, result.output


def test_the_parallel_reader_reports_the_same_bad_rows(tmp_path):
    """Large imports read in a worker process: a row that fails there is a bad row too."""
    src = tmp_path / "in.jsonl"
    src.write_text(GOOD + "\n" + "\n".join(EDGES.values()) + "\n", encoding="utf-8")
    with store.new_store_atomically(tmp_path / "x.db") as db:
        with pytest.raises(ImportFailed, match=r"in\.jsonl:2: JSON nested too deeply"):
            write_records(db, formats.read_all([src]), parallel=True)
        result = write_records(db, formats.read_all([src]), parallel=True, skip_bad=True)
    assert result.written == 1 and [b.where for b in result.bad] == [f"{src}:{n}" for n in range(2, 2 + len(EDGES))]


def test_a_new_store_is_not_left_behind(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_text(EDGES["killed 10**30"] + "\n", encoding="utf-8")
    assert run("--db", tmp_path / "x.db", "import", src).exit_code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


# --------------------------------------------------------------------------- the ends of the calendar


@pytest.mark.parametrize("args", [("--from", "9999-12-31"), ("--to", "9999-12-31"), ("--from", "9999-12-31T23:59")])
@pytest.mark.parametrize("command", ["events", "export"])
def test_the_end_of_the_calendar_on_the_command_line_is_one_line_at_most(seed_path, command, args):
    result = run("--db", seed_path, command, *args)
    assert result.exit_code in (0, 1), result.output
    assert not isinstance(result.exception, OverflowError | RecursionError)
    if result.exit_code == 1:
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("Error: "), result.stderr


async def test_go_to_9999_12_31_says_so_in_place_and_the_browser_goes_on(seed_path):
    from dateline.tui.app import DatelineApp
    from dateline.tui.components.goto import GoToDate

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t", *"9999-12-31")
        app.screen._ahead_for("9999-12-31")  # what a pause in typing does
        # said as it is typed, not "not a date yet": no more typing makes it one
        assert str(app.screen.query_one("#goto-status").render()) == "→ date out of range: '9999-12-31'"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GoToDate)
        assert "✗" in str(app.screen.query_one("#goto-status").render())
        await pilot.press("escape", "j")
        assert app.query_one("TimelineView").selected_id == "seed-drone-raid"


def test_a_whole_document_nested_too_deeply_is_one_line(tmp_path):
    src = tmp_path / "deep.json"
    src.write_text('{"events": [' + "[" * 100_000 + "]" * 100_000 + "]}")
    db = tmp_path / "x.db"
    for args in ([src], ["--format", "timelinejs", src]):
        result = run("--db", db, "import", *args)
        assert result.exit_code == 1 and not isinstance(result.exception, RecursionError)
        assert result.stderr.strip() == (
            "Error: the input is nested too deeply to read (JSON over a thousand levels deep); nothing imported"
        )
        assert not db.exists()
