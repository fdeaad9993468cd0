"""Renderers, one per output format, chosen by name: adding a format is adding one function.

A listing is a list of records (plain dicts, the JSON contract) plus the columns that the
tabular formats show. JSON and JSON lines print the records whole; the others print columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple, TextIO

from . import text

LISTING_FORMATS = ("table", "plain", "json", "jsonl", "csv", "markdown")
WHOLE_RECORD_FORMATS = ("json", "jsonl")  # the listings that print records whole, not columns
DETAIL_FORMATS = ("table", "plain", "json", "jsonl", "markdown")
BIBLIOGRAPHY_FORMATS = ("bibtex", "biblatex", "csl-json", "ris", "keys")


class Column(NamedTuple):
    """A listing's column (a NamedTuple, not a dataclass, for start-up: see sources.Source)."""

    key: str
    header: str
    wide: bool = False  # a column that wraps in the remaining width (claim text, reasons)

    def cell(self, record: dict) -> str:
        value = record.get(self.key)
        if value is None:
            return ""
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        return str(value)


Renderer = Callable[[Sequence[dict], Sequence[Column], TextIO], None]


def _table(records: Sequence[dict], columns: Sequence[Column], stream: TextIO) -> None:
    from .table import render_table

    render_table(records, columns, stream)


RENDERERS: dict[str, Renderer] = {
    "table": _table,
    "plain": text.render_plain,
    "json": text.render_json,
    "jsonl": text.render_jsonl,
    "csv": text.render_csv,
    "markdown": text.render_markdown,
}


def render_listing(
    records: Sequence[dict], columns: Sequence[Column], fmt: str, stream: TextIO
) -> None:
    RENDERERS[fmt](records, columns, stream)
