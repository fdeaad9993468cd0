"""A Document as JSON and back: the library's ingest cache, so a rebuild re-reads no file."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from .model import Claim, Document, Marker, Metadata, Paragraph, Section
from .references import Citation

if TYPE_CHECKING:
    from pathlib import Path


def read_document(path: Path, code: str) -> Document | None:
    """The document cached at path, if the same ingest code made it; None for anything else
    (no file, or one damaged or edited: the document is read again)."""
    try:
        data = json.loads(path.read_text("utf-8"))
        if data.get("code") != code:
            return None
        return document_from_json(data["document"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def document_json(document: Document, code: str) -> str:
    """The text `read_document` reads: the document and the ingest code that made it."""
    return json.dumps({"code": code, "document": document_to_json(document)}, ensure_ascii=False)


def document_to_json(document: Document) -> dict[str, Any]:
    """What `dataclasses.asdict` gives, without its deep copy (the data is dumped at once, and
    a large library's documents spent most of their caching in it); references as pairs."""
    return {
        **_fields(document),
        "sections": [_fields(section) for section in document.sections],
        "paragraphs": [_fields(paragraph) for paragraph in document.paragraphs],
        "claims": [
            {**_fields(claim), "markers": [_fields(marker) for marker in claim.markers]}
            for claim in document.claims
        ],
        "references": [[n, text] for n, text in document.references.items()],
        "citations": [_fields(citation) for citation in document.citations],
        "metadata": _fields(document.metadata),
    }


def _fields(record: object) -> dict[str, Any]:
    return {field.name: getattr(record, field.name) for field in fields(record)}  # type: ignore[arg-type]


def document_from_json(data: dict[str, Any]) -> Document:
    return Document(
        source_id=data["source_id"],
        sections=[Section(**section) for section in data["sections"]],
        paragraphs=[Paragraph(**paragraph) for paragraph in data["paragraphs"]],
        claims=[
            Claim(**{**claim, "markers": [Marker(**m) for m in claim["markers"]]})
            for claim in data["claims"]
        ],
        references={int(n): text for n, text in data["references"]},
        citations=[Citation(**citation) for citation in data["citations"]],
        metadata=Metadata(**data["metadata"]),
        works=data["works"],
        warnings=data["warnings"],
    )
