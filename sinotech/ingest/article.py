"""Articles: web pages whose running text sits between site chrome, with no footnotes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .model import Document
from .paragraphs import add_paragraphs, assemble
from .text import blocks, normalize

if TYPE_CHECKING:
    from ..sources import Source


def ingest_article(source: Source, text: str) -> Document:
    """Build the document from the blocks between the source's body anchors."""
    document = Document(source.id)
    body = [
        block
        for block in _body_blocks(source, blocks(text))
        if not any(_matches(caption, block) for caption in source.captions)
    ]
    add_paragraphs(document, None, _without_pull_quotes(assemble(body, False)))
    return document


def _body_blocks(source: Source, all_blocks: list[str]) -> list[str]:
    start = next(
        (i + 1 for i, block in enumerate(all_blocks) if _matches(source.body_after, block)),
        None,
    )
    if start is None:
        raise ValueError(f"{source.filename}: no paragraph matches {source.body_after!r}")
    for end in range(start, len(all_blocks)):
        if _matches(source.body_until, all_blocks[end]):
            return all_blocks[start:end]
    raise ValueError(f"{source.filename}: no paragraph matches {source.body_until!r}")


def _matches(pattern: str, block: str) -> bool:
    """Whether any line of the block matches, with its spacing (no-break spaces too) folded."""
    return any(re.search(pattern, " ".join(line.split())) for line in block.splitlines())


def _without_pull_quotes(paragraphs: list[str]) -> list[str]:
    """Drop standfirsts and pull quotes: paragraphs repeated word for word inside another."""
    keys = [normalize(paragraph) for paragraph in paragraphs]
    return [
        paragraph
        for paragraph, key in zip(paragraphs, keys, strict=True)
        if not any(key != other and key in other for other in keys)
    ]
