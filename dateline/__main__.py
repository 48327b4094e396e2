"""``python -m dateline``: the same as the ``dateline`` command."""

from dateline.tui.cli import main

main()
