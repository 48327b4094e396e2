"""Counts in words, as every screen says them: "1 event", "2 events", "1 quote"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for one: ``counted(1, "quote")`` is "1 quote",
    ``counted(12000, "event")`` "12,000 events"."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
