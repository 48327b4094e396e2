"""TimelineJS3 JSON: ``{"title": slide, "events": [slide, ...]}``.

A slide's ``start_date``/``end_date`` give year, month, day, hour, minute, second as
numbers or strings; what is missing (absent or "") is the precision: year only is the
whole year, year and month the month, and so on. The end date counts inclusively (an
end year of 1946 runs to the end of 1946). Text is HTML and is read as plain text;
a <blockquote> (in the text or as the slide's media) becomes a quote, its <cite> the
speaker. Dates carry no time zone and are read as UTC. Years before 1 (BC) cannot be
stored and are bad rows.
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import IO

from ..records import RecordError, stable_id
from .html_text import html_to_text, plain
from .textfile import UniqueIds, blank, file_label, first_line, not_utf8

PARTS = ("year", "month", "day", "hour", "minute")
PRECISION = {"year": "year", "month": "month", "day": "day", "hour": "hour", "minute": "minute"}
_WS = " \t\r\n"


# --------------------------------------------------------------------------- reading


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WS:
        pos += 1
    return pos


def _slides(text: str) -> tuple[dict | None, list[tuple[int, object]]]:
    """(title slide, [(line, event slide)]) of a TimelineJS document, reading the events
    one by one so each keeps the line it starts on. Raises JSONDecodeError or RecordError."""
    decoder = json.JSONDecoder()
    pos = _skip(text, 0)
    if not text.startswith("{", pos):
        json.loads(text)  # raises for broken JSON; else it is not an object
        raise RecordError("not a TimelineJS file: the top level must be an object with 'events'")
    title, events, found = None, [], False
    pos = _skip(text, pos + 1)
    if text.startswith("}", pos):
        raise RecordError("no 'events' list: not a TimelineJS file")
    while True:
        key, pos = decoder.raw_decode(text, pos)
        pos = _skip(text, pos)
        if not text.startswith(":", pos):
            raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
        pos = _skip(text, pos + 1)
        if key == "events" and text.startswith("[", pos):
            found = True
            pos = _skip(text, pos + 1)
            if text.startswith("]", pos):
                pos += 1
            else:
                while True:
                    start = pos
                    value, pos = decoder.raw_decode(text, pos)
                    events.append((_line_of(text, start), value))
                    pos = _skip(text, pos)
                    if text.startswith(",", pos):
                        pos = _skip(text, pos + 1)
                        continue
                    if text.startswith("]", pos):
                        pos += 1
                        break
                    raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
        else:
            value, pos = decoder.raw_decode(text, pos)
            if key == "title":
                title = value
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
            continue
        if text.startswith("}", pos):
            pos += 1
            break
        raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    if _skip(text, pos) != len(text):
        raise json.JSONDecodeError("Extra data", text, _skip(text, pos))
    if not found:
        raise RecordError("no 'events' list: not a TimelineJS file")
    return (title if isinstance(title, dict) else None), events


def _part(date: dict, name: str) -> int | None:
    value = date.get(name)
    if blank(value):
        return None
    try:
        number = float(str(value).strip())
        if number != int(number):
            raise ValueError
        return int(number)
    except ValueError:
        raise RecordError(f"date part '{name}' must be a whole number, not {value!r}") from None


def _object(value: object) -> dict:
    """A JSON object's value as a dict: {} when it is missing or not an object."""
    return value if isinstance(value, dict) else {}


def _point(date, what: str) -> tuple[datetime, str] | None:
    """(naive start, precision) of a TimelineJS date object; None when it has no year."""
    if date is None or date == {} or date == "":
        return None
    if not isinstance(date, dict):
        raise RecordError(f"'{what}' must be an object with 'year'")
    year = _part(date, "year")
    if year is None:
        return None
    if year < 1:
        raise RecordError(f"{what} year {year} is before year 1: BC dates cannot be stored")
    if year > 9999:
        raise RecordError(f"{what} year {year} is after year 9999")
    values = [year]
    for name in PARTS[1:]:
        v = _part(date, name)
        if v is None:
            break
        values.append(v)
    precision = PARTS[len(values) - 1]
    second = _part(date, "second") if precision == "minute" else None
    try:
        # month and day default to 1, hour and minute to 0
        year, month, day, hour, minute = values + [1] * max(3 - len(values), 0) + [0] * (5 - max(len(values), 3))
        moment = datetime(year, month, day, hour, minute, second or 0)
    except ValueError as exc:
        raise RecordError(f"{what} is not a date: {exc}") from None
    return moment, precision


