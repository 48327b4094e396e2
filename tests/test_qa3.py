"""A new user's day with dateline (the third QA pass): what went wrong, each kept right.

- the selection after a change: removing the selected event, undoing, a filter that leaves
  the selected event out select the event next to where it stood (never the first one of
  the store, which may be centuries away);
- ``dateline search`` reads its query as ``dateline quotes`` and the browser's ``/`` do: the
  last word a prefix.
"""

from __future__ import annotations

import json

from click.testing import CliRunner
from dateline.db import edit, store
from dateline.tui.app import DatelineApp
from dateline.tui.cli import main
from test_author_ui import select


def run(*args: str):
    return CliRunner().invoke(main, list(args))


# -- the selection after a change ---------------------------------------------------------


async def test_removing_the_selected_event_selects_the_next_one(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await select(pilot, app, "seed-kryvyi-rih")
        await pilot.press("x", "y")
        await pilot.pause()
        assert edit.record(app.db, "seed-kryvyi-rih") is None
        assert app.timeline_view.selected_id == "seed-kharkiv"  # the one after it


async def test_removing_the_last_event_selects_the_one_before(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("G")
        await pilot.pause()
        assert app.timeline_view.selected_id == "seed-washington-visit"
        await pilot.press("x", "y")
        await pilot.pause()
        assert app.timeline_view.selected_id == "seed-kharkiv"


async def test_undo_selects_the_event_it_gives_back(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await select(pilot, app, "seed-toropets")
        await pilot.press("x", "y")
        await pilot.pause()
        await pilot.press("g")  # the user moves away, then undoes
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert app.timeline_view.selected_id == "seed-toropets"


async def test_undoing_an_added_event_selects_its_neighbour(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("G")
        await pilot.pause()
        writer = app.writer()
        new_id = edit.save(writer, {"title": "Late event", "start": "2024-09-30"})
        app.changed(new_id)
        await pilot.pause()
        assert app.timeline_view.selected_id == new_id
        await pilot.press("u")
        await pilot.pause()
        assert edit.record(app.db, new_id) is None
        assert app.timeline_view.selected_id == "seed-washington-visit"  # the one before it, not the first


async def test_a_filter_leaving_the_selected_event_out_selects_the_nearest(seed_path):
    from dateline.db.filters import Filter

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("G")
        await pilot.pause()
        assert app.timeline_view.selected_id == "seed-washington-visit"
        app.apply_filter(Filter.parse("from:2024-09-20"))  # keeps everything: the visit stays
        await pilot.pause()
        assert app.timeline_view.selected_id == "seed-washington-visit"
        app.apply_filter(Filter.parse('kind:"drone strike"'))  # the visit is left out
        await pilot.pause()
        assert app.timeline_view.selected_id == "seed-tikhoretsk"  # the drone strike nearest it


# -- dateline search reads as dateline quotes and / ---------------------------------------


def test_search_makes_the_last_word_a_prefix_as_quotes_and_the_browser_do(seed_path):
    def found(*args: str) -> set[tuple[str, str]]:
        result = run("--db", str(seed_path), *args, "--json")
        assert result.exit_code == 0, result.output
        return {(h.get("kind", "quote"), h["event_id"]) for h in map(json.loads, result.output.splitlines())}

    quotes = found("quotes", "missile")
    assert quotes  # "missile" finds the quote about long-range "missiles"
    searched = found("search", "missile", "--only", "quote")
    assert {e for _, e in searched} == {e for _, e in quotes}
    # events too: "dron" finds the drone events, as / does as you type
    events = {e for k, e in found("search", "dron") if k == "event"}
    assert {"seed-drone-raid", "seed-intercept-claim"} <= events


# -- an export of two TimelineJS files reads back ------------------------------------------


def test_timelinejs_export_of_two_timelines_imports_back(tmp_path):
    """Two TimelineJS files give two title slides; a document has room for one, and the
    other was written among the events without its date, which no TimelineJS reads."""
    from conftest import SAMPLES

    db, back = tmp_path / "two.db", tmp_path / "back.db"
    for name in ("timelinejs-women-in-computing.json", "timelinejs-marktwain.json"):
        assert run("--db", str(db), "import", str(SAMPLES / name)).exit_code == 0
    out = tmp_path / "out.json"
    assert run("--db", str(db), "export", "--format", "timelinejs", "-o", str(out)).exit_code == 0
    doc = json.loads(out.read_text())
    assert all("year" in (slide.get("start_date") or {}) for slide in doc["events"])
    result = run("--db", str(back), "import", str(out))
    assert result.exit_code == 0, result.output
    before = {r["id"] for r in map(json.loads, run("--db", str(db), "events", "--json").output.splitlines())}
    after = {r["id"] for r in map(json.loads, run("--db", str(back), "events", "--json").output.splitlines())}
    assert after == before


# -- editing an event whose date counts from another one ----------------------------------


def _anchored_store(tmp_path) -> str:
    rows = [
        {
            "id": "a-1",
            "title": "Strike on the port",
            "date_text": "on Sunday",
            "published": "2024-11-20T12:00:00+02:00",
        },
        {
            "id": "a-2",
            "title": "Second strike",
            "date_text": "two days later",
            "after": "a-1",
            "published": "2024-11-20T12:00:00+02:00",
        },
    ]
    src = tmp_path / "anchored.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = tmp_path / "anchored.db"
    result = run("--db", str(db), "import", str(src))
    assert result.exit_code == 0, result.output
    return str(db)


async def test_editing_another_field_of_an_anchored_event_keeps_its_date(tmp_path):
    from dateline.tui.components.eventform import EventForm
    from test_author_ui import set_input, text_of

    path = _anchored_store(tmp_path)
    app = DatelineApp(store.open_store(path))
    async with app.run_test(size=(140, 42)) as pilot:
        before = edit.record(app.db, "a-2")
        assert before["start"].startswith("2024-11-19")  # two days after Sun 17 Nov
        await select(pilot, app, "a-2")
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        assert "✗" not in text_of(app, "#form-when")  # its stored date, not an error
        assert "Tue 19 Nov 2024" in text_of(app, "#form-when")
        await set_input(pilot, app, "#f-place", "Odesa")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EventForm), text_of(app, "#form-status")
        after = edit.record(app.db, "a-2")
        assert after["place"] == "Odesa"
        assert (after["date_text"], after["start"], after["end"]) == (
            before["date_text"],
            before["start"],
            before["end"],
        )


# -- after a review, the events accepted are in view ---------------------------------------


async def test_leaving_a_review_selects_the_first_event_accepted(seed_path):
    from pathlib import Path

    from test_author_ui import review

    article = Path(__file__).parent / "data" / "articles" / "ap-hurricane.txt"
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await review(pilot, app, article, "2024-10-10T18:00:00-04:00", "America/New_York")
        screen = app.screen
        accepted = screen.records[0]["id"]
        await pilot.press("a", "escape")
        await pilot.pause()
        assert edit.record(app.db, accepted) is not None
        assert app.timeline_view.selected_id == accepted  # not the store's first event


# -- what --help says is what the commands do ---------------------------------------------


def test_filter_help_names_every_status_and_what_text_searches(tmp_path):
    from dateline.db.records import STATUSES

    said = " ".join(run("events", "--help").output.split())
    assert all(status in said for status in STATUSES)
    assert "title, summary, place or actors" in said
    # as it says: --text finds a name that stands among the actors alone
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "e1", "title": "Strike", "start": "2024-10-03", "actors": ["Air Force"]}) + "\n")
    db = str(tmp_path / "one.db")
    assert run("--db", db, "import", str(src)).exit_code == 0
    found = run("--db", db, "events", "--text", "Air Force", "--json").output.splitlines()
    assert [json.loads(line)["id"] for line in found] == ["e1"]
    assert "title, summary, place, actors or quotes" in " ".join(run("export", "--help").output.split())
    assert "COUNT" not in run("demo", "--help").output  # no such argument: the option is --events


