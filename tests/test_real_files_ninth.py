"""Real files of the eleventh pass (tests/data/real and refused, their sources in
tests/data/README.md): what a user gets from each, beyond importing whole and
round-tripping (tests/test_real_files.py does that for every file in the folder), and
the classes of failure they showed, with rows of each class and of the nearby forms
that already worked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dateline.db import formats
from importing import refused_import, run
from test_real_files_tools import REAL, REFUSED, events, export, load

# --------------------------------------------------------------------------- ACLED


def test_acled_2020_layout_as_a_spreadsheet_saved_it(tmp_path):
    """`9-May-20` dates, ACLED's 2020 columns and an added iso3: every row an event, a
    week's precision where time_precision is 2 (9 May 2020 a Saturday: Monday to Sunday)."""
    path = REAL / "acled-2020-world-d-mon-yy-iso3.csv"
    assert formats.detect(path) == "acled"
    recs = {r["id"]: r for r in load(tmp_path / "a.db", path)}
    assert len(recs) == 5
    week = recs["MEX17991"]
    assert week["title"] == "Attack by Unidentified Gang (Mexico) in Cuauhtemoc"
    assert (week["start"], week["end"], week["precision"]) == (
        "2020-05-04T00:00:00+00:00",
        "2020-05-11T00:00:00+00:00",
        "week",
    )
    assert week["attrs"]["event_date"] == "2020-05-09" and week["attrs"]["iso3"] == "MEX"
    day = recs["ISR1786"]
    assert (day["start"], day["precision"], day["killed"], day["source"]) == (
        "2020-05-09T00:00:00+00:00",
        "day",
        0,
        "Jerusalem Post",
    )


def test_acled_export_of_2020_with_dates_in_words(tmp_path):
    """`"21 March 2020"` as the export tool wrote it then, quoted where a cell has a space."""
    path = REAL / "acled-2020-afghanistan-export-quoted-day-month-names.csv"
    recs = {r["id"]: r for r in load(tmp_path / "a.db", path)}
    assert recs["AFG44631"]["start"] == "2020-03-21T00:00:00+00:00" and recs["AFG44631"]["killed"] == 12
    assert recs["AFG44631"]["actors"] == ["Taliban", "Military Forces of Afghanistan (2014-)"]
    assert recs["AFG44715"]["precision"] == "week"  # "As reported on 21 March 2020"


def test_acled_subset_without_ids_or_actors_imports_and_again_changes_nothing(tmp_path):
    """An R subset of ACLED's columns: no id, no actors, no notes. Ids are made from each
    row, so importing the file again adds nothing."""
    path = REAL / "acled-2022-burkina-r-subset-no-ids-no-actors.csv"
    assert formats.detect(path) == "acled"
    db = tmp_path / "a.db"
    assert run("--db", db, "import", path).exit_code == 0
    recs = events(db)
    assert len(recs) == 7 and len({r["id"] for r in recs}) == 7
    (attack,) = [r for r in recs if r["title"] == "Attack in Komsilga"]
    assert attack["killed"] == 14 and attack["actors"] == [] and attack["kind"] == "Violence against civilians"
    assert attack["attrs"]["interaction"] == "27" and attack["region"] == "Centre-Nord"
    again = run("--db", db, "import", path)
    assert "0 new, 0 updated, 7 unchanged" in again.output


# --------------------------------------------------------------------------- no events


