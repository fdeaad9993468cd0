"""The CLI as users and pipes see it: formats, JSON contract, exit codes, errors, the store."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from sinotech import cli as cli_module
from sinotech import store
from sinotech.cli import cli
from sinotech.store import building, fresh

SCRIPT = Path(sys.executable).with_name("sinotech")


def run(*args: str, code: int = 0) -> click.testing.Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def test_search_json_contract() -> None:
    claims = json.loads(run("search", "Vocord", "--format", "json").stdout)
    assert claims == [
        {
            "id": "orf-2021:33",
            "source": "orf-2021",
            "section": None,
            "text": "With Huawei acquiring the Russian start-up Vocord’s ‘video surveillance and "
            "facial recognition technology patents,’ apprehension over the possible "
            "‘authoritarian’ use of this technology has also been raised, instead of specific "
            "law enforcement purposes.",
            "footnotes": [],
            "section_title": None,
            "paragraph": 10,
            "duplicate_of": None,
            "also_in": [],
            "matches": [[43, 49]],
        }
    ]


def test_search_jsonl_is_one_claim_a_line() -> None:
    lines = run("search", "neon", "xenon", "-f", "jsonl").stdout.splitlines()
    claims = [json.loads(line) for line in lines]
    assert [c["id"] for c in claims] == ["acri-2022:3.3:41", "acri-2022:3.3:39"]
    assert claims[0]["section"] == "3.3"
    assert claims[0]["footnotes"] == [108, 109]
    assert claims[1]["footnotes"] == [107]


def test_plain_is_tab_separated_when_piped() -> None:
    lines = sorted(run("search", "S-400").stdout.splitlines())
    assert lines[0].split("\t") == [
        "acri-2022:4.2:1",
        "acri-2022",
        "4.2",
        "132",
        "Russia's 2015 sale to the PRC of its S-400 AMD system marked a qualitative upgrade in "
        "the PRC's AMD capacity, a cornerstone of the PRC's so-called 'anti-access and area "
        "denial' approach towards projecting military power from its shores.",
    ]
    assert lines[1].split("\t")[:4] == ["orf-2021:4", "orf-2021", "", ""]


def test_csv_and_markdown() -> None:
    rows = list(csv.DictReader(io.StringIO(run("search", "neon", "-f", "csv").stdout)))
    assert list(rows[0]) == ["id", "source", "section", "footnotes", "text"]
    assert {row["id"]: row["footnotes"] for row in rows}["acri-2022:3.3:41"] == "108, 109"
    markdown = run("search", "Vocord", "-f", "markdown").stdout.splitlines()
    assert markdown[0] == "| Claim | Source | § | Notes | Text |"
    assert markdown[1] == "| --- | --- | --- | --- | --- |"
    assert markdown[2].startswith("| orf-2021:33 | orf-2021 |  |  | With Huawei acquiring")


def test_table_keeps_brackets_and_highlights_terms() -> None:
    result = run("search", "NATO", "Strategic", "Concept", "-f", "table")
    assert "[the PRC and Russia]" in result.stdout
    assert "acri-2022:6:15" in result.stdout


def test_footnote_json_contract() -> None:
    note = json.loads(run("footnote", "15", "--format", "json").stdout)
    assert note["source"] == "acri-2022"
    assert note["n"] == 15
    assert note["text"] == (
        "Leonid Kovachich, 'Who will get a slice of Russia's 5G pie?', Carnegie Endowment for "
        "International Peace, December 12 2021 <<https://carnegiemoscow.org/commentary/86092>>."
    )
    assert {key: note["claim"][key] for key in ("id", "source", "section", "footnotes")} == {
        "id": "acri-2022:2.1:8",
        "source": "acri-2022",
        "section": "2.1",
        "footnotes": [15],
    }
    assert note["claim"]["text"].startswith("Huawei also benefited from the Russian government's")


def test_footnote_plain() -> None:
    out = run("footnote", "75").stdout
    assert out == (
        "Footnote 75 (acri-2022)\n"
        "Fond perspektivnykh issledovanii – FPI (Advanced Research Foundation).\n\n"
        "Carried by acri-2022:3.2:5 (acri-2022 §3.2 Fourth industrial revolution (4IR) "
        "technologies)\n"
        "In 2016 and 2018, Russia created dedicated agencies (ARF/FPI and Era) to drive "
        "development of next-generation technologies and their integration into Russia's defence "
        "industries.\n"
    )


def test_show_gives_paragraph_and_footnote_texts() -> None:
    claim = json.loads(run("show", "acri-2022:3.3:41", "-f", "json").stdout)
    assert claim["paragraph_text"].startswith("The one point in the semiconductor supply chain")
    assert claim["paragraph_text"].endswith(claim["text"])
    assert [f["n"] for f in claim["footnote_texts"]] == [108, 109]
    assert claim["footnote_texts"][1]["text"].startswith("Antoni Slodkowski, et al.")
    plain = run("show", "uts-2022:4").stdout
    assert "Same sentence as\nacri-2022:summary:4\n" in plain


def test_a_footnote_shows_the_keys_it_cites() -> None:
    """Issue 10, item 22: under the note's text, each citation's key, type, year and locator,
    so a writer learns the key to cite without a second command (plain, table and JSON)."""
    out = run("footnote", "4", "-f", "plain").stdout
    assert out.split("\n\nCarried by")[0].split("\n\n")[1] == (
        "Cites\n"
        "→ hsiungChinasTechnologyCooperation2021 (article-journal, 2021)\n"
        "→ bendettNewSinoRussianHightech2019 (report, 2019)"
    )
    assert (
        "→ bendettNewSinoRussianHightech2019 (report, 2019, p. 11)"
        in run("footnote", "83", "-f", "table").stdout
    )
    show = run("show", "acri-2022:2.1:8", "-f", "plain").stdout
    assert show.endswith(
        "Footnotes\n[15] Leonid Kovachich, 'Who will get a slice of Russia's 5G pie?', Carnegie "
        "Endowment for International Peace, December 12 2021 "
        "<<https://carnegiemoscow.org/commentary/86092>>.\n"
        "→ kovachichWhoWillGet2021 (report, 2021)\n"
    )
    assert "→ kovachichWhoWillGet2021 (report, 2021)" in run("show", "acri-2022:2.1:8").stdout
    claim = json.loads(run("show", "acri-2022:2.1:8", "-f", "json").stdout)
    (citation,) = claim["footnote_texts"][0]["citations"]
    assert (citation["work"]["id"], citation["work"]["type"], citation["locator"]) == (
        "kovachichWhoWillGet2021", "report", None,
    )  # fmt: skip
    assert citation["work"]["issued"] == {"date-parts": [[2021, 12, 12]]}


def test_sources_and_sections() -> None:
    sources = json.loads(run("sources", "-f", "json").stdout)
    assert [(s["id"], s["claims"], s["duplicates"], s["footnotes"]) for s in sources] == [
        ("acri-2022", 374, 0, 194),
        ("orf-2021", 54, 0, 0),
        ("radu-2019", 25, 0, 0),
        ("ecfr-2019", 44, 0, 0),
        ("uts-2022", 20, 20, 0),
    ]
    lines = run("sections").stdout.splitlines()
    assert lines[3] == "acri-2022\t2.1\t8\t21\t9\tTelecommunications"
    assert len(lines) == 24
    footnotes = sum(s["footnotes"] for s in json.loads(run("sections", "-f", "json").stdout))
    assert footnotes == 194
    run("sections", "--source", "orf-2021", code=1)


def test_no_results_is_exit_1_on_stderr() -> None:
    result = run("search", "zzyzx", code=1)
    assert result.stdout == ""
    assert result.stderr == "no claims match 'zzyzx'\n"


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "AND", "NEAR(", "*", "", "huawei NOT", "(huawei", "huawei OR"],
)
def test_bad_queries_never_trace(query: str) -> None:
    result = CliRunner().invoke(cli, ["search", query])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if query == '"unbalanced':
        assert result.exit_code == 1  # read as the plain word: nothing found
    else:
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith("Error: ")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["show", "acri-2022:9.9:1"], 1, "Error: no claim 'acri-2022:9.9:1'"),
        (["footnote", "195"], 1, "Error: no footnote 195 in acri-2022"),
        (["footnote", "3", "--source", "orf-2021"], 1, "Error: orf-2021 has no footnotes"),
        (["search", "huawei", "--section", "9"], 2, "Error: no section '9'"),
        (["search", "huawei", "--source", "nyt"], 2, "Error: no source 'nyt'; sources: acri-2022"),
        (["search", "huawei", "--limit", "0"], 2, "Error: Invalid value for '--limit'"),
        (["search", "huawei", "-f", "xml"], 2, "Error: Invalid value for '--format'"),
    ],
)
def test_bad_input_is_one_line(args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output


COMMANDS = [
    ["search"], ["show"], ["footnote"], ["sources"], ["sections"], ["cite"], ["works"], ["work"],
    ["export"], ["quote"], ["db"], ["db", "build"], ["db", "path"], ["db", "stats"], [],
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "sinotech")
def test_help_has_examples(command: list[str]) -> None:
    result = run(*command, "--help")
    assert "Usage: " in result.stdout
    if command != ["db"]:
        assert "Example" in result.stdout


def test_db_commands(tmp_path: Path, store_path: Path) -> None:
    assert run("db", "path").stdout == f"{store_path}\n"
    stats = {r["key"]: r["value"] for r in json.loads(run("db", "stats", "-f", "json").stdout)}
    assert (stats["claims"], stats["footnotes"], stats["claim_footnotes"]) == (517, 194, 194)
    target = tmp_path / "fresh.db"
    result = run("db", "build", "--db", str(target))
    assert result.stdout == f"built {target}: 5 documents, 517 claims, 194 footnotes, 196 works\n"
    assert [p.name for p in tmp_path.iterdir()] == ["fresh.db"]  # no temporary file left


def test_store_builds_itself_in_the_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.delenv("SINOTECH_DB")
    expected = tmp_path / "data" / "sinotech" / "sinotech.db"
    assert run("db", "path").stdout == f"{expected}\n"
    assert not expected.exists()
    assert run("search", "Vocord").stdout.startswith("orf-2021:33\t")
    assert expected.exists()


def test_store_rebuilds_when_stale(tmp_path: Path) -> None:
    path = tmp_path / "stale.db"
    run("db", "build", "--db", str(path))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = 'old' WHERE key = 'fingerprint'")
        connection.execute("DELETE FROM claims WHERE source = 'orf-2021'")
    assert run("search", "Vocord", "--db", str(path)).stdout.startswith("orf-2021:33\t")


def test_store_rebuilds_when_a_module_the_build_imported_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store records the modules its build loaded; a copy of the package stands in for
    the installed one, so the edit touches no real file."""
    path = tmp_path / "code.db"
    store.build(path)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        code = connection.execute("SELECT value FROM meta WHERE key = 'build_code'").fetchone()[0]
    assert {"ingest/report.py", "bibliography.py", "crossref.py", "paths.py"} <= set(code.split())
    package = tmp_path / "sinotech"
    shutil.copytree(fresh._PACKAGE, package)
    monkeypatch.setattr(fresh, "_PACKAGE", package)
    rebuilt: list[Path] = []
    monkeypatch.setattr(building, "build", rebuilt.append)
    store.open_store(path).close()
    assert rebuilt == []  # the same code: nothing to do
    paths = package / "paths.py"  # imported by the build; not in the hand-kept list it replaced
    paths.write_text(paths.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    store.open_store(path).close()
    assert rebuilt == [path]
    paths.unlink()  # a recorded module that is gone counts as changed
    store.open_store(path).close()
    assert rebuilt == [path, path]


@pytest.mark.parametrize(("args", "code"), [(["search", "huawei"], 0), (["search", "zzzz"], 1)])
def test_a_command_closes_its_store(
    args: list[str], code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found or not, the connection is closed when the command ends (3.13 warns otherwise)."""
    opened: list[sqlite3.Connection] = []
    real = store.open_store
    monkeypatch.setattr(store, "open_store", lambda path: opened.append(real(path)) or opened[0])
    run(*args, code=code)
    with pytest.raises(sqlite3.ProgrammingError, match="closed database"):
        opened[0].execute("SELECT 1")


def test_foreign_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my notes")
    for args in (["search", "huawei"], ["db", "build"]):
        result = CliRunner().invoke(cli, [*args, "--db", str(path)])
        assert result.exit_code == 1
        assert result.stderr == (
            f"Error: {path} is not a sinotech store; choose another path with --db\n"
        )
    assert path.read_text() == "my notes"


def test_mistyped_db_directory_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "no-such-dir" / "s.db"
    result = CliRunner().invoke(cli, ["search", "huawei", "--db", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: no such directory for the store: {path.parent}\n"
    assert not path.parent.exists()


def test_version() -> None:
    assert run("--version").stdout.startswith("sinotech 0.")


def script(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    assert SCRIPT.exists(), f"install the package first: {SCRIPT} is missing"
    return subprocess.run(
        [str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_installed_console_script() -> None:
    result = script("search", "RISC-V", "--section", "3.3", "-n", "2")
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == [
        "acri-2022:3.3:24",
        "acri-2022:3.3:23",
    ]


def test_each_command_is_where_the_map_says() -> None:
    context = click.Context(cli)
    assert cli.list_commands(context) == sorted(cli_module.COMMANDS)
    for name in cli_module.COMMANDS:
        assert cli.get_command(context, name).name == name


def modules_a_search_loads(prefixes: str) -> list[str]:
    """The modules named by one of the prefixes that `sinotech search huawei` has loaded."""
    loaded = f"sorted(m for m in sys.modules if m.startswith({prefixes}))"
    code = (f"import atexit, sys; atexit.register(lambda: print(*{loaded}, file=sys.stderr))\n"
            "from sinotech.cli import main; main()")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code, "search", "huawei"], capture_output=True,
                            text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stderr.split()


def test_a_command_loads_only_its_own_module() -> None:
    """Commands load lazily (start-up): running `search` compiles no other command's module."""
    found = modules_a_search_loads("'sinotech.commands'")
    assert found == ["sinotech.commands", "sinotech.commands.search"]


def test_a_search_loads_no_model_and_no_build() -> None:
    """Corroboration is computed when the store is built: a search loads neither the model nor
    numpy, nor the build and its sqlite-utils."""
    heavy = "('numpy', 'wordllama', 'tokenizers', 'sqlite_utils', 'sinotech.corroboration', " \
        "'sinotech.semantic', 'sinotech.crossref', 'sinotech.store.building')"  # fmt: skip
    assert modules_a_search_loads(heavy) == []


def test_piping_into_head_prints_no_traceback() -> None:
    shell = f"'{SCRIPT}' search russia --limit 500 -f table | head -n 1"
    result = subprocess.run(shell, shell=True, capture_output=True, text=True, check=False)
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""


def test_no_color_is_honoured() -> None:
    colour = script("search", "Vocord", "-f", "table", env={"FORCE_COLOR": "1"})
    assert "\x1b[1;33m" in colour.stdout
    plain = script("search", "Vocord", "-f", "table", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[1;33m" not in plain.stdout and "\x1b[33m" not in plain.stdout
    assert "Vocord" in plain.stdout


def test_shell_completion_reads_the_store() -> None:
    from sinotech import store
    from sinotech.options import _section_numbers, store_completer

    context = click.Context(cli)
    assert store_completer(store.work_keys)(context, None, "kovach") == ["kovachichWhoWillGet2021"]
    assert store_completer(_section_numbers)(context, None, "2.") == ["2.1", "2.2", "2.3"]
    assert store_completer(store.claim_ids)(context, None, "orf-2021:2")[:2] == [
        "orf-2021:2",
        "orf-2021:20",
    ]


def test_c_locale_prints_unicode() -> None:
    result = script("footnote", "124", "-f", "plain", env={"LANG": "C", "LC_ALL": "C"})
    assert result.returncode == 0, result.stderr
    assert "发挥科技合作主渠道作用" in result.stdout
    table = script("search", "Vocord", "-f", "table", env={"LANG": "C", "LC_ALL": "C"})
    assert table.returncode == 0 and "┃ Claim" in table.stdout


def test_no_color_flag_and_no_pager() -> None:
    coloured = script("search", "Vocord", "-f", "table", env={"FORCE_COLOR": "1"})
    plain = script("--no-color", "--no-pager", "search", "Vocord", "-f", "table",
                   env={"FORCE_COLOR": "1"})  # fmt: skip
    assert "\x1b[1;33m" in coloured.stdout
    assert "\x1b[1;33m" not in plain.stdout and "Vocord" in plain.stdout
