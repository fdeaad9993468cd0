"""From a section's text blocks to paragraphs and claims: lists, broken paragraphs, sentences."""

from __future__ import annotations

import re

from .model import Claim, Document, Marker, Paragraph
from .text import (
    LIST_ITEM,
    clean_inline,
    extract_markers,
    has_terminal_punctuation,
    split_sentences,
)

# A lead-in this short ("Key takeaways include:") labels a list; it states nothing by itself.
_LABEL_MAX_WORDS = 3
# A paragraph opening with a run-in head ("Biotechnology: Among recent developments, …").
_RUN_IN_HEAD = re.compile(r"^[A-Z][\w ,'’&-]{0,60}: [A-Z]")


def list_items(block: str) -> list[str] | None:
    """The items of a block written as a bulleted or numbered list, or None for prose."""
    lines = block.splitlines()
    if not LIST_ITEM.match(lines[0]):
        return None
    items: list[str] = []
    for line in lines:
        if LIST_ITEM.match(line):
            items.append(LIST_ITEM.sub("", line, count=1))
        else:
            items[-1] += " " + line.strip()
    return items


def assemble(blocks: list[str], join_unfinished: bool) -> list[str]:
    """Turn a section's blocks into paragraph texts.

    A block that continues in lower case joins the one before it (a page break or an image
    caption split it). With `join_unfinished` (page-based extractions), so does any block after
    one that stops without terminal punctuation. A list whose items are fragments completes its
    lead-in sentence; a list of full sentences gives one paragraph per item. A lead-in followed
    by paragraphs under run-in heads ("Biotechnology: …") is a label, not a claim.
    """
    paragraphs: list[str] = []
    pending_lead_in = False
    for block in blocks:
        items = list_items(block)
        if items is not None:
            if pending_lead_in and not all(has_terminal_punctuation(i) for i in items[:-1]):
                paragraphs[-1] += " " + " ".join(items)
            else:
                if pending_lead_in and len(paragraphs[-1].split()) <= _LABEL_MAX_WORDS:
                    paragraphs.pop()
                paragraphs.extend(items)
            pending_lead_in = False
            continue
        text = " ".join(block.split())
        if paragraphs and _continues(paragraphs[-1], text, join_unfinished):
            paragraphs[-1] += " " + text
        else:
            if pending_lead_in and _RUN_IN_HEAD.match(text):
                paragraphs.pop()  # it labels a list written as headed paragraphs (Radu's)
            paragraphs.append(text)
        pending_lead_in = paragraphs[-1].rstrip().endswith(":")
    return paragraphs


def _continues(previous: str, text: str, join_unfinished: bool) -> bool:
    if text[0].islower():
        return True
    return join_unfinished and not has_terminal_punctuation(previous)


def add_paragraphs(document: Document, section: str | None, texts: list[str]) -> None:
    """Append paragraphs and their sentences as claims, numbered within section or document."""
    for raw in texts:
        add_paragraph(document, section, *extract_markers(clean_inline(raw)))


def add_paragraph(
    document: Document, section: str | None, text: str, markers: list[tuple[int, int]]
) -> None:
    """Append one paragraph (markers taken out, at their offsets) and its sentences as claims,
    each carrying the markers that stand in it; claims are numbered within their section."""
    paragraph = Paragraph(position=len(document.paragraphs) + 1, section=section, text=text)
    document.paragraphs.append(paragraph)
    prefix = f"{document.source_id}:{section}:" if section else f"{document.source_id}:"
    count = sum(1 for claim in document.claims if claim.section == section)
    for start, end in split_sentences(text):
        count += 1
        document.claims.append(
            Claim(
                id=f"{prefix}{count}",
                section=section,
                paragraph=paragraph.position,
                text=text[start:end],
                markers=[
                    Marker(n, offset - start) for n, offset in markers if start <= offset <= end
                ],
            )
        )
