"""The analyst's desk on the command line: ``search`` over quotes, events and notes;
``bookmark``, ``tag`` and ``note`` on an event; ``filters``, the saved filters.

Registered in ``cli.py`` with ``main.add_command``.
"""

from __future__ import annotations

import json
import sys

import click
from dateline.db import desk, store
from dateline.db.text import clean, quoted

from .cli import (
    emit_json,
    fail,
    filter_condition,
    friendly,
    nothing_found,
    open_for_reading,
    refuse_read_only,
    store_path,
)
from .cli_options import TZ_OPTION, filter_options, json_option


def _open_for_writing(ctx: click.Context, what: str):
    refuse_read_only(ctx, what)
    path, is_default = store_path(ctx)
    if is_default and not path.exists():
        open_for_reading(ctx).close()  # builds the default store from the seed
    return store.open_store(path, write=True)


def _known_event(db, event_id: str) -> None:
    if db.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
        fail(f"no event with id {event_id!r}")


@click.command("search")
@click.argument("query")
@click.option(
    "--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many of each kind."
)
@click.option(
    "--only",
    type=click.Choice(["quote", "event", "note"]),
    multiple=True,
    help="Search only quotes, events or notes (repeatable).",
)
@filter_options
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line, with its kind.")
@TZ_OPTION
@click.pass_context
@friendly
def search(
    ctx: click.Context, query: str, limit: int, only: tuple[str, ...], flt, as_json: bool, tz: str | None
) -> None:
    """Quotes, events (title, summary, place, actors) and notes matching QUERY, each
    marked with what matched. QUERY is plain text, as for `quotes`."""
    from dateline.db import find
    from dateline.db.filters import keep_hits

    db = open_for_reading(ctx)
    # as `quotes` and the browser's /: the last word is a prefix ("dron" finds "drones")
    hits = find.search(
        db, query, limit=limit, candidates=max(2000, 2 * limit), kinds=only or find.KINDS, prefix_last=True
    )
    where = filter_condition(db, flt, tz)
    if where is not None:
        hits = keep_hits(db, hits, where)
    if not hits:
        nothing_found(f"nothing matches {quoted(query)}")
    for hit in hits:
        if as_json:
            emit_json(hit.as_json())
            continue
        title = clean(hit.plain_title, one_line=True)
        if hit.kind == "quote":
            who = clean(hit.speaker, one_line=True) or "unknown speaker"
            line = f"“{clean(hit.plain, one_line=True)}” — {who} · {title}"
        elif hit.kind == "note":
            line = f"{title}: {clean(hit.plain, one_line=True)}"
        else:
            line = title + (f" · {clean(hit.plain, one_line=True)}" if hit.plain else "")
        click.echo(f"{hit.kind:<5}  {hit.start[:10]:<10}  {line}")


@click.command("bookmark")
@click.argument("event_ids", nargs=-1, required=True, metavar="ID…")
@click.option("--remove", is_flag=True, help="Take the bookmarks off instead.")
@click.pass_context
@friendly
def bookmark(ctx: click.Context, event_ids: tuple[str, ...], remove: bool) -> None:
    """Bookmark events (by id); list them with `dateline events --bookmarked`."""
    db = _open_for_writing(ctx, "a bookmark is written to the store")
    for event_id in event_ids:
        _known_event(db, event_id)
    for event_id in event_ids:
        desk.set_bookmark(db, event_id, not remove)
    click.echo(f"{'unbookmarked' if remove else 'bookmarked'} {len(event_ids)} event(s)", err=True)


@click.command("tag")
@click.argument("event_id", metavar="ID")
@click.argument("tags", nargs=-1, metavar="[TAG]…")
@click.option("--remove", is_flag=True, help="Take these tags off instead.")
@click.pass_context
@friendly
def tag(ctx: click.Context, event_id: str, tags: tuple[str, ...], remove: bool) -> None:
    """Add TAGs to an event (or --remove them); without TAG, print its tags
    (`dateline tags` lists every tag in use)."""
    db = _open_for_writing(ctx, "a tag is written to the store") if tags else open_for_reading(ctx)
    _known_event(db, event_id)
    if tags:
        typed = [t for text in tags for t in desk.tags_typed(text)]  # "verify, geo": two
        (desk.remove_tags if remove else desk.add_tags)(db, event_id, typed)
    for t in desk.tags_of(db, event_id):
        click.echo(clean(t, one_line=True))


@click.command("tags")
@json_option
@click.pass_context
@friendly
def tags(ctx: click.Context, as_json: bool) -> None:
    """Every tag in use, with how many events have it."""
    db = open_for_reading(ctx)
    for name, n in desk.all_tags(db):
        if as_json:
            emit_json({"tag": name, "events": n})
        else:
            click.echo(f"{n:>6}  {clean(name, one_line=True)}")


@click.command("note")
@click.argument("event_id", metavar="ID")
@click.argument("text", required=False)
@click.option("--delete", is_flag=True, help="Delete the event's note.")
@click.pass_context
@friendly
def note(ctx: click.Context, event_id: str, text: str | None, delete: bool) -> None:
    """Print an event's note (Markdown), or write TEXT as its note (`-` reads standard input)."""
    if text is None and not delete:
        db = open_for_reading(ctx)
        _known_event(db, event_id)
        found = desk.note_of(db, event_id)
        if found is None:
            fail(f"event {event_id!r} has no note")
        click.echo(clean(found))
        return
    db = _open_for_writing(ctx, "a note is written to the store")
    _known_event(db, event_id)
    if text == "-":
        text = sys.stdin.read()
    desk.set_note(db, event_id, None if delete else text)
    click.echo(
        f"{'deleted the note of' if delete or not (text or '').strip() else 'wrote the note of'} {event_id}", err=True
    )


@click.command("filters")
@click.option("--delete", "delete", metavar="NAME", help="Delete the saved filter NAME.")
@json_option
@click.pass_context
@friendly
def filters(ctx: click.Context, delete: str | None, as_json: bool) -> None:
    """The saved filters (ctrl+s in the browser saves one), as filter-bar text."""
    from dateline.db.filters import Filter

    if delete is not None:
        db = _open_for_writing(ctx, "deleting a filter writes to the store")
        if delete not in {name for name, _ in desk.saved_filters(db)}:
            fail(f"no saved filter named {delete!r}")
        desk.delete_filter(db, delete)
        click.echo(f"deleted the saved filter {delete!r}", err=True)
        return
    db = open_for_reading(ctx)
    for name, spec in desk.saved_filters(db):
        text = Filter.from_spec(spec).to_text()
        if as_json:
            click.echo(json.dumps({"name": name, "filter": text, "spec": spec}, ensure_ascii=False))
        else:
            click.echo(f"{clean(name, one_line=True)}: {clean(text, one_line=True)}")


COMMANDS: tuple[click.Command, ...] = (search, bookmark, tag, tags, note, filters)
