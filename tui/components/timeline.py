"""The timeline: one Line-API widget over the store, whatever its size.

It draws only the lines on screen (``render_line``), asks ``db.timeline.Timeline`` for
what stands on each, and caches the rendered strips; no widget and no row object is
made per event.
"""

from __future__ import annotations

from dateline.db.timeline import DayLine, Timeline
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from .lines import LineView
from .rows import day_header, event_row


class TimelineView(LineView, can_focus=True):
    """Events grouped by day; the cursor is on one event line at a time."""

    BINDINGS = [
        Binding("down,j", "next", "Next", key_display="↓/j"),
        Binding("up,k", "previous", "Prev", key_display="↑/k"),
        Binding("pagedown", "page_down_event", "PgDn", show=False),
        Binding("pageup", "page_up_event", "PgUp", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("right_square_bracket", "next_day", "Next day", key_display="]"),
        Binding("left_square_bracket", "previous_day", "Prev day", key_display="["),
    ]
    COMPONENT_CLASSES = {"timeline--cursor", "timeline--cursor-blurred"}

    # repaint=False: a move repaints the two lines it changes (see watch_cursor), not
    # the whole view
    cursor: reactive[int | None] = reactive(None, always_update=False, repaint=False)

    class Selected(Message):
        """The cursor moved onto an event."""

        def __init__(self, event_id: str, line: int) -> None:
            super().__init__()
            self.event_id = event_id
            self.line = line

    def __init__(self, timeline: Timeline, **kwargs) -> None:
        super().__init__(**kwargs)
        self.timeline = timeline
        self._strips: LRUCache[tuple, Strip] = LRUCache(1024)
        self._prefetch_round = 0
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
        """The store changed: read the days again and draw afresh."""
        self.timeline.reload()
        self._strips.clear()
        self.virtual_size = Size(self.line_width, self.timeline.height)
        self.cursor = self.timeline.first_event()
        self.refresh()

    # -- drawing -----------------------------------------------------------------
    # Lines are kept as they go on screen (styled: see LineView), under their line in
    # the whole timeline, whether the cursor is on them, and the look.
    def styled_lines(self, rows: range, look: int) -> list[Strip]:
        top = self.scroll_offset.y
        cursor, focused = self.cursor, self.has_focus
        return [self._styled_line(top + y, cursor, focused, look) for y in rows]

    def _styled_line(self, line: int, cursor: int | None, focused: bool, look: int) -> Strip:
        on_it = line == cursor
        key = (line, on_it, on_it and focused, look)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._draw(line, on_it, focused, self.look_style(look))
            strip = self._strips[key] = self.styled(strip, look)
        return strip

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        return self._draw(line, line == self.cursor, self.has_focus, self.rich_style)

    def _draw(self, line: int, selected: bool, focused: bool, base: Style) -> Strip:
        """A timeline line as content (before the view's styling)."""
        width = self.line_width
        item = self.timeline.line(line)
        if item is None:
            return Strip.blank(width, base)
        text = day_header(item, width) if isinstance(item, DayLine) else event_row(item, width, item.id in self.marks)
        segments = Segment.adjust_line_length(list(text.render(self.app.console)), width, base)
        if selected:
            component = "timeline--cursor" if focused else "timeline--cursor-blurred"
            cursor_style = self.get_component_rich_style(component)
            segments = [Segment(t, (s or Style()) + cursor_style, c) for t, s, c in segments]
        return Strip(Segment.simplify(segments), width).apply_offsets(0, line)

    def _prefetch(self, round: int, page: int = 0) -> None:
        """Once the frame for a move is drawn, draw the lines the next likely keys bring
        into view (a page down, a page up, the next day), so that those keys find them
        ready: a line drawn cold costs a block read and a rich render (~0.3 ms). A page
        at a time, each after the keys already waiting; a newer move starts again."""
        if round != self._prefetch_round or self.cursor is None or not self.size.height:
            return
        top, height = self.scroll_offset.y, self.size.height
        if page == 0:
            lines = range(top + height, top + 2 * height)
        elif page == 1:
            lines = range(max(top - height, 0), top)
        else:
            next_day = self.timeline.next_day(self.cursor, 1)
            if next_day is None:
                return
            lines = range(max(next_day - height + 1, 0), next_day)
        self._draw_ahead(lines)
        if page < 2:
            self.call_later(self._prefetch, round, page + 1)

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
        self._prefetch_round += 1
        self.call_after_refresh(self._prefetch, self._prefetch_round)
        if new is not None:
            item = self.timeline.line(new)
            if item is not None and not isinstance(item, DayLine):
                self.post_message(self.Selected(item.id, new))

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

    def warm_jump(self, line: int) -> None:
        """Draw the lines that ``select_line(line)`` would bring into view, ahead of it
        (the go-to dialog does this as a date is typed)."""
        top = self._jump_top(line)
        if top is not None and self.size.height:
            self._draw_ahead(range(top, top + self.size.height), selected=line)

    def _draw_ahead(self, lines: range, selected: int | None = None) -> None:
        """Draw ``lines`` into the cache of drawn lines, unless they are there already,
        as a repaint would draw them: as now, or with ``selected``, the view focused
        with the cursor on that line, as a jump leaves it. Nothing before the first
        repaint."""
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
