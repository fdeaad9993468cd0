"""HTML web pages whose notes are numbered links to a list: Wikipedia's `[n]` references, blog
and CMS footnotes (WordPress, Ghost, Hugo, Jekyll/kramdown, pandoc), Word's "Save as HTML"
`_ftn`/`_edn` notes, and any link whose text is a number and whose target is a list item or
paragraph inside a notes/references container: its own id or a container's id, class or role
has a word for notes among its parts split at '-', '_', ':' (`footnote-3`, `note_3`,
`endnote:3`, `ref-3`, `fn3`; `footnotes-list`, `notes-list`, `endnotes`, `references`).

Decisions, the same for every page:
- A note's number is its position in its list (`<ol start>` and `<li value>` honoured), which is
  the number printed in its markers; a note that is not a list item takes its marker's number.
- Lettered notes (`[a]`, Wikipedia's `efn` notelist) and any further numbered list that would
  collide are numbered after the highest number so far, in list order: their markers and texts
  are kept, never dropped.
- The main content is `.mw-parser-output`, else the largest `<article>`, `[role=main]` or
  `<main>` holding most of the page's paragraph text, else the element whose own paragraphs hold
  most of it, else the body; furniture (navigation, menus, share boxes, comments, sidebars,
  infoboxes, captions, pull quotes, bibliographies, hidden elements) is skipped by tag, role
  and class; an inline wrapper of markers is read whatever its class says (WordPress's
  `<sup class="footnote">` would otherwise read as the footnotes block and lose every marker).
- Calls to action are furniture: a container whose class or id has a part (split at '-', '_',
  ':') naming a call to action, subscription, newsletter, sign-up, membership, paywall notice,
  licence or copyright (`kg-cta-card`, `footer-cta`, `newsletter-form`, `item copyright`,
  `cc-license`; not WordPress/Ghost `tag-…`/`category-…` labels, not a bare `paywall` class,
  which marks the article text behind it); the smallest block around an email input or a
  "Subscribe"/"Sign up"/"Join" button that holds no other prose; a `rel=license` line; and a
  short paragraph next to such a box that asks the reader to subscribe ("Enjoying this?"). A
  box holding a note marker, or more than 120 words, is never dropped, and prose that merely
  mentions subscribers is kept.
- A short note whose one link points to a full citation elsewhere on the page (Wikipedia's
  sfn/Harvard "Kang & Sorokin 2019, p. 81." → `<cite id="CITEREFKangSorokin2019">`) is read as
  Zotero reads it: its text is the full citation's with the short note's locator after it
  ("…, p. 81."), its item that citation's COinS; a bibliography entry so cited is not body text.
- COinS that name fewer authors than the CS1 citation prints ("Kang, Li; Sorokin, Pavel
  (2019)") take the printed ones.
- Table cells are claims only when they read as prose (four words or more, or a full stop):
  a list-table's descriptions are claims, its names, years and figures are not; a marker in a
  cell that is not prose is lost and the builder reports its note as unmarked.
- Math is its TeX source (MathML `alttext`/annotation, `{\\displaystyle …}` unwrapped); a block
  that is only math is not a claim.
- Links inside notes keep their URL after their text when it points off the page's own site
  (the citation parser needs it); links to the site itself (Wikipedia's article links) do not.
- Title: a stated title (citation_*, OpenGraph, Dublin Core, JSON-LD, <title>) that is the
  <h1>; else the <h1> when a title is it plus a site name ("Title - Wikipedia", "Site | Title");
  else the first stated title without a site-name suffix or prefix (" - Site", " | Site",
  " — Site", "Site: ") that matches og:site_name, JSON-LD, application-name or the host's own
  name (Wikipedia for en.wikipedia.org).
- Date: citation_publication_date, then MediaWiki's footer "This page was last edited on
  5 March 2024" (`#footer-info-lastmod`): a wiki page is cited at its revision, as Zotero's
  Wikipedia translator does, and its JSON-LD datePublished is the article's creation, not a
  better date; then JSON-LD, article:published_time and Dublin Core.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urlsplit

import lxml.html
from lxml import etree

from ...errors import InputError
from ..builder import DocumentBuilder, marker
from ..model import Metadata
from ..stated_dates import iso_date
from ..text import has_terminal_punctuation

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from lxml.html import HtmlElement

    from ..references import Item

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)""")
# Browsers read these labels as Windows-1252 (WHATWG encoding standard).
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"}
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|main|section|h[1-6]|meta|title|table|ul)\b",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+)\s*-->")

