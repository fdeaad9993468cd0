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

from .search import Filters, find_claims
from .store.fresh import connect_read_only

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
        return json.dumps([claim["id"] for claim in find_claims(connection, (query,), Filters())])


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
    claim's footnotes, and the id on a claim's own page, link to its notes, verbatim, and the
    works they cite (the canned query `claim`)."""
    if not isinstance(value, str) or not datasette.plugin_config("sinotech", database=database):
        return None
    notes = f"{datasette.urls.database(database)}/claim?"
    if table == "claims" and column == "id":  # a claim's page (its table shows ids as links)
        return Markup(f"{escape(value)} · ") + _link(
            notes + urlencode({"id": value}), "its notes and the works they cite"
        )
    if table not in (None, "claim_index"):
        return None
    if column in _KEYS or (table == "claim_index" and column == "id"):
        href = datasette.urls.row(database, _KEYS.get(column, "claims"), tilde_encode(value))
        return _link(href, value)
    claim_id = _claim_of(row)
    if column == "footnotes" and value != "[]" and claim_id:
        return _link(notes + urlencode({"id": claim_id}), value)
    return None


def _claim_of(row: sqlite3.Row) -> str | None:
    """The claim a row of a query's results or of claim_index is about."""
    keys = row.keys()
    return next((row[key] for key in ("claim", "id") if key in keys), None)


def _link(href: str, text: str) -> Markup:
    return Markup(f'<a href="{escape(href)}">{escape(text)}</a>')
