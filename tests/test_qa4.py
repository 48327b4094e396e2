"""A working day with dateline (the fourth QA pass): what a user tripped on, each kept right.

- the filter bar: a date of several words typed without quotes (``from:last week``) is
  that date, not "cannot read date 'last'"; a field that does not exist (``plcae:Kharkiv``,
  ``foo:bar``) is said, not searched for as words that match nothing;
- ``i``: a path with spaces and an option of several words need no quotes; an article
  that cannot be reviewed (no publication date, no such file) keeps the
  dialog open with what was typed, so ``--published`` is added, not the path typed again;
- ``#``: the tag said added is the tag as kept (``needs source`` is ``#needs-source``), and
  a list typed (``verify, geo``) is several tags, in the browser and ``dateline tag``;
- ``e`` offers every format ``dateline export`` writes (ACLED was missing);
- ``t`` to a day with no event says so and names the day it went to (1066 in a 2024 store);
- ``n``/``E``: date words typed in Start or End (ISO boxes) are said to go in Date;
- ``dateline tag --help`` shows TAG as optional, as it is;
- a terminal resized while a dialog is open lays the browser under it out for the new size.
"""

from __future__ import annotations

import pytest
from dateline.db import edit, store
from dateline.db.filters import Filter, FilterError
from dateline.tui.app import DatelineApp
from dateline.tui.components.desk import TagDialog
from dateline.tui.components.eventform import AskPath
from dateline.tui.components.filterbar import FilterBar, FilterChips
from dateline.tui.review import ReviewScreen
from test_author_ui import ARTICLE, select
from test_desk_app import shown_ids, type_filter
from textual.screen import ModalScreen
from textual.widgets import Input, Label

# -- the filter bar: dates of several words, unknown fields ------------------------------

# typed without quotes -> the same filter as typed with them
UNQUOTED_DATES = [
    ("from:last week", 'from:"last week"'),
    ("from:last week drone", 'from:"last week" drone'),
    ("to:20 Sep 2024 kind:airstrike", 'to:"20 Sep 2024" kind:airstrike'),
    ("since:the week before last", 'from:"the week before last"'),
    ("from:monday night place:Kharkiv", 'from:"monday night" place:Kharkiv'),
    ("from:21 September 2024 to:22 September 2024", 'from:"21 September 2024" to:"22 September 2024"'),
    ("date:20 Sep 2024", 'date:"20 Sep 2024"'),
    # already right, kept so: a date that reads alone leaves the next word a word to search
    ("from:2024-09-20 kharkiv", "from:2024-09-20 kharkiv"),
    ("from:yesterday drone strike", "from:yesterday drone strike"),
    ('from:"last week" drone', 'from:"last week" drone'),
    ("kind:airstrike 10:45", "kind:airstrike 10:45"),
    ("https://example.org/a", "https://example.org/a"),
    ("text:foo:bar", 'text:"foo:bar"'),
]


@pytest.mark.parametrize(("typed", "quoted"), UNQUOTED_DATES)
def test_a_date_of_several_words_needs_no_quotes(typed, quoted):
    assert Filter.parse(typed) == Filter.parse(quoted)
    assert Filter.parse(Filter.parse(typed).to_text()) == Filter.parse(typed)  # the chips read back


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("plcae:Kharkiv", "no field plcae: did you mean place:? (text:"),
        ("kind:airstrike contry:Ukraine", "no field contry: did you mean country:? ("),
        ("tags:verify", "no field tags: did you mean tag:? ("),
        ("foo:bar", "no field foo: the fields are kind: status: place:"),
        ("Actors:Hamas", "no field Actors: did you mean actor:? ("),
    ],
)
def test_a_field_that_does_not_exist_is_said(typed, said):
    with pytest.raises(FilterError) as exc:
        Filter.parse(typed)
    assert str(exc.value).startswith(said)
    assert "searches the words" in str(exc.value)


async def test_the_filter_bar_reads_an_unquoted_date_as_the_quoted_one(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await type_filter(pilot, 'from:"21 Sep 2024"')
        quoted = shown_ids(app)
        await pilot.press("F")
        await type_filter(pilot, "from:21 Sep 2024")
        assert not app.query_one(FilterBar).display  # applied, not refused
        assert shown_ids(app) == quoted and 0 < len(quoted) < 11
        assert "from: 21 Sep 2024" in str(app.query_one(FilterChips).render())


async def test_the_filter_bar_says_a_field_does_not_exist_and_keeps_the_text(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42), notifications=True) as pilot:
        await type_filter(pilot, "plcae:Kharkiv")
        assert not app.timeline.filtered and len(shown_ids(app)) == 11
        assert app.query_one("#filter-input", Input).value == "plcae:Kharkiv"  # to correct
        assert any("did you mean place:?" in n.message for n in app._notifications)