_BLOCK_TAGS = frozenset(
    "p div section article main blockquote ul ol dl dt dd li table thead tbody tfoot tr td th"
    " h1 h2 h3 h4 h5 h6 pre figure header footer aside nav form hr address center details"
    " summary fieldset caption figcaption body".split()
)
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_SKIP_TAGS = frozenset(
    "script style noscript template nav header footer aside form button input select textarea"
    " iframe svg figure figcaption caption img object video audio canvas menu label".split()
)
_SKIP_ROLES = frozenset(
    "navigation banner contentinfo complementary search menu menubar toolbar dialog note"
    " doc-endnotes doc-footnote doc-backlink".split()
)
_FURNITURE = re.compile(
    r"^(?:nav|navbar|navbox.*|navigation.*|.*-nav|menu.*|.*-menu|breadcrumbs?|share.*|sharing"
    r"|.*-share|sharedaddy|social.*|addtoany.*|a2a.*|comments?|comment-.*|.*-comments?|respond"
    r"|sidebar.*|widget.*|related.*|advert.*|ads?|ad-.*"
    r"|cookie.*|popup|modal|site-header|site-footer|masthead|byline|author-bio|post-meta"
    r"|entry-meta|entry-footer|tags?|tag-links|cat-links|post-navigation|pagination|toc"
    r"|mw-editsection|reflist|references|hatnote|infobox.*|thumb.*|mw-jump-link|metadata"
    r"|refbegin.*|(?:wp-block-)?pull-?quote.*|ambox.*|noprint|shortdescription|mw-empty-elt"
    r"|printfooter|catlinks|mw-indicators"
    r"|footnotes?|endnotes?|notelist|sr-only|screen-reader-text|visually-hidden|skip-link"
    r"|wp-caption.*|gallery|portal.*|sistersitebox|side-box|mbox.*|ombox|tmbox|hidden"
    r"|print-only|printonly|csl-bib-body|csl-entry)$"
)
# Calls to action, sign-up boxes, licence lines (see the module's decisions).
_CTA_PART = re.compile(
    r"^(?:cta|ctas|subscribe\w*|subscription\w*|subscriber\w*|newsletters?|signup|signups"
    r"|optin|opt-in|membership|paywall\w+|licen[cs]e[sd]?|copyright|copyrights|mailchimp|mc4wp)$"
)
_LABEL_TOKEN = re.compile(r"^(?:tag|category|categories|topic|format|post-tag)-")
_CTA_BUTTON = re.compile(
    r"^\W*(?:subscribe|sign ?up|join(?: us| now| free| the list)?|get started|upgrade"
    r"|become a (?:paid )?(?:member|subscriber|supporter)|start (?:my|your|a) free trial)"
    r"(?:\s+(?:now|for free|free|today|here))?\W*$",
    re.IGNORECASE,
)
_CTA_TEXT = re.compile(
    r"\b(?:subscrib\w*|unsubscrib\w*|newsletter|sign(?:ing)? up|inbox|free trial|spam"
    r"|enjoying this|reader-supported|paid members?|support (?:our|my|this) work"
    r"|become a (?:paid )?(?:member|subscriber|supporter))\b",
    re.IGNORECASE,
)
_CTA_MAX_WORDS = 120
_CTA_NEIGHBOUR_WORDS = 40
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BACKLINK_CLASS = re.compile(
    r"backlink|backref|footnote-back|reversefootnote|footnote-return|to-top|mw-cite-backlink"
)
# Where a note lives: its own id or a container's id, class or role says notes or references.
_NOTE_WORD = re.compile(
    r"^(?:(?:foot|end)?notes?\d*|notelist|(?:ftn|edn|fn)\d*|refs?\d*|references?|reflist|cite"
    r"|citations?|bibliography|sources)$"
)
_LABEL = re.compile(r"^[\[(]?\s*(?:[a-z]+\s+)?(?:(?P<n>\d{1,4})|(?P<letter>[a-z]{1,3}))\s*[\])]?$")
_BRACKETS_ONLY = re.compile(r"[\s\[\](),;–-]*")
_BACKLINK_TEXT = re.compile(r"^\s*(?:\^|↑|Jump up(?: to)?:?)\s*|\s*[↩︎]+", re.UNICODE)
_MATH_OPEN, _MATH_CLOSE = "\ue002", "\ue003"
_MATH = re.compile(f"{_MATH_OPEN}[^{_MATH_CLOSE}]*{_MATH_CLOSE}")
_TEX_WRAPPER = re.compile(r"^\{\\(?:displaystyle|textstyle)\s*(?P<tex>.*)\}$", re.DOTALL)
_MARKERS_TEXT = re.compile("\ue000\\d+\ue001")
_SPACES = re.compile(r"\s+")
# A space the markup left before punctuation (kept after a URL: the stop is not the URL's).
_SPACE_BEFORE_PUNCTUATION = re.compile(r"(\S+)\s+(?=[.,;:)])")
_PROSE_WORDS = 4
_MAIN_SHARE = 0.5
_READABLE_SHARE = 0.6


def read(path: Path) -> DocumentBuilder:
    """The page's main content as paragraphs with markers in place, its notes, its metadata."""
    text = _decode(path.read_bytes())
    if _CONTROL.search(text[:4096]) and len(_CONTROL.findall(text[:4096])) > 8:
        raise InputError(f"{path.name}: not an HTML page (binary or mis-encoded bytes)")
    if not _HTML_TAG.search(text[:200_000]):
        raise InputError(f"{path.name}: not an HTML page (no HTML tags in it)")
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"{path.name}: cannot be parsed as HTML ({error})") from None
    saved_from = _SAVED_FROM.search(text[:4096])
    page = _Page(root, saved_from.group(1) if saved_from else None)
    builder = DocumentBuilder(metadata=page.metadata())
    page.walk(page.main_content(), builder)
    for n, element in sorted(page.notes.items()):
        text, item = page.note_text(element), _coins(element)
        if element in page.short_refs:
            text, item = page.short_reference(element)
        builder.note(n, text, item=item)
    if not builder.has_text:
        raise InputError(f"{path.name}: no text to read in this page")
    return builder


