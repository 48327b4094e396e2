"""Work done between keys: what the next keys are likely to show, made ready while the
user reads the screen a move left.

Drawing a timeline page cold or rendering an event's detail costs a few milliseconds
each, enough to push a key past one frame. Once the frame of a move is on screen, the
app starts ``Ahead`` with small tasks (draw the page below, render the next event's
detail...); each runs after the keys already waiting, so a key never waits for more
than one task, and a newer move drops what is left of the older move's tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain, zip_longest

from textual.message_pump import MessagePump

Task = Callable[[], object]


class Ahead:
    """One queue of work done between keys, for the whole app."""

    def __init__(self, owner: MessagePump) -> None:
        self._owner = owner
        self._round = 0  # bumped by each start: an older round's tasks stop
        self.done = 0  # tasks run (for tests and the benchmark)

    def start(self, tasks: Iterable[Task]) -> None:
        """Run ``tasks`` one at a time after the next frame, dropping the ones left of
        the last ``start``."""
        self._round += 1
        self._owner.call_after_refresh(self._run, self._round, iter(tasks))

    def cancel(self) -> None:
        self._round += 1

    def _run(self, round: int, tasks: Iterator[Task]) -> None:
        if round != self._round:
            return  # a newer move started its own round
        task = next(tasks, None)
        if task is None:
            return
        task()
        self.done += 1
        # call_later: after the messages (keys) already waiting
        self._owner.call_later(self._run, round, tasks)


def interleave(*task_lists: Iterable[Task]) -> Iterator[Task]:
    """The first task of each list, then the second of each...: no list's last task
    waits for every task of another."""
    return (t for t in chain.from_iterable(zip_longest(*task_lists)) if t is not None)
