"""Bibliography formats from CSL-JSON items: BibTeX, BibLaTeX, CSL-JSON, RIS, pandoc keys.

BibTeX and BibLaTeX are written with bibtexparser 2. Field text is escaped for LaTeX (`& % $ #
_ { } ~ ^ \\`), capitalised words in titles are braced so styles that change case keep them,
organisations are braced as single names, and URLs are left verbatim. Text is UTF-8 unless
`ascii` asks for LaTeX escapes of non-ASCII characters.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from ..csl import iso_date

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from bibtexparser.model import Field


# BibTeX's month macros (`month = apr`), as its styles and Better BibTeX write them: biber reads
# a month written as text as a legacy field.
MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}  # fmt: skip
_BIBTEX_TYPES = {
    "article-journal": "article", "article-newspaper": "article", "article-magazine": "article",
    "chapter": "incollection", "book": "book", "report": "techreport",
}  # fmt: skip
_BIBLATEX_TYPES = _BIBTEX_TYPES | {"report": "report", "webpage": "online", "post-weblog": "online"}
_RIS_TYPES = {
    "article-journal": "JOUR", "article-newspaper": "NEWS", "article-magazine": "MGZN",
    "chapter": "CHAP", "book": "BOOK", "report": "RPRT", "webpage": "ELEC", "post-weblog": "BLOG",
    "document": "GOVDOC", "treaty": "GOVDOC", "legislation": "GOVDOC", "speech": "GEN",
}  # fmt: skip


def render_bibliography(
    records: Sequence[dict], fmt: str, stream: TextIO, ascii_only: bool = False
) -> None:
    """Write works (records with a "csl" item and optional "cited_in") in a format."""
    if fmt == "keys":
        stream.write(pandoc_citation([record["csl"]["id"] for record in records]) + "\n")
    elif fmt == "csl-json":
        items = [_with_marks(record) for record in records]
        stream.write(json.dumps(items, ensure_ascii=ascii_only, indent=2) + "\n")
    elif fmt == "ris":
        stream.write("".join(_ris(record) for record in records))
    else:
        stream.write(bibtex(records, biblatex=fmt == "biblatex", ascii_only=ascii_only))


def _with_marks(record: dict) -> dict:
    """The CSL item as exported, with the user's tags as `keyword` and note as `note` (as
    Zotero's CSL-JSON carries them)."""
    item = as_exported(record["csl"], bool(record.get("et_al")))
    if record.get("tags"):
        item["keyword"] = ", ".join(record["tags"])
    if record.get("note"):
        item["note"] = record["note"]
    return item


def as_exported(item: dict, et_al: bool = False) -> dict:
    """The item as every export and `quote` cite it, so that BibTeX, BibLaTeX, CSL-JSON and RIS
    give the same citation: an unsigned work is listed under its periodical or publisher (as
    Chicago author-date lists unsigned articles), and a citation's "et al." is a last name
    `others` (BibTeX's `and others`, which pandoc reads as that name and prints as et al.)."""
    exported = dict(item)
    if not item.get("author") and not item.get("editor") and _corporate(item):
        exported["author"] = _corporate(item)
    if et_al:
        role = "author" if exported.get("author") else "editor"
        exported[role] = [*exported[role], {"literal": "others"}]
    return exported


def _cited_in(record: dict) -> str:
    notes = record.get("cited_in") or []
    if not notes:
        return "a source document"
    by_source: dict[str, list[str]] = {}
    for note in notes:
        by_source.setdefault(note["source"], []).append(str(note["n"]))
    return "; ".join(
        f"{source} note{'s' if len(ns) > 1 else ''} {', '.join(ns)}"
        for source, ns in by_source.items()
    )


# BibTeX and BibLaTeX ---------------------------------------------------------------------


def escape(text: str) -> str:
    """LaTeX-escape the characters BibTeX and LaTeX would read as markup."""
    return "".join(_LATEX_SPECIALS.get(char, char) for char in text)


def protect_title(title: str) -> str:
    """Escape, and brace words whose capitals must survive a style's change of case."""
    words = title.split(" ")
    protected = []
    for index, word in enumerate(words):
        escaped = escape(word)
        capitals = sum(1 for char in word if char.isupper())
        starts_title = index == 0 and capitals == 1 and word[:1].isupper()
        protected.append(f"{{{escaped}}}" if capitals and not starts_title else escaped)
    return " ".join(protected)


