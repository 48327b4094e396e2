"""Reading event files into records and writing records out, in every format dateline
knows. No UI imports: the CLI and the browser both call in here.

- ``read(path, fmt="auto", source=None)`` yields ``(where, record or exception)`` pairs,
  ``where`` being ``FILE:LINE``, ready for ``db.write.write_records``;
- ``detect(path)`` names the format of a file from its content;
- ``export(db, fmt, out, ...)`` / ``export_to_file(db, fmt, path, ...)`` write a store's
  events and return how many.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from typing import IO

from ..gazetteer import fill_coordinates
from ..reader import Readable
from ..records import FileRefused
from . import acled, cloud_logs, csvfile, ged, jsonl, markdown, timelinejs, timesketch
from .published import place_naive, publication, resolve_words
from .select import matching_ids, selected
from .textfile import Decoding, check_encoding, delimiter_of, first_text_line, head, line_cells

__all__ = [
    "IMPORT_FORMATS",
    "MAPPED_FORMATS",
    "EXPORT_FORMATS",
    "FormatError",
    "Decoding",
    "check_encoding",
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

IMPORT_FORMATS = ("jsonl", "csv", "timesketch", "timelinejs", "acled", "ged")
EXPORT_FORMATS = ("jsonl", "csv", "markdown", "timelinejs", "timesketch", "acled")

_READERS = {
    "jsonl": jsonl.read,
    "csv": csvfile.read,
    "timesketch": timesketch.read,
    "timelinejs": timelinejs.read,
    "acled": acled.read,
    "ged": ged.read,
}
_WRITERS = {
    "jsonl": jsonl.write,
    "csv": csvfile.write,
    "markdown": markdown.write,
    "timelinejs": timelinejs.write,
    "timesketch": timesketch.write,
    "acled": acled.write,
}


class FormatError(ValueError):
    """A format name dateline does not know; the message is one line."""


class CloudLog(FormatError):
    """A cloud provider's audit log (``cloud_logs``): refused, unless ``--column`` names its columns."""


def _csv_header(text: str) -> set[str]:
    """The names in the first line of a CSV text that has two or more (a title line
    above the header is passed over), lower-cased."""
    import csv

    for line in text.splitlines()[:20]:
        if not line.strip():
            continue
        delimiter = delimiter_of(line)
        try:
            names = line_cells(line, delimiter)
        except csv.Error:
            return set()
        if sum(1 for n in names if n.strip()) >= 2:
            return {h.strip().lower() for h in names}
    return set()


def _json_kind(obj: object) -> str | None:
    if ged.is_api_answer(obj) or ged.is_ged_record(obj):  # UCDP's API answer, GED events as JSON (Lines)
        return "ged"
    if isinstance(obj, list) and obj and isinstance(obj[0], dict):
        if _json_kind(obj[0]) == "timesketch":
            return "timesketch"  # an array of Timesketch's events: its reader says how to make JSON Lines
        obj = {"data": obj}
    if isinstance(obj, dict) and isinstance(obj.get("data"), list):  # ACLED's API answer
        first = obj["data"][0] if obj["data"] else {}
        if isinstance(first, dict) and "event_id_cnty" in first:
            return "acled"
    if isinstance(obj, dict) and "event_id_cnty" in obj and "event_date" in obj:  # JSON Lines of ACLED events
        return "acled"
    if isinstance(obj, dict):
        if isinstance(obj.get("events"), list) or isinstance(obj.get("timeline"), dict):
            return "timelinejs"
        if isinstance(obj.get("timeline"), list) and not isinstance(obj.get("title"), str):
            return "timelinejs"  # another program's records under "timeline": its reader names them
        if "timestamp_desc" in obj and "message" in obj:
            return "timesketch"
        if "title" not in obj and ("message" in obj or "timestamp_desc" in obj):
            return "timesketch"  # as in a CSV header: dateline's needs a title; Timesketch's terms say what is missing
        if "title" not in obj and timesketch.wrapped_event(obj) is not None:
            return "timesketch"  # an event inside an envelope, which its reader names
        if "title" not in obj and (timesketch.is_hayabusa(obj) or timesketch.windows_event(obj) is not None):
            return "timesketch"  # Hayabusa's own timeline, read as its Timesketch profile; Windows events, refused
        if "events" in obj and not isinstance(obj.get("title"), str):
            return "timelinejs"  # "events": null, an object: its reader says what it is (no record has "events")
    return None


