"""PDF with a text layer, read through pdfplumber's characters: size, font, position, baseline.

A PDF has no paragraphs, notes or reading order, only glyphs placed on pages, so they are
inferred from typography that every typesetter shares:

- the body size is the size most characters outside the footnote areas are set in (a paper
  with long notes can have more note text than body text); a footnote area is found first
  without it: a run of lines at the foot of a column set clearly smaller than the line above,
  under a short rule at the column's left or opening with a raised number, or (LibreOffice
  Writer: no rule, the numbers on the notes' baseline) holding a line that opens with a plain
  number a raised marker above calls; notes at the body's size count under a rule when they open
  with a raised number (pandoc's Word template);
- a footnote marker is a digit run set smaller than its line and raised above its baseline;
- a page's footnote area is the run of small lines at the foot of a column, from the highest
  of them under a rule (or, without one, starting with a raised note number; small print just
  above the rule is a panel's), and never right under a heading;
- running heads, footers and page numbers are the outermost lines of a page that repeat (digits
  aside) on other pages, or that are a page number alone ("7", "Page 3 of 20"); heads that change
  with the chapter ("CHAPTER 1. INTRODUCTION 3") are the top rows that stand above the text
  block (a line and a half above the highest second row of any page), no larger than the body,
  and carry the page's printed number at an end or stand at the height of another such row;
- the authors are the info dictionary's, else the names printed under the title, before the date;
- columns are the two sides of a vertical gutter that almost no line crosses, found in a region
  of the page: below a full-width band at its top (a title block, an abstract) when the page as
  a whole has none;
- a table of contents (a "Contents" heading, then rows ending in page numbers) is neither text
  nor headings, and goes before running heads are looked for;
- a figure's content is not text: the lines in a drawn box (a fill, or an \\fbox's four strokes)
  narrower than the column (a pull quote, a framed chart), and rows whose words are mostly
  numbers; a box as wide as the column (a title band, a panel) holds text, and its bold first
  line is a heading (so "About the authors" opens end matter);
- the title block's lines of names or a date alone are no headings, whatever their size;
- headings are short lines set larger than the body or in bold, without a full stop;
- a paragraph that ends a column or page without terminal punctuation goes on in the next.
- a word space is a gap of a tenth of an em or more (TeX writes no space characters, and a
  squeezed justified space in Times is under a fifth of an em);
- the date is the one printed in the title block ("September 2023", "12 May 2021", a year on
  its own line), else XMP dc:date; never CreationDate or ModDate, which date the file.

A hyphen that ends a line is dropped when the next line starts in lower case and the document
does not write the word with its hyphen elsewhere (or spells it whole elsewhere, which settles
it); a hyphen after a compound prefix ("Sino-", "self-", "non-") is kept when the document gives
no evidence either way.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pdfplumber
from pdfminer.pdfexceptions import PDFException
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException

from ...errors import InputError
from ..builder import DocumentBuilder, marker
from ..model import Metadata
from ..references import MONTHS
from ..stated_dates import from_parts
from ..text import SUPERSCRIPT_DIGITS, has_terminal_punctuation

if TYPE_CHECKING:
    from pathlib import Path

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
# Font names: "LMRoman10-Bold", "NimbusRomNo9L-Medi" (URW's Times bold), "Arial,Bold", "CMBX10"…
_BOLD = re.compile(r"bold|black|heavy|semibold|demi|-bd|-medi|\.b$|,b$|cmbx|cmssbx", re.IGNORECASE)
# …"NimbusRomNo9L-ReguItal", "TimesNewRomanPS-ItalicMT", "CMTI10", "LMRomanSlant10"
_ITALIC = re.compile(r"ital|oblique|-it$|cmti|cmsl|slant", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_NOTES_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:notes|end\s?notes|references|notes and references)\s*:?$",
    re.IGNORECASE,
)
_NOTE_NUMBER = re.compile(r"^(\d{1,3})(?:[.)]\s*|\s+)(?=\S)")
_MARKER_RUN = re.compile(r"^\d{1,3}(?:\s*[,–-]\s*\d{1,3})*$")
# A URL broken at a line end goes on without a space (and keeps its hyphen).
_URL_END = re.compile(r"(?:https?://|www\.)\S*[/\-._=?&#]$")
# …or before a line that opens with a URL's punctuation ("…/WS609b" / ".html"; Writer breaks there).
_URL_OPEN = re.compile(r"(?:https?://|www\.)\S*$")
_URL_GOES_ON = re.compile(r"^[./?#&=_~%-]\w")
_LOWER_START = re.compile(r"^[a-z]")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
# Compound prefixes whose hyphen is kept at a line end when the document gives no evidence.
_PREFIXES = frozenset(
    "sino russo euro anglo franco indo afro self non anti cross multi well".split()
)
_JUNK_TITLE = re.compile(r"^(?:microsoft (?:word|powerpoint) - |untitled)|\.(?:docx?|pdf|tex)$")
# Letters of a word sit within a kern (±0.05 em) of each other; a justified word space, squeezed,
# is still about 0.17 em (Times at 12pt: 2 pt). PDFs made by TeX have no space characters.
_WORD_GAP = 0.1
_SMALL = 0.92  # a line this much smaller than the body is note-sized
_RAISED_SIZE = 0.9  # a marker is set at most this much of its line's size


@dataclass
class _Run:
    """Consecutive characters of one kind: raised or not, italic or not."""

    text: str
    raised: bool
    italic: bool


@dataclass
class _Line:
    page: int
    x0: float
    x1: float
    baseline: float
    size: float  # the size most of its (not raised) characters are set in
    bold: bool
    runs: list[_Run] = field(default_factory=list)
    first: bool = False  # the first line of its column
    footnote: bool = False  # in a page's footnote area
    box_title: bool = False  # a bold first line in a drawn box (its title)
    column: _Column | None = None
    # Page 1 only: the plain text cut at gaps of two ems or more (names set side by side).
    pieces: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs).strip()


@dataclass
class _Column:
    """Lines read top to bottom; a page is bands (split by full-width lines) of columns."""

    lines: list[_Line]
    band: int
    rules: list[tuple[float, float, float]]
    boxes: list[_Box] = field(default_factory=list)

    @property
    def left(self) -> float:
        """Where most lines start (indented and centred lines aside)."""
        starts = Counter(round(line.x0) for line in self.lines if line.size)
        top = max(starts.values())
        return min(x for x, n in starts.items() if n == top)

    @property
    def right(self) -> float:
        return max(line.x1 for line in self.lines)


def read(path: Path) -> DocumentBuilder:
    """The document in reading order: headings, paragraphs with markers, notes, metadata."""
    try:
        with pdfplumber.open(path) as pdf:
            return _Reader(pdf, path.name).read()
    except PdfminerException as error:
        raise InputError(_failure(path.name, error)) from None
    except (PSException, PDFException, ValueError, KeyError, AssertionError) as error:
        raise InputError(f"{path.name}: a damaged PDF ({error})") from None


def _failure(name: str, error: PdfminerException) -> str:
    cause = error.args[0] if error.args else error
    kind = type(cause).__name__
    if "Password" in kind or "Encrypt" in kind:
        return (
            f"{name}: the PDF is encrypted; decrypt it first, e.g. `qpdf --decrypt {name} out.pdf`"
        )
    return f"{name}: a damaged PDF ({kind}: {cause})"


class _Reader:
    def __init__(self, pdf: Any, name: str) -> None:
        self.pdf = pdf
        self.name = name
        self.builder = DocumentBuilder()

    def read(self) -> DocumentBuilder:
        pages: list[list[_Column]] = []
        try:
            for page in self.pdf.pages:
                pages.append(_page_columns(page))
                page.close()
        except PdfminerException as error:
            raise InputError(_failure(self.name, error)) from None
        lines = [line for columns in pages for column in columns for line in column.lines]
        if not lines:
            raise InputError(
                f"{self.name}: no text layer (a scanned PDF?); run OCR first, "
                f"e.g. `ocrmypdf {self.name} out.pdf`"
            )
        _remove(pages, _contents_lines(pages))
        _drop_furniture(pages)
        _remove(pages, _figure_lines(pages))
        self.body = _body_size(pages)
        self.pitch = _pitch(pages, self.body)
        title = _title_lines(pages[0], self.body)
        stream = self.stream(pages)
        self.styles = _heading_styles(stream, self.body, self.pitch, title)
        front = _front_matter(stream, title, self.styles, self.body, self.pitch)
        self.metadata(title, [line for line in stream if id(line) in front])
        self.vocabulary = _vocabulary(lines)
        self.emit(stream, title, front if title else set())
        return self.builder

    def metadata(self, title: list[_Line], front: list[_Line]) -> None:
        """Title, authors and DOI from the info dictionary or XMP; the date printed in the
        title block (or XMP dc:date). CreationDate and ModDate say when the file was made, not
        when the work was published, so they are never the date."""
        info = {str(k): _decode(v) for k, v in (self.pdf.metadata or {}).items()}
        xmp = _xmp(self.pdf)
        stated = (info.get("Title") or xmp.get("title") or "").strip()
        if _JUNK_TITLE.search(stated.lower()):
            stated = ""
        self.builder.metadata = Metadata(
            title=stated or " ".join(line.text for line in title) or None,
            authors=_split_authors(info.get("Author") or xmp.get("creator") or "")
            or _printed_authors(front, title, self.body),
            issued=_printed_date(front, title) or _pdf_date(xmp.get("date") or ""),
            doi=_doi(" ".join([*info.values(), *xmp.values()])),
        )

    def stream(self, pages: list[list[_Column]]) -> list[_Line]:
        """All lines in reading order; footnote-area lines flagged."""
        stream: list[_Line] = []
        for columns in pages:
            bottom = {id(c) for c in columns if c.band == columns[-1].band} if columns else set()
            for column in columns:
                body, notes = column.lines, []
                if id(column) in bottom:
                    body, notes = split_footnote_area(column.lines, column.rules, self.body)
                for index, line in enumerate(body):
                    line.first = index == 0
                    line.column = column
                for line in notes:
                    line.footnote = True
                stream.extend(body)
                stream.extend(notes)
        return stream

    def emit(self, stream: list[_Line], title: list[_Line], skip: set[int]) -> None:
        self.paragraph: list[_Line] = []
        self.heading: list[_Line] = []  # a heading's lines (a long one wraps)
        self.note_lines: list[_Line] = []
        self.note_number = 0
        self.in_endnotes = False
        if title:
            self.builder.heading(1, " ".join(_plain(line) for line in title), 1)
        previous: _Line | None = None
        for line in stream:
            if id(line) in skip:
                continue
            if line.footnote:
                self.note_line(line, expected_only=False)
                continue
            style = _style(line)
            heading = style in self.styles and _is_heading_text(line.text)
            wraps = (
                heading
                and bool(self.heading)
                and self.heading[-1] is previous
                and _style(self.heading[-1]) == style
                and not line.first
            )
            if not wraps:
                self.flush_heading()
            if self.in_endnotes:
                if heading and not _NOTES_HEADING.match(line.text):
                    self.flush_note()
                    self.in_endnotes = False
                else:
                    if not heading:
                        self.note_line(line, expected_only=True)
                    continue
            if heading:
                self.flush()
                self.heading.append(line)
            else:
                if self.paragraph and self.starts_paragraph(line, previous):
                    self.flush()
                self.paragraph.append(line)
            previous = line
        self.flush_heading()
        self.flush()
        self.flush_note()

    def flush_heading(self) -> None:
        """The heading, its wrapped lines joined; a Notes heading opens the endnotes."""
        if not self.heading:
            return
        first = self.heading[0]
        text = _join_lines([_body_text(line) for line in self.heading], self.vocabulary)
        self.builder.heading(self.styles[_style(first)], text, first.page)
        self.heading = []
        if _NOTES_HEADING.match(text):
            self.flush_note()
            self.in_endnotes = True

    def starts_paragraph(self, line: _Line, previous: _Line | None) -> bool:
        last = self.paragraph[-1]
        if line.first or previous is not last:
            # A new column or page: the paragraph goes on unless the last one ended.
            return has_terminal_punctuation(_plain(last)) and not _LOWER_START.match(line.text)
        gap = line.baseline - last.baseline
        if gap > 1.45 * self.pitch or gap < 0:
            return True
        if len(self.paragraph) == 1 and last.bold and _is_heading_text(last.text):
            return True  # a label in bold over its text ("Abstract" set in \small)
        column = line.column
        indent = line.x0 - column.left
        if 0.8 * self.body < indent < 6 * self.body and line.x0 - last.x0 > 0.8 * self.body:
            return True  # a first-line indent (a block indented as a whole, an abstract, is not)
        short = last.x1 < column.right - 2.5 * self.body
        return short and has_terminal_punctuation(_plain(last))

    def flush(self) -> None:
        if self.paragraph:
            text = _join_lines([_body_text(line) for line in self.paragraph], self.vocabulary)
            self.builder.paragraph(text, self.paragraph[0].page)
        self.paragraph = []

    def note_line(self, line: _Line, expected_only: bool) -> None:
        """A line of a note: a new note when it starts with a note number, else more text."""
        number, rest = note_start(line, self.note_number)
        if number is not None and (not expected_only or number == self.note_number + 1):
            self.flush_note()
            self.note_number = number
            self.note_lines = [rest]
        elif self.note_number:
            self.note_lines.append(line)

    def flush_note(self) -> None:
        if self.note_lines and self.note_number:
            texts = [_note_text(line) for line in self.note_lines]
            self.builder.note(self.note_number, _join_lines(texts, self.vocabulary))
        self.note_lines = []


# Characters to lines and columns ------------------------------------------------------------

_Char = tuple[float, float, float, float, str, str, bool]  # baseline x0 x1 size text font raised
_Box = tuple[float, float, float, float]  # top bottom x0 x1: a drawn rectangle (filled or framed)


def _page_columns(page: Any) -> list[_Column]:
    """The page's lines as bands of columns in reading order, raised characters attached."""
    chars, rules, boxes = _layout_objects(page)
    chars.sort()
    rows: list[list[_Char]] = []
    for char in chars:
        if rows and char[0] - rows[-1][0][0] <= 0.15 * max(char[3], 1.0):
            rows[-1].append(char)
        else:
            rows.append([char])
    rows = _attach_raised(rows)
    for row in rows:
        row.sort(key=lambda c: c[1])
    found = _gutter(rows, float(page.width))
    gutter, top = found if found is not None else (None, None)
    columns: list[_Column] = []
    left: list[_Line] = []
    right: list[_Line] = []
    band = 0

    def close_band() -> None:
        nonlocal band, left, right
        for lines in (left, right):
            if lines:
                columns.append(_Column(lines, band, rules, boxes))
        left, right = [], []
        band += 1

    # Above the columns, a row splits only when both its parts are of the row's size (a head
    # "Short title … Author"); a centred line that happens to miss the gutter is full width.
    two_sided_seen = False
    for row in rows:
        parts = _split_row(row, gutter) if gutter is not None else None
        if parts is not None and top is not None:  # the columns' top is known
            if max(c[0] for c in row) < top - 0.5 and not _two_sided(row, parts):
                parts = None
        elif parts is not None and not two_sided_seen:
            two_sided_seen = _two_sided(row, parts)
            parts = parts if two_sided_seen else None
        if parts is None:
            line = _make_line(row, page.page_number)
            if line is None:
                continue
            if left or right:
                close_band()
            if columns and columns[-1].band == band:
                columns[-1].lines.append(line)
            else:
                columns.append(_Column([line], band, rules, boxes))
            continue
        if columns and columns[-1].band == band:
            band += 1
        for part, lines in zip(parts, (left, right), strict=True):
            line = _make_line(part, page.page_number) if part else None
            if line is not None:
                lines.append(line)
    close_band()
    return columns


