"""Chronologies: articles that list dated entries, one a paragraph (or a line), each opening
with its date and a dash or a colon, as wire timelines and factboxes write them:

    April 15, 2023 - Fighting erupts in Khartoum between the army and the RSF.
    June 14 - West Darfur Governor Khamis Abbakar is killed.
    24 February 2022: Russia invades Ukraine.
    JAN 2024 – The army says it has recaptured parts of Omdurman.

The date that heads an entry is the entry's date, whatever the tense (timelines are written
in the historical present), and the rest is what happened. An entry without a year takes the
year of the entry before it (the next year when its month goes back in a chronology running
forward, the year before when it goes on in one running back, the nearer one while neither
is known); a time alone ("0630 GMT -", "10:35 a.m. -")
takes the day before it. A paragraph counts as an entry only in an article with at least
two of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..dates import DateError, Interval, resolve

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_HEAD_WORD = re.compile(
    r"(?i)(?:" + _MONTH + r"|" + _WEEKDAY + r"|\d{1,2}(?:st|nd|rd|th)?(?:[-–]\d{1,2}(?:st|nd|rd|th)?)?|"
    r"(?:1[0-9]|20|21)\d\d(?:[-–]\d{2,4})?|\d{1,2}[:.]\d\d|\d{4}|[ap]\.?m\.?|gmt|utc|local|time|of|the|early|"
    r"late|mid|mid-" + _MONTH + r"|around|about|noon|midnight|morning|afternoon|evening|night|overnight|hrs)"
)
# the date, then a spaced dash (a hyphen inside "21-22" is a range), an em dash, or a colon; a
# factbox may name the entry's country first, in capitals ("* MALI - August 2020: Soldiers…")
_ENTRY = re.compile(
    r"^\s*(?:[-*•·]\s+)?(?:[A-Z][A-Z'’. ]{1,30}?\s+[-–—]\s+)?(?P<date>[^\s:\-–—](?:[^:—]|(?<=\d):(?=\d\d)){0,40}?)(?P<sep>\s+[-–—]{1,2}\s+|\s*—\s*|:\s+)(?=\S)"
)
# a paragraph under a date heading that opens with a date of its own: "On 3 March, the government…"
_OWN_DATE = re.compile(r"^\s*(?P<date>(?:on|in|by)\s+[^,:;]{3,30}?)\s*,\s+(?=\S)", re.I)
# an item's label in capitals, as a police blotter or a log writes it: "THEFT: A catalytic converter…"
_LABEL = re.compile(r"^\s*[A-Z][A-Z&/'’\-]+(?:\s[A-Z][A-Z&/'’\-]+){0,2}:\s+(?=\S)")
_HAS_DAY = re.compile(r"(?i)\b" + _MONTH + r"(?!\w)|\b" + _WEEKDAY + r"(?!\w)")
_YEAR = re.compile(r"\b(?:1[0-9]|20|21)\d\d\b(?!\s*(?:GMT|UTC|hrs|local)\b)", re.I)
MIN_ENTRIES = 2  # paragraphs that open so, for an article to be a chronology


@dataclass(frozen=True)
class Entry:
    text: str  # the date as written
    start: int  # its offsets in the paragraph
    end: int
    body: int  # where what happened starts
    interval: Interval
    carried: str | None  # what it took from an entry before it, said for the reviewer
    written: str  # the date of the last entry with its year written (this one's, or the one it took it from)
    heading: int | None = None  # the paragraph of its date, when that is a heading of its own


def _date_words(text: str) -> bool:
    """Whether every word of ``text`` (commas aside) is a word of a date, and there is one."""
    words = text.replace(",", " ").split()
    return bool(words) and all(_HEAD_WORD.fullmatch(w) for w in words)


def head(paragraph: str) -> tuple[str, int, int, int] | None:
    """(date, start, end, body start) of a paragraph that opens as an entry, or None."""
    m = _ENTRY.match(paragraph)
    if m is None:
        return None
    if not _date_words(m.group("date")):
        return None
    date = m.group("date").rstrip(" ,")
    if not (_HAS_DAY.search(date) or _YEAR.search(date) or re.search(r"\d[:.]?\d\d\b", date)):
        return None  # "The 12th - …": a number alone is no date
    return date, m.start("date"), m.start("date") + len(date), m.end()


def heading(paragraph: str) -> str | None:
    """The date of a paragraph that is a date alone, as a chronology's heading ("April 15,
    2023", "June 2023", "2014"), or None (a time alone is a live page's stamp: ``posts``)."""
    text = paragraph.strip().strip("*_#").strip().rstrip(":.")
    if len(text) > 40 or not _date_words(text):
        return None
    if not (_HAS_DAY.search(text) or _YEAR.search(text)) or re.search(r"\d[:.]\d\d\b", text):
        return None
    return text


