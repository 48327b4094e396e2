"""Reading input files line by line as UTF-8, keeping line numbers for error messages.

Every reader goes through here, so a byte that is not UTF-8 is reported as
``FILE:LINE: not UTF-8 text ...`` for the record it is in, and the rest still reads.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..records import FileRefused, RecordError, refused
from ..text import blank  # noqa: F401  (the readers import it from here)
from ..unique_ids import UniqueIds  # noqa: F401  (the readers import it from here)

TITLE_MAX = 200


def where(path: str | os.PathLike, line: int | str) -> str:
    return f"{os.fspath(path)}:{line}"


def not_utf8(exc: UnicodeDecodeError, line: int | None = None) -> RecordError:
    byte = exc.object[exc.start : exc.start + 1]
    at = f" on line {line}" if line is not None else ""
    return RecordError(f"not UTF-8 text (byte 0x{byte.hex()}{at}); give the file's --encoding or convert it to UTF-8")


@dataclass
class Decoding:
    """How the bytes of input files become text: ``encoding`` given by the user (None:
    UTF-8, and when a file is not UTF-8, the encoding charset-normalizer finds), and
    ``notice``, told in one line which encoding a file was read with when not UTF-8."""

    encoding: str | None = None
    notice: Callable[[str], None] | None = None

    def tell(self, message: str) -> None:
        if self.notice is not None:
            self.notice(message)


def check_encoding(name: str) -> str:
    """The codec name for ``name``; a LookupError names what is unknown."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise LookupError(f"unknown encoding '{name}' (e.g. utf-8, windows-1252, latin-1)") from None


def detect_encoding(path: str | os.PathLike) -> str | None:
    """The encoding of a file that is not UTF-8, as charset-normalizer finds it (from a
    sample of the file); Windows-1252 (what spreadsheets and older exports on Windows
    write) is preferred among encodings it finds equally likely, to one that reads the
    bytes with more mess, and to a DOS code page that reads them with no less: its
    language score favours those (cp775 read a no-break space as "Ā", cp850 "Orléans" as
    "OrlÚans"), which no spreadsheet or export writes. A file whose lines end in a bare
    carriage return is Mac OS Roman, as Excel for Mac's "CSV (Macintosh)" writes it
    (charset-normalizer knows no Mac OS Roman: it named Windows-1250). None when it finds
    none."""
    from charset_normalizer import from_bytes

    with open(path, "rb") as f:
        if _ends_lines_with_cr(f):
            return "mac_roman"
        data = f.read(4 << 20)
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    dos = best.encoding in _DOS_CODE_PAGES
    for r in results:
        if "cp1252" in r.could_be_from_charset and (
            r.chaos < best.chaos or (r.chaos == best.chaos and (dos or r.coherence == best.coherence))
        ):
            return "cp1252"
    return best.encoding


# the code pages of DOS consoles, which charset-normalizer may name for a Windows-1252 file
_DOS_CODE_PAGES = frozenset(
    {"cp437", "cp737", "cp775", "cp850", "cp852", "cp855", "cp857", "cp858", "cp860", "cp861", "cp862", "cp863"}
    | {"cp864", "cp865", "cp866", "cp869", "cp1125"}
)


def _label(encoding: str) -> str:
    return {
        "cp1252": "windows-1252",
        "cp1250": "windows-1250",
        "cp1251": "windows-1251",
        "mac_roman": "Mac OS Roman",
    }.get(encoding, encoding)


def wide_codec(start: bytes, encoding: str | None) -> str | None:
    """The UTF-16/32 codec a file's first bytes (a byte order mark) or the given
    encoding name; None for byte-wide encodings."""
    if encoding and codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
        return codecs.lookup(encoding).name
    if start.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def decode_all(
    data: bytes, path: str | os.PathLike, decoding: Decoding | None = None
) -> tuple[str, RecordError | None, int]:
    """(text, error, line of the error) of a whole file's bytes: UTF-8 (a BOM dropped),
    the given encoding, or the one detected when the bytes are not UTF-8."""
    decoding = decoding or Decoding()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    wide = wide_codec(data[:4], decoding.encoding)
    if wide:
        try:
            return data.decode(wide).lstrip("\ufeff"), None, 0
        except UnicodeDecodeError as exc:
            return "", not_text(exc, wide, 1), 1
    encoding = decoding.encoding
    if encoding:
        try:
            return data.decode(encoding), None, 0
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            return "", not_text(exc, encoding, line), line
    try:
        return data.decode("utf-8"), None, 0
    except UnicodeDecodeError as exc:
        other = _as_detected(path, data, decoding)
        if other is not None:
            return other[1], None, 0
        line = data.count(b"\n", 0, exc.start) + 1
        return "", not_utf8(exc, line), line


