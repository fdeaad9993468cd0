"""Word, OpenDocument, EPUB, Markdown, LaTeX, reStructuredText and Org through pandoc's JSON AST.

Pandoc parses every one of these formats into the same tree, where a footnote is a `Note` inline
holding the note's blocks, standing exactly where its marker stands. Notes are numbered 1, 2, 3…
in order of appearance, as every pandoc writer renders them, so a note inside a table or a
caption still takes its number even though its marker links to no claim.
"""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

from ...errors import InputError
from ..builder import DocumentBuilder, marker, split_markers
from ..model import Metadata
from ..stated_dates import iso_date
from ..text import has_terminal_punctuation, normalize

if TYPE_CHECKING:
    from pathlib import Path

Node = dict[str, Any]

_TIMEOUT_SECONDS = 300
_QUOTES = {"DoubleQuote": ("“", "”"), "SingleQuote": ("‘", "’")}
_CAPTION_LABEL = re.compile(r"^(?:Table|Figure|Fig\.|Chart|Graph|Map|Source)\b")
_TEXT_BLOCKS = {"Plain", "Para", "LineBlock"}
# Containers whose text is not running text (cells, captions): their notes are numbered only.
_NOT_CLAIMS = {"Figure"}
# A table cell is a claim when it reads as prose (as the web-page reader decides): this many
# words, or a full stop. Names, dates and figures in cells are not claims.
_PROSE_WORDS = 4
# Custom document properties (Word, OpenDocument) that state a field of the work.
_CUSTOM_FIELDS = {"date", "url", "publisher", "doi"}
_NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "opf": "http://www.idpf.org/2007/opf",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "container": "urn:oasis:names:tc:opendocument:xmlns:container",
}


def read(path: Path, reader: str) -> DocumentBuilder:
    """The document pandoc's `reader` sees in the file, described to a DocumentBuilder."""
    document = pandoc_json(path, reader)
    builder = DocumentBuilder()
    builder.metadata = _metadata(document.get("meta", {}), path, reader)
    _Walker(builder).blocks(document.get("blocks", []))
    return builder


