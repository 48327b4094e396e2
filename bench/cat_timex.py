"""The TIMEX3 of a CAT XML document (NewsReader MEANTIME), as bench/timex_eval.py reads a .tml file.

MEANTIME (Multilingual Event ANd TIME, NewsReader, 2015) annotates 120 English Wikinews articles
(2004-2011: Airbus and Boeing, Apple, General Motors, the stock market) with TimeML's TIMEX3 in
CAT's stand-off XML: the text is one ``<token t_id sentence>`` a word, and each ``<TIMEX3>`` under
``<Markables>`` points at its words with ``<token_anchor t_id>``; the document's creation time is
the TIMEX3 with ``functionInDocument="CREATION_TIME"`` (Wikinews' dateline, "March 01, 2008").
A TIMEX3 with no token (an "empty" one the annotators added for an implicit begin or end) is no
expression of the text and is left out. The corpus is CC BY 4.0 (FBK, VU Amsterdam, UPV/EHU;
www.newsreader-project.eu/results/data/wikinews/), kept out of this repository; one copy is in
github.com/qiangning/StructTempRel-EMNLP17 under data/meantime_newsreader_english_oct15/
(intra-doc_annotation/corpus_*/*.xml).

    python bench/timex_eval.py .../intra-doc_annotation/corpus_* [--context] ...
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

_NO_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]}]|'s\b|'\s|n't\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$])\s+")


def detokenize(words: list[str]) -> str:
    """The words as the article wrote them, roughly: no space before a comma, a full stop, "'s"."""
    text = " ".join(words)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def is_cat(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as f:
        return "<Document" in f.read(400)


def expressions(path: Path):
    """(text, value, mod, sentence) of each TIMEX3 with words in a CAT document, and its DCT."""
    root = ET.parse(path).getroot()
    words: dict[str, str] = {}
    sentence_of: dict[str, str] = {}
    sentences: dict[str, list[str]] = {}
    for tok in root.iter("token"):
        tid, sent = tok.get("t_id", ""), tok.get("sentence", "")
        words[tid] = tok.text or ""
        sentence_of[tid] = sent
        sentences.setdefault(sent, []).append(tok.text or "")
    dct = None
    found = []
    for timex in root.iter("TIMEX3"):
        anchors = [a.get("t_id", "") for a in timex.iter("token_anchor")]
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = (timex.get("value") or "")[:10]
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", dct):  # one is "03-02-2009" for "February 03, 2009"
                dct = datetime.strptime(detokenize([words[t] for t in anchors]), "%B %d, %Y").date().isoformat()
            continue
        if not anchors or timex.get("type") not in ("DATE", "TIME"):
            continue
        anchors.sort(key=int)
        text = detokenize([words[t] for t in anchors])
        sentence = detokenize(sentences[sentence_of[anchors[0]]])
        found.append((text, timex.get("value", ""), timex.get("mod"), sentence))
    return dct, found
