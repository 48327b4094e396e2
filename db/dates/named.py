"""Named days: Christmas, New Year, Thanksgiving, the Fourth of July, Easter (Western and
Orthodox), Orthodox Christmas, Eid, read from maintained libraries (``holidays`` and
dateutil's easter), never from a table of dates of our own."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache, partial

from . import spans
from .model import Context, DateError, Interval, quote
from .rules import Sub
from .words import normalize

_YEAR = r"(?:\s+(?:of\s+)?(1[89]\d\d|20\d\d|21\d\d))?"


@lru_cache(maxsize=256)
def _holiday(country: str, y: int, name: str) -> date | None:
    import holidays

    for d, names in sorted(holidays.country_holidays(country, years=y).items()):
        for n in names.split("; "):  # two holidays on one day are named together
            if n.startswith(name) and "observed" not in n and ("Eve" not in n or "Eve" in name):
                return d
    return None


@lru_cache(maxsize=64)
def _every_holiday(country: str, y: int, subdiv: str | None = None):
    """A country's (or one of its states') calendar of a year in every category ``holidays`` has
    for it (public, unofficial, school...): day -> names ("A; B" when two fall on one day)."""
    import holidays

    cal = holidays.country_holidays(country, subdiv=subdiv, years=y)
    return holidays.country_holidays(country, subdiv=subdiv, years=y, categories=cal.supported_categories)


@lru_cache(maxsize=256)
def _holiday_any(country: str, y: int, name: str, part: bool = False, subdiv: str | None = None) -> list[date]:
    """The days of a year a country's (or state's) calendar (every category) calls ``name`` (or a
    name with it in, ``part``), in order."""
    return sorted(
        d
        for d, names in _every_holiday(country, y, subdiv).items()
        for n in names.split("; ")  # two holidays on one day are named together
        if (name in n if part else n == name) and "observed" not in n
    )


def _first_any(country: str, y: int, name: str, part: bool = False, subdiv: str | None = None) -> date | None:
    found = _holiday_any(country, y, name, part, subdiv)
    return found[0] if found else None


@lru_cache(maxsize=256)
def _holiday_in(country: str, subdiv: str, y: int, name: str) -> date | None:
    import holidays

    for d, n in sorted(holidays.country_holidays(country, subdiv=subdiv, years=y).items()):
        if name in n.split("; "):  # two holidays on one day are named together
            return d
    return None


def _easter(y: int, orthodox: bool) -> date:
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

    return easter(y, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)


def _us_election_day(y: int) -> date:
    """The Tuesday after the first Monday in November (2 U.S.C. 7): ``holidays`` lists it
    only for the years New York has kept it as a holiday."""
    first_monday = date(y, 11, 1) + timedelta(days=(0 - date(y, 11, 1).weekday()) % 7)
    return first_monday + timedelta(days=1)


def _orthodox_christmas(y: int) -> date | None:
    return _holiday("UA", y, "Christmas") if y < 2023 else _holiday("RU", y, "Christmas")


def _keeps_christmas_in_january(country: str, y: int) -> bool:
    """Whether a country's Christmas is 7 January (the Julian calendar's 25 December): Russia's, Serbia's,
    Georgia's, Kazakhstan's, Egypt's Coptic and Ethiopia's (``holidays``: a Christmas on 7 January, none on 25
    December, in the years around); Ukraine's until it moved to 25 December in 2023 (7 January 2023 its last)."""
    if country == "UA":  # its last 7 January one was in 2023
        return y <= 2023
    if not country or country == "US":
        return False
    try:
        days = [d for yy in (y - 1, y, y + 1) for d in _holiday_any(country, yy, "Christmas", part=True)]
    except (NotImplementedError, KeyError, AttributeError):
        return False
    return any((d.month, d.day) == (1, 7) for d in days) and not any((d.month, d.day) == (12, 25) for d in days)


def _christmas(country: str, eve: bool = False) -> tuple[str, Callable[[int], date | None]]:
    """Christmas (Day, or its Eve the day before) as the story's country keeps it: 7 January in an Orthodox or Coptic
    calendar ("Putin attended a Christmas service" in a Moscow story is 7 January's), else 25 December (holidays)."""

    def day(y: int) -> date | None:
        got: date | None
        if country == "UA" and y < 2023:  # the Christmas of the winter that begins in y
            got = date(y + 1, 1, 7)
        elif country != "UA" and _keeps_christmas_in_january(country, y):
            got = date(y, 1, 7)
        else:
            got = _holiday("US", y, "Christmas Day")
        return None if got is None else got - timedelta(days=1 if eve else 0)

    name = "Christmas Eve" if eve else "Christmas Day"
    if country and _keeps_christmas_in_january(country, 2020):
        where = f"holidays: {country}, 7 January" + (" until 2023, then 25 December" if country == "UA" else "")
    else:
        where = "holidays: US" + (" Christmas - 1" if eve else "")
    return f"{name} ({where})", day


def _mothers_day(country: str) -> tuple[str, Callable[[int], date | None]]:
    """Mother's Day differs by country: Mothering Sunday (three Sundays before Easter, a rule
    of ours on dateutil's easter: no library lists it) in Britain and Ireland, else the US
    day (the second Sunday of May: holidays, US unofficial)."""
    if country in ("GB", "IE"):
        return (
            f"Mother's Day ({country}: Mothering Sunday, dateutil.easter - 21)",
            lambda y: _easter(y, False) - timedelta(days=21),
        )
    return "Mother's Day (US: holidays US unofficial)", lambda y: _first_any("US", y, "Mother's Day")


def _victory_day(country: str) -> tuple[str, Callable[[int], date | None]]:
    """Victory Day: Ukraine's (9 May, 8 May from 2024: holidays UA) in a Ukrainian story,
    else Russia's (9 May: holidays RU)."""
    if country == "UA":
        return "Victory Day (holidays: UA)", lambda y: _first_any("UA", y, "Victory", part=True)
    return "Victory Day (holidays: RU)", lambda y: _holiday("RU", y, "Victory Day")


def _country_code(name: str) -> str | None:
    import holidays.registry

    for key, (cls, code, *_) in holidays.registry.COUNTRIES.items():
        if name in (key.replace("_", " "), cls.lower()):
            return code
    return None


def _independence_day(country: str) -> tuple[str, Callable[[int], date | None]]:
    """Independence Day of the country named, else of the story's country when its calendar
    has one (holidays, every category: Kyiv's 24 August), else the US Fourth of July."""
    if country and country != "US" and _first_any(country, 2020, "Independence Day"):
        return f"Independence Day (holidays: {country})", lambda y: _first_any(country, y, "Independence Day")
    return "Independence Day (holidays: US)", lambda y: _holiday("US", y, "Independence Day")


