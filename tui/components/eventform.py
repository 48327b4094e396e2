"""The form that adds or edits an event: every field, the date as words resolved live as
you type, quotes one a line. Saving goes through the store's checks (``db.edit.save``); a
bad date or field is said in place and nothing is written."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from dateline.db.dates import DateError, interval_for_iso, resolve
from dateline.db.records import RecordError
from dateline.db.text import clean
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, TextArea

from .detail import resolved_label, with_precision

FIELDS = [  # (key, label, placeholder)
    ("title", "Title", "what happened, short"),
    ("date_text", "Date", "words as written: overnight on Saturday, next week, Sept. 26…"),
    ("start", "Start", "or, without words, ISO: 2024-09-20, 2024-09-20T22:45"),
    ("end", "End", "ISO, exclusive (optional)"),
    ("place", "Place", ""),
    ("region", "Region", ""),
    ("country", "Country", ""),
    ("kind", "Kind", "airstrike, statement, visit…"),
    ("status", "Status", "happened, claimed, planned or disputed"),
    ("claimed_by", "Claimed by", "who claims it, when the status is claimed or disputed"),
    ("actors", "Actors", "separated by ;"),
    ("killed", "Killed", ""),
    ("injured", "Injured", ""),
    ("summary", "Summary", ""),
    ("source", "Source", ""),
]
LABELS = {key: label for key, label, _ in FIELDS}
QUOTES_HELP = "Quotes, a line each — Speaker (role): text"
STATUS = "ctrl+s or enter: save · escape: cancel"


def in_form_words(message: str) -> tuple[str, str | None]:
    """A store check's message said with the form's names for its fields ("no date: needs
    Start or Date", not 'start' or 'date_text', names no box of the form shows), and the
    first field it names, to go to."""
    named: list[str] = []

    def label(match: re.Match) -> str:
        key = match.group(1)
        if key not in LABELS:
            return match.group(0)
        named.append(key)
        return LABELS[key]

    said = re.sub(r"missing required field '(\w+)'", lambda m: f"{label(m)} is needed", message)
    said = re.sub(r"field '(\w+)'", label, said)
    said = re.sub(r"'(\w+)'", label, said)
    said = re.sub(r"^(status|title) ", lambda m: LABELS[m.group(1)] + " ", said)
    if not named and said.split(" ", 1)[0] in LABELS.values():
        named.append(next(k for k, v in LABELS.items() if v == said.split(" ", 1)[0]))
    if "date_text" in named:  # "needs Start or Date": the words come first in the form
        return said, "date_text"
    return said, (named[0] if named else None)


def quotes_to_text(quotes: list[dict]) -> str:
    lines = []
    for q in quotes:
        who = q.get("speaker") or ""
        if q.get("role"):
            who += f" ({q['role']})"
        text = " ".join(str(q.get("text") or "").split())
        lines.append(f"{who}: {text}" if who else f": {text}")
    return "\n".join(lines)


_QUOTE_LINE = re.compile(r"^\s*([^:()]*?)\s*(?:\(([^)]*)\))?\s*:\s(.*)$")


_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}


def _unquoted(words: str) -> str:
    """A quote typed in its quotation marks, without them (the detail puts its own around
    it); marks that are not one pair around the whole of it stay: '"Yes," he said, "no"'."""
    words = words.strip()
    close = _PAIRS.get(words[:1])
    if close and len(words) > 2 and words.endswith(close):
        inner = words[1:-1]
        if words[0] not in inner and close not in inner:
            return inner.strip()
    return words


def text_to_quotes(text: str, old: list[dict] | None = None) -> list[dict]:
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _QUOTE_LINE.match(line)
        speaker, role, words = (m.group(1) or None, m.group(2) or None, m.group(3)) if m else (None, None, line)
        q = {"text": _unquoted(words), "speaker": speaker, "role": role}
        for o in old or []:  # a quote kept as it was keeps its paragraph
            if " ".join(str(o.get("text", "")).split()) == q["text"] and o.get("paragraph"):
                q["paragraph"] = o["paragraph"]
        out.append(q)
    return out


class EventForm(ModalScreen[str | None]):
    """Dismisses with the saved event's id, or None. ``save(record)`` writes (and raises
    RecordError with a one-line reason); ``published`` and ``tz`` read date words."""

    DEFAULT_CSS = """
    EventForm {
        align: center middle;
    }
    EventForm #form-box {
        width: 100;
        max-width: 100%;
        height: 34;
        max-height: 100%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    EventForm #form-fields {
        height: 1fr;
    }
    EventForm .form-row {
        height: 1;
    }
    EventForm .form-label {
        width: 10;
        color: $text-muted;
    }
    EventForm .form-row Input {
        width: 1fr;
        height: 1;
        border: none;
        padding: 0 1;
        background: $boost;
    }
    EventForm .form-row Input:focus {
        background: $accent 30%;
    }
    EventForm .form-note {
        padding-left: 10;
        color: $text-muted;
    }
    EventForm #form-when {
        color: $success;
    }
    EventForm #form-when.error, EventForm #form-status.error {
        color: $error;
    }
    EventForm #f-quotes {
        height: 6;
    }
    """
    HELP_SECTION = "Event form"
    BINDINGS = [
        Binding(
            "escape", "cancel", "Cancel", tooltip="close the form without saving (asks first when anything was changed)"
        ),
        Binding("ctrl+s", "save", "Save", tooltip="save the event (u undoes)"),
    ]

    def __init__(
        self,
        rec: dict | None,
        published: datetime,
        tz: str | None,
        save: Callable[[dict], str],
    ) -> None:
        super().__init__()
        self.rec = dict(rec or {})
        self.published = published
        self.tz = tz
        self._save = save

    def compose(self) -> ComposeResult:
        title = "Edit event" if self.rec.get("id") else "New event"
        with Vertical(id="form-box"):
            yield Label(f"{title} · dates in words count from {self.published:%a %d %b %Y %H:%M}", id="form-title")
            with VerticalScroll(id="form-fields"):
                for key, label, hint in FIELDS:
                    with Horizontal(classes="form-row"):
                        yield Label(label, classes="form-label")
                        yield Input(self._value(key), placeholder=hint, id=f"f-{key}")
                    if key == "date_text":
                        yield Label("", id="form-when", classes="form-note")
                yield Label(QUOTES_HELP, classes="form-note")
                yield TextArea(quotes_to_text(self.rec.get("quotes") or []), id="f-quotes", soft_wrap=True)
            yield Label(STATUS, id="form-status")

    def _value(self, key: str) -> str:
        v = self.rec.get(key)
        if v is None:
            return ""
        if key == "actors":
            return "; ".join(v) if isinstance(v, list) else str(v)
        if key in ("start", "end") and self.rec.get("date_text"):
            return ""  # the words are the date; start/end are what they resolve to
        return clean(str(v), one_line=True)

    _ready = False

    def on_mount(self) -> None:
        self.query_one("#f-title", Input).focus()
        self._show_when()
        self.call_after_refresh(self._set_ready)
        self._as_opened = self._typed()

    def _typed(self) -> tuple[str, ...]:
        """What the boxes hold, to tell whether anything was changed since the form opened."""
        boxes = [self.query_one(f"#f-{key}", Input).value for key, _, _ in FIELDS]
        return (*boxes, self.query_one("#f-quotes", TextArea).text)

    def action_cancel(self) -> None:
        close_unless_changed(self, self._typed() != self._as_opened, "this event")

    def _set_ready(self) -> None:
        self._ready = True

    @on(Input.Changed)
    def changed(self, event: Input.Changed) -> None:
        if event.input.id == "f-date_text" and self._ready and event.value.strip():
            # new words: the start and end they replace go
            for key in ("#f-start", "#f-end"):
                box = self.query_one(key, Input)
                if box.value:
                    box.value = ""
        if event.input.id in ("f-date_text", "f-start", "f-end"):
            self._show_when()

    def _show_when(self) -> None:
        label = self.query_one("#form-when", Label)
        words = self.query_one("#f-date_text", Input).value.strip()
        start = self.query_one("#f-start", Input).value.strip()
        end = self.query_one("#f-end", Input).value.strip()
        if words and self._words_as_stored(words):  # read when stored, perhaps from another event
            s, e, precision = self.rec["start"], self.rec["end"], self.rec.get("precision") or "day"
            label.update(Text(f"→ {with_precision(resolved_label(s, e, precision), precision)} · {s} → {e}"))
            label.remove_class("error")
            return
        try:
            if words:  # the words are the date; start and end only without them
                iv = resolve(words, self.published, self.tz)
            elif start:
                iv = interval_for_iso(start, end or None, zone=self.published.tzinfo)
            else:
                label.update(Text("no date yet: words or a start", style="dim"))
                label.remove_class("error")
                return
        except DateError as exc:
            label.update(Text(f"✗ {self._words_in_iso_box() or exc}"))
            label.add_class("error")
            return
        s, e = iv.iso()
        label.update(Text(f"→ {with_precision(resolved_label(s, e, iv.precision), iv.precision)} · {s} → {e}"))
        label.remove_class("error")

    def _words_in_iso_box(self) -> str | None:
        """Date words typed in Start or End ("yesterday", "last week"), which take ISO:
        said so, and where they go, instead of "cannot read ISO date 'yesterday'"."""
        if self.query_one("#f-date_text", Input).value.strip():
            return None
        for key in ("start", "end"):
            typed = self.query_one(f"#f-{key}", Input).value.strip()
            if not typed:
                continue
            try:
                interval_for_iso(typed, zone=self.published.tzinfo)
                continue
            except DateError:
                pass
            try:
                resolve(typed, self.published, self.tz)
            except DateError:
                continue
            return f"{LABELS[key]} takes ISO (2024-09-20, 2024-09-20T22:45): '{typed}' is words, for Date"
        return None

    def _words_as_stored(self, words: str) -> bool:
        """Whether the date in words is the stored one, with the interval it was read as
        (words that count from another event, "two days later", cannot be read again
        from the publication alone: the stored interval is theirs)."""
        return bool(self.rec.get("start") and self.rec.get("end")) and words == self._value("date_text").strip()

    def _untouched(self, key: str) -> bool:
        """Whether a box still shows the stored value as the form showed it (start and end
        are shown empty when the date is in words: they are not what is stored)."""
        if key not in self.rec or (key in ("start", "end") and self.rec.get("date_text")):
            return False
        return self.query_one(f"#f-{key}", Input).value == self._value(key)

    def record(self) -> dict:
        """The event as the form has it. A box left as it was keeps the stored value as it
        is: a one-line box showed a summary's paragraphs on one line and no-break spaces as
        spaces, and saving another field flattened them; an interval left as it was keeps
        its precision (a TimelineJS era, a weekend) instead of one read again from it."""
        rec = dict(self.rec)
        kept = {key for key, _, _ in FIELDS if self._untouched(key)}
        for key, _, _ in FIELDS:
            if key not in kept:
                rec[key] = self.query_one(f"#f-{key}", Input).value.strip() or None
        if "actors" not in kept:
            rec["actors"] = [a.strip() for a in (rec.get("actors") or "").split(";") if a.strip()]
        for key in ("killed", "injured"):
            if key not in kept and rec.get(key) is not None and str(rec[key]).isdigit():
                rec[key] = int(rec[key])
        words = self.query_one("#f-date_text", Input).value.strip()
        if words and self._words_as_stored(words):
            rec["start"], rec["end"], rec["precision"] = self.rec["start"], self.rec["end"], self.rec.get("precision")
        elif rec.get("date_text") or not rec.get("start"):
            rec["start"] = rec["end"] = rec["precision"] = None
            rec["published"] = rec.get("published") or self.published.isoformat(timespec="seconds")
        elif not {"start", "end"} <= kept:  # an interval typed anew: its precision is read from it
            rec["precision"] = None
        quotes = self.query_one("#f-quotes", TextArea).text
        if not (self.rec.get("quotes") and quotes == quotes_to_text(self.rec["quotes"])):
            rec["quotes"] = text_to_quotes(quotes, self.rec.get("quotes"))
        return rec

    @on(Input.Submitted)
    def submitted(self, _: Input.Submitted) -> None:
        self.action_save()

    def action_save(self) -> None:
        if self.rec.get("id") and self._typed() == self._as_opened:
            # nothing changed: writing would mark it edited by hand (an import of its
            # file would leave it alone from then on) and read its precision again
            self.app.notify("Nothing changed: not saved", timeout=3)
            self.dismiss(None)
            return
        status = self.query_one("#form-status", Label)
        try:
            event_id = self._save(self.record())
        except (RecordError, DateError) as exc:
            message, field = in_form_words(str(exc))
            hint = self._words_in_iso_box() if "date" in message.lower() else None
            if hint:
                message, field = hint, "date_text"
            if field is not None:
                self.query_one(f"#f-{field}", Input).focus()  # where to put it right
            if "date" in message.lower() or "time zone" in message:
                when = self.query_one("#form-when", Label)
                when.update(Text(f"✗ {message}"))
                when.add_class("error")
            status.update(Text(f"Not saved: {message}"))
            status.add_class("error")
            return
        self.dismiss(event_id)


def _centred_box(screen: str) -> str:
    """The look of a small question (Confirm, AskPath): a box in the middle of the screen."""
    return f"""
    {screen} {{
        align: center middle;
    }}
    {screen} #confirm-box {{
        width: 70;
        max-width: 100%;
        height: auto;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }}
    """


def close_unless_changed(screen: ModalScreen, changed: bool, what: str) -> None:
    """Escape on a form or a note: closes it at once when nothing was changed, else asks
    first (escape or n again goes back to it, as it was), so a stray escape loses no work."""
    if not changed:
        screen.dismiss(None)
        return

    def answer(yes: bool | None) -> None:
        if yes:
            screen.dismiss(None)

    screen.app.push_screen(Confirm(f"Close {what} without saving? What you typed is lost."), answer)


class Confirm(ModalScreen[bool]):
    """y / enter: yes; n / escape: no."""

    DEFAULT_CSS = _centred_box("Confirm")
    HELP_SECTION = "Confirm"
    BINDINGS = [
        Binding("y,enter", "dismiss(True)", "Yes", tooltip="yes: do it (remove the event…)"),
        Binding("n,escape", "dismiss(False)", "No", tooltip="no: leave it as it is"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Label(Text(self.question), id="confirm-question")
            yield Label("y: yes · n: no", id="confirm-keys")


class AskPath(ModalScreen[object]):
    """A file path to review: enter opens it, escape goes back. ``attempt`` reads what was
    typed; when it cannot (no such file, no publication date…) it raises ValueError, and
    the dialog stays open with what was typed and says why under it, so that adding
    ``--published 2024-09-21`` to the path is not typing the path again."""

    DEFAULT_CSS = (
        _centred_box("AskPath")
        + """
    AskPath #path-error { color: $error; height: auto; display: none; }
    """
    )
    HELP_SECTION = "Review an article"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", tooltip="back, reviewing nothing")]

    def __init__(self, attempt: Callable[[str], object] | None = None) -> None:
        super().__init__()
        self.attempt = attempt

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Label("Review an article: the path of a text, Markdown or saved web page", id="confirm-question")
            yield Input(placeholder="~/news/article.txt [--published 2024-09-21] [--tz Europe/Kyiv]", id="path-input")
            yield Label("", id="path-error", markup=False)
            yield Label("enter: open · escape: back", id="confirm-keys")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        typed = event.value.strip()
        if not typed or self.attempt is None:
            self.dismiss(typed or None)
            return
        try:
            got = self.attempt(typed)
        except ValueError as exc:
            said = self.query_one("#path-error", Label)
            said.update(Text(str(exc)))
            said.display = True
            return
        self.dismiss(got)
