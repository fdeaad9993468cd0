"""In-process SQL time of search as the store grows: the bundled store, then synthetic stores of
about 100k and 1M claims made by copying its claims under new source ids.

The copies are made in SQL on a copy of the built store (not through `add`, which would take
hours), each copy's documents after the last, so rowid order stays document order, as a build
leaves it; a repeat in a copy repeats that copy's original. Prints the median of several runs
of the core search (`sinotech.search.find_claims`, no process start-up) for a common term, a
rare term, a phrase and filtered queries, with the match count each ranks, and alternately with
it the search it replaced (every match joined to its claim: the oracle in tests/test_search.py),
so both see the same machine load.

    PYTHONPATH=. python bench/search_scale.py [--sizes 100000 1000000] [--runs 7]

Then, alternately with a bare `python -c pass`, the whole process: piped `sinotech search` for
the common term, the rare term and the phrase, on each store (the copies are current for the
CLI: the same inputs, so nothing is built again), as ratios to bare Python and to the same
search on the bundled store.

Targets (issue 11): at 1M claims, a common term's top 20 in at most 100 ms in process; piped
`search huawei` at most 1.5x its time on the bundled store, the rare term and the phrase 1.2x.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sinotech import store
from sinotech.query import to_fts
from sinotech.search import Filters, find_claims
from tests.test_search import reference

QUERIES = {
    "common: huawei": ("huawei", {}),
    "rare: vocord": ("vocord", {}),
    'phrase: "early warning"': ('"early warning"', {}),
    "filtered: huawei --footnoted": ("huawei", {"footnoted": True}),
    "filtered: huawei --source": ("huawei", {"sources": ("orf-2021",)}),
}


def _copied(column: str, k: int) -> str:
    """SQL for an id of the form source[:rest] moved to the copy `source~k`."""
    return (
        f"CASE WHEN instr({column}, ':') THEN substr({column}, 1, instr({column}, ':') - 1)"
        f" || '~{k}' || substr({column}, instr({column}, ':')) ELSE {column} || '~{k}' END"
    )


def scale(path: Path, claims: int) -> int:
    """Grow the store at path to at least `claims` claims by copying its documents; the count."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    base = connection.execute("SELECT count(*) FROM claims").fetchone()[0]
    documents = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    connection.execute("BEGIN")
    for table in ("documents", "sections", "claims", "claim_footnotes", "related", "claim_topics"):
        connection.execute(
            f"CREATE TEMP TABLE base_{table} AS SELECT * FROM {table} ORDER BY rowid"
        )
    for k in range(1, -(-claims // base)):
        source, claim, original = _copied("source", k), _copied("id", k), _copied("duplicate_of", k)
        connection.execute(
            f"""INSERT INTO documents SELECT id || '~{k}', position + {k * documents}, kind,
                type, title, authors, publisher, container_title, issued, url, isbn, provenance,
                doi, added, filename, sha256 FROM base_documents
                ORDER BY position"""
        )
        connection.execute(
            f"""INSERT INTO sections (source, number, title, page, kind, parent, position)
                SELECT source || '~{k}', number, title, page, kind, parent, position
                FROM base_sections"""
        )
        connection.execute(
            f"""INSERT INTO claims (id, source, section, paragraph, position, text, duplicate_of)
                SELECT {claim}, {source}, section, paragraph, position, text,
                       CASE WHEN duplicate_of IS NULL THEN NULL ELSE {original} END
                FROM base_claims ORDER BY rowid"""
        )
        connection.execute(
            f"""INSERT INTO claim_footnotes SELECT {_copied("claim", k)}, {source}, n, char_offset
                FROM base_claim_footnotes"""
        )
        connection.execute(
            f"""INSERT INTO claim_topics SELECT {_copied("claim", k)}, section, score
                FROM base_claim_topics"""
        )
        connection.execute(
            f"""INSERT INTO related SELECT {_copied("claim", k)}, {_copied("other", k)}, label,
                score, best, back, why FROM base_related"""
        )
    connection.execute("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')")
    connection.execute("DELETE FROM repeats")
    connection.execute(
        "INSERT INTO repeats SELECT rowid FROM claims WHERE duplicate_of IS NOT NULL"
    )
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    count = connection.execute("SELECT count(*) FROM claims").fetchone()[0]
    connection.close()
    return count


def timed(
    connection: sqlite3.Connection, query: str, filters: dict, runs: int
) -> tuple[float, float]:
    """Median seconds of the core search's page of 20 and of the join it replaced (each
    translating the query, aliases and all), run alternately after one warm-up run of each."""
    searches = [
        lambda: find_claims(connection, (query,), Filters(limit=20, **filters)),
        lambda: reference(
            connection, to_fts(query, store.aliases(connection).get), limit=20, **filters
        ),
    ]
    times: list[list[float]] = [[], []]
    for _ in range(runs + 1):
        for search, spent in zip(searches, times, strict=True):
            start = time.perf_counter()
            search()
            spent.append(time.perf_counter() - start)
    return statistics.median(times[0][1:]), statistics.median(times[1][1:])


WHOLE = ("common: huawei", "rare: vocord", 'phrase: "early warning"')
BARE = "python -c pass"


def whole_process(path: Path, runs: int) -> dict[str, float]:
    """Median wall seconds of bare Python and of each WHOLE search, piped, run alternately
    after one warm-up run of each, with the store at path."""
    script = Path(sys.executable).with_name("sinotech")
    commands = {BARE: [sys.executable, "-c", "pass"]}
    commands |= {label: [str(script), "search", QUERIES[label][0]] for label in WHOLE}
    env = {**os.environ, "SINOTECH_DB": str(path)}
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs + 1):
        for label, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.PIPE, env=env, check=True)
            times[label].append(time.perf_counter() - start)
    return {label: statistics.median(spent[1:]) for label, spent in times.items()}


