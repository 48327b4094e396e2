"""Making stored text safe to show: no escape sequences, no control characters."""

from __future__ import annotations

import re

# ANSI/VT escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other ESC pairs,
# and their 8-bit forms (CSI = \x9b, OSC = \x9d)
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d).*?(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[@-Z\\-_]"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str | None, *, one_line: bool = False) -> str:
    """``text`` without escape sequences or control characters; tabs become spaces;
    with ``one_line``, line breaks too."""
    if not text:
        return ""
    text = _ESCAPES.sub("", text).replace("\t", " ").replace("\r\n", "\n")
    if one_line:
        text = " ".join(text.split())
    return _CONTROLS.sub("", text)
