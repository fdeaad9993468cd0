"""A Document as JSON and back: the library's ingest cache, so a rebuild re-reads no file."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .model import Claim, Document, Marker, Metadata, Paragraph, Section
from .references import Citation


def document_to_json(document: Document) -> dict[str, Any]:
    data = asdict(document)
    data["references"] = [[n, text] for n, text in document.references.items()]
    return data


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
