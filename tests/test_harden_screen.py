"""The browser at the edges: emoji sequences in rows (checked in a real terminal), a
huge summary, a terminal too small for a line."""

from __future__ import annotations

import json
import stat
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.db import store
from dateline.tui.app import DatelineApp
from dateline.tui.cli import main
from dateline.tui.components.detail import DetailPane
from dateline.tui.components.search import QuoteSearch
from dateline.tui.components.toosmall import TooSmall
from terminal import Terminal, dateline_argv, needs_tmux

EMOJI = [
    {
        "id": "emoji-1",
        "title": "Pride march 🏳️‍🌈 in Kyiv ❤️ crowd 1️⃣ of many",
        "start": "2024-09-20T09:00:00+03:00",
        "place": "Kyiv 🇺🇦 ☀️",
        "quotes": [{"text": "We said ❤️ and 🏳️‍🌈 and 👍🏽 loudly", "speaker": "Organiser 👨‍👩‍👧"}],
    },
    {
        "id": "emoji-2",
        "title": "Families 👨‍👩‍👧 and thumbs 👍🏽 and sun ☀️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿",
        "start": "2024-09-20T10:00:00+03:00",
        "place": "Lviv ☀️",
        "quotes": [{"text": "Thumbs 👍🏽 up ❤️ loudly", "speaker": "A 1️⃣ neighbour"}],
    },
]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def add(db: Path, tmp_path: Path, *records: dict) -> Path:
    src = tmp_path / "add.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run("--db", db, "import", src)
    assert result.exit_code == 0, result.output
    return db


