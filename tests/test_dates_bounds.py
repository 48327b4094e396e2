"""Words that are no date phrase at all, however long or full of "and" and "to", are
refused at once with a one-line reason: from `dateline when` and from an import, never a
traceback (a field of 100 KB once recursed past Python's limit) nor a wait (each "to" or
"and" doubled the splits tried: ten took 3 s, sixty would never end)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from click.testing import CliRunner
from dateline.db import dates
from dateline.db.dates import DateError, resolve, rules
from dateline.db.dates.model import Context
from dateline.tui.cli import main

PUB = datetime(2024, 12, 10, 9, 0, tzinfo=timezone.utc)


def test_a_field_longer_than_any_date_is_refused_saying_so():
    words = "in recent days and the coming weeks " * 3000
    with pytest.raises(DateError, match=r"too long to be a date \(108,000 characters, at most 300\)"):
        resolve(words, PUB)
    # the longest real ranges are well inside the bound
    iv = resolve("from Tuesday, March 3, 2026 at 9 a.m. local time through Thursday, March 5, 2026 at 5 p.m.", PUB)
    assert (iv.start.day, iv.end.day, iv.precision) == (3, 5, "range")


@pytest.mark.parametrize("n", [7, 10, 29])  # 29: the most under 300 characters
def test_many_connectors_are_no_range_and_are_not_split(n):
    words = " ".join(["Monday to"] * n) + " Monday"
    calls = []

    def sub(s, ctx):
        calls.append(s)
        if len(calls) > 1000:  # the splits of old: thousands, then millions
            raise AssertionError("the range rule keeps splitting")
        return dates._sub(s, ctx)

    ctx = Context(pub=PUB, zone=PUB.tzinfo)
    assert rules.date_range(words, ctx, sub) is None
    assert calls == []
    # read as the one day the words also are (no range), at once
    assert resolve(words, PUB).rule == "weekday: the most recent"
    with pytest.raises(DateError, match="cannot read date 'and to and to"):
        resolve(("and to " * n).strip(), PUB)


def test_a_range_with_its_connectors_still_reads():
    iv = resolve("from Dec. 30-Jan. 2", PUB)
    assert (iv.start.date().isoformat(), iv.end.date().isoformat()) == ("2024-12-30", "2025-01-03")


def test_an_import_with_a_huge_date_field_names_the_line_and_keeps_the_store(tmp_path):
    db = tmp_path / "s.db"
    good = {"id": "a", "title": "Kept", "start": "2024-09-21", "source": "Test"}
    bad = {"id": "b", "title": "Huge", "date_text": "Monday to " * 5000, "published": "2024-09-21", "source": "Test"}
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(good) + "\n")
    assert CliRunner().invoke(main, ["--db", str(db), "import", str(first)]).exit_code == 0
    path = tmp_path / "huge.jsonl"
    path.write_text(json.dumps({**good, "id": "c", "title": "Not kept"}) + "\n" + json.dumps(bad) + "\n")
    result = CliRunner().invoke(main, ["--db", str(db), "import", str(path)])
    assert result.exit_code == 1
    said, hint = result.stderr.strip().splitlines()
    assert said.startswith(f"Error: {path}:2: too long to be a date (49,999 characters, at most 300): 'Monday to")
    assert hint.startswith("nothing imported; the store is as it was")
    listed = CliRunner().invoke(main, ["--db", str(db), "events", "--json"]).stdout
    assert [json.loads(x)["title"] for x in listed.splitlines()] == ["Kept"]
