"""sinotech's Datasette plugin: the CLI's search as an SQL function, and links between claims,
notes and works in query results.

Registered by `sinotech serve`, and by the `datasette` entry point wherever sinotech[web] is
installed, so `datasette serve` on a shared server answers the search query too. It only reads:
the function opens its own read-only connection to the store.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from . import store
from .query import to_fts
from .store.build import connect_read_only

if TYPE_CHECKING:
    import sqlite3

    from datasette.app import Datasette

# Columns of query results and views that name a claim or a work, and the table they are
# keys of: Datasette links foreign keys in tables, never in queries or views.
_KEYS = {"claim": "claims", "other": "claims", "work": "works"}


def search_ids(store_path: Path, query: str) -> str:
    """The ids of the claims `sinotech search QUERY --limit <all>` lists, in its order, as a
    JSON array ('[]' for an empty query)."""
    if not query.strip():
        return "[]"
    with contextlib.closing(connect_read_only(store_path)) as connection:
        match = to_fts(query, store.aliases(connection).get)
        return json.dumps([claim["id"] for claim in store.search(connection, match, limit=None)])


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Datasette) -> None:
    path = datasette.get_database(database).path
    if path and datasette.plugin_config("sinotech", database=database):
        conn.create_function("sinotech_search", 1, lambda query: search_ids(Path(path), query))


@hookimpl
def render_cell(
    row: sqlite3.Row,
    value: object,
    column: str,
    table: str | None,
    database: str,
    datasette: Datasette,
) -> Markup | None:
    """A claim id or work key in a query's results (or claim_index) links to its page; a
    claim's footnotes link to the notes, verbatim, and the works they cite."""
    if table not in (None, "claim_index") or not isinstance(value, str):
        return None
    if not datasette.plugin_config("sinotech", database=database):
        return None
    if column in _KEYS or (table == "claim_index" and column == "id"):
        href = datasette.urls.row(database, _KEYS.get(column, "claims"), tilde_encode(value))
        return _link(href, value)
    claim_id = _claim_of(row)
    if column == "footnotes" and value != "[]" and claim_id:
        query = urlencode({"id": claim_id})
        return _link(f"{datasette.urls.database(database)}/claim?{query}", value)
    return None


def _claim_of(row: sqlite3.Row) -> str | None:
    keys = row.keys()
    for key in ("claim", "id"):
        if key in keys:
            return row[key]
    return None


def _link(href: str, text: str) -> Markup:
    return Markup(f'<a href="{escape(href)}">{escape(text)}</a>')
