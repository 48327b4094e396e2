"""First paint beside an event with a huge summary: the seed store, and the seed store
with one more event (selected at start) whose summary is 1, 5 or 50 MB.

    python bench/huge_summary.py [--sizes 1,5] [--runs 3]

Run by hand; prints a table (the README quotes its 5 MB row).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/run.py, beside this file

from run import OUT, Tmux, first_paint, machine, ms, seed_store  # noqa: E402


def huge_store(base: Path, mb: int) -> Path:
    """The seed store with one event, first in time, whose summary is ``mb`` MB of prose."""
    path = OUT / f"huge-{mb}mb.db"
    if path.exists():
        path.unlink()
    shutil.copy(base, path)
    words = "Drones struck the depot overnight and the fire spread to the next building. "
    summary = (words * (mb * 1_000_000 // len(words) + 1))[: mb * 1_000_000]
    src = OUT / f"huge-{mb}mb.jsonl"
    rec = {"id": f"huge-{mb}", "title": f"An event with a {mb} MB summary", "start": "2024-09-01", "summary": summary}
    src.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    from click.testing import CliRunner
    from dateline.tui.cli import main

    result = CliRunner().invoke(main, ["--db", str(path), "import", str(src)])
    if result.exit_code:
        sys.exit(result.output)
    src.unlink()
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,5", help="summary sizes in MB")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    base = seed_store()
    Tmux.server = "dateline-bench-huge"  # a server of its own: bench/run.py may be running beside it
    tmux = Tmux()
    rows = []
    try:
        seed_paint = first_paint(tmux, base, args.runs)["paint"]
        rows.append(("seed store", seed_paint))
        for mb in (int(s) for s in args.sizes.split(",")):
            rows.append(
                (
                    f"seed store + a {mb} MB summary (selected)",
                    first_paint(tmux, huge_store(base, mb), args.runs)["paint"],
                )
            )
    finally:
        tmux.close()
    print(machine())
    print("| store | first paint, median | ÷ seed |\n| --- | --- | --- |")
    for name, t in rows:
        print(f"| {name} | {ms(t)} | {t / seed_paint:.2f}× |")


if __name__ == "__main__":
    main()
