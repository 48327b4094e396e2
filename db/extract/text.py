"""An article's own text, title and publication date, from plain text, Markdown or a saved web page.

A web page goes through trafilatura (the article without its menus, ads and footers, with
title, byline and site) and htmldate (the publication date). Plain text and Markdown are
taken as they are: paragraphs are separated by blank lines, a leading ``# heading`` is the
title. Control characters are removed (``db.text.clean``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..text import clean

__all__ = ["Article", "load", "from_text", "from_html"]


@dataclass
class Article:
    paragraphs: list[str]
    title: str | None = None
    byline: str | None = None
    site: str | None = None
    published: str | None = None  # as the page says it (ISO day or datetime), or None
    path: str | None = None
    url: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<\?xml)", re.IGNORECASE)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_MARKUP = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"(?<!\[)\[([^\[\]]+)\]\((?:https?://|/|#)[^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
]
_MD_BULLET = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")  # a list's item: a paragraph of its own


def _paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [" ".join(p.split()) for b in blocks if b.strip() for p in _entry_lines(b)]


_BULLET = re.compile(r"^\s*[-*•·▪–]\s+\S")
# a table's row turned into a line: "Killed since 8 October 2023: 2,790", "People displaced: 1.2 million"
_FIGURE = re.compile(r"^\s*[A-Z][^:]{1,80}:\s*\d[\d,.]*(?:\s*(?:%|per\s*cent|million|thousand))?\s*$")


def is_figure(line: str) -> bool:
    """A line that is a label and its figure, as a report's table of key figures writes it."""
    return _FIGURE.match(line) is not None


def _entry_lines(block: str) -> list[str]:
    """A block whose lines are a list's items ("- …", "• …") or open with dates ("April 15,
    2023 - Fighting erupts…" on one line, "May 20, 2023 - …" on the next) split into its
    items, a line that opens none going with the item before; any other block whole."""
    from .chronology import head

    lines = [x for x in block.splitlines() if x.strip()]
    if sum(is_figure(x) for x in lines) >= 2:  # a table of figures: a line each, its title too
        return lines
    bullets = sum(_BULLET.match(x) is not None for x in lines) >= 2
    if not bullets and sum(head(x) is not None for x in lines) < 2:
        return [block]
    out: list[str] = []
    for line in lines:
        if out and (_BULLET.match(line) is None if bullets else head(line) is None):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


# quote marks of other styles, read as “ ”: TimeBank's and LaTeX's ``…'', French «…» (with the spaces inside
# them), German „…“ (its closing mark is the English opening one)
_GUILLEMETS = re.compile(r"\u00ab[\s\u00a0\u202f]*(.*?)[\s\u00a0\u202f]*\u00bb", re.DOTALL)
_LOW_HIGH = re.compile(r"\u201e([^\u201c\u201d\u201e\"]{0,3000}?)[\u201c\u201d]")


def quote_marks(text: str) -> str:
    """``text`` with ``…'', «…» and „…“ written as “…”, so quotes in those styles are quotes (their words
    are the speaker's, not the report's)."""
    if "``" in text:
        text = text.replace("``", "\u201c").replace("''", "\u201d")
    if "\u00ab" in text:
        text = _GUILLEMETS.sub("\u201c\\1\u201d", text)
    if "\u201e" in text:
        text = _LOW_HIGH.sub("\u201c\\1\u201d", text)
    return text


def from_text(text: str, *, markdown: bool = False) -> Article:
    text = quote_marks(clean(text))
    title = None
    lines = text.splitlines()
    if markdown or any(_MD_HEADING.match(line) for line in lines[:3]):
        kept = []
        for line in lines:
            m = _MD_HEADING.match(line)
            if m:
                from .chronology import heading

                if title is None:
                    title = m.group(1)
                elif heading(m.group(1)) is not None:  # "## April 15, 2023": a chronology's date, kept
                    kept += ["", m.group(1)]
                kept.append("")  # a heading ends a paragraph
                continue
            if re.match(r"^\s*(?:[-*_]\s*){3,}$", line):  # a rule
                kept.append("")
                continue
            line = re.sub(r"^\s{0,3}>\s?", "", line)  # block quotes: their text
            if _MD_BULLET.match(line):
                kept.append("")
                line = _MD_BULLET.sub("", line)
            for rx, repl in _MD_MARKUP:
                line = rx.sub(repl, line)
            kept.append(line)
        text = "\n".join(kept)
    paras = _paragraphs(text)
    byline = None
    if title is None and paras and len(paras[0].split()) <= 16 and not re.search(r"[.!?:;,\"”\-—–_]$", paras[0]):
        title, paras = paras[0], paras[1:]  # a headline: short, no full stop (nor a wire dateline's dash)
    for i, p in enumerate(paras[:3]):
        if re.fullmatch(r"(?i)by\s+[A-Z][\w.'’\- ]{1,60}(?:,\s*[\w .'’\-]{2,40})?", p):
            byline = re.sub(r"(?i)^by\s+", "", p)
            del paras[i]
            break
    return Article(paras, title=title, byline=byline)


def from_html(html: str, url: str | None = None) -> Article:
    import trafilatura
    from htmldate import find_date

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    data: dict = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else dict(doc or {})  # type: ignore[arg-type]
    body = "\n\n".join((data.get("text") or "").splitlines())  # trafilatura: a paragraph a line
    published = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if not published:
        published = data.get("date")
    # the page's own time of publication, when its metadata gives one with a time
    stamp = re.search(
        r"(?:article:published_time|datePublished|\"dateCreated\")\W+content=\"([^\"]+)\"|"
        r"\"datePublished\"\s*:\s*\"([^\"]+)\"",
        html,
    )
    if stamp:
        when = stamp.group(1) or stamp.group(2)
        if published and when.startswith(published) and "T" in when:
            published = when
    paras = [quote_marks(clean(p, one_line=True)) for p in _paragraphs(body)]
    title = clean(data.get("title") or "", one_line=True)
    while paras and (paras[0] == title or re.fullmatch(r"(?i)by\s+[\w .'\-]{2,60}", paras[0])):
        paras = paras[1:]  # the headline and byline, given again in the text
    return Article(
        paras,
        title=clean(data.get("title") or "", one_line=True) or None,
        byline=clean(data.get("author") or "", one_line=True) or None,
        site=clean(data.get("sitename") or "", one_line=True) or None,
        published=published,
        url=data.get("url") or url,
    )


def load(path: str | Path) -> Article:
    """The article in the file at ``path`` (UTF-8; a web page may say its own charset)."""
    p = Path(path)
    raw = p.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError(f"{p}: not a text file (an article is text, Markdown or a saved web page)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is None:
            raise ValueError(f"{p}: cannot tell how the text is encoded") from None
        text = str(best)
    suffix = p.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml") or _HTML.match(text[:500]):
        article = from_html(text)
    else:
        article = from_text(text, markdown=suffix in (".md", ".markdown"))
    article.path = str(p)
    return article
