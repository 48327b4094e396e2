"""The browser's keys that change the store: n new, E edit (enter on the detail: the
detail pane's binding), x remove, u undo, i review an article. Everything goes through ``dateline.db.edit``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from dateline.db import queries
from textual.binding import Binding

from .components.watch import own_write
from .read_only import ReadOnly, is_read_only, writes

# The form, the store's writer and the date resolver are imported when a key here is
# first pressed: the browser starts without them (tests/test_startup.py).

BINDINGS = [
    Binding(
        "n", "new_event", "New", show=False, tooltip="new event: a form; the date in words is resolved as you type"
    ),
    Binding("E", "edit_event", "Edit", show=False, tooltip="edit the selected event in a form"),
    Binding("x", "remove_event", "Remove", show=False, tooltip="remove the selected event, after a confirmation"),
    Binding("u", "undo", "Undo", show=False, tooltip="undo the last change (also after a restart)"),
    Binding(
        "i", "review", "Review article", show=False, tooltip="review an article: FILE [--published WHEN] [--tz ZONE]"
    ),
]


class EditingActions:
    """Mixed into DatelineApp (which has ``db``, ``timeline_view``, ``zone``)."""

    _edit_writer = None
    _zone: str | None | bool = False  # the app's store zone, looked up again after a change

    def writer(self):
        if is_read_only(self):
            raise ReadOnly("opened with --read-only")
        if self._edit_writer is None:
            from dateline.db import edit

            self._edit_writer = edit.writer(self.db)  # type: ignore[attr-defined]
            own_write(self)  # opening it may have written (WAL mode, a migration): not another process's change
        return self._edit_writer

    def _publication(self, rec: dict | None) -> tuple[datetime, str | None]:
        from dateline.db import edit
        from dateline.db.dates import DateError
        from dateline.db.formats.published import publication

        text, zone = edit.publication(self.db, rec)  # type: ignore[attr-defined]
        if text:
            try:
                moment = publication(str(text), zone)
                return moment, zone or getattr(moment.tzinfo, "key", None)
            except DateError:
                pass
        # else what go to date counts from: the newest source's publication, in the store's zone
        zone = self.zone  # type: ignore[attr-defined]
        return queries.base_date(self.db, zone), zone  # type: ignore[attr-defined]

    def changed(self, select: str | None = None, message: str | None = None) -> None:
        """The store changed: draw the timeline and detail again; select ``select``."""
        from .components.detail import DetailPane
        from .components.header import StoreHeader

        own_write(self)
        view = self.timeline_view  # type: ignore[attr-defined]
        self._zone = False  # the store's zone may have changed with a new source
        keep = select or view.selected_id
        self.query_one(DetailPane).forget()  # type: ignore[attr-defined]
        for counted in self.query("Histogram, MapView"):  # type: ignore[attr-defined]
            counted.forget()  # their counts per bar and per map cell changed too
        view.reload()
        header = self.query_one(StoreHeader)  # type: ignore[attr-defined]
        header.summary = queries.summary(self.db)  # type: ignore[attr-defined]
        header.refresh()
        if keep:
            view.select_event(keep)
        self._show_selection(view.cursor)  # type: ignore[attr-defined]
        if message:
            self.notify(message, markup=False)  # type: ignore[attr-defined]

    def _open_form(self, rec: dict | None) -> None:
        from dateline.db import edit

        from .components.eventform import EventForm

        published, tz = self._publication(rec)
        event_id = (rec or {}).get("id")

        def save(new: dict) -> str:
            return edit.save(self.writer(), new, event_id=event_id, published=published, tz=tz)

        def done(saved: str | None) -> None:
            if saved:
                self.changed(saved, "Saved (u undoes)")

        self.push_screen(EventForm(rec, published, tz, save), done)  # type: ignore[attr-defined]

    def _on_main(self) -> bool:
        """The keys act on the main screen only (not under a dialog)."""
        return len(self.screen_stack) == 1  # type: ignore[attr-defined]

    @writes
    def action_new_event(self) -> None:
        if self._on_main():
            self._open_form(None)

    def _selected_record(self) -> tuple[str, dict] | None:
        """The selected event's id and record as the form edits it, or None."""
        from dateline.db import edit

        event_id = self.timeline_view.selected_id  # type: ignore[attr-defined]
        rec = edit.record(self.db, event_id) if event_id else None  # type: ignore[attr-defined]
        return None if rec is None or event_id is None else (event_id, rec)

    @writes
    def action_edit_event(self) -> None:
        if not self._on_main():
            return
        selected = self._selected_record()
        if selected is None:
            self.notify("No event selected")  # type: ignore[attr-defined]
            return
        self._open_form(selected[1])

    @writes
    def action_remove_event(self) -> None:
        from dateline.db import edit

        from .components.eventform import Confirm

        if not self._on_main():
            return
        selected = self._selected_record()
        if selected is None:
            return
        event_id, rec = selected

        def answer(yes: bool | None) -> None:
            if yes and edit.remove(self.writer(), event_id):
                self.changed(None, f"Removed “{rec['title']}” (u undoes)")

        self.push_screen(Confirm(f"Remove “{rec['title']}”?"), answer)  # type: ignore[attr-defined]

    @writes
    def action_undo(self) -> None:
        from dateline.db import edit

        if not self._on_main():
            return
        writer = self.writer()
        touched = edit.last_change_events(writer)
        said = edit.undo(writer)
        if said is None:
            self.notify("Nothing to undo")  # type: ignore[attr-defined]
            return
        # the event given back (or changed back) is selected; one taken away leaves the
        # selection on the event next to where it stood
        back = next((i for i in touched if edit.record(self.db, i) is not None), None)  # type: ignore[attr-defined]
        self.changed(back, said)

    @writes
    def action_review(self) -> None:
        from .components.eventform import AskPath

        if not self._on_main():
            return

        def attempt(typed: str):
            path, options = parse_review_args(typed)  # ValueError: said in the dialog
            return self._extract(path, **options)

        def chosen(result) -> None:
            if result is not None:
                self.open_review(result)

        self.push_screen(AskPath(attempt), chosen)  # type: ignore[attr-defined]

    def _extract(self, path: str, published: str | None = None, tz: str | None = None, source: str | None = None):
        """The article's drafts; ValueError saying in one line why there are none."""
        from dateline.db.dates import DateError
        from dateline.db.extract.run import extract_file

        try:
            return extract_file(Path(path).expanduser(), published, tz, source)
        except (OSError, ValueError, DateError) as exc:
            raise ValueError(f"Cannot review {path}: {why_not(exc, path)}") from None

    def review_file(
        self, path: str, published: str | None = None, tz: str | None = None, source: str | None = None
    ) -> None:
        try:
            result = self._extract(path, published, tz, source)
        except ValueError as exc:
            self.notify(str(exc), severity="error", markup=False)  # type: ignore[attr-defined]
            return
        self.open_review(result)

    def open_review(self, result) -> None:
        """The review of one article's drafts over the browser; on leaving it, the first
        event accepted is selected (the timeline, read again, holds them)."""
        from .review import ReviewScreen

        screen = ReviewScreen(self.writer(), result)
        self.push_screen(screen, lambda _: self.changed(next(iter(screen.accepted_ids), None)))  # type: ignore[attr-defined]