_INDEPENDENCE_OF = re.compile(
    r"\b([a-z]+(?:\s[a-z]+)?)\s+s\s+(?:[a-z]+\s+){1,3}?day\b|\bindependence\s+day\s+of\s+(?:the\s+)?([a-z]+(?:\s[a-z]+)?)\b"
)


def _named_country(s: str) -> str | None:
    """The country an "X's Independence Day" ("Ukraine's Constitution Day") or "Independence Day of X" names."""
    m = _INDEPENDENCE_OF.search(s)
    if not m:
        return None
    words = (m.group(1) or m.group(2)).split()
    for name in (" ".join(words), words[-1], words[0]):  # "ukraine s", "the ukraine", "ukraine s ..."
        code = _country_code(name)
        if code:
            return code
    return None


def _bank_holiday(country: str, name: str) -> tuple[str, Callable[[int], date | None]]:
    """A British bank holiday named by its month ("the August bank holiday": England's, the last Monday of August;
    holidays GB, ENG); none elsewhere (Ireland's are its own calendar's, read before)."""
    if country != "GB":
        return f"{name} (GB only)", lambda y: None
    return f"{name} (holidays: GB, England)", lambda y: _holiday_in("GB", "ENG", y, name)


# phrase -> (rule, day of a year) for the story's country (ISO code, "" when not known)
_NATIONAL: list[tuple[re.Pattern, Callable[[str], tuple[str, Callable[[int], date | None]]]]] = [
    (re.compile(r"\bmother\s*s?\s+day\b"), _mothers_day),
    (re.compile(r"\bmothering\s+sunday\b"), lambda c: _mothers_day("GB")),
    (re.compile(r"\bvictory\s+day\b"), _victory_day),
    (re.compile(r"\bchristmas\s+eve\b"), lambda c: _christmas(c, eve=True)),
    (re.compile(r"\b(?:christmas(?:\s+day)?|xmas)\b"), _christmas),
    (
        re.compile(r"\b(?:fourth|4th)\s+of\s+july\b|\bjuly\s+(?:fourth|4th)\b"),
        lambda c: _independence_day("US"),
    ),
    (re.compile(r"\bindependence\s+day\b"), _independence_day),
    # not "the late May bank holiday" (the Spring one, below; it was read as the early May one)
    (re.compile(r"\b(?<!late\s)(?:early\s+)?may\s+bank\s+holiday\b"), lambda c: _bank_holiday(c, "May Day")),
    (
        re.compile(r"\b(?:late\s+may|spring|whitsun)\s+bank\s+holiday\b"),
        lambda c: _bank_holiday(c, "Spring Bank Holiday"),
    ),
    (
        re.compile(r"\b(?:august|(?:late\s+)?summer)\s+bank\s+holiday\b"),
        lambda c: _bank_holiday(c, "Late Summer Bank Holiday"),
    ),
]

