"""dateline at scale: build demo stores and measure first paint, key repaints, quote
search, peak memory and import rate, next to a bare Textual app and toolong.

    python bench/run.py [--sizes 10000,100000,1000000] [--runs 5]

Run by hand (not by CI). Stores and other big files are cached in bench/out/ (git
ignores it); the report is printed and written to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from dateline.db import demo, queries, seed, store

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"

COLS, ROWS = 140, 42
DAY_HEADER = re.compile(r"─ \w{3} \d\d \w{3} \d{4} ─+ \d+ event")  # "─ Thu 01 Jan 2015 ──── 9 events"
TL_VENV = OUT / "toolong-venv"
SEED = 0


# --------------------------------------------------------------------------- helpers


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def p95(xs: list[float]) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


def ms(x: float) -> str:
    return "—" if x != x else f"{x * 1000:.0f} ms" if x >= 0.01 else f"{x * 1000:.1f} ms"


def label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k" if n >= 1000 else str(n)


def dateline_bin() -> str:
    """The ``dateline`` script of this interpreter's environment (else the one on PATH).
    Its entry point is written at install: after a change of it, ``pip install -e .`` again."""
    own = Path(sys.executable).parent / "dateline"
    found = str(own) if own.exists() else shutil.which("dateline")
    if not found:
        sys.exit("dateline is not on PATH: pip install -e . --no-deps")
    return found


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    import sqlite3

    import textual

    return (
        f"{os.cpu_count()} CPUs (nproc {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}), "
        f"{cpu}, {mem / 1024 / 1024:.1f} GiB RAM, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, Textual {textual.__version__}, {platform.system()} {platform.release()}, "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


# --------------------------------------------------------------------------- stores


def demo_store(n: int) -> tuple[Path, dict]:
    """The cached demo store of ``n`` events, and how long building it took."""
    path = OUT / f"demo-{n}.db"
    log = OUT / f"build-{n}.log"
    if not path.exists():
        print(f"building the {label(n)} demo store…", flush=True)
        began = time.perf_counter()
        proc = subprocess.run(
            [dateline_bin(), "demo", "--events", str(n), "--db", str(path), "--seed", str(SEED)],
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - began
        if proc.returncode:
            sys.exit(proc.stderr)
        log.write_text(proc.stderr + f"\nwall {wall:.2f}\n")
    text = log.read_text() if log.exists() else ""
    m = re.search(r"in ([\d.]+) s", text)
    wall = re.search(r"wall ([\d.]+)", text) or re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?([\d.]+)", text)
    took = float(m.group(1)) if m else float("nan")
    return path, {
        "seconds": took,
        "rate": n / took if took == took else float("nan"),
        "size_mb": path.stat().st_size / 1e6,
    }


def seed_store() -> Path:
    path = OUT / "seed.db"
    if path.exists():
        path.unlink()
    with store.new_store_atomically(path) as db:
        seed.build(db)
    return path


# --------------------------------------------------------------------------- tmux


class Tmux:
    """Run a command in a detached tmux session of COLS×ROWS and watch its screen."""

    server = "dateline-bench"

    def __init__(self) -> None:
        if not shutil.which("tmux"):
            sys.exit("tmux is needed")
        # keep a server up, so that starting a session does not also start a server
        self.tmux("new-session", "-d", "-s", "keep", "-x", "20", "-y", "5", "sleep 100000", check=False)
        self.count = 0

    def tmux(self, *args: str, check: bool = True) -> str:
        return subprocess.run(["tmux", "-L", self.server, *args], capture_output=True, text=True, check=check).stdout

    def run(
        self, command: str, ready, timeout: float = 60.0, env: dict | None = None, after=None
    ) -> tuple[float, int | None]:
        """Seconds from spawn until ``ready(screen text)``; and the peak RSS (kB) of the
        process once ``after(session)`` has run, if given."""
        self.count += 1
        name = f"b{self.count}"
        exports = " ".join(f"{k}={v}" for k, v in (env or {}).items())
        began = time.perf_counter()
        self.tmux(
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            str(COLS),
            "-y",
            str(ROWS),
            f"cd {ROOT} && exec env {exports} {command}",
        )
        took = float("nan")
        try:
            while time.perf_counter() - began < timeout:
                screen = self.tmux("capture-pane", "-p", "-t", name, check=False)
                if ready(screen):
                    took = time.perf_counter() - began
                    break
                time.sleep(0.005)
            else:
                print(f"  timed out waiting for: {command}", flush=True)
                print(screen[-600:], flush=True)
            peak = None
            if after is not None and took == took:
                after(self, name)
                pid = self.tmux("list-panes", "-t", name, "-F", "#{pane_pid}").strip()
                status = Path(f"/proc/{pid}/status").read_text()
                peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1))
            return took, peak
        finally:
            self.tmux("kill-session", "-t", name, check=False)
            time.sleep(0.2)

    def keys(self, name: str, *keys: str, wait: float = 0.3) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", name, key)
            time.sleep(wait)

    def close(self) -> None:
        self.tmux("kill-server", check=False)


def dateline_ready(screen: str) -> bool:
    return "dateline" in screen and bool(DAY_HEADER.search(screen))


def browse_keys(tmux: Tmux, name: str) -> None:
    tmux.keys(name, "End", "j", "k", "PageUp", "PageUp", "]", "[", "Home", "PageDown", "G", wait=0.4)
    time.sleep(1.0)


def first_paint(tmux: Tmux, store_path: Path, runs: int) -> dict:
    cmd = f"{dateline_bin()} --db {store_path}"
    times = [tmux.run(cmd, dateline_ready)[0] for _ in range(runs)]
    _, peak = tmux.run(cmd, dateline_ready, after=browse_keys)
    return {"paint": median(times), "paint_p95": p95(times), "rss_kb": peak}


def bytecode() -> None:
    """Compile dateline's modules as an install does (pip writes their .pyc files; Textual's
    are there), so that first paint does not count compiling them: an editable install run
    with PYTHONDONTWRITEBYTECODE=1 compiles ~60 modules at every start (~100 ms)."""
    import compileall

    for folder in ("dateline", "db", "tui"):
        compileall.compile_dir(ROOT / folder, quiet=1)


def paint_only(runs: int, stores: list[Path]) -> None:
    """First paint only: the bare Textual app, the seed store and ``stores``, their runs
    taken in turns (bare, seed, each store; again) so that a slower minute of a shared
    machine falls on all of them alike. Prints the medians and the ratios."""
    bytecode()
    named = {"bare Textual app": None, "seed store": seed_store(), **{p.name: p for p in stores}}
    times: dict[str, list[float]] = {name: [] for name in named}
    tmux = Tmux()
    try:
        for _ in range(runs):
            for name, path in named.items():
                if path is None:
                    cmd, ready = f"{sys.executable} {HERE / 'bare_app.py'}", lambda s: "bare textual app ready" in s
                else:
                    cmd, ready = f"{dateline_bin()} --db {path}", dateline_ready
                times[name].append(tmux.run(cmd, ready)[0])
    finally:
        tmux.close()
    bare = median(times["bare Textual app"])
    for name, took in times.items():
        runs_ms = ", ".join(f"{t * 1000:.0f}" for t in took)
        print(f"{name}: median {ms(median(took))}, {median(took) / bare:.2f}× bare (runs, ms: {runs_ms})")


def bare_paint(tmux: Tmux, runs: int) -> dict:
    cmd = f"{sys.executable} {HERE / 'bare_app.py'}"
    times = [tmux.run(cmd, lambda s: "bare textual app ready" in s)[0] for _ in range(runs)]
    _, peak = tmux.run(cmd, lambda s: "bare textual app ready" in s, after=lambda t, n: time.sleep(1))
    return {"paint": median(times), "paint_p95": p95(times), "rss_kb": peak}


# --------------------------------------------------------------------------- keys, in process

THINK = 0.3  # seconds between typing a date and pressing enter
KEYS = {"next event (j)": "j", "page down": "pagedown", "end (G)": "G", "next day (])": "right_square_bracket"}


def recorded_frames(app) -> list[float]:
    """The times (perf_counter) of the frames ``app`` makes from now on, each a compositor
    update rendered to terminal segments: the work a real terminal write does. The bench
    scripts clear the list before a key and read it after."""
    from textual._compositor import CompositorUpdate

    frames: list[float] = []
    display = app._display

    def record_frame(screen, renderable) -> None:
        display(screen, renderable)
        if renderable is not None:
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(app.console)
            frames.append(time.perf_counter())

    app._display = record_frame
    return frames


async def _key_times(path: Path, samples: int) -> dict[str, list[float]]:
    """Per key: seconds from the key being pressed to the first frame the app produced
    for it (the timeline moved) and to the last (the detail pane and header updated too);
    a frame is the compositor update rendered to terminal segments, as a terminal gets."""
    from dateline.tui.app import DatelineApp

    db = store.open_store(path)
    app = DatelineApp(db)
    frames = recorded_frames(app)
    found: dict[str, list[float]] = {}
    async with app.run_test(size=(COLS, ROWS)) as pilot:
        await pilot.pause()

        async def timed(*keys: str) -> float:
            await pilot.pause()
            frames.clear()
            began = time.perf_counter()
            await pilot.press(*keys)
            await pilot.pause()
            if not frames:
                return float("nan"), float("nan")
            return frames[0] - began, frames[-1] - began

        for name, key in KEYS.items():
            await pilot.press("home")
            await pilot.pause()
            times = []
            for i in range(samples):
                if key == "G" and i:  # End from somewhere else each time
                    await pilot.press("home", *["right_square_bracket"] * (i % 5))
                    await pilot.pause()
                times.append(await timed(key))
            found[f"{name}: first frame"] = [a for a, _ in times]
            found[f"{name}: settled"] = [b for _, b in times]
        days = [d for d, _ in queries.days(db)]
        step = max(len(days) // samples, 1)
        times = []
        for day in days[::step][:samples]:
            await pilot.press("t")
            await pilot.pause()
            await pilot.press(*day)
            await pilot.pause(THINK)  # a person's pause between typing and enter
            times.append(await timed("enter"))
        found["go to date (t, date, enter): first frame"] = [a for a, _ in times]
        found["go to date (t, date, enter): settled"] = [b for _, b in times]
    db.close()
    return found


def key_times(path: Path, samples: int) -> dict[str, list[float]]:
    return asyncio.run(_key_times(path, samples))


# --------------------------------------------------------------------------- search

SEARCHES = [  # (label, text, prefix_last)
    ("common word 'said'", "said", False),
    ("rare word", demo.RARE[17], False),
    ("prefix 'hosp*'", "hosp", True),
    ("'s' as typed (one letter: a word)", "s", True),
    ("prefix 's*' typed with its star", "s*", False),
    ("'said' as typed (said*)", "said", True),
]


def search_times(path: Path, runs: int) -> dict[str, float]:
    db = store.open_store(path)
    out = {}
    for name, text, prefix in SEARCHES:
        times = []
        for _ in range(max(runs, 3)):
            began = time.perf_counter()
            queries.search_quotes(db, text, limit=50, prefix_last=prefix)
            times.append(time.perf_counter() - began)
        out[name] = median(times)
    began = time.perf_counter()
    out["_quotes"] = queries.summary(db).quotes
    out["summary()"] = time.perf_counter() - began
    db.close()
    for word in ("said", demo.RARE[17]):
        times = []
        for _ in range(max(runs, 3)):
            began = time.perf_counter()
            subprocess.run(
                [dateline_bin(), "--db", str(path), "quotes", word, "--limit", "50"], capture_output=True, check=True
            )
            times.append(time.perf_counter() - began)
        out[f"CLI quotes {word!r}"] = median(times)
    return out


# --------------------------------------------------------------------------- import of an export

IMPORT_RUNS = 3


def import_export(path: Path, n: int) -> dict | None:
    """``dateline import`` beside ``sqlite-utils insert`` of the store's exports as JSON
    Lines, CSV, Timesketch and ACLED (bench/import_bench.py): per format the medians of
    IMPORT_RUNS runs of each, alternating, and the peak summed RSS of each tool's
    processes; ``seconds`` is dateline's JSON Lines median."""
    help_text = subprocess.run([dateline_bin(), "--help"], capture_output=True, text=True).stdout
    if " export " not in help_text or " import " not in help_text:
        return None
    from import_bench import side_by_side, summarize

    try:
        raw = side_by_side(path, n, IMPORT_RUNS)
    except RuntimeError as exc:
        print("import failed:", exc)
        return None
    formats = {fmt: summarize(per) for fmt, per in raw.items()}
    took = formats["jsonl"]["dateline s"]
    return {"seconds": took, "rate": n / took, "runs": [t for t, _ in raw["jsonl"]["dateline"]], "formats": formats}


