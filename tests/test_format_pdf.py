"""The PDF reader on typeset fixtures (tests/fixtures/pdf, README there): markers, footnote
areas, furniture, columns, endnotes, metadata and the files it must refuse."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from sinotech.errors import InputError
from sinotech.ingest import builder as builder_module
from sinotech.ingest.builder import marker
from sinotech.ingest.formats import pdf
from sinotech.ingest.model import Document
from tests import pdf_table

from .gold import TYPOGRAPHY, assert_metadata, assert_no_debris

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"


def build(name: str, monkeypatch: pytest.MonkeyPatch) -> Document:
    """The fixture read and built, notes left unparsed (citations are tested elsewhere)."""
    monkeypatch.setattr(builder_module, "_citations", lambda source_id, notes: [])
    return pdf.read(FIXTURES / name).build("doc")


def sentences_by_note(document: Document) -> dict[int, str]:
    return {m.n: claim.text for claim in document.claims for m in claim.markers}


def page_columns(name: str, page: int) -> list[pdf._Column]:
    """A page's columns, running heads and page numbers taken out (as the reader does)."""
    with pdfplumber.open(FIXTURES / name) as document:
        pages = [pdf._page_columns(each) for each in document.pages]
    pdf._drop_furniture(pages)
    return pages[page - 1]


# Markers: small digits raised above the line's baseline ---------------------------------------


def char(baseline: float, x0: float, text: str, size: float = 12.0) -> pdf._Char:
    return (baseline, x0, x0 + 0.5 * size, size, text, "LMRoman12-Regular", False)


def test_a_small_raised_digit_joins_the_line_below_as_raised() -> None:
    line = [char(100, 50 + 6 * i, c) for i, c in enumerate("cooperation.")]
    mark = char(96, 122.5, "7", size=8)
    rows = pdf._attach_raised([[mark], line])
    assert len(rows) == 1
    assert [c[4] for c in rows[0] if c[6]] == ["7"]


def test_a_digit_of_the_line_size_or_far_above_is_not_a_marker() -> None:
    line = [char(100, 50 + 6 * i, c) for i, c in enumerate("text")]
    same_size = char(96, 80, "7")
    far_above = char(85, 80, "7", size=8)  # a line of small text above, not a superscript
    assert len(pdf._attach_raised([[same_size], line])) == 2
    assert len(pdf._attach_raised([[far_above], line])) == 2


def test_raised_digit_runs_become_markers_in_the_body_text() -> None:
    line = pdf._Line(1, 0, 100, 100, 12, False, [
        pdf._Run("a new era,”", False, False), pdf._Run("2", True, False),
        pdf._Run(" a phrase", False, False), pdf._Run("3,4", True, False),
    ])  # fmt: skip
    assert pdf._body_text(line) == f"a new era,”{marker(2)} a phrase{marker(3)}{marker(4)}"


def test_markers_on_a_typeset_page_are_raised_runs() -> None:
    lines = [line for column in page_columns("article.pdf", 1) for line in column.lines]
    raised = [run.text for line in lines for run in line.runs if run.raised]
    # Body markers 1–3, then the same numbers opening the three notes at the foot of the page.
    assert raised == ["1", "2", "3", "1", "2", "3"]


# The footnote area of a page ------------------------------------------------------------------


def test_the_footnote_area_starts_under_the_rule() -> None:
    (column,) = page_columns("article.pdf", 5)
    body, notes = pdf.split_footnote_area(column.lines, column.rules, 11.96)
    assert body[-1].text.startswith("fence.")
    assert [pdf.note_start(line, 15)[0] for line in notes if notes][:1] == [16]
    starts = [pdf.note_start(line, 0)[0] for line in notes]
    assert [n for n in starts if n is not None] == [16, 17, 18, 19, 20]


def test_a_note_continued_on_the_next_page_opens_that_page_s_area() -> None:
    (column,) = page_columns("article.pdf", 6)
    _, notes = pdf.split_footnote_area(column.lines, column.rules, 11.96)
    assert notes[0].text.startswith("have grouped the codes")
    assert pdf.note_start(notes[0], 20)[0] is None


def test_an_endnote_list_is_not_a_footnote_area() -> None:
    (column,) = page_columns("endnotes.pdf", 2)
    body, notes = pdf.split_footnote_area(column.lines, column.rules, 10.95)
    assert (len(body), notes) == (len(column.lines), [])


