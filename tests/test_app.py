"""The browser, driven by keys as a user would, through Textual's Pilot."""

from __future__ import annotations

import asyncio
import io

import pytest
from dateline.db import store
from dateline.tui.app import DatelineApp
from dateline.tui.components.detail import DetailPane
from dateline.tui.components.goto import GoToDate
from dateline.tui.components.help import HelpScreen
from dateline.tui.components.search import QuoteSearch
from dateline.tui.components.timeline import TimelineView
from rich.console import Console
from textual.widgets import Input, OptionList

# the seed's timeline, line by line
ORDER = [
    "seed-briefing",
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
]


def app_for(path) -> DatelineApp:
    return DatelineApp(store.open_store(path))


def selected(app: DatelineApp) -> str | None:
    return app.query_one(TimelineView).selected_id


def screen_text(app: DatelineApp) -> str:
    """The characters on the terminal, line by line, as the user sees them."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def detail_text(app: DatelineApp) -> str:
    """The whole detail (also what is scrolled out of view), as laid out in the pane."""
    pane = app.query_one(DetailPane)
    console = Console(width=pane.scrollable_content_region.width, file=io.StringIO(), color_system=None)
    console.print(pane.shown)
    return " ".join(console.file.getvalue().split())  # lines wrapped in the pane read as one


async def test_opens_on_the_first_event_with_its_detail(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        assert selected(app) == "seed-briefing"
        text = detail_text(app)
        assert "“in a press briefing on Friday” → Fri 20 Sep 2024" in text
        assert "This will be the start and foundation" in text


@pytest.mark.parametrize(
    "keys, expected",
    [
        (["down"], "seed-drone-raid"),
        (["j", "j"], "seed-tons-claim"),
        (["j", "j", "k"], "seed-drone-raid"),
        (["j", "up"], "seed-briefing"),
        (["up"], "seed-briefing"),  # stays on the first
        (["end"], "seed-washington-visit"),
        (["G"], "seed-washington-visit"),
        (["G", "home"], "seed-briefing"),
        (["G", "g"], "seed-briefing"),
        (["right_square_bracket"], "seed-washington-visit"),  # Fri 20 -> Mon 23
        (["G", "left_square_bracket"], "seed-briefing"),
        (["pagedown"], "seed-washington-visit"),
        (["pagedown", "pageup"], "seed-briefing"),
        (["G", "down"], "seed-washington-visit"),  # stays on the last
    ],
)
async def test_navigation_keys(seed_path, keys, expected):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        assert selected(app) == expected
        assert app.query_one(DetailPane).render_line(0).text.strip()  # the detail is drawn


async def test_the_detail_follows_the_selection(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press(*["j"] * ORDER.index("seed-kryvyi-rih"))
        await pilot.pause()
        text = detail_text(app)
        assert "Russian missiles kill a boy of 12 and two elderly women in Kryvyi Rih" in text
        assert "3 killed, 3 injured" in text
        assert "night of 20–21 Sep 2024" in text
        assert "Serhii Lysak" in text


async def test_quote_search_selects_the_quotes_event(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash")
        assert isinstance(app.screen, QuoteSearch)
        await pilot.press(*"debris")
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one(OptionList)
        assert results.option_count == 2  # the quote, then the event whose summary says "debris"
        prompt = str(results.get_option_at_index(0).prompt)
        assert "[drone]" in prompt and "Veniamin Kondratyev" in prompt and "2024-09-20" in prompt
        assert "quote —" in prompt and "event ·" in str(results.get_option_at_index(1).prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, QuoteSearch)
        assert selected(app) == "seed-tikhoretsk-version"
        assert "Veniamin Kondratyev, Governor of Krasnodar" in detail_text(app)


async def test_the_newest_search_shows_its_results_though_an_interrupt_meant_for_an_older_one_fell_on_it(
    seed_path, monkeypatch
):
    """Each keystroke interrupts the search still running on the dialog's connection; SQLite
    keeps that interrupt while any of its queries runs, so the newest search can be
    interrupted too (seen under load in a real terminal: the results never came)."""
    import sqlite3

    from dateline.db import find

    real, calls = find.search, []

    def interrupted_once(*args, **kwargs):
        calls.append(args[1])
        if len(calls) == 1:
            raise sqlite3.OperationalError("interrupted")
        return real(*args, **kwargs)

    monkeypatch.setattr(find, "search", interrupted_once)
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash")
        app.screen.query_one(Input).value = "debris"  # one search, the newest
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert calls == ["debris", "debris"]
        assert app.screen.query_one(OptionList).option_count == 2


async def test_search_results_move_with_arrows_and_escape_returns(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("j", "j")
        await pilot.press("slash", *"zelenskyy")
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one(OptionList)
        assert results.option_count >= 3
        await pilot.press("down", "down")
        assert results.highlighted == 2
        await pilot.press("up")
        assert results.highlighted == 1
        await pilot.press("escape")
        await pilot.pause()
        assert selected(app) == "seed-tons-claim"


async def test_search_opens_empty_each_time(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash", *"ordnance")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one(OptionList).option_count == 2  # a quote and its event
        await pilot.press("escape", "slash")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, QuoteSearch)
        assert app.screen.query_one(Input).value == ""
        assert app.screen.query_one(OptionList).option_count == 0
        assert "Type to search every quote" in str(app.screen.query_one("#search-status").render())
        await pilot.press(*"victory")  # and searches as before
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one(OptionList).option_count == 4  # two quotes, two events


async def test_search_accepts_any_text(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash", *'"[/x] AND (', "*")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, QuoteSearch)
        assert "No quote, event or note matches" in str(app.screen.query_one("#search-status").render())


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("2024-09-26", "seed-washington-visit"),  # inside the planned week
        ("26 Sep", "seed-washington-visit"),
        ("next thursday", "seed-washington-visit"),  # relative to the source's 21 Sep 2024
        ("2024-09-21", "seed-drone-raid"),  # the night that reaches into the 21st
        ("2024-09-23", "seed-washington-visit"),  # a week that starts at that very midnight
        ("23 Sep", "seed-washington-visit"),
        ("2024-01-01", "seed-briefing"),
    ],
)
async def test_go_to_date(seed_path, typed, expected):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("G", "t")
        assert isinstance(app.screen, GoToDate)
        await pilot.press(*typed, "enter")
        await pilot.pause()
        assert not isinstance(app.screen, GoToDate)
        assert selected(app) == expected


async def test_go_to_a_date_it_cannot_read_says_so_in_place(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("t", *"someday maybe", "enter")
        await pilot.pause()
        assert isinstance(app.screen, GoToDate)
        assert "someday maybe" in str(app.screen.query_one("#goto-status").render())
        await pilot.press("escape")
        assert not isinstance(app.screen, GoToDate)
        assert selected(app) == "seed-briefing"


async def test_tab_moves_focus_between_timeline_and_detail(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        assert app.focused is app.query_one(TimelineView)
        await pilot.press("tab")
        assert app.focused is app.query_one(DetailPane)
        await pilot.press("tab")
        assert app.focused is app.query_one(TimelineView)


async def test_help_lists_every_key(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 300)) as pilot:  # tall enough to show the whole list
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from dateline.tui.components.help import KEYS
        from dateline.tui.keys import sections

        shown = screen_text(app)
        for _, rows in sections(KEYS):
            for key, what in rows:
                assert f"{key}  {what}" in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits_with_status_zero(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("q")
    assert app.return_code == 0


async def test_command_palette_runs_actions(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"Last event")
        await pilot.pause(0.3)  # the palette searches commands in a worker
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await pilot.pause()
        assert selected(app) == "seed-washington-visit"


async def test_narrow_terminal_puts_the_detail_below(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        timeline, detail = app.query_one(TimelineView), app.query_one(DetailPane)
        assert detail.region.y >= timeline.region.bottom
        assert detail.region.width >= 78
        footer = screen_text(app).splitlines()[-1]
        for key in ("↓/j event", "] [ day", "/ Search", "t Go to date", "? Help", "q Quit", "^p palette"):
            assert key in footer, footer
    app = app_for(seed_path)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        timeline, detail = app.query_one(TimelineView), app.query_one(DetailPane)
        assert detail.region.x >= timeline.region.right


async def test_markup_and_escapes_in_titles_are_shown_as_text(tmp_path):
    from dateline.db.write import write_records

    path = tmp_path / "hostile.db"
    db = store.create_store(path)
    write_records(
        db,
        [
            (
                "test:1",
                {
                    "id": "x",
                    "title": "[bold]not bold[/bold] [/x] \x1b[31mred\x1b[0m [Reuters]",
                    "summary": "[link=http://evil]click[/link]\x07",
                    "start": "2024-01-02",
                    "quotes": [{"text": "[drone] \x1b]0;pwned\x07", "speaker": "[i]me[/i]"}],
                },
            )
        ],
    )
    db.close()
    app = app_for(path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        text = detail_text(app)
        assert "[bold]not bold[/bold] [/x] red [Reuters]" in text
        assert "[link=http://evil]click[/link]" in text
        assert "“[drone] ”" in text and "[i]me[/i]" in text
        assert "\x1b" not in text and "\x07" not in text
        line = app.query_one(TimelineView).render_line(1).text
        assert "[bold]not bold[/bold] [/x] red [Reuters]" in line
        assert "\x1b" not in line


async def test_e_asks_what_to_export_and_says_where(seed_path, tmp_path, monkeypatch):
    """`e` opens the export dialog; enter takes its defaults: the selected event's day,
    as a Markdown chronology, to a file named for the day in the working directory."""
    from dateline.tui.components.export import ExportDialog

    monkeypatch.chdir(tmp_path)
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42), notifications=True) as pilot:
        await pilot.press("j", "e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        shown = screen_text(app)
        for offered in ("On screen (11)", "The day, Fri 20 Sep (10)", "All (11)", "Markdown chronology", "CSV"):
            assert offered in shown, offered
        assert app.screen.query_one("#export-path", Input).value == str(tmp_path / "dateline-2024-09-20.md")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
        written = tmp_path / "dateline-2024-09-20.md"
        toasts = [str(toast.render()) for toast in app.screen.query("Toast")]
        assert any(f"Exported 10 events to {written}" in toast for toast in toasts), toasts
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Friday 20 September 2024\n")
    assert "Russian missiles kill a boy of 12" in text and "Zelenskyy to visit Washington" not in text


async def test_the_export_dialog_chooses_range_format_and_name(seed_path, tmp_path, monkeypatch):
    import json

    from dateline.tui.components.export import ExportDialog

    monkeypatch.chdir(tmp_path)
    (tmp_path / "dateline-all.jsonl").write_text("")  # there already: not offered again
    app = app_for(seed_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("tab")  # the ranges: on screen (highlighted), the day (chosen), all
        await pilot.press("down", "down", "enter")  # all
        await pilot.press("tab", "down", "enter")  # the formats: JSON Lines
        await pilot.pause()
        assert app.screen.query_one("#export-path", Input).value == str(tmp_path / "dateline-all-2.jsonl")
        await pilot.press("shift+tab", "shift+tab", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
    lines = (tmp_path / "dateline-all-2.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 11 and json.loads(lines[0])["id"] == "seed-briefing"
    # a name typed by hand is kept when the choices change, and escape writes nothing
    async with app_for(seed_path).run_test(size=(140, 42)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        box = pilot.app.screen.query_one("#export-path", Input)
        box.value = ""
        await pilot.press(*"mine.md", "tab", "down", "enter")
        assert box.value == "mine.md"
        await pilot.press("escape")
        await pilot.pause()
    assert not (tmp_path / "mine.md").exists()


async def test_an_export_to_a_folder_that_is_not_there_says_so_and_makes_none(seed_path, tmp_path, monkeypatch):
    from dateline.tui.components.export import ExportDialog

    monkeypatch.chdir(tmp_path)
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42), notifications=True) as pilot:
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "typo" / "week.md")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
        toasts = [str(toast.render()) for toast in app.screen.query("Toast")]
        assert any(f"Export failed: {tmp_path / 'typo'}: no such folder" in t for t in toasts), toasts
    assert not (tmp_path / "typo").exists()


async def test_ctrl_e_in_search_exports_the_events_found(seed_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash", *"debri")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        (written,) = tmp_path.glob("dateline-*.md")
        assert isinstance(app.screen, QuoteSearch)  # the search stays open
    text = written.read_text(encoding="utf-8")
    assert "falling debris started the fire" in text  # Kondratyev's "[drone]" quote
    assert "Russian missiles kill a boy" not in text


# -- repainting: what a key redraws ------------------------------------------------


def count_layouts(app: DatelineApp, monkeypatch) -> list[int]:
    """How many times the main screen is laid out again (the count in a one-item list)."""
    screen = app.screen_stack[0]
    refresh_layout = screen._refresh_layout
    count = [0]

    def counted(*args, **kwargs):
        count[0] += 1
        return refresh_layout(*args, **kwargs)

    monkeypatch.setattr(screen, "_refresh_layout", counted)
    return count


async def test_a_new_selection_does_not_lay_out_the_screen(seed_path, monkeypatch):
    """The detail pane draws its own lines and its own scrollbar: showing another
    event, longer or shorter than the pane, repaints the pane, never the layout."""
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        detail = app.query_one(DetailPane)
        layouts = count_layouts(app, monkeypatch)
        longer = shorter = 0
        for _ in ORDER[1:]:
            await pilot.press("j")
            await pilot.pause()
            assert layouts[0] == 0, "a selection change laid out the whole screen"
            thumb = len({style for _, style in bar_column(app)}) > 1
            assert thumb == (detail.max_scroll_y > 0)  # a thumb only when it scrolls
            if thumb:
                longer += 1
            else:
                shorter += 1
        assert longer and shorter  # the seed's details: both kinds of step are taken


async def test_every_move_is_drawn_in_one_frame(seed_path):
    """What a key changes (cursor, detail, strip) reaches the terminal in one write,
    closing go-to-date included: not a frame for the dialog going and one for the move."""
    app = app_for(seed_path)
    frames = Terminal(app, 140, 42).frames

    async def drawn_once(what: str, key: str, expected: str) -> None:
        frames.clear()
        await pilot.press(key)
        await pilot.pause()
        assert selected(app) == expected
        assert len(frames) == 1, f"{what} drew {len(frames)} frames"

    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        # the modules other keys need are imported in a thread after the first screen;
        # while it runs it takes the interpreter from the main thread in 5 ms slices,
        # which may split a key's drawing: count frames once it is done
        await asyncio.to_thread(app.preloader.join)
        moves = [
            ("j", "seed-drone-raid"),
            ("j", "seed-tons-claim"),
            ("right_square_bracket", "seed-washington-visit"),
            ("left_square_bracket", "seed-briefing"),
            ("G", "seed-washington-visit"),
            ("k", "seed-kharkiv"),
            ("home", "seed-briefing"),
            ("pagedown", "seed-washington-visit"),
        ]
        for key, expected in moves:
            await drawn_once(key, key, expected)
        await pilot.press("t", *"2024-09-21")
        await pilot.pause()
        await drawn_once("go to date", "enter", "seed-drone-raid")
        await pilot.press("slash", *"enormous losses")
        await pilot.pause()
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await drawn_once("opening a search result", "enter", "seed-toropets")


def bar_column(app: DatelineApp) -> list[tuple[str, object]]:
    """The detail pane's last column inside its border, top to bottom: (char, style)."""
    pane = app.query_one(DetailPane)
    x = pane.region.right - 2  # the border's right edge is the last column
    cells = []
    for strip in app.screen._compositor.render_strips()[pane.region.y + 1 : pane.region.bottom - 1]:
        line = strip.crop(x, x + 1)
        cells.append((line.text, next(iter(line)).style))
    return cells