EMPTY = [
    (
        {"status": 200, "success": True, "last_update": 0, "count": 0, "messages": [], "data": [], "filename": "x"},
        "ACLED's API answer with no events ('data' is an empty list, count 0): the query matched none; widen it "
        "(dates, country, event type) and fetch again",
    ),
    (
        {"status": 403, "success": False, "error": {"message": "Access denied"}, "data": []},
        "an API's error answer, not events: Access denied",
    ),
    (
        {"status": 400, "success": False, "error": [{"status": 400, "message": "Invalid key"}]},
        "an API's error answer, not events: Invalid key",
    ),
    ({"events": []}, "no events: its 'events' is an empty list"),
    ({"results": [], "next": None}, "no events: its 'results' is an empty list (its other fields: next)"),
    ({"_meta": {"source": "x"}, "data": {}}, "no events: its 'data' is an empty object (its other fields: _meta)"),
]


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize(("document", "said"), EMPTY)
def test_a_json_document_with_no_events_is_refused_saying_so(tmp_path, document, said, indent):
    """A JSON document whose list of records is empty (ACLED's API answer to a query that
    matched nothing, its error answer, a cache written when a request failed): was
    imported as nothing (exit 0, an empty store made) or refused pointing at jq or
    --column; now refused in one line, the store not made. On one line or several."""
    path = tmp_path / "answer.json"
    path.write_text(json.dumps(document, indent=indent), encoding="utf-8")
    assert refused_import(tmp_path / "a.db", path) == f"Error: {path}:1: {said}"
    assert not (tmp_path / "a.db").exists()


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "acled-api-cache-empty-events.json",
            "no events: its 'events' is an empty list, count 0 (its other fields: source, fetched_at, region, count)",
        ),
        (
            "acled-api-cache-auth-failed-empty-data.json",
            "no events: its 'data' is an empty object (its other fields: _meta)",
        ),
    ],
)
def test_real_caches_of_acled_with_no_events_are_refused(tmp_path, name, said):
    path = REFUSED / name
    assert refused_import(tmp_path / "a.db", path) == f"Error: {path}:1: {said}"
    assert not (tmp_path / "a.db").exists()


@pytest.mark.parametrize(
    ("document", "said"),
    [  # nearby: what was said before stays said
        ({"events": None}, "its 'events' is null, not a list of slides"),
        ({"title": {"text": {"headline": "A", "text": "b"}}, "events": []}, "the title slide has no date"),
        ({"title": {"text": {"headline": "A"}}, "events": []}, "no events: its 'events' list is empty"),
        ({"data": [{"when": "2024-01-01"}]}, "another program's record"),
    ],
)
def test_documents_near_the_empty_ones_are_said_as_before(tmp_path, document, said):
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert said in refused_import(tmp_path / "a.db", path)


def test_acled_api_answer_with_events_still_imports(tmp_path):
    path = tmp_path / "answer.json"
    row = {"event_id_cnty": "UKR1", "event_date": "2024-01-01", "event_type": "Battles", "fatalities": "0"}
    path.write_text(json.dumps({"status": 200, "success": True, "count": 1, "data": [row]}), encoding="utf-8")
    (rec,) = load(tmp_path / "a.db", path)
    assert rec["id"] == "UKR1" and rec["start"] == "2024-01-01T00:00:00+00:00"


# --------------------------------------------------------------------------- TimelineJS


def test_a_time_map_s_coords_and_background_opacity_are_kept_and_written_back(tmp_path):
    """A time map's script: its title commented out, trailing commas, each slide's own
    ``coords`` (which its map reads; TimelineJS passes it over) and a background's
    ``opacity``: both were lost, now attributes, written back where they were."""
    path = REAL / "timelinejs-js-comment-title-trailing-commas-coords.js"
    assert formats.detect(path) == "timelinejs"
    recs = {r["title"]: r for r in load(tmp_path / "t.db", path)}
    assert len(recs) == 16 and {r["source"] for r in recs.values()} == {path.name}  # no title slide
    war = recs["Last great Roman-Persian War."]
    assert (war["start"], war["end"], war["precision"]) == (
        "0602-01-01T00:00:00+00:00",
        "0630-01-01T00:00:00+00:00",
        "year",
    )
    assert war["attrs"]["coords"] == {"lng": 45, "lat": 40} and war["attrs"]["background_opacity"] == "50"
    assert war["lat"] is None  # a program's own object, not TimelineJS's location
    out = export(tmp_path / "t.db", "timelinejs", tmp_path / "out.json")
    slide = next(s for s in json.loads(out.read_text(encoding="utf-8"))["events"] if s["unique_id"] == war["id"])
    assert slide["coords"] == {"lng": 45, "lat": 40}
    assert slide["background"] == {"url": war["attrs"]["background_url"], "opacity": "50"}


