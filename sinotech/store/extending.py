"""Adding documents to a store in place, in one transaction, instead of building it again.

`add` calls `current` before it changes the library and `extend` after: the added documents'
rows are written into the store as it is, with what they change elsewhere (the works they cite
too, the entities they define, the links they push out of other claims' best). Only the added
claims are matched, dated, given a topic and compared with the others; what the store holds of
the others is read back, not computed again. The result is the store a build would make, row
for row (tests hold the two equal): what a claim gets does not depend on the documents added
after it (`crossref`). When it would, because an added document defines an abbreviation an
earlier claim uses, `extend` writes nothing and the store is built.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from ..paths import bundled, user_cache_dir
from .building import (
    CITATIONS,
    ENTITIES,
    WORKS,
    WRITING_CACHE,
    build_code,
    citation_rows,
    computing,
    count_kept_links,
    entity_rows,
    index_claims,
    insert_claim_facts,
    insert_documents,
    keep_keys,
    read_inputs,
    stamp,
    work_rows,
)
from .fresh import fingerprint, is_ours, read_meta, roll_back_stopped_change, same_but_marks

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable
    from pathlib import Path

    from ..corroboration import Update
    from ..crossref import Known


def current(path: Path) -> bool:
    """Whether the store at path is up to date with the library, the corpus and the code (its
    copy of the user's marks aside): only such a store may be extended in place."""
    if not is_ours(path):
        return False
    roll_back_stopped_change(path)
    try:
        meta = read_meta(path)
    except (StoreError, sqlite3.Error):  # built again instead, which says what is wrong
        return False
    expected = fingerprint(path, meta.get("build_code", "").split())
    return same_but_marks(meta.get("fingerprint", ""), expected)


def extend(path: Path, added: Collection[str]) -> dict[str, int] | None:
    """Write the added sources (the library's last entries) into the store at path, which was
    current before they were added; counts as `build` gives them, or None, having written
    nothing, when the store must be built instead (it cannot be written, or an added document
    changes what earlier claims mention)."""
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute(WRITING_CACHE)
    except sqlite3.Error:
        return None
    try:
        with computing():
            return _extend(connection, path, added)
    finally:
        connection.close()


def _extend(
    connection: sqlite3.Connection, path: Path, added: Collection[str]
) -> dict[str, int] | None:
    from ..crossref import cross_reference_added

    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return None  # read-only, or held by another writer: the build says which
    try:
        corpus_dir = bundled("references")
        inputs = read_inputs(path, corpus_dir)
        library, sources, documents, works = inputs
        found = cross_reference_added(documents, added, _known(connection), user_cache_dir())
        if found is None:
            connection.execute("ROLLBACK")
            return None
        new = [(i, d) for i, d in enumerate(documents, 1) if d.source_id in added]
        insert_documents(connection, new, sources, corpus_dir, library.path / "files")
        _make_equal(connection, "works", 1, WORKS, work_rows(works))
        _make_equal(connection, "citations", 3, CITATIONS, citation_rows(works))
        _make_equal(connection, "entities", 1, ENTITIES, entity_rows(found))
        _relink(connection, found.changed)
        insert_claim_facts(connection, found)
        count_kept_links(connection, found.changed.reranked)
        index_claims(connection, sorted(added))
        connection.execute("DELETE FROM styled_citations")  # as a build leaves it: works changed
        # the code that built the store and the code that extended it
        built_by = connection.execute("SELECT value FROM meta WHERE key = 'build_code'")
        stamp(connection, path, sorted(set(built_by.fetchone()[0].split()) | set(build_code())))
        connection.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise
    keep_keys(path, works)
    return inputs.counts()


def _relink(connection: sqlite3.Connection, changed: Update) -> None:
    """The stored links the added claims change: those no longer among either claim's best go
    (both rows), and a claim's changed keeping is its row's `best` and the other row's `back`."""
    connection.executemany(
        "DELETE FROM related WHERE claim = ? AND other = ?",
        (pair for a, b in changed.unlinked for pair in ((a, b), (b, a))),
    )
    connection.executemany(
        "UPDATE related SET best = ? WHERE claim = ? AND other = ?",
        ((keeps, claim, other) for claim, other, keeps in changed.best),
    )
    connection.executemany(
        "UPDATE related SET back = ? WHERE claim = ? AND other = ?",
        ((keeps, other, claim) for claim, other, keeps in changed.best),
    )


def _known(connection: sqlite3.Connection) -> Known:
    """What the store holds of its claims, for `crossref.cross_reference_added`."""
    from ..crossref import Known
    from ..entities import Entity

    entities = [
        Entity(name, kind, json.loads(aliases), json.loads(harvested))
        for name, kind, aliases, harvested in connection.execute(
            "SELECT name, kind, aliases, harvested FROM entities ORDER BY rowid"
        )
    ]
    mentions: dict[str, list[tuple[str, str]]] = {}
    years: dict[str, set[str]] = {}
    for (claim,) in connection.execute("SELECT id FROM claims"):
        mentions[claim], years[claim] = [], set()
    for claim, entity, alias in connection.execute(
        "SELECT claim, entity, alias FROM claim_entities ORDER BY rowid"
    ):
        mentions[claim].append((entity, alias))
    for claim, year in connection.execute("SELECT claim, substr(sort_key, 1, 4) FROM claim_dates"):
        years[claim].add(year)

    def of_claims(select: str) -> Callable[[Collection[str]], list[Any]]:
        """The rows `select` gives of the claims asked for (its table has a `claim` column)."""
        return lambda claims: connection.execute(
            f"{select} WHERE claim IN (SELECT value FROM json_each(?))", [json.dumps(list(claims))]
        ).fetchall()

    # every stored link of the claims, with whether each of its claims keeps it (`Stored`);
    # what they keep of each label: how many links, the lowest score (`Kept`)
    links = of_claims("SELECT claim, other, label, score, best, back FROM related")
    kept = of_claims("SELECT claim, label, kept, weakest FROM kept_links")
    return Known(entities, mentions, years, links, kept)


def _make_equal(
    connection: sqlite3.Connection,
    table: str,
    key: int,
    columns: str,
    rows: Iterable[tuple[object, ...]],
) -> None:
    """Make the table hold exactly these rows (its first `key` columns the primary key),
    writing only the rows that differ from what it holds."""
    stored = {row[:key]: row for row in connection.execute(f"SELECT {columns} FROM {table}")}
    wanted = {row[:key]: row for row in rows}
    names = [name.strip() for name in columns.split(",")]
    match = " AND ".join(f"{name} = ?" for name in names[:key])
    connection.executemany(
        f"DELETE FROM {table} WHERE {match}", (k for k in stored.keys() - wanted.keys())
    )
    connection.executemany(
        f"INSERT OR REPLACE INTO {table} ({', '.join(names)})"
        f" VALUES ({', '.join('?' * len(names))})",
        (row for k, row in wanted.items() if stored.get(k) != row),
    )
