"""The README's screenshots are those the app draws now from the seed store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from dateline.tui.screenshots import SCREENS, SIZES, file_name, screenshot
from textual_version import same_textual

FOLDER = Path(__file__).resolve().parents[1] / "screenshots"


def normal(svg: str) -> str:
    """Without the ids Textual makes unique per export."""
    return re.sub(r"terminal-\d+", "terminal", svg)


@same_textual
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", list(SCREENS))
def test_screenshot_is_current(seed_path, name, size):
    path = FOLDER / file_name(name, size)
    assert path.exists(), f"{path.name} is missing: run python scripts/export_screenshots.py"
    assert normal(path.read_text(encoding="utf-8")) == normal(screenshot(seed_path, name, size)), (
        f"{path.name} is stale: run python scripts/export_screenshots.py"
    )
