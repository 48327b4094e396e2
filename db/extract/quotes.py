"""Quoted passages of an article, word for word, with their speakers.

Speakers come from the words around a quote: ``"…," X said``, ``X said: "…"``,
``"…," said X, the Y of Z``, ``"…," X, Governor of Z, said``, ``according to X``, a speech
verb with its subject before the quote ("The ministry described the site as "…""), a
pronoun ("he said", "it noted") traced back to the last person (or organisation) named.
A quote that runs over several paragraphs (each opens with a quote mark, only the last
closes) is one quote. A quote whose speaker cannot be found has ``speaker`` None and says
so in ``note``; nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .people import NOT_NAMES, TITLES, Entity, Registry, classify, find_entities

__all__ = ["Quote", "find_quotes"]

_VERBS = (
    r"said|says|say|told|tells|stated|states|stating|added|adds|adding|noted|notes|noting|wrote|writes|writing|posted|"
    r"claimed|claims|claiming|described|describes|describing|announced|announces|warned|warns|warning|insisted|"
    r"explained|declared|confirmed|confirms|reported|reports|tweeted|emphasized|emphasised|stressed|acknowledged|"
    r"argued|asked|replied|recalled|urged|called|added|continued|cautioned|predicted|promised|vowed|pledged|"
    r"admitted|denied|alleged|contended|observed|remarked|indicated|suggested|responded|shouted|told\s+reporters|"
    r"said\s+in\s+a\s+statement|calling|saying|describing|accused|accusing|condemned|condemning|dismissed|"
    r"branded|labell?ed|blamed|blaming|insists|vowing|pledging|promising|"
    r"(?<=statement\s)reads?"  # "…," the statement read
)
_PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "org", "him": "person", "her": "person"}
_OPEN = '"\u201c'
_CLOSE = '"\u201d'


@dataclass
class Quote:
    text: str
    paragraph: int  # 1-based, where the quote opens
    start: int  # offsets in that paragraph
    end: int
    speaker: str | None = None
    role: str | None = None
    how: str = ""  # which rule found the speaker
    note: str | None = None
    last_paragraph: int = 0
    # the spans of a sentence split around its attribution ("We will not," she said, "back
    # down."), each (start, end) in the paragraph; empty for a quote in one piece
    pieces: list[tuple[int, int]] = field(default_factory=list)

    def record(self) -> dict:
        rec = {"text": self.text, "speaker": self.speaker, "role": self.role, "paragraph": self.paragraph}
        if self.note:
            rec["note"] = self.note
        return rec


def _marks(paragraph: str, single: bool = False) -> list[tuple[int, str]]:
    """The quote marks of a paragraph (straight quotes are taken as opening and closing in turn).
    With ``single`` (an article that quotes in single marks, British style: 'We had 20 minutes
    to pack,' said…), the single marks that open or close a quote, not apostrophes ("kids'
    school", "don't"): one opens before a word, one closes after a word and before a space, a
    stop or the end, with a stop before it or after it."""
    if not single:
        return _paired(paragraph) or _dashed(paragraph)
    out: list[tuple[int, str]] = []
    for m in _SINGLE.finditer(paragraph):
        opening = m.group("open") is not None
        if opening == (len(out) % 2 == 0):
            out.append((m.start(), m.group()))
    return out or _dashed(paragraph)


def _paired(paragraph: str) -> list[tuple[int, str]]:
    """The double quote marks of a paragraph, open and close in turn. Straight marks take turns; a curly one says
    which it is, so a quote left open (a transcript's dropped mark: “We haven't analyzed the statement. Saddam
    said…“We believe…”) closes before the next opening mark, not after it (which would turn every quote after it
    inside out), and a closing mark with no quote open is dropped."""
    out: list[tuple[int, str]] = []
    for i, c in enumerate(paragraph):
        if c not in _OPEN and c not in _CLOSE:
            continue
        is_open = len(out) % 2 == 1
        if c == "\u201c" and is_open and out[-1][1] == "\u201c":
            out.append((i - 1 if i > 0 and paragraph[i - 1] == " " else i, "\u201d"))  # (its space: outside both)
        elif c == "\u201d" and not is_open:
            continue
        out.append((i, c))
    return out


# a quotation as European copy writes it, opened by an em dash at the paragraph's start and closed where who said
# it begins: "— We will not leave Kherson, — the mayor said.", "— The shelling went on all night, said Ivan Petrov."
_DASH_OPEN = re.compile(r"^\s*\u2014\s*(?=\S)")
_DASH_CLOSE = re.compile(
    r"(?:,\s*)?(?P<dash>\u2014|\u2013)\s*(?=(?:(?:[a-z]+\s+){0,3}(?:[A-Z][\w'’.\-]*\s+){0,3}|he\s+|she\s+|they\s+)"
    r"(?:" + _VERBS + r")\b)"
    r"|,(?=\s+(?:(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,4}|(?:[A-Z][\w'’.\-]*\s+){1,3}|he\s+|she\s+|they\s+)?(?:"
    + _VERBS
    + r")\b)"
)


def _dashed(paragraph: str) -> list[tuple[int, str]]:
    """The two marks of a quotation opened by an em dash (none when the paragraph has no such dash or no one said
    it): the dash opens it, the dash or comma before who said it closes it."""
    opening = _DASH_OPEN.match(paragraph)
    if opening is None:
        return []
    close = _DASH_CLOSE.search(paragraph, opening.end())
    if close is None:
        return []
    at = close.start("dash") if close.group("dash") else close.start()
    return [(opening.end() - 1, "\u2014"), (at, "\u2014")]


# a single mark that opens a quote (at the start or after a space, before a word) or closes one
# (after a word or a stop, then a stop, a space or the end, with a stop on one side of it)
_SINGLE = re.compile(
    r"(?P<open>(?:(?<=^)|(?<=[\s(\[\u2014\u2013]))['\u2018](?=[\w\u2026.]))"
    r"|(?:(?<=[.,!?;:\u2026])['\u2019](?=\s|$|[)\u2014\u2013])|(?<=\w)['\u2019](?=[.,;:!?]|\s*$))"
)


def _single_quoted(paragraphs: list[str]) -> bool:
    """Whether an article quotes in single marks, British style: it has no double ones, or more speech opens with
    single marks (in paragraphs that say who said it) than double marks hold (a quote inside a quote, 'He told
    me "run",' she said, or a nickname, "the Ship", is no speech: fewer than four words)."""
    if not any(c in para for para in paragraphs for c in _OPEN + _CLOSE):
        return True
    opened = sum(
        1
        for para in paragraphs
        for m in _SINGLE.finditer(para)
        if m.group("open") is not None and _SAID_NEAR.search(para)
    )
    spoken = 0
    for para in paragraphs:
        marks = _paired(para)
        spoken += sum(len(para[a + 1 : b].split()) >= 4 for (a, _), (b, _) in zip(marks[::2], marks[1::2]))
    return opened >= 2 and opened > spoken


# a paragraph that says who said something: its single marks are quotes, not a title's or a name's
_SAID_NEAR = re.compile(r"\b(?:said|says|told|added|asked|insisted|warned|explained)\b")


def _spans(paragraphs: list[str]) -> list[tuple[int, int, int, int, str]]:
    """(first paragraph, start, last paragraph, end, text) of each quoted passage; offsets
    are of the text inside the marks."""
    out = []
    pending: tuple[int, int, list[str]] | None = None  # a quote still open at a paragraph's end
    single = _single_quoted(paragraphs)
    for n, para in enumerate(paragraphs, 1):
        marks = _marks(para, single)
        i = 0
        if pending is not None:
            # AP style: a continuing paragraph opens with a mark, only the last closes
            # (its mark is no word of the quote: the text runs on from the paragraph before)
            lead = 0
            if marks and marks[0][0] == 0:
                marks, lead = marks[1:], 1
            pn, ps, parts = pending
            if not marks:
                parts.append(para[lead:])
                continue
            close = marks[0][0]
            if len(marks) % 2 == 0:  # this paragraph opens again at its end: still running
                parts.append(para[lead:])
                continue
            parts.append(para[lead:close])
            out.append((pn, ps, n, close, "\n\n".join(parts)))
            pending = None
            i = 1
        while i < len(marks):
            a = marks[i][0]
            if i + 1 < len(marks):
                b = marks[i + 1][0]
                out.append((n, a + 1, n, b, para[a + 1 : b]))
                i += 2
            else:
                pending = (n, a + 1, [para[a + 1 :]])
                i += 1
    if pending is not None:
        pn, ps, parts = pending
        out.append((pn, ps, pn, len(paragraphs[pn - 1]), "\n\n".join(parts)))
    return out


def _clause_after(para: str, end: int) -> str:
    """The words after a closing mark, up to the end of their sentence."""
    rest = para[end + 1 :]
    m = re.search(r"[.!?](?=\s+[A-Z\"\u201c'\u2018]|\s*$)|[\"\u201c]", rest)
    return rest[: m.start()] if m else rest


def _clause_before(para: str, start: int) -> str:
    """The words before an opening mark, back to the start of their sentence."""
    before = para[: max(0, start - 1)]
    ends = list(re.finditer(r"[.!?][\"\u201d'\u2019]?\s+(?=[A-Z\"\u201c'\u2018])", before))
    return before[ends[-1].end() :] if ends else before


_NAME = (
    r"((?:[a-z]+\s+){0,3}(?:[A-Z][\w'’.\-]*\s+){0,4}[A-Z][\w'’\-]*|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|(?:[Tt]he\s+)?(?:[\w'’.\-]+\s+){0,5}?(?:ministry|spokesperson|spokesman|spokeswoman|official|officials|police|army|military|mayor|governor|president|statement|agency|office|staff"
    # a title that stands for the one named with it before: "the prefect said", "the prosecutor told AFP"
    r"|prefect|prosecutor|minister|commander|coordinator|director|ambassador|envoy|chancellor|premier|judge|chairman|chairwoman))"
)
_AFTER_NAME_VERB = re.compile(r"^\s*,?\s*" + _NAME + r"(?:,\s*([^,]{2,80}?),)?\s+(?:" + _VERBS + r")\b")
_AFTER_VERB_NAME = re.compile(r"^\s*,?\s*(?:" + _VERBS + r")\s+" + _NAME + r"(?:,\s*((?:the\s+)?[^,.]{2,80}))?")
# a role in small letters before the name, after a nationality or not: "said Cuban journalist Luis Baez", "said
# defence lawyer Sophie Maret"
_AFTER_VERB_ROLE_NAME = re.compile(
    r"^\s*,?\s*(?:" + _VERBS + r")\s+(?P<role>(?:[A-Z][a-z]+\s+)?"
    r"(?:(?!(?:the|a|an|to|in|on|at|by|of|for|and|or|from|with|after|before|during|that|this|his|her|its|their)\s)"
    r"[a-z][a-z\-]+\s+){1,3}?)(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’\-]*){1,3})\b(?!\s+(?:said|says|told))"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?" + _NAME + r"(?:,\s*((?!who\b|which\b)[^,.]{2,60}))?")
_BEFORE = re.compile(
    r"(?:^|,\s*|\b(?:and|but|as)\s+)(" + _NAME[1:-1] + r"|(?:[A-Z][\w'’.\-]*\s+)(?:[\w'’.\-]+\s+){0,3}?[A-Z][\w'’\-]*)"
    r"(?:,\s*([^,]{2,80}?),)?,?\s+(?:" + _VERBS + r")\b"
)
# the nouns that describe a speaker without naming one: "a police spokesperson", "one official"
_DESCRIBES = (
    r"(?i)\b(?:spokes(?:person|man|woman)|official|officials|officer|source|sources|diplomat|resident|witness|"
    r"aide|adviser|advisor|representative|analyst|employee|member|worker)\b"
)
_DESCRIBED_SPEAKER = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w'’\-]+\s+){0,5}?"
    + _DESCRIBES[4:]
    + r"(?:\s+(?:for|of|at|from|with|in)\s+[^,.;]{2,60}?)?)"
    r"\s+(?:" + _VERBS + r")\b"
)
_APPOSITIVE_ROLE = re.compile(r"(?:^|[.;]\s+)((?:[Tt]he\s+)?[A-Za-z][\w'’\- ]{2,60}?),\s*$")


# whose a statement is, where the article says it before the quote: "Hamas said in a statement",
# "the ministry issued a statement", "In a statement, the army said", "a statement from the UN"
_STATEMENT = r"[Aa]n?\s+(?:[\w\-]+\s+)?statement"
_WHO = _NAME[1:-1]
_WHO_STATED = re.compile(
    rf"(?P<a>{_WHO})\s+(?:(?:said|says|added|announced|declared|warned)\s+in|issued|released|published|"
    rf"put\s+out|posted)\s+{_STATEMENT}"
    rf"|\b[Ii]n\s+{_STATEMENT}(?:\s+[^,]{{0,40}})?,\s+(?P<b>{_WHO})\s+(?:{_VERBS})\b"
    rf"|\b{_STATEMENT}\s+(?:from|by|issued\s+by)\s+(?P<c>{_WHO})"
    rf"|\b[Tt]he\s+statement,\s+(?:issued|released|published|sent)\s+by\s+(?:the\s+)?(?P<j>(?:[A-Z][\w'’.\-]*\s+){{1,3}}(?:army|military|ministry|police)\b|{_WHO})"
    # "the statement of the Foreign Ministry", "the ministry's statement", "Hamas's statement"
    rf"|\b[Tt]he\s+statement\s+of\s+(?:the\s+)?(?P<d>{_WHO})"
    r"|(?P<e>\b[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['’]s?\s+statement\b"
)
# an article that is a statement, framed so by its headline or lead: "IDF statement: Hezbollah
# launchers struck…", "The following is the statement of the IDF Spokesperson", "Full text of
# the ministry's statement": "the statement" anywhere in it is that one
_ORG_HEAD = r"[A-Z][\w.\-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w.\-]*){0,5}"  # "Ministry of Foreign Affairs"
_FRAMED = re.compile(
    rf"^(?P<h>{_ORG_HEAD})['’]?s?\s+statement\s*[:\-–—|]"
    rf"|^(?:[Ss]tatement|STATEMENT)\s+(?:by|from|of)\s+(?:the\s+)?(?P<i>{_ORG_HEAD})\s*(?:[:\-–—|]|$)"
    r"|\b(?:following|below|here)\s+is\s+(?:the\s+)?(?:full\s+)?(?:text\s+of\s+)?(?:the\s+|a\s+)?statement\s+"
    rf"(?:of|from|by|issued\s+by)\s+(?:the\s+)?(?P<f>{_WHO})"
    rf"|\b[Ff]ull\s+text\s+of\s+(?:the\s+)?(?P<g>{_WHO})['’]s?\s+statement\b"
)
# the office that speaks for an organisation: "IDF Spokesperson's Unit", "Kremlin press service"
_SPEAKS_FOR = re.compile(
    r"\s+(?:[Ss]pokes(?:person|man|woman)(?:['’]s\s+[Uu]nit)?|[Pp]ress\s+(?:[Oo]ffice|[Ss]ervice))\s*$"
)


# "a resident who gave only her first name, Maria, told AFP": who, then the name between commas
_DESCRIBED_THEN_NAMED = re.compile(
    # (or a country's: "…," Ukraine's human rights chief, Dmytro Lubinets, published on Telegram)
    r"\s*,?\s*(?:an?\s+|one\s+|(?=[A-Z][\w\-]*['’]s?\s+[a-z]))((?:[A-Z][\w\-]*['’]s?\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)"
    r"(?:\s+(?:who|whose|from|in|of)\b[^,]{0,80})?,\s+"
    r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}),\s+(?:" + _VERBS + r"|published\s+on)\b"
)


