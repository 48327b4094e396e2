"""One event record as dateline reads and writes it, and its checks.

A record is the dict that ``dateline events --json`` prints, with its quotes nested:
the one shape every import is turned into and every export starts from.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from functools import lru_cache
from typing import Any

from .dates import DateError, Interval, interval_for_iso, resolve

STATUSES = ("happened", "claimed", "planned")

# the fields of a record, in the order `events --json` and `export jsonl` write them
FIELDS = (
    "id", "title", "summary", "kind", "status", "date_text", "start", "end", "precision",
    "place", "region", "country", "lat", "lon", "actors", "killed", "injured",
    "source", "source_id", "published", "paragraph", "excerpt", "link", "attrs", "quotes",
)


class RecordError(ValueError):
    """A record that cannot be stored; the message says why in one line."""


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
        raise RecordError(f"field '{key}' must be a whole number, not {value!r}") from None
    if number < 0:
        raise RecordError(f"field '{key}' must not be negative")
    return number


def _float(rec: dict, key: str) -> float | None:
    value = rec.get(key)
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise RecordError(f"field '{key}' must be a number, not {value!r}") from None


def stable_id(*parts: Any) -> str:
    """An id made from content, for records that carry none of their own."""
    digest = hashlib.sha1(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()
    return digest[:16]


def source_id_for(name: str | None) -> str | None:
    return None if not name else "src-" + stable_id(name)[:12]


def interval_of(rec: dict, published: datetime | None, tz: str | None = None) -> Interval:
    """The resolved interval of a record: its ISO start/end if it has them, else its
    words as written resolved against the publication date."""
    start = _text(rec, "start")
    try:
        if start:
            return interval_for_iso(start, _text(rec, "end"), _text(rec, "precision"))
        words = _text(rec, "date_text")
        if not words:
            raise RecordError("no date: needs 'start' or 'date_text'")
        pub = _text(rec, "published")
        if pub:
            published = interval_for_iso(pub).start
        if published is None:
            raise RecordError(f"cannot resolve '{words}' without a publication date (use --published)")
        return resolve(words, published, tz)
    except DateError as exc:
        raise RecordError(str(exc)) from None


_dumps = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(x, ensure_ascii=False) gives, minus its setup
_dumps_sorted = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _clean(value: Any, key: str) -> str | None:
    """``_text`` for a value already taken from the record."""
    if value is None:
        return None
    if type(value) is not str:
        if isinstance(value, (dict, list)):
            raise RecordError(f"field '{key}' must be text")
        value = str(value)
    return value.strip() or None


@lru_cache(maxsize=65536)
def _iso_fields(start: str, end: str | None, precision: str | None) -> tuple[str, str, str, int, int]:
    """(start, end, precision, t0, t1) of ISO dates as stored: many records share them."""
    interval = interval_for_iso(start, end, precision)
    first, last = interval.iso()
    return first, last, interval.precision, int(interval.start.timestamp()), int(interval.end.timestamp())


def _when(rec: dict, published: datetime | None, tz: str | None) -> tuple[str, str, str, int, int]:
    start = _clean(rec.get("start"), "start")
    if start:
        try:
            return _iso_fields(start, _clean(rec.get("end"), "end"), _clean(rec.get("precision"), "precision"))
        except DateError as exc:
            raise RecordError(str(exc)) from None
    interval = interval_of(rec, published, tz)
    first, last = interval.iso()
    return first, last, interval.precision, int(interval.start.timestamp()), int(interval.end.timestamp())


# the columns of an event row, in the order of the store's events table
EVENT_ROW = (
    "id", "title", "summary", "kind", "status", "date_text", "start", "end", "precision", "t0", "t1", "day",
    "place", "region", "country", "lat", "lon", "actors", "killed", "injured", "source_id", "paragraph",
    "excerpt", "link", "attrs",
)
QUOTE_ROW = ("event_id", "n", "text", "speaker", "role", "paragraph")
SOURCE_ROW = ("id", "title", "published")


def _count(rec: dict, key: str) -> int | None:
    value = rec.get(key)
    if value is None:
        return None
    if type(value) is int and value >= 0:
        return value
    return _int(rec, key)


def _number(rec: dict, key: str) -> float | None:
    value = rec.get(key)
    return value if type(value) is float else _float(rec, key)


def row_tuples(rec: dict, published: datetime | None = None,
               tz: str | None = None) -> tuple[tuple, list[tuple], tuple | None]:
    """Check a record and split it into rows as tuples: (event row in ``EVENT_ROW``
    order, quote rows in ``QUOTE_ROW`` order, source row in ``SOURCE_ROW`` order or
    None). What an import writes; ``to_rows`` gives the same as dicts."""
    if not isinstance(rec, dict):
        raise RecordError("a record must be a JSON object")
    get, clean = rec.get, _clean
    title = clean(get("title"), "title")
    if not title:
        raise RecordError("missing required field 'title'")
    status = get("status")
    status = "happened" if status is None else (clean(status, "status") or "happened").lower()
    if status not in STATUSES:
        raise RecordError(f"status must be one of {', '.join(STATUSES)}, not '{status}'")
    start, end, precision, t0, t1 = _when(rec, published, tz)
    actors = get("actors") or []
    if isinstance(actors, str):
        actors = [a.strip() for a in actors.split(";") if a.strip()]
    if not isinstance(actors, list):
        raise RecordError("field 'actors' must be a list")
    attrs = get("attrs") or {}
    if not isinstance(attrs, dict):
        raise RecordError("field 'attrs' must be an object")
    source_name = clean(get("source"), "source")
    source_id = clean(get("source_id"), "source_id") or source_id_for(source_name)
    event_id = clean(get("id"), "id") or stable_id(source_name, title, get("date_text"), start, get("summary"))
    event = (
        event_id, title, clean(get("summary"), "summary"), clean(get("kind"), "kind"), status,
        clean(get("date_text"), "date_text"), start, end, precision, t0, t1, start[:10],
        clean(get("place"), "place"), clean(get("region"), "region"), clean(get("country"), "country"),
        _number(rec, "lat"), _number(rec, "lon"),
        _dumps([a if type(a) is str else str(a) for a in actors]),
        _count(rec, "killed"), _count(rec, "injured"), source_id, _count(rec, "paragraph"),
        clean(get("excerpt"), "excerpt"), clean(get("link"), "link"),
        _dumps_sorted(attrs) if attrs else None,
    )
    quotes = []
    raw_quotes = get("quotes") or []
    if not isinstance(raw_quotes, list):
        raise RecordError("field 'quotes' must be a list")
    for n, q in enumerate(raw_quotes):
        if isinstance(q, str):
            q = {"text": q}
        if not isinstance(q, dict) or not clean(q.get("text"), "text"):
            raise RecordError(f"quote {n + 1} has no 'text'")
        quotes.append((event_id, n, str(q["text"]), clean(q.get("speaker"), "speaker"), clean(q.get("role"), "role"),
                       _count(q, "paragraph")))
    source = (source_id, source_name, clean(get("published"), "published")) if source_id else None
    return event, quotes, source


def to_rows(rec: dict, published: datetime | None = None, tz: str | None = None) -> tuple[dict, list[dict], dict | None]:
    """Check a record and split it into (event row, quote rows, source row)."""
    event, quotes, source = row_tuples(rec, published, tz)
    return (dict(zip(EVENT_ROW, event)), [dict(zip(QUOTE_ROW, q)) for q in quotes],
            dict(zip(SOURCE_ROW, source)) if source else None)


def from_row(row: dict, quotes: list[dict], source: dict | None) -> dict:
    """The record of a stored event: the inverse of ``to_rows``."""
    rec = {key: row.get(key) for key in FIELDS if key in row}
    rec["actors"] = json.loads(row["actors"]) if row.get("actors") else []
    rec["attrs"] = json.loads(row["attrs"]) if row.get("attrs") else {}
    rec["source"] = (source or {}).get("title")
    rec["source_id"] = row.get("source_id")
    rec["published"] = (source or {}).get("published")
    rec["quotes"] = [
        {k: q[k] for k in ("text", "speaker", "role", "paragraph") if q.get(k) is not None} for q in quotes
    ]
    return {key: rec.get(key) for key in FIELDS}
