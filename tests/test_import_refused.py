"""A file refused as a whole (its header or its format says no row of it can be read:
another program's CSV or JSON, a ZIP, Plaso's storage, an event log, a site's template,
TimelineJS's embed code, a document that is broken) is told from a bad row: without
--skip-bad, the import does not offer --skip-bad (there are no good rows to import);
with it, an import whose every file was refused fails, and one that imported others
counts the refused files in its summary."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from dateline.db import formats
from dateline.db.records import FileRefused
from importing import run

REFUSED = Path(__file__).resolve().parent / "data" / "refused"
ROLLED_BACK = "nothing imported; the store is as it was"
HINT = "(--skip-bad imports the good rows)"
ONE_REFUSED = "Error: nothing imported: the file was refused; the store is as it was"

# the files of tests/data/refused that no row of can be read (the others there are refused
# row by row: each line another program's record, a Timesketch row without a time, ...)
WHOLE_FILES = [
    "acled-aggregated-weekly-middle-east.csv",
    "acled-aggregated-weeks-renamed-no-counts.csv",
    "acled-git-lfs-pointer.csv",
    "aws-cloudtrail-s3-log-records.json",
    "chainsaw-search-windows-events-array.json",
    "chainsaw-security-sample-first-chunk.evtx",
    "gcp-gcloud-logging-read-json-array.json",
    "m365-unified-audit-log-search-export.csv",
    "mactime-csv-ntfs-recycle-bin.csv",
    "news-chronicle-json-timeline-list.json",
    "news-storymap-csv-time-column.csv",
    "news-watch-json-array-own-fields.json",
    "plaso-aws-cloudtrail-lookup-events.jsonl",
    "plaso-azure-activity-log.jsonl",
    "plaso-gcp-logging.jsonl",
    "plaso-microsoft365-audit-log.jsonl",
    "sleuthkit-bodyfile-ntfs.txt",
    "timeline-csv-title-no-date-column-cr.csv",
    "timelinejs-jekyll-liquid-template.json",
    "timelinejs-js-module-end-date-computed-today.js",
    "timelinejs-js-module-two-objects-variables.js",
    "timelinejs-lookalike-events-without-slides.json",
    "timelinesetter-csv-cr-line-ends.csv",
    "timesketch-plaso-l2tcsv.csv",
    "timesketch-plaso-l2ttln.txt",
    "timesketch-plaso-psort-json.json",
    "timesketch-plaso-storage-first-page.plaso",
    "timesketch-plaso-tln.txt",
]


def desk_csv(tmp_path: Path) -> Path:
    """A desk's CSV (date, event, source): no 'title' column."""
    path = tmp_path / "desk.csv"
    path.write_text("date,event,source\n2024-03-26,Bridge collapses,CBS\n", encoding="utf-8")
    return path


def good_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "good.jsonl"
    path.write_text(json.dumps({"title": "Bridge collapses", "start": "2024-03-26T01:28:00Z"}) + "\n")
    return path


def test_a_refused_file_without_skip_bad_offers_no_skip_bad(tmp_path):
    path, db = desk_csv(tmp_path), tmp_path / "x.db"
    result = run("--db", db, "import", path)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"Error: {path}:1: no 'title' column: not dateline's CSV")
    assert "its columns: date, event, source; --column title=COLUMN" in lines[0]
    assert lines[-1] == ROLLED_BACK
    assert "--skip-bad" not in result.stderr
    assert not db.exists()


def test_a_refused_file_with_skip_bad_alone_fails_and_leaves_no_store(tmp_path):
    path, db = desk_csv(tmp_path), tmp_path / "x.db"
    result = run("--db", db, "import", "--skip-bad", path)
    assert result.exit_code == 1
    refusal, said = result.stderr.splitlines()
    assert refusal.startswith(f"{path}:1: no 'title' column: ")  # said once, as it was
    assert said == ONE_REFUSED
    assert not db.exists()


def test_every_file_refused_says_so(tmp_path):
    path, db = desk_csv(tmp_path), tmp_path / "x.db"
    other = REFUSED / "timesketch-plaso-l2tcsv.csv"
    result = run("--db", db, "import", "--skip-bad", path, other)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "Error: nothing imported: every file was refused; the store is as it was"
    assert not db.exists()


