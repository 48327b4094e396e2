"""Writing records into a store: one transaction per import, upsert by id."""

from __future__ import annotations

import gc
import json
import marshal
import multiprocessing
import os
import pickle
import signal
import sqlite3
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO

import sqlite_utils

from . import desk as desk_tables
from . import schema
from .dates import interval_for_iso
from .records import EVENT_ROW, QUOTE_ROW, FileRefused, RecordError, absent_columns, desk_entry, row_tuples
from .schema import EVENT_COLUMNS
from .unique_ids import UniqueIds

_EVENT_COLS = list(EVENT_COLUMNS)
_UPSERT_EVENT = (
    f"INSERT INTO events ({', '.join(f'[{c}]' for c in _EVENT_COLS)}) "
    f"VALUES ({', '.join('?' for _ in _EVENT_COLS)}) "
    f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'[{c}] = excluded.[{c}]' for c in _EVENT_COLS[1:])}"
)
_QUOTE_COLS = ["event_id", "n", "text", "speaker", "role", "paragraph"]


def _upsert_keeping(absent: tuple[str, ...]) -> str:
    """The upsert of an event row that leaves the ``absent`` columns of a stored event as
    they are (the record had no field for them)."""
    if not absent:
        return _UPSERT_EVENT
    return _UPSERT_KEEPING.get(absent) or _UPSERT_KEEPING.setdefault(
        absent,
        (
            f"INSERT INTO events ({', '.join(f'[{c}]' for c in _EVENT_COLS)}) "
            f"VALUES ({', '.join('?' for _ in _EVENT_COLS)}) "
            f"ON CONFLICT(id) DO UPDATE SET "
            f"{', '.join(f'[{c}] = excluded.[{c}]' for c in _EVENT_COLS[1:] if c not in absent)}"
        ),
    )


_UPSERT_KEEPING: dict[tuple[str, ...], str] = {}
_INSERT_EVENT = (
    f"INSERT OR IGNORE INTO events ({', '.join(f'[{c}]' for c in _EVENT_COLS)}) "
    f"VALUES ({', '.join('?' for _ in _EVENT_COLS)})"
)
_INSERT_QUOTE = f"INSERT INTO quotes ({', '.join(_QUOTE_COLS)}) VALUES (?, ?, ?, ?, ?, ?)"
_UPSERT_SOURCE = (
    "INSERT INTO sources (id, title, published, file, tz) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET title = coalesce(excluded.title, title), "
    "published = coalesce(excluded.published, published), file = coalesce(excluded.file, file), "
    "tz = coalesce(excluded.tz, tz)"
)
BATCH = 2000
# rows (events and quotes) a bulk load hands the full-text indexes at a time: the writer's
# memory grows with it while FTS5 takes a chunk in (~0.85 KB a row: 250,000 rows peaked at
# 197 MB in the writer, 40,000 at 69 MB, flat from 1M to 2M events; the import ~9% slower)
FTS_CHUNK = 40_000
FTS_IDLE_CHUNK = 30_000  # or fewer, while the writer would otherwise wait for the reading worker
BULK_CACHE_KIB = 20480  # page cache (and sorter memory) while a bulk load builds indexes (20 MiB; usually 16)
SORT_CACHE_KIB = 8192  # page cache while the indexes are built at the end (it bounds the sorter's memory too)
SORT_THREADS = 2  # helper threads of SQLite's sorter while the indexes are built at the end
BULK_FTS_HASHSIZE = 12 * 1048576  # FTS5's memory for pending terms during a bulk load (its default: 1 MiB)
# Python's sqlite3 binds None (NULL) only after looking for an adapter for it, by way of
# attribute lookups that fail: ~0.4 µs a None, and a row of an event has a dozen of them.
# An adapter registered for None (a C method that returns None for it) is found at once.
_NULL: dict[None, None] = {}
sqlite3.register_adapter(type(None), _NULL.get)
if tuple(_EVENT_COLS) != EVENT_ROW or tuple(_QUOTE_COLS) != QUOTE_ROW:  # rows go in as row_tuples makes them
    raise ImportError("db.records' row order differs from the store's columns")


@dataclass
class BadLine:
    where: str  # "FILE:LINE"
    reason: str
    refused: bool = False  # the whole file, not a line of it (``records.FileRefused``)

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class ImportFailed(Exception):
    """The import was rolled back; ``bad`` says where and why."""

    def __init__(self, bad: BadLine):
        super().__init__(str(bad))
        self.bad = bad


# the bad lines an import with --skip-bad keeps to show, each in full; past them it counts
# (a Plaso timeline can hold hundreds of thousands of rows with no time: their list would
# grow with the file, and a screen of them tells nothing the first hundred do not)
BAD_KEPT = 100


