"""Bags of words for comparing claims: topics for article claims, and corroborating pairs.

A claim becomes a TF-IDF vector of its stemmed content words plus its entities (an entity counts
as one term whatever alias names it, so 'AMD' and 'air and missile defence' meet) and the years
it states. Cosine similarity compares two claims, or a claim and a section's centroid.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from itertools import chain, pairwise
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    import numpy as np

Vector = dict[str, float]

_STOP = frozenset(
    """a about above after again against all also although am an and any are as at be because
    been before being below between both but by can could did do does doing down during each
    even few for from further had has have having he her here hers him his how i if in into is
    it its itself just more most much must my no nor not now of off on once only or other our
    out over own per same she should so some such than that the their them then there these they
    this those through to too under until up upon very was we were what when where which while
    who whom why will with within would you your its has been may might one two three new
    however since already still yet well like including include includes said says say""".split()
)
_WORD = re.compile(r"[a-z0-9]+")
_SUFFIX = re.compile(r"(?:ations|ation|ments|ment|ings|ing|ies|ied|es|ed|ly|s)$")


@functools.cache  # a library's words are far fewer than its claims' words
def stem(word: str) -> str:
    """A light suffix stripper: enough for 'sanctions'/'sanctioned' or 'systems'/'system'."""
    if len(word) <= 4 or word.isdigit():
        return word
    stripped = _SUFFIX.sub("", word)
    return stripped if len(stripped) >= 4 else word


def terms(text: str, entities: Iterable[str] = (), years: Iterable[str] = ()) -> Counter[str]:
    """Stemmed content words, and the entity and year terms (weighted twice)."""
    counts = Counter(stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP)
    for name in entities:
        counts["entity:" + name] += 2
    for year in years:
        counts["year:" + year] += 2
    return counts


class Weighed(NamedTuple):
    """TF-IDF vectors as arrays: the terms (`vocabulary`, sorted), and each document's (term,
    value) pairs, from start[k] to start[k + 1], in the order its counts list them."""

    vocabulary: list[str]
    start: np.ndarray
    term: np.ndarray  # a place in vocabulary
    value: np.ndarray


def weighed(
    documents: Sequence[Counter[str]], reference: Sequence[Counter[str]] | None = None
) -> Weighed:
    """Unit-length TF-IDF vectors, with smoothed IDF over the reference documents (by default
    the documents themselves). A fixed reference makes a document's vector its own: the same
    whatever other documents are weighed with it, so one added later changes none. Each value
    is computed, and each norm summed in order, as one document's alone would be."""
    import numpy as np

    reference = documents if reference is None else reference
    frequency: Counter[str] = Counter()
    for counts in reference:
        frequency.update(counts.keys())
    total = len(reference)
    unseen = math.log(1 + total)  # a term no reference document has
    used = list(chain.from_iterable(documents))
    vocabulary = sorted(set(used))
    ids = {t: k for k, t in enumerate(vocabulary)}
    term = np.fromiter(map(ids.__getitem__, used), np.int64, len(used))
    count = np.fromiter(chain.from_iterable(c.values() for c in documents), float, len(used))
    lengths = np.fromiter(map(len, documents), np.int64, len(documents))
    document = np.repeat(np.arange(len(documents)), lengths)
    kept = count > 0
    term, count, document = term[kept], count[kept], document[kept]
    idf = np.array(
        [math.log((1 + total) / (1 + frequency[t])) if t in frequency else unseen for t in ids]
    )
    counted = np.unique(count)
    scale = np.array([1 + math.log(c) for c in counted.tolist()])
    value = scale[np.searchsorted(counted, count)] * idf[term]
    norm = np.sqrt(np.bincount(document, value * value, len(documents)))
    norm[norm == 0] = 1.0
    start = np.concatenate([[0], np.cumsum(np.bincount(document, minlength=len(documents)))])
    return Weighed(vocabulary, start, term, value / norm[document])


def tf_idf(
    documents: Sequence[Counter[str]], reference: Sequence[Counter[str]] | None = None
) -> list[Vector]:
    """`weighed`, a vector a document, as {term: value}."""
    found = weighed(documents, reference)
    names = [found.vocabulary[t] for t in found.term.tolist()]
    values = found.value.tolist()
    bounds = found.start.tolist()
    return [dict(zip(names[a:b], values[a:b], strict=True)) for a, b in pairwise(bounds)]


def closest(vectors: Sequence[Vector], centroids: Mapping[str, Vector]) -> list[tuple[str, float]]:
    """For each vector, the centroid it is closest to (by cosine; on a tie, the first by name)
    and the cosine. One product a vector, over its own terms: what a vector gets never depends
    on which others are compared with it."""
    import numpy as np

    names = sorted(centroids)
    row: dict[str, int] = {}
    for name in names:
        for term in centroids[name]:
            row.setdefault(term, len(row))
    matrix = np.zeros((len(row), len(names)))
    for column, name in enumerate(names):
        for term, value in centroids[name].items():
            matrix[row[term], column] = value
    found = []
    for vector in vectors:
        rows = [row[term] for term in vector if term in row]
        values = [value for term, value in vector.items() if term in row]
        scores = np.array(values) @ matrix[rows] if rows else np.zeros(len(names))
        best = int(np.argmax(scores))
        found.append((names[best], float(scores[best])))
    return found


def centroid(vectors: Iterable[Vector]) -> Vector:
    total: dict[str, float] = {}
    for vector in vectors:
        for term, value in vector.items():
            total[term] = total.get(term, 0.0) + value
    norm = math.sqrt(sum(value * value for value in total.values())) or 1.0
    return {term: value / norm for term, value in total.items()}
