"""What guards the command line: click's messages shown escaped, an import stopped
cleanly by a signal, a migration's progress on stderr."""

from __future__ import annotations

import contextlib
import signal
import sys
from pathlib import Path

import click
from dateline.db.text import shown


class SafeGroup(click.Group):
    """click's own messages (a bad --format, a missing FILE) quote what was typed: shown escaped."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            exc.message = shown(exc.message)  # type: ignore[misc]
            if isinstance(exc, click.BadParameter) and exc.param_hint is not None:
                exc.param_hint = shown(exc.param_hint)
            raise


@contextlib.contextmanager
def migrating(old: int, new: int, backup: Path):
    """An older store is copied, then updated: said on stderr; a spinner when it takes over a second."""
    import threading

    click.echo(shown(f"updating the store to schema {new}; a copy of the old one is kept as {backup}"), err=True)
    status = None
    if sys.stderr.isatty():
        from rich.console import Console

        status = Console(stderr=True).status(f"copying the store, then updating it from schema {old} to {new}…")
    later = threading.Timer(1.0, status.start) if status is not None else None
    if later is not None:
        later.start()
    try:
        yield
    finally:
        if later is not None:
            later.cancel()
        if status is not None:
            status.stop()


class Stopped(Exception):
    """SIGTERM or SIGHUP during an import: raised where the import is, so that it rolls back."""


def stop_on_signals():
    """SIGTERM and SIGHUP (a closed terminal) end an import as Ctrl-C does: rolled back,
    a new store not left behind. Gives what puts the old handlers back."""
    old = {}

    def stop(signum, _frame):
        raise Stopped(signal.Signals(signum).name)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        try:
            old[sig] = signal.signal(sig, stop)
        except ValueError:  # not the main thread
            pass
    return lambda: [signal.signal(sig, handler) for sig, handler in old.items()]
