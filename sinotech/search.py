"""The search service `search`, `cite`, `timeline` and the web view share: a query and its
filters in, the claims they select out, best first.

Building the SQL is kept apart from running it (as sqlite-utils' `search_sql()` and `search()`),
so `search --explain` can show it and tests can pin its shape. The SQL's cost follows the page,
not the match count: the ranking runs over the full-text index alone (BM25, ties in document
order, which is rowid order because a build inserts every document's claims in order), repeats
are left out by a rowid lookup in `repeats`, and only the page's rows are joined to `claims`.
BM25 is still computed for every match: FTS5 has no cheaper exact top k. A filter on the claims
themselves (--source, --section …) must look at every match, and joins them inside the ranking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .errors import QueryError, escaped
from .store.claims import CLAIM_SQL, HIGHLIGHT, claim_record
from .store.marks import tagged_sql

if TYPE_CHECKING:
    import sqlite3

    from .store.claims import Claim


class Filters(NamedTuple):
    """What `--source`, `--section`, `--footnoted`, `--corroborated`, `--contrasted`, `--topic`,
    `--tag` and `--limit` ask of the claims a query finds (None: no limit). NamedTuples, not
    dataclasses, here and in query.py: every search loads both modules (see sources.Source)."""

    sources: tuple[str, ...] = ()
    section: str | None = None
    footnoted: bool = False
    corroborated: bool = False
    contrasted: bool = False
    topic: str | None = None
    tags: tuple[str, ...] = ()
    limit: int | None = None


class Plan(NamedTuple):
    """A search ready to run: the FTS5 expression the query became (None: no query), the SQL
    and its parameters."""

    match: str | None
    sql: str
    parameters: tuple[object, ...]

    def explained(self) -> str:
        """What `search --explain` prints: the expression and parameters as SQL comments, then
        the SQL, so the whole can be read as one SQL script."""
        import json

        return (
            f"-- FTS5 expression: {self.match if self.match is not None else '(none)'}\n"
            f"-- parameters: {json.dumps(self.parameters, ensure_ascii=False)}\n"
            f"{self.sql};"
        )


def search_sql(
    match: str | None, filters: Filters, topics: tuple[str, ...] | None = None
) -> tuple[str, list[object]]:
    """The SQL (and parameters) for claims matching an FTS5 expression, best first, each once;
    with no expression, every claim the filters let through, in document order. `topics` are
    the sections a --topic names.

    A sentence repeated in another document (the UTS page repeats the report's summary) is
    listed once, under the document that said it first, unless its own source is asked for.
    """
    where: list[str] = []
    parameters: list[object] = []
    sources = filters.sources
    if sources:
        marks = ", ".join("?" * len(sources))
        where.append(f"c.source IN ({marks})")
        where.append(
            f"(c.duplicate_of IS NULL OR"
            f" (SELECT o.source FROM claims o WHERE o.id = c.duplicate_of) NOT IN ({marks}))"
        )
        parameters += [*sources, *sources]
    if filters.section is not None:
        where.append("(c.section = ? OR c.section LIKE ? || '.%')")
        parameters += [filters.section, filters.section]
    if filters.footnoted:
        where.append("EXISTS (SELECT 1 FROM claim_footnotes f WHERE f.claim = c.id)")
    for wanted, label in ((filters.corroborated, "supports"), (filters.contrasted, "contrasts")):
        if wanted:
            where.append("EXISTS (SELECT 1 FROM related r WHERE r.claim = c.id AND r.label = ?)")
            parameters.append(label)
    clauses, tag_parameters = tagged_sql("c.id", filters.tags)
    where += clauses
    parameters += tag_parameters
    if topics is not None:
        where.append(
            "(SELECT t.section FROM claim_topics t WHERE t.claim = c.id)"
            f" IN ({', '.join('?' * len(topics))})"
        )
        parameters += topics
    limit = [] if filters.limit is None else [filters.limit]
    once = [] if sources else ["c.duplicate_of IS NULL"]
    if match is None:
        sql = f"SELECT {CLAIM_SQL}\nFROM claims c\nWHERE {' AND '.join(where + once)}\n"
        return sql + "ORDER BY c.rowid" + (" LIMIT ?" if limit else ""), parameters + limit
    if where:  # a filter on the claims: every match is joined to its claim
        ranked = (
            "    JOIN claims c ON c.rowid = claims_fts.rowid\n"
            "    WHERE claims_fts MATCH ?\n"
            + "".join(f"    AND {condition}\n" for condition in where + once)
        )
    else:
        ranked = (
            "    WHERE claims_fts MATCH ?\n"
            "    AND claims_fts.rowid NOT IN (SELECT rowid FROM repeats)\n"
        )
    sql = (
        "WITH page (hit, score) AS (\n"
        "    SELECT claims_fts.rowid, bm25(claims_fts) AS score FROM claims_fts\n"
        f"{ranked}"
        f"    ORDER BY score, claims_fts.rowid{' LIMIT ?' if limit else ''}\n"
        ")\n"
        f"SELECT {CLAIM_SQL}, {HIGHLIGHT} AS marked\n"
        "FROM page\n"
        "CROSS JOIN claims_fts ON claims_fts.rowid = page.hit AND claims_fts MATCH ?\n"
        "CROSS JOIN claims c ON c.rowid = page.hit\n"
        "ORDER BY page.score, page.hit"
    )
    return sql, [match, *parameters, *limit, match]


def plan(connection: sqlite3.Connection, query: tuple[str, ...], filters: Filters) -> Plan:
    """The search for a query's words and the filters, checked against the store: QueryError
    (bad input) for a source, section or topic it does not hold, or a query it cannot read.
    Names stand for their aliases ("artificial intelligence" also finds AI)."""
    from . import store
    from .query import to_fts

    if filters.sources:
        store.check_sources(connection, filters.sources)
    section = filters.section
    if section is not None and not any(
        number == section or number.startswith(section + ".")
        for number in store.section_numbers(connection)
    ):
        raise QueryError(f"no section {escaped(section)}: see `sinotech sections` for the numbers")
    topics = None
    if filters.topic is not None:
        topic = filters.topic
        topics = tuple(store.topic_sections(connection, topic)) if topic.strip() else ()
        if not topics:
            raise QueryError(f"no topic {escaped(topic)}: give a section number or title words")
    match = to_fts(" ".join(query), store.aliases(connection).get) if query else None
    sql, parameters = search_sql(match, filters, topics)
    return Plan(match, sql, tuple(parameters))


def run(connection: sqlite3.Connection, planned: Plan) -> list[Claim]:
    """The claims a planned search selects, in its order."""
    return [claim_record(row) for row in connection.execute(planned.sql, planned.parameters)]


def find_claims(
    connection: sqlite3.Connection, query: tuple[str, ...], filters: Filters
) -> list[Claim]:
    """The claims a query and the filters select, best first (all claims for an empty query)."""
    return run(connection, plan(connection, query, filters))
