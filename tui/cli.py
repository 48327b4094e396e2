"""The ``dateline`` command: the browser, and the commands scripts stand on.

Textual is imported only when the browser opens, so the data commands start fast.
"""

from __future__ import annotations

import errno
import functools
import json
import signal
import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click
from dateline.db import queries, store, zones
from dateline.db.records import RecordError, any_written
from dateline.db.text import TerminalWriter, clean, json_safe, quoted, shown
from dateline.tui.check import check
from dateline.tui.guards import SafeGroup, Stopped, migrating, stop_on_signals

from .cli_options import TZ_OPTION, filter_options, json_option


def fail(message: str) -> None:
    raise click.ClickException(shown(message))  # input quoted in it shows escaped, never active


def nothing_found(message: str) -> None:
    """One line on stderr when a search finds nothing (stdout stays empty for scripts; exit 0)."""
    click.echo(shown(message), err=True)


def refuse_read_only(ctx: click.Context, why: str, instead: str = "leave --read-only out") -> None:
    """One line and exit 1 when the store was opened --read-only and the command writes ``why``."""
    if ctx.find_root().params.get("read_only"):
        fail(f"--read-only: {why}; {instead}")


def user_errors() -> tuple[type[Exception], ...]:
    """The errors a user can cause (a store, a date, a record that will not do). A date's is
    the resolver's, which is imported where dates are read: one that was not imported has
    raised nothing, and the browser's start does not import it to say so."""
    dates = sys.modules.get("dateline.db.dates")
    return (store.StoreError, RecordError) + ((dates.DateError,) if dates and hasattr(dates, "DateError") else ())


def friendly(func):
    """Turn the errors a user can cause into one line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except user_errors() as exc:  # (evaluated as an error goes by)
            fail(str(exc))
        except sqlite3.DatabaseError as exc:  # in the user's words: read-only, another import, damaged
            fail(store.explain(exc, store_path(click.get_current_context())[0]))
        except RecursionError:  # a whole-document reader (TimelineJS) given JSON nested thousands deep
            fail("the input is nested too deeply to read (JSON over a thousand levels deep); nothing imported")
        except OverflowError:  # a date at the ends of the calendar, past what a check caught
            fail("a date is out of range: dateline stores years 1 to 9999")
        except BrokenPipeError:  # `dateline events | head`
            sys.stderr.close()
        except OSError as exc:
            if exc.errno == errno.EROFS and exc.filename:  # a new store, an export, in a read-only place
                where = Path(exc.filename)
                folder = where.parent if where.name.endswith((".building", ".part")) else where
                fail(f"cannot write in {folder}: the folder is read-only")
            fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))

    return wrapper


def store_path(ctx: click.Context) -> tuple[Path, bool]:
    """The store this command works on, and whether it is the default one."""
    chosen = ctx.find_root().params.get("db")
    return (Path(chosen), False) if chosen else (store.default_path(), True)


def open_for_reading(ctx: click.Context):
    path, is_default = store_path(ctx)
    read_only = bool(ctx.find_root().params.get("read_only"))
    if is_default and not path.exists() and not read_only:
        from dateline.db import seed

        return store.open_or_build(path, seed.build)
    return store.open_store(path, read_only=read_only)


def when(text: str | None, *, end_of_day: bool = False, tz: str | None = None) -> datetime | None:
    """A --from/--to value, a time without a zone read in ``tz`` (the store's zone, or
    --tz; see db.zones); a bare day given as --to takes in the whole day."""
    if text is None:
        return None
    try:
        moment = zones.read_when(text, tz)
    except OverflowError:  # the last day of year 9999 has no end in Python's calendar
        from dateline.db.dates import DateError

        raise DateError(f"cannot read date {shown(repr(text))}: it is at the end of the calendar") from None
    if end_of_day and (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        try:
            moment += timedelta(days=1)
        except OverflowError:
            return None  # to the end of 9999-12-31: no end at all
    return moment


def window(db, start: str | None, end: str | None, tz: str | None) -> tuple[datetime | None, datetime | None]:
    """--from and --to read in --tz, else the store's zone."""
    zone = tz or zones.store_zone(db)
    zones.zone_of(zone)  # an unknown --tz is one line
    return when(start, tz=zone), when(end, end_of_day=True, tz=zone)


