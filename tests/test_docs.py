"""The documentation is generated from the code and must not drift from it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_cli_reference_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("make_cli_md", DOCS / "make_cli_md.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert written == module.render(), "docs/cli.md is stale: run python docs/make_cli_md.py"
    for path in module.commands(module.cli):
        assert f"\n## {' '.join(('sinotech', *path))}\n" in written
