"""Opening, creating and checking stores; where the default store lives."""

from __future__ import annotations

import contextlib
import glob
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

import platformdirs

from . import schema
from .reader import Readable, Reader

if TYPE_CHECKING:
    import sqlite_utils

PAGE_SIZE = 8192  # a bulk load of a million events runs ~20% faster than with SQLite's 4096


class StoreError(Exception):
    """A store that cannot be used; the message is one line for the user."""


def default_path() -> Path:
    """The default store: $DATELINE_DB, else the user data directory."""
    env = os.environ.get("DATELINE_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("dateline", appauthor=False)) / "dateline.db"


def _connect(path: Path) -> sqlite_utils.Database:
    import sqlite_utils  # for writing only: reading needs SQLite alone (``Reader``)

    conn = sqlite3.connect(str(path), check_same_thread=False)
    db = sqlite_utils.Database(conn)
    return db


def _tune(db: sqlite_utils.Database, journal: str = "WAL") -> None:
    db.execute(f"PRAGMA journal_mode = {journal}")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA cache_size = -16000")


def folder_read_only(p: Path) -> bool:
    """Whether the folder holding ``p`` cannot be written (permissions, a read-only mount):
    SQLite cannot make a WAL store's index (-shm) there, nor a journal."""
    folder = p.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):
        pass
    return not os.access(folder, os.W_OK)


def _connect_read_only(p: Path, immutable: bool) -> Reader:
    uri = f"file:{urllib.parse.quote(str(p.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")
    return Reader(sqlite3.connect(uri, uri=True, check_same_thread=False))


