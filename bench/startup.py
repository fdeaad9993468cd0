"""Whole-process start-up benchmark: `sinotech search huawei` (piped) against a bare interpreter.

Runs the commands alternately, so both see the same machine load, and prints the median of each
and their ratio. The floor for any Click program is shown too (`import click, sqlite3`).

    python bench/startup.py [--runs 31]

Target: the search at most 4.5x a bare `python -c pass`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("sinotech")


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    runs = parser.parse_args().runs
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import click, sqlite3'": [sys.executable, "-c", "import click, sqlite3"],
        "sinotech search huawei | …": [str(SCRIPT), "search", "huawei"],
    }
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "SINOTECH_DB": str(Path(folder) / "bench.db")}
        for command in commands.values():  # warm caches; the first search builds the store
            timed(command, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                samples[name].append(timed(command, env))
    medians = {name: statistics.median(times) for name, times in samples.items()}
    baseline = medians["python -c pass"]
    for name, median in medians.items():
        print(f"{name:<36} median {median * 1000:6.1f} ms  {median / baseline:4.2f}x")
    ratio = medians["sinotech search huawei | …"] / baseline
    print(f"ratio search / bare python: {ratio:.2f}x (target <= 4.5x) over {runs} runs each")


if __name__ == "__main__":
    main()
