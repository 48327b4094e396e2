"""The filter bar (``f``) and the chips under the header that show the filter.

The bar is an Input that reads ``field:value`` parts and free words
(``db.filters.Filter.parse``); as a value is typed it is completed inline from what
the store holds (right arrow takes the completion) and the choices are listed under
it. Enter adds what was typed to the filter; backspace in the empty bar takes the last
chip off; escape closes it.

The chips are one focusable line: left/right choose a chip, backspace or delete takes
it off, escape goes back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dateline.db import filters as dbfilters
from dateline.db.filters import Filter
from dateline.db.text import clean
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.suggester import Suggester
from textual.widget import Widget
from textual.widgets import Input, Static

from ..words import counted

FIELDS = (*dbfilters.MULTI, "from", "to", "killed", "injured", "bookmarked")


def _last_part(value: str) -> tuple[str | None, str, bool]:
    """(field, typed value, quoted) of the part being typed at the end of ``value``;
    field None when a field name (or a word) is being typed."""
    m = re.search(r'(\w+):"([^"]*)$', value)  # an open quote: spaces belong to the value
    if m:
        return m.group(1).lower(), m.group(2), True
    m = re.search(r"(?:^|\s)(\w+):(\S*)$", value)
    if m:
        return m.group(1).lower(), m.group(2), False
    m = re.search(r"(?:^|\s)(\w*)$", value)
    return None, m.group(1) if m else "", False


class FilterSuggester(Suggester):
    """Completes field names, and the values of a field from the store."""

    def __init__(self, choices: Callable[[str, str], list[str]]) -> None:
        super().__init__(use_cache=True, case_sensitive=True)
        self.choices = choices
        # The input draws a suggestion as the typed text and its rest after the cursor, so a
        # suggestion must begin with what was typed ("kind:dr" + "one strike"); what taking it
        # writes may differ: the value quoted, as the store spells it (kind:"drone strike").
        self.taken: dict[str, str] = {}

    def _offer(self, shown: str, taken: str) -> str:
        if taken != shown:
            self.taken[shown] = taken
        return shown

    def take(self, suggestion: str) -> str:
        """What taking ``suggestion`` (→), or typing it all, writes in the bar."""
        return self.taken.get(suggestion, suggestion)

    async def get_suggestion(self, value: str) -> str | None:
        field, typed, quoted = _last_part(value)
        if field is None:
            if not typed:
                return None
            names = [f for f in FIELDS if f.startswith(typed.lower()) and f != typed.lower()]
            if not names:
                return None
            return value + names[0][len(typed) :] + ("" if names[0] == "bookmarked" else ":")
        found = [c for c in self.choices(field, typed) if c.casefold().startswith(typed.casefold()) and c != typed]
        if not found:
            return None
        rest = found[0][len(typed) :]
        before = value[: len(value) - len(typed)]  # up to the value typed ("kind:" or 'kind:"')
        if not quoted and " " in found[0]:  # a value with spaces: taken quoted
            return self._offer(value + rest, before + '"' + found[0] + '"')
        return self._offer(value + rest + ('"' if quoted else ""), before + found[0] + ('"' if quoted else ""))


class FilterBar(Vertical):
    """The filter bar: an input and a line of choices; hidden until ``f``."""

    DEFAULT_CSS = """
    FilterBar {
        display: none;
        height: auto;
        background: $panel;
    }
    #filter-input {
        border: tall $accent;
        height: 3;
    }
    #filter-hint {
        height: 1;
        color: $text-muted;
    }
    """
    HELP_SECTION = "Filter bar"
    BINDINGS = [
        Binding(
            "escape",
            "close",
            "Close filter bar",
            show=False,
            tooltip="close the filter bar (↑ goes to the chips)",
        )
    ]

    class Submitted(Message):
        def __init__(self, flt: Filter) -> None:
            super().__init__()
            self.filter = flt

    class RemoveLast(Message):
        """Backspace in the empty bar: take the last chip off."""

    class Closed(Message):
        pass

    def __init__(self, choices: Callable[[str, str], list[str]], **kwargs) -> None:
        super().__init__(**kwargs)
        self.choices = choices

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder='kind:airstrike place:Kharkiv actor:"Russian forces" tag:verify bookmarked from:"last week" killed:1 words…',
            suggester=FilterSuggester(self.choices),
            id="filter-input",
        )
        yield Static(self._hint(""), id="filter-hint")

    def open(self) -> None:
        self.display = True
        self.query_one(Input).focus()

    def action_close(self) -> None:
        self.display = False
        self.query_one(Input).value = ""
        self.post_message(self.Closed())

    def _hint(self, value: str) -> Text:
        field, typed, _ = _last_part(value)
        date_words = re.search(r"(?:^|\s)(from|to|since|until|date):\S+(?:\s+[^\s:]+)*\s+\S*$", value)
        if field is None and date_words:  # "from:last week": the words after a date are read with it
            field = {"since": "from", "until": "to", "date": "from"}.get(
                date_words.group(1).lower(), date_words.group(1).lower()
            )
        hint = Text(no_wrap=True, overflow="ellipsis")
        if field is not None and field in dbfilters.MULTI:
            found = self.choices(field, typed)[:12]
            hint.append(f" {field}: ", "bold")
            hint.append("  ".join(clean(v, one_line=True) for v in found) or "(nothing in the store starts so)", "dim")
        elif field in ("from", "to"):
            hint.append(f" {field}: ", "bold")
            hint.append("a date in words, no quotes needed: 2024-09-20, 20 Sep 2024, last week, yesterday", "dim")
        elif field in ("killed", "injured"):
            hint.append(f" {field}: ", "bold")
            hint.append("at least this many", "dim")
        else:
            hint.append(" fields: ", "bold")
            hint.append(" ".join(f"{f}:" if f != "bookmarked" else f for f in FIELDS), "dim")
            hint.append("  · other words search titles, summaries, places, actors · → completes · enter adds", "dim")
        return hint

    @on(Input.Changed, "#filter-input")
    def _changed(self, event: Input.Changed) -> None:
        suggester = event.input.suggester
        if isinstance(suggester, FilterSuggester) and suggester.take(event.value) != event.value:
            event.input.value = suggester.take(event.value)  # a completion taken (→): quoted, as stored
            event.input.cursor_position = len(event.input.value)
            return  # (changed again: the hint follows then)
        self.query_one("#filter-hint", Static).update(self._hint(event.value))

    @on(Input.Submitted, "#filter-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            self.action_close()
            return
        try:
            flt = Filter.parse(text)
        except dbfilters.FilterError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.post_message(self.Submitted(flt))  # the app applies it, then closes the bar (a bad date: stays, as typed)

    def on_key(self, event: events.Key) -> None:
        if event.key == "backspace" and not self.query_one(Input).value:
            event.stop()
            event.prevent_default()
            self.post_message(self.RemoveLast())
        elif event.key == "up":  # to the chips, to choose one and take it off
            chips = self.screen.query_one(FilterChips)
            if chips.display:
                event.stop()
                chips.focus()


def chip_label(name: str, value: str) -> str:
    if name == "bookmarked":
        return "★ bookmarked"
    if name == "text":
        return f"“{value}”"
    if name == "killed":
        return f"≥{value} killed"
    if name == "injured":
        return f"≥{value} injured"
    if name == "tag":
        return f"#{value}"
    return f"{name}: {value}"


class FilterChips(Widget, can_focus=True):
    """The filter as chips, under the header; shown while a filter is on."""

    DEFAULT_CSS = """
    FilterChips {
        display: none;
        height: 1;
        background: $panel;
    }
    """
    HELP_SECTION = "Filter bar"
    BINDINGS = [
        Binding("left", "move(-1)", "Previous chip", show=False, tooltip="on the chips: the chip before"),
        Binding("right", "move(1)", "Next chip", show=False, tooltip="on the chips: the chip after"),
        Binding("backspace,delete", "remove", "Remove chip", show=False, tooltip="on the chips: take the chip off"),
        Binding("escape,down", "leave", "Back", show=False, tooltip="from the chips back to the bar or the timeline"),
    ]

    selected: reactive[int] = reactive(-1)

    class Remove(Message):
        def __init__(self, field: str, value: str) -> None:
            super().__init__()
            self.field = field
            self.value = value

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.filter = Filter()
        self.count: int | None = None

    def show_filter(self, flt: Filter, count: int | None) -> None:
        self.filter, self.count = flt, count
        self.display = bool(flt)
        chips = flt.chips()
        self.selected = min(self.selected, len(chips) - 1) if chips else -1
        self.refresh()

    def on_focus(self) -> None:
        if self.selected < 0:
            self.selected = len(self.filter.chips()) - 1
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_move(self, step: int) -> None:
        n = len(self.filter.chips())
        if n:
            self.selected = min(max(self.selected + step, 0), n - 1)

    def action_leave(self) -> None:
        """Back to the filter bar if it is open, else to the timeline."""
        bar = self.screen.query_one(FilterBar)
        if bar.display:
            bar.query_one(Input).focus()
        else:
            self.screen.query_one("#timeline").focus()

    def action_remove(self) -> None:
        chips = self.filter.chips()
        if 0 <= self.selected < len(chips):
            self.post_message(self.Remove(*chips[self.selected]))

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(" filter ", "bold reverse")
        for i, (name, value) in enumerate(self.filter.chips()):
            line.append(" ")
            style = "bold black on yellow" if (self.has_focus and i == self.selected) else "black on cyan"
            line.append(f" {clean(chip_label(name, value), one_line=True)} ", style)
        if self.count is not None:
            line.append(f"  {counted(self.count, 'event')}", "bold")
        if self.has_focus:
            line.append("  ←→ choose · ⌫ takes it off · ↓ back", "dim")
        else:
            line.append("  f add (↑ to the chips) · F clear", "dim")
        return line
