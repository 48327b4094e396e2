"""Quote search: a field, and results that follow what is typed."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

import sqlite_utils
from dateline.db import queries
from dateline.db.queries import HIGHLIGHT, QuoteHit
from dateline.db.text import clean
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from .dialog import KeptDialog

if TYPE_CHECKING:
    from ..app import DatelineApp

LIMIT = 50


MATCH_STYLE = "bold black on yellow"


def _speaker(hit: QuoteHit, typed: str) -> Text:
    """The speaker, with the words the search matched in the name highlighted."""
    name = Text(clean(hit.speaker, one_line=True) or "unknown speaker", "yellow")
    words = [w.casefold() for w in re.findall(r"\w+", typed)]
    if words and hit.speaker:
        for m in re.finditer(r"\w+", name.plain):
            if any(m.group().casefold().startswith(w) for w in words):
                name.stylize(MATCH_STYLE, m.start(), m.end())
    return name


QUOTE_SHOWN = 1200  # characters of a long quote a result shows, from a little before its first match


def _around_match(text: str) -> str:
    """A long quote cut to the part around its first match (a quote of megabytes, laid
    out whole, would hold every keystroke of the search)."""
    if len(text) <= QUOTE_SHOWN:
        return text
    first = max(text.find(HIGHLIGHT[0]) - 100, 0)
    part = text[first : first + QUOTE_SHOWN]
    return ("…" if first else "") + part + "…"


def hit_text(hit: QuoteHit, typed: str = "") -> Text:
    """The quote with its matched words highlighted, then who said it and when."""
    text = Text("“", style="italic")
    highlighted = False
    # cleaned whole, then cut at the marks: a part cleaned alone would lose the space
    # between two matched words ("said shot" read "saidshot")
    marked = clean(_around_match(hit.text), one_line=True).replace(HIGHLIGHT[1], HIGHLIGHT[0])
    for part in marked.split(HIGHLIGHT[0]):
        text.append(part, MATCH_STYLE if highlighted else "italic")
        highlighted = not highlighted
    text.append("”\n", style="italic")
    text.append("   — ", "yellow")
    text.append_text(_speaker(hit, typed))
    text.append(f" · {hit.start[:10]} · {clean(hit.event_title[:300], one_line=True)}", "dim")
    return text


class QuoteSearch(KeptDialog[str | None]):
    """Dismisses with the event id of the chosen quote, or None."""

    DEFAULT_CSS = """
    QuoteSearch {
        align: center top;
        background: $background 60%;
    }
    #search-box {
        width: 90%;
        max-width: 120;
        height: 80%;
        margin-top: 2;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    #search-results {
        height: 1fr;
    }
    #search-status {
        color: $text-muted;
        margin: 0 0 1 1;
    }
    #search-title {
        text-style: bold;
        margin: 0 0 1 1;
    }
    """
    HELP_SECTION = "Search"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close", tooltip="back to the timeline"),
        Binding("down", "move(1)", "Next result", show=False, tooltip="next quote found"),
        Binding("up", "move(-1)", "Prev result", show=False, tooltip="previous quote found"),
        Binding("pagedown", "move(10)", show=False),
        Binding("pageup", "move(-10)", show=False),
        Binding(
            "ctrl+e",
            "export",
            "Export these",
            show=False,
            priority=True,
            tooltip="export the events of the quotes found",
        ),
        Binding(
            "ctrl+y",
            "copy",
            "Copy quote",
            show=False,
            priority=True,
            tooltip="copy the highlighted quote (text, speaker, date, outlet)",
        ),
    ]

    def __init__(self, path: str, select: Callable[[str], object] | None = None) -> None:
        """``select`` is called with the chosen event's id before the search closes, so
        that the screen below comes back already showing it, in one frame."""
        super().__init__()
        self.path = path
        self._select = select
        self._conn: sqlite3.Connection | None = None
        self._db: sqlite_utils.Database | None = None
        self._hits: list[QuoteHit] = []  # what the results list shows, in its order

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Label('Search quotes  (words must all match; "a phrase"; word* for a prefix)', id="search-title")
            yield Input(placeholder="who said what…", id="search-input")
            yield Label("Type to search every quote in the store.", id="search-status")
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        from dateline.db.store import open_store

        # its own connection, so a stale query can be interrupted from here
        self._db = db = open_store(self.path)
        self._conn = db.conn
        self.query_one(Input).focus()
        self.screen_layout_refresh_signal.subscribe(self, self._laid_out)

    def reset(self) -> None:
        """Empty again, as when first shown (the app keeps one QuoteSearch, see
        ``GoToDate.reset``)."""
        self.query_one(Input).value = ""  # the search that follows shows no result
        self.query_one(OptionList).clear_options()
        self._hits = []
        self.query_one(Input).focus()

    def on_unmount(self) -> None:
        if self._conn is not None:
            self._conn.interrupt()

    _limit = LIMIT  # results asked for: LIMIT more each time the list is scrolled to its end

    @on(Input.Changed)
    def search(self, event: Input.Changed) -> None:
        if self._conn is not None:
            self._conn.interrupt()  # the query still running is stale now
        self._limit = LIMIT
        self.run_search(event.value)

    @on(OptionList.OptionHighlighted)
    def _near_the_end(self, event: OptionList.OptionHighlighted) -> None:
        """The list goes past LIMIT as you scroll: near its end, the next LIMIT are read."""
        count = len(getattr(self, "_hits", []))
        if count >= self._limit and event.option_index >= count - 3:
            self._limit += LIMIT
            self.run_search(self.query_one(Input).value, event.option_index)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, text: str, keep: int | None = None) -> None:
        worker = get_current_worker()
        try:
            hits = queries.search_quotes(self._db, text, limit=self._limit, prefix_last=True)
        except sqlite3.OperationalError:  # interrupted by a newer keystroke
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show_hits, text, hits, keep)

    def show_hits(self, text: str, hits: list[QuoteHit], keep: int | None = None) -> None:
        results = self.query_one(OptionList)
        if keep is not None and len(hits) > len(getattr(self, "_hits", [])):  # more of the same list
            results.add_options(
                Option(hit_text(h, text), id=f"{i}") for i, h in enumerate(hits) if i >= len(self._hits)
            )
            self._hits = hits
            self._say_count(text, hits)
            return
        results.clear_options()
        results.add_options(Option(hit_text(h, text), id=f"{i}") for i, h in enumerate(hits))
        self._hits = hits
        self._say_count(text, hits)
        if hits:
            results.highlighted = 0

    def _say_count(self, text: str, hits: list[QuoteHit]) -> None:
        status = self.query_one("#search-status", Label)
        if not text.strip():
            status.update("Type to search every quote in the store.")
        elif not hits:
            status.update(Text(f"No quote matches “{clean(text, one_line=True)}”."))
        else:
            status.update(self._found_note())

    def _found_note(self) -> str:
        hits = self._hits
        more = "+" if len(hits) == self._limit else ""
        found = f"{len(hits)}{more} quote{'s' if len(hits) != 1 else ''}"
        if self.query_one(OptionList).scrollable_content_region.height < 1:
            return f"{found} found — make the terminal larger to see them"
        return f"{found} — ↑↓ to choose, enter to open, ctrl+y to copy, ctrl+e to export their events"

    def _laid_out(self, _screen) -> None:
        """Laid out again (a resize): the note on the room for results follows."""
        if self._hits:
            note = self._found_note()
            status = self.query_one("#search-status", Label)
            if str(status.render()) != note:
                status.update(note)

    def action_move(self, step: int) -> None:
        results = self.query_one(OptionList)
        if results.option_count:
            current = results.highlighted or 0
            results.highlighted = min(max(current + step, 0), results.option_count - 1)

    def action_export(self) -> None:
        """Export the events of the quotes found (as typed: the last word a prefix)."""
        text = self.query_one(Input).value
        if not self._hits:
            self.notify("Nothing to export: no quote found yet.", severity="warning")
            return
        app = cast("DatelineApp", self.app)
        app.export_markdown(text if text.endswith((" ", '"')) else text + "*")

    def action_copy(self) -> None:
        """Copy the highlighted quote (text, speaker, date, outlet) to the clipboard."""
        from .source import quote_clip

        results = self.query_one(OptionList)
        if results.highlighted is None or not self._hits:
            return
        hit = self._hits[results.highlighted]
        self.app.copy_to_clipboard(quote_clip(hit, queries.event_detail(self._db, hit.event_id)))
        self.notify("Copied the quote", timeout=3)

    @on(Input.Submitted)
    def choose_highlighted(self) -> None:
        results = self.query_one(OptionList)
        if results.highlighted is not None and self._hits:
            self._choose(self._hits[results.highlighted].event_id)

    @on(OptionList.OptionSelected)
    def choose(self, event: OptionList.OptionSelected) -> None:
        self._choose(self._hits[event.option_index].event_id)

    def _choose(self, event_id: str) -> None:
        if self._select is not None:
            self._select(event_id)
        self.dismiss(event_id)
