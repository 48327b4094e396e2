"""Claims in plain sight: the status on every row in words a monochrome terminal keeps,
the help screen explains every mark, the detail says who claims it, and ``claimed_by``
goes through JSON Lines and CSV."""

from __future__ import annotations

import json

from click.testing import CliRunner
from dateline.tui.cli import main
from dateline.tui.components.help import HelpScreen
from dateline.tui.components.rows import KIND_MARKS
from test_app import ORDER, app_for, detail_text, screen_text


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


async def test_each_claim_says_so_on_its_row_and_by_whom_in_the_detail(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause()
        rows = {line for line in screen_text(app).splitlines() if "│" in line}
        for title in (
            "claimed At least 2,000 tons of weapons",
            "claimed Air defences downed the drones",
            "claimed 101 Ukrainian drones intercepted overnight",
            "planned Zelenskyy to visit Washington",
        ):
            assert any(title in row for row in rows), title
        await pilot.press(*["j"] * ORDER.index("seed-intercept-claim"))
        await pilot.pause()
        assert "interception · claimed by Russian Defense Ministry" in detail_text(app)


async def test_help_explains_every_mark_and_the_strip(seed_path):
    app = app_for(seed_path)
    async with app.run_test(size=(140, 300)) as pilot:  # tall enough to show it all
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for mark in {*KIND_MARKS.values(), "○", "•", "▁▃▇"}:
            assert mark in shown, mark
        for words in ("claimed", "disputed", "planned", "events per day", "selected event's day", "no word"):
            assert words in shown, words


def test_claimed_by_goes_through_json_lines_and_csv(seed_path, tmp_path):
    for fmt in ("jsonl", "csv"):
        out = tmp_path / f"seed.{fmt}"
        assert run("--db", seed_path, "export", "--format", fmt, "-o", out).exit_code == 0
        db = tmp_path / f"again-{fmt}.db"
        result = run("--db", db, "import", "--format", fmt, out)
        assert result.exit_code == 0, result.output
        recs = {json.loads(x)["id"]: json.loads(x) for x in run("--db", db, "events", "--json").stdout.splitlines()}
        assert recs["seed-intercept-claim"]["claimed_by"] == "Russian Defense Ministry"
        assert recs["seed-tons-claim"]["status"] == "claimed"
        assert recs["seed-briefing"]["claimed_by"] is None
    # a CSV may say a claim is disputed, and by whom it is claimed
    csv = tmp_path / "desk.csv"
    csv.write_text("id,title,start,status,claimed_by\nd1,Bridge hit,2024-09-21T03:00:00+03:00,disputed,Both sides\n")
    assert run("--db", seed_path, "import", csv).exit_code == 0
    (rec,) = [json.loads(x) for x in run("--db", seed_path, "events", "--json").stdout.splitlines() if '"d1"' in x]
    assert (rec["status"], rec["claimed_by"]) == ("disputed", "Both sides")