def names(creators: Sequence[dict]) -> str:
    """'Family, Given and …'; organisations braced whole; et al. as BibTeX's `others`."""
    parts = []
    for creator in creators:
        if creator == {"literal": "others"}:
            parts.append("others")
        elif "literal" in creator:
            parts.append("{" + escape(creator["literal"]) + "}")
        elif "given" in creator:
            parts.append(f"{escape(creator['family'])}, {escape(creator['given'])}")
        else:
            parts.append(escape(creator["family"]))
    return " and ".join(parts)


def _date_parts(item: dict, key: str = "issued") -> list[int]:
    return (item.get(key) or {"date-parts": [[]]})["date-parts"][0]


def bibtex_fields(item: dict, biblatex: bool, et_al: bool = False) -> tuple[str, list]:
    """(entry type, [(field, value)]) for one CSL item.

    Entries are shaped so that BibTeX's standard styles and biber's data model accept them:
    creators as every export lists them (`as_exported`), an edited book is a BibLaTeX collection,
    an undated article a BibTeX misc (and a BibLaTeX entry with no date, which biblatex prints
    as n.d.), and fields a type does not allow go into `note`.
    """
    kind = item["type"]
    entry_type = (_BIBLATEX_TYPES if biblatex else _BIBTEX_TYPES).get(kind, "misc")
    container = item.get("container-title")
    publisher = item.get("publisher")
    issued = _date_parts(item)
    if entry_type == "book" and biblatex and not item.get("author"):
        entry_type = "collection"
    if entry_type == "online" and not item.get("URL"):
        entry_type = "misc"
    if entry_type in ("article", "incollection") and not container:
        entry_type = "misc"  # an added source's agency story: no periodical or book to name
    if entry_type == "article" and not issued and not biblatex:
        entry_type = "misc"
    notes = [item["note"]] if item.get("note") else []
    fields: list[tuple[str, str]] = []
    add = fields.append
    listed = as_exported(item, et_al)
    for role in ("author", "editor"):
        if listed.get(role):
            add((role, names(listed[role])))
    add(("title", protect_title(item["title"])))
    if biblatex and item.get("original-title"):
        add(("origtitle", escape(item["original-title"])))
    if entry_type == "article":
        add(("journaltitle" if biblatex else "journal", protect_title(container)))
        if biblatex and kind in ("article-newspaper", "article-magazine"):
            add(("entrysubtype", kind.removeprefix("article-")))
        if publisher and publisher != container:
            notes.append(publisher)
    elif entry_type == "incollection":
        add(("booktitle", protect_title(container)))
        if publisher:
            add(("publisher", escape(publisher)))
    elif entry_type in ("techreport", "report"):
        institution = publisher or _literal_author(item)
        if institution:
            add(("institution", escape(institution)))
        if item.get("genre") or biblatex:
            add(("type", escape(item.get("genre", "Report"))))
        if item.get("collection-title"):
            notes.append(item["collection-title"])
        if item.get("number"):
            add(("number", escape(item["number"])))
        if item.get("ISBN"):
            notes.append(f"ISBN {item['ISBN']}")
    elif entry_type == "online":
        if publisher or container:
            add(("organization", escape(publisher or container)))
        if publisher and container:
            notes.append(container)
        if item.get("genre"):
            notes.append(item["genre"])
    elif entry_type in ("book", "collection"):
        if publisher:
            add(("publisher", escape(publisher)))
        if item.get("ISBN"):
            add(("isbn", item["ISBN"]))
    else:
        published = ", ".join(part for part in (container, publisher) if part)
        if published:
            add(("howpublished", escape(published)))
        if item.get("genre"):
            add(("type", escape(item["genre"])))
    if item.get("publisher-place"):
        add(("location" if biblatex else "address", escape(item["publisher-place"])))
    for csl_key, bib_key in (("edition", "edition"), ("volume", "volume"), ("issue", "number")):
        if item.get(csl_key):
            add((bib_key, escape(str(item[csl_key]))))
    if item.get("page"):
        add(("pages", item["page"].replace("-", "--")))
    if biblatex and issued:
        add(("date", iso_date(issued)))
    elif issued:
        add(("year", str(issued[0])))
        if len(issued) > 1:
            add(("month", MONTH_MACROS[issued[1] - 1]))
    if item.get("status"):
        if biblatex:
            add(("pubstate", "prepublished"))
        else:
            notes.append("Ahead of print")
    if item.get("DOI"):
        add(("doi", item["DOI"]))
    if item.get("URL"):
        add(("url", item["URL"]))
    accessed = _date_parts(item, "accessed")
    if accessed:
        add(("urldate", iso_date(accessed)))
    if notes:
        add(("note", escape(". ".join(notes))))
    return entry_type, fields


