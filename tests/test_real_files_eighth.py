"""Real files of the eighth pass (tests/data/real and refused, their sources in
tests/data/README.md): what a user gets from each, beyond importing whole and
round-tripping (tests/test_real_files.py does that for every file in the folder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dateline.db import formats
from importing import error_line, refused_import
from test_real_files_tools import REAL, REFUSED, events, export, load, run  # the earlier passes' helpers

# --------------------------------------------------------------------------- TimelineJS as a script


def test_timelinejs_object_handed_to_the_constructor_with_template_strings(tmp_path):
    """A CV's script hands its object to TimelineJS itself (``timeline = new
    TL.Timeline('timeline-embed', {"events": [...]})``), its texts written as template
    strings over several lines (`` `...` ``, nothing computed in them): was taken for a
    CSV ("5 fields but the header names 1"); now read, each slide on its own line."""
    path = REAL / "timelinejs-js-call-object-template-strings.js"
    assert formats.detect(path) == "timelinejs"
    pairs = list(formats.read(path))
    assert [where.rsplit(":", 1)[1] for where, _ in pairs] == ["2", "24", "46", "68", "90", "112", "134"]
    recs = {r["title"]: r for r in load(tmp_path / "t.db", path)}
    editor = recs["Java 2D Level Editor"]
    assert editor["start"] == "2009-04-01T00:00:00+00:00" and editor["precision"] == "month"
    assert editor["summary"] == "A student project for my first Java course!\n\nGitHub\n\nJava | Swing"
    assert editor["attrs"]["media_url"] == "./projects/java/PE3_Editor.mp4"
    engene = recs["Engene"]  # an <iframe> as the media (TimelineJS shows the page): it was lost, now kept
    assert engene["attrs"]["media_embed"] == "https://engene.azurewebsites.net/"
    out = export(tmp_path / "t.db", "timelinejs", tmp_path / "out.json")
    slides = {s["unique_id"]: s for s in json.loads(out.read_text(encoding="utf-8"))["events"]}
    assert slides[engene["id"]]["media"]["url"] == '<iframe src="https://engene.azurewebsites.net/"></iframe>'


def test_links_in_a_slide_s_text_are_kept_where_a_user_follows_them(tmp_path):
    """A slide's text links its words (``<a href='https://github.com/...'>GitHub</a>``):
    the summary keeps the words, readable, without markup; the addresses were lost, now
    they are the attribute ``text_links`` ("words <address>", a line each, as plain text
    writes links), the first the event's link when the slide has none (``o`` opens it);
    an export puts each back on its words, and imports again the same."""
    path = REAL / "timelinejs-js-call-object-template-strings.js"
    recs = {r["title"]: r for r in load(tmp_path / "t.db", path)}
    editor = recs["Java 2D Level Editor"]
    github = "https://github.com/brspnnggrt/2D-Game/tree/main/Project/PE3_EDITOR"
    assert editor["attrs"]["text_links"] == f"GitHub <{github}>"
    assert editor["link"] == github and "<" not in editor["summary"]
    out = export(tmp_path / "t.db", "timelinejs", tmp_path / "out.json")
    slide = next(s for s in json.loads(out.read_text(encoding="utf-8"))["events"] if s["unique_id"] == editor["id"])
    assert f'<a href="{github}">GitHub</a>' in slide["text"]["text"]
    assert slide["media"]["url"] == "./projects/java/PE3_Editor.mp4"  # the text's link is no media
    again = {r["id"]: r for r in load(tmp_path / "again.db", out)}
    assert again[editor["id"]] == editor


def test_text_links_whose_words_are_gone_are_written_apart(tmp_path):
    """Links whose words the summary no longer holds (an analyst edited it, a link on an
    image) are written in a paragraph of their own, which a reader follows and an import
    takes back; a link to a place in the page (``#make``) leads nowhere and is not kept;
    nor is a javascript: one."""
    path = tmp_path / "t.json"
    text = (
        '<p>Read <a href="https://example.org/a">the report</a> and <a href="#make">the form</a>.</p>'
        '<p><a href="https://example.org/img"><img src="x.png"></a> <a href="javascript:alert(1)">x</a></p>'
    )
    slide = {"start_date": {"year": 2020}, "text": {"headline": "H", "text": text}}
    path.write_text(json.dumps({"events": [slide]}), encoding="utf-8")
    (rec,) = load(tmp_path / "t.db", path)
    assert rec["summary"] == "Read the report and the form.\n\nx"
    assert rec["attrs"]["text_links"] == "the report <https://example.org/a>\n<https://example.org/img>"
    out = export(tmp_path / "t.db", "timelinejs", tmp_path / "out.json")
    written = json.loads(out.read_text(encoding="utf-8"))["events"][0]["text"]["text"]
    assert '<a href="https://example.org/a">the report</a>' in written
    assert '<p data-dateline="links"><b>Links:</b> <a href="https://example.org/img">' in written
    (again,) = load(tmp_path / "again.db", out)
    assert again == rec


@pytest.mark.parametrize(
    ("script", "title"),
    [
        (  # TypeScript: the name annotated with the data's type, `as const` after it
            'import { TimelineData } from "./types";\n\nexport const data: TimelineData = {\n'
            '  events: [{ start_date: { year: 2021, month: 5 }, text: { headline: "A" } }],\n} as const;\n',
            "A",
        ),
        (  # an object type, `satisfies` after it
            "const timeline: { events: Slide[] } = {\n  events: [{ start_date: { year: 2021 }, text: { headline: "
            '"B" } }],\n} satisfies TimelineData;\nexport default timeline;\n',
            "B",
        ),
        (  # TypeScript's casts inside the object, and words like them in its strings, kept
            "export const data: TimelineData = {\n  events: [\n    {\n      start_date: { year: 2022 } as "
            'Slide["start_date"],\n      text: { headline: "E", text: "known as the first, as const as it gets" },\n'
            '      media: { url: "https://example.org/e.jpg", type: "image" as const },\n    },\n  ] as Slide[],\n'
            "} satisfies TimelineData;\n",
            "E",
        ),
        (  # the object handed to TimelineJS in a page's ready handler, options after it
            "$(function () {\n  window.timeline = new TL.Timeline(document.getElementById('tl'), {\n"
            "    events: [{start_date: {year: 2020}, text: {headline: 'C'}}],\n  }, {hash_bookmark: true});\n});\n",
            "C",
        ),
        (  # the data in a variable, the options in another, both handed to TimelineJS
            "var options = {\n  hash_bookmark: false\n};\nvar data = {events: [{start_date: {year: 2020}, "
            "text: {headline: 'D'}}]};\nwindow.timeline = new TL.Timeline('timeline-embed', data, options);\n",
            "D",
        ),
    ],
)
def test_timelinejs_data_in_typescript_or_handed_to_the_constructor(tmp_path, script, title):
    path = tmp_path / "timeline.ts"
    path.write_text(script, encoding="utf-8")
    assert formats.detect(path) == "timelinejs"
    (rec,) = load(tmp_path / "t.db", path)
    assert rec["title"] == title
    if title == "E":
        assert (
            rec["summary"] == "known as the first, as const as it gets" and rec["link"] == "https://example.org/e.jpg"
        )


# --------------------------------------------------------------------------- embed code


# TimelineJS's embed code as sites keep it (the shapes of atlas-opensource/atlas-codingd's
# frontend/web/js/TimelineIndex.js and FrederickDelta/data-vis-timeline-100-years-war's
# script.js): code, not data, so written here rather than kept as files
EMBED_TEMPLATE_COMMENTS = (
    "// The TL.Timeline constructor takes at least two arguments:\n"
    "// the id of the Timeline container (no '#'), and\n"
    "// the URL to your JSON data file or Google spreadsheet.\n"
    "timeline = new TL.Timeline('timeline-embed','https://docs.google.com/spreadsheets/d/"
    "1cWqQBZCkX9GpzFtxCWHoqFXCHg-ylTVUWlnrdYMzKUI/pubhtml');\n"
)
EMBED_FETCH = (
    "const endpoint = './timeline.json'\nconst options = {\n  start_at_slide: 0, \n  initial_zoom: 4,\n"
    "  hash_bookmark: true\n}\n\nfetch(endpoint)\n  .then(res => res.json())\n"
    "  .then(data => window.timeline = new TL.Timeline('timeline-embed', data, options))"
)


def test_embed_code_loading_a_google_sheet_is_refused_naming_it(tmp_path):
    """TimelineJS's embed code (``new TL.Timeline('timeline-embed', 'https://docs.google.com/
    spreadsheets/...')``, its template's comments above) holds no event: it was taken for
    a CSV ("no 'title' column ... its columns: // The TL.Timeline constructor ..."); now
    refused on the call's line, naming the sheet and how to save it as the CSV that imports."""
    path = tmp_path / "TimelineIndex.js"
    path.write_text(EMBED_TEMPLATE_COMMENTS, encoding="utf-8")
    assert formats.detect(path) == "timelinejs"
    message = refused_import(tmp_path / "a.db", path)
    assert not (tmp_path / "a.db").exists()
    assert message == (
        f"Error: {path}:4: TimelineJS's embed code, not its data: its data is the Google spreadsheet "
        "https://docs.google.com/spreadsheets/d/1cWqQBZCkX9GpzFtxCWHoqFXCHg-ylTVUWlnrdYMzKUI/pubhtml: download it "
        "as CSV (File > Download > Comma-separated values; a published sheet: its address with output=csv) and "
        "import that"
    )


