"""ACLED event files (CSV), as the API, the export tool and spreadsheets write them.

Headers are read in any case (``EVENT_ID_CNTY`` as well as ``event_id_cnty``), in the
old layouts (``GWNO``, ``EVENT_ID_NO_CNTY``, ``ALLY_ACTOR_1``, no ``sub_event_type``) and
today's (``disorder_type``, ``civilian_targeting``, ``iso``, ``tags``, ``timestamp``); a
title line above the header and a separator of ``;``, ``|`` or a tab are taken in stride, and a
file that is not UTF-8 (older exports are Windows-1252) is read in the encoding given or
found (see ``textfile.Decoding``).

``event_id_cnty`` is the id (``data_id`` when it is missing); an extract saved without
either (``event_date`` and ``event_type`` with some of ACLED's other columns, as the R
package acled.api's users write a subset of the columns) gets ids made from each row's
content, as Timesketch's rows do. ``event_date`` is read as the API writes it
(2024-09-21), as the export tool does (21 September 2024) and as spreadsheets leave it
(14/08/2020, 14/08/2020 00:00:00: day first, unless a date of the same file reads
only month first, 11/23/2024, as a spreadsheet set to the US saves them: a file has one
order); ``year`` alone is the last resort (other forms go to dateparser, day first).
HDX's row of HXL hashtags below the header is passed over; ACLED's aggregated data
(events counted a week in a region) is refused, being counts, not events, also when cut to
an extract without its counts (every date a Saturday, where ACLED's weeks begin). ``time_precision`` 1 is that day, 2 the Monday to Sunday week holding it, 3 its month.
The title says what happened where: the sub-event type (or event type), by whom
(actor1, without its "(2000-)" years) and the location. ``notes`` is the summary
(none when they only repeat the title, as the export writes them for an event without one),
``event_type`` the kind, actor1 and actor2 the actors, location the place, admin1 the
region, latitude/longitude the coordinates, fatalities the killed and ``source`` (the
outlet that reported the event) the event's source. Every other column is kept in
attrs, lower-cased, but ``year`` when it is the event date's (the export writes it from there). Rows of one event that follow each other (a monadic file: one row
per actor) are one event with all their actors. Dates are local dates without a time zone
and are stored as UTC days.

``write`` gives ACLED's columns back, so a chronology can go into tools made for ACLED.
"""

from __future__ import annotations

import csv
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import IO

from ..records import FileRefused, RecordError, refused, stable_id
from ..text import quoted
from .textfile import (
    DELIMITERS,
    Decoding,
    UniqueIds,
    blank,
    csv_rows,
    day_first_order,
    decode_all,
    delimiter_of,
    file_label,
    head,
    is_separator_hint,
    line_cells,
    where,
)

MAPPED = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "notes",
    "fatalities",
    "source",
)
# the columns `export --format acled` writes: today's layout, then the old layouts' own
COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    "gwno",
    "event_id_no_cnty",
    "ally_actor_1",
    "ally_actor_2",
    "data_id",
)
_DAY_FIRST = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%d-%m-%y")
_OTHER = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y", "%d-%b-%y", "%B %d, %Y", "%b %d, %Y")
_MONTH_FIRST = ("%m/%d/%Y", "%m-%d-%Y", "%m.%d.%Y", "%m/%d/%y", "%m-%d-%y")
_TIME = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$")
_YEARS = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def parse_date(text: str, year: str | None = None, month_first: bool = False) -> date:
    """The date in an ``event_date`` cell; ``year`` (the row's) settles a two-digit year
    or a month-first date a spreadsheet wrote; ``month_first``: the file's numeric dates
    put the month first (see ``dates_month_first``), so 11/1/2024 is 1 November."""
    value = _TIME.sub("", " ".join(str(text).split()))
    if re.fullmatch(r"\d{5}(\.0+)?", value) and 20000 <= float(value) <= 80000:  # a spreadsheet's day number
        return date(1899, 12, 30) + timedelta(days=int(float(value)))
    for fmt in _OTHER:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    for fmt in _MONTH_FIRST if month_first else ():
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    for fmt in _DAY_FIRST:
        try:
            day = datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if year and str(day.year) != year.strip().split(".")[0]:
            continue
        return day
    for fmt in ("%m/%d/%Y", "%m/%d/%y"):  # month first: only when day first cannot be
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    found = _dateparser(value, year)
    if found is not None:
        return found
    raise RecordError(f"cannot read event_date {quoted(text)} (2024-09-21, 21 September 2024 or 21/09/2024)")