def _two_sided(row: list[_Char], parts: tuple[list[_Char], list[_Char]]) -> bool:
    return all(parts) and all(_common_size(part) == _common_size(row) for part in parts)


def _attach_raised(rows: list[list[_Char]]) -> list[list[_Char]]:
    """Small characters a little above a line's baseline belong to that line (markers)."""
    sizes = [_common_size(row) for row in rows]
    kept: list[list[_Char]] = []
    for i, row in enumerate(rows):
        rest = []
        for char in row:
            target = None
            for j in range(i + 1, min(i + 4, len(rows))):
                below, size = rows[j], sizes[j]
                rise = below[0][0] - char[0]
                if rise > 0.75 * size:
                    break
                if (
                    char[3] < _RAISED_SIZE * size
                    and rise > 0.12 * size
                    and any(
                        b[1] - size <= char[2] and b[2] + size >= char[1] for b in below if not b[6]
                    )
                ):
                    target = below
                    break
            if target is not None and char[4].strip():
                target.append((*char[:6], True))
            else:
                rest.append(char)
        if rest:
            kept.append(rest)
    return kept


def _common_size(row: list[_Char]) -> float:
    plain = [c for c in row if not c[6]] or row
    return Counter(round(c[3], 1) for c in plain).most_common(1)[0][0]