def why_not(exc: BaseException, path: str) -> str:
    """Why an article cannot be reviewed, in one line that does not name the file again:
    "no such file or directory", not "[Errno 2] No such file or directory: '/root/x.txt'"."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    said = str(exc)
    for name in {path, str(Path(path).expanduser())}:
        if said.startswith(f"{name}: "):
            said = said[len(name) + 2 :]
    return said


def parse_review_args(typed: str) -> tuple[str, dict]:
    """ "FILE [--published WHEN] [--tz ZONE] [--source NAME]", as ``dateline extract`` takes
    them, quotes needed nowhere: words after an option's value are that value's
    (``--published 21 Sep 2024``), words after the file its name's (``my article.txt``,
    a path with spaces as a file manager copies it), and an apostrophe is a letter."""
    import shlex

    words = None
    for quotes in ("\"'", '"'):  # O'Brien.txt: an apostrophe that closes nothing
        lex = shlex.shlex(typed, posix=True)
        lex.whitespace_split, lex.quotes, lex.commenters = True, quotes, ""
        try:
            words = list(lex)
            break
        except ValueError as exc:
            problem = exc
    if words is None:
        raise ValueError(f"cannot read '{typed}': {problem}")
    options: dict = {}
    path = None
    names = {"--published": "published", "--tz": "tz", "--source": "source"}
    last = None  # the option whose value is being read, or "path"
    i = 0
    while i < len(words):
        w = words[i]
        if w in names:
            if i + 1 >= len(words) or words[i + 1] in names:
                raise ValueError(f"{w} needs a value")
            last = names[w]
            options[last] = words[i + 1]
            i += 2
            continue
        if last is None:
            path, last = w, "path"
        elif last == "path":
            path = f"{path} {w}"
        else:
            options[last] += " " + w
        i += 1
    if path is None and last in options and " " in options[last]:
        # the file after an option's value (--published 21 Sep 2024 article.txt): the
        # value's last words that name a file there, else its last word
        value = options[last].split(" ")
        cut = next((k for k in range(1, len(value)) if Path(" ".join(value[k:])).expanduser().exists()), len(value) - 1)
        options[last], path = " ".join(value[:cut]), " ".join(value[cut:])
    if path is None:
        raise ValueError("no file given")
    return path, options