# -- i: an article that cannot be reviewed ------------------------------------------------


async def test_a_refused_article_keeps_the_dialog_open_with_what_was_typed(seed_path, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        for typed, said in [
            (str(undated), "no publication date in the file; give one with --published"),
            (str(tmp_path / "missing.txt"), "no such file or directory"),
            (f"{undated} --published", "--published needs a value"),
            (f"{undated} --published someday", "cannot read"),
        ]:
            await pilot.press("i")
            await pilot.pause()
            field = app.screen.query_one(Input)
            field.value = typed
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, AskPath), typed
            assert said in str(app.screen.query_one("#path-error", Label).render()), typed
            assert app.screen.query_one(Input).value == typed
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one(Input).value = str(undated)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("end", *" --published 2024-09-21", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


# -- #: the tag said is the tag kept -------------------------------------------------------


async def test_the_tag_said_added_is_the_tag_as_kept(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await select(pilot, app, "seed-kharkiv")
        await pilot.press("#")
        await pilot.pause()
        assert isinstance(app.screen, TagDialog)
        for typed, said in [
            ("needs source", "added #needs-source"),
            ("#geo  check", "added #geo-check"),
            ("verify", "added #verify"),
        ]:
            await pilot.press(*typed, "enter")
            await pilot.pause()
            assert str(app.screen.query_one("#desk-status", Label).render()) == said
            assert said.split()[1] in str(app.screen.query_one("#tag-current", Label).render())
        await pilot.press(*"needs source", "enter")
        await pilot.pause()
        assert str(app.screen.query_one("#desk-status", Label).render()) == "removed #needs-source"


# -- e: every format the command line writes ----------------------------------------------


async def test_the_export_dialog_offers_every_format_the_command_line_writes(seed_path, tmp_path, monkeypatch):
    """`dateline export --format acled` wrote ACLED; the browser's `e` did not offer it."""
    from click.testing import CliRunner
    from dateline.db.formats import EXPORT_FORMATS
    from dateline.tui.cli import main
    from dateline.tui.components.export import ExportDialog
    from textual.widgets import RadioButton

    monkeypatch.chdir(tmp_path)
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("e")
        await pilot.pause()
        offered = [b.name for b in app.screen.query_one("#export-format").query(RadioButton)]
        assert sorted(offered) == sorted(EXPORT_FORMATS)
        app.screen.query_one("#export-scope").query(RadioButton).last().value = True  # all
        await pilot.pause()
        app.screen.query_one("#export-format").query(RadioButton).last().value = True  # ACLED
        await pilot.pause()
        assert app.screen.query_one("#export-path", Input).value == str(tmp_path / "dateline-all.acled.csv")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
    written = tmp_path / "dateline-all.acled.csv"
    assert written.read_text(encoding="utf-8").startswith("event_id_cnty,")
    fresh = tmp_path / "fresh.db"
    done = CliRunner().invoke(main, ["import", str(written), "--db", str(fresh)])
    assert done.exit_code == 0, done.output
    assert "11 new" in done.output


# -- t: a date with no event says where it went ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1 Jan 1066", "No event on Mon 01 Jan 1066: the next is on Fri 20 Sep 2024"),  # centuries before
        ("2024-01-01", "No event on Mon 01 Jan 2024: the next is on Fri 20 Sep 2024"),
        ("22 Sep 2024", "No event on Sun 22 Sep 2024: the next is on Mon 23 Sep 2024"),  # a day between
        # a day that has events, or an event under way then, says nothing
        ("20 Sep 2024", None),
        ("21 Sep 2024 03:00", None),
        ("2024-09-23", None),
    ],
)
async def test_go_to_a_date_with_no_event_says_where_it_went(seed_path, typed, said):
    from dateline.tui.components.goto import GoToDate

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42), notifications=True) as pilot:
        await pilot.press("t", *typed)
        await pilot.pause(0.3)
        preview = str(app.screen.query_one("#goto-status").render())
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, GoToDate)
        told = [n.message for n in app._notifications if n.title == "Go to date"]
        if said is None:
            assert not any(m.startswith("No event") for m in told) and "no event that day" not in preview
        else:
            assert said in told
            assert f"no event that day: the next is on {said.split(': the next is on ')[1]}" in preview


# -- the command line's help -------------------------------------------------------------------


