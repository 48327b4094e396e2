"""The browser's editing keys (n, E, x, u) and the review screen (i), with Pilot."""

from __future__ import annotations

from pathlib import Path

from dateline.db import edit, store
from dateline.tui.app import DatelineApp
from dateline.tui.components.eventform import Confirm, EventForm
from dateline.tui.review import ReviewScreen
from test_app import detail_text
from textual.widgets import Input, Label

ARTICLE = Path(__file__).parent.parent / "db" / "seed" / "article.txt"


async def select(pilot, app, event_id: str) -> None:
    assert app.timeline_view.select_event(event_id)
    await pilot.pause()


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Label).render())


async def review(pilot, app, article: Path, published: str, tz: str) -> None:
    """Open the review of ``article`` in the running app, as `i` does."""
    await pilot.pause()
    app.review_file(str(article), published, tz)
    await pilot.pause()


async def set_input(pilot, app, selector: str, value: str) -> None:
    box = app.screen.query_one(selector, Input)
    box.value = value
    await pilot.pause()


async def test_form_shows_the_date_live_refuses_a_bad_one_and_saves(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await select(pilot, app, "seed-kharkiv")
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        assert "night of 20–21 Sep 2024" in text_of(app, "#form-when")  # its stored date
        await set_input(pilot, app, "#f-date_text", "next week")
        assert "week of Mon 23 Sep – Sun 29 Sep 2024" in text_of(app, "#form-when")
        await set_input(pilot, app, "#f-date_text", "the twelfth of never")
        assert "✗ cannot read date 'the twelfth of never'" in text_of(app, "#form-when")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EventForm)  # not saved, said in place
        assert text_of(app, "#form-status").startswith("Not saved: cannot read date")
        assert edit.record(app.db, "seed-kharkiv")["date_text"] is None
        await set_input(pilot, app, "#f-date_text", "late on Friday")
        await set_input(pilot, app, "#f-injured", "16")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EventForm)
        rec = edit.record(app.db, "seed-kharkiv")
        assert (rec["date_text"], rec["start"], rec["injured"]) == ("late on Friday", "2024-09-20T18:00:00+03:00", 16)
        assert edit.is_edited(app.db, "seed-kharkiv")
        assert app.timeline_view.selected_id == "seed-kharkiv"
        await pilot.press("tab", "enter")  # enter on the detail edits too
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        assert app.screen.query_one("#f-date_text", Input).value == "late on Friday"


