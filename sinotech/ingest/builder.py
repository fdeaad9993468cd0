"""The common model every reader of an added document writes to, in reading order.

A reader (pandoc AST, web page, PDF, plain text, bibliography file) says what it sees —
headings, paragraphs with footnote markers in place, list items, notes — and the builder does
what is the same for every format: number the sections, drop the end matter, split sentences,
link each marker to the sentence that carries it, and parse each note into the works it cites.
Markers travel inside the text as `marker(n)`, so readers only concatenate strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .model import Claim, Document, Metadata, Section
from .paragraphs import add_paragraph
from .text import has_terminal_punctuation, normalize, take_out

if TYPE_CHECKING:
    from .references import Citation, Item

_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_MARKER = re.compile(f"\\s*{_MARK_OPEN}(\\d+){_MARK_CLOSE}")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?)\]’”])")
# Headings whose sections are apparatus, not running text: their content is never claims.
END_MATTER = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:notes|end\s?notes|foot\s?notes|references|bibliography"
    r"|works cited|sources|citations|literature|further reading|see also|external links"
    r"|acknowledge?ments?|about the authors?|about the contributors?|authors?"
    r"|authors?(?: contact)? information|about this (?:report|paper|publication)"
    r"|(?:table of )?contents|disclaimer|copyright)\s*:?$",
    re.IGNORECASE,
)
_NUMBERED_HEADING = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<title>\S.*)$")
# A block this short without a full stop is a label (a caption, a stray heading), not a claim.
_LABEL_MAX_WORDS = 12
_LEAD_IN_LABEL_WORDS = 3
# Lower-case words a family name may hold ("van der Berg", "von der Leyen").
PARTICLES = frozenset("van der den de von da del della la le di du bin al el".split())


def display_name(name: str) -> str:
    """A name as written in a byline: 'Delgado, Maria' (as `citation_author` and library
    exports give it) becomes 'Maria Delgado'; 'Smith, Jr.' and organisations stay as they are."""
    name = _SPACES.sub(" ", name).strip()
    family, comma, given = name.partition(", ")
    if (
        comma
        and "," not in given
        and 1 <= len(family.split()) <= 3
        and 1 <= len(given.split()) <= 3
        and given.rstrip(".").lower() not in ("jr", "sr", "ii", "iii", "iv")
        and all(word[:1].isupper() for word in given.split())
        and all(word[:1].isupper() or word in PARTICLES for word in family.split())
    ):
        return f"{given} {family}"
    return name


def marker(n: int) -> str:
    """Footnote marker n, to place in a paragraph's text exactly where the document has it."""
    return f"{_MARK_OPEN}{n}{_MARK_CLOSE}"