def test_embed_code_fetching_its_json_is_refused_naming_the_file(tmp_path):
    """A page script that fetches its data (the Hundred Years' War timeline's, whose
    timeline.json is among the real files) and hands it to TimelineJS: was taken for a
    CSV; now refused naming the file it loads."""
    path = tmp_path / "script.js"
    path.write_text(EMBED_FETCH, encoding="utf-8")
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1
    assert (
        f"{path}:10: TimelineJS's embed code, not its data: it loads its data from ./timeline.json: import that file"
    ) in result.stderr


@pytest.mark.parametrize(
    ("page", "line", "said"),
    [
        (
            "json_template = '/json/timeline-data.json'\nvar options = {\n  initial_zoom: 5,\n}\n"
            "window.timeline = new TL.Timeline('timeline-embed', json_template, options);\n",
            5,
            "it loads its data from /json/timeline-data.json: import that file",
        ),
        (
            "<div id='timeline-embed'></div>\n<script>\n  var timeline_json = make_the_json();\n"
            "  window.timeline = new TL.Timeline('timeline-embed', timeline_json);\n</script>\n",
            4,
            "its data is the variable timeline_json, made elsewhere: JSON.stringify(timeline_json) in a browser's "
            "console writes it as JSON, which imports",
        ),
        (
            "<script>\n$(document).ready(function() {\n  createStoryJS({\n    type: 'timeline',\n"
            "    source: 'data/example.json',\n    embed_id: 'my-timeline'\n  });\n});\n</script>\n",
            3,
            "it loads its data from data/example.json: import that file",
        ),
        (
            '# Timelines\n\n<iframe src="https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source='
            'v2%3A2PACX-1vQAKWsmdgrjCwNDB9bIT9YRKibcVWFXK6dTPCj&font=Default" width="100%"></iframe>\n',
            3,
            "(an iframe), not its data: its data is the Google spreadsheet "
            "https://docs.google.com/spreadsheets/d/e/2PACX-1vQAKWsmdgrjCwNDB9bIT9YRKibcVWFXK6dTPCj/pubhtml",
        ),
    ],
)
def test_embed_code_is_refused_on_its_line_saying_where_the_data_is(tmp_path, page, line, said):
    path = tmp_path / "embed.html"
    path.write_text(page, encoding="utf-8")
    message = refused_import(tmp_path / "a.db", path)
    assert message.startswith(f"Error: {path}:{line}: TimelineJS's embed code") and said in message


