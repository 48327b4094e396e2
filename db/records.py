"""One event record as dateline reads and writes it, and its checks.

A record is the dict that ``dateline events --json`` prints, with its quotes nested:
the one shape every import is turned into and every export starts from.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

from .text import quoted

if TYPE_CHECKING:
    from .dates import Interval

STATUSES = ("happened", "claimed", "planned", "disputed")
INT_MAX = 2**63 - 1  # the largest integer SQLite stores

# the fields of a record, in the order `events --json` and `export jsonl` write them
FIELDS = (
    "id",
    "title",
    "summary",
    "kind",
    "status",
    "claimed_by",
    "date_text",
    "start",
    "end",
    "precision",
    "place",
    "region",
    "country",
    "lat",
    "lon",
    "actors",
    "killed",
    "injured",
    "source",
    "source_id",
    "published",
    "paragraph",
    "excerpt",
    "link",
    "attrs",
    "bookmarked",  # the analyst's desk (db.desk): kept in tables of their own, keyed by id
    "tags",
    "notes",
    "quotes",
)
DESK_FIELDS = ("bookmarked", "tags", "notes")


def desk_entry(event_id: str, rec: dict) -> tuple | None:
    """What a record carries of ``bookmarked``, ``tags`` and ``notes``, as a plain
    tuple ``(id, mask, bookmarked, tags, notes)`` (bit i of mask: DESK_FIELDS[i] is in
    the record), or None when it carries none of them."""
    if "bookmarked" not in rec and "tags" not in rec and "notes" not in rec:
        return None  # most records (every format but dateline's own): no cost beyond this
    mask = ("bookmarked" in rec) | ("tags" in rec) << 1 | ("notes" in rec) << 2  # bit i: DESK_FIELDS[i]
    value = rec.get("bookmarked")
    on = value.strip().lower() in ("1", "true", "yes", "y") if isinstance(value, str) else bool(value)
    tags = rec.get("tags") or []
    if tags.__class__ is not list or tags:  # (the usual, an empty list, as it is)
        if isinstance(tags, str):
            tags = tags.replace(",", ";").split(";")
        elif not isinstance(tags, list):
            raise RecordError("field 'tags' must be a list")
        tags = [t.strip() for t in map(str, tags) if t.strip()]
    notes = rec.get("notes")
    if notes is not None and not isinstance(notes, str):
        raise RecordError("field 'notes' must be text")
    return (event_id, mask, int(on), tags, notes if notes and notes.strip() else None)


class RecordError(ValueError):
    """A record that cannot be stored; the message says why in one line."""


class FileRefused(RecordError):
    """A whole file no row of which can be read (its header or its format says so: a CSV
    without a title column, another program's data, a ZIP, ...): a reader yields it once,
    in place of every record, and stops. --skip-bad has no good rows to import from it."""


def refused(exc: Exception) -> FileRefused:
    """``exc`` (a reader's error: a file that does not decode, a broken document) as the
    refusal of its whole file, its message as it was."""
    return exc if isinstance(exc, FileRefused) else FileRefused(str(exc))


def _text(rec: dict, key: str) -> str | None:
    value = rec.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise RecordError(f"field '{key}' must be text")
    value = str(value).strip()
    return value or None


def _int(rec: dict, key: str) -> int | None:
    value = rec.get(key)
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise RecordError(f"field '{key}' must be a whole number, not {_short(value)}") from None
    if number < 0:
        raise RecordError(f"field '{key}' must not be negative")
    if number > INT_MAX:
        raise RecordError(f"field '{key}' is too large ({len(str(number))} digits)")
    return number


def _float(rec: dict, key: str) -> float | None:
    value = rec.get(key)
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise RecordError(f"field '{key}' must be a number, not {_short(value)}") from None
    if not math.isfinite(number):
        raise RecordError(f"field '{key}' must be a finite number, not {number}")
    return number


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def stable_id(*parts: Any) -> str:
    """An id made from content, for records that carry none of their own."""
    digest = hashlib.sha1(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()
    return digest[:16]


def source_id_for(name: str | None) -> str | None:
    return None if not name else "src-" + stable_id(name)[:12]


def interval_of(rec: dict, published: datetime | None, tz: str | None = None) -> Interval:
    """The resolved interval of a record: its ISO start/end if it has them, else its
    words as written resolved against the publication date: the record's own
    ``published`` (read by ``dates.publication``: a day alone is its midday in ``tz``),
    else ``published``. A planned event's words look ahead."""
    from .dates import DateError, Interval, interval_for_iso, publication, resolve  # the resolver: not for reading

    start = _text(rec, "start")
    try:
        if start:
            return interval_for_iso(start, _text(rec, "end"), _text(rec, "precision"))
        words = _text(rec, "date_text")
        if not words:
            raise RecordError("no date: needs 'start' or 'date_text'")
        pub = _text(rec, "published")
        if pub:
            published = publication(pub, tz)
        if published is None:
            raise RecordError(f"cannot resolve {quoted(words)} without a publication date (use --published)")
        anchor = rec.get("_anchor")  # the event named by ``after`` (write.py looks it up)
        lat = rec.get("lat")
        return resolve(
            words,
            published,
            tz,
            status=_text(rec, "status"),
            anchor=anchor if isinstance(anchor, Interval) else None,
            latitude=lat if isinstance(lat, (int, float)) else None,
        )
    except DateError as exc:
        raise RecordError(str(exc)) from None


_dumps = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(x, ensure_ascii=False) gives, minus its setup
_quote = encode_basestring  # a str as JSON: "[" + ", ".join(them) + "]" is _dumps of a list of str, faster
_TEXT_1 = ("summary", "kind", "date_text", "place", "region", "country")
_TEXT_2 = ("excerpt", "link")
_dumps_sorted = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _clean(value: Any, key: str) -> str | None:
    """A text field's value (taken from the record) as stored: stripped, None when
    absent or empty; a list or an object is refused. A str, the usual case on an import
    of a million records, is tested first."""
    if value.__class__ is str:
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise RecordError(f"field '{key}' must be text")
    return str(value).strip() or None


def _iso_fields(start: str, end: str | None, precision: str | None) -> tuple[str, str, str, int, int]:
    """(start, end, precision, t0, t1) of ISO dates as stored."""
    if (
        (precision is None or precision == "minute")
        and len(start) == 25
        and start[10] == "T"
        and start[19] in "+-"
        and start[22] == ":"
        and start[14:16] < "59"
        and not start.endswith("-00:00")
        and start[14:16].isdigit()
    ):
        # a moment to the minute, as stored already ("2024-09-21T10:07:00+03:00"): the
        # next minute is the end (given so, as an export gives it, or not given);
        # fromisoformat checks the rest
        next_minute = f"{start[:14]}{int(start[14:16]) + 1:02d}{start[16:]}"
        if end is None or end == next_minute:
            try:
                moment = datetime.fromisoformat(start)
            except ValueError:
                moment = None
            if moment is not None:
                t0 = int(moment.timestamp())
                return start, next_minute, "minute", t0, t0 + 60
    return _iso_fields_cached(start, end, precision)


# Records that share a date come close together (a day's events): on the 2M-event Timesketch
# export 1,024 entries hit exactly as often as 4,096, and fill within the first ~90k
# records, so an import's memory stops growing there (4,096 filled only after ~350k:
# ~1.7 MB more for a 2 GB input than for a 200 MB one). An entry is ~0.5 KB.
@lru_cache(maxsize=1024)
def _iso_fields_cached(start: str, end: str | None, precision: str | None) -> tuple[str, str, str, int, int]:
    """``_iso_fields`` in general: many records share their dates."""
    from .dates import interval_for_iso

    interval = interval_for_iso(start, end, precision)
    first, last = interval.iso()
    return first, last, interval.precision, int(interval.start.timestamp()), int(interval.end.timestamp())


def _when(rec: dict, published: datetime | None, tz: str | None) -> tuple[str, str, str, int, int]:
    """The stored date fields of a record without ISO ``start`` (its words, resolved)."""
    interval = interval_of(rec, published, tz)
    first, last = interval.iso()
    return first, last, interval.precision, int(interval.start.timestamp()), int(interval.end.timestamp())


# the columns of an event row, in the order of the store's events table
EVENT_ROW = (
    "id",
    "title",
    "summary",
    "kind",
    "status",
    "date_text",
    "start",
    "end",
    "precision",
    "t0",
    "t1",
    "day",
    "place",
    "region",
    "country",
    "lat",
    "lon",
    "actors",
    "killed",
    "injured",
    "source_id",
    "paragraph",
    "excerpt",
    "link",
    "attrs",
    "claimed_by",
)
QUOTE_ROW = ("event_id", "n", "text", "speaker", "role", "paragraph")

# Which record keys fill which optional event columns. A record that lacks a key (a
# format that has no such field, like CSV's quotes or Timesketch's place) leaves the
# stored value of its column alone when it updates an event; a key that is there,
# even empty, replaces it.
CARRIED_BY = {
    "summary": ("summary",),
    "kind": ("kind",),
    "status": ("status",),
    "date_text": ("date_text",),
    "place": ("place",),
    "region": ("region",),
    "country": ("country",),
    "lat": ("lat",),
    "lon": ("lon",),
    "actors": ("actors",),
    "killed": ("killed",),
    "injured": ("injured",),
    "source_id": ("source", "source_id"),
    "paragraph": ("paragraph",),
    "excerpt": ("excerpt",),
    "link": ("link",),
    "attrs": ("attrs",),
    "claimed_by": ("claimed_by",),
}


def absent_columns(rec: dict) -> tuple[str, ...]:
    """The optional event columns ``rec`` has no field for, in ``EVENT_ROW`` order.
    Records of one file have the same keys: the answer is kept per set of keys."""
    keys = tuple(rec)
    found = _ABSENT.get(keys)
    if found is None:
        if len(_ABSENT) >= 1024:  # (keys that vary from record to record: keep only the latest)
            _ABSENT.clear()
        found = _ABSENT[keys] = tuple(col for col, names in CARRIED_BY.items() if not any(k in rec for k in names))
    return found


_ABSENT: dict[tuple, tuple[str, ...]] = {}


SOURCE_ROW = ("id", "title", "published", "file", "tz")


def _count(rec: dict, key: str) -> int | None:
    value = rec.get(key)
    if value is None:
        return None
    if type(value) is int and 0 <= value <= INT_MAX:
        return value
    return _int(rec, key)


def _number(rec: dict, key: str) -> float | None:
    value = rec.get(key)
    return value if type(value) is float and math.isfinite(value) else _float(rec, key)


def row_tuples(
    rec: dict, published: datetime | None = None, tz: str | None = None
) -> tuple[tuple, list[tuple], tuple | None]:
    """Check a record and split it into rows as tuples: (event row in ``EVENT_ROW``
    order, quote rows in ``QUOTE_ROW`` order, source row in ``SOURCE_ROW`` order or
    None). What an import writes; ``to_rows`` gives the same as dicts.

    Fields are checked in ``EVENT_ROW`` order, then the quotes, then the source's
    publication: the first bad one is the one reported."""
    if not isinstance(rec, dict):
        raise RecordError("a record must be a JSON object")
    get = rec.get
    title, status = _title_and_status(get)
    written_start = bool(_clean(get("start"), "start"))
    start, end, precision, t0, t1 = _date_fields(rec, published, tz)
    actors, attrs = _actors_and_attrs(get)
    # an id made from the record as written: its ISO start (normalized), never the dates
    # its words resolve to (so another --published updates instead of duplicating)
    source_name, source_id, event_id = _ids(get, title, start if written_start else None)
    summary, kind, date_text, place, region, country = [_clean(get(k), k) for k in _TEXT_1]
    lat, lon = _number(rec, "lat"), _number(rec, "lon")
    killed, injured, paragraph = _count(rec, "killed"), _count(rec, "injured"), _count(rec, "paragraph")
    excerpt, link = [_clean(get(k), k) for k in _TEXT_2]
    event = (
        event_id,
        title,
        summary,
        kind,
        status,
        date_text,
        start,
        end,
        precision,
        t0,
        t1,
        start[:10],
        place,
        region,
        country,
        lat,
        lon,
        "[" + ", ".join([_quote(a if a.__class__ is str else str(a)) for a in actors]) + "]",
        killed,
        injured,
        source_id,
        paragraph,
        excerpt,
        link,
        _dumps_sorted(attrs) if attrs else None,
        _clean(get("claimed_by"), "claimed_by"),
    )
    quotes = _quote_rows(event_id, get("quotes") or [])
    source = (
        (source_id, source_name, _clean(get("published"), "published"), get("source_file"), get("source_tz"))
        if source_id
        else None
    )
    return event, quotes, source


def any_written(
    items: Iterable[tuple[str, dict | Exception]], published: datetime | None = None, tz: str | None = None
) -> tuple[bool, int]:
    """Whether a row of ``items`` (a reader's ``(FILE:LINE, record or exception)`` pairs)
    would be written, as ``row_tuples`` checks it, and how many rows were read to tell:
    all of them when none would. A record placed after another event (``after``) counts
    as written: it is not checked alone."""
    n = 0
    for _, rec in items:
        n += 1
        if isinstance(rec, Exception):
            continue
        if isinstance(rec, dict) and "after" in rec:
            return True, n
        try:
            row_tuples(rec, published, tz)
        except (ValueError, OverflowError, RecursionError):  # RecordError is a ValueError
            continue
        return True, n
    return False, n


def _title_and_status(get: Callable[[str], Any]) -> tuple[str, str]:
    title = _clean(get("title"), "title")
    if not title:
        raise RecordError("missing required field 'title'")
    status = get("status")
    if status is None:
        status = "happened"
    elif status not in STATUSES:  # (one as stored passes at once)
        status = (_clean(status, "status") or "happened").lower()
        if status not in STATUSES:
            raise RecordError(f"status must be one of {', '.join(STATUSES)}, not {quoted(status)}")
    return title, status


def _date_fields(rec: dict, published: datetime | None, tz: str | None) -> tuple[str, str, str, int, int]:
    """(start, end, precision, t0, t1) as stored: from the ISO ``start`` when the record
    has one, else from its date words resolved against the publication."""
    get = rec.get
    start = _clean(get("start"), "start")
    if not start:
        return _when(rec, published, tz)
    try:
        return _iso_fields(start, _clean(get("end"), "end"), _clean(get("precision"), "precision"))
    except ValueError as exc:  # the resolver's DateError (imported only where it is raised)
        from .dates import DateError

        if not isinstance(exc, DateError):
            raise
        raise RecordError(str(exc)) from None
    except OverflowError:
        raise RecordError(f"date out of range: '{start}' (years 1 to 9999, the end too)") from None


def _actors_and_attrs(get: Callable[[str], Any]) -> tuple[list, dict]:
    """The actors (a list, or one string split at ";") and the attributes (an object)."""
    actors = get("actors") or []
    if isinstance(actors, str):
        actors = [a.strip() for a in actors.split(";") if a.strip()]
    if not isinstance(actors, list):
        raise RecordError("field 'actors' must be a list")
    attrs = get("attrs") or {}
    if not isinstance(attrs, dict):
        raise RecordError("field 'attrs' must be an object")
    return actors, attrs


def _ids(get: Callable[[str], Any], title: str, start: str | None) -> tuple[str | None, str | None, str]:
    """(source name, source id, event id): a record without ids of its own gets ids
    made from its content, the same on every import of it."""
    source_name = _clean(get("source") or get("source_default"), "source")
    source_id = _clean(get("source_id"), "source_id") or source_id_for(source_name)
    event_id = _clean(get("id"), "id") or stable_id(source_name, title, get("date_text"), start, get("summary"))
    return source_name, source_id, event_id


def _quote_rows(event_id: str, raw: Any) -> list[tuple]:
    """The quote rows of an event, in ``QUOTE_ROW`` order; a quote may be a bare string."""
    if not isinstance(raw, list):
        raise RecordError("field 'quotes' must be a list")
    rows = []
    for n, q in enumerate(raw):
        if q.__class__ is not dict:
            if isinstance(q, str):
                q = {"text": q}
            elif not isinstance(q, dict):
                raise RecordError(f"quote {n + 1} has no 'text'")
        text = q.get("text")
        if not _clean(text, "text"):
            raise RecordError(f"quote {n + 1} has no 'text'")
        rows.append(
            (
                event_id,
                n,
                text if text.__class__ is str else str(text),
                _clean(q.get("speaker"), "speaker"),
                _clean(q.get("role"), "role"),
                _count(q, "paragraph"),
            )
        )
    return rows


def to_rows(
    rec: dict, published: datetime | None = None, tz: str | None = None
) -> tuple[dict, list[dict], dict | None]:
    """Check a record and split it into (event row, quote rows, source row)."""
    event, quotes, source = row_tuples(rec, published, tz)
    return (
        dict(zip(EVENT_ROW, event)),
        [dict(zip(QUOTE_ROW, q)) for q in quotes],
        dict(zip(SOURCE_ROW, source)) if source else None,
    )


def from_row(row: dict, quotes: list[dict], source: dict | None) -> dict:
    """The record of a stored event: the inverse of ``to_rows``."""
    rec = {key: row.get(key) for key in FIELDS if key in row}
    rec["actors"] = json.loads(row["actors"]) if row.get("actors") else []
    rec["attrs"] = json.loads(row["attrs"]) if row.get("attrs") else {}
    rec["source"] = (source or {}).get("title")
    rec["source_id"] = row.get("source_id")
    rec["published"] = (source or {}).get("published")
    rec["claimed_by"] = row.get("claimed_by")
    rec["quotes"] = [
        {k: q[k] for k in ("text", "speaker", "role", "paragraph") if q.get(k) is not None} for q in quotes
    ]
    rec["bookmarked"], rec["tags"], rec["notes"] = False, [], None  # db.desk fills them in
    return {key: rec.get(key) for key in FIELDS}
