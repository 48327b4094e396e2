"""Exact-match rate of the date resolver on TimeML-annotated newswire (TIMEX3).

Reads the .tml files of a TimeBank / TempEval-3 style corpus (not kept in this repository:
TimeBank is distributed by the LDC; TempEval-3's TBAQ-cleaned is public research data,
e.g. in github.com/qiangning/StructTempRel-EMNLP17 under data/TempEval3/Training/), takes
every TIMEX3 of type DATE or TIME whose value names an interval, resolves its text against
the document's creation time (DCT, a day alone: its midday), and counts how often the
interval is exactly the annotated one (start and end, at the annotation's grain), and how
often it lies within the annotated unit (what a scorer that compares both ends truncated to
the annotation's grain accepts: "early May" as May 1-10 where TimeML writes 1998-05). A clock
time that names its zone ("5 p.m. EST Nov. 9") is annotated with the wall time in that
zone, so it is compared there.

Also reads the CAT XML of NewsReader MEANTIME (Wikinews, 2004-2011; see bench/cat_timex.py).

    python bench/timex_eval.py DIR [DIR...] [--misses N] [--by-rule] [--context]
                               [--save RUN.jsonl] [--against RUN.jsonl]

``--save`` keeps every expression's reading; ``--against`` a saved run prints, expression by
expression, what was exact there and is not now (and what came right), so a change shows
that nothing right before goes wrong.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import cat_timex
from dateline.db.dates import DateError, publication, resolve

UTC = ZoneInfo("UTC")
_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_PARTS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 24), "NI": (20, 30)}
_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _month_start(y: int, m: int) -> date:
    return date(y + (m - 1) // 12, (m - 1) % 12 + 1, 1)


def gold(value: str) -> tuple[datetime, datetime] | None:
    """The interval a TIMEX3 value names (UTC wall times), or None when it names none."""
    at = lambda d, h=0, mi=0: datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(hours=h, minutes=mi)  # noqa: E731
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::\d\d)?", value)
    if m:
        start = at(date(int(m[1]), int(m[2]), int(m[3])), int(m[4]), int(m[5]))
        return start, start + timedelta(minutes=1)
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d)", value)  # an hour: "5 p.m. EST, Nov. 6"; T24 ends the day
    if m:
        start = at(date(int(m[1]), int(m[2]), int(m[3])), int(m[4]))
        return start, start + timedelta(hours=1)
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(MO|AF|EV|NI)", value)
    if m:
        d = date(int(m[1]), int(m[2]), int(m[3]))
        h0, h1 = _PARTS[m[4]]
        return at(d, h0), at(d, h1)
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return at(d), at(d + timedelta(days=1))
    m = re.fullmatch(r"(\d{4})-W(\d\d?)", value)
    if m:
        d = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return at(d), at(d + timedelta(days=7))
    m = re.fullmatch(r"(\d{4})-W(\d\d?)-WE", value)
    if m:
        d = date.fromisocalendar(int(m[1]), int(m[2]), 6)
        return at(d), at(d + timedelta(days=2))
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return at(_month_start(y, mo)), at(_month_start(y, mo + 1))
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        y, q = int(m[1]), int(m[2])
        return at(_month_start(y, 3 * q - 2)), at(_month_start(y, 3 * q + 1))
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        y, h = int(m[1]), int(m[2])
        return at(_month_start(y, 6 * h - 5)), at(_month_start(y, 6 * h + 1))
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        y, m0 = int(m[1]), _SEASONS[m[2]]
        return at(_month_start(y, m0)), at(_month_start(y, m0 + 3))
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        y = int(m[1])
        return at(date(y, 1, 1)), at(date(y + 1, 1, 1))
    m = re.fullmatch(r"(\d{3})X?", value)  # a decade: 198, or 198X as TIMEX2 wrote it
    if m:
        y = int(m[1]) * 10
        return at(date(y, 1, 1)), at(date(y + 10, 1, 1))
    m = re.fullmatch(r"(\d\d)(?:XX)?", value)  # a century: 19 (or 19XX) is 1900-1999, "the 20th century"
    if m:
        y = int(m[1]) * 100
        return at(date(max(y, 1), 1, 1)), at(date(y + 100, 1, 1))
    return None


_ZONE_WORD = re.compile(r"\b(GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST)\b")
_OFFSETS = {"GMT": 0, "UTC": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6}
_OFFSETS |= {"PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2}


def _named_zone(text: str) -> timezone | None:
    """The zone a clock time names ("9 a.m. EST"): TimeML writes the wall time there."""
    m = _ZONE_WORD.search(text)
    return timezone(timedelta(hours=_OFFSETS[m[1]])) if m else None


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _sentence(source: str, start: int, end: int, text: str) -> str:
    """The sentence a TIMEX3 stands in, roughly: back to the last full stop, on to the next."""
    before = re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n\s*\n", _plain(source[max(0, start - 600) : start]))[-1]
    after = re.split(r"(?<=[.!?])\s+(?=[A-Z])", _plain(source[end : end + 400]))[0]
    return f"{before} {text} {after}".strip()


def expressions(path: Path):
    """(text, value, mod, sentence) of each dated TIMEX3 of a .tml file, and its DCT."""
    source = path.read_text(encoding="utf-8", errors="replace")
    dct = None
    found = []
    for m in _TIMEX.finditer(source):
        attrs = dict(_ATTR.findall(m[1]))
        text = html.unescape(re.sub(r"<[^>]+>", "", m[2])).strip()
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value", "")[:10]
            continue
        if attrs.get("type") in ("DATE", "TIME"):
            found.append((text, attrs.get("value", ""), attrs.get("mod"), _sentence(source, m.start(), m.end(), text)))
    return dct, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--misses", type=int, default=0, help="print this many misses")
    ap.add_argument("--context", action="store_true", help="give the resolver the sentence as context")
    ap.add_argument("--by-rule", action="store_true", help="count the misses by the rule that read them")
    ap.add_argument("--save", type=Path, help="write every expression's reading here (JSON lines)")
    ap.add_argument("--against", type=Path, help="a run saved with --save: print what went wrong or right since")
    args = ap.parse_args()
    readings: list[dict] = []
    total = exact = within = refused = 0
    kinds: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    misses = []
    for folder in args.dirs:
        for path in sorted([*folder.glob("*.tml"), *folder.glob("*.xml")]):
            if path.suffix == ".xml" and not cat_timex.is_cat(path):
                continue
            dct, found = expressions(path) if path.suffix == ".tml" else cat_timex.expressions(path)
            if not dct:
                continue
            pub = publication(dct, "UTC")
            for i, (text, value, _mod, sentence) in enumerate(found):
                key = f"{path.name}#{i}"
                want = gold(value)
                if want is None or not text:
                    kinds["no interval in the annotation"] += 1
                    continue
                total += 1
                try:
                    got = resolve(text, pub, context=sentence if args.context else None)
                except DateError:
                    refused += 1
                    misses.append((path.name, dct, text, value, "refused"))
                    by_rule["refused"] += 1
                    readings.append({"key": key, "text": text, "value": value, "read": "refused", "exact": False})
                    continue
                start, end = got.start.astimezone(UTC), got.end.astimezone(UTC)
                named = _named_zone(text) if "T" in value else None
                if named is not None:  # "5 p.m. EST Nov. 9" is annotated 1989-11-09T17:00: the wall time there
                    start, end = (t.astimezone(named).replace(tzinfo=UTC) for t in (got.start, got.end))
                if want[0] <= start and end <= want[1]:
                    within += 1
                read = f"{start:%Y-%m-%dT%H:%M}..{end:%Y-%m-%dT%H:%M} {got.precision}"
                readings.append({"key": key, "text": text, "value": value, "read": read, "exact": (start, end) == want})
                if (start, end) == want:
                    exact += 1
                else:
                    by_rule[got.rule.split(":")[0]] += 1
                    misses.append((path.name, dct, text, value, read))
    print(f"{total} dated expressions; exact {exact} ({100 * exact / max(total, 1):.1f}%); refused {refused}")
    print(f"  within the annotated unit: {within} ({100 * within / max(total, 1):.1f}%)")
    for k, n in kinds.items():
        print(f"  skipped ({k}): {n}")
    if args.by_rule:
        for rule, n in by_rule.most_common():
            print(f"  {n:4d} missed, read by {rule}")
    for miss in misses[: args.misses]:
        print("  ", " | ".join(miss))
    if args.save:
        args.save.write_text("".join(json.dumps(r) + "\n" for r in readings), encoding="utf-8")
    if args.against:
        _compare(args.against, readings)
    return 0


def _compare(saved: Path, readings: list[dict]) -> None:
    """What was exact in a saved run and is not now, and what came right."""
    before = {r["key"]: r for r in map(json.loads, saved.read_text(encoding="utf-8").splitlines())}
    worse = [r for r in readings if before.get(r["key"], {}).get("exact") and not r["exact"]]
    better = [r for r in readings if r["exact"] and r["key"] in before and not before[r["key"]]["exact"]]
    print(f"against {saved}: {len(worse)} went wrong, {len(better)} came right")
    for sign, rows in (("-", worse), ("+", better)):
        for r in rows:
            print(
                f"  {sign} {r['key']} | {r['text']} | {r['value']} | was {before[r['key']]['read']} | now {r['read']}"
            )


if __name__ == "__main__":
    sys.exit(main())
