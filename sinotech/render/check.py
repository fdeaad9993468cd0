"""`check`'s report: the keys a draft uses, then its quotations, as tables, text or one JSON object.

Plain text is two tab-separated blocks (keys, then quotations after a blank line), so `cut` and
`awk` read each; JSON is `{"drafts": [...], "keys": [...], "quotations": [...]}`. A table
leaves out the draft when there is only one.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from . import Column, render_listing

if TYPE_CHECKING:
    from ..draft import Check

CHECK_FORMATS = ("table", "plain", "json")
KEY_COLUMNS = (
    Column("key", "Key"),
    Column("uses", "Uses"),
    Column("status", "Status"),
    Column("suggestions", "Closest known keys", wide=True),
    Column("drafts", "Draft"),
)
QUOTATION_COLUMNS = (
    Column("claim", "Claim"),
    Column("status", "Status"),
    Column("draft", "Draft"),
    Column("quoted", "Quoted", wide=True),
    Column("text", "The claim now", wide=True),
)


def render_check(report: Check, fmt: str, stream: TextIO) -> None:
    if fmt == "json":
        whole = {"drafts": report.drafts, "keys": report.keys, "quotations": report.quotations}
        stream.write(json.dumps(whole, ensure_ascii=False, indent=2) + "\n")
        return
    blocks = [("Keys", report.keys, KEY_COLUMNS)]
    if report.quotations:
        blocks.append(("Quotations", report.quotations, QUOTATION_COLUMNS))
    for index, (title, records, columns) in enumerate(blocks):
        if fmt == "table" and len(report.drafts) == 1:  # the one draft goes without saying
            columns = tuple(c for c in columns if c.key not in ("draft", "drafts"))
        if index:
            stream.write("\n")
        if fmt == "table":
            stream.write(f"{title}\n")
        render_listing(records, columns, fmt, stream)
