"""The map (``m``): the events by latitude and longitude on a terminal canvas.

Coasts are drawn in braille dots (2 × 4 a character) from an offline land mask (``land.bin``,
made from the mask global-land-mask ships: see scripts/make_landmask.py); the events as
marks whose size and colour say how many fall on a character cell, from one count query
per view (``db.geo.cells``: the ``geocells`` table, never a read of every event). The
selected event is a ◆ labelled with its place. Events outside the view are counted at
the edge, with an arrow the way they lie (the selected one named there).

The projection is equirectangular, longitudes narrowed by the cosine of the view's middle
latitude so that places keep their shape near it.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from functools import lru_cache

from dateline.db import geo
from dateline.db.reader import Readable
from dateline.db.text import clean
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.strip import Strip
from textual.widget import Widget

from ..words import counted

LAND_RES = 10  # mask cells per degree
LAND_COLS = 360 * LAND_RES
LAND_ROWS = 180 * LAND_RES
# braille dot bits by (column, row) within a character
DOTS = ((0x01, 0x02, 0x04, 0x40), (0x08, 0x10, 0x20, 0x80))
MARKS = ("•", "●", "◉")
MARK_STYLES = ("bold yellow", "bold dark_orange", "bold red")
SELECTED, SELECTED_STYLE = "◆", "bold magenta reverse"
LAND_STYLE, CROSS_STYLE = "green4", "bold cyan"
LABEL_STYLE, EDGE_STYLE = "bold white on magenta", "bold black on cyan"
ARROWS = {(1, 0): "↑", (-1, 0): "↓", (0, 1): "→", (0, -1): "←", (1, 1): "↗", (1, -1): "↖", (-1, 1): "↘", (-1, -1): "↙"}
MIN_SCALE, MAX_SCALE = 0.005, 3.0  # degrees of latitude per dot row


@lru_cache(maxsize=1)
def land_mask() -> bytes:
    """1800 rows × 3600 bytes from 90°N down and 180°W east, 1 = land (0.1° cells)."""
    from importlib import resources  # ~2.5 ms to import: when the map first opens

    data = resources.files("dateline.tui").joinpath("data", "land.bin").read_bytes()
    return zlib.decompress(data)


def is_land(lat: float, lon: float) -> bool:
    r = min(max(int((90 - lat) * LAND_RES), 0), LAND_ROWS - 1)
    c = min(max(int((lon + 180) * LAND_RES), 0), LAND_COLS - 1)
    return land_mask()[r * LAND_COLS + c] == 1


class MapView(Widget, can_focus=True):
    """A map of the events in the store (the filter's, given one)."""

    HELP_SECTION = "Map"
    BINDINGS = [
        Binding("up", "pan(1, 0)", "Pan", key_display="←↑↓→", tooltip="pan the map north (↓ south, ← west, → east)"),
        Binding("down", "pan(-1, 0)", "Pan south", show=False, tooltip="pan the map south"),
        Binding("left", "pan(0, -1)", "Pan west", show=False, tooltip="pan the map west"),
        Binding("right", "pan(0, 1)", "Pan east", show=False, tooltip="pan the map east"),
        Binding("plus,equals_sign", "zoom(0.5)", "Zoom in", key_display="+", tooltip="zoom the map in"),
        Binding("minus", "zoom(2)", "Zoom out", key_display="-", tooltip="zoom the map out"),
        Binding("0", "fit", "Fit", tooltip="fit the map to the events again"),
        Binding("enter", "choose", "Select mark", tooltip="select the event of the mark at the ┼ crosshair"),
        Binding("j", "step(1)", "Next event", show=False, tooltip="next event (the ◆ follows)"),
        Binding("k", "step(-1)", "Previous event", show=False, tooltip="previous event"),
        Binding("escape", "close", "Close", show=False, tooltip="close the map"),
    ]

    def __init__(
        self,
        db: Readable,
        choose: Callable[[str], object],
        step: Callable[[int], object],
        where: str | None = None,
        params: tuple = (),
        **kwargs,
    ) -> None:
        """``choose`` selects an event by id in the timeline; ``step`` moves the
        timeline's selection by a number of events; ``where``/``params``: a filter."""
        super().__init__(**kwargs)
        self.db = db
        self._choose, self._step = choose, step
        self.where, self.params = where, params
        self.lat, self.lon, self.scale = 48.0, 30.0, 0.1
        self.selected: geo.Point | None = None
        self.selected_id: str | None = None
        self.left_out = 0
        self.located = True  # whether any event has coordinates (known once fitted)
        self._land: dict[tuple, list[str]] = {}
        self._base_cache: tuple | None = None
        self._frame_cache: tuple | None = None
        self._counts: dict[tuple, tuple[dict, dict]] = {}
        self._fitted = False  # the view is the fit (not panned or zoomed since): a new size fits again

    # -- the view ---------------------------------------------------------------
    @property
    def rows(self) -> int:
        return max(self.size.height - 1, 1)  # the top line is the title

    @property
    def cols(self) -> int:
        return max(self.size.width, 1)

    @property
    def lon_scale(self) -> float:
        return self.scale / max(math.cos(math.radians(self.lat)), 0.2)

    def box(self) -> geo.Box:
        half_h, half_w = self.rows * 4 / 2 * self.scale, self.cols * 2 / 2 * self.lon_scale
        return geo.Box(self.lat - half_h, self.lon - half_w, self.lat + half_h, self.lon + half_w)

    def open(self, event_id: str | None) -> None:
        self.follow(event_id)
        self.action_fit()

    def on_resize(self) -> None:
        """The map opened before it had its size (from the command palette, which keeps the
        main screen from being laid out), or the terminal changed: a view that is still the
        fit is fitted again to the size it has now."""
        if self._fitted and self.display:
            self.action_fit()

    def set_filter(self, where: str | None, params: tuple | list = ()) -> None:
        """Map only the events the timeline's filter keeps (None: every event)."""
        self.where, self.params = where, tuple(params)
        self._counts.clear()
        self._base_cache = self._frame_cache = None
        if self.display:
            self.action_fit()
        self.refresh()

    def follow(self, event_id: str | None) -> None:
        """The timeline's selection moved: mark it (the view stays where it is)."""
        self.selected_id = event_id
        self.selected = geo.point(self.db, event_id) if event_id else None
        self.refresh()

    def action_fit(self) -> None:
        """Fit the view to where most events are (far-away ones stay at the edge)."""
        box, self.left_out = geo.fit(geo.located(self.db, self.where, self.params))
        self.located = box is not None
        self._fitted = True
        if box is None:
            self.lat, self.lon, self.scale = 20.0, 0.0, MAX_SCALE
            self.refresh()
            return
        self.lat, self.lon = (box.south + box.north) / 2, (box.west + box.east) / 2
        cos = max(math.cos(math.radians(self.lat)), 0.2)
        lat_span = max(box.north - box.south, 0.5)
        lon_span = max(box.east - box.west, 0.5)
        # a margin of a fifth, and room for the labels
        scale = max(lat_span / (self.rows * 4), lon_span * cos / (self.cols * 2)) * 1.25
        self.scale = min(max(scale, MIN_SCALE), MAX_SCALE)
        self.refresh()

    def action_zoom(self, factor: float) -> None:
        self._fitted = False
        self.scale = min(max(self.scale * factor, MIN_SCALE), MAX_SCALE)
        self.refresh()

    def action_pan(self, dlat: int, dlon: int) -> None:
        """A quarter of the view north, south, east or west."""
        self._fitted = False
        self.lat = min(max(self.lat + dlat * self.rows * self.scale, -85.0), 85.0)
        self.lon = min(max(self.lon + dlon * self.cols * 0.5 * self.lon_scale, -180.0), 180.0)
        self.refresh()

    def action_step(self, step: int) -> None:
        self._step(step)

    def action_close(self) -> None:
        self.call_later(self.run_action, "app.map")

    # -- choosing a mark ------------------------------------------------------------
    def action_choose(self) -> None:
        """Select the event of the mark nearest the middle of the view (the crosshair)."""
        if not self._choose_near(self.rows // 2, self.cols // 2, reach=4):
            self.notify("No mark near the crosshair: pan to one (arrows) and press enter, or click it", timeout=4)

    def on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self._choose_near(event.y - 1, event.x, reach=1)

    def _choose_near(self, y: int, x: int, reach: int) -> bool:
        marks, _ = self.counts()
        near = [
            (abs(my - y) * 2 + abs(mx - x), my, mx)
            for my, mx in marks
            if abs(my - y) <= reach and abs(mx - x) <= reach * 2
        ]
        if not near:
            return False
        _, my, mx = min(near)
        box = self.box()
        dy, dx = (box.north - box.south) / self.rows, (box.east - box.west) / self.cols
        cell = geo.Box(box.north - (my + 1) * dy, box.west + mx * dx, box.north - my * dy, box.west + (mx + 1) * dx)
        found = geo.first_in(self.db, cell, self.where, self.params)
        if found is None:
            return False
        self._choose(found)
        return True

    # -- counts -----------------------------------------------------------------------
    def _view_key(self) -> tuple:
        return (round(self.lat, 6), round(self.lon, 6), round(self.scale, 9), self.rows, self.cols)

    def forget(self) -> None:
        """The store changed: count again when next drawn."""
        self._counts.clear()
        self.refresh()

    def counts(self) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int], int]]:
        """(events per cell in view, events outside by direction), one query each, kept per view."""
        key = self._view_key()
        found = self._counts.get(key)
        if found is None:
            if len(self._counts) > 32:
                self._counts.clear()
            box = self.box()
            found = self._counts[key] = (
                geo.cells(self.db, box, self.rows, self.cols, self.where, self.params),
                geo.outside(self.db, box, self.where, self.params),
            )
        return found

    def land(self) -> list[str]:
        """The coasts of the view in braille (land dots with sea beside them), a string per row, kept per view."""
        key = self._view_key()
        found = self._land.get(key)
        if found is None:
            if len(self._land) > 16:
                self._land.clear()
            box, mask = self.box(), land_mask()
            dots_y, dots_x = self.rows * 4, self.cols * 2
            dlat, dlon = (box.north - box.south) / dots_y, (box.east - box.west) / dots_x
            # land at the dots of the view and one dot beyond it all round (so that the
            # view's edge is no coast): one bytes object per dot row
            cols = [
                min(max(int((box.west + (i + 0.5) * dlon + 180) * LAND_RES), 0), LAND_COLS - 1)
                for i in range(-1, dots_x + 1)
            ]
            sea = bytes(dots_x + 2)
            grid = []
            for j in range(-1, dots_y + 1):
                lat = box.north - (j + 0.5) * dlat
                if -90 <= lat <= 90:
                    base = min(max(int((90 - lat) * LAND_RES), 0), LAND_ROWS - 1) * LAND_COLS
                    grid.append(bytes(mask[base + c] for c in cols))
                else:
                    grid.append(sea)
            lines = []
            for y in range(self.rows):
                chars = [0] * self.cols
                for j in range(4):
                    above, row, below = grid[y * 4 + j], grid[y * 4 + j + 1], grid[y * 4 + j + 2]
                    for i in range(dots_x):
                        # the coast: land with sea beside it; inland, a sparse stipple
                        if row[i + 1] and (
                            not (row[i] and row[i + 2] and above[i + 1] and below[i + 1])
                            or (i % 8 == 0 and j == 1 and y % 2 == 0)
                        ):
                            chars[i >> 1] |= DOTS[i & 1][j]
                lines.append("".join(chr(0x2800 + b) if b else " " for b in chars))
            found = self._land[key] = lines
        return found

    # -- drawing ------------------------------------------------------------------------
    # The map is drawn by line (Textual's Line API): the rows of a view (coasts, marks,
    # the counts at the edges) are made into strips once per view; a move of the
    # selection redraws only the rows the ◆, its label and the crosshair stand on.
    def render_line(self, y: int) -> Strip:
        frame = self._frame()
        return frame[y] if 0 <= y < len(frame) else Strip.blank(self.size.width, self.rich_style)

    def text(self) -> str:
        """What the map shows, as plain text (a line per row, the title first)."""
        return "\n".join(strip.text for strip in self._frame())

    def _frame(self) -> list[Strip]:
        base_style = self.rich_style
        key = (self._view_key(), self.selected_id, self.selected, self.has_focus, base_style, self.size)
        if self._frame_cache is not None and self._frame_cache[0] == key:
            return self._frame_cache[1]
        if self.size.width <= 0 or self.size.height <= 0:
            return []
        rows, cols = self.rows, self.cols
        canvas, base_strips = self._base(base_style)
        marks, far = self.counts()
        box = self.box()
        sel, sel_dir = self.selected, None
        if sel is not None:
            y = int((box.north - sel.lat) / (box.north - box.south) * rows)
            x = int((sel.lon - box.west) / (box.east - box.west) * cols)
            if 0 <= y < rows and 0 <= x < cols:
                canvas.put(y, x, SELECTED, SELECTED_STYLE)
                self._label(canvas, y, x, clean(sel.place or "", one_line=True))
            else:
                sel_dir = (1 if y < 0 else -1 if y >= rows else 0, 1 if x >= cols else -1 if x < 0 else 0)
        if self.has_focus:
            cy, cx = rows // 2, cols // 2
            here = canvas.chars[cy][cx]
            if here == " " or "\u2800" <= here <= "\u28ff":
                canvas.put(cy, cx, "┼", CROSS_STYLE)
        if sel_dir is not None and sel_dir in far:
            self._edge(canvas, sel_dir, far[sel_dir], clean(sel.place or "selected", one_line=True) if sel else "")
        title = self._title(marks, far, sel)
        title_segments = list(Segment.apply_style(title.render(self.app.console), base_style))
        strips = [Strip(Segment.adjust_line_length(title_segments, cols, base_style), cols)]
        for y in range(rows):
            strips.append(canvas.strip(y, base_style) if y in canvas.touched else base_strips[y])
        self._frame_cache = (key, strips)
        return strips

    def _base(self, base_style: Style) -> tuple[_Canvas, list[Strip]]:
        """The view without the selection: coasts, marks and the counts at the edges, as
        a canvas to draw the selection on (rows copied as they are drawn on) and strips."""
        key = (self._view_key(), base_style)
        if self._base_cache is None or self._base_cache[0] != key:
            marks, far = self.counts()
            canvas = _Canvas(self.land())
            peak = max(marks.values(), default=0)
            for (y, x), n in marks.items():
                level = min(int(math.ceil(3 * math.log1p(n) / math.log1p(peak))) - 1, 2) if peak > 1 else 0
                canvas.put(y, x, MARKS[max(level, 0)], MARK_STYLES[max(level, 0)])
            for direction, n in far.items():
                self._edge(canvas, direction, n, "")
            strips = [canvas.strip(y, base_style) for y in range(self.rows)]
            self._base_cache = (key, canvas.chars, canvas.styles, strips)
        _, chars, styles, strips = self._base_cache
        return _Canvas.over(chars, styles), strips

    def _label(self, canvas: _Canvas, y: int, x: int, name: str) -> None:
        if not name:
            return
        text = f" {name} "
        cols = self.cols
        if x + 1 + len(text) <= cols:
            at = x + 1
        elif x - len(text) >= 0:
            at = x - len(text)
        else:
            at, text = x + 1, text[: max(cols - x - 1, 0)]
        for i, ch in enumerate(text):
            canvas.put(y, at + i, ch, LABEL_STYLE)

    def _edge(self, canvas: _Canvas, direction: tuple[int, int], n: int, name: str) -> None:
        """The count of events outside the view one way, at that edge; named when the
        selected event is among them."""
        dy, dx = direction
        rows, cols = self.rows, self.cols
        arrow = ARROWS[direction]
        named = f" {name}" if name else ""
        text = f"{arrow} {n:,}{named}" if dx <= 0 else f"{n:,}{named} {arrow}"
        y = 0 if dy == 1 else rows - 1 if dy == -1 else rows // 2
        x = 0 if dx == -1 else cols - len(text) if dx == 1 else (cols - len(text)) // 2
        for i, ch in enumerate(text):
            if 0 <= x + i < cols:
                canvas.put(y, x + i, ch, LABEL_STYLE if name else EDGE_STYLE)

    def _title(self, marks: dict, far: dict, sel: geo.Point | None) -> Text:
        title = Text(no_wrap=True, overflow="ellipsis")
        title.append(" map ", "bold reverse")
        here = sum(marks.values())
        title.append(f" {counted(here, 'event')} in view", "bold")
        away = sum(far.values())
        if away:
            title.append(f" · {away:,} outside (at the edges)", "dim")
        if not self.located:
            title.append(" · no event has coordinates", "italic")
        elif sel is None:
            title.append(" · selected: no coordinates" if self.selected_id else "", "italic")
        elif sel.looked_up:
            title.append(" · ◆ placed by the gazetteer", "dim italic")
        if self.size.width >= 100:
            title.append("  +/- zoom  arrows pan  0 fit  enter selects the mark at ┼", "dim italic")
        title.truncate(self.size.width, overflow="ellipsis")
        return title


