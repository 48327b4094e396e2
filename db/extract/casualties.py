"""Killed and injured from a sentence's words.

"killing a 12-year-old boy and two elderly women" is 3 killed; "at least 15 injured",
"injured at least 15 civilians", "Three others were injured", "the death toll rose to 12",
"Three soldiers and a civilian were killed" (4), "a woman and her two children" (3), "two
dozen", "claimed the lives of 10"; "No one was hurt" is 0 injured; "He was pronounced dead",
"the driver was injured" count one; "summarily executed at least 18 civilians" 18 killed. A number must count
people: "14 drones", "3,000 tons" count nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["arrested_and_crowd", "casualties", "counts_others", "crowds", "number"]

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    "both": 2, "a couple of": 2, "a pair of": 2,
}  # fmt: skip
# words that count a crowd, not a number: the least they can mean ("dozens" is at least two dozen,
# "scores" at least two score, "hundreds" at least two hundred)
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}
_ONE_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+|(?:dozens|scores|hundreds|thousands)(?:\s+of)?(?=\s)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred\b|a\s+dozen|a\s+couple\s+of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|"
    + "|".join(sorted((w for w in _WORDS if " " not in w), key=len, reverse=True))
    + r")"
)
_NUM = r"(?:" + _ONE_NUM + r"(?:\s+dozen\b)?)"  # "two dozen"
_QUAL = r"(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|over|up\s+to|another|an?\s+additional|all)\s+)?"
_PEOPLE = (
    r"(?:people|persons?|civilians?|residents?|others?|men|man|women|woman|children|child|kids?|boys?|girls?|"
    r"teenagers?|teens?|babies|baby|infants?|soldiers?|troops|servicem[ae]n|police(?:\s*officers?|men)?|officers?|"
    r"firefighters?|rescuers?|medics?|doctors?|nurses?|journalists?|workers?|employees?|passengers?|students?|"
    r"pensioners?|villagers?|fighters?|militants?|members?|adults?|individuals?|victims?|family\s+members|"
    r"relatives|residents|citizens|Ukrainians|Russians|Israelis|Palestinians|drivers?|pilots?|farmers?|"
    r"teachers?|volunteers?|paramedics?|guards?|hostages?|prisoners?|detainees?|protesters?|demonstrators?|"
    r"miners?|sailors?|crew\s+members?|bystanders?|pedestrians?|tourists?|shoppers?|worshippers?|patients?|"
    r"co-?workers?|colleagues?|classmates?|neighbou?rs?|"
    r"(?<=-old\s)[a-z]+)"
)
# where the people counted were, between them and their verb: "Three rescuers in Kharkiv were killed"
_WHERE = r"(?:(?:in|at|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+)?"
_ADJ = r"(?:(?:\d+-(?:year|month)-old|elderly|young|old|other|more|local|unarmed|wounded|pregnant|[a-z]+-aged)\s+)*(?:[a-z]+\s+)?"
_KILL = (
    r"(?:killed|killing|kills|kill|pronounced\s+dead|dead|died|die|dies|deaths?|lost\s+their\s+lives|slain|fatalities|"
    r"drowned|burn(?:ed|t)\s+(?:alive|to\s+death)|"  # "42 people … drowned", "a family of five burned alive"
    r"executed|executing|massacred|massacring|"  # "summarily executed at least 18 civilians", as rights reports write
    r"(?:claim(?:ed|ing|s)?|took|taken|taking|takes)\s+the\s+lives\s+of|"
    r"(?:stabbed|beaten|hacked|bludgeoned|shot|crushed)\s+to\s+death|shot\s+dead)"
)
_HURT = r"(?:injured|injuring|injures|injure|injuries|wounded|wounding|wounds|hurt|hurting|hospitali[sz]ed)"


def number(word: str) -> int | None:
    w = " ".join(word.lower().split())
    hundreds = re.fullmatch(r"(\w+)\s+hundred", w)
    if hundreds and hundreds.group(1) in _WORDS and _WORDS[hundreds.group(1)] < 10:
        return _WORDS[hundreds.group(1)] * 100
    dozens = re.fullmatch(r"(.+)\s+dozen", w)
    if dozens and dozens.group(1) not in ("a", "dozen"):
        n = number(dozens.group(1))
        return None if n is None else n * 12
    if re.fullmatch(r"\d[\d,]*", w):
        return int(w.replace(",", ""))
    if w in _WORDS:
        return _WORDS[w]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(\w+)", w)
    if m and m.group(2) in _WORDS:
        return _WORDS[m.group(1)] + _WORDS[m.group(2)]
    return None


# "a woman and her two children": a possessive before a later item's count
_ITEM = re.compile(
    r"^\s*(?:(?:his|her|their|its)\s+)?"
    + _QUAL
    + r"(?:(?:an?\s+|the\s+)?family\s+of\s+(?=\w+\b(?!\s+(?:people|members|children)\b)))?"  # "a family of five"
    + r"("
    + _NUM
    + r")(?:\s+"
    + _ADJ
    + _PEOPLE
    + r"|(?<=\w)(?=\s+(?:were|was|have|had|are|is|burned|burnt|died|drowned)\b))\b",
    re.IGNORECASE,
)


# one of the family after a possessive: "a man and his wife", "a woman and her son"
_KIN = re.compile(
    r"^\s*(?:his|her|their)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|grandmother|grandfather|"
    r"grandson|granddaughter|niece|nephew|fiancee?|partner)\b",
    re.IGNORECASE,
)


def _list_after(text: str, count: Callable[[str], int | None] = number) -> int | None:
    """The people counted in "a 12-year-old boy and two elderly women" at the start of ``text``."""
    counted = _list_at(text, 0, count)
    return counted[0] if counted else None


def _list_at(text: str, pos: int = 0, count: Callable[[str], int | None] = number) -> tuple[int, int] | None:
    """(how many, where the list ends) for the people listed from ``pos`` ("three soldiers and
    a civilian"), or None."""
    total, at, end = 0, pos, None
    while True:
        m = _ITEM.match(text[at:]) or _KIN.match(text[at:])
        n = (count(m.group(1)) if m.re is _ITEM else 1) if m else None
        if m is None or n is None:
            break
        total, end = total + n, at + m.end()
        sep = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)", text[end:])
        if not sep:
            break
        at = end + sep.end()
    return None if end is None else (total, end)


