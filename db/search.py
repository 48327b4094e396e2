"""Turning whatever a user types into a safe FTS5 query.

Every word is quoted, so FTS5 operators, brackets, hyphens, apostrophes and stray
quotes in the input are searched for as text and never reach FTS5 as syntax.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
MIN_TYPED_PREFIX = 2  # letters the last word needs before search as you type makes it a prefix


def _words_after(tokens: list[re.Match], i: int) -> bool:
    """Whether a token after the i-th holds a word (an OR needs one on each side)."""
    return any(_WORD.search(m.group(1) if m.group(1) is not None else m.group(2)) for m in tokens[i + 1 :])


def fts_query(text: str, *, prefix_last: bool = False) -> str | None:
    """An FTS5 MATCH expression for ``text``; None when it holds no word at all.

    - words are ANDed: ``drone fire`` finds quotes holding both; ``OR`` (in capitals,
      between two words) finds either: ``drone OR missile`` (AND binds first);
    - ``"a phrase"`` and hyphenated words (``Su-34``) match as phrases;
    - a trailing ``*`` makes a word a prefix (``dron*``); with ``prefix_last`` the last
      word is a prefix anyway (search as you type), unless the text ends in a space or
      that word is a single letter: a one-letter prefix matches most of a large store
      and has no prefix index, so as you type it is searched for as a word until the
      second letter comes.
    """
    parts: list[str] = []
    joins: list[str] = []  # the operator before each part but the first
    tokens = list(_TOKEN.finditer(text))
    pending_or = False
    for i, match in enumerate(tokens):
        phrase, plain = match.group(1), match.group(2)
        if plain == "OR" and parts and _words_after(tokens, i):  # "drone OR missile": either
            pending_or = True
            continue
        if plain == "OR" and parts and prefix_last and i == len(tokens) - 1:
            continue  # "drone OR" as typed: the other word is coming, not a prefix "or*" (ordnance)
        words = _WORD.findall(phrase if phrase is not None else plain)
        if not words:
            continue
        if parts:
            joins.append(" OR " if pending_or else " AND ")
        pending_or = False
        prefix = plain is not None and plain.endswith("*")
        is_last = i == len(tokens) - 1
        if (
            prefix_last
            and is_last
            and plain is not None
            and not text[match.end() :].strip()
            and not text.endswith(" ")
            and len(words[-1]) >= MIN_TYPED_PREFIX
        ):
            prefix = True
        parts.append('"' + " ".join(words) + '"' + ("*" if prefix else ""))
    if not parts:
        return None
    return parts[0] + "".join(op + part for op, part in zip(joins, parts[1:]))
