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


# what terminals draw at widths of their own, unlike each other and unlike rich's measure
# (tmux 3.3 draws "❤️" in 1 cell, rich counts 2; "👍🏽" 4 cells, rich 2): variation
# selectors, the keycap mark, skin-tone modifiers and tag characters. Without them every
# character is as wide as its own Unicode width says, which all agree on ("❤️" → "❤",
# "1️⃣" → "1", "🏳️‍🌈" → "🏳🌈": the joiner is a control and goes too).
_CELL_MODIFIERS = re.compile("[\ufe00-\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0000-\U000e007f\U000e0100-\U000e01ef]")


def blank(value) -> bool:
    """None, or a text of nothing but white space: a field a record does not really have."""
    if value.__class__ is str:  # the usual case first: a reader asks this of every field
        return not value or value.isspace()
    return value is None or (isinstance(value, str) and not value.strip())


def clean(text: str | None, *, one_line: bool = False) -> str:
    """``text`` without escape sequences or control characters; tabs become spaces;
    with ``one_line``, line breaks too. For the screen: emoji modifiers that terminals
    draw at differing widths go too (see _CELL_MODIFIERS), so rows keep their borders."""
    if not text:
        return ""
    text = _ESCAPES.sub("", text).replace("\t", " ").replace("\r\n", "\n")
    if one_line:
        text = " ".join(text.split())
    return _CELL_MODIFIERS.sub("", _CONTROLS.sub("", text))


# ---------------------------------------------------------------- text that leaves the program

# what a JSON string may not hold raw for a terminal to read it safely: json.dumps escapes
# C0 already; DEL and the C1 controls (8-bit CSI, OSC...), the line and paragraph separators
# and the bidirectional overrides it passes through
_JSON_RAW = re.compile(r"[\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def json_safe(encoded: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with every control
    character escaped as ``\\uXXXX``: it reads back the same, and shows nothing active."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def for_terminal(text: str) -> str:
    """Text bound for a terminal (an export to standard output): escape sequences and
    control characters out, line breaks and tabs kept; a carriage return becomes a break."""
    if not text:
        return ""
    text = _ESCAPES.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


class TerminalWriter:
    """A text stream that passes on what is written through ``for_terminal``."""

    def __init__(self, out) -> None:
        self.out = out

    def write(self, text: str) -> int:
        self.out.write(for_terminal(text))
        return len(text)

    def flush(self) -> None:
        self.out.flush()


_SHOWN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def shown(text: object) -> str:
    """A message for the user (one that may quote input) with every control character
    written as its escape, as ``repr`` writes it (``\\x1b``, ``\\u202e``); line breaks and
    tabs kept."""
    return _SHOWN.sub(lambda m: repr(m.group())[1:-1], str(text))


def quoted(value: object) -> str:
    """Input quoted in a message: ``repr`` of its text, so nothing in it is active."""
    return repr(value if isinstance(value, str) else str(value))
