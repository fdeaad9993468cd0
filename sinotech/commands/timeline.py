"""`timeline`: dated claims in date order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from .. import store
from ..options import db_option, filter_options, format_option
from ..render import LISTING_FORMATS, Column, render_listing
from . import command, connect, nothing_found, output

if TYPE_CHECKING:
    from pathlib import Path

TIMELINE_COLUMNS = (
    Column("date", "Date"),
    Column("id", "Claim"),
    Column("source", "Source"),
    Column("footnotes", "Notes"),
    Column("text", "Text", wide=True),
)


@command()
@click.argument("query", nargs=-1)
@filter_options(default_limit=None)
@format_option(LISTING_FORMATS)
@db_option
def timeline(query: tuple[str, ...], fmt: str, db_path: Path | None, **filters: Any) -> None:
    """Claims that state a date, in date order: a chronology built from the claims.

    QUERY and the filters are those of `search` (no QUERY: every dated claim). Each claim is
    placed at the first date it states.

    \b
    Examples:
      sinotech timeline
      sinotech timeline huawei
      sinotech timeline --topic "outer space" --format markdown
    """
    from ..search import Filters, find_claims

    limit = filters.pop("limit")
    with connect(db_path) as connection:
        selected = find_claims(connection, query, Filters(**filters))
        records = store.timeline(connection, [str(claim["id"]) for claim in selected])
    if limit is not None:
        records = records[:limit]
    if not records:
        nothing_found("no dated claims match")
    with output() as stream:
        render_listing(records, TIMELINE_COLUMNS, fmt, stream)