# a verb whose object the people after it are, not the subject of a later "were injured"
_OBJECT_OF = re.compile(
    r"\b(?:arrested|detained|held|rounded\s+up|evacuated|rescued|freed|released|deported|charged|questioned|"
    r"dispersed|displaced|sentenced|convicted|hired|employs|employed|mobili[sz]ed)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
# "a father of three was stabbed": the three are his children, not the dead
_PARENT_OF = re.compile(r"\b(?:father|mother|parent|grandfather|grandmother|grandparent)s?\s+of\s+$", re.I)
_PASSIVE = r"\s+(?:were|was|have\s+been|had\s+been|are|is|got)\s+(?:(?:also|reportedly|seriously|critically|badly)\s+)?"


def _listed_before(sentence: str, verb: str, count: Callable[[str], int | None] = number) -> int | None:
    """The people listed before "were killed" ("Three soldiers and a civilian were killed")."""
    best: int | None = None
    for passive in re.finditer(_PASSIVE + verb + r"\b", sentence, re.IGNORECASE):
        # a list of people ends where "were killed" begins: try the words of the 200 characters before
        window = sentence[max(0, passive.start() - 200) : passive.start()]
        for start in re.finditer(r"(?<![\w,-])(?=\w)", window):
            if _OBJECT_OF.search(window[: start.start()]) or _PARENT_OF.search(window[: start.start()]):
                continue  # "Police detained 120 protesters, and 3 officers were injured": the detained are no subject
            counted = _list_at(window, start.start(), count)
            if counted and counted[1] == len(window):
                best = _larger(best, counted[0])
                break  # the longest list that ends there starts first
    return best


def _least(word: str) -> int | None:
    """The least a crowd's word can count ("dozens of" 24), None for a number."""
    return _VAGUE.get(re.sub(r"\s+of$", "", " ".join(word.lower().split())))


def _most(pattern: str, sentence: str, count: Callable[[str], int | None]) -> int | None:
    """The largest number a match of ``pattern`` in ``sentence`` counts (by ``count``, of the
    first of its groups that matched), None when none counts one."""
    counts = (count(next(g for g in m.groups() if g is not None)) for m in re.finditer(pattern, sentence, re.I))
    return max((n for n in counts if n is not None), default=None)


def _larger(best: int | None, *counts: int | None) -> int | None:
    """The largest of ``best`` and ``counts`` that are given, None when none is."""
    return max((n for n in (best, *counts) if n is not None), default=None)


def _count(sentence: str, verb: str, number: Callable[[str], int | None] = number) -> int | None:
    best: int | None = None
    # "killed a boy and two women", "injuring at least 15 civilians"
    for m in re.finditer(r"\b" + verb + r"\b", sentence, re.IGNORECASE):
        n = _list_after(sentence[m.end() :], number)
        best = _larger(best, n)
    # "killing two people and injuring 18, the governor said": a bare number after the verb
    for m in re.finditer(
        r"\b" + verb + r"\s+" + _QUAL + r"(" + _NUM + r")(?=\s*(?:[,.;]|$|and\b|in\b|on\b|at\b|as\b|during\b|"
        r"when\b|after\b|others\b|more\b))",
        sentence,
        re.IGNORECASE,
    ):
        if not re.fullmatch(r"(?:1[89]|20)\d\d", m.group(1)):  # (a year counts nobody)
            best = _larger(best, number(m.group(1)))
    # "15 people were killed", "Three others were injured", "at least 15 injured", "two dead"
    listed = _listed_before(sentence, verb, number)
    best = _larger(best, listed)
    rx = re.compile(
        r"(?<![\w,-])(?<!\bno\s)"
        + _QUAL
        + r"("
        + _NUM
        + r")\s+(?:"
        + _ADJ
        + _PEOPLE
        + r"\s+(?:aged\s+\d+\s+|,\s*\d+,\s*)?"
        + _WHERE
        # what they were doing: "more than 100 Palestinians seeking aid were killed", "20 people waiting for aid"
        + r"(?:[a-z]{3,}ing\s+(?:[a-z'’\-]+\s+){0,3}?)?"
        + r"|(?:more|others)\s+)?"  # "two more died in hospital", "three others were hurt"
        # "15 people have died", "Three people had died by Monday"
        r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|got|been)\s+|(?:have|has|had)\s+(?=died|drowned|perished))?"
        r"(?:(?:also|reportedly|seriously|critically|"
        r"badly|slightly|lightly|confirmed|now)\s+)?(?:being\s+treated\s+for\s+|"
        # "Two passengers were taken to hospital with minor injuries"
        r"taken\s+to\s+(?:a\s+|the\s+)?hospitals?\s+with\s+(?:\w+\s+){0,2}?)?"
        + verb
        + r"\b",  # "10 people are confirmed dead", "400 people were being treated for injuries"
        re.IGNORECASE,
    )
    for m in rx.finditer(sentence):
        if re.match(r"\d", m.group(1)) and re.search(r"[-:/]\s*$|\b(?:aged|age)\s*$", sentence[: m.start(1)]):
            continue
        if _PARENT_OF.search(sentence[: m.start(1)]):
            continue  # "a father of three was stabbed to death": one dead
        if re.fullmatch(r"(?:1[89]|20)\d\d", m.group(1)) and not re.search(_PEOPLE, m.group(0), re.IGNORECASE):
            continue  # "in July 2014, killing…": a year counts nobody
        n = number(m.group(1))
        best = _larger(best, n)
    # "the death toll rose to 12", "fatalities rose to 31", "the number of injured reached 40"
    toll = re.search(
        (_KILL_TOLL if verb == _KILL else _HURT_TOLL)
        # "the death toll from the floods that swept through eastern Spain rose to 217"
        + r"(?:\s+(?:from|in|after)\s+[^.;,]{0,80}?)?"
        + r"\s+(?:\w+\s+){0,3}?(?:to|of|at|is|was|stands\s+at|reached|hit|topped)\s+"
        + _QUAL
        + r"("
        + _NUM
        + r")\b",
        sentence,
        re.IGNORECASE,
    )
    if toll:
        best = _larger(best, number(toll.group(1)))
    if verb == _KILL:  # "the bodies of 15 people were found", "recovered 12 bodies", "13 bodies were dug up"
        bodies = _most(
            r"\bbodies\s+of\s+" + _QUAL + r"(" + _NUM + r")\b"
            r"|(?<![\w,-])" + _QUAL + r"(" + _NUM + r")\s+(?:more\s+)?bodies\b",
            sentence,
            number,
        )
        if _BODIES_HANDED.search(sentence):
            bodies = None  # "Hamas is set to hand over the bodies of four more Israeli hostages": dead before, no toll
        # "Two of the wounded later died in hospital": the injured who died are dead
        died = _most(
            r"(?<![\w,-])(" + _NUM + r")\s+of\s+(?:the|those)\s+(?:injured|wounded)\s+(?:\w+\s+)?"
            r"(?:(?:later|subsequently)\s+)?(?:died|succumbed)\b",
            sentence,
            number,
        )
        # "42 people were swept away by floodwaters and drowned": a second verb of the same subject
        both = _most(
            r"(?<![\w,-])" + _QUAL + r"(" + _NUM + r")\s+" + _ADJ + _PEOPLE + _PASSIVE + r"[^,.;]{0,80}?\band\s+"
            r"(?:(?:later\s+)?(?:died|drowned)|were\s+killed)\b",
            sentence,
            number,
        )
        best = _larger(best, bodies, died, both)
    # "Two workers died at the scene and a third died in a hospital", "A 15th victim died": the
    # ordinal counts them all
    nth = _most(
        r"\b(?:a|the)\s+(" + _ORDINAL + r")\s+(?:" + _ADJ + _PEOPLE + r"\s+)?"
        r"(?:(?:was|has|had)\s+(?:been\s+)?|later\s+)?" + verb + r"\b",
        sentence,
        _ordinal,
    )
    best = _larger(best, nth)
    if best is None and verb == _KILL and re.search(r"(?<!\bthey\s)\bdied\s+at\s+the\s+scene\b", sentence, re.I):
        return 1  # "Daniel Okafor, 41, was found with stab wounds … and died at the scene"
    if best is None and re.search(r"\b(?:no\s+one|nobody|none)" + _PASSIVE + verb + r"\b", sentence, re.I):
        return 0  # "No one was hurt": none, said so
    if best is None and re.search(
        r"\b(?:and|while|but)\s+(?:one\s+)?another(?:\s+(?:officer|soldier|man|woman|person|civilian|child|worker))?"
        r"(?:\s+(?:was|has\s+been|had\s+been)(?:\s+(?:seriously|critically|badly|slightly|lightly))?)?\s+"
        + verb
        + r"\b",
        sentence,
        re.I,
    ):
        return 1  # "A police officer was shot dead and another was wounded": one wounded
    if best is None and re.search(
        _ONE
        + r"(?:"
        + _PASSIVE
        + verb
        + (r"|\s+(?:has\s+|had\s+)?(?:later\s+)?died" if verb == _KILL else "")
        + r")\b",
        sentence,
        re.I,
    ):
        return 1  # "He was pronounced dead at the scene", "The victim died", "the driver was injured"
    return best