# -- no message lets a control character of its input reach the terminal -------------------


def test_messages_quoting_input_show_its_controls_escaped(tmp_path):
    """`when` printed the words it could not read as they were (an OSC sequence in them set
    the terminal's title); `extract` did the same with a file's name."""
    title = "\x1b]0;PWNED\x07"
    bad = CliRunner().invoke(main, ["when", title])
    assert bad.exit_code == 1 and "\x1b" not in bad.output and "\\x1b" in bad.output
    article = tmp_path / f"{title}.txt"
    article.write_text("Nothing dated here at all.\n")
    said = CliRunner().invoke(main, ["extract", str(article), "--published", "2024-01-01", "--json"])
    assert said.exit_code == 0 and "no dated events found" in said.output
    assert "\x1b" not in said.output and "\x07" not in said.output


# -- an interval longer than one unit of its precision says where it ends -------------------


def test_the_interval_in_words_names_its_end_when_it_runs_past_its_first_unit():
    from dateline.tui.components.detail import resolved_label

    def label(start: str, end: str, precision: str) -> str:
        return resolved_label(f"{start}+00:00", f"{end}+00:00", precision)

    # TimelineJS slides with an end date: Ada Lovelace's life, the ENIAC programmers' years
    assert label("1815-12-10T00:00:00", "1852-11-28T00:00:00", "day") == "Sun 10 Dec 1815 – Sat 27 Nov 1852"
    assert label("1943-07-01T00:00:00", "1947-01-01T00:00:00", "month") == "July 1943 – December 1946"
    assert label("1956-01-01T00:00:00", "1963-01-01T00:00:00", "year") == "1956 – 1962"
    assert (
        label("1920-01-05T06:45:56", "1923-01-05T06:46:56", "minute") == "Mon 05 Jan 1920 06:45 – Fri 05 Jan 1923 06:46"
    )
    # one unit: as before
    assert label("2024-09-20T00:00:00", "2024-09-21T00:00:00", "day") == "Fri 20 Sep 2024"
    assert label("1943-07-01T00:00:00", "1943-08-01T00:00:00", "month") == "July 1943"
    assert label("1956-01-01T00:00:00", "1957-01-01T00:00:00", "year") == "1956"
    assert label("2024-09-20T20:00:00", "2024-09-21T06:00:00", "night") == "night of 20–21 Sep 2024"
    assert label("2024-09-23T00:00:00", "2024-09-30T00:00:00", "week") == "week of Mon 23 Sep – Sun 29 Sep 2024"
    assert label("2024-09-20T22:45:00", "2024-09-20T22:46:00", "minute") == "Fri 20 Sep 2024 22:45"
    assert label("2024-09-20T18:00:00", "2024-09-21T00:00:00", "evening") == "Fri 20 Sep 2024, evening"
    # a week over the change of clocks (its end an hour later by the offsets) is one week
    assert resolved_label("2024-10-21T00:00:00+03:00", "2024-10-28T00:00:00+02:00", "week").startswith("week of")
    # whole days of the other precisions say their days, not midnight to 23:59 (a CrisisWatch "Early month")
    assert label("2024-09-01T00:00:00", "2024-09-11T00:00:00", "part of month") == "1–10 Sep 2024"
    assert label("2024-09-28T00:00:00", "2024-10-04T00:00:00", "range") == "28 Sep – 3 Oct 2024"
    assert label("2022-12-01T00:00:00", "2023-03-01T00:00:00", "season") == "1 Dec 2022 – 28 Feb 2023"


