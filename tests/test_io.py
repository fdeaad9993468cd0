"""Input and output as a hostile user, a shell and a broken disk hand them over (issue 10): one
line on stderr and a meaningful exit code whatever comes in, and output that degrades rather
than crashing. The property tests at the end try every command with generated arguments."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinotech.cli import cli
from sinotech.errors import QueryError
from sinotech.query import MAX_DEPTH, MAX_TERMS, to_fts
from sinotech.search import Filters, search_sql

SCRIPT = Path(sys.executable).with_name("sinotech")
HUGE = str(2**63)  # one past SQLite's largest integer


def invoke(*args: str, env: dict[str, str | None] | None = None) -> click.testing.Result:
    return CliRunner(env={"NO_COLOR": None, **(env or {})}).invoke(
        cli, list(args), catch_exceptions=False, prog_name="sinotech"
    )


def script(
    *args: str | bytes, env: dict[str, str] | None = None, **options: object
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SCRIPT), *args],
        capture_output="stdout" not in options,
        env={**os.environ, **(env or {})},
        check=False,
        **options,
    )


def one_error(result: click.testing.Result, code: int, message: str) -> None:
    """The promise: exit code, and exactly one line on stderr."""
    assert result.exit_code == code, result.output
    assert result.stderr == f"Error: {message}\n"
    assert result.stdout == ""


# 1. Numbers past 2^63 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["footnote", HUGE], "'N'"),
        (["cite", "--footnote", HUGE], "'--footnote'"),
        (["search", "huawei", "--limit", HUGE], "'--limit' / '-n'"),
        (["cite", "huawei", "--limit", HUGE], "'--limit' / '-n'"),
        (["timeline", "-n", HUGE], "'--limit' / '-n'"),
    ],
)
def test_numbers_are_bounded(args: list[str], name: str) -> None:
    command = args[0]
    one_error(
        invoke(*args),
        2,
        f"Invalid value for {name}: {HUGE} is not in the range 1<=x<=999999. "
        f"(see `sinotech {command} --help`)",
    )


def test_largest_number_is_an_answer_not_an_error() -> None:
    result = invoke("footnote", "999999")
    one_error(result, 1, "no footnote 999999 in acri-2022: its footnotes are numbered 1 to 194")
    assert invoke("search", "Vocord", "--limit", "999999").stdout.startswith("orf-2021:33\t")


# 2. and 14. The query language is bounded ---------------------------------------------------


def test_deep_nesting_is_refused() -> None:
    query = "(" * 300 + "huawei" + ")" * 300
    one_error(
        invoke("search", query), 2, f"parentheses nested too deep: at most {MAX_DEPTH} levels"
    )
    nested = "(" * MAX_DEPTH + "Vocord" + ")" * MAX_DEPTH
    assert invoke("search", nested).stdout.startswith("orf-2021:33\t")


def test_too_many_terms_is_refused_quickly() -> None:
    query = " OR ".join(["russia", "china", "technology"] * 5000)
    one_error(
        invoke("search", query),
        2,
        f'too many search terms (15000): at most {MAX_TERMS}; quote a passage as one "phrase"',
    )
    assert to_fts(" ".join(["huawei"] * MAX_TERMS)).count("huawei") == MAX_TERMS
    # A long passage in quotes is one term.
    assert to_fts('"' + " ".join(["huawei"] * 1000) + '"').count("huawei") == 1000


def test_a_long_query_is_not_echoed_whole() -> None:
    result = invoke("search", "zzq" * 30_000)
    assert result.exit_code == 1
    assert result.stderr == f"no claims match '{('zzq' * 20)[:59]}…'\n"


def test_a_query_is_echoed_on_one_line() -> None:
    result = invoke("search", "zzq\nzzq\t")
    assert (result.exit_code, result.stderr) == (1, "no claims match 'zzq\\nzzq\\t'\n")
    result = invoke("sections", "--source", "x\ny")
    assert (result.exit_code, result.stderr) == (1, "'x\\ny' has no sections\n")


def test_empty_topic_matches_nothing() -> None:
    one_error(invoke("search", "huawei", "--topic", ""), 2, "no topic '': give a section number "
              "or title words")  # fmt: skip
    one_error(invoke("search", "huawei", "--topic", "  "), 2, "no topic '  ': give a section "
              "number or title words")  # fmt: skip


@pytest.mark.parametrize(
    ("query", "message"),
    [("(", "unbalanced parenthesis: a ( is never closed"),
     (")", "unbalanced parenthesis: a ) has no ("),
     ("huawei ) (", "unbalanced parenthesis: a ) has no (")],
)  # fmt: skip
def test_unbalanced_parenthesis_is_named(query: str, message: str) -> None:
    one_error(invoke("timeline", query), 2, message)


# 3. and 4. Text that is not UTF-8, and NUL ----------------------------------------------------


@pytest.mark.parametrize(
    ("command", "name"),
    [("search", "[QUERY]..."), ("show", "CLAIM_ID"), ("work", "KEY"), ("entity", "NAME"),
     ("related", "CLAIM_ID"), ("works", "[WORDS]...")],
)  # fmt: skip
def test_arguments_that_are_not_utf8(command: str, name: str) -> None:
    result = script(command, b"a\xffb")
    assert result.returncode == 2
    assert (
        result.stderr
        == (
            f"Error: Invalid value for '{name}': 'a\\xffb' is not valid UTF-8 "
            f"(see `sinotech {command} --help`)\n"
        ).encode()
    )
    assert result.stdout == b""


def test_a_path_may_be_any_bytes(tmp_path: Path) -> None:
    path = os.fsencode(tmp_path) + b"/caf\xe9.db"
    result = script("db", "path", "--db", path)
    assert (result.returncode, result.stdout, result.stderr) == (0, path + b"\n", b"")


def test_nul_in_a_query_separates_words(connection: sqlite3.Connection) -> None:
    assert to_fts("Voc\0ord") == '"Voc" AND "ord"'
    assert to_fts('"Vocord\0"') == '"Vocord"'
    assert connection.execute(*search_sql(to_fts('"Voc\0ord"'), Filters())).fetchall() == []
    assert invoke("search", "Vocord\0").stdout.startswith("orf-2021:33\t")
    assert invoke("search", "\0").stderr.startswith("Error: empty query")


# 5. An output encoding narrower than the data -------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected", "replaced"),
    [
        (["search", "huawei", "-n", "1"], "Huawei's Russian labs", 2),
        (["show", "acri-2022:2.1:8", "-f", "plain"], "Huawei also benefited", 2),
        (["export"], "title = {Will {Huawei} help {Russia} bypass sanctions?}", 12),
        (["search", "Vocord", "-f", "table"], "| orf-2021:33 |", 6),
    ],
)
def test_ascii_output_degrades(args: list[str], expected: str, replaced: int) -> None:
    result = script(*args, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert expected.encode() in result.stdout
    assert result.stdout.isascii()
    assert result.stderr.decode() == (
        f"warning: {replaced} character(s) the output encoding (ascii) cannot show were "
        "replaced; set PYTHONIOENCODING=utf-8\n"
    )


# 6., 7. and 13. Standard output closed, full, or left by its reader ---------------------------


def test_closed_stdout_is_one_line() -> None:
    shell = f"'{SCRIPT}' search huawei >&-"
    result = subprocess.run(shell, shell=True, capture_output=True, text=True, check=False)
    assert (result.returncode, result.stderr) == (
        1,
        "Error: cannot write the output: standard output is closed\n",
    )


def test_full_output_device_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        result = script("search", "huawei", stdout=full, stderr=subprocess.PIPE, text=True)
    assert (result.returncode, result.stderr) == (
        1,
        "Error: cannot write: No space left on device\n",
    )


@pytest.mark.parametrize("args", [["search", "huawei"], ["export"], ["show", "orf-2021:33"],
                                  ["quote", "orf-2021:33"], ["--help"], ["sources"]])  # fmt: skip
def test_a_reader_that_leaves_is_success(args: list[str]) -> None:
    """`| head -1` under `set -o pipefail`: the pipe is closed before sinotech writes."""
    read, write = os.pipe()
    os.close(read)
    result = script(*args, stdout=write, stderr=subprocess.PIPE, text=True)
    os.close(write)
    assert (result.returncode, result.stderr) == (0, "")


def test_nothing_found_into_a_closed_pipe_is_still_exit_1() -> None:
    read, write = os.pipe()
    os.close(read)
    result = script("search", "zzyzx", stdout=write, stderr=subprocess.PIPE, text=True)
    os.close(write)
    assert (result.returncode, result.stderr) == (1, "no claims match 'zzyzx'\n")


def test_head_under_pipefail() -> None:
    shell = f"set -o pipefail; '{SCRIPT}' search russia --limit 500 | head -n 1 > /dev/null"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stderr) == (0, "")


# 8. SQLite's faults ---------------------------------------------------------------------------


def damage(path: Path) -> None:
    """Overwrite part of every seventh page after the works table's root: meta stays readable."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'works'"
        ).fetchone()[0]
    with path.open("r+b") as file:
        for page in range(root, pages, 7):
            file.seek(page * size + 16)
            file.write(b"\xa5" * 64)


