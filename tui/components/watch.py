"""The browser follows the store: when another process writes to it (an import), the
timeline, the header's counts and strip and the detail are read again in place, the
selected event kept; ``r`` does the same by hand.

SQLite's ``PRAGMA data_version`` changes for a connection when another connection has
committed a change to the file: read once a second (a few microseconds), it costs nothing
while nothing changes."""

from __future__ import annotations

import sqlite3

from dateline.db import queries

from ..words import counted

POLL = 1.0  # seconds between looks at the store


def data_version(db) -> int | None:
    try:
        return db.execute("PRAGMA data_version").fetchone()[0]
    except sqlite3.Error:
        return None


def watch_store(app) -> None:
    """Look at the store every POLL seconds; reload in place when it changed."""
    seen = app._store_seen = {"version": data_version(app.db)}

    def look() -> None:
        version = data_version(app.db)
        if version is not None and version != seen["version"]:
            seen["version"] = version
            reload_in_place(app, said="The store changed")

    app.set_interval(POLL, look, name="watch the store")


def own_write(app) -> None:
    """The app wrote to the store itself (a bookmark, a tag, a note, a saved filter, an
    edit) through its writing connection and has shown the change: that commit is taken as
    seen, so the watcher neither reloads nor says "the store changed" for it, as it does for
    another process's import."""
    seen = getattr(app, "_store_seen", None)
    if seen is not None:
        seen["version"] = data_version(app.db)


def reload_in_place(app, said: str = "Reloaded") -> None:
    """Read the store again: counts, days, lines and details; the same event selected, on
    the same row of the screen when it can be."""
    from .detail import DetailPane
    from .header import StoreHeader

    view = app.timeline_view
    keep = view.selected_id
    row = (view.cursor - view.scroll_offset.y) if view.cursor is not None else 0
    app.summary = queries.summary(app.db)
    app.query_one(StoreHeader).store_changed(app.summary)
    detail = app.query_one(DetailPane)
    detail.forget()
    view.reload()
    line = view.timeline.locate_id(keep) if keep else None
    if line is not None:
        view.cursor = line
        view.scroll_to(y=max(line - row, 0), animate=False, immediate=True)
    selected = view.selected_id
    if selected is not None:
        detail.show_event(selected, app._load_detail)
    else:
        detail.show(None)
    count = app.summary.events
    app.notify(f"{said}: {counted(count, 'event')}", timeout=3)
