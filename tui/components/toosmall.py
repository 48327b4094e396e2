"""Below a size where the timeline or the detail can show no line, the browser says
"make the terminal larger" instead of empty panes; q still quits."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static

MIN_COLUMNS = 12  # of text in a pane


class TooSmall(ModalScreen[None]):
    HELP_SECTION = "Terminal too small"
    BINDINGS = [Binding("q", "app.quit", "Quit", tooltip="quit (make the terminal larger to see the timeline)")]
    DEFAULT_CSS = """
    TooSmall { align: center middle; background: $background; }
    TooSmall > Static { width: 100%; height: auto; text-align: center; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="too-small")

    def on_mount(self) -> None:
        self._say()

    def on_resize(self) -> None:
        self._say()

    def _say(self) -> None:
        w, h = self.app.size
        self.query_one(Static).update(f"make the terminal larger\n({w}×{h} now) · q quits")


def panes_fit(app) -> bool:
    """Whether every pane of the main screen shows at least a line."""
    from .detail import DetailPane

    panes = [app.timeline_view, app.query_one(DetailPane)]
    if any(not p.region.area for p in panes):
        return True  # not laid out yet: its layout will tell
    return all(
        p.scrollable_content_region.height >= 1 and p.scrollable_content_region.width >= MIN_COLUMNS for p in panes
    )


def watch_size(app) -> None:
    """From now on, cover the main screen with ``TooSmall`` whenever it is laid out with a
    pane that has no room for a line; a resize takes the cover away and looks again."""
    main = app.screen

    def laid_out(_screen) -> None:
        if app.screen is main and not panes_fit(app):
            app.call_later(_cover, app)

    main.screen_layout_refresh_signal.subscribe(app, laid_out)
    app.call_after_refresh(laid_out, main)  # a layout that came before this


def _cover(app) -> None:
    if not isinstance(app.screen, TooSmall) and not panes_fit(app):
        app.push_screen(TooSmall())


def resized(app) -> None:
    """On a resize: away with the cover; the main screen, laid out at the new size, says
    whether it is still too small."""
    if isinstance(app.screen, TooSmall):
        app.pop_screen()
