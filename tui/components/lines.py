"""A base for the browser's Line-API views (timeline, detail)."""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .. import textual_private
from ..textual_private import StylesThen, keep_geometry, native_ansi, style_line


@keep_geometry
class LineView(ScrollView):
    """A ScrollView that a layout of the screen leaves alone when its own geometry did
    not change, and whose lines can be styled ahead of the frame that shows them.

    Styling: Textual's ``StylesCache`` turns each content line into a screen line
    (background, padding, colour filters) again whenever the view repaints, about
    0.1-0.2 ms a line, the larger part of drawing a view whose lines are cached. A
    subclass draws through ``styled``, which gives the same screen line through the
    same Textual code, so that it can keep what it gives (and make it ahead, between
    keys) under a key that includes ``look``: a number for what the styling depends on
    (sizes, border, colours, theme). Both lean on Textual internals, kept in
    tui/textual_private.py; when a Textual release changed them, the view draws through
    the public Line API instead (each subclass's ``render_line``).
    """

    _looks: dict[tuple, int] | None = None
    look: int | None = None  # the look of the last repaint (None: not drawn yet)
    focused_look: int | None = None  # the look of the last repaint with the focus
    _look_args: dict[int, tuple]  # what ``styled`` needs, by look

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
        then = StylesThen(styles)
        args = (
            then,
            self.region.size,
            self.content_region.size,
            styles.padding,
            base_bg,
            bg,
            self.opacity,
            app.ansi_theme,
            native_ansi(app),
            filters,
            base,
        )
        look = (*args[1:7], id(app.ansi_theme), args[8], filters, base, then.key())
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
        strip = style_line(self, then, size, content_size, padding, base_bg, bg, content, opacity, theme, native)
        for line_filter in filters:
            strip = strip.apply_filter(line_filter, bg)
        return strip

    def look_style(self, look: int) -> Style:
        """The view's rich style in ``look``."""
        return self._look_args[look][-1]

    def render_lines(self, crop: Region) -> list[Strip]:
        if not textual_private.STYLE_LINE_OK:
            return super().render_lines(crop)  # the public Line API: render_line
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
