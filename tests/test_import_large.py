"""What a large import keeps in a bounded space still gives what a small one gives: rows
that repeat an id far apart in a Timesketch file (past the ids kept in memory, where they
go to sorted runs in a temporary file behind a bit filter) get -2, -3 as near ones do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.db.formats import textfile
from dateline.tui.cli import main


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
