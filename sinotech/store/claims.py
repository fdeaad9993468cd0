"""Reading claims: one claim, footnotes, sources and sections (standard sqlite3)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..errors import NotFound, QueryError
from .marks import marks_of

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable

Claim = dict[str, object]

CLAIM_SQL = """c.id, c.source, c.section, c.text, c.paragraph, c.duplicate_of,
    (SELECT title FROM sections s WHERE s.source = c.source AND s.number = c.section)
        AS section_title,
    (SELECT json_group_array(n) FROM (
        SELECT n FROM claim_footnotes f WHERE f.claim = c.id ORDER BY f.char_offset
    )) AS footnotes,
    (SELECT json_group_array(id) FROM (
        SELECT d.id FROM claims d WHERE d.duplicate_of = c.id ORDER BY d.rowid
    )) AS also_in"""
# The links `show`, `related` and the filters stand on; 'candidate' links only `related --all`.
LINKED = "('supports', 'contrasts')"
_HIGHLIGHT_START, _HIGHLIGHT_END = "\x02", "\x03"
# A full-text match's terms between those two marks (char() keeps `search --explain` printable),
# read back into claim_record's `matches`.
HIGHLIGHT = "highlight(claims_fts, 0, char(2), char(3))"


def claim_record(row: sqlite3.Row) -> Claim:
    """The JSON contract of a claim: id, source, section, text, footnotes, and context keys."""
    claim: Claim = {
        "id": row["id"],
        "source": row["source"],
        "section": row["section"],
        "text": row["text"],
        "footnotes": json.loads(row["footnotes"]),
        "section_title": row["section_title"],
        "paragraph": row["paragraph"],
        "duplicate_of": row["duplicate_of"],
        "also_in": json.loads(row["also_in"]),
    }
    if "marked" in row.keys():  # noqa: SIM118 (sqlite3.Row: `in` tests values)
        claim["matches"] = _match_spans(row["marked"])
    return claim


def _match_spans(marked: str) -> list[list[int]]:
    """[start, end) offsets of the highlighted terms in FTS5 highlight() output."""
    spans: list[list[int]] = []
    plain = 0
    start = 0
    for char in marked:
        if char == _HIGHLIGHT_START:
            start = plain
        elif char == _HIGHLIGHT_END:
            spans.append([start, plain])
        else:
            plain += 1
    return spans


def linked_rows(
    connection: sqlite3.Connection, claim_id: str, every: bool = False
) -> list[sqlite3.Row]:
    """The claims of other documents linked to claim_id (`supports`, `contrasts`; with `every`,
    then the `candidate`s), best first, each with the link's label, score and reasons (`why`)."""
    labels = "" if every else f"AND r.label IN {LINKED}"
    return connection.execute(
        f"""SELECT {CLAIM_SQL}, r.label, r.score, r.why FROM related r
            JOIN claims c ON c.id = r.other
            WHERE r.claim = ? {labels}
            ORDER BY r.label = 'candidate', r.score DESC, c.rowid""",
        [claim_id],
    ).fetchall()


def claim(connection: sqlite3.Connection, claim_id: str, context: bool = True) -> Claim:
    """One claim by id and the claims that corroborate it; with `context`, also the paragraph it
    stands in and the verbatim text of its footnotes (what `show` prints)."""
    row = connection.execute(
        f"SELECT {CLAIM_SQL} FROM claims c WHERE c.id = ?", [claim_id]
    ).fetchone()
    if row is None:
        raise NotFound(f"no claim {claim_id!r}: claim ids look like acri-2022:2.1:7 or orf-2021:12")
    result = claim_record(row) | marks_of(connection, claim_id)
    result["related"] = [
        {key: row[key] for key in ("id", "source", "label", "score")}
        for row in linked_rows(connection, claim_id)
    ]
    if not context:
        return result
    result["paragraph_text"] = connection.execute(
        "SELECT text FROM paragraphs WHERE source = ? AND position = ?",
        [row["source"], row["paragraph"]],
    ).fetchone()[0]
    result["footnote_texts"] = [
        {"n": n, "text": text, "citations": citations_of(connection, row["source"], n)}
        for n, text in connection.execute(
            """SELECT f.n, f.text FROM claim_footnotes l
               JOIN footnotes f ON f.source = l.source AND f.n = l.n
               WHERE l.claim = ? ORDER BY l.char_offset""",
            [claim_id],
        )
    ]
    return result


def source_ids(connection: sqlite3.Connection) -> list[str]:
    """Every source id, bundled then added, in display order."""
    return [row[0] for row in connection.execute("SELECT id FROM documents ORDER BY position")]


def check_sources(connection: sqlite3.Connection, wanted: Iterable[str]) -> None:
    """QueryError (bad input) for a source id the store does not hold, naming the ones it does."""
    known = source_ids(connection)
    for source in wanted:
        if source not in known:
            raise QueryError(f"no source {source!r}; sources: {', '.join(known)}")


