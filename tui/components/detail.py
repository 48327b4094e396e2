"""The detail pane: everything the store knows of the selected event."""

from __future__ import annotations

from datetime import datetime, timedelta

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from db.text import clean

from .rows import kind_mark


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


def _field(text: Text, label: str, value: str | None, style: str = "") -> None:
    if value:
        text.append(f"{label:<10}", "bold dim")
        text.append(clean(value) + "\n", style)


def render_detail(rec: dict) -> Text:
    """The detail of one event record (from ``db.queries.event_detail``) as Text:
    every stored string goes in as data, never as markup."""
    t = Text()
    t.append(f"{kind_mark(rec['kind'])} ", "bold red")
    t.append(clean(rec["title"]) + "\n", "bold")
    status = rec["status"] if rec["status"] != "happened" else None
    t.append(" · ".join(x for x in (rec["kind"], status) if x) + "\n\n", "italic magenta" if status else "dim")
    written = clean(rec["date_text"]) if rec["date_text"] else "no date words in the source"
    t.append(f"{'When':<10}", "bold dim")
    t.append(f"“{written}”" if rec["date_text"] else written, "italic")
    t.append(" → ")
    t.append(resolved_label(rec["start"], rec["end"], rec["precision"]), "bold cyan")
    t.append(f"  ({rec['precision']})\n", "dim")
    t.append(f"{'':<10}{rec['start']} → {rec['end']}\n", "dim")
    place = ", ".join(clean(x) for x in (rec["place"], rec["region"], rec["country"]) if x)
    if rec.get("lat") is not None and rec.get("lon") is not None:
        place += f"  ({rec['lat']:.4f}, {rec['lon']:.4f})"
    _field(t, "Place", place, "green")
    _field(t, "Actors", ", ".join(rec["actors"]))
    casualties = []
    if rec["killed"] is not None:
        casualties.append(f"{rec['killed']} killed")
    if rec["injured"] is not None:
        casualties.append(f"{rec['injured']} injured")
    _field(t, "Casualties", ", ".join(casualties), "bold red")
    if rec["summary"]:
        t.append("\n" + clean(rec["summary"]) + "\n")
    if rec["quotes"]:
        t.append("\nQuotes\n", "bold underline")
        for q in rec["quotes"]:
            t.append("“" + clean(q["text"]) + "”\n", "italic")
            who = " — " + ", ".join(clean(x) for x in (q.get("speaker"), q.get("role")) if x)
            t.append((who if who != " — " else " — unknown speaker") + "\n\n", "yellow")
    if rec["attrs"]:
        t.append("\nAttributes\n", "bold underline")
        for key, value in rec["attrs"].items():
            _field(t, clean(str(key), one_line=True)[:9], str(value))
    t.append("\nSource\n", "bold underline")
    source = ", ".join(clean(x) for x in (rec.get("publisher"), rec["source"], rec["published"]) if x)
    t.append((source or "unknown") + "\n")
    if rec.get("url") or rec.get("link"):
        t.append(clean(rec.get("link") or rec.get("url")) + "\n", "underline blue")
    if rec["excerpt"]:
        para = f"¶{rec['paragraph']}  " if rec["paragraph"] else ""
        t.append(para, "bold dim")
        t.append(clean(rec["excerpt"]) + "\n", "dim")
    return t


class DetailPane(VerticalScroll, can_focus=True):
    """Scrolls when the detail is longer than the pane (focus it with tab)."""

    def compose(self):
        yield Static(Text("No event selected", style="dim"), id="detail-body")

    def show(self, rec: dict | None) -> None:
        body = self.query_one("#detail-body", Static)
        body.update(render_detail(rec) if rec else Text("No event selected", style="dim"))
        self.scroll_home(animate=False)
