"""Building the store: atomically, with sqlite-utils, whenever what it is built from changes.

The store is derived data. `open_store` checks the fingerprint of what it was built from (the
corpus files, db/schema.sql, the entity list and the code that ingests and cross-references)
and rebuilds when any of them changed, so a user never runs on stale data and never runs a
manual step. sqlite-utils is imported only to build.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import stat
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreError
from ..paths import MANIFEST, bundled, library_dir, user_data_dir
from ..sources import SOURCES

if TYPE_CHECKING:
    import sqlite_utils

    from ..bibliography import Work
    from ..crossref import CrossReference
    from ..ingest import Document
    from ..sources import Source

STORE_FORMAT = "sinotech"
# The SQLite header's application id (bytes 68-71): how a store is known as sinotech's own even
# when damage makes its tables unreadable, so that `db build` may replace it.
_APPLICATION_ID = b"SNTC"
# A build's temporary file (and its journal): `.sinotech-` and eight letters, digits or `_`.
_TEMPORARY = re.compile(r"(\.sinotech-[a-z0-9_]{8}\.db)(-journal|-wal|-shm)?")
# The code whose output the store holds: a change to any of it rebuilds the store.
_BUILD_CODE = ("sources.py", "bibliography.py", "crossref.py", "entities.py", "dates.py",
               "similarity.py", "store/build.py", "add.py", "library.py", "marks.py",
               "store/marks.py")  # fmt: skip
_PACKAGE = Path(__file__).resolve().parent.parent


def fingerprint(store_path: Path, corpus_dir: Path | None = None) -> str:
    """A checksum of everything the store is built from: the corpus, the user's library
    manifest, the schema, the ingest and bibliography code. CRC-32 per file (it detects
    changes, it guards against nobody, and zlib loads in a fraction of the time hashlib's
    OpenSSL takes, on every command)."""
    corpus_dir = corpus_dir or bundled("references")
    inputs = [bundled("db") / "schema.sql", _PACKAGE / "data" / "entities.tsv"]
    inputs += [_PACKAGE / name for name in _BUILD_CODE]
    inputs += [corpus_dir / source.filename for source in SOURCES]
    library = f"{zlib.crc32(_library_sources(store_path)):08x}"
    return "-".join([_checksum(inputs), ingest_code(), library]) + marks_checksum(store_path)


def marks_checksum(store_path: Path) -> str:
    """The part of the fingerprint that follows the user's tags and notes: when only it
    differs, the store's copy of them is refreshed in place instead of rebuilt."""
    from ..marks import read_bytes

    return f"+{zlib.crc32(read_bytes(store_path)):08x}"


def ingest_code() -> str:
    """A checksum of the ingest code: the store and the library's ingest cache are made again
    when it changes."""
    return _checksum(sorted((_PACKAGE / "ingest").rglob("*.py")))


def _checksum(paths: list[Path]) -> str:
    return "-".join(f"{zlib.crc32(path.read_bytes()):08x}" for path in paths)


def _library_sources(store_path: Path) -> bytes:
    """The library's manifest as stored (b'' without a library): it changes exactly when a
    source is added or removed. Read as bytes, never parsed, so checking costs next to
    nothing however large the library grows."""
    try:
        return (library_dir(store_path) / MANIFEST).read_bytes()
    except FileNotFoundError:
        return b""


def open_store(path: Path) -> sqlite3.Connection:
    """A read-only connection to an up-to-date store at path, building it first if needed (or
    only refreshing its copy of the user's tags and notes, when nothing else changed)."""
    built = _built_from(path) if path.exists() else None
    current = fingerprint(path)
    if built != current:
        if built is not None and built.partition("+")[0] == current.partition("+")[0]:
            sync_annotations(path)
        else:
            build(path)
    return connect_read_only(path)