def footnote(connection: sqlite3.Connection, n: int, source: str) -> dict[str, object]:
    """Footnote n of a source: its verbatim text and the claims that carry its marker (a web
    page may mark one note from several sentences); `claim` is the first of them, None for a
    note marked only on a heading, in a table or a caption."""
    check_sources(connection, [source])
    row = connection.execute(
        "SELECT f.source, f.n, f.text FROM footnotes f WHERE f.source = ? AND f.n = ?",
        [source, n],
    ).fetchone()
    carriers = [
        claim_id
        for (claim_id,) in connection.execute(
            """SELECT l.claim FROM claim_footnotes l JOIN claims c ON c.id = l.claim
               WHERE l.source = ? AND l.n = ? ORDER BY c.position, l.char_offset""",
            [source, n],
        )
    ]
    if row is None:
        count = connection.execute(
            "SELECT count(*) FROM footnotes WHERE source = ?", [source]
        ).fetchone()[0]
        if not count:
            raise NotFound(f"{source} has no footnotes")
        raise NotFound(f"no footnote {n} in {source}: its footnotes are numbered 1 to {count}")
    claims = [claim(connection, claim_id, context=False) for claim_id in dict.fromkeys(carriers)]
    return {
        "source": row["source"],
        "n": row["n"],
        "text": row["text"],
        "claim": claims[0] if claims else None,
        "claims": claims,
        "citations": citations_of(connection, row["source"], row["n"]),
    }


def sources(connection: sqlite3.Connection) -> list[dict[str, object]]:
    """The documents in the store, with their claim and footnote counts."""
    rows = connection.execute(
        """SELECT d.id, d.kind, d.type, d.title, d.authors, d.publisher, d.issued, d.url,
                  d.doi, d.filename AS file, d.added,
                  (SELECT count(*) FROM claims c WHERE c.source = d.id) AS claims,
                  (SELECT count(*) FROM claims c
                   WHERE c.source = d.id AND c.duplicate_of IS NOT NULL) AS duplicates,
                  (SELECT count(*) FROM footnotes f WHERE f.source = d.id) AS footnotes
           FROM documents d ORDER BY d.position"""
    )
    return [
        dict(row) | {"authors": json.loads(row["authors"]), "added": bool(row["added"])}
        for row in rows
    ]


def sections(connection: sqlite3.Connection, source: str | None = None) -> list[dict[str, object]]:
    """Sections with their claim and footnote counts (a chapter's own text, not its sections)."""
    rows = connection.execute(
        """SELECT s.source, s.number, s.title, s.page, s.kind, s.parent,
                  (SELECT count(*) FROM claims c
                   WHERE c.source = s.source AND c.section = s.number) AS claims,
                  (SELECT count(*) FROM claim_footnotes l JOIN claims c ON c.id = l.claim
                   WHERE c.source = s.source AND c.section = s.number) AS footnotes
           FROM sections s JOIN documents d ON d.id = s.source
           WHERE ? IS NULL OR s.source = ?
           ORDER BY d.position, s.position""",
        [source, source],
    )
    return [dict(row) for row in rows]


def section_numbers(connection: sqlite3.Connection) -> set[str]:
    """Every section number that holds claims, for checking a --section filter."""
    return {row[0] for row in connection.execute("SELECT DISTINCT section FROM claims")} - {None}


def stats(connection: sqlite3.Connection) -> dict[str, object]:
    """Row counts and build facts, for `sinotech db stats`."""
    counts = {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in (
            "documents",
            "sections",
            "paragraphs",
            "claims",
            "footnotes",
            "claim_footnotes",
            "works",
            "citations",
        )
    }
    meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    return counts | {"built_at": meta["built_at"], "fingerprint": meta["fingerprint"]}


def claim_ids(connection: sqlite3.Connection, prefix: str, limit: int = 200) -> list[str]:
    """Claim ids starting with prefix, in document order (for shell completion)."""
    rows = connection.execute(
        """SELECT c.id FROM claims c JOIN documents d ON d.id = c.source
           WHERE c.id LIKE ? ESCAPE '\\' ORDER BY d.position, c.position LIMIT ?""",
        [prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit],
    )
    return [row[0] for row in rows]


def citations_of(connection: sqlite3.Connection, source: str, n: int) -> list[dict[str, object]]:
    """The works footnote n cites, in the entry's order: raw text, locator, CSL item."""
    rows = connection.execute(
        """SELECT c.raw, c.locator, w.csl FROM citations c JOIN works w ON w.key = c.work
           WHERE c.source = ? AND c.n = ? ORDER BY c.position""",
        [source, n],
    )
    return [{"raw": raw, "locator": locator, "work": json.loads(csl)} for raw, locator, csl in rows]
