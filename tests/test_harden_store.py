"""Stores and processes: an import ends cleanly on SIGTERM, SIGINT and SIGHUP with the
store as before; its worker process ends when it does; stale build files go."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from dateline.db import store

GOOD = b'{"title": "from the pipe", "start": "2024-09-01"}\n'


def dateline() -> str:
    return str(Path(sys.executable).parent / "dateline")


def wait_until(check, timeout: float = 30.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or check}")
        time.sleep(0.02)


def locked(db: Path) -> bool:
    """Whether another connection holds the store's write lock (an import is under way)."""
    conn = sqlite3.connect(db, timeout=0)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def events(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    finally:
        conn.close()


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


class Feeder:
    """A FIFO the import reads from, held open (so the import waits on it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        os.mkfifo(path)
        self.fd: int | None = None
        self._opened = threading.Thread(target=self._open, daemon=True)
        self._opened.start()

    def _open(self) -> None:
        self.fd = os.open(self.path, os.O_WRONLY)  # blocks until the reader opens it
        os.write(self.fd, GOOD * 50)

    def close(self) -> None:
        self._opened.join(timeout=5)
        if self.fd is not None:
            os.close(self.fd)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: s.name)
@pytest.mark.parametrize("into", ["existing store", "new store"])
def test_a_signal_ends_an_import_cleanly_with_the_store_as_before(seed_path, tmp_path, sig, into):
    db = seed_path if into == "existing store" else tmp_path / "new" / "x.db"
    before = events(db) if db.exists() else None
    feed = Feeder(tmp_path / "feed.jsonl")
    proc = subprocess.Popen(
        [dateline(), "--db", str(db), "import", "--format", "jsonl", str(feed.path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        if before is not None:
            wait_until(lambda: locked(db), what="the import to hold the store")
        else:
            wait_until(lambda: list(db.parent.glob("*.building")), what="the build file")
        wait_until(lambda: feed.fd is not None, what="the import to open its input")
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
    finally:
        feed.close()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 128 + sig, err
    assert err.decode().strip() == f"import stopped ({sig.name}): nothing imported; the store is as it was"
    if before is not None:
        assert events(db) == before and not locked(db)
    else:
        assert not db.exists() and not list(db.parent.glob("*.building*"))


WORKER_DRIVER = textwrap.dedent(
    """
    import sys
    from dateline.db import formats, store
    from dateline.db.write import write_records

    with store.new_store_atomically(sys.argv[1]) as db:
        write_records(db, formats.read_all([sys.argv[2]], "jsonl"), parallel=True)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=lambda s: s.name)
def test_the_import_worker_ends_when_its_parent_is_killed(tmp_path, sig):
    feed = Feeder(tmp_path / "feed.jsonl")
    proc = subprocess.Popen([sys.executable, "-c", WORKER_DRIVER, str(tmp_path / "x.db"), str(feed.path)])
    try:
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        wait_until(lambda: children.read_text().split(), what="the worker process")
        wait_until(lambda: feed.fd is not None, what="the worker to open its input")
        worker = int(children.read_text().split()[0])
        proc.send_signal(sig)
        proc.wait(timeout=30)
        wait_until(lambda: gone(worker), timeout=10, what="the worker to end")
    finally:
        feed.close()
        if proc.poll() is None:
            proc.kill()


def test_stale_build_files_go_on_the_next_run_and_a_live_one_stays(seed_path, tmp_path):
    folder = seed_path.parent
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stale = [folder / f".seed.db.{dead_pid}.abc123.building", folder / f".seed.db.{dead_pid}.abc123.building-journal"]
    old = folder / ".seed.db.q1w2e3.building"  # an older dateline's name, a day old
    live = folder / f".seed.db.{os.getpid()}.zzz.building"
    for f in [*stale, old, live]:
        f.write_bytes(b"half a store")
    day_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (day_ago, day_ago))
    other = folder / ".other.db.1.x.building"
    other.write_bytes(b"not ours")
    db = store.open_store(seed_path)
    db.close()
    assert sorted(p.name for p in folder.iterdir() if "building" in p.name) == sorted([live.name, other.name])


def test_a_killed_first_import_leaves_nothing_a_second_cannot_finish(tmp_path):
    """kill -9 in the middle of building a new store: its build file is cleaned by the next."""
    feed = Feeder(tmp_path / "feed.jsonl")
    db = tmp_path / "new.db"
    proc = subprocess.Popen([dateline(), "--db", str(db), "import", "--format", "jsonl", str(feed.path)])
    try:
        wait_until(lambda: list(tmp_path.glob("*.building")), what="the build file")
        proc.kill()
        proc.wait(timeout=30)
    finally:
        feed.close()
    assert list(tmp_path.glob("*.building*")) and not db.exists()
    src = tmp_path / "ok.jsonl"
    src.write_bytes(GOOD)
    result = subprocess.run([dateline(), "--db", str(db), "import", str(src)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert not list(tmp_path.glob("*.building*"))
    assert (
        json.loads(
            subprocess.run([dateline(), "--db", str(db), "events", "--json"], capture_output=True, text=True).stdout
        )["title"]
        == "from the pipe"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_ends_a_large_import_and_its_worker_with_the_store_as_before(seed_path, tmp_path):
    """From 4 MB on, the import reads in a worker process: SIGTERM ends both, rolled back."""
    src = tmp_path / "big.jsonl"
    line = '{"title": "Event %d", "start": "2024-09-01", "summary": "' + "words " * 40 + '"}\n'
    src.write_text("".join(line % i for i in range(30_000)))
    assert src.stat().st_size > 4 << 20
    before = events(seed_path)
    proc = subprocess.Popen([dateline(), "--db", str(seed_path), "import", str(src)], stderr=subprocess.PIPE)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    try:
        wait_until(lambda: proc.poll() is not None or children.read_text().split(), what="the worker process")
        assert proc.poll() is None, "the import ended before it could be stopped"
        worker = int(children.read_text().split()[0])
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert err.decode().strip().endswith("import stopped (SIGTERM): nothing imported; the store is as it was")
    wait_until(lambda: gone(worker), timeout=10, what="the worker to end")
    assert events(seed_path) == before
