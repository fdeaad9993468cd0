"""`sinotech check`: a draft's keys, unknown keys, quote drift, and the bibliography it cites,
on the workflow draft of docs/workflow.md in Markdown and LaTeX, compiled by pandoc and biber."""

from __future__ import annotations

import html
import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner, Result

from sinotech import store
from sinotech.cli import cli

from .test_workflow import shell, shell_blocks

# The citation keys these tests use, in one place: key generation may change.
LEE = "leeChinaRussiaCooperationAdvanced2022"
KAPOOR = "kapoorTechtonicShiftSinoRussian2021"
ECFR = "AuthoritarianEntenteSinoRussian"
KOVACHICH = "kovachichWhoWillGet2021"

WORKFLOW = Path(__file__).resolve().parents[1] / "docs" / "workflow.md"
LATEX = r"""\documentclass{article}
\IfFileExists{csquotes.sty}{\usepackage{csquotes}}{}
\providecommand{\enquote}[1]{``#1''}
\usepackage[style=authoryear]{biblatex}
\addbibresource{refs.bib}
\begin{document}
BODY
\printbibliography
\end{document}
"""
EARLY_WARNING = "acri-2022:4.2:2"


def run(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result


def workflow_claims() -> list[str]:
    """The claims docs/workflow.md quotes into its draft."""
    return re.search(r"sinotech quote (.*?) > draft\.md", WORKFLOW.read_text("utf-8"))[1].split()


def latex(body: str) -> str:
    return LATEX.replace("BODY", body)


@pytest.fixture
def drafts(tmp_path: Path) -> dict[str, Path]:
    """The workflow draft as `sinotech quote` writes it, in Markdown and in a LaTeX document."""
    claims = workflow_claims()
    markdown = tmp_path / "draft.md"
    markdown.write_text(run("quote", *claims).stdout, encoding="utf-8")
    tex = tmp_path / "draft.tex"
    tex.write_text(latex(run("quote", *claims, "-f", "latex").stdout), encoding="utf-8")
    return {"markdown": markdown, "latex": tex}


def report(*args: str, code: int = 0) -> dict:
    return json.loads(run("check", *args, "-f", "json", code=code).stdout)


def key(name: str, uses: int, draft: Path) -> dict:
    return {"key": name, "uses": uses, "status": "known", "suggestions": [], "drafts": [str(draft)]}


@pytest.mark.parametrize("kind", ["markdown", "latex"])
def test_the_workflow_draft(kind: str, drafts: dict[str, Path]) -> None:
    draft = drafts[kind]
    found = report(str(draft))
    assert found["keys"] == [key(LEE, 1, draft), key(KAPOOR, 1, draft), key(ECFR, 1, draft)]
    assert [(q["claim"], q["status"], q["key"], q["locator"]) for q in found["quotations"]] == [
        (EARLY_WARNING, "ok", LEE, "sec. 4.2"),
        ("orf-2021:5", "ok", KAPOOR, ""),
        ("ecfr-2019:7", "ok", ECFR, ""),
    ]
    assert found["quotations"][1]["quoted"] == (
        "The two sides are also engaged in joint projects, and Russia has agreed to help China "
        "develop its ballistic missile early-warning system."
    )


@pytest.mark.parametrize(
    ("kind", "citation"),
    [
        ("markdown", "As Lee argues [@leeChinaRusiaCooperation2022, p. 3]."),
        ("latex", r"As Lee argues \autocite[3]{leeChinaRusiaCooperation2022}."),
    ],
)
def test_an_unknown_key_fails_with_the_closest_keys(
    kind: str, citation: str, drafts: dict[str, Path]
) -> None:
    draft = drafts[kind]
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace("\\printbibliography", f"{citation}\n\n\\printbibliography")
                     if kind == "latex" else f"{text}\n{citation}\n", encoding="utf-8")  # fmt: skip
    result = run("check", str(draft), "-f", "json", code=1)
    (unknown,) = [k for k in json.loads(result.stdout)["keys"] if k["status"] == "unknown"]
    assert unknown["key"] == "leeChinaRusiaCooperation2022"
    assert unknown["suggestions"][0] == LEE
    assert result.stderr == "1 unknown key: leeChinaRusiaCooperation2022\n"


