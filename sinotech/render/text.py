"""Formats for pipes and documents, standard library only: TSV, JSON, JSON lines, CSV, Markdown."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from collections.abc import Sequence

    from . import Column


def _one_line(value: str) -> str:
    return " ".join(value.split())


def render_plain(records: Sequence[dict], columns: Sequence[Column], stream: TextIO) -> None:
    """Tab-separated fields, one record a line, no header: for cut, awk and grep."""
    for record in records:
        stream.write("\t".join(_one_line(column.cell(record)) for column in columns) + "\n")


def render_json(records: Sequence[dict], columns: Sequence[Column], stream: TextIO) -> None:
    stream.write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")


def render_jsonl(records: Sequence[dict], columns: Sequence[Column], stream: TextIO) -> None:
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def render_csv(records: Sequence[dict], columns: Sequence[Column], stream: TextIO) -> None:
    import csv  # only for CSV: every listing loads this module

    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(column.key for column in columns)
    writer.writerows([column.cell(record) for column in columns] for record in records)


def render_markdown(records: Sequence[dict], columns: Sequence[Column], stream: TextIO) -> None:
    """A GitHub-flavoured Markdown table; pipes in cells are escaped."""

    def row(cells: Sequence[str]) -> str:
        return "| " + " | ".join(_one_line(c).replace("|", "\\|") for c in cells) + " |\n"

    stream.write(row([column.header for column in columns]))
    stream.write(row(["---"] * len(columns)))
    for record in records:
        stream.write(row([column.cell(record) for column in columns]))