def filter_window(db, flt, tz: str | None):
    """A ``Filter`` from the shared options, as the commands with a time window use it:
    (--from, --to, the SQL condition of the rest of the filter or None), --from and --to
    read as ``window`` reads them (in --tz, else the store's zone)."""
    from dataclasses import replace

    lo, hi = window(db, flt.start, flt.end, tz)
    rest = replace(flt, start=None, end=None)
    return lo, hi, (rest.where(db=db) if rest else None)


def filter_condition(db, flt, tz: str | None) -> tuple[str, list] | None:
    """The SQL condition of a ``Filter`` (None for no filter), its dates in words read
    from now in --tz, else the store's zone (as ``window`` reads them)."""
    zone = zones.zone_of(tz or zones.store_zone(db)) or UTC  # an unknown --tz is one line
    return flt.where(datetime.now(zone), db) if flt else None


def offset_of(iso: str) -> str:
    """The offset an ISO datetime carries, as printed after its time ("+03:00", "Z" as "+00:00")."""
    tail = iso[19:] if len(iso) > 19 else ""
    return " " + ("+00:00" if tail in ("Z", "") else tail)


def emit_json(obj: dict) -> None:
    click.echo(json_safe(json.dumps(obj, ensure_ascii=False)))


@click.group(cls=SafeGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db",
    envvar="DATELINE_DB",
    type=click.Path(),
    help="Store to use (default: the seed store in the user data directory).",
)
@click.option("--read-only", is_flag=True, help="Open the store read-only: browse, search and export; never write.")
@click.version_option(package_name="dateline", prog_name="dateline")  # read only when asked (~40 ms at start)
@click.pass_context
@friendly
def main(ctx: click.Context, db: str | None, read_only: bool) -> None:
    """dateline: a terminal timeline browser for dated events from news reports.

    Without a command, opens the browser.
    """
    if ctx.invoked_subcommand is not None:
        return
    database = open_for_reading(ctx)
    from dateline.tui.app import DatelineApp

    from .start import StoreTrouble, browse  # (a plain `dateline` opens the browser from there, without click)

    try:
        browse(DatelineApp(database, read_only=read_only))
    except StoreTrouble as exc:
        fail(str(exc))


@main.command()
@filter_options
@json_option
@TZ_OPTION
@click.pass_context
@friendly
def events(ctx: click.Context, flt, as_json: bool, tz: str | None) -> None:
    """The events in time order. WHEN is what dateparser reads: 2024-09-21, "20 Sep 2024", "last friday";
    a time without a zone is in the store's zone (its newest source's) or --tz. Times print in
    each event's own zone, with its offset.

    Filters combine: every option given must hold (AND); an option given twice keeps
    events matching either value (OR)."""
    db = open_for_reading(ctx)
    lo, hi, where = filter_window(db, flt, tz)
    for rec in queries.records(db, lo, hi, where=where):
        if as_json:
            emit_json(rec)
        else:
            # text for a terminal: stored strings lose escape sequences and control characters
            place = f" — {clean(rec['place'], one_line=True)}" if rec["place"] else ""
            status = "" if rec["status"] == "happened" else f" ({clean(rec['status'], one_line=True)})"
            marks = (" ★" if rec.get("bookmarked") else "") + "".join(
                f" #{clean(t, one_line=True)}" for t in rec.get("tags") or []
            )
            click.echo(
                f"{rec['start'][:16].replace('T', ' ')}{offset_of(rec['start'])}  {rec['precision']:<9} "
                f"{clean(rec['kind'], one_line=True):<15} {clean(rec['title'], one_line=True)}{status}{place}{marks}"
            )


@main.command()
@click.argument("query", required=False)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many quotes.")
@filter_options
@json_option
@TZ_OPTION
@click.pass_context
@friendly
def quotes(ctx: click.Context, query: str | None, limit: int | None, flt, as_json: bool, tz: str | None) -> None:
    """Quotes matching QUERY by full text, best first; without QUERY, all in time order.

    QUERY is plain text, searched as the browser's / does: every word must match, the last
    one as a prefix; "a phrase" in quotes, word* for a prefix, OR between words for either.
    When more than 2,000 quotes match (or twice --limit), the newest of them are ranked.
    """
    from dateline.db.filters import keep_hits, quotes_of_filter

    db = open_for_reading(ctx)
    where = filter_condition(db, flt, tz)
    if query is None:
        hits = queries.all_quotes(db, limit) if where is None else quotes_of_filter(db, where, limit)
    else:
        limit = limit or 1000
        # as the browser's search: the last word is a prefix ("missile" finds "missiles")
        hits = queries.search_quotes(db, query, limit=limit, candidates=max(2000, 2 * limit), prefix_last=True)
        if where is not None:
            hits = keep_hits(db, list(hits), where)
    hits = list(hits)
    if not hits:
        nothing_found(f"no quote matches {quoted(query)}" if query else "no quotes")
    for hit in hits:
        if as_json:
            emit_json(
                {
                    "text": hit.plain,
                    "speaker": hit.speaker,
                    "role": hit.role,
                    "event_id": hit.event_id,
                    "event_title": hit.event_title,
                    "start": hit.start,
                }
            )
        else:
            who = clean(hit.speaker, one_line=True) or "unknown speaker"
            click.echo(f"{hit.start[:10]}  “{clean(hit.plain, one_line=True)}” — {who}")


