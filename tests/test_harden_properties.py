"""Property-based tests (Hypothesis): any text — markup, control characters, escape
sequences, any Unicode with emoji sequences — goes through the store and out again
exactly; search never raises; nothing shown or exported to a terminal carries a control
character from the data."""

from __future__ import annotations

import io
import json
import re
import tempfile
from pathlib import Path

from dateline.db import formats, queries, store
from dateline.db.formats import csvfile, jsonl
from dateline.db.gazetteer import lookup
from dateline.db.queries import QuoteHit, Row
from dateline.db.text import TerminalWriter, clean
from dateline.db.write import write_records
from dateline.tui.components.detail import render_detail
from dateline.tui.components.rows import event_row
from dateline.tui.components.search import hit_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

# every example's files go under one folder, removed when the test run ends (Hypothesis
# runs hundreds of examples: a folder of their own each would be left behind in /tmp)
_SCRATCH = tempfile.TemporaryDirectory(prefix="dateline-prop-")

# text a hostile or careless source holds
PIECES = [
    "[drone]",
    "[/]",
    "[bold red]",
    "[link=http://x]",
    "\x1b]0;title\x07",
    "\x1b]52;c;c3RvbGVu\x07",
    "\x1b[2J",
    "\x9b31m",
    "\x9d0;x\x9c",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x85",
    "\u2028",
    "\u202e",
    "\u200d",
    "🏳️‍🌈",
    "❤️",
    "1️⃣",
    "👍🏽",
    "🇺🇦",
    "👨‍👩‍👧",
    "e\u0301",
    '"',
    ",",
    ";",
    "'",
    "\\",
    "<script>",
    "## ",
    "*",
]
any_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=8).map("".join)
# what the store keeps of a text field: stripped, and nothing when blank
kept_text = any_text.map(str.strip).filter(bool)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@st.composite
def records(draw, with_quotes: bool = True) -> list[dict]:
    n = draw(st.integers(1, 4))
    out = []
    for i in range(n):
        rec = {
            "id": f"ev-{i}",
            "title": draw(kept_text),
            "start": draw(st.sampled_from(["2024-09-20", "2024-09-21T10:07:00+03:00", "2024-09", "2023"])),
            "summary": draw(st.none() | kept_text),
            # (a place the offline gazetteer knows, "I" for Ii in Finland, gets its coordinates: not this test's matter)
            "place": draw(st.none() | kept_text.filter(lambda t: lookup(t) is None)),
            "attrs": draw(st.dictionaries(st.sampled_from(["desk", "note", "x y"]), kept_text, max_size=2)),
            "actors": draw(st.lists(kept_text.filter(lambda t: ";" not in t), max_size=2)),
        }
        if with_quotes:
            rec["quotes"] = [
                {"text": t, "speaker": s}
                for t, s in draw(st.lists(st.tuples(kept_text, st.none() | kept_text), max_size=2))
            ]
        out.append(rec)
    return out


def store_with(recs: list[dict], fmt: str = "jsonl") -> Path:
    folder = Path(tempfile.mkdtemp(dir=_SCRATCH.name))
    src = folder / f"in.{fmt}"
    with open(src, "w", encoding="utf-8", newline="") as f:
        (jsonl.write if fmt == "jsonl" else csvfile.write)(recs, f)
    path = folder / "store.db"
    with store.new_store_atomically(path) as db:
        write_records(db, formats.read_all([src], fmt))
    return path


def export(path: Path, fmt: str) -> str:
    db = store.open_store(path)
    try:
        out = io.StringIO(newline="")
        formats.export(db, fmt, out)
        return out.getvalue()
    finally:
        db.close()


@SETTINGS
@given(records())
def test_records_round_trip_exactly_through_json_lines(recs):
    first = export(store_with(recs), "jsonl")
    back = [json.loads(line) for line in first.splitlines()]
    by_id = {r["id"]: r for r in back}
    for rec in recs:
        got = by_id[rec["id"]]
        for key in ("title", "summary", "place", "attrs", "actors"):
            assert got[key] == rec[key], key
        assert [(q["text"], q.get("speaker")) for q in got["quotes"]] == [
            (q["text"], q["speaker"]) for q in rec["quotes"]
        ]
    # and again: the same bytes
    again = Path(tempfile.mkdtemp(dir=_SCRATCH.name)) / "again.jsonl"
    again.write_text(first, encoding="utf-8")
    assert export(store_with(back), "jsonl") == first


