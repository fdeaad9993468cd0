"""Quotations: pandoc Markdown, biblatex, and CSL-styled text rendered by pandoc's citeproc."""

from __future__ import annotations

import json

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
