"""Faults around the store: builds killed at random moments, damaged stores, mistyped
directories, the umask, symlinks. Builds run as real processes where a signal is the fault."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from sinotech.cli import cli

SCRIPT = Path(sys.executable).with_name("sinotech")


def run(*args: str, code: int = 0) -> tuple[str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, (result.output, result.exception)
    return result.stdout, result.stderr


def temporaries(folder: Path) -> set[str]:
    return {path.name for path in folder.glob(".sinotech-*")}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _default_signals() -> None:
    """The child starts with default handlers even if pytest runs under nohup or in the
    background (where SIGHUP or SIGINT are ignored, and the child would inherit that)."""
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)


def start_build(path: Path, preexec_fn: Callable[[], None] = _default_signals) -> subprocess.Popen:
    """`sinotech db build` as a process, returned once its temporary file exists (so that its
    signal handlers are in place and it is writing)."""
    before = temporaries(path.parent)
    process = subprocess.Popen(
        [str(SCRIPT), "db", "build", "--db", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec_fn,
    )
    deadline = time.monotonic() + 60
    while not temporaries(path.parent) - before:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the build never made its temporary file"
        time.sleep(0.002)
    assert not temporaries(path.parent) & before, "a dead build's files outlived the sweep"
    return process


def test_builds_killed_at_random_moments_leave_the_store_answering_and_no_debris(
    tmp_path: Path, store_path: Path
) -> None:
    """SIGKILL and SIGTERM at random moments of `db build`: the old store answers as before
    after every kill, TERM removes its temporary at once, KILL's debris is swept by the next
    build before it starts its own, and after a build that completes nothing is left."""
    path = tmp_path / "s.db"
    shutil.copy(store_path, path)
    answer = run("search", "huawei", "--db", str(path))
    started = time.monotonic()
    first = start_build(path)
    ready = time.monotonic()
    assert first.wait(timeout=60) == 0
    writing = time.monotonic() - ready  # how long a build writes its temporary: the kill window
    assert writing > 0.05, f"a build too fast to interrupt ({time.monotonic() - started:.2f} s)"
    rng = random.Random(10)
    debris_left = 0
    for round_ in range(6):
        number = signal.SIGKILL if round_ % 2 == 0 else signal.SIGTERM
        process = start_build(path)
        time.sleep(0 if round_ == 0 else rng.uniform(0, writing))
        process.send_signal(number)
        _, stderr = process.communicate(timeout=60)
        if number == signal.SIGTERM:
            # 143 stopped mid-build; 0 or -15 when the signal came as the build ended
            assert (process.returncode, stderr) in {
                (143, "Error: stopped by SIGTERM\n"),
                (0, ""),
                (-signal.SIGTERM, ""),
            }
            assert temporaries(tmp_path) == set()
        else:
            assert process.returncode in {0, -signal.SIGKILL}
            debris_left += bool(temporaries(tmp_path))
        assert run("search", "huawei", "--db", str(path)) == answer
        assert {p.name for p in tmp_path.iterdir()} - temporaries(tmp_path) == {"s.db"}
    assert debris_left >= 1  # the first KILL lands while the temporary is written
    assert run("db", "build", "--db", str(path))[0].startswith(f"built {path}: 5 documents")
    assert [p.name for p in tmp_path.iterdir()] == ["s.db"]


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_term_and_hup_stop_a_build_as_ctrl_c_does(
    number: signal.Signals, tmp_path: Path, store_path: Path
) -> None:
    path = tmp_path / "s.db"
    shutil.copy(store_path, path)
    before = digest(path)
    process = start_build(path)
    process.send_signal(number)
    stdout, stderr = process.communicate(timeout=60)
    assert (process.returncode, stdout, stderr) == (
        128 + number,
        "",
        f"Error: stopped by {number.name}\n",
    )
    assert [p.name for p in tmp_path.iterdir()] == ["s.db"]
    assert digest(path) == before


def test_a_hup_ignored_by_the_caller_stays_ignored(tmp_path: Path) -> None:
    """`nohup sinotech db build &`: the build outlives the terminal it was started from."""

    def ignore_hup() -> None:
        _default_signals()
        signal.signal(signal.SIGHUP, signal.SIG_IGN)

    process = start_build(tmp_path / "s.db", ignore_hup)
    process.send_signal(signal.SIGHUP)
    stdout, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr) == (0, "")
    assert stdout.startswith(f"built {tmp_path / 's.db'}: 5 documents")
    assert [p.name for p in tmp_path.iterdir()] == ["s.db"]


def test_the_sweep_removes_only_dead_builds_temporaries(tmp_path: Path) -> None:
    """A temporary whose lock nobody holds is a dead build's, and goes with its journal, as
    does a journal left alone; one a live build holds (here another process) stays, and so do
    the user's files, whatever their names."""
    dead = tmp_path / ".sinotech-dead_001.db"
    dead.write_bytes(b"SQLite format 3\0")
    (tmp_path / ".sinotech-dead_001.db-journal").write_bytes(b"journal")
    (tmp_path / ".sinotech-gone_001.db-journal").write_bytes(b"journal")
    live = tmp_path / ".sinotech-live_001.db"
    live.write_bytes(b"")
    kept = {"notes.db": b"mine", ".sinotech-notes.db": b"mine too", ".sinotech-x.db.bak": b"me"}
    for name, data in kept.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "s-library").mkdir()
    (tmp_path / "s-library" / ".sinotech-dead_002.db").write_bytes(b"")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(live)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout.readline() == b"locked\n"
        run("db", "build", "--db", str(tmp_path / "s.db"))
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            [*kept, "s.db", "s-library", live.name]
        )
        assert [p.name for p in (tmp_path / "s-library").iterdir()] == [".sinotech-dead_002.db"]
        for name, data in kept.items():
            assert (tmp_path / name).read_bytes() == data
    finally:
        holder.communicate(b"")
    assert holder.returncode == 0