@dataclass
class ImportResult:
    written: int = 0  # records written: new + updated + unchanged
    bad: list[BadLine] = field(default_factory=list)  # the first BAD_KEPT of them
    bad_count: int = 0  # every bad line (a refused file's too)
    refused: int = 0  # files refused as a whole: no line of them could be read
    new: int = 0  # events the store did not have
    updated: int = 0  # events it had, now changed (a field or the quotes)
    unchanged: int = 0  # events it had exactly so
    left_alone: int = 0  # events changed by hand in the browser that the import did not overwrite

    def summary(self) -> str:
        """What the import did, in words: "5 new, 2 updated, 3 unchanged, 1 bad"."""
        parts = [f"{self.new:,} new", f"{self.updated:,} updated", f"{self.unchanged:,} unchanged"]
        if self.left_alone:
            parts.append(f"{self.left_alone:,} left alone (changed by hand)")
        if self.bad_count > self.refused:
            parts.append(f"{self.bad_count - self.refused:,} bad")
        if self.refused:
            parts.append(f"{self.refused:,} file{'s' if self.refused != 1 else ''} refused")
        return ", ".join(parts)


_STORED_QUOTE = "SELECT event_id, n, text, speaker, role, paragraph FROM quotes WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, n"


def _classify(
    conn: sqlite3.Connection,
    events: list[tuple],
    quotes: list[tuple],
    absent: list[tuple[str, ...]],
    quoted: list,
    desk_changed: set[str] | frozenset[str] = frozenset(),
) -> tuple[int, int, int]:
    """(new, updated, unchanged) of a batch about to be written, by comparing each event
    row with the stored one (the columns its record has no field for are left as they
    are, so they do not count) and, for a record with quotes, its quotes; an event whose
    bookmark, tags or note the record changes (``desk_changed``) is updated too."""
    ids = [e[0] for e in events]
    stored = {
        r[0]: r
        for r in conn.execute(
            f"SELECT {', '.join(f'[{c}]' for c in _EVENT_COLS)} FROM events WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
    }
    if not stored:
        return len(events), 0, 0
    with_quotes = {q[0] for q in quoted} & stored.keys()
    old_quotes: dict[str, list[tuple]] = {}
    new_quotes: dict[str, list[tuple]] = {}
    if with_quotes:
        for q in conn.execute(_STORED_QUOTE, (json.dumps(sorted(with_quotes)),)):
            old_quotes.setdefault(q[0], []).append(tuple(q))
        for q in quotes:
            if q[0] in with_quotes:
                new_quotes.setdefault(q[0], []).append(tuple(q))
    new = updated = unchanged = 0
    for event, keep in zip(events, absent):
        old = stored.get(event[0])
        if old is None:
            new += 1
            continue
        same = all(a == b for col, a, b in zip(_EVENT_COLS, event, old) if col not in keep)
        if same and event[0] in with_quotes:
            same = old_quotes.get(event[0], []) == new_quotes.get(event[0], [])
        if same and event[0] in desk_changed:
            same = False
        if same:
            unchanged += 1
        else:
            updated += 1
    return new, updated, unchanged


def _insert_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, sql) of the triggers that keep the full-text indexes, the per-day counts
    and the row counts in step: what a bulk load drops and rebuilds the effect of at the end."""
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('events', 'quotes', 'sources') "
        "AND (sql LIKE '%\\_fts%' ESCAPE '\\' OR name = 'events_days_ai' OR name LIKE 'counts\\_%\\_ai' ESCAPE '\\' "
        "OR name = 'events_geocells_ai') "
        "ORDER BY name"
    ).fetchall()


def _fts_tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('events_fts', 'quotes_fts') ORDER BY name"
        ).fetchall()
    ]


def _event_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, sql) of the indexes on events and quotes a bulk load drops and makes again
    at the end (building an index once is faster than keeping it through a million
    inserts in no order; see LIVE_WHILE_IN_ORDER); not the primary keys'."""
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('events', 'quotes') "
        "AND sql IS NOT NULL ORDER BY name"
    ).fetchall()


# --------------------------------------------------------------------------- records to rows

# A batch is (events, quotes, ids, sources, bad, written, absent, quoted, marked): the rows
# of up to BATCH records as tuples, (where, reason, refused) of the bad ones (refused: a
# whole file's ``FileRefused``), in order, the event
# columns each record has no field for (``absent_columns``, one tuple per event), the
# ids of the records that carry quotes (their stored quotes are replaced; others keep them),
# and the ``desk_entry`` of the records that carry bookmarked, tags or notes (what they
# lack is left alone, as the absent columns are). Plain tuples and lists, so that a batch
# made in another process crosses the pipe with marshal.


