"""The map (``m``), its counts per cell (``db.geo``) and the ``geocells`` table."""

from __future__ import annotations

import pytest
from dateline.db import geo, schema, store
from dateline.db.write import write_records
from dateline.tui.app import DatelineApp
from dateline.tui.components.detail import DetailPane
from dateline.tui.components.map import MapView, is_land
from dateline.tui.components.timeline import TimelineView

UKRAINE = geo.Box(44.0, 22.0, 57.0, 41.0)  # Kyiv to Toropets, Kryvyi Rih to Tikhoretsk
WORLD = geo.Box(-90.0, -180.0, 90.0, 180.0)


def screen_text(app: DatelineApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def map_text(app: DatelineApp) -> str:
    """What the map pane shows (the timeline beside it has places and ◆ marks too)."""
    return app.query_one(MapView).text()


def brute_cells(db, box: geo.Box, rows: int, cols: int, where: str = "1", params=()) -> dict:
    """Counts per cell the slow way: every located event read and placed."""
    out: dict = {}
    dy, dx = (box.north - box.south) / rows, (box.east - box.west) / cols
    for lat, lon in db.execute(f"SELECT lat, lon FROM events WHERE lat IS NOT NULL AND ({where})", params):
        y, x = int((box.north - lat) / dy), int((lon - box.west) / dx)
        if 0 <= y < rows and 0 <= x < cols:
            out[y, x] = out.get((y, x), 0) + 1
    return out


def test_the_land_mask_knows_land_from_sea():
    assert is_land(50.45, 30.52)  # Kyiv
    assert is_land(38.9, -77.04)  # Washington
    assert not is_land(45.0, -30.0)  # the Atlantic
    assert not is_land(43.5, 34.0)  # the Black Sea
    assert not is_land(0.0, 0.0)


@pytest.mark.parametrize("rows, cols", [(10, 20), (37, 82), (3, 3)])
def test_cells_count_what_every_event_counted_gives(seed_db, rows, cols):
    got = geo.cells(seed_db, UKRAINE, rows, cols)
    assert sum(got.values()) == 7  # the located events but Washington
    # the cells agree with the events placed one by one, up to a cell (geocells are 0.1°)
    brute = brute_cells(seed_db, UKRAINE, rows, cols)
    assert sorted(got.values()) == sorted(brute.values())
    for y, x in got:
        assert any(abs(y - by) <= 1 and abs(x - bx) <= 1 for by, bx in brute)


def test_a_filter_goes_to_the_events(seed_db):
    got = geo.cells(seed_db, UKRAINE, 20, 40, where="kind = ?", params=("airstrike",))
    assert got == brute_cells(seed_db, UKRAINE, 20, 40, "kind = ?", ("airstrike",)) and sum(got.values()) == 1
    assert geo.outside(seed_db, UKRAINE, "status = ?", ("planned",)) == {(-1, -1): 1}  # Washington, south-west


def test_outside_counts_by_direction(seed_db):
    assert geo.outside(seed_db, UKRAINE) == {(-1, -1): 1}
    assert geo.outside(seed_db, WORLD) == {}
    east = geo.outside(seed_db, geo.Box(30.0, -100.0, 60.0, 0.0))
    assert east == {(0, 1): 7}


def test_fit_leaves_the_far_event_out(seed_db):
    box, left_out = geo.fit(geo.located(seed_db))
    assert left_out == 1
    assert box is not None and 45 < box.south and box.north < 57 and 30 < box.west and box.east < 41
    # a store whose events are all far apart keeps them all
    box, left_out = geo.fit([(0.0, 0.0, 1), (50.0, 50.0, 1), (-40.0, 120.0, 1)])
    assert left_out == 0 and box == geo.Box(-40.0, 0.0, 50.0, 120.0)
    assert geo.fit([]) == (None, 0)


def geocells(db) -> dict:
    return {(r, c): n for r, c, n in db.execute("SELECT r, c, n FROM geocells")}


def recounted(db) -> dict:
    row = schema.GEO_ROW.replace("new.", "")
    col = schema.GEO_COL.replace("new.", "")
    sql = f"SELECT {row}, {col}, count(*) FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2"
    return {(r, c): n for r, c, n in db.execute(sql)}


def test_geocells_stay_in_step_with_the_events(seed_path):
    db = store.open_store(seed_path, write=True)
    assert geocells(db) == recounted(db) and sum(geocells(db).values()) == 8
    write_records(db, [("x:1", {"id": "new", "title": "New", "start": "2024-09-22", "lat": 50.0, "lon": 30.0})])
    assert geocells(db) == recounted(db) and sum(geocells(db).values()) == 9
    with db.conn:
        db.execute("UPDATE events SET lat = 10.0 WHERE id = 'new'")
        db.execute("UPDATE events SET lat = NULL WHERE id = 'seed-kharkiv'")
        db.execute("UPDATE events SET lat = 47.0, lon = 37.0 WHERE id = 'seed-intercept-claim'")
        db.execute("DELETE FROM events WHERE id = 'seed-toropets'")
    assert geocells(db) == recounted(db) and sum(geocells(db).values()) == 8
    db.close()


def test_a_v2_store_gets_its_geocells_when_migrated(tmp_path):
    path = tmp_path / "v2.db"
    db = store._connect(path)
    for v in (1, 2):
        schema.MIGRATIONS[v](db)
    db.execute("PRAGMA user_version = 2")
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    with db.conn:  # as a v2 store holds it (today's writer writes columns v2 has not)
        db.execute(
            "INSERT INTO events (id, title, start, [end], t0, t1, day, lat, lon) VALUES "
            "('a', 'A', '2024-09-22T00:00:00+00:00', '2024-09-23T00:00:00+00:00', 1726963200, 1727049600, "
            "'2024-09-22', 50.45, 30.52)"
        )
    db.close()
    # read-only, a v2 store is not migrated: the map counts from the events
    db = store.open_store(path)
    assert schema.version(db) == 2
    assert geo.cells(db, UKRAINE, 10, 10) == {(5, 4): 1} and geo.outside(db, geo.Box(0, 0, 10, 10)) == {(1, 1): 1}
    assert geo.located(db) == [(pytest.approx(50.45), pytest.approx(30.55), 1)]
    db.close()
    db = store.open_store(path, write=True)
    assert schema.version(db) == schema.SCHEMA_VERSION
    assert geocells(db) == {(1404, 2105): 1}
    db.close()


EDGES = [
    (-90.0, -180.0),
    (90.0, 180.0),
    (89.95, 179.99),
    (-0.04, -0.04),
    (0.0, 0.0),
    (50.45, 30.52),
    (1e308, -1e308),
    (-95.0, 190.0),
    (-1e308, 1e308),
]


@pytest.mark.parametrize("repeat", [False, True])
def test_a_bulk_load_counts_the_cells_a_scan_of_the_events_would(tmp_path, repeat):
    """An import into a new store counts the map's cells as it writes (no scan at the end):
    the same cells as the scan, at the poles, the date line, just below zero and off the
    map; an id written twice falls back to the scan."""
    records = [
        (f"f:{i}", {"id": f"e{i}", "title": "T", "start": "2024-09-22", "lat": lat, "lon": lon})
        for i, (lat, lon) in enumerate(EDGES)
    ]
    if repeat:
        records.append(("f:99", {"id": "e5", "title": "T", "start": "2024-09-22", "lat": -33.9, "lon": 18.4}))
    path = tmp_path / "new.db"
    with store.new_store_atomically(path) as db:
        write_records(db, records, bulk=True)
    db = store.open_store(path)
    assert geocells(db) == recounted(db)
    assert sum(geocells(db).values()) == len(EDGES)
    db.close()


def app_for(path) -> DatelineApp:
    return DatelineApp(store.open_store(path))


def map_view(app: DatelineApp) -> MapView:
    return app.query_one(MapView)


async def open_map(pilot, *keys: str) -> None:
    await pilot.press(*keys, "m")
    await pilot.pause()
    await pilot.pause()


async def test_m_shows_the_map_in_the_details_place_fitted_to_the_events(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await open_map(pilot, *["j"] * 8)  # Kryvyi Rih
        m = map_view(app)
        assert m.display and m.has_focus and not app.query_one(DetailPane).display
        text = map_text(app)
        assert "7 events in view · 1 outside" in text
        assert "◆ Kryvyi Rih" in text
        assert "↙ 1" in text and "Washington" not in text  # only the selected far event is named
        await pilot.press("m")
        await pilot.pause()
        assert not m.display and app.query_one(DetailPane).display
        assert app.query_one(TimelineView).has_focus


async def test_the_far_event_selected_is_named_at_the_edge(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await open_map(pilot, "G")
        text = map_text(app)
        assert "↙ 1 Washington" in text and "◆" not in text
        await pilot.press("minus", "minus", "minus", "minus", "minus")  # zoom out to the world
        await pilot.pause()
        text = map_text(app)
        assert "8 events in view" in text and "◆ Washington" in text and "↙" not in text
        await pilot.press("0")
        assert "↙ 1 Washington" in map_text(app)


async def test_moving_in_the_timeline_moves_the_mark(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await open_map(pilot)
        assert "◆ Kyiv" in map_text(app)
        await pilot.press("j", "j", "j")  # j/k on the map move the timeline (past the raid and its claim)
        await pilot.pause()
        assert app.query_one(TimelineView).selected_id == "seed-toropets"
        assert "◆ Toropets" in map_text(app) and "◆ Kyiv" not in map_text(app)
        await pilot.press("j")
        await pilot.pause()
        assert "◆ Tikhoretsk" in map_text(app) and "gazetteer" not in map_text(app)
        await pilot.press("j")  # the state media's version of Tikhoretsk: the same place
        await pilot.pause()
        assert "◆ Tikhoretsk" in map_text(app)
        await pilot.press("j")  # the evacuation near Tikhoretsk: placed by the gazetteer
        await pilot.pause()
        assert "◆ near Tikhoretsk" in map_text(app) and "placed by the gazetteer" in map_text(app)
        await pilot.press("j")  # the intercept claim: "Russia", no coordinates
        await pilot.pause()
        assert "selected: no coordinates" in map_text(app) and "◆" not in map_text(app)
        await pilot.press("tab")  # to the timeline, and back
        assert app.query_one(TimelineView).has_focus
        await pilot.press("k")
        await pilot.pause()
        assert "◆ near Tikhoretsk" in map_text(app)
        await pilot.press("tab")
        assert map_view(app).has_focus


async def test_enter_selects_the_mark_at_the_crosshair_and_a_click_selects_a_mark(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await open_map(pilot)
        m = map_view(app)
        # centre the view on Kharkiv, then enter
        m.lat, m.lon = 49.9935, 36.2304
        m.refresh()
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(TimelineView).selected_id == "seed-kharkiv"
        # a click on Toropets' mark
        marks, _ = m.counts()
        box = m.box()
        y = int((box.north - 56.4966) / (box.north - box.south) * m.rows)
        x = int((31.6354 - box.west) / (box.east - box.west) * m.cols)
        assert (y, x) in marks
        await pilot.click(MapView, offset=(x + 1, y + 2))  # the border, the title line
        await pilot.pause()
        assert app.query_one(TimelineView).selected_id == "seed-toropets"
        # nothing near the crosshair: says so, selects nothing
        m.lat, m.lon = 0.0, -30.0
        m.refresh()
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(TimelineView).selected_id == "seed-toropets"
        assert any("No mark near the crosshair" in n.message for n in app._notifications)


async def test_zoom_pan_and_fit(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await open_map(pilot)
        m = map_view(app)
        fitted = (m.lat, m.lon, m.scale)
        await pilot.press("plus")
        assert m.scale == pytest.approx(fitted[2] / 2)
        await pilot.press("minus", "minus")
        assert m.scale == pytest.approx(fitted[2] * 2)
        await pilot.press("right")
        assert m.lon > fitted[1]
        await pilot.press("up")
        assert m.lat > fitted[0]
        await pilot.press("0")
        assert (m.lat, m.lon, m.scale) == pytest.approx(fitted)
        await pilot.press("escape")
        await pilot.pause()
        assert not m.display


async def test_the_map_fits_a_narrow_terminal(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_map(pilot)
        assert "events in view" in map_text(app) and "◆ Kyiv" in map_text(app)
        assert len(screen_text(app).splitlines()) == 24


async def test_a_store_without_coordinates_shows_the_world_and_says_so(tmp_path):
    path = tmp_path / "empty.db"
    with store.new_store_atomically(path) as db:
        write_records(db, [("x:1", {"id": "a", "title": "Somewhere", "start": "2024-09-22", "place": "Atlantis"})])
    app = app_for(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_map(pilot)
        text = map_text(app)
        assert "0 events in view · no event has coordinates" in text
        assert any("\u2800" < ch <= "\u28ff" for ch in text)  # the world's coasts
        await pilot.press("enter", "plus", "0")
        await pilot.pause()
        assert "no event has coordinates" in map_text(app)


async def test_the_map_opened_from_the_command_palette_is_fitted_as_by_m(seed_path):
    """The palette keeps the main screen from being laid out until it closes: the map
    opened from it was fitted to no size (all 8 events 'in view', coasts as lines across
    the pane); it is fitted again once it has its size, as long as nobody panned or zoomed."""
    by_key = DatelineApp(store.open_store(seed_path))
    async with by_key.run_test(size=(140, 42)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        expected = map_text(by_key)
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", "m", "a", "p")
        await pilot.pause(0.5)  # the palette's search
        await pilot.press("enter")
        await pilot.pause()
        assert "7 events in view · 1 outside" in map_text(app)
        assert map_text(app) == expected
        await pilot.press("plus")  # zoomed by hand: a new size keeps the view
        await pilot.pause()
        zoomed = app.query_one(MapView).scale
        await pilot.resize_terminal(150, 42)
        await pilot.pause()
        assert app.query_one(MapView).scale == zoomed