def sync_annotations(path: Path) -> None:
    """Copy the library's tags and notes into the store in place, with the fingerprint that
    records it, in one transaction (a crash leaves the old copy, which the next command
    refreshes). A store this user cannot write, such as a team's shared one, is left as it is."""
    from ..marks import load_leniently
    from .marks import write_marks

    stamp = fingerprint(path)  # before reading: a mark made meanwhile is seen next time
    marks = load_leniently(path)
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            write_marks(connection, marks)
            connection.execute("UPDATE meta SET value = ? WHERE key = 'fingerprint'", [stamp])
            connection.execute("COMMIT")
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return


def connect_read_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    return connection


def _built_from(path: Path) -> str | None:
    """The fingerprint a store was built from; StoreError for a file that is not a store, and
    for a store of ours whose tables cannot be read."""
    try:
        with connect_read_only(path) as connection:
            rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as error:
        if _is_ours(path):
            raise _damaged(path, error) from None
        rows = {}
    if rows.get("format") != STORE_FORMAT:
        raise StoreError(f"{path} is not a sinotech store; choose another path with --db")
    return rows.get("fingerprint")


def _is_ours(path: Path) -> bool:
    """Whether the file's SQLite header carries sinotech's application id (read as bytes: the
    header outlives damage to every table)."""
    try:
        with path.open("rb") as stream:
            header = stream.read(72)
    except OSError:
        return False
    return header.startswith(b"SQLite format 3\0") and header[68:] == _APPLICATION_ID


def check_damage(path: Path, error: sqlite3.DatabaseError) -> None:
    """Raise StoreError if an error a query met says the store is damaged (SQLite's "malformed"
    or "not a database"), naming what `PRAGMA quick_check` finds. Other errors are not damage."""
    if "malformed" in str(error) or "not a database" in str(error):
        raise _damaged(path, error) from None


