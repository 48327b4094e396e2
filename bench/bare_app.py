"""The smallest Textual app that paints one line: the floor for first-paint times."""

from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("bare textual app ready")


if __name__ == "__main__":
    Bare().run()
