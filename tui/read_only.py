"""``dateline --read-only`` (and ``dateline serve`` without ``--writable``): the browser
browses, searches and exports, and every key that would write says why it does not.

The browser reads through a read-only connection in any case and opens a writing one
when a key first writes; so read-only is the app's to keep, key by key, with ``@writes``
on each action that writes (and on the writers themselves, as a last guard)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

SAID = "Read-only (--read-only): nothing can be changed here. Open the store without --read-only to add, edit, bookmark, tag or note."


class ReadOnly(PermissionError):
    """A write was asked of a browser opened read-only."""


def is_read_only(node: Any) -> bool:
    """Whether the app ``node`` is (or belongs to) was opened read-only."""
    app = node if hasattr(node, "screen_stack") else getattr(node, "app", None)
    return bool(getattr(app, "read_only", False))


def writes(action: F) -> F:
    """An action that writes to the store: under --read-only it says so, and does nothing."""

    @functools.wraps(action)
    def guarded(self, *args, **kwargs):
        if is_read_only(self):
            self.notify(SAID, severity="warning", markup=False)
            return None
        return action(self, *args, **kwargs)

    return guarded  # type: ignore[return-value]
