"""Building the store: atomically, with sqlite-utils, into a new file that replaces the old whole.

`fresh.open_store` calls it when what the store was built from changed; it records in the store
the package's modules it had loaded, which the fingerprint checksums. sqlite-utils, the ingest
code and this module are loaded only to build.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import sys
from typing import TYPE_CHECKING, NamedTuple

from ..errors import StoreError
from ..paths import bundled, user_cache_dir, user_data_dir
from ..sources import SOURCES
from .fresh import APPLICATION_ID, STORE_FORMAT, fingerprint, ingest_code, is_ours, read_meta

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Collection, Iterable, Iterator, Sequence
    from pathlib import Path

    from ..bibliography import Work
    from ..corroboration import Link
    from ..crossref import CrossReference
    from ..ingest import Document
    from ..library import Library
    from ..sources import Source

# Room for the indexes the related links are inserted into out of order, by a build and by an
# add: the default 2 MiB cache rereads their pages, and spills an add's changes to the file
# before it commits (one more document at 100k claims, alternately: 20.7-22.7 s with it,
# 19.3-21.6 s with this); it sets nothing in the file.
WRITING_CACHE = "PRAGMA cache_size = -65536"
# JSON as json.dumps(value, ensure_ascii=False) writes it, without an encoder made per call.
_json = json.JSONEncoder(ensure_ascii=False).encode

# A build's temporary file (and its journal): `.sinotech-` and eight letters, digits or `_`.
_TEMPORARY = re.compile(r"(\.sinotech-[a-z0-9_]{8}\.db)(-journal|-wal|-shm)?")


def build_code() -> list[str]:
    """The package's modules this process has loaded, as paths under the package: the build
    records them, so the fingerprint covers every module the build ran, computed rather than
    listed by hand (what else the process loaded is covered too, which is merely safe). A
    module a later version newly imports can only be imported by a recorded one that changed."""
    root = __name__.partition(".")[0]
    files = []
    for name, module in list(sys.modules.items()):
        parts = name.split(".")
        if parts[0] != root or getattr(module, "__file__", None) is None:
            continue
        path = "/".join(parts[1:])
        is_package = hasattr(module, "__path__")
        files.append(f"{path}/__init__.py".lstrip("/") if is_package else f"{path}.py")
    return sorted(files)


def build(path: Path, corpus_dir: Path | None = None) -> dict[str, int]:
    """Ingest the corpus and the user's library into a new store at path, replacing any old
    one only when complete. Returns counts, and the keys of the works (for the library)."""
    with computing():
        return _build(path, corpus_dir)


@contextlib.contextmanager
def computing() -> Iterator[None]:
    """How a build or an add computes. Python's cycle collector is paused meanwhile: a build
    makes millions of objects that live until it ends (claims, profiles, links) and almost no
    cyclic garbage (some hundred objects at 10k claims), so each of its passes walked the lot
    for nothing (a tenth of the build). Numpy's OpenBLAS is held to one thread unless the user
    says otherwise (read when numpy loads, so before it does): corroboration's products are
    many and small, and a second thread only contends for the cores (a quarter of the bundled
    build's wall time)."""
    import gc

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class Inputs(NamedTuple):
    """What a store is made of: the library, every source, their documents (the bundled ones
    first, then the added ones in the order added) and the works they cite."""

    library: Library
    sources: dict[str, Source]
    documents: list[Document]
    works: list[Work]

    def counts(self) -> dict[str, int]:
        """What a build or an add reports."""
        return {
            "documents": len(self.documents),
            "claims": sum(len(document.claims) for document in self.documents),
            "footnotes": sum(len(document.references) for document in self.documents),
            "works": len(self.works),
        }


def read_inputs(path: Path, corpus_dir: Path) -> Inputs:
    from ..add import library_documents
    from ..bibliography import build_works
    from ..ingest import with_repeats
    from ..library import load

    library = load(path)
    added = library_documents(path)
    sources = {source.id: source for source in SOURCES}
    sources |= {source.id: source for source, _ in added}
    documents = with_repeats([*_bundled_documents(corpus_dir), *(d for _, d in added)])
    return Inputs(library, sources, documents, build_works(documents, sources, library.keys))


def _bundled_documents(corpus_dir: Path) -> list[Document]:
    """The bundled documents, each from the user's cache when the same ingest code read the
    same file before (as the library's documents are from its cache)."""
    import zlib
    from functools import partial

    from ..ingest import ingest_source
    from ..library import cached

    code = ingest_code()
    documents = []
    for source in SOURCES:
        crc = zlib.crc32((corpus_dir / source.filename).read_bytes())
        path = user_cache_dir() / "corpus" / f"{source.id}-{crc:08x}.json"
        documents.append(cached(path, code, partial(ingest_source, source, corpus_dir)))
    return documents


def now() -> str:
    import datetime

    return datetime.datetime.now().isoformat("T", "seconds")


def _build(path: Path, corpus_dir: Path | None) -> dict[str, int]:
    import sqlite_utils

    from ..crossref import cross_reference

    corpus_dir = corpus_dir or bundled("references")
    target = path.resolve()  # a symlinked store is rebuilt at its target, and stays a link
    if path.exists() and not is_ours(path):
        read_meta(path)  # refuses to replace a file that is not a sinotech store
    handle, temporary = _temporary(path, target)
    try:
        inputs = read_inputs(path, corpus_dir)
        library, sources, documents, works = inputs
        # Closed however the build ends, so its file can go (Windows) and nothing warns.
        with contextlib.closing(sqlite_utils.Database(temporary)) as database:
            # A new file nobody reads until it is renamed into place: no journal and no syncs while
            # it is written, one fsync before the rename.
            database.execute("PRAGMA journal_mode = OFF")
            database.execute("PRAGMA synchronous = OFF")
            database.execute(WRITING_CACHE)
            database.executescript((bundled("db") / "schema.sql").read_text(encoding="utf-8"))
            database.execute(f"PRAGMA application_id = {int.from_bytes(APPLICATION_ID, 'big')}")
            connection = database.conn
            with connection:
                insert_documents(
                    connection, enumerate(documents, 1), sources, corpus_dir, library.path / "files"
                )
                _rows(connection, "works", WORKS, work_rows(works))
                _rows(connection, "citations", CITATIONS, citation_rows(works))
                found = cross_reference(documents, user_cache_dir())
                _rows(connection, "entities", ENTITIES, entity_rows(found))
                insert_claim_facts(connection, found)
                count_kept_links(connection)
                index_claims(connection, [document.source_id for document in documents])
                stamp(connection, path, build_code(), corpus_dir)
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
    keep_keys(path, works)
    return inputs.counts()


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


def keep_keys(path: Path, works: list[Work]) -> None:
    """Record in the library the key each cited work was given, so it keeps it for good. Only
    a store with a library does; the bundled corpus alone keys the same way every time."""
    from ..bibliography import identity
    from ..library import load, save_keys

    keys = {identity(work.item): work.key for work in works if work.source is None}
    library = load(path)
    if not library.entries or all(library.keys.get(k) == v for k, v in keys.items()):
        return
    library.keys = {**keys, **library.keys}
    save_keys(library)


def count_kept_links(connection: sqlite3.Connection, claims: Collection[str] | None = None) -> None:
    """`kept_links` for these claims (all, by default): how many links of each label each keeps
    among its best, and the lowest score among them."""
    counted = (
        "INSERT INTO kept_links (claim, label, kept, weakest)"
        " SELECT claim, label, count(*), min(score) FROM related"
        " WHERE best {} GROUP BY claim, label"
    )
    if claims is None:
        connection.execute(counted.format(""))
        return
    chosen = "IN (SELECT value FROM json_each(?))"
    connection.execute(f"DELETE FROM kept_links WHERE claim {chosen}", [json.dumps(list(claims))])
    connection.execute(counted.format(f"AND claim {chosen}"), [json.dumps(list(claims))])


def index_claims(connection: sqlite3.Connection, sources: Sequence[str]) -> None:
    """The sources' claims into the full-text index, and those that repeat another's into
    `repeats` (what search leaves out of its ranking)."""
    chosen = "source IN (SELECT value FROM json_each(?))"
    connection.execute(
        f"INSERT INTO claims_fts (rowid, text) SELECT rowid, text FROM claims WHERE {chosen}",
        [json.dumps(list(sources))],
    )
    connection.execute(
        f"INSERT INTO repeats SELECT rowid FROM claims WHERE duplicate_of IS NOT NULL AND {chosen}",
        [json.dumps(list(sources))],
    )


def stamp(
    connection: sqlite3.Connection, path: Path, code: list[str], corpus_dir: Path | None = None
) -> None:
    """Record what the store was built from (its fingerprint, the code that built it, when),
    and copy the user's marks into it, as they are now: the fingerprint is taken before the
    marks are read, so a mark made meanwhile is seen by the next command."""
    from ..marks import load_leniently
    from .marks import write_marks

    fingerprinted = fingerprint(path, code, corpus_dir)
    write_marks(connection, load_leniently(path))
    connection.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [
            ("format", STORE_FORMAT),
            ("fingerprint", fingerprinted),
            ("build_code", "\n".join(code)),
            ("built_at", now()),
        ],
    )