def _gutter(rows: list[list[_Char]], width: float) -> tuple[float, float | None] | None:
    """The x of a vertical gap between two columns that almost no line crosses, if any, and
    the baseline where the columns start when a full-width band stands above them.

    Columns are a property of a region, not of the page: a title block or an abstract set
    across both columns at the top of the page (`\\twocolumn[…]`) crosses the gutter on many
    rows, so when the whole page shows none, the rows below a full-width band at the top are
    tried on their own (the band being at most half the page's rows). The columns' rows need
    not share baselines (a heading shifts one column's lines): a row that starts in the right
    half of the page is a column's."""
    low, high = int(0.3 * width), int(0.7 * width)
    # Each counted row: its spans, whether one starts in the right half, its baseline and size.
    measured: list[tuple[list[tuple[float, float]], bool, float, float]] = []
    for row in rows:
        if len(row) < 10:
            continue
        start, end = row[0][1], row[0][2]
        spans = []
        for char in row[1:]:
            if char[1] - end > 0.6 * char[3]:
                spans.append((start, end))
                start = char[1]
            end = max(end, char[2])
        spans.append((start, end))
        right = any(x0 >= 0.5 * width for x0, _ in spans)
        measured.append((spans, right, max(c[0] for c in row), _common_size(row)))
    cover = [0] * (high - low)

    def add(spans: list[tuple[float, float]], step: int) -> None:
        for x0, x1 in spans:
            for x in range(max(low, int(x0)), min(high, int(x1) + 1)):
                cover[x - low] += step

    for spans, *_ in measured:
        add(spans, 1)
    counted = len(measured)
    sides = sum(row[1] for row in measured)
    for skipped in range(len(measured) // 2 + 1):
        if skipped:  # the top row leaves the region: a full-width band above the columns
            spans, right, *_ = measured[skipped - 1]
            add(spans, -1)
            counted -= 1
            sides -= right
        if counted < (10 if skipped else 6) or sides < 0.3 * counted:
            continue
        found = _gap(cover, counted)
        if found is None:
            continue
        x = low + found
        if not skipped:
            return x, None
        # The band ends at its last row across the gutter (the few it tolerates included) and
        # the line that ends its last paragraph (same size, same start, a line's distance on).
        while any(x0 < x < x1 for x0, x1 in measured[skipped][0]):
            skipped += 1
        above, below = measured[skipped - 1], measured[skipped]
        if (
            below[3] == above[3]
            and below[2] - above[2] < 1.5 * below[3]
            and abs(below[0][0][0] - above[0][0][0]) < 1
        ):
            skipped += 1
        return x, measured[skipped][2]
    return None


def _gap(cover: list[int], counted: int) -> float | None:
    """The middle of the widest run (at least 6 pt) that at most 4% of the rows cross."""
    best: tuple[int, int] | None = None
    run_start = None
    for x, n in enumerate([*cover, counted]):
        if n <= 0.04 * counted:
            run_start = x if run_start is None else run_start
        elif run_start is not None:
            if best is None or x - run_start > best[1] - best[0]:
                best = (run_start, x)
            run_start = None
    if best is None or best[1] - best[0] < 6:
        return None
    return (best[0] + best[1]) / 2


def _split_row(row: list[_Char], gutter: float) -> tuple[list[_Char], list[_Char]] | None:
    """The row's left and right parts, or None when it crosses the gutter (a full-width line)."""
    left = [c for c in row if c[2] <= gutter]
    right = [c for c in row if c[1] >= gutter]
    if len(left) + len(right) < len(row):
        return None
    if left and right and right[0][1] - left[-1][2] < 0.6 * left[-1][3]:
        return None
    return left, right


def _make_line(row: list[_Char], page: int) -> _Line | None:
    visible = [c for c in row if c[4].strip()]
    if not visible:
        return None
    plain = [c for c in visible if not c[6]] or visible
    size = _common_size(plain)
    bold = sum(bool(_BOLD.search(c[5])) for c in plain) > len(plain) / 2
    line = _Line(page, visible[0][1], visible[-1][2], plain[0][0], size, bold)
    previous: _Char | None = None
    for char in row:
        text = char[4].translate(_LIGATURES)
        italic = bool(_ITALIC.search(char[5]))
        if not text.strip():
            text = " "
        elif previous is not None and char[1] - previous[2] > _WORD_GAP * min(char[3], previous[3]):
            text = " " + text
        if line.runs and (line.runs[-1].raised, line.runs[-1].italic) == (char[6], italic):
            line.runs[-1].text += text
        else:
            line.runs.append(_Run(text, char[6], italic))
        if page == 1 and not char[6]:  # the title block's lines only
            wide = previous is not None and char[1] - previous[2] > 2 * char[3]
            if wide or not line.pieces:
                line.pieces.append(text.lstrip())
            else:
                line.pieces[-1] += text
        previous = char
    return line


def _layout_objects(
    page: Any,
) -> tuple[list[_Char], list[tuple[float, float, float]], list[_Box]]:
    """The page's upright characters, its horizontal rules (top, x0, x1) and its boxes, read
    from pdfminer's layout objects: pdfplumber's per-character dicts cost three times as much.
    A box is a rectangle (a \\colorbox's fill) or a frame drawn as four lines (an \\fbox)."""
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTRect

    layout = page.layout
    top, left = layout.y1, layout.x0
    chars: list[_Char] = []
    rules: list[tuple[float, float, float]] = []
    boxes: list[_Box] = []
    uprights: list[tuple[float, float, float]] = []  # x, top, bottom of vertical strokes
    stack = list(layout)
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTChar):
            text = obj.get_text()
            if obj.upright and text:
                baseline = top - obj.matrix[5]
                chars.append(
                    (baseline, obj.x0 - left, obj.x1 - left, obj.size, text, obj.fontname, False)
                )
        elif isinstance(obj, LTCurve):
            width, height = obj.x1 - obj.x0, obj.y1 - obj.y0
            if height <= 1.5 and width >= 20:
                rules.append((top - obj.y1, obj.x0 - left, obj.x1 - left))
            elif width <= 1.5 and height >= 10:
                uprights.append(((obj.x0 + obj.x1) / 2 - left, top - obj.y1, top - obj.y0))
            elif isinstance(obj, LTRect) and width >= 20 and height >= 10:
                boxes.append((top - obj.y1, top - obj.y0, obj.x0 - left, obj.x1 - left))
        elif isinstance(obj, LTContainer):
            stack.extend(obj)
    if uprights:  # frames: two rules of one width joined by a stroke at each end
        for upper in rules:
            for lower in rules:
                if not (lower[0] > upper[0] + 10 and abs(lower[1] - upper[1]) < 2):
                    continue
                if abs(lower[2] - upper[2]) >= 2:
                    continue
                sides = [
                    x for x, y0, y1 in uprights
                    if y0 < upper[0] + 2 and y1 > lower[0] - 2
                ]  # fmt: skip
                if any(abs(x - upper[1]) < 2 for x in sides) and any(
                    abs(x - upper[2]) < 2 for x in sides
                ):
                    boxes.append((upper[0], lower[0], upper[1], upper[2]))
        edges = {(b[0], b[2], b[3]) for b in boxes} | {(b[1], b[2], b[3]) for b in boxes}
        rules = [rule for rule in rules if rule not in edges]  # a frame's edge is no rule
    return chars, rules, boxes


