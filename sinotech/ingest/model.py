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
    page: int | None = None  # the page of the file it starts on, where the format has pages


@dataclass
class Metadata:
    """What a document says about itself (or what the user says instead): title, authors,
    date, URL… Names are as written ("John Lee", "Congressional Research Service")."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    issued: str | None = None  # ISO 8601, as precise as known: "2019", "2019-05", "2019-05-12"
    url: str | None = None
    type: str | None = None  # CSL-JSON item type; None lets the reader's kind decide
    publisher: str | None = None
    container_title: str | None = None
    doi: str | None = None


@dataclass
class Document:
    """One ingested document: its sections, paragraphs, claims and reference entries.

    Added documents also carry the metadata their file states and, for bibliography files
    (.bib, CSL-JSON, RIS), the works they hold (CSL-JSON items whose "id" is the file's key).
    """

    source_id: str
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    references: dict[int, str] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    works: list[dict[str, object]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # markers without notes, and the reverse
