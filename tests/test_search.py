"""The search service: its SQL (as `search --explain` prints it), its plan, and its answers,
which are those of the plain join over every match it replaced."""

from __future__ import annotations

import sqlite3

import pytest

from sinotech.query import to_fts
from sinotech.search import Filters, find_claims, search_sql
from sinotech.store.claims import CLAIM_SQL, HIGHLIGHT, claim_record
from tests.test_cli import run

EXPLAINED = """\
-- FTS5 expression: "huawei"
-- parameters: ["\\"huawei\\"", 3, "\\"huawei\\""]
WITH page (hit, score) AS (
    SELECT claims_fts.rowid, bm25(claims_fts) AS score FROM claims_fts
    WHERE claims_fts MATCH ?
    AND claims_fts.rowid NOT IN (SELECT rowid FROM repeats)
    ORDER BY score, claims_fts.rowid LIMIT ?
)
SELECT c.id, c.source, c.section, c.text, c.paragraph, c.duplicate_of,
    (SELECT title FROM sections s WHERE s.source = c.source AND s.number = c.section)
        AS section_title,
    (SELECT json_group_array(n) FROM (
        SELECT n FROM claim_footnotes f WHERE f.claim = c.id ORDER BY f.char_offset
    )) AS footnotes,
    (SELECT json_group_array(id) FROM (
        SELECT d.id FROM claims d WHERE d.duplicate_of = c.id ORDER BY d.rowid
    )) AS also_in, highlight(claims_fts, 0, char(2), char(3)) AS marked
FROM page
CROSS JOIN claims_fts ON claims_fts.rowid = page.hit AND claims_fts MATCH ?
CROSS JOIN claims c ON c.rowid = page.hit
ORDER BY page.score, page.hit;
"""


def test_explain_prints_the_expression_and_the_sql() -> None:
    assert run("search", "huawei", "-n", "3", "--explain").stdout == EXPLAINED


def test_explain_of_a_filtered_search_joins_in_the_ranking() -> None:
    lines = run("search", '"artificial intelligence"', "--section", "2", "--explain").stdout
    assert lines.splitlines()[:10] == [
        '-- FTS5 expression: ("artificial intelligence" OR "AI")',
        '-- parameters: ["(\\"artificial intelligence\\" OR \\"AI\\")", "2", "2", 20,'
        ' "(\\"artificial intelligence\\" OR \\"AI\\")"]',
        "WITH page (hit, score) AS (",
        "    SELECT claims_fts.rowid, bm25(claims_fts) AS score FROM claims_fts",
        "    JOIN claims c ON c.rowid = claims_fts.rowid",
        "    WHERE claims_fts MATCH ?",
        "    AND (c.section = ? OR c.section LIKE ? || '.%')",
        "    AND c.duplicate_of IS NULL",
        "    ORDER BY score, claims_fts.rowid LIMIT ?",
        ")",
    ]


def test_explain_checks_the_filters_first() -> None:
    result = run("search", "huawei", "--source", "nope", "--explain", code=2)
    assert result.stdout == ""
    assert result.stderr.startswith("Error: no source 'nope'")


def reference(
    connection: sqlite3.Connection,
    match: str,
    sources: tuple[str, ...] = (),
    section: str | None = None,
    footnoted: bool = False,
    corroborated: bool = False,
    topics: tuple[str, ...] | None = None,
    limit: int | None = None,
) -> list[dict]:
    """The search as it was before issue 11, kept as the oracle: every match joined to its
    claim and its document, ranked by BM25, ties in document position."""
    where, parameters = ["claims_fts MATCH ?"], [match]
    if sources:
        marks = ", ".join("?" * len(sources))
        where += [
            f"c.source IN ({marks})",
            f"(c.duplicate_of IS NULL OR (SELECT source FROM claims o WHERE o.id = c.duplicate_of)"
            f" NOT IN ({marks}))",
        ]
        parameters += [*sources, *sources]
    else:
        where.append("c.duplicate_of IS NULL")
    if section is not None:
        where.append("(c.section = ? OR c.section LIKE ? || '.%')")
        parameters += [section, section]
    if footnoted:
        where.append("EXISTS (SELECT 1 FROM claim_footnotes f WHERE f.claim = c.id)")
    if corroborated:
        where.append(
            "EXISTS (SELECT 1 FROM related r WHERE r.claim = c.id AND r.label = 'supports')"
        )
    if topics is not None:
        where.append(
            "(SELECT section FROM claim_topics t WHERE t.claim = c.id)"
            f" IN ({', '.join('?' * len(topics))})"
        )
        parameters += topics
    sql = f"""SELECT {CLAIM_SQL}, {HIGHLIGHT} AS marked FROM claims_fts
              JOIN claims c ON c.rowid = claims_fts.rowid JOIN documents d ON d.id = c.source
              WHERE {" AND ".join(where)} ORDER BY bm25(claims_fts), d.position, c.position"""
    if limit is not None:
        sql += " LIMIT ?"
        parameters.append(limit)
    return [claim_record(row) for row in connection.execute(sql, parameters)]


