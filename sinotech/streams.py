"""Standard output as a command line may hand it over: closed, a pipe whose reader leaves, a
full disk, or an encoding narrower than the data (PYTHONIOENCODING=ascii).

The CLI's error boundary uses these; nothing here is imported by the core.
"""

from __future__ import annotations

import codecs
import os
import sys

_HANDLER = "sinotech-nearest"
# What Unicode normalisation (NFKD) leaves non-ASCII but a reader knows an ASCII form of.
_NEAREST = {"‘": "'", "’": "'", "‚": ",", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"',
            "»": '"', "′": "'", "″": '"', "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "--",
            "―": "--", "−": "-", "•": "*", "·": "*", "→": "->", "…": "..."}  # fmt: skip
replaced = 0  # characters the output encoding could not show, so far


def _nearest(error: UnicodeError) -> tuple[str | bytes, int]:
    """An encoding error handler: a byte a surrogate stands for (a file name that is not UTF-8,
    as `surrogateescape` writes it), else the nearest ASCII (’ → ', – → -, é → e), else ?."""
    global replaced
    if not isinstance(error, UnicodeEncodeError):
        raise error
    import unicodedata

    text = error.object[error.start : error.end]
    if all("\udc80" <= char <= "\udcff" for char in text):
        return bytes(ord(char) - 0xDC00 for char in text), error.end
    replaced += len(text)
    nearest = "".join(
        _NEAREST.get(char)
        or "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii())
        or "?"
        for char in text
    )
    return nearest, error.end


def prepare_stdout() -> None:
    """Output degrades rather than ending in a UnicodeEncodeError: characters the encoding
    cannot show are written as their nearest ASCII and counted (see `replaced`)."""
    global replaced
    replaced = 0
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is None:
        return
    try:
        codecs.lookup_error(_HANDLER)
    except LookupError:
        codecs.register_error(_HANDLER, _nearest)
    reconfigure(errors=_HANDLER)


def discard_stdout() -> None:
    """Point standard output at /dev/null once it has failed, so that the interpreter's last
    flush of what could not be written fails no more (the Python docs' recipe for EPIPE)."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a file (a test's buffer): nothing will be flushed to a descriptor
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)
