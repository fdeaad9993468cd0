"""Tags and notes: kept in the user's library, shown and filtered on, and never lost to a
rebuild, an upgrade, a crash mid-write or a store that no longer holds what they were put on."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from sinotech import marks, store
from sinotech.cli import cli

from .terminal import on_a_terminal

CLAIM = "acri-2022:2.1:8"
CLAIM_TEXT = (
    "Huawei also benefited from the Russian government's designation of a frequency range for "
    "5G telecoms for which Huawei is the only equipment vendor available, and from perceptions "
    "in Russia that the threat of PRC vendors enabling state surveillance and espionage was no "
    "more serious than that of Western vendors doing the same."
)
OTHER_CLAIM = "orf-2021:5"
KEY = "kovachichWhoWillGet2021"  # the work footnote 15 of CLAIM cites


@pytest.fixture
def db(store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the session's store, so marks never leak into other tests."""
    path = tmp_path / "store" / "s.db"
    path.parent.mkdir()
    shutil.copyfile(store_path, path)
    monkeypatch.setenv("SINOTECH_DB", str(path))
    return path


def run(*args: str, code: int = 0, stdin: str | None = None) -> str:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert result.exit_code == code, (result.output, result.stderr)
    return result.stdout if code == 0 else result.stderr


def stored_tags(db: Path) -> set[tuple[str, str, str]]:
    with sqlite3.connect(db) as connection:
        return set(connection.execute("SELECT target, kind, tag FROM tags"))


def test_tag_search_and_list(db: Path) -> None:
    assert run("tag", CLAIM, "checked", "used") == f"{CLAIM}: checked, used\n"
    assert run("tag", OTHER_CLAIM, "checked") == f"{OTHER_CLAIM}: checked\n"
    assert run("tag", KEY.lower(), "to-read") == f"{KEY}: to-read\n"  # keys in any case

    found = json.loads(run("search", "--tag", "checked", "--format", "json"))
    assert [claim["id"] for claim in found] == [CLAIM, OTHER_CLAIM]  # document order
    found = json.loads(run("search", "huawei", "--tag", "checked", "--tag", "used", "-f", "json"))
    assert [claim["id"] for claim in found] == [CLAIM]
    assert run("search", "huawei", "--tag", "nonesuch", code=1)

    assert run("works", "--tag", "to-read", "-f", "plain").split("\t")[0] == KEY
    assert run("tags", "-f", "plain") == "checked\t2\t0\nto-read\t0\t1\nused\t1\t0\n"

    shown = json.loads(run("show", CLAIM, "-f", "json"))
    assert (shown["tags"], shown["note"]) == (["checked", "used"], None)
    assert "Your tags\nchecked, used\n" in run("show", CLAIM, "-f", "plain")


def test_untag(db: Path) -> None:
    run("tag", CLAIM, "checked", "used", "draft-1")
    assert run("untag", CLAIM, "used") == f"{CLAIM}: checked, draft-1\n"
    assert run("untag", CLAIM, "used", code=2) == f"Error: {CLAIM} has no tag 'used'\n"
    assert run("untag", CLAIM, "--all") == f"{CLAIM}: no tags\n"
    assert stored_tags(db) == set()
    record = json.loads(marks.annotations_path(db).read_text())["marks"]
    assert record == {}  # a mark with nothing left is dropped from the record


def edit_on_a_terminal(db: Path, appended: str) -> tuple[int, str]:
    """`sinotech note CLAIM` run on a real terminal (a pty), with an $EDITOR that appends text
    to the note file; returns the exit code and what the terminal showed."""
    import os
    import sys

    editor = f"{sys.executable} -c \"import sys; open(sys.argv[1], 'a').write({appended})\""
    code, shown = on_a_terminal(
        "note", CLAIM, "--db", str(db), env={**os.environ, "EDITOR": editor}
    )
    return code, shown.strip()


def test_notes_by_argument_pipe_and_editor(db: Path) -> None:
    run("note", CLAIM, "Checked against Huawei's annual report, p. 12.")
    assert json.loads(run("show", CLAIM, "-f", "json"))["note"] == (
        "Checked against Huawei's annual report, p. 12."
    )
    run("note", KEY, stdin="Cited in chapter 2.\n")  # not a terminal: read from the pipe
    work = json.loads(run("work", KEY, "-f", "json"))
    assert (work["note"], work["tags"]) == ("Cited in chapter 2.", [])
    assert "Your note\nCited in chapter 2.\n" in run("work", KEY, "-f", "plain")

    assert edit_on_a_terminal(db, "'Also p. 14.'") == (0, f"{CLAIM}: note saved")
    assert json.loads(run("show", CLAIM, "-f", "json"))["note"] == (
        "Checked against Huawei's annual report, p. 12.\nAlso p. 14."
    )
    assert edit_on_a_terminal(db, "''") == (0, "note unchanged")  # saved as it was
    assert (
        run("note", CLAIM, "  ", code=2) == "Error: an empty note: to remove a note, use --clear\n"
    )
    run("note", CLAIM, "--clear")
    assert json.loads(run("show", CLAIM, "-f", "json"))["note"] is None