async def select_kryvyi_rih(pilot) -> DetailPane:
    """Select the seed event whose detail is longest; its pane."""
    await pilot.pause()
    await pilot.press(*["j"] * ORDER.index("seed-kryvyi-rih"))
    await pilot.pause()
    return pilot.app.query_one(DetailPane)


async def test_a_long_detail_scrolls_and_shows_where_it_is(seed_path):
    """Kryvyi Rih's detail is longer than a 24-row pane: its scrollbar has a thumb,
    tab then page down scroll it, and the thumb moves down with it."""
    app = app_for(seed_path)
    async with app.run_test(size=(140, 24)) as pilot:
        detail = await select_kryvyi_rih(pilot)
        assert detail.max_scroll_y > 0
        before, top = bar_column(app), screen_text(app)
        assert len({style for _, style in before}) > 1  # a thumb on a track
        await pilot.press("tab", "pagedown")
        await pilot.pause()
        assert detail.scroll_offset.y > 0
        assert screen_text(app) != top
        after = bar_column(app)
        assert after != before  # the thumb moved
        await pilot.press("tab", "j")  # the next event's detail shows from its top
        await pilot.pause()
        assert detail.scroll_offset.y == 0 and bar_column(app)[0] == before[0]


async def test_the_detail_scrollbar_takes_the_mouse(seed_path):
    """The pane draws its own scrollbar; like Textual's, its thumb drags and a press on
    the track below the thumb scrolls down a page (a press in the text does not)."""
    app = app_for(seed_path)
    async with app.run_test(size=(140, 24)) as pilot:
        detail = await select_kryvyi_rih(pilot)
        bar_x = detail.region.width - 2
        await pilot.click(DetailPane, offset=(5, 3))
        assert detail.scroll_offset.y == 0
        await pilot.mouse_down(DetailPane, offset=(bar_x, 1))  # the thumb, at the top
        await pilot.hover(DetailPane, offset=(bar_x, 4))
        await pilot.mouse_up(DetailPane, offset=(bar_x, 4))
        await pilot.pause()
        dragged = detail.scroll_offset.y
        assert 0 < dragged < detail.max_scroll_y
        await pilot.hover(DetailPane, offset=(bar_x, 8))  # released: moving does nothing
        assert detail.scroll_offset.y == dragged
        detail.scroll_to(y=0, animate=False)
        await pilot.pause()
        await pilot.click(DetailPane, offset=(bar_x, detail.region.height - 2))  # the track, low
        await pilot.pause()
        assert detail.scroll_offset.y == min(detail.size.height, detail.max_scroll_y)


