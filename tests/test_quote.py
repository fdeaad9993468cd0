"""Quotations: pandoc Markdown, biblatex, and CSL-styled text rendered by pandoc's citeproc."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from sinotech.cli import cli

HUAWEI = (
    "Huawei also benefited from the Russian government's designation of a frequency range for "
    "5G telecoms for which Huawei is the only equipment vendor available, and from perceptions "
    "in Russia that the threat of PRC vendors enabling state surveillance and espionage was no "
    "more serious than that of Western vendors doing the same."
)


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, ["quote", *args], catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.stdout


def test_markdown_cites_section_and_footnote() -> None:
    assert run("acri-2022:2.1:8") == (
        f'> "{HUAWEI}" [@leeChinaRussiaCooperationAdvanced2022, sec. 2.1, n. 15]\n'
    )


@pytest.mark.parametrize(
    ("claim_id", "citation"),
    [
        ("acri-2022:3.3:41", "[@leeChinaRussiaCooperationAdvanced2022, sec. 3.3, nn. 108, 109]"),
        ("acri-2022:summary:1", "[@leeChinaRussiaCooperationAdvanced2022, executive summary]"),
        ("acri-2022:1:6", "[@leeChinaRussiaCooperationAdvanced2022, chap. 1, n. 1]"),
        ("orf-2021:25", "[@kapoorTechtonicShiftSinoRussian2021]"),
        ("uts-2022:1", "[@ChinaRussiaCooperationAdvanced2022]"),
    ],
)
def test_where_each_claim_is_cited(claim_id: str, citation: str) -> None:
    assert run(claim_id).rstrip("\n").endswith(citation)


def test_primary_adds_the_works_of_the_footnotes() -> None:
    assert (
        run("acri-2022:1:6", "--primary")
        .rstrip("\n")
        .endswith(
            "[@leeChinaRussiaCooperationAdvanced2022, chap. 1, n. 1; "
            "@gabuevUnwantedInevitableRussias2019; "
            "@lukinRussiaChinaEntenteIts2021; @kofmanEmperorsLeagueUnderstanding2020]"
        )
    )
    assert (
        run("acri-2022:3.3:18", "--primary")
        .rstrip("\n")
        .endswith(
            "[@leeChinaRussiaCooperationAdvanced2022, sec. 3.3, n. 96; "
            "@leeMappingChinasSemiconductor2021]"
        )
    )


def test_latex_for_biblatex() -> None:
    assert run("acri-2022:2.1:8", "--primary", "-f", "latex") == (
        f"\\enquote{{{HUAWEI}}}\\autocites[sec.~2.1, n.~15]"
        "{leeChinaRussiaCooperationAdvanced2022}"
        "{kovachichWhoWillGet2021}\n"
    )
    assert run("acri-2022:3.2:13", "-f", "latex").startswith(
        "\\enquote{In 2015, a PRC venture capital fund entered a US\\$200 million agreement"
    )


@pytest.mark.parametrize(
    ("style", "citation"),
    [
        ("chicago-author-date", "(Lee 2022, sec. 2.1, n. 15; Kovachich 2021)"),
        ("apa", "(Lee, 2022, Section 2.1, n. 15; Kovachich, 2021)"),
        ("harvard", "(Lee, 2022, sec. 2.1, n. 15; Kovachich, 2021)"),
    ],
)
def test_author_date_styles(style: str, citation: str) -> None:
    parts = json.loads(run("acri-2022:2.1:8", "--primary", "-f", "json", "--style", style))
    # pandoc keeps a label and its number together with a no-break space.
    assert parts["quotes"][0]["citation"].replace("\u00a0", " ") == citation
    assert len(parts["bibliography"]) == 2


def test_chicago_notes_and_plain_text() -> None:
    text = run("acri-2022:2.1:8", "orf-2021:25", "-f", "plain", "--style", "chicago-notes")
    lines = text.splitlines()
    assert lines[0] == f'"{HUAWEI}"[1]'
    assert lines[3] == "Notes"
    assert lines[4].startswith(
        "[1] John Lee, China-Russia Cooperation in Advanced Technologies: The Future Global "
        "Balance of Power and the Limits of “Unlimited” Partnership (Australia-China Relations "
        "Institute, University of Technology Sydney, 2022), sec. 2.1,"
    )
    assert lines[5].startswith("[2] Nivedita Kapoor, “Tech-Tonic Shift in Sino-Russian")
    assert lines[7] == "Bibliography"
    assert lines[8].startswith("Kapoor, Nivedita. “Tech-Tonic Shift in Sino-Russian Cooperation.”")


def test_quote_keys_are_export_keys(store_path) -> None:
    exported = json.loads(
        CliRunner().invoke(cli, ["export", "-f", "csl-json"], catch_exceptions=False).stdout
    )
    keys = {item["id"] for item in exported}
    parts = json.loads(run("acri-2022:1:6", "acri-2022:2.1:8", "--primary", "-f", "json"))
    assert {cite["key"] for q in parts["quotes"] for cite in q["cites"]} <= keys


def test_unknown_claim_is_an_error() -> None:
    result = CliRunner().invoke(cli, ["quote", "acri-2022:9:9"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no claim 'acri-2022:9:9'")


@pytest.fixture
def db(store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the session's store whose cache starts empty (other tests fill the session's)."""
    path = tmp_path / "quotes.db"
    shutil.copyfile(store_path, path)
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DELETE FROM styled_citations")
    monkeypatch.setenv("SINOTECH_DB", str(path))
    return path


