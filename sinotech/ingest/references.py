"""Reference entries → citations → CSL-JSON items, read as a careful bibliographer reads them.

An entry cites one or more works, separated by `;` (or joined by "For other examples, see").
Each citation is parsed by the shape of the report's style:

    Authors, 'Title', *Container*, 14 (3) (2021), pp. 447-479 <<URL>>
    Authors, 'Title', in Editors (eds.), *Book* (Place: Publisher, Year), pp. 41-66
    Authors, *Book* (Place: Publisher, Year)
    Authors, 'Title', [genre,] Publisher, Month D YYYY[, p. 8] <<URL>>

A page range that spans an article or chapter is the work's `page`; a pinpoint is the
citation's locator; where the two cannot be told apart the pages stay a locator.
What rules cannot know (name order, organisation bylines, misprints) is in `curation.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .curation import (
    BLOGS,
    ERRATA,
    FAMILY_NAME_FIRST,
    NEWSPAPERS,
    ORGANISATION_ALIASES,
    ORGANISATION_WORDS,
    PAGE_ADDRESSES,
    POST_ADDRESSES,
    SERIES,
)

Item = dict[str, object]

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        1,
    )
    for name in names
}  # fmt: skip
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DATE = re.compile(
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\s+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>\d{{4}})"
    rf"|\(?(?P<y4>(?:19|20)\d{{2}})\)?)$"
)
_URL = re.compile(r"[\s|]*<<?\s*(?P<url>[^<>\s]+)\s*>>?[\s.]*$")
_PREFIX = re.compile(r"^(?:See, for example,?|For other examples, see)\s*")
_TITLE_START = re.compile(r"(?:^|(?<=\s))['\"‘“]")
_TITLE_END = re.compile(r"['\"’”](?=\s*[,;]|\s*$|\s+[*(<\[A-Z]|\s+[\u3400-\u9fff])")
_CJK_RUN = re.compile(r"^([\u3400-\u9fff][\u3400-\u9fff\s]*)")
_CHAPTER = re.compile(
    r"^in\s+(?P<editors>.+?),?\s*\((?P<role>eds?)\.\),?\s*\*(?P<book>[^*]+)\*(?P<tail>.*)$"
)
_PUBLICATION = re.compile(
    r"\(\s*(?:(?P<place>[^:()]+):\s*)?(?P<publisher>[^,()]+)"
    r"(?:,\s*(?P<edition>\d+)(?:st|nd|rd|th)\s+ed\.)?,\s*(?P<year>\d{4})\s*\)"
)
_PAGES = re.compile(
    r"(?:,\s*|\s+)(?P<pages>pp?\.\s*\d+(?:\s*[-–]\s*\d+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*"
    r"(?:,\s*table\s+\d+)?)"
)
_VOLUME = re.compile(
    r"(?:^|,\s*)(?P<volume>\d+|volume ahead of print)\s*(?:\((?P<issue>\d+)\)\s*)?"
    r"\((?P<year>\d{4})\)"
)
_ACCESSED = re.compile(rf"(?:^|,\s*)accessed\s+(?P<date>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})")
_GENRES = ("research paper", "research report", "report", "media release", "fact sheet",
           "testimony")  # fmt: skip
_RESEARCH = re.compile(r"Institute|Studies|Centre|Center|Foundation|Corporation|Chatham")
_PARTICLES = frozenset({"van", "der", "de", "von", "da", "del", "la", "le", "di"})
_PAGE_RANGE = re.compile(r"^pp\.\s*(?P<first>\d+)\s*[-–]\s*(?P<last>\d+)$")
# A printed range at least this long is an article's or chapter's own extent, not a pinpoint.
_MIN_EXTENT = 5


@dataclass
class Citation:
    """One cited work in one footnote: the verbatim text, the locator, the parsed item."""

    source: str
    n: int
    position: int
    raw: str
    item: Item
    locator: str | None = None
    prefix: str | None = None
    et_al: bool = False
    notes: list[str] = field(default_factory=list)


def corrected(n: int, text: str) -> tuple[str, list[tuple[str, str]]]:
    """The entry with its known misprints corrected, and (printed text, explanation) pairs."""
    reasons = []
    for note, printed, correction, why in ERRATA:
        if note == n:
            if printed not in text:
                raise ValueError(f"erratum for note {n} does not apply: {printed!r}")
            text = text.replace(printed, correction)
            reasons.append((printed, f"{printed} → {correction} ({why})"))
    return text, reasons


def split_citations(entry: str) -> list[str]:
    """The entry's citations, verbatim: split at `;` outside brackets and at 'For other
    examples, see'."""
    pieces: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(entry):
        if char in "<(":
            depth += 1
        elif char in ">)":
            depth = max(depth - 1, 0)
        elif char == ";" and depth == 0:
            pieces.append(entry[start:index])
            start = index + 1
    pieces.append(entry[start:])
    result = []
    for piece in pieces:
        parts = re.split(r"(?<=\.)\s+(?=For other examples, see )", piece.strip())
        result.extend(part.strip() for part in parts if part.strip())
    return result


