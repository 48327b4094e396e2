"""Ids that stay unique when content repeats, in the memory of a small file whatever
the size of the input (``UniqueIds``)."""

from __future__ import annotations

import bisect
import marshal
import os
import tempfile
from array import array
from typing import IO


class UniqueIds:
    """Ids made from content can repeat when two rows are identical; the second gets
    "-2", the third "-3", so re-reading the same file gives the same ids.

    The ids seen are kept in a dict up to KEEP of them; past that, in a temporary file
    behind a bit filter of their hashes, which answers "never seen" for all but a
    fraction of a percent of new ids without reading the file: a file of millions of
    rows is read in the memory of a small one. The file holds runs of RUN ids sorted by
    their hash, each written once, in blocks of BLOCK ids of which only the first one's
    hash and the block's offset stay in memory, 16 bytes a block in two arrays (the
    first id itself, as a string, took ~110); an id the filter does not rule out is
    looked for in the block of each run where its hash would be (a temporary SQLite
    table took ~6 µs an id at a million ids)."""

    KEEP = 50_000
    RUN = 50_000  # ids per run: past KEEP, the ids not yet written are held in memory up to this
    BLOCK = 64  # ids per block of a run
    BITS = 1 << 26  # the filter: 8 MB; at two million ids, about 0.4% of new ones are looked up

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.spilled: IO[bytes] | None = None
        self.bits = bytearray()
        self.pending: set[str] = set()  # ids not yet in a run
        # per run: the hash of each block's first id, and each block's offset (and the run's end)
        self.runs: list[tuple[array, array]] = []
        self.again: dict[str, int] = {}  # past KEEP: how often each id seen twice or more was seen

    def __call__(self, base: str) -> str:
        if self.spilled is not None:
            return self._after_spill(base)
        n = self.seen.get(base, 0) + 1
        self.seen[base] = n
        if len(self.seen) > self.KEEP:
            self._spill()
        return base if n == 1 else f"{base}-{n}"

    def _after_spill(self, base: str) -> str:
        h = hash(base)
        one, two = h & (self.BITS - 1), (h >> 32) & (self.BITS - 1)
        bits = self.bits
        if bits[one >> 3] >> (one & 7) & 1 and bits[two >> 3] >> (two & 7) & 1 and self._known(base):
            n = self.again.get(base, 1) + 1
            self.again[base] = n
            return f"{base}-{n}"
        bits[one >> 3] |= 1 << (one & 7)
        bits[two >> 3] |= 1 << (two & 7)
        self.pending.add(base)
        if len(self.pending) >= self.RUN:
            self._write_run()
        return base

    def _known(self, base: str) -> bool:
        if base in self.pending:
            return True
        assert self.spilled is not None
        h = hash(base)
        for firsts, offsets in self.runs:
            # the blocks that may hold the hash: the last that begins below it, and those that begin with it
            for i in range(max(bisect.bisect_left(firsts, h) - 1, 0), bisect.bisect_right(firsts, h)):
                self.spilled.seek(offsets[i])
                if base in marshal.loads(self.spilled.read(offsets[i + 1] - offsets[i])):
                    return True
        return False

    def _write_run(self) -> None:
        assert self.spilled is not None
        ids = sorted(self.pending, key=hash)
        self.pending = set()
        out = self.spilled
        out.seek(0, os.SEEK_END)
        firsts, offsets = array("q"), array("q", [out.tell()])
        for i in range(0, len(ids), self.BLOCK):
            block = ids[i : i + self.BLOCK]
            firsts.append(hash(block[0]))
            out.write(marshal.dumps(block))
            offsets.append(out.tell())
        self.runs.append((firsts, offsets))

    def _spill(self) -> None:
        self.spilled, self.bits = tempfile.TemporaryFile(), bytearray(self.BITS >> 3)  # gone when closed
        for base, n in self.seen.items():
            self._after_spill(base)
            if n > 1:
                self.again[base] = n
        self.seen = {}
