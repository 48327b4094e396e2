"""The detail pane: everything the store knows of the selected event."""

from __future__ import annotations

from datetime import datetime, timedelta

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip
from textual.visual import Visual, visualize
from textual.widget import Widget

from db.text import clean

from .lines import LineView
from .rows import kind_mark

LABEL_WIDTH = 10
NOTHING = Text("No event selected", style="dim")


def resolved_label(start: str, end: str, precision: str) -> str:
    """The resolved interval in words: "night of 20–21 Sep 2024", "Fri 20 Sep 2024 22:45"."""
    s, e = datetime.fromisoformat(start), datetime.fromisoformat(end)
    last = e - timedelta(seconds=1)  # the end is exclusive
    if precision in ("minute", "hour"):
        return s.strftime("%a %d %b %Y %H:%M") + (f" (±1 hour)" if precision == "hour" else "")
    if precision == "night":
        if s.month == last.month:
            return f"night of {s.day}–{last.day} {s.strftime('%b %Y')}"
        return f"night of {s.strftime('%d %b')} – {last.strftime('%d %b %Y')}"
    if precision in ("morning", "afternoon", "evening"):
        return f"{s.strftime('%a %d %b %Y')}, {precision}"
    if precision == "day":
        return s.strftime("%a %d %b %Y")
    if precision in ("week", "weekend"):
        word = "week" if precision == "week" else "weekend"
        return f"{word} of {s.strftime('%a %d %b')} – {last.strftime('%a %d %b %Y')}"
    if precision == "month":
        return s.strftime("%B %Y")
    if precision == "year":
        return s.strftime("%Y")
    return f"{s.strftime('%d %b %Y %H:%M')} – {last.strftime('%d %b %Y %H:%M')}"


