"""The quotes column of a Timesketch row dateline wrote, read back as the quotes a user
sees: one a line, “TEXT” — SPEAKER [ROLE] (paragraph N), where a text may hold ” and
line breaks and a speaker brackets."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from dateline.tui.cli import main


def quotes_after_import(tmp_path: Path, column: str) -> list[dict]:
    row = {
        "message": "Strike on the depot",
        "datetime": "2024-09-21T10:07:00+03:00",
        "timestamp_desc": "strike",
        "id": "e1",
        "title": "Strike on the depot",
        "start": "2024-09-21T10:07:00+03:00",
        "precision": "minute",
        "quotes": column,
    }
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(main, ["--db", db, "import", str(path)])
    assert result.exit_code == 0, result.output
    shown = CliRunner().invoke(main, ["--db", db, "events", "--json"])
    return [{k: v for k, v in q.items() if v is not None} for q in json.loads(shown.stdout.splitlines()[0])["quotes"]]


def test_each_part_of_a_quote_line(tmp_path):
    assert quotes_after_import(tmp_path, "“It burned” — Governor Lee [official] (paragraph 3)\n“We saw it”") == [
        {"text": "It burned", "speaker": "Governor Lee", "role": "official", "paragraph": 3},
        {"text": "We saw it"},
    ]


def test_a_text_holds_closing_marks_and_line_breaks(tmp_path):
    assert quotes_after_import(tmp_path, "“He said ”no” twice\nand left” — Ann\n“Then ”this”” [witness]") == [
        {"text": "He said ”no” twice\nand left", "speaker": "Ann"},
        {"text": "Then ”this”", "role": "witness"},
    ]


def test_a_speaker_is_as_short_as_lets_the_rest_be_a_role(tmp_path):
    assert quotes_after_import(tmp_path, "“x” — Lee [a] [b] (paragraph 2)\n“y” — Ma (aide)\n“z” — [c]") == [
        {"text": "x", "speaker": "Lee [a]", "role": "b", "paragraph": 2},
        {"text": "y", "speaker": "Ma (aide)"},
        {"text": "z", "speaker": "[c]"},  # a role follows a speaker after a space
    ]
