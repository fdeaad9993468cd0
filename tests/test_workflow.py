"""docs/workflow.md, run as written: search, quote, export, pandoc."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "workflow.md"


def shell_blocks() -> list[str]:
    """The docs' ```sh blocks, in order."""
    return re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def shell(commands: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run commands as a reader would, with sinotech and pandoc on the PATH."""
    import pypandoc

    tools = cwd / "bin"
    tools.mkdir(exist_ok=True)
    if not (tools / "pandoc").exists():
        (tools / "pandoc").symlink_to(pypandoc.get_pandoc_path())
    path = os.pathsep.join([str(tools), str(Path(sys.executable).parent), os.environ["PATH"]])
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", commands],
        cwd=cwd, env={**os.environ, "PATH": path}, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_the_documented_pipeline(tmp_path: Path) -> None:
    result = shell(shell_blocks()[0], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    found = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert {"acri-2022:4.2:2", "orf-2021:5", "ecfr-2019:7"} <= set(found)

    draft = (tmp_path / "draft.md").read_text(encoding="utf-8").split("\n\n")
    assert [re.search(r"\[@.*\]$", quote)[0] for quote in draft] == [
        "[@leeChinaRussiaCooperationAdvanced2022, sec. 4.2]",
        "[@kapoorTechtonicShiftSinoRussian2021]",
        "[@AuthoritarianEntenteSinoRussian]",
    ]
    page = html.unescape((tmp_path / "draft.html").read_text(encoding="utf-8"))
    entries = {
        key: " ".join(re.sub(r"<[^>]+>", "", body).split())
        for key, body in re.findall(
            r'<div id="ref-(\w+)" class="csl-entry"[^>]*>(.*?)</div>', page, re.S
        )
    }
    assert list(entries) == [
        "AuthoritarianEntenteSinoRussian", "kapoorTechtonicShiftSinoRussian2021",
        "leeChinaRussiaCooperationAdvanced2022",
    ]  # fmt: skip
    assert entries["kapoorTechtonicShiftSinoRussian2021"] == (
        "Kapoor, Nivedita. 2021. Tech-Tonic Shift in Sino-Russian Cooperation. Expert Speak: "
        "Raisina Debates, Observer Research Foundation. "
        "https://www.orfonline.org/expert-speak/tech-tonic-shift-in-sino-russian-cooperation."
    )
    assert entries["leeChinaRussiaCooperationAdvanced2022"].startswith(
        "Lee, John. 2022. China-Russia Cooperation in Advanced Technologies:"
    )
    assert entries["AuthoritarianEntenteSinoRussian"].startswith(
        "European Council on Foreign Relations. n.d. The Authoritarian Entente:"
    )
    text = " ".join(re.sub(r"<[^>]+>", "", page).replace("\u00a0", " ").split())
    assert "(Lee 2022, sec. 4.2)" in text
    assert "(Kapoor 2021)" in text