class _MadeIds:
    """Ids made from content (records without one of their own), counted per file: the
    n-th identical row of a file gets ``-n``, so each row is an event and importing the
    file again updates the same ones (README: Ids). Counted in ``UniqueIds``, whose
    memory stays that of a small file on a file of millions of rows (a dict of every id
    made took ~100 MB a million)."""

    def __init__(self) -> None:
        self.file = ""
        self.counts = UniqueIds()

    def again(self, where: str, rec: dict, event_id: str) -> str | None:
        if rec.get("id") not in (None, ""):
            return None
        file = where.rpartition(":")[0] or where
        if file != self.file:
            self.file, self.counts = file, UniqueIds()
        made = self.counts(event_id)
        return None if made == event_id else made


class _Anchors:
    """The events records name with ``after: EVENT_ID`` ("two days later"): among the
    last RECENT events of this import (or up to twice as many: kept in two generations,
    cheaper per event than an LRU), else in the store (``lookup``)."""

    RECENT = 4096

    def __init__(self, lookup: Callable[[str], tuple | None] | None) -> None:
        self.lookup = lookup
        self.recent: dict[str, tuple] = {}
        self.older: dict[str, tuple] = {}

    def keep(self, event: tuple) -> None:
        self.recent[event[0]] = event[6:9]  # start, end, precision
        if len(self.recent) >= self.RECENT:
            self.older, self.recent = self.recent, {}

    def anchored(self, rec: dict) -> dict:
        after = rec.get("after")
        if after in (None, "") or rec.get("start") not in (None, ""):
            return rec
        after = str(after).strip()
        found = self.recent.get(after) or self.older.get(after) or (self.lookup(after) if self.lookup else None)
        if not found:
            raise RecordError(f"'after' names no event before this one: '{after}'")
        return dict(rec, _anchor=interval_for_iso(*found))


class _Batch:
    """The rows of one batch as they are gathered (see above for what the writer takes)."""

    __slots__ = ("events", "quotes", "ids", "sources", "bad", "seen", "absent", "quoted", "marked")

    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.quotes: list[tuple] = []
        self.ids: list[tuple] = []
        self.sources: dict[str, tuple] = {}
        self.bad: list[tuple[str, str, bool]] = []
        self.seen: set[str] = set()  # the ids in it: an id again must wait for the next batch
        self.absent: list[tuple[str, ...]] = []
        self.quoted: list[tuple[str]] = []
        self.marked: list[tuple] = []  # desk_entry of the records that carry bookmarked, tags or notes

    def sent(self) -> tuple:
        """The batch as the writer takes it."""
        events = self.events
        return (
            events,
            self.quotes,
            self.ids,
            list(self.sources.values()),
            self.bad,
            len(events),
            self.absent,
            self.quoted,
            self.marked,
        )


def _batches(
    records: Iterable[tuple[str, dict | Exception]],
    published: datetime | None,
    tz: str | None,
    lookup: Callable[[str], tuple | None] | None = None,
    updating: bool = True,
) -> Iterator[tuple]:
    """Batches of rows (see above). Without ``updating`` (a bulk load into an empty store,
    where every event is new), the absent columns and the quoted ids, which only an
    update of stored events reads, are left empty."""
    b = _Batch()
    made = _MadeIds()
    anchors = _Anchors(lookup)
    for where, rec in records:
        if len(b.bad) >= BATCH:  # rows that are all bad (a Plaso timeline's rows with no time): sent on, not held
            yield b.sent()
            b = _Batch()
        try:
            if isinstance(rec, Exception):
                raise rec
            if "after" in rec:
                rec = anchors.anchored(rec)
            event, event_quotes, source = row_tuples(rec, published, tz)
            again = made.again(where, rec, event[0])
            if again:  # a second identical row of a file: its own event, id + "-2"
                event, event_quotes, source = row_tuples(dict(rec, id=again), published, tz)
            entry = desk_entry(event[0], rec)
        except (RecordError, ValueError, OverflowError) as exc:
            b.bad.append((where, str(exc), isinstance(exc, FileRefused)))
            continue
        except RecursionError:  # attrs or quotes nested deeper than Python goes
            b.bad.append((where, "nested too deeply", False))
            continue
        event_id = event[0]
        if event_id in b.seen:  # the same id again: the first must be written (and its quotes replaced) first
            yield b.sent()
            b = _Batch()
        b.seen.add(event_id)
        anchors.keep(event)
        if source:
            b.sources[source[0]] = source
        b.events.append(event)
        b.ids.append((event_id,))
        if updating:
            b.absent.append(absent_columns(rec))
            if "quotes" in rec:
                b.quoted.append((event_id,))
        if entry is not None:
            b.marked.append(entry)
        b.quotes += event_quotes
        if len(b.events) >= BATCH:
            yield b.sent()
            b = _Batch()
    if b.events or b.bad:
        yield b.sent()