def own_date(paragraph: str) -> tuple[str, int, int, int] | None:
    """(date, start, end, body start) of a paragraph that opens with a date of its own and a
    comma ("On 3 March, gangs stormed…"), as a timeline under month headings writes it."""
    m = _OWN_DATE.match(paragraph)
    if m is None:
        return None
    if not _date_words(m.group("date").split(None, 1)[1]) or not _HAS_DAY.search(m.group("date")):
        return None  # (its first word is "On", "In" or "By")
    return m.group("date"), m.start("date"), m.end("date"), m.end()


def _under_headings(paragraphs: list[str]) -> dict[int, tuple[str, int, int, int, int]]:
    """The entries of a chronology whose dates are headings of their own, by paragraph: the
    paragraph after a heading, and each one up to the next heading that opens with a date of
    its own ("## March 2024", then "On 2 March, …" and "On 3 March, …"); with the heading's
    paragraph last."""
    out: dict[int, tuple[str, int, int, int, int]] = {}
    top: int | None = None  # the heading above
    for n, p in enumerate(paragraphs, 1):
        if heading(p) is not None and (n == len(paragraphs) or heading(paragraphs[n]) is None):
            top = n
            continue
        if top is None:
            continue
        own = own_date(p)
        label = _LABEL.match(p)
        if own is not None:
            out[n] = (*own, top)
        elif n == top + 1 or label is not None:  # a police blotter's items under their day: "THEFT: …", "DUI: …"
            out[n] = (heading(paragraphs[top - 1]) or "", 0, 0, label.end() if label else 0, top)
    return out


def entries(paragraphs: list[str], published: datetime, tz: str | None = None) -> dict[int, Entry]:
    """The entries of a chronology, by paragraph number (from 1); empty for an article that
    is none. An entry is a paragraph that opens with its date, or one under a date alone (a
    heading: its ``heading`` is that paragraph's number), which dates it unless it opens
    with a date of its own, read in the heading's year."""
    heads = {n: (*h, 0) for n, p in enumerate(paragraphs, 1) if (h := head(p)) is not None}
    titled = _under_headings(paragraphs)
    if len({h[4] for h in titled.values()}) >= MIN_ENTRIES and len(titled) > len(heads):
        heads = titled
    if len(heads) < MIN_ENTRIES:
        return {}
    out: dict[int, Entry] = {}
    last: Entry | None = None
    steps = 0  # the entries' steps forward less those back: which way the chronology runs
    for n, (date, start, end, body, top) in heads.items():
        before = last
        if top and start + end:  # a date of its own under a heading: the heading's year runs
            above = heading(paragraphs[top - 1]) or ""
            interval, carried = _read(above, last, steps, published, tz)
            if interval is not None:
                before = Entry(above, 0, 0, 0, interval, carried, above if carried is None else last.written)  # type: ignore[union-attr]
        interval, carried = _read(date, before, steps, published, tz)
        if interval is None:
            continue
        if last is not None and interval.start != last.interval.start:
            steps += 1 if interval.start > last.interval.start else -1
        written = date if before is None or _YEAR.search(date) or carried is None else before.written
        last = out[n] = Entry(date, start, end, body, interval, carried, written, top or None)
    return out


