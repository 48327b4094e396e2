"""Every read the CLI and the browser make of a store.

Reads are keyset-paged on the timeline order ``(day, t0, rowid)`` and use the indexes
on dates; none counts or offsets across the whole store.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from .reader import Readable
from .records import from_row
from .search import fts_query

HIGHLIGHT = ("\ue000", "\ue001")  # marks around matched words in search results

_ROW_COLS = (
    "e.rowid AS rowid, e.id, e.day, e.t0, e.t1, e.start, e.[end], e.precision, e.kind, e.status, e.title, e.place"
)


@dataclass(frozen=True)
class Row:
    """One event as a timeline line needs it."""

    rowid: int
    id: str
    day: str
    t0: int
    t1: int
    start: str
    end: str
    precision: str
    kind: str | None
    status: str
    title: str
    place: str | None

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.day, self.t0, self.rowid)


@dataclass(frozen=True)
class Summary:
    name: str
    events: int
    quotes: int
    sources: int
    first_day: str | None
    last_day: str | None


@dataclass(frozen=True)
class QuoteHit:
    text: str  # with HIGHLIGHT marks around matched words, when found by search
    speaker: str | None
    role: str | None
    event_id: str
    event_title: str
    start: str
    precision: str
    score: float | None = None

    @property
    def plain(self) -> str:
        return self.text.replace(HIGHLIGHT[0], "").replace(HIGHLIGHT[1], "")


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    return [Row(*r) for r in cursor.fetchall()]


def _db_name(db: Readable) -> str:
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file).stem if file else ":memory:"
    return "dateline"


def _counts(db: Readable) -> dict[str, int] | None:
    """The row counts the ``counts`` table keeps (schema v2), or None in a v1 store."""
    if db.execute("PRAGMA user_version").fetchone()[0] < 2:
        return None
    return dict(db.execute("SELECT name, n FROM counts").fetchall())


def summary(db: Readable) -> Summary:
    counts = _counts(db)
    if counts is not None:
        first, last = db.execute("SELECT (SELECT min(day) FROM days), (SELECT max(day) FROM days)").fetchone()
        events, quotes, sources = counts.get("events", 0), counts.get("quotes", 0), counts.get("sources", 0)
    else:  # a v1 store opened read-only: count them (slow at a million quotes)
        (events, first, last) = db.execute("SELECT coalesce(sum(n), 0), min(day), max(day) FROM days").fetchone()
        quotes = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
        sources = db.execute("SELECT count(*) FROM sources").fetchone()[0]
    return Summary(_db_name(db), events, quotes, sources, first, last)


def days(db: Readable) -> list[tuple[str, int]]:
    """Every day that has events, with its count, in order (from the ``days`` table)."""
    return db.execute("SELECT day, n FROM days WHERE n > 0 ORDER BY day").fetchall()


Where = tuple[str, list]  # an SQL condition on ``events e`` and its arguments (db.filters.Filter.where)


def _and(where: Where | None) -> tuple[str, list]:
    return (f" AND ({where[0]})", list(where[1])) if where else ("", [])


def filtered_days(db: Readable, where: Where) -> list[tuple[str, int]]:
    """Every day that has events matching ``where``, with their count, in order."""
    cond, args = where
    return db.execute(
        f"SELECT e.day, count(*) FROM events e WHERE {cond} GROUP BY e.day ORDER BY e.day", args
    ).fetchall()


def day_rows(
    db: Readable,
    day: str,
    limit: int,
    after: tuple[int, int] | None = None,
    offset: int = 0,
    where: Where | None = None,
) -> list[Row]:
    """Up to ``limit`` events of one day in order: after the key ``(t0, rowid)`` when it
    is known (keyset), else from ``offset`` within that day only; matching ``where``."""
    cond, args = _and(where)
    if after is not None:
        return _rows(
            db.execute(
                f"SELECT {_ROW_COLS} FROM events e WHERE e.day = ? AND (e.t0, e.rowid) > (?, ?){cond} "
                "ORDER BY e.t0, e.rowid LIMIT ?",
                (day, after[0], after[1], *args, limit),
            )
        )
    return _rows(
        db.execute(
            f"SELECT {_ROW_COLS} FROM events e WHERE e.day = ?{cond} ORDER BY e.t0, e.rowid LIMIT ? OFFSET ?",
            (day, *args, limit, offset),
        )
    )


def index_in_day(db: Readable, row: Row, where: Where | None = None) -> int:
    """How many events of its day (matching ``where``) come before ``row``."""
    cond, args = _and(where)
    return db.execute(
        f"SELECT count(*) FROM events e WHERE e.day = ? AND (e.t0, e.rowid) < (?, ?){cond}",
        (row.day, row.t0, row.rowid, *args),
    ).fetchone()[0]


def row_by_id(db: Readable, event_id: str, where: Where | None = None) -> Row | None:
    cond, args = _and(where)
    rows = _rows(db.execute(f"SELECT {_ROW_COLS} FROM events e WHERE e.id = ?{cond}", (event_id, *args)))
    return rows[0] if rows else None


def longest_span(db: Readable) -> int:
    return db.execute("SELECT max(t1 - t0) FROM events").fetchone()[0] or 0


# events under way at t: started in [t - longest span, t], not ended by t. In a v2 store
# the (t0, t1) index answers the range and the t1 test without reading the table.
UNDER_WAY_SQL = (
    f"SELECT {_ROW_COLS} FROM events e WHERE e.t0 >= ? AND e.t0 <= ? AND e.t1 > ? ORDER BY e.day, e.t0, e.rowid LIMIT 1"
)
LATER_SQL = f"SELECT {_ROW_COLS} FROM events e WHERE e.t0 > ? ORDER BY e.t0, e.rowid LIMIT 1"


def first_reaching(db: Readable, when: datetime, where: Where | None = None) -> Row | None:
    """The first event in timeline order whose interval reaches ``when`` or later:
    one that is under way then (a week-long visit counts for a day inside it), else
    the first one to start after it. With ``where``, the first such that matches it."""
    t = int(when.timestamp())
    if where:
        # an event reaches ``when`` when it ends after it; the day of ``when`` less the
        # longest span bounds where to start looking in timeline order
        cond, args = where
        first_day = datetime.fromtimestamp(t - longest_span(db) - 86400).date().isoformat()
        return next(
            iter(
                _rows(
                    db.execute(
                        f"SELECT {_ROW_COLS} FROM events e WHERE e.day >= ? AND e.t1 > ? AND ({cond}) "
                        "ORDER BY e.day, e.t0, e.rowid LIMIT 1",
                        (first_day, t, *args),
                    )
                )
            ),
            None,
        )
    span = longest_span(db)
    under_way = _rows(db.execute(UNDER_WAY_SQL, (t - span, t, t)))
    later = _rows(db.execute(LATER_SQL, (t,)))
    found = under_way + later
    return min(found, key=lambda r: r.key) if found else None


def _time_filter(start: datetime | None, end: datetime | None) -> tuple[str, list]:
    where, args = [], []
    if start is not None:
        where.append("t1 > ?")
        args.append(int(start.timestamp()))
    if end is not None:
        where.append("t0 < ?")
        args.append(int(end.timestamp()))
    return (" WHERE " + " AND ".join(where)) if where else "", args


def records(
    db: Readable,
    start: datetime | None = None,
    end: datetime | None = None,
    ids: list[str] | None = None,
    where: Where | None = None,
) -> Iterator[dict]:
    """Full records (quotes nested; bookmark, tags and note with them) in timeline
    order, between two moments, matching ``where``."""
    from . import desk

    cond, args = _time_filter(start, end)
    if ids is not None:
        cond += (" AND " if cond else " WHERE ") + "id IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(ids))
    if where:
        cond += (" AND " if cond else " WHERE ") + f"({where[0]})"
        args += list(where[1])
    sources = {r["id"]: r for r in db.query("SELECT id, title, published FROM sources")}
    marks = desk.everything(db)  # made by hand, so few: read once, not three queries an event
    for row in db.query(f"SELECT * FROM events e{cond} ORDER BY day, t0, rowid", args):
        quotes = list(db.query("SELECT * FROM quotes WHERE event_id = ? ORDER BY n", [row["id"]]))
        rec = from_row(row, quotes, sources.get(row["source_id"]))
        if marks is not None:
            event_id = row["id"]
            rec["bookmarked"] = event_id in marks[0]
            rec["tags"] = marks[1].get(event_id, [])
            rec["notes"] = marks[2].get(event_id)
        yield rec


def event_detail(db: Readable, event_id: str) -> dict | None:
    """One event with all it shows: its record plus the source's title, publisher and date."""
    rows = list(db.query("SELECT * FROM events WHERE id = ?", [event_id]))
    if not rows:
        return None
    row = rows[0]
    quotes = list(db.query("SELECT * FROM quotes WHERE event_id = ? ORDER BY n", [event_id]))
    cols = "id, title, publisher, published, tz, url" + (", file" if _has_source_file(db) else "")
    src = list(db.query(f"SELECT {cols} FROM sources WHERE id = ?", [row["source_id"]]))
    rec = from_row(row, quotes, src[0] if src else None)
    rec["publisher"] = src[0]["publisher"] if src else None
    rec["url"] = src[0]["url"] if src else None
    rec["source_file"] = src[0].get("file") if src else None
    rec["tz"] = src[0]["tz"] if src else None
    from . import desk

    rec.update(desk.desk_of(db, event_id))
    return rec


