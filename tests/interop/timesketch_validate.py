"""Timesketch's own import validation of JSON Lines, for checking what `dateline export
--format timesketch` writes.

Adapted from google/timesketch, timesketch/lib/utils.py, ``read_and_validate_jsonl``
(commit 45b339bb87c7), Apache License 2.0, Copyright 2015 Google Inc. The `timesketch`
package itself is not installed for this: it pins 54 server dependencies (Flask, Celery,
OpenSearch, pandas, SciPy, Google Cloud...) that take far longer to install than the rest
of the checks together. The logic below is Timesketch's, line for line, minus its header
mapping and logging; what Timesketch would store for each row is yielded.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator

from dateutil import parser

MANDATORY_FIELDS = ["message", "datetime", "timestamp_desc"]
FIELDS_TO_REMOVE = ["_id", "_type", "_index", "_source", "__ts_timeline_id"]


class DataIngestionError(Exception):
    pass


def _parse_tag_field(row):
    """Reading in a tag field and converting to a list of strings."""
    if isinstance(row, (list, tuple)):
        return row
    if not isinstance(row, str):
        row = str(row)
    if row.startswith("[") and row.endswith("]"):
        return json.loads(row)
    if row == "-":
        return []
    if "," in row:
        return row.split(",")
    return [row]


def read_and_validate_jsonl(file_handle: Iterable[str]) -> Iterator[dict]:
    """Timesketch's ``read_and_validate_jsonl``: each line a JSON object with message,
    datetime and timestamp_desc; a missing datetime made from the timestamp, a missing
    timestamp from the datetime (microseconds); a missing field raises RuntimeError."""
    lineno = 0
    for line in file_handle:
        lineno += 1
        try:
            linedict = json.loads(line)
            ld_keys = linedict.keys()
            if "datetime" not in ld_keys and "timestamp" in ld_keys:
                epoch = int(str(linedict["timestamp"])[:10])
                dt = datetime.datetime.fromtimestamp(epoch)
                linedict["datetime"] = dt.isoformat()
            if "timestamp" not in ld_keys and "datetime" in ld_keys:
                try:
                    linedict["timestamp"] = int(parser.parse(linedict["datetime"]).timestamp() * 1000000)
                except (TypeError, parser.ParserError):
                    continue
            missing_fields = [x for x in MANDATORY_FIELDS if x not in linedict]
            if missing_fields:
                raise RuntimeError(f"Missing field(s) at line {lineno}: {','.join(missing_fields)}\nLine: {linedict}")
            if "tag" in linedict:
                linedict["tag"] = [x for x in _parse_tag_field(linedict["tag"]) if x]
            for field in FIELDS_TO_REMOVE:
                linedict.pop(field, None)
            yield linedict
        except ValueError as e:
            raise DataIngestionError(f"Error parsing JSON at line {lineno:n}: {e!s}") from e