@SETTINGS
@given(records(with_quotes=False))
def test_records_round_trip_exactly_through_csv(recs):
    first = export(store_with(recs), "csv")
    path = Path(tempfile.mkdtemp(dir=_SCRATCH.name)) / "back.csv"
    path.write_text(first, encoding="utf-8", newline="")
    back = [rec for _, rec in formats.read(path, "csv")]
    assert all(isinstance(r, dict) for r in back), back
    by_id = {r["id"]: r for r in back}
    for rec in recs:
        got = by_id[rec["id"]]
        assert got["title"] == rec["title"] and got.get("summary") == rec["summary"]
        assert got.get("place") == rec["place"]
        attrs = dict(got.get("attrs") or {})
        if got.get("lat") not in (None, ""):  # a place the gazetteer knows: the import filled in its coordinates
            assert attrs.pop("coords_from") == "gazetteer"
        assert attrs == rec["attrs"]
        assert [a.strip() for a in (got.get("actors") or "").split(";") if a.strip()] == rec["actors"]
    csv_store = Path(tempfile.mkdtemp(dir=_SCRATCH.name)) / "store.db"
    with store.new_store_atomically(csv_store) as db:
        write_records(db, formats.read_all([path], "csv"))
    assert export(csv_store, "csv") == first


@SETTINGS
@given(records(), st.sampled_from(["markdown", "csv", "jsonl", "timesketch", "timelinejs"]))
def test_no_export_to_a_terminal_carries_a_control_character(recs, fmt):
    path = store_with(recs)
    db = store.open_store(path)
    try:
        out = io.StringIO()
        formats.export(db, fmt, TerminalWriter(out))
    finally:
        db.close()
    assert not RAW_CONTROL.search(out.getvalue())


@SETTINGS
@given(records())
def test_json_output_carries_no_raw_control_character(recs):
    text = export(store_with(recs), "jsonl")
    assert not RAW_CONTROL.search(text) and "\u2028" not in text


_seed_db = None


def seed_db():
    global _seed_db
    if _seed_db is None:
        from dateline.db import seed

        path = Path(tempfile.mkdtemp(dir=_SCRATCH.name)) / "seed.db"
        with store.new_store_atomically(path) as db:
            seed.build(db)
        _seed_db = store.open_store(path)
    return _seed_db


@settings(max_examples=300, deadline=None)
@given(st.one_of(any_text, st.text(), st.sampled_from(['"', '"a', "*", "a*", "NEAR(", "AND", "-x", "^", "':'"])))
def test_search_never_raises(query):
    for prefix in (False, True):
        hits = queries.search_quotes(seed_db(), query, prefix_last=prefix)
        assert isinstance(hits, list)


def _drawn(renderable, width: int = 60) -> str:
    console = Console(width=width, file=io.StringIO(), color_system="truecolor", force_terminal=True)
    console.print(renderable)
    return console.file.getvalue()


def _without_styles(drawn: str) -> str:
    """What the renderer drew, less rich's own SGR colour codes."""
    return re.sub(r"\x1b\[[0-9;]*m", "", drawn)


@SETTINGS
@given(kept_text, st.none() | kept_text, st.integers(10, 140))
def test_a_timeline_row_shows_no_control_character_and_fits(title, place, width):
    row = Row(
        1,
        "x",
        "2024-09-20",
        0,
        60,
        "2024-09-20T10:00:00+00:00",
        "2024-09-20T10:01:00+00:00",
        "minute",
        None,
        "happened",
        title,
        place,
    )
    text = event_row(row, width)
    assert text.cell_len <= width
    assert not RAW_CONTROL.search(text.plain)
    assert not RAW_CONTROL.search(_without_styles(_drawn(text, width + 1)).replace("\n", ""))


@SETTINGS
@given(records())
def test_the_detail_shows_no_control_character(recs):
    path = store_with(recs)
    db = store.open_store(path)
    try:
        for rec in recs:
            detail = queries.event_detail(db, rec["id"])
            drawn = _without_styles(_drawn(render_detail(detail)))
            assert not RAW_CONTROL.search(drawn.replace("\n", ""))
    finally:
        db.close()


@SETTINGS
@given(kept_text, st.none() | kept_text, kept_text)
def test_a_search_result_shows_no_control_character(text, speaker, title):
    hit = QuoteHit(text, speaker, None, "x", title, "2024-09-20T10:00:00+00:00", "minute")
    drawn = _without_styles(_drawn(hit_text(hit, "a")))
    assert not RAW_CONTROL.search(drawn.replace("\n", ""))
    assert clean(text, one_line=True) in hit_text(hit).plain.replace("\n", " ") or len(text) > 1000
