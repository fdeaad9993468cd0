"""The held-out evaluations (tests/heldout*/) as a regression guard: documents
written and gold-checked by evaluators who never saw the code, added through the real CLI.

The blind figures are in each folder's RESULTS.md (and in the git history as first found); the
documents stopped being blind once a miss on them was fixed (the PDF reader, the citation
parser), so this keeps them from regressing.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

SETS = ("heldout", "heldout2", "heldout3", "heldout4")
HARNESSES = [Path(__file__).parent / folder / "evaluate.py" for folder in SETS]


@pytest.fixture(scope="module", params=HARNESSES, ids=lambda path: path.parent.name)
def totals(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    spec = importlib.util.spec_from_file_location(request.param.parent.name, request.param)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = os.environ["PATH"]
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{path}"
    try:
        _, result, _ = module.evaluate(tmp_path_factory.mktemp("heldout") / "s.db")
    finally:
        os.environ["PATH"] = path
    return result


def test_every_marker_on_its_exact_sentence_and_no_debris(totals: dict) -> None:
    assert (totals["mk_ok"], totals["debris"]) == (totals["mk"], 0)


def test_works_fields_and_authors(totals: dict) -> None:
    fields = totals["fields"]
    title, url = fields["title"], fields["url"]
    assert title[0] / title[1] >= 0.95
    assert url[0] / url[1] >= 0.9
    assert totals["au_ok"] / totals["au"] >= 0.95
