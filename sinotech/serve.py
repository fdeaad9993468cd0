"""The team view: Datasette, read-only over the store, described by the store's own schema.

Datasette (the `web` extra) publishes the store as it is, over read-only connections, and
every request that could write is refused. What sinotech adds is metadata: the descriptions of
tables and columns, read from the comments of db/schema.sql (one source of truth), the facets,
full-text search, and canned queries that follow a claim to its notes and works. The search
query runs the CLI's own search (through the SQL function of sinotech.datasette_plugin), so
both answer alike.
"""

from __future__ import annotations

import json
import re
import socket
from typing import TYPE_CHECKING

from .errors import SinotechError
from .paths import bundled
from .sources import REPORT_ID

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

_CREATE = re.compile(r"CREATE (?:VIRTUAL )?(?:TABLE|VIEW) (\w+)")
_COLUMN = re.compile(r"\s+(\w+)\s+[A-Z][^-]*?(?:--\s*(.*))?$")

# Datasette's settings: the entity facet reads every claim's entities through claim_index in
# about 40 ms, over Datasette's 200 ms limit on a busy machine, and a facet over time is dropped.
SETTINGS = {"facet_time_limit_ms": 1000}

# The facets a reader browses claims by; entities and tags are JSON arrays of claim_index.
_CLAIM_FACETS = ["source", "section"]
_INDEX_FACETS = [*_CLAIM_FACETS, {"array": "entities"}, {"array": "tags"}]

_CLAIM_COLUMNS = """c.id AS claim, c.source, c.section, c.text, i.footnotes
FROM claims c JOIN claim_index i ON i.id = c.id"""

QUERIES: dict[str, dict[str, str]] = {
    "search": {
        "title": "Search claims",
        "hide_sql": True,
        "description": "Claims matching the query, best first, as `sinotech search` finds "
        'them: all words must match, "quoted phrases", prefix*, OR, NOT, (groups); stemming, '
        "and a name stands for its aliases. A sentence repeated in a later document is listed "
        "once, under the document that said it first.",
        "sql": f"""SELECT found.key + 1 AS rank, {_CLAIM_COLUMNS}
JOIN json_each(sinotech_search(:q)) found ON found.value = c.id
ORDER BY found.key""",
    },
    "claim": {
        "title": "A claim's notes and works",
        "description": "A claim (by id, such as acri-2022:2.1:8), each footnote it carries, "
        "verbatim, and each work the note cites, in the note's order.",
        "sql": """SELECT l.claim, c.text, l.n AS note, f.text AS note_text, ci.work, w.title,
       ci.locator
FROM claims c
JOIN claim_footnotes l ON l.claim = c.id
JOIN footnotes f ON f.source = l.source AND f.n = l.n
LEFT JOIN citations ci ON ci.source = l.source AND ci.n = l.n
LEFT JOIN works w ON w.key = ci.work
WHERE c.id = :id
ORDER BY l.char_offset, ci.position""",
    },
    "footnote": {
        "title": "A footnote with its claim and works",
        "description": f"Footnote n of a source (empty: {REPORT_ID}, the report), verbatim, "
        "the claims that carry its marker, and the works it cites.",
        "sql": f"""SELECT f.source, f.n AS note, f.text AS note_text, l.claim, c.text,
       ci.work, w.title, ci.locator
FROM footnotes f
LEFT JOIN claim_footnotes l ON l.source = f.source AND l.n = f.n
LEFT JOIN claims c ON c.id = l.claim
LEFT JOIN citations ci ON ci.source = f.source AND ci.n = f.n
LEFT JOIN works w ON w.key = ci.work
WHERE f.source = coalesce(nullif(:source, ''), '{REPORT_ID}') AND f.n = :n
ORDER BY c.position, l.char_offset, ci.position""",
    },
    "work": {
        "title": "A work with the claims that cite it",
        "description": "A work (by key, any case), each footnote citing it, and the claims "
        "those footnotes are marked on, in document order.",
        "sql": f"""SELECT w.key AS work, w.title, ci.n AS note, ci.locator, {_CLAIM_COLUMNS}
JOIN claim_footnotes l ON l.claim = c.id
JOIN citations ci ON ci.source = l.source AND ci.n = l.n
JOIN works w ON w.key = ci.work
WHERE lower(w.key) = lower(:key)
ORDER BY c.rowid, ci.n, ci.position""",
    },
    "corroboration": {
        "title": "Claims that corroborate or contrast with each other",
        "description": "Pairs of claims in different documents that state the same fact "
        "(supports) or another figure for it (contrasts), best first, with the reasons (as "
        "`sinotech related`); give a claim id for its own, or leave it empty for every pair once.",
        "sql": """SELECT r.claim, a.text, r.other, b.text AS other_text, r.label, r.score, r.why
FROM related r JOIN claims a ON a.id = r.claim JOIN claims b ON b.id = r.other
WHERE r.label IN ('supports', 'contrasts')
  AND ((:claim = '' AND r.claim < r.other) OR r.claim = :claim)
ORDER BY r.score DESC, a.rowid, b.rowid""",
    },
}


