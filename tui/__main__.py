"""``python -m dateline.tui``: the same as the ``dateline`` command."""

from dateline.tui.cli import main

main()
