"""Readers of added documents, a registry by kind; each turns a file into a DocumentBuilder.

| kind         | files                                              | reader                      |
| ------------ | -------------------------------------------------- | --------------------------- |
| pandoc       | .docx .odt .epub .md .markdown .tex .rst .org      | pandoc's JSON AST (`Note`)   |
| webpage      | .html .htm .xhtml                                  | notes as links to a list    |
| pdf          | .pdf                                               | pdfplumber: superscripts     |
| text         | .txt                                               | superscripts or [n], a list  |
| bibliography | .bib .json (CSL-JSON) .ris                         | works only, no claims        |

The extension names the kind; the file's first bytes must agree (a .docx that is not a zip, a
.pdf that is not a PDF, a text file with NUL bytes is refused, not guessed at).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ...errors import InputError

if TYPE_CHECKING:
    from pathlib import Path

    from ..builder import DocumentBuilder

# extension -> (kind, pandoc's reader name where the kind is pandoc)
EXTENSIONS: dict[str, tuple[str, str | None]] = {
    ".docx": ("pandoc", "docx"),
    ".odt": ("pandoc", "odt"),
    ".epub": ("pandoc", "epub"),
    ".md": ("pandoc", "markdown"),
    ".markdown": ("pandoc", "markdown"),
    ".tex": ("pandoc", "latex"),
    ".latex": ("pandoc", "latex"),
    ".rst": ("pandoc", "rst"),
    ".org": ("pandoc", "org"),
    ".html": ("webpage", None),
    ".htm": ("webpage", None),
    ".xhtml": ("webpage", None),
    ".pdf": ("pdf", None),
    ".txt": ("text", None),
    ".text": ("text", None),
    ".bib": ("bibliography", None),
    ".json": ("bibliography", None),
    ".ris": ("bibliography", None),
}
_MODULES = {
    "pandoc": "pandoc",
    "webpage": "webpage",
    "pdf": "pdf",
    "text": "plaintext",
    "bibliography": "bibfile",
}
_ZIPPED = {".docx", ".odt", ".epub"}


def kind_of(path: Path) -> str:
    """The reader a file needs, by its extension, checked against its first bytes."""
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        known = " ".join(sorted(EXTENSIONS))
        raise InputError(
            f"{path.name}: unknown format {suffix or '(no extension)'}; known: {known}"
        )
    head = path.read_bytes()[:4096]
    if not head.strip():
        raise InputError(f"{path.name}: the file is empty")
    if suffix in _ZIPPED and not head.startswith(b"PK\x03\x04"):
        raise InputError(f"{path.name}: not a {suffix[1:].upper()} file (it is not a zip archive)")
    if suffix == ".pdf" and b"%PDF-" not in head[:1024]:
        raise InputError(f"{path.name}: not a PDF file (no %PDF header)")
    if suffix not in _ZIPPED and suffix != ".pdf" and b"\x00" in head:
        raise InputError(f"{path.name}: a binary file, not the text its extension says")
    return EXTENSIONS[suffix][0]


def runs_pandoc(path: Path) -> bool:
    """Whether the file's reader runs pandoc, a process of its own that a thread can wait on
    while others work (by its extension; `kind_of` checks the file when it is read)."""
    return EXTENSIONS.get(path.suffix.lower(), ("", None))[0] == "pandoc"


def read(path: Path) -> tuple[str, DocumentBuilder]:
    """(kind, the document as its reader describes it)."""
    kind = kind_of(path)
    module = importlib.import_module(f"{__name__}.{_MODULES[kind]}")
    if kind == "pandoc":
        return kind, module.read(path, EXTENSIONS[path.suffix.lower()][1])
    return kind, module.read(path)