# --------------------------------------------------------------------------- toolong


def toolong_bin() -> Path | None:
    tl = TL_VENV / "bin" / "tl"
    if not tl.exists():
        print("installing toolong into its own venv…", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(TL_VENV)], check=True)
        proc = subprocess.run(
            [str(TL_VENV / "bin" / "pip"), "install", "-q", "toolong"], capture_output=True, text=True
        )
        if proc.returncode:
            print("toolong could not be installed:", proc.stderr[-400:])
            return None
    return tl


def jsonl_of(path: Path, n: int) -> Path:
    out = OUT / f"{label(n).lower()}.jsonl"
    if not out.exists():
        print(f"writing {out.name}…", flush=True)
        tmp = out.with_suffix(".part")
        with closing(store.open_store(path)) as db, tmp.open("w", encoding="utf-8") as f:
            for rec in queries.records(db):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tmp.replace(out)
    return out


def last_line(path: Path) -> str:
    with path.open("rb") as f:
        f.seek(max(path.stat().st_size - 200_000, 0))
        return f.read().decode("utf-8", "replace").rstrip("\n").rsplit("\n", 1)[-1]


def rare_target(path: Path) -> tuple[str, str]:
    """A rare quote word whose last line is not on toolong's first screen (it opens at
    the end), and the id of that line: what a backward find must bring into view."""
    last: dict[str, tuple[int, str]] = {}
    words = demo.RARE
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b")
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            for w in set(pattern.findall(line)):
                last[w] = (i, line[8 : 8 + line[8:].index('"')])
    total = i + 1
    for w in words:
        if w in last and last[w][0] < total - 200:
            return w, last[w][1]
    w = min(last, key=lambda k: last[k][0])
    return w, last[w][1]


