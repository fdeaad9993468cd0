"""Where a claim, a source or a work can be read: the facts `open` turns into an address."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..errors import NotFound

if TYPE_CHECKING:
    import sqlite3

_DOCUMENT = "SELECT id, kind, url, doi, filename, added FROM documents WHERE id = ?"


def location(connection: sqlite3.Connection, target: str) -> dict[str, object]:
    """The document (or cited work) a claim id, source id or work key stands for: its URL,
    DOI, kept file and, for a claim, the page its paragraph starts on."""
    row = connection.execute(
        """SELECT c.source, p.page FROM claims c
           JOIN paragraphs p ON p.source = c.source AND p.position = c.paragraph
           WHERE c.id = ?""",
        [target],
    ).fetchone()
    if row is not None:
        return _document(connection, row[0]) | {"page": row[1]}
    if connection.execute(_DOCUMENT, [target]).fetchone() is not None:
        return _document(connection, target) | {"page": None}
    work = connection.execute(
        "SELECT key, source, csl FROM works WHERE lower(key) = lower(?)", [target]
    ).fetchone()
    if work is None:
        raise NotFound(
            f"no claim, source or work {target!r}: see `sinotech sources` and `sinotech works`"
        )
    if work[1] is not None:
        return _document(connection, work[1]) | {"page": None}
    item = json.loads(work[2])
    return {"id": work[0], "url": item.get("URL"), "doi": item.get("DOI"), "file": None,
            "added": False, "page": None}  # fmt: skip


def _document(connection: sqlite3.Connection, source: str) -> dict[str, object]:
    row = connection.execute(_DOCUMENT, [source]).fetchone()
    return {
        "id": row["id"],
        "url": row["url"],
        "doi": row["doi"],
        "file": row["filename"] if row["added"] else None,
        "added": bool(row["added"]),
    }
