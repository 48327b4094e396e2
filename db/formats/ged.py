"""UCDP GED event files (CSV): the Uppsala Conflict Data Program's Georeferenced Event
Dataset, its yearly release (``GEDEvent_v25_1.csv``), its candidate and monthly releases
(the same columns) and the country files HDX publishes from it (a row of HXL hashtags
below the header, which is passed over), and its events as UCDP's API gives them
(``{"TotalCount": …, "Result": [...]}``, a JSON list or JSON Lines of them).

Told by its header (``date_prec``, ``date_start`` and ``date_end`` with another of GED's
own columns). ``id`` is the event's id (so a newer release updates the events it has
already given). ``date_start`` and ``date_end`` are the earliest and the latest day the
event can have been, both inclusive, written as days (2019-04-05) or as midnight
datetimes (``2019-04-05 00:00:00.000``, read as that day): the interval runs from the
first to the end of the last (dateline's end is exclusive), its precision by
``date_prec`` (1 the day, 2 part of a week, 3 a week, 4 a month, 5 a year or vaguer),
which is kept.
The title says what happened, by whom or between whom, where: the type of violence in
words, side_a and side_b (side_a alone for one-sided violence, whose side_b is
civilians), and ``where_coordinates``. ``type_of_violence`` in words is the kind, side_a
and side_b the actors, ``where_coordinates`` the place, ``adm_1`` the region, ``best`` the
killed; the source's headline the summary, and its outlet (``source_office``) the
event's source. Every other column (the low and high estimates, the deaths by side,
``source_article``, ``where_description``, ``relid``…) is kept in attrs, lower-cased.
Days are days in the import's zone (``--tz``, else UTC), as ACLED's are.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from ..records import RecordError
from ..text import quoted
from .acled import _MISSING, dates_month_first, parse_date
from .textfile import Decoding, blank, csv_rows, delimiter_of, file_label, head, where

# GED's columns that only it has: a header with date_prec, date_start and date_end and one
# of these is GED's
OWN = frozenset(
    {
        "type_of_violence",
        "where_coordinates",
        "where_prec",
        "deaths_civilians",
        "deaths_unknown",
        "dyad_name",
        "conflict_name",
        "priogrid_gid",
        "event_clarity",
    }
)
DATES = frozenset({"date_prec", "date_start", "date_end"})

MAPPED = (
    "id",
    "date_start",
    "date_end",
    "type_of_violence",
    "side_a",
    "side_b",
    "where_coordinates",
    "adm_1",
    "country",
    "latitude",
    "longitude",
    "best",
    "source_headline",
    "source_office",
)

# the codebook's words for type_of_violence
VIOLENCE = {"1": "state-based conflict", "2": "non-state conflict", "3": "one-sided violence"}
# date_prec: 1 the exact day (or days), 2 within 2-6 days, 3 the week, 4 within 8-30 days or
# the month, 5 within 31-180 days or only the year
PRECISION = {"1": "day", "2": "part of week", "3": "week", "4": "month", "5": "year"}


def is_ged(names: Iterable[str]) -> bool:
    """Whether a header (lower-cased names) is UCDP GED's."""
    names = set(names)
    return DATES <= names and bool(names & OWN) and "title" not in names


def _whole(value) -> str:
    text = str(value or "").strip()
    try:
        number = float(text)
    except ValueError:
        return text
    return str(int(number)) if number == int(number) else text


def _day(row: dict, name: str, month_first: bool) -> date:
    text = str(row.get(name) or "").strip()
    if not text:
        raise RecordError(f"missing required field '{name}'")
    try:
        return parse_date(text, month_first=month_first)
    except RecordError:
        raise RecordError(f"cannot read {name} {quoted(text)} (2019-04-05 or 2019-04-05 00:00:00.000)") from None


def title_of(row: dict) -> str:
    """What happened, by whom or between whom, where: "State-based conflict between
    Government of Bangladesh and JSS/SB in Mahalchhari town", "One-sided violence by
    JSS/SB in Rangamati town"."""
    kind = VIOLENCE.get(_whole(row.get("type_of_violence")), "")
    side_a = str(row.get("side_a") or "").strip()
    side_b = str(row.get("side_b") or "").strip()
    title = kind.capitalize() if kind else "Organized violence"
    if side_a and (kind == "one-sided violence" or not side_b):
        title += f" by {side_a}"
    elif side_a and side_b:
        title += f" between {side_a} and {side_b}"
    elif str(row.get("dyad_name") or "").strip():
        title += f": {str(row['dyad_name']).strip()}"
    where_ = str(row.get("where_coordinates") or "").strip() or str(row.get("adm_1") or "").strip()
    where_ = where_ or str(row.get("country") or "").strip()
    if where_:
        title += f" in {where_}"
    return title


def _number(value) -> str | None:
    text = str(value or "").strip()
    try:
        float(text)
    except ValueError:
        return None
    return text


