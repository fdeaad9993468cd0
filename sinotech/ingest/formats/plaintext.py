"""Plain text shaped like the bundled report: superscript-digit or [n] markers in the running
text, a numbered notes list under a Notes/Endnotes/References heading at the end.

Lines within a block (text separated by blank lines) are one paragraph, as hard-wrapped text
is; a block of one short line with no full stop is a heading; `- ` and `1. ` lines are lists.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...errors import InputError
from ..builder import DocumentBuilder, marker
from ..text import SUPERSCRIPT_DIGITS, blocks, has_terminal_punctuation

if TYPE_CHECKING:
    from pathlib import Path

_NOTES_HEADING = re.compile(
    r"^(?:#+\s*)?(?:notes|end\s?notes|foot\s?notes|references)\s*:?$", re.IGNORECASE
)
_NOTE_START = re.compile(
    rf"^\s*(?:\[(?P<a>\d{{1,4}})\]|(?P<b>\d{{1,4}})[.)]?(?=\s)|(?P<c>[{SUPERSCRIPT_DIGITS}]+))\s*"
)
_TO_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_SUPERSCRIPT_MARKER = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_BRACKET_MARKER = re.compile(r"\[(\d{1,4})\]")
_HASH_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>.+?)\s*#*$")
_NUMBERED_HEADING = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")
_LIST_LINE = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+")
_HEADING_MAX_WORDS = 12
_BYLINE = re.compile(r"^By\s+(?P<names>[A-Z][^.!?]{2,120})$")


def read(path: Path) -> DocumentBuilder:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path.name}: not UTF-8 text; convert it (iconv -t UTF-8)") from None
    lines = text.splitlines()
    body, notes = _split_notes(lines)
    builder = DocumentBuilder()
    for n, note in notes.items():
        builder.note(n, note)
    in_bracket_notes = set(notes)
    for index, block in enumerate(blocks("\n".join(body))):
        _add_block(builder, block, in_bracket_notes, first=index == 0)
    return builder


def _split_notes(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The running text, and the numbered notes listed under the last notes heading."""
    heading = max((i for i, line in enumerate(lines) if _NOTES_HEADING.match(line.strip())),
                  default=None)  # fmt: skip
    if heading is None:
        return lines, {}
    notes: dict[int, str] = {}
    current: int | None = None
    for line in lines[heading + 1 :]:
        start = _NOTE_START.match(line)
        if start:
            current = int((start["a"] or start["b"] or start["c"]).translate(_TO_DIGITS))
            notes[current] = line[start.end() :].strip()
        elif current is not None and line.strip():
            notes[current] += " " + line.strip()
    return lines[:heading], notes


def _with_markers(text: str, numbers: set[int]) -> str:
    """Superscript digits, and [n] where n is a note, become markers."""
    text = _SUPERSCRIPT_MARKER.sub(lambda m: marker(int(m.group().translate(_TO_DIGITS))), text)
    return _BRACKET_MARKER.sub(
        lambda m: marker(int(m[1])) if int(m[1]) in numbers else m.group(), text
    )


def _add_block(builder: DocumentBuilder, block: str, notes: set[int], first: bool) -> None:
    lines = block.splitlines()
    byline = _BYLINE.match(block.strip())
    if byline and len(lines) == 1:
        builder.metadata.authors = re.split(r",\s*(?:and\s+)?|\s+and\s+", byline["names"])
        return
    hashed = _HASH_HEADING.match(lines[0].strip())
    if len(lines) == 1 and hashed:
        builder.heading(len(hashed["hashes"]), _with_markers(hashed["title"], notes))
        return
    if len(lines) == 1 and _is_heading(lines[0]):
        numbered = _NUMBERED_HEADING.match(lines[0].strip())
        level = numbered["number"].count(".") + 1 if numbered else 1
        if first and not builder.metadata.title:
            builder.metadata.title = lines[0].strip()
        builder.heading(level, _with_markers(lines[0], notes))
        return
    first_item = next((i for i, line in enumerate(lines) if _LIST_LINE.match(line)), None)
    if first_item is None:
        builder.paragraph(_with_markers(_joined(lines), notes))
        return
    if first_item:
        builder.paragraph(_with_markers(_joined(lines[:first_item]), notes))
    items: list[str] = []
    for line in lines[first_item:]:
        if _LIST_LINE.match(line):
            items.append(_LIST_LINE.sub("", line, count=1))
        else:
            items[-1] += " " + line.strip()
    builder.list_items([_with_markers(item, notes) for item in items])


def _joined(lines: list[str]) -> str:
    """Hard-wrapped lines as one paragraph; a word hyphenated at a line end is joined."""
    text = ""
    for line in (line.strip() for line in lines):
        if text.endswith("-") and line[:1].islower() and text[-2:-1].isalpha():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def _is_heading(line: str) -> bool:
    text = _SUPERSCRIPT_MARKER.sub("", line).strip()
    return (
        bool(re.search(r"[^\W\d_]", text))
        and len(text.split()) <= _HEADING_MAX_WORDS
        and not has_terminal_punctuation(text)
        and not _BRACKET_MARKER.search(text)
    )
