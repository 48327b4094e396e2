"""When Python's garbage collector makes its full passes while the browser runs.

A full collection scans every object Python tracks (what start-up made, and the lines
the views keep drawn): 20-70 ms, which, falling in the middle of a key now and then,
makes that key miss its frame. So what exists once the first screen is drawn is frozen
(it lives as long as the app), the collector makes no full pass of its own, and one is
made when keys have stopped for a second, or right after the frame of every
``moves``-th move while keys keep coming (Textual's drawn lines often refer to
themselves, so they wait for a full pass to be freed: ~400 objects a key). Young
objects are collected as usual. ``stop`` gives the collector back as it was.
"""

from __future__ import annotations

import gc

from textual.app import App
from textual.timer import Timer


class GcPacing:
    def __init__(self, app: App, idle: float = 1.0, moves: int = 100) -> None:
        self.app = app
        self.idle = idle  # seconds without a move before a full pass
        self.moves = moves  # moves between full passes while keys keep coming
        self._thresholds: tuple[int, int, int] | None = None  # the collector's, to give back
        self._timer: Timer | None = None
        self._moved = 0

    def start(self) -> None:
        """Freeze what exists and take over the full passes (after the first frame); the
        collector runs again if the command's start held it off (tui/start.py)."""
        gc.freeze()
        gc.enable()
        self._thresholds = gc.get_threshold()
        young, middle, _ = self._thresholds
        gc.set_threshold(young, middle, 1_000_000_000)
        self.moved()

    def moved(self) -> None:
        """A move was made: count it, and start the pause's clock again."""
        if self._thresholds is None:
            return
        self._moved += 1
        if self._moved >= self.moves:
            self._moved = 0
            self.app.call_after_refresh(self._collect)
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.app.set_timer(self.idle, self._collect, name="collect garbage")

    def _collect(self) -> None:
        self._moved = 0
        gc.collect()

    def stop(self) -> None:
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            self._thresholds = None
        gc.unfreeze()