def _has_source_file(db: Readable) -> bool:
    """Whether the store records the file a source came from (a store of an older
    version opened read-only does not)."""
    return db.execute("SELECT 1 FROM pragma_table_info('sources') WHERE name = 'file'").fetchone() is not None


def newest_published(db: Readable) -> str | None:
    return db.execute("SELECT max(published) FROM sources").fetchone()[0]


def base_date(db: Readable, zone: str | None = None) -> datetime:
    """What relative dates ("yesterday", "next thursday") count from when going to a
    date: the newest source's publication (a day alone is its midday in ``zone``, the
    store's zone), else now in that zone; so a time typed without a zone is in it."""
    from zoneinfo import ZoneInfo  # (not on the way to the first screen: ~2 ms with sysconfig)

    from .dates import DateError, publication

    place = ZoneInfo(zone) if zone else ZoneInfo("UTC")
    published = newest_published(db)
    if published:
        try:
            return publication(published, zone)  # the resolver's reading: a day alone is its midday
        except DateError:
            pass
    return datetime.now(place)


_HIT_COLS = "q.speaker, q.role, q.event_id, e.title, e.start, e.precision"
_MARKED = re.compile(re.escape(HIGHLIGHT[0]) + "(.*?)" + re.escape(HIGHLIGHT[1]), re.S)
_WORDS = re.compile(r"\w+")
_PHRASE = re.compile(r'"([^"]*)"(\*?)')
K1, B = 1.2, 0.75  # BM25's constants, as FTS5's bm25() has them
DF_CAP = 0.01  # a word counts as "common" once it is in this share of the quotes


