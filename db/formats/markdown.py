"""A chronology in Markdown that an editor accepts.

- a title from the range ("Night of 20–21 September 2024"), a heading per day, and per
  night for what happened over one ("Night of 20–21 September 2024"), week or month;
- each event's time in words in its source's zone ("8 p.m. to 6 a.m. Kyiv time"), next to
  the date as written;
- claims marked at the start ("Claim (Russian Defense Ministry): …"), planned events too;
- places without repetition ("Tver and Krasnodar regions; occupied Crimea, Russia");
- the outlet, its date, the article and the link in every source line;
- no internal fields (id, kind, precision, the ISO interval, attributes) unless
  ``with_fields``;
- the analyst's desk where an event has it: a bookmark as a star before its heading
  ("### ★ …"), its tags in the list ("Tags: verify, follow-up"), its note after the
  source line ("**Note:** …"), apart from what was reported.

Text is data: Markdown's active characters in it are escaped (``[drone]`` is written
``\\[drone\\]``, which reads as [drone]), a line cannot start a heading or a list, raw
C0/C1 control characters and escape sequences are never written, and a link is written
only when it is http(s).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import IO

from ..places import places
from ..spans import days_between, one_unit
from ..text import clean
from ..zones import zone_name

# ---------------------------------------------------------------------------- text

_ACTIVE = re.compile(r"([\\`*_\[\]<>|~&])")
_LINE_START = re.compile(r"^(\s*)(\d*)([#>+=.)-])")


def escape(text: str | None, *, one_line: bool = True) -> str:
    """Text as Markdown shows it literally: controls out, active characters escaped."""
    if not text:
        return ""
    lines = [ln.lstrip() for ln in clean(str(text), one_line=one_line).split("\n")]  # indented: code
    return "\n".join(_LINE_START.sub(_line_start, _ACTIVE.sub(r"\\\1", ln)) for ln in lines)


def _line_start(m: re.Match) -> str:
    """A line that would start a heading, block quote, list or rule: its mark escaped
    ("\\# …", "\\- …", "1\\. …"); a number not followed by "." or ")" is left alone."""
    indent, digits, mark = m.groups()
    if bool(digits) != (mark in ".)"):
        return m.group(0)
    return f"{indent}{digits}\\{mark}"


def _url(link: str | None) -> str | None:
    link = clean(link, one_line=True) if link else ""
    if re.match(r"https?://[^\s<>]+$", link, re.IGNORECASE):
        return link
    return None


# ---------------------------------------------------------------------------- dates in words


def day_heading(day: str) -> str:
    """ "Fri 20 Sep 2024": a day, short (kept for other callers)."""
    d = datetime.fromisoformat(day[:10]).date()
    return f"{calendar.day_abbr[d.weekday()]} {d.day} {calendar.month_abbr[d.month]} {d.year}"


def long_day(d: date) -> str:
    return f"{calendar.day_name[d.weekday()]} {d.day} {calendar.month_name[d.month]} {d.year}"


def span(first: date, last: date) -> str:
    """Days from ``first`` to ``last`` (inclusive) in words: "20–21 September 2024"."""
    return days_between(first, last, lambda d: calendar.month_name[d.month])


def clock(moment: datetime) -> str:
    """ "8 p.m.", "10:45 p.m.", "midnight", "noon"."""
    h, m = moment.hour, moment.minute
    if (h, m) == (0, 0):
        return "midnight"
    if (h, m) == (12, 0):
        return "noon"
    twelve = h % 12 or 12
    return f"{twelve}{f':{m:02d}' if m else ''} {'a.m.' if h < 12 else 'p.m.'}"


def _is_night(start: datetime, end: datetime) -> bool:
    last = end - timedelta(seconds=1)
    return start.date() != last.date() and end - start <= timedelta(hours=16)


def _zone(rec: dict, moment: datetime) -> str:
    """The zone an event's times are in, by name when its source names one that has
    this offset then ("Kyiv time"), else the offset."""
    tz = rec.get("tz")
    if tz:
        try:
            from zoneinfo import ZoneInfo

            if moment.astimezone(ZoneInfo(tz)).utcoffset() == moment.utcoffset():
                return zone_name(tz, moment)
        except (ValueError, KeyError, OSError):
            pass
    return zone_name(None, moment)


def when_words(rec: dict) -> str:
    """The resolved interval in words, in the event's own zone."""
    start, end = datetime.fromisoformat(rec["start"]), datetime.fromisoformat(rec["end"])
    last = end - timedelta(seconds=1)
    precision = rec.get("precision") or ""
    zone = _zone(rec, start)
    if not one_unit(start, end, precision):  # several units: both ends ("July 1943 to December 1946")
        if precision == "year":
            return f"{start.year} to {last.year}"
        if precision == "month":
            return f"{calendar.month_name[start.month]} {start.year} to {calendar.month_name[last.month]} {last.year}"
        if precision in ("day", "week", "weekend"):
            return f"{long_day(start.date())} to {long_day(last.date())}"
        return f"{long_day(start.date())} {clock(start)} to {long_day(last.date())} {clock(end)} {zone}"
    if precision == "year":
        return f"{start.year}"
    if precision == "month":
        return f"{calendar.month_name[start.month]} {start.year}"
    if precision in ("week", "weekend"):
        return f"the {precision} of {span(start.date(), last.date())}"
    if precision == "day":
        return long_day(start.date())
    if precision == "minute":
        return f"{long_day(start.date())}, {clock(start)} {zone}"
    if precision == "hour":
        return f"{long_day(start.date())}, around {clock(start)} {zone}"
    if precision == "night" or _is_night(start, end):
        return f"the night of {span(start.date(), last.date())}, {clock(start)} to {clock(end)} {zone}"
    if precision in ("morning", "afternoon", "evening"):
        return f"{long_day(start.date())}, in the {precision} ({clock(start)} to {clock(end)} {zone})"
    if start.date() == last.date():
        return f"{long_day(start.date())}, {clock(start)} to {clock(end)} {zone}"
    return f"{long_day(start.date())} {clock(start)} to {long_day(last.date())} {clock(end)} {zone}"


