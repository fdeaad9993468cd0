"""The Rich table shown on a terminal, with the search terms highlighted in claim text."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from . import Column

MATCH_STYLE = "bold yellow"


def console_for(stream: TextIO) -> Console:
    """A console on stream; Rich itself honours NO_COLOR and drops colour off a terminal. A
    buffer bound for a pager says how wide the terminal is."""
    return Console(
        file=stream, highlight=False, soft_wrap=False, width=getattr(stream, "columns", None)
    )


def cell_text(record: dict, column: Column) -> Text:
    """Data always goes in as Text, so a title like '[citation needed]' is never read as markup."""
    text = Text(column.cell(record))
    if column.wide:
        for start, end in record.get("matches", ()):
            text.stylize(MATCH_STYLE, start, end)
    return text


def render_table(records: Sequence[dict], columns: Sequence[Column], stream: TextIO) -> None:
    table = Table(show_lines=True, header_style="bold")
    for column in columns:
        if column.wide:
            table.add_column(column.header, ratio=1, overflow="fold")
        else:
            table.add_column(column.header, no_wrap=True)
    for record in records:
        table.add_row(*(cell_text(record, column) for column in columns))
    console_for(stream).print(table)
