"""The first press of the keys whose code is imported after the first screen (go to date,
search, new event, export, help) or whose widget is mounted then (histogram, map, filter
bar), in a browser just opened: from the key to the last frame it brings, after a pause of
--wait seconds (0: pressed as soon as the screen is drawn).

    python bench/first_keys.py [STORE] [--runs 5] [--wait 0.5]

Each run opens a new browser (a new process), so that each press is the first.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {
    "go to date (t)": "t",
    "search (/)": "slash",
    "new event (n)": "n",
    "export (e)": "e",
    "help (?)": "question_mark",
    # their widgets are mounted once the first screen is drawn (DatelineApp.hidden)
    "histogram (h)": "h",
    "map (m)": "m",
    "filter bar (f)": "f",
}


async def first_press(store: str, key: str, wait: float) -> float:
    sys.path.insert(0, str(HERE))
    from dateline.db.store import open_store
    from dateline.tui.app import DatelineApp
    from run import COLS, ROWS, recorded_frames

    app = DatelineApp(open_store(store))
    frames = recorded_frames(app)
    async with app.run_test(size=(COLS, ROWS)) as pilot:
        await pilot.pause()
        await asyncio.sleep(wait)
        await pilot.pause()
        frames.clear()
        began = time.perf_counter()
        await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
        return frames[-1] - began if frames else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", nargs="?", default=str(HERE / "out" / "seed.db"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--wait", type=float, default=0.5)
    ap.add_argument("--key", help=argparse.SUPPRESS)  # one measurement, in this process
    args = ap.parse_args()
    if args.key:
        print(asyncio.run(first_press(args.store, args.key, args.wait)))
        return
    for name, key in KEYS.items():
        took = []
        for _ in range(args.runs):
            cmd = [sys.executable, __file__, args.store, "--wait", str(args.wait), "--key", key]
            took.append(float(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout))
        print(
            f"{name}: median {statistics.median(took) * 1000:.0f} ms (runs {', '.join(f'{t * 1000:.0f}' for t in took)})"
        )


if __name__ == "__main__":
    main()
