"""`dateline import` beside `sqlite-utils insert` of the same file, side by side in one
run, for each format dateline exports (JSON Lines, CSV, Timesketch, ACLED): wall time
and the peak of the summed resident memory (VmRSS) of every process of each command
(dateline's import forks a reading worker).

    python bench/import_bench.py [--sizes 100000,1000000] [--runs 3] [--formats jsonl,csv,timesketch,acled]
                                 [--earlier PATH/TO/OLDER/dateline]

The events are a demo store's (bench/run.py builds and caches them in bench/out/),
exported with `dateline export --format F`. Each run imports into a store that does not
exist yet, after `os.sync()`; the two tools alternate, so both meet the same load on
the machine. Run by hand (not by CI).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
FORMATS = ("jsonl", "csv", "timesketch", "acled")
# how sqlite-utils reads each export: Timesketch's export is JSON Lines, ACLED's is CSV
SQLITE_UTILS_FLAG = {"jsonl": "--nl", "csv": "--csv", "timesketch": "--nl", "acled": "--csv"}
SAMPLE_S = 0.02


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} is not installed: pip install -e '.[test]' (sqlite-utils comes with dateline)")
    return found


def _tree(pid: int) -> list[int]:
    """``pid`` and every process below it (Linux: /proc/PID/task/TID/children)."""
    found = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    found += _tree(int(child))
    except OSError:
        pass
    return found


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(cmd: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak summed RSS in MB of the command's process tree, stderr)."""
    peak = 0
    began = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read() if proc.stderr else ""), daemon=True)
    reader.start()
    while proc.poll() is None:
        peak = max(peak, sum(_rss_kib(p) for p in _tree(proc.pid)))
        time.sleep(SAMPLE_S)
    wall = time.perf_counter() - began
    reader.join()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd[:4])}… failed: {''.join(err)[-500:]}")
    return wall, peak / 1024, "".join(err)


def export(store: Path, fmt: str, n: int) -> Path:
    """The store's events in ``fmt``, cached beside it."""
    path = OUT / f"export-{n}.{fmt}"
    if not path.exists():
        print(f"exporting {n:,} events as {fmt}…", flush=True)
        part = path.with_suffix(path.suffix + ".part")
        subprocess.run(
            [_tool("dateline"), "--db", str(store), "export", "--format", fmt, "-o", str(part)],
            check=True,
            capture_output=True,
        )
        part.replace(path)
    return path


def _fresh(db: Path) -> Path:
    for leftover in (db, Path(f"{db}-journal"), Path(f"{db}-wal"), Path(f"{db}-shm")):
        leftover.unlink(missing_ok=True)
    os.sync()
    return db


def side_by_side(
    store: Path, n: int, runs: int = 3, formats: tuple[str, ...] = FORMATS, earlier: str | None = None
) -> dict:
    """Per format: both tools' runs as (seconds, peak MB), alternating; with ``earlier``
    (the ``dateline`` command of an earlier version), its runs too, under "earlier"."""
    dateline, sqlite_utils = _tool("dateline"), _tool("sqlite-utils")
    out: dict = {}
    for fmt in formats:
        path = export(store, fmt, n)
        per: dict = {"file_mb": path.stat().st_size / 1e6, "dateline": [], "sqlite-utils": [], "earlier": []}
        for _ in range(runs):
            db = _fresh(OUT / "import-side-by-side.db")
            per["sqlite-utils"].append(
                measure([sqlite_utils, "insert", str(db), "events", str(path), SQLITE_UTILS_FLAG[fmt]])[:2]
            )
            db = _fresh(db)
            if earlier:
                per["earlier"].append(measure([earlier, "--db", str(db), "import", "--format", fmt, str(path)])[:2])
                print(f"  {fmt} {n:,}: earlier dateline {per['earlier'][-1][0]:.1f} s {per['earlier'][-1][1]:.0f} MB")
                db = _fresh(db)
            wall, peak, said = measure([dateline, "--db", str(db), "import", "--format", fmt, str(path)])
            per["dateline"].append((wall, peak))
            per["summary"] = said.strip().splitlines()[-1] if said.strip() else ""
            _fresh(db)
            print(
                f"  {fmt} {n:,}: sqlite-utils {per['sqlite-utils'][-1][0]:.1f} s {per['sqlite-utils'][-1][1]:.0f} MB, "
                f"dateline {wall:.1f} s {peak:.0f} MB",
                flush=True,
            )
        out[fmt] = per
    return out


def summarize(per: dict) -> dict:
    """Medians of the times, the largest peak, and the ratio of the medians."""
    su = statistics.median(t for t, _ in per["sqlite-utils"])
    dl = statistics.median(t for t, _ in per["dateline"])
    earlier = per.get("earlier") or []
    return {
        "earlier s": statistics.median(t for t, _ in earlier) if earlier else None,
        "earlier MB": max(m for _, m in earlier) if earlier else None,
        "sqlite-utils s": su,
        "sqlite-utils MB": max(m for _, m in per["sqlite-utils"]),
        "dateline s": dl,
        "dateline MB": max(m for _, m in per["dateline"]),
        "ratio": dl / su,
        "ratios": [d[0] / s[0] for d, s in zip(per["dateline"], per["sqlite-utils"])],
    }


def table(results: dict[int, dict]) -> str:
    lines = [
        "| events | format (file) | sqlite-utils insert: time, peak RSS | dateline import: time, peak RSS "
        "(all its processes) | dateline ÷ sqlite-utils (each run) | earlier dateline: time, peak RSS, ratio |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for n, by_format in results.items():
        for fmt, per in by_format.items():
            s = summarize(per)
            before = (
                f"{s['earlier s']:.1f} s, {s['earlier MB']:.0f} MB, {s['earlier s'] / s['sqlite-utils s']:.2f}×"
                if s["earlier s"]
                else "—"
            )
            lines.append(
                f"| {n:,} | {fmt} ({per['file_mb']:.0f} MB) | {s['sqlite-utils s']:.1f} s, {s['sqlite-utils MB']:.0f} MB "
                f"| {s['dateline s']:.1f} s, {s['dateline MB']:.0f} MB | {s['ratio']:.2f}× "
                f"({', '.join(f'{r:.2f}' for r in s['ratios'])}) | {before} |"
            )
    return "\n".join(lines)


def main() -> None:
    sys.path.insert(0, str(HERE))
    from run import demo_store, machine

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--earlier", metavar="BIN", help="the dateline command of an earlier version, run beside")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    formats = tuple(args.formats.split(","))
    results = {}
    for n in (int(s) for s in args.sizes.split(",")):
        store, _ = demo_store(n)
        results[n] = side_by_side(store, n, args.runs, formats, args.earlier)
    print(f"\nMachine: {machine()}\n")
    print(table(results))


if __name__ == "__main__":
    main()