def group_of(rec: dict) -> tuple[str, str]:
    """(key, heading) of the part of the chronology an event goes under: its day, or the
    night, week, weekend or month it spans."""
    start, end = datetime.fromisoformat(rec["start"]), datetime.fromisoformat(rec["end"])
    last = end - timedelta(seconds=1)
    precision = rec.get("precision") or ""
    if precision == "night" or (precision not in ("day", "week", "weekend", "month", "year") and _is_night(start, end)):
        return f"night {start.date()}", f"Night of {span(start.date(), last.date())}"
    if precision in ("week", "weekend"):
        return f"{precision} {start.date()}", f"{precision.capitalize()} of {span(start.date(), last.date())}"
    if precision == "month":
        return f"month {start:%Y-%m}", f"{calendar.month_name[start.month]} {start.year}"
    if precision == "year":
        return f"year {start.year}", f"{start.year}"
    return f"day {rec['start'][:10]}", long_day(start.date())


def title_for(start: datetime | None, end: datetime | None, records: list[dict]) -> str:
    """The chronology's title from the range asked for, else from the events' span."""
    if start is None or end is None:
        if not records:
            return "Chronology"
        first = min(datetime.fromisoformat(r["start"]) for r in records)
        zone = first.tzinfo
        begin = start or first
        finish = end or max(datetime.fromisoformat(r["end"]) for r in records)
        start, end = begin.astimezone(zone), finish.astimezone(zone)
    last = end - timedelta(seconds=1)
    if _is_night(start, end) and start.hour >= 12:
        return f"Night of {span(start.date(), last.date())}"
    if start.date() == last.date():
        return long_day(start.date())
    return span(start.date(), last.date())


# ---------------------------------------------------------------------------- one event


