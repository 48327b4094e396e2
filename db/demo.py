"""Synthetic, deterministic demo stores of any size, for trying dateline out and for
measuring it at scale.

``records(n, seed)`` makes ``n`` records the way an import reads them (ISO start/end
given, so no dateparser), spread over ten years, each with one or more quotes whose
words follow a skewed vocabulary: a few words ("said") are in most quotes, some are
rare. ``build`` writes them through the same path as ``dateline import``.
"""

from __future__ import annotations

import random
import struct
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache
from itertools import accumulate

import sqlite_utils

from .write import ImportResult, write_records

# (town, region, country, lat, lon)
PLACES = [
    ("Kharkiv", "Kharkiv Oblast", "Ukraine", 49.99, 36.23),
    ("Kyiv", "Kyiv City", "Ukraine", 50.45, 30.52),
    ("Odesa", "Odesa Oblast", "Ukraine", 46.48, 30.72),
    ("Dnipro", "Dnipropetrovsk Oblast", "Ukraine", 48.46, 35.05),
    ("Zaporizhzhia", "Zaporizhzhia Oblast", "Ukraine", 47.84, 35.14),
    ("Kherson", "Kherson Oblast", "Ukraine", 46.64, 32.62),
    ("Mykolaiv", "Mykolaiv Oblast", "Ukraine", 46.98, 31.99),
    ("Sumy", "Sumy Oblast", "Ukraine", 50.91, 34.80),
    ("Chernihiv", "Chernihiv Oblast", "Ukraine", 51.50, 31.29),
    ("Poltava", "Poltava Oblast", "Ukraine", 49.59, 34.55),
    ("Lviv", "Lviv Oblast", "Ukraine", 49.84, 24.03),
    ("Kramatorsk", "Donetsk Oblast", "Ukraine", 48.74, 37.58),
    ("Sloviansk", "Donetsk Oblast", "Ukraine", 48.85, 37.60),
    ("Pokrovsk", "Donetsk Oblast", "Ukraine", 48.28, 37.18),
    ("Kostiantynivka", "Donetsk Oblast", "Ukraine", 48.53, 37.71),
    ("Nikopol", "Dnipropetrovsk Oblast", "Ukraine", 47.57, 34.40),
    ("Kryvyi Rih", "Dnipropetrovsk Oblast", "Ukraine", 47.91, 33.39),
    ("Vinnytsia", "Vinnytsia Oblast", "Ukraine", 49.23, 28.47),
    ("Zhytomyr", "Zhytomyr Oblast", "Ukraine", 50.25, 28.66),
    ("Cherkasy", "Cherkasy Oblast", "Ukraine", 49.44, 32.06),
    ("Izium", "Kharkiv Oblast", "Ukraine", 49.21, 37.26),
    ("Kupiansk", "Kharkiv Oblast", "Ukraine", 49.71, 37.62),
    ("Belgorod", "Belgorod Oblast", "Russia", 50.60, 36.59),
    ("Kursk", "Kursk Oblast", "Russia", 51.73, 36.19),
    ("Bryansk", "Bryansk Oblast", "Russia", 53.24, 34.36),
    ("Voronezh", "Voronezh Oblast", "Russia", 51.66, 39.20),
    ("Rostov-on-Don", "Rostov Oblast", "Russia", 47.24, 39.71),
    ("Taganrog", "Rostov Oblast", "Russia", 47.21, 38.94),
    ("Novorossiysk", "Krasnodar Krai", "Russia", 44.72, 37.77),
    ("Sevastopol", "Crimea", "Ukraine", 44.62, 33.53),
    ("Simferopol", "Crimea", "Ukraine", 44.95, 34.10),
    ("Moscow", "Moscow", "Russia", 55.76, 37.62),
    ("Engels", "Saratov Oblast", "Russia", 51.50, 46.12),
    ("Minsk", "Minsk Region", "Belarus", 53.90, 27.56),
    ("Chisinau", "Chisinau", "Moldova", 47.01, 28.86),
    ("Warsaw", "Masovian Voivodeship", "Poland", 52.23, 21.01),
    ("Rzeszow", "Subcarpathian Voivodeship", "Poland", 50.04, 22.00),
    ("Vilnius", "Vilnius County", "Lithuania", 54.69, 25.28),
    ("Riga", "Riga", "Latvia", 56.95, 24.11),
    ("Tallinn", "Harju County", "Estonia", 59.44, 24.75),
    ("Helsinki", "Uusimaa", "Finland", 60.17, 24.94),
    ("Bucharest", "Bucharest", "Romania", 44.43, 26.10),
    ("Constanta", "Constanta County", "Romania", 44.18, 28.63),
    ("Brussels", "Brussels-Capital", "Belgium", 50.85, 4.35),
    ("Berlin", "Berlin", "Germany", 52.52, 13.40),
    ("Paris", "Ile-de-France", "France", 48.86, 2.35),
    ("London", "Greater London", "United Kingdom", 51.51, -0.13),
    ("Washington", "District of Columbia", "United States", 38.91, -77.04),
    ("Ankara", "Ankara Province", "Turkey", 39.93, 32.86),
    ("Istanbul", "Istanbul Province", "Turkey", 41.01, 28.98),
    ("Tbilisi", "Tbilisi", "Georgia", 41.72, 44.79),
    ("Yerevan", "Yerevan", "Armenia", 40.18, 44.51),
    ("Baku", "Baku", "Azerbaijan", 40.41, 49.87),
    ("Damascus", "Damascus Governorate", "Syria", 33.51, 36.29),
    ("Aleppo", "Aleppo Governorate", "Syria", 36.20, 37.13),
    ("Idlib", "Idlib Governorate", "Syria", 35.93, 36.63),
    ("Beirut", "Beirut Governorate", "Lebanon", 33.89, 35.50),
    ("Baghdad", "Baghdad Governorate", "Iraq", 33.31, 44.36),
    ("Erbil", "Erbil Governorate", "Iraq", 36.19, 44.01),
    ("Sanaa", "Amanat al-Asimah", "Yemen", 15.37, 44.19),
    ("Hodeidah", "Al Hudaydah Governorate", "Yemen", 14.80, 42.95),
    ("Geneva", "Canton of Geneva", "Switzerland", 46.20, 6.14),
]