# phrase -> (rule, day of a year)
_NAMED: list[tuple[re.Pattern, str, Callable[[int], date | None]]] = [
    (
        re.compile(r"\b(?:chinese|lunar)\s+new\s+year(?:\s+s)?(?:\s+day)?\b|\bspring\s+festival\b"),
        "Lunar New Year (holidays: SG)",
        lambda y: _holiday("SG", y, "Chinese New Year"),
    ),
    # Vietnam's Lunar New Year, China's Mid-Autumn Festival and Qingming, read in a story from anywhere (Hanoi, Hong
    # Kong, Singapore: the lunar date is the same)
    (
        re.compile(r"\b(?:mid\s+autumn|moon|mooncake)\s+festival\b|\b(?:tet\s+)?trung\s+thu\b"),
        "Mid-Autumn Festival (holidays: CN)",
        lambda y: _holiday("CN", y, "Mid-Autumn Festival"),
    ),
    (re.compile(r"\btet(?:\s+nguyen\s+dan)?\b"), "Tet (holidays: VN)", lambda y: _holiday("VN", y, "Lunar New Year")),
    (
        re.compile(r"\b(?:qingming|ching\s+ming)(?:\s+festival)?\b|\btomb\s+sweeping\s+(?:day|festival)\b"),
        "Qingming (holidays: CN)",
        lambda y: _holiday("CN", y, "Tomb-Sweeping Day"),
    ),
    (
        re.compile(r"\b(?:islamic|hijri|muslim)\s+new\s+year\b"),
        "Islamic New Year (holidays: IQ)",
        lambda y: _holiday("IQ", y, "Islamic New Year"),
    ),
    (re.compile(r"\brosh\s+hashanah\b"), "Rosh Hashanah (holidays: IL)", lambda y: _holiday("IL", y, "Rosh Hashanah")),
    (re.compile(r"\byom\s+kippur\b"), "Yom Kippur (holidays: IL)", lambda y: _holiday("IL", y, "Yom Kippur")),
    (re.compile(r"\b(?:passover|pesach)\b"), "Passover (holidays: IL)", lambda y: _holiday("IL", y, "Pesach")),
    (
        re.compile(r"\borthodox\s+christmas(?:\s+(?:day|eve))?\b"),
        "Orthodox Christmas (holidays: RU)",
        _orthodox_christmas,
    ),
    (
        re.compile(r"\borthodox\s+easter(?:\s+sunday)?\b"),
        "Orthodox Easter (dateutil.easter)",
        lambda y: _easter(y, True),
    ),
    (re.compile(r"\bboxing\s+day\b"), "Boxing Day (holidays: GB)", lambda y: _holiday("GB", y, "Boxing Day")),
    (re.compile(r"\bnew\s+year\s*s?\s+eve\b"), "New Year's Eve", lambda y: date(y, 12, 31)),
    (
        re.compile(r"\bnew\s+year\s*s?(?:\s+day)?\b"),
        "New Year's Day (holidays: US)",
        lambda y: _holiday("US", y, "New Year's Day"),
    ),
    (
        re.compile(r"\bthanksgiving(?:\s+day)?\b"),
        "Thanksgiving (holidays: US)",
        lambda y: _holiday("US", y, "Thanksgiving"),
    ),
    (
        re.compile(r"\bblack\s+friday\b"),
        "Black Friday (holidays: US Thanksgiving + 1)",
        lambda y: (_holiday("US", y, "Thanksgiving") or date(y, 1, 1)) + timedelta(days=1),
    ),
    (
        re.compile(r"\bfather\s*s?\s+day\b"),
        "Father's Day (holidays: US unofficial)",
        lambda y: _first_any("US", y, "Father's Day"),
    ),
    (re.compile(r"\b(?:diwali|deepavali)\b"), "Diwali (holidays: IN)", lambda y: _first_any("IN", y, "Diwali")),
    (
        re.compile(r"\bash\s+wednesday\b"),
        "Ash Wednesday (dateutil.easter - 46)",
        lambda y: _easter(y, False) - timedelta(days=46),
    ),
    (re.compile(r"\bmemorial\s+day\b"), "Memorial Day (holidays: US)", lambda y: _holiday("US", y, "Memorial Day")),
    (re.compile(r"\blabor\s+day\b"), "Labor Day (holidays: US)", lambda y: _holiday("US", y, "Labor Day")),
    (
        re.compile(r"\belection\s+(?:day|night)\b"),
        "US Election Day (holidays: US-NY; before it lists one, 2 U.S.C. 7)",
        lambda y: _holiday_in("US", "NY", y, "Election Day") or _us_election_day(y),
    ),
    (
        re.compile(r"\binauguration\s+day\b"),
        "Inauguration Day (holidays: US-DC)",
        lambda y: _holiday_in("US", "DC", y, "Inauguration Day"),
    ),
    (re.compile(r"\bveterans\s+day\b"), "Veterans Day (holidays: US)", lambda y: _holiday("US", y, "Veterans Day")),
    (
        re.compile(r"\b(?:martin\s+luther\s+king(?:\s+jr)?|mlk)\s+day\b"),
        "Martin Luther King Jr. Day (holidays: US)",
        lambda y: _holiday("US", y, "Martin Luther King"),
    ),
    (
        re.compile(r"\bpresidents\s*s?\s+day\b|\bwashington\s+s\s+birthday\b"),
        "Presidents Day (holidays: US)",
        lambda y: _holiday("US", y, "Washington's Birthday"),
    ),
    (re.compile(r"\bjuneteenth\b"), "Juneteenth (holidays: US)", lambda y: _holiday("US", y, "Juneteenth")),
    (re.compile(r"\bcolumbus\s+day\b"), "Columbus Day (holidays: US)", lambda y: _holiday("US", y, "Columbus Day")),
    (
        re.compile(r"\bgood\s+friday\b"),
        "Good Friday (dateutil.easter - 2)",
        lambda y: _easter(y, False) - timedelta(days=2),
    ),
    (
        re.compile(r"\beaster\s+monday\b"),
        "Easter Monday (dateutil.easter + 1)",
        lambda y: _easter(y, False) + timedelta(days=1),
    ),
    # the days of the church year counted from Easter, as Good Friday is
    (
        re.compile(r"\bpalm\s+sunday\b"),
        "Palm Sunday (dateutil.easter - 7)",
        lambda y: _easter(y, False) - timedelta(days=7),
    ),
    (
        re.compile(r"\b(?:maundy|holy)\s+thursday\b"),
        "Maundy Thursday (dateutil.easter - 3)",
        lambda y: _easter(y, False) - timedelta(days=3),
    ),
    (
        re.compile(r"\bholy\s+saturday\b"),
        "Holy Saturday (dateutil.easter - 1)",
        lambda y: _easter(y, False) - timedelta(days=1),
    ),
    (
        re.compile(r"\b(?:shrove|fat)\s+tuesday\b|\bpancake\s+day\b|\bmardi\s+gras\b"),
        "Shrove Tuesday (dateutil.easter - 47)",
        lambda y: _easter(y, False) - timedelta(days=47),
    ),
    (
        re.compile(r"\bascension\s+day\b"),
        "Ascension Day (dateutil.easter + 39)",
        lambda y: _easter(y, False) + timedelta(days=39),
    ),
    (
        re.compile(r"\bwhit\s*monday\b|\bpentecost\s+monday\b"),
        "Whit Monday (dateutil.easter + 50)",
        lambda y: _easter(y, False) + timedelta(days=50),
    ),
    (
        re.compile(r"\bwhit\s*sunday\b|\bpentecost(?:\s+sunday)?\b"),
        "Pentecost (dateutil.easter + 49)",
        lambda y: _easter(y, False) + timedelta(days=49),
    ),
    (re.compile(r"\beaster(?:\s+sunday|\s+day)?\b"), "Easter (dateutil.easter)", lambda y: _easter(y, False)),
    (
        re.compile(r"\bcyber\s+monday\b"),
        "Cyber Monday (holidays: US Thanksgiving + 4)",
        lambda y: (_holiday("US", y, "Thanksgiving") or date(y, 1, 1)) + timedelta(days=4),
    ),
    (
        re.compile(r"\b(?:saint|st)\s+patrick\s*s?\s+day\b"),
        "Saint Patrick's Day (holidays: IE)",
        lambda y: _holiday("IE", y, "Saint Patrick's Day"),
    ),
    (
        re.compile(r"\bholodomor(?:\s+(?:remembrance|memorial))?(?:\s+day)\b"),
        "Holodomor Remembrance Day (UA: the fourth Saturday of November)",
        lambda y: date(y, 11, 22) + timedelta(days=(5 - date(y, 11, 22).weekday()) % 7),
    ),
    (
        # not another's remembrance day ("Holocaust Remembrance Day"): a word before it other than these names one
        re.compile(
            r"(?:^|\b(?:on|the|of|for|by|before|after|since|until|this|last|next|at|s|to|ahead|during|day|nov|november)"
            r"\s+)(?:armistice|remembrance)\s+day\b"
        ),
        "Armistice Day (holidays: FR)",
        lambda y: _holiday("FR", y, "Armistice Day"),
    ),
    (
        re.compile(r"\bremembrance\s+sunday\b"),
        "Remembrance Sunday (GB: the second Sunday of November)",
        lambda y: date(y, 11, 8) + timedelta(days=(6 - date(y, 11, 8).weekday()) % 7),
    ),
    (
        re.compile(r"\b(?:bonfire|guy\s+fawkes)\s+night\b"),
        "Bonfire Night (5 November)",
        lambda y: date(y, 11, 5),
    ),
    (
        re.compile(r"\beid(?:[\s-]+(?:al|ul|el)|ul)[\s-]*fitr\b"),
        "Eid al-Fitr (holidays: TR)",
        lambda y: _holiday("TR", y, "Eid al-Fitr"),
    ),
    (
        re.compile(r"\beid(?:[\s-]+(?:al|ul|el)|ul)[\s-]*(?:adha|azha)\b|\bbakri?\s*eid\b|\bbakrid\b"),
        "Eid al-Adha (holidays: TR)",
        lambda y: _holiday("TR", y, "Eid al-Adha"),
    ),
    (
        re.compile(r"\b(?:start|beginning|first\s+day)\s+of\s+(?:the\s+)?(?:holy\s+)?(?:month\s+of\s+)?ramadan\b"),
        "First day of Ramadan (holidays: AF)",
        lambda y: _holiday("AF", y, "First Day of Ramadan"),
    ),
    (re.compile(r"\bashura\b"), "Ashura (holidays: IQ)", lambda y: _holiday("IQ", y, "Ashura")),
    (
        re.compile(r"\b(?:laylat|lailat)[\s-]+al[\s-]*qadr\b"),
        "Laylat al-Qadr (holidays: BD)",
        lambda y: _holiday("BD", y, "Laylat al-Qadr"),
    ),
    (re.compile(r"\bnowruz\b|\bnorooz\b"), "Nowruz (holidays: IR)", lambda y: _holiday("IR", y, "Nowruz")),
    (re.compile(r"\bepiphany\b"), "Epiphany (holidays: IT)", lambda y: _holiday("IT", y, "Epiphany")),
    (re.compile(r"\bvalentine\s*s?\s+day\b"), "Valentine's Day", lambda y: date(y, 2, 14)),
    (re.compile(r"\bhalloween\b"), "Halloween", lambda y: date(y, 10, 31)),
    (re.compile(r"\bhogmanay\b"), "Hogmanay (Scotland: 31 December)", lambda y: date(y, 12, 31)),
    # the patron saints' days of the UK's nations (holidays lists only Scotland's, and only for SCT), Mandela Day (UN,
    # 18 July) and Gandhi Jayanti (2 October; holidays IN: "Mahatma Gandhi's Birthday")
    (re.compile(r"\b(?:st|saint)\s+andrew\s+s\s+day\b"), "St Andrew's Day (30 November)", lambda y: date(y, 11, 30)),
    (re.compile(r"\b(?:st|saint)\s+david\s+s\s+day\b"), "St David's Day (1 March)", lambda y: date(y, 3, 1)),
    (re.compile(r"\b(?:st|saint)\s+george\s+s\s+day\b"), "St George's Day (23 April)", lambda y: date(y, 4, 23)),
    (re.compile(r"\b(?:nelson\s+)?mandela\s+day\b"), "Mandela Day (18 July)", lambda y: date(y, 7, 18)),
    (re.compile(r"\bgandhi\s+jayanti\b"), "Gandhi Jayanti (2 October)", lambda y: date(y, 10, 2)),
]


