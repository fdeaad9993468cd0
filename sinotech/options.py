"""Options shared by commands: the store, the output format, the query and its filters."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from click.core import ParameterSource

from .errors import escaped
from .paths import DB_ENV, default_db_path
from .sources import REPORT_ID

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable


# Every number an option takes: positive, and small enough for SQLite's 64-bit integers.
COUNT = click.IntRange(min=1, max=999_999)
_DB_HELP = "The store to use (built there if missing). Default: sinotech.db in your data dir."


def _command_store(
    context: click.Context, parameter: click.Parameter, value: Path | None
) -> Path | None:
    """--db after the command wins, then --db before it, then SINOTECH_DB."""
    if context.get_parameter_source("db_path") is not ParameterSource.COMMANDLINE:
        value = context.meta.get("db_path", value)
    if value is not None:
        context.meta["db_path"] = value
    return value


def _group_store(context: click.Context, parameter: click.Parameter, value: Path | None) -> None:
    if value is not None:
        context.meta["db_path"] = value


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar=DB_ENV,
        show_envvar=True,
        callback=_command_store,
        help=_DB_HELP,
    )(command)


def chosen_store(context: click.Context) -> Path:
    """The store a command line names (before or after the command), else the default one."""
    return context.meta.get("db_path") or default_db_path()


def _turn_on(context: click.Context, parameter: click.Parameter, value: bool) -> None:
    """A global flag: given before or after the command, it holds for the whole command line."""
    if value:
        context.meta[str(parameter.name)] = True
        if parameter.name == "no_color":
            os.environ["NO_COLOR"] = "1"  # Rich and Click read it


def global_options() -> list[click.Parameter]:
    """The options every command takes before or after its name, as users type them in both
    places: `sinotech --no-pager search x` and `sinotech search x --no-pager`. Their values
    live in the context's meta, which every context of a command line shares."""
    return [
        click.Option(["--no-pager"], is_flag=True, expose_value=False, callback=_turn_on,
                     help="Never page output on a terminal."),
        click.Option(["--no-color"], is_flag=True, expose_value=False, callback=_turn_on,
                     help="No colour (as does the NO_COLOR variable)."),
    ]  # fmt: skip


class GlobalOptionsCommand(click.Command):
    """A command that takes the global options after its name too, and refuses text arguments
    that are not UTF-8 (paths may be any bytes)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.extend(global_options())

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        rest = super().parse_args(ctx, args)
        for parameter in self.params:
            if not isinstance(parameter.type, click.types.StringParamType):
                continue
            value = ctx.params.get(str(parameter.name))
            for text in value if isinstance(value, tuple) else [value]:
                if isinstance(text, str) and not is_utf8(text):
                    raise click.BadParameter(f"{escaped(text)} is not valid UTF-8", ctx, parameter)
        return rest


def is_utf8(text: str) -> bool:
    """False for text holding bytes that were not UTF-8: Python reads them from the command
    line as lone surrogates (PEP 383), which SQLite cannot store or match."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class GlobalOptionsGroup(click.Group):
    """A group that takes the global options (and --db) before the command, and gives its
    commands and subgroups the global options too."""

    command_class = GlobalOptionsCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        store = click.Option(["--db", "db_path"], type=click.Path(dir_okay=False, path_type=Path),
                             expose_value=False, callback=_group_store, help=_DB_HELP)  # fmt: skip
        self.params.extend([*global_options(), store])


GlobalOptionsGroup.group_class = GlobalOptionsGroup


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
        """Completion only reads: it never builds, writes or prints (its output is the shell's),
        so a missing or foreign store completes nothing, a damaged one what is left readable."""
        import contextlib
        import sqlite3

        from .store.fresh import connect_read_only

        path = chosen_store(context)
        if not path.is_file():
            return []
        try:
            with contextlib.closing(connect_read_only(path)) as connection:
                return [found for lookup in lookups for found in lookup(connection, incomplete)]
        except (sqlite3.Error, OSError, UnicodeError):
            return []

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
    --contrasted, --topic, --tag, --limit."""

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
                    "--contrasted",
                    is_flag=True,
                    help="Only claims another document gives another figure for (see `related`).",
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
                    type=COUNT,
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


def ascii_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--ascii: BibTeX and BibLaTeX in LaTeX escapes instead of UTF-8."""
    return click.option(
        "--ascii",
        "ascii_only",
        is_flag=True,
        help="BibTeX/BibLaTeX: LaTeX escapes for non-ASCII letters (default: UTF-8).",
    )(command)