async def test_new_event_then_remove_and_undo(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await set_input(pilot, app, "#f-title", "Power cut in Kyiv")
        await set_input(pilot, app, "#f-date_text", "on Thursday")
        app.screen.query_one("#f-quotes").text = "Vitali Klitschko (mayor of Kyiv): Crews are working"
        await pilot.press("ctrl+s")
        await pilot.pause()
        new_id = app.timeline_view.selected_id
        rec = edit.record(app.db, new_id)
        assert rec["title"] == "Power cut in Kyiv" and rec["start"].startswith("2024-09-19")
        assert rec["quotes"] == [{"text": "Crews are working", "speaker": "Vitali Klitschko", "role": "mayor of Kyiv"}]

        await select(pilot, app, "seed-toropets")
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")  # no: nothing removed
        await pilot.pause()
        assert edit.record(app.db, "seed-toropets") is not None
        await pilot.press("x", "y")
        await pilot.pause()
        assert edit.record(app.db, "seed-toropets") is None
        await pilot.press("u")
        await pilot.pause()
        assert edit.record(app.db, "seed-toropets")["title"] == "Missile depot near Toropets destroyed"
    # undo goes on after a restart: the new event is taken back next
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("u")
        await pilot.pause()
        assert edit.record(app.db, new_id) is None


async def test_review_accept_drop_leave_and_come_back(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        for ch in f"{ARTICLE} --published 2024-09-21 --tz Europe/Kyiv --source AP":
            await pilot.press(ch if ch != " " else "space")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        first = screen.records[0]
        assert "overnight on Saturday" in str(screen.query_one("#review-detail").render())
        await pilot.press("a")
        await pilot.pause()
        stored = edit.record(app.db, first["id"])
        assert stored is not None and stored["quotes"][0]["speaker"] == "Ukrainian General Staff"
        assert screen.marks[:2] == ["accepted", "waiting"]
        await pilot.press("d")
        await pilot.pause()
        assert screen.marks[1] == "dropped" and edit.record(app.db, screen.records[1]["id"]) is None
        await pilot.press("e")  # the third draft, edited before it is accepted
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        await set_input(pilot, app, "#f-title", "Zelenskyy briefs reporters")
        await set_input(pilot, app, "#f-date_text", "on Friday afternoon")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        assert screen.records[2]["title"] == "Zelenskyy briefs reporters"
        assert screen.records[2]["start"] == "2024-09-20T12:00:00+03:00"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen)
        assert edit.load_review(edit.writer(app.db), str(ARTICLE))["marks"][:2] == ["accepted", "dropped"]
        app.review_file(str(ARTICLE), "2024-09-21", "Europe/Kyiv", "AP")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.marks[:2] == ["accepted", "dropped"]
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("y")
        await pilot.pause()
        assert screen.marks.count("accepted") == len(screen.records) - 1
        for rec in screen.records[2:]:
            assert edit.record(app.db, rec["id"]) is not None


def _form_with(date_words: str):
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        app.timeline_view.select_event("seed-kharkiv")
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("tab", *["space" if c == " " else c for c in date_words])
        await pilot.pause()

    return run_before


def test_snapshot_form_live_date(snap_compare, seed_path):
    assert snap_compare(
        DatelineApp(store.open_store(seed_path)), terminal_size=(140, 42), run_before=_form_with("late on Friday")
    )


def test_snapshot_form_bad_date(snap_compare, seed_path):
    async def run_before(pilot) -> None:
        await _form_with("the twelfth of never")(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(DatelineApp(store.open_store(seed_path)), terminal_size=(80, 24), run_before=run_before)


def test_snapshot_remove_confirmation(snap_compare, seed_path):
    async def run_before(pilot) -> None:
        await pilot.pause()
        pilot.app.timeline_view.select_event("seed-toropets")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()

    assert snap_compare(DatelineApp(store.open_store(seed_path)), terminal_size=(140, 42), run_before=run_before)


async def test_extract_without_json_opens_the_review(seed_path):
    from dateline.db.extract.run import extract_file
    from dateline.tui.review import ReviewApp

    result = extract_file(ARTICLE, "2024-09-21", "Europe/Kyiv", "AP")
    app = ReviewApp(store.open_store(seed_path), [result]).app()
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert len(app.screen.records) == len(result.drafts)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen)


async def test_a_change_is_counted_again_by_the_open_histogram_and_the_form_keeps_the_claimant(seed_path):
    from dateline.tui.components.histogram import Histogram

    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await select(pilot, app, "seed-intercept-claim")
        await pilot.press("h")
        await pilot.pause()
        histogram = app.query_one(Histogram)
        before = sum(histogram.values())
        await select(pilot, app, "seed-intercept-claim")
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        assert app.screen.query_one("#f-claimed_by", Input).value == "Russian Defense Ministry"
        await set_input(pilot, app, "#f-claimed_by", "Russian MoD")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert edit.record(app.db, "seed-intercept-claim")["claimed_by"] == "Russian MoD"
        await pilot.press("x", "y")
        await pilot.pause()
        assert edit.record(app.db, "seed-intercept-claim") is None
        assert sum(histogram.values()) == before - 1  # not the count from before the removal


async def test_the_form_says_what_is_wrong_in_its_own_field_names_and_goes_there(seed_path):
    """A store check names fields as the form does ("needs Start or Date", not 'start' or
    'date_text', which no box shows) and puts the cursor in the field to put right; the
    date read from the words is shown whole, wrapped, not cut at the box's edge."""
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await set_input(pilot, app, "#f-title", "Shelling of Kupiansk")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert text_of(app, "#form-status") == "Not saved: no date: needs Start or Date"
        assert app.focused is app.screen.query_one("#f-date_text", Input)
        await set_input(pilot, app, "#f-date_text", "late on Tuesday")
        await set_input(pilot, app, "#f-killed", "-5")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert text_of(app, "#form-status") == "Not saved: Killed must not be negative"
        assert app.focused is app.screen.query_one("#f-killed", Input)
        shown = "".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "2024-09-17T18:00:00+03:00" in shown and "2024-09-18T00:00:00+03:00" in shown
        await set_input(pilot, app, "#f-status", "bogus")
        await set_input(pilot, app, "#f-killed", "")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert text_of(app, "#form-status").startswith("Not saved: Status must be one of happened")
        assert app.focused is app.screen.query_one("#f-status", Input)


async def test_an_accepted_articles_source_is_named_once_in_the_detail(seed_path, tmp_path):
    """A plain-text article has no site: its file's name is both the publisher and the
    source's name, and the detail said it twice ('afp-gaza.txt, afp-gaza.txt, …')."""
    article = tmp_path / "afp-gaza.txt"
    article.write_text(
        "GAZA CITY (AFP) - An Israeli air strike on a school in Gaza City killed at least 22 people"
        " on Mar. 20, according to the civil defence agency.\n",
        encoding="utf-8",
    )
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await review(pilot, app, article, "2024-09-24", "Europe/Kyiv")
        assert isinstance(app.screen, ReviewScreen)
        accepted = app.screen.records[0]["id"]
        await pilot.press("a", "escape")
        await pilot.pause()
        await select(pilot, app, accepted)
        shown = detail_text(app)
        assert "afp-gaza.txt, 2024-09-24" in shown and "afp-gaza.txt, afp-gaza.txt" not in shown


async def test_an_article_that_cannot_be_reviewed_is_said_in_one_plain_line(seed_path, tmp_path):
    """'Cannot review ~/x.txt: [Errno 2] No such file or directory: '/root/x.txt'' named the
    file twice in Python's words; an article without a date named its path twice too."""
    undated = tmp_path / "undated.txt"
    undated.write_text("Russian forces struck the port on Tuesday, officials said.\n", encoding="utf-8")
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42), notifications=True) as pilot:
        await pilot.pause()
        app.review_file(str(tmp_path / "missing.txt"))
        app.review_file(str(undated))
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert said == [
            f"Cannot review {tmp_path / 'missing.txt'}: no such file or directory",
            f"Cannot review {undated}: no publication date in the file; give one with --published WHEN"
            " (e.g. --published 2024-09-21)",
        ]
        assert not isinstance(app.screen, ReviewScreen)


