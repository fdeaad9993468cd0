"""`cite`: the works behind claims, ready for a reference manager."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from .. import store
from ..errors import QueryError
from ..options import (
    COUNT,
    ascii_option,
    db_option,
    escaped,
    filter_options,
    format_option,
    store_completer,
)
from ..render import BIBLIOGRAPHY_FORMATS
from ..sources import REPORT_ID
from . import command, connect, nothing_found, output

if TYPE_CHECKING:
    from pathlib import Path


@command()
@click.argument("query", nargs=-1)
@filter_options(default_limit=None)
@click.option(
    "--claim",
    "claim_ids",
    multiple=True,
    metavar="ID",
    shell_complete=store_completer(store.claim_ids),
    help="The works behind this claim (repeatable).",
)
@click.option(
    "--footnote",
    "footnote_numbers",
    multiple=True,
    type=COUNT,
    metavar="N",
    help="The works footnote N cites (repeatable): of the report, or of the one --source given.",
)
@format_option(BIBLIOGRAPHY_FORMATS, "bibtex", "keys: a pandoc citation such as [@a; @b].")
@ascii_option
@db_option
def cite(
    query: tuple[str, ...],
    claim_ids: tuple[str, ...],
    footnote_numbers: tuple[int, ...],
    fmt: str,
    ascii_only: bool,
    db_path: Path | None,
    **filters: Any,
) -> None:
    """The works behind the claims matching QUERY, ready for a reference manager.

    QUERY and the filters are those of `search`, but every matching claim counts unless you
    give --limit. Each work is listed once, sorted by key, with a comment naming the footnotes
    that cite it; the documents the claims come from are included.

    \b
    Examples:
      sinotech cite 5G > 5g.bib
      sinotech cite --footnote 15 --format csl-json
      sinotech cite '"early warning"' --format keys
    """
    from ..search import Filters, find_claims

    tagged = filters.get("tags")
    if not (query or claim_ids or footnote_numbers or tagged):
        raise QueryError("say what to cite: a QUERY, --claim ID, --footnote N or --tag TAG")
    sources = filters.get("sources") or ()
    if footnote_numbers and len(sources) > 1:
        raise QueryError("--footnote N is of one source: give at most one --source with it")
    noted = sources[0] if sources else REPORT_ID
    with connect(db_path) as connection:
        selected = [str(store.claim(connection, claim_id)["id"]) for claim_id in claim_ids]
        for n in footnote_numbers:
            store.footnote(connection, n, noted)
        if query or tagged:
            claims = find_claims(connection, query, Filters(**filters))
            if not claims:
                nothing_found(f"no claims match {escaped(' '.join(query + tagged))}")
            selected += [str(claim["id"]) for claim in claims]
        records = store.works_behind(connection, selected, [(noted, n) for n in footnote_numbers])
    if not records:
        nothing_found("those footnotes cite no work")
    from ..render.bibliography import render_bibliography

    with output() as stream:
        render_bibliography(records, fmt, stream, ascii_only)