def dates_month_first(dates: Iterable[str], look: int = 200) -> bool:
    """Whether a file's numeric dates put the month first (11/23/2024, as a spreadsheet
    set to the US saves them) rather than the day (23/11/2024): told by the first date
    that reads only one way. A file has one order: 11/1/2024 in a file whose other dates
    are month first is 1 November, not 11 January. Day first unless told otherwise, and
    when the first ``look`` dates are not numeric."""
    return day_first_order(dates, look) is False


def _dateparser(value: str, year: str | None) -> date | None:
    """Other ways of writing a date ("Sept 21st 2024"), read by dateparser, day first;
    the row's year completes a date written without one."""
    import dateparser

    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_LOCALE_DATE_ORDER": False}
    tries = [value]
    if year and re.fullmatch(r"\d{4}", year.strip()):
        tries.append(f"{value} {year.strip()}")
    for text in tries:
        try:
            found = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
        except (ValueError, OverflowError):
            found = None
        if found is not None:
            return found.date()
    return None


def _whole(value: str | None) -> str:
    """A number cell as a whole number's text ("2.0" from a spreadsheet is "2")."""
    text = (value or "").strip()
    try:
        number = float(text)
    except ValueError:
        return text
    return str(int(number)) if number == int(number) else text


def _dates(day: date, precision: str) -> tuple[str, str | None, str]:
    if precision in ("", "1"):
        return day.isoformat(), None, "day"
    if precision == "2":
        monday = day - timedelta(days=day.weekday())
        return monday.isoformat(), (monday + timedelta(days=7)).isoformat(), "week"
    if precision == "3":
        return day.strftime("%Y-%m"), None, "month"
    raise RecordError(f"time_precision must be 1, 2 or 3, not {quoted(precision)}")


