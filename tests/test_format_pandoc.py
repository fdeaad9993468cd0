"""The pandoc reader: every marker in the sentence that carries it, in every format pandoc
writes (the gold is hand-checked from the sources: tests/pandoc_table.py)."""

from __future__ import annotations

import re
import subprocess
import sys
import types
import zipfile
from pathlib import Path

import pypandoc
import pytest

from sinotech.errors import InputError
from sinotech.ingest import formats
from sinotech.ingest.formats import pandoc
from sinotech.ingest.model import Claim, Document
from sinotech.ingest.text import normalize
from tests.pandoc_table import SANCTIONS_TEX, SILICON, SOVEREIGNTY, WORKS

FIXTURES = Path(__file__).parent / "fixtures" / "pandoc"
READERS = {"md": "markdown", "docx": "docx", "odt": "odt", "epub": "epub", "tex": "latex"}
CASES = [
    *((SILICON, ext) for ext in ("md", "docx", "odt", "epub")),
    *((SOVEREIGNTY, ext) for ext in ("md", "docx", "odt", "epub")),
    (SANCTIONS_TEX, "tex"),
]
IDS = [f"{gold['file']}.{ext}" for gold, ext in CASES]
_GOLD_MARKER = re.compile(r"\[\^(\d+)\]")


@pytest.fixture
def no_citations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Claims and markers alone: notes are not parsed into works (another module's job)."""
    module = types.ModuleType("sinotech.ingest.citations")
    module.parse_note = lambda *args: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sinotech.ingest.citations", module)


def build(path: Path) -> Document:
    return pandoc.read(path, READERS[path.suffix[1:]]).build("doc")


def with_markers(claim: Claim) -> str:
    """The claim's text with `[^n]` where each marker stands (as the gold writes it)."""
    text = claim.text
    for m in sorted(claim.markers, key=lambda m: m.offset, reverse=True):
        text = f"{text[: m.offset]}[^{m.n}]{text[m.offset :]}"
    return text


@pytest.mark.usefixtures("no_citations")
@pytest.mark.parametrize(("gold", "ext"), CASES, ids=IDS)
def test_every_marker_in_its_sentence(gold: dict, ext: str) -> None:
    document = build(FIXTURES / f"{gold['file']}.{ext}")
    marked = sorted(with_markers(claim) for claim in document.claims if claim.markers)
    assert marked == sorted(gold["markers"].values())
    numbers = [int(n) for s in gold["markers"].values() for n in _GOLD_MARKER.findall(s)]
    assert sorted(numbers) == list(range(1, len(gold["notes"]) + 1))


@pytest.mark.usefixtures("no_citations")
@pytest.mark.parametrize(("gold", "ext"), CASES, ids=IDS)
def test_notes_sections_and_claims(gold: dict, ext: str) -> None:
    document = build(FIXTURES / f"{gold['file']}.{ext}")
    assert document.references == gold["notes"]
    assert [(s.number, s.title) for s in document.sections] == gold["sections"]
    assert len(document.claims) == gold["claims"]
    assert document.warnings == []


@pytest.mark.usefixtures("no_citations")
@pytest.mark.parametrize(("gold", "ext"), CASES, ids=IDS)
def test_no_claim_holds_note_text(gold: dict, ext: str) -> None:
    document = build(FIXTURES / f"{gold['file']}.{ext}")
    claims = " ".join(normalize(claim.text) for claim in document.claims)
    for note in gold["notes"].values():
        # Any run of six words of a note's text, where a claim could have swallowed it.
        words = normalize(note).replace("*", "").split()
        for start in range(max(len(words) - 5, 1)):
            assert " ".join(words[start : start + 6]) not in claims, note


@pytest.mark.usefixtures("no_citations")
@pytest.mark.parametrize(("gold", "ext"), CASES, ids=IDS)
def test_metadata(gold: dict, ext: str) -> None:
    expected = {"url": None, "publisher": None, "doi": None, **gold["metadata"]}
    expected |= gold.get(f"metadata_{ext}", {})
    metadata = build(FIXTURES / f"{gold['file']}.{ext}").metadata
    assert {field: getattr(metadata, field) for field in expected} == expected


@pytest.mark.parametrize(("gold", "ext"), CASES[:8], ids=IDS[:8])
def test_notes_cite_their_works(gold: dict, ext: str) -> None:
    pytest.importorskip("sinotech.ingest.citations", reason="the citation parser is not there")
    document = build(FIXTURES / f"{gold['file']}.{ext}")
    for n, titles in WORKS[gold["file"]].items():
        found = [str(c.item.get("title", "")) for c in document.citations if c.n == n]
        assert len(found) == len(titles), (n, found)
        for title, expected in zip(found, titles, strict=True):
            assert normalize(title).startswith(normalize(expected)), (n, title)


def run_pandoc(source: str, tmp_path: Path, output: str) -> Path:
    (tmp_path / "source.md").write_text(source, encoding="utf-8")
    target = tmp_path / output
    subprocess.run(
        [pypandoc.get_pandoc_path(), str(tmp_path / "source.md"), "-o", str(target)], check=True
    )
    return target


TABLE_SOURCE = """\
# Trade

Exports rose in 2022.[^1]

| Year | Chips (USD bn)[^2] |
|------|------|
| 2021 | 1.2 |
| 2022 | 2.4 |

: Table 1. Chinese chip exports to Russia[^3]

Imports fell in 2023.[^4]

[^1]: First note.
[^2]: Cell note.
[^3]: Caption note.
[^4]: Last note.
"""


@pytest.mark.usefixtures("no_citations")
@pytest.mark.parametrize("output", ["source.md", "table.docx", "table.odt"])
def test_notes_in_a_table_keep_their_numbers(tmp_path: Path, output: str) -> None:
    """Decision: a table's caption, header and short cells (names, years, figures) are not
    claims; their notes keep their numbers (as every writer prints them: the caption before
    the cells) and are reported as notes without a marker in the text."""
    path = run_pandoc(TABLE_SOURCE, tmp_path, output)
    document = build(path) if output != "source.md" else build(path.with_suffix(".md"))
    assert [with_markers(claim) for claim in document.claims] == [
        "Exports rose in 2022.[^1]",
        "Imports fell in 2023.[^4]",
    ]
    assert document.references == {
        1: "First note.",
        2: "Caption note.",
        3: "Cell note.",
        4: "Last note.",
    }
    assert document.warnings == [
        "note 2 has no marker in the text",
        "note 3 has no marker in the text",
    ]


@pytest.mark.usefixtures("no_citations")
def test_table_cells_that_read_as_prose_are_claims(tmp_path: Path) -> None:
    """As on web pages: a cell of four words or more, or with a full stop, is a claim."""
    source = (
        "| Firm | What it did |\n|---|---|\n"
        "| Huawei | Opened a research centre in Moscow in 2020.[^1] |\n"
        "| ZTE | Sold routers[^2] |\n\n"
        "[^1]: First note.\n[^2]: Second note.\n"
    )
    path = tmp_path / "table.md"
    path.write_text(source, encoding="utf-8")
    document = build(path)
    assert [with_markers(claim) for claim in document.claims] == [
        "Opened a research centre in Moscow in 2020.[^1]"
    ]
    assert document.warnings == ["note 2 has no marker in the text"]


@pytest.mark.usefixtures("no_citations")
def test_citations_links_math_and_code(tmp_path: Path) -> None:
    source = (
        "Growth was $x^2$ per year [@lee2020, p. 3], see [the data](https://example.org/d)"
        " and `SELECT 1`.[^1]\n\n```\ncode is not a claim.\n```\n\n"
        "![A chart caption that is long enough to be a sentence.](chart.png)\n\n"
        "[^1]: Lee, *Trade*, [report](https://example.org/r); <https://example.org/s>;"
        " [example.org/t](https://example.org/t); *Trade *(2020).\n"
    )
    path = tmp_path / "doc.md"
    path.write_text(source, encoding="utf-8")
    document = build(path)
    assert [with_markers(claim) for claim in document.claims] == [
        "Growth was x^2 per year [@lee2020, p. 3], see the data and SELECT 1.[^1]"
    ]
    assert document.references == {
        1: "Lee, *Trade*, report https://example.org/r; https://example.org/s;"
        " https://example.org/t; *Trade* (2020)."
    }


@pytest.mark.usefixtures("no_citations")
def test_latex_cite_keeps_its_keys_nested_italics_stay_one_title(tmp_path: Path) -> None:
    path = tmp_path / "doc.tex"
    path.write_text(
        "\\section{A}\nTrade grew \\cite{lee2020,kim2021}.\\footnote{See \\emph{Trade in"
        " \\emph{Pravda} times}.}\n",
        encoding="utf-8",
    )
    document = build(path)
    assert [with_markers(c) for c in document.claims] == ["Trade grew [@lee2020; @kim2021].[^1]"]
    # Roman inside italics cannot nest as *…*: the whole title stays one emphasis.
    assert document.references == {1: "See *Trade in Pravda times*."}


@pytest.mark.usefixtures("no_citations")
def test_nested_list_and_block_quote_in_order(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_text(
        "# Findings\n\n- Russia buys chips from China.[^1]\n\n"
        "    - Most come through Hong Kong.[^2]\n\n- Prices have doubled.[^3]\n\n"
        "> The trade will grow.[^4]\n\n"
        "[^1]: One.\n[^2]: Two.\n[^3]: Three.\n[^4]: Four.\n",
        encoding="utf-8",
    )
    document = build(path)
    assert [with_markers(c) for c in document.claims] == [
        "Russia buys chips from China.[^1]",
        "Most come through Hong Kong.[^2]",
        "Prices have doubled.[^3]",
        "The trade will grow.[^4]",
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12 May 2021", "2021-05-12"),
        ("May 12, 2021", "2021-05-12"),
        ("Sept. 3, 2020", "2020-09-03"),
        ("March 2022", "2022-03"),
        ("2019", "2019"),
        ("2021-05-12T10:00:00Z", "2021-05-12"),
        ("2021-05", "2021-05"),
        ("25/12/2020", "2020-12-25"),
        ("05/06/2020", "2020"),
        ("Spring 2018", "2018"),
        ("n.d.", None),
        ("", None),
        ("2021/03/05", "2021-03-05"),
        ("12th May, 2021", "2021-05-12"),
        ("31 February 2021", None),
    ],
)
def test_dates_to_iso(text: str, iso: str | None) -> None:
    """One reading of stated dates for every reader (stated_dates.py)."""
    from sinotech.ingest.stated_dates import iso_date

    assert iso_date(text) == iso


def test_a_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    path.write_text("just text, not a Word file", encoding="utf-8")
    with pytest.raises(InputError, match=r"^brief\.docx: not a DOCX file"):
        formats.read(path)
    with pytest.raises(InputError) as error:
        pandoc.read(path, "docx")
    assert str(error.value).startswith("brief.docx: pandoc cannot read it: ")
    assert "\n" not in str(error.value)


def test_a_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/document.xml", "<w:document>junk")
        package.writestr("junk.bin", b"\x00\x01junk")
    with pytest.raises(InputError) as error:
        formats.read(path)
    assert str(error.value).startswith("brief.docx: pandoc cannot read it: ")
    assert "\n" not in str(error.value)


def test_an_empty_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("\n \n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^empty\.md: the file is empty$"):
        formats.read(path)
    assert not pandoc.read(path, "markdown").has_text


@pytest.mark.usefixtures("no_citations")
def test_latex_authors_without_their_affiliations(tmp_path: Path) -> None:
    source = (
        "\\documentclass{article}\n\\title{Wings}\n"
        "\\author{Henrik Aalto\\\\ \\small University of Turku"
        " \\and Maria Berg\\\\ Aalto University}\n"
        "\\date{2024}\n\\begin{document}\n\\maketitle\n\\section{Intro}\n"
        "Russia and China cooperate on aircraft.\\footnote{Lee, \\emph{Planes} (2020).}\n"
        "\\section*{Author Information}\nHenrik Aalto is a senior fellow at the institute.\n"
        "\\end{document}\n"
    )
    path = tmp_path / "wings.tex"
    path.write_text(source, encoding="utf-8")
    document = build(path)
    assert document.metadata.authors == ["Henrik Aalto", "Maria Berg"]
    assert [claim.text for claim in document.claims] == ["Russia and China cooperate on aircraft."]
