"""HTML as plain text (TimelineJS text is HTML): tags dropped, entities decoded,
paragraphs and line breaks kept as line ends, block quotes taken out as quotes."""

from __future__ import annotations

import re
from html.parser import HTMLParser

LINKS = "links"  # the data-dateline element of the links an export could not put back in the text

_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "pre",
    "hr",
}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.quotes: list[dict] = []
        self._quote: list[str] | None = None
        self._cite: list[str] | None = None
        self._role: list[str] | None = None  # a cite's part marked data-dateline="role" (dateline's export)
        self._speaker: str | None = None
        self._quote_role: str | None = None
        self.facts: dict[str, str] = {}
        self._fact: tuple[str, str, list[str]] | None = None  # (field, tag, text) of a data-dateline element
        self.links: list[tuple[str, str]] = []  # (words, href) of the text's links
        self._anchor: tuple[str, list[str]] | None = None

    def _sink(self) -> list[str]:
        if self._fact is not None:
            return self._fact[2]
        if self._role is not None:
            return self._role
        if self._cite is not None:
            return self._cite
        if self._quote is not None:
            return self._quote
        return self.parts

    def handle_starttag(self, tag, attrs):
        field = dict(attrs).get("data-dateline")
        if tag == "a":
            self._start_link(dict(attrs).get("href"))
            return
        if field == "role" and self._cite is not None and self._role is None and tag == "span":
            self._role = []
            return
        if field and self._fact is None and tag not in ("br", "hr"):
            self._fact = (field, tag, [])
            return
        if tag == "blockquote" and self._quote is None:
            self._quote = []
        elif tag == "cite" and self._quote is not None:
            self._cite = []
        elif tag in _BLOCK:
            self._sink().append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self._sink().append("\n")

    def _start_link(self, href: str | None) -> None:
        """A link of the text itself (nor a quote's, nor one of dateline's fields but
        its ``links``), whose words ``handle_data`` gathers."""
        in_text = self._quote is None and (self._fact is None or self._fact[0] == LINKS)
        if href and href.strip() and in_text and self._anchor is None:
            self._anchor = (href.strip(), [])

    def handle_endtag(self, tag):
        if tag == "a" and self._anchor is not None:
            href, words = self._anchor
            self.links.append((" ".join("".join(words).split()), href))
            self._anchor = None
            return
        if self._fact is not None and tag == self._fact[1]:
            field, _, text = self._fact
            self.facts[field] = _clean("".join(text))
            self._fact = None
            return
        if tag == "span" and self._role is not None:
            self._quote_role = _clean("".join(self._role)) or None
            self._role = None
            return
        if tag == "cite" and self._cite is not None:
            cite, self._cite = self._cite, None
            self._speaker = _clean("".join(cite))
            if self._quote_role is not None:  # "speaker, " before the role: the comma is the export's
                self._speaker = self._speaker.removesuffix(",")
        elif tag == "blockquote" and self._quote is not None:
            text = _clean("".join(self._quote)).strip(" \n—-–")
            speaker, role = self._speaker, self._quote_role
            if text:
                self.quotes.append({"text": text, "speaker": speaker or None, **({"role": role} if role else {})})
            self._quote, self._speaker, self._quote_role = None, None, None
        elif tag in _BLOCK:
            self._sink().append("\n")

    def handle_data(self, data):
        self._sink().append(data)
        if self._anchor is not None:
            self._anchor[1].append(data)


def _clean(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_text(html: str | None) -> tuple[str, list[dict]]:
    """(plain text, quotes taken from <blockquote> with their <cite> as speaker)."""
    if not html:
        return "", []
    parser = _Text()
    parser.feed(str(html))
    parser.close()
    if parser._quote is not None:  # an unclosed blockquote: keep its words as text
        parser.parts.extend(parser._quote)
    return _clean("".join(parser.parts)), parser.quotes


def links_of(html: str | None) -> list[tuple[str, str]]:
    """The links of an HTML text, as (their words, the address as written), in order:
    those of the text, then those an export wrote apart (``data-dateline="links"``);
    not those of block quotes."""
    if not html or "<a" not in html.lower():
        return []
    parser = _Text()
    parser.feed(str(html))
    parser.close()
    return parser.links


def _facts(html: str) -> dict[str, str]:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser.facts


def facts_of(html: str | None) -> dict:
    """dateline's own fields that an export wrote into a TimelineJS text, each in an
    element marked ``data-dateline="FIELD"`` ("Label: value"): place, region, country,
    coordinates (lat, lon), actors ("; " between), killed, injured, status; the
    analyst's tags (", " between), note and bookmark."""
    if not html or "data-dateline" not in html:
        return {}
    out: dict = {}
    for field, text in _facts(str(html)).items():
        value = text.split(": ", 1)[1] if ": " in text else text
        value = value.strip()
        if field == "coordinates":
            lat, _, lon = value.partition(",")
            out["lat"], out["lon"] = lat.strip() or None, lon.strip() or None
        elif field == "actors":
            out["actors"] = [a.strip() for a in value.split(";") if a.strip()]
        elif field in ("place", "region", "country", "killed", "injured", "status"):
            out[field] = value or None
        elif field == "tags":  # the analyst's desk
            out["tags"] = [t.strip() for t in value.split(",") if t.strip()]
        elif field == "notes":
            out["notes"] = value or None
        elif field == "bookmarked":
            out["bookmarked"] = True
    return out


def plain(html: str | None) -> str:
    text, quotes = html_to_text(html)
    extra = [q["text"] + (f" — {q['speaker']}" if q["speaker"] else "") for q in quotes]
    return "\n".join([text, *extra]).strip()
