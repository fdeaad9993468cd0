"""Options shared by commands: the store, the output format, the query and its filters."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .paths import DB_ENV
from .sources import REPORT_ID

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar=DB_ENV,
        show_envvar=True,
        help="The store to use (built there if missing). Default: sinotech.db in your data dir.",
    )(command)


def format_option(
    formats: tuple[str, ...], default: str | None = None, help_text: str = "Output format."
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--format/-f. With no default: a Rich table on a terminal, tab-separated text in a pipe."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        option = click.option(
            "--format",
            "-f",
            "fmt",
            type=click.Choice(formats),
            default=default,
            show_default=default is not None,
            help=help_text
            if default
            else f"{help_text} Default: table on a terminal, plain when piped.",
        )
        if default is not None:
            return option(command)

        @option
        @functools.wraps(command)
        def wrapper(*args: Any, fmt: str | None, **kwargs: Any) -> Any:
            if fmt is None:
                fmt = "table" if sys.stdout.isatty() else "plain"
            return command(*args, fmt=fmt, **kwargs)

        return wrapper

    return decorate


def store_completer(
    *lookups: Callable[[sqlite3.Connection, str], list[str]],
) -> Callable[[click.Context, click.Parameter, str], list[str]]:
    """Shell completion from the store: each lookup(connection, what was typed so far)."""

    def complete(context: click.Context, parameter: click.Parameter, incomplete: str) -> list[str]:
        from . import store
        from .paths import default_db_path

        path = context.params.get("db_path") or default_db_path()
        with store.open_store(path) as connection:
            return [found for lookup in lookups for found in lookup(connection, incomplete)]

    return complete


def _section_numbers(connection: sqlite3.Connection, incomplete: str) -> list[str]:
    from . import store

    return sorted(n for n in store.section_numbers(connection) if n.startswith(incomplete))


def complete_source_ids(connection: sqlite3.Connection, incomplete: str) -> list[str]:
    from . import store

    return [source for source in store.source_ids(connection) if source.startswith(incomplete)]


def source_option(help_text: str, multiple: bool = True) -> Callable[..., Any]:
    """--source: a bundled or added source id (checked against the store, completed from it)."""
    return click.option(
        "--source",
        "-s",
        "sources" if multiple else "source",
        metavar="ID",
        shell_complete=store_completer(complete_source_ids),
        multiple=multiple,
        default=None if multiple else REPORT_ID,
        show_default=not multiple,
        help=help_text,
    )


def complete_targets(connection: sqlite3.Connection, incomplete: str) -> list[str]:
    """A claim id or a work key: what a tag or a note is put on."""
    from . import store

    return store.claim_ids(connection, incomplete) + store.work_keys(connection, incomplete)


def complete_tags(connection: sqlite3.Connection, incomplete: str) -> list[str]:
    from . import store

    return [row["tag"] for row in store.tag_counts(connection) if row["tag"].startswith(incomplete)]


def tag_option(what: str) -> Callable[..., Any]:
    """--tag: only what carries a tag of the user's (repeatable: every one)."""
    return click.option(
        "--tag",
        "-t",
        "tags",
        metavar="TAG",
        multiple=True,
        shell_complete=store_completer(complete_tags),
        help=f"Only {what} you tagged TAG (repeatable: all of them).",
    )


def filter_options(default_limit: int | None = 20) -> Callable[..., Any]:
    """The filters every claim query takes: --source, --section, --footnoted, --corroborated,
    --topic, --tag, --limit."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(
            [
                source_option("Only claims from this source (repeatable)."),
                click.option(
                    "--section",
                    metavar="NUMBER",
                    shell_complete=store_completer(_section_numbers),
                    help="Only claims in this report section or chapter: 2.1, 4, summary.",
                ),
                click.option(
                    "--footnoted", is_flag=True, help="Only claims that carry a footnote marker."
                ),
                click.option(
                    "--corroborated",
                    is_flag=True,
                    help="Only claims another document also makes (see `related`).",
                ),
                click.option(
                    "--topic",
                    metavar="TOPIC",
                    help="Only claims on a report topic, from any source: 2.1, telecommunications.",
                ),
                tag_option("claims"),
                click.option(
                    "--limit",
                    "-n",
                    type=click.IntRange(min=1),
                    default=default_limit,
                    show_default=default_limit is not None,
                    help="At most this many claims"
                    + ("." if default_limit else " (default: all)."),
                ),
            ]
        ):
            command = option(command)
        return command

    return decorate