def test_the_markdown_chronology_names_the_end_of_an_interval_of_several_units():
    from dateline.db.formats.markdown import when_words

    def words(start: str, end: str, precision: str) -> str:
        return when_words({"start": f"{start}+00:00", "end": f"{end}+00:00", "precision": precision, "tz": None})

    assert (
        words("1815-12-10T00:00:00", "1852-11-28T00:00:00", "day")
        == "Sunday 10 December 1815 to Saturday 27 November 1852"
    )
    assert words("1943-07-01T00:00:00", "1947-01-01T00:00:00", "month") == "July 1943 to December 1946"
    assert words("1956-01-01T00:00:00", "1963-01-01T00:00:00", "year") == "1956 to 1962"
    assert words("1943-07-01T00:00:00", "1943-08-01T00:00:00", "month") == "July 1943"  # one unit: as before
    assert words("2024-09-20T00:00:00", "2024-09-21T00:00:00", "day") == "Friday 20 September 2024"


# -- a quote typed in the form with its quotation marks --------------------------------------


def test_a_quote_typed_in_its_quotation_marks_is_kept_without_them():
    """The detail puts a quote in its own “ ”: one typed as `Kiper (governor): "The enemy…"`
    showed “"The enemy…"”."""
    from dateline.tui.components.eventform import quotes_to_text, text_to_quotes

    typed = "Oleh Kiper (governor): \"The [enemy] hit us again\"\nMayor: “Power is back”\n: 'single'"
    assert [q["text"] for q in text_to_quotes(typed)] == ["The [enemy] hit us again", "Power is back", "'single'"]
    # marks that are not one pair around the whole quote stay
    kept = ['"Yes," he said, "no"', '"Half', 'He said "no"', "“One” and “two”"]
    assert [q["text"] for q in text_to_quotes("\n".join(f"X: {k}" for k in kept))] == kept
    quotes = [{"text": "The [enemy] hit us again", "speaker": "Oleh Kiper", "role": "governor"}]
    assert text_to_quotes(quotes_to_text(quotes)) == quotes  # the form's own text reads back the same