MEMBERS = [  # (slide's members, attributes kept, what the export writes back)
    ({"media": {"url": "a.jpg", "thumb": "t.jpg"}}, {"media_thumb": "t.jpg"}, ("media", "thumb", "t.jpg")),
    ({"background": {"color": "#fff", "opacity": 50}}, {"background_opacity": 50}, ("background", "opacity", 50)),
    (
        {"location": {"lat": 1.5, "lon": 2.5, "address": "Rue <b>1</b>"}},
        {"location_address": "Rue <b>1</b>"},
        ("location", "address", "Rue <b>1</b>"),  # as it came: TimelineJS shows none of these
    ),
    ({"coords": {"lng": 45, "lat": 40}}, {"coords": {"lng": 45, "lat": 40}}, ("coords", None, {"lng": 45, "lat": 40})),
    ({"tags": ["a", "b"]}, {"tags": ["a", "b"]}, ("tags", None, ["a", "b"])),
]


@pytest.mark.parametrize(("members", "kept", "back"), MEMBERS)
def test_members_timelinejs_passes_over_are_kept_and_written_back(tmp_path, members, kept, back):
    path = tmp_path / "t.json"
    slide = {"start_date": {"year": 2001}, "text": {"headline": "A"}, **members}
    path.write_text(json.dumps({"events": [slide]}), encoding="utf-8")
    (rec,) = load(tmp_path / "t.db", path)
    assert kept.items() <= rec["attrs"].items()
    out = export(tmp_path / "t.db", "timelinejs", tmp_path / "out.json")
    (written,) = json.loads(out.read_text(encoding="utf-8"))["events"]
    where, key, value = back
    assert (written[where][key] if key else written[where]) == value
    (again,) = load(tmp_path / "again.db", out)
    assert again["attrs"] == rec["attrs"]


def test_members_timelinejs_reads_are_read_as_before(tmp_path):
    """Nearby: a media's caption and thumbnail, a background's url and colour, a
    location's zoom keep their fields; nothing more is kept of them."""
    path = tmp_path / "t.json"
    slide = {
        "start_date": {"year": 2001},
        "text": {"headline": "A"},
        "media": {"url": "https://e.org/a.jpg", "caption": "Cap", "thumbnail": "https://e.org/t.jpg"},
        "background": {"url": "https://e.org/b.jpg", "color": "#fff"},
        "location": {"lat": 1.5, "lon": 2.5, "zoom": 4},
    }
    path.write_text(json.dumps({"events": [slide]}), encoding="utf-8")
    (rec,) = load(tmp_path / "t.db", path)
    assert rec["link"] == "https://e.org/a.jpg" and (rec["lat"], rec["lon"]) == (1.5, 2.5)
    assert rec["attrs"] == {
        "background_color": "#fff",
        "background_url": "https://e.org/b.jpg",
        "location_zoom": 4,
        "media_caption": "Cap",
        "media_thumbnail": "https://e.org/t.jpg",
    }


def test_a_flask_example_s_month_range_and_opacity(tmp_path):
    path = REAL / "timelinejs-flask-example-month-range-background-opacity.json"
    recs = {r["title"]: r for r in load(tmp_path / "t.db", path)}
    canal = recs["Grand Canal in China is fully completed"]
    assert (canal["start"], canal["end"], canal["precision"]) == (
        "2015-02-01T00:00:00+00:00",
        "2015-04-01T00:00:00+00:00",
        "month",
    )
    assert canal["attrs"]["background_opacity"] == "50"
    assert recs["Example with own image"]["attrs"]["media_url"] == "static/img/stick-man.png"