def test_embed_code_in_a_table_s_cell_does_not_take_the_table(tmp_path):
    """A URL of TimelineJS's embed in a Timesketch row (a browser's history) or a sheet's
    media cell is data: the file is read as the table it is."""
    history = tmp_path / "h.csv"
    history.write_text(
        "message,datetime,timestamp_desc\n"
        '"https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=v2%3A2PACX-1vQAKWsmdgrjCwNDB9bIT9'
        'YRKibcVWFXK6dTPCj",2024-01-02T03:04:05+00:00,Last Visited Time\n',
        encoding="utf-8",
    )
    assert formats.detect(history) == "timesketch" and len(load(tmp_path / "h.db", history)) == 1
    sheet = tmp_path / "s.csv"
    sheet.write_text(
        "Year,Month,Day,Headline,Text,Media\n"
        "2020,1,2,Embedded,,\"<script>new TL.Timeline('timeline-embed', 'data.json')</script>\"\n",
        encoding="utf-8",
    )
    assert formats.detect(sheet) == "timelinejs" and [r["title"] for r in load(tmp_path / "s.db", sheet)] == [
        "Embedded"
    ]


# --------------------------------------------------------------------------- every refused file


@pytest.mark.parametrize("path", sorted(REFUSED.iterdir()), ids=lambda p: p.name)
def test_every_refused_file_is_refused_in_one_line_store_unchanged(tmp_path, path):
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)  # refused, not a traceback
    error_line(result)  # one line says why
    assert "Traceback" not in result.output
    assert not Path(tmp_path / "a.db").exists()


