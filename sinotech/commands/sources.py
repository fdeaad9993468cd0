"""`sources` and `sections`: the documents in the store and the report's sections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import store
from ..options import db_option, escaped, format_option, source_option
from ..render import LISTING_FORMATS, Column, render_listing
from . import command, connect, nothing_found, output

if TYPE_CHECKING:
    from pathlib import Path

SOURCE_COLUMNS = (
    Column("id", "Source"),
    Column("kind", "Kind"),
    Column("type", "Type"),
    Column("issued", "Issued"),
    Column("claims", "Claims"),
    Column("duplicates", "Repeats"),
    Column("footnotes", "Notes"),
    Column("title", "Title", wide=True),
    Column("file", "File"),
)


SECTION_COLUMNS = (
    Column("source", "Source"),
    Column("number", "§"),
    Column("page", "Page"),
    Column("claims", "Claims"),
    Column("footnotes", "Notes"),
    Column("title", "Title", wide=True),
)


@command()
@format_option(LISTING_FORMATS)
@db_option
def sources(fmt: str, db_path: Path | None) -> None:
    """The documents in the store, with claim and footnote counts.

    \b
    Examples:
      sinotech sources
      sinotech sources --format json
    """
    with connect(db_path) as connection:
        records = store.sources(connection)
    with output() as stream:
        render_listing(records, SOURCE_COLUMNS, fmt, stream)


@command()
@source_option("Only the sections of this source.")
@format_option(LISTING_FORMATS)
@db_option
def sections(sources: tuple[str, ...], fmt: str, db_path: Path | None) -> None:
    """The report's sections, with start page and claim and footnote counts.

    \b
    Examples:
      sinotech sections
      sinotech sections --format markdown
    """
    with connect(db_path) as connection:
        records = [
            record
            for record in store.sections(connection)
            if not sources or record["source"] in sources
        ]
    if not records:
        nothing_found(f"{', '.join(map(escaped, sources))} has no sections")
    with output() as stream:
        render_listing(records, SECTION_COLUMNS, fmt, stream)
