"""Whole-process start-up benchmark: `sinotech search huawei` (piped) against a bare interpreter.

Runs the commands alternately, so all see the same machine load, and prints the median of each
and its ratio to a bare `python -c pass`, in wall time and in CPU time (user + system, which a
shared machine's load disturbs far less). The floor for any Click program is shown too (`import
click, sqlite3`), and `quote --format plain`: first (pandoc renders it; the store's cache of
styled citations is emptied before each run, untimed), repeated (from the cache), and the
`--format markdown` it should cost as much as.

    python bench/startup.py [--runs 31]

Targets: the search at most 3.0x a bare `python -c pass`, a repeated plain quote at most 4x.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("sinotech")
SEARCH = "sinotech search huawei | …"
QUOTE = [str(SCRIPT), "quote", "acri-2022:2.1:8", "--primary"]
FIRST = "sinotech quote … -f plain (first)"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    runs = parser.parse_args().runs
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import click, sqlite3'": [sys.executable, "-c", "import click, sqlite3"],
        SEARCH: [str(SCRIPT), "search", "huawei"],
        "sinotech quote … -f markdown": [*QUOTE, "--format", "markdown"],
        FIRST: [*QUOTE, "--format", "plain"],
        "sinotech quote … -f plain (repeated)": [*QUOTE, "--format", "plain"],
    }
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "bench.db"
        env = {**os.environ, "SINOTECH_DB": str(store)}
        for command in commands.values():  # warm caches; the first search builds the store
            timed(command, env)
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                if name == FIRST:
                    forget_styled(store)
                samples[name].append(timed(command, env))
    medians = {
        name: [statistics.median(kind) for kind in zip(*times, strict=True)]
        for name, times in samples.items()
    }
    wall, cpu = medians["python -c pass"]
    for name, (wall_median, cpu_median) in medians.items():
        print(f"{name:<36} median {wall_median * 1000:6.1f} ms {wall_median / wall:5.2f}x"
              f"   CPU {cpu_median * 1000:6.1f} ms {cpu_median / cpu:5.2f}x")  # fmt: skip
    ratio = medians[SEARCH][0] / wall
    print(f"ratio search / bare python: {ratio:.2f}x (target <= 3.0x) over {runs} runs each")


def forget_styled(store: Path) -> None:
    """Empty the store's cache of styled citations, so the next quote runs pandoc."""
    connection = sqlite3.connect(store)
    try:
        with connection:
            connection.execute("DELETE FROM styled_citations")
    finally:
        connection.close()


if __name__ == "__main__":
    main()
