"""What a large import keeps in a bounded space still gives what a small one gives: rows
that repeat an id far apart in a Timesketch file (past the ids kept in memory, where they
go to runs in a temporary file behind a bit filter) get -2, -3 as near ones do; so do
identical rows of a file without ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.db.formats import textfile
from dateline.tui.cli import main
from hypothesis import given, settings
from hypothesis import strategies as st


def ids_in(db: Path) -> list[str]:
    result = CliRunner().invoke(main, ["--db", str(db), "events", "--json"])
    assert result.exit_code == 0, result.output
    return sorted(json.loads(line)["id"] for line in result.stdout.splitlines())


@pytest.mark.parametrize(
    ("keep", "run", "block"),
    [(3, 50_000, 64), (3, 4, 2), (1_000, 50_000, 64)],
    ids=["past-memory", "past-memory-in-runs", "in-memory"],
)
def test_timesketch_ids_repeated_far_apart_get_their_suffix(tmp_path, monkeypatch, keep, run, block):
    monkeypatch.setattr(textfile.UniqueIds, "KEEP", keep)
    monkeypatch.setattr(textfile.UniqueIds, "RUN", run)  # ids written in sorted runs of this many
    monkeypatch.setattr(textfile.UniqueIds, "BLOCK", block)
    rows = [
        {"message": f"m{i}", "datetime": f"2024-09-21T10:{i:02d}:00+00:00", "timestamp_desc": "t", "_id": f"id{i % 7}"}
        for i in range(20)
    ]
    path = tmp_path / "t.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "s.db"), "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "20 new" in result.stderr
    expected = sorted(
        f"id{k}" + ("" if n == 1 else f"-{n}") for k in range(7) for n in range(1, 4) if (n - 1) * 7 + k < 20
    )
    assert ids_in(tmp_path / "s.db") == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 40), max_size=300), st.sampled_from([(3, 4, 2), (5, 7, 3), (1, 1, 1)]))
def test_ids_past_memory_are_numbered_as_in_memory(keys, sizes):
    """Whatever the order of repeats, and however small the runs and their blocks, an id
    kept past memory (runs sorted by hash, found by the hash of a block's first id) gets
    the number an id kept in a dict gets."""
    keep, run, block = sizes
    far = textfile.UniqueIds()
    far.KEEP, far.RUN, far.BLOCK = keep, run, block
    near: dict[str, int] = {}
    for k in keys:
        base = f"id{k}"
        near[base] = near.get(base, 0) + 1
        assert far(base) == (base if near[base] == 1 else f"{base}-{near[base]}")


@pytest.mark.parametrize(("keep", "run", "block"), [(3, 4, 2), (1_000, 50_000, 64)], ids=["past-memory", "in-memory"])
def test_identical_rows_without_ids_far_apart_are_each_an_event(tmp_path, monkeypatch, keep, run, block):
    """A JSON Lines file without ids: its n-th identical row is the n-th event of that
    content (id + "-n") however far apart they are, and importing it again updates them."""
    monkeypatch.setattr(textfile.UniqueIds, "KEEP", keep)
    monkeypatch.setattr(textfile.UniqueIds, "RUN", run)
    monkeypatch.setattr(textfile.UniqueIds, "BLOCK", block)
    rows = [{"title": f"Shelling of village {i % 7}", "start": "2024-09-21", "precision": "day"} for i in range(20)]
    path = tmp_path / "e.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = tmp_path / "s.db"
    first = CliRunner().invoke(main, ["--db", str(db), "import", str(path)])
    assert first.exit_code == 0, first.output
    assert "20 new" in first.stderr
    ids = ids_in(db)
    assert len(ids) == 20
    assert sum(i.endswith("-2") for i in ids) == 7 and sum(i.endswith("-3") for i in ids) == 6
    again = CliRunner().invoke(main, ["--db", str(db), "import", str(path)])
    assert "0 new" in again.stderr and "20 unchanged" in again.stderr, again.stderr
    assert ids_in(db) == ids
