"""The corpus as claims: every footnote marker resolved, sentences cut right, debris left out."""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sinotech import store
from sinotech.ingest.paragraphs import assemble
from sinotech.paths import bundled
from sinotech.sources import SOURCES

# Hand-checked against the report: the whole sentence that carries each marker, and where the
# marker stood (None: after the sentence's last character).
CARRIERS = {
    1: (
        "acri-2022:1:6",
        "It long predates either Vladimir Putin's or Xi Jinping's autocratic leadership, having "
        "developed over the better part of three decades despite persistent mutual suspicion and "
        "conflicting interests.",
        None,
    ),
    6: (
        "acri-2022:1:18",
        "The joint statement issued during Vladimir Putin's visit to Beijing in February 2022 made "
        "frequent mention of S&T, including as a priority for exchanges among the BRICS states.",
        None,
    ),
    15: (
        "acri-2022:2.1:8",
        "Huawei also benefited from the Russian government's designation of a frequency range for "
        "5G telecoms for which Huawei is the only equipment vendor available, and from perceptions "
        "in Russia that the threat of PRC vendors enabling state surveillance and espionage was no "
        "more serious than that of Western vendors doing the same.",
        None,
    ),
    51: (
        "acri-2022:2.3:15",
        "For instance, in 2018 Huawei and a PRC information security standards body hosted Russian "
        "parliamentarians and officials to discuss issues ranging from security of digital "
        "financial transactions to the root servers of the Internet's global domain name system "
        "(DNS).",
        None,
    ),
    # Split by a page break and an image credit inside the sentence.
    53: (
        "acri-2022:2.3:17",
        "These measures provide the basis for the 'sovereign internet' (RuNet) aspiration declared "
        "by Putin.",
        None,
    ),
    # Mid-sentence, inside parentheses.
    75: (
        "acri-2022:3.2:5",
        "In 2016 and 2018, Russia created dedicated agencies (ARF/FPI and Era) to drive "
        "development of next-generation technologies and their integration into Russia's defence "
        "industries.",
        len("In 2016 and 2018, Russia created dedicated agencies (ARF/FPI and Era"),
    ),
    100: (
        "acri-2022:3.3:22",
        "A potential alternative to IP owned by Western firms is the open-source RISC-V "
        "architecture, which PRC firms are betting on heavily.",
        None,
    ),
    # Mid-sentence, after a comma; the same sentence carries 109 at its end.
    108: (
        "acri-2022:3.3:41",
        "Russia supplies an estimated 30 percent of the world's neon, xenon and krypton, while "
        "prior to Russia's 2022 invasion Ukraine supplied some 50 percent of global neon "
        "consumption.",
        len("Russia supplies an estimated 30 percent of the world's neon,"),
    ),
    133: (
        "acri-2022:4.2:3",
        "The amount of known cooperation in this area raises the prospect of integration of the "
        "two states' AMD systems, which would bring significant synergies but is not indicated in "
        "public statements.",
        None,
    ),
    149: (
        "acri-2022:4.4:8",
        "At a military procurement event in April 2022, a People's Liberation Army logistics "
        "officer was quoted on PRC state media as saying 'we are gradually developing a whole "
        "system of unmanned intelligent equipment'.",
        None,
    ),
    160: (
        "acri-2022:4.5:3",
        "A US intelligence agency report published in April 2022 did not speculate about possible "
        "PRC–Russia cooperation on ASAT capabilities but assessed that both countries have already "
        "deployed a range of such technologies that include electronic warfare and directed energy "
        "systems (lasers and microwaves) alongside kinetic weapons, with both states' ASAT "
        "capability suites expected to expand significantly over the coming decade.",
        None,
    ),
    # Mid-sentence, before a dash.
    183: (
        "acri-2022:6:1",
        "Viewing the PRC–Russia partnership as an ideologically driven ‘axis of authoritarianism’ "
        "– or ‘arc of autocracies’, to quote former Australian Prime Minister Scott Morrison – is "
        "not very useful in explaining Sino–Russian cooperation.",
        len(
            "Viewing the PRC–Russia partnership as an ideologically driven ‘axis of "
            "authoritarianism’ – or ‘arc of autocracies’, to quote former Australian Prime "
            "Minister Scott Morrison"
        ),
    ),
    188: (
        "acri-2022:6:11",
        "As one commentator said: ‘Nothing the West can offer the PRC leadership... would "
        "compensate it for taking such a drastic step’.",
        None,
    ),
    194: (
        "acri-2022:6:31",
        "Even before February 2022, the narrowly based Sino-Russian economic relationship was not "
        "proportionate to either Beijing's or Moscow's long-term interest in mutual cooperation, "
        "nor even with goals outlined in the bilateral strategic partnership announced in 1996.",
        None,
    ),
}