def _rows(
    connection: sqlite3.Connection, table: str, columns: str, rows: Iterable[Sequence[object]]
) -> None:
    """Rows (tuples in the order of `columns`, separated by commas) inserted by one executemany:
    what sqlite-utils' insert_all stores for the same values (scalars all: JSON is made here),
    without its per-row dictionaries and per-chunk statements."""
    names = [name.strip() for name in columns.split(",")]
    marks = ", ".join("?" * len(names))
    connection.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)


def insert_documents(
    connection: sqlite3.Connection,
    documents: Iterable[tuple[int, Document]],
    sources: dict[str, Source],
    corpus_dir: Path,
    library_files: Path,
) -> None:
    """Each document's rows (documents, sections, paragraphs, claims, footnotes and markers),
    given with its position among all the store's documents."""
    from hashlib import sha256

    for position, document in documents:
        source = sources[document.source_id]
        file = (library_files if source.added else corpus_dir) / source.filename
        _rows(
            connection,
            "documents",
            "id, position, kind, type, title, authors, publisher, container_title, issued, url,"
            " isbn, doi, added, provenance, filename, sha256",
            [
                (
                    source.id,
                    position,
                    source.kind,
                    source.type,
                    source.title,
                    json.dumps(list(source.authors)),
                    source.publisher,
                    source.container_title,
                    source.issued,
                    source.url,
                    source.isbn,
                    source.doi,
                    int(source.added),
                    source.provenance,
                    source.filename,
                    sha256(file.read_bytes()).hexdigest(),
                )
            ],
        )
        _rows(
            connection,
            "sections",
            "source, position, number, title, page, kind, parent",
            (
                (source.id, i, s.number, s.title, s.page, s.kind, s.parent)
                for i, s in enumerate(document.sections, 1)
            ),
        )
        _rows(
            connection,
            "paragraphs",
            "source, position, section, text, page",
            ((source.id, p.position, p.section, p.text, p.page) for p in document.paragraphs),
        )
        _rows(
            connection,
            "claims",
            "id, source, section, paragraph, position, text, duplicate_of",
            (
                (c.id, source.id, c.section, c.paragraph, i, c.text, c.duplicate_of)
                for i, c in enumerate(document.claims, 1)
            ),
        )
        _rows(
            connection,
            "footnotes",
            "source, n, text",
            ((source.id, n, text) for n, text in document.references.items()),
        )
        _rows(
            connection,
            "claim_footnotes",
            "claim, source, n, char_offset",
            (
                (claim.id, source.id, marker.n, marker.offset)
                for claim in document.claims
                for marker in claim.markers
            ),
        )


