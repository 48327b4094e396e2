"""What the export dialog offers and what it writes: the events on screen, the selected
event's day (under a filter, the day's events it keeps), the filter when there is one, or
all; written through db.formats."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dateline.db import scopes
from dateline.db.formats.markdown import long_day
from dateline.db.queries import Row

from ..words import counted
from .export import ExportChoice, ExportDialog, Scope

if TYPE_CHECKING:
    from ..app import DatelineApp


def on_screen_ids(app: DatelineApp) -> list[str]:
    """The ids of the events whose rows are in the timeline pane now."""
    view = app.timeline_view
    top, height = view.scroll_offset.y, view.size.height
    found = []
    for y in range(top, top + height):
        item = view.timeline.line(y)
        if isinstance(item, Row):
            found.append(item.id)
    return found


def _chosen(app: DatelineApp) -> dict[str, tuple[Scope, list[str] | None, str | None]]:
    """Scope key -> (scope, ids or None for all, Markdown title or None for the span's)."""
    found: dict[str, tuple[Scope, list[str] | None, str | None]] = {}
    shown = on_screen_ids(app)
    first_day = next((app.timeline_view.timeline.line(y) for y in [app.timeline_view.scroll_offset.y]), None)
    day = None
    selected = app.timeline_view.selected_id
    if selected:
        day = scopes.day_of(app.db, selected)
    if shown:
        stem_day = getattr(first_day, "day", None) or day or "timeline"
        found["screen"] = (Scope("screen", "On screen", len(shown), f"dateline-{stem_day}-on-screen"), shown, None)
    filtered = getattr(app, "filter_ids", None)
    ids_of_filter = filtered() if callable(filtered) else None
    if day:
        ids = scopes.day_ids(app.db, day)
        if ids_of_filter is not None:  # under a filter, the day's events it keeps (as on screen)
            kept = set(ids_of_filter)
            ids = [i for i in ids if i in kept]
        from datetime import date

        title = long_day(date.fromisoformat(day))
        short = date.fromisoformat(day).strftime("%a %d %b")
        found["day"] = (Scope("day", f"The day, {short}", len(ids), f"dateline-{day}"), ids, title)
    if ids_of_filter is not None:
        found["filter"] = (Scope("filter", "The filter", len(ids_of_filter), "dateline-filter"), ids_of_filter, None)
    # every event of the store, filtered or not (the timeline counts the filter's)
    found["all"] = (Scope("all", "All", app.summary.events, "dateline-all"), None, None)
    return found


def open_export_dialog(app: DatelineApp) -> None:
    chosen = _chosen(app)
    default = "filter" if "filter" in chosen else "day" if "day" in chosen else "all"

    def write(choice: ExportChoice | None) -> None:
        app._focus_timeline()
        if choice is None:
            return
        _, ids, title = chosen[choice.scope]
        write_export(app, choice.path, choice.fmt, ids, title)

    app.push_screen(ExportDialog([s for s, _, _ in chosen.values()], Path.cwd(), default), write)


def failure(exc: OSError) -> str:
    """An export's failure in one line, naming the path when the system names one
    ("/tmp/typo: no such folder (make it first)")."""
    why = exc.strerror or str(exc)
    return f"{exc.filename}: {why}" if exc.filename else why


def write_export(app: DatelineApp, path: Path, fmt: str, ids: list[str] | None, title: str | None) -> Path | None:
    """Write and say where (a notification); None when it could not be written."""
    from dateline.db.formats import export_to_file

    try:
        count = export_to_file(app.db, fmt, path, ids=ids, title=title)
    except OSError as exc:
        app.notify(f"Export failed: {failure(exc)}", severity="error", markup=False)
        return None
    what = counted(count, "event")
    app.notify(f"Exported {what} to {path}", title="Export", timeout=8, markup=False)
    return path