def toolong(tmux: Tmux, path: Path, n: int, runs: int) -> dict | None:
    tl = toolong_bin()
    if tl is None:
        return None
    jsonl = jsonl_of(path, n)
    last_id = json.loads(last_line(jsonl))["id"]  # toolong opens at the end of the file
    cmd = f"{tl} {jsonl}"
    ready = lambda s: last_id in s  # noqa: E731
    times = [tmux.run(cmd, ready, timeout=300)[0] for _ in range(runs)]
    found: dict = {"paint": median(times), "paint_p95": p95(times)}
    word, hit_id = rare_target(jsonl)
    found["word"], found["hit_id"] = word, hit_id

    # find: ctrl+f opens toolong's find bar, the word is typed, then ↑ moves the pointer
    # to the nearest line above that holds it (a scan of the file backwards). Timed from
    # ↑ until that line (its id) is on screen.
    def find(t: Tmux, name: str) -> None:
        t.keys(name, "C-f", wait=0.5)
        t.tmux("send-keys", "-t", name, "-l", word)
        time.sleep(1.0)
        began = time.perf_counter()
        t.tmux("send-keys", "-t", name, "Up")
        while time.perf_counter() - began < 120:
            if hit_id in t.tmux("capture-pane", "-p", "-t", name, check=False):
                found["find"] = time.perf_counter() - began
                break
            time.sleep(0.005)
        t.keys(name, "Escape", "Home", "End", wait=0.5)
        time.sleep(1)

    _, peak = tmux.run(cmd, ready, timeout=300, after=find)
    found["rss_kb"] = peak
    return found


