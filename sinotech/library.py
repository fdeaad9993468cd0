"""The user's library: every document they added, kept whole, beside the store.

The store is derived data and may be rebuilt at any time; the library is not. It is a folder
next to the store file (`sinotech.db` → `sinotech-library/`, so `--db`/`SINOTECH_DB` move both):

    manifest.json      the sources in the order added: id, kind, file, sha256, overrides
    keys.json          the citation key each work was given (so a key never changes)
    files/ID.ext       a copy of each added file, as added
    cache/SHA.json     each file's ingest output, so a rebuild re-reads nothing

Every write goes to a temporary file renamed into place, the manifest last, so a crash at any
point leaves either the old library or the new one, and a file not (yet) in the manifest is
debris that the next change sweeps.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError, NotFound, SinotechError
from .paths import MANIFEST, library_dir

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from .ingest.model import Document, Metadata

LIBRARY_FORMAT = "sinotech-library"
KEYS = "keys.json"


@dataclass
class Entry:
    """One added source, as the manifest records it."""

    id: str
    kind: str
    file: str  # the copy, under files/
    original: str  # the path it was added from
    sha256: str
    added: str  # ISO 8601 timestamp
    overrides: dict[str, object] = field(default_factory=dict)  # --title, --author, …


@dataclass
class Library:
    path: Path
    entries: list[Entry] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # work identity -> citation key

    def entry(self, source_id: str) -> Entry:
        for entry in self.entries:
            if entry.id == source_id:
                return entry
        raise NotFound(f"no added source {source_id!r}: see `sinotech sources`")


@contextlib.contextmanager
def locked(store_path: Path) -> Iterator[None]:
    """Hold the library's lock while changing it: two `add`s at once take turns instead of
    one's manifest overwriting the other's (an advisory lock; where the platform has none, as
    on Windows, changes are not serialised)."""
    folder = library_dir(store_path)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "a+b") as handle:
        try:
            import fcntl
        except ImportError:
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def load(store_path: Path) -> Library:
    """The library beside a store (empty if nothing was ever added)."""
    folder = library_dir(store_path)
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Library(folder)
    except (OSError, ValueError) as error:
        raise SinotechError(
            f"cannot read the library manifest {folder / MANIFEST}: {error}"
        ) from None
    if data.get("format") != LIBRARY_FORMAT:
        raise SinotechError(f"{folder / MANIFEST} is not a sinotech library manifest")
    try:
        keys = json.loads((folder / KEYS).read_text(encoding="utf-8"))
    except FileNotFoundError:
        keys = {}
    except (OSError, ValueError) as error:
        raise SinotechError(f"cannot read the library's keys {folder / KEYS}: {error}") from None
    return Library(folder, [Entry(**entry) for entry in data["sources"]], keys)


def save_keys(library: Library) -> None:
    """The keys apart from the manifest: recording them changes no source, so the store's
    fingerprint (which reads the manifest) stays as it is."""
    write_atomic(library.path / KEYS, json.dumps(library.keys, indent=1, ensure_ascii=False))


def save(library: Library) -> None:
    """Write the manifest atomically, then sweep files no entry names (debris of a crash)."""
    data = {
        "format": LIBRARY_FORMAT,
        "version": 1,
        "sources": [asdict(entry) for entry in library.entries],
    }
    write_atomic(library.path / MANIFEST, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    kept_files = {entry.file for entry in library.entries}
    kept_caches = {f"{entry.sha256}.json" for entry in library.entries}
    for folder, kept in (("files", kept_files), ("cache", kept_caches)):
        for path in (library.path / folder).glob("*"):
            if path.name not in kept:
                path.unlink(missing_ok=True)


def write_atomic(path: Path, text: str) -> None:
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def copy_atomic(source: Path, target: Path) -> None:
    import shutil
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    os.close(handle)
    try:
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def sha256_of(path: Path) -> str:
    from hashlib import sha256

    return sha256(path.read_bytes()).hexdigest()


def slug(metadata: Metadata, taken: set[str]) -> str:
    """A readable id: the first author's family name and the year, `bendett-2019`. An
    organisation as author ('Contributors to Wikimedia projects', 'Congressional Research
    Service') gives the site or publisher's name, else its own first words; no author, the
    title's first word. Made unique with -2, -3 …"""
    from .bibliography import fold

    person = _family_name(metadata.authors[0]) if metadata.authors else None
    if person:
        who = person
    elif metadata.authors:
        who = metadata.container_title or metadata.publisher or metadata.authors[0]
        who = " ".join(who.split()[:3])
    else:
        words = [w for w in re.split(r"\W+", metadata.title or "") if len(w) > 3]
        who = words[0] if words else "source"
    stem = re.sub(r"[^a-z0-9]+", "-", fold(who).lower()).strip("-")[:30].strip("-") or "source"
    year = (metadata.issued or "")[:4]
    base = f"{stem}-{year}" if year.isdigit() else stem
    candidate, count = base, 1
    while candidate in taken:
        count += 1
        candidate = f"{base}-{count}"
    return candidate


def _family_name(name: str) -> str | None:
    """A person's family name, or None for a name that is not a person's: more than four
    words, or a lower-case word that is no particle ('Contributors to Wikimedia projects')."""
    from .ingest.builder import PARTICLES, display_name
    from .ingest.citations import byline_name

    name = display_name(name)
    words = name.split()
    if len(words) > 4 or any(w[:1].islower() and w not in PARTICLES for w in words):
        return None
    return byline_name(name).get("family")


def apply_overrides(metadata: Metadata, overrides: dict[str, object]) -> None:
    """What the user said wins over what the file states."""
    for key, value in overrides.items():
        if key != "id" and value:
            setattr(metadata, key, list(value) if key == "authors" else value)


def check_id(source_id: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,63}", source_id) or ":" in source_id:
        raise InputError(
            f"bad source id {source_id!r}: use lower-case letters, digits, '-', '.' or '_'"
        )
    return source_id


def now() -> str:
    import datetime

    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


# --- the ingest cache -----------------------------------------------------------------------


def cache_file(library: Library, sha: str) -> Path:
    """Where the ingest of the library's file with this SHA-256 is cached."""
    return library.path / "cache" / f"{sha}.json"


def write_cache(library: Library, sha: str, document: Document, code: str) -> None:
    from .ingest.serialize import document_json

    write_atomic(cache_file(library, sha), document_json(document, code))


def cached(path: Path, code: str, read: Callable[[], Document]) -> Document:
    """The document cached at path, if the same ingest code made it; else read, and cached
    there (derived data: a cache that cannot be written is not kept). The library's files and
    the bundled documents are cached alike."""
    from .ingest.serialize import document_json, read_document

    document = read_document(path, code)
    if document is None:
        document = read()
        with contextlib.suppress(OSError):
            write_atomic(path, document_json(document, code))
    return document