def _as_detected(path: str | os.PathLike, data: bytes, decoding: Decoding) -> tuple[str, str] | None:
    """(encoding, ``data`` read in it) when charset-normalizer names an encoding for the
    file other than UTF-8 that reads ``data``; the import is told which. Else None."""
    found = detect_encoding(path)
    if not found or found.replace("_", "-") in ("utf-8", "utf8"):
        return None
    try:
        text = data.decode(found)
    except UnicodeDecodeError:
        return None
    decoding.tell(f"{os.fspath(path)}: not UTF-8; read as {_label(found)} (--encoding to choose another)")
    return found, text


def not_text(exc: UnicodeDecodeError, encoding: str, line: int | None = None) -> RecordError:
    byte = exc.object[exc.start : exc.start + 1]
    at = f" on line {line}" if line is not None else ""
    return RecordError(f"not {_label(encoding)} text (byte 0x{byte.hex()}{at}); give the file's --encoding")


def lines(path: str | os.PathLike, decoding: Decoding | None = None) -> Iterator[tuple[int, str, RecordError | None]]:
    """(line number from 1, text with its line end, error if the line cannot be decoded).

    Lines are UTF-8 unless ``decoding`` gives an encoding; at the first line that is not
    UTF-8, charset-normalizer names the file's encoding and the rest is read with it
    (``decoding.notice`` is told); when it finds none, each such line is an error."""
    decoding = decoding or Decoding()
    encoding = decoding.encoding or "utf-8"
    detected = bool(decoding.encoding)
    with open(path, "rb") as f:
        start = f.read(4)
    wide = wide_codec(start, decoding.encoding)
    if wide:  # UTF-16 or UTF-32 (Excel's "Unicode text"): lines are not split at the byte b"\n"
        with open(path, "rb") as f:
            data = f.read()
        try:
            text = data.decode(wide)
        except UnicodeDecodeError as exc:
            yield 1, "", refused(not_text(exc, wide, 1))  # no line of it decodes
            return
        if wide != (decoding.encoding or "") and not decoding.encoding:
            decoding.tell(f"{os.fspath(path)}: not UTF-8; read as {wide.upper()} (its byte order mark)")
        for n, line in enumerate(text.lstrip("\ufeff").splitlines(keepends=True), 1):
            yield n, line, None
        return
    for n, raw in raw_lines(path):
        try:
            yield n, raw.decode(encoding), None
            continue
        except UnicodeDecodeError as exc:
            err = exc
        if not detected:
            detected = True
            other = _as_detected(path, raw, decoding)
            if other is not None:
                encoding, text = other
                yield n, text, None
                continue
        bad = not_utf8(err, n) if encoding == "utf-8" else not_text(err, encoding, n)
        yield n, raw.decode(encoding, "replace"), bad


