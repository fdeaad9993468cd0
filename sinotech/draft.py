"""A draft's citations checked against the library: the keys it uses, the keys the library does
not know, the quotations whose text has drifted from the claim they cite, and its bibliography.

Drafts are read by pandoc (its JSON AST), so code blocks, comments, escapes and e-mail
addresses are what pandoc makes of them: a pandoc Markdown citation (`[@key, p. 3]`, `@key`,
`[-@key]`) or a LaTeX citing command (`\\cite`, `\\autocite`, `\\parencite`, `\\textcite`,
`\\footcite`, `\\autocites` … with optional arguments and several keys) is a `Cite` node. The
biblatex commands pandoc's LaTeX reader does not know (`\\fullcite`, `\\citetitle`,
`\\smartcites` …) reach the AST as raw TeX, as does TeX in a Markdown draft; their keys are read
from that raw text.

A quotation is quoted text followed by a citation of a source document of the store, as
`sinotech quote` writes it (`> "…" [@key, sec. 2.1, n. 15]`, `\\enquote{…}\\autocite[…]{key}`).
Its text is compared with the claims at the place the locator names, whitespace, typographic
quotes and dashes and LaTeX escapes aside: "ok" is a claim's text, "excerpt" a verbatim part of
one, "drifted" anything else (reported with the claim it most likely was, and its text now).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import InputError, SinotechError

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence
    from pathlib import Path

# extension -> pandoc's reader; raw_tex keeps the LaTeX commands pandoc does not know
READERS = {
    ".md": "markdown", ".markdown": "markdown", ".qmd": "markdown", ".rmd": "markdown",
    ".tex": "latex+raw_tex", ".latex": "latex+raw_tex", ".ltx": "latex+raw_tex",
}  # fmt: skip
_BIB_EXTENSIONS = {".bib": "bibtex", ".json": "csl-json", ".ris": "ris"}
ALL_WORKS = "*"  # \nocite{*}, nocite: '@*': every work in the bibliography
# a citing command (not \volcite, whose first argument is a volume) and its arguments
_RAW_CITE = re.compile(
    r"\\(?![a-z]*volcite)[A-Za-z]*[Cc]ite[A-Za-z]*\*?((?:\s*(?:\[[^\]]*\]|\{[^}]*\}))+)"
)
_DOLLAR = "SinotechDollarSign"
_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-",
                       "—": "-", "‐": "-", "‑": "-"})  # fmt: skip


@dataclass(frozen=True)
class Use:
    """One key cited once, with the text after it (its locator: `sec. 2.1, n. 15`)."""

    key: str
    suffix: str = ""


@dataclass
class Draft:
    """What a draft cites: every use of a key, and its quotations (quoted text, their cites)."""

    path: Path
    uses: list[Use] = field(default_factory=list)
    quotations: list[tuple[str, list[Use]]] = field(default_factory=list)


@dataclass
class Check:
    """The report on drafts: the drafts, keys and quotations (the JSON contract's records), and
    the library's records of the works they cite, for the bibliography."""

    drafts: list[str] = field(default_factory=list)
    keys: list[dict] = field(default_factory=list)
    quotations: list[dict] = field(default_factory=list)
    works: list[dict] = field(default_factory=list)

    @property
    def unknown(self) -> list[str]:
        return [record["key"] for record in self.keys if record["status"] == "unknown"]

    def problems(self) -> list[str]:
        """What makes the check fail, a phrase each: the unknown keys, the drifted quotations."""
        drifted = [str(q["claim"] or q["key"]) for q in self.quotations if q["status"] == "drifted"]
        return [
            f"{len(found)} {what}{'s' * (len(found) > 1)}: {', '.join(found)}"
            for what, found in (("unknown key", self.unknown), ("drifted quotation", drifted))
            if found
        ]


def read_draft(path: Path) -> Draft:
    """The citations pandoc finds in a Markdown or LaTeX draft, in reading order."""
    from .ingest.formats.pandoc import pandoc_json

    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(
            f"{path.name}: not a draft sinotech reads; give Markdown "
            f"({' '.join(s for s, r in READERS.items() if r == 'markdown')}) or LaTeX "
            f"({' '.join(s for s, r in READERS.items() if r != 'markdown')})"
        )
    draft = Draft(path)
    text = None
    if reader != "markdown":
        try:
            text = _RAW_CITE.sub(_protect_keys, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"{path.name}: cannot read it: {error}") from None
    _walk(pandoc_json(path, reader, text), draft)
    return draft


def _protect_keys(command: re.Match) -> str:
    """A citing command with each `$` in its keys spelled out: Better BibTeX keeps `$` in keys
    (`chanUS$50BillionRussianChinese2022`) and biblatex reads them, but pandoc's LaTeX reader
    would start mathematics there. `_key` turns the spelling back."""
    return re.sub(r"\{[^}]*\}", lambda keys: keys[0].replace("$", _DOLLAR), command[0])


def _key(text: str) -> str:
    return text.replace(_DOLLAR, "$").strip()


def _walk(node: object, draft: Draft) -> None:
    if isinstance(node, list):
        _quotations(node, draft)
        for child in node:
            _walk(child, draft)
    elif isinstance(node, dict):
        if _is(node, "Cite"):
            draft.uses += _cites(node)
            return  # its content is how pandoc would print it: the command, again
        if _is(node, "RawInline", "RawBlock") and node["c"][0] in ("tex", "latex"):
            for match in _RAW_CITE.finditer(node["c"][1]):
                for keys in re.findall(r"\{([^}]*)\}", match[1]):
                    draft.uses += [Use(_key(key)) for key in keys.split(",") if key.strip()]
        _walk(node.get("c") if "t" in node else list(node.values()), draft)


def _quotations(inlines: list, draft: Draft) -> None:
    """Quoted text followed by a citation. A paragraph that is all one quotation is read whole,
    as its first and last quote marks delimit it: pandoc's smart quotes pair a claim's own
    opening quote mark with the quotation's (`> ""Such …," the authors say." [@key]`)."""
    if len(inlines) > 2 and _is(inlines[-1], "Cite") and _is(inlines[-2], "Space", "SoftBreak"):
        text = _plain(inlines[:-2])
        if len(text) > 1 and text[0] in '"“' and text[-1] in '"”':
            draft.quotations.append((text[1:-1], _cites(inlines[-1])))
            return
    for index, child in enumerate(inlines):
        if _is(child, "Quoted") and child["c"][0]["t"] == "DoubleQuote":
            following = inlines[index + 1 : index + 3]
            if following and _is(following[0], "Space", "SoftBreak"):
                following = following[1:]
            if following and _is(following[0], "Cite"):
                draft.quotations.append((_plain(child["c"][1]), _cites(following[0])))


def _is(node: object, *kinds: str) -> bool:
    return isinstance(node, dict) and node.get("t") in kinds


def _cites(node: dict) -> list[Use]:
    return [
        Use(
            _key(citation["citationId"]),
            unicodedata.normalize("NFKC", _plain(citation["citationSuffix"])).lstrip(", "),
        )
        for citation in node["c"][0]
    ]


def _plain(node: object) -> str:
    """The text of inlines as written: quotes as quote marks, notes left out."""
    if isinstance(node, list):
        return "".join(_plain(child) for child in node)
    if not isinstance(node, dict):
        return ""
    kind, content = node.get("t"), node.get("c")
    if kind == "Str":
        return content
    if kind in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if kind == "Quoted":
        mark = '"' if content[0]["t"] == "DoubleQuote" else "'"
        return mark + _plain(content[1]) + mark
    if kind == "Math":
        return f"${content[1]}$"
    if kind in ("Code", "RawInline"):
        return content[1]
    if kind == "Note":
        return ""
    return _plain(content)


def folded(text: str) -> str:
    """Text as compared: Unicode-normalised, straight quotes, one kind of dash, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return " ".join(text.replace("---", "-").replace("--", "-").split())


def check(connection: sqlite3.Connection, paths: Sequence[Path]) -> Check:
    """Read each draft and check its keys and quotations against the library."""
    from . import store
    from .search import Filters, find_claims

    drafts = [read_draft(path) for path in paths]
    library = {str(record["key"]): record for record in store.bibliography(connection)}
    report = Check([str(path) for path in paths])
    uses: Counter[str] = Counter()
    where: dict[str, list[str]] = {}
    for draft in drafts:
        for use in draft.uses:
            uses[use.key] += 1
            if str(draft.path) not in where.setdefault(use.key, []):
                where[use.key].append(str(draft.path))
    lowered = {key.lower(): key for key in library}
    report.keys = [
        {
            "key": key,
            "uses": uses[key],
            "status": "known" if key in library else "unknown",
            "suggestions": [] if key in library else [
                lowered[close] for close in difflib.get_close_matches(key.lower(), lowered, n=3)
            ],
            "drafts": where[key],
        }
        for key in where
        if key != ALL_WORKS
    ]  # fmt: skip
    report.works = [record for key, record in sorted(library.items(), key=lambda i: i[0].lower())
                    if ALL_WORKS in uses or key in uses]  # fmt: skip
    documents = {key: record["source"] for key, record in library.items() if record["source"]}
    claims: dict[str, list[tuple[dict, str]]] = {}
    for draft in drafts:
        for text, cites in draft.quotations:
            cite = next((cite for cite in cites if cite.key in documents), None)
            if cite is None:
                continue  # a quotation of a work the library holds no text of
            source = documents[cite.key]
            if source not in claims:
                found = find_claims(connection, (), Filters(sources=(source,)))
                claims[source] = [(claim, folded(str(claim["text"]))) for claim in found]
            report.quotations.append(
                {"draft": str(draft.path), "key": cite.key, "locator": cite.suffix}
                | _quotation_status(text, cite.suffix, claims[source])
            )
    return report


def _quotation_status(text: str, locator: str, claims: list[tuple[dict, str]]) -> dict:
    """ok, excerpt or drifted, with the claim the quotation is (or most likely was): the most
    similar claim of the source, those at the place the locator names tried first."""
    from .quote import claim_place

    section, notes = claim_place(locator)
    quoted = folded(text)
    placed = [
        (claim, words)
        for claim, words in claims
        if (section is None or claim["section"] == section)
        and (not notes or claim["footnotes"] == notes)
    ]
    for status, matches in (("ok", str.__eq__), ("excerpt", str.__contains__)):
        for claim, words in placed:
            if matches(words, quoted):
                return {"status": status, "claim": claim["id"], "quoted": text, "text": None}
    matcher = difflib.SequenceMatcher(None)
    matcher.set_seq2(quoted)  # compared with each claim: the matcher caches what it learns of it
    likely, best = None, 0.0
    for claim, words in placed + claims:
        matcher.set_seq1(words)
        if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
            likely, best = max((likely, best), (claim, matcher.ratio()), key=lambda pair: pair[1])
    return {
        "status": "drifted",
        "claim": likely and likely["id"],
        "quoted": text,
        "text": likely and likely["text"],
    }


def bibliography_format(path: Path, chosen: str | None, drafts: Sequence[Path]) -> str:
    """The format to write the bibliography in (as chosen, else by the file's extension), once
    the file is known to be neither a draft nor in a directory that does not exist: checked
    before the drafts are, so bad input is refused before anything is done."""
    if not path.parent.is_dir():
        raise InputError(f"no such directory for the bibliography: {path.parent}")
    if any(path.resolve() == draft.resolve() for draft in drafts):
        raise InputError(f"{path}: that is a draft; give another file for the bibliography")
    if chosen is not None:
        return chosen
    if path.suffix.lower() not in _BIB_EXTENSIONS:
        known = ", ".join(f"{suffix} is {fmt}" for suffix, fmt in _BIB_EXTENSIONS.items())
        raise InputError(f"{path.name}: say which --bib-format ({known})")
    return _BIB_EXTENSIONS[path.suffix.lower()]


def write_bibliography(records: list[dict], path: Path, fmt: str, ascii_only: bool = False) -> None:
    """Write the works to path as a whole file or not at all: a temporary file renamed into
    place, so an error leaves the old file as it was."""
    import io

    from .library import write_atomic
    from .render.bibliography import render_bibliography

    text = io.StringIO()
    render_bibliography(records, fmt, text, ascii_only)
    try:
        write_atomic(path, text.getvalue())
    except OSError as error:
        raise SinotechError(f"cannot write {path}: {error.strerror or error}") from None