def cells(text: str) -> int:
    """Columns a terminal gives ``text`` by each character's own Unicode width (what
    tmux does for text without emoji modifiers)."""
    return sum(
        0 if unicodedata.category(c) in ("Mn", "Me", "Cf") else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


@needs_tmux
@pytest.mark.parametrize("size", [(140, 42), (80, 24)])
def test_emoji_sequences_keep_every_row_border_in_place_in_a_real_terminal(seed_path, tmp_path, size):
    db = add(seed_path, tmp_path, *EMOJI)
    term = Terminal(tmp_path, *size)
    try:
        term.start(dateline_argv("--db", str(db)), {"XDG_DATA_HOME": str(tmp_path / "xdg")}, keep=False)
        screen = term.wait_for("Pride march")
        rows = [line for line in screen.splitlines() if line.startswith("│")]
        assert any("Families" in r for r in rows)
        # the timeline's right border stands in one column on every row
        ends = {cells(r[: r.index("│", 1)]) for r in rows}
        assert len(ends) == 1, "\n".join(rows)
        term.keys("/")
        term.wait_for("who said what")
        term.keys(*"loudly")
        screen = term.wait_for("Organiser")
        rows = [line for line in screen.splitlines() if "│" in line and line.strip("│ ╭╮╰╯─")]
        box = [r for r in rows if r.count("│") >= 4 and "││" not in r]  # the search box over the panes
        ends = {cells(r[: r.rindex("│", 0, r.rindex("│"))]) for r in box}
        assert len(ends) == 1, "\n".join(f"{cells(r[: r.rindex('│', 0, r.rindex('│'))])} {r}" for r in box)
    finally:
        term.close()


# --------------------------------------------------------------------------- huge texts


def huge(db: Path, tmp_path: Path, size: int) -> Path:
    words = "Drones struck the depot overnight and the fire spread to the next building. "
    summary = (words * (size // len(words) + 1))[:size]
    return add(db, tmp_path, {"id": "huge", "title": "A huge summary", "start": "2024-09-01", "summary": summary})


async def test_a_huge_summary_is_cut_with_a_note_and_q_quits(seed_path, tmp_path):
    db = huge(seed_path, tmp_path, 5_000_000)
    app = DatelineApp(store.open_store(db))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        assert app.timeline_view.selected_id == "huge"
        pane = app.query_one(DetailPane)
        assert len(pane._lines) < 400, "the whole summary was laid out"
        shown = "\n".join(strip.text for strip in pane._lines)
        assert "… (4,990,000 more characters: press v to view in $PAGER)" in " ".join(shown.split())
        await pilot.press("q")
    assert app.return_code == 0 or app.return_code is None


async def test_v_shows_the_whole_text_in_the_pager(seed_path, tmp_path, monkeypatch):
    db = huge(seed_path, tmp_path, 300_000)
    out = tmp_path / "paged.txt"
    pager = tmp_path / "pager.sh"
    pager.write_text(f"#!/bin/sh\ncat > {out}\n")
    pager.chmod(pager.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PAGER", str(pager))
    app = DatelineApp(store.open_store(db))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v")
        await pilot.pause()
    text = out.read_text(encoding="utf-8")
    assert text.startswith("A huge summary\n") and "more characters" not in text
    assert len(text) > 300_000


async def test_a_huge_quote_in_search_results_is_cut_around_its_match(seed_path, tmp_path):
    quote = "word " * 200_000 + "needle here " + "word " * 200_000
    db = add(seed_path, tmp_path, {"title": "Long quote", "start": "2024-09-01", "quotes": [quote]})
    app = DatelineApp(store.open_store(db))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"needle")
        search = app.screen
        assert isinstance(search, QuoteSearch)
        await search.workers.wait_for_complete()
        await pilot.pause()
        prompt = search.query_one("#search-results").get_option_at_index(0).prompt
        assert "needle" in prompt.plain and len(prompt.plain) < 2000


# --------------------------------------------------------------------------- too small


@pytest.mark.parametrize("size", [(30, 8), (80, 8), (10, 30)])
async def test_below_a_line_a_pane_the_browser_says_make_the_terminal_larger(seed_path, size):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmall)
        assert "make the terminal larger" in str(app.screen.query_one("#too-small").render())
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not isinstance(app.screen, TooSmall)
        assert app.query_one(DetailPane).scrollable_content_region.height > 1
        await pilot.resize_terminal(*size)
        await pilot.pause()
        assert isinstance(app.screen, TooSmall)
        await pilot.press("q")


async def test_at_40x12_the_search_says_to_make_the_terminal_larger_to_see_its_results(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(40, 12)) as pilot:
        assert not isinstance(app.screen, TooSmall)
        await pilot.press("slash", *"the")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.screen.query_one("#search-status").render())
        assert "make the terminal larger to see them" in status
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        assert "↑↓ to choose" in str(app.screen.query_one("#search-status").render())


@needs_tmux
def test_a_tiny_terminal_says_make_it_larger_and_q_quits(seed_path, tmp_path):
    term = Terminal(tmp_path, 30, 8)
    try:
        term.start(dateline_argv("--db", str(seed_path)))
        term.wait_for("make the terminal larger")
        term.keys("q")
        assert term.wait_end() == 0
    finally:
        term.close()


async def test_growing_from_too_small_to_wide_lays_the_main_screen_out_wide(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(80, 8)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmall)
        await pilot.resize_terminal(140, 30)
        await pilot.pause()
        assert not isinstance(app.screen, TooSmall)
        assert not app.screen.has_class("-narrow")
        timeline, detail = app.timeline_view.region, app.query_one(DetailPane).region
        assert detail.x > timeline.x and detail.y == timeline.y  # side by side, as at 140 columns


def words_shown(app: DatelineApp, widget) -> str | None:
    """The words the user sees of ``widget`` on the terminal: its region, clipped to the
    box it stands in, read off the screen (whitespace folded); None if it is scrolled out."""
    region = widget.region
    for box in widget.ancestors:  # clipped by each box it stands in (a scrolled form too)
        if box is app.screen:
            break
        region = region.intersection(box.content_region)
    if region.height != widget.region.height or not region.width:
        return None
    strips = app.screen._compositor.render_strips()
    text = " ".join(strip.crop(region.x, region.right).text for strip in strips[region.y : region.bottom])
    return " ".join(text.split())


DIALOGS = {  # a key, and the keys before it (a selected event, an open filter…)
    "go to date": ("t", ()),
    "search": ("slash", ()),
    "tags": ("number_sign", ()),
    "note": ("N", ()),
    "bookmarks": ("B", ()),
    "new event": ("n", ()),
    "export": ("e", ()),
    "remove": ("x", ()),
    "review an article": ("i", ()),
}


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("dialog", sorted(DIALOGS))
async def test_a_dialogs_words_are_never_cut_at_its_edge(seed_path, dialog, size):
    """On a narrow terminal each line of a dialog (its title, what it read, its hints)
    wraps inside the box, or ends with … where it names an event: never a word cut at
    the box's edge (the go-to-date title ended 'Sat 21 Sep 202', the search's '(words
    must all', the note's hint 'escape closes without sa')."""
    from textual.widgets import Label

    key, before = DIALOGS[dialog]
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press(*before, key)
        await pilot.pause()
        checked = 0
        for label in app.screen.query(Label):
            own = " ".join(str(label.render()).split())
            shown = words_shown(app, label)
            if not own or shown is None:
                continue
            checked += 1
            assert shown == own or (shown.endswith("…") and own.startswith(shown[:-1].rstrip())), (
                f"{dialog} at {size}: {own!r} shows as {shown!r}"
            )
        assert checked


async def test_the_filter_bars_hint_ends_with_an_ellipsis_when_cut(seed_path):
    from textual.widgets import Static

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        hint = app.query_one("#filter-hint", Static)
        shown = words_shown(app, hint)
        assert shown is not None and shown.startswith("fields: kind:") and shown.endswith("…")