def test_a_key_in_another_case_is_unknown_and_suggests_the_right_one(tmp_path: Path) -> None:
    """pandoc's citeproc and biber match keys exactly, so the check does too."""
    draft = tmp_path / "draft.md"
    draft.write_text(f"Text [@{LEE.upper()}].\n", encoding="utf-8")
    (found,) = report(str(draft), code=1)["keys"]
    assert (found["status"], found["suggestions"][0]) == ("unknown", LEE)


@pytest.mark.parametrize("kind", ["markdown", "latex"])
def test_a_drifted_quotation(
    kind: str, drafts: dict[str, Path], connection: sqlite3.Connection
) -> None:
    draft = drafts[kind]
    text = draft.read_text(encoding="utf-8")
    assert "was helping the PRC develop" in text
    draft.write_text(text.replace("was helping the PRC develop", "was helping the PRC build"),
                     encoding="utf-8")  # fmt: skip
    result = run("check", str(draft), "-f", "json", code=1)
    drifted = json.loads(result.stdout)["quotations"][0]
    assert drifted["status"] == "drifted"
    assert drifted["claim"] == EARLY_WARNING
    assert drifted["text"] == store.claim(connection, EARLY_WARNING)["text"]
    assert "was helping the PRC build" in drifted["quoted"]
    assert result.stderr == f"1 drifted quotation: {EARLY_WARNING}\n"


def test_an_excerpt_and_a_quotation_cited_at_the_wrong_place(
    tmp_path: Path, connection: sqlite3.Connection
) -> None:
    whole = store.claim(connection, EARLY_WARNING)["text"]
    draft = tmp_path / "draft.md"
    draft.write_text(
        f'As Lee puts it, "Russia was helping the PRC develop" [@{LEE}, sec. 4.2] such a system.'
        f'\n\n> "{whole}" [@{LEE}, sec. 4.3]\n',
        encoding="utf-8",
    )
    quotations = report(str(draft), code=1)["quotations"]
    assert [(q["status"], q["claim"]) for q in quotations] == [
        ("excerpt", EARLY_WARNING),
        ("drifted", EARLY_WARNING),  # the words are the claim's, the section is not
    ]


@pytest.mark.parametrize("kind", ["markdown", "latex"])
def test_every_claim_quoted_reads_back_as_itself(
    kind: str, tmp_path: Path, connection: sqlite3.Connection
) -> None:
    """Typographic quotes, brackets, dollars, ampersands and ellipses survive Markdown and
    LaTeX escaping: each quotation `sinotech quote` writes is found to be its own claim."""
    claims = store.claim_ids(connection, "", limit=10_000)
    assert len(claims) == 517
    quoted = run("quote", *claims, "-f", kind, "--primary").stdout
    draft = tmp_path / ("draft.md" if kind == "markdown" else "draft.tex")
    draft.write_text(quoted if kind == "markdown" else latex(quoted), encoding="utf-8")
    quotations = report(str(draft))["quotations"]
    assert [(q["claim"], q["status"]) for q in quotations] == [(c, "ok") for c in claims]


def test_markdown_citation_syntax(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        f"---\nnocite: '@{KOVACHICH}'\n---\n\n"
        f"One [@{LEE}]. Two [@{LEE}, p. 3]. @{KAPOOR} says so. Three [-@{ECFR}].\n"
        f"Four [see @{LEE}, p. 4; also @{KAPOOR}]. Mail someone@example.com, not \\@{ECFR}.\n"
        f"Code: `[@{ECFR}]`.\n\n```\n[@{ECFR}] @{LEE}\n```\n\n"
        f"Five \\cite{{{ECFR}}}.[^1]\n\n[^1]: In a note [@{LEE}].\n",
        encoding="utf-8",
    )
    found = report(str(draft))["keys"]
    assert [(k["key"], k["uses"]) for k in found] == [
        (KOVACHICH, 1), (LEE, 4), (KAPOOR, 2), (ECFR, 2),
    ]  # fmt: skip


