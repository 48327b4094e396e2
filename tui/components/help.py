"""The help screen: every key."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
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
            ("ctrl+y", "in the search: copy the quote (text, speaker, date, outlet)"),
            ("t", "go to a date (2024-09-26, 26 Sep, next thursday)"),
        ],
    ),
    (
        "Pictures",
        [
            ("h", "histogram over time: +/- hour…year, ←/→ move, enter goes to a bar"),
            ("m", "map: +/- zoom, arrows pan, 0 fits, enter/click selects a mark's event"),
        ],
    ),
    (
        "Screen",
        [
            ("tab", "focus timeline / detail (the detail scrolls with ↑↓)"),
            ("e", "export: file name, range (screen, day, filter, all), format"),
            ("y", "copy the event (title, when, where, source)"),
            ("o", "open the source's link in the web browser"),
            ("p", "the whole source text, at the event's paragraph"),
            ("ctrl+p", "command palette: every action by name"),
            ("?", "this help"),
            ("q", "quit"),
        ],
    ),
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
    for section, rows in KEYS:
        table.add_row(f"[b u]{section}[/]", "")
        for key, what in rows:
            table.add_row(key, what)
        table.add_row("", "")
    table.add_row("[b u]Marks[/]", "")
    for mark, what in mark_rows():
        table.add_row(mark, what)
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss(None)", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static("dateline — keys", id="help-title")
            yield Static(keys_table())
            yield Static("escape, q or ? closes this screen", id="help-close")
