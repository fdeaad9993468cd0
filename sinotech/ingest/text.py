"""Text mechanics shared by every kind of document: blocks, inline clean-up, markers, sentences."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_TO_ASCII_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}(?=\S)(.+?)(?<=\S)\*{1,2}(?![\w*])")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\$*_#&%{}\[\]])")
_SPACES = re.compile(r"\s+")
LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\d{1,2}\.)\s+")

_CLOSERS = "'\"’”)]"
_OPENERS = "'\"‘“(["
# Words that end in a full stop without ending the sentence (compared without the final stop).
_ABBREVIATIONS = frozenset(
    "al e.g i.e etc.al pp p cf ca vs dr mr mrs ms prof st no nos vol vols ed eds jan feb mar apr"
    " jun jul aug sep sept oct nov dec inc corp ltd co jr sr gen col lt sgt maj capt cmdr adm"
    " brig gov sen rep rev hon fig figs approx dept univ".split()
)
_INITIALISM = re.compile(r"(?:\b[A-Za-z]\.)+$")
_BOUNDARY = re.compile(rf"[.?!…][{re.escape(_CLOSERS)}]*(?=\s+[{re.escape(_OPENERS)}]?[A-Z0-9])")
_TERMINAL = re.compile(rf"[.?!…:;][{re.escape(_CLOSERS)}]*$")


def blocks(text: str) -> list[str]:
    """Split a plain-text extraction into blocks separated by blank or whitespace-only lines."""
    result: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line.rstrip())
        elif current:
            result.append("\n".join(current))
            current = []
    if current:
        result.append("\n".join(current))
    return result


def clean_inline(text: str) -> str:
    """Join lines and drop Markdown left by the extraction (emphasis, escapes); keep markers."""
    text = _EMPHASIS.sub(r"\1", text)
    text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def extract_markers(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove superscript footnote markers; return the text and (number, offset in text) pairs."""
    return take_out(text, _SUPERSCRIPT_RUN, lambda m: int(m.group().translate(_TO_ASCII_DIGITS)))


def take_out(
    text: str, pattern: re.Pattern[str], number: Callable[[re.Match[str]], int]
) -> tuple[str, list[tuple[int, int]]]:
    """The text without pattern's matches, and (number(match), offset in that text) of each."""
    markers: list[tuple[int, int]] = []
    pieces: list[str] = []
    length = 0
    position = 0
    for match in pattern.finditer(text):
        piece = text[position : match.start()]
        pieces.append(piece)
        length += len(piece)
        markers.append((number(match), length))
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces), markers


def has_terminal_punctuation(text: str) -> bool:
    """True when the text ends like a finished sentence or a list lead-in (markers ignored)."""
    return bool(_TERMINAL.search(_SUPERSCRIPT_RUN.sub("", text).rstrip()))


_PLAIN_MARKS = (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"))


def normalize(text: str) -> str:
    """A comparison key: case, quote style, dashes, spacing and markers do not matter."""
    if not text.isascii():  # the rest changes no ASCII text
        text = unicodedata.normalize("NFKC", _SUPERSCRIPT_RUN.sub("", text))
        for mark, plain in _PLAIN_MARKS:  # far faster than str.translate on long text
            text = text.replace(mark, plain)
    return " ".join(text.split()).casefold()  # split() takes the whitespace \s+ does


def compact(text: str) -> str:
    """A heading key that also ignores spaces and punctuation (the PDF splits titles oddly)."""
    return re.sub(r"[\W_]+", "", normalize(text))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over text; end is just past the final punctuation."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if _is_abbreviation(text[start : match.start() + 1]):
            continue
        spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return spans


def _is_abbreviation(before: str) -> bool:
    """Whether the full stop ending `before` belongs to an abbreviation or an initial."""
    if not before.endswith("."):
        return False
    word = before.rsplit(None, 1)[-1].lstrip(_OPENERS)
    if _INITIALISM.search(word):
        # U.S., e.g., a middle initial 'F.': a stop inside an initialism, not a sentence end.
        return True
    return word[:-1].lower() in _ABBREVIATIONS
