"""What dateline exports, checked by the tools that read it: TimelineJS3 (the npm package
@knight-lab/timelinejs) in headless Chromium, and Timesketch's own import validation.

These need the `[interop]` extra, Debian's chromium and TimelineJS3 from npm; `.ci/interop-setup`
installs them. Without them a test skips, saying what to install, except in CI (CI=true),
where it fails: the checks must run there."""

from __future__ import annotations

import functools
import http.server
import io
import json
import os
import shutil
import threading
from datetime import datetime
from pathlib import Path

import pytest
from dateline.db import formats, queries, store
from dateline.db.write import write_records

from tests.interop.timesketch_validate import read_and_validate_jsonl

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CHROMIUM = Path(os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium"))
TIMELINEJS = Path(
    os.environ.get(
        "DATELINE_TIMELINEJS", ROOT / ".ci" / "interop" / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
    )
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SETUP = (
    "run .ci/interop-setup (apt-get install chromium; npm install @knight-lab/timelinejs; pip install -e '.[interop]')"
)


def missing(what: str) -> None:
    """Fail in CI, skip elsewhere, saying what to install."""
    message = f"{what} not found: {SETUP}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright's Python package (the [interop] extra)")
    if not CHROMIUM.exists():
        missing(f"Chromium at {CHROMIUM} (Debian's chromium package)")
    if not (TIMELINEJS / "js" / "timeline.js").exists():
        missing(f"TimelineJS3 at {TIMELINEJS}")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script>
</head><body style="margin:0">
<div id="timeline-embed" style="width:1000px;height:640px"></div>
<script>
window.result = null;
fetch("export.json").then(r => r.json()).then(data => {
  const tl = new TL.Timeline("timeline-embed", data, {hash_bookmark: false});
  window.tl = tl;
  const report = () => {
    const config = tl.config;
    window.result = {
      valid: !!config && config.isValid(),
      errors: config ? config.messages.errors : ["no configuration was made"],
      events: config ? config.events.length : 0,
      slides: document.querySelectorAll(".tl-slide").length,
      message: (document.querySelector(".tl-message-content") || {}).textContent || "",
    };
  };
  tl.on("ready", report);
  const poll = setInterval(() => {
    if (window.result) { clearInterval(poll); return; }
    if (tl.config && !tl.config.isValid()) { report(); clearInterval(poll); }
  }, 50);
  setTimeout(() => { if (!window.result) report(); }, 10000);
}).catch(e => { window.result = {valid: false, errors: [String(e)], events: 0, slides: 0, message: ""}; });
</script></body></html>
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A folder served on 127.0.0.1: the page, TimelineJS3 under /tl/, the export."""
    folder = tmp_path_factory.mktemp("site")
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    if TIMELINEJS.exists():
        (folder / "tl").symlink_to(TIMELINEJS, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def render(
    browser, site, doc_path: Path, screenshot: Path | None = None, texts: list[str] | None = None
) -> tuple[dict, list[str]]:
    """(TimelineJS's report, the page's errors); ``texts`` gets each slide's text as shown."""
    folder, url = site
    shutil.copy(doc_path, folder / "export.json")
    page = browser.new_page(viewport={"width": 1000, "height": 640})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # nothing but the local server: media on the web is not fetched
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url) else route.abort())
    page.goto(url + "index.html")
    page.wait_for_function("window.result !== null", timeout=20000)
    result = page.evaluate("window.result")
    if texts is not None:
        texts += page.evaluate("Array.from(document.querySelectorAll('.tl-slide .tl-text-content'), e => e.innerText)")
    if screenshot is not None:  # the first event's slide, past the title
        page.click(".tl-slidenav-next")
        page.wait_for_timeout(1500)
        page.screenshot(path=str(screenshot))
    page.close()
    return result, errors


def exported(tmp_path: Path, sources: list[Path] | None, db=None, fmt: str = "timelinejs") -> Path:
    out = tmp_path / ("export.json" if fmt == "timelinejs" else "export.jsonl")
    if db is None:
        with store.new_store_atomically(tmp_path / "s.db") as made:
            write_records(made, formats.read_all(sources or []))
        db = store.open_store(tmp_path / "s.db")
    formats.export_to_file(db, fmt, out)
    return out