# -- a store's Timesketch export imported into it changes nothing ----------------------------


def test_timesketch_export_imported_into_the_same_store_changes_no_kind(tmp_path):
    """An event without a kind went out with Timesketch's timestamp_desc "Event" (it needs
    one) and came back of kind "Event": every such event 'updated'."""
    rows = [
        {"id": "k-none", "title": "No kind", "start": "2024-10-01"},
        {"id": "k-event", "title": "Kind Event", "start": "2024-10-02", "kind": "Event"},
        {"id": "k-strike", "title": "A strike", "start": "2024-10-03", "kind": "airstrike"},
    ]
    src = tmp_path / "kinds.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db, out = str(tmp_path / "k.db"), tmp_path / "k.timesketch.jsonl"
    assert run("--db", db, "import", str(src)).exit_code == 0
    assert run("--db", db, "export", "--format", "timesketch", "-o", str(out)).exit_code == 0
    again = run("--db", db, "import", str(out), "--format", "timesketch")
    assert again.exit_code == 0 and "0 new, 0 updated, 3 unchanged" in again.output, again.output
    kinds = {r["id"]: r["kind"] for r in map(json.loads, run("--db", db, "events", "--json").output.splitlines())}
    assert kinds == {"k-none": None, "k-event": "Event", "k-strike": "airstrike"}


# -- the source text's title names an outlet once ---------------------------------------------


def test_the_source_text_names_a_source_whose_outlet_is_its_title_once(seed_path):
    """An article without a site is its own outlet ("Drones hit Odesa port…"): `p` showed
    "Drones hit Odesa port…, Drones hit Odesa port…"."""
    from dateline.db import sources

    writer = edit.writer(store.open_store(seed_path))
    title = "Drones hit Odesa port overnight; two killed"
    rec = {"id": "odesa-1", "title": "Drones hit the port", "start": "2024-11-19", "paragraph": 1}
    edit.accept(writer, [rec], {"title": title, "name": title, "published": "2024-11-20"}, ["Drones hit the port."])
    name, paragraphs, here = sources.source_text(writer, "odesa-1")
    assert (name, paragraphs, here) == (title, ["Drones hit the port."], 1)
    other = {"title": "Odesa port hit", "name": "Reuters", "site": "Reuters", "published": "2024-11-20"}
    edit.accept(writer, [dict(rec, id="odesa-2")], other, ["Drones hit the port."])
    # the outlet and the headline, each once (accepting no longer puts the outlet in the headline's place)
    assert sources.source_text(writer, "odesa-2")[0] == "Reuters, Odesa port hit"


