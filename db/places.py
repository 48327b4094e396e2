"""A place as a reader wants it: place, region and country, each said once."""

from __future__ import annotations

import re

from .text import clean

__all__ = ["places"]


def places(rec: dict) -> str:
    """Place, region and country, each left out when what comes before names it already."""
    shown: list[str] = []
    for part in (rec.get("place"), rec.get("region"), rec.get("country")):
        text = clean(part, one_line=True) if part else ""
        if not text or (shown and ";" in shown[0]):  # a list of places says where each one is
            continue
        said = " ".join(shown).lower()
        names = [p.strip() for p in re.split(r"[,;]", text) if p.strip()]
        if all(n.lower().removesuffix(" region") in said for n in names):
            continue
        shown.append(text)
    return ", ".join(shown)
