"""The screens the README shows and the snapshot tests keep, made from the seed store."""

from __future__ import annotations

from pathlib import Path

from textual._doc import take_svg_screenshot

SIZES = [(140, 42), (80, 24)]
_ARTICLE = Path(__file__).resolve().parent.parent / "db" / "seed" / "article.txt"
REVIEW_TYPED = ["space" if c == " " else c for c in f"{_ARTICLE} --published 2024-09-21 --tz Europe/Kyiv --source AP"]
# name -> keys pressed after the app opens ("_" waits a moment)
SCREENS = {
    "main": [],
    "search": ["slash", *"zelenskyy"],
    "kryvyi-rih": ["j"] * 6,
    "help": ["question_mark"],
    # the review of the seed article (i, its path and publication date, enter), third draft selected
    "review": ["i", *REVIEW_TYPED, "enter", "_", "j", "j"],
}


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
