"""dateline's store: SQLite through sqlite-utils; never imports Textual."""

import sys as _sys

# sqlite-utils imports numpy and pandas when they are installed, for their value
# types, which dateline never writes: ~80-100 ms of every start (the browser's first
# paint). They are hidden from it while it is imported, and only then.
_hidden = [_name for _name in ("numpy", "pandas") if _name not in _sys.modules]
for _name in _hidden:
    _sys.modules[_name] = None  # type: ignore[assignment]  # None makes its import raise ImportError (documented; typeshed allows modules only)
try:
    import sqlite_utils  # noqa: F401
finally:
    for _name in _hidden:
        if _sys.modules.get(_name, 0) is None:
            del _sys.modules[_name]
