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
from dataclasses import dataclass

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

    def record(self) -> dict:
        rec = {"text": self.text, "speaker": self.speaker, "role": self.role, "paragraph": self.paragraph}
        if self.note:
            rec["note"] = self.note
        return rec


def _marks(paragraph: str) -> list[tuple[int, str]]:
    """The quote marks of a paragraph (straight quotes are taken as opening and closing in turn)."""
    out = []
    for i, c in enumerate(paragraph):
        if c in _OPEN or c in _CLOSE:
            out.append((i, c))
    return out


def _spans(paragraphs: list[str]) -> list[tuple[int, int, int, int, str]]:
    """(first paragraph, start, last paragraph, end, text) of each quoted passage; offsets
    are of the text inside the marks."""
    out = []
    pending: tuple[int, int, list[str]] | None = None  # a quote still open at a paragraph's end
    for n, para in enumerate(paragraphs, 1):
        marks = _marks(para)
        i = 0
        if pending is not None:
            # AP style: a continuing paragraph opens with a mark, only the last closes
            if marks and marks[0][0] == 0:
                marks = marks[1:]
            pn, ps, parts = pending
            if not marks:
                parts.append(para)
                continue
            close = marks[0][0]
            if len(marks) % 2 == 0:  # this paragraph opens again at its end: still running
                parts.append(para)
                continue
            parts.append(para[:close])
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
    m = re.search(r"[.!?](?=\s+[A-Z\"\u201c]|\s*$)|[\"\u201c]", rest)
    return rest[: m.start()] if m else rest


def _clause_before(para: str, start: int) -> str:
    """The words before an opening mark, back to the start of their sentence."""
    before = para[: max(0, start - 1)]
    ends = list(re.finditer(r"[.!?][\"\u201d']?\s+(?=[A-Z\"\u201c])", before))
    return before[ends[-1].end() :] if ends else before


_NAME = (
    r"((?:[a-z]+\s+){0,3}(?:[A-Z][\w'’.\-]*\s+){0,4}[A-Z][\w'’\-]*|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|(?:[Tt]he\s+)?(?:[\w'’.\-]+\s+){0,4}?(?:ministry|spokesperson|spokesman|spokeswoman|official|officials|police|army|military|mayor|governor|president|statement|agency|office|staff"
    # a title that stands for the one named with it before: "the prefect said", "the prosecutor told AFP"
    r"|prefect|prosecutor|minister|commander|coordinator|director|ambassador|envoy|chancellor|premier|judge|chairman|chairwoman))"
)
_AFTER_NAME_VERB = re.compile(r"^\s*,?\s*" + _NAME + r"(?:,\s*([^,]{2,80}?),)?\s+(?:" + _VERBS + r")\b")
_AFTER_VERB_NAME = re.compile(r"^\s*,?\s*(?:" + _VERBS + r")\s+" + _NAME + r"(?:,\s*((?:the\s+)?[^,.]{2,80}))?")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?" + _NAME + r"(?:,\s*((?!who\b|which\b)[^,.]{2,60}))?")
_BEFORE = re.compile(
    r"(?:^|,\s*|\b(?:and|but|as)\s+)(" + _NAME[1:-1] + r"|(?:[A-Z][\w'’.\-]*\s+)(?:[\w'’.\-]+\s+){0,3}?[A-Z][\w'’\-]*)"
    r"(?:,\s*([^,]{2,80}?),)?,?\s+(?:" + _VERBS + r")\b"
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
    r"\s*,?\s*(?:an?|one)\s+([a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)(?:\s+(?:who|whose|from|in|of)\b[^,]{0,80})?,\s+"
    r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}),\s+(?:" + _VERBS + r")\b"
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

    def name(self, raw: str, para: int, offset: int) -> tuple[str | None, str | None, str]:
        """(speaker, role, how) for the words naming a speaker."""
        raw = raw.strip(" ,")
        word = raw.lower()
        if word in _PRONOUNS:
            kind = _PRONOUNS[word]
            ent = self.reg.last(kind, para, offset)
            if ent is None and kind == "org":
                ent = self.reg.last("person", para, offset) if word == "they" else None
            if ent is None:
                return None, None, "pronoun with no one named before"
            return ent.name, ent.role or self.reg.role_of(ent.name), f"pronoun '{raw}'"
        if raw in self.places:  # "Russia accused…": a country speaks through its government
            return raw, None, "country"
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
            if q.speaker is None and prev is not None and prev.speaker and _continues(paragraphs, prev, q):
                q.speaker, q.role, q.how, q.note = prev.speaker, prev.role, "same speaker as the quote before", None
            q.text = re.sub(r",$", "", q.text)
            quotes.append(q)
    # a quote in the middle of one speaker's passage ("…," he said. "…") shares the speaker
    return quotes


def _unnamed(q: Quote, role: str | None, how: str) -> bool:
    """A speaker described but not named ("the official said"): said so, not guessed."""
    if how == "unnamed" and role:
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
    before_para = q.paragraph
    if not before.strip() and q.paragraph > 1 and paragraphs[q.paragraph - 2].rstrip().endswith(":"):
        # "Zelenskyy said:" ending a paragraph, the quote opening the next
        prev = paragraphs[q.paragraph - 2].rstrip()
        before, before_para = _clause_before(prev + " ", len(prev) + 1).rstrip(": "), q.paragraph - 1
    for rx, clause, para, off in (
        (_AFTER_NAME_VERB, after, q.last_paragraph, q.end),
        (_AFTER_VERB_NAME, after, q.last_paragraph, q.end),
    ):
        m = rx.match(clause)
        if m:
            extra = m.group(2) if m.lastindex and m.lastindex >= 2 else None
            if extra and classify(extra.strip(), res.places)[0] == "person":
                # "said the spokesman, Ivan Petrov": the name after the comma, the role before
                name = classify(extra.strip(), res.places)[1] or extra.strip()
                q.speaker, q.role, q.how = res.reg.full(name), _role(m.group(1)), "named after the role"
                return
            if extra and re.fullmatch(r"\s*\d{1,3}\s*", extra):
                # "said Maria, 34, a nurse": an age, then the role
                tail = re.match(r"\s*,\s*((?:an?\s+)?[a-z][\w\- ]{2,40})", clause[m.end() :])
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
        if m.group(2) and classify(m.group(2), res.places)[0] == "person":
            # "The mayor of Lviv, Andriy Sadovyi, wrote": the name between commas, the role before it
            kind, name, _ = classify(m.group(2), res.places)
            q.speaker, q.role, q.how = res.reg.full(name or m.group(2)), _role(m.group(1)), "named after the role"
            return
        speaker, role, how = res.name(m.group(1), before_para, q.start if before_para == q.paragraph else 10**6)
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


def _continues(paragraphs: list[str], prev: Quote, q: Quote) -> bool:
    """Whether ``q`` goes on from ``prev`` ("…," he said. "…"): only an attribution between them."""
    if prev.last_paragraph != q.paragraph:
        return False
    between = paragraphs[q.paragraph - 1][prev.end + 1 : q.start - 1]
    return len(between.split()) <= 25 and bool(re.search(r"\b(?:" + _VERBS + r")\b", between))


def _role(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip(" ,.")
    if re.match(r"(?:who|which|whose|where)\b", text):
        return None
    if not text or len(text.split()) > 10:
        return None
    return re.sub(r"^(?:the|The)\s+", "", text)


def _unused(_: Entity) -> None:  # keep the import for type checkers
    return None
