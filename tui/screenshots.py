"""The screens the README shows and the snapshot tests keep, made from the seed store."""

from __future__ import annotations

from pathlib import Path

from textual._doc import take_svg_screenshot

SIZES = [(140, 42), (80, 24)]
# name -> keys pressed after the app opens ("_" waits a moment)
SCREENS = {
    "main": [],
    "search": ["slash", *"zelenskyy"],
    "kryvyi-rih": ["j"] * 8,
    "claim": ["j"] * 7,  # the Defense Ministry's claim: marked on its row, by whom in the detail
    "help": ["question_mark"],
    "histogram": ["h"],
    "map": ["j"] * 8 + ["m"],
    "map-washington": ["G", "m"],
}  # (the export dialog shows the working directory: Pilot tests check it instead)


def screenshot(db_path: Path, name: str, size: tuple[int, int]) -> str:
    """The SVG of one screen of the browser over the store at ``db_path``."""
    from dateline.db.store import open_store
    from dateline.tui.app import DatelineApp

    app = DatelineApp(open_store(db_path))

    async def press_and_settle(pilot) -> None:
        await pilot.pause()
        await pilot.press(*SCREENS[name])
        await app.workers.wait_for_complete()  # the search runs in a worker
        await pilot.pause()

    svg = take_svg_screenshot(app=app, terminal_size=size, title="dateline", run_before=press_and_settle)
    app.db.close()
    return svg


def file_name(name: str, size: tuple[int, int]) -> str:
    return f"{name}-{size[0]}x{size[1]}.svg"