# --------------------------------------------------------------------------- import and export

PARALLEL_IMPORT_BYTES = 4 << 20  # from this much input on, an import reads it in a second process
_IMPORT_FORMATS = ("auto", "jsonl", "csv", "timesketch", "timelinejs", "acled", "ged")
_EXPORT_FORMATS = ("jsonl", "csv", "markdown", "timelinejs", "timesketch", "acled")


def _progress_bar(enabled: bool):
    """A rich progress display on stderr (only when stderr is a terminal), and the
    callback ``write_records`` feeds with the count written per batch."""
    import contextlib

    if not enabled:
        return contextlib.nullcontext(), None
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(
        SpinnerColumn(),
        TextColumn("importing"),
        BarColumn(),
        TextColumn("{task.completed:,.0f} events"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("import", total=None)
    return bar, lambda n: bar.advance(task, n)


def _store_zone_of(path: Path, is_default: bool) -> str | None:
    """The zone of the store an import writes to (see ``db.zones``): its newest source's."""
    if path.exists():
        db = store.open_store(path)
        try:
            return zones.store_zone(db)
        finally:
            db.close()
    if is_default:  # built from the seed before the import
        from dateline.db import seed

        return seed.load()[0]["tz"]
    return None


class NothingImported(Exception):
    """An import with --skip-bad that wrote nothing because its files were refused as a whole."""

    def __init__(self, result):
        super().__init__("nothing imported")
        self.result = result


def _say_bad(result) -> None:
    """The bad lines (and refused files) of an import with --skip-bad, on stderr."""
    for bad in result.bad:
        click.echo(shown(bad), err=True)
    if result.bad_count > len(result.bad):
        more = result.bad_count - len(result.bad)
        click.echo(
            f"… and {more:,} more bad line{'s' if more != 1 else ''} not shown (the first {len(result.bad)} are above)",
            err=True,
        )


@main.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_IMPORT_FORMATS),
    default="auto",
    show_default=True,
    help="Format of the files; auto finds it from their content.",
)
@click.option(
    "--published", metavar="WHEN", help='Publication date that dates in words ("on Monday") are read against.'
)
@click.option(
    "--tz",
    metavar="ZONE",
    help="Zone of times without one, e.g. Europe/Kyiv (default: --published's offset, else the store's zone).",
)
@click.option("--source", metavar="NAME", help="Source name for events that name none (default: the file name).")
@click.option("--skip-bad", is_flag=True, help="Import the good rows and list every bad one, instead of stopping.")
@click.option(
    "--encoding", metavar="NAME", help="Encoding of the files, e.g. windows-1252 (default: UTF-8, else detected)."
)
@click.option(
    "--column",
    "column_pairs",
    metavar="FIELD=COLUMN",
    multiple=True,
    help="Another program's CSV or JSON: its COLUMN holds dateline's FIELD (once per field), "
    "e.g. --column title=event --column start=DATE; other columns are read by their names "
    "(a field's, else kept as attributes).",
)
@click.pass_context
@friendly
def import_(
    ctx: click.Context,
    files: tuple[str, ...],
    fmt: str,
    published: str | None,
    tz: str | None,
    source: str | None,
    skip_bad: bool,
    encoding: str | None = None,
    column_pairs: tuple[str, ...] = (),
) -> None:
    """Import events from FILEs into the store, all in one transaction.

    Formats: dateline's JSON Lines and CSV, Timesketch CSV/JSONL, TimelineJS JSON, ACLED
    CSV (see the README). A bad row stops the import with FILE:LINE and leaves the
    store as it was, unless --skip-bad. A file no row of which can be read (another
    program's, a ZIP, ...) is refused as a whole: with --skip-bad the other files
    import, and when every file is refused nothing does (exit 1). Importing a file
    again changes nothing.

    Another program's CSV or JSON (JSON Lines, a JSON array, an object holding a list of
    records) imports with --column FIELD=COLUMN naming the column that holds each of
    dateline's fields it has: title, and start (a date or time) or date_text (words,
    read against --published); the same options give the same ids on every re-import.
    """
    from dateline.db import formats
    from dateline.db.formats.columns import MappingError, parse
    from dateline.db.formats.published import zone
    from dateline.db.write import ImportFailed, write_records

    refuse_read_only(ctx, "an import writes to the store")
    try:
        columns = parse(column_pairs)
    except MappingError as exc:
        fail(str(exc))
    if columns and fmt not in ("auto", *formats.MAPPED_FORMATS):
        fail(f"--column reads CSV and JSON files (--format auto, csv or jsonl), not --format {fmt}")

    zone(tz)  # an unknown zone fails here, before anything is read
    try:
        decoding = formats.Decoding(
            formats.check_encoding(encoding) if encoding else None, lambda m: click.echo(m, err=True)
        )
    except LookupError as exc:
        fail(str(exc))
    path, is_default = store_path(ctx)
    # a date or time without a zone is read in --tz, else in --published's offset,
    # else in the store's zone (its newest source's), else UTC; and the import says so
    given_offset = bool(published) and zones.has_zone(published) and not tz
    store_tz = None if tz or given_offset else _store_zone_of(path, is_default)
    use_tz = tz or store_tz
    published_at = formats.publication(published, use_tz) if published else None
    naive_zone = (published_at.tzinfo if given_offset and published_at else None) or zone(use_tz) or UTC
    import multiprocessing

    assumed = None if tz else multiprocessing.RawValue("q", 0)
    bar, progress = _progress_bar(sys.stderr.isatty())

    # large inputs are read and checked in a worker process while this one writes;
    # into an empty store, the bulk path (write_records ignores it for one with events)
    parallel = sum(Path(f).stat().st_size for f in files) >= PARALLEL_IMPORT_BYTES

    def run(db):
        with bar:
            done = write_records(
                db,
                formats.read_all(
                    files,
                    fmt,
                    source,
                    published_at,
                    use_tz,
                    decoding,
                    naive_zone=naive_zone,
                    naive_count=assumed,
                    columns=columns,
                ),
                published=published_at,
                tz=use_tz,
                skip_bad=skip_bad,
                progress=progress,
                bulk=True,
                parallel=parallel,
            )
        if done.refused and not done.written and not done.left_alone:
            raise NothingImported(done)  # a store made for the import is not left behind
        return done

    stop = stop_on_signals()
    try:
        if path.exists() or is_default:
            if not path.exists():
                from dateline.db import seed

                with store.new_store_atomically(path) as db:
                    seed.build(db)
            db = store.open_store(path, write=True, migrating=migrating)
            try:
                result = run(db)
            finally:
                db.close()
        else:
            with store.new_store_atomically(path) as db:
                result = run(db)
    except ImportFailed as exc:
        # a file refused as a whole (its header, its format) has no good rows to skip to,
        # and nor has one whose every row is bad: --skip-bad is offered only when it would import
        hint = ""
        if not exc.bad.refused:
            again = formats.read_all(
                files,
                fmt,
                source,
                published_at,
                use_tz,
                formats.Decoding(decoding.encoding),
                naive_zone=naive_zone,
                columns=columns,
            )
            good, rows = any_written(again, published_at, use_tz)
            if good:
                hint = " (--skip-bad imports the good rows)"
            else:
                of = "of the file" if len(files) == 1 else f"of the {len(files)} files"
                hint = (
                    f" (every one of the {rows:,} rows {of} is bad: --skip-bad would import none)" if rows > 1 else ""
                )
        fail(f"{exc.bad}\nnothing imported; the store is as it was{hint}")
    except NothingImported as exc:
        _say_bad(exc.result)
        which = "the file was" if len(files) == 1 else "every file was" if exc.result.refused >= len(files) else None
        said = (
            f"{which} refused"
            if which
            else f"{exc.result.refused:,} of {len(files)} files refused, the rest gave no event"
        )
        fail(f"nothing imported: {said}; the store is as it was")
    except (KeyboardInterrupt, Stopped) as exc:
        name = exc.args[0] if isinstance(exc, Stopped) else "SIGINT"
        click.echo(f"import stopped ({name}): nothing imported; the store is as it was", err=True)
        ctx.exit(128 + int(getattr(signal, name)))
    finally:
        stop()
    _say_bad(result)
    if assumed is not None and assumed.value:
        n = assumed.value
        if given_offset:
            said = f"read in --published's offset ({zones.zone_name(None, published_at)})"
        elif store_tz:
            said = f"read in {store_tz}, the store's zone (its newest source's)"
        else:
            said = "read in UTC (the store names no zone yet)"
        click.echo(f"{n:,} event{'s' if n != 1 else ''} gave no time zone: {said}; --tz ZONE to say which", err=True)
    named = files[0] if len(files) == 1 else f"{len(files)} files"
    click.echo(shown(f"imported {named} into {path}: {result.summary()}"), err=True)


