"""TimelineJS's embed code, not its data: a page's script that hands TimelineJS the
address of its data (``new TL.Timeline('timeline-embed', 'https://docs.google.com/...')``,
a variable holding it, TimelineJS2's ``createStoryJS({source: ...})``) or Knight Lab's
``<iframe>`` embed (``.../embed/index.html?source=...``). Such a file holds no event: it
is refused in one line naming where the timeline is and what to import. So is a site's
template of the data (PHP, Jinja, ERB...), which the site fills in when it runs."""

from __future__ import annotations

import re
from urllib.parse import unquote

_STRING = r"""(?:'([^'\n]*)'|"([^"\n]*)")"""
_NAME = r"([A-Za-z_$][\w$.]*)"
# TimelineJS3's constructor: the container (an id or an element), then the data
_TL3 = re.compile(
    r"\bTL\.Timeline\s*\(\s*(?:" + _STRING + r"|[^,()]*(?:\([^()]*\))?)\s*,\s*(?:" + _STRING + "|" + _NAME + r")"
)
# TimelineJS2's embed: createStoryJS({..., source: ...})
_TL2 = re.compile(r"\bcreateStoryJS\s*\(\s*\{[^{}]*?\bsource\s*:\s*(?:" + _STRING + "|" + _NAME + ")", re.S)
_IFRAME = re.compile(r"""cdn\.knightlab\.com/libs/timeline3?/[^"'\s]*?[?&](?:amp;)?source=([^&"'\s]+)""")
_SHEET = re.compile(r"docs\.google\.com/spreadsheets?/")
_SHEET_KEY = re.compile(r"(v2:)?([\w-]{30,})")  # the embed's source: a sheet's key, a published one's after v2:


def _address(source: str) -> str:
    """An embed's source as an address: a Google sheet's key as its sheet's."""
    key = _SHEET_KEY.fullmatch(source)
    if key is None:
        return source
    if key.group(1):
        return f"https://docs.google.com/spreadsheets/d/e/{key.group(2)}/pubhtml"
    return f"https://docs.google.com/spreadsheets/d/{key.group(2)}"


def _assigned(text: str, name: str) -> str | None:
    """The string a script assigns to ``name`` (``json_template = '/json/data.json'``)."""
    found = re.search(rf"(?<![\w$.]){re.escape(name)}\s*=\s*{_STRING}", text)
    return None if found is None else next(g for g in found.groups() if g is not None)


def _where(source: str) -> str:
    address = _address(source.strip())
    if _SHEET.search(address):
        return (
            f"its data is the Google spreadsheet {address}: download it as CSV (File > Download > "
            "Comma-separated values; a published sheet: its address with output=csv) and import that"
        )
    return f"it loads its data from {address}: import that file"


# a script's loading of a file: fetch('./timeline.json'), $.getJSON(url, ...), d3.json(...)
_LOAD = re.compile(
    r"\b(?:fetch|\$\.getJSON|jQuery\.getJSON|axios\.get|d3\.json)\s*\(\s*(?:" + _STRING + "|" + _NAME + ")"
)


def _string_or_assigned(text: str, found: re.Match) -> str | None:
    """The address a match's last groups give: a string as written (its two groups, one
    for each kind of quote), else the string assigned to the name (its last group)."""
    strings = [g for g in found.groups()[-3:-1] if g is not None]
    if strings:
        return strings[0]
    return _assigned(text, found.groups()[-1])


def _data_of(text: str, found: re.Match) -> str:
    """What an embed call's data argument says: an address, or a variable's name (that
    the script loads from an address, or makes)."""
    address = _string_or_assigned(text, found)
    if address is None:
        loaded = _LOAD.search(text)
        address = _string_or_assigned(text, loaded) if loaded is not None else None
    if address is not None:
        return _where(address)
    name = found.groups()[-1]
    return (
        f"its data is the variable {name}, made elsewhere: JSON.stringify({name}) in a browser's console "
        "writes it as JSON, which imports"
    )


def embed_refusal(text: str) -> tuple[int, str] | None:
    """(line, why) when ``text`` is TimelineJS's embed code that names its data by address
    or variable; None otherwise. Only for a text that holds no timeline's object (one
    that does is read: its variable is the data)."""
    for pattern in (_TL3, _TL2):
        found = pattern.search(text)
        if found is not None:
            line = text.count("\n", 0, found.start()) + 1
            return line, "TimelineJS's embed code, not its data: " + _data_of(text, found)
    frame = _IFRAME.search(text)
    if frame is not None:
        line = text.count("\n", 0, frame.start()) + 1
        return line, "TimelineJS's embed code (an iframe), not its data: " + _where(unquote(frame.group(1)))
    return None


# a server's template tags, which write the data when the site runs
_TEMPLATE_TAGS = (
    ("PHP", re.compile(r"<\?(?:php\b|=)")),
    ("ERB or ASP", re.compile(r"<%[=\-#]?\s")),
    ("Jinja, Liquid, Django or Hugo", re.compile(r"\{%-?\s*\w+|\{\{-?\s*[\w.$]+[^{}\n]*\}\}")),
    ("Template Toolkit", re.compile(r"\[%-?\s*\w+")),
)


def template_refusal(text: str) -> tuple[int, str] | None:
    """(line, why) when ``text``, which does not parse, is a site's template of the data
    (its first tag's line); None otherwise."""
    found = [(m.start(), language) for language, tag in _TEMPLATE_TAGS if (m := tag.search(text)) is not None]
    if not found:
        return None
    at, language = min(found)
    return text.count("\n", 0, at) + 1, (
        f"a {language} template of the data, not the data it makes: save what the running site serves "
        "(the data's address, in a browser) and import that"
    )
