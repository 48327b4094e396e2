"""``python -m dateline``: the same as the ``dateline`` command."""

from dateline.tui.start import main

main()
