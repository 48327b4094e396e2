"""The timeline: one Line-API widget over the store, whatever its size.

It draws only the lines on screen (``render_line``), asks ``db.timeline.Timeline`` for
what stands on each, and caches the rendered strips; no widget and no row object is
made per event.
"""

from __future__ import annotations

from dateline.db.queries import Row
from dateline.db.timeline import DayLine, Timeline
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.events import Click
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip

from ..ahead import Task
from .lines import LineView
from .rows import day_header, event_row

# keys shown as one group in the footer ("↓/j ↑/k event"), so that at 80 columns the
# footer still has room for ^p (the command palette)
MOVE = Binding.Group("event")
DAY = Binding.Group("day")


class TimelineView(LineView, can_focus=True):
    """Events grouped by day; the cursor is on one event line at a time."""

    DEFAULT_CSS = """
    TimelineView {
        border: round $primary 50%;
        border-title-color: $text;
    }
    TimelineView:focus {
        border: round $accent;
    }
    TimelineView > .timeline--cursor {
        background: $accent;
        color: $text;
        text-style: bold;
    }
    TimelineView > .timeline--cursor-blurred {
        background: $primary 40%;
    }
    """
    HELP_SECTION = "Timeline"
    HELP_ORDER = 0  # first in the help
    BINDINGS = [
        Binding("down,j", "next", "Next", key_display="↓/j", tooltip="next event", group=MOVE),
        Binding("up,k", "previous", "Prev", key_display="↑/k", tooltip="previous event", group=MOVE),
        Binding("pagedown", "page_down_event", "Page down", show=False, tooltip="a page of events down"),
        Binding("pageup", "page_up_event", "Page up", show=False, tooltip="a page of events up"),
        Binding("home,g", "first", "First event", show=False, tooltip="first event"),
        Binding("end,G", "last", "Last event", show=False, tooltip="last event"),
        Binding(
            "right_square_bracket",
            "next_day",
            "Next day",
            key_display="]",
            tooltip="first event of the next day",
            group=DAY,
        ),
        Binding(
            "left_square_bracket",
            "previous_day",
            "Prev day",
            key_display="[",
            tooltip="first event of the previous day",
            group=DAY,
        ),
    ]
    COMPONENT_CLASSES = {"timeline--cursor", "timeline--cursor-blurred"}

    # repaint=False: a move repaints the two lines it changes (see watch_cursor), not
    # the whole view
    cursor: reactive[int | None] = reactive(None, always_update=False, repaint=False)

    def __init__(self, timeline: Timeline, **kwargs) -> None:
        super().__init__(**kwargs)
        self.timeline = timeline
        self._strips: LRUCache[tuple, Strip] = LRUCache(1024)
        self.marks: set[str] = set()  # ids of the bookmarked events (a ★ in their row)

    def set_marks(self, marks: set[str]) -> None:
        """The bookmarked events changed: draw the lines again."""
        self.marks = marks
        self._strips.clear()
        self.refresh()

    @property
    def line_width(self) -> int:
        """The columns a line may use: the widget less its vertical scrollbar."""
        return self.scrollable_content_region.width

    def on_mount(self) -> None:
        self.virtual_size = Size(self.line_width, self.timeline.height)
        if self.cursor is None:
            self.cursor = self.timeline.first_event()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.line_width, self.timeline.height)
        self._strips.clear()
        self._keep_cursor_visible()

    def reload(self) -> None:
        """The store (or the filter) changed: read the days again and draw afresh. The
        cursor stays on the selected event, or, when it is gone, goes to the event that
        now stands where it stood (``Timeline.nearest``), never back to the first."""
        was = self.timeline.line(self.cursor) if self.cursor is not None else None
        self.timeline.reload()
        self._strips.clear()
        self.virtual_size = Size(self.line_width, self.timeline.height)
        if isinstance(was, Row):
            self.cursor = self.timeline.nearest(was)
        else:
            self.cursor = self.timeline.first_event()
        self.refresh()

    # -- drawing -----------------------------------------------------------------
    # Lines are kept as they go on screen (styled: see LineView), under their line in
    # the whole timeline, whether the cursor is on them (and the view has the focus),
    # and the look (LineView's number for the sizes, border and colours they were
    # styled in): a repaint reuses them while none of that changed.
    def styled_lines(self, rows: range, look: int) -> list[Strip]:
        top = self.scroll_offset.y
        cursor, focused = self.cursor, self.has_focus
        pinned = self._pinned(top)
        return [
            self._styled_pin(pinned, look)
            if y == 0 and pinned is not None
            else self._styled_line(top + y, cursor, focused, look)
            for y in rows
        ]

    # The day header of the top row stays pinned at the top of the pane: after End or a
    # jump, the first row says which day it is. It stands over that row (an event of the
    # same day, not the cursor's: the cursor always has a line above it, see
    # _keep_cursor_visible).
    def _pinned(self, top: int) -> DayLine | None:
        """The day header to pin over the top row, or None when that row is one."""
        item = self.timeline.line(top)
        if item is None or isinstance(item, DayLine) or top == self.cursor:
            return None
        return DayLine(*self.timeline.days[self.timeline.day_index(top)])

    def _styled_pin(self, day: DayLine, look: int) -> Strip:
        key = ("pin", day, look)
        strip = self._strips.get(key)
        if strip is None:
            base = self.look_style(look)
            width = self.line_width
            text = day_header(day, width)
            segments = Segment.adjust_line_length(list(text.render(self.app.console)), width, base)
            strip = self._strips[key] = self.styled(Strip(Segment.simplify(segments), width), look)
        return strip

    def _styled_line(self, line: int, cursor: int | None, focused: bool, look: int) -> Strip:
        on_it = line == cursor
        key = (line, on_it, on_it and focused, look)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._draw(line, on_it, focused, self.look_style(look))
            strip = self._strips[key] = self.styled(strip, look)
        return strip

    def render_line(self, y: int) -> Strip:
        """A line by the public Line API (what Textual's drawing calls when LineView does
        not style lines itself), its content kept as toolong keeps its lines."""
        line = self.scroll_offset.y + y
        pinned = self._pinned(line) if y == 0 else None
        if pinned is not None:
            width = self.line_width
            segments = list(day_header(pinned, width).render(self.app.console))
            return Strip(Segment.adjust_line_length(segments, width, self.rich_style), width)
        on_it, focused, base = line == self.cursor, self.has_focus, self.rich_style
        key = (line, on_it, on_it and focused, base)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = self._draw(line, on_it, focused, base)
        return strip

    def _draw(self, line: int, selected: bool, focused: bool, base: Style) -> Strip:
        """A timeline line as content (before the view's styling)."""
        width = self.line_width
        item = self.timeline.line(line)
        if item is None:
            if line != 0 or self.timeline.height:
                return Strip.blank(width, base)
            text = Text(f" {self.empty_message()}", style="dim", no_wrap=True, overflow="ellipsis")
            text.truncate(width, overflow="ellipsis")
            segments = Segment.adjust_line_length(list(text.render(self.app.console)), width, base)
            return Strip(Segment.simplify(segments), width)
        text = day_header(item, width) if isinstance(item, DayLine) else event_row(item, width, item.id in self.marks)
        segments = Segment.adjust_line_length(list(text.render(self.app.console)), width, base)
        if selected:
            component = "timeline--cursor" if focused else "timeline--cursor-blurred"
            cursor_style = self.get_component_rich_style(component)
            segments = [Segment(t, (s or Style()) + cursor_style, c) for t, s, c in segments]
        return Strip(Segment.simplify(segments), width).apply_offsets(0, line)

    def empty_message(self) -> str:
        """What an empty timeline says instead of a blank pane."""
        if self.timeline.filtered:
            return "No event matches the filter: F clears it, f changes it"
        return "No events yet: n adds one, i reviews an article"

    def tasks_ahead(self) -> list[Task]:
        """Work for between keys (see tui/ahead.py), once a move is on screen: draw the
        lines the next likely keys bring into view (a page down, a page up, the page
        before the next day), so that those keys find them ready: a line drawn cold
        costs a block read and a rich render (~0.3 ms)."""

        def page_down() -> None:
            top, height = self.scroll_offset.y, self.size.height
            self.draw_ahead(range(top + height, top + 2 * height))

        def page_up() -> None:
            top, height = self.scroll_offset.y, self.size.height
            self.draw_ahead(range(max(top - height, 0), top))

        def next_day() -> None:
            line = self.timeline.next_day(self.cursor, 1) if self.cursor is not None else None
            if line is not None:
                self.draw_ahead(range(max(line - self.size.height + 1, 0), line))

        return [page_down, page_up, next_day]

    def _refresh_line(self, line: int | None) -> None:
        """Repaint a timeline line if it is in view (``ScrollView.refresh_line`` takes
        the line's number in the whole timeline, not its row on screen)."""
        if line is not None and 0 <= line - self.scroll_offset.y < self.size.height:
            self.refresh_line(line)

    # -- the cursor --------------------------------------------------------------
    def watch_cursor(self, old: int | None, new: int | None) -> None:
        self._refresh_line(old)
        self._refresh_line(new)
        self._keep_cursor_visible()

    def _on_focus(self, event) -> None:
        self._refresh_line(self.cursor)

    def _on_blur(self, event) -> None:
        self._refresh_line(self.cursor)

    def _keep_cursor_visible(self) -> None:
        if self.cursor is None or not self.size.height:
            return
        top, height = self.scroll_offset.y, self.size.height
        if self.cursor - 1 < top:  # show the day header above the first event of a day
            self.scroll_to(y=max(self.cursor - 1, 0), animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def _jump_top(self, line: int) -> int | None:
        """Where the view's top goes when ``line`` is selected by a jump (go to date,
        search): near the top, its day header in sight; None if it is in view."""
        top = self.scroll_offset.y
        if line - 1 >= top + self.size.height // 2 or line < top:
            return max(line - 2, 0)
        return None

    def select_line(self, line: int | None) -> None:
        if line is not None and self.timeline.is_event(line):
            top = self._jump_top(line)
            self.cursor = line
            if top is not None:
                self.scroll_to(y=top, animate=False, immediate=True)

    def draw_jump_ahead(self, line: int) -> None:
        """Draw the lines that ``select_line(line)`` would bring into view, ahead of it
        (the go-to dialog does this as a date is typed)."""
        top = self._jump_top(line)
        if top is not None and self.size.height:
            self.draw_ahead(range(top, top + self.size.height), selected=line)

    def draw_ahead(self, lines: range, selected: int | None = None) -> None:
        """Draw ``lines`` into the cache of drawn lines, unless they are there already,
        as a repaint would draw them: as now, or with ``selected``, the view focused
        with the cursor on that line, as a jump leaves it. Nothing before the first
        repaint."""
        if not self.size.height:
            return
        if selected is None:
            cursor, focused, look = self.cursor, self.has_focus, self.look
        else:
            cursor, focused, look = selected, True, self.focused_look
        if look is None:
            return
        for line in lines:
            if 0 <= line < self.timeline.height:
                self._styled_line(line, cursor, focused, look)

    def select_event(self, event_id: str) -> bool:
        line = self.timeline.locate_id(event_id)
        self.select_line(line)
        return line is not None

    @property
    def selected_id(self) -> str | None:
        item = self.timeline.line(self.cursor) if self.cursor is not None else None
        return None if item is None or isinstance(item, DayLine) else item.id

    def _move(self, line: int | None) -> None:
        if line is not None:
            self.cursor = line

    def action_next(self) -> None:
        self._move(self.timeline.next_event(self.cursor or 0, 1))

    def action_previous(self) -> None:
        self._move(self.timeline.next_event(self.cursor or 0, -1))

    def action_page_down_event(self) -> None:
        self._move(self.timeline.next_event(self.cursor or 0, max(self.size.height - 2, 1)))

    def action_page_up_event(self) -> None:
        self._move(self.timeline.next_event(self.cursor or 0, -max(self.size.height - 2, 1)))

    def action_first(self) -> None:
        self._move(self.timeline.first_event())
        self.scroll_home(animate=False, immediate=True)

    def action_last(self) -> None:
        self._move(self.timeline.last_event())

    def action_next_day(self) -> None:
        self._move(self.timeline.next_day(self.cursor or 0, 1))

    def action_previous_day(self) -> None:
        self._move(self.timeline.next_day(self.cursor or 0, -1))

    def on_click(self, event: Click) -> None:
        line = self.scroll_offset.y + event.y
        if self.timeline.is_event(line):
            self.cursor = line
