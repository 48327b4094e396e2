"""The help screen: every key."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keys import sections

# Rows no binding declares (the mouse, Textual's own keys). Every key that is a Binding
# with a description is listed from the bindings (see tui/keys.py); a row here whose key a
# binding has already is left out.
KEYS = [
    ("Timeline", [("click", "select an event")]),
    ("Screen", [("ctrl+p", "command palette: every action by name")]),
]


def keys_table() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", justify="right")
    table.add_column()
    for section, rows in sections(KEYS):
        table.add_row(Text(section, style="bold underline"), "")
        for key, what in rows:
            table.add_row(Text(key), Text(what))
        table.add_row("", "")
    return table


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
            yield Static(keys_table())
