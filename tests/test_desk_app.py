"""The analyst's desk in the browser, key by key (Pilot): f and the filter bar with its
completion, the chips (backspace), F, ctrl+s and the saved filter in the palette, b, #,
N, B, / over events and notes, and go to date, the header and e under a filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from dateline.db import desk, store
from dateline.db.filters import Filter
from dateline.tui.app import DatelineApp
from dateline.tui.components.desk import BookmarksScreen, NoteEditor, SaveFilterDialog, TagDialog
from dateline.tui.components.eventform import Confirm
from dateline.tui.components.filterbar import FilterBar, FilterChips
from dateline.tui.components.header import StoreHeader
from dateline.tui.components.search import QuoteSearch
from dateline.tui.components.timeline import TimelineView
from test_app import detail_text, screen_text, selected
from textual.widgets import Input, OptionList, TextArea

DRONE_STRIKES = ["seed-drone-raid", "seed-tons-claim", "seed-toropets", "seed-tikhoretsk"]


def app_for(path: Path) -> DatelineApp:
    return DatelineApp(store.open_store(path))


def shown_ids(app: DatelineApp) -> list[str]:
    tl = app.timeline
    return [item.id for y in range(tl.height) if hasattr(item := tl.line(y), "id")]


async def type_filter(pilot, text: str) -> None:
    await pilot.press("f")
    await pilot.pause()
    pilot.app.query_one("#filter-input", Input).value = text
    await pilot.press("enter")
    await pilot.pause()


def stored(path: Path):
    db = store.open_store(path)
    try:
        return {e: desk.desk_of(db, e) for e in ("seed-kharkiv", "seed-toropets", "seed-briefing")}
    finally:
        db.close()


async def test_f_opens_the_filter_bar_completes_and_enter_filters(seed_path: Path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        bar = app.query_one(FilterBar)
        assert bar.display and app.focused is app.query_one("#filter-input")
        await pilot.press(*"kind:dr")
        await pilot.pause()
        assert "drone strike" in str(app.query_one("#filter-hint").render())
        await pilot.press("right")  # takes the completion, quoted: it has a space
        await pilot.pause()
        assert app.query_one("#filter-input", Input).value == 'kind:"drone strike"'
        await pilot.press("enter")
        await pilot.pause()
        assert not bar.display and app.focused is app.query_one(TimelineView)
        assert shown_ids(app) == DRONE_STRIKES
        assert selected(app) == "seed-drone-raid"
        chips = app.query_one(FilterChips)
        assert chips.display and "kind: drone strike" in str(chips.render()) and "4 events" in str(chips.render())
        text = screen_text(app)
        assert "4 of 11 events" in text and "Zelenskyy sets out" not in text
        # a second part narrows further (AND); the same field twice widens (OR)
        await type_filter(pilot, "place:Toropets")
        assert shown_ids(app) == ["seed-toropets"]
        await type_filter(pilot, "place:Tikhoretsk")
        assert shown_ids(app) == ["seed-toropets", "seed-tikhoretsk"]


async def test_backspace_takes_chips_off_and_F_clears(seed_path: Path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await type_filter(pilot, 'kind:"drone strike" place:Toropets')
        assert shown_ids(app) == ["seed-toropets"]
        # backspace in the empty bar: the last chip goes
        await pilot.press("f", "backspace")
        await pilot.pause()
        assert shown_ids(app) == DRONE_STRIKES
        await pilot.press("escape")
        await type_filter(pilot, "place:Toropets")
        # ↑ from the bar to the chips: ← chooses the first, backspace takes it off
        chips = app.query_one(FilterChips)
        await pilot.press("f", "up")
        await pilot.pause()
        assert app.focused is chips and "← → choose" not in str(chips.render())
        assert "⌫ takes it off" in str(chips.render())
        await pilot.press("left", "backspace")
        await pilot.pause()
        assert app.timeline.filter.kind == () and shown_ids(app) == ["seed-toropets"]
        await pilot.press("down")  # back to the bar
        assert app.focused is app.query_one("#filter-input")
        await pilot.press("up")
        await pilot.press("F")  # on the chips too
        await pilot.pause()
        assert not app.timeline.filtered and len(shown_ids(app)) == 11 and not chips.display
        assert selected(app) == "seed-toropets"  # the selection stayed
        assert "· 11 events" in screen_text(app)


async def test_a_filter_that_keeps_nothing_and_a_bad_date(seed_path: Path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await type_filter(pilot, "place:Atlantis")
        assert shown_ids(app) == [] and "0 events" in str(app.query_one(FilterChips).render())
        await pilot.press("F")
        await type_filter(pilot, "from:gibberish-day")
        assert not app.timeline.filtered  # refused, said so, nothing changed
        assert app.query_one("#filter-input", Input).value == "from:gibberish-day"  # to correct
        assert len(shown_ids(app)) == 11
        await pilot.press("escape")
        await type_filter(pilot, "from:2024-09-21")
        assert shown_ids(app) == [
            "seed-drone-raid",
            "seed-tons-claim",
            "seed-toropets",
            "seed-tikhoretsk",
            "seed-tikhoretsk-version",
            "seed-evacuation",
            "seed-intercept-claim",
            "seed-kryvyi-rih",
            "seed-kharkiv",
            "seed-washington-visit",
        ]  # the night of 20-21 Sep reaches the 21st


async def test_b_bookmarks_and_B_lists_them(seed_path: Path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("j", "j", "j", "b")
        await pilot.pause()
        assert app.query_one(TimelineView).marks == {"seed-toropets"}
        assert "★" in screen_text(app).split("Missile depot near Toropets")[0].splitlines()[-1]
        assert detail_text(app).startswith("★")
        await pilot.press(*["j"] * 6, "b")  # the Kharkiv strike
        await pilot.press("B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        options = app.screen.query_one(OptionList)
        assert options.option_count == 2
        assert "Missile depot near Toropets" in str(options.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, BookmarksScreen) and selected(app) == "seed-toropets"
        await pilot.press("b")  # off again
        await pilot.pause()
        await type_filter(pilot, "bookmarked")
        assert shown_ids(app) == ["seed-kharkiv"]
    assert stored(seed_path)["seed-kharkiv"]["bookmarked"] and not stored(seed_path)["seed-toropets"]["bookmarked"]


async def test_hash_adds_and_removes_tags_with_completion(seed_path: Path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("number_sign")
        await pilot.pause()
        assert isinstance(app.screen, TagDialog)
        await pilot.press(*"verify", "enter", *"geo", "enter")
        await pilot.pause()
        assert "#geo  #verify" in str(app.screen.query_one("#tag-current").render())
        await pilot.press("escape", "j", "number_sign")
        await pilot.pause()
        await pilot.press(*"ve", "right")  # completes from the tags in use
        await pilot.pause()
        assert app.screen.query_one(Input).value == "verify"
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert "Tags #verify" in detail_text(app)
        await pilot.press("k", "number_sign", *"geo", "enter", "escape")  # removes it
        await pilot.pause()
        await type_filter(pilot, "tag:verify")
        assert shown_ids(app) == ["seed-briefing", "seed-drone-raid"]
    assert stored(seed_path)["seed-briefing"]["tags"] == ["verify"]


async def test_N_writes_a_markdown_note_shown_rendered_in_the_detail(seed_path: Path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("N")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(TextArea).text = "Sources to **check**:\n\n- the [drone] video\n- AP's second report"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        text = detail_text(app)
        assert "Note Sources to check:" in text  # rendered: no asterisks
        assert "• the [drone] video" in text and "**" not in text
        # escape leaves the note as it was
        await pilot.press("N")
        await pilot.pause()
        assert "**check**" in app.screen.query_one(TextArea).text
        app.screen.query_one(TextArea).text = "gone"
        await pilot.press("escape")  # changed: it asks first; escape again goes back to it
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.query_one(TextArea).text == "gone"
        await pilot.press("escape", "y")
        await pilot.pause()
        assert not isinstance(app.screen, (NoteEditor, Confirm))
        assert "gone" not in detail_text(app)
        await pilot.press("N", "escape")  # unchanged: closes at once
        await pilot.pause()
        assert len(app.screen_stack) == 1
    assert stored(seed_path)["seed-briefing"]["notes"].startswith("Sources to **check**")


async def test_ctrl_s_saves_the_filter_and_the_palette_applies_it(seed_path: Path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await type_filter(pilot, 'kind:"drone strike"')
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SaveFilterDialog)
        await pilot.press(*"drones", "enter")
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        assert not app.timeline.filtered
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Filter: drones")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert shown_ids(app) == DRONE_STRIKES


async def test_search_finds_events_and_notes_and_follows_the_filter(seed_path: Path):
    db = store.open_store(seed_path, write=True)
    desk.set_note(db, "seed-kharkiv", "ask the mayor's office about the zqxj footage")
    db.close()
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash", *"zqxj")
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one(OptionList)
        assert results.option_count == 1
        prompt = str(results.get_option_at_index(0).prompt)
        assert "note · 2024-09-20 · Russian airstrikes injure" in prompt
        await pilot.press("enter")
        await pilot.pause()
        assert selected(app) == "seed-kharkiv"
        # under a filter, only its events' results
        await type_filter(pilot, "place:Toropets")
        await pilot.press("slash", *"depot")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, QuoteSearch)
        results = app.screen.query_one(OptionList)
        prompts = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert prompts and all("Toropets" in p for p in prompts)


async def test_go_to_date_and_export_follow_the_filter(seed_path: Path, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await type_filter(pilot, "kind:visit kind:statement")
        await pilot.press("t", *"2024-09-21", "enter")
        await pilot.pause()
        assert selected(app) == "seed-washington-visit"
        await pilot.press("e")  # the export dialog offers the filter, chosen by default
        await pilot.pause()
        assert "The filter (2)" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        written = list(tmp_path.glob("dateline-*.md"))
        assert [p.name for p in written] == ["dateline-filter.md"]
        text = written[0].read_text()
        assert "Zelenskyy to visit Washington" in text and "Toropets" not in text


async def test_header_strip_follows_the_filter(seed_path: Path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        before = app.query_one(StoreHeader).bars(50)
        await type_filter(pilot, "kind:visit")
        after = app.query_one(StoreHeader).bars(50)
        # the store's span still, the 23rd alone with events in it
        assert before.startswith("█") and after.startswith(" ") and set(after.strip(" ")) == {"█"}
        assert after.endswith("█") and before.count(" ") < after.count(" ")


@pytest.mark.parametrize("size", [(80, 24)])
async def test_the_desk_at_80_columns(seed_path: Path, size):
    app = app_for(seed_path)
    async with app.run_test(size=size) as pilot:
        await type_filter(pilot, 'kind:"drone strike"')
        assert "4 events" in screen_text(app)
        await pilot.press("b", "N")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)


async def test_an_older_store_gets_the_desk_when_first_written(tmp_path: Path, monkeypatch):
    from dateline.db import schema, seed

    path = tmp_path / "v4.db"
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION - 1)  # before _v5_desk
    with store.new_store_atomically(path) as db:
        seed.build(db)
    monkeypatch.undo()
    app = app_for(path)  # read-only, as the browser opens it: not migrated yet
    async with app.run_test(size=(140, 42)) as pilot:
        await type_filter(pilot, "bookmarked")
        assert shown_ids(app) == []  # no desk yet: nothing is bookmarked
        await pilot.press("F", "j", "b")
        await pilot.pause()
        await type_filter(pilot, "bookmarked")
        assert shown_ids(app) == ["seed-drone-raid"]
    db = store.open_store(path)
    assert schema.version(db) == schema.SCHEMA_VERSION
    db.close()


async def test_a_saved_filters_name_is_shown_in_the_palette_as_typed(seed_path: Path):
    """The palette reads its entries as markup: a filter saved as "[b]drones" was listed
    as "Filter: drones" (the brackets taken for bold), and a key's help too."""
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await type_filter(pilot, 'kind:"drone strike" [red]')
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press(*"[b]drones", "enter")
        await pilot.pause()
        await pilot.press("F", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"drones")
        await pilot.pause(0.5)
        shown = screen_text(app)
        assert "Filter: [b]drones" in shown
        assert 'kind:"drone strike" [red]' in shown
        await pilot.press("enter")
        await pilot.pause()
        assert app.timeline.filtered


