#!/usr/bin/env python3
"""Blind held-out evaluation, fourth set: six documents in tests/heldout4/.

Reuses the harness in tests/heldout/evaluate.py unchanged (imported via importlib by
path) and points it at this folder's gold/ and gen/ by rebinding its module globals,
as tests/heldout2/evaluate.py does. One diagnostic is added and kept out of the scores:
a gold marker may carry "also" (further sentences carrying the same, reused note, e.g. a
MediaWiki named reference cited twice); the report says whether each is among the
note's claims.

Usage:
    python tests/heldout4/evaluate.py [--db /tmp/heldout4/s.db] > tests/heldout4/RESULTS.md
"""

import argparse
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = HERE.parent / "heldout" / "evaluate.py"
DOCS = ["a-energy-tech", "b-space-brief", "c-minerals", "d-hydrogen", "e-ahl-wiki", "f-telecom"]


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
    """(rows, totals, misses) for the six documents, as the base harness returns them."""
    return load_harness().evaluate(db)


def reused_notes(h, db: Path, rows) -> list[str]:
    """Diagnostic lines for gold markers with "also" sentences (not scored)."""
    out = []
    sids = {r[0]: r[1] for r in rows}
    for name in DOCS:
        gold = json.loads((HERE / "gold" / f"{name}.json").read_text())
        for m in gold["markers"]:
            for s in m.get("also", []):
                fn, err = h.footnote(m["n"], sids.get(name, "?"), db)
                claims = (
                    [] if err else (fn.get("claims") or ([fn["claim"]] if fn.get("claim") else []))
                )
                ok = any(h.norm_text(c["text"]) == h.norm_text(s) for c in claims)
                out.append(
                    f"- {name} n{m['n']}: {'yes' if ok else 'NO'} — {s}"
                    + ("" if ok else f" (claims: {[c['text'] for c in claims]})")
                )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description="Held-out evaluation (set 4) of `sinotech add`.")
    ap.add_argument("--db", default="/tmp/heldout4/s.db", help="store to (re)create")
    a = ap.parse_args()
    db = Path(a.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    h = load_harness()
    rows, tot, misses = h.evaluate(db)
    h.report(db, rows, tot, misses)
    print("## Diagnostic (not scored): second citation of a reused note among its claims\n")
    for line in reused_notes(h, db, rows):
        print(line)


if __name__ == "__main__":
    main()