async def test_closing_go_to_date_neither_lays_out_nor_remakes_the_footer(seed_path, monkeypatch):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one("KeyFooter")
        recomposed = []
        monkeypatch.setattr(footer, "recompose", lambda: recomposed.append(1) or footer.__class__.recompose(footer))
        layouts = count_layouts(app, monkeypatch)
        for typed, expected in [("2024-09-21", "seed-drone-raid"), ("2024-09-20", "seed-briefing")]:
            await pilot.press("t", *typed)
            await pilot.pause()
            layouts[0] = 0
            await pilot.press("enter")
            await pilot.pause()
            assert selected(app) == expected
            assert layouts[0] == 0, "closing go-to-date laid the main screen out again"
        assert not recomposed
        # shown again, the go-to-date screen is empty as the first time
        await pilot.press("t")
        await pilot.pause()
        assert app.screen.query_one(Input).value == ""
        assert "enter: first event on or after" in str(app.screen.query_one("#goto-status").render())


class Terminal:
    """What a terminal shows: every frame the app writes, applied in turn."""

    def __init__(self, app: DatelineApp, width: int, height: int) -> None:
        self.console = Console(width=width, height=height, file=io.StringIO())
        self.cells = [[(" ", None)] * width for _ in range(height)]
        self.frames: list = []  # every write, in turn
        display = app._display

        def write(screen, update) -> None:
            display(screen, update)
            if update is not None:
                self.frames.append(update)
                self.apply(update)

        app._display = write

    def apply(self, update) -> None:
        from rich.cells import cell_len
        from rich.segment import ControlType

        x = y = 0
        for segment in update.__rich_console__(self.console, self.console.options):
            if segment.control:
                for code, *args in segment.control:
                    if code == ControlType.CURSOR_MOVE_TO:
                        x, y = args
                continue
            for char in segment.text.replace("\n", ""):
                self.cells[y][x] = (char, segment.style)
                for _ in range(cell_len(char) - 1):  # the second cell of a wide character
                    x += 1
                    self.cells[y][x] = (" ", None)
                x += 1