# the bytes of made batches the worker may hold in memory (sent or waiting to be) ahead of
# the writer: a bound in bytes, not batches, so that its memory is the same on any input
# (a batch is ~1-2 MB as marshal writes it; one is always let through, however large).
# Past it, up to SPILL_BYTES more wait in a temporary file: the reading goes on through the
# writer's longest statements (a full-text chunk: ~16 MB of batches made meanwhile at 1M
# Timesketch rows) in the memory of a shallow queue. Past both, the worker waits. In memory,
# one batch (1 MiB: the one being sent): 4 MiB let a long import, which meets the writer's
# full-text chunks more often than a short one, end ~3 MB higher (2 GB against 200 MB of
# Timesketch: 133.5 against 128.3-128.6 MB now, 136.3 against 127.1-128.9 with 4 MiB); a
# spilled batch costs a write and a read of ~1.3 MB, ~0.5 ms against the ~60 ms of making it.
READ_AHEAD_BYTES = 1048576
SPILL_BYTES = 64 * 1048576


class _Outbox:
    """The worker's batches, from the thread that makes them to the one that sends them:
    up to ``limit`` bytes of them in memory (the one being sent counts until it is sent),
    then up to ``spill`` bytes in an unlinked temporary file, in order."""

    def __init__(self, limit: int, spill: int = 0) -> None:
        self.limit, self.spill = limit, spill
        self.items: deque[bytes | tuple[int, int] | None] = deque()  # a batch, (offset, size) in the file, the end
        self.size = 0  # bytes in memory
        self.spilled = 0  # batches in the file
        self.file_end = 0  # where the next spilled batch goes (the file is emptied when none is left in it)
        self.file: IO[bytes] | None = None
        self.changed = threading.Condition()

    def put(self, data: bytes | None) -> None:
        size = len(data) if data else 0
        with self.changed:
            while self.items and self.size + size > self.limit:
                if data is not None and self.file_end + size <= self.spill and (fd := self._file()) is not None:
                    os.pwrite(fd, data, self.file_end)
                    self.items.append((self.file_end, size))
                    self.file_end += size
                    self.spilled += 1
                    self.changed.notify_all()
                    return
                self.changed.wait()
            self.items.append(data)
            self.size += size
            self.changed.notify_all()

    def _file(self) -> int | None:
        """The spill file's descriptor, the file made on first use; None when there is none to make."""
        if self.file is None and self.spill:
            try:
                self.file = tempfile.TemporaryFile(prefix="dateline-import-")
            except OSError:  # nowhere to spill: wait instead
                self.spill = 0
                return None
        return self.file.fileno() if self.file is not None else None

    def first(self) -> bytes | None:
        """The oldest batch not yet sent (waiting for one); ``sent`` lets it go."""
        with self.changed:
            while not self.items:
                self.changed.wait()
            item = self.items[0]
            if isinstance(item, tuple):  # (a batch in the file: the file is there)
                assert self.file is not None
                return os.pread(self.file.fileno(), item[1], item[0])
            return item

    def sent(self) -> None:
        with self.changed:
            item = self.items.popleft()
            if isinstance(item, tuple):
                self.spilled -= 1
                if not self.spilled:  # the file is empty again: reuse it from its start
                    assert self.file is not None
                    self.file_end = 0
                    self.file.truncate(0)
            elif item:
                self.size -= len(item)
            self.changed.notify_all()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()


