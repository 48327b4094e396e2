"""TimelineJS's Google spreadsheet template, saved as CSV: one row a slide, as
TimelineJS3 reads a sheet (its ConfigFactory): Year, Month, Day, Time, End Year, End
Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media
Caption, Media Thumbnail, Alt Text, Type (title, era, or an event), Group (or Tag),
Background (a URL or a colour); the first template's Start Date and End Date too.
Each row becomes the TimelineJS3 slide it stands for, read like the JSON ones; a sheet's
columns beyond the template (TimelineJS passes them over) are kept as the event's attributes."""

from __future__ import annotations

import os
import re

from ..records import RecordError
from .textfile import Decoding, csv_rows, delimiter_of, head

Slides = list[tuple[int, object]]


def is_sheet_header(names: set[str]) -> bool:
    return "headline" in names and bool(names & {"year", "start date"})


def _integer(value: str) -> str:
    return re.sub(r"[\s,]+", "", value or "")


def parse_time(text: str) -> dict:
    """ "14:30", "2:30 PM", "1430", "14:30:15.5" as hour, minute, second."""
    value = text.strip()
    period = re.search(r"\s*([AaPp])\.?[Mm]\.?\s*$", value)
    if period:
        value = value[: period.start()].strip()
    compact = re.fullmatch(r"(\d{1,2})(\d{2})", value)
    parts = list(compact.groups()) if compact else (value.split(":") if ":" in value else value.split("."))
    try:
        hour = int(parts[0])
        if period and period.group(1).lower() == "p" and hour != 12:
            hour += 12
        elif period and period.group(1).lower() == "a" and hour == 12:
            hour = 0
        out = {"hour": hour}
        if len(parts) > 1:
            out["minute"] = int(parts[1])
        if len(parts) > 2:
            out["second"] = int(re.split(r"[.,]", parts[2])[0])
    except ValueError:
        raise RecordError(f"cannot read the time '{text}' (14:30 or 2:30 PM)") from None
    if not 0 <= hour <= 23:
        raise RecordError(f"cannot read the time '{text}' (hour 0 to 23)")
    return out


def parse_date(text: str) -> dict:
    """The first template's Start Date: 2014-08-20, 2014-08, 2014, 2014-08-20T10:30:00,
    8/20/2014 (month first), 8/20/2014 10:30, 8/2014."""
    value = text.strip()
    m = re.fullmatch(r"(-?\d+)(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value)
    if m:
        return {k: v for k, v in zip(("year", "month", "day"), m.groups()) if v}
    m = re.fullmatch(
        r"([+-]?\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)(?:Z|[+-]\d{2}:?\d{2})?", value
    )
    if m:  # ISO 8601 with a time, which TimelineJS reads too (its offset is not kept: a time is UTC)
        return {"year": m[1].lstrip("+"), "month": m[2], "day": m[3], **parse_time(m[4])}
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(-?\d+)(?:\s+(.*))?", value)
    if m:
        out = {"year": m[3], "month": m[1], "day": m[2]}
        return {**out, **parse_time(m[4])} if m[4] else out
    m = re.fullmatch(r"(\d{1,2})/(-?\d+)", value)
    if m:
        return {"year": m[2], "month": m[1]}
    raise RecordError(f"cannot read the date '{text}' (2014-08-20 or 8/20/2014)")


# the template's columns, as TimelineJS3 reads them (lower-cased); a sheet's other columns
# (a source, a place, a note the newsroom added) it passes over, and dateline keeps
COLUMNS = frozenset(
    {
        "year", "month", "day", "time", "end year", "end month", "end day", "end time", "display date",
        "headline", "text", "media", "media credit", "media caption", "media thumbnail", "alt text",
        "type", "group", "tag", "background", "start date", "end date",
    }
)  # fmt: skip
# where a slide holds a sheet's other columns (by their names as written), for the event's attrs
MORE = "timelinejs_fields"


def more_columns(row: dict) -> dict:
    """The cells of a row's columns that are not the template's, non-empty, by name."""
    return {
        k.strip(): v.strip()
        for k, v in row.items()
        if k and k.strip() and k.strip().lower() not in COLUMNS and isinstance(v, str) and v.strip()
    }


def row_to_slide(row: dict) -> tuple[str, dict]:
    """(type, slide) of one row; a date that cannot be read is the slide's error."""
    cell = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
    slide: dict = {
        "text": {"headline": cell.get("headline", ""), "text": cell.get("text", "")},
        "media": {
            "url": cell.get("media", ""),
            "caption": cell.get("media caption", ""),
            "credit": cell.get("media credit", ""),
            "thumbnail": cell.get("media thumbnail", ""),
            "alt": cell.get("alt text", ""),
        },
        "display_date": cell.get("display date", ""),
        "group": cell.get("group") or cell.get("tag", ""),
    }
    more = more_columns(row)
    if more:
        slide[MORE] = more
    background = cell.get("background", "")
    if background:
        slide["background"] = {"url": background} if re.match(r"^(https?:)?//?", background) else {"color": background}
    kind = cell.get("type", "").lower()
    try:
        if "start date" in cell or "end date" in cell:
            if cell.get("start date"):
                slide["start_date"] = parse_date(cell["start date"])
            if cell.get("end date"):
                slide["end_date"] = parse_date(cell["end date"])
        else:
            if cell.get("year"):
                slide["start_date"] = {
                    "year": _integer(cell["year"]),
                    "month": _integer(cell.get("month", "")),
                    "day": _integer(cell.get("day", "")),
                }
            if cell.get("end year"):
                slide["end_date"] = {
                    "year": _integer(cell["end year"]),
                    "month": _integer(cell.get("end month", "")),
                    "day": _integer(cell.get("end day", "")),
                }
            for column, key in (("time", "start_date"), ("end time", "end_date")):
                if cell.get(column):
                    if key not in slide:
                        raise RecordError(f"'{column}' without a date")
                    slide[key].update(parse_time(cell[column]))
    except RecordError as exc:
        slide["error"] = str(exc)
    return kind, slide


def sheet(
    path: str | os.PathLike, decoding: Decoding | None = None
) -> tuple[dict | None, Slides, Slides, int] | tuple[RecordError, int]:
    """(title slide, [(line, event slide)], [(line, era)], line of the title) of a sheet
    saved as CSV, or (the error that spoils it, its line)."""
    title, title_line = None, 1
    events: Slides = []
    eras: Slides = []
    for line, header, row in csv_rows(path, decoding, delimiter=delimiter_of(head(path, 16384))):
        if isinstance(row, RecordError):
            if header is None:
                return row, line
            events.append((line, {"error": str(row)}))
            continue
        if header is not None and not is_sheet_header({h.strip().lower() for h in header}):
            return RecordError("not a TimelineJS sheet: the header needs Headline and Year (or Start Date)"), 1
        kind, slide = row_to_slide(row)
        if kind == "title" and title is None:
            title, title_line = slide, line
        elif kind == "era":
            eras.append((line, slide))
        else:
            events.append((line, slide))
    return title, events, eras, title_line
