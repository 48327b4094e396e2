"""What the import tests share: running dateline's CLI, and the one line a refused
import says (``Error: FILE:LINE: why``)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result
from dateline.tui.cli import main


def run(*args) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def error_line(result: Result) -> str:
    """The one ``Error:`` line of a command's stderr (none, or more than one, fails the test)."""
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("Error:")]
    return line


def refused_import(db_path: Path, *args) -> str:
    """``dateline --db DB_PATH import ARGS…``, which must be refused (exit status 1, one
    ``Error:`` line): that line."""
    result = run("--db", db_path, "import", *args)
    assert result.exit_code == 1, result.output
    return error_line(result)
