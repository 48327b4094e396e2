"""People and organisations named in an article: who a pronoun or a surname points back to.

A person is a run of capitalised words after a title ("Governor Serhii Lysak", "Kharkiv
Mayor Ihor Terekhov"), or two or three capitalised words that are no place, month,
organisation or nationality ("Joe Biden"); the title words before the name are the role.
An organisation is a run holding an organisation word ("the Russian Defense Ministry",
"the UK's defense ministry", "Ukrainian General Staff").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

__all__ = ["Entity", "find_entities", "Registry", "TITLES", "ORG_WORDS", "FIRM_WORDS", "THING_WORDS"]

TITLES = {
    "president", "vice", "prime", "minister", "governor", "gov.", "mayor", "secretary", "chancellor", "general", "gen.",
    "col.", "colonel", "lt.", "lieutenant", "sgt.", "sergeant", "capt.", "captain", "maj.", "major", "adm.", "admiral",
    "sen.", "senator", "rep.", "representative", "ambassador", "commander", "chief", "spokesperson", "spokesman",
    "spokeswoman", "speaker", "king", "queen", "prince", "pope", "dr.", "mr.", "mrs.", "ms.", "prof.", "professor",
    "judge", "justice", "director", "head", "leader", "foreign", "defense", "defence", "interior", "deputy", "acting",
    "former", "regional", "chairman", "chairwoman", "chair", "ceo", "envoy", "officer", "official", "premier",
    "attorney", "sheriff", "superintendent", "inspector", "sheikh", "patriarch", "archbishop", "bishop", "rabbi",
    "imam", "lawmaker", "mp", "councillor", "councilor", "commissioner", "ombudsman", "spokesperson,",
    "treasurer", "detective", "cardinal", "rev.", "reverend", "prosecutor", "lawyer", "critic", "auditor",
    "activist", "economist", "analyst", "negotiator", "pollster", "campaigner", "executive",
}  # fmt: skip
# title words that qualify a title and are none alone: "the former Soviet republic"
_QUALIFYING = {"former", "acting", "deputy", "vice", "regional", "foreign", "defense", "defence", "interior"}
ORG_WORDS = {
    "ministry", "staff", "army", "forces", "force", "office", "council", "agency", "service", "services", "police",
    "command", "media", "department", "committee", "government", "kremlin", "pentagon", "military", "navy", "guard",
    "administration", "company", "corporation", "inc.", "ltd.", "group", "union", "nations", "organization",
    "organisation", "party", "parliament", "congress", "senate", "court", "bank", "fund", "institute", "university",
    "commission", "authority", "authorities", "ministry's", "directorate", "mission", "red", "cross", "nato", "un",
    "who", "unicef", "reuters", "ap", "afp", "tass", "ria", "interfax", "bbc", "cnn", "rescuers", "officials",
    "hospital", "brigade", "battalion", "regiment", "division", "corps", "house", "state", "house,",
}  # fmt: skip
NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "as", "but", "and", "or", "if", "when", "while", "after", "before", "amid",
    "although", "thus", "among", "with", "from", "for", "by", "to", "of", "his", "her", "their", "its", "our", "this",
    "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "there", "here", "reports", "residents",
    "unverified", "russian", "ukrainian", "american", "british", "european", "western", "israeli", "palestinian",
    "chinese", "french", "german", "iranian", "syrian", "turkish", "polish", "north", "south", "east", "west",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept.", "oct.",
    "nov.", "dec.", "jan.", "feb.", "aug.", "u.s.", "uk", "eu", "un", "three", "two", "one", "several", "local",
    "state", "federal", "national", "international", "victory", "telegram", "facebook", "x", "twitter", "earlier",
    "hurricane", "storm", "typhoon", "cyclone", "tropical", "operation", "tornado", "flight", "covid",
    "later", "street", "avenue", "road", "boulevard", "square", "lane", "drive", "park", "bridge", "meanwhile", "however", "still", "also", "both", "every", "no", "some", "many", "most", "all",
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozens", "hundreds",
    "thousands", "other", "only", "then", "once", "making", "ethnic", "total",
    "during", "since", "until", "unlike", "despite", "under", "through", "throughout", "following", "according",
}  # fmt: skip
# words that make a capitalised run a firm's name ("General Motors", "Qatar Airways", "Miami Herald")
FIRM_WORDS = {
    "airlines", "airline", "airways", "aerospace", "motors", "motor", "computer", "computers", "corporation",
    "corp", "corp.", "co", "co.", "inc", "llc", "ltd", "plc", "holdings", "industries", "times", "post", "journal",
    "herald", "tribune", "gazette", "magazine", "systems", "software", "technologies", "energy", "petroleum",
    "capital", "partners", "securities", "network", "channel", "television", "radio", "mutual", "brothers", "press",
}  # fmt: skip
# words that make it the name of a thing or a place, not of a person ("Florida Straits", "United
# States", "Dow Jones Industrial Average", "Worldwide Developers Conference")
THING_WORDS = FIRM_WORDS | {
    "air", "industrial", "average", "index", "exchange", "stocks", "market", "markets", "conference", "summit",
    "show", "expo", "store", "music", "records", "record", "straits", "strait", "sea", "ocean", "river", "lake",
    "mountains", "islands", "island", "gulf", "bay", "valley", "coast", "peninsula", "desert", "canal", "states",
    "kingdom", "emirates", "republic", "federation", "workers", "association", "foundation", "society", "club",
    "league", "cup", "games", "olympics", "airport", "center", "centre", "palace", "cathedral", "mosque", "hotel",
    "stadium", "plaza", "program", "programme", "fighter", "airplanes", "aircraft", "oil", "developers", "year",
    "factory", "plant", "theater", "theatre", "museum", "zoo", "prize", "award", "awards", "county", "library",
    "college", "school", "academy", "act", "pact", "treaty", "war", "day", "empire", "revolution", "movement",
    "monarchy", "section", "station", "files", "world", "studios", "communications", "financial", "insurance",
    "foods", "brewing", "data", "medical", "projects", "shuttle", "orbiter", "corridor", "catholic", "muslim",
    "unionists", "board", "composite", "outlets", "mall", "synagogue", "church", "restaurant", "supermarket",
}  # fmt: skip

# capitals and small letters of the names news writes, accents kept ("François-Xavier", "Soumaïla", "Sánchez", "Émile")
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAP_RUN = re.compile(  # not from inside a word: "iPod Nano", "eBay"
    rf"(?<![\w'’])(?:[a-z]+\s+)?(?:[{_UP}][\w'’.\-]*|al-[A-Z]\w+)"
    rf"(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|de\s+|van\s+|von\s+|bin\s+|al-)?(?:[{_UP}][\w'’.\-]*))*"
)
_NAME_TOKEN = re.compile(
    rf"^[{_UP}][{_LOW}'’\-]*[{_UP}]?[{_LOW}'’\-]+[{_LOW}]$|^[A-Z]\.$|^[{_UP}][{_LOW}]+-[{_UP}][{_LOW}]+$|^Mc[A-Z][a-z]+$"
)
# the small words inside a name, written with a capital ("Yann Le Bris", "Luiz Inácio Lula Da Silva")
_NAME_PARTICLE = re.compile(r"^(?:Le|La|De|Du|Da|Di|Del|Della|Dos|Das|Van|Von|Ben|Bin|Ibn|Abu)$")


@dataclass(frozen=True)
class Entity:
    name: str
    role: str | None
    kind: str  # person, org
    start: int  # offsets in the paragraph
    end: int


def _strip_possessive(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


def _is_title(word: str) -> bool:
    """A title, or one made of titles ("secretary-general", "commander-in-chief")."""
    parts = word.split("-")
    return word in TITLES or (len(parts) > 1 and all(p in TITLES or p == "in" for p in parts) and parts[0] in TITLES)


def split_role(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(role tokens, name tokens): the title words in front of a name."""
    last_title = -1
    for i, tok in enumerate(tokens):
        if _is_title(tok.lower().rstrip(",")):
            last_title = i
    end = last_title + 1
    if last_title < 0:
        return [], tokens
    # the portfolio a title is of: "Secretary of State Antony Blinken", "Minister of Foreign | Affairs Dmytro Kuleba"
    of = end < len(tokens) and tokens[end] in ("of", "for")  # "Minister for Foreign Affairs Penny Wong"
    if of or "of" in tokens[:end] or "for" in tokens[:end]:
        start = k = end + of
        while k < len(tokens) and tokens[k].lower().rstrip(",") in _PORTFOLIOS:
            k += 1
        while k > start and tokens[k - 1].lower() in ("the", "and"):
            k -= 1
        if k > start:
            end = k
    if tokens[end : end + 1] == ["to"] and len(tokens) - end >= 4:
        end += 2  # "Ambassador to Kenya Prudence Bushnell", "envoy to Ukraine Keith Kellogg"
    return tokens[:end], tokens[end:]


