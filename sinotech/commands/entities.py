"""`entities` and `entity`: what the claims are about."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .. import store
from ..options import db_option, format_option
from ..render import DETAIL_FORMATS, LISTING_FORMATS, Column, render_listing
from . import command, connect, output

if TYPE_CHECKING:
    from pathlib import Path

ENTITY_COLUMNS = (
    Column("name", "Entity"),
    Column("kind", "Kind"),
    Column("claims", "Claims"),
    Column("sources", "Sources"),
    Column("footnotes", "Notes"),
    Column("aliases", "Also", wide=True),
)


ENTITY_KINDS = ("country", "place", "organisation", "programme", "technology", "person", "term")


@command()
@click.option("--kind", type=click.Choice(ENTITY_KINDS), help="Only entities of this kind.")
@format_option(LISTING_FORMATS)
@db_option
def entities(kind: str | None, fmt: str, db_path: Path | None) -> None:
    """The organisations, programmes, technologies and places claims are about.

    \b
    Examples:
      sinotech entities --kind organisation
      sinotech entities --format csv
    """
    with connect(db_path) as connection:
        records = store.entities(connection, kind)
    with output() as stream:
        render_listing(records, ENTITY_COLUMNS, fmt, stream)


@command()
@click.argument("name")
@format_option(DETAIL_FORMATS)
@db_option
def entity(name: str, fmt: str, db_path: Path | None) -> None:
    """One entity (by any of its names): its claims across sources, the works cited for them,
    and the entities it is mentioned with.

    \b
    Examples:
      sinotech entity Huawei
      sinotech entity ASAT --format json
    """
    from ..render.detail import entity_blocks, render_detail

    with connect(db_path) as connection:
        record = store.entity(connection, name)
    with output() as stream:
        render_detail(record, entity_blocks(record), fmt, stream)