def test_two_columns_each_have_their_own_footnotes() -> None:
    columns = page_columns("twocolumn.pdf", 1)
    bottom = [c for c in columns if c.band == columns[-1].band]
    assert len(bottom) == 2
    found = []
    for column in bottom:
        _, notes = pdf.split_footnote_area(column.lines, column.rules, 9.96)
        found.append([pdf.note_start(line, 0)[0] for line in notes if line.runs[0].raised])
    assert found == [[1, 2, 3, 4, 5, 6], [7, 8, 9, 10]]


# End to end against the gold table ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "sentences", "notes"),
    [
        ("article.pdf", pdf_table.ARTICLE_SENTENCES, pdf_table.ARTICLE_NOTES),
        ("twocolumn.pdf", pdf_table.TWOCOLUMN_SENTENCES, pdf_table.TWOCOLUMN_NOTES),
        ("endnotes.pdf", pdf_table.ENDNOTES_SENTENCES, pdf_table.ENDNOTES_NOTES),
        ("pandoc.pdf", pdf_table.PANDOC_SENTENCES, pdf_table.PANDOC_NOTES),
        ("times.pdf", pdf_table.TIMES_SENTENCES, pdf_table.TIMES_NOTES),
        ("scrartcl.pdf", pdf_table.SCRARTCL_SENTENCES, pdf_table.SCRARTCL_NOTES),
        ("lo-odt.pdf", pdf_table.LO_ODT_SENTENCES, pdf_table.LO_ODT_NOTES),
        ("lo-docx.pdf", pdf_table.LO_DOCX_SENTENCES, pdf_table.LO_DOCX_NOTES),
    ],
)
def test_every_marker_is_linked_to_its_sentence_and_every_note_read(
    name: str, sentences: dict[int, str], notes: dict[int, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = build(name, monkeypatch)
    assert sentences_by_note(document) == sentences
    assert document.references == notes
    assert document.warnings == []


@pytest.mark.parametrize(
    ("name", "claims", "debris"),
    [
        ("article.pdf", 50, ["Marsh and Ortiz", "Borrowed Circuits", "November 2022"]),
        ("twocolumn.pdf", 23, ["Irina Volkova", "Fudan University"]),
        ("endnotes.pdf", 12, ["Working Paper", "Page 1", "Daria Sokolova"]),
        ("pandoc.pdf", 16, ["Olga Brandt", "12 May 2021", "Rails and Routers"]),
        ("times.pdf", 14, ["Mikhail Sorokin", "Centre for Eurasian", "March 3", "Grain, Gas"]),
        ("scrartcl.pdf", 6, ["Karin Holm", "2019", "Arctic Shipping"]),
        ("lo-odt.pdf", 24, ["Elena Marsh", "April 9", "Ibid", "Rudenko", "Kommersant"]),
        ("lo-docx.pdf", 15, ["Tomas Berg", "2021-11-30", "Ibid", "Ivanova", "Roscosmos,"]),
    ],
)
def test_no_running_head_page_number_title_block_or_note_text_in_claims(
    name: str, claims: int, debris: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = build(name, monkeypatch)
    assert len(document.claims) == claims
    note_openings = [text[:40] for text in document.references.values()]
    for claim in document.claims:
        assert not any(piece in claim.text for piece in debris), claim.text
        assert not any(opening in claim.text for opening in note_openings), claim.text
        assert not re.fullmatch(r"[\divx\s]+", claim.text)
        assert claim.text[0].isupper() and claim.text[-1] in ".”", claim.text


def test_sentences_and_paragraphs_cross_pages_and_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = build("article.pdf", monkeypatch)
    texts = [claim.text for claim in article.claims]
    # Page 5 → 6 mid-sentence, and the paragraph is one.
    crossing = pdf_table.ARTICLE_SENTENCES[21]
    assert crossing in texts
    before = article.claims[texts.index(crossing) - 1]
    after = article.claims[texts.index(crossing)]
    assert before.paragraph == after.paragraph
    # Hyphenated line ends joined; real hyphens kept.
    joined = " ".join(texts)
    assert "Chinese components" in joined and "Chi-nese" not in joined
    assert "state-led cooperation" in joined and "Su-27" in joined
    two = build("twocolumn.pdf", monkeypatch)
    crossing = "The two measures agree for most laboratories, and we report both where they differ."
    assert crossing in [claim.text for claim in two.claims]


def test_marker_offsets_mid_sentence_and_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    document = build("article.pdf", monkeypatch)
    carrying = {m.n: (claim.text, m.offset) for claim in document.claims for m in claim.markers}
    text, offset = carrying[2]
    assert text[:offset].endswith("for a new era,”")
    text, offset = carrying[1]
    assert offset == len(text)


def test_headings_become_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    document = build("article.pdf", monkeypatch)
    assert [(s.number, s.title, s.page) for s in document.sections] == [
        ("1", "Introduction", 1),
        ("2", "Telecommunications and the Huawei Question", 2),
        ("3", "Satellite Navigation and Space", 3),
        ("4", "Semiconductors and the Limits of Substitution", 4),
        ("5", "Military Technology", 6),
        ("6", "Conclusion", 7),
    ]
    pandoc = build("pandoc.pdf", monkeypatch)
    assert [(s.number, s.title, s.page) for s in pandoc.sections] == [
        ("1", "Introduction", 1),
        ("2", "Cables across the Amur", 1),
        ("2.1", "Who owns the lines", 2),
        ("3", "Data centres and the law", 2),
        ("4", "Conclusion", 2),
    ]
    times = build("times.pdf", monkeypatch)  # bold is "NimbusRomNo9L-Medi"
    assert [(s.number, s.title) for s in times.sections] == [
        ("1", "Settlement in national currencies"),
        ("1.1", "Payment systems"),
        ("2", "Energy and agriculture"),
        ("3", "Conclusion"),
    ]
    endnotes = build("endnotes.pdf", monkeypatch)
    assert [s.title for s in endnotes.sections] == [
        "Summary",
        "The Import Substitution Programme",
        "Three Ministries",
    ]


# Metadata -------------------------------------------------------------------------------------


def test_metadata_from_the_info_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    metadata = build("article.pdf", monkeypatch).metadata
    assert metadata.title == "Borrowed Circuits: China–Russia Technology Cooperation after 2014"
    assert metadata.authors == ["Lena Marsh", "Tomas Ortiz"]
    two = build("twocolumn.pdf", monkeypatch).metadata
    assert two.authors == ["Irina Volkova", "Chen Hao"]


@pytest.mark.parametrize(
    ("name", "issued"),
    [
        ("article.pdf", "2022-11"),  # "November 2022"; CreationDate says 2022-11-03
        ("twocolumn.pdf", None),  # no date printed; CreationDate says 2021-04-15
        ("endnotes.pdf", "2023-03"),  # "March 2023" in small print under the author
        ("pandoc.pdf", "2021-05-12"),  # "12 May 2021"
        ("times.pdf", "2020-03-03"),  # "March 3, 2020", under an affiliation
        ("scrartcl.pdf", "2019"),  # a year alone
    ],
)
def test_the_date_is_the_one_printed_in_the_title_block_never_the_file_s(
    name: str, issued: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CreationDate is when the file was typeset (here pinned to 2023-03-15), not the work's
    date; the title's own "after 2014" is not a date either."""
    assert build(name, monkeypatch).metadata.issued == issued


@pytest.mark.parametrize(
    ("lines", "issued"),
    [
        (["Working Paper No. 7", "September 2023"], "2023-09"),
        (["Thomas Reinholt", "Sept. 12th, 2023"], "2023-09-12"),
        (["Institute of Far Eastern Studies", "2021-04-15"], "2021-04-15"),
        (["Policy Brief 3, 2018"], "2018"),
        (["Room 2019", "Institute for 1984 Studies"], None),
    ],
)
def test_printed_dates(lines: list[str], issued: str | None) -> None:
    front = [pdf._Line(1, 0, 100, 100 + 20 * i, 12, False, [pdf._Run(text, False, False)])
             for i, text in enumerate(lines)]  # fmt: skip
    assert pdf._printed_date(front, []) == issued


def test_title_falls_back_to_the_largest_text_on_page_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    metadata = build("endnotes.pdf", monkeypatch).metadata
    assert metadata.title == "Software Sovereignty and the Chinese Stack in Russia"
    assert metadata.authors == ["Daria Sokolova"]  # printed between the title and the date


@pytest.mark.parametrize(
    ("stated", "names"),
    [
        ("Lena Marsh and Tomas Ortiz", ["Lena Marsh", "Tomas Ortiz"]),
        ("Irina Volkova; Chen Hao", ["Irina Volkova", "Chen Hao"]),
        ("Center for Strategic and International Studies", [
            "Center for Strategic and International Studies"]),
        ("Marsh, Lena", ["Marsh, Lena"]),
    ],
)  # fmt: skip
def test_authors_split_without_breaking_organisations(stated: str, names: list[str]) -> None:
    assert pdf._split_authors(stated) == names


@pytest.mark.parametrize(
    ("stated", "iso"),
    [("D:20221103094512+01'00'", "2022-11-03"), ("D:2021", "2021"), ("2019-05", "2019-05"),
     ("D:20221399", None), ("", None)],
)  # fmt: skip
def test_pdf_dates(stated: str, iso: str | None) -> None:
    assert pdf._pdf_date(stated) == iso


# Line ends ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "vocabulary", "joined"),
    [
        (["coopera-", "tion"], set(), "cooperation"),
        (["Sino-", "Russian"], set(), "Sino-Russian"),
        (["self-", "reliance"], set(), "self-reliance"),
        (["non-", "proliferation"], {"nonproliferation"}, "nonproliferation"),
        (["state-", "owned"], {"state-owned"}, "state-owned"),
        (["https://example.org/sino-", "russian/"], set(), "https://example.org/sino-russian/"),
        (["*Chinese Journal of*", "*Politics* 14"], set(), "*Chinese Journal of Politics* 14"),
        (["ends.", "Next"], set(), "ends. Next"),
        (["the Moscow–", "Kazan line"], set(), "the Moscow–Kazan line"),
        # A word already joined by a hyphen is not hyphenated again: its hyphen is its own.
        (["surface-to-", "air missiles"], set(), "surface-to-air missiles"),
        (["Union-", "Pay cards"], {"unionpay"}, "UnionPay cards"),
    ],
)
def test_joining_lines(lines: list[str], vocabulary: set[str], joined: str) -> None:
    assert pdf._join_lines(lines, vocabulary) == joined


# Files it refuses -----------------------------------------------------------------------------


def test_a_scanned_pdf_is_refused_with_the_ocr_hint() -> None:
    with pytest.raises(InputError, match=r"scanned\.pdf: no text layer .*ocrmypdf scanned\.pdf"):
        pdf.read(FIXTURES / "scanned.pdf")


def test_an_encrypted_pdf_is_refused() -> None:
    with pytest.raises(InputError, match=r"encrypted\.pdf: the PDF is encrypted"):
        pdf.read(FIXTURES / "encrypted.pdf")


def test_a_damaged_pdf_is_refused(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes((FIXTURES / "twocolumn.pdf").read_bytes()[:3000])
    with pytest.raises(InputError, match=r"damaged\.pdf: "):
        pdf.read(damaged)


# The blind held-out article (tests/heldout): the evaluator's gold is the truth ---------------

HELDOUT = Path(__file__).parent / "heldout"


@pytest.mark.parametrize("name", ["c-space", "c-space-onehalf"])
def test_the_held_out_double_spaced_article(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """12pt double-spaced (and 11pt one-and-a-half-spaced) lmodern with fancyhdr: more note
    text than body text, so the commonest size is the notes'; note 8 runs onto the next page
    with a hyphen at the break ("sam-" / "ple")."""
    monkeypatch.setattr(builder_module, "_citations", lambda source_id, notes: [])
    document = pdf.read(HELDOUT / "gen" / f"{name}.pdf").build("doc")
    gold = json.loads((HELDOUT / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    expected = {m["n"]: m["sentence"].translate(TYPOGRAPHY) for m in gold["markers"]}
    got = {n: text.translate(TYPOGRAPHY) for n, text in sentences_by_note(document).items()}
    assert got == expected
    assert document.references == pdf_table.CSPACE_NOTES
    assert document.warnings == []
    assert [s.title for s in document.sections] == [
        "A partnership of necessity",
        "The International Lunar Research Station",
        "Military dimensions",
        "Outlook",
    ]
    assert_metadata(document, gold, authors=False)
    assert len(document.claims) == 23
    assert_no_debris(document, gold)


# Running heads that change with the chapter, authors printed on a title page -----------------


@pytest.mark.parametrize(
    ("name", "authors"),
    [("scrartcl.pdf", ["Karin Holm"]), ("endnotes.pdf", ["Daria Sokolova"]),
     ("book.pdf", ["Petra Lindqvist", "Omar Haddad"]),  # set side by side by \and
     ("twocolumn.pdf", ["Irina Volkova", "Chen Hao"]), ("times.pdf", ["Mikhail Sorokin"])],
)  # fmt: skip
def test_authors_printed_in_the_title_block(
    name: str, authors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the info dictionary's Author: the names between the title and the date,
    affiliations ("Centre for Eurasian Economics", "Fudan University") left out."""
    monkeypatch.setattr(pdf, "_split_authors", lambda text: [])
    assert build(name, monkeypatch).metadata.authors == authors


def test_book_running_heads_that_change_with_each_chapter(monkeypatch: pytest.MonkeyPatch) -> None:
    """book class, twoside, headings: "4 CHAPTER 1. RAILWAYS" and "1.2. GAUGES 5" are taken out;
    a sentence and a hyphenated word ("disproportion-" / "ately") cross page breaks."""
    document = build("book.pdf", monkeypatch)
    assert sentences_by_note(document) == pdf_table.BOOK_SENTENCES
    assert document.references == pdf_table.BOOK_NOTES
    texts = [claim.text for claim in document.claims]
    assert len(texts) == 23
    assert not [t for t in texts if re.search(r"CHAPTER|GAUGES|SIGNALS|RAILWAYS", t)]
    assert any("a disproportionately costly maritime leg but removed" in t for t in texts)
    assert [s.number for s in document.sections] == ["1", "1.1", "1.2", "2", "2.1"]
    meta = document.metadata
    assert (meta.title, meta.authors, meta.issued) == (
        "Steel and Signal: Notes on Eurasian Rail",
        ["Petra Lindqvist", "Omar Haddad"],
        "2021-10",
    )


HELDOUT2 = Path(__file__).parent / "heldout2"


@pytest.mark.skipif(
    not (HELDOUT2 / "gen" / "a-atoms.pdf").exists(), reason="tests/heldout2 is not present"
)
def test_the_held_out_report_with_chapter_heads(monkeypatch: pytest.MonkeyPatch) -> None:
    """report class, Palatino, headings: "CHAPTER 1. INTRODUCTION 3" and "CHAPTER 2. NUCLEAR
    ENERGY 5" stand above sentences that cross the page ("pro-" / "gramme"); the author is only
    printed on the title page."""
    monkeypatch.setattr(builder_module, "_citations", lambda source_id, notes: [])
    document = pdf.read(HELDOUT2 / "gen" / "a-atoms.pdf").build("doc")
    gold = json.loads((HELDOUT2 / "gold" / "a-atoms.json").read_text(encoding="utf-8"))
    expected = {m["n"]: m["sentence"].translate(TYPOGRAPHY) for m in gold["markers"]}
    got = {n: text.translate(TYPOGRAPHY) for n, text in sentences_by_note(document).items()}
    assert got == expected
    assert_metadata(document, gold)
    assert len(document.claims) == 24  # the source's 24 sentences
    for claim in document.claims:
        assert not re.search(r"CHAPTER|INTRODUCTION|NUCLEAR ENERGY|COMPUTING \d", claim.text)
    assert_no_debris(document, gold)


# Columns below a full-width band; a contents page; the blind set 3 (tests/heldout3) ----------


def test_columns_start_below_a_title_block_that_spans_both(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`\\twocolumn[…]`: the title, author, date and abstract cross the gutter, so the page as
    a whole has none; the rows below the band do, though their baselines are out of step."""
    columns = page_columns("spanning.pdf", 1)
    assert [c.band for c in columns] == [0, 0, 1, 2, 2]  # head, title block, two columns
    left, right = columns[-2:]
    assert left.right < right.left
    assert left.lines[0].text == "Gas on the Yamal peninsula"
    assert right.lines[0].text == "A cable under the ice"  # level with the left one
    document = build("spanning.pdf", monkeypatch)
    assert sentences_by_note(document) == pdf_table.SPANNING_SENTENCES
    assert document.references == pdf_table.SPANNING_NOTES
    assert document.warnings == []
    assert [s.title for s in document.sections] == [
        "Gas on the Yamal peninsula", "Containers on the northern route",
        "A cable under the ice", "Outlook",
    ]  # fmt: skip
    assert len(document.claims) == 24  # the abstract's 3 sentences and the text's 21
    for claim in document.claims:
        assert not re.search(r"Lindahl|Arctic Policy Notes|Ice Roads|October 2022", claim.text)
    meta = document.metadata
    assert (meta.title, meta.authors, meta.issued) == (
        "Ice Roads and Data Cables: Russia, China and the Polar Silk Road",
        ["Maja Lindahl"],
        "2022-10",
    )


HELDOUT3 = Path(__file__).parent / "heldout3"


def heldout3(name: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Document, dict[str, Any]]:
    monkeypatch.setattr(builder_module, "_citations", lambda source_id, notes: [])
    document = pdf.read(HELDOUT3 / "gen" / f"{name}.pdf").build("doc")
    gold = json.loads((HELDOUT3 / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    expected = {m["n"]: m["sentence"].translate(TYPOGRAPHY) for m in gold["markers"]}
    got = {n: text.translate(TYPOGRAPHY) for n, text in sentences_by_note(document).items()}
    assert got == expected
    assert sorted(document.references) == sorted(expected)
    assert document.warnings == []
    assert_no_debris(document, gold)
    assert_metadata(document, gold)
    return document, gold


@pytest.mark.skipif(
    not (HELDOUT3 / "gen" / "b-payments.pdf").exists(), reason="tests/heldout3 is not present"
)
def test_the_held_out_two_column_briefing_with_a_spanning_title(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`\\twocolumn[…]` title block over two columns, a closing "Notes" list that runs from
    the foot of the right column onto page 2; short-title heads."""
    document, _ = heldout3("b-payments", monkeypatch)
    assert len(document.claims) == 18  # the source's 18 sentences
    assert document.references[9].startswith("These figures come from official statements")
    assert document.references[10] == "Ibid., p. 12."
    assert [s.title for s in document.sections] == [
        "Introduction", "Messaging and settlement", "Cards and digital currencies", "Outlook",
    ]  # fmt: skip


@pytest.mark.skipif(
    not (HELDOUT3 / "gen" / "a-crs-defense.pdf").exists(), reason="tests/heldout3 is not present"
)
def test_the_held_out_report_with_a_cover_and_a_contents_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A cover page, a "Summary" box, a contents page (entries and page numbers split by a
    gutter; "1 Introduction" also heads the next page), footers "Congressional Research
    Service N", a float page with a table, "Author Information" and "Disclaimer" at the end."""
    document, _ = heldout3("a-crs-defense", monkeypatch)
    texts = [claim.text for claim in document.claims]
    assert len(texts) == 30  # the Summary's 4 sentences and the sections' 26
    assert any("surface-to-air missile systems" in text for text in texts)
    assert [s.title for s in document.sections] == [
        "Summary", "1 Introduction", "2 Background", "3 Aircraft Engines",
        "4 Air Defense and Missile Warning", "5 Dual-Use Trade After 2022",
        "6 Issues for Congress",
    ]  # fmt: skip
    assert document.references[12].endswith("pp. 16012-16020.")  # no table under it


def test_a_contents_page_is_neither_text_nor_headings() -> None:
    """Its entries end in page numbers (set apart by a gutter here); they go, with the heading,
    before running heads are looked for: "1 Introduction" tops the contents and the next page."""
    path = HELDOUT3 / "gen" / "a-crs-defense.pdf"
    if not path.exists():
        pytest.skip("tests/heldout3 is not present")
    with pdfplumber.open(path) as document:
        pages = [pdf._page_columns(each) for each in document.pages]
    dropped = pdf._contents_lines(pages)
    page3 = [line for column in pages[2] for line in column.lines]
    assert {line.text for line in page3 if id(line) in dropped} == {
        "Contents", "1 Introduction", "2 Background", "3 Aircraft Engines",
        "4 Air Defense and Missile Warning", "5 Dual-Use Trade After 2022",
        "6 Issues for Congress", "3", "4",
        "Congressional Research Service", "2",  # its footer: a row that ends in a number
    }  # fmt: skip
    assert not [line for column in pages[3] for line in column.lines if id(line) in dropped]


def test_an_author_information_heading_is_a_heading() -> None:
    """The builder drops the section it opens (end matter): the reader must give it as one."""
    path = HELDOUT3 / "gen" / "a-crs-defense.pdf"
    if not path.exists():
        pytest.skip("tests/heldout3 is not present")
    headings = [entry.title for entry in pdf.read(path)._body if hasattr(entry, "level")]
    assert "Author Information" in headings
    assert "Disclaimer" in headings


# Boxes: a panel above the footnote rule, a pull quote, a framed table; the blind set 4 ---------


def test_a_small_panel_above_the_rule_and_a_pull_quote_leave_the_notes_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An "About the authors" panel in \\small (0.91 of the body) stands right above the
    footnote rule: the notes start at the rule, not at the top of the small print, and the
    panel's bold first line is a heading (the builder drops what it opens). A pull quote in a
    narrow coloured box, set larger than the body, above the notes is no heading of theirs and
    no text; nor is a framed table of figures."""
    document = build("boxes.pdf", monkeypatch)
    assert sentences_by_note(document) == pdf_table.BOXES_SENTENCES
    assert document.references == pdf_table.BOXES_NOTES
    assert document.warnings == []
    texts = [claim.text for claim in document.claims]
    assert len(texts) == 6
    for text in texts:
        assert not re.search(r"research fellow|logistics journal|no treaty|6363|Share", text)
    assert [s.title for s in document.sections] == ["Transit volumes", "Gauges and borders"]
    headings = [e.title for e in pdf.read(FIXTURES / "boxes.pdf")._body if hasattr(e, "level")]
    assert "About the authors" in headings  # the section it opens is end matter, dropped
    meta = document.metadata
    assert (meta.title, meta.authors, meta.issued) == (
        "Rails across the Steppe", ["Marta Kowalczyk", "Henrik Dahl"], "2023-06",
    )  # fmt: skip


def test_boxes_are_read_from_fills_and_frames() -> None:
    """A \\colorbox is a filled rectangle, an \\fbox four strokes; a frame's edges are no
    footnote rules. Lines inside a box narrower than the column are a figure's."""
    with pdfplumber.open(FIXTURES / "boxes.pdf") as document:
        found = [pdf._layout_objects(page)[1:] for page in document.pages]
        pages = [pdf._page_columns(page) for page in document.pages]
    (rules1, boxes1), (rules2, boxes2) = found
    assert len(rules1) == len(rules2) == 1  # the footnote rules alone
    assert len(boxes1) == 2 and len(boxes2) == 1  # the panel and the frame; the pull quote
    pdf._drop_furniture(pages)
    dropped = pdf._figure_lines(pages)
    texts = {
        line.text for columns in pages for c in columns for line in c.lines if id(line) in dropped
    }
    assert texts == {
        "Year 2018 2019 2020 2021", "Trains 6363 8225 12406 15183", "Share (%) 0.9 1.2 1.7 2.1",
        "“A gauge is a border that no treaty can open.”",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "numeric"),
    [("Year 2019 2020 2021 2022 2023", True), ("bcm 0.3 4.1 10.4 15.4 22.7", True),
     ("Share (%) 0.9 1.2 1.7 2.1", True), ("in 2019, 2020 and 2021 the", False),
     ("pp. 211–215.", False), ("Russia 12% 14% 15% growth in exports", False)],
)  # fmt: skip
def test_rows_of_figures(text: str, numeric: bool) -> None:
    assert pdf._numeric(text) is numeric


HELDOUT4 = Path(__file__).parent / "heldout4"


def heldout4(name: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Document, dict[str, Any]]:
    """Set 4's gold: a note on a heading has the heading's text (the builder links it to no
    claim, so it is checked among the headings)."""
    path = HELDOUT4 / "gen" / f"{name}.pdf"
    if not path.exists():
        pytest.skip("tests/heldout4 is not present")
    monkeypatch.setattr(builder_module, "_citations", lambda source_id, notes: [])
    reader = pdf.read(path)
    document = reader.build("doc")
    gold = json.loads((HELDOUT4 / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    got = {n: text.translate(TYPOGRAPHY) for n, text in sentences_by_note(document).items()}
    titles = {s.title.translate(TYPOGRAPHY) for s in document.sections}
    for m in gold["markers"]:
        sentence = m["sentence"].translate(TYPOGRAPHY)
        assert got.get(m["n"]) == sentence or (
            m["n"] in reader._heading_notes and any(t.endswith(sentence) for t in titles)
        ), (m["n"], got.get(m["n"]))
    assert sorted(document.references) == sorted(m["n"] for m in gold["markers"])
    assert document.warnings == [
        f"note {n} is marked on a heading, not in a sentence" for n in sorted(reader._heading_notes)
    ]
    assert_no_debris(document, gold)
    assert_metadata(document, gold)
    return document, gold


def test_the_held_out_policy_brief_with_coloured_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """12pt helvet, a title band, a "Key points" panel, a pull quote above the notes of page 2
    and an "About the authors" panel in \\small above those of page 4; the authors a plain
    \\large line under the band (no info dictionary)."""
    document, _ = heldout4("b-space-brief", monkeypatch)
    assert len(document.claims) == 22
    url = "http://www.cnsa.gov.cn/english/n6465652/n6465653/c6811380/content.html"
    assert f"{url} (Accessed: 5 April 2024)." in document.references[5]
    assert [s.title for s in document.sections][-1] == "4. Recommendations"
    path = HELDOUT4 / "gen" / "b-space-brief.pdf"
    headings = [e.title for e in pdf.read(path)._body if hasattr(e, "level")]
    assert "About the authors" in headings


def test_the_held_out_working_paper_with_a_framed_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """mathptmx 10pt: "February 2024" printed in 12pt under the author (no info-dict date), an
    \\fbox figure holding a table of figures, note 3 on a section heading, notes set by
    \\footnotemark/\\footnotetext, an abstract indented as a whole."""
    document, _ = heldout4("a-energy-tech", monkeypatch)
    texts = [claim.text for claim in document.claims]
    assert len(texts) == 23
    assert texts[0].startswith("This working paper reviews a decade of Sino-Russian cooperation")
    assert texts[1].startswith("It finds that sanctions, rather than long-term planning")


# LibreOffice Writer's PDFs: note numbers not raised in the notes, no rule; notes at body size ----


@pytest.mark.parametrize(
    ("name", "sections", "title", "author", "issued"),
    [
        ("lo-odt.pdf", ["Background", "The land corridor", "Paying for grain", "Conclusion"],
         "Grain Corridors and Payment Rails: Russian Wheat in Chinese Ports", "Elena Marsh",
         "2023-04-09"),
        ("lo-docx.pdf", ["Introduction", "Stations on each other’s soil", "Limits of the exchange",
                         "Commercial uses", "Conclusion"],
         "Shared Orbits: Satellite Navigation Ground Stations in Russia and China", "Tomas Berg",
         "2021-11-30"),
    ],
)  # fmt: skip
def test_libreoffice_pdfs(
    name: str,
    sections: list[str],
    title: str,
    author: str,
    issued: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Writer sets a note's number in the footnote area at the note's size on the baseline
    ("5Pavel Ivanov…") and, from pandoc's ODT template, draws no separator (lo-odt: DejaVu
    Serif 11pt, note 5 runs onto page 2, a sentence crosses the page break); pandoc's Word
    template sets the notes at the body's size under a rule, raised numbers, each note spaced
    apart so that the last on a page stands alone at the foot (lo-docx: a URL broken before
    ".html")."""
    document = build(name, monkeypatch)
    assert [s.title for s in document.sections] == sections
    meta = document.metadata
    assert (meta.title, meta.authors, meta.issued) == (title, [author], issued)


def test_plain_note_numbers_open_a_footnote_area_only_when_a_marker_calls_them() -> None:
    """A run of small lines at the foot opening "3 …" is notes when a raised 3 stands above;
    small print that happens to open with a number is not."""
    columns = page_columns("lo-odt.pdf", 2)
    lines = columns[0].lines
    body, notes = pdf.split_footnote_area(lines, columns[0].rules, 11.0)
    assert notes[0].text.startswith("small lots rather than")  # note 5 goes on
    assert [pdf._plain_number(line) for line in notes if pdf._plain_number(line)] == list(
        range(6, 13)
    )
    called = [line for line in body if not any(run.raised for run in line.runs)]
    assert pdf.split_footnote_area(called, columns[0].rules, 11.0)[1] == []


HELDOUT5 = Path(__file__).parent / "heldout5"


def test_the_held_out_libreoffice_paper(monkeypatch: pytest.MonkeyPatch) -> None:
    """Set 5's a-aviation.pdf: pandoc → ODT with a running head and page numbers → LibreOffice
    7.4; no footnote rule, note numbers on the notes' baseline, note 7 runs onto page 2."""
    path = HELDOUT5 / "gen" / "a-aviation.pdf"
    if not path.exists():
        pytest.skip("tests/heldout5 is not present")
    monkeypatch.setattr(builder_module, "_citations", lambda source_id, notes: [])
    document = pdf.read(path).build("doc")
    gold = json.loads((HELDOUT5 / "gold" / "a-aviation.json").read_text(encoding="utf-8"))
    expected = {m["n"]: m["sentence"].translate(TYPOGRAPHY) for m in gold["markers"]}
    got = {n: text.translate(TYPOGRAPHY) for n, text in sentences_by_note(document).items()}
    assert got == expected
    assert sorted(document.references) == list(range(1, 13))
    assert document.references[12] == "Ibid., 11."
    assert document.references[7].endswith(
        "*Comprehensive Program for the Development of Aviation Industry to 2030* "
        "(Moscow: Minpromtorg, 2022), 14–17."
    )
    assert document.warnings == []
    assert len(document.claims) == 18
    assert_no_debris(document, gold)
    assert_metadata(document, gold)