def pandoc_json(path: Path, reader: str, text: str | None = None) -> Node:
    """pandoc's JSON AST of the file at path (or of text, read as that file's contents)."""
    import pypandoc

    command = [pypandoc.get_pandoc_path(), "-f", reader, "-t", "json"]
    if reader == "docx":
        command.append("--track-changes=accept")
    if text is None:
        command.append(str(path.resolve()))
    try:
        result = subprocess.run(
            command,
            input=None if text is None else text.encode("utf-8"),
            capture_output=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise InputError(
            f"{path.name}: pandoc did not finish reading it in {_TIMEOUT_SECONDS} s"
        ) from None
    if result.returncode != 0:
        lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = lines[0].strip() if lines else f"exit status {result.returncode}"
        raise InputError(f"{path.name}: pandoc cannot read it: {reason[:200]}")
    return json.loads(result.stdout)


class _Walker:
    """Walks the AST in reading order: claims to the builder, notes numbered as they come."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self.count = 0
        self.before_heading = True
        metadata = builder.metadata
        # The title and authors a writer printed above the text (ODT keeps no styles).
        self.front = {normalize(s) for s in [metadata.title or "", *metadata.authors] if s}

    def blocks(self, blocks: list[Node]) -> None:
        for position, block in enumerate(blocks):
            if _is_caption(blocks, position):
                self.number_notes(block)
            else:
                self.block(block)

    def block(self, block: Node) -> None:
        kind, content = block["t"], block.get("c")
        if kind == "Header":
            self.before_heading = False
            self.builder.heading(content[0], self.inlines(content[2]))
        elif kind in _TEXT_BLOCKS:
            text = self.text_block(block)
            if not (self.before_heading and normalize(text) in self.front):
                self.builder.paragraph(text)
        elif kind == "BlockQuote":
            self.blocks(content)
        elif kind == "Div":
            self.blocks(content[1])
        elif kind in ("BulletList", "OrderedList"):
            self.list_items(content if kind == "BulletList" else content[1])
        elif kind == "DefinitionList":
            for term, definitions in content:
                self.builder.paragraph(self.inlines(term))
                for definition in definitions:
                    self.blocks(definition)
        elif kind == "Table":
            self.table(content)
        elif kind in _NOT_CLAIMS:
            self.number_notes(content)

    def table(self, content: list[Any]) -> None:
        """Body cells that read as prose are claims; the caption, header and footer rows and
        the other cells only number their notes (in pandoc's order: caption first)."""
        _, caption, _, head, bodies, foot = content
        self.number_notes(caption)
        self.number_notes(head)
        for body in bodies:
            self.number_notes(body[2])
            for row in body[3]:
                for cell in row[1]:
                    self.cell(cell[4])
        self.number_notes(foot)

    def cell(self, blocks: list[Node]) -> None:
        for block in blocks:
            if block["t"] not in _TEXT_BLOCKS:
                self.block(block)
                continue
            text = self.text_block(block)
            plain = split_markers(text)[0]
            if len(plain.split()) >= _PROSE_WORDS or has_terminal_punctuation(plain):
                self.builder.paragraph(text)

    def list_items(self, items: list[list[Node]]) -> None:
        """Each item's own text is one list item; a nested list or quote follows as its own."""
        texts: list[str] = []
        for item in items:
            parts: list[str] = []
            for block in item:
                if block["t"] in _TEXT_BLOCKS:
                    parts.append(self.text_block(block))
                    continue
                texts += [" ".join(parts)] if parts else []
                parts = []
                if texts:
                    self.builder.list_items(texts)
                    texts = []
                self.block(block)
            texts += [" ".join(parts)] if parts else []
        if texts:
            self.builder.list_items(texts)

    def text_block(self, block: Node) -> str:
        if block["t"] == "LineBlock":
            return " ".join(self.inlines(line) for line in block["c"])
        return self.inlines(block["c"])

    def inlines(self, inlines: list[Node]) -> str:
        """Running text, markers in place; emphasis, links and images reduced to their text."""
        return "".join(self.inline(node) for node in inlines)

    def inline(self, node: Node) -> str:
        kind, content = node["t"], node.get("c")
        if kind == "Note":
            return marker(self.note(content))
        if kind == "Image":
            self.number_notes(content)
            return ""
        return _inline_text(node, self.inlines, in_note=False)

    def note(self, blocks: list[Node]) -> int:
        self.count += 1
        n = self.count
        self.builder.note(n, _note_text(blocks))
        return n

    def number_notes(self, tree: Any) -> None:
        """Notes inside what is not running text: numbered and kept, linked to no claim."""
        if isinstance(tree, dict):
            if tree.get("t") == "Note":
                self.note(tree["c"])
            else:
                self.number_notes(tree.get("c"))
        elif isinstance(tree, list):
            for child in tree:
                self.number_notes(child)


def _is_caption(blocks: list[Node], position: int) -> bool:
    """A paragraph beside a table or a picture that is a label, not a sentence: a caption the
    reader could not mark as one (ODT, Word without caption styles)."""
    block = blocks[position]
    if block["t"] not in ("Para", "Plain"):
        return False
    neighbours = blocks[max(position - 1, 0) : position] + blocks[position + 1 : position + 2]
    if not any(_is_illustration(neighbour) for neighbour in neighbours):
        return False
    text = _note_text([block]).replace("*", "")
    return bool(_CAPTION_LABEL.match(text)) or not has_terminal_punctuation(text)


def _is_illustration(block: Node) -> bool:
    if block["t"] in _NOT_CLAIMS or block["t"] == "Table":
        return True
    inlines = block["c"] if block["t"] in ("Para", "Plain") else []
    kinds = {node["t"] for node in inlines} - {"Space", "SoftBreak", "LineBreak"}
    return kinds == {"Image"}


def _inline_text(node: Node, inlines: Any, in_note: bool) -> str:
    """One inline's text; `inlines` renders children (claims and notes differ on emphasis)."""
    kind, content = node["t"], node.get("c")
    if kind == "Str":
        return content
    if kind in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if kind in (
        "Emph",
        "Strong",
        "Underline",
        "Strikeout",
        "Superscript",
        "Subscript",
        "SmallCaps",
    ):
        return inlines(content)
    if kind == "Span":
        return inlines(content[1])
    if kind == "Quoted":
        opening, closing = _QUOTES[content[0]["t"]]
        return opening + inlines(content[1]) + closing
    if kind == "Cite":
        text = inlines(content[1]).strip()
        return text or "[" + "; ".join("@" + c["citationId"] for c in content[0]) + "]"
    if kind in ("Code", "Math"):
        return content[1]
    if kind == "Link":
        text = inlines(content[1])
        url = content[2][0]
        if not in_note or url.startswith(("#", "mailto:")) or not url:
            return text
        return url if _bare(text) == _bare(url) else f"{text} {url}"
    if kind == "Image":
        return ""
    return ""  # RawInline: markup for another format, not text


def _bare(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?|/$", "", url.strip().casefold())


def _note_text(blocks: list[Node]) -> str:
    """A note's blocks as one line; italics as *…* (titles, for the citation parser)."""
    parts: list[str] = []
    for block in blocks:
        kind, content = block["t"], block.get("c")
        if kind in ("Plain", "Para"):
            parts.append(_NoteInlines().render(content))
        elif kind == "LineBlock":
            parts += [_NoteInlines().render(line) for line in content]
        elif kind == "BlockQuote":
            parts.append(_note_text(content))
        elif kind == "Div":
            parts.append(_note_text(content[1]))
        elif kind in ("BulletList", "OrderedList"):
            items = content if kind == "BulletList" else content[1]
            parts += [_note_text(item) for item in items]
        elif kind == "CodeBlock":
            parts.append(content[1])
    return " ".join(part for part in parts if part.strip())


class _NoteInlines:
    """Inlines of a note: like running text, but italics kept as *…* and link URLs kept."""

    def __init__(self) -> None:
        self.emphasis = 0

    def render(self, inlines: list[Node]) -> str:
        return "".join(self.inline(node) for node in inlines)

    def inline(self, node: Node) -> str:
        if node["t"] != "Emph" or self.emphasis:
            return _inline_text(node, self.render, in_note=True)
        self.emphasis += 1
        text = self.render(node["c"])
        self.emphasis -= 1
        stripped = text.strip()
        if not stripped:
            return text
        # Spaces inside the emphasis go outside the asterisks: "*Title* ", never "*Title *".
        leading = text[: len(text) - len(text.lstrip())]
        trailing = text[len(text.rstrip()) :]
        return f"{leading}*{stripped}*{trailing}"


def _metadata(meta: Node, path: Path, reader: str) -> Metadata:
    """What the file says about itself: pandoc's `meta`, then the package's own properties
    where pandoc does not read them (DOCX core and custom properties, ODT meta.xml, EPUB OPF)."""
    fields = {key.casefold(): value for key, value in meta.items()}
    title = _meta_text(fields.get("title"))
    subtitle = _meta_text(fields.get("subtitle"))
    if title and subtitle:
        title = f"{title}: {subtitle}"
    authors = _authors(fields.get("author"))
    package = _package_metadata(path, reader)
    if reader == "epub" and package.get("authors"):
        authors = package["authors"]  # pandoc lists an EPUB's creators in reverse order

    def stated(*names: str) -> str | None:
        values = [_meta_text(fields.get(name)) for name in names]
        return next(filter(None, values), None) or package.get(names[0])

    return Metadata(
        title=title or package.get("title"),
        authors=authors or package.get("authors", []),
        issued=iso_date(stated("date")),
        url=stated("url"),
        publisher=stated("publisher"),
        container_title=stated("container-title", "journal"),
        doi=stated("doi"),
    )


def _meta_text(value: Node | None) -> str | None:
    if not value:
        return None
    kind, content = value["t"], value.get("c")
    if kind == "MetaString":
        text = content
    elif kind == "MetaInlines":
        text = _NoteInlines().render(content).replace("*", "")
    elif kind == "MetaBlocks":
        text = _note_text(content).replace("*", "")
    elif kind == "MetaList":
        text = "; ".join(filter(None, (_meta_text(item) for item in content)))
    elif kind == "MetaMap":
        text = _meta_text(content.get("name") or content.get("literal")) or ""
    else:
        text = ""
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def _first_line(value: Node) -> Node:
    """An author as LaTeX writes one, `Name \\\\ Affiliation`: the name is its first line."""
    if value["t"] != "MetaInlines":
        return value
    inlines = value["c"]
    breaks = [i for i, node in enumerate(inlines) if node["t"] == "LineBreak"]
    return {"t": "MetaInlines", "c": inlines[: breaks[0]]} if breaks else value


def _authors(value: Node | None) -> list[str]:
    """Author names as written; a list stays a list, 'A; B' (how Word and ODT join) splits."""
    if not value:
        return []
    values = value["c"] if value["t"] == "MetaList" else [value]
    names = [_meta_text(_first_line(item)) or "" for item in values]
    return [part.strip() for name in names for part in name.split(";") if part.strip()]


def _package_metadata(path: Path, reader: str) -> dict[str, Any]:
    """Title, authors and date from the zip package's own metadata file, where it has one."""
    try:
        with zipfile.ZipFile(path) as package:
            if reader == "docx":
                return _docx_core(package)
            if reader == "odt":
                return _odt_meta(package)
            if reader == "epub":
                return _epub_opf(package)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError):
        pass
    return {}


def _docx_core(package: zipfile.ZipFile) -> dict[str, Any]:
    """docProps/core.xml: title and creator (its dates are the file's, not the work's); and
    custom properties named like the fields we keep (date, url, publisher…)."""
    root = ElementTree.fromstring(package.read("docProps/core.xml"))
    custom: dict[str, str | None] = {}
    if "docProps/custom.xml" in package.namelist():
        for prop in ElementTree.fromstring(package.read("docProps/custom.xml")):
            name = (prop.get("name") or "").casefold()
            if name in _CUSTOM_FIELDS:
                custom[name] = "".join(prop.itertext())
    return _clean(
        title=root.findtext("dc:title", None, _NAMESPACES),
        authors=_split_names(root.findtext("dc:creator", None, _NAMESPACES)),
        **custom,
    )


def _odt_meta(package: zipfile.ZipFile) -> dict[str, Any]:
    """meta.xml: title, the initial creator (dc:creator is whoever saved last), and custom
    fields the author filled in (dc:date and creation-date are the file's own dates)."""
    root = ElementTree.fromstring(package.read("meta.xml"))
    office_meta = root.find("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}meta")
    if office_meta is None:
        return {}
    creator = office_meta.findtext("meta:initial-creator", None, _NAMESPACES)
    custom: dict[str, str | None] = {}
    for field in office_meta.findall("meta:user-defined", _NAMESPACES):
        name = (field.get(f"{{{_NAMESPACES['meta']}}}name") or "").casefold()
        if name in _CUSTOM_FIELDS:
            custom[name] = field.text
    return _clean(
        title=office_meta.findtext("dc:title", None, _NAMESPACES),
        authors=_split_names(creator or office_meta.findtext("dc:creator", None, _NAMESPACES)),
        **custom,
    )


def _epub_opf(package: zipfile.ZipFile) -> dict[str, Any]:
    """The OPF's creators in their order (authors only, where roles are stated)."""
    container = ElementTree.fromstring(package.read("META-INF/container.xml"))
    rootfile = container.find(".//container:rootfile", _NAMESPACES)
    if rootfile is None:
        return {}
    opf = ElementTree.fromstring(package.read(rootfile.get("full-path", "")))
    roles = {
        (meta.get("refines") or "").lstrip("#"): (meta.text or "").strip()
        for meta in opf.iter(f"{{{_NAMESPACES['opf']}}}meta")
        if meta.get("property") == "role"
    }
    authors = [
        (creator.text or "").strip()
        for creator in opf.iter(f"{{{_NAMESPACES['dc']}}}creator")
        if roles.get(creator.get("id") or "", "aut") == "aut"
        and creator.get(f"{{{_NAMESPACES['opf']}}}role", "aut") == "aut"
    ]
    return _clean(authors=[a for a in authors if a])


def _split_names(text: str | None) -> list[str]:
    return [name.strip() for name in (text or "").split(";") if name.strip()]


def _clean(**fields: Any) -> dict[str, Any]:
    return {
        key: value.strip() if isinstance(value, str) else value
        for key, value in fields.items()
        if value and (not isinstance(value, str) or value.strip())
    }
