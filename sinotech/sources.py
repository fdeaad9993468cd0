"""The five bundled documents: their files, metadata and how to find their running text.

Metadata is recorded only as the document states it or as the corpus README verified it from a
public copy (the `provenance` note says which); a field nobody verified stays empty.

Articles are web pages with site chrome around the text. Each article names, as regular
expressions over its paragraphs, where its running text starts (the paragraph *after* `body_after`)
and ends (the paragraph *at* `body_until`), plus any photo captions inside that span.
"""

from __future__ import annotations

from typing import NamedTuple


class Source(NamedTuple):
    """A document's file, metadata and running-text markers. A NamedTuple rather than a frozen
    dataclass: every command loads this module, and dataclasses costs far more to import and
    to apply (about 7 ms with Settings and Column, measured) than typing, which Click loads."""

    id: str
    filename: str
    kind: str  # ingest path: "report", "article"; added: pandoc, webpage, pdf, text, bibliography
    type: str  # CSL-JSON item type
    title: str
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    container_title: str | None = None
    issued: str | None = None  # ISO 8601, as precise as known: "2022-11", "2021-05-12"
    url: str | None = None
    isbn: str | None = None
    doi: str | None = None
    provenance: str = ""
    body_after: str | None = None
    body_until: str | None = None
    captions: tuple[str, ...] = ()
    added: bool = False  # added by the user (kept in the library), not bundled


SOURCES: tuple[Source, ...] = (
    Source(
        id="acri-2022",
        filename="acri-2022-lee-china-russia-advanced-technologies.txt",
        kind="report",
        type="report",
        title=(
            "China-Russia cooperation in advanced technologies: The future global balance of "
            "power and the limits of 'unlimited' partnership"
        ),
        authors=("John Lee",),
        publisher="Australia-China Relations Institute, University of Technology Sydney",
        issued="2022-11",
        url=(
            "https://www.australiachinarelations.org/content/china-russia-cooperation-advanced-"
            "technologies-future-global-balance-power-and-limits"
        ),
        isbn="978-0-6452063-7-1",
        provenance="title page of the report; URL from the ACRI page (corpus README)",
    ),
    Source(
        id="orf-2021",
        filename="orf-2021-kapoor-tech-tonic-shift.txt",
        kind="article",
        type="webpage",
        title="Tech-tonic shift in Sino-Russian cooperation",
        authors=("Nivedita Kapoor",),
        publisher="Observer Research Foundation",
        container_title="Expert Speak: Raisina Debates",
        issued="2021-05-12",
        url="https://www.orfonline.org/expert-speak/tech-tonic-shift-in-sino-russian-cooperation",
        provenance=(
            "the page's own header and contributor box; URL from the ORF page (corpus README)"
        ),
        body_after=r"^Tech-tonic shift in Sino-Russian cooperation\b",
        body_until=r"^The views expressed above belong to the author",
    ),
    Source(
        id="radu-2019",
        filename="radu-2019-russia-china-high-tech-bet.txt",
        kind="article",
        type="article-magazine",
        title="Russia and China's High-Tech Bet",
        authors=("Sintia Radu",),
        publisher="U.S. News & World Report",
        container_title="U.S. News & World Report",
        issued="2019-11-29",
        provenance=(
            "publisher and date from the CNAS press page 'Russia and China's High-Tech Bet' "
            "(corpus README); the 6 December 2019 in the text dates the copy, not the article"
        ),
        body_after=r"^By Sintia Radu",
        body_until=r"^No comments:",
        captions=(r"^A Huawei engineer displays parts",),
    ),
    Source(
        id="ecfr-2019",
        filename="ecfr-2019-authoritarian-entente.txt",
        kind="article",
        type="webpage",
        title="The authoritarian entente: Sino-Russian security cooperation",
        publisher="European Council on Foreign Relations",
        url=(
            "https://ecfr.eu/article/"
            "commentary_the_authoritarian_entente_sino_russian_security_cooperation/"
        ),
        provenance=(
            "URL from the ECFR page (corpus README); no byline or date is stated or verified "
            "(its content places it in late 2019)"
        ),
        body_after=r"^The authoritarian entente: Sino-Russian security cooperation$",
        body_until=r"^The European Council on Foreign Relations does not take collective",
    ),
    Source(
        id="uts-2022",
        filename="uts-2022-acri-report-landing-page.txt",
        kind="article",
        type="webpage",
        title=(
            "China-Russia cooperation in advanced technologies: The future global balance of "
            "power and the limits of 'unlimited' partnership"
        ),
        publisher="University of Technology Sydney",
        issued="2022-11-03",
        provenance="the page's own heading and date (UTS newsroom)",
        body_after=r"^Executive Summary$",
        body_until=r"^Author$",
    ),
)

SOURCE_IDS: tuple[str, ...] = tuple(source.id for source in SOURCES)
# The footnoted document: `footnote N` and `cite --footnote N` mean its notes.
REPORT_ID = next(source.id for source in SOURCES if source.kind == "report")
