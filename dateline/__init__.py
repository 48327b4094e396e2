"""dateline: a terminal timeline browser for dated events taken from news reports.

One import name for the whole program: ``dateline.db`` (the store, in the ``db/``
folder; never imports Textual) and ``dateline.tui`` (the Textual app, in ``tui/``).
"""