def test_all_194_footnotes_resolve_once_in_order(connection: sqlite3.Connection) -> None:
    rows = connection.execute(
        """SELECT l.n, c.position FROM claim_footnotes l JOIN claims c ON c.id = l.claim
           WHERE l.source = 'acri-2022' ORDER BY c.position, l.char_offset"""
    ).fetchall()
    assert [n for n, _ in rows] == list(range(1, 195))
    texts = connection.execute("SELECT n FROM footnotes WHERE source = 'acri-2022'").fetchall()
    assert sorted(n for (n,) in texts) == list(range(1, 195))


@pytest.mark.parametrize("n", sorted(CARRIERS))
def test_footnote_carried_by_the_right_sentence(connection: sqlite3.Connection, n: int) -> None:
    claim_id, sentence, offset = CARRIERS[n]
    note = store.footnote(connection, n, "acri-2022")
    assert note["claim"]["id"] == claim_id
    assert note["claim"]["text"] == sentence
    (stored_offset,) = connection.execute(
        "SELECT char_offset FROM claim_footnotes WHERE source = 'acri-2022' AND n = ?", [n]
    ).fetchone()
    assert stored_offset == (len(sentence) if offset is None else offset)


def test_reference_entries_are_verbatim(connection: sqlite3.Connection) -> None:
    report = bundled("references") / "acri-2022-lee-china-russia-advanced-technologies.txt"
    lines = re.findall(r"^- (\d+) (.*?)\s*$", report.read_text(encoding="utf-8"), re.M)
    stored = dict(connection.execute("SELECT n, text FROM footnotes").fetchall())
    assert len(lines) == 194
    assert {int(n): text for n, text in lines} == stored
    assert stored[13].startswith("See, for example,Carolynn Look and Tom Hancock,")
    assert stored[81] == (
        "Monty Munford, 'China, Russia team up on \\$200 million robotics deal', *Forbes*, April "
        "23 2015 <<https://www.forbes.com/sites/montymunford/2015/04/23/"
        "china-russia-team-up-on-200-million-robotics-deal/?sh=4f6b19495ea3>>."
    )


def test_a_lead_in_to_headed_paragraphs_is_no_claim(connection: sqlite3.Connection) -> None:
    """Radu's "Among the areas where the Russia-China partnership is focused:" labels the
    paragraphs under run-in heads that follow; it states nothing (issue 10, item 21)."""
    texts = [row[0] for row in connection.execute("SELECT text FROM claims")]
    assert not any(text.startswith("Among the areas where") for text in texts)
    (claim,) = connection.execute("SELECT id, text FROM claims WHERE id = 'radu-2019:9'")
    assert claim[1].startswith("Next-generation telecommunications: The ban imposed")
    assert assemble(["Key points:", "Space: Russia leads. It builds rockets."], False) == [
        "Space: Russia leads. It builds rockets."
    ]
    assert assemble(["It found three things:", "Most were new."], False) == [
        "It found three things:", "Most were new."
    ]  # fmt: skip


def test_claim_counts_per_source(connection: sqlite3.Connection) -> None:
    counts = dict(
        connection.execute("SELECT source, count(*) FROM claims GROUP BY source").fetchall()
    )
    assert counts == {
        "acri-2022": 374,
        "orf-2021": 54,
        "radu-2019": 25,
        "ecfr-2019": 44,
        "uts-2022": 20,
    }