def _decode(raw: bytes) -> str:
    """Text by the byte-order mark, else the declared charset, else UTF-8, else Windows-1252."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, errors="replace")
    declared = _XML_ENCODING.search(raw[:200]) or _META_CHARSET.search(raw[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        name = "cp1252" if name in _WINDOWS_1252 else name
        try:
            codecs.lookup(name)
        except LookupError:
            pass
        else:
            return raw.decode(name, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _tokens(element: HtmlElement) -> list[str]:
    return [*(element.get("class") or "").lower().split(), (element.get("id") or "").lower()]


def _is_furniture(element: HtmlElement) -> bool:
    """Page furniture: never claims, whatever text it holds."""
    tag = element.tag
    if tag in _SKIP_TAGS:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if _HIDDEN_STYLE.search(element.get("style") or ""):
        return True
    if (element.get("role") or "").lower() in _SKIP_ROLES:
        return True
    return any(_FURNITURE.match(token) for token in _tokens(element) if token)


def _fragment(href: str | None) -> str | None:
    if not href or "#" not in href:
        return None
    return unquote(href.split("#", 1)[1]) or None


def _text(element: HtmlElement) -> str:
    return _SPACES.sub(" ", element.text_content()).strip()


def _iter_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    for element in root.iter():
        if isinstance(element.tag, str):
            yield element


class _Page:
    """One parsed page: its anchors, its note markers and notes, and how to read its text."""

    def __init__(self, root: HtmlElement, saved_from: str | None) -> None:
        self.root = root
        self.saved_from = saved_from
        self.anchors: dict[str, HtmlElement] = {}
        for element in _iter_elements(root):
            for key in (element.get("id"), element.get("name") if element.tag == "a" else None):
                if key:
                    self.anchors.setdefault(key, element)
        self.markers: dict[HtmlElement, int] = {}  # marker link -> note number
        self.notes: dict[int, HtmlElement] = {}  # note number -> note element
        self.marker_ids: set[str] = set()
        self.in_notes: set[HtmlElement] = set()  # note elements and their lists: not body text
        self.short_refs: dict[HtmlElement, tuple[HtmlElement, HtmlElement]] = {}
        self._find_notes()
        self._find_short_references()
        self.host = self._host()
        self.calls_to_action = self._find_calls_to_action()

    # -- notes ---------------------------------------------------------------------------

    def _find_notes(self) -> None:
        """Marker links and their notes, numbered (see the module's decisions)."""
        targets: list[tuple[HtmlElement, HtmlElement, re.Match[str]]] = []
        for link in self.root.iter("a"):
            target = self.anchors.get(_fragment(link.get("href")) or "")
            label = _LABEL.match(_text(link))
            if target is None or label is None:
                continue
            note = self._note_element(target)
            if note is not None:
                targets.append((link, note, label))
        # A link inside a note is a back-link or a cross-reference, never a marker.
        notes = {note for _, note, _ in targets}
        targets = [t for t in targets if not any(a in notes for a in t[0].iterancestors())]
        # Group by list (an <ol>/<ul>) or, for block notes, one group of their own.
        groups: dict[HtmlElement | None, list[tuple[HtmlElement, HtmlElement, re.Match[str]]]]
        groups = {}
        for entry in targets:
            note = entry[1]
            key = note.getparent() if note.tag == "li" else None
            groups.setdefault(key, []).append(entry)
        numbered: dict[HtmlElement, int] = {}
        deferred: list[dict[HtmlElement, int]] = []
        for key, entries in groups.items():
            lettered = any(label["letter"] for _, _, label in entries)
            positions = self._positions(key, entries)
            taken = set(numbered.values())
            if lettered or taken & set(positions.values()):
                deferred.append(positions)
            else:
                numbered.update(positions)
        top = max(numbered.values(), default=0)
        for positions in deferred:
            first = min(positions.values(), default=1)
            shifted = {note: top + n - first + 1 for note, n in positions.items()}
            numbered.update(shifted)
            top = max(numbered.values(), default=top)
        for link, note, _label in targets:
            self.markers[link] = numbered[note]
            for element in (link, link.getparent()):
                for key in (element.get("id"), element.get("name")):
                    if key:
                        self.marker_ids.add(key)
        self.notes = {n: note for note, n in numbered.items()}
        for note in numbered:
            self.in_notes.add(note)
            if note.tag == "li":
                self.in_notes.add(note.getparent())

    def _positions(
        self,
        key: HtmlElement | None,
        entries: list[tuple[HtmlElement, HtmlElement, re.Match[str]]],
    ) -> dict[HtmlElement, int]:
        """Each note's number in its group: list position, or the marker's own number."""
        if key is not None:
            positions: dict[HtmlElement, int] = {}
            try:
                n = int(key.get("start") or 1) - 1
            except ValueError:
                n = 0
            for item in key.iterchildren("li"):
                value = item.get("value")
                n = int(value) if value and value.isdigit() else n + 1
                positions[item] = n
            return positions
        own: dict[HtmlElement, int] = {}
        for _, note, label in entries:
            if note not in own:
                own[note] = int(label["n"]) if label["n"] else len(own) + 1
        return own

    def _note_element(self, target: HtmlElement) -> HtmlElement | None:
        """The list item or block a marker's link points to, when it sits among notes."""
        note: HtmlElement | None = None
        for element in target.iterancestors():
            if element.tag == "li":
                note = element
                break
        if note is None and target.tag == "li":
            note = target
        if note is None:
            note = target if target.tag in _BLOCK_TAGS else None
            if note is None:
                note = next((a for a in target.iterancestors() if a.tag in _BLOCK_TAGS), None)
            if note is None or note.tag == "body":
                return None
            parent = note.getparent()
            # Word: <div id=ftn1><p><a name=_ftn1>…: the note is the whole <div>.
            if (
                note is not target
                and parent is not None
                and parent.get("id")
                and parent.tag in ("div", "section", "aside")
                and next(parent.iterchildren(tag=etree.Element), None) is note
            ):
                note = parent
        for place in (note, *note.iterancestors()):
            names = " ".join([*_tokens(place), place.get("role") or ""]).lower()
            if any(_NOTE_WORD.match(word) for word in re.split(r"[\W_]+", names)):
                return note
        return None

    def _find_short_references(self) -> None:
        """Short notes (Harvard, Wikipedia's sfn: "Kang & Sorokin 2019, p. 81.") whose one link
        points to a full citation elsewhere on the page (`<cite id="CITEREF…">`). A full citation
        in a bibliography outside the notes is not body text."""
        for note in self.notes.values():
            if next(note.iter("cite"), None) is not None or _coins_spans(note):
                continue
            found: list[tuple[HtmlElement, HtmlElement]] = []
            for link in note.iter("a"):
                target = self.anchors.get(_fragment(link.get("href")) or "")
                if target is None or self._is_backlink(link) or note in target.iterancestors():
                    continue
                if target.tag == "cite" or (target.get("id") or "").startswith("CITEREF"):
                    found.append((link, target))
            if len(found) != 1:
                continue
            self.short_refs[note] = found[0]
            cite = found[0][1]
            if not any(a in self.in_notes for a in cite.iterancestors()):
                entry = next((a for a in cite.iterancestors() if a.tag in ("li", "p", "dd")), None)
                self.in_notes.add(entry if entry is not None else cite)

    def short_reference(self, note: HtmlElement) -> tuple[str, Item | None]:
        """A short note read as Zotero reads sfn: the full citation's text with the short
        note's locator ("…, p. 81."), and the full citation's COinS item."""
        link, cite = self.short_refs[note]
        short = self.note_text(note)
        locator = short.replace(_text(link), "", 1).strip(" ,;:.")
        full = self.note_text(cite).rstrip(" .")
        text = f"{full}, {locator}." if locator else f"{full}."
        return text, _coins(cite)

    def note_text(self, note: HtmlElement) -> str:
        """The note as printed, without back-links; italics as *…*, links with their URL."""
        text = self._inline(note, in_note=True)
        text = _SPACES.sub(" ", _BACKLINK_TEXT.sub(" ", text)).strip()
        return _SPACE_BEFORE_PUNCTUATION.sub(_join_punctuation, text)

    def _wraps_markers(self, element: HtmlElement) -> bool:
        """An inline wrapper of marker links (WordPress's `<sup class="footnote">`, a plugin's
        `<span class="footnote-ref">`): furniture by its class name alone, yet it holds markers."""
        if element.tag in _SKIP_TAGS or element.tag in _BLOCK_TAGS:
            return False
        if element.get("hidden") is not None or _HIDDEN_STYLE.search(element.get("style") or ""):
            return False
        return any(link in self.markers for link in element.iter("a"))

    def _is_backlink(self, element: HtmlElement) -> bool:
        if any(_BACKLINK_CLASS.search(token) for token in _tokens(element) if token):
            return True
        return element.tag == "a" and _fragment(element.get("href")) in self.marker_ids

    # -- calls to action -----------------------------------------------------------------

    def _holds_markers(self, element: HtmlElement) -> bool:
        return any(link in self.markers for link in element.iter("a"))

    def _find_calls_to_action(self) -> set[HtmlElement]:
        """Subscribe boxes, sign-up forms, licence lines and the pleas next to them."""
        found: set[HtmlElement] = set()
        for element in _iter_elements(self.root):
            if element.tag in ("html", "body", "main", "article"):
                continue
            parts = [
                part
                for token in _tokens(element)
                if token and not _LABEL_TOKEN.match(token)
                for part in re.split(r"[-_:]+", token.replace("sign-up", "signup"))
            ]
            if any(_CTA_PART.match(part) for part in parts) and self._may_drop(element):
                found.add(element)
        for element in _iter_elements(self.root):
            if self._is_cta_control(element):
                box = self._cta_box(element)
                if box is not None:
                    found.add(box)
            elif element.tag == "a" and "license" in (element.get("rel") or "").lower().split():
                block = next((a for a in element.iterancestors() if a.tag in _BLOCK_TAGS), None)
                if (
                    block is not None
                    and block.tag not in ("body", "article", "main")
                    and self._may_drop(block, _CTA_NEIGHBOUR_WORDS)
                ):
                    found.add(block)
        for box in list(found):
            for neighbour in (box.getprevious(), box.getnext()):
                if (
                    neighbour is not None
                    and isinstance(neighbour.tag, str)
                    and neighbour.tag in ("p", "div", "h2", "h3", "h4", "h5", "h6")
                    and _CTA_TEXT.search(_text(neighbour))
                    and self._may_drop(neighbour, _CTA_NEIGHBOUR_WORDS)
                ):
                    found.add(neighbour)
        return found

    def _may_drop(self, element: HtmlElement, words: int = _CTA_MAX_WORDS) -> bool:
        return (
            not self._holds_markers(element)
            and element not in self.in_notes
            and len(_text(element).split()) <= words
        )

    @staticmethod
    def _is_cta_control(element: HtmlElement) -> bool:
        """An email field, or a button or link that only says Subscribe / Sign up / Join."""
        tag = element.tag
        kind = (element.get("type") or "").lower()
        if tag == "input":
            if kind == "email" or "email" in (element.get("name") or "").lower():
                return True
            return kind == "submit" and bool(_CTA_BUTTON.match(element.get("value") or ""))
        if tag in ("button", "a"):
            return bool(_CTA_BUTTON.match(_text(element)))
        return False

    def _cta_box(self, control: HtmlElement) -> HtmlElement | None:
        """The largest block around a control that holds no prose but the plea itself."""
        box: HtmlElement | None = None
        for ancestor in control.iterancestors():
            if ancestor.tag not in _BLOCK_TAGS or ancestor.tag in ("body", "article", "main"):
                break
            if not self._may_drop(ancestor):
                break
            prose = [p for p in ancestor.iter("p") if not _CTA_TEXT.search(_text(p)) and _text(p)]
            if any(len(_text(p).split()) >= _PROSE_WORDS for p in prose):
                break
            box = ancestor
        return box

    def _skipped(self, element: HtmlElement) -> bool:
        return _is_furniture(element) or element in self.calls_to_action

    # -- metadata ------------------------------------------------------------------------

    def _host(self) -> str | None:
        for href in (self._link("canonical"), self._meta("og:url"), self.saved_from):
            if href and urlsplit(href).hostname:
                return urlsplit(href).hostname
        return None

    def _meta(self, *names: str) -> str | None:
        values = self._metas(*names)
        return values[0] if values else None

    def _metas(self, *names: str) -> list[str]:
        found: list[str] = []
        for name in names:
            for element in self.root.iter("meta"):
                key = element.get("name") or element.get("property") or element.get("itemprop")
                content = _SPACES.sub(" ", element.get("content") or "").strip()
                if key and key.lower() == name and content:
                    found.append(content)
            if found:
                return found
        return found

    def _link(self, rel: str) -> str | None:
        for element in self.root.iter("link"):
            if rel in (element.get("rel") or "").lower().split() and element.get("href"):
                return element.get("href")
        return None

    def metadata(self) -> Metadata:
        """What the page says about itself: citation_*, JSON-LD, OpenGraph, Dublin Core, then
        <meta name=author>, <link rel=canonical> and <title>, in that order per field."""
        ld = _json_ld(self.root)
        site = self._meta("og:site_name") or _name(ld.get("isPartOf"))
        authors = (
            self._metas("citation_author")
            or [name for name in map(_name, _as_list(ld.get("author"))) if name]
            or [a for a in self._metas("article:author") if not a.startswith("http")]
            or self._metas("dc.creator", "dcterms.creator")
            or self._metas("author")
        )
        date = (
            self._meta("citation_publication_date", "citation_date")
            or self._revision_date()
            or _first_text(ld.get("datePublished"))
            or self._meta("article:published_time")
            or self._meta("dc.date", "dcterms.date", "dc.date.issued", "dcterms.issued")
        )
        doi = self._meta("citation_doi") or _doi(
            self._meta("dc.identifier", "dcterms.identifier") or ""
        )
        metadata = Metadata(
            title=self._title(
                self._meta("citation_title"),
                self._meta("og:title"),
                self._meta("dc.title", "dcterms.title"),
                _first_text(ld.get("name")),
                _first_text(ld.get("headline")),
                site=site,
            ),
            authors=authors,
            issued=iso_date(date),
            url=self._meta("citation_public_url", "citation_abstract_html_url")
            or self._meta("og:url")
            or _first_text(ld.get("url"))
            or self._link("canonical")
            or self.saved_from,
            type=_LD_TYPES.get(_first_text(ld.get("@type")) or "")
            or ("article-journal" if self._meta("citation_journal_title") else None),
            publisher=self._meta("citation_publisher")
            or _name(ld.get("publisher"))
            or self._meta("dc.publisher", "dcterms.publisher"),
            container_title=self._meta("citation_journal_title") or site,
            doi=_doi(doi or "") or None,
        )
        return metadata

    def _title(self, *stated: str | None, site: str | None) -> str | None:
        """The stated title (citation_*, OpenGraph, Dublin Core, JSON-LD, then <title>) that is
        the page's <h1>; else the <h1> when a title is the <h1> with a site name before or after
        it ("Title - Wikipedia", "Site | Title"); else the first stated title, <title> last,
        stripped of the site's name (og:site_name, JSON-LD, application-name, or the host's
        name: "Wikipedia" for en.wikipedia.org)."""
        names = {_squash(name) for name in self._site_names(site) if _squash(name)}
        headings = [_text(h) for h in self.root.iter("h1") if not _is_furniture(h)]
        headings = [h for h in headings if h and _squash(h) not in names]  # not a logo's <h1>
        element = self.root.find(".//title")
        page_title = _text(element) if element is not None else ""
        titles = [t for t in (*stated, page_title) if t]
        for title in titles:
            if title in headings:
                return title
        for title in titles:
            for heading in headings:
                if _affixed(title, heading):
                    return heading
        if titles and titles[0] != page_title:
            return _strip_site(titles[0], names)
        for heading in headings:
            if heading in page_title:
                return heading
        return _strip_site(page_title, names) or None

    def _site_names(self, site: str | None) -> list[str]:
        """Names the site goes by: stated, and its host's own name (wikipedia for
        en.wikipedia.org, eurasiaenergymonitor for www.eurasiaenergymonitor.example)."""
        names = [site or "", *self._metas("application-name", "apple-mobile-web-app-title")]
        host = self.host or ""
        labels = [label for label in host.lower().split(".") if label]
        if len(labels) >= 2:
            names.append(labels[-2])
        return names

    def _revision_date(self) -> str | None:
        """MediaWiki's footer: "This page was last edited on 5 March 2024, at 09:12"."""
        for key in ("footer-info-lastmod", "lastmod"):
            element = self.anchors.get(key)
            if element is None:
                continue
            match = _STATED_DATE.search(_text(element))
            if match:
                return iso_date(match.group())
        return None

    # -- the main content ----------------------------------------------------------------

    def main_content(self) -> HtmlElement:
        """The element holding the page's own text (see the module's decisions)."""
        body = self.root.find("body")
        body = body if body is not None else self.root
        total = _paragraph_text(body)
        groups = [
            body.xpath(
                ".//*[contains(concat(' ', normalize-space(@class), ' '), ' mw-parser-output ')]"
            ),
            body.xpath(".//article"),
            body.xpath(".//*[@role='main']"),
            body.xpath(".//main"),
        ]
        for group in groups:
            best = max(group, key=_paragraph_text, default=None)
            if best is not None and total and _paragraph_text(best) >= _MAIN_SHARE * total:
                return best
        scores: dict[HtmlElement, int] = {}
        for paragraph in body.iter("p"):
            parent = paragraph.getparent()
            if parent is not None:
                scores[parent] = scores.get(parent, 0) + len(_text(paragraph))
        best = max(scores, key=scores.__getitem__, default=None)
        if best is not None and total and _paragraph_text(best) >= _READABLE_SHARE * total:
            return best
        return body

    # -- reading the text ----------------------------------------------------------------

    def walk(self, element: HtmlElement, builder: DocumentBuilder) -> None:
        """Headings, paragraphs and lists in reading order."""
        if element in self.in_notes or self._skipped(element):
            return
        tag = element.tag
        if tag in _HEADINGS:
            builder.heading(_HEADINGS[tag], _plain(self._inline(element)))
            return
        if tag in ("ul", "ol"):
            items = list(self._list_items(element))
            if items:
                builder.list_items(items)
            return
        if tag == "table":
            self._table(element, builder)
            return
        pieces = [element.text or ""]
        for child in element:
            if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
                _paragraph(builder, "".join(pieces))
                pieces = []
                self.walk(child, builder)
            else:
                pieces.append(self._inline_child(child, in_note=False))
            pieces.append(child.tail or "")
        _paragraph(builder, "".join(pieces))

    def _list_items(self, element: HtmlElement) -> Iterator[str]:
        """Each item's own text, then its sub-lists' items."""
        for item in element.iterchildren("li"):
            if self._skipped(item):
                continue
            nested = [c for c in item.iter("ul", "ol") if c is not item]
            text = self._inline(item, skip=set(nested))
            if _MATH.sub("", text).strip():
                yield _plain(text)
            for sub in nested:
                if sub.getparent() is item or sub.getparent().getparent() is item:
                    yield from self._list_items(sub)

    def _table(self, table: HtmlElement, builder: DocumentBuilder) -> None:
        """Prose cells are paragraphs; header cells, names, dates and figures are not claims."""
        for cell in table.xpath("./tr/td|./*/tr/td"):
            if self._skipped(cell):
                continue
            if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in cell.iter()
                   if c is not cell):  # fmt: skip
                self.walk(cell, builder)  # a layout table: its cells hold paragraphs
                continue
            text = self._inline(cell)
            plain = _plain(_MARKERS_TEXT.sub("", _MATH.sub("", text)))
            if len(plain.split()) >= _PROSE_WORDS or has_terminal_punctuation(plain):
                _paragraph(builder, text)

    def _inline(
        self, element: HtmlElement, in_note: bool = False, skip: set[HtmlElement] | None = None
    ) -> str:
        pieces = [element.text or ""]
        for child in element:
            if skip is None or child not in skip:
                pieces.append(self._inline_child(child, in_note, skip))
            pieces.append(child.tail or "")
        return "".join(pieces)

    def _inline_child(
        self, child: HtmlElement, in_note: bool, skip: set[HtmlElement] | None = None
    ) -> str:
        """One inline element's text: markers, math, and in notes italics and link URLs."""
        tag = child.tag
        if not isinstance(tag, str):
            return ""  # a comment or processing instruction
        if child in self.markers and not in_note:
            return marker(self.markers[child])
        if tag == "math" or "mwe-math-element" in _tokens(child):
            return _math(child)
        if tag == "br":
            return " "
        if in_note:
            if tag in ("style", "script") or self._is_backlink(child):
                return ""
            if "Z3988" in (child.get("class") or "").split():
                return ""
        else:
            if child in self.in_notes:
                return ""
            if self._skipped(child) and not self._wraps_markers(child):
                return ""
            if tag == "sup":
                markers = [link for link in child.iter("a") if link in self.markers]
                rest = _text(child)
                for link in markers:
                    rest = rest.replace(_text(link), "", 1)
                if markers and _BRACKETS_ONLY.fullmatch(rest):
                    return "".join(marker(self.markers[link]) for link in markers)
                if not markers and "reference" in _tokens(child):
                    return ""  # Wikipedia's page locator ":207" after a marker
        inner = self._inline(child, in_note, skip)
        if tag in _BLOCK_TAGS:
            return f" {inner} "
        if tag == "q":
            return f"“{inner}”"
        if in_note and tag in ("i", "em") and inner.strip():
            return f"*{inner.strip()}*"
        if in_note and tag == "a":
            href = child.get("href") or ""
            parts = urlsplit(href)
            if (
                parts.scheme in ("http", "https")
                and parts.hostname
                and parts.hostname != self.host
                and href.rstrip("/") not in inner
            ):
                return f"{inner} {href}"
        return inner