async def test_the_reviews_title_ends_with_an_ellipsis_when_it_is_too_long(seed_path, tmp_path):
    """A saved page's title or a long file name: the review's title line was cut at the
    terminal's edge, mid-word, with no sign that more was there."""
    article = tmp_path / ("a-very-long-file-name-for-an-article-about-the-overnight-strikes" + ".txt")
    article.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await review(pilot, app, article, "2024-09-21", "Europe/Kyiv")
        top = "".join(strip.text for strip in app.screen._compositor.render_strips()[:1]).rstrip()
        assert top.startswith("Review: a-very-long-file-name") and top.endswith("…"), top


async def test_accepting_in_dateline_extract_is_not_taken_for_another_processs_change(seed_path):
    """The review app ran the browser's on_mount twice (once by Textual, once by hand): two
    store watchers, and the orphaned one said "The store changed" after each accept."""
    from dateline.db.extract.run import extract_file
    from dateline.tui.review import ReviewApp

    result = extract_file(ARTICLE, "2024-09-21", "Europe/Kyiv", "AP")
    app = ReviewApp(store.open_store(seed_path), [result]).app()
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("a")
        await pilot.pause(2.5)  # the watcher looks once a second
        said = [n.message for n in app._notifications]
        assert any(m.startswith("Accepted 1 event") for m in said), said
        assert not [m for m in said if m.startswith("The store changed")], said


