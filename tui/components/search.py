"""Quote search: a field, and results that follow what is typed."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from dateline.db import find, queries
from dateline.db.filters import keep_hits
from dateline.db.find import Hit
from dateline.db.queries import HIGHLIGHT, QuoteHit
from dateline.db.reader import Readable
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
# a search interrupted while it is the newest runs again, for up to this long: SQLite's interrupt
# holds until no query runs, so while older searches' threads are still ending (a burst of keys
# on a loaded machine) a fixed count of quick retries could all fall on it, and the box showed no
# result for its text at all
RETRY_SECONDS = 2.0


MATCH_STYLE = "bold black on yellow"


def _speaker(hit: QuoteHit | Hit, typed: str) -> Text:
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


def _marked(text: Text, marked_text: str, style: str) -> None:
    """Append ``marked_text`` (cut around its first match when long) with its
    HIGHLIGHT-marked words highlighted."""
    highlighted = False
    # cleaned whole, then cut at the marks: a part cleaned alone would lose the space
    # between two matched words ("said shot" read "saidshot")
    marked = clean(_around_match(marked_text), one_line=True).replace(HIGHLIGHT[1], HIGHLIGHT[0])
    for part in marked.split(HIGHLIGHT[0]):
        text.append(part, MATCH_STYLE if highlighted else style)
        highlighted = not highlighted


KIND_STYLES = {"quote": "bold yellow", "event": "bold green", "note": "bold magenta"}


def any_hit_text(hit: Hit, typed: str = "") -> Text:
    """A search result of any kind, marked with what matched (quote, event, note)."""
    if hit.kind == "quote":
        return hit_text(hit, typed, kind=True)
    text = Text()
    if hit.kind == "event":
        _marked(text, hit.event_title, "bold")
        text.append("\n   ")
        text.append("event", KIND_STYLES["event"])
        text.append(f" · {hit.start[:10]}", "dim")
        if hit.text:
            text.append(" · ", "dim")
            _marked(text, hit.text, "dim")
    else:
        _marked(text, hit.text, "")
        text.append("\n   ")
        text.append("note", KIND_STYLES["note"])
        text.append(f" · {hit.start[:10]} · {clean(hit.event_title, one_line=True)}", "dim")
    text.truncate(4000)
    return text


def hit_text(hit: QuoteHit | Hit, typed: str = "", kind: bool = False) -> Text:
    """The quote with its matched words highlighted, then who said it and when."""
    text = Text("“", style="italic")
    _marked(text, hit.text, "italic")
    text.append("”\n", style="italic")
    if kind:
        text.append("   quote", KIND_STYLES["quote"])
        text.append(" — ", "yellow")
    else:
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
        Binding("down", "move(1)", "Next result", show=False, tooltip="next result found"),
        Binding("up", "move(-1)", "Prev result", show=False, tooltip="previous result found"),
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

    def __init__(
        self,
        path: str,
        select: Callable[[str], object] | None = None,
        where: Callable[[], tuple[str, list] | None] | None = None,
    ) -> None:
        """``select`` is called with the chosen event's id before the search closes, so
        that the screen below comes back already showing it, in one frame. ``where``
        gives the timeline's filter (its SQL condition): results are of the events it keeps."""
        super().__init__()
        self.path = path
        self._select = select
        self._where = where
        self._conn: sqlite3.Connection | None = None
        self._db: Readable | None = None
        self._hits: list[Hit] = []  # what the results list shows, in its order

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Label(
                'Search quotes, events and notes  (words must all match; "a phrase"; word* for a prefix)',
                id="search-title",
            )
            yield Input(placeholder="who said what…", id="search-input")
            yield Label("Type to search every quote, event and note in the store.", id="search-status")
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

    def _more(self, hits: list[Hit]) -> bool:
        """Whether a kind of result (quotes, events, notes) filled its ``_limit``: there may be more."""
        return any(sum(h.kind == k for h in hits) >= self._limit for k in find.KINDS)

    @on(OptionList.OptionHighlighted)
    def _near_the_end(self, event: OptionList.OptionHighlighted) -> None:
        """The list goes past LIMIT as you scroll: near its end, the next LIMIT of each kind are read."""
        hits = getattr(self, "_hits", [])
        if self._more(hits) and event.option_index >= len(hits) - 3:
            self._limit += LIMIT
            self.run_search(self.query_one(Input).value, hits[event.option_index])

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, text: str, keep: Hit | None = None) -> None:
        worker = get_current_worker()
        where = self._where() if self._where is not None else None
        give_up = time.monotonic() + RETRY_SECONDS
        while True:
            try:
                hits = find.search(self._db, text, limit=self._limit, prefix_last=True)
                if where is not None:
                    hits = keep_hits(self._db, hits, where)
                break
            except sqlite3.OperationalError:  # interrupted by a newer keystroke: this search is stale
                if worker.is_cancelled or time.monotonic() > give_up:
                    return
                # else the newest: SQLite's interrupt, meant for an older search's query still
                # running, fell on this one too (it holds until no query runs): again, once they end
                time.sleep(0.01)
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show_hits, text, hits, keep)

    def show_hits(self, text: str, hits: list[Hit], keep: Hit | None = None) -> None:
        """Show ``hits``; ``keep``: the result highlighted before more were read, which
        stays highlighted (quotes come before notes and events, so more quotes are not
        added at the end: the list is made again)."""
        results = self.query_one(OptionList)
        if text != self.query_one(Input).value:
            # an older search's: its worker was cancelled after it last looked, as the
            # keys that followed came (seen in a terminal: "[/" showed what "near" found)
            return
        if keep is not None and hits == self._hits:
            return
        results.clear_options()
        results.add_options(Option(any_hit_text(h, text), id=f"{i}") for i, h in enumerate(hits))
        self._hits = hits
        self._say_count(text, hits)
        if hits:
            results.highlighted = hits.index(keep) if keep is not None and keep in hits else 0

    def _say_count(self, text: str, hits: list[Hit]) -> None:
        status = self.query_one("#search-status", Label)
        if not text.strip():
            status.update("Type to search every quote, event and note in the store.")
        elif not hits:
            status.update(Text(f"No quote, event or note matches “{clean(text, one_line=True)}”."))
        else:
            status.update(self._found_note())

    def _found_note(self) -> str:
        hits = self._hits
        counts = {k: sum(h.kind == k for h in hits) for k in find.KINDS}
        found = ", ".join(
            f"{n}{'+' if n >= self._limit else ''} {k}{'s' if n != 1 else ''}" for k, n in counts.items() if n
        )
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
        """Copy the highlighted quote (text, speaker, date, outlet) to the clipboard; an
        event or a note found: its event (title, when, where, source)."""
        from .source import event_clip, quote_clip

        results = self.query_one(OptionList)
        if results.highlighted is None or not self._hits or self._db is None:
            return
        hit = self._hits[results.highlighted]
        rec = queries.event_detail(self._db, hit.event_id)
        if hit.kind == "quote":
            self.app.copy_to_clipboard(quote_clip(hit, rec))
            self.notify("Copied the quote", timeout=3)
        elif rec is not None:
            self.app.copy_to_clipboard(event_clip(rec))
            self.notify("Copied the event", timeout=3)

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
