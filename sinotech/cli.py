"""The command line: parse options, call the core, render. Errors become one line and an exit code.

Exit codes follow grep: 0 found, 1 nothing found (or an error finding it), 2 bad input.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import store, streams
from .config import STYLES as QUOTE_STYLES
from .config import ConfigError
from .errors import InputError, Interrupted, QueryError, SinotechError, StoreError, store_fault
from .options import (
    COUNT,
    GlobalOptionsGroup,
    chosen_store,
    complete_source_ids,
    complete_targets,
    db_option,
    escaped,
    filter_options,
    format_option,
    source_option,
    store_completer,
    tag_option,
)
from .paths import default_db_path
from .render import (
    BIBLIOGRAPHY_FORMATS,
    DETAIL_FORMATS,
    LISTING_FORMATS,
    Column,
    render_listing,
)
from .render.check import CHECK_FORMATS, render_check
from .sources import REPORT_ID

if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import TextIO

CLAIM_COLUMNS = (
    Column("id", "Claim"),
    Column("source", "Source"),
    Column("section", "§"),
    Column("footnotes", "Notes"),
    Column("text", "Text", wide=True),
)
SOURCE_COLUMNS = (
    Column("id", "Source"),
    Column("kind", "Kind"),
    Column("type", "Type"),
    Column("issued", "Issued"),
    Column("claims", "Claims"),
    Column("duplicates", "Repeats"),
    Column("footnotes", "Notes"),
    Column("title", "Title", wide=True),
    Column("file", "File"),
)
WORK_COLUMNS = (
    Column("key", "Key"),
    Column("creators", "Authors"),
    Column("year", "Year"),
    Column("title", "Title", wide=True),
    Column("container", "In"),
    Column("footnotes", "Notes"),
    Column("claims", "Claims"),
)
SECTION_COLUMNS = (
    Column("source", "Source"),
    Column("number", "§"),
    Column("page", "Page"),
    Column("claims", "Claims"),
    Column("footnotes", "Notes"),
    Column("title", "Title", wide=True),
)


class CommandError(click.ClickException):
    """A SinotechError on its way out: `Error: message` on stderr and the error's exit code."""

    def __init__(self, error: SinotechError) -> None:
        super().__init__(str(error))
        self.exit_code = 2 if isinstance(error, (QueryError, InputError, ConfigError)) else 1


COMPLETE_VAR = "_SINOTECH_COMPLETE"


class SinotechGroup(GlobalOptionsGroup):
    """Converts errors at one boundary, so commands stay free of try/except: the core's, the
    store's (any sqlite3.Error), arguments that are not UTF-8, and standard output's faults. A
    stop (Ctrl-C, SIGTERM, SIGHUP) is one line and the shell's code for it, 128 + the signal."""

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
        import signal

        try:
            with _signals_interrupt(), boundary():
                result = super().invoke(ctx)
                sys.stdout.flush()  # a write error surfaces here, not as the interpreter exits
        except KeyboardInterrupt as interrupt:
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


@cli.command()
@click.argument("query", nargs=-1)
@filter_options()
@click.option("--explain", is_flag=True, help="Print the FTS5 expression and the SQL it runs.")
@format_option(LISTING_FORMATS)
@db_option
def search(
    query: tuple[str, ...],
    explain: bool,
    fmt: str,
    db_path: Path | None,
    **filters: Any,
) -> None:
    """Claims matching QUERY, best first.

    All words must match; "quoted phrases" match as written; a trailing * matches a prefix;
    OR and NOT (upper case) combine terms, and parentheses group them. Stemming applies
    (sanction finds sanctions), and a name stands for its aliases ("artificial intelligence"
    also finds AI, PRC also finds China). --explain prints what would run instead of running it.

    \b
    Examples:
      sinotech search huawei 5G
      sinotech search '"early warning"' --corroborated
      sinotech search semiconduct* NOT Taiwan --topic microelectronics --format json
      sinotech search --tag checked
      sinotech search huawei --explain
    """
    from .search import Filters, plan, run

    if not query and not filters.get("tags"):
        raise QueryError("say what to search for: a QUERY, or --tag TAG for the claims you tagged")
    with connect(db_path) as connection:
        planned = plan(connection, query, Filters(**filters))
        if explain:
            click.echo(planned.explained())
            return
        claims = run(connection, planned)
    if not claims:
        nothing_found(f"no claims match {escaped(' '.join(query))}")
    with output() as stream:
        render_listing(claims, CLAIM_COLUMNS, fmt, stream)


