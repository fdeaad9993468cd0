"""Bibliography files: BibTeX/BibLaTeX (bibtexparser 2), CSL-JSON, RIS (rispy).

Their works join the bibliography as CSL-JSON items under the file's own keys, so a draft that
cites them resolves; they add no claims.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from ...errors import InputError
from ..builder import DocumentBuilder
from ..references import MONTHS

if TYPE_CHECKING:
    from pathlib import Path

    from ..references import Item

_BIBTEX_TYPES = {
    "article": "article-journal",
    "book": "book",
    "mvbook": "book",
    "inbook": "chapter",
    "incollection": "chapter",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "proceedings": "book",
    "collection": "book",
    "techreport": "report",
    "report": "report",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "manual": "report",
    "unpublished": "manuscript",
    "misc": "document",
}
_BIBTEX_FIELDS = {
    "title": "title",
    "journal": "container-title",
    "journaltitle": "container-title",
    "booktitle": "container-title",
    "publisher": "publisher",
    "institution": "publisher",
    "school": "publisher",
    "organization": "publisher",
    "address": "publisher-place",
    "location": "publisher-place",
    "volume": "volume",
    "number": "issue",
    "issue": "issue",
    "pages": "page",
    "doi": "DOI",
    "url": "URL",
    "isbn": "ISBN",
    "issn": "ISSN",
    "edition": "edition",
    "series": "collection-title",
    "type": "genre",
    "note": "note",
    "abstract": "abstract",
    "language": "language",
}
_RIS_TYPES = {
    "JOUR": "article-journal",
    "JFULL": "article-journal",
    "MGZN": "article-magazine",
    "NEWS": "article-newspaper",
    "BOOK": "book",
    "EBOOK": "book",
    "CHAP": "chapter",
    "ECHAP": "chapter",
    "CONF": "paper-conference",
    "CPAPER": "paper-conference",
    "RPRT": "report",
    "THES": "thesis",
    "ELEC": "webpage",
    "WEB": "webpage",
    "BLOG": "post-weblog",
    "BILL": "bill",
    "STAT": "legislation",
    "GOVDOC": "report",
}
_RIS_FIELDS = {
    "title": "title",
    "primary_title": "title",
    "secondary_title": "container-title",
    "journal_name": "container-title",
    "alternate_title3": "container-title",
    "publisher": "publisher",
    "place_published": "publisher-place",
    "volume": "volume",
    "number": "issue",
    "doi": "DOI",
    "url": "URL",
    "issn": "ISSN",
    "edition": "edition",
}


def read(path: Path) -> DocumentBuilder:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path.name}: not UTF-8 text") from None
    suffix = path.suffix.lower()
    skipped = 0
    if suffix == ".bib":
        items, skipped = _bibtex(text)
    elif suffix == ".ris":
        items = _ris(text)
    else:
        items = _csl_json(text, path.name)
    if not items:
        raise InputError(f"{path.name}: no bibliography entries found")
    builder = DocumentBuilder()
    builder.works = items
    builder.metadata.title = path.stem
    if skipped:
        builder.warn(f"{skipped} entries could not be read and were left out")
    return builder


def _latex_text(value: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text

    return " ".join(LatexNodes2Text().latex_to_text(value).split())


def _bibtex(text: str) -> tuple[list[Item], int]:
    """The entries as CSL-JSON, and how many blocks could not be parsed (bibtexparser logs
    each one; the count is reported instead, as one warning)."""
    import logging

    import bibtexparser
    from bibtexparser.middlewares import names

    logger = logging.getLogger("bibtexparser")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        library = bibtexparser.parse_string(text, append_middleware=[names.SeparateCoAuthors()])
    finally:
        logger.setLevel(level)
    items = []
    for entry in library.entries:
        fields = {field.key.lower(): field.value for field in entry.fields}
        if not fields.get("title"):
            continue
        item: Item = {
            "id": entry.key,
            "type": _BIBTEX_TYPES.get(entry.entry_type.lower(), "document"),
        }
        for role in ("author", "editor"):
            if isinstance(fields.get(role), list):
                item[role] = [_bibtex_name(name) for name in fields[role]]
        for key, csl in _BIBTEX_FIELDS.items():
            if isinstance(fields.get(key), str) and fields[key].strip():
                item.setdefault(csl, _latex_text(fields[key]))
        if "page" in item:
            item["page"] = str(item["page"]).replace("–", "-")
        date = _date_parts(str(fields.get("date", "")), str(fields.get("year", "")),
                           str(fields.get("month", "")))  # fmt: skip
        if date:
            item["issued"] = {"date-parts": [date]}
        urldate = _date_parts(str(fields.get("urldate", "")), "", "")
        if urldate:
            item["accessed"] = {"date-parts": [urldate]}
        items.append(item)
    return items, len(library.failed_blocks)


def _bibtex_name(name: str) -> dict[str, str]:
    from bibtexparser.middlewares.names import InvalidNameError, parse_single_name_into_parts

    stripped = name.strip()
    if stripped.startswith("{") and stripped.endswith("}"):
        return {"literal": _latex_text(stripped[1:-1])}
    try:
        parts = parse_single_name_into_parts(stripped, strict=False)
    except InvalidNameError:
        return {"literal": _latex_text(stripped)}
    family = " ".join([*parts.von, *parts.last])
    result = {"family": _latex_text(family)}
    if parts.first:
        result["given"] = _latex_text(" ".join(parts.first))
    if parts.jr:
        result["suffix"] = _latex_text(" ".join(parts.jr))
    return result


def _date_parts(date: str, year: str, month: str) -> list[int] | None:
    """From biblatex's ISO `date`, or BibTeX's year and month (a number or jan … dec)."""
    iso = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date.strip())
    if iso:
        return [int(part) for part in iso.groups() if part]
    if not re.fullmatch(r"\d{4}", year.strip()):
        return None
    parts = [int(year)]
    month = month.strip().lower()[:3]
    if month.isdigit() and 1 <= int(month) <= 12:
        parts.append(int(month))
    elif month in MONTHS:
        parts.append(MONTHS[month])
    return parts


def _ris(text: str) -> list[Item]:
    import rispy

    try:
        entries = rispy.loads(text)
    except Exception as error:  # rispy raises bare IOError/ValueError on malformed records
        raise InputError(f"not a readable RIS file: {error}") from None
    items = []
    for position, entry in enumerate(entries, 1):
        item: Item = {"type": _RIS_TYPES.get(entry.get("type_of_reference", ""), "document")}
        for key, csl in _RIS_FIELDS.items():
            value = entry.get(key)
            if isinstance(value, list):
                value = value[0] if value else None
            if value:
                item.setdefault(csl, str(value).strip())
        if "title" not in item:
            continue
        item["id"] = entry.get("id") or f"ris{position}"
        authors = entry.get("authors") or entry.get("first_authors") or []
        if authors:
            item["author"] = [_ris_name(name) for name in authors]
        if entry.get("start_page"):
            item["page"] = "-".join(p for p in (entry["start_page"], entry.get("end_page")) if p)
        date = str(entry.get("date") or entry.get("publication_year") or entry.get("year") or "")
        parts = [int(part) for part in re.findall(r"\d+", date)[:3] if part]
        if parts and len(str(parts[0])) == 4:
            item["issued"] = {"date-parts": [parts]}
        items.append(item)
    return items


def _ris_name(name: str) -> dict[str, str]:
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return {"family": family, "given": given} if given else {"family": family}
    return {"literal": name.strip()}


def _csl_json(text: str, name: str) -> list[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{name}: not valid JSON (line {error.lineno}: {error.msg})") from None
    if isinstance(data, dict):
        data = data.get("items", [data])
    if not isinstance(data, list):
        raise InputError(f"{name}: not CSL-JSON (expected a list of items)")
    items = []
    for position, entry in enumerate(data, 1):
        if not isinstance(entry, dict) or not entry.get("title") or not entry.get("type"):
            raise InputError(f"{name}: item {position} is not a CSL-JSON item (needs type, title)")
        items.append({**entry, "id": str(entry.get("id") or f"item{position}")})
    return items