# what a title is "of" ("Secretary of State", "Minister of Foreign Affairs", "Secretary of Homeland Security")
_PORTFOLIOS = {
    "state", "defense", "defence", "foreign", "affairs", "interior", "homeland", "security", "health", "justice",
    "energy", "finance", "treasury", "transportation", "transport", "education", "agriculture", "commerce",
    "labor", "labour", "war", "trade", "economy", "culture", "environment", "veterans", "housing", "and",
    "internal", "home", "public", "emergency", "situations", "information", "communications", "the",
}  # fmt: skip


def classify(phrase: str, places: set[str] | None = None) -> tuple[str | None, str | None, str | None]:
    """(kind, name, role) of a capitalised phrase, or (None, None, None)."""
    tokens = [t.rstrip(",.;:") if not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.", t) else t for t in phrase.split()]
    tokens = [t for t in tokens if t]
    low = [t.lower().strip(",.") for t in tokens]
    role0, name0 = split_role(tokens)
    if "for" in tokens[1:-1] and not role0 and _body_for(tokens):
        # "the Platform for Decent Pensions", "Committee for the Protection of…": a body's name
        return "org", re.sub(r"^(?:the|The|An?)\s+", "", phrase).strip(" ,."), None
    if any(_org_word(t) for t in low) and not (
        # "Police Chief John Smith": the organisation's word is in the title, not in the name
        role0
        and 2 <= len(name0) <= 3
        and all(_NAME_TOKEN.match(t) for t in name0)
        and not any(_org_word(t.lower()) for t in name0)  # "the Foreign Affairs Department"
    ):
        return "org", re.sub(r"^(?:the|The)\s+", "", phrase).strip(" ,."), None
    role, raw_name = split_role(tokens)
    name = [_strip_possessive(t) for t in raw_name]
    while name and name[0].lower() in NOT_NAMES:
        name = name[1:]
    if not name or len(name) > 4:
        return None, None, None
    if not all(_NAME_TOKEN.match(t) or (0 < i < len(name) - 1 and _NAME_PARTICLE.match(t)) for i, t in enumerate(name)):
        return None, None, None
    if any(t.lower() in NOT_NAMES for t in name):
        return None, None, None
    if len(name) == 3 and _kind_of(name[0]) == "country":
        name = name[1:]  # "U.S. Ambassador to Kenya Prudence Bushnell": the post's country, then the name
    joined = " ".join(name)
    if places and joined in places:
        return None, None, None
    if _names_a_thing(name, titled=bool(role)) or name[0].lower() in PLACE_PREFIXES:
        return None, None, None
    if len(name) == 1 and all(r.lower() in _QUALIFYING for r in role):
        return None, None, None  # "the former Soviet republic"
    if role or len(name) >= 2:
        role_text = " ".join(role).strip(" ,") or None
        return "person", joined, role_text
    return None, None, None


def _body_for(tokens: list[str]) -> bool:
    """Whether capitalised words joined by "for" name a body ("Platform for Decent Pensions"),
    not a place and a day or another place ("Barcelona for Monday", "Spain for Ukraine")."""
    k = tokens.index("for")
    head, tail = " ".join(tokens[:k]), [t for t in tokens[k + 1 :] if t != "the"]
    if not tail or tail[-1].lower() in NOT_NAMES or _kind_of(head) is not None:
        return False
    return _kind_of(" ".join(tail)) is None


def _org_word(word: str) -> bool:
    return _strip_possessive(word) in ORG_WORDS or _strip_possessive(word) in FIRM_WORDS


# first words of place names, not of people's ("Old Havana", "Little Havana", "Fort Worth")
PLACE_PREFIXES = {
    "old", "little", "new", "upper", "lower", "greater", "san", "santa", "los", "las", "port", "fort", "mount",
    "lake", "saint", "st.", "cape",
}  # fmt: skip


def _kind_of(words: str) -> str | None:
    """The gazetteer's kind of place the words name (country, state, city...), or None."""
    from ..gazetteer import lookup

    return getattr(lookup(words, areas=True), "kind", None)


def _names_a_thing(name: list[str], titled: bool = False) -> bool:
    """Whether the words of a would-be person's name name a thing, a firm or a place: a
    word like "Airways" or "Straits" in it, or a country after its first word ("Ford
    Australia", "Air France"). A country first is a given name ("Israel Katz", "Jordan
    Bardella", "Chad Smith"), and after a title ("Defense Minister Israel Katz") a name is a person's."""
    if any(t.lower() in THING_WORDS for t in name):
        return True
    if titled:
        return False
    return any(_kind_of(t) == "country" for t in name[1:]) or _kind_of(" ".join(name)) in ("country", "state")


_WHEN = {d.lower() for d in (*calendar.day_name, *calendar.month_name) if d} | {"during", "since", "until", "unlike"}
_LINKS = {"the", "a", "an", "by", "of", "in", "on", "at", "to", "for", "with", "from", "and", "or", "as"}


# a verb whose object the organisation's word is: "Cedar Lane | told police", "the Smiths | called police"
_VERBS_TO_ORG = {
    "told", "tells", "said", "says", "called", "calls", "alerted", "contacted", "notified", "informed", "asked",
    "urged", "thanked", "praised", "blamed", "accused", "criticised", "criticized", "warned", "joined", "fled",
    "fought", "attacked", "met", "sued", "phoned", "helped", "reported", "gave", "showed", "sent",
}  # fmt: skip


# what may follow an army's name: a stop, or its verb ("the Lebanese army said", "the Israeli military's")
_BODY_ENDS = re.compile(
    r"(?:['’]s?)?(?:\s*(?:[,.;:)]|$)|\s+(?:\w+ed|said|says|told|has|had|have|is|was|were|will|would|did|does|struck|"
    r"hit|began|spokes\w+)\b)"
)


def _no_org_tail(phrase: str, tail: str) -> bool:
    """Whether lower-case words after a run do not make it an organisation's name:
    "Thursday by media", "During a media briefing", "Wednesday media", "Cedar Lane told police"
    (but "the UK's defense ministry", "Russian state media" do)."""
    return all(_strip_possessive(t.strip(",.")).lower() in _WHEN for t in phrase.split()) or any(
        w in _LINKS or w in _VERBS_TO_ORG for w in tail.split()
    )


_ABBREV_TITLES = (
    "Gov",
    "Sen",
    "Rep",
    "Gen",
    "Lt",
    "Col",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "St",
    "Sgt",
    "Capt",
    "Maj",
    "Adm",
    "Prof",
    "Rev",
    "Cmdr",
    "Gens",
    "Sens",
    "Reps",
    "Govs",
)


def _cut(text: str):
    """Where a capitalised run ends early: after a possessive, or at a sentence's end (not
    after "Gov." or "Sen.")."""
    for m in re.finditer(r"['’]s(?=\s)|(?<![A-Z])\.(?=\s+[A-Z])", text):
        if m.group(0) == "." and re.search(r"\b(?:" + "|".join(_ABBREV_TITLES) + r")$", text[: m.start()]):
            continue
        return m
    return None


def _runs(paragraph: str):
    """Capitalised runs, cut after a possessive ("Russia's | Tver") and at a sentence's end."""
    for m in _CAP_RUN.finditer(paragraph):
        text, base = m.group(0), m.start()
        cut = _cut(text)
        while cut:
            yield base, text[: cut.end()], base + cut.end()
            rest = text[cut.end() :]
            skip = len(rest) - len(rest.lstrip())
            base, text = base + cut.end() + skip, rest.lstrip()
            cut = _cut(text)
        if text:
            yield base, text, base + len(text)


class _M:
    def __init__(self, start: int, text: str, end: int) -> None:
        self._s, self._t, self._e = start, text, end

    def group(self, _: int = 0) -> str:
        return self._t

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


def find_entities(paragraph: str, places: set[str] | None = None) -> list[Entity]:
    out = []
    titled: list[tuple[int, int]] = []  # the spans of title words found before a lower-case title
    for m in (_M(*r) for r in _runs(paragraph)):
        phrase = m.group(0)
        lead = re.match(r"[a-z]+\s+", phrase)
        lower_lead = lead.group(0).strip() if lead else ""
        if lead is not None and lower_lead not in TITLES:
            phrase = phrase[len(lead.group(0)) :]
            start = m.start() + len(lead.group(0))
        else:
            start = m.start()
        # an org phrase may begin in lower case: "the UK's defense ministry"
        tail = re.match(
            r"((?:\s+[a-z]+){0,2}\s+(?:ministry|staff|media|forces|force|police|authorities|office|army|military|navy))\b",
            paragraph[m.end() :],
        )
        end = m.end()
        if tail and (_no_org_tail(phrase, tail.group(1)) or any(_org_word(t.lower()) for t in phrase.split())):
            tail = None  # "the Defence Ministry | said its forces": a name already whole
        elif (
            tail
            and re.search(r"(?:army|military|navy)$", tail.group(1))
            and (phrase.strip().lower() in _LINKS or not _BODY_ENDS.match(paragraph[end + len(tail.group(1)) :]))
        ):
            # "The army said": whose army, the article says elsewhere ("the Lebanese army"); "the
            # Peruvian army general", "Mali's military junta", "Hamas military chief": a word of what follows
            tail = None
        if tail:
            phrase += tail.group(1)
            end += len(tail.group(1))
        kind, name, role = classify(phrase.strip(), places)
        if kind == "person" and not role:
            kind = _person_or_not(phrase, lower_lead, paragraph[end:])
        if kind == "person" and role and lower_lead in TITLES:
            # "Defence lawyer Sophie Maret", "Conservative finance critic Paul Serre": the words of
            # the title before its lower-case word
            more = _TITLE_BEFORE.search(paragraph[: m.start()])
            if more and not any(w.lower() in _NOT_TITLE for w in more.group(1).split()):
                role, titled = f"{more.group(1)} {role}", titled + [(more.start(1), start)]
        if kind == "person" and not role:
            role = _appositive(paragraph, start, end)
        if kind:
            out.append(Entity(name or phrase, role, kind, start, end))
    # a common noun inside a person's title is no one of its own ("Union president Cecily
    # Myart-Cruz"); a name stays ("Kremlin spokesperson Dmitry Peskov": the Kremlin speaks)
    return [e for e in out if not (e.name.lower() in _COMMON_BODIES and any(a <= e.start < b for a, b in titled))]


_COMMON_BODIES = {
    "union",
    "police",
    "army",
    "government",
    "council",
    "court",
    "party",
    "office",
    "ministry",
    "committee",
}


# one or two words of a title before its lower-case word, at a sentence's or a clause's start
_TITLE_BEFORE = re.compile(r"(?:^|(?<=[.;:,(]\s)|(?<=\n))((?:[\w'’\-]+\s+){0,1}[\w'’\-]+)\s+$")
_NOT_TITLE = {"said", "says", "told", "where", "who", "which", "whose", "when"} | {
    w for w in NOT_NAMES if w not in {"state", "federal", "national", "international", "local"}
}
# a noun that names what a person is ("representative", "governor", "driver", "spokesman")
_PERSON_NOUN = re.compile(
    r"(?:er|or|ist|ian|man|woman|person|ent|ant|ive|ial|ee|chair|head|chief|leader|judge|aide|mp|secretary|minister|general)$"
)


def _appositive(paragraph: str, start: int, end: int) -> str | None:
    """The role a person's name stands beside between commas: "Antonio Ruiz, 67, a retired bus
    driver from Getafe", "The government's spokesman, Pablo Lorente, said"."""
    after = re.match(
        r",\s*(?:\d{1,3},\s*)?((?:the|an?)\s+[^,.;:\"“”]{2,80}?)(?=\s*[,.;:]|\s+(?:who|which|whose)\b)", paragraph[end:]
    )
    before = re.search(r"(?:^|[.;:]\s+)((?:[Tt]he|An?)\s+[^,.;:\"“”]{2,80}),\s*$", paragraph[:start])
    if before and not paragraph[end:].startswith(","):
        before = None
    for found in (after, before):
        if found is None:
            continue
        text = found.group(1)
        head = re.split(r"\s+(?:of|for|from|at|in|with|to|on)\s+", text)[0].split()[-1].lower()
        if _PERSON_NOUN.search(head) and not re.search(r"\d", text):
            return re.sub(r"^(?:[Tt]he)\s+", "", re.sub(r"^A(n?)\s", r"a\1 ", text))
    return None


# a common noun that names a firm, a paper or a group before its name ("the Irish airline Aer
# Lingus", "U.S. electronics retailer Best Buy", "the mercenary group Wagner")
FIRM_NOUNS = {
    "airline", "carrier", "retailer", "maker", "automaker", "carmaker", "manufacturer", "firm", "company", "giant",
    "group", "rival", "rivals", "plant", "magazine", "newspaper", "daily", "weekly", "tabloid", "broadcaster",
    "channel", "network", "agency", "bank", "lender", "insurer", "airframer", "contractor", "subsidiary", "parent",
    "brand", "chain", "operator", "developer", "publisher", "outlet", "conglomerate", "supplier", "startup",
    "start-up", "band", "club", "team", "militia", "movement", "index", "exchange", "fund", "website", "app",
}  # fmt: skip
# a common noun after a name that makes the name say which thing ("the Dow Jones industrial
# average", "Rolls-Royce Trent engines", "Leopard tanks", "Ford Taurus cars"), not who
THING_NOUNS = {
    "index", "average", "industrial", "stock", "stocks", "shares", "share", "engine", "engines", "aircraft", "jet",
    "jets", "plane", "planes", "airliner", "airliners", "computer", "computers", "processor", "processors", "chips",
    "car", "cars", "truck", "trucks", "model", "models", "brand", "products", "product", "software", "device",
    "devices", "phone", "phones", "system", "systems", "missile", "missiles", "drone", "drones", "tank", "tanks",
    "rifle", "rifles", "vehicle", "vehicles", "howitzer", "howitzers", "launcher", "launchers", "rocket", "rockets",
    "helicopter", "helicopters", "fighter", "fighters", "bomber", "bombers", "warship", "warships", "submarine",
    "submarines", "vessel", "vessels", "contract", "platform", "app", "notebook", "laptop", "sedan", "suv",
}  # fmt: skip


# a noun after a name that makes it a group's: its leader, its fighters, its insurgency
GROUP_NOUNS = {
    "leader", "leaders", "leadership", "chief", "commander", "commanders", "founder", "fighters", "militants",
    "members", "rebels", "insurgency", "insurgents", "guerrillas", "guerrilla", "militia", "spokesman",
    "spokeswoman", "spokesperson", "movement", "group", "faction", "cell", "cells", "offensive",
}  # fmt: skip


def _person_or_not(phrase: str, lead: str, after: str) -> str | None:
    """A name with no title read as a person's ("Northrop Grumman", "Aer Lingus"), looked at
    again in its sentence: "person", "org" when a firm's noun stands before it ("airline Aer
    Lingus") or "which" follows it ("Northrop Grumman, which…"), or None when it says which
    thing ("the Dow Jones industrial average", "Leopard tanks") or "the" stands before it
    with no noun after ("the Dow Jones fell"; "the Elian Gonzalez case" stays a person)."""
    before = (lead or phrase.split()[0]).lower()
    if before in FIRM_NOUNS or re.match(r",\s+which\b", after):
        return "org"
    nxt = re.match(r"\s+([a-z][a-z\-]*)", after)
    if nxt and nxt.group(1) in GROUP_NOUNS:
        return "org"  # "Shining Path leader Abimael Guzmán", "the Shining Path insurgency": a group
    if nxt and nxt.group(1) in THING_NOUNS:
        return "org" if nxt.group(1) in ("shares", "stock") else None  # "Lockheed Martin shares fell"
    if before == "the" and not (nxt and not _VERBISH.fullmatch(nxt.group(1))):
        return None  # "the Dow Jones fell", "the John F. Kennedy, a carrier" (but "the Elian Gonzalez case")
    return "person"


_VERBISH = re.compile(r"\w+(?:ed|s)|fell|rose|lost|gained|won|said|told|will|would|can|could|did|had")


class Registry:
    """Who has been named so far, to resolve a pronoun or a surname."""

    def __init__(self) -> None:
        self.people: list[Entity] = []
        self.orgs: list[Entity] = []
        self.mentions: list[tuple[int, int, Entity]] = []  # (paragraph, offset, entity) in text order

    def add(self, paragraph: int, ent: Entity) -> Entity:
        if ent.kind == "person":
            full = self.full(ent.name)
            known = next((p for p in self.people if p.name == full), None)
            if known is None:
                self.people.append(ent)
                known = ent
            elif ent.role and not known.role:
                known = Entity(known.name, ent.role, "person", known.start, known.end)
                self.people = [known if p.name == known.name else p for p in self.people]
            ent = Entity(known.name, ent.role or known.role, "person", ent.start, ent.end)
        else:
            if not any(o.name.lower() == ent.name.lower() for o in self.orgs):
                self.orgs.append(ent)
        self.mentions.append((paragraph, ent.start, ent))
        return ent

    def full(self, name: str) -> str:
        """The full name of a person named before by surname alone ("Zelenskyy")."""
        for p in self.people:
            if p.name == name or p.name.split()[-1] == name or p.name.endswith(" " + name):
                return p.name
        return name

    def role_of(self, name: str) -> str | None:
        for p in self.people:
            if p.name == name:
                return p.role
        return None

    def known_surname(self, word: str) -> str | None:
        for p in self.people:
            if p.name.split()[-1] == _strip_possessive(word):
                return p.name
        return None

    def last(self, kind: str, paragraph: int, offset: int) -> Entity | None:
        best = None
        for para, off, ent in self.mentions:
            if (para, off) < (paragraph, offset) and ent.kind == kind:
                best = ent
        return best
