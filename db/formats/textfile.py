"""Reading input files line by line as UTF-8, keeping line numbers for error messages.

Every reader goes through here, so a byte that is not UTF-8 is reported as
``FILE:LINE: not UTF-8 text ...`` for the record it is in, and the rest still reads.
"""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ..records import RecordError

TITLE_MAX = 200


def where(path: str | os.PathLike, line: int | str) -> str:
    return f"{os.fspath(path)}:{line}"


def not_utf8(exc: UnicodeDecodeError, line: int | None = None) -> RecordError:
    byte = exc.object[exc.start : exc.start + 1]
    at = f" on line {line}" if line is not None else ""
    return RecordError(f"not UTF-8 text (byte 0x{byte.hex()}{at}); convert the file to UTF-8")


def lines(path: str | os.PathLike) -> Iterator[tuple[int, str, RecordError | None]]:
    """(line number from 1, text with its line end, error if the line is not UTF-8)."""
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield n, raw.decode("utf-8"), None
            except UnicodeDecodeError as exc:
                yield n, raw.decode("utf-8", "replace"), not_utf8(exc, n)


def head(path: str | os.PathLike, size: int = 65536) -> str:
    """The start of a file as text (undecodable bytes replaced): for sniffing formats."""
    with open(path, "rb") as f:
        data = f.read(size)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8", "replace")


def _raise_field_limit() -> None:
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


_raise_field_limit()


def csv_rows(path: str | os.PathLike) -> Iterator[tuple[int, list[str] | None, dict | RecordError]]:
    """(line where the record starts, header, row as a dict or the error that spoils it).

    The first row is the header; blank lines are skipped; a row with a byte that is not
    UTF-8 or with more fields than the header is an error at the line it starts on.
    """
    bad: dict[int, RecordError] = {}

    def feed() -> Iterator[str]:
        for n, text, err in lines(path):
            if err is not None:
                bad[n] = err
            yield text

    reader = csv.reader(feed())
    header: list[str] | None = None
    prev = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # the reader drops the rest of the broken line and goes on with the next: a
            # bad row is reported where it starts, and the rows after it still read
            first, prev = prev + 1, reader.line_num
            yield first, header, RecordError(f"broken CSV: {exc}")
            if header is None:
                return
            continue
        first, prev = prev + 1, reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        spoilt = next((bad[n] for n in range(first, prev + 1) if n in bad), None)
        if header is None:
            if spoilt is not None:
                yield first, None, spoilt
                return
            header = [h.strip() for h in row]
            continue
        if spoilt is not None:
            yield first, header, spoilt
        elif len(row) > len(header):
            yield first, header, RecordError(f"{len(row)} fields but the header names {len(header)}")
        else:
            yield first, header, dict(zip(header, row + [""] * (len(header) - len(row))))


def first_line(text: str, limit: int = TITLE_MAX) -> str:
    """The first non-blank line of ``text``, trimmed to ``limit`` characters."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def file_label(path: str | os.PathLike) -> str:
    return Path(path).name


class UniqueIds:
    """Ids made from content can repeat when two rows are identical; the second gets
    "-2", the third "-3", so re-reading the same file gives the same ids."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, base: str) -> str:
        n = self.seen.get(base, 0) + 1
        self.seen[base] = n
        return base if n == 1 else f"{base}-{n}"