# words for one body: "the army said" after "the Israeli military said"
_SAME_BODY = {"army": ("army", "military"), "military": ("military", "army")}


class _Resolver:
    def __init__(self, registry: Registry, places: set[str], paragraphs: list[str] | None = None) -> None:
        self.reg = registry
        self.places = places
        self.paragraphs = paragraphs or []

    def stated_by(self, para: int, offset: int) -> tuple[str | None, str | None, str] | None:
        """Whose "the statement" is: the last one named as making a statement before ``offset``
        in paragraph ``para`` or the paragraph before it; else, in an article that is a
        statement, whose its headline or lead says it is ("IDF statement: …"). An office that
        speaks for an organisation ("IDF Spokesperson") is the organisation."""
        for n in (para, para - 1):
            if not 1 <= n <= len(self.paragraphs):
                continue
            text = self.paragraphs[n - 1][: offset if n == para else None]
            for m in reversed(list(_WHO_STATED.finditer(text))):
                found = self._author(m, n)
                if found:
                    return found
        for n, text in enumerate(self.paragraphs[: min(3, para)], 1):
            head = _FRAMED.search(text)
            if head is not None and (n < para or head.end() <= offset):
                found = self._author(head, n)
                if found:
                    return found[0], found[1], "whose statement the article is, named at its head"
        return None

    def _author(self, m: re.Match, para: int) -> tuple[str | None, str | None, str] | None:
        """The speaker a match of ``_WHO_STATED`` or ``_FRAMED`` names, the office's organisation."""
        who = _SPEAKS_FOR.sub("", next((m.group(k) for k in m.re.groupindex if m.group(k)), ""))
        if re.fullmatch(r"(?:[Tt]he\s+)?statement|[Tt]he|[Aa]n?", who):
            return None
        speaker, role, _ = self.name(who, para, m.start())
        return (speaker, role, "whose statement it is, named before") if speaker else None

    def described_before(self, noun: str, para: int, offset: int) -> str | None:
        """The last person named before ``offset`` with ``noun`` as their title: "prefect
        François-Xavier Bieuville", "Yann Le Bris, the prosecutor", a role "Israeli Defense
        Minister"; None when no one, or when two people were."""
        text = "\n\n".join(
            self.paragraphs[: para - 1] + [self.paragraphs[para - 1][:offset]] if self.paragraphs else []
        )
        titled = []
        for p in self.reg.people:
            name = re.escape(p.name)
            if (p.role and re.search(rf"\b{re.escape(noun)}\b", p.role, re.I)) or re.search(
                rf"\b{re.escape(noun)}\s+{name}|{name},\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){{0,3}}?{re.escape(noun)}\b",
                text,
                re.I,
            ):
                titled.append(p.name)
        return titled[0] if len(set(titled)) == 1 else None

    def described_speaker(self, para: int, offset: int) -> tuple[tuple[int, int], str] | None:
        """((paragraph, offset), description) of the last speaker described but not named in
        paragraph ``para`` before ``offset`` ("A spokesperson for the fire service said…")."""
        if not 1 <= para <= len(self.paragraphs):
            return None
        found = list(_DESCRIBED_SPEAKER.finditer(self.paragraphs[para - 1][:offset]))
        return ((para, found[-1].start()), found[-1].group(1)) if found else None

    def _last_mention(self, kind: str, para: int, offset: int) -> tuple[int, int]:
        return max(
            ((p, o) for p, o, e in self.reg.mentions if e.kind == kind and (p, o) < (para, offset)), default=(0, -1)
        )

    def name(self, raw: str, para: int, offset: int) -> tuple[str | None, str | None, str]:
        """(speaker, role, how) for the words naming a speaker."""
        raw = raw.strip(" ,")
        word = raw.lower()
        if word in _PRONOUNS:
            kind = _PRONOUNS[word]
            ent = self.reg.last(kind, para, offset)
            if ent is None and kind == "org":
                ent = self.reg.last("person", para, offset) if word == "they" else None
            spoke = self.described_speaker(para, offset) if kind == "person" else None
            if spoke is not None and spoke[0] > self._last_mention(kind, para, offset):
                # "A spokesperson for the fire service said… "…," she said": the one described
                return None, spoke[1], "unnamed"
            if ent is None:
                return None, None, "pronoun with no one named before"
            return ent.name, ent.role or self.reg.role_of(ent.name), f"pronoun '{raw}'"
        if raw in self.places:  # "Russia accused…": a country speaks through its government
            return raw, None, "country"
        if re.fullmatch(r"[A-Z][\w'’\-]+", raw) and self.reg.known_surname(raw):
            # the surname of someone named before, even when it is a word too ("White said": Gavin White)
            full = self.reg.known_surname(raw) or raw
            return full, self.reg.role_of(full), "surname"
        if re.match(r"(?:an?|one)\s+[\w'’.\-]+", raw, re.I) and re.search(_DESCRIBES, raw):
            # "A Department for Levelling Up spokesperson said:": described, not named
            return None, re.sub(r"^(?:an?|one)\s+", "", raw, flags=re.I), "unnamed"
        kind, name, role = classify(raw, self.places)  # type: ignore[assignment]
        if raw[:1].islower() or raw.lower().startswith("the "):
            # "the ministry", "the official": the organisation named before, or nobody named
            noun = raw.lower().split()[-1]
            if noun == "statement":  # "the statement said": whose statement was named before
                stated = self.stated_by(para, offset)
                if stated:
                    return stated
            for org in reversed(self.reg.orgs):
                if any(word in org.name.lower() for word in _SAME_BODY.get(noun, (noun,))):
                    return org.name, None, "organisation named before"
            bare = re.sub(r"^(?:the|an?)\s+", "", raw, flags=re.I)  # "The mayor said:": no name in it
            if word.startswith("the ") and not re.search(r"[A-Z]", bare):
                described = self.described_before(noun, para, offset)
                if described is not None:  # "the prefect said" after "prefect François-Xavier Bieuville told…"
                    return described, bare, "the person named before with that title"
            if not re.search(r"[A-Z]", bare) or re.match(r"(?:an?|one)\s", raw, re.I):
                return None, re.sub(r"^(?:the|an?)\s+", "", raw, flags=re.I), "unnamed"
            if kind is None:  # "the IDF said"
                return re.sub(r"^(?:the|The)\s+", "", raw), None, "named as written"
        if kind is None:
            full = self.reg.known_surname(raw.split()[-1]) if raw.split() else None
            if full:
                return full, self.reg.role_of(full), "surname"
            if re.search(
                r"(?i)ministry|spokes|official|police|army|military|mayor|governor|president|agency|office|staff", raw
            ):
                return re.sub(r"^(?:the|The)\s+", "", raw), None, "named"
            words = raw.split()
            if words and all(w[:1].isupper() for w in words) and words[0].lower() not in NOT_NAMES:
                return raw, None, "named as written"  # "Hamas said", "NATO said": named right by the verb
            return None, None, ""
        if kind == "person" and name:
            full = self.reg.full(name)
            return full, role or self.reg.role_of(full), "named"
        return name, None, "named"


