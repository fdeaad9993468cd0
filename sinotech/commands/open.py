"""`open`: where a claim, source or work can be read."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from .. import store
from ..options import complete_source_ids, complete_targets, db_option, store_completer
from ..paths import default_db_path
from . import command, connect

if TYPE_CHECKING:
    from pathlib import Path


@command("open")
@click.argument(
    "target",
    metavar="CLAIM_ID|KEY|SOURCE_ID",
    shell_complete=store_completer(complete_targets, complete_source_ids),
)
@click.option("--print", "print_only", is_flag=True, help="Print the address, do not open it.")
@db_option
def open_command(target: str, print_only: bool, db_path: Path | None) -> None:
    """Open where a claim, source or work can be read.

    A document you added opens from the copy in your library, a PDF at the claim's page;
    anything else at its URL, or its DOI. In a pipe, or with --print, the address is printed.

    \b
    Examples:
      sinotech open acri-2022:2.1:8
      sinotech open kovachichWhoWillGet2021 --print
    """
    from ..library import load
    from ..opener import address, launch

    with connect(db_path) as connection:
        where = store.location(connection, target)
    uri = address(where, load(db_path or default_db_path()).path / "files")
    if print_only or not sys.stdout.isatty():
        click.echo(uri)
    else:
        launch(uri)