# Figures and boxes --------------------------------------------------------------------------

_NUMBER_TOKEN = re.compile(r"[-–−(]?[$€£¥]?\d[\d.,]*[%)]?[,;]?")


def _figure_lines(pages: list[list[_Column]]) -> set[int]:
    """Ids of lines that are a figure's content, not running text: the lines above the footnote
    area inside a drawn box narrower than the column (a pull quote, a framed chart), and lines
    whose words are mostly numbers (a table's rows). A box as wide as the column (a title band,
    a "Key points" or "About the authors" panel) holds text; its first line, when bold, is its
    title, and a heading."""
    drop: set[int] = set()
    for columns in pages:
        for column in columns:
            lines = column.lines[: _foot_start(column.lines, column.rules)]
            if not lines:
                continue
            left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
            for box in column.boxes:
                inside = [line for line in lines if _in_box(line, box)]
                if not inside:
                    continue
                if box[3] - box[2] < 0.9 * (right - left):
                    drop.update(id(line) for line in inside)
                elif inside[0].bold and _is_heading_text(inside[0].text) and len(inside) > 1:
                    inside[0].box_title = True
            drop.update(id(line) for line in lines if _numeric(line.text))
    return drop


def _in_box(line: _Line, box: _Box) -> bool:
    top, bottom, x0, x1 = box
    return top < line.baseline < bottom + 1 and x0 - 1 <= line.x0 and line.x1 <= x1 + 1


def _numeric(text: str) -> bool:
    """A row of figures: four words or more, at least three in five of them numbers."""
    words = text.split()
    return len(words) >= 4 and sum(bool(_NUMBER_TOKEN.fullmatch(w)) for w in words) >= 0.6 * len(
        words
    )


# Document-wide measures ---------------------------------------------------------------------


def _body_size(pages: list[list[_Column]]) -> float:
    """The size most running text is set in: the commonest size by characters, leaving out each
    page's footnote area (a note-heavy paper can have more note text than body text)."""
    counts: Counter[float] = Counter()
    for columns in pages:
        for column in columns:
            foot = _foot_start(column.lines, column.rules)
            for line in column.lines[:foot]:
                counts[line.size] += len(line.text)
    if not counts:
        for columns in pages:
            for column in columns:
                for line in column.lines:
                    counts[line.size] += len(line.text)
    return counts.most_common(1)[0][0]


def _foot_start(lines: list[_Line], rules: list[tuple[float, float, float]]) -> int:
    """Where a column's footnote area starts (len(lines) if it has none), judged without knowing
    the body size: a run of lines at the foot set clearly smaller than the line above it, under
    a short rule at the column's left or opening with a raised number."""
    found = len(lines)
    unruled: int | None = None
    smallest = 0.0
    for start in range(len(lines) - 1, 0, -1):
        smallest = max(smallest, lines[start].size)
        above = lines[start - 1]
        if smallest >= _SMALL * above.size:
            if _raised_number(lines[start]) and _ruled(lines, start, rules):
                found = start  # notes set at the body's size (pandoc's Word template)
            continue
        if _ruled(lines, start, rules) or _raised_number(lines[start]):
            found = start
        elif found == len(lines) and smallest and _plain_numbered(lines, start):
            unruled = start  # the highest such start, when nothing is ruled or raised
    return found if found < len(lines) or unruled is None else unruled


