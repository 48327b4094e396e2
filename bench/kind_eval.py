"""How often a draft gets the right kind, against a small gold set of real text.

``bench/kind_gold.tsv`` holds, a line each, a kind, a publication day, where the text comes
from and the text: the ``notes`` of the real ACLED files in tests/data/real (each labelled
from its event and sub-event type, in extraction's words: "Air/drone strike" is airstrike,
"Armed clash" battle, "Mob violence" riot, "Abduction/forced disappearance" abduction; a
note whose words tell another happening than ACLED's code, as a gunfight coded as a riot, is
labelled by its words) and sentences of TimeBank and AQUAINT news (TempEval-3's TBAQ),
labelled by hand: a condemnation of a bombing is a statement, a blast not said to be a bomb
an explosion. Each text is extracted as a one-paragraph article published that day; the
kind of its first draft is scored ("(none)" when it makes none).

    python bench/kind_eval.py [--gold bench/kind_gold.tsv] [--misses N]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from dateline.db.extract.drafts import extract
from dateline.db.extract.text import Article

GOLD = Path(__file__).resolve().parent / "kind_gold.tsv"
NONE = "(none)"


def read_gold(path: Path) -> list[tuple[str, str, str, str]]:
    """(kind, published, source, text) of each gold line; "#" lines are comments."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        return [(k, p, s, t) for k, p, s, t in csv.reader(lines, delimiter="\t")]


def kind_of(text: str, published: str) -> str:
    """The kind of the first draft extraction makes of ``text``, or NONE."""
    moment = datetime.fromisoformat(published).replace(hour=12, tzinfo=ZoneInfo("UTC"))
    drafts = extract(Article([text]), moment, "UTC").drafts
    return drafts[0].kind or NONE if drafts else NONE


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--misses", type=int, default=0, help="print this many wrong kinds")
    args = ap.parse_args(argv)
    gold = read_gold(args.gold)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[tuple[str, str, str, str]] = []
    for kind, published, source, text in gold:
        got = kind_of(text, published)
        total[kind] += 1
        if got == kind:
            right[kind] += 1
        else:
            misses.append((kind, got, source, text))
    n, r = sum(total.values()), sum(right.values())
    print(f"{n} texts  right {r}  ({100 * r / n:.1f}%)")
    for kind in sorted(total, key=lambda k: (-total[k], k)):
        print(f"  {kind:16} {right[kind]:3} of {total[kind]:3}")
    for kind, got, source, text in misses[: args.misses]:
        print(f"- gold {kind!r} got {got!r} [{source}]: {text[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
