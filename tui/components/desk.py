"""The analyst's desk dialogs: tags (``#``), a note (``N``), the bookmarks (``B``) and
saving a filter (``ctrl+s``). Each reads and writes through ``db.desk`` by way of
callables the app gives it; none holds a connection of its own."""

from __future__ import annotations

from collections.abc import Callable

from dateline.db.desk import tags_typed
from dateline.db.text import clean
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label, OptionList, TextArea
from textual.widgets.option_list import Option


def _css(screen: str, box: str, height: str) -> str:
    """The look of a desk dialog: a box at the top of a dimmed screen (DEFAULT_CSS)."""
    return f"""
    {screen} {{
        align: center top;
        background: $background 60%;
    }}
    #{box} {{
        width: 90%;
        max-width: 110;
        margin-top: 2;
        border: round $accent;
        background: $surface;
        padding: 0 1;
        height: {height};
    }}
    #desk-title {{
        text-style: bold;
        margin: 0 0 1 0;
    }}
    #desk-status {{
        color: $text-muted;
    }}
    """


class TagSuggester(Suggester):
    def __init__(self, tags: Callable[[], list[str]]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        typed = value.lstrip("#")
        if not typed:
            return None
        for tag in self.tags():
            if tag.casefold().startswith(typed.casefold()) and tag != typed:
                return value + tag[len(typed) :]
        return None


def _tags_text(tags: list[str]) -> Text:
    if not tags:
        return Text("no tags yet", "dim")
    return Text("  ".join(f"#{clean(t, one_line=True)}" for t in tags), "bold cyan")


class TagDialog(ModalScreen[None]):
    """Add or remove tags of one event: enter toggles the tag typed (→ completes from
    the tags in use); escape closes."""

    DEFAULT_CSS = _css("TagDialog", "desk-box", "auto")
    HELP_SECTION = "Tags"
    BINDINGS = [
        Binding(
            "escape",
            "dismiss(None)",
            "Close",
            tooltip="close the tags (enter adds or takes off the tag typed, → completes)",
        )
    ]

    def __init__(
        self,
        title: str,
        current: Callable[[], list[str]],
        in_use: Callable[[], list[str]],
        toggle: Callable[[str], bool],
    ) -> None:
        super().__init__()
        self.event_title = title
        self.current, self.in_use, self.toggle = current, in_use, toggle

    def compose(self) -> ComposeResult:
        with Vertical(id="desk-box"):
            yield Label(Text("Tags of " + clean(self.event_title, one_line=True), "bold"), id="desk-title")
            yield Label(_tags_text(self.current()), id="tag-current")
            yield Input(placeholder="a tag: enter adds it, or removes it if the event has it", id="tag-input")
            yield Label(self._in_use_text(), id="desk-status")

    def _in_use_text(self) -> Text:
        tags = self.in_use()
        text = Text("in use: ", "dim")
        text.append("  ".join(clean(t, one_line=True) for t in tags[:20]) or "none", "dim")
        text.append("  · → completes · escape closes", "dim")
        return text

    def on_mount(self) -> None:
        self.query_one(Input).suggester = TagSuggester(self.in_use)
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        tags = tags_typed(event.value)
        if not tags:
            self.dismiss(None)
            return
        done: dict[bool, list[str]] = {True: [], False: []}
        for tag in tags:
            done[self.toggle(tag)].append(f"#{clean(tag, one_line=True)}")
        event.input.value = ""
        self.query_one("#tag-current", Label).update(_tags_text(self.current()))
        # the tags as they are kept ("needs source" is #needs-source), as the chips show them
        said = [f"{word} {' '.join(done[key])}" for key, word in ((True, "added"), (False, "removed")) if done[key]]
        self.query_one("#desk-status", Label).update(Text(" · ".join(said), "green"))


class NoteEditor(ModalScreen[str | None]):
    """A Markdown note on one event: ctrl+s saves (an empty note is deleted), escape
    closes without saving."""

    DEFAULT_CSS = (
        _css("NoteEditor", "note-box", "80%")
        + """
    #note-text {
        height: 1fr;
    }
    """
    )
    HELP_SECTION = "Note"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True, tooltip="save the note (an empty note is deleted)"),
        Binding(
            "escape",
            "cancel",
            "Close without saving",
            tooltip="close the note without saving (asks first when it was changed)",
        ),
    ]

    def __init__(self, title: str, text: str | None, save: Callable[[str], None]) -> None:
        super().__init__()
        self.event_title = title
        self.text = text or ""
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Label(Text("Note on " + clean(self.event_title, one_line=True), "bold"), id="desk-title")
            yield TextArea(self.text, language="markdown", soft_wrap=True, show_line_numbers=False, id="note-text")
            yield Label(Text("Markdown · ctrl+s saves · escape closes without saving", "dim"), id="desk-status")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        text = self.query_one(TextArea).text
        self.save(text)
        self.dismiss(text)

    def action_cancel(self) -> None:
        from .eventform import close_unless_changed  # (the date resolver with it: loaded when first used)

        close_unless_changed(self, self.query_one(TextArea).text != self.text, "the note")


class BookmarksScreen(ModalScreen[str | None]):
    """The bookmarked events in time order; enter goes to one."""

    DEFAULT_CSS = (
        _css("BookmarksScreen", "desk-list", "80%")
        + """
    #bookmark-list {
        height: 1fr;
    }
    """
    )
    HELP_SECTION = "Bookmarks"
    BINDINGS = [
        Binding("escape,B", "dismiss(None)", "Close", tooltip="close the bookmarks (enter goes to the one chosen)")
    ]

    def __init__(self, marks: list[tuple[str, str, str]], select: Callable[[str], object]) -> None:
        super().__init__()
        self.marks = marks
        self.select = select

    def compose(self) -> ComposeResult:
        with Vertical(id="desk-list"):
            n = len(self.marks)
            yield Label(Text(f"Bookmarks ({n})", "bold"), id="desk-title")
            options = [
                Option(
                    Text.assemble(("★ ", "yellow"), (start[:10] + "  ", "cyan"), clean(title, one_line=True)),
                    id=event_id,
                )
                for event_id, start, title in self.marks
            ]
            yield OptionList(*options, id="bookmark-list")
            yield Label(
                Text(
                    "enter goes to the event · escape closes" if n else "No bookmark yet: b bookmarks an event", "dim"
                ),
                id="desk-status",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.select(event.option.id)
            self.dismiss(event.option.id)


class SaveFilterDialog(ModalScreen[str | None]):
    """A name for the current filter; enter saves it."""

    DEFAULT_CSS = _css("SaveFilterDialog", "desk-box", "auto")
    HELP_SECTION = "Save filter"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close", tooltip="close without saving (enter saves under the name typed)")
    ]

    def __init__(self, described: str) -> None:
        super().__init__()
        self.described = described

    def compose(self) -> ComposeResult:
        with Vertical(id="desk-box"):
            yield Label(Text("Save the filter", "bold"), id="desk-title")
            yield Label(Text(clean(self.described, one_line=True), "cyan"))
            yield Input(placeholder="a name for it", id="filter-name")
            yield Label(
                Text("enter saves · saved filters are in the command palette (ctrl+p)", "dim"), id="desk-status"
            )

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)
