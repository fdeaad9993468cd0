"""`search`: claims matching a query, best first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from ..errors import QueryError
from ..options import db_option, escaped, filter_options, format_option
from ..render import LISTING_FORMATS, Column, render_listing
from . import command, connect, nothing_found, output

if TYPE_CHECKING:
    from pathlib import Path

CLAIM_COLUMNS = (
    Column("id", "Claim"),
    Column("source", "Source"),
    Column("section", "§"),
    Column("footnotes", "Notes"),
    Column("text", "Text", wide=True),
)


@command()
@click.argument("query", nargs=-1)
@filter_options()
@click.option("--explain", is_flag=True, help="Print the FTS5 expression and the SQL it runs.")
@format_option(LISTING_FORMATS)
@db_option
def search(
    query: tuple[str, ...],
    explain: bool,
    fmt: str,
    db_path: Path | None,
    **filters: Any,
) -> None:
    """Claims matching QUERY, best first.

    All words must match; "quoted phrases" match as written; a trailing * matches a prefix;
    OR and NOT (upper case) combine terms, and parentheses group them. Stemming applies
    (sanction finds sanctions), and a name stands for its aliases ("artificial intelligence"
    also finds AI, PRC also finds China). --explain prints what would run instead of running it.

    \b
    Examples:
      sinotech search huawei 5G
      sinotech search '"early warning"' --corroborated
      sinotech search semiconduct* NOT Taiwan --topic microelectronics --format json
      sinotech search --tag checked
      sinotech search huawei --explain
    """
    from ..search import Filters, plan, run

    if not query and not filters.get("tags"):
        raise QueryError("say what to search for: a QUERY, or --tag TAG for the claims you tagged")
    with connect(db_path) as connection:
        planned = plan(connection, query, Filters(**filters))
        if explain:
            click.echo(planned.explained())
            return
        claims = run(connection, planned)
    if not claims:
        nothing_found(f"no claims match {escaped(' '.join(query))}")
    with output() as stream:
        render_listing(claims, CLAIM_COLUMNS, fmt, stream)