def _raised_numbers(lines: list[_Line]) -> set[int]:
    """The note numbers the lines' raised markers call."""
    return {
        n
        for line in lines
        for run in line.runs
        if run.raised and _MARKER_RUN.match(run.text.strip())
        for n in _marker_numbers(run.text.strip())
    }


def _plain_numbered(lines: list[_Line], start: int) -> bool:
    """LibreOffice sets a note's number in the footnote area at the note's size, not raised,
    and draws no rule by default: the small lines from lines[start] are notes when the first
    of them to open with a number ("7 Ministry of…") opens with one that a raised marker above
    calls (the lines before it go on from a note on an earlier page)."""
    for line in lines[start:]:
        number = _plain_number(line)
        if number is not None:
            return number in _raised_numbers(lines[:start])
    return False


def _plain_number(line: _Line) -> int | None:
    if not line.runs or line.runs[0].raised:
        return None
    match = _NOTE_NUMBER.match(line.runs[0].text.lstrip())
    return int(match.group(1)) if match else None


def _raised_number(line: _Line) -> bool:
    return bool(line.runs) and line.runs[0].raised and line.runs[0].text.strip().isdigit()


def _ruled(lines: list[_Line], start: int, rules: list[tuple[float, float, float]]) -> bool:
    """A footnote rule between lines[start - 1] and lines[start]: a horizontal line starting at
    the column's left edge and shorter than the column is wide."""
    above, first = lines[start - 1], lines[start]
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    return any(
        above.baseline < top < first.baseline
        and left - 5 <= x0 < left + 5
        and x1 - x0 < 0.7 * (right - left)
        for top, x0, x1 in rules
    )


def _pitch(pages: list[list[_Column]], body: float) -> float:
    """The usual distance between two body lines' baselines."""
    gaps = [
        round(b.baseline - a.baseline, 1)
        for columns in pages
        for column in columns
        for a, b in zip(column.lines, column.lines[1:], strict=False)
        if a.size == body == b.size and 0 < b.baseline - a.baseline < 3 * body
    ]
    return statistics.median(gaps) if gaps else 1.2 * body


def _furniture_key(line: _Line) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text.lower()))


def _drop_furniture(pages: list[list[_Column]]) -> None:
    """Take out running heads, footers and page numbers: the outermost lines of each page that
    repeat (digits aside) on other pages or are a page number alone; then the heads and feet
    that change from page to page (see _outside_text_block)."""
    printed = _printed_numbers(pages)
    edges: Counter[str] = Counter()
    for columns in pages:
        edges.update({_furniture_key(line) for line in _edge_lines(columns)})
    repeated = {k for k, count in edges.items() if count >= max(2, 0.25 * len(pages))}
    drop: set[int] = set()
    for columns in pages:
        drop.update(
            id(line)
            for line in _edge_lines(columns)
            if _furniture_key(line) in repeated or _PAGE_NUMBER.match(line.text)
        )
    _remove(pages, drop)
    _remove(pages, _outside_text_block(pages, printed))


_CONTENTS = re.compile(r"^(?:table\s+of\s+)?contents$", re.IGNORECASE)
# A contents entry ends in a page number after a space or dot leaders ("2 Background . . . 3").
_CONTENTS_ENTRY = re.compile(r"(?:\s|\.)(?:\d{1,4}|[ivxlc]{1,7})$", re.IGNORECASE)


def _contents_lines(pages: list[list[_Column]]) -> set[int]:
    """Ids of a table of contents' lines: a "Contents" heading and the rows under it that end
    in a page number (or lead to one: a wrapped entry, a "Figures" sub-list heading), on its
    page and on the pages it runs on to. They are not text, and their lines are not headings
    (nor running heads, where an entry repeats a section's heading at the top of a page)."""
    drop: set[int] = set()
    running = False
    for columns in pages:
        lines = sorted((line for c in columns for line in c.lines), key=lambda x: x.baseline)
        rows: list[list[_Line]] = []  # a contents page can split into entries and numbers
        for line in lines:
            if rows and abs(line.baseline - rows[-1][0].baseline) <= 2:
                rows[-1].append(line)
            else:
                rows.append([line])
        texts = [" ".join(x.text for x in sorted(row, key=lambda x: x.x0)) for row in rows]
        if running:
            start = 0
        else:
            found = [i for i, text in enumerate(texts) if _CONTENTS.match(text.strip())]
            if not found:
                continue
            start = found[0] + 1
            drop.update(id(line) for line in rows[found[0]])
        entries = [bool(_CONTENTS_ENTRY.search(text)) for text in texts]
        end = start
        while end < len(rows):
            leads = (
                len(texts[end].split()) <= 12
                and not has_terminal_punctuation(texts[end])
                and any(entries[end + 1 : end + 3])
            )
            if not (entries[end] or leads):
                break
            end += 1
        if running and sum(entries[start:end]) < 3:
            running = False
            continue
        drop.update(id(line) for row in rows[start:end] for line in row)
        # Run on to the next page when this one is entries to its foot (its footer aside).
        running = end >= len(rows) - 1 and sum(entries[start:end]) >= 3
    return drop


def _remove(pages: list[list[_Column]], drop: set[int]) -> None:
    for columns in pages:
        for column in columns:
            column.lines = [line for line in column.lines if id(line) not in drop]
        columns[:] = [column for column in columns if column.lines]


_EDGE_NUMBER = re.compile(r"^(\d{1,4})(?=\s)(?!\s*[.,:]?\d)|(?<=\s)(\d{1,4})$")


def _printed_numbers(pages: list[list[_Column]]) -> dict[int, int]:
    """Page index → the number printed on it: the offset from the index that most pages agree
    on, read from numbers that open or close their outermost lines ("CHAPTER 1. INTRODUCTION 3",
    "4 | Working Paper", "7"); none when fewer than two pages agree."""
    offsets: Counter[int] = Counter()
    for index, columns in enumerate(pages, start=1):
        found = set()
        for line in _edge_lines(columns):
            text = line.text.strip()
            numbers = [text] if text.isdigit() and len(text) <= 4 else []
            numbers += [a or b for a, b in _EDGE_NUMBER.findall(text)]
            found.update(int(n) - index for n in numbers)
        offsets.update(found)
    if not offsets:
        return {}
    offset, count = offsets.most_common(1)[0]
    if count < 2:
        return {}
    return {index: index + offset for index in range(1, len(pages) + 1)}