def parse_references(source: str, entries: dict[int, str]) -> list[Citation]:
    """Every citation of a document's reference list, entry by entry in order."""
    citations: list[Citation] = []
    for n in sorted(entries):
        citations.extend(parse_entry(source, n, entries[n], citations))
    return citations


def parse_entry(source: str, n: int, entry: str, previous: list[Citation]) -> list[Citation]:
    """All citations of reference entry n (`previous`: the entries before, for Ibid)."""
    text, reasons = corrected(n, entry)
    raws = split_citations(entry)
    fixed = split_citations(text)
    if len(raws) != len(fixed):
        raise ValueError(f"an erratum changed how note {n} splits")
    citations: list[Citation] = []
    for position, (raw, piece) in enumerate(zip(raws, fixed, strict=True), 1):
        before = citations[-1] if citations else (previous[-1] if previous else None)
        citation = parse_citation(source, n, position, raw, piece, before)
        if citation is not None:
            citation.notes.extend(why for printed, why in reasons if printed in raw)
            citations.append(citation)
    return citations


# A DOI a publisher prints in its article's address: tandfonline.com/doi/full/10.…,
# doi.org/10.…, link.springer.com/article/10.…
_DOI_IN_URL = re.compile(
    r"(?:doi\.org|/doi(?:/[a-z]+)?|/(?:article|chapter|book))/(?P<doi>10\.\d{4,9}/[^?#\s]+)",
    re.IGNORECASE,
)


def doi_in_url(url: str) -> str | None:
    """The DOI an article's address holds, if it holds one."""
    match = _DOI_IN_URL.search(re.sub(r"%2[Ff]", "/", url))
    return match["doi"].rstrip("/") if match else None


def parse_citation(
    source: str, n: int, position: int, raw: str, piece: str, before: Citation | None
) -> Citation | None:
    """One citation; None for a note that cites no work (a gloss, as note 75)."""
    text = piece.replace("\\$", "$").strip()
    prefix_match = _PREFIX.match(text)
    prefix = prefix_match.group().strip() if prefix_match else None
    text = text[prefix_match.end() :] if prefix_match else text
    item: Item = {}
    url = _URL.search(text)
    if url:
        item["URL"] = _absolute(url["url"])
        doi = doi_in_url(item["URL"])
        if doi:
            item["DOI"] = doi
        text = text[: url.start()]
    text = text.strip().rstrip(".,").strip()
    if text.startswith("Ibid"):
        if before is None:
            raise ValueError(f"note {n}: Ibid with nothing before it")
        item["author"] = before.item.get("author", [])
        text = text[len("Ibid") :].lstrip(" ,")
    authors, title, rest = _split_title(text)
    if title is None:
        return None
    citation = Citation(source, n, position, raw.strip(), item, prefix=prefix)
    if "author" not in item:
        people, citation.et_al, editors_only = _names(authors)
        if people:
            item["editor" if editors_only else "author"] = people
    title, original_title, gloss = _title_parts(title, rest)
    item["title"] = title
    if original_title:
        item["original-title"] = original_title
        item["language"] = "zh"
        rest = rest[len(original_title) :].strip()
        if gloss:
            item["note"] = f"Translated title: {gloss}"
            rest = rest[rest.index(")") + 1 :]
    _parse_rest(item, rest.strip().lstrip(",").strip(), citation)
    item["type"] = _type(item, title_italic=authors is not None and _italic_title(text))
    _settle_pages(item, citation)
    if not item.get("author") and not item.get("editor") and _is_own_page(item):
        item["author"] = [{"literal": item["publisher"]}]
    return citation


