"""TimelineJS3 JSON: ``{"title": slide, "eras": [era, ...], "events": [slide, ...]}``,
and TimelineJS2's ``{"timeline": {"headline", "asset", "date": [...], "era": [...]}}``,
which is read as the TimelineJS3 document it stands for.

A slide's ``start_date``/``end_date`` give year, month, day, hour, minute, second as
numbers or strings; what is missing (absent or "") is the precision: year only is the
whole year, year and month the month, and so on. The end date counts inclusively (an
end year of 1946 runs to the end of 1946). Text is HTML and is read as plain text;
a <blockquote> (in the text or as the slide's media) becomes a quote, its <cite> the
speaker. Dates carry no time zone and are read as UTC, unless one has the
``utc_offset`` ("+09:00") that dateline's export writes beside a time that is not UTC
(TimelineJS passes it over). Years before 1 (BC) cannot be stored and are bad rows.

A site's script that names the document (``var timeline_data = {...};``, JSONP's
``storyjs_jsonp_data = {...}``, ``export default {...}``, TypeScript's ``const data:
TimelineData = {...}``, inside a function, code after it) or hands it to TimelineJS
(``new TL.Timeline('timeline-embed', {...})``) is read too (template strings that
compute nothing as strings, TypeScript's casts passed over): the object that names ``events`` or ``timeline``, as JSON, else, as
the browser reads it, as JavaScript's object literal (json5: names without quotes,
single quotes, trailing commas, comments); what the script computes there (``+``, a
call, a variable) is refused on its line. A .json file is JSON, as TimelineJS's
JSON.parse reads it.

The title slide and the eras become events marked ``attrs.timelinejs`` = "title" or
"era" (the title slide, when it has no date, is dated at the first event), and are
written back in their places. A slide's media fields (caption, credit, thumbnail, link,
link_target, alt, title; a URL that is not http(s), relative, as written, or
one a link of the headline or the text repeats), background
(with its photo's caption and credit), display_date (the date as written; one without a
letter or digit, which hides the date, in attrs), group (the kind), autolink, type and
unique_id (the id) are kept; so are an end date coarser than the start (a year alone),
a headline's link (the event's link when it has none), a caption's or credit's first
link, the links of the text (``text_links``: "words <address>" a line each, the first the
event's link when it has none; an export puts them back on their words) and the page an
``<iframe>`` media shows (``media_embed``). Embed code that only names where the data is
(a Google sheet, a file, a variable) is refused saying so (``timelinejs_embed``). A slide's fields of its own, which TimelineJS passes over (a TimelineJS2 date's
``id`` or ``url``, a sheet's columns beyond the template), text or numbers, are kept as
attributes under their names (listed in ``attrs.timelinejs_fields``) and written back
as they came. A title slide without a headline names no source: the export writes the
source as the document's ``source``.

Writing: every text is HTML-escaped; only http(s) and relative URLs go into media,
links and backgrounds; dateline's fields that TimelineJS has no place for (place,
coordinates, actors, killed, injured, status; the analyst's bookmark, tags and note) go
into the slide's text as paragraphs marked ``data-dateline``, which reading takes back
into those fields; ``location`` carries the coordinates for TimelineJS's map type;
``group`` stays the kind (TimelineJS makes a row of each group: an event has one kind
but may have many tags).
"""

from __future__ import annotations

import bisect
import html
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import IO

import json5

from ..records import FileRefused, RecordError, refused, stable_id
from .columns import shown_columns
from .html_text import LINKS, facts_of, html_to_text, links_of, plain
from .jsonl import NAME_THEIRS
from .textfile import Decoding, UniqueIds, blank, decode_all, delimiter_of, file_label, first_line, head, line_cells
from .timelinejs_csv import MORE, is_sheet_header
from .timelinejs_embed import embed_refusal, template_refusal

PARTS = ("year", "month", "day", "hour", "minute")


