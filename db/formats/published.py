"""Dates given only in words, resolved against a publication date before writing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo
from functools import lru_cache

from ..dates import DateError, interval_for_iso, publication, resolve
from ..records import RecordError
from ..text import quoted
from ..zones import zone_of as zone  # (its name here since the import first needed it)
from .textfile import blank

__all__ = ["publication", "resolve_words", "zone"]  # publication: the resolver's, re-exported


def resolve_words(
    items: Iterable[tuple[str, dict | Exception]], published: datetime | None, tz: str | None
) -> Iterator[tuple[str, dict | Exception]]:
    """Records that give their date only in words (``date_text``, no ``start``) get the
    interval the words mean: against ``published`` if given, else the record's own
    ``published``; in ``tz`` if given, else the publication date's offset."""
    for where, rec in items:
        if isinstance(rec, dict) and blank(rec.get("start")) and not blank(rec.get("date_text")):
            words = str(rec["date_text"])
            try:
                pub = published
                if not blank(rec.get("published")):
                    pub = publication(str(rec["published"]), tz)
                if pub is None:
                    raise RecordError(f"cannot resolve {quoted(words)} without a publication date (use --published)")
                lat = rec.get("lat")
                interval = resolve(
                    words,
                    pub,
                    tz,
                    status=None if blank(rec.get("status")) else str(rec["status"]),
                    latitude=lat if isinstance(lat, (int, float)) else None,
                )
            except (DateError, RecordError) as exc:
                yield where, RecordError(str(exc))
                continue
            start, end = interval.iso()
            rec = dict(rec, start=start, end=end, precision=interval.precision)
        yield where, rec


@lru_cache(maxsize=4096)
def _in_zone(start: str, end: str | None, precision: str | None, zone: tzinfo) -> tuple[str, str, str]:
    """(start, end, precision) of ISO dates without an offset, read in ``zone``: cached,
    since the records of an import share their dates."""
    interval = interval_for_iso(start, end, precision, zone=zone)
    first, last = interval.iso()
    return first, last, interval.precision


def place_naive(
    items: Iterable[tuple[str, dict | Exception]],
    zone: tzinfo,
    tz_name: str | None = None,
    count=None,
    count_words: bool = False,
) -> Iterator[tuple[str, dict | Exception]]:
    """Records whose ISO ``start`` has no offset (a date alone, or a time without a
    zone) get their interval in ``zone``; ``count`` (anything with a ``value``) counts
    the records a zone had to be assumed for: those, and, with ``count_words``, those
    dated only in words whose publication date names no zone. ``tz_name`` becomes the
    zone of a record's source."""
    from ..zones import has_zone

    for where, rec in items:
        if isinstance(rec, dict):
            start = rec.get("start")
            if start.__class__ is str and len(start) == 25 and start[10] == "T" and start[19] in "+-":
                pass  # (the usual: an ISO moment with its offset, as dateline writes one)
            elif not blank(start) and not has_zone(str(start)):
                end, precision = rec.get("end"), rec.get("precision")
                try:
                    first, last, exact = _in_zone(
                        str(start).strip(),
                        None if blank(end) else str(end).strip(),
                        None if blank(precision) else str(precision).strip(),
                        zone,
                    )
                except DateError as exc:
                    yield where, RecordError(str(exc))
                    continue
                except OverflowError:  # the end of a day or month past 9999-12-31
                    yield where, RecordError(f"date out of range: {str(start).strip()!r}")
                    continue
                rec = dict(rec, start=first, end=last, precision=exact)
                if count is not None:
                    count.value += 1
                if tz_name:
                    rec["source_tz"] = tz_name
            elif blank(start) and not blank(rec.get("date_text")):
                if count_words and count is not None and not has_zone(str(rec.get("published") or "")):
                    count.value += 1
                if tz_name:
                    rec["source_tz"] = tz_name
        yield where, rec