def split_markers(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Text with spacing normalised and markers taken out; (n, offset) of each marker."""
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", _SPACES.sub(" ", text)).strip()
    plain, markers = take_out(text, _MARKER, lambda match: int(match.group(1)))
    return plain.strip(), markers


@dataclass
class _Heading:
    level: int
    title: str
    page: int | None


@dataclass
class _Block:
    text: str
    page: int | None
    items: list[str] | None = None  # a list: its items, each with markers in place


@dataclass
class _Note:
    n: int
    text: str
    item: Item | None


@dataclass
class DocumentBuilder:
    """A document as a reader describes it; `build(source_id)` makes the common model."""

    metadata: Metadata = field(default_factory=Metadata)
    works: list[Item] = field(default_factory=list)
    _body: list[_Heading | _Block] = field(default_factory=list)
    _notes: dict[int, _Note] = field(default_factory=dict)
    _warnings: list[str] = field(default_factory=list)
    _heading_notes: set[int] = field(default_factory=set)  # notes marked on a heading

    def heading(self, level: int, title: str, page: int | None = None) -> None:
        """A heading (level 1 the highest); it starts a section."""
        title, markers = split_markers(title)
        self._heading_notes.update(n for n, _ in markers)
        if title:
            self._body.append(_Heading(level, title, page))

    def paragraph(self, text: str, page: int | None = None) -> None:
        """A paragraph of running text, markers in place (`marker(n)`)."""
        if re.search(r"\w", text):
            self._body.append(_Block(text, page))

    def list_items(self, items: list[str], page: int | None = None) -> None:
        """A bulleted or numbered list: fragments complete the sentence that leads into them."""
        items = [item for item in items if re.search(r"\w", item)]
        if items:
            self._body.append(_Block("", page, items))

    def note(self, n: int, text: str, item: Item | None = None) -> None:
        """Note n's text (as printed; italics as *…*), and the work it cites when the document
        states it structurally (COinS, a citation template)."""
        text = _SPACES.sub(" ", text).strip()
        if n in self._notes:
            self._notes[n].text += " " + text
        else:
            self._notes[n] = _Note(n, text, item)

    def warn(self, message: str) -> None:
        """Something the reader saw and could not use (a marker in a table cell…): `add`
        reports it."""
        self._warnings.append(message)

    @property
    def has_text(self) -> bool:
        return any(isinstance(entry, _Block) for entry in self._body)

    def build(self, source_id: str) -> Document:
        """Sections numbered, sentences split, markers linked, notes parsed into citations."""
        self.metadata.authors = [display_name(name) for name in self.metadata.authors]
        document = Document(source_id, metadata=self.metadata, works=list(self.works))
        document.warnings.extend(self._warnings)
        section: str | None = None
        skipping_level: int | None = None
        numbers = _section_numbers(self._headings_kept())
        for entry in self._body:
            if isinstance(entry, _Heading):
                if skipping_level is not None and entry.level > skipping_level:
                    continue
                skipping_level = None
                if END_MATTER.match(entry.title):
                    skipping_level = entry.level
                    continue
                found = numbers.get(id(entry))
                if found is None:
                    continue  # the document's title
                number, title, parent, kind = found
                document.sections.append(Section(number, title, entry.page, kind, parent))
                section = number
            elif skipping_level is None:
                _add_block(document, section, entry)
        notes = {n: note for n, note in sorted(self._notes.items()) if note.text}
        document.references = {n: note.text for n, note in notes.items()}
        _check_markers(document, self._heading_notes)
        document.citations = _citations(source_id, list(notes.values()))
        return document

    def _headings_kept(self) -> list[_Heading]:
        """Headings that start sections: not end matter, not inside it, not the title."""
        kept: list[_Heading] = []
        skipping_level: int | None = None
        for entry in self._body:
            if not isinstance(entry, _Heading):
                continue
            if skipping_level is not None and entry.level > skipping_level:
                continue
            skipping_level = entry.level if END_MATTER.match(entry.title) else None
            if skipping_level is None:
                kept.append(entry)
        title = normalize(self.metadata.title or "")
        if kept and (normalize(kept[0].title) == title or _lone_top(kept)):
            self.metadata.title = self.metadata.title or kept[0].title
            kept = kept[1:]
        return kept


def _lone_top(headings: list[_Heading]) -> bool:
    """The first heading is the only one at its level, above all the others: the title."""
    first = headings[0]
    return len(headings) > 1 and all(h.level > first.level for h in headings[1:])


def _section_numbers(headings: list[_Heading]) -> dict[int, tuple[str, str, str | None, str]]:
    """(number, title, parent, kind) per heading: the document's own numbers when most headings
    have one (an unnumbered 'Summary' or 'Conclusion' beside numbered ones is named by its
    title, as the bundled report's 'summary' is), else counted by level ('1', '1.1', …): a
    level with no numbers at all (chapter titles over numbered sections) is counted."""
    result: dict[int, tuple[str, str, str | None, str]] = {}
    if not headings:
        return result
    own = [_NUMBERED_HEADING.match(h.title) for h in headings]
    numbers = [m["number"] for m in own if m]
    numbered_levels = {h.level for h, m in zip(headings, own, strict=True) if m}
    if (
        numbers
        and 2 * len(numbers) >= len(own)
        and len(set(numbers)) == len(numbers)
        and all(m or h.level in numbered_levels for h, m in zip(headings, own, strict=True))
    ):
        for heading, match in zip(headings, own, strict=True):
            if match is None:
                number = _title_slug(heading.title, set(numbers))
                numbers.append(number)
                result[id(heading)] = (number, heading.title, None, "chapter")
                continue
            number = match["number"]
            parent = number.rsplit(".", 1)[0] if "." in number else None
            kind = "section" if parent else "chapter"
            result[id(heading)] = (number, match["title"], parent, kind)
        return result
    levels = sorted({h.level for h in headings})
    counters: list[int] = []
    for heading in headings:
        # Never deeper than one below the heading before: a first heading at level 3 is '1'.
        depth = min(levels.index(heading.level) + 1, len(counters) + 1)
        counters = counters[:depth] + [0] * (depth - len(counters))
        counters[depth - 1] += 1
        number = ".".join(str(c) for c in counters[:depth])
        parent = ".".join(str(c) for c in counters[: depth - 1]) or None
        result[id(heading)] = (number, heading.title, parent, "section" if parent else "chapter")
    return result


def _title_slug(title: str, taken: set[str]) -> str:
    """A section name from a title that has no number: 'Summary' → 'summary', unique."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:24].strip("-") or "section"
    slug, count = base, 1
    while slug in taken:
        count += 1
        slug = f"{base}-{count}"
    return slug


def _add_block(document: Document, section: str | None, block: _Block) -> None:
    """Add a block's paragraphs, each with the page it starts on (so `open` can go there)."""
    _add_block_text(document, section, block)
    if block.page is not None:
        for paragraph in reversed(document.paragraphs):
            if paragraph.page is not None:
                break
            paragraph.page = block.page


def _add_block_text(document: Document, section: str | None, block: _Block) -> None:
    if block.items is None:
        _add_paragraph(document, section, block.text)
        return
    items = [split_markers(item) for item in block.items]
    fragments = not all(has_terminal_punctuation(text) for text, _ in items[:-1])
    last = document.paragraphs[-1] if document.paragraphs else None
    lead_in = last is not None and last.section == section and last.text.endswith(":")
    if lead_in and fragments:
        _extend_last_paragraph(document, items)
        return
    if lead_in and last is not None and len(last.text.split()) <= _LEAD_IN_LABEL_WORDS:
        _drop_last_paragraph(document)
    for text, markers in items:
        _add_split(document, section, text, markers, list_item=True)


def _add_paragraph(document: Document, section: str | None, raw: str) -> None:
    text, markers = split_markers(raw)
    _add_split(document, section, text, markers, list_item=False)


def _add_split(
    document: Document,
    section: str | None,
    text: str,
    markers: list[tuple[int, int]],
    list_item: bool,
) -> None:
    """One paragraph and its sentences as claims; a short label with no full stop and no note
    is neither (a caption, a pseudo-heading), nor is a row of figures (a table or chart's data:
    fewer than a third of its words have a letter)."""
    if not text or not re.search(r"[^\W\d_]", text):
        return
    words = text.split()
    if 3 * sum(bool(re.search(r"[^\W\d_]", word)) for word in words) < len(words):
        return
    if (
        not markers
        and not has_terminal_punctuation(text)
        and len(text.split()) <= _LABEL_MAX_WORDS
        and not (list_item and document.paragraphs and document.paragraphs[-1].text[-1:] == ":")
    ):
        return
    add_paragraph(document, section, text, markers)


def _extend_last_paragraph(
    document: Document, items: list[tuple[str, list[tuple[int, int]]]]
) -> None:
    """Fragments complete the lead-in: re-split the lead-in paragraph with the items joined."""
    paragraph = document.paragraphs.pop()
    old = [claim for claim in document.claims if claim.paragraph == paragraph.position]
    document.claims = [claim for claim in document.claims if claim.paragraph != paragraph.position]
    text = paragraph.text
    markers = [
        (m.n, _claim_offset(paragraph.text, claim) + m.offset)
        for claim in old
        for m in claim.markers
    ]
    for index, (item_text, item_markers) in enumerate(items):
        # Fragments without their own punctuation are separated as a reader would list them.
        joined = index == 0 or text[-1:] in ",;:" or text.rsplit(None, 1)[-1] in ("and", "or")
        text += " " if joined else "; "
        markers += [(n, len(text) + offset) for n, offset in item_markers]
        text += item_text
    _add_split(document, paragraph.section, text, markers, list_item=False)


def _claim_offset(paragraph: str, claim: Claim) -> int:
    return paragraph.find(claim.text)


def _drop_last_paragraph(document: Document) -> None:
    paragraph = document.paragraphs.pop()
    document.claims = [claim for claim in document.claims if claim.paragraph != paragraph.position]


def _check_markers(document: Document, on_headings: set[int]) -> None:
    """A marker whose note is missing is taken out of its claim; it, a note marked only on a
    heading (headings are not claims) and a note no marker points to are warnings, never
    silent."""
    marked = {m.n for claim in document.claims for m in claim.markers}
    for n in sorted(marked - set(document.references)):
        document.warnings.append(f"marker {n} has no note")
    for n in sorted(set(document.references) - marked):
        where = (
            "is marked on a heading, not in a sentence"
            if n in on_headings
            else ("has no marker in the text")
        )
        document.warnings.append(f"note {n} {where}")
    for claim in document.claims:
        claim.markers = [m for m in claim.markers if m.n in document.references]


def _citations(source_id: str, notes: list[_Note]) -> list[Citation]:
    """Each note's citations, parsed from its text. Where the page states the work
    structurally (COinS), that item is the first citation's, completed by what the text says:
    COinS often names only the first author, so the text's longer author list wins."""
    from .citations import parse_note
    from .references import Citation

    citations: list[Citation] = []
    for note in notes:
        parsed = parse_note(source_id, note.n, note.text, citations)
        if note.item is None:
            citations.extend(parsed)
            continue
        item = dict(note.item)
        first = parsed[0] if parsed else None
        if first is not None:
            for key, value in first.item.items():
                item.setdefault(key, value)
            if len(first.item.get("author") or []) > len(item.get("author") or []):
                item["author"] = first.item["author"]
        citations.append(Citation(source_id, note.n, 1, first.raw if first else note.text, item,
                                  locator=first.locator if first else None))  # fmt: skip
        citations.extend(parsed[1:])
    return citations