def find_quotes(paragraphs: list[str], registry: Registry, places: set[str] | None = None) -> list[Quote]:
    """Every quoted passage with its speaker. ``registry`` is filled with who is named,
    paragraph by paragraph, as the quotes are met (a pronoun looks back, never ahead)."""
    places = places or set()
    res = _Resolver(registry, places, paragraphs)
    spans = _spans(paragraphs)
    by_para: dict[int, list] = {}
    for sp in spans:
        by_para.setdefault(sp[0], []).append(sp)
    quotes: list[Quote] = []
    for n, para in enumerate(paragraphs, 1):
        inside = [(s[1], s[3]) for s in spans if s[0] == n and s[2] == n]
        for ent in find_entities(para, places):
            if not any(a <= ent.start < b for a, b in inside):
                registry.add(n, ent)
        for m in re.finditer(r"\b([A-Z][\w\-]+)(?:['’]s)?\b", para):
            full = registry.known_surname(m.group(1))
            if full and not any(a <= m.start() < b for a, b in inside):
                if not any(p == n and o <= m.start() < e.end for p, o, e in registry.mentions):
                    registry.mentions.append(
                        (n, m.start(), Entity(full, registry.role_of(full), "person", m.start(), m.end()))
                    )
        registry.mentions.sort(key=lambda t: (t[0], t[1]))
        for first, start, last, end, text in by_para.get(n, []):
            q = Quote(text.rstrip(), first, start, end, last_paragraph=last)
            _attribute(q, paragraphs, res)
            if q.speaker and q.role:  # "…," said X, the Y of Z: X's role from now on
                registry.people = [
                    Entity(p.name, q.role, p.kind, p.start, p.end) if p.name == q.speaker and not p.role else p
                    for p in registry.people
                ]
            prev = next((p for p in reversed(quotes) if p.last_paragraph in (q.paragraph, q.paragraph - 1)), None)
            if q.speaker is None and prev is not None and _continues(paragraphs, prev, q):
                if prev.speaker:
                    q.speaker, q.role, q.how, q.note = prev.speaker, prev.role, "same speaker as the quote before", None
                elif prev.how == "unnamed" and prev.role:  # "…," a police spokesperson said. "…": the same one
                    q.role, q.how, q.note = prev.role, "unnamed", prev.note
            q.text = re.sub(r",$", "", q.text)
            if prev is not None and _split_sentence(paragraphs, prev, q):
                _join(prev, q)
                continue
            quotes.append(q)
    _answers(paragraphs, quotes, registry)
    return sorted(quotes, key=lambda q: (q.paragraph, q.start))


