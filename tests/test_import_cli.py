"""`dateline import` and `dateline export`: what a user sees on stderr and gets in the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from importing import run

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"
DATA = Path(__file__).resolve().parent / "data"
ALL_SAMPLES = sorted(SAMPLES.glob("*.json")) + sorted(SAMPLES.glob("*.csv")) + [DATA / "acled-sample.csv"]

GOOD = {"id": "ok-1", "title": "A good event", "start": "2024-09-21", "source": "Test"}


def events_json(db: Path) -> str:
    result = run("--db", db, "events", "--json")
    assert result.exit_code == 0, result.output
    return result.stdout


def write_jsonl(path: Path, *lines) -> Path:
    path.write_bytes(
        b"".join((line if isinstance(line, bytes) else json.dumps(line).encode()) + b"\n" for line in lines)
    )
    return path


@pytest.mark.parametrize("sample", ALL_SAMPLES, ids=lambda p: p.name)
def test_every_sample_imports_into_a_new_store(tmp_path, sample):
    db = tmp_path / "new.db"
    result = run("--db", db, "import", sample)
    assert result.exit_code == 0, result.output
    counts = {
        "timelinejs-marktwain.json": 18,  # with the title slide
        "timelinejs-women-in-computing.json": 11,
        "timesketch-evtx-part.csv": 13,
        "timesketch-sigma-events.csv": 4,
        "acled-sample.csv": 4,
    }
    n = counts[sample.name]
    *notes, last = result.stderr.strip().splitlines()
    assert last == f"imported {sample} into {db}: {n} new, 0 updated, 0 unchanged"
    # dates without a zone (TimelineJS and ACLED days) are read in UTC in a new store, and it says so
    assert all(note.endswith("read in UTC (the store names no zone yet); --tz ZONE to say which") for note in notes)
    assert len(events_json(db).splitlines()) == n


def test_many_files_in_one_import(tmp_path):
    db = tmp_path / "new.db"
    result = run("--db", db, "import", *ALL_SAMPLES)
    assert result.exit_code == 0, result.output
    assert f"imported {len(ALL_SAMPLES)} files into {db}: 50 new, 0 updated, 0 unchanged" in result.stderr


# --------------------------------------------------------------------------- bad rows

BAD_JSONL = [
    ({"title": "Bad date", "start": "21st of Septembrr"}, "cannot read ISO date '21st of Septembrr'"),
    ({"start": "2024-09-21", "summary": "no title"}, "missing required field 'title'"),
    (b'{"title": "broken", "start": "2024-09-21"', "broken JSON: Expecting ',' delimiter (column 42)"),
    (
        b'{"title": "caf\xe9", "start": "2024-09-21"}',
        "not UTF-8 text (byte 0xe9 on line 3); give the file's --encoding or convert it to UTF-8",
    ),
]


@pytest.mark.parametrize("bad,reason", BAD_JSONL, ids=["date", "required", "json", "encoding"])
@pytest.mark.parametrize("encoding", [["--encoding", "utf-8"], []], ids=["given", "utf-8-unless-not"])
def test_bad_jsonl_row_stops_the_import(seed_path, tmp_path, bad, reason, encoding):
    if not encoding and bad.__class__ is bytes and b"\xe9" in bad:
        pytest.skip("not UTF-8 without --encoding: the encoding is looked for (the test below)")
    before = events_json(seed_path)
    path = write_jsonl(tmp_path / "in.jsonl", GOOD, dict(GOOD, id="ok-2"), bad, dict(GOOD, id="ok-3"))
    result = run("--db", seed_path, "import", *encoding, path)
    assert result.exit_code == 1
    assert f"{path}:3: {reason}" in result.stderr
    assert not any(line.startswith("imported") for line in result.stderr.splitlines())
    assert events_json(seed_path) == before


def test_jsonl_read_in_the_encoding_found_from_its_first_line_that_is_not_utf8(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"title": "caf\xc3\xa9 one", "start": "2024-09-21"}\n\n   \n'
        b'{"title": "caf\xe9 na\xefve", "start": "2024-09-23"}\n'
        b'{"title": "\xc3\xa9t\xc3\xa9", "start": "2024-09-24"}\n[1]\n'
    )
    db = tmp_path / "s.db"
    result = run("--db", db, "import", "--skip-bad", path)
    assert result.exit_code == 0, result.output
    assert f"{path}: not UTF-8; read as " in result.stderr
    assert f"{path}:6: a record must be a JSON object" in result.stderr
    titles = sorted(json.loads(line)["title"] for line in events_json(db).splitlines())
    assert len(titles) == 3 and "café one" in titles  # the line before: UTF-8
    assert "été" not in titles  # the lines from the first that is not UTF-8 on: in the encoding found


EVTX_HEADER = "message,datetime,timestamp_desc,note\n"
BAD_CSV = [
    ('"Bad\ndate",yesterday-ish,Event Time,x\n', "cannot read datetime 'yesterday-ish' (ISO 8601 expected)"),
    ('"no\ndate",,Event Time,x\n', "missing Timesketch's required field 'datetime' (or 'timestamp')"),
    (
        '"multi\nline",2024-09-21T10:00:00Z,Event Time,"caf\udce9"\n',
        "not UTF-8 text (byte 0xe9 on line 5); give the file's --encoding or convert it to UTF-8",
    ),
]


@pytest.mark.parametrize("bad,reason", BAD_CSV, ids=["date", "required", "encoding"])
def test_bad_timesketch_csv_row_stops_the_import(seed_path, tmp_path, bad, reason):
    before = events_json(seed_path)
    good = '"two\nlines",2024-09-21T09:00:00Z,Event Time,ok\n'
    path = tmp_path / "ts.csv"
    path.write_bytes((EVTX_HEADER + good + bad + good.replace("09:00", "11:00")).encode("utf-8", "surrogateescape"))
    result = run("--db", seed_path, "import", "--encoding", "utf-8", path)
    assert result.exit_code == 1
    assert f"{path}:4: {reason}" in result.stderr  # the line the record starts on
    assert events_json(seed_path) == before


def test_broken_timelinejs_json(seed_path, tmp_path):
    before = events_json(seed_path)
    path = tmp_path / "t.json"
    path.write_text(
        '{"events": [\n {"start_date": {"year": 1990}, "text": {"headline": "a"}},\n'
        ' {"start_date": {"year": 1991} "text": {}}\n]}\n'
    )
    result = run("--db", seed_path, "import", path)
    assert result.exit_code == 1
    assert f"{path}:3: broken JSON: Expecting ',' delimiter (column 32)" in result.stderr
    assert events_json(seed_path) == before


def test_failed_import_leaves_no_new_store(tmp_path):
    db = tmp_path / "new.db"
    path = write_jsonl(tmp_path / "in.jsonl", GOOD, {"title": "x"})
    result = run("--db", db, "import", path)
    assert result.exit_code == 1
    assert f"{path}:2: no date: needs 'start' or 'date_text'" in result.stderr
    assert list(tmp_path.iterdir()) == [path]


def test_skip_bad_imports_the_rest_and_lists_every_bad_line(seed_path, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", GOOD, *[bad for bad, _ in BAD_JSONL], dict(GOOD, id="ok-3"))
    result = run("--db", seed_path, "import", "--skip-bad", "--encoding", "utf-8", path)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    reasons = [reason.replace("line 3", "line 5") for _, reason in BAD_JSONL]
    assert lines[:4] == [f"{path}:{n}: {reason}" for n, reason in zip(range(2, 6), reasons)]
    assert lines[-1] == f"imported {path} into {seed_path}: 2 new, 0 updated, 0 unchanged, 4 bad"
    ids = {json.loads(line)["id"] for line in events_json(seed_path).splitlines()}
    assert {"ok-1", "ok-3"} <= ids and len(ids) == 13


# --------------------------------------------------------------------------- ids, updates, dates in words


def test_importing_twice_changes_nothing(tmp_path):
    db = tmp_path / "new.db"
    assert run("--db", db, "import", *ALL_SAMPLES).exit_code == 0
    first = events_json(db)
    assert run("--db", db, "import", *ALL_SAMPLES).exit_code == 0
    assert events_json(db) == first


def test_same_id_is_updated_in_place(seed_path, tmp_path):
    run("--db", seed_path, "import", write_jsonl(tmp_path / "a.jsonl", GOOD))
    result = run(
        "--db",
        seed_path,
        "import",
        write_jsonl(tmp_path / "b.jsonl", dict(GOOD, title="A better title", quotes=[{"text": "q", "speaker": "S"}])),
    )
    assert result.exit_code == 0
    recs = [json.loads(line) for line in events_json(seed_path).splitlines()]
    (mine,) = [r for r in recs if r["id"] == "ok-1"]
    assert mine["title"] == "A better title" and mine["quotes"] == [{"text": "q", "speaker": "S"}]
    assert len(recs) == 12


def test_dates_in_words_resolved_with_published_and_tz(tmp_path):
    db = tmp_path / "new.db"
    words = ["on Monday", "earlier this week", "late on Tuesday", "this weekend", "last month"]
    path = write_jsonl(
        tmp_path / "w.jsonl", *[{"id": f"w{i}", "title": w, "date_text": w} for i, w in enumerate(words)]
    )
    result = run("--db", db, "import", "--published", "2024-09-21", "--tz", "Europe/Kyiv", path)
    assert result.exit_code == 0, result.output
    got = {r["title"]: (r["start"], r["end"], r["precision"]) for r in map(json.loads, events_json(db).splitlines())}
    assert got == {
        "on Monday": ("2024-09-16T00:00:00+03:00", "2024-09-17T00:00:00+03:00", "day"),
        "earlier this week": ("2024-09-16T00:00:00+03:00", "2024-09-23T00:00:00+03:00", "week"),
        "late on Tuesday": ("2024-09-17T18:00:00+03:00", "2024-09-18T00:00:00+03:00", "evening"),
        "this weekend": ("2024-09-21T00:00:00+03:00", "2024-09-23T00:00:00+03:00", "weekend"),
        "last month": ("2024-08-01T00:00:00+03:00", "2024-09-01T00:00:00+03:00", "month"),
    }


def test_published_offset_is_the_zone_without_tz(tmp_path):
    db = tmp_path / "new.db"
    path = write_jsonl(tmp_path / "w.jsonl", {"title": "t", "date_text": "yesterday"})
    assert run("--db", db, "import", "--published", "2024-09-21T01:30:00-05:00", path).exit_code == 0
    (rec,) = map(json.loads, events_json(db).splitlines())
    assert (rec["start"], rec["precision"]) == ("2024-09-20T00:00:00-05:00", "day")


def test_words_need_a_publication_date(tmp_path):
    db = tmp_path / "new.db"
    path = write_jsonl(
        tmp_path / "w.jsonl",
        {"title": "t", "date_text": "on Monday", "published": "2024-09-21"},
        {"title": "u", "date_text": "on Monday"},
    )
    result = run("--db", db, "import", path)
    assert result.exit_code == 1
    assert f"{path}:2: cannot resolve 'on Monday' without a publication date (use --published)" in result.stderr
    result = run("--db", db, "import", "--tz", "Europe/Kyiv", "--skip-bad", path)
    (rec,) = map(json.loads, events_json(db).splitlines())
    assert rec["start"] == "2024-09-16T00:00:00+03:00"  # against the record's own publication date


def test_unknown_time_zone(tmp_path):
    result = run("--db", tmp_path / "n.db", "import", "--tz", "Mars/Olympus", DATA / "acled-sample.csv")
    assert result.exit_code == 1 and "unknown time zone 'Mars/Olympus'" in result.stderr


def test_forced_format_and_source(tmp_path):
    db = tmp_path / "new.db"
    result = run(
        "--db", db, "import", "--format", "timesketch", "--source", "Lab box", SAMPLES / "timesketch-sigma-events.csv"
    )
    assert result.exit_code == 0
    assert {json.loads(line)["source"] for line in events_json(db).splitlines()} == {"Lab box"}


# --------------------------------------------------------------------------- export


def test_round_trip_of_the_seed_store(seed_path, tmp_path):
    first = run("--db", seed_path, "export", "--format", "jsonl")
    assert first.exit_code == 0 and len(first.stdout.splitlines()) == 11
    (tmp_path / "seed.jsonl").write_text(first.stdout, encoding="utf-8")
    assert run("--db", tmp_path / "copy.db", "import", tmp_path / "seed.jsonl").exit_code == 0
    second = run("--db", tmp_path / "copy.db", "export", "--format", "jsonl")
    assert second.stdout_bytes == first.stdout_bytes


def test_round_trip_of_the_samples(tmp_path):
    assert run("--db", tmp_path / "a.db", "import", *ALL_SAMPLES).exit_code == 0
    first = tmp_path / "a.jsonl"
    result = run("--db", tmp_path / "a.db", "export", "-o", first)
    assert result.exit_code == 0 and result.stderr.strip() == f"exported 50 events to {first}"
    assert run("--db", tmp_path / "b.db", "import", first).exit_code == 0
    second = tmp_path / "b.jsonl"
    run("--db", tmp_path / "b.db", "export", "-o", second)
    assert second.read_bytes() == first.read_bytes()


def test_export_filters_by_time_and_query(seed_path):
    result = run("--db", seed_path, "export", "--from", "2024-09-22")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["seed-washington-visit"]
    result = run("--db", seed_path, "export", "--query", "Kondratyev")  # a speaker
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids and all(i.startswith("seed-") for i in ids)
    assert "[drone]" in result.stdout
    result = run("--db", seed_path, "export", "--query", "Toropets", "--format", "csv")
    assert result.stdout.splitlines()[0].startswith("id,title,summary,")
    assert len(result.stdout.splitlines()) == 2


def test_markdown_export_has_the_kondratyev_quote(seed_path):
    result = run("--db", seed_path, "export", "--format", "markdown")
    assert result.exit_code == 0
    assert (
        "\n> The falling debris of one \\[drone\\] caused a fire that spread to explosive objects which detonated\n"
        in result.stdout
    )
    assert "> — Veniamin Kondratyev" in result.stdout
    assert "\n## Friday 20 September 2024\n" in result.stdout


def test_timelinejs_export_re_imports(seed_path, tmp_path):
    out = tmp_path / "tl.json"
    assert run("--db", seed_path, "export", "--format", "timelinejs", "-o", out).exit_code == 0
    result = run("--db", tmp_path / "tl.db", "import", out)
    assert result.exit_code == 0, result.output
    assert ": 11 new, 0 updated, 0 unchanged" in result.stderr
    titles = {json.loads(line)["title"] for line in events_json(tmp_path / "tl.db").splitlines()}
    assert "Over 100 Ukrainian drones hit arms depots in Russia" in titles


def test_timesketch_export_re_imports(seed_path, tmp_path):
    out = tmp_path / "ts.jsonl"
    assert run("--db", seed_path, "export", "--format", "timesketch", "-o", out).exit_code == 0
    result = run("--db", tmp_path / "ts.db", "import", out)
    assert result.exit_code == 0, result.output
    assert ": 11 new, 0 updated, 0 unchanged" in result.stderr


def test_import_without_db_goes_into_the_default_store(tmp_path):
    """The default store is built from the seed first, then the file is added to it."""
    result = run("import", SAMPLES / "timesketch-sigma-events.csv")
    assert result.exit_code == 0, result.output
    assert ": 4 new, 0 updated, 0 unchanged" in result.stderr
    ids = [json.loads(line)["id"] for line in run("events", "--json").stdout.splitlines()]
    assert len(ids) == 15 and "seed-drone-raid" in ids
