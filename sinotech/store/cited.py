"""Reading the bibliography: works, their citations, and the works behind claims."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..errors import NotFound
from .claims import claim
from .marks import marks_of, tagged_sql, work_marks

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable

_WORK_COLUMNS = """
    w.key, w.type, w.title, w.creators, w.year, w.container, w.source, w.et_al, w.csl,
    (SELECT count(DISTINCT c.source || ':' || c.n) FROM citations c WHERE c.work = w.key)
        AS footnotes,
    CASE WHEN w.source IS NULL THEN
        (SELECT count(DISTINCT l.claim) FROM citations c
         JOIN claim_footnotes l ON l.source = c.source AND l.n = c.n WHERE c.work = w.key)
    ELSE (SELECT count(*) FROM claims k WHERE k.source = w.source) END AS claims
"""


def _work(row: sqlite3.Row, csl: bool = True) -> dict[str, object]:
    record = {key: row[key] for key in row.keys() if key != "csl"}  # noqa: SIM118
    if csl:
        record["csl"] = json.loads(row["csl"])
    return record


def works_behind(
    connection: sqlite3.Connection,
    claim_ids: Iterable[str],
    footnotes: Iterable[tuple[str, int]] = (),
) -> list[dict[str, object]]:
    """The works behind claims (their footnotes' works and their source documents) and behind
    (source, n) footnotes, each once, sorted by key, with the footnotes that cite it."""
    claims = [json.dumps(list(claim_ids))]  # the parameter of `json_each(?)`
    cited: dict[str, set[tuple[str, int]]] = {}
    documents = {
        source
        for (source,) in connection.execute(
            "SELECT DISTINCT source FROM claims WHERE id IN (SELECT value FROM json_each(?))",
            claims,
        )
    }
    for source, n, key in connection.execute(
        """SELECT c.source, c.n, c.work FROM claim_footnotes l
           JOIN citations c ON c.source = l.source AND c.n = l.n
           WHERE l.claim IN (SELECT value FROM json_each(?))""",
        claims,
    ):
        cited.setdefault(key, set()).add((source, n))
    for source, n in footnotes:
        for (key,) in connection.execute(
            "SELECT work FROM citations WHERE source = ? AND n = ?", [source, n]
        ):
            cited.setdefault(key, set()).add((source, n))
    for (key,) in connection.execute(
        f"SELECT key FROM works WHERE source IN ({', '.join('?' * len(documents))})",
        sorted(documents),
    ):
        cited.setdefault(key, set())
    records = [
        _work(row) | {"cited_in": [{"source": s, "n": n} for s, n in sorted(cited[row["key"]])]}
        for row in connection.execute(
            f"SELECT {_WORK_COLUMNS} FROM works w WHERE w.key IN (SELECT value FROM json_each(?))",
            [json.dumps(list(cited))],
        )
    ]
    return sorted(records, key=lambda record: str(record["key"]).lower())


def works(
    connection: sqlite3.Connection,
    words: Iterable[str] = (),
    tags: Iterable[str] = (),
    csl: bool = True,
) -> list[dict[str, object]]:
    """The bibliography, in order of first citation; words (any case) must all occur in a
    work's creators, title, container or year; the work must carry every one of tags. Without
    `csl`, the records lack their CSL-JSON, which a listing's columns do not show (decoding it
    was most of listing a large library's works)."""
    where, parameters = tagged_sql("w.key", tags)
    for word in words:
        where.append(
            "instr(lower(w.creators || ' ' || w.title || ' ' || coalesce(w.container, '') || ' '"
            " || coalesce(w.year, '') || ' ' || w.key), lower(?))"
        )
        parameters.append(word)
    sql = f"SELECT {_WORK_COLUMNS} FROM works w"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = connection.execute(sql + " ORDER BY w.position", parameters)
    return [_work(row, csl) for row in rows]


def work(connection: sqlite3.Connection, key: str) -> dict[str, object]:
    """One work by key, with its counts (in any case: the exact key is looked up first)."""
    row = connection.execute(
        f"SELECT {_WORK_COLUMNS} FROM works w WHERE w.key = ?", [key]
    ).fetchone()
    row = (
        row
        or connection.execute(
            f"SELECT {_WORK_COLUMNS} FROM works w WHERE lower(w.key) = lower(?)", [key]
        ).fetchone()
    )
    if row is None:
        raise NotFound(f"no work {key!r}: see `sinotech works` for the keys")
    return _work(row)


def work_detail(connection: sqlite3.Connection, key: str) -> dict[str, object]:
    """`work KEY`: the work plus every citation of it and the claims it supports."""
    record = work(connection, key)
    key = str(record["key"])
    record |= marks_of(connection, key)
    record["citations"] = [
        {"source": source, "footnote": n, "locator": locator, "raw": raw,
         "corrections": json.loads(corrections)}
        for source, n, locator, raw, corrections in connection.execute(
            """SELECT source, n, locator, raw, corrections FROM citations
               WHERE work = ? ORDER BY n, position""",
            [key],
        )
    ]  # fmt: skip
    if record["source"] is None:
        claim_rows = connection.execute(
            """SELECT DISTINCT l.claim FROM citations c
               JOIN claim_footnotes l ON l.source = c.source AND l.n = c.n
               JOIN claims k ON k.id = l.claim WHERE c.work = ? ORDER BY k.rowid""",
            [key],
        )
        record["claims"] = [claim(connection, c, context=False) for (c,) in claim_rows]
    else:
        record["claims"] = []
    return record


def work_keys(connection: sqlite3.Connection, prefix: str = "") -> list[str]:
    """Citation keys starting with prefix (any case), for shell completion."""
    rows = connection.execute(
        "SELECT key FROM works WHERE lower(key) LIKE lower(?) || '%' ORDER BY key", [prefix]
    )
    return [row[0] for row in rows]


def bibliography(connection: sqlite3.Connection) -> list[dict[str, object]]:
    """Every work, sorted by key, each with the footnotes that cite it (for `export`)."""
    cited: dict[str, list[dict[str, object]]] = {}
    for key, source, n in connection.execute(
        "SELECT DISTINCT work, source, n FROM citations ORDER BY source, n"
    ):
        cited.setdefault(key, []).append({"source": source, "n": n})
    marks = work_marks(connection)
    unmarked = {"tags": [], "note": None}
    records = [
        record
        | {"cited_in": cited.get(str(record["key"]), [])}
        | marks.get(str(record["key"]), unmarked)
        for record in works(connection)
    ]
    return sorted(records, key=lambda record: str(record["key"]).lower())