def raw_lines(path: str | os.PathLike) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, the line's bytes with its end) of a file, a UTF-8 byte order
    mark left out of the first. A file whose first line ends in a bare carriage return
    (Excel for Mac's "CSV (Macintosh)", old Mac editors) has its lines split there; a
    line break inside a cell (Excel writes LF) stays in its line."""
    with open(path, "rb") as f:
        split = _cr_lines(f) if _ends_lines_with_cr(f) else f
        for n, raw in enumerate(split, 1):
            yield n, raw[3:] if n == 1 and raw.startswith(b"\xef\xbb\xbf") else raw


def _ends_lines_with_cr(f: IO[bytes]) -> bool:
    """Whether a file's first line break is a carriage return alone (the file is left
    where it was)."""
    start = f.read(65536)
    f.seek(0)
    cr, lf = start.find(b"\r"), start.find(b"\n")
    return cr >= 0 and (lf < 0 or cr < lf) and start[cr + 1 : cr + 2] != b"\n"


def _cr_lines(f: IO[bytes], size: int = 1 << 20) -> Iterator[bytes]:
    """The lines of a file whose lines end in a carriage return, each with its end."""
    rest = b""
    while chunk := f.read(size):
        rest += chunk
        *whole, rest = rest.split(b"\r")
        for line in whole:
            yield line + b"\r"
    if rest:
        yield rest


def head(path: str | os.PathLike, size: int = 65536) -> str:
    """The start of a file as text (undecodable bytes replaced): for sniffing formats."""
    with open(path, "rb") as f:
        data = f.read(size)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    wide = wide_codec(data[:4], None)
    if wide:
        return data.decode(wide, "replace").lstrip("\ufeff")
    return data.decode("utf-8", "replace")


DELIMITERS = (",", ";", "|", "\t")  # Timesketch's upload form offers comma, semicolon and pipe


_SEPARATOR_HINT = re.compile(r"(?i)^\ufeff?\s*\"?sep=(.)\"?\s*$")


def is_separator_hint(line: str) -> bool:
    """Whether a line is the "sep=;" Excel writes above a CSV header to name its separator."""
    return _SEPARATOR_HINT.match(line) is not None


_TYPE_LINE = re.compile(r"\ufeff?#TYPE [\w.`\[\], =-]+\s*$")


def is_type_line(line: str) -> bool:
    """Whether a line is the "#TYPE System.Management.Automation.PSCustomObject" that
    Windows PowerShell's Export-Csv and ConvertTo-Csv write above the header (unless told
    -NoTypeInformation): the type of the objects, not a row."""
    return _TYPE_LINE.match(line) is not None


def delimiter_of(text: str) -> str:
    """The separator of a CSV text's header (its first non-blank line): the one of
    comma, semicolon, pipe and tab it holds most of, a comma when none. A sheet saved
    from a spreadsheet set to a language with decimal commas has semicolons; Google
    Sheets' "Tab-separated values" tabs. Excel's "sep=;" line above the header names it;
    PowerShell's "#TYPE ..." line above it is passed over."""
    line = next((x for x in text.splitlines() if x.strip() and not is_type_line(x)), "")
    hint = _SEPARATOR_HINT.match(line)
    if hint:
        return hint.group(1)
    counts = [line.count(d) for d in DELIMITERS]
    return DELIMITERS[counts.index(max(counts))] if max(counts) else ","


def first_text_line(path: str | os.PathLike, limit: int = 1 << 26) -> str:
    """The first non-blank line of a file, whole however long (up to ``limit``
    characters), as text: for sniffing a JSON Lines file whose first record is longer
    than ``head`` reads (a Plaso or Velociraptor line with a script block in it)."""
    with open(path, "rb") as f:
        start = f.read(4)
        f.seek(3 if start.startswith(b"\xef\xbb\xbf") else 0)
        decoder = codecs.getincrementaldecoder(wide_codec(start, None) or "utf-8")("replace")
        text = ""
        while len(text) < limit:
            chunk = f.read(1 << 20)
            text += decoder.decode(chunk, final=not chunk)
            body = text.lstrip("\ufeff \t\r\n")
            if "\n" in body or not chunk:
                return body.split("\n", 1)[0]
    return text.lstrip("\ufeff \t\r\n")


def _raise_field_limit() -> None:
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


_raise_field_limit()


_HXL = re.compile(r"#[A-Za-z][A-Za-z0-9_]*(?:\s*\+\s*[A-Za-z][A-Za-z0-9_]*)*")


def is_hxl_row(cells: list[str]) -> bool:
    """Whether a row is HXL's hashtags (``#event+code``, ``#date+occurred``), which HDX's
    files (ACLED's among them) carry below the header: a description of the columns, not
    a record."""
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(_HXL.fullmatch(c) for c in filled)


def spaced_quotes(line: str, delimiter: str) -> bool:
    """Whether a CSV line puts spaces between a separator and a quoted field (``"0",
    "A message"``, as hand-written files and some programs write them), which the csv
    module reads with the quotes in the field unless told to skip those spaces."""
    return re.search(re.escape(delimiter) + r'[ \t]+"', line) is not None


