"""The bibliography: every cited work once, with a citation key, as CSL-JSON.

Citations of the same work (a different page, a typo in the title, a subtitle left off, 'IISS'
for the institute's full name) are recognised as one work by their first creator and title. Keys
follow Zotero Better BibTeX's default `auth.lower + shorttitle(3,3) + year`, folded to ASCII and
made unique case-insensitively by a, b, … in order of first citation, so they are stable.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .ingest.curation import ENRICHMENT
from .ingest.references import Item, name_of

if TYPE_CHECKING:
    from .ingest import Document
    from .ingest.references import Citation
    from .sources import Source

# Better BibTeX's default skip words for the short title.
SKIP_WORDS = frozenset(
    "a ab aboard about above across after against al along amid among an and anti around as at "
    "before behind below beneath beside besides between beyond but by d da das de del dell dello "
    "dei degli della delle dem den der des despite die do down du during ein eine einem einen "
    "einer eines el en et except for from gli i il in inside into is l la las le les like lo los "
    "near nor of off on onto or over past per plus round save since so some sur than the through "
    "to toward towards un una unas under underneath une unlike uno unos until up upon versus via "
    "von while with within without yet zu zum".split()
)


# Letters NFKD does not decompose, as fold-to-ascii (Better BibTeX's folding) writes them.
_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o",
                          "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                          "þ": "th", "Þ": "TH", "ı": "i"})  # fmt: skip
# Better BibTeX's `citekeyUnsafeChars` default, removed from the finished key with whitespace.
_UNSAFE = re.compile(r"[\\\"#%'(),={}~\s]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
# What its `nopunct` removes from a title word: dashes (Pd) and the punctuation classes Pe, Pf,
# Pi, Po, Ps; symbols ($, +, ©) stay.
_PUNCTUATION = frozenset(("Pd", "Pe", "Pf", "Pi", "Po", "Ps"))
# compromise, the tokenizer Better BibTeX uses, splits a word at an en or em dash when two or
# more letters come before it (`China–Russia`) or a short number before letters (`5–year`).
_SPLITS_AT_DASH = re.compile(
    r"^[a-z\u00c0-\u00ff`\"'/]{2,}[-–—][a-z0-9\u00c0-\u00ff]"
    r"|^[('\"]?[0-9]{1,4}[-–—][a-z\u00c0-\u00ff`\"'/-]+[)'\"]?$",
    re.IGNORECASE,
)


@dataclass
class Work:
    """One work: its CSL-JSON item (with "id" = key) and everything that cites it."""

    key: str
    item: Item
    citations: list[Citation] = field(default_factory=list)
    et_al: bool = False
    source: str | None = None  # the corpus document this work is, if it is one


def fold(text: str) -> str:
    """ASCII only: accents dropped (Wörmer → Wormer, Søren → Soren), other scripts removed."""
    if text.isascii():  # nothing to drop: most names and titles
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return (
        "".join(c for c in decomposed if not unicodedata.combining(c))
        .encode("ascii", "ignore")
        .decode()
    )


@functools.cache  # names and titles recur across a large library's citations
def _alnum(text: str) -> str:
    return _NOT_ALNUM.sub("", fold(text).lower())


def first_creator(item: Item) -> dict[str, str] | None:
    creators = item.get("author") or item.get("editor") or []
    return creators[0] if creators else None  # type: ignore[index]


def citation_key(item: Item) -> str:
    """Better BibTeX's default key, `auth.lower + shorttitle(3,3) + year`, before making it
    unique: its formatter.ts read step by step (`$auth`, `$shorttitle`, `titleWords`, `split`,
    `nopunct`, `finalize`), so a Zotero user's draft and ours cite the same key."""
    creator = first_creator(item)
    auth = (creator.get("family") or creator.get("literal", "")).lower() if creator else ""
    words = [word[0].upper() + word[1:] for word in _title_words(str(item.get("title", "")))]
    issued = item.get("issued", {}).get("date-parts", [[]])  # type: ignore[union-attr]
    year = str(issued[0][0]) if issued and issued[0] else ""
    return _UNSAFE.sub("", fold(auth + "".join(words[:3]) + year))