def test_a_library_s_iiif_slides_keep_their_catalogue_links(tmp_path):
    path = REAL / "timelinejs-iiif-media-links-years.json"
    recs = {r["title"]: r for r in load(tmp_path / "t.db", path)}
    slide = recs["Selway National Forest (Idaho), Three Forks Cabin"]
    assert slide["precision"] == "year" and slide["link"].endswith("/spec_cs/99/full/pct:12/0/default.jpg")
    assert slide["attrs"]["media_link"] == "https://www.lib.uidaho.edu/digital/shattuck/items/shattuck99.html"
    title = recs["C.H. Shattuck Lantern Slides"]  # no date of its own: dated at the first event
    assert title["attrs"]["undated"] is True and title["start"] == "1904-01-01T00:00:00+00:00"


def test_sheets_keep_markdown_as_written_and_html_captions_apart(tmp_path):
    """A Jekyll site's sheet writes Markdown (its build renders it; TimelineJS shows a
    sheet's text as written): kept as written; Knight Lab's first example sheet has an
    HTML link as a caption: its words, and its address apart."""
    jekyll = {
        r["title"]: r for r in load(tmp_path / "j.db", REAL / "timelinejs-sheet-jekyll-markdown-relative-media.csv")
    }
    assert len(jekyll) == 5
    game = jekyll["University of Idaho vs. University of Southern California (Football)"]
    assert game["start"] == "1925-10-30T14:30:00+00:00" and game["precision"] == "minute"
    assert game["attrs"]["media_credit"].startswith("[Vandal Video Collection](https://www.lib.uidaho.edu/")
    assert jekyll["Good News - Power"]["attrs"]["media_url"] == "demo_003.mp3"
    knight = {
        r["title"]: r for r in load(tmp_path / "k.db", REAL / "timelinejs-sheet-knightlab-template-html-caption.csv")
    }
    title = knight["Google Spreadsheet Example"]
    assert title["attrs"]["media_caption"] == "Chicago by zach.wise"
    assert title["attrs"]["media_caption_link"] == "http://www.flickr.com/photos/zachwise/6115056146/"
    flickr = knight["Another Flickr Example"]
    assert (flickr["start"], flickr["end"]) == ("2011-11-01T00:00:00+00:00", "2011-12-16T00:00:00+00:00")


# --------------------------------------------------------------------------- Timesketch


def test_timesketch_rows_missing_one_of_the_two_times(tmp_path):
    """Empty timestamp cells (the datetime dates the row), empty datetime cells (the µs
    timestamp does, its fraction kept), and a file with no timestamp column at all."""
    recs = {r["title"]: r for r in load(tmp_path / "a.db", REAL / "timesketch-validate-date-events2-empty-cells.csv")}
    assert len(recs) == 4
    assert recs["No timestamp 2"]["start"] == "2022-07-25T11:01:01+00:00"
    second = recs["No datetime second row"]
    assert second["start"] == "2022-11-10T05:07:28+00:00" and second["attrs"]["timestamp"] == 1668056848119861
    (only,) = load(tmp_path / "b.db", REAL / "timesketch-validate-missing-timestamp.csv")
    assert (only["start"], only["kind"], only["precision"]) == ("2022-07-24T19:01:01+00:00", "Time Logged", "minute")


def test_timesketch_datetime_wins_over_a_timestamp_that_disagrees(tmp_path):
    recs = load(tmp_path / "a.db", REAL / "timesketch-validate-timestamp-manipulation.csv")
    assert sorted(r["start"] for r in recs) == [
        "2012-03-14T04:17:38+00:00",
        "2015-07-25T02:01:01+00:00",
        "2021-09-15T02:44:18+00:00",  # its timestamp says 2022-07-24: Timesketch shows the datetime
    ]
    (rec,) = load(tmp_path / "b.db", REAL / "timesketch-validate-time-precision-datetime.csv")
    assert rec["start"] == "2024-07-24T10:57:02+00:00" and rec["attrs"]["timestamp"] == 1721818622877297


# --------------------------------------------------------------------------- a date in parts


