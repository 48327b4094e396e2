"""The reporter's keys on an event: `y` copies it, `o` opens its source's link, `p`
shows the whole source text scrolled to its paragraph."""

from __future__ import annotations

import webbrowser
from typing import TYPE_CHECKING

from dateline.db import sources
from dateline.db.find import Hit
from dateline.db.formats.markdown import when_words
from dateline.db.places import places
from dateline.db.queries import QuoteHit
from dateline.db.text import clean
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

if TYPE_CHECKING:
    from ..app import DatelineApp


def _published(rec: dict) -> str:
    value = rec.get("published") or ""
    return value[:10]


def event_clip(rec: dict) -> str:
    """An event as plain text for the clipboard: title, when, where, source."""
    status = rec.get("status")
    title = clean(rec["title"], one_line=True)
    if status in ("claimed", "disputed"):
        who = clean(rec.get("claimed_by"), one_line=True)
        title = f"{'Claim' if status == 'claimed' else 'Disputed'}{f' ({who})' if who else ''}: {title}"
    elif status == "planned":
        title = f"Planned: {title}"
    lines = [title]
    written = clean(rec.get("date_text"), one_line=True)
    when = when_words(rec)
    lines.append(f"When: “{written}”, {when}" if written else f"When: {when}")
    where = places(rec)
    if where:
        lines.append(f"Where: {where}")
    outlet = rec.get("publisher") or rec.get("source")
    source = ", ".join(
        clean(x, one_line=True) for x in (outlet, _published(rec), rec.get("link") or rec.get("url")) if x
    )
    if source:
        lines.append(f"Source: {source}")
    return "\n".join(lines)


def quote_clip(hit: QuoteHit | Hit, rec: dict | None) -> str:
    """A quote as plain text for the clipboard: its words, who said it, when, the outlet."""
    who = ", ".join(clean(x, one_line=True) for x in (hit.speaker, hit.role) if x) or "unknown speaker"
    outlet = (rec or {}).get("publisher") or (rec or {}).get("source")
    tail = ", ".join(x for x in (hit.start[:10], clean(outlet, one_line=True) if outlet else "") if x)
    return f"“{clean(hit.plain)}” — {who} ({tail})"


def copy_event(app: DatelineApp) -> None:
    event_id = app.timeline_view.selected_id
    rec = app._load_detail(event_id) if event_id else None
    if rec is None:
        return
    rec["tz"] = rec.get("tz")
    app.copy_to_clipboard(event_clip(rec))
    app.notify("Copied the event", timeout=3)


def open_link(app: DatelineApp) -> None:
    event_id = app.timeline_view.selected_id
    rec = app._load_detail(event_id) if event_id else None
    if rec is None:
        return
    link = sources.http_link(rec.get("link")) or sources.http_link(rec.get("url"))
    if link is None:
        app.notify("This event's source has no web link", severity="warning", timeout=4)
        return
    webbrowser.open(link)
    app.notify(f"Opened {link}", timeout=4, markup=False)


def show_source(app: DatelineApp) -> None:
    event_id = app.timeline_view.selected_id
    found = sources.source_text(app.db, event_id) if event_id else None
    if found is None:
        app.notify("The store keeps no text of this event's source", severity="warning", timeout=4)
        return
    app.push_screen(SourceText(*found))


class SourceText(ModalScreen[None]):
    """The whole source text, the event's paragraph marked and scrolled to."""

    DEFAULT_CSS = """
    SourceText { align: center top; background: $background 60%; }
    #source-box {
        width: 100; max-width: 98%; height: 90%; margin-top: 1;
        border: round $accent; background: $surface; padding: 0 1;
    }
    #source-title { text-style: bold; margin: 0 0 1 0; }
    .paragraph { margin: 0 0 1 0; }
    .paragraph.-here { background: $boost; border-left: thick $accent; padding-left: 1; }
    """
    HELP_SECTION = "Source text"
    BINDINGS = [Binding("escape,q,p", "dismiss(None)", "Close", tooltip="close the source text")]

    def __init__(self, title: str, paragraphs: list[str], here: int | None) -> None:
        super().__init__()
        self.title_text = title
        self.paragraphs = paragraphs
        self.here = here

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="source-box"):
            yield Static(Text(clean(self.title_text, one_line=True)), id="source-title")
            for n, para in enumerate(self.paragraphs, 1):
                text = Text(f"¶{n}  ", style="bold dim")
                text.append(clean(para))
                yield Static(text, classes="paragraph -here" if n == self.here else "paragraph", id=f"para-{n}")

    def on_mount(self) -> None:
        if self.here:
            self.call_after_refresh(self._scroll_here)

    def _scroll_here(self) -> None:
        target = self.query_one(f"#para-{self.here}")
        self.query_one("#source-box", VerticalScroll).scroll_to_widget(target, animate=False, top=True)
