"""A source as the browser shows it: its text in paragraphs, and the link to open."""

from __future__ import annotations

import re

from .reader import Readable


def paragraphs(text: str) -> list[str]:
    """A source's paragraphs, numbered from 1 in the order they stand (as the seed
    numbers them)."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def source_text(db: Readable, event_id: str) -> tuple[str, list[str], int | None] | None:
    """(title, paragraphs, the event's paragraph number) of the source an event comes
    from, when the store keeps its text; None when it does not."""
    row = db.execute(
        "SELECT s.title, s.publisher, s.text, e.paragraph, e.excerpt FROM events e "
        "JOIN sources s ON s.id = e.source_id WHERE e.id = ?",
        [event_id],
    ).fetchone()
    if not row or not row[2]:
        return None
    title, publisher, text, paragraph, excerpt = row
    paras = paragraphs(text)
    if paragraph is None and excerpt:
        paragraph = next((i + 1 for i, p in enumerate(paras) if p.strip() == excerpt.strip()), None)
    name = ", ".join(dict.fromkeys(x for x in (publisher, title) if x))  # an article that is its own outlet: once
    return name, paras, paragraph


def http_link(link: str | None) -> str | None:
    """The link if it is http(s), else None (nothing else is opened)."""
    link = (link or "").strip()
    return link if re.match(r"https?://\S+$", link, re.IGNORECASE) else None
