"""The browser's settings kept between runs (the theme): a small JSON file in the user
config directory (platformdirs: on Linux ``~/.config/dateline/settings.json``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs


def path() -> Path:
    return Path(platformdirs.user_config_dir("dateline", appauthor=False)) / "settings.json"


def load() -> dict:
    """The saved settings; {} when there are none or the file cannot be read."""
    try:
        data = json.loads(path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(**changes) -> bool:
    """Merge ``changes`` into the settings file (written whole, then moved into place);
    False when it cannot be written (a read-only home: the setting lasts this run)."""
    target = path()
    data = {**load(), **changes}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix=".settings.", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, sort_keys=True)
            out.write("\n")
        os.replace(tmp, target)
    except OSError:
        return False
    return True
