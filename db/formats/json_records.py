"""Another program's JSON records, read with ``import --column FIELD=COLUMN``.

Records come as JSON Lines (one object a line), or as a JSON document: an array of
objects (``[{"when": ..., "what": ...}, ...]``), objects written over several lines one
after another (``jq '.[]'`` without -c), or an object holding its records in a list
(``{"meta": ..., "timeline": [...]}``: the one list of objects it has, else its
``events`` or ``timeline``; an object that has one of the mapped columns itself is a
record, whatever lists it holds). Each record's fields are renamed by the mapping
(``columns.Renaming``, checked against the fields of every record of a document, of the
first thousand of JSON Lines, else of them all); fields that are none of dateline's are
kept as attributes, as dateline's CSV keeps columns it does not know. A record of a
document is numbered by the line its ``{`` stands on.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Iterator

from ..records import FIELDS, FileRefused, RecordError, refused
from .columns import Renaming, with_attrs
from .jsonl import array_instead, json_lines
from .textfile import Decoding, decode_all, where

_READ_AS_IS = frozenset(FIELDS) | {"after"}  # what a record's own fields are; the rest become attributes
_PREFERRED = ("events", "timeline")  # the list of an object with several lists of records
_SKIP = " \t\r\n"


def read_mapped(
    path: str | os.PathLike, source: str | None, decoding: Decoding | None, columns: dict[str, str]
) -> Iterator[tuple[str, dict | Exception]]:
    """The records of a JSON file, their fields named by ``columns`` (``{field: column}``).
    A column no record has stops the import (``columns.ColumnError``); a file with no
    record at all gets its own errors (broken JSON, not objects) instead."""
    if array_instead(path) is None:  # JSON Lines
        renaming = _lines_renaming(path, decoding, columns)
        items: Iterable[tuple[str, dict | Exception]] = json_lines(path, decoding)
    else:
        items = _document(path, decoding, columns.values())
        records = [r for _, r in items if isinstance(r, dict)]
        renaming = Renaming(columns, _keys(records), path) if records else None
    for at, found in items:
        yield at, _renamed(found, renaming, source) if renaming and isinstance(found, dict) else found


def _keys(records: Iterable[dict]) -> list[str]:
    return list(dict.fromkeys(k for rec in records for k in rec))


def _lines_renaming(path: str | os.PathLike, decoding: Decoding | None, columns: dict[str, str]) -> Renaming | None:
    """The mapping against the fields of the first thousand records, else (a field only
    later records have) of all of them; None when there are none. Read without telling
    the encoding again."""
    quiet = Decoding(decoding.encoding if decoding else None)

    def keys(n: int | None) -> list[str]:
        return _keys(r for _, r in itertools.islice(json_lines(path, quiet), n) if isinstance(r, dict))

    found = keys(1000)
    if found:
        try:
            return Renaming(columns, found, path)
        except RecordError:
            pass
    found = keys(None)
    return Renaming(columns, found, path) if found else None


def _renamed(rec: dict, renaming: Renaming, source: str | None) -> dict:
    out, kept = renaming.row(rec)
    for key in [k for k in out if k not in _READ_AS_IS]:
        kept[key] = out.pop(key)
    if source and not out.get("source"):
        out["source"] = source
    return with_attrs(out, kept)


def _document(
    path: str | os.PathLike, decoding: Decoding | None, columns: Iterable[str]
) -> list[tuple[str, dict | Exception]]:
    """``(FILE:LINE, record or error)`` of every record a JSON document holds
    (``columns``: the mapping's, which tell a record from an object holding records)."""
    wanted = {c.strip().lower() for c in columns}
    with open(path, "rb") as f:
        data = f.read()
    text, err, line = decode_all(data, path, decoding)
    if err is not None:
        return [(where(path, line), refused(err))]
    lines = _Lines(text)
    out: list[tuple[str, dict | Exception]] = []
    pos = _skip(text, 0)
    try:
        while pos < len(text):
            if text.startswith("[", pos):
                found, pos = _items(text, pos)
            else:
                start = pos
                value, pos = _value(text, pos)
                found = _records_in(value, text, start, wanted)
            for at, value in found:
                rec = value if isinstance(value, dict) else RecordError("a record must be a JSON object")
                out.append((where(path, lines.of(at)), rec))
            pos = _skip(text, pos)
    except json.JSONDecodeError as exc:
        out.append((where(path, exc.lineno), _stop(out, f"broken JSON: {exc.msg} (column {exc.colno})")))
    except RecursionError:
        out.append((where(path, lines.of(pos)), _stop(out, "JSON nested too deeply")))
    except RecordError as exc:
        out.append((where(path, lines.of(pos)), _stop(out, str(exc))))
    return out


def _stop(read: list, why: str) -> RecordError:
    """The error reading stopped at: the whole file's refusal when nothing was ``read`` before it."""
    return RecordError(why) if read else FileRefused(why)


def _records_in(value: object, text: str, start: int, wanted: set[str]) -> list[tuple[int, object]]:
    """The records a top-level value holds, each with where it starts: an object's list
    of records (walked again for where each starts), else the value itself, as is an
    object that has one of the ``wanted`` columns itself (a record with a list of its own
    quotes or links, written over several lines)."""
    if not isinstance(value, dict) or any(str(k).strip().lower() in wanted for k in value):
        return [(start, value)]
    lists = [k for k, v in value.items() if isinstance(v, list) and v and all(isinstance(e, dict) for e in v)]
    if not lists:
        return [(start, value)]
    if len(lists) > 1:
        preferred = [k for k in _PREFERRED if k in lists]
        if not preferred:
            raise RecordError(
                f"a JSON object with several lists of records ({', '.join(lists[:6])}): "
                f"jq -c '.{lists[0]}[]' FILE writes the one to import as JSON Lines"
            )
        lists = preferred
    return _list_under(text, start, lists[0])


def _list_under(text: str, pos: int, key: str) -> list[tuple[int, object]]:
    """The items, each with where it starts, of the list under ``key`` of the object at ``pos``."""
    pos = _skip(text, pos + 1)
    while not text.startswith("}", pos):
        name, pos = _value(text, pos)
        pos = _skip(text, _skip(text, pos) + 1)  # past the colon
        if name == key and text.startswith("[", pos):
            return _items(text, pos)[0]
        _, pos = _value(text, pos)
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
    return []


def _items(text: str, pos: int) -> tuple[list[tuple[int, object]], int]:
    """The items of the array at ``pos``, each with where it starts, and where it ends."""
    out: list[tuple[int, object]] = []
    pos = _skip(text, pos + 1)
    if text.startswith("]", pos):
        return out, pos + 1
    while True:
        start = pos
        value, pos = _value(text, pos)
        out.append((start, value))
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
        elif text.startswith("]", pos):
            return out, pos + 1
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)


_decoder = json.JSONDecoder()


def _value(text: str, pos: int) -> tuple[object, int]:
    return _decoder.raw_decode(text, pos)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _SKIP:
        pos += 1
    return pos


class _Lines:
    """The line (from 1) of offsets into a text, counted on from the last one asked."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.line = text, 0, 1

    def of(self, pos: int) -> int:
        if pos < self.pos:
            self.pos, self.line = 0, 1
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line