def _damaged(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    """The damage in one line: quick_check's first finding, else the error itself. The store
    is only ever replaced whole, so damage means the disk or another program: the user is told,
    and `db build` (which knows the store as ours by its header) rebuilds it."""
    try:
        with contextlib.closing(connect_read_only(path)) as connection:
            found = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as failure:
        found = str(failure)
    found = found.removeprefix("*** in database main ***")  # the only database there is
    detail = " ".join((str(error) if found == "ok" else found).split())
    return StoreError(f"the store {path} is damaged ({detail}): `sinotech db build` rebuilds it")


def build(path: Path, corpus_dir: Path | None = None) -> dict[str, int]:
    """Ingest the corpus and the user's library into a new store at path, replacing any old
    one only when complete. Returns counts, and the keys of the works (for the library)."""
    import datetime

    import sqlite_utils

    from ..add import library_documents
    from ..bibliography import build_works, identity
    from ..crossref import cross_reference
    from ..ingest import ingest_corpus
    from ..library import load
    from ..marks import load_leniently
    from .marks import write_marks

    corpus_dir = corpus_dir or bundled("references")
    target = path.resolve()  # a symlinked store is rebuilt at its target, and stays a link
    if path.exists() and not _is_ours(path):
        _built_from(path)  # refuses to replace a file that is not a sinotech store
    handle, temporary = _temporary(path, target)
    try:
        library = load(path)
        added = library_documents(path)
        sources = {source.id: source for source in SOURCES}
        sources |= {source.id: source for source, _ in added}
        documents = ingest_corpus(corpus_dir, [document for _, document in added])
        works = build_works(documents, sources, library.keys)
        database = sqlite_utils.Database(temporary)
        # A new file nobody reads until it is renamed into place: no journal and no syncs while
        # it is written (sqlite-utils commits every batch), one fsync before the rename.
        database.execute("PRAGMA journal_mode = OFF")
        database.execute("PRAGMA synchronous = OFF")
        database.executescript((bundled("db") / "schema.sql").read_text(encoding="utf-8"))
        database.execute(f"PRAGMA application_id = {int.from_bytes(_APPLICATION_ID, 'big')}")
        with database.conn:
            _insert(database, documents, sources, corpus_dir, library.path / "files")
            _insert_works(database, works)
            _insert_crossref(database, cross_reference(documents))
            stamp = fingerprint(path, corpus_dir)  # before reading the marks, as in sync
            write_marks(database.conn, load_leniently(path))
            database.execute("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')")
            database.execute(
                "INSERT INTO repeats SELECT rowid FROM claims WHERE duplicate_of IS NOT NULL"
            )
            database["meta"].insert_all(
                [
                    {"key": "format", "value": STORE_FORMAT},
                    {"key": "fingerprint", "value": stamp},
                    {"key": "built_at", "value": datetime.datetime.now().isoformat("T", "seconds")},
                ]
            )
        database.close()
        if target.exists():  # a rebuild keeps the mode the store was given (a team's 0664)
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        _sync(temporary)
        os.replace(temporary, target)
        _sync(target.parent)
    except BaseException:
        _remove(temporary)
        raise
    finally:
        os.close(handle)
    _keep_keys(path, {identity(work.item): work.key for work in works if work.source is None})
    return {
        "documents": len(documents),
        "claims": sum(len(document.claims) for document in documents),
        "footnotes": sum(len(document.references) for document in documents),
        "works": len(works),
    }


def _sync(path: str | Path) -> None:
    """fsync a file, or a directory after a rename in it, so the store survives a power cut."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _temporary(path: Path, target: Path) -> tuple[int, Path]:
    """A new temporary file beside the store's target, and its descriptor, locked until the
    build ends: the lock is how a later build's sweep tells a live build's file from a dead
    one's. Created with mode 0666 less the umask (mkstemp's 0600 would lock a team out of a
    shared store). The per-user data directory is created; a directory typed in --db must
    exist, since a typo must not become a directory."""
    import secrets

    try:
        if path.parent == user_data_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
        for directory in (path.parent, target.parent):
            if not directory.is_dir():
                raise StoreError(f"no such directory for the store: {directory}")
        _sweep(target.parent)
        while True:
            temporary = target.parent / f".sinotech-{secrets.token_hex(4)}.db"
            try:
                handle = os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
                _lock(handle)
                if _still_named(handle, temporary):
                    return handle, temporary
            except FileExistsError:
                continue
            except BaseException:  # stopped as it was made (Ctrl-C, TERM): no debris
                _remove(temporary)
                raise
            os.close(handle)  # swept by a concurrent build before it was locked: another name
    except OSError as error:
        raise StoreError(f"cannot write the store in {target.parent}: {error.strerror}") from None


def _lock(handle: int, wait: bool = True) -> bool:
    """Take an exclusive flock on an open file; False if another process holds it and wait is
    false. The kernel releases a lock when its holder dies, however it dies (SIGKILL too).
    Without flock (Windows) True: there a file held open cannot be deleted anyway."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def _still_named(handle: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle), os.stat(path))
    except FileNotFoundError:
        return False


def _sweep(folder: Path) -> None:
    """Remove what builds that died (SIGKILL, a crash, a power cut) left in folder: temporaries
    whose lock nobody holds, and journals without their temporary. A live build holds its lock
    until its file is renamed into place, so no concurrent build's file is touched, and no
    file but sinotech's own temporaries is."""
    try:
        names = {match[1] for match in map(_TEMPORARY.fullmatch, os.listdir(folder)) if match}
    except OSError:
        return  # a folder one may write in but not list: housekeeping must not stop the build
    for name in sorted(names):
        try:
            handle = os.open(folder / name, os.O_RDONLY)
        except FileNotFoundError:
            dead = True  # a journal whose temporary is gone
        except OSError:
            continue  # not ours to open (another user's): not ours to judge
        else:
            dead = _lock(handle, wait=False)
            os.close(handle)
        if dead:
            _remove(folder / name)


