"""The dateline browser: timeline on the left, detail on the right."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from dateline.db import queries, zones
from dateline.db.timeline import DayLine, Timeline
from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widget import AwaitMount, Widget
from textual.widgets import Footer

from .ahead import Ahead, Task, interleave
from .components import toosmall as too_small
from .components.detail import DetailPane
from .components.header import StoreHeader
from .components.timeline import TimelineView
from .components.watch import reload_in_place, watch_store
from .desk_actions import DeskActions
from .editing import BINDINGS as EDIT_BINDINGS
from .editing import EditingActions
from .gc_pacing import GcPacing
from .words import counted

if TYPE_CHECKING:
    from dateline.db.reader import Readable

    from .components.dialog import KeptDialog

W = TypeVar("W", bound=Widget)

NARROW = 100  # below this many columns the detail goes under the timeline


class KeyFooter(Footer):
    """The footer, made again only when the keys it would show change: not when the
    main screen comes back from a modal screen with the same keys as before."""

    _shown: tuple | None = None  # the keys of the last recompose
    DEFAULT_CSS = """
    KeyFooter.-compact FooterLabel { margin: 0 1 0 0; }  /* "day / Search", not "day/ Search" */
    /* Textual's compact footer gives ^p palette, docked right, the keys' margin-right: the
       last column was left to the keys under it, and with the map's or the histogram's keys
       (more than fit in 80 columns) one of them showed there ("paletteq") */
    KeyFooter.-compact FooterKey.-command-palette { margin-right: 0; padding-right: 1; }
    """
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


def store_file(db: Readable) -> str:
    return next(f for _, name, f in db.execute("PRAGMA database_list").fetchall() if name == "main")


class DatelineApp(EditingActions, DeskActions, App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "dateline"
    HELP_SECTION = "Screen"
    HELP_SECTIONS = {
        a: "Desk" for a in ("filter", "clear_filter", "save_filter", "bookmark", "tags", "note", "bookmarks")
    }
    BINDINGS = [
        Binding(
            "slash",
            "search",
            "Search",
            key_display="/",
            tooltip="search quotes, events and notes (↑↓ pick, enter opens)",
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
            "Export",
            show=False,
            tooltip="export: file name, range (screen, day, filter, all), format",
        ),
        Binding(
            "h",
            "histogram",
            "Histogram",
            show=False,
            tooltip="histogram over time: +/- hour…year, ←/→ move, enter goes to a bar",
        ),
        Binding(
            "m",
            "map",
            "Map",
            show=False,
            tooltip="map: +/- zoom, arrows pan, 0 fits, enter selects a mark",
        ),
        Binding("y", "copy", "Copy", show=False, tooltip="copy the event (title, when, where, source)"),
        Binding("o", "open_link", "Open link", show=False, tooltip="open the source's link in the web browser"),
        Binding(
            "p", "source_text", "Source text", show=False, tooltip="the whole source text, at the event's paragraph"
        ),
        Binding(
            "v", "view_text", "View text", show=False, tooltip="the event's whole text in $PAGER (a long text is cut)"
        ),
        Binding(
            "r",
            "reload",
            "Reload",
            show=False,
            tooltip="reload the store (done by itself when another process changes it)",
        ),
        Binding("question_mark", "help", "Help", key_display="?", tooltip="this help: every key"),
        Binding("q", "quit", "Quit", tooltip="quit"),
        # the analyst's desk (desk_actions.py): the help lists them under "Desk"
        Binding(
            "f",
            "filter",
            "Filter",
            show=False,
            tooltip="filter bar: kind: place: actor: tag: from: to: and words",
        ),
        Binding("F", "clear_filter", "Clear filter", show=False, tooltip="clear the filter: every event again"),
        Binding(
            "ctrl+s",
            "save_filter",
            "Save filter",
            show=False,
            tooltip="save the filter by name (saved filters are in ctrl+p)",
        ),
        Binding("b", "bookmark", "Bookmark", show=False, tooltip="bookmark the selected event, or take it off"),
        Binding(
            "number_sign",
            "tags",
            "Tags",
            show=False,
            key_display="#",
            tooltip="add or remove tags of the selected event",
        ),
        Binding("N", "note", "Note", show=False, tooltip="write a note on the selected event (Markdown; ctrl+s saves)"),
        Binding("B", "bookmarks", "Bookmarks", show=False, tooltip="list the bookmarks (enter goes to one)"),
        *EDIT_BINDINGS,
    ]
    _MAIN_ACTIONS = frozenset(b.action for b in BINDINGS if isinstance(b, Binding))

    # What the keys that are not on the first screen need (go to date, search, the event
    # form, the store's writer, export, the source, the desk's dialogs): imported in a
    # thread once the first screen is drawn, so that the first press of their key is as
    # fast as the next, and the start does not wait for them (tests/test_startup.py).
    PRELOAD: tuple[str, ...] = (
        "dateline.db.dates",
        "dateline.tui.components.goto",
        "dateline.tui.components.search",
        "dateline.tui.components.eventform",
        "dateline.db.edit",
        "dateline.tui.components.export_scopes",
        "dateline.tui.components.source",
        "dateline.tui.components.desk",
        "dateline.tui.components.help",
    )
    preloader = None  # the thread

    def __init__(self, db: Readable, read_only: bool = False, **kwargs) -> None:
        """``read_only``: --read-only (``tui/read_only.py``): every key that writes says it does not."""
        super().__init__(**kwargs)
        self.db = db
        self.read_only = read_only
        self.ahead = Ahead(self)  # work done between keys
        self.gc_pacing = GcPacing(self)
        self.timeline = Timeline(db)
        self.summary = queries.summary(db)

    # every key of the app acts on the main screen's timeline but these two
    _ANYWHERE = frozenset({"help", "quit"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The main screen's keys neither run nor show in the footer under another full
        screen (the review): they acted on the timeline hidden under it, unseen (b
        bookmarked its selected event, y copied it, m put the map on the review). A modal
        dialog cuts the app's keys off by itself, and leaves the footer under it as it was."""
        if action not in self._MAIN_ACTIONS or action in self._ANYWHERE:
            return True
        # the full screen on top, under any dialog over it: the main one, or the review
        shown = next((s for s in reversed(self.screen_stack) if not s.is_modal), None)
        return shown is None or shown is self.screen_stack[0]

    def _handle_exception(self, error: Exception) -> None:
        from .components.damaged import store_failed  # (imported when needed: not by the first screen)

        if not store_failed(self, error):  # a damaged store: a message screen, not a traceback
            super()._handle_exception(error)

    def compose(self) -> ComposeResult:
        # the widgets hidden until a key shows them are mounted once this screen is drawn (`hidden`)
        self._header = StoreHeader(self.summary, self.timeline, id="header", read_only=self.read_only)
        self._main = Container(id="main")
        yield self._header
        with self._main:
            yield TimelineView(self.timeline, id="timeline")
            yield DetailPane(id="detail")
        yield KeyFooter()

    _hidden: tuple[Widget, ...] = ()
    _hidden_mounts: tuple[AwaitMount, ...] = ()

    def _mount_hidden(self) -> tuple[Widget, ...]:
        """Mount the widgets the first screen does not show (its CSS hides them until their
        key), where ``compose`` would have put them: the filter bar and its chips and the
        histogram under the header, the map beside the timeline. Done once that screen is
        drawn and PRELOAD imported, or by the first key that needs one if sooner (README,
        Performance)."""
        if not self._hidden:
            from .components.filterbar import FilterBar, FilterChips
            from .components.histogram import Histogram
            from .components.map import MapView

            under = (
                FilterBar(self.filter_choices, id="filterbar"),
                FilterChips(id="chips"),
                Histogram(self.db, self.timeline, lambda line: self.timeline_view.select_line(line), id="histogram"),
            )
            beside = MapView(self.db, self._choose_on_map, self._step_from_map, id="map")
            self._hidden = (*under, beside)
            main_screen = self._header.screen  # (another screen can be on top: a dialog, the review)
            self._hidden_mounts = (
                main_screen.mount(*under, after=self._header),
                self._main.mount(beside),
            )
        return self._hidden

    def _mount_hidden_unless_ending(self) -> None:
        if self.is_running and self._header.is_attached:
            self._mount_hidden()

    def hidden(self, kind: type[W]) -> W:
        """The hidden widget of class ``kind``: in the DOM once this returns, its own
        children composed a moment later (``hidden_ready``)."""
        return next(w for w in self._mount_hidden() if isinstance(w, kind))

    async def hidden_ready(self) -> None:
        """Wait until the hidden widgets are mounted, children and all (a key pressed before
        the first screen was drawn can come before them)."""
        self._mount_hidden()
        if not all(w.is_mounted for w in self._hidden):
            for mounting in self._hidden_mounts:
                await mounting

    def on_mount(self) -> None:
        from . import settings

        saved = settings.load().get("theme")
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved
        # the chosen theme is kept for the next run
        self.theme_changed_signal.subscribe(self, lambda theme: settings.save(theme=theme.name))
        view = self.query_one(TimelineView)
        view.focus()
        self.load_marks()
        # Called as the cursor moves, in the same turn as the key: the timeline, the
        # detail and the header are all redrawn in the frame that follows the key.
        self.watch(view, "cursor", self._show_selection)
        self.call_after_refresh(self.gc_pacing.start)
        too_small.watch_size(self)
        watch_store(self)  # another process's import shows here, in place

    def on_ready(self) -> None:
        # Textual's Ready: the first screen is on the terminal
        self._preload()

    def _preload(self) -> None:
        import importlib
        import threading

        def run() -> None:
            for name in self.PRELOAD:
                try:
                    importlib.import_module(name)
                except ImportError:  # an optional extra not installed: its key says so when pressed
                    continue
            # then the hidden widgets (a key that needs one sooner mounts them): not at once
            # after the first screen, where a key pressed then would wait for them
            try:
                self.call_from_thread(self._mount_hidden_unless_ending)
            except RuntimeError:  # the app has ended
                pass

        self.preloader = threading.Thread(target=run, name="dateline-preload", daemon=True)
        self.preloader.start()

    def on_unmount(self) -> None:
        self.close_desk()
        self.gc_pacing.stop()

    def on_resize(self, event: events.Resize) -> None:
        too_small.resized(self)  # away with "make the terminal larger": the main screen says again
        narrow = event.size.width < NARROW  # (self.size can still be the size before)
        # every screen open, not only the one on top: a terminal resized while a dialog is
        # open left the browser under it laid out for the old width once the dialog closed
        for screen in self.screen_stack:
            screen.set_class(narrow, "-narrow")
            for footer in screen.query(Footer):
                footer.compact = narrow  # so that every key, ^p among them, fits in 80 columns

    def _show_selection(self, line: int | None) -> None:
        view = self.timeline_view
        event_id = view.selected_id
        if event_id is None:
            return
        self.query_one(DetailPane).show_event(event_id, self._load_detail)
        self.query_one(StoreHeader).cursor = line
        self._follow_in_pictures(line)
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
        from .components.dialog import KeptDialog

        if self.is_screen_installed(name):
            screen = self.get_screen(name)
            if isinstance(screen, KeptDialog) and screen.is_mounted:
                screen.reset()
        else:
            self.install_screen(make(), name)
        self.push_screen(name, lambda _: self._focus_timeline())

    def action_search(self) -> None:
        from .components.search import QuoteSearch

        self._show_kept(
            "search",
            lambda: QuoteSearch(store_file(self.db), self.go_to_event, lambda: self.timeline.where),
        )

    @property
    def zone(self) -> str | None:
        """The store's zone (its newest source's): what go to date reads a time in."""
        if self._zone is False:
            self._zone = zones.store_zone(self.db)
        return self._zone  # type: ignore[return-value]

    _zone: str | None | bool = False

    def action_goto(self) -> None:
        from .components.goto import GoToDate

        self._show_kept(
            "goto",
            lambda: GoToDate(
                self.timeline, queries.base_date(self.db, self.zone), self.timeline_view.select_line, self.show_ahead
            ),
        )

    def _focus_timeline(self) -> None:
        # Widget.focus() repaints the widget even when it has the focus already: after
        # a dialog that would cost a frame of its own, after the one that shows the move.
        if self.screen.focused is not self.timeline_view:
            self.timeline_view.focus()

    def action_toggle_focus(self) -> None:
        """Timeline, then the pane beside it (detail or map), then the histogram when shown."""
        from .components.histogram import Histogram
        from .components.map import MapView

        map_view = self.hidden(MapView)
        side = map_view if map_view.display else self.query_one(DetailPane)
        histogram = self.hidden(Histogram)
        order = [self.timeline_view, side] + ([histogram] if histogram.display else [])
        focused = next((i for i, w in enumerate(order) if w.has_focus), len(order) - 1)
        order[(focused + 1) % len(order)].focus()

    # -- the pictures (histogram, map) ---------------------------------------------
    def _selected_start(self, line: int | None = None) -> str | None:
        line = self.timeline_view.cursor if line is None else line
        item = self.timeline.line(line) if line is not None else None
        return getattr(item, "start", None)

    def _follow_in_pictures(self, line: int | None) -> None:
        if not self._hidden:  # not mounted yet, so not shown
            return
        from .components.histogram import Histogram
        from .components.map import MapView

        histogram = self.hidden(Histogram)
        if histogram.display:
            histogram.follow(self._selected_start(line))
        map_view = self.hidden(MapView)
        if map_view.display:
            map_view.follow(self.timeline_view.selected_id)

    def _choose_on_map(self, event_id: str) -> None:
        self.timeline_view.select_event(event_id)

    def _step_from_map(self, step: int) -> None:
        view = self.timeline_view
        view.action_next() if step > 0 else view.action_previous()

    def action_map(self) -> None:
        """Show the map in the detail's place, or the detail again."""
        from .components.map import MapView

        map_view, detail = self.hidden(MapView), self.query_one(DetailPane)
        showing = not map_view.display
        map_view.display, detail.display = showing, not showing
        self.screen.set_class(showing, "-map")
        if showing:
            self.call_after_refresh(map_view.open, self.timeline_view.selected_id)
            map_view.focus()
        else:
            self.timeline_view.focus()

    def action_histogram(self) -> None:
        """Show or hide the histogram of events over time."""
        from .components.histogram import Histogram

        histogram = self.hidden(Histogram)
        histogram.display = not histogram.display
        if histogram.display:
            histogram.open(self._selected_start())
            histogram.focus()
        else:
            self.timeline_view.focus()

    def action_reload(self) -> None:
        reload_in_place(self)

    def action_view_text(self) -> None:
        from .components.pager import view_in_pager

        event_id = self.timeline_view.selected_id
        view_in_pager(self, self._load_detail(event_id) if event_id else None)

    def action_help(self) -> None:
        from .components.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_export(self) -> None:
        """Ask what to export, where and how (tui/components/export.py), then write it."""
        from .components.export_scopes import open_export_dialog

        open_export_dialog(self)

    def action_copy(self) -> None:
        """Copy the selected event (title, when, where, source) to the clipboard."""
        from .components.source import copy_event

        copy_event(self)

    def action_open_link(self) -> None:
        """Open the selected event's source link in the web browser."""
        from .components.source import open_link

        open_link(self)

    def action_source_text(self) -> None:
        """Show the whole source text, scrolled to the event's paragraph."""
        from .components.source import show_source

        show_source(self)

    def export_markdown(self, query: str | None = None) -> Path | None:
        """Export as Markdown into the working directory (the events matching ``query``,
        else all) and say where; the file's path, or None when it could not be written."""
        from dateline.db.formats import export_to_file

        from .components.export_scopes import failure

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = Path.cwd() / f"dateline-{stamp}.md"
        try:
            count = export_to_file(self.db, "markdown", target, query=query, where=self.timeline.where)
        except OSError as exc:
            self.notify(f"Export failed: {failure(exc)}", severity="error", markup=False)
            return None
        what = counted(count, "event")
        self.notify(f"Exported {what} to {target}", title="Export", timeout=8, markup=False)
        return target

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's commands, then one for each key of the app and of the screen's
        widgets (tui/keys.py builds them from the bindings), then the saved filters."""
        titles = set()
        for command in super().get_system_commands(screen):
            titles.add(command.title)
            yield command
        from . import keys

        # the keys of what is on screen: a closed map, histogram or filter bar offers none
        # ("Close the map" would open it)
        nodes = [self, screen, *(node for node in screen.query("*") if keys.displayed(node))]

        yield from (c for c in keys.palette_commands(self, nodes) if c.title not in titles)
        yield from self.saved_filter_commands()