def _fold(text: str) -> list[str]:
    """The words of ``text`` as unicode61 with remove_diacritics compares them."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _WORDS.findall(text.casefold())


def _phrases(query: str) -> list[tuple[list[str], bool]]:
    """The phrases of an ``fts_query`` result: (folded words, is a prefix)."""
    return [(_fold(m.group(1)), bool(m.group(2))) for m in _PHRASE.finditer(query)]


def _count_hits(spans: list[str], phrases: list[tuple[list[str], bool]], tf: list[int]) -> None:
    """Add to ``tf`` how often each phrase is in the marked spans (FTS5 marks every
    phrase instance; overlapping ones share a mark)."""
    for span in spans:
        words = _fold(span)
        i, found = 0, False
        while i < len(words):
            for j, (pw, prefix) in enumerate(phrases):
                k = len(pw)
                if (
                    k
                    and words[i : i + k - 1] == pw[:-1]
                    and i + k <= len(words)
                    and (words[i + k - 1].startswith(pw[-1]) if prefix else words[i + k - 1] == pw[-1])
                ):
                    tf[j] += 1
                    i += k
                    found = True
                    break
            else:
                i += 1
        if not found:  # folded differently from FTS5: still a hit
            tf[0] += 1


def _idf(
    db: Readable,
    phrases: list[tuple[list[str], bool]],
    query: str,
    total: int,
    common: AbstractSet[int] = frozenset(),
) -> list[float]:
    """BM25's idf of each phrase, from how many quotes hold it, counted only up to
    ``DF_CAP`` of the store: past that a word is common and counting it all would walk
    its whole doclist (what makes bm25() slow). Phrases numbered in ``common`` are
    taken as common without counting."""
    if len(phrases) < 2:
        return [1.0] * len(phrases)  # one phrase: idf orders nothing
    cap = max(int(total * DF_CAP), 100)
    out = []
    for i, m in enumerate(_PHRASE.finditer(query)):
        df = (
            min(cap, total)
            if i in common
            else db.execute(
                "SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)", (m.group(0), cap)
            ).fetchone()[0]
        )
        out.append(max(math.log((total - df + 0.5) / (df + 0.5)), 1e-6))
    return out


@lru_cache(maxsize=32)
def _prefix_lengths(fts_sql: str | None) -> tuple[int, ...]:
    """The prefix index lengths of a quotes_fts table, from its CREATE statement."""
    m = re.search(r"prefix\s*=\s*'([\d\s]*)'", fts_sql or "", re.I)
    return tuple(sorted(int(x) for x in m.group(1).split())) if m else ()


def _last_prefix(
    db: Readable, query: str, phrases: list[tuple[list[str], bool]]
) -> tuple[re.Match, str, tuple[int, ...]] | None:
    """When the query ends in a one-word prefix and the store has prefix indexes: (that
    phrase's match in the query, the word as typed, the prefix index lengths)."""
    last = None
    for match in _PHRASE.finditer(query):
        last = match
    if last is None or not last.group(2) or len(phrases[-1][0]) != 1:
        return None
    raw = last.group(1).strip()
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()
    lengths = _prefix_lengths(sql[0] if sql else None)
    if not lengths or " " in raw:
        return None
    return last, raw, lengths


def _indexed_prefix(db: Readable, query: str, phrases: list[tuple[list[str], bool]]) -> tuple[str, str, str] | None:
    """When the query ends in a one-word prefix longer than the longest prefix index:
    (the query with that word cut to the indexed length, the folded word, its folded
    cut); else None."""
    found = _last_prefix(db, query, phrases)
    if found is None or len(found[1]) <= found[2][-1]:
        return None
    last, raw, lengths = found
    cut = raw[: lengths[-1]]
    folded, part = phrases[-1][0][0], _fold(cut)
    if len(part) != 1:
        return None
    return query[: last.start()] + f'"{cut}"*' + query[last.end() :], folded, part[0]


def _short_prefix(db: Readable, query: str, phrases: list[tuple[list[str], bool]]) -> tuple[str | None, str] | None:
    """When the query ends in a one-word prefix shorter than the shortest prefix index
    ("s*"): (the query without it, None if that was all of it; the folded prefix)."""
    found = _last_prefix(db, query, phrases)
    if found is None or len(found[1]) >= found[2][0]:
        return None
    rest = query[: found[0].start()].removesuffix(" AND ").strip()
    return rest or None, phrases[-1][0][0]


SCAN_BATCH = 1000
SCAN_PROBE = 2_000  # newest quotes read to tell a common letter from a rare one
SCAN_MAX = 10_000  # newest quotes read at most for a common letter


def _newest_with_prefix(
    db: Readable, sql: str, rest: str | None, part: str, wanted: int, limit: int
) -> list[tuple] | None:
    """Up to ``wanted`` newest quotes (matching ``rest`` if given) holding a word that
    starts with ``part``, those words marked as FTS5's highlight() marks them; None when
    fewer than ``limit`` are among the newest SCAN_PROBE: a letter that rare starts few
    words, and FTS5 finds them fast (measured at 1M quotes: "z*" 6 ms, "s*" 466 ms)."""
    if rest is not None:
        rows = db.execute(sql, (rest, wanted)).fetchall()
        kept = [_mark_prefix(r, part) for r in rows if _has_prefix(r, part)]
        return kept if len(kept) >= min(limit, wanted) or len(rows) < wanted else None
    # read the quotes first, the columns of the events only for those kept
    scan = "SELECT id, text, speaker FROM quotes WHERE id < ? ORDER BY id DESC LIMIT ?"
    starts = re.compile(r"\b" + re.escape(part), re.I) if part.isascii() else None
    below, read = (db.execute("SELECT max(id) FROM quotes").fetchone()[0] or 0) + 1, 0
    ids: list[int] = []
    while len(ids) < wanted and read < SCAN_MAX:
        rows = db.execute(scan, (below, SCAN_BATCH)).fetchall()
        for qid, text, speaker in rows:
            both = text + " " + (speaker or "")
            if starts is not None and both.isascii():
                if not starts.search(both):
                    continue
            elif not _has_prefix((both, None), part):
                continue
            ids.append(qid)
            if len(ids) == wanted:
                break
        read += len(rows)
        if len(rows) < SCAN_BATCH:
            break  # every quote read
        if read >= SCAN_PROBE and len(ids) < limit:
            return None
        below = rows[-1][0]
    else:
        if len(ids) < min(limit, wanted):
            return None
    if not ids:
        return []
    hits = (
        f"SELECT q.text, {_HIT_COLS}, q.speaker FROM quotes q JOIN events e ON e.id = q.event_id "
        f"WHERE q.id IN ({','.join('?' * len(ids))}) ORDER BY q.id DESC"
    )
    return [_mark_prefix(r, part) for r in db.execute(hits, ids).fetchall()]


def _mark_prefix(row: tuple, part: str) -> tuple:
    """The row (text, ..., speaker) with the words starting with ``part`` marked, as
    highlight() would; words already marked (by another phrase) are left as they are."""
    m0, m1 = HIGHLIGHT

    def mark(text: str | None) -> str | None:
        if not text:
            return text
        pieces = _MARKED.split(text)  # outside, marked, outside, marked, ...
        for i in range(0, len(pieces), 2):
            pieces[i] = _WORDS.sub(
                lambda m: f"{m0}{m.group()}{m1}" if any(w.startswith(part) for w in _fold(m.group())) else m.group(),
                pieces[i],
            )
        return "".join(p if i % 2 == 0 else f"{m0}{p}{m1}" for i, p in enumerate(pieces))

    return (mark(row[0]), *row[1:-1], mark(row[-1]))


def _has_prefix(row: tuple, word: str) -> bool:
    """Whether the quote (marked text, ..., marked speaker) holds a word starting with ``word``."""
    text = row[0] + " " + (row[-1] or "")
    return any(w.startswith(word) for w in _fold(text.replace(HIGHLIGHT[0], " ").replace(HIGHLIGHT[1], " ")))


def _unmark_others(row: tuple, word: str, part: str, others: list[tuple[list[str], bool]]) -> tuple:
    """The row with marks taken off the words the cut prefix matched but the whole
    one does not ("saint" when "said" was typed), unless another phrase matched them."""

    def fix(m: re.Match) -> str:
        words = _fold(m.group(1))
        if len(words) == 1 and words[0].startswith(part) and not words[0].startswith(word):
            if not any(
                len(pw) == 1 and (words[0].startswith(pw[0]) if pre else words[0] == pw[0]) for pw, pre in others
            ):
                return m.group(1)
        return m.group(0)

    return (_MARKED.sub(fix, row[0]), *row[1:-1], _MARKED.sub(fix, row[-1]) if row[-1] else row[-1])


def search_quotes(
    db: Readable, text: str, *, limit: int = 50, candidates: int | None = 500, prefix_last: bool = False
) -> list[QuoteHit]:
    """Quotes whose text or speaker match ``text`` (any text: it is never FTS5 syntax),
    best first.

    With ``candidates`` (the default), only the newest ``candidates`` matches (by rowid,
    which FTS5 reads in order and stops) are ranked, by BM25 computed here from their
    marked words: bm25() would make FTS5 walk each word's whole doclist, which for a word
    in most of a million quotes costs more than the whole search should. Every match is
    ranked when there are fewer than that. ``candidates=None`` ranks every match with
    FTS5's bm25() (slow for common words in a large store)."""
    query = fts_query(text, prefix_last=prefix_last)
    if query is None:
        return []
    if candidates is None:
        return _ranked_by_fts5(db, query, limit)
    phrases = _phrases(query)
    rows, query, common = _newest_matches(db, query, phrases, max(candidates, limit), limit)
    return _ranked_here(db, rows, query, phrases, common, limit) if rows else []


def _ranked_by_fts5(db: Readable, query: str, limit: int) -> list[QuoteHit]:
    """The best ``limit`` matches of every match by FTS5's bm25()."""
    mark0, mark1 = HIGHLIGHT
    sql = (
        f"SELECT m.hl, {_HIT_COLS}, m.score FROM (SELECT rowid, bm25(quotes_fts) AS score, "
        f"highlight(quotes_fts, 0, '{mark0}', '{mark1}') AS hl FROM quotes_fts WHERE quotes_fts MATCH ? "
        "ORDER BY rank LIMIT ?) m JOIN quotes q ON q.id = m.rowid JOIN events e ON e.id = q.event_id"
    )
    hits = [QuoteHit(*r) for r in db.execute(sql, (query, limit)).fetchall()]
    hits.sort(key=lambda h: (h.score, h.start))
    return hits


def _newest_matches(
    db: Readable, query: str, phrases: list[tuple[list[str], bool]], wanted: int, limit: int
) -> tuple[list[tuple], str, set[int]]:
    """The newest ``wanted`` matches of ``query`` as rows (highlighted text, the hit's
    columns, highlighted speaker), the query they match (a shorter prefix's, when that
    found enough), and the phrases whose document frequency is not to be counted."""
    mark0, mark1 = HIGHLIGHT
    sql = (
        f"SELECT m.hl, {_HIT_COLS}, m.hs FROM (SELECT rowid, highlight(quotes_fts, 0, '{mark0}', '{mark1}') AS hl, "
        f"highlight(quotes_fts, 1, '{mark0}', '{mark1}') AS hs FROM quotes_fts WHERE quotes_fts MATCH ? "
        "ORDER BY rowid DESC LIMIT ?) m JOIN quotes q ON q.id = m.rowid JOIN events e ON e.id = q.event_id"
    )
    either = " OR " in query  # the prefix short cuts below keep rows that hold every part
    shorter = None if either else _indexed_prefix(db, query, phrases)
    short = _short_prefix(db, query, phrases) if shorter is None and not either else None
    if short is not None:
        # a prefix shorter than the shortest prefix index ("s*"): FTS5 would merge the
        # doclists of every word it starts, most of the store. Take the newest quotes
        # (those matching the rest of the query, if any) and keep those holding a word
        # it starts; when too few are found that way, FTS5 does it (a rare letter).
        rest, part = short
        rows = _newest_with_prefix(db, sql, rest, part, wanted, limit)
        if rows is None:
            rows = db.execute(sql, (query, wanted)).fetchall()
        return rows, query, {len(phrases) - 1}  # its df is not counted: it is in most quotes
    if shorter is not None:
        # a prefix longer than the longest prefix index: FTS5 would merge the doclists
        # of every word it starts ("said*": a million quotes) before giving the first
        # row. Take the newest matches of its indexed part ("sai*") and keep those that
        # hold a word starting with the whole prefix.
        short_query, word, part = shorter
        rows = db.execute(sql, (short_query, wanted)).fetchall()
        kept = [_unmark_others(r, word, part, phrases[:-1]) for r in rows if _has_prefix(r, word)]
        if len(kept) >= min(limit, wanted) or len(rows) < wanted:  # enough, or every match seen
            return kept, short_query, set()
    return db.execute(sql, (query, wanted)).fetchall(), query, set()


def _ranked_here(
    db: Readable,
    rows: list[tuple],
    query: str,
    phrases: list[tuple[list[str], bool]],
    common: set[int],
    limit: int,
) -> list[QuoteHit]:
    """The best ``limit`` of ``rows`` (see ``_newest_matches``) by BM25, computed from
    the words FTS5 marked in each."""
    mark0 = HIGHLIGHT[0]
    total = db.execute("SELECT max(id) FROM quotes").fetchone()[0] or 1  # ids are dense enough for an idf
    idf = _idf(db, phrases, query, total, common)
    # words per quote (text and speaker) by spaces: near enough to FTS5's token count
    lengths = [r[0].count(" ") + 1 + (r[-1].count(" ") + 1 if r[-1] else 0) for r in rows]
    avgdl = sum(lengths) / len(lengths)
    hits = []
    for r, dl in zip(rows, lengths):
        hl, hs = r[0], r[-1] or ""
        if len(phrases) == 1:  # every mark is the one phrase
            tf = [hl.count(mark0) + hs.count(mark0)]
        else:
            tf = [0] * len(phrases)
            spans = _MARKED.findall(hl) + (_MARKED.findall(hs) if hs else [])
            if spans:
                _count_hits(spans, phrases, tf)
        norm = K1 * (1 - B + B * dl / avgdl)
        score = sum(w * f * (K1 + 1) / (f + norm) for w, f in zip(idf, tf) if f)
        text, speaker, role, event_id, title, start, precision, _ = r
        hits.append(QuoteHit(text, speaker, role, event_id, title, start, precision, -score))  # lower is better
    hits.sort(key=lambda h: h.score or 0.0)  # stable: equal scores stay newest first
    return hits[:limit]


def all_quotes(db: Readable, limit: int | None = None) -> Iterator[QuoteHit]:
    sql = (
        f"SELECT q.text, {_HIT_COLS} FROM quotes q JOIN events e ON e.id = q.event_id "
        "ORDER BY e.day, e.t0, e.rowid, q.n"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for r in db.execute(sql):
        yield QuoteHit(*r)
