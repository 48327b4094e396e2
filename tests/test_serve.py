"""``dateline serve``: the browser in a web page (textual-serve), seen in headless Chromium.

The page test needs Debian's chromium and the ``webtest`` extra (``bash .ci/web-setup``).
Without them it skips, saying what is missing; under CI (CI=true) it fails instead.
``DATELINE_SCREENSHOTS=1`` makes it write the README's screenshot, screenshots/web-page.png.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateline.tui import serve as serve_module
from dateline.tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
INSTALL = "install with: bash .ci/web-setup (apt-get install -y chromium; pip install -e '.[webtest]')"
# Catch the page's xterm.js Terminal as textual-serve's script stores it (this.terminal = ...),
# so that the test can read what the terminal holds, line by line.
CATCH_TERMINAL = """
Object.defineProperty(Object.prototype, 'terminal', {
  configurable: true,
  set(value) {
    window.__terminal = value;
    Object.defineProperty(this, 'terminal', {value, writable: true, configurable: true, enumerable: true});
  },
  get() { return undefined; },
});
"""
TERMINAL_TEXT = """() => {
  const t = window.__terminal;
  if (!t) return '';
  const buffer = t.buffer.active, lines = [];
  for (let i = 0; i < buffer.length; i++) {
    const line = buffer.getLine(i);
    if (line) lines.push(line.translateToString(true));
  }
  return lines.join('\\n');
}"""


# -- the command, without a browser ---------------------------------------------------


@pytest.mark.parametrize(
    "host, loopback",
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("10.1.2.3", False),
        ("example.org", False),
    ],
)
def test_loopback_hosts(host, loopback):
    assert serve_module.is_loopback(host) is loopback


class FakeServer:
    made: list[FakeServer] = []

    def __init__(self, command, host, port, title=None):
        self.command, self.host, self.port, self.title = command, host, port, title
        self.served = False
        FakeServer.made.append(self)

    def serve(self):
        self.served = True


@pytest.fixture
def fake_server(monkeypatch):
    pytest.importorskip("textual_serve")
    import textual_serve.server

    FakeServer.made = []
    monkeypatch.setattr(textual_serve.server, "Server", FakeServer)
    return FakeServer


def test_serve_on_loopback_says_where_and_warns_of_nothing(seed_path, fake_server):
    result = CliRunner().invoke(main, ["--db", str(seed_path), "serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    (server,) = fake_server.made
    assert (server.host, server.port, server.served) == ("127.0.0.1", 8123, True)
    assert server.command.endswith(f"-m dateline.tui.serve {seed_path}")  # read-only: no --writable
    assert "warning" not in result.output
    assert f"serving {seed_path} read-only at http://127.0.0.1:8123" in result.output


def test_serve_on_every_address_warns_on_stderr(seed_path, fake_server):
    result = CliRunner().invoke(main, ["--db", str(seed_path), "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 0
    assert f"warning: serving on 0.0.0.0: anyone who can reach port 8000 can read {seed_path}" in result.output
    result = CliRunner().invoke(main, ["--db", str(seed_path), "serve", "--host", "0.0.0.0", "--writable"])
    assert "can read" in result.output and "and change it" in result.output
    assert fake_server.made[-1].command.endswith("--writable")


def test_serve_without_a_store_says_so_in_one_line(tmp_path, fake_server):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "none.db"), "serve"])
    assert result.exit_code == 1
    none = tmp_path / "none.db"
    assert (
        result.output.strip() == f"Error: no store at {none} (dateline import FILE --db {none} makes one from a file)"
    )
    assert fake_server.made == []


def test_a_session_opens_the_store_read_only(seed_path, monkeypatch):
    from dateline.tui.app import DatelineApp

    opened = []
    monkeypatch.setattr(DatelineApp, "run", lambda self: opened.append(self.db))
    serve_module.run([str(seed_path)])
    (db,) = opened
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM events")
    with pytest.raises(SystemExit, match="no store at"):
        serve_module.run([str(seed_path) + ".missing"])


# -- the page in headless Chromium ----------------------------------------------------


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


def missing_or_skip(what: str) -> None:
    message = f"the web page test needs {what}: {INSTALL}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"dateline serve ended with status {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"dateline serve did not listen on port {port} within {seconds} s")


def test_the_page_shows_the_seeds_timeline(seed_path, tmp_path):
    try:
        import textual_serve  # noqa: F401
    except ImportError:
        missing_or_skip("textual-serve")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_or_skip("Playwright's Python package")
    browser_path = chromium()
    if browser_path is None:
        missing_or_skip("Chromium")

    port = free_port()
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"))
    server = subprocess.Popen(
        [sys.executable, "-m", "dateline", "--db", str(seed_path), "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,  # its sessions' processes go with it at the end
    )
    try:
        wait_for_port(port, server, 30)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=browser_path, args=CHROMIUM_ARGS, timeout=30_000)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 860})
                page.add_init_script(CATCH_TERMINAL)
                # loopback only: the page's web font (fonts.googleapis.com) is not fetched
                page.route(
                    "**/*",
                    lambda route: (
                        route.continue_()
                        if route.request.url.startswith(f"http://127.0.0.1:{port}/")
                        else route.abort()
                    ),
                )
                page.goto(f"http://127.0.0.1:{port}/", timeout=20_000)
                page.wait_for_function(f"() => ({TERMINAL_TEXT})().includes('Kryvyi Rih')", timeout=30_000, polling=200)
                text = page.evaluate(TERMINAL_TEXT)
                assert "─ Fri 20 Sep 2024 ─" in text and "10 events" in text  # a day header
                assert "Kryvyi Rih" in text and "dateline  seed · 11 events" in text
                shot = tmp_path / "web-page.png"
                page.screenshot(path=str(shot), timeout=10_000)
                assert shot.stat().st_size > 10_000
                if os.environ.get("DATELINE_SCREENSHOTS") == "1":
                    shutil.copy(shot, ROOT / "screenshots" / "web-page.png")
            finally:
                browser.close()
    finally:
        try:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)


def test_serve_without_db_serves_the_default_store_built_on_first_use(fake_server):
    from dateline.db import store

    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 0, result.output
    (server,) = fake_server.made
    path = store.default_path()
    assert path.exists() and server.command.endswith(f"-m dateline.tui.serve {path}")