def _fields(rows: list[tuple[str, Text]]) -> Table:
    """Label and value side by side; a long value wraps under itself, not under the label."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold dim", no_wrap=True, min_width=LABEL_WIDTH)
    grid.add_column(ratio=1)
    for label, value in rows:
        if value:
            grid.add_row(label, value)
    return grid


def _when(rec: dict) -> Text:
    when = Text()
    if rec["date_text"]:
        when.append(f"“{clean(rec['date_text'])}”", "italic")
    else:
        when.append("no date words in the source", "dim italic")
    when.append(" → ")
    when.append(resolved_label(rec["start"], rec["end"], rec["precision"]), "bold cyan")
    when.append(f" ({rec['precision']})", "dim")
    when.append(f"\n{rec['start']} → {rec['end']}", "dim")
    return when


def render_detail(rec: dict) -> Group:
    """The detail of one event record (from ``db.queries.event_detail``): every stored
    string goes in as data (rich Text), never as markup, cleaned of control characters."""
    head = Text()
    head.append(f"{kind_mark(rec['kind'])} ", "bold red")
    head.append(clean(rec["title"]), "bold")
    status = rec["status"] if rec["status"] != "happened" else None
    head.append("\n" + " · ".join(clean(x, one_line=True) for x in (rec["kind"], status) if x),
                "italic magenta" if status else "dim")
    place = ", ".join(clean(x, one_line=True) for x in (rec["place"], rec["region"], rec["country"]) if x)
    if rec.get("lat") is not None and rec.get("lon") is not None:
        place += f"  ({rec['lat']:.4f}, {rec['lon']:.4f})"
    casualties = []
    if rec["killed"] is not None:
        casualties.append(f"{rec['killed']} killed")
    if rec["injured"] is not None:
        casualties.append(f"{rec['injured']} injured")
    parts: list = [head, Text(), _fields([
        ("When", _when(rec)),
        ("Place", Text(place, "green")),
        ("Actors", Text(", ".join(clean(a, one_line=True) for a in rec["actors"]))),
        ("Casualties", Text(", ".join(casualties), "bold red")),
    ])]
    if rec["summary"]:
        parts += [Text(), Text(clean(rec["summary"]))]
    if rec["quotes"]:
        parts += [Text(), Text("Quotes", "bold underline")]
        for q in rec["quotes"]:
            who = ", ".join(clean(x, one_line=True) for x in (q.get("speaker"), q.get("role")) if x)
            parts.append(Text("“" + clean(q["text"]) + "”", "italic"))
            parts.append(Text(" — " + (who or "unknown speaker"), "yellow"))
            parts.append(Text())
    if rec["attrs"]:
        parts += [Text(), Text("Attributes", "bold underline")]
        parts.append(_fields([(clean(str(k), one_line=True)[:24], Text(clean(str(v))))
                              for k, v in rec["attrs"].items()]))
    parts += [Text(), Text("Source", "bold underline")]
    source = ", ".join(clean(x, one_line=True) for x in (rec.get("publisher"), rec["source"], rec["published"]) if x)
    parts.append(Text(source or "unknown"))
    link = rec.get("link") or rec.get("url")
    if link:
        parts.append(Text(clean(link, one_line=True), "underline blue"))
    if rec["excerpt"]:
        excerpt = Text()
        if rec["paragraph"]:
            excerpt.append(f"¶{rec['paragraph']}  ", "bold dim")
        excerpt.append(clean(rec["excerpt"]), "dim")
        parts.append(excerpt)
    return Group(*parts)


class DetailPane(LineView, can_focus=True):
    """Scrolls when the detail is longer than the pane (focus it with tab).

    A Line-API widget: the detail is rendered to lines once per event and width, and
    the pane draws the lines in view. Showing another event repaints the pane alone;
    the screen is laid out again only when the scrollbar has to appear or go.
    """

    shown: Group | Text = NOTHING

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._lines: list[Strip] = []

    def show(self, rec: dict | None) -> None:
        self.shown = render_detail(rec) if rec else NOTHING
        self._lay_out(self.shown)
        self.scroll_to(0, 0, animate=False)
        self.refresh()

    # -- lines -------------------------------------------------------------------
    def _render_lines(self, renderable, width: int) -> list[Strip]:
        """The renderable as the pane's lines at ``width``, styled as a Static would."""
        visual = visualize(self, renderable, markup=False)
        return Visual.to_strips(self, visual, width, None, self.visual_style)

    def _lay_out(self, renderable) -> None:
        """Render for the current size; the scrollbar shows when the lines do not fit.

        Rendered first at the width the pane has now (less the scrollbar if it shows),
        as Textual lays out a scrolling container, so that most events take one render.
        """
        room, height = self.size  # inside border and padding, with the scrollbar's room
        if room <= 0 or height <= 0:
            return  # not laid out yet: on_resize draws it
        overflow = self.styles.overflow_y
        gutter = self.styles.scrollbar_size_vertical
        scrollbar = overflow == "scroll" or (overflow == "auto" and self.show_vertical_scrollbar)
        lines = self._render_lines(renderable, room - gutter if scrollbar else room)
        if overflow == "auto" and scrollbar != (len(lines) > height):
            scrollbar = not scrollbar
            lines = self._render_lines(renderable, room - gutter if scrollbar else room)
        width = room - gutter if scrollbar else room
        self._lines = lines
        size = Size(width, len(lines))
        self.set_reactive(Widget.virtual_size, size)
        if scrollbar == self.show_vertical_scrollbar:
            # The pane keeps its geometry: no layout of the screen, only the
            # scrollbar's proportions and this pane's lines are redrawn.
            self._scroll_update(size)
        else:
            # The scrollbar comes or goes: one layout, with everything it depends on
            # set at once (else each change asks for a layout and a frame of its own).
            self.show_vertical_scrollbar = scrollbar
            bar = self.vertical_scrollbar
            bar.display = scrollbar
            if scrollbar:  # the size the layout will give it, so it asks for no other
                bar.set_reactive(Widget.virtual_size, self.size)
            self.refresh(layout=True)

    def on_resize(self) -> None:
        self._lay_out(self.shown)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        if 0 <= line < len(self._lines):  # the pane pads it with its background
            strip = self._lines[line]
            width = self.scrollable_content_region.width
            return strip if strip.cell_length <= width else strip.crop(0, width)
        return Strip([])