def _title_words(title: str) -> list[str]:
    """The title's words as `shorttitle` takes them: `/` and `:` part words, a hyphen joins
    them (`Actor-Critic` is one word), punctuation goes, one-letter words and skip words go."""
    words = []
    for chunk in re.sub(r"[/:]", " ", title.replace('"', "")).split():
        dash = re.search(r"[-–—]", chunk)
        split = dash and dash[0] != "-" and _SPLITS_AT_DASH.search(chunk)
        for piece in re.split(r"[-–—]", chunk) if split else [chunk]:
            word = fold("".join(c for c in piece if unicodedata.category(c) not in _PUNCTUATION))
            if (len(word) > 1 or word.isdigit()) and word.lower() not in SKIP_WORDS:
                words.append(word)
    return words


def _identity(item: Item) -> tuple[str, str, str]:
    """(creator, title, main title) by which two citations are the same work."""
    creator = first_creator(item)
    who = _alnum(creator.get("family") or creator.get("literal", "")) if creator else ""
    title = str(item["title"])
    return who, _alnum(title), _alnum(title.split(":")[0])


def _merge(work: Work, item: Item) -> None:
    """Fill what the work lacks from another citation of it; keep the fuller title (fuller in
    words: a title printed again with a spaced dash is the first printing's). A work's item
    is its own dictionary, whose values it shares with its citations': nothing changes them."""
    for key, value in item.items():
        if key not in work.item:
            work.item[key] = value
    if len(_alnum(str(item["title"]))) > len(_alnum(str(work.item["title"]))):
        work.item["title"] = item["title"]


def creators_text(item: Item, et_al: bool = False) -> str:
    """'Lee', 'Lee and Kleinhans', 'Lee, Nouwens and Tay', 'Bendett et al.' (editors: '(eds.)')."""
    creators = item.get("author") or item.get("editor") or []
    names = [c.get("family") or c.get("literal", "") for c in creators]  # type: ignore[union-attr]
    if not names:
        return ""
    if et_al:
        text = f"{names[0]} et al."
    elif len(names) == 1:
        text = names[0]
    else:
        text = ", ".join(names[:-1]) + " and " + names[-1]
    return text + (" (eds.)" if not item.get("author") else "")


def document_item(source: Source) -> Item:
    """The CSL-JSON item of a source document, from its verified or detected metadata."""
    item: Item = {"type": source.type, "title": source.title}
    if source.authors:
        item["author"] = [name_of(author) for author in source.authors]
    for key, value in (
        ("container-title", source.container_title),
        ("publisher", source.publisher),
        ("URL", source.url),
        ("DOI", source.doi),
        ("ISBN", source.isbn),
    ):
        if value:
            item[key] = value
    if source.issued:
        item["issued"] = {"date-parts": [[int(part) for part in source.issued.split("-")]]}
    return item


def identity(item: Item) -> str:
    """What makes a work the same work wherever it is cited: its DOI, else its URL (scheme,
    www., query-free trailing slash and fragment ignored), else its title and year."""
    return identities(item)[0]