async def test_escape_on_a_changed_form_asks_before_losing_what_was_typed(seed_path):
    """A stray escape closed the form at once: a new event typed in, or an edit, was lost."""
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("n", "escape")  # nothing typed: closes at once
        await pilot.pause()
        assert len(app.screen_stack) == 1
        await pilot.press("n")
        await pilot.pause()
        await set_input(pilot, app, "#f-title", "Power cut in Kyiv")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert "without saving" in text_of(app, "#confirm-question")
        await pilot.press("escape")  # no: back to the form, as typed
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        assert app.screen.query_one("#f-title", Input).value == "Power cut in Kyiv"
        await pilot.press("escape", "y")  # yes: closed, nothing written
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert "Power cut in Kyiv" not in "".join(str(app.timeline_view.timeline.line(y)) for y in range(20))
        await select(pilot, app, "seed-kharkiv")
        await pilot.press("E", "escape")  # an edit opened and left as it was: closes at once
        await pilot.pause()
        assert len(app.screen_stack) == 1
    assert edit.record(app.db, "seed-kharkiv")["title"] == "Russian airstrikes injure at least 15 in Kharkiv"


async def test_saving_the_form_keeps_what_was_not_touched_as_stored(seed_path):
    """The form showed a summary's paragraphs on one line and read an ISO interval's
    precision again: saving a new title flattened the summary and made a weekend a
    "day"; saving with nothing changed marked the event edited by hand all the same
    (so a later import of its file would leave it alone)."""
    db = store.open_store(seed_path, write=True)
    rec = edit.record(db, "seed-kharkiv")
    rec.update(summary="First paragraph.\n\nSecond\u00a0paragraph.", date_text=None)
    rec.update(start="2024-09-21T00:00:00+03:00", end="2024-09-23T00:00:00+03:00", precision="weekend")
    edit.save(db, rec, event_id="seed-kharkiv")
    db.execute("DELETE FROM edited")  # as imported: not edited by hand
    db.conn.commit()
    db.close()
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await select(pilot, app, "seed-kharkiv")
        before = edit.record(app.db, "seed-kharkiv")
        assert before["precision"] == "weekend"
        await pilot.press("E", "ctrl+s")  # nothing changed: nothing written
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert "Nothing changed: not saved" in [n.message for n in app._notifications]
        assert not edit.is_edited(app.db, "seed-kharkiv") and edit.record(app.db, "seed-kharkiv") == before
        await pilot.press("E")
        await pilot.pause()
        await set_input(pilot, app, "#f-title", "Airstrikes injure 15 in Kharkiv")
        await pilot.press("ctrl+s")
        await pilot.pause()
        after = edit.record(app.db, "seed-kharkiv")
        assert after["title"] == "Airstrikes injure 15 in Kharkiv"
        assert after["summary"] == "First paragraph.\n\nSecond\u00a0paragraph."
        assert (after["start"], after["end"], after["precision"]) == (before["start"], before["end"], "weekend")
        assert after["quotes"] == before["quotes"] and after["actors"] == before["actors"]


async def test_the_reviews_toll_says_only_the_counts_the_article_gives(seed_path, tmp_path):
    """Xinhua, 8 August 1998: "the bomb blasts which killed scores of people and injured more
    than 1,000 others": the review said "0 killed, 1000 injured"."""
    article = tmp_path / "xinhua.txt"
    article.write_text(
        "JOHANNESBURG, August 7 (Xinhua) -- South Africa deplored Friday the bomb blasts which killed scores"
        " of people and injured more than 1,000 others outside embassies in Kenya and Tanzania.\n",
        encoding="utf-8",
    )
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await review(pilot, app, article, "1998-08-08", "Africa/Johannesburg")
        assert isinstance(app.screen, ReviewScreen)
        shown = str(app.screen.query_one("#review-detail").render())
        assert "toll   1000 injured" in shown and "0 killed" not in shown
