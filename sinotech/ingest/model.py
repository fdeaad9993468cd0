"""What ingest produces: plain records, ready for the store, independent of any file layout."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .references import Citation


@dataclass
class Section:
    number: str  # "summary", "1" … "6", "2.1" … "5.3", or an end-matter slug
    title: str
    page: int | None
    kind: str  # "summary", "chapter", "section" or "endmatter"
    parent: str | None = None


@dataclass
class Marker:
    """A footnote marker: its number and where it stood in the claim's text."""

    n: int
    offset: int


@dataclass
class Claim:
    id: str
    section: str | None
    paragraph: int
    text: str
    markers: list[Marker] = field(default_factory=list)
    duplicate_of: str | None = None


@dataclass
class Paragraph:
    position: int
    section: str | None
    text: str


@dataclass
class Document:
    """One ingested document: its sections, paragraphs, claims and reference entries."""

    source_id: str
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    references: dict[int, str] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