def drawn_afresh(app: DatelineApp) -> list[list[tuple]]:
    """The screen as every widget draws it now, none of their lines reused: the
    timeline and the detail styled by Textual's own drawing, not from their lines
    styled ahead (LineView)."""
    from dateline.tui.components.lines import LineView
    from rich.cells import cell_len
    from textual.scroll_view import ScrollView

    for widget in app.screen.walk_children(with_self=True):
        widget._styles_cache.clear()
    own = LineView.render_lines
    LineView.render_lines = ScrollView.render_lines
    try:
        strips = app.screen._compositor.render_strips()
    finally:
        LineView.render_lines = own
    rows = []
    for strip in strips:
        row = []
        for segment in strip:
            for char in segment.text:
                row.append((char, segment.style))
                row.extend([(" ", None)] * (cell_len(char) - 1))
        rows.append(row)
    return rows


async def press_and_compare(pilot, terminal: Terminal, keys: list[str]) -> None:
    """Press ``keys`` ("pause": a person's pause, in which the go-to dialog draws the
    date's page ahead of enter; "light theme": switch to it), then check that the
    terminal shows what a full redraw would."""
    for key in keys:
        if key == "light theme":
            pilot.app.theme = "textual-light"
        else:
            await (pilot.pause(0.3) if key == "pause" else pilot.press(key))
    await pilot.pause()
    for y, (shown, drawn) in enumerate(zip(terminal.cells, drawn_afresh(pilot.app), strict=True)):
        assert shown == drawn, f"after {keys}, row {y} differs"


