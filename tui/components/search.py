"""Quote search: a field, and results that follow what is typed."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from dateline.db import queries
from dateline.db.queries import HIGHLIGHT, QuoteHit
from dateline.db.text import clean
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

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


class QuoteSearch(ModalScreen[str | None]):
    """Dismisses with the event id of the chosen quote, or None."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close"),
        Binding("down", "move(1)", "Next result", show=False),
        Binding("up", "move(-1)", "Prev result", show=False),
        Binding("pagedown", "move(10)", show=False),
        Binding("pageup", "move(-10)", show=False),
        Binding("ctrl+e", "export", "Export these", show=False, priority=True),
    ]

    def __init__(self, path: str, select: Callable[[str], object] | None = None) -> None:
        """``select`` is called with the chosen event's id before the search closes, so
        that the screen below comes back already showing it, in one frame."""
        super().__init__()
        self.path = path
        self._select = select
        self._conn: sqlite3.Connection | None = None
        self._db = None

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Label('Search quotes  (words must all match; "a phrase"; word* for a prefix)', id="search-title")
            yield Input(placeholder="who said what…", id="search-input")
            yield Label("Type to search every quote in the store.", id="search-status")
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        from dateline.db.store import open_store

        # its own connection, so a stale query can be interrupted from here
        self._db = open_store(self.path)
        self._conn = self._db.conn
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

    @on(Input.Changed)
    def search(self, event: Input.Changed) -> None:
        if self._conn is not None:
            self._conn.interrupt()  # the query still running is stale now
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, text: str) -> None:
        worker = get_current_worker()
        try:
            hits = queries.search_quotes(self._db, text, limit=LIMIT, prefix_last=True)
        except sqlite3.OperationalError:  # interrupted by a newer keystroke
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show_hits, text, hits)

    def show_hits(self, text: str, hits: list[QuoteHit]) -> None:
        results = self.query_one(OptionList)
        results.clear_options()
        results.add_options(Option(hit_text(h, text), id=f"{i}") for i, h in enumerate(hits))
        self._hits = hits
        status = self.query_one("#search-status", Label)
        if not text.strip():
            status.update("Type to search every quote in the store.")
        elif not hits:
            status.update(Text(f"No quote matches “{clean(text, one_line=True)}”."))
        else:
            status.update(self._found_note())
        if hits:
            results.highlighted = 0

    def _found_note(self) -> str:
        hits = self._hits
        more = "+" if len(hits) == LIMIT else ""
        found = f"{len(hits)}{more} quote{'s' if len(hits) != 1 else ''}"
        if self.query_one(OptionList).scrollable_content_region.height < 1:
            return f"{found} found — make the terminal larger to see them"
        return f"{found} — ↑↓ to choose, enter to open, ctrl+e to export their events"

    def _laid_out(self, _screen) -> None:
        """Laid out again (a resize): the note on the room for results follows."""
        if getattr(self, "_hits", None):
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
        if not getattr(self, "_hits", None):
            self.notify("Nothing to export: no quote found yet.", severity="warning")
            return
        self.app.export_markdown(text if text.endswith((" ", '"')) else text + "*")

    @on(Input.Submitted)
    def choose_highlighted(self) -> None:
        results = self.query_one(OptionList)
        if results.highlighted is not None and getattr(self, "_hits", None):
            self._choose(self._hits[results.highlighted].event_id)

    @on(OptionList.OptionSelected)
    def choose(self, event: OptionList.OptionSelected) -> None:
        self._choose(self._hits[int(event.option.id)].event_id)

    def _choose(self, event_id: str) -> None:
        if self._select is not None:
            self._select(event_id)
        self.dismiss(event_id)
