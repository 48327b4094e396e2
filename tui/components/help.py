"""The help screen: every key."""

from __future__ import annotations

from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from ..keys import sections

# Rows no binding declares (the mouse, Textual's own keys). Every key that is a Binding
# with a description is listed from the bindings (see tui/keys.py); a row here whose key a
# binding has already is left out.
KEYS = [
    ("Timeline", [("click", "select an event")]),
    ("Screen", [("ctrl+p", "command palette: every action by name")]),
]


def mark_rows() -> list[tuple[Text, str]]:
    """What every mark on the screen means: the kinds' marks on the rows, the status
    words, and the header's strip of days."""
    from .rows import KIND_MARKS, STATUS_STYLES

    kinds: dict[str, list[str]] = {}
    for kind, mark in KIND_MARKS.items():
        kinds.setdefault(mark, []).append(kind)
    rows = [(Text(mark, style="bold red"), ", ".join(names)) for mark, names in kinds.items()]
    rows.append((Text("•", style="bold red"), "any other kind"))
    rows.append((Text("○ planned", style="italic magenta"), "planned: not happened yet"))
    for status, style in STATUS_STYLES.items():
        if status != "planned":
            rows.append((Text(status, style=style), f"{STATUS_WORDS[status]} (the detail says by whom)"))
    rows.append((Text("no word", style="dim"), "reported as having happened"))
    rows.append((Text("night", style="cyan"), "the time column: a time, or the part of the day the source gives"))
    rows.append((Text("▁▃▇", style="cyan"), "the header's strip: events per day, first day to last"))
    rows.append((Text("▇", style="bold yellow reverse"), "the selected event's day in that strip"))
    return rows


STATUS_WORDS = {
    "claimed": "claimed: one side's account, not confirmed",
    "disputed": "disputed: accounts differ",
}


def keys_table() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", justify="right")
    table.add_column()
    for section, rows in sections(KEYS):
        table.add_row(Text(section, style="bold underline"), "")
        for key, what in rows:
            table.add_row(Text(key), Text(what))
        table.add_row("", "")
    table.add_row("[b u]Marks[/]", "")
    for mark, what in mark_rows():
        table.add_row(mark, what)
    return table


class KeysTable(Widget):
    """The keys table, laid out once per width and kept: the bindings do not change while
    the app runs, and laying out a table of some 120 rows each time ``?`` was pressed took
    a third of a second."""

    DEFAULT_CSS = "KeysTable { height: auto; }"
    _laid_out: dict[int, list[Strip]] = {}

    def lines(self, width: int) -> list[Strip]:
        found = self._laid_out.get(width)
        if found is None:
            console = self.app.console
            rendered = console.render(keys_table(), console.options.update_width(width))
            found = [
                Strip(line, width)
                for line in Segment.split_and_crop_lines(rendered, width, pad=True, include_new_lines=False)
            ]
            self._laid_out[width] = found
        return found

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render_line(self, y: int) -> Strip:
        lines = self.lines(self.size.width)
        return lines[y].apply_style(self.rich_style) if y < len(lines) else Strip.blank(self.size.width)


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen {
        align: center top;
        background: $background 60%;
    }
    #help-box {
        width: 92;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        margin-top: 2;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    #help-title {
        text-style: bold;
        margin: 0 0 1 1;
    }
    """
    HELP_SECTION = "Help"
    BINDINGS = [Binding("escape,q,question_mark", "dismiss(None)", "Close", tooltip="close this screen")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static("dateline — keys", id="help-title")
            yield KeysTable()