def _number(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if "," in text and "." not in text:  # a decimal comma from a spreadsheet
        text = text.replace(",", ".")
    try:
        float(text)
    except ValueError:
        return None
    return text


def actor_name(actor: str) -> str:
    """An ACLED actor without the years of its government or force: "Military Forces of
    Russia (2000-)" is "Military Forces of Russia"."""
    return _YEARS.sub("", actor).strip()


def title_of(row: dict) -> str:
    what = (row.get("sub_event_type") or "").strip() or (row.get("event_type") or "").strip()
    actor = actor_name((row.get("actor1") or "").strip())
    location = (row.get("location") or "").strip()
    title = what or "Event"
    if actor:
        title += f" by {actor}"
    if location:
        title += f" in {location}"
    if title == "Event":  # an extract without the columns that say what happened, by whom, where
        country = (row.get("country") or "").strip()
        title = f"Event in {country}" if country else f"ACLED event {(row.get('event_id_cnty') or '').strip()}"
    return title


_MISSING = {"na", "n/a", "nan", "null", "none", "#n/a"}


def row_to_record(
    row: dict, source: str, month_first: bool = False, ids: UniqueIds | None = None
) -> dict | RecordError:
    """``ids``: the file has no id column (an extract without ``event_id_cnty`` or
    ``data_id``): the id is made from the row's content, the second of two identical rows
    "-2"."""
    # the cells R, pandas and spreadsheets write for "no value" are empty
    row = {k.strip().lower(): ("" if str(v).strip().lower() in _MISSING else v) for k, v in row.items() if k}
    event_id = (row.get("event_id_cnty") or "").strip() or (row.get("data_id") or "").strip()
    if not event_id and ids is not None:
        event_id = ids(stable_id(source, sorted(row.items())))
    if not event_id:
        return RecordError("missing required field 'event_id_cnty'")
    year = _whole(row.get("year"))
    attrs = {k: v for k, v in row.items() if k not in MAPPED and not blank(v)}
    precision_code = _whole(row.get("time_precision"))
    try:
        if not blank(row.get("event_date")):
            day = parse_date(row["event_date"], year, month_first)
        elif re.fullmatch(r"\d{4}", year):
            day = None
        else:
            return RecordError("missing required field 'event_date' (or 'year')")
        if day is None:  # the year alone, the last resort
            start, end, precision = year, None, "year"
        else:
            start, end, precision = _dates(day, precision_code)
            if precision != "day":
                attrs["event_date"] = day.isoformat()  # the day ACLED gave, which the week or month covers
            if year == str(day.year):
                attrs.pop("year", None)  # the event date's own year, which the export writes back from it
    except RecordError as exc:
        return exc
    if precision_code and precision_code not in ("1", "2", "3"):
        attrs["time_precision"] = precision_code
    location = (row.get("location") or "").strip()
    title = title_of(row)
    notes = row.get("notes")
    if not blank(notes) and " ".join(str(notes).split()) == title:
        notes = None  # the title again, as the export writes it for an event without a summary
    killed = _whole(row.get("fatalities")) or None
    if killed is not None and not killed.isdigit():
        attrs["fatalities"] = killed  # not a count ("unknown"): kept as written
        killed = None
    return {
        "id": event_id,
        "title": title,
        "summary": notes,
        "kind": (row.get("event_type") or "").strip() or None,
        "start": start,
        "end": end,
        "precision": precision,
        "place": location or None,
        "region": (row.get("admin1") or "").strip() or None,
        "country": (row.get("country") or "").strip() or None,
        "lat": _number(row.get("latitude")),
        "lon": _number(row.get("longitude")),
        "actors": [str(a).strip() for a in (row.get("actor1"), row.get("actor2")) if not blank(a)],
        "killed": killed,
        "source": (row.get("source") or "").strip() or source,
        "attrs": attrs,
    }


def _delimiter(path: str | os.PathLike) -> str:
    """The separator of the header, the first line with two or more of them (a title
    line above it passed over), as ``delimiter_of`` tells it: comma, semicolon, pipe or
    tab, or what Excel's "sep=" line names."""
    for line in head(path, 16384).splitlines()[:20]:
        if is_separator_hint(line) or sum(line.count(d) for d in DELIMITERS) >= 2:
            return delimiter_of(line)
    return ","


def _json_rows(path: str | os.PathLike, decoding: Decoding | None) -> Iterator[tuple[int, dict | RecordError]]:
    """The events of ACLED's API answer (``{"data": [...]}``), a JSON list of them, or
    JSON Lines of them, each with the line it starts on."""
    import json

    with open(path, "rb") as f:
        text, err, line = decode_all(f.read(), path, decoding)
    if err is not None:
        yield line, refused(err)
        return
    try:
        doc = json.loads(text)
        items = doc.get("data") if isinstance(doc, dict) else doc
    except json.JSONDecodeError:
        items = None
    if items is None:  # JSON Lines
        for n, chunk in enumerate(text.splitlines(), 1):
            if chunk.strip():
                try:
                    obj = json.loads(chunk)
                except json.JSONDecodeError as exc:
                    yield n, RecordError(f"broken JSON: {exc.msg} (column {exc.colno})")
                    continue
                yield n, obj if isinstance(obj, dict) else RecordError("an ACLED event must be a JSON object")
        return
    if not isinstance(items, list):
        yield 1, FileRefused("not ACLED's API answer: no 'data' list of events")
        return
    starts = [m.start() for m in re.finditer(r'"event_id_cnty"', text)]
    for i, item in enumerate(items):
        at = text.count("\n", 0, starts[i]) + 1 if i < len(starts) and len(starts) == len(items) else 1
        yield at, item if isinstance(item, dict) else RecordError("an ACLED event must be a JSON object")


def _cells(item: dict) -> dict:
    return {str(k): ("" if v is None else json_cell(v)) for k, v in item.items()}


def json_cell(value) -> str:
    if isinstance(value, (list, dict)):
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)


def read(
    path: str | os.PathLike, source: str | None = None, decoding: Decoding | None = None
) -> Iterator[tuple[str, dict | Exception]]:
    source = source or file_label(path)
    if head(path, 4096).lstrip().startswith(("{", "[")):
        yield from _merged(
            path,
            (
                (line, item if isinstance(item, RecordError) else row_to_record(_cells(item), source))
                for line, item in _json_rows(path, decoding)
            ),
        )
        return
    yield from _merged(path, _csv_records(path, source, decoding))


AGGREGATED = frozenset({"week", "event_type", "events", "fatalities"})
IDS = frozenset({"event_id_cnty", "data_id"})
# ACLED's own names, besides event_date and event_type, one of which an extract keeps
EXTRACT = frozenset(
    {"sub_event_type", "actor1", "fatalities", "admin1", "interaction", "inter1", "time_precision", "geo_precision"}
)