_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_ORDINAL = r"(?:" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))"


def _ordinal(word: str) -> int | None:
    w = word.lower()
    return _ORDINALS.get(w) or (int(w[:-2]) if re.fullmatch(r"\d+(?:st|nd|rd|th)", w) else None)


# one person, the subject: "he", "she", "the victim", "the driver" (not "the man who died")
_ONE = (
    r"(?<![\w,])(?:he|she|the\s+(?:victim|man|woman|boy|girl|child|baby|driver|pilot|passenger|soldier|officer|teenager|"
    r"pedestrian|cyclist|motorcyclist|gunman|suspect|shooter|attacker|bomber|worker|resident|journalist)"
    # "a father of three was stabbed to death", "a 17-year-old boy was shot dead"
    r"|an?\s+(?:\d+-year-old\s+)?(?:man|woman|boy|girl|father|mother|teenager|student|pensioner)(?:\s+of\s+\w+)?"
    # "A man in his 40s has died", "a woman aged 72 died"
    r"(?:\s+in\s+(?:his|her)\s+(?:early\s+|late\s+|mid-)?\d0s|\s+aged\s+\d+)?)"
)


_KILL_TOLL = r"\b(?:death\s+toll|toll|fatalities|number\s+of\s+(?:dead|deaths|people\s+killed))"
_HURT_TOLL = r"\b(?:number\s+of\s+(?:injured|wounded|injuries|people\s+(?:injured|wounded)))"


