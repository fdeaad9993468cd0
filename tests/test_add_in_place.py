"""`add` writes new documents into a current store in place (`store.extending`), and the store
it leaves is the one `db build` makes from the same library, row for row.

Each test adds documents one `add` at a time, checks whether the store file was extended (the
same file) or built again (a new file), then builds the store anew and compares every table.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sinotech.cli import cli

from .test_add import run

FIXTURES = Path(__file__).parent / "fixtures"


def test_documents_added_at_once_and_cut_as_they_are_compared_make_the_store_a_build_makes(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three documents in one add, the pairs found cut to the claims' best after every source
    (as a large library's are now and then): the store a build makes without ever cutting. With
    one link of a label a claim, the cuts drop pairs (45 to 39 after the first document)."""
    monkeypatch.setattr(
        "sinotech.corroboration.BEST_PER_CLAIM", {"supports": 1, "contrasts": 1, "candidate": 1}
    )
    run("sources")
    monkeypatch.setattr("sinotech.corroboration.CUT_AFTER", 0)
    assert add(db, *DOCUMENTS), "the documents were not added in place"
    extended = contents(db)
    monkeypatch.setattr("sinotech.corroboration.CUT_AFTER", 10**9)
    run("db", "build")
    assert contents(db) == extended


# Three documents on one subject (semiconductors and sovereignty), in three formats.
DOCUMENTS = [
    FIXTURES / "pandoc" / "silicon-partners.md",
    FIXTURES / "pandoc" / "sovereignty-in-tandem.docx",
    FIXTURES / "text" / "second-brief.txt",
]
SEARCHES = ["huawei", "semiconductor", "sovereign internet", "chips", "quantum"]


def add(db: Path, *paths: Path) -> bool:
    """Add files in one call; whether the store was extended in place (the same file after as
    before)."""
    before = db.stat().st_ino
    run("add", *map(str, paths))
    return db.stat().st_ino == before


def contents(path: Path) -> dict[str, object]:
    """Every table's rows (in a fixed order) but meta's, and the ranked ids of some searches."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'meta'"
                " AND name NOT LIKE 'claims_fts%' AND name NOT LIKE 'sqlite%'"
            )
        ]
        found: dict[str, object] = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            order = ", ".join(f'"{column}"' for column in columns)
            found[table] = connection.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        found["claims rowids"] = connection.execute("SELECT rowid, id FROM claims").fetchall()
        for words in SEARCHES:
            found[f"search {words}"] = connection.execute(
                "SELECT rowid, round(rank, 6) FROM claims_fts WHERE claims_fts MATCH ?"
                " ORDER BY rank, rowid",
                [f'"{words}"'],
            ).fetchall()
        return found
    finally:
        connection.close()


def assert_built_alike(db: Path) -> None:
    """The store as it is equals the store `db build` makes now, table for table."""
    extended = contents(db)
    run("db", "build")
    built = contents(db)
    assert extended.keys() == built.keys()
    for table in built:
        assert extended[table] == built[table], table


def stored_links(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(db) as connection:
        return set(connection.execute("SELECT claim, other FROM related"))


def test_documents_added_one_at_a_time_make_the_store_a_build_makes(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With each claim's best cut to 2 links of a label, later documents push earlier links out
    of claims' best: the links taken out in place are the ones a build leaves out."""
    monkeypatch.setattr(
        "sinotech.corroboration.BEST_PER_CLAIM", {"supports": 2, "contrasts": 2, "candidate": 2}
    )
    run("sources")
    links = stored_links(db)
    gone: set[tuple[str, str]] = set()
    for path in DOCUMENTS:
        assert add(db, path), f"{path.name} was not added in place"
        now = stored_links(db)
        gone |= links - now
        links = now
    assert gone, "no link was pushed out: the test exercises nothing"
    assert_built_alike(db)


def test_the_searches_see_the_added_claims(db: Path) -> None:
    run("sources")
    assert add(db, DOCUMENTS[2])
    source = json.loads(run("sources", "--format", "json"))[-1]["id"]
    hits = json.loads(run("search", "sailing", "--source", source, "--format", "json"))
    assert hits and all(hit["source"] == source for hit in hits)
    assert json.loads(run("show", hits[0]["id"], "--format", "json"))["id"] == hits[0]["id"]