# --------------------------------------------------------------------------- forensic timelines


def test_a_mactime_timeline_is_refused_naming_how_plaso_makes_one(tmp_path):
    """The Sleuth Kit's ``mactime -d`` (a filesystem's timeline from a bodyfile; a student's
    NTFS image, its recycle bin): was refused as dateline's CSV without a title, naming its
    columns; now in Timesketch's terms, like Plaso's l2tcsv, saying its dates name no zone
    and how Plaso makes a timeline of the bodyfile."""
    path = REFUSED / "mactime-csv-ntfs-recycle-bin.csv"
    assert formats.detect(path) == "timesketch"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and not (tmp_path / "a.db").exists()
    assert (
        f"{path}:1: The Sleuth Kit's mactime timeline (Date, Size, Type, Mode, UID, GID, Meta, File Name), which "
        "Timesketch refuses too (no message, datetime, timestamp_desc), its dates in a zone it does not name: make "
        "the timeline of its bodyfile with Plaso (log2timeline.py --parsers bodyfile OUT.plaso BODYFILE, then "
        "psort.py -o json_line -w OUT.jsonl OUT.plaso) and import that"
    ) in result.stderr


def test_a_bodyfile_is_refused_naming_how_plaso_makes_a_timeline_of_it(tmp_path):
    """The bodyfile the same timeline was made from (``fls -m``: MD5|name|inode|mode|UID|
    GID|size|atime|mtime|ctime|crtime, no header): was refused as a CSV whose columns are
    its first line and as "a text, not a table: dateline extract FILE" (it ends in .txt);
    now as the bodyfile it is, naming Plaso's bodyfile parser."""
    path = REFUSED / "sleuthkit-bodyfile-ntfs.txt"
    assert formats.detect(path) == "timesketch"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and "extract" not in result.stderr
    assert (
        f"{path}:1: The Sleuth Kit's bodyfile (MD5|name|inode|mode|UID|GID|size|atime|mtime|ctime|crtime): a "
        "filesystem's times, not a timeline, which Timesketch does not read either: make the timeline of its "
        "bodyfile with Plaso (log2timeline.py --parsers bodyfile OUT.plaso BODYFILE, then psort.py -o json_line -w "
        "OUT.jsonl OUT.plaso) and import that"
    ) in result.stderr
    tln = tmp_path / "t.txt"  # Plaso's TLN, also pipes: still refused as TLN
    tln.write_text("Time|Source|Host|User|Description\n1331698658|FILE|host|-|a file\n", encoding="utf-8")
    assert "TLN" in run("--db", tmp_path / "b.db", "import", tln).stderr


# --------------------------------------------------------------------------- ACLED