# an aside between dashes: "a family of five — including children aged 7, 4 and nine months — burned alive"
_DASHED_ASIDE = re.compile(r"\s+(?:—|–|--)\s+[^—–]{1,100}?\s+(?:—|–|--)\s+")


# a count of other people than those counted before it: "two more", "two other adults", "another
# 64", "a further three", "two of the wounded later died"
_OTHERS = re.compile(
    r"(?<![\w,-])(?:(?:another|a\s+further|an?\s+additional|additional)\s+"
    + _NUM
    + r"\b|"
    + _NUM
    + r"\s+(?:more|other)\b(?!\s+than)|"
    + _NUM
    + r"\s+of\s+(?:the|those)\s+(?:injured|wounded)\s+(?:\w+\s+)?(?:(?:later|subsequently)\s+)?(?:died|succumbed))",
    re.IGNORECASE,
)
# a sentence that tells another happening of the same kind: "Another 14-story building was hit…,
# killing a 69-year-old woman", "In another village, two people drowned"
_ANOTHER_OPENS = re.compile(r"\s*(?:In\s+|At\s+)?another\s+(?!\d)[a-z]", re.IGNORECASE)
# before the count of others, only who said it: "He said two other adults were killed"
_SAID_FIRST = re.compile(
    r"\s*(?:(?:[\w'’.\-]+\s+){1,5}(?:said|says|added|reported|told\s+\w+)(?:\s+that)?\s+)?(?:and\s+|but\s+)?$",
    re.IGNORECASE,
)
# a total told in the sentence: it counts everyone, and adds to nothing
_TOTAL = re.compile(_KILL_TOLL + "|" + _HURT_TOLL + r"|\bbringing\s+the\s+(?:total|number)\b", re.IGNORECASE)


