"""Ingest: the bundled documents become sections, paragraphs, claims and reference entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..sources import SOURCES, Source
from .model import Claim, Document, Marker, Paragraph, Section
from .text import normalize

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

__all__ = [
    "Claim",
    "Document",
    "Marker",
    "Paragraph",
    "Section",
    "ingest_corpus",
    "ingest_source",
    "with_repeats",
]


def ingest_source(source: Source, corpus_dir: Path) -> Document:
    """One document, by the ingest path its kind names (loaded only when a document is read,
    not taken from a cache)."""
    text = (corpus_dir / source.filename).read_text(encoding="utf-8")
    if source.kind == "report":
        from .report import ingest_report

        return ingest_report(source.id, text)
    from .article import ingest_article

    return ingest_article(source, text)


def ingest_corpus(corpus_dir: Path, added: Sequence[Document] = ()) -> list[Document]:
    """The bundled documents and the added ones after them, with their repeats."""
    return with_repeats([ingest_source(source, corpus_dir) for source in SOURCES] + list(added))


def with_repeats(documents: list[Document]) -> list[Document]:
    """The documents, each claim that repeats an earlier document's claim marked as its
    duplicate."""
    first_said: dict[str, str] = {}
    for document in documents:
        for claim in document.claims:
            key = normalize(claim.text)
            if key in first_said:
                claim.duplicate_of = first_said[key]
            else:
                first_said[key] = claim.id
    return documents
