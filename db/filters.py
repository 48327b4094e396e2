"""A filter over the timeline: one object the browser, the CLI and exports share.

``Filter`` holds what an analyst narrows by: kind, status, place, region, country,
actor, source, tag (each a set of values: OR within a field), a date range in words
(read by ``dates.parse_when``), at least N killed / injured, bookmarked only, and free
text over titles, summaries and places (FTS5). Fields combine with AND. ``where()``
compiles it to an SQL condition on the events table (aliased ``e``) with its
arguments; the conditions on kind, place and country use the case-insensitive indexes
of schema v3, tags and bookmarks are looked up from their (small) tables, text through
``events_fts``.

It reads and writes itself as text, what the filter bar takes and the chips show:
``kind:airstrike place:Kharkiv actor:"Russian forces" tag:verify bookmarked
from:"last week" to:2024-09-30 killed:5 drone`` (bare words are the free text).
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, timedelta
from typing import Any

from .reader import Readable
from .search import fts_query

# fields holding a set of values, in the order chips show them
MULTI = ("kind", "status", "place", "region", "country", "actor", "source", "tag")
# "at least" more than SQLite's largest integer (killed:99999999999999999999999 raised
# OverflowError in the browser) keeps what at least that many keeps: nothing
SQLITE_MAX = 2**63 - 1
NAMES = (*MULTI, "from", "to", "killed", "injured", "bookmarked", "text")
_COLUMN = {"kind": "kind", "status": "status", "place": "place", "region": "region", "country": "country"}


def _split(text: str, quotes: str) -> list[str]:
    lex = shlex.shlex(text, posix=True)
    # a backslash is a letter, as typed (C:\path, a trailing \): as an escape it took the
    # quote closed for the user, so that kind:\ read as the kind '"', which read back as nothing
    lex.whitespace_split, lex.quotes, lex.commenters, lex.escape = True, quotes, "", ""
    return list(lex)


def _tokens(text: str) -> list[str]:
    """The filter's words, "a phrase" (or 'a phrase') one of them. An apostrophe that
    closes nothing is a letter (place:O'Brien), and a double quote left open runs to the
    end (kind:"drone strike, as typed before the closing quote): its field stays."""
    for quotes, closing in (("\"'", ""), ('"', ""), ('"', '"')):
        try:
            return _split(text + closing, quotes)
        except ValueError:
            continue
    return text.replace('"', " ").split()


class FilterError(ValueError):
    """A filter that cannot be read; the message is one line."""


@dataclass(frozen=True)
class Filter:
    kind: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    place: tuple[str, ...] = ()
    region: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    tag: tuple[str, ...] = ()
    start: str | None = None  # words, as typed ("last week", "2024-09-20")
    end: str | None = None
    killed: int | None = None  # at least this many
    injured: int | None = None
    bookmarked: bool = False
    text: str | None = None  # free text over title, summary and place
    ids: tuple[str, ...] | None = field(default=None, compare=True)  # only these events (quote search's export)

    # -- what it is ---------------------------------------------------------------
    def __bool__(self) -> bool:
        return any(
            (
                *(getattr(self, f) for f in MULTI),
                self.start,
                self.end,
                self.killed is not None,
                self.injured is not None,
                self.bookmarked,
                self.text,
                self.ids is not None,
            )
        )

    def chips(self) -> list[tuple[str, str]]:
        """(field, value) of every part, in a fixed order: what the chips show."""
        out: list[tuple[str, str]] = []
        for name in MULTI:
            out += [(name, v) for v in getattr(self, name)]
        if self.start:
            out.append(("from", self.start))
        if self.end:
            out.append(("to", self.end))
        if self.killed is not None:
            out.append(("killed", str(self.killed)))
        if self.injured is not None:
            out.append(("injured", str(self.injured)))
        if self.bookmarked:
            out.append(("bookmarked", ""))
        if self.text:
            out.append(("text", self.text))
        return out

    def without(self, name: str, value: str = "") -> Filter:
        """This filter less one chip."""
        if name in MULTI:
            changes: dict[str, Any] = {name: tuple(v for v in getattr(self, name) if v != value)}
            return replace(self, **changes)
        key = {"from": "start", "to": "end"}.get(name, name)
        changes = {key: False if key == "bookmarked" else None}
        return replace(self, **changes)

    def adding(self, other: Filter) -> Filter:
        """This filter with the parts of ``other`` added (values of a field join those
        there; a single-valued part replaces this one's)."""
        changes: dict[str, Any] = {}
        for name in MULTI:
            extra = [v for v in getattr(other, name) if v.casefold() not in {x.casefold() for x in getattr(self, name)}]
            if extra:
                changes[name] = (*getattr(self, name), *extra)
        for name in ("start", "end", "killed", "injured", "ids"):
            if getattr(other, name) is not None:
                changes[name] = getattr(other, name)
        if other.bookmarked:
            changes["bookmarked"] = True
        if other.text:
            changes["text"] = f"{self.text} {other.text}" if self.text else other.text
        return replace(self, **changes)

    # -- as text --------------------------------------------------------------------
    def to_text(self) -> str:
        parts = []
        for name, value in self.chips():
            if name == "bookmarked":
                parts.append("bookmarked")
            elif name == "text":
                # words with a colon in them read back as words, not as a field
                parts.append(f"text:{_quoted(value)}" if ":" in value else value)
            else:
                parts.append(f"{name}:{_quoted(value)}")
        return " ".join(parts)

    @classmethod
    def parse(cls, text: str) -> Filter:
        """Read ``field:value`` parts and free words (see the module's doc)."""
        tokens = _tokens(text)
        values: dict[str, list[str]] = {name: [] for name in MULTI}
        single: dict = {}
        words: list[str] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            i += 1
            name, sep, value = token.partition(":")
            key = name.strip().lower()
            if key in ("bookmarked", "bookmark", "bookmarks") and not sep:
                single["bookmarked"] = True
                continue
            if sep and key not in _KEYS and re.fullmatch(r"[a-z_]+", key) and value and not value.startswith("//"):
                raise FilterError(_unknown_field(name, token))
            if not sep or key not in _KEYS:
                words.append(token)
                continue
            value = value.strip()
            if not value:
                continue
            if key in _DATE_KEYS:
                taken = _date_words(value, tokens[i : i + _DATE_WORDS])
                value = " ".join([value, *tokens[i : i + taken]])
                i += taken
            if key in MULTI:
                values[key].append(value)
            elif key in ("from", "since"):
                single["start"] = value
            elif key in ("to", "until"):
                single["end"] = value
            elif key == "date":
                single["start"] = single["end"] = value
            elif key in ("killed", "injured"):
                if not (value.isascii() and value.isdigit()):  # "²" is a digit to isdigit, not to int
                    raise FilterError(f"{key}: needs a whole number, not {value!r}")
                single[key] = int(value)
            elif key == "bookmarked":
                single["bookmarked"] = value.lower() not in ("no", "false", "0")
            elif key == "text":
                words.append(value)
        parts: dict[str, Any] = {k: tuple(dict.fromkeys(v)) for k, v in values.items()}
        return cls(**parts, **single, text=" ".join(words) or None)

    def to_spec(self) -> dict:
        """A JSON-ready dict (saved filters)."""
        spec = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(self).items()}
        return {k: v for k, v in spec.items() if v not in (None, [], False)}

    @classmethod
    def from_spec(cls, spec: dict) -> Filter:
        known = {f.name for f in fields(cls)}
        parts: dict[str, Any] = {k: (tuple(v) if isinstance(v, list) else v) for k, v in spec.items() if k in known}
        return cls(**parts)

    # -- as SQL ---------------------------------------------------------------------
    def interval(self, base: datetime | None = None) -> tuple[datetime | None, datetime | None]:
        """The date range as moments: ``from`` its start, ``to`` through the end of its
        day when it names a day."""
        from .dates import parse_when  # the resolver, loaded when a filter has dates

        start = parse_when(self.start, base) if self.start else None
        end = None
        if self.end:
            end = parse_when(self.end, base)
            if (end.hour, end.minute, end.second) == (0, 0, 0):
                end += timedelta(days=1)
        return start, end

    def where(self, base: datetime | None = None, db: Readable | None = None) -> tuple[str, list]:
        """An SQL condition on ``events e`` (``"1"`` for an empty filter) and its
        arguments. Given ``db``, a store without the desk's tables (an older one read
        only) has no tag and no bookmark: those parts keep nothing."""
        from . import desk

        conds: list[str] = []
        args: list = []
        no_desk = db is not None and (self.tag or self.bookmarked) and not desk.ready(db)
        if no_desk:
            conds.append("0")

        def one_of(expr: str, values: tuple[str, ...]) -> None:
            conds.append(f"{expr} IN ({', '.join('?' * len(values))})")
            args.extend(values)

        for name, column in _COLUMN.items():
            values = getattr(self, name)
            if values:
                one_of(f"e.[{column}] COLLATE NOCASE", values)
        if self.actor:
            conds.append(
                "EXISTS (SELECT 1 FROM json_each(e.actors) j WHERE j.value COLLATE NOCASE IN "
                f"({', '.join('?' * len(self.actor))}))"
            )
            args.extend(self.actor)
        if self.source:
            marks = ", ".join("?" * len(self.source))
            conds.append(
                f"e.source_id IN (SELECT id FROM sources WHERE title COLLATE NOCASE IN ({marks}) OR id IN ({marks}))"
            )
            args.extend(self.source * 2)
        if self.tag and not no_desk:
            conds.append(f"e.id IN (SELECT event_id FROM tags WHERE tag IN ({', '.join('?' * len(self.tag))}))")
            args.extend(self.tag)
        if self.bookmarked and not no_desk:
            conds.append("e.id IN (SELECT event_id FROM bookmarks)")
        if self.killed is not None:
            conds.append("e.killed >= ?")
            args.append(min(self.killed, SQLITE_MAX))
        if self.injured is not None:
            conds.append("e.injured >= ?")
            args.append(min(self.injured, SQLITE_MAX))
        start, end = self.interval(base)
        if start is not None:
            conds.append("e.t1 > ?")
            args.append(int(start.timestamp()))
        if end is not None:
            conds.append("e.t0 < ?")
            args.append(int(end.timestamp()))
        if self.text:
            query = fts_query(self.text)
            if query is None:
                conds.append("0")
            else:
                conds.append("e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
                args.append(query)
        if self.ids is not None:
            conds.append("e.id IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(list(self.ids)))
        return (" AND ".join(conds) or "1"), args


_DATE_KEYS = ("from", "since", "to", "until", "date")
_KEYS = (*NAMES, *_DATE_KEYS)
_DATE_WORDS = 4  # at most this many words after a date field's value are read with it


def _reading(text: str) -> datetime | None:
    from .dates import DateError, parse_when

    try:
        return parse_when(text)
    except DateError:
        return None


def _date_words(value: str, after: list[str]) -> int:
    """How many of the bare words after a date field's value belong to its date
    (``from:last week``, ``to:20 Sep 2024`` typed without quotes): each word taken
    must change what the words read as ("last" reads as nothing, "last week" as a week;
    "2024-09-20 drone" reads as "2024-09-20", so "drone" stays a word to search)."""
    taken = 0
    read = _reading(value)
    for n, word in enumerate(after, 1):
        name, sep, _ = word.partition(":")
        if (sep and name.strip().lower() in _KEYS) or any(c.isspace() for c in word):
            break
        longer = _reading(" ".join([value, *after[:n]]))
        if longer is None or longer == read:
            if read is None:
                continue  # "to:the end of" … a word that completes it may follow
            break
        taken, read = n, longer
    return taken


def _unknown_field(name: str, token: str) -> str:
    """``plcae:Kharkiv``: the field meant when one is close, else every field."""
    import difflib

    close = difflib.get_close_matches(name.lower(), [*NAMES, *_DATE_KEYS], n=1, cutoff=0.6)
    if close:
        said = f"did you mean {close[0]}:?"
    else:
        said = "the fields are " + " ".join(f"{f}:" for f in NAMES if f not in ("bookmarked", "text")) + " bookmarked"
    return f'no field {name}: {said} (text:"{token}" searches the words)'


def _quoted(value: str) -> str:
    return value if value and not re.search(r"[\s\"':]", value) else '"' + value.replace('"', "") + '"'


# --------------------------------------------------------------------------- completion

COMPLETE_LIMIT = 50
ACTOR_SAMPLE = 20_000  # newest events whose actors the completion offers (actors are JSON, unindexed)


def _distinct_indexed(db: Readable, column: str, prefix: str, limit: int) -> list[str]:
    """Distinct values of an indexed column starting with ``prefix``, by skipping
    through the index (one seek per value) instead of reading every row."""
    out: list[str] = []
    last = None
    lo = prefix
    while len(out) < limit:
        if last is None:
            row = db.execute(
                f"SELECT min([{column}] COLLATE NOCASE) FROM events WHERE [{column}] >= ? COLLATE NOCASE", (lo,)
            ).fetchone()
        else:
            row = db.execute(
                f"SELECT min([{column}] COLLATE NOCASE) FROM events WHERE [{column}] > ? COLLATE NOCASE", (last,)
            ).fetchone()
        value = row[0] if row else None
        if value is None or not value.casefold().startswith(prefix.casefold()):
            break
        out.append(value)
        last = value
    return out


def values(db: Readable, name: str, prefix: str = "", limit: int = COMPLETE_LIMIT) -> list[str]:
    """What the store holds for a filter field, starting with ``prefix`` (any case):
    the choices the filter bar completes from."""
    from . import desk

    name = name.lower()
    if name in ("kind", "place", "country") and desk.ready(db):
        return _distinct_indexed(db, name, prefix, limit)
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if name in ("status", "region"):
        sql = f"SELECT DISTINCT [{name}] FROM events WHERE [{name}] LIKE ? ESCAPE '\\' ORDER BY 1 LIMIT ?"
    elif name == "source":
        sql = "SELECT DISTINCT title FROM sources WHERE title LIKE ? ESCAPE '\\' ORDER BY 1 LIMIT ?"
    elif name == "tag":
        if not desk.ready(db):
            return []
        sql = "SELECT tag FROM tags WHERE tag LIKE ? ESCAPE '\\' GROUP BY tag ORDER BY count(*) DESC, tag LIMIT ?"
    elif name == "actor":
        sql = (
            "SELECT DISTINCT j.value FROM (SELECT actors FROM events ORDER BY rowid DESC LIMIT "
            f"{ACTOR_SAMPLE}) e, json_each(e.actors) j WHERE j.value LIKE ? ESCAPE '\\' ORDER BY 1 LIMIT ?"
        )
    elif name in ("kind", "place", "country"):  # an older store: no index to skip through
        sql = f"SELECT DISTINCT [{name}] FROM events WHERE [{name}] LIKE ? ESCAPE '\\' ORDER BY 1 LIMIT ?"
    else:
        return []
    return [r[0] for r in db.execute(sql, (like, limit)) if r[0]]


# --------------------------------------------------------------------------- quotes under a filter


def matching_event_ids(db: Readable, ids: list[str], where: tuple[str, list]) -> set[str]:
    """Which of ``ids`` name events the filter condition ``where`` keeps."""
    if not ids:
        return set()
    cond, args = where
    rows = db.execute(
        f"SELECT e.id FROM events e WHERE e.id IN (SELECT value FROM json_each(?)) AND ({cond})",
        (json.dumps(list(dict.fromkeys(ids))), *args),
    )
    return {r[0] for r in rows}


def keep_hits(db: Readable, hits: list, where: tuple[str, list]) -> list:
    """The search hits (anything with an ``event_id``) whose event the filter keeps."""
    kept = matching_event_ids(db, [h.event_id for h in hits], where)
    return [h for h in hits if h.event_id in kept]


def quotes_of_filter(db: Readable, where: tuple[str, list], limit: int | None = None) -> list:
    """Every quote of the events the filter keeps, in time order."""
    from .queries import _HIT_COLS, QuoteHit

    cond, args = where
    sql = (
        f"SELECT q.text, {_HIT_COLS} FROM events e JOIN quotes q ON q.event_id = e.id WHERE {cond} "
        "ORDER BY e.day, e.t0, e.rowid, q.n"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [QuoteHit(*r) for r in db.execute(sql, args)]
