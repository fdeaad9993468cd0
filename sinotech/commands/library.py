"""`add` and `remove`: documents in and out of the user's library."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import StoreError
from ..options import complete_source_ids, db_option, format_option, store_completer
from ..paths import default_db_path
from . import command

ADD_FORMATS = ("plain", "json")


def _iso_date(context: click.Context, parameter: click.Parameter, value: str | None) -> str | None:
    import re

    if value is not None and not re.fullmatch(
        r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value
    ):
        raise click.BadParameter("give an ISO date: 2019, 2019-05 or 2019-05-12")
    return value


@command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--id", "source_id", metavar="ID", help="The source id (default: author-year).")
@click.option("--title", help="The title, instead of the one detected.")
@click.option("--author", "authors", multiple=True, help="An author (repeatable), as written.")
@click.option("--date", callback=_iso_date, help="The date published: 2019, 2019-05, 2019-05-12.")
@click.option("--url", help="Where the document was published.")
@format_option(ADD_FORMATS, "plain", "plain: a line per file, warnings on stderr; json: a report.")
@db_option
def add(
    paths: tuple[Path, ...],
    source_id: str | None,
    title: str | None,
    authors: tuple[str, ...],
    date: str | None,
    url: str | None,
    fmt: str,
    db_path: Path | None,
) -> None:
    """Add footnoted documents to your library: their sentences become claims linked to their
    notes and to the works the notes cite.

    Word, OpenDocument, EPUB, Markdown, LaTeX (through pandoc), HTML web pages, PDF with a text
    layer, plain text, and bibliography files (.bib, CSL-JSON .json, .ris: works only). The
    file is copied into the library beside the store; adding the same file again adds nothing.

    \b
    Examples:
      sinotech add bendett-2019.pdf
      sinotech add brief.docx --author "Samuel Bendett" --date 2019-10-29
      sinotech add page.html --id rusi-2021 --format json
      sinotech add refs.bib
    """
    from ..add import add as add_sources

    overrides = {"id": source_id, "title": title, "authors": list(authors), "issued": date,
                 "url": url}  # fmt: skip
    path = db_path or default_db_path()
    if db_path is not None and not path.parent.is_dir():
        raise StoreError(f"no such directory for the store: {path.parent}")
    reports = add_sources(path, list(paths), overrides)
    if fmt == "json":
        click.echo(json.dumps([vars(report) for report in reports], indent=2, ensure_ascii=False))
        return
    for report in reports:
        if report.status != "added":
            click.echo(f"{report.path}: already added as {report.id}, nothing added")
            continue
        found = (
            f"{report.works} works"
            if report.kind == "bibliography"
            else f"{report.claims} claims, {report.notes} notes, {report.linked} of "
            f"{report.markers} markers linked, {report.works} citations"
        )
        click.echo(f"{report.id}: {found} ({report.kind}) — {report.title}")
        for warning in report.warnings:
            click.echo(f"  warning: {warning}", err=True)


@command()
@click.argument("source_id", metavar="ID", shell_complete=store_completer(complete_source_ids))
@db_option
def remove(source_id: str, db_path: Path | None) -> None:
    """Take an added source out of your library, with its claims and the works only it cites.

    \b
    Example:
      sinotech remove bendett-2019
    """
    from ..add import remove as remove_source

    entry = remove_source(db_path or default_db_path(), source_id)
    click.echo(f"removed {entry.id} ({Path(entry.original).name})")
