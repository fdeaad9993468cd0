"""Whole-process cost of `sinotech add`, and of `search` as the library grows.

Prints, as seconds and as ratios to a bare `python -c pass` measured in the same run:
- `sinotech add` of the committed 97-page footnoted PDF (tests/fixtures/pdf/long.pdf), of a
  DOCX and of a web page, each into a fresh store (the rebuild of the store included), with a
  cache of its own, so each document's sentence vectors are made as a new user's are;
- piped `sinotech search huawei` with 0 and with N added documents in the library (the
  freshness check must not grow with it).

Run: python bench/add.py [--library N]   (default N = 20)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
DOCUMENTS = [
    FIXTURES / "pdf" / "long.pdf",
    FIXTURES / "pandoc" / "silicon-partners.docx",
    FIXTURES / "webpage" / "blog.html",
]
SINOTECH = [sys.executable, "-m", "sinotech"]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def bare_python(env: dict[str, str], runs: int = 11) -> float:
    return statistics.median(timed([sys.executable, "-c", "pass"], env) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=int, default=20, help="documents in the big library")
    arguments = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="sinotech-bench-"))
    try:
        # a cache of its own: each document's sentence vectors are made, as a new user's are
        env = {
            **os.environ,
            "SINOTECH_DB": str(scratch / "base.db"),
            "XDG_CACHE_HOME": str(scratch / "cache"),
        }
        timed([*SINOTECH, "db", "build"], env)
        base = bare_python(env)
        print(f"{'python -c pass':44} {base * 1000:8.0f} ms   1.0x")
        for document in DOCUMENTS:
            store = scratch / f"{document.stem}.db"
            shutil.copy(scratch / "base.db", store)
            seconds = timed([*SINOTECH, "add", str(document)], {**env, "SINOTECH_DB": str(store)})
            label = f"sinotech add {document.name}"
            print(f"{label:44} {seconds * 1000:8.0f} ms {seconds / base:5.1f}x")
        small, large = (
            _search_times(scratch, env, 0),
            _search_times(scratch, env, arguments.library),
        )
        for count, seconds in ((0, small), (arguments.library, large)):
            label = f"search huawei | … ({count} added documents)"
            print(f"{label:44} {seconds * 1000:8.0f} ms {seconds / base:5.1f}x")
    finally:
        shutil.rmtree(scratch)


def _search_times(scratch: Path, env: dict[str, str], documents: int, runs: int = 11) -> float:
    """Median piped search with a library of `documents` variants of a Markdown brief."""
    store = scratch / f"library-{documents}.db"
    shutil.copy(scratch / "base.db", store)
    env = {**env, "SINOTECH_DB": str(store)}
    source = (FIXTURES / "pandoc" / "silicon-partners.md").read_text(encoding="utf-8")
    paths = []
    for index in range(documents):
        path = scratch / f"brief-{index}.md"
        path.write_text(source + f"\n\nThis variant is number {index}.\n", encoding="utf-8")
        paths.append(str(path))
    if paths:
        subprocess.run([*SINOTECH, "add", *paths], env=env, check=True, capture_output=True)
    subprocess.run([*SINOTECH, "search", "huawei"], env=env, check=True, capture_output=True)
    return statistics.median(timed([*SINOTECH, "search", "huawei"], env) for _ in range(runs))


if __name__ == "__main__":
    main()