def test_damaged_store_says_to_rebuild(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    shutil.copy(store_path, path)
    damage(path)
    for args in (["works"], ["export"]):
        result = invoke(*args, "--db", str(path))
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr.startswith(f"Error: the store {path} is damaged (")
        assert result.stderr.endswith("): `sinotech db build` rebuilds it\n")
        assert result.stderr.count("\n") == 1
    invoke("db", "build", "--db", str(path))
    assert "kovachichWhoWillGet2021" in invoke("works", "--db", str(path)).stdout


@pytest.fixture
def small_disk(tmp_path: Path) -> Path:
    """A 200 KB tmpfs: a real full disk (root only, as `mount` needs)."""
    folder = tmp_path / "small"
    folder.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(folder)]
    if os.geteuid() != 0 or subprocess.run(mount, capture_output=True).returncode:
        pytest.skip("mounting a tmpfs needs root")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_full_disk_says_so(small_disk: Path) -> None:
    path = small_disk / "s.db"
    result = script("search", "x", "--db", str(path), text=True)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: store {path}: database or disk is full; the disk is full: free some space, or "
        "choose another path with --db\n"
    )


def test_file_size_limit_is_a_disk_error(tmp_path: Path) -> None:
    """A write the system refuses (here a file-size limit, as a quota would) while building."""
    path = tmp_path / "s.db"
    limited = "import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))"
    result = subprocess.run(
        [sys.executable, "-c", f"{limited}; from sinotech.cli import main; main()", "search",
         "x", "--db", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: store {path}: disk I/O error; the disk failed reading or writing it: check the "
        "disk, then rebuild it with `sinotech db build`\n"
    )


# 9. and 16. Shell completion ------------------------------------------------------------------


def completion(line: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return script(
        env={"_SINOTECH_COMPLETE": "bash_complete", "COMP_LINE": line,
             "COMP_WORDBREAKS": " \t\n\"'@><=;|&(:", **(env or {})},
        text=True,
    )  # fmt: skip


@pytest.mark.parametrize("kind", ["foreign", "damaged", "missing"])
def test_completion_never_prints_an_error_or_writes(
    kind: str, store_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "s.db"
    if kind == "foreign":
        path.write_text("my notes")
    elif kind == "damaged":
        shutil.copy(store_path, path)
        damage(path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    for line in (f"sinotech show --db {path} acri", f"sinotech --db {path} show acri",
                 f"sinotech work --db {path} kova"):  # fmt: skip
        result = completion(line)
        assert (result.returncode, result.stderr) == (0, "")
        if kind != "damaged":  # what is left readable of a damaged store still completes
            assert result.stdout.strip() == ""
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_completion_with_a_mangled_line_is_quiet() -> None:
    result = completion("sinotech show 'acri\\", env={"COMP_WORDBREAKS": ""})
    assert result.returncode in (0, 1) and result.stderr == ""


BASH = shutil.which("bash")


def bash_complete(line: str) -> list[str]:
    """COMPREPLY from the shipped script, run by a real bash as readline would call it: the
    words split at COMP_WORDBREAKS (bash's default, ':' included), the cursor at the end."""
    source = script(env={"_SINOTECH_COMPLETE": "bash_source"}, text=True).stdout
    program = f"""
        {source}
        COMP_LINE={line!r}
        COMP_POINT=${{#COMP_LINE}}
        read -ra COMP_WORDS <<< "$(sed -E 's/([:=])/ \\1 /g' <<< "$COMP_LINE")"
        [[ $COMP_LINE == *[\\ :] ]] && COMP_WORDS+=("")
        COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
        _sinotech_completion sinotech "${{COMP_WORDS[COMP_CWORD]}}"
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """
    path = f"{SCRIPT.parent}{os.pathsep}{os.environ['PATH']}"
    result = subprocess.run(
        [BASH, "-c", program], capture_output=True, text=True, check=False,
        env={**os.environ, "PATH": path},
    )  # fmt: skip
    assert result.stderr == "" and result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
def test_bash_completes_claim_ids_past_colons() -> None:
    assert bash_complete("sinotech se") == ["search", "sections", "serve"]
    # bash replaces only the part after the last ':', so that is what comes back.
    assert bash_complete("sinotech show acri-2022:2.1:8") == ["8"]
    assert bash_complete("sinotech show acri-2022:2.1:1") == ["1", *map(str, range(10, 20))]
    assert bash_complete("sinotech quote orf-2021:33 acri-2022:summary:1")[:2] == ["1", "10"]
    replies = bash_complete("sinotech show acri-2022:2.")
    assert replies[0] == "2.1:1" and all(reply.startswith("2.") for reply in replies)
    assert bash_complete("sinotech cite --claim radu-2019:2") == ["2", "20", "21", "22", "23",
                                                                   "24", "25"]  # fmt: skip
    assert bash_complete("sinotech work kovach") == ["kovachichWhoWillGet2021"]


# 15. Global options before and after the command ---------------------------------------------


def test_global_options_in_both_places(store_path: Path, tmp_path: Path) -> None:
    coloured = script("search", "Vocord", "-f", "table", env={"FORCE_COLOR": "1"})
    assert b"\x1b[1;33m" in coloured.stdout
    for args in (["--no-color", "search", "Vocord"], ["search", "Vocord", "--no-color"]):
        plain = script(*args, "-f", "table", "--no-pager", env={"FORCE_COLOR": "1"})
        assert plain.returncode == 0 and b"Vocord" in plain.stdout
        assert b"\x1b[1;33m" not in plain.stdout


def test_db_before_and_after_the_command(store_path: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "no-such-dir" / "s.db"
    env = {"SINOTECH_DB": str(elsewhere)}
    assert invoke("--db", str(store_path), "search", "Vocord", env=env).stdout.startswith(
        "orf-2021:33\t"
    )
    assert invoke("search", "Vocord", "--db", str(store_path), env=env).exit_code == 0
    assert invoke("--db", "a.db", "db", "path", env=env).stdout == "a.db\n"
    assert invoke("--db", "a.db", "db", "path", "--db", "b.db").stdout == "b.db\n"
    assert invoke("db", "--db", "a.db", "path").stdout == "a.db\n"
    assert invoke("db", "path", env=env).stdout == f"{elsewhere}\n"


# The property tests ---------------------------------------------------------------------------

QUERY_PIECES = ["huawei", "5G", "S-400", "Vocord", "sanction*", "AND", "OR", "NOT", "NEAR", "(",
                ")", '"', "*", " ", "\0", "é", "中国", "\udcff", "-", ":", "'", "\\"]  # fmt: skip
queries = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(QUERY_PIECES), max_size=30).map(" ".join),
    st.lists(st.sampled_from(QUERY_PIECES), max_size=30).map("".join),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=queries)
def test_every_query_is_read_or_refused(connection: sqlite3.Connection, query: str) -> None:
    """The query language: a QueryError, or an expression SQLite's FTS5 accepts."""
    try:
        expression = to_fts(query)
    except QueryError as error:
        assert "\n" not in str(error)
        return
    with contextlib.suppress(UnicodeEncodeError):  # surrogates: the CLI refuses them first
        connection.execute(*search_sql(expression, Filters(limit=3))).fetchall()


@pytest.fixture
def scratch_store(store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the session's store: `tag` and `note` write to the library beside it."""
    path = tmp_path / "s.db"
    shutil.copyfile(store_path, path)
    monkeypatch.setenv("SINOTECH_DB", str(path))
    return path


def command_lines() -> list[list[str]]:
    """Every command, found from the CLI itself, so a new one is tried too."""

    def walk(group: click.Group, path: list[str]) -> list[list[str]]:
        found = []
        for name in group.list_commands(click.Context(group)):
            command = group.get_command(click.Context(group), name)
            if isinstance(command, click.Group):
                found += walk(command, [*path, name])
            else:
                found.append([*path, name])
        return found

    return walk(cli, [])


def words_of(path: list[str]) -> list[str]:
    command: click.Command = cli
    for name in path:
        command = command.get_command(click.Context(command), name)
    return [option for parameter in command.params for option in parameter.opts
            if option.startswith("-") and option != "--db"]  # fmt: skip


VALUES = ["huawei", "acri-2022:2.1:8", "orf-2021:33", "kovachichWhoWillGet2021", "Huawei", "15",
          "2.1", "orf-2021", "json", "table", "bibtex", "0", "-1", HUGE, "1e9", "", " ", "(",
          "\0", "\udcff", "é", "--", "-"]  # fmt: skip


@st.composite
def command_line(draw: st.DrawFn) -> list[str]:
    # add and db build ingest and build for seconds, from files: tests/test_add.py tries them;
    # serve answers until stopped: tests/test_serve.py runs it as a server.
    slow = (["add"], ["db", "build"], ["serve"])
    path = draw(st.sampled_from([p for p in command_lines() if p not in slow]))
    before = draw(st.sampled_from([[], ["--no-pager"], ["--no-color"], ["--db", "missing/s.db"]]))
    words = st.one_of(st.sampled_from(words_of(path)), st.sampled_from(VALUES),
                      st.text(max_size=12), st.integers().map(str))  # fmt: skip
    return [*before, *path, *draw(st.lists(words, max_size=5))]


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(args=command_line())
def test_every_command_line_ends_in_an_exit_code(scratch_store: Path, args: list[str]) -> None:
    """Whatever the arguments: exit code 0, 1 or 2, no traceback, at most one line on stderr
    (exactly one unless all went well)."""
    result = CliRunner(env={"NO_COLOR": None}).invoke(cli, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), args
    assert result.exit_code in (0, 1, 2), args
    assert "Traceback" not in result.output
    lines = result.stderr.count("\n")
    assert lines == 1 if result.exit_code else lines <= 1, (args, result.stderr)


@pytest.mark.parametrize("args", [["check", "\0"], ["check", "a.md", "--bib", "\0.bib"],
                                  ["search", "huawei", "--db", "s\0.db"]])  # fmt: skip
def test_a_nul_in_a_path_is_bad_input(args: list[str]) -> None:
    """Found by the property test: os.stat refuses a NUL with a ValueError."""
    one_error(invoke(*args), 2, "a path or name cannot hold a NUL byte")
