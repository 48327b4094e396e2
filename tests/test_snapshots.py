"""SVG snapshots of the main screens at 140×42 and 80×24 (pytest-textual-snapshot).

After a deliberate change of look: `pytest tests/test_snapshots.py --snapshot-update`, then
`python scripts/export_screenshots.py` for the README's copies. Compared only under the
Textual release they were made with (tests/textual_version.py).
"""

from __future__ import annotations

import pytest
from dateline.db import store
from dateline.tui.app import DatelineApp
from dateline.tui.screenshots import SCREENS, SIZES, show
from textual_version import same_textual


@same_textual
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", list(SCREENS))
def test_screen(snap_compare, seed_path, name, size):
    app = DatelineApp(store.open_store(seed_path))

    async def press_and_settle(pilot) -> None:
        await show(pilot, name)  # as the README's screenshots are made

    assert snap_compare(app, terminal_size=size, run_before=press_and_settle)