# --------------------------------------------------------------------------- report


def report(info: str, sizes: list[int], res: dict) -> str:
    big = max(sizes)
    lines = [
        "# dateline benchmark",
        "",
        f"Machine: {info}",
        "",
        f"Command: `python bench/run.py --sizes {','.join(map(str, sizes))} --runs {res['runs']}`",
        "",
    ]
    head = "| measure | " + " | ".join(label(n) for n in sizes) + " | goal |"
    lines += [head, "|" + "---|" * (len(sizes) + 2)]

    def row(name: str, values: list[str], goal: str = "") -> None:
        lines.append(f"| {name} | " + " | ".join(values) + f" | {goal} |")

    per = res["sizes"]
    row("events / quotes", [f"{n:,} / {per[n]['search']['_quotes']:,}" for n in sizes])
    row("store size", [f"{per[n]['build']['size_mb']:.0f} MB" for n in sizes])
    row(
        "demo import (`dateline demo`)",
        [f"{per[n]['build']['seconds']:.1f} s ({per[n]['build']['rate']:,.0f} ev/s)" for n in sizes],
        "1M < 60 s",
    )
    row(
        "first paint, median (p95)",
        [f"{ms(per[n]['paint']['paint'])} ({ms(per[n]['paint']['paint_p95'])})" for n in sizes],
    )
    seed_p, bare_p = res["seed"]["paint"], res["bare"]["paint"]
    row("first paint ÷ seed store", [f"{per[n]['paint']['paint'] / seed_p:.2f}×" for n in sizes], "≤ 1.5×")
    row("first paint ÷ bare Textual", [f"{per[n]['paint']['paint'] / bare_p:.2f}×" for n in sizes], "≤ 2×")
    for key in per[sizes[0]]["keys"]:
        row(
            f"key: {key}, median / p95",
            [f"{ms(median(per[n]['keys'][key]))} / {ms(p95(per[n]['keys'][key]))}" for n in sizes],
            "p95 < 50 ms",
        )
    for name, _, _ in SEARCHES:
        row(
            f"search_quotes: {name}",
            [ms(per[n]["search"][name]) for n in sizes],
            "< 200 ms" if "prefix" in name else "< 50 ms",
        )
    row("queries.summary() (header counts)", [ms(per[n]["search"]["summary()"]) for n in sizes])
    for name in [k for k in per[sizes[0]]["search"] if k.startswith("CLI")]:
        row(f"{name} --limit 50 (process)", [ms(per[n]["search"][name]) for n in sizes])
    row(
        "peak RSS of the browser (VmHWM)",
        [f"{per[n]['paint']['rss_kb'] / 1024:.0f} MB" if per[n]["paint"]["rss_kb"] else "—" for n in sizes],
        "1M < 100 MB",
    )
    imp = [per[n].get("import") for n in sizes]
    row(
        f"`dateline import` of a JSONL export, median of {IMPORT_RUNS} (each run)",
        [
            f"{i['seconds']:.1f} s ({i['rate']:,.0f} ev/s; {', '.join(f'{r:.1f}' for r in i.get('runs', []))})"
            if i
            else "—"
            for i in imp
        ],
        "1M < 60 s",
    )
    for fmt in ("jsonl", "csv", "timesketch", "acled"):
        row(
            f"import of the {fmt} export: dateline ÷ `sqlite-utils insert` (time; peak RSS of all processes)",
            [
                f"{f['ratio']:.2f}× ({f['dateline s']:.1f} / {f['sqlite-utils s']:.1f} s; "
                f"{f['dateline MB']:.0f} / {f['sqlite-utils MB']:.0f} MB)"
                if (f := (i or {}).get("formats", {}).get(fmt))
                else "—"
                for i in imp
            ],
            "1M ≤ 0.5×, ≤ 150 MB",
        )
    lines += [
        "",
        "Reference points:",
        "",
        f"- seed store first paint: {ms(res['seed']['paint'])} median (p95 {ms(res['seed']['paint_p95'])}), "
        f"peak RSS {res['seed']['rss_kb'] / 1024:.0f} MB",
        f"- bare Textual app (bench/bare_app.py) first paint: {ms(bare_p)} median (p95 {ms(res['bare']['paint_p95'])}), "
        f"peak RSS {res['bare']['rss_kb'] / 1024:.0f} MB",
    ]
    tl = res.get("toolong")
    if tl:
        d = per[big]
        lines += [
            "",
            f"toolong on the same {label(big)} events as JSON Lines ({tl['file_mb']:.0f} MB):",
            "",
            "| measure | toolong | dateline | toolong ÷ dateline |",
            "|---|---|---|---|",
            f"| first screen, median | {ms(tl['paint'])} | {ms(d['paint']['paint'])} | {tl['paint'] / d['paint']['paint']:.1f}× |",
            f"| find a rare word ('{tl['word']}') | {ms(tl.get('find', float('nan')))} (ctrl+f, word, ↑: nearest "
            f"hit above the end on screen) | {ms(d['search']['rare word'])} (search_quotes, 50 best hits of all) | "
            f"{tl.get('find', float('nan')) / d['search']['rare word']:.0f}× |",
            f"| peak RSS | {tl['rss_kb'] / 1024:.0f} MB | {d['paint']['rss_kb'] / 1024:.0f} MB | "
            f"{tl['rss_kb'] / d['paint']['rss_kb']:.1f}× |",
        ]
    lines += [
        "",
        "First paint: wall time from `tmux new-session` spawning the command until `tmux capture-pane` "
        f"shows the 'dateline' header and a day header line ({COLS}×{ROWS}, polled every 5 ms). Keys: in "
        "process with `App.run_test()`, from `pilot.press` to a frame the app made for it (the compositor "
        "update rendered to terminal segments; Pilot's idle-wait is not counted): 'first frame' is the "
        "timeline moved, 'settled' the last frame (detail pane and header redrawn too); go to date waits "
        f"{THINK} s between typing the date and enter, as a person does. Peak RSS: VmHWM "
        "after End, j/k, PageUp/Down, [ ], Home, G in the real terminal.",
        "",
    ]
    lines += ["See bench/FINDINGS.md for why goals were missed and the fixes.", ""]
    return "\n".join(lines)


