"""Timesketch timelines, CSV or JSON Lines.

Each row needs what Timesketch needs: the columns (JSON keys) ``message`` and
``timestamp_desc``, which may be empty in a row (Plaso leaves some messages empty), and a
``datetime`` (ISO 8601) or ``timestamp`` it can read; a row without them is refused in
those terms, and so is Plaso's l2tcsv, which has none of them. A CSV may be separated by
commas, semicolons, pipes or tabs (Timesketch's upload form offers the first three). A
number in ``timestamp`` (or in ``datetime``) is read as Timesketch reads it, by its size:
seconds, milliseconds, microseconds or nanoseconds. A row becomes an event titled by the
message's first line, with the whole message as summary and ``timestamp_desc`` as kind;
every other column is kept in the event's attrs, and ``timestamp`` (epoch microseconds)
too when it has a fraction of a second, which the stored start drops. The row's own ``_id`` or ``id``
is the event's id. Precision is "minute": the start keeps its seconds.

Files of the tools that write for Timesketch in a layout of their own are read as
their Timesketch output would be: Hayabusa's csv-timeline and json-timeline (Timestamp,
RuleTitle...) as its timesketch profile, Zircolite's detections as its Timesketch
template. Windows event records (Chainsaw's search, evtx_dump, NXLog) and Plaso's
l2tcsv and TLN, which Timesketch refuses, are refused naming what makes a timeline.

A row that dateline wrote (it has ``title``, ``start`` and ``precision``) gives its
fields back (title, place, actors, killed, quotes...), so exporting a store as Timesketch
and importing the file into it updates its events and leaves them as they were.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import IO

from ..records import FIELDS, FileRefused, RecordError, refused, stable_id
from . import jsonl
from .textfile import (
    NUMERIC_DATE,
    Decoding,
    UniqueIds,
    blank,
    csv_rows,
    day_first_order,
    decode_all,
    delimiter_of,
    file_label,
    first_line,
    head,
    is_type_line,
    line_cells,
    where,
)

REQUIRED = ("message", "timestamp_desc")
MAPPED = ("message", "datetime", "timestamp_desc", "timestamp", "_id")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# dateline's own fields in a row it wrote, given back as fields on import
OWN = (
    "id",
    "title",
    "status",
    "date_text",
    "start",
    "end",
    "precision",
    "place",
    "region",
    "country",
    "lat",
    "lon",
    "killed",
    "injured",
    "source",
    "published",
    "link",
    "source_id",
    "paragraph",
    "excerpt",
    "actors",
    "quotes",
)
TIMESKETCH = ("message", "datetime", "timestamp", "timestamp_desc")
# Timesketch needs a timestamp_desc: an event without a kind goes out with this one, and a
# row dateline wrote reads it back as no kind; a kind that is this very word goes out in
# ``kind`` too, so that it comes back
NO_KIND = "Event"
ATTR_PREFIX = "attrs."  # an attr whose name is one of the row's own columns is written under this prefix
_PARAGRAPH = " (paragraph "


def is_jsonl(path: str | os.PathLike) -> bool:
    return head(path, 4096).lstrip().startswith(("{", "["))  # an array: refused as such


def micros_of_number(value: float) -> int:
    """Epoch microseconds of a number in seconds, milliseconds, microseconds or
    nanoseconds, told apart by size as Timesketch does (above 1e17 nanoseconds, above
    1e14 microseconds, above 1e11 milliseconds, else seconds)."""
    size = abs(value)
    if size > 1e17:
        return int(value // 1000)
    if size > 1e14:
        return int(value)
    if size > 1e11:
        return int(value * 1000)
    return int(value * 1_000_000)


_NUMBER = re.compile(r"-?\d+(\.\d*)?([eE][+-]?\d+)?")  # 1.43776E+15 as a spreadsheet writes it too


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    if _NUMBER.fullmatch(text):
        return float(text) if "." in text or "e" in text or "E" in text else int(text)
    return None


# a time written with dashes or dots after a whole date, as in file names
# (2022-11-10T05-07-28+00:00, 24-10-2013 01.21.28): dateutil reads "-07-28" as offsets
# and gives 05:00 without a word, as pandas did for Timesketch
_SEPARATED_TIME = re.compile(
    r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})([T ])(\d{1,2})([-.])(\d{2})\4(\d{2})"
    r"(?=(?:[.,]\d+)?\s*(?:Z|UTC|[+-]\d{2}(?::?\d{2})?)?$)"
)


def colon_time(value: str) -> str:
    """``value`` with a time written with dashes or dots after a whole date written with
    colons (2022-11-10T05-07-28+00:00 is 2022-11-10T05:07:28+00:00); other text as it is."""
    return _SEPARATED_TIME.sub(r"\1\2\3:\5:\6", value, count=1) if value[:1].isdigit() else value


def _full_date(value: str, day_first: bool = False) -> datetime | None:
    """A date and time written otherwise than ISO 8601 ("Jul 24 2015 19:01:01 UTC"), as
    dateutil reads it (Timesketch reads them so too), when it names year, month and day.
    ``day_first``: the file's numeric dates put the day first (``days_first``), so
    05-10-2013 is 5 October, not 10 May."""
    from dateutil import parser

    day_first = day_first and NUMERIC_DATE.match(value) is not None  # only a date with the year last
    try:
        zones = {"UTC": 0, "GMT": 0, "Z": 0}
        one = parser.parse(value, default=datetime(2001, 1, 1), tzinfos=zones, dayfirst=day_first)
        two = parser.parse(value, default=datetime(2002, 2, 2), tzinfos=zones, dayfirst=day_first)
    except (ValueError, OverflowError):
        return None
    if one != two:  # a part missing: the defaults differ
        return None
    return one if _time_as_written(value, one) else None


# the hour and minute written after a year (or a whole ISO date): what dateutil reads must be them
_WRITTEN_TIME = re.compile(r"\d{4}(?:-\d{1,2}-\d{1,2})?[T ](\d{1,2})[:.-](\d{2})")


def _time_as_written(value: str, moment: datetime) -> bool:
    """Whether the hour and minute written after the year in ``value`` are those of
    ``moment`` (an hour of a 12-hour clock as it is): dateutil reads "05-07+00:00" as 05:00
    with an offset, a time it was not given."""
    found = _WRITTEN_TIME.search(value)
    if found is None:
        return True
    return (moment.hour % 12, moment.minute) == (int(found[1]) % 12, int(found[2]))


def _from_micros(micros: int, what: str, value) -> datetime:
    try:
        return EPOCH + timedelta(microseconds=micros)
    except OverflowError:
        raise RecordError(f"{what} '{value}' is out of range (years 1 to 9999)") from None


_MICROSECOND = timedelta(microseconds=1)


def _moment(row: dict, day_first: bool = False) -> tuple[datetime, int]:
    """(aware moment, epoch microseconds) of a row; ``day_first`` as for ``_full_date``."""
    text = row.get("datetime")
    stamp = row.get("timestamp")
    if text.__class__ is str and text[4:5] == "-" and text[:1].isdigit() and (stamp is None or stamp.__class__ is int):
        # the usual row: ISO 8601 with an offset (a "-" after four digits: not a number) and
        # epoch microseconds or none, read in one go; anything else as below
        try:
            moment = datetime.fromisoformat(text)
            if moment.tzinfo is not None:
                micros = (moment - EPOCH) // _MICROSECOND
                given = None if stamp is None else float(stamp)
                return moment, _to_the_microsecond(micros, given, 1 if moment.microsecond else 1_000_000)
        except (ValueError, OverflowError):
            pass
    return _moment_in_general(text, stamp, day_first)


# what Plaso writes in the datetime column for a time that is none: 0000-00-00T00:00:00 for a
# time not set, and with psort --dynamic-time dfdatetime's semantic times
_PLASO_NO_TIME = {"invalid": "a time it could not read", "not set": "a time not set", "never": "a time that is never"}


def _plaso_no_time(value: str) -> str | None:
    """What a datetime Plaso writes for no time stands for, or None for another text."""
    if value.startswith("0000-"):
        return _PLASO_NO_TIME["not set"]
    return _PLASO_NO_TIME.get(value.casefold())


def _to_the_microsecond(micros: int, given: float | None, unit: int) -> int:
    """``micros`` of a datetime written to ``unit`` microseconds (a second, a millisecond),
    or the row's timestamp when it falls in that same unit (Timesketch writes both: the
    timestamp keeps the microseconds)."""
    if given is not None and unit > 1:
        exact = micros_of_number(given)
        if 0 <= exact - micros < unit:
            return exact
    return micros


def unit_of_number(number: float) -> int:
    """The microseconds one unit of an epoch number stands for (``micros_of_number``'s
    sizes): a second, a millisecond, or 1 for microseconds, nanoseconds and fractions."""
    size = abs(number)
    if size > 1e14 or number != int(number):
        return 1
    return 1000 if size > 1e11 else 1_000_000


def _moment_in_general(text, stamp, day_first: bool = False) -> tuple[datetime, int]:
    given = None if blank(stamp) else _number(stamp)
    if not blank(text):
        number = _number(text)
        if number is not None:  # a number in datetime: an epoch time, by its size (pandas's
            # to_json, which Timesketch's CLI and importer use, writes milliseconds)
            micros = _to_the_microsecond(micros_of_number(number), given, unit_of_number(number))
            return _from_micros(micros, "datetime", text), micros
        value = colon_time(str(text).strip())
        try:
            moment = datetime.fromisoformat(value.replace("z", "Z"))
        except ValueError:
            other = _full_date(value, day_first)
            why = _plaso_no_time(value) if other is None else None
            if why is not None:
                raise RecordError(
                    f"datetime '{text}' is no date (Plaso writes it for {why}; Timesketch drops the row)"
                ) from None
            if other is None:
                raise RecordError(f"cannot read datetime '{text}' (ISO 8601 expected)") from None
            moment = other
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        try:
            micros = (moment - EPOCH) // _MICROSECOND
        except OverflowError:
            raise RecordError(f"datetime '{text}' is out of range (years 1 to 9999)") from None
        return moment, _to_the_microsecond(micros, given, 1 if moment.microsecond else 1_000_000)
    if given is None:
        if blank(stamp):
            raise RecordError("missing Timesketch's required field 'datetime' (or 'timestamp')")  # not reached
        raise RecordError(f"cannot read timestamp '{stamp}' (a number of seconds, ms, µs or ns since 1970)")
    micros = micros_of_number(given)
    return _from_micros(micros, "timestamp", stamp), micros


def _summary(message: str, title: str) -> str | None:
    """The summary ``message_of`` made ``message`` from, with ``title``."""
    if message == title:
        return None
    if message.startswith(title + "\n\n"):
        return message[len(title) + 2 :]
    return message


def _quotes(text) -> list[dict]:
    """The quotes of the quotes column as ``to_row`` writes it, one a line:
    “TEXT” — SPEAKER [ROLE] (paragraph N), the last three parts optional. A text ends at
    the first ” that the rest of a line of that form follows (so it may hold ” and line
    breaks); a speaker is as short as lets the rest be a role and a paragraph: what one
    pattern with a lazy text and a lazy speaker found (in re.S) before, in two thirds of
    its time (its lazy parts stepped one character at a time)."""
    if isinstance(text, list):
        return text
    text = str(text)
    quotes = []
    find = text.find
    at = 0
    while (opening := find("“", at)) >= 0:
        closing = find("”", opening + 1)
        while closing >= 0 and (tail := _quote_tail(text, closing + 1)) is None:
            closing = find("”", closing + 1)
        if closing < 0 or tail is None:  # no ” ends a quote here, nor could one for a later “
            break
        speaker, role, paragraph, at = tail
        q: dict = {"text": text[opening + 1 : closing], "speaker": speaker or None}
        if role:
            q["role"] = role
        if paragraph:
            q["paragraph"] = int(paragraph)
        quotes.append(q)
    return quotes


def _quote_tail(text: str, at: int) -> tuple[str | None, str | None, str | None, int] | None:
    """(speaker, role, paragraph, where the line ends) of what follows a closing mark at
    ``at`` up to its line's end, or None when that is not " — SPEAKER", " [ROLE]",
    " (paragraph N)" in this order, each optional."""
    end = text.find("\n", at)
    line, after = (text[at:], len(text)) if end < 0 else (text[at:end], end + 1)
    if line.startswith(" — "):
        rest = line[3:]
        start, role, paragraph = _role_and_paragraph(rest)
        return rest[:start], role, paragraph, after
    start, role, paragraph = _role_and_paragraph(line)
    return (None, role, paragraph, after) if start == 0 else None


def _role_and_paragraph(line: str) -> tuple[int, str | None, str | None]:
    """(start, role, paragraph) of the longest end of ``line`` that is " [ROLE]" and
    " (paragraph N)", each optional (a role holds no "]"); start is len(line) for none."""
    cut, paragraph = len(line), None
    if line.endswith(")"):
        k = line.rfind(_PARAGRAPH)
        if k >= 0 and line[k + len(_PARAGRAPH) : -1].isdecimal():
            cut, paragraph = k, line[k + len(_PARAGRAPH) : -1]
    if line.endswith("]", 0, cut):
        role = line.find(" [", line.rfind("]", 0, cut - 1) + 1, cut - 1)
        if role >= 0:
            return role, line[role + 2 : cut - 1], paragraph
    return cut, None, paragraph


_OWN = frozenset(OWN)
_NOT_ATTRS = _OWN | frozenset(TIMESKETCH) | {"_id", "kind", "", None}  # the columns an own row's attrs leave out


def _missing(row: dict) -> RecordError | None:
    """Timesketch's required fields a row lacks, said in one error, or None. As
    Timesketch, the file must have ``message`` and ``timestamp_desc`` (a CSV's columns, a
    JSON line's keys), which may be empty in a row (Plaso leaves a message empty), and a
    ``datetime`` or ``timestamp`` in every row."""
    if "message" not in row:
        what = windows_event(row)
        if what is not None:
            return windows_events_refused(what)
        inside = wrapped_event(row)
        if inside is not None:
            return RecordError(
                f"Timesketch's fields (message, datetime, timestamp_desc) are inside '{'.'.join(inside)}', not at "
                f"the top level where Timesketch reads them: jq -c '{jq_path(inside)}' FILE writes a file that imports"
            )
    missing = ["'message'"] if "message" not in row else []
    if blank(row.get("datetime")) and blank(row.get("timestamp")):
        missing.append("'datetime' (or 'timestamp')")
    if "timestamp_desc" not in row:
        missing.append("'timestamp_desc'")
    if missing:
        return RecordError(f"missing Timesketch's required field{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
    return None


# Hayabusa's timelines (csv-timeline, json-timeline): its "timesketch" profiles write the
# same rows with these three columns renamed, and the constant timestamp_desc
HAYABUSA = {"Timestamp": "datetime", "RuleTitle": "message"}
HAYABUSA_DESC = "hayabusa"


def is_hayabusa(names) -> bool:
    """Whether columns (a CSV's header, a JSON line's keys, as written) are Hayabusa's
    own timeline's, not its Timesketch profile's: Timestamp and RuleTitle, no message."""
    return "Timestamp" in names and "RuleTitle" in names and "message" not in names


def hayabusa_row(row: dict) -> dict:
    """A row of Hayabusa's own timeline as its timesketch profile writes it: datetime
    is the Timestamp, message the RuleTitle, timestamp_desc "hayabusa"; the other
    columns as they are."""
    out = {HAYABUSA.get(k, k): v for k, v in row.items()}
    out.setdefault("timestamp_desc", HAYABUSA_DESC)
    return out


def windows_event(obj: dict) -> str | None:
    """What a JSON object is when it is a Windows event log record rather than a
    timeline's event, said to the user, or None: the evtx parsers' ``Event.System``
    (Chainsaw's search, evtx_dump), or a flat record with an EventID and a Channel
    (NXLog, Winlogbeat's fields, a SIEM's export)."""
    if "message" in obj or "RuleTitle" in obj:
        return None  # a timeline's event that keeps the record's fields beside it
    event = obj.get("Event")
    if event.__class__ is dict and event.get("System").__class__ is dict:
        return "Windows event log records (Event.System…, as Chainsaw's search and evtx_dump write them)"
    if "EventID" in obj and "Channel" in obj:
        return "Windows event log records (EventID, Channel…, as NXLog and SIEM exports write them)"
    return None


# Zircolite's detections (its detected_events.json): rules, each with the events it matched
_ZIRCOLITE = re.compile(r'"(?:sigmafile|rule_level)"\s*:')
ZIRCOLITE_TIME = "SystemTime"  # the time field of its Timesketch template (--timefield names another)


def is_zircolite(text: str) -> bool:
    """Whether a file's start is Zircolite's detections: a JSON array of rules (title,
    rule_level, sigmafile...) with their ``matches``."""
    text = text.lstrip()
    return text.startswith("[") and '"matches"' in text and _ZIRCOLITE.search(text) is not None


def zircolite_rows(path: str | os.PathLike, decoding: Decoding | None) -> Iterator[tuple[str, dict | Exception]]:
    """The rows Zircolite's Timesketch template (exportForTimesketch.tmpl) writes from its
    detections, each at the line of its rule: one a match, the rule's title its message,
    the match's SystemTime its datetime, "Event time" its timestamp_desc, the rule's
    title, id, description and level beside the match's own fields."""
    with open(path, "rb") as f:
        text, err, line = decode_all(f.read(), path, decoding)
    if err is not None:
        yield where(path, line), refused(err)
        return
    decoder = json.JSONDecoder()
    pos = counted = text.index("[") + 1
    line = text.count("\n", 0, pos) + 1
    first = True  # broken JSON before the first rule leaves nothing of the file to read
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return
        line, counted = line + text.count("\n", counted, pos), pos
        try:
            rule, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield where(path, exc.lineno), _broken(f"broken JSON: {exc.msg} (column {exc.colno})", first)
            return
        except RecursionError:
            yield where(path, line), _broken("broken JSON: nested too deeply", first)
            return
        first = False
        if rule.__class__ is not dict or rule.get("matches").__class__ is not list:
            yield where(path, line), RecordError("not one of Zircolite's detections: no 'matches' list")
            continue
        about = {k: rule.get(k) for k in ("title", "id", "description", "rule_level")}
        for match in rule["matches"]:
            fields = match if match.__class__ is dict else {}
            time = fields.get(ZIRCOLITE_TIME, "")
            yield (
                where(path, line),
                {
                    "message": rule.get("title"),
                    "datetime": time,
                    "timestamp_desc": "Event time",
                    **about,
                    **fields,
                },
            )


def _first_of_array(text: str) -> dict | None:
    """The first object of a JSON array that ``text`` (a file's start) opens, or None."""
    text = text.lstrip()
    if not text.startswith("["):
        return None
    try:
        first, _ = json.JSONDecoder().raw_decode(text[1:].lstrip())
    except (ValueError, RecursionError):
        return None
    return first if first.__class__ is dict else None


def _broken(why: str, first: bool) -> RecordError:
    """Broken JSON in Zircolite's detections: the whole file's refusal at its first rule."""
    return FileRefused(why) if first else RecordError(why)


def windows_events_refused(what: str) -> RecordError:
    return RecordError(
        f"{what}, not a timeline: Timesketch refuses them too (no message, datetime, timestamp_desc); make a "
        "timeline of them with Hayabusa (csv-timeline or json-timeline) or Plaso (psort -o json_line)"
    )


def wrapped_event(obj: dict, depth: int = 3) -> tuple[str, ...] | None:
    """The keys down to a Timesketch event (message, timestamp_desc, a datetime or
    timestamp) wrapped in an envelope up to ``depth`` objects down: Artemis's timelines
    with metadata (``{"metadata": ..., "data": {...}}``), an Elasticsearch or OpenSearch
    export of a Timesketch index (``{"_index": ..., "_source": {...}}``), LimaCharlie's
    Hayabusa events (``{"event": {"results": {...}}, "routing": ...}``). None for none."""
    for key, value in obj.items():
        if value.__class__ is not dict:
            continue
        if "message" in value and "timestamp_desc" in value and ("datetime" in value or "timestamp" in value):
            return (key,)
        inside = wrapped_event(value, depth - 1) if depth > 1 else None
        if inside is not None:
            return (key, *inside)
    return None


def jq_path(keys: tuple[str, ...]) -> str:
    """The jq filter of a path of keys: .event.results, ."odd-key" when a key is not a
    plain name."""
    return "".join(f".{k}" if re.fullmatch(r"[A-Za-z_]\w*", k) else f".{json.dumps(k)}" for k in keys)


@lru_cache(maxsize=256)
def _own_columns(keys: tuple) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """For the columns of an own row, in order: those that are not dateline's fields (to
    leave out of the record), and (column, attribute name) of those kept as attrs. The
    rows of a file have the same columns: worked out once per set."""
    others = tuple(k for k in keys if k not in _OWN)
    attrs = tuple((k, k[len(ATTR_PREFIX) :] if k.startswith(ATTR_PREFIX) else k) for k in keys if k not in _NOT_ATTRS)
    return others, attrs


def row_to_record(
    row: dict,
    source: str,
    ids: UniqueIds,
    given_source: str | None = None,
    foreign_id: bool = True,
    day_first: bool = False,
) -> dict | RecordError:
    """``source`` names the file (for ids made from content); ``given_source`` is the one
    the user gave (--source). Without either in the row, a new event is named after the
    file and an updated one keeps its source. ``row`` is the reader's, for this call
    only: a row dateline wrote becomes the record itself. ``foreign_id`` False: the
    ``id`` of a row dateline did not write names something else than the event (its
    values repeat in the file, as Zircolite's rule ids do): kept as an attribute, and
    the id made from the row's content. ``day_first``: the file's numeric dates put the
    day first (``days_first``)."""
    if "message" not in row and is_hayabusa(row):
        row = hayabusa_row(row)
    get = row.get
    message, desc = get("message"), get("timestamp_desc")
    if blank(message) or blank(desc):
        error = _missing(row)
        if error is not None:
            return error
        # there, and empty: Timesketch takes the row (Plaso writes events without a message)
        message, desc = "" if blank(message) else message, "" if blank(desc) else desc
    try:
        moment, micros = _moment(row, day_first)
    except RecordError as exc:
        return _missing(row) or exc
    message = message if message.__class__ is str else str(message)
    kind = desc.strip() if desc.__class__ is str else str(desc).strip()
    start, precision, given_id = get("start"), get("precision"), get("id")
    own = not blank(start) and not blank(precision)  # a row dateline wrote
    if not own or blank(given_id):  # dateline's id, also when Timesketch has since added its own _id
        other = get("_id")
        if not blank(other):
            given_id = other
        elif not foreign_id:
            given_id = None
    if own:
        others, attr_columns = _own_columns(tuple(row))
        attrs = {name: row[k] for k, name in attr_columns if not blank(row[k])}
        if micros % 1_000_000:
            attrs["timestamp"] = micros  # the microseconds the stored start drops
        desk = desk_of_row(row)  # tags, bookmark and note, as to_row wrote them: not attributes
        if desk:
            for key in ("tag", "notes"):  # the desk's columns; an attribute so named came as attrs.NAME
                if blank(get(ATTR_PREFIX + key)):
                    attrs.pop(key, None)
                else:
                    attrs[key] = row[ATTR_PREFIX + key]
        title = get("title")
        no_kind = kind == NO_KIND and get("kind") != NO_KIND  # the stand-in for none, not the kind "Event"
        # the record is the row itself (read for this call only) less the columns that
        # are not dateline's fields: no copy
        rec: dict = row
        for key in others:
            del rec[key]
        if not blank(title):
            rec["title"] = title = title if title.__class__ is str else str(title)
            rec["summary"] = _summary(message, title)
        else:  # the message is the summary, its first line the title
            rec["title"], rec["summary"] = first_line(message) or "(no message)", message
        rec["kind"] = None if no_kind else (kind or None)
        actors = rec.get("actors")
        if actors.__class__ is str:
            rec["actors"] = [a.strip() for a in actors.split(";") if a.strip()]
        if "quotes" in rec:
            rec["quotes"] = _quotes(rec["quotes"])
        rec["attrs"] = attrs
        if desk:
            rec.update(desk)
        if given_source and blank(rec.get("source")):
            rec["source"] = given_source
    else:
        skip = "id" if foreign_id else None  # a foreign id that is no event's id is an attribute
        attrs = {k: v for k, v in row.items() if k and k not in MAPPED and k != skip and not blank(v)}
        if micros % 1_000_000:
            attrs["timestamp"] = micros  # the microseconds the stored start drops
        rec = {
            "title": first_line(message) or "(no message)",
            "summary": message or None,
            "kind": kind or None,
            "start": moment.isoformat(timespec="seconds"),
            "precision": "minute",
            "attrs": attrs,
        }
        if given_source:
            rec["source"] = given_source
    if not blank(given_id):
        rec["id"] = ids(given_id.strip() if given_id.__class__ is str else str(given_id).strip())
    else:
        rec["id"] = ids(stable_id(source, sorted((k, str(v)) for k, v in row.items())))
    return rec


def read(
    path: str | os.PathLike, source: str | None = None, decoding: Decoding | None = None
) -> Iterator[tuple[str, dict | Exception]]:
    given, source = source, source or file_label(path)
    ids = UniqueIds()
    if is_jsonl(path):
        if is_plaso_json(head(path, 4096)):
            yield (
                where(path, 1),
                FileRefused(
                    "Plaso's psort -o json (one object of event_0, event_1, …), which Timesketch cannot read "
                    "either: write the timeline with psort -o json_line (or jq -c '.[]' FILE)"
                ),
            )
            return
        start = head(path, 65536)
        if is_zircolite(start):
            rows: Iterator[tuple[str, dict | Exception]] = zircolite_rows(path, decoding)
            yield from _records(rows, path, source, ids, given, decoding, None, foreign=False)
            return
        first = _first_of_array(start)
        what = windows_event(first) if first is not None else None
        if what is not None:
            yield where(path, 1), refused(windows_events_refused(what))
            return
        array = jsonl.array_instead(path, ", as Timesketch reads them")
        if array is not None:
            yield array
            return
        rows = jsonl.json_lines(path, decoding)
        delimiter = None
    else:
        start = head(path, 16384)
        legacy = BODYFILE_SAID if is_bodyfile(start) else plaso_legacy(header_names(start))
        if legacy is not None:
            yield where(path, 1), FileRefused(legacy_refusal(legacy))
            return
        delimiter = delimiter_of(start)
        rows = ((where(path, line), row) for line, _, row in csv_rows(path, decoding, delimiter=delimiter))
    yield from _records(rows, path, source, ids, given, decoding, delimiter)


def _records(
    rows: Iterator[tuple[str, dict | Exception]],
    path: str | os.PathLike,
    source: str,
    ids: UniqueIds,
    given: str | None,
    decoding: Decoding | None,
    delimiter: str | None,
    foreign: bool | None = None,
) -> Iterator[tuple[str, dict | Exception]]:
    """The records of a file's rows. ``foreign``: whether the id of rows dateline did not
    write is theirs (None: the file's first row with an id tells, reading it again)."""
    day_first: bool | None = None  # whether the file's numeric dates put the day first
    for at, row in rows:
        if isinstance(row, Exception):
            yield at, row
            continue
        if foreign is None and not blank(row.get("id")):  # the first row with an id tells
            foreign = not _foreign_id(row) or not _ids_repeat(path, decoding, delimiter)
        if day_first is None and (dt := row.get("datetime")).__class__ is str and dt[4:5] != "-":
            if _numeric_date(dt):  # (an ISO 8601 row passes by in the line above)
                day_first = days_first(path, decoding, delimiter)
        yield at, row_to_record(row, source, ids, given, foreign is not False, day_first is True)


# rows read again, at most, to tell what holds for a whole file (its date order, whether its ids
# repeat): a bound on the time and on the memory (the ids seen) of a file of millions of rows
PROBE_ROWS = 100_000


def _numeric_date(value) -> bool:
    """Whether a datetime is written with the day and month in numbers and the year last
    (24-10-2013 01:21:28, 10/24/2013 1:21 PM): its order is the file's. An ISO 8601
    value (a "-" after four digits) is told apart at once."""
    return value.__class__ is str and value[4:5] != "-" and NUMERIC_DATE.match(value) is not None


def days_first(path: str | os.PathLike, decoding: Decoding | None, delimiter: str | None) -> bool:
    """Whether the numeric datetimes of a file (JSON Lines for ``delimiter`` None, else
    CSV) put the day first, as Hayabusa's --European-time writes them (24-10-2013): told
    by the first that reads only one way. A file has one order, so 05-10-2013 beside
    24-10-2013 is 5 October. Month first (as dateutil, and so Timesketch, reads them)
    when none tells."""
    rows = itertools.islice(_rows_again(path, decoding, delimiter), PROBE_ROWS)
    return day_first_order(row.get("datetime") if row.__class__ is dict else None for row in rows) is True


def _rows_again(path: str | os.PathLike, decoding: Decoding | None, delimiter: str | None) -> Iterator:
    """The rows of a file read once more (JSON Lines for ``delimiter`` None, else CSV),
    for what the whole file tells; the encoding notices were told by the first reading."""
    quiet = Decoding(decoding.encoding if decoding else None)
    if delimiter is None:
        return (r for _, r in jsonl.json_lines(path, quiet))
    return (r for _, _, r in csv_rows(path, quiet, delimiter=delimiter))


def _foreign_id(row: dict) -> bool:
    """Whether a row dateline did not write (no start and precision) has an ``id``."""
    return not blank(row.get("id")) and (blank(row.get("start")) or blank(row.get("precision")))


def _ids_repeat(path: str | os.PathLike, decoding: Decoding | None, delimiter: str | None) -> bool:
    """Whether the ``id`` of the rows dateline did not write repeats in a file (JSON
    Lines for ``delimiter`` None, else CSV): then it names something else than the
    event, as Zircolite's Timesketch template writes its rule's id in every match. Read
    once more, the first time a file has such a row; the ids of dateline's rows (and
    rows that cannot be read) do not count."""
    seen: set[str] = set()
    for row in itertools.islice(_rows_again(path, decoding, delimiter), PROBE_ROWS):
        if row.__class__ is dict and _foreign_id(row):
            key = str(row["id"]).strip()
            if key in seen:
                return True
            seen.add(key)
    return False


_PLASO_JSON = re.compile(r'\{\s*"event_0"\s*:\s*\{')


def is_plaso_json(text: str) -> bool:
    """Whether a text starts as Plaso's ``psort -o json`` writes: one object whose
    members are the events, ``{"event_0": {...}, "event_1": {...}}``."""
    return _PLASO_JSON.match(text.lstrip()) is not None


L2TCSV = frozenset({"date", "time", "timezone", "macb", "sourcetype"})  # Plaso's legacy CSV, 17 fixed columns


TLN = frozenset({"time", "source", "host", "user", "description"})  # Plaso's tln and l2ttln, pipes between


# The Sleuth Kit's mactime -d (a filesystem's timeline from a bodyfile): its dates name no zone
MACTIME = frozenset({"date", "size", "type", "mode", "uid", "gid", "meta", "file name"})
MACTIME_SAID = "The Sleuth Kit's mactime timeline (Date, Size, Type, Mode, UID, GID, Meta, File Name)"


def plaso_legacy(names: set[str]) -> str | None:
    """Which of the forensic timelines that have none of Timesketch's columns a header
    (lower-cased names) is, as said to the user: Plaso's l2tcsv or TLN (psort -o tln,
    -o l2ttln), The Sleuth Kit's mactime; None for none."""
    if L2TCSV <= names and "message" not in names:
        return "l2tcsv (date, time, timezone, MACB…)"
    if TLN <= names and "message" not in names and "title" not in names:
        return "TLN (Time|Source|Host|User|Description…)"
    if MACTIME <= names and "message" not in names and "title" not in names:
        return MACTIME_SAID
    return None


# The Sleuth Kit's bodyfile (fls -m, ils -m, tsk_gettimes): a line a file, its four times in epoch seconds
_BODYFILE_LINE = re.compile(r"[^|\n]*\|[^|\n]*\|[^|\n]*\|[^|\n]*\|\d+\|\d+\|\d+(?:\|-?\d+){4}[ \t]*")
BODYFILE_SAID = "The Sleuth Kit's bodyfile (MD5|name|inode|mode|UID|GID|size|atime|mtime|ctime|crtime)"
_PLASO_BODYFILE = (
    "make the timeline of its bodyfile with Plaso (log2timeline.py --parsers bodyfile OUT.plaso BODYFILE, then "
    "psort.py -o json_line -w OUT.jsonl OUT.plaso) and import that"
)


def is_bodyfile(text: str) -> bool:
    """Whether a file's start (its first line that is not blank) is a line of The Sleuth
    Kit's bodyfile: eleven fields between pipes, the last six numbers."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return _BODYFILE_LINE.fullmatch(first.lstrip("\ufeff")) is not None


def legacy_refusal(legacy: str) -> str:
    """Why a timeline ``plaso_legacy`` names (or a bodyfile) is refused, and what imports instead."""
    if legacy == MACTIME_SAID:
        return (
            f"{legacy}, which Timesketch refuses too (no message, datetime, timestamp_desc), its dates in "
            f"a zone it does not name: {_PLASO_BODYFILE}"
        )
    if legacy == BODYFILE_SAID:
        return (
            f"{legacy}: a filesystem's times, not a timeline, which Timesketch does not read either: {_PLASO_BODYFILE}"
        )
    return (
        f"Plaso's {legacy}, which Timesketch refuses too (no message, "
        "datetime, timestamp_desc): write the timeline with psort -o dynamic or -o json_line"
    )


def header_names(text: str) -> set[str]:
    """The lower-cased names of a CSV text's first line."""
    line = next((x for x in text.splitlines() if x.strip() and not is_type_line(x)), "")
    try:
        return {n.strip().lower() for n in line_cells(line, delimiter_of(line))}
    except csv.Error:
        return set()


# a bookmark, as a tag: Timesketch's star is a label of one sketch and one user, which no file carries
BOOKMARK = "bookmarked"


def desk_of_row(row: dict) -> dict:
    """The bookmark, tags and note of a row ``to_row`` wrote (it has ``tag``): the tag
    column read as Timesketch reads it (a list, a JSON list, or words between commas),
    "bookmarked" among them the bookmark; ``notes`` the note. Empty without ``tag``."""
    if "tag" not in row:
        return {}
    value = row["tag"]
    if isinstance(value, str):
        text = value.strip()
        try:
            value = json.loads(text) if text.startswith("[") and text.endswith("]") else text.split(",")
        except ValueError:
            value = text.split(",")
    words = (
        [] if value == [] else [str(t).strip() for t in (value if isinstance(value, list) else [value]) if not blank(t)]
    )
    note = row.get("notes")
    return {
        "bookmarked": any(t.casefold() == BOOKMARK for t in words),
        "tags": [t for t in words if t.casefold() != BOOKMARK],
        "notes": None if blank(note) else str(note),
    }


def message_of(rec: dict) -> str:
    """The message: the summary when the title is its first line (an event that came
    from Timesketch), else the title and the summary."""
    title, summary = rec.get("title") or "", rec.get("summary") or ""
    if summary and first_line(summary) == title:
        return summary
    return f"{title}\n\n{summary}" if summary else title


def to_row(rec: dict) -> dict:
    start = datetime.fromisoformat(rec["start"])
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    micros = (start - EPOCH) // timedelta(microseconds=1)
    attrs = dict(rec.get("attrs") or {})
    given = attrs.pop("timestamp", None)
    try:
        if given is not None and 0 <= int(given) - micros < 1_000_000:
            micros = int(given)  # the same second, to the microsecond
        elif given is not None:
            attrs["timestamp"] = given  # another timestamp (ACLED's own): kept under attrs.timestamp
    except (TypeError, ValueError):
        attrs["timestamp"] = given
    moment = start + timedelta(microseconds=micros % 1_000_000)
    row = {
        "message": message_of(rec),
        "datetime": moment.isoformat(),
        "timestamp": micros,
        "timestamp_desc": rec.get("kind") or NO_KIND,
    }
    if rec.get("kind") == NO_KIND:
        row["kind"] = NO_KIND  # the kind itself, not the stand-in for none
    for key in OWN[:-2]:
        if rec.get(key) is not None:
            row[key] = rec[key]
    summary = rec.get("summary") or ""
    if summary and first_line(summary) == rec["title"]:
        del row["title"]  # the message is the summary and its first line the title: read back so
    if rec.get("actors"):
        row["actors"] = "; ".join(rec["actors"])
    if rec.get("quotes"):
        row["quotes"] = "\n".join(
            f"“{q['text']}”"
            + (f" — {q['speaker']}" if q.get("speaker") else "")
            + (f" [{q['role']}]" if q.get("role") else "")
            + (f" (paragraph {q['paragraph']})" if q.get("paragraph") is not None else "")
            for q in rec["quotes"]
        )
    if "tags" in rec or "bookmarked" in rec:  # a store with the desk: Timesketch's tags, as it reads them
        row["tag"] = [*(rec.get("tags") or []), *([BOOKMARK] if rec.get("bookmarked") else [])]
    if rec.get("notes"):
        row["notes"] = rec["notes"]  # Timesketch's comments are not read from a file: an attribute
    for key, value in attrs.items():
        name = key if key not in row and key not in FIELDS and key != "_id" else ATTR_PREFIX + key
        row[name] = value
    return row


def write(records: Iterable[dict], out: IO[str]) -> int:
    return jsonl.write((to_row(rec) for rec in records), out)