def _advance(moment: datetime, precision: str) -> datetime:
    if precision == "year":
        return moment.replace(year=moment.year + 1)
    if precision == "month":
        return moment.replace(year=moment.year + moment.month // 12, month=moment.month % 12 + 1)
    return moment + {"day": timedelta(days=1), "hour": timedelta(hours=1), "minute": timedelta(minutes=1)}[precision]


def _iso(moment: datetime, precision: str) -> str:
    y = f"{moment.year:04d}"
    if precision == "year":
        return y
    if precision == "month":
        return f"{y}-{moment.month:02d}"
    if precision == "day":
        return f"{y}-{moment.month:02d}-{moment.day:02d}"
    return moment.replace(tzinfo=UTC).isoformat(timespec="seconds")


def _is_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://", "ftp://", "//", "mailto:"))


def slide_to_record(slide, source: str, ids: UniqueIds) -> dict | RecordError:
    if not isinstance(slide, dict):
        return RecordError("a TimelineJS event must be a JSON object")
    try:
        start = _point(slide.get("start_date"), "start_date")
        if start is None:
            return RecordError("missing required field 'start_date.year'")
        t0, precision = start
        end = _point(slide.get("end_date"), "end_date")
    except RecordError as exc:
        return exc
    rec: dict = {"start": _iso(t0, precision), "precision": PRECISION[precision]}
    if end is not None:
        t1 = _advance(*end)
        if t1 <= t0:
            return RecordError("end_date is before start_date")
        if t1 != _advance(t0, precision):
            rec["end"] = t1.replace(tzinfo=UTC).isoformat(timespec="seconds")
    text = _object(slide.get("text"))
    headline = plain(text.get("headline"))
    body, quotes = html_to_text(text.get("text"))
    media = _object(slide.get("media"))
    url = str(media.get("url") or "").strip()
    attrs: dict = {}
    if url and _is_url(url):
        rec["link"] = url
    elif url:
        media_text, media_quotes = html_to_text(url)
        quotes.extend(media_quotes)
        if media_text:
            attrs["media"] = media_text
    for key in ("caption", "credit"):
        value = plain(media.get(key))
        if value:
            attrs[f"media_{key}"] = value
    title = (
        first_line(headline)
        or first_line(body)
        or attrs.get("media_caption")
        or (first_line(quotes[0]["text"]) if quotes else "")
        or "(untitled)"
    )
    rec["title"] = title
    if body:
        rec["summary"] = body
    if headline and first_line(headline) != headline:
        attrs["headline"] = headline
    if not blank(slide.get("group")):
        rec["kind"] = str(slide["group"]).strip()
    location = _object(slide.get("location"))
    if not blank(location.get("name")):
        rec["place"] = str(location["name"]).strip()
    for key in ("lat", "lon"):
        if isinstance(location.get(key), (int, float)):
            rec[key] = location[key]
    for key in ("display_date", "type"):
        if not blank(slide.get(key)):
            attrs[key] = plain(str(slide[key]))
    rec["quotes"] = quotes  # TimelineJS carries quotes (block quotes): none here replaces stored ones
    if attrs:
        rec["attrs"] = attrs
    rec["source"] = source
    given = slide.get("unique_id")
    rec["id"] = str(given).strip() if not blank(given) else ids(stable_id(source, slide))
    return rec


def read(path: str | os.PathLike, source: str | None = None) -> Iterator[tuple[str, dict | Exception]]:
    name = os.fspath(path)
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        yield f"{name}:{line}", not_utf8(exc)
        return
    try:
        title, slides = _slides(text)
    except json.JSONDecodeError as exc:
        yield f"{name}:{exc.lineno}", RecordError(f"broken JSON: {exc.msg} (column {exc.colno})")
        return
    except RecordError as exc:
        yield f"{name}:1", exc
        return
    if not source and title:
        source = first_line(
            plain((title.get("text") or {}).get("headline") if isinstance(title.get("text"), dict) else None)
        )
    source = source or file_label(path)
    ids = UniqueIds()
    for line, slide in slides:
        yield f"{name}:{line}", slide_to_record(slide, source, ids)


# --------------------------------------------------------------------------- writing


def _parts(moment: datetime, precision: str) -> dict:
    parts = {"year": moment.year}
    if precision in ("month", "day", "hour", "minute"):
        parts["month"] = moment.month
    if precision in ("day", "hour", "minute"):
        parts["day"] = moment.day
    if precision in ("hour", "minute"):
        parts["hour"] = moment.hour
    if precision == "minute":
        parts["minute"] = moment.minute
        if moment.second:
            parts["second"] = moment.second
    return parts


def _html(text: str) -> str:
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)


def to_slide(rec: dict) -> dict:
    start = datetime.fromisoformat(rec["start"])
    end = datetime.fromisoformat(rec["end"])
    precision = rec.get("precision") or "day"
    slide: dict = {}
    if precision in PRECISION:
        slide["start_date"] = _parts(start, precision)
        if end != _advance(start, precision):
            if precision == "year":
                last = end.replace(year=end.year - 1)
            elif precision == "month":
                last = end.replace(year=end.year - (end.month == 1), month=(end.month - 2) % 12 + 1)
            else:  # one unit of precision before the end
                last = end - (_advance(start, precision) - start)
            slide["end_date"] = _parts(last, precision)
    else:  # week, weekend, night, morning...: the days it covers
        slide["start_date"] = _parts(start, "day")
        last = end - timedelta(microseconds=1)
        if last.date() != start.date():
            slide["end_date"] = _parts(last, "day")
    body = _html(rec.get("summary") or "")
    for q in rec.get("quotes") or []:
        cite = ", ".join(x for x in (q.get("speaker"), q.get("role")) if x)
        body += (
            f"<blockquote>{html.escape(q['text'])}"
            + (f" <cite>{html.escape(cite)}</cite>" if cite else "")
            + "</blockquote>"
        )
    slide["text"] = {"headline": html.escape(rec["title"]), "text": body}
    if rec.get("kind"):
        slide["group"] = rec["kind"]
    if rec.get("link"):
        slide["media"] = {"url": rec["link"]}
    if rec.get("date_text"):
        slide["display_date"] = rec["date_text"]
    slide["unique_id"] = rec["id"]
    return slide


def write(records: Iterable[dict], out: IO[str]) -> int:
    slides, sources = [], set()
    for rec in records:
        slides.append(to_slide(rec))
        sources.add(rec.get("source"))
    doc: dict = {}
    named = [s for s in sources if s is not None]
    if len(sources) == 1 and named:
        doc["title"] = {"text": {"headline": html.escape(named[0]), "text": ""}}
    doc["events"] = slides
    json.dump(doc, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(slides)