def test_section_claim_counts(connection: sqlite3.Connection) -> None:
    counts = dict(
        connection.execute(
            "SELECT section, count(*) FROM claims WHERE source = 'acri-2022' GROUP BY section"
        ).fetchall()
    )
    assert counts["summary"] == 20
    assert counts["1"] == 39
    assert counts["2.1"] == 21
    assert counts["3.3"] == 45
    assert counts["6"] == 33
    assert "2" not in counts  # chapter 2 has no text before its first section
    assert sum(counts.values()) == 374


def test_sections_come_from_the_contents_table(connection: sqlite3.Connection) -> None:
    rows = store.sections(connection, "acri-2022")
    numbered = [(r["number"], r["page"]) for r in rows if r["kind"] in ("chapter", "section")]
    assert numbered == [
        ("1", 4), ("2", 7), ("2.1", 8), ("2.2", 9), ("2.3", 10), ("3", 13), ("3.1", 14),
        ("3.2", 15), ("3.3", 16), ("4", 19), ("4.1", 21), ("4.2", 21), ("4.3", 22), ("4.4", 22),
        ("4.5", 23), ("5", 24), ("5.1", 25), ("5.2", 26), ("5.3", 27), ("6", 28),
    ]  # fmt: skip
    titles = {r["number"]: r["title"] for r in rows}
    assert titles["4.2"] == "Air and missile defence (AMD)"
    assert titles["1"] == (
        "Introduction: Interpreting the PRC-Russia relationship and technology cooperation"
    )
    assert [r["number"] for r in rows if r["kind"] == "endmatter"] == [
        "acknowledgements",
        "about-the-author",
        "references",
    ]


DEBRIS = [
    "Image credit", "Shutterstock", "decorative graphic", "intentionally left blank",
    "arrow_right_alt", "arrow_forward_ios", "Subscribe", "Skip to main content", "Find a course",
    "Share this", "Read More", "No comments", "Telegram", "Senior Policy Fellow", "Contributor",
    "Acknowledgement of Country", "download the PDF", "Published on", "privacy notice",
    "East West Futures", "peer reviewers", "ISBN", "Broadway NSW", "Executive summary",
    "Key takeaways include", "*", "\\$", "Bantian campus", "|",
]  # fmt: skip


@pytest.mark.parametrize("fragment", DEBRIS)
def test_no_claim_contains_debris(connection: sqlite3.Connection, fragment: str) -> None:
    hits = connection.execute(
        "SELECT id FROM claims WHERE instr(text, ?) > 0", [fragment]
    ).fetchall()
    assert hits == []


def test_no_claim_carries_marker_digits(connection: sqlite3.Connection) -> None:
    hits = connection.execute("SELECT id FROM claims WHERE text GLOB '*[⁰¹²³⁴⁵⁶⁷⁸⁹]*'").fetchall()
    assert hits == []


def text_of(connection: sqlite3.Connection, claim_id: str) -> str:
    return connection.execute("SELECT text FROM claims WHERE id = ?", [claim_id]).fetchone()[0]