def identities(item: Item) -> list[str]:
    """Every identity the work has, DOI first: a key recorded under its URL is still its key
    once a DOI is found in that URL."""
    found = []
    doi = str(item.get("DOI") or "").strip().lower()
    if doi:
        found.append("doi:" + re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", "", doi))
    url = str(item.get("URL") or "").strip()
    if url:
        url = re.sub(r"^[a-z]+://(?:www\.)?", "", url.split("#")[0], flags=re.IGNORECASE)
        found.append("url:" + url.rstrip("/").lower())
    if found:
        return found
    issued = item.get("issued", {}).get("date-parts", [[]])  # type: ignore[union-attr]
    year = str(issued[0][0]) if issued and issued[0] else ""
    return [f"title:{_alnum(str(item.get('title', '')))}|{year}"]


class _Index:
    """Works already found, by creator and title (the report's rule) and by identity."""

    def __init__(self) -> None:
        # A citation is of an earlier work with the same first creator and the same title, or
        # a title that is the other's main title: the first such work, looked up by (creator,
        # title) and by (creator, main title), each kept with its place in the order seen.
        self.seen = 0
        self.by_title: dict[tuple[str, str], tuple[int, Work]] = {}
        self.by_main: dict[tuple[str, str], tuple[int, Work]] = {}
        self.by_identity: dict[str, Work] = {}

    def find(self, item: Item, generic: bool) -> Work | None:
        """The work this item is, if known: the first one seen with the same first creator and
        the same title, or one title the other's main title. `generic` (added documents) also
        matches by DOI, URL or title and year, which the report's hand-checked citations do
        not need."""
        if generic:
            known = self.by_identity.get(identity(item))
            if known is not None:
                return known
        who, title, main = _identity(item)
        found = [
            self.by_title.get((who, title)),
            self.by_title.get((who, main)),
            self.by_main.get((who, title)),
        ]
        return min((seen for seen in found if seen), default=(0, None), key=_first)[1]

    def add(self, item: Item, work: Work) -> None:
        who, title, main = _identity(item)
        seen = (self.seen, work)
        self.seen += 1
        self.by_title.setdefault((who, title), seen)
        self.by_main.setdefault((who, main), seen)
        self.by_identity.setdefault(identity(item), work)


def _first(seen: tuple[int, Work]) -> int:
    return seen[0]


def build_works(
    documents: list[Document], sources: dict[str, Source], reserved: dict[str, str] | None = None
) -> list[Work]:
    """The source documents, then every cited work in order of first citation, keyed.

    `reserved` maps work identities to the keys they were given before (the user's library
    keeps them), so a key a draft cites never changes when sources come and go.
    """
    works = [
        Work("", document_item(sources[document.source_id]), source=document.source_id)
        for document in documents
        if sources[document.source_id].kind != "bibliography"
    ]
    index = _Index()
    preferred: dict[int, str] = {}
    for document in documents:
        generic = sources[document.source_id].added
        for item in document.works:
            work = index.find(item, generic=True)
            if work is None:
                work = Work("", {k: v for k, v in item.items() if k != "id"})
                works.append(work)
                index.add(item, work)
                preferred[id(work)] = str(item["id"])
            else:
                _merge(work, item)
        for citation in document.citations:
            work = index.find(citation.item, generic)
            if work is None:
                work = Work("", dict(citation.item))
                works.append(work)
                index.add(citation.item, work)
            else:
                _merge(work, citation.item)
            work.citations.append(citation)
            work.et_al = work.et_al or citation.et_al
    for work in works:
        enrichment = ENRICHMENT.get(str(work.item["title"]).lower())
        if enrichment:
            work.item.update(enrichment[0])
    _assign_keys(works, reserved or {}, preferred)
    return works


def _assign_keys(
    works: list[Work],
    reserved: dict[str, str] | None = None,
    preferred: dict[int, str] | None = None,
) -> None:
    """Unique keys, case-insensitively: a key given before stays; a bibliography file's own
    key is kept when free; otherwise the first keeps the plain key, later ones get a, b, …"""
    preferred = preferred or {}
    reserved = reserved or {}
    given = {
        id(work): next((reserved[i] for i in identities(work.item) if i in reserved), None)
        for work in works
    }
    used = {key.lower() for key in given.values() if key}  # kept free for their works
    assigned: set[str] = set()
    for work in works:
        key = given[id(work)]
        if key is None or key.lower() in assigned:
            wanted = preferred.get(id(work))
            if wanted and not _taken(wanted, used, assigned):
                key = wanted
            else:
                base = citation_key(work.item)
                key, count = base, 0
                while _taken(key, used, assigned):
                    key = base + _suffix(count)
                    count += 1
        assigned.add(key.lower())
        work.key = key
        work.item = {"id": key, **{k: v for k, v in work.item.items() if k != "id"}}


def _taken(key: str, *keys: set[str]) -> bool:
    """Whether the key is among any of these (lower-case) keys: no union made a work."""
    return any(key.lower() in taken for taken in keys)


def _suffix(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("a") + remainder) + letters
    return letters
