"""A base for the browser's Line-API views (timeline, detail)."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


class LineView(ScrollView):
    """A ScrollView that a layout of the screen leaves alone when its own geometry did
    not change.

    ``ScrollView._size_updated`` compares the virtual size the compositor passes (the
    view's region: a Line-API view has no children) with the view's own (all its
    lines); they never match, so every layout of the screen, for whatever widget,
    repainted this view's scrollbar, and that repaint came as a frame of its own after
    the layout's. Here the view's size, its own virtual size and its container's size
    are what count.
    """

    _geometry: tuple[Size, Size, Size] | None = None

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        geometry = (size, self.virtual_size, container_size)
        if geometry == self._geometry:
            return False
        self._geometry = geometry
        return super()._size_updated(size, virtual_size, container_size, layout)