_ENVELOPE = ("data", "events", "results", "records", "items")


def _no_records(obj: object) -> str | None:
    """Why a JSON document that holds its records in a list, and holds none, is refused:
    ACLED's API answer to a query that matched nothing (``{"success": true, "count": 0,
    "data": []}``), its error answer (``"success": false``), a saved answer whose ``data``
    or ``events`` is empty (a cache written when the request failed). None when the
    document holds records, or is no such envelope."""
    if not isinstance(obj, dict):
        return None
    if obj.get("success") is False and ({"error", "message", "messages"} & obj.keys()):
        return (
            f"an API's error answer, not events: {_said(obj.get('error') or obj.get('message') or obj.get('messages'))}"
        )
    if obj.get("Result") == [] and "TotalCount" in obj:
        return (
            f"UCDP's API answer with no events ('Result' is an empty list, TotalCount {obj['TotalCount']}): "
            "the query matched none; widen it (dates, country, violence type) and fetch again"
        )
    names = [k for k in _ENVELOPE if k in obj]
    if not names or any(obj[k] not in ([], {}) for k in names):
        return None
    if any(isinstance(v, list) and v and isinstance(v[0], dict) for v in obj.values()):
        return None  # records under another name: the reader says what they are
    if isinstance(obj.get("title"), dict):
        return None  # a TimelineJS title slide without events: its reader says what it lacks
    held = names[0]
    empty = "an empty list" if obj[held] == [] else "an empty object"
    count = f", count {obj['count']}" if isinstance(obj.get("count"), int) else ""
    if {"success", "last_update"} & obj.keys():
        return (
            f"ACLED's API answer with no events ('{held}' is {empty}{count}): the query matched none; "
            "widen it (dates, country, event type) and fetch again"
        )
    others = ", ".join(str(k) for k in list(obj)[:8] if k != held)
    return f"no events: its '{held}' is {empty}{count}" + (f" (its other fields: {others})" if others else "")


def _said(error: object) -> str:
    """An API's error (a text, ``{"message": …}`` or a list of them) in one short line."""
    items = error if isinstance(error, list) else [error]
    words = [str(e.get("message") or e.get("error") or "") if isinstance(e, dict) else str(e) for e in items]
    line = " ".join("; ".join(w for w in words if w and w.strip()).split())
    return line[:200] or "no message"


_NOT_TEXT = {
    b"\x1f\x8b": "gzip-compressed: decompress it first (gunzip -k FILE)",
    b"BZh": "bzip2-compressed: decompress it first (bunzip2 -k FILE)",
    b"\xfd7zXZ\x00": "xz-compressed: decompress it first (unxz -k FILE)",
    b"\x28\xb5\x2f\xfd": "zstd-compressed: decompress it first (unzstd FILE)",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive: extract the file from it first",
    b"ElfFile\x00": (
        "a Windows event log (.evtx), not text: make a timeline of it with Hayabusa (csv-timeline) "
        "or Plaso (log2timeline, then psort -o json_line)"
    ),
    b"SQLite format 3\x00": (
        "an SQLite database, not text: Plaso's storage file (.plaso), which Timesketch runs psort on, becomes "
        "a timeline that imports with psort -o json_line -w FILE.jsonl; a dateline store opens with --db"
    ),
}


_READABLE = (".csv", ".jsonl", ".json", ".jsonp", ".js", ".tsv", ".txt")


