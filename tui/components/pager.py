"""`v`: the selected event's whole text (a summary of megabytes the detail pane cuts) in
the user's $PAGER, the browser suspended meanwhile."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess

from dateline.db.text import clean


def full_text(rec: dict) -> str:
    """Every text of an event record, whole, cleaned of control characters."""
    parts = [clean(rec["title"]), ""]
    if rec.get("date_text"):
        parts.append(f"When: {clean(rec['date_text'])} ({rec['start']} → {rec['end']})")
    if rec.get("summary"):
        parts += ["", clean(rec["summary"])]
    for q in rec.get("quotes") or []:
        who = ", ".join(clean(x, one_line=True) for x in (q.get("speaker"), q.get("role")) if x)
        parts += ["", f"“{clean(q['text'])}”", f" — {who or 'unknown speaker'}"]
    for key, value in (rec.get("attrs") or {}).items():
        parts += ["", f"{clean(str(key), one_line=True)}: {clean(str(value))}"]
    if rec.get("excerpt"):
        parts += ["", clean(rec["excerpt"])]
    return "\n".join(parts) + "\n"


def pager_command() -> list[str] | None:
    """$PAGER, else less, else more; None when there is none."""
    wanted = os.environ.get("PAGER", "").strip()
    if wanted:
        try:
            argv = shlex.split(wanted)
        except ValueError:
            argv = []
        if argv and shutil.which(argv[0]):
            return argv
    for name in ("less", "more"):
        if shutil.which(name):
            return [name]
    return None


def view_in_pager(app, rec: dict | None) -> None:
    """Show ``rec``'s whole text in the pager, the app suspended (in a terminal)."""
    if rec is None:
        return
    argv = pager_command()
    if argv is None:
        app.notify("No pager found: set $PAGER (less, more…)", severity="error")
        return
    data = full_text(rec).encode("utf-8")
    from textual.app import SuspendNotSupported

    try:
        with app.suspend():
            subprocess.run(argv, input=data, check=False)
    except SuspendNotSupported:  # no terminal to hand over (a test, a web driver)
        subprocess.run(argv, input=data, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError as exc:
        app.notify(f"The pager did not start: {exc.strerror or exc}", severity="error", markup=False)