def test_a_refused_file_beside_one_that_imports_is_counted(tmp_path):
    path, good, db = desk_csv(tmp_path), good_jsonl(tmp_path), tmp_path / "x.db"
    result = run("--db", db, "import", "--skip-bad", path, good)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{path}:1: no 'title' column: ")
    assert lines[-1] == f"imported 2 files into {db}: 1 new, 0 updated, 0 unchanged, 1 file refused"
    assert "Bridge collapses" in run("--db", db, "events").output


def test_bad_rows_and_refused_files_are_counted_apart(tmp_path):
    path, db = desk_csv(tmp_path), tmp_path / "x.db"
    rows = tmp_path / "rows.csv"
    rows.write_text("title,start\nA,2024-01-02\nB,someday\n", encoding="utf-8")
    plaso = REFUSED / "timesketch-plaso-l2tcsv.csv"
    result = run("--db", db, "import", "--skip-bad", "--tz", "UTC", path, rows, plaso)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == (
        f"imported 3 files into {db}: 1 new, 0 updated, 0 unchanged, 1 bad, 2 files refused"
    )


def test_a_bad_row_still_gets_the_skip_bad_hint(tmp_path):
    rows, db = tmp_path / "rows.csv", tmp_path / "x.db"
    rows.write_text("title,start\nA,2024-01-02\nB,someday\n", encoding="utf-8")
    result = run("--db", db, "import", rows)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == f"{ROLLED_BACK} {HINT}"
    skipped = run("--db", db, "import", "--skip-bad", "--tz", "UTC", rows)
    assert skipped.exit_code == 0
    assert skipped.stderr.splitlines()[-1] == f"imported {rows} into {db}: 1 new, 0 updated, 0 unchanged, 1 bad"


def test_a_file_with_only_bad_rows_is_not_refused(tmp_path):
    """Every row bad is not the file refused: --skip-bad imports nothing, as it did; and
    the error does not offer it (tests/test_real_files_tenth.py)."""
    rows, db = tmp_path / "rows.csv", tmp_path / "x.db"
    rows.write_text("title,start\nB,someday\n", encoding="utf-8")
    said = run("--db", db, "import", rows).stderr
    assert said.splitlines()[-1] == ROLLED_BACK and "--skip-bad" not in said
    skipped = run("--db", db, "import", "--skip-bad", rows)
    assert skipped.exit_code == 0 and skipped.stderr.endswith("0 new, 0 updated, 0 unchanged, 1 bad\n")


def test_a_zip_a_broken_document_and_an_undecodable_one_are_refused(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("events.csv", "title,start\nA,2024-01-02\n")
    broken = tmp_path / "timeline.json"
    broken.write_text('{"events": [{"start_date": {"year": 2024}, "text": {"headline": "A"}},]}', encoding="utf-8")
    embed = tmp_path / "embed.js"
    embed.write_text("timeline = new TL.Timeline('timeline-embed', './timeline.json');\n", encoding="utf-8")
    for path in (archive, broken, embed):
        result = run("--db", tmp_path / "x.db", "import", path)
        assert result.exit_code == 1 and result.stderr.splitlines()[-1] == ROLLED_BACK, result.stderr
        result = run("--db", tmp_path / "x.db", "import", "--skip-bad", path)
        assert result.exit_code == 1 and result.stderr.splitlines()[-1] == ONE_REFUSED, result.stderr


@pytest.mark.parametrize("name", WHOLE_FILES)
def test_the_readers_refuse_these_files_as_a_whole(name, tmp_path):
    ((where, why),) = list(formats.read(REFUSED / name))
    assert isinstance(why, FileRefused), (where, why)
    result = run("--db", tmp_path / "x.db", "import", REFUSED / name)
    assert result.exit_code == 1 and result.stderr.splitlines()[-1] == ROLLED_BACK


def test_a_row_refused_per_line_is_a_bad_row(tmp_path):
    """JSON Lines of Windows events: each line refused on its own, so rows, not the file."""
    items = list(formats.read(REFUSED / "chainsaw-search-windows-events.jsonl"))
    assert len(items) == 2 and not any(isinstance(why, FileRefused) for _, why in items)
