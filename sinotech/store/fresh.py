"""Opening the store: up to date, or rebuilt first, whenever what it was built from changed.

The store is derived data. `open_store` checks the fingerprint of what it was built from (the
corpus files, db/schema.sql, the entity list and every module the build had loaded) and rebuilds
when any of them changed, so a user never runs on stale data and never runs a manual step. This
is the part of the store every command loads; the build itself (`building`) is loaded to build.
"""

from __future__ import annotations

import contextlib
import sqlite3
import zlib
from pathlib import Path

from ..errors import StoreError
from ..paths import ANNOTATIONS, MANIFEST, bundled, library_dir
from ..sources import SOURCES

STORE_FORMAT = "sinotech"
# The SQLite header's application id (bytes 68-71): how a store is known as sinotech's own even
# when damage makes its tables unreadable, so that `db build` may replace it.
APPLICATION_ID = b"SNTC"
_PACKAGE = Path(__file__).resolve().parent.parent


def fingerprint(store_path: Path, code: list[str], corpus_dir: Path | None = None) -> str:
    """A checksum of everything the store is built from: the corpus, the user's library
    manifest, the schema, the entity list and the package's modules its build recorded (code,
    from meta's `build_code`). CRC-32 (it detects changes, it guards against nobody, and zlib
    loads in a fraction of the time hashlib's OpenSSL takes, on every command)."""
    corpus_dir = corpus_dir or bundled("references")
    inputs = [bundled("db") / "schema.sql", _PACKAGE / "data" / "entities.tsv"]
    inputs += [corpus_dir / source.filename for source in SOURCES]
    inputs += [_PACKAGE / name for name in code]
    library = f"{zlib.crc32(_library_file(store_path, MANIFEST)):08x}"
    return f"{_checksum(inputs)}-{library}{marks_checksum(store_path)}"


def marks_checksum(store_path: Path) -> str:
    """The part of the fingerprint that follows the user's tags and notes: when only it
    differs, the store's copy of them is refreshed in place instead of rebuilt."""
    return f"+{zlib.crc32(_library_file(store_path, ANNOTATIONS)):08x}"


def ingest_code() -> str:
    """A checksum of the ingest code and of the bundled sources' list (which the corpus's ingest
    reads): the ingest caches are made again when it changes."""
    return _checksum([*sorted((_PACKAGE / "ingest").rglob("*.py")), _PACKAGE / "sources.py"])


def _checksum(paths: list[Path]) -> str:
    """One CRC-32 over the files' names and contents; "missing" if one of them is gone (so a
    store whose recorded module was removed or renamed is rebuilt)."""
    crc = 0
    for path in paths:
        try:
            crc = zlib.crc32(path.read_bytes(), zlib.crc32(path.name.encode(), crc))
        except FileNotFoundError:
            return "missing"
    return f"{crc:08x}"


def _library_file(store_path: Path, name: str) -> bytes:
    """A file of the library as stored (b'' without it): the manifest changes exactly when a
    source is added or removed, the annotations when a mark does. Read as bytes, never parsed,
    so checking costs next to nothing however large the library grows."""
    try:
        return (library_dir(store_path) / name).read_bytes()
    except FileNotFoundError:
        return b""


def open_store(path: Path) -> sqlite3.Connection:
    """A read-only connection to an up-to-date store at path, building it first if needed (or
    only refreshing its copy of the user's tags and notes, when nothing else changed)."""
    roll_back_stopped_change(path)
    meta = read_meta(path) if path.exists() else {}
    built = meta.get("fingerprint")
    current = fingerprint(path, meta.get("build_code", "").split())
    if built != current:
        if built is not None and same_but_marks(built, current):
            sync_annotations(path)
        else:
            from .building import build

            build(path)
    return connect_read_only(path)


def same_but_marks(built: str, current: str) -> bool:
    """Whether two fingerprints differ at most in the user's marks (`marks_checksum`)."""
    return built.partition("+")[0] == current.partition("+")[0]


def roll_back_stopped_change(path: Path) -> None:
    """Undo a change made in place (an add) that was stopped midway: it leaves its journal
    beside the store, which the next connection that may write rolls back, and which one that
    only reads cannot (SQLite refuses to read on: SQLITE_READONLY_ROLLBACK). So when a journal
    is there, the store is opened for writing once first. A journal a live add is writing is
    not rolled back (SQLite sees its lock); a store this user may not write waits for its
    owner's next command."""
    if not Path(f"{path}-journal").exists():
        return
    with contextlib.suppress(sqlite3.Error), contextlib.closing(sqlite3.connect(path)) as store:
        store.execute("SELECT count(*) FROM sqlite_master").fetchone()


def sync_annotations(path: Path) -> None:
    """Copy the library's tags and notes into the store in place, with the fingerprint that
    records it, in one transaction (a crash leaves the old copy, which the next command
    refreshes). A store this user cannot write, such as a team's shared one, is left as it is.
    Only the fingerprint's marks part is replaced: a store built by other code stays stale."""
    from ..marks import load_leniently
    from .marks import write_marks

    stamp = marks_checksum(path)  # before reading: a mark made meanwhile is seen next time
    marks = load_leniently(path)
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            write_marks(connection, marks)
            connection.execute(
                "UPDATE meta SET value = substr(value, 1, instr(value, '+') - 1) || ?"
                " WHERE key = 'fingerprint'",
                [stamp],
            )
            connection.execute("COMMIT")
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return


def connect_read_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    return connection


def read_meta(path: Path) -> dict[str, str]:
    """What a store records of itself (its fingerprint, the code it was built by); StoreError
    for a file that is not a store, and for a store of ours whose tables cannot be read."""
    try:
        with contextlib.closing(connect_read_only(path)) as connection:
            rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as error:
        if is_ours(path):
            raise _damaged(path, error) from None
        rows = {}
    if rows.get("format") != STORE_FORMAT:
        raise StoreError(f"{path} is not a sinotech store; choose another path with --db")
    return rows


def is_ours(path: Path) -> bool:
    """Whether the file's SQLite header carries sinotech's application id (read as bytes: the
    header outlives damage to every table)."""
    try:
        with path.open("rb") as stream:
            header = stream.read(72)
    except OSError:
        return False
    return header.startswith(b"SQLite format 3\0") and header[68:] == APPLICATION_ID


def check_damage(path: Path, error: sqlite3.DatabaseError) -> None:
    """Raise StoreError if an error a query met says the store is damaged (SQLite's "malformed"
    or "not a database"), naming what `PRAGMA quick_check` finds. Other errors are not damage."""
    if "malformed" in str(error) or "not a database" in str(error):
        raise _damaged(path, error) from None


def _damaged(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    """The damage in one line: quick_check's first finding, else the error itself. The store
    is only ever replaced whole or changed in one transaction, so damage means the disk or
    another program: the user is told, and `db build` (which knows the store as ours by its
    header) rebuilds it."""
    try:
        with contextlib.closing(connect_read_only(path)) as connection:
            found = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as failure:
        found = str(failure)
    found = found.removeprefix("*** in database main ***")  # the only database there is
    detail = " ".join((str(error) if found == "ok" else found).split())
    return StoreError(f"the store {path} is damaged ({detail}): `sinotech db build` rebuilds it")
