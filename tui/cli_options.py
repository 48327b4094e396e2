"""Click options the commands share (as sqlite-utils shares its own): the date range,
``--json`` and the filters of ``db.filters.Filter``.

    @filter_options
    def events(ctx, flt: Filter, ...): ...

``filter_options`` adds ``--from``/``--to`` and every filter option and hands the
command one ``Filter`` as ``flt`` instead of a dozen arguments.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click
from dateline.db.filters import Filter

_MULTI = (
    ("kind", "KIND", "Events of this kind (repeat for any of several)."),
    ("status", "STATUS", "happened, claimed, planned or disputed (repeatable)."),
    ("place", "PLACE", "Events in this place (repeatable)."),
    ("region", "REGION", "Events in this region (repeatable)."),
    ("country", "COUNTRY", "Events in this country (repeatable)."),
    ("actor", "ACTOR", 'Events naming this actor, e.g. "Russian forces" (repeatable).'),
    ("source", "SOURCE", "Events from this source, by name or id (repeatable)."),
    ("tag", "TAG", "Events with this tag (repeatable)."),
)


def date_options(func: Callable) -> Callable:
    """--from WHEN / --to WHEN."""
    func = click.option(
        "--to", "date_to", metavar="WHEN", help="Events that start before the end of this day or moment."
    )(func)
    return click.option("--from", "date_from", metavar="WHEN", help="Events that reach this moment or later.")(func)


TZ_OPTION = click.option(
    "--tz", metavar="ZONE", help="Zone of --from/--to times without one (default: the store's, its newest source's)."
)


def json_option(func: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")(func)


def filter_options(func: Callable) -> Callable:
    """Every filter and the date range; the command gets them as one ``flt: Filter``."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        spec: dict[str, Any] = {name: tuple(kwargs.pop(name) or ()) for name, _, _ in _MULTI}
        spec["start"] = kwargs.pop("date_from")
        spec["end"] = kwargs.pop("date_to")
        spec["killed"] = kwargs.pop("min_killed")
        spec["injured"] = kwargs.pop("min_injured")
        spec["bookmarked"] = kwargs.pop("bookmarked")
        spec["text"] = kwargs.pop("text") or None
        kwargs["flt"] = Filter(**spec)
        return func(*args, **kwargs)

    wrapper = click.option(
        "--text", metavar="WORDS", help="Events whose title, summary, place or actors hold these words."
    )(wrapper)
    wrapper = click.option("--bookmarked", is_flag=True, help="Only bookmarked events.")(wrapper)
    wrapper = click.option(
        "--min-injured", type=click.IntRange(min=0), metavar="N", help="Events with at least N injured."
    )(wrapper)
    wrapper = click.option(
        "--min-killed", type=click.IntRange(min=0), metavar="N", help="Events with at least N killed."
    )(wrapper)
    for name, metavar, text in reversed(_MULTI):
        wrapper = click.option(f"--{name}", name, multiple=True, metavar=metavar, help=text)(wrapper)
    return date_options(wrapper)
