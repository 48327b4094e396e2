"""The screens the README shows and the snapshot tests keep, made from the seed store."""

from __future__ import annotations

from pathlib import Path

from textual._doc import take_svg_screenshot

SIZES = [(140, 42), (80, 24)]
# name -> keys pressed after the app opens ("_" waits a moment)
SCREENS = {
    "main": [],
    "search": ["slash", *"zelenskyy"],
    "kryvyi-rih": ["j"] * 6,
    "help": ["question_mark"],
    # the analyst's desk: the filter bar open over a filter's chips, completing a place
    "filter-bar": ["f", *'kind:"drone strike"', "enter", "f", *"place:T"],
    # a filtered timeline, one event bookmarked
    "filtered": ["f", *'kind:"drone strike" from:2024-09-20', "enter", "j", "b"],
    # a note on the Kharkiv strike, rendered in the detail (with its tag and bookmark)
    "note": [
        *["j"] * 7,
        "b",
        "#",
        *"verify",
        "enter",
        "escape",
        "N",
        *"Ask the mayor's office for the **footage**",
        "enter",
        "enter",
        *"- [drone] debris: a second source?",
        "ctrl+s",
        "tab",  # the detail, scrolled to the note (below the fold at 80x24)
        "pagedown",
    ],
}


def screenshot(db_path: Path, name: str, size: tuple[int, int]) -> str:
    """The SVG of one screen of the browser over the store at ``db_path``."""
    import shutil
    import tempfile

    from dateline.db.store import open_store
    from dateline.tui.app import DatelineApp

    # on a copy: a screen's keys may write (a bookmark, a note), and the next screen
    # must start from the seed as it was
    tmp = tempfile.TemporaryDirectory()
    copy = Path(tmp.name) / Path(db_path).name
    shutil.copy(db_path, copy)
    app = DatelineApp(open_store(copy))

    async def press_and_settle(pilot) -> None:
        await pilot.pause()
        await pilot.press(*SCREENS[name])
        await app.workers.wait_for_complete()  # the search runs in a worker
        await pilot.pause()

    svg = take_svg_screenshot(app=app, terminal_size=size, title="dateline", run_before=press_and_settle)
    app.db.close()
    tmp.cleanup()
    return svg


def file_name(name: str, size: tuple[int, int]) -> str:
    return f"{name}-{size[0]}x{size[1]}.svg"
