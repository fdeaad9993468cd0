"""Sentence vectors: how close two claims are in meaning, beyond the words they share.

WordLlama's `l2_supercat` model (MIT licence; its 256-dimension token embeddings, distilled from
a large language model's, ship inside the `wordllama` wheel, so nothing is fetched at run time).
A claim's vector is the normalised mean of its tokens' embeddings, so "parallel Russian internet"
and "sovereign internet" meet although they share one word. Static embeddings embed the bundled
corpus in a fraction of a second; the transformer encoders tried cost a minute (README).

The bundled documents' vectors ship with the package (`data/vectors/`, made by
`python -m sinotech.semantic`; a test checks them against the model), so the first build on a
new machine loads no model; any other document's are cached per user. Loaded only to build
the store, never by a command that reads it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import StoreError

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np
    from wordllama.inference import WordLlamaInference

MODEL = "wordllama l2_supercat 256"
SHIPPED = Path(__file__).resolve().parent / "data" / "vectors"


@functools.cache  # loaded once a process: a bulk add embeds one document after another
def _model() -> WordLlamaInference:
    """The model from the package's own files. `cache_dir` names the package folder because
    wordllama 0.4 looks for its bundled tokenizer under `tokenizer/`, not the `tokenizers/` it
    ships, and would otherwise try to download it. A broken installation is one line."""
    try:
        import wordllama

        return wordllama.WordLlama.load(
            cache_dir=Path(wordllama.__file__).parent, disable_download=True
        )
    except (ImportError, OSError) as error:
        raise StoreError(
            f"cannot load the sentence model (wordllama: {error}); reinstall sinotech"
        ) from None


def vectors(texts: Sequence[str], cache: Path | None = None) -> np.ndarray:
    """Unit-length vectors of the texts, one row each. With a cache folder, a set of texts
    embedded before is read back (keyed by the texts and the model), so a rebuild that did not
    change a document does not embed it again; a cache that cannot be written is skipped."""
    import numpy as np

    name = cache_name(texts)
    for folder in (SHIPPED, cache):
        if folder is not None:
            with contextlib.suppress(OSError, ValueError):
                return np.load(folder / name, allow_pickle=False)
    path = cache / name if cache is not None else None
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    found = np.asarray(_model().embed(list(texts), norm=True), dtype=np.float32)
    if path is not None:
        _write(path, found)
    return found


def cache_name(texts: Sequence[str]) -> str:
    """The file a set of texts' vectors is kept in: named by the texts and the model."""
    key = hashlib.sha256("\x1e".join([MODEL, *texts]).encode()).hexdigest()
    return f"vectors-{key[:32]}.npy"


def ship(documents_texts: Sequence[Sequence[str]]) -> list[Path]:
    """Write the vectors of the given documents' claims into the package (SHIPPED), replacing
    what was there: run when the bundled corpus, its segmentation or the model changes."""
    for old in SHIPPED.glob("vectors-*.npy"):
        old.unlink()
    written = []
    for texts in documents_texts:
        written.append(SHIPPED / cache_name(texts))
        _write(written[-1], vectors(texts))
    return written


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


if __name__ == "__main__":
    from .crossref import original_claims
    from .ingest import ingest_corpus
    from .paths import bundled

    documents = ingest_corpus(bundled("references"), [])
    by_source = original_claims([(d.source_id, c) for d in documents for c in d.claims])
    for path in ship([[claim.text for claim in claims] for claims in by_source.values()]):
        print(path)
