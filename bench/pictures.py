"""The map's and the histogram's redraws at scale: from a key to the frames it brings.

    python bench/pictures.py [--sizes 10000,100000] [--samples 20]

Demo stores are built (or reused) in bench/out/ as by bench/run.py. Each key is timed in
process with ``App.run_test()`` at 140×42, as bench/run.py times the timeline's keys: from
``pilot.press`` to the last frame the app made for it, rendered to terminal segments.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from dateline.db import counts, geo, store
from run import COLS, ROWS, demo_store, label, ms, p95, recorded_frames  # bench/run.py

MAP_KEYS = {  # name -> keys (pressed in turn, one timed press per sample)
    "open the map (m)": None,
    "map: next event (j)": ["j", "k"],
    "map: zoom in / out (+/-)": ["plus", "minus"],
    "map: pan (→/←)": ["right", "left"],
    "map: fit (0)": ["0"],
}
HISTOGRAM_KEYS = {
    "open the histogram (h)": None,
    "histogram: move (→/←)": ["right", "left"],
    "histogram: bucket (-/+)": ["minus", "plus"],
    "histogram: page (PgDn/PgUp)": ["pagedown", "pageup"],
}


async def _times(path: Path, samples: int) -> dict[str, list[float]]:
    from dateline.tui.app import DatelineApp

    db = store.open_store(path)
    app = DatelineApp(db)
    frames = recorded_frames(app)
    found: dict[str, list[float]] = {}
    async with app.run_test(size=(COLS, ROWS)) as pilot:
        await pilot.pause()

        async def timed(key: str) -> float:
            await pilot.pause()
            frames.clear()
            began = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()  # the map fits after the first refresh
            return frames[-1] - began if frames else float("nan")

        for opener, keys in (("m", MAP_KEYS), ("h", HISTOGRAM_KEYS)):
            for name, cycle in keys.items():
                times = []
                if cycle is None:
                    for _ in range(samples):
                        times.append(await timed(opener))
                        await pilot.press(opener)  # close it again
                        await pilot.pause()
                else:
                    await pilot.press(opener)
                    await pilot.pause()
                    await pilot.pause()
                    for i in range(samples):
                        times.append(await timed(cycle[i % len(cycle)]))
                    await pilot.press(opener)
                    await pilot.pause()
                found[name] = times
    db.close()
    return found


def query_times(path: Path, samples: int) -> dict[str, list[float]]:
    """The count queries alone, as each redraw of a new view or window makes them."""
    db = store.open_store(path)
    found: dict[str, list[float]] = {}
    box, _ = geo.fit(geo.located(db))
    assert box is not None
    first_day = db.execute("SELECT min(day) FROM days").fetchone()[0]
    day0 = date.fromisoformat(first_day)
    # a month into the store, where its hours are busy
    hour0 = counts.bucket_of("hour", datetime.combine(day0, datetime.min.time(), UTC) + timedelta(days=30), UTC)
    for name, run in {
        "query: map cells (82×37 over the fitted box)": lambda: geo.cells(db, box, 37, 82),
        "query: events outside the box": lambda: geo.outside(db, box),
        "query: located cells to fit (0)": lambda: geo.located(db),
        "query: 138 days": lambda: counts.counts(db, "day", day0.toordinal(), 138),
        "query: 138 weeks": lambda: counts.counts(db, "week", counts.bucket_of_day("week", day0), 138),
        "query: 138 hours": lambda: counts.counts(db, "hour", hour0, 138),
    }.items():
        times = []
        for _ in range(samples):
            began = time.perf_counter()
            run()
            times.append(time.perf_counter() - began)
        found[name] = times
    db.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--samples", type=int, default=20)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, list[float]]] = {}
    for n in sizes:
        path, _ = demo_store(n)
        store.open_store(path, write=True).close()  # a store built before v3 gets its geocells
        results[n] = {**asyncio.run(_times(path, args.samples)), **query_times(path, args.samples)}
    names = list(next(iter(results.values())))
    head = "| key or query | " + " | ".join(f"{label(n)} median / p95" for n in sizes) + " |"
    print(head)
    print("| --- |" + " --- |" * len(sizes))
    for name in names:
        cells = [f"{ms(statistics.median(results[n][name]))} / {ms(p95(results[n][name]))}" for n in sizes]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