TIMELINEJS_FILES = sorted(p for p in (DATA / "real").glob("timelinejs*")) + sorted(
    (DATA / "samples").glob("timelinejs*.json")
)


def test_timelinejs_renders_the_seed_export_with_a_screenshot(browser, site, seed_db, tmp_path):
    out = exported(tmp_path, None, seed_db)
    doc = json.loads(out.read_text(encoding="utf-8"))
    shot = ROOT / "screenshots" / "timelinejs-seed-export.png"
    result, errors = render(browser, site, out, screenshot=shot)
    assert errors == []
    assert result["valid"] and result["errors"] == [] and "rror" not in result["message"], result
    assert result["events"] == len(doc["events"]) == 11
    assert result["slides"] == result["events"] + 1  # one slide per event, and the title
    assert shot.stat().st_size > 10_000


@pytest.mark.parametrize("path", TIMELINEJS_FILES, ids=lambda p: p.name)
def test_timelinejs_renders_every_export_of_a_real_file(browser, site, tmp_path, path):
    out = exported(tmp_path, [path])
    doc = json.loads(out.read_text(encoding="utf-8"))
    result, errors = render(browser, site, out)
    assert errors == []
    assert result["valid"] and not result["errors"] and "rror" not in result["message"], result
    assert result["events"] == len(doc["events"])
    assert result["slides"] == len(doc["events"]) + ("title" in doc)


def test_timelinejs_renders_hostile_text_as_text(browser, site, tmp_path):
    path = tmp_path / "hostile.jsonl"
    path.write_text(
        json.dumps(
            {
                "id": "h1",
                "title": "<img src=x onerror=\"document.title='pwned'\">",
                "summary": "<script>document.title='pwned'</script>",
                "kind": "<b onmouseover=alert(1)>k</b>",
                "date_text": "<i>Friday</i>",
                "start": "2024-09-21",
                "link": "javascript:document.title='pwned'",
                "place": "Kyiv",
                "lat": 50.45,
                "lon": 30.52,
                "actors": ["<svg onload=alert(1)>"],
                "killed": 2,
                "status": "claimed",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    out = exported(tmp_path, [path])
    result, errors = render(browser, site, out)
    assert errors == [] and result["valid"] and "rror" not in result["message"], result
    assert result["slides"] == 2


# --------------------------------------------------------------------------- Timesketch


TIMESKETCH_SOURCES = [
    [],  # the seed store
    [DATA / "samples" / "timesketch-evtx-part.csv"],
    [DATA / "real" / "timesketch-validate-time-precision.csv"],
    [DATA / "real" / "acled-2016-africa-cp1252.csv"],
    [DATA / "real" / "timelinejs-eras.json"],
]


@pytest.mark.parametrize("sources", TIMESKETCH_SOURCES, ids=lambda s: s[0].name if s else "seed")
def test_timesketch_validation_reads_every_exported_row(seed_db, tmp_path, sources):
    out = exported(tmp_path, sources, None if sources else seed_db, fmt="timesketch")
    db = store.open_store(tmp_path / "s.db") if sources else seed_db
    n = sum(1 for _ in queries.records(db))
    with out.open(encoding="utf-8") as f:
        rows = list(read_and_validate_jsonl(f))
    assert len(rows) == n > 0
    for row in rows:
        assert isinstance(row["message"], str) and row["message"]
        moment = datetime.fromisoformat(row["datetime"])
        micros = int(moment.timestamp()) * 1_000_000 + moment.microsecond
        assert row["timestamp"] == micros  # timestamp equal to datetime, to the microsecond
    assert all(not isinstance(v, (dict, list)) for row in rows for k, v in row.items() if k != "tag")


def test_timesketch_validation_names_what_is_missing():
    with pytest.raises(RuntimeError, match="Missing field"):
        list(read_and_validate_jsonl(io.StringIO('{"message": "m", "datetime": "2024-09-21T10:00:00Z"}\n')))


def test_a_missing_tool_fails_in_ci_and_skips_elsewhere(monkeypatch):
    from tests import test_interop_tools as me

    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Chromium at /nowhere not found: run .ci/interop-setup"):
        me.missing("Chromium at /nowhere")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        me.missing("Chromium at /nowhere")
