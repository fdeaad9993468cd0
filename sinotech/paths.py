"""Where things live: the bundled corpus and schema, and the per-user store."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "sinotech"
DB_ENV = "SINOTECH_DB"
_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """A folder shipped with the package (`references`, `db`): inside an installed wheel, or at
    the top of a source checkout (an editable install)."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled folder {name!r} is missing from this installation")


def user_data_dir() -> Path:
    """The per-user data directory: the store and the library beside it."""
    return _per_user("XDG_DATA_HOME", ".local/share", "Application Support")


def user_cache_dir() -> Path:
    """The per-user cache directory: derived data any build can make again, such as the claims'
    sentence vectors, never the user's library."""
    return _per_user("XDG_CACHE_HOME", ".cache", "Caches", windows="cache")


def _per_user(xdg: str, xdg_default: str, mac: str, windows: str = "") -> Path:
    """A per-user directory of sinotech's, by each platform's convention (XDG on Linux and BSD;
    on Windows both live under %LOCALAPPDATA%, the cache in a folder of its own)."""
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
        return Path(local, APP_NAME, windows)
    if sys.platform == "darwin":
        return Path.home() / "Library" / mac / APP_NAME
    return Path(os.environ.get(xdg) or Path.home() / xdg_default) / APP_NAME


def default_db_path() -> Path:
    """The store: $SINOTECH_DB if set, else the settings file's `db`, else sinotech.db in the
    user data directory."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    from .config import settings

    return settings().db or user_data_dir() / f"{APP_NAME}.db"


MANIFEST = "manifest.json"
ANNOTATIONS = "annotations.json"  # the user's tags and notes (marks.py)


def library_dir(store_path: Path) -> Path:
    """The user's library, beside its store: sinotech.db → sinotech-library/."""
    return store_path.with_name(f"{store_path.stem}-library")
