"""The dateline browser: timeline on the left, detail on the right."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path

import sqlite_utils
from dateline.db import queries
from dateline.db.timeline import DayLine, Timeline
from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer

from . import keys
from .ahead import Ahead, Task, interleave
from .components.detail import DetailPane
from .components.dialog import KeptDialog
from .components.goto import GoToDate
from .components.header import StoreHeader
from .components.help import HelpScreen
from .components.search import QuoteSearch
from .components.timeline import TimelineView
from .gc_pacing import GcPacing

NARROW = 100  # below this many columns the detail goes under the timeline


class KeyFooter(Footer):
    """The footer, made again only when the keys it would show change: not when the
    main screen comes back from a modal screen with the same keys as before."""

    _shown: tuple | None = None  # the keys of the last recompose
    _told = False  # told of the bindings once: the keys are on screen

    def bindings_changed(self, screen: Screen) -> None:
        told, self._told = self._told, True
        if told and self.app.app_focus and self.is_attached and screen is self.screen:
            keys = tuple((b, enabled, tooltip) for _, b, enabled, tooltip in screen.active_bindings.values() if b.show)
            if keys == self._shown:
                return
            self._shown = keys
        super().bindings_changed(screen)

    def watch_show_command_palette(self) -> None:
        self._shown = None
        if self._told and self.is_attached:
            self.call_after_refresh(self.recompose)


def store_file(db: sqlite_utils.Database) -> str:
    return next(f for _, name, f in db.execute("PRAGMA database_list").fetchall() if name == "main")


class DatelineApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "dateline"
    HELP_SECTION = "Screen"
    BINDINGS = [
        Binding(
            "slash",
            "search",
            "Search",
            key_display="/",
            tooltip="search quotes (↑↓ pick, enter opens its event, escape goes back)",
        ),
        Binding("t", "goto", "Go to date", tooltip="go to a date (2024-09-26, 26 Sep, next thursday)"),
        Binding(
            "tab",
            "toggle_focus",
            "Timeline/detail",
            show=False,
            tooltip="focus timeline / detail (the detail scrolls with ↑↓)",
        ),
        Binding(
            "e",
            "export",
            "Export timeline",
            show=False,
            tooltip="export the timeline as Markdown to a file (says where)",
        ),
        Binding("question_mark", "help", "Help", key_display="?", tooltip="this help: every key"),
        Binding("q", "quit", "Quit", tooltip="quit"),
    ]

    def __init__(self, db: sqlite_utils.Database, **kwargs) -> None:
        super().__init__(**kwargs)
        self.db = db
        self.ahead = Ahead(self)  # work done between keys
        self.gc_pacing = GcPacing(self)
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
        self.call_after_refresh(self.gc_pacing.start)

    def on_unmount(self) -> None:
        self.gc_pacing.stop()

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
        self.gc_pacing.moved()
        if line is not None:
            step = -1 if self._last_line is not None and line < self._last_line else 1
            self._last_line = line
            self.ahead.start(self.tasks_ahead(line, step))

    _last_line: int | None = None

    def _load_detail(self, event_id: str) -> dict | None:
        return queries.event_detail(self.db, event_id)

    def tasks_ahead(self, line: int, step: int) -> Iterator[Task]:
        """What to make ready, once a move to ``line`` (going ``step``) is on screen, for
        the keys likely to come next: the timeline's pages (below, above, before the next
        day) and the details of the next event that way, a page on, the next day's and
        the last. A widget with work of its own to do ahead adds its list here."""
        view = self.timeline_view
        timeline = view.timeline
        page = max(view.size.height - 2, 1)
        details = [
            lambda: self.show_ahead(timeline.next_event(line, step), page=False),
            lambda: self.show_ahead(timeline.next_event(line, page * step), page=False),
            lambda: self.show_ahead(timeline.next_day(line, step), page=False),
            lambda: self.show_ahead(timeline.last_event(), page=False),
        ]
        return interleave(view.tasks_ahead(), details)

    def show_ahead(self, line: int | None, page: bool = True) -> None:
        """Make ready what selecting ``line`` will show, before it is selected: the detail
        of its event and, with ``page``, the timeline around it as a jump shows it."""
        view = self.timeline_view
        if line is None or not view.timeline.is_event(line):
            return
        item = view.timeline.line(line)
        if item is None or isinstance(item, DayLine):
            return
        if page:
            view.draw_jump_ahead(line)
        self.query_one(DetailPane).render_ahead(item.id, self._load_detail)

    @property
    def timeline_view(self) -> TimelineView:
        return self.query_one(TimelineView)

    # -- actions -----------------------------------------------------------------
    def _show_kept(self, name: str, make: Callable[[], KeptDialog]) -> None:
        """Show the dialog installed as ``name`` (made by ``make`` the first time), empty
        as when first shown. Kept, not made each time: closing an installed screen does
        not remove it, and removing one lays the main screen out again, a second frame
        after the one that shows the choice. The dialog selects before it closes."""
        if self.is_screen_installed(name):
            screen = self.get_screen(name)
            if isinstance(screen, KeptDialog) and screen.is_mounted:
                screen.reset()
        else:
            self.install_screen(make(), name)
        self.push_screen(name, lambda _: self._focus_timeline())

    def action_search(self) -> None:
        self._show_kept("search", lambda: QuoteSearch(store_file(self.db), self.timeline_view.select_event))

    def action_goto(self) -> None:
        self._show_kept(
            "goto",
            lambda: GoToDate(
                self.timeline, queries.base_date(self.db), self.timeline_view.select_line, self.show_ahead
            ),
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
        """Textual's commands, then one for each key of the app and of the screen's
        widgets (tui/keys.py builds them from the bindings)."""
        titles = set()
        for command in super().get_system_commands(screen):
            titles.add(command.title)
            yield command
        nodes = [self, screen, *screen.query("*")]
        yield from (c for c in keys.palette_commands(self, nodes) if c.title not in titles)
