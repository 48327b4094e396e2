"""A dialog the app keeps installed and shows again (search, go to date)."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

Result = TypeVar("Result")


class KeptDialog(ModalScreen[Result]):
    """A modal screen shown again and again rather than made each time: removing a
    screen lays the main screen out again, a frame of its own after the one that shows
    the choice. ``reset`` empties it before it is shown again."""

    def reset(self) -> None:
        raise NotImplementedError
