"""Sentence vectors: how close two claims are in meaning, beyond the words they share.

WordLlama's `l2_supercat` model (MIT licence; its 256-dimension token embeddings, distilled from
a large language model's, ship inside the `wordllama` wheel, so nothing is fetched at run time).
A claim's vector is the normalised mean of its tokens' embeddings, so "parallel Russian internet"
and "sovereign internet" meet although they share one word. Static embeddings embed the bundled
corpus in a fraction of a second; the transformer encoders tried cost a minute (README).

Loaded only to build the store, never by a command that reads it.
"""

from __future__ import annotations

import contextlib
import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    import numpy as np
    from wordllama.inference import WordLlamaInference

MODEL = "wordllama l2_supercat 256"


def _model() -> WordLlamaInference:
    """The model from the package's own files. `cache_dir` names the package folder because
    wordllama 0.4 looks for its bundled tokenizer under `tokenizer/`, not the `tokenizers/` it
    ships, and would otherwise try to download it."""
    from pathlib import Path

    import wordllama

    return wordllama.WordLlama.load(
        cache_dir=Path(wordllama.__file__).parent, disable_download=True
    )


def vectors(texts: Sequence[str], cache: Path | None = None) -> np.ndarray:
    """Unit-length vectors of the texts, one row each. With a cache folder, a set of texts
    embedded before is read back (keyed by the texts and the model), so a rebuild that did not
    change a document does not embed it again; a cache that cannot be written is skipped."""
    import numpy as np

    key = hashlib.sha256("\x1e".join([MODEL, *texts]).encode()).hexdigest()
    path = cache / f"vectors-{key[:32]}.npy" if cache is not None else None
    if path is not None:
        with contextlib.suppress(OSError, ValueError):
            return np.load(path, allow_pickle=False)
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    found = np.asarray(_model().embed(list(texts), norm=True), dtype=np.float32)
    if path is not None:
        _write(path, found)
    return found


def _write(path: Path, array: np.ndarray) -> None:
    """Atomically, so a crash never leaves half a cache file that a later build would read."""
    import os
    import tempfile

    import numpy as np

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".vectors-", suffix=".npy")
        with os.fdopen(handle, "wb") as stream:
            np.save(stream, array, allow_pickle=False)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temporary)