def test_a_collection_s_csv_with_year_month_and_day_columns(tmp_path):
    """CollectionBuilder's item table: the date in year, month and day columns, some
    empty: was refused ("no 'start' or 'date_text' column", pointing at --column start=,
    which cannot join three columns); now each row's date is its parts, of their precision."""
    path = REAL / "csv-collectionbuilder-year-month-day-columns.csv"
    assert formats.detect(path) == "csv"
    recs = {r["id"]: r for r in load(tmp_path / "a.db", path)}
    assert (recs["demo_001"]["start"], recs["demo_001"]["precision"]) == ("1910-01-01T00:00:00+00:00", "year")
    assert (recs["demo_002"]["start"], recs["demo_002"]["precision"]) == ("1912-09-08T00:00:00+00:00", "day")
    assert "year" not in recs["demo_002"]["attrs"] and recs["demo_002"]["attrs"]["media_type"] == "pdf"
    mapped = tmp_path / "mapped.db"
    assert run("--db", mapped, "import", path, "--column", "summary=text").exit_code == 0
    assert {r["id"]: r for r in events(mapped)}["demo_002"]["summary"].startswith("Postcard is of the Spokane")


PARTS = [  # (year, month, day) → start, precision
    (("2024", "", ""), ("2024-01-01T00:00:00+00:00", "year")),
    (("2024", "3", ""), ("2024-03-01T00:00:00+00:00", "month")),
    (("2024", "03", "05"), ("2024-03-05T00:00:00+00:00", "day")),
    (("2024", "March", "5"), ("2024-03-05T00:00:00+00:00", "day")),
    (("2024", "Mar", "5"), ("2024-03-05T00:00:00+00:00", "day")),
    (("1910.0", "9.0", "8"), ("1910-09-08T00:00:00+00:00", "day")),  # a spreadsheet's numbers
]


@pytest.mark.parametrize("header", ["title,year,month,day", "Title,Year,Month,Day", "title;YEAR;MONTH;DAY"])
@pytest.mark.parametrize(("parts", "expected"), PARTS)
def test_a_date_in_parts_reads_at_its_precision(tmp_path, header, parts, expected):
    sep = ";" if ";" in header else ","
    path = tmp_path / "items.csv"
    path.write_text(f"{header}\nAn item{sep}{sep.join(parts)}\n", encoding="utf-8")
    (rec,) = load(tmp_path / "a.db", path)
    assert (rec["start"], rec["precision"]) == expected


@pytest.mark.parametrize(
    ("parts", "said"),
    [
        (("2024", "", "5"), "a day (5) without a month"),
        (("2024", "2", "30"), "'day' '30' is not a day of 2024-02"),
        (("2024", "13", ""), "'month' '13' is not a month"),
        (("", "3", "5"), "no date: its 'year' cell is empty"),
        (("c. 1900", "", ""), "'year' 'c. 1900' is not a year"),
    ],
)
def test_a_date_in_parts_that_is_no_date_is_a_bad_row(tmp_path, parts, said):
    path = tmp_path / "items.csv"
    path.write_text("title,year,month,day\nGood,2024,,\nBad," + ",".join(parts) + "\n", encoding="utf-8")
    assert refused_import(tmp_path / "a.db", path) == f"Error: {path}:3: {said}"
    result = run("--db", tmp_path / "b.db", "import", "--skip-bad", path)
    assert result.exit_code == 0 and "1 new" in result.output and f"{path}:3: {said}" in result.output


def test_a_start_column_wins_over_year_columns_and_no_date_column_is_refused_as_before(tmp_path):
    """Nearby: a CSV with ``start`` reads it (its ``year`` is an attribute, as any other
    column); one with neither start, date_text nor year is refused at its header."""
    both = tmp_path / "both.csv"
    both.write_text("title,start,year\nA,2024-05-06,1999\n", encoding="utf-8")
    (rec,) = load(tmp_path / "a.db", both)
    assert rec["start"] == "2024-05-06T00:00:00+00:00" and rec["attrs"] == {"year": "1999"}
    neither = tmp_path / "neither.csv"
    neither.write_text("title,month,day\nA,3,5\n", encoding="utf-8")
    assert "no 'start' or 'date_text' column" in refused_import(tmp_path / "b.db", neither)