def zip_refusal(path: str | os.PathLike) -> str:
    """Why a ZIP file is refused, in one line: a workbook (xlsx, ods), or an archive
    naming the files in it that import (Timesketch's exports, a search's ``to_file``
    and the sketch's, are ZIPs holding a CSV beside their METADATA)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = [i.filename for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError):
        names = []
    if not names or "[Content_Types].xml" in names or "mimetype" in names:
        return "a spreadsheet workbook (or a zip), not text: save it as CSV first"
    readable = [n for n in names if n.lower().endswith(_READABLE)]
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    if not readable:
        return f"a ZIP archive of {shown}, none of them a CSV or JSON file: extract what imports and import it"
    return f"a ZIP archive of {shown}, not text: extract it (unzip FILE) and import {', '.join(readable[:3])}"


def refuse_binary(path: str | os.PathLike) -> None:
    """A FormatError in one line for a file no reader takes: a workbook, a zip, a
    compressed file, an SQLite database."""
    with open(path, "rb") as f:
        magic = f.read(16)
    if magic.startswith(b"PK\x03\x04"):
        raise FormatError(zip_refusal(path))
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise FormatError("a spreadsheet workbook (or a zip), not text: save it as CSV first")
    said = next((why for mark, why in _NOT_TEXT.items() if magic.startswith(mark)), None)
    if said is not None:
        raise FormatError(said)


_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(?:.*\r?\n)*?---[ \t]*(?:\r?\n|$)")
_LIQUID = re.compile(r"\{%-?\s*(?:assign|for|if|include|unless|capture)\b|\{\{-?\s*[\w.]+\s*(?:\||\}\})")


def is_site_template(text: str) -> bool:
    """Whether a file's start (blank lines passed over) is a static site's template: YAML
    front matter between ``---`` lines, then Liquid (``{% for item in items %}``,
    ``{{ site.title | jsonify }}``), as Jekyll sites (CollectionBuilder's among them) write
    the TimelineJS data they build."""
    found = _FRONT_MATTER.match(text)
    return found is not None and _LIQUID.search(text, found.end()) is not None


def detect(path: str | os.PathLike) -> str:
    """The format of a file, from its content: a JSON object with "events" (or a
    TimelineJS2 "timeline"), also as JSONP (``storyjs_jsonp_data = {...}``), is
    TimelineJS; JSON Lines with Timesketch's message and timestamp_desc or datetime (and
    no title) are Timesketch, other JSON Lines dateline's; a CSV header with
    event_id_cnty (any case) is ACLED, and so are an extract of ACLED's columns without
    it (``acled.is_extract``) and ACLED's aggregated data (its reader refuses it); one with UCDP
    GED's date_prec, date_start and date_end (``ged.is_ged``) is GED; a cloud provider's audit
    log (``cloud_logs``) is refused (``CloudLog``); one with Timesketch's message or timestamp_desc and no title is
    Timesketch, and so are Plaso's l2tcsv and TLN (refused in Timesketch's terms); any other
    dateline's CSV."""
    refuse_binary(path)
    text = head(path).lstrip()
    if text.startswith("version https://git-lfs.github.com/spec/"):
        raise FormatError("a Git LFS pointer, not the file itself: fetch the file with git lfs pull")
    if is_site_template(text):
        raise FormatError(
            "a Jekyll template (front matter and Liquid tags), not the data it makes: build the site "
            "(jekyll build) and import the file it writes under _site/"
        )
    if timesketch.is_plaso_json(text):
        return "timesketch"  # Plaso's psort -o json, which its reader refuses naming the output that imports
    if timesketch.is_bodyfile(text):
        return "timesketch"  # The Sleuth Kit's bodyfile, which its reader refuses naming how Plaso makes a timeline
    if timesketch.is_zircolite(text):
        return "timesketch"  # Zircolite's detections, read as its Timesketch template writes them
    if text.startswith(("{", "[")):
        first = text.split("\n", 1)[0]
        if "\n" not in text:  # the head holds no whole line: read the first one whole, however long
            first = first_text_line(path)
        try:
            obj = json.loads(first)
        except (ValueError, RecursionError):  # broken, or nested too deeply: the reader says which
            obj = None
            if len(text) < 65536:  # the whole file: one JSON document over several lines
                try:
                    obj = json.loads(text)
                except (ValueError, RecursionError):
                    obj = None
            if obj is None:
                if '"event_id_cnty"' in text[:4096]:
                    return "acled"
                named = '"events"' in text or '"timeline"' in text or timelinejs.names_a_timeline(text)
                return "timelinejs" if named else "jsonl"  # names without quotes: its reader says JSON has none
        cloud = cloud_logs.json_refusal(obj)
        if cloud is not None:
            raise CloudLog(cloud)
        empty = _no_records(obj)
        if empty is not None:
            raise FormatError(empty)
        return _json_kind(obj) or "jsonl"
    if timelinejs.is_jsonp(text) and re.search(r"""["']?\b(?:timeline|events)\b["']?\s*:""", text):
        return "timelinejs"  # TimelineJS2's JSONP: storyjs_jsonp_data = {"timeline": ...} (its names unquoted too)
    header = _csv_header(text)
    cloud = cloud_logs.csv_refusal(header)
    if cloud is not None:
        raise CloudLog(cloud)
    if ged.is_ged(header):
        return "ged"  # UCDP's Georeferenced Event Dataset
    if "event_id_cnty" in header or acled.is_aggregated(header) or acled.is_extract(header):
        return "acled"  # events (an extract without their ids too), or ACLED's weekly counts, which its reader refuses
    if "headline" in header and header & {"year", "start date"} and "title" not in header:
        return "timelinejs"  # TimelineJS's spreadsheet template, saved as CSV
    if "title" not in header and (
        header & {"message", "timestamp_desc"}
        or timesketch.plaso_legacy(header) is not None
        or {"timestamp", "ruletitle"} <= header
    ):
        return "timesketch"  # no title: dateline's CSV cannot read it; Timesketch's terms say what it lacks
    if "title" not in header and timelinejs.embed_code(text) is not None:
        return "timelinejs"  # TimelineJS's embed code, not its data: its reader says where the data is
    return "csv"