def _absolute(url: str) -> str:
    return url if re.match(r"^[a-z]+://", url) else f"https://{url}"


def _italic_title(text: str) -> bool:
    return not _TITLE_START.search(text) and "*" in text


def _split_title(text: str) -> tuple[str | None, str | None, str]:
    """(authors, title, rest): the title is the first quoted span, or else the first italic."""
    start = _TITLE_START.search(text)
    if start:
        end = _TITLE_END.search(text, start.end())
        if end is None:
            raise ValueError(f"unterminated title in {text!r}")
        title = text[start.end() : end.start()].strip().rstrip(",").strip()
        if start.group() == '"' and end.group() == "'":
            title = '"' + title  # the title opens with a quotation of its own
        title = re.sub(r"\s+:", ":", title)
        return text[: start.start()].strip().rstrip(","), title, text[end.end() :]
    italic = re.search(r"\*([^*]+)\*", text)
    if italic:
        return text[: italic.start()].strip().rstrip(","), italic[1].strip(), text[italic.end() :]
    return None, None, text


def _title_parts(title: str, rest: str) -> tuple[str, str | None, str | None]:
    """A pinyin title may be followed by its Chinese characters and an English gloss."""
    cjk = _CJK_RUN.match(rest.strip())
    if not cjk:
        return title, None, None
    original = cjk[1].strip()
    after = rest.strip()[len(cjk[1]) :].strip()
    gloss = re.match(r"^\((?P<gloss>[^)]+)\)", after)
    return title, original, gloss["gloss"] if gloss else None


def _names(text: str | None) -> tuple[list[dict[str, str]], bool, bool]:
    """(names, et al., editors only) from a byline such as 'A, B and C (eds.)'."""
    if not text:
        return [], False, False
    editors_only = bool(re.search(r"\(eds?\.\)\s*$", text))
    text = re.sub(r",?\s*\(eds?\.\)\s*$", "", text)
    et_al = bool(re.search(r"\bet al\.?", text))
    text = re.sub(r",?\s*\bet al\.?", "", text).strip(" ,")
    parts = re.split(r",\s*(?:and\s+)?|\s+[Aa]nd\s+", text)
    return [name_of(part.strip()) for part in parts if part.strip()], et_al, editors_only


def name_of(name: str) -> dict[str, str]:
    """A CSL name: {"literal"} for an organisation, else {"family", "given"}."""
    name = re.sub(r"^(?:Dr|Prof)\.?\s+", "", name)
    name = ORGANISATION_ALIASES.get(name, name)
    words = name.split()
    if any(word in name for word in ORGANISATION_WORDS) or len(words) > 4:
        return {"literal": name}
    if len(words) == 1:
        return {"family": name}
    if name in FAMILY_NAME_FIRST:
        return {"family": words[0], "given": " ".join(words[1:])}
    split = len(words) - 1
    while split > 1 and words[split - 1].lower() in _PARTICLES:
        split -= 1
    return {"family": " ".join(words[split:]), "given": " ".join(words[:split])}


def _date_parts(text: str) -> list[int] | None:
    match = _DATE.match(text.strip())
    if not match:
        return None
    groups = match.groupdict()
    year = int(next(groups[k] for k in ("y1", "y2", "y3", "y4") if groups[k]))
    month_name = groups["m1"] or groups["m2"] or groups["m3"]
    day = groups["d1"] or groups["d2"]
    parts = [year]
    if month_name:
        parts.append(MONTHS[month_name.lower()])
        if day:
            parts.append(int(day))
    return parts


