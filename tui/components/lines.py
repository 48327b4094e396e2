"""A base for the browser's Line-API views (timeline, detail)."""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


class _StylesThen:
    """What Textual's ``StylesCache.render_line`` reads of a widget's styles for a row
    of content, as it was when a look was taken (a focused view's border colour, say,
    while the view has lost the focus to a dialog)."""

    __slots__ = ("gutter", "border", "outline", "tint", "text_opacity", "hatch", "_hatched")

    def __init__(self, styles) -> None:
        self.gutter, self.border, self.outline = styles.gutter, styles.border, styles.outline
        self.tint, self.text_opacity = styles.tint, styles.text_opacity
        self._hatched = styles.has_rule("hatch")
        self.hatch = styles.hatch if self._hatched else None

    def has_rule(self, rule: str) -> bool:
        return rule == "hatch" and self._hatched

    def key(self) -> tuple:
        return (self.gutter, self.border, self.outline, self.tint, self.text_opacity, self.hatch)


class LineView(ScrollView):
    """A ScrollView that a layout of the screen leaves alone when its own geometry did
    not change, and whose lines can be styled ahead of the frame that shows them.

    ``ScrollView._size_updated`` compares the virtual size the compositor passes (the
    view's region: a Line-API view has no children) with the view's own (all its
    lines); they never match, so every layout of the screen, for whatever widget,
    repainted this view's scrollbar, and that repaint came as a frame of its own after
    the layout's. Here the view's size, its own virtual size and its container's size
    are what count.

    Styling: Textual's ``StylesCache`` turns each content line into a screen line
    (background, padding, colour filters) again whenever the view repaints, about
    0.1-0.2 ms a line, the larger part of drawing a view whose lines are cached. A
    subclass draws through ``styled``, which gives the same screen line through the
    same Textual code, so that it can keep what it gives (and make it ahead, between
    keys) under a key that includes ``look``: what the styling depends on.
    """

    _geometry: tuple[Size, Size, Size] | None = None
    _looks: dict[tuple, int] | None = None
    look: int | None = None  # the look of the last repaint (None: not drawn yet)
    focused_look: int | None = None  # the look of the last repaint with the focus
    _look_args: dict[int, tuple]  # what ``styled`` needs, by look

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        geometry = (size, self.virtual_size, container_size)
        if geometry == self._geometry:
            return False
        self._geometry = geometry
        return super()._size_updated(size, virtual_size, container_size, layout)

    # -- styling -----------------------------------------------------------------
    def _current_look(self) -> int | None:
        """A number for what styling a line depends on now (sizes, padding, border,
        colours, filters, theme), the same number while none of it changes; None with
        an outline above or below, which Textual's own drawing handles."""
        styles = self.styles
        outline = styles.outline
        if outline.top[0] or outline.bottom[0]:
            return None
        base_bg, bg = self.background_colors
        app = self.app
        base = self.rich_style
        filters = tuple(self.get_line_filters())
        then = _StylesThen(styles)
        args = (
            then,
            self.region.size,
            self.content_region.size,
            styles.padding,
            base_bg,
            bg,
            self.opacity,
            app.ansi_theme,
            app.native_ansi_color,
            filters,
            base,
        )
        look = (*args[1:7], id(app.ansi_theme), app.native_ansi_color, filters, base, then.key())
        if self._looks is None:
            self._looks, self._look_args = {}, {}
        number = self._looks.setdefault(look, len(self._looks))
        self._look_args[number] = args
        if self.has_focus:
            self.focused_look = number
        return number

    def styled(self, content: Strip, look: int) -> Strip:
        """A content line as Textual's StylesCache makes it a line of this view on screen
        (its ``render_line`` and the app's line filters, as ``render_widget`` calls them),
        in ``look`` (one this view was drawn in)."""
        then, size, content_size, padding, base_bg, bg, opacity, theme, native, filters, _ = self._look_args[look]
        strip = self._styles_cache.render_line(
            then,
            then.gutter.top,
            size,
            content_size,
            padding,
            base_bg,
            bg,
            lambda _y: content,
            None,
            None,
            opacity,
            theme,
            native,
        )
        for line_filter in filters:
            strip = strip.apply_filter(line_filter, bg)
        return strip

    def look_style(self, look: int) -> Style:
        """The view's rich style in ``look``."""
        return self._look_args[look][-1]

    def render_lines(self, crop: Region) -> list[Strip]:
        look = self.look = self._current_look()
        if look is None:
            return super().render_lines(crop)
        gutter, width = self.styles.gutter, self.region.width
        first, last = gutter.top, self.region.height - gutter.bottom  # rows of content
        rows = crop.line_range
        inner = range(max(rows.start, first), min(rows.stop, last))
        # the border and padding rows above and below, as Textual draws them
        edge = [super(LineView, self).render_lines(Region(0, y, width, 1))[0] for y in rows if not first <= y < last]
        strips = self.styled_lines(range(inner.start - first, inner.stop - first), look) if inner else []
        if edge:
            above = sum(1 for y in rows if y < first)
            strips = edge[:above] + strips + edge[above:]
        x1, x2 = crop.column_span
        if (x1, x2) != (0, width):
            strips = [strip.crop(x1, x2) for strip in strips]
        return strips

    def styled_lines(self, rows: range, look: int) -> list[Strip]:
        """The view's content rows ``rows`` (0: the first below its border and padding)
        as on screen, through ``styled``; ``look`` as above."""
        raise NotImplementedError
