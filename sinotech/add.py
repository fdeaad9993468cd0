"""Adding and removing sources: a file becomes a library entry and, written into the store (in
place when it was current, else by building it again), claims linked to its notes and works.

Every file given is read and checked before anything is written, so a bad file among several
adds none of them (nothing half-added).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from . import library as lib
from .errors import InputError, SinotechError
from .sources import SOURCE_IDS, Source
from .store.fresh import ingest_code

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .ingest.builder import DocumentBuilder
    from .ingest.model import Document

# The CSL type of an added source when its file does not say.
_DEFAULT_TYPES = {"webpage": "webpage", "pdf": "report", "text": "report", "pandoc": "report"}


@dataclass
class Report:
    """What `add` found in one file: its id and counts, and the warnings it must not hide."""

    path: str
    id: str
    kind: str
    status: str  # "added" or "already added"
    title: str | None = None
    claims: int = 0
    notes: int = 0
    markers: int = 0
    linked: int = 0
    works: int = 0
    warnings: list[str] = field(default_factory=list)


def add(store_path: Path, paths: list[Path], overrides: dict[str, object]) -> list[Report]:
    """Read every file, then keep each new one in the library and write it into the store; if
    that fails, the library is as it was."""
    if overrides.get("id") and len(paths) > 1:
        raise InputError("--id names one source: give one file with it")
    library = lib.load(store_path)
    taken = set(SOURCE_IDS) | {entry.id for entry in library.entries}
    by_hash = {entry.sha256: entry for entry in library.entries}
    reports: list[Report] = []
    pending: list[tuple[Path, lib.Entry, Document]] = []
    files = [(path, _sha256(path)) for path in paths]
    unread: dict[str, Path] = {}  # each new file once, in order
    for path, sha in files:
        if sha not in by_hash:
            unread.setdefault(sha, path)
    with contextlib.closing(_read_all(list(unread.values()))) as read:
        for path, sha in files:
            if sha in by_hash:
                entry = by_hash[sha]
                reports.append(Report(str(path), entry.id, entry.kind, "already added"))
                continue
            kind, builder = next(read)
            lib.apply_overrides(builder.metadata, overrides)
            if kind != "bibliography" and not builder.has_text:
                raise InputError(f"{path.name}: no running text found in it")
            if overrides.get("id"):
                source_id = lib.check_id(str(overrides["id"]))
                if source_id in taken:
                    raise InputError(f"source id {source_id!r} is taken: choose another with --id")
            else:
                source_id = lib.slug(builder.metadata, taken)
            document = builder.build(source_id)
            if kind != "bibliography" and not document.claims:
                raise InputError(f"{path.name}: no sentences found in it")
            if kind != "bibliography" and not document.references:
                document.warnings.append("no notes found: its claims cite the document itself")
            taken.add(source_id)
            by_hash[sha] = entry = lib.Entry(
                id=source_id,
                kind=kind,
                file=f"{source_id}{path.suffix.lower()}",
                original=str(path.resolve()),
                sha256=sha,
                added=lib.now(),
                overrides={key: value for key, value in overrides.items() if value},
            )
            pending.append((path, entry, document))
            reports.append(_report(path, entry, document))
    if pending:
        with lib.locked(store_path):
            _keep(store_path, pending)
    return reports


def _keep(store_path: Path, pending: list[tuple[Path, lib.Entry, Document]]) -> None:
    """Under the library's lock: copy, cache, write the manifest, then write the new sources
    into the store (in place when it was current, else by building it again); on any failure
    the library is put back as it was. Another `add` that finished meanwhile is not
    overwritten."""
    from .store.extending import current, extend

    library = lib.load(store_path)
    for _, entry, _ in pending:
        if any(e.sha256 == entry.sha256 or e.id == entry.id for e in library.entries):
            raise SinotechError(
                f"another sinotech changed the library while {entry.id} was read; run it again"
            )
    code = ingest_code()
    before = list(library.entries)
    in_place = current(store_path)
    try:
        for path, entry, document in pending:
            lib.copy_atomic(path, library.path / "files" / entry.file)
            lib.write_cache(library, entry.sha256, document, code)
            library.entries.append(entry)
        lib.save(library)
        if not (in_place and extend(store_path, {entry.id for _, entry, _ in pending})):
            _rebuild(store_path)
    except BaseException as error:
        library.entries = before
        lib.save(library)
        if isinstance(error, OSError):
            raise SinotechError(f"nothing added: {error.strerror or error}") from None
        raise


def _sha256(path: Path) -> str:
    """The file's checksum, which says whether it was added before."""
    if path.is_dir():
        raise InputError(f"{path}: a directory; give the files in it")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        return lib.sha256_of(path)
    except OSError as error:
        raise InputError(f"{path}: {error.strerror}") from None


