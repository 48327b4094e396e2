"""How one timeline line reads: day headers and event rows as rich Text."""

from __future__ import annotations

from datetime import date, datetime

from dateline.db.queries import Row
from dateline.db.text import clean
from dateline.db.timeline import DayLine
from rich.text import Text

from ..words import counted

KIND_MARKS = {
    "drone strike": "◆",
    "missile strike": "▲",
    "airstrike": "▼",
    "strike": "▲",
    "shelling": "✸",
    "battle": "✸",
    "interception": "✕",
    "statement": "❝",
    "visit": "➜",
    "meeting": "➜",
    "evacuation": "⇄",
    "protest": "✊",
    "bombing": "✹",
    "explosion": "✺",
    "shooting": "⌖",
    "attack": "✖",
    "riot": "⚑",
    "court": "⚖",
    "vote": "☑",
    "agreement": "✍",
}
# what the time column says for an event that has no time of its own
PRECISION_LABELS = {
    "night": "night",
    "morning": "morning",
    "afternoon": "aftnoon",
    "evening": "evening",
    "day": "day",
    "weekend": "wkend",
    "week": "week",
    "month": "month",
    "year": "year",
}
TIME_WIDTH = 7
# a status other than "happened" is written out on the row (a word, so that a monochrome
# terminal shows it too), in these colours
STATUS_STYLES = {"planned": "italic magenta", "claimed": "yellow", "disputed": "bold yellow"}


def kind_mark(kind: str | None) -> str:
    return KIND_MARKS.get((kind or "").lower(), "•")


def day_label(day: str) -> str:
    return date.fromisoformat(day).strftime("%a %d %b %Y")


def time_label(row: Row) -> str:
    label = PRECISION_LABELS.get(row.precision)
    if label:
        return label
    return datetime.fromisoformat(row.start).strftime("%H:%M")


def day_header(line: DayLine, width: int) -> Text:
    label = f" {day_label(line.day)} "
    count = f" {counted(line.count, 'event')} "
    rule = "─" * max(width - len(label) - len(count) - 1, 1)
    return Text.assemble(("─", "dim"), (label, "bold"), (rule, "dim"), (count, "dim"))


def event_row(row: Row, width: int, bookmarked: bool = False) -> Text:
    """`  22:45  ◆ Title of the event ........ Place`, planned and claimed marked, a
    bookmarked event with a ★ in its first column."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if bookmarked:
        text.append("★", "bold yellow")
        text.append(f" {time_label(row):>{TIME_WIDTH}}  ", "cyan")
    else:
        text.append(f"  {time_label(row):>{TIME_WIDTH}}  ", "cyan")
    mark_style = STATUS_STYLES.get(row.status, "bold red")
    mark = "○" if row.status == "planned" else kind_mark(row.kind)
    text.append(f"{mark} ", mark_style)
    if row.status != "happened":
        text.append(f"{row.status} ", mark_style)
    title_style = "italic" if row.status == "planned" else ""
    # (a title or place of megabytes is cut before cleaning: a row shows one line of it)
    title = Text(clean(row.title[: 4 * width + 64], one_line=True), title_style)
    place = Text(clean((row.place or "")[: 4 * width + 64], one_line=True), "green")
    room = width - text.cell_len
    if place.cell_len and room > 30:
        # the place takes a third of the room, or whatever the title leaves
        room_for_place = max(min(room // 3, place.cell_len), room - title.cell_len - 2, 12)
        place.truncate(min(place.cell_len, room_for_place), overflow="ellipsis")
        title.truncate(room - place.cell_len - 2, overflow="ellipsis")
        text.append_text(title)
        text.append(" " * max(room - title.cell_len - place.cell_len, 2))
        text.append_text(place)
    else:
        text.append_text(title)
    text.truncate(width, overflow="ellipsis")
    return text