def schema_descriptions(schema: str) -> dict[str, dict]:
    """{table or view: {"description": …, "columns": {column: …}}} from the schema's
    comments: the block of comment lines right above a CREATE, and a column's trailing
    comment (continued on comment-only lines below it). A table declared straight after
    another with no comment of its own shares that one's (tags and notes)."""
    tables: dict[str, dict] = {}
    comment: list[str] = []
    columns: dict[str, str] = {}
    table = column = previous = None
    for line in schema.splitlines():
        stripped = line.strip()
        if stripped.startswith("--"):
            if column is not None:
                columns[column] += " " + stripped[2:].strip()
            else:
                comment.append(stripped[2:].strip())
            continue
        if created := _CREATE.match(stripped):
            table, column = created.group(1), None
            description = " ".join(comment) or tables.get(previous, {}).get("description", "")
            columns = {}
            tables[table] = {"description": description, "columns": columns}
            previous, comment = table, []
            continue
        found = _COLUMN.match(line) if table is not None else None
        column = found.group(1) if found and found.group(1).islower() and found.group(2) else None
        if column is not None:
            columns[column] = found.group(2).strip()
        if line.split("--")[0].rstrip().endswith(";"):
            table, comment = None, []
        elif not stripped:
            comment = []
    return tables


def metadata(store_path: Path) -> dict:
    """Datasette's metadata (0.65 format) for the store at store_path: descriptions from the
    schema, labels, facets, search and the canned queries."""
    schema = (bundled("db") / "schema.sql").read_text(encoding="utf-8")
    tables: dict[str, dict] = {}
    for name, described in schema_descriptions(schema).items():
        table = {"description": described["description"]}
        if described["columns"]:
            table["columns"] = described["columns"]
        tables[name] = table
    tables["claims"] |= {"label_column": "text", "facets": _CLAIM_FACETS,
                         "fts_table": "claims_fts", "fts_pk": "rowid"}  # fmt: skip
    tables["claim_index"] |= {"facets": _INDEX_FACETS, "fts_table": "claims_fts",
                              "fts_pk": "rowid"}  # fmt: skip
    tables["repeats"]["hidden"] = True  # search's own index of repeats: nothing to browse
    tables["kept_links"]["hidden"] = True  # how an add reads links: nothing to browse
    header = schema.split("\n\n")[0]
    return {
        "title": "sinotech: claims on China–Russia technology cooperation",
        "description": "Claims (the sentences of footnoted documents), their notes and the "
        "works those cite. Start with the search query, or browse claim_index by source, "
        "section, entity and tag.",
        "databases": {
            store_path.stem: {
                "description": " ".join(line.lstrip("- ") for line in header.splitlines()),
                "tables": tables,
                "queries": QUERIES,
                "plugins": {"sinotech": {"store": True}},
            }
        },
    }


def write_metadata(store_path: Path, target: Path) -> None:
    """The metadata as a file, for serving the store with Datasette's own commands."""
    try:
        text = json.dumps(metadata(store_path), indent=2, ensure_ascii=False)
        target.write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise SinotechError(f"cannot write {target}: {error.strerror}") from None


def serve(store_path: Path, host: str, port: int) -> None:
    """Run Datasette over the store at host:port until interrupted. Its connections are
    read-only (`mode=ro`), but not `immutable`: a tag, a note or a document the user adds
    meanwhile is written into the store in place, and an immutable reader would not expect the
    file to change under it."""
    try:
        import uvicorn
        from datasette.app import Datasette
        from datasette.plugins import pm
    except ImportError:
        raise SinotechError("the team view needs Datasette: pip install 'sinotech[web]'") from None
    from . import datasette_plugin

    _check_free(host, port)
    if not pm.has_plugin("sinotech"):  # installed, the entry point has registered it
        pm.register(datasette_plugin, name="sinotech")
    datasette = Datasette(files=[str(store_path)], metadata=metadata(store_path), settings=SETTINGS)
    uvicorn.run(read_only(datasette.app()), host=host, port=port, log_level="warning")


def read_only(app: Callable) -> Callable:
    """The ASGI app, answering any request but GET, HEAD and OPTIONS with 405 at the door:
    Datasette already refuses writes to a read-only store, but a POST to a table reaches it
    as a server error (500, and a traceback in the log)."""

    async def guarded(scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            headers = [(b"allow", b"GET, HEAD, OPTIONS"), (b"content-type", b"text/plain")]
            await send({"type": "http.response.start", "status": 405, "headers": headers})
            await send({"type": "http.response.body", "body": b"This view is read-only.\n"})
            return
        await app(scope, receive, send)

    return guarded


def _check_free(host: str, port: int) -> None:
    """SinotechError now, in one line, rather than a server log later, when host:port is taken
    or not an address of this machine."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        reason = error.strerror or str(error)
        raise SinotechError(f"cannot serve on {host}:{port}: {reason}") from None