_SEPARATOR = r"\s+[|\-–—·:]\s+|\s*[|–—·]\s*"


def _affixed(title: str, heading: str) -> bool:
    """The title is the heading with something before or after it, set off by a separator."""
    escaped = re.escape(heading)
    return bool(
        re.fullmatch(rf"{escaped}(?:{_SEPARATOR}).+", title)
        or re.fullmatch(rf".+?(?:{_SEPARATOR}|:\s+){escaped}", title)
    )


def _squash(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


def _strip_site(title: str, names: set[str]) -> str:
    """The title without a site name after (" - Site", " | Site") or before ("Site: ") it."""
    match = re.fullmatch(rf"(?P<rest>.+?)(?:{_SEPARATOR})(?P<site>[^|–—·]+)", title)
    if match and _squash(match["site"]) in names:
        return match["rest"].strip()
    match = re.fullmatch(rf"(?P<site>[^|–—·:]+?)(?:{_SEPARATOR}|:\s+)(?P<rest>.+)", title)
    if match and _squash(match["site"]) in names:
        return match["rest"].strip()
    return title


def _join_punctuation(match: re.Match[str]) -> str:
    word = match[1]
    return match[0] if word.startswith(("http://", "https://")) else word


def _paragraph(builder: DocumentBuilder, text: str) -> None:
    """A paragraph, unless it is only math (a display equation)."""
    if re.search(r"[^\W\d_]", _MATH.sub("", _MARKERS_TEXT.sub("", text))):
        builder.paragraph(_plain(text))


def _plain(text: str) -> str:
    return _SPACES.sub(" ", text.replace(_MATH_OPEN, "").replace(_MATH_CLOSE, "")).strip()


def _math(element: HtmlElement) -> str:
    """The TeX of a formula (alttext or annotation), wrapped so math-only blocks can be told."""
    math = element if element.tag == "math" else next(element.iter("math"), None)
    tex = ""
    if math is not None:
        tex = math.get("alttext") or ""
        if not tex:
            annotation = next(
                (a for a in math.iter("annotation") if "tex" in (a.get("encoding") or "")), None
            )
            tex = annotation.text_content() if annotation is not None else _text(math)
    else:
        image = next(element.iter("img"), None)
        tex = image.get("alt") or "" if image is not None else _text(element)
    tex = _SPACES.sub(" ", tex).strip()
    wrapped = _TEX_WRAPPER.match(tex)
    tex = wrapped["tex"].strip() if wrapped else tex
    return f"{_MATH_OPEN}{tex}{_MATH_CLOSE}" if tex else ""


def _paragraph_text(element: HtmlElement) -> int:
    return sum(len(_text(p)) for p in element.iter("p"))


# -- structured metadata ---------------------------------------------------------------------

_LD_TYPES = {
    "ScholarlyArticle": "article-journal",
    "NewsArticle": "article-newspaper",
    "BlogPosting": "post-weblog",
    "Report": "report",
    "Article": "article",
    "WebPage": "webpage",
}
_LD_PREFERRED = ("ScholarlyArticle", "NewsArticle", "BlogPosting", "Report", "Article")


def _json_ld(root: HtmlElement) -> dict[str, object]:
    """The page's own schema.org article (or web page) from its JSON-LD, or {}."""
    found: list[dict[str, object]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = _as_list(data)
        while stack:
            entry = stack.pop(0)
            if isinstance(entry, dict):
                found.append(entry)
                stack.extend(_as_list(entry.get("@graph")))
    for wanted in (*_LD_PREFERRED, "WebPage"):
        for entry in found:
            if wanted in _as_list(entry.get("@type")):
                return entry
    return {}


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _first_text(value: object) -> str | None:
    for entry in _as_list(value):
        if isinstance(entry, str) and entry.strip():
            return _SPACES.sub(" ", entry).strip()
    return None


def _name(value: object) -> str | None:
    """A schema.org Person/Organization's name, or the string itself."""
    for entry in _as_list(value):
        if isinstance(entry, dict):
            entry = entry.get("name")
        text = _first_text(entry)
        if text:
            return text
    return None


_STATED_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b"
)


def _doi(value: str) -> str | None:
    match = re.search(r"\b10\.\d{4,9}/\S+", value)
    return match.group().rstrip(".") if match else None


# -- COinS -----------------------------------------------------------------------------------

_COINS_TYPES = {
    "article": "article-journal",
    "journal": "article-journal",
    "book": "book",
    "bookitem": "chapter",
    "conference": "paper-conference",
    "proceeding": "paper-conference",
    "report": "report",
    "preprint": "article",
    "document": "document",
    "unknown": "webpage",
}
_COINS_FIELDS = {
    "rft.volume": "volume",
    "rft.issue": "issue",
    "rft.pages": "page",
    "rft.pub": "publisher",
    "rft.place": "publisher-place",
    "rft.isbn": "ISBN",
    "rft.issn": "ISSN",
    "rft.edition": "edition",
}


def _coins_spans(element: HtmlElement) -> list[HtmlElement]:
    return [s for s in element.iter("span") if "Z3988" in (s.get("class") or "").split()]


def _coins(note: HtmlElement) -> Item | None:
    """The work a note's single COinS span (span.Z3988, an OpenURL) states, as CSL-JSON; for a
    `<cite>`, the span inside it or right after it. Authors the COinS leaves out are taken from
    the citation's own "Family, Given; Family, Given (date)" (Wikipedia's CS1)."""
    spans = _coins_spans(note)
    cite = note if note.tag == "cite" else None
    if cite is not None and not spans:
        for sibling in cite.itersiblings():
            if sibling.tag == "cite":
                break
            spans = [sibling] if sibling in _coins_spans(sibling) else _coins_spans(sibling)
            if spans:
                break
    if len(spans) != 1 or not spans[0].get("title"):
        return None
    if cite is None:
        before = spans[0].getprevious()
        cite = before if before is not None and before.tag == "cite" else None
    fields: dict[str, list[str]] = {}
    for key, value in parse_qsl(spans[0].get("title") or ""):
        if value.strip():
            fields.setdefault(key, []).append(_SPACES.sub(" ", value).strip())

    def one(key: str) -> str | None:
        return fields[key][0] if key in fields else None

    genre = (one("rft.genre") or "").lower()
    item: Item = {"type": _COINS_TYPES.get(genre, "document")}
    if genre == "bookitem":
        title, container = one("rft.atitle"), one("rft.btitle")
    else:
        title = one("rft.atitle") or one("rft.btitle") or one("rft.title")
        container = one("rft.jtitle") or (one("rft.btitle") if one("rft.atitle") else None)
    if title:
        item["title"] = title
    if container:
        item["container-title"] = container
    if item["type"] == "article-journal" and not container:
        item["type"] = "article"
    authors: list[dict[str, str]] = []
    if one("rft.aulast"):
        first = {"family": one("rft.aulast") or ""}
        if one("rft.aufirst"):
            first["given"] = one("rft.aufirst") or ""
        authors.append(first)
    authors += [_person(name) for name in fields.get("rft.au", [])]
    stated = _cs1_people(cite) if cite is not None else []
    if len(stated) > len(authors) and [a.get("family") for a in authors] == [
        a.get("family") for a in stated[: len(authors)]
    ]:
        authors = stated
    if authors:
        item["author"] = authors
    date = iso_date(one("rft.date"))
    if date:
        item["issued"] = {"date-parts": [[int(part) for part in date.split("-")]]}
    for key, csl in _COINS_FIELDS.items():
        if one(key):
            item[csl] = one(key)
    for identifier in fields.get("rft_id", []):
        if identifier.startswith("info:doi/"):
            item["DOI"] = identifier.removeprefix("info:doi/")
        elif identifier.startswith(("http://", "https://")):
            item.setdefault("URL", identifier)
    return item if "title" in item else None


_CS1_PEOPLE = re.compile(r"^(?P<names>[^\"“(]+?)\s*\((?P<date>[^()]*\d{4}[a-z]?)\)")


def _cs1_people(cite: HtmlElement) -> list[dict[str, str]]:
    """The authors a CS1 citation prints before its date: "Kang, Li; Sorokin, Pavel (2019)"."""
    match = _CS1_PEOPLE.match(_text(cite))
    if not match or "et al" in match["names"]:
        return []
    names = [name.strip() for name in match["names"].split(";")]
    if not all("," in name for name in names):
        return []  # an organisation ("Russian Helicopters"), left to the COinS
    return [_person(name) for name in names]


def _person(name: str) -> dict[str, str]:
    """'Family, Given' or 'Given Family'; a single word (an organisation) stays whole."""
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return {"family": family, "given": given} if given else {"literal": family}
    words = name.split()
    if len(words) < 2:
        return {"literal": name}
    return {"family": words[-1], "given": " ".join(words[:-1])}