def test_every_real_and_refused_file_names_its_source_in_the_readme():
    readme = (Path(__file__).resolve().parent / "data" / "README.md").read_text(encoding="utf-8")
    missing = [p.name for p in [*REAL.iterdir(), *REFUSED.iterdir()] if f"{p.parent.name}/{p.name} |" not in readme]
    assert missing == []


# --------------------------------------------------------------------------- TimelineJS, more


@pytest.mark.parametrize(
    ("date", "kept"),
    [
        ({"second": "01", "millisecond": "01"}, 1),
        ({"second": 1, "millisecond": 10}, 10),
        ({"second": "01", "millisecond": "100"}, 100),
        ({"second": "01", "millisecond": "0"}, None),  # nearby: no millisecond to keep
        ({"second": "01", "millisecond": ""}, None),
        ({"millisecond": "10"}, None),  # without a second TimelineJS shows the minute
    ],
)
def test_a_slide_s_millisecond_is_kept_and_written_back(tmp_path, date, kept):
    path = tmp_path / "t.json"
    start = {"year": "2015", "month": "01", "day": "01", "hour": "01", "minute": "01", **date}
    path.write_text(json.dumps({"events": [{"start_date": start, "text": {"headline": "A"}}]}), encoding="utf-8")
    (rec,) = load(tmp_path / "t.db", path)
    assert rec["attrs"].get("start_millisecond") == kept and rec["precision"] == "minute"
    out = export(tmp_path / "t.db", "timelinejs", tmp_path / "out.json")
    (slide,) = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert slide["start_date"].get("millisecond") == kept


def test_timelinejs_s_milliseconds_test_places_its_slides_apart_again(tmp_path):
    recs = load(tmp_path / "t.db", REAL / "timelinejs-milliseconds.json")
    tests = [r for r in recs if r["title"] == "Test"]
    assert {r["start"] for r in tests} == {"2015-01-01T01:01:01+00:00"}
    assert sorted(r["attrs"]["start_millisecond"] for r in tests) == [1, 10, 30, 50, 60]


def test_a_title_whose_every_event_is_refused_says_the_events_reason(tmp_path):
    """Every event BC: the title (no date of its own) was refused as having "no event to
    date it by", which hid why; now it names the first event's reason, on its line."""
    path = REFUSED / "timelinejs-cosmo-every-event-bc.json"
    assert refused_import(tmp_path / "a.db", path) == (
        f"Error: {path}:2: the title slide has no date, and no event can date it: line 16: start_date year "
        "-13800000000 is before year 1: BC dates cannot be stored"
    )


