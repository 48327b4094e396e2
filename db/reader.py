"""A store opened for reading, on SQLite alone.

What the readers (``queries``, ``timeline``, ``desk``, ``filters``…) use of a connection is
``execute``, ``query``, ``conn`` and ``close``: ``Readable`` names them. sqlite-utils'
``Database`` has them, and so does ``Reader``, on a plain ``sqlite3`` connection: the browser
and the read commands open their store with it, so that they do not import sqlite-utils
(and look up its plugins) to start. Writes and the schema (FTS setup, migrations) go
through sqlite-utils (``store.open_store(write=True)``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, Protocol


class Readable(Protocol):
    """A store's connection as the readers use it: sqlite-utils' ``Database`` or ``Reader``."""

    conn: sqlite3.Connection

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None, /) -> sqlite3.Cursor: ...

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None, /) -> Iterator[dict]: ...

    def close(self) -> None: ...


class Reader:
    """A read-only connection with sqlite-utils' ``execute`` and ``query`` (rows as dicts)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None, /) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None, /) -> Iterator[dict]:
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description or ()]
        return (dict(zip(keys, row)) for row in cursor)

    def close(self) -> None:
        self.conn.close()
