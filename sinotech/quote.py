"""Quotations with their citations: pandoc Markdown, BibLaTeX, and text styled by real CSL styles.

A claim of the report is cited with its section and the footnote it carries
(`[@leeChinaRussiaCooperationAdvanced2022, sec. 2.1, n. 15]`); an article claim with its source
alone.
With `primary`, the works the footnotes cite follow, each with its own locator. Styled text is
rendered by pandoc's citeproc (the reference CSL processor, from the pypandoc-binary wheel) with
the CSL styles shipped in `sinotech/styles/`, and kept in the store (`styled_citations`), so a
repeated quotation runs no pandoc.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from .errors import SinotechError

STYLES = {
    "chicago-notes": "chicago-notes-bibliography",
    "chicago-author-date": "chicago-author-date",
    "apa": "apa",
    "harvard": "harvard-cite-them-right",
}
STYLE_DIR = Path(__file__).resolve().parent / "styles"
_MARK = "SINOTECHQUOTE"


@dataclass
class Cite:
    """One work in a citation: its key, locator (`sec. 2.1`) and suffix (`n. 15`)."""

    key: str
    locator: str | None = None
    suffix: str | None = None

    def pandoc(self) -> str:
        return "@" + self.key + "".join(f", {part}" for part in (self.locator, self.suffix) if part)

    def latex_note(self) -> str:
        note = ", ".join(part for part in (self.locator, self.suffix) if part)
        return note.replace(". ", ".~")


@dataclass
class Quote:
    """A claim and the works that cite it, ready to render."""

    claim: dict
    cites: list[Cite]

    def markdown(self) -> str:
        """pandoc-ready: > "…" [@key, sec. 2.1, n. 15]"""
        return f'> "{self.claim["text"]}" [{"; ".join(cite.pandoc() for cite in self.cites)}]'

    def latex(self) -> str:
        r"""biblatex: \enquote{…}\autocite[sec.~2.1, n.~15]{key} (\autocites for several)."""
        from .render.bibliography import escape

        text = escape(self.claim["text"])
        parts = "".join(
            (f"[{cite.latex_note()}]" if cite.latex_note() else "") + f"{{{cite.key}}}"
            for cite in self.cites
        )
        command = r"\autocites" if len(self.cites) > 1 else r"\autocite"
        return rf"\enquote{{{text}}}{command}{parts}"


def _section_locator(section: str | None) -> str | None:
    if section is None:
        return None
    if section == "summary":
        return "executive summary"
    return f"chap. {section}" if "." not in section else f"sec. {section}"


_PLACE = re.compile(r"\b(?:sec|chap)\.\s*(\d+(?:\.\d+)*)|\b(executive summary)\b")
_NOTES = re.compile(r"\bnn?\.\s*(\d+(?:\s*,\s*\d+)*)")


def claim_place(locator: str) -> tuple[str | None, list[int]]:
    """The section and footnotes a citation's locator names, read back as `Cite` writes them
    (`sec. 2.1, nn. 108, 109` is ("2.1", [108, 109])), so a draft's quotation finds its claim."""
    place = _PLACE.search(locator)
    section = None if place is None else place[1] or "summary"
    notes = _NOTES.search(locator)
    return section, [int(n) for n in re.findall(r"\d+", notes[1])] if notes else []


def quote_of(connection: sqlite3.Connection, claim_id: str, primary: bool = False) -> Quote:
    """The quotation of one claim: its source document cited at the claim's place."""
    from . import store

    claim = store.claim(connection, claim_id, context=False)
    (document_key,) = connection.execute(
        "SELECT key FROM works WHERE source = ?", [claim["source"]]
    ).fetchone()
    notes = claim["footnotes"]
    suffix = None
    if notes:
        suffix = ("n. " if len(notes) == 1 else "nn. ") + ", ".join(str(n) for n in notes)
    cites = [Cite(document_key, _section_locator(claim["section"]), suffix)]
    if primary:
        for n in notes:
            for entry in store.citations_of(connection, claim["source"], n):
                if all(cite.key != entry["work"]["id"] for cite in cites):
                    cites.append(Cite(entry["work"]["id"], entry["locator"]))
    return Quote(claim, cites)


