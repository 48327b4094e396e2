"""The review screen: an article's drafts, one by one, before anything enters the store.

The article is on the left with the selected draft's sentences highlighted; the drafts on
the right, each marked as waiting, accepted or dropped, with the selected one's date,
place, casualties and quotes below. ``a`` accepts (writes it, with the article as its
source, in one transaction), ``e`` edits it first, ``d`` drops it, ``A`` accepts every
draft still waiting after a confirmation. Leaving keeps the review in the store, to go on
with later (``i`` and the same path, or ``dateline extract`` again).
"""

from __future__ import annotations

from dateline.db import edit
from dateline.db.extract.drafts import Extraction
from dateline.db.records import RecordError
from dateline.db.text import clean
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from .components.detail import resolved_label, with_precision
from .components.eventform import Confirm, EventForm
from .components.watch import own_write
from .words import counted

MARKS = {"waiting": "·", "accepted": "✓", "dropped": "✗"}


class ReviewScreen(Screen[int]):
    """Dismisses with the number of events accepted."""

    DEFAULT_CSS = """
    ReviewScreen #review-title {
        height: 1;
        background: $panel;
        width: 1fr;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    ReviewScreen #review-main {
        height: 1fr;
    }
    ReviewScreen #review-article {
        width: 1fr;
        border: round $primary 50%;
        padding: 0 1;
    }
    ReviewScreen #review-side {
        width: 1fr;
    }
    ReviewScreen #review-drafts {
        height: 1fr;
        border: round $accent;
    }
    ReviewScreen #review-detail-box {
        height: 1fr;
        border: round $primary 50%;
        padding: 0 1;
    }
    ReviewScreen #review-status {
        height: 1;
        color: $text-muted;
        width: 1fr;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    ReviewScreen .review-para {
        margin-bottom: 1;
    }
    """
    HELP_SECTION = "Review"
    BINDINGS = [
        Binding("a", "accept", "Accept", tooltip="in the review: accept the draft (written to the store)"),
        Binding("e", "edit", "Edit", tooltip="in the review: edit the draft in the form"),
        Binding("d", "drop", "Drop", tooltip="in the review: drop the draft"),
        Binding("A", "accept_all", "Accept all", tooltip="in the review: accept every draft still waiting"),
        Binding("escape,q", "leave", "Leave (kept)", tooltip="leave the review; it is kept for next time"),
        Binding("j", "down", "Next", show=False, tooltip="in the review: next draft"),
        Binding("k", "up", "Previous", show=False, tooltip="in the review: previous draft"),
    ]

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def __init__(self, db, result: Extraction) -> None:
        super().__init__()
        self.db = db
        self.result = result
        self.key = result.article.path or (result.article.title or "article")
        self.records = result.records()
        self.marks = ["waiting"] * len(self.records)
        self.accepted = 0
        self.accepted_ids: list[str] = []  # in the order accepted: the browser selects the first on leaving
        kept = edit.load_review(db, self.key)
        if kept and len(kept.get("records", [])) == len(self.records):
            self.records = kept["records"]
            self.marks = kept["marks"]

    def compose(self) -> ComposeResult:
        a = self.result.article
        head = (
            f"Review: {a.title or self.result.source or self.key} · published {self.result.published:%a %d %b %Y %H:%M}"
        )
        yield Label(Text(clean(head, one_line=True)), id="review-title")
        with Horizontal(id="review-main"):
            with VerticalScroll(id="review-article"):
                for n in range(1, len(a.paragraphs) + 1):
                    yield Static(id=f"para-{n}", classes="review-para")
            with Vertical(id="review-side"):
                yield OptionList(*self._options(), id="review-drafts")
                with VerticalScroll(id="review-detail-box"):
                    yield Static(id="review-detail")
        yield Label("", id="review-status")
        yield Footer()

    def _options(self) -> list[Option]:
        out = []
        for i, rec in enumerate(self.records):
            when = resolved_label(rec["start"], rec["end"], rec["precision"]) if rec.get("start") else "no date"
            line = Text()
            line.append(
                f"{MARKS[self.marks[i]]} ", style={"accepted": "green", "dropped": "red"}.get(self.marks[i], "")
            )
            line.append(f"{when}  ", style="cyan")
            line.append(clean(rec["title"], one_line=True))
            out.append(Option(line))
        return out

    def on_mount(self) -> None:
        drafts = self.query_one(OptionList)
        drafts.focus()
        if self.records:
            drafts.highlighted = next((i for i, m in enumerate(self.marks) if m == "waiting"), 0)
        self._show()

    @property
    def index(self) -> int | None:
        return self.query_one(OptionList).highlighted

    @on(OptionList.OptionHighlighted)
    def moved(self, _: OptionList.OptionHighlighted) -> None:
        self._show()

    def _show(self) -> None:
        i = self.index
        rec = self.records[i] if i is not None and self.records else None
        marked = {(e["paragraph"], e["text"]) for e in (rec or {}).get("evidence", [])}
        for n, para in enumerate(self.result.article.paragraphs, 1):
            self.query_one(f"#para-{n}", Static).update(self._paragraph(n, para, marked))
        if rec and rec.get("evidence"):
            first = self.query_one(f"#para-{rec['evidence'][0]['paragraph']}", Static)
            self.query_one("#review-article", VerticalScroll).scroll_to_widget(first, animate=False, top=True)
        self.query_one("#review-detail", Static).update(self._detail(rec))
        waiting = self.marks.count("waiting")
        self.query_one("#review-status", Label).update(
            f"{counted(len(self.records), 'draft')} · {self.marks.count('accepted')} accepted · "
            f"{self.marks.count('dropped')} dropped · {waiting} waiting"
        )

    @staticmethod
    def _paragraph(n: int, para: str, marked: set[tuple[int, str]]) -> Text:
        """A paragraph of the article, the selected draft's sentences highlighted."""
        text = clean(para, one_line=True)
        piece = Text(f"{n:>2} ", style="dim")
        piece.append(text)
        for p, sentence in marked:
            if p == n:
                at = text.find(clean(sentence, one_line=True))
                if at >= 0:
                    piece.stylize("reverse", 3 + at, 3 + at + len(sentence))
        return piece

    def _detail(self, rec: dict | None) -> Text:
        if rec is None:
            return Text("No drafts in this article", style="dim")
        t = Text()
        t.append(clean(rec["title"], one_line=True) + "\n", style="bold")
        when = (
            with_precision(resolved_label(rec["start"], rec["end"], rec["precision"]), rec["precision"])
            if rec.get("start")
            else "no date"
        )
        t.append(f"when   “{rec.get('date_text') or '—'}” → {when}\n")
        claimant = f" by {rec['claimed_by']}" if rec.get("claimed_by") else ""
        t.append(f"kind   {rec.get('kind') or '—'} · {rec.get('status')}{claimant}\n")
        parts = [rec.get("place"), rec.get("region"), rec.get("country")]
        shown: list[str] = []
        for x in parts:  # a region already named in the place is not said twice
            if x and not all(bit.strip() in " ".join(shown) for bit in x.split(",")):
                shown.append(x)
        place = ", ".join(shown)
        t.append(f"where  {place or '—'}\n")
        toll = [f"{rec[k]} {k}" for k in ("killed", "injured") if rec.get(k) is not None]
        if toll:  # a count the article does not give is not said to be 0 ("killed scores", "injured 1,000")
            t.append(f"toll   {', '.join(toll)}\n")
        if rec.get("actors"):
            t.append(f"actors {'; '.join(rec['actors'])}\n")
        for key, value in (rec.get("attrs") or {}).items():
            if value:
                t.append(f"note   {key}: {value}\n", style="yellow")
        for q in rec.get("quotes", []):
            who = q.get("speaker") or "speaker not found"
            t.append(f"\n“{clean(q['text'], one_line=True)}”\n", style="italic")
            t.append(f"  — {who}{', ' + q['role'] if q.get('role') else ''}\n", style="dim")
        return t

    def _refresh_list(self) -> None:
        drafts = self.query_one(OptionList)
        at = drafts.highlighted
        drafts.clear_options()
        drafts.add_options(self._options())
        if at is not None and self.records:
            drafts.highlighted = min(at, len(self.records) - 1)
        self._show()

    def _write(self, indexes: list[int]) -> None:
        src = self.result.as_json()["source"]
        try:
            written, alone = edit.accept(
                self.db, [self.records[i] for i in indexes], src, self.result.article.paragraphs
            )
        except RecordError as exc:
            self.notify(f"Not accepted: {exc}", severity="error", markup=False)
            return
        finally:  # the app's own commit, not another process's: no "The store changed"
            own_write(self.app)
        for i in indexes:
            self.marks[i] = "accepted"
            self.accepted_ids.append(str(self.records[i].get("id")))
        self.accepted += written
        extra = f"; {alone} changed by hand left alone" if alone else ""
        self.notify(f"Accepted {counted(written, 'event')}{extra}", markup=False)
        self._refresh_list()
        self._next_waiting()

    def _next_waiting(self) -> None:
        i = self.index or 0
        after = [j for j, m in enumerate(self.marks) if m == "waiting" and j > i]
        if after:
            self.query_one(OptionList).highlighted = after[0]

    def action_accept(self) -> None:
        if self.index is not None and self.records:
            self._write([self.index])

    def action_drop(self) -> None:
        if self.index is not None and self.records:
            self.marks[self.index] = "dropped"
            self._refresh_list()
            self._next_waiting()

    def action_accept_all(self) -> None:
        waiting = [i for i, m in enumerate(self.marks) if m == "waiting"]
        if not waiting:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self._write(waiting)

        what = "the waiting draft" if len(waiting) == 1 else f"all {len(waiting)} waiting drafts"
        self.app.push_screen(Confirm(f"Accept {what}?"), answer)

    def action_edit(self) -> None:
        i = self.index
        if i is None or not self.records:
            return
        rec = self.records[i]

        def save(new: dict) -> str:
            new = {k: v for k, v in new.items()}
            if new.get("date_text") != rec.get("date_text") and "anchored_on" in (new.get("attrs") or {}):
                # other words: no longer read from the draft before it
                new["attrs"] = {k: v for k, v in new["attrs"].items() if k != "anchored_on"}
            edit.check(new, self.result.published, self.result.tz)
            from dateline.db.records import row_tuples

            event = row_tuples(new, self.result.published, self.result.tz)[0]
            new["start"], new["end"], new["precision"] = event[6], event[7], event[8]
            new["evidence"] = rec.get("evidence", [])
            self.records[i] = new
            return str(new.get("id"))

        def done(saved: str | None) -> None:
            if saved:
                self._refresh_list()

        self.app.push_screen(EventForm(rec, self.result.published, self.result.tz, save), done)

    def action_leave(self) -> None:
        if "waiting" in self.marks:
            edit.save_review(self.db, self.key, {"records": self.records, "marks": self.marks})
        else:
            edit.drop_review(self.db, self.key)
        own_write(self.app)
        self.dismiss(self.accepted)


class ReviewApp:
    """``dateline extract FILE`` without --json: the browser opened on the review."""

    def __init__(self, db, results: list[Extraction]) -> None:
        self.db = db
        self.results = results

    def app(self):
        """The browser with a review screen over it for each article (the first on top)."""
        from .app import DatelineApp

        results = self.results

        class _App(DatelineApp):
            def on_mount(self) -> None:
                # Textual calls DatelineApp.on_mount too, after this one (each class's handler,
                # down the MRO): calling it here as well ran it twice, with two store watchers,
                # one of which said "The store changed" after every accept
                self.call_later(self._push_reviews)

            def _push_reviews(self) -> None:
                for r in reversed(results):
                    self.open_review(r)

        return _App(self.db)

    def run(self) -> None:
        self.app().run()