def _outside_text_block(pages: list[list[_Column]], printed: dict[int, int]) -> set[int]:
    """Running heads (and feet) that change with the chapter or section ("CHAPTER 1.
    INTRODUCTION 3", "NUCLEAR ENERGY 5"): the top (bottom) row of a page that stands outside
    the text block, at least a line and a half above (below) the first (last) line any page
    sets there, no larger than the body, and that either carries the page's printed number at
    its start or end, or repeats (digits aside) on another page, or stands at the same height
    as such a row on another page. Text in the block never lies outside it, so a body line that
    happens to end in the page's number stays."""
    sized = [[line for c in columns for line in c.lines] for columns in pages]
    if len(pages) < 2:
        return set()
    body = _body_size(pages)
    pitch = _pitch(pages, body)
    drop: set[int] = set()
    for top in (True, False):
        rows: list[tuple[int, list[_Line], float]] = []  # page, the row, its gap to the next
        inner: list[float] = []
        for index, lines in enumerate(sized, start=1):
            ordered = sorted(lines, key=lambda line: line.baseline, reverse=not top)
            if not ordered:
                continue
            edge = ordered[0].baseline
            row = [line for line in ordered if abs(line.baseline - edge) <= 1.5]
            rest = ordered[len(row) :]
            if rest:  # else a page with a head alone (a blank left page in a book)
                inner.append(rest[0].baseline)
            rows.append((index, row, abs(rest[0].baseline - edge) if rest else float("inf")))
        if len(inner) < 2:
            continue
        # Where the text block starts (ends): the highest (lowest) second row of any page.
        limit = min(inner) if top else max(inner)
        outside = []
        for index, row, gap in rows:
            edge = row[0].baseline
            beyond = (limit - edge) if top else (edge - limit)
            size = max(line.size for line in row)
            if beyond < 1.5 * pitch or gap < 1.8 * size or size > 1.12 * body:
                continue
            if any(_raised_number(line) for line in row):
                continue  # a note at the foot, set apart by paragraph spacing (Word's)
            outside.append((index, row))
        keys = Counter(_furniture_key(row[0]) for _, row in outside)
        heights = Counter(round(row[0].baseline) for _, row in outside)
        for index, row in outside:
            text = " ".join(line.text for line in sorted(row, key=lambda line: line.x0))
            number = printed.get(index)
            numbered = number is not None and any(
                int(a or b) == number for a, b in _EDGE_NUMBER.findall(text.strip())
            )
            height = round(row[0].baseline)
            shared = sum(heights[h] for h in (height - 1, height, height + 1)) >= 2
            if numbered or shared or keys[_furniture_key(row[0])] >= 2:
                drop.update(id(line) for line in row)
    return drop


def _edge_lines(columns: list[_Column]) -> list[_Line]:
    """The top two and bottom two lines of a page (where running heads and footers stand)."""
    ordered = sorted((line for c in columns for line in c.lines), key=lambda line: line.baseline)
    return ordered[:2] + ordered[-2:] if len(ordered) > 4 else ordered


def _vocabulary(lines: list[_Line]) -> set[str]:
    """Words as the document writes them inside lines: settles line-end hyphens."""
    words: set[str] = set()
    for line in lines:
        words.update(w.lower() for w in _WORD.findall(line.text[:-1]))
    return words


def _style(line: _Line) -> tuple[float, bool]:
    return (round(line.size * 2) / 2, line.bold)


def _is_heading_text(text: str) -> bool:
    return (
        0 < len(text.split()) <= 20
        and not re.search(r"[.,;:]$", text)
        and bool(re.search(r"[^\W\d_]", text))
    )


def _candidate(line: _Line, body: float) -> bool:
    return (
        not line.footnote
        and _is_heading_text(line.text)
        and (line.size > 1.12 * body or (line.bold and line.size >= 0.95 * body) or line.box_title)
    )


def _starts_text(stream: list[_Line], i: int, body: float, pitch: float) -> bool:
    """Whether stream[i] starts running text: body-sized, and long, finished or followed by a
    line of the same paragraph."""
    line = stream[i]
    if line.footnote or not 0.85 * body <= line.size <= 1.1 * body or _candidate(line, body):
        return False
    if len(line.text.split()) > 12 or has_terminal_punctuation(line.text):
        return True
    after = stream[i + 1] if i + 1 < len(stream) else None
    return (
        after is not None
        and not _candidate(after, body)
        and abs(after.size - line.size) < 0.05 * body  # a paragraph's lines share a size
        and 0 < after.baseline - line.baseline < 1.45 * pitch
    )


def _heading_styles(
    stream: list[_Line], body: float, pitch: float, title: list[_Line]
) -> dict[tuple[float, bool], int]:
    """Heading styles → level (2 the highest; 1 is the title): larger than the body or bold,
    short, and followed by running text at least once (an author line is not)."""
    styles: set[tuple[float, bool]] = set()
    titles = {id(line) for line in title}
    for i, line in enumerate(stream):
        if id(line) in titles or not _candidate(line, body):
            continue
        j = i + 1
        while j < len(stream) and _candidate(stream[j], body) and _style(stream[j]) == _style(line):
            j += 1
        if j >= len(stream):
            continue
        subheading = _candidate(stream[j], body) and _style(stream[j]) < _style(line)
        if _starts_text(stream, j, body, pitch) or (
            subheading and _followed_by_text(stream, j, body, pitch)
        ):
            styles.add(_style(line))
    ranked = sorted(styles, key=lambda s: (-s[0], not s[1]))
    return {style: level for level, style in enumerate(ranked, start=2)}


def _heads(stream: list[_Line], i: int, body: float, pitch: float) -> bool:
    """Whether stream[i], in a heading style, heads something here: running text follows it (or
    its wrapped lines), or a smaller heading and then text. An author's name set in the size of
    a subsection heading is followed by an affiliation or a date instead."""
    j = i + 1
    while (
        j < len(stream) and _style(stream[j]) == _style(stream[i]) and _candidate(stream[j], body)
    ):
        j += 1
    if j >= len(stream):
        return False
    if _starts_text(stream, j, body, pitch):
        return True
    return (
        _candidate(stream[j], body)
        and _style(stream[j]) < _style(stream[i])
        and _followed_by_text(stream, j, body, pitch)
    )


def _followed_by_text(stream: list[_Line], i: int, body: float, pitch: float) -> bool:
    """A heading followed by a smaller heading and then text (section, subsection, text)."""
    j = i + 1
    while j < len(stream) and _candidate(stream[j], body):
        j += 1
    return j < len(stream) and _starts_text(stream, j, body, pitch) and j - i <= 2


def _title_lines(columns: list[_Column], body: float) -> list[_Line]:
    """The largest text on page 1, when it is larger than the body: the title, on one or more
    lines."""
    lines = [line for column in columns for line in column.lines]
    candidates = [line for line in lines if line.size > 1.3 * body]
    if not candidates:
        return []
    size = max(line.size for line in candidates)
    chosen = sorted((line for line in candidates if line.size == size), key=lambda x: x.baseline)
    return [line for line in chosen if line.baseline - chosen[0].baseline < 4 * size]


