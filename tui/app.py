"""The dateline browser: timeline on the left, detail on the right."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlite_utils
from dateline.db import queries
from dateline.db.timeline import Timeline
from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer

from .components.detail import DetailPane
from .components.goto import GoToDate
from .components.header import StoreHeader
from .components.help import HelpScreen
from .components.search import QuoteSearch
from .components.timeline import TimelineView
from .editing import BINDINGS as EDIT_BINDINGS
from .editing import EditingActions

NARROW = 100  # below this many columns the detail goes under the timeline


class KeyFooter(Footer):
    """The footer, made again only when the keys it would show change: not when the
    main screen comes back from a modal screen with the same keys as before."""

    _shown: tuple | None = None  # the keys of the last recompose

    def bindings_changed(self, screen: Screen) -> None:
        if self._bindings_ready and self.app.app_focus and self.is_attached and screen is self.screen:
            keys = tuple((b, enabled, tooltip) for _, b, enabled, tooltip in screen.active_bindings.values() if b.show)
            if keys == self._shown:
                return
            self._shown = keys
        super().bindings_changed(screen)

    def watch_show_command_palette(self) -> None:
        self._shown = None
        if self._bindings_ready and self.is_attached:
            self.call_after_refresh(self.recompose)


def store_file(db: sqlite_utils.Database) -> str:
    return next(f for _, name, f in db.execute("PRAGMA database_list").fetchall() if name == "main")


class DatelineApp(EditingActions, App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "dateline"
    BINDINGS = [
        Binding("slash", "search", "Search", key_display="/"),
        Binding("t", "goto", "Go to date"),
        Binding("tab", "toggle_focus", "Timeline/detail", show=False),
        Binding("e", "export", "Export", show=False),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
        *EDIT_BINDINGS,
    ]

    def __init__(self, db: sqlite_utils.Database, **kwargs) -> None:
        super().__init__(**kwargs)
        self.db = db
        self.timeline = Timeline(db)
        self.summary = queries.summary(db)

    def compose(self) -> ComposeResult:
        yield StoreHeader(self.summary, self.timeline, id="header")
        with Container(id="main"):
            yield TimelineView(self.timeline, id="timeline")
            yield DetailPane(id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        view = self.query_one(TimelineView)
        view.focus()
        # Called as the cursor moves, in the same turn as the key: the timeline, the
        # detail and the header are all redrawn in the frame that follows the key.
        self.watch(view, "cursor", self._show_selection)
        self.call_after_refresh(self._tune_gc)

    # -- garbage collection --------------------------------------------------------
    # A full collection scans every object Python tracks (start-up's, and the lines
    # the views keep drawn): 20-70 ms, in the middle of a key now and then. So: what
    # exists once the first screen is drawn is frozen (it lives as long as the app),
    # the collector makes no full pass of its own, and one is made when keys have
    # stopped for a second, or right after the frame of every GC_MOVES-th move while
    # keys keep coming (Textual's drawn lines often refer to themselves, so they wait
    # for a full pass to be freed: ~400 objects a key). Young objects are collected as
    # usual.
    GC_IDLE = 1.0
    GC_MOVES = 100
    _gc_thresholds: tuple[int, int, int] | None = None
    _gc_timer = None
    _gc_moves = 0

    def _tune_gc(self) -> None:
        gc.freeze()
        self._gc_thresholds = gc.get_threshold()
        young, middle, _ = self._gc_thresholds
        gc.set_threshold(young, middle, 1_000_000_000)
        self._collect_when_idle()

    def _collect(self) -> None:
        self._gc_moves = 0
        gc.collect()

    def _collect_when_idle(self) -> None:
        if self._gc_thresholds is None:
            return
        self._gc_moves += 1
        if self._gc_moves >= self.GC_MOVES:
            self._gc_moves = 0
            self.call_after_refresh(self._collect)
        if self._gc_timer is not None:
            self._gc_timer.stop()
        self._gc_timer = self.set_timer(self.GC_IDLE, self._collect, name="collect garbage")

    def on_unmount(self) -> None:
        if self._gc_thresholds is not None:
            gc.set_threshold(*self._gc_thresholds)
            self._gc_thresholds = None
        gc.unfreeze()

    def on_resize(self, event: events.Resize) -> None:
        narrow = event.size.width < NARROW  # (self.size can still be the size before)
        self.screen.set_class(narrow, "-narrow")
        footer = self.query_one(Footer)
        footer.compact = narrow  # so that every key still fits in 80 columns;
        footer.show_command_palette = not narrow  # ctrl+p is on the help screen

    def _show_selection(self, line: int | None) -> None:
        view = self.timeline_view
        event_id = view.selected_id
        if event_id is None:
            return
        self.query_one(DetailPane).show_event(event_id, self._load_detail)
        self.query_one(StoreHeader).cursor = line
        self._collect_when_idle()
        # once this move is on screen, render the details the next keys are likely to
        # show: the next event in the same direction, a page on, the next day, the
        # last event; one at a time, each after the keys already waiting
        if line is not None:
            step = -1 if self._last_line is not None and line < self._last_line else 1
            self._last_line = line
            self._warm_round += 1
            self.call_after_refresh(self._warm_next, self._warm_round, step, 0)

    _last_line: int | None = None
    _warm_round = 0

    def _load_detail(self, event_id: str) -> dict | None:
        return queries.event_detail(self.db, event_id)

    def _warm_next(self, round: int, step: int, i: int) -> None:
        view = self.timeline_view
        if round != self._warm_round or view.cursor is None:
            return  # the cursor moved on: a newer round is on its way
        timeline, cursor = view.timeline, view.cursor
        page = max(view.size.height - 2, 1)
        targets = (
            lambda: timeline.next_event(cursor, step),
            lambda: timeline.next_event(cursor, page * step),
            lambda: timeline.next_day(cursor, step),
            timeline.last_event,
        )
        if i < len(targets):
            self.warm_line(targets[i](), page=False)
            self.call_later(self._warm_next, round, step, i + 1)

    def warm_line(self, line: int | None, page: bool = True) -> None:
        """Render what selecting ``line`` will show, before it is selected: the detail
        of its event and, with ``page``, the timeline around it as a jump shows it."""
        view = self.timeline_view
        item = view.timeline.line(line) if line is not None else None
        if item is None or not view.timeline.is_event(line):
            return
        if page:
            view.warm_jump(line)
        self.query_one(DetailPane).warm(item.id, self._load_detail)

    @property
    def timeline_view(self) -> TimelineView:
        return self.query_one(TimelineView)

    # -- actions -----------------------------------------------------------------
    def _show_kept(self, name: str, make: Callable[[], Screen]) -> None:
        """Show the dialog installed as ``name`` (made by ``make`` the first time), empty
        as when first shown. Kept, not made each time: closing an installed screen does
        not remove it, and removing one lays the main screen out again, a second frame
        after the one that shows the choice. The dialog selects before it closes."""
        if self.is_screen_installed(name):
            screen = self.get_screen(name)
            if screen.is_mounted:
                screen.reset()
        else:
            self.install_screen(make(), name)
        self.push_screen(name, lambda _: self._focus_timeline())

    def action_search(self) -> None:
        self._show_kept("search", lambda: QuoteSearch(store_file(self.db), self.timeline_view.select_event))

    def base_date(self) -> datetime | None:
        """What relative dates in "go to date" count from: the newest source's publication."""
        published = queries.newest_published(self.db)
        if not published:
            return None
        moment = datetime.fromisoformat(published)
        if moment.tzinfo is None:
            moment = datetime.combine(moment.date(), time(12), ZoneInfo("UTC"))
        return moment

    def action_goto(self) -> None:
        self._show_kept(
            "goto", lambda: GoToDate(self.timeline, self.base_date(), self.timeline_view.select_line, self.warm_line)
        )

    def _focus_timeline(self) -> None:
        # Widget.focus() repaints the widget even when it has the focus already: after
        # a dialog that would cost a frame of its own, after the one that shows the move.
        if self.screen.focused is not self.timeline_view:
            self.timeline_view.focus()

    def action_toggle_focus(self) -> None:
        if self.timeline_view.has_focus:
            self.query_one(DetailPane).focus()
        else:
            self.timeline_view.focus()

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_export(self) -> None:
        """Write the timeline, every event in it, as a Markdown chronology."""
        self.export_markdown()

    def export_markdown(self, query: str | None = None) -> Path | None:
        """Export as Markdown into the working directory (the events matching ``query``,
        else all) and say where; the file's path, or None when it could not be written."""
        from dateline.db.formats import export_to_file

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = Path.cwd() / f"dateline-{stamp}.md"
        try:
            count = export_to_file(self.db, "markdown", target, query=query)
        except OSError as exc:
            self.notify(f"Export failed: {exc.strerror or exc}", severity="error")
            return None
        what = f"{count} event{'s' if count != 1 else ''}"
        self.notify(f"Exported {what} to {target}", title="Export", timeout=8, markup=False)
        return target

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        view = self.timeline_view
        yield SystemCommand("Next event", "Select the next event (↓ / j)", view.action_next)
        yield SystemCommand("Previous event", "Select the previous event (↑ / k)", view.action_previous)
        yield SystemCommand("Next day", "First event of the next day (])", view.action_next_day)
        yield SystemCommand("Previous day", "First event of the previous day ([)", view.action_previous_day)
        yield SystemCommand("First event", "Go to the first event (Home / g)", view.action_first)
        yield SystemCommand("Last event", "Go to the last event (End / G)", view.action_last)
        yield SystemCommand("Search quotes", "Full-text search over every quote (/)", self.action_search)
        yield SystemCommand("Go to date", "Select the first event on or after a date (t)", self.action_goto)
        yield SystemCommand("Export timeline", "Write the timeline as Markdown to a file (e)", self.action_export)
        yield SystemCommand("Keys", "Show every key (?)", self.action_help)
