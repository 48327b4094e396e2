"""Shared fixtures: a seed store built once per session, copied for tests that write."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from dateline.db import seed, store

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"


@pytest.fixture(scope="session", autouse=True)
def _gazetteer_cache(tmp_path_factory) -> Iterator[None]:
    """The gazetteer's kept index (a user cache) in a folder of the session's, built once
    for all the tests (and the processes they start), never in the user's own cache."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(scope="session")
def seed_store_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "seed.db"
    with store.new_store_atomically(path) as db:
        seed.build(db)
    return path


@pytest.fixture
def seed_path(seed_store_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the seed store, free to change."""
    path = tmp_path / "seed.db"
    shutil.copy(seed_store_file, path)
    return path


@pytest.fixture
def seed_db(seed_path: Path):
    db = store.open_store(seed_path)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _no_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's own store: the default store lives in a temporary home."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))  # settings (the theme)
    monkeypatch.delenv("DATELINE_DB", raising=False)
