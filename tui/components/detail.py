"""The detail pane: everything the store knows of the selected event."""

from __future__ import annotations

from datetime import datetime, timedelta

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from db.text import clean

from .rows import kind_mark

LABEL_WIDTH = 10


def resolved_label(start: str, end: str, precision: str) -> str:
    """The resolved interval in words: "night of 20–21 Sep 2024", "Fri 20 Sep 2024 22:45"."""
    s, e = datetime.fromisoformat(start), datetime.fromisoformat(end)
    last = e - timedelta(seconds=1)  # the end is exclusive
    if precision in ("minute", "hour"):
        return s.strftime("%a %d %b %Y %H:%M") + (f" (±1 hour)" if precision == "hour" else "")
    if precision == "night":
        if s.month == last.month:
            return f"night of {s.day}–{last.day} {s.strftime('%b %Y')}"
        return f"night of {s.strftime('%d %b')} – {last.strftime('%d %b %Y')}"
    if precision in ("morning", "afternoon", "evening"):
        return f"{s.strftime('%a %d %b %Y')}, {precision}"
    if precision == "day":
        return s.strftime("%a %d %b %Y")
    if precision in ("week", "weekend"):
        word = "week" if precision == "week" else "weekend"
        return f"{word} of {s.strftime('%a %d %b')} – {last.strftime('%a %d %b %Y')}"
    if precision == "month":
        return s.strftime("%B %Y")
    if precision == "year":
        return s.strftime("%Y")
    return f"{s.strftime('%d %b %Y %H:%M')} – {last.strftime('%d %b %Y %H:%M')}"


def _fields(rows: list[tuple[str, Text]]) -> Table:
    """Label and value side by side; a long value wraps under itself, not under the label."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold dim", no_wrap=True, min_width=LABEL_WIDTH)
    grid.add_column(ratio=1)
    for label, value in rows:
        if value:
            grid.add_row(label, value)
    return grid


def _when(rec: dict) -> Text:
    when = Text()
    if rec["date_text"]:
        when.append(f"“{clean(rec['date_text'])}”", "italic")
    else:
        when.append("no date words in the source", "dim italic")
    when.append(" → ")
    when.append(resolved_label(rec["start"], rec["end"], rec["precision"]), "bold cyan")
    when.append(f" ({rec['precision']})", "dim")
    when.append(f"\n{rec['start']} → {rec['end']}", "dim")
    return when


def render_detail(rec: dict) -> Group:
    """The detail of one event record (from ``db.queries.event_detail``): every stored
    string goes in as data (rich Text), never as markup, cleaned of control characters."""
    head = Text()
    head.append(f"{kind_mark(rec['kind'])} ", "bold red")
    head.append(clean(rec["title"]), "bold")
    status = rec["status"] if rec["status"] != "happened" else None
    head.append("\n" + " · ".join(clean(x, one_line=True) for x in (rec["kind"], status) if x),
                "italic magenta" if status else "dim")
    place = ", ".join(clean(x, one_line=True) for x in (rec["place"], rec["region"], rec["country"]) if x)
    if rec.get("lat") is not None and rec.get("lon") is not None:
        place += f"  ({rec['lat']:.4f}, {rec['lon']:.4f})"
    casualties = []
    if rec["killed"] is not None:
        casualties.append(f"{rec['killed']} killed")
    if rec["injured"] is not None:
        casualties.append(f"{rec['injured']} injured")
    parts: list = [head, Text(), _fields([
        ("When", _when(rec)),
        ("Place", Text(place, "green")),
        ("Actors", Text(", ".join(clean(a, one_line=True) for a in rec["actors"]))),
        ("Casualties", Text(", ".join(casualties), "bold red")),
    ])]
    if rec["summary"]:
        parts += [Text(), Text(clean(rec["summary"]))]
    if rec["quotes"]:
        parts += [Text(), Text("Quotes", "bold underline")]
        for q in rec["quotes"]:
            who = ", ".join(clean(x, one_line=True) for x in (q.get("speaker"), q.get("role")) if x)
            parts.append(Text("“" + clean(q["text"]) + "”", "italic"))
            parts.append(Text(" — " + (who or "unknown speaker"), "yellow"))
            parts.append(Text())
    if rec["attrs"]:
        parts += [Text(), Text("Attributes", "bold underline")]
        parts.append(_fields([(clean(str(k), one_line=True)[:24], Text(clean(str(v))))
                              for k, v in rec["attrs"].items()]))
    parts += [Text(), Text("Source", "bold underline")]
    source = ", ".join(clean(x, one_line=True) for x in (rec.get("publisher"), rec["source"], rec["published"]) if x)
    parts.append(Text(source or "unknown"))
    link = rec.get("link") or rec.get("url")
    if link:
        parts.append(Text(clean(link, one_line=True), "underline blue"))
    if rec["excerpt"]:
        excerpt = Text()
        if rec["paragraph"]:
            excerpt.append(f"¶{rec['paragraph']}  ", "bold dim")
        excerpt.append(clean(rec["excerpt"]), "dim")
        parts.append(excerpt)
    return Group(*parts)


class DetailPane(VerticalScroll, can_focus=True):
    """Scrolls when the detail is longer than the pane (focus it with tab)."""

    def compose(self):
        yield Static(Text("No event selected", style="dim"), id="detail-body")

    shown: Group | Text = Text("No event selected", style="dim")

    def show(self, rec: dict | None) -> None:
        self.shown = render_detail(rec) if rec else Text("No event selected", style="dim")
        self.query_one("#detail-body", Static).update(self.shown)
        self.scroll_home(animate=False)
