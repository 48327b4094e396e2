"""The histogram (``h``) and the counts under it (``db.counts``)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest
from dateline.db import counts, store
from dateline.tui.app import DatelineApp
from dateline.tui.components.header import StoreHeader
from dateline.tui.components.histogram import Histogram, bar_rows, sparkline
from dateline.tui.components.timeline import TimelineView

KYIV = timezone(timedelta(hours=3))


def screen_text(app: DatelineApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def brute(db, unit: str, first: int, n: int, tz: timezone) -> list[int]:
    """Counts the slow way: every event read and put in its bucket."""
    found: Counter = Counter()
    for start, day in db.execute("SELECT start, day FROM events"):
        if unit == "hour":
            b = counts.bucket_of("hour", datetime.fromisoformat(start), tz)
        else:
            b = counts.bucket_of_day(unit, date.fromisoformat(day))
        found[b] += 1
    return [found[first + i] for i in range(n)]


@pytest.mark.parametrize("unit", counts.UNITS)
def test_counts_match_every_event_counted(seed_db, unit):
    sep20 = datetime(2024, 9, 20, tzinfo=KYIV)
    first = counts.bucket_of(unit, sep20, KYIV) - 30
    got = counts.counts(seed_db, unit, first, 200, KYIV)
    assert got == brute(seed_db, unit, first, 200, KYIV)
    assert sum(got) == 11


def test_day_counts_of_the_seed(seed_db):
    first = date(2024, 9, 19).toordinal()
    assert counts.counts(seed_db, "day", first, 6) == [0, 10, 0, 0, 1, 0]
    # week of Mon 16 Sep holds Fri 20; the Washington visit starts Mon 23, the next week
    assert counts.counts(seed_db, "week", counts.bucket_of_day("week", date(2024, 9, 16)), 2) == [10, 1]
    assert counts.counts(seed_db, "month", 2024 * 12 + 8, 1) == [11]


def test_hours_are_counted_in_the_zone_asked_for(seed_db):
    # six events start at 20:00 Kyiv time on Fri 20 Sep: 17:00 UTC
    at = datetime(2024, 9, 20, 20, tzinfo=KYIV)
    assert counts.counts(seed_db, "hour", counts.bucket_of("hour", at, KYIV), 1, KYIV) == [9]
    assert counts.counts(seed_db, "hour", counts.bucket_of("hour", at, timezone.utc), 1, timezone.utc) == [9]
    assert counts.label("hour", counts.bucket_of("hour", at, KYIV), KYIV) == "20 Sep 20h"


def test_a_filter_narrows_the_counts(seed_db):
    first = date(2024, 9, 20).toordinal()
    assert counts.counts(seed_db, "day", first, 4, where="kind = ?", params=("airstrike",)) == [1, 0, 0, 0]
    assert counts.counts(seed_db, "day", first, 4, where="status = ?", params=("planned",)) == [0, 0, 0, 1]
    at = counts.bucket_of("hour", datetime(2024, 9, 20, 20, tzinfo=KYIV), KYIV)
    assert counts.counts(seed_db, "hour", at, 1, KYIV, "place = ?", ("Kharkiv",)) == [1]


def test_bars_and_sparkline():
    assert sparkline([0, 1, 8, 4]) == " ▁█▄"
    assert bar_rows([8, 4, 0, 1], 2) == ["█   ", "██ ▂"]  # 1/8 of 16 eighths
    assert bar_rows([2], 1, bar_width=3) == ["███"]


def app_for(path) -> DatelineApp:
    return DatelineApp(store.open_store(path))


def histogram(app: DatelineApp) -> Histogram:
    return app.query_one(Histogram)


async def test_h_opens_the_histogram_fitted_to_the_store_with_the_selection_marked(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        assert not histogram(app).display
        await pilot.press("h")
        await pilot.pause()
        h = histogram(app)
        assert h.display and h.has_focus
        text = screen_text(app)
        # the seed's four days fit the width in hours
        assert "events per hour" in text and "20 Sep 00h: 1 event" in text
        assert "╵Fri 20 Sep" in text and "╵Mon 23 Sep" in text and "UTC+03:00" in text
        await pilot.press("minus")
        text = screen_text(app)
        assert "events per day" in text and "Fri 20 Sep 2024: 10 events" in text
        await pilot.press("right", "right", "right")
        assert "Mon 23 Sep 2024: 1 event" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(TimelineView).selected_id == "seed-washington-visit"
        assert histogram(app).selected_bucket == histogram(app).cursor
        await pilot.press("left")
        await pilot.press("enter")
        await pilot.pause()
        assert "No events in Sun 22 Sep 2024" in [n.message for n in app._notifications]
        assert app.query_one(TimelineView).selected_id == "seed-washington-visit"
        await pilot.press("h")
        await pilot.pause()
        assert not histogram(app).display and app.query_one(TimelineView).has_focus


async def test_moving_in_the_timeline_moves_the_histograms_mark(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("h", "minus", "tab")  # tab: back to the timeline
        await pilot.pause()
        if not app.query_one(TimelineView).has_focus:
            app.query_one(TimelineView).focus()
        await pilot.press("G")
        await pilot.pause()
        h = histogram(app)
        assert h.cursor == h.selected_bucket == date(2024, 9, 23).toordinal()
        assert "Mon 23 Sep 2024: 1 event" in screen_text(app)


async def test_zooming_finer_from_the_selection_lands_on_its_hour(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press(*["j"] * 8, "h")  # Kryvyi Rih, overnight from 20:00
        await pilot.press("minus", "minus", "minus", "minus")
        assert "events per year" in screen_text(app)
        await pilot.press("minus")  # no coarser unit: stays
        assert "events per year" in screen_text(app)
        await pilot.press("plus", "plus", "plus", "plus")
        assert "events per hour" in screen_text(app)
        assert "20 Sep 20h: 9 events" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(TimelineView).selected_id == "seed-drone-raid"


async def test_the_histogram_fits_a_narrow_terminal(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        text = screen_text(app)
        # 96 hours do not fit 80 columns: days, four columns each
        assert "events per day" in text and "████" in text
        assert len(text.splitlines()) == 24


async def test_the_header_strip_draws_with_the_histograms_bars(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        header = app.query_one(StoreHeader)
        width = header.size.width - 2
        assert header.bars(width) == sparkline(app.timeline.buckets(width))
        strip = screen_text(app).splitlines()[1]
        assert "█" in strip and "▁" in strip


async def test_escape_closes_the_histogram(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert histogram(app).display
        await pilot.press("escape")
        await pilot.pause()
        assert not histogram(app).display and app.query_one(TimelineView).has_focus


async def test_tab_goes_round_timeline_detail_and_histogram(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        from dateline.tui.components.detail import DetailPane

        assert histogram(app).has_focus
        await pilot.press("tab")
        assert app.query_one(TimelineView).has_focus
        await pilot.press("tab")
        assert app.query_one(DetailPane).has_focus
        await pilot.press("tab")
        assert histogram(app).has_focus


async def test_an_empty_store_and_the_ends_of_time(tmp_path, seed_path):
    path = tmp_path / "empty.db"
    with store.new_store_atomically(path):
        pass
    app = app_for(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert "No events in this store" in screen_text(app)
        await pilot.press("left", "pagedown", "plus", "minus", "enter")
        await pilot.pause()
        assert "No events in this store" in screen_text(app)
    app = app_for(seed_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h", *["minus"] * 4)
        assert "events per year" in screen_text(app)
        h = histogram(app)
        h.cursor, h.first = 9950, 9940  # (as after ~320 pages down)
        await pilot.press(*["pagedown"] * 4)  # past year 9999: stops at the last years dates have
        await pilot.pause()
        assert h.cursor <= 9998 and "9998" in screen_text(app)
        h.cursor, h.first = 40, 30
        await pilot.press(*["pageup"] * 4)
        await pilot.pause()
        assert h.first == 2 and h.cursor >= 2
        await pilot.press(*["plus"] * 4)  # down to hours near year 2
        await pilot.pause()
        assert "events per hour" in screen_text(app)
