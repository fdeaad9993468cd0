"""The command line: the top-level group, its global options, and the one boundary where errors
become one line and an exit code. The commands themselves are in `sinotech.commands`, a module
each (or for a small family), imported only when one of them runs: COMMANDS says where.

Exit codes follow grep: 0 found, 1 nothing found (or an error finding it), 2 bad input.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from typing import TYPE_CHECKING, Any

import click

from . import streams
from .config import ConfigError
from .errors import InputError, Interrupted, QueryError, SinotechError, store_fault
from .options import GlobalOptionsGroup, chosen_store

if TYPE_CHECKING:
    from collections.abc import Iterator

# Each command's name and where it is defined: module (under sinotech.commands) and attribute.
# `--help` and completing a command's name import them all; running one imports only its own.
COMMANDS = {
    "add": "library:add",
    "check": "check:check",
    "cite": "cite:cite",
    "db": "db:db",
    "entities": "entities:entities",
    "entity": "entities:entity",
    "export": "works:export",
    "footnote": "show:footnote",
    "note": "marks:note",
    "open": "open:open_command",
    "quote": "quote:quote",
    "related": "related:related",
    "remove": "library:remove",
    "search": "search:search",
    "sections": "sources:sections",
    "serve": "serve:serve",
    "show": "show:show",
    "sources": "sources:sources",
    "tag": "marks:tag",
    "tags": "marks:tags",
    "timeline": "timeline:timeline",
    "untag": "marks:untag",
    "work": "works:work",
    "works": "works:works",
}


class CommandError(click.ClickException):
    """A SinotechError on its way out: `Error: message` on stderr and the error's exit code."""

    def __init__(self, error: SinotechError) -> None:
        super().__init__(str(error))
        self.exit_code = 2 if isinstance(error, (QueryError, InputError, ConfigError)) else 1


COMPLETE_VAR = "_SINOTECH_COMPLETE"


class SinotechGroup(GlobalOptionsGroup):
    """The top-level group. It loads each command from its module when the command is asked for
    (Click's "lazily loading subcommands"), and converts errors at one boundary, so commands
    stay free of try/except: the core's, the store's (any sqlite3.Error), arguments that are not
    UTF-8, and standard output's faults. A stop (Ctrl-C, SIGTERM, SIGHUP) is one line and the
    shell's code for it, 128 + the signal."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attribute = COMMANDS[cmd_name].split(":")
            # the import statement's machinery, which `python -X importtime` reports
            loaded = __import__(f"sinotech.commands.{module}", fromlist=[attribute])
            self.add_command(getattr(loaded, attribute), cmd_name)
        return self.commands.get(cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except _NO_SUCH_COMMAND as error:  # Click suggests from the commands loaded: all of them
            raise _NO_SUCH_COMMAND(
                error.command_name, possibilities=self.list_commands(ctx), ctx=ctx
            ) from None

    def main(self, *args: Any, **kwargs: Any) -> Any:
        instruction = os.environ.get(COMPLETE_VAR)
        if instruction:
            from .completion import complete

            sys.exit(complete(self, COMPLETE_VAR, instruction))
        return super().main(*args, **kwargs)

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        if sys.stdout is None:
            raise click.ClickException("cannot write the output: standard output is closed")
        streams.prepare_stdout()
        with boundary():  # --help and --version write too
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with _signals_interrupt(), boundary():
                result = super().invoke(ctx)
                sys.stdout.flush()  # a write error surfaces here, not as the interpreter exits
        except KeyboardInterrupt as interrupt:
            import signal

            signum = getattr(interrupt, "signum", signal.SIGINT)
            click.echo(f"Error: stopped by {signal.Signals(signum).name}", err=True)
            ctx.exit(128 + signum)
        if streams.replaced:
            click.echo(
                f"warning: {streams.replaced} character(s) the output encoding "
                f"({sys.stdout.encoding}) cannot show were replaced; set PYTHONIOENCODING=utf-8",
                err=True,
            )
        return result


# Click's help for a bare `sinotech`, which is no error to shorten (Click 8.2 and later).
_HELP_AS_ERROR = getattr(click.exceptions, "NoArgsIsHelpError", ())
# Click's error for an unknown command, which names the closest ones (Click 8.4 and later).
_NO_SUCH_COMMAND = getattr(click.exceptions, "NoSuchCommand", ())


@contextlib.contextmanager
def boundary() -> Iterator[None]:
    """Every failure as one line on stderr and an exit code: 2 for bad input, 1 otherwise. A
    reader that leaves after output (`| head -1`) is success, exit code 0."""
    try:
        yield
    except SinotechError as error:
        raise CommandError(error) from error
    except click.UsageError as error:
        if isinstance(error, _HELP_AS_ERROR):
            raise
        raise one_line(error) from None
    except sqlite3.Error as error:
        path = chosen_store(click.get_current_context())
        raise CommandError(store_fault(str(error), path)) from error
    except UnicodeError as error:  # arguments are checked: text from a file or its name
        raise CommandError(InputError(f"text that is not valid UTF-8: {error}")) from error
    except ValueError as error:
        if "null byte" not in str(error):
            raise
        # only through the Python API: a command line cannot hold NUL, but a path given so is
        # checked by the operating system, which refuses it this way
        raise CommandError(InputError("a path or name cannot hold a NUL byte")) from None
    except BrokenPipeError:
        streams.discard_stdout()
        raise click.exceptions.Exit(0) from None
    except OSError as error:
        reason = error.strerror or str(error)
        if error.filename is not None:
            raise click.ClickException(f"cannot use {error.filename}: {reason}") from None
        streams.discard_stdout()  # standard output may be what failed: exit without retrying
        raise click.ClickException(f"cannot write: {reason}") from None


def one_line(error: click.UsageError) -> click.ClickException:
    """A usage error as one line, with where to read more, instead of Click's usage block."""
    message = " ".join(error.format_message().split())
    if error.ctx is not None:
        message += f" (see `{error.ctx.command_path} --help`)"
    short = click.ClickException(message)
    short.exit_code = 2
    return short


@contextlib.contextmanager
def _signals_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP raise Interrupted while inside, as SIGINT raises KeyboardInterrupt, so
    that a build stopped by either removes its temporary file. A signal the caller ignores
    stays ignored (`nohup sinotech db build`), and the handlers before are put back."""
    import signal

    def interrupt(signum: int, frame: object) -> None:
        raise Interrupted(signum)

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):  # no SIGHUP on Windows
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            with contextlib.suppress(ValueError):  # called off the main thread: not ours to set
                previous[number] = signal.signal(number, interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


@click.group(cls=SinotechGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sinotech", prog_name="sinotech", message="%(prog)s %(version)s")
def cli() -> None:
    """Find claims about China-Russia technology cooperation, see what backs them, cite them.

    The store of claims builds itself from the bundled documents on first use.

    \b
    Examples:
      sinotech search huawei
      sinotech search '"early warning"' --source orf-2021
      sinotech footnote 15

    The options --no-pager, --no-color and --db may come before the command or after it.
    """
    from .config import apply

    apply(click.get_current_context())


def main() -> None:
    """The console script. What exists by now (the interpreter's, Click's and this module's
    modules, classes and functions) lives as long as the process: the cyclic garbage collector
    is told to leave it be (gc.freeze), instead of going over it again in each full collection
    and at exit, about 5% of a search's start-up. What the command makes is collected as usual."""
    import gc

    gc.freeze()
    cli(prog_name="sinotech")
