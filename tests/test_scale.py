"""The browser's shape at scale (not timed): no widget per event, pages by key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from dateline.db import store
from dateline.db.demo import build
from dateline.db.timeline import Timeline
from dateline.tui.app import DatelineApp

N = 5000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("scale") / "demo.db"
    with store.new_store_atomically(path) as db:
        build(db, N, 11)
    return path


def test_walking_line_by_line_uses_only_keyset_fetches(big_store: Path):
    db = store.open_store(big_store)
    timeline = Timeline(db)
    assert timeline.events == N
    seen = 0
    for y in range(timeline.height):
        item = timeline.line(y)
        assert item is not None
        seen += timeline.is_event(y)
    assert seen == N
    assert timeline.stats["offset"] == 0
    assert timeline.stats["keyset"] > 0
    db.close()


async def test_no_widget_per_event_and_no_large_offsets(big_store: Path):
    db = store.open_store(big_store)
    biggest_day = db.execute("SELECT max(n) FROM days").fetchone()[0]
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    app = DatelineApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        before = len(list(app.screen.walk_children()))
        assert before < 50
        await pilot.press("end")
        await pilot.pause()
        await pilot.press("home")
        for _ in range(60):
            await pilot.press("pagedown")
        await pilot.pause()
        for key in ("end", "home", "right_square_bracket", "j", "end", "pageup", "pageup"):
            await pilot.press(key)
        await pilot.pause()
        after = len(list(app.screen.walk_children()))
        assert after < 50
        assert after == before
        view = app.timeline_view
        assert view.cursor is not None and view.timeline.is_event(view.cursor)
    db.conn.set_trace_callback(None)
    assert any("e.day = " in s for s in statements)  # the trace saw the block fetches
    offsets = [int(m.group(1)) for sql in statements for m in re.finditer(r"\bOFFSET\s+(\d+)", sql, re.I)]
    assert all(o <= biggest_day for o in offsets), max(offsets)
    # nothing counted or scanned the whole events table while browsing
    assert not [s for s in statements if re.search(r"count\(\*\)\s+FROM\s+events\s*$", s, re.I)]
    db.close()
