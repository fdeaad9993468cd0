"""`show` and `footnote`: one claim, one footnote, in full."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .. import store
from ..options import COUNT, db_option, format_option, source_option, store_completer
from ..render import DETAIL_FORMATS
from . import command, connect, output

if TYPE_CHECKING:
    from pathlib import Path


@command()
@click.argument("claim_id", shell_complete=store_completer(store.claim_ids))
@format_option(DETAIL_FORMATS)
@db_option
def show(claim_id: str, fmt: str, db_path: Path | None) -> None:
    """One claim: its text, its paragraph, and the verbatim text of each footnote it carries,
    with the key, type and year of each work the footnote cites.

    \b
    Examples:
      sinotech show acri-2022:2.1:8
      sinotech show orf-2021:25 --format json
    """
    with connect(db_path) as connection:
        claim = store.claim(connection, claim_id)
    from ..render.detail import claim_blocks, render_detail

    with output() as stream:
        render_detail(claim, claim_blocks(claim), fmt, stream)


@command()
@click.argument("n", type=COUNT)
@source_option("The footnoted document.", multiple=False)
@format_option(DETAIL_FORMATS)
@db_option
def footnote(n: int, source: str, fmt: str, db_path: Path | None) -> None:
    """Footnote N: its verbatim reference text, the key, type and year of each work it cites,
    and the claims that carry its marker.

    \b
    Examples:
      sinotech footnote 15
      sinotech footnote 108 --format json
    """
    with connect(db_path) as connection:
        note = store.footnote(connection, n, source)
    from ..render.detail import footnote_blocks, render_detail

    with output() as stream:
        render_detail(note, footnote_blocks(note), fmt, stream)