# kind, weight, title patterns ({place}, {actor}, {thing})
KINDS = [
    (
        "drone strike",
        18,
        ["Drone strike on {place}", "Drones hit {thing} in {place}", "Overnight drone attack on {place}"],
    ),
    ("missile strike", 12, ["Missile strike on {place}", "Ballistic missile hits {thing} in {place}"]),
    ("airstrike", 8, ["Airstrike near {place}", "Guided bombs dropped on {place}"]),
    ("shelling", 14, ["Shelling of {place}", "Artillery fire on {thing} in {place}"]),
    ("interception", 8, ["Air defence intercepts drones over {place}", "Missiles shot down near {place}"]),
    ("statement", 14, ["{actor} statement on {place}", "{actor} comments on the situation in {place}"]),
    ("visit", 6, ["{actor} visits {place}", "Delegation arrives in {place}"]),
    ("meeting", 5, ["Talks in {place}", "{actor} meets officials in {place}"]),
    ("evacuation", 5, ["Evacuation ordered in {place}", "Civilians leave {place}"]),
    ("protest", 5, ["Protest in {place}", "Rally outside {thing} in {place}"]),
    ("battle", 5, ["Fighting reported around {place}", "Assault on positions near {place}"]),
]
THINGS = [
    "a power plant",
    "an apartment block",
    "the railway station",
    "a warehouse",
    "the port",
    "an oil depot",
    "a school",
    "the city centre",
    "a substation",
    "an airfield",
    "a bridge",
    "a grain terminal",
    "a hospital",
    "the market",
    "a factory",
]
ACTORS = [
    "the regional governor",
    "the mayor",
    "the defence ministry",
    "the air force",
    "the general staff",
    "the foreign ministry",
    "the president",
    "the prime minister",
    "emergency services",
    "the police",
    "the UN monitoring mission",
    "the Red Cross",
    "the city council",
    "the armed forces",
    "local residents",
    "the energy company",
    "the border guard",
    "NATO",
    "the European Commission",
    "the State Department",
]
ROLES = [
    "governor",
    "mayor",
    "spokesperson",
    "minister",
    "commander",
    "official",
    "analyst",
    "resident",
    "doctor",
    "volunteer",
    "engineer",
    "witness",
    "envoy",
    "president",
    "aid worker",
]
FIRST = [
    "Oleh",
    "Iryna",
    "Serhiy",
    "Natalia",
    "Andriy",
    "Olena",
    "Dmytro",
    "Yulia",
    "Vitaliy",
    "Maria",
    "Ivan",
    "Anna",
    "Pavlo",
    "Svitlana",
    "Mykola",
    "Tetiana",
    "John",
    "Sarah",
    "Pierre",
    "Anke",
    "Marek",
    "Ruta",
    "Ahmed",
    "Leila",
    "Giorgi",
    "Nino",
    "Piotr",
    "Elena",
    "Sergei",
    "Olga",
]
LAST = [
    "Synehubov",
    "Klymenko",
    "Kovalenko",
    "Shevchenko",
    "Bondarenko",
    "Tkachenko",
    "Kravchenko",
    "Melnyk",
    "Oliynyk",
    "Lysenko",
    "Marchenko",
    "Rudenko",
    "Petrenko",
    "Savchenko",
    "Hrytsenko",
    "Smith",
    "Dubois",
    "Weber",
    "Nowak",
    "Kazlauskas",
    "Haddad",
    "Beridze",
    "Ivanova",
    "Popescu",
]

