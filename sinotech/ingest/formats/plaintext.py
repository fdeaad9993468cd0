"""Plain text shaped like the bundled report: superscript-digit or [n] markers in the running
text, a numbered notes list under a Notes/Endnotes/References heading at the end.

Lines within a block (text separated by blank lines) are one paragraph, as hard-wrapped text
is; a block of one short line with no full stop is a heading; `- ` and `1. ` lines are lists.

Decisions, the same for every file:
- Rule lines (`----`, `====`, `****`, `____`, `* * *`) are separators: they end a block and are
  never text. A rule in the notes list (other than a heading's underline) ends the list, so an
  email footer after it is not glued onto the last note.
- Front matter (the blocks before the first paragraph) is read as an email digest or report
  prints it: a first block of heading-like lines naming an issue ("Digest -- Issue 57",
  "Vol. 3, No. 2") or followed by a one-line title is a masthead, neither title nor claim; the
  title is the first one-line heading after it (or a line set off by rules above and below);
  "By A and B", "Author(s): A; B" lines are the byline and a date line ("10 July 2024",
  "Nov. 27, 2024", "Date: 2024-11-27") is the date, also when they share a block.
- A line of the notes list starts a new note only when its number is the next one expected
  (or skips at most two, when it is no more indented than the first note) and is written as
  the list writes its numbers ("1.", "1)", "[1]", "¹"): a hard-wrapped note whose next line
  starts "2024. [Online]…" stays one note.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...errors import InputError
from ..builder import DocumentBuilder, marker
from ..stated_dates import iso_date
from ..text import SUPERSCRIPT_DIGITS, has_terminal_punctuation

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
_NAME = r"[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}"
_SEPARATOR = r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*"  # between two names in a byline
_BYLINE = re.compile(
    rf"^(?:(?:Written\s+)?[Bb]y|Authors?\s*:)\s+(?P<names>{_NAME}(?:(?:{_SEPARATOR}){_NAME})*)$"
)
_NAME_SEPARATOR = re.compile(_SEPARATOR)
_RULE = re.compile(r"^\s*([-=*_~+#])(?:\s*\1){2,}\s*$")
_DATE_LABEL = re.compile(
    r"^(?:(?P<label>date|dated|published|posted|updated|issued)\s*:?\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>.+?)\.?$",
    re.IGNORECASE,
)
_STATED = re.compile(
    r"^(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+(?:\d{1,2},?\s+)?\d{4})$"
)
_MASTHEAD = re.compile(
    r"\b(?:issue|vol(?:ume)?\.?|no\.|number|edition)\s*#?\s*\d+"
    r"|\b(?:digest|newsletter|bulletin|briefing|weekly|monthly|daily)\b",
    re.IGNORECASE,
)
_ISSUE = re.compile(r"\b(?:issue|vol(?:ume)?\.?|no\.|edition)\s*#?\s*\d+", re.IGNORECASE)
_NEXT_NOTE_SLACK = 2


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
    found = _blocks(body)
    skip: set[int] = set()
    if found and _is_masthead(found[0][0], found[1][0] if len(found) > 1 else None):
        skip.add(0)
    front: list[int] = []  # heading blocks before the first paragraph
    for index, (block, _ruled) in enumerate(found):
        if index in skip:
            continue
        if _front_matter(builder, block):
            skip.add(index)
            continue
        if len(block.splitlines()) != 1 or not _is_heading(block):
            break
        front.append(index)
    ruled = [index for index in front if found[index][1]]
    title = ruled[0] if ruled else front[0] if front else None
    if title is not None and not _HASH_HEADING.match(found[title][0].strip()):
        builder.metadata.title = found[title][0].strip()
    for index, (block, _ruled) in enumerate(found):
        if index not in skip:
            _add_block(builder, block, in_bracket_notes)
    return builder


def _blocks(lines: list[str]) -> list[tuple[str, bool]]:
    """Blocks separated by blank or rule lines; each with whether rules stand above and below
    it (a title set off by rules)."""
    result: list[tuple[str, bool]] = []
    current: list[str] = []
    rule_before = False
    pending_rule = False
    for line in [*lines, ""]:
        rule = bool(_RULE.match(line))
        if line.strip() and not rule:
            if not current:
                rule_before = pending_rule
            current.append(line.rstrip())
            pending_rule = False
            continue
        if current:
            result.append(("\n".join(current), rule_before and rule))
            current = []
        pending_rule = rule or (pending_rule and not line.strip())
    return result


def _is_masthead(block: str, following: str | None) -> bool:
    """A digest's or bulletin's nameplate: heading-like lines naming an issue, or followed by a
    one-line title."""
    lines = [line.strip() for line in block.splitlines()]
    if not all(_is_heading(line) for line in lines) or _BYLINE.match(lines[0]):
        return False
    if any(_ISSUE.search(line) for line in lines):
        return True
    title_follows = (
        following is not None
        and len(following.splitlines()) == 1
        and _is_heading(following)
        and not _BYLINE.match(following.strip())
        and _date(following.strip()) is None
    )
    return title_follows and (
        len(lines) > 1 or lines[0].isupper() or any(_MASTHEAD.search(line) for line in lines)
    )


def _front_matter(builder: DocumentBuilder, block: str) -> bool:
    """A block of byline and date lines: read into the metadata. False if any line is not."""
    authors: list[str] = []
    issued: str | None = None
    for line in (line.strip() for line in block.splitlines()):
        names, date = _byline(line), _date(line)
        if names is None and date is None:
            parts = re.split(r"\s+[|•·—–]\s+|\s*,\s+(?=[^,]*\d{4}\.?$)", line, maxsplit=1)
            if len(parts) == 2:
                names, date = _byline(parts[0]), _date(parts[1])
            if names is None or date is None:
                return False
        authors.extend(names or [])
        issued = issued or date
    if authors and not builder.metadata.authors:
        builder.metadata.authors = authors
    if issued and not builder.metadata.issued:
        builder.metadata.issued = issued
    return True


def _byline(line: str) -> list[str] | None:
    match = _BYLINE.match(line)
    if not match or len(line.split()) > 24:
        return None
    return [name for name in _NAME_SEPARATOR.split(match["names"].strip()) if name]


def _date(line: str) -> str | None:
    """The ISO date of a line that is only a date ("10 July 2024", "Date: Nov. 27, 2024")."""
    match = _DATE_LABEL.match(line)
    if not match:
        return None
    text = match["date"].strip()
    if not (_STATED.match(text) or (match["label"] and re.fullmatch(r"\d{4}", text))):
        return None
    return iso_date(text)


def _split_notes(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The running text, and the numbered notes listed under the last notes heading."""
    heading = max((i for i, line in enumerate(lines) if _NOTES_HEADING.match(line.strip())),
                  default=None)  # fmt: skip
    if heading is None:
        return lines, {}
    notes: dict[int, str] = {}
    current: int | None = None
    style: tuple[str, str] | None = None
    indent = 0
    for line in lines[heading + 1 :]:
        if _RULE.match(line):
            if notes:
                break  # a footer after the list
            continue  # the heading's underline
        start = _NOTE_START.match(line)
        if start:
            n = int((start["a"] or start["b"] or start["c"]).translate(_TO_DIGITS))
            this = _note_style(start)
            margin = len(line) - len(line.lstrip())
            if current is None:
                style, indent = this, margin
            elif this != style or not (
                n == current + 1
                or (current + 1 < n <= current + 1 + _NEXT_NOTE_SLACK and margin <= indent + 1)
            ):
                start = None
        if start:
            current = n
            notes[current] = line[start.end() :].strip()
        elif current is not None and line.strip():
            notes[current] += " " + line.strip()
    return lines[:heading], notes