def _end_with_parent(parent: int) -> None:
    """The worker ends when the import that started it does, however that ends (kill -9,
    a closed terminal): Linux sends it SIGKILL then (prctl PR_SET_PDEATHSIG); elsewhere
    its sends fail once the parent's end of the pipe is gone."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG = 1
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
    # Ctrl-C reaches the whole process group: the parent stops the import (and this process)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _convert_in_child(
    records, published, tz, conn, parent_end=None, parent: int | None = None, updating: bool = True
) -> None:
    """The worker process: read the records (the reading happens here too) and send
    the batches back; an exception goes back pickled, to be raised in the parent.

    A thread sends, from an outbox (READ_AHEAD_BYTES, then SPILL_BYTES on disk), so that making rows goes
    on while the parent is busy in a long statement (a full-text chunk) and not reading.
    (Buffering on the parent's side instead would need a thread there, which would wait
    for the GIL at every 64 KiB the pipe hands over while the writer runs Python code.)"""
    # Nothing here makes reference cycles worth collecting: leave the parent's heap
    # (copied at fork) alone and skip the collector's passes over the growing batches.
    if parent_end is not None:
        parent_end.close()  # else the pipe stays open (here) when the parent dies, and a send blocks forever
    if parent is not None:
        _end_with_parent(parent)
    gc.freeze()
    gc.disable()
    outbox = _Outbox(READ_AHEAD_BYTES, SPILL_BYTES)

    def send() -> None:
        try:
            while (data := outbox.first()) is not None:
                conn.send_bytes(data)
                outbox.sent()
        except (BrokenPipeError, OSError):  # the parent stopped reading: it has failed or finished
            os._exit(0)

    sender = threading.Thread(target=send, name="dateline-import-sender", daemon=True)
    sender.start()
    try:
        for batch in _batches(records, published, tz, updating=updating):
            outbox.put(b"B" + marshal.dumps(batch))
        outbox.put(b"E")
    except BaseException as exc:  # noqa: BLE001 - every failure is the parent's to raise
        try:
            data = pickle.dumps(exc)
        except Exception:  # noqa: BLE001
            data = pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))
        outbox.put(b"X" + data)
    outbox.put(None)
    sender.join()
    outbox.close()
    conn.close()


def can_convert_in_parallel() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and (multiprocessing.cpu_count() or 1) > 1


def _batches_from_child(
    records, published, tz, idle: Callable[[], None] | None = None, updating: bool = True
) -> Iterator[tuple]:
    """``_batches`` made in a forked worker process: reading and checking records
    (``to_rows``) runs beside the SQLite writes instead of between them. The child only
    reads input and makes rows; it never touches the store. ``idle`` is called when no
    batch is ready yet, before waiting for one: work the writer can do meanwhile."""
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe(duplex=False)
    proc = ctx.Process(
        target=_convert_in_child, args=(records, published, tz, theirs, ours, os.getpid(), updating), daemon=True
    )
    proc.start()
    theirs.close()
    try:
        while True:
            if idle is not None and not ours.poll(0):
                idle()
            try:
                data = ours.recv_bytes()
            except EOFError:
                raise RuntimeError("the process reading the records stopped unexpectedly") from None
            kind = data[:1]
            if kind == b"B":
                yield marshal.loads(data[1:])
            elif kind == b"X":
                raise pickle.loads(data[1:])
            else:
                break
        proc.join()
    finally:
        ours.close()
        if proc.is_alive():
            proc.terminate()
            proc.join()


# --------------------------------------------------------------------------- writing


def _stored_interval(conn: sqlite3.Connection) -> Callable[[str], tuple | None]:
    def lookup(event_id: str) -> tuple | None:
        return conn.execute('SELECT start, "end", precision FROM events WHERE id = ?', (event_id,)).fetchone()

    return lookup


def write_records(
    db: sqlite_utils.Database,
    records: Iterable[tuple[str, dict | Exception]],
    *,
    published: datetime | None = None,
    tz: str | None = None,
    skip_bad: bool = False,
    progress: Callable[[int], None] | None = None,
    bulk: bool = False,
    parallel: bool = False,
) -> ImportResult:
    """Write ``(where, record)`` pairs in one transaction.

    A reader puts an exception in place of a record it could not read. The first bad
    record rolls everything back (``ImportFailed``) unless ``skip_bad``, which writes the
    rest and lists every bad one.

    ``bulk`` is for filling a fresh, empty store fast: the triggers that keep the
    full-text indexes and the counts in step and the events' indexes are dropped for the
    load; the full-text indexes are fed batch by batch, and the rest rebuilt at the end,
    inside the same transaction. On a store that has events already it is ignored.

    ``parallel`` reads the records and turns them into rows in a forked worker process
    while this one writes (where fork exists and there are two CPUs; else it is ignored).
    The records iterable is then consumed in the worker: it must not share state the
    caller relies on afterwards.
    """
    result = ImportResult()
    conn = db.conn
    if bulk and conn.execute("SELECT 1 FROM events UNION ALL SELECT 1 FROM days LIMIT 1").fetchone():
        bulk = False
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    checking_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    if bulk:
        conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        # a bulk load writes each quote right after its event: nothing to check (and it
        # cannot be switched off once the transaction has begun)
        conn.execute("PRAGMA foreign_keys = OFF")
    collecting = gc.isenabled()
    gc.disable()  # a load makes no reference cycles, and the collector's passes cost ~10% of it

    def restore() -> None:
        conn.execute(f"PRAGMA cache_size = {cache_size}")
        conn.execute(f"PRAGMA foreign_keys = {int(checking_keys)}")
        if collecting:
            gc.enable()

    try:
        conn.execute("BEGIN IMMEDIATE")
    except BaseException:  # (a store another process is writing): the connection as it was
        restore()
        raise
    try:
        kept = _edited(conn)
        if bulk:
            loader = _BulkLoad(conn)
        if parallel and can_convert_in_parallel():
            batches = _batches_from_child(records, published, tz, loader.idle if bulk else None, updating=not bulk)
        else:
            batches = _batches(records, published, tz, _stored_interval(conn), updating=not bulk)
        has_desk = desk_tables.ready(conn)
        for events, quotes, ids, sources, bad, written, absent, quoted, marked in batches:
            for where, reason, refused in bad:
                line = BadLine(where, reason, refused)
                if not skip_bad:
                    raise ImportFailed(line)
                result.bad_count += 1
                result.refused += refused
                if len(result.bad) < BAD_KEPT:
                    result.bad.append(line)
            if sources:
                conn.executemany(_UPSERT_SOURCE, sources)
            if bulk:
                fresh = loader.write(events, quotes, ids)
                result.new += fresh
                result.updated += len(events) - fresh
            else:
                if kept:  # events changed by hand in the browser: left as they are
                    before = len(events)
                    keep = [i for i, e in enumerate(events) if e[0] not in kept]
                    events, absent = [events[i] for i in keep], [absent[i] for i in keep]
                    quotes = [q for q in quotes if q[0] not in kept]
                    quoted = [q for q in quoted if q[0] not in kept]
                    marked = [m for m in marked if m[0] not in kept]
                    result.left_alone += before - len(events)
                    written -= before - len(events)
                changed: set[str] | frozenset[str] = _desk_changed(conn, marked) if marked and has_desk else frozenset()
                new, updated, unchanged = _classify(conn, events, quotes, absent, quoted, changed)
                result.new, result.updated, result.unchanged = (
                    result.new + new,
                    result.updated + updated,
                    result.unchanged + unchanged,
                )
                conn.executemany("DELETE FROM quotes WHERE event_id = ?", quoted)
                if any(absent):
                    for event, keep in zip(events, absent):
                        conn.execute(_upsert_keeping(keep), event)
                else:
                    conn.executemany(_UPSERT_EVENT, events)
                conn.executemany(_INSERT_QUOTE, quotes)
            if marked and has_desk:
                _write_desk(conn, marked, only_set=bulk)
            result.written += written
            if progress and written:
                progress(written)
        if bulk:
            loader.finish()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        restore()
    return result


def _desk_changed(conn: sqlite3.Connection, marked: list[tuple]) -> set[str]:
    """The ids among ``marked`` (``desk_entry`` tuples) whose stored bookmark, tags or
    note the entry would change (what the import summary counts as updated)."""
    ids = json.dumps([m[0] for m in marked])
    in_ids = "WHERE event_id IN (SELECT value FROM json_each(?))"
    on = {r[0] for r in conn.execute(f"SELECT event_id FROM bookmarks {in_ids}", (ids,))}
    tags: dict[str, set[str]] = {}
    for event_id, tag in conn.execute(f"SELECT event_id, tag FROM tags {in_ids}", (ids,)):
        tags.setdefault(event_id, set()).add(tag.casefold())
    notes = dict(conn.execute(f"SELECT event_id, text FROM notes {in_ids}", (ids,)).fetchall())
    changed = set()
    for event_id, mask, bookmarked, new_tags, note in marked:
        wanted = {t.casefold() for t in map(desk_tables.clean_tag, new_tags) if t}
        if (
            (mask & 1 and bool(bookmarked) != (event_id in on))
            or (mask & 2 and wanted != tags.get(event_id, set()))
            or (mask & 4 and (note.rstrip() if note else None) != notes.get(event_id))
        ):
            changed.add(event_id)
    return changed


def _write_desk(conn: sqlite3.Connection, marked: list[tuple], only_set: bool = False) -> None:
    """Set the bookmark, tags and note of each ``desk_entry`` as its record gives them
    (a field the record lacks is left alone). ``only_set``: the events are new (a bulk
    load), so there is nothing to clear and empty values are skipped."""
    for event_id, mask, bookmarked, tags, notes in marked:
        if only_set and not (bookmarked or tags or notes):
            continue
        rec: dict = {}
        if mask & 1:
            rec["bookmarked"] = bool(bookmarked)
        if mask & 2:
            rec["tags"] = tags
        if mask & 4:
            rec["notes"] = notes
        desk_tables.apply_record(conn, event_id, rec)


def _edited(conn: sqlite3.Connection) -> set[str]:
    """Ids of the events changed by hand (``db.edit``), which an import leaves alone."""
    try:
        return {r[0] for r in conn.execute("SELECT event_id FROM edited")}
    except sqlite3.OperationalError:  # a store from before the history table
        return set()


_LAT, _LON = EVENT_ROW.index("lat"), EVENT_ROW.index("lon")
_ROWS, _COLS = 180 * schema.GEO_RES - 1, 360 * schema.GEO_RES - 1


def _count_cells(cells: dict[tuple[int, int], int], events: list[tuple]) -> None:
    """Add the located events to their map cells: schema.GEO_ROW and GEO_COL in Python
    (the same double arithmetic; int() truncates as SQLite's CAST does, and what lies
    outside the map, infinite products of huge coordinates too, is clamped as there)."""
    res = schema.GEO_RES
    for event in events:
        lat, lon = event[_LAT], event[_LON]
        if lat is not None and lon is not None:
            r, c = (lat + 90) * res, (lon + 180) * res
            key = (
                int(r) if 0 <= r < _ROWS + 1 else 0 if r < 0 else _ROWS,
                int(c) if 0 <= c < _COLS + 1 else 0 if c < 0 else _COLS,
            )
            cells[key] = cells.get(key, 0) + 1


# The indexes on events a bulk load keeps up while the events come in order of their start
# (either way, as exports write them): each insert then goes to the end (or the start) of the
# index, or of its group's part of it, which the writer does while it waits for the reading
# worker anyway, instead of building the index after the last batch, when nothing else runs
# (1M events in order: ~4 s less at the end). Once the events come out of order, random
# inserts would cost more than the build: they are dropped then, and built at the end.
LIVE_WHILE_IN_ORDER = frozenset(
    ("events_country", "events_kind", "events_order", "events_place", "events_span", "events_t0_t1")
)
_T0 = EVENT_ROW.index("t0")


class _InOrder:
    """Whether the events seen so far come in order of their start, forward or back: of
    the steps from one start to the next that go forward and those that go back, the
    fewer are at most SLACK of the events (or FEW): a few events out of place, or equal
    starts, do not break the order."""

    SLACK, FEW = 0.01, 100

    def __init__(self) -> None:
        self.last: int | None = None
        self.forward = self.back = self.seen = 0

    def see(self, events: list[tuple]) -> bool:
        last, forward, back = self.last, self.forward, self.back
        for event in events:
            t0 = event[_T0]
            if last is not None:
                if t0 > last:
                    forward += 1
                elif t0 < last:
                    back += 1
            last = t0
        self.last, self.forward, self.back = last, forward, back
        self.seen += len(events)
        return min(forward, back) <= max(self.FEW, self.SLACK * self.seen)


class _BulkLoad:
    """The fast path of ``write_records`` into an empty store, inside its transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.triggers = _insert_triggers(conn)
        indexes = _event_indexes(conn)
        self.live = [ix for ix in indexes if ix[0] in LIVE_WHILE_IN_ORDER]
        self.indexes = [ix for ix in indexes if ix[0] not in LIVE_WHILE_IN_ORDER]  # built at the end
        self.in_order = _InOrder()
        self.fts = {t: [r[1] for r in conn.execute(f"PRAGMA table_info([{t}])")] for t in _fts_tables(conn)}
        for name, _ in self.triggers:
            conn.execute(f"DROP TRIGGER [{name}]")
        for name, _ in self.indexes:
            conn.execute(f"DROP INDEX [{name}]")
        for table in self.fts:  # fewer, larger segments, not merged while the load goes on
            schema.set_fts_hashsize(conn, table, BULK_FTS_HASHSIZE)
            schema.set_fts_automerge(conn, table, 0)
        self.last_event = self._max("events")
        self.last_quote = self._max("quotes")
        self.fts_in_step = True  # the full-text indexes hold the rows up to ``indexed``, and only those
        self.indexed = {"events": self.last_event, "quotes": self.last_quote}
        # the map's located events per cell, counted as they are written (while the reading
        # worker sets the pace) instead of by a scan of the table at the end; None once an
        # event is written twice (then the scan)
        has_cells = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'geocells'").fetchone()
        self.cells: dict[tuple[int, int], int] | None = {} if has_cells else None

    def _max(self, table: str) -> int:
        return self.conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]

    def write(self, events: list[tuple], quotes: list[tuple], ids: list[tuple]) -> int:
        """Write a batch; how many of its events are new (the others were written by an
        earlier batch of the same load)."""
        conn = self.conn
        if self.live and not self.in_order.see(events):
            for name, _ in self.live:
                conn.execute(f"DROP INDEX [{name}]")
            self.indexes += self.live
            self.live = []
        # INSERT OR IGNORE, not the upsert: an upsert may fire the UPDATE triggers, so it
        # runs under a statement savepoint, and FTS5 writes out the terms it holds at
        # every savepoint: a small segment per batch, merged over and over.
        conn.executemany(_INSERT_EVENT, events)
        last_event = self._max("events")
        fresh = last_event - self.last_event
        if fresh != len(events):
            # ids written by an earlier batch: the new records win, their quotes (all
            # older than this batch's) go, and the full-text indexes, which saw the old
            # rows, are rebuilt at the end instead
            conn.executemany(_UPSERT_EVENT, events)
            for name, sql in [ix for ix in self.indexes if ix[0] == "quotes_event"]:  # to find their quotes
                conn.execute(sql)
                self.indexes.remove((name, sql))
            conn.executemany(
                "DELETE FROM quotes WHERE event_id = ? AND id <= ?", [(i, self.last_quote) for (i,) in ids]
            )
            self.fts_in_step = False
        if self.cells is not None:
            if fresh == len(events):
                _count_cells(self.cells, events)
            else:
                self.cells = None
        conn.executemany(_INSERT_QUOTE, quotes)
        last_quote = self._max("quotes")
        if last_quote - self.last_quote != len(quotes):
            self.fts_in_step = False
        self.last_event, self.last_quote = last_event, last_quote
        if self.fts_in_step and self._unindexed() >= FTS_CHUNK:
            self._index_text()
        return fresh

    def _unindexed(self) -> int:
        return self.last_event - self.indexed["events"] + self.last_quote - self.indexed["quotes"]

    def idle(self) -> None:
        """The writer has nothing to write yet (the reading worker is behind): feed the
        full-text indexes what is waiting, if that is enough to be worth a segment."""
        if self.fts_in_step and self._unindexed() >= FTS_IDLE_CHUNK:
            self._index_text()

    def _index_text(self) -> None:
        """Feed the full-text indexes the rows written since last time, in one statement
        per table: in C, and a large chunk at a time. FTS5 writes out the terms it holds
        as a segment at every statement savepoint (as INSERT ... SELECT opens), so small
        chunks would make many small segments to merge."""
        for table, fts in (("events", "events_fts"), ("quotes", "quotes_fts")):
            if fts in self.fts:
                cols = ", ".join(f"[{c}]" for c in self.fts[fts])
                self.conn.execute(
                    f"INSERT INTO [{fts}](rowid, {cols}) SELECT rowid, {cols} FROM [{table}] WHERE rowid > ?",
                    (self.indexed[table],),
                )
        self.indexed = {"events": self.last_event, "quotes": self.last_quote}

    def finish(self) -> None:
        conn = self.conn
        if self.fts_in_step:
            self._index_text()
        # CREATE INDEX sorts in memory up to the page cache's size, then merges runs from
        # temporary files: a smaller cache here keeps the import's peak memory flat
        conn.execute(f"PRAGMA cache_size = -{SORT_CACHE_KIB}")
        # the reading worker is done by now: its CPU sorts too when the events' indexes are
        # to be built (~30% faster at 1M rows); not for the quotes' index alone (the events
        # came in order): its merge then grows the writer with the rows (+24 MB at 1M, ~+60
        # at 2M), one thread's stays within the sort cache, and as fast
        threads = conn.execute("PRAGMA threads").fetchone()[0]
        if (os.cpu_count() or 1) > 1 and len(self.indexes) > 1:
            conn.execute(f"PRAGMA threads = {SORT_THREADS}")
        for _, sql in self.indexes:
            conn.execute(sql)
        conn.execute("DELETE FROM days")  # (an event written twice may have passed through events_days_au)
        conn.execute("INSERT INTO days(day, n) SELECT day, count(*) FROM events GROUP BY day")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'counts'").fetchone():
            schema.recount(conn)
        if self.cells is not None:
            conn.execute("DELETE FROM geocells")
            conn.executemany("INSERT INTO geocells(r, c, n) VALUES (?, ?, ?)", [(*k, n) for k, n in self.cells.items()])
        elif conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'geocells'").fetchone():
            schema.recount_geocells(conn)  # (a GROUP BY that sorts: the sorter's threads help here too)
        conn.execute(f"PRAGMA threads = {threads}")
        for table in self.fts:
            if not self.fts_in_step:
                conn.execute(f"INSERT INTO [{table}]([{table}]) VALUES('rebuild')")
            schema.set_fts_hashsize(conn, table, schema.FTS_HASHSIZE)
            schema.set_fts_automerge(conn, table, schema.FTS_AUTOMERGE)
        for _, sql in self.triggers:
            conn.execute(sql)