@pytest.mark.parametrize(
    ("claim_id", "sentence"),
    [
        # Joined across a page break in mid-sentence.
        (
            "acri-2022:1:14",
            "This has included Russian adoption of PRC-provided information technology and "
            "initiation of bilateral state-led technology development projects.",
        ),
        # Joined across a page break that falls before a capitalised word.
        (
            "acri-2022:3.3:5",
            "The best the PRC can expect is to boost its role within a web of close integration "
            "with the US and its allied states.",
        ),
        # Joined across an image credit.
        (
            "acri-2022:3.3:11",
            "Others express doubt that foreign governments can effectively monitor transfers of "
            "microelectronics from the PRC to Russia.",
        ),
        # An escaped dollar sign and a hyphenated place in a sentence.
        (
            "acri-2022:3.2:13",
            "In 2015, a PRC venture capital fund entered a US$200 million agreement with Skolkovo "
            "– an agency created by then-premier Dmitry Medvedev to develop a Silicon Valley-type "
            "cluster in Moscow – to create a joint business incubator, investment fund and "
            "robotics R&D centre.",
        ),
        # Decimal numbers do not end a sentence.
        (
            "acri-2022:3.3:14",
            "That year, Moscow approved a development strategy for Russia's electronics industry "
            "that included a domestic market share target for Russian firms of 59.1 percent by "
            "2030.",
        ),
        # Italics in the extraction are not kept as asterisks.
        (
            "acri-2022:3:1",
            "PRC and Russian policymakers have long aspired to broaden Sino-Russian commercial and "
            "technological exchanges beyond state-led projects, thereby changing the situation of "
            "so-called ‘hot politics, cold economics’ (in Chinese zhengre jingleng).",
        ),
        # A bulleted list of fragments completes its lead-in sentence.
        (
            "acri-2022:summary:5",
            "This report provides an overview of Sino-Russian collaboration across four broad "
            "fields: Telecommunications, artificial intelligence and cyberspace; Machine tools, "
            "'fourth industrial revolution' applications and microelectronics; Defence-oriented "
            "technologies; and Uses of outer space.",
        ),
        # A numbered list of full sentences: the number goes, the label before it too.
        (
            "acri-2022:summary:7",
            "PRC collaborations with Russia in all these fields are often less deep than suggested "
            "by official descriptions.",
        ),
        # St. and U.S. do not end sentences.
        (
            "radu-2019:11",
            "Huawei has centers in Moscow, St. Petersburg, Kazan, Novosibirsk and Nizhny Novgorod.",
        ),
        (
            "radu-2019:7",
            "In addition, Russian President Vladimir Putin said Russia would help the Chinese "
            "build their own missile early-warning system – a technology that only Russia and the "
            "U.S. have successfully implemented so far.",
        ),
        # A sentence ending inside a closing quote.
        (
            "orf-2021:14",
            "While some cooperation in high technology had been ongoing since the early years of "
            "the 21st century, the partnership remained small-scale, ‘not systematic and lacked "
            "depth.’",
        ),
        # A paragraph that ends without a full stop stays one sentence, and is not joined on.
        (
            "ecfr-2019:32",
            "This is because doing so will, in the long term, give away Russia’s only military "
            "advantages over China: organisation, leadership, and combat experience",
        ),
    ],
)
def test_sentences(connection: sqlite3.Connection, claim_id: str, sentence: str) -> None:
    assert text_of(connection, claim_id) == sentence


def test_articles_start_after_their_chrome(connection: sqlite3.Connection) -> None:
    assert text_of(connection, "orf-2021:1").startswith(
        "Technological cooperation has increasingly gained significance"
    )
    assert text_of(connection, "radu-2019:1").startswith("AS THE United States increases")
    assert text_of(connection, "ecfr-2019:1") == (
        "One of the most persistent myths in geopolitics is that Western countries are at risk "
        "of driving Russia into the arms of China."
    )
    assert text_of(connection, "uts-2022:1") == (
        "Advanced technologies are a key factor in the evolving international balance of power."
    )


def test_pull_quotes_are_claims_once(connection: sqlite3.Connection) -> None:
    for fragment in (
        "codify a process that has been going on for years",
        "nothing that Chinese leaders do or stand for",
    ):
        rows = connection.execute(
            "SELECT id FROM claims WHERE instr(lower(text), lower(?)) > 0", [fragment]
        ).fetchall()
        assert len(rows) == 1, fragment
    assert [
        row[0]
        for row in connection.execute(
            "SELECT id FROM claims WHERE instr(text, 'codify a process') > 0"
        )
    ] == ["ecfr-2019:36"]


def test_uts_page_repeats_the_summary(connection: sqlite3.Connection) -> None:
    rows = connection.execute(
        "SELECT id, duplicate_of FROM claims WHERE source = 'uts-2022' ORDER BY position"
    ).fetchall()
    assert [tuple(row) for row in rows] == [
        (f"uts-2022:{i}", f"acri-2022:summary:{i}") for i in range(1, 21)
    ]
    assert (
        connection.execute("SELECT count(*) FROM claims WHERE duplicate_of IS NOT NULL").fetchone()[
            0
        ]
        == 20
    )


def test_claim_ids_are_stable_across_rebuilds(tmp_path, connection: sqlite3.Connection) -> None:
    store.build(tmp_path / "again.db")
    with store.open_store(tmp_path / "again.db") as again:
        query = "SELECT id, text FROM claims ORDER BY source, position"
        assert again.execute(query).fetchall() == connection.execute(query).fetchall()


