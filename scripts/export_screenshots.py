"""Write the README's screenshots (screenshots/*.svg) from a fresh seed store.

    python scripts/export_screenshots.py

tests/test_screenshots.py fails when the files here are stale.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from dateline.db import seed, store
from dateline.tui.screenshots import SCREENS, SIZES, file_name, screenshot

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # no saved theme of the user's in the README's screens
        path = Path(tmp) / "seed.db"
        with store.new_store_atomically(path) as db:
            seed.build(db)
        for name in SCREENS:
            for size in SIZES:
                target = out / file_name(name, size)
                target.write_text(screenshot(path, name, size), encoding="utf-8")
                print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