WORKS = "key, position, type, title, creators, year, container, et_al, source, csl"
CITATIONS = "source, n, position, raw, locator, prefix, work, corrections"
ENTITIES = "name, kind, aliases, harvested"


def work_rows(works: list[Work]) -> Iterator[tuple[object, ...]]:
    """The works table's rows (WORKS), in order."""
    from ..bibliography import creators_text

    for position, work in enumerate(works, 1):
        yield (
            work.key,
            position,
            work.item["type"],
            work.item["title"],
            creators_text(work.item, work.et_al),
            (work.item.get("issued") or {"date-parts": [[None]]})["date-parts"][0][0],
            work.item.get("container-title") or work.item.get("publisher"),
            work.et_al,
            work.source,
            _json(work.item),
        )


def citation_rows(works: list[Work]) -> Iterator[tuple[object, ...]]:
    """The citations table's rows (CITATIONS): each work's citations."""
    for work in works:
        for citation in work.citations:
            yield (
                citation.source,
                citation.n,
                citation.position,
                citation.raw,
                citation.locator,
                citation.prefix,
                work.key,
                _json(citation.notes),
            )


def entity_rows(found: CrossReference) -> Iterator[tuple[object, ...]]:
    """The entities table's rows (ENTITIES)."""
    for entity in found.entities:
        yield (entity.name, entity.kind, _json(entity.aliases), _json(entity.harvested))


def insert_claim_facts(connection: sqlite3.Connection, found: CrossReference) -> None:
    """The mentions, dates, topics and links found, into their tables (links both ways round)."""
    _rows(
        connection,
        "claim_entities",
        "claim, entity, alias",
        (
            (claim, entity, alias)
            for claim, mentions in found.mentions.items()
            for entity, alias in mentions
        ),
    )
    _rows(
        connection,
        "claim_dates",
        "claim, value, sort_key, qualifier, text",
        (
            (claim, mention.value, mention.sort_key, mention.qualifier, mention.text)
            for claim, mentions in found.dates.items()
            for mention in mentions
        ),
    )
    _rows(
        connection,
        "claim_topics",
        "claim, section, score",
        ((claim, section, score) for claim, (section, score) in found.topics.items()),
    )
    _rows(
        connection,
        "related",
        "claim, other, label, score, best, back, why",
        (
            (link.claim, link.other, link.label, link.score, *link.best, _json(link.why))
            for link in _both_ways_in_key_order(found.related)
        ),
    )


def _both_ways_in_key_order(links: Sequence[Link]) -> Iterator[Link]:
    """Each link, and the same link turned, in the order of the related table's key (claim,
    other; text compared as SQLite compares it): each of its indexes is then written from one
    end to the other (its rows by claim, or by label then claim), not a page here and there
    across a table far larger than the page cache."""
    import numpy as np

    ids = sorted({claim for link in links for claim in (link.claim, link.other)})
    rank = {claim: n for n, claim in enumerate(ids)}
    first = np.fromiter((rank[link.claim] for link in links), np.int64, len(links))
    second = np.fromiter((rank[link.other] for link in links), np.int64, len(links))
    order = np.lexsort((np.concatenate([second, first]), np.concatenate([first, second])))
    for k in order.tolist():
        yield links[k] if k < len(links) else links[k - len(links)].turned()