# quote vocabulary: a few words in most quotes, a middle band, and a long rare tail
COMMON = ["said", "the", "city", "people", "attack", "night", "we", "were", "there"]
MIDDLE = (
    "residents damage building windows fire rescue teams hours morning hit region forces defence "
    "drones missiles power water shelter sirens alert police school hospital children families "
    "help support situation safe nobody injured killed area district street roof cars blast "
    "explosion debris wounded evacuated electricity heating restored repairs continue talks "
    "government minister statement warned confirmed reported launched intercepted shot down "
    "overnight dawn evening yesterday today tomorrow week again still already many several"
).split()
_RARE_ROOTS = [
    "zh",
    "kv",
    "pr",
    "st",
    "bl",
    "gr",
    "tr",
    "vol",
    "mar",
    "sol",
    "den",
    "lir",
    "pel",
    "ros",
    "tav",
    "kor",
    "nem",
    "sab",
    "ulm",
    "yar",
]
_RARE_ENDS = ["avka", "ivets", "omir", "ansk", "ura", "elis", "odyn", "ytsia", "orne", "ask"]
RARE = sorted({a + b for a in _RARE_ROOTS for b in _RARE_ENDS})  # 200 made-up words, each rare

START = datetime(2015, 1, 1, tzinfo=UTC)
YEARS = 10
SPAN_MINUTES = int(timedelta(days=365 * YEARS + 2).total_seconds() // 60)
SOURCES = [
    ("The Kyiv Daily", "kyiv-daily"),
    ("Reuters-like Wire", "wire"),
    ("Regional Herald", "herald"),
    ("Frontline Monitor", "monitor"),
    ("Evening Post", "evening-post"),
]


# one weighted vocabulary as a table of 65536 slots, drawn by a random 16-bit number:
# COMMON words fill ~25% of the slots, MIDDLE ~72%, the event's place 1.5%, RARE 1.5%
# (each rare word ~0.0075%)
_PLACE = "\0"
_SLOTS = 1 << 16


def _table() -> list[str]:
    table: list[str] = []
    for words, share in ((COMMON, 0.25), ([_PLACE], 0.015), (RARE, 0.015), (MIDDLE, 0.72)):
        each = max(1, round(_SLOTS * share / len(words)))
        for w in words:
            table.extend([w] * each)
    table = table[:_SLOTS]
    table += MIDDLE[: _SLOTS - len(table)] * ((_SLOTS - len(table)) // max(len(MIDDLE), 1) + 1)
    return table[:_SLOTS]


_VOCAB = _table()
_KIND_NAMES = [k for k, _, _ in KINDS]
_KIND_CUM = list(accumulate(w for _, w, _ in KINDS))
_PATTERNS = {k: p for k, _, p in KINDS}
_VIOLENT = {"drone strike", "missile strike", "airstrike", "shelling", "battle"}
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _quote_text(words: list[str], place: str, said_at: int | None) -> str:
    if said_at is not None and "said" not in words:
        words.insert(said_at % (len(words) + 1), "said")
    text = " ".join(words)
    if _PLACE in text:
        text = text.replace(_PLACE, place)
    return text[0].upper() + text[1:] + "."


@lru_cache(maxsize=8192)
def _day(day: int) -> tuple[str, str, str, str, str, str]:
    """(ISO day, weekday name, month name, ISO Monday of its week, ISO the Monday after,
    ISO next day) of the ``day``-th day after START."""
    d = START.date() + timedelta(days=day)
    monday = d - timedelta(days=d.weekday())
    return (
        d.isoformat(),
        _WEEKDAYS[d.weekday()],
        _MONTHS[d.month - 1],
        monday.isoformat(),
        (monday + timedelta(days=7)).isoformat(),
        (d + timedelta(days=1)).isoformat(),
    )


def _date(minute: int, x: int, y: int) -> tuple[str, str | None, str, str | None]:
    """(start, end, precision, words as written) for an event at ``minute`` (x and y:
    random 16-bit numbers)."""
    day, weekday, month, monday, next_monday, next_day = _day(minute // 1440)
    h, m = divmod(minute % 1440, 60)
    if x < 29491:  # 45%
        return (
            f"{day}T{h:02d}:{m:02d}:00+00:00",
            None,
            "minute",
            f"at {h:02d}:{m:02d} on {weekday}" if y < 19661 else None,
        )
    if x < 49152:  # 30%
        return day, None, "day", f"on {weekday}" if y < 26214 else None
    if x < 57016:  # 12%
        return f"{day}T22:00:00+00:00", f"{next_day}T08:00:00+00:00", "night", "overnight" if y < 39322 else None
    if x < 62915:  # 9%
        return monday, next_monday, "week", "this week" if y < 32768 else None
    return day[:7], None, "month", f"in {month}" if y < 32768 else None


@cache
def _jitter(place: int) -> tuple[list[float], list[float]]:
    """1024 latitudes and longitudes within ±0.05° of a place, to 4 decimals."""
    _, _, _, lat, lon = PLACES[place]
    return (
        [round(lat + (k / 1024 - 0.5) * 0.1, 4) for k in range(1024)],
        [round(lon + (k / 1024 - 0.5) * 0.1, 4) for k in range(1024)],
    )


_SPEAKERS = [f"{a} {b}" for a in FIRST for b in LAST]
_SOURCE_FIELDS = [(f"{name} (demo)", f"demo-{slug}") for name, slug in SOURCES]
_TITLE_ACTORS = [a[0].upper() + a[1:] for a in ACTORS]


def records(n: int, seed: int = 0) -> Iterator[tuple[str, dict]]:
    """``n`` synthetic records in time order, as ``(where, record)`` pairs.

    Each record takes its randomness as 16-bit numbers from one ``randbytes`` call (and
    one more for its quotes' words): making a million takes seconds, not minutes."""
    r = random.Random(seed)
    randbytes = r.randbytes
    step = SPAN_MINUTES / max(n, 1)
    places, actors, things, roles, middle, vocab = PLACES, ACTORS, THINGS, ROLES, MIDDLE, _VOCAB
    n_places, n_actors, n_things, n_roles, n_middle = len(places), len(actors), len(things), len(roles), len(middle)
    speakers, n_speakers, title_actors, source_fields = _SPEAKERS, len(_SPEAKERS), _TITLE_ACTORS, _SOURCE_FIELDS
    kinds, cum, total, patterns, violent = _KIND_NAMES, _KIND_CUM, _KIND_CUM[-1], _PATTERNS, _VIOLENT
    unpack = struct.Struct("<40H").unpack
    for i in range(n):
        u = unpack(randbytes(80))
        minute = int(i * step + u[0] / 65536 * step)
        kind = kinds[bisect_right(cum, u[1] / 65536 * total)]
        p = u[2] % n_places
        place, region, country, _, _ = places[p]
        a = u[3] % n_actors
        options = patterns[kind]
        title = options[u[4] % len(options)].format(place=place, actor=title_actors[a], thing=things[u[5] % n_things])
        x = u[6]
        status = "happened" if x < 55706 else "claimed" if x < 62915 else "planned"
        is_violent = kind in violent
        count = 1 if u[12] < 45875 else 2 + (u[13] & 1)
        # quotes: u[14..16] sizes; u[17..19] "said" added (80%, if missing); u[20..25] speaker, role
        sizes = [12 + u[14 + q] % 19 for q in range(count)]
        words = [vocab[k] for k in array("H", randbytes(2 * sum(sizes)))]
        quotes = []
        at = 0
        for q, size in enumerate(sizes):
            said_at = u[17 + q]
            quotes.append(
                {
                    "speaker": speakers[u[20 + q] % n_speakers],
                    "role": roles[u[23 + q] % n_roles],
                    "text": _quote_text(words[at : at + size], place, said_at if said_at < 52429 else None),
                }
            )
            at += size
        lats, lons = _jitter(p)
        start, end, precision, date_text = _date(minute, u[37], u[38])
        source, source_id = source_fields[u[11] % len(source_fields)]
        yield (
            f"demo:{i + 1}",
            {
                "id": f"demo-{seed}-{i:07d}",
                "title": title,
                "summary": f"{title}; {actors[u[32] % n_actors]} reported {middle[u[33] % n_middle]} and "
                f"{middle[u[34] % n_middle]} near {things[u[35] % n_things]}.",
                "kind": kind,
                "status": status,
                "place": place,
                "region": region,
                "country": country,
                "lat": lats[u[29] & 1023],
                "lon": lons[u[30] & 1023],
                "actors": [actors[a]] if u[31] < 45875 else [actors[a], actors[u[36] % n_actors]],
                "killed": u[8] % 13 if is_violent and u[7] < 19661 else None,
                "injured": u[10] % 41 if is_violent and u[9] < 32768 else None,
                "source": source,
                "source_id": source_id,
                "quotes": quotes,
                "start": start,
                "end": end,
                "precision": precision,
                "date_text": date_text,
            },
        )


def build(
    db: sqlite_utils.Database,
    n: int,
    seed: int = 0,
    *,
    progress: Callable[[int], None] | None = None,
    bulk: bool = True,
    background: bool | None = None,
) -> ImportResult:
    """Fill an empty store with ``n`` demo events through ``write_records``, as an import
    does; ``bulk`` uses its fast path for an empty store, ``background`` makes the records
    (and their rows) in a worker process, as an import of a large file does (by default
    when there are many)."""
    if background is None:
        background = n >= 20000
    return write_records(db, records(n, seed), progress=progress, bulk=bulk, parallel=background)
