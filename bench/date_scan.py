"""Refusals of the date resolver on the raw text of TimeML newswire, annotations aside.

Finds date-like phrases in the text of each .tml file (a regular expression: weekdays, months,
counted units, seasons, named days, years, with the prepositions and modifiers before them),
resolves each against its document's creation date with its sentence as context, and counts
the refusals by the kind of refusal (cannot read; a length of time; relative to another event;
names no time; a season not of the calendar; names an event; not a date; recurs) and by phrase class (digits, months and weekdays folded), most frequent first.
The phrases are fragments as often as whole expressions ("a week ago" is taken whole, and
"year-on-year" is a rate, not a phrase): the figure to watch is how many refusals only say
"cannot read".

    python bench/date_scan.py DIR [DIR...] [--top N] [--save READS.jsonl]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from dateline.db.dates import DateError, publication, resolve

WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)"
)
NUMW = (
    r"(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half"
    r"|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of)"
)
UNIT = r"(?:days?|weeks?|months?|years?|decades?|quarters?|weekends?|centur(?:y|ies)|seasons?)"
PRE = (
    r"(?:(?:in|over|during|for|within|since|until|till|by|on|at|from|through|throughout|before|after|into|of|"
    r"this|last|next|early|late|mid|earlier|later|the|recent|coming|past|previous|following|new|current|same|"
    r"end|beginning|start|first|second|third|fourth|final|half|upcoming|latest|whole|entire|rest|remainder)[\s-]+)"
)
PATTERNS = [
    rf"\b(?:a|an)\s+{UNIT}\s+(?:ago|earlier|later|before|after)\b",  # "a week ago": not the fragment "week ago"
    rf"\b{PRE}*(?:{NUMW}\s+)?{PRE}*{UNIT}\b(?!-)(?:\s+(?:ago|earlier|later|before|after))?(?:\s+(?:of|in)?\s*\d{{4}})?",
    rf"\b{PRE}*{WD}(?:\s+(?:or|and|to|through)\s+{WD})?(?:\s+(?:morning|afternoon|evening|night))?",
    rf"\b{PRE}*{MON}(?:\s+\d{{1,2}}(?:-\d{{1,2}})?)?(?:,?\s+\d{{4}})?",
    rf"\b{PRE}*(?:holiday season|new year|christmas(?: eve| day)?|easter|thanksgiving|ramadan|summer|winter|"
    r"autumn|spring|fall)\b",
    rf"\b{PRE}*(?:today|tonight|yesterday|tomorrow|recently|now|currently)\b",
    rf"\b{PRE}*(?:19|20)\d\d(?:s)?\b",
]
# "year-on-year", "month on month": a rate of change, no date (its fragment "on-year" is no phrase)
RATE = re.compile(r"\b(year|month|quarter|week)[\s-]+(?:on|over)[\s-]+\1\b", re.I)
PHRASE = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.I)
DCT = re.compile(
    r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"'
)


def documents(paths):
    """(file name, creation date, plain text) of each .tml file that has a creation date."""
    for path in paths:
        source = path.read_text(encoding="utf-8", errors="replace")
        m = DCT.search(source)
        if m:
            text = re.search(r"<TEXT>(.*)</TEXT>", source, re.S)
            body = html.unescape(re.sub(r"<[^>]+>", "", text[1] if text else source))
            body = RATE.sub(lambda r: " " * len(r[0]), body)
            yield path.name, (m[1] or m[2])[:10], " ".join(body.split())


def phrase_class(phrase: str) -> str:
    s = re.sub(WD, "WD", phrase.lower())
    return re.sub(r"\d+", "N", re.sub(MON, "MON", s))


def refusal_kind(message: str) -> str:
    for kind in (
        "a length of time",
        "relative to another event",
        "names no time",
        "not of the calendar",  # a sport's or trade's season
        "names an event",  # "Super Tuesday"
        "not a date",  # in its sentence a verb ("may be"), a fall ("fall by"), an ordinal ("the 4th Summit")
        "recurs",  # "every Sunday", "each year"
    ):
        if kind in message:
            return kind
    return "cannot read"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--top", type=int, default=40, help="print this many phrase classes of 'cannot read'")
    ap.add_argument("--save", type=Path, help="write every phrase's reading here (JSON lines)")
    args = ap.parse_args()
    paths = sorted(p for d in args.dirs for p in d.glob("*.tml"))
    kinds: Counter[str] = Counter()
    unread: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    readings = []
    docs = phrases = 0
    for name, dct, body in documents(paths):
        docs += 1
        pub = publication(dct, "UTC")
        for sentence in re.split(r"(?<=[.!?])\s+", body):
            for m in PHRASE.finditer(sentence):
                phrase = m.group(0).strip()
                phrases += 1
                try:
                    iv = resolve(phrase, pub, context=sentence)
                    read = f"{iv.start:%Y-%m-%dT%H:%M}..{iv.end:%Y-%m-%dT%H:%M} {iv.precision} [{iv.rule}]"
                except DateError as exc:
                    kind = refusal_kind(str(exc))
                    kinds[kind] += 1
                    read = f"refused: {kind}"
                    if kind == "cannot read":
                        c = phrase_class(phrase)
                        unread[c] += 1
                        if len(examples[c]) < 2:
                            examples[c].append(f"{name} {dct} | {phrase}")
                readings.append({"file": name, "dct": dct, "phrase": phrase, "read": read})
    print(f"{docs} documents, {phrases} phrases, {sum(kinds.values())} refused")
    for kind, n in kinds.most_common():
        print(f"  {n:5d} {kind}")
    for c, n in unread.most_common(args.top):
        print(f"  {n:5d} cannot read: {c}   e.g. {'; '.join(examples[c])}")
    if args.save:
        args.save.write_text("".join(json.dumps(r) + "\n" for r in readings), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
