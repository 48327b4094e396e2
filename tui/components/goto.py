"""Go to a date: an input that takes what dateparser takes."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from db.dates import DateError, parse_when
from db.text import clean
from db.timeline import Timeline


STATUS = "enter: first event on or after that date · escape: back"


class GoToDate(ModalScreen[int | None]):
    """Dismisses with the timeline line of the first event reaching the date."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, timeline: Timeline, base: datetime | None) -> None:
        super().__init__()
        self.timeline = timeline
        self.base = base

    def compose(self) -> ComposeResult:
        relative = f" (relative dates count from {self.base:%a %d %b %Y})" if self.base else ""
        with Vertical(id="goto-box"):
            yield Label(f"Go to date{relative}", id="goto-title")
            yield Input(placeholder="2024-09-26, 26 Sep, next thursday…", id="goto-input")
            yield Label(STATUS, id="goto-status")

    def reset(self) -> None:
        """Empty again, as when first shown: the app keeps one GoToDate and shows it
        each time (closing a screen that is kept is cheaper than removing one)."""
        self.query_one("#goto-input", Input).value = ""
        status = self.query_one("#goto-status", Label)
        status.update(STATUS)
        status.remove_class("error")

    @on(Input.Submitted)
    def go(self, event: Input.Submitted) -> None:
        status = self.query_one("#goto-status", Label)
        text = event.value.strip()
        if not text:
            status.update("Type a date first.")
            return
        try:
            when = parse_when(text, self.base)
        except DateError as exc:
            status.update(Text(f"✗ {clean(str(exc), one_line=True)}", style="bold red"))
            status.add_class("error")
            return
        line = self.timeline.reaching(when)
        if line is None:
            status.update(Text(f"✗ no event on or after {when:%a %d %b %Y}", style="bold red"))
            status.add_class("error")
            return
        self.dismiss(line)
