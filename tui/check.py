"""`dateline check`: SQLite's integrity check over the store, in a few lines."""

from __future__ import annotations

import click


@click.command("check")
@click.pass_context
def check(ctx: click.Context) -> None:
    """Check the store for damage (SQLite's PRAGMA integrity_check) and say what was found.

    Exit status 0 when the store is sound, 1 when it is damaged: then `dateline export -o
    FILE` saves what can still be read, to import into a new store."""
    from dateline.db import store
    from dateline.db.salvage import integrity
    from dateline.db.text import shown

    from .cli import fail, store_path

    path = store_path(ctx)[0]
    try:
        db = store.open_store(path, read_only=True)
    except store.StoreError as exc:
        fail(str(exc))
    problems = integrity(db)
    if not problems:
        events = db.execute("SELECT count(*) FROM events").fetchone()[0]
        quotes = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
        click.echo(f"{path}: sound (PRAGMA integrity_check: ok; {events:,} events, {quotes:,} quotes)")
        return
    for line in problems[:20]:
        click.echo(shown(line), err=True)
    more = f" (the first 20 of {len(problems)})" if len(problems) > 20 else ""
    fail(
        f"{path}: the store is damaged: PRAGMA integrity_check found {len(problems)} problem"
        f"{'s' if len(problems) != 1 else ''}{more}. `dateline --db {path} export -o rescue.jsonl` saves "
        "what can be read; import it into a new store"
    )