# the labels of an interview's turns: "Q:", "Question:", "A:", "Answer:", a name ("VERESHCHUK:")
_ASKED = re.compile(r"(?:Q|Question)\s*:\s+")
_ANSWERED = re.compile(r"(?:A|Answer)\s*:\s+")
_LABEL = re.compile(r"([A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+)?)\s*:\s+")


def _answers(paragraphs: list[str], quotes: list[Quote], registry: Registry) -> None:
    """An interview's answers (Q&A: "Q: …" then "A: …", or turns labelled with names) are the
    words of who answers, quoted or not: the person a name label names, else the one the
    article names most before its first question (the lead says whom it interviews)."""
    asked = [n for n, p in enumerate(paragraphs, 1) if _ASKED.match(p)]
    answered = [n for n, p in enumerate(paragraphs, 1) if _ANSWERED.match(p)]
    if len(asked) < 2 or len(answered) < 2:
        labelled = [n for n, p in enumerate(paragraphs, 1) if _labelled(p, registry)]
        if len(labelled) < 2:
            return
        answered = labelled
    first = min(asked + answered)
    named: dict[str, int] = {}
    for p, _o, e in registry.mentions:
        if p < first and e.kind == "person":
            named[e.name] = named.get(e.name, 0) + 1
    interviewee = max(named, key=lambda k: named[k]) if named else None  # the first named of the most named
    for n in answered:
        para = paragraphs[n - 1]
        label = _ANSWERED.match(para) or _LABEL.match(para)
        who = _labelled(para, registry) or interviewee
        if label is None or who is None:
            continue
        role, own = registry.role_of(who), [q for q in quotes if q.paragraph == n]
        for q in own:
            if q.speaker is None:
                q.speaker, q.role, q.how, q.note = who, role, "an interview's answer", None
        if not own and para[label.end() :].strip():
            quotes.append(
                Quote(
                    para[label.end() :].rstrip(), n, label.end(), len(para), who, role, "an interview's answer", None, n
                )
            )