def pandoc_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The commands run from now on (pandoc is the only one quote runs), still run."""
    calls: list[list[str]] = []
    real = subprocess.run

    def recorded(command: list[str], **options: object) -> subprocess.CompletedProcess:
        calls.append(command)
        return real(command, **options)

    monkeypatch.setattr(subprocess, "run", recorded)
    return calls


def test_a_repeated_quote_runs_no_pandoc(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ("acri-2022:2.1:8", "orf-2021:25", "--primary", "--style", "chicago-notes")
    calls = pandoc_runs(monkeypatch)
    first = run(*args, "-f", "plain")
    assert len(calls) == 1
    assert run(*args, "-f", "plain") == first  # byte for byte
    parts = json.loads(run(*args, "-f", "json"))  # the same citations in another format
    assert len(calls) == 1
    assert parts["quotes"][1]["citation"] == first.splitlines()[5].removeprefix("[2] ")
    with sqlite3.connect(db) as connection:
        ((style, cites),) = connection.execute("SELECT style, cites FROM styled_citations")
    assert style.startswith("chicago-notes ")
    assert json.loads(cites)[1] == [
        {"key": "kapoorTechtonicShiftSinoRussian2021", "locator": None, "suffix": None}
    ]


def test_another_style_or_locator_is_rendered_again(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    apa = run("acri-2022:2.1:8", "-f", "plain", "--style", "apa")
    calls = pandoc_runs(monkeypatch)
    harvard = run("acri-2022:2.1:8", "-f", "plain", "--style", "harvard")
    other_place = run("acri-2022:2.2:18", "-f", "plain", "--style", "apa")  # the same work
    assert len(calls) == 2
    assert apa.splitlines()[0].endswith("(Lee, 2022, Section 2.1, n.\u00a015)")
    assert harvard.splitlines()[0].endswith("(Lee, 2022, sec. 2.1, n.\u00a015)")
    assert other_place.splitlines()[0].endswith("(Lee, 2022, Section 2.2, n.\u00a033)")


def test_a_store_the_user_cannot_write_quotes_without_a_cache(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = sqlite3.connect

    def read_only(database: str, **options: object) -> sqlite3.Connection:
        """Every connection read-only, as for a user without write permission (root has it)."""
        if not options.get("uri"):
            database, options = f"{Path(database).as_uri()}?mode=ro", {**options, "uri": True}
        return real(database, **options)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    calls = pandoc_runs(monkeypatch)
    first = run("acri-2022:2.1:8", "-f", "plain", "--style", "apa")
    assert first.splitlines()[0].endswith("(Lee, 2022, Section 2.1, n.\u00a015)")
    assert run("acri-2022:2.1:8", "-f", "plain", "--style", "apa") == first
    assert len(calls) == 2  # nothing was kept
    monkeypatch.undo()
    with contextlib.closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT count(*) FROM styled_citations").fetchone() == (0,)
