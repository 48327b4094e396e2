"""bench/timex_eval.py as a contributor uses it: score a folder of TimeML files, keep the
run, and see expression by expression what a later run made wrong or right."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "timex_eval.py"

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
<TEXT>The talks ended <TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3> and resume
<TIMEX3 tid="t2" type="DATE" value="1998-02-16">Monday</TIMEX3>.</TEXT></TimeML>
"""


def _run(*args: str | Path) -> str:
    done = subprocess.run([sys.executable, BENCH, *map(str, args)], capture_output=True, text=True, check=True)
    return done.stdout


def test_a_saved_run_shows_what_went_wrong_and_what_came_right(tmp_path):
    (tmp_path / "doc.tml").write_text(TML, encoding="utf-8")
    saved = tmp_path / "run.jsonl"
    out = _run(tmp_path, "--save", saved)
    assert out.startswith("2 dated expressions; exact 1 (50.0%)")  # "Monday" alone, in a report, looks back
    runs = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
    assert [(r["text"], r["exact"]) for r in runs] == [("yesterday", True), ("Monday", False)]

    # a run in which "Monday" was right and "yesterday" wrong, as a change might leave them
    flipped = [dict(r, exact=not r["exact"]) for r in runs]
    saved.write_text("".join(json.dumps(r) + "\n" for r in flipped), encoding="utf-8")
    out = _run(tmp_path, "--against", saved)
    assert "1 went wrong, 1 came right" in out
    assert "  - doc.tml#1 | Monday | 1998-02-16 |" in out and "  + doc.tml#0 | yesterday |" in out
