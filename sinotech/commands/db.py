"""`db build`, `db path` and `db stats`: the store itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .. import store
from ..options import db_option, format_option
from ..paths import default_db_path
from ..render import LISTING_FORMATS, Column, render_listing
from . import connect, group, output

if TYPE_CHECKING:
    from pathlib import Path


@group()
def db() -> None:
    """The store: where it is, what it holds, rebuild it."""


@db.command("build")
@db_option
def db_build(db_path: Path | None) -> None:
    """Rebuild the store from the bundled documents and your library now (a damaged one too).

    \b
    Example:
      sinotech db build --db /tmp/sinotech.db
    """
    path = db_path or default_db_path()
    counts = store.build(path)
    click.echo(
        f"built {path}: {counts['documents']} documents, {counts['claims']} claims, "
        f"{counts['footnotes']} footnotes, {counts['works']} works"
    )


@db.command("path")
@db_option
def db_path_command(db_path: Path | None) -> None:
    """Print where the store is (or will be built).

    \b
    Example:
      sinotech db path
    """
    click.echo(db_path or default_db_path())


@db.command("stats")
@format_option(LISTING_FORMATS)
@db_option
def db_stats(fmt: str, db_path: Path | None) -> None:
    """Row counts of the store and when it was built.

    \b
    Example:
      sinotech db stats --format json
    """
    with connect(db_path) as connection:
        facts = store.stats(connection)
    records = [{"key": key, "value": value} for key, value in facts.items()]
    with output() as stream:
        render_listing(records, (Column("key", "Fact"), Column("value", "Value")), fmt, stream)