def read(
    path: str | os.PathLike,
    fmt: str = "auto",
    source: str | None = None,
    decoding: Decoding | None = None,
    columns: dict[str, str] | None = None,
) -> Iterator[tuple[str, dict | Exception]]:
    """The records of one file as ``(FILE:LINE, record)``; a row that cannot be read
    comes as ``(FILE:LINE, exception)`` in its place, and reading goes on. ``decoding``
    names the files' encoding (default: UTF-8, else what charset-normalizer finds).
    ``columns`` (``{field: column}``, from ``import --column``) reads another program's
    CSV or JSON as dateline's, its columns so named (see ``columns``)."""
    if columns and fmt not in (None, "auto", *MAPPED_FORMATS):
        raise FormatError(f"--column reads CSV and JSON files (--format {' or '.join(MAPPED_FORMATS)}), not {fmt}")
    try:
        if fmt in (None, "auto"):
            fmt = mapped_format(path) if columns else detect(path)
        else:
            refuse_binary(path)
    except FormatError as exc:
        return iter([(f"{os.fspath(path)}:1", FileRefused(str(exc)))])
    if fmt not in _READERS:
        raise FormatError(f"unknown import format '{fmt}' (one of: auto, {', '.join(IMPORT_FORMATS)})")
    if columns:
        return _or_no_events(path, _MAPPED_READERS[fmt](path, source, decoding, columns))
    return _or_no_events(path, _READERS[fmt](path, source, decoding))


def _or_no_events(path: str | os.PathLike, items: Iterator[tuple[str, dict | Exception]]):
    """A reader's records; a file that gives none (empty, or a header and no rows: an
    export of a query that matched nothing) is refused once, saying so, not imported as
    nothing into a store made for it."""
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        with open(path, "rb") as f:
            start = f.read(4096)
        said = "an empty file" if not start.strip(b" \t\r\n\x00\xef\xbb\xbf") else "a header and no rows"
        yield f"{os.fspath(path)}:1", FileRefused(f"no events: {said}")


_MAPPED_READERS = {"csv": csvfile.read, "jsonl": jsonl.read}  # the readers --column names the columns for
MAPPED_FORMATS = tuple(_MAPPED_READERS)


def mapped_format(path: str | os.PathLike) -> str:
    """The format of a file read with ``--column``: JSON (records as JSON Lines, an
    array, an object's list) or a CSV, whatever program wrote it. What ``detect``
    refuses (a workbook, a Git LFS pointer, a site's template) stays refused, and so
    does TimelineJS data in a script, which has no columns."""
    text = head(path).lstrip()
    try:
        found = detect(path)
    except CloudLog:  # a cloud log, whose columns --column names
        return "jsonl" if text.startswith(("{", "[")) else "csv"
    if found in MAPPED_FORMATS:
        return found
    if text.startswith(("{", "[")):
        return "jsonl"
    if found == "timelinejs" and "headline" not in _csv_header(text):
        raise FormatError(
            "TimelineJS data in a script or page, not a table: --column names a CSV's or JSON's columns; "
            "import it without --column"
        )
    return "csv"


