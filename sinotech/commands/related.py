"""`related`: claims in other documents that state the same fact, or another figure for it."""

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
    Column("label", "Link"),
    Column("score", "Score"),
    Column("footnotes", "Notes"),
    Column("because", "Why", wide=True),
    Column("text", "Text", wide=True),
)


@command()
@click.argument("claim_id", shell_complete=store_completer(store.claim_ids))
@click.option(
    "--all", "every", is_flag=True, help="Then the weaker candidates too, labelled as such."
)
@format_option(LISTING_FORMATS)
@db_option
def related(claim_id: str, every: bool, fmt: str, db_path: Path | None) -> None:
    """Claims in other documents that state the same fact as CLAIM_ID (supports) or give
    another figure for it (contrasts), best first, with why.

    Precision first: a link needs the meaning, the wording and the subject to agree, and no
    date or figure to conflict (README: "Corroboration").

    \b
    Examples:
      sinotech related acri-2022:4.2:2
      sinotech related acri-2022:4.2:2 --all
      sinotech related orf-2021:8 --format json
    """
    with connect(db_path) as connection:
        claims = store.related(connection, claim_id, every)
    if not claims:
        nothing_found(f"no other document states what {claim_id} states")
    with output() as stream:
        render_listing(claims, RELATED_COLUMNS, fmt, stream)