@pytest.mark.parametrize(
    ("typed", "ghost", "taken"),
    [
        ("kind:dr", "kind:drone strike", 'kind:"drone strike"'),  # a space: taken quoted
        ('kind:"dr', 'kind:"drone strike"', 'kind:"drone strike"'),
        ("place:khar", "place:kharkiv", "place:Kharkiv"),  # as the store spells it
    ],
)
async def test_the_completion_shown_after_the_cursor_reads_on_from_what_was_typed(seed_path: Path, typed, ghost, taken):
    """The input draws a suggestion as what was typed and the suggestion's rest: a value
    that had to be quoted showed as `kind:drrone strike"`."""
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        await pilot.press(*typed)
        await pilot.pause()
        line = next(t for t in screen_text(app).splitlines() if typed in t)
        assert line.split("▊", 1)[1].strip().rstrip("▎").strip() == ghost
        await pilot.press("right")
        await pilot.pause()
        box = app.query_one("#filter-input", Input)
        assert box.value == taken and box.cursor_position == len(taken)
        await pilot.press("enter")
        await pilot.pause()
        assert app.timeline.filtered


async def test_a_note_keeps_what_is_written_between_angle_brackets(seed_path: Path):
    """Rich's Markdown drops HTML: a note's `<unverified>` or `a<b>c` vanished from the detail."""
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("N")
        await pilot.pause()
        app.screen.query_one(TextArea).text = "**Check** <unverified> toll, a<b>c\n\n<div>from the wire</div>"
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = detail_text(app)
        assert "Check <unverified> toll, a<b>c" in text and "<div>from the wire</div>" in text
        assert "**" not in text  # still Markdown


