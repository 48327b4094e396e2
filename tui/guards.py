"""What guards the command line: click's messages shown escaped, an import stopped
cleanly by a signal, a migration's progress on stderr."""

from __future__ import annotations

import contextlib
import signal
import sys
from pathlib import Path

import click
from dateline.db.text import shown

_GLOBAL_VALUE = ("--db",)  # the group's options that take a value
_GLOBAL_FLAG = ("--read-only",)


class SafeGroup(click.Group):
    """click's own messages (a bad --format, a missing FILE) quote what was typed: shown escaped.
    The store options may follow the command as well as come before it (``dateline import
    FILE --db STORE``), unless that command has an option of the same name (``demo --db``)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, self._hoisted(ctx, list(args)))

    def _hoisted(self, ctx: click.Context, args: list[str]) -> list[str]:
        i = 0
        while i < len(args) and args[i].startswith("-") and args[i] != "--":  # the group's own options
            i += 2 if args[i] in _GLOBAL_VALUE else 1
        if i >= len(args) or args[i] == "--":
            return args
        command = self.get_command(ctx, args[i])
        if command is None:
            return args  # click says the command is unknown
        own = {o for p in command.params for o in p.opts}
        front, rest, j = args[: i + 1], [], i + 1
        while j < len(args) and args[j] != "--":
            a, name = args[j], args[j].split("=", 1)[0]
            if name in _GLOBAL_VALUE and name not in own and (a != name or j + 1 < len(args)):
                front[i:i] = [a] if a != name else [a, args[j + 1]]
                i += 1 if a != name else 2
                j += 1 if a != name else 2
                continue
            if a in _GLOBAL_FLAG and a not in own:
                front[i:i] = [a]
                i += 1
                j += 1
                continue
            rest.append(a)
            j += 1
        return front + rest + args[j:]

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
