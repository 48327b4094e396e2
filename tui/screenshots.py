"""The screens the README shows and the snapshot tests keep, made from the seed store."""

from __future__ import annotations

import asyncio
from pathlib import Path

SIZES = [(140, 42), (80, 24)]
_ARTICLE = Path(__file__).resolve().parent.parent / "db" / "seed" / "article.txt"
REVIEW_TYPED = ["space" if c == " " else c for c in f"{_ARTICLE} --published 2024-09-21 --tz Europe/Kyiv --source AP"]
WAIT = "_"  # in a list of keys: wait until the app has done what the keys before asked
# name -> keys pressed after the app opens
SCREENS = {
    "main": [],
    "search": ["slash", *"zelenskyy"],
    "kryvyi-rih": ["j"] * 8,
    "claim": ["j"] * 7,  # the Defense Ministry's claim: marked on its row, by whom in the detail
    "help": ["question_mark"],
    "histogram": ["h"],
    "map": ["j"] * 8 + ["m"],
    "map-washington": ["G", "m"],
    # the analyst's desk: the filter bar open over a filter's chips, completing a place
    "filter-bar": ["f", *'kind:"drone strike"', "enter", "f", *"place:T"],
    # a filtered timeline, one event bookmarked
    "filtered": ["f", *'kind:"drone strike" from:2024-09-20', "enter", "j", "b"],
    # a note on the Kharkiv strike, rendered in the detail (with its tag and bookmark)
    "note": [
        *["j"] * 9,
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
    # the review of the seed article (i, its path and publication date, enter), third draft selected
    "review": ["i", *REVIEW_TYPED, "enter", WAIT, "j", "j"],
}  # (the export dialog shows the working directory: Pilot tests check it instead)


async def show(pilot, name: str) -> None:
    """Press the keys of screen ``name`` and wait until the app has drawn what they bring."""
    await pilot.pause()
    keys = SCREENS[name]
    while WAIT in keys:
        i = keys.index(WAIT)
        await pilot.press(*keys[:i])
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        keys = keys[i + 1 :]
    await pilot.press(*keys)
    await pilot.app.workers.wait_for_complete()  # the search runs in a worker
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def _screenshot(db_path: Path, name: str, size: tuple[int, int]) -> str:
    import shutil
    import tempfile

    from dateline.db.store import open_store
    from dateline.tui.app import DatelineApp

    # on a copy: a screen's keys may write (a bookmark, a note), and the next screen
    # must start from the store as it was
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / Path(db_path).name
        shutil.copy(db_path, copy)
        app = DatelineApp(open_store(copy))
        try:
            async with app.run_test(size=size) as pilot:
                await show(pilot, name)
                return app.export_screenshot(title="dateline", simplify=True)
        finally:
            app.db.close()


def screenshot(db_path: Path, name: str, size: tuple[int, int]) -> str:
    """The SVG of one screen of the browser over the store at ``db_path`` (Textual's
    public run_test() and export_screenshot(), as harlequin makes its screenshots)."""
    return asyncio.run(_screenshot(db_path, name, size))


def file_name(name: str, size: tuple[int, int]) -> str:
    return f"{name}-{size[0]}x{size[1]}.svg"
