"""The code stays ruff-clean and formatted; CI runs this with the rest of the tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUFF = Path(sys.executable).with_name("ruff")


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=" ".join)
def test_ruff(command: list[str]) -> None:
    assert RUFF.exists(), "ruff is a test dependency: pip install -e '.[test]'"
    result = subprocess.run(
        [str(RUFF), *command, "sinotech", "tests", "bench", "docs"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