def _front_matter(
    stream: list[_Line],
    title: list[_Line],
    styles: dict[tuple[float, bool], int],
    body: float,
    pitch: float,
) -> set[int]:
    """Ids of the title, authors, affiliations and date: the lines of page 1 before the first
    section heading or running text, which are not running text."""
    block: set[int] = set()
    # Lines above the title (a series name, an institution) belong to the block unless they
    # are plainly running text.
    above = bool(title)
    for i, line in enumerate(stream):
        if line.page > 1 or line.footnote:
            break
        is_title = any(line is t for t in title)
        if above:
            above = not is_title
            if above and len(line.text.split()) > 12:
                break
        elif (
            not is_title
            and not _byline(line)
            and (
                (
                    _style(line) in styles
                    and _is_heading_text(line.text)
                    and _heads(stream, i, body, pitch)
                )
                or _starts_text(stream, i, body, pitch)
            )
        ):
            break
        block.add(id(line))
    return block


def _byline(line: _Line) -> bool:
    """A title block's line of names or a date alone, whatever its size: set like a heading
    ("Ingrid Solberg and Tomasz Wierzbicki" in \\large, "February 2024" in 12pt), it heads
    nothing."""
    text = _plain(line)
    if any(p.fullmatch(text.strip()) for p in _PRINTED_DATES[:4]):
        return True
    parts = _name_parts([line])
    return bool(parts) and all(_printed_name(part) for part in parts)


# Footnote areas and notes -------------------------------------------------------------------


def split_footnote_area(
    lines: list[_Line], rules: list[tuple[float, float, float]], body: float
) -> tuple[list[_Line], list[_Line]]:
    """(body lines, footnote lines) of a column: the lines at its foot set smaller than the
    body, from the highest of them under a rule or starting with a raised note number, and not
    right under a heading. Small print above the rule (a panel set in \\small) is not notes;
    a large line well above the notes (a pull quote) is no heading of theirs."""
    top = len(lines)
    while top > 0 and lines[top - 1].size < _SMALL * body:
        top -= 1
    left, right = (
        (min(line.x0 for line in lines), max(line.x1 for line in lines)) if lines else (0, 0)
    )
    for start in range(max(top, 1), len(lines)):
        above, first = lines[start - 1], lines[start]
        ruled = any(
            above.baseline < y < first.baseline
            and left - 5 <= x0 < left + 5
            and x1 - x0 < right - left
            for y, x0, x1 in rules
        )
        if not (ruled or _raised_number(first)):
            continue
        heading = above.size > 1.12 * body or (above.bold and _is_heading_text(above.text))
        if heading and first.baseline - above.baseline < 3 * max(above.size, body):
            return lines, []
        return lines[:start], lines[start:]
    # Notes set at the body's size (pandoc's Word template): under a rule, opening with a
    # raised number, to the foot of the column.
    for start in range(len(lines) - 1, 0, -1) if top == len(lines) else ():
        if (
            _raised_number(lines[start])
            and _ruled(lines, start, rules)
            and all(line.size <= lines[start].size + 0.5 for line in lines[start:])
        ):
            return lines[:start], lines[start:]
    if 0 < top < len(lines) and _plain_numbered(lines, top):
        above = lines[top - 1]
        heading = above.size > 1.12 * body or (above.bold and _is_heading_text(above.text))
        if not (heading and lines[top].baseline - above.baseline < 3 * max(above.size, body)):
            return lines[:top], lines[top:]
    return lines, []


def note_start(line: _Line, last: int) -> tuple[int | None, _Line]:
    """(note number, the line without it) when the line starts a note: a raised number, or a
    plain number ("12", "12.") that follows the last note's; (None, line) otherwise."""
    runs = line.runs
    if runs and runs[0].raised and runs[0].text.strip().isdigit():
        rest = _Line(line.page, line.x0, line.x1, line.baseline, line.size, line.bold, runs[1:])
        return int(runs[0].text), rest
    if runs and not runs[0].raised:
        match = _NOTE_NUMBER.match(runs[0].text.lstrip())
        if match and int(match.group(1)) == last + 1:
            head = _Run(runs[0].text.lstrip()[match.end() :], False, runs[0].italic)
            rest = _Line(
                line.page, line.x0, line.x1, line.baseline, line.size, line.bold,
                [head, *runs[1:]],
            )  # fmt: skip
            return last + 1, rest
    return None, line


def _body_text(line: _Line) -> str:
    """The line's text with raised digit runs as markers (italics dropped)."""
    parts = []
    for run in line.runs:
        text = run.text.strip()
        if run.raised and _MARKER_RUN.match(text):
            space = " " if run.text[:1] == " " else ""
            parts.append(space + "".join(marker(n) for n in _marker_numbers(text)))
        else:
            parts.append(_unicode_markers(run.text))
    return "".join(parts).strip()


def _marker_numbers(text: str) -> list[int]:
    """'3', '3,4' or '3–5' → the note numbers."""
    numbers: list[int] = []
    for piece in re.split(r"\s*,\s*", text):
        bounds = [int(n) for n in re.split(r"\s*[–-]\s*", piece)]
        if len(bounds) == 2 and 0 < bounds[1] - bounds[0] < 10:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return numbers


def _unicode_markers(text: str) -> str:
    """Superscript digits typed as characters (¹²) are markers too."""
    table = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
    return re.sub(
        f"[{SUPERSCRIPT_DIGITS}]+", lambda m: marker(int(m.group().translate(table))), text
    )


def _note_text(line: _Line) -> str:
    """The note line's text, italics as *…* (titles, for the citation parser)."""
    parts = []
    for run in line.runs:
        text = run.text
        if run.italic and text.strip():
            lead = " " if text[:1] == " " else ""
            trail = " " if text[-1:] == " " else ""
            text = f"{lead}*{text.strip()}*{trail}"
        parts.append(text)
    return "".join(parts).strip()


def _plain(line: _Line) -> str:
    return re.sub(r"\s+", " ", line.text)


def _join_lines(texts: list[str], vocabulary: set[str]) -> str:
    """Lines joined into one text: a line-end hyphen dropped or kept (see the module's doc);
    an italic span broken by the line end made one."""
    result = ""
    for text in texts:
        if not result:
            result = text
            continue
        if result.endswith("*") and text.startswith("*") and not result.endswith("**"):
            result, text = result[:-1], text[1:]
        if (
            _URL_END.search(result)
            or re.search(r"\w[–—]$", result)  # "Moscow–" "Kazan"
            or (_URL_GOES_ON.match(text) and _URL_OPEN.search(result))
        ):
            result += text
        elif result.endswith("-") and not result.endswith("--"):
            result = result[:-1] + ("-" if _keeps_hyphen(result[:-1], text, vocabulary) else "")
            result += text
        else:
            result += " " + text
    return result


