"""`dateline extract` of a 2,000-word article: wall time and peak memory, first run (no
gazetteer index kept yet) and later runs.

    python bench/extract_bench.py [--runs 5]

The article is the seed article and the tests' articles one after another, repeated
until it has 2,000 words (bench/out/article-2000.txt). The first run is given an empty
user cache directory; the later runs find the index the first one kept there (and the
modules' bytecode, as on any installed Python).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORDS = 2000


def article() -> Path:
    parts = [(ROOT / "db" / "seed" / "article.txt").read_text(encoding="utf-8")]
    parts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    text, n = "", 0
    while len(text.split()) < WORDS:
        text += "\n\n" + parts[n % len(parts)]
        n += 1
    path = HERE / "out" / "article-2000.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.strip() + "\n", encoding="utf-8")
    return path


def run(path: Path, cache: str) -> tuple[float, int]:
    """Seconds and peak RSS (kB) of one `dateline extract PATH --json`."""
    dateline = shutil.which("dateline") or sys.exit("dateline is not on PATH")
    env = dict(os.environ, XDG_CACHE_HOME=cache)
    # as an installed Python does: modules compiled to bytecode once and kept (__pycache__); a
    # sandbox that sets PYTHONDONTWRITEBYTECODE makes every run compile all of dateline again (~0.2 s)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.perf_counter()
    proc = subprocess.Popen(
        [dateline, "extract", str(path), "--json", "--published", "2024-09-21", "--tz", "Europe/Kyiv"],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - began
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(f"dateline extract failed ({proc.returncode})")
    return took, usage.ru_maxrss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    path = article()
    print(f"{path.relative_to(ROOT)}: {len(path.read_text(encoding='utf-8').split()):,} words")
    firsts, laters = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as cache:
            firsts.append(run(path, cache))
            laters.append(run(path, cache))
    for name, got in (("first run", firsts), ("later run", laters)):
        secs = [t for t, _ in got]
        rss = max(m for _, m in got)
        print(
            f"{name}: median {statistics.median(secs):.2f} s (runs {', '.join(f'{t:.2f}' for t in secs)}), "
            f"peak RSS {rss / 1024:.0f} MB"
        )


if __name__ == "__main__":
    main()
