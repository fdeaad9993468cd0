"""The commands, a module for each command or small family of them, each imported only when its
command runs (or when --help or shell completion lists them): `sinotech.cli.COMMANDS` says
which module holds which command. Here is what every command module uses: how a command is
declared, the store it reads, where it writes, and how it says it found nothing.
"""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
import sys
from typing import TYPE_CHECKING, Any

import click

from .. import store
from ..options import GlobalOptionsCommand, GlobalOptionsGroup
from ..paths import default_db_path

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path
    from typing import TextIO


def command(name: str | None = None, **settings: Any) -> Callable[..., click.Command]:
    """A command: it takes the global options after its name too (see options.py)."""
    return click.command(name, cls=GlobalOptionsCommand, **settings)


def group(name: str | None = None, **settings: Any) -> Callable[..., click.Group]:
    """A group of subcommands, which take the global options too."""
    return click.group(name, cls=GlobalOptionsGroup, **settings)


@contextlib.contextmanager
def connect(db_path: Path | None) -> Iterator[sqlite3.Connection]:
    """The store the user chose (or the default one), built or rebuilt as needed; a query that
    finds it damaged ends in one line that says so and how to rebuild it."""
    path = db_path or default_db_path()
    connection = store.open_store(path)
    try:
        yield connection
    except sqlite3.DatabaseError as error:
        store.check_damage(path, error)
        raise
    finally:
        connection.close()


def nothing_found(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)


class TerminalBuffer(io.StringIO):
    """Output on its way to a terminal through a pager: renderers still draw for a terminal."""

    def __init__(self) -> None:
        import shutil  # only on a terminal: with the archive modules it loads, 4% of start-up

        super().__init__()
        self.columns, self.lines = shutil.get_terminal_size()

    def isatty(self) -> bool:
        return True


@contextlib.contextmanager
def output() -> Iterator[TextIO]:
    """Where a command writes: stdout, except that on a terminal, output longer than the screen
    goes through a pager ($PAGER, else less), as git does; never when piped or with --no-pager."""
    if not sys.stdout.isatty() or click.get_current_context().find_root().meta.get("no_pager"):
        yield sys.stdout
        return
    buffer = TerminalBuffer()
    yield buffer
    text = buffer.getvalue()
    if text.count("\n") >= buffer.lines:
        os.environ.setdefault("LESS", "FRX")
        if os.environ.get("SINOTECH_PAGER"):  # the environment's or the settings file's
            os.environ["PAGER"] = os.environ["SINOTECH_PAGER"]
        click.echo_via_pager(text, color=True)
    else:
        sys.stdout.write(text)