_RAMADAN = re.compile(r"\b(?:the\s+(?:holy\s+)?(?:muslim\s+)?(?:fasting\s+)?month\s+of\s+)?ramadan\b" + _YEAR)


def _ramadan(y: int, z) -> Interval | None:
    """Ramadan of a Gregorian year: from its first day (holidays: AF) to Eid al-Fitr."""
    first, eid = _holiday("AF", y, "First Day of Ramadan"), _holiday("AF", y, "Eid al-Fitr")
    if first is None or eid is None or eid <= first:
        return None
    return spans.days(first, eid, z, "range", "Ramadan (holidays: AF, first day to Eid al-Fitr)")


_HANUKKAH = re.compile(r"\b(?:hanukkah|hanukah|chanukah|chanukkah)\b" + _YEAR)


def _hanukkah(y: int, z) -> Interval | None:
    """The eight days of Hanukkah that begin in December (or late November) of a year: its
    first day from holidays (IL, school calendar), the eight days a rule of the calendar."""
    first = next((d for d in _holiday_any("IL", y, "Hanukkah") if d.month >= 11), None)
    if first is None:
        return None
    return spans.days(first, first + timedelta(days=8), z, "range", "Hanukkah (holidays: IL; eight days)")


def _name_keys(name: str, subdiv: str | None = None) -> list[str]:
    """The ways copy writes a holiday ``holidays`` names: as named, without its parenthesis
    ("Easter Sunday (Pascha)"), each of "A / B", "Day of the X of Ukraine" as "X Day", a state's
    day by the state's letters ("WA Day") and a race's holiday by the race ("the Melbourne Cup")."""
    keys = [*_state_name_keys(name, subdiv), *_other_names(name)]
    for part in re.sub(r"\([^)]*\)", " ", name).split(" / "):
        key = " ".join(re.sub(r"[^a-z0-9]+", " ", part.lower().replace("'", " ")).split())
        if key:
            keys.append(key)
        if key == "thanksgiving day":  # Canada's, as copy writes it
            keys.append("thanksgiving")
        if "labor" in key:  # "Labour Day", as Canadian and British copy spells it
            keys.append(key.replace("labor", "labour"))
        m = re.fullmatch(r"day of (?:the )?((?:\w+ )?\w+?)(?: of \w+)?", key)
        if m and m.group(1) not in ("the", "a"):
            keys.append(f"{m.group(1)} day")
    return keys


@lru_cache(maxsize=128)
def _country_named_days(country: str, y: int, subdiv: str | None = None) -> tuple[tuple[re.Pattern, str], ...]:
    """The named days of a country's (or a state's) calendar (``holidays``, every category), as
    patterns of their names (the longest first) with the name ``holidays`` gives."""
    try:
        every = _every_holiday(country, y, subdiv)
    except (NotImplementedError, KeyError, AttributeError):
        return ()
    found: dict[str, str] = {}
    for names in every.values():
        for n in names.split("; "):
            if "observed" in n.lower() or re.search(r"\d", n):
                continue
            for key in _name_keys(n, subdiv):
                found.setdefault(key, n)
    return tuple((re.compile(_name_pattern(k)), n) for k, n in sorted(found.items(), key=lambda kv: -len(kv[0])))


def _name_pattern(key: str) -> str:
    """A holiday's name as copy spells it: spaces or hyphens between the words, and Eid's transliterations ("Eid
    ul-Azha", "Eid-el-Fitr")."""
    rx = r"\b" + re.escape(key).replace(r"\ ", r"[\s-]+") + r"\b"
    if key.startswith("eid "):
        rx = re.sub(r"\bal\b", "(?:al|ul|el)", rx).replace("adha", "a[dz]ha")
    return rx


# Australian copy names a state's day by the state's letters ("the WA Day long weekend", Western Australia Day) and a
# race's public holiday by the race ("the Melbourne Cup", "Adelaide Cup long weekend": Melbourne Cup Day's Tuesday);
# Brisbane copy's "the Ekka" is the Royal Queensland Show's day
_NICKNAMES = {"the royal queensland show": ("ekka", "the ekka", "ekka holiday", "ekka day")}


# how South and South-East Asian copy spells the days ``holidays`` names otherwise (PTI, Dawn, The Jakarta Post, VnExpress,
# the Kathmandu Post): the same days, by the names and transliterations in print
_SPELLED = {
    "bhai duj": ("bhai dooj", "bhai dhooj", "bhaiya dooj"),
    "maha shivaratri": ("maha shivratri", "mahashivratri", "mahashivaratri", "shivratri"),
    "vaisakhi": ("baisakhi",),
    "guru nanak s birthday": ("guru nanak jayanti", "gurpurab", "guru nanak s birth anniversary"),
    "prophet s birthday": ("eid milad un nabi", "eid e milad", "milad un nabi", "eid milad ul nabi", "mawlid"),
    "mid sha ban": ("shab e barat", "shab e baraat"),
    "vesak day": ("vesak", "waisak", "wesak"),
    "day of silence": ("nyepi",),
    "bijaya dashami": ("dashain", "vijaya dashami"),
    "tihar holiday": ("tihar",),
    "songkran festival": ("songkran",),
    "karaka chaturthi karwa chouth": ("karwa chauth", "karva chauth", "karwa chouth"),
    "day of arafah": ("arafat day", "arafah day", "day of arafat", "the day of arafat"),
}


