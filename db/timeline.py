"""The timeline as lines: a day header, then that day's events, day after day.

``Timeline`` maps a line number to what stands there without holding a row per event:
it keeps the per-day counts (one small indexed query) and fetches events in blocks,
each block found by key from the block before it, kept in a small LRU cache.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime
from itertools import accumulate

from . import counts, queries
from .filters import Filter
from .queries import Row
from .reader import Readable

BLOCK = 64  # events fetched at a time
CACHED_BLOCKS = 64


@dataclass(frozen=True)
class DayLine:
    day: str
    count: int


class Timeline:
    """The timeline of a store, or of the events a ``Filter`` keeps: with a filter, the
    per-day counts come from one grouped query over the filter's indexes and every
    block is fetched by key with the filter's condition added."""

    def __init__(self, db: Readable, filter: Filter | None = None, base: datetime | None = None):
        self.db = db
        self.filter = filter or Filter()
        self.base = base  # what dates in words in the filter count from
        self.reload()

    def set_filter(self, filter: Filter | None, base: datetime | None = None, reload: bool = True) -> None:
        """Show only what ``filter`` keeps (None or an empty filter: everything); with
        ``reload=False`` the caller reloads (a view that reloads the timeline itself)."""
        self.filter = filter or Filter()
        if base is not None:
            self.base = base
        if reload:
            self.reload()

    @property
    def filtered(self) -> bool:
        return bool(self.filter)

    def reload(self) -> None:
        self.where: queries.Where | None = self.filter.where(self.base, self.db) if self.filter else None
        self.days: list[tuple[str, int]] = (
            queries.filtered_days(self.db, self.where) if self.where else queries.days(self.db)
        )
        # line of each day's header; a day takes 1 + its count lines
        self._starts = [0, *accumulate(1 + n for _, n in self.days)]
        self.height = self._starts[-1]
        self.events = sum(n for _, n in self.days)
        self._day_names = [day for day, _ in self.days]
        self._ordinals = [date.fromisoformat(day).toordinal() for day in self._day_names]
        # the strip spans the store's days, filtered or not: a filter shows where in them its events fall
        first, last = self.db.execute("SELECT min(day), max(day) FROM days WHERE n > 0").fetchone()
        if self.where and first is not None:
            self._span = (date.fromisoformat(first).toordinal(), date.fromisoformat(last).toordinal())
        elif self._ordinals:
            self._span = (self._ordinals[0], self._ordinals[-1])
        else:
            self._span = (0, 0)
        self._blocks: OrderedDict[tuple[int, int], list[Row]] = OrderedDict()
        self.stats = {"keyset": 0, "offset": 0}

    # -- lines -------------------------------------------------------------------
    def _day_of_line(self, y: int) -> int:
        return bisect_right(self._starts, y) - 1

    def line(self, y: int) -> DayLine | Row | None:
        if not 0 <= y < self.height:
            return None
        d = self._day_of_line(y)
        k = y - self._starts[d] - 1
        if k < 0:
            return DayLine(*self.days[d])
        return self._block(d, k // BLOCK)[k % BLOCK]

    def _block(self, d: int, b: int) -> list[Row]:
        key = (d, b)
        rows = self._blocks.get(key)
        if rows is not None:
            self._blocks.move_to_end(key)
            return rows
        day = self.days[d][0]
        before = self._blocks.get((d, b - 1)) if b else None
        if before:
            self.stats["keyset"] += 1
            rows = queries.day_rows(self.db, day, BLOCK, after=(before[-1].t0, before[-1].rowid), where=self.where)
        elif b == 0:
            self.stats["keyset"] += 1
            rows = queries.day_rows(self.db, day, BLOCK, where=self.where)
        else:  # a jump into the middle of a large day: offset within that day only
            self.stats["offset"] += 1
            rows = queries.day_rows(self.db, day, BLOCK, offset=b * BLOCK, where=self.where)
        self._blocks[key] = rows
        if len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return rows

    def is_event(self, y: int) -> bool:
        return 0 <= y < self.height and y != self._starts[self._day_of_line(y)]

    # -- moving between events ---------------------------------------------------
    def first_event(self) -> int | None:
        return 1 if self.height else None

    def last_event(self) -> int | None:
        return self.height - 1 if self.height else None

    def next_event(self, y: int, step: int = 1) -> int | None:
        """The event line ``step`` events after (or before, step < 0) line ``y``,
        stopping at the first or last event."""
        if not self.height:
            return None
        target = y
        direction = 1 if step > 0 else -1
        for _ in range(abs(step)):
            nxt = target + direction
            if 0 <= nxt < self.height and not self.is_event(nxt):
                nxt += direction
            if not 0 <= nxt < self.height or not self.is_event(nxt):
                break
            target = nxt
        return target if self.is_event(target) else self.first_event()

    def next_day(self, y: int, step: int = 1) -> int | None:
        """The first event of the day ``step`` days after the one holding line ``y``."""
        if not self.height:
            return None
        d = min(max(self._day_of_line(y) + step, 0), len(self.days) - 1)
        return self._starts[d] + 1

    def day_index(self, y: int) -> int:
        return self._day_of_line(y) if self.height else 0

    def locate(self, row: Row) -> int | None:
        """The line of an event."""
        d = bisect_right(self._day_names, row.day) - 1
        if d < 0 or self.days[d][0] != row.day:
            return None
        return self._starts[d] + 1 + queries.index_in_day(self.db, row, self.where)

    def nearest(self, row: Row) -> int | None:
        """The line of ``row``, or, when it is gone (removed, or left out by the filter),
        of the event that now stands where it stood: the first one after it, else the
        last one."""
        if not self.height:
            return None
        d = bisect_right(self._day_names, row.day) - 1
        if d >= 0 and self._day_names[d] == row.day:
            k = queries.index_in_day(self.db, row, self.where)
            if k < self.days[d][1]:
                return self._starts[d] + 1 + k
        d += 1  # the first event of the next day that has any
        return self._starts[d] + 1 if d < len(self.days) else self.last_event()

    def locate_id(self, event_id: str) -> int | None:
        """The line of an event; None when it is not in the store or the filter leaves it out."""
        row = queries.row_by_id(self.db, event_id, self.where)
        return self.locate(row) if row else None

    def reaching(self, when: datetime) -> int | None:
        """The line of the first event (the filter keeps) whose interval reaches ``when`` or later."""
        row = queries.first_reaching(self.db, when, self.where)
        return self.locate(row) if row else None

    def _cells(self, d: int, width: int) -> range:
        """The cells of a ``width``-wide strip that day ``d`` takes."""
        return counts.cells(self._ordinals[d] - self._span[0], self._span[1] - self._span[0] + 1, width)

    def buckets(self, width: int) -> list[int]:
        """Events per stretch of calendar time, ``width`` stretches from the first day
        to the last (the store's, under a filter): days without events show as gaps
        (``db.counts.spread``)."""
        return counts.spread(self.days, width, self._span)

    def cells_of(self, y: int, width: int) -> range:
        """The strip cells of the day that holds line ``y``."""
        return self._cells(self.day_index(y), width) if self.days and width > 0 else range(0)

    def first_event_from(self, day: date, before: date | None = None) -> int | None:
        """The line of the first event on ``day`` or after (before ``before``, if given)."""
        d = counts.first_day_from(self._day_names, day)
        if d is None or (before is not None and self._day_names[d] >= before.isoformat()):
            return None
        return self._starts[d] + 1
