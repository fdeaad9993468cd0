"""`serve`: the web view (Datasette over the store)."""

from __future__ import annotations

from pathlib import Path

import click

from ..options import db_option
from ..paths import default_db_path
from . import command, connect


@command()
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option(
    "--port",
    "-p",
    type=click.IntRange(1, 65535),
    default=8001,
    show_default=True,
    help="The port to listen on.",
)
@click.option(
    "--write-metadata",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the Datasette metadata to FILE and exit (for `datasette serve -m FILE`).",
)
@db_option
def serve(host: str, port: int, write_metadata: Path | None, db_path: Path | None) -> None:
    """The team's web view: Datasette over the store, read-only (needs sinotech[web]).

    Full-text search that answers as `search` does, claims by source, section, entity and tag,
    and canned queries from a footnote or a work to its claims. Ctrl-C stops it.

    \b
    Examples:
      sinotech serve
      sinotech serve --host 0.0.0.0 --port 8080
      sinotech serve --write-metadata metadata.json
    """
    from ..serve import serve as run
    from ..serve import write_metadata as write

    with connect(db_path):  # built or brought up to date before it is served
        pass
    path = db_path or default_db_path()
    if write_metadata is not None:
        write(path, write_metadata)
        click.echo(f"wrote {write_metadata}")
        return
    click.echo(f"serving {path} read-only at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    run(path, host, port)
