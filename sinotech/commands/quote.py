"""`quote`: claims with their citations, ready for a draft."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from .. import store
from ..config import STYLES as QUOTE_STYLES
from ..options import db_option, format_option, store_completer
from . import command, connect

if TYPE_CHECKING:
    from pathlib import Path

QUOTE_FORMATS = ("markdown", "latex", "plain", "json")


@command()
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
    from ..quote import quote_of, styled

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