def _note_style(start: re.Match[str]) -> tuple[str, str]:
    """How the list writes a note's number: "[1]", "1.", "1)", "1" or "¹"."""
    if start["a"]:
        return ("bracket", "")
    if start["c"]:
        return ("superscript", "")
    after = start.group()[start.start("b") - start.start() + len(start["b"]) :].strip()
    return ("number", after[:1])


def _with_markers(text: str, numbers: set[int]) -> str:
    """Superscript digits, and [n] where n is a note, become markers."""
    text = _SUPERSCRIPT_MARKER.sub(lambda m: marker(int(m.group().translate(_TO_DIGITS))), text)
    return _BRACKET_MARKER.sub(
        lambda m: marker(int(m[1])) if int(m[1]) in numbers else m.group(), text
    )


def _add_block(builder: DocumentBuilder, block: str, notes: set[int]) -> None:
    lines = block.splitlines()
    names = _byline(block.strip()) if len(lines) == 1 else None
    if names:
        builder.metadata.authors = builder.metadata.authors or names
        return
    hashed = _HASH_HEADING.match(lines[0].strip())
    if len(lines) == 1 and hashed:
        builder.heading(len(hashed["hashes"]), _with_markers(hashed["title"], notes))
        return
    if len(lines) == 1 and _is_heading(lines[0]):
        numbered = _NUMBERED_HEADING.match(lines[0].strip())
        level = numbered["number"].count(".") + 1 if numbered else 1
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
