"""Place names in a sentence, placed by the offline gazetteer (``dateline.db.gazetteer``).

A capitalised name the gazetteer knows is a place; "the Kharkiv region", "Tver region",
"Donetsk oblast" name a region; the country of the article's dateline wins when a name
is ambiguous. Nationality words and names of people are not places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import Place, lookup
from .people import TITLES

__all__ = ["PlaceMention", "find_places"]

_SKIP = {
    "The", "A", "An", "In", "On", "At", "But", "And", "As", "He", "She", "It", "They", "We", "I", "His", "Her", "Their",
    "Its", "This", "That", "President", "Governor", "Mayor", "General", "Minister", "Victory", "Western", "March",
    "May", "Friday", "Monday", "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday", "Reports", "Residents",
    "Amid", "While", "Although", "Thus", "Among", "Unverified", "Three", "Two", "One", "Biden", "Trump", "Harris",
    "Police", "Army", "Staff", "Ministry", "Defense", "Defence", "Telegram", "Su", "Tu", "Mig", "Vice", "Former",
    "Moscow's", "Israel's", "Earlier", "Later", "Officials", "Rescuers", "Local", "Air", "Force", "Navy", "Guard",
    "State", "City", "Hall", "Street", "Avenue", "Road", "Square", "Hospital", "University", "Church", "Station",
    "Bridge", "Park", "Center", "Centre", "Media", "News", "Times", "Post", "Press", "Agency", "Service", "Council",
    "Office", "House", "White", "Black", "Red", "Cross", "Union", "Nations", "United", "Security", "Forces",
}  # fmt: skip


@dataclass(frozen=True)
class PlaceMention:
    text: str  # as written
    start: int
    end: int
    place: Place | None  # None for a region the gazetteer does not know
    region: str | None  # "Tver region"
    kind: str  # city, region, country, state


_REGION = re.compile(
    r"\b((?:[A-Z][\w'’\-]+\s+){0,2}?[A-Z][\w'’\-]+)\s+(region|oblast|province|krai|governorate|district|county)\b"
)
_REGIONS = re.compile(r"\b([A-Z][\w\-]+)\s+and\s+([A-Z][\w\-]+)\s+(regions|oblasts|provinces)\b")
_NAME = re.compile(r"(?<![\w-])((?:St\.\s+|Ste\.\s+)?[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){0,2})(?![\w-]*-\d)")


def find_places(sentence: str, country: str | None = None) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    for m in _REGIONS.finditer(sentence):
        for g in (1, 2):
            town = lookup(m.group(g), country, areas=True)
            out.append(
                PlaceMention(m.group(g), m.start(g), m.end(g), town, f"{m.group(g)} {m.group(3)[:-1]}", "region")
            )
        taken.append(m.span())
    for m in _REGION.finditer(sentence):
        if any(m.start() < y and x < m.end() for x, y in taken):
            continue
        words = m.group(1).split()
        while words and (words[0] in _SKIP or re.search(r"['’]s$", words[0])):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        region = f"{name} {m.group(2)}"
        # a region is mostly named after its capital: its country is the town's
        town = lookup(name, country, areas=True)
        out.append(PlaceMention(m.group(0), m.start(), m.end(), town, region, "region"))
        taken.append(m.span())
    for m in _NAME.finditer(sentence):
        a, b = m.span()
        if any(a < y and x < b for x, y in taken):
            continue
        words = m.group(1).split()
        for i, w in enumerate(words):  # "Kharkiv Mayor Ihor Terekhov": the words after a title name a person
            if w.lower() in TITLES:
                words = words[:i]
                break
        if not words:
            continue
        # the longest known name inside the run: "Kryvyi Rih", then single words
        found = False
        for size in range(len(words), 0, -1):
            for i in range(0, len(words) - size + 1):
                part = words[i : i + size]
                name = re.sub(r"['’]s$", "", " ".join(part))
                if size == 1 and (name in _SKIP or len(name) < 3):
                    continue
                if part[0] in _SKIP:
                    continue
                place = lookup(name, country, areas=True)
                if place is None:
                    continue
                if i == 0 and size < len(words) and all(w[:1].isupper() for w in words[size:]):
                    # "Hurricane Milton", "Washington Post", "Kyiv Independent": the run names
                    # something else that starts with a place name
                    break
                start = a + len(" ".join(words[:i])) + (1 if i else 0)
                out.append(PlaceMention(name, start, start + len(name), place, None, place.kind))
                found = True
                break
            if found:
                break
    return sorted(out, key=lambda p: p.start)