def read_all(
    paths: Iterable[str | os.PathLike],
    fmt: str = "auto",
    source: str | None = None,
    published: datetime | None = None,
    tz: str | None = None,
    decoding: Decoding | None = None,
    naive_zone: tzinfo | None = None,
    naive_count=None,
    columns: dict[str, str] | None = None,
) -> Iterator[tuple[str, dict | Exception]]:
    """The records of several files, one after another, each with its source and
    publication date: what one ``write_records`` call takes. Dates in words are resolved
    there (``records.interval_of``, against the record's ``published`` and ``tz``), so
    that an id made from a record comes from its words as written, not from the dates
    they resolve to. With ``naive_zone``, ISO dates without an offset are read in that
    zone (``place_naive``: ``naive_count`` counts the records a zone was assumed for, and
    ``tz`` names their source's zone). Places without coordinates get them from the
    offline gazetteer. ``columns`` names the fields of another program's CSV or JSON (see ``read``)."""
    for path in paths:
        items = _with_source(
            read(path, fmt, source, decoding, columns), Path(path).name, published, str(Path(path).resolve())
        )
        if naive_zone is not None:
            items = place_naive(items, naive_zone, tz, naive_count, count_words=naive_count is not None)
        yield from fill_coordinates(items)


def _with_source(
    items: Iterator[tuple[str, dict | Exception]],
    file_name: str,
    published: datetime | None,
    file_path: str | None = None,
) -> Iterator[tuple[str, dict | Exception]]:
    """Every record names its source: the one it gives, else the file's name; the
    publication date given for the import when it has none of its own; and the file it
    came from (``source_file``, kept with its source)."""
    for where, rec in items:
        if isinstance(rec, dict):
            if file_path is not None:
                rec["source_file"] = file_path
            if not rec.get("source") and not rec.get("source_id"):
                rec["source_default"] = file_name  # a new event's source; an update keeps the stored one
            if published is not None and not rec.get("published"):
                rec["published"] = published.isoformat()
        yield where, rec


def export(
    db: Readable,
    fmt: str,
    out: IO[str],
    start: datetime | None = None,
    end: datetime | None = None,
    query: str | None = None,
    *,
    ids: list[str] | None = None,
    where: tuple[str, list] | None = None,
    with_fields: bool = False,
    title: str | None = None,
    salvage=None,
) -> int:
    """Write the store's events (between two moments, matching ``query``, among ``ids``
    if given, and the condition ``where`` of a ``db.filters.Filter``) to ``out``.
    ``with_fields`` and ``title`` are the Markdown chronology's. With ``salvage`` (a
    ``db.salvage.Salvage``), a damaged store is written as far as it can be read, and
    ``salvage`` says what was lost."""
    if fmt not in _WRITERS:
        raise FormatError(f"unknown export format '{fmt}' (one of: {', '.join(EXPORT_FORMATS)})")
    records: Iterable[dict] = selected(db, start, end, query, ids=ids, where=where)
    if salvage is not None:
        from ..salvage import records_or_salvage

        records = records_or_salvage(db, start, end, query, salvage, records)
    if fmt == "markdown":
        return markdown.write(_with_outlets(db, records), out, title, with_fields=with_fields, start=start, end=end)
    return _WRITERS[fmt](records, out)


def _with_outlets(db: Readable, records: Iterable[dict]) -> Iterator[dict]:
    """Records with their source's outlet (publisher), link and zone, which a chronology
    names and the data formats do not carry."""
    sources = {r[0]: r[1:] for r in db.execute("SELECT id, publisher, url, tz FROM sources")}
    for rec in records:
        publisher, url, tz = sources.get(rec.get("source_id"), (None, None, None))
        yield dict(rec, publisher=publisher, url=url, tz=tz)


def export_to_file(
    db: Readable,
    fmt: str,
    path: str | os.PathLike,
    start: datetime | None = None,
    end: datetime | None = None,
    query: str | None = None,
    **options,
) -> int:
    """Export into a file, replaced only once it is complete; the count of events
    (``options``: those of ``export``).

    The file gets the mode a new file gets (the umask's), or keeps the one it had; a
    symbolic link is written through: its target is replaced, the link stays. Its folder
    must exist (FileNotFoundError naming it): a mistyped path makes no folders."""
    if fmt not in _WRITERS:
        raise FormatError(f"unknown export format '{fmt}' (one of: {', '.join(EXPORT_FORMATS)})")
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a directory", os.fspath(path))
    if not target.parent.is_dir():  # a mistyped folder is said, not made
        raise FileNotFoundError(errno.ENOENT, "no such folder (make it first)", os.fspath(target.parent))
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        os.fchmod(fd, mode)  # mkstemp makes it 0600
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            n = export(db, fmt, out, start, end, query, **options)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return n


def _umask() -> int:
    """The process's umask (read by setting it, the only portable way, and back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