@cli.command()
@click.argument("claim_id", shell_complete=store_completer(store.claim_ids))
@format_option(DETAIL_FORMATS)
@db_option
def show(claim_id: str, fmt: str, db_path: Path | None) -> None:
    """One claim: its text, its paragraph, and the verbatim text of each footnote it carries,
    with the key, type and year of each work the footnote cites.

    \b
    Examples:
      sinotech show acri-2022:2.1:8
      sinotech show orf-2021:25 --format json
    """
    with connect(db_path) as connection:
        claim = store.claim(connection, claim_id)
    from .render.detail import claim_blocks, render_detail

    with output() as stream:
        render_detail(claim, claim_blocks(claim), fmt, stream)


@cli.command()
@click.argument("n", type=COUNT)
@source_option("The footnoted document.", multiple=False)
@format_option(DETAIL_FORMATS)
@db_option
def footnote(n: int, source: str, fmt: str, db_path: Path | None) -> None:
    """Footnote N: its verbatim reference text, the key, type and year of each work it cites,
    and the claims that carry its marker.

    \b
    Examples:
      sinotech footnote 15
      sinotech footnote 108 --format json
    """
    with connect(db_path) as connection:
        note = store.footnote(connection, n, source)
    from .render.detail import footnote_blocks, render_detail

    with output() as stream:
        render_detail(note, footnote_blocks(note), fmt, stream)


@cli.command()
@format_option(LISTING_FORMATS)
@db_option
def sources(fmt: str, db_path: Path | None) -> None:
    """The documents in the store, with claim and footnote counts.

    \b
    Examples:
      sinotech sources
      sinotech sources --format json
    """
    with connect(db_path) as connection:
        records = store.sources(connection)
    with output() as stream:
        render_listing(records, SOURCE_COLUMNS, fmt, stream)


ADD_FORMATS = ("plain", "json")


def _iso_date(context: click.Context, parameter: click.Parameter, value: str | None) -> str | None:
    import re

    if value is not None and not re.fullmatch(
        r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value
    ):
        raise click.BadParameter("give an ISO date: 2019, 2019-05 or 2019-05-12")
    return value


@cli.command()
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
    from .add import add as add_sources

    overrides = {"id": source_id, "title": title, "authors": list(authors), "issued": date,
                 "url": url}  # fmt: skip
    path = db_path or default_db_path()
    if db_path is not None and not path.parent.is_dir():
        raise CommandError(StoreError(f"no such directory for the store: {path.parent}"))
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


@cli.command()
@click.argument("source_id", metavar="ID", shell_complete=store_completer(complete_source_ids))
@db_option
def remove(source_id: str, db_path: Path | None) -> None:
    """Take an added source out of your library, with its claims and the works only it cites.

    \b
    Example:
      sinotech remove bendett-2019
    """
    from .add import remove as remove_source

    entry = remove_source(db_path or default_db_path(), source_id)
    click.echo(f"removed {entry.id} ({Path(entry.original).name})")


@cli.command()
@source_option("Only the sections of this source.")
@format_option(LISTING_FORMATS)
@db_option
def sections(sources: tuple[str, ...], fmt: str, db_path: Path | None) -> None:
    """The report's sections, with start page and claim and footnote counts.

    \b
    Examples:
      sinotech sections
      sinotech sections --format markdown
    """
    with connect(db_path) as connection:
        records = [
            record
            for record in store.sections(connection)
            if not sources or record["source"] in sources
        ]
    if not records:
        nothing_found(f"{', '.join(map(escaped, sources))} has no sections")
    with output() as stream:
        render_listing(records, SECTION_COLUMNS, fmt, stream)


def ascii_option(command: Any) -> Any:
    return click.option(
        "--ascii",
        "ascii_only",
        is_flag=True,
        help="BibTeX/BibLaTeX: LaTeX escapes for non-ASCII letters (default: UTF-8).",
    )(command)