QUERIES = ["huawei", "russia", "china russia", "5G OR 6G", "huawei NOT 5G", "cyber*",
           '"early warning"', '"key factor in the evolving international balance of power"',
           "technology", "the"]  # fmt: skip
FILTERS = [
    {},
    {"limit": 1},
    {"limit": 20},
    {"sources": ("uts-2022",)},
    {"sources": ("uts-2022", "acri-2022")},
    {"sources": ("orf-2021", "radu-2019"), "limit": 5},
    {"section": "2"},
    {"section": "summary"},
    {"footnoted": True, "limit": 7},
    {"corroborated": True},
    {"topics": ("2.1", "2.2")},
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_answers_as_the_join_over_every_match(
    connection: sqlite3.Connection, query: str, filters: dict
) -> None:
    """The same claims, records (highlights included) and order as the plain join, on queries
    with ties (the repeated summary, stop words) and with repeats asked for by their source."""
    match = to_fts(query)
    topics = filters.get("topics")
    plain = {key: value for key, value in filters.items() if key != "topics"}
    sql, parameters = search_sql(match, Filters(**plain), topics)
    found = [claim_record(row) for row in connection.execute(sql, parameters)]
    expected = reference(connection, match, **filters)
    assert found == expected


def test_the_oracle_sees_repeats_and_ties(connection: sqlite3.Connection) -> None:
    """The parity test above covers what could go wrong: a repeat listed under its own source,
    and BM25 ties that only document order breaks."""
    phrase = to_fts('"key factor in the evolving international balance of power"')
    assert [c["id"] for c in reference(connection, phrase, sources=("uts-2022",))] == ["uts-2022:1"]
    ranks = [row[0] for row in connection.execute(
        "SELECT rank FROM claims_fts WHERE claims_fts MATCH '\"the\"'"
    )]  # fmt: skip
    assert len(ranks) - len(set(ranks)) > 10


def test_rowid_order_is_document_order(connection: sqlite3.Connection) -> None:
    """Ranking ties are broken by rowid, which a build makes document order."""
    by_rowid = [row[0] for row in connection.execute("SELECT id FROM claims ORDER BY rowid")]
    by_position = [row[0] for row in connection.execute(
        "SELECT c.id FROM claims c JOIN documents d ON d.id = c.source"
        " ORDER BY d.position, c.position"
    )]  # fmt: skip
    assert by_rowid == by_position


def test_repeats_are_the_claims_that_repeat_another(connection: sqlite3.Connection) -> None:
    repeats = connection.execute("SELECT rowid FROM repeats ORDER BY rowid").fetchall()
    assert (
        repeats
        == connection.execute(
            "SELECT rowid FROM claims WHERE duplicate_of IS NOT NULL ORDER BY rowid"
        ).fetchall()
    )
    assert len(repeats) == 20  # the UTS page's


def test_the_ranking_reads_the_index_alone(connection: sqlite3.Connection) -> None:
    """EXPLAIN QUERY PLAN: the matches are ranked in the full-text index (repeats by rowid) and
    only the page's rows reach claims, by rowid: no plan step scans claims or joins every match
    to it, so its cost follows the page, not the match count."""
    sql, parameters = search_sql(to_fts("huawei"), Filters(limit=20))
    plan = [
        detail for _, _, _, detail in connection.execute(f"EXPLAIN QUERY PLAN {sql}", parameters)
    ]
    scans = [detail for detail in plan if detail.startswith("SCAN")]
    assert [scan.split(" VIRTUAL")[0] for scan in scans if "subquery" not in scan] == [
        "SCAN claims_fts",  # the ranking, inside page
        "SCAN page",
        "SCAN claims_fts",  # the page's rows, one lookup each (for highlight)
    ]
    assert "USING ROWID SEARCH ON TABLE repeats FOR IN-OPERATOR" in plan
    assert "SEARCH c USING INTEGER PRIMARY KEY (rowid=?)" in plan
    assert plan.index("SCAN page") < plan.index("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)")


def test_find_claims_expands_aliases_and_checks_filters(connection: sqlite3.Connection) -> None:
    found = find_claims(connection, ("artificial", "intelligence"), Filters(limit=3))
    assert [claim["id"] for claim in found] == [
        claim["id"]
        for claim in reference(connection, to_fts('("artificial" OR "AI") intelligence'), limit=3)
    ]
