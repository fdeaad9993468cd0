"""`sinotech add`/`remove`/`sources` on a library of the test's own: claims linked to their
notes, the library kept safe, keys that never change, bad input refused whole.

The plain-text brief in tests/fixtures/text/ was written for these tests (CC0); GOLD below is
its hand-checked table: each claim's exact text and the notes it carries.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from sinotech.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "text"
BRIEF = FIXTURES / "arctic-brief.txt"
BIB = FIXTURES / "extra.bib"

# fmt: off
GOLD = [
    ("ivanova-2020:1:1", "Chinese shipping on the Northern Sea Route grew after 2018.", [1]),
    ("ivanova-2020:1:2", "COSCO sent fourteen voyages through the route in 2019, more than any "
                         "other foreign carrier.", [2]),
    ("ivanova-2020:1:3", "Russian officials welcomed the traffic, calling it \"a new Silk Road "
                         "on ice.\"", [3]),
    ("ivanova-2020:1:4", "Investment followed the ships.", []),
    ("ivanova-2020:1:5", "The Silk Road Fund bought 9.9 per cent of Yamal LNG in 2016, and "
                         "Chinese banks lent the project about $12 billion.", [4, 5]),
    ("ivanova-2020:2:1", "Russia lacks the icebreaking tankers it needs, and South Korean yards "
                         "built most of them.", [6]),
    ("ivanova-2020:2:2", "Beijing wants its own polar technology: the icebreaker Xuelong 2 "
                         "entered service in 2019, and Chinese researchers now publish more "
                         "polar science than Russian ones.", [7, 8]),
    ("ivanova-2020:2:3", "Cooperation has limits: Moscow restricts foreign warships on the route, "
                         "Chinese firms avoid projects under sanctions, and both sides dispute "
                         "the cost of the ports.", [9]),
]
# fmt: on


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, (result.output, result.stderr)
    return result.stdout


def add_brief() -> dict:
    return json.loads(run("add", str(BRIEF), "--date", "2020-02", "-f", "json"))[0]


def test_add_reports_what_it_found(db: Path) -> None:
    report = add_brief()
    assert report["id"] == "ivanova-2020"
    assert report["kind"] == "text"
    assert report["title"] == "Cold Partners: China, Russia and the Northern Sea Route"
    assert (report["claims"], report["notes"], report["markers"], report["linked"]) == (8, 9, 9, 9)
    assert report["warnings"] == []


def test_claims_and_markers_match_the_hand_checked_table(db: Path) -> None:
    add_brief()
    claims = json.loads(run("search", "-s", "ivanova-2020", "-f", "json", "-n", "50", "the OR a"))
    by_id = {claim["id"]: claim for claim in claims}
    everything = [json.loads(run("show", claim_id, "-f", "json")) for claim_id, _, _ in GOLD]
    assert [(c["id"], c["text"], c["footnotes"]) for c in everything] == GOLD
    assert set(by_id) <= {claim_id for claim_id, _, _ in GOLD}


def test_every_command_takes_the_added_source(db: Path) -> None:
    add_brief()
    note = json.loads(run("footnote", "5", "--source", "ivanova-2020", "-f", "json"))
    assert note["claim"]["id"] == "ivanova-2020:1:5"
    assert [c["id"] for c in note["claims"]] == ["ivanova-2020:1:5"]
    assert "Yamal" in run("search", "yamal", "--source", "ivanova-2020")
    sources = json.loads(run("sources", "-f", "json"))
    added = [s for s in sources if s["added"]]
    assert [(s["id"], s["kind"], s["file"], s["footnotes"]) for s in added] == [
        ("ivanova-2020", "text", "ivanova-2020.txt", 9)
    ]
    assert added[0]["authors"] == ["Maria Ivanova", "Chen Wei"]
    keys = run("cite", "--claim", "ivanova-2020:2:2", "-f", "keys")
    assert keys.startswith("[@") and "ivanova" in keys.lower()
    assert run("quote", "ivanova-2020:1:1").startswith('> "Chinese shipping')
    assert "ivanova-2020" in run("sections", "--source", "ivanova-2020")
    assert "ivanova" in run("export").lower()


def test_ibid_and_short_forms_cite_the_same_work(db: Path) -> None:
    add_brief()

    def works_of(n: int) -> list[str]:
        note = json.loads(run("footnote", str(n), "--source", "ivanova-2020", "-f", "json"))
        return [citation["work"]["id"] for citation in note["citations"]]

    assert works_of(1) == works_of(2)  # Ibid.
    cited = json.loads(run("cite", "--footnote", "8", "--source", "ivanova-2020", "-f", "csl-json"))
    assert [work["DOI"] for work in cited if "DOI" in work] == ["10.23865/arctic.v10.1459"]
    assert works_of(4) == works_of(6)  # Brady, short form
    assert works_of(8) == works_of(9)  # Ibid., 12
    assert len({key for n in range(1, 10) for key in works_of(n)}) == 6


def test_adding_twice_adds_nothing(db: Path) -> None:
    add_brief()
    result = CliRunner().invoke(cli, ["add", str(BRIEF)])
    assert result.exit_code == 0
    assert "already added as ivanova-2020" in result.stdout
    assert len(json.loads(run("sources", "-f", "json"))) == 6


def test_library_survives_a_lost_store_and_keeps_its_copy(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "brief.txt"
    shutil.copy(BRIEF, copy)
    run("add", str(copy), "--date", "2020-02")
    copy.unlink()  # the user's own file may go: the library has its copy
    library = db.with_name("s-library")
    manifest = json.loads((library / "manifest.json").read_text())
    assert [entry["id"] for entry in manifest["sources"]] == ["ivanova-2020"]
    assert (library / "files" / "ivanova-2020.txt").read_bytes() == BRIEF.read_bytes()
    db.unlink()
    for cache in (library / "cache").iterdir():
        cache.unlink()  # even the ingest cache: the store is rebuilt from the kept file
    assert "ivanova-2020:1:1" in run("search", "shipping", "-s", "ivanova-2020")


def test_remove_takes_out_the_source_and_its_works(db: Path) -> None:
    add_brief()
    assert "lanteigne" in run("works", "Polar Silk Road").lower()
    assert run("remove", "ivanova-2020").startswith("removed ivanova-2020")
    assert run("works", "Polar Silk Road", code=1) == ""
    assert not list((db.with_name("s-library") / "files").iterdir())
    run("remove", "acri-2022", code=2)
    run("remove", "nobody-2020", code=1)


def test_keys_never_change_when_a_source_is_added(db: Path) -> None:
    before = set(run("export", "-f", "keys").strip("[]\n").split("; "))
    add_brief()
    brief_keys = set(run("export", "-f", "keys").strip("[]\n").split("; "))
    assert before < brief_keys
    run("add", str(BIB))
    after = set(run("export", "-f", "keys").strip("[]\n").split("; "))
    assert brief_keys < after
    # The .bib's own key clashes with the report's: the new work takes the next suffix.
    assert "@leeChinaRussiaCooperationAdvanced2022a" in after
    assert "@brady2017" not in after  # Brady's book was already cited: one work, its key kept
    run("remove", "ivanova-2020")
    kept = set(run("export", "-f", "keys").strip("[]\n").split("; "))
    assert "@leeChinaRussiaCooperationAdvanced2022a" in kept
    assert kept <= after


def test_keys_an_existing_library_recorded_are_kept(db: Path) -> None:
    """A library made before keys followed Better BibTeX's hyphen rule recorded
    `piresHuaweiInstallsArm2021`; drafts cite it, so it survives the new formula, while a work
    with no recorded key takes the new one."""
    add_brief()
    keys_file = db.with_name("s-library") / "keys.json"
    recorded = json.loads(keys_file.read_text(encoding="utf-8"))
    (identity,) = [k for k, key in recorded.items() if key == "piresHuaweiInstallsArmbased2021"]
    del recorded[next(k for k, key in recorded.items() if key == "cutressRussiaBuildRISCV2021")]
    keys_file.write_text(json.dumps({**recorded, identity: "piresHuaweiInstallsArm2021"}))
    run("db", "build")
    keys = set(run("export", "-f", "keys").strip("[]\n").split("; "))
    assert "@piresHuaweiInstallsArm2021" in keys
    assert "@piresHuaweiInstallsArmbased2021" not in keys
    assert "@cutressRussiaBuildRISCV2021" in keys
    assert (
        json.loads(keys_file.read_text(encoding="utf-8"))[identity] == "piresHuaweiInstallsArm2021"
    )


def test_bibliography_file_works_resolve_by_their_keys(db: Path) -> None:
    report = json.loads(run("add", str(BIB), "-f", "json"))[0]
    assert (report["kind"], report["claims"], report["works"]) == ("bibliography", 0, 3)
    work = json.loads(run("work", "lanteigne2019", "-f", "json"))
    assert work["title"] == "The Polar Silk Road and Russia"
    assert work["DOI"] == "10.23865/arctic.v10.1459"
    assert work["page"] == "1-19"
    assert work["author"] == [{"family": "Lanteigne", "given": "Marc"}]
    # A document added later that cites the same DOI cites the .bib's key.
    add_brief()
    note = json.loads(run("footnote", "8", "--source", "ivanova-2020", "-f", "json"))
    assert [c["work"]["id"] for c in note["citations"]] == ["lanteigne2019"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("notes.xyz", b"Some text.", "unknown format .xyz"),
        ("empty.md", b"", "the file is empty"),
        ("fake.pdf", b"This is not a PDF at all.", "not a PDF file"),
        ("fake.docx", b"plain text pretending", "not a DOCX file"),
        ("binary.txt", b"\x00\x01\x02binary", "a binary file"),
        ("nothing.txt", b"12\n\n---\n", "no sentences found"),
        ("damaged.pdf", b"%PDF-1.4\ngarbage, no objects\n", "damaged.pdf: "),
        ("corrupt.docx", b"PK\x03\x04garbage", "corrupt.docx: pandoc cannot read it"),
        ("broken.bib", b"@article{x, title={T}, year=2020\n", "no bibliography entries"),
        ("bad.json", b'[{"type": 5}]', "item 1 is not a CSL-JSON item"),
        ("notjson.json", b"{not json", "not valid JSON (line 1"),
        ("menu.html", b"<html><body><nav>Home</nav><p>Hi</p></body></html>", "no sentences"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_added(
    db: Path, tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(cli, ["add", str(BRIEF), str(path)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not db.with_name("s-library").exists()  # the good file was not added either


def test_a_document_without_notes_is_added_with_a_warning(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Russia and China signed a space agreement in 2021. It covers a lunar base.\n")
    result = CliRunner().invoke(cli, ["add", str(path), "--title", "Space", "--id", "space"])
    assert result.exit_code == 0
    assert "warning: no notes found" in result.stderr
    keys = run("cite", "--claim", "space:1", "-f", "csl-json")
    assert json.loads(keys)[0]["title"] == "Space"


def test_overrides_and_bad_ids(db: Path) -> None:
    run("add", str(BRIEF), "--id", "Bad Id", code=2)
    run("add", str(BRIEF), "--id", "orf-2021", code=2)
    run("add", str(BRIEF), "--date", "2020-13", code=2)
    report = json.loads(
        run(
            "add",
            str(BRIEF),
            "--author",
            "Jane Roe",
            "--url",
            "https://example.org/b",
            "-f",
            "json",
        )
    )[0]
    assert report["id"] == "roe"
    source = next(s for s in json.loads(run("sources", "-f", "json")) if s["id"] == "roe")
    assert (source["authors"], source["url"]) == (["Jane Roe"], "https://example.org/b")


def test_a_failed_rebuild_leaves_the_library_as_it_was(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(store_path: Path) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr("sinotech.add._rebuild", broken)
    result = CliRunner().invoke(cli, ["add", str(BRIEF)])
    assert (result.exit_code, result.stderr) == (1, "Error: nothing added: disk on fire\n")
    library = db.with_name("s-library")
    manifest = json.loads((library / "manifest.json").read_text())
    assert manifest["sources"] == []
    assert not list((library / "files").iterdir())


def test_across_sources_cover_added_claims(db: Path) -> None:
    import sqlite3

    add_brief()
    dated = json.loads(run("timeline", "--source", "ivanova-2020", "-f", "json"))
    assert [(claim["date"], claim["id"]) for claim in dated] == [
        ("2016", "ivanova-2020:1:5"),
        ("2018", "ivanova-2020:1:1"),
        ("2019", "ivanova-2020:1:2"),
        ("2019", "ivanova-2020:2:2"),
    ]
    with sqlite3.connect(db) as connection:
        mentions = connection.execute(
            "SELECT entity, alias FROM claim_entities WHERE claim = 'ivanova-2020:2:3'"
        ).fetchall()
        report_sections = {
            row[0]
            for row in connection.execute("SELECT number FROM sections WHERE source = 'acri-2022'")
        }
        topics = connection.execute(
            "SELECT section, score FROM claim_topics WHERE claim LIKE 'ivanova-2020:%'"
        ).fetchall()
    assert sorted(mentions) == [("China", "Chinese"), ("Russia", "Moscow")]
    # The brief's own sections are not topics: each claim is given the report section it
    # resembles most (a cosine below 1), as an article's claims are.
    assert len(topics) == len(GOLD)
    assert all(section in report_sections and score < 1 for section, score in topics)


def test_a_work_cited_by_two_documents_is_one_work(db: Path) -> None:
    add_brief()
    run("add", str(FIXTURES / "second-brief.txt"), "--id", "ice-2021")

    def keys_of(source: str, n: int) -> list[str]:
        note = json.loads(run("footnote", str(n), "--source", source, "-f", "json"))
        return [citation["work"]["id"] for citation in note["citations"]]

    # Same URL, written without www. and with a trailing slash: the brief's work.
    assert keys_of("ice-2021", 1) == keys_of("ivanova-2020", 1)
    # Same URL as a work the bundled report cites: the report's key, unchanged.
    assert keys_of("ice-2021", 2) == ["bendettNewSinoRussianHightech2019"]
    assert keys_of("acri-2022", 83) == ["bendettNewSinoRussianHightech2019"]


@pytest.mark.parametrize(
    ("name", "key", "fields"),
    [
        ("extra.json", "kashin2021", {"title": "Russia's Arms Sales to China",
                                      "issued": {"date-parts": [[2021, 3]]}}),
        ("extra.ris", "kofman2020", {"type": "article-journal",
                                     "title": "Sino-Russian Defence Cooperation Revisited",
                                     "container-title": "Survival", "volume": "62", "issue": "4",
                                     "page": "101-120", "DOI": "10.1080/00396338.2020.1792",
                                     "author": [{"family": "Kofman", "given": "Michael"}],
                                     "issued": {"date-parts": [[2020, 8, 1]]}}),
    ],
)  # fmt: skip
def test_csl_json_and_ris_files_join_the_bibliography(
    db: Path, name: str, key: str, fields: dict
) -> None:
    report = json.loads(run("add", str(FIXTURES / name), "-f", "json"))[0]
    assert (report["kind"], report["works"]) == ("bibliography", 1)
    work = json.loads(run("work", key, "-f", "json"))
    assert {field: work[field] for field in fields} == fields
    assert f"@{key}" in run("export", "-f", "keys")


@pytest.mark.parametrize(
    ("written", "display"),
    [
        ("Delgado, Maria", "Maria Delgado"),
        ("van der Berg, Anna Maria", "Anna Maria van der Berg"),
        ("Lee, J. A.", "J. A. Lee"),
        ("John Lee", "John Lee"),
        ("Smith, Jr.", "Smith, Jr."),
        ("Ministry of Defence, United Kingdom", "Ministry of Defence, United Kingdom"),
    ],
)
def test_bylines_written_family_first_are_read_as_names(written: str, display: str) -> None:
    from sinotech.ingest.builder import display_name

    assert display_name(written) == display


def test_a_note_marked_on_a_heading_is_shown_with_its_works(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "gas.txt"
    path.write_text(
        "Gas exports¹\n\nRussia sold more gas to China in 2023.²\n\nNotes\n\n"
        "1. Gazprom, *Annual Report 2022* (Moscow: Gazprom, 2023).\n"
        '2. "Power of Siberia Sets Record," Reuters, January 3, 2024.\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["add", str(path), "--id", "gas"])
    assert result.exit_code == 0
    assert "warning: note 1 is marked on a heading, not in a sentence" in result.stderr
    note = json.loads(run("footnote", "1", "--source", "gas", "-f", "json"))
    assert (note["claim"], note["claims"]) == (None, [])
    assert [c["work"]["title"] for c in note["citations"]] == ["Annual Report 2022"]
    assert "Carried by no sentence" in run("footnote", "1", "--source", "gas", "-f", "plain")


@pytest.mark.parametrize(
    ("authors", "site", "title", "issued", "expected"),
    [
        (["Samuel Bendett"], None, None, "2019-10", "bendett-2019"),
        (["Delgado, Maria"], None, None, "2024", "delgado-2024"),
        (["Ursula von der Leyen"], None, None, None, "von-der-leyen"),
        (["Contributors to Wikimedia projects"], "Wikipedia", None, "2024-04-02", "wikipedia-2024"),
        (["Congressional Research Service"], None, None, "2023",
         "congressional-research-service-2023"),
        ([], None, "List of films featuring time loops", None, "list"),
    ],
)  # fmt: skip
def test_source_ids_are_readable(
    authors: list[str], site: str | None, title: str | None, issued: str | None, expected: str
) -> None:
    from sinotech.ingest.model import Metadata
    from sinotech.library import slug

    metadata = Metadata(title=title, authors=authors, issued=issued, container_title=site)
    assert slug(metadata, set()) == expected
    assert slug(metadata, {expected}) == f"{expected}-2"


def test_an_add_waits_for_the_library_lock(db: Path) -> None:
    """Changes to the library take turns: an add started while another change holds the lock
    waits for it, then adds on top of what is there (nothing is lost)."""
    import subprocess
    import sys
    import time

    from sinotech import library

    env = {**os.environ, "SINOTECH_DB": str(db)}
    command = [sys.executable, "-m", "sinotech", "add", str(FIXTURES / "second-brief.txt")]
    add_brief()
    with library.locked(db):
        process = subprocess.Popen([*command, "--id", "ice-2021"], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        time.sleep(3)
        assert process.poll() is None  # it has read its file and waits for the lock
    assert process.wait(timeout=120) == 0
    manifest = json.loads((db.with_name("s-library") / "manifest.json").read_text())
    assert [entry["id"] for entry in manifest["sources"]] == ["ivanova-2020", "ice-2021"]
    added = [s["id"] for s in json.loads(run("sources", "-f", "json")) if s["added"]]
    assert added == ["ivanova-2020", "ice-2021"]


def test_pandocs_files_are_read_at_once_and_all_reported_in_order(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two files pandoc reads are read at the same time (each waits for the other), a plain
    text file in turn; all are added in the order given, and a file given twice is read once."""
    import threading

    from sinotech import add

    meeting = threading.Barrier(2, timeout=10)
    read = add._read
    names = []

    def read_together(path: Path) -> object:
        names.append(path.name)
        if path.suffix == ".md":
            meeting.wait()  # a Markdown file read alone never gets past this
        return read(path)

    monkeypatch.setattr(add, "_read", read_together)
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    for path, firm in ((first, "Rosatom"), (second, "Sber")):
        path.write_text(f"{firm} signed a chip agreement in 2019.[^1]\n\n[^1]: TASS, 2019.\n")
    given = [str(first), str(BRIEF), str(second), str(BRIEF)]
    reports = json.loads(run("add", *given, "-f", "json"))
    assert sorted(names) == sorted(["first.md", BRIEF.name, "second.md"])
    assert [(r["path"], r["status"]) for r in reports] == [
        (given[0], "added"),
        (given[1], "added"),
        (given[2], "added"),
        (given[3], "already added"),
    ]
    assert reports[1]["id"] == "ivanova" and reports[0]["claims"] == reports[2]["claims"] == 1
