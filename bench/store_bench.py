"""Store-side timings on one store: go to date, quote search, summary; and optionally
the per-record cost of ``records.to_rows``.

    python bench/store_bench.py bench/out/demo-1000000.db [--runs 7] [--to-rows 20000]

Opens the store read-only (as the browser does), so a v1 store stays v1. Prints
medians of ``time.perf_counter`` over ``--runs`` calls. 'cold' summary is the first call
on a fresh connection (the OS page cache may still hold the file).
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime

from dateline.db import demo, queries, schema, store

SEARCHES = [  # (label, text, prefix_last, candidates)
    ("word 'said'", "said", False, 500),
    ("rare word", demo.RARE[17], False, 500),
    ("prefix 'hosp*'", "hosp", True, 500),
    ("prefix 's*' (1 letter)", "s", True, 500),
    ("explicit 's*' (typed with the star)", "s*", False, 500),
    ("prefix 'sa*' (2 letters)", "sa", True, 500),
    ("'said' as typed (said*)", "said", True, 500),
    ("two words 'said city'", "said city", False, 500),
    ("'said', every match by bm25()", "said", False, None),
]


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--to-rows", type=int, default=0, help="also time to_rows over this many demo records")
    args = ap.parse_args()

    db = store.open_store(args.path)
    began = time.perf_counter()
    s = queries.summary(db)
    cold = time.perf_counter() - began
    print(f"schema v{schema.version(db)}: {s.events:,} events, {s.quotes:,} quotes, {s.sources:,} sources")
    print(f"summary() cold                       {fmt(cold)}")
    print(f"summary() warm                       {fmt(timed(lambda: queries.summary(db), args.runs))}")

    days = [d for d, _ in queries.days(db)]
    picks = [datetime.fromisoformat(d).replace(hour=12, tzinfo=UTC) for d in days[:: max(len(days) // 30, 1)]]
    times = []
    for when in picks:
        times.append(timed(lambda: queries.first_reaching(db, when), 3))
    print(f"first_reaching (median of {len(picks)} days) {fmt(statistics.median(times))}  max {fmt(max(times))}")

    from dateline.db.filters import Filter
    from dateline.db.timeline import Timeline

    def first_screen(flt: Filter) -> Timeline:  # a filter's per-day counts, then 45 lines
        tl = Timeline(db, flt)
        for y in range(min(tl.height, 45)):
            tl.line(y)
        return tl

    for label, flt in [
        ("place:Kharkiv (~1.6%)", Filter(place=("Kharkiv",))),
        ("kind:airstrike place:Kharkiv", Filter(kind=("airstrike",), place=("Kharkiv",))),
    ]:
        kept = first_screen(flt).events
        print(f"filtered first screen {label:<29} {fmt(timed(lambda: first_screen(flt), args.runs))}  ({kept:,} kept)")

    for label, text, prefix, cand in SEARCHES:
        t = timed(
            lambda: queries.search_quotes(db, text, limit=50 if cand else 1000, prefix_last=prefix, candidates=cand),
            args.runs,
        )
        print(f"search {label:<36} {fmt(t)}")
    db.close()

    if args.to_rows:
        from dateline.db.records import to_rows

        recs = [r for _, r in demo.records(args.to_rows, 0)]
        began = time.perf_counter()
        for r in recs:
            to_rows(r)
        per = (time.perf_counter() - began) / len(recs)
        print(f"to_rows per demo record              {per * 1e6:8.1f} µs")


if __name__ == "__main__":
    main()
