"""The open browser follows another process's import: the timeline, the header and go to
date show the new events, the selection stays; `r` reloads by hand."""

from __future__ import annotations

import json
import time

from click.testing import CliRunner
from dateline.db import store
from dateline.tui.app import DatelineApp
from dateline.tui.components import watch
from dateline.tui.components.header import StoreHeader

NEW = [
    {"id": "new-early", "title": "An earlier strike", "start": "2024-09-19T08:00:00+03:00", "place": "Odesa"},
    {"id": "new-late", "title": "A later visit", "start": "2024-10-02", "quotes": ["The newest words said"]},
]


def import_new(db, tmp_path) -> None:
    src = tmp_path / "new.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in NEW))
    result = CliRunner().invoke(main_cli(), ["--db", str(db), "import", str(src)])
    assert result.exit_code == 0, result.output


def main_cli():
    from dateline.tui.cli import main

    return main


def header_text(app) -> str:
    return str(app.query_one(StoreHeader).render())


async def test_another_process_import_shows_in_place_keeping_the_selection(seed_path, tmp_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 14)) as pilot:
        await pilot.press("j", "j", "j")
        kept = app.timeline_view.selected_id
        row = app.timeline_view.cursor - app.timeline_view.scroll_offset.y
        assert "11 events" in header_text(app)
        import_new(seed_path, tmp_path)
        deadline = time.monotonic() + 10 * watch.POLL
        while "13 events" not in header_text(app):
            assert time.monotonic() < deadline, "the browser never noticed the import"
            await pilot.pause(0.05)
        view = app.timeline_view
        assert view.selected_id == kept  # the same event, on the same row
        assert view.cursor - view.scroll_offset.y == row
        assert view.timeline.locate_id("new-early") is not None and view.timeline.locate_id("new-late") is not None
        assert "2024-09-19 → 2024-10-02" in header_text(app)
        # go to date reaches the new days, and the search jumps into a timeline that has them
        await pilot.press("t", *"2024-10-01", "enter")
        await pilot.pause()
        assert view.selected_id == "new-late"
        await pilot.press("slash", *"newest words")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert view.selected_id == "new-late"


async def test_r_reloads_by_hand(seed_path, tmp_path, monkeypatch):
    monkeypatch.setattr(watch, "POLL", 3600.0)  # no look of its own within the test
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("G")
        kept = app.timeline_view.selected_id
        import_new(seed_path, tmp_path)
        await pilot.pause()
        assert "11 events" in header_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert "13 events" in header_text(app)
        assert app.timeline_view.selected_id == kept
        await pilot.press("G")
        assert app.timeline_view.selected_id == "new-late"


async def test_the_apps_own_writes_are_not_taken_for_another_process(seed_path, tmp_path):
    """A bookmark, a note or an edit goes through the app's writing connection: the watcher
    takes that commit as seen (no reload, no "The store changed"), while another process's
    import is still noticed."""
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        before = watch.data_version(app.db)
        await pilot.press("j", "b")  # bookmark: written by the app itself
        await pilot.pause()
        assert watch.data_version(app.db) != before  # the store did change
        assert app._store_seen["version"] == watch.data_version(app.db)  # and it is known
        import_new(seed_path, tmp_path)
        assert app._store_seen["version"] != watch.data_version(app.db)  # another's is not


async def test_opening_the_apps_writing_connection_is_not_taken_for_another_process(seed_path, monkeypatch):
    """The first edit or bookmark opens a connection that writes (the seed store is turned
    to WAL then, an older one migrated): a change of the file, the app's own; the watcher
    says nothing of it."""
    monkeypatch.setattr(watch, "POLL", 0.05)
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        before = watch.data_version(app.db)
        app.writer()  # what n, E, x and u open first
        app.desk_writer()  # what b, #, N and ctrl+s open first
        assert watch.data_version(app.db) != before  # the file did change
        await pilot.pause(20 * watch.POLL)  # the watcher looks many times
        assert not [n for n in app._notifications if "store changed" in n.message]
        assert "11 events" in header_text(app)


async def test_accepting_drafts_in_the_review_is_not_taken_for_another_process(seed_path, monkeypatch):
    """The review writes through the app's writing connection too: accepting a draft, or
    leaving (the review kept in the store), said "The store changed" twice over the review."""
    from pathlib import Path

    from dateline.tui.review import ReviewScreen

    monkeypatch.setattr(watch, "POLL", 0.05)
    article = Path(__file__).parent.parent / "db" / "seed" / "article.txt"
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42), notifications=True) as pilot:
        await pilot.pause()
        app.review_file(str(article), "2024-09-21", "Europe/Kyiv", "AP")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("a", "d")
        await pilot.pause(20 * watch.POLL)
        await pilot.press("escape")
        await pilot.pause(20 * watch.POLL)
        said = [n.message for n in app._notifications]
        assert "Accepted 1 event" in said
        assert not [m for m in said if "store changed" in m], said
        assert "12 events" in header_text(app)  # the accepted draft is on the timeline