@main.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(_EXPORT_FORMATS), default="jsonl", show_default=True, help="Format to write."
)
@filter_options
@click.option("--query", metavar="Q", help="Only events whose title, summary, place, actors or quotes match Q.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="File to write (default: standard output)."
)
@click.option("--with-fields", is_flag=True, help="Markdown: also each event's id, kind, interval and attributes.")
@TZ_OPTION
@click.pass_context
@friendly
def export_(
    ctx: click.Context,
    fmt: str,
    flt,
    query: str | None,
    output: str | None,
    with_fields: bool,
    tz: str | None,
) -> None:
    """Write the store's events, in time order, as JSON Lines, CSV, a Markdown
    chronology, TimelineJS JSON, Timesketch JSONL or ACLED CSV (those the filters keep)."""
    from dateline.db import formats
    from dateline.db.salvage import Salvage

    db = open_for_reading(ctx)
    lo, hi, where = filter_window(db, flt, tz)
    rescue = Salvage()  # a damaged store is exported as far as it can be read
    if output in (None, "-"):
        # to a terminal, nothing from the data may act on it: controls out, as `events` does
        out = TerminalWriter(sys.stdout) if sys.stdout.isatty() else sys.stdout
        n = formats.export(db, fmt, out, lo, hi, query, where=where, with_fields=with_fields, salvage=rescue)
        sys.stdout.flush()
    else:
        n = formats.export_to_file(db, fmt, output, lo, hi, query, where=where, with_fields=with_fields, salvage=rescue)
        click.echo(shown(f"exported {n} event{'s' if n != 1 else ''} to {output}"), err=True)
    if rescue.damage:
        lost = f"{rescue.lost_events} event row{'s' if rescue.lost_events != 1 else ''} could not be read"
        if rescue.lost_quotes:
            lost += f", nor {rescue.lost_quotes} quote row{'s' if rescue.lost_quotes != 1 else ''}"
        fail(f"the store is damaged ({rescue.damage}): exported the {n} readable events; {lost}; run `dateline check`")