def _labelled(paragraph: str, registry: Registry) -> str | None:
    """The person a turn's label names ("VERESHCHUK:", "Vereshchuk:"), if named before."""
    label = _LABEL.match(paragraph)
    if label is None or _ASKED.match(paragraph) or _ANSWERED.match(paragraph):
        return None
    word = label.group(1).split()[-1]
    return registry.known_surname(word if not word.isupper() else word.title())


_WHEN_SAID = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)$", re.I
)


def _unnamed(q: Quote, role: str | None, how: str) -> bool:
    """A speaker described but not named ("the official said"): said so, not guessed."""
    if how == "unnamed" and role:
        role = _WHEN_SAID.sub("", role)  # "One senior official Monday said": the day is when, not who
        q.speaker, q.role, q.how, q.note = None, role, how, f"speaker not named: {role}"
        return True
    return False


def _attribute(q: Quote, paragraphs: list[str], res: _Resolver) -> None:
    tries: list[tuple[str, int, int]] = []  # (clause, paragraph, side)
    last = paragraphs[q.last_paragraph - 1]
    first = paragraphs[q.paragraph - 1]
    after = _clause_after(last, q.end)
    raw = q.text.rstrip()
    if raw.endswith((".", "!", "?")) and not re.match(r"\s*[a-z]", after):
        after = ""  # the quote ended its sentence: what follows is another one
    before = _clause_before(first, q.start)
    before_para, before_at = q.paragraph, max(0, q.start - 1) - len(before)
    if not before.strip() and q.paragraph > 1 and paragraphs[q.paragraph - 2].rstrip().endswith(":"):
        # "Zelenskyy said:" ending a paragraph, the quote opening the next
        prev = paragraphs[q.paragraph - 2].rstrip()
        before = _clause_before(prev + " ", len(prev) + 1)
        before_para, before_at = q.paragraph - 1, len(prev) - len(before)
        before = before.rstrip(": ")
    titled = _AFTER_VERB_ROLE_NAME.match(after)
    named_as = classify(titled.group("name"), res.places) if titled is not None else (None, None, None)
    if titled is not None and named_as[0] == "person":
        # "…," said Cuban journalist Luis Baez: the name, and the words before it its role (it was "Cuban"); a
        # title goes with them ("said police Inspector Dave Bowen": Dave Bowen, police Inspector)
        title = " ".join(x for x in (titled.group("role").strip(), named_as[2]) if x)
        q.speaker, q.role, q.how = res.reg.full(named_as[1] or titled.group("name")), title, "named after the role"
        return
    for rx, clause, para, off in (
        (_AFTER_NAME_VERB, after, q.last_paragraph, q.end),
        (_AFTER_VERB_NAME, after, q.last_paragraph, q.end),
    ):
        m = rx.match(clause)
        if m:
            extra = m.group(2) if m.lastindex and m.lastindex >= 2 else None
            if extra and extra.strip()[:1].isupper() and classify(extra.strip(), res.places)[0] == "person":
                # "said the spokesman, Ivan Petrov": the name after the comma, the role before
                name = classify(extra.strip(), res.places)[1] or extra.strip()
                q.speaker, q.role, q.how = res.reg.full(name), _role(m.group(1)), "named after the role"
                return
            if extra and re.fullmatch(r"\s*\d{1,3}\s*", extra):
                # "said Maria, 34, a nurse": an age, then the role
                tail = re.match(r"\s*,\s*((?:an?\s+|the\s+)?[a-z][^,;]{2,80})", clause[m.end() :])
                extra = tail.group(1) if tail else None
            speaker, role, how = res.name(m.group(1), para, off)
            if _unnamed(q, role, how):
                return
            if speaker:
                q.speaker, q.role, q.how = speaker, _role(extra) or role, how or "after"
                return
    named = _DESCRIBED_THEN_NAMED.match(after)
    if named:  # "…," a resident who gave only her first name, Maria, told AFP
        q.speaker, q.role, q.how = named.group(2), named.group(1), "named after a description"
        return
    if re.match(r"\s*,?\s*(?:an?|one)\s+[\w\- ]{0,40}?(?:" + _VERBS + r")\b", after):
        # "…," a Kremlin spokesperson told CNN: described, not named
        who = re.match(r"\s*,?\s*((?:an?|one)\s+[\w\- ]{0,40}?)\s+(?:" + _VERBS + r")\b", after)
        role = re.sub(r"^(?:an?|one)\s+", "", who.group(1)) if who else None
        q.speaker, q.role, q.how, q.note = None, role, "unnamed", f"speaker not named: {role}"
        return
    for clause, para, off in ((after, q.last_paragraph, q.end), (before, q.paragraph, q.start)):
        m = _ACCORDING.search(clause)
        if m:
            speaker, role, how = res.name(m.group(1), para, off)
            if speaker:
                q.speaker, q.role, q.how = speaker, _role(m.group(2)) or role, "according to"
                return
    for m in reversed(list(_BEFORE.finditer(before))):
        if m.group(2) and m.group(2)[:1].isupper() and classify(m.group(2), res.places)[0] == "person":
            # "The mayor of Lviv, Andriy Sadovyi, wrote": the name between commas, the role before it
            kind, name, _ = classify(m.group(2), res.places)
            q.speaker, q.role, q.how = res.reg.full(name or m.group(2)), _role(m.group(1)), "named after the role"
            return
        # a pronoun stands for who was named before it, not before the quote ("She added that
        # Delorme had repaid… and that the sentence was "out of all proportion"": not Delorme)
        speaker, role, how = res.name(m.group(1), before_para, before_at + m.start(1))
        if _unnamed(q, role, how):
            return
        if speaker and not role:
            # "The mayor of Lviv, Andriy Sadovyi, wrote": the role stands before the name
            lead = _APPOSITIVE_ROLE.search(before[: m.start(1)])
            if lead and re.search(
                r"\b(?:of|" + "|".join(t.rstrip(".") for t in TITLES if t.isalpha()) + r")\b", lead.group(1), re.I
            ):
                role = re.sub(r"^[Tt]he\s+", "", lead.group(1))
        if speaker:
            q.speaker, q.role, q.how = speaker, _role(m.group(2)) or role, how or "before"
            return
    said = _PARTICIPLE.search(before)
    if said:  # "Kaur backed her minister, saying the government had "the votes…"": the sentence's subject
        subject = _subject(before[: said.start()], res.places)
        if subject:
            speaker, role, how = res.name(subject[1], before_para, before_at + subject[0])
            if speaker:
                q.speaker, q.role, q.how = speaker, role, "subject of the sentence that says it"
                return
    tries.append((before, q.paragraph, 0))
    # a quote that ends a paragraph's first sentence with the speaker in the next one:
    # "…" the speaker is then named in the same paragraph ("…," he said. "…")
    # a short phrase in scare quotes: the person named just before, in the same sentence
    if len(q.text.split()) <= 4 and before:
        ents = find_entities(before, res.places)
        pron = list(re.finditer(r"\b(he|she|it|they)\b", before, re.IGNORECASE))
        poss = list(re.finditer(r"\b([A-Z][\w\-]+)['’]s\b", before))
        cands: list[tuple[int, str]] = [(e.start, e.name) for e in ents]
        cands += [(m.start(), m.group(1)) for m in pron]
        cands += [(m.start(), m.group(1)) for m in poss]
        for at, raw in sorted(cands, reverse=True):
            if "," in before[at:]:  # "…visited Paiporta, where an angry crowd … shouted "murderers"": not the visitor's
                continue
            speaker, role, how = res.name(raw, q.paragraph, q.start)
            if speaker:
                q.speaker, q.role, q.how = speaker, role, "named before the phrase"
                return
    q.note = "speaker not found"