def test_a_title_with_one_event_refused_among_good_ones_is_dated_as_before(tmp_path):
    path = tmp_path / "t.json"
    doc = {
        "title": {"text": {"headline": "T", "text": "about"}},
        "events": [
            {"start_date": {"year": "-500"}, "text": {"headline": "BC"}},
            {"start_date": {"year": "1990"}, "text": {"headline": "Good"}},
        ],
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert "start_date year -500 is before year 1" in refused_import(tmp_path / "a.db", path)
    result = run("--db", tmp_path / "b.db", "import", "--skip-bad", path)
    assert result.exit_code == 0 and "2 new" in result.output
    title = next(r for r in events(tmp_path / "b.db") if r["title"] == "T")
    assert title["start"].startswith("1990-01-01")


UNFILLED = [
    {"startDate": "", "headline": "", "text": "", "location": "", "asset": {"media": "", "credit": "", "caption": ""}},
    {"startDate": "", "headline": " ", "asset": {}},
]


@pytest.mark.parametrize("blank", UNFILLED)
def test_an_unfilled_timelinejs2_slide_is_passed_over(tmp_path, blank):
    path = tmp_path / "t.json"
    good = {"startDate": "1740,5,12", "headline": "Born"}
    path.write_text(json.dumps({"timeline": {"headline": "H", "date": [good, blank, good | {"headline": "B"}]}}))
    assert sorted(r["title"] for r in load(tmp_path / "t.db", path)) == ["B", "Born"]


@pytest.mark.parametrize(
    "slide",
    [
        {},
        {"start_date": {"year": ""}, "text": {"headline": "", "text": ""}, "media": {"url": ""}},
    ],
)
def test_an_unfilled_timelinejs3_slide_is_passed_over(tmp_path, slide):
    path = tmp_path / "t.json"
    good = {"start_date": {"year": "2001"}, "text": {"headline": "A"}}
    path.write_text(json.dumps({"events": [good, slide]}), encoding="utf-8")
    assert [r["title"] for r in load(tmp_path / "t.db", path)] == ["A"]


def test_a_slide_with_only_a_headline_and_no_date_is_still_refused(tmp_path):
    """Nearby: a slide that says something but has no date is a bad row, as before."""
    path = tmp_path / "t.json"
    doc = {"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}, {"text": {"headline": "B"}}]}
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    assert "missing required field 'start_date.year'" in refused_import(tmp_path / "a.db", path)


@pytest.mark.parametrize(
    ("written", "start", "precision"),
    [
        ("2012.01.01", "2012-01-01", "day"),
        ("2012.1.4", "2012-01-04", "day"),
        ("2012/1/4", "2012-01-04", "day"),
        ("2012.12.31.", "2012-12-31", "day"),
        ("9/1/2011", "2011-09-01", "day"),  # nearby: month first, as before
        ("1963,8,9", "1963-08-09", "day"),
        ("2011", "2011-01-01", "year"),
    ],
)
def test_timelinejs2_dates_with_dots_or_year_first_slashes(tmp_path, written, start, precision):
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"timeline": {"headline": "H", "date": [{"startDate": written, "headline": "A"}]}}))
    (rec,) = load(tmp_path / "t.db", path)
    assert rec["start"].startswith(start) and rec["precision"] == precision


def test_taogi_s_title_dates_gallery_layout_and_place(tmp_path):
    """Taogi's TimelineJS2: the title's dotted dates were dropped without a word (the
    title dated at its first event); a date's gallery of pictures was lost; its
    ``location`` text is the place; its one era, an object where TimelineJS2 reads a list,
    is kept as an era."""
    recs = {r["title"]: r for r in load(tmp_path / "t.db", REAL / "timelinejs2-taogi-dotted-title-date-gallery.json")}
    assert len(recs) == 27  # the title, 25 dates and its era (one object, not a list)
    assert (
        recs["진보네트워크 2012"]["attrs"]["timelinejs"] == "era"
        and recs["진보네트워크 2012"]["kind"] == "진보네트워크"
    )
    title = recs["진보네트워크 2012년"]
    assert (title["start"], title["end"]) == ("2012-01-01T00:00:00+00:00", "2013-01-01T00:00:00+00:00")
    assert "undated" not in title["attrs"] and title["attrs"]["extra"]["template"] == "TouchCarousel"
    workshop = recs["패킷감청 워크샵"]
    assert workshop["attrs"]["layout"] == "triple" and len(workshop["attrs"]["gallery"]) == 4
    assert workshop["attrs"]["gallery"][3]["media"] == "http://vimeo.com/24104390"
    poe = {r["title"]: r for r in load(tmp_path / "p.db", REAL / "timelinejs2-taogi-edgar-poe-unfilled-slides.json")}
    assert len(poe) == 7 and poe["앨런 소멸 ㅜㅜ"]["place"] == "London"
    out = export(tmp_path / "p.db", "timelinejs", tmp_path / "out.json")
    assert {r["id"]: r for r in load(tmp_path / "again.db", out)} == {r["id"]: r for r in poe.values()}


