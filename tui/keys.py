"""Every key, read from the bindings: the help screen and the command palette are built here.

A key is declared once, as a ``Binding(key, action, description, tooltip=...)`` in the
BINDINGS of the widget, screen or app whose action it is. The description is the short
word the footer and the palette show; the tooltip, when given, is the longer sentence the
help screen shows. A binding without a description is not listed anywhere.

Sections of the help: the class's ``HELP_SECTIONS`` entry for the binding's action (a
class whose keys belong in more than one section, as the app's desk keys), else the
``HELP_SECTION`` of the class that declares a binding, else
the binding's ``group`` (``Binding.Group("Find")``), else the class's name. Beware
that the footer shows side by side bindings of one group under the group's name alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import format_key

# what the help and the README call the keys whose Textual name reads badly
LABELS = {"pagedown": "PgDn", "pageup": "PgUp", "home": "Home", "end": "End", "escape": "escape"}


def key_label(key: str) -> str:
    """A key as the help screen and the README write it: ``pagedown`` -> ``PgDn``, ``slash`` -> ``/``."""
    return LABELS.get(key) or format_key(key)


@dataclass(frozen=True)
class KeyRow:
    """One row of the help: the keys of one binding and what they do."""

    section: str
    keys: tuple[str, ...]  # as written (key_label)
    what: str
    action: str
    owner: type[DOMNode]


def declared(cls: type[DOMNode]) -> list[Binding]:
    """The bindings ``cls`` declares itself (not those it inherits)."""
    out: list[Binding] = []
    for item in cls.__dict__.get("BINDINGS", []):
        if isinstance(item, Binding):
            out.append(item)
        else:  # a (key, action, description) tuple
            out.append(Binding(*item))
    return out


def _subclasses(cls: type) -> Iterator[type]:
    sub: type
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _import_all() -> None:
    """Import every module of dateline's TUI, so that the help lists the same keys
    whichever dialogs happen to have been opened (and so imported) before it."""
    import importlib
    import pkgutil

    import dateline.tui as package

    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name.rsplit(".", 1)[-1] in ("__main__", "cli", "serve"):
            continue  # the command line, not the browser's keys
        try:
            importlib.import_module(info.name)
        except ImportError:  # an optional extra that is not installed
            continue


def dateline_classes() -> list[type[DOMNode]]:
    """Every app, screen and widget class of dateline's TUI, in the order they were
    defined (App first): a new widget's keys are found without a list."""
    _import_all()
    seen: dict[type, None] = {}
    for cls in _subclasses(DOMNode):
        if cls.__module__.startswith("dateline.tui") and cls not in seen:
            seen[cls] = None
    classes = list(seen)
    # the timeline's keys first, then the app's, then the other widgets' (map,
    # histogram…), then the dialogs'; a class may say where with HELP_ORDER
    return sorted(classes, key=lambda c: (_is_screen(c), getattr(c, "HELP_ORDER", 1 if issubclass(c, App) else 5)))


def _is_screen(cls: type) -> bool:
    from textual.screen import Screen

    return issubclass(cls, Screen)


def section_of(binding: Binding, owner: type[DOMNode]) -> str:
    # HELP_SECTION first: a Binding.Group is also how the footer puts keys side by side
    # under one word ("event ↑/k ↓/j"), which is no name for a section of the help
    section = getattr(owner, "HELP_SECTIONS", {}).get(binding.action) or getattr(owner, "HELP_SECTION", None)
    if section:
        return section
    if binding.group is not None and binding.group.description:
        return binding.group.description
    return owner.__name__


def key_rows(classes: Iterable[type[DOMNode]] | None = None) -> list[KeyRow]:
    """A row for each binding with a description, of ``classes`` (default: all of dateline's)."""
    rows = []
    for cls in dateline_classes() if classes is None else classes:
        for binding in declared(cls):
            if not binding.description:
                continue
            keys = tuple(key_label(k.strip()) for k in binding.key.split(","))
            rows.append(
                KeyRow(section_of(binding, cls), keys, binding.tooltip or binding.description, binding.action, cls)
            )
    return rows


Rows = list[tuple[str, str]]  # (keys, what they do)


def sections(extra: Iterable[tuple[str, Rows]] = ()) -> list[tuple[str, Rows]]:
    """The help's sections, each ``(title, [(keys, what)])``: the bindings' rows, and the
    rows of ``extra`` (things no binding declares, such as the mouse) whose keys no
    binding has already."""
    out: dict[str, Rows] = {}
    bound: set[str] = set()
    for row in key_rows():
        out.setdefault(row.section, []).append((" / ".join(row.keys), row.what))
        bound.update(row.keys)
    for title, rows in extra:
        for keys, what in rows:
            if not {k.strip() for k in keys.split("/")} & bound:
                out.setdefault(title, []).append((keys, what))
    return list(out.items())


def literal(text: str) -> str:
    """``text`` as Textual markup that reads back as ``text`` (the palette reads its titles
    and help as markup). ``textual.markup.escape`` leaves what does not look like a whole
    tag, and a trailing "[/" (a saved filter named "[red]x[/") then failed to parse: the
    palette raised MarkupError and the app ended in a traceback. Every "[" escaped reads
    back exactly, backslashes and all."""
    return text.replace("[", "\\[")


def displayed(node: DOMNode) -> bool:
    """Whether ``node`` and every box it stands in are displayed (not ``display: none``)."""
    return all(n.display for n in (node, *node.ancestors))


def palette_commands(app: App, nodes: Iterable[DOMNode]) -> Iterator[SystemCommand]:
    """A command-palette entry for each described binding of ``nodes`` (the app, the
    screen and its widgets): the description as the title, the tooltip and keys as help."""
    seen: set[tuple[type, str]] = set()
    for node in nodes:
        for cls in type(node).__mro__:
            if not cls.__module__.startswith("dateline.tui"):
                continue
            for binding in declared(cls):
                if not binding.description or (cls, binding.action) in seen:
                    continue
                seen.add((cls, binding.action))
                keys = ", ".join(key_label(k.strip()) for k in binding.key.split(","))
                what = binding.tooltip or binding.description
                yield SystemCommand(  # the palette reads both as markup: shown as written
                    literal(binding.description),
                    literal(f"{what} ({keys})"),
                    partial(app.run_action, binding.action, node),
                )
