"""A real terminal for tests: a command run in a tmux pane (a server of its own), whose
screen, title and clipboard (OSC 52 makes a tmux paste buffer) the test then reads."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

HAS_TMUX = shutil.which("tmux") is not None
needs_tmux = pytest.mark.skipif(not HAS_TMUX, reason="tmux is not installed")
TITLE = "before-the-command"
END = "__command ended with"


class Terminal:
    def __init__(self, tmp_path: Path, width: int = 80, height: int = 24) -> None:
        self.dir = tmp_path
        self.socket = f"dateline-test-{uuid.uuid4().hex[:12]}"
        self.width, self.height = width, height
        conf = tmp_path / "tmux.conf"
        # applications may set the clipboard (as many terminals let them) and the title
        conf.write_text("set -g set-clipboard on\nset -g allow-rename on\nset -g remain-on-exit on\n")
        self.conf = conf

    def tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, "-f", str(self.conf), *args], capture_output=True, text=True, check=True
        ).stdout

    def start(self, argv: list[str], env: dict[str, str] | None = None, *, keep: bool = True) -> None:
        """Run ``argv`` in a new pane; with ``keep``, the pane stays after it ends and
        says how it ended (then ``wait_end``)."""
        script = self.dir / f"run-{uuid.uuid4().hex[:8]}.sh"
        exports = "".join(f"export {k}={shlex.quote(v)}\n" for k, v in (env or {}).items())
        tail = f'echo "{END} $?"\nexec cat\n' if keep else ""
        # (pytest's environment has COLUMNS and LINES, which would override the pane's size)
        script.write_text(f"printf '\\033]2;{TITLE}\\007'\nunset COLUMNS LINES\n{exports}{shlex.join(argv)}\n{tail}")
        self.tmux("new-session", "-d", "-s", "t", "-x", str(self.width), "-y", str(self.height), f"sh {script}")

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "t")

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if text in shown:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never showed; the screen:\n{shown}")
            time.sleep(0.05)

    def wait_gone(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if text not in shown:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never went; the screen:\n{shown}")
            time.sleep(0.05)

    def wait_end(self, timeout: float = 30.0) -> int:
        shown = self.wait_for(END, timeout)
        return int(shown.split(END, 1)[1].split()[0])

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "t", *keys)

    def title(self) -> str:
        return self.tmux("display", "-p", "-t", "t", "#{pane_title}").strip()

    def clipboard(self) -> str:
        return self.tmux("list-buffers")

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)
        folder = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
        (folder / self.socket).unlink(missing_ok=True)


def dateline_argv(*args: str) -> list[str]:
    exe = Path(sys.executable).parent / "dateline"
    return [str(exe if exe.exists() else shutil.which("dateline") or "dateline"), *args]
