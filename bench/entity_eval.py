"""Precision and recall of extraction's places and people against MEANTIME's entity annotation.

NewsReader MEANTIME (see bench/cat_timex.py) annotates, in CAT's stand-off XML, each entity
mention (``ENTITY_MENTION``, its words by ``token_anchor``) and links mentions to an entity
(``REFERS_TO`` source -> target ``ENTITY``) whose ``ent_type`` is PER, LOC, ORG, PRO, FIN...
Only an article's first sentences are annotated (the title, the date line and four more):
those are scored. This rebuilds each article's text sentence by sentence from its tokens, runs
``places_of_article`` on them (``find_places`` on each sentence, knowing the article's
people) and ``find_entities`` on each (with the places found in the article), as ``extract``
does, and counts:

- places: a found place overlapping a gold LOC mention is right; one overlapping only
  mentions of other types (a person, a company, a product), or none, is wrong. Recall is
  over the gold LOC mentions that are proper names (NAM, PRE.NAM), less demonyms
  ("American", "Canadian"), which extraction does not take for places.
- persons: a found person overlapping a gold PER mention is right, else wrong; recall is
  over gold PER mentions that are names (NAM, APP) holding two capitalised words or one
  after a title.
- orgs (an actor too): right when overlapping a gold ORG mention.

    python bench/entity_eval.py .../intra-doc_annotation/corpus_* [--wrong N] [--missed N] [--country C]
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from dateline.db.extract.people import find_entities
from dateline.db.extract.places import places_of_article

_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|'|n't)$")
_NO_SPACE_AFTER = {"(", "[", "{", "$"}
_DEMONYM = re.compile(r"(?:ian|ean|can|ese|ish)$")


@dataclass
class Mention:
    start: int  # offsets in its sentence
    end: int
    kind: str | None  # PER, LOC, ORG, ...
    syntactic: str
    text: str


@dataclass
class Sentence:
    text: str = ""
    mentions: list[Mention] = field(default_factory=list)


def read(path: Path) -> list[Sentence]:
    """The sentences of a CAT document, their text rebuilt from the tokens, with each
    entity mention's offsets in its sentence and its entity's type."""
    root = ET.parse(path).getroot()
    sentences: dict[str, Sentence] = {}
    where: dict[str, tuple[str, int, int]] = {}  # t_id -> (sentence, start, end)
    prev = ""
    for tok in root.iter("token"):
        s = sentences.setdefault(tok.get("sentence", ""), Sentence())
        word = tok.text or ""
        if s.text and not _NO_SPACE_BEFORE.match(word) and prev not in _NO_SPACE_AFTER:
            s.text += " "
        where[tok.get("t_id", "")] = (tok.get("sentence", ""), len(s.text), len(s.text) + len(word))
        s.text += word
        prev = word
    types = {e.get("m_id"): e.get("ent_type") for e in root.iter("ENTITY")}
    kind_of: dict[str | None, str | None] = {}
    for link in root.iter("REFERS_TO"):
        target = link.find("target")
        for src in link.iter("source"):
            kind_of[src.get("m_id")] = types.get(target.get("m_id") if target is not None else None)
    for m in root.iter("ENTITY_MENTION"):
        spans = [where[a.get("t_id", "")] for a in m.iter("token_anchor") if a.get("t_id") in where]
        if not spans:
            continue
        sent = spans[0][0]
        start, end = min(x[1] for x in spans), max(x[2] for x in spans)
        s = sentences[sent]
        s.mentions.append(
            Mention(start, end, kind_of.get(m.get("m_id")), m.get("syntactic_type") or "", s.text[start:end])
        )
    return list(sentences.values())


def _overlapping(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.start < end and start < m.end]


def _gold_place(m: Mention) -> bool:
    words = m.text.split()
    return (
        m.kind == "LOC"
        and m.syntactic in ("NAM", "PRE.NAM")
        and any(w[:1].isupper() and not _DEMONYM.search(w) for w in words)
    )


def _gold_person(m: Mention) -> bool:
    caps = [w for w in m.text.split() if re.match(r"[A-Z][a-z]", w)]
    return m.kind == "PER" and m.syntactic in ("NAM", "APP") and len(caps) >= 2


class Score:
    def __init__(self, name: str) -> None:
        self.name = name
        self.right = self.wrong = self.gold = self.found_gold = 0
        self.wrongs: Counter[str] = Counter()
        self.misses: Counter[str] = Counter()

    def line(self) -> str:
        found = self.right + self.wrong
        p = self.right / found if found else 0.0
        r = self.found_gold / self.gold if self.gold else 0.0
        return (
            f"{self.name:8} found {found:4}  right {self.right:4}  wrong {self.wrong:4}  "
            f"precision {p:6.1%}   gold {self.gold:4}  recalled {self.found_gold:4}  recall {r:6.1%}"
        )


def score_document(path: Path, scores: dict[str, Score], country: str | None) -> None:
    sentences = read(path)
    found_places = places_of_article([s.text for s in sentences], country)
    place_names = {p.text for ps in found_places for p in ps}
    annotated = max((i for i, s in enumerate(sentences) if s.mentions), default=-1)
    for s, places in zip(sentences[: annotated + 1], found_places, strict=False):
        spans: dict[str, list[tuple[int, int]]] = {"place": [(p.start, p.end) for p in places]}
        ents = find_entities(s.text, place_names)
        spans["person"] = [(e.start, e.end) for e in ents if e.kind == "person"]
        spans["org"] = [(e.start, e.end) for e in ents if e.kind == "org"]
        for what, gold_type, is_gold in (
            ("place", "LOC", _gold_place),
            ("person", "PER", _gold_person),
            ("org", "ORG", None),
        ):
            sc = scores[what]
            for a, b in spans[what]:
                over = _overlapping(s.mentions, a, b)
                if any(m.kind == gold_type for m in over):
                    sc.right += 1
                else:
                    sc.wrong += 1
                    sc.wrongs[f"{s.text[a:b]!r} ({', '.join(f'{m.kind}:{m.text}' for m in over) or 'no mention'})"] += 1
            if is_gold is None:
                continue
            for m in s.mentions:
                if not is_gold(m):
                    continue
                sc.gold += 1
                if any(m.start < b and a < m.end for a, b in spans[what]):
                    sc.found_gold += 1
                else:
                    sc.misses[m.text] += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--wrong", type=int, default=0, help="list the N most frequent wrong finds of each kind")
    ap.add_argument("--missed", type=int, default=0, help="list the N most frequent missed gold mentions")
    ap.add_argument("--country", default=None, help="the dateline country find_places prefers")
    args = ap.parse_args(argv)
    files = sorted(f for d in args.dirs for f in (d.glob("*.xml") if d.is_dir() else [d]))
    if not files:
        print("no CAT XML files", file=sys.stderr)
        return 2
    scores = {k: Score(k) for k in ("place", "person", "org")}
    for f in files:
        score_document(f, scores, args.country)
    print(f"{len(files)} documents")
    for sc in scores.values():
        print(sc.line().replace("gold    0  recalled    0  recall   0.0%", "").rstrip())
    for sc in scores.values():
        if args.wrong and sc.wrongs:
            print(f"\nwrong {sc.name}s:")
            for text, n in sc.wrongs.most_common(args.wrong):
                print(f"  {n:3}  {text}")
        if args.missed and sc.misses:
            print(f"\nmissed {sc.name}s:")
            for text, n in sc.misses.most_common(args.missed):
                print(f"  {n:3}  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
