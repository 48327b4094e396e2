"""The help screen: every key."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = [
    (
        "Timeline",
        [
            ("↓ / j", "next event"),
            ("↑ / k", "previous event"),
            ("PgDn / PgUp", "a page of events down / up"),
            ("Home / g", "first event"),
            ("End / G", "last event"),
            ("] / [", "next / previous day"),
            ("click", "select an event"),
        ],
    ),
    (
        "Find",
        [
            ("/", "search quotes (↑↓ pick, enter opens its event, escape goes back)"),
            ("ctrl+e", "in the search: export the events of the quotes found"),
            ("t", "go to a date (2024-09-26, 26 Sep, next thursday)"),
        ],
    ),
    (
        "Change",
        [
            ("n", "new event: a form; the date in words is resolved as you type"),
            ("E / enter", "edit the selected event (enter on the detail)"),
            ("x", "remove the selected event, after a confirmation"),
            ("u", "undo the last change (also after a restart)"),
            ("i", "review an article: FILE [--published WHEN] [--tz ZONE]"),
            ("a e d A", "in the review: accept, edit, drop, accept all waiting"),
        ],
    ),
    (
        "Screen",
        [
            ("tab", "focus timeline / detail (the detail scrolls with ↑↓)"),
            ("e", "export the timeline as Markdown to a file (says where)"),
            ("ctrl+p", "command palette: every action by name"),
            ("?", "this help"),
            ("q", "quit"),
        ],
    ),
]


def keys_table() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", justify="right")
    table.add_column()
    for section, rows in KEYS:
        table.add_row(f"[b u]{section}[/]", "")
        for key, what in rows:
            table.add_row(key, what)
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss(None)", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static("dateline — keys", id="help-title")
            yield Static(keys_table())
            yield Static("escape, q or ? closes this screen", id="help-close")
