"""dateline's own CSV: the record's fields flat, one event a row.

Actors are joined with "; ", attrs are JSON text, quotes are left out (use JSON Lines
to keep them). Columns dateline does not know are kept in attrs.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import IO

from ..records import FIELDS, FileRefused, RecordError
from .columns import Renaming, with_attrs
from .textfile import Decoding, blank, csv_rows, delimiter_of, head, where

COLUMNS = tuple(f for f in FIELDS if f != "quotes")
_DECIMAL_COMMA = re.compile(r"\s*-?\d+,\d+\s*")


def row_to_record(row: dict, source: str | None) -> dict | RecordError:
    rec: dict = {}
    extra: dict = {}
    for key, value in row.items():
        if key in COLUMNS:  # a column in the header, even empty, is a field the row carries
            rec[key] = None if blank(value) else value
        elif blank(value):
            continue
        elif key:
            extra[key] = value
    if rec.get("attrs") is not None:
        try:
            attrs = json.loads(rec["attrs"])
        except json.JSONDecodeError as exc:
            return RecordError(f"field 'attrs' is not JSON: {exc.msg}")
        if not isinstance(attrs, dict):
            return RecordError("field 'attrs' must be a JSON object")
        rec["attrs"] = attrs
    if extra:
        rec["attrs"] = {**extra, **(rec.get("attrs") or {})}
    if source and not rec.get("source"):
        rec["source"] = source
    return rec


def _renamed(header: list[str]) -> dict[str, str]:
    """Columns named as dateline's fields but for case and spaces ("Title", "Date Text",
    as a spreadsheet heads them) → the field, when no column has the field's own name."""
    names = set(header)
    out: dict[str, str] = {}
    for name in header:
        field = name.strip().lower().replace(" ", "_")
        if name not in COLUMNS and field in COLUMNS and field not in names and field not in out.values():
            out[name] = field
    return out


_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")


def _text_hint(path: str | os.PathLike, header: list[str]) -> str:
    """What to do with a file that is a text, not a table (an article, a Markdown
    chronology): import reads tables; ``extract`` drafts events from an article."""
    first = (header[0] if header else "").lstrip()
    if str(path).lower().endswith(_TEXT_SUFFIXES) or first.startswith(("#", "<")):
        return "; a text, not a table: `dateline extract FILE` drafts the events of an article"
    return ""


_PARTS = ("year", "month", "day")


def date_parts(names: list[str]) -> dict[str, str]:
    """The columns that hold a date split in parts (``year``, ``month``, ``day``, in any
    case, as CollectionBuilder's and many spreadsheets' CSVs write it), by part: the
    year at least; none when the file has a ``start`` or ``date_text`` column."""
    if "start" in names or "date_text" in names:
        return {}
    found: dict[str, str] = {}
    for name in names:
        part = (name or "").strip().lower()
        if part in _PARTS and part not in found:
            found[part] = name
    return found if "year" in found else {}


def _number(value: str) -> int | None:
    """A part's number as a spreadsheet writes it: ``9``, ``09``, ``1910.0``."""
    found = re.fullmatch(r"\s*(\d{1,4})(?:\.0+)?\s*", value or "")
    return int(found.group(1)) if found else None


def _month(value: str) -> int | None:
    number = _number(value)
    if number is not None:
        return number
    for form in ("%B", "%b"):  # a month's name, "March" or "Mar"
        try:
            return datetime.strptime(value.strip(), form).month
        except ValueError:
            continue
    return None


def start_of_parts(row: dict, parts: dict[str, str]) -> str | RecordError:
    """A row's date from its year, month and day cells as an ISO date of its precision
    (``1910``, ``1912-09``, ``1912-09-08``); the cells are taken out of the row."""
    cells = {part: (row.pop(column, None) or "").strip() for part, column in parts.items()}
    year, month, day = (cells.get(p, "") for p in _PARTS)
    if not year:
        return RecordError(f"no date: its '{parts['year']}' cell is empty")
    y = _number(year)
    if y is None or y < 1:
        return RecordError(f"'{parts['year']}' {year!r} is not a year")
    if not month:
        return RecordError(f"a day ({day}) without a month") if day else f"{y:04d}"
    m = _month(month)
    if m is None or not 1 <= m <= 12:
        return RecordError(f"'{parts['month']}' {month!r} is not a month")
    if not day:
        return f"{y:04d}-{m:02d}"
    d = _number(day)
    try:
        return date(y, m, d if d is not None else 0).isoformat()
    except ValueError:
        return RecordError(f"'{parts['day']}' {day!r} is not a day of {y:04d}-{m:02d}")


