"""When the store fails under the browser (a damaged page reached while scrolling, the
file gone): a screen that says so in the user's words, instead of a traceback; quitting
from it exits with status 1, and the message is said again on stderr."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.db.store import explain
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static


class StoreTrouble(Screen[None]):
    """A whole screen (not a dialog: the timeline under it would read the store again)."""

    HELP_SECTION = "Damaged store"
    BINDINGS = [Binding("q,enter,escape", "leave", "Quit", tooltip="quit (the store failed: dateline check says how)")]
    DEFAULT_CSS = """
    StoreTrouble { align: center middle; }
    StoreTrouble > Static { width: 90%; max-width: 100; height: auto; border: round $error; padding: 1 2; }
    """

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        text = Text(self.message, "bold")
        text.append("\n\npress q to quit", "dim")
        yield Static(text, id="store-trouble")

    def action_leave(self) -> None:
        self.app.exit(return_code=1)  # the command line says the message again, on stderr


def store_failed(app, error: BaseException) -> bool:
    """Whether ``error`` is the store failing: then the browser says so (once) and goes
    on to the StoreTrouble screen; else the caller handles it as before."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    if isinstance(app.screen, StoreTrouble):
        return True
    try:
        path = Path(next(f for _, name, f in app.db.execute("PRAGMA database_list").fetchall() if name == "main"))
    except (sqlite3.Error, StopIteration):
        path = Path("the store")
    # kept for the command line, which says it on stderr and exits 1: an error in the app's
    # own messages ends the app before the screen can show
    app.store_trouble = explain(error, path)
    app.call_later(app.push_screen, StoreTrouble(app.store_trouble))
    return True
