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

SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5")
HARNESSES = [Path(__file__).parent / folder / "evaluate.py" for folder in SETS]


# Decided, not missed: a note marked on a heading links to no claim (headings are not claims);
# `add` warns about it and `footnote N` shows it with its works. The evaluator's gold took the
# heading as the note's sentence.
HEADING_NOTES = {
    ("a-energy-tech", "n3: Pipelines and the Power of Siberia"),
    ("f-telecom", "n2: Cross-Border Fibre Links"),
}


@pytest.fixture(scope="module", params=HARNESSES, ids=lambda path: path.parent.name)
def evaluation(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict, dict]:
    spec = importlib.util.spec_from_file_location(request.param.parent.name, request.param)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = os.environ["PATH"]
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{path}"
    try:
        _, result, misses = module.evaluate(tmp_path_factory.mktemp("heldout") / "s.db")
    finally:
        os.environ["PATH"] = path
    return result, misses


def test_every_marker_on_its_exact_sentence_and_no_debris(evaluation: tuple[dict, dict]) -> None:
    totals, misses = evaluation
    missed = {
        (name, expected)
        for name, found in misses.items()
        for kind, expected, _ in found
        if kind == "marker"
    }
    assert missed <= HEADING_NOTES
    assert (totals["mk_ok"] + len(missed), totals["debris"]) == (totals["mk"], 0)


def test_works_fields_and_authors(evaluation: tuple[dict, dict]) -> None:
    totals, _ = evaluation
    fields = totals["fields"]
    title, url = fields["title"], fields["url"]
    assert title[0] / title[1] >= 0.95
    assert url[0] / url[1] >= 0.9
    assert totals["au_ok"] / totals["au"] >= 0.95
