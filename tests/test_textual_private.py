"""Textual's internals that dateline uses are all in tui/textual_private.py, are as
dateline calls them in the installed Textual, and have a public fallback that draws the
same screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from dateline.db import store
from dateline.tui import textual_private
from dateline.tui.app import DatelineApp
from dateline.tui.components.timeline import TimelineView

TUI = Path(textual_private.__file__).resolve().parent
PRIVATE_NAMES = ("_size_updated", "_styles_cache", "_check_disabled", "_bindings_ready", "textual._")


@pytest.mark.parametrize("call", list(textual_private.EXPECTED))
def test_the_textual_internal_is_as_dateline_calls_it(call):
    problem = textual_private.problems().get(call)
    assert problem is None, f"Textual changed {call}: {problem} (dateline falls back to the public API)"


def test_no_other_module_reaches_into_textual():
    for path in sorted(TUI.rglob("*.py")):
        if path.name == "textual_private.py":
            continue
        text = path.read_text(encoding="utf-8")
        for name in PRIVATE_NAMES:
            assert not re.search(re.escape(name) + r"\w", text), f"{path.relative_to(TUI)} uses {name}"


async def screen_after(path, keys: list[str]) -> tuple[list[list[tuple[str, str]]], int | None]:
    """The screen's cells (character, style) after ``keys``, and the timeline's look
    (None when it drew through the public Line API)."""
    app = DatelineApp(store.open_store(path))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        for _ in range(100):  # the footer fills its keys in a later frame: a loaded machine caught it empty
            if app.screen.query("FooterKey"):
                break
            await pilot.pause(0.01)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        strips = app.screen._compositor.render_strips()
        cells = []
        for strip in strips:
            row = []
            for segment in strip:
                row.extend((char, str(segment.style)) for char in segment.text)
            cells.append(row)
        look = app.query_one(TimelineView).look
    app.db.close()
    return cells, look


@pytest.mark.parametrize(
    "keys", [[], ["j", "j", "pagedown"], ["G", "k", "tab", "down"], ["right_square_bracket", "t"]], ids=str
)
async def test_the_public_fallback_draws_the_same_screen(seed_path, monkeypatch, keys):
    fast, look = await screen_after(seed_path, keys)
    assert look is not None  # styled through Textual's StylesCache by LineView
    monkeypatch.setattr(textual_private, "STYLE_LINE_OK", False)
    public, look = await screen_after(seed_path, keys)
    assert look is None  # drawn through render_line alone
    assert public == fast
