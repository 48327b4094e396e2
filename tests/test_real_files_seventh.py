"""Real files of the seventh pass (tests/data/real and refused, their sources in
tests/data/README.md): what a user gets from each, beyond importing whole and
round-tripping (tests/test_real_files.py does that for every file in the folder)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from dateline.db import formats, queries, store
from dateline.db.formats import timesketch as ts
from dateline.db.write import write_records
from dateline.tui.cli import main

DATA = Path(__file__).resolve().parent / "data"
REAL = DATA / "real"
REFUSED = DATA / "refused"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def load(db_path: Path, path: Path) -> list[dict]:
    with store.new_store_atomically(db_path) as db:
        write_records(db, formats.read_all([path]))
    db = store.open_store(db_path)
    try:
        return list(queries.records(db))
    finally:
        db.close()


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
    out = tmp_path / "out.jsonl"
    db = store.open_store(tmp_path / "t.db")
    try:
        formats.export_to_file(db, "timesketch", out)
    finally:
        db.close()
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
