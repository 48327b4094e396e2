"""Go to a date: an input that takes what dateparser takes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from dateline.db.dates import DateError, parse_when
from dateline.db.text import clean
from dateline.db.timeline import Timeline
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

STATUS = "enter: first event on or after that date · escape: back"


class GoToDate(ModalScreen[int | None]):
    """Dismisses with the timeline line of the first event reaching the date.

    ``select`` is called with that line before the dialog closes, so that the screen
    below comes back already showing it (one frame, not one for the dialog closing
    and another for the move). ``warm`` is called with the line the date typed so far
    leads to, once typing pauses, so that what it will show is drawn ahead of enter.
    """

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]
    WARM_AFTER = 0.1  # seconds of no typing

    def __init__(
        self,
        timeline: Timeline,
        base: datetime | None,
        select: Callable[[int], None] | None = None,
        warm: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__()
        self.timeline = timeline
        self.base = base
        self._select = select
        self._warm = warm
        self._timer = None
        self._found: tuple[str, datetime | DateError, int | None] | None = None

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
        self._found = None

    def _lookup(self, text: str) -> tuple[datetime | DateError, int | None]:
        """What ``text`` means and the line it leads to (the last answer is kept)."""
        if self._found is None or self._found[0] != text:
            try:
                when: datetime | DateError = parse_when(text, self.base)
                line = self.timeline.reaching(when)
            except DateError as exc:
                when, line = exc, None
            except (OverflowError, ValueError):  # 9999-12-31 and the like: past Python's calendar
                when, line = DateError(f"cannot read date {text!r}: it is at the end of the calendar"), None
            self._found = (text, when, line)
        return self._found[1], self._found[2]

    @on(Input.Changed)
    def typed(self, event: Input.Changed) -> None:
        if self._warm is None:
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.WARM_AFTER, lambda: self._warm_for(event.value.strip()))

    def _warm_for(self, text: str) -> None:
        if text and self.is_current:
            _, line = self._lookup(text)
            if line is not None:
                self._warm(line)

    @on(Input.Submitted)
    def go(self, event: Input.Submitted) -> None:
        status = self.query_one("#goto-status", Label)
        text = event.value.strip()
        if not text:
            status.update("Type a date first.")
            return
        when, line = self._lookup(text)
        if isinstance(when, DateError):
            status.update(Text(f"✗ {clean(str(when), one_line=True)}", style="bold red"))
            status.add_class("error")
            return
        if line is None:
            status.update(Text(f"✗ no event on or after {when:%a %d %b %Y}", style="bold red"))
            status.add_class("error")
            return
        if self._select is not None:
            self._select(line)
        self.dismiss(line)
