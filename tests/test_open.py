"""`sinotech open`: the address of a claim, source or work — an added PDF at the claim's own
page, else the URL or DOI — printed in a pipe, handed to the system opener on a terminal."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner

from sinotech.cli import cli
from sinotech.opener import address

from .terminal import on_a_terminal

BOOK = Path(__file__).parent / "fixtures" / "pdf" / "book.pdf"


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, (result.output, result.stderr)
    return result.stdout if code == 0 else result.stderr


def test_bundled_claims_sources_and_works_open_at_their_urls() -> None:
    report = (
        "https://www.australiachinarelations.org/content/"
        "china-russia-cooperation-advanced-technologies-future-global-balance-power-and-limits"
    )
    assert run("open", "acri-2022:2.1:8") == report + "\n"
    assert run("open", "acri-2022") == report + "\n"
    assert run("open", "leeChinaRussiaCooperationAdvanced2022", "--print") == report + "\n"
    assert run("open", "kovachichWhoWillGet2021") == "https://carnegiemoscow.org/commentary/86092\n"
    assert run("open", "nothing-2020", code=1) == (
        "Error: no claim, source or work 'nothing-2020': see `sinotech sources` and"
        " `sinotech works`\n"
    )


def test_a_work_with_only_a_doi_opens_through_doi_org(tmp_path: Path) -> None:
    work = {"id": "k", "url": None, "doi": "10.1080/0163660X.2021.1934999", "file": None,
            "page": None}  # fmt: skip
    assert address(work, tmp_path) == "https://doi.org/10.1080/0163660X.2021.1934999"
    with pytest.raises(Exception, match=r"^k has no URL, DOI or kept file to open$"):
        address(work | {"doi": None}, tmp_path)


@pytest.fixture
def added_book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "s.db"
    monkeypatch.setenv("SINOTECH_DB", str(path))
    run("add", str(BOOK))
    return path


def page_text(page: int) -> str:
    with pdfplumber.open(BOOK) as pdf:
        return " ".join(pdf.pages[page - 1].extract_text().split())


def test_a_claim_of_an_added_pdf_opens_the_kept_copy_at_its_page(added_book: Path) -> None:
    kept = (added_book.parent / "s-library" / "files" / "lindqvist-2021.pdf").resolve().as_uri()
    for claim, page in (("lindqvist-2021:1.1:1", 3), ("lindqvist-2021:1.2:5", 4),
                        ("lindqvist-2021:2.1:3", 7)):  # fmt: skip
        assert run("open", claim) == f"{kept}#page={page}\n"
        paragraph = json.loads(run("show", claim, "-f", "json"))["paragraph_text"]
        assert paragraph[:40] in page_text(page)  # its paragraph starts on that page
    assert run("open", "lindqvist-2021") == kept + "\n"


def test_on_a_terminal_the_system_opener_gets_the_address(tmp_path: Path) -> None:
    """A real terminal (a pty) and a stand-in xdg-open on PATH that records what it was given."""
    opened = tmp_path / "opened"
    opener = tmp_path / "bin" / "xdg-open"
    opener.parent.mkdir()
    opener.write_text(f'#!/bin/sh\nprintf %s "$1" > {opened}\n')
    opener.chmod(0o755)
    env = {**os.environ, "PATH": f"{opener.parent}:{os.environ['PATH']}"}
    code, _ = on_a_terminal("open", "kovachichWhoWillGet2021", env=env)
    assert code == 0
    for _ in range(50):  # xdg-open runs in the background, as a double-click would
        if opened.exists() and opened.read_text():
            break
        time.sleep(0.1)
    assert opened.read_text() == "https://carnegiemoscow.org/commentary/86092"
