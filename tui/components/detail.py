"""The detail pane: everything the store knows of the selected event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from dateline.db.places import places
from dateline.db.spans import days_between, one_unit
from dateline.db.text import clean
from dateline.db.zones import zone_name
from rich.console import Group
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scrollbar import ScrollBarRender
from textual.strip import Strip
from textual.visual import Visual, visualize
from textual.widget import Widget

from .lines import LineView
from .rows import kind_mark

LABEL_WIDTH = 10
NOTHING = Text("No event selected", style="dim")
TEXT_LIMIT = 10_000  # characters of one text the pane lays out; `v` shows the whole in $PAGER


def _long(text: str | None, style: str = "", limit: int = TEXT_LIMIT) -> Text:
    """A stored text as the pane shows it: cleaned, and cut at ``limit`` characters with
    a note of the rest (laying out megabytes would hold the first paint and every key)."""
    text = text or ""
    if len(text) <= limit:
        return Text(clean(text), style)
    shown = Text(clean(text[:limit]), style)
    shown.append(f"… ({len(text) - limit:,} more characters: press v to view in $PAGER)", "bold dim")
    return shown


# how each precision's label writes a moment, when the interval is one unit of it
_UNIT_FORMATS = {
    "minute": "%a %d %b %Y %H:%M",
    "hour": "%a %d %b %Y %H:%M",
    "morning": "%a %d %b %Y",
    "afternoon": "%a %d %b %Y",
    "evening": "%a %d %b %Y",
    "day": "%a %d %b %Y",
    "month": "%B %Y",
    "year": "%Y",
}


def resolved_label(start: str, end: str, precision: str) -> str:
    """The resolved interval in words: "night of 20–21 Sep 2024", "Fri 20 Sep 2024 22:45";
    one that runs past its first unit names both ends: "July 1943 – December 1946"."""
    s, e = datetime.fromisoformat(start), datetime.fromisoformat(end)
    last = e - timedelta(seconds=1)  # the end is exclusive
    if not one_unit(s, e, precision) and precision in _UNIT_FORMATS:
        fmt = _UNIT_FORMATS[precision]
        return f"{s.strftime(fmt)} – {last.strftime(fmt)}"
    if precision in ("minute", "hour"):
        return s.strftime("%a %d %b %Y %H:%M") + (" (±1 hour)" if precision == "hour" else "")
    if precision == "night":
        if s.month == last.month:
            return f"night of {s.day}–{last.day} {s.strftime('%b %Y')}"
        return f"night of {s.strftime('%d %b')} – {last.strftime('%d %b %Y')}"
    if precision in ("morning", "afternoon", "evening", "small hours"):
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
    if (s.hour, s.minute, e.hour, e.minute) == (0, 0, 0, 0):  # whole days: "1–10 Sep 2024" (part of month, a range…)
        return _days(s, last)
    return f"{s.strftime('%d %b %Y %H:%M')} – {last.strftime('%d %b %Y %H:%M')}"


def _days(first: datetime, last: datetime) -> str:
    """The days from ``first`` to ``last`` (both in): "Fri 20 Sep 2024" for one,
    "1–10 Sep 2024", "28 Sep – 3 Oct 2024", "1 Dec 2022 – 28 Feb 2023" for more."""
    if first.date() == last.date():
        return first.strftime("%a %d %b %Y")
    return days_between(first.date(), last.date(), lambda d: d.strftime("%b"))


def with_precision(label: str, precision: str) -> str:
    """The label, then its precision in brackets unless the label says it already
    ("Fri 20 Sep 2024 (day)", but "night of 20–21 Sep 2024", not "… (night)")."""
    return label if precision.lower() in label.lower() else f"{label} ({precision})"


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
    label = resolved_label(rec["start"], rec["end"], rec["precision"])
    when.append(label, "bold cyan")
    when.append(with_precision(label, rec["precision"])[len(label) :], "dim")
    when.append(f"\n{rec['start']} → {rec['end']}", "dim")
    when.append(f" · {zone_name(rec.get('tz'), datetime.fromisoformat(rec['start']))}", "dim")
    return when


def _place(place: str, rec: dict) -> Text:
    text = Text(place, "green")
    if place and (rec.get("attrs") or {}).get("coords_from") == "gazetteer":
        text.append("\ncoordinates looked up in the gazetteer (GeoNames), not given by the source", "dim italic")
    return text


def render_detail(rec: dict) -> Group:
    """The detail of one event record (from ``db.queries.event_detail``): every stored
    string goes in as data (rich Text), never as markup, cleaned of control characters."""
    head = Text()
    if rec.get("bookmarked"):
        head.append("★ ", "bold yellow")
    head.append(f"{kind_mark(rec['kind'])} ", "bold red")
    head.append_text(_long(rec["title"], "bold", 1000))
    status = rec["status"] if rec["status"] != "happened" else None
    if status and rec.get("claimed_by"):
        status = f"{status} by {rec['claimed_by']}"
    head.append(
        "\n" + " · ".join(clean(x, one_line=True) for x in (rec["kind"], status) if x),
        "italic magenta" if status else "dim",
    )
    place = places(rec)  # "Kharkiv, Ukraine", not "Kharkiv, Kharkiv region, Ukraine"
    if rec.get("lat") is not None and rec.get("lon") is not None:
        place += f"  ({rec['lat']:.4f}, {rec['lon']:.4f})"
    casualties = []
    if rec["killed"] is not None:
        casualties.append(f"{rec['killed']} killed")
    if rec["injured"] is not None:
        casualties.append(f"{rec['injured']} injured")
    parts: list = [
        head,
        Text(),
        _fields(
            [
                ("When", _when(rec)),
                ("Place", _place(place, rec)),
                ("Actors", Text(", ".join(clean(a, one_line=True) for a in rec["actors"]))),
                ("Casualties", Text(", ".join(casualties), "bold red")),
                ("Tags", Text("  ".join(f"#{clean(t, one_line=True)}" for t in rec.get("tags") or []), "bold cyan")),
            ]
        ),
    ]
    if rec.get("notes"):
        # the analyst's note, rendered: Markdown, never console markup ("[drone]" stays)
        parts += [Text(), Text("Note", "bold underline"), note_markdown(clean(rec["notes"]))]
    if rec["summary"]:
        parts += [Text(), _long(rec["summary"])]
    if rec["quotes"]:
        parts += [Text(), Text("Quotes", "bold underline")]
        for q in rec["quotes"]:
            who = ", ".join(clean(x, one_line=True) for x in (q.get("speaker"), q.get("role")) if x)
            parts.append(Text("“", "italic") + _long(q["text"], "italic") + Text("”", "italic"))
            parts.append(Text(" — " + (who or "unknown speaker"), "yellow"))
            parts.append(Text())
    if rec["attrs"]:
        parts += [Text(), Text("Attributes", "bold underline")]
        parts.append(
            _fields([(clean(str(k)[:200], one_line=True)[:24], _long(str(v))) for k, v in rec["attrs"].items()])
        )
    parts += [Text(), Text("Source", "bold underline")]
    said: list[str] = []  # a publisher that is also the source's name (an article's file) said once
    for x in (rec.get("publisher"), rec["source"], rec["published"]):
        if x and clean(x, one_line=True).casefold() not in (s.casefold() for s in said):
            said.append(clean(x, one_line=True))
    source = ", ".join(said)
    parts.append(Text(source or "unknown"))
    if rec.get("source_file"):
        parts.append(Text("imported from " + clean(rec["source_file"], one_line=True), "dim"))
    link = rec.get("link") or rec.get("url")
    if link:
        parts.append(Text(clean(link, one_line=True), "underline blue"))
    if rec["excerpt"]:
        excerpt = Text()
        if rec["paragraph"]:
            excerpt.append(f"¶{rec['paragraph']}  ", "bold dim")
        excerpt.append_text(_long(rec["excerpt"], "dim"))
        parts.append(excerpt)
    return Group(*parts)


def _without_meta(style: Style | None) -> Style:
    """A scrollbar cell's colours, without the scrollbar widget's mouse actions ("grab"
    is the widget's own)."""
    if style is None:
        return Style()
    return Style(color=style.color, bgcolor=style.bgcolor, reverse=style.reverse)


def note_markdown(text: str):
    """A note as Markdown, its HTML as the text it is: Rich drops HTML (CommonMark reads
    ``<unverified>``, ``a<b>c`` and ``<div>`` lines as HTML), so what the analyst wrote
    between angle brackets vanished from the detail."""
    from markdown_it import MarkdownIt
    from rich.markdown import Markdown

    md = Markdown("", hyperlinks=False)
    md.markup = text
    md.parsed = MarkdownIt("commonmark", {"html": False}).enable("strikethrough").enable("table").parse(text)
    return md


class _Detail:
    """One event's detail as the pane keeps it: the renderable, its lines by width, and
    the pane's screen lines (styled, scrollbar drawn) by look (LineView's number for the
    sizes, border and colours they were styled in) and scroll position."""

    __slots__ = ("renderable", "lines", "panes")
    PANES = 8

    def __init__(self, renderable: Group | Text) -> None:
        self.renderable = renderable
        self.lines: dict[int, list[Strip]] = {}
        self.panes: dict[tuple[int, int], list[Strip]] = {}


class DetailPane(LineView, can_focus=True):
    """Scrolls when the detail is longer than the pane (focus it with tab).

    A Line-API widget: the detail is rendered to lines once per event and width, and
    the pane draws the lines in view. Showing another event repaints the pane alone
    (never the screen's layout: see the scrollbar below). The lines of the last
    events shown or rendered ahead (see ``render_ahead``) are kept, so going back to an
    event, or to one rendered ahead of the key that selects it, renders nothing.
    """

    DEFAULT_CSS = """
    DetailPane {
        border: round $primary 50%;
        padding: 0 0 0 1;
        overflow: hidden hidden;  /* it draws its own scrollbar (see below) */
    }
    DetailPane:focus {
        border: round $accent;
    }
    """
    CACHED = 32  # events whose rendered detail is kept

    # enter edits the event shown: the pane's own key, so that the palette's "Edit here"
    # (which runs it on the pane) edits too; it ran the app's, which did nothing unless
    # the pane had the focus, and the palette has it while open
    HELP_SECTION = "Screen"
    HELP_ORDER = 2  # after the app's keys of that section, as when the app declared it
    BINDINGS = [Binding("enter", "edit", "Edit here", show=False, tooltip="on the detail: edit the event in a form")]

    def action_edit(self) -> None:
        self.app.action_edit_event()  # type: ignore[attr-defined]

    shown: Group | Text = NOTHING

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._lines: list[Strip] = []
        self._shown_entry = _Detail(NOTHING)
        self._cache: LRUCache[str, _Detail] = LRUCache(self.CACHED)  # by event id

    def forget(self, event_id: str | None = None) -> None:
        """Render again when shown: one event that changed (a note, a tag, a bookmark), or
        every one (the store changed: an event may read otherwise now)."""
        if event_id is None:
            self._cache.clear()
        else:
            self._cache.discard(event_id)

    def show(self, rec: dict | None) -> None:
        """Show an event record (from ``db.queries.event_detail``), or nothing."""
        self._show(self._entry(rec["id"], lambda _: rec) if rec else None)

    def show_event(self, event_id: str, load: Callable[[str], dict | None]) -> None:
        """Show an event by id; ``load`` reads its record when it is not kept."""
        self._show(self._entry(event_id, load))

    def render_ahead(self, event_id: str, load: Callable[[str], dict | None]) -> None:
        """Render an event's detail for the pane as it is now, ahead of showing it."""
        entry = self._entry(event_id, load)
        if entry is not None and self._fit(entry) is not None and self.look is not None:
            self._pane(entry, self.look, 0)

    def _entry(self, event_id: str, load: Callable[[str], dict | None]):
        entry = self._cache.get(event_id)
        if entry is None:
            rec = load(event_id)
            if rec is None:
                return None
            entry = self._cache[event_id] = _Detail(render_detail(rec))
        return entry

    def _show(self, entry) -> None:
        self._shown_entry = entry or _Detail(NOTHING)
        self.shown = self._shown_entry.renderable
        self._lay_out(self._shown_entry)
        self.scroll_to(0, 0, animate=False)
        self.refresh()

    # -- lines -------------------------------------------------------------------
    # The pane draws its own scrollbar in its last column (its overflow is hidden):
    # a scrollbar widget that comes and goes with the length of the detail would lay
    # the screen out again, and draw a frame of its own, on the keys that select a
    # longer or a shorter event.
    GAP = 1  # blank columns between the detail and the scrollbar

    @property
    def allow_vertical_scroll(self) -> bool:
        return not (self.disabled or self.loading) and self.max_scroll_y > 0

    @property
    def text_width(self) -> int:
        """The columns the detail's text takes: the pane less its scrollbar and gap."""
        return max(self.scrollable_content_region.width - self.GAP - 1, 1)

    def _render_lines(self, renderable, width: int) -> list[Strip]:
        """The renderable as the pane's lines at ``width``, styled as a Static would."""
        visual = visualize(self, renderable, markup=False)
        return Visual.to_strips(self, visual, width, None, self.visual_style)

    def _fit(self, entry: _Detail) -> list[Strip] | None:
        """The entry's lines at the pane's current width (rendered once per width)."""
        if self.size.width <= 0 or self.size.height <= 0:
            return None  # not laid out yet: on_resize draws it
        width = self.text_width
        lines = entry.lines.get(width)
        if lines is None:
            lines = entry.lines[width] = self._render_lines(entry.renderable, width)
        return lines

    def _lay_out(self, entry: _Detail) -> None:
        lines = self._fit(entry)
        if lines is None:
            return
        self._lines = lines
        self._bar = None
        # the pane keeps its geometry: only its own lines are drawn again
        self.set_reactive(Widget.virtual_size, Size(self.scrollable_content_region.width, len(lines)))

    def on_resize(self) -> None:
        self._lay_out(self._shown_entry)
        self.refresh()

    _bar: tuple[tuple[int, int, int, int | None], list[Segment]] | None = None

    def _bar_cells(self, total: int, top: int) -> list[Segment]:
        """The scrollbar for ``total`` lines seen from ``top``, one cell a row: a thumb
        when the detail is longer than the pane, else its track alone (Textual's
        scrollbar drawing and colours)."""
        height = self.size.height
        key = (height, total, top, self.look)
        if self._bar is None or self._bar[0] != key:
            styles = self.styles
            back, colour = styles.scrollbar_background, styles.scrollbar_color
            if back.a < 1:
                back = self.background_colors[0] + back
            colour = back + colour
            segments = ScrollBarRender.render_bar(
                size=height,
                virtual_size=total,
                window_size=height if total > height else 0,
                position=top,
                thickness=1,
                vertical=True,
                back_color=back.rich_color,
                bar_color=colour.rich_color,
            ).segments
            # without the scrollbar widget's mouse actions ("grab" is its own)
            cells = [Segment(s.text, _without_meta(s.style)) for s in segments[:height]]
            self._bar = (key, cells)
            return cells
        return self._bar[1]

    # The drawn scrollbar takes the mouse as Textual's does: press on the thumb and
    # drag it, press on the track above or below it for a page.
    _grab: tuple[int, int] | None = None  # (screen row pressed, scroll then)

    def _thumb(self) -> tuple[float, float]:
        """The rows of the pane the thumb spans (start, end)."""
        height, total, top = self.size.height, max(len(self._lines), 1), self.scroll_offset.y
        return top * height / total, (top + height) * height / total

    def on_mouse_down(self, event: events.MouseDown) -> None:
        at = event.get_content_offset(self)
        if at is None or at.x != self.text_width + self.GAP or not self.allow_vertical_scroll:
            return
        event.stop()
        start, end = self._thumb()
        if at.y < int(start):
            self.scroll_page_up(animate=False)
        elif at.y >= end:
            self.scroll_page_down(animate=False)
        else:
            self._grab = (event.screen_y, self.scroll_offset.y)
            self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._grab is not None:
            pressed, top = self._grab
            moved = (event.screen_y - pressed) * len(self._lines) / max(self.size.height, 1)
            self.scroll_to(y=round(top + moved), animate=False)
            event.stop()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._grab is not None:
            self._grab = None
            self.release_mouse()
            event.stop()

    def styled_lines(self, rows: range, look: int) -> list[Strip]:
        return self._pane(self._shown_entry, look, self.scroll_offset.y)[rows.start : rows.stop]

    def _pane(self, entry: _Detail, look: int, top: int) -> list[Strip]:
        """The pane's rows on screen for ``entry`` scrolled to ``top``, kept by look."""
        pane = entry.panes.get((look, top))
        if pane is None:
            lines = self._fit(entry) or []
            if len(entry.panes) >= entry.PANES:
                entry.panes.clear()
            base, width = self.look_style(look), self.text_width
            pane = entry.panes[(look, top)] = [
                self.styled(self._content_line(lines, top, y, base, width), look) for y in range(self.size.height)
            ]
        return pane

    def render_line(self, y: int) -> Strip:
        return self._content_line(self._lines, self.scroll_offset.y, y, self.rich_style, self.text_width)

    def _content_line(self, lines: list[Strip], top: int, y: int, base: Style, width: int) -> Strip:
        """Row ``y`` of the pane showing ``lines`` from ``top`` in ``width`` columns of
        text, before styling."""
        line = top + y
        if 0 <= line < len(lines):
            strip = lines[line]
            strip = strip.crop(0, width) if strip.cell_length > width else strip
        else:
            strip = Strip([])
        strip = strip.extend_cell_length(width + self.GAP, base)
        bar = self._bar_cells(len(lines), top)
        return Strip([*strip, bar[y]], width + self.GAP + 1) if 0 <= y < len(bar) else strip
