"""The common model every reader writes to: sections, end matter, markers, lists, warnings.

Readers are tested on real files (test_format_*.py); these pin the rules they share.
"""

from __future__ import annotations

import pytest

from sinotech.ingest import builder as builder_module
from sinotech.ingest.builder import DocumentBuilder, marker


@pytest.fixture(autouse=True)
def no_citations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Notes are parsed into works by citations.py, tested on its own."""
    monkeypatch.setattr(builder_module, "_citations", lambda source_id, notes: [])


def sections_of(headings: list[tuple[int, str]]) -> list[tuple[str, str, str | None]]:
    document_builder = DocumentBuilder()
    for level, title in headings:
        document_builder.heading(level, title)
        document_builder.paragraph(f"Text under {title} is a sentence.")
    document = document_builder.build("doc")
    return [(s.number, s.title, s.parent) for s in document.sections]


def test_sections_counted_by_level_when_unnumbered() -> None:
    assert sections_of([(2, "Intro"), (3, "Detail"), (3, "More"), (2, "End game")]) == [
        ("1", "Intro", None),
        ("1.1", "Detail", "1"),
        ("1.2", "More", "1"),
        ("2", "End game", None),
    ]


def test_the_documents_own_numbers_and_named_unnumbered_sections() -> None:
    assert sections_of(
        [(1, "Summary"), (1, "1 Introduction"), (2, "1.1 Scope"), (1, "2 Trade"), (1, "Conclusion")]
    ) == [
        ("summary", "Summary", None),
        ("1", "Introduction", None),
        ("1.1", "Scope", "1"),
        ("2", "Trade", None),
        ("conclusion", "Conclusion", None),
    ]


def test_end_matter_is_not_claims_and_markers_link_to_their_sentence() -> None:
    document_builder = DocumentBuilder()
    document_builder.heading(1, "Findings")
    document_builder.paragraph(
        "Huawei opened a lab." + marker(1) + " It employs 500 people, says Lee" + marker(2) + "."
    )
    document_builder.list_items(["A list item with a stray marker" + marker(3)])
    document_builder.heading(1, "Author Information")
    document_builder.paragraph("Jane Roe is a fellow at the institute.")
    for n in (1, 2, 4):
        document_builder.note(n, f"Note {n}.")
    document = document_builder.build("doc")
    assert [(c.id, c.text, [(m.n, m.offset) for m in c.markers]) for c in document.claims] == [
        ("doc:1:1", "Huawei opened a lab.", [(1, 20)]),
        ("doc:1:2", "It employs 500 people, says Lee.", [(2, 31)]),
        ("doc:1:3", "A list item with a stray marker", []),
    ]
    assert document.warnings == ["marker 3 has no note", "note 4 has no marker in the text"]


def test_fragments_complete_their_lead_in() -> None:
    document_builder = DocumentBuilder()
    document_builder.paragraph("Three factors explain the gap:")
    document_builder.list_items(["distrust" + marker(1), "a small market", "and habit."])
    document_builder.note(1, "Note.")
    document = document_builder.build("doc")
    assert [(c.text, [m.n for m in c.markers]) for c in document.claims] == [
        ("Three factors explain the gap: distrust; a small market; and habit.", [1])
    ]


def test_a_note_on_a_heading_and_a_row_of_figures() -> None:
    document_builder = DocumentBuilder()
    document_builder.heading(1, "Gas exports" + marker(1))
    document_builder.paragraph("Year 2019 2020 2021 2022 2023 bcm 0.3 4.1 10.4 15.4 22.7")
    document_builder.paragraph("In 2019, 2020 and 2021 exports grew 5, 7 and 9 per cent.")
    document_builder.note(1, "Gazprom, *Annual Report 2022* (Moscow: Gazprom, 2023).")
    document = document_builder.build("doc")
    assert [claim.text for claim in document.claims] == [
        "In 2019, 2020 and 2021 exports grew 5, 7 and 9 per cent."
    ]
    assert document.sections[0].title == "Gas exports"
    assert document.warnings == ["note 1 is marked on a heading, not in a sentence"]