@pytest.mark.parametrize("size", [(80, 24), (140, 42)])
async def test_what_the_terminal_shows_is_the_whole_screen_drawn_afresh(seed_path, size):
    """Keys repaint only what they change; the terminal must still end up showing just
    what a full redraw would (one cursor line, the detail and strip of that event)."""
    app = app_for(seed_path)
    terminal = Terminal(app, *size)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for keys in (
            ["pagedown"],
            ["k"],
            ["k", "k"],
            ["j"],
            ["tab", "down", "pagedown"],
            ["tab", "G"],
            ["k"],
            ["k"],
            ["k", "k", "k"],
            ["right_square_bracket"],
            ["t", *"2024-09-21", "enter"],
            ["j"],
            ["home"],
            ["t", *"2024-09-26", "pause", "enter"],
            ["tab", "t", *"2024-09-20", "pause", "enter"],
        ):
            await press_and_compare(pilot, terminal, keys)


async def test_lines_drawn_ahead_show_as_textual_draws_them(tmp_path):
    """The timeline and the detail style their lines ahead of the frame that shows them
    (page down, next day, a date typed in go to date, also from the detail pane, whose
    border is another colour without the focus): the terminal must show what Textual's
    own drawing of those lines shows."""
    from dateline.db import demo, queries

    path = tmp_path / "demo.db"
    with store.new_store_atomically(path) as db:
        demo.build(db, 600)
    days = [day for day, _ in queries.days(store.open_store(path))]
    app = app_for(path)
    terminal = Terminal(app, 140, 42)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        for keys in (
            ["j"],
            ["pagedown"],
            ["pagedown"],
            ["right_square_bracket"],
            ["G"],
            ["k"],
            ["t", *days[len(days) // 3], "pause", "enter"],
            ["j"],
            ["tab", "t", *days[len(days) // 2], "pause", "enter"],
            ["tab", "pagedown"],
            ["tab", "t", *days[2], "pause", "enter"],
            ["light theme"],
            ["j"],
        ):
            await press_and_compare(pilot, terminal, keys)


async def test_a_live_resize_moves_the_detail_and_refits_the_footer(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        timeline, detail = app.query_one(TimelineView), app.query_one(DetailPane)
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.2)
        assert detail.region.y >= timeline.region.bottom
        assert "^p palette" in screen_text(app).splitlines()[-1]  # kept at 80 columns too
        await pilot.resize_terminal(140, 42)
        await pilot.pause(0.2)
        assert detail.region.x >= timeline.region.right
        assert "^p palette" in screen_text(app).splitlines()[-1]
        assert "↓/j event  ] [ day  /" in screen_text(app).splitlines()[-1]  # not compact any more


async def test_garbage_is_collected_while_keys_keep_coming_and_the_collector_is_restored(seed_path, monkeypatch):
    import gc

    import dateline.tui.gc_pacing as gc_pacing

    before = gc.get_threshold()
    collected = []
    monkeypatch.setattr(gc_pacing.gc, "collect", lambda *args: collected.append(args) or 0)
    app = app_for(seed_path)
    app.gc_pacing.idle, app.gc_pacing.moves = 1000, 10  # no pause long enough: only the count of moves
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        assert gc.get_freeze_count() > 0 and gc.get_threshold()[2] > before[2]
        for _ in range(15):
            await pilot.press("j", "k")
        await pilot.pause()
        assert len(collected) == 3  # 30 moves, a full pass after every 10th
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


@pytest.mark.parametrize("size", [(140, 42), (80, 24)])
async def test_the_top_rows_day_stays_pinned_at_the_top(seed_path, size):
    app = app_for(seed_path)
    async with app.run_test(size=size) as pilot:
        await pilot.press("end")
        await pilot.pause()
        view = app.query_one(TimelineView)
        first_row = view.render_line(0).text
        assert "Fri 20 Sep 2024" in first_row or "Mon 23 Sep 2024" in first_row
        top_item = view.timeline.line(view.scroll_offset.y)
        if view.scroll_offset.y > 0:  # scrolled: the row under the pin is an event of Fri 20
            assert first_row.startswith("─ Fri 20 Sep 2024") and not hasattr(top_item, "count")
        lines = screen_text(app).splitlines()
        row = next(line for line in lines if "│─ " in line or "│ ─" in line)
        assert "Sep 2024" in row
        # and the cursor's own row is never under the pin
        assert view.cursor != view.scroll_offset.y


async def test_go_to_date_previews_what_it_read_and_lists_ongoing_events(seed_path, tmp_path):
    """Typing shows the date read ("→ Thu 26 Sep 2024"); a day inside the planned week
    lists the visit as ongoing; a day with events of its own goes to its first event,
    not back to where a week-long event reaching it starts."""
    import json

    from click.testing import CliRunner
    from dateline.tui.cli import main

    extra = tmp_path / "more.jsonl"
    extra.write_text(
        json.dumps({"id": "x-25", "title": "Talks in Kyiv", "start": "2024-09-25T10:00:00+03:00", "source": "Desk"})
        + "\n"
    )
    assert CliRunner().invoke(main, ["--db", str(seed_path), "import", str(extra)]).exit_code == 0
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42), notifications=True) as pilot:
        await pilot.press("t", *"2024-09-26")
        await pilot.pause(0.3)
        status = str(app.screen.query_one("#goto-status").render())
        assert "→ Thu 26 Sep 2024" in status
        assert "ongoing: Zelenskyy to visit Washington with his victory plan (week)" in status
        await pilot.press("enter")
        await pilot.pause()
        assert selected(app) == "seed-washington-visit"  # nothing after: the week itself
        await pilot.press("t", *"2024-09-25", "enter")
        await pilot.pause()
        assert selected(app) == "x-25"  # the day's own event, not the week's start on the 23rd
        toasts = [str(t.render()) for t in app.screen.query("Toast")]
        assert any("Ongoing on Wed 25 Sep 2024: Zelenskyy to visit Washington" in t for t in toasts), toasts


async def test_the_export_dialog_offers_the_filter_when_there_is_one(seed_path, tmp_path, monkeypatch):
    """An app with a filter (``filter_ids``: the desk's filter bar) gets it offered, and chosen."""
    monkeypatch.chdir(tmp_path)
    app = app_for(seed_path)
    app.filter_ids = lambda: ["seed-kharkiv", "seed-kryvyi-rih"]
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert "The filter (2)" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
    text = (tmp_path / "dateline-filter.md").read_text(encoding="utf-8")
    assert text.count("\n### ") == 2 and "Kharkiv" in text and "Kryvyi Rih" in text


async def test_counts_of_one_are_said_in_the_singular(tmp_path):
    """A store of one event with one quote: the header said '1 quotes'; every count on the
    screens is said the same way ("1 event", "2 events")."""
    from dateline.db.write import write_records
    from dateline.tui.words import counted

    path = tmp_path / "one.db"
    db = store.create_store(path)
    write_records(
        db,
        [("test:1", {"id": "x", "title": "One strike", "start": "2024-01-02", "quotes": [{"text": "It hit"}]})],
    )
    db.close()
    app = app_for(path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        top = screen_text(app).splitlines()[0]
        assert "· 1 event · 1 quote · 0 sources ·" in top, top
        assert "1 event " in screen_text(app).splitlines()[3]  # the day's rule
    assert [counted(n, "event") for n in (0, 1, 2, 12000)] == ["0 events", "1 event", "2 events", "12,000 events"]


async def test_an_empty_timeline_says_why_instead_of_a_blank_pane(seed_path, tmp_path):
    """A filter that keeps nothing, or a store with no events yet: the timeline said
    nothing at all (a blank pane beside 'No event selected')."""
    app = app_for(seed_path)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("f", *"zqxj", "enter")
        await pilot.pause()
        assert "No event matches the filter: F clears it, f changes it" in screen_text(app)
        await pilot.press("F")
        await pilot.pause()
        assert "No event matches" not in screen_text(app)
    empty = tmp_path / "empty.db"
    store.create_store(empty).close()
    app = app_for(empty)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        assert "No events yet: n adds one, i reviews an article" in screen_text(app)


def _store_rows(path) -> tuple:
    """What a key could have written: events, bookmarks, tags, notes, saved filters, history."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        tables = [t for t in ("events", "bookmarks", "tags", "notes", "saved_filters", "history") if t in names]
        return tuple((t, conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables)
    finally:
        conn.close()


@pytest.mark.parametrize("key", ["n", "E", "x", "u", "i", "b", "number_sign", "N"])
async def test_read_only_every_key_that_writes_says_so_and_writes_nothing(seed_path, key):
    """`dateline --read-only` (and `serve` without --writable) opened the form, removed,
    bookmarked and saved as if writable: the browser opens a writing connection by itself."""
    from dateline.tui.read_only import SAID

    before = _store_rows(seed_path)
    app = DatelineApp(store.open_store(seed_path, read_only=True), read_only=True)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        assert "1 source · read-only · 2024-09-20" in screen_text(app).splitlines()[0]
        await pilot.press(key)
        await pilot.pause()
        assert len(app.screen_stack) == 1, app.screen  # no form, confirmation or dialog
        assert [n.message for n in app._notifications] == [SAID]
        await pilot.press("y", "ctrl+s")  # were a confirmation or a form open
        await pilot.pause()
    assert _store_rows(seed_path) == before


async def test_read_only_saves_no_filter_and_the_writers_refuse(seed_path):
    from dateline.tui.read_only import ReadOnly

    app = DatelineApp(store.open_store(seed_path, read_only=True), read_only=True)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        app.query_one("#filter-input", Input).value = "place:Kharkiv"
        await pilot.press("enter")
        await pilot.pause()
        assert selected(app) == "seed-kharkiv"  # filtering is reading: it works
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert len(app.screen_stack) == 1
        with pytest.raises(ReadOnly):
            app.writer()
        with pytest.raises(ReadOnly):
            app.desk_writer()


def test_read_only_reaches_the_browser_from_the_command_line(seed_path):
    from dateline.tui.start import _app

    assert _app(str(seed_path), True).read_only
    assert not _app(str(seed_path), False).read_only


def test_read_only_extract_refuses_the_review_but_prints_json(seed_path):
    from pathlib import Path

    from click.testing import CliRunner
    from dateline.tui.cli import main

    article = str(Path(__file__).parent / "data" / "articles" / "afp-gaza.txt")
    args = ["--db", str(seed_path), "--read-only", "extract", article, "--published", "2025-03-21"]
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 1 and "--read-only: the review writes" in refused.output
    printed = CliRunner().invoke(main, [*args, "--json"])
    assert printed.exit_code == 0 and '"drafts"' in printed.output


async def test_a_trailing_OR_as_typed_waits_for_its_other_word(seed_path):
    """Typing "drone OR missile", the search for "drone OR" read OR as a word's prefix:
    "drone" AND "or*" kept only the event that also says "ordnance", as the analyst typed."""

    async def found(pilot, app, typed: str) -> list:
        search = app.screen
        search.query_one(Input).value = typed
        await app.workers.wait_for_complete()
        await pilot.pause()
        return [(h.kind, h.event_id) for h in search._hits]

    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert await found(pilot, app, "drone OR") == await found(pilot, app, "drone ")
        either = await found(pilot, app, "drone OR missile")
        assert set(either) > set(await found(pilot, app, "drone "))


@pytest.mark.parametrize("key", ["m", "h"])
async def test_at_80_columns_no_key_shows_past_the_palette_in_the_footer(seed_path, key):
    """With the map's or the histogram's keys (more than fit), one showed in the last
    column, after the palette: "▏^p paletteq"."""
    app = app_for(seed_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert footer.endswith("▏^p palette "), footer


def test_going_to_the_moment_any_event_starts_finds_an_event(seed_path):
    """Whatever its length: a week starting at midnight was neither "later" (strictly) nor
    "ongoing" (begun before) nor short, and go to date found nothing at its own start."""
    from datetime import datetime

    from dateline.db import goto

    db = store.open_store(seed_path)
    for event_id, start in db.execute("SELECT id, start FROM events").fetchall():
        found = goto.target(db, datetime.fromisoformat(start))
        assert found is not None, event_id


async def test_go_to_a_date_after_the_last_event_says_what_to_do(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("t", *"2030-01-01", "enter")
        await pilot.pause()
        said = str(app.screen.query_one("#goto-status").render())
        assert "no event on or after Tue 01 Jan 2030" in said and "G for the last event" in said


async def test_an_older_searchs_results_coming_last_are_not_shown(seed_path):
    """A search's worker looks whether it was cancelled, then hands its results over: keys
    typed in between started newer searches, and the older results could come last."""
    from dateline.db import find

    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        search = app.screen
        search.query_one(Input).value = "[/"
        await app.workers.wait_for_complete()
        await pilot.pause()
        search.show_hits("near", find.search(search._db, "near", prefix_last=True))  # late, stale
        await pilot.pause()
        assert search.query_one(OptionList).option_count == 0
        assert "No quote, event or note matches “[/”" in str(search.query_one("#search-status").render())