def _corporate(item: dict) -> list[dict]:
    """The periodical or publisher an unsigned item is listed under."""
    name = item.get("container-title") or item.get("publisher")
    return [{"literal": name}] if name else []


def _literal_author(item: dict) -> str | None:
    authors = item.get("author") or []
    return authors[0].get("literal") if len(authors) == 1 else None


def bibtex(records: Sequence[dict], biblatex: bool, ascii_only: bool = False) -> str:
    """A .bib file for the records, written by bibtexparser 2."""
    import bibtexparser
    from bibtexparser.library import Library
    from bibtexparser.middlewares.parsestack import default_unparse_stack
    from bibtexparser.model import Entry, ExplicitComment

    encode: Callable[[str], str] = _latex_ascii if ascii_only else (lambda text: text)
    library = Library()
    for record in records:
        item = record["csl"]
        entry_type, fields = bibtex_fields(item, biblatex, bool(record.get("et_al")))
        library.add(ExplicitComment(f"{item['id']}: cited in {_cited_in(record)}"))
        library.add(
            Entry(
                entry_type,
                item["id"],
                [_field(key, value, encode) for key, value in fields],
            )
        )
    # The library is this function's own: its blocks are enclosed in place, not deep-copied
    # first (most of writing a large bibliography).
    return bibtexparser.write_string(
        library, unparse_stack=default_unparse_stack(allow_inplace_modification=True)
    )


def _field(key: str, value: str, encode: Callable[[str], str]) -> Field:
    """A field as written: a month is a macro, unbraced; a URL or DOI verbatim; the rest
    encoded."""
    from bibtexparser.model import Field

    if key == "month":
        return Field(key, value, enclosing="no-enclosing")
    return Field(key, value if key in ("url", "doi") else encode(value))


def _latex_ascii(text: str) -> str:
    from pylatexenc.latexencode import unicode_to_latex

    return unicode_to_latex(text, non_ascii_only=True, unknown_char_policy="keep")


# RIS -------------------------------------------------------------------------------------


def _ris(record: dict) -> str:
    item = as_exported(record["csl"], bool(record.get("et_al")))
    lines = [("TY", _RIS_TYPES.get(item["type"], "GEN")), ("ID", item["id"])]
    for creator in item.get("author", []):
        lines.append(("AU", _ris_name(creator)))
    for creator in item.get("editor", []):
        lines.append(("ED", _ris_name(creator)))
    lines.append(("TI", item["title"]))
    if item.get("container-title"):
        lines.append(("JO" if item["type"] == "article-journal" else "T2", item["container-title"]))
    issued = _date_parts(item)
    if issued:
        lines.append(("PY", str(issued[0])))
        lines.append(("DA", "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(issued))))
    for csl_key, ris_key in (("volume", "VL"), ("issue", "IS"), ("publisher", "PB"),
                             ("publisher-place", "CY"), ("ISBN", "SN"), ("DOI", "DO"),
                             ("URL", "UR"),
                             ("language", "LA"), ("original-title", "OP"), ("genre", "M3"),
                             ("note", "N1")):  # fmt: skip
        if item.get(csl_key):
            lines.append((ris_key, str(item[csl_key])))
    if item.get("page"):
        first, _, last = item["page"].partition("-")
        lines += [("SP", first)] + ([("EP", last)] if last else [])
    accessed = _date_parts(item, "accessed")
    if accessed:
        lines.append(("Y2", iso_date(accessed)))
    lines.append(("N1", f"Cited in {_cited_in(record)}"))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {value}".rstrip() + "\n" for tag, value in lines) + "\n"


def _ris_name(creator: dict) -> str:
    if "literal" in creator:
        return creator["literal"]
    return ", ".join(part for part in (creator.get("family"), creator.get("given")) if part)


def pandoc_citation(keys: Sequence[str]) -> str:
    """A pandoc citation of several works: [@a; @b]."""
    return "[" + "; ".join(f"@{key}" for key in keys) + "]"
