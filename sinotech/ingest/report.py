"""The footnoted report: contents table → sections, running text → claims, reference list.

The contents table is the map: its titles find the headings in the body (however the PDF
extraction wrapped them), its numbers name the sections and its pages date them. Everything before
the first contents entry is front matter; everything from the first end-matter entry on
(acknowledgements, the author blurb) is not running text, except the reference list, which is
read entry by entry.
"""

from __future__ import annotations

import re

from .model import Document, Section
from .paragraphs import add_paragraphs, assemble
from .references import parse_references
from .text import blocks, compact

_CONTENTS_ROW = re.compile(r"^\|\s*(?P<title>[^|]*?)\s*\|\s*(?P<page>\d+)\s*\|\s*$")
_NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})?)\s+(?P<title>.+)$")
_REFERENCE = re.compile(r"^- (?P<n>\d+) (?P<text>.*)$")
_DEBRIS = re.compile(
    r"^(?:Image credit|A decorative graphic|This page intentionally left blank"
    r"|Front cover image|\[@|\d{2}$)"
)
_SUMMARY_TITLE = "executivesummary"
_REFERENCES_TITLE = "references"


def parse_contents(text: str) -> list[Section]:
    """Sections from the contents table, in order; chapters own the numbered sections below."""
    sections: list[Section] = []
    chapter: str | None = None
    in_endmatter = False
    for line in text.splitlines():
        row = _CONTENTS_ROW.match(line)
        if not row or not row["title"]:
            continue
        title, page = row["title"], int(row["page"])
        numbered = _NUMBERED.match(title)
        if numbered and not in_endmatter:
            if "." in numbered["number"]:
                sections.append(
                    Section(numbered["number"], numbered["title"], page, "section", chapter)
                )
            else:
                chapter = str(int(numbered["number"]))
                sections.append(Section(chapter, numbered["title"], page, "chapter"))
        elif compact(title) == _SUMMARY_TITLE:
            sections.append(Section("summary", title, page, "summary"))
        else:
            in_endmatter = True
            slug = re.sub(r"\W+", "-", title.lower()).strip("-")
            sections.append(Section(slug, title, page, "endmatter"))
    return sections


def ingest_report(source_id: str, text: str) -> Document:
    """Build the document: sections, claims with footnote markers, and the reference entries."""
    document = Document(source_id)
    document.sections = parse_contents(text)
    headings = _heading_keys(document.sections)
    body: dict[str, list[str]] = {section.number: [] for section in document.sections}
    current: Section | None = None
    seen: set[str] = set()
    for block in blocks(text):
        if block.startswith("|"):
            continue
        section = headings.get(compact(block))
        if section is not None:
            if section.number not in seen:
                seen.add(section.number)
                current = section
            continue
        if current is None or _DEBRIS.match(block):
            continue
        if current.kind != "endmatter":
            body[current.number].append(block)
        elif compact(current.title) == _REFERENCES_TITLE and not _read_references(
            block, document.references
        ):
            break
    for section in document.sections:
        if section.kind != "endmatter":
            add_paragraphs(document, section.number, assemble(body[section.number], True))
    document.citations = parse_references(source_id, document.references)
    return document


def _heading_keys(sections: list[Section]) -> dict[str, Section]:
    """Every way a heading may appear in the body: with or without its number."""
    keys: dict[str, Section] = {}
    for section in sections:
        keys[compact(section.title)] = section
        if section.kind == "section":
            keys[compact(f"{section.number} {section.title}")] = section
    return keys


def _read_references(block: str, references: dict[int, str]) -> bool:
    """Add a block's reference entries; False when the block is not part of the list."""
    lines = block.splitlines()
    if not _REFERENCE.match(lines[0]):
        return False
    last: int | None = None
    for line in lines:
        entry = _REFERENCE.match(line)
        if entry:
            last = int(entry["n"])
            references[last] = entry["text"].strip()
        elif last is not None:
            references[last] += " " + line.strip()
    return True
