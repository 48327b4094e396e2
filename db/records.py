"""One event record as dateline reads and writes it, and its checks.

A record is the dict that ``dateline events --json`` prints, with its quotes nested:
the one shape every import is turned into and every export starts from.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
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


def to_rows(rec: dict, published: datetime | None = None, tz: str | None = None) -> tuple[dict, list[dict], dict | None]:
    """Check a record and split it into (event row, quote rows, source row)."""
    if not isinstance(rec, dict):
        raise RecordError("a record must be a JSON object")
    title = _text(rec, "title")
    if not title:
        raise RecordError("missing required field 'title'")
    status = (_text(rec, "status") or "happened").lower()
    if status not in STATUSES:
        raise RecordError(f"status must be one of {', '.join(STATUSES)}, not '{status}'")
    interval = interval_of(rec, published, tz)
    start, end = interval.iso()
    actors = rec.get("actors") or []
    if isinstance(actors, str):
        actors = [a.strip() for a in actors.split(";") if a.strip()]
    if not isinstance(actors, list):
        raise RecordError("field 'actors' must be a list")
    attrs = rec.get("attrs") or {}
    if not isinstance(attrs, dict):
        raise RecordError("field 'attrs' must be an object")
    source_name = _text(rec, "source")
    source_id = _text(rec, "source_id") or source_id_for(source_name)
    event_id = _text(rec, "id") or stable_id(source_name, title, rec.get("date_text"), start, rec.get("summary"))
    event = {
        "id": event_id,
        "title": title,
        "summary": _text(rec, "summary"),
        "kind": _text(rec, "kind"),
        "status": status,
        "date_text": _text(rec, "date_text"),
        "start": start,
        "end": end,
        "precision": interval.precision,
        "t0": int(interval.start.timestamp()),
        "t1": int(interval.end.timestamp()),
        "day": start[:10],
        "place": _text(rec, "place"),
        "region": _text(rec, "region"),
        "country": _text(rec, "country"),
        "lat": _float(rec, "lat"),
        "lon": _float(rec, "lon"),
        "actors": json.dumps([str(a) for a in actors], ensure_ascii=False),
        "killed": _int(rec, "killed"),
        "injured": _int(rec, "injured"),
        "source_id": source_id,
        "paragraph": _int(rec, "paragraph"),
        "excerpt": _text(rec, "excerpt"),
        "link": _text(rec, "link"),
        "attrs": json.dumps(attrs, ensure_ascii=False, sort_keys=True) if attrs else None,
    }
    quotes = []
    raw_quotes = rec.get("quotes") or []
    if not isinstance(raw_quotes, list):
        raise RecordError("field 'quotes' must be a list")
    for n, q in enumerate(raw_quotes):
        if isinstance(q, str):
            q = {"text": q}
        if not isinstance(q, dict) or not _text(q, "text"):
            raise RecordError(f"quote {n + 1} has no 'text'")
        quotes.append({
            "event_id": event_id,
            "n": n,
            "text": str(q["text"]),
            "speaker": _text(q, "speaker"),
            "role": _text(q, "role"),
            "paragraph": _int(q, "paragraph"),
        })
    source = None
    if source_id:
        source = {
            "id": source_id,
            "title": source_name,
            "published": _text(rec, "published"),
        }
    return event, quotes, source


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