def _read(
    date: str, last: Entry | None, steps: int, published: datetime, tz: str | None
) -> tuple[Interval | None, str | None]:
    """The interval of an entry's date, with what it took from the entry before (``steps``:
    above 0, the chronology runs forward; below, back)."""
    try:
        alone = resolve(date, published, tz)
    except DateError:
        alone = None
    if last is None or _YEAR.search(date):
        return alone, None
    before = last.interval.start
    if re.search(r"(?i)\b" + _MONTH + r"(?!\w)", date):  # a month with no year: the running year
        years = {}
        for year in (before.year - 1, before.year, before.year + 1):
            try:
                years[year] = resolve(f"{date} {year}", published, tz)
            except DateError:
                return alone, None
        if steps > 0:  # the first on or after the entry before
            year = min((y for y, iv in years.items() if iv.start >= before), default=before.year + 1)
        elif steps < 0:  # the last on or before it
            year = max((y for y, iv in years.items() if iv.start <= before), default=before.year - 1)
        else:  # the nearer
            year = min(years, key=lambda y: abs((years[y].start - before).total_seconds()))
        return years[year], f"no year written: {year}, from '{last.written}' and the entries after it"
    if not _HAS_DAY.search(date) and last.interval.precision not in ("year", "decade", "month"):
        day = f"{before:%B} {before.day}, {before.year}"
        try:  # a time alone: on the day of the entry before
            timed = resolve(f"{date} on {day}", published, tz)
        except DateError:
            return alone, None
        return timed, f"no day written: {day}, the day of the entry before ('{last.text}')"
    return alone, None


# A live page's post stamp, a paragraph of its own: "10:35 BST", "Updated at 10.35 BST",
# "2 Sep 2024 10.35 BST", "Posted at 9:58 a.m. ET", "1542 GMT" (Reuters' live pages)
_STAMP = re.compile(
    r"(?i)^\s*(?:(?:updated|posted|published|first\s+published)\s+(?:at\s+|on\s+)?)?(?P<date>.{3,40}?)\s*$"
)
_DOT_TIME = re.compile(r"\b(\d{1,2})\.(\d\d)\b")  # "10.35 BST", as British pages write it
_ZONE_WORD = re.compile(r"^(?:[A-Z]{2,4}|local)$")  # "BST", "EDT", "ET" (capitals: not "said")


@dataclass(frozen=True)
class Post:
    text: str  # the stamp as written
    paragraph: int  # the stamp's paragraph (from 1)
    interval: Interval  # when it was posted


def posts(paragraphs: list[str], published: datetime, tz: str | None = None) -> dict[int, Post]:
    """A live page's posts, by the number (from 1) of each paragraph they hold: a paragraph
    that is a stamp alone (a time, or a date and a time) heads the paragraphs after it, up
    to the next stamp. At least two stamps make a live page; a time alone is read against
    the page's publication (a time later than that is the day before)."""
    stamps: dict[int, Post] = {}
    for n, p in enumerate(paragraphs, 1):
        m = _STAMP.match(p)
        words = m.group("date").replace(",", " ").split() if m else []
        if not words or not all(_HEAD_WORD.fullmatch(w) or _ZONE_WORD.match(w) for w in words):
            continue
        if not re.search(r"\d[:.]\d\d\b|\d\s*[ap]\.?m\b|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)\b", p, re.I):
            continue  # a post's stamp has its time ("10:35 BST", "9:58 a.m. ET", a wire's "1542 GMT")
        try:
            iv = resolve(_DOT_TIME.sub(r"\1:\2", m.group("date")), published, tz)  # type: ignore[union-attr]
        except DateError:
            continue
        stamps[n] = Post(m.group("date"), n, iv)  # type: ignore[union-attr]
    if len(stamps) < MIN_ENTRIES:
        return {}
    out: dict[int, Post] = {}
    current: Post | None = None
    for n in range(1, len(paragraphs) + 1):
        current = stamps.get(n, current)
        if current is not None:
            out[n] = current
    return out