def test_csl_json_export_carries_a_works_tags_and_note(db: Path) -> None:
    run("tag", KEY, "to-read", "5G")
    run("note", KEY, "The only source on the frequency range.")
    items = {item["id"]: item for item in json.loads(run("export", "--format", "csl-json"))}
    assert items[KEY]["keyword"] == "to-read, 5G"
    assert items[KEY]["note"] == "The only source on the frequency range."
    assert "keyword" not in items["leeChinaRussiaCooperationAdvanced2022"]


def test_bad_targets_and_tags(db: Path) -> None:
    assert run("tag", "acri-2022:9.9:9", "x", code=1).startswith("Error: no claim or work")
    assert run("tag", CLAIM, " ", code=2) == "Error: a tag cannot be empty\n"
    assert (
        run("tag", CLAIM, "a\tb", code=2)
        == "Error: a tag cannot hold control characters: 'a\\tb'\n"
    )
    assert run("tag", CLAIM, "x" * 65, code=2).startswith("Error: a tag is at most 64 characters")
    assert run("untag", CLAIM, code=2) == "Error: give the tags to remove, or --all\n"
    assert run("search", code=2).startswith("Error: say what to search for")
    assert not marks.annotations_path(db).exists()  # nothing was written


def test_marks_survive_a_rebuild_and_an_upgrade(db: Path) -> None:
    run("tag", CLAIM, "checked")
    run("note", KEY, "to quote")
    store.build(db)  # `sinotech db build`: a new store from scratch
    assert stored_tags(db) == {(CLAIM, "claim", "checked")}
    with sqlite3.connect(db) as connection:  # an upgrade: the code the store was built from changed
        connection.execute("UPDATE meta SET value = 'old-code' WHERE key = 'fingerprint'")
    assert json.loads(run("search", "--tag", "checked", "-f", "json"))[0]["id"] == CLAIM
    assert json.loads(run("work", KEY, "-f", "json"))["note"] == "to quote"


def test_a_crash_between_the_library_and_the_store_loses_nothing(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(path: Path) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(store, "sync_annotations", crash)
        CliRunner().invoke(cli, ["tag", CLAIM, "checked"])
    assert stored_tags(db) == set()  # the store missed it …
    assert (
        json.loads(run("search", "--tag", "checked", "-f", "json"))[0]["id"] == CLAIM
    )  # … not for long


def test_a_crash_while_writing_the_library_keeps_the_old_record(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("tag", CLAIM, "checked")
    before = marks.annotations_path(db).read_bytes()

    def crash(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr("os.replace", crash)
        result = CliRunner().invoke(cli, ["tag", CLAIM, "used"])
    assert result.exit_code != 0
    assert marks.annotations_path(db).read_bytes() == before
    left = sorted(p.name for p in marks.annotations_path(db).parent.iterdir())
    assert left == [".lock", "annotations.json"]  # no temporary left behind
    assert stored_tags(db) == {(CLAIM, "claim", "checked")}


def test_a_damaged_record_is_refused_not_overwritten(db: Path) -> None:
    path = marks.annotations_path(db)
    path.parent.mkdir()
    path.write_text('{"format": "sinotech-annotations", "marks": {', encoding="utf-8")
    error = run("tag", CLAIM, "checked", code=1)
    assert error.startswith(f"Error: cannot read your tags and notes in {path}:")
    assert error.endswith("fix or move the file\n") and error.count("\n") == 1
    assert path.read_text(encoding="utf-8") == '{"format": "sinotech-annotations", "marks": {'
    assert json.loads(run("search", "huawei", "-f", "json"))  # searching goes on


def test_a_mark_follows_its_claim_and_work_to_new_ids(db: Path) -> None:
    """After an upgrade re-segments a document or re-keys a work, each mark lands on the same
    sentence or work by its anchor; one whose sentence is gone is kept and reported."""
    path = marks.annotations_path(db)
    path.parent.mkdir()
    work_anchor = "url:carnegiemoscow.org/commentary/86092"
    record = {
        "acri-2022:2.1:99": {"kind": "claim", "anchor": CLAIM_TEXT, "tags": ["moved"]},
        "oldKeyFromAnOlderRelease2021": {
            "kind": "work",
            "anchor": work_anchor,
            "tags": ["rekeyed"],
        },
        "acri-2022:2.1:98": {
            "kind": "claim",
            "anchor": "A sentence since corrected.",
            "tags": ["lost"],
        },
    }
    path.write_text(json.dumps({"format": "sinotech-annotations", "version": 1, "marks": record}))
    run("db", "build")
    assert stored_tags(db) == {(CLAIM, "claim", "moved"), (KEY, "work", "rekeyed")}
    result = CliRunner().invoke(cli, ["tags", "-f", "plain"])
    assert result.stderr == (
        "1 of your marks are on claims or works this store no longer holds; they are kept in"
        " your library: acri-2022:2.1:98\n"
    )
    run("tag", OTHER_CLAIM, "checked")  # a later change keeps the detached mark in the record
    assert "acri-2022:2.1:98" in json.loads(path.read_text())["marks"]


def test_cite_the_works_behind_the_claims_you_tagged(db: Path) -> None:
    run("tag", CLAIM, "used")
    assert run("cite", "--tag", "used", "--format", "keys") == (
        "[@kovachichWhoWillGet2021; @leeChinaRussiaCooperationAdvanced2022]\n"
    )