# a speech verb in a participle: "…, saying the government had "…""
_PARTICIPLE = re.compile(
    r",\s+(?:saying|adding|insisting|warning|arguing|noting|stressing|declaring|telling\s+[\w ]{2,30}?)\b(?![^,]*,\s+(?:saying|adding))"
)


def _subject(clause: str, places: set[str]) -> tuple[int, str] | None:
    """(offset, words) of the subject a clause opens with: a pronoun, or a name after no more
    than a day or "On Friday,"."""
    m = re.match(r"\s*(?:(?:[Oo]n|[Ll]ate|[Ee]arly)\s+\w+,?\s+)?", clause)
    at = m.end() if m else 0
    pron = re.match(r"(?:He|She|They|It)\b", clause[at:])
    if pron:
        return at, pron.group()
    for ent in find_entities(clause, places):
        if ent.start <= at + 1 or not clause[at : ent.start].strip(" ,"):
            return ent.start, ent.name
        if re.search(r"[a-z]", re.sub(r"\b(?:the|of|and)\b", "", clause[at : ent.start])):
            return None  # a verb or a noun before the first name: it is no subject
    return None


def _split_sentence(paragraphs: list[str], prev: Quote, q: Quote) -> bool:
    """Whether ``q`` is the rest of the sentence ``prev`` opened, cut by its attribution: "We
    will not," Dunn said, "back down…" (a comma closes the first part, the second goes on in
    small letters, only the attribution between them)."""
    if not (prev.paragraph == prev.last_paragraph == q.paragraph == q.last_paragraph):
        return False
    para = paragraphs[q.paragraph - 1]
    between = para[prev.end + 1 : q.start - 1]
    return (
        not _clause_before(para, prev.start).strip()  # the first part opens its sentence
        and para[prev.end - 1 : prev.end] == ","
        and bool(re.match(r"[a-z]", q.text))
        and bool(re.fullmatch(r"\s*[^.!?;:]{2,80},\s*", between))
        and bool(re.search(r"\b(?:" + _VERBS + r")\b", between))
    )