def _read_all(paths: list[Path]) -> Iterator[tuple[str, DocumentBuilder]]:
    """Each file through its reader, in order. The files pandoc reads are read ahead, up to four
    at once, so one file's pandoc runs while another's notes are parsed; the others, read in
    Python alone, are read in turn (a stop never waits for them). Closed early, it starts no
    more reads."""
    from concurrent.futures import ThreadPoolExecutor

    from .ingest.formats import runs_pandoc

    pool = ThreadPoolExecutor(max_workers=4)
    try:
        ahead = {path: pool.submit(_read, path) for path in paths if runs_pandoc(path)}
        for path in paths:
            yield ahead[path].result() if path in ahead else _read(path)
    finally:
        pool.shutdown(cancel_futures=True)


def _read(path: Path) -> tuple[str, DocumentBuilder]:
    """The file through its reader. A reader's own failure on a file it cannot make sense of
    is the file's problem, said in one line, not a traceback."""
    from .ingest.formats import read

    try:
        return read(path)
    except SinotechError:
        raise
    except OSError as error:
        raise InputError(f"{path.name}: {error.strerror or error}") from None
    except Exception as error:  # a damaged file can break a reader anywhere
        raise InputError(f"{path.name}: cannot be read ({type(error).__name__}: {error})") from None


def _rebuild(store_path: Path) -> None:
    """The store again, with the library as it now is."""
    from .store.building import build

    build(store_path)


def _report(path: Path, entry: lib.Entry, document: Document) -> Report:
    markers = [m for claim in document.claims for m in claim.markers]
    return Report(
        path=str(path),
        id=entry.id,
        kind=entry.kind,
        status="added",
        title=document.metadata.title,
        claims=len(document.claims),
        notes=len(document.references),
        markers=len(markers) + sum(w.startswith("marker ") for w in document.warnings),
        linked=len(markers),
        works=len(document.works) or len({c.raw for c in document.citations}),
        warnings=list(document.warnings),
    )


def remove(store_path: Path, source_id: str) -> lib.Entry:
    """Take an added source out of the library (its file and cache go with it)."""
    if source_id in SOURCE_IDS:
        raise InputError(f"{source_id} is a bundled source; only added sources can be removed")
    lib.load(store_path).entry(source_id)  # NotFound before anything is locked or created
    with lib.locked(store_path):
        library = lib.load(store_path)
        entry = library.entry(source_id)
        library.entries.remove(entry)
        lib.save(library)
        _rebuild(store_path)
    return entry


def library_documents(store_path: Path) -> list[tuple[Source, Document]]:
    """Every added source and its document: from the ingest cache, or read again from the
    library's copy when the ingest code changed."""
    library = lib.load(store_path)
    code = ingest_code()
    result = []
    for entry in library.entries:
        read = partial(_reread, library, entry)
        document = lib.cached(lib.cache_file(library, entry.sha256), code, read)
        result.append((source_of(entry, document), document))
    return result


def _reread(library: lib.Library, entry: lib.Entry) -> Document:
    """An added source's document, read again from the library's copy of its file."""
    from .ingest.formats import read

    path = library.path / "files" / entry.file
    if not path.is_file():
        raise SinotechError(
            f"the library's copy of {entry.id} is missing ({path}); "
            f"add the file again or `sinotech remove {entry.id}`"
        )
    _, builder = read(path)
    lib.apply_overrides(builder.metadata, entry.overrides)
    return builder.build(entry.id)


def source_of(entry: lib.Entry, document: Document) -> Source:
    """An added source in the form the bundled ones have, from what was detected or given."""
    metadata = document.metadata
    given = sorted(key for key in entry.overrides if key != "id")
    provenance = "detected in the file"
    if given:
        provenance += "; given with " + ", ".join(f"--{key.rstrip('s')}" for key in given)
    return Source(
        id=entry.id,
        filename=entry.file,
        kind=entry.kind,
        type=metadata.type or _DEFAULT_TYPES.get(entry.kind, "document"),
        title=metadata.title or Path(entry.original).stem,
        authors=tuple(metadata.authors),
        publisher=metadata.publisher,
        container_title=metadata.container_title,
        issued=metadata.issued,
        url=metadata.url,
        doi=metadata.doi,
        provenance=provenance,
        added=True,
    )