def test_tags_help_says_a_tag_is_optional():
    """`dateline tag ID` prints the event's tags; its usage said TAG was needed."""
    from click.testing import CliRunner
    from dateline.tui.cli import main

    usage = CliRunner().invoke(main, ["tag", "--help"], prog_name="dateline").output.splitlines()[0]
    assert usage == "Usage: dateline tag [OPTIONS] ID [TAG]…"
    assert (
        CliRunner().invoke(main, ["bookmark", "--help"], prog_name="dateline").output.splitlines()[0].endswith(" ID…")
    )  # needed there


# -- n / E: date words typed in Start or End ----------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        ("yesterday", "", "Start takes ISO (2024-09-20, 2024-09-20T22:45): 'yesterday' is words, for Date"),
        ("last week", "", "Start takes ISO (2024-09-20, 2024-09-20T22:45): 'last week' is words, for Date"),
        ("overnight on Saturday", "", "Start takes ISO"),
        ("2024-09-20", "next Tuesday", "End takes ISO (2024-09-20, 2024-09-20T22:45): 'next Tuesday' is words"),
        # not words either: said as before
        ("someday maybe", "", "cannot read ISO date 'someday maybe'"),
    ],
)
async def test_date_words_in_start_or_end_are_said_to_go_in_date(seed_path, start, end, said):
    from test_author_ui import set_input, text_of

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await set_input(pilot, app, "#f-title", "Shelling of the market")
        await set_input(pilot, app, "#f-start", start)
        await set_input(pilot, app, "#f-end", end)
        await pilot.pause()
        assert said in text_of(app, "#form-when")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert text_of(app, "#form-status").startswith("Not saved: ")
        assert said in text_of(app, "#form-status")
        if "takes ISO" in said:
            assert app.focused is app.screen.query_one("#f-date_text", Input)


async def test_an_iso_start_still_saves(seed_path):
    from test_author_ui import set_input

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await set_input(pilot, app, "#f-title", "Shelling of the market")
        await set_input(pilot, app, "#f-start", "2024-09-22T10:00")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, ModalScreen)
        assert edit.record(app.db, app.timeline_view.selected_id)["title"] == "Shelling of the market"


# -- a resize while a dialog is open ------------------------------------------------------------


@pytest.mark.parametrize("key", ["e", "t", "?", "/", "n", "i", "#", "B"])
async def test_a_resize_while_a_dialog_is_open_lays_the_browser_out_for_the_new_size(seed_path, key):
    """The terminal made narrow (or wide) while a dialog was open left the timeline and the
    detail laid out for the old width once the dialog closed (side by side at 80 columns,
    one under the other at 140)."""
    from dateline.tui.components.detail import DetailPane
    from dateline.tui.components.timeline import TimelineView
    from test_app import screen_text

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        timeline, detail = app.query_one(TimelineView), app.query_one(DetailPane)
        main = app.screen
        for size, side_by_side in (((80, 24), False), ((140, 42), True)):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is not main, key
            await pilot.resize_terminal(*size)
            await pilot.pause(0.2)
            while app.screen is not main:
                app.screen.dismiss(None)
                await pilot.pause()
            await pilot.pause(0.2)
            if side_by_side:
                assert detail.region.x >= timeline.region.right
                assert "↓/j event  ] [ day  /" in screen_text(app).splitlines()[-1]
            else:
                assert detail.region.y >= timeline.region.bottom
                assert "^p palette" in screen_text(app).splitlines()[-1]


# -- i: what is typed needs no quotes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "path", "options"),
    [
        ("my article.txt", "my article.txt", {}),  # a path with spaces, as a file manager copies it
        ("x.txt --published 21 Sep 2024", "x.txt", {"published": "21 Sep 2024"}),
        ("x.txt --published 21 Sep 2024 --tz Europe/Kyiv", "x.txt", {"published": "21 Sep 2024", "tz": "Europe/Kyiv"}),
        ("x.txt --source AP News --published yesterday", "x.txt", {"source": "AP News", "published": "yesterday"}),
        ("O'Brien notes.txt --published 2024-09-21", "O'Brien notes.txt", {"published": "2024-09-21"}),
        ("--published 21 Sep 2024 x.txt", "x.txt", {"published": "21 Sep 2024"}),
        # already right, kept so
        ("x.txt --published 2024-09-21 --tz Europe/Kyiv", "x.txt", {"published": "2024-09-21", "tz": "Europe/Kyiv"}),
        ('"my file.txt" --source "AP News"', "my file.txt", {"source": "AP News"}),
        ("my\\ file.txt", "my file.txt", {}),
        ("--published 2024-09-21 x.txt", "x.txt", {"published": "2024-09-21"}),
    ],
)
def test_the_review_dialog_reads_what_is_typed_without_quotes(typed, path, options):
    from dateline.tui.editing import parse_review_args

    assert parse_review_args(typed) == (path, options)