HOLD_LOCK = """
import fcntl, sys
with open(sys.argv[1], "rb") as held:
    fcntl.flock(held, fcntl.LOCK_EX)
    print("locked", flush=True)
    sys.stdin.read()
"""


def damage(path: Path, table: str) -> int:
    """Overwrite the root page of a table with garbage; the page's number."""
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (page,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    connection.close()
    with path.open("r+b") as stream:
        stream.seek((page - 1) * page_size)
        stream.write(b"\xff" * page_size)
    return page


@pytest.mark.parametrize(
    ("table", "command"),
    [("claims", ["search", "huawei"]), ("works", ["works"]), ("meta", ["sources"])],
)
def test_a_damaged_store_is_named_and_db_build_rebuilds_it(
    table: str, command: list[str], tmp_path: Path, store_path: Path
) -> None:
    """Damage to a table's pages (the meta table's too, which hides what the file is) is said
    in one line with what quick_check finds, and `db build` replaces the store: the application
    id in its header says it is sinotech's own."""
    path = tmp_path / "s.db"
    shutil.copy(store_path, path)
    expected = run(*command, "--db", str(path))[0]
    page = damage(path, table)
    _, stderr = run(*command, "--db", str(path), code=1)
    assert stderr == (
        f"Error: the store {path} is damaged (Page {page}: btreeInitPage() returns error code 11):"
        " `sinotech db build` rebuilds it\n"
    )
    run("db", "build", "--db", str(path))
    assert run(*command, "--db", str(path))[0] == expected
    assert [p.name for p in tmp_path.iterdir()] == ["s.db"]


def test_a_damaged_file_that_is_not_a_store_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE meta (key, value)")
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)", [(i, "x" * 500) for i in range(99)]
        )
    connection.close()
    damage(path, "meta")
    before = digest(path)
    _, stderr = run("db", "build", "--db", str(path), code=1)
    assert stderr == f"Error: {path} is not a sinotech store; choose another path with --db\n"
    assert digest(path) == before


def test_db_build_never_creates_a_mistyped_directory(tmp_path: Path) -> None:
    path = tmp_path / "no-such-dir" / "typo" / "s.db"
    _, stderr = run("db", "build", "--db", str(path), code=1)
    assert stderr == f"Error: no such directory for the store: {path.parent}\n"
    assert list(tmp_path.iterdir()) == []


def test_completion_never_creates_a_mistyped_directory(tmp_path: Path) -> None:
    path = tmp_path / "no-such-dir" / "s.db"
    CliRunner().invoke(
        cli,
        env={
            "_SINOTECH_COMPLETE": "bash_complete",
            "COMP_WORDS": f"sinotech show --db {path} orf-2021:2",
            "COMP_CWORD": "4",
        },
        prog_name="sinotech",
    )
    assert list(tmp_path.iterdir()) == []


def test_db_build_creates_the_default_store_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SINOTECH_DB")
    path = tmp_path / "data" / "sinotech" / "sinotech.db"
    assert run("db", "build")[0].startswith(f"built {path}: 5 documents")
    assert [p.name for p in path.parent.iterdir()] == ["sinotech.db"]


def test_a_new_store_respects_the_umask_and_a_rebuilt_one_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    umask = os.umask(0o002)
    try:
        run("db", "build", "--db", str(path))
        assert path.stat().st_mode & 0o777 == 0o664  # shared with the group, as the umask says
        path.chmod(0o640)
        os.umask(0o077)
        run("db", "build", "--db", str(path))
        assert path.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(umask)


def test_a_symlinked_store_is_rebuilt_at_its_target(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    link = tmp_path / "s.db"
    link.symlink_to(Path("real") / "store.db")
    run("db", "build", "--db", str(link))
    assert link.is_symlink() and os.readlink(link) == "real/store.db"
    assert run("search", "Vocord", "--db", str(tmp_path / "real" / "store.db"))[0].startswith(
        "orf-2021:33\t"
    )
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["real", "s.db", "store.db"]