class _Canvas:
    """Characters and their styles, row by row; a row is copied the first time it is
    drawn on (``touched``), so a canvas over a kept one leaves that one as it was."""

    _styles: dict[str, Style] = {}

    def __init__(self, land: list[str]) -> None:
        self.chars = [list(line) for line in land]
        self.styles: list[list[str | None]] = [[LAND_STYLE if ch != " " else None for ch in line] for line in land]
        self.touched: set[int] = set()

    @classmethod
    def over(cls, chars: list[list[str]], styles: list[list[str | None]]) -> _Canvas:
        canvas = cls.__new__(cls)
        canvas.chars, canvas.styles, canvas.touched = list(chars), list(styles), set()
        return canvas

    def put(self, y: int, x: int, ch: str, style: str) -> None:
        if y not in self.touched:
            self.chars[y], self.styles[y] = list(self.chars[y]), list(self.styles[y])
            self.touched.add(y)
        self.chars[y][x], self.styles[y][x] = ch, style

    def strip(self, y: int, base: Style) -> Strip:
        chars, styles = self.chars[y], self.styles[y]
        segments, start = [], 0
        for x in range(1, len(chars) + 1):
            if x == len(chars) or styles[x] != styles[start]:
                name = styles[start]
                style = base
                if name:
                    parsed = self._styles.get(name)
                    if parsed is None:
                        parsed = self._styles[name] = Style.parse(name)
                    style = base + parsed
                segments.append(Segment("".join(chars[start:x]), style))
                start = x
        return Strip(segments, len(chars))
