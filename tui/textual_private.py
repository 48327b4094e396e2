"""The Textual internals dateline relies on: all of them, here, each checked and each
with a public fallback.

Two things the public API does not give fast enough, on a key that has to be drawn
within one frame:

``ScrollView._size_updated`` (``keep_geometry``). Every layout of the screen, for
whatever widget, hands a Line-API view its region as its "virtual size" and the view
compares it with its own (all its lines); they never match, so the view repainted its
scrollbar, as a frame of its own after the layout's. Overridden here, the view's size,
its own virtual size and its container's size are what count. Fallback: Textual's own
method (an extra frame now and then; nothing drawn wrong).

``StylesCache.render_line`` (``style_line``). Textual turns each content line into a
screen line (background, padding, border, colour filters) again on every repaint,
0.1-0.2 ms a line. Called here with the view's styles as they were (``StylesThen``), a
view can keep its lines styled and style them ahead, between keys. Fallback: the
public Line API (``render_line`` of each view, its content lines cached), styled by
Textual on each repaint: slower repaints, the same screen.

``problems()`` says which of them a Textual release changed; tests/test_textual_private.py
fails naming it. When one changed, dateline uses its fallback and stays correct.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable
from typing import Any

from textual.color import Color
from textual.geometry import Size, Spacing
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

_RENDER_LINE_PATH = "textual._styles_cache.StylesCache.render_line"
_RENDER_LINE = (
    "styles",
    "y",
    "size",
    "content_size",
    "padding",
    "base_background",
    "background",
    "render_content_line",
    "border_title",
    "border_subtitle",
    "opacity",
    "ansi_theme",
)
# the parameters each internal may take, in this order (after self): one of these
EXPECTED: dict[str, tuple[tuple[str, ...], ...]] = {
    "textual.scroll_view.ScrollView._size_updated": (("size", "virtual_size", "container_size", "layout"),),
    # Textual 8.2.0 has no native_ansi yet; a later 8.2 release added it
    "textual._styles_cache.StylesCache.render_line": (_RENDER_LINE, (*_RENDER_LINE, "native_ansi")),
}
# what StylesCache.render_line reads of the styles it is given (StylesThen has these)
STYLES_READ = (
    "gutter",
    "border",
    "outline",
    "tint",
    "text_opacity",
    "hatch",
    "border_title_align",
    "border_subtitle_align",
)


def _find(path: str) -> Any:
    """The object at a dotted path: the longest importable module, then attributes."""
    parts = path.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            obj = getattr(obj, name)
        return obj
    raise ImportError(path)


def problems() -> dict[str, str]:
    """Each internal that is not as dateline uses it, with what differs."""
    found = {}
    for path, params in EXPECTED.items():
        try:
            func = _find(path)
        except (AttributeError, ImportError) as exc:
            found[path] = f"not found ({exc})"
            continue
        names = tuple(list(inspect.signature(func).parameters)[1:])
        if names not in params:
            found[path] = f"takes {names}, dateline passes one of {params}"
    try:
        from textual._styles_cache import StylesCache

        source = _source_of(StylesCache.render_line)
    except (ImportError, AttributeError, OSError, TypeError):
        source = ""
    read = set(_styles_read(source))
    if source and not read <= set(STYLES_READ) | {"has_rule"}:
        found["textual._styles_cache.StylesCache.render_line"] = (
            f"reads styles.{sorted(read - set(STYLES_READ) - {'has_rule'})} that StylesThen does not keep"
        )
    return found


def _source_of(func: Any) -> str:
    """The source of ``func``: its lines from its first to the last that has code. What
    ``inspect.getsource`` gives, without tokenizing the file (~10 ms of every start)."""
    import linecache

    code = func.__code__
    last = max(line for _, _, line in code.co_lines() if line is not None)
    return "".join(linecache.getlines(code.co_filename)[code.co_firstlineno - 1 : last])


def _styles_read(source: str) -> list[str]:
    return re.findall(r"\bstyles\.(\w+)", source)


_PROBLEMS = problems()
SIZE_UPDATED_OK = "textual.scroll_view.ScrollView._size_updated" not in _PROBLEMS
STYLE_LINE_OK = "textual._styles_cache.StylesCache.render_line" not in _PROBLEMS
_NATIVE_ANSI = STYLE_LINE_OK and "native_ansi" in inspect.signature(_find(_RENDER_LINE_PATH)).parameters


def native_ansi(app: Any) -> bool:
    """The app's ``native_ansi_color`` (a later 8.2 release added it; render_line takes it then)."""
    return bool(getattr(app, "native_ansi_color", False))


def keep_geometry(cls: type[ScrollView]) -> type[ScrollView]:
    """A class decorator: the view repaints on a layout only when its own geometry
    changed (see the module's docstring). Leaves ``cls`` as it is when Textual's
    method is not as expected."""
    if not SIZE_UPDATED_OK:
        return cls

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        geometry = (size, self.virtual_size, container_size)
        if geometry == self.__dict__.get("_kept_geometry"):
            return False
        self._kept_geometry = geometry
        return super(cls, self)._size_updated(size, virtual_size, container_size, layout)

    cls._size_updated = _size_updated  # type: ignore[method-assign]
    return cls


class StylesThen:
    """What ``StylesCache.render_line`` reads of a widget's styles for a row of content,
    as it was when a view's look was taken (a focused view's border colour, say, while
    the view has lost the focus to a dialog)."""

    __slots__ = (*STYLES_READ, "_hatched")

    def __init__(self, styles: Any) -> None:
        self.gutter, self.border, self.outline = styles.gutter, styles.border, styles.outline
        self.tint, self.text_opacity = styles.tint, styles.text_opacity
        self.border_title_align, self.border_subtitle_align = styles.border_title_align, styles.border_subtitle_align
        self._hatched = styles.has_rule("hatch")
        self.hatch = styles.hatch if self._hatched else None

    def has_rule(self, rule: str) -> bool:
        return rule == "hatch" and self._hatched

    def key(self) -> tuple:
        return tuple(getattr(self, name) for name in STYLES_READ)


def style_line(
    widget: Widget,
    then: StylesThen,
    size: Size,
    content_size: Size,
    padding: Spacing,
    base_background: Color,
    background: Color,
    content: Strip,
    opacity: float,
    ansi_theme: Any,
    native_ansi: bool,
) -> Strip:
    """A content line as Textual's StylesCache makes it a line of ``widget`` on screen
    (before the app's line filters). Only when ``STYLE_LINE_OK``."""
    render_line: Callable[..., Strip] = widget._styles_cache.render_line
    args = [
        then,
        then.gutter.top,
        size,
        content_size,
        padding,
        base_background,
        background,
        lambda _y: content,
        None,
        None,
        opacity,
        ansi_theme,
    ]
    if _NATIVE_ANSI:
        args.append(native_ansi)
    return render_line(*args)