def _summed(sentence: str, verb: str) -> int | None:
    """The people ``verb`` counts in ``sentence``, those said to be others added to those counted
    before them: "killed three soldiers …, and two more died in hospital" is 5."""
    whole = _count(sentence, verb)
    if whole is None or _TOTAL.search(sentence):
        return whole
    for m in _OTHERS.finditer(sentence):
        before = _count(sentence[: m.start()], verb)
        if before is None:
            continue  # "A police officer and one other person were killed": one list
        after = _summed(sentence[m.start() :], verb)
        if after is None:
            break  # "killed his mother and 10 other people": the others are in the list, not a count of their own
        return max(whole, before + after)
    return whole


# bodies given back, not found: the dead of another day, no toll of the handover ("Hamas has released 25 hostages …,
# as well as four bodies", "returned the bodies of three soldiers", "the exchange of 50 bodies")
_BODIES_HANDED = re.compile(
    r"\b(?:hand(?:ed|ing|s)?\s+over|return(?:ed|ing|s)?|releas(?:ed|es|e|ing)|repatriat\w+|exchang\w+|swap\w*|"
    r"transferr?(?:ed|ing)?)\b[^.;]{0,80}?\bbodies\b",
    re.I,
)


def casualties(sentence: str) -> tuple[int | None, int | None]:
    """(killed, injured) the sentence reports, None where it reports none."""
    sentence = _DASHED_ASIDE.sub(" ", sentence)
    return _summed(sentence, _KILL), _summed(sentence, _HURT)


def counts_others(sentence: str) -> tuple[bool, bool]:
    """Whether the killed and the injured the sentence counts are people besides those a
    sentence before it counted ("Two more died in hospital", "Another 64 people were wounded",
    "Another building was hit, killing a woman"), to be added to them; never a total ("…,
    bringing the death toll to 12")."""
    sentence = _DASHED_ASIDE.sub(" ", sentence)
    if _TOTAL.search(sentence):
        return False, False
    opens = _ANOTHER_OPENS.match(sentence) is not None
    cue = _OTHERS.search(sentence)
    first = cue is not None and _SAID_FIRST.fullmatch(sentence[: cue.start()]) is not None
    return tuple(  # type: ignore[return-value]
        _count(sentence, verb) is not None
        and (opens or (first and cue is not None and _count(sentence[cue.start() :], verb) is not None))
        for verb in (_KILL, _HURT)
    )


def crowds(sentence: str) -> tuple[str | None, str | None]:
    """The words that count the killed and the injured with no number ("dozens of people were
    killed", "scores were wounded"): "dozens", "scores", "hundreds", "thousands", or None."""
    sentence = _DASHED_ASIDE.sub(" ", sentence)
    words = {v: k for k, v in _VAGUE.items()}
    killed, injured = _count(sentence, _KILL, _least), _count(sentence, _HURT, _least)
    return words.get(killed) if killed else None, words.get(injured) if injured else None