def heading(rec: dict) -> str:
    title = escape(rec["title"])
    status = rec.get("status") or "happened"
    who = escape(rec.get("claimed_by"))
    if status == "claimed":
        return f"Claim ({who}): {title}" if who else f"Claim: {title}"
    if status == "disputed":
        return f"Disputed ({who}): {title}" if who else f"Disputed: {title}"
    if status == "planned":
        return f"Planned: {title}"
    return title


def _published(value: str | None) -> str:
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return escape(value)
    return f"{moment.day} {calendar.month_abbr[moment.month]} {moment.year}"


def source_line(rec: dict) -> str:
    """ "Source: AP, 21 Sep 2024, “Title of the article”, <https://…>"."""
    outlet = rec.get("publisher") or rec.get("source")
    parts = [escape(outlet)] if outlet else []
    if rec.get("published"):
        parts.append(_published(rec["published"]))
    if rec.get("publisher") and rec.get("source") and rec["source"] != rec["publisher"]:
        parts.append(f"“{escape(rec['source'])}”")
    link = _url(rec.get("link")) or _url(rec.get("url"))
    if link:
        parts.append(f"<{link}>")
    return "Source: " + (", ".join(p for p in parts if p) or "unknown")


def _fields(rec: dict) -> list[str]:
    lines = [
        f"- **Id:** {escape(rec.get('id'))}",
        f"- **Kind:** {escape(rec.get('kind'))}" if rec.get("kind") else "",
        f"- **Interval:** {rec['start']} → {rec['end']} ({rec.get('precision')})",
        f"- **Paragraph:** {rec['paragraph']}" if rec.get("paragraph") else "",
    ]
    for key, value in (rec.get("attrs") or {}).items():
        lines.append(f"- **{escape(str(key))}:** {escape(str(value))}")
    return [line for line in lines if line]


def event_block(rec: dict, with_fields: bool = False) -> str:
    lines = [f"### {'★ ' if rec.get('bookmarked') else ''}{heading(rec)}", ""]
    written = rec.get("date_text")
    when = when_words(rec)
    lines.append(f"- **When:** “{escape(written)}”, {when}" if written else f"- **When:** {when}")
    where = places(rec)
    if where:
        lines.append(f"- **Where:** {escape(where)}")
    harm = [f"{rec[k]} {k}" for k in ("killed", "injured") if rec.get(k) is not None]
    if harm:
        lines.append(f"- **Casualties:** {', '.join(harm)}")
    if rec.get("actors"):
        lines.append(f"- **Who:** {'; '.join(escape(a) for a in rec['actors'])}")
    if rec.get("tags"):
        lines.append(f"- **Tags:** {', '.join(escape(t) for t in rec['tags'])}")
    if with_fields:
        lines += _fields(rec)
    if rec.get("summary"):
        lines += ["", escape(rec["summary"].strip(), one_line=False)]
    for q in rec.get("quotes") or []:
        lines.append("")
        lines += ["> " + line if line else ">" for line in escape(q["text"], one_line=False).splitlines() or [""]]
        who = ", ".join(escape(x) for x in (q.get("speaker"), q.get("role")) if x)
        if who:
            lines += [">", f"> — {who}"]
    lines += ["", source_line(rec)]
    note = escape((rec.get("notes") or "").strip(), one_line=False)
    if note:  # the analyst's own words, after the source: apart from what was reported
        lines += ["", f"**Note:** {note}"]
    return "\n".join(lines) + "\n"


def write(
    records: Iterable[dict],
    out: IO[str],
    title: str | None = None,
    *,
    with_fields: bool = False,
    start: datetime | None = None,
    end: datetime | None = None,
) -> int:
    """Write the chronology; the count of events. ``start``/``end`` (the range asked
    for) make the title when ``title`` is not given."""
    recs = list(records)
    top = escape(title) if title else title_for(start, end, recs)
    out.write(f"# {top}\n")
    group = None
    for rec in recs:
        key, head = group_of(rec)
        if key != group:
            if group is not None or head != top:  # not the title again
                out.write(f"\n## {head}\n")
            group = key
        out.write("\n" + event_block(rec, with_fields))
    if not recs:
        out.write("\nNo events.\n")
    return len(recs)