def _remove(temporary: Path) -> None:
    """A temporary and its journals, gone; what cannot go (held open, on Windows) waits for a
    later sweep."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            temporary.with_name(temporary.name + suffix).unlink()


def _keep_keys(path: Path, keys: dict[str, str]) -> None:
    """Record in the library the key each work was given, so it keeps it for good. Only a
    store with a library does; the bundled corpus alone keys the same way every time."""
    from ..library import load, save_keys

    library = load(path)
    if not library.entries or all(library.keys.get(k) == v for k, v in keys.items()):
        return
    library.keys = {**keys, **library.keys}
    save_keys(library)


def _insert(
    database: sqlite_utils.Database,
    documents: list[Document],
    sources: dict[str, Source],
    corpus_dir: Path,
    library_files: Path,
) -> None:
    from hashlib import sha256

    for position, document in enumerate(documents, 1):
        source = sources[document.source_id]
        file = (library_files if source.added else corpus_dir) / source.filename
        database["documents"].insert(
            {
                "id": source.id,
                "position": position,
                "kind": source.kind,
                "type": source.type,
                "title": source.title,
                "authors": json.dumps(list(source.authors)),
                "publisher": source.publisher,
                "container_title": source.container_title,
                "issued": source.issued,
                "url": source.url,
                "isbn": source.isbn,
                "doi": source.doi,
                "added": int(source.added),
                "provenance": source.provenance,
                "filename": source.filename,
                "sha256": sha256(file.read_bytes()).hexdigest(),
            }
        )
        database["sections"].insert_all(
            {"source": source.id, "position": i, **vars(section)}
            for i, section in enumerate(document.sections, 1)
        )
        database["paragraphs"].insert_all(
            {"source": source.id, **vars(paragraph)} for paragraph in document.paragraphs
        )
        database["claims"].insert_all(
            {
                "id": claim.id,
                "source": source.id,
                "section": claim.section,
                "paragraph": claim.paragraph,
                "position": i,
                "text": claim.text,
                "duplicate_of": claim.duplicate_of,
            }
            for i, claim in enumerate(document.claims, 1)
        )
        database["footnotes"].insert_all(
            {"source": source.id, "n": n, "text": text} for n, text in document.references.items()
        )
        database["claim_footnotes"].insert_all(
            {"claim": claim.id, "source": source.id, "n": marker.n, "char_offset": marker.offset}
            for claim in document.claims
            for marker in claim.markers
        )


def _insert_works(database: sqlite_utils.Database, works: list[Work]) -> None:
    from ..bibliography import creators_text

    database["works"].insert_all(
        {
            "key": work.key,
            "position": position,
            "type": work.item["type"],
            "title": work.item["title"],
            "creators": creators_text(work.item, work.et_al),
            "year": (work.item.get("issued") or {"date-parts": [[None]]})["date-parts"][0][0],
            "container": work.item.get("container-title") or work.item.get("publisher"),
            "et_al": work.et_al,
            "source": work.source,
            "csl": json.dumps(work.item, ensure_ascii=False),
        }
        for position, work in enumerate(works, 1)
    )
    database["citations"].insert_all(
        {
            "source": citation.source,
            "n": citation.n,
            "position": citation.position,
            "raw": citation.raw,
            "locator": citation.locator,
            "prefix": citation.prefix,
            "work": work.key,
            "corrections": json.dumps(citation.notes, ensure_ascii=False),
        }
        for work in works
        for citation in work.citations
    )


def _insert_crossref(database: sqlite_utils.Database, found: CrossReference) -> None:
    database["entities"].insert_all(
        {
            "name": entity.name,
            "kind": entity.kind,
            "aliases": json.dumps(entity.aliases, ensure_ascii=False),
            "harvested": json.dumps(entity.harvested, ensure_ascii=False),
        }
        for entity in found.entities
    )
    database["claim_entities"].insert_all(
        {"claim": claim, "entity": entity, "alias": alias}
        for claim, mentions in found.mentions.items()
        for entity, alias in mentions
    )
    database["claim_dates"].insert_all(
        {"claim": claim, **vars(mention)}
        for claim, mentions in found.dates.items()
        for mention in mentions
    )
    database["claim_topics"].insert_all(
        {"claim": claim, "section": section, "score": score}
        for claim, (section, score) in found.topics.items()
    )
    database["related"].insert_all(
        row
        for a, b, score in found.related
        for row in (
            {"claim": a, "other": b, "score": score},
            {"claim": b, "other": a, "score": score},
        )
    )
