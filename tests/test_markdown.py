"""The Markdown chronology an editor accepts: a title from the range, day and night
headings, times in words in the source's zone, outlet and link in every source line,
places named once, claims marked at the start, internal fields only when asked, and
text that cannot become markup or reach a terminal as control characters."""

from __future__ import annotations

import io
import json

from click.testing import CliRunner
from dateline.db import formats
from dateline.db.formats import markdown
from dateline.tui.cli import main

NIGHT = ("--from", "2024-09-20 18:00", "--to", "2024-09-21 08:00")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def night(seed_path, *more) -> str:
    result = run("--db", seed_path, "export", "--format", "markdown", *NIGHT, *more)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_title_and_headings_come_from_the_range_days_and_nights(seed_path):
    text = night(seed_path)
    assert text.startswith("# Night of 20–21 September 2024\n")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## Friday 20 September 2024", "## Night of 20–21 September 2024"]
    everything = run("--db", seed_path, "export", "--format", "markdown").stdout
    assert everything.startswith("# 20–29 September 2024\n")
    assert "## Week of 23–29 September 2024" in everything
    day = run("--db", seed_path, "export", "--format", "markdown", "--from", "2024-09-20", "--to", "2024-09-20")
    assert day.stdout.startswith("# Friday 20 September 2024\n")


def test_times_in_words_in_the_sources_zone(seed_path):
    text = night(seed_path)
    assert "- **When:** “overnight on Saturday”, the night of 20–21 September 2024, 8 p.m. to 6 a.m. Kyiv time" in text
    assert "- **When:** “in a press briefing on Friday”, Friday 20 September 2024\n" in text
    assert "+03:00" not in text and "T20:00" not in text


def test_claims_are_marked_at_the_start_by_whom(seed_path):
    text = night(seed_path)
    assert "### Claim (Russian Defense Ministry): 101 Ukrainian drones intercepted overnight" in text
    assert "### Claim (Ukrainian General Staff): At least 2,000 tons of weapons destroyed" in text
    assert "### Ammunition depot burns in Tikhoretsk\n" in text  # the fact, not a claim
    everything = run("--db", seed_path, "export", "--format", "markdown").stdout
    assert "### Planned: Zelenskyy to visit Washington with his victory plan" in everything


def test_places_once_and_the_outlet_in_every_source_line(seed_path):
    text = night(seed_path)
    assert "- **Where:** Tver and Krasnodar regions; occupied Crimea\n" in text
    assert "- **Where:** Kharkiv, Ukraine\n" in text  # not "Kharkiv, Kharkiv region, Ukraine"
    assert "- **Where:** Russia\n" in text  # the interception claim: not "Russia, Russia"
    sources = [line for line in text.splitlines() if line.startswith("Source:")]
    assert len(sources) == text.count("\n### ")
    assert all(line.startswith("Source: AP, 21 Sep 2024, “Zelenskyy hopes") for line in sources)


def test_internal_fields_only_with_fields(seed_path):
    text = night(seed_path)
    for internal in ("seed-", "**Kind:**", "(night)", "paragraph", "the article gives no date words"):
        assert internal not in text, internal
    full = night(seed_path, "--with-fields")
    assert "- **Id:** seed-kharkiv" in full and "- **Kind:** airstrike" in full
    assert "- **date:** the article gives no date words" in full


def test_a_link_is_written_when_it_is_http(tmp_path):
    lines = [
        {"id": "a", "title": "A", "start": "2024-09-21T10:00:00+03:00", "source": "Desk", "link": "https://ex.org/a"},
        {
            "id": "b",
            "title": "B",
            "start": "2024-09-21T11:00:00+03:00",
            "source": "Desk",
            "link": "javascript:alert(1)",
        },
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    db = tmp_path / "s.db"
    assert run("--db", db, "import", path).exit_code == 0
    text = run("--db", db, "export", "--format", "markdown").stdout
    assert "Source: Desk, <https://ex.org/a>" in text
    assert "javascript" not in text
    assert "- **When:** Saturday 21 September 2024, 10 a.m. UTC+03:00" in text


def test_active_characters_are_escaped_and_controls_never_written():
    rec = {
        "title": "[Reuters] *breaking* <script>alert(1)</script> \x1b]52;c;aGk=\x07\x9b2J",
        "start": "2024-09-21T00:00:00+00:00",
        "end": "2024-09-22T00:00:00+00:00",
        "precision": "day",
        "summary": "## not a heading\n- not a list\n1. not a list\n[link](javascript:x) & AT&amp;T `code` _x_ |t|",
        "place": "Kyiv\x85",
        "quotes": [{"text": "> nested\n\x07bell", "speaker": "S [x]"}],
    }
    out = io.StringIO()
    markdown.write([rec], out)
    text = out.getvalue()
    assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in text)
    assert "### \\[Reuters\\] \\*breaking\\* \\<script\\>alert(1)\\</script\\>" in text
    assert "\n\\## not a heading\n\\- not a list\n1\\. not a list\n" in text
    assert "\\[link\\](javascript:x) \\& AT\\&amp;T \\`code\\` \\_x\\_ \\|t\\|" in text
    assert "> \\> nested\n> bell\n>\n> — S \\[x\\]" in text


def test_the_readme_example_is_what_the_export_writes(seed_path):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    begin = readme.index("```markdown\n# Night of 20–21 September 2024") + len("```markdown\n")
    example = readme[begin : readme.index("```\n", begin)]
    assert night(seed_path) == example


def test_export_keeps_its_count_and_selection(seed_db):
    out = io.StringIO()
    assert formats.export(seed_db, "markdown", out, ids=["seed-kharkiv", "seed-briefing"]) == 2
    assert out.getvalue().count("\n### ") == 2


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@settings(max_examples=200, deadline=None)
@given(title=TEXT, summary=TEXT, quote=TEXT, speaker=TEXT, place=TEXT)
def test_no_text_becomes_markup_or_a_control_character(title, summary, quote, speaker, place):
    rec = {
        "title": title or "t",
        "start": "2024-09-21T00:00:00+03:00",
        "end": "2024-09-22T00:00:00+03:00",
        "precision": "day",
        "summary": summary,
        "place": place,
        "quotes": [{"text": quote or "q", "speaker": speaker}],
        "source": speaker,
        "link": summary,
    }
    out = io.StringIO()
    markdown.write([rec], out, title=title or None)
    text = out.getvalue()
    assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in text)
    for line in text.splitlines():
        body = line[2:] if line.startswith("> ") else line
        # only the writer's own headings, list items and block quotes start a line so
        assert not body.startswith(("#", "-", "+", "=", "<", "`", "~~~")) or line.startswith(
            ("# ", "## ", "### ", "- **")
        ), line
        assert "<" not in body or body.startswith("Source:") and "<http" in body or "\\<" in body, line
