"""Cloud providers' audit logs, which Plaso makes timelines of and dateline does not read
as they are: AWS CloudTrail, Azure's activity log, Google Cloud's logging entries and
Microsoft 365's unified audit log. Each is told by its own keys (a JSON object's, the
first of an array's or of its envelope's list, a CSV's header) and refused in one line
saying what it is and what makes a timeline of it that imports."""

from __future__ import annotations

from collections.abc import Iterable

# what makes a timeline of a log Plaso's JSON-L parser reads: the timeline psort writes imports
PLASO = (
    "make a timeline of it with Plaso (log2timeline.py --parsers jsonl OUT.plaso FILE, then "
    "psort.py -o json_line -w OUT.jsonl OUT.plaso), which imports"
)


def _lines(held: str) -> str:
    """The step that writes records held as ``held`` (an array, an envelope's list) as
    JSON Lines, which Plaso and ``--column`` read; none for JSON Lines."""
    if held == "line":
        return ""
    path = ".[]" if held == "array" else f".{held}[]"
    return f"write it as JSON Lines first (jq -c '{path}' FILE > FILE.jsonl), then "


def _then(held: str) -> str:
    """What makes a timeline of a log Plaso reads as JSON Lines, held as ``held``."""
    return _lines(held) + PLASO


# the lists a log's envelope holds its records in
_LISTS = ("Records", "records", "Events", "value", "entries")


def first_record(obj: object) -> tuple[dict | None, str]:
    """The first record of a JSON document (an object, an array's first, the first of an
    envelope's list) and how it is held: "line", "array" or the envelope's key."""
    if isinstance(obj, list):
        return (obj[0], "array") if obj and isinstance(obj[0], dict) else (None, "array")
    if not isinstance(obj, dict):
        return None, "line"
    for key in _LISTS:
        items = obj.get(key)
        if isinstance(items, list) and items and isinstance(items[0], dict) and len(obj) <= 4:
            return items[0], key
    return obj, "line"


def json_refusal(obj: object) -> str | None:
    """Why a JSON document (or a JSON Lines file's first object) of a cloud log is
    refused, in one line; None when it is no cloud log."""
    rec, held = first_record(obj)
    if rec is None or "title" in rec or "message" in rec:
        return None
    keys = set(rec)
    then = _then(held)
    if {"EventTime", "CloudTrailEvent"} <= keys:
        return (
            "AWS CloudTrail events (EventTime, EventName, CloudTrailEvent), as aws cloudtrail lookup-events "
            f"writes them, not a timeline: {then}; or import them with --column title=EventName --column start=EventTime"
        )
    if {"eventVersion", "eventTime", "eventSource", "eventName"} <= keys and keys & {"userIdentity", "awsRegion"}:
        return (
            "AWS CloudTrail's log (records of eventTime, eventSource, eventName…), not a timeline: "
            f"{_lines(held)}import it with --column title=eventName --column start=eventTime (Plaso reads "
            "CloudTrail as aws cloudtrail lookup-events writes it)"
        )
    if keys & {"event_data_id", "eventDataId"} and keys & {"operation_name", "operationName"}:
        return (
            "Azure activity log records (event_timestamp, operation_name, resource_id…), as az monitor "
            f"activity-log list writes them, not a timeline: {then}"
        )
    if {"time", "resourceId", "operationName", "category"} <= keys:
        return (
            "Azure's activity or resource log as exported to storage (records of time, resourceId, "
            f"operationName, category…), not a timeline: {_lines(held)}import it with --column title=operationName "
            "--column start=time"
        )
    if "logName" in keys and keys & {"protoPayload", "jsonPayload", "textPayload"} and "timestamp" in keys:
        return (
            "Google Cloud logging entries (logName, timestamp, protoPayload…), as gcloud logging read writes "
            f"them, not a timeline: {then}"
        )
    if {"CreationTime", "Id", "OrganizationId"} <= keys and keys & {"Operation", "Workload"}:
        return (
            "Microsoft 365 unified audit log records (CreationTime, Operation, Workload…), not a timeline: "
            f"{then}; or import them with --column title=Operation --column start=CreationTime"
        )
    return None


def csv_refusal(names: Iterable[str]) -> str | None:
    """Why a CSV whose header (lower-cased names) is Microsoft 365's unified audit log,
    as Purview's audit search and Search-UnifiedAuditLog export it, is refused; None
    when it is not."""
    names = set(names)
    if "auditdata" not in names or "title" in names or not names & {"creationdate", "creationtime"}:
        return None
    what = "Operations" if "operations" in names else "Operation" if "operation" in names else None
    when = "CreationDate" if "creationdate" in names else "CreationTime"
    column = f"import it with --column title={what} --column start={when}; or " if what else ""
    return (
        f"Microsoft 365's unified audit log ({when}, {what or 'RecordType'}, AuditData), not a timeline: {column}"
        "write its AuditData column as JSON Lines (one object a line), which Plaso makes a timeline of "
        "(log2timeline.py --parsers jsonl, then psort.py -o json_line), which imports"
    )
