"""What relative dates in "go to date" count from."""

from __future__ import annotations

from datetime import UTC, datetime

from dateline.db import queries, store


def test_base_date_is_the_newest_publication_at_noon_utc_without_a_time(seed_db):
    newest = queries.newest_published(seed_db)
    base = queries.base_date(seed_db)
    assert base is not None and base.date().isoformat() == newest[:10]
    if "T" not in newest:
        assert (base.hour, base.utcoffset()) == (12, datetime(2024, 1, 1, tzinfo=UTC).utcoffset())


def test_base_date_keeps_a_publication_time_and_is_now_without_sources(seed_path):
    seed_db = store.open_store(seed_path, write=True)
    with seed_db.conn:
        seed_db.execute("UPDATE sources SET published = '2030-05-06T07:08:00+03:00'")
    assert queries.base_date(seed_db) == datetime.fromisoformat("2030-05-06T07:08:00+03:00")
    with seed_db.conn:
        seed_db.execute("UPDATE sources SET published = NULL")
    before = datetime.now(UTC)
    assert before <= queries.base_date(seed_db) <= datetime.now(UTC)
