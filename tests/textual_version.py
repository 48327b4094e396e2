"""The Textual release the SVG snapshots and the README's screenshots were made with.

Textual may draw a screen differently from one release to the next (a border's
segments, a colour), and an SVG compares every segment. So the SVG tests compare only
under this release, and say so when skipped under another; every other test (what the
screen shows, cell by cell, after keys) runs under any release that pyproject.toml
allows. After moving to a newer Textual: update the snapshots and the screenshots (see
tests/test_snapshots.py), look at them, and change this line.
"""

from __future__ import annotations

from importlib.metadata import version

import pytest

SNAPSHOTS_MADE_WITH = "8.2.8"
INSTALLED = version("textual")

same_textual = pytest.mark.skipif(
    INSTALLED != SNAPSHOTS_MADE_WITH,
    reason=f"SVGs made with Textual {SNAPSHOTS_MADE_WITH}, this is {INSTALLED} (see tests/textual_version.py)",
)
