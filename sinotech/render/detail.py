"""Views of one thing (a claim, a footnote) as labelled blocks: Rich, plain text, Markdown, JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TextIO

from ..csl import iso_date


@dataclass(frozen=True)
class Block:
    label: str
    body: str
    emphasis: str | None = None  # a passage of body to set off (the claim in its paragraph)
    items: tuple[tuple[str, str], ...] = ()  # numbered entries (footnotes) instead of a body


def _where(claim: dict) -> str:
    section = claim.get("section")
    if section is None:
        return claim["source"]
    title = claim.get("section_title")
    return f"{claim['source']} §{section}" + (f" {title}" if title else "")


def claim_blocks(claim: dict) -> list[Block]:
    """`show`: the claim, its paragraph, its footnotes, where else it is said."""
    blocks = [Block(f"{claim['id']} ({_where(claim)})", claim["text"])]
    if claim["paragraph_text"] != claim["text"]:
        blocks.append(Block("Paragraph", claim["paragraph_text"], emphasis=claim["text"]))
    if claim["footnote_texts"]:
        notes = tuple(
            (str(f["n"]), "\n".join([f["text"], *_cited(f["citations"])]))
            for f in claim["footnote_texts"]
        )
        blocks.append(Block("Footnotes", "", items=notes))
    if claim.get("related"):
        blocks.append(
            Block(
                "Other sources",
                "",
                items=tuple(
                    (r["id"], f"{r['label']}, score {r['score']:.2f}") for r in claim["related"]
                ),
            )
        )
    if claim["duplicate_of"]:
        blocks.append(Block("Same sentence as", claim["duplicate_of"]))
    if claim["also_in"]:
        blocks.append(Block("Also in", ", ".join(claim["also_in"])))
    return blocks + mark_blocks(claim)


def mark_blocks(record: dict) -> list[Block]:
    """The user's own tags and note on a claim or a work."""
    blocks = []
    if record.get("tags"):
        blocks.append(Block("Your tags", ", ".join(record["tags"])))
    if record.get("note"):
        blocks.append(Block("Your note", record["note"]))
    return blocks


def footnote_blocks(note: dict) -> list[Block]:
    """`footnote`: the verbatim note, the works it cites, every claim that carries its marker."""
    blocks = [Block(f"Footnote {note['n']} ({note['source']})", note["text"])]
    if note["citations"]:
        blocks.append(Block("Cites", "\n".join(_cited(note["citations"]))))
    blocks += [
        Block(f"Carried by {carrier['id']} ({_where(carrier)})", carrier["text"])
        for carrier in note["claims"]
    ]
    if not note["claims"]:
        blocks.append(
            Block("Carried by no sentence", "its marker is on a heading, in a table or a caption")
        )
    return blocks


def _cited(citations: list[dict]) -> list[str]:
    """A note's works as a writer wants them under its text: the key to cite, its type, year
    and the note's locator (`→ kovachichWhoWillGet2021 (report, 2021, p. 3)`)."""
    lines = []
    for citation in citations:
        work = citation["work"]
        issued = (work.get("issued") or {"date-parts": [[]]})["date-parts"][0]
        details = [work["type"], str(issued[0]) if issued else "n.d.", citation["locator"]]
        lines.append(f"→ {work['id']} ({', '.join(filter(None, details))})")
    return lines


def _field_text(value: object) -> str:
    """A CSL value as a reader writes it: names, dates and lists flattened."""
    if isinstance(value, dict) and "date-parts" in value:
        return iso_date(value["date-parts"][0])
    if isinstance(value, list):
        return "; ".join(
            name.get("literal") or ", ".join(filter(None, (name.get("family"), name.get("given"))))
            for name in value
        )
    return str(value)


def work_blocks(record: dict) -> list[Block]:
    """`work`: the CSL fields, each citation of the work, the claims it supports."""
    item = record["csl"]
    fields = tuple(
        (key, _field_text(value)) for key, value in item.items() if key not in ("id", "type")
    )
    blocks = [Block(f"{record['key']} ({item['type']})", "", items=fields)]
    citations = tuple(
        (
            f"{c['source']} n. {c['footnote']}",
            (f"[{c['locator']}] " if c["locator"] else "")
            + c["raw"]
            + "".join(f"\n(corrected: {note})" for note in c["corrections"]),
        )
        for c in record["citations"]
    )
    if citations:
        blocks.append(Block("Citations", "", items=citations))
    claims = tuple((claim["id"], claim["text"]) for claim in record["claims"])
    if claims:
        blocks.append(Block("Claims it supports", "", items=claims))
    if record["source"]:
        blocks.append(Block("Source document", f"{record['source']}: {record['claims']} claims"))
    return blocks + mark_blocks(record)


def entity_blocks(record: dict) -> list[Block]:
    """`entity`: its names, its claims by source, the works cited for them, its company."""
    blocks = [
        Block(
            f"{record['name']} ({record['kind']})",
            f"{record['claim_count']} claims in {record['sources']} sources"
            + (f"; also called {', '.join(record['aliases'])}" if record["aliases"] else ""),
        ),
        Block("Claims", "", items=tuple((c["id"], c["text"]) for c in record["claims"])),
    ]
    if record["works"]:
        works = tuple((work["id"], work["title"]) for work in record["works"])
        blocks.append(Block("Works cited for it", "", items=works))
    if record["with"]:
        company = ", ".join(f"{w['entity']} ({w['claims']})" for w in record["with"])
        blocks.append(Block("Mentioned with", company))
    return blocks


def render_detail(record: dict, blocks: list[Block], fmt: str, stream: TextIO) -> None:
    if fmt == "json":
        stream.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "markdown":
        stream.write(_markdown(blocks))
    elif fmt == "plain":
        stream.write(_plain(blocks))
    else:
        _rich(blocks, stream)


def _plain(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        body = "\n".join(f"[{n}] {text}" for n, text in block.items) or block.body
        parts.append(f"{block.label}\n{body}\n")
    return "\n".join(parts)


def _markdown(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        if block.items:
            body = "\n".join(f"{n}. {text}" for n, text in block.items)
        elif block.emphasis and block.emphasis in block.body:
            body = block.body.replace(block.emphasis, f"**{block.emphasis}**", 1)
        else:
            body = block.body
        parts.append(f"**{block.label}**\n\n{body}\n")
    return "\n".join(parts)


def _rich(blocks: list[Block], stream: TextIO) -> None:
    from rich.table import Table
    from rich.text import Text

    from .table import console_for

    console = console_for(stream)
    for index, block in enumerate(blocks):
        if index:
            console.print()
        console.print(Text(block.label, style="bold cyan"))
        if block.items:
            grid = Table.grid(padding=(0, 2))
            grid.add_column(justify="right", style="bold", no_wrap=True)
            grid.add_column(overflow="fold")
            for n, text in block.items:
                grid.add_row(n, Text(text))
            console.print(grid)
            continue
        body = Text(block.body)
        if block.emphasis:
            start = block.body.find(block.emphasis)
            body.stylize("dim")
            if start >= 0:
                body.stylize("not dim bold", start, start + len(block.emphasis))
        console.print(body)