def explain(exc: sqlite3.Error, p: Path) -> str:
    """SQLite's error in the user's words, where there are better ones."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"another import is running on {p}; try again when it ends"
    if "readonly" in text or "read-only" in text or ("unable to open" in text and folder_read_only(p)):
        if folder_read_only(p):
            return f"the store's folder is read-only ({p.parent}); dateline can read the store but not change it"
        return f"the store is read-only ({p}); dateline can read it but not change it"
    if is_damage(exc):
        return f"the store is damaged: {text}; run `dateline check`"
    return f"the store cannot be read: {text}"


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error says the file is corrupt (not busy, not read-only)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
    return "malformed" in str(exc)


def backup_path(p: Path, ver: int) -> Path:
    """Where the copy of a store about to be migrated from schema ``ver`` goes: beside it."""
    base = p.with_name(f"{p.stem}.schema{ver}-backup{p.suffix or '.db'}")
    n = 1
    while base.exists():
        n += 1
        base = p.with_name(f"{p.stem}.schema{ver}-backup-{n}{p.suffix or '.db'}")
    return base


def backup_before_migrating(db: Readable, p: Path, target: Path) -> Path:
    """A whole copy of the store (SQLite's online backup) at ``target`` beside it, before
    a migration changes it. A copy that cannot be made stops the migration."""
    try:
        copy = sqlite3.connect(target)
        try:
            db.conn.backup(copy)
        finally:
            copy.close()
    except (sqlite3.Error, OSError) as exc:
        for leftover in (target, Path(f"{target}-journal")):
            if leftover.exists():
                leftover.unlink()
        raise StoreError(f"cannot copy {p} before updating it to a new schema ({exc}); nothing changed") from None
    return target


@overload
def open_store(
    path: str | os.PathLike,
    *,
    write: Literal[True],
    read_only: bool = False,
    migrating: Callable[[int, int, Path], contextlib.AbstractContextManager] | None = None,
) -> sqlite_utils.Database: ...
@overload
def open_store(
    path: str | os.PathLike,
    *,
    write: Literal[False] = False,
    read_only: bool = False,
    migrating: Callable[[int, int, Path], contextlib.AbstractContextManager] | None = None,
) -> Readable: ...
def open_store(
    path: str | os.PathLike,
    *,
    write: bool = False,
    read_only: bool = False,
    migrating: Callable[[int, int, Path], contextlib.AbstractContextManager] | None = None,
) -> Readable:
    """Open an existing dateline store; never creates one. For writing, through
    sqlite-utils; for reading, on SQLite alone (``reader.Reader``).

    Raises StoreError for a missing file, an unreadable one, or a file that is not a
    dateline store. An older store is migrated when opened for writing, after a copy of
    it is made beside it (``backup_path``); ``migrating(from, to, copy)`` gives a context
    the migration runs in (a progress display). For reading, a
    store whose file or folder cannot be written (or with ``read_only``) is opened
    read-only (``mode=ro``; ``immutable=1`` where the folder is read-only and SQLite
    could not read a WAL store otherwise).
    """
    p = Path(path)
    if not p.exists():
        raise StoreError(f"no store at {p} (dateline import FILE --db {p} makes one from a file)")
    if p.is_dir():
        raise StoreError(f"{p} is a directory, not a dateline store")
    if not os.access(p, os.R_OK):
        raise StoreError(f"cannot read {p}: permission denied")
    ro_folder = folder_read_only(p)
    if write and (ro_folder or not os.access(p, os.W_OK)):
        raise StoreError(explain(sqlite3.OperationalError("attempt to write a readonly database"), p))
    if not ro_folder:
        clean_stale_builds(p)  # what a killed build of this store left beside it
    attempts = [False, True] if ro_folder else [False]
    while True:
        immutable = attempts.pop(0)
        db: sqlite_utils.Database | Reader
        try:
            if write:
                db = _connect(p)
            elif read_only or ro_folder or not os.access(p, os.W_OK):
                db = _connect_read_only(p, immutable)
            else:
                db = Reader(sqlite3.connect(str(p), check_same_thread=False))
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            ver = schema.version(db)
            break
        except sqlite3.DatabaseError as exc:
            if attempts:
                continue
            if is_damage(exc) and "not a database" not in str(exc):
                raise StoreError(f"the store is damaged: {exc}; run `dateline check`") from None
            raise StoreError(f"{p} is not a dateline store ({exc})") from None
    if app_id != schema.APPLICATION_ID or ver < 1:
        db.close()
        raise StoreError(f"{p} is not a dateline store")
    if ver > schema.SCHEMA_VERSION:
        db.close()
        raise StoreError(f"{p} was written by a newer dateline (schema {ver}); upgrade dateline")
    try:
        if not isinstance(db, Reader):  # opened for writing
            _tune(db)
            if ver < schema.SCHEMA_VERSION:
                kept = backup_path(p, ver)
                with migrating(ver, schema.SCHEMA_VERSION, kept) if migrating else contextlib.nullcontext():
                    backup_before_migrating(db, p, kept)
                    schema.migrate(db)
        else:
            db.execute("PRAGMA query_only = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(explain(exc, p) if write else f"cannot open {p}: {exc}") from None
    return db


def create_store(path: str | os.PathLike, *, journal: str = "WAL") -> sqlite_utils.Database:
    """Create an empty store at a path where nothing exists yet."""
    p = Path(path)
    if p.exists():
        raise StoreError(f"{p} exists already")
    p.parent.mkdir(parents=True, exist_ok=True)
    db = _connect(p)
    db.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # before the first table; fixed from then on
    _tune(db, journal)
    schema.migrate(db)
    return db


@contextmanager
def new_store_atomically(path: str | os.PathLike) -> Iterator[sqlite_utils.Database]:
    """Build a store in a temporary file beside ``path``; move it into place only if
    the block succeeds, so a half-built store is never left at ``path``."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    clean_stale_builds(p)
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.{os.getpid()}.", suffix=BUILDING, dir=p.parent)
    os.close(fd)
    os.unlink(tmp)
    tmp_path = Path(tmp)
    # No other connection ever opens the file being built, and a failed build is thrown
    # away: a rollback journal in memory writes every page once, where WAL writes it
    # twice (into the log, then into the file).
    db = create_store(tmp_path, journal="MEMORY")
    try:
        yield db
        db.execute("PRAGMA journal_mode = DELETE")  # fold the WAL back in before the move
        db.close()
        os.replace(tmp_path, p)
    except BaseException:
        db.close()
        raise
    finally:
        for leftover in (tmp_path, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            if leftover.exists():
                leftover.unlink()


BUILDING = ".building"
STALE_AFTER = 24 * 3600  # seconds: a build file without a process id (an older dateline's) is stale by then


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_builds(path: str | os.PathLike) -> list[Path]:
    """Remove the files a killed build of ``path`` left beside it (``.NAME.PID.*.building``
    and its journal) whose process is gone; the paths removed. A build still running is
    left alone; nothing is said when the folder cannot be written."""
    p = Path(path)
    removed: list[Path] = []
    try:
        candidates = list(p.parent.glob(f".{glob.escape(p.name)}.*{BUILDING}*"))
    except OSError:
        return removed
    now = time.time()
    for leftover in candidates:
        base = leftover.name.split(BUILDING)[0]
        rest = base[len(p.name) + 2 :].split(".")
        try:
            if rest and rest[0].isdigit():
                if _alive(int(rest[0])):
                    continue
            elif now - leftover.stat().st_mtime < STALE_AFTER:
                continue
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            continue
    return removed


def open_or_build(path: Path, build: Callable[[sqlite_utils.Database], None]) -> Readable:
    """Open the store at ``path``; if nothing is there yet, build it first (atomically)."""
    if not path.exists():
        with new_store_atomically(path) as db:
            build(db)
    return open_store(path)