def _header_refusal(path: str | os.PathLike, header: list[str], names: list[str]) -> FileRefused | None:
    """Why no row of a CSV whose header is ``header`` (``names``: as dateline's fields,
    after ``--column``) can be read, once: no title column, or no date column (start or
    date_text), with the ``--column`` options that name theirs; None when its rows can be."""
    shown = ", ".join(h for h in header[:6] if h) + (", …" if len(header) > 6 else "")
    if "title" not in names:
        hint = _text_hint(path, header)
        return FileRefused(
            "no 'title' column: not dateline's CSV (title and start or date_text), nor Timesketch's "
            f"(message, datetime, timestamp_desc) or ACLED's (event_id_cnty); its columns: {shown}"
            + (hint or "; --column title=COLUMN --column start=COLUMN (or date_text=COLUMN) names theirs")
        )
    if "start" not in names and "date_text" not in names and not date_parts(names):
        return FileRefused(
            f"no 'start' or 'date_text' column: dateline's CSV dates its events by one of them; its columns: {shown}: "
            "--column start=COLUMN names the column that holds the dates (a date or time), --column "
            "date_text=COLUMN one that holds them in words (as a report writes them)"
        )
    return None


def read(
    path: str | os.PathLike,
    source: str | None = None,
    decoding: Decoding | None = None,
    columns: dict[str, str] | None = None,
) -> Iterator[tuple[str, dict | Exception]]:
    """The rows of dateline's CSV as records; ``columns`` (``{field: column}``, see
    ``columns.Renaming``) names the columns that hold dateline's fields under names of
    their own. A column it names that the header lacks stops the import (ColumnError)."""
    rename: dict[str, str] | None = None
    mapped: Renaming | None = None
    parts: dict[str, str] = {}
    delimiter = delimiter_of(head(path, 16384))
    for line, header, row in csv_rows(path, decoding, delimiter=delimiter):
        if isinstance(row, Exception):
            yield where(path, line), row
            continue
        if rename is None:
            mapped = Renaming(columns, header or [], path) if columns else None
            fields = mapped.header(header or []) if mapped else header or []
            rename = _renamed(fields)
            names = [rename.get(h, h) for h in fields]
            refused = _header_refusal(path, header or [], names)
            if refused is not None:  # no row can be read: said once, not for every row
                yield where(path, 1), refused
                return
            parts = date_parts(names)
        kept: dict = {}
        if mapped:
            row, kept = mapped.row(row)
        if rename:
            row = {rename.get(k, k): v for k, v in row.items()}
        if parts:  # the date in year, month and day columns
            start = start_of_parts(row, parts)
            if isinstance(start, RecordError):
                yield where(path, line), start
                continue
            row["start"] = start
        if delimiter == ";":  # a spreadsheet set to a language with decimal commas: 50,45 is 50.45
            for key in ("lat", "lon"):
                if _DECIMAL_COMMA.fullmatch(row.get(key) or ""):
                    row[key] = row[key].strip().replace(",", ".")
        rec = row_to_record(row, source)
        yield where(path, line), with_attrs(rec, kept) if kept and isinstance(rec, dict) else rec


def _cell(key: str, value) -> str:
    if value is None:
        return ""
    if key in ("actors", "tags"):
        return "; ".join(value)
    if key == "bookmarked":
        return "true" if value else ""
    if key == "attrs":
        return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    return str(value)


def write(records: Iterable[dict], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    # csv quotes a field with "\n" (the line terminator) but not one with a bare "\r",
    # which a reader then takes for a line end: such a row is written with every field quoted
    quoting = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(COLUMNS)
    n = 0
    for rec in records:
        row = [_cell(k, rec.get(k)) for k in COLUMNS]
        (quoting if any("\r" in cell for cell in row) else writer).writerow(row)
        n += 1
    return n