@pytest.mark.parametrize(
    ("typed", "said"), [("x.txt --published", "--published needs a value"), ("--tz UTC", "no file given")]
)
def test_the_review_dialog_still_says_what_is_missing(typed, said):
    from dateline.tui.editing import parse_review_args

    with pytest.raises(ValueError, match=said):
        parse_review_args(typed)


async def test_an_article_whose_path_has_spaces_opens_with_a_date_in_words(seed_path, tmp_path):
    article = tmp_path / "saved articles" / "AP report (1).txt"
    article.parent.mkdir()
    article.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one(Input).value = f"{article} --published 21 Sep 2024 --tz Europe/Kyiv"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert "published Sat 21 Sep 2024" in str(app.screen.query_one("#review-title").render())


# -- #: a list of tags typed is several tags -------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said", "kept"),
    [
        ("verify, geo", "added #verify #geo", ["geo", "verify"]),
        ("verify; geo", "added #verify #geo", ["geo", "verify"]),
        ("#verify,#geo,", "added #verify #geo", ["geo", "verify"]),
        ("needs source, verify", "added #needs-source #verify", ["needs-source", "verify"]),
        ("verify", "added #verify", ["verify"]),  # one, as before
    ],
)
async def test_a_list_of_tags_typed_is_several_tags(seed_path, tmp_path, typed, said, kept):
    """ "verify, geo" was one tag, verify,-geo, which came back from TimelineJS as two
    (#verify and #-geo) and from CSV a semicolon's likewise."""
    from click.testing import CliRunner
    from dateline.db import desk
    from dateline.tui.cli import main

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await select(pilot, app, "seed-kharkiv")
        await pilot.press("#")
        await pilot.pause()
        app.screen.query_one(Input).value = typed
        await pilot.press("enter")
        await pilot.pause()
        assert str(app.screen.query_one("#desk-status", Label).render()) == said
        assert desk.tags_of(app.db, "seed-kharkiv") == kept
        app.screen.query_one(Input).value = typed
        await pilot.press("enter")
        await pilot.pause()
        assert str(app.screen.query_one("#desk-status", Label).render()) == said.replace("added", "removed")
        assert desk.tags_of(app.db, "seed-kharkiv") == []
    run = CliRunner().invoke(main, ["--db", str(seed_path), "tag", "seed-kharkiv", typed])
    assert run.exit_code == 0 and run.output.split() == kept
    for fmt in ("timelinejs", "csv"):
        out, fresh = tmp_path / f"out.{fmt}", tmp_path / f"{fmt}.db"
        assert (
            CliRunner().invoke(main, ["--db", str(seed_path), "export", "--format", fmt, "-o", str(out)]).exit_code == 0
        )
        assert CliRunner().invoke(main, ["--db", str(fresh), "import", str(out)]).exit_code == 0
        back = CliRunner().invoke(main, ["--db", str(fresh), "tag", "seed-kharkiv"])
        assert back.output.split() == kept, fmt


@pytest.mark.parametrize(
    ("typed", "field"), [("from:last week", "from"), ("to:20 Sep ", "to"), ("since:the week before", "from")]
)
async def test_the_filter_hint_stays_on_a_date_as_its_words_are_typed(seed_path, typed, field):
    """After "from:last " the hint went back to the list of fields, as if "week" were a word
    to search."""
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        app.query_one("#filter-input", Input).value = typed
        await pilot.pause()
        hint = str(app.query_one("#filter-hint").render())
        assert hint.startswith(f" {field}: a date in words, no quotes needed"), hint


# -- a search that finds nothing says so -----------------------------------------------------


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["search", "zzqq[drone]"], "nothing matches 'zzqq[drone]'"),
        (["quotes", "zzqq"], "no quote matches 'zzqq'"),
        (["quotes", "zzqq", "--json"], "no quote matches 'zzqq'"),
    ],
)
def test_a_search_that_finds_nothing_says_so_on_stderr(seed_path, args, said):
    """`dateline search` and `dateline quotes` printed nothing at all when nothing matched,
    which reads as a broken command; now one line on stderr, stdout empty, exit 0."""
    from click.testing import CliRunner
    from dateline.tui.cli import main

    result = CliRunner().invoke(main, ["--db", str(seed_path), *args])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip() == said


def test_a_search_that_finds_something_says_nothing_on_stderr(seed_path):
    from click.testing import CliRunner
    from dateline.tui.cli import main

    result = CliRunner().invoke(main, ["--db", str(seed_path), "quotes", "drone"])
    assert result.exit_code == 0 and "[drone]" in result.stdout
    assert result.stderr == ""