def _obj(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _seq(value: object) -> list:
    return value if isinstance(value, list) else []


PRECISION = {"year": "year", "month": "month", "day": "day", "hour": "hour", "minute": "minute"}
_WS = " \t\r\n"


# --------------------------------------------------------------------------- reading

# TimelineJS2 also loads its document as JSONP: ``storyjs_jsonp_data = {...};`` (its
# examples' .jsonp files), or a callback's argument, ``name({...});``; a site's script
# names it (``var timeline_data = {...};``, ``window.timeline = {...}``, ``export const
# DATA = {...}``, ``export default {...}``), comments before it, often code after it
# (``new TL.Timeline('timeline-embed', timeline_data)``), or names it inside a function
# that runs when the page has loaded; TypeScript annotates the name (``const data:
# TimelineData = {...}``); the embed code may hand the object to TimelineJS itself, after
# the element's id (``new TL.Timeline('timeline-embed', {...}, options)``)
_JS_GAP = r"(?:\s|//[^\n]*|/\*(?:[^*]|\*(?!/))*\*/)*"
_JS_NAME = r"[A-Za-z_$][\w$.]*"
_TS_TYPE = r"(?::(?:[^=;{}\n]|\{[^{}\n]*\})+?)?"  # TypeScript's ": TimelineData", ": { events: Slide[] }"
_JS_ARG = r"""(?:'[^'\n]*'|"[^"\n]*"|""" + _JS_NAME + r"(?:\([^()\n]*\))?)"  # 'timeline-embed', el, $('#tl')
_DECLARED = r"(?:export\s+)?(?:(?:var|let|const)\s+)?"
_STATEMENT = (
    r"(?:export\s+default\s+(?=\{)"
    rf"|{_DECLARED}({_JS_NAME}){_TS_TYPE}\s*(=|\()\s*(?=\{{)"
    rf"|(?:{_DECLARED}{_JS_NAME}\s*=\s*)?(?:new\s+)?{_JS_NAME}\s*\(\s*(?:{_JS_ARG}\s*,\s*)+(?=\{{))"
)
_JSONP = re.compile(_JS_GAP + _STATEMENT)
_STATEMENTS = re.compile(r"(?m)^[ \t]*" + _STATEMENT)


def names_a_timeline(text: str) -> bool:
    """Whether an object's text names TimelineJS's ``events`` or ``timeline`` without
    double quotes, as a script writes them (``{events: [...]``, or at a line's start)."""
    return re.search(r"""(?m)(?:[{,]|^)\s*'?\b(?:timeline|events)\b'?\s*:""", text) is not None


def _script_object(text: str) -> re.Match | None:
    """The statement of a script that names the timeline's object: the one at the
    script's start (``var data = {...}``), else the first, at the start of a line, whose
    object names ``events`` or ``timeline``; None when the text is no such script."""
    found = _JSONP.match(text)
    statements = list(_STATEMENTS.finditer(text))
    for i, statement in enumerate(statements):
        ahead = text[statement.end() : statements[i + 1].start() if i + 1 < len(statements) else len(text)]
        if '"events"' in ahead or '"timeline"' in ahead or names_a_timeline(ahead):
            return found if found is not None and found.end() == statement.end() else statement
    return found


def _starts_a_sheet(text: str) -> bool:
    """Whether a text's first line is the header of TimelineJS's spreadsheet template (whose
    media cells may hold embed code)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    names = line_cells(first, delimiter_of(first))
    return is_sheet_header({n.strip().lower() for n in names})


def embed_code(text: str) -> tuple[int, str] | None:
    """(line, why) when ``text`` (a file's start) is TimelineJS's embed code naming where
    its data is, and holds no timeline's object; else None."""
    if '"events"' in text or '"timeline"' in text or names_a_timeline(text):
        return None
    return embed_refusal(text)


def is_jsonp(text: str) -> bool:
    """Whether ``text`` (a file's start) is a script that names a TimelineJS object (as
    JSONP does): JavaScript, not a JSON file."""
    return _script_object(text) is not None


_JS_TOKEN = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|//[^\n]*|/\*.*?\*/|[{}]""", re.S)


def _end_of_object(text: str, pos: int) -> int | None:
    """Where the object at ``pos`` ends: as JSON reads it, else at its matching brace
    (strings and comments passed over; parsing it as JavaScript here would double
    json5's time); None when it has none (its reader then says why)."""
    try:
        return json.JSONDecoder().raw_decode(text, pos)[1]
    except (ValueError, RecursionError):
        pass
    depth = 0
    for token in _JS_TOKEN.finditer(text, pos):
        if token.group() == "{":
            depth += 1
        elif token.group() == "}":
            depth -= 1
            if depth == 0:
                return token.end()
    return None


def unwrap_jsonp(text: str) -> str:
    """The object a script names (see ``_script_object``), the script around it blanked
    (its line breaks kept, so that lines and columns stay those of the file); other text
    as it is. When the object cannot be read, the rest of the file stays, for its reader
    to say where."""
    return _unwrapped(text, _script_object(text))


def _unwrapped(text: str, found: re.Match | None) -> str:
    if found is None:
        return text

    def blanked(part: str) -> str:
        return re.sub(r"[^\n]", " ", part)

    end = _end_of_object(text, found.end())
    if end is None:
        return blanked(text[: found.end()]) + text[found.end() :]
    return blanked(text[: found.end()]) + text[found.end() : end] + blanked(text[end:])


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WS:
        pos += 1
    return pos


_JS_KEY = re.compile(r"[A-Za-z_$][\w$]*")
_JS_SKIP = re.compile(_JS_GAP)


class _Syntax:
    """How a document's names and values are read: as JSON (the standard library's
    decoder), or, for the object of a script (``var data = {...}``), as JavaScript's
    object literals (json5: names without quotes, strings in single quotes, trailing
    commas, comments), which the browser runs and TimelineJS shows."""

    def __init__(self, script: bool) -> None:
        self.script = script
        self._decoder = json.JSONDecoder()

    def skip(self, text: str, pos: int) -> int:
        if not self.script:
            return _skip(text, pos)
        gap = _JS_SKIP.match(text, pos)  # white space and comments: it matches, if only nothing
        return gap.end() if gap is not None else pos

    def value(self, text: str, pos: int) -> tuple[object, int]:
        if not self.script:
            return self._decoder.raw_decode(text, pos)
        value, err, end = json5.parse(text, start=pos, consume_trailing=False)
        if err is not None:
            said = re.sub(r"\s+at column \d+$", "", err.split(" ", 1)[-1])  # "<string>:3 Unexpected "," at column 4"
            raise json.JSONDecodeError(said, text, min(end, len(text)))
        return value, end

    def key(self, text: str, pos: int) -> tuple[object, int]:
        bare = _JS_KEY.match(text, pos) if self.script else None
        if bare is not None:
            return bare.group(), bare.end()
        return self.value(text, pos)

    def closes(self, text: str, pos: int, bracket: str) -> bool:
        """Whether a trailing comma's list or object ends at ``pos`` (JavaScript's)."""
        return self.script and text.startswith(bracket, pos)


def _slides(
    text: str, named: dict | None = None, syntax: _Syntax | None = None
) -> tuple[dict | None, list[tuple[int, object]], list[tuple[int, object]]]:
    """(title slide, [(line, event slide)], [(line, era)]) of a TimelineJS document,
    reading the events one by one so each keeps the line it starts on; the document's
    own ``source`` (a name dateline's export writes) goes into ``named``. ``syntax``:
    JSON's unless told. Raises JSONDecodeError or RecordError."""
    syntax = syntax or _Syntax(script=False)
    pos = syntax.skip(text, 0)
    if not text.startswith("{", pos):
        if syntax.script:
            syntax.value(text, pos)
        else:
            json.loads(text)  # raises for broken JSON; else it is not an object
        raise RecordError("not a TimelineJS file: the top level must be an object with 'events'")
    title: object = None
    events: list[tuple[int, object]] = []
    eras: list[tuple[int, object]] = []
    found = False
    pos = syntax.skip(text, pos + 1)
    if text.startswith("}", pos):
        raise RecordError("no 'events' list: not a TimelineJS file")
    while True:
        key, pos = syntax.key(text, pos)
        pos = syntax.skip(text, pos)
        if not text.startswith(":", pos):
            raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
        pos = syntax.skip(text, pos + 1)
        if key in ("events", "eras") and text.startswith("[", pos):
            found = found or key == "events"
            into = events if key == "events" else eras
            pos = syntax.skip(text, pos + 1)
            if text.startswith("]", pos):
                pos += 1
            else:
                while True:
                    start = pos
                    value, pos = syntax.value(text, pos)
                    into.append((_line_of(text, start), value))
                    pos = syntax.skip(text, pos)
                    if text.startswith(",", pos):
                        pos = syntax.skip(text, pos + 1)
                        if not syntax.closes(text, pos, "]"):
                            continue
                    if text.startswith("]", pos):
                        pos += 1
                        break
                    raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
        else:
            value, pos = syntax.value(text, pos)
            if key == "title":
                title = value
            elif key == "source" and isinstance(value, str) and named is not None:
                named["source"] = value
            elif key == "timeline" and isinstance(value, dict):
                return _from_timelinejs2(value, text, syntax.script)
            elif key == "timeline" and isinstance(value, list) and not found:
                raise RecordError(
                    f"not a TimelineJS file: its 'timeline' is a list of another program's records ({_records_of(value)}"
                )
            elif key == "events" and not found:
                raise RecordError(_events_not_a_list(value))
        pos = syntax.skip(text, pos)
        if text.startswith(",", pos):
            pos = syntax.skip(text, pos + 1)
            if not syntax.closes(text, pos, "}"):
                continue
        if text.startswith("}", pos):
            pos += 1
            break
        raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    if syntax.skip(text, pos) != len(text):
        raise json.JSONDecodeError("Extra data", text, syntax.skip(text, pos))
    if not found:
        raise RecordError("no 'events' list: not a TimelineJS file")
    if not events and not eras and not (isinstance(title, dict) and _more_than_a_name(title)):
        raise RecordError("no events: its 'events' list is empty (TimelineJS shows nothing of it)")
    _check_slides(events)
    return (title if isinstance(title, dict) else None), events, eras


_SLIDE_KEYS = frozenset({"start_date", "text", "media", "end_date", "unique_id", "display_date"})


def _events_not_a_list(value: object) -> str:
    """Why a document whose ``events`` is no list is refused: what it is instead (null, a
    slide or another object, a text, a number), in one line."""
    if isinstance(value, dict) and _SLIDE_KEYS & value.keys():
        return (
            "not a TimelineJS file: its 'events' is one slide, not a list of them "
            "(TimelineJS reads [{...}, ...]): put the slide in [ ]"
        )
    if value is None:
        return "not a TimelineJS file, or one without events: its 'events' is null, not a list of slides"
    what = {dict: "an object", str: "a text", bool: "true or false"}.get(type(value), "a number")
    return f"not a TimelineJS file: its 'events' is {what}, not a list of slides (TimelineJS reads [{{...}}, ...])"


def _check_slides(events: list[tuple[int, object]]) -> None:
    """A RecordError, said once, when an 'events' list holds objects of which none has a
    field of TimelineJS's slides (start_date, text, media...): another program's events,
    not a TimelineJS document."""
    objects = [e for _, e in events if isinstance(e, dict)]
    if not objects or any(_SLIDE_KEYS & e.keys() for e in objects):
        return
    raise RecordError(f"not a TimelineJS file: its events have no start_date or text ({_records_of(objects)})")


def _records_of(objects: list) -> str:
    """Another program's records as said to the user: their fields, and the ``--column``
    options that import them (``json_records`` reads an object's list of records)."""
    names = (str(k) for e in objects[:20] if isinstance(e, dict) for k in e)
    return f"their fields: {shown_columns(names, 8)}): {NAME_THEIRS}"


def _tl2_date(value, what: str) -> dict | None:
    """A TimelineJS2 date as TimelineJS3 parts: "1963,8,9", "2011", "2011,9,1,10,30",
    "9/1/2011" (month first), "2012.01.01" or "2012/1/4" (year first), "196002152034"
    (yyyymmddhhmm) or ISO 8601."""
    if blank(value):
        return None
    text = str(value).strip()
    names = ("year", "month", "day", "hour", "minute", "second")
    if re.fullmatch(r"-?\d+(\s*,\s*\d*)*", text):
        parts = [p.strip() for p in text.split(",")]
        if len(parts) == 1 and len(text) > 5 and text.isdigit():  # yyyymmdd[hh[mm[ss]]]
            parts = [text[:4]] + [text[i : i + 2] for i in range(4, len(text), 2)]
        return {n: p for n, p in zip(names, parts[:6]) if p}
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(-?\d+)", text)
    if m:
        return {"year": m[3], "month": m[1], "day": m[2]}
    m = re.fullmatch(r"(\d{4})([./])(\d{1,2})\2(\d{1,2})\.?", text)
    if m:  # "2012.01.01", "2012/1/4": year first, as the browser's Date.parse reads it for TimelineJS2
        return {"year": m[1], "month": m[3], "day": m[4]}
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise RecordError(f"TimelineJS2 layout: cannot read {what} '{value}' (year,month,day expected)") from None
    return {n: getattr(moment, n) for n in names}


def _tl2_slide(item: dict, what: str) -> dict:
    slide: dict = {"text": {"headline": item.get("headline"), "text": item.get("text")}}
    try:
        slide["start_date"] = _tl2_date(item.get("startDate"), f"{what} startDate")
        end = _tl2_date(item.get("endDate"), f"{what} endDate")
    except RecordError as exc:
        slide["error"] = str(exc)
        return slide
    if end and end != slide["start_date"]:
        slide["end_date"] = end
    asset: dict = _obj(item.get("asset"))
    media = {"url": asset.get("media"), **{k: asset.get(k) for k in ("credit", "caption", "thumbnail")}}
    media = {k: v for k, v in media.items() if not blank(v)}
    if media:
        slide["media"] = media
    tag = item.get("tag") if not blank(item.get("tag")) else item.get("tags")
    if not blank(tag):
        slide["group"] = tag
    if not blank(item.get("classname")):
        slide["classname"] = item["classname"]
    more = {k: v for k, v in item.items() if k not in _TL2_MEMBERS}
    if isinstance(more.get("location"), str):  # Taogi's place name, which TimelineJS3 holds in location.name
        place = more.pop("location").strip()
        if place:
            slide["location"] = {"name": place}
    if isinstance(more.get("media"), list) and "gallery" not in more:
        more["gallery"] = more.pop("media")  # Taogi's gallery of a date's pictures, beside its asset (media)
    if more:
        slide[MORE] = more  # the date's own fields, kept as a sheet's other columns are
    return slide


# the members of a TimelineJS2 date that make its slide
_TL2_MEMBERS = frozenset({"startDate", "endDate", "headline", "text", "asset", "tag", "tags", "classname"})


def _name_pattern(name: str, script: bool) -> str:
    """A regular expression for a member's name as JSON writes it (``"name":``), and, in
    a script, as JavaScript may too (``name:``, ``'name':``)."""
    if not script:
        return rf'"{name}"\s*:'
    return rf"""(?<![\w$])(?:"{name}"|'{name}'|{name}(?![\w$]))\s*:"""


def _from_timelinejs2(
    doc: dict, text: str, script: bool = False
) -> tuple[dict | None, list[tuple[int, object]], list[tuple[int, object]]]:
    """A TimelineJS2 document (``{"timeline": {...}}``) as TimelineJS3's title, events and
    eras; a TimelineJS3 document wrapped in ``{"timeline": ...}`` (its "events" or
    "slides") as itself."""
    inner = _seq(doc.get("events")) or _seq(doc.get("slides"))
    if inner and not isinstance(doc.get("date"), list):
        title3: dict | None = doc.get("title") if isinstance(doc.get("title"), dict) else None
        eras3: list = _seq(doc.get("eras"))
        starts3 = [_line_of(text, m.start()) for m in re.finditer(_name_pattern("start_date", script), text)]
        first3 = 1 if title3 and "start_date" in title3 else 0
        return (
            title3,
            [
                (starts3[first3 + len(eras3) + i] if first3 + len(eras3) + i < len(starts3) else 1, e)
                for i, e in enumerate(inner)
            ],
            [(1, e) for e in eras3],
        )
    if not isinstance(doc.get("date"), list):
        raise RecordError("TimelineJS2 layout without a 'date' list: not a timeline dateline can read")
    dates: list = _seq(doc.get("date"))
    era_items: list = [doc["era"]] if isinstance(doc.get("era"), dict) else _seq(doc.get("era"))  # one era, or a list
    starts = [m.start() for m in re.finditer(_name_pattern("startDate", script), text)]
    lines = [_line_of(text, p) for p in starts]
    first = 1 if not doc.get("startDate") else 0  # the title's own startDate comes first
    title = _tl2_slide(doc, "title")
    title.pop("error", None)
    if isinstance(title.get(MORE), dict):  # the document's own lists are its slides, not the title's fields
        title[MORE] = {k: v for k, v in title[MORE].items() if k not in ("date", "era")}
    if not doc.get("startDate"):
        title.pop("start_date", None)

    def line(i: int) -> int:
        return lines[i] if 0 <= i < len(lines) else 1

    offset = 1 - first
    events = [(line(i + offset), _tl2_slide(d, "date") if isinstance(d, dict) else d) for i, d in enumerate(dates)]
    eras = [
        (line(len(dates) + i + offset), _tl2_slide(e, "era") if isinstance(e, dict) else e)
        for i, e in enumerate(era_items)
    ]
    return title, events, eras


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


def _point(date, what: str) -> tuple[datetime, str] | None:
    """(naive start, precision) of a TimelineJS date object; None when it has no year."""
    if date is None or date == {} or date == "":
        return None
    if isinstance(date, (int, str)) and not isinstance(date, bool) and str(date).strip().lstrip("-").isdigit():
        date = {"year": date}  # a year alone, not in an object
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
    year, month, day = (values + [1, 1])[:3]
    hour, minute = (values[3:5] + [0, 0])[:2]
    try:
        moment = datetime(year, month, day, hour, minute, second or 0)
    except ValueError:
        # TimelineJS counts on as JavaScript's Date does: 30 February is 1 March, month 13
        # January of the next year, hour 24 the next day
        try:
            moment = datetime(year + (month - 1) // 12, (month - 1) % 12 + 1, 1) + timedelta(
                days=day - 1, hours=hour, minutes=minute, seconds=second or 0
            )
        except (ValueError, OverflowError) as exc:
            raise RecordError(f"{what} is not a date: {exc}") from None
        if not 1 <= moment.year <= 9999:
            raise RecordError(f"{what} is not a date between years 1 and 9999") from None
    return moment, precision


def _advance(moment: datetime, precision: str) -> datetime:
    if precision == "year":
        return moment.replace(year=moment.year + 1)
    if precision == "month":
        return moment.replace(year=moment.year + moment.month // 12, month=moment.month % 12 + 1)
    return moment + {"day": timedelta(days=1), "hour": timedelta(hours=1), "minute": timedelta(minutes=1)}[precision]


def _iso(moment: datetime, precision: str, zone: tzinfo = UTC) -> str:
    y = f"{moment.year:04d}"
    if precision == "year":
        return y
    if precision == "month":
        return f"{y}-{moment.month:02d}"
    if precision == "day":
        return f"{y}-{moment.month:02d}-{moment.day:02d}"
    return moment.replace(tzinfo=zone).isoformat(timespec="seconds")


# A date's offset from UTC, which TimelineJS has no field for (it shows the time as
# written) and passes over: dateline's export writes it beside a time that is not UTC
OFFSET = "utc_offset"
_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})")


def _zone(date, what: str) -> tzinfo | None:
    """The zone of a TimelineJS date object's time, from its ``utc_offset`` ("+09:00"),
    or None; raises RecordError for an offset it cannot read."""
    written = date.get(OFFSET) if isinstance(date, dict) else None
    if blank(written):
        return None
    found = _OFFSET.fullmatch(str(written).strip())
    if found is None or int(found.group(2)) > 23 or int(found.group(3)) > 59:
        raise RecordError(f"cannot read {what}.{OFFSET} '{written}' (+HH:MM)")
    minutes = int(found.group(2)) * 60 + int(found.group(3))
    return timezone(timedelta(minutes=-minutes if found.group(1) == "-" else minutes))


def _offset_of(moment: datetime) -> str | None:
    """``utc_offset`` for a moment whose offset is not UTC's, else None."""
    offset = moment.utcoffset()
    if not offset:
        return None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _is_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://", "ftp://", "//", "mailto:"))


def safe_url(text) -> str | None:
    """``text`` when it is an http(s) URL (or protocol-relative ``//``) or a relative URL
    (no scheme: a path as written); None for anything else (javascript:, data:...)."""
    if blank(text) or not isinstance(text, str):
        return None
    url = text.strip()
    if any(c in url for c in "<>\"'\n\r\t ") and not url.lower().startswith(("http://", "https://")):
        return None
    if url.lower().startswith(("http://", "https://", "//")):
        return url
    return None if _SCHEME.match(url) else url


_ANCHOR_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def first_link(text) -> str | None:
    """The address the first link of an HTML text goes to (a headline's ``<a
    href="...">A Better Pen</a>``, as sites link each slide to its page or article; a
    credit's ``Credit:<a href='...'>British Red Cross</a>``), when it is one to keep
    (``safe_url``); None for none."""
    return _first_url(_ANCHOR_HREF, text)


def _first_url(pattern: re.Pattern, text) -> str | None:
    """The address in the first of an HTML text's tags ``pattern`` finds (its groups: the
    attribute's value in double, single or no quotes), when it is one to keep."""
    found = pattern.search(text) if isinstance(text, str) else None
    if found is None:
        return None
    return safe_url(html.unescape(next(g for g in found.groups() if g is not None)))


_FRAME_SOURCE = re.compile(r"""<iframe\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def _frame_source(text: str) -> str | None:
    """The page an HTML media embeds (``<iframe src="https://...">``), when it is one to
    keep (``safe_url``)."""
    return _first_url(_FRAME_SOURCE, text)


def _linked(escaped: str, link) -> str:
    """An escaped text as a link to ``link`` (when it is one to keep), as it was read."""
    kept = safe_url(link)
    return f'<a href="{_esc(kept)}">{escaped}</a>' if kept and escaped else escaped


TEXT_LINKS = "text_links"
_WRITTEN_LINK = re.compile(r"(?:(.*?) )?<([^<>\s]+)>")


def _text_links(text) -> list[tuple[str, str]]:
    """The links of a slide's text that are kept (``safe_url``), as (words, address),
    each once; not those to a place in the page that shows it (``#make``), which lead
    nowhere from elsewhere."""
    if not isinstance(text, str):
        return []
    kept = ((words, safe_url(href)) for words, href in links_of(text))
    return list(dict.fromkeys((words, url) for words, url in kept if url and not url.startswith("#")))


def _written_links(links: list[tuple[str, str]]) -> str:
    """Links as a reader sees them in plain text: ``words <address>``, a line each."""
    return "\n".join(f"{words} <{url}>" if words and words != url else f"<{url}>" for words, url in links)


def _read_links(written) -> list[tuple[str, str]]:
    """``_written_links`` read back: (words, address) of each line that is one."""
    found = (_WRITTEN_LINK.fullmatch(line.strip()) for line in str(written or "").splitlines())
    return [(m.group(1) or "", m.group(2)) for m in found if m is not None and safe_url(m.group(2))]


def _relinked(body: str, links: list[tuple[str, str]]) -> str:
    """The HTML of a slide's text with its links back on their words (the first of
    their words not linked yet); the links whose words it does not hold follow in a
    paragraph of their own, marked ``data-dateline="links"``, which a reader follows
    and an import takes back."""
    parts = re.split(r"(<[^>]*>)", body)
    apart = []
    for words, url in links:
        target = _esc(words)
        at = next((i for i, p in enumerate(parts) if words and not p.startswith("<") and target in p), None)
        if at is None:
            apart.append(f'<a href="{_esc(url)}">{target or _esc(url)}</a>')
            continue
        before, _, after = parts[at].partition(target)
        parts[at : at + 1] = [before, f'<a href="{_esc(url)}">{target}</a>', after]
    if apart:
        parts.append(f'<p data-dateline="{LINKS}"><b>Links:</b> {", ".join(apart)}</p>')
    return "".join(parts)


def _keep_text(attrs: dict, name: str, value) -> None:
    """A media's or background's caption or credit as plain text in ``attrs[name]``, the
    address of its first link in ``attrs[name + "_link"]``."""
    text = plain(value) if isinstance(value, str) else None
    if text:
        attrs[name] = text
        link = first_link(value)
        if link:
            attrs[f"{name}_link"] = link


MEDIA_TEXT = ("caption", "credit", "alt", "title")
MEDIA_URLS = ("thumbnail", "link")
BACKGROUND_TEXT = ("caption", "credit")
# the members of a slide's media, background and location that the import reads into fields
# or attributes of their own; their other members (``"thumb"``, ``"opacity"``, an address),
# which TimelineJS passes over, are kept as NAME_MEMBER and written back where they were
READ_MEMBERS = {
    "media": frozenset({"url", "link_target", *MEDIA_TEXT, *MEDIA_URLS}),
    "background": frozenset({"url", "color", "alpha", *BACKGROUND_TEXT}),
    "location": frozenset({"name", "lat", "lon", "zoom", "line", "icon", "coords_from"}),
}


def _keep_members(attrs: dict, name: str, obj: dict) -> None:
    """The members of a slide's ``name`` object (media, background, location) that
    ``READ_MEMBERS`` does not read, text or numbers, as ``attrs[name_member]``."""
    for key, value in obj.items():
        kept = f"{name}_{key}"
        if key in READ_MEMBERS[name] or kept in attrs or not isinstance(key, str) or not re.fullmatch(r"\w+", key):
            continue
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and not blank(value):
            attrs[kept] = value.strip() if isinstance(value, str) else value


def _members_back(attrs: dict, name: str, obj: dict) -> None:
    """The members ``_keep_members`` kept, written back into the slide's ``name`` object
    as they came (as a slide's own fields are: TimelineJS shows none of them)."""
    prefix = f"{name}_"
    for kept, value in attrs.items():
        key = kept[len(prefix) :]
        if not kept.startswith(prefix) or key in READ_MEMBERS[name] or key in obj or key.endswith("_link"):
            continue
        if key in ("embed",) or not re.fullmatch(r"\w+", key):
            continue
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and not blank(value):
            obj[key] = value


def _millisecond(date) -> int | None:
    """A date's millisecond (``"010"``, 10), which the start (kept to the second) does not
    hold; None when it has none, or it is 0."""
    if not isinstance(date, dict) or _part(date, "second") is None:
        return None
    value = _part(date, "millisecond")
    return value if value and 0 < value < 1000 else None


def _dates_of(slide: dict) -> tuple[dict, datetime, str]:
    """(date fields of a record, start, precision) of a slide; raises RecordError."""
    start = _point(slide.get("start_date"), "start_date")
    if start is None:
        raise RecordError("missing required field 'start_date.year'")
    t0, precision = start
    written = _zone(slide.get("start_date"), "start_date")
    zone = written or UTC
    end = _point(slide.get("end_date"), "end_date")
    end_zone = _zone(slide.get("end_date"), "end_date") or zone
    rec: dict = {"start": _iso(t0, precision, zone), "precision": PRECISION[precision]}
    if written is not None and precision in ("year", "month", "day"):
        # a day (month, year) with the offset dateline's export writes beside it: that day there,
        # not in the import's zone (a Kyiv day came back as UTC's, three hours off)
        rec["start"] = t0.replace(tzinfo=zone).isoformat(timespec="seconds")
    begins = t0.replace(tzinfo=zone)
    if end is not None and _advance(*end).replace(tzinfo=end_zone) <= begins:
        # TimelineJS shows such a slide at its start: so does dateline, keeping the end as written
        rec["end_date"] = _iso(*end, end_zone)
        end = None
    if end is not None:
        t1 = _advance(*end).replace(tzinfo=end_zone)
        if t1 != _advance(begins, precision):
            rec["end"] = t1.isoformat(timespec="seconds")
            if end[1] != precision:
                rec["end_precision"] = end[1]
    return rec, t0, precision


def _says_a_date(text: str) -> bool:
    """Whether a display_date has words or numbers: "13 сентября", "c. 250 BCE"; not
    ".", "-" or "—", with which a timeline hides a slide's date (its group labels)."""
    return any(c.isalnum() for c in text)


def slide_to_record(
    slide, source: str, ids: UniqueIds, role: str | None = None, when: str | None = None
) -> dict | RecordError:
    """The record of one slide; ``role`` "title" or "era" marks the title slide and the
    eras; ``when`` dates a title slide that has no date of its own."""
    if not isinstance(slide, dict):
        return RecordError("a TimelineJS event must be a JSON object")
    if slide.get("error"):
        return RecordError(str(slide["error"]))
    attrs: dict = {}
    try:
        if role == "title" and _point(slide.get("start_date"), "start_date") is None:
            if when is None:
                return RecordError("the title slide has no date and there is no event to date it by")
            rec: dict = {"start": when, "precision": "day"}
            attrs["undated"] = True
        else:
            rec, _, precision = _dates_of(slide)
            millisecond = _millisecond(slide.get("start_date")) if precision == "minute" else None
            if millisecond:  # TimelineJS places the slide to the millisecond: kept, written back
                attrs["start_millisecond"] = millisecond
    except RecordError as exc:
        return exc
    end_precision = rec.pop("end_precision", None)
    if end_precision:
        attrs["end_precision"] = end_precision
    if rec.get("end_date"):
        attrs["end_date"] = rec.pop("end_date")  # before the start: kept as written, not used
    if role:
        attrs["timelinejs"] = role
    text: dict = _obj(slide.get("text"))
    headline = plain(text.get("headline"))
    body_html = text.get("text")
    facts = facts_of(body_html) if isinstance(body_html, str) else {}
    body, quotes = html_to_text(body_html)
    media: dict = _obj(slide.get("media"))
    url = str(media.get("url") or "").strip()
    if url and url.lower().startswith(("http://", "https://")):
        rec["link"] = url
    elif url and "<" not in url and safe_url(url):
        attrs["media_url"] = url  # a relative URL (or //host/...), as written
    elif url:
        media_text, media_quotes = html_to_text(url)
        quotes.extend(media_quotes)
        if media_text:
            attrs["media"] = media_text
        embedded = _frame_source(url)
        if embedded:
            attrs["media_embed"] = embedded  # an <iframe>'s page, which TimelineJS shows
    linked = first_link(text.get("headline"))
    if linked:
        attrs["headline_link"] = linked  # the title is the link's text; the link is the event's when it has none
        if "link" not in rec and linked.lower().startswith(("http://", "https://")):
            rec["link"] = linked
    links = _text_links(body_html)
    if links:
        attrs[TEXT_LINKS] = _written_links(links)  # the text keeps their words, the attribute where they go
        if "link" not in rec and links[0][1].lower().startswith(("http://", "https://")):
            rec["link"] = links[0][1]
    if url and rec.get("link") == url and url in (linked, *(u for _, u in links[:1])):
        attrs["media_url"] = url  # the media's own, which a link the text carries would not tell apart on export
    for key in MEDIA_TEXT:
        _keep_text(attrs, f"media_{key}", media.get(key))
    for key in MEDIA_URLS:
        if isinstance(media.get(key), str) and not blank(media[key]):
            attrs[f"media_{key}"] = media[key].strip()
    if not blank(media.get("link_target")):
        attrs["media_link_target"] = str(media["link_target"]).strip()
    background: dict = _obj(slide.get("background"))
    for key in ("url", "color", "alpha"):
        if not blank(background.get(key)):
            attrs[f"background_{key}"] = (
                background[key] if isinstance(background[key], (int, float)) else str(background[key]).strip()
            )
    for key in BACKGROUND_TEXT:  # a background photo's caption and credit, which TimelineJS does not show
        _keep_text(attrs, f"background_{key}", background.get(key))
    _keep_members(attrs, "media", media)  # members TimelineJS passes over: a "thumb", a background's "opacity"
    _keep_members(attrs, "background", background)
    one_line = " ".join(headline.split())
    title = (
        first_line(one_line)
        or first_line(body)
        or attrs.get("media_caption")
        or (first_line(quotes[0]["text"]) if quotes else "")
        or ("(title)" if role == "title" else "(untitled)")
    )
    rec["title"] = title
    if body:
        rec["summary"] = body
    if headline and headline != title:
        attrs["headline"] = headline  # line breaks, or more than a title holds
    if not headline:
        attrs["no_headline"] = True  # the title comes from the text or the media
    if not blank(slide.get("group")):
        rec["kind"] = plain(str(slide["group"])) or None
    location: dict = _obj(slide.get("location"))
    if not blank(location.get("name")):
        rec["place"] = plain(str(location["name"])) or None
    for key in ("lat", "lon"):
        if isinstance(location.get(key), (int, float)) and not isinstance(location.get(key), bool):
            rec[key] = location[key]
        elif isinstance(location.get(key), str) and not blank(location[key]):
            rec[key] = location[key].strip()
    for key, value in location.items():
        if key not in ("name", "lat", "lon") and isinstance(value, (str, int, float)) and not blank(value):
            attrs["coords_from" if key == "coords_from" else f"location_{key}"] = value  # where dateline found them
    for key, value in facts.items():  # dateline's own fields, written into the text by an export
        rec[key] = value
    if not blank(slide.get("display_date")):
        shown = [plain(str(slide["display_date"]))]
    else:  # the dates' own display_date, which TimelineJS shows as "start — end"
        shown = [
            plain(str(date["display_date"]))
            for date in (slide.get("start_date"), slide.get("end_date"))
            if isinstance(date, dict) and not blank(date.get("display_date"))
        ]
    written = " — ".join(x for x in shown if x)
    if _says_a_date(written):
        rec["date_text"] = written
    elif written:  # "." or "-": it hides the slide's date, says none
        attrs["display_date"] = written
    if not blank(slide.get("type")):
        attrs["type"] = plain(str(slide["type"]))
    if isinstance(slide.get("autolink"), bool):
        attrs["autolink"] = slide["autolink"]
    if not blank(slide.get("classname")):
        attrs["classname"] = str(slide["classname"]).strip()
    rec["quotes"] = quotes  # TimelineJS carries quotes (block quotes): none here replaces stored ones
    more = _more_fields(slide, attrs)
    if more:
        attrs.update(more)
        attrs[MORE] = list(more)
    if attrs:
        rec["attrs"] = attrs
    rec["source"] = source
    given = slide.get("unique_id")
    if not blank(given):
        rec["id"] = ids(str(given).strip())  # TimelineJS keeps two slides with one unique_id apart too
    else:  # a sheet's other columns, which its ids were made without, are not the slide's
        rec["id"] = ids(stable_id(source, role or "", {k: v for k, v in slide.items() if k != MORE}))
    return rec


# the members of a slide TimelineJS reads, or dateline's import does
SLIDE_MEMBERS = frozenset(
    {
        "start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink",
        "unique_id", "type", "location", "classname", "error", MORE,
    }
)  # fmt: skip
# the attributes a slide's members give, which another field of the same name must not replace
_OWN_ATTRS = re.compile(
    r"(media|background|location|headline|end|start)_\w+|media|headline|no_headline|undated|timelinejs|display_date|"
    r"type|autolink|classname|text_links|" + MORE
)


def more_names(rec: dict) -> list[str]:
    """The names of an event's attributes that came from a slide's fields TimelineJS passes
    over (``_more_fields``), to write back as they came."""
    attrs = rec.get("attrs") or {}
    names = attrs.get(MORE)
    if not isinstance(names, list):
        return []
    return [n for n in names if isinstance(n, str) and n in attrs and n not in SLIDE_MEMBERS]


def _more_fields(slide: dict, attrs: dict) -> dict:
    """A slide's fields that TimelineJS passes over (a sheet's columns beyond its template,
    a JSON slide's members of its own: a source, a place, a note, a program's ``coords``
    object), text, numbers, objects or lists, by name: kept as attributes, and written back
    by ``to_slide``."""
    sheet: dict = slide[MORE] if isinstance(slide.get(MORE), dict) else {}
    others = {k: v for k, v in slide.items() if k not in SLIDE_MEMBERS}
    return {
        str(k): v.strip() if isinstance(v, str) else v
        for k, v in {**others, **sheet}.items()
        if (isinstance(v, (str, int, float)) and not isinstance(v, bool) and not blank(v) or isinstance(v, (dict, list)) and v)
        and k not in attrs and not _OWN_ATTRS.fullmatch(str(k))
    }  # fmt: skip


def _more_than_a_name(title: dict) -> bool:
    """A title slide with text, media, a background or a date of its own, which is kept
    as an event; one with a headline alone only names the source of the events."""
    text: dict = _obj(title.get("text"))
    media: dict = _obj(title.get("media"))
    return bool(
        plain(text.get("text"))
        or not blank(media.get("url"))
        or isinstance(title.get("background"), dict)
        and title["background"]
        or _has_year(title.get("start_date"))
    )


def _has_year(date) -> bool:
    return isinstance(date, dict) and not blank(date.get("year"))


def broken_json(name: str, exc: json.JSONDecodeError) -> tuple[str, RecordError]:
    """``(FILE:LINE, error)`` of a JSON document that does not parse. A comma just before
    a closing ``]`` or ``}`` (a trailing comma, which hand-edited timelines have and
    JavaScript's object literals allow) is named as such, on the comma's line, and so is
    a ``//`` or ``/* */`` comment: JSON has neither, and TimelineJS, which reads its file
    with the browser's JSON.parse, refuses the file too. So are a name without quotes and
    a string in single quotes, which a page's script (``var data = {events: [...]}``)
    may hand TimelineJS but JSON has not."""
    text, pos = exc.doc, exc.pos
    if text[pos : pos + 1] in ("]", "}"):
        comma = pos - 1
        while comma >= 0 and text[comma] in _WS:
            comma -= 1
        if comma >= 0 and text[comma] == ",":
            line = text.count("\n", 0, comma) + 1
            column = comma - text.rfind("\n", 0, comma)
            return f"{name}:{line}", RecordError(
                f"broken JSON: a comma before '{text[pos]}' (column {column}); JSON allows no trailing "
                "comma, and TimelineJS (the browser's JSON.parse) refuses the file too: remove it"
            )
    written = _javascript_not_json(text, pos)
    if written is not None:
        return f"{name}:{exc.lineno}", RecordError(
            f"JavaScript, not JSON: {written} (column {exc.colno}); TimelineJS reads a JSON file with the browser's "
            "JSON.parse, which refuses it too (a script, var data = {...} in a .js file, may have it): put names and "
            "strings in double quotes (JSON.stringify of the object, in a browser's console, writes it)"
        )
    if text[pos : pos + 2] in ("//", "/*"):
        return f"{name}:{exc.lineno}", RecordError(
            f"broken JSON: a comment (column {exc.colno}); JSON allows none, and TimelineJS (the browser's "
            "JSON.parse) refuses the file too: remove it"
        )
    return f"{name}:{exc.lineno}", RecordError(f"broken JSON: {exc.msg} (column {exc.colno})")


def broken_script(name: str, exc: json.JSONDecodeError, wrapper: str | None = None) -> tuple[str, RecordError]:
    """``(FILE:LINE, error)`` of a script's object (``var data = {...}``) that is not an
    object literal dateline can read: what is at the error is named (a string joined
    with ``+``, a function call, a variable, a template string), with its line in the
    file. The browser runs such a script; dateline reads data, not code."""
    text, pos = exc.doc, exc.pos
    start = pos
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_$."):
        start -= 1  # json5 stops inside a word it took for true, false or null
    line = text.count("\n", 0, start) + 1
    column = start - text.rfind("\n", 0, start)
    what = _expression_at(text, start)
    if what is None:
        return f"{name}:{line}", RecordError(
            f"broken JavaScript object: {exc.msg.replace(chr(10), ' ')} (column {column})"
        )
    how = (
        f"JSON.stringify({wrapper}) in a browser's console"
        if wrapper
        else "JSON.stringify of the object, in a browser's console,"
    )
    return f"{name}:{line}", RecordError(
        f"JavaScript that computes the data: {what} (column {column}); dateline reads a script's object only "
        f"when it is written out: {how} writes it as JSON"
    )


_CALL = re.compile(r"(?:new\s+)?([A-Za-z_$][\w$.]*)\s*\(")
_NAME = re.compile(r"[A-Za-z_$][\w$.]*")


def _expression_at(text: str, pos: int) -> str | None:
    """What at ``pos`` of a script's object is code, not data, as said to the user, or None."""
    if text.startswith("+", pos):
        return "strings joined with '+'"
    if text.startswith("`", pos):
        return "a template string (`...`)"
    if text[:pos].rstrip()[-1:] not in (":", "[", ","):
        return None  # a word where a comma or a bracket was due: broken, not code
    if text.startswith("(", pos):  # (new Date().getFullYear()).toString(): the day the page is shown
        written = text[pos : text.find("\n", pos) if "\n" in text[pos:] else len(text)].strip().rstrip(",")
        return f"an expression, {written[:80]}" + ("…" if len(written) > 80 else "")
    call = _CALL.match(text, pos)
    if call is not None:
        return f"a function call, {call.group(1)}(...)"
    word = _NAME.match(text, pos)
    if word is not None and word.group() not in ("true", "false", "null"):
        return f"a variable, {word.group()}"
    return None


_BARE_NAME = re.compile(r"[A-Za-z_$][\w$]*\s*:")


def _javascript_not_json(text: str, pos: int) -> str | None:
    """What at ``pos`` is JavaScript's and not JSON's (a name without quotes, a string
    in single quotes), as said to the user, or None."""
    if _BARE_NAME.match(text, pos):
        return f"the name '{text[pos:].split(':', 1)[0].strip()}' has no quotes"
    if text[pos : pos + 1] == "'":
        return "a string in single quotes"
    return None


def read(
    path: str | os.PathLike, source: str | None = None, decoding: Decoding | None = None
) -> Iterator[tuple[str, dict | Exception]]:
    name = os.fspath(path)
    start = head(path)  # as detect reads it: a script may name its timeline further on
    embed = None if _starts_a_sheet(start) else embed_code(start)
    if embed is not None:
        yield f"{name}:{embed[0]}", FileRefused(embed[1])
        return
    if not start.lstrip().startswith("{") and not is_jsonp(start):  # the spreadsheet template, saved as CSV
        from .timelinejs_csv import sheet

        found = sheet(path, decoding)
        if isinstance(found, tuple) and isinstance(found[0], RecordError):
            yield f"{name}:{found[1]}", refused(found[0])
            return
        title, slides, eras, title_line = found
        yield from _records(name, path, source, title, slides, eras, title_line)
        return
    with open(path, "rb") as f:
        data = f.read()
    text, err, line = decode_all(data, path, decoding)
    if err is not None:
        yield f"{name}:{line}", refused(err)
        return
    statement = _script_object(text)
    script = statement is not None
    wrapper = statement.group(1) if statement is not None and statement.group(2) == "=" else None  # var NAME = {
    text = _unwrapped(text, statement)
    named: dict = {}
    try:
        title, slides, eras = _document(text, named, script)
    except json.JSONDecodeError as exc:
        template = template_refusal(text)
        if template is not None:
            yield f"{name}:{template[0]}", FileRefused(template[1])
            return
        at, why = broken_script(name, exc, wrapper) if script else broken_json(name, exc)
        yield at, refused(why)  # the one document is broken: no event of it can be read
        return
    except RecordError as exc:
        yield f"{name}:1", refused(exc)
        return
    found_title = re.search(_name_pattern("(?:title|timeline)", script), text)
    line = _line_of(text, found_title.start()) if found_title else 1
    yield from _records(name, path, source, title, slides, eras, line, named.get("source"))


def _document(
    text: str, named: dict, script: bool
) -> tuple[dict | None, list[tuple[int, object]], list[tuple[int, object]]]:
    """``_slides`` of a document: as JSON; a script's object that JSON refuses, as
    JavaScript's object literal (slower: json5 is pure Python), which the browser reads."""
    try:
        return _slides(text, named)
    except json.JSONDecodeError:
        if not script:
            raise
    named.clear()
    return _slides(_without_casts(constant_templates(text)), named, _Syntax(script=True))


# TypeScript's casts after a value: "image" as const, [...] as Slide[], {...} satisfies Data
_CAST = re.compile(
    r"(?<=[\w\"'`\]}])\s+(?:as|satisfies)\s+(?:const\b|[A-Za-z_$][\w$.]*(?:<[^<>\n]*>)?(?:\[[^\[\]\n]*\])*)"
)


def _without_casts(text: str) -> str:
    """A script's text with TypeScript's casts after its values blanked (their columns
    kept), outside strings and comments: what the browser runs once TypeScript compiles."""
    quoted = [m.span() for m in _JS_TOKEN.finditer(text) if m.group() not in "{}"]
    starts = [start for start, _ in quoted]

    def blank(cast: re.Match) -> str:
        at = bisect.bisect_right(starts, cast.start()) - 1  # the string or comment it may be in
        inside = at >= 0 and cast.start() < quoted[at][1]
        return cast.group() if inside else re.sub(r"[^\n]", " ", cast.group())

    return _CAST.sub(blank, text) if (" as " in text or "satisfies" in text) else text


def constant_templates(text: str) -> str:
    """A script's text with its template strings that compute nothing (```<p>...</p>```,
    no ``${...}``: a string, in JavaScript, over several lines) written as strings in
    double quotes, which json5 reads; their lines end in a backslash, as JavaScript
    continues a string, so that every line stays where it was."""

    def as_string(token: re.Match) -> str:
        written = token.group()
        if not written.startswith("`") or "${" in written:
            return written
        return '"' + _TEMPLATE_PART.sub(lambda part: _AS_STRING.get(part.group(), part.group()), written[1:-1]) + '"'

    return _JS_TOKEN.sub(as_string, text)


# a template string's parts that a string in double quotes writes otherwise
_TEMPLATE_PART = re.compile(r'\\.|["\r\n]', re.S)
_AS_STRING = {"\\`": "`", '"': '\\"', "\r": "\\r", "\n": "\\n\\\n"}


def unfilled(slide: object) -> bool:
    """A slide every member of which is empty (``"startDate": ""``, ``"headline": ""``, an
    asset of empty strings): an authoring template's slide left unfilled, passed over as
    a sheet's empty row is."""
    if isinstance(slide, dict):
        return all(unfilled(v) for v in slide.values())
    if isinstance(slide, list):
        return all(unfilled(v) for v in slide)
    return slide is None or isinstance(slide, str) and not slide.strip()


def _records(
    name: str,
    path: str | os.PathLike,
    source: str | None,
    title: dict | None,
    slides: list[tuple[int, object]],
    eras: list[tuple[int, object]],
    title_line: int,
    named_source: str | None = None,
) -> Iterator[tuple[str, dict | Exception]]:
    """The records of a document's title slide, eras and events, in the order of their
    lines. Their source: the one given, else the title's headline, else the document's
    own ``source`` (``named_source``), else the file's name."""
    if not source and title:
        headline = plain((title.get("text") or {}).get("headline") if isinstance(title.get("text"), dict) else None)
        source = first_line(" ".join(headline.split()))  # a <br> in it breaks the line, not the name, as in a title
    source = source or (plain(named_source) if named_source else None) or file_label(path)
    ids = UniqueIds()
    slides = [(line, slide) for line, slide in slides if not unfilled(slide)]  # as a sheet's empty row is
    items: list[tuple[int, str | None, object]] = [(line, "era", era) for line, era in eras if not unfilled(era)]
    items += [(line, None, slide) for line, slide in slides]
    when = None
    if title is not None and _more_than_a_name(title):
        firsts = []
        refused: tuple[int, str] | None = None  # the first event that cannot be read, and why
        for line, slide in slides:
            try:
                if isinstance(slide, dict) and not slide.get("error"):
                    firsts.append(_dates_of(slide)[1])
            except RecordError as exc:
                refused = refused or (line, str(exc))
                continue
        when = _iso(min(firsts), "day") if firsts else None
        if when is None and refused is not None:  # every event refused: their reason is the title's too
            why = f"the title slide has no date, and no event can date it: line {refused[0]}: {refused[1]}"
            title = {**title, "error": why}
        items.append((title_line, "title", title))
    for line, role, slide in sorted(items, key=lambda item: item[0]):
        yield f"{name}:{line}", slide_to_record(slide, source, ids, role, when if role == "title" else None)


# --------------------------------------------------------------------------- writing


def _parts(moment: datetime, precision: str) -> dict:
    parts: dict[str, int | str] = {"year": moment.year}
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
    offset = _offset_of(moment)
    if offset:
        # the time is the wall clock's there, as TimelineJS shows it; a day is that zone's day
        parts[OFFSET] = offset
    return parts


def _html(text: str) -> str:
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)


def _esc(value) -> str:
    return html.escape(str(value))


def facts_html(rec: dict) -> str:
    """dateline's fields that TimelineJS has no place for, as paragraphs a reader of the
    page sees and an import takes back (see ``html_text.facts_of``)."""
    facts = []
    for field, label in (("place", "Place"), ("region", "Region"), ("country", "Country")):
        if rec.get(field):
            facts.append((field, label, rec[field]))
    if rec.get("lat") is not None and rec.get("lon") is not None:
        facts.append(("coordinates", "Coordinates", f"{rec['lat']}, {rec['lon']}"))
    if rec.get("actors"):
        facts.append(("actors", "Actors", "; ".join(rec["actors"])))
    for field, label in (("killed", "Killed"), ("injured", "Injured")):
        if rec.get(field) is not None:
            facts.append((field, label, rec[field]))
    if rec.get("status") and rec["status"] != "happened":
        facts.append(("status", "Status", rec["status"]))
    if rec.get("tags"):
        facts.append(("tags", "Tags", ", ".join(rec["tags"])))
    paras = "".join(f'<p data-dateline="{f}"><b>{label}:</b> {_esc(v)}</p>' for f, label, v in facts)
    if rec.get("bookmarked"):
        paras += '<p data-dateline="bookmarked"><b>★ Bookmarked</b></p>'
    note = (rec.get("notes") or "").strip()
    if note:  # the analyst's own text, its paragraphs and lines kept
        paras += f'<p data-dateline="notes"><b>Note:</b> {_esc(note).replace(chr(10), "<br>")}</p>'
    return paras


def _last(end: datetime, precision: str) -> datetime:
    """The last ``precision`` unit before ``end`` (an exclusive end)."""
    if precision == "year":
        return end.replace(year=end.year - 1) if (end.month, end.day, end.hour, end.minute) == (1, 1, 0, 0) else end
    if precision == "month":
        if end.day == 1 and (end.hour, end.minute) == (0, 0):
            return end.replace(year=end.year - (end.month == 1), month=(end.month - 2) % 12 + 1)
        return end
    return end - {"day": timedelta(days=1), "hour": timedelta(hours=1), "minute": timedelta(minutes=1)}[precision]


def _dates_slide(rec: dict) -> dict:
    start = datetime.fromisoformat(rec["start"])
    end = datetime.fromisoformat(rec["end"])
    precision = rec.get("precision") or "day"
    attrs = rec.get("attrs") or {}
    slide: dict = {}
    if precision in PRECISION:
        slide["start_date"] = _parts(start, precision)
        millisecond = attrs.get("start_millisecond")
        if precision == "minute" and isinstance(millisecond, int) and 0 < millisecond < 1000:
            slide["start_date"]["second"] = start.second
            slide["start_date"]["millisecond"] = millisecond
        if end != _advance(start, precision):
            end_precision = str(attrs.get("end_precision") if attrs.get("end_precision") in PRECISION else precision)
            slide["end_date"] = _parts(_last(end, end_precision), end_precision)
    else:  # week, weekend, night, morning...: the days it covers
        slide["start_date"] = _parts(start, "day")
        last = end - timedelta(microseconds=1)
        if last.date() != start.date():
            slide["end_date"] = _parts(last, "day")
    return slide


def _cite(quote: dict) -> str:
    """A quote's <cite>: "speaker, role" as TimelineJS shows it, the role marked so that
    reading takes it back apart from the speaker."""
    speaker, role = quote.get("speaker"), quote.get("role")
    if not role:
        return f" <cite>{_esc(speaker)}</cite>" if speaker else ""
    before = f"{_esc(speaker)}, " if speaker else ""  # reading takes this one comma back off the speaker
    return f' <cite>{before}<span data-dateline="role">{_esc(role)}</span></cite>'


def to_slide(rec: dict, *, as_title: bool = False) -> dict:
    """The slide of one event; ``as_title``: the document's title slide, which keeps no
    date when it had none (every other slide needs one: a second file's title slide among
    the events too)."""
    attrs = rec.get("attrs") or {}
    slide: dict = {} if as_title and attrs.get("undated") else _dates_slide(rec)
    text_links = _read_links(attrs.get(TEXT_LINKS))
    body = _relinked(_html(rec.get("summary") or ""), text_links)
    for q in rec.get("quotes") or []:
        body += f"<blockquote>{_esc(q['text'])}{_cite(q)}</blockquote>"
    body += facts_html(rec)
    headline = str(attrs["headline"]) if isinstance(attrs.get("headline"), str) else str(rec["title"])
    if attrs.get("no_headline"):
        headline = ""
    headline = _esc(headline).replace("\n", "<br>")
    linked = safe_url(attrs.get("headline_link"))
    slide["text"] = {"headline": _linked(headline, linked), "text": body}
    if rec.get("kind"):
        slide["group"] = _esc(rec["kind"])
    media: dict = {}
    link = str(rec.get("link") or "")
    url = link.strip() if link.lower().startswith(("http://", "https://")) and safe_url(link) else None
    if url and url in (linked, *(u for _, u in text_links[:1])):
        url = None  # the headline's or the text's link, which they carry: no media of it (a relative one stays)
    url = url or safe_url(attrs.get("media_url"))
    if url:
        media["url"] = url
    elif safe_url(attrs.get("media_embed")):
        media["url"] = f'<iframe src="{_esc(safe_url(attrs["media_embed"]))}"></iframe>'
    elif isinstance(attrs.get("media"), str) and attrs["media"].strip():
        media["url"] = f"<p>{_esc(attrs['media'])}</p>"  # text where a URL goes: read back as text, not a path
    for key in MEDIA_TEXT:
        if attrs.get(f"media_{key}"):
            media[key] = _linked(_esc(attrs[f"media_{key}"]), attrs.get(f"media_{key}_link"))
    for key in MEDIA_URLS:
        kept = safe_url(attrs.get(f"media_{key}"))
        if kept:
            media[key] = kept
    if re.fullmatch(r"[\w-]{1,64}", str(attrs.get("media_link_target") or "")):
        media["link_target"] = attrs["media_link_target"]
    _members_back(attrs, "media", media)
    if media:  # TimelineJS shows no media for an empty url, and keeps the rest (it needs the key)
        slide["media"] = {"url": "", **media}
    background: dict = {}
    if safe_url(attrs.get("background_url")):
        background["url"] = safe_url(attrs.get("background_url"))
    color = str(attrs.get("background_color") or "")
    if re.fullmatch(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}", color):
        background["color"] = color
    if isinstance(attrs.get("background_alpha"), (int, float)):
        background["alpha"] = attrs["background_alpha"]
    for key in BACKGROUND_TEXT:
        if attrs.get(f"background_{key}"):
            background[key] = _linked(_esc(attrs[f"background_{key}"]), attrs.get(f"background_{key}_link"))
    _members_back(attrs, "background", background)
    if background:
        slide["background"] = background
    if rec.get("lat") is not None and rec.get("lon") is not None:
        try:
            location: dict = {"lat": float(rec["lat"]), "lon": float(rec["lon"])}
        except (TypeError, ValueError):
            location = {}
        if location:
            if rec.get("place"):
                location["name"] = _esc(rec["place"])
            for key in ("zoom", "line"):
                if isinstance(attrs.get(f"location_{key}"), (bool, int, float)):
                    location[key] = attrs[f"location_{key}"]
            if safe_url(attrs.get("location_icon")):
                location["icon"] = safe_url(attrs["location_icon"])
            if attrs.get("coords_from"):  # the gazetteer's coordinates, not the author's: said so, read back
                location["coords_from"] = str(attrs["coords_from"])
            _members_back(attrs, "location", location)
            slide["location"] = location
    if rec.get("date_text") or attrs.get("display_date"):
        slide["display_date"] = _esc(rec.get("date_text") or attrs["display_date"])
    if isinstance(attrs.get("autolink"), bool):
        slide["autolink"] = attrs["autolink"]
    if attrs.get("type"):
        slide["type"] = _esc(attrs["type"])
    if attrs.get("classname"):  # a TimelineJS2 slide's CSS class: TimelineJS3 passes it over, the import keeps it
        slide["classname"] = _esc(attrs["classname"])
    for name in more_names(rec):  # the fields TimelineJS passes over, as they came
        if name not in slide:
            slide[name] = attrs[name]
    slide["unique_id"] = rec["id"]
    return slide


def write(records: Iterable[dict], out: IO[str]) -> int:
    slides, eras, sources = [], [], set()
    title = None
    for rec in records:
        role = (rec.get("attrs") or {}).get("timelinejs")
        if role == "title" and title is None:
            title = to_slide(rec, as_title=True)
            continue
        if role == "era":
            era = to_slide(rec)
            # TimelineJS3 reads an era's dates and headline; the group (a TimelineJS2 era's
            # tag, a sheet's Group) is written too, which it passes over, to keep the kind
            keys = ("start_date", "end_date", "text", "group", "unique_id", *more_names(rec))
            eras.append({k: era[k] for k in keys if k in era and (k != "group" or era[k])})
            continue
        slides.append(to_slide(rec))
        sources.add(rec.get("source"))
    doc: dict = {}
    if title is not None:
        doc["title"] = title
        if not title["text"]["headline"] and len(sources) == 1 and None not in sources:
            doc["source"] = str(
                sources.pop()
            )  # a title without a headline names no source: TimelineJS passes this over
    elif len(sources) == 1 and None not in sources:
        doc["title"] = {"text": {"headline": html.escape(str(sources.pop())), "text": ""}}
    if eras:
        doc["eras"] = eras
    doc["events"] = slides
    json.dump(doc, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(slides) + len(eras) + (title is not None)