def is_extract(names: Iterable[str]) -> bool:
    """Whether a header (lower-cased names) is ACLED's events without their id column:
    ``event_date`` and ``event_type`` and another of ACLED's own columns, and no
    ``title`` (dateline's CSV) or ``message`` (Timesketch's)."""
    names = set(names)
    return (
        {"event_date", "event_type"} <= names
        and bool(names & EXTRACT)
        and not names & (IDS | {"title", "message"})
        and not is_aggregated(names)
    )


def is_aggregated(names: Iterable[str]) -> bool:
    """Whether a header (lower-cased names) is ACLED's aggregated data: counts of events a
    week in a region (WEEK, ADMIN1, EVENT_TYPE, EVENTS, FATALITIES...), or a month in a
    place as HDX publishes them (``reference_period_start`` or ``Start Date``, ``events``,
    ``fatalities``), not events."""
    return aggregation(names) is not None


# the columns that name the period ACLED's counts are of, as ACLED and HDX (HAPI) write them
_PERIODS = frozenset({"reference_period_start", "start_date", "month"})


def aggregation(names: Iterable[str]) -> str | None:
    """Why a header of ACLED's aggregated data is refused (``is_aggregated``), else None."""
    names = {re.sub(r"[\s-]+", "_", n.strip().lower()) for n in names}
    if "event_id_cnty" in names or "title" in names or "events" not in names:
        return None
    if AGGREGATED <= names:
        return AGGREGATED_WORDS
    if names & _PERIODS and names & {"fatalities", "event_type"}:
        return MONTHLY_WORDS
    return None


AGGREGATED_WORDS = (
    "ACLED's aggregated data (events counted by week and region), not events: "
    "dateline imports ACLED's event data (with event_id_cnty), from its export tool or API"
)
MONTHLY_WORDS = (
    "aggregated data (events and fatalities counted by month and place, as ACLED and HDX publish them), not events: "
    "dateline imports ACLED's event data (with event_id_cnty), from its export tool or API"
)


def saturdays(dates: list[str], month_first: bool, look: int = 500, weeks: int = 8) -> int:
    """How many Saturdays the event dates of an extract without ACLED's ids are, when they
    all are and ``weeks`` or more differ: ACLED's aggregated data (its weeks begin on a
    Saturday) with the week column renamed and the counts cut away. 0 otherwise, and when
    a date of the first ``look`` is another day or does not read at once."""
    found = set()
    for text in dates[:look]:
        if not text.strip():
            continue
        try:
            day = parse_date(text, month_first=month_first) if NUMERIC_OR_ISO.match(text.strip()) else None
        except RecordError:
            day = None
        if day is None or day.weekday() != 5:
            return 0
        found.add(day)
    return len(found) if len(found) >= weeks else 0


NUMERIC_OR_ISO = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")


def _header_line(path: str | os.PathLike, header: list[str], delimiter: str) -> int | None:
    """The line a CSV's header stands on (a title line or HDX's hashtags may stand
    around it), from the file's start; None when it is not there."""
    for number, text in enumerate(head(path).splitlines()[:50], 1):
        try:
            if [c.strip() for c in line_cells(text, delimiter)] == header:
                return number
        except csv.Error:
            continue
    return None


def _event_dates(path: str | os.PathLike, decoding: Decoding | None, delimiter: str, rows: int) -> Iterator[str]:
    """The ``event_date`` cells of a file's first ``rows`` rows (read without telling
    the encoding again)."""
    quiet = Decoding(encoding=decoding.encoding if decoding else None)
    for _, _, row in itertools.islice(csv_rows(path, quiet, delimiter=delimiter, skip_titles=True), rows):
        if isinstance(row, dict):
            yield next((str(v) for k, v in row.items() if k.strip().lower() == "event_date"), "")


def _csv_records(
    path: str | os.PathLike, source: str, decoding: Decoding | None
) -> Iterator[tuple[int, dict | Exception]]:
    delimiter = _delimiter(path)
    # the first dates, read once: their order, and whether they are all Saturdays (``saturdays``);
    # the rest of the 50,000 only as far as the order needs, and none of them kept for the import
    dates = _event_dates(path, decoding, delimiter, 50_000)
    first = list(itertools.islice(dates, 500))
    month_first = dates_month_first(itertools.chain(first, dates))
    del dates
    ids: UniqueIds | None = None
    for line, header, row in csv_rows(path, decoding, delimiter=delimiter, skip_titles=True):
        if ids is None and header and not IDS & {h.lower() for h in header}:
            ids = UniqueIds()  # an extract without ACLED's ids: each row's is made from its content
            weeks = saturdays(first, month_first)
            if weeks:
                yield (
                    line - 1,
                    FileRefused(
                        f"every event_date is a Saturday ({weeks} weeks), as ACLED's weeks begin: {AGGREGATED_WORDS}"
                    ),
                )
                return
        counted = aggregation(header) if header else None
        if counted and header:
            yield _header_line(path, header, delimiter) or line - 1, FileRefused(counted)
            return
        if isinstance(row, dict) and header and all(str(v).strip() == k for k, v in row.items()):
            continue  # the header again: files joined one after another
        yield line, row if isinstance(row, Exception) else row_to_record(row, source, month_first, ids)