def test_acled_api_answer_with_today_s_columns(tmp_path):
    """ACLED's API answer (``{"status": 200, ..., "data": [...], "filename": ...}``), every
    value a string: the events, their day, actors, place and source; ACLED's own
    ``timestamp`` (when the row last changed, not the event's time) and
    ``civilian_targeting`` kept as attributes and written back by the ACLED export."""
    path = REAL / "acled-api-json-2024-ukraine-timestamp.json"
    assert formats.detect(path) == "acled"
    recs = {r["id"]: r for r in load(tmp_path / "a.db", path)}
    assert len(recs) == 8 and {r["start"][:10] for r in recs.values()} == {"2024-01-01"}
    shelled = recs["UKR142667"]
    assert shelled["title"] == "Shelling/artillery/missile attack by Military Forces of Russia in Avdiivka"
    assert shelled["actors"] == ["Military Forces of Russia (2000-)", "Civilians (Ukraine)"]
    assert (shelled["place"], shelled["region"], shelled["country"]) == ("Avdiivka", "Donetsk", "Ukraine")
    assert shelled["killed"] == 1 and shelled["source"] == "Suspilne Media"
    assert shelled["attrs"]["civilian_targeting"] == "Civilian targeting"
    assert shelled["attrs"]["timestamp"] == "1704833944" and "tags" not in shelled["attrs"]
    out = export(tmp_path / "a.db", "acled", tmp_path / "out.csv")
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"civilian_targeting", "timestamp"} <= set(header)


# --------------------------------------------------------------------------- templates


def test_a_php_template_of_the_data_is_refused_as_one(tmp_path):
    """A broadcaster's PHP template of TimelineJS2's JSONP (the shape of edse/cmais-frontend-2's
    apps/frontend/templates/sites/1964/linha-do-tempoSuccess.php: a ``<?php foreach ... ?>``
    loop writes the dates when the site runs): was refused as "broken JavaScript object:
    Unexpected "<""; now as the template it is, on its first tag's line."""
    path = tmp_path / "linha-do-tempoSuccess.php"
    path.write_text(
        'storyjs_jsonp_data = {\n    "timeline":\n    {\n        "date": [\n'
        "          <?php foreach($pager->getResults() as $d): ?>\n            {\n"
        '                "startDate":"<?php echo $date1?>,0,0",\n'
        '                "headline":"<?php echo $d->getTitle()?>"\n            },\n'
        "          <?php endforeach; ?>\n        ]\n    }\n}",
        encoding="utf-8",
    )
    assert formats.detect(path) == "timelinejs"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and not (tmp_path / "a.db").exists()
    assert (
        f"{path}:5: a PHP template of the data, not the data it makes: save what the running site serves (the "
        "data's address, in a browser) and import that"
    ) in result.stderr


@pytest.mark.parametrize(
    ("text", "line", "language"),
    [
        ('{"events": [\n{{ range .Pages }}\n{"start_date": {"year": "{{ .Date.Year }}"}},\n{{ end }}]}\n', 2, "Jinja"),
        ('{"events": [\n<% @events.each do |e| %>\n{"start_date": {"year": <%= e.year %>}},\n<% end %>]}', 2, "ERB"),
        (
            'var data = {"events": [\n  [% FOREACH e IN events %]\n  {"start_date": 1},\n  [% END %]\n]};\n',
            2,
            "Toolkit",
        ),
    ],
)
def test_templates_of_other_sites_are_refused_as_templates(tmp_path, text, line, language):
    path = tmp_path / ("timeline.js" if text.startswith("var") else "timeline.json")
    path.write_text(text, encoding="utf-8")
    message = refused_import(tmp_path / "a.db", path)
    assert message.startswith(f"Error: {path}:{line}: a ") and language in message and "template of the data" in message


def test_a_valid_file_whose_text_shows_template_tags_imports(tmp_path):
    """Template tags inside a slide's text of a file that parses are words, not a template."""
    path = tmp_path / "t.json"
    slide = {"start_date": {"year": 2020}, "text": {"headline": "Jinja's {{ name }} and ERB's <%= name %>"}}
    path.write_text(json.dumps({"events": [slide]}), encoding="utf-8")
    (rec,) = load(tmp_path / "t.db", path)
    assert rec["title"] == "Jinja's {{ name }} and ERB's <%= name %>"


