"""`related`: claims in other documents that state the same fact."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .. import store
from ..options import db_option, format_option, store_completer
from ..render import LISTING_FORMATS, Column, render_listing
from . import command, connect, nothing_found, output

if TYPE_CHECKING:
    from pathlib import Path

RELATED_COLUMNS = (
    Column("id", "Claim"),
    Column("source", "Source"),
    Column("footnotes", "Notes"),
    Column("score", "Score"),
    Column("text", "Text", wide=True),
)


@command()
@click.argument("claim_id", shell_complete=store_completer(store.claim_ids))
@format_option(LISTING_FORMATS)
@db_option
def related(claim_id: str, fmt: str, db_path: Path | None) -> None:
    """Claims in other documents that state the same fact as CLAIM_ID, best first.

    \b
    Examples:
      sinotech related acri-2022:4.2:2
      sinotech related orf-2021:8 --format json
    """
    with connect(db_path) as connection:
        claims = store.related(connection, claim_id)
    if not claims:
        nothing_found(f"no other document states what {claim_id} states")
    with output() as stream:
        render_listing(claims, RELATED_COLUMNS, fmt, stream)