async def test_the_days_export_under_a_filter_is_the_days_events_it_keeps(seed_path: Path, tmp_path: Path, monkeypatch):
    """ "The day, Fri 20 Sep (10)" was offered and written under a filter that showed 4 of them."""
    monkeypatch.chdir(tmp_path)
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await type_filter(pilot, 'kind:"drone strike"')
        await pilot.press("e")
        await pilot.pause()
        assert "The day, Fri 20 Sep (4)" in screen_text(app)
        app.screen.query_one("#export-scope").query("RadioButton")[1].value = True  # the day
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        (written,) = tmp_path.glob("dateline-2024-09-20*.md")
        text = written.read_text()
        assert "Toropets" in text and "Kryvyi Rih" not in text and "Zelenskyy sets out" not in text


async def test_a_saved_filter_named_like_broken_markup_is_in_the_palette_as_typed(seed_path: Path):
    """A filter saved as "[red]x[/": typing "Filter" in the palette ended the app in a
    MarkupError (textual.markup.escape leaves a trailing "[/" as it is)."""
    from textual.command import CommandPalette
    from textual.content import Content

    names = ["[red]x[/", "[/", "a\\[b]", "[@click=app.quit]q[/]"]
    db = store.open_store(seed_path, write=True)
    for name in names:
        desk.save_filter(db, name, Filter(kind=("visit",)).to_spec())
    db.close()
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        commands = list(app.get_system_commands(app.screen))
        for c in commands:  # every title and help is markup that parses
            Content.from_markup(c.title), Content.from_markup(c.help)
        shown = {Content.from_markup(c.title).plain for c in commands}
        assert {f"Filter: {n}" for n in names} <= shown
        await pilot.press("ctrl+p", *"Filter")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code in (None, 0)


@pytest.mark.parametrize("typed", ["killed:99999999999999999999999", "injured:1" + "0" * 40, "killed:²"])
async def test_a_number_in_the_filter_bar_too_large_or_not_ascii_is_no_traceback(seed_path: Path, typed):
    """killed:99999999999999999999999 ended the browser in OverflowError (SQLite's integers);
    "²" passed isdigit and failed int."""
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await type_filter(pilot, typed)
        await pilot.pause()
        assert app.return_code is None and app.is_running
        if typed.isascii():
            assert shown_ids(app) == [] and "No event matches the filter" in screen_text(app)
        else:
            assert not app.timeline.filtered  # said in a notification; the bar stays
