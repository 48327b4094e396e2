"""The keys that save a reporter minutes: y copies, o opens the link, p shows the source
text; the CLI and the browser search alike (prefix on the last word, OR), and the
browser's result list goes past 50 as you scroll."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from dateline.db import demo, store
from dateline.db.write import write_records
from dateline.tui.cli import main
from dateline.tui.components.search import QuoteSearch
from dateline.tui.components.source import SourceText
from test_app import ORDER, app_for
from textual.widgets import OptionList


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


async def test_y_copies_the_event(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press(*["j"] * ORDER.index("seed-intercept-claim"), "y")
        await pilot.pause()
        assert app.clipboard == (
            "Claim (Russian Defense Ministry): 101 Ukrainian drones intercepted overnight\n"
            "When: “overnight”, the night of 20–21 September 2024, 8 p.m. to 6 a.m. Kyiv time\n"
            "Where: Russia\n"
            "Source: AP, 2024-09-21"
        )


async def test_ctrl_y_in_the_search_copies_the_quote(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash", *"debris")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert isinstance(app.screen, QuoteSearch)
        assert app.clipboard == (
            "“The falling debris of one [drone] caused a fire that spread to explosive objects which detonated” "
            "— Veniamin Kondratyev, Governor of Krasnodar (2024-09-20, AP)"
        )


async def test_o_opens_the_source_link_and_says_when_there_is_none(seed_path, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    path = tmp_path / "linked.jsonl"
    path.write_text(
        json.dumps({"id": "l1", "title": "Linked", "start": "2024-09-19T10:00:00+03:00", "link": "https://ex.org/a"})
        + "\n"
        + json.dumps(
            {"id": "l2", "title": "Unsafe", "start": "2024-09-19T11:00:00+03:00", "link": "file:///etc/passwd"}
        )
        + "\n"
    )
    assert run("--db", seed_path, "import", path).exit_code == 0
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42), notifications=True) as pilot:
        await pilot.press("o", "j", "o")
        await pilot.pause()
        assert opened == ["https://ex.org/a"]
        toasts = [str(t.render()) for t in app.screen.query("Toast")]
        assert any("no web link" in t for t in toasts), toasts


async def test_p_shows_the_source_text_at_the_events_paragraph(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*["j"] * ORDER.index("seed-kharkiv"), "p")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, SourceText)
        here = app.screen.query_one(".-here")
        assert here.id == "para-9" and "Su-34 fighter jets" in str(here.render())
        box = app.screen.query_one("#source-box")
        assert box.scroll_y > 0  # scrolled down to it: the whole paragraph in view
        assert box.region.y <= here.region.y and here.region.bottom <= box.region.bottom
        await pilot.press("escape")
        assert not isinstance(app.screen, SourceText)


def test_the_cli_finds_what_the_browser_finds(seed_path):
    result = run("--db", seed_path, "quotes", "missile")  # a prefix on the last word, as in the browser
    assert result.exit_code == 0 and "tactically obsolete" in result.stdout
    result = run("--db", seed_path, "quotes", "debris OR victory", "--json")
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert any("debris" in t for t in texts) and "victory plan" in texts
    assert run("--db", seed_path, "quotes", "OR").exit_code == 0  # a lone OR is a word


async def test_or_in_the_browser(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash", *"debris OR victory")
        await app.workers.wait_for_complete()
        await pilot.pause()
        # the three quotes with either word, and the events that hold one (/ finds events too)
        kinds = [h.kind for h in app.screen._hits]
        assert kinds.count("quote") == 3 and app.screen.query_one(OptionList).option_count == len(kinds)


@pytest.fixture
def many_quotes(tmp_path):
    path = tmp_path / "many.db"
    with store.new_store_atomically(path) as db:
        write_records(db, demo.records(400, 3))
    return path


async def test_the_result_list_goes_past_50_as_you_scroll(many_quotes):
    app = app_for(many_quotes)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.press("slash", *"said ")
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one(OptionList)
        assert results.option_count == 50
        for _ in range(6):
            await pilot.press("pagedown")
            await app.screen.workers.wait_for_complete()
            await pilot.pause()
        assert results.option_count > 50
        assert "50+" not in str(app.screen.query_one("#search-status").render())


async def test_the_theme_is_kept_between_runs(seed_path, tmp_path):
    from dateline.tui import settings

    app = app_for(seed_path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme != "textual-light"
        app.theme = "textual-light"
        await pilot.pause()
    assert settings.path() == tmp_path / "xdg-config" / "dateline" / "settings.json"
    assert json.loads(settings.path().read_text())["theme"] == "textual-light"
    again = app_for(seed_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"
    settings.path().write_text("{broken")  # a damaged file is no settings, not a crash
    async with app_for(seed_path).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert pilot.app.theme != "textual-light"


def test_or_needs_a_word_on_each_side():
    from dateline.db.search import fts_query

    assert fts_query("drone OR missile") == '"drone" OR "missile"'
    assert fts_query("drone fire OR missile") == '"drone" AND "fire" OR "missile"'
    assert fts_query("drone OR") == '"drone" AND "OR"'  # a dangling OR is a word
    assert fts_query("OR drone") == '"OR" AND "drone"'
    assert fts_query('drone OR "("') == '"drone" AND "OR"'
    assert fts_query("drone or missile") == '"drone" AND "or" AND "missile"'  # only in capitals