def test_latex_citation_syntax(tmp_path: Path) -> None:
    draft = tmp_path / "draft.tex"
    draft.write_text(latex(
        f"A \\cite{{{LEE}}}. B \\cite[p.~3]{{{LEE}}}. C \\cite[see][p.~4]{{{LEE},{KAPOOR}}}.\n"
        f"D \\autocite[sec.~2.1, n.~15]{{{LEE}}}. E \\parencite[12]{{{ECFR}}}.\n"
        f"F \\textcite{{{KAPOOR}}}. G \\footcite[see][7]{{{KOVACHICH}}}.\n"
        f"H \\autocites[sec.~2.1]{{{LEE}}}[3]{{{KOVACHICH}}}{{{ECFR}}}.\n"
        f"I \\fullcite{{{KOVACHICH}}}. J \\citetitle{{{ECFR}}}. K \\Textcite{{{KAPOOR}}}.\n"
        f"% \\cite{{{ECFR}}}\n\\begin{{verbatim}}\n\\cite{{{LEE}}}\n\\end{{verbatim}}\n"
    ), encoding="utf-8")  # fmt: skip
    found = report(str(draft))["keys"]
    assert [(k["key"], k["uses"]) for k in found] == [
        (LEE, 5), (KAPOOR, 3), (ECFR, 3), (KOVACHICH, 3),
    ]  # fmt: skip


def exported(fmt: str) -> str:
    return run("export", "-f", fmt).stdout


def test_bib_holds_exactly_the_cited_works_as_export_writes_them(
    drafts: dict[str, Path], tmp_path: Path
) -> None:
    refs = tmp_path / "refs.json"
    result = run("check", str(drafts["markdown"]), "--bib", str(refs))
    assert result.stderr == ""
    items = json.loads(refs.read_text(encoding="utf-8"))
    assert [item["id"] for item in items] == [ECFR, KAPOOR, LEE]
    cited = [item for item in json.loads(exported("csl-json")) if item["id"] in (ECFR, KAPOOR, LEE)]
    assert items == cited


def test_nocite_star_cites_every_work(tmp_path: Path) -> None:
    draft = tmp_path / "draft.tex"
    draft.write_text(latex("\\nocite{*}"), encoding="utf-8")
    refs = tmp_path / "refs.bib"
    assert report(str(draft), "--bib", str(refs), "--bib-format", "biblatex")["keys"] == []
    assert refs.read_text(encoding="utf-8") == exported("biblatex")


def pandoc() -> str:
    import pypandoc

    return pypandoc.get_pandoc_path()


@pytest.mark.parametrize(("name", "fmt"), [("refs.bib", "bibtex"), ("refs.bib", "biblatex"),
                                           ("refs.json", "csl-json")])  # fmt: skip
