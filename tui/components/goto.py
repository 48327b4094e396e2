"""Go to a date: an input that takes what dateparser takes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from dateline.db import goto
from dateline.db.dates import DateError, parse_when
from dateline.db.text import clean
from dateline.db.timeline import Timeline
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Input, Label

from .dialog import KeptDialog

STATUS = "enter: first event on or after that date · escape: back"


class GoToDate(KeptDialog[int | None]):
    """Dismisses with the timeline line of the first event of the date (``db.goto``:
    week- or month-long events reaching it are shown as ongoing, not jumped back to).

    ``select`` is called with that line before the dialog closes, so that the screen
    below comes back already showing it (one frame, not one for the dialog closing
    and another for the move). ``ahead`` is called with the line the date typed so far
    leads to, once typing pauses, so that what it will show is drawn ahead of enter.
    """

    DEFAULT_CSS = """
    GoToDate {
        align: center top;
        background: $background 60%;
    }
    #goto-box {
        width: 70;
        max-width: 95%;
        height: auto;
        margin-top: 4;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    #goto-status {
        color: $text-muted;
        margin: 0 0 1 1;
    }
    #goto-status.error {
        color: $error;
    }
    #goto-title {
        text-style: bold;
        margin: 0 0 1 1;
    }
    """
    HELP_SECTION = "Go to date"
    BINDINGS = [Binding("escape", "dismiss(None)", "Close", tooltip="back to the timeline")]
    AHEAD_AFTER = 0.1  # seconds of no typing

    def __init__(
        self,
        timeline: Timeline,
        base: datetime | None,
        select: Callable[[int], None] | None = None,
        ahead: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__()
        self.timeline = timeline
        self.base = base
        self._select = select
        self._ahead = ahead
        self._timer: Timer | None = None
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
                row = goto.target(self.timeline.db, when, self.timeline.where)  # the day's first event
                line = self.timeline.locate(row) if row else None
            except DateError as exc:
                when, line = exc, None
            except (OverflowError, ValueError):  # 9999-12-31 and the like: past Python's calendar
                when, line = DateError(f"cannot read date {text!r}: it is at the end of the calendar"), None
            self._found = (text, when, line)
        return self._found[1], self._found[2]

    def _later_day(self, when: datetime, line: int | None) -> str | None:
        """The day go to date lands on when no event is on the day asked (1066 in a
        store of 2024: the first event, centuries on), as "Fri 20 Sep 2024"; else None."""
        day = getattr(self.timeline.line(line), "day", None) if line is not None else None
        if not day or day <= when.date().isoformat():
            return None
        return f"{date.fromisoformat(day):%a %d %b %Y}"

    def _ongoing(self, when: datetime) -> list:
        return goto.ongoing(self.timeline.db, when, 3, self.timeline.where)

    @on(Input.Changed)
    def typed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.AHEAD_AFTER, lambda: self._ahead_for(event.value.strip()))

    def preview(self, text: str) -> Text:
        """What the dialog says it read: "→ Thu 26 Sep 2024", and the long events
        ongoing then."""
        if not text:
            return Text(STATUS)
        when, line = self._lookup(text)
        if isinstance(when, DateError):
            if not str(when).startswith("cannot read date"):  # a date read, but one no store holds
                return Text(f"→ {clean(str(when), one_line=True)}", style="dim")
            return Text("→ not a date yet", style="dim")
        shown = Text("→ ")
        shown.append(f"{when:%a %d %b %Y}" + (f" {when:%H:%M}" if (when.hour, when.minute) != (0, 0) else ""), "bold")
        ongoing = self._ongoing(when)
        for row in ongoing:
            shown.append(f"\n  ongoing: {clean(row.title, one_line=True)} ({row.precision})", "italic")
        later = None if ongoing else self._later_day(when, line)
        if later:
            shown.append(f"\n  no event that day: the next is on {later}", "italic")
        return shown

    def _ahead_for(self, text: str) -> None:
        """Once typing pauses: say what was read, and draw what enter will show."""
        if not self.is_current:
            return
        status = self.query_one("#goto-status", Label)
        status.remove_class("error")
        status.update(self.preview(text))
        if text and self._ahead is not None:
            _, line = self._lookup(text)
            if line is not None:
                self._ahead(line)

    @on(Input.Submitted)
    def go(self, event: Input.Submitted) -> None:
        if self._timer is not None:  # what enter says stands; no preview over it
            self._timer.stop()
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
            said = f"✗ no event on or after {when:%a %d %b %Y}: an earlier date, or escape and G for the last event"
            status.update(Text(said, style="bold red"))
            status.add_class("error")
            return
        ongoing = self._ongoing(when)
        later = None if ongoing else self._later_day(when, line)
        if ongoing:
            names = "; ".join(clean(r.title, one_line=True) for r in ongoing)
            self.app.notify(f"Ongoing on {when:%a %d %b %Y}: {names}", title="Go to date", markup=False)
        elif later:
            self.app.notify(f"No event on {when:%a %d %b %Y}: the next is on {later}", title="Go to date", markup=False)
        if self._select is not None:
            self._select(line)
        self.dismiss(line)