# --------------------------------------------------------------------------- ACLED's counts


MONTHLY = (
    "aggregated data (events and fatalities counted by month and place, as ACLED and HDX publish them), not "
    "events: dateline imports ACLED's event data (with event_id_cnty), from its export tool or API"
)


@pytest.mark.parametrize("name", ["acled-hdx-hapi-monthly-counts.csv", "acled-hdx-monthly-counts-hxl.csv"])
def test_hdx_s_monthly_counts_of_acled_are_refused_as_counts(tmp_path, name):
    """HDX's counts of ACLED's events by month (HAPI's layout and the earlier one with
    hashtags): were refused as CSVs without a title, pointing at --column, which would
    import each count as an event; now refused as counts, on the header's line."""
    path = REFUSED / name
    assert formats.detect(path) == "acled"
    assert refused_import(tmp_path / "a.db", path) == f"Error: {path}:1: {MONTHLY}"


@pytest.mark.parametrize(
    "header",
    [
        "location_code,event_type,events,fatalities,reference_period_start,reference_period_end",
        "Country ISO3,Admin 1 Name,Start Date,End Date,Event Type,Events,Fatalities",
        "country,admin1,month,year,events,fatalities",
        "Country;Month;Year;Events;Fatalities",
    ],
)
def test_acled_counts_by_month_in_other_layouts_are_refused(tmp_path, header):
    sep = ";" if ";" in header else ","
    path = tmp_path / "counts.csv"
    cells = {"location_code": "HTI", "country": "Haiti", "events": "3", "fatalities": "1"}
    row = sep.join(cells.get(h.strip().lower(), "2025-01-01") for h in header.split(sep))
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    assert refused_import(tmp_path / "a.db", path) == f"Error: {path}:1: {MONTHLY}"


def test_files_near_acled_s_counts_read_as_before(tmp_path):
    """Nearby: ACLED's weekly counts keep their words; a dateline CSV with a count of
    its own (title, start, events) imports; an ACLED event export is no count."""
    weekly = refused_import(tmp_path / "w.db", REFUSED / "acled-aggregated-weekly-middle-east.csv")
    assert "ACLED's aggregated data (events counted by week and region), not events" in weekly
    own = tmp_path / "own.csv"
    own.write_text("title,start,events,fatalities\nProtests,2025-01-01,3,0\n", encoding="utf-8")
    (rec,) = load(tmp_path / "o.db", own)
    assert rec["attrs"] == {"events": "3", "fatalities": "0"}
    assert formats.detect(REAL / "acled-2020-world-d-mon-yy-iso3.csv") == "acled"


# --------------------------------------------------------------------------- files with no events


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("empty.csv", b"", "an empty file"),
        ("blank.jsonl", b"\n\n", "an empty file"),
        ("bom.csv", b"\xef\xbb\xbf\r\n", "an empty file"),
        ("header.csv", b"title,start\n", "a header and no rows"),
        ("acled.csv", b"event_id_cnty,event_date,event_type,fatalities\r\n", "a header and no rows"),
        ("timesketch.csv", b'"message","datetime","timestamp_desc"\n', "a header and no rows"),
    ],
)
def test_a_file_with_no_events_is_refused_not_imported_as_nothing(tmp_path, name, content, said):
    """An empty file, or a header without rows (an export of a query that matched
    nothing): was "imported … 0 new" with exit status 0, a store made for nothing; now
    refused in one line, like a JSON answer with no events, and with --skip-bad the other
    files import and the summary counts it refused."""
    path = tmp_path / name
    path.write_bytes(content)
    assert refused_import(tmp_path / "a.db", path) == f"Error: {path}:1: no events: {said}"
    assert not (tmp_path / "a.db").exists()
    result = run(
        "--db", tmp_path / "b.db", "import", "--skip-bad", path, REAL / "timesketch-validate-missing-timestamp.csv"
    )
    assert result.exit_code == 0 and "1 new" in result.output and "1 file refused" in result.output
