"""The histogram (``h``): events per hour, day, week, month or year as bars across the
width, over a window of time that ``←``/``→`` move and ``+``/``-`` zoom.

Counts come from ``db.counts`` (the ``days`` table, or an index range for hours), one
query per window, never a read of every event. ``sparkline`` draws the header's day strip
with the same bars.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

from dateline.db import counts
from dateline.db.reader import Readable
from dateline.db.timeline import Timeline
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.reactive import reactive
from textual.widget import Widget

from ..words import counted

BARS = " ▁▂▃▄▅▆▇█"
MAX_BAR = 4  # columns a bar may take when there are few buckets
# the cursor's column: a tint behind its bar (reversing it would draw a full bar)
CURSOR, CURSOR_FOCUSED = "on grey15", "bold on grey30"


def level(n: int, peak: int, steps: int) -> int:
    """How many of ``steps`` steps a count of ``n`` fills (at least one if n > 0)."""
    if n <= 0 or peak <= 0:
        return 0
    return max(1, round(n / peak * steps))


def sparkline(values: list[int]) -> str:
    """One character per value, ``▁`` to ``█`` by its share of the largest; 0 is blank."""
    peak = max(values, default=0)
    return "".join(BARS[level(n, peak, len(BARS) - 1)] for n in values)


def bar_rows(values: list[int], height: int, bar_width: int = 1) -> list[str]:
    """``values`` as vertical bars ``height`` rows high (eighths of a row), top row first,
    each ``bar_width`` columns wide."""
    peak = max(values, default=0)
    eighths = [level(n, peak, height * 8) for n in values]
    rows = []
    for r in range(height):
        floor = (height - 1 - r) * 8
        rows.append("".join(BARS[min(max(e - floor, 0), 8)] * bar_width for e in eighths))
    return rows


def tick(unit: str, bucket: int, tz: timezone) -> str | None:
    """The axis label that starts at ``bucket``, when one does: a day under hours, a
    month under days and weeks, a year under months, a decade under years."""
    start = counts.bucket_start(unit, bucket, tz)
    if unit == "hour":
        return start.strftime("%a %d %b") if start.hour == 0 else None
    if unit == "day":
        if start.day == 1:
            return start.strftime("%b %Y")
        return start.strftime("%d") if start.weekday() == 0 else None
    if unit == "week":
        return start.strftime("%b %Y") if start.day <= 7 else None
    if unit == "month":
        return start.strftime("%Y") if start.month == 1 else None
    return str(start.year) if start.year % 10 == 0 else None


class Histogram(Widget, can_focus=True):
    """Bars of events per bucket; a cursor on one bar; the selected event's bar marked."""

    HELP_SECTION = "Histogram"
    BINDINGS = [
        Binding("left", "move(-1)", "Earlier", key_display="←", tooltip="the bar before"),
        Binding("right", "move(1)", "Later", key_display="→", tooltip="the bar after"),
        Binding("pageup", "page(-1)", "Page earlier", show=False, tooltip="a width of bars earlier"),
        Binding("pagedown", "page(1)", "Page later", show=False, tooltip="a width of bars later"),
        Binding("plus,equals_sign", "zoom(-1)", "Finer", key_display="+", tooltip="finer buckets (year → … → hour)"),
        Binding("minus", "zoom(1)", "Coarser", key_display="-", tooltip="coarser buckets"),
        Binding("enter", "go", "Go to bar", tooltip="go to the bar's first event"),
        Binding("escape", "close", "Close", show=False, tooltip="close the histogram"),
    ]

    unit: reactive[str] = reactive("day")
    cursor: reactive[int] = reactive(0)  # the bucket under the cursor
    first: reactive[int] = reactive(0)  # the window's first bucket

    def __init__(
        self,
        db: Readable,
        timeline: Timeline,
        go: Callable[[int], None],
        where: str | None = None,
        params: tuple = (),
        **kwargs,
    ) -> None:
        """``go`` selects a timeline line; ``where``/``params`` an optional filter."""
        super().__init__(**kwargs)
        self.db = db
        self.timeline = timeline
        self._go = go
        self.where, self.params = where, params
        self.tz = UTC
        self.selected: datetime | None = None  # the selected event's start
        self._counts: dict[tuple, list[int]] = {}

    # -- geometry ---------------------------------------------------------------
    @property
    def bar_width(self) -> int:
        """Wider bars when the store's whole span takes few buckets."""
        width = max(self.size.width, 1)
        span = counts.span(self.timeline.days, self.unit) if self.unit != "hour" else self._hour_span()
        if span is None:
            return 1
        return min(max(width // (span[1] - span[0] + 1), 1), MAX_BAR)

    @property
    def slots(self) -> int:
        return max(self.size.width // self.bar_width, 1)

    def _hour_span(self) -> tuple[int, int] | None:
        if not self.timeline.days:
            return None
        first = datetime.fromisoformat(self.timeline.days[0][0]).replace(tzinfo=self.tz)
        last = datetime.fromisoformat(self.timeline.days[-1][0]).replace(tzinfo=self.tz) + timedelta(days=1)
        return counts.bucket_of("hour", first, self.tz), counts.bucket_of("hour", last, self.tz) - 1

    def _span(self, unit: str) -> tuple[int, int] | None:
        saved, self.unit = self.unit, unit
        try:
            return self._hour_span() if unit == "hour" else counts.span(self.timeline.days, unit)
        finally:
            self.unit = saved

    # -- opening and following the selection -------------------------------------
    def open(self, selected_start: str | None) -> None:
        """Show the finest unit in which the store's whole span fits the width, the
        cursor on the selected event's bar."""
        self.tz = counts.fixed_zone(selected_start)
        self.selected = datetime.fromisoformat(selected_start) if selected_start else None
        width = max(self.size.width or self.app.size.width, 1)
        chosen = "year"
        for unit in counts.UNITS:
            span = self._span(unit)
            if span is not None and span[1] - span[0] + 1 <= width:
                chosen = unit
                break
        self.unit = chosen
        self._place()

    def follow(self, selected_start: str | None) -> None:
        """The timeline's selection moved: mark its bar and put the cursor on it."""
        self.selected = datetime.fromisoformat(selected_start) if selected_start else None
        self._place()

    def _place(self) -> None:
        """The cursor on the selection's bar; the window over the whole span when it
        fits, else around the cursor."""
        sel = self.selected_bucket
        if sel is not None:
            self.cursor = sel
        else:
            span = self._span(self.unit)
            if span is not None:
                self.cursor = span[0]
        self._window()
        self._clamp()
        self.refresh()

    def _window(self) -> None:
        """The window over the store's whole span when it fits and the cursor is in
        it, else around the cursor (unless the cursor is in view already)."""
        span = self._span(self.unit)
        slots = self.slots
        if span is not None and span[1] - span[0] + 1 <= slots:
            first = span[0] - (slots - (span[1] - span[0] + 1)) // 2
            if first <= self.cursor < first + slots:
                self.first = first
                return
        if not self.first <= self.cursor < self.first + slots:
            self.first = self.cursor - slots // 2

    def _clamp(self) -> None:
        """Keep the cursor and the window within the years dates can have."""
        lo, hi = counts.bounds(self.unit, self.tz)
        self.cursor = min(max(self.cursor, lo), hi)
        self.first = min(max(self.first, lo), max(hi - self.slots + 1, lo))
        if not self.first <= self.cursor < self.first + self.slots:
            self.first = min(max(self.cursor - self.slots // 2, lo), max(hi - self.slots + 1, lo))

    @property
    def selected_bucket(self) -> int | None:
        return counts.bucket_of(self.unit, self.selected, self.tz) if self.selected else None

    def on_resize(self) -> None:
        self._place()

    def forget(self) -> None:
        """The store changed: count again when next drawn."""
        self._counts.clear()
        self.refresh()

    # -- counts -------------------------------------------------------------------
    def set_filter(self, where: str | None, params: tuple | list = ()) -> None:
        """Count only the events the timeline's filter keeps (None: every event)."""
        self.where, self.params = where, tuple(params)
        self._counts.clear()
        self.refresh()

    def values(self) -> list[int]:
        key = (self.unit, self.first, self.slots, self.tz)
        found = self._counts.get(key)
        if found is None:
            if len(self._counts) > 64:
                self._counts.clear()
            found = self._counts[key] = counts.counts(
                self.db, self.unit, self.first, self.slots, self.tz, self.where, self.params
            )
        return found

    # -- drawing ------------------------------------------------------------------
    def render(self) -> Text:
        width, height = self.size.width, self.size.height
        if width <= 0 or height <= 0:
            return Text()
        if not self.timeline.days:
            return Text(" No events in this store: nothing to count", "dim italic")
        values = self.values()
        bw = self.bar_width
        bars = max(height - 2, 1)
        rows = bar_rows(values, bars, bw)
        cur, sel = self.cursor - self.first, self.selected_bucket
        sel_i = sel - self.first if sel is not None else None
        n_cur = values[cur] if 0 <= cur < len(values) else 0

        title = Text(no_wrap=True, overflow="ellipsis")
        title.append(f" events per {self.unit} ", "bold reverse")
        title.append(f" {counts.label(self.unit, self.cursor, self.tz)}: ", "bold")
        title.append(counted(n_cur, "event"), "bold yellow")
        lo, hi = self.first, self.first + len(values) - 1
        title.append(f" · {counts.label(self.unit, lo, self.tz)} – {counts.label(self.unit, hi, self.tz)}", "dim")
        title.append(f" · peak {max(values, default=0):,}", "dim")
        if self.unit == "hour":
            title.append(f" · {_zone_name(self.tz)}", "dim")
        title.append("  +/- bucket  ←/→ move  enter go", "dim italic")
        title.truncate(width, overflow="ellipsis")

        lines = [title]
        for row in rows:
            line = Text(no_wrap=True)
            line.append(row, "cyan")
            if sel_i is not None and 0 <= sel_i < len(values):
                line.stylize("bold yellow", sel_i * bw, (sel_i + 1) * bw)
            if 0 <= cur < len(values):
                line.stylize(CURSOR_FOCUSED if self.has_focus else CURSOR, cur * bw, (cur + 1) * bw)
            lines.append(line)
        lines.append(self._axis(len(values), bw, width))
        return Text("\n").join(lines[:height])

    def _axis(self, n: int, bw: int, width: int) -> Text:
        axis = Text(no_wrap=True)
        free = 0
        chars = [" "] * width
        for i in range(n):
            label = tick(self.unit, self.first + i, self.tz)
            x = i * bw
            if label and x >= free and x + len(label) + 1 <= width:
                text = "╵" + label
                chars[x : x + len(text)] = list(text)
                free = x + len(text) + 1
        axis.append("".join(chars), "dim")
        cur = (self.cursor - self.first) * bw
        if 0 <= cur < width:
            axis.stylize("bold yellow", cur, cur + bw)
            if chars[cur] == " ":
                axis = axis[:cur] + Text("▲" * bw, "bold yellow") + axis[cur + bw :]
        return axis

    def watch_unit(self) -> None:
        self.refresh()

    def watch_cursor(self) -> None:
        self.refresh()

    def watch_first(self) -> None:
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- actions -------------------------------------------------------------------
    def action_move(self, step: int) -> None:
        self.cursor += step
        slots = self.slots
        if self.cursor < self.first:
            self.first = self.cursor
        elif self.cursor >= self.first + slots:
            self.first = self.cursor - slots + 1
        self._clamp()

    def action_page(self, step: int) -> None:
        slots = self.slots
        self.first += step * slots
        self.cursor += step * slots
        self._clamp()

    def action_zoom(self, step: int) -> None:
        i = counts.UNITS.index(self.unit) + step
        if not 0 <= i < len(counts.UNITS):
            return
        old, moment = self.unit, counts.bucket_start(self.unit, self.cursor, self.tz)
        on_selection = self.selected is not None and counts.bucket_of(old, self.selected, self.tz) == self.cursor
        self.unit = counts.UNITS[i]
        # going finer from the selection's bar lands on the selection's finer bar
        self.cursor = counts.bucket_of(self.unit, self.selected if on_selection else moment, self.tz)
        self.first = self.cursor  # so that _window places the window afresh
        self.first -= self.slots
        self._window()
        self._clamp()

    def action_go(self) -> None:
        """Select the first event of the bar under the cursor."""
        if not self.timeline.days:
            return
        line = self.first_line(self.cursor)
        if line is None:
            self.notify(f"No events in {counts.label(self.unit, self.cursor, self.tz)}", timeout=3)
        else:
            self._go(line)

    def first_line(self, bucket: int) -> int | None:
        """The timeline line of the first event in ``bucket``, or None if it has none."""
        if self.unit == "hour":
            start = counts.bucket_start("hour", bucket, self.tz)
            event_id = counts.first_at_or_after(self.db, start, self.where, self.params)
            if event_id is None:
                return None
            row_line = self.timeline.locate_id(event_id)
            item = self.timeline.line(row_line) if row_line is not None else None
            if item is None or getattr(item, "t0", 0) >= start.timestamp() + 3600:
                return None
            return row_line
        first, after = counts.first_day(self.unit, bucket), counts.first_day(self.unit, bucket + 1)
        return self.timeline.first_event_from(first, before=after)

    def action_close(self) -> None:
        self.call_later(self.run_action, "app.histogram")

    def on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self.cursor = self.first + event.x // self.bar_width
            self.action_go()


def _zone_name(tz: timezone) -> str:
    offset = tz.utcoffset(None) or timedelta(0)
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
