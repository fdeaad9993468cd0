"""`check`: a draft's citations against the library."""

from __future__ import annotations

from pathlib import Path

import click

from ..options import ascii_option, db_option, format_option
from ..render import BIBLIOGRAPHY_FORMATS
from ..render.check import CHECK_FORMATS, render_check
from . import command, connect, nothing_found, output


@command()
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
    from ..draft import bibliography_format, write_bibliography
    from ..draft import check as check_drafts

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