@cli.command()
@click.argument("query", nargs=-1)
@filter_options(default_limit=None)
@click.option(
    "--claim",
    "claim_ids",
    multiple=True,
    metavar="ID",
    shell_complete=store_completer(store.claim_ids),
    help="The works behind this claim (repeatable).",
)
@click.option(
    "--footnote",
    "footnote_numbers",
    multiple=True,
    type=COUNT,
    metavar="N",
    help="The works footnote N cites (repeatable): of the report, or of the one --source given.",
)
@format_option(BIBLIOGRAPHY_FORMATS, "bibtex", "keys: a pandoc citation such as [@a; @b].")
@ascii_option
@db_option
def cite(
    query: tuple[str, ...],
    claim_ids: tuple[str, ...],
    footnote_numbers: tuple[int, ...],
    fmt: str,
    ascii_only: bool,
    db_path: Path | None,
    **filters: Any,
) -> None:
    """The works behind the claims matching QUERY, ready for a reference manager.

    QUERY and the filters are those of `search`, but every matching claim counts unless you
    give --limit. Each work is listed once, sorted by key, with a comment naming the footnotes
    that cite it; the documents the claims come from are included.

    \b
    Examples:
      sinotech cite 5G > 5g.bib
      sinotech cite --footnote 15 --format csl-json
      sinotech cite '"early warning"' --format keys
    """
    from .search import Filters, find_claims

    tagged = filters.get("tags")
    if not (query or claim_ids or footnote_numbers or tagged):
        raise QueryError("say what to cite: a QUERY, --claim ID, --footnote N or --tag TAG")
    sources = filters.get("sources") or ()
    if footnote_numbers and len(sources) > 1:
        raise QueryError("--footnote N is of one source: give at most one --source with it")
    noted = sources[0] if sources else REPORT_ID
    with connect(db_path) as connection:
        selected = [str(store.claim(connection, claim_id)["id"]) for claim_id in claim_ids]
        for n in footnote_numbers:
            store.footnote(connection, n, noted)
        if query or tagged:
            claims = find_claims(connection, query, Filters(**filters))
            if not claims:
                nothing_found(f"no claims match {escaped(' '.join(query + tagged))}")
            selected += [str(claim["id"]) for claim in claims]
        records = store.works_behind(connection, selected, [(noted, n) for n in footnote_numbers])
    if not records:
        nothing_found("those footnotes cite no work")
    from .render.bibliography import render_bibliography

    with output() as stream:
        render_bibliography(records, fmt, stream, ascii_only)


@cli.command()
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
        records = store.works(connection, words, tags)
    if not records:
        nothing_found(f"no works match {escaped(' '.join(words + tags))}")
    with output() as stream:
        render_listing(records, WORK_COLUMNS, fmt, stream)


@cli.command()
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
    from .render.detail import render_detail, work_blocks

    with output() as stream:
        render_detail(as_json, work_blocks(record), fmt, stream)


@cli.command()
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
    from .render.bibliography import render_bibliography

    with output() as stream:
        render_bibliography(records, fmt, stream, ascii_only)


RELATED_COLUMNS = (
    Column("id", "Claim"),
    Column("label", "Link"),
    Column("score", "Score"),
    Column("footnotes", "Notes"),
    Column("because", "Why"),
    Column("text", "Text", wide=True),
)
ENTITY_COLUMNS = (
    Column("name", "Entity"),
    Column("kind", "Kind"),
    Column("claims", "Claims"),
    Column("sources", "Sources"),
    Column("footnotes", "Notes"),
    Column("aliases", "Also", wide=True),
)
TIMELINE_COLUMNS = (
    Column("date", "Date"),
    Column("id", "Claim"),
    Column("source", "Source"),
    Column("footnotes", "Notes"),
    Column("text", "Text", wide=True),
)
ENTITY_KINDS = ("country", "place", "organisation", "programme", "technology", "person", "term")


TARGET = click.argument(
    "target", metavar="CLAIM_ID|KEY", shell_complete=store_completer(complete_targets)
)


def _change_marks(db_path: Path | None, target: str, **change: Any) -> tuple[str, Any]:
    from .marks import change as change_marks

    with connect(db_path) as connection:
        return change_marks(db_path or default_db_path(), connection, target, **change)


@cli.command()
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


@cli.command()
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


@cli.command()
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


@cli.command()
@format_option(LISTING_FORMATS)
@db_option
def tags(fmt: str, db_path: Path | None) -> None:
    """Your tags, with how many claims and works carry each.

    \b
    Examples:
      sinotech tags
      sinotech search --tag checked
    """
    from .marks import detached

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


@cli.command("open")
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
    from .library import load
    from .opener import address, launch

    with connect(db_path) as connection:
        where = store.location(connection, target)
    uri = address(where, load(db_path or default_db_path()).path / "files")
    if print_only or not sys.stdout.isatty():
        click.echo(uri)
    else:
        launch(uri)


