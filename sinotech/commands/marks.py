"""`tag`, `untag`, `note` and `tags`: the user's marks on claims and works."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from .. import store
from ..errors import QueryError
from ..options import complete_targets, db_option, format_option, store_completer
from ..paths import default_db_path
from ..render import LISTING_FORMATS, Column, render_listing
from . import command, connect, nothing_found, output

if TYPE_CHECKING:
    from pathlib import Path

TARGET = click.argument(
    "target", metavar="CLAIM_ID|KEY", shell_complete=store_completer(complete_targets)
)


def _change_marks(db_path: Path | None, target: str, **change: Any) -> tuple[str, Any]:
    from ..marks import change as change_marks

    with connect(db_path) as connection:
        return change_marks(db_path or default_db_path(), connection, target, **change)


@command()
@TARGET
@click.argument("tags", metavar="TAG…", nargs=-1, required=True)
@db_option
def tag(target: str, tags: tuple[str, ...], db_path: Path | None) -> None:
    """Tag a claim or a work: checked, used, to-read, any word of yours.

    Tags and notes are kept in your library beside the store, so they survive every rebuild
    and upgrade; `search --tag`, `works --tag`, `show`, `work` and `tags` find them again.

    \b
    Examples:
      sinotech tag acri-2022:2.1:8 checked used
      sinotech tag leeChinaRussiaCooperationAdvanced2022 to-read
    """
    target, mark = _change_marks(db_path, target, add=tags)
    click.echo(f"{target}: {', '.join(mark.tags)}")


@command()
@TARGET
@click.argument("tags", metavar="TAG…", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Remove every tag it has.")
@db_option
def untag(target: str, tags: tuple[str, ...], every: bool, db_path: Path | None) -> None:
    """Take tags off a claim or a work.

    \b
    Examples:
      sinotech untag acri-2022:2.1:8 used
      sinotech untag leeChinaRussiaCooperationAdvanced2022 --all
    """
    if bool(tags) == every:
        raise QueryError("give the tags to remove, or --all")
    target, mark = _change_marks(db_path, target, remove=tags, clear_tags=every)
    click.echo(f"{target}: {', '.join(mark.tags) or 'no tags'}")


@command()
@TARGET
@click.argument("text", required=False)
@click.option("--clear", is_flag=True, help="Remove the note.")
@db_option
def note(target: str, text: str | None, clear: bool, db_path: Path | None) -> None:
    """Write your note on a claim or a work, replacing the one it had.

    With no TEXT, your $EDITOR opens on the current note when on a terminal; otherwise the
    note is read from standard input. `show` and `work` print it; `export --format csl-json`
    carries a work's note.

    \b
    Examples:
      sinotech note acri-2022:2.1:8 "Checked against the Huawei annual report, p. 12."
      sinotech note acri-2022:2.1:8
      sinotech note leeChinaRussiaCooperationAdvanced2022 --clear
    """
    if clear and text is not None:
        raise QueryError("give a note's TEXT or --clear, not both")
    if text is None and not clear:
        text = _note_text(db_path, target)
        if text is None:
            click.echo("note unchanged", err=True)
            return
    if not clear and not text.strip():
        raise QueryError("an empty note: to remove a note, use --clear")
    target = _change_marks(db_path, target, note=None if clear else text.strip(), clear_note=clear)[
        0
    ]
    click.echo(f"{target}: {'note removed' if clear else 'note saved'}")


def _note_text(db_path: Path | None, target: str) -> str | None:
    """The note typed in $EDITOR (None when left unchanged), or read from a pipe."""
    if not sys.stdin.isatty():
        return sys.stdin.read()
    with connect(db_path) as connection:
        current = store.marks_of(connection, store.resolve_target(connection, target)[1])["note"]
    edited = click.edit(current or "")
    return None if edited is None or edited.strip() == (current or "") else edited


@command()
@format_option(LISTING_FORMATS)
@db_option
def tags(fmt: str, db_path: Path | None) -> None:
    """Your tags, with how many claims and works carry each.

    \b
    Examples:
      sinotech tags
      sinotech search --tag checked
    """
    from ..marks import detached

    path = db_path or default_db_path()
    with connect(db_path) as connection:
        records = store.tag_counts(connection)
        lost = detached(path, connection)
    if lost:
        click.echo(
            f"{len(lost)} of your marks are on claims or works this store no longer holds; they"
            f" are kept in your library: {', '.join(lost[:5])}" + (", …" if len(lost) > 5 else ""),
            err=True,
        )
    if not records:
        nothing_found("no tags yet: tag a claim with `sinotech tag CLAIM_ID TAG`")
    columns = (Column("tag", "Tag"), Column("claims", "Claims"), Column("works", "Works"))
    with output() as stream:
        render_listing(records, columns, fmt, stream)
