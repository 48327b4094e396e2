"""dateline's own JSON Lines: one record (the dict ``events --json`` prints) per line."""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Iterator
from typing import IO

import msgspec

from ..records import FileRefused, RecordError
from ..text import json_safe
from .columns import shown_columns
from .textfile import Decoding, head, lines, raw_lines, where, wide_codec

# what a refusal of another program's records says to do
NAME_THEIRS = "--column title=FIELD --column start=FIELD (or date_text=FIELD) imports them, naming theirs"

_decode = msgspec.json.Decoder().decode  # ~3x the standard library's speed on dateline's records


def parse_line(text: str) -> dict | RecordError:
    """A line's JSON object. msgspec reads it; what msgspec refuses (broken JSON, but also
    NaN, 1e400, a lone surrogate, which the standard library accepts) is read again by
    ``json``, whose answer or message is the one given, so nothing changes but the speed."""
    try:
        obj = _decode(text)
    except (msgspec.DecodeError, RecursionError):
        return _parse_line_slowly(text)
    if obj.__class__ is not dict:
        return RecordError("a record must be a JSON object")
    return obj


def _parse_line_slowly(text: str) -> dict | RecordError:
    try:
        obj = json.loads(text.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text[exc.pos :].strip() == ",":
            return RecordError(
                f"a comma after the object (column {exc.colno}): JSON Lines has nothing after a line's object "
                "(the objects of an array without its brackets?): remove the commas at the ends of the lines"
            )
        return RecordError(f"broken JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return RecordError("JSON nested too deeply")
    except ValueError as exc:  # an integer of more than 4300 digits
        return RecordError(f"broken JSON: {exc}")
    if not isinstance(obj, dict):
        return RecordError("a record must be a JSON object")
    return obj


def json_lines(path: str | os.PathLike, decoding: Decoding | None = None) -> Iterator[tuple[str, dict | RecordError]]:
    """Each non-blank line of a JSON Lines file as a dict, or the error that spoils it.

    A UTF-8 file (no encoding given, no UTF-16/32 byte order mark) goes to msgspec as
    bytes, not decoded first (msgspec checks the UTF-8 of each string itself; ~1.5 µs a
    line of 1 KB less); a line msgspec refuses is read as ``lines`` would read it, and
    from the first line that is not UTF-8 on the whole rest of the file too, so an
    encoding found then applies as it does there."""
    decoding = decoding or Decoding()
    with open(path, "rb") as f:
        start = f.read(4)
    if decoding.encoding is not None or wide_codec(start, None):
        yield from _from_text(path, lines(path, decoding))
        return
    for n, raw in raw_lines(path):
        try:
            obj = _decode(raw)
        except (msgspec.DecodeError, RecursionError):
            obj = _REFUSED
        if obj.__class__ is dict:
            yield where(path, n), obj
            continue
        if obj is not _REFUSED:
            yield where(path, n), RecordError("a record must be a JSON object")
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:  # the rest as ``lines`` reads it (the lines before: UTF-8)
            yield from _from_text(path, itertools.islice(lines(path, decoding), n - 1, None))
            return
        if text.strip():
            yield where(path, n), parse_line(text)


_REFUSED = object()


def _from_text(
    path: str | os.PathLike, numbered: Iterable[tuple[int, str, RecordError | None]]
) -> Iterator[tuple[str, dict | RecordError]]:
    for n, text, err in numbered:
        if not text.strip():
            continue
        yield where(path, n), err if err is not None else parse_line(text)


def array_instead(path: str | os.PathLike, what: str = "") -> tuple[str, RecordError] | None:
    """``(FILE:LINE, error)`` when a file meant as JSON Lines is one JSON array of
    records (a ``[`` first), or objects written over several lines each (``jq '.[]'``
    without -c, ``json.dump(..., indent=2)``), which no line of can be read: said once,
    at the first line, with the command that writes it as JSON Lines; None otherwise."""
    start = head(path, 65536)
    text = start.lstrip()
    if text.startswith("["):
        foreign = None if what else _foreign_fields(_first_of_array(text))
        if foreign is not None:
            return where(path, 1), FileRefused(
                f"a JSON array of another program's records (their fields: {foreign}), not dateline's (title, and "
                f"start or date_text): {NAME_THEIRS}"
            )
        return where(path, 1), FileRefused(
            f"a JSON array, not JSON Lines (one object a line{what}): jq -c '.[]' FILE writes it so"
        )
    if _object_over_lines(text):
        line = start[: len(start) - len(text)].count("\n") + 1
        return where(path, line), FileRefused(
            f"a JSON object over several lines, not JSON Lines (one object a line{what}): jq -c . FILE writes it so"
        )
    return None


def _first_of_array(text: str) -> object:
    """The first value of the JSON array ``text`` opens, or None when it cannot be read."""
    try:
        return json.JSONDecoder().raw_decode(text, len(text) - len(text[1:].lstrip()))[0]
    except (ValueError, RecursionError):
        return None


def _foreign_fields(obj: object) -> str | None:
    """The fields of an object that is no dateline record (no title, or no start nor
    date_text), as said to the user; None for a record, or for what is not an object."""
    if not isinstance(obj, dict) or ("title" in obj and ("start" in obj or "date_text" in obj)):
        return None
    return shown_columns(obj, 8)


def _object_over_lines(text: str) -> bool:
    """Whether ``text`` (a file's start, from its first character that is not blank)
    opens with a JSON object whose first line is not the whole object: "{" alone, or an
    object that ends on a later line."""
    first = text.split("\n", 1)[0].strip()
    if not first.startswith("{") or parse_line(first).__class__ is dict:
        return False
    if first == "{":
        return True
    try:
        obj, end = json.JSONDecoder().raw_decode(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(obj, dict) and "\n" in text[:end]


def read(
    path: str | os.PathLike,
    source: str | None = None,
    decoding: Decoding | None = None,
    columns: dict[str, str] | None = None,
) -> Iterator[tuple[str, dict | Exception]]:
    """The records of dateline's JSON Lines. With ``columns`` (``{field: column}``, see
    ``columns.Renaming``), another program's records, their fields so named: JSON Lines,
    a JSON array, or the list of records a JSON object holds (``json_records.read_mapped``)."""
    if columns:
        from .json_records import read_mapped

        yield from read_mapped(path, source, decoding, columns)
        return
    refused = array_instead(path)
    if refused is not None:
        yield refused
        return
    for at, rec in json_lines(path, decoding):
        if isinstance(rec, dict):
            if rec and "title" not in rec and "start" not in rec and "date_text" not in rec:
                yield at, _foreign_record(rec)
                continue
            if source and not rec.get("source"):
                rec["source"] = source
        yield at, rec


def _foreign_record(rec: dict) -> RecordError:
    """Why a line holding another program's record (none of title, start, date_text) is
    bad: its fields, and the options that name theirs."""
    return RecordError(
        f"another program's record (its fields: {_foreign_fields(rec)}), not dateline's (title, and start or "
        f"date_text): {NAME_THEIRS}"
    )


def dumps(rec: dict) -> str:
    return json_safe(json.dumps(rec, ensure_ascii=False))  # C1 controls too, as \u0085


def write(records: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(dumps(rec) + "\n")
        n += 1
    return n
