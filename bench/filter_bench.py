"""Timings of the timeline under a filter, and of search over events and notes.

    python bench/filter_bench.py bench/out/demo-100000.db [--runs 5] [--app]

Works on a copy of the store (it tags and bookmarks 1% of the events and writes a note
on 1%, as an analyst would). For each filter: how many events it keeps, the store side
of its first screen (the per-day counts, then the first 45 lines: ``Timeline`` as the
browser builds it), go to date under it, and a page further on. With ``--app``, the
browser itself (Textual's Pilot, 140×42): applying the filter through the filter bar's
path until the next frame, then ``j``, PgDn, ``]`` and End under it, each press until
its frame. Medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from dateline.db import desk, find, store
from dateline.db.filters import Filter
from dateline.db.timeline import Timeline
from run import recorded_frames  # bench/run.py

FILTERS = [
    ("place:Kharkiv (indexed, ~1.6%)", Filter(place=("Kharkiv",))),
    ("kind:airstrike (indexed, ~8%)", Filter(kind=("airstrike",))),
    ("kind + place (~0.1%)", Filter(kind=("airstrike",), place=("Kharkiv",))),
    ("tag:verify (1%)", Filter(tag=("verify",))),
    ("bookmarked (1%)", Filter(bookmarked=True)),
    ("actor (JSON, unindexed)", Filter(actor=("the mayor",))),
    ("killed>=10 (unindexed)", Filter(killed=10)),
    ("text 'hospital' (FTS5)", Filter(text="hospital")),
    ("from/to one month", Filter(start="2020-03-01", end="2020-03-31")),
]
SEARCHES = [
    ("events 'said'", "said", False),
    ("events 'hosp*' typed", "hosp", True),
    ("notes 'footage'", "footage", False),
]


def timed(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        began = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times), out


def ms(x: float) -> str:
    return f"{x * 1000:7.1f} ms"


def mark_one_percent(path: Path) -> None:
    db = store.open_store(path, write=True)
    ids = [r[0] for r in db.execute("SELECT id FROM events")]
    rng = random.Random(7)
    picked = rng.sample(ids, max(len(ids) // 100, 1))
    with db.conn:
        for i, event_id in enumerate(picked):
            db.execute("INSERT OR IGNORE INTO tags(event_id, tag) VALUES (?, 'verify')", (event_id,))
            db.execute("INSERT OR IGNORE INTO bookmarks(event_id, created) VALUES (?, 'x')", (event_id,))
            db.execute(
                "INSERT INTO notes(event_id, text, updated) VALUES (?, ?, 'x')",
                (event_id, f"note {i}: check the footage and the second source"),
            )
    db.close()


def first_screen(db, flt: Filter) -> Timeline:
    tl = Timeline(db, flt)
    for y in range(min(tl.height, 45)):
        tl.line(y)
    return tl


def store_side(path: Path, runs: int) -> None:
    db = store.open_store(path)
    print(f"{'filter':<34} {'kept':>8} {'first screen':>13} {'go to date':>11} {'date, page':>10}")
    for label, flt in FILTERS:
        t, tl = timed(lambda: first_screen(db, flt), runs)
        assert isinstance(tl, Timeline)
        when = datetime(2021, 6, 1, 12, tzinfo=UTC)
        g, line = timed(lambda: tl.reaching(when), runs)

        def page_on() -> None:
            fresh = Timeline(db, flt)
            start = fresh.reaching(when) or 0
            for y in range(start, min(start + 45, fresh.height)):
                fresh.line(y)

        p, _ = timed(page_on, runs)
        print(f"{label:<34} {tl.events:>8,} {ms(t):>13} {ms(g):>11} {ms(p):>10}")
    for label, text, prefix in SEARCHES:
        if label.startswith("notes"):
            s, hits = timed(lambda: find.search_notes(db, text, limit=50, prefix_last=prefix), runs)
        else:
            s, hits = timed(lambda: find.search_events(db, text, limit=50, prefix_last=prefix), runs)
        print(f"search {label:<27} {len(hits):>8} {ms(s):>13}")  # type: ignore[arg-type]
    print(f"bookmarks list ({len(desk.bookmarks(db)):,})             {ms(timed(lambda: desk.bookmarks(db), runs)[0])}")
    db.close()


async def app_side(path: Path, runs: int) -> None:
    """As bench/run.py times keys: from the press to the first frame the app produced
    for it (rendered to terminal segments, as a terminal gets it)."""
    from dateline.tui.app import DatelineApp

    app = DatelineApp(store.open_store(path))
    frames = recorded_frames(app)
    keys = ("j", "pagedown", "right_square_bracket", "end")
    async with app.run_test(size=(140, 42)) as pilot:

        async def first_frame(action) -> float:
            await pilot.pause()
            frames.clear()
            began = time.perf_counter()
            await action()
            await pilot.pause()
            return (frames[0] - began) if frames else float("nan")

        async def apply(flt: Filter) -> None:
            app.apply_filter(flt)

        await pilot.pause()
        print(f"\n{'browser 140x42, to first frame':<34} {'apply':>9} {'j':>8} {'PgDn':>8} {']':>8} {'End':>8}")
        for label, flt in [("(no filter)", Filter()), *FILTERS]:
            applies: list[float] = []
            times: dict[str, list[float]] = {k: [] for k in keys}
            for _ in range(runs):
                applies.append(await first_frame(lambda flt=flt: apply(flt)))
                for key in keys:
                    times[key].append(await first_frame(lambda key=key: pilot.press(key)))
                await pilot.press("home")
                app.apply_filter(Filter())
                await pilot.pause()
            print(
                f"{label:<34} {ms(statistics.median(applies)):>9} "
                + " ".join(f"{ms(statistics.median(v)):>8}" for v in times.values())
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--app", action="store_true", help="also time the browser (Pilot)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store.db"
        shutil.copy(args.path, copy)
        mark_one_percent(copy)
        store_side(copy, args.runs)
        if args.app:
            asyncio.run(app_side(copy, args.runs))


if __name__ == "__main__":
    main()
