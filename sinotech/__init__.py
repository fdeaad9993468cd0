"""sinotech: claims on China-Russia technology cooperation, their footnotes and the works cited.

The core (ingest, store, query, render) is usable from Python without Click; the CLI is in
`sinotech.cli`. `__version__` is read from the installed metadata only when asked for, since
importing importlib.metadata costs more than the rest of start-up.
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version

        return version("sinotech")
    raise AttributeError(f"module 'sinotech' has no attribute {name!r}")