def test_documents_carry_their_metadata(connection: sqlite3.Connection) -> None:
    rows = {row["id"]: row for row in store.sources(connection)}
    assert list(rows) == ["acri-2022", "orf-2021", "radu-2019", "ecfr-2019", "uts-2022"]
    acri = rows["acri-2022"]
    assert (acri["kind"], acri["type"], acri["authors"], acri["issued"]) == (
        "report",
        "report",
        ["John Lee"],
        "2022-11",
    )
    radu = rows["radu-2019"]
    assert (radu["publisher"], radu["issued"]) == ("U.S. News & World Report", "2019-11-29")
    ecfr = rows["ecfr-2019"]
    assert (ecfr["authors"], ecfr["issued"]) == ([], None)
    assert rows["orf-2021"]["authors"] == ["Nivedita Kapoor"]


def test_vendored_files_match_their_readme() -> None:
    folder = bundled("references")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"`([\w.-]+\.txt)`.*?`([0-9a-f]{64})`", readme))
    assert sorted(listed) == sorted(path.name for path in folder.glob("*.txt"))
    for name, digest in listed.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest


def _rows(path) -> dict[str, list[tuple]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in ("claims", "sections", "claim_footnotes", "citations", "works")
        }


def test_a_build_reads_the_bundled_documents_from_the_cache_the_last_one_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first build caches each bundled document's ingest; the next reads none of the files
    again (ingest fails if it tries) and makes the same store; a cache another ingest code made
    is read again, that document alone."""
    import json

    import sinotech.ingest

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    store.build(first)
    cached = sorted((tmp_path / "cache" / "sinotech" / "corpus").iterdir())
    assert [path.name.rsplit("-", 1)[0] for path in cached] == sorted(
        source.id for source in SOURCES
    )
    read = sinotech.ingest.ingest_source
    ingested: list[str] = []

    def ingest_source(source, corpus_dir):
        ingested.append(source.id)
        if source.id != "orf-2021":
            raise AssertionError(f"{source.id} was ingested again")
        return read(source, corpus_dir)

    monkeypatch.setattr(sinotech.ingest, "ingest_source", ingest_source)
    store.build(second)
    assert ingested == []
    assert _rows(second) == _rows(first)
    (orf,) = [path for path in cached if path.name.startswith("orf-2021-")]
    data = json.loads(orf.read_text("utf-8"))
    orf.write_text(json.dumps({**data, "code": "made by other code"}), "utf-8")
    store.build(second)
    assert ingested == ["orf-2021"]
    assert _rows(second) == _rows(first)
    assert json.loads(orf.read_text("utf-8"))["code"] == data["code"]  # cached again
    for damaged in ("[1, 2]", json.dumps({**data, "document": {"claims": 3}}), '{"code": '):
        orf.write_text(damaged, "utf-8")  # damaged or edited: read again, and no traceback
        ingested.clear()
        store.build(second)
        assert ingested == ["orf-2021"]
        assert _rows(second) == _rows(first)


def test_a_cache_that_cannot_be_written_fails_no_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "cache").write_text("a file where the cache folder would be", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert store.build(tmp_path / "s.db")["claims"] == 517


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        st.sampled_from(list("aB zé.\t\n\u00a0\u2009\u3000\u0085\u2028\u200b‘’“”–—¹²³ﬁＡ")),
        max_size=40,
    )
)
def test_normalize_is_its_definition_on_any_text(text: str) -> None:
    """The fast paths (ASCII left alone, marks replaced one by one, spaces split) give what the
    definition gives: superscripts out, NFKC, plain marks, one space, case folded."""
    import unicodedata

    from sinotech.ingest.text import SUPERSCRIPT_DIGITS, normalize

    defined = unicodedata.normalize("NFKC", re.sub(f"[{SUPERSCRIPT_DIGITS}]+", "", text))
    defined = defined.translate(str.maketrans("‘’“”–—", "''\"\"--"))
    assert normalize(text) == re.sub(r"\s+", " ", defined).strip().casefold()
