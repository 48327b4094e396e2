"""How the ``dateline`` command starts (the installed script, ``python -m dateline``).

``dateline`` alone opens the browser, and so does ``dateline --db STORE`` or
``--read-only``: then the browser is opened from here, without importing click and building
the command line's commands (~15 ms of every start: README, Performance). Anything else
(a command, ``--help``, ``--version``, an option not well formed or given twice, a store not
made yet or that will not open) goes to the click group in ``cli.py``, which does it and
says what went wrong as it always has.

Python's garbage collector is held off on the way to the first screen (``GcPacing.start``
lets it run again once that screen is drawn, freezing what start-up made): its one full pass
over start-up's objects took 20-30 ms of the first paint, and found ~1,400 to free.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import DatelineApp


class StoreTrouble(Exception):
    """The store failed under the browser; the message says how, for the user."""


def browser_args(args: Sequence[str]) -> tuple[str | None, bool] | None:
    """``(--db's value or None, --read-only)`` when ``args`` only open the browser, each
    option given once and well formed; None for anything else."""
    db, read_only, seen = None, False, set()
    rest = iter(args)
    for arg in rest:
        name, eq, value = arg.partition("=")
        if name in seen:
            return None
        seen.add(name)
        if arg == "--read-only":
            read_only = True
        elif name == "--db":
            value = value if eq else next(rest, "")
            if not value or value.startswith("-"):
                return None
            db = value
        else:
            return None
    return db, read_only


def _app(db_path: str | None, read_only: bool) -> DatelineApp | None:
    """The browser on that store, made; None when the store is not there yet (the click
    path builds the default one) or anything fails (the click path says what)."""
    from dateline.db import store

    path = Path(db_path) if db_path else store.default_path()
    if not path.exists():
        return None
    try:
        db = store.open_store(path, read_only=read_only)
    except Exception:  # the click path opens it again and says why it will not open
        return None
    try:
        from .app import DatelineApp

        return DatelineApp(db, read_only=read_only)
    except Exception:  # (a damaged store can fail its first queries)
        db.close()
        return None


def browse(app: DatelineApp) -> None:
    """Run the browser; the store failing under it raises ``StoreTrouble``, and a failure
    Textual has shown ends the process with its status."""
    app.run()
    trouble = getattr(app, "store_trouble", None)
    if trouble:
        raise StoreTrouble(trouble)
    if app.return_code:
        sys.exit(app.return_code)


def main() -> None:
    wanted = browser_args(sys.argv[1:])
    app = None
    if wanted is not None:
        gc.disable()  # until the first screen is drawn (GcPacing.start)
        app = _app(*wanted)
    if app is None:
        gc.enable()
        from .cli import main as command

        command()
        return
    try:
        browse(app)
    except StoreTrouble as exc:
        from click import ClickException
        from dateline.db.text import shown

        ClickException(shown(str(exc))).show()  # as the command says every failure: "Error: …"
        sys.exit(1)
