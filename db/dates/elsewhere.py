"""A day told by another city's clock (nineteenth pass): "in New York late Monday" in a Tokyo story, "Monday in
Washington" in a Sydney one, "late Monday New York time". Copy filed far from the place names the day (and its part)
the place lived, so the words are read by the city's clock, at the publication moment seen there, and given back in the
story's zone: Washington's Monday is Monday 14:00 to Tuesday 14:00 in Sydney in June. The cities are the tz database's
and the capitals it files under another name (``words.city_zones``, as "8 p.m. Beijing time" is read); a city in the
story's own zone, or words with no day in them ("in New York"), are left to the other rules."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from zoneinfo import ZoneInfo

from .model import Context, Interval
from .rules import Sub
from .words import WD, city_zones

# words that name a day or a time, which another city's clock moves: a weekday, the days counted from the
# publication, a clock time ("at 8 p.m. in New York")
_DAY_WORDS = re.compile(
    r"\b(?:" + WD + r"|today|tonight|yesterday|tomorrow|overnight|noon|midnight)\b|\d\s*[ap]m\b|\d:\d\d"
)


@lru_cache(maxsize=1)
def _place_words() -> re.Pattern:
    names = sorted(city_zones(), key=len, reverse=True)
    city = r"(?:" + "|".join(re.escape(n) for n in names) + r")"
    return re.compile(
        r"^(?:(?P<lead>on|early|late|from|since|until|by)\s+)?in\s+(?P<c1>" + city + r")\s+(?P<r1>.+)$"
        r"|^(?P<r2>.+?)\s+in\s+(?P<c2>" + city + r")$"
        r"|^(?P<r3>.+?)\s+(?P<c3>" + city + r")\s+time$"
    )


def day_elsewhere(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _place_words().match(s)
    if m is None:
        return None
    city = m.group("c1") or m.group("c2") or m.group("c3")
    rest = m.group("r1") or m.group("r2") or m.group("r3")
    if m.group("lead") and m.group("c1"):
        rest = f"{m.group('lead')} {rest}"
    if not _DAY_WORDS.search(rest) or re.search(r"\bin\s", rest):
        return None
    there = ZoneInfo(city_zones()[city])
    if ctx.pub.astimezone(there).utcoffset() == ctx.pub.utcoffset():
        return None  # the story's own clock: the other rules read it
    got = sub(rest, replace(ctx, pub=ctx.pub.astimezone(there), zone=there))
    if got is None:
        return None
    rule = f"a day by {city.title()}'s clock ({there.key}), given in the story's zone; {got.rule}"
    return Interval(got.start.astimezone(ctx.zone), got.end.astimezone(ctx.zone), got.precision, rule)
