"""The header: the store's name and counts, and a strip of events over time that
shows where the selection is."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from db.queries import Summary
from db.timeline import Timeline

BARS = " ▁▂▃▄▅▆▇█"


class StoreHeader(Widget):
    cursor: reactive[int | None] = reactive(None)

    def __init__(self, summary: Summary, timeline: Timeline, **kwargs) -> None:
        super().__init__(**kwargs)
        self.summary = summary
        self.timeline = timeline

    def render(self) -> Text:
        s = self.summary
        width = self.size.width
        top = Text(no_wrap=True, overflow="ellipsis")
        top.append(" dateline ", "bold reverse")
        top.append(f" {s.name} ", "bold")
        top.append(f"· {s.events:,} events · {s.quotes:,} quotes · {s.sources:,} source{'s' if s.sources != 1 else ''}")
        if s.first_day:
            span = s.first_day if s.first_day == s.last_day else f"{s.first_day} → {s.last_day}"
            top.append(f" · {span}", "dim")
        strip_width = max(width - 2, 1)
        counts = self.timeline.buckets(strip_width)
        peak = max(counts, default=0) or 1
        here = self.timeline.cells_of(self.cursor, strip_width) if self.cursor is not None else range(0)
        strip = Text(" ", no_wrap=True)
        for i, n in enumerate(counts):
            bar = BARS[0] if n == 0 else BARS[max(1, round(n / peak * (len(BARS) - 1)))]
            if i in here:
                strip.append(bar if n else "▁", "bold yellow reverse")
            else:
                strip.append(bar, "cyan")
        top.truncate(width, overflow="ellipsis")
        return Text("\n").join([top, strip])
