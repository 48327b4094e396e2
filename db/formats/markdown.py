"""A chronology in Markdown that a reporter can paste: a heading per day, each event
with its date as written and as resolved, place, casualties, quotes and source.

Text is data and is kept verbatim (``[drone]`` stays ``[drone]``); only the structure
is guarded: every line of a quote is prefixed with "> " so a quote cannot end its block
quote, and line breaks in titles are folded so a title stays one heading.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import datetime
from typing import IO


def day_heading(day: str) -> str:
    d = datetime.fromisoformat(day[:10]).date()
    return f"{calendar.day_abbr[d.weekday()]} {d.day} {calendar.month_abbr[d.month]} {d.year}"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _offset(moment: datetime) -> str:
    off = moment.strftime("%z")
    return "UTC" if off in ("+0000", "") else f"UTC{off[:3]}:{off[3:]}"


def resolved(rec: dict) -> str:
    start, end = datetime.fromisoformat(rec["start"]), datetime.fromisoformat(rec["end"])
    precision = rec.get("precision") or ""
    if precision == "year":
        text = f"{start.year:04d}"
    elif precision == "month":
        text = f"{calendar.month_name[start.month]} {start.year:04d}"
    elif precision == "day":
        text = day_heading(rec["start"])
    else:
        fmt = "%H:%M" if not start.second else "%H:%M:%S"
        first = f"{day_heading(rec['start'])} {start.strftime(fmt)}"
        if precision == "minute":
            text = f"{first} {_offset(start)}"
        else:
            last = (
                end.strftime(fmt)
                if end.date() == start.date()
                else f"{day_heading(end.isoformat())} {end.strftime(fmt)}"
            )
            text = f"{first} – {last} {_offset(start)}"
    return f"{text} ({precision})" if precision else text


def event_block(rec: dict) -> str:
    lines = [f"### {_one_line(rec['title'])}", ""]
    status = "" if rec.get("status") in (None, "happened") else f" ({rec['status']})"
    written = rec.get("date_text")
    when = f"“{_one_line(written)}” → {resolved(rec)}" if written else resolved(rec)
    lines.append(f"- **When:** {when}{status}")
    place = ", ".join(_one_line(x) for x in (rec.get("place"), rec.get("region"), rec.get("country")) if x)
    if place:
        lines.append(f"- **Where:** {place}")
    harm = [f"{rec[k]} {k}" for k in ("killed", "injured") if rec.get(k) is not None]
    if harm:
        lines.append(f"- **Casualties:** {', '.join(harm)}")
    if rec.get("actors"):
        lines.append(f"- **Who:** {'; '.join(_one_line(a) for a in rec['actors'])}")
    if rec.get("kind"):
        lines.append(f"- **Kind:** {_one_line(rec['kind'])}")
    if rec.get("summary"):
        lines += ["", rec["summary"].strip()]
    for q in rec.get("quotes") or []:
        lines.append("")
        lines += ["> " + line if line else ">" for line in str(q["text"]).splitlines() or [""]]
        who = ", ".join(_one_line(x) for x in (q.get("speaker"), q.get("role")) if x)
        if who:
            lines += [">", f"> — {who}"]
    source = []
    if rec.get("source"):
        source.append(_one_line(rec["source"]))
    if rec.get("published"):
        source.append(f"published {rec['published']}")
    if rec.get("link"):
        source.append(f"<{rec['link']}>")
    if source:
        lines += ["", f"Source: {', '.join(source)}"]
    return "\n".join(lines) + "\n"


def write(records: Iterable[dict], out: IO[str], title: str = "Chronology") -> int:
    out.write(f"# {title}\n")
    day, n = None, 0
    for rec in records:
        if rec["start"][:10] != day:
            day = rec["start"][:10]
            out.write(f"\n## {day_heading(day)}\n")
        out.write("\n" + event_block(rec))
        n += 1
    if n == 0:
        out.write("\nNo events.\n")
    return n