def test_pandoc_citeproc_runs_clean_on_the_bib(
    name: str, fmt: str, drafts: dict[str, Path], tmp_path: Path
) -> None:
    refs = tmp_path / name
    run("check", str(drafts["markdown"]), "--bib", str(refs), "--bib-format", fmt)
    result = subprocess.run(
        [pandoc(), str(drafts["markdown"]), "--citeproc", "--bibliography", str(refs),
         "--fail-if-warnings", "-t", "plain", "--wrap=none"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")
    text = result.stdout.replace("\u00a0", " ")
    assert "(Lee 2022, sec. 4.2)" in text
    assert "(Kapoor 2021)" in text
    assert "\nKapoor, Nivedita. 2021." in text


def test_the_documented_check(tmp_path: Path) -> None:
    """docs/workflow.md's check and pandoc, as written, after its search, quote and export."""
    blocks = shell_blocks()
    assert shell(blocks[0], tmp_path).returncode == 0
    result = shell(blocks[1], tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[:4] == [f"{LEE}\t1\tknown\t\tdraft.md", f"{KAPOOR}\t1\tknown\t\tdraft.md",
                         f"{ECFR}\t1\tknown\t\tdraft.md", ""]  # fmt: skip
    assert [line.split("\t")[:3] for line in lines[4:]] == [
        [EARLY_WARNING, "ok", "draft.md"], ["orf-2021:5", "ok", "draft.md"],
        ["ecfr-2019:7", "ok", "draft.md"],
    ]  # fmt: skip
    written = bibtexparser.parse_string((tmp_path / "refs.bib").read_text(encoding="utf-8"))
    assert [entry.key for entry in written.entries] == [ECFR, KAPOOR, LEE]
    page = html.unescape((tmp_path / "draft.html").read_text(encoding="utf-8"))
    assert "(Lee 2022, sec. 4.2)" in " ".join(re.sub("<[^>]+>", "", page).split())


def latex_with_biblatex() -> bool:
    if not (shutil.which("biber") and shutil.which("pdflatex") and shutil.which("kpsewhich")):
        return False
    found = subprocess.run(["kpsewhich", "biblatex.sty"], capture_output=True, check=False)
    return bool(found.stdout.strip())


@pytest.mark.skipif(not latex_with_biblatex(), reason="no biber, pdflatex or biblatex here")
def test_biber_and_latex_run_clean_on_the_latex_draft(drafts: dict[str, Path]) -> None:
    """docs/workflow.md's LaTeX commands, as written, on the LaTeX version of its draft."""
    draft = drafts["latex"]
    result = shell(shell_blocks()[2], draft.parent)
    assert result.returncode == 0, result.stdout[-2000:]
    biber = draft.with_suffix(".blg").read_text(encoding="utf-8")
    assert "Output to draft.bbl" in biber
    assert re.findall(r"(?:WARN|ERROR) - .*", biber) == []
    final = draft.with_suffix(".log").read_text(encoding="utf-8", errors="replace")
    assert re.findall(r".*(?:undefined|Please rerun).*", final) == []


def test_bib_is_not_written_while_a_key_is_unknown(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"[@{LEE}] and [@nobodyNothing2020].\n", encoding="utf-8")
    refs = tmp_path / "refs.bib"
    refs.write_text("% the old bibliography\n", encoding="utf-8")
    result = run("check", str(draft), "--bib", str(refs), code=1)
    assert result.stderr == f"1 unknown key: nobodyNothing2020; {refs} not written\n"
    assert refs.read_text(encoding="utf-8") == "% the old bibliography\n"


def test_a_failed_write_leaves_the_old_bib_whole(
    drafts: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    refs = tmp_path / "refs.bib"
    refs.write_text("% the old bibliography\n", encoding="utf-8")
    before = sorted(tmp_path.iterdir())
    monkeypatch.setattr("os.fsync", full)
    result = run("check", str(drafts["markdown"]), "--bib", str(refs), code=1)
    assert result.stderr == f"Error: cannot write {refs}: No space left on device\n"
    assert refs.read_text(encoding="utf-8") == "% the old bibliography\n"
    assert sorted(tmp_path.iterdir()) == before  # no temporary file left


def test_bad_input_is_exit_code_2(drafts: dict[str, Path], tmp_path: Path) -> None:
    draft = drafts["markdown"]
    original = draft.read_text(encoding="utf-8")
    docx = tmp_path / "draft.docx"
    docx.write_bytes(b"PK\x03\x04")
    cases = [
        ([str(docx)], "Error: draft.docx: not a draft sinotech reads; give Markdown"),
        ([str(draft), "--bib", str(tmp_path / "refs.txt")],
         "Error: refs.txt: say which --bib-format (.bib is bibtex, .json is csl-json, .ris is"),
        ([str(draft), "--bib", str(draft), "--bib-format", "bibtex"],
         f"Error: {draft}: that is a draft; give another file for the bibliography"),
        ([str(draft), "--bib", str(tmp_path / "missing" / "refs.bib")],
         f"Error: no such directory for the bibliography: {tmp_path / 'missing'}"),
        ([str(tmp_path / "missing.md")], "does not exist"),
    ]  # fmt: skip
    for args, message in cases:
        result = run("check", *args, code=2)
        assert message in result.stderr.replace("\n", " ")
        assert result.stdout == ""  # refused before the drafts are checked
    assert draft.read_text(encoding="utf-8") == original
    assert not (tmp_path / "missing").exists()


def test_a_draft_without_citations_finds_nothing(tmp_path: Path) -> None:
    draft = tmp_path / "notes.md"
    draft.write_text("Nothing cited here; write to me@example.com.\n", encoding="utf-8")
    assert run("check", str(draft), code=1).stderr == f"no citations in {draft}\n"


def test_plain_and_table_output(drafts: dict[str, Path]) -> None:
    draft = drafts["markdown"]
    lines = run("check", str(draft)).stdout.splitlines()
    assert lines[:4] == [f"{LEE}\t1\tknown\t\t{draft}", f"{KAPOOR}\t1\tknown\t\t{draft}",
                         f"{ECFR}\t1\tknown\t\t{draft}", ""]  # fmt: skip
    assert lines[4].startswith(f"{EARLY_WARNING}\tok\t{draft}\tIn 2019, Putin announced")
    assert len(lines) == 7
    table = run("check", str(draft), "-f", "table").stdout
    assert table.startswith("Keys\n")
    assert "\nQuotations\n" in table
    assert EARLY_WARNING in table


def test_help_has_examples() -> None:
    assert "Examples:\n    sinotech check draft.md\n" in run("check", "--help").stdout
