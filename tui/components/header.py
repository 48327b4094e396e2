"""The header: the store's name and counts, and a strip of events over time that
shows where the selection is."""

from __future__ import annotations

from dateline.db.queries import Summary
from dateline.db.timeline import Timeline
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from ..words import counted
from .histogram import BARS, sparkline


class StoreHeader(Widget):
    DEFAULT_CSS = """
    StoreHeader {
        height: 2;
        background: $panel;
    }
    """
    cursor: reactive[int | None] = reactive(None)

    def __init__(self, summary: Summary, timeline: Timeline, read_only: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.summary = summary
        self.read_only = read_only
        self.timeline = timeline
        self._bars: tuple[int, str] | None = None  # (strip width, one bar per cell)

    def store_changed(self, summary: Summary) -> None:
        """Another process changed the store: new counts, the strip made again."""
        self.summary = summary
        self._bars = None
        self.refresh()

    def bars(self, width: int) -> str:
        """The strip's bars for ``width`` cells, computed once per width (the counts
        per day do not change while the browser is open)."""
        if self._bars is None or self._bars[0] != width:
            self._bars = (width, sparkline(self.timeline.buckets(width)))
        return self._bars[1]

    def reset(self) -> None:
        """The timeline's days changed (a filter): count the strip again."""
        self._bars = None
        self.refresh()

    def render(self) -> Text:
        s = self.summary
        width = self.size.width
        top = Text(no_wrap=True, overflow="ellipsis")
        top.append(" dateline ", "bold reverse")
        top.append(f" {s.name} ", "bold")
        if self.timeline.filtered:  # the filter's count, of the store's
            top.append(f"· {self.timeline.events:,} of {counted(s.events, 'event')}", "bold yellow")
        else:
            top.append(f"· {counted(s.events, 'event')}")
        top.append(f" · {counted(s.quotes, 'quote')} · {counted(s.sources, 'source')}")
        if self.read_only:  # before the span, which a narrow terminal cuts first
            top.append(" · ")
            top.append("read-only", "bold reverse")
        if s.first_day:
            span = s.first_day if s.first_day == s.last_day else f"{s.first_day} → {s.last_day}"
            top.append(f" · {span}", "dim")
        strip_width = max(width - 2, 1)
        bars = self.bars(strip_width)
        here = self.timeline.cells_of(self.cursor, strip_width) if self.cursor is not None else range(0)
        lo, hi = (here.start, here.stop) if here else (len(bars), len(bars))
        strip = Text(" ", no_wrap=True)
        strip.append(bars[:lo], "cyan")
        # the day under the cursor; an empty cell there still shows
        strip.append(bars[lo:hi].replace(BARS[0], BARS[1]), "bold yellow reverse")
        strip.append(bars[hi:], "cyan")
        top.truncate(width, overflow="ellipsis")
        return Text("\n").join([top, strip])