def test_a_date_computed_when_the_page_is_shown_is_refused_naming_the_expression(tmp_path):
    """A history site's module ends its last era "today": ``year: (new Date().getFullYear())
    .toString()``, which only the browser knows: was refused as a broken object
    (Unexpected "("); now as JavaScript that computes the data, naming the expression, on
    its line; written out, the file imports, an era that ends before it starts kept as
    TimelineJS shows it (at its start)."""
    path = REFUSED / "timelinejs-js-module-end-date-computed-today.js"
    message = refused_import(tmp_path / "a.db", path)
    assert message == (
        f"Error: {path}:171: JavaScript that computes the data: an expression, (new Date().getFullYear()).toString() "
        "(column 15); dateline reads a script's object only when it is written out: "
        "JSON.stringify(presindentsData) in a browser's console writes it as JSON"
    )
    written = tmp_path / "written.js"
    text = path.read_text(encoding="utf-8")
    for expression, value in [
        ("(new Date().getFullYear()).toString()", '"2020"'),
        ("(new Date().getMonth() + 1).toString()", '"11"'),
        ("(new Date().getDate()).toString()", '"01"'),
    ]:
        text = text.replace(expression, value)
    written.write_text(text, encoding="utf-8")
    recs = {r["title"]: r for r in load(tmp_path / "w.db", written)}
    assert len(recs) == 12  # the title, 9 eras (two named alike), 2 events
    assert recs["Cuarta República"]["end"] == "2020-11-02T00:00:00+00:00"
    war = recs["Guerra de la Restauración"]
    assert war["start"] == "1865-08-16T00:00:00+00:00" and war["attrs"]["end_date"] == "1865-07-15"


# --------------------------------------------------------------------------- another program's JSON


def test_a_json_array_of_another_program_s_records_is_refused_once_naming_them(tmp_path):
    """A news observatory's timeline.json: a JSON array of its own records (key, at,
    level, title_es, detail_es, href). Its refusal said to write it as JSON Lines with
    ``jq -c '.[]'``, which only led to a second refusal (no title), then named a jq line
    to fill in; now it names its fields and the ``--column`` options that import it."""
    path = REFUSED / "news-watch-json-array-own-fields.json"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1 and not (tmp_path / "a.db").exists()
    assert (
        f"{path}:1: a JSON array of another program's records (their fields: key, at, level, title_es, detail_es, "
        "href), not dateline's (title, and start or date_text): --column title=FIELD --column start=FIELD (or "
        "date_text=FIELD) imports them, naming theirs"
    ) in result.stderr
    mapping = (
        "--column",
        "id=key",
        "--column",
        "title=title_es",
        "--column",
        "start=at",
        "--column",
        "summary=detail_es",
    )
    result = run("--db", tmp_path / "r.db", "import", path, *mapping)
    assert result.exit_code == 0 and "16 new, 0 updated, 0 unchanged" in result.output
    records = json.loads(path.read_text(encoding="utf-8"))
    recs = {r["id"]: r for r in events(tmp_path / "r.db")}
    assert len(recs) == len(records) == 16
    quake = recs["seismic-us7000t3hl"]
    assert quake["title"] == "Nuevo evento en el catálogo sísmico regional"
    assert quake["start"] == "2026-08-10T09:51:35+00:00" and quake["summary"].startswith("M 3.1 · 2 km N of Armilla")
    assert quake["attrs"] == {"level": "data", "href": "sismicidad.html"}  # the fields not named, kept


def test_a_json_array_of_dateline_records_keeps_the_jq_line_that_writes_them(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"title": "A", "start": "2024-01-01"}]), encoding="utf-8")
    result = run("--db", tmp_path / "a.db", "import", path)
    assert f"{path}:1: a JSON array, not JSON Lines (one object a line): jq -c '.[]' FILE writes it so" in result.stderr


# --------------------------------------------------------------------------- sheets and CSV


def test_timelinejs_sheet_with_alt_text_two_title_rows_and_columns_of_its_own(tmp_path):
    """A research project's sheet (today's template, Alt Text; Source and Show columns of
    its own; two rows typed title): the first title row is the title slide (its date and
    group kept), the second an event, as TimelineJS shows them; the extra columns kept."""
    path = REAL / "timelinejs-sheet-alt-text-extra-columns-french.csv"
    assert formats.detect(path) == "timelinejs"
    recs = load(tmp_path / "s.db", path)
    assert len(recs) == 37
    titles = [r for r in recs if (r["attrs"] or {}).get("timelinejs") == "title"]
    assert [(r["title"], r["start"][:4], r["kind"]) for r in titles] == [
        ("Première théorie sur l'effet de serre", "1800", "Recherche")
    ]
    second = next(r for r in recs if r["title"] == "Cycle du carbone")
    assert "timelinejs" not in second["attrs"] and second["kind"] == "Recherche"
    assert {r["attrs"]["Show"] for r in recs} == {"True", "False"}
    assert titles[0]["attrs"]["Source"] == "Gouverner le climat, https://fr.wikipedia.org/wiki/Effet_de_serre"


