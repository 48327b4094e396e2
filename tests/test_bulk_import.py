"""The fast import path: `dateline import` into a new store goes through the bulk load
(and, for a large input, a worker process), and stores exactly what the plain path does;
errors read the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.db import demo, queries, store, write
from dateline.tui import cli
from dateline.tui.cli import main

ROWS = (
    "SELECT * FROM days ORDER BY day",
    "SELECT rowid, * FROM events ORDER BY rowid",
    "SELECT * FROM quotes ORDER BY id",
    "SELECT * FROM sources ORDER BY id",
    "SELECT * FROM counts ORDER BY name",
)
N = 2 * write.BATCH + 300  # more than one batch


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def demo_jsonl(path: Path, n: int = N, extra: list[dict] = ()) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for _, rec in demo.records(n, 4):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for rec in extra:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def plain_store(path: Path, jsonl: Path) -> Path:
    """The same file written the slow way: one record at a time, every trigger on."""
    from dateline.db import formats

    with store.new_store_atomically(path) as db:
        write.write_records(db, formats.read_all([jsonl]), bulk=False, parallel=False)
    return path


def same_store(a: Path, b: Path) -> None:
    da, db_ = store.open_store(a), store.open_store(b)
    for sql in ROWS:
        assert da.execute(sql).fetchall() == db_.execute(sql).fetchall(), sql
    for word in ("said", demo.RARE[3], "Kharkiv", "sai"):
        assert queries.search_quotes(da, word, limit=5000, prefix_last=True, candidates=None) == queries.search_quotes(
            db_, word, limit=5000, prefix_last=True, candidates=None
        )
        assert queries.search_quotes(da, word, limit=50) == queries.search_quotes(db_, word, limit=50)
    assert (
        da.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH 'Kharkiv' ORDER BY rowid").fetchall()
        == db_.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH 'Kharkiv' ORDER BY rowid").fetchall()
    )
    triggers = "SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') ORDER BY name"
    assert da.execute(triggers).fetchall() == db_.execute(triggers).fetchall()
    da.close(), db_.close()
    for path in (a, b):  # the full-text indexes agree with their tables (this raises if not)
        d = store.open_store(path, write=True)
        assert d.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for fts in ("quotes_fts", "events_fts"):
            d.execute(f"INSERT INTO {fts}({fts}, rank) VALUES('integrity-check', 1)")
        d.close()


@pytest.fixture
def bulk_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real_init = write._BulkLoad.__init__

    def init(self, conn):
        calls.append("bulk")
        real_init(self, conn)

    monkeypatch.setattr(write._BulkLoad, "__init__", init)
    return calls


@pytest.mark.parametrize(
    "parallel, read_ahead, spill",
    [(False, None, None), (True, None, None), (True, 1, 0), (True, 1, None)],
    ids=["in-process", "worker", "worker-one-batch-ahead", "worker-spilling-each-batch"],
)
def test_import_into_a_new_store_is_bulk_and_stores_the_same(
    tmp_path, monkeypatch, bulk_calls, parallel, read_ahead, spill
):
    if parallel:
        if not write.can_convert_in_parallel():
            pytest.skip("no fork or one CPU")
        monkeypatch.setattr(cli, "PARALLEL_IMPORT_BYTES", 0)
    if read_ahead is not None:  # the worker holds one batch at a time in memory
        monkeypatch.setattr(write, "READ_AHEAD_BYTES", read_ahead)
    if spill is not None:  # and none in a file: it waits for every send
        monkeypatch.setattr(write, "SPILL_BYTES", spill)
    # the same id again, in the same batch and in a later one: the last record wins, quotes and all
    again = [
        dict(rec, title="Rewritten", quotes=[{"text": "a brand new zqxj quote", "speaker": "New"}])
        for _, rec in demo.records(3, 4)
    ]
    again.append(dict(again[1], quotes=[{"text": "second zqxj rewrite", "speaker": "New"}]))  # same batch
    jsonl = demo_jsonl(tmp_path / "in.jsonl", extra=again)
    result = run("--db", tmp_path / "bulk.db", "import", jsonl)
    assert result.exit_code == 0, result.output
    assert f": {N:,} new, 4 updated, 0 unchanged" in result.stderr  # 3 ids again in later batches, 1 in the same
    assert bulk_calls == ["bulk"]
    same_store(tmp_path / "bulk.db", plain_store(tmp_path / "plain.db", jsonl))
    db = store.open_store(tmp_path / "bulk.db")
    assert db.execute("SELECT title FROM events WHERE id = ?", [again[0]["id"]]).fetchone() == ("Rewritten",)
    assert sorted(h.event_id for h in queries.search_quotes(db, "zqxj")) == sorted(r["id"] for r in again[:3])
    assert [q for (q,) in db.execute("SELECT text FROM quotes WHERE event_id = ?", [again[1]["id"]])] == [
        "second zqxj rewrite"
    ]
    # the full-text indexes merge their segments again as later writes come (a bulk
    # load turns that off while it runs)
    for fts in ("quotes_fts", "events_fts"):
        assert db.execute(f"SELECT v FROM {fts}_config WHERE k = 'automerge'").fetchone() in (None, (4,))
    db.close()


@pytest.mark.parametrize("spill", [0, 2000], ids=["memory-only", "spilling-to-a-file"])
def test_the_workers_outbox_holds_no_more_bytes_than_its_bounds(spill):
    """The batches the worker has made and not yet sent stay within READ_AHEAD_BYTES in
    memory and SPILL_BYTES in its temporary file, however far ahead the reading is (its
    memory is the same on any input), and go out in the order they were made; a batch
    larger than the bound goes alone."""
    import threading
    import time

    outbox = write._Outbox(1000, spill)
    made = [bytes([n]) * (300 if n != 7 else 2500) for n in range(40)]
    sent: list[bytes] = []
    held: list[tuple[int, int]] = []

    def send() -> None:
        while (data := outbox.first()) is not None:
            held.append((outbox.size, outbox.file_end))
            time.sleep(0.002)  # a writer slower than the reading
            sent.append(data)
            outbox.sent()

    sender = threading.Thread(target=send)
    sender.start()
    for data in made:
        outbox.put(data)
    outbox.put(None)
    sender.join(10)
    outbox.close()
    assert sent == made
    in_memory = sorted(size for size, _ in held)
    assert in_memory[-1] == 2500  # the large batch, alone
    assert in_memory[-2] <= 1000 and max(size for size, _ in held[:7]) > 300  # within the bound, several at a time
    on_disk = [end for _, end in held]
    assert max(on_disk) <= spill
    if spill:
        assert max(on_disk) > 0  # the reading went on past the memory's bound, into the file


def test_import_into_a_store_with_events_is_not_bulk(seed_path, tmp_path, bulk_calls):
    jsonl = demo_jsonl(tmp_path / "in.jsonl", 50)
    assert run("--db", seed_path, "import", jsonl).exit_code == 0
    assert bulk_calls == []


def test_demo_goes_through_the_same_path(tmp_path, bulk_calls):
    assert run("demo", "--events", "300", "--db", tmp_path / "d.db").exit_code == 0
    assert bulk_calls == ["bulk"]


@pytest.mark.parametrize("parallel", [False, True], ids=["in-process", "worker"])
def test_errors_read_the_same_from_a_worker(tmp_path, monkeypatch, parallel):
    if parallel:
        monkeypatch.setattr(cli, "PARALLEL_IMPORT_BYTES", 0)
    jsonl = demo_jsonl(tmp_path / "in.jsonl", 2500)
    with jsonl.open("a", encoding="utf-8") as f:
        f.write('{"title": "Bad date", "start": "21st of Septembrr"}\n')
        f.write('{"title": "broken", "start": "2024-09-21"\n')
        f.write('{"id": "late", "title": "fine", "start": "2024-09-21"}\n')
    result = run("--db", tmp_path / "new.db", "import", jsonl)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {jsonl}:2501: cannot read ISO date '21st of Septembrr'"
    assert not (tmp_path / "new.db").exists()
    result = run("--db", tmp_path / "new.db", "import", "--skip-bad", jsonl)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"{jsonl}:2501: cannot read ISO date '21st of Septembrr'",
        f"{jsonl}:2502: broken JSON: Expecting ',' delimiter (column 42)",
        "1,073 events gave no time zone: read in UTC (the store names no zone yet); --tz ZONE to say which",
        f"imported {jsonl} into {tmp_path / 'new.db'}: 2,501 new, 0 updated, 0 unchanged, 2 bad",
    ]


def test_a_failure_while_reading_in_the_worker_is_raised_here(tmp_path):
    if not write.can_convert_in_parallel():
        pytest.skip("no fork or one CPU")

    def records():
        yield from demo.records(10, 1)
        raise OSError(5, "Input/output error", "in.jsonl")

    with pytest.raises(OSError, match="Input/output error"):
        with store.new_store_atomically(tmp_path / "x.db") as db:
            write.write_records(db, records(), bulk=True, parallel=True)
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("order", ["in time order", "newest first", "shuffled"])
def test_indexes_kept_up_while_the_events_come_in_time_order(tmp_path, monkeypatch, order):
    """An export written in time order (either way) keeps the events' indexes up as it is
    loaded; a file in no order drops them at its first batch and builds them at the end.
    Either way the store is the one the plain path writes."""
    kept: list[list[str]] = []
    real_finish = write._BulkLoad.finish

    def finish(self):
        kept.append(sorted(name for name, _ in self.live))
        real_finish(self)

    monkeypatch.setattr(write._BulkLoad, "finish", finish)
    records = [rec for _, rec in demo.records(N, 4)]
    if order != "shuffled":  # (demo records come in no order of time)
        records.sort(key=lambda r: r["start"], reverse=order == "newest first")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = run("--db", tmp_path / "bulk.db", "import", jsonl)
    assert result.exit_code == 0, result.output
    assert kept == [sorted(write.LIVE_WHILE_IN_ORDER) if order != "shuffled" else []]
    same_store(tmp_path / "bulk.db", plain_store(tmp_path / "plain.db", jsonl))


def test_a_few_events_out_of_place_keep_the_order():
    seen = write._InOrder()
    t0 = write.EVENT_ROW.index("t0")
    starts = list(range(0, 10_000, 2)) + [5] * 50 + list(range(10_000, 12_000))  # 50 late events, then on
    events = [tuple(s if i == t0 else None for i in range(len(write.EVENT_ROW))) for s in starts]
    assert all(seen.see(events[i : i + 2000]) for i in range(0, len(events), 2000))
    back_and_forth = [tuple(s if i == t0 else None for i in range(len(write.EVENT_ROW))) for s in [1, 3] * 1000]
    assert not write._InOrder().see(back_and_forth)