def row_to_record(row: dict, source: str, month_first: bool = False) -> dict | RecordError:
    row = {k.strip().lower(): ("" if str(v).strip().lower() in _MISSING else v) for k, v in row.items() if k}
    event_id = _whole(row.get("id")) or str(row.get("relid") or "").strip()
    if not event_id:
        return RecordError("missing required field 'id'")
    try:
        first = _day(row, "date_start", month_first)
        last = _day(row, "date_end", month_first) if not blank(row.get("date_end")) else first
    except RecordError as exc:
        return exc
    if last < first:
        return RecordError(f"date_end {last.isoformat()} is before date_start {first.isoformat()}")
    code = _whole(row.get("date_prec"))
    precision = PRECISION.get(code, "day" if first == last else "range")
    attrs = {k: v for k, v in row.items() if k not in MAPPED and not blank(v)}
    killed = _whole(row.get("best")) or None
    if killed is not None and not killed.isdigit():
        attrs["best"] = killed  # not a count: kept as written
        killed = None
    kind = VIOLENCE.get(_whole(row.get("type_of_violence")))
    if kind is None and not blank(row.get("type_of_violence")):
        attrs["type_of_violence"] = row["type_of_violence"]
    headline = " ".join(str(row.get("source_headline") or "").split())
    return {
        "id": event_id,
        "title": title_of(row),
        "summary": headline or None,
        "kind": kind,
        "start": first.isoformat(),
        "end": (last + timedelta(days=1)).isoformat(),
        "precision": precision,
        "place": str(row.get("where_coordinates") or "").strip() or None,
        "region": str(row.get("adm_1") or "").strip() or None,
        "country": str(row.get("country") or "").strip() or None,
        "lat": _number(row.get("latitude")),
        "lon": _number(row.get("longitude")),
        "actors": [str(row[k]).strip() for k in ("side_a", "side_b") if not blank(row.get(k))],
        "killed": killed,
        "source": str(row.get("source_office") or "").strip() or source,
        "attrs": attrs,
    }


def _delimiter(path: str | os.PathLike) -> str:
    first = next((line for line in head(path, 16384).splitlines() if line.strip()), "")
    return delimiter_of(first)


def _month_first(path: str | os.PathLike, decoding: Decoding | None, delimiter: str, rows: int = 500) -> bool:
    """Whether the file's numeric dates put the month first (a spreadsheet set to the US
    saved it), from its first ``rows`` rows' date_start and date_end."""
    quiet = Decoding(encoding=decoding.encoding if decoding else None)
    cells: list[str] = []
    for _, _, row in itertools.islice(csv_rows(path, quiet, delimiter=delimiter, skip_titles=True), rows):
        if isinstance(row, dict):
            cells += [str(v) for k, v in row.items() if k.strip().lower() in ("date_start", "date_end")]
    return dates_month_first(cells)


def is_ged_record(obj: object) -> bool:
    """Whether a JSON value is a GED event (as UCDP's API gives them): an object with
    GED's dates and another of its own fields, and no title."""
    return isinstance(obj, dict) and is_ged(str(k).lower() for k in obj)


def is_api_answer(obj: object) -> bool:
    """Whether a JSON document is UCDP's API answer (``{"TotalCount": …, "Result": [...]}``)
    or a list of GED events, holding at least one."""
    items = obj.get("Result") if isinstance(obj, dict) else obj
    return isinstance(items, list) and bool(items) and is_ged_record(items[0])


def _json_rows(path: str | os.PathLike, decoding: Decoding | None) -> Iterator[tuple[int, dict | Exception]]:
    """The events of UCDP's API answer, a JSON list of them or JSON Lines of them, each
    with the line it starts on (its ``"id"``'s, when each event has one), as cells."""
    import json
    import re

    from ..records import refused
    from .textfile import decode_all

    with open(path, "rb") as f:
        text, err, line = decode_all(f.read(), path, decoding)
    if err is not None:
        yield line, refused(err)
        return
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        doc = None
    if doc is None:  # JSON Lines
        for n, chunk in enumerate(text.splitlines(), 1):
            if chunk.strip():
                try:
                    obj = json.loads(chunk)
                except json.JSONDecodeError as exc:
                    yield n, RecordError(f"broken JSON: {exc.msg} (column {exc.colno})")
                    continue
                yield n, _cells(obj) if isinstance(obj, dict) else RecordError("a GED event must be a JSON object")
        return
    items = doc.get("Result") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        yield 1, RecordError("not UCDP's API answer: no 'Result' list of events")
        return
    starts = [m.start() for m in re.finditer(r'"id"\s*:', text)]
    for i, item in enumerate(items):
        at = text.count("\n", 0, starts[i]) + 1 if len(starts) == len(items) else 1
        yield at, _cells(item) if isinstance(item, dict) else RecordError("a GED event must be a JSON object")


def _cells(item: dict) -> dict:
    """A JSON event's values as a CSV row's cells (null empty, numbers as written)."""
    return {str(k): "" if v is None else str(v) for k, v in item.items()}


def read(
    path: str | os.PathLike, source: str | None = None, decoding: Decoding | None = None
) -> Iterator[tuple[str, dict | Exception]]:
    source = source or file_label(path)
    if head(path, 4096).lstrip().startswith(("{", "[")):
        rows = list(_json_rows(path, decoding))
        month_first = dates_month_first(
            str(row.get(k) or "") for _, row in rows[:500] if isinstance(row, dict) for k in ("date_start", "date_end")
        )
        for line, row in rows:
            yield where(path, line), row if isinstance(row, Exception) else row_to_record(row, source, month_first)
        return
    delimiter = _delimiter(path)
    month_first = _month_first(path, decoding, delimiter)
    for line, _, row in csv_rows(path, decoding, delimiter=delimiter, skip_titles=True):
        yield where(path, line), row if isinstance(row, Exception) else row_to_record(row, source, month_first)
