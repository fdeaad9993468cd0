"""`works`, `work` and `export`: the bibliography, one work, the whole of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .. import store
from ..options import ascii_option, db_option, escaped, format_option, store_completer, tag_option
from ..render import (
    BIBLIOGRAPHY_FORMATS,
    DETAIL_FORMATS,
    LISTING_FORMATS,
    WHOLE_RECORD_FORMATS,
    Column,
    render_listing,
)
from . import command, connect, nothing_found, output

if TYPE_CHECKING:
    from pathlib import Path

WORK_COLUMNS = (
    Column("key", "Key"),
    Column("creators", "Authors"),
    Column("year", "Year"),
    Column("title", "Title", wide=True),
    Column("container", "In"),
    Column("footnotes", "Notes"),
    Column("claims", "Claims"),
)


@command()
@click.argument("words", nargs=-1)
@tag_option("works")
@format_option(LISTING_FORMATS)
@db_option
def works(words: tuple[str, ...], tags: tuple[str, ...], fmt: str, db_path: Path | None) -> None:
    """The bibliography: every cited work once, and the five documents.

    WORDS (any case) must all occur in a work's authors, title, container, year or key.

    \b
    Examples:
      sinotech works
      sinotech works Hsiung
      sinotech works "War on the Rocks" --format csv
      sinotech works --tag to-read
    """
    with connect(db_path) as connection:
        records = store.works(connection, words, tags, csl=fmt in WHOLE_RECORD_FORMATS)
    if not records:
        nothing_found(f"no works match {escaped(' '.join(words + tags))}")
    with output() as stream:
        render_listing(records, WORK_COLUMNS, fmt, stream)


@command()
@click.argument("key", shell_complete=store_completer(store.work_keys))
@format_option(DETAIL_FORMATS)
@db_option
def work(key: str, fmt: str, db_path: Path | None) -> None:
    """One work in full: its fields, every citation of it, and the claims it supports.

    \b
    Examples:
      sinotech work hsiungChinasTechnologyCooperation2021
      sinotech work kovachichWhoWillGet2021 --format json
    """
    with connect(db_path) as connection:
        record = store.work_detail(connection, key)
    as_json = {
        **record["csl"],
        "citations": [
            {"source": c["source"], "footnote": c["footnote"], "locator": c["locator"]}
            for c in record["citations"]
        ],
        "claims": record["claims"],
        "tags": record["tags"],
        "note": record["note"],
    }
    from ..render.detail import render_detail, work_blocks

    with output() as stream:
        render_detail(as_json, work_blocks(record), fmt, stream)


@command()
@format_option(BIBLIOGRAPHY_FORMATS, "bibtex", "keys: a pandoc citation such as [@a; @b].")
@ascii_option
@db_option
def export(fmt: str, ascii_only: bool, db_path: Path | None) -> None:
    """The whole bibliography, sorted by key.

    \b
    Examples:
      sinotech export > refs.bib
      sinotech export --format csl-json > refs.json
      sinotech export --format biblatex --ascii > refs.bib
    """
    with connect(db_path) as connection:
        records = store.bibliography(connection)
    from ..render.bibliography import render_bibliography

    with output() as stream:
        render_bibliography(records, fmt, stream, ascii_only)