# --------------------------------------------------------------------------- demo


@main.command("demo")
@click.option(
    "--events", "count", type=click.IntRange(min=1), default=10000, show_default=True, help="How many events to make."
)
@click.option(
    "--db", "target", type=click.Path(dir_okay=False), default=None, help="New store to write (must not exist yet)."
)
@click.option("--seed", type=int, default=0, show_default=True, help="The same seed makes the same store.")
@click.pass_context
@friendly
def demo(ctx: click.Context, count: int, target: str | None, seed: int) -> None:
    """Make a new store of --events synthetic events over ten years, with quotes, for trying
    dateline out at any size (written the way `dateline import` writes)."""
    import time

    from dateline.db import demo as demo_data

    path = Path(target) if target else store_path(ctx)[0]
    if path.exists():
        fail(f"{path} exists already; demo writes a new store")
    began = time.perf_counter()
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(
            TextColumn("making demo store"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        task = bar.add_task("demo", total=count)
        with bar, store.new_store_atomically(path) as db:
            result = demo_data.build(db, count, seed, progress=lambda n: bar.advance(task, n))
    else:
        with store.new_store_atomically(path) as db:
            result = demo_data.build(db, count, seed)
    took = time.perf_counter() - began
    click.echo(
        f"wrote {result.written:,} demo events to {path} in {took:.1f} s "
        f"({result.written / max(took, 1e-9):,.0f} events/s)",
        err=True,
    )


from dateline.tui.commands.extract import extract_cmd  # noqa: E402
from dateline.tui.commands_when import when_command  # noqa: E402

from .serve import serve  # noqa: E402  (the browser in a web page)

main.add_command(serve)
main.add_command(when_command)
main.add_command(check)

# --------------------------------------------------------------------------- the analyst's desk
from .cli_desk import COMMANDS as _DESK_COMMANDS  # noqa: E402

for _command in _DESK_COMMANDS:
    main.add_command(_command)
main.add_command(extract_cmd)
