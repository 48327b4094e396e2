"""Reading event files into records and writing records out, in every format dateline
knows. No UI imports: the CLI and the browser both call in here.

- ``read(path, fmt="auto", source=None)`` yields ``(where, record or exception)`` pairs,
  ``where`` being ``FILE:LINE``, ready for ``db.write.write_records``;
- ``detect(path)`` names the format of a file from its content;
- ``export(db, fmt, out, ...)`` / ``export_to_file(db, fmt, path, ...)`` write a store's
  events and return how many.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO

import sqlite_utils

from . import acled, csvfile, jsonl, markdown, timelinejs, timesketch
from .published import publication, resolve_words
from .select import matching_ids, selected
from .textfile import head

__all__ = [
    "IMPORT_FORMATS",
    "EXPORT_FORMATS",
    "FormatError",
    "detect",
    "read",
    "read_all",
    "export",
    "export_to_file",
    "publication",
    "resolve_words",
    "matching_ids",
    "selected",
]

IMPORT_FORMATS = ("jsonl", "csv", "timesketch", "timelinejs", "acled")
EXPORT_FORMATS = ("jsonl", "csv", "markdown", "timelinejs", "timesketch")

_READERS = {
    "jsonl": jsonl.read,
    "csv": csvfile.read,
    "timesketch": timesketch.read,
    "timelinejs": timelinejs.read,
    "acled": acled.read,
}
_WRITERS = {
    "jsonl": jsonl.write,
    "csv": csvfile.write,
    "markdown": markdown.write,
    "timelinejs": timelinejs.write,
    "timesketch": timesketch.write,
}


class FormatError(ValueError):
    """A format name dateline does not know; the message is one line."""


def _csv_header(text: str) -> set[str]:
    import csv

    try:
        first = next(csv.reader([text.splitlines()[0] if text else ""]), [])
    except (csv.Error, IndexError):
        return set()
    return {h.strip().lower() for h in first}


def detect(path: str | os.PathLike) -> str:
    """The format of a file, from its content: a JSON object with "events" is TimelineJS;
    JSON Lines with message and timestamp_desc is Timesketch, other JSON Lines are
    dateline's; a CSV header with event_id_cnty is ACLED, one with message and
    timestamp_desc Timesketch, any other dateline's CSV."""
    text = head(path).lstrip()
    if text.startswith(("{", "[")):
        first = text.split("\n", 1)[0]
        try:
            obj = json.loads(first)
        except json.JSONDecodeError:
            return "timelinejs" if '"events"' in text else "jsonl"
        if isinstance(obj, dict) and isinstance(obj.get("events"), list):
            return "timelinejs"
        if isinstance(obj, dict) and "message" in obj and "timestamp_desc" in obj:
            return "timesketch"
        return "jsonl"
    header = _csv_header(text)
    if "event_id_cnty" in header:
        return "acled"
    if {"message", "timestamp_desc"} <= header:
        return "timesketch"
    return "csv"


def read(
    path: str | os.PathLike, fmt: str = "auto", source: str | None = None
) -> Iterator[tuple[str, dict | Exception]]:
    """The records of one file as ``(FILE:LINE, record)``; a row that cannot be read
    comes as ``(FILE:LINE, exception)`` in its place, and reading goes on."""
    if fmt in (None, "auto"):
        fmt = detect(path)
    if fmt not in _READERS:
        raise FormatError(f"unknown import format '{fmt}' (one of: auto, {', '.join(IMPORT_FORMATS)})")
    return _READERS[fmt](path, source)


def read_all(
    paths: Iterable[str | os.PathLike],
    fmt: str = "auto",
    source: str | None = None,
    published: datetime | None = None,
    tz: str | None = None,
) -> Iterator[tuple[str, dict | Exception]]:
    """The records of several files, one after another, with dates in words resolved
    (see ``resolve_words``): what one ``write_records`` call takes."""
    for path in paths:
        yield from resolve_words(_with_source(read(path, fmt, source), Path(path).name, published), published, tz)


def _with_source(
    items: Iterator[tuple[str, dict | Exception]], file_name: str, published: datetime | None
) -> Iterator[tuple[str, dict | Exception]]:
    """Every record names its source: the one it gives, else the file's name; and the
    publication date given for the import when it has none of its own."""
    for where, rec in items:
        if isinstance(rec, dict):
            if not rec.get("source") and not rec.get("source_id"):
                rec["source_default"] = file_name  # a new event's source; an update keeps the stored one
            if published is not None and not rec.get("published"):
                rec["published"] = published.isoformat()
        yield where, rec


def export(
    db: sqlite_utils.Database,
    fmt: str,
    out: IO[str],
    start: datetime | None = None,
    end: datetime | None = None,
    query: str | None = None,
    where: tuple[str, list] | None = None,
) -> int:
    """Write the store's events (between two moments, matching ``query`` and the
    condition ``where`` of a ``db.filters.Filter``) to ``out``."""
    if fmt not in _WRITERS:
        raise FormatError(f"unknown export format '{fmt}' (one of: {', '.join(EXPORT_FORMATS)})")
    return _WRITERS[fmt](selected(db, start, end, query, where), out)


def export_to_file(
    db: sqlite_utils.Database,
    fmt: str,
    path: str | os.PathLike,
    start: datetime | None = None,
    end: datetime | None = None,
    query: str | None = None,
    where: tuple[str, list] | None = None,
) -> int:
    """Export into a file, replaced only once it is complete; the count of events."""
    target = Path(path)
    if fmt not in _WRITERS:
        raise FormatError(f"unknown export format '{fmt}' (one of: {', '.join(EXPORT_FORMATS)})")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            n = export(db, fmt, out, start, end, query, where)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return n