def test_a_csv_with_a_title_but_no_date_column_is_refused_once(tmp_path):
    """The Red Cross's Cyclone Pam timeline (date_local, category, title, description;
    bare carriage returns ending its lines): a title but no column dateline dates by.
    It was refused on every row; now once, at its header, naming its columns."""
    path = REFUSED / "timeline-csv-title-no-date-column-cr.csv"
    assert formats.detect(path) == "csv"
    result = run("--db", tmp_path / "a.db", "import", "--skip-bad", path)
    assert result.exit_code == 1 and "nothing imported: the file was refused; the store is as it was" in result.output
    message = refused_import(tmp_path / "b.db", path)
    assert message == (
        f"Error: {path}:1: no 'start' or 'date_text' column: dateline's CSV dates its events by one of them; its "
        "columns: date_local, category, title, description: --column start=COLUMN names the column that holds the "
        "dates (a date or time), --column date_text=COLUMN one that holds them in words (as a report writes them)"
    )


def test_text_links_an_analyst_edits_export_only_safe_addresses():
    """``text_links`` is an attribute an analyst may edit: an export puts back only the
    links to keep (http(s), relative), escaped; others are passed over."""
    from dateline.db.formats import timelinejs as tljs

    rec = {
        "id": "e1",
        "title": "T",
        "summary": 'See the "report" & more',
        "start": "2020-01-01T00:00:00+00:00",
        "end": "2020-01-02T00:00:00+00:00",
        "precision": "day",
        "attrs": {
            "text_links": 'the "report" <https://example.org/a?x="1">\nmore <javascript:alert(1)>\n<data:text/html,x>'
        },
    }
    text = tljs.to_slide(rec)["text"]["text"]
    assert '<a href="https://example.org/a?x=&quot;1&quot;">the &quot;report&quot;</a>' in text
    assert "javascript" not in text and "data:" not in text


def test_a_newsroom_storymap_csv_is_refused_once_and_its_advice_imports(tmp_path):
    """CBS News's scrolling timeline of the Baltimore bridge collapse (position, title,
    time, video, desc): refused once, at its header, naming its columns and the option
    that names theirs; with ``--column date_text=time`` and the day it happened, its
    times import to the minute (the file as it is: it had to be edited before)."""
    path = REFUSED / "news-storymap-csv-time-column.csv"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1
    assert f"{path}:1: no 'start' or 'date_text' column" in result.stderr
    assert "its columns: position, title, time, video, desc: --column start=COLUMN names" in result.stderr
    args = ("import", "--skip-bad", "--published", "2024-03-26", "--tz", "America/New_York", path)
    mapping = ("--column", "date_text=time", "--column", "summary=desc")
    result = run("--db", tmp_path / "b.db", *args, *mapping)
    assert result.exit_code == 0 and "5 new, 0 updated, 0 unchanged, 1 bad" in result.output
    assert f"{path}:2: no date" in result.output  # its intro slide, which has no time
    recs = {r["title"]: r for r in events(tmp_path / "b.db")}
    assert recs["Ship leaves dock"]["start"] == "2024-03-26T01:45:00-04:00"  # "About 12:45 AM EST", as written
    assert recs["Ship leaves dock"]["date_text"] == "About 12:45 AM EST"
    assert recs["Hits bridge"]["start"][:16] == "2024-03-26T02:30"
    assert recs["Ship leaves dock"]["summary"].startswith("<p>The container ship, Dali,")
    assert (
        recs["Ship leaves dock"]["attrs"]["position"] == "1" and "<video" in recs["Ship leaves dock"]["attrs"]["video"]
    )
    result = run("--db", tmp_path / "b.db", *args, *mapping)  # the same options: the same ids
    assert result.exit_code == 0 and "0 new, 0 updated, 5 unchanged, 1 bad" in result.output


