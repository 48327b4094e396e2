"""Sentences of a paragraph, with their place in it.

A sentence ends at ``.``, ``!`` or ``?`` (and a closing quote or bracket after it) followed
by a space and a capital letter, a digit or an opening quote, unless the word ending in
the full stop is an abbreviation news copy uses ("U.S.", "Gov.", "Sept.", "St.", "a.m.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split", "sentences"]

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gov", "gen", "col", "lt", "sgt", "capt",
    "maj", "adm", "cmdr", "rep", "sen", "pres", "rev", "hon", "gens", "sens", "reps", "govs", "supt", "insp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "no", "nos", "vs", "etc", "approx", "est", "inc", "ltd", "co", "corp", "dept", "univ", "ave", "blvd", "rd",
    "fig", "vol", "p", "pp", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "i.e", "e.g",
}  # fmt: skip

_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    paragraph: int  # 1-based number of the paragraph in the article
    index: int  # 0-based number of the sentence in the article
    start: int  # offsets in the paragraph
    end: int
    text: str


def split(paragraph: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each sentence of ``paragraph``."""
    spans = []
    begin = 0
    for m in _END.finditer(paragraph):
        stop = m.end()
        word = re.search(r"(\S+?)[.!?]+[\"'\u201d\u2019)\]]*$", paragraph[begin:stop])
        if m.group(0).startswith(".") and word:
            w = word.group(1).lower().lstrip("(\"'\u201c")
            if w in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]?", w) or re.fullmatch(r"[a-z]", w):
                # "U.S. officials" goes on; an abbreviation before a closing quote ends anyway
                if not re.search(r"[\"\u201d]$", m.group(0)):
                    continue
        spans.append((begin, stop))
        begin = stop
        while begin < len(paragraph) and paragraph[begin].isspace():
            begin += 1
    if begin < len(paragraph) and paragraph[begin:].strip():
        spans.append((begin, len(paragraph.rstrip())))
    return spans


def sentences(paragraphs: list[str]) -> list[Sentence]:
    out: list[Sentence] = []
    for n, para in enumerate(paragraphs, 1):
        for a, b in split(para):
            out.append(Sentence(n, len(out), a, b, para[a:b]))
    return out