Styled = tuple[list[str], list[str], bool]


def styled(connection: sqlite3.Connection, quotes: list[Quote], style: str) -> Styled:
    """(citations, bibliography entries, whether the style cites in notes), by pandoc citeproc,
    or as the store kept them from the same citations in the same style.

    Each citation is the in-text citation of an author-date style, or the note of a note style.
    The quotations are kept together, not one by one: a note style shortens a work cited again
    and the bibliography lists each work once, so a citation depends on the others beside it.
    """
    csl = STYLE_DIR / f"{STYLES[style]}.csl"
    version = f"{style} {zlib.crc32(csl.read_bytes()):08x}"  # an edited style file misses
    cites = json.dumps([[vars(cite) for cite in quote.cites] for quote in quotes])
    row = connection.execute(
        "SELECT styled FROM styled_citations WHERE style = ? AND cites = ?", [version, cites]
    ).fetchone()
    if row is not None:
        citations, bibliography, notes = json.loads(row[0])
        return citations, bibliography, notes
    result = _render(connection, quotes, csl)
    _keep(connection, version, cites, json.dumps(result, ensure_ascii=False))
    return result


def _keep(connection: sqlite3.Connection, style: str, cites: str, result: str) -> None:
    """Write a styled citation into the store in place, as tags are, through a connection of
    its own (the command's is read-only). A store this user cannot write keeps nothing."""
    path = connection.execute("PRAGMA database_list").fetchone()[2]
    try:
        writer = sqlite3.connect(path)
        try:
            with writer:
                writer.execute(
                    "INSERT OR REPLACE INTO styled_citations (style, cites, styled)"
                    " VALUES (?, ?, ?)",
                    [style, cites, result],
                )
        finally:
            writer.close()
    except sqlite3.OperationalError:
        return


def _render(connection: sqlite3.Connection, quotes: list[Quote], csl: Path) -> Styled:
    """Run pandoc citeproc over the quotations' cites, with the CSL-JSON of the works they cite
    (read here, only when the store has not kept the result)."""
    import pypandoc

    from . import store
    from .render.bibliography import as_exported

    keys = dict.fromkeys(cite.key for quote in quotes for cite in quote.cites)
    records = [store.work(connection, key) for key in keys]
    items = [as_exported(record["csl"], bool(record["et_al"])) for record in records]
    paragraphs = [
        f"{_MARK}{index} [{'; '.join(cite.pandoc() for cite in quote.cites)}]"
        for index, quote in enumerate(quotes)
    ]
    document = "\n\n".join(paragraphs) + "\n\n::: {#refs}\n:::\n"
    with tempfile.TemporaryDirectory() as folder:
        bibliography = Path(folder) / "works.json"
        bibliography.write_text(json.dumps(items), encoding="utf-8")
        result = subprocess.run(
            [pypandoc.get_pandoc_path(), "--from", "markdown", "--to", "plain", "--wrap=none",
             "--citeproc", "--csl", str(csl),
             "--bibliography", str(bibliography)],
            input=document, capture_output=True, text=True, check=False,
        )  # fmt: skip
    if result.returncode != 0 or result.stderr.strip():
        raise SinotechError(f"pandoc could not render the citation: {result.stderr.strip()}")
    return _read_plain(result.stdout, len(quotes))


def _read_plain(output: str, count: int) -> Styled:
    blocks = [block.strip() for block in output.strip().split("\n\n")]
    marked = blocks[:count]
    notes = {
        int(match[1]): match[2]
        for block in blocks
        if (match := re.match(r"^\[(\d+)\]\s+(.*)$", block, re.S))
    }
    bibliography = [b for b in blocks[count:] if not re.match(r"^\[\d+\]\s", b)]
    if notes:
        citations = []
        for block in marked:
            number = re.search(r"\[(\d+)\]$", block)
            citations.append(notes[int(number[1])] if number else "")
        return citations, bibliography, True
    return [re.sub(rf"^{_MARK}\d+\s*", "", block) for block in marked], bibliography, False
