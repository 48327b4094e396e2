"""Damaged, read-only and busy stores: messages in the user's words, `dateline check`,
an export that saves what can be read, a browser that says so and exits 1."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.tui.cli import main
from terminal import Terminal, dateline_argv, needs_tmux


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def damaged_file(tmp_path_factory) -> Path:
    """A 3,000-event demo store with eight pages of its latter two thirds overwritten."""
    path = tmp_path_factory.mktemp("damaged") / "store.db"
    assert run("demo", "--events", 3000, "--db", path).exit_code == 0
    size, page = path.stat().st_size, 8192
    rng = random.Random(1)
    with open(path, "r+b") as f:
        for n in rng.sample(range(size // page // 3, size // page), 8):
            f.seek(n * page)
            f.write(rng.randbytes(page))
    return path


@pytest.fixture
def damaged(damaged_file, tmp_path) -> Path:
    path = tmp_path / "store.db"
    shutil.copy(damaged_file, path)
    return path


def test_check_says_a_sound_store_is_sound(seed_path):
    result = run("--db", seed_path, "check")
    assert result.exit_code == 0
    assert result.stdout == f"{seed_path}: sound (PRAGMA integrity_check: ok; 11 events, 9 quotes)\n"


def test_check_finds_the_damage(damaged):
    result = run("--db", damaged, "check")
    assert result.exit_code == 1
    assert f"{damaged}: the store is damaged: PRAGMA integrity_check found" in result.stderr
    assert "export -o rescue.jsonl" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "file"])
def test_export_saves_what_can_be_read_and_says_what_could_not(damaged, tmp_path, to_file):
    out = tmp_path / "rescue.jsonl"
    result = run("--db", damaged, "export", *(["-o", out] if to_file else []))
    assert result.exit_code == 1
    lines = (out.read_text() if to_file else result.stdout).splitlines()
    assert 2000 < len(lines) < 3000
    assert len({json.loads(x)["id"] for x in lines}) == len(lines)  # none twice
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: the store is damaged (database disk image is malformed): ")
    assert f"exported the {len(lines)} readable events; " in last and "run `dateline check`" in last
    # what was saved imports into a new store, whole
    if to_file:
        new = tmp_path / "new.db"
        assert run("--db", new, "import", out).exit_code == 0
        assert run("--db", new, "check").exit_code == 0


@pytest.mark.parametrize("command", [["events"], ["quotes", "said"], ["quotes"], ["events", "--json"]])
def test_reading_commands_on_a_damaged_store_say_so_in_one_line(damaged, command):
    result = run("--db", damaged, *command)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith("Error: the store is damaged: ")
    assert result.stderr.strip().endswith("run `dateline check`")


@needs_tmux
def test_the_browser_on_a_damaged_store_shows_a_message_and_exits_1(damaged, tmp_path):
    term = Terminal(tmp_path, 100, 30)
    try:
        term.start(dateline_argv("--db", str(damaged)))
        term.wait_for("events")
        term.keys("G")
        for _ in range(300):
            if "the store is damaged" in term.screen():
                break
            term.keys("PageUp")
        screen = term.wait_for("the store is damaged")
        if "press q to quit" in screen:  # the screen that says so (unless the app ended at once)
            assert "the store is damaged: database disk image is malformed; run `dateline check`" in screen
            term.keys("q")
        assert term.wait_end() == 1
        # keys sent after the app ended echo in the shell ('^[[5~') and may wrap the line
        screen = term.screen().replace("\n", "")
        assert "Error: the store is damaged: database disk image is malformed; run `dateline check`" in screen
        assert "Traceback" not in screen
    finally:
        term.close()


# --------------------------------------------------------------------------- read-only


def _can_mount_read_only() -> bool:
    if not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


needs_ro_mount = pytest.mark.skipif(not _can_mount_read_only(), reason="needs unshare -rm (user and mount namespaces)")


def in_read_only_folder(folder: Path, *argv: str) -> subprocess.CompletedProcess:
    """Run ``argv`` with ``folder`` mounted read-only (in a mount namespace of its own)."""
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", str(folder), *argv], capture_output=True, text=True
    )


@pytest.fixture
def wal_store(seed_path, tmp_path) -> Path:
    """A store in WAL mode (as every store is once written to) in a folder of its own."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "store.db"
    shutil.copy(seed_path, path)
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "one", "title": "one more", "start": "2024-09-22"}) + "\n")
    assert run("--db", path, "import", src).exit_code == 0
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()  # the last connection gone, SQLite removes -wal and -shm: as a store copied elsewhere
    assert sorted(p.name for p in folder.iterdir()) == ["store.db"]
    return path