def _other_names(name: str) -> list[str]:
    """Copy's other names of a day: its spellings in print (``_SPELLED``) and a name ``holidays`` gives in parenthesis
    ("Pratihar Shashthi or Surya Shashthi (Chhath Puja)", "Chinese New Year (Spring Festival)"): two words or more, no
    ordinal ("Eid al-Fitr (Second Day)" is no other name)."""
    keys = list(_SPELLED.get(_words_of(name), ()))
    for inner in re.findall(r"\(([^)]*)\)", name):
        words = _words_of(inner).split()
        if len(words) > 1 and not set(words) & {"first", "second", "third", "observed", "estimated", "day"}:
            keys.append(" ".join(words))
    return keys


def _words_of(name: str) -> str:
    """A name as lower-case words ("Guru Nanak's Birthday": "guru nanak s birthday")."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower()).split())


def _state_name_keys(name: str, subdiv: str | None) -> list[str]:
    """A state's day by copy's short names: the state's letters ("WA Day"), the race ("the Melbourne Cup"), a
    nickname ("the Ekka")."""
    key = _words_of(name)
    keys = list(_NICKNAMES.get(key, ()))
    words = key.split()
    if subdiv and words[-1:] == ["day"] and "".join(w[0] for w in words[:-1]) == subdiv.lower() and len(words) > 2:
        keys.append(f"{subdiv.lower()} day")
    if key.endswith(" cup day"):
        keys.append(key[: -len(" day")])
    return keys


def _twice(days: list[date]) -> bool:
    """Whether a holiday's days in one year are two times of it, not one holiday of several
    days (Pakistan's Eid al-Adha, three days running): a week or more between two of them."""
    return any((b - a).days > 7 for a, b in zip(days, days[1:]))


# a calendar's adjective before a day's name: the day is that calendar's, not the one the country's calendar calls so
_ANOTHER_CALENDAR = re.compile(r"\b(?:lunar|chinese|islamic|hijri|muslim|jewish|hebrew|persian|orthodox|julian)\s+$")


def _country_days(
    s: str, country: str, year: int, subdiv: str | None = None
) -> list[tuple[re.Pattern, str, Callable[[int], date | None]]]:
    """The story's country's own named days that the words name ("Canada Day", "Anzac Day",
    "Republic Day" in an Indian story, "Constitution Day" in a Ukrainian one): ``holidays``
    for that country (or, with ``subdiv``, that state's calendar). The US has rules of its own above."""
    if not country or country == "US":
        return []
    for rx, name in _country_named_days(country, year, subdiv):
        m = rx.search(s)
        if m and _ANOTHER_CALENDAR.search(s[: m.start()]):
            continue  # "Lunar New Year's Day" in a Seoul story is not Korea's 1 January
        if m:
            if any(_twice(_holiday_any(country, y, name, False, subdiv)) for y in (year - 1, year, year + 1)):
                # twice in a year of that calendar (Ukraine's Christmas on 7 January and 25 December
                # in 2023, the year it moved): which one is meant is the rules' below, by the year
                return []
            where = f"{country}-{subdiv}" if subdiv else country
            return [(rx, f"{name} (holidays: {where})", partial(_first_any, country, name=name, subdiv=subdiv))]
    return []


# countries whose states' own days copy names by name anywhere ("the Melbourne Cup" in a Sydney story, "Corpus Christi"
# in a Berlin one): a day the story's state (its calendar read first) and the nation do not keep is looked up in the
# states of these that keep it
_STATE_DAYS_OF = ("AU", "CA", "DE", "AT", "CH")  # and the German-speaking states' Corpus Christi, Reformation Day


def _other_states_days(s: str, country: str, year: int) -> list:
    """The named day of another state or province the words name ("Melbourne Cup Day" in a Perth story: Victoria's
    Tuesday; "Corpus Christi" in a Berlin story: Baden-Wurttemberg's), for Australia, Canada, Germany, Austria and
    Switzerland, when every state that keeps it keeps it on one day."""
    if country not in _STATE_DAYS_OF:
        return []
    kept = [got for sub in _subdivisions(country) if (got := _country_days(s, country, year, sub))]
    days = {day_of(year) for got in kept for _, _, day_of in got}
    # states that keep a day of that name on other days ("Heritage Day": August in Alberta, February in Nova Scotia)
    # leave it unplaced
    return kept[0] if kept and len(days) == 1 else []


@lru_cache(maxsize=8)
def _subdivisions(country: str) -> tuple[str, ...]:
    import holidays

    return tuple(holidays.country_holidays(country).subdivisions)


# the state or province of a zone's city, for the public holidays kept there (Labour Day in Sydney, Australia Day's
# Monday when it falls on a Sunday): England's for Britain (its bank holidays)
_SUBDIV_OF_ZONE = {
    "Australia/Sydney": "NSW",
    "Australia/Melbourne": "VIC",
    "Australia/Brisbane": "QLD",
    "Australia/Perth": "WA",
    "Australia/Adelaide": "SA",
    "Australia/Hobart": "TAS",
    "Australia/Darwin": "NT",
    "America/Toronto": "ON",
    "America/Vancouver": "BC",
    "America/Edmonton": "AB",
    "America/Winnipeg": "MB",
    "America/Halifax": "NS",
}


@lru_cache(maxsize=64)
def _days_off_of(country: str, zone_key: str, y: int) -> frozenset[date]:
    """The public holidays (observed days too: they are days off) of a year where the story is."""
    import holidays

    subdiv = "ENG" if country == "GB" else _SUBDIV_OF_ZONE.get(zone_key)
    try:
        return frozenset(holidays.country_holidays(country or "US", subdiv=subdiv, years=y))
    except (NotImplementedError, KeyError, AttributeError):
        return frozenset()


def _holiday_weekend(d: date, long: bool) -> tuple[date, date]:
    """The weekend a holiday makes: ``spans.weekend_of``; a Tuesday's "long weekend" (the Melbourne Cup's: AAP, The Age)
    is the Saturday to the Tuesday, the Monday between taken off."""
    if long and d.weekday() == 1:
        return d - timedelta(days=3), d + timedelta(days=1)
    return spans.weekend_of(d)


def _days_off(first: date, until: date, ctx: Context) -> tuple[date, date]:
    """A holiday's weekend (``spans.weekend_of``) with the public holidays of the story's country next to it: the
    Easter weekend is Good Friday to Easter Monday in Britain, Ireland, Australia, Germany (BBC, AAP: "over the Easter
    long weekend"), Saturday and Sunday in the US, where neither is a holiday."""
    key = getattr(ctx.zone, "key", "") or ""

    def off(d: date) -> bool:
        return d in _days_off_of(ctx.country, key, d.year)

    while off(first - timedelta(days=1)):
        first -= timedelta(days=1)
    while off(until):
        until += timedelta(days=1)
    return first, until


# AAP, SMH, CBC and AP: "over the long weekend", "the holiday weekend", "the three-day weekend" with no name: the
# nearest weekend that a public holiday of the story's country (and state) makes longer, in the words' direction
_LONG_WEEKEND = re.compile(
    r"^(?:(?:on|over|during|at|for|by|until|till|ahead\s+of|before|after|across|throughout)\s+)?(?:the\s+)?"
    r"(?:(next|last|coming|upcoming|this|past|recent)\s+)?"
    r"(?:long|holiday|(?:three|four|3|4)[\s-]+day|bank\s+holiday\s+long)\s+weekend$"
)


# AAP, The Age, WAtoday, Brisbane Times: "the King's Birthday long weekend" (Victoria's is in June, Western
# Australia's and Queensland's in the spring), "the Labour Day long weekend" (March in Perth and Melbourne, May in
# Brisbane, October in Sydney): the long weekend that holds the holiday of that name where the story is (its state)
_NAMED_LONG_WEEKEND = re.compile(
    r"^(?:(?:on|over|during|at|for|by|until|till|ahead\s+of|before|after|across|throughout)\s+)?(?:the\s+)?"
    r"(?:(next|last|coming|upcoming|this|past|recent)\s+)?([a-z][a-z ]*?)\s+long\s+weekend$"
)


def _holiday_key(name: str) -> str:
    """A holiday's name as words to compare: "King's Birthday" and copy's "king s birthday" alike, Labour as Labor,
    the Queen's Birthday (before 2023) as the King's."""
    words = re.sub(r"[^a-z0-9]+", " ", name.lower()).split()
    spelled = {"labour": "labor", "queen": "king", "sovereign": "king", "monarch": "king"}
    return " ".join(spelled.get(w, w) for w in words if w not in ("s", "the", "holiday", "public"))


def _long_weekends(ctx: Context, holding: set[date] | None = None) -> list[Interval]:
    """The weekends a public holiday of the story's country (and state) makes longer, a year either side of the
    publication, in order; with ``holding``, only those with one of its days."""
    pub = ctx.pub.date()
    saturdays = (pub - timedelta(days=(pub.weekday() - 5) % 7) + timedelta(weeks=w) for w in range(-53, 54))
    found = []
    for sat in saturdays:
        first, until = _days_off(sat, sat + timedelta(days=2), ctx)
        days = [first + timedelta(days=i) for i in range((until - first).days)]
        if len(days) > 2 and (holding is None or holding.intersection(days)):
            found.append(spans.days(first, until, ctx.zone, "weekend"))
    return found


def _named_long_weekend(m: re.Match, ctx: Context) -> Interval | None:
    import holidays

    zone_key = getattr(ctx.zone, "key", "") or ""
    if not ctx.country:
        return None
    subdiv = "ENG" if ctx.country == "GB" else _SUBDIV_OF_ZONE.get(zone_key)
    try:
        years = range(ctx.pub.year - 2, ctx.pub.year + 3)
        cal = holidays.country_holidays(ctx.country, subdiv=subdiv, years=years)
    except (NotImplementedError, KeyError, AttributeError):
        return None
    # the name as written, or after whose it is ("the state's Labour Day long weekend", "Victoria's King's Birthday")
    owner = re.match(r"[a-z]+\s+s\s+(.+)$", m.group(2))
    for key in filter(None, (_holiday_key(m.group(2)), _holiday_key(owner.group(1)) if owner else "")):
        named = {d for d, names in cal.items() for n in names.split("; ") if _holiday_key(n) == key}
        found = _long_weekends(ctx, named) if named else []
        if found:
            break
    else:
        return None
    got = _nearest(found, ctx, m.group(1), timedelta(days=spans.NEAR_DAYS))  # once a year: as a named day's window
    where = f"{ctx.country}-{subdiv}" if subdiv else ctx.country
    return replace(got, rule=f"the {m.group(2)} long weekend (holidays: {where}): the one that holds it")


def long_weekend(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _LONG_WEEKEND.match(s)
    if not m:
        named = _NAMED_LONG_WEEKEND.match(s)
        return _named_long_weekend(named, ctx) if named else None
    found = _long_weekends(ctx)
    if not found:
        return None
    got = _nearest(found, ctx, m.group(1))
    return replace(
        got, rule=f"the long weekend (holidays: {ctx.country or 'US'}): the nearest, in the words' direction"
    )


# the words of dates that name no day: weekdays, months, parts of days, relative words and particles. A phrase
# of these alone ("on Saturday", "Sept. 21", "last week") is no named day, so the calendars (``holidays``:
# ~0.2 s to import, for every country at once) are not consulted for it. Of every name ``holidays`` gives
# for 2024, only Anguilla's "August Monday" and "August Thursday" are made of these words alone; ordinals
# in words ("the Fourth of July") and "day" ("May Day") are not among them.
_CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    last next this past coming previous following early late mid middle end start beginning
    week weeks weekend month months year years ago yesterday today tomorrow tonight overnight
    morning afternoon evening noon midnight
    on in at the of a an by from to and or until till through since before after earlier later around about between
    hour hours minute minutes local time gmt utc bst edt est cet cest eet eest am pm m p s st nd rd th
    night nights days dawn dusk daybreak nightfall sunrise sunset lunchtime o clock recent several few
    one two three four five six seven eight nine ten over during into for within nearly almost more than""".split()
)


# the two Eids by the names Indonesian, Malaysian, Singaporean, Turkish and Indian copy gives them (Jakarta Post's
# "Lebaran", Antara's "Idul Fitri", The Star's "Hari Raya Aidilfitri", "Hari Raya Haji", "Kurban Bayrami"): read as
# Eid al-Fitr and Eid al-Adha, in the story's country's calendar where it has them; Pakistani and Indian copy's
# "Ramazan", "Ramzan" and East African "Ramadhan" are Ramadan
_FEAST_NAMES = re.compile(
    r"\b(?:(?P<adha>idul[\s-]*adha|eid(?:[\s-]*ul|[\s-]+el)[\s-]*(?:adha|azha)|hari\s+raya\s+(?:haji|aidiladha|korban)|"
    r"kurban\s+bayram\w*)|"
    r"(?P<fitr>lebaran|idul[\s-]*fitri|eid(?:[\s-]*ul|[\s-]+el)[\s-]*fitr|hari\s+raya(?:\s+(?:aidilfitri|aidil\s+fitri|puasa))?|ramazan\s+bayram\w*|"
    r"seker\s+bayram\w*)|(?P<ramadan>ramazan|ramzan|ramadhan|(?:muslim\s+|islamic\s+)?(?:holy\s+fasting|holy|fasting)\s+"
    r"month(?!\s+of\b)))\b"
)
_FEAST_OF = {"fitr": "eid al fitr", "adha": "eid al adha", "ramadan": "ramadan"}


def _only_calendar_words(s: str) -> bool:
    words = re.findall(r"[a-z]+", s)
    return bool(words) and all(w in _CALENDAR_WORDS for w in words)


_US_ELECTION = re.compile(r"\b(?:us|u\s+s|america\s+s|american|americans|presidential|midterm|congressional)\b")


def us_election_in(text: str, context: str) -> bool:
    """Whether words of an election day stand in a sentence of the US one ("Americans vote on Election Day")."""
    return bool(re.search(r"\belection\s+(?:day|night)\b", normalize(text))) and bool(
        _US_ELECTION.search(normalize(context))
    )


def named_day(s: str, ctx: Context) -> Interval | None:
    s = _FEAST_NAMES.sub(lambda m: _FEAST_OF[next(k for k, v in m.groupdict().items() if v)], s)
    m = _RAMADAN.search(s)
    if m and not re.search(
        r"\b(?:start|beginning|first\s+day|end|days|weeks|nights)\s+of\s+(?:the\s+)?(?:holy\s+)?(?:month\s+of\s+)?ramadan",
        s,
    ):  # "the last 10 days of Ramadan": parts.parts_of_month counts them out
        z = ctx.zone
        if m.group(1):
            return _ramadan(int(m.group(1)), z)
        # "during Ramadan last year", "last year's Ramadan": that year's (it was the most recent, this year's)
        of_year = re.search(r"\bramadan\s+(last|this|next)\s+year\b|\b(last|this|next)\s+year\s+s\s+ramadan\b", s)
        if of_year:
            return _ramadan(ctx.pub.year + {"last": -1, "this": 0, "next": 1}[of_year[1] or of_year[2]], z)
        back = bool(re.search(r"\blast\s+ramadan\b", s))
        # "next Ramadan" told during the fast is the one after it, "last Ramadan" the one before (as "next week" is)
        fasts = [iv for y in range(ctx.pub.year - 2, ctx.pub.year + 3) if (iv := _ramadan(y, z)) is not None]
        if re.search(r"\bnext\s+ramadan\b", s) and any(iv.start > ctx.pub for iv in fasts):
            return next(iv for iv in fasts if iv.start > ctx.pub)
        if back and any(iv.end <= ctx.pub for iv in fasts):
            return [iv for iv in fasts if iv.end <= ctx.pub][-1]
        return spans.pick(
            lambda y: _ramadan(y, z), replace(ctx, past=back or ctx.past, forward=ctx.forward and not back)
        )
    from .core import explicit_date

    if explicit_date(s):  # "Election Day ... is set for July 14": the date as written wins
        return None
    m = _HANUKKAH.search(s)
    if m:
        z = ctx.zone
        if m.group(1):
            return _hanukkah(int(m.group(1)), z)
        return spans.pick(lambda y: _hanukkah(y, z), ctx)
    if _only_calendar_words(s):  # "on Saturday", "Sept. 21", "over the past day": no day's name to look up
        return None
    country = _named_country(s) or ctx.country
    national = [(rx, *fn(country)) for rx, fn in _NATIONAL]
    own = _SUBDIV_OF_ZONE.get(getattr(ctx.zone, "key", "") or "") if country == ctx.country else None
    found = (_country_days(s, country, ctx.pub.year, own) if own else []) or _country_days(s, country, ctx.pub.year)
    if not found and country == ctx.country:
        found = _other_states_days(s, country, ctx.pub.year)
    for rx, rule, day_of in found + _NAMED + national:
        m = re.compile(rx.pattern + _YEAR).search(s)
        if not m:
            continue
        if rule.startswith("US Election Day") and country not in ("", "US") and not _US_ELECTION.search(s):
            # "election day", "election night" in a British, French or Indian story: that country's election, which no
            # calendar places (it was the US one, the Tuesday after the first Monday of November); "the US election
            # day", "the presidential election night" stay the US one
            raise DateError(f"'{quote(s)}' is an election's day in a story from {country}: give the date it is held")
        z = ctx.zone

        def make(y: int, day_of: Callable[[int], date | None] = day_of, z=z) -> Interval | None:
            try:
                d = day_of(y)
            except (KeyError, NotImplementedError, ValueError):
                return None
            return None if d is None else spans.day(d, z)

        after = re.match(r"\s+(last|this|next)\s+year\b", s[m.end() :]) or re.search(
            r"\b(last|this|next)\s+year\s+s\s+(?:\w+\s+)?$", s[: m.start()]
        )  # "Christmas last year", "last year's Christmas"
        if m.group(1) or after:
            if m.group(1):
                y = int(m.group(1))
            else:
                assert after is not None
                y = ctx.pub.year + {"last": -1, "this": 0, "next": 1}[after.group(1)]
            iv = make(y)
            if iv is None:
                return None
        else:
            ahead = re.search(r"\b(?:next|this coming|coming|by|before|until|ahead of)\s+(?:the\s+)?$", s[: m.start()])
            back_m = re.search(r"\b(?:last|past|previous)\s+$", s[: m.start()])
            c = replace(ctx, forward=bool(ahead) or (ctx.forward and not back_m), past=bool(back_m) or ctx.past)
            try:
                iv = spans.pick(make, c)
            except ValueError:  # none in the years around the publication
                return None
            if back_m and iv.end > ctx.pub:
                iv = make(iv.start.year - 1) or iv
            if re.match(r"\s+before\s+last\b", s[m.end() :]):  # "the Christmas before last": two back
                last = iv if iv.end <= ctx.pub else (make(iv.start.year - 1) or iv)
                iv = make(last.start.year - 1) or iv
        w = re.match(r"\s+(?:bank\s+holiday\s+|holiday\s+|(long)\s+)?weekend\b", s[m.end() :])
        if w:  # "Memorial Day weekend", "the Melbourne Cup long weekend"
            first, until = _days_off(*_holiday_weekend(iv.start.date(), bool(w.group(1))), ctx)
            return spans.days(first, until, ctx.zone, "weekend", rule + "; its weekend, with the holidays next to it")
        if re.match(r"\s+week\b", s[m.end() :]):  # "Easter week": the Monday-to-Sunday week it falls in
            mon = spans.monday(iv.start.date())
            return spans.days(mon, mon + timedelta(days=7), ctx.zone, "week", rule + "; its week")
        return replace(iv, rule=rule)
    return None


# a people's or a faith's new year ("the Persian New Year", "the Jewish New Year", "Thai New Year"): that calendar's
# day, from ``holidays`` for the country that keeps it; never 1 January. Those no library places are refused
_CALENDAR_NEW_YEAR = {
    "persian": ("IR", "nowruz"),
    "iranian": ("IR", "nowruz"),
    "kurdish": ("IR", "nowruz"),
    "afghan": ("IR", "nowruz"),
    "jewish": ("IL", "rosh hashanah"),
    "hebrew": ("IL", "rosh hashanah"),
    "korean": ("KR", "korean new year"),
    "vietnamese": ("VN", "lunar new year"),
    "thai": ("TH", "songkran festival"),
    "khmer": ("KH", "khmer new year s day"),
    "cambodian": ("KH", "khmer new year s day"),
    "lao": ("LA", "lao new year s day"),
    "laotian": ("LA", "lao new year s day"),
    "sinhala": ("LK", "sinhala and tamil new year"),
    "sinhalese": ("LK", "sinhala and tamil new year"),
    "tamil": ("LK", "sinhala and tamil new year"),
    "nepali": ("NP", "nepali new year"),
    "nepalese": ("NP", "nepali new year"),
    "bengali": ("BD", "bengali new year s day"),
    "ethiopian": ("ET", "ethiopian new year"),
}
_UNPLACED_NEW_YEAR = (
    "orthodox|old|julian|hindu|sikh|coptic|tibetan|assyrian|mongolian|balinese|parsi|zoroastrian|berber|amazigh|"
    "telugu|kannada|marathi|gujarati|punjabi|malayali|kashmiri|druze|baha i|bahai|celtic|pagan|aztec|mayan"
)
_PEOPLE_NEW_YEAR = re.compile(
    r"\b(" + "|".join(_CALENDAR_NEW_YEAR) + "|" + _UNPLACED_NEW_YEAR + r")\s+new[\s-]+year(?:\s+s)?(\s+(?:eve|day))?\b"
)


# days copy calls by another name than ``holidays`` does: France's "National Day" is Bastille Day, VE Day its "Victory
# Day" (8 May), the US "Columbus Day" Indigenous Peoples' Day, Ukraine's 8 May the Day of Remembrance and Victory
_KNOWN_AS = {
    "bastille day": ("FR", "national day"),
    "ve day": ("FR", "victory day"),
    "v e day": ("FR", "victory day"),
    "victory in europe day": ("FR", "victory day"),
    "indigenous peoples day": ("US", "columbus day"),
    "indigenous peoples s day": ("US", "columbus day"),
    "indigenous people s day": ("US", "columbus day"),
    "day of remembrance and victory": ("UA", "victory day"),
}
_KNOWN_AS_RX = re.compile(r"\b(" + "|".join(sorted(_KNOWN_AS, key=len, reverse=True)) + r")\b")


def known_as(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _KNOWN_AS_RX.search(s)
    if not m:
        return None
    country, name = _KNOWN_AS[m.group(1)]
    got = named_day(s[: m.start()] + name + s[m.end() :], replace(ctx, country=country))
    return None if got is None else replace(got, rule=f"{m.group(1)}, as {country} names it: {got.rule}")


def calendar_new_year(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _PEOPLE_NEW_YEAR.search(s)
    if not m:
        return None
    if m.group(1) not in _CALENDAR_NEW_YEAR:
        raise DateError(
            f"'{quote(s)}' is the {m.group(1)} calendar's new year, which no library here places: give its date"
        )
    country, name = _CALENDAR_NEW_YEAR[m.group(1)]
    words = s[: m.start()] + name + (m.group(2) or "").replace(" day", "") + s[m.end() :]
    got = named_day(words, replace(ctx, country=country))
    return None if got is None else replace(got, rule=f"the {m.group(1)} new year: {got.rule}")


# British and Irish copy: "the bank holiday", "bank holiday Monday", "over the bank holiday weekend" with no name: the
# nearest bank holiday of the story's country (``holidays``: England's, else Ireland's in an Irish story), a Monday
# one for "Monday" and "weekend" (its weekend, Saturday to Monday, as "Memorial Day weekend"); in a report the one
# just gone, unless one begins within a week and the last is over; "next", "last" and a plan say which
_BANK_HOLIDAY = re.compile(
    r"^(?:(?:on|over|during|at|for|by|until|till|ahead\s+of|before|after|across)\s+)?(?:the\s+)?"
    r"(?:(next|last|coming|upcoming|this|past|recent)\s+)?bank\s+holiday(?:\s+(monday|weekend|long\s+weekend))?$"
)
_BANK_HOLIDAY_NEAR = timedelta(days=7)


def _bank_holidays(country: str, y: int) -> list[date]:
    import holidays

    cal = holidays.country_holidays(country, subdiv="ENG" if country == "GB" else None, years=y)
    return sorted(d for d, n in cal.items() if "observed" not in n.lower())


def _nearest(found: list[Interval], ctx: Context, which: str | None, near: timedelta = _BANK_HOLIDAY_NEAR) -> Interval:
    """Of days off in order, the one the words mean: in a report the one just gone, unless one begins within ``near``
    (a week) and the last is over; "next", "last" and a plan say which."""
    pub = ctx.pub
    begun = [iv for iv in found if iv.start <= pub]
    ahead = [iv for iv in found if iv.start > pub]
    if which in ("last", "past", "recent") or not ahead:
        return begun[-1]
    if which in ("next", "coming", "upcoming") or ctx.forward or not begun:
        return next(iv for iv in found if iv.end > pub)
    if begun[-1].end <= pub and ahead[0].start - pub <= near:
        return ahead[0]
    return begun[-1]


def bank_holiday(s: str, ctx: Context, sub: Sub) -> Interval | None:
    m = _BANK_HOLIDAY.match(s)
    if not m:
        return None
    country = "IE" if ctx.country == "IE" else "GB"
    z, pub, which = ctx.zone, ctx.pub, m.group(1)
    days = [d for y in (pub.year - 1, pub.year, pub.year + 1) for d in _bank_holidays(country, y)]
    if m.group(2):  # "bank holiday Monday", "the bank holiday weekend": a Monday one
        days = [d for d in days if d.weekday() == 0]
    found = [
        spans.days(*spans.weekend_of(d), z, "weekend") if m.group(2) and m.group(2) != "monday" else spans.day(d, z)
        for d in days
    ]
    got = _nearest(found, ctx, which)
    where = "England" if country == "GB" else "Ireland"
    return replace(got, rule=f"the bank holiday (holidays: {country}, {where}): the nearest, in the words' direction")