# -- a quote's role comes back from TimelineJS -----------------------------------------------


def test_timelinejs_keeps_a_quotes_speaker_and_role_apart(tmp_path):
    """The cite "Oleh Kiper, governor" came back as the speaker "Oleh Kiper, governor"."""
    quotes = [
        {"text": "The enemy hit [the] port", "speaker": "Oleh Kiper", "role": "governor"},
        {"text": "Crews are working", "speaker": None, "role": "city council"},
        {"text": "We saw it", "speaker": "A witness", "role": None},
    ]
    rec = {"id": "q-1", "title": "Port hit", "start": "2024-11-19", "quotes": quotes}
    src, out = tmp_path / "q.jsonl", tmp_path / "q.json"
    src.write_text(json.dumps(rec) + "\n")
    db, back = str(tmp_path / "q.db"), str(tmp_path / "back.db")
    assert run("--db", db, "import", str(src)).exit_code == 0
    assert run("--db", db, "export", "--format", "timelinejs", "-o", str(out)).exit_code == 0
    assert "<cite>Oleh Kiper, governor</cite>" not in out.read_text()  # (TimelineJS shows the same words)
    assert run("--db", back, "import", str(out)).exit_code == 0
    got = json.loads(run("--db", back, "events", "--json").output.splitlines()[0])["quotes"]
    assert [(q["text"], q.get("speaker"), q.get("role")) for q in got] == [
        (q["text"], q["speaker"], q["role"]) for q in quotes
    ]


# -- importing an article says how to read one -----------------------------------------------


def test_importing_an_article_or_a_markdown_chronology_says_what_reads_it(tmp_path, seed_path):
    article = tmp_path / "odesa.txt"
    article.write_text("Drones hit Odesa port overnight; two killed\n\nODESA (AP) — Russian drones struck the port.\n")
    chronology = tmp_path / "chronology.md"
    assert run("--db", str(seed_path), "export", "--format", "markdown", "-o", str(chronology)).exit_code == 0
    for path in (article, chronology):
        said = run("--db", str(tmp_path / "new.db"), "import", str(path))
        assert said.exit_code == 1 and "dateline extract FILE" in said.output, said.output
        assert not (tmp_path / "new.db").exists()
    # a table without a title column says no more than before
    table = tmp_path / "table.csv"
    table.write_text("name,when\nA,2024-01-01\n")
    said = run("--db", str(tmp_path / "new.db"), "import", str(table))
    assert said.exit_code == 1 and "its columns: name, when" in said.output and "extract" not in said.output


# -- a filter typed with its closing quote left off ------------------------------------------


def test_a_field_whose_quote_is_left_open_keeps_its_field():
    """`kind:"drone strike` + enter filtered the free words "drone strike" (titles and
    summaries), not the kind; an apostrophe split a place in two."""
    from dateline.db.filters import Filter

    assert Filter.parse('kind:"drone strike').kind == ("drone strike",)
    assert Filter.parse('place:"Kryvyi Rih').place == ("Kryvyi Rih",)
    assert Filter.parse('tag:"[red').tag == ("[red",)
    f = Filter.parse("place:O'Brien kind:airstrike")
    assert (f.place, f.kind, f.text) == (("O'Brien",), ("airstrike",), None)
    f = Filter.parse('actor:"Russian forces" "unclosed words')
    assert (f.actor, f.text) == (("Russian forces",), "unclosed words")
    # as before
    assert Filter.parse('kind:"drone strike" from:2024-09-20').kind == ("drone strike",)
    assert Filter.parse("kind:'drone strike'").kind == ("drone strike",)
    assert Filter.parse("tail\\").text is not None