# counts that are neither dead nor hurt: the arrested and a crowd's size (no field of the store holds
# them; a draft notes them, in its attrs, as the article writes them)
_MANY = (
    r"(?:(?:tens|hundreds)\s+of\s+thousands|thousands|hundreds|dozens|scores|"
    r"(?:at\s+least|some|about|around|nearly|almost|more\s+than|over|up\s+to|an\s+estimated|roughly)\s+"
    + _NUM
    + r"|"
    + _NUM
    + r")"
)
_CROWD_PEOPLE = r"(?:" + _PEOPLE + r"|supporters|marchers|mourners|fans|participants|activists|opponents|pilgrims)"
_HELD = r"(?:arrested|detained|taken\s+into\s+custody|rounded\s+up|held\s+for\s+questioning)"
_ARRESTS = [
    # "17 people were arrested", "more than 200 demonstrators have been detained"
    re.compile(
        r"(?<![\w,-])("
        + _MANY
        + r")(?:\s+of)?\s+(?:"
        + _ADJ
        + _PEOPLE
        + r"\s+)?"
        + r"(?:were|was|have\s+been|had\s+been|"
        r"are|been)\s+(?:also\s+)?" + _HELD + r"\b",
        re.IGNORECASE,
    ),
    # "Police arrested 17 people", "detained at least 120 protesters"
    re.compile(
        r"\b(?:arrested|detained|rounded\s+up|arresting|detaining)\s+("
        + _MANY
        + r")(?:\s+of)?\s+(?:"
        + _ADJ
        + _PEOPLE
        + r"|others)\b",
        re.IGNORECASE,
    ),
    # "made 17 arrests", "17 arrests were made"
    re.compile(r"(?<![\w,-])(" + _MANY + r")\s+(?:more\s+)?arrests\b", re.IGNORECASE),
]
_CROWD = [
    # "Some 40,000 people marched", "tens of thousands of protesters rallied"
    re.compile(
        r"(?<![\w,-])(" + _MANY + r")(?:\s+of)?\s+" + _ADJ + _CROWD_PEOPLE + r"\s+(?:[a-z]+\s+){0,1}?"
        r"(?:marched|rallied|gathered|protested|demonstrated|took\s+to\s+the\s+streets|took\s+part|turned\s+out|"
        r"joined|filled|packed|thronged|massed|converged|poured|flocked|lined|chanted|waved|"
        # "attended the funeral", not "attended the supervision sites" (a school's roll)
        r"attended\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w\-]+\s+){0,2}?(?:funeral|rally|march|protest|vigil|"
        r"service|mass|ceremony|demonstration|concert|match|game|parade|gathering|memorial|burial|procession))\b",
        re.IGNORECASE,
    ),
    # "a crowd of about 5,000", "crowds of up to 100,000"
    re.compile(r"\bcrowds?\s+(?:estimated\s+at\s+|of\s+)(" + _MANY + r")\b", re.IGNORECASE),
    # "police put the crowd at 12,000", "organisers estimated the turnout at 200,000"
    re.compile(
        r"\b(?:put|estimated|counted|said)\s+(?:the\s+)?(?:crowd|turnout|number\s+of\s+(?:protesters|demonstrators|"
        r"marchers|participants|people))(?:\s+size)?\s+(?:at|was)\s+(" + _MANY + r")\b",
        re.IGNORECASE,
    ),
    # "a vigil attended by about 200 people"
    re.compile(r"\battended\s+by\s+(" + _MANY + r")(?:\s+of)?\s+" + _CROWD_PEOPLE + r"\b", re.IGNORECASE),
    # "the rally drew 100,000 people"
    re.compile(r"\bdrew\s+(" + _MANY + r")(?:\s+of)?\s+" + _CROWD_PEOPLE + r"\b", re.IGNORECASE),
]


def _first_count(patterns: list[re.Pattern], sentence: str) -> str | None:
    for rx in patterns:
        for m in rx.finditer(sentence):
            words = " ".join(m.group(1).split()).lower()
            if re.fullmatch(r"(?:1[89]|20)\d\d|an?|one", words):
                continue  # a year counts nobody; "a man was arrested" is the happening, not a count
            return f"{words}, no number given" if not re.search(r"\d", words) and number(words) is None else words
    return None


def arrested_and_crowd(sentence: str) -> tuple[str | None, str | None]:
    """The words that count the arrested or detained ("17", "more than 200", "dozens") and a
    crowd ("some 40,000", "tens of thousands") in the sentence, as it writes them, or None."""
    sentence = _DASHED_ASIDE.sub(" ", sentence)
    return _first_count(_ARRESTS, sentence), _first_count(_CROWD, sentence)
