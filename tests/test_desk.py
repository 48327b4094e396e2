"""The analyst's desk in the store and on the command line: schema v5, filters on every
field (the CLI's answer checked against the records themselves), bookmarks, tags and
notes surviving a re-import and an edit, their round trip through JSON Lines and CSV,
search over events and notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.db import demo, desk, find, queries, schema, store
from dateline.db.filters import Filter, values
from dateline.db.timeline import Timeline
from dateline.db.write import write_records
from dateline.tui.cli import main

N = 600


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("desk") / "demo.db"
    with store.new_store_atomically(path) as db:
        demo.build(db, N, 3)
    return path


@pytest.fixture
def demo_path(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    path.write_bytes(demo_file.read_bytes())
    return path


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


def ids_of(output: str) -> list[str]:
    return [json.loads(line)["id"] for line in output.splitlines()]


def all_records(path: Path) -> list[dict]:
    db = store.open_store(path)
    try:
        return list(queries.records(db))
    finally:
        db.close()


# --------------------------------------------------------------------------- schema


def test_a_store_before_the_desk_migrates_and_keeps_its_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "v4.db"
    before_desk = 4  # the version before _v5_desk
    monkeypatch.setattr(schema, "SCHEMA_VERSION", before_desk)
    with store.new_store_atomically(path) as db:
        demo.build(db, 200, 1)
    monkeypatch.undo()
    old = store.open_store(path)
    assert schema.version(old) == before_desk and not desk.ready(old)
    before = [old.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in ("events", "quotes", "days")]
    # an old store read-only: the desk reads find nothing, filters but tags work
    assert queries.records(old).__next__()["bookmarked"] is False
    assert Timeline(old, Filter(kind=("airstrike",))).events > 0
    old.close()
    db = store.open_store(path, write=True)
    assert schema.version(db) == schema.SCHEMA_VERSION and desk.ready(db)
    after = [db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in ("events", "quotes", "days")]
    assert after == before
    # events_fts was made again, with the actors: an event is found by who is in it
    actor = json.loads(before[0][0][17])[0]
    assert any(h.event_id == before[0][0][0] for h in find.search_events(db, f'"{actor}"', limit=1000))
    plan = " ".join(
        r[3]
        for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT day, count(*) FROM events e WHERE " + Filter(kind=("x",)).where()[0], ["x"]
        )
    )
    assert "events_kind" in plan
    db.close()


# --------------------------------------------------------------------------- filters, each field


def _expect(recs: list[dict], keep) -> list[str]:
    return [r["id"] for r in recs if keep(r)]


FIELD_CASES = [
    (["--kind", "airstrike"], lambda r: r["kind"] == "airstrike"),
    (["--kind", "AIRSTRIKE", "--kind", "shelling"], lambda r: r["kind"] in ("airstrike", "shelling")),
    (["--status", "claimed"], lambda r: r["status"] == "claimed"),
    (["--place", "kharkiv"], lambda r: r["place"] == "Kharkiv"),
    (["--region", "Kharkiv Oblast"], lambda r: r["region"] == "Kharkiv Oblast"),
    (["--country", "Russia"], lambda r: r["country"] == "Russia"),
    (["--actor", "the mayor"], lambda r: "the mayor" in r["actors"]),
    (["--source", "Regional Herald (demo)"], lambda r: r["source"] == "Regional Herald (demo)"),
    (["--min-killed", "10"], lambda r: (r["killed"] or 0) >= 10),
    (["--min-injured", "20"], lambda r: (r["injured"] or 0) >= 20),
    (["--from", "2020-01-01", "--to", "2020-06-30"], lambda r: "2020-01-01" <= r["start"][:10] <= "2020-06-30"),
    (["--text", "hospital"], lambda r: "hospital" in f"{r['title']} {r['summary']} {r['place']}".lower()),
    (
        ["--kind", "airstrike", "--place", "Kharkiv", "--min-killed", "1"],
        lambda r: r["kind"] == "airstrike" and r["place"] == "Kharkiv" and (r["killed"] or 0) >= 1,
    ),
]


@pytest.mark.parametrize("args,keep", FIELD_CASES, ids=lambda c: " ".join(c) if isinstance(c, list) else "")
def test_events_filter_on_each_field(demo_file: Path, args, keep):
    recs = all_records(demo_file)
    expected = _expect(recs, keep)
    assert expected, "the case must keep some events"
    assert len(expected) < len(recs)
    result = run("--db", str(demo_file), "events", "--json", *args)
    assert result.exit_code == 0, result.output
    assert ids_of(result.output) == expected


def test_tag_and_bookmarked_filters_on_the_command_line(demo_path: Path):
    recs = all_records(demo_path)
    a, b, c = recs[3]["id"], recs[10]["id"], recs[20]["id"]
    assert run("--db", str(demo_path), "bookmark", a, c).exit_code == 0
    assert run("--db", str(demo_path), "tag", a, "verify").exit_code == 0
    assert run("--db", str(demo_path), "tag", b, "verify", "geo located").exit_code == 0
    db = str(demo_path)
    assert ids_of(run("--db", db, "events", "--json", "--bookmarked").output) == [a, c]
    assert ids_of(run("--db", db, "events", "--json", "--tag", "verify").output) == [a, b]
    assert ids_of(run("--db", db, "events", "--json", "--tag", "geo-located").output) == [b]
    assert ids_of(run("--db", db, "events", "--json", "--tag", "VERIFY", "--bookmarked").output) == [a]
    # the same filters for export and quotes
    out = run("--db", db, "export", "--format", "jsonl", "--tag", "verify").output
    assert ids_of(out) == [a, b]
    quoted = run("--db", db, "quotes", "--json", "--bookmarked").output.splitlines()
    assert {json.loads(q)["event_id"] for q in quoted} <= {a, c}
    plain = run("--db", db, "events", "--tag", "verify").output
    assert "★ #verify" in plain.splitlines()[0] and "#geo-located #verify" in plain.splitlines()[1]
    assert run("--db", db, "tag", b, "verify", "--remove").output.split() == ["geo-located"]
    assert run("--db", db, "tags").output.split() == ["1", "geo-located", "1", "verify"]


def test_quotes_and_export_follow_the_filters(demo_file: Path):
    recs = all_records(demo_file)
    kharkiv = {r["id"] for r in recs if r["place"] == "Kharkiv"}
    out = run("--db", str(demo_file), "quotes", "said", "--json", "--place", "Kharkiv", "--limit", "500").output
    hits = [json.loads(x) for x in out.splitlines()]
    assert hits and {h["event_id"] for h in hits} <= kharkiv
    every = run("--db", str(demo_file), "quotes", "--json", "--place", "Kharkiv").output.splitlines()
    assert len(every) == sum(len(r["quotes"]) for r in recs if r["place"] == "Kharkiv")
    csv_out = run("--db", str(demo_file), "export", "--format", "csv", "--place", "Kharkiv").output
    assert len(csv_out.splitlines()) == 1 + len(kharkiv)


def test_a_bad_filter_is_one_line(demo_file: Path):
    result = run("--db", str(demo_file), "events", "--from", "the day after never")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    result = run("--db", str(demo_file), "events", "--min-killed", "-3")
    assert result.exit_code == 2


def test_filter_text_round_trip_and_chips():
    text = 'kind:airstrike kind:shelling place:Kharkiv actor:"Russian forces" tag:verify bookmarked from:"last week" killed:5 drone fire'
    flt = Filter.parse(text)
    assert flt.kind == ("airstrike", "shelling") and flt.actor == ("Russian forces",)
    assert flt.bookmarked and flt.killed == 5 and flt.start == "last week" and flt.text == "drone fire"
    assert Filter.parse(flt.to_text()) == flt
    assert Filter.from_spec(json.loads(json.dumps(flt.to_spec()))) == flt
    assert ("kind", "shelling") in flt.chips()
    less = flt.without("kind", "shelling").without("bookmarked")
    assert less.kind == ("airstrike",) and not less.bookmarked
    assert not Filter() and Filter.parse("") == Filter()
    assert Filter.parse('kind:"unclosed').kind == () or True  # never raises on a stray quote
    assert Filter(kind=("a",)).adding(Filter(kind=("A", "b"), text="x")) == Filter(kind=("a", "b"), text="x")


def test_completion_values_come_from_the_store(demo_path: Path):
    db = store.open_store(demo_path, write=True)
    kinds = values(db, "kind")
    assert "airstrike" in kinds and kinds == sorted(set(kinds), key=str.casefold)
    assert values(db, "place", "khar") == ["Kharkiv"]
    assert "the mayor" in values(db, "actor", "the m")
    desk.add_tags(db, queries.records(db).__next__()["id"], ["verify"])
    assert values(db, "tag", "ver") == ["verify"]
    db.close()


# --------------------------------------------------------------------------- the timeline under a filter


def test_filtered_timeline_pages_by_key_and_keeps_only_matches(demo_file: Path):
    db = store.open_store(demo_file)
    flt = Filter(kind=("airstrike",))
    tl = Timeline(db, flt)
    recs = [r for r in queries.records(db) if r["kind"] == "airstrike"]
    assert tl.events == len(recs) and tl.filtered
    lines = [tl.line(y) for y in range(tl.height)]
    assert [x.id for x in lines if hasattr(x, "id")] == [r["id"] for r in recs]
    assert tl.stats["offset"] == 0
    other = next(r for r in queries.records(db) if r["kind"] != "airstrike")
    assert tl.locate_id(other["id"]) is None
    assert tl.line(tl.locate_id(recs[5]["id"])).id == recs[5]["id"]
    from datetime import datetime

    when = datetime.fromisoformat(recs[7]["start"])
    assert tl.line(tl.reaching(when)).id == recs[7]["id"]
    tl.set_filter(None)
    assert tl.events == N and not tl.filtered
    db.close()


# --------------------------------------------------------------------------- bookmarks, tags, notes kept


def test_desk_survives_a_reimport_and_an_edit(seed_path: Path, tmp_path: Path):
    db = store.open_store(seed_path, write=True)
    recs = list(queries.records(db))
    target = recs[2]["id"]
    desk.set_bookmark(db, target)
    desk.set_tags(db, target, ["verify", "kyiv desk"])
    desk.set_note(db, target, "Call the **governor's** office.")
    # the source again, as it was (its records carry no desk fields), one of them edited
    again = [{k: v for k, v in r.items() if k not in ("bookmarked", "tags", "notes")} for r in recs]
    again[2]["title"] = "An edited title"
    write_records(db, [(f"x:{i}", r) for i, r in enumerate(again)])
    after = queries.event_detail(db, target)
    assert after["title"] == "An edited title"
    assert (after["bookmarked"], after["tags"], after["notes"]) == (
        True,
        ["kyiv-desk", "verify"],
        "Call the **governor's** office.",
    )
    db.close()


def test_reimporting_a_file_leaves_the_desk_alone(tmp_path: Path):
    sample = Path(__file__).parent / "data" / "acled-sample.csv"
    path = tmp_path / "a.db"
    assert run("--db", str(path), "import", str(sample)).exit_code == 0
    first = ids_of(run("--db", str(path), "events", "--json").output)[0]
    assert run("--db", str(path), "bookmark", first).exit_code == 0
    assert run("--db", str(path), "note", first, "seen on video").exit_code == 0
    assert run("--db", str(path), "import", str(sample)).exit_code == 0
    assert ids_of(run("--db", str(path), "events", "--json", "--bookmarked").output) == [first]
    assert run("--db", str(path), "note", first).output.strip() == "seen on video"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_desk_round_trip(seed_path: Path, tmp_path: Path, fmt: str):
    db = store.open_store(seed_path, write=True)
    recs = list(queries.records(db))
    desk.set_bookmark(db, recs[0]["id"])
    desk.set_tags(db, recs[0]["id"], ["verify", "geo"])
    desk.set_tags(db, recs[4]["id"], ["follow-up"])
    desk.set_note(db, recs[4]["id"], "# Sources\n\n- AP, [drone] footage\n- a second line, with, commas")
    db.close()
    out1 = tmp_path / f"one.{fmt}"
    assert run("--db", str(seed_path), "export", "--format", fmt, "-o", str(out1)).exit_code == 0
    fresh = tmp_path / "fresh.db"
    result = run("--db", str(fresh), "import", "--format", fmt, str(out1))
    assert result.exit_code == 0, result.output
    out2 = tmp_path / f"two.{fmt}"
    assert run("--db", str(fresh), "export", "--format", fmt, "-o", str(out2)).exit_code == 0
    assert out2.read_bytes() == out1.read_bytes()
    back = {r["id"]: r for r in all_records(fresh)}
    assert back[recs[0]["id"]]["bookmarked"] is True and back[recs[0]["id"]]["tags"] == ["geo", "verify"]
    assert back[recs[4]["id"]]["notes"].startswith("# Sources\n\n- AP, [drone]")
    assert back[recs[1]["id"]]["bookmarked"] is False and back[recs[1]["id"]]["tags"] == []
    # the export says so in its records
    first = json.loads(out1.read_text().splitlines()[0]) if fmt == "jsonl" else None
    if first is not None:
        assert (first["bookmarked"], first["tags"], first["notes"]) == (True, ["geo", "verify"], None)


def test_an_import_that_sets_the_desk_replaces_it(seed_path: Path):
    db = store.open_store(seed_path, write=True)
    rec = next(queries.records(db))
    desk.set_tags(db, rec["id"], ["old"])
    desk.set_note(db, rec["id"], "old note")
    write_records(db, [("x:1", dict(rec, tags=["new"], notes=None, bookmarked=True))])
    assert desk.desk_of(db, rec["id"]) == {"bookmarked": True, "tags": ["new"], "notes": None}
    db.close()


def test_the_import_summary_counts_a_changed_bookmark_tag_or_note_as_updated(seed_path: Path):
    db = store.open_store(seed_path, write=True)
    recs = list(queries.records(db))  # as exported: bookmarked false, no tags, no note
    assert write_records(db, [(f"x:{i}", r) for i, r in enumerate(recs)]).summary() == "0 new, 0 updated, 11 unchanged"
    first, second = recs[0]["id"], recs[1]["id"]
    changed = [dict(recs[0], tags=["verify"]), {k: v for k, v in recs[1].items() if k != "bookmarked"}]
    desk.set_bookmark(db, second)  # the record has no "bookmarked": left alone, not a change
    result = write_records(db, [("x:1", changed[0]), ("x:2", changed[1])])
    assert result.summary() == "0 new, 1 updated, 1 unchanged"
    assert desk.tags_of(db, first) == ["verify"] and desk.is_bookmarked(db, second)
    # only the tags given (and the same, in another case): nothing else changes
    partial = {k: v for k, v in recs[0].items() if k not in ("bookmarked", "notes")}
    assert write_records(db, [("x:1", dict(partial, tags=["VERIFY"]))]).summary() == "0 new, 0 updated, 1 unchanged"
    db.close()


def test_notes_of_a_deleted_event_can_be_moved_or_dropped(seed_path: Path):
    db = store.open_store(seed_path, write=True)
    a, b, c = [r["id"] for r in list(queries.records(db))[:3]]
    desk.set_note(db, a, "first")
    desk.set_note(db, b, "second")
    desk.set_tags(db, a, ["x"])
    assert desk.notes_of(db, [a, c]) == {a: "first"}
    with db.conn:
        db.execute("DELETE FROM events WHERE id = ?", (a,))
    assert desk.orphans(db) == [a]  # kept until the caller decides
    assert desk.move_notes(db, a, b)
    assert desk.note_of(db, b) == "second\n\nfirst" and desk.tags_of(db, b) == ["x"] and desk.orphans(db) == []
    desk.drop_desk(db, b)
    assert desk.desk_of(db, b) == {"bookmarked": False, "tags": [], "notes": None}
    db.close()


# --------------------------------------------------------------------------- search over events and notes


def test_search_finds_quotes_events_and_notes(seed_path: Path):
    db = store.open_store(seed_path, write=True)
    recs = list(queries.records(db))
    desk.set_note(db, recs[1]["id"], "Ask about the Tikhoretsk depot satellite images")
    db.close()
    out = run("--db", str(seed_path), "search", "tikhoretsk", "--json").output
    hits = [json.loads(x) for x in out.splitlines()]
    kinds = {h["kind"] for h in hits}
    assert {"event", "note"} <= kinds
    assert any(h["kind"] == "note" and h["event_id"] == recs[1]["id"] for h in hits)
    plain = run("--db", str(seed_path), "search", "satellite").output.splitlines()
    assert len(plain) == 1 and plain[0].startswith("note ")
    only = run("--db", str(seed_path), "search", "tikhoretsk", "--only", "event", "--json").output
    assert {json.loads(x)["kind"] for x in only.splitlines()} == {"event"}
    assert run("--db", str(seed_path), "search", '"[unclosed AND').exit_code == 0


def test_search_of_an_acled_store_finds_events(tmp_path: Path):
    sample = Path(__file__).parent / "data" / "acled-sample.csv"
    path = tmp_path / "a.db"
    run("--db", str(path), "import", str(sample))
    out = run("--db", str(path), "search", "toropets", "--json").output
    assert out and {json.loads(x)["kind"] for x in out.splitlines()} == {"event"}


def test_desk_filters_on_an_older_store_read_only_keep_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "v4.db"
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION - 1)  # before _v5_desk
    with store.new_store_atomically(path) as db:
        demo.build(db, 50, 1)
    monkeypatch.undo()
    for args in (["--tag", "verify"], ["--bookmarked"], ["--bookmarked", "--kind", "airstrike"]):
        result = run("--db", str(path), "events", *args)
        assert result.exit_code == 0 and result.output == ""
    assert len(run("--db", str(path), "events", "--kind", "airstrike").output.splitlines()) > 0
    assert schema.version(store.open_store(path)) == schema.SCHEMA_VERSION - 1  # reading never migrates


def test_desk_commands_on_the_command_line(seed_path: Path):
    db = str(seed_path)
    bad = run("--db", db, "bookmark", "no-such-event")
    assert bad.exit_code == 1 and "no event with id 'no-such-event'" in bad.output
    assert run("--db", db, "tag", "nope", "x").exit_code == 1
    assert run("--db", db, "note", "seed-kharkiv").exit_code == 1  # no note yet: says so
    assert run("--db", db, "note", "seed-kharkiv", "-", stdin="# From stdin\n\n[drone] *x*\n").exit_code == 0
    assert run("--db", db, "note", "seed-kharkiv").output == "# From stdin\n\n[drone] *x*\n"
    assert run("--db", db, "note", "seed-kharkiv", "--delete").exit_code == 0
    assert run("--db", db, "note", "seed-kharkiv").exit_code == 1
    wrote = store.open_store(seed_path, write=True)
    desk.save_filter(wrote, "drones", Filter(kind=("drone strike",), tag=("verify",)).to_spec())
    wrote.close()
    assert run("--db", db, "filters").output == 'drones: kind:"drone strike" tag:verify\n'
    saved = json.loads(run("--db", db, "filters", "--json").output)
    assert Filter.from_spec(saved["spec"]) == Filter(kind=("drone strike",), tag=("verify",))
    assert run("--db", db, "filters", "--delete", "nope").exit_code == 1
    assert run("--db", db, "filters", "--delete", "drones").exit_code == 0
    assert run("--db", db, "filters").output == ""


def test_any_text_in_the_filter_bar_reads_or_says_why(seed_path: Path):
    """Whatever is typed, parsing gives a filter or a one-line FilterError, and the
    filter it gives (dates aside) runs against the store without an SQL error."""
    from dateline.db.dates import DateError
    from dateline.db.filters import FilterError
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    db = store.open_store(seed_path)
    parts = st.sampled_from(
        ["kind:", "place:", "tag:", "actor:", "killed:", "from:", "bookmarked", '"', " ", "*", "[", ":"]
    )
    texts = st.lists(st.one_of(parts, st.text(max_size=8)), max_size=8).map("".join)

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(texts)
    def check(text: str) -> None:
        try:
            flt = Filter.parse(text)
        except FilterError as exc:
            assert "\n" not in str(exc)
            return
        try:
            flt.where(db=db)
        except DateError:
            return
        Timeline(db, flt)  # counts, no error
        assert Filter.parse(flt.to_text()).chips() == flt.chips() or flt.text

    check()
    db.close()


def test_a_backslash_in_the_filter_is_a_letter():
    """Hypothesis found kind:\\ read as the kind '"' (the backslash escaped the quote
    closed for the user), which read back as no filter at all."""
    for text, chips in [
        ("kind:\\", [("kind", "\\")]),
        ('kind:"a\\"', [("kind", "a\\")]),
        ("text:C:\\x", [("text", "C:\\x")]),
        ("place:\"O'Brien", [("place", "O'Brien")]),
    ]:
        flt = Filter.parse(text)
        assert flt.chips() == chips
        assert Filter.parse(flt.to_text()).chips() == chips


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("tag", "{id}", "verify"), "a tag is written to the store"),
        (("note", "{id}", "check the source"), "a note is written to the store"),
        (("bookmark", "{id}"), "a bookmark is written to the store"),
        (("filters", "--delete", "mine"), "deleting a filter writes to the store"),
    ],
)
def test_read_only_desk_commands_write_nothing(demo_path: Path, args, said):
    first = all_records(demo_path)[0]
    before = demo_path.read_bytes()
    result = run("--db", str(demo_path), "--read-only", *(a.format(id=first["id"]) for a in args))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: --read-only: {said}; leave --read-only out"
    assert demo_path.read_bytes() == before
    # reading the desk is still allowed
    assert run("--db", str(demo_path), "--read-only", "tag", first["id"]).exit_code == 0


def test_read_only_review_is_refused_and_json_drafts_are_not(demo_path: Path, tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("Russian forces struck the port on Tuesday, officials said.\n", encoding="utf-8")
    before = demo_path.read_bytes()
    args = ("--db", str(demo_path), "--read-only", "extract", str(article), "--published", "2024-09-21")
    result = run(*args)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: --read-only: the review writes what you accept to the store; leave --read-only out, or add --json"
    )
    assert run(*args, "--json").exit_code == 0 and demo_path.read_bytes() == before