def matches(connection: sqlite3.Connection, query: str) -> int:
    from sinotech.query import to_fts

    return connection.execute(
        "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?", [to_fts(query)]
    ).fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bundled = Path(folder) / "bundled.db"
        store.build(bundled)
        print(f"{'claims':>9}  {'query':<30} {'matches':>8} {'p50 ms':>8} {'before':>8}")
        base: dict[str, float] = {}
        for size in [0, *arguments.sizes]:
            path = bundled
            if size:
                path = Path(folder) / f"{size}.db"
                shutil.copyfile(bundled, path)
                start = time.perf_counter()
                scale(path, size)
                print(f"(made in {time.perf_counter() - start:.0f} s)")
            with contextlib.closing(sqlite3.connect(path)) as connection:
                connection.row_factory = sqlite3.Row
                count = connection.execute("SELECT count(*) FROM claims").fetchone()[0]
                for label, (query, filters) in QUERIES.items():
                    now, before = timed(connection, query, filters, arguments.runs)
                    found = matches(connection, query)
                    print(
                        f"{count:>9}  {label:<30} {found:>8}"
                        f" {now * 1000:>8.1f} {before * 1000:>8.1f}"
                    )
            wall = whole_process(path, arguments.runs)
            with contextlib.closing(sqlite3.connect(path)) as connection:
                if connection.execute("SELECT count(*) FROM claims").fetchone()[0] != count:
                    raise SystemExit("the CLI built the store again: its copies are not current")
            base = base or wall
            for label in (BARE, *WHOLE):
                print(
                    f"{count:>9}  {'piped ' + label.split(': ')[-1]:<30} {'':>8}"
                    f" {wall[label] * 1000:>8.1f}  {wall[label] / wall[BARE]:.2f}x python"
                    f"  {wall[label] / wall[BARE] / (base[label] / base[BARE]):.2f}x bundled"
                )
            if size:
                path.unlink()


if __name__ == "__main__":
    main()