def store_only(info: str, sizes: list[int], runs: int) -> None:
    """The store's side only (no terminal, no Textual): building the demo store, quote
    search, summary, the quotes command, and `dateline import` of each size's export.
    Prints the rows; RESULTS.md is left as it is."""
    res: dict = {}
    for n in sizes:
        path, build = demo_store(n)
        print(f"{label(n)}: search, import…", flush=True)
        res[n] = {"build": build, "search": search_times(path, runs), "import": import_export(path, n)}
    (OUT / "store-results.json").write_text(json.dumps(res, indent=1, default=str))
    lines = [
        f"Machine: {info}",
        "",
        "| measure | " + " | ".join(label(n) for n in sizes) + " |",
        "|" + "---|" * (len(sizes) + 1),
    ]

    def row(name: str, values: list[str]) -> None:
        lines.append(f"| {name} | " + " | ".join(values) + " |")

    row("events / quotes", [f"{n:,} / {res[n]['search']['_quotes']:,}" for n in sizes])
    row("store size", [f"{res[n]['build']['size_mb']:.0f} MB" for n in sizes])
    row(
        "demo import (`dateline demo`)",
        [f"{res[n]['build']['seconds']:.1f} s ({res[n]['build']['rate']:,.0f} ev/s)" for n in sizes],
    )
    for name, _, _ in SEARCHES:
        row(f"search_quotes: {name}", [ms(res[n]["search"][name]) for n in sizes])
    row("queries.summary() (header counts)", [ms(res[n]["search"]["summary()"]) for n in sizes])
    for name in [k for k in res[sizes[0]]["search"] if k.startswith("CLI")]:
        row(f"{name} --limit 50 (process)", [ms(res[n]["search"][name]) for n in sizes])
    row(
        "`dateline import` of a JSONL export",
        [f"{i['seconds']:.1f} s ({i['rate']:,.0f} ev/s)" if i else "—" for i in (res[n]["import"] for n in sizes)],
    )
    print("\n".join(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--samples", type=int, default=30, help="samples per navigation key")
    ap.add_argument("--no-toolong", action="store_true")
    ap.add_argument(
        "--store-only",
        action="store_true",
        help="only the store: demo build, search, summary, quotes command, import (no terminal)",
    )
    ap.add_argument(
        "--paint-only",
        nargs="*",
        metavar="STORE",
        help="only first paint, of the bare app, the seed store and these stores, runs taken in turns",
    )
    args = ap.parse_args()
    if args.paint_only is not None:
        paint_only(args.runs, [Path(p) for p in args.paint_only])
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    OUT.mkdir(parents=True, exist_ok=True)
    info = machine()
    if args.store_only:
        store_only(info, sizes, args.runs)
        return
    res: dict = {"runs": args.runs, "sizes": {}}
    stores = {n: demo_store(n) for n in sizes}
    tmux = Tmux()
    try:
        print("first paint: bare Textual app, seed store…", flush=True)
        bytecode()
        res["bare"] = bare_paint(tmux, args.runs)
        res["seed"] = first_paint(tmux, seed_store(), args.runs)
        for n in sizes:
            path, build = stores[n]
            print(f"{label(n)}: first paint, keys, search…", flush=True)
            per = res["sizes"][n] = {"build": build}
            per["paint"] = first_paint(tmux, path, args.runs)
            per["keys"] = key_times(path, args.samples)
            per["search"] = search_times(path, args.runs)
            if n in (100_000, max(sizes)):
                per["import"] = import_export(path, n)
        if not args.no_toolong:
            big = max(sizes)
            print(f"toolong on {label(big)}…", flush=True)
            tl = toolong(tmux, stores[big][0], big, args.runs)
            if tl:
                tl["file_mb"] = jsonl_of(stores[big][0], big).stat().st_size / 1e6
                res["toolong"] = tl
    finally:
        tmux.close()
    (OUT / "results.json").write_text(json.dumps(res, indent=1, default=str))
    text = report(info, sizes, res)
    print(text)
    (HERE / "RESULTS.md").write_text(text)


if __name__ == "__main__":
    main()
