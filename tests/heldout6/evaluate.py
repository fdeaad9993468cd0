#!/usr/bin/env python3
"""Blind held-out evaluation, sixth set: five documents in tests/heldout6/.

Reuses the harness in tests/heldout/evaluate.py unchanged (imported via importlib by
path) and points it at this folder's gold/ and gen/ by rebinding its module globals.

Usage:
    python tests/heldout6/evaluate.py [--db /tmp/heldout6/s.db] > tests/heldout6/RESULTS.md
"""

import argparse
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = HERE.parent / "heldout" / "evaluate.py"
DOCS = ["a-widebody", "b-rail", "c-ai", "d-biotech", "e-grid"]


def load_harness():
    """Import tests/heldout/evaluate.py as a module and retarget it at this folder."""
    spec = importlib.util.spec_from_file_location("heldout_evaluate", BASE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.HERE = HERE
    mod.DOCS = list(DOCS)
    mod.EXTRA = []
    return mod


def evaluate(db: Path):
    """(rows, totals, misses) for the five documents, as the base harness returns them."""
    return load_harness().evaluate(db)


def main() -> None:
    ap = argparse.ArgumentParser(description="Held-out evaluation (set 6) of `sinotech add`.")
    ap.add_argument("--db", default="/tmp/heldout6/s.db", help="store to (re)create")
    a = ap.parse_args()
    db = Path(a.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    h = load_harness()
    rows, tot, misses = h.evaluate(db)
    h.report(db, rows, tot, misses)


if __name__ == "__main__":
    main()