@cli.command()
@click.argument("claim_id", shell_complete=store_completer(store.claim_ids))
@click.option(
    "--all", "every", is_flag=True, help="Then the weaker candidates too, labelled as such."
)
@format_option(LISTING_FORMATS)
@db_option
def related(claim_id: str, every: bool, fmt: str, db_path: Path | None) -> None:
    """Claims in other documents that state the same fact as CLAIM_ID (supports) or give
    another figure for it (contrasts), best first, with why.

    Precision first: a link needs the meaning, the wording and the subject to agree, and no
    date or figure to conflict (README: "Corroboration").

    \b
    Examples:
      sinotech related acri-2022:4.2:2
      sinotech related acri-2022:4.2:2 --all
      sinotech related orf-2021:8 --format json
    """
    with connect(db_path) as connection:
        claims = store.related(connection, claim_id, every)
    if not claims:
        nothing_found(f"no other document states what {claim_id} states")
    with output() as stream:
        render_listing(claims, RELATED_COLUMNS, fmt, stream)


@cli.command()
@click.option("--kind", type=click.Choice(ENTITY_KINDS), help="Only entities of this kind.")
@format_option(LISTING_FORMATS)
@db_option
def entities(kind: str | None, fmt: str, db_path: Path | None) -> None:
    """The organisations, programmes, technologies and places claims are about.

    \b
    Examples:
      sinotech entities --kind organisation
      sinotech entities --format csv
    """
    with connect(db_path) as connection:
        records = store.entities(connection, kind)
    with output() as stream:
        render_listing(records, ENTITY_COLUMNS, fmt, stream)


@cli.command()
@click.argument("name")
@format_option(DETAIL_FORMATS)
@db_option
def entity(name: str, fmt: str, db_path: Path | None) -> None:
    """One entity (by any of its names): its claims across sources, the works cited for them,
    and the entities it is mentioned with.

    \b
    Examples:
      sinotech entity Huawei
      sinotech entity ASAT --format json
    """
    from .render.detail import entity_blocks, render_detail

    with connect(db_path) as connection:
        record = store.entity(connection, name)
    with output() as stream:
        render_detail(record, entity_blocks(record), fmt, stream)


@cli.command()
@click.argument("query", nargs=-1)
@filter_options(default_limit=None)
@format_option(LISTING_FORMATS)
@db_option
def timeline(query: tuple[str, ...], fmt: str, db_path: Path | None, **filters: Any) -> None:
    """Claims that state a date, in date order: a chronology built from the claims.

    QUERY and the filters are those of `search` (no QUERY: every dated claim). Each claim is
    placed at the first date it states.

    \b
    Examples:
      sinotech timeline
      sinotech timeline huawei
      sinotech timeline --topic "outer space" --format markdown
    """
    from .search import Filters, find_claims

    limit = filters.pop("limit")
    with connect(db_path) as connection:
        selected = find_claims(connection, query, Filters(**filters))
        records = store.timeline(connection, [str(claim["id"]) for claim in selected])
    if limit is not None:
        records = records[:limit]
    if not records:
        nothing_found("no dated claims match")
    with output() as stream:
        render_listing(records, TIMELINE_COLUMNS, fmt, stream)


QUOTE_FORMATS = ("markdown", "latex", "plain", "json")


@cli.command()
@click.argument(
    "claim_ids", nargs=-1, required=True, shell_complete=store_completer(store.claim_ids)
)
@click.option(
    "--style",
    type=click.Choice(QUOTE_STYLES),
    default="chicago-author-date",
    show_default=True,
    help="The CSL style for --format plain and json.",
)
@click.option("--primary", is_flag=True, help="Also cite the works the claim's footnotes cite.")
@format_option(
    QUOTE_FORMATS,
    "markdown",
    "markdown: pandoc citations; latex: biblatex; plain: styled text for a word processor.",
)
@db_option
def quote(
    claim_ids: tuple[str, ...], style: str, primary: bool, fmt: str, db_path: Path | None
) -> None:
    """Quote claims with their citations, ready for a draft.

    A claim of the report is cited with its section and footnote, an article claim with its
    source; the keys are those of `export`, so the draft compiles against its output.

    \b
    Examples:
      sinotech quote acri-2022:2.1:8 >> draft.md
      sinotech quote acri-2022:2.1:8 --primary --format latex
      sinotech quote acri-2022:4.2:2 orf-2021:5 --format plain --style apa
    """
    from .quote import quote_of, styled

    with connect(db_path) as connection:
        quotes = [quote_of(connection, claim_id, primary) for claim_id in claim_ids]
        if fmt == "markdown":
            click.echo("\n\n".join(q.markdown() for q in quotes))
        elif fmt == "latex":
            click.echo("\n\n".join(q.latex() for q in quotes))
        else:
            citations, bibliography, notes = styled(connection, quotes, style)
            if fmt == "json":
                click.echo(json.dumps(_quote_parts(quotes, citations, bibliography, style),
                                      indent=2, ensure_ascii=False))  # fmt: skip
            else:
                click.echo(_quote_text(quotes, citations, bibliography, notes))