def _parse_rest(item: Item, rest: str, citation: Citation) -> None:
    """Container, volume, pages, publisher, dates and genre after the title."""
    chapter = _CHAPTER.match(rest)
    if chapter:
        item["editor"] = _names(chapter["editors"])[0]
        item["container-title"] = chapter["book"].strip()
        rest = chapter["tail"]
        item["_chapter"] = True
    publication = _PUBLICATION.search(rest)
    if publication:
        if publication["place"]:
            item["publisher-place"] = publication["place"].strip()
        item["publisher"] = publication["publisher"].strip()
        if publication["edition"]:
            item["edition"] = publication["edition"]
        item["issued"] = {"date-parts": [[int(publication["year"])]]}
        rest = rest[: publication.start()] + rest[publication.end() :]
    pages = _PAGES.search(rest)
    if pages:
        citation.locator = re.sub(r"\s+", " ", pages["pages"])
        rest = rest[: pages.start()] + rest[pages.end() :]
    volume = _VOLUME.search(rest)
    if volume:
        if volume["volume"].isdigit():
            item["volume"] = volume["volume"]
        else:
            item["status"] = "ahead of print"
        if volume["issue"]:
            item["issue"] = volume["issue"]
        item["issued"] = {"date-parts": [[int(volume["year"])]]}
        rest = rest[: volume.start()] + rest[volume.end() :]
    accessed = _ACCESSED.search(rest)
    if accessed:
        item["accessed"] = {"date-parts": [_date_parts(accessed["date"])]}
        rest = rest[: accessed.start()] + rest[accessed.end() :]
    rest = re.sub(rf"({_MONTH}\s+\d{{1,2}}),\s+(\d{{4}})", r"\1 \2", rest)
    publishers: list[str] = []
    for segment in _segments(rest):
        date = _date_parts(segment)
        if date:
            item["issued"] = {"date-parts": [date]}
        elif segment.startswith("*") and segment.endswith("*"):
            item.setdefault("container-title", segment.strip("*").strip())
        elif segment.lower().startswith(_GENRES):
            item["genre"] = segment
        else:
            whole = re.fullmatch(r"\((?P<name>[^()]+)\)", segment)
            publishers.append(whole["name"] if whole else segment)
    if publishers:
        name = ", ".join(publishers)
        item["publisher"] = ORGANISATION_ALIASES.get(name, name)


def _segments(rest: str) -> list[str]:
    """Comma-separated segments, keeping italics and parentheses whole."""
    segments: list[str] = []
    current = ""
    depth = 0
    italic = False
    for char in rest:
        if char == "*":
            italic = not italic
        elif char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        if char == "," and depth == 0 and not italic:
            segments.append(current)
            current = ""
        else:
            current += char
    segments.append(current)
    return [segment.strip(" .") for segment in segments if segment.strip(" .")]


def _type(item: Item, title_italic: bool) -> str:
    """The CSL item type, by the shape of the citation."""
    title = str(item["title"]).lower()
    container = item.get("container-title")
    genre = str(item.get("genre", "")).lower()
    if item.pop("_chapter", False):
        return "chapter"
    if title_italic:
        return "book" if "publisher-place" in item else "report"
    if "volume" in item or "status" in item:
        return "article-journal"
    if container in SERIES:
        item["collection-title"] = item.pop("container-title")
        return "report"
    if container:
        if container in NEWSPAPERS:
            return "article-newspaper"
        return "post-weblog" if container in BLOGS else "article-magazine"
    if title.startswith(("speech", "remarks")) or genre.startswith("testimony"):
        return "speech"
    if title.startswith(("executive order", "on signing the agreement", "joint statement")):
        # Signed texts, cited by their signatory: CSL's legislation and treaty types are cited
        # by title, which no BibTeX type can say, so the exports would disagree.
        return "document"
    if genre in ("media release", "fact sheet") or PAGE_ADDRESSES.search(str(item.get("URL"))):
        return "webpage"
    if not genre and POST_ADDRESSES.search(str(item.get("URL"))):
        return "post-weblog"
    if not item.get("publisher") and not genre and _organisation_author(item):
        return "webpage"
    if _is_own_page(item) and not genre and not _RESEARCH.search(str(item["publisher"])):
        return "webpage"
    return "report"


def _organisation_author(item: Item) -> bool:
    authors = item.get("author") or []
    return len(authors) == 1 and "literal" in authors[0]


def _is_own_page(item: Item) -> bool:
    """Unsigned, and published by an organisation rather than in a periodical: the
    organisation is the author (Rostec's and Huawei's news, IISS papers)."""
    publisher = item.get("publisher")
    return bool(
        publisher
        and not item.get("author")
        and not item.get("container-title")
        and "publisher-place" not in item
    )


def _settle_pages(item: Item, citation: Citation) -> None:
    """An article's or chapter's full extent is the work's page; anything else a locator."""
    if citation.locator is None or item["type"] not in ("article-journal", "chapter"):
        return
    extent = _PAGE_RANGE.match(citation.locator)
    if extent and int(extent["last"]) - int(extent["first"]) >= _MIN_EXTENT:
        item["page"] = f"{extent['first']}-{extent['last']}"
        citation.locator = None
