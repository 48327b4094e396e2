"""Killed and injured from a sentence's words.

"killing a 12-year-old boy and two elderly women" is 3 killed; "at least 15 injured",
"injured at least 15 civilians", "Three others were injured", "the death toll rose to 12".
A number must count people: "14 drones", "3,000 tons" count nothing.
"""

from __future__ import annotations

import re

__all__ = ["casualties", "number"]

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    "both": 2, "a couple of": 2, "a pair of": 2,
}  # fmt: skip
_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+|a\s+dozen|a\s+couple\s+of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|"
    + "|".join(sorted((w for w in _WORDS if " " not in w), key=len, reverse=True))
    + r")"
)
_QUAL = r"(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|over|up\s+to|another|an?\s+additional|all)\s+)?"
_PEOPLE = (
    r"(?:people|persons?|civilians?|residents?|others?|men|man|women|woman|children|child|kids?|boys?|girls?|"
    r"teenagers?|teens?|babies|baby|infants?|soldiers?|troops|servicem[ae]n|police(?:\s*officers?|men)?|officers?|"
    r"firefighters?|rescuers?|medics?|doctors?|nurses?|journalists?|workers?|employees?|passengers?|students?|"
    r"pensioners?|villagers?|fighters?|militants?|members?|adults?|individuals?|victims?|family\s+members|"
    r"relatives|residents|citizens|Ukrainians|Russians|Israelis|Palestinians|drivers?|pilots?|farmers?|"
    r"teachers?|volunteers?|paramedics?|guards?|hostages?|prisoners?|detainees?|protesters?|demonstrators?|"
    r"miners?|sailors?|crew\s+members?|bystanders?|pedestrians?|tourists?|shoppers?|worshippers?|patients?|"
    r"(?<=-old\s)[a-z]+)"
)
_ADJ = r"(?:(?:\d+-(?:year|month)-old|elderly|young|old|other|more|local|unarmed|wounded|pregnant|[a-z]+-aged)\s+)*(?:[a-z]+\s+)?"
_KILL = r"(?:killed|killing|kills|kill|dead|died|die|dies|deaths?|lost\s+their\s+lives|slain|fatalities)"
_HURT = r"(?:injured|injuring|injures|injure|injuries|wounded|wounding|wounds|hurt|hurting|hospitali[sz]ed)"


def number(word: str) -> int | None:
    w = " ".join(word.lower().split())
    if re.fullmatch(r"\d[\d,]*", w):
        return int(w.replace(",", ""))
    if w in _WORDS:
        return _WORDS[w]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(\w+)", w)
    if m and m.group(2) in _WORDS:
        return _WORDS[m.group(1)] + _WORDS[m.group(2)]
    return None


_ITEM = re.compile(r"^\s*" + _QUAL + r"(" + _NUM + r")\s+" + _ADJ + _PEOPLE + r"\b", re.IGNORECASE)


def _list_after(text: str) -> int | None:
    """The people counted in "a 12-year-old boy and two elderly women" at the start of ``text``."""
    total, rest, found = 0, text, False
    while True:
        m = _ITEM.match(rest)
        if not m:
            break
        n = number(m.group(1))
        if n is None:
            break
        total += n
        found = True
        rest = rest[m.end() :]
        sep = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)", rest)
        if not sep:
            break
        rest = rest[sep.end() :]
    return total if found else None


def _count(sentence: str, verb: str) -> int | None:
    best: int | None = None
    # "killed a boy and two women", "injuring at least 15 civilians"
    for m in re.finditer(r"\b" + verb + r"\b", sentence, re.IGNORECASE):
        n = _list_after(sentence[m.end() :])
        if n is not None:
            best = max(best or 0, n)
    # "killing two people and injuring 18, the governor said": a bare number after the verb
    for m in re.finditer(
        r"\b" + verb + r"\s+" + _QUAL + r"(" + _NUM + r")(?=\s*(?:[,.;]|$|and\b|in\b|on\b|at\b|as\b|during\b|"
        r"when\b|after\b|others\b|more\b))",
        sentence,
        re.IGNORECASE,
    ):
        n = number(m.group(1))
        if n is not None and not re.fullmatch(r"(?:1[89]|20)\d\d", m.group(1)):
            best = max(best or 0, n)
    # "15 people were killed", "Three others were injured", "at least 15 injured", "two dead"
    rx = re.compile(
        r"(?<![\w,-])" + _QUAL + r"(" + _NUM + r")\s+(?:" + _ADJ + _PEOPLE + r"\s+(?:aged\s+\d+\s+|,\s*\d+,\s*)?)?"
        r"(?:(?:were|was|have\s+been|had\s+been|are|is|got|been)\s+)?(?:(?:also|reportedly|seriously|critically|"
        r"badly|slightly|lightly)\s+)?" + verb + r"\b",
        re.IGNORECASE,
    )
    for m in rx.finditer(sentence):
        if re.match(r"\d", m.group(1)) and re.search(r"[-:/]\s*$|\b(?:aged|age)\s*$", sentence[: m.start(1)]):
            continue
        if re.fullmatch(r"(?:1[89]|20)\d\d", m.group(1)) and not re.search(_PEOPLE, m.group(0), re.IGNORECASE):
            continue  # "in July 2014, killing…": a year counts nobody
        n = number(m.group(1))
        if n is not None:
            best = max(best or 0, n)
    # "the death toll rose to 12", "the number of injured reached 40"
    if verb == _KILL:
        toll = re.search(
            r"death\s+toll\s+(?:\w+\s+){0,3}?(?:to|of|at|is|was|stands\s+at)\s+" + _QUAL + r"(" + _NUM + r")\b",
            sentence,
            re.IGNORECASE,
        )
        if toll and number(toll.group(1)) is not None:
            best = max(best or 0, number(toll.group(1)) or 0)
    return best


def casualties(sentence: str) -> tuple[int | None, int | None]:
    """(killed, injured) the sentence reports, None where it reports none."""
    return _count(sentence, _KILL), _count(sentence, _HURT)
