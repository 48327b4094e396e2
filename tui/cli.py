"""The ``dateline`` command: the browser, and the commands scripts stand on.

Textual is imported only when the browser opens, so the data commands start fast.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import sys
from datetime import datetime, timedelta
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click

from db import queries, store
from db.dates import DateError, parse_when
from db.records import RecordError

try:
    __version__ = version("dateline")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0+source"


def fail(message: str) -> None:
    raise click.ClickException(message)


def friendly(func):
    """Turn the errors a user can cause into one line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (store.StoreError, DateError, RecordError) as exc:
            fail(str(exc))
        except sqlite3.DatabaseError as exc:
            fail(f"the store cannot be read: {exc}")
        except BrokenPipeError:  # `dateline events | head`
            sys.stderr.close()
        except OSError as exc:
            fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))

    return wrapper


def store_path(ctx: click.Context) -> tuple[Path, bool]:
    """The store this command works on, and whether it is the default one."""
    chosen = ctx.find_root().params.get("db")
    return (Path(chosen), False) if chosen else (store.default_path(), True)


def open_for_reading(ctx: click.Context):
    path, is_default = store_path(ctx)
    if is_default and not path.exists():
        from db import seed

        return store.open_or_build(path, seed.build)
    return store.open_store(path)


def when(text: str | None, *, end_of_day: bool = False) -> datetime | None:
    """A --from/--to value; a bare day given as --to takes in the whole day."""
    if text is None:
        return None
    moment = parse_when(text)
    if end_of_day and (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        moment += timedelta(days=1)
    return moment


def emit_json(obj: dict) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db", envvar="DATELINE_DB", type=click.Path(dir_okay=False),
              help="Store to use (default: the seed store in the user data directory).")
@click.version_option(__version__, prog_name="dateline")
@click.pass_context
@friendly
def main(ctx: click.Context, db: str | None) -> None:
    """dateline: a terminal timeline browser for dated events from news reports.

    Without a command, opens the browser.
    """
    if ctx.invoked_subcommand is not None:
        return
    database = open_for_reading(ctx)
    from tui.app import DatelineApp

    DatelineApp(database).run()


@main.command()
@click.option("--from", "start", metavar="WHEN", help="Events that reach this moment or later.")
@click.option("--to", "end", metavar="WHEN", help="Events that start before the end of this day or moment.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
@friendly
def events(ctx: click.Context, start: str | None, end: str | None, as_json: bool) -> None:
    """The events in time order. WHEN is what dateparser reads: 2024-09-21, "20 Sep 2024", "last friday"."""
    lo, hi = when(start), when(end, end_of_day=True)
    db = open_for_reading(ctx)
    for rec in queries.records(db, lo, hi):
        if as_json:
            emit_json(rec)
        else:
            place = f" — {rec['place']}" if rec["place"] else ""
            status = "" if rec["status"] == "happened" else f" ({rec['status']})"
            click.echo(f"{rec['start'][:16].replace('T', ' ')}  {rec['precision']:<9} {rec['kind'] or '':<15} "
                       f"{rec['title']}{status}{place}")


@main.command()
@click.argument("query", required=False)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many quotes.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
@friendly
def quotes(ctx: click.Context, query: str | None, limit: int | None, as_json: bool) -> None:
    """Quotes matching QUERY by full text, best first; without QUERY, all in time order.

    QUERY is plain text: every word must match; "a phrase" in quotes, word* for a prefix.
    """
    db = open_for_reading(ctx)
    if query is None:
        hits = queries.all_quotes(db, limit)
    else:
        hits = queries.search_quotes(db, query, limit=limit or 1000, candidates=None)
    for hit in hits:
        if as_json:
            emit_json({"text": hit.plain, "speaker": hit.speaker, "role": hit.role, "event_id": hit.event_id,
                       "event_title": hit.event_title, "start": hit.start})
        else:
            who = hit.speaker or "unknown speaker"
            click.echo(f"{hit.start[:10]}  “{hit.plain}” — {who}")