def _join(prev: Quote, q: Quote) -> None:
    """One quote of the two parts of a sentence split by its attribution: the comma before the
    attribution kept only before a conjunction ("We respect the court, but…")."""
    glue = ", " if re.match(r"(?:but|and|or|so|yet|because|if|unless|although|though)\b", q.text) else " "
    prev.pieces = prev.pieces or [(prev.start, prev.end)]
    prev.pieces.append((q.start, q.end))
    prev.text, prev.end = prev.text + glue + q.text, q.end
    if prev.speaker is None and q.speaker:
        prev.speaker, prev.role, prev.how, prev.note = q.speaker, q.role, q.how, None


def _continues(paragraphs: list[str], prev: Quote, q: Quote) -> bool:
    """Whether ``q`` goes on from ``prev`` ("…," he said. "…"): only an attribution between them."""
    if prev.last_paragraph != q.paragraph:
        return False
    between = paragraphs[q.paragraph - 1][prev.end + 1 : q.start - 1]
    return len(between.split()) <= 25 and bool(re.search(r"\b(?:" + _VERBS + r")\b", between))


def _role(text: str | None) -> str | None:
    if not text:
        return None
    # "the hospital auditor who first raised the alarm": the role, not what the person did
    text = re.sub(r"\s+(?:who|which|whose|where)\b.*$", "", text.strip(" ,.")).strip(" ,.")
    if re.match(r"(?:who|which|whose|where)\b", text):
        return None
    if re.match(
        r"[a-z]+ing\s+(?:at|to|in|on|from|with|after|before|for|about|during|by|the|an?|his|her|their)\b", text
    ):
        return None  # "speaking at a news conference in Berlin": what the person did, not who they are
    if not text or len(text.split()) > 10:
        return None
    return re.sub(r"^(?:the|The)\s+", "", text)


def _unused(_: Entity) -> None:  # keep the import for type checkers
    return None