@needs_ro_mount
@pytest.mark.parametrize(
    "args, expect",
    [
        (["events"], "one more"),
        (["quotes", "victory"], "victory"),
        (["export", "--format", "csv"], "one more"),
        (["check"], "sound"),
    ],
)
def test_a_wal_store_in_a_read_only_folder_is_read(wal_store, args, expect):
    result = in_read_only_folder(wal_store.parent, *dateline_argv("--db", str(wal_store), *args))
    assert result.returncode == 0, result.stderr
    assert expect in result.stdout


@needs_ro_mount
def test_an_import_into_a_read_only_folder_says_so(wal_store, tmp_path):
    src = tmp_path / "two.jsonl"
    src.write_text(json.dumps({"id": "two", "title": "two", "start": "2024-09-22"}) + "\n")
    result = in_read_only_folder(wal_store.parent, *dateline_argv("--db", str(wal_store), "import", str(src)))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"Error: the store's folder is read-only ({wal_store.parent}); dateline can read the store but not change it"
    )


@needs_ro_mount
@needs_tmux
def test_the_browser_and_its_search_work_in_a_read_only_folder(wal_store, tmp_path):
    term = Terminal(tmp_path, 120, 30)
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    try:
        term.start(
            ["unshare", "-rm", "sh", "-c", script, "sh", str(wal_store.parent), *dateline_argv("--db", str(wal_store))]
        )
        term.wait_for("one more")
        term.keys("/")
        term.wait_for("who said what")
        term.keys(*"victory")
        term.wait_for("victory plan")
        term.keys("Escape")
        term.wait_gone("Search quotes")
        term.keys("q")
        assert term.wait_end() == 0
    finally:
        term.close()


def test_read_only_flag_reads_and_never_writes(wal_store):
    before = (wal_store.stat().st_mtime_ns, wal_store.read_bytes())
    assert "one more" in run("--db", wal_store, "--read-only", "events").stdout
    result = run("--db", wal_store, "--read-only", "import", wal_store)
    assert result.exit_code == 1 and "--read-only: an import writes to the store" in result.stderr
    assert (wal_store.stat().st_mtime_ns, wal_store.read_bytes()) == before


def test_a_read_only_store_file_says_so(seed_path, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes any file")
    seed_path.chmod(0o444)
    src = tmp_path / "x.jsonl"
    src.write_text(json.dumps({"title": "x", "start": "2024-09-22"}) + "\n")
    result = run("--db", seed_path, "import", src)
    assert (
        result.stderr.strip() == f"Error: the store is read-only ({seed_path}); dateline can read it but not change it"
    )


def test_another_import_running_says_so(seed_path, tmp_path):
    holder = sqlite3.connect(seed_path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        src = tmp_path / "x.jsonl"
        src.write_text(json.dumps({"title": "x", "start": "2024-09-22"}) + "\n")
        result = run("--db", seed_path, "import", src)
    finally:
        holder.rollback()
        holder.close()
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: another import is running on {seed_path}; try again when it ends"


@needs_ro_mount
def test_a_new_store_or_an_export_in_a_read_only_folder_says_so(wal_store, seed_path, tmp_path):
    folder = wal_store.parent
    src = tmp_path / "two.jsonl"
    src.write_text(json.dumps({"id": "two", "title": "two", "start": "2024-09-22"}) + "\n")
    for argv in (
        ["--db", str(folder / "new.db"), "import", str(src)],
        ["--db", str(seed_path), "export", "-o", str(folder / "out.jsonl")],
    ):
        result = in_read_only_folder(folder, *dateline_argv(*argv))
        assert result.returncode == 1
        assert result.stderr.strip() == f"Error: cannot write in {folder}: the folder is read-only"
