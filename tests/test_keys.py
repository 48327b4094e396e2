"""Keys are declared once, as bindings: the help screen, the command palette and the
README's key table all follow them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from dateline.db import store
from dateline.tui import keys
from dateline.tui.app import DatelineApp
from dateline.tui.components.help import KEYS, HelpScreen
from dateline.tui.components.timeline import TimelineView

README = Path(__file__).resolve().parents[1] / "README.md"


def screen_text(app: DatelineApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def readme_keys() -> set[str]:
    """The keys in the first column of the README's key table."""
    text = README.read_text(encoding="utf-8")
    table = text.split("## Keys", 1)[1].split("\n## ", 1)[0]
    found: set[str] = set()
    for line in table.splitlines():
        if line.startswith("| `"):
            first = line.split("|")[1]
            found.update(re.findall(r"`([^`]+)`", first))
    return found


def test_readme_key_table_matches_the_bindings():
    bound = {k for row in keys.key_rows() for k in row.keys} | {"ctrl+p"}  # ctrl+p: Textual's palette
    readme = readme_keys()
    assert not bound - readme, f"keys bound (with a description) but not in the README's key table: {bound - readme}"
    assert not readme - bound, (
        f"keys in the README's key table that no binding with a description has: {readme - bound}"
    )


def test_key_labels_read_as_the_readme_writes_them():
    assert [keys.key_label(k) for k in ("pagedown", "slash", "right_square_bracket", "down", "escape", "G")] == [
        "PgDn",
        "/",
        "]",
        "↓",
        "escape",
        "G",
    ]


NEW_WIDGET = """
import json
from textual.binding import Binding
from textual.widget import Widget
from dateline.tui import keys
import dateline.tui.app

class Stamp(Widget):
    HELP_SECTION = "Stamps"
    BINDINGS = [
        Binding("ctrl+y", "stamp", "Stamp", tooltip="stamp the event"),
        Binding("ctrl+z", "hidden"),  # no description: not listed
    ]
Stamp.__module__ = "dateline.tui.components.stamp"
extra = [("Stamps", [("ctrl+y", "stamp (an old row)")]), ("Mouse", [("click", "select")])]
print(json.dumps(dict(keys.sections(extra))))
"""


def test_a_new_widgets_described_binding_is_in_the_help_without_a_list():
    # in a process of its own: a widget class, once made, stays known to Textual
    out = subprocess.run([sys.executable, "-c", NEW_WIDGET], capture_output=True, text=True, check=True).stdout
    found = json.loads(out)
    # listed from its binding; the KEYS row for the same key is not shown twice
    assert found["Stamps"] == [["ctrl+y", "stamp the event"]]
    assert found["Mouse"] == [["click", "select"]]
    assert found["Timeline"][0] == ["↓ / j", "next event"]


def test_every_section_comes_from_a_binding_or_the_extra_rows():
    titles = [title for title, _ in keys.sections(KEYS)]
    assert titles[:2] == ["Timeline", "Screen"]
    assert {"Search", "Go to date"} <= set(titles)


async def test_help_screen_shows_every_binding(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 300)) as pilot:  # tall enough to show the whole list
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for row in keys.key_rows():
            assert " / ".join(row.keys) in shown and row.what in shown, row


async def test_palette_offers_each_described_binding_and_runs_it(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        for title in ("Next", "Prev", "Page down", "First event", "Last event", "Next day", "Search", "Go to date"):
            assert title in commands, title
        assert "[" in commands["Prev day"].help and "first event of the previous day" in commands["Prev day"].help
        assert list(commands).count("Quit") == 1  # Textual's own, not twice
        view = app.query_one(TimelineView)
        await commands["Last event"].callback()
        await pilot.pause()
        assert view.selected_id == "seed-washington-visit"


async def test_palette_offers_only_the_keys_of_what_is_on_screen(seed_path):
    """A closed map, histogram or filter bar offers no commands: "Close" of the closed map
    once opened it, laid out for no size (coasts drawn as lines across the pane)."""
    from dateline.tui.components.map import MapView

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        helps = [c.help for c in app.get_system_commands(app.screen)]
        for hidden in ("close the map", "zoom the map in", "the bar before", "on the chips: take the chip off"):
            assert not [h for h in helps if h.startswith(hidden)], hidden
        assert [h for h in helps if h.startswith("map: ")]  # the key that opens it is there
        await pilot.press("m")
        await pilot.pause()
        commands = {c.help: c for c in app.get_system_commands(app.screen)}
        assert "zoom the map in (+, =)" in commands
        await commands["close the map (escape)"].callback()
        await pilot.pause()
        assert not app.query_one(MapView).display


def test_every_help_section_is_named_in_words_and_every_row_says_what_it_does():
    """No section is a class's name ("StoreTrouble", "ExportDialog", "TooSmall",
    "SourceText" were) and no row just a footer word ("Close", "Quit")."""
    for row in keys.key_rows():
        named = "HELP_SECTION" in vars(row.owner) or row.action in vars(row.owner).get("HELP_SECTIONS", {})
        assert named or row.section != row.owner.__name__, row
        assert row.what[:1].islower() or not row.what[:1].isalpha(), row


async def test_the_help_is_laid_out_once_and_shown_again_the_same(seed_path, monkeypatch):
    """Laying out the table of every key took a third of a second each time ? was pressed:
    it is laid out once per width and kept."""
    from dateline.tui.components import help as help_module

    made = []
    table = help_module.keys_table
    monkeypatch.setattr(help_module, "keys_table", lambda: made.append(1) or table())
    monkeypatch.setattr(help_module.KeysTable, "_laid_out", {})
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        first, laid_out = screen_text(app), len(made)  # (a width with the scroll bar, one without)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        again = screen_text(app)
        assert (
            again.splitlines()[:-1] == first.splitlines()[:-1] and "dateline — keys" in first and "next event" in first
        )
        assert len(made) == laid_out


async def test_every_palette_command_of_the_main_screen_does_something(seed_path):
    """ "Edit here" (enter on the detail) was offered by the palette and did nothing: the
    app's action needed the detail focused, and the palette has the focus while open."""
    from dateline.tui.components.eventform import EventForm

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        await commands["Edit here"].callback()
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        assert app.screen.query_one("#f-title").value == "Zelenskyy sets out his victory plan at a press briefing"
