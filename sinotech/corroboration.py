"""Which claims of different documents state the same fact, and which state another figure for it.

Two claims are compared on what they say, not only on the words they share:

- meaning: the cosine of their sentence vectors (`semantic.py`), which meets a fact reworded
  or named otherwise ("parallel Russian internet" and "sovereign internet");
- wording: the TF-IDF cosine of their content words once the entities' names are taken out
  (`similarity.py`), which says whether they say the same *about* what they name;
- subject: the specific entities both name, whatever alias or defined abbreviation names them;
- time and quantity: the years and the figures each states.

The score is 0.5 × meaning + 0.4 × wording + 0.1 × subject, each a cosine in 0..1. Then:

- `supports`: score at least SUPPORTS, and no conflict;
- `contrasts`: the same specific subject, score at least CONTRASTS, and a figure of the same
  kind (a percentage, an amount, a count of the same thing) that differs;
- `candidate` (shown by `related --all`): score at least CANDIDATE, or a supports-grade pair
  whose dates disagree: two dated claims with no year in common state different events (the
  2019 declaration is not the 2021 agreement), so the pair is never offered as corroboration.

Every link keeps the reasons it was made: shared entities (with the words that named them on
each side), dates and figures that agree or conflict, the shared words, and the three cosines.
The thresholds were chosen for precision on the labelled pairs (README;
tests/corroboration_labels.py).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

from .similarity import Vector, cosine, stem, terms, tf_idf

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Sequence

    import numpy as np

    from .ingest import Claim

SUPPORTS = 0.44
CONTRASTS = 0.36
CANDIDATE = 0.3
# `related --all` lists the best candidates of a claim, not every sentence near it: in a large
# library of one subject a claim may come close to thousands.
CANDIDATES_PER_CLAIM = 10
WEIGHTS = (0.5, 0.4, 0.1)  # meaning, wording, subject

# A number and what it counts: '2,000 staff', '50 per cent', 'US$50 billion'. A number in words
# ('ten universities') is left alone: in these texts such words are rarely figures.
_FIGURE = re.compile(
    r"(?P<currency>US\$|\$|¥|RMB\s?|€)?(?<![\w.,-])(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>billion|million|thousand|trillion|bn|m)\b)?"
    r"(?:\s*(?P<percent>%|per\s?cent|percent))?"
    r"(?:\s+(?P<noun>(?:[A-Za-z-]+\s+){0,2}?[a-z]{3,}))?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[A-Za-z0-9]+")
_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_ADJECTIVE = re.compile(r"^(?:russian|chinese|prc|new|more|joint|other|major|per)$", re.I)


class Figure(NamedTuple):
    kind: str  # what is counted: a noun's stem ('universit', 'staff'), 'percent [noun]', 'currency'
    value: float
    text: str


class Profile(NamedTuple):
    """What one claim says, as the comparison needs it."""

    id: str
    source: str
    text: str
    residual: str  # the text with the entities' names taken out
    entities: dict[str, str]  # specific entity -> the words that named it here
    years: frozenset[str]
    figures: tuple[Figure, ...]


class Link(NamedTuple):
    claim: str
    other: str
    label: str  # supports, contrasts, candidate
    score: float
    why: dict[str, object]

    def turned(self) -> Link:
        """The same link seen from its other claim: each side-by-side pair the other way."""
        why = dict(self.why)
        why["entities"] = [[name, b, a] for name, a, b in self.why["entities"]]
        if "figures" in why:
            why["figures"] = [[b, a] for a, b in self.why["figures"]]
        if "dates" in why:
            why["dates"] = self.why["dates"][::-1]
        return Link(self.other, self.claim, self.label, self.score, why)


def figures_in(text: str) -> tuple[Figure, ...]:
    """The figures a claim states, with what they count (years and day numbers are dates)."""
    found = []
    for match in _FIGURE.finditer(text):
        number = match["number"]
        if _YEAR.fullmatch(number) and not (match["currency"] or match["scale"]):
            continue
        value = float(number.replace(",", "")) * _SCALES.get((match["scale"] or "").lower(), 1)
        words = [w for w in (match["noun"] or "").split() if not _ADJECTIVE.match(w)]
        counted = stem(words[-1].lower()) if words and not words[0][0].isupper() else None
        if match["percent"]:
            kind = f"percent {counted}" if counted else "percent"
        elif match["currency"]:
            kind = "currency"
        elif counted:
            kind = counted
        else:
            continue  # a bare number, '10 December', '5G': not a count of something
        found.append(Figure(kind, value, match.group().strip()))
    return tuple(found)


def profile(
    claim: Claim,
    source: str,
    mentions: Sequence[tuple[str, str]],
    years: set[str],
    generic: frozenset[str],
) -> Profile:
    """A claim's profile from its entity mentions (entity, the words naming it) and years;
    the generic entities (China, Russia) say too little of what a claim is about to count."""
    text = claim.text
    entities: dict[str, str] = {}
    residual = text
    for name, alias in mentions:
        residual = residual.replace(alias, " ")
        if name not in generic:
            entities.setdefault(name, alias)
    return Profile(claim.id, source, text, residual, entities, frozenset(years), figures_in(text))


def judge_pairs(compare: Comparison, added: Collection[str] | None = None) -> list[_Judged]:
    """Every pair of claims of different sources scoring at least CANDIDATE, labelled; with
    `added`, only the pairs with a claim of those sources (the last ones).

    Pairs are scored one source pair at a time, as matrix products, so memory follows the two
    largest documents, not the library; only the pairs that reach CANDIDATE are then judged
    one by one (and only the links kept are explained, by `Comparison.explained`)."""
    import numpy as np

    sources = list(compare.by_source)
    judged = []
    for i, source_a in enumerate(sources):
        for source_b in sources[i + 1 :]:
            if added is not None and source_b not in added:
                continue
            rows, columns = compare.by_source[source_a], compare.by_source[source_b]
            scores = compare.scores(source_a, source_b)
            for r, c in zip(*np.nonzero(scores >= CANDIDATE - 1e-6), strict=True):
                pair = compare.judge(rows[r], columns[c])
                if pair.label != "none":
                    judged.append(pair)
    return judged


class _Judged(NamedTuple):
    """A pair of profiles labelled and scored (as its Link will be), not yet explained."""

    claim: str
    other: str
    label: str
    score: float  # rounded, as the link's
    i: int
    j: int
    cosines: tuple[float, float, float]  # meaning, wording, subject
    shared: list[str]  # the specific entities both name
    conflict: list[list[str]]  # figures of the same kind that differ
    different_dates: bool


class _Scored(Protocol):
    @property
    def claim(self) -> str: ...
    @property
    def other(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def score(self) -> float: ...


_Pair = TypeVar("_Pair", bound=_Scored)


def best_candidates(links: Sequence[_Pair]) -> list[_Pair]:
    """Every supports and contrasts link, and each candidate that is among the
    CANDIDATES_PER_CLAIM best of one of its two claims (best: highest score, then the other
    claim's id). A claim's best depend on its own candidates only, so they can be kept up to
    date as documents are added (`best_candidates_after`)."""
    candidates = [link for link in links if link.label == "candidate"]
    partners: dict[str, list[tuple[float, str]]] = {}
    for link in candidates:
        partners.setdefault(link.claim, []).append((-link.score, link.other))
        partners.setdefault(link.other, []).append((-link.score, link.claim))
    best = _best(partners)
    kept = [link for link in links if link.label != "candidate"]
    return kept + [link for link in candidates if _kept(link.claim, link.other, best)]


def best_candidates_after(
    added: Sequence[_Pair], stored: Callable[[Collection[str]], dict[str, list[tuple[str, float]]]]
) -> tuple[list[_Pair], list[tuple[str, str]]]:
    """What `best_candidates` keeps once the added links join the kept ones: the added links
    to keep, and the stored candidate links (claim, other) no longer among either claim's best.
    `stored(claims)` gives the stored candidate links of each claim asked for, as (other, score).

    Exact, because the stored links of a claim hold its best: its new best are among those and
    its added links, and a claim no added link touches keeps the best it had."""
    candidates = [link for link in added if link.label == "candidate"]
    partners: dict[str, list[tuple[float, str]]] = {}
    for link in candidates:
        partners.setdefault(link.claim, []).append((-link.score, link.other))
        partners.setdefault(link.other, []).append((-link.score, link.claim))
    touched = stored(list(partners))
    for claim, links in touched.items():
        partners[claim].extend((-score, other) for other, score in links)
    around = {other for links in touched.values() for other, _ in links} - partners.keys()
    for claim, links in stored(sorted(around)).items():
        partners[claim] = [(-score, other) for other, score in links]
    best = _best(partners)
    kept = [link for link in added if link.label != "candidate"]
    kept += [link for link in candidates if _kept(link.claim, link.other, best)]
    unlinked = {
        tuple(sorted((claim, other)))
        for claim, links in touched.items()
        for other, _ in links
        if not _kept(claim, other, best)
    }
    return kept, sorted(unlinked)  # type: ignore[arg-type]


def _best(partners: dict[str, list[tuple[float, str]]]) -> dict[str, set[str]]:
    return {
        claim: {other for _, other in heapq.nsmallest(CANDIDATES_PER_CLAIM, ranked)}
        for claim, ranked in partners.items()
    }


def _kept(claim: str, other: str, best: dict[str, set[str]]) -> bool:
    return other in best.get(claim, ()) or claim in best.get(other, ())


class Comparison:
    """Compares any two profiled claims: their words and subjects are weighed (TF-IDF) over the
    reference profiles (by default all of them)."""

    def __init__(
        self,
        profiles: Sequence[Profile],
        meaning: np.ndarray,
        reference: Sequence[int] | None = None,
    ) -> None:
        self.profiles = profiles
        self.meaning = meaning
        words = [terms(p.residual) for p in profiles]
        subjects = [Counter(list(p.entities)) for p in profiles]
        if reference is None:
            self.words, self.subjects = tf_idf(words), tf_idf(subjects)
        else:
            self.words = tf_idf(words, [words[i] for i in reference])
            self.subjects = tf_idf(subjects, [subjects[i] for i in reference])
        self.by_source: dict[str, list[int]] = {}
        for index, item in enumerate(profiles):
            self.by_source.setdefault(item.source, []).append(index)
        self._dense: dict[str, tuple[_Dense, _Dense]] = {}
        self._spelled: dict[int, dict[str, str]] = {}
        self._terms: tuple[dict[str, int], dict[str, int]] = ({}, {})  # words', subjects' ids

    def scores(self, source_a: str, source_b: str) -> np.ndarray:
        """The score of every pair of the two sources' claims, as one matrix."""
        rows, columns = self.by_source[source_a], self.by_source[source_b]
        (words_a, subjects_a), (words_b, subjects_b) = self._of(source_a), self._of(source_b)
        return (
            WEIGHTS[0] * (self.meaning[rows] @ self.meaning[columns].T)
            + WEIGHTS[1] * words_a.times(words_b)
            + WEIGHTS[2] * subjects_a.times(subjects_b)
        )

    def _of(self, source: str) -> tuple[_Dense, _Dense]:
        """A source's claims' words and subjects as dense matrices, made once per source."""
        if source not in self._dense:
            members = self.by_source[source]
            self._dense[source] = (
                _Dense([self.words[i] for i in members], self._terms[0]),
                _Dense([self.subjects[i] for i in members], self._terms[1]),
            )
        return self._dense[source]

    def _spelling(self, i: int) -> dict[str, str]:
        """Profile i's stems and how its text first spells each, made once per profile."""
        if i not in self._spelled:
            self._spelled[i] = spelling(self.profiles[i].text)
        return self._spelled[i]

    def __call__(self, i: int, j: int) -> Link:
        """The link between profiles i and j, labelled 'none' below CANDIDATE."""
        return self.explain(self.judge(i, j))

    def judge(self, i: int, j: int) -> _Judged:
        """Profiles i and j scored and labelled ('none' below CANDIDATE)."""
        a, b = self.profiles[i], self.profiles[j]
        meaning = float(self.meaning[i] @ self.meaning[j])
        wording = cosine(self.words[i], self.words[j])
        subject = cosine(self.subjects[i], self.subjects[j])
        score = WEIGHTS[0] * meaning + WEIGHTS[1] * wording + WEIGHTS[2] * subject
        shared = sorted(set(a.entities) & set(b.entities))
        conflict = _figure_conflict(a.figures, b.figures)
        different_dates = bool(a.years and b.years and not a.years & b.years)
        if score < CANDIDATE:
            label = "none"
        elif conflict and shared and score >= CONTRASTS and not different_dates:
            label = "contrasts"
        elif score >= SUPPORTS and not conflict and not different_dates:
            label = "supports"
        else:
            label = "candidate"
        cosines = (meaning, wording, subject)
        return _Judged(
            a.id, b.id, label, round(score, 4), i, j, cosines, shared, conflict, different_dates
        )

    def explained(self, pairs: Iterable[_Judged]) -> list[Link]:
        return [self.explain(pair) for pair in pairs]

    def explain(self, pair: _Judged) -> Link:
        """The judged pair's link, with why."""
        i, j = pair.i, pair.j
        a, b = self.profiles[i], self.profiles[j]
        meaning, wording, subject = pair.cosines
        why: dict[str, object] = {
            "entities": [[name, a.entities[name], b.entities[name]] for name in pair.shared],
            "years": sorted(a.years & b.years),
            "words": _shared_words(self.words[i], self.words[j], self._spelling(i)),
            "meaning": round(meaning, 3),
            "wording": round(wording, 3),
            "subject": round(subject, 3),
        }
        if pair.conflict:
            why["figures"] = pair.conflict
        if pair.different_dates:
            why["dates"] = [sorted(a.years), sorted(b.years)]
        return Link(a.id, b.id, pair.label, pair.score, why)


class _Dense:
    """Sparse vectors as one dense matrix, a row per term they use (numbered in `ids`, the order
    of the rows), for products in numpy."""

    def __init__(self, vectors: Sequence[Vector], ids: dict[str, int]) -> None:
        import numpy as np

        used = sorted({ids.setdefault(term, len(ids)) for vector in vectors for term in vector})
        row = {term_id: k for k, term_id in enumerate(used)}
        self.ids = np.array(used, dtype=np.int64)
        self.matrix = np.zeros((len(used), len(vectors)), dtype=np.float32)
        for column, vector in enumerate(vectors):
            for term, value in vector.items():
                self.matrix[row[ids[term]], column] = value

    def times(self, other: _Dense) -> np.ndarray:
        """Every cosine between this matrix's vectors and the other's, over their shared terms."""
        import numpy as np

        _, mine, theirs = np.intersect1d(
            self.ids, other.ids, assume_unique=True, return_indices=True
        )
        return self.matrix[mine].T @ other.matrix[theirs]


def _figure_conflict(a: Sequence[Figure], b: Sequence[Figure]) -> list[list[str]]:
    """Figures of the same kind that differ, when no figure of that kind agrees."""
    if not a or not b:
        return []
    conflicts = []
    for kind in {f.kind for f in a} & {f.kind for f in b}:
        values_a = {f.value: f.text for f in a if f.kind == kind}
        values_b = {f.value: f.text for f in b if f.kind == kind}
        if not set(values_a) & set(values_b):
            conflicts.append([", ".join(values_a.values()), ", ".join(values_b.values())])
    return sorted(conflicts)


def spelling(text: str) -> dict[str, str]:
    """{stem: the word as the text first spells it} ('sanction': 'sanctions')."""
    spelled: dict[str, str] = {}
    for word in _WORD.findall(text):
        spelled.setdefault(stem(word.lower()), word)
    return spelled


def _shared_words(a: Vector, b: Vector, spelled: dict[str, str], most: int = 6) -> list[str]:
    """The shared content words that weigh most in the wording cosine, as the first claim
    spells them (`spelling`: 'sanctions', not the stem 'sanction')."""
    shared = sorted(a.keys() & b.keys(), key=lambda term: (-a[term] * b[term], term))
    return [spelled.get(term, term) for term in shared[:most]]
