"""The analyst's desk in the browser: what ``f``, ``F``, ``ctrl+s``, ``b``, ``#``, ``N``
and ``B`` do, as a mixin of ``DatelineApp`` (its bindings are in the app's BINDINGS, and
the help lists them under "Desk"). The export dialog (``e``) offers the filter's events
through ``filter_ids``; the histogram and the map count what the filter keeps.

The browser reads its store read-only; the desk writes through a second connection
opened for writing the first time something is written (which migrates an older store).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dateline.db import desk, filters, queries, store
from dateline.db.filters import Filter, FilterError
from dateline.db.text import clean
from textual.app import SystemCommand

from .components.detail import DetailPane
from .components.header import StoreHeader
from .components.watch import own_write
from .read_only import ReadOnly, is_read_only, writes

if TYPE_CHECKING:
    import sqlite_utils
    from dateline.db.reader import Readable

    from .app import W
    from .components.filterbar import FilterBar, FilterChips
    from .components.timeline import TimelineView


class DeskActions:
    """Mixed into ``DatelineApp``."""

    if TYPE_CHECKING:
        db: Readable
        timeline: Any

        @property
        def timeline_view(self) -> TimelineView: ...
        @property
        def zone(self) -> str | None: ...

        def notify(self, *args: Any, **kwargs: Any) -> None: ...
        def push_screen(self, *args: Any, **kwargs: Any) -> Any: ...
        def query_one(self, *args: Any, **kwargs: Any) -> Any: ...
        def hidden(self, kind: type[W]) -> W: ...
        async def hidden_ready(self) -> None: ...
        def _show_selection(self, line: int | None) -> None: ...
        def _load_detail(self, event_id: str) -> dict | None: ...
        def _focus_timeline(self) -> None: ...

    _writer: sqlite_utils.Database | None = None

    # -- the store -------------------------------------------------------------------
    def desk_writer(self) -> sqlite_utils.Database:
        """A connection that writes to the store (opened once, when first needed)."""
        if is_read_only(self):
            raise ReadOnly("opened with --read-only")
        if self._writer is None:
            path = next(f for _, name, f in self.db.execute("PRAGMA database_list").fetchall() if name == "main")
            self._writer = store.open_store(path, write=True)
            own_write(self)  # opening it may have written (WAL mode, a migration): not another process's change
        return self._writer

    def close_desk(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    _choices: dict[str, list[str]] | None = None
    CHOICES = 2000  # values of a field kept for completion

    def filter_choices(self, field: str, prefix: str) -> list[str]:
        """What the store holds for a filter field, for the filter bar's completion:
        read once per field (a field without an index, region say, is a scan of every
        event: once, not at every key), then narrowed here; tags read each time (few,
        and they change as the analyst works)."""
        if field == "tag":
            return filters.values(self.db, field, prefix, limit=20)
        if self._choices is None:
            self._choices = {}
        if field not in self._choices:
            self._choices[field] = filters.values(self.db, field, "", limit=self.CHOICES)
        folded = prefix.casefold()
        return [v for v in self._choices[field] if v.casefold().startswith(folded)][:20]

    def load_marks(self) -> None:
        self.timeline_view.set_marks(desk.bookmarked_all(self.db))

    # -- filters ---------------------------------------------------------------------
    async def action_filter(self) -> None:
        from .components.filterbar import FilterBar

        await self.hidden_ready()
        self.hidden(FilterBar).open()

    def action_clear_filter(self) -> None:
        if self.timeline.filtered:
            self.apply_filter(Filter())

    def apply_filter(self, flt: Filter) -> bool:
        """Show the timeline through ``flt``: the view, the header's counts and strip,
        the chips; the selected event stays selected if the filter keeps it."""
        from dateline.db.dates import DateError

        base = queries.base_date(self.db, self.zone)
        try:
            flt.where(base)  # dates in words are read now: a bad one says so, and changes nothing
        except (DateError, FilterError) as exc:
            self.notify(str(exc), title="Filter", severity="error", markup=False)
            return False
        view = self.timeline_view
        selected = view.selected_id
        self.timeline.set_filter(flt, base, reload=False)
        view.reload()  # reads the days again, through the filter
        if selected is not None:
            view.select_event(selected)
        self.query_one(StoreHeader).reset()
        from .components.filterbar import FilterChips
        from .components.histogram import Histogram
        from .components.map import MapView

        where, params = self.timeline.where or (None, ())
        self.hidden(Histogram).set_filter(where, params)
        self.hidden(MapView).set_filter(where, params)
        self.hidden(FilterChips).show_filter(flt, self.timeline.events if flt else None)
        if view.cursor is None:
            self.query_one(DetailPane).show(None)
        else:
            self._show_selection(view.cursor)
        return True

    def on_filter_bar_submitted(self, message: FilterBar.Submitted) -> None:
        from .components.filterbar import FilterBar

        if self.apply_filter(self.timeline.filter.adding(message.filter)):
            self.hidden(FilterBar).action_close()

    def on_filter_bar_remove_last(self, message: FilterBar.RemoveLast) -> None:
        chips = self.timeline.filter.chips()
        if chips:
            self.apply_filter(self.timeline.filter.without(*chips[-1]))

    def on_filter_bar_closed(self, message: FilterBar.Closed) -> None:
        self._focus_timeline()

    def on_filter_chips_remove(self, message: FilterChips.Remove) -> None:
        self.apply_filter(self.timeline.filter.without(message.field, message.value))
        if not self.timeline.filtered:
            self._focus_timeline()

    @writes
    def action_save_filter(self) -> None:
        from .components.desk import SaveFilterDialog  # (TextArea & co.: loaded when first used, not at start)

        flt = self.timeline.filter
        if not flt:
            self.notify("No filter to save: f opens the filter bar.", severity="warning")
            return

        def save(name: str | None) -> None:
            if name:
                desk.save_filter(self.desk_writer(), name, flt.to_spec())
                own_write(self)
                self.notify(f"Saved the filter as “{name}”", title="Filter", markup=False)
            self._focus_timeline()

        self.push_screen(SaveFilterDialog(flt.to_text()), save)

    def use_saved_filter(self, spec: dict) -> None:
        self.apply_filter(Filter.from_spec(spec))

    # -- bookmarks, tags, notes -------------------------------------------------------
    def _selected(self) -> tuple[str, str] | None:
        view = self.timeline_view
        item = view.timeline.line(view.cursor) if view.cursor is not None else None
        if item is None or not hasattr(item, "id"):
            self.notify("No event selected.", severity="warning")
            return None
        return item.id, item.title

    def _changed(self, event_id: str) -> None:
        """An event's bookmark, tags or note changed: show it again."""
        own_write(self)
        detail = self.query_one(DetailPane)
        detail.forget(event_id)
        if self.timeline_view.selected_id == event_id:
            detail.show_event(event_id, self._load_detail)

    @writes
    def action_bookmark(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        event_id, _ = chosen
        on = desk.toggle_bookmark(self.desk_writer(), event_id)
        marks = set(self.timeline_view.marks)
        (marks.add if on else marks.discard)(event_id)
        self.timeline_view.set_marks(marks)
        self._changed(event_id)  # the ★ in the row and in the detail says it

    @writes
    def action_tags(self) -> None:
        from .components.desk import TagDialog  # (TextArea & co.: loaded when first used, not at start)

        chosen = self._selected()
        if chosen is None:
            return
        event_id, title = chosen
        self.push_screen(
            TagDialog(
                title,
                lambda: desk.tags_of(self.db, event_id),
                lambda: [t for t, _ in desk.all_tags(self.db)],
                lambda tag: desk.toggle_tag(self.desk_writer(), event_id, tag),
            ),
            lambda _: self._tags_closed(event_id),
        )

    def _tags_closed(self, event_id: str) -> None:
        self._changed(event_id)
        self._focus_timeline()

    @writes
    def action_note(self) -> None:
        from .components.desk import NoteEditor  # (TextArea & co.: loaded when first used, not at start)

        chosen = self._selected()
        if chosen is None:
            return
        event_id, title = chosen
        self.desk_writer()  # a store without the desk's tables gets them now

        def done(text: str | None) -> None:
            if text is not None:
                self._changed(event_id)  # the detail shows the note (or no longer)
            self._focus_timeline()

        self.push_screen(
            NoteEditor(
                title, desk.note_of(self.db, event_id), lambda t: desk.set_note(self.desk_writer(), event_id, t)
            ),
            done,
        )

    def action_bookmarks(self) -> None:
        from .components.desk import BookmarksScreen  # (TextArea & co.: loaded when first used, not at start)

        self.push_screen(BookmarksScreen(desk.bookmarks(self.db), self.go_to_event), lambda _: self._focus_timeline())

    def go_to_event(self, event_id: str) -> None:
        """Select an event; one the filter leaves out clears the filter first."""
        if not self.timeline_view.select_event(event_id) and self.timeline.filtered:
            self.apply_filter(Filter())
            self.timeline_view.select_event(event_id)

    def filter_ids(self) -> list[str] | None:
        """The ids of the events the filter keeps, in timeline order (what the export
        dialog offers as "The filter"); None without a filter."""
        where = self.timeline.where if self.timeline.filtered else None
        if where is None:
            return None
        cond, args = where
        rows = self.db.execute(f"SELECT e.id FROM events e WHERE {cond} ORDER BY e.day, e.t0, e.rowid", args)
        return [r[0] for r in rows]

    # -- the command palette ---------------------------------------------------------
    def saved_filter_commands(self) -> Iterable[SystemCommand]:
        """A command for each saved filter (the desk's keys are in the palette from their bindings)."""
        from .keys import literal  # (with the palette: not at start)

        for name, spec in desk.saved_filters(self.db):
            text = Filter.from_spec(spec).to_text()
            # the palette reads titles and help as markup: a name is shown as typed ("[b]drones")
            yield SystemCommand(
                f"Filter: {literal(clean(name, one_line=True))}",
                literal(clean(text, one_line=True)),
                lambda spec=spec: self.use_saved_filter(spec),
            )
