"""First paint as the process sees it: wall and CPU time from the process's exec to the
terminal write that holds the first screen (the bare app's line; dateline's first day
header, as bench/run.py's first paint waits for), in a real terminal (tmux), the bare
Textual app and dateline taken in turns. Less noisy than run.py's --paint-only on a
shared machine (no polling of the screen); CPU time is what a machine of its own would
take.

    python bench/first_write.py [STORE] [--runs 9] [--before PYTHONPATH]

--before: a checkout of dateline to measure beside this one (a folder holding a
``dateline`` package whose ``db`` and ``tui`` are that checkout's), e.g. main's.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import runpy
import signal
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DAY = re.compile(r"─ \w{3} \d\d \w{3} \d{4} ─+ \d+ event")
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def measured(which: str, store: str, out: str) -> None:
    """Run the bare app or dateline on ``store`` in this process; append to ``out`` the wall
    and CPU milliseconds at the first write of its first screen. dateline starts as its
    command does (``python -m dateline.tui``, the script's code: main's too, with --before),
    with nothing of it imported before."""
    began = int(os.environ["BEGAN"])
    from textual.drivers.linux_driver import LinuxDriver

    write, written = LinuxDriver.write, []

    def first_screen(self, data: str) -> None:
        written.append(data)
        text = ESCAPES.sub("", "".join(written))
        if DAY.search(text) or "bare textual app ready" in text:
            use = resource.getrusage(resource.RUSAGE_SELF)
            cpu = (use.ru_utime + use.ru_stime) * 1000
            with open(out, "a") as f:
                f.write(f"{which} {(time.time_ns() - began) / 1e6:.1f} {cpu:.1f}\n")
            LinuxDriver.write = write  # type: ignore[method-assign]  # once is enough
            threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGTERM)).start()  # the run is over
        write(self, data)

    LinuxDriver.write = first_screen  # type: ignore[method-assign]
    if which == "bare":
        runpy.run_path(str(HERE / "bare_app.py"), run_name="__main__")
        return
    sys.argv = ["dateline", "--db", store]
    try:
        runpy.run_module("dateline.tui", run_name="__main__", alter_sys=True)
    except SystemExit:
        pass


def _written(path: str) -> bool:
    """Whether the measuring process has written its line (whole) to ``path``."""
    try:
        return Path(path).read_text().endswith("\n")
    except OSError:
        return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", nargs="?")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--before", metavar="PYTHONPATH")
    ap.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)  # WHICH OUT: one run, in this process
    args = ap.parse_args()
    if args.measure:
        measured(args.measure[0], args.store, args.measure[1])
        return
    sys.path.insert(0, str(HERE))
    import run

    run.bytecode()
    store = args.store or str(run.seed_store())
    variants = {"bare": ""} | ({"before": f"PYTHONPATH={args.before}"} if args.before else {}) | {"dateline": ""}
    tmux = run.Tmux()
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "times")
        try:
            for _ in range(args.runs):
                for name, env in variants.items():
                    which = "bare" if name == "bare" else "dateline"
                    # from /tmp with -P: the checkout's own folder is not on sys.path
                    cmd = (
                        f"sh -c 'cd /tmp && export BEGAN=$(date +%s%N) {env} && exec {sys.executable} -P {__file__} "
                        f"{store} --measure {which} {out}.{name}'"
                    )
                    tmux.run(cmd, lambda s: _written(f"{out}.{name}"), timeout=30)
                    Path(f"{out}.{name}").rename(f"{out}.{name}.{_}")
        finally:
            tmux.close()
        rows = {
            name: [Path(f"{out}.{name}.{i}").read_text().split()[1:] for i in range(args.runs)] for name in variants
        }
    wall = {k: statistics.median(float(w) for w, _ in v) for k, v in rows.items()}
    cpu = {k: statistics.median(float(c) for _, c in v) for k, v in rows.items()}
    for name in variants:
        print(
            f"{name}: wall {wall[name]:.0f} ms ({wall[name] / wall['bare']:.2f}× bare), "
            f"CPU {cpu[name]:.0f} ms ({cpu[name] / cpu['bare']:.2f}× bare); "
            f"runs (wall ms) {', '.join(w for w, _ in rows[name])}"
        )


if __name__ == "__main__":
    main()