def _keeps_hyphen(before: str, after: str, vocabulary: set[str]) -> bool:
    head = re.search(r"[A-Za-z]+$", before)
    tail = re.match(r"[A-Za-z]+", after.lstrip("*"))
    if not head or not tail:
        return True
    # A word already joined by a hyphen ("surface-to-" / "air") is not broken again: TeX
    # hyphenates no word that holds a hyphen, so this one is the word's own.
    if before[: head.start()].endswith("-"):
        return True
    whole = (head.group() + tail.group()).lower()
    if whole in vocabulary:
        return False  # also before a capital: "Union-" / "Pay" is "UnionPay" elsewhere
    if f"{head.group()}-{tail.group()}".lower() in vocabulary:
        return True
    if not _LOWER_START.match(tail.group()):
        return True
    return head.group().lower() in _PREFIXES


# Metadata -----------------------------------------------------------------------------------


def _decode(value: Any) -> str:
    """An info-dict value as text (pdfplumber leaves undecodable strings as bytes)."""
    if isinstance(value, bytes):
        if value[:2] in (b"\xfe\xff", b"\xff\xfe"):
            return value.decode("utf-16", errors="replace")
        return value.decode("latin-1")
    return value if isinstance(value, str) else ""


def _xmp(pdf: Any) -> dict[str, str]:
    """dc:title, dc:creator (joined by '; ') and the creation date from the XMP packet."""
    try:
        stream = pdf.doc.catalog.get("Metadata")
        data = stream.resolve().get_data() if stream is not None else b""
    except Exception:  # a broken XMP stream is no reason to refuse the document
        return {}
    if not data:
        return {}
    from lxml import etree

    try:
        root = etree.fromstring(data, etree.XMLParser(recover=True))
    except etree.XMLSyntaxError:
        return {}
    if root is None:
        return {}
    ns = {
        "dc": "http://purl.org/dc/elements/1.1/",
        "xmp": "http://ns.adobe.com/xap/1.0/",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    }
    found = {
        "title": " ".join(root.xpath("//dc:title//rdf:li/text()", namespaces=ns)),
        "creator": "; ".join(root.xpath("//dc:creator//rdf:li/text()", namespaces=ns)),
        # dc:date is the work's date; xmp:CreateDate is only when the file was made.
        "date": " ".join(
            root.xpath("//dc:date//rdf:li/text() | //dc:date/text()", namespaces=ns)[:1]
        ),
    }
    return {k: v.strip() for k, v in found.items() if v.strip()}


def _split_authors(text: str) -> list[str]:
    """'A and B', 'A; B', 'A, B' → names; an organisation's name ('Center for Strategic and
    International Studies') stays whole."""
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return []
    names = [part.strip() for part in text.split(";") if part.strip()]
    result: list[str] = []
    for name in names:
        parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", name)]
        if len(parts) > 1 and all(_personal_name(p) for p in parts):
            result.extend(parts)
        else:
            result.append(name)
    return result


_AFFILIATION = re.compile(
    r"universit|institut|college|school|department|dept\b|faculty|centre|center|academy|"
    r"laborator|foundation|council|ministry|agency|office|society|association|programme|"
    r"program\b|press\b|corporation|group\b|working paper|report|prepared|draft|"
    r"@|https?:|www\.|\d",
    re.IGNORECASE,
)
_PARTICLES = frozenset("van von der den de del della da di du le la bin al ibn y".split())


def _printed_authors(front: list[_Line], title: list[_Line], body: float) -> list[str]:
    """The authors printed under the title ("Katarina Holm", "Lena Marsh and Tomas Ortiz",
    two names set side by side): the lines of the title block after the title and before
    the date, centred under it, at least body-sized, not an affiliation, each part a name."""
    if not title:
        return []
    centre = statistics.mean((line.x0 + line.x1) / 2 for line in title)
    flush = min(line.x0 for line in title)  # a title block set flush left
    last = max(line.baseline for line in title)
    rows: list[list[_Line]] = []  # lines side by side (split by a gutter) make one row
    for line in front:
        if line.page != title[0].page or line.baseline <= last or any(line is t for t in title):
            continue
        if rows and abs(rows[-1][0].baseline - line.baseline) <= 1:
            rows[-1].append(line)
        else:
            rows.append([line])
    names: list[str] = []
    for row in rows:
        row.sort(key=lambda line: line.x0)
        text = " ".join(line.text for line in row)
        if _printed_date(row, []):
            break
        if (
            (
                abs((row[0].x0 + row[-1].x1) / 2 - centre) > 1.5 * body
                and abs(row[0].x0 - flush) > body
            )
            or min(line.size for line in row) < _SMALL * body
            or _AFFILIATION.search(text)
        ):
            continue
        parts = _name_parts(row)
        if parts and all(_printed_name(part) for part in parts):
            names.extend(parts)
    return names


def _name_parts(row: list[_Line]) -> list[str]:
    """The names a byline lists: 'A, B and C', 'by A & B', names set apart side by side."""
    parts = [
        part.strip()
        for line in row
        for piece in line.pieces or [line.text]
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", piece)
    ]
    return [re.sub(r"^by\s+", "", part, flags=re.IGNORECASE) for part in parts if part]


def _printed_name(text: str) -> bool:
    """'Katarina Holm', 'Elsa B. Kania', 'Jo Inge Bekkevold', 'Anna van der Berg'."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)
        and all(re.fullmatch(r"[^\W\d_][\w'’.-]*", w) for w in words)
    )


def _personal_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_PRINTED_DATES = [
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_YEAR}-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    # A year alone on its line, or after a comma or a copyright sign ("Working Paper, 2019").
    re.compile(rf"^(?:.*(?:,|©|\(c\)))?\s*{_YEAR}\s*$", re.IGNORECASE),
]


def _printed_date(front: list[_Line], title: list[_Line]) -> str | None:
    """The date printed in the title block of page 1 ("September 2023", "12 May 2021",
    "May 12, 2021", "2021-05-12", "2019" on its own line) as ISO, as precise as printed; the
    title's own lines are not searched ("… after 2014")."""
    titles = {id(line) for line in title}
    for pattern in _PRINTED_DATES:
        for line in front:
            if id(line) in titles:
                continue
            match = pattern.search(_plain(line))
            if match:
                parts = match.groupdict()
                found = from_parts(parts["year"], parts.get("month"), parts.get("day"))
                if found:
                    return found
    return None


def _pdf_date(text: str) -> str | None:
    """'D:20221103094512+01'00'' or an ISO date → '2022-11-03' (as precise as stated)."""
    match = re.match(r"(?:D:)?(\d{4})(?:-?(\d{2}))?(?:-?(\d{2}))?", text.strip())
    if not match:
        return None
    return from_parts(*match.groups())


def _doi(text: str) -> str | None:
    match = re.search(r"\b10\.\d{4,9}/[^\s\"<>]+", text)
    return match.group().rstrip(".,;") if match else None
