"""The default store's content: the seed article, curated by hand in ``article.json``."""

from __future__ import annotations

import json
import re
from importlib import resources

import sqlite_utils

from ..dates import publication
from ..write import write_records


def paragraphs(text: str) -> list[str]:
    """The article's paragraphs, numbered from 1 in the order they stand."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def load() -> tuple[dict, list[dict], str]:
    folder = resources.files(__package__)
    data = json.loads(folder.joinpath("article.json").read_text(encoding="utf-8"))
    source = data["source"]
    text = folder.joinpath(source["text_file"]).read_text(encoding="utf-8")
    return source, data["events"], text


def build(db: sqlite_utils.Database) -> None:
    """Fill an empty store with the seed article's events and quotes."""
    source, events, text = load()
    paras = paragraphs(text)
    tz = source["tz"]
    # the report is dated, not timed: its relative words resolve against midday of that day
    published = publication(source["published"], tz)
    records = []
    for n, event in enumerate(events, 1):
        rec = dict(event, source=source["title"], source_id=source["id"], published=None)
        rec["excerpt"] = paras[event["paragraph"] - 1]
        records.append((f"article.json:event {n}", rec))
    write_records(db, records, published=published, tz=tz)
    with db.conn:
        db.table("sources").update(
            source["id"],
            {
                "publisher": source["publisher"],
                "published": source["published"],
                "tz": tz,
                "url": source["url"],
                "text": text,
            },
        )