def test_an_abbreviation_an_earlier_claim_uses_builds_the_store_again(
    db: Path, tmp_path: Path
) -> None:
    """A later document defines QKD, which an earlier one only uses: the earlier claim now
    mentions the new entity, so the add builds the store anew (and it is right)."""
    first = tmp_path / "uses.txt"
    first.write_text(
        "Quantum links\n\nBy Ana Lee\n\nChinese teams tested QKD over 2,000 km of fibre.[1]"
        " Russian teams followed a year later.[2]\n\nNotes\n\n"
        '1. Wei Pan, "Fibre Tests," Science Daily, May 2, 2020.\n'
        '2. Olga Ivanova, "Russian Quantum Networks," Kommersant, June 3, 2021.\n',
        encoding="utf-8",
    )
    second = tmp_path / "defines.txt"
    second.write_text(
        "Secure keys\n\nBy Ben Ng\n\nBoth states fund quantum key distribution (QKD) research"
        " for their banks.[1]\n\nNotes\n\n"
        '1. Ivan Petrov, "Keys for Banks," Vedomosti, March 4, 2022.\n',
        encoding="utf-8",
    )
    run("sources")
    assert add(db, first)
    assert not add(db, second), "the earlier claim's mentions changed, yet the store was extended"
    with sqlite3.connect(db) as connection:
        named = connection.execute(
            "SELECT c.text FROM claim_entities e JOIN claims c ON c.id = e.claim"
            " WHERE e.alias = 'QKD' ORDER BY c.rowid"
        ).fetchall()
    assert [text for (text,) in named] == [
        "Chinese teams tested QKD over 2,000 km of fibre.",
        "Both states fund quantum key distribution (QKD) research for their banks.",
    ]
    assert_built_alike(db)


def test_a_store_that_is_not_current_is_built_instead(db: Path) -> None:
    run("sources")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE meta SET value = 'stale' || value WHERE key = 'fingerprint'")
    assert not add(db, DOCUMENTS[2])
    assert_built_alike(db)


def test_an_add_that_fails_in_place_leaves_store_and_library_as_they_were(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("sources")
    assert add(db, DOCUMENTS[0])
    library = db.with_name("s-library")
    manifest = (library / "manifest.json").read_text()
    before = contents(db)

    def broken(*args: object) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr("sinotech.store.extending.insert_claim_facts", broken)
    result = CliRunner().invoke(cli, ["add", str(DOCUMENTS[2])])
    assert (result.exit_code, result.stderr) == (1, "Error: nothing added: disk on fire\n")
    assert (library / "manifest.json").read_text() == manifest
    assert contents(db) == before


# A child that runs `sinotech add` and is killed (SIGKILL) once the add has written its rows in
# place, before it commits: the crash that leaves a hot journal beside the store. Its page cache
# is one page, so that its changes reach the store's file before the commit, as a large add's do.
KILLED_BEFORE_COMMIT = """
import os, signal, sys
from sinotech.store import extending
extend = extending._extend
def small_cache(connection, *args):
    connection.execute("PRAGMA cache_size = 1")
    return extend(connection, *args)
extending._extend = small_cache
extending.stamp = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
from sinotech.cli import cli
cli.main(["add", sys.argv[1]])
"""


def test_an_add_killed_before_it_commits_is_rolled_back_by_the_next_command(db: Path) -> None:
    """The journal a killed add leaves is rolled back by the next command, which a read-only
    connection alone cannot do; the library took the document, so the store is then built
    with it, and is the one `db build` makes."""
    run("sources")
    assert add(db, DOCUMENTS[0])
    child = subprocess.run(
        [sys.executable, "-c", KILLED_BEFORE_COMMIT, str(DOCUMENTS[2])],
        env={**os.environ, "SINOTECH_DB": str(db)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == -9, child.stderr
    assert Path(f"{db}-journal").exists()
    reader = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.execute("SELECT count(*) FROM claims").fetchone()
    reader.close()
    sources = json.loads(run("sources", "--format", "json"))
    assert [source["title"] for source in sources][-1] == "Ice and Chips"
    assert not Path(f"{db}-journal").exists()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert_built_alike(db)


def test_a_mark_on_a_removed_source_comes_back_when_it_is_added_again(db: Path) -> None:
    """Marks are placed again as a build places them: a tag on a claim of a source that was
    removed (kept in the library, detached) is on that claim again once the source is added
    back in place."""
    run("sources")
    assert add(db, DOCUMENTS[2])
    source = json.loads(run("sources", "--format", "json"))[-1]["id"]
    claim = json.loads(run("search", "sailing", "--source", source, "--format", "json"))[0]["id"]
    run("tag", claim, "arctic")
    run("remove", source)
    run("tags", code=1)  # none on a claim the store holds: the mark waits in the library
    assert add(db, DOCUMENTS[2])
    tagged = json.loads(run("search", "sailing", "--tag", "arctic", "--format", "json"))
    assert [hit["id"] for hit in tagged] == [claim]
    assert_built_alike(db)