def test_timesketch_csv_with_spaces_before_its_quotes(tmp_path):
    """Timesketch's own end-to-end CSV as first committed: ``"0", "A message",...``, a space
    before a quoted field, which the csv module reads as `` "A message"`` with its quotes
    (the header's ``"message"`` too): every row was refused for a missing message; now
    such a file is read as meant, its values without the quotes."""
    path = REAL / "timesketch-csv-spaces-before-quotes-timeline-id.csv"
    assert formats.detect(path) == "timesketch"
    recs = sorted(load(tmp_path / "t.db", path), key=lambda r: r["start"])
    assert [r["title"] for r in recs] == ["A message", "Another message", "Yet more messages"]
    assert [r["attrs"]["__timeline_id"] for r in recs] == ["0", "1", "2"]
    assert recs[0]["start"] == "2015-07-24T19:01:01+00:00" and recs[0]["kind"] == "Write time"
    spaced = tmp_path / "spaced.csv"  # dateline's own CSV so written reads the same
    spaced.write_text('"title", "start"\n"Kyiv shelled", "2024-09-21"\n', encoding="utf-8")
    (rec,) = load(tmp_path / "s.db", spaced)
    assert rec["title"] == "Kyiv shelled" and rec["start"].startswith("2024-09-21")


def test_a_timeline_list_of_another_program_s_records_is_refused_once(tmp_path):
    """A German news chronicle (the Luca app's failures) keeps its records in a
    ``timeline`` list: the whole file was refused as "no 'events' list", a cut of it as
    "a JSON object over several lines" with a jq line that only led to another refusal;
    then once, naming their fields and a jq line to fill in; now the refusal names the
    ``--column`` options, with which the list imports from the file as it is."""
    path = REFUSED / "news-chronicle-json-timeline-list.json"
    assert formats.detect(path) == "timelinejs"
    result = run("--db", tmp_path / "a.db", "import", path)
    assert result.exit_code == 1
    assert (
        f"{path}:1: not a TimelineJS file: its 'timeline' is a list of another program's records (their fields: "
        "date, dt_created, dt_updated, id, id_readable, text, title, embed, …): --column title=FIELD --column "
        "start=FIELD (or date_text=FIELD) imports them, naming theirs"
    ) in result.stderr
    mapping = ("--column", "start=dt_created", "--column", "summary=text")
    result = run("--db", tmp_path / "r.db", "import", "--tz", "Europe/Berlin", path, *mapping)
    assert result.exit_code == 0 and "2 new, 0 updated, 0 unchanged" in result.output
    recs = {r["title"]: r for r in events(tmp_path / "r.db")}
    assert sorted(recs) == ["Februar 2021 und früher", "Smudo-Auftritt bei Anne Will"]
    smudo = recs["Smudo-Auftritt bei Anne Will"]
    assert smudo["id"] == "01fe70345035" and smudo["start"] == "2021-02-28T00:00:00+01:00"  # its own id, kept
    assert smudo["attrs"]["date"] == "28.02.2021" and smudo["attrs"]["id_readable"].startswith("2021-02-28_")
    # a column no record has stops the import, naming the fields they have
    result = run("--db", tmp_path / "r.db", "import", path, "--column", "title=headline")
    assert result.exit_code == 1
    assert f"Error: {path}: --column title=headline: the file has no column 'headline'; its columns: date," in (
        result.stderr
    )


def test_a_media_that_the_text_links_to_as_well_stays_the_slide_s_media(tmp_path):
    """TimelineJS's welcome timeline shows a Wikipedia page as a slide's media and links
    the same page in its text: the link the text carries must not take the media's place
    on export (the slide lost its media card); the media is kept as the slide's own."""
    path = REAL / "timelinejs-welcome-wrapped.json"
    recs = {r["title"]: r for r in load(tmp_path / "w.db", path)}
    wiki = recs["Wikipedia"]
    url = "http://en.wikipedia.org/wiki/A_Trip_to_the_Moon"
    assert wiki["link"] == url and wiki["attrs"]["text_links"] == f"Wikipedia entry <{url}>"
    out = export(tmp_path / "w.db", "timelinejs", tmp_path / "out.json")
    slide = next(s for s in json.loads(out.read_text(encoding="utf-8"))["events"] if s["unique_id"] == wiki["id"])
    assert slide["media"]["url"] == url and f'<a href="{url}">Wikipedia entry</a>' in slide["text"]["text"]