def line_cells(line: str, delimiter: str) -> list[str]:
    """The cells of one CSV line (a header), spaces before quoted fields skipped when the
    line has them (``spaced_quotes``). Raises csv.Error."""
    return next(csv.reader([line], delimiter=delimiter, skipinitialspace=spaced_quotes(line, delimiter)), [])


def csv_rows(
    path: str | os.PathLike,
    decoding: Decoding | None = None,
    delimiter: str = ",",
    skip_titles: bool = False,
) -> Iterator[tuple[int, list[str] | None, dict | RecordError]]:
    """(line where the record starts, header, row as a dict or the error that spoils it).

    The first row is the header; blank lines are skipped; a row with a byte that is not
    UTF-8 or with more fields than the header is an error at the line it starts on.
    ``skip_titles``: rows of one cell above the header (a title line, a note) are passed over. Empty header names (trailing commas) are left out of the rows.
    A row of HXL hashtags right below the header (HDX's files) is passed over too, and
    so is a row that is the header again (files joined with their headers).
    """
    bad: dict[int, RecordError] = {}

    def feed() -> Iterator[str]:
        for n, text, err in lines(path, decoding):
            if err is not None:
                bad[n] = err
            yield text

    first_line = next((line for line in head(path, 16384).splitlines() if line.strip()), "")
    reader = csv.reader(feed(), delimiter=delimiter, skipinitialspace=spaced_quotes(first_line, delimiter))
    header: list[str] | None = None
    raw_header: list[str] = []
    hxl = False
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
            if header is None:  # the header itself: no row can be read
                yield first, header, FileRefused(f"broken CSV: {exc}")
                return
            yield first, header, RecordError(f"broken CSV: {exc}")
            continue
        first, prev = prev + 1, reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        spoilt = next((bad[n] for n in range(first, prev + 1) if n in bad), None)
        if header is None:
            if spoilt is not None:
                yield first, None, refused(spoilt)
                return
            if skip_titles and sum(1 for cell in row if cell.strip()) < 2:
                continue
            if first == 1 and (is_separator_hint(delimiter.join(row)) or is_type_line(delimiter.join(row))):
                continue  # Excel's "sep=;" line or PowerShell's "#TYPE ..." line, above the header
            header = [h.strip() for h in row]
            raw_header = row
            hxl = True  # the row after the header may be HDX's hashtags
            continue
        if row == raw_header or (row[0][:1] == "\ufeff" and _bom_header(row, raw_header)):
            continue  # the header again: files joined with their headers (cat a.csv b.csv), a BOM and all
        if hxl:
            hxl = False
            if is_hxl_row(row):
                continue
        if spoilt is not None:
            yield first, header, spoilt
        elif len(row) > len(header) and any(c.strip() for c in row[len(header) :]):
            yield first, header, RecordError(f"{len(row)} fields but the header names {len(header)}")
        else:
            cells = dict(zip(header, row + [""] * (len(header) - len(row))))
            cells.pop("", None)
            yield first, header, cells


def _bom_header(row: list[str], header: list[str]) -> bool:
    """Whether a row starting with a byte order mark is ``header`` again: the second of
    two files joined as they were, its first name quoted or not (after the mark, the
    quote is no CSV quoting)."""
    first = row[0][1:]
    if len(first) > 1 and first[0] == first[-1] == '"':
        first = first[1:-1].replace('""', '"')
    return [first, *row[1:]] == header


def first_line(text: str, limit: int = TITLE_MAX) -> str:
    """The first non-blank line of ``text``, trimmed to ``limit`` characters."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def file_label(path: str | os.PathLike) -> str:
    return Path(path).name


# a date in numbers with the year last: 23/11/2024, 11-23-24, 24.10.2013 (a time may follow)
NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2}(?:\d{2})?\b")


def day_first_order(values: Iterable, look: int | None = None) -> bool | None:
    """Whether a file's dates in numbers (``NUMERIC_DATE``) put the day first (True,
    23/11/2024) or the month (False, 11/23/2024), told by the first that reads only one
    way: a file has one order. None when none tells, or when ``look`` values in a row are
    no such dates."""
    unread = 0
    for value in values:
        found = NUMERIC_DATE.match(value) if value.__class__ is str else None
        if found is None:
            unread += 1
            if look is not None and unread >= look:
                return None
            continue
        first, second = int(found[1]), int(found[2])
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    return None
