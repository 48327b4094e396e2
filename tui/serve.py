"""``dateline serve``: the browser in a web page, through textual-serve.

Each visitor of the page gets the browser in a process of its own (textual-serve starts
``python -m dateline.tui.serve STORE`` per session), on the store opened read-only
unless ``--writable``. The server listens on 127.0.0.1 unless told otherwise; on any
other address it says on stderr that whoever can reach the port can read the store.
"""

from __future__ import annotations

import ipaddress
import shlex
import sys

import click

LOOPBACK_NAMES = {"localhost", "ip6-localhost", "ip6-loopback"}


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def app_command(path: str, writable: bool) -> str:
    """The shell command textual-serve runs for each session."""
    parts = [sys.executable, "-m", "dateline.tui.serve", path]
    if writable:
        parts.append("--writable")
    return shlex.join(parts)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option(
    "--read-only/--writable",
    "read_only",
    default=True,
    show_default=True,
    help="Open the store read-only (the default) or for writing.",
)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, read_only: bool) -> None:
    """The browser in a web page (textual-serve), at http://HOST:PORT."""
    import sqlite3

    from dateline.db.store import StoreError
    from dateline.db.text import shown

    from .cli import fail, open_for_reading, store_path

    try:
        from textual_serve.server import Server
    except ImportError:
        fail("dateline serve needs textual-serve: pip install 'dateline[web]'")
    path, _ = store_path(ctx)
    try:
        db = open_for_reading(ctx)  # the default store is built here the first time
        db.close()
    except StoreError as exc:  # a missing or unreadable store: one line, exit 1
        fail(str(exc))
    except sqlite3.DatabaseError as exc:
        fail(f"the store cannot be read: {exc}")
    if not is_loopback(host):
        click.echo(
            shown(
                f"warning: serving on {host}: anyone who can reach port {port} can read {path}"
                + ("" if read_only else " and change it")
            ),
            err=True,
        )
    server = Server(app_command(str(path), writable=not read_only), host=host, port=port, title="dateline")
    click.echo(shown(f"dateline: serving {path} {'read-only ' if read_only else ''}at http://{host}:{port}"), err=True)
    server.serve()


def run(argv: list[str]) -> None:
    """One session's browser: ``python -m dateline.tui.serve STORE [--writable]``."""
    from dateline.db import store

    from .app import DatelineApp

    if not argv:
        raise SystemExit("usage: python -m dateline.tui.serve STORE [--writable]")
    try:
        writable = "--writable" in argv[1:]
        db = store.open_store(argv[0], write=writable)
    except store.StoreError as exc:
        raise SystemExit(f"Error: {exc}") from None
    DatelineApp(db, read_only=not writable).run()


if __name__ == "__main__":
    run(sys.argv[1:])
