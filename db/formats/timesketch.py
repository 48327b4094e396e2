"""Timesketch timelines, CSV or JSON Lines.

Each row needs ``message``, ``datetime`` (ISO 8601) and ``timestamp_desc``; ``timestamp``
(epoch microseconds) may stand in for a missing ``datetime``. A row becomes an event
titled by the message's first line, with the whole message as summary and
``timestamp_desc`` as kind; every other column is kept in the event's attrs, and
``timestamp`` always is (microseconds, which the stored start, to the second, drops).
Precision is "minute": the start keeps its seconds.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import IO

from ..records import RecordError, stable_id
from . import jsonl
from .textfile import UniqueIds, blank, csv_rows, file_label, first_line, head, where

REQUIRED = ("message", "timestamp_desc")
MAPPED = ("message", "datetime", "timestamp_desc")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def is_jsonl(path: str | os.PathLike) -> bool:
    return head(path, 4096).lstrip().startswith("{")


def _moment(row: dict) -> tuple[datetime, int]:
    """(aware moment, epoch microseconds) of a row."""
    text = row.get("datetime")
    stamp = row.get("timestamp")
    if not blank(text):
        try:
            moment = datetime.fromisoformat(str(text).strip().replace("z", "Z"))
        except ValueError:
            raise RecordError(f"cannot read datetime '{text}' (ISO 8601 expected)") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        micros = (moment - EPOCH) // timedelta(microseconds=1)
        if not blank(stamp):
            try:
                micros = int(str(stamp).strip().split(".")[0])
            except ValueError:
                pass  # a broken timestamp beside a good datetime: the datetime wins
        return moment, micros
    if blank(stamp):
        raise RecordError("missing required field 'datetime' (or 'timestamp')")
    try:
        micros = int(str(stamp).strip().split(".")[0])
        moment = EPOCH + timedelta(microseconds=micros)
    except (ValueError, OverflowError):
        raise RecordError(f"cannot read timestamp '{stamp}' (epoch microseconds expected)") from None
    return moment, micros


def row_to_record(row: dict, source: str, ids: UniqueIds) -> dict | RecordError:
    for key in REQUIRED:
        if blank(row.get(key)):
            return RecordError(f"missing required field '{key}'")
    try:
        moment, micros = _moment(row)
    except RecordError as exc:
        return exc
    message = str(row["message"])
    attrs = {k: v for k, v in row.items() if k and k not in MAPPED and not blank(v)}
    attrs["timestamp"] = micros
    return {
        "id": ids(stable_id(source, sorted((k, str(v)) for k, v in row.items()))),
        "title": first_line(message),
        "summary": message,
        "kind": str(row["timestamp_desc"]).strip(),
        "start": moment.isoformat(timespec="seconds"),
        "precision": "minute",
        "source": source,
        "attrs": attrs,
    }


def read(path: str | os.PathLike, source: str | None = None) -> Iterator[tuple[str, dict | Exception]]:
    source = source or file_label(path)
    ids = UniqueIds()
    if is_jsonl(path):
        for at, row in jsonl.json_lines(path):
            yield at, row if isinstance(row, Exception) else row_to_record(row, source, ids)
        return
    for line, _, row in csv_rows(path):
        yield where(path, line), row if isinstance(row, Exception) else row_to_record(row, source, ids)


def message_of(rec: dict) -> str:
    """The message: the summary when the title is its first line (an event that came
    from Timesketch), else the title and the summary."""
    title, summary = rec.get("title") or "", rec.get("summary") or ""
    if summary and first_line(summary) == title:
        return summary
    return f"{title}\n\n{summary}" if summary else title


def to_row(rec: dict) -> dict:
    start = datetime.fromisoformat(rec["start"])
    micros = (start - EPOCH) // timedelta(microseconds=1)
    attrs = dict(rec.get("attrs") or {})
    given = attrs.pop("timestamp", None)
    try:
        if given is not None and abs(int(given) - micros) < 1_000_000:
            micros = int(given)  # the same second, to the microsecond
    except (TypeError, ValueError):
        pass
    moment = EPOCH + timedelta(microseconds=micros)
    row = {
        "message": message_of(rec),
        "datetime": moment.astimezone(start.tzinfo).isoformat(),
        "timestamp": micros,
        "timestamp_desc": rec.get("kind") or "Event",
    }
    for key in (
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
    ):
        if rec.get(key) is not None:
            row[key] = rec[key]
    if rec.get("actors"):
        row["actors"] = "; ".join(rec["actors"])
    if rec.get("quotes"):
        row["quotes"] = "\n".join(
            f"“{q['text']}”" + (f" — {q['speaker']}" if q.get("speaker") else "") for q in rec["quotes"]
        )
    for key, value in attrs.items():
        row.setdefault(key, value)
    return row


def write(records: Iterable[dict], out: IO[str]) -> int:
    return jsonl.write((to_row(rec) for rec in records), out)