# -- a draft whose date words are changed no longer says it counts from another --------------


async def test_a_draft_edited_to_other_date_words_drops_its_anchor(seed_path):
    from pathlib import Path

    from dateline.tui.components.eventform import EventForm
    from test_author_ui import review, set_input, text_of

    article = Path(__file__).parent / "data" / "articles" / "reuters-odesa.txt"
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await review(pilot, app, article, "2024-09-21", "Europe/Kyiv")
        screen = app.screen
        i = next(n for n, r in enumerate(screen.records) if (r.get("attrs") or {}).get("anchored_on"))
        screen.query_one("OptionList").highlighted = i
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        assert "✗" not in text_of(app, "#form-when")  # "Two days later": the date it was read as
        await set_input(pilot, app, "#f-place", "Odesa")  # another field: the anchor stays
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.records[i]["attrs"]["anchored_on"] and screen.records[i]["place"] == "Odesa"
        await pilot.press("e")
        await pilot.pause()
        await set_input(pilot, app, "#f-date_text", "on Wednesday")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.records[i]["start"].startswith("2024-09-18")
        assert "anchored_on" not in (screen.records[i].get("attrs") or {})
        assert "anchored_on" not in str(screen.query_one("#review-detail").render())


# -- the main screen's keys do nothing under another screen ----------------------------------


async def test_under_the_review_the_main_screens_keys_do_not_act_on_the_hidden_timeline(seed_path):
    """In the review, b bookmarked the event selected in the timeline under it (unseen),
    y copied it, h, m and f opened the histogram, the map and the filter bar under it, and
    / and t (in the footer) chose in a timeline that could not be seen."""
    from pathlib import Path

    from dateline.db import desk
    from dateline.tui.review import ReviewScreen
    from test_author_ui import review

    article = Path(__file__).parent / "data" / "articles" / "reuters-odesa.txt"
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        copied: list[str] = []
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        await review(pilot, app, article, "2024-09-21", "Europe/Kyiv")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        for key in ("b", "y", "h", "m", "f", "number_sign", "N", "B", "slash", "t", "F", "ctrl+s", "p", "r"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is screen, key  # nothing opened over the review
        assert desk.bookmarks(app.db) == [] and copied == []
        assert not any(w.display for w in app.query("Histogram, MapView, FilterBar"))
        shown = {active.binding.action for active in app.screen.active_bindings.values() if active.enabled}
        assert not shown & {"search", "goto", "bookmark", "copy", "filter"}, shown  # not in the footer either
        assert {"accept", "help"} <= shown
        await pilot.press("escape")  # back on the timeline, every key works again
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        assert len(desk.bookmarks(app.db)) == 1


def test_the_interval_in_words_says_its_precision_once():
    """The detail said "night of 20–21 Sep 2024 (night)" and "Fri 20 Sep 2024, evening
    (evening)" (found by the third QA pass): the precision is added only where the words do
    not say it."""
    from dateline.tui.components.detail import resolved_label, with_precision

    night = resolved_label("2024-09-20T20:00:00+03:00", "2024-09-21T06:00:00+03:00", "night")
    assert with_precision(night, "night") == "night of 20–21 Sep 2024"
    evening = resolved_label("2024-09-20T18:00:00+03:00", "2024-09-21T00:00:00+03:00", "evening")
    assert with_precision(evening, "evening") == "Fri 20 Sep 2024, evening"
    small = resolved_label("2024-09-21T00:00:00+03:00", "2024-09-21T06:00:00+03:00", "small hours")
    assert with_precision(small, "small hours") == "Sat 21 Sep 2024, small hours"
    day = resolved_label("2024-09-20T00:00:00+03:00", "2024-09-21T00:00:00+03:00", "day")
    assert with_precision(day, "day") == "Fri 20 Sep 2024 (day)"
