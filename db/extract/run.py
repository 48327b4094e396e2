"""One call from a file to its drafts: what ``dateline extract`` and the review screen use."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..dates import DateError
from .drafts import Extraction, extract
from .text import load

__all__ = ["extract_file", "NeedsPublished"]


class NeedsPublished(DateError):
    """The article says no publication date and none was given."""


def extract_file(
    path: str | Path, published: str | None = None, tz: str | None = None, source: str | None = None
) -> Extraction:
    """Drafts of the article at ``path``. ``published`` (words or ISO) wins over the date
    the page itself gives; with neither, ``NeedsPublished``."""
    from ..dates import publication

    article = load(path)
    when = published or article.published
    if not when:
        raise NeedsPublished(
            f"{path}: no publication date in the file; give one with --published WHEN (e.g. --published 2024-09-21)"
        )
    moment: datetime = publication(when, tz)
    zone = tz or getattr(moment.tzinfo, "key", None)
    return extract(article, moment, zone, source or article.site or None)
