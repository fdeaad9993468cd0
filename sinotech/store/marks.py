"""The user's tags and notes in the store: where each mark lands, writing them, reading them.

The library's annotations.json is the record (sinotech/annotations.py); these tables are its
copy, made on every build and whenever a mark changes, so searches filter on tags in SQL and
the web view facets on them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import NotFound

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable

    from ..annotations import Mark


def resolve_target(connection: sqlite3.Connection, target: str) -> tuple[str, str, str]:
    """(kind, canonical id, anchor) of a claim id or a work key (any case): the anchor is what
    finds the same claim or work again after a rebuild."""
    import json

    from ..bibliography import identity

    row = connection.execute("SELECT id, text FROM claims WHERE id = ?", [target]).fetchone()
    if row is not None:
        return "claim", row[0], row[1]
    row = connection.execute(
        "SELECT key, csl FROM works WHERE lower(key) = lower(?)", [target]
    ).fetchone()
    if row is not None:
        return "work", row[0], identity(json.loads(row[1]))
    raise NotFound(
        f"no claim or work {target!r}: claim ids look like acri-2022:2.1:7, keys are listed by"
        " `sinotech works`"
    )


def place(
    connection: sqlite3.Connection, marks: dict[str, Mark]
) -> tuple[dict[str, Mark], list[str]]:
    """Where each mark belongs in this store: its own id when that still names what it was put
    on, else the claim with the same text (or the work with the same identity) wherever it now
    is. Marks that fit nothing are returned as detached, to report, never to drop."""
    placed: dict[str, Mark] = {}
    detached: list[str] = []
    works_by_identity: dict[str, str] | None = None
    for target, mark in marks.items():
        if mark.kind == "claim":
            row = connection.execute(
                """SELECT id FROM claims WHERE text = ?
                   ORDER BY id = ? DESC, source = ? DESC, rowid LIMIT 1""",
                [mark.anchor, target, target.split(":")[0]],
            ).fetchone()
            found = row[0] if row else None
        else:
            row = connection.execute("SELECT key FROM works WHERE key = ?", [target]).fetchone()
            if row is None and works_by_identity is None:
                works_by_identity = _works_by_identity(connection)
            found = row[0] if row else (works_by_identity or {}).get(mark.anchor)
        if found is None:
            detached.append(target)
        else:
            placed[found] = mark
    return placed, detached


def _works_by_identity(connection: sqlite3.Connection) -> dict[str, str]:
    import json

    from ..bibliography import identity

    return {
        identity(json.loads(csl)): key
        for key, csl in connection.execute("SELECT key, csl FROM works ORDER BY position DESC")
    }


def write_marks(connection: sqlite3.Connection, marks: dict[str, Mark]) -> list[str]:
    """Replace the store's tags and notes with the library's marks (inside the caller's
    transaction); returns the detached targets."""
    placed, detached = place(connection, marks)
    connection.execute("DELETE FROM tags")
    connection.execute("DELETE FROM notes")
    connection.executemany(
        "INSERT OR IGNORE INTO tags (target, kind, tag) VALUES (?, ?, ?)",
        [(target, mark.kind, tag) for target, mark in placed.items() for tag in mark.tags],
    )
    connection.executemany(
        "INSERT OR REPLACE INTO notes (target, kind, text, updated) VALUES (?, ?, ?, ?)",
        [
            (target, mark.kind, mark.note, mark.updated or "")
            for target, mark in placed.items()
            if mark.note is not None
        ],
    )
    return detached


def marks_of(connection: sqlite3.Connection, target: str) -> dict[str, object]:
    """A claim's or work's tags (in the order given) and note, for `show` and `work`."""
    tags = [row[0] for row in connection.execute(
        "SELECT tag FROM tags WHERE target = ? ORDER BY rowid", [target]
    )]  # fmt: skip
    row = connection.execute("SELECT text FROM notes WHERE target = ?", [target]).fetchone()
    return {"tags": tags, "note": row[0] if row else None}


def work_marks(connection: sqlite3.Connection) -> dict[str, dict[str, object]]:
    """Every work's tags and note at once, for the whole bibliography (`export`)."""
    marks: dict[str, dict[str, object]] = {}
    for key, tag in connection.execute(
        "SELECT target, tag FROM tags WHERE kind = 'work' ORDER BY rowid"
    ):
        marks.setdefault(key, {"tags": [], "note": None})["tags"].append(tag)
    for key, text in connection.execute("SELECT target, text FROM notes WHERE kind = 'work'"):
        marks.setdefault(key, {"tags": [], "note": None})["note"] = text
    return marks


def tag_counts(connection: sqlite3.Connection) -> list[dict[str, object]]:
    """Every tag with the number of claims and works that carry it, most used first."""
    rows = connection.execute(
        """SELECT tag, sum(kind = 'claim') AS claims, sum(kind = 'work') AS works FROM tags
           GROUP BY tag ORDER BY count(*) DESC, tag"""
    )
    return [{"tag": tag, "claims": claims, "works": works} for tag, claims, works in rows]


def tagged_sql(alias: str, tags: Iterable[str]) -> tuple[list[str], list[str]]:
    """WHERE clauses (and their parameters) for rows of `alias` carrying every one of tags."""
    tags = list(tags)
    clauses = [f"EXISTS (SELECT 1 FROM tags t WHERE t.target = {alias} AND t.tag = ?)"] * len(tags)
    return clauses, tags
