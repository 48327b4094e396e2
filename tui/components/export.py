"""The export dialog (`e`): a file name with a default, which events, which format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dateline.db.formats import EXPORT_FORMATS
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet

# every format `dateline export` writes, each with its name here and its file's ending
# (a format added to db.formats without a name here fails at import: the dialog offers
# what the command line does; ACLED was missing)
_NAMED = {
    "markdown": ("Markdown chronology", "md"),
    "jsonl": ("JSON Lines", "jsonl"),
    "csv": ("CSV", "csv"),
    "timelinejs": ("TimelineJS", "json"),
    "timesketch": ("Timesketch", "jsonl"),
    "acled": ("ACLED CSV", "acled.csv"),
}
FORMATS = [(f, *_NAMED[f]) for f in sorted(EXPORT_FORMATS, key=lambda f: f != "markdown")]
HINT = "enter: write · tab: next choice · escape: back"


@dataclass(frozen=True)
class Scope:
    """One range the dialog offers: its key, what it is called, how many events, and
    the stem of the default file name."""

    key: str
    label: str
    count: int
    stem: str


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    scope: str
    fmt: str


class ExportDialog(ModalScreen[ExportChoice | None]):
    """Dismisses with the choice (the app writes the file and says where)."""

    DEFAULT_CSS = """
    ExportDialog { align: center top; background: $background 60%; }
    #export-box {
        width: 76; max-width: 98%; height: auto; margin-top: 2;
        border: round $accent; background: $surface; padding: 0 1;
    }
    #export-title { text-style: bold; margin: 0 0 1 1; }
    #export-choices { height: auto; }
    #export-choices RadioSet { width: 1fr; }
    #export-status { color: $text-muted; margin: 1 0 0 1; }
    """

    HELP_SECTION = "Export"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close", tooltip="close without writing (enter writes, tab: next choice)")
    ]

    def __init__(self, scopes: list[Scope], folder: Path, chosen: str | None = None) -> None:
        super().__init__()
        self.scopes = scopes
        self.folder = folder
        self.chosen = chosen or scopes[0].key
        self._named_by_hand = False
        self._offered = ""  # the default name last put in the box

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Label("Export", id="export-title")
            self._offered = self._default_name()
            yield Input(self._offered, id="export-path", select_on_focus=False)
            with Horizontal(id="export-choices"):
                with RadioSet(id="export-scope"):
                    for scope in self.scopes:
                        label = Text(f"{scope.label} ({scope.count:,})")
                        yield RadioButton(label, value=scope.key == self.chosen, name=scope.key)
                with RadioSet(id="export-format"):
                    for i, (fmt, name, _) in enumerate(FORMATS):
                        yield RadioButton(Text(name), value=i == 0, name=fmt)
            yield Label(HINT, id="export-status")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    # -- what is chosen ------------------------------------------------------------
    @property
    def scope(self) -> Scope:
        pressed = self.query_one("#export-scope", RadioSet).pressed_button
        key = pressed.name if pressed is not None else self.chosen
        return next(s for s in self.scopes if s.key == key)

    @property
    def fmt(self) -> str:
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        return pressed.name if pressed is not None and pressed.name else "markdown"

    def _default_name(self, scope: Scope | None = None, fmt: str = "markdown") -> str:
        """The scope's stem with the format's extension, in the folder; a file that is
        there already is not offered (-2, -3… instead)."""
        scope = scope or next(s for s in self.scopes if s.key == self.chosen)
        ext = next(e for f, _, e in FORMATS if f == fmt)
        path, n = self.folder / f"{scope.stem}.{ext}", 1
        while path.exists():
            n += 1
            path = self.folder / f"{scope.stem}-{n}.{ext}"
        return str(path)

    @on(Input.Changed, "#export-path")
    def _named(self, event: Input.Changed) -> None:
        if event.value != self._offered:
            self._named_by_hand = True

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        if self._named_by_hand:
            return
        self._offered = self._default_name(self.scope, self.fmt)
        self.query_one("#export-path", Input).value = self._offered

    @on(Input.Submitted, "#export-path")
    def _submit(self, event: Input.Submitted) -> None:
        self.action_write()

    def action_write(self) -> None:
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            self.query_one("#export-status", Label).update(Text("✗ Type a file name first.", style="bold red"))
            return
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        self.dismiss(ExportChoice(path, self.scope.key, self.fmt))