def merge(rec: dict, other: dict) -> None:
    """Another row of the same event into ``rec``: ACLED's monadic files give an event one
    row per actor (``actor1`` only), one after another. Actors are joined; a column that
    differs keeps both values, "; " between."""
    for actor in other.get("actors") or []:
        if actor not in rec["actors"]:
            rec["actors"].append(actor)
    attrs = rec.setdefault("attrs", {})
    for key, value in (other.get("attrs") or {}).items():
        kept = attrs.get(key)
        if blank(kept):
            attrs[key] = value
        elif value != kept and str(value) not in str(kept).split("; "):
            attrs[key] = f"{kept}; {value}"
    for key, value in other.items():
        if key not in ("actors", "attrs", "title") and rec.get(key) in (None, "") and value not in (None, ""):
            rec[key] = value


def _merged(
    path: str | os.PathLike, items: Iterator[tuple[int, dict | Exception]]
) -> Iterator[tuple[str, dict | Exception]]:
    """The records, with rows of one event that follow each other made one."""
    pending: tuple[int, dict] | None = None
    for line, rec in items:
        if isinstance(rec, dict) and pending is not None and pending[1]["id"] == rec["id"]:
            merge(pending[1], rec)
            continue
        if pending is not None:
            yield where(path, pending[0]), pending[1]
            pending = None
        if isinstance(rec, dict):
            pending = (line, rec)
        else:
            yield where(path, line), rec
    if pending is not None:
        yield where(path, pending[0]), pending[1]


# --------------------------------------------------------------------------- writing

_PRECISION_CODE = {"week": "2", "weekend": "2", "month": "3", "year": "3"}  # a day or less: 1


def to_row(rec: dict) -> dict:
    attrs = {str(k).lower(): v for k, v in (rec.get("attrs") or {}).items()}
    start = str(rec["start"])
    day = str(attrs.get("event_date") or start[:10])
    if len(day) < 10:  # a month or a year: its first day
        day = (day + "-01-01")[:10] if len(day) == 4 else day + "-01"
    actors = list(rec.get("actors") or [])
    row = {k: (json_cell(v) if isinstance(v, (dict, list)) else str(v)) for k, v in attrs.items()}
    row.update(
        {
            "event_id_cnty": rec["id"],
            "event_date": day,
            "year": str(attrs.get("year") or day[:4]),
            "time_precision": str(attrs.get("time_precision") or _PRECISION_CODE.get(rec.get("precision") or "", "1")),
            "event_type": rec.get("kind") or attrs.get("event_type") or "",
            "actor1": actors[0] if actors else "",
            "actor2": actors[1] if len(actors) > 1 else "",
            "country": rec.get("country") or "",
            "admin1": rec.get("region") or "",
            "location": rec.get("place") or "",
            "latitude": "" if rec.get("lat") is None else str(rec["lat"]),
            "longitude": "" if rec.get("lon") is None else str(rec["lon"]),
            "source": rec.get("source") or "",
            "notes": rec.get("summary") or rec.get("title") or "",
            "fatalities": str(attrs.get("fatalities") or "") if rec.get("killed") is None else str(rec["killed"]),
        }
    )
    if len(actors) > 2 and not row.get("assoc_actor_1"):
        row["assoc_actor_1"] = "; ".join(actors[2:])
    return row


def write(records: Iterable[dict], out: IO[str]) -> int:
    """ACLED's columns, then every other column an event kept (an ACLED file's own extra
    columns come back): the rows wait in a temporary file until all the names are known."""
    import json
    import tempfile

    names = list(COLUMNS)
    known = set(names)
    n = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for rec in records:
            row = to_row(rec)
            for key in row:
                if key not in known:
                    known.add(key)
                    names.append(key)
            spool.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        spool.seek(0)
        writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n", restval="")
        writer.writeheader()
        for line in spool:
            writer.writerow(json.loads(line))
    return n
