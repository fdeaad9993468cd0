"""Every test runs against one store built from the real corpus, never the user's own."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from sinotech import store


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One cache (sentence vectors) for the session, never the user's own: builds share it, as
    a user's do, and every process the tests start inherits it."""
    path = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(path))
        yield path


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("store") / "sinotech.db"
    store.build(path)
    return path


@pytest.fixture(autouse=True)
def isolated_store(store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point SINOTECH_DB at the session's store and the data directory at a temporary one."""
    monkeypatch.setenv("SINOTECH_DB", str(store_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store of the test's own, not built yet, so adding never touches the session's shared
    store (a module that needs another kind of store defines its own `db`)."""
    path = tmp_path / "store" / "s.db"
    path.parent.mkdir()
    monkeypatch.setenv("SINOTECH_DB", str(path))
    return path


@pytest.fixture
def connection(store_path: Path) -> sqlite3.Connection:
    with contextlib.closing(store.open_store(store_path)) as connection:
        yield connection
