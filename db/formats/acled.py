"""ACLED event exports (CSV).

``event_id_cnty`` is the id; ``event_date`` is ISO (2024-09-21), written out
("21 September 2024") or dd-mm-yyyy; ``time_precision`` 1 is that day, 2 the Monday to
Sunday week holding it, 3 its month. The title is the sub-event type and the location,
the summary the notes; actor1 and actor2 are the actors, location the place, admin1
the region, fatalities the killed. Every other column (ACLED's ``source`` among them)
is kept in attrs. Dates are local dates without a time zone and are stored as UTC days.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from ..records import RecordError
from ..text import quoted
from .textfile import blank, csv_rows, file_label, where

REQUIRED = ("event_id_cnty", "event_date")
MAPPED = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "notes",
    "fatalities",
)
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%m-%Y", "%d/%m/%Y", "%d-%B-%Y", "%d-%b-%Y", "%B %d, %Y")


def parse_date(text: str) -> date:
    value = " ".join(str(text).split())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise RecordError(f"cannot read event_date {quoted(text)} (2024-09-21, 21 September 2024 or 21-09-2024)")


def _dates(day: date, precision: str) -> tuple[str, str | None, str]:
    if precision in ("", "1"):
        return day.isoformat(), None, "day"
    if precision == "2":
        monday = day - timedelta(days=day.weekday())
        return monday.isoformat(), (monday + timedelta(days=7)).isoformat(), "week"
    if precision == "3":
        return day.strftime("%Y-%m"), None, "month"
    raise RecordError(f"time_precision must be 1, 2 or 3, not {quoted(precision)}")


def row_to_record(row: dict, source: str) -> dict | RecordError:
    for key in REQUIRED:
        if blank(row.get(key)):
            return RecordError(f"missing required field '{key}'")
    what = (row.get("sub_event_type") or "").strip() or (row.get("event_type") or "").strip()
    if not what:
        return RecordError("missing required field 'sub_event_type' (or 'event_type')")
    try:
        start, end, precision = _dates(parse_date(row["event_date"]), str(row.get("time_precision") or "").strip())
    except RecordError as exc:
        return exc
    location = (row.get("location") or "").strip()
    rec = {
        "id": row["event_id_cnty"].strip(),
        "title": f"{what} in {location}" if location else what,
        "summary": row.get("notes"),
        "kind": row.get("event_type") or None,
        "start": start,
        "end": end,
        "precision": precision,
        "place": location or None,
        "region": row.get("admin1") or None,
        "country": row.get("country") or None,
        "lat": row.get("latitude") or None,
        "lon": row.get("longitude") or None,
        "actors": [a.strip() for a in (row.get("actor1"), row.get("actor2")) if not blank(a)],
        "killed": row.get("fatalities") or None,
        "source": source,
        "attrs": {k: v for k, v in row.items() if k and k not in MAPPED and not blank(v)},
    }
    return rec


def read(path: str | os.PathLike, source: str | None = None) -> Iterator[tuple[str, dict | Exception]]:
    source = source or file_label(path)
    for line, _, row in csv_rows(path):
        yield where(path, line), row if isinstance(row, Exception) else row_to_record(row, source)
