"""Another program's columns read as dateline's fields: ``import --column FIELD=COLUMN``.

A newsroom's CSV (``date,event,source``), a storymap's (``time``), a JSON array of records
with ``when`` and ``what``: each names its columns its own way. A mapping says which of
them holds which of dateline's fields; the readers of dateline's CSV and JSON rename the
columns so before reading a row as they read any other. Columns the mapping leaves out
are read as the reader reads them (CSV: a field of that name, else an attribute; JSON: a
field of that name, else an attribute too). A column whose own name is a field the
mapping gives another column (a ``title`` beside ``--column title=headline``) is kept
as an attribute of that name. The same mapping gives the same records, hence the same ids
on every re-import.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from ..records import FIELDS, RecordError
from .textfile import blank


class MappingError(ValueError):
    """A ``--column`` that is no FIELD=COLUMN pair dateline can use; the message is one line."""


class ColumnError(RecordError):
    """A mapping that names a column a file lacks: the whole import stops (not one bad row)."""


def parse(pairs: Iterable[str]) -> dict[str, str]:
    """``FIELD=COLUMN`` pairs as ``{field: column}``; a MappingError in one line for a pair
    that is not so, a field dateline does not have, or a field (or column) given twice."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, eq, column = pair.partition("=")
        field, column = field.strip(), column.strip()
        if not eq or not field or not column:
            raise MappingError(f"--column {pair}: write FIELD=COLUMN, e.g. --column title=event")
        if field not in FIELDS:
            raise MappingError(f"--column {pair}: dateline has no field '{field}' (its fields: {', '.join(FIELDS)})")
        if field in mapping:
            raise MappingError(f"--column {pair}: '{field}' is given twice (--column {field}={mapping[field]})")
        twice = next((f for f, c in mapping.items() if c == column), None)
        if twice is not None:
            raise MappingError(f"--column {pair}: column '{column}' is given to '{twice}' already")
        mapping[field] = column
    return mapping


def shown_columns(columns: Iterable[str], most: int = 12) -> str:
    """A file's columns as said to the user: the first ``most`` of them, then "…"."""
    names = [str(c) for c in dict.fromkeys(columns) if str(c).strip()]
    return ", ".join(names[:most]) + (", …" if len(names) > most else "")


class Renaming:
    """A mapping (``{field: column}``) resolved against a file's columns: a column is the
    one of that name, else the one of that name but for case and surrounding spaces (when
    one only is). A ColumnError names the file's columns when a column is not there."""

    def __init__(self, mapping: dict[str, str], columns: Iterable[str], path: str | os.PathLike) -> None:
        names = list(dict.fromkeys(c for c in columns if isinstance(c, str)))
        self.rename: dict[str, str] = {}
        for field, column in mapping.items():
            self.rename[_find(column, names, field, path)] = field
        self.kept = {c for c in names if c in mapping and c not in self.rename}  # displaced: attributes

    def header(self, header: list[str]) -> list[str]:
        """A CSV's header as dateline's fields: the mapped columns renamed, the displaced left out."""
        return [self.rename.get(h, h) for h in header if h not in self.kept]

    def row(self, row: dict) -> tuple[dict, dict]:
        """(the row with its mapped columns renamed, the displaced columns' values)."""
        out: dict = {}
        kept: dict = {}
        for key, value in row.items():
            if key in self.rename:
                out[self.rename[key]] = value
            elif key in self.kept:
                kept[key] = value
            else:
                out[key] = value
        return out, kept


def _find(column: str, names: list[str], field: str, path: str | os.PathLike) -> str:
    if column in names:
        return column
    alike = [n for n in names if n.strip().lower() == column.strip().lower()]
    if len(alike) == 1:
        return alike[0]
    raise ColumnError(
        f"{os.fspath(path)}: --column {field}={column}: the file has no column '{column}'; "
        f"its columns: {shown_columns(names) or 'none'}"
    )


def with_attrs(rec: dict, kept: dict) -> dict:
    """``rec`` with the displaced columns' values that are not blank among its attributes
    (the record's own attributes win)."""
    kept = {k: v for k, v in kept.items() if not blank(v)}
    if kept and isinstance(rec.get("attrs") or {}, dict):
        rec["attrs"] = {**kept, **(rec.get("attrs") or {})}
    return rec