def _quote_parts(quotes: list, citations: list[str], bibliography: list[str], style: str) -> dict:
    return {
        "style": style,
        "quotes": [
            {
                "claim": q.claim,
                "cites": [vars(cite) for cite in q.cites],
                "citation": citation,
                "markdown": q.markdown(),
                "latex": q.latex(),
            }
            for q, citation in zip(quotes, citations, strict=True)
        ],
        "bibliography": bibliography,
    }


def _quote_text(quotes: list, citations: list[str], bibliography: list[str], notes: bool) -> str:
    """Text for a word processor: the quotations, their notes if the style has notes, the
    bibliography."""
    if notes:
        lines = [f'"{q.claim["text"]}"[{i}]' for i, q in enumerate(quotes, 1)]
        lines += ["", "Notes"] + [f"[{i}] {c}" for i, c in enumerate(citations, 1)]
        heading = "Bibliography"
    else:
        lines = [f'"{q.claim["text"]}" {c}' for q, c in zip(quotes, citations, strict=True)]
        heading = "References"
    return "\n".join([*lines, "", heading, *bibliography])


@cli.command()
@click.argument(
    "drafts", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--bib",
    "bib_path",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the bibliography of exactly the works the drafts cite to FILE (replaced whole; "
    "not written while a key is unknown).",
)
@click.option(
    "--bib-format",
    type=click.Choice([fmt for fmt in BIBLIOGRAPHY_FORMATS if fmt != "keys"]),
    help="The format of --bib FILE. Default: bibtex for .bib, csl-json for .json, ris for .ris.",
)
@ascii_option
@format_option(CHECK_FORMATS, help_text="The report's format.")
@db_option
def check(
    drafts: tuple[Path, ...],
    bib_path: Path | None,
    bib_format: str | None,
    ascii_only: bool,
    fmt: str,
    db_path: Path | None,
) -> None:
    """Check the citations of Markdown or LaTeX drafts against the library.

    Reports every key used and how often, the keys the library does not know (with the closest
    known keys), and each quotation of a source's claim, as `sinotech quote` writes them: ok
    (the claim's text), excerpt (a verbatim part of it) or drifted (with the claim's text now).
    Pandoc citations ([@key, p. 3], @key, [-@key]) and LaTeX citing commands (\\cite,
    \\autocite, \\parencite, \\textcite, \\footcite, \\autocites ...) are read as pandoc
    reads them. Plain output is the keys, a blank line, then the quotations. Exit code 1 if a
    key is unknown or a quotation drifted.

    \b
    Examples:
      sinotech check draft.md
      sinotech check draft.md --bib refs.bib && pandoc draft.md --citeproc --bibliography refs.bib
      sinotech check thesis.tex --bib refs.bib --bib-format biblatex
      sinotech check chapter*.md --format json
    """
    from .draft import bibliography_format, write_bibliography
    from .draft import check as check_drafts

    bib_fmt = bibliography_format(bib_path, bib_format, drafts) if bib_path else ""
    with connect(db_path) as connection:
        report = check_drafts(connection, drafts)
    if not report.keys and not report.works:
        nothing_found(f"no citations in {', '.join(str(draft) for draft in drafts)}")
    with output() as stream:
        render_check(report, fmt, stream)
    problems = report.problems()
    if bib_path and report.unknown:
        problems.append(f"{bib_path} not written")
    elif bib_path:
        write_bibliography(report.works, bib_path, bib_fmt, ascii_only)
    if problems:
        nothing_found("; ".join(problems))


@cli.command()
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
    from .serve import serve as run
    from .serve import write_metadata as write

    with connect(db_path):  # built or brought up to date before it is served
        pass
    path = db_path or default_db_path()
    if write_metadata is not None:
        write(path, write_metadata)
        click.echo(f"wrote {write_metadata}")
        return
    click.echo(f"serving {path} read-only at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    run(path, host, port)


@cli.group()
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


def main() -> None:
    """The console script."""
    cli(prog_name="sinotech")
